"""Property-based run over the OpenAPI schema (schemathesis): whatever the parameters, no endpoint answers 5xx.

Bounded so it stays well under a minute: a few derandomized examples per operation.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from natospend.interfaces.api.sql import Limits
from natospend.interfaces.app import create_app

APP = create_app(sql_limits=Limits(seconds=2.0, rows=2_000))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=5, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text[:500]}"
    if response.status_code >= 400:
        body = response.json()
        assert body["ok"] is False and body["status"] == response.status_code and body["errors"]
