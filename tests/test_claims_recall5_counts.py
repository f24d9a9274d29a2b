"""Counts whose bar is named without a level (recall5): the guideline in the plural after a verb of meeting ("only
7 members are meeting defense spending targets") is the one share-of-GDP level in force on the claim's date; a count
by reference ("met that standard", "this criterion") takes the level of the alliance-wide pledge the sentence before
states; a count noun may carry two modifiers ("other NATO members"). Other targets ("capability targets", "the
proposed targets") are no count of allies against the spending guideline.

Figures: nato-2018-07 (2018-07-10, partial), nato-2019-03 (2019-03-14).
"""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _counts(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "count"]


# https://old.news8000.com/nato-only-7-members-are-meeting-defense-spending-targets/ (CNN, 14 March 2019, on NATO's
# annual report for 2018)
NEWS8000 = "NATO: Only 7 members are meeting defense spending targets"


def test_the_guideline_in_the_plural_is_the_level_in_force(ds: Dataset) -> None:
    (r,) = _counts(ds, NEWS8000, "2019-03-14")
    assert r.fields["value"] == 7 and r.fields["threshold"] == 2.0
    # seven allies at or above 2% in nato-2019-03 for 2018, but the release is partly held: no verdict is given
    assert r.verdict == "unverifiable"
    assert "7 allies at or above 2% in nato-2019-03" in r.explanation


# https://caliber.az/en/post/nato-commander-majority-of-members-accept-request-for-30-capability-boost (Feb 2025)
CALIBER = (
    "Admiral Pierre Vandier, the NATO Supreme Allied Commander Transformation has stated that 80 per cent of allies "
    "have already accepted the proposed targets, Caliber.Az reports citing foreign media. However, NATO members are "
    "already lagging by 30 per cent in meeting existing targets, creating a significant gap in defense preparedness."
)


def test_capability_targets_are_no_count_against_the_spending_guideline(ds: Dataset) -> None:
    # the near miss: "the proposed targets" and "existing targets" are capability targets, named by no word of
    # spending; no count of allies at a share of GDP is read
    assert _counts(ds, CALIBER, "2025-02-20") == []


def test_the_plural_needs_a_word_of_spending_before_it(ds: Dataset) -> None:
    # the same headline with "recruitment" between: not the spending guideline
    text = NEWS8000.replace("defense spending targets", "defense recruitment targets")
    assert _counts(ds, text, "2019-03-14") == []
