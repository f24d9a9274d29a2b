"""`natospend gap` (what reaching a pledge costs, year by year, with bands) and `natospend burden`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

import natospend
from natospend.errors import InvalidArgumentError
from natospend.formatting import money, money_range, published
from natospend.interfaces.cli.common import (
    console,
    frame_records,
    handled,
    print_citations,
    print_json,
    print_lines,
)

if TYPE_CHECKING:
    import pandas as pd

    from natospend.analysis import currency as currency_mod
    from natospend.analysis import projection


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


#: Decimals code for a money column (million units shown in billions with their currency, formatting.money).
MONEY = -2


def _table(
    frame: pd.DataFrame,
    columns: dict[str, tuple[str, int]],
    title: str,
    caption: str = "",
    currency: str | dict[str, str] | None = None,
) -> None:
    """A rich table of chosen columns: {column: (header, decimals)}; numbers right-aligned as published(), money
    (decimals MONEY) as formatting.money in `currency` (one code, or one per column)."""
    import pandas as pd  # loaded already: there is a frame to print

    # Two spaces between columns and none at the edges: room for seven money-and-band columns in 80 columns.
    table = Table(
        title=title,
        caption=caption or None,
        box=box.SIMPLE_HEAD,
        padding=(0, 1, 0, 0),
        show_edge=False,
        caption_justify="left",
    )
    for header, _ in columns.values():
        table.add_column(header, justify="left" if header == "ally" else "right", no_wrap=True)
    for _, row in frame.iterrows():
        cells = []
        for col, (_, decimals) in columns.items():
            value = row[col]
            code = currency.get(col) if isinstance(currency, dict) else currency
            if decimals == MONEY:
                cells.append(money(value, str(row["currency"]) if code == "row" else code))
            elif isinstance(value, str) or decimals < 0:
                cells.append("" if value is None or value is pd.NA else str(value))
            else:
                cells.append(published(value, decimals))
        table.add_row(*cells)
    # Never truncate figures: widen past the terminal (or the 80 columns of a pipe) only when the table needs it.
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
    currency: str = typer.Option(
        "national", "--currency", "-c", help="Money in: national (default; US$ for aggregates), USD or EUR."
    ),
    fall_back: bool = typer.Option(
        False, "--fall-back", help="An ally above the threshold falls back to it (default: it keeps its share)."
    ),
    wide: bool = typer.Option(False, "--wide", help="More columns (US$, constant prices, GDP, headroom)."),
    json: bool = typer.Option(False, "--json", help="Print JSON: table, bands and every assumption."),
    plot: Path = typer.Option(None, "--plot", help="Write a chart (.png or .svg)."),
) -> None:
    """What reaching a pledge costs, year by year: required share, spending, extra over today's share, P10-P90."""
    from natospend.analysis import currency as currency_mod
    from natospend.analysis import projection, uncertainty

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
        fall_back=fall_back,
    )
    aggregate = result.assumptions.get("currency") is None
    wanted = currency_mod.choose(currency)
    shown_in = currency_mod.shown(ds, result, "USD" if aggregate and wanted == "national" else wanted)
    bands = uncertainty.simulate(result, simulations, seed, gdp_growth_sd, fx_sd, currency=shown_in)
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
                "currency": shown_in.code,
                "currency_origin": shown_in.origin,
                "table": frame_records(currency_mod.with_columns(result.table, shown_in)),
                "bands": frame_records(bands),
                "assumptions": result.assumptions,
                "uncertainty": bands.attrs["assumptions"],
                "plot": str(plot) if plot is not None else None,
            }
        )
        return
    _print_path(result, bands, shown_in, wide)
    _print_assumptions(result.assumptions, skip=("country", "country_name", "gdp_source", "citation"))
    print_citations([str(result.assumptions.get("citation", ""))])
    u = bands.attrs["assumptions"]
    fx = f"exchange-rate sd {u['fx_sd']:.2f}% ({u['fx_sd_origin']})"
    if u.get("gdp_fx_correlation"):
        fx += f", correlation with GDP {u['gdp_fx_correlation']:.2f}"
    if u.get("currency_origin"):
        fx += f"; {u['currency_origin']}"
    console.print(
        f"  uncertainty: {u['simulations']:,} simulations, seed {u['seed']}; GDP growth sd {u['gdp_growth_sd']:.2f}% "
        f"({u['gdp_growth_sd_origin']}); {fx}",
        markup=False,
        highlight=False,
    )
    if plot is not None:
        console.print(f"Chart written to {plot}", markup=False, highlight=False)


def _print_path(result: projection.PathResult, bands: pd.DataFrame, money_in: currency_mod.Shown, wide: bool) -> None:
    from natospend.analysis import currency as currency_mod

    """The path as a table in one currency (billions, P10-P90 in one column) and, below it, headroom if met."""
    a = result.assumptions
    cols = money_in.columns
    table = currency_mod.with_columns(result.table, money_in)
    shown = table.merge(bands[["year", f"{cols['required']}_p10", f"{cols['required']}_p90"]], on="year")
    low, high = shown[f"{cols['required']}_p10"], shown[f"{cols['required']}_p90"]
    shown["band"] = [
        money_range(lo, hi, money_in.code) if kind == "projection" else ""
        for lo, hi, kind in zip(low, high, shown["kind"], strict=True)
    ]
    columns = {
        "year": ("year", -1),
        "share_gdp": ("% GDP", 2),
        cols["required"]: ("required", MONEY),
        "band": ("P10-P90", -1),
        cols["extra"]: ("extra", MONEY),
        cols["cumulative_extra"]: ("cum. extra", MONEY),
        "implied_real_growth_pct": ("real %", 1),
    }
    per_column: dict[str, str] = {c: money_in.code for c in columns}
    if wide:
        extra = {
            "required_usd_current_m": ("required US$", MONEY),
            "required_usd_constant_m": (f"US$ {a['base_year']} prices", MONEY),
            "gdp_usd_current_m": ("GDP US$", MONEY),
            cols["headroom"]: ("headroom", MONEY),
        }
        for col, spec in extra.items():
            if col not in columns:
                columns[col] = spec
        per_column.update(
            {c: "USD" if c.endswith(("_usd_current_m", "_usd_constant_m")) else money_in.code for c in extra}
        )
    pledge_text = f" ({a['pledge']['id']})" if a["pledge"].get("id") else ""
    status = a.get("last_data_year_status", "data")
    t0 = a["last_data_year"]
    _table(
        shown,
        columns,
        title=f"{result.name}: {result.threshold:g}% of GDP by {result.deadline}{pledge_text}, {result.path} path, "
        f"{money_in.code}",
        caption=f"First row: NATO {a['releases']['nato']} figures for {t0} ({status}). Current prices. Extra: over a "
        f"baseline that keeps the {t0} share of GDP. P10-P90: required spending. Real %: growth of required spending "
        "at constant prices. --wide: more columns; --currency national|USD|EUR.",
        currency=per_column,
    )
    if a.get("already_met"):
        first, last = table.iloc[0], table.iloc[-1]
        s0 = float(a["start_share_gdp"])
        kept = (
            "falls back to the threshold (--fall-back)"
            if "falls back" in a["above_threshold"]
            else (f"keeps the {t0} share: extra 0 (--fall-back models falling back to {result.threshold:g}%)")
        )
        head = f"Headroom over {result.threshold:g}%: {money(first[cols['headroom']], money_in.code)} in {t0}"
        if "falls back" in a["above_threshold"]:
            head += f", given up from {t0 + 1}."
        else:
            head += f", {money(last[cols['headroom']], money_in.code)} in {result.deadline} (share kept)."
        print_lines(
            [
                f"Already met: {result.name} is at {s0:.2f}% of GDP in {t0}, above {result.threshold:g}%; the path "
                f"{kept}.",
                head,
            ]
        )


@handled
def burden(
    year: int = typer.Option(None, "--year", "-y", help="NATO year; default: the newest year with every ally."),
    release: str = typer.Option(None, help="NATO release; default: newest complete."),
    equalise: str = typer.Option(None, "--equalise", help="us-share, us-total or a share of GDP (2, 3.5, 5)."),
    wide: bool = typer.Option(False, "--wide", help="More columns (extra in national currency)."),
    json: bool = typer.Option(False, "--json", help="Print JSON rows and assumptions."),
    plot: Path = typer.Option(None, "--plot", help="Write a chart (.png or .svg)."),
) -> None:
    """Burden sharing: each ally's share of alliance spending vs its share of GDP; or what equalising would cost."""
    from natospend.analysis import burden as burden_core

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
            "usd_current_m": ("spending", MONEY),
            "share_gdp": ("% GDP", 2),
            "spending_share_pct": ("% of\nspending", 2),
            "gdp_share_pct": ("% of\nGDP", 2),
            "fair_share_usd_current_m": ("fair\nshare", MONEY),
            "fair_share_gap_usd_current_m": ("actual\n- fair", MONEY),
        }
        title = f"Burden sharing, {info['year']} ({info['status']}), NATO {info['release']}"
    else:
        columns = {
            "name": ("ally", -1),
            "usd_current_m": ("spending", MONEY),
            "spending_gdp_ratio": ("ratio\n%", 2),
            "target_share_gdp": ("target\nratio %", 2),
            "target_usd_current_m": ("target", MONEY),
            "extra_usd_current_m": ("extra", MONEY),
            "extra_raise_only_usd_current_m": ("raise\nonly", MONEY),
        }
        if wide:
            columns["share_gdp"] = ("% GDP\n(NATO)", 2)
            columns["extra_nc_m"] = ("extra, national", MONEY)
        title = f"Equalise ({info['scenario']}), {info['year']} ({info['status']}), NATO {info['release']}"
    currency = {c: "row" if c.endswith("_nc_m") else "USD" for c in columns}
    caption = "Money in US dollars, current prices. Last two rows: sums over the allies above."
    if equalised is None:
        caption += " % of spending, % of GDP: the ally's share of the alliance's total."
    else:
        caption += (
            " ratio: spending / GDP, both in current US$, the quantity the scenario equalises; it is not NATO's"
            " published share of GDP (--wide shows that beside it)."
        )
    _table(frame.fillna({"name": ""}), columns, title, caption=caption, currency=currency)
    _print_assumptions(info, skip=("members", "citation"))
    print_citations([str(info.get("citation", ""))])
    if plot is not None:
        console.print(f"Chart written to {plot}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("gap")(gap)
    app.command("burden")(burden)
