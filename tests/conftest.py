"""Shared fixtures. Tests that need the upstream releases read them from ../shared/data/raw (or NATOSPEND_RAW)."""

from __future__ import annotations

from pathlib import Path

import pytest

from natospend.paths import raw_dir


@pytest.fixture(scope="session")
def raw() -> Path:
    """The raw upstream folder; skips (with the reason) where it is absent, e.g. outside the workplace."""
    folder = raw_dir()
    if not folder.is_dir():
        pytest.skip(
            f"upstream releases not found at {folder} (set NATOSPEND_RAW or place ../shared beside the project)"
        )
    return folder
