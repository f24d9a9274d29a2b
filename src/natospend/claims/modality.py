"""Modality: the words that make a figure a pledge, a plan, a part of a pledge or a reference to a past pledge,
rather than a figure of spending ("3.5% would go toward core defence", "reach that level in 2027", "had committed
to reaching this figure by 2030", "2% as a floor"). Typed mentions and small predicates only; parse.py builds the
claims and check.py judges them against the pledge register.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A figure that is one part of a pledge: "3.5 percent would go toward traditional military spending", "with 3.5%
#: earmarked for rearmament", "the remaining 1.5 percent could cover infrastructure", "3.5 per cent for core ...".
ALLOCATION_AFTER_RE = re.compile(
    r"\s*(?:of\s+(?:GDP|it)\s+)?(?:"
    r"(?:would|will|could|should|is\s+to|are\s+to|to)\s+(?:go|be\s+(?:spent|allocated|earmarked|devoted|used))\s+"
    r"(?:to|toward|towards|on|for|into)\b"
    r"|(?:is\s+|are\s+|being\s+)?earmarked\s+for\b|(?:would|will|could|can|may)\s+cover\b"
    r"|(?:for|on)\s+(?:core|traditional|hard|pure)\b"
    r")",
    re.I,
)
#: A sentence that speaks of a pledge, a plan or an agreement (the context a part of a pledge needs).
PLEDGE_CONTEXT_RE = re.compile(
    r"\b(?:plan|plans|goal|target|pledge|commitment|agreement|deal|declaration|proposal|propos\w+|benchmark|"
    r"guideline|agreed|committed|pledged)\b",
    re.I,
)
_CORE_RE = re.compile(
    r"\b(?:core|traditional|hard|pure|rearmament|military\s+spending|armed\s+forces|defen[cs]e\s+proper)\b", re.I
)
_RELATED_RE = re.compile(
    r"\b(?:remaining|remainder|rest|related|broader|wider|infrastructure|resilience|cyber\w*|civil\s+preparedness|"
    r"roads|bridges|industr\w*)\b",
    re.I,
)
#: The words an alliance-wide pledge's parts come with ("the new goal", "the plan", "NATO leaders").
ALLIANCE_PLEDGE_RE = re.compile(
    r"\b(?:NATO|the\s+alliance|allies|the\s+new\s+(?:goal|target|benchmark)|the\s+plan)\b", re.I
)


def part_metric(before: str, after: str) -> str | None:
    """'core' or 'related' for a part of a pledge, from the words around its figure; None when it is not one."""
    near_after = after[:60]
    if _RELATED_RE.search(before[-25:]) or (_RELATED_RE.search(near_after) and not _CORE_RE.search(near_after[:40])):
        return "related"
    if _CORE_RE.search(before[-30:] + " " + near_after):
        return "core"
    return None


#: "reach that level in 2027", "committed to reaching this figure by 2030", "to meet the threshold by this fiscal
#: year": a pledge whose figure is one named earlier.
ANAPHORA_RE = re.compile(
    r"\b(?:reach|reaches|reaching|meet|meets|meeting|hit|hits|hitting|achieve|achieves|achieving|get\s+to)\s+"
    r"(?:that|this|the\s+same|the)\s+(?:level|figure|threshold|target|mark|goal|benchmark)\b",
    re.I,
)


@dataclass(frozen=True)
class Anaphor:
    """A pledge that names its figure by reference ("that level"), with offsets in the sentence."""

    start: int
    end: int
    text: str


def find_anaphors(sentence: str) -> list[Anaphor]:
    return [Anaphor(m.start(), m.end(), m.group()) for m in ANAPHORA_RE.finditer(sentence)]


#: A past pledge spoken of as past: "had committed to", "the previous government", "originally", "at first".
HISTORICAL_RE = re.compile(
    r"\b(?:had\s+(?:\w+\s+)?(?:committed|pledged|promised|agreed|set|planned|vowed)|previous|former|originally|"
    r"at\s+first|at\s+the\s+time|back\s+then)\b",
    re.I,
)
#: A pledge stated as a floor ("2% as a floor", "a minimum", "has served as a minimum").
FLOOR_RE = re.compile(r"\b(?:floor|minimum|baseline)\b", re.I)
_DURATION_RE = re.compile(
    r"\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|some\s+)?(?P<n>a|one|two|three|\d{1,2})\s+"
    r"(?P<unit>decades?|years?)\b",
    re.I,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3}


def duration_years(text: str) -> int | None:
    """'for more than a decade' -> 10, 'for 20 years' -> 20; None when the text names no duration."""
    m = _DURATION_RE.search(text)
    if m is None:
        return None
    n = _SMALL.get(m.group("n").lower())
    count = n if n is not None else int(m.group("n"))
    return count * (10 if m.group("unit").lower().startswith("decade") else 1)
