"""Server-rendered pages: overview, country, sources, SQL, API docs, and Plotly's bundle served from the package.

Each page asks natospend.interfaces.api.tables for its tables (the API's own, so every table on a page can be
downloaded from the matching endpoint) and natospend.charts.figures for its charts.
"""

from __future__ import annotations

import gzip
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from natospend.charts import figures as charts
from natospend.errors import NatoSpendError
from natospend.formatting import money, money_range, printed_change, published
from natospend.interfaces.api.errors import ApiError
from natospend.interfaces.api.params import Release, TablesDep, Year
from natospend.interfaces.api.sql import SqlEngine
from natospend.interfaces.api.tables import Tables
from natospend.interfaces.dashboard import choropleth
from natospend.interfaces.dashboard.render import STATUS_TEXT, api_url, render
from natospend.interfaces.dashboard.views import (
    Cell,
    ChartView,
    Column,
    Mark,
    Provenance,
    Row,
    TableView,
    chart_view,
    estimate_mark,
    figure_marks,
    grade_badge,
    provenance,
)
from natospend.reference import countries, indicators, pledges
from natospend.reference import sources as registry
from natospend.service.results import Comparison, CountryPledgeRow, CountryPledges, Vintages

router = APIRouter(include_in_schema=False)

THRESHOLDS = ((2.0, "2%"), (3.5, "3.5%"), (5.0, "5%"))
#: The pledge the country page projects to (The Hague, 3.5% core by 2035).
HAGUE_CORE = "hague-2025-core-3.5"
EXAMPLE_SQL = """SELECT country, year, value, release_id FROM latest
WHERE indicator = 'share_gdp' AND year = 2025
ORDER BY value DESC"""


def status_cell(status: object, note: str = "", marks: tuple[Mark, ...] = ()) -> Cell:
    text = STATUS_TEXT.get(str(status), str(status))
    cls = {"met": "yes", "not_met": "no"}.get(str(status))
    return Cell(text, text, cls=cls, title=note or None, marks=marks)


def cited(tables: Tables, releases: Any, named: tuple[str, ...] = ()) -> Provenance:
    """Grades and citation lines for the releases a table or chart shows (NATO tables named: 'Table 3')."""
    return provenance(tables.ds, list(releases), named)


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


def _status_table(frame: pd.DataFrame, year: int, source: str, download: str, cite: Provenance) -> TableView:
    rid = str(frame.attrs.get("release_id", ""))
    revised = frame["share_first_release_id"].fillna(rid).ne(rid).any()
    first = [Column("First published (%)", True, help="The share of GDP in the release that first printed it")]
    view = TableView(
        key="allies",
        title=f"Every ally against the pledges, {year}",
        source=source,
        columns=[
            Column("Ally"),
            Column("Rank", True),
            Column("Share of GDP (%)", True),
            *(first if revised else []),
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
    ).cite(cite)
    for r in frame.itertuples():
        share = Cell(
            published(r.share_gdp, r.share_decimals),
            None if pd.isna(r.share_gdp) else r.share_gdp,
            marks=figure_marks(r.caveats, r.provenance, cite.grade),
        )
        was = _first_published_cell(r, rid) if revised else None
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
                    *([was] if was is not None else []),
                    equip,
                    status_cell(r.status_2pct, marks=_status_revised(r)),
                    status_cell(r.status_3_5_core, str(r.note)),
                    status_cell(r.status_5_total, str(r.note)),
                    Cell(national),
                    Cell(str(r.origin)),
                ]
            )
        )
    return view


def _first_published_cell(r: Any, rid: str) -> Cell:
    """The share as first printed, with its release, where a later release revised it (else empty)."""
    if pd.isna(r.share_first) or str(r.share_first_release_id) in ("", rid):
        return Cell("", None)
    then = published(r.share_first, r.share_first_decimals)
    if then == published(r.share_gdp, r.share_decimals):
        return Cell("", None, title=f"unchanged since {r.share_first_release_id}")
    return Cell(then, float(r.share_first), title=f"as first published in {r.share_first_release_id}")


def _status_revised(r: Any) -> tuple[Mark, ...]:
    """A 'revised' badge on a 2% status that differs from the one the first release gave."""
    was = str(r.status_2pct_first or "")
    if not was or pd.isna(r.status_2pct_first):
        return ()
    then = STATUS_TEXT.get(was, was)
    text = (
        f"{then} when first published ({r.share_first_release_id}, {published(r.share_first, r.share_first_decimals)}%)"
    )
    return (Mark("revised", text, "caveat revised"),)


def _pledge_title(pledge_id: str) -> str:
    """The register's title for a pledge id (ids are for the API; a page shows what people call it)."""
    try:
        title = pledges.get(pledge_id).title
    except NatoSpendError:
        return pledge_id
    return title.split(": ", 1)[-1]  # "Lithuania: 5-6% of GDP ..." sits in Lithuania's row already


def grade_of(tables: Tables) -> dict[str, str]:
    """Every release's provenance grade, by release id."""
    rel = tables.releases()
    return dict(zip(rel["release_id"].astype(str), rel["provenance"].astype(str), strict=True))


def _count_history_table(tables: Tables, frame: pd.DataFrame, year: int, cite: Provenance) -> TableView:
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
    ).cite(cite)
    grades = grade_of(tables)
    for r in frame.itertuples():
        partial = r.completeness != "complete"
        count = "" if pd.isna(r.count) else str(r.count)
        if partial and not pd.isna(r.count):
            count += f" of {r.n_reported} reported"
        change = "" if pd.isna(r.change) else f"{int(r.change):+d}"
        view.rows.append(
            Row(
                [
                    Cell(
                        str(r.release_id) + (" (partial)" if partial else ""),
                        marks=figure_marks("", grades.get(str(r.release_id)), cite.grade),
                    ),
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
    if year is not None and year not in years.years:
        # Switching release keeps the year in the form; show the release's newest year rather than an error page.
        notice = f"{rid} has no share-of-GDP figures for {year}; showing {years.years[0]}."
        year = None
    frame = tables.status(year, rid, None)
    year = int(frame.attrs["year"])
    label = tables.release_label(rid)
    source = f"Source: {label}."
    download = api_url("status", year=year, release=rid)
    cite = cited(tables, [rid], ("Table 3",))
    counts = []
    reported = int(frame["share_gdp"].notna().sum())
    above = {t: list(tables.at_or_above(t, year, rid, None)["country"]) for t, _ in THRESHOLDS}
    for t, lab in THRESHOLDS:
        counts.append({"threshold": t, "label": lab, "n": len(above[t]), "total": reported})
    bars = charts.status_shares(frame, source, at_2=above[2.0], at_35=above[3.5])
    chart_list: list[ChartView] = [chart_view(bars, download, cite)]
    over_time = tables.counts_over_time(rid)
    if len(over_time.rows) > 1:
        chart = charts.threshold_counts([r.year for r in over_time.rows], over_time.series(), source)
        chart_list.append(chart_view(chart, api_url("status/counts", release=rid), cite))
    history = tables.count_history(2.0, year)
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
        years=years.years,
        estimate_years=years.estimates,
        counts=counts,
        aggregates=[
            {"name": r.name, "text": published(r.value, r.decimals) + "%", "estimate": r.status == "estimate"}
            for r in aggregates.figures
        ],
        revision=frame.attrs.get("revision"),
        grade=cite.badges,
        allies=_status_table(frame, year, source, download, cited(tables, [rid], ("Table 3", "Table 8a"))),
        share_map=_share_map(frame, year, source, cite),
        history=_count_history_table(tables, history, year, cited(tables, history["release_id"], ("Table 3",))),
        charts=chart_list,
        country_options=[(c.code, c.name) for c in countries.allies() if c.has_armed_forces],
    )


def _share_map(frame: pd.DataFrame, year: int, source: str, cite: Provenance) -> choropleth.MapView:
    values = {
        str(r.country): (float(r.share_gdp), published(r.share_gdp, r.share_decimals), charts.flag(r.estimate))
        for r in frame.itertuples()
        if not pd.isna(r.share_gdp)
    }
    names = {str(r.country): str(r.country_name) for r in frame.itertuples()}
    shown = choropleth.share_map(values, names, f"Defence expenditure as a share of GDP, {year}", source)
    return replace(shown, grades=cite.badges, citations=cite.citations)


# ---------------------------------------------------------------------------------------------- country
def side_by_side(vintages: Vintages, key: str, title: str, download: str, cite: Provenance) -> TableView:
    """Years down, one column per source or release across, as each published it; each column carries its
    release's grade, each value its caveats (and its own grade where weaker than its release's)."""
    series = vintages.series
    releases = ", ".join(vintages.release_ids)
    column_grade = {f.series: cite.by_release.get(f.release_id) for f in vintages.figures}
    view = TableView(
        key=key,
        title=title,
        source=f"Sources: {releases}.",
        columns=[
            Column("Year"),
            *(Column(s, True, marks=figure_marks("", column_grade.get(s))) for s in series),
        ],
        download=download,
        cards=False,
    ).cite(cite)
    cells = {(f.series, f.year): f for f in vintages.figures}
    years = sorted({f.year for f in vintages.figures}, reverse=True)
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
                        marks=figure_marks(hit.caveats, hit.provenance, column_grade.get(s)),
                    )
                )
        view.rows.append(Row(row))
    return view


def _pledges_table(answer: CountryPledges, name: str, code: str) -> TableView:
    view = TableView(
        key="pledges",
        title=f"{name}: pledges and their status",
        source=f"Sources: natospend pledge register; figures from {', '.join(dict.fromkeys(answer.release_ids))}.",
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
    grades = {row.evaluation.provenance for row in answer.rows}
    grade = next(iter(grades)) if len(grades) == 1 else None
    for row in answer.rows:
        r = row.evaluation
        on_track = "" if r.on_track is None else ("yes" if r.on_track else "no")
        unit = pledges.METRICS[r.metric].unit if r.metric in pledges.METRICS else ""
        has_value = r.value is not None
        year_text = str(r.year) if r.fiscal_year.endswith("(calendar year)") else f"{r.year}: {r.fiscal_year}"
        view.rows.append(
            Row(
                [
                    Cell(row.title, r.pledge_id, title=r.pledge_id),
                    Cell(year_text, r.year),
                    Cell(f"{r.threshold:g} {unit}".strip(), r.threshold),
                    Cell(
                        published(r.value, r.decimals),
                        r.value,
                        marks=figure_marks(r.caveats, r.provenance, grade) if has_value else (),
                    ),
                    status_cell(r.status, r.note),
                    Cell("" if r.margin_pp is None else f"{r.margin_pp:+.2f}", r.margin_pp),
                    Cell(on_track),
                    Cell(r.note, cls="small"),
                ]
            )
        )
    return view


def path_charts(
    result: Any, bands: pd.DataFrame | None, key: str, download: str, cite: Provenance | None = None
) -> list[ChartView]:
    """The share and the money charts of a path, money in the ally's own currency (US dollars for an aggregate)."""
    return [chart_view(c, download, cite) for c in charts.path_charts(result, bands, key, national=True)]


def path_table(result: Any, bands: pd.DataFrame | None, download: str, cite: Provenance | None = None) -> TableView:
    """The path year by year in the ally's own currency, with the P10-P90 band of required spending from its
    national-currency GDP uncertainty (analysis.uncertainty), and required spending in US dollars beside it."""
    own = result.assumptions.get("currency")  # None for an aggregate: everything in US dollars
    code = str(own) if own else "USD"
    nc = "_nc_m" if own else "_usd_current_m"
    unit = "US$" if code == "USD" else code
    columns = [
        Column("Year"),
        Column("Share of GDP (%)", True),
        Column(f"Required, {unit}", True),
        Column(f"P10-P90, {unit}", True, cls="nowrap"),
        Column(f"Extra over baseline, {unit}", True),
        Column(f"Cumulative extra, {unit}", True),
        *([Column("Required, US$", True)] if code != "USD" else []),
        Column("Implied real growth (%)", True),
    ]
    view = TableView(
        key="path-table",
        title=f"{result.name}: required path to {result.threshold:g}% of GDP by {result.deadline}, {unit}",
        source=f"Source: NATO ({result.assumptions['releases']['nato']}); natospend projection ({result.path} path). "
        "Current prices; extra over a baseline that keeps the last data year's share of GDP.",
        columns=columns,
        download=download,
        sortable=False,
    )
    if cite is not None:
        view.cite(cite)
    bands_by_year = {} if bands is None else {int(r.year): r._asdict() for r in bands.itertuples(index=False)}
    for r in result.table.to_dict("records"):
        band = bands_by_year.get(int(r["year"]))
        band_text = (
            ""
            if band is None or r["kind"] == "data"
            else money_range(band[f"required{nc}_p10"], band[f"required{nc}_p90"], code)
        )
        growth = r["implied_real_growth_pct"]
        view.rows.append(
            Row(
                [
                    Cell(f"{r['year']}{' (data)' if r['kind'] == 'data' else ''}", int(r["year"])),
                    Cell(f"{r['share_gdp']:.2f}", r["share_gdp"]),
                    Cell(money(r[f"required{nc}"], code), r[f"required{nc}"]),
                    Cell(band_text),
                    Cell(money(r[f"extra{nc}"], code), r[f"extra{nc}"]),
                    Cell(money(r[f"cumulative_extra{nc}"], code), r[f"cumulative_extra{nc}"]),
                    *([Cell(money(r["required_usd_current_m"]), r["required_usd_current_m"])] if code != "USD" else []),
                    Cell("" if pd.isna(growth) else f"{growth:.1f}", None if pd.isna(growth) else growth),
                ]
            )
        )
    return view


def _first_year_shown(vintages: Vintages) -> int | None:
    """Five years before NATO's first figure: other sources go back to 1949 and would dwarf the pledge years."""
    nato_years = [f.year for f in vintages.figures if f.source == "nato"]
    return min(nato_years) - 5 if nato_years else None


def _vintages_block(
    tables: Tables,
    block: dict[str, Any],
    code: str,
    indicator: str,
    empty: str,
    chart: tuple[str, str, str],
    table: tuple[str, str],
    named: tuple[str, ...],
) -> Vintages:
    """Fill `block` with one indicator's vintages (a history chart, then the sources side by side), or `empty`.

    `chart` is (title, y-axis title, key), `table` (key, title), `named` the NATO tables cited."""
    vintages = tables.vintages(code, indicator)
    if vintages.empty:
        block["empty"] = empty
        return vintages
    download = api_url("observations/vintages", country=code, indicator=indicator)
    cite = cited(tables, vintages.release_ids, named)
    title, y_title, key = chart
    block["charts"].append(_history_chart(vintages, title, y_title, key, charts.guide_lines(indicator), download, cite))
    block["tables"].append(side_by_side(vintages, table[0], table[1], download, cite))
    return vintages


def _history_chart(
    vintages: Vintages, title: str, y_title: str, key: str, lines: Any, download: str, cite: Provenance
) -> ChartView:
    source = f"Sources: {', '.join(vintages.release_ids)}."
    chart = charts.history(vintages.to_frame(), title, y_title, source, key, lines, _first_year_shown(vintages))
    return chart_view(chart, download, cite)


@router.get("/country", response_class=HTMLResponse)
def country_pick(code: Annotated[str, Query(max_length=64)]) -> Response:
    """The 'open a country' form: redirect to the country page (any spelling accepted)."""
    return RedirectResponse(f"/country/{countries.resolve(code)}", status_code=303)


def _headline(tables: Tables, info: countries.Country) -> tuple[list[dict[str, Any]], TableView | None]:
    """The newest NATO year: spending in the ally's currency and in dollars, its share of GDP, and the share as
    first published beside the latest (Dataset.first_published), as tiles; and every year's first-published and
    latest share as a table."""
    frame = tables.observations([info.code], ["nc_current_m", "usd_current_m", "share_gdp"], None, ["nato"], None)
    frame = frame[frame["value"].notna()]
    if frame.empty:
        return [], None
    year = int(frame["year"].max())
    now = {r.indicator: r for r in frame[frame["year"] == year].itertuples()}
    tiles: list[dict[str, Any]] = []
    if "nc_current_m" in now and "usd_current_m" in now:
        nc, usd = now["nc_current_m"], now["usd_current_m"]
        est = " (estimate)" if nc.status == "estimate" else ""
        currency = str(nc.currency) if getattr(nc, "currency", "") else info.currency
        dollars = "" if currency == "USD" else f", {money(usd.value)} at current prices and exchange rates"
        tiles.append(
            {
                "big": money(nc.value, currency),
                "text": f"on defence in {year}{est}{dollars}",
                "source": str(nc.release_id),
                "marks": figure_marks(nc.caveats, nc.provenance),
            }
        )
    if "share_gdp" in now:
        latest = now["share_gdp"]
        text = f"of GDP in {year}" + (" (estimate)" if latest.status == "estimate" else "")
        tiles.append(
            {
                "big": published(latest.value, latest.decimals) + "%",
                "text": text,
                "source": str(latest.release_id),
                "marks": figure_marks(latest.caveats, latest.provenance),
            }
        )
    shares = tables.ds.first_published(frame[frame["indicator"] == "share_gdp"])
    shares = shares.assign(
        then=[published(v, d) for v, d in zip(shares["first_value"], shares["first_decimals"], strict=True)],
        latest=[published(v, d) for v, d in zip(shares["value"], shares["decimals"], strict=True)],
    ).sort_values("year", ascending=False)
    revised = shares[(shares["then"] != shares["latest"]) & (shares["first_release_id"] != shares["release_id"])]
    if not revised.empty:  # the newest year NATO has revised since it first printed it
        r = revised.iloc[0]
        tiles.append(
            {
                "big": f"{r['then']}% → {r['latest']}%",
                "text": f"of GDP in {r['year']}: first published in {r['first_release_id']}, now in {r['release_id']}",
                "source": "",
                "marks": (),
            }
        )
    releases = list(dict.fromkeys([*shares["first_release_id"].dropna(), *shares["release_id"]]))
    return tiles, _first_published_table(shares, info, cited(tables, releases, ("Table 3",)))


def _first_published_table(shares: pd.DataFrame, info: countries.Country, cite: Provenance) -> TableView:
    """Share of GDP per year: as first published, as now published, and the change between the printed figures."""
    view = TableView(
        key="first-published",
        title=f"{info.name}: share of GDP as first published and as now published",
        source="Source: every NATO release in the dataset; each figure at the precision its release printed.",
        columns=[
            Column("Year"),
            Column("First published (%)", True),
            Column("In release"),
            Column("Now (%)", True),
            Column("In release"),
            Column("Change (points)", True),
        ],
        download=api_url("observations", country=info.code, indicator="share_gdp", source="nato"),
        cards=False,
    ).cite(cite)
    for r in shares.itertuples():
        change = printed_change(r.first_value, r.first_decimals, r.value, r.decimals)
        view.rows.append(
            Row(
                [
                    Cell(str(r.year), int(r.year)),
                    Cell(str(r.then), None if pd.isna(r.first_value) else float(r.first_value)),
                    Cell(str(r.first_release_id), marks=figure_marks("", cite.by_release.get(str(r.first_release_id)))),
                    Cell(str(r.latest), float(r.value), marks=figure_marks(r.caveats, r.provenance, r.provenance)),
                    Cell(str(r.release_id), marks=figure_marks("", cite.by_release.get(str(r.release_id)))),
                    Cell("" if not change else f"{change:+.2f}", change),
                ],
                cls="revised" if change else None,
            )
        )
    return view


def _pledge_timeline(evaluated: CountryPledges) -> list[dict[str, Any]]:
    """The pledges binding an ally in the order they were made: when, where, what, by when, and where it stands."""
    items = []
    first: dict[str, CountryPledgeRow] = {}
    for row in evaluated.rows:
        first.setdefault(row.evaluation.pledge_id, row)
    for row in first.values():
        r = row.evaluation
        try:
            pledge = pledges.get(r.pledge_id)
        except NatoSpendError:
            continue
        unit = pledges.METRICS[pledge.metric].unit if pledge.metric in pledges.METRICS else ""
        when = f"by {pledge.deadline}" if pledge.deadline else ("until " + str(pledge.until) if pledge.until else "")
        items.append(
            {
                "announced": str(pledge.announced),
                "year": str(pledge.announced)[:4],
                "title": row.title,
                "occasion": pledge.occasion,
                "target": f"{pledge.threshold:g} {unit}".strip() + (f", {when}" if when else ""),
                "status": STATUS_TEXT.get(str(r.status), str(r.status)),
                "status_cls": {"met": "yes", "not_met": "no"}.get(str(r.status), ""),
                "evaluated": f"{r.year}: {published(r.value, r.decimals)}" if r.value is not None else str(r.year),
                "superseded": pledge.superseded_by,
                "unverified": pledge.unverified,
            }
        )
    return sorted(items, key=lambda i: (i["announced"], i["title"]))


def _fiscal_text(info: countries.Country) -> str:
    if info.kind != "ally":
        return ""
    if info.fiscal_year_label == "calendar":
        return "its fiscal year is the calendar year"
    return f"NATO's year 2027 is its {info.fiscal_year_text(2027)}"


def _block(anchor: str, heading: str, **more: Any) -> dict[str, Any]:
    return {"anchor": anchor, "heading": heading, "charts": [], "tables": [], "text": "", "empty": "", **more}


def _compare_table(comparison: Comparison, name: str, year: int, download: str, grades: dict[str, str]) -> TableView:
    view = TableView(
        key="compare",
        title=f"{name}, {year}: every release of every source",
        source="Sources: " + ", ".join(dict.fromkeys(f.release_id for f in comparison.figures)) + ".",
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
    for r in comparison.figures:
        diff = r.diff_vs_nato
        origin = str(r.origin) or str(r.citation)
        view.rows.append(
            Row(
                [
                    Cell(registry.publisher(str(r.source))),
                    Cell(str(r.edition or r.release_id), marks=figure_marks("", grades.get(str(r.release_id)))),
                    Cell(str(r.release_date)),
                    Cell(str(r.shown), float(r.value), marks=estimate_mark(r.status)),
                    Cell(str(r.unit)),
                    Cell("" if diff is None else f"{diff:+.2f}", diff),
                    Cell(origin, title=str(r.citation) or None),
                ]
            )
        )
    return view


def _comparison_year(vintages: Vintages, asked: int | None) -> int:
    """The asked year, else the newest year with figures from more than one source, else the newest."""
    if asked is not None:
        return asked
    per_year: dict[int, set[str]] = {}
    for f in vintages.figures:
        per_year.setdefault(f.year, set()).add(f.source)
    shared = [y for y, sources in per_year.items() if len(sources) > 1]
    return max(shared or per_year)


@router.get("/country/{code}", response_class=HTMLResponse)
def country_page(request: Request, code: str, tables: TablesDep, year: Year = None) -> Response:
    resolved = countries.resolve(code)
    if resolved != code:
        return RedirectResponse(f"/country/{resolved}", status_code=301)
    info = countries.by_code()[code]
    blocks: list[dict[str, Any]] = []
    headline, first_table = _headline(tables, info) if info.kind == "ally" and info.has_armed_forces else ([], None)

    if info.kind == "ally":
        block = _block("pledges", "Pledges and status")
        evaluated = tables.country_pledges(code)
        if evaluated.empty:
            block["empty"] = f"No pledge in the register binds {info.name}."
        else:
            block["text"] = "Each pledge binding this ally, evaluated in the newest year with a figure (or due)."
            block["timeline"] = _pledge_timeline(evaluated)
            pledge_cite = cited(tables, evaluated.release_ids, ("Table 3",))
            block["tables"].append(_pledges_table(evaluated, info.name, code).cite(pledge_cite))
        blocks.append(block)

    block = _block("path", "Path and gap to 3.5% core by 2035")
    download = api_url("paths", country=code, pledge=HAGUE_CORE, simulations=1000, seed=1)
    try:
        result = tables.path(code, HAGUE_CORE)
        bands = tables.bands(result, (code, HAGUE_CORE), 1000, 1)
    except NatoSpendError as exc:
        block["empty"] = f"No path can be computed: {exc}"
    else:
        own = result.assumptions.get("currency")
        in_currency = f"in {own}, {info.name}'s own currency" if own and own != "USD" else "in US dollars"
        block["text"] = (
            f"Straight line in share of GDP from the last data year to 3.5% in 2035; money {in_currency}. The band "
            f"shows P10-P90 of 1,000 simulations of {'national-currency ' if own else ''}GDP growth, from the ally's "
            "own GDP history (no exchange-rate step). Try other assumptions in the scenario builder."
        )
        path_cite = cited(
            tables, [result.assumptions["releases"]["nato"]], ("Table 1", "Table 2", "Table 3", "Table 5")
        )
        start = float(result.table["share_gdp"].iloc[0])
        if start >= result.threshold:
            block["text"] += (
                f" {info.name} already meets 3.5% ({start:.2f}% of GDP): the path keeps today's share, so the extra "
                "is 0; a pledge is a floor, not a ceiling."
            )
        block["charts"].extend(path_charts(result, bands, "path", download, path_cite))
        block["tables"].append(path_table(result, bands, download, path_cite))
        block["link"] = f"/scenario?country={code}&pledge={HAGUE_CORE}"
    blocks.append(block)

    block = _block("history", "Share of GDP: NATO and other sources")
    shares = _vintages_block(
        tables,
        block,
        code,
        "share_gdp",
        f"No source publishes a share of GDP for {info.name}.",
        (f"{info.name}: defence expenditure as a share of GDP", "% of GDP", "share-history"),
        ("sources", f"{info.name}: share of GDP by source and release"),
        ("Table 3",),
    )
    if not shares.empty:
        block["text"] = (
            "Each complete NATO release and the newest edition of every other source, as published. Sources define "
            "defence spending differently (pensions, paramilitary forces, fiscal years)."
        )
        if first_table is not None and first_table.rows:
            block["tables"].append(first_table)
    blocks.append(block)

    if not shares.empty:
        chosen = _comparison_year(shares, year)
        block = _block("compare", f"Why the sources differ, {chosen}")
        block["form"] = {"years": sorted({f.year for f in shares.figures}, reverse=True), "year": chosen}
        comparison = tables.compare(code, chosen, "share_gdp")
        if comparison.empty:
            block["empty"] = f"No source has a share of GDP for {info.name} in {chosen}."
        else:
            block["lines"] = list(comparison.explanation)
            dl = api_url("compare", country=code, year=chosen)
            compare_cite = cited(tables, [f.release_id for f in comparison.figures])
            block["tables"].append(
                _compare_table(comparison, info.name, chosen, dl, compare_cite.by_release).cite(compare_cite)
            )
        blocks.append(block)

    block = _block("equipment", "Equipment share (20% guideline)")
    _vintages_block(
        tables,
        block,
        code,
        "equipment_share",
        f"No equipment share published for {info.name}.",
        (f"{info.name}: equipment as a share of defence expenditure", "% of defence expenditure", "equipment"),
        ("equipment-table", f"{info.name}: equipment share"),
        ("Table 8a",),
    )
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


def _revisions_table(rows: list[Any], code: str, download: str, cite: Provenance, limit: int = 10) -> TableView:
    label = indicators.get(code).name if _known_indicator(code) else code
    view = TableView(
        key=f"revised-{code}",
        title=f"{label}: {len(rows)} revised figures" + (f", the {limit} largest" if len(rows) > limit else ""),
        source="Largest change first; both releases at the precision each printed, cells of origin on each side.",
        columns=[
            Column("Ally"),
            Column("Year", True),
            Column("Before", True),
            Column("After", True),
            Column("Change", True),
            Column("Cells", cls="small"),
        ],
        download=download,
    ).cite(cite)
    for r in rows[:limit]:
        cells = f"{r.before.origin} -> {r.after.origin}"
        view.rows.append(
            Row(
                [
                    Cell(r.country_name, r.country_name, href=f"/country/{r.country}"),
                    Cell(str(r.year), r.year),
                    Cell(r.before.shown, r.before.value, marks=estimate_mark(r.before.status)),
                    Cell(r.after.shown, r.after.value, marks=estimate_mark(r.after.status)),
                    Cell(f"{r.change:+.2f}", r.change, cls="up" if r.change > 0 else "down"),
                    Cell(cells),
                ]
            )
        )
    return view


def _known_indicator(code: str) -> bool:
    try:
        indicators.get(code)
    except NatoSpendError:
        return False
    return True


def _counts_table(d: Any, cite: Provenance) -> TableView:
    """Allies at 2%, 3.5% and 20% on equipment, year by year, where the new release moved the count."""
    view = TableView(
        key="crossed",
        title=f"Allies that crossed a threshold: {len(d.counts)} counts moved",
        source=f"Counted as compliance counts (members that year, at the precision each release printed); "
        f"before: {d.a.release_id}, after: {d.b.release_id}.",
        columns=[
            Column("Threshold"),
            Column("Year", True),
            Column("Before", True),
            Column("After", True),
            Column("Change", True),
            Column("Dropped out"),
            Column("Joined"),
        ],
        download=None,
    ).cite(cite)
    for c in sorted(d.counts, key=lambda c: (-abs(c.after - c.before), -c.year)):
        move = c.after - c.before
        view.rows.append(
            Row(
                [
                    Cell(c.label + ("" if c.comparable else " (partial)"), c.label),
                    Cell(str(c.year), c.year),
                    Cell(str(c.before), c.before),
                    Cell(str(c.after), c.after),
                    Cell(f"{move:+d}", move, cls="up" if move > 0 else "down"),
                    Cell(", ".join(countries.by_code()[x].name for x in c.left)),
                    Cell(", ".join(countries.by_code()[x].name for x in c.joined)),
                ]
            )
        )
    return view


def _ranks_table(d: Any, cite: Provenance, limit: int = 15) -> TableView:
    """The largest moves in the share-of-GDP ranking, newest years first among equal moves."""
    moves = sorted(d.ranks, key=lambda r: (-abs(r.after - r.before), -r.year, r.country_name))
    view = TableView(
        key="ranks",
        title=f"Rank changes in share of GDP: {len(moves)}" + (f", the {limit} largest" if len(moves) > limit else ""),
        source="Rank 1 is the highest share of GDP that year; ties share a rank.",
        columns=[
            Column("Ally"),
            Column("Year", True),
            Column("Rank before", True),
            Column("Rank after", True),
            Column("Places", True),
            Column("Share before (%)", True),
            Column("Share after (%)", True),
        ],
        download=None,
    ).cite(cite)
    for r in moves[:limit]:
        places = r.before - r.after  # up the ranking is positive
        view.rows.append(
            Row(
                [
                    Cell(r.country_name, r.country_name, href=f"/country/{r.country}"),
                    Cell(str(r.year), r.year),
                    Cell(str(r.before), r.before),
                    Cell(str(r.after), r.after),
                    Cell(f"{places:+d}", places, cls="up" if places > 0 else "down"),
                    Cell(r.before_shown),
                    Cell(r.after_shown),
                ]
            )
        )
    return view


def _changes(request: Request, tables: Tables, a: str | None, b: str | None) -> HTMLResponse:
    d = tables.diff(a, b)
    download = api_url("diff", a=d.a.release_id, b=d.b.release_id)
    cite = cited(tables, [d.a.release_id, d.b.release_id])
    revisions = [
        _revisions_table([r for r in d.revisions if r.indicator == code], code, download, cite)
        for code in CHANGES_SHOWN
        if any(r.indicator == code for r in d.revisions)
    ]
    others = sorted({r.indicator for r in d.revisions} - set(CHANGES_SHOWN))
    options = (
        _release_options(tables)
        if d.a.source == "nato"
        else [(str(r), str(r)) for r in tables.releases(d.a.source)["release_id"][::-1]]
    )
    crossed = sum(len(c.left) + len(c.joined) for c in d.counts)
    tiles = [
        (f"{d.compared:,}", "figures held by both releases, compared as printed"),
        (f"{len(d.revisions):,}", "revised"),
        (f"{len(d.counts)}", f"threshold counts moved ({crossed} crossings)"),
        (f"{len(d.ranks)}", "rank changes in share of GDP"),
    ]
    sides = [(side, grade_badge(side.provenance)) for side in (d.a, d.b)]
    return render(
        request, "changes.html", "What changed", d=d, a=d.a, b=d.b, revisions=revisions, options=options,
        active="/changes", tiles=tiles, sides=sides, cite=cite, others=others,
        counts=_counts_table(d, cite) if d.counts else None, ranks=_ranks_table(d, cite) if d.ranks else None,
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
