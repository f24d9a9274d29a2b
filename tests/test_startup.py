"""Fast start: `--help`, argument errors and `show` import only what they need (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# Runs the real entry point with the given arguments, then reports which heavy packages ended up imported.
WRAPPER = """
import json, sys
sys.argv = ["natospend", *sys.argv[1:]]
code = 0
try:
    from natospend.interfaces.cli import main
    main()
except SystemExit as exc:
    code = exc.code
heavy = ("pandas", "numpy", "pyarrow", "fastapi", "starlette", "plotly", "matplotlib", "duckdb", "natospend.claims")
print(json.dumps({"code": code, "imported": [m for m in heavy if m in sys.modules]}), file=sys.stderr)
"""
EVERYTHING_HEAVY = {"pandas", "numpy", "pyarrow", "fastapi", "starlette", "plotly", "matplotlib", "duckdb"}
SERVER_AND_CHARTS = {"fastapi", "starlette", "plotly", "matplotlib", "duckdb", "natospend.claims"}


def _run(*args: str) -> tuple[int, set[str], str]:
    env = {**os.environ, "COLUMNS": "200"}  # wide enough that table cells are not folded
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True, timeout=60, env=env)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return int(report["code"] or 0), set(report["imported"]), done.stdout + done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["data", "--help"],
        ["show", "--help"],
        ["check", "--help"],
        ["show", "POL", "--yeer", "2016"],  # a misspelt option
        ["status", "--year", "twenty"],  # a value of the wrong type
        ["show"],  # a missing argument
        ["nonsense"],  # an unknown command
    ],
)
def test_help_and_argument_errors_import_nothing_heavy(args: list[str]) -> None:
    code, imported, output = _run(*args)
    assert code == (0 if "--help" in args else 2), output
    assert not imported & EVERYTHING_HEAVY, f"natospend {' '.join(args)} imported {sorted(imported)}"
    assert "natospend.claims" not in imported


def test_help_lists_every_command() -> None:
    code, _, output = _run("--help")
    assert code == 0
    for command in ("data", "show", "status", "pledges", "pledge", "gap", "burden", "serve", "chart", "compare"):
        assert command in output


def test_show_needs_neither_server_nor_charts_nor_checker() -> None:
    code, imported, output = _run("show", "POL", "--indicator", "share_gdp", "--year", "2016")
    assert code == 0, output
    assert "Poland: 3 figures" in output and "nato-2026-07" in output
    assert not imported & SERVER_AND_CHARTS, sorted(imported)


def test_show_with_a_bad_country_still_names_it() -> None:
    code, _, output = _run("show", "Narnia")
    assert code == 1 and "Error: " in output and "Narnia" in output
