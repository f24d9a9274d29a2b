"""The definitions matrix (meta/definitions.toml): what each measure (NATO, SIPRI, World Bank, IISS, Eurostat COFOG,
national budgets) counts, per aspect, with sources; country notes; cited reference figures; NATO publications known
but not in the dataset. Reference data: read by the source comparison, its explanation and the claim checker.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from natospend.errors import InputFileError, UnknownValueError
from natospend.paths import META_DIR

if TYPE_CHECKING:
    import pandas as pd

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
    import pandas as pd  # only for this table: the claim checker reads the definitions without pandas

    frame = pd.DataFrame(rows)
    frame["_o"] = frame["aspect"].map(lambda a: order.get(a, 99))
    measures = list(defs.measures)
    frame["_m"] = frame["measure"].map(measures.index)
    return frame.sort_values(["_m", "_o"]).drop(columns=["_m", "_o"]).reset_index(drop=True)
