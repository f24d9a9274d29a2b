"""What the checker read a claim to say, in one line ("Read as: Spain · share of GDP · 1.28% · latest year held"), so
that a reader can see a misreading (the wrong ally, year or measure) before trusting the verdict built on it.

Works on a claim's JSON fields (`Claim.fields()`, `ClaimResult.fields`): the CLI, the HTML page and the API show the
same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from natospend.claims.frame import ALL_ALLIES
from natospend.reference import countries

_KIND_WORDS = {
    "share_gdp": "share of GDP",
    "count": "number of allies",
    "ranking": "rank",
    "real_growth": "real change",
    "total_spending": "spending in money",
    "alliance_share": "share of the alliance's total",
    "equipment_share": "share of defence spending",
    "pledge": "pledge",
    "growth_multiple": "growth multiple",
    "common_funding": "share of NATO's common funding",
}
_METRIC_WORDS = {
    "share_gdp": "by share of GDP",
    "usd_current_m": "by current US$",
    "usd_constant_m": "by constant US$",
    "real_change": "by real change",
    "equipment_share": "by equipment share",
}
_COMPARATOR_WORDS = {
    "eq": "",
    "approx": "about ",
    "nearly": "almost ",
    "gt": "more than ",
    "ge": "at least ",
    "lt": "less than ",
    "le": "at most ",
}
_YEAR_BASIS_WORDS = {
    "fiscal": "fiscal year",
    "relative": "from the article's date",
    "carried": "from the sentence before",
    "present": "the article's year",
}
_MODALITY_WORDS = {
    "commitment": "a commitment",
    "ambition": "an aim",
    "proposal": "a proposal",
    "call": "a call on others",
    "reference": "names a target",
    "described": "describes a pledge",
}
_ALIASES = {
    ALL_ALLIES: "all allies",
    "NATO_TOTAL": "NATO as a whole",
    "NATO_EUROPE_CANADA": "European allies and Canada",
}


def _names(codes: list[str]) -> str:
    known = countries.by_code()
    names = [_ALIASES.get(c) or (known[c].name if c in known else c) for c in codes]
    return ", ".join(names)


def _who(kind: str, f: Mapping[str, Any]) -> str:
    named, group = _names(list(f.get("countries") or [])), f.get("group")
    # a ranking names the ally ranked and the field it is ranked in; other kinds are about the group when one is named
    who = f"{named} among {group}" if kind == "ranking" and named and group else str(group or named)
    if not who and kind == "count":
        who = "allies"
    if f.get("excluded"):
        who += f" (excluding {_names(list(f['excluded']))})"
    return who or "no ally named"


def _quantity(kind: str, f: Mapping[str, Any]) -> str:
    comparator = _COMPARATOR_WORDS.get(str(f.get("comparator", "eq")), "")
    if kind == "ranking" and f.get("rank") is not None:
        order = "from the bottom" if f.get("rank_order") == "lowest" else "from the top"
        return f"number {f['rank']} {order}"
    bounds = f.get("bounds") or []
    if kind == "count" and len(bounds) == 2:
        what = f"between {bounds[0]:g} and {bounds[1]:g}" + (" of those in scope" if f.get("bounds_relative") else "")
    elif f.get("comparator") == "range" and len(bounds) == 2:
        what = f"between {bounds[0]:g} and {bounds[1]:g}"
    else:
        what = f"{comparator}{f.get('value_text') or f.get('value') or ''}".strip()
    high = f.get("threshold_high")
    if kind == "count" and f.get("threshold") is not None and high is not None:
        exact = exact_figure(f["threshold"], high)
        what += f", at {exact}% as printed" if exact else f", between {f['threshold']:g}% and {high:g}%"
    elif kind == "count" and f.get("threshold") is not None:
        side = "below" if f.get("counts_below") else "at or above"
        what += f", {side} {f['threshold']:g}%"
    elif f.get("threshold") is not None and not any(ch.isdigit() for ch in what):  # "the target" (2%)
        what = f"{what} ({f['threshold']:g}%)".strip()
    return what


def exact_figure(low: float, high: float) -> str | None:
    """The figure an exact band stands for ("exactly 2.0 percent": 1.95 to under 2.05 is '2.0', claims/counts.py
    `_exact_band`), else None (a band the text printed, "between 2% and 2.1%")."""
    for decimals, step in ((0, 1.0), (1, 0.1), (2, 0.01)):
        if abs(high + 1e-6 - low - step) < 1e-9:
            return f"{low + step / 2:.{decimals}f}"
    return None


def _when(kind: str, f: Mapping[str, Any]) -> str:
    if kind == "pledge":
        return f"by {f['deadline']}" if f.get("deadline") else "no deadline given"
    year = f.get("year")
    if year is None and f.get("period_years"):  # "during the Cold War": the span, not the latest year
        first, last = f["period_years"]
        return f"the years {first}-{last}"
    if year is None:
        return "latest year held"
    basis = _YEAR_BASIS_WORDS.get(str(f.get("year_basis")), "")
    return f"{year} ({basis})" if basis else str(year)


def describe(kind: str, fields: Mapping[str, Any]) -> str:
    """One line: who, what measure, what value, when, and what else qualifies the reading."""
    measure = _KIND_WORDS.get(kind, kind)
    if kind == "ranking" and fields.get("metric") in _METRIC_WORDS:
        measure += " " + _METRIC_WORDS[str(fields["metric"])]
    if fields.get("price_basis"):
        measure += f", {fields['price_basis']} prices"
    parts = [_who(kind, fields), measure, _quantity(kind, fields), _when(kind, fields)]
    if fields.get("modality"):
        parts.append(_MODALITY_WORDS.get(str(fields["modality"]), str(fields["modality"])))
    if fields.get("attributed_to"):
        parts.append(f"according to {fields['attributed_to']}")
    if fields.get("negated"):
        parts.append("negated")
    return " · ".join(p for p in parts if p)
