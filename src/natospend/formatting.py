"""Showing figures as their source published them."""

from __future__ import annotations

import math
import sys


def published(value: object, decimals: object = None) -> str:
    """A value with the decimals its source printed (full precision where unknown); '' for missing."""
    if _missing(value):
        return ""
    number = float(value)  # type: ignore[arg-type]
    if _missing(decimals):
        return f"{number:,.2f}" if abs(number) < 1000 else f"{number:,.0f}"
    return f"{number:,.{int(decimals)}f}"  # type: ignore[call-overload]


def _missing(value: object) -> bool:
    # pandas' NA can only exist once pandas is imported; checking sys.modules keeps this module free of it.
    pandas = sys.modules.get("pandas")
    return (
        value is None or (isinstance(value, float) and math.isnan(value)) or (pandas is not None and value is pandas.NA)
    )
