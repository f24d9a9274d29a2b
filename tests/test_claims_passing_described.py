"""Pledges named in passing inside a sentence about something else (claims/pledges.py described_pledges,
stated_after, _appositive_pledges, _agreed_ref_re; levelless_pledges for a halt to cuts joined to a level): each
part the words state (the level, when the pledge was made, by whom, by when) is checked against the pledge
register as of the claim's date."""

from __future__ import annotations

from typing import Any

import pytest

import natospend
from natospend.claims import check_text


@pytest.fixture(scope="module")
def ds() -> Any:
    return natospend.load()


def _pledges(ds: Any, text: str, as_of: str) -> list[tuple[str, str, str]]:
    """(verdict, span, explanation) of each pledge result."""
    out = []
    for r in check_text(ds, text, as_of=as_of):
        if r.kind == "pledge":
            span = r.span.text if r.span is not None else r.text
            out.append((str(getattr(r.verdict, "value", r.verdict)), span, r.explanation))
    return out


def test_a_pledge_dated_after_a_verb_of_meeting_is_a_claim_of_its_own(ds: Any) -> None:
    # https://www.waterloochronicle.ca/news-story/8709853-trudeau-gearing-up-for-nato-summit/ (2018-07-03)
    text = (
        "Currently, only four countries that belong to NATO are meeting the two per cent target that allies agreed "
        "to during the 2014 summit in Wales."
    )
    got = _pledges(ds, text, "2018-07-03")
    assert [(v, s.startswith("the two per cent target that allies agreed")) for v, s, _ in got] == [("accurate", True)]
    assert "wales-2014-2pct" in got[0][2]


def test_a_bare_target_after_a_verb_of_meeting_is_still_no_pledge_claim(ds: Any) -> None:
    # the near miss, https://foreignpolicy.com/2023/06/20/can-nato-finally-make-the-2-percent-stick/ (2023-06-20):
    # nothing but the level is said of the threshold; the claim of who meets it is judged
    text = (
        "Stoltenberg’s comments are laudable, but a NATO report released in March suggests that getting all alliance "
        "members to actually meet the 2 percent threshold may be easier said than done."
    )
    assert _pledges(ds, text, "2023-06-20") == []


def test_a_year_after_a_bare_target_that_dates_the_meeting_is_not_when_it_was_made(ds: Any) -> None:
    # https://rangeforecasting.org/questions/160-how-many-nato-member-states-will-meet-the-2-defense-spending-target-in-2024
    # (2024-04-16): "in 2024" is when the allies may meet it, not a part of the guideline
    text = (
        "However, recent statements from NATO suggest that as many as eighteen member states may meet the 2% "
        "guideline in 2024."
    )
    assert _pledges(ds, text, "2024-04-16") == []


def test_an_apposition_dating_the_level_before_it(ds: Any) -> None:
    # https://247wallst.com/military/2024/09/01/nato-defense-spending-which-countries-are-meeting-their-commitments/
    # (2024-09-01)
    text = "NATO members’ commitments to spending 2% of their GDP on defense, a goal set in 2014."
    got = _pledges(ds, text, "2024-09-01")
    assert got and all(v == "accurate" for v, _, _ in got)
    assert all("wales-2014-2pct" in e for _, _, e in got)


def test_a_halt_to_cuts_joined_to_a_level_is_two_claims(ds: Any) -> None:
    # https://kion546.com/?p=851180 (AP, 2023-02-15): the agreement's two parts, each in the register
    text = (
        "NATO allies agreed in 2014 to halt the spending cuts they had made after the Cold War and move toward "
        "spending 2% of GDP on their defense budgets by 2024."
    )
    got = _pledges(ds, text, "2023-02-15")
    assert [v for v, _, _ in got] == ["accurate", "accurate"]
    joined = " ".join(e for _, _, e in got)
    assert "wales-2014-2pct" in joined and "wales-2014-halt-decline" in joined


def test_a_reference_to_nato_guidelines_with_no_level_is_no_claim(ds: Any) -> None:
    # the near miss, https://www.parallelparliament.co.uk/question/65132/defence-expenditure (UK written answer,
    # 2015-16): no level, no year, nothing the register can settle
    text = (
        "In line with NATO guidelines, we will continue to ensure we capture all spending that supports the defence "
        "of the United Kingdom."
    )
    assert _pledges(ds, text, "2016-04-05") == []


def test_the_level_a_rise_named_before_started_from_is_a_described_pledge(ds: Any) -> None:
    # https://techoutstanders.com/editors-choice/nato-hague-summit-2025-defence-spending-5-percent-gdp (2025-06-26):
    # the 2% is the base of the rise to 5%, described as the previous target set in 2014, not a pledge due by 2035
    text = (
        "At the NATO summit in The Hague on June 24-25, leaders from all 32 member nations agreed to boost defence "
        "outlays to 5% of GDP by 2035, a rise from the previous 2% target set in 2014."
    )
    got = _pledges(ds, text, "2025-06-26")
    assert [v for v, _, _ in got] == ["accurate", "accurate"]
    assert "hague-2025-total-5" in got[0][2]
    assert got[1][1] == "the previous 2% target set in 2014" and "wales-2014-2pct" in got[1][2]
    # the near miss (a rise from a level with no figure named before it: the described pledge of the comparison) is
    # tests/test_claims_pledges9_described.py test_a_described_pledge_in_a_comparison_is_a_claim


def test_a_pledge_dated_by_its_summit_between_its_noun_and_its_level(ds: Any) -> None:
    # https://foreignpolicy.com/2023/06/20/can-nato-finally-make-the-2-percent-stick/ (2023-06-20): the count of who
    # met it is one claim, the Wales equipment pledge another
    text = (
        "In addition, 24 out of the then-30 NATO countries, including the United States, likely met a separate goal "
        "made at Wales to spend at least 20 percent of annual defense expenditure on major equipment."
    )
    got = _pledges(ds, text, "2023-06-20")
    assert [v for v, _, _ in got] == ["accurate"]
    assert "wales-2014-equipment-20" in got[0][2]
