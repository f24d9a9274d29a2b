"""Allies and aggregates: codes, names and aliases, accession, currency, fiscal year."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, table_response
from natospend.interfaces.api.params import FormatParam, TablesDep
from natospend.interfaces.api.schemas import CountryRow, Table

router = APIRouter(prefix="/countries", tags=["reference"])


@router.get("", response_model=Table[CountryRow], responses=TABLE_RESPONSES)
def list_countries(tables: TablesDep, fmt: FormatParam = None) -> Response:
    """Every ally and aggregate, with the names and aliases natospend understands."""
    frame = tables.countries()
    return table_response(frame, tables.meta("Allies and aggregates"), fmt, "countries")


@router.get("/{country}", response_model=Table[CountryRow], responses=TABLE_RESPONSES)
def get_country(
    country: Annotated[str, Path(max_length=64, description="Code or any name: POL, Poland, Britain.")],
    tables: TablesDep,
    fmt: FormatParam = None,
) -> Response:
    """One ally or aggregate, found by code or any spelling."""
    frame = tables.country(country)
    return table_response(
        frame, tables.meta(f"Country {frame.iloc[0]['code']}"), fmt, f"country-{frame.iloc[0]['code']}"
    )
