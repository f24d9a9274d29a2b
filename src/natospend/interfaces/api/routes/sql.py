"""Read-only SQL over the curated dataset (see natospend.interfaces.api.sql for what is refused and why)."""

from __future__ import annotations

from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, table_response
from natospend.interfaces.api.params import FormatParam, TablesDep
from natospend.interfaces.api.schemas import SqlRequest, Table
from natospend.interfaces.api.sql import SqlEngine

router = APIRouter(prefix="/sql", tags=["sql"])

QUERY_DOC = (
    "One SELECT over the tables observations (every release), latest (newest figure per source, country, "
    "indicator, year), releases, countries, indicators, checks. Read-only; time and row limits apply."
)


def _engine(request: Request) -> SqlEngine:
    engine: SqlEngine = request.app.state.sql
    return engine


def _answer(request: Request, tables: TablesDep, query: str, fmt: Any) -> Response:
    result = _engine(request).run(query)
    frame = result.frame
    releases = frame["release_id"].dropna().astype(str).unique() if "release_id" in frame.columns else []
    limits = _engine(request).limits
    notes = [f"time limit {limits.seconds:g} s, row limit {limits.rows:,} rows"]
    meta = tables.meta("SQL query", releases, query={"query": query}, notes=notes)
    return table_response(frame, meta, fmt, "sql")


@router.get(
    "",
    summary="Run one read-only SELECT (in the address)",
    response_model=Table[dict[str, Any]],
    responses=TABLE_RESPONSES,
)
def sql_get(
    request: Request,
    tables: TablesDep,
    query: Annotated[str, Query(max_length=20_000, description=QUERY_DOC)],
    fmt: FormatParam = None,
) -> Response:
    """Run one read-only SELECT (query in the URL)."""
    return _answer(request, tables, query, fmt)


@router.post(
    "", summary="Run one read-only SELECT (JSON body)", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES
)
def sql_post(request: Request, tables: TablesDep, body: SqlRequest, fmt: FormatParam = None) -> Response:
    """Run one read-only SELECT (query in a JSON body: {"query": "..."})."""
    return _answer(request, tables, body.query, fmt)


@router.get(
    "/tables", summary="Tables and columns for SQL", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES
)
def sql_tables(request: Request, tables: TablesDep, fmt: FormatParam = None) -> Response:
    """The tables and columns the SQL endpoint can query."""
    schema = _engine(request).tables()
    frame = pd.DataFrame(
        [(table, column, kind) for table, cols in schema.items() for column, kind in cols],
        columns=["table", "column", "type"],
    )
    return table_response(frame, tables.meta("SQL tables"), fmt, "sql-tables")
