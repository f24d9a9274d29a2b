"""The explorer's table (natospend.service.explorer) and people-formatted money, against published figures."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from natospend.errors import InvalidArgumentError, UnknownValueError
from natospend.formatting import money
from natospend.service import explorer
from natospend.store.dataset import Dataset


def _june_2024_table3(raw: Path) -> dict[tuple[str, int], float]:
    sheet = openpyxl.load_workbook(raw / "nato/240617-def-exp-2024-TABLES-en.xlsx", read_only=True)["TABLE3"]
    rows = list(sheet.iter_rows(min_row=8, max_row=43, values_only=True))
    years = [str(y).rstrip("e") for y in rows[0]]
    names = {"Poland": "POL", "Germany": "DEU", "France": "FRA"}
    return {
        (names[str(r[2]).rstrip("*")], int(y)): float(v)
        for r in rows
        if str(r[2]).rstrip("*") in names
        for y, v in zip(years, r, strict=False)
        if y.isdigit() and isinstance(v, int | float)
    }


def test_series_is_the_release_picked(ds: Dataset, raw: Path) -> None:
    published = _june_2024_table3(raw)
    frame = explorer.series(ds, ["POL", "Germany", "FRA"], "share_gdp", "nato-2024-06")
    assert list(dict.fromkeys(frame["country"])) == ["POL", "DEU", "FRA"]  # the order asked for
    assert set(frame["release_id"]) == {"nato-2024-06"}
    for r in frame.itertuples():
        assert r.published == pytest.approx(published[(r.country, r.year)])


def test_relative_is_the_change_at_printed_precision(ds: Dataset, raw: Path) -> None:
    published = _june_2024_table3(raw)
    frame = explorer.series(ds, ["POL"], "share_gdp", "nato-2024-06", "relative")
    first = round(published[("POL", 2014)], 2)
    row = frame[frame["year"] == 2024].iloc[0]
    assert row["value"] == pytest.approx((round(published[("POL", 2024)], 2) / first - 1) * 100)
    assert frame["value"].iloc[0] == 0


def test_bad_choices_name_themselves(ds: Dataset) -> None:
    with pytest.raises(UnknownValueError, match="unknown indicator 'share_gpd'; did you mean 'share_gdp'"):
        explorer.series(ds, ["POL"], "share_gpd", "nato-2024-06")
    with pytest.raises(InvalidArgumentError, match="already a change"):
        explorer.series(ds, ["POL"], "real_change", "nato-2024-06", "relative")


def test_only_indicators_the_dataset_holds_are_offered(ds: Dataset) -> None:
    for m in explorer.MEASURES:
        assert not explorer.releases_holding(ds, m.code).empty, m.code


def test_explorer_download_is_what_the_page_shows(api: Any, raw: Path) -> None:
    published = _june_2024_table3(raw)
    url = "/explore?countries=POL,DEU,FRA&indicator=share_gdp&release=nato-2024-06&mode=absolute&format=csv"
    response = api.get(url)
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    pol = next(r for r in rows if r["country"] == "POL" and r["year"] == "2016")
    assert pol["value"] == str(round(published[("POL", 2016)], 2))  # as printed, not 17 digits
    assert pol["decimals"] == "2" and pol["release_id"] == "nato-2024-06"


def test_explorer_address_holds_the_whole_view(api: Any) -> None:
    response = api.get("/explore?countries=POL&countries=DEU", follow_redirects=False)
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith("/explore?countries=POL,DEU&indicator=share_gdp&release=nato-")
    assert location.endswith("&mode=absolute")
    assert api.get(location, follow_redirects=False).status_code == 200
    assert api.get("/explore?countries=Narnia").status_code == 422


@pytest.mark.parametrize(
    ("value_m", "currency", "text"),
    [(124_700.0, "EUR", "EUR 124.7bn"), (1_030_000.0, "USD", "$1.03tn"), (950.4, "PLN", "PLN 950m"), (None, "USD", "")],
)
def test_money_for_people(value_m: float | None, currency: str, text: str) -> None:
    assert money(value_m, currency) == text
