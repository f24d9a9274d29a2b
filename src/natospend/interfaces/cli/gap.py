"""`natospend gap` (what reaching a pledge costs, year by year, with bands) and `natospend burden`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import typer
from rich import box
from rich.console import Console
from rich.table import Table

import natospend
from natospend.analysis import burden as burden_core
from natospend.analysis import projection, uncertainty
from natospend.errors import InvalidArgumentError
from natospend.formatting import published
from natospend.interfaces.cli.common import console, frame_records, handled, print_json


def parse_shares(text: str | None) -> list[float] | None:
    if text is None:
        return None
    out = []
    for i, part in enumerate(p.strip() for p in text.split(",")):
        try:
            out.append(float(part))
        except ValueError:
            raise InvalidArgumentError(
                "--shares", f"item {i + 1} {part!r} is not a number (e.g. 2.5,2.7,3.0)"
            ) from None
    return out


def _table(frame: pd.DataFrame, columns: dict[str, tuple[str, int]], title: str, caption: str = "") -> None:
    """A rich table of chosen columns: {column: (header, decimals)}; numbers right-aligned as published()."""
    table = Table(title=title, caption=caption or None, box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False)
    for header, _ in columns.values():
        table.add_column(header, justify="right", no_wrap=True)
    for _, row in frame.iterrows():
        cells = []
        for col, (_, decimals) in columns.items():
            value = row[col]
            cells.append(str(value) if isinstance(value, str) or decimals < 0 else published(value, decimals))
        table.add_row(*cells)
    # Never truncate figures: widen past the terminal (or the 80 columns of a pipe) when the table needs it.
    needed = console.measure(table, options=console.options.update_width(1000)).maximum
    Console(width=max(console.width, needed), force_terminal=console.is_terminal).print(table)


def _print_assumptions(items: dict[str, Any], skip: tuple[str, ...] = ()) -> None:
    console.print("[bold]Assumptions and sources[/bold]")
    for key, value in items.items():
        if key in skip or _empty(value):
            continue
        if isinstance(value, dict):
            value = "; ".join(f"{k}: {_short(v)}" for k, v in value.items() if k != "notes" and not _empty(v))
        elif isinstance(value, list):
            value = "; ".join(map(str, value))
        console.print(f"  {key}: {_short(value)}", markup=False, highlight=False)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, list | tuple | dict) and not value)


def _short(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e5 else f"{value:,.0f}"
    if isinstance(value, dict):
        return ", ".join(f"{k}={_short(v)}" for k, v in value.items() if not _empty(v))
    if isinstance(value, list | tuple):
        return ", ".join(_short(v) for v in value)
    return str(value)


@handled
def gap(
    country: str = typer.Argument(..., help="Ally or aggregate (GBR, UK, 'Europe and Canada', NATO)."),
    pledge: str = typer.Option(None, "--pledge", "-p", help="Pledge id, e.g. hague-2025-core-3.5."),
    threshold: float = typer.Option(None, help="Share of GDP to reach (percent); overrides the pledge's."),
    deadline: int = typer.Option(None, help="NATO year by which to reach it; overrides the pledge's."),
    path: str = typer.Option("linear", help="Path shape: linear, growth, front, back or custom."),
    shares: str = typer.Option(None, help="Custom path: one share of GDP per year after the data year, e.g. 2.6,2.8"),
    gdp_growth: float = typer.Option(
        None, "--gdp-growth", help="Nominal GDP growth in USD, %/yr, after the IMF's last year (default from data)."
    ),
    inflation: float = typer.Option(None, help="US-dollar price inflation, %/yr, for constant prices (default 2)."),
    exchange_rate: float = typer.Option(
        None, "--exchange-rate", help="National currency per USD (default: implied by the release, held)."
    ),
    release: str = typer.Option(None, help="NATO release to start from; default: newest complete."),
    simulations: int = typer.Option(1000, help="Monte Carlo simulations for the P10-P90 bands."),
    seed: int = typer.Option(None, help="Random seed (reported in the output; same seed, same bands)."),
    gdp_growth_sd: float = typer.Option(None, "--gdp-growth-sd", help="SD of annual GDP growth, % (default: data)."),
    fx_sd: float = typer.Option(None, "--fx-sd", help="SD of annual exchange-rate change, % (default: data)."),
    json: bool = typer.Option(False, "--json", help="Print JSON: table, bands and every assumption."),
    plot: Path = typer.Option(None, "--plot", help="Write a chart (.png or .svg)."),
) -> None:
    """What reaching a pledge costs, year by year: required share, spending, extra over today's share, P10-P90."""
    ds = natospend.load()
    result = projection.required_path(
        ds,
        country,
        pledge,
        threshold=threshold,
        deadline=deadline,
        path=path,
        shares=parse_shares(shares),
        gdp_growth=gdp_growth,
        inflation=inflation,
        release=release,
        exchange_rate=exchange_rate,
    )
    bands = uncertainty.simulate(result, simulations, seed, gdp_growth_sd, fx_sd)
    if plot is not None:
        from natospend.charts import plotting  # matplotlib is slow to import: only when a chart is asked for

        plotting.save_gap(result, plot, bands)
    if json:
        print_json(
            {
                "country": result.country,
                "name": result.name,
                "threshold": result.threshold,
                "deadline": result.deadline,
                "path": result.path,
                "table": frame_records(result.table),
                "bands": frame_records(bands),
                "assumptions": result.assumptions,
                "uncertainty": bands.attrs["assumptions"],
                "plot": str(plot) if plot is not None else None,
            }
        )
        return
    shown = result.table.merge(bands[["year", "required_usd_current_m_p10", "required_usd_current_m_p90"]], on="year")
    a = result.assumptions
    money = [c for c in shown.columns if c.endswith("_m") or c.endswith("_p10") or c.endswith("_p90")]
    shown[money] = shown[money] / 1000  # millions -> billions, for a table that fits a terminal
    nc = a.get("currency") or "NC"
    columns = {
        "year": ("year", -1),
        "share_gdp": ("% GDP", 2),
        "required_usd_current_m": ("US$ bn", 1),
        "required_usd_current_m_p10": ("P10", 1),
        "required_usd_current_m_p90": ("P90", 1),
        "required_nc_m": (f"{nc} bn", 1),
        "required_usd_constant_m": (f"US$ bn {a['base_year']}", 1),
        "extra_usd_current_m": ("extra US$ bn", 1),
        "cumulative_extra_usd_current_m": ("cum. extra", 1),
        "implied_real_growth_pct": ("real growth %", 1),
    }
    if shown["required_nc_m"].isna().all() or nc == "USD":  # the US: national currency is the US$ column already
        del columns["required_nc_m"]
    pledge_text = f" ({a['pledge']['id']})" if a["pledge"].get("id") else ""
    status = a.get("last_data_year_status", "data")
    _table(
        shown,
        columns,
        title=f"{result.name}: {result.threshold:g}% of GDP by {result.deadline}{pledge_text}, {result.path} path",
        caption=f"First row: NATO {a['releases']['nato']} figures for {a['last_data_year']} ({status}). "
        f"Current prices unless a base year is shown. Extra: over a baseline that keeps the {a['last_data_year']} "
        "share of GDP. P10-P90: required spending, US$ bn. Real growth: of required spending, constant prices.",
    )
    _print_assumptions(a, skip=("country", "country_name", "gdp_source"))
    u = bands.attrs["assumptions"]
    console.print(
        f"  uncertainty: {u['simulations']:,} simulations, seed {u['seed']}; GDP growth sd {u['gdp_growth_sd']:.2f}% "
        f"({u['gdp_growth_sd_origin']}); exchange-rate sd {u['fx_sd']:.2f}% ({u['fx_sd_origin']})",
        markup=False,
        highlight=False,
    )
    if plot is not None:
        console.print(f"Chart written to {plot}", markup=False, highlight=False)


@handled
def burden(
    year: int = typer.Option(None, "--year", "-y", help="NATO year; default: the newest year with every ally."),
    release: str = typer.Option(None, help="NATO release; default: newest complete."),
    equalise: str = typer.Option(None, "--equalise", help="us-share, us-total or a share of GDP (2, 3.5, 5)."),
    json: bool = typer.Option(False, "--json", help="Print JSON rows and assumptions."),
    plot: Path = typer.Option(None, "--plot", help="Write a chart (.png or .svg)."),
) -> None:
    """Burden sharing: each ally's share of alliance spending vs its share of GDP; or what equalising would cost."""
    ds = natospend.load()
    table = burden_core.burden_table(ds, year, release)
    equalised = burden_core.equalise(ds, equalise, year, release) if equalise is not None else None
    frame = equalised if equalised is not None else table
    if plot is not None:
        from natospend.charts import plotting

        plotting.save_burden(table, plot, equalised)
    info = frame.attrs["assumptions"]
    if json:
        print_json({"rows": frame_records(frame), "assumptions": info, "plot": str(plot) if plot else None})
        return
    if equalised is None:
        columns = {
            "name": ("ally", -1),
            "usd_current_m": ("US$ m", 0),
            "share_gdp": ("% GDP (NATO)", 2),
            "spending_share_pct": ("% of alliance spending", 2),
            "gdp_share_pct": ("% of alliance GDP", 2),
            "fair_share_usd_current_m": ("fair share US$ m", 0),
            "fair_share_gap_usd_current_m": ("actual - fair US$ m", 0),
        }
        title = f"Burden sharing, {info['year']} ({info['status']}), NATO {info['release']}"
    else:
        columns = {
            "name": ("ally", -1),
            "usd_current_m": ("US$ m", 0),
            "share_gdp": ("% GDP (NATO)", 2),
            "spending_gdp_ratio": ("spending/GDP % (current US$)", 2),
            "target_share_gdp": ("target spending/GDP %", 2),
            "target_usd_current_m": ("target US$ m", 0),
            "extra_usd_current_m": ("extra US$ m", 0),
            "extra_raise_only_usd_current_m": ("raise-only US$ m", 0),
            "extra_nc_m": ("extra, national currency m", 0),
            "currency": ("currency", -1),
        }
        title = f"Equalise ({info['scenario']}), {info['year']} ({info['status']}), NATO {info['release']}"
    _table(frame.fillna({"name": ""}), columns, title, caption="Last two rows: sums over the allies above.")
    _print_assumptions(info, skip=("members",))
    if plot is not None:
        console.print(f"Chart written to {plot}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("gap")(gap)
    app.command("burden")(burden)
