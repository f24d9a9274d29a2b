"""An ally's own plan or forecast is not the alliance's pledge, and a pledge's deadline is its deadline (issue 10,
class 3). The register (src/natospend/meta/pledges.toml): vilnius-2023-2pct (at least 2% every year from 2024, all
allies), wales-2014-2pct (2% by 2024), hague-2025-total-5 (5% by 2035, starting 2025), ita-2pct-2025 (Italy's own 2%
in 2025, announced 2025-04-17). NATO's February 2024 figures were not yet out: Germany's 2024 share (2.12% in the
June 2024 release) was not published on 2024-02-14."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Berlin will meet the 2% target this year for the first time since the end of the Cold War.", "2024-02-14"),
        ("Germany will hit NATO's 2% target this year, the chancellor said.", "2024-02-14"),
        ("Poland will reach the 2 percent goal next year, its defence minister said.", "2017-03-01"),
    ],
)
def test_an_allys_forecast_is_not_the_alliance_pledge(ds: Dataset, text: str, as_of: str) -> None:
    found = check_text(ds, text, as_of=as_of)
    assert found and all(r.verdict != "accurate" for r in found), [(r.verdict, r.explanation) for r in found]
    assert not any("vilnius-2023-2pct" in r.explanation and r.verdict == "accurate" for r in found)


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Lithuania said Wednesday it would raise its defence spending to 2 percent of gross domestic product"
            " (GDP) next year.",
            "2017-10-18",
        ),
        ("Latvia said it will increase military spending to 2% of GDP in 2018.", "2017-06-01"),
        ("Romania will boost defence spending to 2 percent of GDP next year, the president said.", "2016-05-01"),
    ],
)
def test_an_allys_own_plan_abstains_naming_it(ds: Dataset, text: str, as_of: str) -> None:
    found = [r for r in check_text(ds, text, as_of=as_of) if r.kind == "pledge"]
    assert found and all(r.verdict == "unverifiable" for r in found), [(r.verdict, r.explanation) for r in found]
    assert any("national pledge" in r.explanation or "national plan" in r.explanation for r in found)


def test_an_allys_own_registered_pledge_still_matches(ds: Dataset) -> None:
    """A forecast the register holds as that ally's own pledge is still settled by it."""
    found = check_text(ds, "Italy will meet the 2% target this year, its defence minister said.", as_of="2025-05-08")
    assert len(found) == 1 and found[0].verdict == "accurate" and "ita-2pct-2025" in found[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Nato leaders assembly in The Hague have agreed to ramp up defence spending to five% of their nations’"
        " financial output by 2025.",
        "At the summit in The Hague, the allies agreed to spend 5% of GDP on defence by 2026.",
    ],
)
def test_a_deadline_that_is_the_start_year_is_wrong(ds: Dataset, text: str) -> None:
    """The Hague pledge starts in 2025 but is due by 2035: "by 2025" misdates it."""
    found = [r for r in check_text(ds, text, as_of="2025-06-30") if r.kind == "pledge"]
    assert len(found) == 1 and found[0].verdict == "inaccurate", [(r.verdict, r.explanation) for r in found]
    assert "hague-2025-total-5" in found[0].explanation


@pytest.mark.parametrize(
    ("text", "pledge"),
    [
        ("At The Hague, allies agreed to spend 5% of GDP on defence by 2035.", "hague-2025-total-5"),
        ("In 2014 the allies agreed to move towards spending 2% of GDP by 2024.", "wales-2014-2pct"),
    ],
)
def test_the_right_deadline_still_matches(ds: Dataset, text: str, pledge: str) -> None:
    found = [r for r in check_text(ds, text, as_of="2025-07-01") if r.kind == "pledge"]
    assert len(found) == 1 and found[0].verdict == "accurate" and pledge in found[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "In a first since the end of the Cold War, Germany is expected to reach the 2% goal, a spokesperson said.",
        "Italy is expected to hit the 2% target, officials said.",
    ],
)
def test_a_forecast_with_no_year_is_not_the_alliance_pledge(ds: Dataset, text: str) -> None:
    """No year and a forecast: not judged on published figures, and not settled by the Vilnius floor either."""
    found = check_text(ds, text, as_of="2024-02-14")
    assert found and all(r.verdict == "unverifiable" for r in found), [(r.verdict, r.explanation) for r in found]
