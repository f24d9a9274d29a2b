"""World Bank WDI bulk download (zip) of MS.MIL.XPND.GD.ZS, military expenditure in percent of GDP (from SIPRI).

The zip holds the data CSV (API_...csv, UTF-8 with BOM, a 4-line preamble, then a header 'Country Name',
'Country Code', 'Indicator Name', 'Indicator Code', '1960', ...) and two metadata files. Rows are matched by
their ISO3 'Country Code'; only NATO allies are kept (aggregates and other economies are skipped). Values are
already percentages; empty cells are left out.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers import xlsx
from natospend.models import ImportWarning, Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release

LAYOUT = "wdi-bulk-csv"
SOURCE = "worldbank"
INDICATOR = "share_gdp"
INDICATOR_CODE = "MS.MIL.XPND.GD.ZS"
REQUIRED_COLUMNS = ("Country Name", "Country Code", "Indicator Name", "Indicator Code")
_DATA_MEMBER_RE = re.compile(r"^API_.*\.csv$", re.IGNORECASE)
_MAX_PREAMBLE_LINES = 10


def parse(path: Path, release: Release) -> ParseResult:
    path = Path(path)
    member, text = _data_csv(path)
    result = ParseResult(layout=LAYOUT)
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] = []
    for row in reader:  # skip the preamble ("Data Source", "Last Updated Date", blank lines)
        if row and row[0].strip() == "Country Name":
            header = row
            break
        if reader.line_num >= _MAX_PREAMBLE_LINES:
            break
    if not header:
        raise SchemaChangedError(
            path, f"{member}, lines 1-{reader.line_num}", "no header line starting with 'Country Name'"
        )
    header_line = reader.line_num
    columns = _columns(path, member, header, header_line)
    years = {i: parsed[0] for i, name in enumerate(header) if (parsed := xlsx.parse_year(name)) is not None}
    if not years:
        raise SchemaChangedError(path, f"{member}, line {header_line}", "no year columns in the header")
    allies = {c.code for c in countries.allies()}
    for row in reader:
        line = reader.line_num  # physical line in the CSV (1-based)
        if not row or len(row) < len(REQUIRED_COLUMNS):
            continue
        code, name = row[columns["Country Code"]].strip(), row[columns["Country Name"]].strip()
        if code not in allies:
            continue  # an aggregate (e.g. 'Euro area') or an economy outside NATO
        if row[columns["Indicator Code"]].strip() != INDICATOR_CODE:
            raise SchemaChangedError(
                path,
                f"{member}, line {line}, column 'Indicator Code'",
                f"expected {INDICATOR_CODE!r}, found {row[columns['Indicator Code']]!r}",
            )
        by_name = countries.try_resolve(name)
        if by_name != code:
            result.warnings.append(
                ImportWarning(
                    path.name,
                    f"{member}, line {line}",
                    f"country code {code!r} but name {name!r} resolves to {by_name!r}; the code is used",
                )
            )
        for col, year in years.items():
            text_value = row[col].strip() if col < len(row) else ""
            if not text_value:
                continue
            _emit(path, member, release, result, code, line, year, text_value)
    return result


def _data_csv(path: Path) -> tuple[str, str]:
    """(member name, text) of the data CSV inside the zip."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if _DATA_MEMBER_RE.match(Path(n).name)]
            if len(members) != 1:
                raise SchemaChangedError(
                    path,
                    "zip contents",
                    f"expected one data file API_*.csv, found {members or 'none'} among {zf.namelist()}",
                )
            return members[0], zf.read(members[0]).decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise InputFileError(path, "", "file not found") from exc
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise InputFileError(path, "", f"not a readable zip archive (truncated or damaged?): {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputFileError(path, "", f"the data CSV is not UTF-8: {exc}") from exc


def _columns(path: Path, member: str, header: list[str], line: int) -> dict[str, int]:
    columns = {name.strip(): i for i, name in enumerate(header)}
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            raise SchemaChangedError(
                path, f"{member}, line {line}", f"column {name!r} missing (header: {', '.join(header[:6])}, ...)"
            )
    return columns


def _emit(
    path: Path, member: str, release: Release, result: ParseResult, code: str, line: int, year: int, text: str
) -> None:
    cell = f"line {line}, column {year}"
    try:
        value = float(text)
    except ValueError:
        result.warnings.append(ImportWarning(path.name, f"{member}, {cell}", f"{text!r} is not a number; skipped"))
        return
    result.observations.append(
        Observation(
            source=SOURCE,
            release_id=release.id,
            country=code,
            year=year,
            indicator=INDICATOR,
            value=value,
            unit="percent of GDP",
            price_basis=PriceBasis.NONE,
            base_year=None,
            status=Status.ACTUAL,
            flags=(),
            decimals=None,  # printed at full float precision
            origin_file=path.name,
            origin_table=member,
            origin_cell=cell,
        )
    )
