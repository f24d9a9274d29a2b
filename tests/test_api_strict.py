"""Strict query strings: on every route, an unknown query parameter is a 422 naming it and the close valid ones."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import APIRoute

from natospend.interfaces.api.strict import declared_query
from natospend.interfaces.app import create_app
from natospend.interfaces.dashboard import explore, pages, tools

APP = create_app()
#: A valid value for each path parameter, so every route is reached.
PATH_VALUES = {
    "code": "POL",
    "country": "POL",
    "pledge_id": "hague-2025-core-3.5",
    "release_id": "nato-2024-06",
    "release": "nato-2024-06",
}


def _fill(path: str) -> str:
    for name, value in PATH_VALUES.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"no sample value for a path parameter of {path}"
    return path


def _routes() -> list[tuple[str, str, list[str]]]:
    """(method, path, declared query names): the API's from its OpenAPI schema, the dashboard's from its routers."""
    found = []
    for path, methods in APP.openapi()["paths"].items():
        for method, op in methods.items():
            names = sorted(p["name"] for p in op.get("parameters", []) if p["in"] == "query")
            found.append((method.upper(), _fill(path), names))
    for router in (pages.router, explore.router, tools.router):
        for route in router.routes:
            assert isinstance(route, APIRoute)
            for method in sorted(route.methods):
                found.append((method, _fill(route.path), sorted(declared_query(route))))
    return found


ROUTES = _routes()


def test_every_route_is_covered() -> None:
    assert len(ROUTES) >= 25  # the API's endpoints and the dashboard's pages


@pytest.mark.parametrize(("method", "path", "names"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
def test_unknown_parameter_is_a_422_naming_it(api: Any, method: str, path: str, names: list[str]) -> None:
    response = api.request(method, path, params={"bogus_param": "1"}, headers={"accept": "application/json"})
    assert response.status_code == 422, f"{method} {path}: {response.status_code}"
    if path.startswith("/api"):
        body = response.json()
        assert body["ok"] is False and body["errors"][0]["parameter"] == "bogus_param"
        assert body["errors"][0]["valid"] == names
    else:
        assert "bogus_param" in response.text


def test_the_issue_example_names_year(api: Any) -> None:
    response = api.get("/api/v1/status", params={"years": "2016"})
    assert response.status_code == 422
    body = response.json()
    assert body["errors"][0]["suggestions"] == ["year"]
    assert "'years'" in body["error"] and "did you mean 'year'" in body["error"]


def test_declared_parameters_still_work(api: Any, upstream_2026: dict[tuple[str, int, str], float]) -> None:
    rows = api.get("/api/v1/status", params={"year": 2016}).json()["data"]
    assert {r["year"] for r in rows} == {2016}
    # the format alias counts as declared
    assert api.get("/api/v1/status", params={"format": "csv"}).status_code == 200


def test_a_dashboard_page_refuses_a_misspelt_parameter(api: Any) -> None:
    response = api.get("/", params={"yaer": "2016"})
    assert response.status_code == 422
    assert "did you mean" in response.text and "year" in response.text
