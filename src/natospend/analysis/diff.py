"""What changed between two releases of one publisher: revised figures, threshold counts, ranks, coverage and the
definitions or price bases the releases declare.

Figures are compared as printed: each value is rounded at the decimals its release printed (at the coarser of the
two when they differ, so 4.12 against a press-rounded 4.1 is not a revision), with compliance's own helper.
Counts at the thresholds are compliance's counting (members that year with armed forces, at published precision).
Money at constant prices is not compared across different base years (every figure would "change"); the change of
base is reported instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from natospend.analysis import compliance
from natospend.errors import InvalidArgumentError
from natospend.formatting import at_printed, published
from natospend.reference import countries, indicators
from natospend.store.dataset import Dataset
from natospend.store.provenance import origin_text

#: (indicator, threshold, label): the counts a new release moves, as the press reports them.
THRESHOLDS: tuple[tuple[str, float, str], ...] = (
    ("share_gdp", 2.0, "2% of GDP"),
    ("share_gdp", 3.5, "3.5% of GDP"),
    ("equipment_share", 20.0, "20% on equipment"),
)
#: Release-level declarations compared between the two releases.
DECLARED = ("title", "coverage", "price_base_year", "completeness")
_KEY = ["country", "indicator", "year"]


@dataclass(frozen=True, slots=True)
class ReleaseSide:
    """One release as the diff describes it."""

    release_id: str
    source: str
    publisher: str
    title: str
    release_date: date
    coverage: str
    completeness: str
    price_base_year: str
    provenance: str | None  # the release's provenance grade, where the manifest gives one

    @property
    def label(self) -> str:
        """'June 2024' style, as newsrooms name releases."""
        return f"{self.release_date:%B %Y}"


@dataclass(frozen=True, slots=True)
class Figure:
    """One release's figure for a revised cell, with where it was printed."""

    value: float
    decimals: int | None
    shown: str  # as printed
    status: str
    origin_file: str
    origin_table: str
    origin_cell: str
    citation: str
    provenance: str | None

    @property
    def origin(self) -> str:
        return origin_text(self.origin_file, self.origin_table, self.origin_cell)


@dataclass(frozen=True, slots=True)
class Revision:
    country: str
    country_name: str
    year: int
    indicator: str
    before: Figure
    after: Figure
    change: float  # after minus before, on printed values (at the coarser precision of the two)
    relative: float | None  # change / |before|, None when before is 0
    rank: int  # 1 = largest revision of its indicator


@dataclass(frozen=True, slots=True)
class CountChange:
    indicator: str
    threshold: float
    label: str
    year: int
    before: int
    after: int
    joined: tuple[str, ...]  # allies counted after, not before
    left: tuple[str, ...]  # allies counted before, not after
    comparable: bool  # both releases report every member that year (partial transcriptions do not)

    @property
    def text(self) -> str:
        """'2024, 2% of GDP: 23 -> 17 allies; dropped out: Albania, ...'."""
        out = f"{self.year}, {self.label}: {self.before} -> {self.after} allies"
        if self.left:
            out += f"; dropped out: {', '.join(_name(c) for c in self.left)}"
        if self.joined:
            out += f"; joined: {', '.join(_name(c) for c in self.joined)}"
        return out + ("" if self.comparable else " (not every member reported in both releases)")


@dataclass(frozen=True, slots=True)
class RankChange:
    indicator: str
    year: int
    country: str
    country_name: str
    before: int
    after: int
    before_shown: str
    after_shown: str


@dataclass(frozen=True, slots=True)
class CoverageChange:
    kind: str  # ally, year, indicator
    value: str
    change: str  # added, dropped
    figures: int  # how many figures the release holding it has for it

    @property
    def text(self) -> str:
        value = f"{_name(self.value)} ({self.value})" if self.kind == "ally" else self.value
        return f"{self.kind} {value} {self.change} ({self.figures} figures)"


@dataclass(frozen=True, slots=True)
class DefinitionChange:
    scope: str  # release, or an indicator code
    field: str  # title, coverage, price_base_year, completeness, unit, base_year
    before: str
    after: str
    note: str = ""

    @property
    def text(self) -> str:
        where = "release" if self.scope == "release" else self.scope
        return f"{where} {self.field}: {self.before!r} -> {self.after!r}" + (f"; {self.note}" if self.note else "")


@dataclass(frozen=True)
class ReleaseDiff:
    a: ReleaseSide
    b: ReleaseSide
    revisions: tuple[Revision, ...]
    counts: tuple[CountChange, ...]
    ranks: tuple[RankChange, ...]
    coverage: tuple[CoverageChange, ...]
    definitions: tuple[DefinitionChange, ...]
    compared: int  # figures held by both releases and compared
    not_compared: dict[str, int] = field(default_factory=dict)  # indicator -> figures left out (price base)

    @property
    def changed(self) -> bool:
        return bool(self.revisions or self.counts or self.ranks or self.coverage or self.definitions)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for side in ("a", "b"):
            out[side]["release_date"] = out[side]["release_date"].isoformat()
        out["changed"] = self.changed
        return out

    def revisions_frame(self) -> pd.DataFrame:
        """One row per revised figure (the CSV form)."""
        rows = []
        for r in self.revisions:
            row: dict[str, Any] = {
                "rank": r.rank,
                "country": r.country,
                "country_name": r.country_name,
                "year": r.year,
                "indicator": r.indicator,
                "before": r.before.shown,
                "after": r.after.shown,
                "change": r.change,
                "relative": r.relative,
            }
            for side, fig, rel in (("a", r.before, self.a), ("b", r.after, self.b)):
                row |= {
                    f"release_{side}": rel.release_id,
                    f"value_{side}": fig.value,
                    f"decimals_{side}": fig.decimals,
                    f"status_{side}": fig.status,
                    f"origin_file_{side}": fig.origin_file,
                    f"origin_table_{side}": fig.origin_table,
                    f"origin_cell_{side}": fig.origin_cell,
                    f"origin_{side}": fig.origin,
                    f"provenance_{side}": fig.provenance,
                }
            rows.append(row)
        frame = pd.DataFrame(rows)
        if frame.empty:
            return pd.DataFrame(columns=["rank", "country", "country_name", "year", "indicator", "before", "after"])
        return frame


# ---------------------------------------------------------------------------------------------- choosing releases
def _ordered(ds: Dataset, source: str, complete: bool = True) -> list[str]:
    table = ds.releases(source)
    if complete:
        table = table[table["completeness"] == "complete"]
    return [str(r) for r in table.sort_values(["release_date", "release_id"])["release_id"]]


def pick(ds: Dataset, release_a: str | None = None, release_b: str | None = None) -> tuple[str, str]:
    """The two releases to compare, older first: both given; one given (what it changed: against the previous
    complete release of its publisher, or the next one for the first); or none (the two newest complete NATO
    releases)."""
    given = [r for r in (release_a, release_b) if r]
    infos = [ds.release_info(r) for r in given]  # unknown ids: UnknownValueError with close matches
    if len(given) == 2:
        sa, sb = (str(i["source"]) for i in infos)
        if sa != sb:
            raise InvalidArgumentError(
                "release_b",
                f"{given[0]} is a {sa.upper()} release and {given[1]} a {sb.upper()} one: a diff compares two "
                "releases of one publisher (definitions, price bases and coverage differ between publishers; "
                f"use `natospend compare` to set sources side by side)",
            )
        if given[0] == given[1]:
            raise InvalidArgumentError("release_b", f"both releases are {given[0]}; give two different releases")
        pair = given
    elif len(given) == 1:
        pair = [_previous(ds, given[0]), given[0]]
    else:
        order = _ordered(ds, "nato")
        if len(order) < 2:
            raise InvalidArgumentError("release_a", "fewer than two complete NATO releases in the dataset")
        pair = order[-2:]
    dates = {r: ds.release_info(r)["release_date"] for r in pair}
    first, second = sorted(pair, key=lambda r: (dates[r], r))
    return first, second


def _previous(ds: Dataset, release_id: str) -> str:
    info = ds.release_info(release_id)
    table = ds.releases(str(info["source"]))
    table = table[(table["completeness"] == "complete") & (table["release_id"] != release_id)]
    if table.empty:
        raise InvalidArgumentError("release_a", f"no other complete {info['source']} release to compare with")
    earlier = table[table["release_date"] <= info["release_date"]]
    chosen = earlier.iloc[-1] if not earlier.empty else table.iloc[0]  # releases() is sorted by date
    return str(chosen["release_id"])


# ---------------------------------------------------------------------------------------------- the computation
def _text(value: Any) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)


def _side(ds: Dataset, release_id: str) -> ReleaseSide:
    info = ds.release_info(release_id)
    return ReleaseSide(
        release_id=release_id,
        source=str(info["source"]),
        publisher=str(info["publisher"]),
        title=str(info["title"]),
        release_date=info["release_date"],
        coverage=str(info["coverage"]),
        completeness=str(info["completeness"]),
        price_base_year=_text(info.get("price_base_year")),
        provenance=_text(info.get("provenance")) or None,
    )


def _name(code: str) -> str:
    ally = countries.by_code().get(code)
    return ally.name if ally is not None else code


def _decimals(value: Any) -> int | None:
    return None if value is None or value is pd.NA or pd.isna(value) else int(value)


def _figure(row: Any, suffix: str, grade: str | None) -> Figure:
    decimals = _decimals(getattr(row, f"decimals{suffix}"))
    value = float(getattr(row, f"value{suffix}"))
    own = _text(getattr(row, f"provenance{suffix}", None)) or grade
    return Figure(
        value=value,
        decimals=decimals,
        shown=published(value, decimals),
        status=_text(getattr(row, f"status{suffix}")),
        origin_file=_text(getattr(row, f"origin_file{suffix}")),
        origin_table=_text(getattr(row, f"origin_table{suffix}")),
        origin_cell=_text(getattr(row, f"origin_cell{suffix}")),
        citation=_text(getattr(row, f"citation{suffix}")),
        provenance=own,
    )


def _constant_money(code: str) -> bool:
    """Levels at constant prices: not comparable across base years (ratios and growth rates are)."""
    ind = indicators.all_indicators().get(code)
    return ind is not None and ind.price_basis == "constant" and not ind.unit.startswith("percent")


def _base_years(frame: pd.DataFrame) -> dict[str, str]:
    """Per indicator, the base year(s) of its prices ('' for none)."""
    pairs = frame[["indicator", "base_year"]].dropna().drop_duplicates()
    out = dict.fromkeys((str(c) for c in frame["indicator"].unique()), "")
    for code, years in pairs.groupby("indicator")["base_year"]:
        out[str(code)] = ", ".join(str(int(y)) for y in sorted(years))
    return out


def _units(frame: pd.DataFrame) -> dict[str, str]:
    """The unit each indicator is printed in (the most common text, since tables repeat it with variations)."""
    sizes = frame.groupby(["indicator", "unit"]).size().sort_values(ascending=False, kind="stable")
    out: dict[str, str] = {}
    for (code, unit), _n in sizes.items():
        out.setdefault(str(code), str(unit))
    return out


def _definitions(
    a: ReleaseSide,
    b: ReleaseSide,
    fa: pd.DataFrame,
    fb: pd.DataFrame,
    bases: tuple[dict[str, str], dict[str, str]],
    left_out: dict[str, int],
) -> list[DefinitionChange]:
    out = []
    for name in DECLARED:
        before, after = str(getattr(a, name)), str(getattr(b, name))
        if before != after:
            out.append(DefinitionChange("release", name, before, after))
    shared = sorted(set(fa["indicator"]) & set(fb["indicator"]), key=_indicator_order)
    (units_a, units_b), (base_a, base_b) = (_units(fa), _units(fb)), bases
    for code in shared:
        if units_a[code] != units_b[code]:
            out.append(DefinitionChange(code, "unit", units_a[code], units_b[code]))
        if base_a[code] != base_b[code]:
            note = (
                f"{left_out[code]} figures not compared: constant prices of different base years"
                if code in left_out
                else ""
            )
            out.append(DefinitionChange(code, "base_year", base_a[code] or "none", base_b[code] or "none", note))
    return out


def _indicator_order(code: str) -> tuple[int, str]:
    order = list(indicators.all_indicators())
    return (order.index(code) if code in order else len(order), code)


def _revisions(merged: pd.DataFrame, grade_a: str | None, grade_b: str | None) -> list[Revision]:
    # At the coarser printed precision of the two; unknown decimals give way to the known ones.
    common = [_common(da, db) for da, db in zip(merged["decimals_a"], merged["decimals_b"], strict=True)]
    shown_a = [_printed(v, d) for v, d in zip(merged["value_a"], common, strict=True)]
    shown_b = [_printed(v, d) for v, d in zip(merged["value_b"], common, strict=True)]
    changes = pd.Series([y - x for x, y in zip(shown_a, shown_b, strict=True)], index=merged.index)
    revised = merged.assign(change=changes.round(9), before_printed=shown_a)[changes.round(9) != 0]
    revised = revised.assign(size=revised["change"].abs(), order=revised["indicator"].map(_indicator_order))
    revised = revised.sort_values(["order", "size", "country", "year"], ascending=[True, False, True, True])
    out: list[Revision] = []
    ranks: Counter[str] = Counter()
    for row in revised.itertuples(index=False):
        ranks[row.indicator] += 1
        before = float(row.before_printed)
        out.append(
            Revision(
                country=str(row.country),
                country_name=_name(str(row.country)),
                year=int(row.year),
                indicator=str(row.indicator),
                before=_figure(row, "_a", grade_a),
                after=_figure(row, "_b", grade_b),
                change=float(row.change),
                relative=float(row.change) / abs(before) if before else None,
                rank=ranks[row.indicator],
            )
        )
    return out


def _printed(value: float, decimals: int | None) -> float:
    shown = at_printed(value, decimals)
    assert shown is not None  # the frames hold no missing values
    return shown


def _common(da: Any, db: Any) -> int | None:
    known = [int(d) for d in (da, db) if d is not None and d is not pd.NA and not pd.isna(d)]
    return min(known) if known else None


def _counted(part: pd.DataFrame, threshold: float) -> tuple[dict[int, set[str]], dict[int, int]]:
    """Per year: the allies counted at or above the threshold, and how many members the release reports (`part`
    holds one indicator)."""
    hits, eligible = compliance.counted(part, threshold)
    counted: dict[int, set[str]] = {}
    reported: dict[int, int] = {}
    for year, codes in part[hits].groupby("year")["country"]:
        counted[int(year)] = set(codes)
    for year, n in eligible.groupby(part["year"]).sum().items():
        reported[int(year)] = int(n)
    return counted, reported


def _counts(fa: pd.DataFrame, fb: pd.DataFrame) -> list[CountChange]:
    out = []
    wanted = {i for i, _t, _l in THRESHOLDS}
    parts_a = {str(k): v for k, v in fa[fa["indicator"].isin(wanted)].groupby("indicator")}
    parts_b = {str(k): v for k, v in fb[fb["indicator"].isin(wanted)].groupby("indicator")}
    empty = fa.iloc[0:0]
    for indicator, threshold, label in THRESHOLDS:
        ca, ra = _counted(parts_a.get(indicator, empty), threshold)
        cb, rb = _counted(parts_b.get(indicator, empty), threshold)
        for year in sorted(set(ra) & set(rb)):
            before, after = ca.get(year, set()), cb.get(year, set())
            if before == after:
                continue
            members = len(compliance.eligible_allies(year))
            out.append(
                CountChange(
                    indicator=indicator,
                    threshold=threshold,
                    label=label,
                    year=year,
                    before=len(before),
                    after=len(after),
                    joined=tuple(sorted(after - before)),
                    left=tuple(sorted(before - after)),
                    comparable=ra[year] == members and rb[year] == members,
                )
            )
    return out


def _ranked(frame: pd.DataFrame, indicator: str) -> pd.DataFrame:
    part = frame[frame["indicator"] == indicator]
    part = part[compliance.counted(part, float("-inf"))[1]]  # members that year with armed forces
    part = part.assign(
        printed=[_printed(v, _decimals(d)) for v, d in zip(part["value"], part["decimals"], strict=True)]
    )
    part = part.assign(rank=part.groupby("year")["printed"].rank(method="min", ascending=False).astype(int))
    return part[["country", "year", "rank", "value", "decimals"]]


def _ranks(fa: pd.DataFrame, fb: pd.DataFrame, indicator: str = "share_gdp") -> list[RankChange]:
    """Rank changes among the members, in years both releases report in full."""
    ra, rb = _ranked(fa, indicator), _ranked(fb, indicator)
    per_a, per_b = ra["year"].value_counts(), rb["year"].value_counts()
    full = [
        y
        for y in sorted(set(per_a.index) & set(per_b.index))
        if per_a[y] == per_b[y] == len(compliance.eligible_allies(int(y)))
    ]
    merged = ra[ra["year"].isin(full)].merge(rb, on=["country", "year"], suffixes=("_a", "_b"))
    moved = merged[merged["rank_a"] != merged["rank_b"]].sort_values(["year", "rank_b", "country"])
    return [
        RankChange(
            indicator=indicator,
            year=int(r.year),
            country=str(r.country),
            country_name=_name(str(r.country)),
            before=int(r.rank_a),
            after=int(r.rank_b),
            before_shown=published(r.value_a, _decimals(r.decimals_a)),
            after_shown=published(r.value_b, _decimals(r.decimals_b)),
        )
        for r in moved.itertuples(index=False)
    ]


def _coverage(fa: pd.DataFrame, fb: pd.DataFrame) -> list[CoverageChange]:
    out = []
    for kind, column in (("ally", "country"), ("year", "year"), ("indicator", "indicator")):
        in_a, in_b = Counter(fa[column]), Counter(fb[column])
        for value in sorted(set(in_b) - set(in_a), key=str):
            out.append(CoverageChange(kind, str(value), "added", in_b[value]))
        for value in sorted(set(in_a) - set(in_b), key=str):
            out.append(CoverageChange(kind, str(value), "dropped", in_a[value]))
    return out


def _frame(ds: Dataset, release_id: str) -> pd.DataFrame:
    frame = ds.observations(release=release_id, include_missing=False)
    return frame.drop_duplicates(_KEY, keep="last")


def diff_releases(ds: Dataset, release_a: str | None = None, release_b: str | None = None) -> ReleaseDiff:
    """Everything that changed from one release to another of the same publisher (default: the two newest
    complete NATO releases). The older release is always `a`."""
    ra, rb = pick(ds, release_a, release_b)
    a, b = _side(ds, ra), _side(ds, rb)
    fa, fb = _frame(ds, ra), _frame(ds, rb)
    columns = [*_KEY, "value", "decimals", "status", "origin_file", "origin_table", "origin_cell", "citation"]
    columns += [c for c in ("provenance",) if c in fa.columns and c in fb.columns]
    merged = fa[columns].merge(fb[columns], on=_KEY, suffixes=("_a", "_b"))
    base_a, base_b = _base_years(fa), _base_years(fb)
    rebased = {c for c in set(merged["indicator"]) if _constant_money(c) and base_a.get(c) != base_b.get(c)}
    left_out = {c: int((merged["indicator"] == c).sum()) for c in sorted(rebased)}
    merged = merged[~merged["indicator"].isin(rebased)]
    compared = len(merged)
    # Identical values print identically: only the others need rounding.
    precision = merged["decimals_a"].fillna(-1) != merged["decimals_b"].fillna(-1)
    merged = merged[(merged["value_a"] != merged["value_b"]) | precision.astype(bool)]
    return ReleaseDiff(
        a=a,
        b=b,
        revisions=tuple(_revisions(merged, a.provenance, b.provenance)),
        counts=tuple(_counts(fa, fb)),
        ranks=tuple(_ranks(fa, fb)),
        coverage=tuple(_coverage(fa, fb)),
        definitions=tuple(_definitions(a, b, fa, fb, (base_a, base_b), left_out)),
        compared=compared,
        not_compared=left_out,
    )


def releases_of(ds: Dataset, source: str) -> Iterable[str]:
    """Release ids of one publisher, oldest first (for pickers)."""
    return _ordered(ds, source, complete=False)
