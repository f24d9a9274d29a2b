"""Counts of allies by their share of NATO's common-funded budgets (issue 10, classes 2 and 6): "US Pays 22.14 % of
NATO Budget; Germany 14.65 %; 13 Allies Pay Below 1%" counts allies by cost share, which natospend does not hold,
so the count is named as such (unverifiable), never judged as a count by share of GDP (in July 2016 five allies
were below 1% of GDP: Belgium, Canada, Luxembourg, Slovenia, Spain)."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset


@pytest.mark.parametrize(
    "text",
    [
        "US Pays 22.14 % of NATO Budget; Germany 14.65 %; 13 Allies Pay Below 1%",  # dev headline, 20 March 2017
        "The US pays 22.1% of NATO's common-funded budget, France 10.6% and 13 allies pay less than 1%.",
        "The commonly funded NATO budget is paid 22.1% by the US, 14.8% by Germany; 15 allies pay below 1%.",
    ],
)
def test_count_by_cost_share_is_common_funding(ds: Dataset, text: str) -> None:
    results = check_text(ds, text, as_of="2017-03-20")
    assert not [r for r in results if r.kind == "count"], [(r.kind, r.span.text) for r in results]
    shares = [r for r in results if r.kind == "common_funding"]
    assert shares and all(r.verdict == "unverifiable" for r in shares)
    assert any("(the share allies are counted by)" in r.explanation for r in shares), [r.explanation for r in shares]


def test_count_by_share_of_gdp_after_a_cost_share_keeps_its_measure(ds: Dataset) -> None:
    # the count names GDP: it is a count by share of GDP, not by cost share
    text = "The US pays 22.14% of NATO's common budget; in 2016, 5 allies spent below 1% of GDP on defence."
    counts = [r for r in check_text(ds, text, as_of="2017-03-20") if r.kind == "count"]
    assert len(counts) == 1 and counts[0].fields["metric"] == "share_gdp", [r.explanation for r in counts]
