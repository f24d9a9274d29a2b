"""Negation and refusal that govern a figure from further away than the words just before it: "Two percent is what
Spain refuses to spend", "Spain has yet to reach 2%", "Canada does not spend 2%", and a level only approached ("on the
verge of meeting the 2% target", "far from reaching 2%"). Such a figure is a threshold the subject stays below. Words
are data (vocab.toml [refusal], [refusal_forms], [scope2] short_of_meet)."""

from __future__ import annotations

import re
from functools import cache

from natospend.claims.clauses import clause_bounds
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab


@cache
def _patterns() -> tuple[Pattern, Pattern]:
    words = vocab()["refusal"]
    forms = vocab()["refusal_forms"]
    # "refuses to", "its failure to", "has failed for years to"
    refuse = (
        rf"{phrase_alternation(words['verbs'] + forms['nouns'] + vocab()['scope2']['short_of_meet'])}"
        rf"|(?:{phrase_alternation(forms['split_verbs'])})\s+(?:{phrase_alternation(forms['split_by'])})\s+to"
    )
    reach = phrase_alternation(words["reach"])
    # "refuses to spend 2%", "has yet to reach the 2%", "refuses to spend anything like 2%"
    between = phrase_alternation(words["between"])
    # "has yet to meet a NATO-agreed commitment to devote 2%", "fails to meet its target of 2%"
    pledged = (
        r"(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:target|goal|commitment|pledge|guideline|benchmark|threshold|requirement|obligation)\s+"
        # "the goal of spending 2%", "its target to spend 2%"
        r"(?:of(?:\s+(?:spending|devoting|allocating|investing))?|to\s+(?:spend|devote|allocate|invest)|for)\s+"
        r"(?:at\s+least\s+)?"
    )
    # "failing to hit the existing 2%"
    named = rf"(?:(?:the|a|its|their)\s+(?:(?:{phrase_alternation(forms['qualifiers'])})\s+){{0,2}})?"
    before = lazy(
        rf"\b(?:{refuse})\s+(?:\w+\s+){{0,2}}?(?:{reach})\s+(?:{pledged}|(?:(?:{between})\s+)?{named})$",
        re.I,
    )
    # "Two percent is what Spain refuses to spend"
    after = lazy(
        rf"^\s*(?:of\s+(?:GDP|its\s+GDP)\s+)?(?:is|was|remains)\s+(?:what|something|the\s+level|a\s+level|a\s+figure)\s+"
        rf"(?:[\w’'-]+\s+){{1,4}}?(?:{refuse})\s+(?:\w+\s+){{0,2}}?(?:{reach})\b",
        re.I,
    )
    return before, after


@cache
def _corrective() -> Pattern:
    return lazy(rf"\b(?:{phrase_alternation(vocab()['refusal']['corrective'])})\b", re.I)


def below_by_refusal(sentence: str, start: int, end: int) -> bool:
    """True when the figure at [start, end) is what the subject refuses, fails or has yet to spend or reach; not
    when a correction follows ("does not spend 2%, it spends twice that": the sentence is about another level)."""
    lo, hi = clause_bounds(sentence, start, end)
    before, after = _patterns()
    if not (before.search(sentence[max(lo, start - 90) : start]) or after.match(sentence[end:hi])):
        return False
    return not _corrective().search(sentence[end:])


def refusal_span(sentence: str, start: int, end: int, below: bool = False) -> str | None:
    """Why a shortfall the figure at [start, end) is the threshold of is about a span of years ('has long failed to
    meet 2%', 'criticised for years for its failure to spend 2%'), or None: the span's words stand before the figure
    in its clause, and the figure is below by refusal. `below`: the figure is a bar said to be missed ("has lagged
    behind the 2% target for years"), whose span may also follow it in its clause."""
    refused = below_by_refusal(sentence, start, end)
    if not (refused or below):
        return None
    lo, hi = clause_bounds(sentence, start, end)
    spans = phrase_re("refusal_forms", "spans") if refused else phrase_re("periods2", "shortfall_spans")
    span = list(spans.finditer(sentence, lo, start if refused else hi))
    if not span:
        return None
    return (
        f"'{span[-1].group()}' makes this shortfall a statement about a span of years, and natospend judges one "
        "year's figure at a time: one year cannot settle it."
    )


@cache
def _denial() -> Pattern:
    """ "it is at no point written that", "it is not true that", "does not mean that"."""
    frames = phrase_alternation(vocab()["scope2"]["denial_frames"])
    return lazy(rf"(?<![\w-])(?:(?:is|was)\s+)?(?:{frames})\s+that\b", re.I)


_OTHER_SIDE = lazy(r"[;:]|\b(?:but|however|although|though|whereas|while)\b|,\s+[a-z]+ing\b", re.I)


def denied_report(sentence: str, start: int) -> str | None:
    """The frame that denies the statement holding the figure at `start` ("it is at no point written that ... every
    member state should invest 2 percent"), or None: the last denial before the figure, with no contrast between them
    ("... should lean towards a 2 percent spending, but it is at no point written that ..." denies only what follows
    it). A reported claim someone rejects ("rejected claims from a think tank that ...") is no denial here: it is
    checked as the think tank's."""
    found = list(_denial().finditer(sentence, 0, start))
    if not found or _OTHER_SIDE.search(sentence, found[-1].end(), start):
        return None
    return found[-1].group()
