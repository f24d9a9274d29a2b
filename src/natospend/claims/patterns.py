"""Regular expressions compiled on first use.

The extractor defines a few hundred patterns at module level; compiling them all at import cost more than the rest
of `natospend check` on one sentence, which uses fewer than half. `lazy(pattern, flags)` stands where
`re.compile(pattern, flags)` stood: its `pattern` and `flags` are there at once (patterns are built from one another's
`.pattern`), and the first use of a method compiles it and keeps the compiled pattern's own bound methods on the
instance, so every later call costs what a call on the compiled pattern costs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
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
