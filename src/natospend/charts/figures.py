"""Charts shared by the dashboard (Plotly, interactive) and `natospend chart` (matplotlib, PNG or SVG).

A builder turns a table into a `Chart`: a small description of series, reference lines (pledge thresholds) and the
source line. Two renderers draw the same description: `figure_json` for Plotly in the browser and `to_matplotlib`
for static files, so the dashboard and the reports show the same chart. Every chart names its source and release
inside the figure, so a saved image keeps it. Estimates are drawn hollow (lines) or hatched (bars).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from numbers import Integral
from pathlib import Path
from typing import Any

import pandas as pd

from natospend.errors import InvalidArgumentError

#: Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
THRESHOLD_COLOURS = {2.0: "#555555", 3.5: "#D55E00", 5.0: "#9B1B30", 20.0: "#555555"}
PLEDGE_LINES: tuple[tuple[float, str], ...] = ((2.0, "2%"), (3.5, "3.5% core"), (5.0, "5% total"))
EQUIPMENT_LINES: tuple[tuple[float, str], ...] = ((20.0, "20% guideline"),)


def guide_lines(indicator: str) -> tuple[tuple[float, str], ...]:
    """The guideline lines a chart of `indicator` draws: the pledges on a share of GDP, 20% on equipment."""
    return {"share_gdp": PLEDGE_LINES, "equipment_share": EQUIPMENT_LINES}.get(indicator, ())


@dataclass(frozen=True)
class Series:
    name: str
    x: list[Any]
    y: list[float | None]
    kind: str = "line"  # line | bar | markers
    style: str = "solid"  # solid | dash | dot
    estimate: list[bool] | None = None  # points the source marks as estimates
    low: list[float | None] | None = None  # band, e.g. P10
    high: list[float | None] | None = None  # band, e.g. P90
    colour: str | None = None
    hover: list[str] | None = None
    colours: list[str] | None = None  # one colour per point (bars coloured by status)
    labels: list[str] | None = None  # value labels printed beside each bar


@dataclass(frozen=True)
class Chart:
    key: str  # id in the page and stem of a saved file
    title: str
    source: str  # "Source: NATO, <title>, <date> (release id)"
    x_title: str
    y_title: str
    series: list[Series]
    lines: Sequence[tuple[float, str]] = ()  # reference values, e.g. pledge thresholds
    horizontal: bool = False  # bars with categories on the y axis
    height: int | None = None
    notes: list[str] = field(default_factory=list)
    x_from: int | None = None  # first year shown at first (the rest stays reachable by zooming out)
    legend: Sequence[tuple[str, str]] = ()  # (colour, label) keys for per-point colours

    def summary(self) -> str:
        """A one-line text alternative for screen readers."""
        parts = [f"{s.name}: {len([v for v in s.y if v is not None])} values" for s in self.series]
        return f"{self.title}. " + "; ".join(parts) + f". {self.source}"


def flag(value: Any) -> bool:
    """A yes/no cell that may be missing (pandas boolean): True only when present and true."""
    return (
        value is not None
        and value is not pd.NA
        and not (isinstance(value, float) and math.isnan(value))
        and bool(value)
    )


def _clean(values: Sequence[Any]) -> list[float | None]:
    out: list[float | None] = []
    for v in values:
        out.append(None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else float(v))
    return out


# ---------------------------------------------------------------------------------------------- builders
#: Status bands of the overview's bars (Okabe-Ito: orange, sky blue, blue; safe for colour-vision deficiencies).
BAND_COLOURS = {"below 2%": "#E69F00", "2% to 3.5%": "#56B4E9", "3.5% or more": "#0072B2"}


def ally_shares(table: pd.DataFrame, year: int, source: str, key: str = "ally-shares") -> Chart:
    """Each ally's share of GDP in one year, highest first, coloured by band against 2% and 3.5%, labelled.

    `table` has columns name, share_gdp, text (the value as published), status (actual/estimate) and band (a key
    of BAND_COLOURS), one row per ally. Estimates are lighter and labelled "est.", not told by colour alone.
    """
    rows = table[table["share_gdp"].notna()].sort_values("share_gdp")
    estimate = [s == "estimate" for s in rows["status"]]
    bands = list(rows["band"])
    series = Series(
        name=f"Share of GDP {year}",
        x=_clean(rows["share_gdp"]),
        y=list(rows["name"]),
        kind="bar",
        estimate=estimate,
        colour=PALETTE[0],
        colours=[BAND_COLOURS[b] for b in bands],
        labels=[f"{t} est." if e else str(t) for t, e in zip(rows["text"], estimate, strict=True)],
        hover=[
            f"{n}: {t}% of GDP{' (estimate)' if e else ''}"
            for n, t, e in zip(rows["name"], rows["text"], estimate, strict=True)
        ],
    )
    present = [b for b in BAND_COLOURS if b in set(bands)]
    return Chart(
        key=key,
        title=f"Defence expenditure as a share of GDP, {year}",
        source=source,
        x_title="% of GDP",
        y_title="",
        series=[series],
        lines=PLEDGE_LINES,
        horizontal=True,
        height=max(420, 22 * len(rows) + 130),
        notes=["Lighter bars marked est.: estimates."] if any(estimate) else [],
        legend=[(BAND_COLOURS[b], b) for b in present],
    )


def threshold_counts(
    years: Sequence[int], counts: Mapping[str, Sequence[int]], source: str, key: str = "threshold-counts"
) -> Chart:
    """How many allies were at or above each threshold, year by year.

    `counts` maps each threshold label (e.g. '2%', '3.5%', '5%') to its count in each of `years`.
    """
    series = [
        Series(
            name=f"at or above {label}",
            x=list(years),
            y=_clean(values),
            kind="line",
            colour=PALETTE[i % len(PALETTE)],
        )
        for i, (label, values) in enumerate(counts.items())
    ]
    return Chart(key, "Allies at or above each threshold", source, "Year", "Number of allies", series)


def history(
    frame: pd.DataFrame,
    title: str,
    y_title: str,
    source: str,
    key: str,
    lines: Sequence[tuple[float, str]] = PLEDGE_LINES,
    x_from: int | None = None,
) -> Chart:
    """One line per series over the years. `frame`: series, year, value, status (actual/estimate)."""
    series = []
    for i, (name, rows) in enumerate(frame.groupby("series", sort=False)):
        rows = rows.sort_values("year")
        series.append(
            Series(
                name=str(name),
                x=[int(y) for y in rows["year"]],
                y=_clean(rows["value"]),
                kind="line",
                style="solid" if i == 0 else ("dash" if i % 2 else "dot"),
                estimate=[s == "estimate" for s in rows["status"]],
                colour=PALETTE[i % len(PALETTE)],
            )
        )
    notes = ["Hollow markers: estimates."] if any(any(s.estimate or []) for s in series) else []
    return Chart(key, title, source, "Year", y_title, series, lines, notes=notes, x_from=x_from)


def path(
    frame: pd.DataFrame, title: str, source: str, threshold: float | None, key: str = "path", y_title: str = "% of GDP"
) -> Chart:
    """History, required path (and a baseline) with an optional band.

    `frame`: year, series, value, and optional low/high columns for a band on that series.
    """
    series = []
    for i, (name, rows) in enumerate(frame.groupby("series", sort=False)):
        rows = rows.sort_values("year")
        has_band = {"low", "high"} <= set(rows.columns) and rows["low"].notna().any()
        series.append(
            Series(
                name=str(name),
                x=[int(y) for y in rows["year"]],
                y=_clean(rows["value"]),
                style="solid" if i == 0 else "dash",
                low=_clean(rows["low"]) if has_band else None,
                high=_clean(rows["high"]) if has_band else None,
                colour=PALETTE[i % len(PALETTE)],
            )
        )
    lines = [(threshold, f"{threshold:g}%")] if threshold is not None and y_title.startswith("%") else []
    return Chart(key, title, source, "Year", y_title, series, lines)


def grouped_bars(
    frame: pd.DataFrame, category: str, columns: Sequence[str], title: str, x_title: str, source: str, key: str
) -> Chart:
    """Bars per category (e.g. ally) for several measures side by side, largest first."""
    rows = frame.sort_values(columns[0])
    series = [
        Series(name=col, x=_clean(rows[col]), y=list(rows[category]), kind="bar", colour=PALETTE[i % len(PALETTE)])
        for i, col in enumerate(columns)
    ]
    return Chart(key, title, source, x_title, "", series, horizontal=True, height=max(420, 26 * len(rows) + 120))


def status_shares(
    status: pd.DataFrame, source: str, key: str = "ally-shares", at_2: Sequence[str] = (), at_35: Sequence[str] = ()
) -> Chart:
    """ally_shares() from a compliance status table (country, country_name, share_gdp, share_decimals, estimate;
    attrs year); `at_2`, `at_35`: the allies at or above 2% and 3.5% (compliance compares at published precision)."""
    from natospend.formatting import published

    band = [
        "3.5% or more" if c in set(at_35) else ("2% to 3.5%" if c in set(at_2) else "below 2%")
        for c in status["country"]
    ]
    bars = pd.DataFrame(
        {
            "name": status["country_name"],
            "share_gdp": status["share_gdp"],
            "text": [published(v, d) for v, d in zip(status["share_gdp"], status["share_decimals"], strict=True)],
            "status": ["estimate" if flag(e) else "actual" for e in status["estimate"]],
            "band": band,
        }
    )
    return ally_shares(bars, int(status.attrs.get("year", status["year"].iloc[0])), source, key)


def path_charts(
    result: Any, bands: pd.DataFrame | None = None, key: str = "path", national: bool = False
) -> list[Chart]:
    """Two charts for a required path (projection.PathResult): share of GDP with the threshold, and spending with
    the baseline and (given `bands` from uncertainty.simulate) the P10-P90 band: in US dollars, or with `national`
    in the ally's own currency (bands from its national-currency GDP uncertainty, no exchange-rate step)."""
    hist, table = result.history, result.table
    pledge = result.assumptions.get("pledge", {}).get("id") or "explicit threshold"
    rid = result.assumptions["releases"]["nato"]
    cited = f"{result.assumptions['citation']} ({rid})" if result.assumptions.get("citation") else f"NATO ({rid})"
    source = f"Source: {cited}. Path: natospend ({result.path}, {pledge})."
    shares = pd.concat(
        [
            pd.DataFrame({"series": "NATO, published", "year": hist["year"], "value": hist["share_gdp"]}),
            pd.DataFrame({"series": "required path", "year": table["year"], "value": table["share_gdp"]}),
        ]
    )
    share_title = f"{result.name}: share of GDP to {result.threshold:g}% by {result.deadline}"
    own = result.assumptions.get("currency")  # None for an aggregate of several currencies
    currency = str(own) if national and own else "USD"
    spent, required, extra = (
        ("nc_current_m", "required_nc_m", "extra_nc_m")
        if national and own
        else ("usd_current_m", "required_usd_current_m", "extra_usd_current_m")
    )
    bn = 1000.0
    parts = [
        pd.DataFrame({"series": "NATO, published", "year": hist["year"], "value": hist[spent] / bn}),
        pd.DataFrame({"series": "required", "year": table["year"], "value": table[required] / bn}),
        pd.DataFrame(
            {
                "series": "baseline (latest share kept)",
                "year": table["year"],
                "value": (table[required] - table[extra]) / bn,
            }
        ),
    ]
    money_source = source
    if bands is not None:
        parts[1] = parts[1].assign(
            low=(bands[f"{required}_p10"] / bn).to_numpy(), high=(bands[f"{required}_p90"] / bn).to_numpy()
        )
        info = bands.attrs.get("assumptions", {})
        money_source += f" Band: P10-P90 of {info.get('simulations', 0):,} simulations (seed {info.get('seed')})."
    unit = "US$ bn" if currency == "USD" else f"{currency} bn"
    money_title = f"{result.name}: defence spending required, {unit} (current prices)"
    return [
        path(shares, share_title, source, result.threshold, f"{key}-share"),
        path(pd.concat(parts, ignore_index=True), money_title, money_source, None, f"{key}-money", unit),
    ]


def source_comparison(frame: pd.DataFrame, key: str = "compare") -> Chart:
    """A compare() frame: bars per release for a single year, else one line per release over the years; each
    source in its registry colour (NATO releases paler lines, so other sources stand out)."""
    from natospend.reference import countries
    from natospend.reference import sources as registry

    labels = frame["release_id"] + frame["edition"].map(lambda e: f" ({e})" if e else "")
    indicator = str(frame["indicator"].iloc[0])
    code = str(frame["country"].iloc[0])
    name = countries.by_code()[code].name if code in countries.by_code() else code
    title = f"{name}: {indicator} by source and release"
    source = "Sources: " + ", ".join(sorted(set(frame["release_id"])))
    if frame["year"].nunique() == 1:
        rows = frame.iloc[::-1]  # the first row on top
        bars = Series(
            name=f"{indicator}, {int(rows['year'].iloc[0])}",
            x=_clean(rows["value"]),
            y=list(labels[::-1]),
            kind="bar",
            colours=[registry.colour(str(src)) for src in rows["source"]],
            hover=[f"{lab}: {shown}" for lab, shown in zip(labels[::-1], rows["shown"], strict=True)],
        )
        return Chart(key, title, source, indicator, "", [bars], horizontal=True, height=max(420, 26 * len(rows) + 120))
    series = []
    for label, rows in frame.groupby(labels, sort=False):
        src = str(rows["source"].iloc[0])
        series.append(
            Series(
                name=str(label),
                x=[int(y) for y in rows["year"]],
                y=_clean(rows["value"]),
                kind="line",
                style="dot" if src == "nato" else "solid",  # NATO's many vintages recede; other sources stand out
                colour=registry.colour(src),
            )
        )
    return Chart(key, title, source, "year", indicator, series)


# ---------------------------------------------------------------------------------------------- Plotly
def _plotly_traces(chart: Chart) -> list[dict[str, Any]]:
    traces: list[dict[str, Any]] = []
    dash = {"solid": "solid", "dash": "dash", "dot": "dot"}
    for s in chart.series:
        colour = s.colour or PALETTE[0]
        if s.low is not None and s.high is not None:
            band_x = [x for x, v in zip(s.x, s.low, strict=True) if v is not None]
            low = [v for v in s.low if v is not None]
            high = [v for v in s.high if v is not None]
            traces.append(
                {
                    "type": "scatter",
                    "x": band_x + band_x[::-1],
                    "y": high + low[::-1],
                    "fill": "toself",
                    "fillcolor": _alpha(colour, 0.18),
                    "line": {"width": 0},
                    "hoverinfo": "skip",
                    "name": f"{s.name}: P10-P90",
                    "showlegend": True,
                }
            )
        if s.kind == "bar" and s.colours:
            # per-point colours; estimates lighter with a full-colour outline (and "est." in their label)
            estimates = s.estimate or [False] * len(s.colours)
            marker: dict[str, Any] = {
                "color": [_alpha(c, 0.45) if e else c for c, e in zip(s.colours, estimates, strict=True)],
                "line": {"color": s.colours, "width": 1.5},
            }
            trace: dict[str, Any] = {"type": "bar", "name": s.name, "marker": marker, "showlegend": False}
            trace.update(x=s.x, y=s.y, orientation="h") if chart.horizontal else trace.update(x=s.x, y=s.y)
        elif s.kind == "bar":
            marker = {"color": colour, "line": {"color": colour, "width": 1}}
            if s.estimate:  # estimates: hatched on a light fill
                marker["color"] = [_alpha(colour, 0.35) if e else colour for e in s.estimate]
                marker["pattern"] = {
                    "shape": ["/" if e else "" for e in s.estimate],
                    "fgcolor": colour,
                    "fillmode": "overlay",
                    "solidity": 0.4,
                }
            trace = {"type": "bar", "name": s.name, "marker": marker}
            if chart.horizontal:
                trace.update(x=s.x, y=s.y, orientation="h")
            else:
                trace.update(x=s.x, y=s.y)
        else:
            symbols = ["circle-open" if e else "circle" for e in s.estimate] if s.estimate else "circle"
            mode = "markers" if s.kind == "markers" else "lines+markers"
            trace = {
                "type": "scatter",
                "mode": mode,
                "name": s.name,
                "x": s.x,
                "y": s.y,
                "connectgaps": False,
                "line": {"color": colour, "dash": dash.get(s.style, "solid")},
                "marker": {"color": colour, "symbol": symbols, "size": 7},
            }
        if s.hover:  # hover text
            trace.update(hovertext=s.hover, hovertemplate="%{hovertext}<extra></extra>")
        if s.labels:  # value labels beside the bars, as published
            trace.update(text=s.labels, textposition="outside", cliponaxis=False, textfont={"size": 11})
        traces.append(trace)
    for colour, label in chart.legend:  # keys for per-point colours: empty traces that only show in the legend
        traces.append({"type": "bar", "x": [None], "y": [None], "name": label, "marker": {"color": colour}})
    return traces


def _alpha(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _alpha_rgb(hex_colour: str, alpha: float) -> tuple[float, float, float, float]:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return (r, g, b, alpha)


def plotly_figure(chart: Chart) -> dict[str, Any]:
    """The chart as a Plotly figure (data + layout), ready for Plotly.newPlot."""
    shapes, annotations = [], []
    for value, label in chart.lines:
        colour = THRESHOLD_COLOURS.get(value, "#555555")
        line = {"type": "line", "line": {"color": colour, "dash": "dash", "width": 1.5}}
        if chart.horizontal:
            shapes.append({**line, "xref": "x", "yref": "paper", "x0": value, "x1": value, "y0": 0, "y1": 1})
            annotations.append(
                {
                    "x": value,
                    "y": 1,
                    "xref": "x",
                    "yref": "paper",
                    "text": label,
                    "showarrow": False,
                    "yanchor": "bottom",
                    "font": {"color": colour, "size": 11},
                }
            )
        else:
            shapes.append({**line, "xref": "paper", "yref": "y", "x0": 0, "x1": 1, "y0": value, "y1": value})
            annotations.append(
                {
                    "x": 1,
                    "y": value,
                    "xref": "paper",
                    "yref": "y",
                    "text": label,
                    "showarrow": False,
                    "xanchor": "right",
                    "yanchor": "bottom",
                    "font": {"color": colour, "size": 11},
                }
            )
    caption = chart.source + ("  " + " ".join(chart.notes) if chart.notes else "")
    # The source line sits under the x-axis title; the legend goes above the plot, so neither overlaps.
    annotations.append(
        {
            "text": caption,
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "y": 0,
            "xanchor": "left",
            "yanchor": "top",
            "yshift": -52,
            "showarrow": False,
            "font": {"size": 10, "color": "#444"},
            "align": "left",
        }
    )
    layout: dict[str, Any] = {
        "title": {"text": chart.title, "x": 0, "xanchor": "left", "y": 0.98, "yanchor": "top", "font": {"size": 16}},
        "xaxis": {"title": {"text": chart.x_title, "standoff": 8}, "automargin": True, "zeroline": False},
        "yaxis": {"title": {"text": chart.y_title}, "automargin": True},
        "shapes": shapes,
        "annotations": annotations,
        "margin": {"l": 10, "r": 10, "t": 90, "b": 80},
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"},
        "showlegend": len(chart.series) > 1 or bool(chart.legend) or any(s.low is not None for s in chart.series),
        "barmode": "group",
        "hovermode": "closest",
        "font": {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
    }
    if chart.horizontal:
        categories = chart.series[0].y if chart.series else []
        layout["yaxis"].update(type="category", tickfont={"size": 11}, categoryorder="array", categoryarray=categories)
        if any(s.labels for s in chart.series):  # room for the value labels right of the longest bar
            top = max((v for s in chart.series for v in s.x if isinstance(v, int | float)), default=0.0)
            right = max([top, *(v for v, _ in chart.lines)])
            layout["xaxis"]["range"] = [0, right * 1.12]
    layout["height"] = chart.height or 460
    if chart.x_from is not None:
        last = max((x for s in chart.series for x in s.x if isinstance(x, int | float)), default=chart.x_from)
        layout["xaxis"]["range"] = [chart.x_from - 0.5, last + 0.5]
    if year_axis(chart):
        # Years are whole: ticks every 1, 2, 5... years, never at 2027.5.
        layout["xaxis"].update(tickformat="d", tick0=0, dtick=year_step(chart))
    return {"data": _plotly_traces(chart), "layout": layout}


def year_axis(chart: Chart) -> bool:
    """Is the x axis years (whole numbers on lines), rather than categories?"""
    xs = [x for s in chart.series if s.kind != "bar" for x in s.x]
    return not chart.horizontal and bool(xs) and all(isinstance(x, Integral) and not isinstance(x, bool) for x in xs)


def year_step(chart: Chart) -> int:
    """Tick spacing in whole years for at most about 12 ticks."""
    xs = [int(x) for s in chart.series for x in s.x]
    span = max(xs) - min(xs) if xs else 0
    return next(step for step in (1, 2, 5, 10, 20, 25, 50) if span / step <= 12 or step == 50)


def figure_json(chart: Chart) -> str:
    """Plotly figure JSON, safe to embed in a <script type="application/json"> block."""
    return json.dumps(plotly_figure(chart), separators=(",", ":"), allow_nan=False).replace("<", "\\u003c")


# ---------------------------------------------------------------------------------------------- matplotlib
def to_matplotlib(chart: Chart) -> Any:
    """The same chart as a matplotlib Figure (no display needed)."""
    from matplotlib.figure import Figure

    height = (chart.height or 480) / 96
    fig = Figure(figsize=(9.5, max(4.8, height)), dpi=110, layout="constrained")
    _draw(fig.add_subplot(), chart)
    caption = chart.source + ("  " + " ".join(chart.notes) if chart.notes else "")
    # supxlabel, unlike fig.text, is given room by the constrained layout, so it never overlaps the axis label.
    fig.supxlabel(caption, fontsize=7, color="#444444", x=0.01, ha="left", wrap=True)
    return fig


def panels_to_matplotlib(panels: Sequence[Chart], title: str, caption: str) -> Any:
    """Several charts over one x axis, stacked in one matplotlib Figure (the gap chart: share, then money)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9.5, 3.75 * len(panels)), dpi=110, layout="constrained")
    axes = fig.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    for ax, chart in zip(axes, panels, strict=True):
        _draw(ax, chart)
    from matplotlib.ticker import MaxNLocator

    axes[-1].xaxis.set_major_locator(MaxNLocator(integer=True))  # whole years (shared by every panel)
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    fig.supxlabel(caption, fontsize=7, color="#444444", x=0.01, ha="left", wrap=True)
    return fig


def _draw(ax: Any, chart: Chart) -> None:
    """Draw one chart's series, reference lines and titles onto matplotlib axes."""
    n_bars = sum(1 for s in chart.series if s.kind == "bar")
    bar_index = 0
    for s in chart.series:
        colour = s.colour or PALETTE[0]
        if s.kind == "bar":
            width = 0.8 / max(n_bars, 1)
            positions = [
                i + (bar_index - (n_bars - 1) / 2) * width for i in range(len(s.y if chart.horizontal else s.x))
            ]
            values = [v if v is not None else 0.0 for v in (s.x if chart.horizontal else s.y)]
            estimates = s.estimate or [False] * len(values)
            draw = ax.barh if chart.horizontal else ax.bar
            colours = s.colours or [colour] * len(values)
            bars = draw(positions, values, width * 0.9, color=colours, label=s.name, edgecolor=colours, linewidth=0.6)
            for bar, estimate, c in zip(bars, estimates, colours, strict=True):
                if estimate and s.colours:  # lighter, outlined and labelled "est.", as in the dashboard
                    bar.set_facecolor(_alpha_rgb(c, 0.45))
                elif estimate:  # hatched on a light fill
                    bar.set_facecolor(_alpha_rgb(colour, 0.35))
                    bar.set_hatch("///")
            if s.labels:
                ax.bar_label(bars, labels=s.labels, padding=2, fontsize=7)
            labels = s.y if chart.horizontal else s.x
            if chart.horizontal:
                ax.set_yticks(range(len(labels)), [str(v) for v in labels], fontsize=8)
            else:
                ax.set_xticks(range(len(labels)), [str(v) for v in labels], rotation=45, ha="right")
            bar_index += 1
            continue
        style = {"solid": "-", "dash": "--", "dot": ":"}.get(s.style, "-")
        points = [(x, y) for x, y in zip(s.x, s.y, strict=True) if y is not None]
        if s.low is not None and s.high is not None:
            band = [
                (x, lo, hi) for x, lo, hi in zip(s.x, s.low, s.high, strict=True) if lo is not None and hi is not None
            ]
            if band:
                ax.fill_between(
                    [b[0] for b in band],
                    [b[1] for b in band],
                    [b[2] for b in band],
                    color=colour,
                    alpha=0.18,
                    linewidth=0,
                    label=f"{s.name}: P10-P90",
                )
        if points:
            ax.plot(
                [p[0] for p in points],
                [p[1] for p in points],
                style,
                color=colour,
                label=s.name,
                marker="" if s.kind == "line" and not s.estimate else "o",
                markersize=4,
                linewidth=0 if s.kind == "markers" else 1.8,
            )
        if s.estimate:
            est = [(x, y) for x, y, e in zip(s.x, s.y, s.estimate, strict=True) if e and y is not None]
            if est:
                ax.plot(
                    [p[0] for p in est], [p[1] for p in est], "o", markerfacecolor="white", color=colour, markersize=5
                )
    for value, label in chart.lines:
        colour = THRESHOLD_COLOURS.get(value, "#555555")
        if chart.horizontal:
            ax.axvline(value, color=colour, linestyle="--", linewidth=1.2)
            ax.annotate(
                label,
                (value, 1.0),
                xycoords=("data", "axes fraction"),
                color=colour,
                fontsize=8,
                ha="center",
                va="bottom",
            )
        else:
            ax.axhline(value, color=colour, linestyle="--", linewidth=1.2)
            ax.annotate(
                label,
                (1.0, value),
                xycoords=("axes fraction", "data"),
                color=colour,
                fontsize=8,
                ha="right",
                va="bottom",
            )
    if chart.x_from is not None and not chart.horizontal:
        ax.set_xlim(left=chart.x_from - 0.5)
    ax.set_title(chart.title, loc="left", fontsize=12, pad=16 if chart.horizontal else 6)
    ax.set_xlabel(chart.x_title)
    if year_axis(chart):
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # whole years: never 2027.5
    ax.set_ylabel(chart.y_title)
    ax.grid(alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    if chart.legend:
        from matplotlib.patches import Patch

        keys = [Patch(color=c, label=label) for c, label in chart.legend]
        ax.legend(handles=keys, fontsize=8, frameon=True, framealpha=0.85, edgecolor="none", loc="lower right")
    elif len(chart.series) > 1 or any(s.low is not None for s in chart.series):
        ax.legend(fontsize=8, frameon=True, framealpha=0.85, edgecolor="none", loc="best")


def save(chart: Chart, out: Path) -> Path:
    """Write the chart as PNG or SVG, chosen by the file suffix."""
    return save_figure(to_matplotlib(chart), out, chart.title, chart.source)


def save_figure(fig: Any, out: Path, title: str, description: str = "") -> Path:
    """Write a rendered matplotlib Figure as PNG or SVG, chosen by the file suffix."""
    suffix = out.suffix.lower()
    if suffix not in {".png", ".svg"}:
        raise InvalidArgumentError("out", f"{out.name}: give a .png or .svg file name")
    fig.savefig(out, format=suffix[1:], metadata={"Title": title, "Description": description})
    return out
