"""Bases a share of the world's sentences names that are not GDP (claims/shares.py): NATO's own budget ("the share of
the NATO budget covered by Germany"), named as common funding and never judged as a share of GDP or a pledge; and an
amount named before ("72 per cent of that"), which leaves the share open. Sentences are from published articles
outside the corpus (address above each)."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def _frames(ds: Dataset, text: str, as_of: str) -> list[tuple[str, list[str], float | None]]:
    return [(r.kind, r.fields["countries"], r.fields["value"]) for r in check_text(ds, text, as_of=as_of)]


def test_a_share_of_the_nato_budget_is_common_funding(ds: Dataset) -> None:
    # https://finanz.dk/germany-to-match-us-contribution-to-nato-budget/ (Deutsche Welle, November 2019)
    text = (
        "Starting in 2021, the share of the NATO budget covered by Germany will increase from 14.8% to 16.35%, while "
        "the share covered by the US will decrease from 22.1% to 16.35%."
    )
    found = check_text(ds, text, as_of="2019-11-27")
    assert [(r.kind, r.fields["countries"], r.fields["value"]) for r in found] == [
        ("common_funding", ["DEU"], 14.8),
        ("common_funding", ["DEU"], 16.35),
        ("common_funding", ["USA"], 22.1),
        ("common_funding", ["USA"], 16.35),
    ]
    assert {r.verdict for r in found} == {"unverifiable"}
    # https://www.european-views.com/2019/11/germany-us-to-equalize-nato-budget-contributions-report-says-ahead-of-pacts-70th-birthday/
    # (its base named in the same sentence, our joining of the article's two sentences)
    text = (
        "In 2019, the US contributed 22.1% to NATO's budget, while Germany, the second largest contributor, paid 14.8%."
    )
    shares = [f for f in _frames(ds, text, "2019-11-27") if f[2] in (22.1, 14.8)]
    assert shares == [("common_funding", ["USA"], 22.1), ("common_funding", ["DEU"], 14.8)]


def test_a_share_of_gdp_beside_the_nato_budget_stays_a_share_of_gdp(ds: Dataset) -> None:
    # https://www.cbj.ca/nato-defence-spending-at-1-23/ (July 2018): GDP right after the figure decides
    found = _frames(ds, "Canada only hits 1.23% of it yearly GDP, far from the NATO budget goal.", "2018-07-12")
    assert ("share_gdp", ["CAN"], 1.23) in found


def test_a_share_of_an_amount_named_before_is_left_open(ds: Dataset) -> None:
    # https://atauk.org/index.php/2021/02/01/nato-funding
    text = (
        "In 2020, NATO member nations spent over $1,092 billion on defence. Almost 72 per cent of that – about $785 "
        "billion – was spent by the United States."
    )
    (share,) = [r for r in check_text(ds, text, as_of="2021-02-01") if r.fields["value"] == 72.0]
    assert share.fields["countries"] == ["USA"]
    assert share.verdict == "unverifiable" and "'of that' refers to a figure named before it" in share.explanation
