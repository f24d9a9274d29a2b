"""Releases (vintages) of each source, oldest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, table_response
from natospend.interfaces.api.params import FormatParam, TablesDep
from natospend.interfaces.api.schemas import ReleaseRow, Table

router = APIRouter(prefix="/releases", tags=["reference"])


@router.get("", response_model=Table[ReleaseRow], responses=TABLE_RESPONSES)
def list_releases(
    tables: TablesDep,
    source: Annotated[str | None, Query(max_length=32, description="nato, sipri, imf, worldbank or iiss.")] = None,
    fmt: FormatParam = None,
) -> Response:
    """Every release in the dataset with its date, coverage and completeness."""
    frame = tables.releases(source)
    meta = tables.meta("Releases", frame["release_id"], query={"source": source})
    return table_response(frame, meta, fmt, "releases")


@router.get("/{release_id}", response_model=Table[ReleaseRow], responses=TABLE_RESPONSES)
def get_release(
    release_id: Annotated[str, Path(max_length=64, description="e.g. nato-2024-06")],
    tables: TablesDep,
    fmt: FormatParam = None,
) -> Response:
    """One release."""
    frame = tables.release(release_id)
    return table_response(frame, tables.meta(f"Release {release_id}", [release_id]), fmt, release_id)
