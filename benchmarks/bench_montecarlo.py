"""Benchmark: 10,000 Monte Carlo simulations x every ally x each year to 2035 (target: <= 1 s on this machine).

Run: .venv/bin/python benchmarks/bench_montecarlo.py [--simulations 10000] [--repeats 5]
Prints the time to build the 31 required paths, to simulate them (one vectorised draw), and both together.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import natospend
from natospend.analysis import projection, uncertainty
from natospend.reference import countries

PLEDGE = "hague-2025-core-3.5"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simulations", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    ds = natospend.load()
    release = ds.latest_release("nato")
    present = set(ds.observations(release=release, indicator="usd_current_m")["country"])
    allies = [c.code for c in countries.allies() if c.code in present]
    projection.required_path(ds, allies[0], PLEDGE)  # warm the per-release caches (reading the CSV files)

    build, simulate, total = [], [], []
    for i in range(args.repeats):
        start = time.perf_counter()
        results = [projection.required_path(ds, code, PLEDGE) for code in allies]
        built = time.perf_counter()
        bands = uncertainty.simulate_results(results, args.simulations, seed=i, progress=False)
        done = time.perf_counter()
        build.append(built - start)
        simulate.append(done - built)
        total.append(done - start)
    # simulate_all does both steps; timed once more as the public entry point.
    start = time.perf_counter()
    uncertainty.simulate_all(ds, PLEDGE, args.simulations, seed=0, progress=False)
    public = time.perf_counter() - start

    years = len(results[0].table) - 1
    draws = args.simulations * len(allies) * years
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(
        f"data: {release}; pledge {PLEDGE}; {len(allies)} allies x {years} projected years x {args.simulations:,} "
        f"simulations = {draws:,} draws per series (GDP and exchange rate)"
    )
    print(f"rows out: {len(bands)}; repeats: {args.repeats}")
    for name, times in (("build 31 paths", build), ("simulate", simulate), ("paths + simulate", total)):
        print(f"{name:>18}: best {min(times):.3f} s, median {statistics.median(times):.3f} s")
    print(f"{'simulate_all':>18}: {public:.3f} s (one call, paths included)")
    verdict = "meets" if statistics.median(total) <= 1.0 else "MISSES"
    print(f"target <= 1 s for paths + simulation: {verdict} (median {statistics.median(total):.3f} s)")


if __name__ == "__main__":
    main()
