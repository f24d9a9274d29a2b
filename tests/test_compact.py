"""The compact binary form (dataset.sqlite) holds exactly the committed CSVs, and is never used once stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from natospend.interfaces.cli.common import frame_records
from natospend.models import OBS_COLUMNS
from natospend.paths import DATA_DIR
from natospend.store import compact
from natospend.store.dataset import _DTYPES, Dataset


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed CSVs in a folder of their own, with their compact form derived from them alone."""
    folder = tmp_path_factory.mktemp("compact") / "data"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("dataset.sqlite", ".compact-*"))
    compact.write(folder)
    return folder


def test_every_release_equals_its_committed_csv(copy: Path) -> None:
    con = compact.open_fresh(copy)
    assert con is not None
    for path in compact.csv_files(DATA_DIR)[1:]:
        expected = pd.read_csv(path, dtype=_DTYPES, keep_default_na=False, na_values={"value": [""]})
        rows = compact.release_rows(con, path.stem)
        got = pd.DataFrame(rows, columns=OBS_COLUMNS, dtype=object).astype(
            {c: t for c, t in _DTYPES.items() if t is not object}
        )
        pd.testing.assert_frame_equal(got, expected, check_exact=True, obj=path.name)
    releases = pd.read_csv(DATA_DIR / "releases.csv", dtype=str, keep_default_na=False)
    stored = con.execute("SELECT * FROM releases").fetchall()
    assert [list(r) for r in stored] == releases.to_numpy().tolist()


QUERIES: list[dict[str, Any]] = [
    {"country": "POL", "indicator": ["share_gdp"], "year": [2016]},
    {"country": "Poland"},
    {"country": "Britain", "source": "sipri"},
    {"country": "NATO", "indicator": ["share_gdp", "equipment_share"], "year": [2014, 2023, 2024]},
    {"country": "DEU", "release": "nato-2024-06"},
    {"country": "FRA", "as_of": "2019-07-01"},
    {"country": "USA", "as_of": "2024-07-01", "source": "nato", "indicator": ["share_gdp"]},
    {"country": "LUX", "year": [1990, 2030]},
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: "-".join(str(v) for v in q.values()))
def test_show_without_pandas_gives_the_datasets_answer(copy: Path, query: dict[str, Any]) -> None:
    args = {"indicator": None, "year": None, "source": None, "release": None, "as_of": None, **query}
    got = compact.answer(copy, [], **args)
    assert got is not None
    frame = Dataset(copy, extra_dirs=[]).observations(**args)
    assert got == frame_records(frame)
    assert got, "every query above has figures"


@pytest.mark.parametrize(
    "query",
    [
        {"source": "nosuch"},
        {"release": "nato-1900-01"},
        {"as_of": "1960-01-01"},
        {"as_of": "yesterday"},
        {"release": "nato-2024-06", "as_of": "2024-07-01"},
        {"year": [1700]},
        {"indicator": ["share_gpd"]},
    ],
)
def test_arguments_the_dataset_rejects_are_left_to_it(copy: Path, query: dict[str, Any]) -> None:
    args = {"country": "POL", "indicator": None, "year": None, "source": None, "release": None, "as_of": None}
    assert compact.answer(copy, [], **{**args, **query}) is None


def test_user_imports_are_left_to_the_dataset(copy: Path, tmp_path: Path) -> None:
    (tmp_path / "iiss-mb-2017--mine.csv").write_text(",".join(OBS_COLUMNS) + "\n", encoding="utf-8")
    assert compact.answer(copy, [tmp_path], "POL", None, None, None, None, None) is None


def test_a_changed_csv_makes_it_stale_and_it_is_rederived(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("dataset.sqlite", ".compact-*"))
    compact.write(folder)
    assert compact.open_fresh(folder) is not None
    # Same size, new bytes (as a merge or a hand edit leaves it): POL 2016 share of GDP 1.99 -> 1.98.
    path = folder / "observations" / "nato-2026-07.csv"
    text = path.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("nato,nato-2026-07,POL,2016,share_gdp,1.99,"))
    path.write_text(text.replace(line, line.replace(",1.99,", ",1.98,")), encoding="utf-8")
    assert compact.open_fresh(folder) is None
    records = compact.answer(folder, [], "POL", ["share_gdp"], [2016], "nato", None, None)
    assert records is not None and [r["value"] for r in records] == [1.98]
    assert compact.open_fresh(folder) is not None  # derived again from the CSVs


def test_touched_but_identical_csv_stays_fresh(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("dataset.sqlite", ".compact-*"))
    compact.write(folder)
    os.utime(folder / "releases.csv", ns=(1, 1))  # a fresh checkout: new mtimes, same bytes
    assert compact.open_fresh(folder) is not None
    (folder / "observations" / "extra.csv").write_text(",".join(OBS_COLUMNS) + "\n", encoding="utf-8")
    assert compact.open_fresh(folder) is None  # a new release file is not in it


def test_data_compact_command_writes_it(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from natospend.interfaces.cli import app

    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("dataset.sqlite", ".compact-*"))
    result = CliRunner().invoke(app, ["data", "compact", "--data", str(folder)])
    assert result.exit_code == 0, result.output
    assert compact.open_fresh(folder) is not None
    result = CliRunner().invoke(app, ["data", "compact", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "holds no releases.csv" in result.output
