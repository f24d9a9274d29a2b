"""What every dashboard page shares: the templates, the navigation, error pages and API addresses."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

import natospend
from natospend.formatting import published
from natospend.interfaces.dashboard.views import CAVEATS, GRADES

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals["version"] = natospend.__version__
templates.env.filters["pub"] = published
templates.env.globals["grades"] = GRADES
templates.env.globals["caveats"] = CAVEATS

#: Pages in the main navigation, in order.
NAV: list[tuple[str, str]] = [
    ("/", "Overview"),
    ("/explore", "Explorer"),
    ("/burden", "Burden sharing"),
    ("/scenario", "Scenario builder"),
    ("/claims", "Claim checker"),
    ("/changes", "What changed"),
    ("/sources", "Sources"),
    ("/sql", "SQL"),
    ("/docs", "API"),
]

STATUS_TEXT = {
    "met": "met",
    "not_met": "not met",
    "not_yet_due": "not yet due",
    "not_applicable": "not applicable",
    "core_short": "core below 5%",
    "no_data": "no data",
    "exempt": "exempt",
    "flexibility": "flexibility",
    "not_member": "not a member",
}


def render(request: Request, name: str, title: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from its template; Plotly's bundle is loaded only on pages that have charts."""
    has_charts = bool(context.get("charts")) or any(b.get("charts") for b in context.get("blocks", []))
    active = context.pop("active", request.url.path)
    context.pop("charts_needed", None)
    return templates.TemplateResponse(
        request,
        name,
        {"title": title, "nav": NAV, "active": active, "needs_plotly": has_charts, **context},
        status_code=status,
    )


def html_error(request: Request, status: int, body: dict[str, Any]) -> Response:
    """Errors on dashboard pages: the API's message as a page, same status."""
    heading = {404: "not found", 422: "cannot show that", 403: "refused"}.get(status, "error")
    return render(
        request,
        "error.html",
        f"Error {status}",
        status,
        code=status,
        heading=heading,
        error=body["error"],
        errors=body["errors"],
    )


def api_url(endpoint: str, /, **params: Any) -> str:
    """The API address of a table, for its download links."""
    clean = {k: v for k, v in params.items() if v is not None and v != ""}
    return f"/api/v1/{endpoint}" + (f"?{urlencode(clean, doseq=True)}" if clean else "")
