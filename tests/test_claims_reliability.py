"""How far to trust the checker: every output quotes its figures on articles it was never tuned on
(src/natospend/claims/reliability.toml; tests/test_claims_accuracy.py checks they match the checker today)."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from typer.testing import CliRunner

from natospend.claims.reliability import measured
from natospend.interfaces.cli import app

SENTENCE = "Croatia (2.03%) and the US (3.47%) are expected to achieve the goal this year."


def _raw() -> dict[str, Any]:
    text = resources.files("natospend.claims").joinpath("reliability.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_summary_quotes_the_measured_counts() -> None:
    raw = _raw()
    r = measured()
    assert r.labelled == raw["labelled"] and r.false_accurate == raw["false_accurate"]
    assert 0 < r.correct <= r.matched <= r.labelled and r.false_accurate <= r.accurate_given
    text = r.summary()
    assert f"on {raw['articles']} published articles it was never tuned on" in text
    assert f"found {raw['matched'] / raw['labelled']:.0%} of the claims" in text
    assert f"{raw['false_accurate']} of its {raw['accurate_given']:,} `accurate` verdicts were wrong" in text
    assert raw["measured"] in text


def test_every_output_for_readers_quotes_it() -> None:
    summary = measured().summary()
    runner = CliRunner()
    plain = runner.invoke(app, ["check", SENTENCE, "--as-of", "2022-06-28"])
    assert plain.exit_code == 0, plain.output
    assert summary in " ".join(plain.output.split())  # the console wraps it
    page = runner.invoke(app, ["check", SENTENCE, "--as-of", "2022-06-28", "--format", "html"]).output
    assert f'<p class="trust">{summary}</p>' in page.replace("&#x27;", "'")
    # machine formats keep their shape: a list of results, no prose
    assert "How far to trust" not in runner.invoke(app, ["check", SENTENCE, "--json"]).output


def test_dashboard_checker_page_quotes_it(api: Any) -> None:
    page = api.post("/claims", data={"text": SENTENCE, "as_of": "2022-06-28"}).text
    assert 'id="trust"' in page and "never tuned on" in page
    empty = api.get("/claims").text
    assert 'id="trust"' not in empty  # said beside verdicts, not before any
