"""List forms found in a recall audit of fresh pages (not in the corpus): claims/lists.py's "(both 2.14%)" and
"(both with 0.93%)" for two allies and the serial comma before "(N percent each)"; claims/times.py's summit year
in a long lead-in ("the goal agreed by the allies at the Welsh Summit in 2014: ...") is when the goal was set, not
the list's year. Verdicts against the embedded NATO releases of their dates."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.lists import find_items
from natospend.claims.times import find_years
from natospend.store.dataset import Dataset

# https://www.theportugalnews.com/news/defence-consumes-152-of-gdp/52275 (29 November 2019)
BOTH = (
    "Among the NATO member countries that invest the most in defense are the United States, which leads the list "
    "with a percentage of 3.42%, followed by Bulgaria (3.25%), Greece (2.28%) and the United Kingdom and Estonia "
    "(both 2.14%)."
)
# http://www.theportugalnews.com/news/portugal-allocates-135-of-gdp-to-defence/48773 (March 2019)
BOTH_WITH = (
    "Portugal is in 16th place on the list – headed by the US (3.39%) – ahead of Germany (1.23%), Spain, Belgium "
    "(both with 0.93%) and Luxembourg (0.54%), which are the last three places."
)
# https://n1info.hr/english/news/croatia-met-nato-defence-budget-target-in-2021/ (31 March 2022)
EACH = (
    "Greece earmarked the most for defence last year, 3.59 percent of GDP, followed by the United States (3.57 "
    "percent), Poland (2.34 percent), the UK (2.25 percent) and Croatia, Estonia, and Latvia (2.16 percent each)."
)
# https://www.theportugalnews.com/news/portugal-increases-defence-spending-to-141-of-gdp/50176 (25 June 2019)
SUMMIT = (
    "At this time, and according to the estimates, only seven countries have already reached or exceeded the 2% "
    "bar, the goal agreed by the allies at the Welsh Summit in 2014: United States (3.42%), Greece (2.24%), "
    "Estonia (2.13%), United Kingdom (2.13%) and Romania (2.04%)."
)


def _pairs(sentence: str) -> list[tuple[str, float]]:
    return [(i.code, i.value) for i in find_items(sentence)]


def test_both_gives_the_figure_to_the_two_allies_it_follows() -> None:
    assert ("GBR", 2.14) in _pairs(BOTH) and ("EST", 2.14) in _pairs(BOTH)
    assert ("GRC", 2.28) in _pairs(BOTH) and ("GRC", 2.14) not in _pairs(BOTH)  # not the ally before the pair
    got = _pairs(BOTH_WITH)
    assert ("ESP", 0.93) in got and ("BEL", 0.93) in got
    assert ("DEU", 0.93) not in got and ("DEU", 1.23) in got


def test_each_after_a_serial_comma_reaches_every_ally_of_the_run() -> None:
    got = _pairs(EACH)
    assert [c for c, v in got if v == 2.16] == ["HRV", "EST", "LVA"]
    assert ("GBR", 2.25) in got and ("GBR", 2.16) not in got  # the run starts after "the UK (2.25 percent) and"


def test_the_pair_under_both_is_checked_for_each_ally(ds: Dataset) -> None:
    # NATO's November 2019 estimates: the UK 2.14% and Estonia 2.14% of GDP in 2019. The sentence before, a list
    # of shares too, says what the figures measure.
    lead = (
        "With the percentage already reached this year, Portugal remains the 16th member of NATO (out of a total of "
        "29) that invests most in Defence, immediately ahead of Germany (1.38%), and prominently ahead of Belgium "
        "(0.93%), Spain (0.92%) and Luxembourg (0.56%), the allies in the 'tail' of the list. "
    )
    got = {
        r.fields["countries"][0]: (r.fields["value"], r.verdict, r.figures_verdict, "both" in r.unread)
        for r in check_text(ds, lead + BOTH, as_of="2019-11-29")
        if r.kind == "share_gdp" and r.fields["value"] == 2.14
    }
    # gate: neutral word not yet listed ('both' of "(both 2.14%)"); the figures' verdict is kept
    assert got == {"GBR": (2.14, "unverifiable", "accurate", True), "EST": (2.14, "unverifiable", "accurate", True)}


def test_a_summit_year_in_the_lead_in_is_not_the_year_of_the_list(ds: Dataset) -> None:
    years = {y.year: y.role for y in find_years(SUMMIT)}
    assert years == {2014: "announced"}
    # The list is NATO's June 2019 estimates for 2019 (the United States 3.42%, Romania 2.04%).
    got = {
        r.fields["countries"][0]: (r.fields.get("year"), r.verdict)
        for r in check_text(ds, SUMMIT, as_of="2019-06-25")
        if r.kind == "share_gdp"
    }
    assert got["USA"] == (None, "accurate") and got["ROU"] == (None, "accurate")
    # The year of data in the same place stays a year of data.
    assert {y.role for y in find_years("Spending by the allies at the summit reached 2% in 2014.")} == {"data"}
