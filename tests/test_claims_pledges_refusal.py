"""A pledge turned down is not a pledge made (issue 10, classes 3 and 5): "Spain has refused to commit to the 5%
target" must never be `accurate` because the Hague pledge (hague-2025-total-5, 5% of GDP by 2035, announced
2025-06-25, with a flexibility for Spain) covers every ally; it abstains, naming the refusal."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset


@pytest.mark.parametrize(
    "text",
    [
        "Spain has refused to commit to the 5% target.",
        "Madrid rejected the 5% target agreed at The Hague.",
        "Spain opposes the 5% goal, Sánchez said.",
        "Belgium balked at the 5% target agreed at The Hague.",
    ],
)
def test_refusal_of_a_pledge_abstains(ds: Dataset, text: str) -> None:
    found = [r for r in check_text(ds, text, as_of="2025-07-01") if r.kind == "pledge"]
    assert found and all(r.verdict == "unverifiable" and "A refusal" in r.explanation for r in found), [
        (r.verdict, r.explanation) for r in found
    ]


@pytest.mark.parametrize(
    ("text", "pledge"),
    [
        # a refusal of something else, in another clause, leaves the pledge as stated
        ("Spain committed to the 5% target, while Slovakia declined to comment.", "hague-2025-total-5"),
        ("Italy pledged to reach 2% in 2025, declining to give details.", "ita-2pct-2025"),
    ],
)
def test_refusal_elsewhere_does_not_negate(ds: Dataset, text: str, pledge: str) -> None:
    found = [r for r in check_text(ds, text, as_of="2025-07-01") if r.kind == "pledge"]
    assert len(found) == 1 and found[0].verdict == "accurate" and pledge in found[0].explanation
