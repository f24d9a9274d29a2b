"""Errors are errors: an unexpected exception inside an analysis is reported as an internal error with context
(CLI: message and exit status 2; API: 500 with a request id), never turned into an answer or a verdict."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from typer.testing import CliRunner

from natospend.analysis import compliance
from natospend.claims import check as claims_check
from natospend.interfaces.cli import app as cli
from natospend.store.dataset import Dataset


def _fault(*_: Any, **__: Any) -> Any:
    raise RuntimeError("injected fault")


@pytest.fixture
def client() -> Iterator[Any]:
    """A fresh app over a fresh Dataset, so no answer computed before the fault is served from the cache."""
    from fastapi.testclient import TestClient

    from natospend.interfaces.app import create_app

    with TestClient(create_app(Dataset(extra_dirs=[])), raise_server_exceptions=False) as c:
        yield c


def test_cli_status_reports_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compliance, "status_rows", _fault)  # what status_table and the pandas-free CLI both call
    result = CliRunner().invoke(cli, ["status"])
    assert result.exit_code == 2, result.output
    assert "Internal error: RuntimeError: injected fault" in result.output
    assert "bug in natospend" in result.output
    assert "Traceback" not in result.output


def test_cli_check_reports_an_internal_error_not_a_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims_check.Checker, "numeric", _fault)
    result = CliRunner().invoke(cli, ["check", "Poland spends 4.1% of GDP on defence", "--as-of", "2024-07-01"])
    assert result.exit_code == 2, result.output
    assert "Internal error: RuntimeError: injected fault" in result.output
    assert "unverifiable" not in result.output


def test_api_status_is_a_500_with_a_request_id(monkeypatch: pytest.MonkeyPatch, client: Any) -> None:
    monkeypatch.setattr(compliance, "status_table", _fault)
    response = client.get("/api/v1/status")
    assert response.status_code == 500
    payload = response.json()
    assert payload["ok"] is False and payload["status"] == 500
    request_id = payload["request_id"]
    assert len(request_id) == 12 and response.headers["X-Request-ID"] == request_id
    assert (
        request_id in payload["error"] and "RuntimeError" in payload["error"] and "/api/v1/status" in payload["error"]
    )
    assert "injected fault" not in response.text  # no internals in the reply: they are in the log


def test_api_claims_is_a_500_not_a_verdict(monkeypatch: pytest.MonkeyPatch, client: Any) -> None:
    monkeypatch.setattr(claims_check.Checker, "numeric", _fault)
    response = client.post("/api/v1/claims", json={"text": "Poland spends 4.1% of GDP on defence."})
    assert response.status_code == 500, response.text
    assert "verdict" not in response.text and response.json()["request_id"]


def test_dashboard_page_says_internal_error(monkeypatch: pytest.MonkeyPatch, client: Any) -> None:
    monkeypatch.setattr(compliance, "status_table", _fault)
    response = client.get("/")
    assert response.status_code == 500
    assert "internal error" in response.text.lower()
