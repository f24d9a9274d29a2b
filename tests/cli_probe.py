"""Runs the real `natospend` entry point in a fresh interpreter and says which heavy modules it imported: the one
probe behind the start-up tests (tests/test_startup.py, tests/test_fast_answers.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("pandas", "numpy", "pyarrow", "fastapi", "starlette", "plotly", "matplotlib", "duckdb", "natospend.claims",
         "natospend.analysis.compare", "pydantic", "markdown_it", "pygments")  # fmt: skip

_WRAPPER = f"""
import json, sys
sys.argv = ["natospend", *sys.argv[1:]]
code = 0
try:
    from natospend.interfaces.cli import main
    main()
except SystemExit as exc:
    code = exc.code
print(json.dumps({{"code": code, "imported": [m for m in {HEAVY!r} if m in sys.modules]}}), file=sys.stderr)
"""


def run_cli(*args: str) -> tuple[int, set[str], str, str]:
    """Exit code, the heavy modules imported, stdout, and stderr without the probe's report."""
    env = {**os.environ, "COLUMNS": "200"}  # wide enough that table cells are not folded
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, timeout=60, env=env)
    *rest, last = done.stderr.strip().splitlines()
    report = json.loads(last)
    return int(report["code"] or 0), set(report["imported"]), done.stdout, "\n".join(rest)
