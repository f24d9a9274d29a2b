"""Consistency checks run by the build. Findings are reported, never silently fixed.

Known oddities live in meta/known_oddities.toml, each with a reason; a finding that matches one is reported as
`allowed` instead of `flagged`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pandas as pd

from natospend.paths import META_DIR
from natospend.reference import countries

#: Tolerances chosen to absorb the sources' own rounding, not to hide real inconsistencies.
SHARE_RECOMPUTE_TOLERANCE_PP = 0.05
CATEGORY_SUM_TOLERANCE = 0.5
AGGREGATE_TOLERANCE = 0.005  # relative
MAX_PLAUSIBLE_SHARE_GDP = 20.0


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    release_id: str
    country: str
    year: int
    indicator: str
    message: str
    status: str = "flagged"  # or "allowed"
    reason: str = ""


def _finding(check: str, release_id: Any, country: Any, year: Any, indicator: Any, message: str) -> Finding:
    """A flagged finding from the values pandas hands back (numpy scalars, index tuples): plain str and int."""
    return Finding(check, str(release_id), str(country), int(year), str(indicator), message)


@cache
def known_oddities() -> list[dict[str, object]]:
    path = META_DIR / "known_oddities.toml"
    entries: list[dict[str, object]] = tomllib.loads(path.read_text(encoding="utf-8")).get("oddity", [])
    return entries


def _allow(finding: Finding) -> Finding:
    for entry in known_oddities():
        if entry["check"] != finding.check:
            continue
        if all(
            str(entry[key]) == str(getattr(finding, key))
            for key in ("release_id", "country", "year", "indicator")
            if key in entry
        ):
            return replace(finding, status="allowed", reason=str(entry["reason"]))
    return finding


def _wide(obs: pd.DataFrame, indicators: list[str]) -> pd.DataFrame:
    part = obs[obs["indicator"].isin(indicators) & obs["value"].notna()]
    if part.empty:
        index = pd.MultiIndex.from_tuples([], names=["release_id", "country", "year"])
        return pd.DataFrame(columns=indicators, index=index)
    wide = part.pivot_table(
        index=["release_id", "country", "year"], columns="indicator", values="value", aggfunc="first"
    )
    return wide.reindex(columns=indicators)


def share_vs_ratio(obs: pd.DataFrame) -> list[Finding]:
    """NATO's share of GDP against defence / GDP from the same release (constant prices where published)."""
    out = []
    nato = obs[obs["source"] == "nato"]
    wide = _wide(nato, ["share_gdp", "usd_constant_m", "gdp_usd_constant_m", "usd_current_m", "gdp_usd_current_m"])
    for (rel, country, year), row in wide[wide["share_gdp"].notna()].iterrows():
        if pd.notna(row["gdp_usd_constant_m"]) and pd.notna(row["usd_constant_m"]):
            ratio, basis = 100 * row["usd_constant_m"] / row["gdp_usd_constant_m"], "constant"
        elif pd.notna(row["gdp_usd_current_m"]) and pd.notna(row["usd_current_m"]):
            ratio, basis = 100 * row["usd_current_m"] / row["gdp_usd_current_m"], "current"
        else:
            continue
        if abs(ratio - row["share_gdp"]) > SHARE_RECOMPUTE_TOLERANCE_PP:
            message = f"share_gdp {row['share_gdp']:.2f} but defence / GDP = {ratio:.2f} ({basis} prices)"
            out.append(_finding("share_vs_ratio", rel, country, year, "share_gdp", message))
    return out


def category_sums(obs: pd.DataFrame) -> list[Finding]:
    out = []
    cats = ["equipment_share", "personnel_share", "infrastructure_share", "other_share"]
    wide = _wide(obs[obs["source"] == "nato"], cats).dropna()
    for (rel, country, year), row in wide.iterrows():
        total = float(row[cats].sum())
        if abs(total - 100) > CATEGORY_SUM_TOLERANCE:
            message = f"the four category shares sum to {total:.2f}, not about 100"
            out.append(_finding("category_sum", rel, country, year, "equipment_share", message))
    return out


def aggregates(obs: pd.DataFrame) -> list[Finding]:
    """NATO's aggregates against the sum of the allies that were members that year, same release.

    NATO sums by membership: the 2026 release's NATO Total leaves out Finland before 2023 and Sweden before 2024.
    """
    out = []
    allies = {c.code: c for c in countries.allies()}
    for indicator in ("usd_current_m", "usd_constant_m", "gdp_usd_current_m"):
        part = obs[(obs["source"] == "nato") & (obs["indicator"] == indicator) & obs["value"].notna()]
        is_member = [
            code in allies and allies[code].is_member(int(year)) and code != "ISL"
            for code, year in zip(part["country"], part["year"], strict=True)
        ]
        members = part[pd.Series(is_member, index=part.index, dtype=bool)]
        for aggregate, exclude in (("NATO_TOTAL", ()), ("NATO_EUROPE_CANADA", ("USA",))):
            sums = members[~members["country"].isin(exclude)].groupby(["release_id", "year"])["value"].sum()
            totals = part[part["country"] == aggregate].set_index(["release_id", "year"])["value"]
            for key, total in totals.items():
                if key not in sums.index:
                    continue
                summed = float(sums[key])
                if abs(summed - total) > AGGREGATE_TOLERANCE * abs(total):
                    rel, year = key  # type: ignore[misc]
                    out.append(
                        _finding(
                            "aggregate_sum",
                            rel,
                            aggregate,
                            year,
                            indicator,
                            f"{aggregate} {total:,.0f} but its member allies sum to {summed:,.0f}",
                        )
                    )
    return out


def ranges(obs: pd.DataFrame) -> list[Finding]:
    out = []
    share = obs[(obs["indicator"] == "share_gdp") & (obs["value"] > MAX_PLAUSIBLE_SHARE_GDP)]
    for row in share.itertuples():
        message = f"share of GDP {row.value} is above {MAX_PLAUSIBLE_SHARE_GDP}%"
        out.append(_finding("range", row.release_id, row.country, row.year, "share_gdp", message))
    amounts = obs[obs["indicator"].str.endswith("_m") & (obs["value"] < 0)]
    for row in amounts.itertuples():
        message = f"negative amount {row.value}"
        out.append(_finding("range", row.release_id, row.country, row.year, row.indicator, message))
    return out


def _where(row: pd.Series) -> str:
    """The figure as printed, and where it stands upstream."""
    value = f"{row['value']:.{int(row['decimals'])}f}" if pd.notna(row["decimals"]) else f"{row['value']:g}"
    return f"{value} ({row['origin_file']} {row['origin_cell']})"


def duplicates(obs: pd.DataFrame) -> list[Finding]:
    """A release giving one figure twice (e.g. a supplement repeating a held value), and whether the two agree
    at the coarser of their printed precisions."""
    out = []
    key = ["release_id", "country", "indicator", "year", "base_year"]
    twice = obs[obs["value"].notna() & obs.duplicated(key, keep=False)]
    for (rel, country, indicator, year, _), rows in twice.groupby(key, sort=True, dropna=False):
        decimals = min(int(d) if pd.notna(d) else 99 for d in rows["decimals"])
        shown = {round(float(v), decimals) for v in rows["value"]}
        agree = "agree" if len(shown) == 1 else "DISAGREE"
        places = "; ".join(_where(r) for _, r in rows.iterrows())
        message = f"given {len(rows)} times: {places}; they {agree} at {decimals} decimal(s)"
        out.append(_finding("duplicate", rel, country, year, indicator, message))
    return out


def conflicts(obs: pd.DataFrame) -> list[Finding]:
    """Figures the transcriber marked as conflicting between sources: kept as read, listed here to be weighed."""
    marked = obs[obs["flags"].fillna("").str.contains("conflicting_sources", regex=False)]
    return [
        _finding(
            "conflicting_sources",
            row["release_id"],
            row["country"],
            row["year"],
            row["indicator"],
            f"{_where(row)}: sources disagree ({row['unit']})",
        )
        for _, row in marked.iterrows()
    ]


def run_all(obs: pd.DataFrame) -> list[Finding]:
    findings = share_vs_ratio(obs) + category_sums(obs) + aggregates(obs) + ranges(obs) + duplicates(obs)
    findings += conflicts(obs)
    return sorted((_allow(f) for f in findings), key=lambda f: (f.check, f.release_id, f.country, f.year))
