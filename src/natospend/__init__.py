"""natospend: NATO defence spending with a source for every number.

>>> import natospend
>>> ds = natospend.load()
>>> ds.observations("Poland", "share_gdp", 2016)
"""

from __future__ import annotations

from pathlib import Path

from natospend.store.dataset import Dataset

__version__ = "0.1.0"
__all__ = ["Dataset", "load"]


def load(data_dir: Path | None = None) -> Dataset:
    """The embedded dataset (or one built elsewhere with `natospend data build --out`)."""
    return Dataset(data_dir) if data_dir is not None else Dataset()
