"""`diff` of the two newest complete NATO releases: target (issue 13) <= 300 ms after start-up.

"Start-up" is loading the dataset (natospend imported); the first diff also reads the NATO observation files
(timed and printed apart), later diffs reuse them. Baseline, measured in the same run: reading one release's
observations from the loaded dataset (`ds.observations(release=...)`), the cheapest query the diff is built on.
Run: .venv/bin/python benchmarks/bench_diff.py
"""

from __future__ import annotations

import statistics
import time

import natospend
from natospend.analysis.diff import diff_releases


def main() -> None:
    t0 = time.perf_counter()
    ds = natospend.load()
    ds.releases()
    startup = (time.perf_counter() - t0) * 1000
    t = time.perf_counter()
    first = diff_releases(ds)
    cold = (time.perf_counter() - t) * 1000
    runs, base = [], []
    for _ in range(10):
        t = time.perf_counter()
        d = diff_releases(ds)
        runs.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        ds.observations(release=d.b.release_id)
        base.append((time.perf_counter() - t) * 1000)
    median, baseline = statistics.median(runs), statistics.median(base)
    print(f"diff {d.a.release_id} -> {d.b.release_id}: {d.compared:,} figures compared, {len(d.revisions):,} revised")
    print(f"start-up (load; natospend already imported):      {startup:8.1f} ms")
    print(f"first diff (reads the NATO observation files):    {cold:8.1f} ms")
    print(f"diff after start-up, median of 10:                {median:8.1f} ms  (target <= 300 ms)")
    print(f"diff after start-up, slowest of 10:               {max(runs):8.1f} ms")
    print(f"baseline, one release's observations, median:     {baseline:8.1f} ms  (diff = {median / baseline:.1f}x)")
    assert len(first.revisions) == len(d.revisions)


if __name__ == "__main__":
    main()
