"""Clauses: the part of a sentence one claim covers, so two claims in one sentence get two spans."""

from __future__ import annotations

import re

# Where one assertion ends and the next begins: semicolons, dashes, and a comma before a conjunction or a
# participle that starts a new predicate ("..., while Italy spent 1.2%", "..., falling below the 1.22% projected").
_BOUNDARY = re.compile(
    r";\s*|\s+[—–]\s+|\s+-\s+"
    r"|,\s+(?=(?:but|while|whereas|although|though|and|up from|down from|compared|falling|rising|which|followed by)\b)"
    r"|,?\s+(?=(?:but|while|whereas|although)\s)",
    re.IGNORECASE,
)


# Where two figures with no clause boundary between them part: the last comma or "and" between them ("Latvia is at
# 3.15% and Lithuania is at 2.85%", "by about 3 percent, or $8 billion").
_SOFT = re.compile(r",\s+|\s+and\s+", re.IGNORECASE)


def clause_bounds(sentence: str, start: int, end: int, figures: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """[start, end) of the clause of `sentence` that holds the figure at [start, end); `figures` are the other
    claimed figures of the sentence, so that two claims with no boundary between them still get two clauses."""
    lo, hi = 0, len(sentence)
    for m in _BOUNDARY.finditer(sentence):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    for a, b in figures or []:
        if lo <= b <= start:  # a figure before this one, in the same clause: part after the last comma or "and"
            soft = [m.end() for m in _SOFT.finditer(sentence, b, start)]
            lo = soft[-1] if soft else lo
        elif end <= a < hi:  # a figure after this one: part at the first comma or "and" before it
            first = _SOFT.search(sentence, end, a)
            hi = first.start() if first else hi
    text = sentence[lo:hi]
    lo += len(text) - len(text.lstrip())
    hi -= len(text) - len(text.rstrip())
    return (lo, hi) if hi > lo else (0, len(sentence))
