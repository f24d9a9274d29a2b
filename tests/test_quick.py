"""The pandas-free answers of `natospend show` (store/quick.py over the compact SQLite form) equal the Dataset's:
the same rows with the same values, provenance and first-published figures, and the same screen, on many real
queries of the committed dataset."""

from __future__ import annotations

import math
from typing import Any

import pytest
from typer.testing import CliRunner

import natospend
from natospend.store import quick
from natospend.store.dataset import Dataset

QUERIES: list[dict[str, Any]] = [
    {"country": "POL", "indicator": ["share_gdp"], "year": [2016]},
    {"country": "POL"},
    {"country": "DEU", "as_of": "2019-07-01"},
    {"country": "USA", "release": "nato-2015-06"},
    {"country": "NATO"},
    {"country": "Britain", "source": "sipri"},
    {"country": "FRA", "year": range(2010, 2020)},
    {"country": ["POL", "DEU"], "indicator": ["share_gdp", "equipment_share"]},
    {"country": "ITA", "as_of": "2024-07-01", "indicator": "share_gdp"},
    {"country": "CAN", "source": ["worldbank", "imf"]},
    {"country": "NATO_EUROPE_CANADA", "year": [2014, 2024]},
    {"country": "GRC", "release": "nato-2024-06"},
    {"country": "TUR", "as_of": "2018-07-01"},
]


def _plain(value: Any) -> Any:
    import pandas as pd

    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


@pytest.fixture(scope="module")
def store() -> quick.QuickStore:
    found = quick.load()
    assert found is not None, "the compact form could not be opened or written"
    return found


@pytest.mark.parametrize("query", QUERIES, ids=[str(q) for q in QUERIES])
def test_rows_equal_the_datasets(store: quick.QuickStore, query: dict[str, Any]) -> None:
    ds = Dataset()
    frame = ds.first_published(ds.observations(**query))
    expected = [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
    got = store.first_published(store.observations(**query))
    assert expected, "a query with no rows proves little"
    assert [list(r) for r in got] == [list(r) for r in expected]
    assert got == expected
    assert {r: store.citation(r) for r in frame["release_id"]} == {r: ds.citation(r) for r in frame["release_id"]}


@pytest.mark.parametrize(
    "query",
    [{"country": "Narnia"}, {"country": "POL", "source": "nonsense"}, {"country": "POL", "indicator": "share_gdpp"},
     {"country": "POL", "year": [1900]}, {"country": "POL", "release": "nato-1999-01"},
     {"country": "POL", "as_of": "1990-01-01"}, {"country": "POL", "as_of": "yesterday"},
     {"country": "POL", "release": "nato-2024-06", "as_of": "2024-07-01"}],
)  # fmt: skip
def test_what_the_dataset_refuses_the_quick_store_refuses(store: quick.QuickStore, query: dict[str, Any]) -> None:
    with pytest.raises(natospend.errors.NatoSpendError):
        Dataset().observations(**query)
    with pytest.raises(natospend.errors.NatoSpendError):
        store.observations(**query)


COMMANDS = [
    ["show", "POL", "--indicator", "share_gdp", "--year", "2016"],
    ["show", "POL"],
    ["show", "POL", "--all"],
    ["show", "DEU", "--as-of", "2019-07-01"],
    ["show", "USA", "--release", "nato-2015-06"],
    ["show", "Britain", "-i", "share_gdp", "-i", "equipment_share"],
    ["show", "NATO", "--year", "2024", "--wide"],
    ["show", "FRA", "--source", "worldbank", "--all"],
    ["show", "POL", "--source", "sipri", "--years", "2014-2016"],
    ["show", "POL", "--as-of", "1990-01-01"],
    ["show", "POL", "--indicator", "share_gdpp"],
    ["show", "--indicator", "share_gdp", "--year", "2024", "--release", "nato-2024-06"],  # every ally
    ["show", "-i", "share_gdp", "-i", "equipment_share", "--years", "2023-2024", "--source", "nato"],
    ["show", "--indicator", "share_gdpp", "--year", "2024"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
@pytest.mark.parametrize("width", [80, 200])
def test_show_prints_what_the_pandas_path_prints(args: list[str], width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from natospend.interfaces.cli import app

    runner = CliRunner()
    loads: list[object] = []
    real_load = natospend.load
    monkeypatch.setattr(natospend, "load", lambda *a: loads.append(a) or real_load(*a))
    fast = runner.invoke(app, args, terminal_width=width, env={"COLUMNS": str(width)})
    # Only a refused argument goes to the Dataset (for its wording of the error).
    assert bool(loads) == (fast.exit_code != 0), (loads, fast.output)
    monkeypatch.setattr(quick, "load", lambda *a, **k: None)  # as where only the Dataset can answer
    slow = runner.invoke(app, args, terminal_width=width, env={"COLUMNS": str(width)})
    assert (fast.exit_code, fast.output) == (slow.exit_code, slow.output)
    assert " figures (" in fast.output or "Error: " in fast.output


def test_a_user_import_sends_show_to_the_dataset(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATOSPEND_HOME", str(tmp_path))
    assert quick.load() is not None
    (tmp_path / "observations").mkdir()
    (tmp_path / "observations" / "iiss-2025.csv").write_text("", encoding="utf-8")
    assert quick.load() is None


def test_release_years_equal_the_datasets_without_building_figures(store: quick.QuickStore) -> None:
    # `check` asks every NATO release for its years (claims.facts.newest_year): the compact store answers from the
    # file without building the figures, and must give the years the Dataset's figures have.
    ds = Dataset()
    for rid in ("nato-2015-06", "nato-2024-06", "nato-2026-03", "sipri-2025-04"):
        quick_rel, ds_rel = store.read.release(rid), ds.read.release(rid)
        for indicator in ds_rel.indicators():
            built = {y for (_, y) in ds_rel.figures(indicator)}
            assert quick_rel.years(indicator) == ds_rel.years(indicator) == built, (rid, indicator)
        assert not quick_rel._figures, "years were read by building the figures"
