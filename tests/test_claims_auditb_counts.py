"""Branch auditb: counts found missed or misread on published articles outside the corpus (a recall audit).

Figures (embedded data): NATO June 2024 (2024e: 23 allies at or above 2%; 2014: Greece, the UK and the US);
NATO April 2025 (2024: 22 allies at or above 2%, 9 below, Croatia placed below by every earlier release)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.claims.mentions import find_mentions
from natospend.claims.parse import extract_sentence
from natospend.claims.rankings import ranking_claims
from natospend.store.dataset import Dataset


def _counts(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "count"]


# ------------------------------------------------------------------------------------------------ negated meeting
def test_members_that_did_not_reach_the_threshold_are_counted_below_it(ds: Dataset) -> None:
    # https://eunewsweek.com/spain-was-again-the-last-nato-ally-in-military-spending-in-2024-at-124 (April 2025):
    # the nine were read as allies at or above 2% ('inaccurate'); they are the allies below it.
    text = (
        "Brussels - Spain was the NATO ally that invested the least in military spending last year with a figure of "
        "1.24% of GDP, behind Slovenia, Luxembourg, and Belgium, and being one of the nine members of the "
        "organization that did not reach the 2% GDP threshold in Defense."
    )
    [r] = _counts(ds, text, "2025-04-24")
    assert r.fields["value"] == 9 and r.fields["threshold"] == 2.0 and r.fields["year"] == 2024
    assert r.fields["counts_below"] is True
    # vintage rule (2): Croatia, which April 2025 lacks, is within 0.3 points of 2%: 8 or 9 below, open
    assert r.verdict == "unverifiable" and "only partly in the dataset" in r.explanation, r.explanation
    assert "1 without a figure there (HRV)" in r.explanation


def test_a_relative_clause_that_does_not_meet_the_target_counts_the_allies_below() -> None:
    # http://www.publicpolicy.ca/defence-spending-in-canada-a-look-at-the-data/ (2017)
    text = (
        "Canada is among the 23 of 28 current NATO members that does not meet the target of 2 per cent of GDP on "
        "defence."
    )
    [c] = [c for c in extract_sentence(text, 0) if c.kind == "count"]
    assert c.value == 23 and c.counts_below is True and c.threshold == 2.0


def test_a_meeting_verb_without_negation_still_counts_the_allies_at_or_above() -> None:
    # https://eunewsweek.com/spain-was-again-the-last-nato-ally-in-military-spending-in-2024-at-124 (April 2025)
    text = (
        "A total of 22 countries in the organization reached the 2% target in military spending, although there are "
        "still powers like Italy, at 1.5%, or Canada, at 1.45%, that have yet to meet the commitment made at the "
        "Wales summit in 2014."
    )
    [c] = [c for c in extract_sentence(text, 0) if c.kind == "count"]
    assert c.value == 22 and c.counts_below is not True


# ------------------------------------------------------------------------------------------------ the count again
def test_that_number_had_risen_to_later_in_the_same_sentence(ds: Dataset) -> None:
    # https://polska-ie.com/poland-leads-nato-allies-in-defense-spending-report (June 2024)
    text = (
        "In February this year, 18 alliance countries were allocating at least 2 percent of GDP to defense, and by "
        "June, that number had risen to 23, public broadcaster Polish Radio's IAR news agency reported."
    )
    later = [r for r in _counts(ds, text, "2024-06-20") if r.fields["value"] == 23]
    assert len(later) == 1 and later[0].fields["threshold"] == 2.0
    assert later[0].verdict == "accurate", later[0].explanation


def test_today_so_many_out_of_the_membership_do_so(ds: Dataset) -> None:
    # https://thediplomatinspain.com/en/?p=86213 (June 2024), with the year of 'In that year' written out
    text = (
        "In 2014, only three countries reached 2 percent of GDP on defence (the United States, Greece and the United "
        "Kingdom), while today 23 (out of 31) do so."
    )
    found = {r.fields["value"]: r for r in _counts(ds, text, "2024-06-20")}
    assert set(found) == {3, 23}
    assert found[3].fields["year"] == 2014 and found[3].verdict == "accurate", found[3].explanation
    # gate (1): "(out of 31)", the membership, is not read by the count
    assert (found[23].verdict, found[23].figures_verdict) == ("unverifiable", "accurate"), found[23].explanation
    assert "31" in found[23].unread


# ------------------------------------------------------------------------------------------------ last position
def test_in_last_position_among_the_members_is_last_place() -> None:
    # https://thediplomatinspain.com/en/?p=86213 (June 2024): the share of GDP is the previous sentence's measure
    text = "This percentage places Spain in last position among the current 31 members of NATO."
    [c] = ranking_claims(text, 0, find_mentions(text, None), [], [], None, "share_gdp")
    assert c.countries == ["ESP"] and c.rank == 1 and c.rank_order == "lowest" and c.metric == "share_gdp"
