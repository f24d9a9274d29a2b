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
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:e|\*)?(?!\d)")
_YEAR_LINE = re.compile(r"^[^\d\n]{0,30}(?:(?:19|20)\d\d(?:e|\*)?[ \t|]*){2,}$", re.MULTILINE)


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
    headers = [h for h in _TABLE_HEADER.finditer(text) if len(h.group()) <= 100]  # longer: a sentence
    # A column header of years under a caption a few lines up ("Defence spending, % of GDP" / "" / "  2014  2024").
    for year_line in _YEAR_LINE.finditer(text):
        above = text[max(0, year_line.start() - 400) : year_line.start()].splitlines()[-5:]
        if any(_TABLE_HEADER.match(a) and len(a) <= 100 for a in above) and not any(
            h.start() <= year_line.start() < h.end() + 1 for h in headers
        ):
            headers.append(year_line)
    for header in sorted(headers, key=lambda h: h.start()):
        pos = header.end() + 1
        header_years = [int(y) for y in _YEAR.findall(header.group())]
        columns: list[int] = header_years if _YEAR_LINE.fullmatch(header.group()) else []
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
            else:  # no column per year: the first figure, for the header's year if it names one
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
