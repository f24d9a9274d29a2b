"""Verbless figures in running text: list items ("Poland (4.1%)", "Greece with 2.32", "Canada: 1.4 per cent",
"Estonia and Greece (2% in both)", "Sweden (+12 percent)"), each with its own span (tables are read by
claims/tables.py).

This stage only finds where an ally is paired with a figure; what the figure measures is decided by the sentence
around it (`list_measure`), a list whose measure cannot be told is not turned into claims, and a figure that cannot
be of the measure (`plausible`: a signed change, a share past its ceiling) is not one of its claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims import vocab
from natospend.claims.patterns import Pattern, lazy

_NUM = r"\d{1,2}(?:[.,]\d{1,2})?"
_UNIT = r"%|pct\b|per\s?cent\b|percent\b"


@dataclass(frozen=True)
class MoneyColumn:
    """What a money column's header says its cells are (claims/tables.py reads the header): "US$ million (2015
    prices)" is USD, 1 million a unit, constant 2015 prices."""

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
    signed: bool = False  # "Sweden (+12 percent)": a change, never a level
    money: MoneyColumn | None = None  # a cell of a money column (the value in the column's unit)


@cache
def ally_alternation() -> str:
    """The alternation of every ally label (from the lexicon's one country regex)."""
    return L.country_regex().pattern.split("(?P<label>", 1)[1].rsplit(")(?P<poss>", 1)[0]


@cache
def _names_any_case() -> str:
    """ally_alternation() with a lookahead for a label's first letter (vocab.first_chars): the same matches sooner in a
    pattern compiled with re.IGNORECASE, whose alternation re passes over no branch of quickly. (Writing each first
    letter as a case-sensitive set as well runs a little faster but doubles the compile, which a fresh process pays.)"""
    return vocab.first_chars(list(L.country_lookup())) + f"(?:{ally_alternation()})"


@cache
def _item_re() -> Pattern:
    names = _names_any_case()
    country = rf"(?<![\w.])(?:the\s+)?(?P<label>{names})(?![\w])"
    return lazy(
        # "Poland (4.1%)", "Estonia and Greece (2% of GDP in both)", "Latvia and Lithuania (each 2.3%)", "the United
        # Kingdom and Estonia (both 2.14%)", "Spain, Belgium (both with 0.93%)"
        # "Sweden (+12 percent)", "Lithuania (adjusted for inflation +27 percent)": a signed figure is a change
        country + rf"(?:\s*\(\s*(?P<each1>(?:each|both)(?:\s+with)?\s+)?(?:around\s+|about\s+)?"
        rf"(?:(?:in\s+real\s+terms|adjusted\s+for\s+inflation),?\s+)?(?P<sign>[+−-])?(?P<n1>{_NUM})\s*(?P<u1>{_UNIT})?"
        rf"(?:\s+of\s+(?:its\s+|their\s+)?GDP)?(?P<each2>\s+(?:each|apiece|in\s+both|for\s+both))?\s*\)"
        rf"|\s+with\s+(?P<n2>{_NUM})(?![\d.,]*\s*(?:billion|million|bn|tn|trillion))\s*(?P<u2>{_UNIT})?"
        rf"|:\s+(?P<n3>{_NUM})\s*(?P<u3>{_UNIT})"
        # "Poland – 3.9%", "Poland, 3.9 per cent", "Poland, at 3.9%", "Poland 3.90%": the figure carries its unit
        rf"|(?:\s*[–—-]\s*|,\s+|,?\s+at\s+|[ \t]+)(?P<n4>{_NUM})\s*(?P<u4>{_UNIT})"
        # "Poland 4.12, Estonia 3.43 and Latvia 3.15": bare decimals in a list (two at least, see find_items)
        rf"|(?:\s*[–—:-]\s*|[ \t]+)(?P<n5>\d{{1,2}}\.\d{{1,2}})(?=\s*(?:,|;|\band\b|\.(?:\s|$)|$))"
        # "compared to Greece's 3.82%": the ally's own figure; not "Germany's 2% target", "Spain's 10% increase"
        rf"|(?:'s|’s)\s+(?P<n6>{_NUM})\s*(?P<u6>{_UNIT})(?!\s*(?:of\s+(?:its\s+)?GDP\s+)?(?:[\w-]+\s+)?(?:{_not_level()})\b))",
        re.IGNORECASE,
    )


@cache
def _not_level() -> str:
    return vocab.phrase_alternation(vocab.vocab()["lists5"]["not_a_level_after"])


_LEADER_HINT = lazy(
    r"\b(?:tops|topped|leads|led|heads|headed|first|last|top|bottom)\b[^.\n]{0,60}?\b(?:at|with|spending)\s+\d", re.I
)


@cache
def _leader_re() -> Pattern:
    # "Poland tops the list at 4.12%", "Poland leads the ranking with 4.12 per cent", "Spain is last at 1.28%",
    # "Poland remains top of the table, spending 4.48%", "Poland tops the list of 32 Nato nations, spending 4.48%".
    return lazy(
        rf"(?<![\w.])(?:the\s+)?(?P<label>{_names_any_case()})(?![\w])\s+(?:tops|topped|leads|led|heads|headed|comes?\s+(?:first|last)"
        rf"|came\s+(?:first|last)|(?:is|was|ranks?|ranked)\s+(?:first|last|top|bottom)"
        rf"|(?:remains|remained|is|was|sits|sat|stays|stayed)\s+(?:at\s+)?(?:the\s+)?(?:top|bottom)(?=\s+of\b))"
        rf"(?:\s+(?:the|of)\s+(?:the\s+)?(?:list|table|ranking|league\s+table|pack|field|alliance))?"
        rf"(?:\s+of\s+(?:the\s+|all\s+)?(?:\d{{1,2}}\s+)?(?:NATO\s+|Nato\s+)?(?:nations|allies|members|countries|states))?"
        rf",?\s+(?:at|with|spending)"
        rf"\s+(?P<n1>{_NUM})\s*(?P<u1>{_UNIT})",
        re.IGNORECASE,
    )


@cache
def _reverse_re() -> Pattern:
    # "3.9% in Poland", "2.27% for Latvia": the figure before the ally it belongs to.
    return lazy(
        rf"(?<![\w.,])(?P<n1>{_NUM})\s*(?P<u1>{_UNIT})\s+(?:in|for)\s+(?:the\s+)?(?P<label>{_names_any_case()})(?![\w])",
        re.IGNORECASE,
    )


def _value(raw: str) -> tuple[float, int]:
    raw = raw.replace(",", ".").rstrip("%")
    return float(raw), len(raw.split(".")[1]) if "." in raw else 0


def find_items(sentence: str) -> list[ListItem]:
    """Allies paired with a figure in running text, left to right."""
    lookup = L.country_lookup()
    out: list[ListItem] = []
    bare: list[ListItem] = []
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
        group = next(g for g in ("n1", "n2", "n3", "n4", "n5", "n6") if m.group(g) is not None)
        if any(i.value_start == m.start(group) for i in out):
            continue  # "from 3.9% in Poland to ...": the figure is already the next ally's
        code = lookup.get(L.normalise_label(m.group("label")))
        if code is None:
            continue
        value, decimals = _value(m.group(group))
        unit = group != "n5" and bool(m.group("u" + group[1]))
        sign = m.group("sign") if group == "n1" else None
        value = -value if sign in ("-", "−") else value
        start = m.start("sign") if sign else m.start(group)
        out.append(ListItem(m.start(), m.end(), code, value, decimals, start, m.end(group), unit, signed=bool(sign)))
        if group == "n5":
            bare.append(out[-1])
        # "the United Kingdom and Estonia with 2.14 percent each", "Estonia and Greece (2% in both)": the figure is
        # also every ally joined before.
        each = (group == "n1" and bool(m.group("each1") or m.group("each2"))) or (
            group == "n2" and re.match(r"\s*(?:%|percent|per cent)?\s*each\b", sentence[m.end() :], re.I)
        )
        if each:
            head = sentence[: m.start()]
            # "Croatia, Estonia, and Latvia (2.16 percent each)": the serial comma joins too.
            joined = re.search(rf"(?:(?:the\s+)?(?:{ally_alternation()})\s*(?:,\s*and\b|,|\band\b)\s*)+$", head, re.I)
            if joined:
                others = list(re.finditer(ally_alternation(), joined.group()))
                if re.match(r"\s*\(\s*both\b", sentence[m.end("label") :], re.I):
                    others = others[-1:]  # "both": the ally joined last, and no other before it
                for c in others:
                    other = lookup.get(L.normalise_label(c.group()))
                    if other is not None and other != code:
                        pos = joined.start() + c.start()
                        out.append(ListItem(pos, m.end(), other, value, decimals, m.start(group), m.end(group), unit))
    if len(bare) == 1:  # one ally and a bare decimal is not a list ("Germany 2.5, the minister said")
        out.remove(bare[0])
    said = re.search(r"\brespectively\b", sentence, re.I)
    if said:  # "Latvia and Lithuania, at 3.15% and 2.85% respectively": not "Lithuania, at 3.15%"
        out = [i for i in out if i.value_end > said.start() or sentence[i.value_end : i.value_end + 1] == ")"]
    return sorted(out, key=lambda i: i.start)


_GROWTH = lazy(
    r"\b(cutters?|cut|reduc\w*|increas\w*|rais\w*|ris\w*|rose|grew|growth|boost\w*|jump\w*|surg\w*|soar\w*"
    r"|real terms)\b",
    re.I,
)
_ALLIANCE = lazy(
    r"\b(?:of\s+(?:NATO|Nato|the\s+alliance)(?:'s|’s)?\s+(?:overall|total|combined)?\s*(?:defen[cs]e\s+)?"
    r"(?:spending|expenditures?|budget)|share\s+of(?!\s+(?:its\s+|their\s+|the\s+)?(?:GDP|gross|economic|national))"
    # "of all allied spending", "of total outlays"; not a rank ("the highest of all NATO member states")
    r"|of\s+(?:all|total)\s+(?:[\w-]+\s+){0,2}?(?:spending|expenditures?|outlays|budgets?)\b)",
    re.I,
)
_GDP_CONTEXT = lazy(
    r"\b(GDP|gross domestic product|economic output|per\s?cent\s+(?:goal|target|mark|threshold|ratio)|"
    r"(?:two|2)[- ]?(?:%|percent|per cent)\s+(?:goal|target|mark|threshold|ratio|guideline)|"
    r"(?:goal|target|mark|threshold|guideline|benchmark)s?\b)",
    re.I,
)


# The highest ally share of GDP the dataset holds is 13.9% (SIPRI, USA 1952): a figure past 30% is not one; a share of
# defence spending is at most 100%.
CEILING = {"share_gdp": 30.0, "equipment_share": 100.0}


def plausible(measure: str, item: ListItem) -> bool:
    """Can the item's figure be of this measure? A bare figure (no % sign) of 10 or more is not read as a share, nor a
    figure past the measure's ceiling ("Luxembourg (48%)" is no share of GDP)."""
    if item.signed:
        return measure == "real_growth"
    return (item.unit or item.value < 10) and item.value <= CEILING.get(measure, 100.0)


# "France - 1,9% of GDP": a figure that names GDP itself; an alliance cue right after a figure ("70 percent of Nato's
# overall defence spending") names what that figure is a share of.
_GDP_FIGURE = lazy(rf"{_NUM}\s*(?:{_UNIT})\s+of\s+(?:its\s+|their\s+)?(?:GDP|gross\s+domestic)", re.I)
_AFTER_FIGURE = lazy(rf"{_NUM}\s*(?:{_UNIT})\s*$", re.I)


def list_measure(sentence: str) -> str | None:
    """What the figures of a list in this sentence measure, or None when that cannot be told. An alliance cue
    that is the sentence's topic, not a figure's ("The share of military spending in the countries of old Europe
    is low - France - 1,9% of GDP, Germany - 1,6%"), gives way to a figure that says it is of GDP."""
    alliance = _ALLIANCE.search(sentence)
    if alliance and (
        not _GDP_FIGURE.search(sentence) or _AFTER_FIGURE.search(sentence, 0, alliance.start()) is not None
    ):
        return "alliance_share"
    if _GROWTH.search(sentence):
        return "real_growth"
    if _GDP_CONTEXT.search(sentence):
        return "share_gdp"
    return None
