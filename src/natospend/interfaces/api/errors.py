"""One error shape for every endpoint: {"ok": false, "error": ..., "errors": [...], "status": N}.

natospend's own errors become 4xx naming the parameter; FastAPI's validation errors become 422 in the same shape;
unknown routes 404. Anything else is a bug: 500 with a request id (also logged, with the traceback), never a
verdict. Dashboard pages (paths outside /api) get the same message as an HTML page.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from natospend.errors import InvalidArgumentError, NatoSpendError, UnknownValueError

log = logging.getLogger("natospend.interfaces.api")

#: Renders an error as an HTML page for dashboard paths: (request, status, body) -> Response.
HtmlRenderer = Callable[[Request, int, dict[str, Any]], Response]


class ApiError(Exception):
    """An error an endpoint raises on purpose, with the HTTP status and the parameter at fault."""

    def __init__(self, status: int, message: str, parameter: str | None = None, **detail: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.items = [{"parameter": parameter, "message": message, **detail}]


def body(status: int, message: str, items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {"ok": False, "error": message, "errors": list(items), "status": status}


def from_natospend(exc: NatoSpendError, path_params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """Status and body for a core error: an unknown value in the URL path is 404, anywhere else 422."""
    if isinstance(exc, UnknownValueError):
        in_path = str(exc.value) in {str(v) for v in path_params.values()}
        status = 404 if in_path else 422
        item = {"parameter": exc.kind, "message": str(exc), "value": str(exc.value), "suggestions": exc.suggestions}
        return status, body(status, str(exc), [item])
    if isinstance(exc, InvalidArgumentError):
        return 422, body(422, str(exc), [{"parameter": exc.name, "message": str(exc)}])
    return 422, body(422, str(exc), [{"parameter": None, "message": str(exc)}])


def from_validation(exc: RequestValidationError) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        where = loc[0] if loc else ""
        name = ".".join(loc[1:]) if len(loc) > 1 else where
        msg = str(err.get("msg", "invalid"))
        if err.get("type") == "json_invalid":  # loc is ("body", character offset): name the body, not "0"
            name, msg = "body", f"not valid JSON ({err.get('ctx', {}).get('error', 'decode error')})"
        elif where == "body" and len(loc) == 1 and err.get("type") in {"model_attributes_type", "dict_type"}:
            msg = 'expected a JSON object, e.g. {"text": "..."}'
        items.append({"parameter": name or None, "in": where, "message": f"{name}: {msg}"})
    message = "; ".join(str(i["message"]) for i in items) or "invalid request"
    return body(422, message, items)


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path in {"/openapi.json", "/docs"}


def install(app: FastAPI, html: HtmlRenderer | None = None) -> None:
    """Register the handlers; `html` renders errors on dashboard pages."""

    def respond(request: Request, status: int, payload: dict[str, Any]) -> Response:
        if html is not None and not _is_api(request):
            return html(request, status, payload)
        return JSONResponse(payload, status_code=status)

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return respond(request, exc.status, body(exc.status, exc.message, exc.items))

    async def core_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, NatoSpendError)
        status, payload = from_natospend(exc, dict(request.path_params))
        return respond(request, status, payload)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, from_validation(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 404 and exc.detail == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        else:
            message = str(exc.detail)
        response = respond(
            request, exc.status_code, body(exc.status_code, message, [{"parameter": None, "message": message}])
        )
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    async def unexpected(request: Request, exc: Exception) -> Response:
        # A bug, never an answer: logged with its traceback under a request id; the reply names the id and what
        # failed (the exception type) without internals, so a report can be matched with the log.
        request_id = uuid.uuid4().hex[:12]
        where = f"{request.method} {request.url.path}"
        log.error("internal error %s on %s: %s: %s", request_id, where, type(exc).__name__, exc, exc_info=exc)
        message = (
            f"internal error {request_id} on {where} ({type(exc).__name__}): this is a bug in natospend, not an "
            "answer; please report it with this id"
        )
        item = {"parameter": None, "message": message, "request_id": request_id, "exception": type(exc).__name__}
        response = respond(request, 500, {**body(500, message, [item]), "request_id": request_id})
        response.headers["X-Request-ID"] = request_id
        return response

    handlers: dict[type[Exception], Callable[[Request, Exception], Awaitable[Response]]] = {
        ApiError: api_error,
        NatoSpendError: core_error,
        RequestValidationError: validation_error,
        StarletteHTTPException: http_error,
        Exception: unexpected,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
