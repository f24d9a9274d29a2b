"""Strict query strings: a parameter a route does not declare is a 422 naming it, never silently ignored.

`/api/v1/status?years=2016` used to answer for the latest year with ok: true. One app-wide dependency reads the
query parameters each route declares (its own and its dependencies', by their public alias) and refuses the rest,
with the close valid names, on every route of the API and the dashboard.
"""

from __future__ import annotations

import difflib

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from natospend.interfaces.api.errors import ApiError

_declared: dict[int, frozenset[str]] = {}


def declared_query(route: APIRoute) -> frozenset[str]:
    """The query parameter names a route accepts (aliases as clients send them), computed once per route."""
    key = id(route)
    if key not in _declared:
        _declared[key] = frozenset(_query_names(route.dependant))
    return _declared[key]


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown_query(request: Request) -> None:
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    valid = declared_query(route)
    unknown = [name for name in dict.fromkeys(request.query_params.keys()) if name not in valid]
    if not unknown:
        return
    name = unknown[0]
    close = difflib.get_close_matches(name, sorted(valid), n=3, cutoff=0.6)
    if not valid:
        message = f"unknown query parameter {name!r}: {request.url.path} takes no query parameters"
    else:
        hint = f"did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
        message = f"unknown query parameter {name!r}: {hint}valid: {', '.join(sorted(valid))}"
    if len(unknown) > 1:
        message += f" (also unknown: {', '.join(unknown[1:])})"
    value = request.query_params[name]
    raise ApiError(422, message, parameter=name, value=value, suggestions=close, valid=sorted(valid))
