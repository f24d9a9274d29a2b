"""Numbers a reader can trust at a glance (issue 11): revisions in sight, pledges in time, one meaning of "% of GDP",
currency per observation, provenance grades. All on the real, committed dataset."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from natospend.analysis import compliance
from natospend.formatting import at_printed
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
            at_printed(v, d) >= 2  # type: ignore[operator]
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


# ---------------------------------------------------------------------------------------------- one "% of GDP"
def test_netherlands_2026_share_of_gdp_is_one_figure(
    ds: Dataset, upstream_2026: dict[tuple[str, int, str], float]
) -> None:
    from natospend.analysis import burden

    published = upstream_2026[("NLD", 2026, "share_gdp")]
    assert published == 2.58
    status = compliance.status_table(ds, year=2026).set_index("country").loc["NLD", "share_gdp"]
    table = burden.burden_table(ds, 2026).set_index("country")
    equal = burden.equalise(ds, "us-share", 2026).set_index("country")
    (shown,) = run_json("show", "NLD", "-i", "share_gdp", "-y", "2026", "--source", "nato")  # type: ignore[misc]
    assert status == table.loc["NLD", "share_gdp"] == equal.loc["NLD", "share_gdp"] == shown["value"] == published
    # The computed ratio (current-price spending / GDP) is another quantity with its own name.
    assert round(table.loc["NLD", "spending_gdp_ratio"], 2) == 2.29 and "share_gdp_current" not in table.columns


def test_burden_headline_cards_are_two_different_quantities(ds: Dataset) -> None:
    from natospend.analysis import burden

    equal = burden.equalise(ds, "us-share", 2026)
    cards = burden.headline(equal)
    total = equal.set_index("country").loc["NATO_TOTAL"]
    assert [c["usd_current_m"] for c in cards] == [total["extra_usd_current_m"], total["target_usd_current_m"]]
    assert cards[0]["usd_current_m"] != cards[1]["usd_current_m"]


# ---------------------------------------------------------------------------------------------- currency
def test_bulgaria_currency_per_release(ds: Dataset) -> None:
    june_2024 = ds.value("BGR", "nc_current_m", 2020, release="nato-2024-06")
    july_2026 = ds.value("BGR", "nc_current_m", 2020, release="nato-2026-07")
    assert june_2024 is not None and july_2026 is not None
    assert "(Leva)" in june_2024["unit"] and june_2024["currency"] == "BGN"
    assert july_2026["currency"] == "EUR"
    # The July 2026 figure is the leva figure at the fixed rate of 1.95583 leva to the euro: euros, not leva.
    assert july_2026["value"] == pytest.approx(june_2024["value"] / 1.95583, abs=0.5)
    row = compliance.evaluate(ds, "vilnius-2023-2pct", country="BGR", year=2024, release="nato-2024-06").iloc[0]
    assert row["currency"] == "BGN"
    assert compliance.evaluate(ds, "vilnius-2023-2pct", country="BGR", year=2026).iloc[0]["currency"] == "EUR"


def test_euro_adoption_follows_each_release() -> None:
    from natospend.reference.currencies import currency_in

    changes = {"SVK": 2009, "EST": 2011, "LVA": 2014, "LTU": 2015, "HRV": 2023, "BGR": 2026}
    for code, year in changes.items():
        assert currency_in(code, year - 1) != "EUR" and currency_in(code, year) == "EUR"


def test_sipri_croatia_kunas_then_euros(ds: Dataset) -> None:
    # SIPRI's 2023 edition (data to 2022) prints Croatia in kunas; the 2025 edition's figures are euros (6,634 m
    # kunas for 2019 is 880 m euros at 7.5345) although its label still says "Kunas".
    old = ds.value("HRV", "nc_current_m", 2019, release="sipri-2023-04")
    new = ds.value("HRV", "nc_current_m", 2019, release="sipri-2025-04")
    assert old is not None and new is not None
    assert old["currency"] == "HRK" and new["currency"] == "EUR"
    assert new["value"] == pytest.approx(old["value"] / 7.5345, abs=0.5)
    assert "currency_label:Kunas" in new["flags"]


def test_iceland_sipri_zeros_are_not_spending(ds: Dataset) -> None:
    rows = ds.observations("ISL", "usd_constant_m", source="sipri", release="sipri-2025-04")
    flagged = rows[rows["flags"].str.contains("missing:no_armed_forces")]
    assert len(flagged) > 30 and flagged["value"].isna().all()
    assert not (rows["value"] == 0).any()


# ---------------------------------------------------------------------------------------------- provenance
def test_every_observation_has_a_provenance_grade(ds: Dataset) -> None:
    rows = run_json("show", "DEU")
    assert rows and all(
        r["provenance"] in ("official_file", "official_text", "third_party_copy", "press_report") for r in rows
    )  # type: ignore[union-attr, index]
    germany = ds.observations("DEU", "share_gdp", 2025, release="nato-2025-08").iloc[0]
    assert germany["provenance"] == "press_report"
    assert germany["caveats"] == "estimate;conflicting_sources;precision_inferred"
    row = compliance.evaluate(ds, "vilnius-2023-2pct", country="DEU", year=2025, release="nato-2025-08").iloc[0]
    assert row["status"] == "met" and "conflicting_sources, precision_inferred" in row["note"]


def test_citation_line(ds: Dataset) -> None:
    assert ds.citation("nato-2026-07", ["Table 3"]) == (
        "NATO, Defence Investment of NATO Countries (2014-2026), 10 July 2026, Table 3; "
        "transcribed from a third-party copy of def-exp-2026-en.xlsx"
    )
    assert ds.citation("nato-2024-06").endswith("the publisher's own file 240617-def-exp-2024-TABLES-en.xlsx")
    assert run_json("status")["citation"].startswith("NATO, Defence Investment")  # type: ignore[union-attr]
