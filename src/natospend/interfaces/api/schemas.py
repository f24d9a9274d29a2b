"""Wire models: what the API sends, as documented in the OpenAPI schema.

Every table comes in the same envelope: {"ok": true, "meta": {...source and release...}, "count", "total",
"columns", "data": [rows]}. Rows of the core tables are typed; tables whose columns belong to other modules
(status, paths, burden...) are sent as plain objects and their columns listed in `columns`.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field


class Format(StrEnum):
    """Download formats; without `format` a table comes as the JSON envelope."""

    csv = "csv"
    json = "json"
    xlsx = "xlsx"
    parquet = "parquet"


class ErrorItem(BaseModel):
    parameter: str | None = Field(None, description="The parameter (or field) at fault, when there is one.")
    message: str
    value: str | None = None
    suggestions: list[str] | None = Field(None, description="Closest valid values, best first.")


class ErrorBody(BaseModel):
    ok: Literal[False] = False
    error: str = Field(description="What went wrong, naming the parameter.")
    errors: list[ErrorItem]
    status: int


class Meta(BaseModel):
    """Where a table's figures come from."""

    title: str
    source: str = Field(description="Publisher(s) of the figures, e.g. 'NATO'.")
    releases: list[str] = Field(default_factory=list, description="Release ids the figures were read from.")
    as_of: str | None = Field(None, description="Only releases published on or before this date were used.")
    notes: list[str] = Field(default_factory=list)
    assumptions: dict[str, Any] | None = Field(None, description="What a computed table rests on.")
    query: dict[str, Any] = Field(default_factory=dict, description="The parameters as understood.")
    citations: list[str] = Field(default_factory=list, description="A ready citation line per release used.")


RowT = TypeVar("RowT", bound=BaseModel | dict[str, Any])


class Table(BaseModel, Generic[RowT]):
    ok: Literal[True] = True
    meta: Meta
    count: int = Field(description="Rows in this response.")
    total: int = Field(description="Rows matching the query (more than count when limit/offset cut it).")
    columns: list[str]
    data: list[RowT]


class CountryRow(BaseModel):
    code: str
    name: str
    kind: str = Field(description="ally or aggregate")
    nato_accession: str
    currency: str
    fiscal_year_start_month: str
    fiscal_year_label: str
    has_armed_forces: str
    aliases: str


class ReleaseRow(BaseModel):
    release_id: str
    source: str
    publisher: str
    title: str
    release_date: date
    coverage: str
    completeness: str
    provenance: str  # official_file, official_text, third_party_copy or press_report
    provenance_url: str = ""
    price_base_year: str | None = None
    cutoff_date: str | None = None
    url: str
    files: str
    observations: str | None = None
    notes: str


class IndicatorRow(BaseModel):
    code: str
    name: str
    unit: str
    price_basis: str
    definition: str
    sources: str


class ObservationRow(BaseModel):
    source: str
    release_id: str
    country: str
    year: int
    indicator: str
    value: float | None
    unit: str
    price_basis: str
    base_year: int | None
    status: str = Field(description="actual or estimate")
    flags: str
    decimals: int | None = Field(description="Decimals as printed by the source.")
    origin_file: str
    origin_table: str
    origin_cell: str
    origin: str = Field(
        description="Where the figure was read, saying what the place is: 'TABLE3 N32' (a cell of the workbook) or "
        "'line 3604 of nato_def-exp-2026_2014-2026.csv (a transcription of Table 3)'."
    )
    citation: str
    release_date: date
    provenance: str = Field(description="official_file, official_text, third_party_copy or press_report.")
    caveats: str = Field(description="What weakens the figure: estimate, conflicting_sources, precision_inferred...")


class RevisionRow(ObservationRow):
    change: float | None = Field(description="Change from the previous release holding the figure.")


class SqlRequest(BaseModel):
    query: str = Field(description="One SELECT (or WITH ... SELECT) statement.", max_length=20_000)


class ClaimRequest(BaseModel):
    text: str = Field(description="A sentence or a whole article (plain text or HTML).", max_length=2_000_000)
    as_of: date | None = Field(None, description="When the text was published; claims are judged as of then.")


class RecheckRequest(BaseModel):
    saved: list[dict[str, Any]] | dict[str, Any] = Field(
        description="The JSON of an earlier `natospend check --json` (or POST /claims), or ClaimReview JSON-LD."
    )
    release: str | None = Field(None, max_length=64, description="Judge against this release, e.g. nato-2026-07.")
    as_of: date | None = Field(None, description="Judge against what had been published by this date.")


class ChangesBody(BaseModel):
    """A diff or a recheck: `changed` says whether anything did; the rest is the computation's own JSON."""

    ok: Literal[True] = True
    meta: Meta
    changed: bool
    result: dict[str, Any]


class Health(BaseModel):
    ok: Literal[True] = True
    version: str
