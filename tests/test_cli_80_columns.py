"""Issue 11: the README's commands read well in an 80-column terminal (COLUMNS=80): no line longer than 80, no known
word (pledge ids, country names, release ids, provenance grades and caveats) broken across lines or folded inside a
table cell; years as ranges and lists; empty rows hidden."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

import natospend
from natospend.interfaces.cli import app
from natospend.reference import countries, pledges
from natospend.reference.manifest import PROVENANCE_GRADES
from natospend.store.provenance import CAVEAT_FLAGS

runner = CliRunner()

#: The README's commands, as a reader types them; {tmp} is a fresh folder, {saved} a `check --json` file, {iiss} the
#: user's own IISS copy. `serve` (it runs until stopped) and `data fetch` (the network) are shown by their --help.
README_COMMANDS = [
    ["status"],
    ["status", "--year", "2016"],
    ["status", "--years", "2016,2024"],
    ["status", "--release", "nato-2024-06"],
    ["status", "--as-of", "2017-02-15"],
    ["show", "Poland", "--indicator", "share_gdp"],
    ["show", "Poland", "--indicator", "share_gdp", "--years", "2016-2018"],
    ["show", "Poland", "--indicator", "share_gdp", "--years", "2014-2026", "--all"],
    ["data", "revisions", "POL", "--indicator", "share_gdp", "--year", "2016"],
    ["pledges"],
    ["pledges", "Poland"],
    ["pledge", "show", "hague-2025-core-3.5"],
    ["gap", "UK", "--pledge", "hague-2025-core-3.5", "--simulations", "1000", "--seed", "1"],
    ["gap", "UK", "--pledge", "hague-2025-core-3.5", "--simulations", "200", "--plot", "{tmp}/uk.png"],
    ["gap", "Poland", "--pledge", "hague-2025-core-3.5", "--simulations", "200", "--currency", "EUR", "--fall-back"],
    ["burden"],
    ["burden", "--equalise", "us-share"],
    ["burden", "--equalise", "us-total"],
    ["burden", "--equalise", "3.5"],
    ["compare", "UK", "--year", "2016"],
    ["check", "America spends around 3.4% of its GDP on defence", "--as-of", "2025-06-05"],
    ["diff"],
    ["diff", "nato-2024-06", "nato-2026-07"],
    ["recheck", "{saved}", "--release", "nato-2026-07"],
    ["serve", "--help"],
    ["chart", "shares", "--out", "{tmp}/shares.svg"],
    ["data", "build", "--out", "{tmp}/data"],
    ["data", "verify"],
    ["data", "fetch", "--help"],
    ["data", "import", "iiss", "{iiss}"],
]
#: Exit status 1 from diff and recheck means "something changed", not an error.
CHANGED = {"diff", "recheck"}


def _vocabulary() -> set[str]:
    words = {p.id for p in pledges.load_register()}
    words |= {c.name for c in countries.by_code().values()} | set(countries.by_code())
    words |= set(natospend.load().releases()["release_id"]) | {"share_gdp", "P10-P90"}
    words |= set(PROVENANCE_GRADES) | set(CAVEAT_FLAGS)
    words |= {"national pledges", "3.5% core", "5% total", "equip. %", "% GDP", "not yet due", "cum. extra"}
    return words


def _tokens(words: set[str]) -> set[str]:
    """The single words a table cell must never split (a phrase may wrap between its words)."""
    return {t for w in words for t in w.split() if len(t) >= 3}


def _run(args: list[str], code: tuple[int, ...] = (0,)) -> str:
    result = runner.invoke(app, args, env={"COLUMNS": "80", "TERM": "dumb"}, terminal_width=80)
    assert result.exit_code in code, result.output
    return result.stdout


def _cell_breaks(lines: list[str], tokens: set[str]) -> list[str]:
    """Tokens split inside a table cell: the head ends a word at column p of one line and the tail starts the next
    line at the same column (a folded cell); or the head ends a full 80-column table row, cells apart by two spaces
    (the console cropped the cell; prose wraps between words and may end a line with 'share')."""
    found = []
    edge = re.compile(r"[\s│┃|]")

    def whole(line: str, at: int, size: int) -> bool:
        before = at == 0 or bool(edge.match(line[at - 1]))
        after = at + size >= len(line) or bool(edge.match(line[at + size]))
        return before and after

    for token in tokens:
        for cut in range(1, len(token)):
            head, tail = token[:cut], token[cut:]
            for line, after in pairwise(lines):
                at = line.find(head)
                while at >= 0:
                    if whole(line, at, len(head)):
                        if after[at : at + len(tail)] == tail and whole(after, at, len(tail)):
                            found.append(f"{token!r} folded in a cell:\n{line}\n{after}")
                        elif cut >= 4 and at + len(head) == 80 and head not in tokens and "  " in line.strip():
                            found.append(f"{token!r} cropped at column 80:\n{line}")
                    at = line.find(head, at + 1)
    return found


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory, raw: Path) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("readme")
    saved = tmp / "saved.json"
    saved.write_text(_run(["check", "Poland spent 4.12% of its GDP on defence in 2024", "--json"]), encoding="utf-8")
    return {"tmp": str(tmp), "saved": str(saved), "iiss": str(raw / "iiss" / "iiss_milex.xlsx")}


@pytest.mark.parametrize("args", README_COMMANDS, ids=" ".join)
def test_readme_command_fits_80_columns_without_broken_words(
    args: list[str], places: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NATOSPEND_HOME", str(tmp_path / "home"))  # an import lands here, not in the session's home
    out = _run([a.format(**places) for a in args], code=(0, 1) if args[0] in CHANGED else (0,))
    lines = out.splitlines()
    assert lines, args
    too_long = [line for line in lines if len(line) > 80]
    assert not too_long, too_long[:3]
    # A known word is broken when the end of one line and the start of the next join up into it.
    stripped = [re.sub(r"[│┃|]", " ", line).strip() for line in lines]
    for word in _vocabulary():
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            for line, after in pairwise(stripped):
                if line.endswith(head) and after.startswith(tail) and word not in line and word not in after:
                    raise AssertionError(f"{word!r} broken across lines in {args}:\n{line}\n{after}")
    breaks = _cell_breaks(lines, _tokens(_vocabulary()))
    assert not breaks, breaks[0]


def test_cell_check_catches_a_folded_and_a_cropped_cell() -> None:
    """The check itself, on rich's own output: a word longer than its column folds in the middle of the table."""
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None)
    for name in ("year", "grade", "release"):
        table.add_column(name, overflow="fold", max_width=10 if name == "grade" else None)
    table.add_row("2018", "third_party_copy precision_inferred", "nato-2026-07")
    console = Console(width=80, record=True)
    console.print(table)
    folded = console.export_text().splitlines()
    assert _cell_breaks(folded, _tokens(_vocabulary()))
    cropped = ["2018  2.00  " + "x" * 49 + "  precision_inferre", "             nato-2018-07"]
    assert len(cropped[0]) == 80 and _cell_breaks(cropped, {"precision_inferred"})
    whole = ["2018  2.00  precision_inferred", "      1.98  nato-2018-07"]
    assert not _cell_breaks(whole, _tokens(_vocabulary()))


def test_show_grade_column_keeps_precision_inferred_whole() -> None:
    """Poland 2018 in the July 2026 release is flagged precision_inferred: on 80 columns the word stays whole."""
    out = _run(["show", "Poland", "--indicator", "share_gdp", "--years", "2016-2018"])
    assert "precision_inferred" in out and all(len(line) <= 80 for line in out.splitlines())


def test_show_takes_year_ranges_and_lists() -> None:
    ranged = _run(["show", "Poland", "-i", "share_gdp", "--source", "nato", "--years", "2014-2026"])
    years = {int(m) for m in re.findall(r"^(\d{4})  ", ranged, re.M)}
    assert years == set(range(2014, 2027))
    listed = _run(["show", "Poland", "-i", "share_gdp", "--source", "nato", "--years", "2016,2024", "--year", "2020"])
    assert {int(m) for m in re.findall(r"^(\d{4})  ", listed, re.M)} == {2016, 2020, 2024}


@pytest.mark.parametrize(
    ("years", "message"),
    [
        ("2026-2014", "runs backwards; did you mean 2014-2026?"),
        ("2014-20x6", "is not a year or a range of years"),
        ("1800-1810", "outside 1949-2100"),
        ("2014--2016", "is not a year or a range of years"),
    ],
)
def test_bad_year_ranges_get_a_clear_error(years: str, message: str) -> None:
    for command in (["show", "Poland"], ["status"]):
        result = runner.invoke(app, [*command, "--years", years])
        assert result.exit_code == 1
        assert "--years" in result.output and message in result.output


def test_status_takes_several_years() -> None:
    out = _run(["status", "--years", "2016,2024"])
    assert "NATO allies in 2016" in out and "NATO allies in 2024" in out


def test_show_hides_empty_rows_unless_all() -> None:
    """SIPRI's 1949-79 rows for Poland hold no figure: hidden by default, counted, shown with --all."""
    args = ["show", "Poland", "-i", "share_gdp", "--source", "sipri", "--years", "1949-1990"]
    hidden = _run(args)
    shown_years = {int(m) for m in re.findall(r"^(\d{4})  ", hidden, re.M)}
    assert shown_years and min(shown_years) >= 1980
    assert re.search(r"\d+ rows without a figure are hidden; --all shows them", hidden)
    everything = _run([*args, "--all"])
    assert 1949 in {int(m) for m in re.findall(r"^(\d{4})", everything, re.M)}


def test_plot_axes_show_whole_years(ds) -> None:
    """No 2027.5 on any year axis: the gap figure (matplotlib) and the chart specs (Plotly and matplotlib)."""
    from natospend.analysis import projection
    from natospend.charts import figures, plotting

    result = projection.required_path(ds, "UK", "hague-2025-core-3.5")
    fig = plotting.gap_figure(result)
    fig.canvas.draw()
    for ax in fig.axes:
        ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
        assert ticks and all(float(t).is_integer() for t in ticks), ticks
    charts = [c for c in figures.path_charts(result) if figures.year_axis(c)]
    assert charts
    for chart in charts:
        layout = figures.plotly_figure(chart)["layout"]["xaxis"]
        assert layout["tickformat"] == "d" and isinstance(layout["dtick"], int)
        mpl = figures.to_matplotlib(chart)
        mpl.canvas.draw()
        ax = mpl.axes[0]
        ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
        assert ticks and all(float(t).is_integer() for t in ticks), ticks
