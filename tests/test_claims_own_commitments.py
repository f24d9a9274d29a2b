"""A commitment a leader makes, or an ally's plan that governs a figure, is the ally's own: only the ally's own
pledges in the register (src/natospend/meta/pledges.toml) settle it, never the alliance-wide pledge that covers the
ally (issue 10, classes 3 and 7). gbr-2.5pct-2030-sunak: "UK: 2.5% of GDP by 2030 (Sunak)", announced 2024-04-23;
wales-2014-2pct and vilnius-2023-2pct cover every ally but say nothing of what one leader committed to."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def test_a_leaders_commitment_is_settled_by_the_allys_own_pledge(ds: Dataset) -> None:
    # https://news.mashaher.net/2024/04/24/nato-target-for-defence-spending-should-rise-due-to-more-dangerous-world-grant-shapps-says-politics-news-mashaher
    text = "Rishi Sunak pledged to increase UK defence spending to 2.5% of GDP by 2030 to tackle the growing threats."
    [r] = check_text(ds, text, as_of="2024-04-24")
    assert (r.kind, r.verdict) == ("pledge", "accurate"), r.explanation
    assert "gbr-2.5pct-2030-sunak" in r.explanation
    # The same sentence with a figure the UK never pledged is not saved by any alliance-wide pledge.
    [wrong] = check_text(ds, text.replace("2.5%", "3%"), as_of="2024-04-24")
    assert wrong.verdict != "accurate", wrong.explanation


def test_a_leader_reaffirming_the_alliance_target_is_not_judged_on_it(ds: Dataset) -> None:
    # The form of the Taylor Daily Press sentence of 2023-03-22 (dev corpus) with the Dutch prime minister of the day:
    # Rutte is the Netherlands until 2 July 2024 (people.csv); what he reaffirmed is not a pledge the register holds.
    [r] = check_text(ds, "Prime Minister Mark Rutte reaffirmed the commitment to the 2 percent target.", "2023-03-22")
    assert (r.kind, r.verdict) == ("pledge", "unverifiable"), r.explanation
    assert "Mark Rutte" in r.explanation and "own pledges" in r.explanation


def test_a_verbless_clause_takes_the_plan_of_the_clause_before(ds: Dataset) -> None:
    # https://www.bnnbloomberg.ca/norway-expects-to-reach-nato-defense-spending-target-this-year-1.2046713 (dev corpus)
    text = (
        "Neighboring Denmark announced plans on Wednesday to boost defense spending to 2.4% of GDP this year, when "
        "including Ukrainian aid, and 2% from next year without including the donations."
    )
    found = check_text(ds, text, as_of="2024-03-14")
    assert [r.verdict for r in found] == ["unverifiable", "unverifiable"], [r.explanation for r in found]
    assert "plan" in found[1].explanation and found[1].span.text.startswith("and 2% from next year")


def test_every_ally_committing_is_one_pledge_claim(ds: Dataset) -> None:
    # https://particle.news/story/nato-agrees-to-5-gdp-defence-spending-target-by-2035-under-trump-pressure
    text = (
        "All 32 member states committed to raising annual defence outlays from the longstanding 2% of GDP to 5% by "
        "2035."
    )
    [r] = check_text(ds, text, as_of="2025-06-26")
    assert (r.kind, r.verdict) == ("pledge", "accurate") and "hague-2025-total-5" in r.explanation
    [before] = check_text(ds, text, as_of="2025-06-20")  # the Hague pledge was made on 2025-06-25
    assert before.verdict != "accurate", before.explanation
