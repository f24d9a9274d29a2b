"""Burden sharing: who pays what share of alliance defence spending, against its share of alliance GDP.

Everything is in current US dollars from one NATO release (Tables 2 and 5), one year. Alliance totals are the sums
of the allies that were members that year and have figures (Iceland has none); NATO's own published aggregates are
stated beside them in `.attrs['assumptions']`.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from natospend.analysis.projection import GDP, NatoFigures, latest_nato, nato_figures
from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.reference import countries
from natospend.store.dataset import Dataset

SCENARIOS = {
    "us-share": "every other ally at the US share of GDP (the US as it is)",
    "us-total": "Europe and Canada together spending as much as the US, shared in proportion to GDP "
    "(every European ally and Canada at one common share of GDP)",
    "SHARE": "every ally, the US included, at that share of GDP (e.g. 2, 3.5, 5)",
}
AGGREGATES = ("NATO_EUROPE_CANADA", "NATO_TOTAL")
#: The seed article (The Independent, June 2025): "America currently spends around 3.4% of its GDP on defence".
SEED_RELEASE = "nato-2024-06"
SEED_QUOTE = "America currently spends around 3.4% of its GDP on defence"


def _base(ds: Dataset, year: int | None, release: str | None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Per ally: spending, GDP, published share and implied exchange rate for one year of one release."""
    release = release or latest_nato(ds)
    figs = nato_figures(ds, release)
    allies = [c for c in countries.allies() if c.code in figs.rows]
    if not allies:
        raise InvalidArgumentError("release", f"{release} has no figures for individual allies")

    def complete(y: int) -> list[countries.Country]:
        return [c for c in allies if c.is_member(y) and _usable(figs, c.code, y)]

    years = sorted({int(y) for c in allies for y in figs.rows[c.code].years})
    if year is None:
        # The newest year with spending and GDP figures (Tables 2 and 5).
        full = [y for y in years if complete(y)]
        if not full:
            raise InvalidArgumentError("release", f"{release} has no year with both spending and GDP in current USD")
        year = max(full)
    elif year not in years:
        raise UnknownValueError("year", year, [str(y) for y in years], note=f"years in {release}")
    members = complete(year)
    if not members:
        raise InvalidArgumentError("year", f"{release} has no spending and GDP figures for {year}")
    skipped = [c.code for c in countries.allies() if c.is_member(year) and c not in members]
    rows = []
    for c in members:
        r = figs.rows[c.code]
        usd, gdp, nc = r.get(year, "usd_current_m"), r.get(year, GDP), r.get(year, "nc_current_m")
        status = r.status[int(np.searchsorted(r.years, year))]
        rows.append(
            {
                "country": c.code,
                "name": c.name,
                "kind": "ally",
                "year": year,
                "status": status,
                "currency": _currency(ds, release, c, year),
                "usd_current_m": usd,
                "gdp_usd_current_m": gdp,
                "share_gdp": r.get(year, "share_gdp"),
                "spending_gdp_ratio": usd / gdp * 100,
                "fx": 1.0 if c.currency == "USD" else (nc / usd if not math.isnan(nc) else math.nan),
            }
        )
    frame = pd.DataFrame(rows)
    info: dict[str, Any] = {
        "release": release,
        "citation": ds.citation(release, ["Table 2", "Table 3", "Table 5"]),
        "year": year,
        "status": "estimate" if (frame["status"] == "estimate").any() else "actual",
        "members": list(frame["country"]),
        "not_included": skipped,
        "prices": "current US dollars (NATO Tables 2 and 5); national currency at the rate implied by Tables 1 and 2",
        "published_aggregates": _published(figs, year),
    }
    if skipped:
        info["not_included_note"] = f"members without spending or GDP figures for {year} in {release}"
    return frame, info


def _currency(ds: Dataset, release: str, ally: countries.Country, year: int) -> str:
    """The currency of the release's national-currency figure, which changes with the euro (Bulgaria 2026)."""
    obs = ds.value(ally.code, "nc_current_m", year, release=release)
    return str(obs["currency"]) if obs is not None and isinstance(obs["currency"], str) else ally.currency


def _published_share(info: dict[str, Any]) -> Any:
    """For a totals row: NATO's own published share of GDP for that aggregate (never the computed ratio)."""
    published = info["published_aggregates"]
    return lambda r: (published.get(r["country"]) or {}).get("share_gdp") or np.nan


def headline(equalised: pd.DataFrame) -> list[dict[str, Any]]:
    """The two headline figures of an equalise scenario, two different quantities: the extra spending it takes
    (all allies, a year) and the alliance's spending it would lead to, against today's."""
    total = equalised[equalised["country"] == "NATO_TOTAL"].iloc[0]
    return [
        {
            "label": "extra a year, all allies together",
            "usd_current_m": float(total["extra_usd_current_m"]),
            "help": f"{float(total['extra_raise_only_usd_current_m']):,.0f} m counting raises only",
        },
        {
            "label": "alliance defence spending after equalising",
            "usd_current_m": float(total["target_usd_current_m"]),
            "help": f"from {float(total['usd_current_m']):,.0f} m now",
        },
    ]


def _usable(figs: NatoFigures, code: str, year: int) -> bool:
    rows = figs.rows[code]
    return not (math.isnan(rows.get(year, "usd_current_m")) or math.isnan(rows.get(year, GDP)))


def _published(figs: NatoFigures, year: int) -> dict[str, Any]:
    out = {}
    for code in AGGREGATES:
        if code in figs.rows:
            r = figs.rows[code]
            out[code] = {k: _num(r.get(year, k)) for k in ("usd_current_m", GDP, "share_gdp")}
    return out


def _num(value: float) -> float | None:
    return None if math.isnan(value) else value


#: The columns that say which row it is, first in every table here.
_ROW_KEYS = ["country", "name", "kind", "year", "status"]


def _with_totals(frame: pd.DataFrame, sums: list[str], info: dict[str, Any], fill: dict[str, Any]) -> pd.DataFrame:
    """Append NATO Europe and Canada and NATO Total rows: sums of the ally rows.

    Spending and GDP are always summed; the total rows' ratio is recomputed from the sums, their published share
    of GDP is NATO's own aggregate figure and they have no single currency. `sums` and `fill` add the rest.
    """
    sums = ["usd_current_m", GDP, *sums]
    fill = {
        "spending_gdp_ratio": lambda r: r["usd_current_m"] / r[GDP] * 100,
        **fill,
        "share_gdp": _published_share(info),
        "currency": "",
    }
    totals = []
    for code in AGGREGATES:
        part = frame if code == "NATO_TOTAL" else frame[frame["country"] != "USA"]
        row: dict[str, Any] = {col: part[col].sum(min_count=1) for col in sums}
        row.update(country=code, name=countries.by_code()[code].name, kind="aggregate", year=frame["year"].iloc[0])
        row["status"] = "estimate" if (part["status"] == "estimate").any() else "actual"
        row.update({k: (v(row) if callable(v) else v) for k, v in fill.items()})
        totals.append(row)
    return pd.concat([frame, pd.DataFrame(totals)], ignore_index=True)


def burden_table(ds: Dataset, year: int | None = None, release: str | None = None) -> pd.DataFrame:
    """Each ally's share of alliance defence spending beside its share of alliance GDP, and the fair-share gap.

    fair_share_usd_current_m: what the ally would spend if the alliance's spending were shared in proportion to
    GDP (the alliance-wide share of GDP times its GDP). fair_share_gap_usd_current_m = actual - fair: positive pays
    more than its GDP share, negative less; the gaps sum to zero over the alliance.
    """
    frame, info = _base(ds, year, release)
    total_usd = frame["usd_current_m"].sum()
    total_gdp = frame[GDP].sum()
    frame["spending_share_pct"] = frame["usd_current_m"] / total_usd * 100
    frame["gdp_share_pct"] = frame[GDP] / total_gdp * 100
    frame["fair_share_usd_current_m"] = total_usd * frame[GDP] / total_gdp
    frame["fair_share_gap_usd_current_m"] = frame["usd_current_m"] - frame["fair_share_usd_current_m"]
    frame = frame.sort_values("usd_current_m", ascending=False, ignore_index=True)
    sums = ["spending_share_pct", "gdp_share_pct", "fair_share_usd_current_m", "fair_share_gap_usd_current_m"]
    out = _with_totals(frame, sums, info, {})
    columns = [
        *_ROW_KEYS,
        "usd_current_m",
        GDP,
        "share_gdp",
        "spending_gdp_ratio",
        "spending_share_pct",
        "gdp_share_pct",
        "fair_share_usd_current_m",
        "fair_share_gap_usd_current_m",
    ]
    out = out[columns]
    info["alliance_spending_gdp_ratio"] = float(total_usd / total_gdp * 100)
    info["fair_share"] = (
        "spending in proportion to GDP: the alliance's spending/GDP ratio in current US dollars "
        f"({total_usd / total_gdp * 100:.2f}%, computed, not NATO's share of GDP) applied to each ally's GDP; "
        "gap = actual - fair share (positive = pays more than its GDP share)"
    )
    info["share_gdp"] = (
        "share_gdp: NATO's published share of GDP (Table 3; for the totals, NATO's published aggregates); "
        "spending_gdp_ratio: computed, Table 2 spending / Table 5 GDP in current US dollars, a different quantity"
    )
    out.attrs["assumptions"] = info
    return out


def _target_shares(frame: pd.DataFrame, scenario: str | float) -> tuple[np.ndarray[Any, Any], str, str]:
    """Target share of GDP per ally row, the scenario's id and its description."""
    is_us = (frame["country"] == "USA").to_numpy()
    if isinstance(scenario, str) and scenario.strip().lower() in ("us-share", "us-total"):
        key = scenario.strip().lower()
        if not is_us.any():
            raise InvalidArgumentError("scenario", f"{key!r} needs the US figures, which this year lacks")
        us = frame[is_us].iloc[0]
        current = frame["spending_gdp_ratio"].to_numpy(dtype=float)
        if key == "us-share":
            share = float(us["spending_gdp_ratio"])
            text = f"every other ally at the US share of GDP, {share:.3f}% (US spending / US GDP)"
        else:
            share = float(us["usd_current_m"]) / float(frame.loc[~is_us, GDP].sum()) * 100
            text = (
                f"Europe and Canada together spending as much as the US ({float(us['usd_current_m']):,.0f} USD m): "
                f"each at {share:.3f}% of GDP"
            )
        return np.where(is_us, current, share), key, text
    try:
        share = float(scenario)
    except (TypeError, ValueError):
        valid = ["us-share", "us-total", "a share of GDP such as 2, 3.5 or 5"]
        raise UnknownValueError("scenario", scenario, valid) from None
    if not (math.isfinite(share) and 0 < share <= 100):
        raise InvalidArgumentError("scenario", f"{share} is not a share of GDP between 0 and 100 (percent)")
    return np.full(len(frame), share), f"{share:g}", f"every ally, the US included, at {share:g}% of GDP"


def equalise(ds: Dataset, scenario: str | float, year: int | None = None, release: str | None = None) -> pd.DataFrame:
    """What 'equalising' would cost, per ally and in total: 'us-share', 'us-total' or a share of GDP (2, 3.5, 5).

    extra_usd_current_m = target - actual (negative where an ally already spends more); the raise-only column
    counts increases only (nobody is assumed to cut). Same year's GDP: no growth is assumed.
    """
    frame, info = _base(ds, year, release)
    target, key, text = _target_shares(frame, scenario)
    frame["target_share_gdp"] = target
    frame["target_usd_current_m"] = target / 100 * frame[GDP]
    frame["extra_usd_current_m"] = frame["target_usd_current_m"] - frame["usd_current_m"]
    frame["extra_raise_only_usd_current_m"] = frame["extra_usd_current_m"].clip(lower=0)
    frame["extra_nc_m"] = frame["extra_usd_current_m"] * frame["fx"]
    frame = frame.sort_values("extra_usd_current_m", ascending=False, ignore_index=True)
    sums = ["target_usd_current_m", "extra_usd_current_m", "extra_raise_only_usd_current_m"]
    fill = {"target_share_gdp": lambda r: r["target_usd_current_m"] / r[GDP] * 100, "extra_nc_m": np.nan}
    out = _with_totals(frame, sums, info, fill)
    columns = [
        *_ROW_KEYS,
        "currency",
        "usd_current_m",
        GDP,
        "share_gdp",
        "spending_gdp_ratio",
        "target_share_gdp",
        "target_usd_current_m",
        "extra_usd_current_m",
        "extra_raise_only_usd_current_m",
        "extra_nc_m",
    ]
    out = out[columns]
    info.update(
        scenario=key,
        scenario_description=text,
        method="target share x the same year's GDP; no growth or price change assumed",
        extra="target - actual (negative = already above); extra_raise_only counts increases only",
    )
    out.attrs["assumptions"] = info
    return out


def us_contribution(ds: Dataset) -> pd.DataFrame:
    """The US share of GDP as the seed article had it (June 2024 release, 2024e) beside the newest release.

    One row per (release, year): the seed release's latest year, and the newest release's figure for that same
    year and for its own latest year. The US share of alliance spending is US / NATO Total (Table 2).
    """
    newest = latest_nato(ds)
    known = set(ds.releases("nato")["release_id"])
    notes = []
    wanted: list[tuple[str, int | None]] = []
    if SEED_RELEASE in known:
        wanted.append((SEED_RELEASE, None))
    else:
        notes.append(f"{SEED_RELEASE} is not in the dataset (its importer has not been run)")
    rows = []
    seed_year: int | None = None
    for release, _ in wanted:
        seed_year = _latest_year(nato_figures(ds, release), "USA")
        rows.append(_us_row(ds, release, seed_year, "seed article's release"))
    newest_last = _latest_year(nato_figures(ds, newest), "USA")
    if seed_year is not None and seed_year != newest_last:
        rows.append(_us_row(ds, newest, seed_year, "newest release, same year as the seed"))
    rows.append(_us_row(ds, newest, newest_last, "newest release, latest year"))
    out = pd.DataFrame(rows)
    out.attrs["assumptions"] = {
        "seed_quote": SEED_QUOTE,
        "seed_source": "The Independent, June 2025 (seed article); matches NATO's June 2024 release, 2024e = 3.38%",
        "share_of_alliance": "US Table 2 spending / NATO Total Table 2 spending, same release and year",
        "notes": notes,
    }
    return out


def _latest_year(figs: NatoFigures, code: str) -> int:
    rows = figs.rows.get(code)
    if rows is None:
        raise InvalidArgumentError("release", f"{figs.release} has no figures for {code}")
    years = rows.years[~np.isnan(rows.values["share_gdp"])]
    return int(years.max())


def _us_row(ds: Dataset, release: str, year: int, role: str) -> dict[str, Any]:
    figs = nato_figures(ds, release)
    us = figs.rows["USA"]
    total = figs.rows.get("NATO_TOTAL")
    usd = us.get(year, "usd_current_m")
    total_usd = total.get(year, "usd_current_m") if total is not None else math.nan
    obs = ds.value("USA", "share_gdp", year, release=release)
    info = ds.release_info(release)
    return {
        "role": role,
        "release_id": release,
        "release_date": info["release_date"],
        "year": year,
        "status": None if obs is None else obs["status"],
        "share_gdp": _num(us.get(year, "share_gdp")),
        "decimals": None if obs is None or pd.isna(obs["decimals"]) else int(obs["decimals"]),
        "usd_current_m": _num(usd),
        "usd_constant_m": _num(us.get(year, "usd_constant_m")),
        "base_year": figs.base_year,
        "us_share_of_alliance_spending_pct": _num(usd / total_usd * 100),
        "origin": None if obs is None else str(obs["origin"]),
    }
