"""Burden sharing: shares of alliance spending and GDP, the fair-share gap, and the 'equalise' scenarios."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, answer_response
from natospend.interfaces.api.params import FormatParam, Release, TablesDep, Year
from natospend.interfaces.api.schemas import Table

router = APIRouter(prefix="/burden", tags=["paths and burden"])


@router.get("", summary="Burden sharing", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES)
def burden_table(tables: TablesDep, year: Year = None, release: Release = None, fmt: FormatParam = None) -> Response:
    """Each ally's share of alliance defence spending beside its share of alliance GDP, and the fair-share gap."""
    answer = tables.burden(year, release)
    return answer_response(answer, fmt, f"burden-{answer.assumptions.get('year')}")


@router.get("/equalise", summary="Equalise scenarios", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES)
def equalise(
    tables: TablesDep,
    scenario: Annotated[
        str, Query(max_length=32, description="us-share, us-total, or a share of GDP for every ally (2, 3.5, 5).")
    ] = "us-share",
    year: Year = None,
    release: Release = None,
    fmt: FormatParam = None,
) -> Response:
    """What 'equalising' would cost per ally and in total, at the same year's GDP."""
    answer = tables.equalise(scenario, year, release)
    info = answer.assumptions
    return answer_response(answer, fmt, f"equalise-{info.get('scenario')}-{info.get('year')}")


@router.get(
    "/us",
    summary="The US share of GDP: seed release vs newest",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def us_contribution(tables: TablesDep, fmt: FormatParam = None) -> Response:
    """The US share of GDP as in the June 2024 release (the seed article's) beside the newest release."""
    return answer_response(tables.us_contribution(), fmt, "us-contribution")
