"""The per-sentence gates of claims/parse.py pass extractors over in sentences that lack what their claims need, and
a pattern used often answers "no match" without running in a string that lacks its cue (claims/patterns.py); both
change the time, never the claims: the dev articles give the same claims with them off and on."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from natospend.claims import extract, patterns
from natospend.claims import parse as P
from natospend.claims.patterns import lazy

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "claims_articles"
DEV = [
    a
    for a in (tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(FOLDER.glob("*.toml")))
    if a["split"] == "dev"
]


def _claims(text: str, day: date) -> list[dict[str, Any]]:
    return [dataclasses.asdict(c) for c in extract(text, day)]


def test_gates_change_no_claim_on_the_dev_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(DEV) >= 40
    days = [date.fromisoformat(str(a["date"])) for a in DEV]
    gated = [_claims(a["text"], d) for a, d in zip(DEV, days, strict=True)]
    monkeypatch.setattr(P, "GATED", False)
    ungated = [_claims(a["text"], d) for a, d in zip(DEV, days, strict=True)]
    assert sum(map(len, gated)) > 300
    for article, on, off in zip(DEV, gated, ungated, strict=True):
        assert on == off, article["id"]


@pytest.mark.parametrize("gated", [True, False])
def test_a_share_sentence_skips_the_money_multiple_and_alliance_extractors(
    monkeypatch: pytest.MonkeyPatch, gated: bool
) -> None:
    called: list[str] = []
    for name in ("money_claims", "multiple_claims", "alliance_claims", "year_direction_claims", "combined_claims"):
        real = getattr(P, name)

        def spy(*args: Any, _name: str = name, _real: Any = real, **kwargs: Any) -> Any:
            called.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(P, name, spy)
    monkeypatch.setattr(P, "GATED", gated)
    claims = extract("Poland spends 4.1% of GDP on defence.", date(2024, 7, 1))
    assert [(c.kind, c.countries, c.value) for c in claims] == [("share_gdp", ["POL"], 4.1)]
    assert (called == []) is gated
    # a sentence with an amount still reaches the money extractor
    called.clear()
    money = extract("Germany spent $97.7 billion on defence in 2024.", date(2025, 6, 5))
    assert "money_claims" in called
    assert [(c.kind, c.countries) for c in money] == [("total_spending", ["DEU"])]


_UNCUED = """
import dataclasses, json, sys, tomllib
from datetime import date
from natospend.claims import patterns
patterns.CUED = False
from natospend.claims import extract
from natospend.claims import parse
parse.GATED = False
articles = json.load(sys.stdin)
print(json.dumps([[dataclasses.asdict(c) for c in extract(t, date.fromisoformat(d))] for t, d in articles]))
"""


def test_cued_patterns_change_no_claim_on_the_dev_articles() -> None:
    """In a fresh process with neither the cued patterns nor the gates, the dev articles give the claims they give
    here, where both are on (and the article corpus has made its patterns cued)."""
    articles = [(a["text"], str(a["date"])) for a in DEV]
    here = [_claims(t, date.fromisoformat(d)) for t, d in articles]
    assert P.GATED
    done = subprocess.run(
        [sys.executable, "-c", _UNCUED], input=json.dumps(articles), capture_output=True, text=True, check=True
    )
    plain = json.loads(done.stdout)
    assert len(plain) == len(here)
    for article, on, off in zip(DEV, json.loads(json.dumps(here)), plain, strict=True):
        assert on == off, article["id"]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_a_pattern_used_often_answers_without_running_where_its_cue_is_missing() -> None:
    """The cue is read after a few uses; then a string without "of gdp" gets no match at once, and every answer is
    the compiled pattern's."""
    source = r"(?P<share>\d+(?:\.\d+)?)\s?(?:%|per\s?cent)\s+of\s+GDP"
    cued, eager = lazy(source, re.I), re.compile(source, re.I)
    texts = [
        "Poland spends 4.12% of GDP on defence.",
        "Poland spends 4.12 per cent of gdp",
        "Spending rose 12% in real terms.",
        "",
        "Latvia 3.15% OF GDP; Estonia 3.43% of GDP",
        "Lo\u017fing 2% of GDP",  # long s: never passed over
    ]
    for _ in range(3):
        for text in texts:
            assert _span(cued.search(text)) == _span(eager.search(text))
            assert [m.span() for m in cued.finditer(text)] == [m.span() for m in eager.finditer(text)]
            assert cued.findall(text) == eager.findall(text)
            assert _span(cued.match(text)) == _span(eager.match(text))
            assert _span(cued.fullmatch(text, 14)) == _span(eager.fullmatch(text, 14))
    assert patterns.CUED and "search" in vars(cued) and not hasattr(cued.search, "__self__")  # the cued method
    uncued = lazy(r"\d+")  # no literal every match needs: the compiled pattern's own methods, no wrapper
    for _ in range(10):
        uncued.search("2024")
    assert uncued.search.__self__ is uncued.compiled  # type: ignore[attr-defined]
