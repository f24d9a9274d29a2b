"""One comparison rule: a figure meets a threshold at the decimals its release printed, half away from zero, in the
status table, the claim checker and the HTTP API alike (1.95 printed with one decimal is 2.0 and meets 2%)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from natospend.analysis import compliance
from natospend.claims import check_text
from natospend.formatting import at_printed, meets, published
from natospend.models import OBS_COLUMNS
from natospend.paths import DATA_DIR
from natospend.store.dataset import Dataset

RELEASE = "nato-2024-06"
#: Three allies whose 2023 share of GDP sits on either side of 2% once printed with one decimal.
FIGURES = {"POL": 1.95, "DEU": 1.949, "FRA": 2.0}
EXPECTED = {"POL": True, "DEU": False, "FRA": True}


def test_rule_is_half_away_from_zero_on_the_printed_digits() -> None:
    assert round(1.95, 1) == 1.9  # what the project no longer uses: half to even on the binary float
    assert at_printed(1.95, 1) == 2.0
    assert at_printed(1.949, 1) == 1.9
    assert at_printed(17.15, 1) == 17.2  # a real cell of nato-2024-06 that round() printed as 17.1
    assert at_printed(-1.25, 1) == -1.3
    assert at_printed(2.0004550856909797, None) == 2.0004550856909797
    assert at_printed(float("nan"), 1) is None
    assert published(1.95, 1) == "2.0"
    assert [meets(v, 2.0, 1) for v in FIGURES.values()] == list(EXPECTED.values())
    assert meets(2.0, 2.0, 1, strict=True) is False
    assert meets(None, 2.0, 1) is None


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """A dataset of one NATO release holding only the three figures above (one decimal printed)."""
    folder = tmp_path_factory.mktemp("tiny-dataset")
    with (DATA_DIR / "releases.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = [r for r in reader if r["release_id"] == RELEASE]
    with (folder / "releases.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows(rows)
    (folder / "observations").mkdir()
    with (folder / "observations" / f"{RELEASE}.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, OBS_COLUMNS)
        writer.writeheader()
        for line, (code, value) in enumerate(FIGURES.items(), start=2):
            writer.writerow(
                {
                    "source": "nato",
                    "release_id": RELEASE,
                    "country": code,
                    "year": 2023,
                    "indicator": "share_gdp",
                    "value": value,
                    "unit": "percent of GDP",
                    "price_basis": "none",
                    "status": "estimate",
                    "decimals": 1,
                    "origin_file": "tiny.csv",
                    "origin_table": "TABLE3",
                    "origin_cell": f"line {line}",
                }
            )
    return Dataset(folder, extra_dirs=[])


def _checker_meets(ds: Dataset, name: str) -> bool:
    (result,) = [r for r in check_text(ds, f"{name} met NATO's 2% target in 2023.") if r.kind == "share_gdp"]
    assert result.verdict in ("accurate", "inaccurate"), result.explanation
    return result.verdict == "accurate"


def test_status_checker_and_api_give_one_answer(tiny: Dataset) -> None:
    from fastapi.testclient import TestClient

    from natospend.interfaces.app import create_app

    status = compliance.status_table(tiny, 2023)
    by_status = {r.country: r.status_2pct == "met" for r in status.itertuples() if r.country in FIGURES}
    names = {"POL": "Poland", "DEU": "Germany", "FRA": "France"}
    by_checker = {code: _checker_meets(tiny, names[code]) for code in FIGURES}
    with TestClient(create_app(tiny)) as client:
        body = client.get("/api/v1/status", params={"year": 2023}).json()
        by_api = {r["country"]: r["status_2pct"] == "met" for r in body["data"] if r["country"] in FIGURES}
        hits = client.get("/api/v1/status/at-or-above", params={"threshold": 2, "year": 2023}).json()
        by_api_count = {code: code in {r["country"] for r in hits["data"]} for code in FIGURES}
    assert by_status == by_checker == by_api == by_api_count == EXPECTED


def test_tiny_dataset_is_read_as_written(tiny: Dataset, tmp_path: Path) -> None:
    frame = tiny.observations(indicator="share_gdp", release=RELEASE)
    assert dict(zip(frame["country"], frame["value"], strict=True)) == FIGURES
