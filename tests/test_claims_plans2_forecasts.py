"""National plans and forecasts of meeting or missing a level (issue 10, class 3; plans2): a share of GDP 'by' a year
still to come is a plan's target whatever its verb; a forecast of falling short of (or almost reaching) a level is
never borne out by the ally's pledge to reach it; a forecast with no year is not borne out by an older year's figure.
Each on real published sentences (address in a comment), judged as of the article's date against the pledge
register (src/natospend/meta/pledges.toml) and the figures held then."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.check import ClaimResult
from natospend.store.dataset import Dataset


def _one(results: list[ClaimResult], needle: str) -> ClaimResult:
    found = [r for r in results if needle in str(r.fields.get("value_text", ""))]
    assert len(found) == 1, [(r.span.text if r.span else r.text, r.kind, r.verdict) for r in results]
    return found[0]


# https://lithuaniatribune.com/lithuania-to-spend-2-percent-on-defence-by-2018-president-says (the president at the
# opening of the NATO Force Integration Unit in Vilnius, September 2015; the parties' accord is of 2014)
LITHUANIA = (
    "Last year, Lithuania's political parties agreed to gradually increase defence spending so that it reaches 2 "
    "percent of the GDP by 2020."
)


def test_a_share_by_a_year_to_come_is_a_plan(ds: Dataset) -> None:
    r = _one(check_text(ds, LITHUANIA, as_of="2015-09-03"), "2 percent")
    assert r.verdict == "unverifiable"
    # the plan's target, judged against the register (no Lithuanian pledge), never against 2014's 0.88%
    assert "plan" in r.explanation and "by 2020" in r.explanation
    assert "does not hold national plans" in r.explanation


def test_a_share_in_a_past_year_stays_a_figure(ds: Dataset) -> None:
    # https://www.romania-insider.com/romania-defence-spending-2024 (2025-01-08): 'in 2024', said in 2025, is a
    # level spent, judged as the ministry's figure (not read as a plan)
    text = (
        "Romania's Defence Ministry spent some 2.26% of GDP compared to a budget initially envisaged at 2.28% of GDP "
        "in 2024, minister Angel Tilvar announced."
    )
    r = _one(check_text(ds, text, as_of="2025-01-08"), "2.26%")
    assert r.verdict == "unverifiable"
    assert "Defence Ministry" in r.explanation and "plan" not in r.explanation


def test_an_allys_forecast_of_its_pledged_level_still_matches(ds: Dataset) -> None:
    # https://www.bssnews.net/business/306400 (AFP, 2025-08-29): pol-4.8pct-2026, announced 2025-08-28
    text = (
        "Poland will increase its defence spending next year to 4.8 percent of GDP, its finance minister said "
        "Thursday -- near the five percent being demanded of NATO members by US President Donald Trump."
    )
    r = _one(check_text(ds, text, as_of="2025-08-29"), "4.8 percent")
    assert r.verdict == "accurate"
    assert "pol-4.8pct-2026" in r.explanation


def test_a_forecast_of_missing_is_a_negation_not_a_figure(ds: Dataset) -> None:
    # https://uk.news.yahoo.com/germany-probably-wont-reach-2-110213457.html (Reuters, early 2023): a forecast that
    # the level will not be reached this year, with no NATO figure for 2023 out
    text = (
        "Germany will likely not meet its goal of spending 2% of GDP on defence spending this year and it remains "
        "to be seen whether it will manage to do so next year, a government spokesperson said on Monday."
    )
    found = check_text(ds, text, as_of="2023-02-20")
    assert found and all(r.verdict == "unverifiable" for r in found)


def test_a_forecast_of_falling_short_is_not_the_pledge_to_reach(ds: Dataset) -> None:
    # https://particle.news/story/canada-faces-pressure-to-double-defence-spending-to-meet-nato-targets-by-2032
    # (the PBO's report of 2024-10-30): the shortfall is projected for 2029-30; Canada's 2024 estimate (1.37%) and
    # its pledge of 2% by 2032 (can-2pct-2032) bear out neither the forecast nor its contrary
    text = (
        "Current Canadian defence spending is projected to reach only 1.58% of GDP by 2029-30, falling short of the "
        "2% commitment."
    )
    r = _one(check_text(ds, text, as_of="2024-10-30"), "2%")
    assert r.verdict == "unverifiable"
    assert "falling short" in r.explanation and "2029" in r.explanation


def test_a_promise_of_reaching_the_target_still_matches_the_pledge(ds: Dataset) -> None:
    # https://bnnbloomberg.ca/investing/2024/10/30/canada-must-double-defense-spending-to-meet-nato-target-watchdog-says
    text = (
        "Canada would have to nearly double its defense spending to keep its promise of reaching the NATO target of "
        "2% of gross domestic product by 2032, the country’s budget watchdog says."
    )
    r = _one(check_text(ds, text, as_of="2024-10-30"), "2%")
    assert r.verdict == "accurate" and "can-2pct-2032" in r.explanation


def test_a_forecast_of_reaching_the_target_by_its_noun_is_a_plan_claim(ds: Dataset) -> None:
    # https://www.dutchnews.nl/2023/08/the-netherlands-is-still-lagging-on-meeting-nato-defence-target/ (2023-08-16):
    # "would meet the target in 2024" is the Dutch government's own plan (the register's only Dutch pledge is
    # nld-5pct-2035), not the alliance's Vilnius floor
    text = "Prime minister Mark Rutte pledged again last month that the Netherlands would meet the target in 2024."
    found = check_text(ds, text, as_of="2023-08-16")
    assert [r.kind for r in found] == ["pledge"]
    r = found[0]
    assert r.verdict == "unverifiable" and r.fields["countries"] == ["NLD"]
    assert "does not hold national plans" in r.explanation


def test_a_forecast_of_not_meeting_the_target_is_no_plan(ds: Dataset) -> None:
    # https://www.theglobeandmail.com/politics/article-canada-defence-policy-nato/ (2024-04-08): "will not meet its
    # NATO spending targets" is a negated forecast, no plan to reach the target; only the amount is a claim
    text = (
        "Canada will spend an additional $8.1-billion on defence in the next five years but will not meet its NATO "
        "spending targets and has no existing plans to do so, officials said while unveiling the country's renewed "
        "defence policy."
    )
    found = check_text(ds, text, as_of="2024-04-08")
    assert [r.kind for r in found] == ["total_spending"] and found[0].verdict == "unverifiable"
