"""Sentence boundaries: natospend's splitter (claims/text.py) against pysbd, on the dev split of the article corpus.

Prints, for each splitter, the time to split the dev articles and a 1,000-word article (bench_claims.article), how
many labelled claims fall across a sentence boundary (a claim cut in two cannot be found), and the boundaries where
the two disagree (dev only: never read the test split to tune). pysbd is not a dependency of natospend (it lost on
this corpus, see docs/claims.md); install it by hand to run the comparison (`pip install pysbd==0.3.4`), otherwise
only natospend's splitter is timed.
Run: .venv/bin/python benchmarks/bench_sentences.py
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import article
from claims_eval import load_articles

from natospend.claims.text import clean_text, split_sentences

Splitter = Callable[[str], list[tuple[int, int]]]


def _pysbd() -> tuple[Splitter, float] | None:
    t0 = time.perf_counter()
    try:
        pysbd = importlib.import_module("pysbd")
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    startup = (time.perf_counter() - t0) * 1000

    def split(text: str) -> list[tuple[int, int]]:
        out = []
        for span in segmenter.segment(text):
            a, b = span.start, span.end
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
        return out

    return split, startup


def main() -> None:
    dev = [a for a in load_articles(clean=clean_text) if a.split == "dev"]
    texts = [clean_text(a.text) for a in dev]
    words = sum(len(t.split()) for t in texts)
    bench = article()
    splitters: dict[str, Splitter] = {"natospend": split_sentences}
    loaded = _pysbd()
    if loaded is None:
        print("pysbd is not installed: timing natospend's splitter only")
    else:
        splitters["pysbd"] = loaded[0]
        print(f"pysbd import + Segmenter(): {loaded[1]:.1f} ms")
    ends: dict[str, list[set[int]]] = {}
    for name, split in splitters.items():
        t0 = time.perf_counter()
        spans = [split(t) for t in texts]
        corpus_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        split(bench)
        bench_ms = (time.perf_counter() - t0) * 1000
        cut = sum(
            1
            for art, sp in zip(dev, spans, strict=True)
            for lab in art.claims
            if not any(a <= lab.start and lab.end <= b for a, b in sp)
        )
        ends[name] = [{b for _, b in sp} for sp in spans]
        labelled = sum(len(a.claims) for a in dev)
        print(
            f"{name:10s} dev ({len(dev)} articles, {words:,} words) {corpus_ms:7.1f} ms;"
            f" 1,000 words {bench_ms:6.1f} ms; labelled claims cut by a boundary: {cut} of {labelled}"
        )
    if "pysbd" in ends:
        for art, text, own, other in zip(dev, texts, ends["natospend"], ends["pysbd"], strict=True):
            for end in sorted(own ^ other):
                who = "natospend only" if end in own else "pysbd only    "
                print(f"  {who} {art.id[:40]:40s} {text[max(0, end - 45) : end + 25]!r}")


if __name__ == "__main__":
    main()
