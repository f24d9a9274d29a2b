"""Tables found in a recall audit of fresh pages (not in the corpus), claims/tables.py: a table whose cells came out
one a line behind a bar, and the year of a table told by the lead-in sentence that ends the paragraph above it.
Verdicts against the embedded dataset: on 14 June 2018 the newest figures for 2017 were NATO's March 2018 annual
report (nato-2018-03: the United States 3.57%, Greece 2.36%), so the June 2017 estimates the panel printed (3.58,
2.32) are outdated."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.tables import join_cell_lines
from natospend.store.dataset import Dataset

# http://www.dailymail.co.uk/news/fb-5843655/What-Nato-members-spend-defence.html (14 June 2018), the panel as
# one scrape of the page gave it: each cell on a line of its own behind a bar (rows shortened).
CELL_LINES = (
    "Nato members are obliged to spend 2 per cent of their GDP on defence under the terms of the treaty - but few "
    "do. In 2017, members spent:\n|Country\n|Per Cent\n|Billions of dollars\n|United States\n|3.58\n|683\n"
    "|Greece\n|2.32\n|4.5\n|Slovak Republic\n|1.19\n|1\n|Luxembourg\n|0.44\n|0.2\n"
    "Read articles that feature this panel\n"
)
# The same panel as another scrape gave it: one row a line, a question between the lead-in and the header.
ROW_LINES = (
    "Nato members are obliged to spend 2 per cent of their GDP on defence under the terms of the treaty - but few "
    "do. In 2017, members spent:  \n\nWhat do Nato members spend on defence compared to the 2 per cent of GDP "
    "target?  \nCountry Per Cent  Billions of dollars\nUnited States3.58  683\nGreece 2.32 4.5 \n"
)


def _shares(ds: Dataset, text: str, as_of: str) -> list[tuple[list[str], float | None, int | None, str]]:
    return [
        (r.fields["countries"], r.fields.get("value"), r.fields.get("year"), r.verdict)
        for r in check_text(ds, text, as_of=as_of)
        if r.kind == "share_gdp"
    ]


def test_cells_one_a_line_are_rejoined_into_rows_offsets_kept() -> None:
    joined = join_cell_lines(CELL_LINES)
    assert len(joined) == len(CELL_LINES)
    assert "|Country\t|Per Cent\t|Billions of dollars\n|United States\t|3.58\t|683\n" in joined
    assert "|Luxembourg\t|0.44\t|0.2\nRead articles" in joined  # the line after the table is left as it was
    # No header of names then figures: nothing is rejoined.
    prose = "|Poland\n|Greece\n|Spain\n|Italy\n|France\n|Belgium\n"
    assert join_cell_lines(prose) == prose


def test_a_table_of_one_cell_a_line_gives_one_claim_a_row(ds: Dataset) -> None:
    got = _shares(ds, CELL_LINES, "2018-06-14")
    assert [(c, v, y) for c, v, y, _ in got] == [
        (["USA"], 3.58, 2017),
        (["GRC"], 2.32, 2017),
        (["SVK"], 1.19, 2017),
        (["LUX"], 0.44, 2017),
    ]
    assert [v for *_, v in got[:2]] == ["outdated", "outdated"]
    # Each claim's span is its row's name and share, not the money column.
    spans = [r.span.text for r in check_text(ds, CELL_LINES, as_of="2018-06-14") if r.kind == "share_gdp"]
    assert spans[0] == "United States\n|3.58"


def test_the_year_of_a_lead_in_that_ends_a_long_paragraph(ds: Dataset) -> None:
    # "In 2017, members spent:" ends a paragraph longer than a caption: it still dates the table under it.
    got = _shares(ds, ROW_LINES, "2018-06-14")
    assert got == [(["USA"], 3.58, 2017, "outdated"), (["GRC"], 2.32, 2017, "outdated")]
    # A long paragraph that does not end in a lead-in names no year of the table: the newest year is read.
    undated = ROW_LINES.replace("members spent:", "members spent more.")
    assert [y for _, _, y, _ in _shares(ds, undated, "2018-06-14")] == [None, None]
