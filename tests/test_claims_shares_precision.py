"""Precision: a percentage in a sentence about defence spending that measures something else gives no share claim,
and a figure whose measure cannot be told gives none either. Sentences are our own paraphrases of the kinds wire
copy prints; each must not be judged against NATO's share of GDP."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset

AS_OF = "2024-07-01"


def _numeric(ds: Dataset, text: str) -> list[tuple[str, list[str], float | None]]:
    return [
        (r.kind, r.fields["countries"], r.fields["value"])
        for r in check_text(ds, text, as_of=AS_OF)
        if r.kind in ("share_gdp", "real_growth")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "About 20% of Poland's budget goes to defence.",  # a share of the budget
        "Defence takes 9% of the Italian government spending this year.",
        "Canada's economy grew 1.2% last year, while its defence spending was unchanged.",
        "Inflation in Estonia reached 4.5% in 2024, eroding the value of its defence budget.",
        "Support for higher defence spending stands at 62% in Germany, a poll found.",
        "Only 5% of Canadians think defence spending should be cut.",
        "France is at 20%.",  # what the 20% measures cannot be told
    ],
)
def test_no_share_claim_from_another_quantity(ds: Dataset, text: str) -> None:
    assert _numeric(ds, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The other quantity's figure goes, the defence figure of the same sentence stays.
        ("Turkey's unemployment rate is 9%, and its defence spending is 2.09% of GDP.", [("share_gdp", ["TUR"], 2.09)]),
        ("Greece, whose debt is about 160% of GDP, spends 3.08% on defence.", [("share_gdp", ["GRC"], 3.08)]),
        # Near miss: "the size of the economy" names the measure, it is not another quantity.
        (
            "Poland ranks first in terms of spending relative to the size of the economy (4.12% of GDP).",
            [("share_gdp", ["POL"], 4.12)],
        ),
        ("Lithuania's defence budget is 2.85% of GDP, while its debt is 38% of GDP.", [("share_gdp", ["LTU"], 2.85)]),
    ],
)
def test_the_defence_figure_stays(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert _numeric(ds, text) == expected
