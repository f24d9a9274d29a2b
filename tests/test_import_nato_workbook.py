"""NATO 2024 release workbook (Tables 1-8b): published values, flags, provenance, round trip, broken input."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers import nato_workbook, xlsx
from natospend.models import Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release, load_manifest

FILE = "nato/240617-def-exp-2024-TABLES-en.xlsx"
SHEETS = ["TABLE1", "TABLE2", "TABLE3", "TABLE4", "TABLE5", "TABLE6", "TABLE7", "TABLE8a", "TABLE8b"]
#: Allies marked '*' in the 2024 release (national law or agreement requiring >= 2% of GDP).
STARRED = {"CZE", "EST", "LVA", "LTU", "POL", "ROU"}
Key = tuple[str, str, int]


@pytest.fixture(scope="session")
def release() -> Release:
    return load_manifest().release("nato-2024-06")


@pytest.fixture(scope="session")
def workbook(raw: Path) -> Path:
    return raw / FILE


@pytest.fixture(scope="session")
def parsed(workbook: Path, release: Release) -> ParseResult:
    return nato_workbook.parse(workbook, release)


@pytest.fixture(scope="session")
def obs(parsed: ParseResult) -> dict[Key, Observation]:
    out = {(o.country, o.indicator, o.year): o for o in parsed.observations}
    assert len(out) == len(parsed.observations), "one observation per (country, indicator, year)"
    return out


def _rounded(o: Observation) -> float:
    assert o.value is not None and o.decimals is not None
    return round(o.value, o.decimals)


@pytest.mark.parametrize(
    ("country", "year", "published"),
    [("USA", 2024, 3.38), ("POL", 2024, 4.12), ("ESP", 2024, 1.28), ("POL", 2016, 2.00), ("DEU", 2024, 2.12)],
)
def test_share_of_gdp_as_published(obs: dict[Key, Observation], country: str, year: int, published: float) -> None:
    o = obs[(country, "share_gdp", year)]
    assert o.decimals == 2 and _rounded(o) == published
    assert o.status is (Status.ESTIMATE if year >= 2023 else Status.ACTUAL)
    assert (o.origin_table, o.unit, o.price_basis) == ("TABLE3", "Based on 2015 prices; Share of real GDP (%)", "none")


def test_provenance_of_every_observation(parsed: ParseResult, release: Release) -> None:
    assert parsed.layout == "nato-tables-2024"
    assert {o.origin_table for o in parsed.observations} == set(SHEETS)
    for o in parsed.observations:
        assert (o.source, o.release_id, o.origin_file) == ("nato", release.id, Path(FILE).name)
        assert re.fullmatch(r"[A-Z]{1,2}\d+", o.origin_cell)
        assert o.unit and o.citation == ""
        assert (o.base_year is not None) == (o.price_basis is PriceBasis.CONSTANT)


def test_poland_cells_and_national_law_flag(obs: dict[Key, Observation]) -> None:
    o = obs[("POL", "share_gdp", 2024)]
    assert (o.origin_table, o.origin_cell) == ("TABLE3", "N32")
    assert o.value == pytest.approx(4.120190989357147, abs=0)  # full cell precision, not the printed 4.12
    assert "national_2pct_law" in o.flags
    assert "national_2pct_law" not in obs[("ESP", "share_gdp", 2024)].flags


def test_national_law_flag_follows_the_star(parsed: ParseResult) -> None:
    for sheet in ("TABLE1", "TABLE2", "TABLE3"):
        flagged = {o.country for o in parsed.observations if o.origin_table == sheet and "national_2pct_law" in o.flags}
        assert flagged == STARRED, sheet


def test_every_ally_and_both_aggregates(parsed: ParseResult) -> None:
    allies = {c.code for c in countries.allies()}
    with_forces = allies - {"ISL"}
    aggregates = {"NATO_EUROPE_CANADA", "NATO_TOTAL"}
    expected = {
        "nc_current_m": with_forces,  # Table 1: aggregates of national currencies are undefined
        "nc_constant_m": with_forces,
        "usd_current_m": with_forces | aggregates,
        "usd_constant_m": with_forces | aggregates,
        "share_gdp": with_forces | aggregates,
        "real_change": with_forces | aggregates,
        "usd_constant_m_table4": with_forces,
        "real_change_since_2014": with_forces,
        "share_gdp_table4": with_forces,
        "gdp_usd_current_m": allies | aggregates,  # Table 5 includes Iceland
        "gdp_usd_constant_m": allies | aggregates,
        "gdp_per_capita_usd_constant_k": allies | aggregates,
        "milex_per_capita_usd_constant": with_forces | aggregates,
        "military_personnel_k": with_forces | aggregates,
        "equipment_share": with_forces,
        "personnel_share": with_forces,
        "infrastructure_share": with_forces,
        "other_share": with_forces,
    }
    found: dict[str, set[str]] = {}
    for o in parsed.observations:
        found.setdefault(o.indicator, set()).add(o.country)
    assert found == expected
    assert len(allies) == 32


def test_years_and_estimates(parsed: ParseResult) -> None:
    for o in parsed.observations:
        assert 2014 <= o.year <= 2024
        assert o.status is (Status.ESTIMATE if o.year in (2023, 2024) else Status.ACTUAL), o


def test_units_price_bases_and_precision(obs: dict[Key, Observation]) -> None:
    nominal, real = obs[("ALB", "nc_current_m", 2014)], obs[("ALB", "nc_constant_m", 2014)]
    assert nominal.unit == "Million national currency units (Leks); Current prices"
    assert (nominal.price_basis, nominal.base_year, nominal.decimals) == ("current", None, 0)
    assert real.unit == "Million national currency units (Leks); Constant 2015 prices"
    assert (real.price_basis, real.base_year) == ("constant", 2015)
    assert nominal.value == 18788.017032 and nominal.origin_cell == "D11"
    assert obs[("GBR", "nc_current_m", 2014)].unit.startswith("Million national currency units (Pounds)")
    assert _rounded(obs[("USA", "usd_current_m", 2024)]) == 967707
    assert _rounded(obs[("NATO_TOTAL", "usd_constant_m", 2014)]) == 910361
    gdp_pc = obs[("POL", "gdp_per_capita_usd_constant_k", 2024)]
    assert (gdp_pc.decimals, gdp_pc.base_year, _rounded(gdp_pc)) == (1, 2015, 17.3)
    assert _rounded(obs[("ISL", "gdp_usd_current_m", 2014)]) > 0
    assert not any(k[0] == "ISL" and k[1] == "share_gdp" for k in obs)


def test_table4_and_table7(obs: dict[Key, Observation]) -> None:
    change = obs[("POL", "real_change_since_2014", 2024)]
    assert (change.origin_table, change.origin_cell, _rounded(change)) == ("TABLE4", "F44", 213.66)
    assert change.status is Status.ESTIMATE and change.unit == "Real change 2014-2024e (%)"
    assert (change.price_basis, change.base_year) == ("constant", 2015)
    share_2014 = obs[("POL", "share_gdp_table4", 2014)]
    assert share_2014.status is Status.ACTUAL and _rounded(share_2014) == 1.88
    assert _rounded(obs[("POL", "share_gdp_table4", 2024)]) == 4.12
    assert _rounded(obs[("USA", "usd_constant_m_table4", 2014)]) == 660021
    personnel = obs[("USA", "military_personnel_k", 2024)]
    assert (personnel.origin_table, personnel.origin_cell, _rounded(personnel)) == ("TABLE7", "O53", 1300.2)
    assert personnel.unit == "Thousands"
    assert _rounded(obs[("NATO_TOTAL", "military_personnel_k", 2024)]) == 3418.6


def test_category_shares_sum_to_100(obs: dict[Key, Observation]) -> None:
    parts = ("equipment_share", "personnel_share", "infrastructure_share", "other_share")
    total = sum(obs[("POL", p, 2024)].value or 0.0 for p in parts)
    assert total == pytest.approx(100, abs=0.01)
    assert _rounded(obs[("POL", "equipment_share", 2024)]) == 51.13


def test_ref_cells_are_missing_with_warnings(parsed: ParseResult) -> None:
    warned = {(w.location, w.message) for w in parsed.warnings}
    for sheet, cells in [
        ("TABLE1", "D42:I42"),
        ("TABLE1", "D75:I75"),
        ("TABLE8a", "D42:I42"),
        ("TABLE8a", "D75:I75"),
        ("TABLE8b", "D75:I75"),
    ]:
        assert (
            f"sheet {sheet!r}, cells {cells}",
            "6 value(s) '#REF!' in a hidden row without a country label; not imported",
        ) in warned
    assert any(loc == "sheet 'TABLE8b', cells D42:M42" for loc, _ in warned)  # a hidden row of zeros
    assert len(parsed.warnings) == 6
    hidden_rows = {("TABLE1", 42), ("TABLE1", 75), ("TABLE8a", 42), ("TABLE8a", 75), ("TABLE8b", 42), ("TABLE8b", 75)}
    assert not [o for o in parsed.observations if (o.origin_table, int(o.origin_cell[1:])) in hidden_rows]


def _workbook_cells(path: Path) -> tuple[set[tuple[str, str, float]], set[tuple[str, int]], set[tuple[str, int]]]:
    """Read the workbook independently: numeric cells in labelled rows, and unlabelled rows with values."""
    wb = openpyxl.load_workbook(path, data_only=True)
    cells: set[tuple[str, str, float]] = set()
    unlabelled: set[tuple[str, int]] = set()
    hidden: set[tuple[str, int]] = set()
    for sheet in SHEETS:
        ws = wb[sheet]
        hidden |= {(sheet, r) for r, dim in ws.row_dimensions.items() if dim.hidden}
        for row in ws.iter_rows():
            if any(isinstance(c.value, str) and re.fullmatch(r"20\d\de", c.value) for c in row):
                continue  # the year header row
            numbers = [c for c in row if isinstance(c.value, int | float) and not isinstance(c.value, bool)]
            errors = [c for c in row if c.value == "#REF!"]
            labelled = any(isinstance(c.value, str) and c.value.strip() and c.value != "#REF!" for c in row)
            if (numbers or errors) and not labelled:
                unlabelled.add((sheet, row[0].row))
            elif labelled:
                cells |= {(sheet, c.coordinate, float(c.value)) for c in numbers}
    wb.close()
    return cells, unlabelled, hidden


def test_round_trip_every_numeric_cell(workbook: Path, parsed: ParseResult) -> None:
    expected, unlabelled, hidden = _workbook_cells(workbook)
    got = {(o.origin_table, o.origin_cell, o.value) for o in parsed.observations if o.value is not None}
    assert got == expected
    assert len(expected) == len(parsed.observations) == 5501
    # the only cells not imported are in hidden rows without a country label, each one reported
    assert unlabelled <= hidden and len(unlabelled) == 6
    warned = {
        (w.location.split("'")[1], int(re.findall(r"\d+", w.location.split("cells ")[1])[0])) for w in parsed.warnings
    }
    assert warned == unlabelled


# ------------------------------------------------------------------ broken and changed input


def _modified(tmp_path: Path, workbook: Path, change: Callable[[Any], None]) -> Path:
    wb = openpyxl.load_workbook(workbook)
    change(wb)
    out = tmp_path / "changed.xlsx"
    wb.save(out)
    return out


def test_truncated_file(tmp_path: Path, workbook: Path, release: Release) -> None:
    broken = tmp_path / "truncated.xlsx"
    broken.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    with pytest.raises(InputFileError, match=r"truncated\.xlsx: not a readable \.xlsx workbook"):
        nato_workbook.parse(broken, release)


def test_not_a_workbook_and_missing_file(tmp_path: Path, release: Release) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Country,2014\nPoland,1.8\n")
    with pytest.raises(InputFileError, match=r"fake\.xlsx"):
        nato_workbook.parse(fake, release)
    with pytest.raises(InputFileError, match="file not found"):
        nato_workbook.parse(tmp_path / "absent.xlsx", release)


def test_renamed_title(tmp_path: Path, workbook: Path, release: Release) -> None:
    def rename(wb: Any) -> None:
        wb["TABLE3"]["B4"] = "Table 3 : Defence spending relative to GDP"

    with pytest.raises(SchemaChangedError) as err:
        nato_workbook.parse(_modified(tmp_path, workbook, rename), release)
    message = str(err.value)
    assert "changed.xlsx" in message and "sheet 'TABLE3'" in message and "table title" in message
    assert "Table 3 : Defence spending relative to GDP" in message  # the closest text found


def test_removed_year_header(tmp_path: Path, workbook: Path, release: Release) -> None:
    def clear(wb: Any) -> None:
        for cell in wb["TABLE1"][8]:
            cell.value = None

    with pytest.raises(SchemaChangedError, match=r"sheet 'TABLE1', rows 5-14: no year header row"):
        nato_workbook.parse(_modified(tmp_path, workbook, clear), release)


def test_renamed_year_header(tmp_path: Path, workbook: Path, release: Release) -> None:
    def rename(wb: Any) -> None:
        wb["TABLE1"]["N8"] = "2024 (forecast)"

    with pytest.raises(
        SchemaChangedError, match=r"sheet 'TABLE1', cell N8: unexpected column header '2024 \(forecast\)'"
    ):
        nato_workbook.parse(_modified(tmp_path, workbook, rename), release)


def test_renamed_block_label(tmp_path: Path, workbook: Path, release: Release) -> None:
    def rename(wb: Any) -> None:
        wb["TABLE1"]["B43"] = "Real terms"

    with pytest.raises(SchemaChangedError) as err:
        nato_workbook.parse(_modified(tmp_path, workbook, rename), release)
    message = str(err.value)
    assert "sheet 'TABLE1', row 44" in message and "appears twice in one block" in message
    assert "Real terms" in message


def test_missing_sheet_suggests_close_names(tmp_path: Path, workbook: Path, release: Release) -> None:
    def rename(wb: Any) -> None:
        wb["TABLE1"].title = "Table 1"

    with pytest.raises(SchemaChangedError, match=r"sheet 'TABLE1': sheet not found .*did you mean 'Table 1'"):
        nato_workbook.parse(_modified(tmp_path, workbook, rename), release)


def test_moved_table_and_unknown_label(tmp_path: Path, workbook: Path, release: Release) -> None:
    """Tables are found by their text: a table moved down and right parses the same; an odd label only warns."""

    def change(wb: Any) -> None:
        wb["TABLE3"].move_range("A1:O90", rows=3, cols=1)
        wb["TABLE7"]["D23"] = "Atlantis"
        wb["TABLE2"]["E32"] = "#REF!"  # an error in a labelled row: Poland 2015

    result = nato_workbook.parse(_modified(tmp_path, workbook, change), release)
    got = {(o.country, o.indicator, o.year): o for o in result.observations}
    poland = got[("POL", "share_gdp", 2024)]
    assert (poland.origin_cell, round(poland.value or 0, 2)) == ("O35", 4.12)
    assert ("ALB", "military_personnel_k", 2024) not in got
    assert ("ALB", "share_gdp", 2024) in got
    assert any(
        w.location == "sheet 'TABLE7', row 23" and "unknown country label 'Atlantis'" in w.message
        for w in result.warnings
    )
    broken = got[("POL", "usd_current_m", 2015)]
    assert broken.value is None and broken.flags == ("national_2pct_law", "missing:#REF!")
    assert any(w.location == "sheet 'TABLE2', cell E32" and "#REF!" in w.message for w in result.warnings)


def test_xlsx_helpers() -> None:
    assert [xlsx.parse_year(v) for v in (2014, "2019", "2023e", 2014.0, "Real change 2014-2024e (%)", True)] == [
        (2014, False),
        (2019, False),
        (2023, True),
        (2014, False),
        None,
        None,
    ]
    assert [xlsx.decimals_of(f) for f in ("#,##0", "#,##0.00", "#,##0.0", "General", "0.0%")] == [0, 2, 1, None, 1]
    assert xlsx.is_error_value("#REF!") and not xlsx.is_error_value("REF")
