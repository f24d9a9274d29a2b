"""The product's questions (status table, counts over time, pledges, vintages, aggregates, paths, burden, sources
side by side, claim checks), answered once per (release, year, ...) and kept in memory.

The HTTP API, the dashboard and the CLI's chart commands are thin renderers of these answers: they call these
methods, which call the core modules and say where the figures come from (`Provenance`). Results are memoised in
the dataset's one cache (its read model's LRU), keyed by their arguments; an `as_of` date is first reduced to the
newest release date on or before it, since that is all it changes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import Any, TypeVar

import pandas as pd

from natospend import claims
from natospend.analysis import burden, compare, compliance, explain, projection, uncertainty
from natospend.analysis import diff as release_diff
from natospend.claims import recheck as claims_recheck
from natospend.reference import countries, definitions, pledges
from natospend.reference import sources as registry
from natospend.service.results import (
    AggregateFigure,
    Aggregates,
    Burden,
    BurdenRow,
    CompareFigure,
    Comparison,
    CountryPledgeRow,
    CountryPledges,
    CountsOverTime,
    Equalise,
    EqualiseRow,
    Evaluation,
    EvaluationRow,
    PledgeRow,
    Pledges,
    Provenance,
    Revision,
    Revisions,
    UsContribution,
    UsContributionRow,
    VintageFigure,
    Vintages,
    YearCounts,
    YearEntry,
    Years,
    rows_of,
)
from natospend.store.dataset import Dataset, parse_date

T = TypeVar("T")
log = logging.getLogger("natospend.service")

#: Source id -> publisher's short name (from the source registry, meta/publishers.toml).
PUBLISHERS = {sid: s.publisher for sid, s in registry.load().items()}


class Questions:
    """The product's questions over one Dataset, memoised in the dataset's one cache."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """compute() once per key, in the dataset's one cache (natospend.store.readmodel.ReadModel.memo)."""
        return self.ds.read.memo(("service", key), compute)

    def warm(self) -> None:
        """Compute what the overview and the claim checker need first (called in a background thread)."""
        try:
            rid = self.latest_release("nato")
            status = self.status(None, None, None)
            year = int(status.attrs["year"])
            for threshold in (2.0, 3.5, 5.0):
                self.at_or_above(threshold, year, rid, None)
            self.counts_over_time(rid)
            self.count_history(2.0, year)
            self.check_claims("The US spends 3% of GDP on defence.", None)
        except Exception:  # warming is best effort; the same error will reach the user's request
            log.exception("warming the tables failed")

    # ------------------------------------------------------------------ provenance
    def release_dates(self) -> dict[str, date]:
        rel = self.ds.releases()
        return dict(zip(rel["release_id"], rel["release_date"], strict=True))

    def as_of_key(self, as_of: date | str | None) -> date | None:
        """The newest release date on or before `as_of` (same data, so a shared cache key)."""
        cutoff = parse_date(as_of)
        if cutoff is None:
            return None
        earlier = [d for d in self.release_dates().values() if d <= cutoff]
        return max(earlier) if earlier else cutoff

    def provenance(
        self,
        title: str,
        releases: Iterable[str] = (),
        as_of: date | str | None = None,
        query: dict[str, Any] | None = None,
        notes: Iterable[str] = (),
        assumptions: dict[str, Any] | None = None,
    ) -> Provenance:
        """Where an answer comes from: publishers and releases (oldest first), the as-of date and the query."""
        dates = self.release_dates()
        ids = sorted({str(r) for r in releases if isinstance(r, str) and r}, key=lambda r: (dates.get(r, date.min), r))
        sources = sorted({r.split("-")[0] for r in ids})
        source = ", ".join(registry.publisher(s) for s in sources) or "natospend"
        shown = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in (query or {}).items() if v is not None}
        cutoff = parse_date(as_of)
        return Provenance(
            title=title,
            source=source,
            releases=ids,
            as_of=cutoff.isoformat() if cutoff else None,
            notes=list(notes),
            assumptions=jsonable(assumptions) if assumptions else None,
            query=jsonable(shown),
            citations=[self.ds.citation(r) for r in ids if r in dates],
        )

    def release_label(self, release_id: str) -> str:
        """'NATO, Defence Investment of NATO Countries (2014-2026), 10 Jul 2026 (nato-2026-07)'."""
        info = self.ds.release_info(release_id)
        when = info["release_date"]
        stamp = when.strftime("%-d %b %Y") if isinstance(when, date) else str(when)
        return f"{registry.publisher(str(info['source']))}, {info['title']}, {stamp} ({release_id})"

    # ------------------------------------------------------------------ reference tables
    def countries(self) -> pd.DataFrame:
        return self.memo(("countries",), _countries_frame)

    def country(self, label: str) -> pd.DataFrame:
        code = countries.resolve(label)
        frame = self.countries()
        return frame[frame["code"] == code].reset_index(drop=True)

    def releases(self, source: str | None = None) -> pd.DataFrame:
        return self.memo(("releases", source), lambda: self.ds.releases(source))

    def release(self, release_id: str) -> pd.DataFrame:
        self.ds.release_info(release_id)  # raises UnknownValueError with close matches
        frame = self.releases()
        return frame[frame["release_id"] == release_id].reset_index(drop=True)

    def indicators(self) -> pd.DataFrame:
        return self.memo(("indicators",), self.ds.indicators)

    def latest_release(self, source: str = "nato", as_of: date | str | None = None) -> str:
        return self.memo(("latest", source, self.as_of_key(as_of)), lambda: self.ds.latest_release(source, as_of))

    # ------------------------------------------------------------------ observations
    def observations(
        self,
        country: list[str] | None = None,
        indicator: list[str] | None = None,
        years: range | list[int] | None = None,
        source: list[str] | None = None,
        release: str | None = None,
        as_of: date | None = None,
        include_missing: bool = True,
    ) -> pd.DataFrame:
        return self.ds.observations(
            country or None,
            indicator or None,
            years,
            source=source or None,
            release=release,
            as_of=as_of,
            include_missing=include_missing,
        )

    def revisions(self, country: str, indicator: str, year: int | None, source: str) -> Revisions:
        """How a figure moved from release to release (oldest first), with the change from the previous release."""
        frame = self.ds.revisions(country, indicator, year, source)
        query = {"country": country, "indicator": indicator, "year": year, "source": source}
        cite = self.provenance(f"Revisions of {indicator}", frame["release_id"].unique(), None, query)
        return Revisions(rows_of(frame, Revision), {}, cite)

    def aggregates(self, year: int, release: str) -> Aggregates:
        """NATO's published aggregates (Europe and Canada, NATO Total): share of GDP in one year of one release."""

        def compute() -> Aggregates:
            frame = self.ds.observations(list(countries.AGGREGATES), "share_gdp", year, release=release)
            names = countries.by_code()
            shown = frame[frame["value"].notna()]
            figures = rows_of(shown.assign(name=[names[c].name for c in shown["country"]]), AggregateFigure)
            title = f"NATO's aggregates, share of GDP, {year}"
            cite = self.provenance(title, [release], None, {"year": year, "release": release})
            return Aggregates(year, release, figures, cite)

        return self.memo(("aggregates", year, release), compute)

    def vintages(self, country: str, indicator: str) -> Vintages:
        """One series per complete NATO release and per newest edition of every other source, for one ally."""
        code = countries.resolve(country)
        figures = self.memo(("vintages", code, indicator), lambda: self._vintages(code, indicator))
        releases = dict.fromkeys(f.release_id for f in figures)
        query = {"country": country, "indicator": indicator}
        cite = self.provenance(f"{indicator} by source and release", releases, None, query)
        return Vintages(code, indicator, figures, cite)

    def _vintages(self, code: str, indicator: str) -> tuple[VintageFigure, ...]:
        releases = self.releases()
        chosen: list[str] = []
        for source, rows in releases.groupby("source", sort=False):
            complete = rows[rows["completeness"] == "complete"]
            picked = complete if source == "nato" and not complete.empty else rows.tail(1)
            chosen.extend(str(r) for r in picked["release_id"][::-1])  # newest first
        figures: list[VintageFigure] = []
        for rid in chosen:
            frame = self.ds.observations(code, indicator, release=rid)
            frame = frame[frame["value"].notna()]
            if frame.empty:
                continue
            when = frame["release_date"].iloc[0]
            label = f"{registry.publisher(str(frame['source'].iloc[0]))} {when:%b %Y}"
            figures.extend(rows_of(frame.assign(series=label), VintageFigure))
        return tuple(figures)

    def years(self, release: str, indicator: str) -> Years:
        """Years with figures for an indicator in a release, newest first; `estimate` if any figure is one."""

        def compute() -> Years:
            frame = self.ds.observations(indicator=indicator, release=release, include_missing=False)
            grouped = frame.groupby("year")["status"].agg(lambda s: bool((s == "estimate").any()))
            entries = tuple(YearEntry(int(y), bool(e)) for y, e in zip(grouped.index, grouped, strict=True))[::-1]
            title = f"Years with {indicator} in {release}"
            query = {"release": release, "indicator": indicator}
            return Years(release, indicator, entries, self.provenance(title, [release], None, query))

        return self.memo(("years", release, indicator), compute)

    # ------------------------------------------------------------------ pledges and compliance
    def status(self, year: int | None, release: str | None, as_of: date | str | None) -> pd.DataFrame:
        """Every member on one row: share of GDP, equipment share, 2% / 3.5% / 5% status, national pledges."""
        key = ("status", year, release, self.as_of_key(as_of))
        return self.memo(key, lambda: compliance.status_table(self.ds, year, release, self.as_of_key(as_of)))

    def at_or_above(self, threshold: float, year: int, release: str | None, as_of: date | str | None) -> pd.DataFrame:
        key = ("at_or_above", threshold, year, release, self.as_of_key(as_of))
        return self.memo(
            key, lambda: compliance.allies_at_or_above(self.ds, threshold, year, release, self.as_of_key(as_of))
        )

    def count_history(self, threshold: float, year: int) -> pd.DataFrame:
        """How the count of allies at or above `threshold` in `year` moved from release to release."""
        return self.memo(("count_history", threshold, year), lambda: compliance.count_history(self.ds, threshold, year))

    def counts_over_time(
        self,
        release: str | None = None,
        as_of: date | str | None = None,
        thresholds: tuple[float, ...] = (2.0, 3.5, 5.0),
    ) -> CountsOverTime:
        """Allies at or above each threshold, year by year, in one release (members only, published precision):
        `release`, else the newest NATO release published by `as_of`, else the newest."""
        rid = release or self.latest_release("nato", as_of)

        def compute() -> tuple[YearCounts, ...]:
            years = sorted(self.years(rid, "share_gdp").years)
            return tuple(
                YearCounts(year, tuple(len(compliance.allies_at_or_above(self.ds, t, year, rid)) for t in thresholds))
                for year in years
            )

        rows = self.memo(("counts_over_time", rid, thresholds), compute)
        title = f"Allies at or above each threshold, by year ({rid})"
        return CountsOverTime(rid, thresholds, rows, self.provenance(title, [rid], as_of, {"release": release}))

    def pledges(self, country: str | None = None) -> Pledges:
        """Every pledge in the register (only those binding `country` if given), with its sources and wording."""
        code = countries.resolve(country) if country else None
        rows = self.memo(("pledges", code), lambda: rows_of(pledges.register_frame(code), PledgeRow))
        notes = ["sources: 'url “quote”' per line"]
        return Pledges(code, rows, self.provenance("Pledge register", query={"country": country}, notes=notes))

    def pledge(self, pledge_id: str) -> Pledges:
        """One pledge of the register."""
        pledges.get(pledge_id)  # unknown id: close matches
        rows = tuple(r for r in self.pledges().rows if r.id == pledge_id)
        return Pledges(None, rows, self.provenance(f"Pledge {pledge_id}"))

    def evaluate(
        self, pledge_id: str, country: str | None, year: int | None, release: str | None, as_of: date | str | None
    ) -> Evaluation:
        """One pledge evaluated per ally-year (compliance.evaluate), in the release it picks."""
        code = countries.resolve(country) if country else None
        key = ("evaluate", pledge_id, code, year, release, self.as_of_key(as_of))
        frame = self.memo(
            key, lambda: compliance.evaluate(self.ds, pledge_id, code, year, release, self.as_of_key(as_of))
        )
        query = {"country": country, "year": year, "release": release, "as_of": as_of}
        cite = self.provenance(f"Evaluation of {pledge_id}", frame["release_id"].dropna().unique(), as_of, query)
        return Evaluation(rows_of(frame, EvaluationRow), {}, cite)

    def country_pledges(self, country: str, release: str | None = None) -> CountryPledges:
        """Each pledge binding an ally with its status in the newest year it has been evaluated for."""
        code = countries.resolve(country)

        def compute() -> tuple[CountryPledgeRow, ...]:
            rows = []
            for p in self.pledges(code).rows:
                evaluated = self.evaluate(p.id, code, None, release, None).rows
                if not evaluated:
                    continue
                with_value = [r for r in evaluated if r.value is not None]
                rows.append(CountryPledgeRow(p.title, (with_value or evaluated)[-1]))
            return tuple(rows)

        rows = self.memo(("country_pledges", code, release), compute)
        releases = [r.evaluation.release_id for r in rows]
        cite = self.provenance(f"Pledges binding {code}", releases, None, {"country": country, "release": release})
        return CountryPledges(code, rows, cite)

    # ------------------------------------------------------------------ paths and burden
    def path(self, country: str, pledge_id: str | None, **options: Any) -> projection.PathResult:
        code = countries.resolve(country)
        key = ("path", code, pledge_id, repr(sorted(options.items())))
        return self.memo(key, lambda: projection.required_path(self.ds, code, pledge_id, **options))

    def bands(
        self,
        result: projection.PathResult,
        key: Hashable,
        simulations: int,
        seed: int | None,
        gdp_growth_sd: float | None = None,
        fx_sd: float | None = None,
    ) -> pd.DataFrame:
        """P10/P50/P90 bands of required spending and of the gap (uncertainty.simulate), memoised with the path."""
        return self.memo(
            ("bands", key, simulations, seed, gdp_growth_sd, fx_sd),
            lambda: uncertainty.simulate(result, simulations, seed, gdp_growth_sd, fx_sd, progress=False),
        )

    def path_with_bands(
        self, country: str, pledge_id: str | None, simulations: int, seed: int | None, **options: Any
    ) -> tuple[projection.PathResult, pd.DataFrame | None]:
        """A path and, when `simulations` > 0, its bands, memoised under one key: the API's /paths and the scenario
        page ask the same question."""
        result = self.path(country, pledge_id, **options)
        if not simulations:
            return result, None
        return result, self.bands(result, (country, pledge_id, repr(sorted(options.items()))), simulations, seed)

    def burden(self, year: int | None, release: str | None) -> Burden:
        """Each ally's share of alliance defence spending beside its share of alliance GDP, and the fair-share gap."""

        def compute() -> Burden:
            frame = burden.burden_table(self.ds, year, release)
            info = frame.attrs.get("assumptions", {})
            query = {"year": year, "release": release}
            title = f"Burden sharing, {info.get('year')}"
            cite = self.provenance(title, [info.get("release")], None, query, (), info)
            return Burden(rows_of(frame, BurdenRow), info, cite)

        return self.memo(("burden", year, release), compute)

    def equalise(self, scenario: str, year: int | None, release: str | None) -> Equalise:
        """What 'equalising' would cost per ally and in total, at the same year's GDP."""

        def compute() -> Equalise:
            frame = burden.equalise(self.ds, scenario, year, release)
            info = frame.attrs.get("assumptions", {})
            query = {"scenario": scenario, "year": year, "release": release}
            title = f"Equalise ({info.get('scenario')}), {info.get('year')}: {info.get('scenario_description', '')}"
            cite = self.provenance(title, [info.get("release")], None, query, (), info)
            return Equalise(rows_of(frame, EqualiseRow), info, cite)

        return self.memo(("equalise", scenario, year, release), compute)

    def us_contribution(self) -> UsContribution:
        """The US share of GDP as in the seed article's release (June 2024) beside the newest release."""

        def compute() -> UsContribution:
            frame = burden.us_contribution(self.ds)
            info = frame.attrs.get("assumptions", {})
            cite = self.provenance("US contribution", frame["release_id"], None, None, info.get("notes", []), info)
            return UsContribution(rows_of(frame, UsContributionRow), info, cite)

        return self.memo(("us_contribution",), compute)

    # ------------------------------------------------------------------ sources side by side, claims
    def compare(self, country: str, year: int | None, indicator: str) -> Comparison:
        """Every release of every source side by side; with a year, why the sources differ (explain)."""
        code = countries.resolve(country)

        def compute() -> tuple[tuple[CompareFigure, ...], tuple[str, ...]]:
            figures = rows_of(compare.compare(self.ds, code, year, indicator), CompareFigure)
            return figures, tuple(self.explain(code, year, indicator)) if year is not None else ()

        figures, lines = self.memo(("compare", code, year, indicator), compute)
        releases = [f.release_id for f in figures if f.release_id != "reference"]
        query = {"country": country, "year": year, "indicator": indicator}
        title = f"{indicator} for {country} by source and release"
        cite = self.provenance(title, releases, None, query, lines)
        return Comparison(code, indicator, year, figures, lines, cite)

    def explain(self, country: str, year: int, indicator: str) -> list[str]:
        code = countries.resolve(country)
        return self.memo(("explain", code, year, indicator), lambda: explain.explain(self.ds, code, year, indicator))

    def definitions(self) -> pd.DataFrame:
        return self.memo(("definitions",), definitions.definitions_frame)

    def check_claims(self, text: str, as_of: date | None) -> list[dict[str, Any]]:
        """Every checkable statement in `text` with its verdict and evidence (not memoised: texts vary)."""
        return [jsonable(r.to_dict()) for r in claims.check_text(self.ds, text, as_of)]

    def diff(self, release_a: str | None, release_b: str | None) -> release_diff.ReleaseDiff:
        """What changed between two releases of one publisher (memoised per pair)."""
        a, b = release_diff.pick(self.ds, release_a, release_b)
        return self.memo(("diff", a, b), lambda: release_diff.diff_releases(self.ds, a, b))

    def recheck(self, saved: Any, release: str | None, as_of: date | None) -> claims_recheck.RecheckReport:
        """Saved claims judged again (not memoised: inputs vary)."""
        return claims_recheck.recheck(self.ds, saved, release, as_of, name="saved")

    # ------------------------------------------------------------------ SQL
    def sql_tables(self) -> dict[str, pd.DataFrame]:
        """What the SQL endpoint can query: every vintage, the newest figures, and the reference tables."""
        vintages = [self.ds.observations(release=str(r)) for r in self.ds.releases()["release_id"]]
        tables = {
            "observations": pd.concat(vintages, ignore_index=True),
            "latest": self.ds.observations(),
            "releases": self.ds.releases(),
            "countries": self.countries(),
            "indicators": self.ds.indicators(),
            "checks": self.ds.checks(),
        }
        return {name: _sql_ready(frame) for name, frame in tables.items()}


def _sql_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Plain numpy/object columns, which DuckDB maps to its own types without surprises."""
    out = frame.copy()
    for col in out.columns:
        kind = str(out[col].dtype)
        if kind.startswith("date32"):
            out[col] = pd.to_datetime(out[col].astype("string")).dt.date
    return out


def _countries_frame() -> pd.DataFrame:
    """The countries table from natospend.reference.countries (the parsed reference table), aliases '|'-joined."""
    rows = [
        {
            "code": c.code,
            "name": c.name,
            "kind": c.kind,
            "nato_accession": c.nato_accession.isoformat() if c.nato_accession else "",
            "currency": c.currency,
            "fiscal_year_start_month": "" if c.fiscal_year_start_month is None else str(c.fiscal_year_start_month),
            "fiscal_year_label": c.fiscal_year_label,
            "has_armed_forces": "true" if c.has_armed_forces else "false",
            "aliases": "|".join(c.aliases),
        }
        for c in countries.all_countries()
    ]
    return pd.DataFrame(rows, dtype="string")


def jsonable(value: Any) -> Any:
    """Plain JSON values for assumptions and attrs: numpy scalars, dates, NaN -> None, tuples -> lists."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is pd.NA:
        return None
    return value
