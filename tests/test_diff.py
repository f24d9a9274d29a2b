"""`natospend diff` and `natospend recheck` on the committed dataset: what the July 2026 release changed."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner, Result

from natospend.analysis.diff import diff_releases, pick
from natospend.claims.recheck import recheck
from natospend.errors import InputFileError, InvalidArgumentError, UnknownValueError
from natospend.interfaces.app import create_app
from natospend.interfaces.cli import app
from natospend.store.dataset import Dataset

runner = CliRunner()
POLAND = "Poland spends 4.1% of GDP on defence"
UNCHANGED = "Greece spent 2.4% of GDP on defence in 2016"  # 2.40 in June 2024 and in July 2026


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What a newsroom kept: `check ... --as-of 2024-07-01 --json > saved.json`."""
    result = run("check", POLAND, "--as-of", "2024-07-01", "--json")
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("saved") / "saved.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------- diff
def test_poland_2024_share_of_gdp_revised_from_table3_cell_to_a_line(ds: Dataset) -> None:
    d = diff_releases(ds, "nato-2024-06", "nato-2026-07")
    pol = next(r for r in d.revisions if (r.country, r.year, r.indicator) == ("POL", 2024, "share_gdp"))
    assert (pol.before.shown, pol.after.shown) == ("4.12", "3.75")
    assert (pol.before.origin_table, pol.before.origin_cell) == ("TABLE3", "N32")
    assert pol.after.origin_table == "Table 3" and pol.after.origin_cell.startswith("line ")
    assert pol.change == pytest.approx(-0.37)
    # both releases' provenance grades (from the manifest), on each figure too
    assert (d.a.provenance, d.b.provenance) == ("official_file", "third_party_copy")
    assert (pol.before.provenance, pol.after.provenance) == ("official_file", "third_party_copy")


def test_count_at_two_percent_in_2024_falls_from_23_to_17(ds: Dataset) -> None:
    d = diff_releases(ds, "nato-2024-06", "nato-2026-07")
    c = next(c for c in d.counts if (c.indicator, c.threshold, c.year) == ("share_gdp", 2.0, 2024))
    assert (c.before, c.after, c.comparable) == (23, 17, True)
    assert c.left == ("ALB", "BGR", "CZE", "MKD", "MNE", "SVK") and c.joined == ()


def test_revisions_are_ranked_by_size_on_printed_values(ds: Dataset) -> None:
    d = diff_releases(ds, "nato-2024-06", "nato-2026-07")
    shares = [r for r in d.revisions if r.indicator == "share_gdp"]
    assert [r.rank for r in shares] == list(range(1, len(shares) + 1))
    sizes = [abs(r.change) for r in shares]
    assert sizes == sorted(sizes, reverse=True)
    assert (shares[0].country, shares[0].year, shares[0].before.shown, shares[0].after.shown) == (
        "ALB",
        2024,
        "2.03",
        "1.35",
    )
    # every listed revision differs as printed; none is a difference beyond the printed decimals
    assert all(r.before.shown != r.after.shown for r in shares)


def test_declared_definition_and_price_base_changes(ds: Dataset) -> None:
    d = diff_releases(ds, "nato-2024-06", "nato-2026-07")
    declared = {(c.scope, c.field): c for c in d.definitions}
    assert (declared["release", "price_base_year"].before, declared["release", "price_base_year"].after) == (
        "2015",
        "2021",
    )
    assert "core defence expenditure" in declared["release", "coverage"].after
    assert "core defence expenditure" in declared["share_gdp", "unit"].after
    # constant-price money is not compared across base years: reported, not listed as revisions
    assert d.not_compared == {"nc_constant_m": 341, "usd_constant_m": 363}
    assert not any(r.indicator in d.not_compared for r in d.revisions)


def test_coverage_years_added_and_allies_moving_rank(ds: Dataset) -> None:
    d = diff_releases(ds, "nato-2024-06", "nato-2026-07")
    added = {(c.kind, c.value) for c in d.coverage if c.change == "added"}
    assert {("year", "2025"), ("year", "2026")} <= added
    moved = {(r.country, r.year): (r.before, r.after) for r in d.ranks}
    assert moved["ALB", 2024] == (21, 28)


def test_defaults_are_the_two_newest_complete_nato_releases(ds: Dataset) -> None:
    assert pick(ds) == ("nato-2024-06", "nato-2026-07")
    assert pick(ds, "nato-2026-07") == ("nato-2024-06", "nato-2026-07")  # one release: what it changed
    assert pick(ds, "nato-2026-07", "nato-2024-06") == ("nato-2024-06", "nato-2026-07")  # older first


def test_two_sipri_editions(ds: Dataset) -> None:
    d = diff_releases(ds, "sipri-2023-04", "sipri-2025-04")
    assert d.a.source == d.b.source == "sipri"
    assert {("year", "2023"), ("year", "2024")} <= {(c.kind, c.value) for c in d.coverage}
    declared = {(c.scope, c.field): (c.before, c.after) for c in d.definitions}
    assert declared["release", "price_base_year"] == ("2021", "2023")
    assert "usd_constant_m" in d.not_compared
    bgr = next(r for r in d.revisions if (r.country, r.year, r.indicator) == ("BGR", 1995, "share_gdp"))
    assert (bgr.before.shown, bgr.after.shown) == ("2.37", "1.64")
    assert bgr.before.origin_table == bgr.after.origin_table == "Share of GDP"


def test_bad_releases(ds: Dataset) -> None:
    with pytest.raises(UnknownValueError, match="did you mean 'nato-2026-07'"):
        diff_releases(ds, "nato-2024-06", "nato-2026-7")
    with pytest.raises(InvalidArgumentError, match="a NATO release and sipri-2025-04 a SIPRI one"):
        diff_releases(ds, "nato-2024-06", "sipri-2025-04")
    with pytest.raises(InvalidArgumentError, match="two different releases"):
        diff_releases(ds, "nato-2024-06", "nato-2024-06")


def test_cli_diff_table_json_csv_and_exit_status() -> None:
    table = run("diff", "nato-2024-06", "nato-2026-07", "--top", "5")
    assert table.exit_code == 1, table.output  # something changed
    text = " ".join(table.stdout.split())
    assert "2024, 2% of GDP: 23 -> 17 allies; dropped out: Albania, Bulgaria, Czechia" in text
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    data = json.loads(run("diff", "nato-2024-06", "nato-2026-07", "--json").stdout)
    assert data["changed"] and data["a"]["release_id"] == "nato-2024-06"
    rows = list(csv.DictReader(io.StringIO(run("diff", "nato-2024-06", "nato-2026-07", "--csv").stdout)))
    pol = next(r for r in rows if (r["country"], r["year"], r["indicator"]) == ("POL", "2024", "share_gdp"))
    assert (pol["before"], pol["after"], pol["origin_cell_a"]) == ("4.12", "3.75", "N32")
    bad = run("diff", "nato-2024-06", "sipri-2025-04")
    assert bad.exit_code == 2 and "a diff compares two releases of one publisher" in bad.stderr


# ---------------------------------------------------------------------------------------------- recheck
def test_recheck_reports_the_overturned_claim_with_both_figures(saved: Path) -> None:
    result = run("recheck", str(saved), "--release", "nato-2026-07", "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["changed"] and report["n_changed"] == 1
    claim = report["results"][0]
    assert claim["before"]["verdict"] == "accurate" and claim["before"]["figure"] == "4.12"
    assert claim["before"]["release_id"] == "nato-2024-06" and claim["before"]["cell"] == "N32"
    assert claim["after"]["figure"] == "3.75" and claim["after"]["release_id"] == "nato-2026-07"
    assert claim["after"]["verdict"] == "outdated" and claim["after"]["year"] == 2024
    assert claim["summary"] == (
        "accurate on 2024-07-01 against 4.12 (June 2024); the July 2026 release says 3.75: now outdated"
    )


def test_recheck_of_an_unchanged_claim_exits_0(tmp_path: Path) -> None:
    out = run("check", UNCHANGED, "--as-of", "2024-07-01", "--json")
    path = tmp_path / "greece.json"
    path.write_text(out.stdout, encoding="utf-8")
    result = run("recheck", str(path), "--release", "nato-2026-07")
    assert result.exit_code == 0, result.output
    assert "0 changed" in result.stdout and "still accurate" in " ".join(result.stdout.split())


def test_recheck_a_folder_changed_first(ds: Dataset, saved: Path, tmp_path: Path) -> None:
    (tmp_path / "a-greece.json").write_text(run("check", UNCHANGED, "--as-of", "2024-07-01", "--json").stdout)
    (tmp_path / "b-poland.json").write_text(saved.read_text())
    report = recheck(ds, tmp_path, release="nato-2026-07")
    assert [r.changed for r in report.results] == [True, False]
    assert report.results[0].text == POLAND


def test_recheck_claimreview_json_ld(ds: Dataset) -> None:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": POLAND,
        "reviewRating": {"@type": "Rating", "alternateName": "accurate"},
        "datePublished": "2024-07-01",
        "itemReviewed": {"@type": "Claim", "appearance": {"@type": "Article", "url": "https://example.org/a"}},
    }
    report = recheck(ds, [review], release="nato-2026-07")
    r = report.results[0]
    assert r.changed and r.before.recomputed
    assert (r.before.figure, r.after.figure, r.after.verdict) == ("4.12", "3.75", "outdated")


def test_recheck_bad_inputs(ds: Dataset, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text(json.dumps([{"title": "not natospend"}]))
    with pytest.raises(InputFileError, match=r"other.json, item 1: missing 'text', 'kind', 'verdict'"):
        recheck(ds, other)
    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    with pytest.raises(InputFileError, match=r"broken.json, line 1.*not valid JSON"):
        recheck(ds, broken)
    with pytest.raises(InputFileError, match=r"ClaimReview without reviewRating\.alternateName"):
        recheck(ds, {"@type": "ClaimReview", "claimReviewed": POLAND})
    with pytest.raises(UnknownValueError, match="did you mean 'nato-2026-07'"):
        recheck(ds, [], release="nato-2026-7")
    result = run("recheck", str(other))
    assert result.exit_code == 2 and "other.json, item 1" in result.stderr


# ---------------------------------------------------------------------------------------------- HTTP API, page
def test_api_diff(client: TestClient) -> None:
    body = client.get("/api/v1/diff", params={"a": "nato-2024-06", "b": "nato-2026-07"}).json()
    assert body["ok"] and body["changed"] and body["meta"]["releases"] == ["nato-2024-06", "nato-2026-07"]
    count = next(c for c in body["result"]["counts"] if c["year"] == 2024 and c["threshold"] == 2.0)
    assert (count["before"], count["after"]) == (23, 17)
    assert client.get("/api/v1/diff", params={"format": "csv"}).text.startswith("rank,country")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"a": "nato-2024-6"}, "did you mean 'nato-2024-06'"),
        ({"a": "nato-2024-06", "b": "sipri-2025-04"}, "releases of one publisher"),
    ],
)
def test_api_diff_errors(client: TestClient, params: dict[str, str], message: str) -> None:
    response = client.get("/api/v1/diff", params=params)
    assert response.status_code == 422 and message in response.json()["error"]


def test_api_recheck(client: TestClient, saved: Path) -> None:
    body = {"saved": json.loads(saved.read_text()), "release": "nato-2026-07"}
    answer = client.post("/api/v1/recheck", json=body).json()
    claim = answer["result"]["results"][0]
    assert answer["changed"] and (claim["before"]["figure"], claim["after"]["figure"]) == ("4.12", "3.75")
    bad = client.post("/api/v1/recheck", json={"saved": {"x": 1}})
    assert bad.status_code == 422 and "saved, item 1: missing 'text'" in bad.json()["error"]
    both = client.post("/api/v1/recheck", json={"saved": [], "release": "nato-2026-07", "as_of": "2026-01-01"})
    assert both.status_code == 422 and both.json()["errors"][0]["parameter"] == "release"


def test_changes_page(client: TestClient) -> None:
    page = client.get("/changes")
    assert page.status_code == 200 and 'href="/changes"' in page.text
    # the 2024 count at 2% fell from 23 (June 2024) to 17 (July 2026): the crossings table names who dropped out
    crossed = re.search(r'<table class="data sortable" id="crossed">.*?</table>', page.text, re.S)
    assert crossed is not None
    row = next(r for r in re.findall(r"<tr>.*?</tr>", crossed.group(), re.S) if "2% of GDP" in r and ">2024<" in r)
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
    assert cells[2:5] == ["23", "17", "-6"] and "Albania" in cells[5] and "Slovakia" in cells[5]
    # Poland 2024, cell of origin on each side
    assert "TABLE3 N32 -&gt; line 3604 of nato_def-exp-2026_2014-2026.csv (a transcription of Table 3)" in page.text
    assert "rank changes in share of GDP" in page.text and 'id="ranks"' in page.text
    assert "Cite (2 releases):" in page.text
    assert client.get("/changes/sipri-2025-04").status_code == 200
    assert client.get("/changes/nato-2026-7").status_code == 404
