"""Growth multiples and ratios between allies: "has more than doubled its defence spending since 2014", "tripled
compared to 2014", "spends three times as much as Germany". Typed mentions only; parse.py builds the claims and
check.py judges them on NATO's figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from natospend.claims import lexicon as L

_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_HEDGE = {
    "more than": "gt",
    "over": "gt",
    "nearly": "nearly",
    "almost": "nearly",
    "roughly": "approx",
    "about": "approx",
    "around": "approx",
    "close to": "approx",
    "at least": "ge",
    "even more than": "gt",
}
_HEDGE_ALT = "|".join(sorted(_HEDGE, key=len, reverse=True))

#: "(more than) doubled (its defence spending) since 2014 / compared to 2014 / over the past decade".
GROWTH_RE = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE_ALT})\s+)?(?P<verb>{'|'.join(_VERBS)})\b"
    r"(?P<what>[^.;]{0,60}?)"
    r"(?:\b(?:since|from|compared\s+(?:to|with)|than\s+in|relative\s+to)\s+(?P<since>(?:19|20)\d\d)\b"
    r"|\b(?:over|in)\s+the\s+(?:past|last)\s+(?P<decade>decade|ten\s+years))",
    re.IGNORECASE,
)
#: "three times as much as", "twice as much on defence as", "more than twice what Germany spends".
RATIO_RE = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE_ALT})\s+)?(?P<n>twice|(?:{L._WORD_NUMBER}|\d+(?:\.\d+)?)\s+times)\s+"
    r"(?:as\s+much|more|the\s+amount)\b[^.;]{0,40}?\b(?:as|than|of|what)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Multiple:
    """A growth multiple over time (`since` set) or a ratio to another spender (`since` None)."""

    start: int
    end: int
    text: str
    factor: float
    comparator: str  # eq, gt, ge, nearly, approx
    since: int | None = None  # the base year of a growth multiple
    decade: bool = False  # "over the past decade": the base year is ten years before the data year


def find_multiples(sentence: str) -> list[Multiple]:
    """Growth multiples and ratios in a sentence, left to right."""
    out: list[Multiple] = []
    for m in GROWTH_RE.finditer(sentence):
        if re.search(r"\b(?:troops|soldiers|personnel|aid|exports?|orders?|production|prices?)\b", m.group("what")):
            continue  # "doubled its troops since 2014": not spending
        comp = _HEDGE.get((m.group("hedge") or "").lower(), "eq")
        since = int(m.group("since")) if m.group("since") else None
        out.append(Multiple(m.start(), m.end(), m.group(), _VERBS[m.group("verb").lower()], comp, since, since is None))
    for m in RATIO_RE.finditer(sentence):
        n = m.group("n").lower()
        if n == "twice":
            factor = 2.0
        else:
            head = n.rsplit(None, 1)[0]
            word = L.word_to_int(head)
            factor = float(word) if word is not None else float(head)
        comp = _HEDGE.get((m.group("hedge") or "").lower(), "eq")
        out.append(Multiple(m.start(), m.end(), m.group(), factor, comp))
    return sorted(out, key=lambda x: x.start)


def within(ratio: float, factor: float, comparator: str) -> bool:
    """Does an observed ratio bear out "doubled" (about 1.9-2.3x), "more than doubled" (over 2x), "nearly tripled"
    (2.55-3x)? Multiples in prose are rough, so a plain one covers -10% / +15% of the factor."""
    if comparator in ("gt", "ge"):
        return ratio >= factor - 1e-9
    if comparator == "nearly":
        return factor * 0.85 <= ratio <= factor * 1.0 + 1e-9
    if comparator == "approx":
        return factor * 0.85 <= ratio <= factor * 1.15
    return factor * 0.9 <= ratio <= factor * 1.15
