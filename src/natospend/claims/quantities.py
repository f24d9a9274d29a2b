"""Quantities: the figures of a sentence (percentages, percentage points, money, fractions), each with its printed
precision and the hedge around it ("around 3.4%", "more than $1 trillion", "two-thirds of").

This stage knows nothing about what a figure measures; parse.py decides that from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from natospend.claims import lexicon as L
from natospend.claims.facts import nearly_width
from natospend.claims.patterns import cue_text, cued_finditer, lazy
from natospend.claims.vocab import phrase_alternation, vocab


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
    low: float | None = None  # a range ("between 1.5 and 2%", "1.5-2%"): its lower end; `value` is the upper
    high: float | None = None  # "just over 1.5%": the top of the window above `value` the hedge allows

    def bounds(self) -> list[float]:
        """The inclusive window the figure lies in, when the words give one ("between 1.5 and 2%", "just under
        2%"); empty otherwise (Claim.bounds)."""
        if self.low is None and self.high is None:
            return []
        return [self.value if self.low is None else self.low, self.value if self.high is None else self.high]


NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
PERCENT_RE = lazy(
    rf"(?<![\w.,])(?P<num>{NUM}|{L.WORD_NUMBER})(?:\s*-\s*|\s*)"
    r"(?P<unit>%|per\s?cent\b|percent\b|pc\b|pct\b|proc\b\.?|procent\b|percentage\s+points?\b|points?\s+of\s+GDP\b)",
    re.IGNORECASE,
)
_SMALL = r"\d{1,2}(?:[.,]\d{1,2})?"
_PCT = r"(?:%|per\s?cent\b|percent\b|pct\b|pc\b)"
#: "between 1.5 and 2%", "1.5-2 per cent", "2 to 3 percent" (not "from 2 to 3 percent": that is a change).
RANGE_RE = lazy(
    rf"(?<![\w.,])(?:between\s+(?P<a1>{_SMALL}|{L.WORD_NUMBER})\s*{_PCT}?\s*and\s*"
    rf"|(?P<a2>{_SMALL}|{L.WORD_NUMBER})\s*{_PCT}?\s*(?:-|–|to)\s*)"
    rf"(?P<b>{_SMALL}|{L.WORD_NUMBER})\s*(?P<unit>{_PCT})",
    re.IGNORECASE,
)
#: A share printed without its unit after the words that give it: "as a percentage of GDP is 1.37".
UNITLESS_SHARE_RE = lazy(
    r"\bas\s+an?\s+(?:share|percentage|proportion|per\s?cent(?:age)?)\s+of\s+(?:GDP|gross\s+domestic\s+product)"
    r"(?:\s+(?:is|was|were|stood\s+at|stands\s+at|reached|came\s+to|of|at)){1,2}\s+(?:about\s+|around\s+|just\s+)?"
    r"(?P<num>\d{1,2}[.,]\d{1,2})(?![\d%]|\s*(?:per\s?cent|percent|pct)\b)",
    re.IGNORECASE,
)
FRACTION_RE = lazy(
    r"\b(?P<num>" + "|".join(re.escape(k) for k in sorted(L.FRACTIONS, key=len, reverse=True)) + r")\s+of\b", re.I
)
#: "rose by a third", "up by half": a change stated as a fraction, a percentage of the level it started from.
BY_FRACTION_RE = lazy(
    r"\bby\s+(?:(?:about|around|roughly|almost|nearly|more\s+than|over|some)\s+)?(?P<num>"
    + "|".join(re.escape(k) for k in sorted(L.FRACTIONS, key=len, reverse=True))
    + r")\b(?!\s+of\b|-)",
    re.I,
)
#: "US $6.6 billion", "CA $9 billion" (spaced, capitals only: not "cost us $5bn"); "NOK75.8 billion" (no space);
#: "HRK 7.19 billion" (Croatia's kuna, before the euro)
_CURRENCY_MARK = (
    r"(?-i:US|CA|C)\s\$|US\$|C\$|CA\$|\$|€|£|\b(?:USD|EUR|GBP|CAD|PLN|SEK|NOK|DKK|TRY|CZK|HUF|RON|HRK|BGN)(?![a-z])"
)
_SCALE = r"trillion|billion|million|trn|tn|tr|bln|bn|mln|mn|m|b"
_CUR_WORDS = "|".join(re.escape(k) for k in sorted(L.CURRENCY_WORDS, key=len, reverse=True))
MONEY_RE = lazy(
    # "$9.3-billion": the Canadian press hyphenates the scale
    rf"(?P<cur>{_CURRENCY_MARK})\s?(?P<num>{NUM})(?:-(?=[a-z])|\s*)(?P<scale>{_SCALE})?(?![\w])"
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


#: What may stand between "from" and the first figure of a change: "from about", "from its current level of".
_FROM_BEFORE = lazy(
    r"\bfrom\s+(?:(?:about|around|roughly|its|the|their|a|current|present|today['’]s|level|rate|share|of)\s+){0,5}$",
    re.I,
)
#: "Estonia, Greece, Poland, and the UK spend from 2.0% to 2.38% of GDP", "shares ranging from 1% to 2%": a verb that
#: states a level (not a change) before "from": the spread of the allies' levels, a range, not a change.
_SPREAD_FROM = lazy(r"\b(?:spend|spends|spent|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$", re.I)
# "well below the 4.7% of 2010": that year's figure, which another one is compared with, not a bound on it.
_FIGURE_OF_YEAR = lazy(r"\s*(?:%|per\s?cent|percent|pct)?\s+of\s+(?:19|20)\d\d\b", re.I)
_THE_BEFORE = lazy(r"\bthe\s+$", re.I)


def figure_of_year(sentence: str, start: int, end: int) -> bool:
    """ "the 4.7% of 2010": a year's own figure (which another is compared with), not a threshold."""
    return bool(_THE_BEFORE.search(sentence[max(0, start - 6) : start]) and _FIGURE_OF_YEAR.match(sentence, end))


_HEDGE_TAIL = r"\s*(?:the\s+)?(?:[$€£]|US\$|C\$)?\s*$"  # what may stand between a hedge and its figure
_CLOSE_RE = lazy(rf"(?<!\w)(?:{phrase_alternation(vocab()['bounds']['close_hedges'])}){_HEDGE_TAIL}", re.I)
_REACHED_UP_TO = lazy(
    rf"(?<!\w)(?P<verb>{phrase_alternation(vocab()['bounds']['up_to_verbs'])})\s+(?:back\s+|all\s+the\s+way\s+)?"
    rf"up\s+to{_HEDGE_TAIL}",
    re.I,
)
_MODAL_BEFORE = lazy(r"\b(?:could|may|might|can|cannot|can't)\s+(?:\w+\s+)?$", re.I)


def comparator(sentence: str, start: int, end: int) -> str:
    if figure_of_year(sentence, start, end):
        return "eq"
    before = L.COMPARATOR_BEFORE_RE.search(sentence[max(0, start - 30) : start])
    if before:
        hedge = L.COMPARATOR_BEFORE[before.group(1).lower()]
        reached = before.group(1).lower() == "up to" and _REACHED_UP_TO.search(sentence[max(0, start - 60) : start])
        if reached and not _MODAL_BEFORE.search(sentence[max(0, start - 80) : start - len(reached.group())]):
            return "eq"  # "US spending climbed back up to 3.65%": the level reached, not "at most"
        return hedge
    after = L.COMPARATOR_AFTER_RE.search(sentence[end : end + 25])
    if after:
        return L.COMPARATOR_AFTER[after.group(1).lower()]
    return "eq"


def close_window(q: Quantity, sentence: str) -> None:
    """ "just under 2%" is below 2% and close to it: 1.8 up to 2.0 (not 2.0, nor 1.6); "just over 1.5%" above 1.5 up
    to 1.6. The window reaches as far as "nearly" does (facts.nearly_width); Claim.bounds carries it to the match."""
    if q.comparator not in ("gt", "lt") or not _CLOSE_RE.search(sentence[max(0, q.start - 30) : q.start]):
        return
    width = nearly_width(q.value, q.step, q.decimals)
    if q.comparator == "lt":
        q.low = q.value - width
    else:
        q.high = q.value + width


_FLIPPED = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}


def as_fall(q: Quantity) -> tuple[float, str, list[float]]:
    """A figure said of a fall, as the (negative) change it states: its value, comparator and window. "fell by more
    than 3%" is below -3; "fell by almost 3%" is -3 up to -2.7 (as far above it as "nearly" reaches below 3)."""
    if q.comparator == "nearly":
        return -q.value, "ge", [-q.value, -q.value + nearly_width(q.value, q.step, q.decimals)]
    return -q.value, _FLIPPED.get(q.comparator, q.comparator), [-b for b in reversed(q.bounds())]


#: "increased military expenditure by 6.6, 14 and 33 per cent, respectively": bare figures listed before one with
#: a unit share it (not years, not money, not a range's ends).
_SHARED_UNIT = lazy(r"(?<![\w.,$€£])(?P<num>\d{1,3}(?:\.\d{1,2})?)(?:\s*,\s*(?:and\s+)?|\s*,?\s+and\s+)$", re.I)


def _sharing_unit(sentence: str, q: Quantity, taken: list[tuple[int, int]]) -> list[Quantity]:
    """The bare figures of a list that ends with `q`, each a percentage as `q` is."""
    out: list[Quantity] = []
    end = q.start
    while (m := _SHARED_UNIT.search(sentence[max(0, end - 20) : end])) is not None:
        start = max(0, end - 20) + m.start("num")
        if any(a <= start < b for a, b in taken):
            break
        parsed = number(m.group("num"))
        if parsed is None:
            break
        value, decimals = parsed
        span = (start, start + len(m.group("num")))
        out.insert(0, Quantity(span[0], span[1], m.group("num"), "percent", value, decimals, 10.0**-decimals))
        end = start
    return out


def find_quantities(sentence: str) -> list[Quantity]:
    """Every figure in a sentence, left to right; money first, so "$1.5 trillion" is not also a count."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    cues = cue_text(sentence)  # a pattern none of whose cue words the sentence has is not run (patterns.cue)
    for m in MONEY_RE.finditer(sentence):
        num = m.group("num") or m.group("num2") or m.group("num3")
        scale = (m.group("scale") or m.group("scale2") or m.group("scale3") or "").lower()
        mark = re.sub(r"\s+(?=\$)", "", m.group("cur") or m.group("cur2") or m.group("cur3") or "")
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
    for m in cued_finditer(RANGE_RE, sentence, cues):
        low, high = number(m.group("a1") or m.group("a2")), number(m.group("b"))
        if low is None or high is None or not low[0] < high[0] or any(a <= m.start() < b for a, b in taken):
            continue
        before = sentence[max(0, m.start() - 50) : m.start()]
        if _FROM_BEFORE.search(before) and not _SPREAD_FROM.search(before):
            continue  # "rose from 2 to 3 percent", "from its current level of 2.3 to 2.5": two figures, not a range
        decimals = max(low[1], high[1])
        out.append(Quantity(m.start(), m.end(), m.group(), "percent", high[0], decimals, 10.0**-decimals, "range"))
        out[-1].low = low[0]
        taken.append((m.start(), m.end()))
    for m in cued_finditer(UNITLESS_SHARE_RE, sentence, cues):
        parsed = number(m.group("num"))
        if parsed is not None:
            q = Quantity(
                m.start("num"), m.end("num"), m.group("num"), "percent", parsed[0], parsed[1], 10.0 ** -parsed[1]
            )
            out.append(q)
    for m in cued_finditer(PERCENT_RE, sentence, cues):
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
    for q in [q for q in out if q.kind == "percent" and q.low is None]:
        out.extend(_sharing_unit(sentence, q, taken))
    for m in cued_finditer(FRACTION_RE, sentence, cues):
        value = L.FRACTIONS[m.group("num").lower()] * 100
        # "two-thirds" is a rough figure: it covers +-4 points (half its step), hedged ("roughly two-thirds") or not;
        # "more than a third", "almost two-thirds" keep their direction. The figure ends before "of", so what it is
        # a fraction of ("of NATO's total spending") reads as after a percentage.
        hedge = comparator(sentence, m.start(), m.end("num"))
        hedge = "eq" if hedge == "approx" else hedge
        out.append(Quantity(m.start(), m.end("num"), m.group("num"), "fraction", value, 0, 8.0, hedge))
    for m in cued_finditer(BY_FRACTION_RE, sentence, cues):
        # "increased by a third": +33% within 4 points, as a percentage change is read (shares.py decides the measure)
        hedge = comparator(sentence, m.start("num"), m.end("num"))
        hedge = "eq" if hedge == "approx" else hedge
        value = L.FRACTIONS[m.group("num").lower()] * 100
        out.append(Quantity(m.start("num"), m.end("num"), m.group("num"), "percent", value, 0, 8.0, hedge))
    for q in out:
        if q.kind in ("percent", "money") and q.low is None:
            close_window(q, sentence)
    return sorted(out, key=lambda q: q.start)
