"""The read model: every published figure in the store as a typed `Figure`, indexed once per Dataset.

Every analysis (compliance, projection, burden, compare), the claim checker and the interfaces read figures through
`Dataset.read` (one `ReadModel` per Dataset, so one cache): by release, or by source, country, indicator and year
across releases (oldest first), with "as of a date" and "newest release holding the figure" resolution and the
figure at the precision its release printed (`Figure.shown_value`, the project's one rounding rule).
Views an analysis derives from it (arrays per ally, result tables) are kept in the same cache with `memo()`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from natospend.errors import InvalidArgumentError
from natospend.formatting import at_printed, published

if TYPE_CHECKING:
    from natospend.store.dataset import Dataset

T = TypeVar("T")
TextArg = str | Sequence[str] | None
DateArg = date | str | None
_COLUMNS = (
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

    def __init__(
        self, id: str, source: str, published: date, complete: bool, grade: str, columns: list[list[Any]]
    ) -> None:
        self.id, self.source, self.published, self.complete = id, source, published, complete
        self.grade = grade  # the release's provenance grade (meta/sources.toml)
        self._columns = columns
        self._rows: dict[str, list[int]] = {}
        for i, indicator in enumerate(columns[_COLUMNS.index("indicator")]):
            self._rows.setdefault(str(indicator), []).append(i)
        self._figures: dict[str, dict[tuple[str, int], Figure]] = {}

    def __repr__(self) -> str:
        return f"Release({self.id!r})"

    @property
    def partial(self) -> bool:
        return not self.complete

    def indicators(self) -> list[str]:
        return sorted(self._rows)

    def figures(self, indicator: str) -> dict[tuple[str, int], Figure]:
        """{(country, year): figure} for one indicator."""
        if indicator not in self._figures:
            self._figures[indicator] = self._build(indicator)
        return self._figures[indicator]

    def _build(self, indicator: str) -> dict[tuple[str, int], Figure]:
        cols = self._columns
        out: dict[tuple[str, int], Figure] = {}
        for i in self._rows.get(indicator, []):
            (country, year, _, value, decimals, status, table, cell, citation, basis, base, grade, caveats, currency,
             where) = (c[i] for c in cols)  # fmt: skip
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
        """The years the release has figures for."""
        return {y for (_, y) in self.figures(indicator)}

    def by_country(self, indicator: str, year: int) -> dict[str, Figure]:
        """{country: figure} for one indicator and year."""
        return {c: f for (c, y), f in self.figures(indicator).items() if y == year}


class ReadModel:
    """Figures of one Dataset, indexed on first use and kept (a Dataset never changes)."""

    def __init__(self, ds: Dataset, size: int = 1024) -> None:
        self.ds = ds
        self._size = size
        self._releases: dict[str, Release] = {}
        self._series: dict[tuple[str, str], dict[tuple[str, int], list[Figure]]] = {}
        self._tables: dict[tuple[str, str, int], list[tuple[str, date, bool, dict[str, Figure]]]] = {}
        self._memo: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ releases
    def sources(self) -> list[str]:
        return list(self.ds.sources())

    def release(self, release_id: str) -> Release:
        """One release's figures (unknown id: UnknownValueError with close matches)."""
        if release_id not in self._releases:
            info = self.ds.release_info(release_id)
            self._releases[release_id] = self._build(
                release_id,
                str(info["source"]),
                info["release_date"],
                str(info["completeness"]) == "complete",
                str(info.get("provenance", "")),
            )
        return self._releases[release_id]

    def _build(self, release_id: str, source: str, when: date, complete: bool, grade: str) -> Release:
        frame = self.ds.observations(release=release_id, include_missing=False)
        # Plain lists: iterating pandas' arrow-backed strings row by row is slow.
        columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in _COLUMNS]
        return Release(release_id, source, when, complete, grade, columns)

    def releases(self, source: str, as_of: date | None = None) -> list[Release]:
        """A source's releases published by `as_of` (all if None), oldest first; [] for a source not loaded."""
        if source not in self.ds.sources():
            return []
        table = self.ds.releases(source)
        return [
            self.release(str(r.release_id))
            for r in table.itertuples(index=False)
            if as_of is None or r.release_date <= as_of
        ]

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

    def figures(self, source: str, country: str, indicator: str, year: int, as_of: date | None = None) -> list[Figure]:
        """Every release's figure for one cell (oldest first), only those published by `as_of` if given."""
        figs = self._index(source, indicator).get((country, year), [])
        return [f for f in figs if as_of is None or f.published <= as_of]

    def newest(self, source: str, country: str, indicator: str, year: int, as_of: date | None = None) -> Figure | None:
        """The figure from the newest release holding it that was published by `as_of`."""
        figs = self.figures(source, country, indicator, year, as_of)
        return figs[-1] if figs else None

    def years(self, source: str, country: str, indicator: str) -> list[int]:
        """The years any release of `source` has a figure for."""
        return sorted({y for (c, y) in self._index(source, indicator) if c == country})

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
