"""natospend: NATO defence spending with a source for every number.

>>> import natospend
>>> ds = natospend.load()
>>> ds.observations("Poland", "share_gdp", 2016)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from natospend.store.dataset import Dataset

__version__ = "0.1.0"
__all__ = ["Dataset", "load"]


def load(data_dir: Path | None = None) -> Dataset:
    """The embedded dataset (or one built elsewhere with `natospend data build --out`)."""
    from natospend.store.dataset import Dataset

    return Dataset(data_dir) if data_dir is not None else Dataset()


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `import natospend` (and every CLI start) does not pay for pandas.
    if name == "Dataset":
        from natospend.store.dataset import Dataset

        return Dataset
    raise AttributeError(f"module 'natospend' has no attribute {name!r}")
