"""The dataset: curated observations with their releases, queried as pandas DataFrames.

Observations are read lazily, one source at a time, so `load()` itself only reads the small tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.formatting import printed_change
from natospend.models import OBS_COLUMNS
from natospend.paths import DATA_DIR, META_DIR, user_dir
from natospend.reference import countries, indicators
from natospend.reference.manifest import load_manifest
from natospend.store import provenance
from natospend.store.readmodel import COLUMNS, IndicatorColumns, ReadModel, TextArg
from natospend.store.readmodel import DateArg as DateArg
from natospend.store.readmodel import as_list as _as_list
from natospend.store.readmodel import parse_date as parse_date

KEY = ["source", "country", "indicator", "year"]
_DTYPES: dict[str, Any] = {
    "source": object,
    "release_id": object,
    "country": object,
    "year": "int64",
    "indicator": object,
    "value": "float64",
    "unit": object,
    "currency": object,
    "price_basis": object,
    "base_year": "Int64",
    "status": object,
    "flags": object,
    "decimals": "Int64",
    "origin_file": object,
    "origin_table": object,
    "origin_cell": object,
    "citation": object,
}

YearArg = int | Sequence[int] | range | None


class Dataset:
    """Everything natospend knows, queryable by country, indicator, year, source, release and as-of date."""

    def __init__(self, data_dir: Path = DATA_DIR, extra_dirs: Iterable[Path] | None = None) -> None:
        self.data_dir = data_dir
        self.extra_dirs = list(extra_dirs) if extra_dirs is not None else [user_dir() / "observations"]
        self._by_source: dict[str, pd.DataFrame] = {}
        self._latest: dict[tuple[str, date | None], pd.DataFrame] = {}
        self._split: dict[tuple[str, date | None, str | None], dict[str, pd.DataFrame]] = {}
        #: Typed figures by release, source, country, indicator and year, and the one cache every analysis keeps
        #: its derived views in (natospend.store.readmodel).
        self.read = ReadModel(self)

    # ------------------------------------------------------------------ rows for the read model (readmodel.Rows)
    def release_records(self) -> list[dict[str, Any]]:
        return [{str(k): v for k, v in r.items()} for r in self._releases.to_dict(orient="records")]

    def release_columns(self, release_id: str) -> IndicatorColumns:
        frame = self.observations(release=release_id, include_missing=False)
        # Plain lists: iterating pandas' arrow-backed strings row by row is slow.
        return IndicatorColumns([frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in COLUMNS])

    # ------------------------------------------------------------------ small tables
    @cached_property
    def _releases(self) -> pd.DataFrame:
        table = pd.read_csv(self.data_dir / "releases.csv", dtype="string", keep_default_na=False)
        files = {rid: [self.data_dir / "observations" / f"{rid}.csv"] for rid in table["release_id"]}
        # Releases the user imported from their own copies (e.g. IISS), described by the manifest.
        manifest = load_manifest()
        extra = []
        for folder in self.extra_dirs:
            for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
                rel = manifest.release(path.stem.split("--")[0])
                if rel.id in files:  # one release imported from several files: read them all
                    files[rel.id].append(path)
                    continue
                files[rel.id] = [path]
                extra.append(
                    {
                        "release_id": rel.id,
                        "source": rel.source,
                        "publisher": rel.publisher,
                        "title": rel.title,
                        "release_date": rel.date.isoformat(),
                        "coverage": rel.coverage,
                        "completeness": rel.completeness,
                        "provenance": rel.provenance,
                        "provenance_url": rel.provenance_url,
                        "url": rel.url,
                        "files": str(path),
                        "notes": "user import",
                    }
                )
        if extra:
            table = pd.concat([table, pd.DataFrame(extra, dtype="string")], ignore_index=True).fillna("")
        table["release_date"] = pd.to_datetime(table["release_date"]).dt.date
        self._files = files
        return table.sort_values(["source", "release_date", "release_id"]).reset_index(drop=True)

    def releases(self, source: str | None = None) -> pd.DataFrame:
        table = self._releases
        if source is not None:
            table = table[table["source"] == self._check_source(source)]
        return table.reset_index(drop=True)

    def countries(self) -> pd.DataFrame:
        return pd.read_csv(META_DIR / "countries.csv", dtype="string", keep_default_na=False)

    def indicators(self) -> pd.DataFrame:
        return pd.read_csv(META_DIR / "indicators.csv", dtype="string", keep_default_na=False)

    def sources(self) -> list[str]:
        return sorted(self._releases["source"].unique())

    def warnings(self) -> pd.DataFrame:
        return pd.read_csv(self.data_dir / "warnings.csv", dtype="string", keep_default_na=False)

    def checks(self) -> pd.DataFrame:
        return pd.read_csv(self.data_dir / "checks.csv", dtype="string", keep_default_na=False)

    def notes(self) -> pd.DataFrame:
        return pd.read_csv(self.data_dir / "notes.csv", dtype="string", keep_default_na=False)

    def citation(self, release: str, tables: list[str] | tuple[str, ...] = ()) -> str:
        """A ready citation line for a release (and the tables a figure or table came from)."""
        return provenance.citation_line(self.release_info(release), tables)

    # ------------------------------------------------------------------ validation
    def _check_source(self, source: str) -> str:
        if source not in self.sources():
            raise UnknownValueError("source", source, self.sources())
        return source

    def _check_release(self, release: str) -> str:
        ids = list(self._releases["release_id"])
        if release not in ids:
            raise UnknownValueError("release", release, ids)
        return release

    def release_info(self, release: str) -> pd.Series:
        table = self._releases
        return table[table["release_id"] == self._check_release(release)].iloc[0]

    # ------------------------------------------------------------------ observations
    def _source_frame(self, source: str) -> pd.DataFrame:
        if source not in self._by_source:
            rel = self._releases[self._releases["source"] == source]
            _ = self._releases  # ensures self._files
            frames = [
                pd.read_csv(path, dtype=_DTYPES, keep_default_na=False, na_values={"value": [""]})
                for rid in rel["release_id"]
                for path in self._files[rid]
            ]
            frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OBS_COLUMNS)
            dates = dict(zip(rel["release_id"], rel["release_date"], strict=True))
            frame["release_date"] = frame["release_id"].map(dates)
            grades = dict(zip(rel["release_id"], rel["provenance"], strict=True))
            frame["provenance"] = provenance.figure_grades(frame["release_id"].map(grades), frame["citation"])
            frame["caveats"] = provenance.caveats(frame["flags"], frame["status"])
            frame["origin"] = provenance.origins(frame)
            self._by_source[source] = frame
        return self._by_source[source]

    def _latest_frame(self, source: str, as_of: date | None) -> pd.DataFrame:
        """Per (country, indicator, year): the figure from the newest release published by `as_of`."""
        key = (source, as_of)
        if key not in self._latest:
            frame = self._source_frame(source)
            if as_of is not None:
                frame = frame[frame["release_date"] <= as_of]
            order = frame.sort_values(["release_date", "release_id"], kind="stable")
            self._latest[key] = order.drop_duplicates(KEY, keep="last")
        return self._latest[key]

    def _by_country(self, source: str, as_of: date | None, release: str | None) -> dict[str, pd.DataFrame]:
        """The frame split by country once, so that a query for one ally never scans the whole source."""
        key = (source, as_of, release)
        if key not in self._split:
            if release is not None:
                frame = self._source_frame(source)
                frame = frame[frame["release_id"] == release]
            else:
                frame = self._latest_frame(source, as_of)
            self._split[key] = {str(code): part for code, part in frame.groupby("country", sort=False)}
        return self._split[key]

    def observations(
        self,
        country: TextArg = None,
        indicator: TextArg = None,
        year: YearArg = None,
        source: TextArg = None,
        release: str | None = None,
        as_of: DateArg = None,
        include_missing: bool = True,
    ) -> pd.DataFrame:
        """Observations with their provenance columns, newest release first unless `release`/`as_of` say otherwise."""
        cutoff = parse_date(as_of)
        if release is not None and cutoff is not None:
            raise InvalidArgumentError("release", "give either release or as_of, not both")
        if release is not None:
            info = self.release_info(release)
            sources = [str(info["source"])]
        else:
            sources = [self._check_source(s) for s in (_as_list(source) or self.sources())]
        if release is None and cutoff is not None:
            published = [s for s in sources if (self.releases(s)["release_date"] <= cutoff).any()]
            if not published:
                first = min(self.releases(s)["release_date"].min() for s in sources)
                names = " or ".join(sources) + " " if source is not None else ""
                raise InvalidArgumentError(
                    "as_of", f"no {names}release had been published by {cutoff} (first: {first})"
                )
            sources = published
        codes = [countries.resolve(c) for c in _as_list(country) or []]
        parts: list[pd.DataFrame] = []
        for src in sources:
            split = self._by_country(src, cutoff, release)
            parts.extend(split[c] for c in (codes or split) if c in split)
        frame = pd.concat(parts, ignore_index=True) if parts else self._source_frame(sources[0]).iloc[0:0]
        wanted = _as_list(indicator)
        if wanted:
            for code in wanted:
                indicators.get(code)
            frame = frame[frame["indicator"].isin(wanted)]
        if year is not None:
            years = [year] if isinstance(year, int) else list(year)
            unknown = [y for y in years if not 1949 <= int(y) <= 2100]
            if unknown:
                valid = [str(y) for y in range(1949, 2101)]
                raise UnknownValueError("year", unknown[0], valid, note="data years run from 1949 to 2100")
            frame = frame[frame["year"].isin(years)]
        if not include_missing:
            frame = frame[frame["value"].notna()]
        return frame.sort_values(["source", "country", "indicator", "year", "release_date"]).reset_index(drop=True)

    def first_published(self, frame: pd.DataFrame) -> pd.DataFrame:
        """`frame` (rows of `observations`) with each figure as first published: `first_value`, `first_decimals`,
        `first_release_id`, `first_release_date` from the oldest release holding a value for it."""
        names = {"value": "first_value", "decimals": "first_decimals", "release_id": "first_release_id"}
        names["release_date"] = "first_release_date"
        if frame.empty:
            return frame.assign(**{name: pd.Series(dtype=object) for name in names.values()})
        firsts = []
        for source in frame["source"].unique():
            rows = self._source_frame(source)
            wanted = frame[frame["source"] == source]
            rows = rows[
                rows["country"].isin(wanted["country"].unique())
                & rows["indicator"].isin(wanted["indicator"].unique())
                & rows["value"].notna()
            ]
            rows = rows.sort_values(["release_date", "release_id"], kind="stable").drop_duplicates(KEY, keep="first")
            firsts.append(rows[[*KEY, *names]].rename(columns=names))
        return frame.merge(pd.concat(firsts, ignore_index=True), on=KEY, how="left")

    def value(
        self,
        country: str,
        indicator: str,
        year: int,
        source: str = "nato",
        release: str | None = None,
        as_of: DateArg = None,
    ) -> pd.Series | None:
        """One observation (a row with its provenance), or None where the source has no figure."""
        rows = self.observations(
            country, indicator, year, source=None if release else source, release=release, as_of=as_of
        )
        rows = rows[rows["value"].notna()]
        if rows.empty:
            return None
        return rows.iloc[-1]

    def latest_release(self, source: str = "nato", as_of: DateArg = None, complete: bool = True) -> str:
        """The newest release of a source published by `as_of`; `complete` skips partial transcriptions."""
        table = self.releases(source)
        cutoff = parse_date(as_of)
        if cutoff is not None:
            table = table[table["release_date"] <= cutoff]
        if complete:
            table = table[table["completeness"] == "complete"]
        if table.empty:
            raise InvalidArgumentError("as_of", f"no {'complete ' if complete else ''}{source} release by {cutoff}")
        return str(table.iloc[-1]["release_id"])

    def revisions(
        self, country: str, indicator: str = "share_gdp", year: int | None = None, source: str = "nato"
    ) -> pd.DataFrame:
        """How a figure moved from release to release (oldest first), with the change from the previous release."""
        frame = self._source_frame(self._check_source(source))
        code = countries.resolve(country)
        indicators.get(indicator)
        rows = frame[(frame["country"] == code) & (frame["indicator"] == indicator)]
        if year is not None:
            if year not in set(rows["year"]):
                raise UnknownValueError("year", year, sorted(set(rows["year"].astype(str))), note=f"{code} {indicator}")
            rows = rows[rows["year"] == year]
        rows = rows.sort_values(["year", "release_date", "release_id"]).reset_index(drop=True)
        # Changes between printed figures: what a reader sees move (1.85 -> 1.88 is +0.03), not the hidden digits.
        # Plain lists, not a row lookup per figure: the claim checker asks this for every figure it explains.
        years, values, decimals = (rows[c].tolist() for c in ("year", "value", "decimals"))
        change: list[float | None] = [
            printed_change(values[i - 1], decimals[i - 1], values[i], decimals[i])
            if i and years[i - 1] == years[i]
            else None
            for i in range(len(rows))
        ]
        rows["change"] = pd.array(change, dtype="Float64").astype("float64")
        return rows
