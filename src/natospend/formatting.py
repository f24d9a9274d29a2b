"""Figures as their source printed them: the project's one rounding rule and its one comparison rule.

A published figure is compared, shown and ranked at the decimals its release printed, rounded half away from zero
on the decimal digits (as a spreadsheet prints 1.95 with one decimal: 2.0), never with Python's `round()` (half to
even on the binary float: 1.9). Where the decimals are unknown the full value is used. See docs/data.md.
"""

from __future__ import annotations

import math
import sys
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

#: Slack for comparing floats that are already at printed precision (2.0 - 1e-16 still meets 2).
EPSILON = 1e-9


def is_missing(x: Any) -> bool:
    # pandas' NA can only exist once pandas is imported; checking sys.modules keeps this module (and `show`) light.
    pandas = sys.modules.get("pandas")
    return x is None or (pandas is not None and x is pandas.NA) or (isinstance(x, float) and math.isnan(x))


def at_printed(value: Any, decimals: Any) -> float | None:
    """The value as its source printed it (half away from zero, like a spreadsheet); None when missing."""
    if is_missing(value):
        return None
    if is_missing(decimals):
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
    places = [int(d) for d in (old_decimals, new_decimals) if not is_missing(d)]
    return round(b - a, max(places)) if places else b - a


def published(value: object, decimals: object = None) -> str:
    """A value with the decimals its source printed (full precision where unknown); '' for missing."""
    if is_missing(value):
        return ""
    if is_missing(decimals):
        number = float(value)  # type: ignore[arg-type]
        return f"{number:,.2f}" if abs(number) < 1000 else f"{number:,.0f}"
    shown = at_printed(value, decimals)
    return f"{shown:,.{int(decimals)}f}"  # type: ignore[call-overload]


#: How money is written for people: a symbol where one is unambiguous in this project, else the ISO code.
SYMBOLS = {"USD": "$"}


def _prefix(currency: str | None) -> str:
    if not currency:
        return ""
    symbol = SYMBOLS.get(currency)
    return symbol if symbol else f"{currency} "


def _scale(billions: float) -> tuple[float, str, int]:
    """Divisor (from billions), suffix and decimals for an amount of this size: tn from 1,000bn, bn below."""
    size = abs(billions)
    if size >= 1000:
        return 1000.0, "tn", 2
    return 1.0, "bn", 1 if size >= 1 else 2


def money(value_m: object, currency: str | None = "USD") -> str:
    """An amount given in millions, for people: 'EUR 124.7bn', '$1.03tn', '-$2.9bn', 'PLN 450m'; '' if missing.

    Exactly zero is '0' with its currency ('$0'), so "no extra" reads as such rather than as a rounded figure."""
    if is_missing(value_m):
        return ""
    billions = float(value_m) / 1000  # type: ignore[arg-type]
    if billions == 0:
        return f"{_prefix(currency)}0"
    sign = "-" if billions < 0 else ""
    if abs(billions) < 1:  # below a billion, whole millions read better than '0.95bn'
        return f"{sign}{_prefix(currency)}{abs(billions) * 1000:,.0f}m"
    divisor, suffix, decimals = _scale(billions)
    return f"{sign}{_prefix(currency)}{abs(billions) / divisor:,.{decimals}f}{suffix}"


def money_range(low_m: object, high_m: object, currency: str | None) -> str:
    """A band on one scale: 'EUR 189.4-232.6bn', '$0.98-1.80tn'; '' if either end is missing."""
    if not money(low_m, currency) or not money(high_m, currency):
        return ""
    low, high = float(low_m) / 1000, float(high_m) / 1000  # type: ignore[arg-type]
    divisor, suffix, decimals = _scale(max(abs(low), abs(high)))
    between = " to " if low < 0 else "-"  # '-$2.1 to -$1.4bn' reads better than '$-2.1--1.4bn'
    if low < 0:
        return f"{money(low_m, currency)}{between}{money(high_m, currency)}"
    return f"{_prefix(currency)}{low / divisor:,.{decimals}f}{between}{high / divisor:,.{decimals}f}{suffix}"
