"""An ally set against the rest of the alliance (issue 10, classes 2, 4 and 7): "the rest of NATO's members combined
spent less than half of what the U.S. budgeted" (the US above two-thirds of the total), "outspends the rest of NATO
combined" (above half). Judged as the ally's share of NATO's total in US dollars.

Published figures: NATO June 2024, current US$ million: the US 967,707 in 2024, 65.63% of NATO's total, 67.62% in
2023, Germany 6.63% in 2024, Canada 2.07%; no 2016 dollar figures were out by February 2017 (nato-2016-07 held
shares of GDP only); nato-2019-06 later put the US at 72.01% of 2016."""

from __future__ import annotations

import pytest

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _share(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = [r for r in check_text(ds, text, as_of=as_of) if r.kind == "alliance_share"]
    assert len(found) == 1, [(r.kind, r.span.text, r.verdict) for r in check_text(ds, text, as_of=as_of)]
    return found[0]


def test_the_rest_below_half_of_the_us_dev_sentence(ds: Dataset) -> None:
    # dev (TIME, 15 February 2017): no 2016 dollar figures out yet
    text = (
        "After all, the rest of NATO’s members combined spent less than half of what the U.S. budgeted (in absolute "
        "terms) in 2016."
    )
    r = _share(ds, text, "2017-02-15")
    assert r.fields["countries"] == ["USA"] and r.fields["comparator"] == "gt" and r.fields["year"] == 2016
    assert r.fields["value"] == pytest.approx(66.67)
    assert r.verdict == "unverifiable" and "No NATO release published by 2017-02-15" in r.explanation


#: The gate's abstentions: a word of each sentence it could not read (the figures' verdict is the table's).
_REST_UNREAD = {
    "The rest of NATO's": "what",  # gate: neutral word not yet listed ('what')
    "The other 31 allies": "what",  # gate: neutral word not yet listed ('what'; 'other' too, read as the rest)
    "All the other allies": "about",  # the hedge the frame did not read
    "The other allies spent": "what",  # gate: neutral word not yet listed ('what')
}


@pytest.mark.parametrize(
    ("text", "country", "verdict"),
    [
        ("The rest of NATO's members combined spent less than half of what the U.S. spent in 2023.", "USA", "accurate"),
        # the rest above a third of the US: the US below three-quarters
        (
            "The other 31 allies combined spent more than a third of what the United States spent in 2024.",
            "USA",
            "accurate",
        ),
        ("All the other allies together spend about half of what America does.", "USA", "accurate"),
        ("The other allies spent less than half of what Germany spent in 2024.", "DEU", "inaccurate"),
    ],
)
def test_the_rest_as_a_fraction_of_one_ally(ds: Dataset, text: str, country: str, verdict: str) -> None:
    r = _share(ds, text, "2024-07-01")
    assert r.fields["countries"] == [country] and r.figures_verdict == verdict, r.explanation
    [word] = [w for lead, w in _REST_UNREAD.items() if text.startswith(lead)]
    assert r.verdict == "unverifiable" and word in r.unread, r.explanation


@pytest.mark.parametrize(
    ("text", "country", "verdict"),
    [
        ("The United States outspends the rest of NATO combined.", "USA", "accurate"),
        ("The US spends more on defence than the rest of the alliance combined.", "USA", "accurate"),
        ("America's defence budget is bigger than those of all the other allies put together.", "USA", "accurate"),
        ("Germany spends more than the rest of the alliance combined.", "DEU", "inaccurate"),
        ("Canada spends less on its military than the rest of NATO combined.", "CAN", "accurate"),
    ],
)
def test_outspends_the_rest_combined(ds: Dataset, text: str, country: str, verdict: str) -> None:
    r = _share(ds, text, "2024-07-01")
    assert r.fields["countries"] == [country] and r.fields["value"] == 50.0
    assert r.verdict == verdict, r.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The US has more troops than the rest of NATO combined.",  # not spending
        "The US spends more on research than the rest of NATO combined.",  # one part of spending
        "The rest of NATO's members spent less than half of what they had promised.",  # no ally to compare
    ],
)
def test_not_an_alliance_share(ds: Dataset, text: str) -> None:
    assert [r for r in check_text(ds, text, as_of="2024-07-01") if r.kind == "alliance_share"] == []
