"""Tables pasted into articles (claims/tables.py): blocks of rows whether or not the page kept the line breaks, the
header's measure and column years, one claim per cell with its own span, and abstaining when the header does not
say. Verdicts against the embedded dataset's published figures (NATO June 2024 release, nato-2024-06: Poland 1.88%
of GDP in 2014 and 4.12% in 2024e; Estonia 1.93 and 3.43; Spain 0.92 and 1.28; the United States 3.71 and 3.38)."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.claims.tables import find_blocks, find_cells, find_table_rows, read_header
from natospend.store.dataset import Dataset

# The Graphic News chart of 10 July 2024 (dev corpus), as the page gave it: every line break lost.
GRAPHIC_NEWS = (
    "Defence expenditure, change 2014-2024 2014 2024* (% share of GDP, based on 2015 prices and exchange rates) "
    "0 0.5 1 1.5 2 2.5 3 3.5 4 4.5 Poland 1.88 4.12 Estonia 1.93 3.43 U.S. 3.38 3.71 Latvia 0.94 3.15 "
    "Romania 1.35 2.25 N Macedonia 1.09 2.22 Norway 1.54 2.20 Slovenia 0.97 1.29 Spain 0.92 1.28 "
    "2% NATO guideline Iceland, which does not have any armed forces, is excluded from list"
)


def _cells(ds: Dataset, text: str, as_of: str) -> list[tuple[str, str, int | None, float | None, str]]:
    return [
        (r.span.text, r.kind, r.fields.get("year"), r.fields.get("value"), r.verdict)
        for r in check_text(ds, text, as_of=as_of)
    ]


def test_a_table_whose_line_breaks_were_lost(ds: Dataset) -> None:
    # (The sentence passes also read "2% NATO guideline" as a reference to the guideline: not the table's.)
    got = [c for c in _cells(ds, GRAPHIC_NEWS, "2024-07-10") if c[1] == "share_gdp"]
    # One claim a cell: the first cell's span from the ally's name, the second the figure alone.
    assert got[:4] == [
        ("Poland 1.88", "share_gdp", 2014, 1.88, "accurate"),
        ("4.12", "share_gdp", 2024, 4.12, "accurate"),
        ("Estonia 1.93", "share_gdp", 2014, 1.93, "accurate"),
        ("3.43", "share_gdp", 2024, 3.43, "accurate"),
    ]
    # The chart printed the US figures the wrong way round (NATO: 3.71 in 2014, 3.38 in 2024): read as printed.
    assert got[4:6] == [
        ("U.S. 3.38", "share_gdp", 2014, 3.38, "inaccurate"),
        ("3.71", "share_gdp", 2024, 3.71, "inaccurate"),
    ]
    # The last row stops at its two figures ("2% NATO guideline" is the text after the table).
    assert got[-2:] == [
        ("Spain 0.92", "share_gdp", 2014, 0.92, "accurate"),
        ("1.28", "share_gdp", 2024, 1.28, "accurate"),
    ]
    assert len(got) == 18
    assert not any(text.startswith(("0 ", "0.5", "2%")) for text, *_ in got)  # axis ticks, the guideline line


def test_a_row_that_is_not_an_allys_keeps_the_block_together(ds: Dataset) -> None:
    text = GRAPHIC_NEWS.replace("Latvia 0.94 3.15", "NATO Europe and Canada 1.43 2.02 Latvia 0.94 3.15")
    got = [(t, y) for t, k, y, _v, _verdict in _cells(ds, text, "2024-07-10") if k == "share_gdp"]
    assert ("Latvia 0.94", 2014) in got and ("Spain 0.92", 2014) in got and len(got) == 18


def test_a_table_with_line_breaks_and_a_caption_year(ds: Dataset) -> None:
    text = "NATO estimates for 2024: defence expenditure (% of GDP)\n• Poland 4.12\n• Estonia 3.43\n• Spain 1.28\n"
    assert _cells(ds, text, "2024-07-10") == [
        ("Poland 4.12", "share_gdp", 2024, 4.12, "accurate"),
        ("Estonia 3.43", "share_gdp", 2024, 3.43, "accurate"),
        ("Spain 1.28", "share_gdp", 2024, 1.28, "accurate"),
    ]


def test_equipment_and_real_change_tables(ds: Dataset) -> None:
    # nato-2024-06 Table 8a (equipment, % of defence expenditure) and Table 3 (annual real change, 2015 prices).
    text = (
        "Equipment expenditure as a share of defence expenditure (%)\n"
        "Country   2023e   2024e\nEstonia   16.72   33.74\nSpain     27.39   30.30\nGermany   18.04   28.75\n\n"
        "Defence expenditure, annual real change (%), 2023\nEstonia 36.12\nSpain 5.54\nGermany 8.84\n"
    )
    got = [(k, y, v, verdict) for _t, k, y, v, verdict in _cells(ds, text, "2024-07-10")]
    assert got == [
        ("equipment_share", 2023, 16.72, "accurate"),
        ("equipment_share", 2024, 33.74, "accurate"),
        ("equipment_share", 2023, 27.39, "accurate"),
        ("equipment_share", 2024, 30.3, "accurate"),
        ("equipment_share", 2023, 18.04, "accurate"),
        ("equipment_share", 2024, 28.75, "accurate"),
        ("real_growth", 2023, 36.12, "accurate"),
        ("real_growth", 2023, 5.54, "accurate"),
        ("real_growth", 2023, 8.84, "accurate"),
    ]


def test_columns_whose_year_cannot_be_told_are_unverifiable(ds: Dataset) -> None:
    text = "Defence spending (% of GDP)\nEstonia 3.43 2.1\nSpain 1.28 1.2\nGermany 2.12 1.5\n"
    results = check_text(ds, text, as_of="2024-07-10")
    assert [(r.span.text, r.verdict) for r in results] == [
        ("Estonia 3.43", "unverifiable"),
        ("2.1", "unverifiable"),
        ("Spain 1.28", "unverifiable"),
        ("1.2", "unverifiable"),
        ("Germany 2.12", "unverifiable"),
        ("1.5", "unverifiable"),
    ]
    assert all("cannot tell which year this column is" in r.explanation for r in results)


@pytest.mark.parametrize(
    "text",
    [
        "Poland 1.88 4.12 Estonia 1.93 3.43 Spain 0.92 1.28",  # no header: what the figures are is not said
        "Troops deployed (thousands)\nPoland 1.88\nEstonia 1.93\nSpain 0.92\n",
        "Defence spending 2014 2024\nPoland 1.88 4.12\nEstonia 1.93 3.43\nSpain 0.92 1.28\n",  # years, no measure
        # A money column whose price basis is not said is not read.
        "Defence spending, billions of dollars, 2017\nFrance 44.3\nGermany 42.8\nItaly 22.5\n",
    ],
)
def test_no_claim_when_the_header_names_no_measure(ds: Dataset, text: str) -> None:
    assert check_text(ds, text, as_of="2024-07-10") == []


def test_a_list_in_running_text_is_not_a_table() -> None:
    assert find_blocks("Poland 4.12, Estonia 3.43 and Spain 1.28 percent of GDP.") == []
    assert find_blocks("Poland 4.12\nSpain 1.28\n") == []  # two rows: too few to be a table


@pytest.mark.parametrize(
    ("header", "columns", "expected"),
    [
        ("Defence expenditure (% of GDP)  2014  2024e", 2, [("share_gdp", 2014), ("share_gdp", 2024)]),
        # The range names the chart's span, not a column; the price base is not a data year.
        ("Change 2014-2024 2014 2024* (% share of GDP, 2015 prices)", 2, [("share_gdp", 2014), ("share_gdp", 2024)]),
        ("Defence expenditure as a share of GDP, estimates for 2024", 1, [("share_gdp", 2024)]),
        ("Defence expenditure as a share of GDP", 1, [("share_gdp", None)]),
        ("Annual real change (%) 2023 2024", 2, [("real_growth", 2023), ("real_growth", 2024)]),
    ],
)
def test_header_columns(header: str, columns: int, expected: list[tuple[str, int | None]]) -> None:
    read = read_header(header, columns)
    assert read is not None
    assert [(c.measure, c.year) for c in read] == expected
    assert all(c.why is None for c in read)


def test_header_named_columns_and_undetermined_years() -> None:
    named = read_header("Country  % of GDP  US$ million (2015 prices), 2024", 2)
    assert named is not None
    assert [(c.measure, c.year) for c in named] == [("share_gdp", 2024), ("total_spending", 2024)]
    assert named[1].money is not None and named[1].money.base_year == 2015
    several = read_header("Defence spending 2014 to 2024 (% of GDP)", 2)
    assert several is not None and [c.why for c in several] == ["cannot tell which year this column is"] * 2
    one = read_header("In 2014 and 2024, share of GDP", 1)
    assert one is not None and one[0].why == "cannot tell which of the years named above the table it is"
    assert read_header("Country  2014  2024", 2) is None


@pytest.mark.parametrize(
    "text",
    [
        # A ranked list whose line breaks were lost: the rank of the next row is not a figure of this one.
        "Defence spending, % of GDP, 2024: 1. Poland 4.12% 2. Estonia 3.43% 3. Latvia 3.15% 4. Spain 1.28%",
        "Share of GDP, 2024e: Poland (4.12%) Estonia (3.43%) Latvia (3.15%) Spain (1.28%)",
        "Defence expenditure as a share of GDP\n\n| Country | 2024e |\n|---|---|\n| Poland | 4.12 |\n"
        "| Estonia | 3.43 |\n| Latvia | 3.15 |\n| Spain | 1.28 |\n",
        # A rank in a column of its own; a decimal comma and a spaced per cent sign.
        "Defence expenditure (% of GDP), 2024e\n1\tPoland\t4.12\n2\tEstonia\t3.43\n3\tLatvia\t3.15\n4\tSpain\t1.28\n",
        "Defence expenditure (% of GDP), 2024e: Poland 4,12 % Estonia 3,43 % Latvia 3,15 % Spain 1,28 %",
    ],
)
def test_ranked_bracketed_and_markdown_rows(text: str) -> None:
    assert [(c.code, c.column.measure, c.column.year, c.value) for c in find_cells(text)] == [
        ("POL", "share_gdp", 2024, 4.12),
        ("EST", "share_gdp", 2024, 3.43),
        ("LVA", "share_gdp", 2024, 3.15),
        ("ESP", "share_gdp", 2024, 1.28),
    ]


def test_a_header_is_not_read_across_a_sentence_end() -> None:
    assert find_cells("Defence spending as a share of GDP rose. Poland 4.12 Estonia 3.43 Latvia 3.15 were ahead.") == []


def test_an_html_table_one_span_a_cell(ds: Dataset) -> None:
    text = (
        "<table><caption>Defence expenditure as a share of GDP (%)</caption><tr><th>Country</th><th>2014</th>"
        "<th>2024e</th></tr><tr><td>Poland</td><td>1.88</td><td>4.12</td></tr><tr><td>Spain</td><td>0.92</td>"
        "<td>1.28</td></tr></table>"
    )
    assert _cells(ds, text, "2024-07-10") == [
        ("Poland\t1.88", "share_gdp", 2014, 1.88, "accurate"),
        ("4.12", "share_gdp", 2024, 4.12, "accurate"),
        ("Spain\t0.92", "share_gdp", 2014, 0.92, "accurate"),
        ("1.28", "share_gdp", 2024, 1.28, "accurate"),
    ]


def test_rows_read_as_sentences_take_the_captions_year(ds: Dataset) -> None:
    # Each row is a line of its own, so the sentence passes read it ("Poland 4.12%"); the caption gives the year:
    # as of 2025-12-01 the newest year is 2025 (Poland 4.48% in nato-2025-08), and 4.12% is NATO's June 2024
    # estimate for 2024, since revised (4.07% in nato-2025-04): outdated, for 2024.
    text = "Allies above 3% of GDP in 2024:\nPoland 4.12%\nEstonia 3.43%\nUS 3.38%\n"
    got = [(t, y, verdict) for t, k, y, _v, verdict in _cells(ds, text, "2025-12-01") if k == "share_gdp"]
    assert got == [
        ("Poland 4.12%", 2024, "outdated"),
        ("Estonia 3.43%", 2024, "outdated"),
        ("US 3.38%", 2024, "outdated"),
    ]
    # Without the caption, no year: judged against 2025 and found to be an older release's newest figure.
    (alone,) = check_text(ds, "Poland 4.12% of GDP.", as_of="2025-12-01")
    assert (alone.fields.get("year"), alone.verdict) == (None, "outdated")
    assert alone.explanation.startswith("No year is stated; the claim matches the figures for 2024")


def test_glued_cells_are_not_split_by_guess() -> None:
    # The Daily Mail table of 14 June 2018 (dev corpus), separators lost: "Greece 2.324.5" is 2.32 and 4.5, or 2.3
    # and 24.5...: where the share ends cannot be told, so that row gives nothing; the rows around it are read.
    text = (
        "What do Nato members spend on defence compared to the 2 per cent of GDP target?  \n"
        "Country Per Cent  Billions of dollars\nUnited States3.58  683\nGreece 2.324.5 \n Estonia2.14 0.5 \n"
        " United Kingdom2.14 54.8 \n"
    )
    assert [(r.code, r.value, text[r.start : r.end]) for r in find_table_rows(text)] == [
        ("USA", 3.58, "United States3.58"),
        ("EST", 2.14, "Estonia2.14"),
        ("GBR", 2.14, "United Kingdom2.14"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Share of GDP spent on defence\n2014 → 2024\nPoland 1.88 → 4.12\nEstonia 1.93 → 3.43\nSpain 0.92 → 1.28\n",
        "Defence expenditure as % of GDP (2014 / 2024)\nPoland 1.88 / 4.12\nEstonia 1.93 / 3.43\nSpain 0.92 / 1.28\n",
    ],
)
def test_arrows_and_slashes_between_columns(ds: Dataset, text: str) -> None:
    # Before: the header-line reader took the first figure of "Poland 1.88 / 4.12" for the newest year (2024).
    got = _cells(ds, text, "2024-07-10")
    assert [(t, y, verdict) for t, _k, y, _v, verdict in got] == [
        ("Poland 1.88", 2014, "accurate"),
        ("4.12", 2024, "accurate"),
        ("Estonia 1.93", 2014, "accurate"),
        ("3.43", 2024, "accurate"),
        ("Spain 0.92", 2014, "accurate"),
        ("1.28", 2024, "accurate"),
    ]


def test_a_money_cell_has_its_own_span(ds: Dataset) -> None:
    # nato-2024-06, 2024e: Poland 4.12% of GDP, US$ 34,975 million at current prices.
    text = "NATO defence spending, 2024 estimates\nCountry\t% of GDP\tUS$ bn (current prices)\nPoland\t4.12\t34.97\n"
    assert [(t, k, v, verdict) for t, k, _y, v, verdict in _cells(ds, text, "2024-07-10")] == [
        ("Poland\t4.12", "share_gdp", 4.12, "accurate"),
        ("34.97", "total_spending", 34970.0, "accurate"),
    ]


def test_a_single_column_of_changes_or_of_a_span_of_years() -> None:
    # One column under "change ... 2014-2024" holds changes, not levels: no claim, whatever the values.
    assert read_header("Change in defence spending as a share of GDP, 2014-2024", 1) is None
    span = read_header("Defence spending as a share of GDP, 2014 to 2024", 1)
    assert span is not None and span[0].why == "cannot tell which of the years named above the table it is"
    # Several columns under the same words are read by their column years (the Graphic News chart).
    two = read_header("Defence expenditure, change 2014-2024 2014 2024* (% share of GDP)", 2)
    assert two is not None and [c.year for c in two] == [2014, 2024]
