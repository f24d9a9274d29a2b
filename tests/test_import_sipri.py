"""SIPRI Military Expenditure Database workbooks (2020, 2023, 2025 editions): values, flags, notes, broken input.

Expected values were read by hand from the workbooks with openpyxl (cell addresses given with each).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers import sipri
from natospend.models import Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release, load_manifest

ED_2020 = "sipri/SIPRI-Milex-data-1949-2019.xlsx"
ED_2023 = "sipri/SIPRI-Milex-data-1949-2022.xlsx"
ED_2025 = "sipri/SIPRI-Milex-data-1949-2024_2.xlsx"
INDICATORS = {
    "nc_current_fy_m",
    "nc_current_m",
    "usd_constant_m",
    "usd_current_m",
    "share_gdp",
    "milex_per_capita_usd_current",
    "share_govt_spending",
}
ALLIES = {c.code for c in countries.allies()}
Key = tuple[str, str, int]


def _index(result: ParseResult) -> dict[Key, Observation]:
    return {(o.country, o.indicator, o.year): o for o in result.observations}


@pytest.fixture(scope="session")
def ed2025(parse_upstream: Callable[[str], ParseResult]) -> dict[Key, Observation]:
    return _index(parse_upstream(ED_2025))


@pytest.fixture(scope="session")
def ed2023(parse_upstream: Callable[[str], ParseResult]) -> dict[Key, Observation]:
    return _index(parse_upstream(ED_2023))


@pytest.fixture(scope="session")
def ed2020(parse_upstream: Callable[[str], ParseResult]) -> dict[Key, Observation]:
    return _index(parse_upstream(ED_2020))


@pytest.mark.parametrize(
    ("country", "cell", "fraction", "published"),
    [
        ("USA", "BZ79", 0.03419216532280439, 3.42),
        ("GBR", "BZ181", 0.02278617790112704, 2.28),
        ("POL", "BZ146", 0.041543938797535616, 4.15),
        ("DEU", "BZ168", 0.018919037720549366, 1.89),
    ],
)
def test_2025_share_of_gdp_2024_in_percent(
    ed2025: dict[Key, Observation], country: str, cell: str, fraction: float, published: float
) -> None:
    o = ed2025[(country, "share_gdp", 2024)]
    assert o.value == pytest.approx(fraction * 100, abs=1e-9)
    assert o.decimals == 2 and round(o.value, 2) == published  # the sheet's format is 0.00%
    assert o.unit.startswith("percent of GDP") and o.price_basis is PriceBasis.NONE
    assert (o.origin_table, o.origin_cell, o.release_id) == ("Share of GDP", cell, "sipri-2025-04")


def test_2025_every_sheet_for_the_usa_and_uk(ed2025: dict[Key, Observation]) -> None:
    usa = {i: ed2025[("USA", i, 2024)] for i in INDICATORS}
    assert usa["usd_current_m"].value == 997309 and usa["usd_current_m"].origin_cell == "BZ79"
    assert usa["usd_constant_m"].value == pytest.approx(968381.5948509097)
    assert usa["usd_constant_m"].base_year == 2023 and usa["usd_constant_m"].price_basis is PriceBasis.CONSTANT
    assert usa["usd_constant_m"].unit == "million US dollars, constant (2023) prices and exchange rates"
    # local currency is published in units (997309000000 dollars) and stored in millions
    assert usa["nc_current_m"].value == 997309 and usa["nc_current_m"].origin_cell == "CA80"
    assert usa["nc_current_m"].unit == "million national currency (US dollars), current prices, calendar year"
    assert usa["milex_per_capita_usd_current"].value == pytest.approx(2895.1143752902926)
    assert usa["share_govt_spending"].value == pytest.approx(9.111589237586222, abs=1e-9)
    assert all(o.status is Status.ACTUAL and o.flags[0] == "sipri_note:44" for o in usa.values())
    uk_fy = ed2025[("GBR", "nc_current_fy_m", 2024)]
    assert uk_fy.value == pytest.approx(64278.56758) and uk_fy.origin_cell == "CB183"
    assert "million national currency (Pounds)" in uk_fy.unit and "financial year: Apr-Mar" in uk_fy.unit
    assert ed2025[("GBR", "nc_current_m", 2024)].value == pytest.approx(63991.12977125)
    # the US financial-year cell is blank: the unit says so instead of inventing Oct-Sep
    assert "Jan-Dec (not stated" in ed2025[("USA", "nc_current_fy_m", 2024)].unit


def test_2023_float_year_headers_and_did_not_exist(ed2023: dict[Key, Observation]) -> None:
    o = ed2023[("USA", "share_gdp", 2022)]
    assert isinstance(o.year, int) and o.value == pytest.approx(3.4549197977343946, abs=1e-9)
    assert ed2023[("USA", "usd_constant_m", 2022)].base_year == 2021
    hrv = ed2023[("HRV", "usd_constant_m", 1990)]  # 'xxx' in AS135
    assert hrv.value is None and hrv.flags[-1] == "missing:did_not_exist" and hrv.origin_cell == "AS135"
    assert max(year for _, _, year in ed2023) == 2022


def test_2020_colours_and_spellings(ed2020: dict[Key, Observation]) -> None:
    uk = ed2020[("GBR", "share_gdp", 2019)]  # BU180, red font FFFF0000
    assert uk.value == pytest.approx(1.743458811381998, abs=1e-9) and uk.origin_cell == "BU180"
    assert uk.status is Status.ESTIMATE and "sipri_highly_uncertain" in uk.flags
    lux = ed2020[("LUX", "share_gdp", 2019)]  # BU172, blue font FF0000FF
    assert lux.status is Status.ESTIMATE and "sipri_estimate" in lux.flags
    assert ed2020[("BGR", "share_gdp", 1990)].flags[-1] == "sipri_estimate"  # AR133, blue
    assert ed2020[("USA", "share_gdp", 2019)].status is Status.ACTUAL  # BU78, no colour
    assert ed2020[("USA", "usd_constant_m", 2019)].base_year == 2018
    # 'Slovak Rep.' in the local-currency sheets and the typo 'Norh Macedonia' in Share of GDP
    assert ed2020[("SVK", "nc_current_m", 2019)].value == 1666
    assert ed2020[("MKD", "share_gdp", 2019)].value == pytest.approx(1.2444593334622356, abs=1e-9)
    assert ed2020[("GBR", "share_gdp", 1949)].flags[-1] == "missing:not_available"  # '. .'
    assert ed2020[("HRV", "share_gdp", 1990)].flags[-1] == "missing:did_not_exist"  # 'xxx'


def test_2025_colours_in_the_legacy_palette(ed2025: dict[Key, Observation]) -> None:
    """The Apache POI files mark estimates with palette colours (indexed 12 = blue), not RGB."""
    lux = ed2025[("LUX", "share_gdp", 1995)]  # AW173, font color indexed=12
    assert lux.origin_cell == "AW173" and lux.status is Status.ESTIMATE and "sipri_estimate" in lux.flags
    assert ed2025[("USA", "share_gdp", 2024)].status is Status.ACTUAL
    assert ed2025[("GBR", "share_gdp", 1949)].flags[-1] == "missing:not_available"  # '...'


def test_notes_become_flags_and_footnotes(parse_upstream: Callable[[str], ParseResult]) -> None:
    r2025 = parse_upstream(ED_2025)
    notes = {n.marker: n.text for n in r2025.notes}
    assert notes["44"].startswith("USA: All figures for the USA are for financial year")
    assert notes["91"].startswith("UK: From 2001, the UK moved from a cash-based accounting system")
    assert notes["‖"].startswith("This country changed or redenominated its currency")
    r2020 = parse_upstream(ED_2020)
    alb = _index(r2020)[("ALB", "share_gdp", 2019)]  # notes cell '§ ¶ 66'
    assert "sipri_note:§¶66" in alb.flags
    notes = {n.marker: n.text for n in r2020.notes}
    assert notes["66"] == "The figures for Albania prior to 2006 do not fully include pensions."
    assert notes["¶"] == "Figures for these countries do not include spending on paramilitary forces"
    assert "sipri_note:†" in _index(r2020)[("SVK", "usd_constant_m", 2019)].flags  # '† ' with a trailing space
    for result in (r2020, r2025):
        used = {
            m
            for o in result.observations
            for f in o.flags
            if f.startswith("sipri_note:")
            for m in sipri.note_markers(f)
        }
        assert used == {n.marker for n in result.notes}  # every marker explained, no unused notes
        assert {n.release_id for n in result.notes} == {result.observations[0].release_id}


def test_note_markers() -> None:
    assert sipri.note_markers("sipri_note:‡¶16") == ["‡", "¶", "16"]
    assert sipri.note_markers("§ ¶ 66") == ["§", "¶", "66"]
    assert sipri.note_markers("44") == ["44"]


@pytest.mark.parametrize("edition", [ED_2020, ED_2023, ED_2025])
def test_every_ally_in_every_sheet_and_provenance(parse_upstream: Callable[[str], ParseResult], edition: str) -> None:
    result = parse_upstream(edition)
    entry = next(f for f in load_manifest().files if f.path == edition)
    by_indicator: dict[str, set[str]] = {}
    keys = set()
    for o in result.observations:
        by_indicator.setdefault(o.indicator, set()).add(o.country)
        keys.add((o.country, o.indicator, o.year))
        assert o.source == "sipri" and o.release_id == entry.releases[0] and o.origin_file == Path(edition).name
        assert re.fullmatch(r"[A-Z]{1,3}\d+", o.origin_cell)
        assert (o.value is None) == any(f.startswith("missing:") for f in o.flags)
    assert len(keys) == len(result.observations), "one observation per (country, indicator, year)"
    assert set(by_indicator) == INDICATORS
    assert all(found == ALLIES for found in by_indicator.values()), {
        i: ALLIES - found for i, found in by_indicator.items() if found != ALLIES
    }


def test_2025_round_trip_every_numeric_ally_cell(raw: Path, parse_upstream: Callable[[str], ParseResult]) -> None:
    """Read the workbook independently: every number in an ally's row is imported, in the stated unit."""
    wb = openpyxl.load_workbook(raw / ED_2025, read_only=True, data_only=True)
    expected = set()
    for sheet, scale in [
        ("Local currency financial years", 1e-6),
        ("Local currency calendar years", 1e-6),
        ("Constant (2023) US$", 1),
        ("Current US$", 1),
        ("Share of GDP", 100),
        ("Per capita", 1),
        ("Share of Govt. spending", 100),
    ]:
        rows = list(wb[sheet].iter_rows(values_only=True))
        header = next(r for r in rows if r[0] == "Country")
        year_cols = [i for i, v in enumerate(header) if isinstance(v, int)]
        for number, row in enumerate(rows, start=1):
            code = countries.try_resolve(row[0]) if isinstance(row[0], str) else None
            if code in ALLIES:
                for i in year_cols:
                    # Iceland's printed 0 ("no armed forces") is imported as missing:no_armed_forces (below).
                    if isinstance(row[i], int | float) and not (row[i] == 0 and code == "ISL"):
                        expected.add(
                            (sheet, f"{openpyxl.utils.get_column_letter(i + 1)}{number}", round(row[i] * scale, 6))
                        )
    wb.close()
    got = {
        (o.origin_table, o.origin_cell, round(o.value, 6))
        for o in parse_upstream(ED_2025).observations
        if o.value is not None
    }
    assert got == expected and len(got) > 11000


def test_no_armed_forces_zeros_are_kept_apart(raw: Path, parse_upstream: Callable[[str], ParseResult]) -> None:
    """SIPRI prints 0 for Iceland, whose note says it has no military and thus no military expenditure."""
    wb = openpyxl.load_workbook(raw / ED_2025, read_only=True, data_only=True)
    rows = list(wb["Constant (2023) US$"].iter_rows(values_only=True))
    wb.close()
    header = next(r for r in rows if r[0] == "Country")
    iceland = next(r for r in rows if r[0] == "Iceland")
    printed_zero = {y for y, v in zip(header, iceland, strict=False) if isinstance(y, int) and v == 0}
    assert printed_zero  # the workbook does print zeros for Iceland
    obs = [
        o
        for o in parse_upstream(ED_2025).observations
        if o.country == "ISL" and o.indicator == "usd_constant_m" and o.year in printed_zero
    ]
    assert obs and all(o.value is None and "missing:no_armed_forces" in o.flags for o in obs)
    notes = {n.marker: n.text for n in parse_upstream(ED_2025).notes}
    assert any("no standing army" in notes.get(m.split(":")[1], "") for m in obs[0].flags if m.startswith("sipri_note"))
    # A real zero elsewhere stays a zero: no ally with armed forces gets the flag.
    assert not [
        o for o in parse_upstream(ED_2025).observations if o.country != "ISL" and "no_armed" in ";".join(o.flags)
    ]


# ------------------------------------------------------------------ broken and changed input


@pytest.fixture(scope="session")
def release() -> Release:
    return load_manifest().release("sipri-2025-04")


def test_truncated_file(tmp_path: Path, raw: Path, release: Release) -> None:
    broken = tmp_path / "SIPRI-truncated.xlsx"
    broken.write_bytes((raw / ED_2025).read_bytes()[:300_000])
    with pytest.raises(InputFileError, match=r"SIPRI-truncated\.xlsx: not a readable \.xlsx workbook"):
        sipri.parse(broken, release)


def _rename_sheet(source: Path, target: Path, old: str, new: str) -> Path:
    """Copy the workbook with one sheet renamed (an edit of xl/workbook.xml only, so every value stays)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data.replace(f'name="{old}"'.encode(), f'name="{new}"'.encode())
            zout.writestr(item, data)
    return target


def test_missing_sheet_names_file_and_close_sheets(tmp_path: Path, raw: Path, release: Release) -> None:
    changed = _rename_sheet(raw / ED_2025, tmp_path / "renamed.xlsx", "Share of GDP", "Shares of GDP")
    with pytest.raises(SchemaChangedError) as err:
        sipri.parse(changed, release)
    message = str(err.value)
    assert "renamed.xlsx" in message and "sheet 'Share of GDP'" in message and "not found" in message
    assert "did you mean 'Shares of GDP'" in message
    changed = _rename_sheet(raw / ED_2025, tmp_path / "nofootnotes.xlsx", "Footnotes", "Notes sheet")
    with pytest.raises(SchemaChangedError, match=r"nofootnotes\.xlsx, sheet 'Footnotes': sheet not found"):
        sipri.parse(changed, release)


def _mini_workbook(path: Path, header_row: int = 6, header_col: int = 1) -> Path:
    """A small workbook in the 2025 layout: all seven country sheets plus Footnotes, one NATO ally."""
    wb = openpyxl.Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    sheets = {
        "Local currency financial years": (
            "Figures are in local currency at current prices and are for financial years.",
            ["Country", "Currency", "Fiscal Year (Jan-Dec if not stated)", "Notes"],
            151241000000,
        ),
        "Local currency calendar years": (
            "Figures are in local currency at current prices and are for calendar years.",
            ["Country", "Currency", "Notes"],
            151241000000,
        ),
        "Constant (2023) US$": ("Figures are in US $m., at constant 2023 prices", ["Country", "", "Notes"], 34488.3),
        "Current US$": ("Figures are in US $m., in current prices", ["Country", "Notes"], 38000.7),
        "Share of GDP": ("Countries are grouped by region", ["Country", "Notes"], 0.0415),
        "Per capita": ("Figures are in current US$", ["Country", "Notes"], 981.6),
        "Share of Govt. spending": ("Countries are grouped by region", ["Country", "Notes", "Reporting year"], 0.0847),
    }
    pad = [None] * (header_col - 1)
    texts = {"Country": "Poland", "Currency": "Zlotys", "Notes": "§78"}
    for name, (unit_line, labels, value) in sheets.items():
        ws = wb.create_sheet(name)
        ws["A1"] = f"Military expenditure by country, {name}"
        ws["A2"] = unit_line
        header = [*pad, *labels, 2023, 2024]
        data = [*pad, *(texts.get(label) for label in labels), "...", value]
        for col, (head, cell) in enumerate(zip(header, data, strict=True), start=1):
            ws.cell(header_row, col, head)
            ws.cell(header_row + 2, col, cell)
        last = ws.cell(header_row + 2, len(data))
        last.font = Font(color="FF0000FF")  # blue: a SIPRI estimate
        last.number_format = "0.00%" if "Share" in name else "0.0"
    notes = wb.create_sheet("Footnotes")
    notes.append(["§", "Figures for these countries are for the adopted budget"])
    notes.append([78, None, "Poland: a footnote."])
    wb.save(path)
    return path


def test_moved_country_header(tmp_path: Path, release: Release) -> None:
    # the header two rows lower still parses: it is found by its 'Country' cell, not by position
    result = sipri.parse(_mini_workbook(tmp_path / "lower.xlsx", header_row=8), release)
    obs = _index(result)
    assert obs[("POL", "share_gdp", 2024)].value == pytest.approx(4.15)
    assert obs[("POL", "nc_current_m", 2024)].value == 151241
    assert obs[("POL", "share_gdp", 2024)].flags == ("sipri_note:§78", "sipri_estimate")
    assert obs[("POL", "share_gdp", 2023)].flags == ("sipri_note:§78", "missing:not_available")
    assert {n.marker for n in result.notes} == {"§", "78"}
    # 'Country' moved out of column A: a clear error naming file, sheet and what is missing
    with pytest.raises(SchemaChangedError) as err:
        sipri.parse(_mini_workbook(tmp_path / "shifted.xlsx", header_col=2), release)
    message = str(err.value)
    assert "shifted.xlsx" in message and "sheet 'Local currency financial years'" in message
    assert "'Country' in column A" in message
