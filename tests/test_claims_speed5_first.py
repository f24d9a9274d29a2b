"""claims/patterns.first_letter: the lookahead for a first letter that a lazy pattern ignoring case is compiled with
changes no match (speed: re passes over a position no alternative starts at in one test)."""

from __future__ import annotations

import re

import pytest

from dev_sentences import dev_sentences
from natospend.claims.patterns import first_letter, lazy
from test_claims_startup_cues import _module_patterns


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"\b(?:foo|bar)\b", r"\b(?=(?-i:[BFbf]))(?:foo|bar)\b"),
        (r"\b(?P<v>meet|met)\b", r"\b(?=(?-i:[Mm]))(?P<v>meet|met)\b"),
        (r"(?<![\w-])(?:ab[c)]|d(?:e|f))", r"(?<![\w-])(?=(?-i:[ADad]))(?:ab[c)]|d(?:e|f))"),
        (r"(?P<p>(?<!\w)(?:calling|called)x)|y", r"(?P<p>(?<!\w)(?=(?-i:[Cc]))(?:calling|called)x)|y"),
        (r"\b(?:is|kept)\b", "\\b(?=(?-i:[IKik\u0130\u0131\u212a]))(?:is|kept)\\b"),  # and what re.I matches to i, k
        (r"\b(x|y)?z", r"\b(x|y)?z"),  # an optional group: nothing
        (r"\b(?:a?b|c)", r"\b(?:a?b|c)"),  # an optional first letter: nothing
        (r"\b(?:a|\$b)", r"\b(?:a|\$b)"),  # an alternative starting otherwise: nothing
        (r"\b(?:a|)", r"\b(?:a|)"),
        (r"\b(?=(?-i:[a]))(?:a)", r"\b(?=(?-i:[a]))(?:a)"),  # a lookahead written already
        (r"x\b(?:a|b)", r"x\b(?:a|b)"),  # not at the start
        (r"\b(?:é|e)", r"\b(?:é|e)"),  # a letter re may match other than by its cases
    ],
)
def test_the_lookahead_read_off_the_pattern(pattern: str, rewritten: str) -> None:
    assert first_letter(pattern, re.I) == rewritten
    assert first_letter(pattern) == pattern  # a pattern that does not ignore case is left as it is


def test_a_lazy_pattern_is_compiled_with_it_and_keeps_its_text() -> None:
    pattern = lazy(r"\b(?:kelvin|spending)\b", re.I)
    assert [m.group() for m in pattern.finditer("The \u212aelvin scale, SPENDING and \u017fpending")] == [
        "\u212aelvin",
        "SPENDING",
        "\u017fpending",
    ]
    assert pattern.pattern == r"\b(?:kelvin|spending)\b" and pattern.compiled.pattern.startswith(r"\b(?=(?-i:[")


def test_it_changes_no_match_of_any_module_pattern_on_dev_sentences() -> None:
    sentences = dev_sentences()[::4]  # a quarter of them: the whole takes a minute
    patterns = [p for p in _module_patterns() if first_letter(p.pattern, p.flags) != p.pattern]
    assert len(patterns) > 50
    for pattern in patterns:
        plain, gated = re.compile(pattern.pattern, pattern.flags), pattern.compiled
        for sentence in sentences:
            assert [m.span() for m in gated.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)], (
                pattern.pattern[:80],
                sentence,
            )
