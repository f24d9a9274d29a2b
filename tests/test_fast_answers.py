"""`natospend status` and `natospend check` answer from the read model over the compact SQLite form, without pandas,
and give what the Dataset (pandas) path gives: the same figures, the same status table, the same verdicts, the same
screens, on the committed dataset."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import natospend
from cli_probe import run_cli
from natospend.analysis import compliance
from natospend.claims import check_text
from natospend.formatting import published
from natospend.service import answers
from natospend.store import quick
from natospend.store.dataset import Dataset

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store() -> quick.QuickStore:
    found = quick.load()
    assert found is not None, "the compact form could not be opened or written"
    return found


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset()


def test_every_release_gives_the_same_figures_from_either_store(store: quick.QuickStore, dataset: Dataset) -> None:
    assert store.read.release_ids() == dataset.read.release_ids()
    for rid in dataset.read.release_ids():
        fast, slow = store.read.release(rid), dataset.read.release(rid)
        assert (fast.source, fast.published, fast.complete, fast.grade) == (
            slow.source,
            slow.published,
            slow.complete,
            slow.grade,
        )
        assert fast.indicators() == slow.indicators(), rid
        for indicator in slow.indicators():
            # Same figures in the same order (dict order feeds evidence lists and ties).
            assert list(fast.figures(indicator).items()) == list(slow.figures(indicator).items()), (rid, indicator)
        assert (
            store.read.citation(rid, ["Table 3"])
            == dataset.read.citation(rid, ["Table 3"])
            == dataset.citation(rid, ["Table 3"])
        )


def test_a_release_read_from_the_compact_form_holds_the_published_figures(store: quick.QuickStore) -> None:
    # NATO's June 2024 release (Table 3): Poland 4.12% of GDP in 2024 (estimate), the United States 3.38%.
    rel = store.read.release("nato-2024-06")
    poland, usa = rel.get("POL", "share_gdp", 2024), rel.get("USA", "share_gdp", 2024)
    assert poland is not None and usa is not None
    assert (poland.shown, poland.estimate, usa.shown) == ("4.12", True, "3.38")
    assert [f.release_id for f in store.read.figures("nato", "POL", "share_gdp", 2024)][:1] == ["nato-2024-06"]


STATUS_QUERIES: list[dict[str, Any]] = [
    {},
    {"year": 2016},
    {"year": 2024},
    {"year": 2014, "release": "nato-2019-06"},
    {"release": "nato-2024-06"},
    {"release": "nato-2016-07"},  # partial (press-quoted)
    {"release": "nato-2018-07"},
    {"as_of": "2019-07-01"},
    {"as_of": "2024-07-01"},
    {"year": 2013, "as_of": "2019-07-01"},
]


@pytest.mark.parametrize("query", STATUS_QUERIES, ids=[str(q) for q in STATUS_QUERIES])
def test_the_status_table_without_pandas_is_the_datasets(
    store: quick.QuickStore, dataset: Dataset, query: dict[str, Any]
) -> None:
    fast, slow = compliance.status_rows(store, **query), compliance.status_rows(dataset, **query)
    assert fast == slow
    frame = compliance.status_table(dataset, **query)
    assert frame.attrs == fast.attrs()
    assert list(frame.columns) == compliance.STATUS_COLUMNS
    assert list(frame["country"]) == [r["country"] for r in fast.rows]
    assert list(frame["status_2pct"]) == [r["status_2pct"] for r in fast.rows]


def test_the_pandas_free_status_gives_published_figures(store: quick.QuickStore) -> None:
    table = compliance.status_rows(store, year=2024, release="nato-2024-06")
    rows = {r["country"]: r for r in table.rows}
    assert table.rows[0]["country"] == "POL"
    assert published(rows["POL"]["share_gdp"], rows["POL"]["share_decimals"]) == "4.12"
    assert rows["POL"]["status_2pct"] == "met" and rows["POL"]["estimate"] is True
    assert table.coverage["n_met_2pct"] == 23  # "23 Allies are expected to meet or exceed 2%" (June 2024)


def test_the_pledge_column_is_the_evaluation_of_that_pledge(store: quick.QuickStore, dataset: Dataset) -> None:
    table = answers.status(store, 2024, "nato-2024-06", None, "gbr-2.5pct-2027")
    evaluated = compliance.evaluate(dataset, "gbr-2.5pct-2027", year=2024, release="nato-2024-06")
    gbr = next(r for r in table.rows if r["country"] == "GBR")
    assert (gbr["pledge_status"], gbr["pledge_value"]) == (evaluated["status"][0], evaluated["value"][0])
    others = [r for r in table.rows if r["country"] != "GBR"]
    assert all(r["pledge_id"] == "gbr-2.5pct-2027" and r["pledge_status"] is None for r in others)


STATUS_COMMANDS = [
    ["status"],
    ["status", "--json"],
    ["status", "--year", "2016"],
    ["status", "--as-of", "2019-07-01"],
    ["status", "--as-of", "2019-07-01", "--json"],
    ["status", "--release", "nato-2024-06", "--pledge", "gbr-2.5pct-2027"],
    ["status", "--release", "nato-2024-06", "--pledge", "gbr-2.5pct-2027", "--json"],
    ["status", "--years", "2023-2024", "--wide"],
    ["status", "--release", "nato-2016-07"],
    ["status", "--year", "2031"],
    ["status", "--as-of", "2010-01-01"],
    ["status", "--release", "nato-2024-6"],
    ["check", "Poland spends 4.1% of GDP on defence", "--as-of", "2024-07-01"],
    ["check", "Only 23 allies met the 2% target in 2024.", "--as-of", "2024-07-01", "--json"],
    ["check", "According to SIPRI, Germany spent 1.4% of GDP on its military in 2022.", "--as-of", "2024-07-01"],
]


@pytest.mark.parametrize("args", STATUS_COMMANDS, ids=[" ".join(a) for a in STATUS_COMMANDS])
@pytest.mark.parametrize("width", [80, 200])
def test_status_and_check_print_what_the_pandas_path_prints(
    args: list[str], width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from natospend.interfaces.cli import app

    runner = CliRunner()
    opened: list[object] = []
    monkeypatch.setattr(answers, "store", lambda: opened.append(quick.store()) or opened[-1])
    fast = runner.invoke(app, args, terminal_width=width, env={"COLUMNS": str(width)})
    assert [type(s) for s in opened] == [quick.QuickStore]
    monkeypatch.setattr(quick, "load", lambda *a, **k: None)  # as where only the Dataset can answer
    slow = runner.invoke(app, args, terminal_width=width, env={"COLUMNS": str(width)})
    assert isinstance(opened[-1], Dataset)
    assert (fast.exit_code, fast.output) == (slow.exit_code, slow.output)
    assert fast.exit_code == (1 if "Error: " in fast.output else 0), fast.output


def test_a_user_import_sends_status_and_check_to_the_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATOSPEND_HOME", str(tmp_path))
    assert isinstance(quick.store(), quick.QuickStore)
    (tmp_path / "observations").mkdir()
    (tmp_path / "observations" / "iiss-2025.csv").write_text("", encoding="utf-8")
    assert isinstance(quick.store(), Dataset)


def _claims() -> list[tuple[str, str | None]]:
    corpus = tomllib.loads((ROOT / "tests" / "data" / "claims_corpus.toml").read_text(encoding="utf-8"))["claim"]
    out: list[tuple[str, str | None]] = [(c["text"], str(c["date"]) if c.get("date") else None) for c in corpus]
    for path in sorted((ROOT / "tests" / "data" / "claims_articles").glob("*.toml"))[:20]:
        article = tomllib.loads(path.read_text(encoding="utf-8"))
        out.append((article["text"], str(article["date"])))
    return out


def test_every_verdict_from_the_compact_form_is_the_datasets(store: quick.QuickStore) -> None:
    slow = natospend.load()
    checked = 0
    for text, as_of in _claims():
        fast_results = [r.to_dict() for r in check_text(store, text, as_of)]
        assert fast_results == [r.to_dict() for r in check_text(slow, text, as_of)], text[:80]
        checked += len(fast_results)
    assert checked > 200


# The modules a pandas-free `status` or `check` must not import.
_NOT_FOR_STATUS_OR_CHECK = {
    "pandas", "numpy", "fastapi", "plotly", "matplotlib", "duckdb", "natospend.analysis.compare"
}  # fmt: skip


def _run(*args: str) -> tuple[int, list[str], str]:
    code, imported, out, _ = run_cli(*args)
    return code, sorted(imported & _NOT_FOR_STATUS_OR_CHECK), out


@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["status", "--year", "2016", "--pledge", "gbr-2.5pct-2027", "--json"],
        ["check", "Poland spends 4.1% of GDP on defence", "--as-of", "2024-07-01"],
        ["check", "Only 23 allies met the 2% target in 2024.", "--as-of", "2024-07-01"],
    ],
)
def test_status_and_check_start_without_pandas(args: list[str]) -> None:
    code, imported, output = _run(*args)
    assert code == 0, output
    assert imported == [], f"natospend {' '.join(args)} imported {imported}"
    if args[0] == "status":
        assert "nato-2026-07" in output
    else:
        assert "accurate" in output or "outdated" in output or "inaccurate" in output


def test_a_different_measure_explanation_still_reads_the_definitions_with_pandas() -> None:
    # SIPRI's 1.39% for Germany in 2022 (SIPRI 2023 edition) against NATO's 1.51%: the explanation needs compare.
    code, imported, output = _run(
        "check", "According to SIPRI, Germany spent 1.4% of GDP on its military in 2022.", "--as-of", "2024-07-01"
    )
    assert code == 0 and "different_measure" in output and "Why they differ" in output, output
    assert "pandas" in imported
