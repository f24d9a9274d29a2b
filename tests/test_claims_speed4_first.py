"""claims/vocab.first_chars: the lookahead put before a phrase alternation holds wherever a phrase matches (speed)."""

from __future__ import annotations

import re
import sys

from natospend.claims.patterns import cue
from natospend.claims.vocab import _FOLDS, first_chars, phrase_alternation

_EVERY_CHAR = "".join(map(chr, range(sys.maxunicode + 1)))


def test_folds_are_what_ignorecase_matches_to_each_ascii_letter() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall(letter, _EVERY_CHAR, re.I))
        assert matched == {letter, letter.upper(), *_FOLDS.get(letter, "")}, letter


def test_lookahead_changes_no_match_in_any_case() -> None:
    phrases = ["kelvin scale", "Istanbul summit", "spending", "2% goal"]
    alternation = phrase_alternation(phrases)
    text = "The \u212aelvin scale, \u0130STANBUL Summit, \u017fPENDING and a 2% goal; spending, istanbul summit."
    for flags in (0, re.I):
        plain = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", flags)
        gated = re.compile(rf"(?<!\w){first_chars(phrases)}(?:{alternation})(?!\w)", flags)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(re.findall(rf"(?<!\w){first_chars(phrases)}(?:{alternation})(?!\w)", text, re.I)) == 6


def test_no_lookahead_for_a_phrase_starting_otherwise() -> None:
    assert first_chars(["'s share", "spending"]) == ""
    assert first_chars([]) == ""


def test_a_set_of_one_letter_s_cases_is_read_as_the_letter() -> None:
    assert cue(r"(?-i:[Pp])oland|(?-i:[Uu])S", re.I) == ("poland", "us")
    assert cue(r"\b[Tt]he\s+(?:big|small)\b") == ("the",)
    assert cue(r"(?-i:[Pp])?oland", re.I) == ("oland",)  # an optional letter is not needed
    assert cue(r"[ab]xyz") == ("xyz",)
