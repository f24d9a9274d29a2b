"""The HTTP API: the versioned endpoints under /api/v1 (`create_api()`), without the dashboard.

natospend.interfaces.app.create_app() adds the dashboard to it; that is what `natospend serve` runs (uvicorn) and
what the tests drive (FastAPI's TestClient). The API never imports the dashboard.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.gzip import GZipMiddleware

import natospend
from natospend.interfaces.api import errors
from natospend.interfaces.api.downloads import MEDIA_TYPES
from natospend.interfaces.api.routes import (
    burden,
    changes,
    claims,
    compare,
    countries,
    indicators,
    observations,
    paths,
    pledges,
    releases,
    sql,
    status,
)
from natospend.interfaces.api.schemas import ErrorBody, Format, Health
from natospend.interfaces.api.sql import Limits, SqlEngine
from natospend.interfaces.api.strict import reject_unknown_query
from natospend.interfaces.api.tables import Tables
from natospend.store.dataset import Dataset

API_PREFIX = "/api/v1"

#: Every API response may be one of these errors; documented once for all endpoints.
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in ((404, "Unknown path value"), (422, "Invalid parameter"))
}


def create_api(
    ds: Dataset | None = None,
    sql_limits: Limits | None = None,
    warm: bool = False,
    html: errors.HtmlRenderer | None = None,
) -> FastAPI:
    """The API over `ds` (default: the embedded dataset); `html` renders errors for pages that are not under /api.

    `warm`: compute the overview's tables in a background thread at start-up, so the first visitor waits less.
    """
    tables = Tables(ds or natospend.load())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=tables.warm, name="natospend-warm", daemon=True).start()
        yield

    app = FastAPI(
        title="natospend",
        version=natospend.__version__,
        summary="NATO defence spending with a source for every number.",
        description=(
            "Every figure carries its source, release and cell of origin. Tables come as a JSON envelope "
            "({ok, meta, count, total, columns, data}) or, with ?format=csv|json|xlsx|parquet, as a file. "
            "Errors: {ok: false, error, errors, status}."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
        dependencies=[Depends(reject_unknown_query)],  # an unknown query parameter is a 422, on every route
    )
    app.state.tables = tables
    app.state.sql = SqlEngine(tables.sql_tables, sql_limits)
    errors.install(app, html=html)

    api = APIRouter(prefix=API_PREFIX, responses=ERROR_RESPONSES)

    @api.get("/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        """A trivial endpoint: the server is up (also the baseline of the benchmark)."""
        return Health(version=natospend.__version__)

    routers = (
        countries,
        releases,
        indicators,
        observations,
        status,
        pledges,
        paths,
        burden,
        compare,
        claims,
        changes,
        sql,
    )
    for module in routers:
        api.include_router(module.router)
    app.include_router(api)
    # Pages, CSS and JSON shrink several-fold for browsers that accept gzip; already-compressed files are left.
    already = ("text/event-stream", *(MEDIA_TYPES[f].split(";")[0] for f in (Format.xlsx, Format.parquet)))
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6, exclude_content_types=already)
    return app
