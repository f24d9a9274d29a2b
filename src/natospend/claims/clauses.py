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


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the clause of `sentence` that holds the figure at [start, end)."""
    lo, hi = 0, len(sentence)
    for m in _BOUNDARY.finditer(sentence):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    text = sentence[lo:hi]
    lo += len(text) - len(text.lstrip())
    hi -= len(text) - len(text.rstrip())
    return (lo, hi) if hi > lo else (0, len(sentence))
