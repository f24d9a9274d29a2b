"""The bar an ally meets, misses or pays named by a synonym of the guideline (compliance, claims/bars.py): "pay their
fair share", "fulfil that obligation", "meet their responsibility" read as the alliance's one share-of-GDP level in
force on the claim's date; no level (before 2006, after the Hague summit) and no claim is made of it.

Figures: nato-2016-07 (2016-07-04): 5 allies at 2% or more in 2016 (USA, GRC, GBR, EST, POL).
"""

from __future__ import annotations

from datetime import date

from natospend.claims import ClaimResult, check_text
from natospend.claims.bars import bar_level, bar_matches
from natospend.store.dataset import Dataset


def _counts(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "count"]


# theowp.org/is-trump-right-about-nato-members-not-paying-their-fair-share/ (May 2017, after the Brussels meeting)
PAY_THEIR_2 = "Currently, only 5 of 28 of the NATO members pay their 2%."


def test_paying_their_two_percent_is_meeting_it(ds: Dataset) -> None:
    (r,) = _counts(ds, PAY_THEIR_2, "2017-05-27")
    # the count matches nato-2016-07, but NATO's Annual Report 2016 tables (2017-03-13), which the dataset does not
    # hold, may have revised allies within 0.3 points of 2% (EST, FRA, POL, GBR): the vintage rule leaves it open
    assert (r.verdict, r.fields["value"], r.fields["threshold"]) == ("unverifiable", 5.0, 2.0)
    assert "5 allies at or above 2% in nato-2016-07" in r.explanation
    assert "may have revised" in r.explanation


# 247wallst.com/investing/2024/08/20/the-countries-short-changing-nato-the-most/ (20 August 2024)
WHICH_COUNTRIES = (
    "It’s very easy to look at which countries are meeting their obligations to NATO and which are falling short."
)


def test_obligations_with_no_ally_and_no_count_is_no_claim(ds: Dataset) -> None:
    # the near miss: the bar is named, but no ally and no number of them
    assert check_text(ds, WHICH_COUNTRIES, as_of="2024-08-20") == []


# amac.us/nato-members-carrying-weight-5-28-countries-pay-fair-share/ (Daily Signal, February 2017)
IF_THEY_DONT = (
    "President Donald Trump alarmed European allies during the campaign when he suggested he might not defend NATO "
    "nations if they don’t fulfill their financial obligations, but he is not the first U.S. leader to express "
    "concerns that member countries don’t spend enough on their militaries."
)


def test_a_condition_on_the_bar_is_no_claim(ds: Dataset) -> None:
    assert _counts(ds, IF_THEY_DONT, "2017-02-16") == []


def test_the_bar_is_the_one_level_in_force() -> None:
    assert bar_level(date(2017, 5, 27)) == 2.0
    assert bar_level(date(2004, 1, 1)) is None  # before the 2006 guideline
    assert bar_level(date(2025, 9, 1)) is None  # after the Hague summit: 2%, 3.5% or 5%


# brucekanderson.com/2013/10/21/nato-standards-in-former-warsaw-pact-countries/ (The Baltic Times, 19 October 2013)
ADOPTING = "Former Warsaw Pact countries are steadily adopting NATO standards despite fiscal and industrial constraints"


def test_standards_adopted_are_not_the_spending_bar() -> None:
    assert bar_matches(ADOPTING) == []
    # sputnikglobe.com/20240216/which-nato-members-meet-quotas-on-defense-spending-1116825521.html
    (m,) = bar_matches(
        "In 2014, NATO members pledged to commit at least two percent of their GDP to defense by the year 2025. "
        "However, not all members could fulfil that obligation."
    )
    assert m.group("target") == "that obligation"


# defence-point.com/2019/04/03/trump-praises-nato-allies-for-payments-but-blasts-germany/ (3 April 2019)
NOT_PAYING = "“Germany honesty is not paying their fair share,” he said."


def test_a_fair_share_with_no_word_of_the_alliance_is_not_read(ds: Dataset) -> None:
    # abstains: nothing in the sentence says the share is NATO's guideline
    assert [r for r in check_text(ds, NOT_PAYING, as_of="2019-04-03") if r.kind == "share_gdp"] == []
    (m,) = bar_matches(NOT_PAYING.replace("he said", "he said of NATO"))
    assert m.group("target") == "their fair share"


# thehill.com/homenews/administration/396606-trump-takes-credit-for-increased-defense-spending-by-nato-allies-but
# (11 July 2018): "too much" is no bar
def test_spending_too_much_is_no_bar() -> None:
    tweet = (
        "Billions of additional dollars are being spent by NATO countries since my visit last year, at my request, "
        "but it isn’t nearly enough. U.S. spends too much."
    )
    assert bar_matches(tweet) == []
