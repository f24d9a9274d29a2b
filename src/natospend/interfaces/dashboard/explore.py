"""The explorer (/explore): several allies on one line chart, any indicator the dataset holds, as any release
published it. The address holds the whole view, so a copied link reproduces it; /embed/explore serves the chart
alone for an iframe, and ?format= downloads exactly the table the chart draws (natospend.service.explorer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

import pandas as pd
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from natospend.charts import figures as charts
from natospend.errors import UnknownValueError
from natospend.formatting import published
from natospend.interfaces.api.downloads import table_response
from natospend.interfaces.api.params import FormatParam, Release, TablesDep, YearFrom, YearTo
from natospend.interfaces.api.tables import Tables
from natospend.interfaces.dashboard.render import render
from natospend.interfaces.dashboard.views import Cell, Column, Row, TableView, chart_view, estimate_mark, provenance
from natospend.reference import countries
from natospend.reference import sources as registry
from natospend.service import explorer

router = APIRouter(include_in_schema=False)

DEFAULT_COUNTRIES = ("POL", "DEU", "FRA", "GBR", "USA")
CountriesParam = Annotated[
    list[str] | None, Query(max_length=400, description="Allies by code or name, comma-separated: POL,DEU,FRA.")
]
IndicatorParam = Annotated[str, Query(max_length=64)]
ModeParam = Annotated[str, Query(max_length=16)]


def _release_label(row: Any) -> str:
    return f"{registry.publisher(str(row.source))}, as published in {row.release_date:%B %Y}"


def _releases(tables: Tables, indicator: str) -> pd.DataFrame:
    return tables.memo(("explore-releases", indicator), lambda: explorer.releases_holding(tables.ds, indicator))


def _state(tables: Tables, codes: list[str] | None, indicator: str, release: str | None, mode: str) -> dict[str, Any]:
    """The whole view, with every default filled in (the canonical address)."""
    if mode not in explorer.MODES:
        raise UnknownValueError("mode", mode, explorer.MODES)
    if not explorer.measure(indicator).relative:  # unknown indicator: 422 naming it, before anything else
        mode = "absolute"  # switching to a change series keeps the toggle's value; it has only one view
    picked = [countries.resolve(c) for part in (codes or []) for c in part.split(",") if c.strip()]
    picked = list(dict.fromkeys(picked)) or list(DEFAULT_COUNTRIES)
    held = _releases(tables, indicator)
    if release is not None and release not in set(held["release_id"]):
        tables.release(release)  # an unknown release id: 422 naming it and the close ones
        release = None  # a real release without this measure (after switching measure): the newest that has it
    if release is None:
        nato = held[held["source"] == "nato"]
        release = str((nato if not nato.empty else held)["release_id"].iloc[0])
    return {"countries": ",".join(picked), "indicator": indicator, "release": release, "mode": mode}


def _address(path: str, state: dict[str, Any]) -> str:
    return f"{path}?{urlencode(state, safe=',')}"


def _view(tables: Tables, state: dict[str, Any], year_from: int | None, year_to: int | None) -> dict[str, Any]:
    codes = state["countries"].split(",")
    info = explorer.measure(state["indicator"])
    frame = explorer.series(tables.ds, codes, state["indicator"], state["release"], state["mode"], year_from, year_to)
    held = _releases(tables, state["indicator"])
    labels = {str(r.release_id): _release_label(r) for r in held.itertuples()}
    label = labels.get(state["release"], state["release"])
    names = countries.by_code()
    shown = [names[c].name for c in codes]
    relative = state["mode"] == "relative"
    first_year = int(frame["year"].min()) if not frame.empty else None
    y_title = f"% change since {first_year}" if relative else info.axis
    title = f"{info.label}: {', '.join(shown[:-1]) + ' and ' if len(shown) > 1 else ''}{shown[-1]}"
    source = f"Source: {tables.release_label(state['release'])}."
    plotted = pd.DataFrame(
        {"series": frame["country_name"], "year": frame["year"], "value": frame["value"], "status": frame["status"]}
    )
    lines = () if relative else charts.guide_lines(info.code)
    download = _address("/explore", state)
    cite = provenance(tables.ds, [state["release"]])
    chart = chart_view(charts.history(plotted, title, y_title, source, "explorer", lines), download, cite)
    missing = [names[c].name for c in codes if c not in set(frame["country"])]
    return {
        "frame": frame,
        "chart": chart,
        "title": title,
        "release_label": label,
        "releases": [(rid, text) for rid, text in labels.items()],
        "table": _table(frame, shown, codes, title, source, relative, download).cite(cite),
        "missing": missing,
        "info": info,
    }


def _table(
    frame: pd.DataFrame, shown: list[str], codes: list[str], title: str, source: str, relative: bool, download: str
) -> TableView:
    view = TableView(
        key="explorer-table",
        title=title + (" (change since the first year, %)" if relative else ""),
        source=source,
        columns=[Column("Year"), *(Column(n, True) for n in shown)],
        download=download,
        cards=False,
    )
    cells = {(r.country, int(r.year)): r for r in frame.itertuples()}
    for year in sorted(set(frame["year"]), reverse=True):
        row = [Cell(str(year), int(year))]
        for code in codes:
            hit = cells.get((code, int(year)))
            if hit is None:
                row.append(Cell("", None))
                continue
            text = f"{hit.value:+.1f}" if relative else published(hit.published, hit.decimals)
            row.append(Cell(text, float(hit.value), title=str(hit.origin), marks=estimate_mark(hit.status)))
        view.rows.append(Row(row))
    return view


def _download_frame(frame: pd.DataFrame, relative: bool) -> pd.DataFrame:
    """The figures as the page prints them: at the decimals the release printed, changes to one decimal."""
    shown = [
        float(published(v, d).replace(",", "")) for v, d in zip(frame["published"], frame["decimals"], strict=True)
    ]
    out = frame[["country", "country_name", "year"]].copy()
    if relative:
        out["change_since_first_year_pct"] = frame["value"].round(1)
    out["value"] = shown
    out["decimals"] = frame["decimals"]
    for column in ("status", "unit", "release_id", "origin"):
        out[column] = frame[column]
    return out


def _explore(
    request: Request,
    tables: TablesDep,
    template: str,
    path: str,
    query: ExploreQuery,
    fmt: Any,
) -> Response:
    year_from, year_to = query.year_from, query.year_to
    state = _state(tables, query.countries, query.indicator, query.release, query.mode)
    extra = {k: v for k, v in (("year_from", year_from), ("year_to", year_to)) if v is not None}
    canonical = _address(path, {**state, **extra})
    if fmt is None and str(request.url.path) + "?" + str(request.url.query) != canonical:
        return RedirectResponse(canonical, status_code=303)  # the address always holds the whole view
    view = _view(tables, state, year_from, year_to)
    if fmt is not None:
        meta = tables.meta(view["title"], [state["release"]], query={**state, **extra})
        return table_response(_download_frame(view["frame"], state["mode"] == "relative"), meta, fmt, "explorer")
    picked = set(state["countries"].split(","))
    return render(
        request,
        template,
        "Explorer",
        active="/explore",
        body_class="overview",
        state=state,
        share_url=str(request.base_url).rstrip("/") + canonical,
        embed_url=str(request.base_url).rstrip("/") + _address("/embed/explore", {**state, **extra}),
        page_url=canonical.replace("/embed/explore", "/explore"),
        charts=[view["chart"]],
        view=view,
        measures=[(m.code, m.label, m.relative) for m in explorer.MEASURES],
        allies=[(c.code, c.name, c.code in picked) for c in countries.allies() if c.has_armed_forces],
    )


@dataclass(frozen=True)
class ExploreQuery:
    """The view's parameters, shared by /explore and /embed/explore."""

    countries: list[str] | None
    indicator: str
    release: str | None
    mode: str
    year_from: int | None
    year_to: int | None


def _explore_query(
    countries: CountriesParam = None,
    indicator: IndicatorParam = "share_gdp",
    release: Release = None,
    mode: ModeParam = "absolute",
    year_from: YearFrom = None,
    year_to: YearTo = None,
) -> ExploreQuery:
    return ExploreQuery(countries, indicator, release, mode, year_from, year_to)


ExploreParams = Annotated[ExploreQuery, Depends(_explore_query)]


@router.get("/explore", response_class=HTMLResponse)
def explore(request: Request, tables: TablesDep, query: ExploreParams, fmt: FormatParam = None) -> Response:
    return _explore(request, tables, "explore.html", "/explore", query, fmt)


@router.get("/embed/explore", response_class=HTMLResponse)
def embed(request: Request, tables: TablesDep, query: ExploreParams) -> Response:
    return _explore(request, tables, "embed.html", "/embed/explore", query, None)
