"""`natospend show`: the observations for one ally (or aggregate), or for every ally, with where each figure came
from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer

import natospend
from natospend.errors import NatoSpendError
from natospend.formatting import is_missing, published
from natospend.interfaces.cli.common import (
    console,
    frame_records,
    handled,
    origin_cells,
    print_json,
    print_lines,
    print_rows,
    years_option,
)

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
NUMERIC = ("year",)  # right-aligned: the only number left once figures are text at their printed decimals


@handled
def show(
    country: str = typer.Argument(
        None, help="Ally or aggregate by code or any name (POL, Poland, Britain, NATO); default every ally."
    ),
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
    """Figures for one ally or every ally, newest release by default, each with its source, release and cell of
    origin.

    Without a country: every ally (no aggregates), one row per ally and year, allies in the registry's order."""
    wide = wide or console.width >= 160
    wanted = years_option(year, years)
    query: dict[str, Any] = {
        "country": country or _allies(),
        "indicator": indicator or None,
        "year": wanted,
        "source": source,
        "release": release,
        "as_of": as_of,
    }
    found = None if json else _quick(query)
    if found is None:  # JSON, the user's own imports, a bad argument: the Dataset answers (and words any error)
        ds = natospend.load()
        frame = ds.first_published(ds.observations(**query))
        if json:
            records = frame_records(frame if all_rows else frame[frame["value"].notna()])
            print_json(records if country else by_ally(records))
            return
        found = frame.to_dict(orient="records"), ds.citation
    rows, citation = found
    _print(country, rows if country else by_ally(rows), citation, release, as_of, all_rows, wide)


def _allies() -> list[str]:
    """Every ally's code in the registry's order (meta/countries.csv); no aggregates."""
    from natospend.reference import countries  # read when a command runs, not for an argument error

    return [c.code for c in countries.allies()]


def by_ally(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of every ally in the order the table shows them: per source and indicator, allies in the registry's
    order (the stores sort by code: Spain's ESP before Estonia's EST), then years, releases in the stores' order."""
    rank = {code: i for i, code in enumerate(_allies())}
    return sorted(rows, key=lambda r: (r["source"], r["indicator"], rank[r["country"]], r["year"]))


def _quick(query: dict[str, Any]) -> tuple[list[dict[str, Any]], Callable[[str], str]] | None:
    """The rows and citations from the compact form of the dataset (no pandas), or None where it cannot answer."""
    from natospend.store import quick

    store = quick.load()
    if store is None:
        return None
    try:
        return store.first_published(store.observations(**query)), store.citation
    except NatoSpendError:
        return None


def _print(
    country: str | None,
    rows: list[dict[str, Any]],
    citation: Callable[[str], str],
    release: str | None,
    as_of: str | None,
    all_rows: bool,
    wide: bool,
) -> None:
    hidden = 0 if all_rows else sum(1 for r in rows if is_missing(r["value"]))
    if not all_rows:
        rows = [r for r in rows if not is_missing(r["value"])]
    origins, files = origin_cells(rows, wide)
    shown = [_shown(r, o) for r, o in zip(rows, origins, strict=True)]
    from natospend.reference import countries

    name = countries.get(country).name if country else "All allies"
    # Every ally: a column says whose figure each row is (the code: the narrow table still fits 80 columns).
    narrow, wide_columns = (NARROW, WIDE) if country else (["country", *NARROW], ["country", *WIDE])
    scope = release or (f"as of {as_of}" if as_of else "newest release holding each figure")
    notes = [
        "e = estimate in that release. Values shown with the decimals the source published.",
        "first: the figure as first published, where an older release printed it first. grade (provenance): "
        "official_file, official_text, third_party_copy or press_report, then what weakens the figure.",
        "Sources: " + "; ".join(citation(r) for r in dict.fromkeys(r["release_id"] for r in rows)) + ".",
    ]
    if files:
        notes.append(files)
    if hidden:
        notes.append(f"{hidden} rows without a figure are hidden; --all shows them.")
    title = f"{name}: {len(shown)} figures ({scope})"
    if wide:
        print_rows(shown, wide_columns, title=title, right=NUMERIC)
        print_lines(notes)
        return
    # One table per source and indicator, its unit in the title: fits 80 columns and says the unit once.
    print_lines([title])
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in shown:
        groups.setdefault((row["source"], row["indicator"]), []).append(row)
    for (src, ind), part in groups.items():
        units = "; ".join(dict.fromkeys(str(r["unit"]) for r in part))
        print_rows(part, narrow, title=f"{src} {ind}: {units}", right=NUMERIC)
    print_lines(notes)


def _shown(row: dict[str, Any], origin: str) -> dict[str, Any]:
    """One row as the table shows it."""
    caveats = _text(row["caveats"])
    first = row["first_release_id"]
    return {
        **row,
        "value": published(row["value"], row["decimals"]) + (" e" if row["status"] == "estimate" else ""),
        # On 80 columns the file names are listed once under the table; the cell still says what it is.
        "origin": origin,
        "flags": _text(row["flags"]).replace(";", " "),
        "first": ""
        if is_missing(first) or first == row["release_id"]
        else f"{published(row['first_value'], row['first_decimals'])} {first}",
        "caveats": caveats.replace(";", " "),
        # On 80 columns the grade and what weakens the figure share a column ("estimate" is the "e" beside it).
        "grade": " ".join([str(row["provenance"]), *(c for c in caveats.split(";") if c and c != "estimate")]),
    }


def _text(value: Any) -> str:
    return "" if is_missing(value) else str(value)


def register(app: typer.Typer) -> None:
    app.command("show")(show)
