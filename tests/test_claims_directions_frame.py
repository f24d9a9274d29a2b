"""Changes of spending stated without a figure, read as one frame (claims/directions.py) and judged on NATO's real
change series (rules/growth.py): who, which years, which way, and whether it is stated, forecast or planned.
Sentences from published articles not in the corpus (address in a comment); figures asserted are cells of the
embedded dataset."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.check import ClaimResult
from natospend.claims.directions import find_direction
from natospend.store.dataset import Dataset


def _growth(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of) if r.kind == "real_growth"]


# https://www.urdupoint.com/en/world/nato-notes-steady-rise-in-defense-spending-in-1195411.html (2021-03-16)
_SIXTH = (
    "NATO Secretary General Jens Stoltenberg said Tuesday that NATO allies in Europe and Canada continued to "
    "increase defense spending for a sixth year in a row in 2020."
)


def test_a_run_of_rises_needs_every_year(ds: Dataset) -> None:
    # Said on the day: no release then held the real changes of 2015-2020 for European allies and Canada.
    (r,) = _growth(ds, _SIXTH, "2021-03-16")
    assert r.fields["countries"] == ["NATO_EUROPE_CANADA"] and r.fields["year"] == 2020 and r.fields["period"] == 6
    assert r.verdict == "unverifiable" and "2015-2020" in r.explanation
    # Read again once NATO's June 2024 release was out: every year of 2015-2020 a rise (2015 +1.63 ... 2020 +4.71).
    (r,) = _growth(ds, _SIXTH, "2024-07-01")
    # gate: neutral word not yet listed ('continued' of the run the frame read)
    assert r.verdict == "unverifiable" and r.figures_verdict == "accurate" and "continued" in r.unread
    assert "2015: +1.6%" in r.explanation and "2020: +4.7%" in r.explanation
    assert "not checked" in r.explanation  # how strong, when the sentence says, is not


def test_a_stated_rise_contradicted_by_the_newest_release(ds: Dataset) -> None:
    # https://www.thestar.com/news/canada/2017/03/13/canadas-defence-spending-increases-but-still-half-of-natos-2-per-cent-target.html
    text = (
        "A new NATO report says Canada's defence spending increased in 2016, but that the country remains near the "
        "back of the pack."
    )
    (r,) = _growth(ds, text, "2017-03-13")
    assert r.fields["countries"] == ["CAN"] and r.fields["year"] == 2016 and r.verdict == "unverifiable"
    # The same sentence read after nato-2019-06: Canada's real change of 2016 is -2.54%, a fall.
    (r,) = _growth(ds, text, "2019-07-01")
    # gate: neutral word not yet listed ('new' of "A new NATO report says")
    assert r.verdict == "unverifiable" and r.figures_verdict == "inaccurate" and "-2.54%" in r.explanation
    assert "new" in r.unread


def test_a_rise_with_no_year_says_so(ds: Dataset) -> None:
    # https://independent4440.rssing.com/chan-62865340/article3182.html (2016-06)
    text = (
        'The Netherlands has already increased defense spending to try to help meet "current threats to the east '
        "and the south\" of NATO's frontiers, Rutte told reporters."
    )
    (r,) = _growth(ds, text, "2016-06-09")
    assert r.fields["countries"] == ["NLD"] and r.fields["year"] is None
    assert r.verdict == "unverifiable" and "Cannot tell which years" in r.explanation


def test_a_forecast_is_not_judged_as_spent(ds: Dataset) -> None:
    # https://business-standard.com/article/news-ians/nato-says-2017-defence-spending-to-rise-4-3-excluding-us-117062801109_1.html
    text = (
        "Defence spending contributions from NATO's European allies and Canada are expected to rise in 2017, marking "
        "the third annual upward trend in the sector, the organisation's secretary-general said on Wednesday."
    )
    (r,) = _growth(ds, text, "2017-06-28")
    assert r.fields["modality"] == "forecast" and r.verdict == "unverifiable" and "a forecast" in r.explanation


def test_a_stated_rise_of_this_years_estimate(ds: Dataset) -> None:
    # https://defenceagenda.com/nato-2025-defence-expenditure/2 (after NATO's August 2025 estimates): "sharp" is not
    # checked, the rise is (+15.9% for European allies and Canada in nato-2025-08).
    text = (
        "NATO's latest dataset for NATO 2025 defence expenditure confirms sharp real-term growth across European "
        "Allies and Canada, while the United States remains the Alliance's anchor by absolute outlays."
    )
    (r,) = _growth(ds, text, "2025-09-01")
    assert r.fields["countries"] == ["NATO_EUROPE_CANADA"] and r.fields["year"] == 2025
    # the gate abstains on the unchecked "sharp"; the figures held the rise
    assert r.verdict == "unverifiable" and r.figures_verdict == "accurate" and "+15.9%" in r.explanation
    assert "sharp" in r.unread


def test_the_allies_read_both_ways(ds: Dataset) -> None:
    # https://hrnww.com/blog/2023/03/21/nato-chief-urges-members-to-boost-defence-spending-as-only-7-hit-target/
    # "NATO members" is NATO's total or European allies and Canada; "since ... 2014" (Crimea) is 2013 or 2014.
    text = (
        "NATO members have been steadily increasing their defence spending overall since Russian forces annexed "
        "Crimea and entered Donbas in eastern Ukraine in 2014."
    )
    (r,) = _growth(ds, text, "2023-03-21")
    assert r.fields["countries"] == ["ALL"] and r.verdict == "unverifiable"


def test_calls_other_spending_and_presuppositions_are_no_claim(ds: Dataset) -> None:
    # https://independent4440.rssing.com/chan-62865340/article3182.html: a call
    call = (
        "NATO chief Jens Stoltenberg called on allies on Thursday to meet commitments made two years ago and boost "
        "defense spending."
    )
    # https://globalnews.ca/news/3561583/canada-europe-nato-defense-spending-increase/
    scold = (
        "U.S. President Donald Trump has made more expenditure his priority for NATO, using his first alliance "
        "meeting in May to scold European leaders about spending."
    )
    # https://hotair.com/headlines/2017/06/29/nato-allies-boost-defense-spending-in-the-wake-of-trump-criticism-n217209
    locked = "Some of the spending increases were locked in before Trump's election in November."
    for text, as_of in ((call, "2016-06-09"), (scold, "2017-06-28"), (locked, "2017-06-29")):
        assert _growth(ds, text, as_of) == [], text
    # Near-misses of the frame: another's spending, spending on something else, a share of GDP, a headline.
    assert find_direction("Russia has sharply raised its defence spending over the past decade.") is not None
    assert _growth(ds, "Russia has sharply raised its defence spending over the past decade.", "2016-01-01") == []
    assert find_direction("Aid spending by NATO allies rose in 2016.") is None
    assert find_direction("Canadian defence spending will actually drop as a share of GDP this year.") is None
    assert find_direction("Stoltenberg to Biden: Allies Boost Spending, Maybe You Should Too?") is None
