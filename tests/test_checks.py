"""The build's consistency checks: they report, never fix, and an allow-listed oddity is reported with its reason."""

from __future__ import annotations

import pandas as pd
import pytest

from natospend.ingest import checks
from natospend.models import OBS_COLUMNS


def _obs(rows: list[dict[str, object]]) -> pd.DataFrame:
    base = {c: "" for c in OBS_COLUMNS} | {"source": "nato", "release_id": "nato-test", "year": 2024}
    return pd.DataFrame([base | r for r in rows], columns=OBS_COLUMNS)


def test_share_recomputed_from_spending_and_gdp() -> None:
    frame = _obs(
        [
            {"country": "POL", "indicator": "share_gdp", "value": 4.12},
            {"country": "POL", "indicator": "usd_current_m", "value": 35_000.0},
            {"country": "POL", "indicator": "gdp_usd_current_m", "value": 1_000_000.0},
        ]
    )
    [finding] = checks.share_vs_ratio(frame)
    assert finding.status == "flagged" and "defence / GDP = 3.50 (current prices)" in finding.message


def test_categories_must_sum_to_about_100() -> None:
    shares = {"equipment_share": 30.0, "personnel_share": 40.0, "infrastructure_share": 5.0, "other_share": 20.0}
    frame = _obs([{"country": "EST", "indicator": k, "value": v} for k, v in shares.items()])
    [finding] = checks.category_sums(frame)
    assert "sum to 95.00" in finding.message


def test_ranges() -> None:
    frame = _obs(
        [
            {"country": "GRC", "indicator": "share_gdp", "value": 25.0},
            {"country": "GRC", "indicator": "usd_current_m", "value": -1.0},
        ]
    )
    assert sorted(f.indicator for f in checks.ranges(frame)) == ["share_gdp", "usd_current_m"]


def test_allow_list_keeps_the_finding_and_gives_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = {"check": "range", "country": "GRC", "reason": "a test oddity"}
    monkeypatch.setattr(checks, "known_oddities", lambda: [entry])
    frame = _obs([{"country": "GRC", "indicator": "share_gdp", "value": 25.0}])
    [finding] = checks.run_all(frame)
    assert (finding.status, finding.reason) == ("allowed", "a test oddity")


def test_aggregates_sum_members_of_that_year_only() -> None:
    # NATO Total 2022 in the July 2026 release leaves out Finland (joined 2023) and Sweden (2024).
    frame = _obs(
        [
            {"year": 2022, "country": "USA", "indicator": "usd_current_m", "value": 100.0},
            {"year": 2022, "country": "FIN", "indicator": "usd_current_m", "value": 5.0},
            {"year": 2022, "country": "NATO_TOTAL", "indicator": "usd_current_m", "value": 100.0},
        ]
    )
    assert checks.aggregates(frame) == []
