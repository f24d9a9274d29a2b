"""Statements about every year of a period: "there has been no year in which Poland hit 2%", "Greece has spent more
than 2% every year since 2014", "not once since 2014", "the last time Germany spent 2% was in 1992", "for the third
year in a row". One year's figure cannot settle them (natospend judges one year at a time), so a share of GDP so
quantified is not judged. Words are data (vocab.toml [every_year])."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from natospend.claims.clauses import clause_bounds
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.vocab import phrase_alternation, vocab


@cache
def _pattern() -> Pattern:
    return lazy(rf"\b(?:{phrase_alternation(vocab()['every_year']['phrases'])})\b", re.I)


# "every year since its introduction in 2006", "not once since 2014": the first year the period names.
_SINCE = lazy(
    r"\b(?:since|from|after|between)\s+(?:[\w’'-]+\s+){0,4}?(?:in\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?:was|were)\s+(?:back\s+)?in\s+(?P<last>(?:19|20)\d\d)\b",
    re.I,
)


# "Greece has spent more than 2% since 2014", "has been above the target since 2015": a state kept since a year is
# a statement about every year since; "has risen to 2.1% since 2014" is a change, read elsewhere.
_STATE_SINCE = lazy(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|spent|met|kept|stayed|remained|exceeded|topped)\b"
    r"(?=[^;]*?\bsince\s+(?:(?:at\s+least|the\s+end\s+of)\s+)?(?:19|20)\d\d\b)",
    re.I,
)
_CHANGE = lazy(r"\b(?:risen|rose|increased|doubled|tripled|grown|climbed|jumped|fallen|dropped|declined)\b", re.I)


_FIGURE = lazy(r"\d(?:[.,]\d+)?\s*(?:%|per\s*cent|percent|pct)", re.I)
_SUBORDINATE = lazy(
    r"\b(?:despite|although|though|while|whereas|because|plans?|planned|announc\w*|pledg\w*|promis\w*|vow\w*|aims?|"
    r"aiming|targets?|goal|propos\w*)\b",
    re.I,
)


def _state_since(sentence: str, lo: int, hi: int) -> re.Match[str] | None:
    found = _STATE_SINCE.search(sentence, lo, hi)
    if found is None or _CHANGE.search(sentence, lo, hi):
        return None
    return found


def every_year(sentence: str, start: int, end: int) -> str | None:
    """Why the figure at [start, end) is about every year of a period ('every year since 2014'), or None: the phrase
    that quantifies over years must be in the figure's own clause."""
    lo, hi = clause_bounds(sentence, start, end)
    # "Germany lags at 1.49% despite ... plans to invest 2% of GDP in defence every year": a phrase past another
    # figure that a subordinate clause or a plan introduces quantifies that figure, not this one
    later = _FIGURE.search(sentence, end, hi)
    if later is not None and _SUBORDINATE.search(sentence, end, later.start()):
        hi = later.start()
    found = _pattern().search(sentence, lo, hi)
    phrase = found.group() if found else ""
    if found is None:
        found = _state_since(sentence, lo, hi)
        if found is None:
            return None
        phrase = f"{found.group()} ... since"
    period = _SINCE.search(sentence, lo, hi)
    if period is None:
        years = "several years" if re.search(r"row|running|consecutive|straight", found.group(), re.I) else "every year"
    elif period.group("last"):
        years = f"every year after {period.group('last')}"
    else:
        years = f"every year since {period.group('y')}"
    return (
        f"'{phrase}' makes this a statement about {years}, and natospend judges one year's figure at a "
        "time: one year cannot settle it."
    )


@dataclass(frozen=True)
class Period:
    """A named span of years a figure is said of ("during the Cold War", "in the 1980s")."""

    phrase: str
    first: int
    last: int


_DECADE = r"(?P<part>(?:early|mid|late)[\s-]*)?(?P<decade>(?:19|20)\d0)s(?![\w'’])"


@cache
def _period_res() -> tuple[Pattern, Pattern]:
    words = vocab()["periods2"]
    within = phrase_alternation(words["within"])
    eras = phrase_alternation(list(words["eras"]))
    nouns = phrase_alternation(words["era_nouns"])
    decade = lazy(
        rf"(?:(?<![\w-])(?:{within})\s+(?:the\s+)?|\(\s*){_DECADE}"
        rf"(?:\s*(?:[-–—]|\band\b|\bto\b|\binto\b)\s*(?:the\s+)?(?P<end>(?:(?:early|mid|late)[\s-]*)?(?:19|20)\d0s))?",
        re.I,
    )
    era = lazy(
        rf"(?<![\w-])(?:(?:{within})\s+the\s+(?P<era>{eras})\b(?:[\s-](?:{nouns})\b)?"
        rf"|(?<!since\s)(?<!after\s)(?<!post-)(?:the\s+)?(?P<era2>{eras})[\s-](?:{nouns})\b)",
    )
    return decade, era


_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade_span(part: str | None, decade: str) -> tuple[int, int]:
    """'the mid-1980s' -> 1983-1986, 'the 1980s' -> 1980-1989."""
    lo, hi = _PARTS.get((part or "").strip(" -").lower(), (0, 9))
    return int(decade) + lo, int(decade) + hi


def named_period(sentence: str, start: int, end: int) -> Period | None:
    """The era or decade the figure at [start, end) is said of, in its own clause ("spent 4% of their GDP during the
    Cold War", "in the mid-1980s"), or None. A baseline ("since the Cold War", "since the 1990s") is not one."""
    lo, hi = clause_bounds(sentence, start, end)
    decade, era = _period_res()
    found = decade.search(sentence, lo, hi)
    if found:
        first, last = _decade_span(found.group("part"), found.group("decade"))
        if found.group("end"):  # "the late 1940s and early 1950s", "1950s–1960s"
            upto = re.match(r"(?P<part>(?:early|mid|late)?)[\s-]*(?P<decade>\d{4})", found.group("end"), re.I)
            last = _decade_span(upto.group("part"), upto.group("decade"))[1] if upto else last
        return Period(found.group().strip(" ("), first, last)
    hit = era.search(sentence, lo, hi)
    if hit:
        first, last = vocab()["periods2"]["eras"][hit.group("era") or hit.group("era2")]
        return Period(hit.group().strip(), int(first), int(last))
    return None
