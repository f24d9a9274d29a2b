"""The indicator vocabulary: code, name, unit, definition and which sources publish it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, table_response
from natospend.interfaces.api.params import FormatParam, TablesDep
from natospend.interfaces.api.schemas import IndicatorRow, Table
from natospend.reference import indicators

router = APIRouter(prefix="/indicators", tags=["reference"])


@router.get("", response_model=Table[IndicatorRow], responses=TABLE_RESPONSES)
def list_indicators(tables: TablesDep, fmt: FormatParam = None) -> Response:
    """Every indicator."""
    return table_response(tables.indicators(), tables.meta("Indicators"), fmt, "indicators")


@router.get("/{code}", response_model=Table[IndicatorRow], responses=TABLE_RESPONSES)
def get_indicator(
    code: Annotated[str, Path(max_length=64, description="e.g. share_gdp")], tables: TablesDep, fmt: FormatParam = None
) -> Response:
    """One indicator."""
    indicators.get(code)  # unknown code: 404 with close matches
    frame = tables.indicators()
    frame = frame[frame["code"] == code].reset_index(drop=True)
    return table_response(frame, tables.meta(f"Indicator {code}"), fmt, f"indicator-{code}")
