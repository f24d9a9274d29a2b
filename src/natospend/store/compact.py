"""The embedded dataset in a compact binary form: one SQLite file beside the CSVs, derived from them alone.

The CSVs stay the diff-reviewable source of truth; `dataset.sqlite` is a cache of them that is fast to open (the
stdlib's sqlite3 imports in milliseconds, pandas in half a second) and indexed by country, for starts that cannot pay
for pandas (measured: reading it into pandas is slower than read_csv, so the Dataset keeps reading the CSVs).
It is written by `natospend data build` and `natospend data compact` (and by `ensure` on first use).
It records each CSV's size, mtime and sha256: when any CSV no longer matches (a merge, a checkout, a hand edit),
the file is stale and readers fall back to the CSVs until it is rewritten. It is never committed (see .gitignore).
"""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from natospend.models import OBS_COLUMNS

FILE_NAME = "dataset.sqlite"
FORMAT = "2"  # 2: the covering index by_release_years
_INTEGER = {"year", "base_year", "decimals"}
_REAL = {"value"}


def csv_files(data_dir: Path) -> list[Path]:
    """The CSVs the compact form is derived from: the release table and one file per release."""
    return [data_dir / "releases.csv", *sorted((data_dir / "observations").glob("*.csv"))]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _typed(column: str, text: str) -> Any:
    if text == "" and (column in _INTEGER or column in _REAL):
        return None
    if column in _INTEGER:
        return int(text)
    if column in _REAL:
        return float(text)
    return text


def write(data_dir: Path) -> Path:
    """(Re)derive `data_dir/dataset.sqlite` from the CSVs in `data_dir`; written beside it and renamed into place."""
    target = data_dir / FILE_NAME
    fd, tmp = tempfile.mkstemp(prefix=".compact-", suffix=".sqlite", dir=data_dir)
    os.close(fd)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; it is a shared, derived file like the CSVs
    try:
        con = sqlite3.connect(tmp)
        with con:
            con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            con.execute("CREATE TABLE files (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT)")
            with (data_dir / "releases.csv").open(encoding="utf-8", newline="") as fh:
                reader = csv.reader(fh)
                header = next(reader)
                con.execute(f"CREATE TABLE releases ({', '.join(f'{c} TEXT' for c in header)})")
                con.executemany(f"INSERT INTO releases VALUES ({', '.join('?' * len(header))})", reader)
            types = {c: "INTEGER" if c in _INTEGER else "REAL" if c in _REAL else "TEXT" for c in OBS_COLUMNS}
            con.execute(f"CREATE TABLE observations ({', '.join(f'{c} {t}' for c, t in types.items())})")
            insert = f"INSERT INTO observations VALUES ({', '.join('?' * len(OBS_COLUMNS))})"
            for path in csv_files(data_dir)[1:]:
                with path.open(encoding="utf-8", newline="") as fh:
                    reader = csv.reader(fh)
                    columns = next(reader)
                    if columns != OBS_COLUMNS:
                        raise ValueError(f"{path}: header {columns} is not {OBS_COLUMNS}")
                    con.executemany(
                        insert, ([_typed(c, v) for c, v in zip(columns, row, strict=True)] for row in reader)
                    )
            con.execute("CREATE INDEX by_country ON observations (country, source)")
            con.execute("CREATE INDEX by_release ON observations (release_id)")
            # Which indicators and years a release holds, read from the index alone (`check` asks every NATO release).
            con.execute("CREATE INDEX by_release_years ON observations (release_id, indicator, year, value)")
            for path in csv_files(data_dir):
                st = path.stat()
                con.execute("INSERT INTO files VALUES (?, ?, ?, ?)", (_name(data_dir, path), st.st_size,
                                                                      st.st_mtime_ns, _sha256(path)))  # fmt: skip
            con.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
        con.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _name(data_dir: Path, path: Path) -> str:
    return path.relative_to(data_dir).as_posix()


def open_fresh(data_dir: Path) -> sqlite3.Connection | None:
    """The compact form of `data_dir`, or None where it is missing, of another format or stale."""
    path = data_dir / FILE_NAME
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        if con.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() != (FORMAT,):
            con.close()
            return None
        recorded = {name: (size, mtime, digest) for name, size, mtime, digest in con.execute("SELECT * FROM files")}
    except sqlite3.Error:
        return None
    current = csv_files(data_dir)
    if sorted(recorded) != sorted(_name(data_dir, p) for p in current):
        con.close()
        return None
    for file in current:
        size, mtime, digest = recorded[_name(data_dir, file)]
        st = file.stat()
        # Same size and mtime: unchanged (as git and make assume); otherwise only the same bytes will do.
        if (st.st_size, st.st_mtime_ns) != (size, mtime) and (st.st_size != size or _sha256(file) != digest):
            con.close()
            return None
    return con


def ensure(data_dir: Path) -> sqlite3.Connection | None:
    """The fresh compact form, derived now if missing or stale; None where it cannot be written (read-only)."""
    con = open_fresh(data_dir)
    if con is None:
        try:
            write(data_dir)
        except OSError:
            return None
        con = open_fresh(data_dir)
    return con


def release_rows(con: sqlite3.Connection, release_id: str) -> list[tuple[Any, ...]]:
    """One release's observations (OBS_COLUMNS), in the order of its CSV."""
    query = f"SELECT {', '.join(OBS_COLUMNS)} FROM observations WHERE release_id = ? ORDER BY rowid"
    return con.execute(query, (release_id,)).fetchall()
