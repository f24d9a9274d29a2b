"""Clauses: the part of a sentence one claim covers, so two claims in one sentence get two spans."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from natospend.claims.patterns import lazy
from natospend.claims.vocab import phrase_alternation, vocab

# Where one assertion ends and the next begins: semicolons, dashes, and a comma before a conjunction or a
# participle that starts a new predicate ("..., while Italy spent 1.2%", "..., falling below the 1.22% projected").
_BOUNDARY = lazy(
    r";\s*|\s+[—–]\s+|\s+-\s+"
    r"|,\s+(?=(?:but|while|whereas|although|though|and|up from|down from|compared|falling|rising|which|followed by)\b)"
    r"|,?\s+(?=(?:but|while|whereas|although)\s)",
    re.IGNORECASE,
)


_DASH = lazy(r"\s+[—–-]\s+")
_ASIDE_CHARS = 80


@lru_cache(maxsize=512)
def _boundaries(sentence: str) -> tuple[tuple[int, int], ...]:
    """The clause boundaries of a sentence, except the two dashes around a short aside with no figure in it ("by 1997
    – when the Conservatives left power – it was 2.6%"): the aside is part of the clause around it."""
    marks = [m.span() for m in _BOUNDARY.finditer(sentence)]
    if len(_DASH.findall(sentence)) < 2:
        return tuple(marks)
    aside: set[int] = set()
    for i, ((a0, a1), (b0, b1)) in enumerate(pairwise(marks)):
        between = sentence[a1:b0]
        if (
            i not in aside
            and _DASH.fullmatch(sentence, a0, a1)
            and _DASH.fullmatch(sentence, b0, b1)
            and len(between) <= _ASIDE_CHARS
            and not re.search(r"\d", between)
        ):
            aside |= {i, i + 1}
    return tuple(m for i, m in enumerate(marks) if i not in aside)


# Where two claims' anchors with no clause boundary between them part: the last comma, colon, "and" or comparison
# between them ("Latvia is at 3.15% and Lithuania is at 2.85%", "by about 3 percent, or $8 billion", "spends the
# largest share: 4.1 percent", "spent $253bn compared with a US spend of $618bn").
_SOFT = lazy(r",\s+|:\s+|\s+and\s+|\s+(?=(?:compared\s+(?:with|to)|versus)\s)", re.IGNORECASE)
# and the "to" of a change told from one claimed figure to another ("from 1.43% in 2014 to 2.02% in 2024", "by $134
# million to $3.8 billion"): only after a figure of "from" or "by" and before a figure that is not a year, so that
# "equivalent to 1.66%", "paying 4 to 4.3%" and "from 2016 to 2017" stay whole.
_TO = lazy(r"\s+(?=to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:[$€£]|\d(?!\d{3}\b)))", re.IGNORECASE)
_FROM_BY = lazy(
    r"\b(?:from|by)\s+(?:the\s+current\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


def _soft_marks(sentence: str, start: int, end: int, changed: bool) -> list[tuple[int, int]]:
    """The soft marks in [start, end) (read with the figure at `end` in sight); a "to" counts when the earlier figure
    is a change's `from` or `by` (`changed`)."""
    marks = [m.span() for m in _SOFT.finditer(sentence, start, end)]
    if changed:
        marks += [m.span() for m in _TO.finditer(sentence, start, end + 2) if m.end() <= end]
    return sorted(marks)


def _changed(sentence: str, at: int) -> bool:
    """Is the figure at `at` what a change is told from or by ("from 1.43%", "by $134 million")?"""
    return _FROM_BY.search(sentence, max(0, at - 25), at) is not None


def clause_bounds(sentence: str, start: int, end: int, figures: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """[start, end) of the clause of `sentence` that holds the figure at [start, end); `figures` are the other
    claimed figures of the sentence, so that two claims with no boundary between them still get two clauses."""
    lo, hi = 0, len(sentence)
    for m_start, m_end in _boundaries(sentence):
        if m_end <= start:
            lo = m_end
        elif m_start >= end:
            hi = m_start
            break
    for a, b in figures or []:
        if lo <= b <= start:  # a figure before this one, in the same clause: part after the last comma or "and"
            soft = _soft_marks(sentence, b, start, _changed(sentence, a))
            lo = soft[-1][1] if soft else lo
        elif end <= a < hi:  # a figure after this one: part at the first comma or "and" before it
            first = _soft_marks(sentence, end, a, _changed(sentence, start))
            hi = first[0][0] if first else hi
    text = sentence[lo:hi]
    lo += len(text) - len(text.lstrip())
    hi -= len(text) - len(text.rstrip())
    return (lo, hi) if hi > lo else (0, len(sentence))


# The level a change started from: "down from 1.6%", "up slightly from 1.8 percent", "a rise from about 1.2%" (not "a
# rise from the current 1.8%", which dates itself).
_FROM_LEVEL = lazy(
    rf"\b(?:{phrase_alternation(vocab()['lists']['change_from'])})"
    r"\s+(?:\w+\s+)?from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)


def from_level(sentence: str, start: int) -> bool:
    """Is the figure at `start` the level a change started from ("Italy spends 1.5%, down from 1.6%")?"""
    return start >= 0 and _FROM_LEVEL.search(sentence, max(0, start - 40), start) is not None
