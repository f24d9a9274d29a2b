"""The observation: one published figure with everything needed to trace it back to its source."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    ACTUAL = "actual"
    ESTIMATE = "estimate"


class PriceBasis(StrEnum):
    CURRENT = "current"
    CONSTANT = "constant"
    NONE = "none"  # ratios, counts and shares that carry no price basis


#: Column order of the curated observation table (and of every importer's output).
OBS_COLUMNS: list[str] = [
    "source",  # publisher family: nato, sipri, imf, worldbank, iiss
    "release_id",  # e.g. nato-2024-06, sipri-2025-04
    "country",  # ISO 3166 alpha-3, or NATO_EUROPE_CANADA / NATO_TOTAL
    "year",  # NATO convention: a fiscal year is labelled by the calendar year holding most of its months
    "indicator",  # see meta/indicators.csv
    "value",  # float as published; empty when the source marks the cell missing
    "unit",  # human-readable unit as the source states it
    "currency",  # ISO 4217 of a money figure: the currency of its values in that release (USD for dollar series)
    "price_basis",  # current / constant / none
    "base_year",  # base year of constant prices, else empty
    "status",  # actual / estimate
    "flags",  # ';'-joined flags, e.g. national_2pct_law;missing:#REF!
    "decimals",  # decimals as printed by the source (cell number format or the transcription), else empty
    "origin_file",  # upstream file name
    "origin_table",  # sheet or table name
    "origin_cell",  # cell address (A1) or row number ("row 12")
    "citation",  # for transcriptions: where the figure was read (address); else empty
]


@dataclass(frozen=True, slots=True)
class Observation:
    source: str
    release_id: str
    country: str
    year: int
    indicator: str
    value: float | None
    unit: str
    price_basis: PriceBasis
    base_year: int | None
    status: Status
    flags: tuple[str, ...]
    decimals: int | None
    origin_file: str
    origin_table: str
    origin_cell: str
    citation: str = ""
    currency: str = ""

    def as_row(self) -> dict[str, object]:
        value = None if self.value is None or math.isnan(self.value) else self.value
        return {
            "source": self.source,
            "release_id": self.release_id,
            "country": self.country,
            "year": self.year,
            "indicator": self.indicator,
            "value": value,
            "unit": self.unit,
            "currency": self.currency,
            "price_basis": str(self.price_basis),
            "base_year": self.base_year,
            "status": str(self.status),
            "flags": ";".join(self.flags),
            "decimals": self.decimals,
            "origin_file": self.origin_file,
            "origin_table": self.origin_table,
            "origin_cell": self.origin_cell,
            "citation": self.citation,
        }


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something odd in an upstream file that did not stop the import (e.g. a #REF! cell)."""

    file: str
    location: str
    message: str


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote attached to observations by a marker (e.g. SIPRI's `§4`)."""

    release_id: str
    marker: str
    text: str


@dataclass
class ParseResult:
    observations: list[Observation] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    layout: str = ""  # which upstream layout was recognised, e.g. "nato-tables-2024"
