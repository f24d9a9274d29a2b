"""Quantities: the figures of a sentence (percentages, percentage points, money, fractions), each with its printed
precision and the hedge around it ("around 3.4%", "more than $1 trillion", "two-thirds of").

This stage knows nothing about what a figure measures; parse.py decides that from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from natospend.claims import lexicon as L


@dataclass
class Quantity:
    """One figure, with offsets relative to the sentence searched."""

    start: int
    end: int
    text: str
    kind: str  # percent, pp, money, count
    value: float
    decimals: int
    step: float
    comparator: str = "eq"
    currency: str | None = None
    used: bool = False


NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
PERCENT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{NUM}|{L._WORD_NUMBER})(?:\s*-\s*|\s*)"
    r"(?P<unit>%|per\s?cent\b|percent\b|pc\b|pct\b|proc\b\.?|procent\b|percentage\s+points?\b|points?\s+of\s+GDP\b)",
    re.IGNORECASE,
)
FRACTION_RE = re.compile(
    r"\b(?P<num>" + "|".join(re.escape(k) for k in sorted(L.FRACTIONS, key=len, reverse=True)) + r")\s+of\b", re.I
)
_CURRENCY_MARK = r"US\$|C\$|CA\$|\$|€|£|\b(?:USD|EUR|GBP|CAD|PLN|SEK|NOK|DKK|TRY|CZK|HUF|RON)\b"
_SCALE = r"trillion|billion|million|trn|tn|tr|bln|bn|mln|mn|m|b"
_CUR_WORDS = "|".join(re.escape(k) for k in sorted(L.CURRENCY_WORDS, key=len, reverse=True))
MONEY_RE = re.compile(
    rf"(?P<cur>{_CURRENCY_MARK})\s?(?P<num>{NUM})\s*(?P<scale>{_SCALE})?(?![\w])"
    rf"|(?<![\w.])(?P<num2>{NUM})\s*(?P<scale2>trillion|billion|million|bn|tn|mn|m|b)\s+(?:(?:US|U\.S\.)\s+)?(?P<cur2>{_CUR_WORDS})\b"
    rf"|(?<![\w.])(?P<num3>{NUM})\s*(?P<scale3>{_SCALE})?\s+(?P<cur3>USD|EUR|GBP|PLN|CAD)\b",
    re.IGNORECASE,
)


def number(text: str) -> tuple[float, int] | None:
    """A figure or number word -> (value, decimals printed)."""
    raw = text.strip()
    word = L.word_to_int(raw)
    if word is not None:
        return float(word), 0
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", raw):  # decimal comma ("4,48 %")
        raw = raw.replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return None
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    return value, decimals


def comparator(sentence: str, start: int, end: int) -> str:
    before = L.COMPARATOR_BEFORE_RE.search(sentence[max(0, start - 30) : start])
    if before:
        return L.COMPARATOR_BEFORE[before.group(1).lower()]
    after = L.COMPARATOR_AFTER_RE.search(sentence[end : end + 25])
    if after:
        return L.COMPARATOR_AFTER[after.group(1).lower()]
    return "eq"


def find_quantities(sentence: str) -> list[Quantity]:
    """Every figure in a sentence, left to right; money first, so "$1.5 trillion" is not also a count."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in MONEY_RE.finditer(sentence):
        num = m.group("num") or m.group("num2") or m.group("num3")
        scale = (m.group("scale") or m.group("scale2") or m.group("scale3") or "").lower()
        mark = m.group("cur") or m.group("cur2") or m.group("cur3") or ""
        parsed = number(num)
        if parsed is None:
            continue
        currency = L.CURRENCY_SYMBOLS.get(mark.upper() if mark.isalpha() else mark) or L.CURRENCY_WORDS.get(
            mark.lower()
        )
        if currency is None:
            continue
        factor = L.SCALES.get(scale, 1e-6)
        if not scale and parsed[0] < 1000:  # "$5" with no scale is not a budget figure
            continue
        value, decimals = parsed
        out.append(
            Quantity(
                m.start(),
                m.end(),
                m.group(),
                "money",
                value * factor,
                decimals,
                factor * 10.0**-decimals,
                comparator(sentence, m.start(), m.end()),
                currency,
            )
        )
        taken.append((m.start(), m.end()))
    for m in PERCENT_RE.finditer(sentence):
        parsed = number(m.group("num"))
        if parsed is None or any(a <= m.start() < b for a, b in taken):
            continue
        unit = m.group("unit").lower()
        kind = "pp" if "point" in unit else "percent"
        value, decimals = parsed
        out.append(
            Quantity(
                m.start(),
                m.end(),
                m.group(),
                kind,
                value,
                decimals,
                10.0**-decimals,
                comparator(sentence, m.start(), m.end()),
            )
        )
    for m in FRACTION_RE.finditer(sentence):
        value = L.FRACTIONS[m.group("num").lower()] * 100
        # "two-thirds" is a rough figure: it covers about +-4 points.
        out.append(Quantity(m.start(), m.end(), m.group("num"), "fraction", value, 0, 8.0, "approx"))
    return sorted(out, key=lambda q: q.start)
