"""The currency a path is shown in: the ally's own, US dollars or euros, with the rate used and how much it moves.

A path holds national-currency and US-dollar columns already (projection.required_path). Euros for an ally whose
currency is not the euro (or for the US, or an aggregate) are converted at the euro's rate implied by the same NATO
release for the last data year (Germany's Table 1 / Table 2: NATO converts every euro ally at one rate), held
constant like the ally's own rate. The spread is the sd of annual log changes of the cross rate (national currency
per euro; for an aggregate or the US, US dollars per euro) over the release's years, with its correlation to the
GDP changes of the same years: the Monte Carlo combines it with the GDP shock.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from natospend.analysis.projection import PathResult, log_change_correlation, log_change_sd
from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.store.dataset import Dataset

CHOICES = ("national", "USD", "EUR")
#: The ally whose implied rate gives the euro's (every euro ally is converted at the same rate in a release).
EURO_REFERENCE = "DEU"
MONEY = ("required", "extra", "headroom", "cumulative_extra")


@dataclass(frozen=True)
class Shown:
    """Where a path's money is in the currency asked: `columns[measure]` is the table column (million units)."""

    code: str
    columns: dict[str, str]
    #: Units of `code` per US dollar where the columns are converted here (None: the path has them already).
    rate: float | None
    #: sd (percent a year) of annual log changes of the path's base currency per unit of `code` (0: no FX step).
    sd: float
    origin: str
    #: Correlation of those changes with the base GDP's (national currency; US dollars for an aggregate).
    correlation: float = 0.0


def choose(currency: str) -> str:
    """'national', 'USD' or 'EUR' from any case ('usd', 'eur', 'nc' for national)."""
    key = {"nc": "national", "national": "national", "usd": "USD", "eur": "EUR"}.get(currency.strip().lower())
    if key is None:
        raise UnknownValueError("currency", currency, list(CHOICES))
    return key


def shown(ds: Dataset, result: PathResult, currency: str) -> Shown:
    """Columns, rate and spread for showing `result` in `currency` (national, USD or EUR)."""
    key = choose(currency)
    own: str | None = result.assumptions.get("currency")
    aggregate = own is None
    if key == "national" and aggregate:
        raise InvalidArgumentError("currency", f"{result.name} is an aggregate of several currencies; use USD or EUR")
    code = own if key == "national" and own is not None else key
    if code == "USD":
        cols = {m: f"{m}_usd_current_m" for m in MONEY}
        sd = result.spread.get("fx_sd", 0.0) if not aggregate else 0.0
        corr = result.spread.get("gdp_fx_correlation", 0.0)
        return Shown("USD", cols, None, float(sd), "US dollars, current prices", float(corr))
    if code == own:
        cols = {m: f"{m}_nc_m" for m in MONEY}
        return Shown(code, cols, None, 0.0, f"national currency ({code}) at the release's implied rate")
    release = result.assumptions["releases"]["nato"]
    rates = euro_rates(ds, release)
    t0 = result.last_data_year
    if t0 not in rates:
        raise InvalidArgumentError("currency", f"{release} has no euro rate ({EURO_REFERENCE}) for {t0}")
    nc, usd = _series(result.history, "nc_current_m"), _series(result.history, "usd_current_m")
    gdp = _series(result.history, "gdp_usd_current_m")
    if aggregate or own == "USD":
        cross = {y: 1 / r for y, r in rates.items()}  # US dollars per euro
        base, corr = "US dollars", log_change_correlation(gdp, cross)
    else:
        cross = {y: nc[y] / usd[y] / rates[y] for y in nc if y in usd and y in rates}
        gdp_nc = {y: gdp[y] * nc[y] / usd[y] for y in gdp if y in nc and y in usd}
        base, corr = str(own), log_change_correlation(gdp_nc, cross)
    sd = log_change_sd(cross)
    origin = (
        f"EUR at {rates[t0]:.4f} per US dollar, implied by {release} for {t0} ({EURO_REFERENCE} Table 1 / Table 2), "
        f"held; sd of {base} per euro {sd:.2f}% a year, correlation with GDP {corr:.2f}"
    )
    return Shown("EUR", {m: f"{m}_eur_m" for m in MONEY}, rates[t0], sd, origin, corr)


def with_columns(table: pd.DataFrame, money: Shown) -> pd.DataFrame:
    """`table` (a path's) with the converted columns of `money` added where they are not there already."""
    if money.rate is None:
        return table
    out = table.copy()
    for measure, col in money.columns.items():
        out[col] = table[f"{measure}_usd_current_m"] * money.rate
    return out


def euro_rates(ds: Dataset, release: str) -> dict[int, float]:
    """{year: euros per US dollar} implied by a NATO release (Germany's Table 1 / Table 2)."""
    obs = ds.observations(EURO_REFERENCE, ["nc_current_m", "usd_current_m"], release=release, include_missing=False)
    wide = obs.pivot_table(index="year", columns="indicator", values="value", aggfunc="first")
    if not {"nc_current_m", "usd_current_m"} <= set(wide.columns):
        return {}
    ratio = (wide["nc_current_m"] / wide["usd_current_m"]).dropna()
    return {int(y): float(v) for y, v in ratio.items()}


def _series(history: pd.DataFrame, col: str) -> dict[int, float]:
    part = history[["year", col]].dropna()
    return {int(y): float(v) for y, v in zip(part["year"], part[col], strict=True)}
