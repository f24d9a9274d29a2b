"""Static charts for paths and burden sharing: PNG or SVG by the file suffix, drawn with matplotlib's Agg canvas.

The gap chart has two panels on one time axis: share of GDP (history, required path, the pledge threshold) and
spending in US dollars (history, required path, the baseline and the P10-P90 band). Burden charts reuse the shared
chart builders in natospend.charts.figures so they look like the dashboard's.
Every file names its sources inside the image.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from natospend.analysis.projection import PathResult
from natospend.charts import figures as charts
from natospend.errors import InvalidArgumentError
from natospend.formatting import money

SUFFIXES = {".png", ".svg"}


def _target(out: Path | str) -> Path:
    path = Path(out)
    if path.suffix.lower() not in SUFFIXES:
        raise InvalidArgumentError("plot", f"{path.name}: give a file name ending in .png or .svg")
    if not path.parent.is_dir():
        raise InvalidArgumentError("plot", f"folder {path.parent} does not exist")
    return path


def source_line(result: PathResult, bands: pd.DataFrame | None = None) -> str:
    """The sources and assumptions behind a path, in one line for a chart's footer."""
    a = result.assumptions
    imf = a["releases"].get("imf")
    growth = a["gdp_growth_pct"]
    growth_text = f"{growth:.1f}%/yr" if isinstance(growth, float) else "each ally's own"
    parts = [
        f"Source: NATO ({a['releases']['nato']})",
        f"GDP: IMF WEO growth ({', '.join(imf)}) then {growth_text}" if imf else f"GDP growth {growth_text}",
        f"inflation {a['inflation_pct']:g}%/yr",
    ]
    if a.get("exchange_rate"):
        parts.append(f"{a['exchange_rate']:.4g} {a['exchange_rate_unit']} held")
    if bands is not None:
        info = bands.attrs.get("assumptions", {})
        parts.append(f"band: P10-P90 of {info.get('simulations', '?'):,} simulations (seed {info.get('seed')})")
    return "; ".join(parts) + "."


def gap_figure(result: PathResult, bands: pd.DataFrame | None = None) -> Figure:
    """History, required path, baseline, P10-P90 band and the threshold line, as a matplotlib Figure."""
    fig = Figure(figsize=(9.5, 7.5), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[1, 1.2])
    hist, table = result.history, result.table
    blue, orange, grey = charts.PALETTE[0], charts.PALETTE[1], "#777777"
    threshold_colour = charts.THRESHOLD_COLOURS.get(result.threshold, "#D55E00")
    estimate = hist["status"] == "estimate"

    top.plot(hist["year"], hist["share_gdp"], "-o", color=blue, markersize=4, label="NATO, published")
    top.plot(hist.loc[estimate, "year"], hist.loc[estimate, "share_gdp"], "o", color=blue, markerfacecolor="white")
    top.plot(table["year"], table["share_gdp"], "--", color=orange, linewidth=2, label="required path")
    top.axhline(result.threshold, color=threshold_colour, linestyle=":", linewidth=1.5)
    top.annotate(
        f"threshold {result.threshold:g}% by {result.deadline}",
        (0.5, result.threshold),
        xycoords=("axes fraction", "data"),
        color=threshold_colour,
        fontsize=9,
        ha="center",
        va="bottom",
    )
    top.set_ylabel("% of GDP")

    bn = 1000.0
    bottom.plot(hist["year"], hist["usd_current_m"] / bn, "-o", color=blue, markersize=4, label="NATO, published")
    bottom.plot(
        hist.loc[estimate, "year"], hist.loc[estimate, "usd_current_m"] / bn, "o", color=blue, markerfacecolor="white"
    )
    bottom.plot(table["year"], table["required_usd_current_m"] / bn, "--", color=orange, linewidth=2, label="required")
    bottom.plot(
        table["year"], table["baseline_usd_current_m"] / bn, ":", color=grey, label="baseline (latest share kept)"
    )
    if bands is not None:
        bottom.fill_between(
            bands["year"],
            bands["required_usd_current_m_p10"] / bn,
            bands["required_usd_current_m_p90"] / bn,
            color=orange,
            alpha=0.2,
            linewidth=0,
            label="required: P10-P90",
        )
    bottom.set_ylabel("US$ bn, current prices")
    bottom.set_xlabel("NATO year")
    bottom.xaxis.set_major_locator(MaxNLocator(integer=True))  # whole years (shared with the top axis)
    for ax in (top, bottom):
        ax.axvline(result.last_data_year, color=grey, linewidth=0.8)
        ax.grid(alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
    top.legend(fontsize=8, frameon=False, loc="lower right")
    bottom.legend(fontsize=8, frameon=False, loc="upper left")
    pledge = result.assumptions.get("pledge", {}).get("id")
    extra = float(table["extra_usd_current_m"].iloc[-1]) / bn
    title = f"{result.name}: reaching {result.threshold:g}% of GDP by {result.deadline}"
    subtitle = f"{result.path} path" + (f", pledge {pledge}" if pledge else "")
    subtitle += f"; extra over the baseline in {result.deadline}: {money(extra * bn, 'USD')}"
    fig.suptitle(f"{title}\n{subtitle}", x=0.01, ha="left", fontsize=11)
    footer = source_line(result, bands) + " Hollow markers: NATO estimates."
    fig.supxlabel(footer, fontsize=7, color="#444444", x=0.01, ha="left", wrap=True)
    return fig


def save_gap(result: PathResult, out: Path | str, bands: pd.DataFrame | None = None) -> Path:
    """Write the gap chart as PNG or SVG (chosen by the suffix)."""
    path = _target(out)
    fig = gap_figure(result, bands)
    fig.savefig(path, format=path.suffix[1:].lower(), metadata={"Title": f"{result.name} path to {result.threshold}%"})
    return path


def burden_chart(table: pd.DataFrame, equalised: pd.DataFrame | None = None) -> charts.Chart:
    """Shares of alliance spending and GDP per ally, or (with an equalise table) the extra each ally would add."""
    info: dict[str, Any] = (equalised if equalised is not None else table).attrs.get("assumptions", {})
    source = f"Source: NATO ({info.get('release')}), {info.get('year')}, current US dollars."
    if equalised is not None:
        allies = equalised[equalised["kind"] == "ally"].assign(extra_bn=lambda f: f["extra_usd_current_m"] / 1000)
        allies = allies.rename(columns={"extra_bn": "extra, US$ bn"})
        title = f"Equalise ({info.get('scenario')}): {info.get('scenario_description', '')}"
        return charts.grouped_bars(allies, "name", ["extra, US$ bn"], title, "US$ bn", source, "equalise")
    allies = table[table["kind"] == "ally"].rename(
        columns={"spending_share_pct": "share of alliance spending", "gdp_share_pct": "share of alliance GDP"}
    )
    title = f"Burden sharing, {info.get('year')}: share of alliance defence spending vs share of alliance GDP"
    columns = ["share of alliance spending", "share of alliance GDP"]
    return charts.grouped_bars(allies, "name", columns, title, "% of alliance total", source, "burden")


def save_burden(table: pd.DataFrame, out: Path | str, equalised: pd.DataFrame | None = None) -> Path:
    """Write the burden (or equalise) chart as PNG or SVG."""
    return charts.save(burden_chart(table, equalised), _target(out))
