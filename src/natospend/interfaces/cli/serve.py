"""`natospend serve` (the dashboard and HTTP API) and `natospend chart ...` (the dashboard's charts as PNG or SVG)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING

import typer

import natospend
from natospend.errors import InvalidArgumentError
from natospend.interfaces.cli.common import console, handled

if TYPE_CHECKING:
    from natospend.service.questions import Questions

chart_app = typer.Typer(
    help="Write the dashboard's charts as PNG or SVG (chosen by the file suffix), for reports.",
    no_args_is_help=True,
)

OUT = typer.Option(..., "--out", "-o", help="File to write: .png or .svg.")
RELEASE = typer.Option(None, help="One NATO release, e.g. nato-2024-06; default: the newest complete one.")
COUNTRY = typer.Argument(..., help="Ally or aggregate, any spelling.")


@handled
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on (0: any free port)."),
) -> None:
    """Start the dashboard and HTTP API on the embedded data, offline, and print the address."""
    import uvicorn

    from natospend.interfaces.app import create_app

    sock = _listen(host, port)  # bound here, so the address printed is the one really served (port 0 too)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    # Plain echo, not rich: the address stays on one line, ready to click or copy.
    typer.echo(f"natospend dashboard: http://{shown}:{bound}/  (API docs: http://{shown}:{bound}/docs; Ctrl+C stops)")
    server = uvicorn.Server(uvicorn.Config(create_app(warm=True), log_level="warning"))
    server.run(sockets=[sock])


def _listen(host: str, port: int) -> socket.socket:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        raise InvalidArgumentError("port", f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    return sock


def _tables() -> Questions:
    from natospend.service.questions import Questions  # imported late: the other commands start faster

    return Questions(natospend.load())


def _written(path: Path) -> None:
    console.print(f"Wrote {path}")


def _check_out(out: Path) -> Path:
    if out.suffix.lower() not in {".png", ".svg"}:
        raise InvalidArgumentError("out", f"{out.name}: give a file name ending in .png or .svg")
    if not out.parent.is_dir():
        raise InvalidArgumentError("out", f"folder {out.parent} does not exist")
    return out


@chart_app.command("shares")
@handled
def chart_shares(
    out: Path = OUT,
    year: int = typer.Option(None, help="Data year; default: the release's newest."),
    release: str = RELEASE,
    as_of: str = typer.Option(None, "--as-of", help="What had been published on this date (YYYY-MM-DD)."),
) -> None:
    """Every ally's share of GDP against 2%, 3.5% and 5% (the overview chart)."""
    from natospend.charts import figures as charts

    tables = _tables()
    status = tables.status(year, release, as_of)
    rid, chosen = status.attrs["release_id"], int(status.attrs["year"])
    source = f"Source: {tables.ds.citation(rid, ['Table 3'])} ({rid})."
    at_2, at_35 = (list(tables.at_or_above(t, chosen, rid, None)["country"]) for t in (2.0, 3.5))
    _written(charts.save(charts.status_shares(status, source, at_2=at_2, at_35=at_35), _check_out(out)))


@chart_app.command("counts")
@handled
def chart_counts(out: Path = OUT, release: str = RELEASE) -> None:
    """How many allies were at or above 2%, 3.5% and 5%, year by year, in one release."""
    from natospend.charts import figures as charts

    tables = _tables()
    rid = release or tables.latest_release("nato")
    counts = tables.counts_over_time(rid)
    source = f"Source: {tables.ds.citation(rid, ['Table 3'])} ({rid})."
    chart = charts.threshold_counts([r.year for r in counts.rows], counts.series(), source)
    _written(charts.save(chart, _check_out(out)))


@chart_app.command("history")
@handled
def chart_history(
    country: str = COUNTRY,
    out: Path = OUT,
    indicator: str = typer.Option("share_gdp", help="share_gdp or equipment_share (or any indicator)."),
) -> None:
    """One ally's figures from every complete NATO release and the newest edition of other sources."""
    from natospend.charts import figures as charts
    from natospend.reference import countries, indicators

    tables = _tables()
    vintages = tables.vintages(country, indicator)
    info, ind = countries.get(country), indicators.get(indicator)
    if vintages.empty:
        raise InvalidArgumentError("indicator", f"no source publishes {indicator} for {info.name}")
    source = "Sources: " + " | ".join(f"{tables.ds.citation(r)} ({r})" for r in vintages.release_ids) + "."
    chart = charts.history(
        vintages.to_frame(),
        f"{info.name}: {ind.name}",
        ind.unit,
        source,
        f"{info.code}-{indicator}",
        charts.guide_lines(indicator),
    )
    _written(charts.save(chart, _check_out(out)))


@chart_app.command("path")
@handled
def chart_path(
    country: str = COUNTRY,
    out: Path = OUT,
    pledge: str = typer.Option("hague-2025-core-3.5", help="Pledge id (core share-of-GDP pledges)."),
    path: str = typer.Option("linear", help="linear, growth, front, back or custom (with --shares)."),
    shares: str = typer.Option(None, help="Custom path: one share of GDP per year after the data year, e.g. 2.6,2.8"),
    simulations: int = typer.Option(1000, min=0, help="Monte Carlo runs for the band; 0 for none."),
    seed: int = typer.Option(1, help="Seed for the band."),
    release: str = RELEASE,
) -> None:
    """History, required path, baseline and P10-P90 band to a pledge (the country page's path chart)."""
    from natospend.analysis import projection, uncertainty
    from natospend.charts import plotting
    from natospend.interfaces.cli.gap import parse_shares

    _check_out(out)  # before the simulations: a wrong file name should not cost a minute
    ds = natospend.load()
    result = projection.required_path(ds, country, pledge, path=path, shares=parse_shares(shares), release=release)
    bands = uncertainty.simulate(result, simulations, seed, progress=False) if simulations else None
    _written(plotting.save_gap(result, out, bands))


@chart_app.command("burden")
@handled
def chart_burden(
    out: Path = OUT,
    year: int = typer.Option(None, help="Data year; default: the newest complete year."),
    release: str = RELEASE,
    equalise: str = typer.Option(None, help="us-share, us-total or a share of GDP (2, 3.5, 5)."),
) -> None:
    """Shares of alliance spending and GDP per ally, or the extra each ally would add to equalise."""
    from natospend.analysis import burden
    from natospend.charts import plotting

    ds = natospend.load()
    table = burden.burden_table(ds, year, release)
    equalised = burden.equalise(ds, equalise, year, release) if equalise else None
    _written(plotting.save_burden(table, _check_out(out), equalised))


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(chart_app, name="chart")
