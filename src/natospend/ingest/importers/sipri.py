"""SIPRI Military Expenditure Database workbooks (editions 2020, 2023 and 2025: data 1949-2019/2022/2024).

Every country sheet is read: local currency (financial and calendar years), constant and current US dollars,
share of GDP, per capita and share of government spending. Each sheet is found by its name, its header row by
'Country' in column A, its years by the header cells (ints, or floats such as 1949.0 in the 2023 edition), and
its scale by its own title text (local currency and per-capita figures are in units, US dollar figures in
millions; amounts are stored in millions, as the indicator codes say).

Only NATO allies are kept; regions and other states are skipped without a word. Conventions read from the
sheets: shares are fractions (stored as percent); '...', '. .' and '..' are 'data unavailable' and 'xxx' is
'country did not exist' (kept as empty values with a `missing:` flag); note markers in the Notes column (`†‡§¶‖`
and footnote numbers) become one flag such as `sipri_note:§4`, whose parts ('§', '4') are the markers of the
footnotes in ParseResult.notes (see `note_markers`). Every sheet says "Figures in blue are SIPRI estimates.
Figures in red indicate highly uncertain data": the font colours are read in every edition (RGB colours in the
2020 edition, legacy palette indexes 12 = blue and 10 = red in the Apache POI files of 2023 and 2025).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl.styles.colors import COLOR_INDEX

from natospend.errors import SchemaChangedError, closest
from natospend.ingest.importers import xlsx
from natospend.models import ImportWarning, Note, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release

LAYOUT = "sipri-milex"
SOURCE = "sipri"
FLAG_ESTIMATE = "sipri_estimate"  # blue figures
FLAG_UNCERTAIN = "sipri_highly_uncertain"  # red figures
NOTE_SYMBOLS = "†‡§¶‖"

#: Cell texts that stand for a missing figure -> the flag recorded with the empty value.
MISSING = {
    "...": "missing:not_available",
    ". .": "missing:not_available",
    "..": "missing:not_available",
    "xxx": "missing:did_not_exist",
    # (a printed 0 for an ally without armed forces becomes FLAG_NO_ARMED_FORCES)
}
FLAG_NO_ARMED_FORCES = "missing:no_armed_forces"  # SIPRI printed 0: the ally has no armed forces
_BLUE, _RED = "0000FF", "FF0000"

#: SIPRI spellings that the country table does not know (the 2020 edition's 'Slovak Rep.' and its typo).

_NOTE_RE = re.compile(rf"^([{NOTE_SYMBOLS}]*)(\d*)$")
_BOTTOM_NOTE_RE = re.compile(rf"^([{NOTE_SYMBOLS}])\s*(\S.*)$")


@dataclass(frozen=True, slots=True)
class SheetSpec:
    pattern: str  # regex matched against sheet names (full match)
    example: str  # the name as in the 2025 edition, for error messages
    indicator: str


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(r"Local currency financial years", "Local currency financial years", "nc_current_fy_m"),
    SheetSpec(r"Local currency calendar years", "Local currency calendar years", "nc_current_m"),
    SheetSpec(r"Constant \((\d{4})\) US(?:\$|D)", "Constant (2023) US$", "usd_constant_m"),
    SheetSpec(r"Current US(?:\$|D)", "Current US$", "usd_current_m"),
    SheetSpec(r"Share of GDP", "Share of GDP", "share_gdp"),
    SheetSpec(r"Per capita", "Per capita", "milex_per_capita_usd_current"),
    SheetSpec(r"Share of Govt\. spending", "Share of Govt. spending", "share_govt_spending"),
)
_SHARES = ("share_gdp", "share_govt_spending")
_LABEL_HEADERS = ("country", "notes", "currency", "reporting year", "")


def note_markers(flag_or_text: str) -> list[str]:
    """The footnote markers in a notes cell or flag: 'sipri_note:‡¶16' -> ['‡', '¶', '16']."""
    text = re.sub(r"\s+", "", flag_or_text.removeprefix("sipri_note:"))
    return list(re.findall(rf"[{NOTE_SYMBOLS}]|\d+", text))


@dataclass
class _Context:
    path: Path
    release: Release
    result: ParseResult
    palette: list[str]
    used_markers: set[str] = field(default_factory=set)


def parse(path: Path, release: Release) -> ParseResult:
    path = Path(path)
    # read_only is several times faster and still gives each cell's font and number format.
    with warnings.catch_warnings():
        # The 2023 edition lacks a default cell style; openpyxl supplies one and says so, which is only noise.
        warnings.filterwarnings("ignore", "Workbook contains no default style", UserWarning)
        wb = xlsx.open_workbook(path, read_only=True)
    result = ParseResult(layout=LAYOUT)
    ctx = _Context(path, release, result, list(getattr(wb, "_colors", COLOR_INDEX)))
    try:
        sheets = [(_find_sheet(wb, spec, path), spec) for spec in SHEETS]
        footnotes = _read_footnotes(xlsx.require_sheet(wb, "Footnotes", path))
        for ws, spec in sheets:
            bottom_notes = _parse_sheet(ws, spec, ctx)
            for marker, text in bottom_notes.items():
                footnotes.setdefault(marker, text)  # the 2020 edition repeats the symbols under each sheet
    finally:
        wb.close()
    for marker in sorted(ctx.used_markers, key=lambda m: (m.isdigit(), int(m) if m.isdigit() else 0, m)):
        if marker in footnotes:
            result.notes.append(Note(release.id, marker, footnotes[marker]))
        else:
            result.warnings.append(
                ImportWarning(path.name, "sheet 'Footnotes'", f"note marker {marker!r} is used but not explained")
            )
    return result


def _find_sheet(wb: Any, spec: SheetSpec, path: Path) -> Any:
    for name in wb.sheetnames:
        if re.fullmatch(spec.pattern, name.strip(), re.IGNORECASE):
            return wb[name]
    hints = closest(spec.example, wb.sheetnames)
    hint = f"; did you mean {', '.join(repr(h) for h in hints)}?" if hints else ""
    raise SchemaChangedError(
        path, f"sheet {spec.example!r}", f"sheet not found (sheets: {', '.join(wb.sheetnames)}){hint}"
    )


def _read_footnotes(ws: Any) -> dict[str, str]:
    """{marker: text} from the Footnotes sheet: symbol rows ('†', text) and numbered rows (12, '', text)."""
    out: dict[str, str] = {}
    for _, values in xlsx.iter_rows(ws):
        if not values:
            continue
        marker = _marker_text(values[0])
        if not marker or not _NOTE_RE.fullmatch(marker) or len(note_markers(marker)) != 1:
            continue
        text = next((xlsx.cell_text(v) for v in values[1:] if xlsx.cell_text(v)), "")
        if text:
            out.setdefault(marker, text)
    return out


def _marker_text(value: object) -> str:
    """A notes cell as compact text: 1 / 1.0 -> '1', '‡ ¶ 2' -> '‡¶2', '† ' -> '†'."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    return re.sub(r"\s+", "", str(value))


def _resolve(label: str) -> str | None:
    return countries.try_resolve(label)


def _parse_sheet(ws: Any, spec: SheetSpec, ctx: _Context) -> dict[str, str]:
    """Emit the allies' observations of one sheet; return the notes printed under its table (2020 edition)."""
    sheet = ws.title
    header_row, _ = xlsx.find_row(
        ws, r"^Country$", ctx.path, max_row=40, columns=(1,), what="header row ('Country' in column A)"
    )
    preamble = " ".join(
        xlsx.cell_text(v) for _, values in xlsx.iter_rows(ws, 1, header_row - 1) for v in values if xlsx.cell_text(v)
    )
    header = next(xlsx.iter_rows(ws, header_row, header_row))[1]
    years: dict[int, int] = {}  # column -> year
    named: dict[str, int] = {}  # lower-case header text -> column
    for col, value in enumerate(header, start=1):
        parsed = xlsx.parse_year(value)
        text = xlsx.cell_text(value)
        if parsed is not None:
            if parsed[0] in years.values():
                raise SchemaChangedError(
                    ctx.path, f"sheet {sheet!r}, cell {xlsx.address(header_row, col)}", f"year {parsed[0]} twice"
                )
            years[col] = parsed[0]
        elif text.lower().startswith("fiscal year"):
            named["fiscal year"] = col
        elif text.lower() in _LABEL_HEADERS:
            named.setdefault(text.lower(), col)
        else:
            # e.g. '2019 Current' in the 2020 edition's constant-dollar sheet (2019 at 2019 prices, which is
            # the 'Current USD' figure): not a year of this sheet's series.
            ctx.result.warnings.append(
                ImportWarning(
                    ctx.path.name,
                    f"sheet {sheet!r}, cell {xlsx.address(header_row, col)}",
                    f"column {text!r} is not a year; not imported",
                )
            )
    if not years or "notes" not in named:
        missing = "year columns" if not years else "'Notes' column"
        raise SchemaChangedError(ctx.path, f"sheet {sheet!r}, row {header_row}", f"header row has no {missing}")
    if spec.indicator.startswith("nc_") and "currency" not in named:
        raise SchemaChangedError(ctx.path, f"sheet {sheet!r}, row {header_row}", "header row has no 'Currency' column")
    unit, factor, base_year = _unit(spec, sheet, preamble, header, named, ctx)

    seen: dict[str, int] = {}
    bottom_notes: dict[str, str] = {}
    percent_formats = 0
    for offset, cells in enumerate(ws.iter_rows(min_row=header_row + 1)):
        row = header_row + 1 + offset
        label = xlsx.cell_text(cells[0].value) if cells else ""
        if not label:
            continue
        code = _resolve(label)
        if code is None or code not in _allies():
            if m := _BOTTOM_NOTE_RE.match(label):
                bottom_notes.setdefault(m.group(1), m.group(2))
            continue  # a region, an aggregate or a state outside NATO
        if code in seen:
            ctx.result.warnings.append(
                ImportWarning(
                    ctx.path.name,
                    f"sheet {sheet!r}, row {row}",
                    f"{label!r} again (first in row {seen[code]}); skipped",
                )
            )
            continue
        seen[code] = row
        flags: list[str] = []
        notes = _marker_text(_value(cells, named["notes"]))
        if notes:
            flags.append(f"sipri_note:{notes}")
            ctx.used_markers.update(note_markers(notes))
        row_unit = unit
        if "currency" in named:
            currency = xlsx.cell_text(_value(cells, named["currency"]))
            if currency:
                row_unit = unit.replace("national currency", f"national currency ({currency})")
        if "fiscal year" in named:
            stated = xlsx.cell_text(_value(cells, named["fiscal year"]))
            # SIPRI: "Financial years are always treated as starting in the specified year".
            row_unit += f", financial year: {stated or _default_fy(header, named)}; labelled by its starting year"
        if "reporting year" in named:
            stated = xlsx.cell_text(_value(cells, named["reporting year"]))
            row_unit += f", reporting year: {stated}" if stated else ""
        for col, year in years.items():
            cell = cells[col - 1] if col - 1 < len(cells) else None
            if cell is None or cell.value is None or xlsx.cell_text(cell.value) == "":
                continue
            if spec.indicator in _SHARES and "%" in (cell.number_format or ""):
                percent_formats += 1
            _emit(cell, code, year, row, col, spec, sheet, row_unit, factor, base_year, flags, ctx)
    if spec.indicator in _SHARES and seen and not percent_formats:
        raise SchemaChangedError(
            ctx.path,
            f"sheet {sheet!r}",
            "share values are no longer formatted as percent: cannot tell fractions from percentages",
        )
    return bottom_notes


@cache
def _allies() -> frozenset[str]:
    return frozenset(c.code for c in countries.allies())


def _value(cells: tuple[Any, ...], col: int) -> object:
    return cells[col - 1].value if col - 1 < len(cells) else None


def _default_fy(header: tuple[Any, ...], named: dict[str, int]) -> str:
    """'Jan-Dec (not stated; the sheet's default)' from the header 'Fiscal Year (Jan-Dec if not stated)'."""
    text = xlsx.cell_text(header[named["fiscal year"] - 1])
    m = re.search(r"\(([^)]*?) if not stated\)", text)
    return f"{m.group(1)} (not stated; the sheet's default)" if m else "not stated"


def _unit(
    spec: SheetSpec, sheet: str, preamble: str, header: tuple[Any, ...], named: dict[str, int], ctx: _Context
) -> tuple[str, float, int | None]:
    """(unit text, factor to the stored scale, base year) from the sheet name and its own title text."""
    scale = _scale(preamble)
    if spec.indicator in _SHARES:
        what = "GDP" if spec.indicator == "share_gdp" else "general government expenditure"
        return f"percent of {what} (SIPRI publishes fractions)", 100.0, None
    if spec.indicator == "milex_per_capita_usd_current":
        if scale != 1.0 or not re.search(r"current US\$", preamble):
            raise SchemaChangedError(
                ctx.path, f"sheet {sheet!r}, rows 1-5", f"expected 'Figures are in current US$'; found {preamble!r}"
            )
        return "US dollars per capita, current prices and exchange rates", 1.0, None
    factor = scale / 1e6  # stored in millions
    if spec.indicator.startswith("nc_"):
        if "local currency" not in preamble.lower():
            raise SchemaChangedError(ctx.path, f"sheet {sheet!r}, rows 1-7", f"no 'local currency' in {preamble!r}")
        period = "" if spec.indicator == "nc_current_fy_m" else ", calendar year"
        return f"million national currency, current prices{period}", factor, None
    if factor != 1.0:
        raise SchemaChangedError(ctx.path, f"sheet {sheet!r}, rows 1-5", f"expected US$ millions; found {preamble!r}")
    if spec.indicator == "usd_constant_m":
        m = re.fullmatch(spec.pattern, sheet.strip(), re.IGNORECASE)
        assert m is not None
        base_year = int(m.group(1))
        stated = re.search(r"constant \(?(\d{4})\)? (?:prices|US)", preamble, re.IGNORECASE)
        if stated and int(stated.group(1)) != base_year:
            raise SchemaChangedError(
                ctx.path, f"sheet {sheet!r}", f"sheet name says {base_year} prices, its title {stated.group(0)!r}"
            )
        return f"million US dollars, constant ({base_year}) prices and exchange rates", 1.0, base_year
    return "million US dollars, current prices and exchange rates", 1.0, None


def _scale(text: str) -> float:
    """The scale a sheet states: US$ m. / millions -> 1e6, billions -> 1e9, thousands -> 1e3, else units."""
    if re.search(r"\$\s?m\b|\bmillions?\b", text, re.IGNORECASE):
        return 1e6
    if re.search(r"\$\s?b\b|\bbillions?\b", text, re.IGNORECASE):
        return 1e9
    if re.search(r"\bthousands?\b", text, re.IGNORECASE):
        return 1e3
    return 1.0


def _colour(cell: Any, palette: list[str]) -> str | None:
    """'0000FF' / 'FF0000' / other RGB of the cell's font, or None when it has no explicit colour."""
    font = getattr(cell, "font", None)
    color = getattr(font, "color", None)
    if color is None:
        return None
    if color.type == "rgb" and isinstance(color.rgb, str):
        return color.rgb[-6:].upper()
    if color.type == "indexed" and isinstance(color.indexed, int) and 0 <= color.indexed < len(palette):
        return palette[color.indexed][-6:].upper()
    return None


def _emit(
    cell: Any,
    code: str,
    year: int,
    row: int,
    col: int,
    spec: SheetSpec,
    sheet: str,
    unit: str,
    factor: float,
    base_year: int | None,
    row_flags: list[str],
    ctx: _Context,
) -> None:
    flags = list(row_flags)
    raw = cell.value
    value: float | None
    decimals: int | None = None
    status = Status.ACTUAL
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if spec.indicator in _SHARES:
            value = round(raw * 100, 10)  # fraction -> percent, without float noise
        elif factor != 1.0:
            value = round(raw * factor, 6)  # units -> millions, keeping every published digit
        else:
            value = float(raw)
        # Printed decimals mean something only where the scale is unchanged (or fraction -> percent).
        decimals = xlsx.decimals_of(cell.number_format) if factor == 1.0 or spec.indicator in _SHARES else None
        colour = _colour(cell, ctx.palette)
        if colour == _BLUE:
            status, flags = Status.ESTIMATE, [*flags, FLAG_ESTIMATE]
        elif colour == _RED:
            status, flags = Status.ESTIMATE, [*flags, FLAG_UNCERTAIN]
        ally = countries.by_code().get(code)
        if value == 0 and ally is not None and not ally.has_armed_forces:
            # SIPRI prints 0 for Iceland ("no standing army ... thus no military expenditure", its note): not a
            # measured zero, so kept apart from real zeros as missing, the printed 0 said in the flag.
            value, decimals = None, None
            flags.append(FLAG_NO_ARMED_FORCES)
    else:
        text = xlsx.cell_text(raw)
        value = None
        flags.append(MISSING.get(text, f"missing:{text}"))
        if text not in MISSING:
            ctx.result.warnings.append(
                ImportWarning(
                    ctx.path.name,
                    f"sheet {sheet!r}, cell {xlsx.address(row, col)}",
                    f"{text!r} instead of a number ({code}, {year}); recorded as missing",
                )
            )
    price_basis = {
        "usd_constant_m": PriceBasis.CONSTANT,
        "share_gdp": PriceBasis.NONE,
        "share_govt_spending": PriceBasis.NONE,
    }.get(spec.indicator, PriceBasis.CURRENT)
    ctx.result.observations.append(
        Observation(
            source=SOURCE,
            release_id=ctx.release.id,
            country=code,
            year=year,
            indicator=spec.indicator,
            value=value,
            unit=unit,
            price_basis=price_basis,
            base_year=base_year,
            status=status,
            flags=tuple(flags),
            decimals=decimals,
            origin_file=ctx.path.name,
            origin_table=sheet,
            origin_cell=xlsx.address(row, col),
        )
    )
