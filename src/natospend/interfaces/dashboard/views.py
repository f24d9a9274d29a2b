"""Small view models the templates render: tables with sortable cells, and charts with their data, each with
the provenance of its figures (a grade badge, caveat marks, ready citation lines)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from natospend.charts.figures import Chart, figure_json

#: Provenance grades as a page names them, with what each means (the badge's tooltip and the legend).
GRADES: dict[str, tuple[str, str]] = {
    "official_file": ("official file", "read from the publisher's own workbook or export"),
    "official_text": ("official text", "transcribed from the publisher's own document (report, press release)"),
    "third_party_copy": ("third-party copy", "transcribed from another project's copy of the publisher's file"),
    "press_report": ("press report", "figures as quoted by the press, not read from the publisher"),
}
#: Caveats that weaken a figure: (short label beside the value, what it means).
CAVEATS: dict[str, tuple[str, str]] = {
    "estimate": ("e", "estimate in this release"),
    "conflicting_sources": ("conflicting", "sources disagree on this figure"),
    "precision_inferred": ("~digits", "the decimals printed were inferred, not read from the source"),
    "rounded_by_source": ("rounded", "rounded by the source that quoted it"),
    "lower_confidence": ("low confidence", "flagged as less certain by its source"),
}


@dataclass(frozen=True)
class Mark:
    """A badge beside a value: a text label, what it means (tooltip), and a class for its colour."""

    text: str
    title: str
    cls: str


def grade_badge(grade: object) -> Mark | None:
    label = GRADES.get(str(grade))
    return Mark(label[0], f"Provenance: {label[1]}", f"grade {grade}") if label else None


def figure_marks(caveats: object = "", grade: object = None, table_grade: object = None) -> tuple[Mark, ...]:
    """Marks for one figure: its caveats (`;`-joined, as the store gives them, or a status such as "estimate") and
    its grade where it is weaker than the grade its table states once in the caption."""
    marks = []
    if grade is not None and str(grade) != str(table_grade or "") and (badge := grade_badge(grade)):
        marks.append(badge)
    for flag in str(caveats or "").split(";"):
        if flag in CAVEATS:
            text, title = CAVEATS[flag]
            marks.append(Mark(text, title, "caveat" if flag != "estimate" else "caveat estimate"))
    return tuple(marks)


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None  # value used when sorting (numbers sort as numbers)
    href: str | None = None
    cls: str | None = None
    marks: tuple[Mark, ...] = ()  # estimate, caveats, a grade unlike the table's
    title: str | None = None


@dataclass(frozen=True)
class Column:
    label: str
    numeric: bool = False
    cls: str | None = None  # class for every cell of the column, e.g. "nowrap"
    help: str | None = None  # tooltip on the heading
    marks: tuple[Mark, ...] = ()  # e.g. the provenance grade of a release's column


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
    grades: tuple[Mark, ...] = ()  # the grade(s) of the releases the figures come from, shown in the caption
    citations: tuple[str, ...] = ()  # ready citation lines, one per release

    def cite(self, provenance: Provenance) -> TableView:
        self.grades, self.citations = provenance.badges, provenance.citations
        return self


@dataclass(frozen=True)
class Provenance:
    """Where a table's or chart's figures come from: one badge per grade, one citation line per release."""

    grades: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    by_release: dict[str, str] = field(default_factory=dict)  # release id -> its grade

    @property
    def badges(self) -> tuple[Mark, ...]:
        return tuple(b for g in self.grades if (b := grade_badge(g)))

    @property
    def grade(self) -> str | None:
        """The one grade every figure shares (cells then only mark exceptions), else None."""
        return self.grades[0] if len(self.grades) == 1 else None


def provenance(ds: Any, releases: Iterable[str], tables: Iterable[str] = ()) -> Provenance:
    """Grades and citation lines (Dataset.citation) of `releases`, in the order given, each once (ids that name no
    release, such as a pledge register's 'reference' figures, are left out)."""
    known = set(ds.releases()["release_id"].astype(str))
    ids = [r for r in dict.fromkeys(str(r) for r in releases if r) if r in known]
    named = tuple(tables)
    by_release = {r: str(ds.release_info(r)["provenance"]) for r in ids}
    citations = tuple(ds.citation(r, named if r.startswith("nato") else ()) for r in ids)
    return Provenance(tuple(dict.fromkeys(by_release.values())), citations, by_release)


@dataclass(frozen=True)
class ChartView:
    key: str
    title: str
    source: str
    summary: str
    json: str
    notes: list[str]
    download: str | None
    grades: tuple[Mark, ...] = ()
    citations: tuple[str, ...] = ()


def chart_view(chart: Chart, download: str | None = None, cited: Provenance | None = None) -> ChartView:
    cited = cited or Provenance()
    return ChartView(
        chart.key,
        chart.title,
        chart.source,
        chart.summary(),
        figure_json(chart),
        chart.notes,
        download,
        cited.badges,
        cited.citations,
    )


def estimate_mark(status: object) -> tuple[Mark, ...]:
    """The marks of a figure that may be an estimate (`status`), where no other caveat is known."""
    return figure_marks("estimate" if status == "estimate" else "")
