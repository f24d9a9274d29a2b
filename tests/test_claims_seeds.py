"""The two seed articles as end-to-end tests: every checkable statement found, with the right verdict and evidence.

000 (The Independent, early June 2025: Rutte's press conference was on Wednesday 4 June, Healey spoke on Tuesday 3 June)
is checked as of 2025-06-05; 004 (February 2017: the IISS launched The Military Balance 2017 on Tuesday 14 February,
the day before NATO's defence ministers met) as of 2017-02-15.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from natospend.claims import ClaimResult, check_text
from natospend.paths import raw_dir

SEEDS = raw_dir().parent.parent / "seeds"
AS_OF = {"000": "2025-06-05", "004": "2017-02-15"}


def _seed(prefix: str) -> str:
    files = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip(f"seed article {prefix} not found in {SEEDS}")
    return files[0].read_text(encoding="utf-8")


def _one(results: list[ClaimResult], kind: str, **fields: Any) -> ClaimResult:
    found = [r for r in results if r.kind == kind and all(r.fields.get(k) == v for k, v in fields.items())]
    assert len(found) == 1, f"{kind} {fields}: {[(r.kind, r.fields) for r in results]}"
    return found[0]


@pytest.fixture(scope="module")
def seed000(claims_datasets: dict[str, Any]) -> list[ClaimResult]:
    return check_text(claims_datasets["plain"], _seed("000"), AS_OF["000"])


@pytest.fixture(scope="module")
def seed004(claims_datasets: dict[str, Any]) -> list[ClaimResult]:
    return check_text(claims_datasets["plain"], _seed("004"), AS_OF["004"])


@pytest.fixture(scope="module")
def seed004_iiss(claims_datasets: dict[str, Any]) -> list[ClaimResult]:
    return check_text(claims_datasets["iiss"], _seed("004"), AS_OF["004"])


def test_000_us_about_3_4_is_the_june_2024_figure_outdated_by_june_2025(seed000: list[ClaimResult]) -> None:
    us = _one(seed000, "share_gdp", countries=["USA"])
    assert us.text.startswith("America currently spends around 3.4%")
    assert us.fields["comparator"] == "approx" and us.fields["value"] == 3.4
    assert us.verdict == "outdated"
    by_role = {(e.role, e.release_id): e for e in us.evidence}
    june_2024 = by_role[("older", "nato-2024-06")]
    assert june_2024.shown == "3.38" and june_2024.year == 2024 and june_2024.cell == "N41"
    april_2025 = by_role[("as_of", "nato-2025-04")]
    assert april_2025.shown == "3.19" and april_2025.published == "2025-04-24"
    assert ("later", "nato-2025-08") in by_role  # published after the article: shown, not used for the verdict
    assert "3.38% in nato-2024-06" in us.explanation and "3.19% in nato-2025-04" in us.explanation


def test_000_uk_pledges_match_the_register(seed000: list[ClaimResult]) -> None:
    pledges = [r for r in seed000 if r.kind == "pledge" and r.fields.get("countries") == ["GBR"]]
    by_value = {r.fields["value"]: r for r in pledges if r.text.startswith("Sir Keir Starmer")}
    april_2027 = by_value[2.5]
    assert april_2027.fields["deadline"] == 2027 and april_2027.fields["deadline_text"] == "from April 2027"
    assert april_2027.verdict == "accurate" and april_2027.evidence[0].release_id == "gbr-2.5pct-2027"
    next_parliament = by_value[3.0]
    assert next_parliament.fields["deadline_text"] == "over the next parliament"
    assert (
        next_parliament.verdict == "accurate" and next_parliament.evidence[0].release_id == "gbr-3pct-next-parliament"
    )
    # "how the 3% target could be met": the same pledge, referred to by the next sentence ("he" = Starmer).
    target = [r for r in pledges if r.text.startswith("However, he")]
    assert target and target[0].verdict == "accurate"


def test_000_alliance_targets_and_proposals(seed000: list[ClaimResult]) -> None:
    current = [r for r in seed000 if r.kind == "pledge" and r.fields.get("value") == 2.0]
    assert len(current) == 2 and all(r.verdict == "accurate" for r in current)
    assert all(r.evidence[0].release_id == "vilnius-2023-2pct" for r in current)
    proposals = {r.fields["value"]: r for r in seed000 if r.fields.get("modality") == "proposal"}
    assert set(proposals) == {3.5, 1.5, 5.0}
    assert all(r.verdict == "unverifiable" for r in proposals.values())
    assert "hague-2025-core-3.5" in proposals[3.5].explanation and "2025-06-25" in proposals[3.5].explanation
    assert proposals[1.5].fields["metric"] == "related" and "hague-2025-related-1.5" in proposals[1.5].explanation
    assert "hague-2025-total-5" in proposals[5.0].explanation


def test_000_programme_amounts_are_not_total_spending(seed000: list[ClaimResult]) -> None:
    money = [r for r in seed000 if r.kind == "total_spending"]
    assert sorted(r.fields["value"] for r in money) == [1000.0, 4000.0]  # £1bn lasers, £4bn drones
    assert all(r.fields["currency"] == "GBP" and r.fields["amount_of"] == "programme" for r in money)
    assert all(r.verdict == "unverifiable" for r in money)


def test_000_nothing_else_and_nothing_wrong(seed000: list[ClaimResult]) -> None:
    assert len(seed000) == 11
    assert not [r for r in seed000 if r.verdict == "inaccurate"]
    for r in seed000:  # spans point into the cleaned article text
        assert r.end > r.start and r.text


def test_004_five_allies_at_2pct_and_the_later_four(seed004: list[ClaimResult]) -> None:
    count = _one(seed004, "count")
    assert count.fields["value"] == 5.0 and count.fields["members"] == ["GBR", "USA"]
    assert count.verdict == "accurate"
    as_of = next(e for e in count.evidence if e.role == "as_of")
    assert as_of.release_id == "nato-2016-07" and as_of.value == 5.0
    assert set(as_of.cell.split(", ")) == {"EST", "GRC", "POL", "GBR", "USA"}
    members = {e.country: e.shown for e in count.evidence if e.role == "member"}
    assert members == {"GBR": "2.21", "USA": "3.61"}
    assert count.revised_later is not None
    assert "4 allies at or above 2% in nato-2019-06" in count.revised_later
    assert "4 allies at or above 2% in nato-2026-07" in count.revised_later
    later = {e.release_id: e.value for e in count.evidence if e.role == "later"}
    assert later["nato-2024-06"] == 5.0 and later["nato-2026-07"] == 4.0


def test_004_real_growth_3_8_names_what_is_missing(seed004: list[ClaimResult]) -> None:
    growth = _one(seed004, "real_growth")
    assert growth.fields["countries"] == ["NATO_EUROPE_CANADA"]
    assert growth.fields["year"] == 2016 and growth.fields["year_text"] == "last year"
    assert growth.verdict == "unverifiable"
    assert "No NATO release in the dataset published by 2017-02-15" in growth.explanation
    assert "annual report" in growth.explanation
    later = {e.release_id: e.shown for e in growth.evidence}
    assert later == {"nato-2024-06": "2.97", "nato-2026-07": "2.87"}


def test_004_iiss_dispute_without_and_with_the_iiss_figures(
    seed004: list[ClaimResult], seed004_iiss: list[ClaimResult]
) -> None:
    plain = _one(seed004, "share_gdp", countries=["GBR"])
    assert plain.fields["comparator"] == "lt" and plain.fields["attributed_to"] == "iiss"
    assert plain.verdict == "unverifiable" and "IISS" in plain.explanation and "import" in plain.explanation
    with_iiss = _one(seed004_iiss, "share_gdp", countries=["GBR"])
    assert with_iiss.verdict == "different_measure"
    side = {(e.source, e.release_id): e.shown for e in with_iiss.evidence}
    assert side[("iiss", "iiss-mb-2017")] == "1.98"  # The Military Balance 2017, launched 14 Feb 2017
    assert side[("nato", "nato-2016-07")] == "2.21"  # the NATO figure the MoD cited
    for reason in ("Pensions", "Single Intelligence Account", "Fiscal vs calendar year", "GDP source"):
        assert reason in with_iiss.explanation


def test_004_targets_and_nothing_else(seed004: list[ClaimResult]) -> None:
    targets = [r for r in seed004 if r.kind == "pledge"]
    assert len(targets) == 2 and all(r.verdict == "accurate" for r in targets)
    assert all(r.evidence[0].release_id == "wales-2014-2pct" for r in targets)  # in force in February 2017
    assert len(seed004) == 5


def test_cli_check_file_json(tmp_path: Path) -> None:
    from natospend.interfaces.cli import app

    article = tmp_path / "article.html"
    article.write_text(
        f"<html><body><p>{_seed('004')}</p><script>var x = '99%';</script></body></html>", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["check", "--file", str(article), "--as-of", AS_OF["004"], "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert {c["kind"] for c in payload} == {"pledge", "real_growth", "count", "share_gdp"}
    count = next(c for c in payload if c["kind"] == "count")
    assert count["verdict"] == "accurate" and count["evidence"][0]["release_id"] == "nato-2016-07"
    assert all({"start", "end", "text", "fields", "verdict", "explanation", "evidence"} <= set(c) for c in payload)


def test_cli_check_stdin_and_sentence() -> None:
    from natospend.interfaces.cli import app

    runner = CliRunner()
    sentence = "America currently spends around 3.4% of its GDP on defence."
    piped = runner.invoke(app, ["check", "--file", "-", "--as-of", "2025-06-05"], input=sentence)
    assert piped.exit_code == 0 and "outdated" in piped.output
    dash = runner.invoke(app, ["check", "-", "--as-of", "2025-06-05"], input=sentence)  # TEXT "-" is stdin too
    assert dash.exit_code == 0 and dash.output == piped.output
    direct = runner.invoke(app, ["check", sentence, "--as-of", "2025-06-05", "--json"])
    assert json.loads(direct.output)[0]["verdict"] == "outdated"
    bad = runner.invoke(app, ["check", sentence, "--as-of", "June 2025"])
    assert bad.exit_code == 1 and "as_of" in bad.output
    neither = runner.invoke(app, ["check"])
    assert neither.exit_code == 1 and "give either TEXT or --file" in neither.output
