"""The pledge register and the evaluation of one pledge: met / not met / not yet due / no data, with margins."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, answer_response
from natospend.interfaces.api.params import AsOf, FormatParam, Release, TablesDep, Year
from natospend.interfaces.api.schemas import Table

router = APIRouter(prefix="/pledges", tags=["pledges"])

PledgeId = Annotated[str, Path(max_length=80, description="e.g. hague-2025-core-3.5 (see /api/v1/pledges).")]
Country = Annotated[str | None, Query(max_length=64, description="Ally by code or any name.")]


@router.get("", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES)
def list_pledges(tables: TablesDep, country: Country = None, fmt: FormatParam = None) -> Response:
    """Every pledge in the register (only those binding `country` if given), with its sources and quoted wording."""
    return answer_response(tables.pledges(country), fmt, "pledges")


@router.get("/{pledge_id}", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES)
def get_pledge(pledge_id: PledgeId, tables: TablesDep, fmt: FormatParam = None) -> Response:
    """One pledge."""
    return answer_response(tables.pledge(pledge_id), fmt, f"pledge-{pledge_id}")


@router.get(
    "/{pledge_id}/evaluation",
    summary="Evaluate a pledge",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def evaluate(
    pledge_id: PledgeId,
    tables: TablesDep,
    country: Country = None,
    year: Year = None,
    release: Release = None,
    as_of: AsOf = None,
    fmt: FormatParam = None,
) -> Response:
    """One row per ally-year: value, status, margin in points, national currency and US dollars, on-track flags."""
    return answer_response(tables.evaluate(pledge_id, country, year, release, as_of), fmt, f"evaluation-{pledge_id}")
