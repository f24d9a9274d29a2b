"""`natospend data build`: regenerate the curated dataset from the upstream releases, deterministically.

Everything is written to a temporary folder beside the target and swapped in only when the whole build succeeded,
so a failed or killed build never leaves a half-written dataset. One build at a time writes a given folder: a lock
file beside it (released by the kernel even on SIGKILL) makes a second build stop with a clear error, and a build
finishes any swap a killed build left half done before it starts.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from natospend.errors import BuildInProgressError, ChecksumMismatchError, MissingUpstreamError
from natospend.ingest import checks
from natospend.ingest.importers import get_importer
from natospend.models import OBS_COLUMNS, ImportWarning, Note, Observation
from natospend.paths import DATA_DIR
from natospend.reference.currencies import observation_currency
from natospend.reference.manifest import Manifest, SourceFile, load_manifest, sha256_of
from natospend.store import compact

RELEASE_COLUMNS = [
    "release_id", "source", "publisher", "title", "release_date", "coverage", "completeness", "provenance",
    "provenance_url", "price_base_year", "cutoff_date", "url", "files", "observations", "notes",
]  # fmt: skip


@dataclass
class BuildReport:
    out: Path
    observations: int = 0
    releases: int = 0
    warnings: list[ImportWarning] = field(default_factory=list)
    findings: list[checks.Finding] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)


Progress = Callable[[str], None]


def check_file(raw: Path, entry: SourceFile) -> Path:
    """The upstream file's path, after checking it exists and its bytes are the ones in the manifest."""
    path = raw / entry.path
    if not path.is_file():
        raise MissingUpstreamError(f"upstream file {entry.path} not found under {raw} (set NATOSPEND_RAW?)")
    digest = sha256_of(path)
    if digest != entry.sha256:
        raise ChecksumMismatchError(path, "sha256", f"expected {entry.sha256}, found {digest}")
    return path


def _format(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _write_csv(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_format(v) for v in row])


def _sort_key(o: Observation) -> tuple[str, str, int, str, int, str, str, str]:
    # A figure given twice in one release (a supplement repeating a held one, rounded) sorts the most precise
    # last, which is the one queries keep; checks.duplicates reports the pair.
    decimals = -1 if o.decimals is None else o.decimals
    return (o.country, o.indicator, o.year, o.origin_table, decimals, o.origin_file, o.origin_cell, o.unit)


def with_currency(observations: list[Observation]) -> list[Observation]:
    """One release's observations with the currency of their values (see reference/currencies.py)."""
    if not observations:
        return observations
    last = max(o.year for o in observations)
    out = []
    for o in observations:
        code, flag = observation_currency(o.country, o.indicator, o.unit, last)
        out.append(replace(o, currency=code, flags=(*o.flags, flag) if flag else o.flags))
    return out


def build(
    raw: Path, out: Path = DATA_DIR, manifest: Manifest | None = None, progress: Progress | None = None
) -> BuildReport:
    out.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(out):
        recover(out)
        return _build(raw, out, manifest, progress)


@contextlib.contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold the lock on `out` for the whole build; a second build gets BuildInProgressError at once."""
    lock = out.with_name(f".{out.name}.build.lock")
    with lock.open("a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            raise BuildInProgressError(out, fh.read().strip()) from None
        fh.truncate(0)
        fh.write(f"pid {os.getpid()}\n")
        fh.flush()
        try:
            yield
        finally:
            fh.truncate(0)  # the lock goes with the file handle; the empty file may stay


def recover(out: Path) -> None:
    """Undo what a build killed mid-way left beside `out` (call with the lock held): its staging folders, and a
    swap stopped between its two renames (the previous dataset is put back)."""
    for stale in out.parent.glob(f".build-{out.name}-*"):
        shutil.rmtree(stale, ignore_errors=True)
    old = out.with_name(out.name + ".old")
    if old.exists() and not out.exists():
        old.rename(out)
    elif old.exists():
        shutil.rmtree(old)


def _build(raw: Path, out: Path, manifest: Manifest | None, progress: Progress | None) -> BuildReport:
    manifest = manifest or load_manifest()
    report = BuildReport(out=out)
    entries = [f for f in manifest.files if f.embed]
    # Check every file first: a missing or altered file stops the build before anything is written.
    paths = {f.path: check_file(raw, f) for f in entries}
    by_release: dict[str, list[Observation]] = {}
    notes: list[Note] = []
    for entry in entries:
        if progress:
            progress(entry.path)
        for release_id in entry.releases:
            result = get_importer(entry.importer)(paths[entry.path], manifest.release(release_id))
            by_release.setdefault(release_id, []).extend(result.observations)
            report.warnings.extend(result.warnings)
            notes.extend(result.notes)
    report.skipped_files = [f.path for f in manifest.files if not f.embed]
    by_release = {rid: with_currency(obs) for rid, obs in by_release.items()}

    frame = pd.DataFrame([o.as_row() for rel in by_release.values() for o in rel], columns=OBS_COLUMNS)
    report.findings = checks.run_all(frame)

    staging = Path(tempfile.mkdtemp(prefix=f".build-{out.name}-", dir=out.parent))
    try:
        (staging / "observations").mkdir()
        for release_id, observations in sorted(by_release.items()):
            observations.sort(key=_sort_key)
            _write_csv(
                staging / "observations" / f"{release_id}.csv",
                OBS_COLUMNS,
                ([o.as_row()[c] for c in OBS_COLUMNS] for o in observations),
            )
        counts = {rid: len(obs) for rid, obs in by_release.items()}
        _write_csv(
            staging / "releases.csv",
            RELEASE_COLUMNS,
            (
                [
                    r.id,
                    r.source,
                    r.publisher,
                    r.title,
                    r.date.isoformat(),
                    r.coverage,
                    r.completeness,
                    r.provenance,
                    r.provenance_url,
                    r.price_base_year,
                    r.cutoff_date.isoformat() if r.cutoff_date else "",
                    r.url,
                    " ; ".join(f.path for f in manifest.files_for(r.id) if f.embed),
                    counts.get(r.id, 0),
                    r.notes,
                ]
                for r in sorted(manifest.releases, key=lambda r: (r.source, r.date, r.id))
                if r.id in by_release
            ),
        )
        _write_csv(
            staging / "warnings.csv",
            ["file", "location", "message"],
            sorted((w.file, w.location, w.message) for w in report.warnings),
        )
        _write_csv(
            staging / "notes.csv",
            ["release_id", "marker", "text"],
            sorted({(n.release_id, n.marker, n.text) for n in notes}),
        )
        _write_csv(
            staging / "checks.csv",
            ["check", "release_id", "country", "year", "indicator", "status", "message", "reason"],
            (
                (f.check, f.release_id, f.country, f.year, f.indicator, f.status, f.message, f.reason)
                for f in report.findings
            ),
        )
        compact.write(staging)  # the fast-start form, derived from the CSVs just written
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report.observations = len(frame)
    report.releases = len(by_release)
    return report


def _swap(staging: Path, out: Path) -> None:
    """Replace `out` by `staging` with two renames, so readers never see a mixture."""
    old = out.with_name(out.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    if old.exists():
        shutil.rmtree(old)
