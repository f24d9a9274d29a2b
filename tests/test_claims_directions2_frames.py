"""Changes of spending stated in words (claims/directions.py, rules/growth.py), directions2: a change contradicted by
every figure held even when a newer release is held only in part, a list of allies as the subject, a change with no
year against the last years held, the change stated after its background ("After years of decline, ... a real
increase"), and records over long periods. Sentences from published articles not in the corpus (address in a
comment); figures asserted are cells of the embedded dataset."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.check import ClaimResult
from natospend.claims.directions import find_direction
from natospend.store.dataset import Dataset


def _growth(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of) if r.kind == "real_growth"]


# https://www.vimarsana.com/article/nato-figures-indicate-healthy-spending-levels-in-2020-defence-notes-2021031760
# (Shephard, 2021-03-17)
_CUT_2020 = "Albania, Norway and Turkey cut defence spending in 2020."


def test_a_list_of_allies_is_each_ally_and_a_clear_contradiction_survives_a_partial_release(ds: Dataset) -> None:
    # On the day no release held any ally's real change of 2020.
    (r,) = _growth(ds, _CUT_2020, "2021-03-17")
    assert r.fields["countries"] == ["ALB", "NOR", "TUR"] and r.fields["year"] == 2020
    assert r.verdict == "unverifiable"
    # Read on 2025-09-01: nato-2025-08 is held only in part, but every figure held for Norway's 2020 (+5.27 in
    # nato-2024-06) and Türkiye's (+2.28) is a rise, far from zero: the cut is contradicted whatever it revised.
    (r,) = _growth(ds, _CUT_2020, "2025-09-01")
    assert r.verdict == "inaccurate"
    assert "+5.3% (nato-2024-06)" in r.explanation and "not in the dataset" in r.explanation


def test_figures_that_agree_under_a_partial_release_stay_open(ds: Dataset) -> None:
    # https://www.urdupoint.com/en/world/nato-notes-steady-rise-in-defense-spending-in-1195411.html (2021-03-16)
    text = (
        "NATO Secretary General Jens Stoltenberg said Tuesday that NATO allies in Europe and Canada continued to "
        "increase defense spending for a sixth year in a row in 2020."
    )
    # nato-2024-06 bears out 2015-2020, but nato-2025-08 (held in part) is newer: agreement is not vouched for.
    (r,) = _growth(ds, text, "2025-09-01")
    assert r.verdict == "unverifiable" and "not in the dataset" in r.explanation


def test_a_change_with_no_year_against_every_recent_year(ds: Dataset) -> None:
    # http://tribeattache.com/2018/02/12/a-region-divided-natos-scandinavia-members-and-defense-spending/
    text = (
        "In a report responding to a parliamentary question, Norwegian Minister of Defence Frank Bakke-Jensen "
        "stated that Norway's defense spending has decreased."
    )
    (r,) = _growth(ds, text, "2018-02-12")
    assert r.verdict == "unverifiable"  # nothing held for Norway then
    # Read after nato-2019-06: 2017 +2.43, 2018 +5.75, 2019e +4.49: no recent year was a fall.
    (r,) = _growth(ds, text, "2019-07-01")
    assert r.fields["countries"] == ["NOR"] and r.fields["year"] is None
    assert r.verdict == "inaccurate" and "2018: +5.7% (nato-2019-06)" in r.explanation


def test_a_change_with_no_year_that_agrees_is_never_accurate(ds: Dataset) -> None:
    # https://independent4440.rssing.com/chan-62865340/article3182.html (2016-06)
    text = (
        'The Netherlands has already increased defense spending to try to help meet "current threats to the east '
        "and the south\" of NATO's frontiers, Rutte told reporters."
    )
    # nato-2019-06 has Dutch rises in 2017-2019, but which year the sentence means is not said.
    (r,) = _growth(ds, text, "2019-07-01")
    assert r.verdict == "unverifiable" and "Cannot tell which years" in r.explanation


def test_the_change_stated_after_its_background(ds: Dataset) -> None:
    # https://business-standard.com/article/news-ians/nato-says-2017-defence-spending-to-rise-4-3-excluding-us-117062801109_1.html
    text = (
        '"After years of decline, in 2015 we saw a real increase in defence spending across European allies and '
        'Canada," Stoltenberg said.'
    )
    d = find_direction(text)
    assert d is not None and d.sign == 1 and d.text == "real increase" and not d.vague_time
    (r,) = _growth(ds, text, "2017-06-28")
    assert r.fields["countries"] == ["NATO_EUROPE_CANADA"] and r.fields["year"] == 2015


def test_a_background_alone_is_no_change_stated(ds: Dataset) -> None:
    # Same article: the sentence states the upward trend, not the cuts before it.
    d = find_direction(
        "Stoltenberg said that after years of spending cuts, the upward trend of defence spending was underway."
    )
    assert d is not None and d.sign == 1


def test_a_record_over_decades_is_a_claim_that_cannot_be_checked(ds: Dataset) -> None:
    # https://www.stripes.com/theaters/europe/2023-07-07/nato-summit-defense-spending-10667336.html (2023-07-07)
    text = (
        '"This is the biggest (spending) increase in decades and the ninth consecutive year of increases in our '
        'defense spending," NATO Secretary-General Jens Stoltenberg said.'
    )
    d = find_direction(text)
    assert d is not None and d.record
    # The run of nine years is read first (growth.py), and is not held either: one claim, unverifiable.
    (r,) = _growth(ds, text, "2023-07-07")
    assert r.verdict == "unverifiable"


def test_a_record_since_a_year_held_is_no_such_claim() -> None:
    # A record within the years held ("the fastest spending growth since cuts stopped three years ago",
    # https://globalnews.ca/news/3561583/canada-europe-nato-defense-spending-increase/) is not read as a record.
    d = find_direction(
        "This year's increase represents the fastest spending growth since cuts stopped three years ago."
    )
    assert d is None or not d.record


def test_spending_less_than_last_year_is_a_fall_of_the_year_named(ds: Dataset) -> None:
    # https://globalnews.ca/news/4324547/canada-spending-less-defence-nato-report/amp/ (2018-07-11)
    text = "Canada expected to spend less on defence in 2018 than last year, NATO report says."
    d = find_direction(text)
    assert d is not None and d.sign == -1 and d.modality == "forecast"
    (r,) = _growth(ds, text, "2018-07-11")
    # the year is 2018, not the base ('than last year'); an estimate reported as expected is a forecast
    assert r.fields["countries"] == ["CAN"] and r.fields["year"] == 2018
    assert r.verdict == "unverifiable" and "forecast" in r.explanation


def test_boosting_spending_the_most_is_no_change_of_one_spender() -> None:
    # A comparison among spenders (a superlative), not a change against a year before:
    # https://www.politico.eu/article/military-spending-surge-central-europe-russia-threat-ukraine-conflict-defense-budgets/
    text = "Central European countries closest to the Russian-Ukraine conflict boosted spending the most."
    assert find_direction(text) is None
