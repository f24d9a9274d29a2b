"""Shared openpyxl helpers for the workbook importers: open, find sheets, rows and year headers by their text.

Importers find tables by what they say (titles, header rows, block labels), never by fixed cell coordinates,
so a moved table still parses and a renamed one fails with a clear error naming file, sheet and place.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook

from natospend.errors import InputFileError, SchemaChangedError, closest

#: A year header cell: 2014, 2014.0, '2019', '2023e', '2023 e', '2023E' (the 'e' marks an estimate).
_YEAR_RE = re.compile(r"^\s*((?:19|20)\d\d)(?:\.0)?\s*([eE])?\s*$")
_ERROR_RE = re.compile(r"#(REF!|N/A|DIV/0!|VALUE!|NAME\?|NUM!|NULL!)")


def open_workbook(path: Path, *, read_only: bool = False, data_only: bool = True) -> Workbook:
    """Open an .xlsx workbook; InputFileError naming the file if it is truncated, missing or not an .xlsx."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(path, "", "file not found")
    try:
        return openpyxl.load_workbook(path, read_only=read_only, data_only=data_only)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, EOFError, OSError, ValueError) as exc:
        raise InputFileError(
            path, "", f"not a readable .xlsx workbook (truncated, damaged or another format): {exc}"
        ) from exc


def require_sheet(wb: Workbook, name: str, file: str | Path) -> Any:
    """The worksheet called `name`; SchemaChangedError with the closest sheet names if it is absent."""
    if name in wb.sheetnames:
        return wb[name]
    hints = closest(name, wb.sheetnames)
    hint = f"; did you mean {', '.join(repr(h) for h in hints)}?" if hints else ""
    raise SchemaChangedError(file, f"sheet {name!r}", f"sheet not found (sheets: {', '.join(wb.sheetnames)}){hint}")


def cell_text(value: object) -> str:
    """A cell value as stripped text, runs of whitespace (incl. non-breaking spaces) folded to one space."""
    if value is None:
        return ""
    return re.sub(r"\s+", " ", str(value).replace("\xa0", " ")).strip()


def address(row: int, col: int) -> str:
    """A1 address of a 1-based (row, column)."""
    return f"{get_column_letter(col)}{row}"


def iter_rows(ws: Any, min_row: int = 1, max_row: int | None = None) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) for each row; works for normal and read-only worksheets."""
    for offset, values in enumerate(ws.iter_rows(min_row=min_row, max_row=max_row, values_only=True)):
        yield min_row + offset, tuple(values)


def find_row(
    ws: Any,
    pattern: str | re.Pattern[str],
    file: str | Path,
    *,
    min_row: int = 1,
    max_row: int | None = None,
    columns: tuple[int, ...] | None = None,
    what: str = "",
) -> tuple[int, int]:
    """(row, column) of the first cell whose text matches `pattern` (regex, case-insensitive for str).

    `columns` limits the search to those 1-based columns. Raises SchemaChangedError naming the sheet, the
    searched rows and what was looked for, with the closest texts found there.
    """
    regex = re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
    seen: list[str] = []
    for row, values in iter_rows(ws, min_row, max_row):
        for col, value in enumerate(values, start=1):
            if columns is not None and col not in columns:
                continue
            if isinstance(value, str):
                text = cell_text(value)
                if regex.search(text):
                    return row, col
                if text:
                    seen.append(text)
    span = f"rows {min_row}-{max_row}" if max_row else f"rows {min_row}-{ws.max_row}"
    hints = closest(regex.pattern, seen)
    hint = f"; closest texts found: {', '.join(repr(h) for h in hints)}" if hints else ""
    raise SchemaChangedError(
        file, f"sheet {ws.title!r}, {span}", f"{what or 'text'} matching {regex.pattern!r} not found{hint}"
    )


def parse_year(value: object) -> tuple[int, bool] | None:
    """(year, is_estimate) for a year header cell (int, float, '2019', '2023e'), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if float(value).is_integer() and 1900 <= value <= 2100:
            return int(value), False
        return None
    if isinstance(value, str):
        m = _YEAR_RE.match(value)
        if m:
            return int(m.group(1)), m.group(2) is not None
    return None


def read_year_header(ws: Any, row: int, *, min_col: int = 1) -> dict[int, tuple[int, bool]]:
    """{column: (year, is_estimate)} for every year cell in `row` from `min_col` on (other cells ignored)."""
    out: dict[int, tuple[int, bool]] = {}
    for _, values in iter_rows(ws, row, row):
        for col, value in enumerate(values, start=1):
            if col >= min_col:
                year = parse_year(value)
                if year is not None:
                    out[col] = year
    return out


def find_year_header(
    ws: Any,
    file: str | Path,
    *,
    min_row: int = 1,
    max_row: int | None = None,
    min_years: int = 2,
) -> tuple[int, dict[int, tuple[int, bool]]]:
    """The first row from `min_row` holding at least `min_years` year cells, with its year columns."""
    for row, values in iter_rows(ws, min_row, max_row):
        years = {c: y for c, v in enumerate(values, start=1) if (y := parse_year(v)) is not None}
        if len(years) >= min_years:
            return row, years
    span = f"rows {min_row}-{max_row or ws.max_row}"
    raise SchemaChangedError(
        file, f"sheet {ws.title!r}, {span}", f"no year header row (a row with >= {min_years} years) found"
    )


def decimals_of(number_format: str | None) -> int | None:
    """Decimals a number format displays ('#,##0.00' -> 2, '0' -> 0, '0.0%' -> 1); None for 'General'/text."""
    if not number_format or number_format.strip().lower() in ("general", "@"):
        return None
    section = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", number_format.split(";")[0])
    if not re.search(r"[0#?]", section):
        return None
    m = re.search(r"\.([0#?]+)", section)
    return len(m.group(1)) if m else 0


def is_error_value(value: object) -> bool:
    """True for Excel error literals such as '#REF!', '#N/A', '#DIV/0!', '#VALUE!'."""
    return isinstance(value, str) and bool(_ERROR_RE.fullmatch(value))
