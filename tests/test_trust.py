"""Numbers a reader can trust at a glance (issue 11): revisions in sight, pledges in time, one meaning of "% of GDP",
currency per observation, provenance grades. All on the real, committed dataset."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from natospend.analysis import compliance
from natospend.formatting import at_published_precision
from natospend.interfaces.cli import app
from natospend.store.dataset import Dataset

runner = CliRunner()


def run_json(*args: str) -> dict[str, object]:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def unwrapped(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines())


# ---------------------------------------------------------------------------------------------- revisions
def test_status_2024_names_both_counts_and_their_releases(ds: Dataset) -> None:
    # Counted from the releases themselves: Table 3 of June 2024 and of July 2026, 2024 column, at printed precision.
    def count(release: str) -> int:
        rows = ds.observations(indicator="share_gdp", year=2024, release=release, include_missing=False)
        return sum(
            at_published_precision(v, d) >= 2  # type: ignore[operator]
            for c, v, d in zip(rows["country"], rows["value"], rows["decimals"], strict=True)
            if c not in ("NATO_TOTAL", "NATO_EUROPE_CANADA", "ISL")
        )

    assert (count("nato-2026-07"), count("nato-2024-06")) == (17, 23)
    out = runner.invoke(app, ["status", "--year", "2024"], env={"COLUMNS": "200"})
    text = unwrapped(out.stdout)
    assert "17 allies at 2% in 2024 in the July 2026 release (nato-2026-07)" in text
    assert "23 when first published, June 2024 (nato-2024-06)" in text
    revision = run_json("status", "--year", "2024")["revision"]
    assert revision["count"] == 17 and revision["first_count"] == 23  # type: ignore[index]


def test_poland_2016_first_published_beside_latest(ds: Dataset) -> None:
    rows = ds.revisions("POL", "share_gdp", 2016).set_index("release_id")
    assert rows.loc["nato-2016-07", "value"] == 2.0 and rows.loc["nato-2026-07", "value"] == pytest.approx(1.99)
    table = compliance.status_table(ds, year=2016).set_index("country")
    pol = table.loc["POL"]
    assert (pol["status_2pct"], pol["share_first_release_id"], pol["status_2pct_first"]) == (
        "not_met",
        "nato-2016-07",
        "met",
    )
    (row,) = run_json("show", "POL", "-i", "share_gdp", "-y", "2016", "--source", "nato")  # type: ignore[misc]
    assert (row["value"], row["release_id"]) == (1.99, "nato-2026-07")
    assert (row["first_value"], row["first_decimals"], row["first_release_id"]) == (2.0, 2, "nato-2016-07")


def test_revision_deltas_use_printed_values(ds: Dataset) -> None:
    rows = ds.revisions("POL", "share_gdp", 2014).set_index("release_id")
    # 1.852678 (June 2019, printed 1.85) -> 1.875269 (June 2024, printed 1.88): unrounded +0.0226, printed +0.03.
    assert round(rows.loc["nato-2019-06", "value"], 2) == 1.85 and round(rows.loc["nato-2024-06", "value"], 2) == 1.88
    assert rows.loc["nato-2024-06", "change"] == pytest.approx(0.03)


# ---------------------------------------------------------------------------------------------- pledges in time
def test_pledges_are_not_applicable_before_they_were_made(ds: Dataset) -> None:
    table = compliance.status_table(ds, year=2016)
    assert set(table["status_3_5_core"]) == {"not_applicable"}  # The Hague, June 2025
    assert set(table["status_5_total"]) == {"not_applicable"}
    text = unwrapped(runner.invoke(app, ["status", "--year", "2016"], env={"COLUMNS": "200"}).stdout)
    assert "not applicable" in text and "not yet due" not in text
    row = compliance.evaluate(ds, "hague-2025-core-3.5", country="POL", year=2024).iloc[0]
    assert row["status"] == "not_applicable" and "made in 2025" in row["note"]


def test_five_percent_column_shows_core_progress_and_explains_once(ds: Dataset) -> None:
    table = compliance.status_table(ds, year=2026).set_index("country")
    assert "no_data" not in set(table["status_5_total"])
    text = runner.invoke(app, ["status"], env={"COLUMNS": "200"}).stdout
    assert unwrapped(text).count("not published per ally") == 0  # the note's wording is the FIVE_PCT_NOTE's
    assert unwrapped(text).count("1.5% defence- and security-related part per ally") == 1
    rows = {r["country"]: r for r in run_json("status")["rows"]}  # type: ignore[union-attr]
    assert (rows["POL"]["status_5_total"], rows["POL"]["share_gdp"]) == ("core_short", 4.68)  # progress towards 5%
