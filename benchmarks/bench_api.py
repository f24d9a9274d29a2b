"""Benchmark the HTTP API on loopback. Prints figures; asserts nothing (page weight: bench_page_weight.py).

- requests per second and p50/p99 latency of GET /api/v1/status against GET /api/v1/health (a trivial endpoint of
  the same app), with the server in its own process (uvicorn, one worker) and an asyncio client with keep-alive;

Targets (issue 6): status at least half the trivial endpoint's throughput, p99 <= 50 ms.

    .venv/bin/python benchmarks/bench_api.py [--seconds 5] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import subprocess
import sys
import time

import httpx

SERVER = """
import sys, uvicorn
from natospend.interfaces.app import create_app
uvicorn.run(create_app(), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> int:
    """One keep-alive HTTP/1.1 request; returns the status. A tiny client, so the server is what is measured."""
    writer.write(raw)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
    await reader.readexactly(length)
    return status


async def load(port: int, path: str, seconds: float, concurrency: int) -> tuple[int, list[float]]:
    latencies: list[float] = []
    raw = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n\r\n".encode()
    stop = time.perf_counter() + seconds

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while time.perf_counter() < stop:
                start = time.perf_counter()
                status = await _request(reader, writer, raw)
                latencies.append(time.perf_counter() - start)
                if status != 200:
                    raise SystemExit(f"{path}: HTTP {status}")
        finally:
            writer.close()

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return int(len(latencies) / (time.perf_counter() - began)), latencies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port)])
    try:
        wait_until_up(base)
        started = time.perf_counter()
        httpx.get(f"{base}/api/v1/status", timeout=60)
        print(f"first /api/v1/status (computes the table): {(time.perf_counter() - started) * 1000:.0f} ms")
        results = {}
        for concurrency in (1, args.concurrency):
            for path in ("/api/v1/health", "/api/v1/status"):
                asyncio.run(load(port, path, 1.0, concurrency))  # warm-up
                rps, latencies = asyncio.run(load(port, path, args.seconds, concurrency))
                results[(path, concurrency)] = rps
                p50, p99 = (percentile(latencies, q) * 1000 for q in (0.5, 0.99))
                print(
                    f"{path:<16} concurrency {concurrency}: {rps:>6,} req/s   p50 {p50:6.2f} ms   p99 {p99:6.2f} ms"
                    f"   ({len(latencies):,} requests)"
                )
        for concurrency in (1, args.concurrency):
            ratio = results[("/api/v1/status", concurrency)] / results[("/api/v1/health", concurrency)]
            print(f"status / trivial throughput at concurrency {concurrency}: {ratio:.2f} (target >= 0.50)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
