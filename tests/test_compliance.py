"""Who meets which pledge, on real releases; expected figures are read from the upstream files themselves."""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from natospend.analysis import compliance
from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.reference import countries
from natospend.store.dataset import Dataset

Key = tuple[str, str, int]


def printed(value: float, decimals: int = 2) -> float:
    """A value as a spreadsheet prints it with `decimals` decimals."""
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


@pytest.fixture(scope="session")
def table3_2024(raw: Path) -> dict[tuple[str, int], float]:
    """Share of GDP from TABLE3 of the June 2024 workbook (rows 11-41, names in C, years in row 8)."""
    wb = openpyxl.load_workbook(raw / "nato" / "240617-def-exp-2024-TABLES-en.xlsx", read_only=True, data_only=True)
    rows = list(wb["TABLE3"].iter_rows(min_row=8, max_row=41, values_only=True))
    years = [int(str(y).rstrip("e")) if y is not None else None for y in rows[0][3:14]]
    out = {}
    for row in rows[3:]:
        if row[2] is None:
            continue
        code = countries.resolve(str(row[2]))
        for year, value in zip(years, row[3:14], strict=True):
            if year is not None and isinstance(value, int | float):
                out[(code, year)] = float(value)
    wb.close()
    return out


@pytest.fixture(scope="session")
def release_2026(raw: Path) -> dict[Key, float]:
    with (raw / "nato-transcribed" / "nato_def-exp-2026_2014-2026.csv").open(encoding="utf-8", newline="") as fh:
        return {(r["country_iso3"], r["indicator"], int(r["year"])): float(r["value"]) for r in csv.DictReader(fh)}


@pytest.fixture(scope="session")
def release_2019(raw: Path) -> dict[tuple[str, int], float]:
    with (raw / "nato" / "passport_nato_PR-2019-069.derived.csv").open(encoding="utf-8", newline="") as fh:
        return {
            (r["country_stanag"], int(r["year"])): float(r["Defense expenditure (% real GDP)"])
            for r in csv.DictReader(fh)
            if r["Defense expenditure (% real GDP)"] not in ("", "NA")
        }


@pytest.fixture(scope="session")
def press_2016(raw: Path) -> dict[str, float]:
    path = raw / "nato-transcribed" / "nato_release-2016-07_2009-2016_partial.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["country_iso3"]: float(r["value"]) for r in csv.DictReader(fh) if r["year"] == "2016"}


def _members_at(values: dict[str, float], year: int, threshold: float = 2.0) -> list[str]:
    return sorted(c for c, v in values.items() if countries.get(c).is_member(year) and v >= threshold)


# ---------------------------------------------------------------------------------------------- counts and lists
def test_2016_five_allies_at_2pct_in_the_2024_release(ds: Dataset, table3_2024: dict[tuple[str, int], float]) -> None:
    expected = _members_at({c: printed(v) for (c, y), v in table3_2024.items() if y == 2016}, 2016)
    assert expected == ["EST", "GBR", "GRC", "POL", "USA"]
    got = compliance.allies_at_or_above(ds, 2.0, 2016, release="nato-2024-06")
    assert sorted(got["country"]) == expected
    poland = got[got["country"] == "POL"].iloc[0]
    assert poland["value"] == table3_2024[("POL", 2016)]  # 2.0004550856909797 in the cell
    assert poland["compared_value"] == 2.00 and poland["decimals"] == 2


def test_2016_four_allies_in_the_2019_and_2026_releases(
    ds: Dataset, release_2019: dict[tuple[str, int], float], release_2026: dict[Key, float]
) -> None:
    in_2019 = _members_at({c: printed(v) for (c, y), v in release_2019.items() if y == 2016}, 2016)
    in_2026 = _members_at({c: v for (c, i, y), v in release_2026.items() if i == "share_gdp" and y == 2016}, 2016)
    assert in_2019 == in_2026 == ["EST", "GBR", "GRC", "USA"]
    for release, expected in (("nato-2019-06", in_2019), ("nato-2026-07", in_2026)):
        assert sorted(compliance.allies_at_or_above(ds, 2.0, 2016, release=release)["country"]) == expected


def test_2016_five_allies_in_the_july_2016_press_figures(ds: Dataset, press_2016: dict[str, float]) -> None:
    expected = _members_at(press_2016, 2016)
    assert expected == ["EST", "GBR", "GRC", "POL", "USA"] and press_2016["POL"] == 2.0
    got = compliance.allies_at_or_above(ds, 2.0, 2016, release="nato-2016-07")
    assert sorted(got["country"]) == expected


def test_2024_count_of_23_in_the_june_2024_release(ds: Dataset, table3_2024: dict[tuple[str, int], float]) -> None:
    expected = _members_at({c: printed(v) for (c, y), v in table3_2024.items() if y == 2024}, 2024)
    assert len(expected) == 23 and "SVK" in expected  # Slovakia is exactly 2 in the workbook
    got = compliance.allies_at_or_above(ds, 2.0, 2024, release="nato-2024-06")
    assert sorted(got["country"]) == expected
    assert got["estimate"].all()  # 2024e


def test_count_history_shows_how_the_2016_count_moved(ds: Dataset) -> None:
    history = compliance.count_history(ds, 2.0, 2016)
    counts = dict(zip(history["release_id"], history["count"], strict=True))
    assert counts["nato-2016-07"] == 5
    assert counts["nato-2019-06"] == 4
    assert counts["nato-2024-06"] == 5
    assert counts["nato-2026-07"] == 4
    assert list(history["release_date"]) == sorted(history["release_date"])
    full = history[history["n_reported"] == history["n_members"]]
    assert list(full["release_id"]) == ["nato-2016-07", "nato-2019-06", "nato-2024-06", "nato-2026-07"]
    assert list(full["change"].astype("object").fillna(0)) == [0, -1, 1, -1]
    assert history[history["n_reported"] < history["n_members"]]["change"].isna().all()
    assert full.iloc[-1]["allies"] == "EST, GBR, GRC, USA"
    chosen = compliance.count_history(ds, 2.0, 2024, releases=["nato-2024-06", "nato-2026-07"])
    assert list(chosen["count"]) == [23, 17]


def test_an_ally_is_never_counted_before_it_joined(
    ds: Dataset, release_2019: dict[tuple[str, int], float], release_2026: dict[Key, float]
) -> None:
    cases = [("FIN", 2023, "nato-2026-07"), ("SWE", 2024, "nato-2026-07"), ("MKD", 2020, "nato-2026-07")]
    for code, joined, release in cases:
        before = release_2026[(code, "share_gdp", joined - 1)]
        assert before >= 0.5  # a published figure exists for the year before accession
        assert code not in set(compliance.allies_at_or_above(ds, 0.5, joined - 1, release=release)["country"])
        assert code in set(compliance.allies_at_or_above(ds, 0.5, joined, release=release)["country"])
        row = compliance.evaluate(ds, "nato-2pct-2006", country=code, year=joined - 1, release=release).iloc[0]
        assert row["status"] == "not_member" and f"joined NATO in {joined}" in row["note"]
    assert release_2019[("MNE", 2016)] > 0.5  # Montenegro (2017) is in the 2019 release for 2016
    assert "MNE" not in set(compliance.allies_at_or_above(ds, 0.5, 2016, release="nato-2019-06")["country"])
    assert "MNE" in set(compliance.allies_at_or_above(ds, 0.5, 2017, release="nato-2019-06")["country"])


def test_iceland_is_excluded_from_share_of_gdp_pledges(ds: Dataset) -> None:
    assert "ISL" not in set(compliance.allies_at_or_above(ds, 0.0, 2024, release="nato-2024-06")["country"])
    row = compliance.evaluate(ds, "vilnius-2023-2pct", country="Iceland", year=2025).iloc[0]
    assert row["status"] == "exempt" and "no armed forces" in row["note"]


# ---------------------------------------------------------------------------------------------- single pledges
def test_uk_april_2027_pledge_is_evaluated_in_nato_year_2027(ds: Dataset, release_2026: dict[Key, float]) -> None:
    rows = compliance.evaluate(ds, "gbr-2.5pct-2027")
    assert list(rows["year"]) == [2025, 2026, 2027]
    by_year = rows.set_index("year")
    assert by_year.loc[2027, "fiscal_year"] == "FY 2027-28 (Apr-Mar)"
    assert by_year.loc[2027, "status"] == "no_data"  # the July 2026 release stops at 2026
    assert by_year.loc[2026, "value"] == release_2026[("GBR", "share_gdp", 2026)] == 2.56
    assert by_year.loc[2026, "status"] == "not_yet_due" and "already at or above 2.5" in by_year.loc[2026, "note"]
    assert "national definition" in by_year.loc[2027, "note"]
    one = compliance.evaluate(ds, "gbr-2.5pct-2027", year=2027)
    assert len(one) == 1 and one.iloc[0]["fiscal_year"] == "FY 2027-28 (Apr-Mar)"


def test_poland_meets_3_5_core_in_2025_and_2026(ds: Dataset, release_2026: dict[Key, float]) -> None:
    rows = compliance.evaluate(ds, "hague-2025-core-3.5", country="Poland", release="nato-2026-07").set_index("year")
    for year in (2025, 2026):
        assert rows.loc[year, "status"] == "met"
        assert rows.loc[year, "value"] == release_2026[("POL", "share_gdp", year)]
        assert rows.loc[year, "estimate"]
    # Money margin: margin_pp x GDP (current US$), national currency via the release's implied exchange rate.
    margin = release_2026[("POL", "share_gdp", 2026)] - 3.5
    gdp = release_2026[("POL", "gdp_usd_current_m", 2026)]
    rate = release_2026[("POL", "nc_current_m", 2026)] / release_2026[("POL", "usd_current_m", 2026)]
    assert rows.loc[2026, "margin_pp"] == pytest.approx(margin)
    assert rows.loc[2026, "margin_usd"] == pytest.approx(margin / 100 * gdp)
    assert rows.loc[2026, "margin_nc"] == pytest.approx(margin / 100 * gdp * rate)
    assert rows.loc[2026, "currency"] == "PLN" and "implied rate" in rows.loc[2026, "money_basis"]
    assert rows.loc[2026, "on_track"] and rows.loc[2026, "incremental"]


def test_spain_shows_flexibility_not_a_plain_not_met(ds: Dataset) -> None:
    for pledge_id in ("hague-2025-core-3.5", "hague-2025-total-5"):
        rows = compliance.evaluate(ds, pledge_id, country="ESP", release="nato-2026-07")
        assert set(rows["status"]) == {"flexibility"}
        assert all("2.1%" in n and "flexibility" in n for n in rows["note"])
    table = compliance.status_table(ds).set_index("country")
    assert table.loc["ESP", "status_3_5_core"] == "flexibility"
    assert table.loc["ESP", "status_5_total"] == "flexibility"
    assert "esp-2.1pct-2025: not_met" in table.loc["ESP", "national"]  # 2.00 in 2026 is below its own 2.1


def test_hague_5pct_is_unverifiable_unless_core_alone_reaches_it(ds: Dataset, release_2026: dict[Key, float]) -> None:
    rows = compliance.evaluate(ds, "hague-2025-total-5", year=2026).set_index("country")
    assert release_2026[("LTU", "share_gdp", 2026)] >= 5
    assert rows.loc["LTU", "status"] == "met" and "core defence expenditure alone" in rows.loc["LTU", "note"]
    # Poland's core 4.68 is progress towards 5%, not "no data": the total is unknown, core is not.
    assert rows.loc["POL", "status"] == "core_short"
    assert rows.loc["POL", "value"] == release_2026[("POL", "share_gdp", 2026)] < 5
    related = compliance.evaluate(ds, "hague-2025-related-1.5", year=2026)
    assert set(related["status"]) == {"no_data", "flexibility", "exempt"}


def test_on_track_against_a_straight_path(ds: Dataset, release_2026: dict[Key, float]) -> None:
    base, now = release_2026[("SVN", "share_gdp", 2025)], release_2026[("SVN", "share_gdp", 2026)]
    path = base + (3.5 - base) * (2026 - 2025) / (2035 - 2025)
    row = compliance.evaluate(ds, "hague-2025-core-3.5", country="SVN", year=2026).iloc[0]
    assert row["path_value"] == pytest.approx(path)
    assert now < path and not row["on_track"]  # 1.61 in 2026, below the line from 1.57 (2025) to 3.5 (2035)
    fin = compliance.evaluate(ds, "hague-2025-core-3.5", country="FIN", year=2026).iloc[0]
    expected = release_2026[("FIN", "share_gdp", 2026)] >= release_2026[("FIN", "share_gdp", 2025)]
    assert bool(fin["incremental"]) is expected is False  # 2.65 after 2.75


def test_wales_deadline_2024_in_the_june_2024_release(ds: Dataset, table3_2024: dict[tuple[str, int], float]) -> None:
    rows = compliance.evaluate(ds, "wales-2014-2pct", year=2024, release="nato-2024-06").set_index("country")
    for code in ("ESP", "CAN", "SVN"):
        assert printed(table3_2024[(code, 2024)]) < 2 and rows.loc[code, "status"] == "not_met"
    assert rows.loc["POL", "status"] == "met"
    early = compliance.evaluate(ds, "wales-2014-2pct", year=2018, release="nato-2024-06").set_index("country")
    assert early.loc["ESP", "status"] == "not_yet_due"


def test_france_amount_in_national_currency(ds: Dataset, release_2026: dict[Key, float]) -> None:
    row = compliance.evaluate(ds, "fra-64bn-2027", year=2026).iloc[0]
    value = release_2026[("FRA", "nc_current_m", 2026)]
    assert row["indicator"] == "nc_current_m" and row["value"] == value
    assert row["margin_nc"] == pytest.approx(value - 64000) and pd.isna(row["margin_pp"])
    rate = value / release_2026[("FRA", "usd_current_m", 2026)]
    assert row["margin_usd"] == pytest.approx((value - 64000) / rate)
    assert "national definition" in row["note"]


# ---------------------------------------------------------------------------------------------- status screen
def test_status_table_defaults_to_the_newest_complete_release(ds: Dataset, release_2026: dict[Key, float]) -> None:
    table = compliance.status_table(ds)
    assert table.attrs["release_id"] == ds.latest_release("nato") == "nato-2026-07"
    assert table.attrs["year"] == 2026 and len(table) == len(countries.members(2026)) == 32
    shares = [release_2026[(c, "share_gdp", 2026)] for c in table["country"] if c != "ISL"]
    assert shares == sorted(shares, reverse=True)
    assert table.iloc[0]["country"] == "LTU" and table.iloc[-1]["country"] == "ISL"
    assert table.iloc[-1]["status_2pct"] == "exempt"
    assert table["estimate"].iloc[:-1].all()  # 2026 figures are estimates
    pol = table.set_index("country").loc["POL"]
    assert (pol["status_2pct"], pol["status_3_5_core"], pol["status_5_total"]) == ("met", "met", "core_short")
    assert pol["national"] == "pol-4.8pct-2026: not_met"  # 4.68 against the national 4.8
    gbr = table.set_index("country").loc["GBR"]
    assert "gbr-2.5pct-2027: not_yet_due" in gbr["national"] and "gbr-2pct-2015" not in gbr["national"]


def test_status_table_for_a_past_year_and_release(ds: Dataset) -> None:
    table = compliance.status_table(ds, year=2016, release="nato-2024-06")
    assert len(table) == len(countries.members(2016)) == 28
    met = sorted(table[table["status_2pct"] == "met"]["country"])
    assert met == ["EST", "GBR", "GRC", "POL", "USA"]
    assert table.set_index("country").loc["GBR", "national"] == "gbr-2pct-2015: met"
    assert "FIN" not in set(table["country"])


def test_as_of_picks_the_release_published_by_then(ds: Dataset) -> None:
    assert compliance.pick_release(ds, as_of="2019-12-31") == "nato-2019-06"
    assert compliance.pick_release(ds, as_of="2017-01-01", year=2016) == "nato-2016-07"
    assert compliance.pick_release(ds, as_of="2024-12-31") == "nato-2024-06"
    got = compliance.allies_at_or_above(ds, 2.0, 2016, as_of="2017-01-01")
    assert set(got["release_id"]) == {"nato-2016-07"} and len(got) == 5
    with pytest.raises(InvalidArgumentError, match="no NATO release had been published by 2010-01-01"):
        compliance.pick_release(ds, as_of="2010-01-01")
    with pytest.raises(InvalidArgumentError, match="either release or as_of"):
        compliance.status_table(ds, release="nato-2024-06", as_of="2025-01-01")


def test_published_precision_rounds_like_the_release_prints() -> None:
    assert compliance.at_published_precision(2.0004550856909797, 2) == 2.0
    assert compliance.at_published_precision(1.995, 2) == 2.0
    assert compliance.at_published_precision(1.9924521345840547, 2) == 1.99
    assert compliance.at_published_precision(2.0, None) == 2.0
    assert compliance.at_published_precision(float("nan"), 2) is None


# ---------------------------------------------------------------------------------------------- errors
def test_unknown_pledge_ally_and_year(ds: Dataset) -> None:
    with pytest.raises(UnknownValueError, match="unknown pledge 'wales-2014-2pc'; did you mean 'wales-2014-2pct'"):
        compliance.evaluate(ds, "wales-2014-2pc")
    with pytest.raises(UnknownValueError, match="unknown country 'Narnia'"):
        compliance.evaluate(ds, "nato-2pct-2006", country="Narnia")
    with pytest.raises(InvalidArgumentError, match=r"gbr-2.5pct-2027 binds only GBR \(United Kingdom\), not Germany"):
        compliance.evaluate(ds, "gbr-2.5pct-2027", country="Germany")
    with pytest.raises(UnknownValueError) as info:
        compliance.status_table(ds, year=2031)
    assert info.value.suggestions == ["2026", "2025", "2024"]
    assert str(info.value) == (
        "unknown year 2031; closest valid years: 2026, 2025, 2024 (share_gdp years in nato-2026-07: 2014-2026)"
    )
    with pytest.raises(UnknownValueError, match="unknown year 2040; closest valid years: 2027, 2026, 2025"):
        compliance.evaluate(ds, "gbr-2.5pct-2027", year=2040)
    with pytest.raises(UnknownValueError, match="unknown year 2013"):
        compliance.allies_at_or_above(ds, 2.0, 2013, release="nato-2026-07")
