"""Claim checker timings: a 1,000-word article checked after start-up, and the start-up itself.

Target (issue 10): a 1,000-word article checked in <= 50 ms after start-up. "Start-up" is the first check on a fresh
Dataset, which reads every release once and builds the in-memory index; it is timed and printed separately.
The article is the two seed articles plus sentences from the test corpus (real claims), cut at 1,000 words.
On a shared machine the wall time swings with the load (printed): the CPU time of the check and the fastest run
barely move with it.
Run: .venv/bin/python benchmarks/bench_claims.py
"""

from __future__ import annotations

import os
import statistics
import time
import tomllib
from pathlib import Path

import natospend
from natospend.claims import check_text, extract
from natospend.paths import raw_dir

ROOT = Path(__file__).resolve().parents[1]


def article(words: int = 1000) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((raw_dir().parent.parent / "seeds").glob("*.txt"))]
    corpus = tomllib.loads((ROOT / "tests" / "data" / "claims_corpus.toml").read_text(encoding="utf-8"))["claim"]
    parts += [c["text"] for c in corpus]
    text = "\n\n".join(parts).split()
    while len(text) < words:
        text += text
    return " ".join(text[:words])


def main() -> None:
    text = article()
    as_of = "2025-06-05"
    t0 = time.perf_counter()
    ds = natospend.load()
    first = check_text(ds, text, as_of)
    startup = (time.perf_counter() - t0) * 1000
    runs, cpu = [], []
    for _ in range(20):
        t, c = time.perf_counter(), time.process_time()
        results = check_text(ds, text, as_of)
        runs.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    parse = []
    for _ in range(20):
        t = time.perf_counter()
        extract(text)
        parse.append((time.perf_counter() - t) * 1000)
    print(f"article: {len(text.split()):,} words, {len(text):,} characters, {len(results)} claims checked")
    print(f"start-up (load + first check, builds the index): {startup:8.1f} ms")
    print(f"check after start-up, median of 20:               {statistics.median(runs):8.1f} ms  (target <= 50 ms)")
    print(f"check after start-up, slowest of 20:              {max(runs):8.1f} ms")
    print(f"check after start-up, fastest of 20:              {min(runs):8.1f} ms")
    # CPU time of this process: what the check costs when other work shares the machine's cores
    print(f"check after start-up, CPU time, median of 20:     {statistics.median(cpu):8.1f} ms")
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"extraction alone, median of 20:                   {statistics.median(parse):8.1f} ms")
    verdicts = statistics.median(runs) - statistics.median(parse)
    print(f"verdicts alone (check minus extraction):          {verdicts:8.1f} ms")
    corpus = [
        tomllib.loads(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "tests/data/claims_articles").glob("*.toml"))
    ]
    t = time.perf_counter()
    n = sum(len(check_text(ds, a["text"], a["date"])) for a in corpus)
    per = (time.perf_counter() - t) * 1000 / len(corpus)
    print(f"article corpus: {len(corpus)} real articles, {n} claims, {per:8.1f} ms per article after start-up")
    assert len(first) == len(results)


if __name__ == "__main__":
    main()
