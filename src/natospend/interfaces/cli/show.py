"""`natospend show`: the observations for one ally (or aggregate), with where each figure came from."""

from __future__ import annotations

import typer

import natospend
from natospend.formatting import published
from natospend.interfaces.cli.common import (
    console,
    frame_records,
    handled,
    origin_column,
    print_frame,
    print_json,
    print_lines,
    years_option,
)
from natospend.reference import countries

#: Columns on an 80-column screen; --wide adds the rest. Units are listed once under the table.
NARROW = ["year", "value", "first", "release_id", "origin", "grade"]
WIDE = [
    "source",
    "indicator",
    "year",
    "value",
    "first",
    "unit",
    "release_id",
    "provenance",
    "caveats",
    "origin",
    "flags",
]


@handled
def show(
    country: str = typer.Argument(..., help="Ally or aggregate by code or any name (POL, Poland, Britain, NATO)."),
    indicator: list[str] = typer.Option(None, "--indicator", "-i", help="Indicator code(s); default all."),
    year: list[int] = typer.Option(None, "--year", "-y", help="Data year(s); default all."),
    years: str = typer.Option(None, "--years", help="Years as a range or list: 2014-2026, 2016,2024."),
    source: str = typer.Option(None, help="nato, sipri, worldbank, imf or iiss; default all."),
    release: str = typer.Option(None, help="One release, e.g. nato-2024-06."),
    as_of: str = typer.Option(None, "--as-of", help="What had been published on this date (YYYY-MM-DD)."),
    all_rows: bool = typer.Option(False, "--all", help="Also rows without a figure (e.g. SIPRI's empty years)."),
    wide: bool = typer.Option(False, "--wide", help="All columns (units beside each figure)."),
    json: bool = typer.Option(False, "--json", help="Print JSON with every provenance column."),
) -> None:
    """Figures for one ally, newest release by default, each with its source, release and cell of origin."""
    import pandas as pd  # in the command: --help and argument errors start without it

    ds = natospend.load()
    wide = wide or console.width >= 160
    wanted = years_option(year, years)
    frame = ds.observations(country, indicator or None, wanted, source=source, release=release, as_of=as_of)
    frame = ds.first_published(frame)
    empty = frame["value"].isna()
    hidden = int(empty.sum()) if not all_rows else 0
    if not all_rows:
        frame = frame[~empty]
    if json:
        print_json(frame_records(frame))
        return
    origin, files = origin_column(frame, wide)
    frame = frame.assign(
        value=[
            published(v, d) + (" e" if s == "estimate" else "")
            for v, d, s in zip(frame["value"], frame["decimals"], frame["status"], strict=True)
        ],
        # On 80 columns the file names are listed once under the table; the cell still says what it is.
        origin=origin,
        flags=frame["flags"].fillna("").str.replace(";", " "),
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
        caveats=frame["caveats"].fillna("").str.replace(";", " "),
        # On 80 columns the grade and what weakens the figure share a column ("estimate" is the "e" beside it).
        grade=[
            " ".join([str(g), *(c for c in str(cav).split(";") if c and c != "estimate")])
            for g, cav in zip(frame["provenance"], frame["caveats"].fillna(""), strict=True)
        ],
    )
    name = countries.get(country).name
    scope = release or (f"as of {as_of}" if as_of else "newest release holding each figure")
    notes = [
        "e = estimate in that release. Values shown with the decimals the source published.",
        "first: the figure as first published, where an older release printed it first. grade (provenance): "
        "official_file, official_text, third_party_copy or press_report, then what weakens the figure.",
        "Sources: " + "; ".join(ds.citation(r) for r in dict.fromkeys(frame["release_id"])) + ".",
    ]
    if files:
        notes.append(files)
    if hidden:
        notes.append(f"{hidden} rows without a figure are hidden; --all shows them.")
    if wide:
        print_frame(frame, title=f"{name}: {len(frame)} figures ({scope})", columns=WIDE)
        print_lines(notes)
        return
    # One table per source and indicator, its unit in the title: fits 80 columns and says the unit once.
    print_lines([f"{name}: {len(frame)} figures ({scope})"])
    for (src, ind), part in frame.groupby(["source", "indicator"], sort=False):
        units = "; ".join(dict.fromkeys(part["unit"].astype(str)))
        print_frame(part, title=f"{src} {ind}: {units}", columns=NARROW)
    print_lines(notes)


def register(app: typer.Typer) -> None:
    app.command("show")(show)
