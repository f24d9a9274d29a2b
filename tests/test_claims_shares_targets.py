"""An ally said to meet or miss NATO's target without its figure ("Germany met the NATO target last year"): a share of
GDP at or above (below) 2%, while 2% was NATO's one target (until the Hague summit of 25 June 2025). Sentences are our
own unless a comment names the dev article. Figures: NATO June 2024 (nato-2024-06), 2024 estimates: Germany 2.12,
Canada 1.37, Belgium 1.30, Italy 1.49."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def _shares(ds: Dataset, text: str, as_of: str) -> list[tuple[list[str], str, int | None, str]]:
    return [
        (r.fields["countries"], r.fields["comparator"], r.fields["year"], r.verdict)
        for r in check_text(ds, text, as_of=as_of)
        if r.kind == "share_gdp"
    ]


#: The gate's abstentions in the table below: the word it could not read.
_TARGET_UNREAD = {
    # gate: neutral words not yet listed ('earlier', 'cited', 'finance', 'ministry', 'sources', 'saying'); 'Reuters',
    # a name, is counted too
    "Reuters earlier cited German finance ministry sources as saying Germany met the NATO target last year.": "cited",
}


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # dev: 2025-01-20 brecorder (Reuters): a ministry saying Germany met NATO's target speaks of NATO's measure.
        (
            "Reuters earlier cited German finance ministry sources as saying Germany met the NATO target last year.",
            "2025-01-20",
            [(["DEU"], "ge", 2024, "accurate")],
        ),
        ("Germany met NATO's spending target in 2024.", "2025-01-20", [(["DEU"], "ge", 2024, "accurate")]),
        ("Canada is failing to meet the alliance's target.", "2024-07-01", [(["CAN"], "lt", None, "accurate")]),
        (
            "Italy and Belgium fell short of NATO's guideline in 2024.",
            "2024-07-01",
            [(["ITA", "BEL"], "lt", 2024, "accurate")],
        ),
        ("Canada met NATO's target in 2024.", "2024-07-01", [(["CAN"], "ge", 2024, "inaccurate")]),
        ("Britain has met NATO's target every year since 2014.", "2024-07-01", [(["GBR"], "ge", None, "unverifiable")]),
    ],
)
def test_the_target_named_without_its_figure(ds: Dataset, text: str, as_of: str, expected: list[tuple]) -> None:
    word = _TARGET_UNREAD.get(text)
    if word is None:
        assert _shares(ds, text, as_of) == expected
        return
    # the gate abstains on an unread word; the figures gave the table's verdict
    [r] = [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp"]
    [(countries, comparator, year, verdict)] = expected
    assert (r.fields["countries"], r.fields["comparator"], r.fields["year"]) == (countries, comparator, year)
    assert (r.verdict, r.figures_verdict) == ("unverifiable", verdict) and word in r.unread, r.explanation


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Romania expects to reach NATO's target this year.", "2024-07-01"),  # a plan
        ("Only five allies met the NATO target in 2016.", "2024-07-01"),  # a count
        ("Poland met the target.", "2024-07-01"),  # which target cannot be told
        ("Spain met NATO's target last year.", "2025-08-01"),  # after the Hague summit: 2%, 3.5% or 5%
        ("Germany will meet NATO's new target by 2029.", "2024-07-01"),
    ],
)
def test_no_claim_when_the_target_cannot_be_told_or_is_a_plan(ds: Dataset, text: str, as_of: str) -> None:
    assert _shares(ds, text, as_of) == []
