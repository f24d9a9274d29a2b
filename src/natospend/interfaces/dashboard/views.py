"""Small view models the templates render: tables with sortable cells, and charts with their data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from natospend.charts.figures import Chart, figure_json


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None  # value used when sorting (numbers sort as numbers)
    href: str | None = None
    cls: str | None = None
    mark: str | None = None  # e.g. "e" for an estimate
    mark_title: str = ""
    title: str | None = None


@dataclass(frozen=True)
class Column:
    label: str
    numeric: bool = False
    cls: str | None = None  # class for every cell of the column, e.g. "nowrap"
    help: str | None = None  # tooltip on the heading


@dataclass(frozen=True)
class Row:
    cells: list[Cell]
    cls: str | None = None


@dataclass
class TableView:
    key: str
    title: str
    source: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    download: str | None = None  # API address of the same table; the page adds ?format=
    sortable: bool = True
    row_headers: bool = True
    cards: bool = True  # on a phone, each row becomes a card (False: wide matrices keep a scroll, first column fixed)


@dataclass(frozen=True)
class ChartView:
    key: str
    title: str
    source: str
    summary: str
    json: str
    notes: list[str]
    download: str | None


def chart_view(chart: Chart, download: str | None = None) -> ChartView:
    return ChartView(chart.key, chart.title, chart.source, chart.summary(), figure_json(chart), chart.notes, download)


def estimate_mark(status: object) -> dict[str, str]:
    return {"mark": "e", "mark_title": "estimate in this release"} if status == "estimate" else {}
