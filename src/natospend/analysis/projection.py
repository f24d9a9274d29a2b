"""What reaching a pledge costs: the required path of defence spending, year by year, from the last data year.

Method (docs/paths.md has the long version):
- Start from the newest NATO release: for the last data year t0, published defence spending and GDP in current US
  dollars (Tables 2 and 5), national currency (Table 1) and constant US dollars (Table 2, base year stated).
- GDP after t0: the NATO t0 level grown at the IMF WEO (NGDPD) growth rates to the IMF's last year, then at a stated
  nominal growth rate. Only IMF growth rates are used, never IMF levels, so there is no break at the splice.
- The required share of GDP follows a path shape from the t0 share to the threshold at the deadline; required
  spending = share x GDP every year. National currency uses the exchange rate implied by the release for t0 (held);
  constant prices deflate by the t0 current/constant ratio grown at a stated inflation rate.
- Aggregates (NATO Europe and Canada, NATO Total) are the sum of their allies, each on its own path.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.reference import countries, pledges
from natospend.store.dataset import Dataset

Array = npt.NDArray[np.float64]

PATH_SHAPES: dict[str, str] = {
    "linear": "straight line in share of GDP from the last data year to the threshold at the deadline",
    "growth": "constant annual real growth of defence spending that reaches the threshold at the deadline",
    "front": "front-loaded: share = s0 + (S - s0) * (1 - (1 - k/n)^2), most of the rise early",
    "back": "back-loaded: share = s0 + (S - s0) * (k/n)^2, most of the rise late",
    "custom": "a share of GDP given by the user for every year after the last data year",
}
#: Stated default for inflation (US-dollar price deflator of spending) when the user gives none.
DEFAULT_INFLATION = 2.0
DEFAULT_INFLATION_ORIGIN = (
    "assumption: 2% a year, the medium-term inflation target of the Federal Reserve, the ECB and the Bank of "
    "England (not a forecast); override with inflation="
)
GDP = "gdp_usd_current_m"
NATO_INDICATORS = ("share_gdp", "usd_current_m", "usd_constant_m", "nc_current_m", GDP)
#: What a path needs for its data year (national currency is optional: the columns stay empty without it).
NEEDED = ("usd_current_m", GDP, "usd_constant_m")
IMF_SPREAD_YEARS = (2000, 2024)  # historical window for the default spread of GDP growth

COLUMNS = [
    "year",
    "kind",
    "fiscal_year",
    "share_gdp",
    "gdp_usd_current_m",
    "gdp_nc_m",
    "gdp_usd_constant_m",
    "required_usd_current_m",
    "required_nc_m",
    "required_usd_constant_m",
    "baseline_usd_current_m",
    "extra_usd_current_m",
    "extra_nc_m",
    "extra_usd_constant_m",
    "extra_raise_only_usd_current_m",
    "headroom_usd_current_m",
    "headroom_nc_m",
    "cumulative_extra_usd_current_m",
    "cumulative_extra_nc_m",
    "cumulative_extra_usd_constant_m",
    "implied_real_growth_pct",
    "gdp_source",
]


@dataclass
class PathResult:
    """A required path: `.table` (one row per year, t0..deadline) and `.assumptions` (everything it rests on)."""

    country: str
    name: str
    threshold: float
    deadline: int
    path: str
    table: pd.DataFrame
    assumptions: dict[str, Any]
    #: The release's own figures up to the last data year (for charts): year, share_gdp, usd_current_m, ...
    history: pd.DataFrame
    #: Default spreads for the Monte Carlo (percent a year, sd of log changes x 100) and where they come from.
    spread: dict[str, Any] = field(default_factory=dict)
    #: Per-ally results behind an aggregate (empty for an ally).
    members: dict[str, PathResult] = field(default_factory=dict)

    @property
    def last_data_year(self) -> int:
        return int(self.table["year"].iloc[0])


@dataclass(frozen=True)
class Target:
    threshold: float
    deadline: int
    pledge_id: str | None
    description: dict[str, Any]
    #: A pledge without a deadline (a floor or guideline): its start year stands in; in force from then on.
    floor: bool = False


# ---------------------------------------------------------------------------------------------- inputs
def resolve_target(
    pledge_id: str | None, threshold: float | None = None, deadline: int | None = None, country: str | None = None
) -> Target:
    """Threshold and deadline from a pledge in the register and/or explicit values (which take precedence)."""
    info: dict[str, Any] = {"id": pledge_id}
    notes: list[str] = []
    floor = False
    if pledge_id is not None:
        pledge = pledges.get(pledge_id)
        metric = pledges.METRICS[pledge.metric]
        if metric.indicator != "share_gdp":
            raise InvalidArgumentError(
                "pledge",
                f"{pledge_id!r} is measured in {metric.label!r}; paths start from NATO's core defence expenditure as "
                "a share of GDP, so they are computed only for core share-of-GDP pledges (e.g. hague-2025-core-3.5) "
                "or an explicit threshold and deadline",
            )
        # A floor ("from April 2027") is reached by its start year; a target by its deadline.
        pledge_deadline = pledge.deadline if pledge.deadline is not None else pledge.start
        info.update(
            {
                "title": pledge.title,
                "metric": pledge.metric,
                "kind": pledge.kind,
                "basis": pledge.basis,
                "threshold": pledge.threshold,
                "deadline": pledge_deadline,
                "origin": f"natospend pledge register ({Path(pledge.file).name} line {pledge.line})",
                "sources": [src.url for src in pledge.sources],
            }
        )
        if country is not None and countries.by_code()[country].kind == "ally" and not pledge.applies_to(country):
            notes.append(f"pledge {pledge_id} binds {', '.join(pledge.who)}, not {country}")
        exception = pledge.exception_for(country) if country else None
        if exception is not None:
            notes.append(f"{country} has an exception to {pledge_id}: {exception.status} ({exception.note})")
        if pledge.threshold_max is not None:
            notes.append(f"the pledge is a range {pledge.threshold}-{pledge.threshold_max}%; the path uses the floor")
        if pledge.basis == "national":
            notes.append("the pledge uses a national definition; paths use NATO's figures")
        if threshold is None:
            threshold = pledge.threshold
        elif threshold != pledge.threshold:
            notes.append(f"threshold {threshold} given explicitly (the pledge says {pledge.threshold})")
        if deadline is None:
            deadline = pledge_deadline
            floor = pledge.deadline is None
        elif deadline != pledge_deadline:
            notes.append(f"deadline {deadline} given explicitly (the pledge says {pledge_deadline})")
    else:
        if threshold is None or deadline is None:
            raise InvalidArgumentError("pledge", "give a pledge id, or both threshold and deadline")
        info["origin"] = "given explicitly"
    threshold = float(threshold)
    if not (math.isfinite(threshold) and 0 < threshold <= 100):
        raise InvalidArgumentError("threshold", f"{threshold} is not a share of GDP between 0 and 100 (percent)")
    if isinstance(deadline, bool) or int(deadline) != deadline:
        raise InvalidArgumentError("deadline", f"{deadline!r} is not a year")
    if int(deadline) > MAX_DEADLINE:
        raise InvalidArgumentError(
            "deadline", f"{deadline} is beyond {MAX_DEADLINE}: no projection that far is meaningful"
        )
    info.update({"threshold_used": threshold, "deadline_used": int(deadline), "notes": notes})
    return Target(threshold, int(deadline), pledge_id, info, floor)


@dataclass(frozen=True)
class Rows:
    """One ally's (or aggregate's) figures in a release, as arrays by year (NaN where missing)."""

    years: npt.NDArray[np.int64]
    values: dict[str, Array]
    status: tuple[str, ...]

    def get(self, year: int, col: str) -> float:
        idx = np.searchsorted(self.years, year)
        if idx < len(self.years) and self.years[idx] == year:
            return float(self.values[col][idx])
        return math.nan

    def series(self, col: str, upto: int | None = None) -> dict[int, float]:
        """{year: value} without the missing ones, up to `upto` if given."""
        return {
            int(y): float(v)
            for y, v in zip(self.years, self.values[col], strict=True)
            if not math.isnan(v) and (upto is None or y <= upto)
        }


@dataclass(frozen=True)
class NatoFigures:
    """One NATO release as arrays per ally: what the paths start from."""

    release: str
    rows: dict[str, Rows]
    base_year: int | None


def latest_nato(ds: Dataset) -> str:
    """The newest complete NATO release (kept in the dataset's cache: the store takes a while to work it out)."""
    return ds.read.memo(("projection.latest_nato",), lambda: ds.latest_release("nato"))


def nato_figures(ds: Dataset, release: str) -> NatoFigures:
    """One NATO release as arrays per ally (kept in the dataset's cache)."""
    return ds.read.memo(("projection.nato_figures", release), lambda: _nato_figures(ds, release))


def _nato_figures(ds: Dataset, release: str) -> NatoFigures:
    source = str(ds.release_info(release)["source"])
    if source != "nato":
        raise InvalidArgumentError("release", f"{release} is a {source} release; paths start from a NATO release")
    obs = ds.observations(release=release, indicator=list(NATO_INDICATORS), include_missing=False)
    if obs.empty:
        raise InvalidArgumentError("release", f"{release} holds none of {', '.join(NATO_INDICATORS)}")
    wide = obs.pivot_table(index=["country", "year"], columns="indicator", values="value", aggfunc="first")
    for col in NATO_INDICATORS:
        if col not in wide:
            wide[col] = np.nan
    status = obs.drop_duplicates(["country", "year"], keep="last").set_index(["country", "year"])["status"]
    wide["status"] = status.reindex(wide.index).astype(object)
    rows = {}
    for code, part in wide.sort_index().groupby(level="country"):
        years = part.index.get_level_values("year").to_numpy(dtype=np.int64)
        values = {col: part[col].to_numpy(dtype=float) for col in NATO_INDICATORS}
        rows[str(code)] = Rows(years, values, tuple(str(v) for v in part["status"]))
    bases = obs.loc[obs["indicator"] == "usd_constant_m", "base_year"].dropna()
    base = int(bases.mode().iloc[0]) if not bases.empty else None
    return NatoFigures(release, rows, base)


#: The furthest deadline a path may run to (the API caps it there too).
MAX_DEADLINE = 2100


@dataclass(frozen=True)
class ImfGdp:
    """IMF WEO NGDPD (million USD) by ally and year, with the projection flag; None where absent."""

    levels: pd.DataFrame  # index country, columns year
    projected: pd.DataFrame  # same shape, bool
    releases: tuple[str, ...]
    #: {country: {year: value}}, for fast lookups per ally
    series: dict[str, dict[int, float]] = field(default_factory=dict)


def imf_gdp(ds: Dataset) -> ImfGdp | None:
    """The dataset's IMF GDP, or None where no IMF release is loaded (paths then say so and use stated growth)."""
    if "imf" not in ds.sources():
        return None
    return ds.read.memo(
        ("projection.imf_gdp",),
        lambda: imf_table(ds.observations(indicator=GDP, source="imf", include_missing=False)),
    )


def imf_table(obs: pd.DataFrame) -> ImfGdp | None:
    """ImfGdp from IMF observation rows (OBS_COLUMNS; newest release last)."""
    obs = obs[(obs["indicator"] == GDP) & obs["value"].notna()]
    if obs.empty:
        return None
    obs = obs.drop_duplicates(["country", "year"], keep="last")
    levels = obs.pivot(index="country", columns="year", values="value").astype(float)
    flagged = obs.assign(p=obs["flags"].fillna("").str.contains("imf_projection"))
    projected = flagged.pivot(index="country", columns="year", values="p").fillna(False).astype(bool)
    series = {
        str(code): {int(y): float(v) for y, v in row.items() if not math.isnan(v)} for code, row in levels.iterrows()
    }
    return ImfGdp(levels, projected, tuple(sorted(set(obs["release_id"]))), series)


def imf_series(imf: ImfGdp | None, code: str) -> dict[int, float] | None:
    """{year: IMF GDP} for one ally, or None."""
    if imf is None:
        return None
    return imf.series.get(code) or None


# ---------------------------------------------------------------------------------------------- shapes
def share_path(
    s0: float,
    threshold: float,
    n: int,
    shape: str,
    *,
    shares: Sequence[float] | None = None,
    const0: float | None = None,
    gdp: Array | None = None,
    deflator: Array | None = None,
    fall_back: bool = False,
) -> Array:
    """Required share of GDP for k = 0..n (k = 0 is the last data year, share s0).

    A pledge is a floor, so the path never asks for less than s0: an ally already at or above the threshold keeps
    its share ("already met"), and a 'growth' path never dips below s0. `fall_back` instead models an ally above
    the threshold falling back to it. A custom path is taken as given. For 'growth', `const0` (t0 spending at
    constant prices), `gdp` and `deflator` (k = 0..n) are needed: spending grows at one constant real rate so that
    it equals threshold x GDP at the deadline.
    """
    k = np.arange(n + 1, dtype=float)
    if shape == "custom":
        if shares is None:
            raise InvalidArgumentError("shares", "a custom path needs one share of GDP per year after the data year")
        return np.concatenate([[s0], np.asarray(shares, dtype=float)])
    if shape not in PATH_SHAPES:
        raise UnknownValueError("path shape", shape, list(PATH_SHAPES))
    if s0 >= threshold:
        out = np.full(n + 1, threshold if fall_back else s0, dtype=float)
        out[0] = s0
        return out
    if shape == "linear":
        out = s0 + (threshold - s0) * k / n
    elif shape == "front":
        out = s0 + (threshold - s0) * (1 - (1 - k / n) ** 2)
    elif shape == "back":
        out = s0 + (threshold - s0) * (k / n) ** 2
    else:  # growth
        if const0 is None or gdp is None or deflator is None:
            raise InvalidArgumentError("path", "the 'growth' shape needs t0 spending, GDP and deflator paths")
        target_const = threshold / 100 * gdp[n] / deflator[n]
        rate = (target_const / const0) ** (1 / n)
        out = const0 * rate**k * deflator / gdp * 100
        if not fall_back:
            out = np.maximum(out, s0)  # fast early GDP growth would otherwise ask for a cut below today's share
    out[0] = s0
    out[n] = threshold  # exactly, not up to rounding
    return out


# ---------------------------------------------------------------------------------------------- one ally
@dataclass(frozen=True)
class Options:
    threshold: float
    deadline: int
    path: str
    shares: tuple[float, ...] | None
    gdp_growth: float | None
    inflation: float
    inflation_origin: str
    exchange_rate: float | None
    #: An ally above the threshold falls back to it (instead of keeping its share, the default).
    fall_back: bool = False


def _ally_result(ds: Dataset, code: str, figs: NatoFigures, t0: int, opts: Options) -> PathResult:
    ally = countries.by_code()[code]
    rows = figs.rows[code]
    usd0, gdp0, const0, nc0 = (rows.get(t0, c) for c in ("usd_current_m", GDP, "usd_constant_m", "nc_current_m"))
    status0 = rows.status[int(np.searchsorted(rows.years, t0))]
    missing = [c for c, v in (("usd_current_m", usd0), (GDP, gdp0), ("usd_constant_m", const0)) if math.isnan(v)]
    if missing:
        raise InvalidArgumentError(
            "release", f"{figs.release} has no {', '.join(missing)} for {code} in {t0}; cannot project a path"
        )
    n = opts.deadline - t0
    years = np.arange(t0, opts.deadline + 1)
    notes: list[str] = []

    # GDP: NATO level at t0, IMF growth rates while the IMF has figures, then the stated growth.
    imf = imf_gdp(ds)
    series = imf_series(imf, code)
    growth, growth_origin = _default_growth(series, rows, t0, figs.release, opts.gdp_growth)
    gdp = np.empty(n + 1)
    gdp[0] = gdp0
    gdp_source = [f"NATO {figs.release} Table 5 ({status0})"]
    gdp_notes: dict[str, str] = {str(t0): gdp_source[0]}
    imf_release = ",".join(imf.releases) if imf else ""
    if series is None:
        notes.append(
            f"IMF WEO GDP (NGDPD) is not in the dataset for {code}"
            + ("" if imf else " (no IMF release loaded)")
            + f"; GDP grows at the stated {growth:.2f}% a year from {t0 + 1}"
        )
    for k in range(1, n + 1):
        year = t0 + k
        if series is not None and year in series and year - 1 in series:
            rate = series[year] / series[year - 1]
            gdp_source.append("IMF growth")
            gdp_notes[str(year)] = f"IMF {imf_release} NGDPD growth {year - 1}-{year} ({(rate - 1) * 100:.2f}%)"
        else:
            rate = 1 + growth / 100
            gdp_source.append("stated growth")
            gdp_notes[str(year)] = f"stated nominal growth {growth:.2f}%"
        gdp[k] = gdp[k - 1] * rate

    # Prices and currency.
    deflator0 = usd0 / const0
    deflator: Array = deflator0 * (1 + opts.inflation / 100) ** np.arange(n + 1, dtype=float)
    if opts.exchange_rate is not None:
        fx = opts.exchange_rate
        fx_origin = "given explicitly"
    elif ally.currency == "USD":
        fx, fx_origin = 1.0, "US dollar"
    elif math.isnan(nc0):
        fx, fx_origin = math.nan, f"{figs.release} has no national-currency figure for {code} {t0}"
        notes.append(fx_origin)
    else:
        fx = nc0 / usd0
        fx_origin = f"implied by NATO {figs.release} for {t0}: Table 1 {nc0:,.0f} / Table 2 {usd0:,.0f}, held constant"

    s0 = usd0 / gdp0 * 100
    published_share = rows.get(t0, "share_gdp")
    already_met = s0 >= opts.threshold and opts.path != "custom"
    if already_met:
        notes.append(_already_met_note(code, s0, t0, opts, (s0 - opts.threshold) / 100 * gdp0))
    if not math.isnan(published_share) and abs(published_share - s0) > 0.01:
        notes.append(
            f"NATO publishes {published_share:.2f}% (share of real GDP) for {code} {t0}, but current-price spending / "
            f"GDP (Tables 2 and 5) is {s0:.2f}%; money paths use current prices"
        )
    share = share_path(
        s0,
        opts.threshold,
        n,
        opts.path,
        shares=opts.shares,
        const0=const0,
        gdp=gdp,
        deflator=deflator,
        fall_back=opts.fall_back,
    )
    if opts.path == "custom" and not math.isclose(share[-1], opts.threshold):
        notes.append(f"the custom path ends at {share[-1]}% in {opts.deadline}, not at the threshold {opts.threshold}%")

    required = share / 100 * gdp
    required[0] = usd0  # the data year is the published figure
    required_const = required / deflator
    required_const[0] = const0
    baseline = s0 / 100 * gdp
    extra = required - baseline
    extra[0] = 0.0
    headroom = np.maximum(required - opts.threshold / 100 * gdp, 0.0)
    prev_const = _value(rows, t0 - 1, "usd_constant_m")
    real_growth = np.empty(n + 1)
    real_growth[0] = (const0 / prev_const - 1) * 100 if prev_const else math.nan
    real_growth[1:] = (required_const[1:] / required_const[:-1] - 1) * 100
    # The data year keeps the release's own rate (its published figures); projection years use `fx`.
    rates = np.full(n + 1, fx)
    if not math.isnan(nc0):
        rates[0] = nc0 / usd0

    table = pd.DataFrame(
        {
            "year": years,
            "kind": ["data"] + ["projection"] * n,
            "fiscal_year": [ally.fiscal_year_text(int(y)) for y in years],
            "share_gdp": share,
            "gdp_usd_current_m": gdp,
            "gdp_nc_m": gdp * rates,
            "gdp_usd_constant_m": gdp / deflator,
            "required_usd_current_m": required,
            "required_nc_m": required * rates,
            "required_usd_constant_m": required_const,
            "baseline_usd_current_m": baseline,
            "extra_usd_current_m": extra,
            "extra_nc_m": extra * rates,
            "extra_usd_constant_m": extra / deflator,
            "extra_raise_only_usd_current_m": np.maximum(extra, 0.0),
            "headroom_usd_current_m": headroom,
            "headroom_nc_m": headroom * rates,
            "cumulative_extra_usd_current_m": np.cumsum(extra),
            "cumulative_extra_nc_m": np.cumsum(extra * rates),
            "cumulative_extra_usd_constant_m": np.cumsum(extra / deflator),
            "implied_real_growth_pct": real_growth,
            "gdp_source": gdp_source,
        }
    )[COLUMNS]
    assumptions: dict[str, Any] = {
        "country": code,
        "country_name": ally.name,
        "currency": ally.currency,
        "releases": {"nato": figs.release, "imf": list(imf.releases) if imf else None},
        # The ready citation line for the figures the path starts from (spending Table 2, GDP Table 5).
        "citation": ds.citation(figs.release, ["Table 2", "Table 5"]),
        "last_data_year": t0,
        "last_data_year_status": status0,
        "start_share_gdp": s0,
        "start_share_origin": f"NATO {figs.release}: Table 2 spending {usd0:,.0f} / Table 5 GDP {gdp0:,.0f} (USD m)",
        "start_share_published": None if math.isnan(published_share) else published_share,
        "gdp_source": gdp_notes,
        "gdp_growth_pct": growth,
        "gdp_growth_origin": growth_origin,
        "inflation_pct": opts.inflation,
        "inflation_origin": opts.inflation_origin,
        "exchange_rate": None if math.isnan(fx) else fx,
        "exchange_rate_unit": f"{ally.currency} per USD",
        "exchange_rate_origin": fx_origin,
        "base_year": figs.base_year,
        "constant_prices": (
            f"USD at {figs.base_year} prices and exchange rates: current USD divided by NATO's {t0} current/constant "
            f"ratio ({deflator0:.4f}), grown at the inflation assumption"
        ),
        "path": opts.path,
        "path_description": PATH_SHAPES[opts.path],
        "already_met": already_met,
        "above_threshold": _ABOVE[opts.fall_back],
        "baseline": f"keeps the {t0} share of GDP ({s0:.3f}%) every year",
        "notes": notes,
    }
    history = _history(rows, t0)
    spread = _default_spread(rows, t0, figs.release, code, ally.currency == "USD")
    return PathResult(code, ally.name, opts.threshold, opts.deadline, opts.path, table, assumptions, history, spread)


_ABOVE = {
    False: "an ally at or above the threshold keeps its share (a pledge is a floor, not a ceiling)",
    True: "an ally above the threshold falls back to it (fall_back=True)",
}


def _already_met_note(code: str, s0: float, t0: int, opts: Options, headroom: float) -> str:
    """What the path does for an ally already at or above the threshold (headroom in million US$, t0)."""
    head = f"{code} already meets {opts.threshold:g}%: {s0:.2f}% in {t0}, headroom US$ {headroom / 1000:,.1f} bn"
    if opts.fall_back:
        return f"{head}; the path falls back to the threshold (fall_back), so extra is negative: a cut to the floor"
    return f"{head}; the path keeps the {t0} share (extra 0); fall_back=True models falling back to the threshold"


def _value(rows: Rows, year: int, col: str) -> float | None:
    value = rows.get(year, col)
    return None if math.isnan(value) else value


def _history(rows: Rows, t0: int) -> pd.DataFrame:
    keep = rows.years <= t0
    cols = {"year": rows.years[keep], **{c: rows.values[c][keep] for c in NATO_INDICATORS}}
    return pd.DataFrame({**cols, "status": np.asarray(rows.status, dtype=object)[keep]})


def _default_growth(
    series: dict[int, float] | None, rows: Rows, t0: int, release: str, given: float | None
) -> tuple[float, str]:
    """Nominal GDP growth (percent, US dollars) after the IMF horizon: given, else from the data, with its origin."""
    if given is not None:
        return given, "given explicitly"
    if series is not None and len(series) >= 2:
        last = max(series)
        if last - 1 in series:
            rate = (series[last] / series[last - 1] - 1) * 100
            return rate, f"IMF NGDPD growth in its last year ({last - 1}-{last}), held after {last}"
    gdp = rows.series(GDP, t0)
    first = min(gdp)
    if first == t0:
        raise InvalidArgumentError("gdp_growth", f"no GDP history in {release} to set a default; give gdp_growth")
    rate = ((gdp[t0] / gdp[first]) ** (1 / (t0 - first)) - 1) * 100
    return rate, f"mean annual growth of NATO GDP (current USD, Table 5) {first}-{t0} in {release} (IMF absent)"


def _default_spread(rows: Rows, t0: int, release: str, code: str, is_usd: bool) -> dict[str, Any]:
    """Default Monte Carlo spreads: sd of annual log changes (x100) of the ally's own nominal GDP in national
    currency and of its exchange rate to the US dollar, both from the release (GDP in national currency = Table 5 x
    the implied rate Table 1 / Table 2, the rate NATO converts both with). Not IMF GDP in US dollars: that mixes
    the economy's swings with the exchange rate's, which the bands treat apart."""
    gdp_usd, nc, usd = rows.series(GDP, t0), rows.series("nc_current_m", t0), rows.series("usd_current_m", t0)
    rate = {y: 1.0 if is_usd else nc[y] / usd[y] for y in usd if is_usd or y in nc}
    gdp_nc = {y: v * rate[y] for y, v in gdp_usd.items() if y in rate}
    changes = _log_changes(gdp_nc)
    gdp_sd = log_change_sd(gdp_nc)
    span = f"{min(gdp_nc)}-{max(gdp_nc)}" if gdp_nc else "no years"
    gdp_origin = (
        f"sd of annual log changes of {code}'s nominal GDP in national currency in {release} (Table 5 x Table 1 / "
        f"Table 2), {span} ({len(changes)} changes)"
    )
    corr, corr_origin = 0.0, "national currency is the US dollar"
    if is_usd:
        fx_sd, fx_origin = 0.0, "national currency is the US dollar"
    else:
        fx_sd = log_change_sd(rate)
        fx_origin = (
            f"sd of annual log changes of the exchange rate implied by {release} (Table 1 / Table 2) for {code} "
            f"({len(_log_changes(rate))} changes)"
        )
        corr = log_change_correlation(gdp_nc, rate)
        corr_origin = f"correlation of the same annual log changes of GDP (national currency) and the rate in {release}"
    return {
        "gdp_growth_sd": gdp_sd,
        "gdp_growth_sd_origin": gdp_origin,
        "gdp_currency": "national",
        "fx_sd": fx_sd,
        "fx_sd_origin": fx_origin,
        "gdp_fx_correlation": corr,
        "gdp_fx_correlation_origin": corr_origin,
    }


def log_change_sd(series: dict[int, float]) -> float:
    """sd (x100, percent a year) of the annual log changes of {year: value}; 0 with fewer than two changes."""
    changes = _log_changes(series)
    return float(np.std(changes, ddof=1) * 100) if len(changes) >= 2 else 0.0


def log_change_correlation(a: dict[int, float], b: dict[int, float]) -> float:
    """Correlation of the annual log changes of two {year: value} series over the years both have; 0 if undefined."""
    common = {y: (a[y], b[y]) for y in a if y in b}
    x = _log_changes({y: v[0] for y, v in common.items()})
    y = _log_changes({y: v[1] for y, v in common.items()})
    if len(x) < 3 or len(x) != len(y) or np.std(x) == 0 or np.std(y) == 0:
        return 0.0
    return float(np.corrcoef(x, y)[0, 1])


def _log_changes(series: dict[int, float]) -> Array:
    """Log changes between consecutive years only (a gap in the years breaks the chain)."""
    years = np.asarray(sorted(series), dtype=int)
    values = np.asarray([series[y] for y in years], dtype=float)
    ok = (np.diff(years) == 1) & (values[1:] > 0) & (values[:-1] > 0)
    return np.asarray(np.log(values[1:][ok] / values[:-1][ok]), dtype=float)


# ---------------------------------------------------------------------------------------------- public API
def required_path(
    ds: Dataset,
    country: str,
    pledge_id: str | None = None,
    *,
    threshold: float | None = None,
    deadline: int | None = None,
    path: str = "linear",
    shares: list[float] | None = None,
    gdp_growth: float | None = None,
    inflation: float | None = None,
    release: str | None = None,
    exchange_rate: float | None = None,
    fall_back: bool = False,
) -> PathResult:
    """The share of GDP and spending required each year from the last data year to reach a pledge by its deadline.

    `gdp_growth` is nominal GDP growth in US dollars (percent a year) after the last IMF year; `inflation` is the
    annual rise of the US-dollar price deflator (percent) used for constant prices; `exchange_rate` (national
    currency per USD) replaces the rate implied by the release. Giving `shares` implies path='custom'. A pledge is a
    floor: an ally at or above the threshold keeps its share (extra 0, headroom in `headroom_*`); `fall_back=True`
    models it falling back to the threshold instead.
    """
    code = countries.resolve(country)
    target = resolve_target(pledge_id, threshold, deadline, code)
    release = release or latest_nato(ds)
    figs = nato_figures(ds, release)
    if shares is not None and path == "linear":
        path = "custom"
    if path not in PATH_SHAPES:
        raise UnknownValueError("path shape", path, list(PATH_SHAPES))
    for name, value in (("gdp_growth", gdp_growth), ("inflation", inflation)):
        if value is not None and not (math.isfinite(value) and value > -100):
            raise InvalidArgumentError(name, f"{value}% a year is not possible (must be above -100%)")
    if exchange_rate is not None and not (math.isfinite(exchange_rate) and exchange_rate > 0):
        raise InvalidArgumentError("exchange_rate", f"{exchange_rate} is not a positive number of currency units")

    agg = countries.by_code()[code].kind == "aggregate"
    members = _members(figs, code) if agg else [code]
    t0 = _last_data_year(figs, members, code, release)
    if target.floor and target.deadline <= t0:
        # A floor already in force (e.g. the 2% guideline) has to be met now: in the first projection year.
        target.description["notes"].append(
            f"{pledge_id} has no deadline and has applied since {target.deadline}: the path reaches it in {t0 + 1}"
        )
        target = Target(target.threshold, t0 + 1, target.pledge_id, target.description)
        target.description["deadline_used"] = t0 + 1
    if target.deadline <= t0:
        whose = f" (from pledge {pledge_id})" if pledge_id and deadline is None else ""
        raise InvalidArgumentError(
            "deadline",
            f"{target.deadline}{whose} is not after the last data year {t0} of {release}; nothing to project "
            "(give a later deadline)",
        )
    n = target.deadline - t0
    if path == "custom":
        if shares is None:
            raise InvalidArgumentError("shares", f"path 'custom' needs {n} shares of GDP ({t0 + 1}-{target.deadline})")
        if len(shares) != n:
            raise InvalidArgumentError(
                "shares", f"expected {n} shares of GDP ({t0 + 1}-{target.deadline}), got {len(shares)}"
            )
        bad = [s for s in shares if not (math.isfinite(s) and 0 <= s <= 100)]
        if bad:
            raise InvalidArgumentError("shares", f"{bad[0]} is not a share of GDP between 0 and 100 (percent)")
    elif shares is not None:
        raise InvalidArgumentError("shares", f"shares are only used with path 'custom', not {path!r}")
    opts = Options(
        target.threshold,
        target.deadline,
        path,
        tuple(shares) if shares is not None else None,
        gdp_growth,
        DEFAULT_INFLATION if inflation is None else inflation,
        DEFAULT_INFLATION_ORIGIN if inflation is None else "given explicitly",
        exchange_rate,
        fall_back,
    )
    if not agg:
        result = _ally_result(ds, code, figs, t0, opts)
    else:
        if exchange_rate is not None:
            raise InvalidArgumentError("exchange_rate", f"{code} is an aggregate of several currencies")
        result = _aggregate(ds, code, figs, t0, members, opts)
    result.assumptions["pledge"] = target.description
    result.assumptions["notes"] = target.description["notes"] + result.assumptions["notes"]
    return result


def _members(figs: NatoFigures, code: str) -> list[str]:
    present = set(figs.rows)
    allies = [c.code for c in countries.allies() if c.code in present]
    return [c for c in allies if c != "USA"] if code == "NATO_EUROPE_CANADA" else allies


def _last_data_year(figs: NatoFigures, members: list[str], code: str, release: str) -> int:
    present = set(figs.rows)
    if not members or (len(members) == 1 and members[0] not in present):
        ally = countries.by_code().get(code)
        if ally is not None and not ally.has_armed_forces:
            raise InvalidArgumentError(
                "country", f"{ally.name} has no armed forces; NATO publishes no defence figures for it"
            )
        have = sorted(present)
        raise UnknownValueError("country", code, have, note=f"no NATO figures for it in {release}")
    lasts = []
    for member in members:
        usable = _usable_years(figs.rows[member])
        if len(usable) > 0:
            lasts.append(int(usable.max()))
    if not lasts:
        missing = sorted({c for m in members for c in NEEDED if np.isnan(figs.rows[m].values[c]).all()})
        raise InvalidArgumentError(
            "release",
            f"{release} has no {', '.join(missing) or 'complete figures'} for {code}; a path needs "
            f"{', '.join(NEEDED)} in the same year",
        )
    return max(lasts)


def _usable_years(rows: Rows) -> npt.NDArray[np.int64]:
    """Years with every figure a path starts from."""
    ok = np.ones(len(rows.years), dtype=bool)
    for col in NEEDED:
        ok &= ~np.isnan(rows.values[col])
    return rows.years[ok]


def _aggregate(ds: Dataset, code: str, figs: NatoFigures, t0: int, members: list[str], opts: Options) -> PathResult:
    """An aggregate as the sum of its allies, each on its own path to the threshold."""
    parts: dict[str, PathResult] = {}
    skipped = []
    for member in members:
        ally = countries.by_code()[member]
        usable = member in figs.rows and t0 in _usable_years(figs.rows[member])
        if not ally.is_member(t0) or not usable:
            skipped.append(member)
            continue
        parts[member] = _ally_result(ds, member, figs, t0, opts)
    money = [c for c in COLUMNS if c.endswith("_usd_current_m") or c.endswith("_usd_constant_m")]
    total = sum(p.table[money] for p in parts.values())
    first = next(iter(parts.values())).table
    table = first[["year", "kind"]].copy()
    table["fiscal_year"] = table["year"].astype(str)
    for col in money:
        table[col] = total[col]
    table["share_gdp"] = table["required_usd_current_m"] / table[GDP] * 100
    if all(p.table["share_gdp"].iloc[-1] == opts.threshold for p in parts.values()):
        table.loc[table.index[-1], "share_gdp"] = opts.threshold  # sum(S x GDP) / sum(GDP) is S, not S + 1e-15
    for col in ("gdp_nc_m", "required_nc_m", "extra_nc_m", "headroom_nc_m", "cumulative_extra_nc_m"):
        table[col] = np.nan
    const = table["required_usd_constant_m"].to_numpy()
    growth = np.empty(len(const))
    growth[1:] = (const[1:] / const[:-1] - 1) * 100
    prev = [_value(figs.rows[m], t0 - 1, "usd_constant_m") for m in parts]
    growth[0] = (const[0] / sum(p for p in prev if p) - 1) * 100 if all(prev) else math.nan
    table["implied_real_growth_pct"] = growth
    table["gdp_source"] = "sum of allies"
    table = table[COLUMNS]

    info = countries.by_code()[code]
    published = figs.rows.get(code)
    notes = [f"{len(parts)} allies, each on its own path; national-currency columns do not apply to an aggregate"]
    if skipped:
        notes.append(f"not included (no figures for {t0} or not a member): {', '.join(skipped)}")
    if published is not None and not math.isnan(published.get(t0, "usd_current_m")):
        pub = published.get(t0, "usd_current_m")
        notes.append(
            f"sum of allies' {t0} spending {table['required_usd_current_m'].iloc[0]:,.0f} vs NATO's published "
            f"{code} figure {pub:,.0f} (USD m)"
        )
    above = [m for m, p in parts.items() if p.assumptions["start_share_gdp"] >= opts.threshold]
    if above and opts.fall_back:
        notes.append(
            f"already at or above {opts.threshold}% in {t0} (falling back to the threshold, their cut offsets "
            f"others' extra in extra_*; extra_raise_only_* counts only increases): {', '.join(above)}"
        )
    elif above:
        notes.append(
            f"already at or above {opts.threshold}% in {t0} (each keeps its share, extra 0; their headroom is in "
            f"headroom_*): {', '.join(above)}"
        )
    s0 = float(table["share_gdp"].iloc[0])
    any_part = next(iter(parts.values())).assumptions
    assumptions: dict[str, Any] = {
        "country": code,
        "country_name": info.name,
        "currency": None,
        "members": list(parts),
        "releases": any_part["releases"],
        "citation": any_part.get("citation", ""),
        "last_data_year": t0,
        "last_data_year_status": "estimate"
        if any(p.assumptions["last_data_year_status"] == "estimate" for p in parts.values())
        else "actual",
        "start_share_gdp": s0,
        "start_share_origin": "sum of allies' Table 2 spending / sum of their Table 5 GDP",
        "start_share_published": _published_share(published, t0),
        "gdp_source": {m: p.assumptions["gdp_source"] for m, p in parts.items()},
        "gdp_growth_pct": {m: p.assumptions["gdp_growth_pct"] for m, p in parts.items()},
        "gdp_growth_origin": {m: p.assumptions["gdp_growth_origin"] for m, p in parts.items()},
        "inflation_pct": opts.inflation,
        "inflation_origin": opts.inflation_origin,
        "exchange_rate": None,
        "exchange_rate_origin": "not applicable to an aggregate (several currencies)",
        "base_year": figs.base_year,
        "constant_prices": any_part["constant_prices"].split(":")[0] + ": sum of the allies' constant-price paths",
        "path": opts.path,
        "path_description": PATH_SHAPES[opts.path] + " (for each ally)",
        "already_met": bool(s0 >= opts.threshold),
        "above_threshold": _ABOVE[opts.fall_back],
        "baseline": f"each ally keeps its {t0} share of GDP",
        "notes": notes,
    }
    history = _aggregate_history(figs, code, parts, t0)
    spread = _aggregate_spread(ds, figs, list(parts), t0)
    return PathResult(
        code, info.name, opts.threshold, opts.deadline, opts.path, table, assumptions, history, spread, parts
    )


def _published_share(published: Rows | None, t0: int) -> float | None:
    return None if published is None else _value(published, t0, "share_gdp")


def _aggregate_history(figs: NatoFigures, code: str, parts: dict[str, PathResult], t0: int) -> pd.DataFrame:
    """NATO's published aggregate rows where the release has them, else the sum of the allies."""
    if code in figs.rows:
        return _history(figs.rows[code], t0)
    frames = [p.history.set_index("year")[["usd_current_m", "usd_constant_m", GDP]] for p in parts.values()]
    summed = sum(frames)
    summed["share_gdp"] = summed["usd_current_m"] / summed[GDP] * 100
    return summed.reset_index()


def _aggregate_spread(ds: Dataset, figs: NatoFigures, members: list[str], t0: int) -> dict[str, Any]:
    """One GDP shock for the whole group: sd of log changes of the members' summed GDP (chain-linked)."""
    imf = imf_gdp(ds)
    lo, hi = IMF_SPREAD_YEARS
    if imf is not None and all(m in imf.levels.index for m in members):
        levels = imf.levels.loc[members, [y for y in imf.levels.columns if lo <= y <= hi]]
        origin = f"IMF NGDPD summed over the {len(members)} allies, {lo}-{hi}"
    else:
        levels = pd.DataFrame({m: pd.Series(figs.rows[m].series(GDP, t0)) for m in members}).T
        origin = f"NATO GDP (USD) summed over the {len(members)} allies in {figs.release}"
    arr = levels.to_numpy(dtype=float)
    both = ~np.isnan(arr[:, 1:]) & ~np.isnan(arr[:, :-1])
    ratio = np.where(both, arr[:, 1:], 0).sum(axis=0) / np.where(both, arr[:, :-1], 0).sum(axis=0)
    changes = np.log(ratio[np.isfinite(ratio) & (ratio > 0)])
    sd = float(np.std(changes, ddof=1) * 100) if len(changes) >= 2 else 0.0
    return {
        "gdp_growth_sd": sd,
        "gdp_growth_sd_origin": f"sd of annual log changes of {origin} (chain-linked over allies present)",
        "gdp_currency": "USD",
        "fx_sd": 0.0,
        "fx_sd_origin": "not applicable to an aggregate",
        "gdp_fx_correlation": 0.0,
        "gdp_fx_correlation_origin": "not applicable to an aggregate",
    }
