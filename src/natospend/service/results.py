"""The service's answers as plain typed values: frozen dataclasses of plain Python values, each with its Provenance.

The CLI, the HTTP API and the dashboard render these same values (as in datasette, one view feeds the HTML and the
JSON). `.to_frame()` gives an answer's rows as the pandas DataFrame the API's downloads serialise (same columns,
same dtypes as before the answers were typed); pandas is imported only there.
"""

from __future__ import annotations

import math
from dataclasses import astuple, dataclass, field, fields
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import pandas as pd


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


def _frame(rows: tuple[Any, ...], row_type: type, dtypes: dict[str, str]) -> pd.DataFrame:
    """Typed rows as a DataFrame with the row type's fields as columns, in the given dtypes."""
    import pandas as pd

    columns = [f.name for f in fields(row_type)]
    frame = pd.DataFrame([astuple(r) for r in rows], columns=columns)
    return frame.astype({c: dtypes[c] for c in columns if c in dtypes})


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
