"""Branch auditb: pledges found misread on published articles outside the corpus (a recall audit): the non-core part
of the Hague split, a year a pledge was restated in, a year that belongs to another figure.

Register (src/natospend/meta/pledges.toml): hague-2025-core-3.5, hague-2025-related-1.5 and hague-2025-total-5
(25 June 2025), nato-2pct-2006."""

from __future__ import annotations

import pytest

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _pledges(ds: Dataset, text: str, as_of: str) -> dict[float, ClaimResult]:
    return {r.fields["value"]: r for r in check_text(ds, text, as_of=as_of) if r.kind == "pledge"}


@pytest.mark.parametrize(
    "text",
    [
        # https://particle.news/story/nato-agrees-to-5-gdp-defense-spending-goal-spain-stands-apart (June 2025)
        "The Hague declaration commits allies to devote 3.5% of GDP to conventional military forces and 1.5% to "
        "broader security investments by 2035.",
        # https://particle.news/story/nato-sets-5-gdp-defense-spending-target-after-trump-push (June 2025)
        "NATO leaders agreed at the Hague summit on June 25 to raise defense spending to 5% of GDP by 2035, "
        "allocating 3.5% for core military needs and 1.5% for security infrastructure and resilience.",
        # https://particle.news/story/nato-sets-5-gdp-defence-target-as-spain-secures-exemption (June 2025)
        "NATO countries agreed to raise defence spending to 5% of GDP by 2035, with 3.5% allocated to core military "
        "needs and 1.5% to security-related investments.",
    ],
)
def test_the_second_part_of_the_hague_split_is_the_related_spending(ds: Dataset, text: str) -> None:
    found = _pledges(ds, text, "2025-06-26")
    related = found[1.5]
    assert related.fields["metric"] == "related" and related.fields["countries"] == ["ALL"]
    assert related.verdict == "accurate", related.explanation
    assert "hague-2025-related-1.5" in related.explanation
    if 3.5 in found:
        assert found[3.5].fields.get("metric") != "related"


def test_a_total_named_as_defence_and_security_is_not_the_related_part(ds: Dataset) -> None:
    # the 5% is the whole pledge: no figure before it, so it is not the split's second part
    text = "NATO allies agreed to raise defence and security spending to 5% of GDP by 2035."
    found = _pledges(ds, text, "2025-06-26")
    assert found[5.0].fields.get("metric") != "related"
    assert found[5.0].verdict == "accurate", found[5.0].explanation


def test_the_year_a_commitment_was_reaffirmed_is_not_its_deadline(ds: Dataset) -> None:
    # https://fullfact.org/government-tracker/defence-spending-2-5-percent-2027 (February 2025): it was read as a
    # 2% pledge due in 2014, which the 2006 guideline does not match
    text = (
        "NATO members first agreed in 2006 to spend 2% of their GDP on NATO-qualifying defence, then reaffirmed this "
        "commitment in 2014."
    )
    r = _pledges(ds, text, "2025-02-26")[2.0]
    assert r.fields.get("deadline") is None and r.fields["made"] == 2006
    assert r.verdict == "accurate", r.explanation


def test_a_year_set_after_another_figure_is_that_figures(ds: Dataset) -> None:
    # https://techoutstanders.com/editors-choice/nato-hague-summit-2025-defence-spending-5-percent-gdp (June 2025):
    # 2014 is when the previous 2% target was set, not when the 5% was made
    text = (
        "At the NATO summit in The Hague on June 24-25, leaders from all 32 member nations agreed to boost defence "
        "outlays to 5% of GDP by 2035, a rise from the previous 2% target set in 2014."
    )
    r = _pledges(ds, text, "2025-06-26")[5.0]
    assert r.fields.get("made") != 2014 and r.fields["deadline"] == 2035
    assert r.verdict == "accurate", r.explanation
