"""Tables pasted into articles, one claim per cell, each with its own span. Two readers:

- rows under a header line (`find_table_rows`): a caption naming the measure ("Defence expenditure (% of GDP)"),
  a line of column years or of named columns ("Country | US$ million (2015 prices) | % of GDP"), then one row a line
  ("Estonia2.14 0.5", "• Poland – 4.12", an HTML table's tab-separated rows);
- table blocks (`find_cells`), whether the page kept their line breaks or lost them ("... (% share of GDP) Poland
  1.88 4.12 Estonia 1.93 3.43 ..." on one line): a run of rows, each a name and the same number of figures, read
  with the header just above it for what each column measures and which year it is.

The header decides: a column's measure and year are never guessed from its values. A block whose measure the
header does not name gives no claim; a column whose year cannot be told gives `unverifiable` cells that say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise

from natospend.claims import lexicon as L
from natospend.claims.frame import Claim
from natospend.claims.lists import CEILING, ListItem, MoneyColumn, ally_alternation
from natospend.claims.mentions import set_year
from natospend.claims.patterns import LazyPattern, Pattern, lazy

# ------------------------------------------------------------------------------------ rows under a header line
_LINE_CELL = r"\d{1,2}[.,]\d{1,2}%?"
# A flag before an ally's name in a scraped table or list ("1🇵🇱 Poland4.12%", "🇬🇧 UK 2.33%"): two regional
# indicator letters, or England's and Scotland's tag sequences.
FLAG = "(?:[\U0001f1e6-\U0001f1ff]{2}|\U0001f3f4[\U000e0060-\U000e007f]*)"


@cache
def _line_row_re() -> Pattern:
    names = ally_alternation()
    # "Estonia2.14 0.5" (pasted without separators), "• Poland – 4.12", "Poland | 1.86 | 4.12", "Poland: 4.12%",
    # "1 Poland 4.12%" (a rank first), "1🇵🇱 Poland4.12%" (a rank and a flag).
    return lazy(
        rf"^[ \t]*(?:[•*·▪►-][ \t]*)?(?:\d{{1,2}}[.)]?(?:[ \t]+|(?={FLAG})))?(?:{FLAG}[ \t]*)?(?:the[ \t]+)?"
        rf"(?P<label>{names})"
        rf"(?:[ \t]*\([^)\n]{{1,30}}\))?"
        rf"[ \t]*[:|–—-]?[ \t]*(?P<cells>{_LINE_CELL}(?:[ \t]*[|\t]?[ \t]*{_LINE_CELL})*)",
        re.MULTILINE | re.IGNORECASE,
    )


# A line that names the measure of the rows under it ("Per Cent", "Defence expenditure (% of GDP)", "as a share of
# GDP, 2024"); a line of years is the column header ("Country  2014  2024").
_TABLE_HEADER = lazy(
    r"^.*(?:\bper\s?cent\b|%\s*(?:of\s*)?(?:GDP|gross)|\bGDP\s*\(?\s*%|\b(?:share|percentage|proportion)\s+of\s+(?:GDP|gross))"
    r".*$",
    re.IGNORECASE | re.MULTILINE,
)
# A header that names a money column after the share ("Country Per Cent  Billions of dollars").
_MONEY_WORD = lazy(r"\b(?:dollars?|US\$|USD|euros?|billions?|millions?|bn)\b|[$€£]", re.I)
_YEAR = lazy(r"(?<!\d)((?:19|20)\d\d)(?:e|\*)?(?!\d)")
# "US$ million (2015 prices)", "constant 2021 US$": a price base, not the year of the figures.
PRICE_YEAR = lazy(
    r"(?:\bconstant\s+|\bbase\s+(?:year\s+)?)(?:19|20)\d\d|(?:19|20)\d\d\s*(?:prices|constant|US\$|USD|\$|dollars|euros?|€)",
    re.I,
)
_YEAR_LINE = lazy(r"^[^\d\n]{0,30}(?:(?:19|20)\d\d(?:e|\*)?[ \t|]*){2,}$", re.MULTILINE)


_FIGURE = lazy(r"\d+(?:[.,]\d+)?")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _is_caption(line: str) -> bool:
    """A caption or header line, not a sentence: short, or (NATO's "Table 3: Defence expenditure as a share of GDP
    and equipment expenditure as a share of defence expenditure (%)") longer with no sentence ending in it."""
    return len(line) <= 100 or (len(line) <= 220 and not re.search(r"[.!?](?:\s|$)", line.strip()))


def _header_years(line: str) -> list[int]:
    """The data years a header line names, not its price base."""
    return [int(y) for y in _YEAR.findall(PRICE_YEAR.sub(" ", line))]


def _caption_year(text: str, at: int) -> int | None:
    """The one data year of a caption a few lines above a header with none ("Defence expenditure, 2024 estimates" /
    "Country  % of GDP  US$ million")."""
    above = [a for a in text[max(0, at - 400) : at].splitlines()[-6:] if a.strip()][-3:]
    for line in reversed(above):
        if len(line) > 100 and line.rstrip().endswith(":"):
            # A paragraph that ends with the lead-in to the table ("... - but few do. In 2017, members spent:").
            line = _SENTENCE_END.split(line)[-1]
        years = set(_header_years(line))
        if len(line) <= 100 and len(years) == 1:
            return years.pop()
    return None


_COLUMN_SEP = lazy(r"\t|[ \t]*\|[ \t]*| {2,}")


def _columns(line: str) -> list[tuple[int, str]]:
    """The cells of a tab-, bar- or wide-space-separated line, with their offsets in it."""
    out: list[tuple[int, str]] = []
    pos = 0
    for sep in [*_COLUMN_SEP.finditer(line), None]:
        end = sep.start() if sep else len(line)
        if line[pos:end].strip():
            out.append((pos + len(line[pos:end]) - len(line[pos:end].lstrip()), line[pos:end].strip()))
        pos = sep.end() if sep else pos
    return out


def _share_column(header: str) -> int | None:
    """The column of a header of named columns ("Country | US$ million | % of GDP") that holds shares of GDP;
    None when the header is not one of named columns."""
    named = _columns(header)
    if len(named) < 2 or _YEAR_LINE.fullmatch(header):
        return None
    col = next((i for i, (_, name) in enumerate(named) if _TABLE_HEADER.fullmatch(name)), None)
    # The first column is the allies' ("Country"); a share named there ("Country Per Cent  Billions of dollars",
    # separators lost) is read row by row, first figure first.
    return col if col else None


_MONEY_HEADER = lazy(
    r"^(?=.*(?:US\$|\bUSD\b|\bdollars?\b))(?=.*\b(?P<scale>million|mn|m|billion|bn)\b)"
    r"(?=.*(?:\bconstant\s+(?P<y1>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)\s+prices|(?P<current>\bcurrent\b)))",
    re.I,
)
_MONEY_CELL = lazy(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _money_column(name: str) -> MoneyColumn | None:
    """A money column named with its currency, scale and price basis; None when any of them is not said (a money
    column whose unit cannot be told is not read)."""
    m = _MONEY_HEADER.match(name)
    if m is None or _TABLE_HEADER.search(name):
        return None
    millions = 1000.0 if m.group("scale").lower() in ("billion", "bn") else 1.0
    if m.group("current"):
        return MoneyColumn("USD", millions, "current", None)
    return MoneyColumn("USD", millions, "constant", int(m.group("y1") or m.group("y2")))


# A table whose cells each came out on a line of their own, behind a bar ("|Country" / "|Per Cent" / "|United
# States" / "|3.58"): runs of such lines.
_CELL_LINES = lazy(r"(?:^\|[^\n|]*\S[^\n|]*\n){6,}", re.MULTILINE)
_NAME_CELL = lazy(r"\|\s*[^\W\d_][^\d]*")
_FIGURE_CELL = lazy(r"\|\s*(?:\d[\d.,]*\s*%?|n/?a|-|–)\s*", re.I)


# A table whose cells each came out on a line of their own behind a bar, and each row ends with a bar alone ("|
# Country" / "| 2000" / ... / "|" / "| Belgium" / "| 1.0" / ... / "|"): the lone bars part the rows.
_BARRED_LINES = lazy(r"(?:^\|[^\n|]*\n){6,}", re.MULTILINE)
_LONE_BAR = lazy(r"\|[ \t]*\n?")


def _join_barred_rows(text: str, out: list[str]) -> None:
    """Rows parted by lone bars, each as wide as the first (the header): the breaks inside a row become tabs in
    `out`. A row that is not a name then figures (or, the header, names and years) is left as it was."""
    for run in _BARRED_LINES.finditer(text):
        lines = run.group().splitlines(keepends=True)
        if not any(_LONE_BAR.fullmatch(line) for line in lines):
            continue
        rows: list[tuple[int, list[str]]] = []  # (offset of the row's first line, its lines)
        pos, row_start = run.start(), run.start()
        row: list[str] = []
        for line in lines:
            if _LONE_BAR.fullmatch(line):
                if row:
                    rows.append((row_start, row))
                row, row_start = [], pos + len(line)
            else:
                row.append(line)
            pos += len(line)
        if row:
            rows.append((row_start, row))
        width = len(rows[0][1])
        if width < 2 or len(rows) < MIN_ROWS:
            continue
        for start, cells in rows:
            body = [c.rstrip("\n") for c in cells[1:]]
            if len(cells) != width or not _NAME_CELL.fullmatch(cells[0].rstrip("\n")):
                continue
            if not all(_FIGURE_CELL.fullmatch(c) for c in body):
                continue
            at = start
            for line in cells[:-1]:
                at += len(line)
                out[at - 1] = "\t"


def join_cell_lines(text: str) -> str:
    """`text` with each table of one cell a line rejoined into one row a line (the breaks inside a row become tabs,
    so every offset stays where it was). A row is as wide as the header: the name cells before the first figure,
    but one (the first row's name). Rows follow while each is a name, then figures; the rest is left as it was.
    Rows parted by a bar alone on its line are read by `_join_barred_rows`."""
    out = list(text)
    _join_barred_rows(text, out)
    text = "".join(out)
    for run in _CELL_LINES.finditer(text):
        lines = run.group().splitlines(keepends=True)
        first = next((i for i, line in enumerate(lines) if _FIGURE_CELL.fullmatch(line.rstrip("\n"))), None)
        if first is None or first < 3 or not all(_NAME_CELL.fullmatch(line.rstrip("\n")) for line in lines[:first]):
            continue
        width = first - 1
        groups = [lines[:width]]
        for at in range(width, len(lines) - width + 1, width):
            row = [line.rstrip("\n") for line in lines[at : at + width]]
            if not (_NAME_CELL.fullmatch(row[0]) and all(_FIGURE_CELL.fullmatch(c) for c in row[1:])):
                break
            groups.append(lines[at : at + width])
        if len(groups) < 2:
            continue
        pos = run.start()
        for group in groups:
            for line in group[:-1]:  # the break after each cell but the row's last
                pos += len(line)
                out[pos - 1] = "\t"
            pos += len(group[-1])
    return "".join(out)


def find_table_rows(text: str) -> list[ListItem]:
    """Rows of a pasted share-of-GDP table or an infographic list, one item per cell: only under a header line that
    names the measure (up to three lines above the rows, the column header of years in between)."""
    lookup = L.country_lookup()
    out: list[ListItem] = []
    seen: set[int] = set()
    headers = [h for h in _TABLE_HEADER.finditer(text) if _is_caption(h.group())]
    # A column header of years under a caption a few lines up ("Defence spending, % of GDP" / "" / "  2014  2024").
    for year_line in _YEAR_LINE.finditer(text):
        above = text[max(0, year_line.start() - 400) : year_line.start()].splitlines()[-5:]
        if any(_TABLE_HEADER.match(a) and _is_caption(a) for a in above) and not any(
            h.start() <= year_line.start() < h.end() + 1 for h in headers
        ):
            headers.append(year_line)
    for header in sorted(headers, key=lambda h: h.start()):
        pos = header.end() + 1
        header_years = _header_years(header.group())
        if not header_years and (year := _caption_year(text, header.start())) is not None:
            header_years = [year]
        columns: list[int] = header_years if _YEAR_LINE.fullmatch(header.group()) else []
        share_col = _share_column(header.group())
        # Up to two lines between the header and the rows: a blank line, a column header of years.
        for _ in range(2):
            line_end = text.find("\n", pos)
            line = text[pos : line_end if line_end >= 0 else len(text)]
            if line.strip() and not _YEAR_LINE.match(line):
                break
            if line.strip():
                columns = [int(y) for y in _YEAR.findall(line)]
            if line_end < 0:
                break
            pos = line_end + 1
        if share_col is not None:
            out.extend(_named_column_rows(text, pos, share_col, _columns(header.group()), header_years, seen))
            continue
        for m in _line_row_re().finditer(text, pos) if pos < len(text) else ():  # no line under the header
            if text[pos : m.start()].strip() or m.start() in seen:  # rows must follow one another
                break
            code = lookup.get(L.normalise_label(m.group("label")))
            if code is None:
                break
            seen.add(m.start())
            cells = list(re.finditer(_LINE_CELL, m.group("cells")))
            base = m.start("cells")
            if any(a.end() == b.start() for a, b in pairwise(cells)):
                cells = []  # two cells glued ("Greece 2.324.5"): where one ends cannot be told; the row is skipped
            if len(columns) == len(cells) and len(cells) > 1:
                years: list[int | None] = list(columns)
            elif not _MONEY_WORD.search(header.group()) and (
                len(cells) > 1 or _FIGURE.search(text, m.end(), _line_end(text, m.end()))
            ):
                break  # several figures a row, one measure, no year per column: `find_cells` says so
            else:  # no column per year: the first figure (a share before a money column), for the header's year
                cells = cells[:1]
                years = [header_years[0] if len(header_years) == 1 else None][: len(cells)]
            for i, (cell, year) in enumerate(zip(cells, years, strict=True)):
                value, decimals = _value(cell.group())
                start, end = base + cell.start(), base + cell.start() + len(cell.group().rstrip("%"))
                # The first cell's span from the ally's name, the others' the figure alone.
                out.append(
                    ListItem(m.start("label") if i == 0 else start, end, code, value, decimals, start, end, False, year)
                )
            pos = text.find("\n", m.end())  # the rest of the row (other columns) is skipped
            if pos < 0:
                break
            pos += 1
    return out


def _named_column_rows(
    text: str, pos: int, share_col: int, names: list[tuple[int, str]], header_years: list[int], seen: set[int]
) -> list[ListItem]:
    """Rows under a header of named columns: the cell of the share-of-GDP column only, whole ("26,839" in a US$
    column is not 26.83; a money column is not read as a share), one row a line until a line that is not a row."""
    lookup = L.country_lookup()
    out: list[ListItem] = []
    year = header_years[0] if len(header_years) == 1 else None
    money = {i: col for i, (_, name) in enumerate(names) if (col := _money_column(name)) is not None}
    blank = 0
    for line_m in re.finditer(r"^.*$", text[pos : pos + 20_000], re.M):
        line, start = line_m.group(), pos + line_m.start()
        if not line.strip():
            blank += 1
            if blank > 2:  # rows follow one another (an HTML table's rows may have blank lines between them)
                break
            continue
        blank = 0
        row = _columns(line)
        label = re.sub(r"^(?:[•*·▪►-]\s*)?(?:\d{1,2}[.)]?\s+)?(?:the\s+)?", "", row[0][1], flags=re.I) if row else ""
        code = lookup.get(L.normalise_label(label))
        if code is None or len(row) != len(names) or start in seen:
            break
        seen.add(start)
        at, cell = row[share_col]
        if re.fullmatch(_LINE_CELL, cell):  # else "n/a", a footnote mark: no figure in this cell
            value, decimals = _value(cell)
            lo = start + at
            hi = lo + len(cell.rstrip("%"))
            out.append(ListItem(start + row[0][0], hi, code, value, decimals, lo, hi, False, year))
        for i, col in money.items():
            at, cell = row[i]
            if _MONEY_CELL.fullmatch(cell):
                raw = cell.replace(",", "")
                decimals = len(raw.split(".")[1]) if "." in raw else 0
                lo, hi = start + at, start + at + len(cell)
                # A money cell's span is the figure alone, the share's (read first) from the ally's name.
            out.append(ListItem(lo, hi, code, float(raw), decimals, lo, hi, False, year, money=col))
    return out


# ------------------------------------------------------------------------------------------------ table blocks
MIN_ROWS = 3  # fewer rows than this are a sentence's list, read by claims/lists.py
_HEADER_CHARS = 300  # how far above a block its header may start

# A cell: a figure standing alone ("1.88", "4.12%", "-0.5", "683"); not part of a glued run ("2.324.5"), the rank of
# the next row ("4.12 2. Estonia"), a range ("1.5-2") or a word.
_CELL = r"[-−]?(?:\d{1,4}[.,]\d{1,2}|\d{1,4}(?![.)](?:\s|$)))(?:[ \t]?%)?(?![\w.,%-]*\d)(?![\w])"
_GAP = r"[ \t]*(?:[|\t/→]|->)?[ \t]*"  # "1.88 4.12", "1.88 | 4.12", "3.83 / 4.12", "1.88 → 4.12"
# An empty cell of a tab- or bar-separated table ("Bulgaria | - | - | 2.6", "n/a", ".."): it holds its column's
# place, so that the row keeps the block's width; no claim is made of it.
_EMPTY = r"(?:(?<=[|\t])|(?<=[|\t] ))(?:[-–—*]|n/?a|\.\.\.?)(?=[ \t]*(?:[|\t\n]|$))"
_ANY_CELL = rf"(?:{_CELL}|{_EMPTY})"
_CELL_RE = lazy(_ANY_CELL)


# A row: a name, then its figures ("Poland 1.88 4.12", "United States3.58  683" glued, "• Poland: 4.12%",
# "Poland | 1.86 | 4.12", "Poland (4.12%)"). The name is any capitalised one, so that a row the lexicon does not
# know ("NATO Europe", "Total") keeps the block together; only allies' rows become claims. At most six words, and a
# figure within 60 characters on the line, so that a megabyte of capitalised words is read in linear time.
_ROW = lazy(
    r"(?<![\w.])(?=[A-Zt])(?=[^\n\d]{0,60}\d)(?:the[ \t]+)?"
    r"(?P<label>[A-Z][^\s\d|:()]*(?:[ \t]+(?:[A-Z&][^\s\d|:()]*|of|and)){0,5}?)"
    rf"(?:[ \t]*[:|–—]?[ \t]*\(?(?P<cells>(?<![\w.]){_CELL}(?:{_GAP}(?<![\w.,]){_ANY_CELL})*)\)?"
    # a row whose first cells are empty ("Bulgaria | - | - | 2.6")
    rf"|[ \t]*[|\t][ \t]*(?P<cells2>{_EMPTY}(?:{_GAP}(?<![\w.,]){_ANY_CELL})*))"
)
# Between two rows of a block: white space and line breaks, a bullet, a bar, a rank number of the next row.
# "2. Estonia", "\n2\tEstonia", "\n-- Estonia", "\n2🇪🇪 Estonia"
_BETWEEN = lazy(rf"[\s|•*·▪►–—-]*(?:\d{{1,2}}[.)][ \t]+|(?<=\n)\d{{1,2}}(?:[ \t]+|(?={FLAG})))?(?:{FLAG}[ \t]*)?")


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
        if m.start() < last_end:
            continue  # a name inside the tab-separated row read last ("Lockheed Martin F-35" in its priorities)
        group = "cells" if m.group("cells") is not None else "cells2"
        code = _code(m.group("label"))
        # An empty cell is (end, end): its place in the row, no figure.
        cells = [
            (c.start(), c.start() + len(c.group().rstrip("% \t")))
            if re.search(r"\d", c.group())
            else (c.end(), c.end())
            for c in _CELL_RE.finditer(text, m.start(group), m.end(group))
        ]
        end = m.end()
        if re.match(r"[ \t]*\t", text[m.end("label") : m.end("label") + 8]):
            # A row of tab-separated cells (an HTML table's): a cell that is not a figure alone ("2024: 2.10%
            # 2025: 2.21%", "Javelin missiles") holds its column's place, so the row keeps the header's width.
            end = _line_end(text, m.start())
            cells = _tab_cells(text, m.end("label"), end)
        if not any(lo < hi for lo, hi in cells):
            continue
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
        last_end = end
    _close(run, blocks)
    return blocks


_CELL_ALONE = lazy(_CELL)


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of text[start:end], a row's fields after its name, one a tab: a figure alone is (its start, its
    end without the % sign), any other field (an empty one, words, several figures) is (its end, its end)."""
    cells: list[tuple[int, int]] = []
    pos = text.index("\t", start)
    for field in text[pos + 1 : end].split("\t"):
        lo = pos + 1
        pos = lo + len(field)
        value = field.strip(" |")
        if value and _CELL_ALONE.fullmatch(value):
            at = lo + field.index(value)
            cells.append((at, at + len(value.rstrip("% \t"))))
        else:
            cells.append((pos, pos))
    return cells


def _close(run: list[Row], blocks: list[list[Row]]) -> None:
    """A run of rows is a block when at least MIN_ROWS of them are allies' (only those are kept)."""
    allies = [row for row in run if row.code is not None]
    if len(allies) >= MIN_ROWS:
        blocks.append(allies)


# ------------------------------------------------------------------------------------------------ the header
_MEASURES: tuple[tuple[str, LazyPattern], ...] = (
    (
        "equipment_share",
        lazy(
            r"\bequipment\s+(?:expenditure|spending)\s+(?:as\s+a\s+)?(?:share|%|per\s?cent|percentage)\s+of\s+"
            r"(?:total\s+)?defen[cs]e\s+(?:expenditure|spending|budget)|%\s+(?:of\s+defen[cs]e\s+(?:spending|expenditure)\s+)?"
            r"on\s+(?:major\s+)?equipment",
            re.I,
        ),
    ),
    (
        "share_gdp",
        lazy(
            # "%age GDP": the British abbreviation of "percentage of GDP"
            r"%\s*(?:age\s+)?(?:share\s+)?(?:of\s+)?(?:GDP|gross\s+domestic)|\b(?:share|percentage|proportion|per\s?cent)\s+of\s+"
            r"(?:GDP|gross\s+domestic)|\bGDP\s*\(\s*%\s*\)|\bshare\s+of\s+GDP",
            re.I,
        ),
    ),
    (
        "real_growth",
        lazy(r"\breal\s+(?:terms\s+)?(?:change|growth|increase)|\b(?:change|growth)\s+in\s+real\s+terms", re.I),
    ),
    (
        "total_spending",
        lazy(
            r"(?:US\$|\$|\bUSD)\s*(?:bn|billions?|m|mn|millions?)\b|\b(?:billions?|millions?)\s+(?:of\s+)?(?:US\s+)?"
            r"dollars\b",
            re.I,
        ),
    ),
)
# A year standing alone ("2014", "2024e", "2024*"); not one end of a range ("2014-2024") or a price base.
_COLUMN_YEAR = lazy(r"(?<![\w.,/–-])((?:19|20)\d\d)(?:e|\*|\s*\(?est\.?\)?)?(?![\w/–-]|[.,]\d)")
_SENTENCE_END = lazy(
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
        # A header row of tab-separated column names (an HTML table's) may be long; a line of prose is not kept.
        if len(line) > (600 if "\t" in line else 220) or (
            len(line) > 100 and re.search(r"[.!?](?:\s|$)", line.strip())
        ):
            break
        kept.append(line)
    return "\n".join(reversed(kept))


def _year_runs(header: str) -> list[list[int]]:
    """Runs of column years in a header ("2014  2024e", "2014 2024*", "2023 / 2024", "2014 → 2024"), price-base
    years blanked first."""
    blanked = PRICE_YEAR.sub(lambda m: " " * len(m.group()), header)
    runs: list[list[int]] = []
    last_end = -1
    for m in _COLUMN_YEAR.finditer(blanked):
        if runs and re.fullmatch(r"[\s|]*(?:[/→]|->)?[\s|]*", blanked[last_end : m.start()]):
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
    own = _named_columns(header.rstrip().rsplit("\n", 1)[-1], columns)
    if own is not None:
        return own
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
    if kind != "real_growth" and _CHANGE.search(header):
        return None  # "Change in share of GDP, 2014-2024": one column of changes, not of levels
    if len(set(years)) > 1 or _SPAN.search(header):
        return [_column(kind, header, None, "cannot tell which of the years named above the table it is")]
    return [_column(kind, header, years[0] if years else None, None)]


def _named_columns(line: str, columns: int) -> list[Column] | None:
    """A header line of one name a column ("Ally | 2014 Defence Expenditure %age GDP | 2023 (estimates) Equipment
    Expenditure % of Defence budget"): each column's measure and year from its own name; None when the line does not
    name the allies' column and then one column a figure, names fewer than two years, or no column names a measure."""
    names = [name for _, name in _columns(line)]
    if len(names) != columns + 1 or columns < 2 or len({y for r in _year_runs(line) for y in r}) < 2:
        return None  # one year for all columns (or none) is read from the whole header
    out = []
    for name in names[1:]:
        kinds = {kind for kind, rx in _MEASURES if rx.search(name)}
        years = {y for run in _year_runs(name) for y in run}
        if len(kinds) != 1:
            out.append(Column(None))  # no measure, or several: the column is not read
            continue
        (kind,) = kinds
        why = None if len(years) <= 1 else "cannot tell which year this column is"
        out.append(_column(kind, name, next(iter(years)) if len(years) == 1 else None, why))
    return out if any(c.measure for c in out) else None


# A header of a single column that names a change ("change", "increase since 2014", "percentage points") or a span of
# years ("2014-2024", "2014 to 2024", "since 2014"): the one column is not a level of one year.
_CHANGE = lazy(r"\b(?:change|increase|rise|growth|percentage\s+points?|pp)\b", re.I)
_SPAN = lazy(r"(?:19|20)\d\d\s*(?:[-–—/]|to)\s*(?:(?:19|20)?\d\d)\b|\bsince\s+(?:19|20)\d\d", re.I)


def _column(kind: str, header: str, year: int | None, why: str | None) -> Column:
    """`header`: for a money column, the part of the header that names it (its unit, "US$ million (2015 prices)")."""
    money = _money_column(header) if kind == "total_spending" else None
    if kind == "total_spending" and money is None:
        return Column(None)  # a money column whose scale or price basis is not said is not read
    return Column(kind, year, why, money)


# ------------------------------------------------------------------------------------------------ cells
def _value(raw: str) -> tuple[float, int]:
    raw = raw.replace("−", "-").replace(",", ".").rstrip("% \t")
    return float(raw), len(raw.split(".")[1]) if "." in raw else 0


def _footer(text: str, end: int) -> str:
    """A caption just below a block ("Defence expenditure as a share of GDP." under an HTML table): the next non-empty
    line, when it is short and holds no figure but years; else ""."""
    rest = text[end : end + 400].lstrip("\n\t |")  # a bar alone closes the last row of a barred table
    line = rest.split("\n", 1)[0].strip()
    if not line or len(line) > 120 or re.search(r"\d", _YEAR.sub(" ", line)):
        return ""
    return line


def find_cells(text: str, claims: list[Claim] | None = None) -> list[TableCell]:
    """Every cell of every table block whose header names its measure: one cell a claim, the first cell's span
    from the ally's name, the others the figure alone (a single-column table: the row). A bulleted list a page
    broke with other text takes the measure of its row above the break (`_continued`, from `claims`)."""
    out: list[TableCell] = []
    floor = 0
    for block in find_blocks(text):
        header = _header(text, block[0].start, floor)
        floor = block[-1].cells[-1][1]
        columns = read_header(header, len(block[0].cells))
        if columns is None:
            footer = _footer(text, block[-1].cells[-1][1])
            columns = read_header(header + "\n" + footer, len(block[0].cells)) if footer else None
        if columns is None and len(block[0].cells) == 1:
            column = _continued(text, block[0].start, claims or [])
            columns = [column] if column is not None else None
        if columns is None:
            continue
        for i, column in enumerate(columns):
            if column.measure is None:
                continue
            cells = [(row, lo, hi) for row in block for lo, hi in row.cells[i : i + 1] if lo < hi]  # not empty
            values = [_value(text[lo:hi]) for _, lo, hi in cells]
            ceiling = CEILING.get(column.measure)
            if ceiling is not None and any(abs(v) > ceiling for v, _ in values):
                continue  # not a column of this measure, whatever the header seems to say
            for (row, lo, hi), (value, decimals) in zip(cells, values, strict=True):
                start = row.start if i == 0 else lo
                row_end = row.cells[-1][1]
                assert row.code is not None  # blocks hold allies' rows only
                out.append(TableCell(start, hi, row.code, value, decimals, lo, hi, column, row.start, row_end))
    return out


# A list item's bullet ("-- ", "– ", "• "), and how far above a bulleted list its row before a break may be.
_BULLET = lazy(r"[ \t]*[-–—•*·▪►]+[ \t]+")
_BREAK_CHARS = 1500


def _continued(text: str, start: int, claims: list[Claim]) -> Column | None:
    """A bulleted list that a page broke with other text (teasers of other stories, an advertisement, a picture's
    caption between "-- Poland 3.92%" and "-- United States 3.24%"): the rows after the break are read with the
    measure and year the sentence passes read the row above it with. Only when the row above has the same bullet,
    names an ally and a figure, and the text between holds no % figure; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    bullet = _BULLET.fullmatch(text, line_start, start)
    if bullet is None:
        return None
    lo = max(0, line_start - _BREAK_CHARS)
    rows = list(re.finditer(rf"^{re.escape(bullet.group())}(?=\S)[^\n]*", text[lo:line_start], re.MULTILINE))
    if not rows or "%" in text[lo + rows[-1].end() : line_start]:
        return None
    at, end = lo + rows[-1].start() + len(bullet.group()), lo + rows[-1].end()
    made = [c for c in claims if c.start < end and at < c.end and c.kind in _UNITS and len(c.countries) == 1]
    if len(made) != 1:
        return None
    claim = made[0]
    year = claim.year if claim.year_basis in ("explicit", "carried") else None
    return Column(claim.kind, year)


_UNITS = {
    "share_gdp": "percent",
    "equipment_share": "percent",
    "real_growth": "percent (annual real change)",
}


# ------------------------------------------------------------------------------------ a column of years, one ally
# "1985 5.2", "1986: 4.9%", "• 2014 – 1.19": a year, then one figure, alone on its line.
_YEAR_ROW = lazy(
    r"^[ \t]*(?:[•*·▪►-][ \t]*)?(?P<year>(?:19|20)\d\d)(?:e|\*)?[ \t]*[:|\t–—-]?[ \t]*"
    r"(?P<value>\d{1,2}(?:[.,]\d{1,2})?)[ \t]*%?[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class YearRow:
    """One row of a table of years for one ally ("1985 5.2" under "Year  Percentage of GDP spent on Defence")."""

    start: int  # the row, which is the claim's span
    end: int
    year: int
    value: float
    decimals: int
    value_start: int
    value_end: int
    measure: str
    code: str | None  # None: the ally could not be told (`why` says so)
    why: str = ""


def _allies(text: str) -> set[str]:
    return {code for m in L.country_regex().finditer(text) if (code := _code(m.group("label"))) is not None}


def _year_runs_of_rows(text: str) -> list[list[re.Match[str]]]:
    """Runs of at least MIN_ROWS year rows, one a line, each year once."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for m in _YEAR_ROW.finditer(text):
        if run and (text[run[-1].end() : m.start()].strip() or m.group("year") in {r.group("year") for r in run}):
            runs.append(run)
            run = []
        run.append(m)
    runs.append(run)
    return [r for r in runs if len(r) >= MIN_ROWS]


def find_year_rows(text: str) -> list[YearRow]:
    """Rows of a table of years for one ally: the caption just above the rows names the measure (else no row is
    read); the ally is the one the caption names, else the one the line above it names; when neither names exactly
    one, every row says that the ally cannot be told."""
    out: list[YearRow] = []
    for run in _year_runs_of_rows(text):
        above = [line for line in text[max(0, run[0].start() - _HEADER_CHARS) : run[0].start()].split("\n")]
        while above and not above[-1].strip():
            above.pop()
        caption: list[str] = []
        while above and above[-1].strip() and _is_caption(above[-1]) and len(caption) < 2:
            caption.insert(0, above.pop())
        header = "\n".join(caption)
        named = sorted((m.start(), kind) for kind, rx in _MEASURES if kind in _UNITS for m in rx.finditer(header))
        if not named or (named[-1][1] != "real_growth" and _CHANGE.search(header)):
            continue  # what the figures measure is not said, or they are changes: no claim
        measure = named[-1][1]
        before = next((line for line in reversed(above) if line.strip()), "")
        before = ([s for s in _SENTENCE_END.split(before) if s.strip()] or [""])[-1]
        allies = _allies(header) or _allies(before)
        code, why = (next(iter(allies)), "") if len(allies) == 1 else (None, _which_ally(allies))
        values = [_value(m.group("value")) for m in run]
        if any(v > CEILING.get(measure, 100.0) for v, _ in values):
            continue
        for m, (value, decimals) in zip(run, values, strict=True):
            lo = m.start("year")
            end = m.end("value")
            out.append(
                YearRow(lo, end, int(m.group("year")), value, decimals, m.start("value"), end, measure, code, why)
            )
    return out


def _which_ally(allies: set[str]) -> str:
    if not allies:
        return "Cannot tell which ally this table of years is for: neither its caption nor the line above it names one."
    return (
        "Cannot tell which ally this table of years is for: the line above it names several "
        f"({', '.join(sorted(allies))})."
    )


def _year_row_claim(text: str, row: YearRow) -> Claim:
    claim = Claim(row.start, row.end, text[row.start : row.end], row.measure)
    claim.value, claim.decimals, claim.step = row.value, row.decimals, 10.0**-row.decimals
    claim.value_text = text[row.value_start : row.value_end]
    claim.unit = _UNITS[row.measure]
    if row.measure == "real_growth":
        claim.price_basis = "constant"
    claim.countries = [row.code] if row.code else []
    if row.code is None:
        claim.undetermined, claim.undetermined_why = "ally", row.why
    claim.year, claim.year_text, claim.year_basis = row.year, str(row.year), "explicit"
    claim.span_start, claim.span_end = row.start, row.end
    return claim


def table_claims(text: str, as_of: date | None, claims: list[Claim]) -> list[Claim]:
    """Claims of the tables in `text` (clean text): the rows under a header line (`find_table_rows`), the rows of a
    table of years for one ally (`find_year_rows`) and the table blocks read here, except cells the sentence passes
    already claimed; a cell they claimed as another measure than its column's is taken out of `claims`."""
    out: list[Claim] = []
    seen: set[int] = set()
    original, text = text, join_cell_lines(text)
    for item in find_table_rows(text):
        seen.add(item.value_start)
        made = _claimed(claims, item.start, item.code, item.value)
        if made is None:
            out.append(_row_claim(text, item, as_of))
        elif made.year_basis == "latest" and item.money is None and made.kind == "share_gdp":
            _set_column_year(made, Column("share_gdp", item.year))  # the year of the caption above
    for row in find_year_rows(text):
        if not any(c.start <= row.start < c.end and c.value == row.value for c in claims):
            out.append(_year_row_claim(text, row))
    for cell in find_cells(text, claims):
        if cell.value_start in seen:
            continue
        made = _claimed(claims, cell.start, cell.code, cell.value)
        # A row the sentence passes read with the measure of the sentences before ("Albania | 1.35% | 16.7%" under a
        # header naming GDP, then equipment), or with a year the row names in another column ("2035: 2.00%"): the
        # column's header says what the cell is.
        if (
            made is not None
            and (made.kind != cell.column.measure or cell.column.year not in (None, made.year))
            and made.kind in _UNITS
            and (made.span_start or made.start) <= cell.start
            and cell.end <= (made.span_end or made.end)
        ):
            claims.remove(made)
            made = None
        if made is None:
            out.append(_cell_claim(text, cell))
            continue
        if (made.span_start or made.start) <= cell.row_start and cell.row_end <= (made.span_end or made.end):
            made.span_start, made.span_end = cell.start, cell.end  # the cell, not the whole row
        if made.year_basis == "latest" and made.kind == cell.column.measure:
            # A row the sentence passes read ("Poland 4.12%" on a line of its own) takes its column's year.
            _set_column_year(made, cell.column)
    for claim in out:  # the text as the article gave it (the rejoined rows only moved line breaks)
        claim.text = original[claim.start : claim.end]
    return out


def _claimed(claims: list[Claim], at: int, code: str, value: float) -> Claim | None:
    return next((c for c in claims if c.start <= at < c.end and c.countries == [code] and c.value == value), None)


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
        set_year(claim, claim.text, (item.value_start - item.start, item.value_end - item.start), [], as_of)
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
    _set_column_year(claim, column)
    claim.span_start, claim.span_end = cell.start, cell.end
    return claim


def _set_column_year(claim: Claim, column: Column) -> None:
    if column.why is not None:
        claim.undetermined, claim.undetermined_why = "year", column.why
    elif column.year is not None:  # else the newest year, as for a figure in running text that names none
        claim.year, claim.year_text, claim.year_basis = column.year, str(column.year), "explicit"
