"""pledges4 (session 26): pledges on unseen text. A figure stated as what should be spent (a call, with no one's
commitment) is a proposal, `unverifiable`; when a pledge was made is read from a verb of setting with the pledge's
noun as its object ("set the two-percent goal in 2014"), and a deadline of its own clause is kept apart from it."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.frame import ALL_ALLIES
from natospend.claims.parse import extract
from natospend.store.dataset import Dataset


def test_set_the_goal_in_a_year_dates_the_pledge(ds: Dataset) -> None:
    # https://legitgov.org/index.php/2024/04/09/37-of-nato-members-dont-pay-their-way-washington/ (8 April 2024)
    text = (
        "The U.S.-led bloc set the two-percent goal in 2014, after the Western-backed coup in Kiev touched off the "
        "Donbass conflict."
    )
    (claim,) = [c for c in extract(text) if c.kind == "pledge"]
    assert (claim.made, claim.deadline) == (2014, None)  # when it was made, not by when
    (result,) = [r for r in check_text(ds, text, "2024-04-08") if r.kind == "pledge"]
    assert result.verdict == "accurate"  # wales-2014-2pct, true of the past though Vilnius superseded it
    assert "wales-2014-2pct" in result.explanation


def test_a_call_by_a_modal_is_a_proposal_not_a_pledge(ds: Dataset) -> None:
    # https://www.dailymail.co.uk/wires/reuters/article-12198827/ (Reuters, 15 June 2023), Estonia's minister
    text = (
        "NATO countries need to increase their defense spending to 2.5% of their gross domestic product (GDP), "
        "instead of the current target of 2%, Estonian Defence minister Hanno Pevkur said on Thursday."
    )
    results = check_text(ds, text, "2023-06-15")
    called = [r for r in results if r.fields.get("value") == 2.5]
    assert called and all(r.verdict == "unverifiable" for r in called)
    assert all(r.fields["countries"] == [ALL_ALLIES] for r in called)


def test_a_modal_that_governs_a_saying_is_no_call(ds: Dataset) -> None:
    # near miss, a regression guard from the dev corpus (2020-04-27-bnn-germany-10pct-2019): "has to" governs "say",
    # the figure is a yardstick
    text = "However, one has to say that expenditure is still well below the 2% mark."
    assert not [c for c in extract(text) if c.kind == "pledge" and c.modality == "proposal"]


def test_should_of_a_time_is_an_expectation_not_a_call() -> None:
    # near miss (the sentence of tests/test_claims_ranks4_places.py, NATO's July 2023 estimates): "should" with the
    # year it is about is a forecast
    text = "Italy should spend 1.46% of its GDP on defense this year, according to the estimates released by NATO."
    assert not [c for c in extract(text) if c.kind == "pledge" and c.modality == "proposal"]
