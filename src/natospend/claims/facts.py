"""The checker's view of the data: the results it returns (Evidence, Span, ClaimResult), the published figures
it reads (Figure, Facts, facts_for) and the one matching rule (`matches`: a figure against a claim's value, at
the precision both use), with the words that name figures in explanations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from natospend.claims.frame import ALL_ALLIES, Claim
from natospend.claims.reading import describe
from natospend.formatting import at_printed
from natospend.reference import countries
from natospend.reference import sources as registry
from natospend.store import readmodel
from natospend.store.provenance import weakness
from natospend.store.readmodel import Store


# ------------------------------------------------------------------------------------------------ results
@dataclass
class Evidence:
    """One published figure (or pledge) behind a verdict."""

    source: str
    release_id: str
    table: str
    cell: str
    country: str
    year: int | None
    indicator: str
    value: float | None
    published: str
    role: str = ""  # as_of (newest by the claim's date), older, later, other_measure, pledge, reference
    shown: str = ""
    status: str = ""
    citation: str = ""
    note: str = ""
    provenance: str = ""  # the figure's grade and caveats, e.g. "press_report;precision_inferred"
    origin: str = ""  # store/provenance.origin_text: what the table and cell are (a workbook cell, a CSV line)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Span:
    """The part of the text one claim covers (its clause or list item), as offsets into the cleaned text."""

    start: int
    end: int
    text: str


@dataclass
class ClaimResult:
    """A claim's verdict. `start`/`end`/`text` are its sentence; `span` is the clause or list item it covers."""

    start: int
    end: int
    text: str
    kind: str
    fields: dict[str, Any]
    verdict: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    revised_later: str | None = None
    as_of: str | None = None
    span: Span | None = None
    # The words of the claim the checker could not read, when it withheld the verdict the figures gave
    # (`figures_verdict`) for them: the claim is then `unverifiable` (docs/claims.md, "Every word read").
    unread: list[str] = field(default_factory=list)
    figures_verdict: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["evidence"] = [e.to_dict() for e in self.evidence]
        out["reading"] = describe(self.kind, self.fields)  # what the checker read the claim to say (claims/reading.py)
        return out


# ------------------------------------------------------------------------------------------------ figures
class Figure(readmodel.Figure):
    """A published figure as the checker uses it: the read model's Figure, with the evidence it gives a verdict."""

    def evidence(self, role: str, note: str = "") -> Evidence:
        return Evidence(
            source=self.source,
            release_id=self.release_id,
            table=self.table,
            cell=self.cell,
            country=self.country,
            year=self.year,
            indicator=self.indicator,
            value=self.value,
            published=self.published.isoformat(),
            role=role,
            shown=self.shown,
            status=self.status,
            citation=self.citation,
            note=note,
            origin=self.where,
            provenance=";".join(x for x in (self.provenance, self.caveats) if x),
        )

    def weakness(self) -> str:
        """What a verdict resting on this figure must say about it ('' for a clean figure)."""
        text = weakness(self.provenance, self.caveats)
        return f" The verdict {text}." if text else ""


_INDICATORS = {
    "share_gdp",
    "real_change",
    "usd_current_m",
    "usd_constant_m",
    "nc_current_m",
    "nc_constant_m",
    "equipment_share",
    "personnel_share",  # shares5: Table 8's other lines (claims/shares.spending_part)
    "infrastructure_share",
}


class Facts:
    """The figures a claim needs, looked up in the store's read model when asked for (no index built up front),
    by (source, country, indicator, year); the countries of natospend's register and the indicators above only."""

    _FIELDS = tuple(f.name for f in fields(readmodel.Figure))

    def __init__(self, ds: Store) -> None:
        self.ds = ds
        self.read = ds.read
        self._codes = {c.code for c in countries.all_countries()}
        self._figures: dict[int, tuple[readmodel.Figure, Figure]] = {}  # by id(): kept alive with the original
        self._partial: list[tuple[str, date, str]] | None = None
        self._dates: dict[str, list[date]] = {}
        self._newest: dict[date | None, int | None] = {}
        self._latest: dict[tuple[str, tuple[str, ...], str, date | None], int | None] = {}

    def _figure(self, fig: readmodel.Figure) -> Figure:
        """The read model's figure as the checker's (the same fields, with its evidence), made once."""
        found = self._figures.get(id(fig))
        if found is None:
            found = self._figures[id(fig)] = (fig, Figure(**{name: getattr(fig, name) for name in self._FIELDS}))
        return found[1]

    def _held(self, country: str, indicator: str) -> bool:
        return country in self._codes and indicator in _INDICATORS

    def sources(self) -> list[str]:
        return self.read.sources()

    def figures(self, source: str, country: str, indicator: str, year: int) -> list[Figure]:
        """Every release's figure for one cell, oldest first."""
        if not self._held(country, indicator):
            return []
        return [self._figure(f) for f in self.read.figures(source, country, indicator, year)]

    def years(self, source: str, country: str, indicator: str) -> list[int]:
        return self.read.years(source, country, indicator) if self._held(country, indicator) else []

    def partial_releases(self) -> list[tuple[str, date, str]]:
        """NATO releases the dataset holds only in part: (id, date, title), read once."""
        if self._partial is None:
            infos = [self.read.info(r) for r in self.read.release_ids("nato")]
            self._partial = [
                (str(i["release_id"]), i["release_date"], str(i["title"]))
                for i in infos
                if str(i["completeness"]) == "partial"
            ]
        return self._partial

    def newest_year(self, as_of: date | None) -> int | None:
        """The newest year, up to `as_of`'s, that any NATO release out by `as_of` gives a figure for (any ally, any
        indicator): the year NATO's latest figures were for, even where the dataset holds them only in part."""
        if as_of not in self._newest:
            self._newest[as_of] = max(
                (
                    y
                    for release in self.read.releases("nato", as_of)
                    for indicator in release.indicators()
                    for y in release.years(indicator)
                    if as_of is None or y <= as_of.year
                ),
                default=None,
            )
        return self._newest[as_of]

    def latest_year(self, source: str, codes: tuple[str, ...], indicator: str, as_of: date | None) -> int | None:
        """The newest year up to `as_of`'s (else the earliest) that a release out by `as_of` gives any of `codes` a
        figure for, read once per question (a count asks it of every ally, claim after claim)."""
        key = (source, codes, indicator, as_of)
        if key in self._latest:
            return self._latest[key]
        years: set[int] = set()
        for code in codes:
            for y in self.years(source, code, indicator):
                if self.read.figures(source, code, indicator, y, as_of):  # the read model's: none made into ours
                    years.add(y)
        latest = None
        if years and as_of is not None:
            current = [y for y in years if y <= as_of.year]
            latest = max(current) if current else min(years)
        elif years:
            latest = max(years)
        self._latest[key] = latest
        return latest

    def release_dates(self, source: str) -> list[date]:
        """The dates of a source's releases in the dataset, oldest first, read once."""
        if source not in self._dates:
            self._dates[source] = sorted({self.read.info(r)["release_date"] for r in self.read.release_ids(source)})
        return self._dates[source]

    def release_table(self, source: str, indicator: str, year: int) -> list[tuple[str, date, bool, dict[str, Figure]]]:
        """Per release (oldest first): its id, date, completeness and {country: figure} for one indicator and year."""
        if indicator not in _INDICATORS:
            return []
        out = []
        for rid, published, complete, figs in self.read.release_table(source, indicator, year):
            held = {c: self._figure(f) for c, f in figs.items() if c in self._codes}
            if held:
                out.append((rid, published, complete, held))
        return out

    def explain(self, country: str, year: int, indicator: str, sources: Iterable[str]) -> list[str]:
        """Why the sources differ (analysis/explain.py, which reads DataFrames: pandas is imported here, if ever)."""
        from natospend.analysis.explain import explain
        from natospend.store.quick import as_dataset

        return explain(as_dataset(self.ds), country, year, indicator, sources=sources)


def facts_for(ds: Store) -> Facts:
    """The claim checker's view of the figures, in the store's one cache (natospend.store.readmodel.ReadModel.memo)."""
    return ds.read.memo(("claims.facts",), lambda: Facts(ds))


# ------------------------------------------------------------------------------------------------ matching
def nearly_width(value: float, step: float, decimals: int) -> float:
    """How far below its figure "nearly" / "almost" reaches: never past the last printed digit nor a tenth of the
    value ("nearly 1.6%" 1.5-1.6, "almost 2%" 1.8-2.0, "nearly 159 billion" 158-159); a round number in tens a
    twentieth ("almost 60%" 57-60), since its printed zero says little of its precision."""
    width = min(step, 0.1 * abs(value))
    round_tens = decimals == 0 and step > 0 and round(abs(value) / step) % 10 == 0
    return max(width, 0.05 * abs(value)) if round_tens else width


def matches(claim: Claim, x: float, decimals: int | None, value: float | None = None) -> bool:
    """Does a published figure `x` bear out the claim's value, at the precision the claim and the source use?"""
    v = claim.value if value is None else value
    if v is None:
        return False
    shown = at_printed(x, decimals)
    x = x if shown is None else shown
    source_tol = 0.5 * 10.0**-decimals if decimals is not None else 0.0
    tol = max(0.5 * claim.step, source_tol) + 1e-9
    comp = claim.comparator
    if comp == "approx":  # "around $8.5 billion" also covers 8.56: three quarters of the last digit either side
        return abs(x - v) <= max(0.75 * claim.step, source_tol) + 1e-9
    if comp == "eq":
        return abs(x - v) <= tol
    if comp == "nearly":  # "almost 2%": 1.8-2.0, "nearly 1.6%": 1.5-1.6 (a tenth below at most, hedges/tolerance)
        return v - nearly_width(v, claim.step, claim.decimals) - 1e-9 <= x <= v + 1e-9
    bounded = comp in ("gt", "lt", "ge", "le") and len(claim.bounds) == 2
    if bounded and not claim.bounds[0] - 1e-9 <= x <= claim.bounds[1] + 1e-9:
        return False  # "just under 2%": below 2 and within the window the hedge allows (quantities.close_window)
    if comp == "gt":
        return x > v + 1e-9
    if comp == "ge":
        return x >= v - 1e-9
    if comp == "lt":
        return x < v - 1e-9
    if comp == "le":
        return x <= v + 1e-9
    if comp == "range" and len(claim.bounds) == 2:  # "between 1.5 and 2%": either end at the claim's precision
        return claim.bounds[0] - tol <= x <= claim.bounds[1] + tol
    return abs(x - v) <= tol


def country_name(code: str) -> str:
    if code == ALL_ALLIES:
        return "all allies"
    c = countries.by_code().get(code)
    return c.name if c else code


def fig_text(f: Figure, unit: str = "") -> str:
    est = ", estimate" if f.status == "estimate" else ""
    return f"{f.shown}{unit} in {f.release_id} ({f.published.isoformat()}{est})"


def measure_label(f: Figure) -> str:
    base = registry.label(f.source)
    if f.source == "nato" and f.price_basis in ("current", "constant"):
        base = f"NATO's {f.price_basis}-price figure"
    edition = registry.edition(f.source, f.table)
    return f"{base} ({edition})" if edition else base


INDICATOR_WORDS = {
    "share_gdp": "defence expenditure as a share of GDP",
    "real_change": "annual real change of defence expenditure",
    "equipment_share": "equipment share of defence expenditure",
    "personnel_share": "personnel share of defence expenditure",
    "infrastructure_share": "infrastructure share of defence expenditure",
    "nc_current_m": "national currency, current prices",
    "nc_constant_m": "national currency, constant prices",
    "usd_current_m": "current US$",
}
