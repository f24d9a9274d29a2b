"""Patterns compiled on first use (claims/patterns.py): they behave as compiled patterns, and every one compiles.

A lazy pattern with a syntax error would fail only when a sentence first reaches it, so this test compiles every
pattern the claim modules define at import."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest

import natospend.claims
from natospend.claims.patterns import LazyPattern, first_letter, lazy


def _module_patterns() -> Iterator[tuple[str, LazyPattern]]:
    def inside(value: Any, depth: int = 0) -> Iterator[LazyPattern]:
        if isinstance(value, LazyPattern):
            yield value
        elif depth < 3 and isinstance(value, (list, tuple, dict)):
            for item in value.values() if isinstance(value, dict) else value:
                yield from inside(item, depth + 1)

    for info in pkgutil.walk_packages(natospend.claims.__path__, "natospend.claims."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for pattern in inside(value):
                yield f"{info.name}.{name}", pattern


def test_every_pattern_defined_at_import_compiles() -> None:
    found = list(_module_patterns())
    assert len(found) > 250  # the extractor's module-level patterns (315 when this test was written)
    broken = []
    for where, pattern in found:
        try:
            # its own text, or with a lookahead for its first letter (patterns.first_letter)
            assert pattern.compiled.pattern == first_letter(pattern.pattern, pattern.flags)
        except re.error as exc:
            broken.append(f"{where}: {exc}")
    assert not broken


def test_a_lazy_pattern_is_not_compiled_until_used() -> None:
    pattern = lazy(r"(?P<share>\d+(?:\.\d+)?)\s?%", re.I)
    assert "_compiled" not in vars(pattern)
    assert pattern.pattern == r"(?P<share>\d+(?:\.\d+)?)\s?%" and pattern.flags == re.I  # no compile needed
    built = lazy(rf"Poland\s+{pattern.pattern}")  # patterns are built from one another's text
    assert "_compiled" not in vars(pattern)
    m = built.search("Poland 4.12% of GDP")
    assert m is not None and m.group("share") == "4.12"
    assert "_compiled" in vars(built) and "_compiled" not in vars(pattern)


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "Poland 4.12%, Estonia 3.43% and Lithuania 2.85% of GDP in 2024"
    source, flags = r"(?P<ally>[A-Z]\w+)\s+(?P<share>\d\.\d+)%", re.I
    eager, deferred = re.compile(source, flags), lazy(source, flags)
    first = deferred.search(text)  # the first use compiles
    assert first is not None and first.group("ally") == "Poland"
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert deferred.findall(text) == eager.findall(text)
    assert deferred.sub(r"\g<ally>=\g<share>", text) == eager.sub(r"\g<ally>=\g<share>", text)
    assert deferred.split(text) == eager.split(text)
    assert deferred.match(text, 15) is not None and deferred.fullmatch("Poland 4.12%") is not None
    assert deferred.groupindex == dict(eager.groupindex)
    # After the first use the methods are the compiled pattern's own (search and the like test its cue first).
    assert deferred.sub.__self__ is deferred.compiled  # type: ignore[attr-defined]


def test_a_bad_pattern_fails_on_first_use_with_re_error() -> None:
    broken = lazy(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("text")
    with pytest.raises(AttributeError):
        broken.no_such_method  # noqa: B018
