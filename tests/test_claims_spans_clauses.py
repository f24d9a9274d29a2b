"""Clause-level spans: two claims of different kinds in one sentence get two spans, each its own clause; one claim
with two figures in one clause keeps one span (parse._clause_spans, clauses.clause_bounds). Dev-split sentences."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def _spans(ds: Dataset, text: str, as_of: str) -> list[tuple[str, str, str]]:
    return [(r.kind, r.verdict, r.span.text if r.span else r.text) for r in check_text(ds, text, as_of)]


#: Sentences below on which the "read every word" gate abstains: (kind, the figures' verdict, the word it names).
_GATED: dict[str, tuple[str, str, str]] = {}


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # https://taylordailypress.net/seven-nato-countries-spend-2-on-defence-belgium-third-in-class-outside
        (
            "Belgium ranks 28th out of 30 NATO countries, with a rate of 1.18 percent.",
            "2023-03-22",
            [
                ("ranking", "unverifiable", "Belgium ranks 28th out of 30 NATO countries"),
                ("share_gdp", "accurate", "with a rate of 1.18 percent."),
            ],
        ),
        # https://houstonianonline.com/the-netherlands-now-meets-nato-defense-standards-just-like-22-other-countries
        (
            "Poland spends the largest percentage proportionately on defence: 4.1 percent of GDP.",
            "2024-06-18",
            [
                ("ranking", "accurate", "Poland spends the largest percentage proportionately on defence"),
                ("share_gdp", "accurate", "4.1 percent of GDP."),
            ],
        ),
        # https://ar1.ilovetranslation.com/v2IfWTUj1lw=d (SIPRI, April 2016): a change by a share to an amount
        (
            "Romania increased spending by 11 per cent to $2.5 billion.",
            "2016-04-05",
            [
                ("real_growth", "unverifiable", "Romania increased spending by 11 per cent"),
                ("total_spending", "unverifiable", "to $2.5 billion."),
            ],
        ),
        # https://www.theguardian.com/news/datablog/2015/jul/08/uk-defence-spending-to-be-kept-at-2-of-gdp: a count
        # whose figure is a threshold, and Estonia's "2%" (not the tail of "2.2%")
        (
            "France, the UK, Greece and Turkey each spent 2.2% of their GDP on defence over the same period, while "
            "Estonia spent 2%.",
            "2015-07-08",
            [
                (
                    "count",
                    "unverifiable",
                    "France, the UK, Greece and Turkey each spent 2.2% of their GDP on defence over the same period",
                ),
                ("share_gdp", "unverifiable", "while Estonia spent 2%."),
            ],
        ),
    ],
)
def test_two_claims_two_clauses(ds: Dataset, text: str, as_of: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(ds, text, as_of) == expected
    if text in _GATED:
        kind, figures, word = _GATED[text]
        (r,) = [r for r in check_text(ds, text, as_of) if r.kind == kind]
        assert r.figures_verdict == figures and word in r.unread


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # https://www.brusselstimes.com/1721072/belgium-meets-2-nato-target-for-defence-spending-this-year
        (
            "Belgium's Federal Government previously reached an agreement to increase this target from 1.3% to 2% "
            "this year.",
            "2025-08-28",
        ),
        # https://newsukraine.rbc.ua/news/italy-to-boost-defense-spending-to-meet-nato-1746623808.html
        (
            "Earlier, it was reported that NATO is considering raising the defense spending benchmark from 2% to 3% "
            "of GDP.",
            "2025-05-07",
        ),
    ],
)
def test_near_miss_one_claim_two_figures_keeps_one_span(ds: Dataset, text: str, as_of: str) -> None:
    results = check_text(ds, text, as_of)
    assert len(results) == 1 and results[0].kind == "pledge"
    assert results[0].span is not None and results[0].span.text == text
