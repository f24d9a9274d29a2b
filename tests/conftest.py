"""Shared fixtures. Tests that need the upstream releases read them from ../shared/data/raw (or NATOSPEND_RAW)."""

from __future__ import annotations

import atexit
import csv
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import natospend
from natospend.ingest.importers import get_importer
from natospend.models import ParseResult
from natospend.paths import raw_dir
from natospend.reference.manifest import load_manifest
from natospend.store.dataset import Dataset

# The session's own natospend home: figures the user imported into their real ~/.natospend (or $NATOSPEND_HOME)
# must never change test results. Set at collection, before any test runs (paths.user_dir() reads it at call time,
# nothing reads it on import); subprocesses started by tests inherit it.
SESSION_HOME = tempfile.mkdtemp(prefix="natospend-test-home-")
os.environ["NATOSPEND_HOME"] = SESSION_HOME
atexit.register(shutil.rmtree, SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def raw() -> Path:
    """The raw upstream folder; skips (with the reason) where it is absent, e.g. outside the workplace."""
    folder = raw_dir()
    if not folder.is_dir():
        pytest.skip(
            f"upstream releases not found at {folder} (set NATOSPEND_RAW or place ../shared beside the project)"
        )
    return folder


@pytest.fixture(scope="session")
def parse_upstream(raw: Path) -> Callable[[str], ParseResult]:
    """Parse an upstream file (path relative to the raw folder, as in sources.toml) once per session.

    Uses the importer and first release the manifest names for the file, e.g. parse_upstream('imf/...csv').
    """
    cache: dict[str, ParseResult] = {}

    def parse(rel_path: str) -> ParseResult:
        if rel_path not in cache:
            manifest = load_manifest()
            entry = next(f for f in manifest.files if f.path == rel_path)
            release = manifest.release(entry.releases[0])
            cache[rel_path] = get_importer(entry.importer)(raw / rel_path, release)
        return cache[rel_path]

    return parse


@pytest.fixture(scope="session")
def ds() -> Dataset:
    """The embedded dataset, loaded once per test session."""
    return natospend.load()


@pytest.fixture(scope="session")
def upstream_2026(raw: Path) -> dict[tuple[str, int, str], float]:
    """The July 2026 release read straight from the upstream file: (country, year, indicator) -> value."""
    with (raw / "nato-transcribed" / "nato_def-exp-2026_2014-2026.csv").open(encoding="utf-8", newline="") as fh:
        return {
            (r["country_iso3"], int(r["year"]), r["indicator"]): float(r["value"])
            for r in csv.DictReader(fh)
            if r["value"]
        }


@pytest.fixture(scope="session")
def api() -> Iterator[Any]:
    """The HTTP API and dashboard (natospend.interfaces.app.create_app) in-process via TestClient, one per session."""
    from fastapi.testclient import TestClient

    from natospend.interfaces.app import create_app

    with TestClient(create_app()) as client:
        yield client


@pytest.fixture(scope="session")
def claims_datasets(raw: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two datasets for the claim checker and source comparison, independent of the user's ~/.natospend:
    'plain' (the embedded data only) and 'iiss' (plus the IISS figures imported from the raw folder into a
    temporary NATOSPEND_HOME, as a user would with `natospend data import iiss`)."""
    from natospend.ingest.user_import import import_user_file
    from natospend.store.dataset import Dataset

    home = tmp_path_factory.mktemp("natospend-home")
    previous = os.environ.get("NATOSPEND_HOME")
    os.environ["NATOSPEND_HOME"] = str(home)
    try:
        for name in ("Military_Balance_2012-2020.xlsx", "iiss_milex.xlsx"):
            import_user_file("iiss", raw / "iiss" / name)
    finally:
        if previous is None:
            os.environ.pop("NATOSPEND_HOME", None)
        else:
            os.environ["NATOSPEND_HOME"] = previous
    return {"plain": Dataset(extra_dirs=[]), "iiss": Dataset(extra_dirs=[home / "observations"])}
