"""What every dashboard page shares: the templates, the navigation, error pages and API addresses."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

import natospend
from natospend.errors import NatoSpendError
from natospend.formatting import published
from natospend.interfaces.dashboard.views import CAVEATS, GRADES
from natospend.reference import countries

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
    """Errors on dashboard pages: the API's message as a page, same status, with the close matches once, as links
    to the same address with the value corrected ('/country/Polnad' -> Poland); nothing where nothing is close."""
    heading = {404: "not found", 422: "cannot show that", 403: "refused"}.get(status, "error")
    items = body.get("errors") or []
    links = [link for item in items for link in _corrections(request, item)]
    if not items or (items[0].get("parameter") is None and status == 404):
        links = _pages_near(request.url.path)
    message = str(body["error"])
    if links or any(item.get("suggestions") == [] for item in items):
        # the page lists the matches as links (or has none to offer): the message need not list them again
        message = _HINTS.sub("", message)
    unknown_country = any(item.get("parameter") == "country" and not item.get("suggestions") for item in items)
    return render(
        request,
        "error.html",
        f"Error {status}",
        status,
        code=status,
        heading=heading,
        error=message,
        errors=items,
        suggestions=links,
        allies=[(c.code, c.name) for c in countries.allies() if c.has_armed_forces] if unknown_country else [],
    )


#: The "; did you mean ...?" or "; valid values: ..." tail of a core error message.
_HINTS = re.compile(r"; (?:did you mean .*?\?|valid values: [^()]*?)(?= \(|$)")


def _corrections(request: Request, item: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, address) per suggestion: the request's address with the unknown value replaced by it, in the path
    segment or the query parameter (or item of a comma list) that held it."""
    value, suggestions = str(item.get("value", "")), [str(s) for s in item.get("suggestions") or []]
    if not value or not suggestions:
        return []
    links = []
    for suggestion in suggestions:
        label, replacement = suggestion, suggestion
        if item.get("parameter") == "country":
            try:
                replacement = countries.resolve(suggestion)
                label = countries.by_code()[replacement].name
            except NatoSpendError:
                pass
        segments = request.url.path.split("/")
        if value in segments:
            path = "/".join(quote(replacement) if seg == value else seg for seg in segments)
            links.append((label, path + (f"?{request.url.query}" if request.url.query else "")))
            continue
        query = [
            (k, ",".join(replacement if part == value else part for part in v.split(",")))
            for k, v in request.query_params.multi_items()
        ]
        if query != list(request.query_params.multi_items()):
            links.append((label, f"{request.url.path}?{urlencode(query, safe=',')}"))
    return list(dict.fromkeys(links))


def _pages_near(path: str) -> list[tuple[str, str]]:
    """Pages whose address is close to a mistyped one ('/burdn' -> Burden sharing)."""
    first = "/" + path.strip("/").split("/", 1)[0]
    pages = {href: label for href, label in NAV if href != "/"} | {"/country": "Country pages (pick one)"}
    near = difflib.get_close_matches(first.lower(), list(pages), n=2, cutoff=0.7)
    return [(pages[href], "/" if href == "/country" else href) for href in near]


def api_url(endpoint: str, /, **params: Any) -> str:
    """The API address of a table, for its download links."""
    clean = {k: v for k, v in params.items() if v is not None and v != ""}
    return f"/api/v1/{endpoint}" + (f"?{urlencode(clean, doseq=True)}" if clean else "")
