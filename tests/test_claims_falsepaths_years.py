"""A claim that states no year may be about the year before the newest held; when natospend holds no figure for that
year (though it holds earlier ones), a neighbouring year cannot stand in for it: the claim is unverifiable, saying
which year is not held, unless its figure is far from every year around it (falsepaths)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _shares(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp"]


# https://www.livemint.com/specials/canadas-miserly-defence-spending-is-increasingly-embarrassing-11695807784441.html
# (The Economist, September 2023): "the country doles out just 1.22% of GDP", about 2022 ("Canada's defence budget
# amounted to just 1.22% of its GDP in 2022" further on). On 2023-09-25 natospend holds Canada's 2021 (1.39,
# nato-2021-06) and 2023 (1.38, nato-2023-07) but not 2022.
MINT = "Even after the invasion of Ukraine, Canada doles out just 1.22% of GDP on defence."


def test_a_yearless_figure_is_not_judged_on_the_year_after_an_unheld_one(ds: Dataset) -> None:
    [r] = _shares(ds, MINT, "2023-09-25")
    assert r.verdict == "unverifiable", r.explanation
    assert "may be about 2022" in r.explanation and "no figure published by 2023-09-25" in r.explanation


def test_a_figure_far_from_every_year_held_stays_inaccurate(ds: Dataset) -> None:
    # near-miss: 3.5% is far from 1.38% (2023) and 1.39% (2021): no year between them comes near it
    [r] = _shares(ds, MINT.replace("1.22%", "3.5%"), "2023-09-25")
    assert r.verdict == "inaccurate" and "1.38%" in r.explanation


def test_a_stated_year_is_judged_on_its_own_figures(ds: Dataset) -> None:
    # near-miss: "in 2023" names the year held (1.38% in nato-2023-07): contradicted
    [r] = _shares(ds, MINT.replace("on defence", "on defence in 2023"), "2023-09-25")
    assert r.verdict == "inaccurate"


def test_with_the_year_before_held_the_older_reading_stands(ds: Dataset) -> None:
    # near-miss: Germany's 2022 is held by then (1.49, nato-2023-03), as are 2023 (1.57) and 2021 (1.53)
    [r] = _shares(ds, "Germany spends 1.2% of GDP on defence.", "2023-12-01")
    assert r.verdict == "inaccurate", r.explanation
