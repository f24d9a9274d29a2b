"""Allies and aggregates: codes, names in every spelling the sources use, accession, currency, fiscal year."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from natospend.errors import UnknownValueError
from natospend.paths import META_DIR

AGGREGATES = ("NATO_EUROPE_CANADA", "NATO_TOTAL")


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    kind: str  # ally or aggregate
    nato_accession: date | None
    currency: str
    fiscal_year_start_month: int | None
    #: How NATO labels the fiscal year: calendar, start_year (Apr-Mar: UK, Canada), end_year (Oct-Sep: US).
    fiscal_year_label: str
    has_armed_forces: bool
    aliases: tuple[str, ...]

    def is_member(self, year: int) -> bool:
        """An ally counts from the year of its accession (Finland 2023, Sweden 2024)."""
        return self.kind == "ally" and self.nato_accession is not None and self.nato_accession.year <= year

    def fiscal_year_text(self, year: int) -> str:
        """The national fiscal year that NATO labels `year`, e.g. 2027 -> 'FY 2027-28 (Apr-Mar)' for the UK."""
        if self.fiscal_year_label == "start_year":
            return f"FY {year}-{(year + 1) % 100:02d} (Apr-Mar)"
        if self.fiscal_year_label == "end_year":
            return f"FY {year} (Oct {year - 1}-Sep {year})"
        return f"{year} (calendar year)"


def normalise_name(text: str) -> str:
    """Fold a country label for matching: case, accents, footnote markers, '*', brackets, spacing."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\[[a-z0-9]\]|\([^)]*\)|[*†‡§¶‖]+\d*", " ", text.lower())
    text = re.sub(r"[^a-z0-9&,.' ]+", " ", text)
    text = re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip(" ,"))
    return text.replace(".", "")


@cache
def all_countries() -> tuple[Country, ...]:
    out = []
    with (META_DIR / "countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.append(
                Country(
                    code=row["code"],
                    name=row["name"],
                    kind=row["kind"],
                    nato_accession=date.fromisoformat(row["nato_accession"]) if row["nato_accession"] else None,
                    currency=row["currency"],
                    fiscal_year_start_month=int(row["fiscal_year_start_month"])
                    if row["fiscal_year_start_month"]
                    else None,
                    fiscal_year_label=row["fiscal_year_label"] or "calendar",
                    has_armed_forces=row["has_armed_forces"] == "true",
                    aliases=tuple(a for a in row["aliases"].split("|") if a),
                )
            )
    return tuple(out)


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in all_countries():
        for label in (c.code, c.name, *c.aliases):
            index[normalise_name(label)] = c.code
    return index


def by_code() -> dict[str, Country]:
    return {c.code: c for c in all_countries()}


def try_resolve(label: str) -> str | None:
    """The code for a label in any known spelling, or None."""
    return _index().get(normalise_name(label))


def resolve(label: str) -> str:
    """The code for a country or aggregate label; UnknownValueError with close matches otherwise."""
    code = try_resolve(label)
    if code is None:
        names = [c.name for c in all_countries()] + [c.code for c in all_countries()]
        raise UnknownValueError("country", label, names, also=[a for c in all_countries() for a in c.aliases])
    return code


def get(label: str) -> Country:
    return by_code()[resolve(label)]


def allies() -> list[Country]:
    return [c for c in all_countries() if c.kind == "ally"]


def members(year: int) -> list[Country]:
    return [c for c in allies() if c.is_member(year)]
