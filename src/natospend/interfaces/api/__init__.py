"""The HTTP API (FastAPI): `create_api()`. The app that also serves the dashboard is
natospend.interfaces.app.create_app()."""

from natospend.interfaces.api.app import create_api

__all__ = ["create_api"]
