"""Tables pasted into articles, whether the page kept their line breaks or lost them ("... (% share of GDP) Poland
1.88 4.12 Estonia 1.93 3.43 ..." on one line): a block of rows, each an ally and the same number of figures, read
with the header just above it for what the figures measure and which year each column is.

The header decides everything: a column's measure and year are never guessed from its values. A block whose measure
the header does not name gives no claim; a column whose year cannot be told gives `unverifiable` cells that say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.frame import Claim
from natospend.claims.lists import _PRICE_YEAR, ListItem, MoneyColumn, _money_column, find_table_rows
from natospend.claims.mentions import _set_year

MIN_ROWS = 3  # fewer rows than this are a sentence's list, read by claims/lists.py
_HEADER_CHARS = 300  # how far above a block its header may start

# A cell: a figure standing alone ("1.88", "4.12%", "-0.5", "683"); not part of a glued run ("2.324.5"), the rank of
# the next row ("4.12 2. Estonia"), a range ("1.5-2") or a word.
_CELL = r"[-−]?(?:\d{1,4}[.,]\d{1,2}|\d{1,4}(?![.)](?:\s|$)))%?(?![\w.,%-]*\d)(?![\w])"
_GAP = r"[ \t]*[|\t]?[ \t]*"


# A row: a name, then its figures ("Poland 1.88 4.12", "United States3.58  683" glued, "• Poland: 4.12%",
# "Poland | 1.86 | 4.12", "Poland (4.12%)"). The name is any capitalised one, so that a row the lexicon does not
# know ("NATO Europe", "Total") keeps the block together; only allies' rows become claims.
_ROW = re.compile(
    r"(?<![\w.])(?:the[ \t]+)?(?P<label>[A-Z][^\s\d|:()]*(?:[ \t]+(?:[A-Z&][^\s\d|:()]*|of|and))*?)"
    rf"[ \t]*[:|–—]?[ \t]*\(?(?P<cells>(?<![\w.]){_CELL}(?:{_GAP}(?<![\w.,]){_CELL})*)\)?"
)
# Between two rows of a block: white space and line breaks, a bullet, a bar, a rank number of the next row.
_BETWEEN = re.compile(r"[\s|•*·▪►]*(?:\d{1,2}[.)][ \t]+)?")


def _code(label: str) -> str | None:
    lookup = L.country_lookup()
    label = L.normalise_label(label)
    return lookup.get(label) or lookup.get(re.sub(r"^the\s+", "", label, flags=re.I))


@dataclass(frozen=True)
class Row:
    start: int  # the name
    code: str | None  # None: not an ally
    cells: list[tuple[int, int]]  # [start, end) of each figure (without a % sign)


@dataclass(frozen=True)
class Column:
    """What the header says one column holds."""

    measure: str | None  # share_gdp, real_growth, equipment_share, total_spending; None: not said
    year: int | None = None
    why: str | None = None  # the year could not be told: the reason, shown as the claim's verdict
    money: MoneyColumn | None = None


@dataclass(frozen=True)
class TableCell:
    """One cell of a table block: the ally, the figure, what its column holds."""

    start: int  # the claim's span
    end: int
    code: str
    value: float
    decimals: int
    value_start: int
    value_end: int
    column: Column
    row_start: int
    row_end: int


def find_blocks(text: str) -> list[list[Row]]:
    """Runs of at least MIN_ROWS consecutive rows with the same number of figures each."""
    blocks: list[list[Row]] = []
    run: list[Row] = []
    last_end = -1
    for m in _ROW.finditer(text):
        code = _code(m.group("label"))
        cells = [
            (m.start("cells") + c.start(), m.start("cells") + c.start() + len(c.group().rstrip("%")))
            for c in re.finditer(_CELL, m.group("cells"))
        ]
        joined = last_end >= 0 and _BETWEEN.fullmatch(text, last_end, m.start()) is not None
        if joined and run and len(cells) > len(run[0].cells) >= 1 and len(run) >= MIN_ROWS - 1:
            # The last row of a table whose line breaks were lost, then a figure of the text after it ("Spain 0.92
            # 1.28 2% NATO guideline"): the row has the block's figures, the rest is not the table's.
            run.append(Row(m.start(), code, cells[: len(run[0].cells)]))
            _close(run, blocks)
            run, last_end = [], -1
            continue
        if not joined or (run and len(cells) != len(run[0].cells)):
            _close(run, blocks)
            run = []
        run.append(Row(m.start(), code, cells))
        last_end = m.end()
    _close(run, blocks)
    return blocks


def _close(run: list[Row], blocks: list[list[Row]]) -> None:
    """A run of rows is a block when at least MIN_ROWS of them are allies' (only those are kept)."""
    allies = [row for row in run if row.code is not None]
    if len(allies) >= MIN_ROWS:
        blocks.append(allies)


# ------------------------------------------------------------------------------------------------ the header
_MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "equipment_share",
        re.compile(
            r"\bequipment\s+(?:expenditure|spending)\s+(?:as\s+a\s+)?(?:share|%|per\s?cent|percentage)\s+of\s+"
            r"(?:total\s+)?defen[cs]e\s+(?:expenditure|spending)|%\s+(?:of\s+defen[cs]e\s+(?:spending|expenditure)\s+)?"
            r"on\s+(?:major\s+)?equipment",
            re.I,
        ),
    ),
    (
        "share_gdp",
        re.compile(
            r"%\s*(?:share\s+)?of\s+(?:GDP|gross\s+domestic)|\b(?:share|percentage|proportion|per\s?cent)\s+of\s+"
            r"(?:GDP|gross\s+domestic)|\bGDP\s*\(\s*%\s*\)|\bshare\s+of\s+GDP",
            re.I,
        ),
    ),
    (
        "real_growth",
        re.compile(r"\breal\s+(?:terms\s+)?(?:change|growth|increase)|\b(?:change|growth)\s+in\s+real\s+terms", re.I),
    ),
    (
        "total_spending",
        re.compile(
            r"(?:US\$|\$|\bUSD)\s*(?:bn|billions?|m|mn|millions?)\b|\b(?:billions?|millions?)\s+(?:of\s+)?(?:US\s+)?"
            r"dollars\b",
            re.I,
        ),
    ),
)
# A year standing alone ("2014", "2024e", "2024*"); not one end of a range ("2014-2024") or a price base.
_COLUMN_YEAR = re.compile(r"(?<![\w.,/–-])((?:19|20)\d\d)(?:e|\*|\s*\(?est\.?\)?)?(?![\w/–-]|[.,]\d)")
_SENTENCE_END = re.compile(
    r"(?<=[^\W\d_]|[%)\]])[.!?][\"'”’)\]]*\s+(?=[\"'“‘(]?[A-Z])"
)  # after a word or a %, not a rank ("1. Poland")


def _header(text: str, start: int, floor: int) -> str:
    """The text above a block that can be its header: back to the previous block, a sentence end or 300 chars;
    a long line of prose above the caption ends it."""
    lo = max(floor, start - _HEADER_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start + 1) if m.end() <= start]
    window = text[max([lo, *ends]) : start]
    lines = window.split("\n")
    kept: list[str] = [lines.pop()]
    for line in reversed(lines):
        if len(line) > 220 or (len(line) > 100 and re.search(r"[.!?](?:\s|$)", line.strip())):
            break
        kept.append(line)
    return "\n".join(reversed(kept))


def _year_runs(header: str) -> list[list[int]]:
    """Runs of column years in a header ("2014  2024e", "2014 2024*"), price-base years blanked first."""
    blanked = _PRICE_YEAR.sub(lambda m: " " * len(m.group()), header)
    runs: list[list[int]] = []
    last_end = -1
    for m in _COLUMN_YEAR.finditer(blanked):
        if runs and re.fullmatch(r"[\s|]*", blanked[last_end : m.start()]):
            runs[-1].append(int(m.group(1)))
        else:
            runs.append([int(m.group(1))])
        last_end = m.end()
    return runs


def read_header(header: str, columns: int) -> list[Column] | None:
    """Each column's measure and year from the header above a block; None when no measure is named."""
    named = sorted((m.start(), kind) for kind, rx in _MEASURES for m in rx.finditer(header))
    if not named:
        return None
    kinds = list(dict.fromkeys(kind for _, kind in named))
    runs = _year_runs(header)
    years = [y for run in runs for y in run]
    if len(kinds) > 1 and columns == len(kinds) and not any(len(r) == columns for r in runs):
        # "Country  % of GDP  US$ million (2015 prices)": a column per measure, in the order the header names them.
        year = years[0] if len(set(years)) == 1 else None
        why = None if len(set(years)) <= 1 else "cannot tell which year these columns are"
        cues = [next(at for at, k in named if k == kind) for kind in kinds]
        parts = [header[at:end] for at, end in zip(cues, [*cues[1:], len(header)], strict=True)]
        return [_column(kind, part, year, why) for kind, part in zip(kinds, parts, strict=True)]
    kind = named[-1][1]  # the measure named nearest the rows
    if columns > 1:
        run = next((r for r in reversed(runs) if len(r) == columns), None)
        if run is None:
            return [_column(kind, header, None, "cannot tell which year this column is")] * columns
        return [_column(kind, header, year, None) for year in run]
    if len(set(years)) > 1:
        return [_column(kind, header, None, "cannot tell which of the years named above the table it is")]
    return [_column(kind, header, years[0] if years else None, None)]


def _column(kind: str, header: str, year: int | None, why: str | None) -> Column:
    """`header`: for a money column, the part of the header that names it (its unit, "US$ million (2015 prices)")."""
    money = _money_column(header) if kind == "total_spending" else None
    if kind == "total_spending" and money is None:
        return Column(None)  # a money column whose scale or price basis is not said is not read
    return Column(kind, year, why, money)


# ------------------------------------------------------------------------------------------------ cells
def _value(raw: str) -> tuple[float, int]:
    raw = raw.replace("−", "-").replace(",", ".").rstrip("%")
    return float(raw), len(raw.split(".")[1]) if "." in raw else 0


# The highest ally share of GDP the dataset holds is 13.9% (SIPRI, USA 1952): a column past 30% holds something else;
# a share of defence spending is at most 100%.
_CEILING = {"share_gdp": 30.0, "equipment_share": 100.0}


def find_cells(text: str) -> list[TableCell]:
    """Every cell of every table block whose header names its measure: one cell a claim, the first cell's span
    from the ally's name, the others the figure alone (a single-column table: the row)."""
    out: list[TableCell] = []
    floor = 0
    for block in find_blocks(text):
        header = _header(text, block[0].start, floor)
        floor = block[-1].cells[-1][1]
        columns = read_header(header, len(block[0].cells))
        if columns is None:
            continue
        for i, column in enumerate(columns):
            if column.measure is None:
                continue
            cells = [(row, *row.cells[i]) for row in block]
            values = [_value(text[lo:hi]) for _, lo, hi in cells]
            ceiling = _CEILING.get(column.measure)
            if ceiling is not None and any(abs(v) > ceiling for v, _ in values):
                continue  # not a column of this measure, whatever the header seems to say
            for (row, lo, hi), (value, decimals) in zip(cells, values, strict=True):
                start = row.start if i == 0 else lo
                row_end = row.cells[-1][1]
                assert row.code is not None  # blocks hold allies' rows only
                out.append(TableCell(start, hi, row.code, value, decimals, lo, hi, column, row.start, row_end))
    return out


_UNITS = {
    "share_gdp": "percent",
    "equipment_share": "percent",
    "real_growth": "percent (annual real change)",
}


def table_claims(text: str, as_of: date | None, claims: list[Claim]) -> list[Claim]:
    """Claims of the tables in `text` (clean text): the rows under a header line (claims/lists.py) and the table
    blocks read here, except cells the sentence passes already claimed."""
    out: list[Claim] = []
    seen: set[int] = set()
    for item in find_table_rows(text):
        seen.add(item.value_start)
        if not _claimed(claims, item.start, item.code, item.value):
            out.append(_row_claim(text, item, as_of))
    for cell in find_cells(text):
        if cell.value_start in seen or _claimed(claims, cell.start, cell.code, cell.value):
            continue
        out.append(_cell_claim(text, cell))
    return out


def _claimed(claims: list[Claim], at: int, code: str, value: float) -> bool:
    return any(c.start <= at < c.end and c.countries == [code] and c.value == value for c in claims)


def _row_claim(text: str, item: ListItem, as_of: date | None) -> Claim:
    line_end = text.find("\n", item.start)
    line_end = len(text) if line_end < 0 else line_end
    claim = Claim(item.start, line_end, text[item.start : line_end], "share_gdp")
    claim.value, claim.decimals, claim.step = item.value, item.decimals, 10.0**-item.decimals
    claim.value_text = text[item.value_start : item.value_end]
    claim.unit = "percent"
    if item.money is not None:  # a money column, in the unit its header names ("US$ million (2015 prices)")
        claim.kind, claim.currency = "total_spending", item.money.currency
        claim.unit = f"million {item.money.currency}"
        claim.value, claim.step = item.value * item.money.millions, claim.step * item.money.millions
        claim.price_basis, claim.base_year = item.money.price_basis, item.money.base_year
    claim.countries = [item.code]
    if item.year is not None:
        claim.year, claim.year_text, claim.year_basis = item.year, str(item.year), "explicit"
    else:
        _set_year(claim, claim.text, (item.value_start - item.start, item.value_end - item.start), [], as_of)
    claim.span_start, claim.span_end = item.start, item.end
    return claim


def _cell_claim(text: str, cell: TableCell) -> Claim:
    column = cell.column
    claim = Claim(cell.row_start, cell.row_end, text[cell.row_start : cell.row_end], column.measure or "share_gdp")
    claim.value, claim.decimals, claim.step = cell.value, cell.decimals, 10.0**-cell.decimals
    claim.value_text = text[cell.value_start : cell.value_end]
    claim.unit = _UNITS.get(claim.kind, "percent")
    claim.countries = [cell.code]
    if column.money is not None:
        claim.currency, claim.unit = column.money.currency, f"million {column.money.currency}"
        claim.value, claim.step = cell.value * column.money.millions, claim.step * column.money.millions
        claim.price_basis, claim.base_year = column.money.price_basis, column.money.base_year
    if claim.kind == "real_growth":
        claim.price_basis = "constant"
    if column.why is not None:
        claim.scope = f"undetermined year: {column.why}"
    elif column.year is not None:  # else the newest year, as for a figure in running text that names none
        claim.year, claim.year_text, claim.year_basis = column.year, str(column.year), "explicit"
    claim.span_start, claim.span_end = cell.start, cell.end
    return claim
