"""Pledges described in passing (claims/pledges.py described_pledges, rules/pledges.py _described, _force): a level,
a year, a deadline, a force or how long it has been held, each checked against the pledge register."""

from __future__ import annotations

from typing import Any

import pytest

import natospend
from natospend.claims import check_text


@pytest.fixture(scope="module")
def ds() -> Any:
    return natospend.load()


def _verdicts(ds: Any, text: str, as_of: str) -> list[tuple[str, str, str]]:
    out = []
    for r in check_text(ds, text, as_of=as_of):
        span = r.span.text if r.span is not None else r.text
        out.append((r.kind, str(getattr(r.verdict, "value", r.verdict)), span))
    return out


def _explanations(ds: Any, text: str, as_of: str) -> str:
    return " ".join(r.explanation for r in check_text(ds, text, as_of=as_of))


def test_a_year_after_the_figure_dating_the_base_of_a_comparison_is_not_the_new_pledges(ds: Any) -> None:
    # https://atlasnews.news/p/nato-commits-to-5-gdp-defense-spending-by-2035-in-historic-agreement (2025-06-26)
    text = (
        "In a dramatic and historic move, NATO allies agreed on Wednesday to boost their defense spending targets "
        "from 2% to 5% of GDP by 2035, more than doubling the previous benchmark set back in 2014."
    )
    got = _verdicts(ds, text, "2025-06-26")
    assert [(k, v) for k, v, _ in got] == [("pledge", "accurate")]
    assert "hague-2025-total-5" in _explanations(ds, text, "2025-06-26")


def test_a_year_before_the_figure_still_dates_its_pledge(ds: Any) -> None:
    # the near miss: https://radiomoldova.md/p/30326/18-nato-members-to-commit-2-of-gdp-to-defense-stoltenberg-announces
    # (2024-02-14): the year dates the 2% itself
    text = "The 2% target was set by NATO leaders at a summit in Wales in 2014."
    assert [(k, v) for k, v, _ in _verdicts(ds, text, "2024-02-14")] == [("pledge", "accurate")]
    assert "wales-2014-2pct" in _explanations(ds, text, "2024-02-14")


def test_a_described_pledge_in_a_comparison_is_a_claim(ds: Any) -> None:
    # https://m.vovworld.vn/en-US/news/nato-commits-to-spending-hike-1403178.vov (2025-06-25, Reuters)
    text = (
        "The new spending target - to be achieved over the next 10 years - is a jump worth hundreds of billions of "
        "dollars a year from the current goal of 2% of GDP, although it will be measured differently."
    )
    assert [(k, v) for k, v, _ in _verdicts(ds, text, "2025-06-25")] == [("pledge", "accurate")]
    assert "vilnius-2023-2pct" in _explanations(ds, text, "2025-06-25")


def test_a_previous_pledge_must_have_been_replaced_by_the_claims_date(ds: Any) -> None:
    # Not a published sentence: the wording of 'The new goal more than doubles NATO’s current 2 percent target'
    # (charliekirk.com, 2025-06-25, a dev article of the corpus, unlabelled there) with 'previous': before any
    # higher alliance pledge was made (2024) that part does not match; after the Hague summit it does
    text = "The new goal more than doubles NATO’s previous 2 percent target."
    assert _verdicts(ds, text, "2024-01-01") == [("pledge", "unverifiable", "NATO’s previous 2 percent target")]
    assert "no higher alliance pledge" in _explanations(ds, text, "2024-01-01")
    assert _verdicts(ds, text, "2025-07-01") == [("pledge", "accurate", "NATO’s previous 2 percent target")]


def test_a_bare_yardstick_after_a_verb_of_meeting_makes_no_described_claim(ds: Any) -> None:
    # https://particle.news/story/nato-sets-new-5-defense-spending-goal-by-2035 (2025-06-25): Turkey's share, judged as
    # a share; 'the 2% goal' is only its bar
    text = (
        "Turkey, already surpassing the 2% goal, endorsed the new spending target and plans to bolster its air "
        "defense network and missile capacities."
    )
    assert [k for k, _, _ in _verdicts(ds, text, "2025-06-25")] == ["share_gdp"]


def test_held_for_decades_needs_a_pledge_that_old(ds: Any) -> None:
    # https://news.quantosei.com/2025/06/26/natos-new-defense-spending-target-is-a-big-beautiful-number (2025-06-26):
    # the register's 2% dates from 2006, 19 years before
    text = (
        "For decades, NATO allies had aimed for a 2% GDP defense spending target, which many European nations "
        "consistently failed to meet, often spending closer to 1.5%."
    )
    pledges = [(v, s) for k, v, s in _verdicts(ds, text, "2025-06-26") if k == "pledge"]
    assert [v for v, _ in pledges] == ["unverifiable"]
    assert "only since nato-2pct-2006" in _explanations(ds, text, "2025-06-26")


def test_a_condition_of_membership_is_inaccurate(ds: Any) -> None:
    # Not a published sentence: the claim of the WSJ's 'the 2% that is supposed to be the technical requirement for
    # membership' (2014-03-26, a dev article of the corpus) as a plain statement. The 2% is a guideline of defence
    # ministers (nato-2pct-2006) and summits, not a condition of membership.
    text = "Spending 2% of GDP on defence is a condition of NATO membership."
    got = _verdicts(ds, text, "2024-01-01")
    assert [(k, v) for k, v, _ in got] == [("pledge", "inaccurate")]
    assert "political commitment" in _explanations(ds, text, "2024-01-01")
    # denied, it states nothing to check and makes no claim of force
    assert _verdicts(ds, "The 2% is not a condition of NATO membership.", "2024-01-01") == []


def test_a_denied_legal_force_is_no_false_part(ds: Any) -> None:
    # https://breakingon.com/politics/nato-defense-spending-are-member-countries-meeting-the-challenge (2025-06-24)
    text = (
        "The 2% spending target is not legally binding, meaning there is no international court to penalize "
        "nations failing to comply."
    )
    assert [(k, v) for k, v, _ in _verdicts(ds, text, "2025-06-24")] == [("pledge", "accurate")]


def test_a_stated_absence_of_deadline_is_a_part_not_checked(ds: Any) -> None:
    # https://4rchive.org/pol/thread/513531688 (2025): the Wales pledge had 'within a decade'; abstain, naming the part
    text = "2% itself was a guideline with no requirement to meet it within any specific amount of time."
    assert [(k, v) for k, v, _ in _verdicts(ds, text, "2025-08-01")] == [("pledge", "unverifiable")]
    assert "no requirement to meet it within" in _explanations(ds, text, "2025-08-01")


def test_a_former_goal_needs_a_higher_pledge_since(ds: Any) -> None:
    # https://www.localnewswave.com/article/1013369310268452864 (AFP, 2025-08-28): after the Hague summit, accurate
    text = "The new target replaces the alliance’s former military spending goal of two percent."
    assert [(k, v) for k, v, _ in _verdicts(ds, text, "2025-08-28")] == [("pledge", "accurate")]
    # the same words before any higher alliance pledge (2024): the part 'former' does not match
    assert [(k, v) for k, v, _ in _verdicts(ds, text, "2024-01-01")] == [("pledge", "unverifiable")]
    assert "no higher alliance pledge" in _explanations(ds, text, "2024-01-01")
