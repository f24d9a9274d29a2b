"""The per-sentence gates of claims/parse.py pass extractors over in sentences that lack what their claims need; they
change the time, never the claims: the dev articles give the same claims with the gates off and on."""

from __future__ import annotations

import dataclasses
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from natospend.claims import extract
from natospend.claims import parse as P

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
    for name in ("_money_claims", "_multiple_claims", "_alliance_claims", "_direction_claims", "_combined_claims"):
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
    assert "_money_claims" in called
    assert [(c.kind, c.countries) for c in money] == [("total_spending", ["DEU"])]
