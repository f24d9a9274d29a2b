"""Sources side by side: every NATO release, every SIPRI edition, the World Bank series and (when imported) IISS,
with the spread between them and the definition differences (meta/definitions.toml) that explain a gap.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from natospend.errors import InputFileError, InvalidArgumentError, UnknownValueError
from natospend.formatting import at_printed, published
from natospend.paths import META_DIR
from natospend.reference import countries, indicators
from natospend.store import provenance
from natospend.store.dataset import Dataset

DEFINITIONS = META_DIR / "definitions.toml"
ASPECTS = (
    "pensions",
    "paramilitary",
    "military_aid",
    "rnd",
    "fiscal_year",
    "gdp_source",
    "price_base",
    "civil_defence",
)
ASPECT_LABELS = {
    "pensions": "Pensions",
    "paramilitary": "Paramilitary and other forces",
    "military_aid": "Military aid",
    "rnd": "Research and development",
    "fiscal_year": "Fiscal vs calendar year",
    "gdp_source": "GDP source",
    "price_base": "Price base",
    "civil_defence": "Civil defence",
    "intelligence": "Intelligence",
    "estimate": "Estimates",
}
#: Sources in the dataset -> the measure (definitions.toml) their figures follow.
SOURCE_MEASURE = {"nato": "nato", "sipri": "sipri", "worldbank": "worldbank", "iiss": "iiss"}
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


@dataclass(frozen=True)
class Cell:
    measure: str
    aspect: str
    treatment: str
    text: str
    sources: tuple[str, ...]
    verified: bool
    note: str = ""


@dataclass(frozen=True)
class CountryNote:
    country: str
    measures: tuple[str, ...]
    aspects: tuple[str, ...]
    text: str
    sources: tuple[str, ...]
    from_year: int | None = None
    to_year: int | None = None

    def applies(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.from_year is None or year >= self.from_year) and (self.to_year is None or year <= self.to_year)


@dataclass(frozen=True)
class ReferenceFigure:
    """A figure of a measure the dataset does not hold (Eurostat COFOG, a national budget), from a cited page."""

    measure: str
    country: str
    year: int
    indicator: str
    value: float
    decimals: int
    published: date
    source: str
    also: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class UncoveredRelease:
    """A NATO publication known to exist but not (or only partly) in the dataset."""

    source: str
    date: date
    title: str
    first_year: int
    last_year: int
    sources: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Definitions:
    measures: dict[str, dict[str, Any]]
    cells: dict[tuple[str, str], Cell]
    notes: tuple[CountryNote, ...]
    references: tuple[ReferenceFigure, ...] = field(default=())
    uncovered: tuple[UncoveredRelease, ...] = field(default=())

    def cell(self, measure: str, aspect: str) -> Cell | None:
        return self.cells.get((measure, aspect))

    def measure_name(self, measure: str) -> str:
        return str(self.measures.get(measure, {}).get("name", measure))

    def short(self, measure: str) -> str:
        return str(self.measures.get(measure, {}).get("short", measure))


def _fail(path: Path, where: str, problem: str) -> InputFileError:
    return InputFileError(path, where, problem)


@cache
def load_definitions(path: Path = DEFINITIONS) -> Definitions:
    """The definitions matrix; a malformed file names the table and the field that is wrong."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, "", f"not valid TOML: {exc}") from None
    measures = {str(m["id"]): dict(m) for m in raw.get("measure", [])}
    cells: dict[tuple[str, str], Cell] = {}
    for i, entry in enumerate(raw.get("cell", []), start=1):
        where = f"[[cell]] #{i}"
        for required in ("measure", "aspect", "treatment", "text", "sources"):
            if required not in entry:
                raise _fail(path, where, f"missing field {required!r}")
        if entry["measure"] not in measures:
            raise UnknownValueError("measure", entry["measure"], measures, note=f"{path.name} {where}")
        if not entry["sources"]:
            raise _fail(path, where, "field 'sources' is empty: every cell needs a source address")
        key = (str(entry["measure"]), str(entry["aspect"]))
        cells[key] = Cell(
            measure=key[0],
            aspect=key[1],
            treatment=str(entry["treatment"]),
            text=str(entry["text"]),
            sources=tuple(str(s) for s in entry["sources"]),
            verified=bool(entry.get("verified", True)),
            note=str(entry.get("note", "")),
        )
    notes = tuple(
        CountryNote(
            country=str(n["country"]),
            measures=tuple(n.get("measures", ())),
            aspects=tuple(n.get("aspects", ())),
            text=str(n["text"]),
            sources=tuple(n["sources"]),
            from_year=n.get("from_year"),
            to_year=n.get("to_year"),
        )
        for n in raw.get("country_note", [])
    )
    refs = tuple(
        ReferenceFigure(
            measure=str(r["measure"]),
            country=str(r["country"]),
            year=int(r["year"]),
            indicator=str(r["indicator"]),
            value=float(r["value"]),
            decimals=int(r.get("decimals", 1)),
            published=date.fromisoformat(str(r["published"])),
            source=str(r["source"]),
            also=tuple(r.get("also", ())),
            members=tuple(r.get("members", ())),
            note=str(r.get("note", "")),
        )
        for r in raw.get("reference_figure", [])
    )
    uncovered = tuple(
        UncoveredRelease(
            source=str(u["source"]),
            date=date.fromisoformat(str(u["date"])),
            title=str(u["title"]),
            first_year=int(u["first_year"]),
            last_year=int(u["last_year"]),
            sources=tuple(u["sources"]),
            note=str(u.get("note", "")),
        )
        for u in raw.get("uncovered_release", [])
    )
    return Definitions(measures, cells, notes, refs, uncovered)


def definitions_frame() -> pd.DataFrame:
    """The definitions matrix as a table: one row per measure and aspect, with its source addresses."""
    defs = load_definitions()
    rows = [
        {
            "measure": c.measure,
            "measure_name": defs.measure_name(c.measure),
            "aspect": c.aspect,
            "treatment": c.treatment,
            "text": c.text,
            "sources": " ; ".join(c.sources),
            "verified": c.verified,
            "note": c.note,
        }
        for c in defs.cells.values()
    ]
    order = {a: i for i, a in enumerate(ASPECTS)}
    frame = pd.DataFrame(rows)
    frame["_o"] = frame["aspect"].map(lambda a: order.get(a, 99))
    measures = list(defs.measures)
    frame["_m"] = frame["measure"].map(measures.index)
    return frame.sort_values(["_m", "_o"]).drop(columns=["_m", "_o"]).reset_index(drop=True)


def _edition(source: str, table: str, release_date: object) -> str:
    """A human name for the edition a figure comes from (IISS figures name their Military Balance edition)."""
    if source == "iiss":
        import re

        m = re.search(r"(?:Y|Military Balance\s*)((?:19|20)\d\d)", table)
        if m:
            return f"The Military Balance {m.group(1)}"
    return ""


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
            rows = ds.revisions(code, indicator, None, source=source)
        except UnknownValueError:
            continue
        if year is not None:
            rows = rows[rows["year"] == year]
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
    order = {"nato": 0, "sipri": 1, "worldbank": 2, "iiss": 3}
    frame["_s"] = frame["source"].map(lambda s: order.get(s, 9))
    frame = frame.sort_values(["year", "_s", "release_date", "release_id", "origin_table"], kind="stable")
    frame.attrs["country"] = code
    frame.attrs["indicator"] = indicator
    return frame[COLUMNS].reset_index(drop=True)


def _sources_text(sources: tuple[str, ...]) -> str:
    return "sources: " + " ; ".join(sources)


def explain(
    ds: Dataset, country: str, year: int, indicator: str = "share_gdp", *, sources: Iterable[str] | None = None
) -> list[str]:
    """Why the sources differ for one ally and year: vintages of NATO's own figure, and every definition difference
    (pensions, paramilitary forces, military aid, R&D, fiscal year, GDP source, price base) between NATO and each
    other source present, with the ally's own notes (e.g. items the UK added to its NATO return)."""
    code = countries.resolve(country)
    frame = compare(ds, code, year, indicator)
    if sources is not None:
        frame = frame[frame["source"].isin(list(sources))]
    name = countries.by_code()[code].name
    if frame.empty:
        return [f"No figures for {name} {year} ({indicator}) in the dataset."]
    defs = load_definitions()
    lines: list[str] = []
    ind = indicators.get(indicator)
    nato = frame[frame["source"] == "nato"]
    if not nato.empty:
        first, last = nato.iloc[0], nato.iloc[-1]
        if len(nato) > 1 and first["shown"] != last["shown"]:
            lines.append(
                f"NATO's own figure was revised: {first['shown']} in {first['release_id']} ({first['release_date']}) "
                f"-> {last['shown']} in {last['release_id']} ({last['release_date']}). Estimates become actual "
                "outlays, GDP is revised, and releases from 2025 use 2021 prices and 'core defence expenditure'."
            )
    newest_nato = nato.iloc[-1] if not nato.empty else None
    for source in [s for s in frame["source"].unique() if s != "nato"]:
        rows = frame[frame["source"] == source]
        other = rows.iloc[-1]
        measure = SOURCE_MEASURE.get(source, source)
        label = defs.short(measure)
        if newest_nato is not None:
            gap = float(other["diff_vs_nato"])
            lines.append(
                f"{label}: {other['shown']} ({other['edition'] or other['release_id']}) against NATO's "
                f"{newest_nato['shown']} ({newest_nato['release_id']}), a gap of {gap:+.2f} {ind.unit}."
            )
        else:
            lines.append(f"{label}: {other['shown']} ({other['edition'] or other['release_id']}); NATO has no figure.")
        for aspect in ASPECTS:
            if aspect == "price_base" and ind.price_basis == "none":
                continue
            a, b = defs.cell("nato", aspect), defs.cell(measure, aspect)
            if a is None or b is None or (a.treatment == b.treatment and aspect not in ("gdp_source",)):
                continue
            ally = countries.by_code().get(code)
            if aspect == "fiscal_year" and ally is not None and ally.fiscal_year_label == "calendar":
                continue
            if aspect == "gdp_source" and a.text == b.text:
                continue
            unconfirmed = "" if a.verified and b.verified else " (partly not confirmed)"
            lines.append(
                f"{ASPECT_LABELS[aspect]}{unconfirmed}: NATO: {a.text} {label}: {b.text} "
                f"[{_sources_text(tuple(dict.fromkeys(a.sources + b.sources)))}]"
            )
    present = {SOURCE_MEASURE.get(s, s) for s in frame["source"].unique()}
    for note in defs.notes:
        if note.country == code and note.applies(year) and (set(note.measures) & present):
            if len(present) == 1 and "fiscal_year" in note.aspects:
                continue
            aspects = ", ".join(ASPECT_LABELS.get(a, a) for a in note.aspects)
            lines.append(f"{name} ({aspects}): {note.text} [{_sources_text(note.sources)}]")
    return lines


def plot(frame: pd.DataFrame, path: Path | str) -> Path:
    """A chart of a compare() frame: one line per release over years, or bars for a single year (PNG or SVG)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    out = Path(path)
    if out.suffix.lower() not in (".png", ".svg"):
        raise InvalidArgumentError("plot", f"{out.name}: give a file name ending in .png or .svg")
    if not out.parent.is_dir():
        raise InvalidArgumentError("plot", f"folder {out.parent} does not exist")
    if frame.empty:
        raise InvalidArgumentError("plot", "nothing to plot: no figures")
    fig = Figure(figsize=(9, 5.5), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    colours = {"nato": "#0072B2", "sipri": "#E69F00", "worldbank": "#009E73", "iiss": "#CC79A7"}
    labels = frame["release_id"] + frame["edition"].map(lambda e: f" ({e})" if e else "")
    if frame["year"].nunique() == 1:
        ax.barh(labels, frame["value"].astype(float), color=[colours.get(s, "#777777") for s in frame["source"]])
        ax.invert_yaxis()
        ax.set_xlabel(str(frame["indicator"].iloc[0]))
        for i, shown in enumerate(frame["shown"]):
            ax.annotate(
                str(shown),
                (float(frame["value"].iloc[i]), i),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
            )
    else:
        for label, rows in frame.groupby(labels, sort=False):
            source = rows["source"].iloc[0]
            ax.plot(
                rows["year"],
                rows["value"].astype(float),
                marker="o",
                ms=3,
                lw=1.2,
                label=str(label),
                color=colours.get(source, "#777777"),
                alpha=0.45 if source == "nato" else 0.9,
            )
        ax.legend(fontsize=7, ncol=2)
        ax.set_xlabel("year")
        ax.set_ylabel(str(frame["indicator"].iloc[0]))
    code = frame["country"].iloc[0]
    name = countries.by_code()[code].name if code in countries.by_code() else code
    ax.set_title(f"{name}: {frame['indicator'].iloc[0]} by source and release")
    fig.text(0.01, 0.005, "Sources: " + ", ".join(sorted(set(frame["release_id"]))), fontsize=6, color="#555555")
    fig.savefig(out)
    return out
