"""The claim checker: statements about defence spending in a text, each with a verdict and its evidence."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, records_response, table_response
from natospend.interfaces.api.params import AsOf, FormatParam, TablesDep
from natospend.interfaces.api.schemas import ClaimRequest, Table
from natospend.interfaces.api.tables import Tables
from natospend.service.claims import NOTE, flat

router = APIRouter(prefix="/claims", tags=["claims"])


def _answer(tables: Tables, text: str, as_of: date | None, fmt: Any) -> Response:
    results = tables.check_claims(text, as_of)
    releases = {e["release_id"] for r in results for e in r["evidence"] if e.get("release_id")}
    meta = tables.meta(f"{len(results)} claims checked", releases, as_of, {"as_of": as_of}, [NOTE])
    if fmt is None:  # nested: each claim with its fields and evidence list
        return records_response(results, meta)
    return table_response(flat(results), meta, fmt, "claims")


@router.post(
    "",
    summary="Check the claims in a text (JSON body)",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def check_post(tables: TablesDep, body: ClaimRequest, fmt: FormatParam = None) -> Response:
    """Check a sentence or a whole article (plain text or HTML) as of its publication date."""
    return _answer(tables, body.text, body.as_of, fmt)


@router.get(
    "",
    summary="Check the claims in a short text (in the address)",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def check_get(
    tables: TablesDep,
    text: Annotated[str, Query(max_length=5000, description="A sentence or short text.")],
    as_of: AsOf = None,
    fmt: FormatParam = None,
) -> Response:
    """Check a short text given in the address (use POST for articles)."""
    return _answer(tables, text, as_of, fmt)
