"""claims/patterns.needed: literal sets besides a pattern's cue that every match needs (speed: a pattern whose cue
is in a sentence is still passed over when one of them is not)."""

from __future__ import annotations

import re

import pytest

from dev_sentences import dev_sentences
from natospend.claims.patterns import lazy, needed
from test_claims_startup_cues import _module_patterns


@pytest.mark.parametrize(
    ("pattern", "flags", "sets"),
    [
        (r"\b(?P<lead>in|for|by)\s+(?P<a>\d\d)/(?P<b>\d\d)", re.I, (("/",),)),
        (r"abc?d\s+xyz", 0, (("ab",), ("d",))),  # the cue is "xyz": every other run outside a group
        (r"(?:x|y)+z", 0, (("z",),)),
        (r"ab(?:cd)?e", 0, (("e",),)),  # an optional group gives nothing
        (r"a|bcd", 0, ()),  # an alternative outside any group: nothing is needed by both
        (r"(?=foo)bar", 0, ()),  # a lookaround needs nothing of the match
        (r"(?x) a b", 0, ()),  # what the reader does not know gives nothing
    ],
)
def test_needed_sets_read_off_the_pattern_text(pattern: str, flags: int, sets: tuple[tuple[str, ...], ...]) -> None:
    assert needed(pattern, flags) == sets


def test_a_lazy_pattern_lacking_a_needed_set_does_not_match() -> None:
    pattern = lazy(r"\b(?:in|for)\s+(\d\d)/(\d\d)", re.I)
    assert pattern.search("in 2024 and for 2025") is None
    assert "_compiled" not in vars(pattern)  # answered without compiling
    found = pattern.search("spending in 24/25")
    assert found is not None and found.group() == "in 24/25"
    assert pattern.search("for 2024 and 25/26") is None  # compiled now: the set is still tested, then it runs


def test_no_sentence_without_a_needed_set_matches() -> None:
    """Soundness on real text: every module-level pattern, every dev sentence."""
    sentences = dev_sentences()
    lowered = [s.lower() for s in sentences]
    patterns = [p for p in _module_patterns() if p.needed]
    assert len(patterns) > 100
    for pattern in patterns:
        compiled = re.compile(pattern.pattern, pattern.flags)
        for sentence, low in zip(sentences, lowered, strict=True):
            if not all(any(literal in low for literal in literals) for literals in pattern.needed):
                assert compiled.search(sentence) is None, (pattern.pattern[:80], sentence)
