"""The HTTP API and the dashboard pages through FastAPI's test client, checked against the published figures.

Expected values are read from the upstream files in ../shared/data/raw (the `raw` fixture), never from natospend.
"""

from __future__ import annotations

import csv
import io
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

NATO_2026 = "nato-transcribed/nato_def-exp-2026_2014-2026.csv"
NATO_2024 = "nato/240617-def-exp-2024-TABLES-en.xlsx"


@cache
def _nato_2026_rows(raw: Path) -> dict[tuple[str, str, int], dict[str, str]]:
    with (raw / NATO_2026).open(encoding="utf-8", newline="") as fh:
        return {(r["country_iso3"], r["indicator"], int(r["year"])): r for r in csv.DictReader(fh)}


def published_2026(raw: Path, country: str, indicator: str, year: int) -> float:
    """A figure of NATO's 2026 release as transcribed in the upstream CSV."""
    return float(_nato_2026_rows(raw)[(country, indicator, year)]["value"])


@cache
def _table3_2024(raw: Path) -> dict[tuple[str, int], float]:
    """Share of real GDP, first block of TABLE3 in NATO's June 2024 workbook: (country name, year) -> value."""
    sheet = openpyxl.load_workbook(raw / NATO_2024, read_only=True, data_only=True)["TABLE3"]
    rows = list(sheet.iter_rows(min_row=8, max_row=43, values_only=True))
    years = [int(str(y).rstrip("e")) if y is not None else None for y in rows[0]]
    out = {}
    for row in rows[1:]:
        name = str(row[2] or row[1] or "").rstrip("*").strip()
        for year, value in zip(years, row, strict=True):
            if year is not None and isinstance(value, float):
                out[(name, year)] = value
    return out


def published_2024(raw: Path, name: str, year: int) -> float:
    return _table3_2024(raw)[(name, year)]


def data(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True and body["count"] == len(body["data"])
    return list(body["data"])


# ---------------------------------------------------------------------------------------------- reference tables
def test_health_and_reference_tables(api: Any) -> None:
    assert api.get("/api/v1/health").json()["ok"] is True
    countries = {r["code"]: r for r in data(api.get("/api/v1/countries"))}
    assert countries["GBR"]["fiscal_year_label"] == "start_year"
    assert "NATO_TOTAL" in countries
    assert data(api.get("/api/v1/countries/Britain"))[0]["code"] == "GBR"
    indicators = {r["code"] for r in data(api.get("/api/v1/indicators"))}
    assert {"share_gdp", "equipment_share"} <= indicators


def test_releases_carry_their_publication_dates(api: Any) -> None:
    # PROVENANCE.md: the 2024 workbook was published on 17 June 2024; the 2026 release is dated 10 July 2026.
    releases = {r["release_id"]: r for r in data(api.get("/api/v1/releases", params={"source": "nato"}))}
    assert releases["nato-2024-06"]["release_date"] == "2024-06-17"
    assert releases["nato-2026-07"]["release_date"] == "2026-07-10"
    assert data(api.get("/api/v1/releases/nato-2024-06"))[0]["completeness"] == "complete"


# ---------------------------------------------------------------------------------------------- observations
def test_observation_with_provenance(api: Any, raw: Path) -> None:
    rows = data(api.get("/api/v1/observations", params={"country": "Poland", "indicator": "share_gdp", "year": 2026}))
    assert len(rows) == 1
    row = rows[0]
    assert row["value"] == published_2026(raw, "POL", "share_gdp", 2026)
    assert (row["release_id"], row["status"], row["origin_table"]) == ("nato-2026-07", "estimate", "Table 3")
    assert row["citation"]


def test_observations_by_release_and_year_range(api: Any, raw: Path) -> None:
    params = {"country": "POL", "indicator": "share_gdp", "year_from": 2014, "year_to": 2024, "release": "nato-2024-06"}
    response = api.get("/api/v1/observations", params=params)
    rows = {r["year"]: r for r in data(response)}
    assert sorted(rows) == list(range(2014, 2025))
    assert rows[2016]["value"] == pytest.approx(published_2024(raw, "Poland", 2016))
    assert rows[2024]["status"] == "estimate"
    assert response.json()["meta"]["releases"] == ["nato-2024-06"]


def test_as_of_gives_what_had_been_published(api: Any, raw: Path) -> None:
    # On 1 March 2017 the newest NATO figure for Poland 2016 was the July 2016 press-quoted estimate.
    params = {"country": "POL", "indicator": "share_gdp", "year": 2016, "source": "nato"}
    then = data(api.get("/api/v1/observations", params={**params, "as_of": "2017-03-01"}))[0]
    now = data(api.get("/api/v1/observations", params=params))[0]
    assert then["release_id"] == "nato-2016-07"
    assert now["release_id"] == "nato-2026-07" and now["value"] == published_2026(raw, "POL", "share_gdp", 2016)


def test_revisions_of_one_figure(api: Any, raw: Path) -> None:
    rows = data(api.get("/api/v1/observations/revisions", params={"country": "POL", "year": 2016}))
    by_release = {r["release_id"]: r["value"] for r in rows}
    assert by_release["nato-2024-06"] == pytest.approx(published_2024(raw, "Poland", 2016))
    assert by_release["nato-2026-07"] == published_2026(raw, "POL", "share_gdp", 2016)


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "parquet"])
def test_every_table_downloads_in_every_format(api: Any, raw: Path, fmt: str) -> None:
    params = {"country": "POL", "indicator": "share_gdp", "year": 2026, "format": fmt}
    response = api.get("/api/v1/observations", params=params)
    assert response.status_code == 200
    assert "nato-2026-07" in response.headers["content-disposition"]
    assert response.headers["x-natospend-releases"] == "nato-2026-07"
    if fmt == "csv":
        frame = pd.read_csv(io.StringIO(response.text))
    elif fmt == "json":
        body = json.loads(response.content)
        frame = pd.DataFrame(body["data"])
        assert body["meta"]["releases"] == ["nato-2026-07"]
    elif fmt == "xlsx":
        sheets = pd.read_excel(io.BytesIO(response.content), sheet_name=None)
        frame = sheets["data"]
        about = dict(zip(sheets["about"]["field"], sheets["about"]["value"], strict=True))
        assert about["releases"] == "nato-2026-07" and about["source"] == "NATO"
    else:
        table = pq.read_table(io.BytesIO(response.content))
        assert json.loads(table.schema.metadata[b"natospend"])["releases"] == ["nato-2026-07"]
        frame = table.to_pandas()
    assert frame.loc[0, "value"] == published_2026(raw, "POL", "share_gdp", 2026)
    assert frame.loc[0, "release_id"] == "nato-2026-07"


# ---------------------------------------------------------------------------------------------- pledges
def test_status_of_every_ally(api: Any, raw: Path) -> None:
    response = api.get("/api/v1/status")
    rows = {r["country"]: r for r in data(response)}
    meta = response.json()["meta"]
    assert meta["releases"] == ["nato-2026-07"] and "2026" in meta["title"]
    assert rows["POL"]["share_gdp"] == published_2026(raw, "POL", "share_gdp", 2026)
    assert rows["POL"]["status_3_5_core"] == "met"  # Poland meets 3.5% in 2026 in the 2026 release (issue 3)
    assert "ISL" not in rows or rows["ISL"]["share_gdp"] is None


def test_allies_at_or_above_two_percent_in_2016_by_release(api: Any, raw: Path) -> None:
    params = {"threshold": 2, "year": 2016}
    in_2024 = data(api.get("/api/v1/status/at-or-above", params={**params, "release": "nato-2024-06"}))
    in_2026 = data(api.get("/api/v1/status/at-or-above", params={**params, "release": "nato-2026-07"}))
    expected_2026 = sorted(
        code
        for (code, ind, year), row in _nato_2026_rows(raw).items()
        if ind == "share_gdp" and year == 2016 and len(code) == 3 and float(row["value"]) >= 2
    )
    assert sorted(r["country"] for r in in_2026) == expected_2026
    assert len(in_2024) == 5 and len(in_2026) == 4  # five in the June 2024 release, four in 2026 (issue 3)
    history = data(api.get("/api/v1/status/count-history", params=params))
    assert {r["release_id"]: r["count"] for r in history}["nato-2024-06"] == 5


def test_pledge_register_and_evaluation(api: Any) -> None:
    register = {r["id"]: r for r in data(api.get("/api/v1/pledges", params={"country": "United Kingdom"}))}
    assert "gbr-2.5pct-2027" in register and register["gbr-2.5pct-2027"]["n_sources"] >= 1
    rows = data(api.get("/api/v1/pledges/gbr-2.5pct-2027/evaluation", params={"country": "GBR", "year": 2027}))
    assert rows[0]["fiscal_year"] == "FY 2027-28 (Apr-Mar)"


# ---------------------------------------------------------------------------------------------- paths and burden
def test_required_path_reaches_the_threshold(api: Any, raw: Path) -> None:
    params = {"country": "GBR", "pledge": "hague-2025-core-3.5", "simulations": 500, "seed": 7}
    response = api.get("/api/v1/paths", params=params)
    rows = data(response)
    assert rows[-1]["year"] == 2035 and rows[-1]["share_gdp"] == pytest.approx(3.5)
    usd_2026 = float(_nato_2026_rows(raw)[("GBR", "usd_current_m", 2026)]["value"])
    assert rows[0]["year"] == 2026 and rows[0]["required_usd_current_m"] == pytest.approx(usd_2026)
    for r in rows:
        assert r["required_usd_current_m"] == pytest.approx(r["share_gdp"] / 100 * r["gdp_usd_current_m"])
        assert r["required_usd_current_m_p10"] <= r["required_usd_current_m"] <= r["required_usd_current_m_p90"]
    assert response.json()["meta"]["assumptions"]["bands"]["seed"] == 7
    again = data(api.get("/api/v1/paths", params=params))
    assert [r["required_usd_current_m_p90"] for r in again] == [r["required_usd_current_m_p90"] for r in rows]


def test_burden_sharing_and_equalise(api: Any, raw: Path) -> None:
    rows = {r["country"]: r for r in data(api.get("/api/v1/burden", params={"release": "nato-2026-07"}))}
    assert rows["USA"]["usd_current_m"] == float(_nato_2026_rows(raw)[("USA", "usd_current_m", 2026)]["value"])
    assert rows["NATO_TOTAL"]["spending_share_pct"] == pytest.approx(100)
    equalised = {r["country"]: r for r in data(api.get("/api/v1/burden/equalise", params={"scenario": "us-share"}))}
    assert equalised["USA"]["extra_usd_current_m"] == pytest.approx(0, abs=1e-6)
    us = data(api.get("/api/v1/burden/us"))
    assert us[0]["release_id"] == "nato-2024-06"
    assert us[0]["share_gdp"] == pytest.approx(published_2024(raw, "United States", 2024))


# ---------------------------------------------------------------------------------------------- sources and claims
def test_sources_side_by_side(api: Any, raw: Path) -> None:
    response = api.get("/api/v1/compare", params={"country": "United Kingdom", "year": 2016})
    rows = data(response)
    nato = {r["release_id"]: r["value"] for r in rows if r["source"] == "nato"}
    assert nato["nato-2024-06"] == pytest.approx(published_2024(raw, "United Kingdom", 2016))
    assert nato["nato-2026-07"] == published_2026(raw, "GBR", "share_gdp", 2016)
    assert response.json()["meta"]["notes"], "a year's comparison explains the differences"


def test_claim_check_of_the_seed_sentence(api: Any, raw: Path) -> None:
    text = "America currently spends around 3.4% of its GDP on defence."
    claims = data(api.post("/api/v1/claims", json={"text": text, "as_of": "2025-06-20"}))
    assert len(claims) == 1
    evidence = {(e["release_id"], e["year"]): e["value"] for e in claims[0]["evidence"]}
    assert evidence[("nato-2024-06", 2024)] == pytest.approx(published_2024(raw, "United States", 2024))
    assert claims[0]["verdict"] in {"accurate", "outdated"}
    csv_text = api.post("/api/v1/claims?format=csv", json={"text": text, "as_of": "2025-06-20"}).text
    assert "nato-2024-06" in csv_text


# ---------------------------------------------------------------------------------------------- the dashboard
def test_overview_page_shows_published_figures(api: Any, raw: Path) -> None:
    page = api.get("/")
    assert page.status_code == 200
    assert "nato-2026-07" in page.text
    poland = re.search(r'href="/country/POL">Poland</a>.*?</tr>', page.text, re.S)
    assert poland and f"{published_2026(raw, 'POL', 'share_gdp', 2026):.2f}" in poland.group()
    assert "/api/v1/status?year=2026&amp;release=nato-2026-07&amp;format=csv" in page.text
    old = api.get("/", params={"year": 2016, "release": "nato-2024-06"}).text
    assert f"{published_2024(raw, 'Poland', 2016):.2f}" in old


@pytest.mark.parametrize(
    "path",
    ["/", "/country/GBR", "/country/NATO_TOTAL", "/burden", "/scenario", "/claims", "/sources", "/sql", "/docs"],
)
def test_pages_load_offline(api: Any, path: str) -> None:
    page = api.get(path)
    assert page.status_code == 200
    assert "<main" in page.text and 'lang="en"' in page.text
    # Nothing is fetched from outside: every script, stylesheet and image comes from this server.
    external = re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//[^"]+"', page.text)
    assert external == []


def test_plotly_bundle_is_served_from_the_package(api: Any) -> None:
    response = api.get("/vendor/plotly.min.js")
    assert response.status_code == 200 and response.content.startswith(b"/**\n* plotly.js")
    assert response.headers["content-type"].startswith("text/javascript")


def test_docs_page_lists_endpoints_without_a_cdn(api: Any) -> None:
    page = api.get("/docs").text
    assert "/api/v1/status" in page and "/api/v1/sql" in page
    assert "cdn" not in page.lower()
    schema = api.get("/openapi.json").json()
    assert "/api/v1/observations" in schema["paths"]


def test_dashboard_unknown_country_is_a_404_page(api: Any) -> None:
    page = api.get("/country/Narnia")
    assert page.status_code == 404
    assert "unknown country" in page.text and "text/html" in page.headers["content-type"]


# ---------------------------------------------------------------------------------------------- CLI: serve and chart
def test_serve_prints_its_address_and_serves(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    import httpx

    command = [sys.executable, "-c", "from natospend.interfaces.cli import main; main()", "serve", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        address = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert address, line
        for _ in range(200):
            try:
                response = httpx.get(address.group() + "api/v1/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert response.json()["ok"] is True
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize(
    ("args", "suffix"),
    [
        (["shares", "--release", "nato-2024-06", "--year", "2016"], "png"),
        (["counts"], "svg"),
        (["history", "Poland"], "svg"),
        (["path", "GBR", "--simulations", "200"], "png"),
        (["burden", "--equalise", "us-share"], "svg"),
    ],
)
def test_chart_command_writes_png_and_svg(tmp_path: Path, args: list[str], suffix: str) -> None:
    from typer.testing import CliRunner

    from natospend.interfaces.cli import app

    out = tmp_path / f"chart.{suffix}"
    result = CliRunner().invoke(app, ["chart", *args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in data[:2000]
    if suffix == "svg":
        # the source line inside the image cites the release (publisher, title, date, table)
        assert b"NATO, Def" in data and b" 10 July 2026" in data


def test_chart_command_errors(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from natospend.interfaces.cli import app

    result = CliRunner().invoke(app, ["chart", "shares", "--out", str(tmp_path / "chart.pdf")])
    assert result.exit_code == 1 and "png or .svg" in result.output
    result = CliRunner().invoke(app, ["chart", "history", "Narnia", "--out", str(tmp_path / "x.png")])
    assert result.exit_code == 1 and "unknown country 'Narnia'" in result.output
