"""Sources side by side: every NATO release, every SIPRI edition, the World Bank series and (when imported) IISS,
with the spread between them and the difference from the newest NATO figure. The definitions that explain a gap
are reference data (natospend.reference.definitions); the explanation in words is natospend.analysis.explain.
"""

from __future__ import annotations

import pandas as pd

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.formatting import at_printed, published
from natospend.reference import countries, indicators
from natospend.reference import sources as registry
from natospend.reference.definitions import (  # re-exported: callers used to find them here
    ASPECT_LABELS,
    ASPECTS,
    DEFINITIONS,
    Cell,
    CountryNote,
    Definitions,
    ReferenceFigure,
    UncoveredRelease,
    definitions_frame,
    load_definitions,
)
from natospend.store import provenance
from natospend.store.dataset import Dataset

__all__ = [
    "ASPECTS",
    "ASPECT_LABELS",
    "COLUMNS",
    "DEFINITIONS",
    "SOURCE_MEASURE",
    "Cell",
    "CountryNote",
    "Definitions",
    "ReferenceFigure",
    "UncoveredRelease",
    "compare",
    "definitions_frame",
    "load_definitions",
]

#: Sources in the dataset -> the measure (definitions.toml) their figures follow (from the source registry).
SOURCE_MEASURE = {sid: s.measure for sid, s in registry.load().items()}
COLUMNS = [
    "source",
    "release_id",
    "release_date",
    "edition",
    "country",
    "year",
    "indicator",
    "value",
    "decimals",
    "shown",
    "status",
    "unit",
    "price_basis",
    "base_year",
    "origin_file",
    "origin_table",
    "origin_cell",
    "origin",
    "citation",
    "spread",
    "diff_vs_nato",
]


def _edition(source: str, table: str, release_date: object) -> str:
    """A human name for the edition a figure comes from (IISS figures name their Military Balance edition)."""
    return registry.edition(source, table)


def compare(ds: Dataset, country: str, year: int | None = None, indicator: str = "share_gdp") -> pd.DataFrame:
    """Every release of every source holding `indicator` for `country` (and `year`), one row per figure,
    with the spread between sources for each year and the difference from the newest NATO figure."""
    code = countries.resolve(country)
    indicators.get(indicator)
    if year is not None and not 1949 <= year <= 2100:
        raise InvalidArgumentError("year", f"{year} is outside 1949-2100")
    parts = []
    for source in ds.sources():
        try:
            rows = ds.revisions(code, indicator, year, source=source)
        except UnknownValueError:  # the source does not hold this ally, indicator or year
            continue
        rows = rows[rows["value"].notna()]
        if not rows.empty:
            parts.append(rows)
    refs = [
        r
        for r in load_definitions().references
        if r.country == code and r.indicator == indicator and (year is None or r.year == year)
    ]
    if not parts and not refs:
        return pd.DataFrame(columns=COLUMNS)
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=[*COLUMNS, "change"])
    if refs:
        extra = pd.DataFrame(
            [
                {
                    "source": r.measure,
                    "release_id": "reference",
                    "release_date": r.published,
                    "country": r.country,
                    "year": r.year,
                    "indicator": r.indicator,
                    "value": r.value,
                    "decimals": r.decimals,
                    "status": "",
                    "unit": "percent of GDP (cited figure, not in the dataset)",
                    "price_basis": "none",
                    "origin_file": "",
                    "origin_table": "cited page",
                    "origin_cell": "",
                    "citation": " ; ".join((r.source, *r.also)),
                }
                for r in refs
            ]
        )
        frame = pd.concat([frame, extra], ignore_index=True) if parts else extra
    frame["edition"] = [
        _edition(s, str(t), d)
        for s, t, d in zip(frame["source"], frame["origin_table"], frame["release_date"], strict=True)
    ]
    frame["shown"] = [published(v, d) for v, d in zip(frame["value"], frame["decimals"], strict=True)]
    frame["origin"] = provenance.origins(frame)  # the cited pages' rows have no file: "cited page"
    rounded = [at_printed(v, d) for v, d in zip(frame["value"], frame["decimals"], strict=True)]
    frame["_r"] = rounded
    frame["spread"] = frame.groupby("year")["_r"].transform(lambda s: s.max() - s.min()).round(4)
    nato = frame[frame["source"] == "nato"].sort_values(["release_date", "release_id"])
    newest = nato.groupby("year")["_r"].last()
    frame["diff_vs_nato"] = (frame["_r"] - frame["year"].map(newest)).round(4)
    frame["_s"] = frame["source"].map(registry.order)
    frame = frame.sort_values(["year", "_s", "release_date", "release_id", "origin_table"], kind="stable")
    frame.attrs["country"] = code
    frame.attrs["indicator"] = indicator
    return frame[COLUMNS].reset_index(drop=True)
