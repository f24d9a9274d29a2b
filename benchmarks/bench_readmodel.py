"""Read-model timings: each analysis's first answer on a fresh Dataset (in a fresh interpreter, so every index is
built from the store), and all of them in one process (where one shared cache should pay off).

Figures are medians of 3 runs, in ms, and as ratios to `load()` + one query measured in the same process.
Run: .venv/bin/python benchmarks/bench_readmodel.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys

STEPS = {
    "status": "from natospend.analysis import compliance; compliance.status_table(ds)",
    "evaluate": "from natospend.analysis import compliance; compliance.evaluate(ds, 'vilnius-2023-2pct')",
    "count_history": "from natospend.analysis import compliance; compliance.count_history(ds, 2.0, 2023)",
    "path": "from natospend.analysis import projection; projection.required_path(ds, 'POL', 'hague-2025-core-3.5')",
    "burden": "from natospend.analysis import burden; burden.burden_table(ds)",
    "compare": "from natospend.analysis import compare; compare.compare(ds, 'GBR', 2020)",
    "check": "from natospend.claims import check_text; check_text(ds, 'Poland spends 4.1% of GDP.', '2025-07-01')",
}

SCRIPT = """
import sys, time
import natospend
t = time.perf_counter()
ds = natospend.load()
ds.observations("POL", "share_gdp", 2016)
base = time.perf_counter() - t
out = []
for code in sys.argv[1:]:
    t = time.perf_counter()
    exec(code)
    out.append(time.perf_counter() - t)
print(base, *out)
"""


def run(codes: list[str]) -> list[float]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, *codes], capture_output=True, text=True, check=True)
    return [float(x) * 1000 for x in done.stdout.split()]


def main() -> None:
    print(f"{'first answer on a fresh Dataset':34} {'ms':>8} {'x load+query':>13}")
    for name, code in STEPS.items():
        runs = [run([code]) for _ in range(3)]
        base, ms = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{name:34} {ms:8.1f} {ms / base:13.2f}")
    runs = [run(list(STEPS.values())) for _ in range(3)]
    base = statistics.median(r[0] for r in runs)
    total = statistics.median(sum(r[1:]) for r in runs)
    print(f"{'all of the above, one process':34} {total:8.1f} {total / base:13.2f}")


if __name__ == "__main__":
    main()
