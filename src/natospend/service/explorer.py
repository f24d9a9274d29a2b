"""The explorer's question: one indicator for several allies over the years, as one release published it.

The dashboard's /explore page, its /embed twin and their downloads all show this table, so what a reader
downloads is exactly what the chart draws. "Relative" is the change since the first year shown, for indicators
that are levels (money, shares); a change series (real change) has no meaningful relative view.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.reference import countries
from natospend.store.dataset import Dataset


@dataclass(frozen=True)
class Measure:
    code: str  # indicator code in the dataset
    label: str  # what a reader sees
    axis: str
    relative: bool  # whether "change since the first year" makes sense


#: The explorer's indicators, in picker order; only indicators the dataset holds are offered.
MEASURES: tuple[Measure, ...] = (
    Measure("share_gdp", "Share of GDP", "% of GDP", True),
    Measure("usd_constant_m", "Constant US dollars", "US$ million (constant prices)", True),
    Measure("milex_per_capita_usd_constant", "Per capita", "US$ per person (constant prices)", True),
    Measure("real_change", "Real change on the year before", "% (constant prices)", False),
    Measure("equipment_share", "Equipment share", "% of defence expenditure", True),
    Measure("nc_current_m", "National currency", "million, national currency (current prices)", True),
)
MODES = ("absolute", "relative")


def measure(code: str) -> Measure:
    by_code = {m.code: m for m in MEASURES}
    if code not in by_code:
        raise UnknownValueError("indicator", code, by_code)
    return by_code[code]


def releases_holding(ds: Dataset, indicator: str) -> pd.DataFrame:
    """Releases with figures for the indicator, newest first: release_id, source, release_date, title."""
    rel = ds.releases()
    held = {
        rid
        for rid in rel["release_id"]
        if not ds.observations(None, indicator, None, release=rid, include_missing=False).empty
    }
    return rel[rel["release_id"].isin(held)].sort_values("release_date", ascending=False).reset_index(drop=True)


def series(
    ds: Dataset,
    codes: list[str],
    indicator: str,
    release: str,
    mode: str = "absolute",
    year_from: int | None = None,
    year_to: int | None = None,
) -> pd.DataFrame:
    """One row per ally and year as `release` published it: country, country_name, year, value (what is drawn),
    published (the figure as printed), decimals, status, unit, release_id and the cell of origin."""
    info = measure(indicator)
    if mode not in MODES:
        raise UnknownValueError("mode", mode, MODES)
    if mode == "relative" and not info.relative:
        raise InvalidArgumentError("mode", f"{info.label} is already a change; choose the absolute view")
    resolved = [countries.resolve(c) for c in codes]
    years = range(year_from or 1949, (year_to or 2100) + 1)
    frame = ds.observations(resolved, indicator, years, release=release, include_missing=False)
    names = countries.by_code()
    out = pd.DataFrame(
        {
            "country": frame["country"],
            "country_name": [names[c].name for c in frame["country"]],
            "year": frame["year"].astype(int),
            "published": frame["value"],
            "decimals": frame["decimals"],
            "status": frame["status"],
            "unit": frame["unit"],
            "release_id": frame["release_id"],
            "origin": frame["origin"],
        }
    )
    order = {c: i for i, c in enumerate(resolved)}
    out = out.sort_values(["country", "year"], key=lambda s: s.map(order) if s.name == "country" else s)
    if mode == "relative":  # at the precision the release printed: 1.88 -> 2.23 is +18.6%, whatever the file holds
        printed = pd.Series(
            [
                v if pd.isna(d) else round(float(v), int(d))
                for v, d in zip(out["published"], out["decimals"], strict=True)
            ],
            index=out.index,
        )
        first = printed.groupby(out["country"]).transform("first")
        out["value"] = (printed / first - 1) * 100
        out["first_year"] = out.groupby("country")["year"].transform("first")
    else:
        out["value"] = out["published"]
    return out.reset_index(drop=True)
