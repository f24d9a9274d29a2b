"""Quantifiers over allies: "a handful of allies", "a third of the 31 members", "most NATO members".

A quantifier is read as bounds on a count (absolute, or a fraction of the allies in scope that year); the words
and their bounds are data (vocab.toml [quantifiers]). The count checker turns relative bounds into counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from natospend.claims.vocab import phrase_alternation, vocab

#: The nouns a count of allies is made of ("allies", "member states", "European NATO members").
COUNT_NOUN = (
    r"(?:NATO\s+|Nato\s+|European\s+(?:NATO\s+|Nato\s+)?|EU\s+|alliance\s+|member\s+|other\s+)?"
    r"(?P<noun>allies|members|member states|member countries|member nations|countries|nations|states)\b"
)


@dataclass(frozen=True)
class Quantifier:
    start: int
    end: int
    text: str
    low: float
    high: float
    relative: bool  # bounds are fractions of the allies in scope (check.py resolves them per year)


@cache
def _pattern() -> re.Pattern[str]:
    words = phrase_alternation(vocab()["quantifiers"])
    return re.compile(
        rf"\b(?P<q>{words})\s+(?:of\s+)?(?:(?:the|its|NATO'?s|Nato'?s|the\s+alliance'?s|the\s+bloc'?s)\s+)?"
        rf"(?:(?P<total>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)\s+)??{COUNT_NOUN}",
        re.IGNORECASE,
    )


@cache
def _bare_pattern() -> re.Pattern[str]:
    # "NATO members are obliged to spend 2% - but few do": a quantifier standing for the allies just named.
    words = phrase_alternation(vocab()["quantifiers"])
    verbs = phrase_alternation(vocab()["quantifier_verbs"]["bare"])
    return re.compile(rf"\b(?:but|and|yet|though|while)\s+(?:only\s+)?(?P<q>{words})\s+(?:{verbs})\b", re.IGNORECASE)


def find_quantifiers(sentence: str, bare: bool = False) -> list[Quantifier]:
    """Every quantified mention of allies in a sentence, left to right; with `bare`, also quantifiers with no
    noun of their own ("but few do"), for a sentence that has named the allies."""
    table = {re.sub(r"[\s-]+", " ", k.lower()): v for k, v in vocab()["quantifiers"].items()}
    out: list[Quantifier] = []
    matches = list(_pattern().finditer(sentence))
    if bare:
        matches += [
            m for m in _bare_pattern().finditer(sentence) if not any(o.start() <= m.start() < o.end() for o in matches)
        ]
    for m in sorted(matches, key=lambda m: m.start()):
        entry = table[re.sub(r"[\s-]+", " ", m.group("q").lower())]
        low, high = entry["bounds"]
        text = m.group() if m.re is _pattern() else m.group()[m.start("q") - m.start() :]
        start = m.start() if m.re is _pattern() else m.start("q")
        out.append(Quantifier(start, m.end(), text, float(low), float(high), bool(entry.get("relative"))))
    return out
