"""Figures as their source printed them: the project's one rounding rule and its one comparison rule.

A published figure is compared, shown and ranked at the decimals its release printed, rounded half away from zero
on the decimal digits (as a spreadsheet prints 1.95 with one decimal: 2.0), never with Python's `round()` (half to
even on the binary float: 1.9). Where the decimals are unknown the full value is used. See docs/data.md.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pandas as pd

#: Slack for comparing floats that are already at printed precision (2.0 - 1e-16 still meets 2).
EPSILON = 1e-9


def _missing(x: Any) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def at_printed(value: Any, decimals: Any) -> float | None:
    """The value as its source printed it (half away from zero, like a spreadsheet); None when missing."""
    if _missing(value):
        return None
    if _missing(decimals):
        return float(value)
    step = Decimal(1).scaleb(-int(decimals))
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def meets(value: Any, threshold: float, decimals: Any, strict: bool = False) -> bool | None:
    """Does the figure, at printed precision, reach `threshold` (`strict`: exceed it)? None when missing."""
    shown = at_printed(value, decimals)
    if shown is None:
        return None
    return shown > threshold + EPSILON if strict else shown >= threshold - EPSILON


def printed_change(old: Any, old_decimals: Any, new: Any, new_decimals: Any) -> float | None:
    """The change between two printed figures (1.85 -> 1.88 is +0.03 whatever the unrounded cells hold), at the
    finer of the two precisions; None where either is missing."""
    a, b = at_printed(old, old_decimals), at_printed(new, new_decimals)
    if a is None or b is None:
        return None
    places = [int(d) for d in (old_decimals, new_decimals) if d is not None and d is not pd.NA and not pd.isna(d)]
    return round(b - a, max(places)) if places else b - a


def published(value: object, decimals: object = None) -> str:
    """A value with the decimals its source printed (full precision where unknown); '' for missing."""
    if _missing(value):
        return ""
    if _missing(decimals):
        number = float(value)  # type: ignore[arg-type]
        return f"{number:,.2f}" if abs(number) < 1000 else f"{number:,.0f}"
    shown = at_printed(value, decimals)
    return f"{shown:,.{int(decimals)}f}"  # type: ignore[call-overload]
