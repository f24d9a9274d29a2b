"""The source registry (meta/publishers.toml): publisher, labels, order, colour, licence, default provenance grade
and edition naming of every source, read by everything that names a source."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from natospend.errors import InputFileError, UnknownValueError
from natospend.paths import META_DIR
from natospend.reference.manifest import PROVENANCE_GRADES

REGISTRY = META_DIR / "publishers.toml"
_FIELDS = ("publisher", "name", "label", "measure", "order", "colour", "licence", "provenance")
#: The colour of a source the registry does not know (a user's own import).
OTHER_COLOUR = "#777777"


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    publisher: str
    name: str
    label: str
    measure: str
    order: int
    colour: str
    licence: str
    provenance: str
    edition: str = ""
    edition_pattern: str = ""

    def edition_of(self, table: str) -> str:
        """The edition a figure comes from, from its origin table ('Y2017' -> 'The Military Balance 2017'); ''."""
        if not self.edition_pattern:
            return ""
        m = re.search(self.edition_pattern, table)
        return self.edition.format(year=m.group(1)) if m else ""


@cache
def load(path: Path = REGISTRY) -> dict[str, Source]:
    """Every source in registry order; a malformed entry names the source and the field."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputFileError(path, "", f"not valid TOML: {exc}") from None
    out = {}
    for sid, entry in raw.get("source", {}).items():
        for name in _FIELDS:
            if name not in entry:
                raise InputFileError(path, f"[source.{sid}]", f"missing field {name!r}")
        if entry["provenance"] not in PROVENANCE_GRADES:
            raise UnknownValueError("provenance", entry["provenance"], PROVENANCE_GRADES, note=f"[source.{sid}]")
        out[sid] = Source(id=sid, **{k: entry[k] for k in entry})
    return dict(sorted(out.items(), key=lambda kv: kv[1].order))


def get(source: str) -> Source:
    registry = load()
    if source not in registry:
        raise UnknownValueError("source", source, list(registry))
    return registry[source]


def publisher(source: str) -> str:
    """'NATO', 'SIPRI', 'World Bank' (the id itself for a source the registry does not know)."""
    s = load().get(source)
    return s.publisher if s else source


def order(source: str) -> int:
    s = load().get(source)
    return s.order if s else 99


def colour(source: str) -> str:
    s = load().get(source)
    return s.colour if s else OTHER_COLOUR


def colours() -> dict[str, str]:
    return {sid: s.colour for sid, s in load().items()}


def measure(source: str) -> str:
    s = load().get(source)
    return s.measure if s else source


def label(source: str) -> str:
    s = load().get(source)
    return s.label if s else source


def edition(source: str, table: str) -> str:
    s = load().get(source)
    return s.edition_of(table) if s else ""
