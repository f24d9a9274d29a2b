"""The web application: the versioned HTTP API under /api/v1 and the dashboard, served from one process.

`create_app()` is what `natospend serve` runs (uvicorn) and what the tests drive (FastAPI's TestClient).
Nothing is fetched from outside: templates, CSS, JavaScript and Plotly's own bundle are served from the package,
and /docs is a page of ours built from the OpenAPI schema (Swagger UI would load from a CDN).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles

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
from natospend.interfaces.api.tables import Tables
from natospend.store.dataset import Dataset

API_PREFIX = "/api/v1"
STATIC = Path(__file__).resolve().parents[1] / "dashboard" / "static"

#: Every API response may be one of these errors; documented once for all endpoints.
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in ((404, "Unknown path value"), (422, "Invalid parameter"))
}


def create_app(ds: Dataset | None = None, sql_limits: Limits | None = None, warm: bool = False) -> FastAPI:
    """The API and dashboard over `ds` (default: the embedded dataset).

    `warm`: compute the overview's tables in a background thread at start-up, so the first visitor waits less.
    """
    from natospend.interfaces.dashboard import pages, tools
    from natospend.interfaces.dashboard.render import html_error

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
    )
    app.state.tables = tables
    app.state.sql = SqlEngine(tables.sql_tables, sql_limits)
    errors.install(app, html=html_error)

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
    app.include_router(pages.router)
    app.include_router(tools.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # Pages, CSS and JSON shrink several-fold for browsers that accept gzip; already-compressed files are left.
    already = ("text/event-stream", *(MEDIA_TYPES[f].split(";")[0] for f in (Format.xlsx, Format.parquet)))
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6, exclude_content_types=already)
    return app
