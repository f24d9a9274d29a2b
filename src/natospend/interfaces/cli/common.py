"""What every command shares: error handling, tables for people, JSON for programs."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from natospend.errors import NatoSpendError

console = Console()


#: Exit status of an internal error (a bug), apart from 1 (bad input, or "something changed" for diff/recheck).
INTERNAL_ERROR = 2


@contextmanager
def errors_to_exit(code: int = 1) -> Iterator[None]:
    """Turn natospend's own errors into `Error: ...` on stderr and exit `code` (no traceback). Commands whose exit
    status 1 means "something changed" (diff, recheck) use 2.

    Any other exception is a bug, never an answer: `Internal error: ...` naming the exception and where it was
    raised, the traceback with NATOSPEND_DEBUG=1, and exit status 2."""
    try:
        yield
    except NatoSpendError as exc:
        typer.echo(f"Error: {exc}", err=True)  # plain text: no wrapping, easy to grep
        raise typer.Exit(code) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        import os
        import traceback

        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{frame.filename.split('site-packages/')[-1]}:{frame.lineno} in {frame.name}"
        typer.echo(
            f"Internal error: {type(exc).__name__}: {exc} (raised at {where}). This is a bug in natospend, not an "
            "answer; please report it with the command you ran (NATOSPEND_DEBUG=1 shows the traceback).",
            err=True,
        )
        if os.environ.get("NATOSPEND_DEBUG"):
            traceback.print_exception(exc)
        raise typer.Exit(INTERNAL_ERROR) from None


def handled(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator form of errors_to_exit for typer commands."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with errors_to_exit():
            return fn(*args, **kwargs)

    return wrapper


def jsonable(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: jsonable(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def print_json(payload: Any) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=jsonable))


def print_frame(frame: pd.DataFrame, title: str = "", caption: str = "", columns: list[str] | None = None) -> None:
    table = Table(title=title or None, caption=caption or None, show_lines=False)
    shown = columns or list(frame.columns)
    for col in shown:
        numeric = pd.api.types.is_numeric_dtype(frame[col])
        table.add_column(col, justify="right" if numeric else "left", overflow="fold")
    for row in frame[shown].itertuples(index=False):
        table.add_row(*("" if pd.isna(v) else _fmt(v) for v in row))
    console.print(table)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 1e15 else str(value)
    return str(value)
