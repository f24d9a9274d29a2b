"""Issue 11, point 1: an origin says what it is. 'Table 3 line 3604' read like a NATO cell but is a line of a CSV
transcription; 'TABLE3 N32' is a cell of NATO's own workbook. One helper (store/provenance.origin_text) everywhere:
show, data revisions, compare, diff, claim evidence, the API and downloads. On the real, committed dataset."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from natospend.analysis.diff import diff_releases
from natospend.interfaces.app import create_app
from natospend.interfaces.cli import app
from natospend.store.dataset import Dataset

runner = CliRunner()
POLAND_2026 = "line 3604 of nato_def-exp-2026_2014-2026.csv (a transcription of Table 3)"


def _out(*args: str, width: int = 400, code: int = 0) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": str(width)}, terminal_width=width)
    assert result.exit_code == code, result.output
    return " ".join(line.strip() for line in result.stdout.splitlines())


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def test_poland_2024_origin_in_each_release(ds: Dataset) -> None:
    """The official workbook's cell, the transcription's line, the press-quoted figure and SIPRI's sheet cell."""
    got = {
        r: ds.value("POL", "share_gdp", 2024, release=r)["origin"]  # type: ignore[index]
        for r in ("nato-2024-06", "nato-2026-07", "nato-2025-04")
    }
    assert got["nato-2024-06"] == "TABLE3 N32"
    assert got["nato-2026-07"] == POLAND_2026
    assert got["nato-2025-04"] == (
        "line 24 of nato_sg-annual-report-2024.csv"
        " (a transcription of SG Annual Report 2024, defence expenditure table)"
    )
    sipri = ds.value("POL", "share_gdp", 2016, source="sipri", release="sipri-2025-04")
    assert sipri is not None and sipri["origin"] == "Share of GDP BR146"


def test_the_line_is_the_upstream_line(raw: Path, ds: Dataset) -> None:
    """Line 3604 of the upstream transcription is the row the figure came from: Poland, 2024, Table 3, 3.75."""
    lines = (raw / "nato-transcribed" / "nato_def-exp-2026_2014-2026.csv").read_text(encoding="utf-8").splitlines()
    row = next(csv.reader([lines[3604 - 1]]))
    assert row[2:8] == ["Table 3", "POL", "Poland", "2024", "share_gdp", "3.75"]
    assert ds.value("POL", "share_gdp", 2024, release="nato-2026-07")["value"] == 3.75  # type: ignore[index]


def test_no_origin_reads_like_a_nato_cell_unless_it_is_one(ds: Dataset) -> None:
    """Every figure of every release has an origin; a line of a file always names the file and what it is."""
    for source in ds.sources():
        frame = ds.observations(source=source)
        assert frame["origin"].str.len().gt(0).all(), source
        lines = frame[frame["origin_cell"].str.startswith(("line ", "row "))]
        named = [f" of {f}" in o or f" in {f}" in o for f, o in zip(lines["origin_file"], lines["origin"], strict=True)]
        assert all(named), source
        assert not frame["origin"].str.match(r"^Table \d+\w? line").any(), source
    nato = ds.observations(source="nato")
    official = nato[nato["provenance"] == "official_file"]
    assert official["origin"].str.match(r"^TABLE\d+[ab]? [A-Z]+\d+$").all()


def test_cli_show_revisions_compare_diff_say_what_the_origin_is() -> None:
    """JSON carries the full text; tables on 80 columns the short one and the file once."""
    shown = json.loads(_out("show", "Poland", "-i", "share_gdp", "--years", "2024", "--source", "nato", "--json"))
    assert [r["origin"] for r in shown] == [POLAND_2026]
    narrow = _out("show", "Poland", "-i", "share_gdp", "--years", "2024", "--source", "nato", width=80)
    assert "Files: nato-2026-07: nato_def-exp-2026_2014-2026.csv." in narrow
    assert "transcription" in narrow and "Table 3 line" not in narrow
    revisions = json.loads(_out("data", "revisions", "POL", "-i", "share_gdp", "--year", "2024", "--json"))
    origins = {r["release_id"]: r["origin"] for r in revisions}
    assert (origins["nato-2024-06"], origins["nato-2026-07"]) == ("TABLE3 N32", POLAND_2026)
    compare = json.loads(_out("compare", "Poland", "--year", "2024", "--json"))
    assert {f["release_id"]: f["origin"] for f in compare["figures"]}["nato-2026-07"] == POLAND_2026
    diff = _out("diff", width=80, code=1)  # 1: the release changed something
    assert "TABLE3 N32 -> line 3604 of a" in diff and "Files: nato-2026-07: nato_def-exp-2026_2014-2026.csv." in diff


def test_diff_rows_carry_the_origin_text(ds: Dataset) -> None:
    d = diff_releases(ds)
    pol = next(r for r in d.revisions if (r.country, r.indicator, r.year) == ("POL", "share_gdp", 2024))
    assert (pol.before.origin, pol.after.origin) == ("TABLE3 N32", POLAND_2026)
    row = d.revisions_frame().query("country == 'POL' and indicator == 'share_gdp' and year == 2024").iloc[0]
    assert (row["origin_a"], row["origin_b"]) == ("TABLE3 N32", POLAND_2026)


def test_claim_evidence_says_what_the_origin_is() -> None:
    result = runner.invoke(app, ["check", "Poland spent 4.12% of GDP on defence in 2024", "--as-of", "2025-06-05"])
    assert result.exit_code == 0
    text = " ".join(line.strip() for line in result.stdout.splitlines())
    assert "[TABLE3 N32]" in text and f"[{POLAND_2026}]" in text
    saved = runner.invoke(app, ["check", "Poland spent 4.12% of GDP on defence in 2024", "--json"])
    evidence = [e for claim in json.loads(saved.stdout) for e in claim["evidence"]]
    assert {e["release_id"]: e["origin"] for e in evidence}["nato-2026-07"] == POLAND_2026


def test_api_observations_and_csv_download_carry_origin(client: TestClient) -> None:
    query = {"country": "POL", "indicator": "share_gdp", "year": 2024, "source": "nato", "release": "nato-2026-07"}
    body = client.get("/api/v1/observations", params=query).json()
    (row,) = body["data"]
    assert (row["origin_table"], row["origin_cell"], row["origin"]) == ("Table 3", "line 3604", POLAND_2026)
    text = client.get("/api/v1/observations", params={**query, "format": "csv"}).text
    (line,) = list(csv.DictReader(io.StringIO(text)))
    assert line["origin"] == POLAND_2026
    assert re.search(r"\borigin\b", client.get("/openapi.json").text)


# ---------------------------------------------------------------------------------------------- citations
CITE_2026 = (
    "NATO, Defence Investment of NATO Countries (2014-2026), 10 July 2026, Table 3; "
    "transcribed from a third-party copy of def-exp-2026-en.xlsx"
)


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["compare", "Poland", "--year", "2024"], 0, CITE_2026),
        (["data", "revisions", "POL", "--year", "2024"], 0, CITE_2026),
        (["diff"], 1, CITE_2026.replace(", Table 3", "")),
        (
            ["gap", "UK", "--pledge", "hague-2025-core-3.5", "--simulations", "100"],
            0,
            CITE_2026.replace("Table 3", "Table 2, Table 5"),
        ),
        (["burden"], 0, CITE_2026.replace("Table 3", "Table 2, Table 3, Table 5")),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_cli_tables_carry_a_citation_line(args: list[str], code: int, expected: str) -> None:
    assert f"Cite as: {expected}." in _out(*args, code=code)


def test_charts_carry_the_citation_in_the_one_spec(ds: Dataset) -> None:
    """The path chart's source line (one spec, Plotly and matplotlib) names release, tables and how it was read."""
    from natospend.analysis import projection
    from natospend.charts import figures

    result = projection.required_path(ds, "UK", "hague-2025-core-3.5")
    cited = CITE_2026.replace("Table 3", "Table 2, Table 5")
    for chart in figures.path_charts(result):
        assert chart.source.startswith(f"Source: {cited} (nato-2026-07).")
        notes = figures.plotly_figure(chart)["layout"]["annotations"]
        assert any(cited in str(a.get("text", "")) for a in notes)
        fig = figures.to_matplotlib(chart)
        assert any(cited in t.get_text() for t in fig.findobj(match=lambda o: hasattr(o, "get_text")))


def test_downloads_carry_the_citation(client: TestClient) -> None:
    import pyarrow.parquet as pq

    query = {"country": "POL", "indicator": "share_gdp", "year": 2024, "source": "nato", "release": "nato-2026-07"}
    (row,) = list(
        csv.DictReader(io.StringIO(client.get("/api/v1/observations", params={**query, "format": "csv"}).text))
    )
    assert row["cite_as"].startswith("NATO, Defence Investment of NATO Countries (2014-2026), 10 July 2026")
    status = client.get("/api/v1/status", params={"year": 2024, "format": "csv"}).text
    assert all(r["cite_as"] for r in csv.DictReader(io.StringIO(status)))
    parquet = client.get("/api/v1/observations", params={**query, "format": "parquet"}).content
    meta = pq.read_metadata(io.BytesIO(parquet)).metadata
    assert meta[b"citation"].decode().startswith("NATO, Defence Investment of NATO Countries (2014-2026)")
