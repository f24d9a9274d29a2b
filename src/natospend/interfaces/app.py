"""The web application: the HTTP API under /api/v1 and the dashboard, served from one process.

`create_app()` is what `natospend serve` runs (uvicorn) and what the tests drive (FastAPI's TestClient). It composes
natospend.interfaces.api (which never imports the dashboard) with natospend.interfaces.dashboard (which renders the
same service answers as HTML). Nothing is fetched from outside: templates, CSS, JavaScript and Plotly's own bundle
are served from the package, and /docs is a page of ours built from the OpenAPI schema (Swagger UI would load from
a CDN).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from natospend.interfaces.api.app import create_api
from natospend.interfaces.api.sql import Limits
from natospend.store.dataset import Dataset

STATIC = Path(__file__).resolve().parent / "dashboard" / "static"


def create_app(ds: Dataset | None = None, sql_limits: Limits | None = None, warm: bool = False) -> FastAPI:
    """The API and dashboard over `ds` (default: the embedded dataset).

    `warm`: compute the overview's tables in a background thread at start-up, so the first visitor waits less.
    """
    from natospend.interfaces.dashboard import explore, pages, tools
    from natospend.interfaces.dashboard.render import html_error

    app = create_api(ds, sql_limits, warm, html=html_error)
    app.include_router(pages.router)
    app.include_router(explore.router)
    app.include_router(tools.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
