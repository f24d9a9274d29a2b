"""Interactive pages: burden sharing with the equalise scenarios, and the scenario builder for required paths.

Form fields arrive as text (an empty field is "not given"); they are parsed here and any problem is shown on the
page, next to the form, with the parameter named.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from natospend import claims
from natospend.analysis import projection
from natospend.analysis.burden import headline
from natospend.charts import plotting
from natospend.claims import report as claims_report
from natospend.claims.reliability import measured
from natospend.errors import InvalidArgumentError, NatoSpendError
from natospend.formatting import money, published
from natospend.interfaces.api.downloads import table_response
from natospend.interfaces.api.params import FormatParam, Release, TablesDep, Year
from natospend.interfaces.api.schemas import Format
from natospend.interfaces.api.tables import Tables, jsonable
from natospend.interfaces.dashboard.pages import cited, path_charts, path_table
from natospend.interfaces.dashboard.render import api_url, render
from natospend.interfaces.dashboard.views import Cell, Column, Row, TableView, chart_view, estimate_mark
from natospend.reference import countries, pledges
from natospend.service.claims import NOTE, flat
from natospend.service.results import Burden, Equalise, UsContribution
from natospend.store.dataset import parse_date

router = APIRouter(include_in_schema=False)

SCENARIOS = (
    ("us-share", "Every other ally at the US share of GDP"),
    ("us-total", "Europe and Canada together spending as much as the US"),
    ("2", "Every ally at 2% of GDP"),
    ("3.5", "Every ally at 3.5% of GDP"),
    ("5", "Every ally at 5% of GDP"),
)
Text = Annotated[str, Query(max_length=200)]


def _complete_releases(tables: Tables) -> list[tuple[str, str]]:
    rel = tables.releases("nato")
    rel = rel[rel["completeness"] == "complete"].iloc[::-1]
    return [(str(r.release_id), f"{r.release_date:%b %Y}: {r.title}") for r in rel.itertuples()]


def _money(value: Any, currency: str | None = "USD") -> str:
    """Millions for people ('$242.1bn', 'EUR 14.7bn'): formatting.money, the one helper every page uses."""
    return "" if value is None or pd.isna(value) else money(value, currency)


def _pct(value: Any, digits: int = 2) -> str:
    return "" if value is None or pd.isna(value) else f"{value:.{digits}f}"


# ---------------------------------------------------------------------------------------------- burden sharing
def _burden_table(answer: Burden, source: str, download: str) -> TableView:
    year = answer.rows[0].year
    view = TableView(
        key="burden-table",
        title=f"Shares of alliance defence spending and GDP, {year}",
        source=source,
        columns=[
            Column("Ally"),
            Column("Defence spending, US$", True),
            Column("GDP, US$", True),
            Column("Share of GDP, NATO (%)", True),
            Column("Share of alliance spending (%)", True),
            Column("Share of alliance GDP (%)", True),
            Column("Fair-share gap, US$", True),
        ],
        download=download,
    )
    for r in answer.rows:
        href = f"/country/{r.country}" if r.kind == "ally" else None
        view.rows.append(
            Row(
                [
                    Cell(str(r.name), str(r.name), href=href),
                    Cell(_money(r.usd_current_m), r.usd_current_m),
                    Cell(_money(r.gdp_usd_current_m), r.gdp_usd_current_m),
                    Cell(_pct(r.share_gdp), r.share_gdp),
                    Cell(_pct(r.spending_share_pct), r.spending_share_pct),
                    Cell(_pct(r.gdp_share_pct), r.gdp_share_pct),
                    Cell(_money(r.fair_share_gap_usd_current_m), r.fair_share_gap_usd_current_m),
                ],
                cls="total" if r.kind != "ally" else None,
            )
        )
    return view


def _equalise_table(answer: Equalise, source: str, download: str) -> TableView:
    info = answer.assumptions
    view = TableView(
        key="equalise-table",
        title=f"Equalise: {info.get('scenario_description', '')}",
        source=source + " " + str(info.get("method", "")),
        columns=[
            Column("Ally"),
            Column("Share of GDP, NATO (%)", True),
            Column("Spending / GDP now, current US$ (%)", True),
            Column("Target spending / GDP (%)", True),
            Column("Extra, US$", True),
            Column("Extra (raises only), US$", True),
            Column("Extra, national currency", True),
        ],
        download=download,
    )
    for r in answer.rows:
        nc = _money(r.extra_nc_m, str(r.currency))
        view.rows.append(
            Row(
                [
                    Cell(str(r.name), str(r.name)),
                    Cell(_pct(r.share_gdp), r.share_gdp),
                    Cell(_pct(r.spending_gdp_ratio), r.spending_gdp_ratio),
                    Cell(_pct(r.target_share_gdp, 3), r.target_share_gdp),
                    Cell(_money(r.extra_usd_current_m), r.extra_usd_current_m),
                    Cell(_money(r.extra_raise_only_usd_current_m), r.extra_raise_only_usd_current_m),
                    Cell(nc, None if pd.isna(r.extra_nc_m) else r.extra_nc_m),
                ],
                cls="total" if r.kind != "ally" else None,
            )
        )
    return view


def _us_table(answer: UsContribution) -> TableView:
    info = answer.assumptions
    view = TableView(
        key="us-table",
        title="The US share of GDP: the seed article's release and the newest",
        source=f"“{info.get('seed_quote', '')}”: {info.get('seed_source', '')}.",
        columns=[
            Column("Release"),
            Column("Year", True),
            Column("US share of GDP (%)", True),
            Column("US share of alliance spending (%)", True),
            Column("Origin", cls="small"),
        ],
        download=api_url("burden/us"),
        sortable=False,
    )
    for r in answer.rows:
        view.rows.append(
            Row(
                [
                    Cell(f"{r.release_id} ({r.role})"),
                    Cell(str(r.year), int(r.year)),
                    Cell(published(r.share_gdp, r.decimals), r.share_gdp, marks=estimate_mark(r.status)),
                    Cell(_pct(r.us_share_of_alliance_spending_pct, 1), r.us_share_of_alliance_spending_pct),
                    Cell(str(r.origin)),
                ]
            )
        )
    return view


@router.get("/burden", response_class=HTMLResponse)
def burden_page(
    request: Request, tables: TablesDep, year: Year = None, release: Release = None, scenario: Text = "us-share"
) -> HTMLResponse:
    rid = release or tables.latest_release("nato")
    notice = ""
    years = tables.years(rid, "usd_current_m")
    if year is not None and year not in years.years:
        notice, year = f"{rid} has no spending figures for {year}; showing its newest complete year.", None
    table = tables.burden(year, rid)
    info = table.assumptions
    year = int(info["year"])
    source = f"Source: {tables.release_label(rid)}, {year}, current US dollars."
    download = api_url("burden", year=year, release=rid)
    equalised = tables.equalise(scenario, year, rid)
    eq_download = api_url("burden/equalise", scenario=scenario, year=year, release=rid)
    cite = cited(tables, [rid], ("Table 2", "Table 3", "Table 5"))
    chart_list = [
        chart_view(plotting.burden_chart(table.to_frame()), download, cite),
        chart_view(plotting.burden_chart(table.to_frame(), equalised.to_frame()), eq_download, cite),
    ]
    us = tables.us_contribution()
    return render(
        request,
        "burden.html",
        f"Burden sharing {year}",
        notice=notice,
        release=rid,
        releases=_complete_releases(tables),
        year=year,
        years=years.years,
        scenario=scenario,
        scenarios=SCENARIOS,
        info=info,
        totals=[
            {"name": t["label"], "extra": _money(t["usd_current_m"]), "raise": t["help"]}
            for t in headline(equalised.to_frame())
        ],
        charts=chart_list,
        burden=_burden_table(table, source, download).cite(cite),
        equalise=_equalise_table(equalised, source, eq_download).cite(cite),
        us=_us_table(us).cite(cited(tables, [r.release_id for r in us.rows], ("Table 3",))),
    )


# ---------------------------------------------------------------------------------------------- scenario builder
def _float(name: str, text: str) -> float | None:
    text = text.strip().replace("%", "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise InvalidArgumentError(name, f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise InvalidArgumentError(name, f"{text!r} is not a finite number")
    return value


def _int(name: str, text: str, low: int, high: int) -> int | None:
    value = _float(name, text)
    if value is None:
        return None
    if value != int(value) or not low <= value <= high:
        raise InvalidArgumentError(name, f"{text!r} is not a whole number from {low} to {high}")
    return int(value)


def _shares(text: str) -> list[float] | None:
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    return [v for p in parts if (v := _float("shares", p)) is not None] or None


def path_pledges() -> list[tuple[str, str]]:
    """Pledges a path can be computed for: core share of GDP, with a threshold."""
    return [(p.id, p.title) for p in pledges.load_register() if pledges.METRICS[p.metric].indicator == "share_gdp"]


def _assumption_items(assumptions: dict[str, Any]) -> list[tuple[str, str]]:
    keep = (
        "last_data_year",
        "start_share_origin",
        "gdp_growth_origin",
        "gdp_growth_pct",
        "inflation_origin",
        "exchange_rate_origin",
        "constant_prices",
        "path_description",
        "baseline",
    )
    items = [(k.replace("_", " "), str(jsonable(assumptions[k]))) for k in keep if assumptions.get(k) is not None]
    items += [("note", str(n)) for n in assumptions.get("notes", [])]
    return items


@router.get("/scenario", response_class=HTMLResponse)
def scenario_page(
    request: Request,
    tables: TablesDep,
    country: Text = "GBR",
    pledge: Text = "hague-2025-core-3.5",
    threshold: Text = "",
    deadline: Text = "",
    path: Text = "linear",
    shares: Annotated[str, Query(max_length=2000)] = "",
    gdp_growth: Text = "",
    inflation: Text = "",
    simulations: Text = "1000",
    seed: Text = "1",
) -> HTMLResponse:
    form = {
        "country": country,
        "pledge": pledge,
        "threshold": threshold,
        "deadline": deadline,
        "path": path,
        "shares": shares,
        "gdp_growth": gdp_growth,
        "inflation": inflation,
        "simulations": simulations,
        "seed": seed,
    }
    context: dict[str, Any] = {
        "form": form,
        "countries": [(c.code, c.name) for c in countries.all_countries() if c.has_armed_forces],
        "pledges": path_pledges(),
        "shapes": list(projection.PATH_SHAPES.items()),
        "error": None,
        "charts": [],
        "path_table": None,
        "assumptions": [],
    }
    status = 200
    try:
        options: dict[str, Any] = {
            "threshold": _float("threshold", threshold),
            "deadline": _int("deadline", deadline, 1949, 2100),
            "path": path,
            "shares": _shares(shares),
            "gdp_growth": _float("gdp_growth", gdp_growth),
            "inflation": _float("inflation", inflation),
        }
        runs = _int("simulations", simulations, 0, 20_000) or 0
        seed_value = _int("seed", seed, 0, 2**32 - 1)
        result, bands = tables.path_with_bands(country, pledge or None, runs, seed_value, **options)
    except NatoSpendError as exc:
        context["error"], status = str(exc), 422
    else:
        params = {k: v for k, v in {**options, "country": result.country, "pledge": pledge or None}.items()}
        download = api_url("paths", **params, simulations=runs, seed=seed_value)
        cite = cited(tables, [result.assumptions["releases"]["nato"]], ("Table 1", "Table 2", "Table 3", "Table 5"))
        context["charts"] = path_charts(result, bands, "scenario", download, cite)
        context["path_table"] = path_table(result, bands, download, cite)
        context["assumptions"] = _assumption_items(result.assumptions)
        last = result.table.iloc[-1]
        own = result.assumptions.get("currency")  # the ally's currency; None for an aggregate (US dollars)
        nc = "_nc_m" if own else "_usd_current_m"
        dollars = bool(own) and own != "USD"
        context["headline"] = {
            "name": result.name,
            "threshold": f"{result.threshold:g}",
            "deadline": result.deadline,
            "extra": _money(last[f"extra{nc}"], own or "USD"),
            "cumulative": _money(last[f"cumulative_extra{nc}"], own or "USD"),
            "required": _money(last[f"required{nc}"], own or "USD"),
            "required_usd": _money(last["required_usd_current_m"]) if dollars else "",
            "extra_usd": _money(last["extra_usd_current_m"]) if dollars else "",
        }
    return render(request, "scenario.html", "Scenario builder", status, **context)


# ---------------------------------------------------------------------------------------------- claim checker
EXAMPLE_CLAIMS = (
    "America currently spends around 3.4% of its GDP on defence. The UK remained one of just five member states "
    "to meet the 2% target."
)
VERDICT_TEXT = {
    "accurate": "accurate",
    "inaccurate": "inaccurate",
    "outdated": "outdated",
    "different_measure": "different measure",
    "unverifiable": "unverifiable",
}


def _evidence_table(index: int, evidence: list[dict[str, Any]]) -> TableView:
    view = TableView(
        key=f"evidence-{index}",
        title="Evidence",
        source="Each figure with its source, release, table and cell.",
        columns=[
            Column("Role"),
            Column("Source"),
            Column("Release"),
            Column("Published"),
            Column("Where"),
            Column("Ally"),
            Column("Year", True),
            Column("Value", True),
            Column("Note", cls="small"),
        ],
        sortable=False,
        row_headers=False,
    )
    for e in evidence:
        value = e.get("shown") or ("" if e.get("value") is None else f"{e['value']:g}")
        view.rows.append(
            Row(
                [
                    Cell(str(e.get("role", ""))),
                    Cell(str(e.get("source", ""))),
                    Cell(str(e.get("release_id", ""))),
                    Cell(str(e.get("published", ""))),
                    Cell(f"{e.get('table', '')} {e.get('cell', '')}".strip()),
                    Cell(str(e.get("country", ""))),
                    Cell("" if e.get("year") is None else str(e["year"])),
                    Cell(str(value)),
                    Cell(str(e.get("note", "") or e.get("citation", ""))),
                ]
            )
        )
    return view


def _claims_context(tables: Tables, text: str, as_of: str) -> tuple[dict[str, Any], int]:
    context: dict[str, Any] = {
        "text": text,
        "as_of": as_of,
        "results": None,
        "error": None,
        "counts": [],
        "example": EXAMPLE_CLAIMS,
        "trust": measured().summary(),
    }
    if not text.strip():
        return context, 200
    try:
        cutoff = parse_date(as_of.strip() or None, "as_of")
        checked = claims.check_text(tables.ds, text, cutoff)
    except NatoSpendError as exc:
        context["error"] = str(exc)
        return context, 422
    results = [jsonable(r.to_dict()) for r in checked]
    # The same annotated article as `natospend check --format html`.
    context["annotated"] = Markup(claims_report.annotated_fragment(claims.clean_text(text), checked))
    context["results"] = [
        {
            **r,
            "verdict_text": VERDICT_TEXT.get(r["verdict"], r["verdict"]),
            "evidence_table": _evidence_table(i, r["evidence"]),
        }
        for i, r in enumerate(results)
    ]
    tally: dict[str, int] = {}
    for r in results:
        tally[r["verdict"]] = tally.get(r["verdict"], 0) + 1
    context["counts"] = [(VERDICT_TEXT.get(v, v), v, n) for v, n in tally.items()]
    return context, 200


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request, tables: TablesDep, text: Annotated[str, Query(max_length=5000)] = "", as_of: Text = ""
) -> HTMLResponse:
    context, status = _claims_context(tables, text, as_of)
    return render(request, "claims.html", "Claim checker", status, **context)


@router.post("/claims", response_class=HTMLResponse)
def claims_check(
    request: Request,
    tables: TablesDep,
    text: Annotated[str, Form(max_length=2_000_000)] = "",
    as_of: Annotated[str, Form(max_length=40)] = "",
) -> HTMLResponse:
    context, status = _claims_context(tables, text, as_of)
    return render(request, "claims.html", "Claim checker", status, **context)


@router.post("/claims/download")
def claims_download(
    tables: TablesDep,
    text: Annotated[str, Form(max_length=2_000_000)] = "",
    as_of: Annotated[str, Form(max_length=40)] = "",
    fmt: FormatParam = None,
) -> Response:
    """The verdicts as a file: the form posts here with the format the user picked."""
    cutoff = parse_date(as_of.strip() or None, "as_of")
    results = tables.check_claims(text, cutoff)
    releases = {e["release_id"] for r in results for e in r["evidence"] if e.get("release_id")}
    meta = tables.meta(f"{len(results)} claims checked", releases, cutoff, {"as_of": cutoff}, [NOTE])
    return table_response(flat(results), meta, fmt or Format.csv, "claims")
