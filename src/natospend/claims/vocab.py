"""The extractor's vocabularies (claims/vocab.toml), read once; a phrase list becomes one compiled alternation."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from natospend.claims.patterns import LazyPattern, lazy


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


@cache
def phrase_re(section: str, key: str) -> LazyPattern:
    """A phrase list of vocab.toml ([section] key) as one pattern (compiled on first use), whole words, any case."""
    return lazy(rf"(?<!\w)(?:{phrase_alternation(vocab()[section][key])})(?!\w)", re.I)
