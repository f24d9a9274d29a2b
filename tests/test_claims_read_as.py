"""The "Read as" line (claims/reading.py): what the checker read a claim to say, shown beside its verdict so that a
reader can catch a misreading. Sentences are real (addresses in comments); the readings are asserted part by part."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from natospend.claims import check_text
from natospend.claims.reading import describe
from natospend.interfaces.cli import app
from natospend.store.dataset import Dataset

# https://www.politico.eu/article/natos-battle-boost-defense-spending-war-ukraine-russia/ (2024-07-08)
DELINQUENT = (
    'Ranked from the bottom, the countries on Trump\'s "delinquent" list are: Spain (1.28 percent of GDP), Slovenia '
    "(1.29 percent), Luxembourg (1.29 percent), Belgium (1.3 percent), Canada (1.37 percent), Italy (1.49 percent), "
    "Portugal (1.55 percent) and Croatia (1.81 percent)."
)
# same article
SPAIN_PLAN = (
    "Spain, run by a left-wing government under Pedro Sánchez, says it plans to meet the target by 2029 — five "
    "years behind schedule."
)
# https://www.trtworld.com/article/18174271 (2024-06-17), in tests/data/claims_corpus.toml
RECORD = (
    "A record 23 of NATO's 32 member nations are hitting the Western military alliance's defence spending target "
    "this year, NATO Secretary-General Jens Stoltenberg has said."
)


def _readings(ds: Dataset, text: str, as_of: str) -> dict[str, str]:
    return {(r.span.text if r.span else r.text): describe(r.kind, r.fields) for r in check_text(ds, text, as_of)}


def test_list_items_read_one_ally_each(ds: Dataset) -> None:
    readings = _readings(ds, DELINQUENT, "2024-07-08")
    assert readings["Spain (1.28 percent of GDP)"] == "Spain · share of GDP · 1.28 percent · latest year held"
    assert readings["Croatia (1.81 percent)"].startswith("Croatia · share of GDP · 1.81 percent")


def test_a_pledge_shows_its_target_deadline_and_mood(ds: Dataset) -> None:
    (reading,) = _readings(ds, SPAIN_PLAN, "2024-07-08").values()
    assert reading.split(" · ") == ["Spain", "pledge", "the target (2%)", "by 2029", "names a target"]


def test_a_count_shows_its_threshold_and_year(ds: Dataset) -> None:
    readings = [v for v in _readings(ds, RECORD, "2024-06-17").values() if "number of allies" in v]
    assert readings, "the count was not read"
    parts = readings[0].split(" · ")
    assert parts[0] == "allies" and parts[2].endswith("at or above 2%") and parts[3].startswith("2024")


def test_fields_that_qualify_a_reading() -> None:
    fields = {
        "countries": ["USA"],
        "value_text": "$880 billion",
        "comparator": "gt",
        "price_basis": "constant",
        "year": 2023,
        "year_basis": "relative",
        "attributed_to": "sipri",
        "negated": True,
    }
    assert describe("total_spending", fields) == (
        "United States · spending in money, constant prices · more than $880 billion · 2023 (from the article's date)"
        " · according to sipri · negated"
    )
    ranking = {"countries": ["POL"], "group": "European allies", "rank": 1, "rank_order": "highest"}
    assert describe("ranking", {**ranking, "metric": "usd_current_m"}) == (
        "Poland among European allies · rank by current US$ · number 1 from the top · latest year held"
    )


def test_cli_prints_each_claims_own_item_and_its_reading() -> None:
    result = CliRunner().invoke(app, ["check", DELINQUENT, "--as-of", "2024-07-08"])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    heads = [line for line in lines if line[:2] in {f"{i}." for i in range(1, 10)}]
    assert heads[0].endswith("(share_gdp) Spain (1.28 percent of GDP)")  # the item, not the whole sentence
    assert "Read as: Spain · share of GDP · 1.28 percent · latest year held" in lines


def test_json_and_html_carry_the_reading() -> None:
    runner = CliRunner()
    saved = runner.invoke(app, ["check", DELINQUENT, "--as-of", "2024-07-08", "--json"])
    first = json.loads(saved.stdout)[0]
    assert first["reading"] == "Spain · share of GDP · 1.28 percent · latest year held"
    page = runner.invoke(app, ["check", DELINQUENT, "--as-of", "2024-07-08", "--format", "html"]).stdout
    assert '<p class="read-as">Read as: Spain · share of GDP · 1.28 percent · latest year held</p>' in page
