"""Cues that place allies among others, shared by the rank and count readers: the [rank_cues] / [counts5] phrase
lists of vocab.toml as patterns, a rank stated as a group ("among the top five", "the five lowest") and "only n
spend less than X" ([ranks2]). A count and a place are read from the same words, so both readers ask here.
"""

from __future__ import annotations

import re
from functools import cache

from natospend.claims.patterns import Pattern, lazy
from natospend.claims.vocab import phrase_alternation, vocab


@cache
def cue_re(key: str, head: str = r"(?<!\w)", tail: str = r"(?!\w)") -> Pattern:
    """A [rank_cues] (or, failing that, [counts5]) phrase list of vocab.toml as one pattern, between `head` and
    `tail`."""
    words = vocab()["rank_cues"].get(key) or vocab()["counts5"][key]
    return lazy(rf"{head}(?:{phrase_alternation(words)}){tail}", re.I)


@cache
def only_re() -> Pattern:
    """'Only Luxembourg spends less', 'only Luxembourg performs worse than Belgium' (vocab [ranks2])."""
    v = vocab()["ranks2"]
    below, above = phrase_alternation(v["only_below"]), phrase_alternation(v["only_above"])
    return lazy(
        rf"(?:^|[,;:—–(]\s*|\b(?:and|while|whereas|but)\s+)only\s+(?P<list>[^.;:]{{2,80}}?)\s+"
        rf"(?:{phrase_alternation(v['only_verbs'])})\s+(?:(?:{phrase_alternation(v['only_softeners'])})\s+)?"
        rf"(?:(?P<below>{below})|{above})\b(?P<than>(?:\s+(?:on|for)\s+defen[cs]e)?\s+than\s+(?:the\s+)?)?",
        re.I,
    )


# A rank stated as a group ("among the top five", "the five lowest", "the next highest"): not rank 1.
GROUP_RANK = lazy(
    r"\b(?:(?P<next>next|following)\s+(?:(?P<n0>\d{1,2}|[a-z]+)\s+)?(?:highest|largest|biggest|lowest|smallest)"
    r"|(?:top|bottom)\s+(?P<n1>\d{1,2}|[a-z]+)\b"
    r"|(?P<n2>\d{1,2}|[a-z]+)\s+(?:(?:allies|countries|members|nations|states)\s+)?(?:(?:spending|with\s+the)\s+)?"
    r"(?:highest|largest|biggest|lowest|smallest|least|most)\b"
    r"|among\s+the\s+(?:highest|largest|biggest|lowest|smallest|top|bottom)\b)",
    re.I,
)
