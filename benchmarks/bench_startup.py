"""Cold start of the commands people type, as a ratio to `python -c "import pandas"` measured in the same run.

Each command runs in a fresh process (whole process, wall clock), alternating with the pandas baseline so that a
busy machine slows both alike. Targets (issue 9): --help <= 0.25, show <= 0.6 (one ally, or every ally),
status <= 0.8, check <= 0.8.

The ratio (and the verdict) is of wall times; "cpu ratio" is of user+system CPU time, a check that holds up when
other work shares the machine; the load average is printed before and after. Run:
    .venv/bin/python benchmarks/bench_startup.py [runs] [WORD ...]   (default 7 runs per command; with WORDs, only
    the commands whose label contains one of them, e.g. `11 check help`)
"""

from __future__ import annotations

import os
import resource
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
    ("natospend show --indicator share_gdp --year 2024 --release nato-2024-06",
     [NATOSPEND, "show", "--indicator", "share_gdp", "--year", "2024", "--release", "nato-2024-06"], 0.6),
    ("natospend status", [NATOSPEND, "status"], 0.8),
    ('natospend check "Poland spends 4.1% of GDP on defence" --as-of 2024-07-01',
     [NATOSPEND, "check", "Poland spends 4.1% of GDP on defence", "--as-of", "2024-07-01"], 0.8),
]  # fmt: skip


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    return timed(cmd, env)[0]


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run; CPU time barely moves when the machine is busy."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    picked = [c for c in COMMANDS if not sys.argv[2:] or any(word in c[0] for word in sys.argv[2:])]
    # Warm the page cache and write the .pyc files once, untimed: pandas' were compiled at install, as a wheel's are;
    # natospend's editable sources get theirs here even where PYTHONDONTWRITEBYTECODE is set (as on the shared
    # machine), else every timed run would compile natospend from source while pandas does not.
    compiling = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for _, cmd, _ in picked:
        wall(cmd, compiling)
    wall(BASELINE)
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"{'command':78} {'median s':>9} {'pandas s':>9} {'ratio':>6} {'target':>8} {'cpu ratio':>10}")
    for label, cmd, target in picked:
        own, base = [], []
        for _ in range(runs):
            base.append(timed(BASELINE))
            own.append(timed(cmd))
        wall_own, wall_base = (statistics.median(t[0] for t in x) for x in (own, base))
        cpu_own, cpu_base = (statistics.median(t[1] for t in x) for x in (own, base))
        ratio = wall_own / wall_base
        verdict = "ok" if ratio <= target else "MISSED"
        print(
            f"{label:78} {wall_own:9.3f} {wall_base:9.3f} {ratio:6.2f} {'<= ' + format(target, '.2f'):>8} "
            f"{cpu_own / cpu_base:10.2f}  {verdict}"
        )
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
