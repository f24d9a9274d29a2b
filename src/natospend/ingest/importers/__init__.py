"""One importer per upstream format. Each is pure: `parse(path, release) -> ParseResult`, no network, no writes."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from natospend.errors import UnknownValueError
from natospend.models import ParseResult
from natospend.reference.manifest import Release

Importer = Callable[[Path, Release], ParseResult]

#: importer name (as used in meta/sources.toml) -> module holding its `parse` function
IMPORTERS: dict[str, str] = {
    "nato_workbook": "natospend.ingest.importers.nato_workbook",
    "nato_2019": "natospend.ingest.importers.nato_2019",
    "nato_user_extract": "natospend.ingest.importers.nato_user_extract",
    "nato_transcribed": "natospend.ingest.importers.nato_transcribed",
    "sipri": "natospend.ingest.importers.sipri",
    "imf": "natospend.ingest.importers.imf",
    "worldbank": "natospend.ingest.importers.worldbank",
    "iiss": "natospend.ingest.importers.iiss",
}


def get_importer(name: str) -> Importer:
    if name not in IMPORTERS:
        raise UnknownValueError("importer", name, IMPORTERS)
    module = importlib.import_module(IMPORTERS[name])
    parse: Importer = module.parse
    return parse
