"""Regular expressions compiled on first use.

The extractor defines a few hundred patterns at module level; compiling them all at import cost more than the rest
of `natospend check` on one sentence, which uses fewer than half. `lazy(pattern, flags)` stands where
`re.compile(pattern, flags)` stood: its `pattern` and `flags` are there at once (patterns are built from one another's
`.pattern`), and the first use of a method compiles it and keeps the compiled pattern's own bound methods on the
instance, so every later call costs what a call on the compiled pattern costs.

A pattern's cue (`cue`, `cue_absent`, `cued_finditer`): the literals one of which every match must contain, read off
its text, so that a sentence with none of them is passed over without running (or compiling) the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
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
            found = self.__dict__["_compiled"] = re.compile(first_letter(self.pattern, self.flags), self.flags)
            self.__dict__.update({name: getattr(found, name) for name in _METHODS})
            if CUED:
                self.__dict__.update(_final(self, found))
        return found

    @property
    def literals(self) -> tuple[str, ...] | None:
        """Its cue, read once (not hashed again per sentence)."""
        found = self.__dict__.get("_cue", _UNREAD)
        if found is _UNREAD:
            found = self.__dict__["_cue"] = cue(self.pattern, self.flags)
        return found  # type: ignore[no-any-return]

    @property
    def needed(self) -> tuple[tuple[str, ...], ...]:
        """Its other cues (patterns.needed), read once."""
        found = self.__dict__.get("_needed")
        if found is None:
            found = self.__dict__["_needed"] = needed(self.pattern, self.flags)
        return found  # type: ignore[no-any-return]

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled.groupindex)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet on the instance: the methods before the first compile.
        if name not in _METHODS:
            raise AttributeError(name)
        if CUED and name in _CUED_METHODS and self.literals is not None:
            # Until a string has its cue, the pattern is not even compiled: a one-sentence check compiles only the
            # patterns its sentence may match.
            self.__dict__.update(_gated(self, self.literals))
            return self.__dict__[name]
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


Pattern = re.Pattern[str] | LazyPattern  # what a function that only calls a pattern's methods accepts


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)` on first use (a bad pattern fails then, and in the tests that use it)."""
    return LazyPattern(pattern, flags)


# ------------------------------------------------------------------------------------------------ first letters
# re tries a pattern at every position of a string, and under IGNORECASE passes over no branch of an alternation
# quickly (its fast paths are for case-sensitive starts only): a lookahead for the letters the alternatives start
# with passes over a position none starts at in one test. It holds wherever the pattern matches, so it changes no
# match (a compiled pattern's own .pattern is the text with it). Read off the pattern when it is compiled.
#: What re.IGNORECASE matches to an ASCII letter besides its two cases (tests/test_claims_speed4_first.py checks).
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# "\b(?:", "(?<!\w)(", "(?P<name>(?<![\w-])(?P<verb>": a word's start, then the group of alternatives (its opening)
_ALTERNATION_HEAD = r"(?:\(\?P<\w+>|\(\?:)?(?:\\b|\(\?<!\\w\)|\(\?<!\[\\w-\]\))(?P<group>\((?:\?:|\?P<\w+>)?)"


@cache
def _head_re() -> re.Pattern[str]:
    return re.compile(_ALTERNATION_HEAD)


def letters_ahead(firsts: Iterable[str]) -> str:
    """A lookahead for a character of `firsts` (ASCII letters or digits) in any case ("" when one is another)."""
    chars: set[str] = set()
    for char in firsts:
        char = char.lower()
        if not (char.isascii() and char.isalnum()):
            return ""
        chars.update(char, char.upper(), FOLDS.get(char, ""))
    return f"(?=(?-i:[{''.join(sorted(chars))}]))" if chars else ""


def first_letter(pattern: str, flags: int = 0) -> str:
    """`pattern` with a lookahead for its first letter after its head, when it ignores case and starts, after a word
    boundary, with a group each of whose alternatives starts with a letter or digit that is not optional; else
    `pattern`."""
    readable = flags & re.IGNORECASE and not flags & re.VERBOSE and isinstance(pattern, str)
    head = _head_re().match(pattern) if readable else None
    firsts = _alternative_starts(pattern, head.end()) if head else None
    ahead = letters_ahead(firsts) if firsts else ""
    return pattern[: head.start("group")] + ahead + pattern[head.start("group") :] if head and ahead else pattern


def _alternative_starts(pattern: str, at: int) -> list[str] | None:
    """The first characters of the alternatives of the group whose text starts at `at` (after its opening); None
    when one starts with other than a letter or digit, or the group is optional."""
    starts: list[str] = []
    depth, start, i, end = 0, True, at, len(pattern)
    while i < end:
        char = pattern[i]
        if start:  # an alternative's first character: a literal, not made optional by what follows
            if not char.isalnum() or pattern[i + 1 : i + 2] in ("?", "*", "{"):
                return None
            starts.append(char)
            start = False
        if char == "\\":
            i += 1
        elif char == "[":  # a set, to its closing bracket ("[]x]" and "[^]x]" hold a ']')
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if pattern.startswith("]", i) else 0
            while i < end and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ")":
            return None if pattern[i + 1 : i + 2] in ("?", "*", "{") else starts
        elif char == "|" and depth == 0:
            start = True
        i += 1
    return None


# ------------------------------------------------------------------------------------------------ cues
# A pattern's cue: lower-case ASCII literals one of which every match contains, read off the pattern's text, so that a
# sentence without any of them is passed over without running (or compiling) the pattern (most name no group of
# allies, say). A test against the lower-cased sentence is sound for any flags: a case-sensitive match is also one in
# lower case. re matches a few non-ASCII letters to ASCII ones under IGNORECASE that str.lower() does not map to them
# (long s, dotless i, dotted capital I, the Kelvin sign): a sentence with one is never passed over.
# The reader below knows the syntax of the re module's documentation (it needs none of re's private modules, whose
# form may change between Python versions); what it does not know for sure (verbose patterns, conditionals, escapes
# such as \x41 or \1) gives no cue, so the pattern always runs. It reads a pattern in a fraction of a compile.
_CASE_ODD = frozenset("\u017f\u0131\u0130\u212a")
_UNREAD: Any = object()  # a LazyPattern's cue not read yet
# One token of a pattern. "none" is an atom no literal of which is known (a set, \d, \s, \b, ., ^, $, a named
# back-reference), with its quantifier if any: one token for the common [\s-]+.
_TOKENS = r"""(?P<run>[^\\\[()|*+?{.^$]+)
    |(?P<none>(?:\[\^?\]?(?:\\.|[^\\\]])*\]|\\[bBdDsSwWAZ]|[.^$]|\(\?P=\w+\))(?:(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?)?)
    |(?P<quantifier>(?:[*+?]|\{(?:(?P<low>\d+)(?:,\d*)?|,\d*)\})[?+]?)
    |(?P<escape>\\[^A-Za-z0-9]|\\[afnrtv])
    |(?P<skip>\(\?\#[^)]*\)|\(\?[aiLmsu]+\))
    |(?P<letter>\(\?-i:\[[^]\\^-]+\]\))
    |(?P<open>\((?:\?(?:P<\w+>|>|[aiLmsu]*(?:-[imsu]+)?:|(?P<around>=|!|<=|<!))|(?!\?)))
    |(?P<close>\))
    |(?P<bar>\|)
    |(?P<brace>\{)"""
_CHAR_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_NOTHING: Any = object()  # no atom held back


@cache
def _token_re() -> re.Pattern[str]:
    return re.compile(_TOKENS, re.VERBOSE | re.DOTALL)


class _Unknown(Exception):
    """A construct the cue reader does not know for sure: the pattern gets no cue."""


def _literal_sets(pattern: str) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """Literals one of which every match of `pattern` contains (None: none known), and every such set read outside
    its groups (each of them is needed when no alternative is there; the first is among them).

    Each alternative being read keeps the best literal set of its parts so far (of the sets its parts give, the one
    whose shortest literal is longest, which fewest sentences contain by chance), the literal run it is in, and the
    set of its last atom, held back until it is known whether a quantifier makes the atom optional."""
    best: frozenset[str] | None = None
    shortest = 0  # the length of best's shortest literal
    run = ""
    last: Any = _NOTHING
    alternatives: list[frozenset[str] | None] = []
    around = False  # in a lookahead or lookbehind, which needs nothing of the match
    stack: list[tuple[Any, ...]] = []
    end = 0
    outside: list[frozenset[str]] = []  # the sets read outside every group

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best, shortest
        if found and not stack:
            outside.append(found)
        if found:
            length = min(map(len, found))
            if best is None or length > shortest:
                best, shortest = found, length

    for token in _token_re().finditer(pattern):
        if token.start() != end:
            raise _Unknown  # something no token covers: (?x), (?(1)..), an unclosed set
        end = token.end()
        kind = token.lastgroup
        text = token.group()
        if kind == "letter":  # "(?-i:[Pp])oland" is "[Pp]oland" with no flags
            kind, text = "none", text[5:-1]
        if kind == "none" and (letter := _one_letter(text)) is not None:
            kind, text = "run", letter  # "[Tt]he": "the" in the lowered sentence
        if kind == "run" or kind == "escape" or kind == "brace":
            if kind == "escape":
                text = _CHAR_ESCAPES.get(text[1], text[1])
            if last is not _NOTHING:
                consider(last)
                last = _NOTHING
            if text.isascii():
                run += text.lower()
                continue
            for char in text:  # a non-ASCII letter: no literal (re may match it other than by lower case)
                if char.isascii():
                    if last is not _NOTHING:
                        consider(last)
                        last = _NOTHING
                    run += char.lower()
                else:
                    if last is not _NOTHING:
                        consider(last)
                    if run:
                        consider(frozenset((run,)))
                    run, last = "", None
        elif kind == "none":
            if last is not _NOTHING:
                consider(last)
            if run:
                consider(frozenset((run,)))
            run, last = "", None
        elif kind == "quantifier":
            if last is not _NOTHING:
                found, last = last, _NOTHING
            elif run:
                found, run = frozenset((run[-1],)), run[:-1]
                if run:
                    consider(frozenset((run,)))
                run = ""
            else:
                raise _Unknown
            low = token.group("low")
            if token.group()[0] == "+" or (low is not None and int(low) >= 1):  # "+", "{1,}", "{2}": at least once
                consider(found)
        elif kind == "open":
            if last is not _NOTHING:
                consider(last)
            stack.append((best, shortest, run, alternatives, around))
            best, shortest, run, last, alternatives = None, 0, "", _NOTHING, []
            around = token.group("around") is not None
        elif kind == "bar" or kind == "close":
            if last is not _NOTHING:
                consider(last)
            if run:
                consider(frozenset((run,)))
            alternatives.append(best)
            best, shortest, run, last = None, 0, "", _NOTHING
            if kind == "close":
                if not stack:
                    raise _Unknown
                group = None if around else _union(alternatives)
                best, shortest, run, alternatives, around = stack.pop()
                # the group is the atom held back: the run before it ends here
                if run:
                    consider(frozenset((run,)))
                run, last = "", group
        # "skip": a comment, or flags for the whole pattern (not x, which no token takes)
    if end != len(pattern) or stack:
        raise _Unknown
    if last is not _NOTHING:
        consider(last)
    if run:
        consider(frozenset((run,)))
    alternatives.append(best)
    return _union(alternatives), outside if len(alternatives) == 1 else []


def _one_letter(text: str) -> str | None:
    """The letter a set of one letter's cases is ("[Tt]", "[kK\u212a]"), None for any other token: the odd-case
    characters it may hold besides are those a sentence is never passed over with (cue_text)."""
    if len(text) < 4 or text[0] != "[" or text[-1] != "]" or not text[1:-1].isalpha():
        return None
    lowered = {char.lower() for char in text[1:-1] if char not in _CASE_ODD}
    letter = lowered.pop() if len(lowered) == 1 else ""
    return letter if letter.isascii() and letter else None


def _union(alternatives: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The literals of a branch: one of each alternative's (None when one alternative needs none)."""
    found: frozenset[str] = frozenset()
    for literals in alternatives:
        if literals is None:
            return None
        found |= literals
    return found


@cache
def _cues(pattern: str, flags: int) -> tuple[tuple[str, ...] | None, tuple[tuple[str, ...], ...]]:
    if not isinstance(pattern, str) or flags & re.VERBOSE:
        return None, ()
    try:
        found, outside = _literal_sets(pattern)
    except _Unknown:
        return None, ()
    first = _fewest(found) if found else None
    others = {_fewest(literals) for literals in outside} - {first}
    # the likeliest to be missing first: the set whose shortest literal is longest
    return first, tuple(sorted(others, key=lambda o: (-min(map(len, o)), o))[:_MAX_NEEDED])


def _fewest(found: frozenset[str]) -> tuple[str, ...]:
    # "member" is in every sentence "members" is: the longer literal adds nothing to test.
    return tuple(sorted(a for a in found if not any(b != a and b in a for b in found)))


def cue(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The literals (lower case) one of which every match of `pattern` contains, or None when none is known."""
    return _cues(pattern, flags)[0]


def needed(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """More literal sets beside its cue, one literal of each of which every match of `pattern` contains ("of ...
    / ..." in "(in|for|by) (\\d\\d)/(\\d\\d)"): the sets read outside any group of a pattern with no alternative there,
    up to four, of a few literals each. A pattern run only where its cue is found stops at the first set missing."""
    return _cues(pattern, flags)[1]


_MAX_NEEDED = 4


def cue_text(sentence: str) -> str | None:
    """What cue_absent tests a sentence's cues against: the sentence in lower case (None: test none)."""
    # four scans for one character each (in C), not a set test that walks the sentence a character at a time
    return None if any(map(sentence.__contains__, _CASE_ODD)) else sentence.lower()


def cue_absent(pattern: Pattern, text: str | None) -> bool:
    """True when `pattern` cannot match the sentence `text` = cue_text(sentence) is of: none of its cue is in it."""
    if text is None:
        return False
    if isinstance(pattern, LazyPattern):
        literals, more = pattern.literals, pattern.needed
    else:
        literals, more = _cues(pattern.pattern, pattern.flags)
    return literals is not None and (
        not any(map(text.__contains__, literals)) or not all(any(map(text.__contains__, m)) for m in more)
    )


def cued_finditer(pattern: Pattern, sentence: str, cues: str | None) -> Iterator[re.Match[str]]:
    """pattern.finditer(sentence), passed over when the sentence (cues = cue_text(sentence)) lacks its cue."""
    return iter(()) if cue_absent(pattern, cues) else pattern.finditer(sentence)


# ------------------------------------------------------------------------------------------------ cued methods
# A lazy pattern's search, match, fullmatch, finditer and findall test its cue first: a string without any of its
# literals is answered (no match) without running the pattern, and before the first string that has one, without
# compiling it. Once compiled, only a cue of a few literals is tested (a long list costs about what the search does),
# except for a pattern that ignores case: re's fast path for an alternation (skipping an alternative whose first
# literal differs) works on case-sensitive literals only, so an alternation of words in any case costs several times
# what testing its cue does, however long the cue (the per-article instruction count drops by about 3%).
# CUED = False: every pattern always runs.
CUED = True
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


def _cued(
    name: str, literals: tuple[str, ...], method: Callable[..., Any], more: tuple[tuple[str, ...], ...] = ()
) -> Callable[..., Any]:
    """`method` (a pattern's `name`), answering no match at once for a string that lacks every literal (or every
    literal of one of the sets `more`, patterns.needed)."""
    none = _NO_MATCH[name]

    def call(string: str, *args: Any, **kwargs: Any) -> Any:
        text = _lower(string) if type(string) is str else None
        if text is not None and not any(map(text.__contains__, literals)):
            return none()
        return method(string, *args, **kwargs)

    def call_more(string: str, *args: Any, **kwargs: Any) -> Any:
        text = _lower(string) if type(string) is str else None
        if text is not None:
            if not any(map(text.__contains__, literals)):
                return none()
            for other in more:
                if not any(map(text.__contains__, other)):
                    return none()
        return method(string, *args, **kwargs)

    return call_more if more else call


def _gated(lazy_pattern: LazyPattern, literals: tuple[str, ...]) -> dict[str, Callable[..., Any]]:
    """The methods of a pattern not compiled yet: the first string with its cue compiles it (installing _final's)."""

    def compiling(name: str) -> Callable[..., Any]:
        return lambda *args, **kwargs: getattr(lazy_pattern.compiled, name)(*args, **kwargs)

    more = _few(lazy_pattern.needed)
    return {name: _cued(name, literals, compiling(name), more) for name in _CUED_METHODS}


def _final(lazy_pattern: LazyPattern, compiled: re.Pattern[str]) -> dict[str, Callable[..., Any]]:
    literals = lazy_pattern.literals
    if literals is None or (len(literals) > _MAX_LITERALS and not compiled.flags & re.IGNORECASE):
        return {name: getattr(compiled, name) for name in _CUED_METHODS}
    more = _few(lazy_pattern.needed)
    return {name: _cued(name, literals, getattr(compiled, name), more) for name in _CUED_METHODS}


def _few(more: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The sets of a pattern's needed literals worth testing before it runs: a long set costs what the run does."""
    return tuple(m for m in more if len(m) <= _MAX_LITERALS)
