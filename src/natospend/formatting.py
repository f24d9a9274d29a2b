"""Showing figures as their source published them."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pandas as pd


def at_published_precision(value: Any, decimals: Any) -> float | None:
    """The value as its source printed it (half away from zero, like a spreadsheet); None when missing."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if decimals is None or decimals is pd.NA or (isinstance(decimals, float) and math.isnan(decimals)):
        return float(value)
    step = Decimal(1).scaleb(-int(decimals))
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def printed_change(old: Any, old_decimals: Any, new: Any, new_decimals: Any) -> float | None:
    """The change between two printed figures (1.85 -> 1.88 is +0.03 whatever the unrounded cells hold), at the
    finer of the two precisions; None where either is missing."""
    a, b = at_published_precision(old, old_decimals), at_published_precision(new, new_decimals)
    if a is None or b is None:
        return None
    places = [int(d) for d in (old_decimals, new_decimals) if d is not None and d is not pd.NA and not pd.isna(d)]
    return round(b - a, max(places)) if places else b - a


def published(value: object, decimals: object = None) -> str:
    """A value with the decimals its source printed (full precision where unknown); '' for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    number = float(value)  # type: ignore[arg-type]
    if decimals is None or decimals is pd.NA or (isinstance(decimals, float) and math.isnan(decimals)):
        return f"{number:,.2f}" if abs(number) < 1000 else f"{number:,.0f}"
    return f"{number:,.{int(decimals)}f}"  # type: ignore[call-overload]
