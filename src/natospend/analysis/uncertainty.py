"""Monte Carlo bands around a required path: how GDP and exchange-rate surprises move the money needed.

Model (docs/paths.md): the required share of GDP is the plan, so it stays fixed; what is uncertain is the GDP it
applies to and the exchange rate that turns it into another currency. For each simulation and each year after the
data year, an ally's nominal GDP in its own currency is the deterministic path times exp(sum of yearly shocks),
shocks ~ N(0, sd_g) with sd_g from its own national-currency GDP history; so national-currency bands carry GDP
uncertainty only. Dollar (or euro) amounts divide by an exchange rate that is the held rate times exp(sum of shocks
~ N(0, sd_fx)), independent of GDP: dollar bands carry both. Random walks in logs, no drift, so the median path is
the deterministic one. An aggregate has no national currency: its GDP shock is in US dollars. Default sds come from
the historical spread of the data and are stated in the output; users can override them.

Because required spending, the baseline and the gap are all (share x GDP) in a year, each is a fixed multiple of
the simulated GDP multiplier, so their bands are that multiple of the multiplier's percentiles (swapped where the
multiple is negative). This is exact, not an approximation, and keeps 10,000 simulations x 31 allies well under a
second.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from rich.console import Console
from rich.progress import Progress

from natospend.analysis.currency import Shown, with_columns
from natospend.analysis.projection import PathResult, latest_nato, required_path
from natospend.errors import InvalidArgumentError
from natospend.reference import countries
from natospend.store.dataset import Dataset

Array = npt.NDArray[np.float64]

QUANTILES = (0.1, 0.5, 0.9)
MEASURES = ("required_usd_current_m", "required_nc_m", "extra_usd_current_m", "extra_nc_m")
#: Simulations drawn per chunk; fixed so that a seed gives the same numbers with or without the progress bar.
CHUNK = 2_000
#: Show a progress bar (on a terminal) when a run draws more random numbers than this.
LONG_RUN = 20_000_000
MODEL = (
    "nominal GDP in national currency = deterministic path x exp(cumulative N(0, sd_gdp) shocks); US dollars (and "
    "euros) = national currency / (held rate x exp(cumulative N(0, sd_fx) shocks)); independent, no drift; the "
    "required share of GDP is fixed. Aggregates: GDP in US dollars, one common shock"
)


def fresh_seed(seed: int | None) -> int:
    """The seed to use: the one given, else fresh entropy from the OS (reported, so the run can be repeated)."""
    if seed is None:
        return int(np.random.SeedSequence().entropy) % 2**63  # type: ignore[arg-type]
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise InvalidArgumentError("seed", f"{seed!r} is not a whole number of zero or more")
    return int(seed)


def _check(simulations: int, gdp_growth_sd: float | None, fx_sd: float | None) -> None:
    if isinstance(simulations, bool) or not isinstance(simulations, int | np.integer) or simulations < 1:
        raise InvalidArgumentError("simulations", f"{simulations!r} is not a positive whole number of simulations")
    for name, value in (("gdp_growth_sd", gdp_growth_sd), ("fx_sd", fx_sd)):
        if value is not None and not (math.isfinite(value) and value >= 0):
            raise InvalidArgumentError(name, f"{value} is not a standard deviation (percent, zero or more)")


def _chunks(total: int, label: str, show: bool) -> Iterator[int]:
    """Chunk sizes summing to `total`, with a rich progress bar on stderr when `show`."""
    sizes = [CHUNK] * (total // CHUNK) + ([total % CHUNK] if total % CHUNK else [])
    if not show:
        yield from sizes
        return
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for size in sizes:
            yield size
            bar.advance(task, size)


def multiplier_bands(
    sd_gdp: Sequence[float],
    sd_fx: Sequence[float],
    years: int,
    simulations: int,
    seed: int | None = None,
    progress: bool | None = None,
    correlation: Sequence[float] | None = None,
) -> tuple[Array, Array]:
    """Percentiles (QUANTILES) of the GDP multiplier G and of the converted multiplier G / X.

    sd_gdp, sd_fx: one sd per series (percent a year, sd of log changes x 100); `correlation`: of the yearly GDP and
    exchange-rate shocks (default 0). X is the exchange rate (home currency per unit of the other), so a rise of the
    rate lowers the converted amount. Returns two arrays shaped (len(QUANTILES), series, years + 1); year 0 is the
    data year (multiplier 1).
    """
    g_sd = np.asarray(sd_gdp, dtype=float)[:, None, None] / 100
    f_sd = np.asarray(sd_fx, dtype=float)[:, None, None] / 100
    rho = np.asarray(correlation if correlation is not None else [0.0] * len(sd_gdp), dtype=float)[:, None, None]
    if np.any(np.abs(rho) > 1):
        raise InvalidArgumentError("correlation", "must be between -1 and 1")
    series = g_sd.shape[0]
    use_fx = bool(np.any(f_sd > 0))
    rng = np.random.default_rng(seed)
    draws = simulations * series * years * (2 if use_fx else 1)
    show = progress if progress is not None else (draws >= LONG_RUN and sys.stderr.isatty())
    gdp_parts: list[Array] = []
    both_parts: list[Array] = []
    for size in _chunks(simulations, f"simulating {simulations:,} x {series} x {years}", show):
        # (series, years, sims): the simulation axis last and contiguous, for fast sorting.
        gdp = rng.standard_normal((series, years, size))
        fx = rng.standard_normal((series, years, size)) if use_fx else None
        if fx is not None:
            # Converted = G / X: minus the rate's shock, which is rho x the GDP shock + an independent part.
            fx *= -np.sqrt(1 - rho**2)
            fx -= rho * gdp
            fx *= f_sd
        gdp *= g_sd
        np.cumsum(gdp, axis=1, out=gdp)
        np.exp(gdp, out=gdp)
        gdp_parts.append(gdp)
        if fx is not None:
            np.cumsum(fx, axis=1, out=fx)
            np.exp(fx, out=fx)
            fx *= gdp
            both_parts.append(fx)
    q_gdp = percentiles(gdp_parts)
    q_both = percentiles(both_parts) if use_fx else q_gdp
    ones = np.ones((len(QUANTILES), series, 1))
    return np.concatenate([ones, q_gdp], axis=2), np.concatenate([ones, q_both], axis=2)


def percentiles(parts: list[Array]) -> Array:
    """QUANTILES along the last axis (numpy's default 'linear' method), by one in-place sort (faster than
    np.quantile for three percentiles of many short rows)."""
    values = parts[0] if len(parts) == 1 else np.concatenate(parts, axis=-1)
    values.sort(axis=-1)
    count = values.shape[-1]
    out = []
    for q in QUANTILES:
        pos = (count - 1) * q
        lo = math.floor(pos)
        hi = min(lo + 1, count - 1)
        frac = pos - lo
        out.append(values[..., lo] + frac * (values[..., hi] - values[..., lo]))
    return np.stack(out)


def _scaled(values: Array, q: Array) -> Array:
    """Percentiles of values x M from percentiles of M (q: low, mid, high); a negative multiple swaps the tails."""
    low, mid, high = values * q[0], values * q[1], values * q[2]
    return np.stack([np.minimum(low, high), mid, np.maximum(low, high)])


def _spreads(result: PathResult, gdp_growth_sd: float | None, fx_sd: float | None) -> dict[str, Any]:
    spread = dict(result.spread)
    if gdp_growth_sd is not None:
        spread.update(gdp_growth_sd=gdp_growth_sd, gdp_growth_sd_origin="given explicitly")
    if fx_sd is not None:
        spread.update(fx_sd=fx_sd, fx_sd_origin="given explicitly")
    return spread


def _columns(
    result: PathResult, q_gdp: Array, q_both: Array, converted: tuple[Shown, Array] | None = None
) -> dict[str, Any]:
    """Deterministic value and P10/P50/P90 per measure, as arrays (one DataFrame is built at the end: fast).

    q_gdp: percentiles of the GDP multiplier in the spread's own currency (national for an ally, US dollars for an
    aggregate); q_both: of GDP x exchange rate, for the other one. `converted`: another currency and its multiplier.
    """
    table = result.table
    national = result.spread.get("gdp_currency", "national") == "national"
    multipliers = {"_nc_m": q_gdp if national else q_both, "_usd_current_m": q_both if national else q_gdp}
    measures = list(MEASURES)
    if converted is not None:
        money, q_conv = converted
        table = with_columns(table, money)
        for measure in ("required", "extra"):
            measures.append(money.columns[measure])
            multipliers[money.columns[measure]] = q_conv
    out: dict[str, Any] = {"year": table["year"].to_numpy(), "kind": table["kind"].to_numpy(dtype=object)}
    for measure in measures:
        values = table[measure].to_numpy(dtype=float)
        key = next(k for k in multipliers if measure.endswith(k))
        bands = _scaled(values, multipliers[key])
        out[measure] = values
        for q, band in zip(QUANTILES, bands, strict=True):
            out[f"{measure}_p{round(q * 100)}"] = band
    return out


def simulate(
    result: PathResult,
    simulations: int = 1000,
    seed: int | None = None,
    gdp_growth_sd: float | None = None,
    fx_sd: float | None = None,
    progress: bool | None = None,
    currency: Shown | None = None,
) -> pd.DataFrame:
    """P10/P50/P90 per year of required spending (USD, national currency) and of the gap over the baseline.

    gdp_growth_sd, fx_sd: sd of the annual log change in percent (default: from the data, see result.spread).
    `currency` (currency.shown(...)) adds bands in a converted currency (euros for a non-euro ally): its cross rate
    moves with its own spread. The same seed gives the same bands (without one, a fresh seed is drawn and reported in
    the attrs). `.attrs['assumptions']` states the model and the spreads used.
    """
    _check(simulations, gdp_growth_sd, fx_sd)
    seed = fresh_seed(seed)
    spread = _spreads(result, gdp_growth_sd, fx_sd)
    years = len(result.table) - 1
    sd_g = [spread["gdp_growth_sd"]]
    corr = [spread.get("gdp_fx_correlation", 0.0)]
    q_gdp, q_both = multiplier_bands(sd_g, [spread["fx_sd"]], years, simulations, seed, progress, corr)
    converted = None
    if currency is not None and currency.rate is not None:
        # Same seed: the same GDP draws, with the cross rate's own spread in place of the dollar rate's.
        _, q_conv = multiplier_bands(sd_g, [currency.sd], years, simulations, seed, progress, [currency.correlation])
        converted = (currency, q_conv[:, 0])
        spread.update(currency=currency.code, currency_sd=currency.sd, currency_origin=currency.origin)
    out = pd.DataFrame(_columns(result, q_gdp[:, 0], q_both[:, 0], converted))
    out.attrs["assumptions"] = {
        "simulations": simulations,
        "seed": seed,
        "model": MODEL,
        "percentiles": [round(q * 100) for q in QUANTILES],
        **spread,
        "gap": "extra over the baseline that keeps the last data year's share of GDP",
    }
    return out


def simulate_results(
    results: Sequence[PathResult],
    simulations: int = 1000,
    seed: int | None = None,
    gdp_growth_sd: float | None = None,
    fx_sd: float | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """simulate() for many paths at once (one vectorised draw); long table with a `country` column."""
    _check(simulations, gdp_growth_sd, fx_sd)
    seed = fresh_seed(seed)
    if not results:
        raise InvalidArgumentError("results", "no paths to simulate")
    spreads = [_spreads(r, gdp_growth_sd, fx_sd) for r in results]
    lengths = {len(r.table) for r in results}
    if len(lengths) != 1:
        raise InvalidArgumentError("results", "paths must cover the same years to be simulated together")
    q_gdp, q_both = multiplier_bands(
        [s["gdp_growth_sd"] for s in spreads],
        [s["fx_sd"] for s in spreads],
        lengths.pop() - 1,
        simulations,
        seed,
        progress,
        [s.get("gdp_fx_correlation", 0.0) for s in spreads],
    )
    parts = []
    for i, result in enumerate(results):
        cols = _columns(result, q_gdp[:, i], q_both[:, i])
        rows = len(cols["year"])
        parts.append(
            {
                "country": np.full(rows, result.country, dtype=object),
                **cols,
                "gdp_growth_sd": np.full(rows, spreads[i]["gdp_growth_sd"]),
                "fx_sd": np.full(rows, spreads[i]["fx_sd"]),
            }
        )
    out = pd.DataFrame({key: np.concatenate([part[key] for part in parts]) for key in parts[0]})
    out.attrs["assumptions"] = {"simulations": simulations, "seed": seed, "model": MODEL}
    return out


def simulate_all(
    ds: Dataset,
    pledge_id: str | None = None,
    simulations: int = 1000,
    seed: int | None = None,
    *,
    threshold: float | None = None,
    deadline: int | None = None,
    path: str = "linear",
    release: str | None = None,
    gdp_growth_sd: float | None = None,
    fx_sd: float | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Bands for every ally with figures in the release (Iceland has none), in one vectorised run."""
    _check(simulations, gdp_growth_sd, fx_sd)
    release = release or latest_nato(ds)
    present = set(ds.observations(release=release, indicator="usd_current_m")["country"])
    results = [
        required_path(ds, c.code, pledge_id, threshold=threshold, deadline=deadline, path=path, release=release)
        for c in countries.allies()
        if c.code in present
    ]
    return simulate_results(results, simulations, seed, gdp_growth_sd, fx_sd, progress)
