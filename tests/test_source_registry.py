"""The source registry (meta/publishers.toml): every source the manifest names is described once, and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from natospend.errors import InputFileError, UnknownValueError
from natospend.reference import sources
from natospend.reference.manifest import load_manifest


def test_every_manifest_source_is_in_the_registry() -> None:
    registry = sources.load()
    assert {r.source for r in load_manifest().releases} <= set(registry)
    assert len({s.colour for s in registry.values()}) == len(registry)  # one colour per source
    assert [s.order for s in registry.values()] == sorted(s.order for s in registry.values())


def test_labels_and_editions() -> None:
    assert sources.publisher("worldbank") == "World Bank"
    assert sources.publisher("someone") == "someone"
    assert sources.edition("iiss", "Y2017") == "The Military Balance 2017"
    assert sources.edition("iiss", "Sheet1") == ""
    assert sources.edition("sipri", "Y2017") == ""
    assert sources.label("sipri") == "SIPRI's figure"
    with pytest.raises(UnknownValueError, match="sipri"):
        sources.get("sipr")


def test_a_malformed_entry_names_the_source_and_field(tmp_path: Path) -> None:
    path = tmp_path / "publishers.toml"
    path.write_text('[source.x]\npublisher = "X"\n', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"source\.x.*'name'"):
        sources.load(path)
