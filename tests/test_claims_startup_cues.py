"""Start-up: a pattern's cue is read off its text by claims/patterns.py itself (no private re._parser), and a lazy
pattern is not compiled until a string has its cue, so `natospend check` on one sentence compiles only the patterns
that sentence may match."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import natospend.claims
from dev_sentences import dev_sentences
from natospend.claims import patterns as P
from natospend.claims.patterns import LazyPattern, cue, lazy

ROOT = Path(__file__).resolve().parent


@pytest.mark.parametrize(
    ("pattern", "flags", "literals"),
    [
        (r"\bthe\s+(?:NATO|Nato)[\s-]+allies\b", re.I, ("allies",)),
        (r"ab(?:cd)?e", 0, ("ab",)),  # an optional group gives nothing, and it ends the run
        (r"abc?d", 0, ("ab",)),  # a quantifier takes the character before it out of the run
        (r"(?:x|y)+z", 0, ("x", "y")),  # a group repeated at least once gives its literals
        (r"\d{1,3}(?:,\d{3})+", 0, (",",)),
        (r"a\.b\-c", 0, ("a.b-c",)),  # an escaped punctuation mark is itself
        (r"(?=foo)bar|(?<!x)baz", 0, ("bar", "baz")),  # a lookaround needs nothing of the match
        (r"a(?i:BC)d(?#note)", 0, ("bc",)),
        (r"a{}b", 0, ("a{}b",)),  # braces that make no quantifier are literals
        (r"(?P<n>two)\s+(?P=n)", 0, ("two",)),
        (r"spending|", 0, None),  # an empty alternative needs no literal
        ("caf\u00e9s", re.I, ("caf",)),  # a non-ASCII letter (re may fold it otherwise) is no literal
    ],
)
def test_a_cue_read_off_the_pattern_text(pattern: str, flags: int, literals: tuple[str, ...] | None) -> None:
    assert cue(pattern, flags) == literals


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?x) a b c", 0),  # verbose: spaces are not literals
        (r"a b c", re.VERBOSE),
        (r"(a)?(?(1)b|c)", 0),  # a conditional
        (r"\x41BC", 0),  # a character by its code
        (r"(a)\1bc", 0),  # a back-reference by number
        (r"\N{EM DASH}abc", 0),
        (r"[abc", 0),  # unclosed set (a syntax error, reported when compiled)
        (r"abc)", 0),
    ],
)
def test_what_the_reader_does_not_know_gives_no_cue(pattern: str, flags: int) -> None:
    assert cue(pattern, flags) is None


def _module_patterns() -> list[LazyPattern]:
    found: list[LazyPattern] = []
    for info in pkgutil.walk_packages(natospend.claims.__path__, "natospend.claims."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, LazyPattern):
                found.append(value)
    return found


def test_no_sentence_without_a_pattern_s_cue_matches_it() -> None:
    """Soundness on real text: every module-level pattern, every dev sentence."""
    sentences = dev_sentences()
    lowered = [s.lower() for s in sentences]
    patterns = [p for p in _module_patterns() if p.literals]
    assert len(patterns) > 200
    for pattern in patterns:
        compiled = re.compile(pattern.pattern, pattern.flags)
        for sentence, low in zip(sentences, lowered, strict=True):
            if not any(literal in low for literal in pattern.literals or ()):
                assert compiled.search(sentence) is None, (pattern.pattern[:80], sentence)


def test_a_lazy_pattern_is_compiled_only_for_a_string_with_its_cue() -> None:
    pattern = lazy(r"\b(?:Baltic\s+states|the\s+Baltics)\b", re.I)
    assert pattern.search("Poland spends 4.1% of GDP on defence") is None
    assert pattern.findall("Poland spends 4.1% of GDP") == [] and list(pattern.finditer("Poland")) == []
    assert "_compiled" not in vars(pattern)  # answered from the cue alone
    found = pattern.search("The Baltic States spend more")
    assert found is not None and found.group() == "Baltic States"
    assert "_compiled" in vars(pattern)
    assert pattern.match("the Baltics") is not None and pattern.fullmatch("x") is None


def test_with_cues_off_every_pattern_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(P, "CUED", False)
    pattern = lazy(r"Baltic")
    assert pattern.search("Poland") is None
    assert "_compiled" in vars(pattern) and pattern.search.__self__ is pattern.compiled  # type: ignore[attr-defined]


def test_the_reader_uses_no_private_module_of_re() -> None:
    source = Path(P.__file__).read_text("utf-8")
    assert "_parser" not in source and "sre_parse" not in source
