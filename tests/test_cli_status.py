"""`natospend status`, `natospend pledges`, `natospend pledge show`: what the user sees."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner, Result

from natospend.interfaces.cli import app

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def unwrapped(text: str) -> str:
    """The message as printed, with the terminal's line wrapping undone (rich breaks lines at spaces)."""
    return " ".join(line.rstrip() for line in text.splitlines())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["pledge", "show", "hague-2025-core-35"],
            "Error: unknown pledge 'hague-2025-core-35'; did you mean 'hague-2025-core-3.5', 'hague-2025-total-5', "
            "'hague-2025-related-1.5'?",
        ),
        # no loose likeness ("Romania" for "Narnia"): the valid names instead
        (
            ["pledges", "Narnia"],
            "Error: unknown country 'Narnia'; valid values: Albania, Belgium, Bulgaria, Canada, Croatia, Czechia, "
            "Denmark, Estonia, Finland, France, Germany, Greece, ...",
        ),
        (
            ["status", "--year", "2031"],
            "Error: unknown year 2031; closest valid years: 2026, 2025, 2024 (share_gdp years in nato-2026-07: "
            "2014-2026)",
        ),
        (
            ["pledge", "show", "gbr-2.5pct-2027", "--country", "Germany"],
            "Error: country: gbr-2.5pct-2027 binds only GBR (United Kingdom), not Germany (DEU)",
        ),
        (
            ["pledge", "show", "gbr-2.5pct-2027", "--year", "2040"],
            "Error: unknown year 2040; closest valid years: 2027, 2026, 2025 (years for gbr-2.5pct-2027 in "
            "nato-2026-07: 2014-2027)",
        ),
        (
            ["status", "--release", "nato-2024-6"],
            "Error: unknown release 'nato-2024-6'; did you mean 'nato-2024-06', 'nato-2024-03', 'nato-2022-06'?",
        ),
        (
            ["status", "--as-of", "2010-01-01"],
            "Error: as_of: no NATO release had been published by 2010-01-01 (first: 2015-06-22)",
        ),
        (
            ["status", "--pledge", "gbr-2.5pct-2072"],
            "Error: unknown pledge 'gbr-2.5pct-2072'; did you mean 'gbr-2.5pct-2027', 'gbr-5pct-2035', "
            "'gbr-2pct-2015'?",
        ),
    ],
)
def test_errors_are_one_clear_line_with_close_matches(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert unwrapped(result.stderr) == message


def test_status_json_every_ally_sorted_with_release_named() -> None:
    result = run("status", "--json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["release_id"] == "nato-2026-07" and payload["year"] == 2026
    rows = payload["rows"]
    assert len(rows) == 32 and [r["rank"] for r in rows] == list(range(1, 33))
    assert (rows[0]["country"], rows[0]["share_gdp"], rows[0]["estimate"]) == ("LTU", 5.33, True)
    assert rows[-1]["country"] == "ISL" and rows[-1]["share_gdp"] is None and rows[-1]["status_2pct"] == "exempt"
    spain = next(r for r in rows if r["country"] == "ESP")
    assert spain["status_3_5_core"] == "flexibility" and "2.1%" in spain["note"]


def test_status_screen_names_the_release_and_marks_estimates() -> None:
    result = run("status")
    assert result.exit_code == 0, result.stderr
    text = unwrapped(result.stdout)
    assert "NATO allies in 2026" in text and "nato-2026-07" in text and "published 2026-07-10" in text
    assert "5.33 e" in text  # Lithuania, an estimate
    assert "Iceland" in text and "exempt" in text


def test_status_for_a_past_year_with_one_pledge() -> None:
    result = run("status", "--year", "2016", "--release", "nato-2024-06", "--pledge", "wales-2014-2pct", "--json")
    assert result.exit_code == 0, result.stderr
    rows = {r["country"]: r for r in json.loads(result.stdout)["rows"]}
    assert len(rows) == 28 and "FIN" not in rows
    assert rows["POL"]["status_2pct"] == "met" and rows["POL"]["pledge_status"] == "met"
    assert rows["ESP"]["pledge_status"] == "not_yet_due"  # the Wales deadline is 2024


def test_status_as_of_uses_what_was_published_then() -> None:
    result = run("status", "--as-of", "2019-12-31", "--json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["release_id"] == "nato-2019-06" and payload["year"] == 2019


def test_pledges_list_for_a_country() -> None:
    result = run("pledges", "UK")
    assert result.exit_code == 0, result.stderr
    assert "binding United Kingdom" in result.stdout and "gbr-2.5pct-2027" in result.stdout
    data = json.loads(run("pledges", "UK", "--json").stdout)
    ids = [p["id"] for p in data]
    assert "gbr-3pct-next-parliament" in ids and not any(i.startswith("deu-") for i in ids)
    assert all(p["sources"] and all(s["url"] and s["quote"] for s in p["sources"]) for p in data)


def test_pledge_show_prints_wording_sources_and_evaluation() -> None:
    result = run("pledge", "show", "gbr-2.5pct-2027")
    assert result.exit_code == 0, result.stderr
    text = unwrapped(result.stdout)
    assert "gbr-2.5pct-2027: UK: 2.5% of GDP from April 2027" in text
    assert "https://www.yorkshirepost.co.uk/" in text
    assert "GBR 2027 = FY 2027-28 (Apr-Mar)" in text  # the 80-column test terminal lists fiscal years below
    assert "no data" in text and "no share_gdp figure for 2027 in nato-2026-07" in text
    payload = json.loads(run("pledge", "show", "gbr-2.5pct-2027", "--json").stdout)
    assert payload["pledge"]["start"] == 2027
    last = payload["evaluation"][-1]
    assert (last["year"], last["fiscal_year"], last["status"]) == (2027, "FY 2027-28 (Apr-Mar)", "no_data")


def test_pledge_show_for_an_alliance_pledge_defaults_to_the_latest_year() -> None:
    payload = json.loads(run("pledge", "show", "hague-2025-core-3.5", "--json").stdout)
    rows = payload["evaluation"]
    assert {r["year"] for r in rows} == {2026} and len(rows) == 32
    assert {r["country"]: r["status"] for r in rows}["POL"] == "met"
