"""Typed errors. Core code raises these; the CLI prints `Error: ...` and the API maps them to 4xx."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path


class NatoSpendError(Exception):
    """Base class for every error natospend raises on purpose."""


def closest(value: str, valid: Iterable[str], n: int = 3, cutoff: float = 0.5) -> list[str]:
    """The valid values closest to `value`, case-insensitively, best first.

    Whole numbers (years) are matched by distance, not spelling: 1800 suggests 1949, not 1980. An empty value has
    no close match (every option would "contain" it), so the caller lists the valid values instead.
    """
    options = list(dict.fromkeys(str(v) for v in valid))
    if not str(value).strip():
        return []
    if _is_int(value) and options and all(_is_int(o) for o in options):
        target = int(str(value).strip())
        return sorted(options, key=lambda o: (abs(int(o) - target), -int(o)))[:n]
    lowered = {o.lower(): o for o in options}
    hits = difflib.get_close_matches(str(value).lower(), list(lowered), n=n, cutoff=cutoff)
    if not hits:
        hits = [k for k in lowered if str(value).lower() in k][:n]
    return [lowered[h] for h in hits]


def _is_int(value: object) -> bool:
    text = str(value).strip()
    return text.lstrip("-").isdigit()


def _similarity(a: object, b: str) -> float:
    return difflib.SequenceMatcher(None, str(a).lower(), b.lower()).ratio()


class UnknownValueError(NatoSpendError, LookupError):
    """A country, indicator, year, source, release or pledge that natospend does not know."""

    def __init__(
        self, kind: str, value: object, valid: Iterable[object], note: str = "", also: Iterable[object] = ()
    ) -> None:
        """`valid` is what the message lists; `also` holds other spellings (aliases), suggested first only when one
        of them is closer than every valid value ('Britian' -> 'Britain')."""
        self.kind = kind
        self.value = value
        self.valid = [str(v) for v in valid]
        # 0.7: close spellings ("Polnad", "share_gpd"), not loose likenesses ("Narnia" is not "Romania")
        self.suggestions = closest(str(value), self.valid, cutoff=0.7)
        alias = closest(str(value), [str(v) for v in also], n=1)
        close = alias and _similarity(value, alias[0]) >= 0.75  # a near-miss of an alias, not a loose likeness
        if close and (not self.suggestions or _similarity(value, alias[0]) > _similarity(value, self.suggestions[0])):
            self.suggestions = [alias[0], *self.suggestions[:2]]
        numeric = isinstance(value, int) and not isinstance(value, bool)
        message = f"unknown {kind} {value!r}"
        if self.suggestions:
            hints = (s if numeric else repr(s) for s in self.suggestions)  # years unquoted: "did you mean 2024?"
            message += f"; did you mean {', '.join(hints)}?"
        elif self.valid:
            shown = ", ".join(self.valid[:12]) + (", ..." if len(self.valid) > 12 else "")
            message += f"; valid values: {shown}"
        if note:
            message += f" ({note})"
        super().__init__(message)


class InvalidArgumentError(NatoSpendError, ValueError):
    """A parameter value that is out of range or inconsistent with another one."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        super().__init__(f"{name}: {problem}")


class InputFileError(NatoSpendError):
    """An input file that cannot be read as expected. Names the file and the place in it."""

    def __init__(self, file: str | Path, location: str, problem: str) -> None:
        self.file = str(file)
        self.location = location
        self.problem = problem
        where = f"{self.file}, {location}" if location else self.file
        super().__init__(f"{where}: {problem}")


class SchemaChangedError(InputFileError):
    """An upstream layout no longer matches what the importer expects (moved header, renamed sheet...)."""


class ChecksumMismatchError(InputFileError):
    """An upstream file whose bytes differ from the ones recorded in the sources manifest."""


class MissingUpstreamError(NatoSpendError, FileNotFoundError):
    """An upstream release file that is needed but not present."""


class BuildInProgressError(NatoSpendError):
    """Another `natospend data build` is writing the same dataset folder."""

    def __init__(self, out: Path, holder: str) -> None:
        super().__init__(
            f"another `natospend data build` ({holder or 'process unknown'}) is writing {out}; "
            "wait for it to finish, then run this build again"
        )
