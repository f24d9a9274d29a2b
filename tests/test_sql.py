"""The read-only SQL endpoint: answers SELECTs over the dataset; refuses writes, ATTACH, COPY, settings and files;
stops a runaway query at its time limit and a huge result at its row limit."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from natospend.interfaces.api.sql import Limits
from natospend.interfaces.app import create_app


@pytest.fixture(scope="module")
def tight() -> Iterator[TestClient]:
    """An app whose SQL limits are small, so hitting them is quick."""
    with TestClient(create_app(sql_limits=Limits(seconds=0.5, rows=50))) as client:
        yield client


def sql(client: Any, query: str) -> Any:
    return client.get("/api/v1/sql", params={"query": query})


def test_select_over_the_curated_dataset(api: Any, raw: Path) -> None:
    with (raw / "nato-transcribed/nato_def-exp-2026_2014-2026.csv").open(encoding="utf-8") as fh:
        expected = next(
            float(r["value"])
            for r in csv.DictReader(fh)
            if (r["country_iso3"], r["indicator"], r["year"]) == ("POL", "share_gdp", "2026")
        )
    query = """
        WITH pol AS (SELECT * FROM latest WHERE country = 'POL' AND indicator = 'share_gdp')
        SELECT year, value, release_id FROM pol WHERE year = 2026
    """
    response = sql(api, query)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["data"] == [{"year": 2026, "value": expected, "release_id": "nato-2026-07"}]
    assert body["meta"]["releases"] == ["nato-2026-07"]
    posted = api.post("/api/v1/sql", json={"query": "SELECT count(*) AS n FROM releases"})
    assert posted.status_code == 200 and posted.json()["data"][0]["n"] > 0
    csv_text = api.get("/api/v1/sql", params={"query": "SELECT 1 AS one", "format": "csv"}).text
    assert csv_text.splitlines() == ["one", "1"]


def test_tables_are_listed(api: Any) -> None:
    rows = api.get("/api/v1/sql/tables").json()["data"]
    tables = {r["table"] for r in rows}
    assert {"observations", "latest", "releases", "countries", "indicators"} <= tables


@pytest.mark.parametrize(
    ("query", "refused"),
    [
        ("INSERT INTO releases SELECT * FROM releases", "INSERT"),
        ("UPDATE latest SET value = 99", "UPDATE"),
        ("DELETE FROM latest", "DELETE"),
        ("DROP TABLE latest", "DROP"),
        ("CREATE TABLE x AS SELECT 1", "CREATE"),
        ("ATTACH '/tmp/natospend-attack.db' AS other", "ATTACH"),
        ("COPY latest TO '/tmp/natospend-copy.csv'", "COPY"),
        ("COPY (SELECT 1) TO '/tmp/natospend-copy.csv'", "COPY"),
        ("EXPORT DATABASE '/tmp/natospend-export'", "EXPORT"),
        ("INSTALL httpfs", "LOAD"),
        ("LOAD httpfs", "LOAD"),
        ("PRAGMA database_list", "PRAGMA"),
        ("SET enable_external_access = true", "SET"),
        ("SELECT 1; DROP TABLE latest", "one statement"),
    ],
)
def test_writes_and_side_effects_are_refused(api: Any, query: str, refused: str) -> None:
    response = sql(api, query)
    assert response.status_code == 403, response.text
    body = response.json()
    assert body["errors"][0]["parameter"] == "query" and refused in body["error"]
    assert sql(api, "SELECT count(*) AS n FROM latest").json()["data"][0]["n"] > 0  # nothing was dropped


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_csv_auto('/etc/hostname')",
        "SELECT * FROM read_parquet('/tmp/x.parquet')",
        "SELECT * FROM read_json('/etc/hostname')",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_blob('/etc/passwd')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM parquet_scan('/tmp/x.parquet')",
        "SELECT * FROM query('SELECT 1')",
    ],
)
def test_file_reading_functions_are_refused(api: Any, query: str) -> None:
    response = sql(api, query)
    assert response.status_code == 403, response.text
    assert "not allowed" in response.json()["error"]


def test_files_cannot_be_read_even_without_a_named_function(api: Any) -> None:
    # DuckDB reads 'path' in FROM as a file: external access is off, so it is an unknown table.
    response = sql(api, "SELECT * FROM '/etc/passwd'")
    assert 400 <= response.status_code < 500
    assert "root:" not in response.text
    settings = sql(api, "SELECT current_setting('enable_external_access') AS ext").json()["data"]
    assert settings == [{"ext": False}]


def test_a_runaway_query_is_stopped_at_the_time_limit(tight: TestClient) -> None:
    response = sql(tight, "SELECT count(*) FROM range(100000) a, range(100000) b, range(100000) c")
    assert response.status_code == 422
    assert "time limit (0.5 s)" in response.json()["error"]
    assert sql(tight, "SELECT 42 AS answer").json()["data"] == [{"answer": 42}]  # the engine still answers


def test_a_huge_result_is_stopped_at_the_row_limit(tight: TestClient) -> None:
    response = sql(tight, "SELECT * FROM observations")
    assert response.status_code == 422
    assert "row limit (50 rows)" in response.json()["error"]
    assert sql(tight, "SELECT * FROM observations LIMIT 50").status_code == 200


def test_syntax_errors_are_400_with_duckdb_message(api: Any) -> None:
    response = sql(api, "SELECT FROM WHERE")
    assert response.status_code == 400
    assert response.json()["error"].startswith("query:")
    assert sql(api, "   ").status_code == 422
