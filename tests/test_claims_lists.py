"""Lists and tables of allies with their figures, in the formats outlets and NATO's press releases use, carrying
NATO's June 2024 estimates of 2024 defence expenditure as a share of GDP (release nato-2024-06: Poland 4.12,
Estonia 3.43, United States 3.38, Latvia 3.15, Greece 3.08, Germany 2.12, Spain 1.28; constant 2015 US$ million:
Poland 26,839, United States 754,684). Each cell is one claim with its own span; a wrong cell is inaccurate; a list
whose header does not say what the figures measure gives no share-of-GDP claims; a money column is not read as a
share."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.claims.text import clean_text
from natospend.store.dataset import Dataset

AS_OF = "2024-06-20"
PUBLISHED = {"POL": 4.12, "EST": 3.43, "USA": 3.38, "LVA": 3.15, "GRC": 3.08, "DEU": 2.12, "ESP": 1.28}


def _cells(ds: Dataset, text: str) -> dict[str, tuple[float | None, int | None, str, str]]:
    """ally -> (value, year, verdict, span text) of the share-of-GDP claims."""
    out = {}
    for r in check_text(ds, text, as_of=AS_OF):
        if r.kind == "share_gdp":
            (code,) = r.fields["countries"]
            out[code] = (r.fields["value"], r.fields.get("year"), r.verdict, r.to_dict()["span"]["text"])
    return out


def test_the_figures_are_nato_june_2024(ds: Dataset) -> None:
    o = ds.observations()
    rows = o[(o.release_id == "nato-2024-06") & (o.indicator == "share_gdp_table4") & (o.year == 2024)]
    printed = {c: round(v, 2) for c, v in zip(rows.country, rows.value, strict=True)}
    assert {c: printed[c] for c in PUBLISHED} == PUBLISHED


FORMATS = {
    "bullets under a header": "Defence spending as a share of GDP, 2024 estimates:\n\n"
    "• Poland: 4.12%\n• Estonia: 3.43%\n• United States: 3.38%\n• Spain: 1.5%\n",
    "numbered, per cent": "Defence expenditure as a share of GDP (%), 2024e\n1. Poland — 4.12 per cent\n"
    "2. Estonia — 3.43 per cent\n3. United States — 3.38 per cent\n4. Spain — 1.5 per cent\n",
    "name (x%) lines": "Share of GDP spent on defence in 2024:\nPoland (4.12%)\nEstonia (3.43%)\n"
    "United States (3.38%)\nSpain (1.5%)\n",
    "tab columns, money first": "Defence expenditure, 2024 estimates\n"
    "Country\tUS$ million (2015 prices)\t% of GDP\nPoland\t26,839\t4.12\nEstonia\t1,062\t3.43\n"
    "United States\t754,684\t3.38\nSpain\t12,112\t1.5\n",
    "bar columns": "Defence expenditure, 2024 estimates\nCountry | % of GDP | US$ million (2015 prices)\n"
    "Poland | 4.12 | 26,839\nEstonia | 3.43 | 1,062\nUnited States | 3.38 | 754,684\nSpain | 1.5 | 12,112\n",
    "pasted, separators lost": "Share of real GDP (%) and constant 2015 US$ million, 2024e\n"
    "Poland4.12  26839\nEstonia3.43  1062\nUnited States3.38  754684\nSpain1.5  12112\n",
    "HTML table": "<html><body><p>NATO published its estimates.</p><table>"
    "<caption>Defence expenditure, 2024 estimates</caption>"
    "<tr><th>Country</th><th>Million US$ (2015 prices)</th><th>Share of GDP (%)</th></tr>"
    "<tr><td>Poland</td><td>26,839</td><td>4.12</td></tr><tr><td>\n Estonia\n</td><td>1,062</td><td>3.43</td></tr>"
    "<tr><td>United States</td><td>754,684</td><td>3.38</td></tr><tr><td>Spain</td><td>12,112</td><td>1.5</td></tr>"
    "</table></body></html>",
    "one long sentence": "NATO's estimates of defence spending as a share of GDP in 2024 put Poland at 4.12%, "
    "Estonia at 3.43%, the United States at 3.38% and Spain at 1.5%.",
}


@pytest.mark.parametrize("text", FORMATS.values(), ids=FORMATS.keys())
def test_one_claim_per_cell_with_its_own_span(ds: Dataset, text: str) -> None:
    cells = _cells(ds, text)
    assert set(cells) == {"POL", "EST", "USA", "ESP"}
    for code in ("POL", "EST", "USA"):
        value, year, verdict, span = cells[code]
        assert (value, year, verdict) == (PUBLISHED[code], 2024, "accurate"), (code, cells[code])
        assert str(PUBLISHED[code]) in span and "\n" not in span
    # Spain was at 1.28%, not 1.5%: the deliberately wrong cell.
    assert cells["ESP"][:3] == (1.5, 2024, "inaccurate")
    spans = [c[3] for c in cells.values()]
    assert len(set(spans)) == len(spans)


def test_a_money_column_is_not_read_as_a_share(ds: Dataset) -> None:
    text = FORMATS["tab columns, money first"]
    results = check_text(ds, text, as_of=AS_OF)
    values = {r.fields.get("value") for r in results}
    assert not values & {26.83, 26.84, 75.46, 12.11}  # "26,839" is not 26.83% of GDP
    assert all(r.kind == "share_gdp" for r in results)


@pytest.mark.parametrize(
    "text",
    [
        "Our readers' picks, 2024:\nPoland: 4.12\nEstonia: 3.43\nUnited States: 3.38\n",
        "Defence expenditure, 2024 estimates\nCountry\tUS$ million (2015 prices)\tScore\nPoland\t26,839\t4.12\n",
        "<table><tr><th>Country</th><th>Score</th></tr><tr><td>Poland</td><td>4.12</td></tr></table>",
    ],
    ids=["no measure in the header", "no share column", "HTML table with no measure"],
)
def test_no_measure_no_share_claims(ds: Dataset, text: str) -> None:
    assert not [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]


def test_a_price_base_year_is_not_the_data_year(ds: Dataset) -> None:
    cells = _cells(
        ds, "Defence expenditure 2024e\nCountry\t% of GDP\tUS$ million (2015 prices)\nPoland\t4.12\t26,839\n"
    )
    assert cells["POL"][:3] == (4.12, 2024, "accurate")


def test_html_table_cells_are_one_row_a_line() -> None:
    text = clean_text(
        "<table><tr><th>Country</th><th>% of GDP</th></tr><tr><td>\n Poland </td><td>4.12</td></tr></table>"
    )
    assert "Country\t% of GDP" in text and "Poland\t4.12" in text


def test_tops_the_list_at_is_the_allys_own_figure(ds: Dataset) -> None:
    text = (
        "Poland tops the list at 4.12%, followed by Estonia (3.43%) and the US (3.38%), according to NATO's 2024 "
        "estimates of defence spending as a share of GDP."
    )
    cells = _cells(ds, text)
    assert {c: v[:3] for c, v in cells.items()} == {
        "POL": (4.12, 2024, "accurate"),
        "EST": (3.43, 2024, "accurate"),
        "USA": (3.38, 2024, "accurate"),
    }
    assert cells["POL"][3] == "Poland tops the list at 4.12%"
    assert _cells(ds, "Poland tops the list at 4.2% of GDP in 2024.")["POL"][2] == "inaccurate"


def test_nato_press_release_table_with_year_columns(ds: Dataset) -> None:
    """NATO's own layout: a long table title, a price-base note, a column header of years ('2024e')."""
    text = (
        "Table 3: Defence expenditure as a share of GDP and equipment expenditure as a share of defence "
        "expenditure (%)\nBased on 2015 prices and exchange rates\n\nCountry\t2014\t2024e\n"
        "Poland\t1.88\t4.12\nEstonia\t1.93\t3.43\nSpain\t0.92\t1.5\n"
    )
    got = sorted(
        (r.fields["countries"][0], r.fields["year"], r.fields["value"], r.verdict)
        for r in check_text(ds, text, as_of=AS_OF)
        if r.kind == "share_gdp"
    )
    assert got == [
        ("ESP", 2014, 0.92, "accurate"),
        ("ESP", 2024, 1.5, "inaccurate"),
        ("EST", 2014, 1.93, "accurate"),
        ("EST", 2024, 3.43, "accurate"),
        ("POL", 2014, 1.88, "accurate"),
        ("POL", 2024, 4.12, "accurate"),
    ]
