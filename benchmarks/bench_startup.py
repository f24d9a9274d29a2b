"""Cold start of the commands people type, as a ratio to `python -c "import pandas"` measured in the same run.

Each command runs in a fresh process (whole process, wall clock), alternating with the pandas baseline so that a
busy machine slows both alike. Targets (issue 9): --help <= 0.25, show <= 0.6, status <= 0.8, check <= 0.8.

Run: .venv/bin/python benchmarks/bench_startup.py [runs]   (default 7 runs per command)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
NATOSPEND = str(BIN / "natospend")
BASELINE = [sys.executable, "-c", "import pandas"]
COMMANDS: list[tuple[str, list[str], float]] = [
    ("natospend --help", [NATOSPEND, "--help"], 0.25),
    ("natospend show --yeer (bad argument)", [NATOSPEND, "show", "POL", "--yeer", "2016"], 0.25),
    ("natospend show POL --indicator share_gdp --year 2016",
     [NATOSPEND, "show", "POL", "--indicator", "share_gdp", "--year", "2016"], 0.6),
    ("natospend status", [NATOSPEND, "status"], 0.8),
    ('natospend check "Poland spends 4.1% of GDP on defence" --as-of 2024-07-01',
     [NATOSPEND, "check", "Poland spends 4.1% of GDP on defence", "--as-of", "2024-07-01"], 0.8),
]  # fmt: skip


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    for _, cmd, _ in COMMANDS:  # warm the page cache and the .pyc files once, untimed
        wall(cmd)
    wall(BASELINE)
    print(f"{'command':78} {'median s':>9} {'pandas s':>9} {'ratio':>6} {'target':>7}")
    for label, cmd, target in COMMANDS:
        own, base = [], []
        for _ in range(runs):
            base.append(wall(BASELINE))
            own.append(wall(cmd))
        ratio = statistics.median(own) / statistics.median(base)
        verdict = "ok" if ratio <= target else "MISSED"
        print(
            f"{label:78} {statistics.median(own):9.3f} {statistics.median(base):9.3f} {ratio:6.2f} "
            f"{'<= ' + format(target, '.2f'):>7} {verdict}"
        )


if __name__ == "__main__":
    main()
