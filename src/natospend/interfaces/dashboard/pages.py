"""Server-rendered pages: overview, country, sources, SQL, API docs, and Plotly's bundle served from the package.

Each page asks natospend.interfaces.api.tables for its tables (the API's own, so every table on a page can be
downloaded from the matching endpoint) and natospend.charts.figures for its charts.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from natospend.charts import figures as charts
from natospend.errors import NatoSpendError
from natospend.formatting import money, published
from natospend.interfaces.api.errors import ApiError
from natospend.interfaces.api.params import Release, TablesDep, Year
from natospend.interfaces.api.sql import SqlEngine
from natospend.interfaces.api.tables import Tables
from natospend.interfaces.dashboard import choropleth
from natospend.interfaces.dashboard.render import STATUS_TEXT, api_url, render
from natospend.interfaces.dashboard.views import Cell, ChartView, Column, Row, TableView, chart_view, estimate_mark
from natospend.reference import countries, pledges
from natospend.reference import sources as registry

router = APIRouter(include_in_schema=False)

THRESHOLDS = ((2.0, "2%"), (3.5, "3.5%"), (5.0, "5%"))
#: The pledge the country page projects to (The Hague, 3.5% core by 2035).
HAGUE_CORE = "hague-2025-core-3.5"
EXAMPLE_SQL = """SELECT country, year, value, release_id FROM latest
WHERE indicator = 'share_gdp' AND year = 2025
ORDER BY value DESC"""


def status_cell(status: object, note: str = "") -> Cell:
    text = STATUS_TEXT.get(str(status), str(status))
    cls = {"met": "yes", "not_met": "no"}.get(str(status))
    return Cell(text, text, cls=cls, title=note or None)


# ---------------------------------------------------------------------------------------------- overview
def _release_options(tables: Tables) -> list[tuple[str, str]]:
    rel = tables.releases("nato").iloc[::-1]
    return [
        (
            str(r.release_id),
            f"{r.release_date:%b %Y}: {r.title}" + ("" if r.completeness == "complete" else " (partial)"),
        )
        for r in rel.itertuples()
    ]


def _status_table(frame: pd.DataFrame, year: int, source: str, download: str) -> TableView:
    view = TableView(
        key="allies",
        title=f"Every ally against the pledges, {year}",
        source=source,
        columns=[
            Column("Ally"),
            Column("Rank", True),
            Column("Share of GDP (%)", True),
            Column("Equipment (% of defence exp.)", True),
            Column("2%", cls="nowrap", help="Vilnius 2023: at least 2% every year (the 2006 guideline before 2024)"),
            Column("3.5% core", cls="nowrap", help="The Hague 2025: 3.5% of GDP on core defence by 2035"),
            Column(
                "5% total", cls="nowrap", help="The Hague 2025: 5% with defence- and security-related spending by 2035"
            ),
            Column("National pledges", cls="small"),
            Column("Origin", cls="small"),
        ],
        download=download,
    )
    for r in frame.itertuples():
        share = Cell(
            published(r.share_gdp, r.share_decimals),
            None if pd.isna(r.share_gdp) else r.share_gdp,
            **estimate_mark("estimate" if charts.flag(r.estimate) else ""),
        )
        equip = Cell(
            published(r.equipment_share, r.equipment_decimals),
            None if pd.isna(r.equipment_share) else r.equipment_share,
        )
        national = "; ".join(
            f"{_pledge_title(part.split(': ')[0])}: {STATUS_TEXT.get(part.split(': ')[-1], part.split(': ')[-1])}"
            for part in str(r.national).split("; ")
            if part
        )
        view.rows.append(
            Row(
                [
                    Cell(str(r.country_name), str(r.country_name), href=f"/country/{r.country}"),
                    Cell(str(r.rank), int(r.rank)),
                    share,
                    equip,
                    status_cell(r.status_2pct),
                    status_cell(r.status_3_5_core, str(r.note)),
                    status_cell(r.status_5_total, str(r.note)),
                    Cell(national),
                    Cell(str(r.origin)),
                ]
            )
        )
    return view


def _pledge_title(pledge_id: str) -> str:
    """The register's title for a pledge id (ids are for the API; a page shows what people call it)."""
    try:
        title = pledges.get(pledge_id).title
    except NatoSpendError:
        return pledge_id
    return title.split(": ", 1)[-1]  # "Lithuania: 5-6% of GDP ..." sits in Lithuania's row already


def _count_history_table(frame: pd.DataFrame, year: int) -> TableView:
    view = TableView(
        key="count-history",
        title=f"Allies at or above 2% in {year}, release by release",
        source="Source: every NATO release in the dataset holding figures for that year.",
        columns=[
            Column("Release"),
            Column("Published"),
            Column("Allies", True),
            Column("Which"),
            Column("Change", True),
        ],
        download=api_url("status/count-history", threshold=2, year=year),
        sortable=False,
    )
    for r in frame.itertuples():
        partial = r.completeness != "complete"
        count = "" if pd.isna(r.count) else str(r.count)
        if partial and not pd.isna(r.count):
            count += f" of {r.n_reported} reported"
        change = "" if pd.isna(r.change) else f"{int(r.change):+d}"
        view.rows.append(
            Row(
                [
                    Cell(str(r.release_id) + (" (partial)" if partial else "")),
                    Cell(str(r.release_date)),
                    Cell(count),
                    Cell(str(r.allies)),
                    Cell(change),
                ]
            )
        )
    return view


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, tables: TablesDep, release: Release = None, year: Year = None) -> HTMLResponse:
    notice = ""
    rid = release or tables.latest_release("nato")
    years = tables.years(rid, "share_gdp")
    if year is not None and year not in set(years["year"]):
        # Switching release keeps the year in the form; show the release's newest year rather than an error page.
        notice = f"{rid} has no share-of-GDP figures for {year}; showing {int(years['year'].iloc[0])}."
        year = None
    frame = tables.status(year, rid, None)
    year = int(frame.attrs["year"])
    label = tables.release_label(rid)
    source = f"Source: {label}."
    download = api_url("status", year=year, release=rid)
    counts = []
    reported = int(frame["share_gdp"].notna().sum())
    above = {t: list(tables.at_or_above(t, year, rid, None)["country"]) for t, _ in THRESHOLDS}
    for t, lab in THRESHOLDS:
        counts.append({"threshold": t, "label": lab, "n": len(above[t]), "total": reported})
    bars = charts.status_shares(frame, source, at_2=above[2.0], at_35=above[3.5])
    chart_list: list[ChartView] = [chart_view(bars, download)]
    over_time = tables.counts_over_time(rid)
    if len(over_time) > 1:
        chart = charts.threshold_counts(over_time, source)
        chart_list.append(chart_view(chart, api_url("status/counts", release=rid)))
    aggregates = tables.aggregates(year, rid)
    return render(
        request,
        "overview.html",
        f"Overview {year}",
        body_class="overview",
        notice=notice,
        release=rid,
        release_label=label,
        releases=_release_options(tables),
        year=year,
        years=years["year"].tolist(),
        estimate_years=set(years.loc[years["estimate"], "year"]),
        counts=counts,
        aggregates=[
            {"name": r.name, "text": published(r.value, r.decimals) + "%", "estimate": r.status == "estimate"}
            for r in aggregates.itertuples()
        ],
        allies=_status_table(frame, year, source, download),
        share_map=_share_map(frame, year, source),
        history=_count_history_table(tables.count_history(2.0, year), year),
        charts=chart_list,
        country_options=[(c.code, c.name) for c in countries.allies() if c.has_armed_forces],
    )


def _share_map(frame: pd.DataFrame, year: int, source: str) -> choropleth.MapView:
    values = {
        str(r.country): (float(r.share_gdp), published(r.share_gdp, r.share_decimals), charts.flag(r.estimate))
        for r in frame.itertuples()
        if not pd.isna(r.share_gdp)
    }
    names = {str(r.country): str(r.country_name) for r in frame.itertuples()}
    return choropleth.share_map(values, names, f"Defence expenditure as a share of GDP, {year}", source)


# ---------------------------------------------------------------------------------------------- country
def side_by_side(vintages: pd.DataFrame, key: str, title: str, download: str) -> TableView:
    """Years down, one column per source or release across, as each published it."""
    series = list(dict.fromkeys(vintages["series"]))
    releases = ", ".join(dict.fromkeys(vintages["release_id"]))
    view = TableView(
        key=key,
        title=title,
        source=f"Sources: {releases}.",
        columns=[Column("Year"), *(Column(s, True) for s in series)],
        download=download,
        cards=False,
    )
    cells = {(r.series, r.year): r for r in vintages.itertuples()}
    years = sorted(set(vintages["year"]), reverse=True)
    since = _first_year_shown(vintages)
    if since is not None and years[-1] < since:
        view.source += f" Years before {since} (back to {years[-1]}) are in the download."
        years = [y for y in years if y >= since]
    for year in years:
        row = [Cell(str(year), year)]
        for s in series:
            hit = cells.get((s, year))
            if hit is None:
                row.append(Cell("", None))
            else:
                row.append(
                    Cell(
                        published(hit.value, hit.decimals),
                        hit.value,
                        title=f"{hit.release_id} {hit.origin}",
                        **estimate_mark(hit.status),
                    )
                )
        view.rows.append(Row(row))
    return view


def _pledges_table(frame: pd.DataFrame, name: str, code: str) -> TableView:
    view = TableView(
        key="pledges",
        title=f"{name}: pledges and their status",
        source=f"Sources: natospend pledge register; figures from {', '.join(dict.fromkeys(frame['release_id']))}.",
        columns=[
            Column("Pledge"),
            Column("Year", True),
            Column("Threshold", True),
            Column("Value", True),
            Column("Status"),
            Column("Margin (points)", True),
            Column("On track"),
            Column("Note"),
        ],
        download=api_url("pledges", country=code),
    )
    for r in frame.itertuples():
        on_track = "" if pd.isna(r.on_track) else ("yes" if r.on_track else "no")
        unit = pledges.METRICS[str(r.metric)].unit if str(r.metric) in pledges.METRICS else ""
        has_value = not pd.isna(r.value)
        year_text = str(r.year) if str(r.fiscal_year).endswith("(calendar year)") else f"{r.year}: {r.fiscal_year}"
        view.rows.append(
            Row(
                [
                    Cell(str(r.title), str(r.pledge_id), title=str(r.pledge_id)),
                    Cell(year_text, int(r.year)),
                    Cell(f"{r.threshold:g} {unit}".strip(), r.threshold),
                    Cell(
                        published(r.value, r.decimals),
                        r.value if has_value else None,
                        **estimate_mark("estimate" if has_value and charts.flag(r.estimate) else ""),
                    ),
                    status_cell(r.status, str(r.note)),
                    Cell(
                        "" if pd.isna(r.margin_pp) else f"{r.margin_pp:+.2f}",
                        None if pd.isna(r.margin_pp) else r.margin_pp,
                    ),
                    Cell(on_track),
                    Cell(str(r.note), cls="small"),
                ]
            )
        )
    return view


def path_charts(result: Any, bands: pd.DataFrame | None, key: str, download: str) -> list[ChartView]:
    return [chart_view(c, download) for c in charts.path_charts(result, bands, key)]


def path_table(result: Any, bands: pd.DataFrame | None, download: str) -> TableView:
    currency = result.assumptions.get("currency") or "national currency"
    view = TableView(
        key="path-table",
        title=f"{result.name}: required path to {result.threshold:g}% of GDP by {result.deadline}",
        source=f"Source: NATO ({result.assumptions['releases']['nato']}); natospend projection ({result.path} path).",
        columns=[
            Column("Year"),
            Column("Share of GDP (%)", True),
            Column("Required, US$ m", True),
            Column("P10-P90, US$ m", True),
            Column(f"Required, {currency} m", True),
            Column("Extra over baseline, US$ m", True),
            Column("Cumulative extra, US$ m", True),
            Column("Implied real growth (%)", True),
        ],
        download=download,
        sortable=False,
    )
    bands_by_year = {} if bands is None else {int(r.year): r for r in bands.itertuples()}
    for r in result.table.itertuples():
        band = bands_by_year.get(int(r.year))
        band_text = (
            ""
            if band is None or r.kind == "data"
            else f"{band.required_usd_current_m_p10:,.0f}-{band.required_usd_current_m_p90:,.0f}"
        )
        view.rows.append(
            Row(
                [
                    Cell(f"{r.year}{' (data)' if r.kind == 'data' else ''}", int(r.year)),
                    Cell(f"{r.share_gdp:.2f}", r.share_gdp),
                    Cell(f"{r.required_usd_current_m:,.0f}", r.required_usd_current_m),
                    Cell(band_text),
                    Cell("" if pd.isna(r.required_nc_m) else f"{r.required_nc_m:,.0f}", None),
                    Cell(f"{r.extra_usd_current_m:,.0f}", r.extra_usd_current_m),
                    Cell(f"{r.cumulative_extra_usd_current_m:,.0f}", r.cumulative_extra_usd_current_m),
                    Cell("" if pd.isna(r.implied_real_growth_pct) else f"{r.implied_real_growth_pct:.1f}", None),
                ]
            )
        )
    return view


def _first_year_shown(vintages: pd.DataFrame) -> int | None:
    """Five years before NATO's first figure: other sources go back to 1949 and would dwarf the pledge years."""
    nato_years = vintages.loc[vintages["source"] == "nato", "year"]
    return int(nato_years.min()) - 5 if not nato_years.empty else None


def _history_chart(vintages: pd.DataFrame, title: str, y_title: str, key: str, lines: Any, download: str) -> ChartView:
    releases = ", ".join(dict.fromkeys(vintages["release_id"]))
    chart = charts.history(vintages, title, y_title, f"Sources: {releases}.", key, lines, _first_year_shown(vintages))
    return chart_view(chart, download)


@router.get("/country", response_class=HTMLResponse)
def country_pick(code: Annotated[str, Query(max_length=64)]) -> Response:
    """The 'open a country' form: redirect to the country page (any spelling accepted)."""
    return RedirectResponse(f"/country/{countries.resolve(code)}", status_code=303)


def _headline(tables: Tables, info: countries.Country) -> list[dict[str, str]]:
    """The newest NATO year: spending in the ally's currency and in dollars, and its share of GDP as first
    published and as now published (NATO revises figures release after release)."""
    frame = tables.observations([info.code], ["nc_current_m", "usd_current_m", "share_gdp"], None, ["nato"], None)
    frame = frame[frame["value"].notna()]
    if frame.empty:
        return []
    year = int(frame["year"].max())
    now = {r.indicator: r for r in frame[frame["year"] == year].itertuples()}
    tiles = []
    if "nc_current_m" in now and "usd_current_m" in now:
        nc, usd = now["nc_current_m"], now["usd_current_m"]
        est = " (estimate)" if nc.status == "estimate" else ""
        dollars = "" if info.currency == "USD" else f", {money(usd.value)} at current prices and exchange rates"
        tiles.append(
            {
                "big": money(nc.value, info.currency),
                "text": f"on defence in {year}{est}{dollars}",
                "source": str(nc.release_id),
            }
        )
    if "share_gdp" in now:
        latest = now["share_gdp"]
        text = f"of GDP in {year}" + (" (estimate)" if latest.status == "estimate" else "")
        tiles.append(
            {"big": published(latest.value, latest.decimals) + "%", "text": text, "source": str(latest.release_id)}
        )
    for earlier in range(year - 1, year - 4, -1):  # the newest year NATO has revised since it first printed it
        history = tables.revisions(info.code, "share_gdp", earlier, "nato")
        history = history[history["value"].notna()]
        if len(history) < 2:
            continue
        first, last = history.iloc[0], history.iloc[-1]
        then, now_text = (published(r["value"], r["decimals"]) for r in (first, last))
        tiles.append(
            {
                "big": f"{then}% → {now_text}%",
                "text": f"of GDP in {earlier}: first published in {first['release_id']}, now in {last['release_id']}",
                "source": "",
            }
        )
        break
    return tiles


def _fiscal_text(info: countries.Country) -> str:
    if info.kind != "ally":
        return ""
    if info.fiscal_year_label == "calendar":
        return "its fiscal year is the calendar year"
    return f"NATO's year 2027 is its {info.fiscal_year_text(2027)}"


def _block(anchor: str, heading: str, **more: Any) -> dict[str, Any]:
    return {"anchor": anchor, "heading": heading, "charts": [], "tables": [], "text": "", "empty": "", **more}


def _compare_table(frame: pd.DataFrame, name: str, year: int, download: str) -> TableView:
    view = TableView(
        key="compare",
        title=f"{name}, {year}: every release of every source",
        source="Sources: " + ", ".join(dict.fromkeys(str(r) for r in frame["release_id"])) + ".",
        columns=[
            Column("Source"),
            Column("Release"),
            Column("Published"),
            Column("Value", True),
            Column("Unit"),
            Column("Difference from newest NATO", True),
            Column("Origin", cls="small"),
        ],
        download=download,
    )
    for r in frame.itertuples():
        diff = None if pd.isna(r.diff_vs_nato) else float(r.diff_vs_nato)
        origin = str(r.origin) or str(r.citation)
        view.rows.append(
            Row(
                [
                    Cell(registry.publisher(str(r.source))),
                    Cell(str(r.edition or r.release_id)),
                    Cell(str(r.release_date)),
                    Cell(str(r.shown), float(r.value), **estimate_mark(r.status)),
                    Cell(str(r.unit)),
                    Cell("" if diff is None else f"{diff:+.2f}", diff),
                    Cell(origin, title=str(r.citation) or None),
                ]
            )
        )
    return view


def _comparison_year(vintages: pd.DataFrame, asked: int | None) -> int:
    """The asked year, else the newest year with figures from more than one source, else the newest."""
    if asked is not None:
        return asked
    per_year = vintages.groupby("year")["source"].nunique()
    shared = per_year[per_year > 1]
    return int(shared.index.max() if not shared.empty else per_year.index.max())


@router.get("/country/{code}", response_class=HTMLResponse)
def country_page(request: Request, code: str, tables: TablesDep, year: Year = None) -> Response:
    resolved = countries.resolve(code)
    if resolved != code:
        return RedirectResponse(f"/country/{resolved}", status_code=301)
    info = countries.by_code()[code]
    blocks: list[dict[str, Any]] = []
    headline = _headline(tables, info) if info.kind == "ally" and info.has_armed_forces else []

    if info.kind == "ally":
        block = _block("pledges", "Pledges and status")
        evaluated = tables.country_pledges(code)
        if evaluated.empty:
            block["empty"] = f"No pledge in the register binds {info.name}."
        else:
            block["text"] = "Each pledge binding this ally, evaluated in the newest year with a figure (or due)."
            block["tables"].append(_pledges_table(evaluated, info.name, code))
        blocks.append(block)

    block = _block("path", "Path and gap to 3.5% core by 2035")
    download = api_url("paths", country=code, pledge=HAGUE_CORE, simulations=1000, seed=1)
    try:
        result = tables.path(code, HAGUE_CORE)
        bands = tables.bands(result, (code, HAGUE_CORE), 1000, 1)
    except NatoSpendError as exc:
        block["empty"] = f"No path can be computed: {exc}"
    else:
        block["text"] = (
            "Straight line in share of GDP from the last data year to 3.5% in 2035; the band shows P10-P90 of "
            "1,000 simulations of GDP growth. Try other assumptions in the scenario builder."
        )
        start = float(result.table["share_gdp"].iloc[0])
        if start >= result.threshold:
            block["text"] += (
                f" {info.name} already meets 3.5% ({start:.2f}% of GDP): the path keeps today's share, so the extra "
                "is 0; a pledge is a floor, not a ceiling."
            )
        block["charts"].extend(path_charts(result, bands, "path", download))
        block["tables"].append(path_table(result, bands, download))
        block["link"] = f"/scenario?country={code}&pledge={HAGUE_CORE}"
    blocks.append(block)

    shares = tables.vintages(code, "share_gdp")
    download = api_url("observations/vintages", country=code, indicator="share_gdp")
    block = _block("history", "Share of GDP: NATO and other sources")
    if shares.empty:
        block["empty"] = f"No source publishes a share of GDP for {info.name}."
    else:
        block["text"] = (
            "Each complete NATO release and the newest edition of every other source, as published. Sources define "
            "defence spending differently (pensions, paramilitary forces, fiscal years)."
        )
        title = f"{info.name}: defence expenditure as a share of GDP"
        block["charts"].append(
            _history_chart(shares, title, "% of GDP", "share-history", charts.PLEDGE_LINES, download)
        )
        block["tables"].append(
            side_by_side(shares, "sources", f"{info.name}: share of GDP by source and release", download)
        )
    blocks.append(block)

    if not shares.empty:
        chosen = _comparison_year(shares, year)
        block = _block("compare", f"Why the sources differ, {chosen}")
        block["form"] = {"years": sorted(set(shares["year"]), reverse=True), "year": chosen}
        frame = tables.compare(code, chosen, "share_gdp")
        if frame.empty:
            block["empty"] = f"No source has a share of GDP for {info.name} in {chosen}."
        else:
            block["lines"] = tables.explain(code, chosen, "share_gdp")
            dl = api_url("compare", country=code, year=chosen)
            block["tables"].append(_compare_table(frame, info.name, chosen, dl))
        blocks.append(block)

    equipment = tables.vintages(code, "equipment_share")
    download = api_url("observations/vintages", country=code, indicator="equipment_share")
    block = _block("equipment", "Equipment share (20% guideline)")
    if equipment.empty:
        block["empty"] = f"No equipment share published for {info.name}."
    else:
        title = f"{info.name}: equipment as a share of defence expenditure"
        lines = ((20.0, "20% guideline"),)
        block["charts"].append(
            _history_chart(equipment, title, "% of defence expenditure", "equipment", lines, download)
        )
        block["tables"].append(side_by_side(equipment, "equipment-table", f"{info.name}: equipment share", download))
    blocks.append(block)
    return render(
        request,
        "country.html",
        info.name,
        active="/",
        country=info,
        headline=headline,
        fiscal_text=_fiscal_text(info),
        sections=[(b["anchor"], b["heading"]) for b in blocks],
        blocks=blocks,
    )


# ---------------------------------------------------------------------------------------------- sources, SQL, docs
# ---------------------------------------------------------------------------------------------- what changed
#: Indicators whose revisions the page lists (the rest are in the download).
CHANGES_SHOWN = ("share_gdp", "equipment_share", "real_change")


def _revisions_table(rows: list[Any], code: str, download: str, limit: int = 25) -> TableView:
    view = TableView(
        key=f"revised-{code}",
        title=f"{code}: {len(rows)} revised figures" + (f", largest {limit}" if len(rows) > limit else ""),
        source="Both releases, at the precision each printed; cells of origin on each side.",
        columns=[
            Column("Ally"),
            Column("Year", True),
            Column("Before", True),
            Column("After", True),
            Column("Change", True),
            Column("Cells"),
        ],
        download=download,
    )
    for r in rows[:limit]:
        cells = f"{r.before.origin} -> {r.after.origin}"
        view.rows.append(
            Row(
                [
                    Cell(r.country_name, r.country_name),
                    Cell(str(r.year), r.year),
                    Cell(r.before.shown, r.before.value, **estimate_mark(r.before.status)),
                    Cell(r.after.shown, r.after.value, **estimate_mark(r.after.status)),
                    Cell(f"{r.change:+.2f}", r.change),
                    Cell(cells),
                ]
            )
        )
    return view


def _changes(request: Request, tables: Tables, a: str | None, b: str | None) -> HTMLResponse:
    d = tables.diff(a, b)
    download = api_url("diff", a=d.a.release_id, b=d.b.release_id)
    revisions = [
        _revisions_table([r for r in d.revisions if r.indicator == code], code, download)
        for code in CHANGES_SHOWN
        if any(r.indicator == code for r in d.revisions)
    ]
    options = (
        _release_options(tables)
        if d.a.source == "nato"
        else [(str(r), str(r)) for r in tables.releases(d.a.source)["release_id"][::-1]]
    )
    return render(
        request, "changes.html", "What changed", d=d, a=d.a, b=d.b, revisions=revisions, options=options,
        active="/changes",
    )  # fmt: skip


@router.get("/changes", response_class=HTMLResponse)
def changes_page(
    request: Request,
    tables: TablesDep,
    a: Annotated[str | None, Query(max_length=64)] = None,
    b: Annotated[str | None, Query(max_length=64)] = None,
) -> HTMLResponse:
    """What changed between two releases (default: the two newest complete NATO releases)."""
    return _changes(request, tables, a, b)


@router.get("/changes/{release}", response_class=HTMLResponse)
def release_changes_page(request: Request, release: str, tables: TablesDep) -> HTMLResponse:
    """What one release changed, against the previous complete release of its publisher."""
    return _changes(request, tables, release, None)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, tables: TablesDep) -> HTMLResponse:
    rel = tables.releases().iloc[::-1]
    view = TableView(
        key="releases",
        title="Releases in the dataset",
        source="natospend sources manifest.",
        columns=[Column("Release"), Column("Published"), Column("Title"), Column("Coverage"), Column("Completeness")],
        download=api_url("releases"),
    )
    for r in rel.itertuples():
        view.rows.append(
            Row(
                [
                    Cell(str(r.release_id), str(r.release_id)),
                    Cell(str(r.release_date), str(r.release_date)),
                    Cell(str(r.title), href=str(r.url) or None),
                    Cell(str(r.coverage)),
                    Cell(str(r.completeness)),
                ]
            )
        )
    return render(request, "sources.html", "Sources", releases=view)


def frame_table(
    frame: pd.DataFrame, key: str, title: str, source: str, download: str | None, limit: int = 500
) -> TableView:
    view = TableView(
        key=key,
        title=title,
        source=source + (f" First {limit} rows shown." if len(frame) > limit else ""),
        columns=[Column(str(c), pd.api.types.is_numeric_dtype(frame[c])) for c in frame.columns],
        download=download,
        row_headers=False,
        cards=False,
    )
    for values in frame.head(limit).itertuples(index=False):
        view.rows.append(Row([Cell("" if _missing(v) else str(v), None if _missing(v) else v) for v in values]))
    return view


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


@router.get("/sql", response_class=HTMLResponse)
def sql_page(request: Request, query: Annotated[str, Query(max_length=20_000)] = "") -> HTMLResponse:
    engine: SqlEngine = request.app.state.sql
    context: dict[str, Any] = {
        "query": query or EXAMPLE_SQL,
        "limits": engine.limits,
        "schema": engine.tables(),
        "error": None,
        "result": None,
    }
    status = 200
    if query.strip():
        try:
            frame = engine.run(query).frame
        except ApiError as exc:
            context["error"], status = exc.message, exc.status
        else:
            title = f"Result: {len(frame):,} rows"
            context["result"] = frame_table(
                frame, "result", title, "Source: natospend dataset.", api_url("sql", query=query)
            )
    return render(request, "sql.html", "SQL", status, **context)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """Offline API documentation built from the OpenAPI schema (the Swagger UI would need a CDN)."""
    schema = request.app.openapi()
    components = schema.get("components", {}).get("schemas", {})
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "type": _type_text(p.get("schema", {}), components),
                    "description": p.get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            example = path if method == "get" and "{" not in path and not any(p["required"] for p in params) else None
            anchor = f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "anchor": anchor,
                    "body": _ref_name(body),
                    "example": example,
                }
            )
    info = schema["info"]
    return render(
        request, "docs.html", "API", api_title=info["title"], api_version=info["version"], operations=operations
    )


def _type_text(schema: dict[str, Any], components: dict[str, Any]) -> str:
    """A short type for a parameter: 'integer', 'list of string', 'csv | json | xlsx | parquet'..."""
    if "anyOf" in schema:
        return " or ".join(_type_text(s, components) for s in schema["anyOf"] if s.get("type") != "null")
    if "$ref" in schema:
        target = components.get(_ref_name(schema), {})
        return _type_text(target, components) if target else _ref_name(schema)
    if schema.get("type") == "array":
        return f"list of {_type_text(schema.get('items', {}), components)}"
    if "enum" in schema:
        return " | ".join(str(e) for e in schema["enum"])
    return str(schema.get("format") or schema.get("type") or "any")


def _ref_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref", "")
    return str(ref).rsplit("/", 1)[-1] if ref else ""


# ---------------------------------------------------------------------------------------------- Plotly bundle
#: Plotly's partial "basic" bundle (bar, scatter, pie: all our charts use), copied from the npm package by
#: `make assets`; a quarter the weight of the full bundle the Python package ships.
PLOTLY_BASIC = Path(__file__).resolve().parent / "static" / "vendor" / "plotly-basic.min.js"


@cache
def _plotly_js() -> tuple[bytes, bytes]:
    """The bundle and its gzip, read once. Without `make assets` the full bundle of the plotly package is served
    (heavier, but the charts still draw), with a warning in the log."""
    if PLOTLY_BASIC.exists():
        data = PLOTLY_BASIC.read_bytes()
    else:
        import logging

        import plotly

        logging.getLogger("natospend.dashboard").warning(
            "%s missing (run `make assets`): serving the full plotly.js bundle", PLOTLY_BASIC
        )
        data = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_bytes()
    return data, gzip.compress(data, 6, mtime=0)


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico whatever the page says; the SVG icon serves both."""
    icon = Path(__file__).resolve().parent / "static" / "favicon.svg"
    return Response(icon.read_bytes(), media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})


@router.get("/vendor/plotly.min.js")
def plotly_js(request: Request) -> Response:
    plain, packed = _plotly_js()
    headers = {"Cache-Control": "public, max-age=86400", "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", ""):
        return Response(packed, media_type="text/javascript", headers={**headers, "Content-Encoding": "gzip"})
    return Response(plain, media_type="text/javascript", headers=headers)
