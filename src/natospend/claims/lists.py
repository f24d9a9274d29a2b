"""Verbless figures: list items ("Poland (4.1%)", "Greece with 2.32", "Canada: 1.4 per cent") and table rows
("Estonia2.14 0.5" under a "Per Cent" header), each with its own span.

This stage only finds where an ally is paired with a figure; what the figure measures is decided by the sentence
around it (`list_measure`), and a list whose measure cannot be told is not turned into claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from natospend.claims import lexicon as L

_NUM = r"\d{1,2}(?:[.,]\d{1,2})?"
_UNIT = r"%|pct\b|per\s?cent\b|percent\b"


@dataclass(frozen=True)
class MoneyColumn:
    """What a money column's header says its cells are: "US$ million (2015 prices)" is USD, 1 million a unit,
    constant 2015 prices."""

    currency: str
    millions: float  # one unit of the cells, in millions
    price_basis: str  # "constant" or "current"
    base_year: int | None


@dataclass(frozen=True)
class ListItem:
    """One ally paired with one figure, with offsets relative to the sentence (or text) searched."""

    start: int
    end: int
    code: str
    value: float
    decimals: int
    value_start: int
    value_end: int
    unit: bool  # the figure carries its own % sign (or "pct", "per cent")
    year: int | None = None  # a table cell under a column of years
    level: bool = False  # "Poland tops the list at 4.12%": the ally's own figure, not a threshold it passes
    money: MoneyColumn | None = None  # a cell of a money column (the value in the column's unit)


@cache
def _names() -> str:
    """The alternation of every ally label (from the lexicon's one country regex)."""
    return L.country_regex().pattern.split("(?P<label>", 1)[1].rsplit(")(?P<poss>", 1)[0]


@cache
def _item_re() -> re.Pattern[str]:
    names = _names()
    country = rf"(?<![\w.])(?:the\s+)?(?P<label>{names})(?![\w])"
    return re.compile(
        country + rf"(?:\s*\(\s*(?:each\s+)?(?:around\s+|about\s+)?(?P<n1>{_NUM})\s*(?P<u1>{_UNIT})?\s*\)"
        rf"|\s+with\s+(?P<n2>{_NUM})(?![\d.,]*\s*(?:billion|million|bn|tn|trillion))\s*(?P<u2>{_UNIT})?"
        rf"|:\s+(?P<n3>{_NUM})\s*(?P<u3>{_UNIT})"
        # "Poland – 3.9%", "Poland, 3.9 per cent", "Poland, at 3.9%", "Poland 3.90%": the figure carries its unit
        rf"|(?:\s*[–—-]\s*|,\s+|,?\s+at\s+|[ \t]+)(?P<n4>{_NUM})\s*(?P<u4>{_UNIT}))",
        re.IGNORECASE,
    )


_LEADER_HINT = re.compile(
    r"\b(?:tops|topped|leads|led|heads|headed|first|last|top|bottom)\b[^.\n]{0,40}?\b(?:at|with)\s+\d", re.I
)


@cache
def _leader_re() -> re.Pattern[str]:
    # "Poland tops the list at 4.12%", "Poland leads the ranking with 4.12 per cent", "Spain is last at 1.28%".
    return re.compile(
        rf"(?<![\w.])(?:the\s+)?(?P<label>{_names()})(?![\w])\s+(?:tops|topped|leads|led|heads|headed|comes?\s+(?:first|last)"
        rf"|came\s+(?:first|last)|(?:is|was|ranks?|ranked)\s+(?:first|last|top|bottom))"
        rf"(?:\s+(?:the|of)\s+(?:the\s+)?(?:list|table|ranking|league\s+table|pack|field|alliance))?"
        rf",?\s+(?:at|with)\s+(?P<n1>{_NUM})\s*(?P<u1>{_UNIT})",
        re.IGNORECASE,
    )


@cache
def _reverse_re() -> re.Pattern[str]:
    # "3.9% in Poland", "2.27% for Latvia": the figure before the ally it belongs to.
    return re.compile(
        rf"(?<![\w.,])(?P<n1>{_NUM})\s*(?P<u1>{_UNIT})\s+(?:in|for)\s+(?:the\s+)?(?P<label>{_names()})(?![\w])",
        re.IGNORECASE,
    )


_CELL = r"\d{1,2}[.,]\d{1,2}%?"


@cache
def _row_re() -> re.Pattern[str]:
    names = _names()
    # "Estonia2.14 0.5" (pasted without separators), "• Poland – 4.12", "Poland | 1.86 | 4.12", "Poland: 4.12%",
    # "1 Poland 4.12%" (a rank first).
    return re.compile(
        rf"^[ \t]*(?:[•*·▪►-][ \t]*)?(?:\d{{1,2}}[.)]?[ \t]+)?(?:the[ \t]+)?(?P<label>{names})"
        rf"(?:[ \t]*\([^)\n]{{1,30}}\))?"
        rf"[ \t]*[:|–—-]?[ \t]*(?P<cells>{_CELL}(?:[ \t]*[|\t]?[ \t]*{_CELL})*)",
        re.MULTILINE | re.IGNORECASE,
    )


# A line that names the measure of the rows under it ("Per Cent", "Defence expenditure (% of GDP)", "as a share of
# GDP, 2024"); a line of years is the column header ("Country  2014  2024").
_TABLE_HEADER = re.compile(
    r"^.*(?:\bper\s?cent\b|%\s*(?:of\s*)?(?:GDP|gross)|\bGDP\s*\(?\s*%|\b(?:share|percentage|proportion)\s+of\s+(?:GDP|gross))"
    r".*$",
    re.IGNORECASE | re.MULTILINE,
)
# A header that names a money column after the share ("Country Per Cent  Billions of dollars").
_MONEY_WORD = re.compile(r"\b(?:dollars?|US\$|USD|euros?|billions?|millions?|bn)\b|[$€£]", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:e|\*)?(?!\d)")
# "US$ million (2015 prices)", "constant 2021 US$": a price base, not the year of the figures.
_PRICE_YEAR = re.compile(
    r"(?:\bconstant\s+|\bbase\s+(?:year\s+)?)(?:19|20)\d\d|(?:19|20)\d\d\s*(?:prices|constant|US\$|USD|\$|dollars|euros?|€)",
    re.I,
)
_YEAR_LINE = re.compile(r"^[^\d\n]{0,30}(?:(?:19|20)\d\d(?:e|\*)?[ \t|]*){2,}$", re.MULTILINE)


def _is_caption(line: str) -> bool:
    """A caption or header line, not a sentence: short, or (NATO's "Table 3: Defence expenditure as a share of GDP
    and equipment expenditure as a share of defence expenditure (%)") longer with no sentence ending in it."""
    return len(line) <= 100 or (len(line) <= 220 and not re.search(r"[.!?](?:\s|$)", line.strip()))


def _header_years(line: str) -> list[int]:
    """The data years a header line names, not its price base."""
    return [int(y) for y in _YEAR.findall(_PRICE_YEAR.sub(" ", line))]


def _caption_year(text: str, at: int) -> int | None:
    """The one data year of a caption a few lines above a header with none ("Defence expenditure, 2024 estimates" /
    "Country  % of GDP  US$ million")."""
    above = [a for a in text[max(0, at - 400) : at].splitlines()[-6:] if a.strip()][-3:]
    for line in reversed(above):
        years = set(_header_years(line))
        if len(line) <= 100 and len(years) == 1:
            return years.pop()
    return None


_COLUMN_SEP = re.compile(r"\t|[ \t]*\|[ \t]*| {2,}")


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


_MONEY_HEADER = re.compile(
    r"^(?=.*(?:US\$|\bUSD\b|\bdollars?\b))(?=.*\b(?P<scale>million|mn|m|billion|bn)\b)"
    r"(?=.*(?:\bconstant\s+(?P<y1>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)\s+prices|(?P<current>\bcurrent\b)))",
    re.I,
)
_MONEY_CELL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


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


def _value(raw: str) -> tuple[float, int]:
    raw = raw.replace(",", ".").rstrip("%")
    return float(raw), len(raw.split(".")[1]) if "." in raw else 0


def find_items(sentence: str) -> list[ListItem]:
    """Allies paired with a figure in running text, left to right."""
    lookup = L.country_lookup()
    out: list[ListItem] = []
    for m in _reverse_re().finditer(sentence):
        code = lookup.get(L.normalise_label(m.group("label")))
        if code is not None:
            value, decimals = _value(m.group("n1"))
            out.append(ListItem(m.start(), m.end(), code, value, decimals, m.start("n1"), m.end("n1"), True))
    leader = _LEADER_HINT.search(sentence)  # the cheap test first: the full pattern starts with every ally's name
    for m in _leader_re().finditer(sentence) if leader else ():
        code = lookup.get(L.normalise_label(m.group("label")))
        if code is not None:
            value, decimals = _value(m.group("n1"))
            item = ListItem(m.start(), m.end(), code, value, decimals, m.start("n1"), m.end("n1"), True, level=True)
            out.append(item)
    for m in _item_re().finditer(sentence):
        group = next(g for g in ("n1", "n2", "n3", "n4") if m.group(g) is not None)
        if any(i.value_start == m.start(group) for i in out):
            continue  # "from 3.9% in Poland to ...": the figure is already the next ally's
        code = lookup.get(L.normalise_label(m.group("label")))
        if code is None:
            continue
        value, decimals = _value(m.group(group))
        unit = bool(m.group("u" + group[1]))
        out.append(ListItem(m.start(), m.end(), code, value, decimals, m.start(group), m.end(group), unit))
        # "the United Kingdom and Estonia with 2.14 percent each": the figure is also every ally joined before.
        if group == "n2":
            head = sentence[: m.start()]
            joined = re.search(rf"(?:(?:the\s+)?(?:{_names()})\s*(?:,|\band\b)\s*)+$", head, re.I)
            if joined and re.match(r"\s*(?:%|percent|per cent)?\s*each\b", sentence[m.end() :], re.I):
                for c in re.finditer(_names(), joined.group()):
                    other = lookup.get(L.normalise_label(c.group()))
                    if other is not None and other != code:
                        pos = joined.start() + c.start()
                        out.append(ListItem(pos, m.end(), other, value, decimals, m.start(group), m.end(group), unit))
    return sorted(out, key=lambda i: i.start)


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
        for m in _row_re().finditer(text, pos):
            if text[pos : m.start()].strip() or m.start() in seen:  # rows must follow one another
                break
            code = lookup.get(L.normalise_label(m.group("label")))
            if code is None:
                break
            seen.add(m.start())
            cells = list(re.finditer(_CELL, m.group("cells")))
            base = m.start("cells")
            if len(columns) == len(cells) and len(cells) > 1:
                years: list[int | None] = list(columns)
            elif len(cells) > 1 and not _MONEY_WORD.search(header.group()):
                break  # several figures a row, one measure, no year per column: claims/tables.py says so
            else:  # no column per year: the first figure (a share before a money column), for the header's year
                cells = cells[:1]
                years = [header_years[0] if len(header_years) == 1 else None]
            for cell, year in zip(cells, years, strict=True):
                value, decimals = _value(cell.group())
                start, end = base + cell.start(), base + cell.start() + len(cell.group().rstrip("%"))
                out.append(ListItem(m.start("label"), end, code, value, decimals, start, end, False, year))
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
        if re.fullmatch(_CELL, cell):  # else "n/a", a footnote mark: no figure in this cell
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
                out.append(ListItem(start + row[0][0], hi, code, float(raw), decimals, lo, hi, False, year, money=col))
    return out


_GROWTH = re.compile(r"\b(cutters?|cut|reduc\w*|increas\w*|rais\w*|ris\w*|grew|growth|boost\w*|real terms)\b", re.I)
_ALLIANCE = re.compile(
    r"\b(?:of\s+(?:NATO|Nato|the\s+alliance)(?:'s|’s)?\s+(?:overall|total|combined)?\s*(?:defen[cs]e\s+)?"
    r"(?:spending|expenditures?|budget)|share\s+of(?!\s+(?:its\s+|their\s+|the\s+)?(?:GDP|gross|economic|national))"
    r"|of\s+(?:all|total)\b)",
    re.I,
)
_GDP_CONTEXT = re.compile(
    r"\b(GDP|gross domestic product|economic output|per\s?cent\s+(?:goal|target|mark|threshold|ratio)|"
    r"(?:two|2)[- ]?(?:%|percent|per cent)\s+(?:goal|target|mark|threshold|ratio|guideline)|"
    r"(?:goal|target|mark|threshold|guideline|benchmark)s?\b)",
    re.I,
)


def list_measure(sentence: str) -> str | None:
    """What the figures of a list in this sentence measure, or None when that cannot be told."""
    if _ALLIANCE.search(sentence):
        return "alliance_share"
    if _GROWTH.search(sentence):
        return "real_growth"
    if _GDP_CONTEXT.search(sentence):
        return "share_gdp"
    return None
