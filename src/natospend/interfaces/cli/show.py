"""`natospend show`: the observations for one ally (or aggregate), with where each figure came from."""

from __future__ import annotations

from typing import Any

import typer

import natospend
from natospend.formatting import published
from natospend.interfaces.cli.common import frame_records, handled, print_json, print_rows
from natospend.paths import DATA_DIR, user_dir
from natospend.reference import countries
from natospend.store import compact

_COLUMNS = ["source", "indicator", "year", "shown", "est", "unit", "release_id", "origin", "flags"]


@handled
def show(
    country: str = typer.Argument(..., help="Ally or aggregate by code or any name (POL, Poland, Britain, NATO)."),
    indicator: list[str] = typer.Option(None, "--indicator", "-i", help="Indicator code(s); default all."),
    year: list[int] = typer.Option(None, "--year", "-y", help="Data year(s); default all."),
    source: str = typer.Option(None, help="nato, sipri, worldbank, imf or iiss; default all."),
    release: str = typer.Option(None, help="One release, e.g. nato-2024-06."),
    as_of: str = typer.Option(None, "--as-of", help="What had been published on this date (YYYY-MM-DD)."),
    json: bool = typer.Option(False, "--json", help="Print JSON with every provenance column."),
) -> None:
    """Figures for one ally, newest release by default, each with its source, release and cell of origin."""
    # The compact form answers without pandas (fast start); the Dataset answers the rest and raises the errors.
    records = compact.answer(
        DATA_DIR, [user_dir() / "observations"], country, indicator or None, year or None, source, release, as_of
    )
    if records is None:
        frame = natospend.load().observations(
            country, indicator or None, year or None, source=source, release=release, as_of=as_of
        )
        records = frame_records(frame)
    if json:
        print_json(records)
        return
    rows: list[list[Any]] = [
        [
            r["source"],
            r["indicator"],
            r["year"],
            published(r["value"], r["decimals"]),
            "e" if r["status"] == "estimate" else "",
            r["unit"],
            r["release_id"],
            f"{r['origin_table']} {r['origin_cell']}",
            r["flags"],
        ]
        for r in records
    ]
    name = countries.get(country).name
    scope = release or (f"as of {as_of}" if as_of else "newest release holding each figure")
    print_rows(
        rows,
        _COLUMNS,
        {"year"},
        title=f"{name}: {len(rows)} figures ({scope})",
        caption="e = estimate in that release. Values shown with the decimals the source published.",
    )


def register(app: typer.Typer) -> None:
    app.command("show")(show)
