"""The service's answers as plain typed values: frozen dataclasses of plain Python values, each with its Provenance.

The CLI, the HTTP API and the dashboard render these same values (as in datasette, one view feeds the HTML and the
JSON). `.to_frame()` gives an answer's rows as the pandas DataFrame the API's downloads serialise (same columns,
same dtypes as before the answers were typed); pandas is imported only there.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import astuple, dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import pandas as pd


RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Provenance:
    """Where an answer's figures come from: its title, publishers, releases, as-of date, notes and assumptions."""

    title: str
    source: str
    releases: list[str] = field(default_factory=list)
    as_of: str | None = None
    notes: list[str] = field(default_factory=list)
    assumptions: dict[str, Any] | None = None
    query: dict[str, Any] = field(default_factory=dict)
    citations: list[str] = field(default_factory=list)


class Answer(Protocol):
    """What an interface renders: the answer's provenance, and its rows as a table for downloads."""

    @property
    def provenance(self) -> Provenance: ...

    def to_frame(self) -> pd.DataFrame: ...


def plain_float(value: Any) -> float | None:
    """A figure as a float, missing (None, NaN, pd.NA) as None: never a NaN in a typed answer."""
    if value is None:
        return None
    try:
        number = float(value)
    except TypeError:  # pd.NA
        return None
    return None if math.isnan(number) else number


def plain_int(value: Any) -> int | None:
    number = plain_float(value)
    return None if number is None else int(number)


def _missing(value: Any) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def _frame(
    rows: tuple[Any, ...], row_type: type, dtypes: dict[str, str] | None = None, typed_empty: bool = False
) -> pd.DataFrame:
    """Typed rows as a DataFrame with the row type's fields as columns: dtypes as pandas infers them from the
    plain values (as when the analysis built its frame from records), or as given. No rows: the columns, untyped
    (as the analyses answer "nothing"), unless `typed_empty`."""
    import pandas as pd

    columns = [f.name for f in fields(row_type)]
    if not rows and not typed_empty:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame([astuple(r) for r in rows], columns=columns)
    return frame.astype({c: t for c, t in (dtypes or {}).items() if c in columns})


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "float | None": plain_float,
    "int | None": plain_int,
    "bool | None": lambda v: None if v is None or _missing(v) else bool(v),
    "str | None": lambda v: v if v is None or isinstance(v, str) else None if _missing(v) else str(v),
}


def rows_of(frame: pd.DataFrame, row_type: type[RowT]) -> tuple[RowT, ...]:
    """A frame's rows as `row_type` (a dataclass whose fields are columns), as plain values: missing is None."""
    kinds = {f.name: _CONVERT.get(str(f.type), lambda v: v) for f in fields(row_type)}  # type: ignore[arg-type]
    records = frame[list(kinds)].to_dict("records")
    return tuple(row_type(**{k: kinds[k](r[k]) for k in kinds}) for r in records)


@dataclass(frozen=True)
class TableAnswer(Generic[RowT]):
    """An answer that is a table of typed rows, with what the analysis stated beside it (`assumptions`, raw; the
    provenance carries them as JSON)."""

    rows: tuple[RowT, ...]
    assumptions: dict[str, Any]
    provenance: Provenance

    row_type: ClassVar[type]
    dtypes: ClassVar[dict[str, str] | None] = None
    typed_empty: ClassVar[bool] = False

    def to_frame(self) -> pd.DataFrame:
        frame = _frame(self.rows, self.row_type, self.dtypes, self.typed_empty)
        if self.assumptions:
            frame.attrs["assumptions"] = self.assumptions
        return frame


# ---------------------------------------------------------------------------------------------- years
@dataclass(frozen=True)
class YearEntry:
    year: int
    estimate: bool  # any figure of the indicator that year is an estimate


@dataclass(frozen=True)
class Years:
    """The years a release has figures for an indicator, newest first."""

    release_id: str
    indicator: str
    entries: tuple[YearEntry, ...]
    provenance: Provenance

    @property
    def years(self) -> list[int]:
        return [e.year for e in self.entries]

    @property
    def estimates(self) -> set[int]:
        return {e.year for e in self.entries if e.estimate}

    def to_frame(self) -> pd.DataFrame:
        return _frame(self.entries, YearEntry, {"year": "int64", "estimate": "bool"})


# ---------------------------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class YearCounts:
    year: int
    counts: tuple[int, ...]  # allies at or above each of CountsOverTime.thresholds, in that order


@dataclass(frozen=True)
class CountsOverTime:
    """Allies at or above each threshold, year by year, in one release (members only, published precision)."""

    release_id: str
    thresholds: tuple[float, ...]
    rows: tuple[YearCounts, ...]  # oldest year first
    provenance: Provenance

    @property
    def labels(self) -> list[str]:
        """'2%', '3.5%', '5%': the threshold as a column name."""
        return [f"{t:g}%" for t in self.thresholds]

    def series(self) -> dict[str, list[int]]:
        """Label -> the count in each year, oldest first."""
        return {label: [r.counts[i] for r in self.rows] for i, label in enumerate(self.labels)}

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        if not self.rows:
            return pd.DataFrame(columns=["year", *self.labels])
        data = {"year": [r.year for r in self.rows], **self.series()}
        return pd.DataFrame(data, columns=["year", *self.labels]).astype("int64")


# ---------------------------------------------------------------------------------------------- vintages
@dataclass(frozen=True)
class VintageFigure:
    """One figure of one series (a release, or a source's newest edition) as it was published."""

    series: str  # 'NATO Jul 2026', 'SIPRI Apr 2026'
    source: str
    release_id: str
    year: int
    value: float
    decimals: int | None  # as printed; None where the release gives none
    status: str  # actual or estimate
    origin: str
    provenance: str  # the figure's provenance grade
    caveats: str


VINTAGE_DTYPES = {
    "series": "str",
    "source": "object",
    "release_id": "object",
    "year": "int64",
    "value": "float64",
    "decimals": "Int64",
    "status": "object",
    "origin": "object",
    "provenance": "str",
    "caveats": "object",
}


@dataclass(frozen=True)
class Vintages:
    """One ally's figures for one indicator: every complete NATO release and the newest edition of every other
    source, newest release first within each source."""

    country: str
    indicator: str
    figures: tuple[VintageFigure, ...]
    provenance: Provenance

    @property
    def empty(self) -> bool:
        return not self.figures

    @property
    def release_ids(self) -> list[str]:
        """The releases shown, in the order of their series."""
        return list(dict.fromkeys(f.release_id for f in self.figures))

    @property
    def series(self) -> list[str]:
        return list(dict.fromkeys(f.series for f in self.figures))

    def to_frame(self) -> pd.DataFrame:
        return _frame(self.figures, VintageFigure, VINTAGE_DTYPES)


# ---------------------------------------------------------------------------------------------- aggregates
@dataclass(frozen=True)
class AggregateFigure:
    """One of NATO's published aggregates (Europe and Canada, NATO Total) as printed."""

    country: str
    name: str
    year: int
    value: float
    decimals: int | None
    status: str
    release_id: str
    origin: str


@dataclass(frozen=True)
class Aggregates:
    """NATO's published aggregates, share of GDP, in one year of one release."""

    year: int
    release_id: str
    figures: tuple[AggregateFigure, ...]
    provenance: Provenance

    def to_frame(self) -> pd.DataFrame:
        return _frame(self.figures, AggregateFigure, {"year": "int64", "value": "float64", "decimals": "Int64"})


# ---------------------------------------------------------------------------------------------- pledges
@dataclass(frozen=True)
class PledgeRow:
    """One pledge of the register (natospend.reference.pledges.register_frame), sources joined as text."""

    id: str
    title: str
    who: str
    scope: str
    announced: str
    occasion: str
    metric: str
    unit: str
    threshold: float
    threshold_max: float | None
    comparison: str
    kind: str
    start: int | None
    deadline: int | None
    until: int | None
    base_year: int | None
    basis: str
    superseded_by: str
    incremental_path: bool
    exceptions: str
    notes: str
    unverified: str
    source_urls: str
    sources: str  # 'url “quote”' per line
    n_sources: int
    defined_in: str


PLEDGE_DTYPES = {"start": "Int64", "deadline": "Int64", "until": "Int64",
                 "base_year": "Int64"}  # fmt: skip


@dataclass(frozen=True)
class Pledges:
    """The pledge register: every pledge, or those binding one ally (`country`), or one pledge."""

    country: str | None
    rows: tuple[PledgeRow, ...]
    provenance: Provenance

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.rows]

    def to_frame(self) -> pd.DataFrame:
        return _frame(self.rows, PledgeRow, PLEDGE_DTYPES, typed_empty=True)


@dataclass(frozen=True)
class EvaluationRow:
    """One pledge evaluated for one ally in one year (natospend.analysis.compliance.evaluate)."""

    pledge_id: str
    country: str
    country_name: str
    year: int
    fiscal_year: str
    metric: str
    indicator: str
    value: float | None  # at the precision the release printed; None where it gives none
    decimals: int | None
    threshold: float
    status: str  # met, not_met, not_yet_due, no_data...
    margin_pp: float | None
    margin_nc: float | None
    currency: str
    margin_usd: float | None
    money_basis: str
    on_track: bool | None
    path_value: float | None
    incremental: bool | None
    estimate: bool | None
    release_id: str
    origin: str
    provenance: str
    caveats: str
    note: str


EVALUATION_DTYPES = {
    **{c: "float64" for c in ("value", "threshold", "margin_pp", "margin_nc", "margin_usd", "path_value")},
    **{c: "boolean" for c in ("on_track", "incremental", "estimate")},
    "year": "int64",
    "decimals": "Int64",
}


class Evaluation(TableAnswer[EvaluationRow]):
    """One pledge evaluated ally by ally and year by year: value, status, margins, on-track flags."""

    row_type = EvaluationRow
    dtypes: ClassVar[dict[str, str] | None] = EVALUATION_DTYPES
    typed_empty = True


@dataclass(frozen=True)
class CountryPledgeRow:
    """One pledge binding an ally, with its evaluation in the newest year with a figure (else the last evaluated)."""

    title: str
    evaluation: EvaluationRow


@dataclass(frozen=True)
class CountryPledges:
    """Each pledge binding one ally, in register order, with where it stands."""

    country: str
    rows: tuple[CountryPledgeRow, ...]
    provenance: Provenance

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def release_ids(self) -> list[str]:
        """The release of each row's evaluation, in row order."""
        return [r.evaluation.release_id for r in self.rows]

    def to_frame(self) -> pd.DataFrame:
        """The evaluations' rows (compliance.evaluate's columns and dtypes) with each pledge's title second."""
        import pandas as pd

        columns = [f.name for f in fields(EvaluationRow)]
        if not self.rows:
            return pd.DataFrame(columns=[columns[0], "title", *columns[1:]])
        frame = _frame(tuple(r.evaluation for r in self.rows), EvaluationRow, EVALUATION_DTYPES)
        frame.insert(1, "title", [r.title for r in self.rows])
        return frame


# ---------------------------------------------------------------------------------------------- burden sharing
@dataclass(frozen=True)
class BurdenRow:
    """One ally (or a total row) in the burden-sharing table (natospend.analysis.burden.burden_table)."""

    country: str
    name: str
    kind: str  # ally, or total for the alliance rows
    year: int
    status: str
    usd_current_m: float | None
    gdp_usd_current_m: float | None
    share_gdp: float | None  # NATO's published share of GDP
    spending_gdp_ratio: float | None  # computed from Tables 2 and 5: a different quantity
    spending_share_pct: float | None
    gdp_share_pct: float | None
    fair_share_usd_current_m: float | None
    fair_share_gap_usd_current_m: float | None


class Burden(TableAnswer[BurdenRow]):
    """Each ally's share of alliance defence spending beside its share of alliance GDP, and the fair-share gap."""

    row_type = BurdenRow


@dataclass(frozen=True)
class EqualiseRow:
    """What one ally (or a total row) would add under an 'equalise' scenario (burden.equalise)."""

    country: str
    name: str
    kind: str
    year: int
    status: str
    currency: str
    usd_current_m: float | None
    gdp_usd_current_m: float | None
    share_gdp: float | None
    spending_gdp_ratio: float | None
    target_share_gdp: float | None
    target_usd_current_m: float | None
    extra_usd_current_m: float | None
    extra_raise_only_usd_current_m: float | None
    extra_nc_m: float | None


class Equalise(TableAnswer[EqualiseRow]):
    """What 'equalising' would cost per ally and in total, at the same year's GDP."""

    row_type = EqualiseRow

    def total(self) -> EqualiseRow:
        """The NATO Total row (burden.headline's figures)."""
        return next(r for r in self.rows if r.country == "NATO_TOTAL")


@dataclass(frozen=True)
class UsContributionRow:
    """The US share of GDP in one release and year (burden.us_contribution)."""

    role: str
    release_id: str
    release_date: date
    year: int
    status: str | None
    share_gdp: float | None
    decimals: int | None
    usd_current_m: float | None
    usd_constant_m: float | None
    base_year: int | None
    us_share_of_alliance_spending_pct: float | None
    origin: str | None


class UsContribution(TableAnswer[UsContributionRow]):
    """The US share of GDP as in the seed article's release beside the newest release."""

    row_type = UsContributionRow


# ---------------------------------------------------------------------------------------------- sources compared
@dataclass(frozen=True)
class CompareFigure:
    """One figure from one release of one source (natospend.analysis.compare.compare), with the year's spread."""

    source: str
    release_id: str  # 'reference' for a figure cited from a page, not held in the dataset
    release_date: date
    edition: str
    country: str
    year: int
    indicator: str
    value: float
    decimals: int | None
    shown: str  # the value as the release printed it
    status: str
    unit: str
    price_basis: str
    base_year: int | None
    origin_file: str
    origin_table: str
    origin_cell: str
    origin: str
    citation: str
    spread: float | None  # highest minus lowest figure for the year, across sources and releases
    diff_vs_nato: float | None  # difference from the newest NATO figure


COMPARE_DTYPES = {
    **{f.name: "object" for f in fields(CompareFigure)},
    "edition": "str",
    "shown": "str",
    "year": "int64",
    "value": "float64",
    "decimals": "Int64",
    "base_year": "Int64",
    "spread": "float64",
    "diff_vs_nato": "float64",
}


@dataclass(frozen=True)
class Comparison:
    """Every release of every source side by side for one ally and indicator (one year, or every year), and, for
    one year, the explanation of why the sources differ."""

    country: str
    indicator: str
    year: int | None
    figures: tuple[CompareFigure, ...]
    explanation: tuple[str, ...]
    provenance: Provenance

    @property
    def empty(self) -> bool:
        return not self.figures

    @property
    def release_ids(self) -> list[str]:
        """The releases the figures come from, in order (cited pages, 'reference', are not releases)."""
        return list(dict.fromkeys(f.release_id for f in self.figures if f.release_id != "reference"))

    def to_frame(self) -> pd.DataFrame:
        frame = _frame(self.figures, CompareFigure, COMPARE_DTYPES)
        if self.figures:
            frame.attrs.update(country=self.country, indicator=self.indicator)
        return frame


# ---------------------------------------------------------------------------------------------- revisions
@dataclass(frozen=True)
class Revision:
    """One figure in one release, with its change from the previous release holding it (Dataset.revisions)."""

    source: str
    release_id: str
    country: str
    year: int
    indicator: str
    value: float
    unit: str
    currency: str
    price_basis: str
    base_year: int | None
    status: str
    flags: str  # ';'-joined, as in the curated CSVs
    decimals: int | None
    origin_file: str
    origin_table: str
    origin_cell: str
    citation: str
    release_date: date
    provenance: str
    caveats: str
    origin: str
    change: float | None  # None in the first release holding the figure


class Revisions(TableAnswer[Revision]):
    """How one figure (or every year's) moved from release to release, oldest first."""

    row_type = Revision
    dtypes: ClassVar[dict[str, str] | None] = {
        **{f.name: "object" for f in fields(Revision)},
        "year": "int64",
        "value": "float64",
        "base_year": "Int64",
        "decimals": "Int64",
        "provenance": "str",
        "change": "float64",
    }
    typed_empty = True
