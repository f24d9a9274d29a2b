"""`natospend compare` (sources side by side) and `natospend check` (verdicts on claims in text)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.markup import escape

import natospend
from natospend.errors import InputFileError, InvalidArgumentError
from natospend.interfaces.cli.common import (
    console,
    frame_records,
    handled,
    print_citations,
    print_frame,
    print_json,
)
from natospend.reference import countries

_VERDICT_STYLE = {
    "accurate": "green",
    "inaccurate": "red",
    "outdated": "yellow",
    "different_measure": "cyan",
    "unverifiable": "magenta",
}
FORMATS = ("text", "json", "claimreview", "html")
MAX_INPUT = 5_000_000  # bytes: longer input is cut, and the cut is said


@handled
def compare(
    country: str = typer.Argument(..., help="Ally or aggregate by code or any name (GBR, Britain, the UK, NATO)."),
    year: int = typer.Option(None, "--year", "-y", help="One data year; default every year."),
    indicator: str = typer.Option("share_gdp", "--indicator", "-i", help="Indicator code (default share_gdp)."),
    json: bool = typer.Option(False, "--json", help="Print JSON: figures with provenance, and the explanation."),
    plot: Path = typer.Option(None, "--plot", help="Also write a chart to this .png or .svg file."),
) -> None:
    """Every NATO release, every SIPRI edition, the World Bank series and imported IISS figures side by side."""
    from natospend.analysis import compare as compare_mod
    from natospend.analysis.explain import explain

    ds = natospend.load()
    frame = compare_mod.compare(ds, country, year, indicator)
    lines = explain(ds, country, year, indicator) if year is not None and not frame.empty else []
    if plot is not None:
        from natospend.charts.plotting import save_comparison

        save_comparison(frame, plot)
    if json:
        print_json({"figures": frame_records(frame), "explanation": lines})
        return
    name = countries.get(country).name
    if frame.empty:
        console.print(f"No {indicator} figures for {name}{f' in {year}' if year else ''}.")
        return
    frame = frame.assign(where=frame["origin"])
    print_frame(
        frame,
        title=f"{name}: {indicator}{f' in {year}' if year else ''}, by source and release",
        columns=["year", "release_id", "release_date", "shown", "status", "spread"]
        if console.width < 110
        else ["year", "source", "release_id", "release_date", "edition", "shown", "status", "spread"]
        + (["where"] if console.width >= 140 else []),
        caption="spread = highest minus lowest figure for the year, across every source and release.",
    )
    for line in lines:
        console.print(f"- {escape(line)}", highlight=False)
    from natospend.store.provenance import cited_table

    known = set(ds.releases()["release_id"])  # the cited pages' rows ("reference") are not releases
    print_citations(
        ds.citation(str(r), [cited_table(t)])
        for r, t in zip(frame["release_id"], frame["origin_table"], strict=True)
        if r in known
    )
    if plot is not None:
        console.print(f"Chart written to {plot}")


def _read_input(text: str | None, file: Path | None) -> str:
    if text == "-" and file is None:  # `natospend check -`: standard input, as most commands read it
        text, file = None, Path("-")
    if (text is None) == (file is None):
        raise InvalidArgumentError("input", "give either TEXT or --file FILE (use '-' to read standard input)")
    if text is not None:
        if not text.strip():  # usually an empty shell variable: say so rather than "nothing found"
            raise InvalidArgumentError("text", "empty; give a sentence to check, or --file FILE")
        return text
    assert file is not None
    if str(file) == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        try:
            with file.open("rb") as fh:
                data = fh.read(MAX_INPUT + 1)
        except OSError as exc:
            raise InputFileError(file, "", f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_INPUT:
        console.print(f"Note: only the first {MAX_INPUT:,} bytes were read.", style="yellow")
        data = data[:MAX_INPUT]
    return data.decode("utf-8", errors="replace")


@handled
def check(
    text: str = typer.Argument(None, help="A sentence or article to check ('-' reads standard input; or use --file)."),
    file: Path = typer.Option(None, "--file", "-f", help="Read an article (plain text or HTML); '-' for stdin."),
    as_of: str = typer.Option(None, "--as-of", help="The date the text was published (YYYY-MM-DD); default today."),
    json: bool = typer.Option(False, "--json", help="Print JSON: one object per claim with span, fields, evidence."),
    fmt: str = typer.Option(
        "text", "--format", help="text, json, claimreview (schema.org JSON-LD) or html (one self-contained page)."
    ),
    url: str = typer.Option(None, "--url", help="The article's address (for claimreview and html)."),
    published: str = typer.Option(None, "--date", help="The article's publication date (default for --as-of)."),
) -> None:
    """Find every checkable statement about defence spending and give each a verdict with its evidence."""
    from natospend.claims import clean_text, report
    from natospend.claims.reading import describe
    from natospend.claims.reliability import measured
    from natospend.service import answers

    if fmt not in FORMATS:
        raise InvalidArgumentError("--format", f"{fmt!r} is not one of {', '.join(FORMATS)}")
    content = _read_input(text, file)
    results = answers.check_claims(answers.store(), content, as_of or published)
    if json or fmt == "json":
        print_json([r.to_dict() for r in results])
        return
    if fmt == "claimreview":
        print_json(report.claimreview(results, url, published))
        return
    if fmt == "html":
        sys.stdout.write(report.annotated_page(clean_text(content), results, url=url))
        return
    if not results:
        console.print("No checkable statement about defence spending found.")
        return
    for i, r in enumerate(results, start=1):
        style = _VERDICT_STYLE.get(r.verdict, "white")
        said = r.span.text if r.span else r.text  # the claim's own clause or list item, not its whole sentence
        console.print(f"[bold]{i}. [{style}]{r.verdict}[/{style}][/bold] ({r.kind}) {escape(said)}", highlight=False)
        console.print(f"   [dim]Read as: {escape(describe(r.kind, r.fields))}[/dim]", highlight=False)
        console.print(f"   {escape(r.explanation)}", highlight=False)
        if r.revised_later:
            console.print(f"   [yellow]{escape(r.revised_later)}[/yellow]", highlight=False)
        for e in r.evidence[:6]:
            where = e.origin or " ".join(x for x in (e.table, e.cell) if x)
            console.print(
                f"   - {e.role}: {e.source} {e.release_id} ({e.published}) {e.country} {e.year or ''} "
                f"{e.indicator} = {e.shown} " + escape(f"[{where}]"),
                highlight=False,
            )
    console.print(f"\n[dim]{escape(measured().summary())}[/dim]", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("compare")(compare)
    app.command("check")(check)
