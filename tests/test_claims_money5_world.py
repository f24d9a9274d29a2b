"""Money and growth as the world writes them (money5 recall audit): an amount given again in another currency, the
allies' sum, a group named after the amount, the US left out, currencies written their own way, an estimate said
with "will", the cost of a change, and changes said of the alliance or in the sentence after the amount. Sentences
from published articles not in the corpus (address in a comment); verdicts against the embedded dataset as of each
article's date."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.check import ClaimResult
from natospend.store.dataset import Dataset


def _kind(ds: Dataset, text: str, as_of: str, kind: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of) if r.kind == kind]


def _by_value(results: list[ClaimResult]) -> dict[float, ClaimResult]:
    return {r.fields["value"]: r for r in results}


def test_an_amount_given_again_in_another_currency_is_read_as_the_first(ds: Dataset) -> None:
    # https://www.shephardmedia.com/news/defence-notes/uk-boosts-defence-budget-by-53-but-questions-remain-if-it-is-enough/
    text = (
        "The British government is to spend an additional £2.9 billion (US$3.8 billion) on defence in the next "
        "financial year as part of an effort to reach a target of spending 2.5% of GDP in the medium term."
    )
    found = _by_value(_kind(ds, text, "2024-10-31", "total_spending"))
    assert set(found) == {2900.0, 3800.0}  # the dollar figure is no pledge of $3.8bn
    assert all(r.fields["amount_of"] == "change" and r.fields["countries"] == ["GBR"] for r in found.values())
    assert found[3800.0].fields["currency"] == "USD" and found[3800.0].verdict == "unverifiable"
    # https://www.politico.eu/article/norway-pitches-historic-boost-of-defense-spending/
    text = (
        "The Norwegian government on Friday unveiled a proposal to increase defense spending by 600 billion kroner "
        "(€51 billion) in the next 12 years."
    )
    found = _by_value(_kind(ds, text, "2024-04-05", "total_spending"))
    assert found[51000.0].fields["amount_of"] == "change" and found[51000.0].fields["currency"] == "EUR"
    # https://www.newsweek.com/nato-reports-allied-defence-spending-10-billion-556817
    text = (
        "Defence spending among NATO's European Allies and Canada has increased by $10 billion (£8 billion) over "
        "the last year, the alliance's top diplomat announced."
    )
    found = _by_value(_kind(ds, text, "2017-02-14", "total_spending"))
    assert found[8000.0].fields["amount_of"] == "change"
    assert found[8000.0].fields["countries"] == ["NATO_EUROPE_CANADA"]


def test_the_allies_as_the_subject_of_the_spending_are_their_sum(ds: Dataset) -> None:
    # https://news.az/news/nato-defense-spending-hits-13-trillion-in-2024 (NATO's April 2025 report, at 2021 prices,
    # which the dataset holds only as shares of GDP): within the range of NATO's figures, so left open
    text = (
        "NATO members collectively spent $1.303 trillion on defense in 2024, surpassing projections as 22 of the 32 "
        "member countries met the alliance's target of allocating at least 2% of their GDP to military expenditure."
    )
    (total,) = _kind(ds, text, "2025-04-25", "total_spending")
    assert total.fields["countries"] == ["NATO_TOTAL"] and total.fields["year"] == 2024
    assert total.verdict == "unverifiable" and "Annual Report 2024" in total.explanation
    # http://www.africanews.com/2025/04/28/global-military-expenditure-tops-27-trillion-in-2024-report: SIPRI's sum
    (total,) = _kind(
        ds, "Collectively, members of the NATO war alliance spent $1.5 trillion.", "2025-04-28", "total_spending"
    )
    assert total.fields["countries"] == ["NATO_TOTAL"]
    assert total.verdict == "different_measure" and "sum of SIPRI's figures" in total.explanation
    # https://tass.com/world/1949211: the increment said after the sum is the sum's
    text = (
        "NATO member states have spent more than $1.3 trillion on defense needs in 2024, allocating $123 billion "
        "more than in 2023, the North Atlantic Alliance stated in its annual report."
    )
    found = _by_value(_kind(ds, text, "2025-04-25", "total_spending"))
    assert found[1300000.0].fields["countries"] == ["NATO_TOTAL"] and found[1300000.0].fields["comparator"] == "gt"
    assert found[123000.0].fields["countries"] == ["NATO_TOTAL"] and found[123000.0].fields["amount_of"] == "change"
    # https://tass.com/world/1949211: the alliance's total named before a total word
    text = "In 2023, total defense spending across the alliance stood at $1.180 trillion."
    (total,) = _kind(ds, text, "2025-04-25", "total_spending")
    assert total.fields["countries"] == ["NATO_TOTAL"] and total.fields["year"] == 2023
    assert total.verdict == "unverifiable"


def test_an_estimate_said_with_will_is_the_years_level(ds: Dataset) -> None:
    # https://allnewspress.com/nato-german-defence-spending-at-90-6-billion-euros: NATO's June 2024 estimate,
    # 1,474,399 million US$ for 2024
    text = (
        "According to recent estimates, the current 32 NATO states will spend a total of around 1.5 trillion US "
        "dollars (around 1.4 trillion euros) on defense in 2024."
    )
    assert not _kind(ds, text, "2024-06-18", "pledge")
    found = _by_value(_kind(ds, text, "2024-06-18", "total_spending"))
    dollars, euros = found[1500000.0], found[1400000.0]
    assert dollars.fields["countries"] == ["NATO_TOTAL"] and dollars.fields["year"] == 2024
    # the gate abstains: the euro amount and "32" are now read, but "will" (the estimate's tense) is not
    assert dollars.verdict == "unverifiable" and dollars.figures_verdict == "accurate"
    assert "1,474,399" in dollars.explanation and "will" in dollars.unread
    assert euros.verdict == "unverifiable"  # NATO prints no euro figure
    # https://www.localnewswave.com/article/1013384469238083584: NATO's August 2025 release holds no 2025 amounts
    text = (
        "NATO members are on track to spend more than $1.5 trillion on defense in 2025, according to the alliance's "
        "latest estimates, as they build up their militaries amid geopolitical tensions and pressure from the U.S."
    )
    assert not _kind(ds, text, "2025-08-28", "pledge")
    (total,) = _kind(ds, text, "2025-08-28", "total_spending")
    assert total.fields["countries"] == ["NATO_TOTAL"] and total.fields["year"] == 2025
    assert total.fields["comparator"] == "gt" and total.verdict == "unverifiable"


def test_a_group_named_after_the_amount_and_the_allies_without_the_us(ds: Dataset) -> None:
    # https://news.az/news/nato-defense-spending-hits-13-trillion-in-2024
    text = (
        "Figures published by the Western military alliance on Thursday show record spending levels among its "
        "members, totalling $468 billion (€412 billion) in Europe and Canada, 38% of which went to purchasing major "
        "equipment."
    )
    found = _by_value(_kind(ds, text, "2025-04-25", "total_spending"))
    assert {tuple(r.fields["countries"]) for r in found.values()} == {("NATO_EUROPE_CANADA",)}
    assert found[468000.0].verdict == "unverifiable"  # NATO's April 2025 figure (2021 prices) is not held
    # https://northsouthnews.com/index.php/europe/40662-how-countries-rank-by-military-spending
    text = "Excluding America, NATO members increased spending by $68 billion, or 19%, between 2022 and 2023."
    (change,) = _kind(ds, text, "2024-04-25", "total_spending")
    assert change.fields["countries"] == ["NATO_EUROPE_CANADA"] and change.fields["amount_of"] == "change"
    assert change.fields["since"] == 2022 and change.fields["year"] == 2023
    # https://www.tbsnews.net/videos/why-nato-countries-are-boosting-defense-budgets-898646
    text = (
        "NATO data indicates that in 2024, members excluding the United States will spend $510 billion more on "
        "defense compared to 2016."
    )
    (change,) = _kind(ds, text, "2024-07-13", "total_spending")
    assert change.fields["countries"] == ["NATO_EUROPE_CANADA"] and change.fields["since"] == 2016
    assert change.verdict == "unverifiable"  # NATO's increments are cumulative: no two levels settle it
    # https://northsouthnews.com/index.php/europe/40662-how-countries-rank-by-military-spending
    text = "Adding Finland and Sweden to the alliance has boosted NATO's annual spending by a further $16 billion."
    (change,) = _kind(ds, text, "2024-04-25", "total_spending")
    assert change.fields["countries"] == ["NATO_TOTAL"]  # not Sweden's


def test_currencies_as_they_are_written(ds: Dataset) -> None:
    # https://www.defense-aerospace.com/author/editorial-team: "US $" and "CA $", spaced; "US" is no spender
    text = (
        "Canada Boosts Defense Spending to Hit NATO 2% Target, Eyes Europe. Prime Minister Mark Carney has broken "
        "from decades of caution. He pledged an extra US $6.6 billion (CA $9 billion) for the Department of National "
        "Defense in the current fiscal year, moving Canada to the NATO 2 percent-of-GDP benchmark by April 2026."
    )
    found = _by_value(_kind(ds, text, "2025-06-10", "total_spending"))
    assert found[6600.0].fields["currency"] == "USD" and found[9000.0].fields["currency"] == "CAD"
    assert all(r.fields["countries"] == ["CAN"] and r.fields["amount_of"] == "change" for r in found.values())
    assert not [r for r in check_text(ds, text, "2025-06-10") if "USA" in r.fields.get("countries", [])]
    # https://www.shephardmedia.com/news/defence-notes/norway-plans-higher-defence-spending-in-2023-amid-modernisation-push-russian-threat/
    text = (
        "The Norwegian government on 6 October announced a 9.8% year-on-year planned increase in the national "
        "defence budget to NOK75.8 billion."
    )
    (amount,) = _kind(ds, text, "2022-10-07", "total_spending")
    assert amount.fields["currency"] == "NOK" and amount.fields["value"] == 75800.0
    assert not _kind(ds, text, "2022-10-07", "share_gdp")  # the 9.8% is the budget's change
    (change,) = _kind(ds, text, "2022-10-07", "real_growth")
    assert change.fields["countries"] == ["NOR"] and change.fields["value"] == 9.8
    # https://actualnewsmagazine.com/english/denmark-rapidly-increases-military-preparedness-amid-escalating-security-concerns-exceeding-cold-war-levels:
    # "kroner" of Denmark is its own crown, read at current prices (68,670 million DKK for 2024), not 2015 prices
    text = (
        "Currently, Denmark invests around 60 billion kroner annually on defense, constituting 2.4 percent of its GDP."
    )
    (amount,) = _kind(ds, text, "2025-02-19", "total_spending")
    assert amount.fields["currency"] == "DKK"
    assert amount.verdict == "unverifiable" and "68,670 million DKK" in amount.explanation
    # https://whtc.com/?p=646773: Reuters' "crowns" of Norway
    text = (
        "Norway plans to raise its military spending by an accumulated 600 billion crowns ($56 billion) through 2036 "
        "to bolster its defence at a time of rising security challenges in Europe and beyond, the government said."
    )
    found = _by_value(_kind(ds, text, "2024-04-05", "total_spending"))
    assert set(found) == {600000.0, 56000.0}  # an accumulated increase, with its dollar conversion: no pledge
    assert found[600000.0].fields["currency"] == "NOK" and found[600000.0].fields["amount_of"] == "change"
    assert found[56000.0].fields["amount_of"] == "change" and found[600000.0].verdict == "unverifiable"


def test_no_price_basis_named_each_basis_is_a_reading(ds: Dataset) -> None:
    # https://www.melbournepost.org/?p=11533 (December 2025): NATO's 2024 figure in euros (90,586 million, June
    # 2024) matches, but NATO's 2025 report is held only in part: left open, not "another measure" than 2015 prices
    text = "In 2024, Germany spent 90.6 billion euros on this, accounting for 26.4% of total EU defense spending."
    (amount,) = _kind(ds, text, "2025-12-03", "total_spending")
    assert amount.fields["countries"] == ["DEU"] and amount.fields["year"] == 2024
    assert amount.verdict == "unverifiable" and "90,586 million EUR" in amount.explanation


def test_the_cost_of_a_change_and_a_planned_level(ds: Dataset) -> None:
    # https://i777777o63697479616do636f6dz.oszar.com/nato-to-pressure-uk-to-spend-3-5-per-cent-on-defence
    text = (
        "An extra 0.5 per cent to the current ambition set out by Starmer would be equivalent to at least £12.8bn "
        "but that figure would rise as the UK economy grows each year."
    )
    assert not _kind(ds, text, "2025-06-03", "pledge")
    (cost,) = _kind(ds, text, "2025-06-03", "total_spending")
    assert cost.fields["amount_of"] == "change" and cost.verdict == "unverifiable"
    # https://turkiyescoop.com/spain-aims-to-achieve-nato-2-defence-spending-target-by-2025: the extra spending past
    # its dollar conversion, not a level (NATO's 19,723 million EUR would call it inaccurate)
    text = (
        "Spain's prime minister says he wants to achieve NATO's 2% target for defence spending this year, as it "
        "tries to catch up with other countries in the military alliance. Pedro Sánchez announced in Madrid on "
        "Tuesday that just under €10.5 billion ($12.04 billion) in additional spending would be required to meet "
        "the target."
    )
    found = _by_value(_kind(ds, text, "2025-04-22", "total_spending"))
    assert set(found) == {10500.0, 12040.0}
    assert all(r.fields["amount_of"] == "change" and r.verdict == "unverifiable" for r in found.values())
    # https://i777777o706f6c697469636fo6575z.oszar.com/article/spain-unveils-plan-to-meet-natos-defense-spending-target-this-year
    text = (
        'Citing the "rapidly evolving geopolitical and economic context," Sánchez said Spain would spend an '
        "additional €10.4 billion on defense, raising its total military expenditures to around €34 billion."
    )
    found = _by_value(_kind(ds, text, "2025-04-22", "total_spending"))
    assert found[10400.0].fields["amount_of"] == "change"
    assert found[34000.0].fields["amount_of"] == "plan" and found[34000.0].verdict == "unverifiable"


def test_changes_of_the_alliances_spending(ds: Dataset) -> None:
    # https://www.forces.net/news/how-has-nato-defence-spending-changed-over-time: the change of NATO's spending,
    # not a share of it
    text = (
        "Secretary General Jens Stoltenberg revealed there was a real-terms increase of 3.9% in NATO defence "
        "spending last year."
    )
    assert not _kind(ds, text, "2021-03-16", "alliance_share")
    (change,) = _kind(ds, text, "2021-03-16", "real_growth")
    assert change.fields["countries"] == ["NATO_TOTAL"] and change.fields["year"] == 2020
    assert change.fields["value"] == 3.9 and change.fields["price_basis"] == "constant"
    # https://24hoursworlds.com/politics/745141/: the change the sentence after the amount gives; NATO's June 2024
    # estimate of the real change, 10.88%
    text = (
        "According to recent estimates, the current 32 NATO states will spend around 1.5 trillion US dollars (around "
        "1.4 trillion euros) on defense in 2024. Excluding inflation and exchange rate fluctuations, this would "
        "represent an overall increase of 10.9 percent compared to the previous year."
    )
    (change,) = _kind(ds, text, "2024-06-18", "real_growth")
    assert change.fields["countries"] == ["NATO_TOTAL"] and change.fields["year"] == 2024
    # the gate abstains on "would represent ..." (and the euro figure before it); the figures held the change
    assert change.verdict == "unverifiable" and change.figures_verdict == "accurate" and "10.88%" in change.explanation
    assert "would" in change.unread
    # https://www.newsweek.com/nato-reports-allied-defence-spending-10-billion-556817: "over 2016" is the change's
    # own year, not its base
    text = (
        "Defence spending among NATO's European Allies and Canada has increased by $10 billion (£8 billion) over "
        "the last year, the alliance's top diplomat announced. The increase in real terms is one of 3.8 percent "
        "over 2016, signaling renewed efforts to raise defence spending."
    )
    (change,) = _kind(ds, text, "2017-02-14", "real_growth")
    assert change.fields["countries"] == ["NATO_EUROPE_CANADA"] and change.fields["year"] == 2016
    assert change.fields.get("since") is None and change.fields["value"] == 3.8
