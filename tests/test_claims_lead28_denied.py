"""A pledge the clause denies is not the register's pledge (claims/coverage.py `unread_content`, the negation of the
noun phrase the figure opens): the register verdict is withheld, with the negation named."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims.check import check_text
from natospend.store.quick import store

AS_OF = date(2017, 3, 1)


def _pledges(text: str) -> list[tuple[str, list[str], str | None]]:
    return [
        (r.verdict, r.unread, r.figures_verdict) for r in check_text(store(), text, as_of=AS_OF) if r.kind == "pledge"
    ]


def test_a_denied_goal_is_not_the_register_pledge() -> None:
    # Reuters, 1 March 2017, http://in.reuters.com/article/nato-defence-germany-gabriel-idINB4N19T00X
    text = (
        '"There is no apodictic 2 percent goal but rather...we should be moving in that direction," he said at the '
        "start of a visit to Baltic states."
    )
    assert _pledges(text) == [("unverifiable", ["no"], "accurate")]


@pytest.mark.parametrize(
    "text",
    [
        # the negation of a verb is the clause's, not the pledge's (China Daily/Xinhua, 12 July 2018, in the corpus)
        "Trump blasted allies for not meeting 2 percent defense spending commitments.",
        # near miss: "now", not "no"
        "There is now a 2 percent goal for every ally.",
    ],
)
def test_a_negation_elsewhere_leaves_the_pledge(text: str) -> None:
    assert _pledges(text) == [("accurate", [], None)]
