"""Sources side by side (natospend.analysis.compare) and the definitions matrix behind the explanations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from natospend.analysis import compare
from natospend.analysis.explain import explain
from natospend.charts.plotting import save_comparison
from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.reference import definitions
from natospend.store.dataset import Dataset

MEASURES = ("nato", "sipri", "iiss", "worldbank", "eurostat_cofog", "national_budget")
ASPECTS = ("pensions", "paramilitary", "military_aid", "rnd", "fiscal_year", "gdp_source", "price_base")


def _row(frame: Any, release: str) -> Any:
    rows = frame[frame["release_id"] == release]
    assert len(rows) == 1, f"{release}: {len(rows)} rows"
    return rows.iloc[0]


def test_uk_2016_every_nato_release_and_sipri_side_by_side(claims_datasets: dict[str, Any]) -> None:
    frame = compare.compare(claims_datasets["plain"], "Britain", 2016)
    # Published values: 2.21 (July 2016 release, as quoted by the press), 2.09 (TABLE3 F40 of the 2024 workbook),
    # 2.07 (2026 release), SIPRI 1.98 (2025 edition, 0.0198 in its Share of GDP sheet).
    assert _row(frame, "nato-2016-07")["shown"] == "2.21"
    assert _row(frame, "nato-2024-06")["shown"] == "2.09"
    assert _row(frame, "nato-2024-06")["origin_cell"] == "F40"
    assert _row(frame, "nato-2026-07")["shown"] == "2.07"
    assert _row(frame, "sipri-2025-04")["value"] == pytest.approx(1.98, abs=0.005)
    assert set(frame["source"]) >= {"nato", "sipri", "worldbank"}
    assert "iiss" not in set(frame["source"])  # not imported in this dataset
    # NATO rows come first, oldest release first; the spread is the same for every row of the year.
    assert frame["source"].iloc[0] == "nato"
    assert frame["spread"].nunique() == 1
    # Highest: 2.21 (July 2016 release); lowest: SIPRI's 2020 edition, 0.0181078 in its Share of GDP sheet, printed
    # with one decimal (1.8%): the spread compares figures at the precision each source printed.
    sipri_2020 = _row(frame, "sipri-2020-04")
    assert sipri_2020["value"] == pytest.approx(1.81078, abs=1e-4) and sipri_2020["shown"] == "1.8"
    assert frame["spread"].iloc[0] == pytest.approx(2.21 - 1.8, abs=0.006)


def test_uk_2016_with_imported_iiss_names_the_edition(claims_datasets: dict[str, Any]) -> None:
    frame = compare.compare(claims_datasets["iiss"], "GBR", 2016)
    mb2017 = _row(frame, "iiss-mb-2017")
    assert mb2017["shown"] == "1.98"  # The Military Balance 2017, the figure the MoD rejected
    assert mb2017["edition"] == "The Military Balance 2017"
    assert mb2017["diff_vs_nato"] == pytest.approx(1.98 - 2.07, abs=1e-6)


def test_explain_uk_2016_nato_vs_iiss(claims_datasets: dict[str, Any]) -> None:
    lines = explain(claims_datasets["iiss"], "United Kingdom", 2016, sources=("nato", "iiss"))
    text = "\n".join(lines)
    assert "IISS: 1.98" in text
    assert "Pensions" in text and "Single Intelligence Account" in text  # items added to the UK's NATO return
    assert "Fiscal vs calendar year" in text and "April Y to March Y+1" in text
    assert "GDP source" in text and "DG ECFIN" in text
    assert "https://www.parallelparliament.co.uk/question/64762/defence-expenditure" in text
    assert "NATO's own figure was revised: 2.21 in nato-2016-07" in text
    assert not any(line.startswith("SIPRI:") for line in lines)  # restricted to the two sources asked for


def test_explain_calendar_year_ally_skips_fiscal_year(claims_datasets: dict[str, Any]) -> None:
    lines = explain(claims_datasets["plain"], "Poland", 2016)
    assert not any(line.startswith("Fiscal vs calendar year") for line in lines)
    assert any(line.startswith("SIPRI:") for line in lines)


def test_definitions_matrix_covers_every_measure_and_aspect_with_sources() -> None:
    frame = definitions.definitions_frame()
    for measure in MEASURES:
        for aspect in ASPECTS:
            rows = frame[(frame["measure"] == measure) & (frame["aspect"] == aspect)]
            assert len(rows) == 1, f"{measure}/{aspect} missing"
            assert rows.iloc[0]["sources"].startswith("http"), f"{measure}/{aspect} has no source address"
    sipri_pensions = frame[(frame["measure"] == "sipri") & (frame["aspect"] == "pensions")].iloc[0]
    assert sipri_pensions["treatment"] == "included"
    cofog_pensions = frame[(frame["measure"] == "eurostat_cofog") & (frame["aspect"] == "pensions")].iloc[0]
    assert cofog_pensions["treatment"] == "excluded"


def test_every_reference_figure_and_note_cites_a_page() -> None:
    defs = definitions.load_definitions()
    assert defs.references and defs.notes and defs.uncovered
    assert all(r.source.startswith("http") for r in defs.references)
    assert all(n.sources and all(s.startswith("http") for s in n.sources) for n in defs.notes)
    assert all(u.sources for u in defs.uncovered)


def test_compare_unknown_country_and_indicator(claims_datasets: dict[str, Any]) -> None:
    with pytest.raises(UnknownValueError, match="did you mean"):
        compare.compare(claims_datasets["plain"], "Polnd")
    with pytest.raises(UnknownValueError, match="indicator"):
        compare.compare(claims_datasets["plain"], "POL", 2016, "share_gpd")


def test_compare_all_years_and_other_indicator(claims_datasets: dict[str, Any]) -> None:
    frame = compare.compare(claims_datasets["plain"], "USA", indicator="usd_current_m")
    assert {"nato", "sipri"} <= set(frame["source"])
    row = frame[(frame["release_id"] == "nato-2024-06") & (frame["year"] == 2024)].iloc[0]
    assert row["value"] == pytest.approx(967707, abs=1)  # TABLE2, current prices, 2024e


def test_plot_png_and_bad_suffix(claims_datasets: dict[str, Any], tmp_path: Path) -> None:
    frame = compare.compare(claims_datasets["plain"], "GBR", 2016)
    out = save_comparison(frame, tmp_path / "uk.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    history = compare.compare(claims_datasets["plain"], "GBR")
    assert save_comparison(history, tmp_path / "uk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    with pytest.raises(InvalidArgumentError, match=r"png or \.svg"):
        save_comparison(frame, tmp_path / "uk.gif")


def test_cli_compare_json_and_table() -> None:
    from natospend.interfaces.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["compare", "the UK", "--year", "2016", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    releases = {row["release_id"] for row in payload["figures"]}
    assert {"nato-2016-07", "nato-2024-06", "sipri-2025-04"} <= releases
    assert any("Pensions" in line for line in payload["explanation"])
    table = runner.invoke(app, ["compare", "GBR", "--year", "2016"])
    assert table.exit_code == 0 and "nato-2016-07" in table.output
    bad = runner.invoke(app, ["compare", "Atlantis"])
    assert bad.exit_code == 1 and "Error: unknown country" in bad.output


def test_explanations_once_per_difference(ds: Dataset) -> None:
    """UK 2016 has SIPRI, World Bank and Eurostat COFOG beside NATO: each definition difference is one line that
    names every source it applies to, not the same paragraph again per source (issue 11, point 8)."""
    lines = explain(ds, "United Kingdom", 2016)
    aspects = [line.split(":", 1)[0].removesuffix(" (partly not confirmed)") for line in lines]
    for aspect in ("Pensions", "Paramilitary and other forces", "Fiscal vs calendar year", "GDP source"):
        assert aspects.count(aspect) == 1, (aspect, lines)
    fiscal = next(line for line in lines if line.startswith("Fiscal vs calendar year"))
    assert fiscal.count("NATO: ") == 1 and "SIPRI" in fiscal and "Eurostat COFOG" in fiscal
    gaps = [line for line in lines if " against NATO's " in line]
    assert len(gaps) >= 3  # each source's own figure is still said once
