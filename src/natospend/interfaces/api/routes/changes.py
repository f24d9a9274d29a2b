"""What a new release changed: the diff of two releases, and saved claims judged again."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, table_response
from natospend.interfaces.api.params import FormatParam, TablesDep
from natospend.interfaces.api.schemas import ChangesBody, RecheckRequest

router = APIRouter(tags=["releases"])

ReleaseId = Annotated[
    str | None, Query(max_length=64, description="A release id, e.g. nato-2024-06 (see /api/v1/releases).")
]


@router.get("/diff", summary="What changed between two releases", response_model=ChangesBody, responses=TABLE_RESPONSES)
def diff(tables: TablesDep, a: ReleaseId = None, b: ReleaseId = None, fmt: FormatParam = None) -> Response:
    """Revised figures (on printed values, largest first per indicator, with the cell on each side), allies
    crossing 2%, 3.5% and 20% on equipment, rank changes, coverage, and declared definitions and price bases.

    Default: the two newest complete NATO releases; one release: against the newest other complete release of its
    publisher. Releases of different publishers are refused. With `format`, the revised figures as a file."""
    d = tables.diff(a, b)
    ids = [d.a.release_id, d.b.release_id]
    notes = ["figures compared at the precision each release printed (the coarser of the two)"]
    meta = tables.meta(f"What changed from {ids[0]} to {ids[1]}", ids, None, {"a": a, "b": b}, notes)
    if fmt is not None:
        return table_response(d.revisions_frame(), meta, fmt, f"diff-{ids[0]}-{ids[1]}")
    body = ChangesBody(meta=meta, changed=d.changed, result=d.to_dict())
    return JSONResponse(body.model_dump(mode="json"))


@router.post("/recheck", summary="Saved claims judged again", response_model=ChangesBody)
def recheck(tables: TablesDep, body: RecheckRequest) -> Response:
    """Every claim in `saved` (an earlier check's JSON, or ClaimReview JSON-LD) judged again against `release`, or
    what had been published by `as_of`, or everything: verdict and figure `before` and `after`, changed first."""
    report = tables.recheck(body.saved, body.release, body.as_of)
    query = {"release": body.release, "as_of": body.as_of}
    releases = {r.after.release_id for r in report.results if r.after.release_id}
    releases |= {r.before.release_id for r in report.results if r.before.release_id}
    meta = tables.meta(f"{len(report.results)} claims judged again", releases, body.as_of, query)
    out = ChangesBody(meta=meta, changed=report.changed, result=report.to_dict())
    return JSONResponse(out.model_dump(mode="json"))
