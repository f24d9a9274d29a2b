"""A non-ally named as an ally's neighbour describes the ally, it does not own the figure (claims/scope.py,
describes_ally): "Poland, which borders Ukraine, will increase ...", "The Baltic country ... which neighbours Russia
will spend about 3%". The sentence is read, and a description of the ally ("The Baltic country") stands for it
(claims/context.py). Sentences come from published articles (address in a comment) unless marked as our own.

Figures: NATO March 2024 (nato-2024-03), Lithuania 2023 2.75; NATO June 2024 (nato-2024-06), 2024 estimates:
Lithuania 2.85, sixth after Poland 4.12, Estonia 3.43, the US 3.38, Latvia 3.15, Greece 3.08."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text
from natospend.claims.parse import extract
from natospend.store.dataset import Dataset


def test_an_aside_naming_a_neighbour(ds: Dataset) -> None:
    # https://kdal610.com/2024/03/21/lithuania-pledges-to-spend-at-least-3-of-gdp-on-defence/
    text = (
        "NATO military alliance and EU member Lithuania, which borders Russia and its ally Belarus, spent 2.8% of GDP "
        "on defence in 2023 and is projected to spend the same this year."
    )
    results = [r for r in check_text(ds, text, as_of="2024-03-21") if r.kind == "share_gdp"]
    found = [(r.fields["countries"], r.fields["value"], r.fields["year"], r.figures_verdict) for r in results]
    assert found == [(["LTU"], 2.8, 2023, "accurate")]
    # the gate abstains: "is projected to spend the same this year" is a second claim, a projection
    assert results[0].verdict == "unverifiable" and "same" in results[0].unread


def test_a_pledge_after_an_aside_naming_a_neighbour() -> None:
    # https://www.urdupoint.com/en/world/poland-raises-military-spend-to-three-percent-1479118.html
    text = (
        "Poland, which borders Ukraine, will increasing defence spending to three percent of gross domestic product "
        "next year, Deputy Prime Minister Jaroslaw Kaczynski announced on Thursday."
    )
    assert [(c.kind, c.countries, c.value) for c in extract(text, date(2022, 3, 3))] == [("pledge", ["POL"], 3.0)]


def test_a_relative_clause_naming_a_neighbour(ds: Dataset) -> None:
    # https://10291998.xyz/post/516 (Reuters, 28 October 2024)
    text = (
        "Lithuania’s incoming Social Democratic government will target defence spending of at least 3.5% of its "
        "gross domestic product, the party’s leader said on Monday.\n"
        "The Baltic country of 2.9 million people which neighbours Russia will spend about 3% of GDP on its armed "
        "forces this year, according to NATO estimates, making it the military alliance’s sixth-biggest spender as "
        "a share of its economy."
    )
    results = [r for r in check_text(ds, text, as_of="2024-10-28") if r.kind in ("share_gdp", "ranking")]
    found = {(r.kind, tuple(r.fields["countries"]), r.fields["value"], r.figures_verdict or r.verdict) for r in results}
    assert found == {("share_gdp", ("LTU",), 3.0, "accurate"), ("ranking", ("LTU",), 6.0, "accurate")}
    # gate: neutral words not yet listed ('million', 'people', of the ally's description); 'making' of the ranking
    # is read (an aside), so the ranking is judged
    unread = {r.kind: r.unread for r in results if r.verdict == "unverifiable"}
    assert "people" in unread["share_gdp"] and "ranking" not in unread


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Near misses (our own): the non-ally is the figure's owner.
        ("Estonia spends 3.4% of GDP. Russia, its neighbour, spent 7% of GDP on the military.", 7.0),
        ("Estonia spends 3.4% of GDP. Its neighbours Russia and Belarus spend 7% of GDP on the military.", 7.0),
        ("Lithuania's neighbour Russia spends 7% of GDP on defence.", 7.0),
    ],
)
def test_the_non_allys_own_figure_stays_out(text: str, value: float) -> None:
    assert not [c for c in extract(text, date(2024, 10, 1)) if c.value == value]
