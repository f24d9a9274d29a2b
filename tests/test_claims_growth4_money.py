"""Money that is not an ally's total defence spending (growth4): a fund's money, one part of a total named by its
source, the cost of an increase, a planned amount for a later year, the world's total, and national budgets
against NATO's figure. Sentences from published articles not in the corpus (address in a comment); figures
asserted are cells of the embedded dataset (nato-2024-06)."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.check import ClaimResult
from natospend.store.dataset import Dataset


def _money(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of) if r.kind == "total_spending"]


def test_a_funds_money_is_no_claim(ds: Dataset) -> None:
    # https://www.bundesregierung.de/breg-en/news/special-fund-federal-armed-forces-2047910
    text = (
        "To enable swift investments to be made in the Federal Armed Forces, the German government has launched a "
        "one-off special fund amounting to 100 billion euros."
    )
    assert _money(ds, text, "2022-06-03") == []
    # The same sentence with the fund left out is Germany's spending, judged.
    assert _money(ds, "Germany's defence spending amounts to 100 billion euros.", "2024-06-18")


def test_one_part_of_a_total_is_named_as_such(ds: Dataset) -> None:
    # https://aerocloud.top/weekly-affairs-at-the-german-federal-parliament-the-bundestag (2025): a draft budget for
    # 2026 (a plan), one part from the regular budget; the special fund's part is no claim.
    text = (
        "The draft 2026 defense budget, approved by Germany’s federal cabinet on July 30, 2025, stands at "
        "approximately €108.2 billion, consisting of approximately €82.7 billion from the regular Bundeswehr budget "
        "and a supplementary €25.5 billion from this special fund."
    )
    found = {r.fields["value"]: r for r in _money(ds, text, "2025-08-01")}
    assert set(found) == {108200.0, 82700.0}
    plan, part = found[108200.0], found[82700.0]
    assert plan.fields["countries"] == ["DEU"] and plan.fields["year"] == 2026 and plan.fields["amount_of"] == "plan"
    assert plan.verdict == "unverifiable" and "planned amount for 2026" in plan.explanation
    assert part.fields["amount_of"] == "part" and part.verdict == "unverifiable" and "one part" in part.explanation
    # https://rc.defence24.com/defence-policy/unprecedented-defence-spending-polish-government-approves-2025-budget
    text = (
        "In Poland the 2024 budget allocated over 118 billion złoty from the state budget, with total defence "
        "expenditures reaching nearly 159 billion złoty, accounting for 4.2% of GDP."
    )
    found = {r.fields["value"]: r for r in _money(ds, text, "2024-10-01")}
    assert found[118000.0].fields["amount_of"] == "part" and found[118000.0].verdict == "unverifiable"
    # the total, a national budget figure 5% above NATO's 151,241 million PLN for 2024: not `inaccurate`
    total = found[159000.0]
    assert total.fields["countries"] == ["POL"] and total.fields["year"] == 2024 and total.fields["currency"] == "PLN"
    assert total.verdict == "different_measure" and "151,241 million PLN" in total.explanation


def test_a_planned_level_for_a_later_year_is_not_judged_on_todays(ds: Dataset) -> None:
    # https://breakingnews.ie/world/poland-to-increase-defence-spending-in-2025-to-record-high-1666221.html (2024-08)
    text = (
        "Polish Prime Minister Donald Tusk has said the 2025 state budget will include record-high spending on "
        "defence. He said some 186 billion zlotys will be spent next year on increasing the defence of the nation."
    )
    (r,) = _money(ds, text, "2024-08-29")
    assert r.fields["countries"] == ["POL"] and r.fields["year"] == 2025 and r.verdict == "unverifiable"
    # "will rise to ... by 2029": a plan, not contradicted by NATO's 2024 figure (90,586 million EUR)
    (r,) = _money(ds, "Germany's defence budget will rise to a total of 152.8 billion euros by 2029.", "2025-06-25")
    assert r.fields["year"] == 2029 and r.fields["amount_of"] == "plan" and r.verdict == "unverifiable"
    assert "planned amount for 2029" in r.explanation


def test_the_cost_of_an_increase_is_a_change(ds: Dataset) -> None:
    # https://khumaer.us/what-is-keir-starmers-plan-to-boost-uk-defence-spending-and-is-it-affordable (2025-02)
    text = (
        "Economists at the Institute for Fiscal Studies have said a hike to 2.5 per cent of GDP on UK defence "
        "spending would cost an additional £6 billion."
    )
    (r,) = _money(ds, text, "2025-02-24")
    assert r.fields["amount_of"] == "change" and r.verdict == "unverifiable"
    # A paraphrase of a dev sentence: a range is one claim, a change, not £5bn against the UK's 64,584 million GBP
    text = "Keir Starmer said the increase in UK defence spending will cost between £5bn and £6bn a year."
    (r,) = _money(ds, text, "2025-02-25")
    assert r.fields["value"] == 5000.0 and r.fields["amount_of"] == "change" and r.verdict == "unverifiable"


def test_world_totals_are_not_pinned_on_an_ally(ds: Dataset) -> None:
    # https://www.hindustantimes.com/editors-pick/understanding-global-military-expenditure-number-theory-101745894911408.html
    text = (
        "In 2024, global military spending grew 9.4% in real terms to reach $2.7 trillion, according to the "
        "report, with the United States accounting for the largest share."
    )
    assert [r for r in check_text(ds, text, "2025-04-29") if r.kind in ("total_spending", "real_growth")] == []
    # the IISS's world total, with an ally named only after it
    text = "Total military spending rose by 2% in 2018, to $1.67trn, with America alone accounting for much of it."
    assert [r for r in check_text(ds, text, "2019-02-15") if r.kind in ("total_spending", "real_growth")] == []
    # an ally named before the figure is its subject
    found = _money(ds, "America's total military spending rose in 2018 to $672bn.", "2019-07-01")
    assert [r.fields["countries"] for r in found] == [["USA"]]


def test_a_sentence_that_explains_a_figure_is_no_claim(ds: Dataset) -> None:
    # https://fullfact.org/news/grant-shapps-75-billion/ (20 May 2024): the sentence after a claimed level says how
    # the £75bn was made up; it restates no level of its own.
    text = (
        "Under existing plans, the government will spend £64.1 billion, which currently amounts to 2.32% of GDP, on "
        "UK defence in 2024/25. The figure of £75 billion is the sum of all the additional amounts above £64.1 "
        "billion spent between now and 2030."
    )
    second = text.index("The figure")
    assert [r for r in check_text(ds, text, "2024-05-20") if r.start >= second] == []


def test_a_fund_named_before_its_amount(ds: Dataset) -> None:
    # A paraphrase of a dev sentence (The Guardian, 2015): the fund is named a clause before its worth.
    text = (
        "Osborne also announced a joint security fund for the UK to be set up, which he says would be worth £1.5bn "
        "a year by the end of parliament."
    )
    assert _money(ds, text, "2015-07-08") == []


def test_short_fiscal_years(ds: Dataset) -> None:
    # https://parallelparliament.co.uk/question/HL5336/defence-finance (written answer, 2025): "24/25" and "27/28"
    # are fiscal years; the later one is a plan, not set against NATO's 2024 figure.
    text = (
        "In 2027/28 we will be spending £13.4 billion more on UK defence than we do today. Our cash spend in 24/25 "
        "is £66.3 billion and our cash spend in 27/28 will be £79.7 billion."
    )
    found = {r.fields["value"]: r for r in _money(ds, text, "2025-03-10")}
    assert found[13400.0].fields["amount_of"] == "change" and found[13400.0].verdict == "unverifiable"
    now, later = found[66300.0], found[79700.0]
    assert now.fields["year"] == 2024 and later.fields["year"] == 2027
    # £66.3bn against NATO's 64,584 million GBP for 2024: a national figure, +3%, not `inaccurate`
    assert now.verdict == "unverifiable" and "64,584 million GBP" in now.explanation and "+3%" in now.explanation
    assert later.verdict == "unverifiable" and "2027" in later.explanation


def test_a_figure_named_as_a_figure_is_not_asserted(ds: Dataset) -> None:
    # https://fullfact.org/economy/2022-defence-spending-increase/ (8 March 2022); "for defence" added so that the
    # second sentence is read at all: the £16.5bn is named as "the ... figure", not claimed again.
    text = (
        "At the 2020 Spending Review, the Treasury said an extra £24 billion in cash terms would be spent on UK "
        "defence over the next four years—£16.5 billion more than had been pledged in the Conservative Party’s "
        "manifesto commitments. At the time, economist Ben Zaranko at the Institute for Fiscal Studies called the use "
        'of the cumulative £16.5 billion figure "misleading" for defence.'
    )
    found = _money(ds, text, "2022-03-08")
    second = text.index("At the time")
    assert [r.fields["value"] for r in found] == [24000.0, 16500.0] and all(r.start < second for r in found)
    assert all(r.fields["amount_of"] == "change" and r.verdict == "unverifiable" for r in found)


def test_a_budget_for_next_year(ds: Dataset) -> None:
    # https://delfi.lt/en/politics/nauseda-hails-defence-spending-boost-in-budget-plan-120073508 (December 2024),
    # "Lithuania's" added for the spender the article names earlier: next year's budget, and a borrowing limit
    # raised, are not set against NATO's 2024 figure.
    text = (
        "The state budget for 2025 foresees nearly EUR 2.617 billion to be spent for Lithuania's defence. The "
        "Government also decided to increase the borrowing limit for the country’s defence needs by EUR 800 million."
    )
    found = {r.fields["value"]: r for r in _money(ds, text, "2024-12-12")}
    assert found[2617.0].fields["countries"] == ["LTU"] and found[2617.0].fields["year"] == 2025
    assert found[800.0].fields["amount_of"] == "change"
    assert all(r.verdict == "unverifiable" for r in found.values())
    # "Under the 2018 draft budget ...": the draft's year, whichever order (a dev sentence, Lithuania named)
    text = (
        "Under the 2018 draft budget widely expected to be approved by parliament later this year, Lithuania's "
        "defence spending will reach 872 million euros."
    )
    (r,) = _money(ds, text, "2017-10-18")
    assert r.fields["year"] == 2018 and r.fields["amount_of"] == "plan" and r.verdict == "unverifiable"
