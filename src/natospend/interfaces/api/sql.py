"""Read-only SQL over the curated dataset, for analysts (DuckDB, in memory).

Defences, each enough on its own for its threat:
- the tables are copied into an in-memory database, then external access (files, network, extensions) is switched
  off and the configuration locked, so no statement can read a file, ATTACH or turn the switches back on;
- only one statement, and only of type SELECT (DuckDB's own parser decides), so nothing can write, COPY, ATTACH,
  INSTALL, LOAD, PRAGMA or SET; file-reading table functions are refused by name for a clear message;
- a time limit (a timer thread calls `interrupt()`), a row limit, a memory limit and one thread per query.
"""

from __future__ import annotations

import atexit
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd

from natospend.interfaces.api.errors import ApiError

ALLOWED = {duckdb.StatementType.SELECT}

#: Table functions that read files or the network (refused even though external access is off).
FILE_FUNCTIONS = re.compile(
    r"\b(read_\w+|\w+_scan|glob|sniff_csv|parquet_\w+|iceberg_\w+|delta_\w+|query|query_table|"
    r"load_\w+|install_\w+|duckdb_extensions)\s*\(",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Limits:
    seconds: float = 5.0
    rows: int = 10_000
    memory: str = "512MB"
    concurrent: int = 2


@dataclass(frozen=True)
class Result:
    frame: pd.DataFrame
    tables: list[str]


class SqlEngine:
    """Runs one read-only SELECT at a time per cursor against tables loaded once, lazily."""

    def __init__(self, load: Callable[[], dict[str, pd.DataFrame]], limits: Limits | None = None) -> None:
        self._load = load
        self.limits = limits or Limits()
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.limits.concurrent)
        self.schema: dict[str, list[tuple[str, str]]] = {}

    def _connection(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            if self._conn is None:
                config: dict[str, str | bool | int | float | list[str]] = {
                    "threads": 1,
                    "memory_limit": self.limits.memory,
                    "temp_directory": "",
                    "autoinstall_known_extensions": False,
                    "autoload_known_extensions": False,
                }
                conn = duckdb.connect(":memory:", config=config)
                for name, frame in self._load().items():
                    conn.register("_incoming", frame)
                    conn.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _incoming')
                    conn.unregister("_incoming")
                    cols = conn.execute(f'DESCRIBE "{name}"').fetchall()
                    self.schema[name] = [(str(c[0]), str(c[1])) for c in cols]
                conn.execute("SET python_enable_replacements = false")  # no scanning of Python variables
                conn.execute("SET enable_external_access = false")
                conn.execute("SET lock_configuration = true")
                self._conn = conn
                atexit.register(self.close)  # closed before interpreter shutdown, which DuckDB's bindings need
            return self._conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def tables(self) -> dict[str, list[tuple[str, str]]]:
        self._connection()
        return self.schema

    def check(self, query: str) -> None:
        """Refuse anything but one SELECT, naming what was refused."""
        if not query.strip():
            raise ApiError(422, "query: empty; give one SELECT statement", "query")
        statements, problem = _parse(query)
        if problem is not None:
            raise problem
        if len(statements) != 1:
            raise ApiError(403, f"query: one statement at a time (got {len(statements)})", "query")
        kind = statements[0].type
        if kind not in ALLOWED:
            name = str(kind).rsplit(".", 1)[-1]
            raise ApiError(403, f"query: only SELECT is allowed, not {name} (read-only endpoint)", "query")
        hit = FILE_FUNCTIONS.search(query)
        if hit:
            raise ApiError(403, f"query: {hit.group(1)}() is not allowed (no file or network access)", "query")

    def run(self, query: str) -> Result:
        self.check(query)
        conn = self._connection()
        if not self._slots.acquire(timeout=self.limits.seconds):
            raise ApiError(429, "query: the SQL endpoint is busy with other queries; try again shortly", "query")
        try:
            columns, rows, problem = self._execute(conn, query)
        finally:
            self._slots.release()
        if problem is not None:  # raised here, outside the except block, so no DuckDB exception stays referenced
            raise problem
        if len(rows) > self.limits.rows:
            raise ApiError(
                422, f"query: more than the row limit ({self.limits.rows:,} rows); add LIMIT or aggregate", "query"
            )
        frame = pd.DataFrame.from_records(rows, columns=_unique(columns))
        return Result(frame=frame, tables=sorted(self.schema))

    def _execute(
        self, conn: duckdb.DuckDBPyConnection, query: str
    ) -> tuple[list[str], list[tuple[object, ...]], ApiError | None]:
        """Columns and up to rows+1 rows, or the error to report; a timer interrupts the query at the time limit."""
        cursor = conn.cursor()
        timer = threading.Timer(self.limits.seconds, cursor.interrupt)
        timer.start()
        columns: list[str] = []
        rows: list[tuple[object, ...]] = []
        problem: ApiError | None = None
        try:
            cursor.execute(query)
            columns = [str(d[0]) for d in cursor.description or []]
            rows = cursor.fetchmany(self.limits.rows + 1)
        except duckdb.InterruptException:
            message = f"query: stopped at the time limit ({self.limits.seconds:g} s); narrow it down"
            problem = ApiError(422, message, "query")
        except duckdb.OutOfMemoryException:
            problem = ApiError(422, f"query: stopped at the memory limit ({self.limits.memory})", "query")
        except duckdb.Error as exc:
            problem = ApiError(400, f"query: {_first_line(exc)}", "query")
        finally:
            timer.cancel()
            cursor.close()
        return columns, rows, problem


def _parse(query: str) -> tuple[list[duckdb.Statement], ApiError | None]:
    """DuckDB's own parse of the query (its error is turned into ours here, so no DuckDB exception outlives it)."""
    try:
        return list(duckdb.extract_statements(query)), None
    except duckdb.Error as exc:
        return [], ApiError(400, f"query: {_first_line(exc)}", "query")


def _first_line(exc: Exception) -> str:
    return " ".join(str(exc).strip().splitlines()[:1])[:500]


def _unique(columns: list[str]) -> list[str]:
    """Column names made unique (SELECT a.x, b.x gives two 'x'), as every download format needs."""
    seen: dict[str, int] = {}
    out = []
    for col in columns:
        seen[col] = seen.get(col, 0) + 1
        out.append(col if seen[col] == 1 else f"{col}_{seen[col]}")
    return out
