"""The extractor's vocabularies (claims/vocab.toml), read once; a phrase list becomes one compiled alternation."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from natospend.claims.patterns import FOLDS as _FOLDS  # noqa: F401 (tests read it here)
from natospend.claims.patterns import LazyPattern, lazy, letters_ahead


@cache
def vocab() -> dict[str, Any]:
    """The whole vocabulary file, parsed once per process."""
    with resources.files("natospend.claims").joinpath("vocab.toml").open("rb") as fh:
        return tomllib.load(fh)


def phrase_alternation(phrases: list[str] | dict[str, Any]) -> str:
    """A regex alternation of phrases, longest first; a space matches any run of whitespace or a hyphen, and a
    trailing '*' any word ending ("pledg*" -> pledge, pledged, pledging), and an apostrophe either apostrophe
    ("NATO's" -> NATO’s)."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        stem = phrase.endswith("*")
        body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+").replace("'", "['’]")
        out.append(body + (r"\w*" if stem else ""))
    return "|".join(out)


def first_chars(phrases: list[str] | dict[str, Any]) -> str:
    """A lookahead for a character some phrase starts with, to put before their alternation ("" when a phrase starts
    with other than an ASCII letter or digit; patterns.letters_ahead). re tries an alternation's branches one by one
    at every position, and under IGNORECASE passes over none of them quickly; the lookahead passes over a position no
    phrase starts at in one test. It holds wherever the phrases match, in any case, so it changes no match."""
    return letters_ahead(phrase[:1] for phrase in phrases)


@cache
def phrase_re(section: str, key: str) -> LazyPattern:
    """A phrase list of vocab.toml ([section] key) as one pattern (compiled on first use), whole words, any case."""
    phrases = vocab()[section][key]
    return lazy(rf"(?<!\w){first_chars(phrases)}(?:{phrase_alternation(phrases)})(?!\w)", re.I)
