"""IMF DataMapper CSV export of a WEO indicator: NGDPD, GDP at current prices in billions of US dollars.

Layout: line 1 holds the indicator label in the first cell, then the years; country rows follow, then regional
and analytical groups and a copyright footer. Missing figures are the text 'no data' and are left out. Only NATO
allies are kept; groups and other economies are skipped without a word. Values are stored in millions.
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers import xlsx
from natospend.models import ImportWarning, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release

LAYOUT = "imf-datamapper-ngdpd"
SOURCE = "imf"
INDICATOR = "gdp_usd_current_m"
FLAG_PROJECTION = "imf_projection"
#: The export does not mark where actual figures end. The October 2025 WEO (the likely vintage: the footer says
#: (c)IMF 2025) holds actual data up to 2024 for most economies and projections from 2025 onwards, so every year
#: from 2025 is flagged as a projection. Some economies' projections start earlier; this is not guessed per country.
FIRST_PROJECTION_YEAR = 2025
MISSING_TEXTS = ("no data", "")
_LABEL_RE = re.compile(r"^GDP, current prices \(Billions of U\.S\. dollars\)$", re.IGNORECASE)
_MILLIONS_PER_BILLION = Decimal(1000)
#: IMF spellings missing from the country table. ('Türkiye, Republic of' is listed there, but the comma inside
#: the alias currently splits the CSV field, so it is kept here too.)


def parse(path: Path, release: Release) -> ParseResult:
    path = Path(path)
    result = ParseResult(layout=LAYOUT)
    allies = {c.code for c in countries.allies()}
    seen: dict[str, int] = {}
    rows = _read(path)
    years = _header(path, rows[0][1])
    for line, row in rows[1:]:
        label = row[0] if row else ""
        code = _resolve(label) if label.strip() else None
        if code is None or code not in allies:
            continue  # a group, the footer, or an economy outside NATO
        if code in seen:
            result.warnings.append(
                ImportWarning(path.name, f"line {line}", f"{label!r} again (first on line {seen[code]}); skipped")
            )
            continue
        seen[code] = line
        if len(row) < max(years) + 1:
            raise InputFileError(path, f"line {line}", f"{len(row)} fields, expected {max(years) + 1} ({label!r})")
        for col, year in years.items():
            _emit(path, release, result, code, label, line, year, row[col])
    return result


def _resolve(label: str) -> str | None:
    return countries.try_resolve(label)


def _read(path: Path) -> list[tuple[int, list[str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            rows = [(reader.line_num, row) for row in reader]
    except FileNotFoundError as exc:
        raise InputFileError(path, "", "file not found") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputFileError(path, "", f"not a readable UTF-8 CSV file: {exc}") from exc
    if not rows:
        raise InputFileError(path, "", "empty file")
    return rows


def _header(path: Path, row: list[str]) -> dict[int, int]:
    """{column index: year} from line 1, after checking its first cell names the indicator and its unit."""
    label = xlsx.cell_text(row[0]) if row else ""
    if not _LABEL_RE.match(label):
        raise SchemaChangedError(
            path,
            "line 1, column 1",
            f"expected the indicator label 'GDP, current prices (Billions of U.S. dollars)', found {label!r}",
        )
    years: dict[int, int] = {}
    for col, text in enumerate(row[1:], start=1):
        parsed = xlsx.parse_year(text)
        if parsed is None:
            if text.strip():
                raise SchemaChangedError(path, f"line 1, column {col + 1}", f"expected a year, found {text!r}")
            continue
        years[col] = parsed[0]
    if not years:
        raise SchemaChangedError(path, "line 1", "no year columns after the indicator label")
    return years


def _emit(
    path: Path, release: Release, result: ParseResult, code: str, label: str, line: int, year: int, text: str
) -> None:
    cell = f"line {line}, column {year}"
    if text.strip().lower() in MISSING_TEXTS:
        return
    try:
        # Decimal arithmetic: 29.939 bn -> 29939 m exactly, with no binary float noise.
        value = float(Decimal(text.strip()) * _MILLIONS_PER_BILLION)
    except InvalidOperation:
        result.warnings.append(
            ImportWarning(path.name, cell, f"{text!r} instead of a number ({label.strip()!r}); not imported")
        )
        return
    projection = year >= FIRST_PROJECTION_YEAR
    result.observations.append(
        Observation(
            source=SOURCE,
            release_id=release.id,
            country=code,
            year=year,
            indicator=INDICATOR,
            value=value,
            unit="million US dollars, current prices (IMF publishes billions)",
            price_basis=PriceBasis.CURRENT,
            base_year=None,
            status=Status.ESTIMATE if projection else Status.ACTUAL,
            flags=(FLAG_PROJECTION,) if projection else (),
            # The export prints at most 3 decimals of billions (trailing zeros dropped): whole millions.
            decimals=0,
            origin_file=path.name,
            origin_table="NGDPD",
            origin_cell=cell,
        )
    )
