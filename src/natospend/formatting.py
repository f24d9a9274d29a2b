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
