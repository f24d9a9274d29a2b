"""Observations with their provenance, filtered by country, indicator, years, source, release or as-of date."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, answer_response, page, table_response
from natospend.interfaces.api.errors import ApiError
from natospend.interfaces.api.params import (
    AsOf,
    Countries,
    FormatParam,
    Indicators,
    Limit,
    Offset,
    Release,
    Sources,
    TablesDep,
    Year,
    YearFrom,
    YearTo,
)
from natospend.interfaces.api.schemas import ObservationRow, RevisionRow, Table

router = APIRouter(prefix="/observations", tags=["data"])


def _years(year: int | None, year_from: int | None, year_to: int | None) -> range | None:
    if year is not None and (year_from is not None or year_to is not None):
        raise ApiError(422, "year: give either year or year_from/year_to, not both", "year")
    if year is not None:
        return range(year, year + 1)
    if year_from is None and year_to is None:
        return None
    first, last = year_from or 1949, year_to or 2100
    if first > last:
        raise ApiError(422, f"year_from: {first} is after year_to {last}", "year_from")
    return range(first, last + 1)


@router.get("", response_model=Table[ObservationRow], responses=TABLE_RESPONSES)
def list_observations(
    tables: TablesDep,
    country: Countries = None,
    indicator: Indicators = None,
    year: Year = None,
    year_from: YearFrom = None,
    year_to: YearTo = None,
    source: Sources = None,
    release: Release = None,
    as_of: AsOf = None,
    include_missing: Annotated[bool, Query(description="Keep cells the source left empty.")] = True,
    limit: Limit = 10_000,
    offset: Offset = 0,
    fmt: FormatParam = None,
) -> Response:
    """Published figures, newest release holding each by default; `release` or `as_of` pick a vintage."""
    years = _years(year, year_from, year_to)
    frame = tables.observations(country, indicator, years, source, release, as_of, include_missing)
    shown, total = page(frame, limit, offset)
    query = {
        "country": country,
        "indicator": indicator,
        "year": year,
        "year_from": year_from,
        "year_to": year_to,
        "source": source,
        "release": release,
        "as_of": as_of,
        "limit": limit,
        "offset": offset,
    }
    meta = tables.meta("Observations", frame["release_id"].unique(), as_of, query)
    return table_response(shown, meta, fmt, "observations", total)


@router.get("/revisions", response_model=Table[RevisionRow], responses=TABLE_RESPONSES)
def list_revisions(
    tables: TablesDep,
    country: Annotated[str, Query(max_length=64, description="Ally or aggregate, any spelling.")],
    indicator: Annotated[str, Query(max_length=64)] = "share_gdp",
    year: Year = None,
    source: Annotated[str, Query(max_length=32)] = "nato",
    fmt: FormatParam = None,
) -> Response:
    """How a figure moved from release to release (oldest first), with the change from the previous release."""
    return answer_response(tables.revisions(country, indicator, year, source), fmt, "revisions")


@router.get("/vintages", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES)
def list_vintages(
    tables: TablesDep,
    country: Annotated[str, Query(max_length=64, description="Ally or aggregate, any spelling.")],
    indicator: Annotated[str, Query(max_length=64)] = "share_gdp",
    fmt: FormatParam = None,
) -> Response:
    """One ally's figures side by side: every complete NATO release and the newest edition of every other source."""
    return answer_response(tables.vintages(country, indicator), fmt, f"vintages-{indicator}")
