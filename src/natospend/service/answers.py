"""The answers a command needs at once, without pandas: the status table and claim checks, over the store's read
model (store/quick.py `store()`: the compact form where it can answer, else the Dataset).

The long-running interfaces (HTTP API, dashboard) ask `Questions` (questions.py), which memoises the same answers
over the Dataset (typed answers from results.py; the status table still as a DataFrame): both call the same analysis
(compliance.status_rows, claims.check_text).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from natospend.store import quick
from natospend.store.readmodel import DateArg, Store

if TYPE_CHECKING:
    from natospend.analysis import compliance
    from natospend.claims import ClaimResult

#: The columns a pledge's evaluation adds to the status table (`status(..., pledge=...)`).
PLEDGE_COLUMNS = ("pledge_id", "pledge_value", "pledge_decimals", "pledge_status", "pledge_margin_pp", "pledge_note")


def store() -> Store:
    """The store a command reads: the compact form where it can answer (no pandas), else the Dataset."""
    return quick.store()


def status(
    ds: Store, year: int | None, release: str | None, as_of: DateArg, pledge: str | None = None
) -> compliance.StatusTable:
    """Every member on one row (compliance.status_rows); with `pledge`, each ally's evaluation of that pledge in
    the table's year and release beside it (PLEDGE_COLUMNS, empty for an ally the pledge does not bind)."""
    from natospend.analysis import compliance  # and the pledge register: not for `check`

    table = compliance.status_rows(ds, year, release, as_of)
    if not pledge:
        return table
    evaluated = {
        r["country"]: r for r in compliance.evaluation_rows(ds, pledge, year=table.year, release=table.release_id)
    }
    rows = []
    for row in table.rows:
        ev: dict[str, Any] = evaluated.get(row["country"], {})
        extra = {"pledge_id": pledge} | {f"pledge_{k}": ev.get(k) for k in ("value", "decimals", "status",
                                                                            "margin_pp", "note")}  # fmt: skip
        rows.append(row | extra)
    return compliance.StatusTable(
        rows, table.release_id, table.year, table.two_pct_pledge, table.coverage, table.revision, table.citation
    )


def check_claims(ds: Store, text: str | bytes, as_of: date | str | None) -> list[ClaimResult]:
    """Every checkable statement in `text` with its verdict and evidence (claims.check_text)."""
    from natospend.claims import check_text  # its patterns take a while to compile: not for `status`

    return check_text(ds, text, as_of)
