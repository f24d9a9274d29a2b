"""Required paths to a pledge and the gap to it, year by year, with optional Monte Carlo bands."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from natospend.interfaces.api.downloads import TABLE_RESPONSES, table_response
from natospend.interfaces.api.params import FormatParam, Release, TablesDep
from natospend.interfaces.api.schemas import Table

router = APIRouter(prefix="/paths", tags=["paths and burden"])

PathShape = Literal["linear", "growth", "front", "back", "custom"]
Percent = Annotated[float | None, Query(gt=-100, le=1000, description="Percent a year.")]


@router.get(
    "", summary="Required path and gap to a pledge", response_model=Table[dict[str, Any]], responses=TABLE_RESPONSES
)
def required_path(
    tables: TablesDep,
    country: Annotated[str, Query(max_length=64, description="Ally or aggregate, any spelling.")],
    pledge: Annotated[str | None, Query(max_length=80, description="Pledge id, e.g. hague-2025-core-3.5.")] = None,
    threshold: Annotated[float | None, Query(gt=0, le=100, description="Share of GDP; overrides the pledge's.")] = None,
    deadline: Annotated[int | None, Query(ge=1949, le=2100, description="NATO year; overrides the pledge's.")] = None,
    path: Annotated[PathShape, Query(description="Shape of the path in share of GDP.")] = "linear",
    shares: Annotated[
        list[float] | None, Query(max_length=100, description="With path=custom: one share per year after the data.")
    ] = None,
    gdp_growth: Percent = None,
    inflation: Percent = None,
    exchange_rate: Annotated[float | None, Query(gt=0, description="National currency per US dollar.")] = None,
    release: Release = None,
    fall_back: Annotated[
        bool, Query(description="An ally above the threshold falls back to it (default: it keeps its share).")
    ] = False,
    simulations: Annotated[int, Query(ge=0, le=50_000, description="Monte Carlo runs for bands; 0 = none.")] = 0,
    seed: Annotated[int | None, Query(ge=0, le=2**32 - 1, description="Seed, for reproducible bands.")] = None,
    fmt: FormatParam = None,
) -> Response:
    """Required share of GDP and spending (national currency, US dollars current and constant), the extra over a
    baseline that keeps the latest share, cumulative extra and implied real growth, from the last data year to the
    deadline. With `simulations`, P10/P50/P90 bands of required spending and of the gap are added."""
    options: dict[str, Any] = {
        "threshold": threshold,
        "deadline": deadline,
        "path": path,
        "shares": shares,
        "gdp_growth": gdp_growth,
        "inflation": inflation,
        "release": release,
        "exchange_rate": exchange_rate,
        "fall_back": fall_back,
    }
    result, bands = tables.path_with_bands(country, pledge, simulations, seed, **options)
    frame = result.table
    assumptions: dict[str, Any] = dict(result.assumptions)
    if bands is not None:
        extra = [c for c in bands.columns if c.endswith(("_p10", "_p50", "_p90"))]
        frame = frame.merge(bands[["year", *extra]], on="year", how="left")
        assumptions["bands"] = bands.attrs.get("assumptions", {})
    query = {"country": country, "pledge": pledge, **options, "simulations": simulations, "seed": seed}
    releases = [r for r in assumptions.get("releases", {}).values() if isinstance(r, str)]
    title = f"{result.name}: required path to {result.threshold:g}% of GDP by {result.deadline}"
    meta = tables.meta(title, releases, None, query, assumptions.get("notes", []), assumptions)
    return table_response(frame, meta, fmt, f"path-{result.country}-{result.threshold:g}-{result.deadline}")
