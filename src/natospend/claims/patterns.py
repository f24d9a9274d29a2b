"""Regular expressions compiled on first use.

The extractor defines a few hundred patterns at module level; compiling them all at import cost more than the rest
of `natospend check` on one sentence, which uses fewer than half. `lazy(pattern, flags)` stands where
`re.compile(pattern, flags)` stood: its `pattern` and `flags` are there at once (patterns are built from one another's
`.pattern`), and the first use of a method compiles it and keeps the compiled pattern's own bound methods on the
instance, so every later call costs what a call on the compiled pattern costs.

A pattern's cue (`cue`, `cue_absent`, `cued_finditer`): the literals one of which every match must contain, read off
its parse tree, so that a sentence with none of them is passed over without running (or compiling) the pattern.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled when one of its methods is first looked up."""

    # Typed here, set on the instance by __getattr__ once compiled: the compiled pattern's bound methods.
    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = re.compile(self.pattern, self.flags)
            self.__dict__.update({name: getattr(found, name) for name in _METHODS})
            if CUED:
                self.__dict__.update(_counting(self, found))
        return found

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled.groupindex)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet on the instance: the methods before the first compile.
        if name not in _METHODS:
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


Pattern = re.Pattern[str] | LazyPattern  # what a function that only calls a pattern's methods accepts


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)` on first use (a bad pattern fails then, and in the tests that use it)."""
    return LazyPattern(pattern, flags)


# ------------------------------------------------------------------------------------------------ cues
# A pattern's cue: lower-case ASCII literals one of which every match contains, read off its parse tree, so that a
# sentence without any of them is passed over without running the pattern (most name no group of allies, say).
# A test against the lower-cased sentence is sound for any flags: a case-sensitive match is also one in lower case.
# re matches a few non-ASCII letters to ASCII ones under IGNORECASE that str.lower() does not map to them (long s,
# dotless i, dotted capital I, the Kelvin sign): a sentence with one is never passed over.
_PARSER: Any = importlib.import_module("re._parser")  # the parser re.compile uses (private, stable since 3.11)
_CASE_ODD = frozenset("\u017f\u0131\u0130\u212a")
_UNREAD: Any = object()  # a LazyPattern's cue not read yet


def _factors(items: Any) -> frozenset[str] | None:
    """Literals one of which every match of a parsed sequence contains (None: none known); of the sets its parts
    give, the one whose shortest literal is longest, which fewest sentences contain by chance."""
    best: frozenset[str] | None = None
    run = ""

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in items:
        if op is _PARSER.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        consider(frozenset({run}) if run else None)
        run = ""
        if op is _PARSER.SUBPATTERN:
            consider(_factors(av[3]))
        elif op is _PARSER.ATOMIC_GROUP:
            consider(_factors(av))
        elif op is _PARSER.BRANCH:
            branches = [_factors(b) for b in av[1]]
            consider(None if any(b is None for b in branches) else frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (_PARSER.MAX_REPEAT, _PARSER.MIN_REPEAT, _PARSER.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_factors(av[2]))
        # classes, anchors, lookarounds, back-references: no literal they need is known
    consider(frozenset({run}) if run else None)
    return best


@cache
def cue(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The literals (lower case) one of which every match of `pattern` contains, or None when none is known."""
    found = _factors(_PARSER.parse(pattern, flags))
    # "member" is in every sentence "members" is: the longer literal adds nothing to test.
    return tuple(sorted(a for a in found if not any(b != a and b in a for b in found))) if found else None


def cue_text(sentence: str) -> str | None:
    """What cue_absent tests a sentence's cues against: the sentence in lower case (None: test none)."""
    return None if not _CASE_ODD.isdisjoint(sentence) else sentence.lower()


def cue_absent(pattern: Pattern, text: str | None) -> bool:
    """True when `pattern` cannot match the sentence `text` = cue_text(sentence) is of: none of its cue is in it."""
    if text is None:
        return False
    literals = pattern.__dict__.get("_cue", _UNREAD) if isinstance(pattern, LazyPattern) else _UNREAD
    if literals is _UNREAD:
        literals = cue(pattern.pattern, pattern.flags)
        if isinstance(pattern, LazyPattern):
            pattern.__dict__["_cue"] = literals  # read once per pattern, not hashed again per sentence
    return literals is not None and not any(map(text.__contains__, literals))


def cued_finditer(pattern: Pattern, sentence: str, cues: str | None) -> Iterator[re.Match[str]]:
    """pattern.finditer(sentence), passed over when the sentence (cues = cue_text(sentence)) lacks its cue."""
    return iter(()) if cue_absent(pattern, cues) else pattern.finditer(sentence)


# ------------------------------------------------------------------------------------------------ cued methods
# A pattern used often (an article's sentences) has its cue read and tested before each search, match, finditer and
# findall: a string without any of its literals is answered (no match) without running the pattern. The cue is read
# (its pattern parsed again) only after _CUE_AFTER uses, so a one-sentence check does not pay for it, and only a cue of
# a few literals is tested (a long list costs about what the search does). CUED = False: every pattern always runs.
CUED = True
_CUE_AFTER = 8
_MAX_LITERALS = 40
_CUED_METHODS = ("search", "match", "fullmatch", "finditer", "findall")
_NO_MATCH: dict[str, Callable[[], Any]] = {
    "search": lambda: None,
    "match": lambda: None,
    "fullmatch": lambda: None,
    "finditer": lambda: iter(()),
    "findall": list,
}
# The last string tested and its cue_text, one tuple (swapped whole, so threads never see half of one): a sentence is
# lowered once, not once per pattern.
_lowered: tuple[str, str | None] = ("", "")


def _lower(string: str) -> str | None:
    global _lowered
    last = _lowered
    if string is last[0]:
        return last[1]
    text = cue_text(string)
    _lowered = (string, text)
    return text


def _counting(lazy_pattern: LazyPattern, compiled: re.Pattern[str]) -> dict[str, Callable[..., Any]]:
    """The methods a pattern has for its first uses: each counts, and the last installs the pattern's final methods."""
    uses = [0]

    def counted(name: str) -> Callable[..., Any]:
        method = getattr(compiled, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            uses[0] += 1
            if uses[0] >= _CUE_AFTER:
                lazy_pattern.__dict__.update(_final(lazy_pattern, compiled))
            return method(*args, **kwargs)

        return call

    return {name: counted(name) for name in _CUED_METHODS}


def _final(lazy_pattern: LazyPattern, compiled: re.Pattern[str]) -> dict[str, Callable[..., Any]]:
    literals = cue(lazy_pattern.pattern, lazy_pattern.flags)
    if literals is None or len(literals) > _MAX_LITERALS:
        return {name: getattr(compiled, name) for name in _CUED_METHODS}

    def cued(name: str) -> Callable[..., Any]:
        method, none = getattr(compiled, name), _NO_MATCH[name]

        def call(string: str, *args: Any, **kwargs: Any) -> Any:
            text = _lower(string) if type(string) is str else None
            if text is not None and not any(map(text.__contains__, literals)):
                return none()
            return method(string, *args, **kwargs)

        return call

    return {name: cued(name) for name in _CUED_METHODS}
