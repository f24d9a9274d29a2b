"""The transcribed NATO releases: values, precision as printed, citations, estimate flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from natospend.errors import InputFileError
from natospend.ingest.importers import nato_transcribed
from natospend.reference.manifest import load_manifest


def _parse(raw: Path, name: str, release_id: str) -> dict[tuple[str, str, int], object]:
    result = nato_transcribed.parse(raw / "nato-transcribed" / name, load_manifest().release(release_id))
    return {(o.country, o.indicator, o.year): o for o in result.observations}


def test_2026_release_published_values(raw: Path) -> None:
    obs = _parse(raw, "nato_def-exp-2026_2014-2026.csv", "nato-2026-07")
    poland = obs[("POL", "share_gdp", 2026)]
    assert poland.value == 4.68 and poland.status == "estimate"  # type: ignore[attr-defined]
    assert obs[("DEU", "share_gdp", 2026)].value == 2.69  # type: ignore[attr-defined]
    assert obs[("POL", "share_gdp", 2016)].value == 1.99  # type: ignore[attr-defined]
    assert obs[("SWE", "nc_current_m", 2024)].value == 140549  # type: ignore[attr-defined]
    assert obs[("USA", "usd_current_m", 2026)].value == 1032849  # type: ignore[attr-defined]
    assert obs[("POL", "share_gdp", 2016)].base_year == 2021  # type: ignore[attr-defined]
    # NATO prints shares with two decimals; the transcription wrote Estonia's 5.10 as "5.1".
    estonia = obs[("EST", "share_gdp", 2026)]
    assert estonia.value == 5.1 and estonia.decimals == 2 and "precision_inferred" in estonia.flags  # type: ignore[attr-defined]
    assert "leave-the-gun-take-the-cannoli" in obs[("POL", "share_gdp", 2016)].citation  # type: ignore[attr-defined]


def test_press_values_keep_printed_precision(raw: Path) -> None:
    obs = _parse(raw, "nato_sg-annual-report-2025.csv", "nato-2026-03")
    albania = obs[("ALB", "share_gdp", 2025)]
    # The article says "the minimum 2 percent" where it prints others as 2.1: one decimal, inferred.
    assert albania.value == 2 and albania.decimals == 1  # type: ignore[attr-defined]
    assert "precision_inferred" in albania.flags  # type: ignore[attr-defined]
    assert "rounded_by_source" in albania.flags  # type: ignore[attr-defined]
    assert obs[("POL", "share_gdp", 2025)].value == 4.3  # type: ignore[attr-defined]
    assert obs[("POL", "share_gdp", 2025)].decimals == 1  # type: ignore[attr-defined]


def test_july_2016_press_list(raw: Path) -> None:
    obs = _parse(raw, "nato_release-2016-07_2009-2016_partial.csv", "nato-2016-07")
    at_two = sorted(c for (c, i, y), o in obs.items() if i == "share_gdp" and y == 2016 and o.value >= 2)  # type: ignore[attr-defined]
    assert at_two == ["EST", "GBR", "GRC", "POL", "USA"]


def test_missing_column_names_file_and_column(tmp_path: Path, raw: Path) -> None:
    source = (raw / "nato-transcribed" / "nato_release-2020-10_2013-2020_partial.csv").read_text(encoding="utf-8")
    broken = tmp_path / "broken.csv"
    broken.write_text(source.replace("indicator,", "indicatr,", 1), encoding="utf-8")
    with pytest.raises(InputFileError, match=r"broken\.csv, line 1 \(header\): missing column\(s\) indicator"):
        nato_transcribed.parse(broken, load_manifest().release("nato-2020-10"))


def test_july_2018_press_release(raw: Path) -> None:
    obs = _parse(raw, "nato_release-2018-07_2011-2018_partial.csv", "nato-2018-07")
    shares = {c: o for (c, i, y), o in obs.items() if i == "share_gdp" and y == 2018}
    assert {c: shares[c].value for c in ("USA", "GRC", "EST", "GBR", "LVA", "POL")} == {  # type: ignore[attr-defined]
        "USA": 3.5, "GRC": 2.27, "EST": 2.14, "GBR": 2.10, "LVA": 2, "POL": 1.98,
    }  # fmt: skip
    # Printed "2 proc." and "3,5 proc.": the unit says so, and that beats the column's two decimals.
    assert shares["LVA"].decimals == 0 and "precision_inferred" not in shares["LVA"].flags  # type: ignore[attr-defined]
    assert shares["USA"].decimals == 1 and shares["GBR"].decimals == 2  # type: ignore[attr-defined]
    assert len(shares) == 23 and not {"HUN", "MNE", "PRT", "SVK", "SVN"} & set(shares)
    assert sorted(c for c, o in shares.items() if o.value >= 2) == ["EST", "GBR", "GRC", "LVA", "USA"]  # type: ignore[attr-defined]
    assert obs[("POL", "equipment_share", 2018)].value == 23.95  # type: ignore[attr-defined]
    assert obs[("ALB", "share_gdp", 2011)].status == "actual" and shares["ALB"].status == "estimate"  # type: ignore[attr-defined]


def test_sg_annual_report_2017(raw: Path) -> None:
    obs = _parse(raw, "nato_sg-annual-report-2017_release-2018-03.csv", "nato-2018-03")
    assert obs[("POL", "share_gdp", 2017)].value == 1.99 and obs[("USA", "share_gdp", 2017)].value == 3.57  # type: ignore[attr-defined]
    assert obs[("NATO_TOTAL", "share_gdp", 2017)].value == 2.42  # type: ignore[attr-defined]
    assert len(obs) == 7


def test_june_2015_keeps_its_one_decimal(raw: Path) -> None:
    obs = _parse(raw, "nato_release-2015-06_2008-2015_partial.csv", "nato-2015-06")
    usa = obs[("USA", "share_gdp", 2015)]
    assert usa.value == 3.4 and usa.decimals == 1 and "rounded_by_source" in usa.flags  # type: ignore[attr-defined]
    assert obs[("NOR", "share_gdp", 2015)].value == 1.5 and obs[("USA", "share_gdp", 2011)].value == 4.8  # type: ignore[attr-defined]


def test_supplements_keep_their_own_file_and_line(raw: Path) -> None:
    obs = _parse(raw, "nato_def-exp-2025_2014-2025_supplement.csv", "nato-2025-08")
    finland = obs[("FIN", "equipment_share", 2025)]
    assert finland.value == 46 and finland.decimals == 0  # type: ignore[attr-defined]  # printed "46 procent"
    assert finland.origin_file == "nato_def-exp-2025_2014-2025_supplement.csv" and finland.origin_cell == "line 4"  # type: ignore[attr-defined]
    real = obs[("NATO_EUROPE_CANADA", "real_change", 2025)]
    assert real.value == 15.9 and "conflicting_sources" in real.flags  # type: ignore[attr-defined]
    romania = _parse(raw, "nato_sg-annual-report-2023_release-2024-03_supplement.csv", "nato-2024-03")
    assert romania[("ROU", "share_gdp", 2020)].value == 2.01  # type: ignore[attr-defined]
    assert romania[("ROU", "share_gdp", 2023)].decimals == 1  # type: ignore[attr-defined]  # "1,6", rounded by the press
