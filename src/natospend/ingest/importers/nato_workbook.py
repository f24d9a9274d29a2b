"""NATO release workbook, 2024 layout ("Defence Expenditure of NATO Countries (2014-2024)", Tables 1-8b).

Each table is found by its title, then its year header row below it, then its block labels ("Current prices",
"Constant 2015 prices", ...). Rows are matched by the country label at their left, so a moved table still parses
and a renamed title, header or block fails with SchemaChangedError naming file, sheet and place.

Conventions read from the sheets: '2023e' headers are estimates; a '*' after a name marks an ally with a national
law or agreement requiring >= 2% (footnote on each sheet); '#REF!' cells are missing. NATO leaves some hidden rows
without a country label (aggregates of national currencies and of category shares): their cells cannot be
attributed to a country, so they are reported as warnings and not imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from natospend.errors import SchemaChangedError
from natospend.ingest.importers import xlsx
from natospend.models import ImportWarning, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries, indicators
from natospend.reference.manifest import Release

LAYOUT = "nato-tables-2024"
FLAG_2PCT_LAW = "national_2pct_law"
#: The currency in brackets after a Table 1 country label, e.g. 'Albania   (Leks)'.
_CURRENCY_RE = re.compile(r"\(([^)]*)\)\s*$")
_BASE_YEAR_RE = re.compile(r"\b((?:19|20)\d\d) prices\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Block:
    label: str  # regex matched against the block label text (full match, case-insensitive)
    indicator: str


@dataclass(frozen=True, slots=True)
class Table:
    sheet: str
    title: str  # regex matched against the title text
    blocks: tuple[Block, ...] = ()
    #: indicator of year columns in a table without blocks (Table 7, Table 4's amounts)
    indicator: str = ""
    #: non-year header columns: (regex with groups `year` and `e`, indicator)
    extra_columns: tuple[tuple[str, str], ...] = ()
    currency_in_label: bool = False


TABLES: tuple[Table, ...] = (
    Table(
        "TABLE1",
        r"^Table 1 ?: ?Defence expenditure$",
        (Block(r"Current prices", "nc_current_m"), Block(r"Constant \d{4} prices", "nc_constant_m")),
        currency_in_label=True,
    ),
    Table(
        "TABLE2",
        r"^Table 2 ?: ?Defence expenditure$",
        (
            Block(r"Current prices and exchange rates", "usd_current_m"),
            Block(r"Constant \d{4} prices and exchange rates", "usd_constant_m"),
        ),
    ),
    Table(
        "TABLE3",
        r"^Table 3 ?: ?Defence expenditure as a share of GDP and annual real change$",
        (Block(r"Share of real GDP \(%\)", "share_gdp"), Block(r"Annual real change \(%\)", "real_change")),
    ),
    Table(
        "TABLE4",
        r"^Table 4 ?: ?Defence expenditure real change 2014-\d{4}e?$",
        indicator="usd_constant_m_table4",
        extra_columns=(
            (r"Real change 2014-(?P<year>\d{4})(?P<e>e?) \(%\)", "real_change_since_2014"),
            (r"Share of real GDP (?P<year>\d{4})(?P<e>e?) \(%\)", "share_gdp_table4"),
        ),
    ),
    Table(
        "TABLE5",
        r"^Table 5 ?: ?GDP$",
        (
            Block(r"Current prices and exchange rates", "gdp_usd_current_m"),
            Block(r"Constant \d{4} prices and exchange rates", "gdp_usd_constant_m"),
        ),
    ),
    Table(
        "TABLE6",
        r"^Table 6 ?: ?GDP per capita and defence expenditure per capita$",
        (
            Block(r"GDP per capita \(thousand US dollars\)", "gdp_per_capita_usd_constant_k"),
            Block(r"Defence expenditure per capita \(US dollars\)", "milex_per_capita_usd_constant"),
        ),
    ),
    Table("TABLE7", r"^Table 7 ?: ?Military personnel$", indicator="military_personnel_k"),
    Table(
        "TABLE8a",
        r"^Table 8a ?: ?Distribution of defence expenditure by main category$",
        (Block(r"Equipment \(a\)", "equipment_share"), Block(r"Personnel \(b\)", "personnel_share")),
    ),
    Table(
        "TABLE8b",
        r"^Table 8b ?: ?Distribution of defence expenditure by main category$",
        (Block(r"Infrastructure \(c\)", "infrastructure_share"), Block(r"Other \(d\)", "other_share")),
    ),
)


@dataclass(frozen=True, slots=True)
class _Column:
    year: int
    estimate: bool
    indicator: str  # "" = the indicator of the current block
    header: str  # header text, used in the unit of extra columns


@dataclass
class _Context:
    path: Path
    release: Release
    result: ParseResult
    sheet: str
    unit_line: str


def parse(path: Path, release: Release) -> ParseResult:
    path = Path(path)
    wb = xlsx.open_workbook(path)
    result = ParseResult(layout=LAYOUT)
    try:
        for table in TABLES:
            ws = xlsx.require_sheet(wb, table.sheet, path)
            _parse_table(ws, table, _Context(path, release, result, table.sheet, ""))
    finally:
        wb.close()
    return result


def _parse_table(ws: Any, table: Table, ctx: _Context) -> None:
    title_row, _ = xlsx.find_row(ws, table.title, ctx.path, what="table title")
    header_row, _ = xlsx.find_year_header(ws, ctx.path, min_row=title_row + 1, max_row=title_row + 10)
    ctx.unit_line = _unit_line(ws, title_row, header_row)
    columns = _header_columns(ws, table, header_row, ctx)
    first_col = min(columns)
    blocks_seen: dict[str, int] = {}  # block regex -> row of its label
    block: Block | None = None
    block_text = ""  # the block label as printed, e.g. 'Constant 2015 prices'
    seen_in_block: dict[str, int] = {}  # country -> row, to catch a missed block label
    unlabelled: list[str] = []  # texts of label-only rows that are not blocks (notes, footers)
    for cells in ws.iter_rows(min_row=header_row + 1):
        row = cells[0].row
        label = " ".join(xlsx.cell_text(c.value) for c in cells[: first_col - 1] if xlsx.cell_text(c.value))
        data = {c.column: c for c in cells if c.column in columns and c.value not in (None, "")}
        if not data:
            matched = _match_block(table, label)
            if matched is not None:
                if matched.label in blocks_seen:
                    raise SchemaChangedError(
                        ctx.path,
                        f"sheet {ctx.sheet!r}, row {row}",
                        f"block label {label!r} appears twice (rows {blocks_seen[matched.label]} and {row})",
                    )
                blocks_seen[matched.label] = row
                block, block_text, seen_in_block = matched, label, {}
            elif label:
                unlabelled.append(label)
            continue
        if not label:
            _warn_unlabelled_row(ws, row, data, ctx)
            continue
        code = countries.try_resolve(label)
        if code is None:
            ctx.result.warnings.append(
                ImportWarning(
                    ctx.path.name,
                    f"sheet {ctx.sheet!r}, row {row}",
                    f"unknown country label {label!r}; row not imported",
                )
            )
            continue
        if table.blocks and block is None:
            raise SchemaChangedError(
                ctx.path,
                f"sheet {ctx.sheet!r}, row {row}",
                f"data row {label!r} before any block label; expected one of "
                f"{', '.join(repr(b.label) for b in table.blocks)}",
            )
        if code in seen_in_block:
            raise SchemaChangedError(
                ctx.path,
                f"sheet {ctx.sheet!r}, row {row}",
                f"{label!r} appears twice in one block (rows {seen_in_block[code]} and {row}); "
                f"a block label was probably renamed (label rows seen: {unlabelled})",
            )
        seen_in_block[code] = row
        for col, cell in sorted(data.items()):
            indicator = columns[col].indicator or (block.indicator if block else "")
            _emit(cell, code, label, columns[col], indicator, block_text, table, ctx)
    missing = [b.label for b in table.blocks if b.label not in blocks_seen]
    if missing:
        raise SchemaChangedError(
            ctx.path,
            f"sheet {ctx.sheet!r}, rows {header_row + 1}-{ws.max_row}",
            f"block label(s) {', '.join(repr(m) for m in missing)} not found; label rows seen: {unlabelled}",
        )


def _unit_line(ws: Any, title_row: int, header_row: int) -> str:
    """The first text between the title and the year header (e.g. 'Million US dollars')."""
    for _, values in xlsx.iter_rows(ws, title_row + 1, header_row - 1):
        for value in values:
            if xlsx.cell_text(value):
                return xlsx.cell_text(value)
    return ""


def _header_columns(ws: Any, table: Table, header_row: int, ctx: _Context) -> dict[int, _Column]:
    years = xlsx.read_year_header(ws, header_row)
    first = min(years)
    out: dict[int, _Column] = {}
    for cell in ws[header_row]:
        text = xlsx.cell_text(cell.value)
        if cell.column < first or not text:
            continue
        if cell.column in years:
            year, estimate = years[cell.column]
            out[cell.column] = _Column(year, estimate, table.indicator, text)
            continue
        for regex, indicator in table.extra_columns:
            m = re.fullmatch(regex, text, re.IGNORECASE)
            if m:
                out[cell.column] = _Column(int(m["year"]), bool(m["e"]), indicator, text)
                break
        else:
            raise SchemaChangedError(
                ctx.path, f"sheet {ctx.sheet!r}, cell {cell.coordinate}", f"unexpected column header {text!r}"
            )
    seen: dict[tuple[int, str], str] = {}
    for col, c in out.items():
        key = (c.year, c.indicator)
        if key in seen:
            raise SchemaChangedError(
                ctx.path,
                f"sheet {ctx.sheet!r}, row {header_row}",
                f"year {c.year} appears twice in the header ({seen[key]} and {xlsx.address(header_row, col)})",
            )
        seen[key] = xlsx.address(header_row, col)
    return out


def _match_block(table: Table, label: str) -> Block | None:
    for block in table.blocks:
        if re.fullmatch(block.label, label, re.IGNORECASE):
            return block
    return None


def _warn_unlabelled_row(ws: Any, row: int, data: dict[int, Any], ctx: _Context) -> None:
    cells = [data[c] for c in sorted(data)]
    span = cells[0].coordinate if len(cells) == 1 else f"{cells[0].coordinate}:{cells[-1].coordinate}"
    values = sorted({repr(c.value) for c in cells})
    hidden = " hidden" if ws.row_dimensions[row].hidden else ""
    ctx.result.warnings.append(
        ImportWarning(
            ctx.path.name,
            f"sheet {ctx.sheet!r}, cells {span}",
            f"{len(cells)} value(s) {', '.join(values)} in a{hidden} row without a country label; not imported",
        )
    )


def _emit(
    cell: Any,
    code: str,
    label: str,
    column: _Column,
    indicator_code: str,
    block_text: str,
    table: Table,
    ctx: _Context,
) -> None:
    indicator = indicators.get(indicator_code)
    basis = PriceBasis(indicator.price_basis)
    unit = ctx.unit_line
    if table.currency_in_label and (m := _CURRENCY_RE.search(label)):
        unit += f" ({m.group(1).strip()})"  # e.g. 'Million national currency units (Leks)'
    if block_text:
        unit += f"; {block_text}"
    if column.indicator and column.indicator != table.indicator:
        unit = column.header  # an extra column states its own unit, e.g. 'Real change 2014-2024e (%)'
    base_year = None
    if basis is PriceBasis.CONSTANT:
        found = _BASE_YEAR_RE.search(block_text) or _BASE_YEAR_RE.search(ctx.unit_line)
        if found is None:
            raise SchemaChangedError(
                ctx.path,
                f"sheet {ctx.sheet!r}, cell {cell.coordinate}",
                f"no base year ('NNNN prices') in block label {block_text!r} or unit line {ctx.unit_line!r}",
            )
        base_year = int(found.group(1))
    flags: list[str] = []
    if "*" in _CURRENCY_RE.sub("", label):
        flags.append(FLAG_2PCT_LAW)
    value: float | None
    if isinstance(cell.value, bool) or not isinstance(cell.value, int | float):
        marker = xlsx.cell_text(cell.value)
        flags.append(f"missing:{marker}")
        value = None
        ctx.result.warnings.append(
            ImportWarning(
                ctx.path.name,
                f"sheet {ctx.sheet!r}, cell {cell.coordinate}",
                f"{marker!r} instead of a number ({label!r}, {column.year}); recorded as missing",
            )
        )
    else:
        value = float(cell.value)
    ctx.result.observations.append(
        Observation(
            source="nato",
            release_id=ctx.release.id,
            country=code,
            year=column.year,
            indicator=indicator.code,
            value=value,
            unit=unit,
            price_basis=basis,
            base_year=base_year,
            status=Status.ESTIMATE if column.estimate else Status.ACTUAL,
            flags=tuple(flags),
            decimals=xlsx.decimals_of(cell.number_format),
            origin_file=ctx.path.name,
            origin_table=ctx.sheet,
            origin_cell=cell.coordinate,
        )
    )
