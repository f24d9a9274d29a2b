"""IISS Military Balance transcription (wide, one sheet per edition) and long extract: values, flags, broken input.

Expected values were read by hand from the workbooks with openpyxl (cell addresses given with each).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers import iiss
from natospend.models import Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release, load_manifest

WIDE = "iiss/Military_Balance_2012-2020.xlsx"
LONG = "iiss/iiss_milex.xlsx"
ALLIES = {c.code for c in countries.allies()}
Key = tuple[str, str, str, int]  # sheet (edition), country, indicator, year


@pytest.fixture(scope="session")
def wide(parse_upstream: Callable[[str], ParseResult]) -> ParseResult:
    return parse_upstream(WIDE)


@pytest.fixture(scope="session")
def obs(wide: ParseResult) -> dict[Key, Observation]:
    out = {(o.origin_table, o.country, o.indicator, o.year): o for o in wide.observations}
    assert len(out) == len(wide.observations), "one observation per (edition, country, indicator, year)"
    return out


def test_uk_2016_share_of_gdp_in_the_military_balance_2017(obs: dict[Key, Observation]) -> None:
    """RULES.md: IISS put the UK at 1.98% in 2016 (The Military Balance 2017, sheet Y2017, cell J44)."""
    o = obs[("Y2017", "GBR", "share_gdp", 2016)]
    assert o.value == 1.98 and o.origin_cell == "J44" and o.unit == "percent of GDP"
    assert o.flags == ("iiss_edition:2017",) and o.status is Status.ACTUAL
    assert (o.source, o.release_id, o.origin_file) == ("iiss", "iiss-mb-2017", Path(WIDE).name)
    # later editions revised it: 2.00 in 2018 (I44), back to 1.98 in 2019 (H44)
    assert obs[("Y2018", "GBR", "share_gdp", 2016)].value == 2.0
    assert obs[("Y2019", "GBR", "share_gdp", 2016)].value == 1.98


def test_every_group_of_the_2020_edition(obs: dict[Key, Observation]) -> None:
    # Y2020 row 5: United States 598722 631161 684568 | 1833 1917 2063 | 3.07 3.07 3.19 | 1380 849 0
    assert obs[("Y2020", "USA", "usd_current_m", 2019)].value == 684568
    assert obs[("Y2020", "USA", "usd_current_m", 2019)].origin_cell == "D5"
    assert obs[("Y2020", "USA", "usd_current_m", 2017)].value == 598722
    assert obs[("Y2020", "USA", "milex_per_capita_usd_current", 2018)].value == 1917
    assert obs[("Y2020", "USA", "share_gdp", 2019)].value == 3.19
    assert obs[("Y2020", "USA", "active_forces_k", 2020)].value == 1380
    assert obs[("Y2020", "USA", "reservists_k", 2020)].value == 849
    assert obs[("Y2020", "USA", "paramilitary_k", 2020)].value == 0
    assert obs[("Y2020", "USA", "usd_current_m", 2019)].price_basis is PriceBasis.CURRENT
    assert obs[("Y2012", "USA", "usd_current_m", 2010)].value == 693600  # Y2012 row 5, edition 2012: 2008-2010


def test_estimates_missing_and_footnotes(wide: ParseResult, obs: dict[Key, Observation]) -> None:
    uk = obs[("Y2020", "GBR", "share_gdp", 2019)]  # 'United Kingdom*', row 44
    assert uk.value == 2 and uk.status is Status.ESTIMATE and "iiss_estimate" in uk.flags
    isl = obs[("Y2014", "ISL", "usd_current_m", 2013)]  # 'n.a.'
    assert isl.value is None and isl.flags[-1] == "missing:n.a."
    assert obs[("Y2012", "ISL", "usd_current_m", 2008)].flags[-1] == "missing:n.a."  # 'n.a' in B18
    assert obs[("Y2015", "LVA", "share_gdp", 2014)].flags[-1] == "missing:n.k."  # 'n.k.' in J26
    alb = obs[("Y2014", "ALB", "usd_current_m", 2013)]  # Footnote column 'b'
    assert "iiss_note:Y2014:b" in alb.flags
    notes = {n.marker: n.text for n in wide.notes}
    assert notes["Y2014:b"] == "Excludes military pensions"
    assert notes["Y2020:*"].startswith("Estimates")
    assert notes["Y2013:a"].startswith("NATO definition used for 2010 and 2011 figures.")
    assert notes["Y2013:a"].endswith("against those of previous years")


def test_every_ally_in_every_edition(wide: ParseResult) -> None:
    found: dict[str, set[str]] = {}
    for o in wide.observations:
        found.setdefault(o.origin_table, set()).add(o.country)
        assert f"iiss_edition:{o.origin_table[1:]}" in o.flags
    assert sorted(found) == [f"Y{y}" for y in range(2012, 2021)]
    # 'Macedonia, North' (Y2020), 'Netherlands, The' (Y2015-16), 'Czech Republic', 'Macedonia (FYROM)'
    assert all(codes == ALLIES for codes in found.values()), {s: ALLIES - c for s, c in found.items()}
    assert not wide.warnings  # the Summary block's 'US' (Y2012) is not read as a second United States


def test_long_extract(parse_upstream: Callable[[str], ParseResult]) -> None:
    result = parse_upstream(LONG)
    assert result.layout == "iiss-milex-long"
    obs = {(o.country, o.indicator, o.year): o for o in result.observations}
    # Sheet1 row 474: GBR 2016 52965000000 822 0.019799999999999998
    assert obs[("GBR", "share_gdp", 2016)].value == 1.98 and obs[("GBR", "share_gdp", 2016)].origin_cell == "E474"
    assert obs[("GBR", "usd_current_m", 2016)].value == 52965
    assert obs[("GBR", "milex_per_capita_usd_current", 2016)].value == 822
    assert obs[("MKD", "usd_current_m", 2013)].value == 137
    # the extract has no rows at all for Luxembourg and Montenegro
    assert {c for c, _, _ in obs} == ALLIES - {"LUX", "MNE"}


# ------------------------------------------------------------------ broken and changed input


@pytest.fixture(scope="session")
def release() -> Release:
    return load_manifest().release("iiss-mb-2020")


def test_truncated_file(tmp_path: Path, raw: Path, release: Release) -> None:
    broken = tmp_path / "mb-truncated.xlsx"
    broken.write_bytes((raw / WIDE).read_bytes()[:70_000])
    with pytest.raises(InputFileError, match=r"mb-truncated\.xlsx: not a readable \.xlsx workbook"):
        iiss.parse(broken, release)


def test_unknown_layout(tmp_path: Path, release: Release) -> None:
    wb = openpyxl.Workbook()
    assert wb.active is not None
    wb.active.title = "Data"
    wb.active.append(["country", "year", "spending"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(SchemaChangedError) as err:
        iiss.parse(tmp_path / "other.xlsx", release)
    assert "other.xlsx, sheet 'Data': not an IISS layout" in str(err.value) and "'Y2017'" in str(err.value)


def test_missing_group_header(tmp_path: Path, raw: Path, release: Release) -> None:
    wb = openpyxl.load_workbook(raw / WIDE)
    wb["Y2017"]["H1"] = "Defence Spending\nshare of GDP"
    wb.save(tmp_path / "changed.xlsx")
    with pytest.raises(SchemaChangedError) as err:
        iiss.parse(tmp_path / "changed.xlsx", release)
    assert "changed.xlsx, sheet 'Y2017', cell H1: unknown group header 'Defence Spending share of GDP'" in str(
        err.value
    )
