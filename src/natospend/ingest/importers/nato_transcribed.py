"""NATO figures typed from workbooks, press releases and annual reports (nato-transcribed/*.csv).

Each row keeps its citation and the precision it was printed with: a value printed "2" or "2.1" stays so, and
`decimals` says how many decimals the source printed.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from natospend.errors import InputFileError
from natospend.models import ImportWarning, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries, indicators
from natospend.reference.manifest import Release

COLUMNS = [
    "release_id",
    "release_date",
    "table",
    "country_iso3",
    "country_name",
    "year",
    "indicator",
    "value",
    "unit",
    "is_estimate",
    "source_ref",
]
AGGREGATE_CODES = set(countries.AGGREGATES)
#: What the transcriber wrote about the printed figure: `printed "2 proc."` or `rounded to 1 decimal`.
_PRINTED = re.compile(r'printed "(-?\d+(?:[.,](\d+))?)')
_ROUNDED = re.compile(r"rounded to (\d+) decimal")


def _stated_decimals(unit: str) -> int | None:
    """Decimals the unit says the source printed (LVA 'printed "2 proc."' -> 0), or None when it does not say."""
    printed = _PRINTED.search(unit)
    if printed:
        return len(printed.group(2) or "")
    rounded = _ROUNDED.search(unit)
    return int(rounded.group(1)) if rounded else None


def _flags(unit: str, citation: str) -> tuple[str, ...]:
    flags = ["transcribed"]
    text = unit.lower()
    if "rounded" in text or "as quoted by the press" in text:
        flags.append("rounded_by_source")
    if "conflict" in text:
        flags.append("conflicting_sources")
    if "repository-not-identified" in citation:
        flags.append("lower_confidence")
    return tuple(flags)


def parse(path: Path, release: Release) -> ParseResult:
    result = ParseResult(layout="nato-transcribed-csv")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(path, f"byte {exc.start}", "not UTF-8 text") from exc
    reader = csv.DictReader(text.splitlines())
    header = reader.fieldnames or []
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputFileError(path, "line 1 (header)", f"missing column(s) {', '.join(missing)}; found {header}")
    known = indicators.all_indicators()
    rows = list(reader)
    # CSV writers drop trailing zeros (NATO prints 5.10, the transcription says 5.1): a column's printed precision
    # is the most decimals any of its values shows.
    column_decimals: dict[str, int] = {}
    for row in rows:
        text = row["value"].strip()
        shown = len(text.split(".")[1]) if "." in text else 0
        column_decimals[row["indicator"]] = max(shown, column_decimals.get(row["indicator"], 0))
    for line, row in enumerate(rows, start=2):
        code = row["country_iso3"].strip()
        if code not in AGGREGATE_CODES and countries.try_resolve(code) != code:
            result.warnings.append(ImportWarning(path.name, f"line {line}", f"unknown country code {code!r}"))
            continue
        indicator = row["indicator"].strip()
        if indicator not in known:
            raise InputFileError(path, f"line {line}, field 'indicator'", f"unknown indicator {indicator!r}")
        raw_value = row["value"].strip()
        try:
            value = float(raw_value)
            year = int(row["year"])
        except ValueError as exc:
            raise InputFileError(path, f"line {line}", f"not a number: {exc}") from exc
        typed = len(raw_value.split(".")[1]) if "." in raw_value else 0
        unit = row["unit"].strip()
        stated = _stated_decimals(unit)
        decimals = column_decimals[indicator] if stated is None else stated
        base = re.search(r"(\d{4}) prices", unit)
        basis = PriceBasis(known[indicator].price_basis)
        citation = row["source_ref"].strip()
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
                base_year=int(base.group(1)) if base else None,  # shares of real GDP name their base too
                status=Status.ESTIMATE if row["is_estimate"].strip().lower() == "true" else Status.ACTUAL,
                flags=_flags(unit, citation) + (("precision_inferred",) if typed < decimals else ()),
                decimals=decimals,
                origin_file=path.name,
                origin_table=row["table"].strip(),
                origin_cell=f"line {line}",
                citation=citation,
            )
        )
    return result
