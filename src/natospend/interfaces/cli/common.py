"""What every command shares: error handling, tables for people, JSON for programs."""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from natospend.errors import InvalidArgumentError, NatoSpendError

if TYPE_CHECKING:
    import pandas as pd


class _Console(Console):
    """rich reads $COLUMNS once, when the console is made; a command reads it when it prints, so the width is the
    one in force for this run (a test, a pipe, a resized terminal), not the one at import."""

    @property
    def width(self) -> int:
        columns = os.environ.get("COLUMNS", "")
        return int(columns) if columns.isdigit() and self._width is None else super().width

    @width.setter
    def width(self, width: int) -> None:
        self._width = width


console = _Console()


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
    pandas = sys.modules.get("pandas")  # pandas' missing markers exist only once something imported pandas
    if pandas is not None and (value is pandas.NA or value is pandas.NaT):
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


def print_lines(lines: list[str]) -> None:
    """Plain lines (notes under a table), wrapped at spaces to the terminal, never read as markup."""
    for line in lines:
        console.print(line, markup=False, highlight=False)


def fitted_table(frame: pd.DataFrame, title: str = "", caption: str = "", right: tuple[str, ...] = ()) -> Table:
    """A table that breaks cells only between words (`fitted_rows`), from a frame."""
    return fitted_rows([str(c) for c in frame.columns], list(frame.itertuples(index=False)), title, caption, right)


def fitted_rows(
    columns: list[str], rows: list[Any], title: str = "", caption: str = "", right: tuple[str, ...] = ()
) -> Table:
    """A table that breaks cells only between words: each column is at least as wide as its longest word (ids such
    as hague-2025-core-3.5 stay whole); two spaces between columns, no outer border, so 80 columns go far. Room is
    left for a short flags/provenance column beside the figures and note lines under the table."""
    table = Table(
        title=title or None,
        caption=caption or None,
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        padding=(0, 1, 0, 0),
        show_edge=False,
    )
    for i, col in enumerate(columns):
        words = [w for row in rows for w in ("" if _blank(row[i]) else str(row[i])).split()] + col.split()
        table.add_column(
            col,
            justify="right" if col in right else "left",
            overflow="fold",
            min_width=max((len(w) for w in words), default=1),
        )
    for row in rows:
        table.add_row(*("" if _blank(v) else str(v) for v in row))
    return table


def origin_column(frame: pd.DataFrame, wide: bool) -> tuple[pd.Series, str]:
    """Where each figure was read (store/provenance.origin_text), and a note line naming the files once: on a
    narrow screen the cells say 'line 3596 of a transcription of Table 3' and the note which file that is."""
    from natospend.store import provenance  # pandas and numpy: only once there is a frame

    if wide:
        return frame["origin"], ""
    note = _files_note(zip(frame["release_id"], frame["origin_file"], frame["origin"], strict=True))
    return provenance.origins(frame, short=True), note


def origin_cells(rows: list[dict[str, Any]], wide: bool) -> tuple[list[str], str]:
    """`origin_column` for plain rows (dicts with the same columns), for commands that answer without pandas."""
    from natospend.store.provenance import origin_text

    if wide:
        return [str(r["origin"]) for r in rows], ""
    note = _files_note((r["release_id"], r["origin_file"], r["origin"]) for r in rows)
    short = [origin_text(r["origin_file"], r["origin_table"], r["origin_cell"], short=True) for r in rows]
    return short, note


def _files_note(origins: Iterable[tuple[Any, Any, Any]]) -> str:
    """'Files: release: file; ...' for the files the full origins name (release id, file name, full origin)."""
    files = {
        f"{rid}: {name}"
        for rid, name, full in origins
        if name and (f" of {name}" in str(full) or f" in {name}" in str(full))
    }
    return "Files: " + "; ".join(sorted(files)) + "." if files else ""


def print_citations(citations: Iterable[str]) -> None:
    """'Cite as: NATO, ..., 10 July 2026, Table 3; transcribed from ...' under a table, one line per release."""
    print_lines([f"Cite as: {c}." for c in dict.fromkeys(c for c in citations if c)])


def _blank(value: Any) -> bool:
    pandas = sys.modules.get("pandas")  # pandas' NA exists only once something imported pandas
    return (
        value is None or (pandas is not None and value is pandas.NA) or (isinstance(value, float) and math.isnan(value))
    )


def print_frame(frame: pd.DataFrame, title: str = "", caption: str = "", columns: list[str] | None = None) -> None:
    import pandas as pd

    shown = frame[columns or list(frame.columns)]
    right = tuple(c for c in shown.columns if pd.api.types.is_numeric_dtype(shown[c]))
    text = shown.astype(object).map(lambda v: "" if _blank(v) else _fmt(v))
    print_table(fitted_table(text, title, caption, right))


def print_rows(rows: list[dict[str, Any]], columns: list[str], title: str = "", right: tuple[str, ...] = ()) -> None:
    """`print_frame` for plain rows (dicts), for commands that answer without pandas; `right`: the numeric columns."""
    text = [["" if _blank(row[c]) else _fmt(row[c]) for c in columns] for row in rows]
    print_table(fitted_rows(columns, text, title, right=right))


def print_table(table: Table) -> None:
    """Print a table at the terminal's width; wider only if its words cannot fit (never crop a figure)."""
    needed = console.measure(table, options=console.options.update_width(1000)).minimum
    if needed <= console.width:
        _fix_widths(table, console.width)
        console.print(table)
    else:
        Console(width=needed, force_terminal=console.is_terminal).print(table)


def _fix_widths(table: Table, width: int) -> None:
    """Give each column a fixed width that fits `width` and is never below the column's minimum (its longest word).

    rich narrows the widest columns first without looking at their minimums, then widens them back to the minimum,
    so the table comes out wider than the terminal and the console crops the last column mid-word
    ("precision_inferre"). Narrowing here one character at a time from the widest column that can still give way
    keeps every word whole; a column with a fixed width is left alone by rich.
    """
    options = console.options.update_width(width)
    # rich has no public per-column measure; these are the measures it uses itself.
    ranges = [table._measure_column(console, options, column) for column in table.columns]
    pads = [table._get_padding_width(column._index) for column in table.columns]
    widths = [r.maximum for r in ranges]
    room = width - table._extra_width
    while sum(widths) > room:
        give = [i for i, w in enumerate(widths) if w > ranges[i].minimum]
        if not give:
            return  # cannot fit without breaking a word: print_table's caller widened the console already
        widest = max(give, key=lambda i: widths[i])
        widths[widest] -= 1
    for column, w, pad in zip(table.columns, widths, pads, strict=True):
        column.width = w - pad


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 1e15 else str(value)
    return str(value)


#: Years a command accepts: NATO was founded in 1949; projections run to 2100 at most.
YEAR_RANGE = (1949, 2100)


def parse_years(text: str | None, option: str = "--years") -> list[int] | None:
    """'2014-2026', '2016,2024', '2014-2016,2020' or '2016' -> sorted distinct years; None when not given."""
    if text is None or not text.strip():
        return None
    lo_ok, hi_ok = YEAR_RANGE
    years: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        bounds = part.split("-") if part.count("-") == 1 else [part]
        if not all(b.strip().isdigit() and len(b.strip()) == 4 for b in bounds):
            raise InvalidArgumentError(
                option, f"{part!r} in {text!r} is not a year or a range of years (e.g. 2014-2026 or 2016,2024)"
            )
        first, last = int(bounds[0]), int(bounds[-1])
        if first > last:
            raise InvalidArgumentError(option, f"range {part!r} runs backwards; did you mean {last}-{first}?")
        if first < lo_ok or last > hi_ok:
            raise InvalidArgumentError(option, f"{part!r} is outside {lo_ok}-{hi_ok}")
        years.update(range(first, last + 1))
    return sorted(years)


def years_option(year: list[int] | None, years: str | None) -> list[int] | None:
    """--year (repeatable) and --years (ranges, lists) together."""
    out = set(year or []) | set(parse_years(years) or [])
    return sorted(out) or None
