"""Amounts of money (total_spending): who spends an amount (not a currency, a modifier or an ally left out), the
world's total, increments (with and without a spender, and since a base year), NATO's estimate of this year's level
and national budgets against NATO's figure. Sentences from the dev articles of tests/data/claims_articles and
paraphrases; the figures asserted are the published cells of the embedded dataset (nato-2024-06)."""

from __future__ import annotations

from natospend.claims import check_text, extract
from natospend.claims.check import ClaimResult
from natospend.store.dataset import Dataset


def _money(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of) if r.kind == "total_spending"]


def _one(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = _money(ds, text, as_of)
    assert len(found) == 1, [(r.span.text if r.span else r.text, r.fields["countries"], r.verdict) for r in found]
    return found[0]


def test_currency_and_modifiers_are_not_spenders(ds: Dataset) -> None:
    # The Spec (Canadian Press), 29 November 2019: "(U.S.)" is the currency.
    text = (
        "Stoltenberg said that European allies and Canada are now projected to increase spending on their national "
        "military budgets by around $130 billion (U.S.) between 2016 and 2020."
    )
    r = _one(ds, text, "2019-11-29")
    assert r.fields["countries"] == ["NATO_EUROPE_CANADA"] and r.fields["amount_of"] == "change"
    r = _one(ds, "Canada plans to raise its defence budget by $9 billion (U.S.) this year.", "2024-06-18")
    assert r.fields["countries"] == ["CAN"]
    # Fox Business, 28 June 2017: "U.S. allies" are not the U.S.; an increment with no spender is unverifiable.
    r = _one(ds, "U.S. allies are projected to spend around $12 billion more on defense this year.", "2017-06-28")
    assert r.fields["countries"] == [] and r.verdict == "unverifiable" and "names no one" in r.explanation
    r = _one(ds, "American allies will spend $12 billion more on defence this year.", "2017-06-28")
    assert "USA" not in r.fields["countries"] and r.verdict == "unverifiable"


def test_world_total_is_no_claim() -> None:
    # AP on SIPRI, 24 April 2023: "a Swedish think tank" is no spender, and the world's total is not the allies'.
    text = (
        "Global military spending grew for the eighth consecutive year in 2022 to an all-time high of $2.24 "
        "trillion, with a sharp rise in Europe, a Swedish think tank said on Monday."
    )
    assert [c for c in extract(text) if c.kind == "total_spending"] == []
    assert [c for c in extract("World military expenditure reached $2.44 trillion in 2023.") if c.value_text] == []
    # Near miss: an ally's amount in a sentence that names SIPRI is still a claim.
    assert [c.countries for c in extract("Germany's military spending rose to $88.5 billion, SIPRI said.")] == [["DEU"]]


def test_alliance_total_and_its_parts(ds: Dataset) -> None:
    # Deepnewz, 28 August 2025: the alliance's combined total, the US's part and the rest (Europe and Canada).
    text = (
        "Combined defence expenditure by the alliance is projected to top $1.5 trillion in 2025, with the United "
        "States accounting for about $980 billion and the remaining allies roughly $608 billion, NATO figures show."
    )
    assert [r.fields["countries"] for r in _money(ds, text, "2025-08-28")] == [
        ["NATO_TOTAL"],
        ["USA"],
        ["NATO_EUROPE_CANADA"],
    ]
    # Paraphrase: the total named as the alliance's own, and an ally named between the total and its amount.
    text = "NATO's combined spending reached $1,474 billion in 2024, with the US spending $968 billion."
    assert [r.fields["countries"] for r in _money(ds, text, "2024-06-18")] == [["NATO_TOTAL"], ["USA"]]


def test_what_drove_an_increase_is_not_who_spent_it(ds: Dataset) -> None:
    # UK MoD bulletin, 18 July 2019.
    text = "An increase of $25 billion since 2015 driven primarily by an increase in USA defence spending."
    r = _one(ds, text, "2019-07-18")
    assert "USA" not in r.fields["countries"] and r.verdict == "unverifiable"
    # Trump's "$54 billion hike": an increment, whoever's.
    r = _one(ds, "Trump has also called for a $54 billion hike in U.S. defence expenditure", "2017-03-15")
    assert r.fields["amount_of"] == "change" and r.verdict == "unverifiable"


def test_estimate_of_this_year_is_a_level(ds: Dataset) -> None:
    # Olive Press, 18 June 2024: ESP 2024e 19,723 million EUR (nato-2024-06 TABLE1 N37).
    text = "In 2014, Spain spent just €10 billion on its military. It is estimated to spend €20 billion in 2024."
    found = _money(ds, text, "2024-06-18")
    assert [(r.fields["year"], r.verdict) for r in found] == [(2014, "accurate"), (2024, "accurate")]
    # POL 2024e 151,241 million PLN (TABLE1 N65 of the PLN table).
    r = _one(ds, "Poland is estimated to spend 151 billion zlotys this year.", "2024-06-18")
    assert r.verdict == "accurate"
    # Near miss: a year after the claim's date is a plan, not NATO's estimate.
    assert [c.kind for c in extract("Spain is expected to spend €33 billion by 2029.") if c.value_text] == ["pledge"]


def test_increment_since_a_base_year(ds: Dataset) -> None:
    # nato-2024-06, DEU current prices: 34,749 (2014) -> 90,586 (2024e) million EUR: +55,837.
    r = _one(ds, "Germany's defence spending rose by €55.8 billion since 2014.", "2024-06-18")
    assert r.verdict == "accurate" and "nato-2024-06" in r.explanation and "current prices" in r.explanation
    # Near miss: no difference of two levels gives it (NATO's own increments are often cumulative): not judged.
    r = _one(ds, "Germany's defence spending rose by €20 billion since 2014.", "2024-06-18")
    assert r.verdict == "unverifiable" and "+55,837" in r.explanation and "cumulative" in r.explanation


def test_national_budget_against_natos_figure(ds: Dataset) -> None:
    # GBR 2024e 64,584 million GBP in nato-2024-06.
    r = _one(ds, "The UK's defence budget is £60bn this year.", "2024-06-18")
    assert r.verdict == "different_measure" and "64,584" in r.explanation and "£60bn" in r.explanation
    r = _one(ds, "Britain's defence budget was £55bn in 2022.", "2024-06-18")
    assert r.verdict == "different_measure"
    # Near miss: an amount that names no budget stays unverifiable within the usual definitional gap.
    assert _one(ds, "The UK spends £60bn on defence this year.", "2024-06-18").verdict == "unverifiable"


def test_amount_naming_no_year_is_not_read_years_back(ds: Dataset) -> None:
    # POL in nato-2024-06: 58,304 (2021), 68,361 (2022), 151,241 (2024e) million PLN. In June 2024 an amount with
    # no year is not matched to 2021; 2022 (two years back) is still read.
    r = _one(ds, "Poland spends 58 billion zlotys on defence.", "2024-06-18")
    assert r.verdict != "outdated" and "2021" not in r.explanation
    r = _one(ds, "Poland spends 68 billion zlotys on defence.", "2024-06-18")
    assert r.verdict == "outdated" and "2022" in r.explanation


def test_increment_takes_the_spender_of_the_sentence_before(ds: Dataset) -> None:
    # UK MoD bulletin, 11 April 2024 (a list of headline figures, one a line).
    text = (
        "$1,195bn Total military expenditure of NATO members.\n"
        "  A decrease of $23 billion since 2021 when adjusted for inflation.\n"
    )
    found = _money(ds, text, "2024-04-11")
    assert [(r.fields["countries"], r.fields.get("amount_of")) for r in found] == [
        (["NATO_TOTAL"], None),
        (["NATO_TOTAL"], "change"),
    ]
    assert found[1].fields["since"] == 2021 and found[1].fields["price_basis"] == "constant"
    assert found[1].verdict == "unverifiable"
    # Paraphrase: "the figure" takes the earlier claim's spender and scope (The Spec, 29 November 2019).
    text = (
        "European allies and Canada are now projected to increase spending by around $130 billion between 2016 "
        'and 2020. Previously, the figure was forecast to be "more than $100 billion."'
    )
    found = _money(ds, text, "2019-11-29")
    assert [(r.fields["countries"], r.fields.get("amount_of"), r.fields["year"]) for r in found] == [
        (["NATO_EUROPE_CANADA"], "change", 2020),
        (["NATO_EUROPE_CANADA"], "change", 2020),
    ]
    # Near miss: a sentence of its own, about something else, takes nothing.
    text = "Germany spent €90.6 billion on defence in 2024. The contract is worth $1 billion."
    assert [r.fields["countries"] for r in _money(ds, text, "2024-06-18")] == [["DEU"]]


def test_world_total_named_after_the_amount() -> None:
    # UK MoD bulletin, 11 April 2024, after a line about the UK.
    text = (
        "4th The UK’s position in global defence expenditure rankings, according to IISS.\n"
        "$2,240bn Total worldwide military expenditure in 2022, as estimated by SIPRI.\n"
    )
    assert [c for c in extract(text) if c.kind == "total_spending"] == []


def test_us_budget_in_dollars_is_a_national_budget(ds: Dataset) -> None:
    # USA 2024e 967,707 million USD in nato-2024-06: the DoD budget is the national definition.
    r = _one(ds, "The U.S. defense budget for 2024 is $886 billion.", "2024-06-18")
    assert r.verdict == "different_measure" and "967,707" in r.explanation
    r = _one(ds, "Congress approved an $886 billion U.S. defense budget for 2024.", "2024-06-18")
    assert r.verdict == "different_measure"
    # Near miss: dollars spent, no budget named: NATO's figure settles it.
    assert _one(ds, "The US spends $886 billion on defense this year.", "2024-06-18").verdict == "inaccurate"
    assert _one(ds, "The US spends $968 billion on defense this year.", "2024-06-18").verdict == "accurate"
