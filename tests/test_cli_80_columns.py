"""Issue 11: the README's commands read well in an 80-column terminal (COLUMNS=80): no line longer than 80 and no
known word (pledge ids, country names, column headers, release ids) broken across lines; years as ranges and lists;
empty rows hidden."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from typer.testing import CliRunner

from natospend.interfaces.cli import app
from natospend.reference import countries, pledges

runner = CliRunner()

#: The README's commands that run offline without writing anything (serve, build, fetch and import are left out).
README_COMMANDS = [
    ["status"],
    ["status", "--year", "2016"],
    ["status", "--release", "nato-2024-06"],
    ["status", "--as-of", "2017-02-15"],
    ["show", "Poland", "--indicator", "share_gdp"],
    ["data", "revisions", "POL", "--indicator", "share_gdp", "--year", "2016"],
    ["pledges"],
    ["pledges", "Poland"],
    ["pledge", "show", "hague-2025-core-3.5"],
    ["gap", "UK", "--pledge", "hague-2025-core-3.5", "--simulations", "1000", "--seed", "1"],
    ["burden"],
    ["burden", "--equalise", "us-share"],
    ["compare", "UK", "--year", "2016"],
    ["check", "America spends around 3.4% of its GDP on defence", "--as-of", "2025-06-05"],
]


def _vocabulary() -> set[str]:
    words = {p.id for p in pledges.load_register()}
    words |= {c.name for c in countries.by_code().values()} | set(countries.by_code())
    words |= {"share_gdp", "nato-2026-07", "nato-2024-06", "sipri-2025-04", "worldbank-2026-02", "P10-P90"}
    words |= {"national pledges", "3.5% core", "5% total", "equip. %", "% GDP", "not yet due", "cum. extra"}
    return words


def _run(args: list[str]) -> str:
    result = runner.invoke(app, args, env={"COLUMNS": "80", "TERM": "dumb"}, terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("args", README_COMMANDS, ids=" ".join)
def test_readme_command_fits_80_columns_without_broken_words(args: list[str]) -> None:
    out = _run(args)
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
