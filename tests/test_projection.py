"""Required paths: shapes, money = share x GDP, aggregates = sum of allies, the UK checked by hand, bad input."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natospend.analysis import projection
from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.ingest.importers import imf as imf_importer
from natospend.reference.manifest import load_manifest

IMF_FILE = "imf/imf-dm-export-20260302_NGDPD.csv"
MONEY = [c for c in projection.COLUMNS if c.endswith("_usd_current_m") or c.endswith("_usd_constant_m")]


@pytest.fixture(scope="module")
def imf_raw(raw: Path) -> dict[str, dict[int, float]]:
    """IMF NGDPD straight from the DataMapper export, in million USD (the file prints billions)."""
    out: dict[str, dict[int, float]] = {}
    with (raw / IMF_FILE).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    years = {i: int(y) for i, y in enumerate(rows[0]) if y.strip().isdigit()}
    for row in rows[1:]:
        if row and row[0].strip() == "United Kingdom":
            out["GBR"] = {years[i]: float(v) * 1000 for i, v in enumerate(row) if i in years and v != "no data"}
    return out


@pytest.fixture(scope="module")
def imf_table(raw: Path) -> projection.ImfGdp:
    """The IMF release as the importer reads it, whether or not the embedded dataset holds it yet."""
    release = load_manifest().release("imf-weo-2025-10")
    parsed = imf_importer.parse(raw / IMF_FILE, release)
    frame = pd.DataFrame([o.as_row() for o in parsed.observations])
    table = projection.imf_table(frame)
    assert table is not None
    return table


def _use_imf(monkeypatch: pytest.MonkeyPatch, table: projection.ImfGdp | None) -> None:
    monkeypatch.setattr(projection, "imf_gdp", lambda _ds: table)


# ---------------------------------------------------------------------------------------------- by hand
@pytest.mark.parametrize("with_imf", [False, True])
def test_uk_to_35_by_2035_in_pounds_and_dollars_by_hand(
    ds, upstream_2026, imf_raw, imf_table, monkeypatch, with_imf
) -> None:
    _use_imf(monkeypatch, imf_table if with_imf else None)
    # Published inputs, read from the dataset rows, and checked against the upstream transcription.
    row = {k: ds.value("GBR", k, 2026, release="nato-2026-07")["value"] for k in projection.NATO_INDICATORS}
    for key, value in row.items():
        assert value == upstream_2026[("GBR", 2026, key)]
    assert (row["gdp_usd_current_m"], row["usd_current_m"], row["nc_current_m"]) == (4300972, 110274, 81117)

    result = projection.required_path(ds, "United Kingdom", "hague-2025-core-3.5", gdp_growth=3.0, inflation=2.0)
    t = result.table.set_index("year")

    # Hand arithmetic. GDP: the NATO 2026 level, IMF growth to 2030 (when loaded), then 3% a year.
    gdp = {2026: row["gdp_usd_current_m"]}
    imf = imf_raw["GBR"]
    for year in range(2027, 2036):
        rate = imf[year] / imf[year - 1] if with_imf and year <= 2030 else 1.03
        gdp[year] = gdp[year - 1] * rate
    s0 = 110274 / 4300972 * 100  # 2.5639...% of GDP in 2026
    fx = 81117 / 110274  # GBP per USD implied by Tables 1 and 2 for 2026
    deflator0 = 110274 / row["usd_constant_m"]  # current / constant 2021 prices
    share = {y: s0 + (3.5 - s0) * (y - 2026) / 9 for y in range(2026, 2036)}

    assert t.loc[2035, "share_gdp"] == 3.5
    assert t.loc[2030, "share_gdp"] == pytest.approx(s0 + (3.5 - s0) * 4 / 9, rel=1e-12)
    assert t.loc[2035, "gdp_usd_current_m"] == pytest.approx(gdp[2035], rel=1e-12)
    assert t.loc[2035, "required_usd_current_m"] == pytest.approx(0.035 * gdp[2035], rel=1e-12)
    assert t.loc[2035, "required_nc_m"] == pytest.approx(0.035 * gdp[2035] * fx, rel=1e-12)
    assert t.loc[2030, "required_nc_m"] == pytest.approx(share[2030] / 100 * gdp[2030] * fx, rel=1e-12)
    assert t.loc[2035, "required_usd_constant_m"] == pytest.approx(0.035 * gdp[2035] / (deflator0 * 1.02**9), rel=1e-12)
    assert t.loc[2035, "extra_usd_current_m"] == pytest.approx((3.5 - s0) / 100 * gdp[2035], rel=1e-12)
    assert t.loc[2035, "extra_nc_m"] == pytest.approx((3.5 - s0) / 100 * gdp[2035] * fx, rel=1e-12)
    cumulative = sum((share[y] - s0) / 100 * gdp[y] for y in range(2027, 2036))
    assert t.loc[2035, "cumulative_extra_usd_current_m"] == pytest.approx(cumulative, rel=1e-12)
    assert t.loc[2035, "cumulative_extra_nc_m"] == pytest.approx(cumulative * fx, rel=1e-12)
    # The data year is the release itself.
    assert t.loc[2026, "required_usd_current_m"] == 110274
    assert t.loc[2026, "required_nc_m"] == 81117
    assert t.loc[2026, "kind"] == "data" and (t.loc[2027:, "kind"] == "projection").all()
    # Without the IMF: a plain 3% a year, worked through once more as literal numbers.
    if not with_imf:
        assert t.loc[2035, "gdp_usd_current_m"] == pytest.approx(4300972 * 1.03**9, rel=1e-12)
        assert round(t.loc[2035, "required_nc_m"] / 1000, 1) == round(0.035 * 4300972 * 1.03**9 * fx / 1000, 1)


def test_assumptions_state_every_input(ds) -> None:
    a = projection.required_path(ds, "GBR", "hague-2025-core-3.5").assumptions
    assert a["releases"]["nato"] == "nato-2026-07"
    assert a["base_year"] == 2021
    assert a["last_data_year"] == 2026 and a["last_data_year_status"] == "estimate"
    assert "81,117" in a["exchange_rate_origin"] and "110,274" in a["exchange_rate_origin"]
    assert a["exchange_rate_unit"] == "GBP per USD"
    assert a["inflation_pct"] == projection.DEFAULT_INFLATION and "assumption" in a["inflation_origin"]
    assert set(a["gdp_source"]) == {str(y) for y in range(2026, 2036)}
    assert a["pledge"]["id"] == "hague-2025-core-3.5" and a["pledge"]["deadline_used"] == 2035
    assert a["start_share_published"] == 2.56
    assert a["path"] == "linear" and a["path_description"]


def test_imf_absent_is_stated_and_growth_falls_back(ds, upstream_2026, monkeypatch) -> None:
    _use_imf(monkeypatch, None)
    result = projection.required_path(ds, "GBR", "hague-2025-core-3.5")
    a = result.assumptions
    assert a["releases"]["imf"] is None
    assert any("IMF WEO GDP (NGDPD) is not in the dataset" in n for n in a["notes"])
    assert set(result.table["gdp_source"].iloc[1:]) == {"stated growth"}
    # Default growth: mean annual growth of NATO's GDP 2014-2026, worked out from the upstream figures.
    expected = ((upstream_2026[("GBR", 2026, "gdp_usd_current_m")] / upstream_2026[("GBR", 2014, "gdp_usd_current_m")])
                ** (1 / 12) - 1) * 100  # fmt: skip
    assert a["gdp_growth_pct"] == pytest.approx(expected, rel=1e-12)
    assert "IMF absent" in a["gdp_growth_origin"]


def test_imf_growth_to_its_last_year_then_its_last_rate(ds, imf_raw, imf_table, monkeypatch) -> None:
    _use_imf(monkeypatch, imf_table)
    result = projection.required_path(ds, "GBR", "hague-2025-core-3.5")
    t = result.table.set_index("year")
    imf = imf_raw["GBR"]
    assert list(t.loc[2027:2030, "gdp_source"]) == ["IMF growth"] * 4
    assert list(t.loc[2031:, "gdp_source"]) == ["stated growth"] * 5
    for year in range(2027, 2031):
        assert t.loc[year, "gdp_usd_current_m"] / t.loc[year - 1, "gdp_usd_current_m"] == pytest.approx(
            imf[year] / imf[year - 1], rel=1e-12
        )
    last_rate = imf[2030] / imf[2029]
    assert result.assumptions["gdp_growth_pct"] == pytest.approx((last_rate - 1) * 100, rel=1e-12)
    assert t.loc[2035, "gdp_usd_current_m"] == pytest.approx(t.loc[2030, "gdp_usd_current_m"] * last_rate**5)
    assert result.assumptions["releases"]["imf"] == ["imf-weo-2025-10"]


# ---------------------------------------------------------------------------------------------- invariants
@pytest.mark.parametrize("shape", ["linear", "growth", "front", "back"])
@pytest.mark.parametrize("country", ["GBR", "DEU", "ESP", "USA", "TUR", "NATO_EUROPE_CANADA", "NATO_TOTAL"])
def test_reaches_threshold_exactly_and_money_is_share_times_gdp(ds, shape, country) -> None:
    t = projection.required_path(ds, country, "hague-2025-core-3.5", path=shape).table
    if country.startswith("NATO"):  # allies already above 3.5% keep their share, so the aggregate ends above it
        assert t["share_gdp"].iloc[-1] > 3.5
        fell = projection.required_path(ds, country, "hague-2025-core-3.5", path=shape, fall_back=True).table
        assert fell["share_gdp"].iloc[-1] == 3.5
    else:
        assert t["share_gdp"].iloc[-1] == 3.5
    assert t["year"].iloc[-1] == 2035 and list(t["year"]) == list(range(2026, 2036))
    np.testing.assert_allclose(t["required_usd_current_m"], t["share_gdp"] / 100 * t["gdp_usd_current_m"], rtol=1e-12)
    np.testing.assert_allclose(
        t["extra_usd_current_m"], t["required_usd_current_m"] - t["baseline_usd_current_m"], rtol=1e-12, atol=1e-6
    )
    np.testing.assert_allclose(t["cumulative_extra_usd_current_m"], t["extra_usd_current_m"].cumsum(), rtol=1e-12)
    if not country.startswith("NATO"):
        np.testing.assert_allclose(t["required_nc_m"], t["share_gdp"] / 100 * t["gdp_nc_m"], rtol=1e-12)


def test_growth_shape_is_one_constant_real_rate(ds) -> None:
    t = projection.required_path(ds, "ITA", "hague-2025-core-3.5", path="growth").table
    rates = t["implied_real_growth_pct"].iloc[1:].to_numpy()
    np.testing.assert_allclose(rates, rates[0], rtol=1e-9)
    assert rates[0] > 0


def test_front_loaded_above_linear_above_back_loaded(ds) -> None:
    shares = {s: projection.required_path(ds, "BEL", "hague-2025-core-3.5", path=s).table["share_gdp"] for s in
              ("front", "linear", "back")}  # fmt: skip
    assert (shares["front"] >= shares["linear"] - 1e-12).all()
    assert (shares["linear"] >= shares["back"] - 1e-12).all()
    assert shares["front"].iloc[1] > shares["linear"].iloc[1] > shares["back"].iloc[1]


def test_allies_sum_to_the_aggregate(ds, upstream_2026) -> None:
    europe = projection.required_path(ds, "Europe and Canada", "hague-2025-core-3.5")
    members = europe.assumptions["members"]
    assert "USA" not in members and "ISL" not in members and len(members) == 30
    parts = [projection.required_path(ds, m, "hague-2025-core-3.5") for m in members]
    for col in MONEY:
        np.testing.assert_allclose(sum(p.table[col] for p in parts), europe.table[col], rtol=1e-12)
    total = projection.required_path(ds, "NATO", "hague-2025-core-3.5")
    usa = projection.required_path(ds, "USA", "hague-2025-core-3.5")
    for col in MONEY:
        np.testing.assert_allclose(europe.table[col] + usa.table[col], total.table[col], rtol=1e-12)
    # The data year matches NATO's own published aggregate within rounding (each ally rounded to US$ 1m).
    for code, result in (("NATO_EUROPE_CANADA", europe), ("NATO_TOTAL", total)):
        published = upstream_2026[(code, 2026, "usd_current_m")]
        allies = len(result.assumptions["members"])
        assert abs(result.table["required_usd_current_m"].iloc[0] - published) <= 0.5 * allies
    fell = projection.required_path(ds, "NATO", "hague-2025-core-3.5", fall_back=True)
    assert fell.table["share_gdp"].iloc[-1] == pytest.approx(3.5, rel=1e-12)
    # By default the five allies above 3.5% keep their share: they add no extra and take none away.
    above = [m for m in members if m in {"EST", "GRC", "LVA", "LTU", "POL"}]
    assert len(above) == 5
    np.testing.assert_allclose(europe.table["extra_usd_current_m"], europe.table["extra_raise_only_usd_current_m"])


# ---------------------------------------------------------------------------------------------- a pledge is a floor
def test_poland_already_meets_35_and_keeps_its_share(ds, upstream_2026) -> None:
    """Issue 11: Poland's path to 3.5% never drops below its 2026 share (4.68% in the July 2026 release)."""
    published = upstream_2026[("POL", 2026, "share_gdp")]
    assert published == 4.68
    result = projection.required_path(ds, "Poland", "hague-2025-core-3.5")
    t = result.table
    assert round(t["share_gdp"].iloc[0], 2) == published
    assert (t["share_gdp"].round(2) >= published).all()
    assert (t["extra_usd_current_m"] == 0).all() and (t["extra_nc_m"] == 0).all()
    assert (t["implied_real_growth_pct"].iloc[1:] > 0).all()  # no cut: spending grows with GDP
    assert result.assumptions["already_met"] is True
    assert any("already meets 3.5%" in n and "extra 0" in n for n in result.assumptions["notes"])
    # Headroom is reported separately: spending above 3.5% of GDP, US$ 13.4 bn in 2026 (53,080 - 3.5% of GDP).
    gdp = upstream_2026[("POL", 2026, "gdp_usd_current_m")]
    spending = upstream_2026[("POL", 2026, "usd_current_m")]
    assert t["headroom_usd_current_m"].iloc[0] == pytest.approx(spending - 0.035 * gdp)
    assert (t["headroom_usd_current_m"] > 13_000).all()


def test_falling_back_to_the_floor_is_an_option_and_says_so(ds) -> None:
    result = projection.required_path(ds, "Poland", "hague-2025-core-3.5", fall_back=True)
    t = result.table
    assert (t["share_gdp"].iloc[1:] == 3.5).all()
    assert (t["extra_usd_current_m"].iloc[1:] < 0).all() and (t["extra_raise_only_usd_current_m"] == 0).all()
    assert (t["headroom_usd_current_m"].iloc[1:] == 0).all()
    assert t["implied_real_growth_pct"].iloc[1] < -20  # the cut the issue found (-22.4%), now only on request
    assert any("falls back to the threshold" in n for n in result.assumptions["notes"])
    assert "falls back" in result.assumptions["above_threshold"]


@pytest.mark.parametrize("shape", ["linear", "growth", "front", "back"])
def test_uk_25_floor_never_shows_negative_extra(ds, shape) -> None:
    result = projection.required_path(ds, "UK", "gbr-2.5pct-2027", path=shape)
    t = result.table
    assert result.assumptions["already_met"] is True  # 2.56% in 2026 (Table 2 / Table 5)
    assert (t["extra_usd_current_m"] >= 0).all() and (t["extra_nc_m"] >= 0).all()
    assert (t["share_gdp"] >= t["share_gdp"].iloc[0]).all()


@pytest.mark.parametrize("country", ["ITA", "FRA", "ESP", "CAN", "BEL"])
def test_growth_path_never_asks_for_less_than_todays_share(ds, country) -> None:
    t = projection.required_path(ds, country, "hague-2025-core-3.5", path="growth").table
    assert (t["share_gdp"] >= t["share_gdp"].iloc[0] - 1e-12).all()
    assert (t["extra_usd_current_m"] >= -1e-6).all()


def test_custom_path(ds) -> None:
    shares = [2.6, 2.7, 2.8, 2.9, 3.0, 3.1, 3.2, 3.3, 3.5]
    t = projection.required_path(ds, "GBR", "hague-2025-core-3.5", shares=shares).table
    assert list(t["share_gdp"].iloc[1:]) == shares
    short = projection.required_path(ds, "GBR", threshold=3.5, deadline=2035, path="custom", shares=[3.0] * 9)
    assert any("not at the threshold" in n for n in short.assumptions["notes"])


def test_floor_without_deadline_applies_next_year_and_older_release(ds) -> None:
    result = projection.required_path(ds, "Belgium", "nato-2pct-2006")
    assert list(result.table["year"]) == [2026, 2027]
    assert any("no deadline" in n for n in result.assumptions["notes"])
    old = projection.required_path(ds, "GBR", threshold=2.5, deadline=2030, release="nato-2024-06")
    assert old.last_data_year == 2024 and old.assumptions["base_year"] == 2015
    assert old.table["share_gdp"].iloc[-1] == 2.5


def test_older_release_aggregate_and_one_without_current_gdp(ds) -> None:
    total = projection.required_path(ds, "NATO", threshold=2.0, deadline=2030, release="nato-2024-06")
    assert "ISL" not in total.assumptions["members"] and len(total.assumptions["members"]) == 31
    published = ds.value("NATO_TOTAL", "usd_current_m", 2024, release="nato-2024-06")["value"]
    assert abs(total.table["required_usd_current_m"].iloc[0] - published) <= 0.5 * 31
    with pytest.raises(InvalidArgumentError, match="nato-2019-06 has no gdp_usd_current_m for GBR"):
        projection.required_path(ds, "GBR", threshold=2.0, deadline=2030, release="nato-2019-06")


def test_a_pledge_for_someone_else_is_noted(ds) -> None:
    result = projection.required_path(ds, "GBR", "deu-3.5pct-2029")
    assert any("binds DEU, not GBR" in n for n in result.assumptions["notes"])
    assert result.deadline == 2029


@settings(max_examples=200, deadline=None)
@given(
    s0=st.floats(0.1, 10),
    threshold=st.floats(0.1, 10),
    n=st.integers(1, 30),
)
def test_shapes_start_at_s0_end_at_threshold_and_move_one_way(s0: float, threshold: float, n: int) -> None:
    paths = {shape: projection.share_path(s0, threshold, n, shape) for shape in ("linear", "front", "back")}
    for shape, values in paths.items():
        assert values[0] == s0 and len(values) == n + 1
        assert values[-1] == max(s0, threshold)  # a pledge is a floor: never below today's share
        if s0 < threshold:
            assert (np.diff(values) >= -1e-12).all()
            assert values.min() >= s0 - 1e-12 and values.max() <= threshold + 1e-12
        else:
            assert (values == s0).all()
            fell = projection.share_path(s0, threshold, n, shape, fall_back=True)
            assert (fell[1:] == threshold).all()
    if s0 < threshold:
        assert (paths["front"] >= paths["linear"] - 1e-9).all() and (paths["linear"] >= paths["back"] - 1e-9).all()


@settings(max_examples=30, deadline=None)
@given(
    threshold=st.floats(2.7, 8),
    deadline=st.integers(2027, 2045),
    growth=st.floats(-5, 10),
    inflation=st.floats(0, 8),
    shape=st.sampled_from(["linear", "growth", "front", "back"]),
)
def test_any_path_reaches_its_threshold_with_money_equal_to_share_times_gdp(
    ds, threshold: float, deadline: int, growth: float, inflation: float, shape: str
) -> None:
    t = projection.required_path(
        ds, "FRA", threshold=threshold, deadline=deadline, path=shape, gdp_growth=growth, inflation=inflation
    ).table
    assert t["share_gdp"].iloc[-1] == threshold
    assert len(t) == deadline - 2026 + 1
    if shape != "growth":  # constant real growth of spending need not raise the share every year (IMF GDP varies)
        assert (np.diff(t["share_gdp"]) >= -1e-9).all()
    np.testing.assert_allclose(t["required_usd_current_m"], t["share_gdp"] / 100 * t["gdp_usd_current_m"], rtol=1e-12)
    if shape == "growth":
        # Constant real growth, except in years the floor holds the share at today's (a pledge never cuts).
        share = t["share_gdp"].to_numpy()
        assert (share >= share[0] - 1e-9).all()
        held = np.isclose(share, share[0], rtol=0, atol=1e-9)
        free = ~(held[1:] | held[:-1])
        rates = t["implied_real_growth_pct"].iloc[1:].to_numpy()[free]
        if rates.size:
            np.testing.assert_allclose(rates, rates[0], rtol=1e-9, atol=1e-9)


# ---------------------------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("kwargs", "error", "text"),
    [
        ({"threshold": 3.5, "deadline": 2020}, InvalidArgumentError, "not after the last data year 2026"),
        ({"threshold": 3.5, "deadline": 2026}, InvalidArgumentError, "not after the last data year 2026"),
        ({"pledge_id": "wales-2014-2pct"}, InvalidArgumentError, "2024 (from pledge wales-2014-2pct)"),
        ({"pledge_id": "hague-2025-core-35"}, UnknownValueError, "did you mean 'hague-2025-core-3.5'"),
        ({"pledge_id": "hague-2025-total-5"}, InvalidArgumentError, "core share-of-GDP pledges"),
        ({"threshold": 3.5}, InvalidArgumentError, "give a pledge id, or both threshold and deadline"),
        ({"threshold": 0, "deadline": 2035}, InvalidArgumentError, "threshold"),
        ({"threshold": 3.5, "deadline": 2035, "gdp_growth": -150}, InvalidArgumentError, "gdp_growth: -150"),
        ({"threshold": 3.5, "deadline": 2035, "inflation": -100}, InvalidArgumentError, "inflation: -100"),
        ({"threshold": 3.5, "deadline": 2035, "path": "zigzag"}, UnknownValueError, "unknown path shape 'zigzag'"),
        ({"threshold": 3.5, "deadline": 2035, "path": "custom"}, InvalidArgumentError, "needs 9 shares"),
        ({"threshold": 3.5, "deadline": 2035, "shares": [3.0, 3.5]}, InvalidArgumentError, "expected 9 shares"),
        ({"threshold": 3.5, "deadline": 2035, "shares": [3.0] * 8 + [150]}, InvalidArgumentError, "150"),
        ({"threshold": 3.5, "deadline": 2035, "path": "front", "shares": [3.0] * 9}, InvalidArgumentError, "custom"),
        ({"threshold": 3.5, "deadline": 2035, "exchange_rate": 0}, InvalidArgumentError, "exchange_rate"),
        ({"threshold": 3.5, "deadline": 2035, "release": "nato-2099-01"}, UnknownValueError, "unknown release"),
    ],
)
def test_bad_input_gets_a_clear_error(ds, kwargs, error, text) -> None:
    pledge_id = kwargs.pop("pledge_id", None)
    with pytest.raises(error) as exc:
        projection.required_path(ds, "GBR", pledge_id, **kwargs)
    assert text in str(exc.value)


def test_unknown_or_dataless_ally(ds) -> None:
    with pytest.raises(UnknownValueError, match="did you mean 'Germany'"):
        projection.required_path(ds, "Germny", threshold=3.5, deadline=2035)
    with pytest.raises(InvalidArgumentError, match="Iceland has no armed forces; NATO publishes no defence figures"):
        projection.required_path(ds, "Iceland", threshold=3.5, deadline=2035)
    with pytest.raises(InvalidArgumentError, match="several currencies"):
        projection.required_path(ds, "NATO", threshold=3.5, deadline=2035, exchange_rate=1.0)


def test_history_is_the_release_itself(ds, upstream_2026) -> None:
    history = projection.required_path(ds, "GBR", "hague-2025-core-3.5").history
    assert list(history["year"]) == list(range(2014, 2027))
    for r in history.itertuples():
        assert r.share_gdp == upstream_2026[("GBR", r.year, "share_gdp")]
        assert r.usd_current_m == upstream_2026[("GBR", r.year, "usd_current_m")]
    assert math.isclose(history["share_gdp"].iloc[-1], 2.56)
