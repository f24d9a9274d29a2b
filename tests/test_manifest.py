"""The sources manifest: every release carries a provenance grade, and a wrong grade is named with the allowed ones."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from natospend.errors import InputFileError
from natospend.paths import DATA_DIR
from natospend.reference.manifest import PROVENANCE_GRADES, load_manifest, parse_manifest

_RELEASE = """
[[release]]
id = "nato-2099-01"
source = "nato"
publisher = "NATO"
title = "t"
date = "2099-01-01"
"""


def test_every_release_has_a_grade() -> None:
    releases = load_manifest().releases
    assert {r.provenance for r in releases} <= set(PROVENANCE_GRADES)
    grade = {r.id: r.provenance for r in releases}
    # From PROVENANCE.md: the 2024 workbook is NATO's own file; the 2026 one a third party's parse; press lists.
    assert grade["nato-2024-06"] == "official_file"
    assert grade["nato-2026-07"] == "third_party_copy"
    assert grade["nato-2019-06"] == "third_party_copy"
    assert grade["nato-2017-06"] == "press_report"
    assert grade["sipri-2025-04"] == "official_file"


def test_releases_csv_carries_the_grade() -> None:
    table = pd.read_csv(DATA_DIR / "releases.csv", dtype="string", keep_default_na=False)
    assert set(table["provenance"]) <= set(PROVENANCE_GRADES)
    assert (table["provenance"] != "").all()
    row = table.set_index("release_id").loc["nato-2026-07"]
    assert row["provenance"] == "third_party_copy"
    assert "leave-the-gun-take-the-cannoli" in row["provenance_url"]


def test_missing_grade_names_the_release_and_the_allowed_values(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(_RELEASE, encoding="utf-8")
    with pytest.raises(InputFileError, match=r"#1 nato-2099-01: missing field 'provenance' \(one of official_file"):
        parse_manifest(path)


def test_unknown_grade_is_named_with_a_close_match(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(_RELEASE + 'provenance = "press"\n', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"nato-2099-01: unknown provenance 'press'; did you mean 'press_report'"):
        parse_manifest(path)
    path.write_text(_RELEASE + 'provenance = "zzz"\n', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"allowed: official_file, official_text, third_party_copy, press_report"):
        parse_manifest(path)
