"""Observations as plain rows straight from the compact file (store/compact.py), for commands that must start
without pandas (`natospend show`, and through the read model `status` and `check`).

The same answers as `Dataset.observations` followed by `Dataset.first_published` (newest release holding each
figure, or one release, or what had been published by a date; each figure as first published; grades and caveats
from store/provenance.py), as dicts with the same column names; tests/test_quick.py compares them on many real
queries. `load()` gives None where the compact form cannot answer: it is missing and cannot be written, or the user
imported releases of their own (those only the Dataset reads); `store()` is then the Dataset itself. Bad arguments
raise natospend's errors, but their wording is the Dataset's business: a caller that gets one asks the Dataset again,
which says it exactly.

`QuickStore.read` is the read model (store/readmodel.py) over the same rows, each release's indicator read from the
file when first asked for: the analyses that work on typed Figures answer from it without pandas.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.models import OBS_COLUMNS
from natospend.paths import DATA_DIR, user_dir
from natospend.reference import countries, indicators
from natospend.store import compact, provenance
from natospend.store.readmodel import COLUMNS, DateArg, ReadModel, Store, TextArg, as_list, parse_date

if TYPE_CHECKING:
    from natospend.store.dataset import Dataset

Row = dict[str, Any]
KEY = ("source", "country", "indicator", "year")
FIRST = {"value": "first_value", "decimals": "first_decimals", "release_id": "first_release_id"}


class QuickStore:
    """The embedded dataset read from its compact form."""

    def __init__(self, con: sqlite3.Connection, data_dir: Path = DATA_DIR) -> None:
        self.con = con
        self.data_dir = data_dir
        cursor = con.execute("SELECT * FROM releases")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor]
        for info in rows:
            info["release_date"] = date.fromisoformat(info["release_date"])
        rows.sort(key=lambda r: (r["source"], r["release_date"], r["release_id"]))
        self.releases = {str(r["release_id"]): r for r in rows}
        #: Typed figures (natospend.store.readmodel), as `Dataset.read` gives them.
        self.read = ReadModel(self)

    # ------------------------------------------------------------------ rows for the read model (readmodel.Rows)
    def release_records(self) -> list[dict[str, Any]]:
        return list(self.releases.values())

    def release_columns(self, release_id: str) -> _ReleaseColumns:
        return _ReleaseColumns(self, release_id)

    def dataset(self) -> Dataset:
        """The Dataset over the same CSVs (no user imports: this store exists only where there are none)."""
        return self._dataset

    @cached_property
    def _dataset(self) -> Dataset:
        from natospend.store.dataset import Dataset

        return Dataset(self.data_dir)

    def sources(self) -> list[str]:
        return sorted({str(r["source"]) for r in self.releases.values()})

    def citation(self, release: str) -> str:
        return provenance.citation_line(self.releases[release])

    def _rows(self, where: list[str], args: list[Any]) -> list[Row]:
        query = f"SELECT {', '.join(OBS_COLUMNS)} FROM observations WHERE {' AND '.join(where)} ORDER BY rowid"
        out = []
        for values in self.con.execute(query, args):
            row = dict(zip(OBS_COLUMNS, values, strict=True))
            info = self.releases[row["release_id"]]
            row["release_date"] = info["release_date"]
            row["provenance"] = provenance.figure_grade(info["provenance"], row["citation"])
            row["caveats"] = provenance.caveat_text(row["flags"], row["status"])
            row["origin"] = provenance.origin_text(row["origin_file"], row["origin_table"], row["origin_cell"])
            out.append(row)
        return out

    def observations(
        self,
        country: TextArg = None,
        indicator: TextArg = None,
        year: Iterable[int] | None = None,
        source: TextArg = None,
        release: str | None = None,
        as_of: DateArg = None,
    ) -> list[Row]:
        """As `Dataset.observations` (missing values included), checked in the same order."""
        cutoff = parse_date(as_of)
        if release is not None and cutoff is not None:
            raise InvalidArgumentError("release", "give either release or as_of, not both")
        if release is not None:
            if release not in self.releases:
                raise UnknownValueError("release", release, list(self.releases))
            sources = [str(self.releases[release]["source"])]
        else:
            sources = as_list(source) or self.sources()
            for s in sources:
                if s not in self.sources():
                    raise UnknownValueError("source", s, self.sources())
        if release is None and cutoff is not None:
            dated = [r for r in self.releases.values() if r["source"] in sources]
            sources = [s for s in sources if any(r["release_date"] <= cutoff for r in dated if r["source"] == s)]
            if not sources:
                raise InvalidArgumentError("as_of", f"no release had been published by {cutoff}")
        codes = [countries.resolve(c) for c in as_list(country) or []]
        wanted = as_list(indicator) or []
        for code in wanted:
            indicators.get(code)
        years = None if year is None else [int(y) for y in year]
        for y in years or []:
            if not 1949 <= y <= 2100:
                raise UnknownValueError("year", y, [str(v) for v in range(1949, 2101)])
        args: list[Any] = []
        where = [_among("source", sources, args)]
        for column, values in (("country", codes), ("indicator", wanted), ("year", years)):
            if values:
                where.append(_among(column, values, args))
        if release is not None:
            where.append("release_id = ?")
            args.append(release)
        rows = self._rows(where, args)
        if release is None:
            rows = _newest([r for r in rows if cutoff is None or r["release_date"] <= cutoff])
        return sorted(rows, key=lambda r: (*(r[k] for k in KEY), r["release_date"]))

    def first_published(self, rows: list[Row]) -> list[Row]:
        """`rows` each with `first_value`, `first_decimals`, `first_release_id` and `first_release_date` from the
        oldest release of its source holding a value for it (as `Dataset.first_published`)."""
        firsts: dict[tuple[Any, ...], Row] = {}
        for source in dict.fromkeys(r["source"] for r in rows):
            mine = [r for r in rows if r["source"] == source]
            args: list[Any] = []
            where = [
                _among("source", [source], args),
                _among("country", list(dict.fromkeys(r["country"] for r in mine)), args),
                _among("indicator", list(dict.fromkeys(r["indicator"] for r in mine)), args),
                "value IS NOT NULL",
            ]
            for row in _ordered(self._rows(where, args)):
                firsts.setdefault(tuple(row[k] for k in KEY), row)
        out = []
        for row in rows:
            first = firsts.get(tuple(row[k] for k in KEY))
            extra = {new: None if first is None else first[old] for old, new in FIRST.items()}
            extra["first_release_date"] = None if first is None else first["release_date"]
            out.append({**row, **extra})
        return out


#: The read model's COLUMNS as the compact file holds them: provenance, caveats and origin are derived per row.
_SELECT = ("country", "year", "indicator", "value", "decimals", "status", "origin_table", "origin_cell", "citation",
           "price_basis", "base_year", "currency", "flags", "origin_file")  # fmt: skip


class _ReleaseColumns:
    """One release's figures (readmodel.Columns), each indicator (or one ally's part of it) read when asked for."""

    def __init__(self, store: QuickStore, release_id: str) -> None:
        self.store, self.release_id = store, release_id

    @cached_property
    def _years(self) -> dict[str, set[int]]:
        """{indicator: years with a value}, in one query: `check` asks every NATO release for both."""
        query = "SELECT DISTINCT indicator, year FROM observations WHERE release_id = ? AND value IS NOT NULL"
        out: dict[str, set[int]] = {}
        for indicator, year in self.store.con.execute(query, (self.release_id,)):
            out.setdefault(str(indicator), set()).add(int(year))
        return out

    def indicators(self) -> list[str]:
        return sorted(self._years)

    def years(self, indicator: str) -> set[int]:
        return set(self._years.get(indicator, ()))

    def columns(self, indicator: str, country: str | None = None) -> list[list[Any]]:
        # In the Dataset's order (observations sorts by country and year); provenance as QuickStore._rows derives it.
        # One ally's rows through the country index: SQLite would pick the release's, 10x slower for SIPRI's.
        query = (
            f"SELECT {', '.join(_SELECT)} FROM observations{' INDEXED BY by_country' if country else ''} "
            f"WHERE release_id = ? AND indicator = ? AND value IS NOT NULL{' AND country = ?' if country else ''} "
            "ORDER BY country, year, rowid"
        )
        args = (self.release_id, indicator, country) if country else (self.release_id, indicator)
        grade = self.store.releases[self.release_id]["provenance"]
        out: list[list[Any]] = [[] for _ in COLUMNS]
        for row in self.store.con.execute(query, args):
            (country_, year, ind, value, decimals, status, table, cell, citation, basis, base, currency, flags,
             file) = row  # fmt: skip
            values = (country_, year, ind, value, decimals, status, table, cell, citation, basis, base,
                      provenance.figure_grade(grade, citation), provenance.caveat_text(flags, status), currency,
                      provenance.origin_text(file, table, cell))  # fmt: skip
            for column, v in zip(out, values, strict=True):
                column.append(v)
        return out


def _among(column: str, values: list[Any], args: list[Any]) -> str:
    args.extend(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


def _ordered(rows: list[Row]) -> list[Row]:
    """Oldest release first (by date, then id), each release's rows in the order of its file."""
    return sorted(rows, key=lambda r: (r["release_date"], r["release_id"]))


def _newest(rows: list[Row]) -> list[Row]:
    """Per (source, country, indicator, year): the row of the newest release."""
    latest: dict[tuple[Any, ...], Row] = {}
    for row in _ordered(rows):
        latest[tuple(row[k] for k in KEY)] = row
    return list(latest.values())


def load(data_dir: Path = DATA_DIR) -> QuickStore | None:
    """The compact form of the embedded dataset, or None where only the Dataset can answer."""
    imported = user_dir() / "observations"
    if imported.is_dir() and any(imported.glob("*.csv")):
        return None
    con = compact.ensure(data_dir)
    return None if con is None else QuickStore(con, data_dir)


def as_dataset(store: Store) -> Dataset:
    """The pandas Dataset over a store's figures, for the analyses that still read DataFrames (imports pandas)."""
    from natospend.store.dataset import Dataset

    if isinstance(store, Dataset):
        return store
    if isinstance(store, QuickStore):
        return store.dataset()
    raise TypeError(f"no Dataset for a {type(store).__name__}")


def store(data_dir: Path = DATA_DIR) -> QuickStore | Dataset:
    """The compact form where it can answer, else the Dataset (user imports; compact file missing and unwritable)."""
    found = load(data_dir)
    if found is not None:
        return found
    from natospend.store.dataset import Dataset

    return Dataset(data_dir)
