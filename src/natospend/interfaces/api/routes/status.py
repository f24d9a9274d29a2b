"""Who meets which pledge: the status screen, allies at or above a threshold, and how counts moved."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, answer_response, cached, table_response
from natospend.interfaces.api.params import AsOf, FormatParam, Release, TablesDep, Year
from natospend.interfaces.api.schemas import Table

router = APIRouter(prefix="/status", tags=["pledges"])

Threshold = Annotated[float, Query(gt=0, le=100, description="Share of GDP in percent, e.g. 2, 3.5 or 5.")]


@router.get(
    "",
    summary="Status of every ally against 2%, 3.5% and 5%",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def status(
    tables: TablesDep, year: Year = None, release: Release = None, as_of: AsOf = None, fmt: FormatParam = None
) -> Response:
    """Every ally on one row: share of GDP, equipment share, status against 2%, 3.5% core and 5%, national pledges.

    One release per answer: `release`, else the newest complete NATO release published by `as_of`, else the newest.
    """

    def make() -> Response:
        frame = tables.status(year, release, as_of)
        rid, shown = frame.attrs["release_id"], frame.attrs["year"]
        query = {"year": year, "release": release, "as_of": as_of}
        notes = [f"2% column: pledge {frame.attrs['two_pct_pledge']}", "values compared at the precision published"]
        meta = tables.meta(f"Status of every ally, {shown}", [rid], as_of, query, notes)
        return table_response(frame, meta, fmt, f"status-{shown}")

    # The most requested table: its answer is serialised once per release, year and format.
    return cached(tables.memo, ("status", year, release, as_of, fmt), make)


@router.get(
    "/at-or-above",
    summary="Allies at or above a share of GDP",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def at_or_above(
    tables: TablesDep,
    threshold: Threshold,
    year: Annotated[int, Query(ge=1949, le=2100, description="Data year.")],
    release: Release = None,
    as_of: AsOf = None,
    fmt: FormatParam = None,
) -> Response:
    """The allies (members that year, with armed forces) at or above a share of GDP, highest first."""
    frame = tables.at_or_above(threshold, year, release, as_of)
    rid = frame["release_id"].iloc[0] if len(frame) else (release or tables.latest_release("nato", as_of))
    query = {"threshold": threshold, "year": year, "release": release, "as_of": as_of}
    meta = tables.meta(f"Allies at or above {threshold:g}% of GDP in {year}: {len(frame)}", [rid], as_of, query)
    return table_response(frame, meta, fmt, f"at-or-above-{threshold:g}-{year}")


@router.get(
    "/count-history",
    summary="Count at or above a threshold, release by release",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def count_history(
    tables: TablesDep,
    threshold: Threshold,
    year: Annotated[int, Query(ge=1949, le=2100, description="Data year.")],
    fmt: FormatParam = None,
) -> Response:
    """How many allies were at or above the threshold in `year`, and which, release by release (oldest first)."""
    frame = tables.count_history(threshold, year)
    query = {"threshold": threshold, "year": year}
    meta = tables.meta(f"Allies at or above {threshold:g}% in {year}, by release", frame["release_id"], None, query)
    return table_response(frame, meta, fmt, f"count-history-{threshold:g}-{year}")


@router.get(
    "/counts",
    summary="Counts at or above 2%, 3.5%, 5%, year by year",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def counts(tables: TablesDep, release: Release = None, as_of: AsOf = None, fmt: FormatParam = None) -> Response:
    """Allies at or above 2%, 3.5% and 5% of GDP in every year of one release."""
    return answer_response(tables.counts_over_time(release, as_of), fmt, "counts")
