"""Who meets which pledge, by how much, and whether they are on track: one release at a time.

Every comparison uses the figure at the precision its source published (natospend.formatting.meets: half away
from zero at the printed decimals), so Poland's 2.0005% printed as 2.00 meets 2%. All figures in one answer come
from one release (`release=`, or the newest complete NATO release published by `as_of`, or the newest complete one).

The answers are computed from the read model's typed Figures (natospend.store.readmodel), so they come out the same
from the Dataset or from the compact form without pandas (`status_rows`, `evaluation_rows`, `count_rows`); the
DataFrame versions (`status_table`, `evaluate`, `count_history`) are those rows as frames, for the Python API.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.formatting import at_printed, meets, published
from natospend.reference import countries, indicators, pledges
from natospend.reference.pledges import METRICS, Pledge
from natospend.store.provenance import weakness
from natospend.store.readmodel import DateArg, Figure, Release, Store, parse_date

if TYPE_CHECKING:
    import pandas as pd

    from natospend.store.dataset import Dataset

STATUSES = (
    "met",
    "not_met",
    "not_yet_due",
    "not_applicable",
    "core_short",
    "no_data",
    "exempt",
    "flexibility",
    "not_member",
)
#: Said once wherever the 5% column is shown: why it reports core spending's progress, not the total.
FIVE_PCT_NOTE = (
    "No source publishes the 1.5% defence- and security-related part per ally, so the 5% total cannot be checked: "
    "'met' where core defence expenditure alone reaches 5%, otherwise 'core_short' with core spending's progress "
    "towards 5%."
)
#: The pledges behind the status screen's three alliance columns.
TWO_PCT_BEFORE_2024, TWO_PCT = "nato-2pct-2006", "vilnius-2023-2pct"
CORE_3_5, TOTAL_5 = "hague-2025-core-3.5", "hague-2025-total-5"
_MONEY = ("gdp_usd_current_m", "nc_current_m", "usd_current_m")
#: Indicators read from a release for every evaluation (one parse per release serves them all).
_WANTED = frozenset({"share_gdp", "equipment_share", "real_change", *_MONEY})
#: Separates distinct notes in a `note` cell (a note's own text may contain ';').
NOTE_SEP = " | "

EVALUATION_COLUMNS = [
    "pledge_id",
    "country",
    "country_name",
    "year",
    "fiscal_year",
    "metric",
    "indicator",
    "value",
    "decimals",
    "threshold",
    "status",
    "margin_pp",
    "margin_nc",
    "currency",
    "margin_usd",
    "money_basis",
    "on_track",
    "path_value",
    "incremental",
    "estimate",
    "release_id",
    "origin",
    "provenance",
    "caveats",
    "note",
]


def at_published_precision(value: Any, decimals: Any) -> float | None:
    """The value as its source printed it (half away from zero, like a spreadsheet); None when missing."""
    return at_printed(value, decimals)


def _reaches(value: float, pledge: Pledge) -> bool:
    return bool(meets(value, pledge.threshold, None, strict=pledge.comparison == ">"))


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which allies (members that year, with armed forces) a release holds a figure for: a count over a partly
    held release counts the held allies, and says which are not held instead of counting them below the line."""

    release_id: str
    provenance: str
    partial: bool
    year: int
    indicator: str
    held: tuple[str, ...]
    not_held: tuple[str, ...]

    @property
    def eligible(self) -> int:
        return len(self.held) + len(self.not_held)

    def summary(self, threshold: float, reached: int) -> str:
        """'5 of the 23 allies held are at or above 2% in 2018; nato-2018-07 ... not held: HUN, ...'."""
        if not self.not_held:
            return f"{reached} of the {self.eligible} allies are at or above {threshold:g}% in {self.year}."
        kind = f"a partial release ({self.provenance.replace('_', ' ')})" if self.partial else "a release"
        return (
            f"{reached} of the {len(self.held)} allies held are at or above {threshold:g}% in {self.year}; "
            f"{self.release_id} is {kind} holding {self.indicator} for {len(self.held)} of the {self.eligible} "
            f"allies with armed forces. Not held (not counted as below {threshold:g}%): {', '.join(self.not_held)}."
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "release_id": self.release_id,
            "provenance": self.provenance,
            "partial": self.partial,
            "year": self.year,
            "indicator": self.indicator,
            "n_held": len(self.held),
            "n_eligible": self.eligible,
            "not_held": list(self.not_held),
        }


def coverage(ds: Store, release_id: str, year: int, held: Iterable[str], indicator: str = "share_gdp") -> Coverage:
    """The coverage of `release_id` for `year`, given the countries it holds a figure for."""
    info = ds.read.info(release_id)
    eligible = eligible_allies(year)
    have = set(held) & eligible
    return Coverage(
        release_id=release_id,
        provenance=str(info.get("provenance", "")),
        partial=str(info["completeness"]) != "complete",
        year=year,
        indicator=indicator,
        held=tuple(sorted(have)),
        not_held=tuple(sorted(eligible - have)),
    )


def _release(ds: Store, release_id: str, wanted: Iterable[str] = ()) -> Release:
    """One release's figures from the read model (`wanted` is kept for callers; the model holds every indicator)."""
    return ds.read.release(release_id)


def _year_ranges(years: Iterable[int]) -> str:
    """1949, 2014, 2015, 2016 -> '1949, 2014-2016'."""
    spans: list[list[int]] = []
    for y in sorted(set(years)):
        if spans and y == spans[-1][1] + 1:
            spans[-1][1] = y
        else:
            spans.append([y, y])
    return ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in spans)


class UnknownYearError(UnknownValueError):
    """A year outside what a release (or pledge) covers; suggests the numerically closest valid years."""

    def __init__(self, year: int, valid: Iterable[int], where: str) -> None:
        years = sorted(set(valid))
        super().__init__("year", year, [str(y) for y in years], note=where)
        self.suggestions = [str(y) for y in sorted(years, key=lambda y: (abs(y - year), -y))[:3]]
        message = f"unknown year {year}"
        if years:
            message += f"; closest valid years: {', '.join(self.suggestions)} ({where}: {_year_ranges(years)})"
        else:
            message += f" ({where}: no years)"
        self.args = (message,)


def _release_years(ds: Store, release_id: str, indicator: str) -> set[int]:
    return ds.read.release(release_id).years(indicator)


def _has_figures(ds: Store, release_id: str, indicator: str, year: int) -> bool:
    return year in _release_years(ds, release_id, indicator)


def pick_release(
    ds: Store,
    release: str | None = None,
    as_of: DateArg = None,
    year: int | None = None,
    indicator: str = "share_gdp",
) -> str:
    """The one release an answer uses: `release`, else the newest complete NATO release published by `as_of`
    (holding `year` if given), else the newest partial one holding it."""
    cutoff = parse_date(as_of)
    if release is not None and cutoff is not None:
        raise InvalidArgumentError("release", "give either release or as_of, not both")
    if release is not None:
        ds.read.info(release)  # validates, with close matches
        return release
    table = [ds.read.info(r) for r in ds.read.release_ids("nato")]
    if cutoff is not None:
        first = min(r["release_date"] for r in table)
        table = [r for r in table if r["release_date"] <= cutoff]
        if not table:
            raise InvalidArgumentError("as_of", f"no NATO release had been published by {cutoff} (first: {first})")
    table.sort(key=lambda r: (r["release_date"], r["release_id"]), reverse=True)
    order = [r["release_id"] for r in table if r["completeness"] == "complete"]
    order += [r["release_id"] for r in table if r["completeness"] != "complete"]
    if year is not None:
        for rid in order:
            if _has_figures(ds, rid, indicator, year):
                return str(rid)
    return str(order[0])


def _pledge_window(p: Pledge, data_years: set[int]) -> list[int]:
    """Default years for an evaluation: the release's years from the pledge's start (or path base) to its end."""
    lo = min(p.start, p.announced_year, p.path_base_year if p.deadline is not None else p.start)
    hi = p.until if p.until is not None else max(data_years | {p.start})
    years = {y for y in data_years if lo <= y <= hi}
    if not any(y >= p.start for y in years) and (p.until is None or p.start <= p.until):
        years.add(p.start)  # a pledge not yet in force still shows its first year
    return sorted(years)


def _valid_years(p: Pledge, data_years: set[int]) -> set[int]:
    ends = [y for y in (p.deadline, p.until) if y is not None]
    return data_years | set(range(min(p.start, p.path_base_year), max([p.start, *ends]) + 1))


def _money(p: Pledge, rel: Release, code: str, year: int, margin: float | None) -> tuple[Any, Any, str]:
    """Margin in national currency and US dollars (millions), and how they were computed."""
    if margin is None:
        return None, None, ""
    nc, usd = rel.value(code, "nc_current_m", year), rel.value(code, "usd_current_m", year)
    rate = nc / usd if nc is not None and usd else None  # implied exchange rate, NC per US$
    if p.metric == "amount_nc":
        return margin, (margin / rate if rate else None), "amount minus threshold; US$ at the release's implied rate"
    if p.metric == "core_share_gdp":
        gdp = rel.value(code, "gdp_usd_current_m", year)
        if gdp is None:
            return None, None, f"no gdp_usd_current_m in {rel.id}"
        usd_margin = margin / 100 * gdp
        return (
            (usd_margin * rate if rate else None),
            usd_margin,
            "margin x GDP (gdp_usd_current_m); national currency at the implied rate nc_current_m/usd_current_m",
        )
    if p.metric == "equipment_share":
        return (
            (margin / 100 * nc if nc is not None else None),
            (margin / 100 * usd if usd is not None else None),
            "margin x defence expenditure (nc_current_m, usd_current_m)",
        )
    return None, None, ""


def _evaluate_rows(p: Pledge, rel: Release, codes: list[str], years: list[int]) -> list[dict[str, Any]]:
    metric = METRICS[p.metric]
    ind = metric.indicator
    rows = []
    for code in codes:
        ally = countries.by_code()[code]
        for year in years:
            notes: list[str] = []
            fig = rel.get(code, ind, year)
            core = rel.get(code, "share_gdp", year) if ind is None else None
            shown = fig.shown_value if fig else None
            reached = None if shown is None else _reaches(shown, p)
            exception = p.exception_for(code)
            status: str
            if not ally.is_member(year):
                status = "not_member"
                accession = ally.nato_accession.year if ally.nato_accession else "?"
                notes.append(f"{ally.name} joined NATO in {accession}")
            elif year < p.announced_year:
                status = "not_applicable"
                notes.append(f"{p.id} was made in {p.announced_year}")
            elif (exception and exception.status == "exempt") or (not ally.has_armed_forces and p.alliance_wide):
                status = "exempt"
                notes.append(exception.note if exception else f"{ally.name} has no armed forces")
            elif exception and exception.status == "flexibility" and year >= p.announced_year:
                status = "flexibility"
                notes.append(exception.note)
            elif year < p.start:
                status = "not_yet_due"
                if reached:
                    notes.append(f"already at or above {p.threshold:g} before the pledge applies ({p.start})")
            elif ind is None:  # The Hague's related / total spending: no source publishes it
                core_shown = core.shown_value if core else None
                if p.metric == "total_share_gdp" and core_shown is not None and meets(core_shown, p.threshold, None):
                    status = "met"
                    notes.append(f"core defence expenditure alone is {core_shown:g}% of GDP")
                elif p.metric == "total_share_gdp" and core_shown is not None:
                    status = "core_short"  # the total is unknown; core's progress towards it is what is known
                else:
                    status = "no_data"
                    part = "core plus related" if p.metric == "total_share_gdp" else "related"
                    notes.append(
                        f"no source publishes defence- and security-related spending, so the {part} total is "
                        "unverifiable" + (f"; core alone is {core_shown:g}% of GDP" if core_shown is not None else "")
                    )
                fig = core if core is not None else None
            elif reached is None:
                status = "no_data"
                notes.append(f"no {ind} figure for {year} in {rel.id}")
            elif reached:
                status = "met"
            elif year >= (p.deadline if p.deadline is not None else p.start):
                status = "not_met"
            else:
                status = "not_yet_due"
            if p.basis == "national":
                notes.append("national definition, measured here against NATO's published figure")
            if p.unverified and status not in ("not_member", "not_applicable"):
                notes.append(f"unverified pledge: {p.id}'s date and wording are not confirmed at a primary source")
            if rel.partial and fig is not None:
                notes.append(f"{rel.id} is a partial (press-quoted) release")
            weak = weakness(fig.provenance, fig.caveats, rel.grade) if fig is not None else ""
            if weak and status in ("met", "not_met", "core_short"):
                notes.append(f"the verdict {weak}")

            core_counts = p.metric == "total_share_gdp"  # core alone is a lower bound of the 5% total
            margin = (shown - p.threshold) if (shown is not None and ind is not None) else None
            margin_nc, margin_usd, basis = _money(p, rel, code, year, margin)
            margin_pp = margin if p.metric not in ("amount_nc",) else None

            on_track, path_value = _on_track(p, rel, code, year, shown, status)
            incremental = None
            if (
                p.incremental_path
                and ind is not None
                and status not in ("not_member", "not_applicable", "exempt")
                and year >= p.start
            ):
                prev = rel.get(code, ind, year - 1)
                if shown is not None and prev is not None:
                    incremental = shown >= prev.shown_value
            rows.append(
                {
                    "pledge_id": p.id,
                    "country": code,
                    "country_name": ally.name,
                    "year": year,
                    "fiscal_year": ally.fiscal_year_text(year),
                    "metric": p.metric,
                    "indicator": ind if ind is not None else ("share_gdp (core only)" if core is not None else ""),
                    "value": fig.value if (fig is not None and (ind is not None or core_counts)) else None,
                    "decimals": fig.decimals if (fig is not None and (ind is not None or core_counts)) else None,
                    "threshold": p.threshold,
                    "status": status,
                    "margin_pp": margin_pp,
                    "margin_nc": margin_nc,
                    "currency": _currency(rel, code, year, ally.currency),
                    "margin_usd": margin_usd,
                    "money_basis": basis,
                    "on_track": on_track,
                    "path_value": path_value,
                    "incremental": incremental,
                    "estimate": bool(fig.estimate) if fig is not None else None,
                    "release_id": rel.id,
                    "origin": fig.origin if fig is not None else "",
                    "provenance": fig.provenance if fig is not None else "",
                    "caveats": fig.caveats if fig is not None else "",
                    "note": NOTE_SEP.join(notes),
                }
            )
    return rows


def _currency(rel: Release, code: str, year: int, default: str) -> str:
    """The currency of the release's national-currency figure (Bulgaria: leva to 2025, euros from 2026)."""
    fig = rel.get(code, "nc_current_m", year)
    return fig.currency if fig is not None and fig.currency else default


def _on_track(
    p: Pledge, rel: Release, code: str, year: int, shown: float | None, status: str
) -> tuple[bool | None, float | None]:
    """Against a straight line from the base-year value to the threshold at the deadline (None where undefined)."""
    ind = METRICS[p.metric].indicator
    if p.deadline is None or ind is None or status in ("not_member", "not_applicable", "exempt", "flexibility"):
        return None, None
    base = p.path_base_year
    if not base < year <= p.deadline or base >= p.deadline:
        return None, None
    start = rel.get(code, ind, base)
    if start is None or shown is None:
        return None, None
    path = start.shown_value + (p.threshold - start.shown_value) * (year - base) / (p.deadline - base)
    if _reaches(shown, p):
        return True, path
    return shown >= path - 1e-9, path


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=EVALUATION_COLUMNS)
    for col in ("on_track", "incremental", "estimate"):
        frame[col] = frame[col].astype("boolean")
    frame["decimals"] = frame["decimals"].astype("Int64")
    for col in ("value", "threshold", "margin_pp", "margin_nc", "margin_usd", "path_value"):
        frame[col] = frame[col].astype("float64")
    return frame


def _codes_for(p: Pledge, country: str | None) -> list[str]:
    if country is None:
        return list(p.who)
    code = countries.resolve(country)
    if code not in p.who:
        name = countries.by_code()[code].name
        if p.alliance_wide:
            raise InvalidArgumentError("country", f"{p.id} binds allies, not the aggregate {name} ({code})")
        bound = ", ".join(f"{c} ({countries.by_code()[c].name})" for c in p.who)
        raise InvalidArgumentError("country", f"{p.id} binds only {bound}, not {name} ({code})")
    return [code]


def evaluate(
    ds: Store,
    pledge_id: str,
    country: str | None = None,
    year: int | None = None,
    release: str | None = None,
    as_of: DateArg = None,
) -> pd.DataFrame:
    """One row per ally-year: value, status, margins (pp, national currency, US$), on-track and incremental flags."""
    return _frame(evaluation_rows(ds, pledge_id, country, year, release, as_of))


def evaluation_rows(
    ds: Store,
    pledge_id: str,
    country: str | None = None,
    year: int | None = None,
    release: str | None = None,
    as_of: DateArg = None,
) -> list[dict[str, Any]]:
    """`evaluate` as plain rows (EVALUATION_COLUMNS), without pandas."""
    p = pledges.get(pledge_id)
    codes = _codes_for(p, country)
    metric = METRICS[p.metric]
    indicator = metric.indicator or "share_gdp"
    rid = pick_release(ds, release, as_of, year, indicator)
    rel = _release(ds, rid, {indicator, *_WANTED})
    data_years = rel.years(indicator)
    if year is not None:
        valid = _valid_years(p, data_years)
        if year not in valid:
            raise UnknownYearError(year, valid, f"years for {p.id} in {rid}")
        years = [year]
    else:
        years = _pledge_window(p, data_years)
    return _evaluate_rows(p, rel, codes, years)


def in_force(p: Pledge, year: int, register: dict[str, Pledge]) -> bool:
    """Announced by `year`, covering it, and not yet replaced by a pledge announced by then."""
    if p.announced_year > year or (p.until is not None and year > p.until):
        return False
    successor = register.get(p.superseded_by) if p.superseded_by else None
    return not (successor is not None and successor.announced_year <= year)


#: The status table's columns (`StatusTable.rows`, `status_table`), in order.
STATUS_COLUMNS = [
    "rank",
    "country",
    "country_name",
    "year",
    "fiscal_year",
    "share_gdp",
    "share_decimals",
    "equipment_share",
    "equipment_decimals",
    "estimate",
    "status_2pct",
    "status_3_5_core",
    "status_5_total",
    "national",
    "release_id",
    "origin",
    "provenance",
    "caveats",
    "note",
    "share_first",
    "share_first_decimals",
    "share_first_release_id",
    "status_2pct_first",
]


@dataclass(frozen=True)
class StatusTable:
    """Every member that year on one row (STATUS_COLUMNS, plain values), sorted by share of GDP, with what the
    table rests on: its release, year, the 2% pledge in force, coverage, the count's revision and the citation."""

    rows: list[dict[str, Any]]
    release_id: str
    year: int
    two_pct_pledge: str
    coverage: dict[str, Any]
    revision: dict[str, Any] | None
    citation: str

    def attrs(self) -> dict[str, Any]:
        return {
            "coverage": self.coverage,
            "release_id": self.release_id,
            "year": self.year,
            "two_pct_pledge": self.two_pct_pledge,
            "revision": self.revision,
            "citation": self.citation,
        }

    def frame(self) -> pd.DataFrame:
        """The rows as a DataFrame (nullable booleans and integers), the rest in `attrs`."""
        import pandas as pd

        frame = pd.DataFrame(self.rows, columns=STATUS_COLUMNS)
        frame["estimate"] = frame["estimate"].astype("boolean")
        for col in ("share_decimals", "equipment_decimals", "share_first_decimals"):
            frame[col] = frame[col].astype("Int64")
        for col in ("share_gdp", "equipment_share", "share_first"):
            frame[col] = frame[col].astype("float64")
        frame.attrs.update(self.attrs())
        return frame


def status_table(ds: Store, year: int | None = None, release: str | None = None, as_of: DateArg = None) -> pd.DataFrame:
    """Every member that year on one row: share of GDP, equipment share, 2% / 3.5% core / 5% status and its own
    national pledges; sorted by share of GDP (highest first). `status_rows` as a DataFrame."""
    return status_rows(ds, year, release, as_of).frame()


def status_rows(ds: Store, year: int | None = None, release: str | None = None, as_of: DateArg = None) -> StatusTable:
    """The status table from the read model's figures, without pandas."""
    rid = pick_release(ds, release, as_of, year, "share_gdp")
    register = {p.id: p for p in pledges.load_register()}
    rel = _release(ds, rid, _WANTED)
    years = rel.years("share_gdp")
    if not years:
        raise InvalidArgumentError("release", f"{rid} holds no share_gdp figures")
    if year is None:
        year = max(years)
    elif year not in years:
        raise UnknownYearError(year, years, f"share_gdp years in {rid}")
    members = [c.code for c in countries.members(year)]
    two_pct = register[TWO_PCT if year >= 2024 else TWO_PCT_BEFORE_2024]

    def statuses(p: Pledge, codes: list[str]) -> dict[str, dict[str, Any]]:
        return {r["country"]: r for r in _evaluate_rows(p, rel, codes, [year])}

    s2, s35, s5 = (statuses(register[i], members) for i in (two_pct.id, CORE_3_5, TOTAL_5))
    national: dict[str, list[str]] = {}
    for p in register.values():
        if p.alliance_wide or not in_force(p, year, register):
            continue
        codes = [c for c in p.who if c in members]
        for code, evaluated in statuses(p, codes).items():
            national.setdefault(code, []).append(f"{p.id}: {evaluated['status']}")
    rows = []
    firsts: dict[str, Figure] = {}  # each ally's share of GDP as first published: the oldest release holding it
    for _, _, _, figs in ds.read.release_table(rel.source, "share_gdp", year):
        for code, fig in figs.items():
            firsts.setdefault(code, fig)
    for code in members:
        ally = countries.by_code()[code]
        share, equip = rel.get(code, "share_gdp", year), rel.get(code, "equipment_share", year)
        notes = [r["note"] for r in (s35[code], s5[code]) if r["status"] in ("flexibility", "exempt") and r["note"]]
        weak = weakness(share.provenance, share.caveats, rel.grade) if share else ""
        if share and weak:
            notes.append(f"share of GDP {published(share.value, share.decimals)} {weak}")
        row: dict[str, Any] = {
            "country": code,
            "country_name": ally.name,
            "year": year,
            "fiscal_year": ally.fiscal_year_text(year),
            "share_gdp": share.value if share else None,
            "share_decimals": share.decimals if share else None,
            "equipment_share": equip.value if equip else None,
            "equipment_decimals": equip.decimals if equip else None,
            "estimate": share.estimate if share else None,
            "status_2pct": s2[code]["status"],
            "status_3_5_core": s35[code]["status"],
            "status_5_total": s5[code]["status"],
            "national": "; ".join(national.get(code, [])),
            "release_id": rid,
            "origin": share.origin if share else "",
            "provenance": share.provenance if share else "",
            "caveats": share.caveats if share else "",
            "note": NOTE_SEP.join(dict.fromkeys(notes)),
        }
        first = firsts.get(code) if share is not None else None
        rows.append(row | _first_published(first, row["status_2pct"], two_pct))
    # Highest share first, allies without a figure last; ties by code.
    rows.sort(key=lambda r: (r["share_gdp"] is None, -(r["share_gdp"] or 0.0), r["country"]))
    ranked = [{"rank": i, **r} for i, r in enumerate(rows, start=1)]
    cover = coverage(ds, rid, year, [r["country"] for r in rows if r["share_gdp"] is not None])
    met = sum(1 for r in rows if r["status_2pct"] == "met")
    return StatusTable(
        rows=ranked,
        release_id=rid,
        year=year,
        two_pct_pledge=two_pct.id,
        coverage=cover.as_dict() | {"n_met_2pct": met, "summary": cover.summary(two_pct.threshold, met)},
        revision=count_revision(ds, two_pct.threshold, year, rid),
        citation=ds.read.citation(rid, ["Table 3"] if rid.startswith("nato") else []),
    )


def _first_published(first: Figure | None, now: str, two_pct: Pledge) -> dict[str, Any]:
    """An ally's share of GDP as first published (`share_first*`, from `first`) and the 2% status it gave then
    (`status_2pct_first`, only where it differs from today's)."""
    shown = None if first is None else at_published_precision(first.value, first.decimals)
    then = "" if shown is None or now not in ("met", "not_met") else ("met" if _reaches(shown, two_pct) else "not_met")
    return {
        "share_first": None if first is None else first.value,
        "share_first_decimals": None if first is None else first.decimals,
        "share_first_release_id": "" if first is None else first.release_id,
        "status_2pct_first": then if then != now else "",
    }


def allies_at_or_above(
    ds: Dataset,
    threshold: float,
    year: int,
    release: str | None = None,
    as_of: DateArg = None,
    indicator: str = "share_gdp",
) -> pd.DataFrame:
    """The allies (members that year, with armed forces) at or above `threshold` at published precision."""
    indicators.get(indicator)
    rid = pick_release(ds, release, as_of, year, indicator)
    frame = ds.observations(indicator=indicator, release=rid, include_missing=False)
    available = sorted(set(frame["year"].astype(int)))
    if year not in available:
        raise UnknownYearError(year, available, f"{indicator} years in {rid}")
    hits = _at_or_above(frame[frame["year"] == year], threshold, year, rid)
    cover = coverage(ds, rid, year, frame.loc[frame["year"] == year, "country"], indicator)
    hits.attrs["coverage"] = cover.as_dict() | {"summary": cover.summary(threshold, len(hits))}
    return hits


def eligible_allies(year: int) -> set[str]:
    return {c.code for c in countries.members(year) if c.has_armed_forces}


def counted(frame: pd.DataFrame, threshold: float) -> tuple[pd.Series, pd.Series]:
    """For the rows of an observation frame (any years): which count in "allies at or above `threshold`" (a member
    that year with armed forces, at or above it at published precision), and which are eligible to count at all."""
    import pandas as pd

    members = {int(y): eligible_allies(int(y)) for y in frame["year"].unique()}
    eligible = pd.Series(
        [c in members[int(y)] for c, y in zip(frame["country"], frame["year"], strict=True)],
        index=frame.index,
        dtype=bool,
    )
    reached = pd.Series(
        [bool(meets(v, threshold, d)) for v, d in zip(frame["value"], frame["decimals"], strict=True)],
        index=frame.index,
        dtype=bool,
    )
    return eligible & reached, eligible


def _at_or_above(frame: pd.DataFrame, threshold: float, year: int, rid: str) -> pd.DataFrame:
    import pandas as pd

    frame = frame[counted(frame, threshold)[0]].copy()
    frame["compared_value"] = [
        at_published_precision(v, d) for v, d in zip(frame["value"], frame["decimals"], strict=True)
    ]
    out = pd.DataFrame(
        {
            "country": frame["country"],
            "country_name": [countries.by_code()[c].name for c in frame["country"]],
            "year": year,
            "value": frame["value"].astype("float64"),
            "decimals": frame["decimals"].astype("Int64"),
            "compared_value": frame["compared_value"].astype("float64"),
            "estimate": (frame["status"] == "estimate").astype("boolean"),
            "release_id": rid,
            "origin": frame["origin"],
        }
    )
    return out.sort_values(["value", "country"], ascending=[False, True]).reset_index(drop=True)


COUNT_COLUMNS = [
    "release_id",
    "release_date",
    "completeness",
    "year",
    "threshold",
    "count",
    "allies",
    "n_reported",
    "n_members",
    "change",
]


def count_history(
    ds: Store,
    threshold: float,
    year: int,
    releases: list[str] | None = None,
    indicator: str = "share_gdp",
) -> pd.DataFrame:
    """How many allies were at or above `threshold` in `year`, and which, release by release (oldest first).

    `change` compares releases that report every member that year; partial (press-quoted) releases are listed
    with their own count but no change. `count_rows` as a DataFrame."""
    import pandas as pd

    frame = pd.DataFrame(count_rows(ds, threshold, year, releases, indicator), columns=COUNT_COLUMNS)
    for col in ("count", "change"):
        frame[col] = frame[col].astype("Int64")
    return frame


def count_rows(
    ds: Store,
    threshold: float,
    year: int,
    releases: list[str] | None = None,
    indicator: str = "share_gdp",
) -> list[dict[str, Any]]:
    """`count_history` as plain rows (COUNT_COLUMNS), from the read model's figures."""
    indicators.get(indicator)
    ids = ds.read.release_ids("nato") if releases is None else releases
    table = sorted((ds.read.info(r) for r in ids), key=lambda r: (r["release_date"], r["release_id"]))
    rows = []
    previous: int | None = None
    eligible = eligible_allies(year)
    for info in table:
        rid = str(info["release_id"])
        figs = ds.read.release(rid).by_country(indicator, year)
        if not figs and releases is None:
            continue
        reported = sum(1 for c in figs if c in eligible)
        hits = [c for c, f in figs.items() if c in eligible and meets(f.value, threshold, f.decimals)]
        count = len(hits) if reported else None
        complete = reported == len(eligible)  # partial transcriptions are listed but not compared
        rows.append(
            {
                "release_id": rid,
                "release_date": info["release_date"],
                "completeness": info["completeness"],
                "year": year,
                "threshold": threshold,
                "count": count,
                "allies": ", ".join(sorted(hits)),
                "n_reported": reported,
                "n_members": len(eligible),
                "change": (count - previous) if (complete and count is not None and previous is not None) else None,
            }
        )
        if complete and count is not None:
            previous = count
    return rows


def _month(day: Any) -> str:
    return f"{day:%B %Y}" if hasattr(day, "strftime") else str(day)


def count_revision(ds: Store, threshold: float, year: int, release: str) -> dict[str, Any] | None:
    """How many allies `release` puts at or above `threshold` in `year`, beside the count when the year was first
    published in full (the first release reporting every member): 'in 2024, 17 in the July 2026 release; 23 when
    first published, June 2024'. None where `release` reports not every member."""
    full = [r for r in count_rows(ds, threshold, year) if r["n_reported"] == r["n_members"]]
    now = [r for r in full if r["release_id"] == release]
    if not now:
        return None
    first, latest = full[0], now[0]
    at = f"{threshold:g}%"
    text = f"{latest['count']} allies at {at} in {year} in the {_month(latest['release_date'])} release ({release})"
    if first["release_id"] == release:
        text += ", the release that first published the year"
    elif first["count"] == latest["count"]:
        text += f"; the same number when first published, {_month(first['release_date'])} ({first['release_id']})"
    else:
        partial = ", press-quoted" if first["completeness"] != "complete" else ""
        when = f"{_month(first['release_date'])} ({first['release_id']}{partial})"
        text += f"; {first['count']} when first published, {when}"
    return {
        "year": year,
        "threshold": threshold,
        "release_id": release,
        "count": int(latest["count"]),
        "first_release_id": str(first["release_id"]),
        "first_release_date": first["release_date"].isoformat(),
        "first_count": int(first["count"]),
        "text": text,
    }
