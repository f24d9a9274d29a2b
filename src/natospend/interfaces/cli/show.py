"""`natospend show`: the observations for one ally (or aggregate), with where each figure came from."""

from __future__ import annotations

import pandas as pd
import typer

import natospend
from natospend.formatting import published
from natospend.interfaces.cli.common import frame_records, handled, print_frame, print_json
from natospend.reference import countries


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
    ds = natospend.load()
    frame = ds.observations(country, indicator or None, year or None, source=source, release=release, as_of=as_of)
    frame = ds.first_published(frame)
    if json:
        print_json(frame_records(frame))
        return
    frame = frame.assign(
        shown=[published(v, d) for v, d in zip(frame["value"], frame["decimals"], strict=True)],
        est=["e" if s == "estimate" else "" for s in frame["status"]],
        origin=frame["origin_table"] + " " + frame["origin_cell"],
        first=[
            "" if pd.isna(r) or r == now else f"{published(v, d)} {r}"
            for v, d, r, now in zip(
                frame["first_value"],
                frame["first_decimals"],
                frame["first_release_id"],
                frame["release_id"],
                strict=True,
            )
        ],
    )
    name = countries.get(country).name
    scope = release or (f"as of {as_of}" if as_of else "newest release holding each figure")
    print_frame(
        frame,
        title=f"{name}: {len(frame)} figures ({scope})",
        columns=[
            "source",
            "indicator",
            "year",
            "shown",
            "est",
            "first",
            "unit",
            "release_id",
            "provenance",
            "caveats",
            "origin",
            "flags",
        ],
        caption="e = estimate in that release. Values shown with the decimals the source published. "
        "first: the figure as first published and its release, where an older release printed it first. "
        "provenance: official_file, official_text, third_party_copy or press_report; caveats: what weakens the "
        "figure. Sources: " + "; ".join(ds.citation(r) for r in dict.fromkeys(frame["release_id"])) + ".",
    )


def register(app: typer.Typer) -> None:
    app.command("show")(show)
