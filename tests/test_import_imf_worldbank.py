"""IMF DataMapper NGDPD CSV and World Bank WDI MS.MIL.XPND.GD.ZS zip: values, scope, broken input.

Expected values were read by hand from the files (csv module / zipfile); line numbers are the files' own.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers import imf, worldbank
from natospend.models import Observation, ParseResult, PriceBasis, Status
from natospend.reference import countries
from natospend.reference.manifest import Release, load_manifest

IMF = "imf/imf-dm-export-20260302_NGDPD.csv"
WB = "worldbank/API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2_211.zip"
WB_CSV = "API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2_211.csv"
SIPRI_2025 = "sipri/SIPRI-Milex-data-1949-2024_2.xlsx"
ALLIES = {c.code for c in countries.allies()}
Key = tuple[str, int]


def _by_country_year(result: ParseResult) -> dict[Key, Observation]:
    out = {(o.country, o.year): o for o in result.observations}
    assert len(out) == len(result.observations), "one observation per (country, year)"
    return out


@pytest.fixture(scope="session")
def imf_obs(parse_upstream: Callable[[str], ParseResult]) -> dict[Key, Observation]:
    return _by_country_year(parse_upstream(IMF))


@pytest.fixture(scope="session")
def wb_obs(parse_upstream: Callable[[str], ParseResult]) -> dict[Key, Observation]:
    return _by_country_year(parse_upstream(WB))


# ------------------------------------------------------------------ IMF


@pytest.mark.parametrize(
    ("country", "year", "billions", "line"),
    [
        ("USA", 2024, "29298.025", 190),
        ("POL", 1992, "89.166", 142),
        ("TUR", 2024, "1358.251", 185),  # 'Türkiye, Republic of'
        ("MKD", 2024, "16.679", 132),  # 'North Macedonia ' with a trailing space
        ("CZE", 2024, "347.034", 47),  # 'Czech Republic'
        ("ISL", 1980, "3.434", 79),
    ],
)
def test_imf_gdp_in_millions(
    imf_obs: dict[Key, Observation], country: str, year: int, billions: str, line: int
) -> None:
    o = imf_obs[(country, year)]
    assert o.value == float(billions.replace(".", ""))  # three decimals of billions = whole millions, exactly
    assert (o.indicator, o.unit.split(",")[0], o.price_basis) == (
        "gdp_usd_current_m",
        "million US dollars",
        PriceBasis.CURRENT,
    )
    assert o.origin_cell == f"line {line}, column {year}" and o.decimals == 0
    assert (o.source, o.release_id, o.status, o.flags) == ("imf", "imf-weo-2025-10", Status.ACTUAL, ())


def test_imf_projections_from_2025(imf_obs: dict[Key, Observation]) -> None:
    o = imf_obs[("USA", 2025)]
    assert o.value == 30615743 and o.status is Status.ESTIMATE and o.flags == ("imf_projection",)
    assert imf_obs[("USA", 2030)].value == 36814251
    assert all((o.year >= 2025) == (o.status is Status.ESTIMATE) for o in imf_obs.values())


def test_imf_scope_and_missing(imf_obs: dict[Key, Observation]) -> None:
    assert {c for c, _ in imf_obs} == ALLIES  # every ally, no region or other economy
    assert ("CZE", 1980) not in imf_obs and ("CZE", 1995) in imf_obs  # 'no data' until 1995
    assert min(y for _, y in imf_obs) == 1980 and max(y for _, y in imf_obs) == 2030


@pytest.fixture(scope="session")
def imf_release() -> Release:
    return load_manifest().release("imf-weo-2025-10")


def test_imf_broken_input(tmp_path: Path, raw: Path, imf_release: Release) -> None:
    text = (raw / IMF).read_text(encoding="utf-8")
    changed = tmp_path / "relabelled.csv"
    changed.write_text(text.replace("(Billions of U.S. dollars)", "(Millions of U.S. dollars)", 1), encoding="utf-8")
    with pytest.raises(SchemaChangedError, match=r"relabelled\.csv, line 1, column 1: expected the indicator label"):
        imf.parse(changed, imf_release)
    truncated = tmp_path / "truncated.csv"
    lines = text.splitlines()
    truncated.write_text("\n".join([*lines[:189], lines[189][:60]]), encoding="utf-8")  # cut inside 'United States'
    with pytest.raises(InputFileError, match=r"truncated\.csv, line 190: .* fields, expected 52 \('United States'\)"):
        imf.parse(truncated, imf_release)
    with pytest.raises(InputFileError, match="file not found"):
        imf.parse(tmp_path / "absent.csv", imf_release)


# ------------------------------------------------------------------ World Bank


@pytest.mark.parametrize(
    ("country", "year", "text", "line"),
    [
        ("USA", 2024, "3.41921653228044", 257),
        ("GBR", 2024, "2.2786177901127", 87),
        ("GBR", 1960, "7.09248637082215", 87),
    ],
)
def test_worldbank_share_of_gdp(wb_obs: dict[Key, Observation], country: str, year: int, text: str, line: int) -> None:
    o = wb_obs[(country, year)]
    assert o.value == float(text) and o.unit == "percent of GDP" and o.indicator == "share_gdp"
    assert (o.origin_file, o.origin_table, o.origin_cell) == (Path(WB).name, WB_CSV, f"line {line}, column {year}")
    assert (o.source, o.release_id, o.status) == ("worldbank", "worldbank-2026-02", Status.ACTUAL)


def test_worldbank_scope(wb_obs: dict[Key, Observation]) -> None:
    # Iceland's row is in the file but empty (no armed forces); the 2025 column is empty for everyone
    assert {c for c, _ in wb_obs} == ALLIES - {"ISL"}
    assert max(y for _, y in wb_obs) == 2024 and min(y for _, y in wb_obs) == 1960


def test_worldbank_equals_sipri_2025_through_2024(
    wb_obs: dict[Key, Observation], parse_upstream: Callable[[str], ParseResult]
) -> None:
    """The World Bank republishes SIPRI: every ally-year from 1960 equals the SIPRI 2025 edition's share of GDP."""
    sipri = {
        (o.country, o.year): o.value
        for o in parse_upstream(SIPRI_2025).observations
        if o.indicator == "share_gdp" and o.value is not None and o.year >= 1960
    }
    assert set(sipri) == set(wb_obs)
    assert all(wb_obs[key].value == pytest.approx(value, abs=1e-9) for key, value in sipri.items())


@pytest.fixture(scope="session")
def wb_release() -> Release:
    return load_manifest().release("worldbank-2026-02")


def _rezip(source: Path, target: Path, edit: Callable[[str], str]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == WB_CSV:
                data = edit(data.decode("utf-8-sig")).encode("utf-8-sig")
            zout.writestr(item, data)
    return target


def test_worldbank_missing_column(tmp_path: Path, raw: Path, wb_release: Release) -> None:
    changed = _rezip(raw / WB, tmp_path / "nocode.zip", lambda t: t.replace('"Country Code"', '"Code"', 1))
    with pytest.raises(SchemaChangedError) as err:
        worldbank.parse(changed, wb_release)
    assert f"nocode.zip, {WB_CSV}, line 5: column 'Country Code' missing" in str(err.value)


def test_worldbank_broken_input(tmp_path: Path, raw: Path, wb_release: Release) -> None:
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes((raw / WB).read_bytes()[:50_000])
    with pytest.raises(InputFileError, match=r"truncated\.zip: not a readable zip archive"):
        worldbank.parse(truncated, wb_release)
    # a name that disagrees with its code is reported (the ISO3 code wins)
    swapped = _rezip(
        raw / WB, tmp_path / "swapped.zip", lambda t: t.replace('"United Kingdom","GBR"', '"France","GBR"')
    )
    result = worldbank.parse(swapped, wb_release)
    assert [w.location for w in result.warnings] == [f"{WB_CSV}, line 87"]
    assert "'GBR' but name 'France' resolves to 'FRA'" in result.warnings[0].message
