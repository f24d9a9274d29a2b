"""The indicator vocabulary (meta/indicators.csv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from natospend.errors import UnknownValueError
from natospend.paths import META_DIR


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    name: str
    unit: str
    price_basis: str
    definition: str
    sources: tuple[str, ...]


@cache
def all_indicators() -> dict[str, Indicator]:
    with (META_DIR / "indicators.csv").open(encoding="utf-8", newline="") as fh:
        return {
            row["code"]: Indicator(
                code=row["code"],
                name=row["name"],
                unit=row["unit"],
                price_basis=row["price_basis"],
                definition=row["definition"],
                sources=tuple(s for s in row["sources"].split(";") if s),
            )
            for row in csv.DictReader(fh)
        }


def get(code: str) -> Indicator:
    table = all_indicators()
    if code not in table:
        raise UnknownValueError("indicator", code, table)
    return table[code]
