"""Query parameters shared by the endpoints, with their documentation and bounds."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Query, Request

from natospend.interfaces.api.schemas import Format
from natospend.interfaces.api.tables import Tables

Year = Annotated[int | None, Query(ge=1949, le=2100, description="Data year (NATO convention), e.g. 2024.")]
YearFrom = Annotated[int | None, Query(ge=1949, le=2100, description="First data year of a range.")]
YearTo = Annotated[int | None, Query(ge=1949, le=2100, description="Last data year of a range.")]
Release = Annotated[
    str | None, Query(max_length=64, description="One release id, e.g. nato-2024-06 (see /api/v1/releases).")
]
AsOf = Annotated[
    date | None, Query(description="What had been published on this date (YYYY-MM-DD); not with `release`.")
]
FormatParam = Annotated[
    Format | None, Query(alias="format", description="Download as csv, json, xlsx or parquet; default: JSON envelope.")
]
Countries = Annotated[
    list[str] | None,
    Query(max_length=64, description="Ally or aggregate by code or any name (POL, Poland, Britain, NATO); repeatable."),
]
Indicators = Annotated[
    list[str] | None, Query(max_length=64, description="Indicator code(s), e.g. share_gdp (see /api/v1/indicators).")
]
Sources = Annotated[list[str] | None, Query(max_length=32, description="nato, sipri, imf, worldbank or iiss.")]
Limit = Annotated[int, Query(ge=1, le=500_000, description="At most this many rows.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many rows.")]


def get_tables(request: Request) -> Tables:
    tables: Tables = request.app.state.tables
    return tables


TablesDep = Annotated[Tables, Depends(get_tables)]
