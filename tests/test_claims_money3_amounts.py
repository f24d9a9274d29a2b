"""Amounts of money as unseen articles state them (money3): hyphenated scales, increments with no defence word,
NATO's total summed from a release that printed every ally, plans named by the amount, contrasted budget figures.
Each sentence is a published one (address in the comment), not in the corpus."""

from __future__ import annotations

from datetime import date

import pytest

import natospend
from natospend.claims import ClaimResult, check_text
from natospend.claims.quantities import find_quantities
from natospend.store.dataset import Dataset


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return natospend.load()


def _money(ds: Dataset, text: str, as_of: str, value_text: str) -> list[ClaimResult]:
    return [
        r
        for r in check_text(ds, text, as_of=date.fromisoformat(as_of))
        if r.kind == "total_spending" and r.fields.get("value_text") == value_text
    ]


# https://republicofmining.com/2025/06/10/carney-lays-out-defence-boost-says-era-of-u-s-dominance-over-by-steven-chase-and-jeff-gray-globe-and-mail-june-10-2025/
GLOBE = (
    "This new spending, plus existing defence-related spending in other departments of around $14-billion, pushes "
    "total expenditures to $62.7-billion for 2025-26, which equals 2 per cent of Canada’s gross domestic product, "
    "the government said."
)


def test_hyphenated_scale_is_one_amount() -> None:
    amounts = [(q.text, q.value) for q in find_quantities(GLOBE) if q.kind == "money"]
    assert ("$62.7-billion", 62700.0) in amounts


def test_hyphen_before_another_amount_is_no_scale() -> None:
    # a range's first figure is not "$5-million"
    assert [q.text for q in find_quantities("between $5-$6 billion a year") if q.kind == "money"] == ["$6 billion"]


def test_hyphenated_amount_is_judged(ds: Dataset) -> None:
    (claim,) = _money(ds, GLOBE, "2025-06-10", "$62.7-billion")
    assert claim.verdict == "unverifiable"  # 2025-26 was in no release by then
    assert claim.fields["countries"] == ["CAN"]


# https://armyrecognition.com/july_2019_global_defense_security_army_news_industry/nato_2019_budget_tops_at_usd_1_trillion.html
ARMYRECOGNITION = (
    "The North Atlantic Treaty Organization (NATO) is expected to spend $1.036 trillion in 2019, an increase of 6.8 "
    "percent from the 2018 estimated expenditure."
)


def test_alliance_total_summed_from_a_release_without_its_total_row(ds: Dataset) -> None:
    (claim,) = _money(ds, ARMYRECOGNITION, "2019-07-01", "$1.036 trillion")
    assert claim.fields["countries"] == ["NATO_TOTAL"]
    assert claim.fields["year"] == 2019
    assert claim.figures_verdict == "accurate"  # nato-2019-06: the 28 allies' current US$ add up to 1,036,077 million
    # the gate abstains: "is expected to spend" is a forecast the frame does not read
    assert claim.verdict == "unverifiable" and "expected" in claim.unread
    assert "1,036,077" in claim.explanation
    assert any(e.release_id == "nato-2019-06" for e in claim.evidence)


def test_summed_total_not_before_the_release(ds: Dataset) -> None:
    (claim,) = _money(ds, ARMYRECOGNITION, "2019-06-01", "$1.036 trillion")
    assert claim.verdict == "unverifiable"


# https://nourished.news/answers/dnw52iaj6vbwwmjl
def test_amount_naming_a_plan_is_a_plan(ds: Dataset) -> None:
    text = (
        "Spain has announced a €10.5 billion investment plan aimed at reaching NATO's 2% defense spending target by "
        "2025."
    )
    (claim,) = _money(ds, text, "2025-04-25", "€10.5 billion")
    assert claim.verdict == "unverifiable"  # was inaccurate against Spain's €19.7bn
    assert "planned amount" in claim.explanation


# https://fullfact.org/news/uk-gdp-defence-spending (16 July 2024)
FULLFACT = (
    "In the most recently completed financial year (2023/24), the UK's defence budget was £54.2 billion, up from "
    "£52.8 billion in 2022/23."
)


def test_contrasted_amount_is_the_budget_too(ds: Dataset) -> None:
    (claim,) = _money(ds, FULLFACT, "2024-07-16", "£52.8 billion")
    assert claim.verdict == "different_measure"
    assert "national budget" in claim.explanation and "57,269" in claim.explanation


# https://www.visegradgroup.eu/news/defence-spending-rises (30 August 2022)
def test_contrast_without_a_budget_stays_unverifiable(ds: Dataset) -> None:
    text = (
        "Polish defence spending will have risen from PLN 37 billion (EUR 7.82 billion) in 2015, when the current "
        "government took office, to a planned PLN 98 billion (EUR 20.49) in 2023, the prime minister said on Tuesday."
    )
    (claim,) = _money(ds, text, "2022-08-30", "PLN 37 billion")
    assert claim.verdict == "unverifiable"


# http://www.euro2day.gr/news/world/article/1625899/tramp-to-nato-ishyro-xana-mono-exaitias-moy.html (Trump, July 2018)
def test_increment_without_a_defence_word(ds: Dataset) -> None:
    text = (
        "I had a great meeting with NATO. They have paid $33 Billion more and will pay hundreds of Billions of "
        "Dollars more in the future, only because of me."
    )
    (claim,) = _money(ds, text, "2018-07-12", "$33 Billion")
    assert claim.verdict == "unverifiable"
    assert "increase or an extra amount" in claim.explanation


# http://www.oann.com/tag/nato/
def test_money_verb_alone_gives_no_level(ds: Dataset) -> None:
    text = "He added the U.S. pays $10 billions to subsidize Europe."
    assert not [r for r in check_text(ds, text, as_of=date(2017, 6, 10)) if r.verdict in ("accurate", "inaccurate")]
