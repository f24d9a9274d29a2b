"""An exhaustive list of allies ('only', 'the only', 'just', 'alone', or as many names as the exact count before them)
is the whole set on that side of the threshold: an ally the figures place there that the list leaves out, or one it
names that is not there, contradicts it; when an ally's figure is not held, it is unverifiable (falsepaths)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _counts(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "count"]


# https://responsiblestatecraft.org/nato-three-percent-spending/ (December 2024). nato-2024-06 (the newest release on
# 2024-12-18) places POL 4.12, EST 3.43, USA 3.38, LVA 3.15 and GRC 3.08 at or above 3%: Latvia is left out.
ABOVE_THREE = "Only three other Members — Poland, Estonia and Greece — spend above 3%."


def test_a_list_after_an_exact_count_that_leaves_an_ally_out_is_inaccurate(ds: Dataset) -> None:
    found = _counts(ds, ABOVE_THREE, "2024-12-18")
    listed = [r for r in found if r.span.text.startswith("Poland")]
    assert [r.verdict for r in listed] == ["inaccurate"], [(r.verdict, r.explanation) for r in found]
    assert "5 allies at or above 3%" in listed[0].explanation
    assert "accurate" not in [r.verdict for r in found]


def test_the_list_with_the_ally_it_left_out_cannot_tell_which_ally_other_excludes(ds: Dataset) -> None:
    # near-miss: Latvia named too; the list and one ally more (the one 'other' sets them against) are the five
    text = ABOVE_THREE.replace(
        "three other Members — Poland, Estonia and", "four other Members — Poland, Estonia, Latvia and"
    )
    [listed] = [r for r in _counts(ds, text, "2024-12-18") if r.span.text.startswith("Poland")]
    assert listed.verdict == "unverifiable" and "set against" in listed.explanation, listed.explanation


def test_just_and_alone_make_a_list_exhaustive(ds: Dataset) -> None:
    # the same fact in the words 'just' and 'alone': four named, five at or above 3%
    for text in (
        "Just Poland, Estonia, the US and Greece spend more than 3% of GDP on defence.",
        "Poland, Estonia, the US and Greece alone spend more than 3% of GDP on defence.",
    ):
        [r] = _counts(ds, text, "2024-12-18")
        assert r.verdict == "inaccurate" and "5 allies at or above 3%" in r.explanation, (text, r.explanation)
    [whole] = _counts(ds, "Just Poland, Estonia, the US, Latvia and Greece spend more than 3% of GDP.", "2024-12-18")
    assert whole.verdict == "accurate"  # the five: the list equals the set


def test_a_list_naming_some_of_those_counted_is_judged_ally_by_ally(ds: Dataset) -> None:
    # near-miss: 'five allies ..., among them' names fewer than it counts, so it is not the whole set
    text = "Five allies spend more than 3% of GDP on defence, among them Poland, Estonia and Greece."
    verdicts = [r.verdict for r in _counts(ds, text, "2024-12-18")]
    assert "inaccurate" not in verdicts, verdicts


# http://estonianworld.com/security/estonia-one-three-nato-members-eu-spend-enough-defence (March 2018). nato-2018-03
# (15 March 2018) places EST, GRC, GBR and USA at or above 2% in 2017, but holds no figure for Romania (2.02 in
# nato-2017-06): whether the four are the whole set cannot be told.
ONLY_FOUR = (
    "In all of NATO, only four countries actually met the defence spending target in 2017 – the US, the UK, Greece "
    "and Estonia."
)


def test_an_exhaustive_list_with_an_ally_unheld_is_unverifiable(ds: Dataset) -> None:
    found = _counts(ds, ONLY_FOUR, "2018-03-15")
    assert [r.verdict for r in found] == ["unverifiable", "unverifiable"], [(r.verdict, r.explanation) for r in found]
    assert "ROU" in found[1].explanation
