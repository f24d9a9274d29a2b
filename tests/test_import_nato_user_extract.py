"""User transcription of NATO's July 2023 release: UK series, 2023e shares of the allies, citation, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from natospend.errors import SchemaChangedError
from natospend.ingest.importers import nato_user_extract
from natospend.models import Observation, ParseResult, Status
from natospend.reference import countries
from natospend.reference.manifest import Release, load_manifest

FILE = "nato/230707-def-exp-2023-TABLES-en_user-extract.csv"
SNAPSHOT = "marcosfabietti/pivot_in_r:230707-def-exp-2023-TABLES-en.csv@21f18d8145653b6d9dc8ca3174e4bdebd02101df"
Key = tuple[str, str, int]


@pytest.fixture(scope="session")
def release() -> Release:
    return load_manifest().release("nato-2023-07")


@pytest.fixture(scope="session")
def parsed(raw: Path, release: Release) -> ParseResult:
    return nato_user_extract.parse(raw / FILE, release)


@pytest.fixture(scope="session")
def obs(parsed: ParseResult) -> dict[Key, Observation]:
    out = {(o.country, o.indicator, o.year): o for o in parsed.observations}
    assert len(out) == len(parsed.observations)
    return out


def test_uk_2023e_share_of_gdp(obs: dict[Key, Observation]) -> None:
    uk = obs[("GBR", "share_gdp", 2023)]
    assert round(uk.value or 0, 2) == 2.07 and uk.value == 2.066565212
    assert uk.status is Status.ESTIMATE and "estimate_per_release_notes" in uk.flags
    assert uk.origin_cell == "line 4" and uk.citation == SNAPSHOT
    assert (uk.source, uk.release_id) == ("nato", "nato-2023-07")


def test_uk_series(obs: dict[Key, Observation]) -> None:
    nominal, real = obs[("GBR", "nc_current_m", 2014)], obs[("GBR", "nc_constant_m", 2014)]
    assert nominal.value == 39902.04727 and nominal.status is Status.ACTUAL
    assert (nominal.price_basis, nominal.base_year) == ("current", None)
    assert real.value == 40186.37775 and (real.price_basis, real.base_year) == ("constant", 2015)
    assert obs[("GBR", "nc_current_m", 2023)].value == 54136.111
    assert obs[("GBR", "equipment_share", 2023)].value == 28.59014937
    uk_years = {k[2] for k in obs if k[0] == "GBR" and k[1] == "other_share"}
    assert uk_years == set(range(2014, 2024))
    shares = ("equipment_share", "personnel_share", "infrastructure_share", "other_share")
    assert sum(obs[("GBR", s, 2020)].value or 0 for s in shares) == pytest.approx(100, abs=0.01)


def test_allies_2023e(parsed: ParseResult, obs: dict[Key, Observation]) -> None:
    shares = {k[0]: o for k, o in obs.items() if k[1] == "share_gdp" and k[2] == 2023}
    # 31 Allies in July 2023 (Finland in, Sweden not yet); Iceland, with no armed forces, has no row
    assert set(shares) == {c.code for c in countries.members(2023)} - {"ISL"}
    assert len(shares) == 30 and "SWE" not in shares and "FIN" in shares
    poland = shares["POL"]
    assert round(poland.value or 0, 2) == 3.90 and "national_2pct_law" in poland.flags
    assert {c for c, o in shares.items() if "national_2pct_law" in o.flags} == {"POL", "LTU", "ROU", "LVA"}
    assert round(shares["USA"].value or 0, 2) == 3.49 and round(shares["LUX"].value or 0, 2) == 0.72
    assert all(o.status is Status.ESTIMATE and "transcribed" in o.flags for o in shares.values())
    assert parsed.warnings == []


def test_reference_lines_are_not_data(parsed: ParseResult) -> None:
    # the "2% line" rows and the 'Target' column are drawn by the user, not published figures
    assert not [o for o in parsed.observations if o.value == 2 and o.indicator == "share_gdp"]
    assert "line 5" not in {o.origin_cell for o in parsed.observations}
    assert len(parsed.observations) == 7 * 10 + 29  # the UK 2023 share appears in two blocks, kept once


def test_missing_column(tmp_path: Path, raw: Path, release: Release) -> None:
    text = (raw / FILE).read_text(encoding="utf-8-sig").replace("Country,DFS%,Target", "Country,Share,Target")
    broken = tmp_path / "extract.csv"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaChangedError, match=r"extract\.csv, line 13: column 'DFS%' not found"):
        nato_user_extract.parse(broken, release)


def test_unknown_country_warns(tmp_path: Path, raw: Path, release: Release) -> None:
    text = (raw / FILE).read_text(encoding="utf-8-sig").replace("Greece,", "Atlantis,")
    changed = tmp_path / "extract.csv"
    changed.write_text(text, encoding="utf-8")
    result = nato_user_extract.parse(changed, release)
    assert [(w.location, w.message) for w in result.warnings] == [("line 16", "unknown country 'Atlantis'")]
    assert all(o.citation == "extract.csv" for o in result.observations)  # not in the manifest: no snapshot
