"""`natospend data ...`: build and verify the curated dataset, show revisions, import your own IISS copy."""

from __future__ import annotations

from pathlib import Path

import typer

from natospend.errors import ChecksumMismatchError, InvalidArgumentError, MissingUpstreamError
from natospend.formatting import published
from natospend.interfaces.cli.common import (
    console,
    frame_records,
    handled,
    origin_column,
    print_citations,
    print_frame,
    print_json,
    print_lines,
)
from natospend.paths import DATA_DIR, raw_dir
from natospend.reference import countries
from natospend.reference.manifest import load_manifest, sha256_of

data_app = typer.Typer(help="Build, verify and inspect the curated dataset.", no_args_is_help=True)


@data_app.command("build")
@handled
def build_command(
    raw: Path = typer.Option(None, help="Folder of upstream releases (default: ../shared/data/raw or $NATOSPEND_RAW)."),
    out: Path = typer.Option(DATA_DIR, help="Where to write the curated dataset."),
) -> None:
    """Regenerate the curated dataset from the upstream releases (deterministic; swapped in only on success)."""
    from rich.progress import Progress

    from natospend.ingest.build import build

    folder = raw or raw_dir()
    manifest = load_manifest()
    embedded = [f for f in manifest.files if f.embed]
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("importing", total=len(embedded))

        def step(path: str) -> None:
            progress.update(task, advance=1, description=f"importing {path}")

        report = build(folder, out, manifest=manifest, progress=step)
    flagged = [f for f in report.findings if f.status == "flagged"]
    console.print(
        f"Built {report.observations:,} observations from {report.releases} releases into {out}\n"
        f"{len(report.warnings)} import warnings (warnings.csv); {len(report.findings)} check findings, "
        f"{len(flagged)} flagged (checks.csv)"
    )
    if report.skipped_files:
        console.print("Not embedded (licence): " + ", ".join(report.skipped_files))


@data_app.command("compact")
@handled
def compact_command(
    data: Path = typer.Option(DATA_DIR, help="The curated dataset folder whose CSVs to derive it from."),
) -> None:
    """Derive the compact binary form (dataset.sqlite) from the curated CSVs, e.g. after a merge changed them."""
    from natospend.store import compact

    if not (data / "releases.csv").is_file():
        raise InvalidArgumentError("data", f"{data} holds no releases.csv (not a curated dataset folder)")
    target = compact.write(data)
    console.print(f"Wrote {target} from {len(compact.csv_files(data))} CSV files")


@data_app.command("verify")
@handled
def verify_command(
    raw: Path = typer.Option(None, help="Folder of upstream releases."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Check the manifest checksums and report which upstream files are present."""
    import pandas as pd

    from natospend.ingest.build import check_file

    folder = raw or raw_dir()
    if not folder.is_dir():
        raise InvalidArgumentError("raw", f"folder {folder} does not exist (give --raw FOLDER or set $NATOSPEND_RAW)")
    rows = []
    for entry in load_manifest().files:
        path = folder / entry.path
        if not path.is_file():
            state, detail = "missing", f"not found under {folder}"
        else:
            try:
                check_file(folder, entry)
                state, detail = "ok", "sha256 matches"
            except ChecksumMismatchError as exc:
                state, detail = "changed", exc.problem
            except MissingUpstreamError as exc:  # pragma: no cover - raced with deletion
                state, detail = "missing", str(exc)
        rows.append({"file": entry.path, "releases": ", ".join(entry.releases), "embedded": entry.embed,
                     "state": state, "detail": detail})  # fmt: skip
    frame = pd.DataFrame(rows)
    if json:
        print_json(frame_records(frame))
    elif console.width >= 120:
        print_frame(frame, title=f"Upstream files in {folder}")
    else:  # 80 columns: a file name alone can take 74, so one file per line and its state under it
        lines = [f"Upstream files in {folder}:"]
        for r in frame.itertuples():
            embedded = "" if r.embedded else "; not embedded (licence)"
            lines += [str(r.file), f"    {r.releases}: {r.state}, {r.detail}{embedded}"]
        print_lines(lines)
    if (frame["state"] == "changed").any():
        raise typer.Exit(1)


@data_app.command("revisions")
@handled
def revisions_command(
    country: str = typer.Argument(..., help="Ally by code or any name (e.g. POL, Poland, Britain)."),
    indicator: str = typer.Option("share_gdp", "--indicator", "-i", help="Indicator code."),
    year: int = typer.Option(None, "--year", "-y", help="Data year (NATO convention)."),
    source: str = typer.Option("nato", help="Source: nato, sipri, worldbank, imf, iiss."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """How a figure moved from release to release."""
    import natospend
    from natospend.store import provenance

    frame = natospend.load().revisions(country, indicator, year, source)
    cols = [
        "year",
        "release_id",
        "release_date",
        "value",
        "decimals",
        "status",
        "change",
        "origin_table",
        "origin_cell",
        "origin",
    ]
    if json:
        print_json(frame_records(frame[[*cols, "citation"]]))
        return
    name = countries.get(country).name
    # As people read them: each figure at the precision its release printed, and where in the release it sits.
    origin, files = origin_column(frame, console.width >= 140)
    shown = frame.assign(
        shown=[published(v, d) for v, d in zip(frame["value"], frame["decimals"], strict=True)], origin=origin
    )
    units = list(dict.fromkeys(str(u) for u in frame["unit"]))  # definitions change (e.g. 2021 prices from 2025)
    label = ("Unit: " if len(units) == 1 else "Units, oldest release first: ") + "; ".join(units)
    print_frame(
        shown,
        title=f"{name}: {indicator} by release ({source})",
        columns=["year", "release_id", "release_date", "shown", "status", "change", "origin"],
        caption=f"{label}. shown: as published; change: from the previous release." if units else "",
    )
    print_lines([files] if files else [])
    ds = natospend.load()
    tables = (provenance.cited_table(t) for t in frame["origin_table"])
    print_citations(ds.citation(str(r), [t]) for r, t in zip(frame["release_id"], tables, strict=True))


@data_app.command("import")
@handled
def import_command(
    importer: str = typer.Argument(..., help="Importer name, e.g. iiss."),
    file: Path = typer.Argument(..., help="Your own copy of the upstream file."),
) -> None:
    """Import figures from your own copy of a file that natospend does not ship (e.g. IISS)."""
    from natospend.ingest.user_import import import_user_file

    if not file.is_file():
        raise InvalidArgumentError("file", f"{file} does not exist")
    target, count = import_user_file(importer, file)
    console.print(f"Imported {count:,} observations into {target}; sha256 {sha256_of(file)}")


@data_app.command("fetch")
@handled
def fetch_command(
    url: str = typer.Argument(..., help="Address of an upstream file (e.g. a new NATO workbook)."),
    raw: Path = typer.Option(None, help="Folder of upstream releases."),
    subfolder: str = typer.Option("", help="Subfolder for a new file (e.g. nato); known files keep theirs."),
) -> None:
    """Download one upstream file into the raw folder and compare it with the sources manifest (uses the network)."""
    from natospend.ingest.fetch import fetch

    result = fetch(url, raw or raw_dir(), subfolder)
    console.print(f"Saved {result.path} ({result.size:,} bytes, sha256 {result.sha256})")
    if result.state == "unchanged":
        console.print(f"Same bytes as the manifest's {result.manifest_path}: nothing to do.")
    elif result.state == "changed":
        console.print(
            f"The publisher has changed {result.manifest_path}: review it, record it as a new release in "
            "meta/sources.toml (old releases stay as vintages), then run `natospend data build`."
        )
    else:
        console.print(
            "A new file: describe its release and file in meta/sources.toml, then run `natospend data build`."
        )


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")
