"""A target named only as what allies will meet is no claim that they will (rules/pledges.py `_unasserted`): in
"More countries will meet the two per cent target" the 2% target exists (the Wales pledge), but an `accurate` on the
sentence would vouch for a forecast natospend cannot check, so the reference is `unverifiable` and says so. Only
when some of the allies are its subject ("More countries", "The majority", "two allies"): a pledge stated as made
("all NATO members pledged to meet the 2% target by 2024"), a call to meet it ("Sir Michael Fallon will ask Nato
allies to meet 2% defence spending target", seed 004) and the alliance's own plan stay `accurate`. Register entry:
wales-2014-2pct (2014-09-05)."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset

# https://www.theparliamentmagazine.eu/news/article/nato-annual-report-most-member-states-have-increased-defence-spending
# (19 March 2018)
FORECAST = "More countries will meet the two per cent target."
# https://estonianworld.com/security/trump-dines-with-the-leaders-of-the-eight-nato-countries-that-fulfil-their-2-obligation-including-estonia
# (December 2019)
PLEDGED = (
    "In 2014, following Russia’s military intervention in Ukraine, all NATO members pledged to meet the 2% target by "
    "2024."
)


def _pledges(ds: Dataset, text: str, as_of: str) -> list[tuple[str, str]]:
    return [(r.verdict, r.explanation) for r in check_text(ds, text, as_of=as_of) if r.kind == "pledge"]


def test_a_target_named_in_a_forecast_of_who_meets_it_is_not_vouched_for(ds: Dataset) -> None:
    [(verdict, why)] = _pledges(ds, FORECAST, "2018-03-19")
    assert verdict == "unverifiable"
    assert "forecast or plan of who will meet it ('will')" in why and "wales-2014-2pct" in why


def test_a_pledge_stated_as_made_stays_accurate(ds: Dataset) -> None:
    [(verdict, why)] = _pledges(ds, PLEDGED, "2019-12-05")
    assert verdict == "accurate", why
    assert "wales-2014-2pct" in why


def test_a_call_on_the_allies_to_meet_the_target_stays_accurate(ds: Dataset) -> None:
    # seed 004 (BBC, 15 February 2017): a call to meet a pledge the register holds is judged against it
    [(verdict, why)] = _pledges(
        ds, "Sir Michael Fallon will ask Nato allies to meet 2% defence spending target", "2017-02-15"
    )
    assert verdict == "accurate", why
    assert "wales-2014-2pct" in why


def test_a_forecast_of_who_achieves_spending_equal_to_the_target_is_not_vouched_for(ds: Dataset) -> None:
    # https://www.novinite.com/articles/215669/ (27 June 2022; round 10 of the corpus, dev): "achieve military spending
    # equal to two percent" names the target as what 19 more allies will reach
    text = (
        "He noted that 19 more pact countries are expected to achieve military spending equal to two percent of GDP "
        "by the end of the year."
    )
    [(verdict, why)] = _pledges(ds, text, "2022-06-27")
    assert verdict == "unverifiable"
    assert "forecast or plan of who will meet it" in why


def test_a_pledge_to_achieve_spending_of_the_target_stated_as_made_stays_accurate(ds: Dataset) -> None:
    # the near miss, in the words of the test above (constructed): the pledge stated as made is the Wales pledge
    text = "In 2014 all NATO members pledged to achieve military spending of 2% of GDP by 2024."
    [(verdict, why)] = _pledges(ds, text, "2019-12-05")
    assert verdict == "accurate", why
    assert "wales-2014-2pct" in why
