"""`natospend diff` (what changed between two releases) and `natospend recheck` (saved claims judged again).

Both exit 0 when nothing changed and 1 when something did, so a newsroom can run them after each release; errors
exit 2.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

import natospend
from natospend.errors import InvalidArgumentError
from natospend.interfaces.cli.common import (
    console,
    errors_to_exit,
    fitted_table,
    print_citations,
    print_json,
    print_table,
)

if TYPE_CHECKING:  # imported in the commands: pandas and the claim checker are slow to import
    from natospend.analysis.diff import Figure, ReleaseDiff, Revision

TOP = 10


def _grade(grade: str | None) -> str:
    return f", provenance {grade}" if grade else ""


def _where(fig: Figure, wide: bool) -> str:
    """The figure's origin (store/provenance.origin_text); on 80 columns without the file, named under the table."""
    from natospend.store.provenance import origin_text

    return fig.origin if wide else origin_text(fig.origin_file, fig.origin_table, fig.origin_cell, short=True)


#: A workbook: its cells are named by sheet and cell, so the file needs no note.
_XL = re.compile(r"\.xlsx?$")


def _print_diff(d: ReleaseDiff, top: int) -> None:
    import pandas as pd  # loaded already by the diff

    wide = console.width >= 140

    for tag, side in (("from", d.a), ("to", d.b)):
        what = f"{side.release_date}, {side.completeness}{_grade(side.provenance)}"
        console.print(f"[bold]{tag}[/bold] {side.release_id} ({what}): {escape(side.title)}", highlight=False)
    left_out = sum(d.not_compared.values())
    console.print(
        f"{d.compared:,} figures in both releases compared on printed values, {len(d.revisions):,} revised"
        + (f"; {left_out:,} at constant prices of another base year not compared" if left_out else ""),
        highlight=False,
    )
    if d.definitions:
        console.print("\n[bold]Definitions and price bases declared[/bold]")
        for declared in d.definitions:
            console.print(f"- {escape(declared.text)}", highlight=False)
    if d.counts:
        console.print("\n[bold]Allies at each threshold[/bold]")
        for n in d.counts:
            console.print(f"- {escape(n.text)}", highlight=False)
    indicators = list(dict.fromkeys(r.indicator for r in d.revisions))
    for code in indicators:
        rows = [r for r in d.revisions if r.indicator == code]
        # fitted_table: a column is never narrower than its longest word (NATO_EUROPE_CANADA stays whole).
        shown = pd.DataFrame(
            [
                (r.country, str(r.year), r.before.shown, r.after.shown, f"{r.change:+,.{_places(r)}f}",
                 f"{_where(r.before, wide)} -> {_where(r.after, wide)}")
                for r in rows[:top]
            ],
            columns=["ally", "year", "before", "after", "change", "cells"],
        )  # fmt: skip
        title = f"{code}: {len(rows):,} revised (largest {min(top, len(rows))})"
        print_table(fitted_table(shown, title, right=("year", "before", "after", "change")))
        files = {(d.a.release_id, r.before.origin_file) for r in rows[:top]} | {
            (d.b.release_id, r.after.origin_file) for r in rows[:top]
        }
        named = sorted(f"{rid}: {name}" for rid, name in files if name and not _XL.search(name))
        if not wide and named:
            console.print("Files: " + "; ".join(named) + ".", highlight=False, markup=False)
    if d.ranks:
        year = max(r.year for r in d.ranks)
        moved = [r for r in d.ranks if r.year == year]
        console.print(f"\n[bold]Rank by share of GDP, {year}[/bold] ({len(d.ranks)} moves over all years)")
        for m in moved:
            console.print(
                f"- {m.country_name}: {m.before} -> {m.after} ({m.before_shown} -> {m.after_shown})", highlight=False
            )
    if d.coverage:
        console.print("\n[bold]Added or dropped[/bold]")
        for c in d.coverage:
            console.print(f"- {escape(c.text)}", highlight=False)
    if not d.changed:
        console.print("Nothing changed.")


def _places(r: Revision) -> int:
    return r.before.decimals if r.before.decimals is not None else 2


def diff(
    release_a: str = typer.Argument(None, help="Older release, e.g. nato-2024-06; default the two newest complete."),
    release_b: str = typer.Argument(None, help="Newer release of the same publisher, e.g. nato-2026-07."),
    json: bool = typer.Option(False, "--json", help="Print everything as JSON."),
    csv: bool = typer.Option(False, "--csv", help="Print the revised figures as CSV (one row per figure)."),
    top: int = typer.Option(TOP, "--top", min=1, help="Revised figures shown per indicator in the table."),
) -> None:
    """What changed between two releases of one publisher: revised figures (largest first, with the cell on each
    side), allies crossing 2%, 3.5% and 20% on equipment, ranks, coverage, definitions and price bases."""
    from natospend.analysis.diff import diff_releases

    with errors_to_exit(2):
        if json and csv:
            raise InvalidArgumentError("--csv", "give either --json or --csv")
        d = diff_releases(natospend.load(), release_a, release_b)
    if json:
        print_json(d.to_dict())
    elif csv:
        typer.echo(d.revisions_frame().to_csv(index=False), nl=False)
    else:
        _print_diff(d, top)
        ds = natospend.load()
        print_citations(ds.citation(r) for r in (d.a.release_id, d.b.release_id))
    raise typer.Exit(1 if d.changed else 0)


def recheck(
    saved: Path = typer.Argument(..., help="JSON of an earlier `natospend check --json`, ClaimReview, or a folder."),
    release: str = typer.Option(None, "--release", "-r", help="Judge against this release, e.g. nato-2026-07."),
    as_of: str = typer.Option(None, "--as-of", help="Judge against what had been published by this date."),
    json: bool = typer.Option(False, "--json", help="Print JSON: each claim with `before` and `after`."),
) -> None:
    """Claims checked earlier, judged again against newer data: verdict and figure before and after, changed first."""
    from natospend.claims.recheck import recheck as recheck_claims

    with errors_to_exit(2):
        report = recheck_claims(natospend.load(), saved, release, as_of, name=str(saved))
    if json:
        print_json(report.to_dict())
    else:
        n = sum(r.changed for r in report.results)
        console.print(f"{len(report.results)} claims judged again against {report.against}: {n} changed.")
        for i, r in enumerate(report.results, start=1):
            mark = "[yellow]changed[/yellow]" if r.changed else "[green]unchanged[/green]"
            console.print(f"[bold]{i}. {mark}[/bold] {escape(r.text)}", highlight=False)
            console.print(f"   {escape(r.summary)}", highlight=False)
    raise typer.Exit(1 if report.changed else 0)


def register(app: typer.Typer) -> None:
    app.command("diff")(diff)
    app.command("recheck")(recheck)
