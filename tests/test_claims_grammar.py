"""The grammar of how figures are written, one rule at a time, on sentences written for these tests (not copied
from the corpus): quantifiers, pledge years, who made a pledge, ranks stated as a group, carried-over measures,
metonymy, averages, hedges, multiples and increments. Verdicts are judged against the embedded dataset."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text, extract
from natospend.claims.quantifiers import find_quantifiers
from natospend.store.dataset import Dataset


def _one(ds: Dataset, text: str, as_of: str, kind: str):  # type: ignore[no-untyped-def]
    found = [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]
    assert len(found) == 1, [(r.kind, r.verdict, r.explanation) for r in check_text(ds, text, as_of=as_of)]
    return found[0]


# ------------------------------------------------------------------------------------------------ quantifiers
@pytest.mark.parametrize(
    ("text", "low", "high", "relative"),
    [
        ("Just a handful of allies clear the bar.", 2, 6, False),
        ("Roughly a third of the 32 members are there.", 0.25, 0.42, True),
        ("Most NATO countries now do so.", 0.5001, 1, True),
        ("Fewer than half of the member states manage it.", 0, 0.4999, True),
    ],
)
def test_quantifier_bounds(text: str, low: float, high: float, relative: bool) -> None:
    (q,) = find_quantifiers(text)
    assert (q.low, q.high, q.relative) == (low, high, relative)


def test_no_quantifier_without_allies() -> None:
    assert find_quantifiers("It is the most since the end of the Cold War.") == []


def test_handful_is_not_22_allies(ds: Dataset) -> None:
    # nato-2025-04 (24 April 2025): 22 allies at or above 2% in 2024; "a handful" is 2-6.
    r = _one(ds, "These days only a handful of allies reach the 2% guideline.", "2025-06-20", "count")
    assert r.verdict == "inaccurate" and "22 allies at or above 2%" in r.explanation


def test_a_third_of_members_is_a_range(ds: Dataset) -> None:
    # nato-2023-07 (7 July 2023): 11 of 31 allies at or above 2% in 2023, inside a third (8-13 of 31).
    r = _one(ds, "Only about a third of the 31 allies put two per cent or more into defence.", "2023-07-11", "count")
    assert r.verdict == "accurate" and r.fields["bounds"] == [0.25, 0.42]
    assert "11 allies at or above 2%" in r.explanation


def test_most_members_in_2025(ds: Dataset) -> None:
    r = _one(ds, "Most allies now spend 2% of GDP on defence.", "2025-06-20", "count")
    assert r.verdict == "accurate"


# ------------------------------------------------------------------------------------------------ pledges
def test_year_a_pledge_was_made_is_not_a_data_year() -> None:
    (claim,) = [
        c
        for c in extract("Only 5 of the 28 members meet the 2% guideline agreed upon in 2006.", date(2017, 2, 15))
        if c.kind == "count"
    ]
    assert claim.year is None and claim.value == 5


def test_count_uses_newest_data_when_the_year_is_the_pledge_year(ds: Dataset) -> None:
    # nato-2016-07: EST, GRC, POL, GBR, USA at or above 2% in 2016.
    r = _one(ds, "Only 5 of the 28 members meet the 2% guideline agreed upon in 2006.", "2017-02-15", "count")
    # "of the 28 members" is the alliance's size on the day (28 until Montenegro joined in June 2017), read by the
    # gate (coverage._members_on), so every word is read
    assert r.verdict == "accurate" and "nato-2016-07" in r.explanation
    assert r.unread == []


def test_target_all_members_agreed_to_is_the_alliance_pledge(ds: Dataset) -> None:
    text = "Ottawa remains far from the 2% target that all NATO members signed up to back in 2014."
    r = _one(ds, text, "2022-03-31", "pledge")
    assert r.fields["countries"] == ["ALL"] and r.verdict == "accurate" and "wales-2014-2pct" in r.explanation
    assert not [x for x in check_text(ds, text, as_of="2022-03-31") if x.kind == "count"]


def test_summit_year_is_not_a_deadline() -> None:
    (claim,) = [c for c in extract("Allies repeated the 2% pledge of the 2014 Wales summit.") if c.kind == "pledge"]
    assert claim.deadline is None


# ------------------------------------------------------------------------------------------------ ranks
def test_rank_of_a_group_is_within_the_group(ds: Dataset) -> None:
    # nato-2024-06: the five lowest shares of GDP in 2024 were Spain, Luxembourg, Slovenia, Belgium, Canada.
    text = "The five allies spending least relative to the size of their economies are Spain, Belgium and Canada."
    r = _one(ds, text, "2024-06-18", "ranking")
    assert r.fields["metric"] == "share_gdp" and r.fields["rank"] == 5 and r.verdict == "accurate"


def test_rank_of_a_group_outside_it_is_inaccurate(ds: Dataset) -> None:
    text = "The five allies spending least relative to the size of their economies include Italy."
    r = _one(ds, text, "2024-06-18", "ranking")
    # the gate abstains on "include"; the figures' verdict: Italy was 6th lowest
    assert r.verdict == "unverifiable" and r.figures_verdict == "inaccurate" and "include" in r.unread


def test_next_highest_has_no_rank(ds: Dataset) -> None:
    r = _one(ds, "Greece and Latvia are the next highest spenders in relation to GDP.", "2024-06-18", "ranking")
    assert r.verdict == "unverifiable" and "not stated" in r.explanation


def test_spenders_relative_to_gdp_rank_by_share(ds: Dataset) -> None:
    r = _one(ds, "Poland is the biggest spender relative to GDP.", "2024-06-18", "ranking")
    assert r.fields["metric"] == "share_gdp" and r.verdict == "accurate"


# ------------------------------------------------------------------------------------------------ verbless figures
@pytest.mark.parametrize(
    "text",
    [
        "Defence spending as a share of GDP:\nPoland – 4.12%\nEstonia – 3.43%\nLatvia – 3.15%",
        "Defence spending as a share of GDP:\n• Poland: 4.12%\n• Estonia: 3.43%\n• Latvia: 3.15%",
        "Poland spends 4.12% of GDP on defence. Estonia is at 3.43%, Latvia at 3.15%.",
        "Shares of GDP spent on defence run from 4.12% in Poland through 3.43% in Estonia to 3.15% in Latvia.",
        "Poland, 4.12 per cent, Estonia, 3.43 per cent, and Latvia, 3.15 per cent, lead on defence relative to GDP.",
    ],
)
def test_verbless_figures_each_get_their_ally(ds: Dataset, text: str) -> None:
    # nato-2024-06 (17 June 2024) estimates for 2024: Poland 4.12, Estonia 3.43, Latvia 3.15.
    found = {(tuple(r.fields["countries"]), r.fields["value"], r.verdict) for r in check_text(ds, text, "2024-06-18")}
    assert {(("POL",), 4.12, "accurate"), (("EST",), 3.43, "accurate"), (("LVA",), 3.15, "accurate")} <= found
    assert all(v == "accurate" for _c, _v, v in found)


def test_bare_figures_after_an_unrelated_sentence_are_not_claims(ds: Dataset) -> None:
    text = "Poland spends 4.12% of GDP on defence. Polls put the ruling party at 31%, Latvia's turnout at 60%."
    assert [r.fields["countries"] for r in check_text(ds, text, "2024-06-18")] == [["POL"]]


# ------------------------------------------------------------------------------------------------ metonymy, groups
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Berlin spent 2.1% of GDP on defence last year.", "DEU"),
        ("Ankara's defence budget is about 2% of GDP.", "TUR"),
        ("Washington spends 3.4% of its GDP on defence.", "USA"),
    ],
)
def test_capital_as_government(ds: Dataset, text: str, code: str) -> None:
    r = _one(ds, text, "2025-02-25", "share_gdp")
    assert r.fields["countries"] == [code] and r.verdict == "accurate"


def test_capital_as_place_or_name_is_not_an_ally() -> None:
    from natospend.claims.parse import find_capitals

    assert find_capitals("At the Vilnius summit the allies met in Berlin, the Washington Post said.") == []


def test_nato_average_is_the_aggregate(ds: Dataset) -> None:
    # nato-2024-06: NATO Total 2.71% of GDP in 2024 (estimate).
    r = _one(ds, "The NATO average stands at 2.71 percent of GDP.", "2024-06-18", "share_gdp")
    assert r.fields["countries"] == ["NATO_TOTAL"] and r.verdict == "accurate"


def test_undefined_group_abstains(ds: Dataset) -> None:
    r = _one(ds, "Spending among the frontline states averaged 3% of GDP in 2024.", "2025-06-20", "share_gdp")
    assert r.verdict == "unverifiable" and "frontline states" in r.explanation


def test_count_of_members_is_not_an_undefined_group(ds: Dataset) -> None:
    text = "Just 11 of the 31 allies, most of them on the eastern flank, meet the 2% of GDP guideline."
    r = _one(ds, text, "2023-07-13", "count")
    # the gate abstains: "most of them on the eastern flank" is a part no rule checked
    assert r.verdict == "unverifiable" and r.figures_verdict == "accurate" and "flank" in r.unread


# ------------------------------------------------------------------------------------------------ money
def test_increment_is_not_a_total_nor_a_pledge(ds: Dataset) -> None:
    text = "Britain will put £13.4 billion more into defence each year from 2027."
    r = _one(ds, text, "2025-02-25", "total_spending")
    assert r.verdict == "unverifiable" and "increase or an extra amount" in r.explanation


def test_national_budget_amount_near_natos_figure_abstains_with_both(ds: Dataset) -> None:
    # nato-2024-06: UK defence expenditure 2024 at current prices 64,584 million GBP (estimate).
    r = _one(ds, "The UK spent £60bn on defence in 2024.", "2025-02-25", "total_spending")
    assert r.verdict == "unverifiable" and "64,584" in r.explanation and "national budget" in r.explanation


def test_amount_far_from_natos_figure_is_still_inaccurate(ds: Dataset) -> None:
    assert _one(ds, "The UK spent £30bn on defence in 2024.", "2025-02-25", "total_spending").verdict == "inaccurate"


# ------------------------------------------------------------------------------------------------ vocabulary as data
def test_vocabulary_file_is_well_formed() -> None:
    from natospend.claims import lexicon as L
    from natospend.claims.vocab import vocab

    v = vocab()
    assert set(v["hedges"]["before"].values()) <= {"gt", "ge", "lt", "le", "approx", "nearly"}
    assert all(0 <= lo <= hi for lo, hi in (q["bounds"] for q in v["quantifiers"].values()))
    assert L.word_to_int("twenty-three") == 23 and L.COMPARATOR_BEFORE["just over"] == "gt"
    assert set(v["capitals"].values()) <= set(L.country_lookup().values())
