"""What a first user runs into: bad input gets one clear line naming the value, headers a reader understands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from natospend.errors import UnknownValueError, closest
from natospend.interfaces.cli import app

runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> Result:
    return runner.invoke(app, list(args), input=stdin)


def unwrapped(text: str) -> str:
    """The text as printed, with rich's line wrapping undone."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def test_years_are_matched_by_distance_not_spelling() -> None:
    # Before: 1800 suggested '1980', '2030', '2020' (closest spelling).
    assert closest("1800", [str(y) for y in range(2014, 2027)]) == ["2014", "2015", "2016"]
    assert closest("2030", [str(y) for y in range(2014, 2027)]) == ["2026", "2025", "2024"]
    assert (
        str(UnknownValueError("year", 2030, range(2020, 2027))) == "unknown year 2030; did you mean 2026, 2025, 2024?"
    )


def test_an_empty_value_lists_the_valid_values_instead_of_guessing() -> None:
    # Before: '' "matched" every option, so the first three were offered as close matches.
    assert closest("", ["Albania", "Belgium"]) == []
    assert closest("  ", ["Albania", "Belgium"]) == []
    assert str(UnknownValueError("country", "", ["Albania", "Belgium"])) == (
        "unknown country ''; valid values: Albania, Belgium"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["show", "Poland", "--year", "1800"],
            "Error: unknown year 1800; did you mean 1949, 1950, 1951? (data years run from 1949 to 2100)",
        ),
        (
            ["burden", "--year", "2030"],
            "Error: unknown year 2030; did you mean 2026, 2025, 2024? (years in nato-2026-07)",
        ),
        (
            ["data", "revisions", "POL", "-y", "2040"],
            "Error: unknown year 2040; did you mean 2026, 2025, 2024? (POL share_gdp)",
        ),
        (["check", ""], "Error: text: empty; give a sentence to check, or --file FILE"),
        (
            ["data", "verify", "--raw", "/no/such/folder"],
            "Error: raw: folder /no/such/folder does not exist (give --raw FOLDER or set $NATOSPEND_RAW)",
        ),
        (
            ["chart", "path", "GBR", "--out", "path.txt"],
            "Error: out: path.txt: give a file name ending in .png or .svg",
        ),
    ],
)
def test_bad_input_is_one_error_line_and_exit_1(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert unwrapped(result.stderr) == message
    assert "Traceback" not in result.output


def test_revisions_accepts_the_short_options_of_show_and_prints_published_figures() -> None:
    result = run("data", "revisions", "POL", "-i", "share_gdp", "-y", "2016")
    assert result.exit_code == 0, result.output
    text = unwrapped(result.stdout)
    assert "Poland: share_gdp by release (nato)" in text
    for header in ("release_id", "shown", "change", "origin"):
        assert header in text
    assert "decimals" not in text  # a storage detail, not something a reader needs
    assert "Units, oldest release first:" in text


def test_gap_for_the_united_states_has_no_second_dollar_column() -> None:
    result = run("gap", "USA", "--pledge", "hague-2025-core-3.5", "--simulations", "20", "--seed", "1")
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if line.strip().startswith("year"))
    assert " ".join(header.split()) == "year % GDP required P10-P90 extra cum. extra real %"
    wide = run("gap", "USA", "--pledge", "hague-2025-core-3.5", "--simulations", "20", "--seed", "1", "--wide")
    header = next(line for line in wide.stdout.splitlines() if line.strip().startswith("year"))
    assert "required US$" not in header and "US$ 2021 prices" in header  # dollars once, constant prices added


def test_burden_equalise_and_pledge_margins_spell_out_national_currency() -> None:
    burden = run("burden", "--equalise", "3.5", "--wide")
    assert burden.exit_code == 0, burden.output
    assert "extra, national" in burden.stdout and " NC " not in burden.stdout
    assert "GBP " in burden.stdout and "PLN " in burden.stdout  # each ally's amount in its own currency
    pledge = run("pledge", "show", "gbr-2.5pct-2027")
    assert pledge.exit_code == 0, pledge.output
    assert "NC m" not in pledge.stdout and "currency" in pledge.stdout  # the header may wrap at 80 columns


def test_chart_path_draws_a_custom_path(tmp_path: Path) -> None:
    out = tmp_path / "custom.svg"
    shares = "2.6,2.7,2.8,2.9,3.0,3.1,3.2,3.3,3.5"
    result = run("chart", "path", "GBR", "-o", str(out), "--path", "custom", "--shares", shares, "--simulations", "0")
    assert result.exit_code == 0, result.output
    assert out.read_text().lstrip().startswith("<?xml")


def test_check_reads_standard_input_and_prints_valid_json() -> None:
    result = run("check", "--file", "-", "--json", stdin="America spends around 3.4% of its GDP on defence.")
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert claims and claims[0]["kind"] == "share_gdp"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("not json", "body: not valid JSON (Expecting value)"),
        ("[1, 2]", 'body: expected a JSON object, e.g. {"text": "..."}'),
    ],
)
def test_api_names_the_body_when_it_is_not_a_json_object(api: Any, body: str, message: str) -> None:
    # Before: an unreadable body was reported as parameter "0".
    response = api.post("/api/v1/claims", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    payload = response.json()
    assert set(payload) == {"ok", "error", "errors", "status"}
    assert payload["error"] == message
    assert payload["errors"][0]["parameter"] == "body"


def test_api_empty_country_lists_valid_values(api: Any) -> None:
    response = api.get("/api/v1/observations", params={"country": ""})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error.startswith("unknown country ''; valid values: Albania, Belgium, Bulgaria")
    assert response.json()["errors"][0]["suggestions"] == []


def test_gap_errors_say_what_is_really_wrong() -> None:
    runner = CliRunner()
    iceland = runner.invoke(app, ["gap", "ISL", "--pledge", "hague-2025-core-3.5"])
    assert iceland.exit_code == 1
    assert (
        iceland.output.strip()
        == "Error: country: Iceland has no armed forces; NATO publishes no defence figures for it"
    )
    far = runner.invoke(app, ["gap", "UK", "--threshold", "3", "--deadline", "3000"])
    assert far.output.strip() == "Error: deadline: 3000 is beyond 2100: no projection that far is meaningful"
    sipri = runner.invoke(app, ["gap", "UK", "--pledge", "hague-2025-core-3.5", "--release", "sipri-2025-04"])
    assert sipri.output.strip() == "Error: release: sipri-2025-04 is a sipri release; paths start from a NATO release"


def test_misspelt_alias_suggests_the_alias() -> None:
    result = CliRunner().invoke(app, ["show", "Britian"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown country 'Britian'; did you mean 'Britain'")


def test_the_briefs_example_claim_is_found() -> None:
    result = CliRunner().invoke(app, ["check", "only five allies meet 2%", "--as-of", "2017-02-15", "--json"])
    assert result.exit_code == 0, result.output
    [claim] = json.loads(result.output)
    assert (claim["kind"], claim["verdict"]) == ("count", "accurate")
