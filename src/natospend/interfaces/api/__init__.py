"""The HTTP API (FastAPI) and the app that also serves the dashboard: `create_app()`."""

from natospend.interfaces.api.app import create_app

__all__ = ["create_app"]
