"""Queries over the curated dataset: aliases, vintages, as-of dates, revisions, helpful errors."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.interfaces.cli import app
from natospend.store.dataset import Dataset


def test_aliases_resolve_to_the_same_country(ds: Dataset) -> None:
    for name in ("GBR", "UK", "Britain", "United Kingdom", "the United Kingdom"):
        rows = ds.observations(name, "share_gdp", 2016, release="nato-2026-07")
        assert list(rows["country"]) == ["GBR"]
    assert list(ds.observations("Turkey", "share_gdp", 2020, release="nato-2026-07")["country"]) == ["TUR"]
    assert list(ds.observations("Czech Republic", "share_gdp", 2020, release="nato-2026-07")["country"]) == ["CZE"]


def test_default_is_newest_release_holding_the_figure(ds: Dataset) -> None:
    row = ds.value("Poland", "share_gdp", 2026)
    assert row is not None
    assert row["release_id"] == "nato-2026-07" and row["value"] == 4.68 and row["status"] == "estimate"
    germany = ds.value("DEU", "share_gdp", 2026)
    assert germany is not None and germany["value"] == 2.69


def test_as_of_gives_what_had_been_published(ds: Dataset) -> None:
    # In February 2017 the newest NATO figure for Poland 2016 was the July 2016 estimate, printed as "2".
    row = ds.value("POL", "share_gdp", 2016, as_of="2017-02-15")
    assert row is not None and row["release_id"] == "nato-2016-07" and row["value"] == 2
    # The US 2024 share: 3.38 in June 2024, 3.19 after the SG Annual Report of April 2025.
    assert ds.value("USA", "share_gdp", 2024, as_of="2024-07-01")["value"] == pytest.approx(3.38, abs=0.005)  # type: ignore[index]
    assert ds.value("USA", "share_gdp", 2024, as_of="2025-05-01")["value"] == 3.19  # type: ignore[index]


def test_poland_2016_revisions(ds: Dataset) -> None:
    revisions = ds.revisions("Poland", "share_gdp", 2016)
    by_release = {r: round(v, 2) for r, v in zip(revisions["release_id"], revisions["value"], strict=True)}
    assert by_release["nato-2016-07"] == 2
    assert by_release["nato-2019-06"] == 1.99
    assert by_release["nato-2024-06"] == 2.00
    assert by_release["nato-2026-07"] == 1.99
    assert list(revisions["release_date"]) == sorted(revisions["release_date"])


def test_unknown_values_suggest_close_matches(ds: Dataset) -> None:
    with pytest.raises(UnknownValueError, match="unknown country 'Polnad'; did you mean 'Poland'"):
        ds.observations("Polnad")
    with pytest.raises(UnknownValueError, match="unknown indicator 'share_gpd'; did you mean 'share_gdp'"):
        ds.observations("POL", "share_gpd")
    with pytest.raises(UnknownValueError, match="unknown release 'nato-2024-6'; did you mean 'nato-2024-06'"):
        ds.observations("POL", release="nato-2024-6")
    with pytest.raises(UnknownValueError, match="unknown source 'sirpi'; did you mean 'sipri'"):
        ds.observations("POL", source="sirpi")
    with pytest.raises(UnknownValueError, match="unknown year 1066"):
        ds.observations("POL", year=1066)
    with pytest.raises(InvalidArgumentError, match="as_of: 'yesterday' is not a date"):
        ds.observations("POL", as_of="yesterday")
    with pytest.raises(InvalidArgumentError, match="no nato release had been published by 2001-01-01"):
        ds.observations("POL", source="nato", as_of="2001-01-01")
    with pytest.raises(InvalidArgumentError, match="no release had been published by 1990-01-01"):
        ds.observations("POL", as_of="1990-01-01")
    # Without a source, sources with nothing published yet drop out: in January 2017 only NATO had spoken.
    assert set(ds.observations("POL", "share_gdp", 2016, as_of="2017-01-01")["source"]) == {"nato"}


def test_every_observation_carries_its_provenance(ds: Dataset) -> None:
    frame = ds.observations(source="nato")
    for column in (
        "source",
        "release_id",
        "unit",
        "price_basis",
        "status",
        "origin_file",
        "origin_table",
        "origin_cell",
    ):
        assert frame[column].notna().all() and (frame[column] != "").all(), column


def test_cli_show_json_and_errors() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["show", "Britain", "--indicator", "share_gdp", "--year", "2016", "--json"])
    assert result.exit_code == 0, result.output
    assert '"country": "GBR"' in result.output
    bad = runner.invoke(app, ["show", "Polnad"])
    assert bad.exit_code == 1
    assert "Error: unknown country 'Polnad'; did you mean 'Poland'" in bad.output


def test_cli_revisions_table() -> None:
    result = CliRunner().invoke(
        app, ["data", "revisions", "POL", "--indicator", "share_gdp", "--year", "2016", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert '"release_id": "nato-2026-07"' in result.output
