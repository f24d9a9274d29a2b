"""A count whose verb of spending takes the threshold as its object under a negation ("do not spend 2%") counts the
allies below it, as "have not reached 2%" does (claims/counts._negated_meet). sources2's audit of this stop found
"two-thirds of NATO countries do not spend 2%" read as the allies at or above 2%, so judged `accurate` on figures that
say the opposite; the sentences below are that form. Verdicts against NATO's June 2024 release (nato-2024-06): eight
allies below 2% in 2024 (BEL, CAN, HRV, ITA, LUX, PRT, SVN, ESP), 23 at or above."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset

AS_OF = "2024-07-01"


@pytest.mark.parametrize(
    ("sentence", "verdict", "unread"),
    [
        ("Eight NATO countries do not spend 2% of GDP on defence.", "accurate", None),
        ("Only nine allies do not yet spend 2%.", "inaccurate", None),
        # "their militaries": the measure's own word
        ("Eight allies still don't spend 2 percent of their GDP on their militaries.", "accurate", None),
    ],
)
def test_a_negated_spend_counts_the_allies_below(ds: Dataset, sentence: str, verdict: str, unread: str | None) -> None:
    (result,) = [r for r in check_text(ds, sentence, AS_OF) if r.kind == "count"]
    assert result.fields["counts_below"] is True
    assert result.verdict == verdict, result.explanation
    if unread is not None:
        assert result.figures_verdict == "accurate" and unread in result.unread
    else:
        assert not result.unread
    assert "8 allies below 2% in nato-2024-06" in result.explanation


def test_most_allies_do_not_spend_two_percent_is_not_accurate_in_2024(ds: Dataset) -> None:
    # 21 of 31 were below 2% in 2023, 8 of 32 in 2024: true of the year before, not of the newest figures
    for sentence in (
        "Two-thirds of NATO countries do not spend 2% of GDP on defence.",
        "Most NATO countries don't spend 2% of GDP on defence.",
    ):
        (result,) = [r for r in check_text(ds, sentence, AS_OF) if r.kind == "count"]
        assert result.fields["counts_below"] is True
        assert result.verdict == "outdated", result.explanation


def test_a_verb_of_spending_without_the_threshold_as_object_is_not_a_negated_count(ds: Dataset) -> None:
    # "23 spend 2%": the allies at or above it
    results = [r for r in check_text(ds, "Only 23 allies spend 2% of GDP, and they do not spend it well.", AS_OF)]
    counts = [r for r in results if r.kind == "count"]
    assert counts and counts[0].fields.get("counts_below") is not True
