"""IISS The Military Balance, 'International comparisons of defence expenditure and military manpower'.

IISS figures are copyrighted: they are not shipped, this importer reads the user's own copy. Two layouts are
recognised by their content, not their file names:

- the wide transcription (one sheet per edition, Y2012..Y2020): row 1 holds group headers ('Defence Spending
  current US$ m', '... per capita (current US$)', '... % of GDP', 'Active Armed Forces (000)', 'Estimated
  Reservists (000)', 'Active Paramilitary (000)'), row 2 the years (three data years per spending group, the
  edition year for the manpower columns), an optional 'Footnote' column of letters; country rows follow, grouped
  by region, then a 'Summary' block and footnote text rows;
- the long extract (columns iso3c, year, milex, milexpc, milexpgdp and an edition tag such as 'mb2015' on rows
  filled from an older edition): milex is in US dollars (stored in millions), milexpgdp a fraction (stored as
  percent).

Every observation names its edition: origin_table is the sheet (Y2017 = The Military Balance 2017) and a flag
`iiss_edition:2017`. A '*' after a name marks IISS estimates (flag `iiss_estimate`, status estimate); 'n.k.',
'n.a.' and 'n/a' are kept as empty values flagged `missing:n.k.` etc. Only NATO allies are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from natospend.errors import SchemaChangedError
from natospend.ingest.importers import xlsx
from natospend.models import ImportWarning, Note, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release

SOURCE = "iiss"
FLAG_ESTIMATE = "iiss_estimate"
#: Missing-value texts as printed (with or without the final dot) -> the flag recorded with the empty value.
MISSING = {
    "n.k.": "missing:n.k.",
    "n.k": "missing:n.k.",
    "n.a.": "missing:n.a.",
    "n.a": "missing:n.a.",
    "n/a": "missing:n/a",
}
_EDITION_SHEET_RE = re.compile(r"^Y((?:19|20)\d\d)$")
_LONG_COLUMNS = ("iso3c", "year", "milex", "milexpc", "milexpgdp")
#: IISS spellings that the country table does not resolve. ('Macedonia, North' and 'Netherlands, The' are listed
#: there, but the comma inside those aliases currently splits the CSV field, so they are kept here too.)
_NOTE_LINE_RE = re.compile(r"^(\*{1,2}|\[\s*[a-z]\s*\]|[a-z](?=\s)|\d{1,2}(?=\s))\s*(\S.*)$")


@dataclass(frozen=True, slots=True)
class Group:
    pattern: str  # regex searched in the row-1 group header (whitespace folded)
    indicator: str
    unit: str
    price_basis: PriceBasis
    required: bool = True


GROUPS: tuple[Group, ...] = (
    Group(
        r"^Defence Spending current US\$ m$",
        "usd_current_m",
        "million US dollars, current prices",
        PriceBasis.CURRENT,
    ),
    Group(
        r"^Defence Spending per capita \(current US\$\)$",
        "milex_per_capita_usd_current",
        "US dollars per capita, current prices",
        PriceBasis.CURRENT,
    ),
    Group(r"^Defence Spending % of GDP$", "share_gdp", "percent of GDP", PriceBasis.NONE),
    Group(r"^Active Armed Forces \(000\)$", "active_forces_k", "thousand persons", PriceBasis.NONE),
    Group(r"^Estimated Reservists \(000\)$", "reservists_k", "thousand persons", PriceBasis.NONE, required=False),
    Group(r"^Active Paramilitary \(000\)$", "paramilitary_k", "thousand persons", PriceBasis.NONE, required=False),
)


def parse(path: Path, release: Release) -> ParseResult:
    path = Path(path)
    wb = xlsx.open_workbook(path, read_only=True)
    try:
        editions = sorted((n for n in wb.sheetnames if _EDITION_SHEET_RE.match(n.strip())), reverse=True)
        if editions:
            result = ParseResult(layout="iiss-military-balance-wide")
            for name in editions:
                _parse_edition(wb[name], path, release, result)
            return result
        first = wb.worksheets[0]
        header = [xlsx.cell_text(v).lower() for v in next(xlsx.iter_rows(first, 1, 1), (0, ()))[1]]
        if tuple(header[: len(_LONG_COLUMNS)]) == _LONG_COLUMNS:
            return _parse_long(first, path, release)
        raise SchemaChangedError(
            path,
            f"sheet {first.title!r}",
            "not an IISS layout: expected edition sheets named like 'Y2017' "
            f"(sheets: {', '.join(wb.sheetnames)}) or a first row {', '.join(_LONG_COLUMNS)} (found {header[:6]})",
        )
    finally:
        wb.close()


@cache
def _allies() -> frozenset[str]:
    return frozenset(c.code for c in countries.allies())


def _resolve(label: str) -> str | None:
    return countries.try_resolve(label)


# ---------------------------------------------------------------- wide layout (one sheet per edition)


@dataclass(frozen=True, slots=True)
class _Column:
    col: int  # 1-based
    year: int
    group: Group


def _parse_edition(ws: Any, path: Path, release: Release, result: ParseResult) -> None:
    sheet = ws.title.strip()
    m = _EDITION_SHEET_RE.match(sheet)
    assert m is not None
    edition = int(m.group(1))
    # Each edition is its own release (the same ally-year appears in up to three editions, often revised).
    release = replace(release, id=f"iiss-mb-{edition}")
    rows = [tuple(cells) for cells in ws.iter_rows()]  # one pass: read-only sheets re-parse on every access
    if len(rows) < 3:
        raise SchemaChangedError(path, f"sheet {sheet!r}", "fewer than 3 rows: no group headers, years and data")
    columns, footnote_col = _edition_columns(_values(rows[0]), _values(rows[1]), path, sheet)
    flags_edition = (f"iiss_edition:{edition}",)
    used_notes: set[str] = set()
    seen: dict[str, int] = {}
    end = len(rows)
    for index in range(2, len(rows)):
        cells, row = rows[index], index + 1
        label = xlsx.cell_text(cells[0].value) if cells else ""
        if label.lower() == "summary":
            end = index  # regional totals and footnote texts follow
            break
        code = _resolve(label) if label else None
        if code is None or code not in _allies():
            continue  # a region heading, a 'Total' row or a state outside NATO
        if code in seen:
            result.warnings.append(
                ImportWarning(
                    path.name,
                    f"sheet {sheet!r}, row {row}",
                    f"{label!r} again (first in row {seen[code]}); skipped",
                )
            )
            continue
        seen[code] = row
        flags = list(flags_edition)
        estimate = "*" in label
        if estimate:
            flags.append(FLAG_ESTIMATE)
            used_notes.add("*")
        markers = [x.strip() for x in re.findall(r"\[\s*([a-z])\s*\]", label)]
        if footnote_col is not None and footnote_col - 1 < len(cells):
            markers += re.findall(r"[a-z]", xlsx.cell_text(cells[footnote_col - 1].value))
        for marker in dict.fromkeys(markers):
            flags.append(f"iiss_note:{sheet}:{marker}")
            used_notes.add(marker)
        for column in columns:
            cell = cells[column.col - 1] if column.col - 1 < len(cells) else None
            _emit_wide(cell, column, code, row, sheet, tuple(flags), estimate, path, release, result)
    result.notes.extend(_edition_notes([_values(r) for r in rows[end:]], sheet, used_notes, release))


def _values(cells: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(c.value for c in cells)


def _edition_columns(
    groups_row: tuple[Any, ...], years_row: tuple[Any, ...], path: Path, sheet: str
) -> tuple[list[_Column], int | None]:
    """The data columns of an edition sheet (each group spans up to the next group header) and its footnote column."""
    starts: list[tuple[int, str]] = [
        (col, xlsx.cell_text(v)) for col, v in enumerate(groups_row, start=1) if xlsx.cell_text(v)
    ]
    footnote_col = next(
        (col for col, v in enumerate(years_row, start=1) if xlsx.cell_text(v).lower() == "footnote"), None
    )
    columns: list[_Column] = []
    found: dict[str, int] = {}
    for i, (start, text) in enumerate(starts):
        group = next((g for g in GROUPS if re.search(g.pattern, text, re.IGNORECASE)), None)
        if group is None:
            raise SchemaChangedError(
                path, f"sheet {sheet!r}, cell {xlsx.address(1, start)}", f"unknown group header {text!r}"
            )
        found[group.indicator] = start
        stop = starts[i + 1][0] if i + 1 < len(starts) else len(years_row) + 1
        for col in range(start, stop):
            parsed = xlsx.parse_year(years_row[col - 1]) if col - 1 < len(years_row) else None
            if parsed is not None:
                columns.append(_Column(col, parsed[0], group))
        if not any(c.group is group for c in columns):
            raise SchemaChangedError(
                path, f"sheet {sheet!r}, row 2", f"no year under the group header {text!r} ({xlsx.address(1, start)})"
            )
    missing = [g.pattern for g in GROUPS if g.required and g.indicator not in found]
    if missing:
        raise SchemaChangedError(
            path,
            f"sheet {sheet!r}, row 1",
            f"group header(s) {', '.join(repr(p) for p in missing)} not found; found {[t for _, t in starts]}",
        )
    return columns, footnote_col


def _emit_wide(
    cell: Any,
    column: _Column,
    code: str,
    row: int,
    sheet: str,
    flags: tuple[str, ...],
    estimate: bool,
    path: Path,
    release: Release,
    result: ParseResult,
) -> None:
    raw = cell.value if cell is not None else None
    address = xlsx.address(row, column.col)
    value: float | None
    decimals = None
    if raw is None or xlsx.cell_text(raw) == "":
        return
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = float(raw)
        decimals = xlsx.decimals_of(cell.number_format)
    else:
        text = xlsx.cell_text(raw).lower()
        value = None
        flags = (*flags, MISSING.get(text, f"missing:{text}"))
        if text not in MISSING:
            result.warnings.append(
                ImportWarning(
                    path.name, f"sheet {sheet!r}, cell {address}", f"{raw!r} instead of a number; recorded as missing"
                )
            )
    group = column.group
    result.observations.append(
        Observation(
            source=SOURCE,
            release_id=release.id,
            country=code,
            year=column.year,
            indicator=group.indicator,
            value=value,
            unit=group.unit,
            price_basis=group.price_basis,
            base_year=None,
            status=Status.ESTIMATE if estimate else Status.ACTUAL,
            flags=flags,
            decimals=decimals,
            origin_file=path.name,
            origin_table=sheet,
            origin_cell=address,
        )
    )


def _edition_notes(rows: list[tuple[Any, ...]], sheet: str, used: set[str], release: Release) -> list[Note]:
    """The footnotes printed below the Summary block that the imported rows refer to ('*', letters)."""
    texts: dict[str, str] = {}
    current = ""
    for values in rows:
        text = xlsx.cell_text(values[0]).replace("\ufeff", "").strip() if values else ""
        if not text or any(xlsx.cell_text(v) for v in values[1:]):
            current = ""  # a totals row, or a blank line
            continue
        m = _NOTE_LINE_RE.match(text)
        if m:
            current = re.sub(r"[\[\]\s]", "", m.group(1))
            texts[current] = m.group(2)
        elif current and text[:1].islower():
            texts[current] += " " + text  # a note continued on the next line
        else:
            current = ""
    return [Note(release.id, f"{sheet}:{marker}", texts[marker]) for marker in sorted(used) if marker in texts]


# ---------------------------------------------------------------- long layout (iso3c, year, milex, ...)


def _parse_long(ws: Any, path: Path, release: Release) -> ParseResult:
    result = ParseResult(layout="iiss-milex-long")
    sheet = ws.title
    specs = (
        (2, "usd_current_m", "million US dollars, current prices (extract in US dollars)", PriceBasis.CURRENT, 1e-6),
        (3, "milex_per_capita_usd_current", "US dollars per capita, current prices", PriceBasis.CURRENT, 1.0),
        (4, "share_gdp", "percent of GDP (extract in fractions)", PriceBasis.NONE, 100.0),
    )
    allies = _allies()
    for row, values in xlsx.iter_rows(ws, 2):
        code = xlsx.cell_text(values[0]).upper() if values else ""
        if code not in allies:
            continue
        year = xlsx.parse_year(values[1]) if len(values) > 1 else None
        if year is None:
            result.warnings.append(
                ImportWarning(path.name, f"sheet {sheet!r}, cell B{row}", f"no year ({values[1]!r}); row skipped")
            )
            continue
        flags: tuple[str, ...] = ()
        tag = xlsx.cell_text(values[5]) if len(values) > 5 else ""
        if tag:
            m = re.fullmatch(r"mb((?:19|20)\d\d)", tag, re.IGNORECASE)
            flags = (f"iiss_edition:{m.group(1)}",) if m else (f"iiss_edition:{tag}",)
        for col, indicator, unit, basis, factor in specs:
            raw = values[col] if col < len(values) else None
            if raw is None or xlsx.cell_text(raw) == "":
                continue
            if not isinstance(raw, int | float) or isinstance(raw, bool):
                result.warnings.append(
                    ImportWarning(
                        path.name,
                        f"sheet {sheet!r}, cell {xlsx.address(row, col + 1)}",
                        f"{raw!r} is not a number; not imported",
                    )
                )
                continue
            result.observations.append(
                Observation(
                    source=SOURCE,
                    release_id=release.id,
                    country=code,
                    year=year[0],
                    indicator=indicator,
                    value=round(raw * factor, 10) if factor != 1.0 else float(raw),
                    unit=unit,
                    price_basis=basis,
                    base_year=None,
                    status=Status.ACTUAL,
                    flags=flags,
                    decimals=None,
                    origin_file=path.name,
                    origin_table=sheet,
                    origin_cell=xlsx.address(row, col + 1),
                )
            )
    return result
