"""Where things live: the embedded dataset, the hand-kept reference tables, the upstream raw files."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Hand-kept reference tables: sources manifest, countries, indicators, pledges, known oddities.
META_DIR = PACKAGE_DIR / "meta"
#: The curated dataset that `natospend data build` writes (committed, diff-reviewable CSV).
DATA_DIR = PACKAGE_DIR / "data"


def raw_dir() -> Path:
    """The folder holding upstream releases: $NATOSPEND_RAW, else ../shared/data/raw beside the project."""
    env = os.environ.get("NATOSPEND_RAW")
    if env:
        return Path(env).expanduser().resolve()
    candidates = [
        PACKAGE_DIR.parents[2] / ".." / "shared" / "data" / "raw",
        Path.cwd() / ".." / "shared" / "data" / "raw",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    return candidates[0].resolve()


def user_dir() -> Path:
    """Per-user data (e.g. IISS figures imported from the user's own copy): $NATOSPEND_HOME or ~/.natospend."""
    env = os.environ.get("NATOSPEND_HOME")
    return Path(env).expanduser() if env else Path.home() / ".natospend"
