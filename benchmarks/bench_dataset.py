"""Dataset timings: load() cold (fresh interpreter) and warm, a typical query, the full `data build`.

Targets (issue 2): load <= 200 ms, query <= 5 ms, build <= 30 s. Run: .venv/bin/python benchmarks/bench_dataset.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLD = """
import time
t0 = time.perf_counter()
import natospend
t = time.perf_counter()
ds = natospend.load()
ds.releases()
t1 = time.perf_counter()
ds.observations("POL", "share_gdp", 2016)
t2 = time.perf_counter()
print(f"{(t1 - t) * 1000:.1f} {(t2 - t1) * 1000:.1f} {(t - t0) * 1000:.1f}")
"""


def main() -> None:
    import natospend
    from natospend.ingest.build import build
    from natospend.paths import raw_dir

    cold = [subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(5)]  # fmt: skip
    print(f"import natospend (pandas etc.), cold:         {statistics.median(float(c[2]) for c in cold):8.1f} ms")
    print(f"load() cold, fresh interpreter (median of 5): {statistics.median(float(c[0]) for c in cold):8.1f} ms")
    print(f"first query, reads all sources (median of 5):{statistics.median(float(c[1]) for c in cold):8.1f} ms")

    ds = natospend.load()
    ds.observations("POL", "share_gdp", 2016)
    times = []
    for _ in range(20):
        t = time.perf_counter()
        natospend.load().releases()
        times.append(time.perf_counter() - t)
    print(f"load() warm (median of 20):                   {statistics.median(times) * 1000:8.2f} ms")

    queries = []
    for _ in range(200):
        t = time.perf_counter()
        ds.observations("Poland", "share_gdp", range(2014, 2027))
        queries.append(time.perf_counter() - t)
    print(f"typical query, warm (median of 200):          {statistics.median(queries) * 1000:8.2f} ms")
    t = time.perf_counter()
    ds.observations(source="sipri", indicator="share_gdp", country="USA", as_of="2024-01-01")
    print(f"SIPRI as-of query, first (dedupes vintages):   {(time.perf_counter() - t) * 1000:8.2f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        report = build(raw_dir(), Path(tmp) / "data")
        print(f"full data build:                              {time.perf_counter() - t:8.2f} s "
              f"({report.observations:,} observations, {report.releases} releases)")  # fmt: skip


if __name__ == "__main__":
    main()
