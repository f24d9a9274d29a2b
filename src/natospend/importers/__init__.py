"""One importer per upstream format. Each is pure: `parse(path, release) -> ParseResult`, no network, no writes."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from natospend.errors import UnknownValueError
from natospend.manifest import Release
from natospend.models import ParseResult

Importer = Callable[[Path, Release], ParseResult]

#: importer name (as used in meta/sources.toml) -> module holding its `parse` function
IMPORTERS: dict[str, str] = {
    "nato_workbook": "natospend.importers.nato_workbook",
    "nato_2019": "natospend.importers.nato_2019",
    "nato_user_extract": "natospend.importers.nato_user_extract",
    "nato_transcribed": "natospend.importers.nato_transcribed",
    "sipri": "natospend.importers.sipri",
    "imf": "natospend.importers.imf",
    "worldbank": "natospend.importers.worldbank",
    "iiss": "natospend.importers.iiss",
}


def get_importer(name: str) -> Importer:
    if name not in IMPORTERS:
        raise UnknownValueError("importer", name, IMPORTERS)
    module = importlib.import_module(IMPORTERS[name])
    parse: Importer = module.parse
    return parse
