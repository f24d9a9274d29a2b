"""Static charts for paths and burden sharing: PNG or SVG by the file suffix, drawn with matplotlib's Agg canvas.

Every chart is specified once in natospend.charts.figures and drawn here with its matplotlib renderer, so a file
looks like the dashboard: the gap chart stacks the two path charts (share of GDP, then US dollars with the baseline
and the P10-P90 band) on one time axis; burden and source-comparison charts are the dashboard's builders too.
Every file names its sources inside the image.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

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
    rid = a["releases"]["nato"]
    growth_text = f"{growth:.1f}%/yr" if isinstance(growth, float) else "each ally's own"
    parts = [
        f"Source: {a['citation']} ({rid})" if a.get("citation") else f"Source: NATO ({rid})",
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
    """The dashboard's two path charts (natospend.charts.figures.path_charts: share of GDP with the threshold, then
    US dollars with the baseline and the P10-P90 band) stacked on one time axis, as a matplotlib Figure."""
    pledge = result.assumptions.get("pledge", {}).get("id")
    extra = float(result.table["extra_usd_current_m"].iloc[-1])
    title = f"{result.name}: reaching {result.threshold:g}% of GDP by {result.deadline}"
    subtitle = f"{result.path} path" + (f", pledge {pledge}" if pledge else "")
    subtitle += f"; extra over the baseline in {result.deadline}: {money(extra, 'USD')}"
    footer = source_line(result, bands)
    return charts.panels_to_matplotlib(charts.path_charts(result, bands), f"{title}\n{subtitle}", footer)  # type: ignore[no-any-return]


def save_gap(result: PathResult, out: Path | str, bands: pd.DataFrame | None = None) -> Path:
    """Write the gap chart as PNG or SVG (chosen by the suffix)."""
    return charts.save_figure(gap_figure(result, bands), _target(out), f"{result.name} path to {result.threshold}%")


def burden_chart(table: pd.DataFrame, equalised: pd.DataFrame | None = None) -> charts.Chart:
    """Shares of alliance spending and GDP per ally, or (with an equalise table) the extra each ally would add."""
    info: dict[str, Any] = (equalised if equalised is not None else table).attrs.get("assumptions", {})
    cited = f"{info['citation']} ({info.get('release')})" if info.get("citation") else f"NATO ({info.get('release')})"
    source = f"Source: {cited}. {info.get('year')}, current US dollars."
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


def save_comparison(frame: pd.DataFrame, out: Path | str) -> Path:
    """A compare() frame as a chart (bars for one year, else lines per release), PNG or SVG."""
    path = _target(out)
    if frame.empty:
        raise InvalidArgumentError("plot", "nothing to plot: no figures")
    chart = charts.source_comparison(frame)
    return charts.save(chart, path)
