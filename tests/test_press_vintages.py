"""The press-transcribed NATO releases of 2015-2023 in the committed dataset: vintage queries, counts over a partly
held release, supplements joining the release they complete, and what the checks reported."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from natospend.analysis import compliance
from natospend.interfaces.cli import app
from natospend.store.dataset import Dataset

NEW = ["nato-2015-06", "nato-2016-01", "nato-2018-03", "nato-2018-07", "nato-2019-03", "nato-2022-03", "nato-2023-03"]


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_new_releases_are_press_reports(ds: Dataset) -> None:
    table = ds.releases("nato").set_index("release_id")
    assert set(NEW) <= set(table.index)
    assert set(table.loc[NEW, "provenance"]) == {"press_report"}
    assert set(table.loc[NEW, "completeness"]) == {"partial"}


def test_status_as_of_july_2018_answers_from_the_july_2018_release(ds: Dataset) -> None:
    frame = compliance.status_table(ds, as_of="2018-07-11")
    assert frame.attrs["release_id"] == "nato-2018-07" and frame.attrs["year"] == 2018
    shown = {r.country: (r.share_gdp, r.share_decimals) for r in frame.itertuples()}
    assert shown["USA"] == (3.5, 1) and shown["GRC"] == (2.27, 2) and shown["EST"] == (2.14, 2)
    assert shown["GBR"] == (2.10, 2) and shown["LVA"] == (2, 0) and shown["POL"] == (1.98, 2)
    cover = frame.attrs["coverage"]
    assert cover["n_held"] == 23 and cover["n_eligible"] == 28 and cover["n_met_2pct"] == 5
    assert cover["not_held"] == ["HUN", "MNE", "PRT", "SVK", "SVN"]
    # Not held is not below the line.
    status = frame.set_index("country")["status_2pct"]
    assert set(status[cover["not_held"]]) == {"no_data"} and (status == "not_met").sum() == 18


def test_count_over_a_partly_held_release_says_who_is_not_held(ds: Dataset) -> None:
    hits = compliance.allies_at_or_above(ds, 2.0, 2018, as_of="2018-07-11")
    assert sorted(hits["country"]) == ["EST", "GBR", "GRC", "LVA", "USA"]
    summary = hits.attrs["coverage"]["summary"]
    assert summary.startswith("5 of the 23 allies held are at or above 2% in 2018")
    assert "Not held (not counted as below 2%): HUN, MNE, PRT, SVK, SVN" in summary
    complete = compliance.allies_at_or_above(ds, 2.0, 2024, release="nato-2024-06")
    assert complete.attrs["coverage"]["not_held"] == []


def test_status_cli_renders_the_coverage() -> None:
    text = " ".join(_cli("status", "--as-of", "2018-07-11").split())
    assert "nato-2018-07" in text and "5 of the 23 allies held are at or above 2% in 2018" in text
    payload = json.loads(_cli("status", "--as-of", "2018-07-11", "--json"))
    assert payload["release_id"] == "nato-2018-07" and payload["coverage"]["n_held"] == 23


def test_show_as_of_april_2018_answers_from_the_march_2018_report() -> None:
    rows = json.loads(
        _cli("show", "POL", "--indicator", "share_gdp", "--year", "2017", "--as-of", "2018-04-01", "--json")
    )
    assert [(r["release_id"], r["value"]) for r in rows] == [("nato-2018-03", 1.99)]


def test_revisions_list_the_march_2018_figure(ds: Dataset) -> None:
    rev = ds.revisions("USA", "share_gdp", 2017)
    assert list(rev["release_id"])[:2] == ["nato-2017-06", "nato-2018-03"]
    assert rev.set_index("release_id").loc["nato-2018-03", "value"] == 3.57
    rows = json.loads(_cli("data", "revisions", "USA", "--indicator", "share_gdp", "--year", "2017", "--json"))
    assert ("nato-2018-03", 3.57) in [(r["release_id"], r["value"]) for r in rows]


def test_the_default_newest_release_is_still_the_complete_one(ds: Dataset) -> None:
    assert compliance.pick_release(ds) == "nato-2026-07"
    assert compliance.pick_release(ds, as_of="2023-06-01") == "nato-2019-06"  # complete beats the March 2023 press


def test_supplements_join_their_release_with_their_own_origin(ds: Dataset) -> None:
    rows = ds.observations("ROU", "share_gdp", release="nato-2024-03")
    assert set(rows["origin_file"]) == {
        "nato_sg-annual-report-2023_release-2024-03.csv",
        "nato_sg-annual-report-2023_release-2024-03_supplement.csv",
    }
    assert ds.value("ROU", "share_gdp", 2020, release="nato-2024-03")["value"] == 2.01  # type: ignore[index]
    # ROU 2023 is given twice (1.60 and the supplement's "1,6"): the check reports it; queries keep the 1.60.
    kept = ds.value("ROU", "share_gdp", 2023, release="nato-2024-03")
    assert kept is not None and kept["decimals"] == 2
    equip = ds.observations("POL", "equipment_share", 2025, release="nato-2025-08")
    assert list(equip["value"]) == [54.4] and list(equip["origin_cell"]) == ["line 2"]


def test_checks_report_the_duplicate_and_the_conflicts(ds: Dataset) -> None:
    checks = ds.checks()
    dup = checks[checks["check"] == "duplicate"]
    assert list(zip(dup["release_id"], dup["country"], dup["year"], strict=True)) == [("nato-2024-03", "ROU", "2023")]
    assert "agree at 1 decimal" in dup["message"].iloc[0]
    conflicts = checks[checks["check"] == "conflicting_sources"]
    assert set(zip(conflicts["country"], conflicts["year"], strict=True)) == {
        ("DEU", "2025"), ("NATO_EUROPE_CANADA", "2024"), ("NATO_EUROPE_CANADA", "2025"),
    }  # fmt: skip
