"""NATO 2019 release via passport's R data frame (.rda) and its CSV export: values, units, estimates, errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from natospend.errors import InputFileError, SchemaChangedError
from natospend.ingest.importers import nato_2019
from natospend.models import Observation, ParseResult, Status
from natospend.reference.manifest import Release, load_manifest

RDA = "nato/passport_nato_PR-2019-069.rda"
CSV = "nato/passport_nato_PR-2019-069.derived.csv"
Key = tuple[str, str, int]


@pytest.fixture(scope="session")
def release() -> Release:
    return load_manifest().release("nato-2019-06")


@pytest.fixture(scope="session")
def from_rda(raw: Path, release: Release) -> ParseResult:
    return nato_2019.parse(raw / RDA, release)


@pytest.fixture(scope="session")
def obs(from_rda: ParseResult) -> dict[Key, Observation]:
    out = {(o.country, o.indicator, o.year): o for o in from_rda.observations}
    assert len(out) == len(from_rda.observations)
    return out


def test_poland_2016_share_of_gdp(obs: dict[Key, Observation]) -> None:
    o = obs[("POL", "share_gdp", 2016)]
    assert round(o.value or 0, 2) == 1.99
    assert o.status is Status.ACTUAL and o.flags == ()
    assert (o.source, o.release_id, o.origin_file) == ("nato", "nato-2019-06", "passport_nato_PR-2019-069.rda")
    assert o.origin_table == "nato data frame (passport)"
    assert o.origin_cell == 'row 181, column "Defense expenditure (% real GDP)"'


def test_all_columns_mapped_and_coverage(from_rda: ParseResult) -> None:
    indicators = {o.indicator for o in from_rda.observations}
    assert indicators == {
        "usd_current_m",
        "usd_constant_m",
        "share_gdp",
        "real_change",
        "gdp_usd_constant_m",
        "gdp_per_capita_usd_constant_k",
        "milex_per_capita_usd_constant",
        "military_personnel_k",
        "equipment_share",
        "personnel_share",
        "infrastructure_share",
        "other_share",
    }
    assert len({o.country for o in from_rda.observations}) == 29
    assert {o.year for o in from_rda.observations} == set(range(2012, 2020))
    assert from_rda.warnings == [] and from_rda.layout == "passport-nato-2019"


def test_units_normalised(obs: dict[Key, Observation]) -> None:
    # The frame stores whole US dollars and persons; indicators are in millions and thousands.
    usd = obs[("POL", "usd_current_m", 2016)]
    assert usd.value == 9404.971725811298 and usd.unit.startswith("million US dollars")
    real = obs[("POL", "usd_constant_m", 2016)]
    assert (real.base_year, real.price_basis) == (2015, "constant")
    assert obs[("POL", "military_personnel_k", 2016)].value == 101.586
    assert obs[("ALB", "military_personnel_k", 2012)].value == 7.858
    assert obs[("POL", "gdp_per_capita_usd_constant_k", 2016)].value == pytest.approx(12.8088, abs=1e-4)
    assert round(obs[("USA", "usd_current_m", 2019)].value or 0) == 730149


def test_misnamed_real_change_column(obs: dict[Key, Observation]) -> None:
    o = obs[("POL", "real_change", 2016)]
    assert round(o.value or 0, 2) == -7.44  # percent change, not a share of GDP
    assert 'column "Defense expenditure annual real change (% GDP)"' in o.origin_cell


def test_2018_2019_are_estimates(from_rda: ParseResult) -> None:
    for o in from_rda.observations:
        estimate = o.year in (2018, 2019)
        assert o.status is (Status.ESTIMATE if estimate else Status.ACTUAL)
        assert ("estimate_per_release_notes" in o.flags) == estimate


def test_iceland_na_is_absent(obs: dict[Key, Observation]) -> None:
    assert ("ISL", "share_gdp", 2016) not in obs
    assert ("ISL", "gdp_usd_constant_m", 2016) in obs
    assert ("POL", "personnel_share", 2012) in obs


def test_csv_export_gives_the_same_figures(raw: Path, release: Release, from_rda: ParseResult) -> None:
    from_csv = nato_2019.parse(raw / CSV, release)
    rda = {(o.country, o.indicator, o.year): (o.value, o.status, o.unit) for o in from_rda.observations}
    csv_ = {(o.country, o.indicator, o.year): (o.value, o.status, o.unit) for o in from_csv.observations}
    assert rda == csv_
    first = next(o for o in from_csv.observations if (o.country, o.year) == ("POL", 2016))
    assert first.origin_cell.startswith("line 182, column")


def test_missing_column(tmp_path: Path, raw: Path, release: Release) -> None:
    rows = list(csv.reader((raw / CSV).read_text(encoding="utf-8").splitlines()))
    drop = rows[0].index("Military personnel")
    broken = tmp_path / "nato.csv"
    with broken.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([r[:drop] + r[drop + 1 :] for r in rows])
    with pytest.raises(SchemaChangedError, match=r"nato\.csv, header: missing column\(s\) 'Military personnel'"):
        nato_2019.parse(broken, release)


def test_truncated_rda_and_unknown_suffix(tmp_path: Path, raw: Path, release: Release) -> None:
    truncated = tmp_path / "nato.rda"
    truncated.write_bytes((raw / RDA).read_bytes()[:5000])
    with pytest.raises(InputFileError, match=r"nato\.rda: not a readable R data file"):
        nato_2019.parse(truncated, release)
    other = tmp_path / "nato.xlsx"
    other.write_bytes(b"x")
    with pytest.raises(InputFileError, match="unsupported file type"):
        nato_2019.parse(other, release)


def test_bad_number_names_line_and_column(tmp_path: Path, raw: Path, release: Release) -> None:
    lines = (raw / CSV).read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[4] = "1.4x"
    lines[1] = ",".join(cells)
    broken = tmp_path / "nato.csv"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r'line 2, column "Defense expenditure \(% real GDP\)": not a number'):
        nato_2019.parse(broken, release)
