"""`data build`: deterministic, complete, atomic; bad upstream input is named and leaves the dataset untouched."""

from __future__ import annotations

import dataclasses
import filecmp
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from natospend.errors import ChecksumMismatchError, InputFileError, MissingUpstreamError
from natospend.ingest.build import build
from natospend.interfaces.cli import app
from natospend.paths import DATA_DIR
from natospend.reference.manifest import Manifest, load_manifest, sha256_of


@pytest.fixture(scope="session")
def fresh_build(raw: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "data"
    build(raw, out)
    return out


def _tree(folder: Path) -> list[str]:
    # dataset.sqlite is derived from the CSVs (tests/test_compact.py), not reviewed or committed: the CSVs must match.
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and not _derived(p))


def _derived(path: Path) -> bool:
    return path.name == "dataset.sqlite" or path.name.startswith(".compact-")


def test_committed_dataset_equals_a_fresh_build(fresh_build: Path) -> None:
    # The committed dataset came from an earlier run, so this also proves the build is byte-identical on rerun.
    assert _tree(fresh_build) == _tree(DATA_DIR)
    different = [
        name for name in _tree(DATA_DIR) if not filecmp.cmp(DATA_DIR / name, fresh_build / name, shallow=False)
    ]
    assert different == [], "run `natospend data build` and commit the result"


def test_every_embedded_release_is_built(fresh_build: Path) -> None:
    embedded = {r for f in load_manifest().files if f.embed for r in f.releases}
    built = {p.stem for p in (fresh_build / "observations").glob("*.csv")}
    assert built == embedded


def test_iiss_is_not_embedded(fresh_build: Path) -> None:
    assert not list((fresh_build / "observations").glob("iiss*"))


def _one_file_manifest(raw_file: str, broken: Path) -> Manifest:
    manifest = load_manifest()
    entry = next(f for f in manifest.files if f.path == raw_file)
    entry = dataclasses.replace(entry, sha256=sha256_of(broken / raw_file))
    return Manifest(manifest.releases, (entry,))


def test_broken_upstream_file_is_named_and_dataset_untouched(raw: Path, tmp_path: Path) -> None:
    name = "nato-transcribed/nato_release-2022-06_2014-2022_partial.csv"
    broken = tmp_path / "raw"
    (broken / "nato-transcribed").mkdir(parents=True)
    text = (raw / name).read_text(encoding="utf-8")
    (broken / name).write_text(text.replace(",value,", ",valeur,", 1), encoding="utf-8")
    out = tmp_path / "data"
    shutil.copytree(DATA_DIR, out)
    before = {n: (out / n).read_bytes() for n in _tree(out)}
    with pytest.raises(InputFileError, match=r"nato_release-2022-06_2014-2022_partial\.csv.*missing column\(s\) value"):
        build(broken, out, manifest=_one_file_manifest(name, broken))
    assert {n: (out / n).read_bytes() for n in _tree(out)} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".build-")] == []


def test_altered_upstream_file_fails_its_checksum(raw: Path, tmp_path: Path) -> None:
    name = "nato-transcribed/nato_release-2020-10_2013-2020_partial.csv"
    altered = tmp_path / "raw" / name
    altered.parent.mkdir(parents=True)
    altered.write_bytes((raw / name).read_bytes() + b"\n")
    manifest = load_manifest()
    only = Manifest(manifest.releases, tuple(f for f in manifest.files if f.path == name))
    with pytest.raises(ChecksumMismatchError, match="expected 367f54e4"):
        build(tmp_path / "raw", tmp_path / "out", manifest=only)
    assert not (tmp_path / "out").exists()


def test_missing_upstream_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(MissingUpstreamError, match="not found under"):
        build(tmp_path, tmp_path / "out")


def test_verify_reports_present_files(raw: Path) -> None:
    result = CliRunner().invoke(app, ["data", "verify", "--json", "--raw", str(raw)])
    assert result.exit_code == 0, result.output
    assert '"state": "ok"' in result.output
    assert '"state": "changed"' not in result.output


def test_verify_reports_missing_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["data", "verify", "--json", "--raw", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output.count('"state": "missing"') == len(load_manifest().files)
