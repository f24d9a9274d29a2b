"""Sources side by side: every NATO release and every other source's editions, the spread, and why they differ."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, answer_response, table_response
from natospend.interfaces.api.params import FormatParam, TablesDep, Year
from natospend.interfaces.api.schemas import Table

router = APIRouter(prefix="/compare", tags=["sources"])


@router.get("", summary="Sources side by side", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES)
def compare_sources(
    tables: TablesDep,
    country: Annotated[str, Query(max_length=64, description="Ally or aggregate, any spelling.")],
    year: Year = None,
    indicator: Annotated[str, Query(max_length=64, description="Indicator code.")] = "share_gdp",
    fmt: FormatParam = None,
) -> Response:
    """One row per figure from every release of every source, with the spread between sources for each year and
    the difference from the newest NATO figure. With `year`, `meta.notes` explains the differences."""
    return answer_response(tables.compare(country, year, indicator), fmt, f"compare-{indicator}")


@router.get(
    "/definitions", summary="Definitions matrix", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES
)
def definitions(tables: TablesDep, fmt: FormatParam = None) -> Response:
    """How NATO, SIPRI, IISS, the World Bank, Eurostat COFOG and national budgets define defence spending."""
    frame = tables.definitions()
    return table_response(frame, tables.meta("Definitions matrix"), fmt, "definitions")
