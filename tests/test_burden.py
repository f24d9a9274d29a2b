"""Burden sharing, equalise scenarios and the US contribution, against the published figures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pytest

from natospend.analysis import burden
from natospend.errors import InvalidArgumentError, UnknownValueError

NATO_2024 = "nato/240617-def-exp-2024-TABLES-en.xlsx"


@pytest.fixture(scope="module")
def table(ds):
    return burden.burden_table(ds)


def test_burden_table_matches_the_release(table, upstream_2026) -> None:
    info = table.attrs["assumptions"]
    assert info["release"] == "nato-2026-07" and info["year"] == 2026 and info["status"] == "estimate"
    assert info["not_included"] == ["ISL"]
    allies = table[table["kind"] == "ally"].set_index("country")
    assert len(allies) == 31
    for code, row in allies.iterrows():
        assert row["usd_current_m"] == upstream_2026[(code, 2026, "usd_current_m")]
        assert row["gdp_usd_current_m"] == upstream_2026[(code, 2026, "gdp_usd_current_m")]
    us = allies.loc["USA"]
    assert us["spending_share_pct"] == pytest.approx(1032849 / allies["usd_current_m"].sum() * 100, rel=1e-12)
    assert us["gdp_share_pct"] == pytest.approx(32547624 / allies["gdp_usd_current_m"].sum() * 100, rel=1e-12)
    assert allies["spending_share_pct"].sum() == pytest.approx(100)
    assert allies["gdp_share_pct"].sum() == pytest.approx(100)
    # Fair share: the alliance-wide share of GDP applied to each ally; the gaps cancel out.
    alliance = allies["usd_current_m"].sum() / allies["gdp_usd_current_m"].sum()
    np.testing.assert_allclose(allies["fair_share_usd_current_m"], alliance * allies["gdp_usd_current_m"])
    assert allies["fair_share_gap_usd_current_m"].sum() == pytest.approx(0, abs=1e-6)
    assert us["fair_share_gap_usd_current_m"] > 0
    assert (table["usd_current_m"].iloc[:-2].diff().dropna() <= 0).all()  # largest spender first


def test_totals_are_sums_and_close_to_nato_aggregates(table, upstream_2026) -> None:
    rows = table.set_index("country")
    allies = table[table["kind"] == "ally"]
    assert rows.loc["NATO_TOTAL", "usd_current_m"] == allies["usd_current_m"].sum()
    europe = allies[allies["country"] != "USA"]
    assert rows.loc["NATO_EUROPE_CANADA", "usd_current_m"] == europe["usd_current_m"].sum()
    for code in ("NATO_TOTAL", "NATO_EUROPE_CANADA"):
        published = upstream_2026[(code, 2026, "usd_current_m")]
        assert abs(rows.loc[code, "usd_current_m"] - published) <= 0.5 * 31  # one rounding per ally
        info = table.attrs["assumptions"]["published_aggregates"][code]
        assert info["usd_current_m"] == published


def test_membership_by_year(ds) -> None:
    old = burden.burden_table(ds, 2014)
    members = set(old.attrs["assumptions"]["members"])
    assert {"FIN", "SWE", "MKD"}.isdisjoint(members)  # joined in 2023, 2024, 2020
    assert "ALB" in old.attrs["assumptions"]["not_included"]  # its 2014 GDP was not transcribed
    with pytest.raises(UnknownValueError, match="unknown year 1999"):
        burden.burden_table(ds, 1999)
    with pytest.raises(InvalidArgumentError, match="no year with both spending and GDP"):
        burden.burden_table(ds, release="nato-2019-06")


def test_equalise_us_share(ds, upstream_2026) -> None:
    frame = burden.equalise(ds, "us-share")
    allies = frame[frame["kind"] == "ally"].set_index("country")
    us_share = upstream_2026[("USA", 2026, "usd_current_m")] / upstream_2026[("USA", 2026, "gdp_usd_current_m")] * 100
    others = allies.drop(index="USA")
    np.testing.assert_allclose(others["target_share_gdp"], us_share, rtol=1e-12)
    assert allies.loc["USA", "extra_usd_current_m"] == pytest.approx(0, abs=1e-6)
    gbr = allies.loc["GBR"]
    assert gbr["extra_usd_current_m"] == pytest.approx(us_share / 100 * 4300972 - 110274, rel=1e-12)
    assert gbr["extra_nc_m"] == pytest.approx(gbr["extra_usd_current_m"] * 81117 / 110274, rel=1e-12)
    assert allies.loc["POL", "extra_usd_current_m"] < 0 and allies.loc["POL", "extra_raise_only_usd_current_m"] == 0
    total = frame.set_index("country").loc["NATO_TOTAL"]
    assert total["extra_usd_current_m"] == pytest.approx(allies["extra_usd_current_m"].sum())
    assert total["extra_raise_only_usd_current_m"] == pytest.approx(allies["extra_raise_only_usd_current_m"].sum())


def test_equalise_us_total(ds) -> None:
    frame = burden.equalise(ds, "us-total").set_index("country")
    assert frame.loc["NATO_EUROPE_CANADA", "target_usd_current_m"] == pytest.approx(1032849, rel=1e-12)
    allies = frame[frame["kind"] == "ally"].drop(index="USA")
    assert allies["target_share_gdp"].nunique() == 1
    assert frame.attrs["assumptions"]["scenario"] == "us-total"


@pytest.mark.parametrize("share", [2, 3.5, "5"])
def test_equalise_at_a_share(ds, share) -> None:
    frame = burden.equalise(ds, share)
    allies = frame[frame["kind"] == "ally"]
    assert (allies["target_share_gdp"] == float(share)).all()
    total = frame.set_index("country").loc["NATO_TOTAL"]
    assert total["target_usd_current_m"] == pytest.approx(float(share) / 100 * allies["gdp_usd_current_m"].sum())


@pytest.mark.parametrize(
    ("scenario", "error", "text"),
    [
        ("us-shares", UnknownValueError, "did you mean 'us-share'"),
        ("0", InvalidArgumentError, "not a share of GDP"),
        (150, InvalidArgumentError, "not a share of GDP"),
    ],
)
def test_equalise_bad_scenario(ds, scenario, error, text) -> None:
    with pytest.raises(error, match=text):
        burden.equalise(ds, scenario)


def test_us_contribution_seed_and_newest(ds, raw: Path) -> None:
    frame = burden.us_contribution(ds).set_index("role")
    seed = frame.loc["seed article's release"]
    assert seed["release_id"] == "nato-2024-06" and seed["year"] == 2024 and seed["status"] == "estimate"
    # The seed's "around 3.4%": NATO's June 2024 workbook, Table 3, US 2024e, read from the upstream file.
    book = openpyxl.load_workbook(raw / NATO_2024, read_only=True, data_only=True)
    try:
        published = book["TABLE3"]["N41"].value
    finally:
        book.close()
    assert seed["share_gdp"] == pytest.approx(published)
    assert round(seed["share_gdp"], 2) == 3.38 and round(seed["share_gdp"], 1) == 3.4
    newest = frame.loc["newest release, latest year"]
    assert newest["release_id"] == "nato-2026-07" and newest["year"] == 2026 and newest["share_gdp"] == 3.17
    same_year = frame.loc["newest release, same year as the seed"]
    assert same_year["year"] == 2024 and same_year["share_gdp"] == 3.3
    assert newest["us_share_of_alliance_spending_pct"] == pytest.approx(1032849 / 1809915 * 100, rel=1e-12)
    assert "3.4%" in frame.attrs["assumptions"]["seed_quote"]
