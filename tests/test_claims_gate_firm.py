"""An `accurate` verdict on a pledge needs a firm statement (rules/pledges.py `_unasserted`, vocab.toml [gate]): a
figure that matches an alliance-wide pledge only by coincidence, inside a call ("it was critical for NATO allies to
increase ... to at least 2%"), a scenario ("... would be necessary to reach the 2% of GDP target (scenario 2 ...)"),
an offer of readiness, an aim sought, a demand being pushed or a conditional offer, is `unverifiable`, saying what
could not be determined; a pledge stated as agreed, or named by a definite reference under a modal ("the current 2%
goal"), stays `accurate`. Sentences are from published articles not in the corpus (address beside each).
Register entries: wales-2014-2pct (2014-09-05), vilnius-2023-2pct (2023-07-11)."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def _pledge(ds: Dataset, text: str, as_of: str, value: float) -> tuple[str, str]:
    found = [r for r in check_text(ds, text, as_of=as_of) if r.kind == "pledge" and r.fields.get("value") == value]
    assert len(found) == 1, [(r.kind, r.fields.get("value")) for r in check_text(ds, text, as_of=as_of)]
    return found[0].verdict, found[0].explanation


# https://news.mashaher.net/2024/04/24/nato-target-for-defence-spending-should-rise-due-to-more-dangerous-world-grant-shapps-says-politics-news-mashaher
SHAPPS = (
    "Mr Shapps, who replaced Ben Wallace as defence secretary last August, has previously warned it was “critical” "
    "for NATO allies to increase their defence spending to at least 2% of national income."
)
# https://chattythat.news/nato-ministers-back-defense-spending-increase-497282.html (5 June 2025)
COMMIT = (
    "NATO members currently commit to spending at least 2% of GDP on military expenditure, a target which around "
    "one third of the alliance still doesn't meet."
)


def test_a_call_is_no_statement_of_the_pledge(ds: Dataset) -> None:
    verdict, why = _pledge(ds, SHAPPS, "2024-04-24", 2.0)
    assert verdict == "unverifiable"
    assert why.startswith("A call ('critical for') of 2% for all allies") and "vilnius-2023-2pct" in why
    assert "not a firm statement of a commitment" in why


def test_a_pledge_stated_as_held_is_accurate(ds: Dataset) -> None:
    verdict, why = _pledge(ds, COMMIT, "2025-06-05", 2.0)
    assert verdict == "accurate" and "vilnius-2023-2pct" in why


# https://euforecast.com/blog/2019/06/23/defence-spending-to-gdp-ratio-would-remain-almost-unchanged/
SCENARIO = (
    "Extrapolating the Finance Ministry’s GDP projections until 2024, we estimate that a total increase of EUR 43.5 bn "
    "over seven years to EUR 80.5 bn in 2024 would be necessary to reach the 2% of GDP target (scenario 2 in chart 8 "
    "and 9)."
)
# https://www.airandspaceforces.com/15-nato-members-seen-spending-two-percent-of-gdp-on-defense-by-2024/ (June 2018)
AGREED = "NATO members agreed in 2014 to move toward investing two percent of GDP on defense by 2024."


def test_a_scenario_is_no_statement_of_the_pledge(ds: Dataset) -> None:
    verdict, why = _pledge(ds, SCENARIO, "2019-06-23", 2.0)
    assert verdict == "unverifiable"
    assert why.startswith("A scenario ('scenario')") and "wales-2014-2pct" in why


def test_an_agreement_stated_as_made_is_accurate(ds: Dataset) -> None:
    verdict, why = _pledge(ds, AGREED, "2018-06-05", 2.0)
    assert verdict == "accurate" and "wales-2014-2pct" in why


# https://www.newindianexpress.com/world/2025/Jun/05/natos-chief-says-the-alliance-is-on-the-cusp-of-accepting-trumps-5-per-cent-defense-investment-demand
CURRENT = "The new goal would involve a 1.5% increase over the current 2% goal for defense budgets."
# https://sputniknews.com/world/201702181050829031-rasmussen-nato-spending-2024/ (18 February 2017)
REALISTIC = "I think it is a realistic goal for all NATO members to reach 2-percent target by 2024."


def test_a_definite_reference_under_a_modal_stays_accurate(ds: Dataset) -> None:
    # "would" governs the increase, not the goal: the current 2% goal is presupposed
    verdict, why = _pledge(ds, CURRENT, "2025-06-05", 2.0)
    assert verdict == "accurate" and "vilnius-2023-2pct" in why
    verdict, why = _pledge(ds, REALISTIC, "2017-02-18", 2.0)
    assert verdict == "accurate" and "wales-2014-2pct" in why


# https://3.127.128.221/?p=1005733 (Reuters, December 2024)
WILLING = (
    "In an interview with LBC radio, Starmer was asked whether Britain would be willing to increase defence "
    "spending to 3% of GDP, but the leader repeated his government’s position that it would plot a route to "
    "spending 2.5%."
)


def test_willingness_is_a_readiness_frame(ds: Dataset) -> None:
    from natospend.claims.vocab import phrase_re

    assert phrase_re("gate", "readiness").search(WILLING[: WILLING.index("3%")]) is not None
    # the 2.5% clause after "but" has no readiness of its own
    assert phrase_re("gate", "readiness").search(WILLING[WILLING.index("but") : WILLING.index("2.5%")]) is None
    results = check_text(ds, WILLING, as_of="2024-12-18")
    assert all(r.verdict != "accurate" for r in results if r.fields.get("value") == 3.0)
