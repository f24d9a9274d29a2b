"""Quantifiers over allies: "a handful of allies", "a third of the 31 members", "most NATO members".

A quantifier is read as bounds on a count (absolute, or a fraction of the allies in scope that year); the words
and their bounds are data (vocab.toml [quantifiers]). The count rule (claims/rules/counts.py) turns relative bounds
into counts. "One in three allies" is a third; "fewer than a quarter of them" is below a quarter; "them" stands for
allies only in a sentence that names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from natospend.claims.patterns import Pattern, lazy
from natospend.claims.vocab import phrase_alternation, vocab

#: The nouns a count of allies is made of ("allies", "member states", "European NATO members"), with up to two
#: modifiers, spaced or hyphenated ("NATO-member nations", "other NATO members", "other European allies").
COUNT_NOUN = (
    r"(?:(?:NATO|Nato|European|EU|alliance|member|other)(?:\s+|-(?=[a-z])))?"
    r"(?:NATO\s+|Nato\s+|NATO-(?=[a-z])|Nato-(?=[a-z])|European\s+|EU\s+|alliance\s+|member\s+|member-(?=[a-z]))?"
    r"(?P<noun>allies|members|member states|member countries|member nations|countries|nations|states)\b"
)


@dataclass(frozen=True)
class Quantifier:
    start: int
    end: int
    text: str
    low: float
    high: float
    relative: bool  # bounds are fractions of the allies in scope (rules/counts.py resolves them per year)


@cache
def _words() -> dict[str, Any]:
    """The quantifier words with their bounds: [quantifiers] and the later branches' additions."""
    return {**vocab()["quantifiers"], **vocab()["counts6"]["quantifiers"]}


@cache
def _pattern() -> Pattern:
    words = phrase_alternation(_words())
    return lazy(
        rf"\b(?P<q>{words})\s+(?:of\s+)?(?:(?:the|its|NATO['’]?s|Nato['’]?s|the\s+alliance['’]?s|the\s+bloc['’]?s)\s+)?"
        rf"(?:(?P<total>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)\s+)??{COUNT_NOUN}",
        re.IGNORECASE,
    )


@cache
def _bare_pattern() -> re.Pattern[str]:
    # "NATO members are obliged to spend 2% - but few do": a quantifier standing for the allies just named.
    words = phrase_alternation(_words())
    verbs = phrase_alternation(vocab()["quantifier_verbs"]["bare"])
    lead = phrase_alternation(vocab()["quantifier_verbs"]["bare_lead"])
    return re.compile(rf"\b(?:{lead})\s+(?:only\s+)?(?P<q>{words})\s+(?:{verbs})(?![\w'’])", re.IGNORECASE)


#: "one in three allies", "two out of three members": a fraction written as a ratio.
_RATIO = lazy(
    rf"\b(?P<n>one|two|three|four|\d)\s+(?:in|out\s+of)\s+(?P<d>two|three|four|five|six|ten|\d{{1,2}})\s+"
    rf"(?:(?:of\s+)?(?:the\s+|its\s+)?){COUNT_NOUN}",
    re.IGNORECASE,
)
_RATIO_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
#: How far a ratio's count may stray from the exact fraction (as "a third" is a third +- 8 points).
RATIO_MARGIN = 0.08


@cache
def _them_pattern() -> Pattern:
    # "new figures showed fewer than a quarter of them meeting the target": "them" are the allies just named.
    words = phrase_alternation(_words())
    # Only before a verb of meeting or missing: "most of them on the eastern flank" describes, it does not count.
    return lazy(
        rf"\b(?P<q>{words})\s+of\s+them\b(?=\s+(?:[\w'’]+\s+){{0,2}}?(?:meet|met|reach|hit|achiev|exceed|spen[dt]|"
        rf"fall|fell|miss|fail)\w*)",
        re.IGNORECASE,
    )


#: "fewer than a quarter", "more than a third": a comparison with the fraction, not the fraction's band.
_BOUND_BEFORE = lazy(r"\b(?P<cmp>fewer\s+than|less\s+than|under|more\s+than|over|at\s+least)\s+$", re.I)


def _ratio(m: re.Match[str]) -> tuple[float, float] | None:
    n = _RATIO_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
    d = _RATIO_WORDS.get(m.group("d").lower()) or (int(m.group("d")) if m.group("d").isdigit() else 0)
    if not 0 < n < d:
        return None
    return max(0.0, n / d - RATIO_MARGIN), min(1.0, n / d + RATIO_MARGIN)


@cache
def _table() -> dict[str, tuple[float, float, bool]]:
    """The quantifier words, normalised, with their bounds and whether they are fractions of the allies."""
    return {
        re.sub(r"[\s-]+", " ", k.lower()): (float(v["bounds"][0]), float(v["bounds"][1]), bool(v.get("relative")))
        for k, v in _words().items()
    }


def find_quantifiers(sentence: str, bare: bool = False) -> list[Quantifier]:
    """Every quantified mention of allies in a sentence, left to right; with `bare`, also quantifiers with no
    noun of their own ("but few do", "a quarter of them"), for a sentence that has named the allies."""
    table = _table()
    out: list[Quantifier] = []
    matches = list(_pattern().finditer(sentence))
    if bare:
        for extra in (_bare_pattern(), _them_pattern()):
            matches += [
                m for m in extra.finditer(sentence) if not any(o.start() <= m.start() < o.end() for o in matches)
            ]
    for m in sorted(matches, key=lambda m: m.start()):
        low, high, relative = table[re.sub(r"[\s-]+", " ", m.group("q").lower())]
        text = m.group() if m.re is not _bare_pattern() else m.group()[m.start("q") - m.start() :]
        start = m.start() if m.re is not _bare_pattern() else m.start("q")
        cmp = _BOUND_BEFORE.search(sentence[max(0, start - 14) : start])
        if cmp and relative and high < 1:
            # "fewer than a quarter": below the fraction itself (the middle of its band), "more than a third": above
            centre = (low + high) / 2
            below = cmp.group("cmp").lower().split()[0] in ("fewer", "less", "under")
            low, high = (0.0, centre - 1e-4) if below else (centre + 1e-4, 1.0)
            start, text = start - len(cmp.group()), cmp.group() + text
        out.append(Quantifier(start, m.end(), text, low, high, relative))
    for m in _RATIO.finditer(sentence):
        bounds = _ratio(m)
        if bounds is not None and not any(q.start <= m.start() < q.end for q in out):
            out.append(Quantifier(m.start(), m.end(), m.group(), bounds[0], bounds[1], True))
    return sorted(out, key=lambda q: q.start)
