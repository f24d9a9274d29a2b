"""Monte Carlo bands: contain the deterministic path, shrink to it, reproducible, spreads set from the data."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natospend.analysis import projection, uncertainty
from natospend.errors import InvalidArgumentError, UnknownValueError

BANDED = list(uncertainty.MEASURES)


@pytest.fixture(scope="module")
def uk(ds) -> projection.PathResult:
    return projection.required_path(ds, "GBR", "hague-2025-core-3.5")


def _contains(bands: pd.DataFrame) -> None:
    for m in BANDED:
        values = bands[[m, f"{m}_p10", f"{m}_p50", f"{m}_p90"]].dropna()
        assert (values[f"{m}_p10"] <= values[m] * (1 + 1e-12) + 1e-9).all(), m
        assert (values[m] <= values[f"{m}_p90"] * (1 + 1e-12) + 1e-9).all(), m
        assert (values[f"{m}_p10"] <= values[f"{m}_p50"]).all() and (values[f"{m}_p50"] <= values[f"{m}_p90"]).all()


@pytest.mark.parametrize("country", ["GBR", "NLD", "USA", "TUR", "POL", "NATO_EUROPE_CANADA"])
def test_bands_contain_the_deterministic_path(ds, country) -> None:
    result = projection.required_path(ds, country, "hague-2025-core-3.5")
    bands = uncertainty.simulate(result, 2000, seed=7)
    _contains(bands)
    first = bands.iloc[0]  # the data year is published, not simulated
    assert first["required_usd_current_m_p10"] == first["required_usd_current_m_p90"] == first["required_usd_current_m"]
    last = bands.iloc[-1]
    assert last["required_usd_current_m_p90"] > last["required_usd_current_m_p10"]


def test_negative_gap_keeps_its_tails_in_order(ds) -> None:
    bands = uncertainty.simulate(
        projection.required_path(ds, "POL", "hague-2025-core-3.5", fall_back=True), 500, seed=1
    )
    assert (bands["extra_usd_current_m"].iloc[1:] < 0).all()
    _contains(bands)


def test_bands_shrink_to_the_path_as_the_spread_goes_to_zero(uk) -> None:
    exact = uncertainty.simulate(uk, 500, seed=3, gdp_growth_sd=0, fx_sd=0)
    for m in BANDED:
        for q in ("p10", "p50", "p90"):
            np.testing.assert_allclose(exact[f"{m}_{q}"], exact[m], rtol=1e-15)
    widths = []
    for sd in (10.0, 3.0, 1.0, 0.1, 1e-6):
        bands = uncertainty.simulate(uk, 500, seed=3, gdp_growth_sd=sd, fx_sd=sd)
        width = (bands["required_nc_m_p90"] - bands["required_nc_m_p10"]).iloc[-1]
        widths.append(width / bands["required_nc_m"].iloc[-1])
    assert widths == sorted(widths, reverse=True)
    assert widths[-1] < 1e-6  # about 2 x 1.28 x sqrt(2 x 9) x 1e-8


def test_same_seed_same_bands_and_the_seed_is_reported(uk) -> None:
    a = uncertainty.simulate(uk, 1000, seed=42)
    b = uncertainty.simulate(uk, 1000, seed=42)
    pd.testing.assert_frame_equal(a, b)
    c = uncertainty.simulate(uk, 1000, seed=43)
    assert not a.equals(c)
    fresh = uncertainty.simulate(uk, 1000)
    seed = fresh.attrs["assumptions"]["seed"]
    assert isinstance(seed, int)
    pd.testing.assert_frame_equal(fresh, uncertainty.simulate(uk, 1000, seed=seed))


def test_progress_bar_does_not_change_the_numbers(uk) -> None:
    quiet = uncertainty.simulate(uk, 5000, seed=5, progress=False)
    shown = uncertainty.simulate(uk, 5000, seed=5, progress=True)
    pd.testing.assert_frame_equal(quiet, shown)


def test_band_width_matches_the_stated_distribution() -> None:
    """Log-normal random walk: after k years the P90 multiplier is exp(1.2816 * sd * sqrt(k))."""
    sd_gdp, sd_fx, years = 5.0, 4.0, 4
    q_gdp, q_both = uncertainty.multiplier_bands([sd_gdp], [sd_fx], years, 40_000, seed=11)
    z = 1.2815515655446004
    for k in range(1, years + 1):
        assert q_gdp[2, 0, k] == pytest.approx(math.exp(z * 0.05 * math.sqrt(k)), rel=0.01)
        assert q_gdp[0, 0, k] == pytest.approx(math.exp(-z * 0.05 * math.sqrt(k)), rel=0.01)
        assert q_gdp[1, 0, k] == pytest.approx(1.0, abs=0.01)
        combined = math.hypot(0.05, 0.04) * math.sqrt(k)
        assert q_both[2, 0, k] == pytest.approx(math.exp(z * combined), rel=0.01)
    assert (q_gdp[:, 0, 0] == 1).all()


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=60))
def test_percentiles_equal_numpy_quantile(values: list[float]) -> None:
    array = np.array(values).reshape(1, 1, -1)
    expected = np.quantile(array, uncertainty.QUANTILES, axis=-1)
    np.testing.assert_allclose(uncertainty.percentiles([array.copy()]), expected, rtol=1e-12, atol=1e-9)


def test_default_spreads_come_from_the_data(uk, upstream_2026) -> None:
    """GDP: the UK's own nominal GDP in pounds (Table 5 x Table 1 / Table 2); FX: the implied rate; both 2014-2026."""
    spread = uk.spread
    years = range(2014, 2027)
    rate = np.array(
        [upstream_2026[("GBR", y, "nc_current_m")] / upstream_2026[("GBR", y, "usd_current_m")] for y in years]
    )
    gdp_usd = np.array([upstream_2026[("GBR", y, "gdp_usd_current_m")] for y in years])
    fx_changes, gdp_changes = np.diff(np.log(rate)), np.diff(np.log(gdp_usd * rate))
    assert spread["fx_sd"] == pytest.approx(np.std(fx_changes, ddof=1) * 100, rel=1e-12)
    assert spread["gdp_growth_sd"] == pytest.approx(np.std(gdp_changes, ddof=1) * 100, rel=1e-12)
    assert spread["gdp_fx_correlation"] == pytest.approx(np.corrcoef(gdp_changes, fx_changes)[0, 1], rel=1e-12)
    assert (
        "national currency" in spread["gdp_growth_sd_origin"]
        and "2014-2026 (12 changes)" in spread["gdp_growth_sd_origin"]
    )
    # Together they give back the spread of GDP in US dollars over the same years (a sample identity).
    g, f, rho = spread["gdp_growth_sd"], spread["fx_sd"], spread["gdp_fx_correlation"]
    usd_sd = np.std(np.diff(np.log(gdp_usd)), ddof=1) * 100
    assert math.sqrt(g**2 + f**2 - 2 * rho * g * f) == pytest.approx(usd_sd, rel=1e-9)
    bands = uncertainty.simulate(uk, 100, seed=1)
    assert bands.attrs["assumptions"]["gdp_growth_sd"] == spread["gdp_growth_sd"]
    override = uncertainty.simulate(uk, 100, seed=1, gdp_growth_sd=2.5, fx_sd=1.5)
    assert override.attrs["assumptions"]["gdp_growth_sd"] == 2.5
    assert override.attrs["assumptions"]["fx_sd_origin"] == "given explicitly"


def test_us_has_no_exchange_rate_spread(ds) -> None:
    us = projection.required_path(ds, "USA", "hague-2025-core-3.5")
    assert us.spread["fx_sd"] == 0.0
    bands = uncertainty.simulate(us, 300, seed=2)
    np.testing.assert_allclose(bands["required_nc_m_p90"], bands["required_usd_current_m_p90"], rtol=1e-12)


def test_simulate_all_covers_every_ally_and_is_reproducible(ds) -> None:
    a = uncertainty.simulate_all(ds, "hague-2025-core-3.5", 300, seed=9)
    b = uncertainty.simulate_all(ds, "hague-2025-core-3.5", 300, seed=9)
    pd.testing.assert_frame_equal(a, b)
    assert a["country"].nunique() == 31 and "ISL" not in set(a["country"])
    assert set(a["year"]) == set(range(2026, 2036))
    assert len(a) == 31 * 10
    _contains(a)


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"simulations": 0}, "simulations: 0 is not a positive whole number"),
        ({"simulations": -5}, "simulations"),
        ({"simulations": True}, "simulations"),
        ({"simulations": 10, "gdp_growth_sd": -1}, "gdp_growth_sd"),
        ({"simulations": 10, "fx_sd": math.nan}, "fx_sd"),
        ({"simulations": 10, "seed": -3}, "seed"),
    ],
)
def test_bad_input(uk, kwargs, text) -> None:
    with pytest.raises(InvalidArgumentError, match=text):
        uncertainty.simulate(uk, **kwargs)


def test_national_currency_bands_carry_gdp_uncertainty_only(uk) -> None:
    a = uncertainty.simulate(uk, 2000, seed=4)
    b = uncertainty.simulate(uk, 2000, seed=4, fx_sd=25.0)
    for q in ("p10", "p50", "p90"):
        pd.testing.assert_series_equal(a[f"required_nc_m_{q}"], b[f"required_nc_m_{q}"])
    assert (b["required_usd_current_m_p90"] > a["required_usd_current_m_p90"]).iloc[1:].all()


def test_germany_2035_in_euros_is_a_plausible_band(ds) -> None:
    """Issue 11: EUR 141-318bn (P90/P10 = 2.25) said more about the model than Germany; national GDP now."""
    from natospend.analysis import currency

    result = projection.required_path(ds, "Germany", "hague-2025-core-3.5")
    money = currency.shown(ds, result, "EUR")
    assert money.columns["required"] == "required_nc_m" and money.code == "EUR"
    last = uncertainty.simulate(result, 10_000, seed=1, currency=money).iloc[-1]
    assert last["year"] == 2035
    ratio = last["required_nc_m_p90"] / last["required_nc_m_p10"]
    assert ratio <= 1.5
    assert last["required_nc_m_p10"] < last["required_nc_m"] < last["required_nc_m_p90"]
    # Dollars add the exchange rate's uncertainty: wider than euros.
    assert last["required_usd_current_m_p90"] / last["required_usd_current_m_p10"] > ratio


def test_euros_for_a_non_euro_ally_use_the_release_euro_rate(ds, upstream_2026) -> None:
    from natospend.analysis import currency

    uk = projection.required_path(ds, "UK", "hague-2025-core-3.5")
    money = currency.shown(ds, uk, "eur")
    eur_per_usd = upstream_2026[("DEU", 2026, "nc_current_m")] / upstream_2026[("DEU", 2026, "usd_current_m")]
    assert money.rate == pytest.approx(eur_per_usd) and money.code == "EUR" and money.sd > 0
    bands = uncertainty.simulate(uk, 2000, seed=3, currency=money)
    np.testing.assert_allclose(bands["required_eur_m"], uk.table["required_usd_current_m"] * eur_per_usd)
    _contains(bands)
    assert (bands["required_eur_m_p10"] <= bands["required_eur_m_p90"]).all()
    with pytest.raises(InvalidArgumentError, match="aggregate"):
        currency.shown(ds, projection.required_path(ds, "NATO", "hague-2025-core-3.5"), "national")
    with pytest.raises(UnknownValueError, match="unknown currency 'yen'"):
        currency.shown(ds, uk, "yen")


def test_correlated_shocks_combine_as_stated() -> None:
    """G / X with corr(GDP, rate) = rho: sd of the log is sqrt(g^2 + f^2 - 2 rho g f) per year."""
    g, f, rho, years = 5.0, 4.0, 0.8, 3
    _, q = uncertainty.multiplier_bands([g], [f], years, 40_000, seed=2, correlation=[rho])
    sd = math.sqrt(g**2 + f**2 - 2 * rho * g * f) / 100
    z = 1.2815515655446004
    for k in range(1, years + 1):
        assert q[2, 0, k] == pytest.approx(math.exp(z * sd * math.sqrt(k)), rel=0.01)
    with pytest.raises(InvalidArgumentError, match="correlation"):
        uncertainty.multiplier_bands([g], [f], 1, 10, seed=1, correlation=[1.5])
