"""Names that stand for something else: capitals for governments, "the NATO average" for the alliance aggregate,
and groups natospend cannot resolve ("the eastern flank"). Words are data (vocab.toml); this module compiles them."""

from __future__ import annotations

import re
from functools import cache

from natospend.claims.vocab import phrase_alternation, vocab


@cache
def capitals() -> dict[str, str]:
    """Capital -> ISO3 code of the ally whose government it stands for."""
    return dict(vocab()["capitals"])


@cache
def capital_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<capital>{'|'.join(map(re.escape, capitals()))})(?![\w-])")


@cache
def actor_after_regex() -> re.Pattern[str]:
    """After a capital: a verb or a possessive makes it an actor."""
    words = vocab()["metonymy"]["actor_after"]
    marks = [w for w in words if not w[0].isalpha()]
    verbs = [w for w in words if w[0].isalpha()]
    return re.compile(rf"(?:{'|'.join(map(re.escape, marks))})\s|\s+(?:{phrase_alternation(verbs)})\b")


@cache
def place_before_regex() -> re.Pattern[str]:
    words = vocab()["metonymy"]["place_before"]
    return re.compile(rf"\b(?:{phrase_alternation(words)})\s+(?:the\s+)?$", re.I)


@cache
def name_after_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:'s|’s)?\s+(?:{phrase_alternation(vocab()['metonymy']['name_after'])})\b")


@cache
def average_regex() -> re.Pattern[str]:
    """'the NATO average': the alliance aggregate (NATO Total)."""
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(vocab()['averages']['aggregate'])})\b", re.I)


@cache
def undefined_group_regex() -> re.Pattern[str]:
    """Groups with no fixed list of allies ("the eastern flank")."""
    return re.compile(rf"\b(?:{phrase_alternation(vocab()['undefined_groups']['phrases'])})\b", re.I)
