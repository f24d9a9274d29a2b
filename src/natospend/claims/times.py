"""Times: the years of a sentence and what each is (a data year, a deadline, a baseline "since 2014", a fiscal year,
or the year a pledge was made), plus relative years ("last year's") resolved against the claim's date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.vocab import phrase_alternation, vocab


@dataclass
class YearMention:
    """One year, with offsets relative to the sentence searched."""

    start: int
    end: int
    text: str
    year: int
    role: str  # data, deadline, since, fiscal, announced, price_base, event (joining the alliance)
    end_year: int | None = None  # fiscal "2025-26" -> 2026


def find_years(sentence: str) -> list[YearMention]:
    """Every year in a sentence with its role, left to right."""
    out: list[YearMention] = []
    for m in L.YEAR_RE.finditer(sentence):
        year = int(m.group("y"))
        y2 = m.group("y2")
        end_year = None
        if y2:
            end_year = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
            if end_year != year + 1:
                end_year = None  # "2014-2024" is a range, not a fiscal year
        before = sentence[max(0, m.start() - 40) : m.start()]
        role = "data"
        if L.SINCE_BEFORE_RE.search(before):
            role = "since"
        elif re.search(
            r"\b(by|until|till|through|before|no later than|by the end of|from|starting(?: in| from)?|"
            r"beginning(?: in)?)\s+(?:(?:" + L.MONTHS + r")\s+)?(?:the\s+)?(?:year\s+)?(?:FY\s?)?$",
            before,
            re.I,
        ):
            role = "deadline"
        if role == "deadline" and (
            _DONE_BY.search(sentence[max(0, m.start() - 120) : m.start()])
            or (before.rstrip().lower().endswith("by") and _DONE_AFTER.match(sentence, m.end()))
        ):
            role = "data"  # "has increased from 1.4% of GDP in 2014 to 2% by 2024": the year the level was reached
        if m.group("fy") or end_year:
            role = "fiscal" if role == "data" else role
        announced = sentence[max(0, m.start() - 80) : m.start()]  # "agreed by the allies at the Welsh Summit in"
        if _ANNOUNCED_BEFORE.search(announced) or _SUMMIT_AFTER.match(sentence[m.end() : m.end() + 30]):
            role = "announced"  # "the target agreed in 2014", "the 2014 Wales summit": when a pledge was made
        if re.match(r"\s*,?\s*when\b", sentence[m.end() : m.end() + 8]):
            role = "data"  # "from 2021, when only six nations were meeting the goal"
        if _accession_before().search(sentence[max(0, m.start() - 45) : m.start()]):
            role = "event"  # "which joined NATO in April 2023": the year of joining, not of a figure or a pledge
        if _PRICE_BASE_AFTER.match(sentence, m.end()):
            role = "price_base"  # "in constant 2021 dollars", "(based on 2021 prices)": the prices, not the data year
        # Ranges "2014-2024" and "between 2014 and 2024": the later year is the data year, the earlier a baseline.
        if y2 and end_year is None:  # "2014-2024", and "the decade 2010–19" (a short end that is no fiscal year)
            later = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
            if later > year:
                out.append(YearMention(m.start(), m.end(), m.group(), year, "since"))
                out.append(YearMention(m.start(), m.end(), m.group(), later, role))
                continue
        out.append(YearMention(m.start(), m.end(), m.group(), year, role, end_year))
    for m in _SHORT_FISCAL.finditer(sentence):
        a, b = int(m.group("a")), int(m.group("b"))
        if b != (a + 1) % 100:
            continue  # "in 24/7", a score or a date: not a fiscal year
        year = (1900 if a >= 50 else 2000) + a
        role = "deadline" if m.group("lead").lower() in ("by", "until") else "fiscal"
        out.append(YearMention(m.start("a"), m.end(), m.group()[m.start("a") - m.start() :], year, role, year + 1))
    return sorted(out, key=lambda y: y.start)


@cache
def _accession_before() -> Pattern:
    """'joined NATO in', 'since joining in April', 'its accession in': the words before a year of joining."""
    words = phrase_alternation(vocab()["pledges7"]["accession_words"])
    return lazy(
        rf"(?<!\w)(?:{words})\s+(?:(?:NATO|Nato|the\s+(?:alliance|Alliance|bloc))\s+)?(?:(?:in|on)\s+)?"
        rf"(?:(?:early|late|mid-?)\s*)?(?:(?:\d{{1,2}}\s+)?(?:{L.MONTHS})(?:\s+\d{{1,2}},?)?\s+)?$",
        re.I,
    )


#: "has risen to 2% by 2024", "had fallen below 1% by 2005": a change done, so "by <year>" dates the level it
#: reached; not a plan or a pledge ("agreed to raise it to 2% by 2024", "will have risen to 2% by 2029").
_DONE_BY = lazy(
    r"^(?!.*\b(?:will|would|shall|should|must|aims?|plans?|pledged?|committed|commits?|promised?|vowed?|targets?|"
    r"goal|expects?|expected|forecast|projected|set\s+to|on\s+track|to\s+(?:raise|increase|reach|hit|lift|boost))\b)"
    r".*\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:risen|increased|grown|climbed|jumped|fallen|dropped|declined|reached|"
    r"doubled|tripled)|rose|grew|climbed|jumped|fell|dropped|declined)\b(?:[^.;]|\.\d)*\bby\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
#: "By 2013, ..., that number had plummeted to 1.6 percent": a level stated as reached, in the past, after the year;
#: not a plan or a forecast ("By 2030, Germany will spend 3.5%", "By 2024, allies had pledged to reach 2%").
_DONE_AFTER = lazy(
    r"(?![^.;]*\b(?:will|would|shall|should|must|aims?|plans?|pledged?|committed|commits?|promised?|vowed?|targets?|"
    r"goal|expects?|expected|forecast|projected|set\s+to|on\s+track|to\s+(?:raise|increase|reach|hit|lift|boost))\b)"
    r"\s*,(?:[^.;]|\.\d)*?\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:risen|increased|grown|climbed|jumped|fallen|dropped|"
    r"declined|reached|plummeted|plunged|slumped|sunk|shrunk|soared|surged|doubled|tripled|halved)|rose|grew|climbed|"
    r"jumped|fell|dropped|declined|plummeted|plunged|slumped|sank|shrank|soared|surged|stood|spent|was|were)\b",
    re.I,
)
_PRICE_BASE_AFTER = lazy(r"\s+(?:constant\s+)?(?:prices|(?:US\s+)?dollars|exchange\s+rates)\b", re.I)

#: "in 24/25", "by 27/28": a fiscal year in two-digit form, as British budget papers write it (growth4).
_SHORT_FISCAL = lazy(r"\b(?P<lead>in|for|by|until|during|of)\s+(?P<a>\d\d)/(?P<b>\d\d)(?![\d/])", re.I)


# A pledge's year is when it was made, not a year of data: "agreed (to) in 2014", "established in 2014",
# "adopted at the Wales summit in 2014", "set back in 2006", "agreed by the allies at the Welsh Summit in 2014".
_ANNOUNCED_BEFORE = lazy(
    r"\b(?:agreed|agreed\s+to|agreed\s+upon|established|adopted|set|made|signed|signed\s+up\s+to|pledged|committed\s+to|"
    r"endorsed|introduced|approved|reaffirmed|laid\s+down|enshrined|struck|reached)\s+"
    r"(?:(?:\w+\s+){0,7}?(?:summit|meeting)\s+)?(?:back\s+)?(?:in|at)\s+(?:(?:the\s+)?(?:year\s+)?)?$",
    re.I,
)
_SUMMIT_AFTER = lazy(
    r"\s+(?:(?:Wales|Welsh|Newport|Vilnius|Hague|Madrid|Brussels|Warsaw|Riga|Prague|NATO)\s+)?summit\b", re.I
)
