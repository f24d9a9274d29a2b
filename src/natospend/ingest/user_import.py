"""Figures the project may not ship (IISS is copyrighted) imported from the user's own copy into ~/.natospend."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from natospend.errors import UnknownValueError
from natospend.ingest.build import with_currency
from natospend.ingest.importers import get_importer
from natospend.models import OBS_COLUMNS, Observation
from natospend.paths import user_dir
from natospend.reference.manifest import load_manifest, sha256_of


def import_user_file(importer: str, path: Path) -> tuple[Path, int]:
    """Parse the user's file and store its observations, one CSV per release, in the user folder."""
    manifest = load_manifest()
    entries = [f for f in manifest.files if f.importer == importer and not f.embed]
    if not entries:
        valid = sorted({f.importer for f in manifest.files if not f.embed})
        raise UnknownValueError("importer for user files", importer, valid)
    # The manifest entry for this file: by its checksum, else by its name, else the importer's first file.
    digest = sha256_of(path)
    entry = next((f for f in entries if f.sha256 == digest), None) or next(
        (f for f in entries if Path(f.path).name == path.name), entries[0]
    )
    result = get_importer(importer)(path, manifest.release(entry.releases[0]))
    folder = user_dir() / "observations"
    folder.mkdir(parents=True, exist_ok=True)
    by_release: dict[str, list[Observation]] = {}
    for obs in result.observations:
        manifest.release(obs.release_id)  # every release must be described in the manifest
        by_release.setdefault(obs.release_id, []).append(obs)
    for release_id, observations in by_release.items():
        observations = with_currency(observations)
        _write_atomically(folder / f"{release_id}--{path.stem}.csv", observations)
    return folder, len(result.observations)


def _write_atomically(target: Path, observations: list[Observation]) -> None:
    # Write beside the target and rename, so a failed import leaves the previous file intact.
    fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(OBS_COLUMNS)
            for obs in observations:
                row = obs.as_row()
                writer.writerow(["" if row[c] is None else row[c] for c in OBS_COLUMNS])
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
