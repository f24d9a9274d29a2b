"""NATO 2019 release (PR/CP(2019)069, 25 June 2019) through the `nato` R data frame of the passport package.

Reads the .rda (with `rdata`) or the curators' CSV export of it (same columns), dispatching on the suffix.
The frame stores whole US dollars and persons: amounts are shifted to millions and thousands by exact decimal
scaling (no float noise). Its "annual real change (% GDP)" column is misnamed: it holds the annual real change
in %. The parser that built the frame dropped NATO's estimate marks; the release notes say 2018 and 2019 are
estimates, so those years get status estimate and the flag `estimate_per_release_notes`.
"""

from __future__ import annotations

import csv
import warnings
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pandas as pd

from natospend.errors import InputFileError, SchemaChangedError, closest
from natospend.models import ImportWarning, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries, indicators
from natospend.reference.manifest import Release

LAYOUT = "passport-nato-2019"
ORIGIN_TABLE = "nato data frame (passport)"
FRAME = "nato"
COUNTRY, YEAR = "country_stanag", "year"
#: "Figures for 2018 and 2019 are estimates" (release notes of PR/CP(2019)069); the frame lost the 'e' marks.
ESTIMATE_YEARS = frozenset({2018, 2019})
FLAG_ESTIMATE = "estimate_per_release_notes"
BASE_YEAR = 2015  # the release's price base ("2015 prices")


@dataclass(frozen=True, slots=True)
class Column:
    indicator: str
    unit: str
    shift: int  # power of ten the value is divided by (USD -> million USD: 6; persons -> thousands: 3)


COLUMNS: dict[str, Column] = {
    "Defense expenditure (USD, current prices)": Column(
        "usd_current_m", "million US dollars, current prices and exchange rates", 6
    ),
    "Defense expenditure (USD, 2015 prices)": Column(
        "usd_constant_m", "million US dollars, 2015 prices and exchange rates", 6
    ),
    "Defense expenditure (% real GDP)": Column("share_gdp", "percent of real GDP", 0),
    # Misnamed upstream: the annual real change of defence expenditure, in percent.
    "Defense expenditure annual real change (% GDP)": Column(
        "real_change", "percent, annual real change (2015 prices)", 0
    ),
    "Real GDP (2015 prices)": Column("gdp_usd_constant_m", "million US dollars, 2015 prices and exchange rates", 6),
    "GDP per capita (USD)": Column("gdp_per_capita_usd_constant_k", "thousand US dollars, 2015 prices", 3),
    "Defence expenditure per capita (USD)": Column("milex_per_capita_usd_constant", "US dollars, 2015 prices", 0),
    "Military personnel": Column("military_personnel_k", "thousand persons", 3),
    "Equipment expenditure (%)": Column("equipment_share", "percent of total defence expenditure", 0),
    "Personnel expenditure (%)": Column("personnel_share", "percent of total defence expenditure", 0),
    "Infrastructure expenditure (%)": Column("infrastructure_share", "percent of total defence expenditure", 0),
    "Other expenditure (%)": Column("other_share", "percent of total defence expenditure", 0),
}


def parse(path: Path, release: Release) -> ParseResult:
    path = Path(path)
    if not path.is_file():
        raise InputFileError(path, "", "file not found")
    suffix = path.suffix.lower()
    if suffix in (".rda", ".rdata"):
        rows, header = _read_rda(path)
        where = "row {n}"  # the data frame's own (1-based) row number
    elif suffix == ".csv":
        rows, header = _read_csv(path)
        where = "line {line}"  # header is line 1, data frame row n is line n + 1
    else:
        raise InputFileError(path, "", f"unsupported file type {path.suffix!r}; expected .rda or .csv")
    missing = [c for c in (COUNTRY, YEAR, *COLUMNS) if c not in header]
    if missing:
        hints = {m: closest(m, header) for m in missing}
        detail = "; ".join(f"{m!r} (closest: {', '.join(map(repr, h)) or 'none'})" for m, h in hints.items())
        raise SchemaChangedError(
            path, "header" if suffix == ".csv" else f"data frame {FRAME!r}", f"missing column(s) {detail}"
        )
    result = ParseResult(layout=LAYOUT)
    known = indicators.all_indicators()
    for n, record in enumerate(rows, start=1):
        place = where.format(n=n, line=n + 1)
        stanag = _text(record[COUNTRY])
        # STANAG 1059 three-letter codes coincide with ISO 3166 alpha-3 for every ally in this frame.
        code = countries.try_resolve(stanag) if stanag else None
        if code != stanag:
            result.warnings.append(
                ImportWarning(path.name, place, f"STANAG code {stanag!r} is not a known ISO3 ally code; skipped")
            )
            continue
        year_text = _text(record[YEAR])
        try:
            year = int(float(year_text))
        except ValueError as exc:
            raise InputFileError(path, f'{place}, column "{YEAR}"', f"not a year: {year_text!r}") from exc
        estimate = year in ESTIMATE_YEARS
        for name, column in COLUMNS.items():
            raw = _text(record[name])
            if raw in ("", "NA", "nan", "NaN", "<NA>"):
                continue  # NA: not published
            try:
                value = float(Decimal(raw).scaleb(-column.shift))
            except ArithmeticError as exc:
                raise InputFileError(path, f'{place}, column "{name}"', f"not a number: {raw!r}") from exc
            basis = PriceBasis(known[column.indicator].price_basis)
            result.observations.append(
                Observation(
                    source="nato",
                    release_id=release.id,
                    country=code,
                    year=year,
                    indicator=column.indicator,
                    value=value,
                    unit=column.unit,
                    price_basis=basis,
                    base_year=BASE_YEAR if basis is PriceBasis.CONSTANT else None,
                    status=Status.ESTIMATE if estimate else Status.ACTUAL,
                    flags=(FLAG_ESTIMATE,) if estimate else (),
                    decimals=None,  # the frame keeps full floats, not the printed precision
                    origin_file=path.name,
                    origin_table=ORIGIN_TABLE,
                    origin_cell=f'{place}, column "{name}"',
                )
            )
    return result


def _text(value: object) -> str:
    """A cell as text; floats via repr so the exact stored double survives the decimal shift."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return repr(value) if isinstance(value, float) else str(value).strip()


def _read_rda(path: Path) -> tuple[list[dict[str, object]], list[str]]:
    import rdata  # imported here: only this format needs it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # rdata warns that it maps the tibble classes to data.frame
            objects = rdata.read_rda(str(path))
    except Exception as exc:  # rdata raises many types for damaged input
        raise InputFileError(path, "", f"not a readable R data file (truncated or another format): {exc}") from exc
    if FRAME not in objects:
        raise SchemaChangedError(path, "", f"no object {FRAME!r} in the R data file (found {sorted(objects)})")
    frame = objects[FRAME]
    if not isinstance(frame, pd.DataFrame):
        raise SchemaChangedError(path, f"object {FRAME!r}", f"not a data frame ({type(frame).__name__})")
    records = [{str(k): v for k, v in rec.items()} for rec in frame.to_dict("records")]
    return records, [str(c) for c in frame.columns]


def _read_csv(path: Path) -> tuple[list[dict[str, object]], list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(path, f"byte {exc.start}", "not UTF-8 text") from exc
    reader = csv.DictReader(text.splitlines())
    header = list(reader.fieldnames or [])
    rows: list[dict[str, object]] = [dict(r) for r in reader]
    return rows, header
