"""IISS figures are not shipped: a user imports their own copy, and it joins the dataset on their machine only."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from natospend.interfaces.cli import app
from natospend.paths import DATA_DIR
from natospend.store.dataset import Dataset


def test_import_iiss_copy_then_query_by_edition(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATOSPEND_HOME", str(tmp_path))
    result = CliRunner().invoke(app, ["data", "import", "iiss", str(raw / "iiss" / "Military_Balance_2012-2020.xlsx")])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "observations").glob("*.csv"))
    assert "iiss-mb-2017--Military_Balance_2012-2020.csv" in files
    ds = Dataset(DATA_DIR, extra_dirs=[tmp_path / "observations"])
    # The Military Balance 2017 (14 Feb 2017) put the UK at 1.98% of GDP in 2016; the 2018 edition revised it to 2.00.
    row = ds.value("UK", "share_gdp", 2016, source="iiss", as_of="2017-02-15")
    assert row is not None and row["value"] == 1.98 and row["release_id"] == "iiss-mb-2017"
    assert ds.value("UK", "share_gdp", 2016, source="iiss", release="iiss-mb-2018")["value"] == 2.0  # type: ignore[index]
    assert "iiss" in ds.sources()


def test_long_extract_is_its_own_release(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATOSPEND_HOME", str(tmp_path))
    result = CliRunner().invoke(app, ["data", "import", "iiss", str(raw / "iiss" / "iiss_milex.xlsx")])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "observations").glob("*.csv")] == ["iiss-extract-2020-07--iiss_milex.csv"]


def test_shipped_dataset_has_no_iiss() -> None:
    assert "iiss" not in Dataset(DATA_DIR, extra_dirs=[]).sources()


def test_import_needs_an_existing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["data", "import", "iiss", str(tmp_path / "nope.xlsx")])
    assert result.exit_code == 1
    assert "Error: file:" in result.output and "does not exist" in result.output


def test_import_rejects_a_shipped_importer(tmp_path: Path) -> None:
    some = tmp_path / "x.csv"
    some.write_text("a,b\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["data", "import", "sipri", str(some)])
    assert result.exit_code == 1
    assert "unknown importer for user files 'sipri'" in result.output
