"""An ally's own plan to raise its spending, with no figure (plans2; claims/directions.py, vocab [directions]
own_plan_leads): a plan claim, `unverifiable` (natospend holds no national plans), said only of one ally; calls,
presupposed rises and the alliance's own pledges are not read as one. Real sentences, address in a comment."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def test_an_allys_announced_plan_to_raise_spending_is_a_plan(ds: Dataset) -> None:
    # https://huffingtonpost.co.uk/entry/pm-defence-spending-pledge_uk_62bd90e2e4b0f61257239c7b (2022-06-30)
    text = (
        "Boris Johnson has announced plans to increase defence spending by the end of the decade - just days after "
        "ditching a manifesto pledge to put it up every year."
    )
    found = check_text(ds, text, as_of="2022-06-30")
    assert len(found) == 1
    r = found[0]
    assert r.verdict == "unverifiable" and r.fields["countries"] == ["GBR"] and r.fields["modality"] == "plan"
    assert "holds no national plans" in r.explanation


def test_a_call_to_raise_spending_is_no_plan(ds: Dataset) -> None:
    # the same page: a minister's call on the Treasury, not the government's plan
    text = "Defence secretary Ben Wallace has called on the Treasury to increase defence spending from 2024."
    assert check_text(ds, text, as_of="2022-06-30") == []


def test_a_promise_being_ditched_is_no_plan(ds: Dataset) -> None:
    # https://uk.news.yahoo.com/boris-johnson-set-ditch-tory-120604409.html (June 2022)
    text = (
        "Boris Johnson is set to ditch a manifesto promise to increase the annual defence budget above inflation, "
        "putting the PM on a collision course with his defence secretary Ben Wallace."
    )
    assert check_text(ds, text, as_of="2022-06-27") == []
