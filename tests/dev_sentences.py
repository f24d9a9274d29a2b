"""The sentences of the dev split (the seed corpus and the dev articles), split as the checker splits them: the
text the cue tests check patterns against (tests/test_claims_speed_cues.py, tests/test_claims_startup_cues.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from natospend.claims.text import clean_text, split_sentences

_DATA = Path(__file__).resolve().parent / "data"


def dev_sentences() -> list[str]:
    texts = [c["text"] for c in tomllib.loads((_DATA / "claims_corpus.toml").read_text("utf-8"))["claim"]]
    for path in sorted((_DATA / "claims_articles").glob("*.toml")):
        article = tomllib.loads(path.read_text("utf-8"))
        if article["split"] == "dev":
            texts.append(article["text"])
    out = []
    for text in texts:
        clean = clean_text(text)
        out += [clean[a:b] for a, b in split_sentences(clean)]
    return out
