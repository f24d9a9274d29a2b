"""Lists and tables of allies with their figures, in the formats outlets and NATO's press releases use, carrying
NATO's June 2024 estimates for 2024 (release nato-2024-06). Share of GDP: Poland 4.12, Estonia 3.43, United
States 3.38, Latvia 3.15, Greece 3.08, Germany 2.12, Spain 1.28; constant 2015 US$ million: Poland 26,839, Estonia
944, Spain 17,707, United States 754,684. Each cell is one claim with its own span; a wrong cell is inaccurate; a
list whose header does not say what the figures measure gives no share-of-GDP claims; a money column is read in
the unit its header names, or not at all."""

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
    rows = o[(o.release_id == "nato-2024-06") & (o.indicator == "usd_constant_m_table4") & (o.year == 2024)]
    money = {c: round(v) for c, v in zip(rows.country, rows.value, strict=True)}
    assert {c: money[c] for c in ("POL", "EST", "ESP", "USA")} == {
        "POL": 26839,
        "EST": 944,
        "ESP": 17707,
        "USA": 754684,
    }


FORMATS = {
    "bullets under a header": "Defence spending as a share of GDP, 2024 estimates:\n\n"
    "• Poland: 4.12%\n• Estonia: 3.43%\n• United States: 3.38%\n• Spain: 1.5%\n",
    "numbered, per cent": "Defence expenditure as a share of GDP (%), 2024e\n1. Poland — 4.12 per cent\n"
    "2. Estonia — 3.43 per cent\n3. United States — 3.38 per cent\n4. Spain — 1.5 per cent\n",
    "name (x%) lines": "Share of GDP spent on defence in 2024:\nPoland (4.12%)\nEstonia (3.43%)\n"
    "United States (3.38%)\nSpain (1.5%)\n",
    "tab columns, money first": "Defence expenditure, 2024 estimates\n"
    "Country\tUS$ million (2015 prices)\t% of GDP\nPoland\t26,839\t4.12\nEstonia\t944\t3.43\n"
    "United States\t754,684\t3.38\nSpain\t17,707\t1.5\n",
    "bar columns": "Defence expenditure, 2024 estimates\nCountry | % of GDP | US$ million (2015 prices)\n"
    "Poland | 4.12 | 26,839\nEstonia | 3.43 | 944\nUnited States | 3.38 | 754,684\nSpain | 1.5 | 17,707\n",
    "pasted, separators lost": "Share of real GDP (%) and constant 2015 US$ million, 2024e\n"
    "Poland4.12  26839\nEstonia3.43  944\nUnited States3.38  754684\nSpain1.5  17707\n",
    "HTML table": "<html><body><p>NATO published its estimates.</p><table>"
    "<caption>Defence expenditure, 2024 estimates</caption>"
    "<tr><th>Country</th><th>Million US$ (2015 prices)</th><th>Share of GDP (%)</th></tr>"
    "<tr><td>Poland</td><td>26,839</td><td>4.12</td></tr><tr><td>\n Estonia\n</td><td>944</td><td>3.43</td></tr>"
    "<tr><td>United States</td><td>754,684</td><td>3.38</td></tr><tr><td>Spain</td><td>17,707</td><td>1.5</td></tr>"
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


def test_a_money_column_is_read_in_the_unit_its_header_names(ds: Dataset) -> None:
    text = FORMATS["tab columns, money first"].replace("754,684", "745,684")  # a wrong cell
    results = check_text(ds, text, as_of=AS_OF)
    values = {r.fields.get("value") for r in results if r.kind == "share_gdp"}
    assert not values & {26.83, 26.84, 75.46, 17.7}  # "26,839" is not 26.83% of GDP
    money = {
        r.fields["countries"][0]: (r.fields["value"], r.fields["price_basis"], r.fields["base_year"], r.verdict)
        for r in results
        if r.kind == "total_spending"
    }
    assert money == {
        "POL": (26839.0, "constant", 2015, "accurate"),
        "EST": (944.0, "constant", 2015, "accurate"),
        "ESP": (17707.0, "constant", 2015, "accurate"),
        "USA": (745684.0, "constant", 2015, "inaccurate"),
    }


@pytest.mark.parametrize(
    "header",
    ["Country\tUS$ million\t% of GDP", "Country\tSpending (million)\t% of GDP"],
    ids=["no price basis", "no currency"],
)
def test_a_money_column_whose_unit_is_not_said_is_not_read(ds: Dataset, header: str) -> None:
    text = f"Defence expenditure, 2024 estimates\n{header}\nPoland\t26,839\t4.12\n"
    results = check_text(ds, text, as_of=AS_OF)
    # the money cell is not read, so the "read every word" gate withholds the share's verdict (accurate) on it
    assert [(r.kind, r.verdict) for r in results] == [("share_gdp", "unverifiable")]
    assert results[0].figures_verdict == "accurate" and "26,839" in results[0].unread
    assert not [r for r in results if r.kind == "total_spending"]


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


def test_bare_decimals_in_a_list_under_a_named_measure(ds: Dataset) -> None:
    text = "Defence spending as a share of GDP in 2024 — Poland 4.12, Estonia 3.43, Latvia 3.15 and Germany 1.5."
    got = _cells(ds, text)
    assert got == {
        "POL": (4.12, 2024, "accurate", "Poland 4.12"),
        "EST": (3.43, 2024, "accurate", "Estonia 3.43"),
        "LVA": (3.15, 2024, "accurate", "Latvia 3.15"),
        "DEU": (1.5, 2024, "inaccurate", "Germany 1.5"),  # 2.12 in nato-2024-06
    }


@pytest.mark.parametrize(
    "text",
    [
        "Poland 4.12, Estonia 3.43 and Latvia 3.15 were the scores.",  # no measure named
        "On defence as a share of GDP, Germany 2.5, the minister said, was the aim.",  # one ally: not a list
    ],
)
def test_bare_decimals_without_a_measure_or_a_list_are_not_claims(ds: Dataset, text: str) -> None:
    assert _cells(ds, text) == {}


def test_a_yearless_figure_from_an_older_release_is_outdated(ds: Dataset) -> None:
    # nato-2023-07 (July 2023) estimated 2023 at Poland 3.90 and Greece 3.01; by March 2025 NATO had published 2024
    # (nato-2024-06: Poland 4.12, Greece 3.08). With no year given, the figures are last year's headline: outdated.
    text = "Allies far above the 2% of GDP guideline:\n• Poland: 3.90%\n• Greece: 3.01%\n• Latvia: 2.5%\n"
    got = {r.fields["countries"][0]: r for r in check_text(ds, text, as_of="2025-03-04") if r.kind == "share_gdp"}
    assert {c: r.verdict for c, r in got.items()} == {"POL": "outdated", "GRC": "outdated", "LVA": "inaccurate"}
    assert got["POL"].explanation.startswith("No year is stated; the claim matches the figures for 2023")
    assert "3.90% in nato-2023-07" in got["POL"].explanation and "4.12% in nato-2024-06" in got["POL"].explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nato-2024-06: USA 3.71 in 2014, 3.38 in 2024e; Greece 2.22 in 2014, 3.08 in 2024e.
        (
            "The US now spends 3.38% of GDP on defence, well below the 3.71% of 2014.",
            [(3.38, None, "eq", "accurate"), (3.71, 2014, "eq", "unverifiable")],  # the gate: 'below' (accurate)
        ),
        # "the 3.5% of 2014" is Greece's 2014 figure (2.22), not a bound that 2.22 sits under: never accurate.
        (
            "Greek defence spending as a share of GDP is now 3.08%, well below the 3.5% of 2014.",
            [(3.08, None, "eq", "accurate"), (3.5, 2014, "eq", "unverifiable")],  # the gate: 'below' (inaccurate)
        ),
    ],
)
def test_the_figure_of_a_year_is_that_years_figure(
    ds: Dataset, text: str, expected: list[tuple[float, int | None, str, str]]
) -> None:
    results = check_text(ds, text, as_of="2024-07-10")
    got = [(r.fields["value"], r.fields.get("year"), r.fields.get("comparator"), r.verdict) for r in results]
    assert got == expected
    # the "read every word" gate withholds the verdict on 2014's figure: "well below" compares it with today's,
    # which no rule reads as a comparison
    assert results[1].figures_verdict == ("accurate" if "3.71" in text else "inaccurate")
    assert "below" in results[1].unread
