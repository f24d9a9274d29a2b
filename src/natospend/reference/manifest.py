"""The sources manifest (meta/sources.toml): upstream releases and files, with checksums and terms."""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from natospend.errors import InputFileError, UnknownValueError, closest
from natospend.paths import META_DIR

# How close a release's figures are to the publisher, best first. Every release has one.
PROVENANCE_GRADES: tuple[str, ...] = (
    "official_file",  # the publisher's own workbook or export, byte for byte
    "official_text",  # the publisher's own document (report, press release), transcribed
    "third_party_copy",  # another project's parse or extract of the official file
    "press_report",  # figures quoted by the press
)


@dataclass(frozen=True, slots=True)
class Release:
    id: str
    source: str
    publisher: str
    title: str
    date: date
    coverage: str
    completeness: str  # complete (the whole workbook) or partial (a transcription of some figures)
    provenance: str  # one of PROVENANCE_GRADES
    price_base_year: int | None = None
    cutoff_date: dt.date | None = None
    url: str = ""
    provenance_url: str = ""  # the address of the copy or press report the figures were read from
    notes: str = ""


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str  # relative to the raw folder
    releases: tuple[str, ...]
    importer: str
    sha256: str
    size: int
    licence: str
    embed: bool
    snapshot_of: str = ""
    notes: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass(frozen=True, slots=True)
class Manifest:
    releases: tuple[Release, ...]
    files: tuple[SourceFile, ...]

    def release(self, release_id: str) -> Release:
        for r in self.releases:
            if r.id == release_id:
                return r
        raise UnknownValueError("release", release_id, [r.id for r in self.releases])

    def files_for(self, release_id: str) -> list[SourceFile]:
        return [f for f in self.files if release_id in f.releases]


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _grade(path: Path, index: int, entry: dict[str, object]) -> str:
    """The release's provenance grade, checked against the allowed values."""
    where = f"[[release]] #{index} {entry.get('id', '?')}"
    if "provenance" not in entry:
        raise InputFileError(path, where, f"missing field 'provenance' (one of {', '.join(PROVENANCE_GRADES)})")
    grade = str(entry["provenance"])
    if grade not in PROVENANCE_GRADES:
        hint = closest(grade, list(PROVENANCE_GRADES), n=1)
        raise InputFileError(
            path,
            where,
            f"unknown provenance {grade!r}"
            + (f"; did you mean {hint[0]!r}?" if hint else "")
            + f" (allowed: {', '.join(PROVENANCE_GRADES)})",
        )
    return grade


def parse_manifest(path: Path) -> Manifest:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputFileError(path, "", f"not valid TOML: {exc}") from exc
    releases = []
    for i, entry in enumerate(raw.get("release", []), start=1):
        try:
            released = _date(entry["date"])
            assert released is not None
            releases.append(
                Release(
                    id=entry["id"],
                    source=entry["source"],
                    publisher=entry["publisher"],
                    title=entry["title"],
                    date=released,
                    coverage=entry.get("coverage", ""),
                    completeness=entry.get("completeness", "complete"),
                    provenance=_grade(path, i, entry),
                    price_base_year=entry.get("price_base_year"),
                    cutoff_date=_date(entry.get("cutoff_date")),
                    url=entry.get("url", ""),
                    provenance_url=entry.get("provenance_url", ""),
                    notes=entry.get("notes", ""),
                )
            )
        except KeyError as exc:
            raise InputFileError(path, f"[[release]] #{i}", f"missing field {exc.args[0]!r}") from exc
    known = {r.id for r in releases}
    files = []
    for i, entry in enumerate(raw.get("file", []), start=1):
        try:
            f = SourceFile(
                path=entry["path"],
                releases=tuple(entry["releases"]),
                importer=entry["importer"],
                sha256=entry["sha256"],
                size=int(entry["size"]),
                licence=entry["licence"],
                embed=bool(entry["embed"]),
                snapshot_of=entry.get("snapshot_of", ""),
                notes=entry.get("notes", ""),
            )
        except KeyError as exc:
            raise InputFileError(path, f"[[file]] #{i}", f"missing field {exc.args[0]!r}") from exc
        for rid in f.releases:
            if rid not in known:
                raise UnknownValueError("release", rid, known, note=f"{path}, [[file]] #{i} {f.path}")
        files.append(f)
    return Manifest(tuple(releases), tuple(files))


@cache
def load_manifest() -> Manifest:
    return parse_manifest(META_DIR / "sources.toml")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
