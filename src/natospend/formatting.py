"""Showing figures as their source published them."""

from __future__ import annotations

import math

import pandas as pd


def published(value: object, decimals: object = None) -> str:
    """A value with the decimals its source printed (full precision where unknown); '' for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    number = float(value)  # type: ignore[arg-type]
    if decimals is None or decimals is pd.NA or (isinstance(decimals, float) and math.isnan(decimals)):
        return f"{number:,.2f}" if abs(number) < 1000 else f"{number:,.0f}"
    return f"{number:,.{int(decimals)}f}"  # type: ignore[call-overload]


def money(value_m: object, currency: str = "USD") -> str:
    """An amount in millions as people write it: "$1.03tn", "EUR 124.7bn", "PLN 950m"; '' for missing.

    Never more digits than a figure in millions holds: trillions to 2 decimals, billions to 1, millions to none.
    """
    if value_m is None or value_m is pd.NA or (isinstance(value_m, float) and math.isnan(value_m)):
        return ""
    number = float(value_m)  # type: ignore[arg-type]
    size = abs(number)
    if size >= 1_000_000:
        text = f"{number / 1_000_000:,.2f}tn"
    elif size >= 1_000:
        text = f"{number / 1_000:,.1f}bn"
    else:
        text = f"{number:,.0f}m"
    return f"${text}" if currency == "USD" else f"{currency} {text}"
