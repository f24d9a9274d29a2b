"""Branch ranks4: rank statements with no figure of their own (claims/rankings.py, vocab [ranks4]).

Real published sentences (address in each test) outside the corpus, each with the near miss the rule must not catch.
"""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _ranks(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "ranking"]


# https://www.whec.com/business/lithuania-vows-to-boost-defense-spending-to-5-6-of-gdp-because-of-threat-of-russian-aggression/
# (AP, 17 January 2025)
_AP_LEADER = (
    "Reaching that goal would make Lithuania the NATO country to spend the most on defense as a percentage of its "
    "economic output. The current leader is Poland, which already spends more than 4% and plans to go higher."
)


def test_leader_takes_the_measure_the_sentence_before_ranked_by(ds: Dataset) -> None:
    # "the current leader": first place, by share of GDP (the sentence before), 2024: POL 4.12 first in nato-2024-06
    leader = [r for r in _ranks(ds, _AP_LEADER, "2025-01-17") if r.fields["countries"] == ["POL"]]
    assert len(leader) == 1
    assert leader[0].verdict == "accurate"
    assert leader[0].fields["rank"] == 1
    assert leader[0].fields["metric"] == "share_gdp"
    assert any(e["release_id"] == "nato-2024-06" for e in leader[0].to_dict()["evidence"])


def test_leader_with_no_measure_anywhere_is_no_place(ds: Dataset) -> None:
    # near miss: a "leader" after a sentence that ranks nothing is no place natospend can read
    text = "Lithuania decided to raise its defence budget. The current leader is Poland."
    assert _ranks(ds, text, "2025-01-17") == []


# https://24newsbulletin.com/world/70568.html (after NATO's annual report of 21 March 2023)
_AHEAD = (
    "In weight of defense spending, Portugal was ahead of Turkey, Montenegro, the Czech Republic, Canada, Slovenia, "
    "Belgium, Spain and Luxembourg."
)


def test_ahead_of_a_list_with_no_measure_abstains_saying_so(ds: Dataset) -> None:
    (claim,) = _ranks(ds, _AHEAD, "2023-03-21")
    assert claim.verdict == "unverifiable"
    assert claim.fields["countries"] == ["PRT"]
    assert claim.fields["others"] == ["TUR", "MNE", "CZE", "CAN", "SVN", "BEL", "ESP", "LUX"]
    assert "Cannot tell what the rank" in claim.explanation


def test_ahead_of_an_event_is_no_place(ds: Dataset) -> None:
    # near miss: "ahead of" a time ("ahead of the summit") with no verb of place after the ally
    text = "Poland, ahead of the NATO summit in Vilnius, said it would spend 3.9% of GDP on defence."
    assert _ranks(ds, text, "2023-07-07") == []


# https://pledgetimes.com/born-defense-costs-italy-almost-in-the-relegation-zone/ (7 July 2023): the measure of
# "in this regard" is the one the sentence before gave its figure in
_REGARD = (
    "Italy should spend 1.46% of its GDP on defense this year, according to the estimates released by NATO. "
    "Italy is 24th among NATO allies in this regard."
)


def test_in_this_regard_takes_the_measure_of_the_sentence_before(ds: Dataset) -> None:
    (claim,) = _ranks(ds, _REGARD, "2023-07-07")
    assert claim.fields["metric"] == "share_gdp"
    assert claim.fields["rank"] == 24
    # the gate abstains: "in this regard", which gave the measure, is not marked read; the place holds
    # (nato-2023-07: six allies below ITA 1.46 of 30 with a figure)
    assert claim.verdict == "unverifiable"
    assert claim.figures_verdict == "accurate" and "regard" in claim.unread


def test_in_this_regard_after_a_sentence_with_no_measure_abstains(ds: Dataset) -> None:
    # near miss: the sentence before names no measure, so the place is by an unknown one
    text = "Italy is struggling to raise its defence budget. Italy is 24th among NATO allies in this regard."
    assert all(r.verdict == "unverifiable" for r in _ranks(ds, text, "2023-07-07"))


def test_lead_over_the_other_allies_with_no_measure_abstains(ds: Dataset) -> None:
    # The FT's report of NATO's figures, quoted by the AP (defensenews.com, 15 March 2018), has the US "still way ahead
    # of other allies' spending": a first place with no measure said. A sentence of that form:
    text = "The United States is still way ahead of other allies' spending on defence."
    (claim,) = _ranks(ds, text, "2018-03-15")
    assert claim.fields["countries"] == ["USA"]
    assert claim.fields["rank"] == 1
    assert claim.verdict == "unverifiable"


def test_more_than_any_other_country_in_the_world_is_no_place_among_allies(ds: Dataset) -> None:
    # near miss of "far more on NATO than any other Country": with the world named, no place among the allies
    text = "The United States spends far more on defense than any other country in the world."
    assert not any(r.verdict == "accurate" for r in _ranks(ds, text, "2016-07-08"))


def test_speaker_places_their_own_country(ds: Dataset) -> None:
    # A national official's "we": the ally named last (the pattern of Canada's ambassador to NATO before the
    # Commons defence committee, openparliament.ca, 6 February 2018); read with the sentence before's measure
    text = (
        "For 2017, Canada is estimated to have spent roughly 1.31% of its GDP on defence. "
        "We are 15th among NATO members in this regard."
    )
    (claim,) = _ranks(ds, text, "2018-02-06")
    assert claim.fields["countries"] == ["CAN"]
    assert claim.fields["rank"] == 15
    # the gate abstains: "We" and "in this regard", which the place was read from, are not marked read; it holds
    assert claim.verdict == "unverifiable"
    assert claim.figures_verdict == "accurate" and "We" in claim.unread and "regard" in claim.unread


def test_speaker_with_no_ally_named_before_is_no_place(ds: Dataset) -> None:
    # near miss: "we" with no ally named before it in the article
    assert _ranks(ds, "We rank 15th among NATO members in this regard.", "2018-02-06") == []


def test_places_strung_in_one_sentence_each_read(ds: Dataset) -> None:
    # Stoltenberg to the Financial Times (31 May 2016), each place in its part: no US$ figures were held then
    text = (
        "The UK is the largest European provider of defence capabilities in NATO, it has the biggest defence spending, "
        "it has the biggest defence investments . . . second only to the United States in the whole alliance."
    )
    found = _ranks(ds, text, "2016-05-31")
    assert [r.fields["rank"] for r in found] == [1, 1, 2]
    assert all(r.fields["countries"] == ["GBR"] and r.verdict == "unverifiable" for r in found)
    assert found[-1].to_dict()["span"]["text"] == "second only to the United States in the whole alliance"


def test_leading_a_brigade_is_no_place(ds: Dataset) -> None:
    # near miss: "leading" something that is not spending, with no measure named
    text = "Canada is boosting defence spending and leading the NATO brigade stationed in Latvia."
    assert _ranks(ds, text, "2024-11-25") == []


def test_finite_comparison_verb_is_a_comparison(ds: Dataset) -> None:
    # "Greece now surpasses the United States" (Die Welt, as quoted in February 2022): a comparison of two allies
    (claim,) = _ranks(ds, "Greece now surpasses the United States in defence spending as a share of GDP.", "2021-06-15")
    assert claim.fields["countries"] == ["GRC"]
    assert claim.fields["others"] == ["USA"]
    assert claim.verdict == "accurate"  # nato-2021-06 2021e: GRC 3.82, USA 3.52


def test_participle_of_a_plan_is_no_comparison(ds: Dataset) -> None:
    # https://www.devdiscourse.com/article/politics/3228489-lithuania-sets-historic-defence-spending-goals-amidst-russian-threat
    # (17 January 2025): "surpassing Poland" describes a plan's effect, not a place now
    text = (
        "This adjustment makes Lithuania the top NATO contributor in terms of GDP percentage allocated to defence, "
        "surpassing Poland, which spends more than 4 percent."
    )
    assert not any(r.verdict in ("accurate", "inaccurate") for r in _ranks(ds, text, "2025-01-17"))


def test_overtook_as_biggest_names_the_new_holder(ds: Dataset) -> None:
    # near the SIPRI reports of April 2025: the place belongs to the ally that overtook, not to the one overtaken
    found = _ranks(ds, "Germany overtook the UK as Europe's biggest defence spender, SIPRI said.", "2025-04-29")
    assert found
    assert all(r.fields["countries"] == ["DEU"] and r.verdict == "unverifiable" for r in found)
