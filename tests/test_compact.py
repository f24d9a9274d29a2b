"""The compact binary form (dataset.sqlite) holds exactly the committed CSVs, and is never used once stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from natospend.models import OBS_COLUMNS
from natospend.paths import DATA_DIR
from natospend.store import compact
from natospend.store.dataset import _DTYPES


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
    con = compact.ensure(folder)  # derived again from the CSVs
    assert con is not None
    rows = [r for r in compact.release_rows(con, "nato-2026-07") if r[2:5] == ("POL", 2016, "share_gdp")]
    assert [r[OBS_COLUMNS.index("value")] for r in rows] == [1.98]


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
