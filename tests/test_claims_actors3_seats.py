"""Seats of government read as the government (branch actors3, issue 10 class 7) when they are the actor of a clause
("Downing Street has insisted ...", "The White House will seek ..."), as capitals are; not as a place or a modifier."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text
from natospend.claims.mentions import find_mentions
from natospend.store.dataset import Dataset


def _mentions(sentence: str, day: str) -> list[tuple[str | None, str]]:
    return [(m.code, m.label) for m in find_mentions(sentence, date.fromisoformat(day)) if m.code is not None]


@pytest.mark.parametrize(
    ("sentence", "day", "mentions"),
    [
        # https://am1.news/usconservative/topic/thetelegraph/6-slug-sunak-unveils-biggest-military-spending-increase-in-a-generation
        # (April 2024): Downing Street acts; "Whitehall officials" are people, not the government
        (
            "Downing Street said cutting 70,000 Whitehall officials by 2028-29 would save £2.9 billion, covering "
            "two-thirds of the £4.5 billion uplift.",
            "2024-04-23",
            [("GBR", "Downing Street")],
        ),
        # https://centurionpartnersgroup.com/trump-administration-to-request-1t-defense-budget-using-reconciliation-funds/
        (
            "The White House will seek $1.01 trillion in total national defense spending for FY26, it announced "
            "Friday morning.",
            "2025-05-02",
            [("USA", "White House")],
        ),
        # https://sheknows.buzz/keir-starmer-to-hike-defence-spending-by-13400000000-from-2027: a place, not an actor
        (
            "Ahead of his return to the White House last month, Donald Trump suggested that other Nato countries "
            "should aim to spend 5% of their GDP on defence.",
            "2025-03-01",
            [],
        ),
        # https://www.dailymail.co.uk/wires/pa/article-2990300/Government-vows-defence-vow.html (PA, March 2015)
        (
            "Downing Street has insisted that it will stick to Nato guidelines when deciding what expenditure counts "
            "towards meeting the alliance's target of spending 2% of GDP on defence.",
            "2015-03-10",
            [("GBR", "Downing Street")],
        ),
        # https://fvbb.com/ns/boris-johnson-tries-to-defuse-row-after/30910 (the Guardian, June 2022): "No 10" acts
        (
            "On Monday, it emerged that No 10 had been warning it will most likely ditch the 0.5%-plus-inflation "
            "target, with the inflation rate above 9% and expected to rise.",
            "2022-06-28",
            [("GBR", "No 10")],
        ),
        # the same page: "a No 10 briefing" names no actor; Johnson, in office, is the subject
        (
            "Boris Johnson has sought to defuse anger over a No 10 briefing that he would ditch a manifesto "
            "commitment on defence spending.",
            "2022-06-28",
            [("GBR", "Boris Johnson")],
        ),
    ],
)
def test_seats_as_actors(sentence: str, day: str, mentions: list[tuple[str, str]]) -> None:
    assert [(c, lbl) for c, lbl in _mentions(sentence, day) if c != "ALL"] == mentions


def test_the_white_house_budget_is_a_national_figure(ds: Dataset) -> None:
    """centurionpartnersgroup.com (May 2025): the request is a national budget figure, not NATO's definition."""
    text = "The White House will seek $1.01 trillion in total national defense spending for FY26."
    results = check_text(ds, text, as_of="2025-05-02")
    assert [(r.kind, r.fields.get("countries")) for r in results] == [("total_spending", ["USA"])]
    assert results[0].verdict != "accurate"
