"""`data build` survives faults: SIGKILL mid-write leaves the installed dataset byte-identical, the next build
succeeds, and two builds of one folder never mix (the second stops with a clear error)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from natospend.ingest.build import recover
from natospend.paths import DATA_DIR

NATOSPEND = str(Path(sys.executable).parent / "natospend")


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _csvs(folder: Path) -> dict[str, str]:
    return {name: digest for name, digest in _snapshot(folder).items() if name.endswith(".csv")}


def _installed(tmp_path: Path) -> Path:
    """A copy of the committed dataset standing for the installed one."""
    out = tmp_path / "data"
    shutil.copytree(DATA_DIR, out, ignore=shutil.ignore_patterns("dataset.sqlite", ".compact-*"))
    return out


def _start_build(raw: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [NATOSPEND, "data", "build", "--raw", str(raw), "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip


def _staging_has_files(parent: Path) -> bool:
    return any(any(p.is_file() for p in d.rglob("*")) for d in parent.glob(".build-*") if d.is_dir())


def test_sigkill_mid_write_leaves_the_dataset_untouched_and_builds_never_mix(raw: Path, tmp_path: Path) -> None:
    out = _installed(tmp_path)
    before = _snapshot(out)
    build = _start_build(raw, out)
    deadline = time.monotonic() + 60
    while not _staging_has_files(tmp_path):  # the importers are done and the new files are being written
        assert build.poll() is None, "the build ended before it wrote anything: " + build.communicate()[1]
        assert time.monotonic() < deadline, "no staging folder appeared within 60 s"
        time.sleep(0.005)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=10)
    assert build.returncode == -signal.SIGKILL
    assert _snapshot(out) == before  # byte-identical, not one file more or less
    assert list(tmp_path.glob(".build-*")), "the kill left its staging folder (the next build must clear it)"

    # The next build succeeds, while a second one started beside it stops at once with a clear error.
    first = _start_build(raw, out)
    deadline = time.monotonic() + 30
    lock = tmp_path / ".data.build.lock"  # the killed build's stays behind, naming a dead pid: wait for ours
    while f"pid {first.pid}" not in lock.read_text(encoding="utf-8"):
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    second = _start_build(raw, out)
    _, err = second.communicate(timeout=60)
    assert second.returncode == 1
    assert "another `natospend data build`" in err and str(out) in err and "pid" in err
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    # What was swapped in is one whole build: the CSVs equal the committed ones, with their compact form.
    assert _csvs(out) == _csvs(DATA_DIR)
    assert (out / "dataset.sqlite").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".data.build.lock", "data"]


def test_a_swap_killed_between_its_renames_is_undone(tmp_path: Path) -> None:
    """SIGKILL between `out -> out.old` and `staging -> out`: the next build (or recover) puts the old one back."""
    out = _installed(tmp_path)
    before = _snapshot(out)
    (tmp_path / ".build-data-x" / "observations").mkdir(parents=True)
    (tmp_path / ".build-data-x" / "observations" / "half.csv").write_text("source\n", encoding="utf-8")
    out.rename(out.with_name("data.old"))
    recover(out)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
