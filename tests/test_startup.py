"""Fast start: `--help`, argument errors and `show` import only what they need (checked in a fresh interpreter)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from cli_probe import run_cli

EVERYTHING_HEAVY = {"pandas", "numpy", "pyarrow", "fastapi", "starlette", "plotly", "matplotlib", "duckdb"}
SERVER_AND_CHARTS = {"fastapi", "starlette", "plotly", "matplotlib", "duckdb", "natospend.claims"}


def _run(*args: str) -> tuple[int, set[str], str]:
    code, imported, out, err = run_cli(*args)
    return code, imported, out + err


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["data", "--help"],
        ["show", "--help"],
        ["check", "--help"],
        ["show", "POL", "--yeer", "2016"],  # a misspelt option
        ["status", "--year", "twenty"],  # a value of the wrong type
        ["pledge", "show"],  # a missing argument (`show` alone is every ally)
        ["nonsense"],  # an unknown command
    ],
)
def test_help_and_argument_errors_import_nothing_heavy(args: list[str]) -> None:
    code, imported, output = _run(*args)
    assert code == (0 if "--help" in args else 2), output
    assert not imported & EVERYTHING_HEAVY, f"natospend {' '.join(args)} imported {sorted(imported)}"
    assert "natospend.claims" not in imported


@pytest.mark.parametrize("args", [["--help"], ["show", "--help"], ["show", "POL", "--yeer", "2016"], ["nonsense"]])
def test_help_and_option_errors_need_neither_pydantic_nor_markdown(args: list[str]) -> None:
    # typer validates values with pydantic and its renderer imports rich.markdown: neither is needed here.
    _, imported, _ = _run(*args)
    assert not imported & {"pydantic", "markdown_it", "pygments"}, sorted(imported)


def test_deferred_rich_classes_are_the_real_ones_when_used() -> None:
    script = """
import sys
import natospend.interfaces.cli
import typer.rich_utils as r
assert "markdown_it" not in sys.modules and "pygments" not in sys.modules
made = r.Markdown("# a title")
from rich.markdown import Markdown
assert isinstance(made, Markdown) and type(made).__module__ == "rich.markdown", type(made)
try:
    raise ValueError("x")
except ValueError as exc:
    shown = r.Traceback.from_exception(type(exc), exc, exc.__traceback__)
from rich.traceback import Traceback
assert isinstance(shown, Traceback)
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


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
    # Answered from the compact SQLite form: no pandas, numpy or pydantic.
    assert not imported & (EVERYTHING_HEAVY | {"pydantic"}), sorted(imported)


def test_show_of_every_ally_needs_no_pandas() -> None:
    code, imported, output = _run("show", "--indicator", "share_gdp", "--year", "2024", "--release", "nato-2024-06")
    assert code == 0, output
    assert "All allies: 31 figures (nato-2024-06)" in output
    assert not imported & (EVERYTHING_HEAVY | {"pydantic"} | SERVER_AND_CHARTS), sorted(imported)


def test_check_of_a_sentence_needs_neither_pandas_nor_pydantic() -> None:
    # The checker reads the compact form; `--file` (a Path, which typer coerces with pydantic) is not given.
    code, imported, output = _run("check", "Poland spends 4.1% of GDP on defence", "--as-of", "2024-07-01")
    assert code == 0, output
    assert "accurate" in output and "4.12%" in output
    assert not imported & (EVERYTHING_HEAVY | {"pydantic"}), sorted(imported)


def test_show_with_a_bad_country_still_names_it() -> None:
    code, _, output = _run("show", "Narnia")
    assert code == 1 and "Error: " in output and "Narnia" in output


def _eager_app() -> typer.Typer:
    """The command as it was built before commands loaded on demand: every module registered at start."""
    from natospend.interfaces.cli import MODULES, app

    eager = typer.Typer(name="natospend", help=app.info.help, no_args_is_help=True, add_completion=False)
    for module in MODULES:
        importlib.import_module(f"natospend.interfaces.cli.{module}").register(eager)
    return eager


@pytest.mark.parametrize("args", [["--help"], [], ["nonsense"], ["shwo", "POL"], ["--version"]])
def test_the_listing_from_summaries_equals_the_one_from_the_modules(args: list[str]) -> None:
    from natospend.interfaces.cli import app

    runner = CliRunner()
    lazy, eager = runner.invoke(app, args, terminal_width=100), runner.invoke(_eager_app(), args, terminal_width=100)
    assert (lazy.exit_code, lazy.output) == (eager.exit_code, eager.output)


def test_each_summary_names_the_module_that_registers_the_command() -> None:
    from natospend.interfaces.cli import COMMANDS, built

    eager = typer.main.get_group(_eager_app()).commands
    assert list(COMMANDS) == list(eager)
    for name, (module, _) in COMMANDS.items():
        assert name in built(module), f"{name} is not registered by natospend.interfaces.cli.{module}"
