"""A user's transcription of three blocks of NATO's July 2023 release (230707-def-exp-2023-TABLES-en.xlsx).

Not a NATO file: each figure cites the repository snapshot it was read from. Blocks (separated by rows of commas):
UK spending nominal and real (GBP m), UK share of real GDP and a "2% line" (a reference line, skipped); the UK
category split; and 2023 share of GDP for 31 allies ('Country,DFS%,Target', names keep NATO's '*'). The
transcription drops NATO's 'e': the release notes say 2023 figures are estimates, so 2023 is flagged so.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers.xlsx import cell_text, parse_year
from natospend.models import ImportWarning, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries, indicators
from natospend.reference.manifest import Release, load_manifest

LAYOUT = "nato-2023-user-extract"
ORIGIN_TABLE = "user extract of 230707-def-exp-2023-TABLES-en.xlsx"
ESTIMATE_YEARS = frozenset({2023})  # "Figures for 2023 are estimates" (release notes, July 2023)
ALLIES_YEAR = 2023  # the allies block is NATO's 2023e share of GDP chart; the file does not repeat the year
FLAG_ESTIMATE = "estimate_per_release_notes"
FLAG_2PCT_LAW = "national_2pct_law"
FLAG_TRANSCRIBED = "transcribed"
BASE_YEAR = 2015  # the July 2023 release's price base
SHARE_COLUMN = "DFS%"


@dataclass(frozen=True, slots=True)
class Series:
    label: str  # regex, full match on the folded row label
    indicator: str
    unit: str


UK_SERIES: tuple[Series, ...] = (
    Series(r"UK defence spending", "nc_current_m", "million pounds sterling (GBP m), current prices"),
    Series(r"Real UK defence spending", "nc_constant_m", "million pounds sterling (GBP m), constant 2015 prices"),
    Series(r"UK defence spending as % Real GDP", "share_gdp", "percent of real GDP"),
    Series(r"Equipment", "equipment_share", "percent of total defence expenditure"),
    Series(r"Personnel", "personnel_share", "percent of total defence expenditure"),
    Series(r"Infrastructure", "infrastructure_share", "percent of total defence expenditure"),
    Series(r"Other", "other_share", "percent of total defence expenditure"),
)
#: Reference lines drawn by the user, not data ("Nato target % GDP spend", "NATO target").
_REFERENCE_RE = re.compile(r"\btarget\b", re.IGNORECASE)


def citation_for(path: Path) -> str:
    """The snapshot address the manifest records for this file name, else the file name."""
    for entry in load_manifest().files:
        if entry.name == path.name and entry.snapshot_of:
            return entry.snapshot_of
    return path.name


def parse(path: Path, release: Release) -> ParseResult:
    path = Path(path)
    if not path.is_file():
        raise InputFileError(path, "", "file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(path, f"byte {exc.start}", "not UTF-8 text") from exc
    result = ParseResult(layout=LAYOUT)
    citation = citation_for(path)
    emitted: dict[tuple[str, str, int], tuple[float, int]] = {}  # (country, indicator, year) -> (value, line)
    years: dict[int, int] = {}  # column -> year of the current year block
    share_col: int | None = None  # column of DFS% in the country block
    found_country_block = False

    def emit(code: str, indicator: str, year: int, raw: str, unit: str, line: int, col: int, star: bool) -> None:
        try:
            value = float(raw)
        except ValueError as exc:
            raise InputFileError(path, f"line {line}, column {col}", f"not a number: {raw!r}") from exc
        key = (code, indicator, year)
        if key in emitted:  # the UK 2023 share is in both the UK block and the allies block
            if emitted[key][0] != value:
                result.warnings.append(
                    ImportWarning(
                        path.name,
                        f"line {line}",
                        f"{code} {indicator} {year} = {value} differs from line {emitted[key][1]} "
                        f"({emitted[key][0]}); the first is kept",
                    )
                )
            return
        emitted[key] = (value, line)
        basis = PriceBasis(indicators.get(indicator).price_basis)
        estimate = year in ESTIMATE_YEARS
        flags = [FLAG_TRANSCRIBED]
        if estimate:
            flags.append(FLAG_ESTIMATE)
        if star:
            flags.append(FLAG_2PCT_LAW)
        result.observations.append(
            Observation(
                source="nato",
                release_id=release.id,
                country=code,
                year=year,
                indicator=indicator,
                value=value,
                unit=unit,
                price_basis=basis,
                base_year=BASE_YEAR if basis is PriceBasis.CONSTANT else None,
                status=Status.ESTIMATE if estimate else Status.ACTUAL,
                flags=tuple(flags),
                decimals=None,  # the user copied cell values (10 significant digits), not the printed figures
                origin_file=path.name,
                origin_table=ORIGIN_TABLE,
                origin_cell=f"line {line}",
                citation=citation,
            )
        )

    for line, cells in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [cell_text(c) for c in cells]
        if not any(cells):
            continue  # block separator
        label, rest = cells[0], cells[1:]
        header_years = {i: y[0] for i, c in enumerate(rest, start=2) if (y := parse_year(c)) is not None}
        if len(header_years) >= 3:  # a year block header, e.g. 'Spending,2014,...,2023'
            years, share_col = header_years, None
            continue
        if label.lower() == "country":  # the allies block header: 'Country,DFS%,Target'
            if SHARE_COLUMN not in rest:
                raise SchemaChangedError(
                    path, f"line {line}", f"column {SHARE_COLUMN!r} not found in the allies header {cells}"
                )
            share_col, years, found_country_block = rest.index(SHARE_COLUMN) + 2, {}, True
            continue
        if _REFERENCE_RE.search(label):
            continue  # the 2% line: a reference, not a published figure
        if share_col is not None:
            code = countries.try_resolve(label)
            if code is None:
                result.warnings.append(ImportWarning(path.name, f"line {line}", f"unknown country {label!r}"))
                continue
            raw = cells[share_col - 1] if len(cells) >= share_col else ""
            if raw:
                emit(code, "share_gdp", ALLIES_YEAR, raw, "percent of real GDP", line, share_col, "*" in label)
            continue
        series = next((s for s in UK_SERIES if re.fullmatch(s.label, label, re.IGNORECASE)), None)
        if series is None:
            result.warnings.append(ImportWarning(path.name, f"line {line}", f"unknown row {label!r}; skipped"))
            continue
        if not years:
            raise SchemaChangedError(path, f"line {line}", f"row {label!r} before any year header row")
        for col, year in years.items():
            raw = cells[col - 1] if len(cells) >= col else ""
            if raw:
                emit("GBR", series.indicator, year, raw, series.unit, line, col, False)
    if not found_country_block:
        raise SchemaChangedError(path, "", f"allies block header ('Country,{SHARE_COLUMN},...') not found")
    return result
