"""One error shape for every endpoint; invalid parameters get 4xx naming the parameter, never 5xx."""

from __future__ import annotations

from typing import Any

import pytest

BAD_REQUESTS = [
    # (method, path, params or JSON body, status, parameter named in the error)
    ("get", "/api/v1/nothing-here", None, 404, None),
    ("get", "/api/v1/countries/Narnia", None, 404, "country"),
    ("get", "/api/v1/releases/nato-2099-01", None, 404, "release"),
    ("get", "/api/v1/indicators/share_of_gdp", None, 404, "indicator"),
    ("get", "/api/v1/pledges/hague-2025-core-3.6", None, 404, "pledge"),
    ("get", "/api/v1/observations", {"country": "Polnd"}, 422, "country"),
    ("get", "/api/v1/observations", {"indicator": "share_gpd"}, 422, "indicator"),
    ("get", "/api/v1/observations", {"year": "twenty"}, 422, "year"),
    ("get", "/api/v1/observations", {"year": 3000}, 422, "year"),
    ("get", "/api/v1/observations", {"year": 2016, "year_from": 2014}, 422, "year"),
    ("get", "/api/v1/observations", {"year_from": 2020, "year_to": 2010}, 422, "year_from"),
    ("get", "/api/v1/observations", {"source": "nasa"}, 422, "source"),
    ("get", "/api/v1/observations", {"release": "nato-2024-07"}, 422, "release"),
    ("get", "/api/v1/observations", {"as_of": "yesterday"}, 422, "as_of"),
    ("get", "/api/v1/observations", {"as_of": "1990-01-01"}, 422, "as_of"),
    ("get", "/api/v1/observations", {"release": "nato-2024-06", "as_of": "2025-01-01"}, 422, "release"),
    ("get", "/api/v1/observations", {"format": "pdf"}, 422, "format"),
    ("get", "/api/v1/observations", {"limit": 0}, 422, "limit"),
    ("get", "/api/v1/status", {"year": 1990}, 422, "year"),
    ("get", "/api/v1/status/at-or-above", {"threshold": -1, "year": 2016}, 422, "threshold"),
    ("get", "/api/v1/status/at-or-above", {"threshold": 2}, 422, "year"),
    ("get", "/api/v1/paths", {"country": "GBR", "pledge": "hague-2025-core-3.5", "deadline": 2020}, 422, "deadline"),
    ("get", "/api/v1/paths", {"country": "GBR", "pledge": "no-such-pledge"}, 422, "pledge"),
    ("get", "/api/v1/paths", {"country": "GBR", "threshold": 3}, 422, "pledge"),
    (
        "get",
        "/api/v1/paths",
        {"country": "GBR", "pledge": "hague-2025-core-3.5", "gdp_growth": -150},
        422,
        "gdp_growth",
    ),
    ("get", "/api/v1/paths", {"country": "GBR", "pledge": "hague-2025-core-3.5", "path": "zigzag"}, 422, "path"),
    (
        "get",
        "/api/v1/paths",
        {"country": "GBR", "pledge": "hague-2025-core-3.5", "path": "custom", "shares": [3, 3.2]},
        422,
        "shares",
    ),
    ("get", "/api/v1/burden/equalise", {"scenario": "everyone"}, 422, "scenario"),
    ("get", "/api/v1/burden", {"year": 1950}, 422, "year"),
    ("get", "/api/v1/compare", {"country": "Atlantis"}, 422, "country"),
    ("get", "/api/v1/sql", {"query": "SELEC 1"}, 400, "query"),
    ("post", "/api/v1/sql", {"sql": "SELECT 1"}, 422, "query"),
    ("post", "/api/v1/claims", {"text": "Germany spends 2%", "as_of": "not a date"}, 422, "as_of"),
    ("delete", "/api/v1/status", None, 405, None),
]


@pytest.mark.parametrize(("method", "path", "payload", "status", "parameter"), BAD_REQUESTS)
def test_bad_requests_get_one_error_shape(
    api: Any, method: str, path: str, payload: dict[str, Any] | None, status: int, parameter: str | None
) -> None:
    if method == "get":
        response = api.get(path, params=payload)
    elif method == "post":
        response = api.post(path, json=payload)
    else:
        response = api.request(method.upper(), path)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    assert body["errors"] and all("message" in e and "parameter" in e for e in body["errors"])
    if parameter is not None:
        assert parameter in [e["parameter"] for e in body["errors"]]
        assert parameter in body["error"]


def test_unknown_values_come_with_close_matches(api: Any) -> None:
    body = api.get("/api/v1/observations", params={"country": "Polnd"}).json()
    assert "Poland" in body["errors"][0]["suggestions"]
    body = api.get("/api/v1/pledges/hague-2025-core-3.6").json()
    assert "hague-2025-core-3.5" in body["errors"][0]["suggestions"]


def test_malformed_json_body_is_a_422(api: Any) -> None:
    response = api.post("/api/v1/claims", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["ok"] is False


def test_dashboard_errors_are_pages_with_the_same_message(api: Any) -> None:
    page = api.get("/", params={"year": "abc"})
    assert page.status_code == 422 and "text/html" in page.headers["content-type"]
    assert "year" in page.text
    scenario = api.get("/scenario", params={"country": "GBR", "deadline": "2020"})
    assert scenario.status_code == 422 and "deadline" in scenario.text and "<form" in scenario.text
