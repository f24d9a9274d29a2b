"""The read model: every published figure in the store as a typed `Figure`, indexed once per store.

Every analysis (compliance, projection, burden, compare), the claim checker and the interfaces read figures through
`store.read` (one `ReadModel` per store, so one cache): by release, or by source, country, indicator and year
across releases (oldest first), with "as of a date" and "newest release holding the figure" resolution and the
figure at the precision its release printed (`Figure.shown_value`, the project's one rounding rule).
Views an analysis derives from it (arrays per ally, result tables) are kept in the same cache with `memo()`.

The model reads its rows from a `Rows` store: the Dataset (pandas, store/dataset.py) or, for commands that start
without pandas, the compact SQLite form (store/quick.py). Both give the same rows (tests/test_quick.py), so the same
model answers the same on either; each indicator of a release is read on first use.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any, Protocol, TypeVar

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.formatting import at_printed, published
from natospend.store import provenance

T = TypeVar("T")
TextArg = str | Sequence[str] | None
DateArg = date | str | None
COLUMNS = (
    "country",
    "year",
    "indicator",
    "value",
    "decimals",
    "status",
    "origin_table",
    "origin_cell",
    "citation",
    "price_basis",
    "base_year",
    "provenance",
    "caveats",
    "currency",
    "origin",
)


class Columns(Protocol):
    """One release's figures (rows with a value), as lists of COLUMNS, by indicator."""

    def indicators(self) -> list[str]:
        """The indicators the release has figures for, sorted."""
        ...

    def columns(self, indicator: str, country: str | None = None) -> list[list[Any]]:
        """One indicator's rows (one ally's only if `country`), ordered by country and year."""
        ...

    def years(self, indicator: str) -> set[int]:
        """The years one indicator has rows for (without reading the rows themselves)."""
        ...


class IndicatorColumns:
    """Columns already in memory (the Dataset's), split by indicator once."""

    def __init__(self, columns: list[list[Any]]) -> None:
        picked: dict[str, list[int]] = {}
        for i, indicator in enumerate(columns[COLUMNS.index("indicator")]):
            picked.setdefault(str(indicator), []).append(i)
        self._by = {ind: [[col[i] for i in rows] for col in columns] for ind, rows in picked.items()}

    def indicators(self) -> list[str]:
        return sorted(self._by)

    def columns(self, indicator: str, country: str | None = None) -> list[list[Any]]:
        cols = self._by.get(indicator, [[] for _ in COLUMNS])
        if country is None:
            return cols
        rows = [i for i, c in enumerate(cols[0]) if c == country]
        return [[col[i] for i in rows] for col in cols]

    def years(self, indicator: str) -> set[int]:
        return {int(y) for y in self._by.get(indicator, [[] for _ in COLUMNS])[COLUMNS.index("year")]}


class Rows(Protocol):
    """What a ReadModel reads: the releases and, per release, its figures' columns (rows with a value only)."""

    def release_records(self) -> list[dict[str, Any]]:
        """Every release (a row of releases.csv, `release_date` a date), by source, date and id."""
        ...

    def release_columns(self, release_id: str) -> Columns:
        """One release's figures as COLUMNS, by indicator (a store may read each indicator when it is asked for)."""
        ...


class Store(Protocol):
    """Anything with a read model: the Dataset, or the compact form (store/quick.py `QuickStore`)."""

    @property
    def read(self) -> ReadModel: ...


def parse_date(value: DateArg, name: str = "as_of") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidArgumentError(name, f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def as_list(value: TextArg) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


@dataclass(frozen=True)
class Figure:
    """One published figure with where it comes from."""

    source: str
    release_id: str
    published: date
    country: str
    year: int
    indicator: str
    value: float
    decimals: int | None
    status: str
    table: str
    cell: str
    citation: str
    price_basis: str
    base_year: int | None
    complete: bool
    provenance: str = ""  # the figure's grade (natospend.store.provenance)
    caveats: str = ""  # ';'-joined: estimate, rounded_by_source, ...
    currency: str = ""
    where: str = ""  # store/provenance.origin_text: what the table and cell are

    @cached_property
    def shown_value(self) -> float:
        """The value as published (at the printed decimals, half away from zero): what comparisons use."""
        shown = at_printed(self.value, self.decimals)
        return self.value if shown is None else shown

    @property
    def shown(self) -> str:
        """The value as text, as published."""
        return published(self.value, self.decimals)

    @property
    def estimate(self) -> bool:
        return self.status == "estimate"

    @property
    def origin(self) -> str:
        """'TABLE3 D11' (a workbook cell) or 'line 3604 of nato_def-exp-2026_2014-2026.csv (a transcription of
        Table 3)': store/provenance.origin_text, computed with the dataset."""
        return self.where or " ".join(x for x in (self.table, self.cell) if x)


class Release:
    """One release's figures, looked up by (country, indicator, year); each indicator's built on first use."""

    def __init__(self, info: Mapping[str, Any], columns: Columns) -> None:
        self.info = dict(info)  # its row of releases.csv (title, url, ...), `release_date` a date
        self.id, self.source = str(info["release_id"]), str(info["source"])
        self.published: date = info["release_date"]
        self.complete = str(info["completeness"]) == "complete"
        self.grade = str(info.get("provenance", "") or "")  # the release's provenance grade (meta/sources.toml)
        self._columns = columns
        self._figures: dict[str, dict[tuple[str, int], Figure]] = {}
        self._one: dict[tuple[str, str], dict[int, Figure]] = {}
        self._years: dict[str, set[int]] = {}

    def __repr__(self) -> str:
        return f"Release({self.id!r})"

    @property
    def partial(self) -> bool:
        return not self.complete

    def indicators(self) -> list[str]:
        return self._columns.indicators()

    def figures(self, indicator: str) -> dict[tuple[str, int], Figure]:
        """{(country, year): figure} for one indicator."""
        if indicator not in self._figures:
            self._figures[indicator] = self._build(indicator)
        return self._figures[indicator]

    def country_figures(self, indicator: str, country: str) -> dict[int, Figure]:
        """{year: figure} for one ally and indicator (read for that ally only, unless the whole indicator was)."""
        if indicator in self._figures:
            return {y: f for (c, y), f in self.figures(indicator).items() if c == country}
        key = (indicator, country)
        if key not in self._one:
            self._one[key] = {y: f for (_, y), f in self._build(indicator, country).items()}
        return self._one[key]

    def _build(self, indicator: str, country_only: str | None = None) -> dict[tuple[str, int], Figure]:
        out: dict[tuple[str, int], Figure] = {}
        for (country, year, _, value, decimals, status, table, cell, citation, basis, base, grade, caveats, currency,
             where) in zip(*self._columns.columns(indicator, country_only), strict=True):  # fmt: skip
            fig = Figure(
                source=self.source,
                release_id=self.id,
                published=self.published,
                country=str(country),
                year=int(year),
                indicator=indicator,
                value=float(value),
                decimals=None if decimals is None else int(decimals),
                status=str(status or ""),
                table=str(table or ""),
                cell=str(cell or ""),
                citation=str(citation or ""),
                price_basis=str(basis or ""),
                base_year=None if base is None else int(base),
                complete=self.complete,
                provenance=str(grade or ""),
                caveats=str(caveats or ""),
                currency=currency if isinstance(currency, str) else "",
                where=str(where or ""),
            )
            out[(fig.country, fig.year)] = fig
        return out

    def get(self, country: str, indicator: str | None, year: int) -> Figure | None:
        return None if indicator is None else self.figures(indicator).get((country, year))

    def value(self, country: str, indicator: str, year: int) -> float | None:
        fig = self.get(country, indicator, year)
        return None if fig is None else fig.value

    def years(self, indicator: str) -> set[int]:
        """The years the release has figures for (asked of the store, unless the indicator's figures are built:
        `natospend check` needs every NATO release's years, not its figures)."""
        if indicator in self._figures:
            return {y for (_, y) in self._figures[indicator]}
        if indicator not in self._years:
            self._years[indicator] = self._columns.years(indicator)
        return set(self._years[indicator])

    def by_country(self, indicator: str, year: int) -> dict[str, Figure]:
        """{country: figure} for one indicator and year."""
        return {c: f for (c, y), f in self.figures(indicator).items() if y == year}


class ReadModel:
    """Figures of one store, indexed on first use and kept (a store never changes)."""

    def __init__(self, rows: Rows, size: int = 1024) -> None:
        self.rows = rows
        self._size = size
        self._releases: dict[str, Release] = {}
        self._series: dict[tuple[str, str], dict[tuple[str, int], list[Figure]]] = {}
        self._cells: dict[tuple[str, str, str], dict[int, list[Figure]]] = {}
        self._tables: dict[tuple[str, str, int], list[tuple[str, date, bool, dict[str, Figure]]]] = {}
        self._memo: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.RLock()

    @cached_property
    def _records(self) -> dict[str, dict[str, Any]]:
        return {str(r["release_id"]): r for r in self.rows.release_records()}

    # ------------------------------------------------------------------ releases
    def sources(self) -> list[str]:
        return sorted({str(r["source"]) for r in self._records.values()})

    def release_ids(self, source: str | None = None) -> list[str]:
        """Release ids by source, date and id (one source's oldest first)."""
        return [rid for rid, r in self._records.items() if source is None or r["source"] == source]

    def info(self, release_id: str) -> dict[str, Any]:
        """A release's row of releases.csv (unknown id: UnknownValueError with close matches)."""
        if release_id not in self._records:
            raise UnknownValueError("release", release_id, list(self._records))
        return self._records[release_id]

    def release(self, release_id: str) -> Release:
        """One release's figures (unknown id: UnknownValueError with close matches)."""
        if release_id not in self._releases:
            info = self.info(release_id)
            self._releases[release_id] = Release(info, self.rows.release_columns(release_id))
        return self._releases[release_id]

    def releases(self, source: str, as_of: date | None = None) -> list[Release]:
        """A source's releases published by `as_of` (all if None), oldest first; [] for a source not loaded."""
        return [
            self.release(rid)
            for rid in self.release_ids(source)
            if as_of is None or self._records[rid]["release_date"] <= as_of
        ]

    def citation(self, release_id: str, tables: list[str] | tuple[str, ...] = ()) -> str:
        """A ready citation line for a release (and the tables a figure or table came from)."""
        return provenance.citation_line(self.info(release_id), tables)

    # ------------------------------------------------------------------ one figure across releases
    def _index(self, source: str, indicator: str) -> dict[tuple[str, int], list[Figure]]:
        """{(country, year): every release's figure, oldest first} for one source and indicator."""
        key = (source, indicator)
        if key not in self._series:
            series: dict[tuple[str, int], list[Figure]] = {}
            for rel in self.releases(source):  # oldest first
                for cell, fig in rel.figures(indicator).items():
                    series.setdefault(cell, []).append(fig)
            self._series[key] = series
        return self._series[key]

    def _ally(self, source: str, country: str, indicator: str) -> dict[int, list[Figure]]:
        """{year: every release's figure, oldest first} for one source, ally and indicator (read for that ally)."""
        key = (source, indicator, country)
        if key not in self._cells:
            series: dict[int, list[Figure]] = {}
            if (source, indicator) in self._series:
                for (c, y), figs in self._series[(source, indicator)].items():
                    if c == country:
                        series[y] = figs
            else:
                for rel in self.releases(source):  # oldest first
                    for y, fig in rel.country_figures(indicator, country).items():
                        series.setdefault(y, []).append(fig)
            self._cells[key] = series
        return self._cells[key]

    def figures(self, source: str, country: str, indicator: str, year: int, as_of: date | None = None) -> list[Figure]:
        """Every release's figure for one cell (oldest first), only those published by `as_of` if given."""
        figs = self._ally(source, country, indicator).get(year, [])
        return [f for f in figs if as_of is None or f.published <= as_of]

    def newest(self, source: str, country: str, indicator: str, year: int, as_of: date | None = None) -> Figure | None:
        """The figure from the newest release holding it that was published by `as_of`."""
        figs = self.figures(source, country, indicator, year, as_of)
        return figs[-1] if figs else None

    def years(self, source: str, country: str, indicator: str) -> list[int]:
        """The years any release of `source` has a figure for."""
        return sorted(self._ally(source, country, indicator))

    def release_table(self, source: str, indicator: str, year: int) -> list[tuple[str, date, bool, dict[str, Figure]]]:
        """Per release holding the indicator that year (oldest first): id, date, completeness, {country: figure}."""
        key = (source, indicator, year)
        if key not in self._tables:
            out = []
            for rel in self.releases(source):
                figs = rel.by_country(indicator, year)
                if figs:
                    out.append((rel.id, rel.published, rel.complete, figs))
            self._tables[key] = out
        return list(self._tables[key])

    # ------------------------------------------------------------------ derived views
    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """compute() once per key (errors are not kept); the oldest keys are dropped past `size`."""
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._memo[key] = value
            while len(self._memo) > self._size:
                self._memo.popitem(last=False)
        return value
