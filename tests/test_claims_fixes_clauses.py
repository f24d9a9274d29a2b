"""Reader fixes (branch fixes): figures colleagues found given to the wrong ally, the wrong measure or the wrong
comparison in published sentences (address above each). Figures are NATO's releases in the embedded dataset."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _shares(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp"]


def _by_value(ds: Dataset, text: str, as_of: str) -> dict[float, list[ClaimResult]]:
    out: dict[float, list[ClaimResult]] = {}
    for r in _shares(ds, text, as_of):
        out.setdefault(r.fields["value"], []).append(r)
    return out


def test_an_ally_after_while_opens_another_clause(ds: Dataset) -> None:
    # operadating.com (as reported by a colleague; Luxembourg's 1.01% of 2023 in nato-2024-03)
    text = (
        "Luxembourg, which had the smallest budget of the alliance, spent just 1 per cent, while Belgium spent "
        "1.13 per cent."
    )
    got = _by_value(ds, text, "2024-06-01")
    assert [r.fields["countries"] for r in got[1.0]] == [["LUX"]]
    # the gate abstains: "had the smallest budget of the alliance" is a place no rule checked
    assert got[1.0][0].verdict == "unverifiable" and got[1.0][0].figures_verdict == "accurate"
    assert "smallest" in got[1.0][0].unread
    assert [r.fields["countries"] for r in got[1.13]] == [["BEL"]]
    # the same form with no figure after "while": Belgium is not given Luxembourg's figure
    bare = "Luxembourg, which had the smallest budget, spent just 1 per cent, while Belgium was also far below."
    assert all(r.fields["countries"] != ["BEL"] for r in _shares(ds, bare, "2024-06-01"))
    # https://www.euroweeklynews.com/2019/03/19/spain-among-members-that-spend-the-least-on-defence-new-nato-figures-show/
    ewn = (
        "The US spent the equivalent of 3.39 per cent of its GDP while Britain, Poland, Latvia, Greece and Estonia "
        "spent around 1.5 per cent."
    )
    got = _by_value(ds, ewn, "2019-03-19")
    assert [r.fields["countries"] for r in got[3.39]] == [["USA"]]
    assert got[3.39][0].verdict == "accurate"


def test_a_figure_like_an_ally_is_that_allys(ds: Dataset) -> None:
    # A sentence of 2025 a colleague found (shortened; "last year" is 2024): each figure is its example's own,
    # Spain's 1.28% and Croatia's 1.81% in nato-2024-06, not the next ally's
    text = "There are eight countries that last year spent between 1.28%, like Spain, and 1.81%, like Croatia."
    got = _by_value(ds, text, "2025-03-01")
    # gate (1): 'like' is not read; the figures held stay each example's own
    got_es = [(r.fields["countries"], r.fields["year"], r.verdict, r.figures_verdict) for r in got[1.28]]
    assert got_es == [(["ESP"], 2024, "unverifiable", "accurate")] and "like" in got[1.28][0].unread
    got_hr = [(r.fields["countries"], r.fields["year"], r.verdict, r.figures_verdict) for r in got[1.81]]
    assert got_hr == [(["HRV"], 2024, "unverifiable", "accurate")] and "like" in got[1.81][0].unread


def test_a_figure_said_of_all_others_is_not_the_ally_before_it(ds: Dataset) -> None:
    # The list form a colleague found ("Poland 2.2%, all others below 2%"), here with the allies before it: the
    # 2% is the rest's, and neither Poland's nor the alliance's pledge
    text = "Spending in 2023: USA 3.5%, Greece 3%, Poland 2.2%, all others below 2%."
    results = check_text(ds, text, as_of="2024-06-01")
    assert sorted((r.fields["countries"][0], r.fields["value"]) for r in results) == [
        ("GRC", 3.0),
        ("POL", 2.2),
        ("USA", 3.5),
    ]
    assert all(r.fields["comparator"] == "eq" for r in results)


def test_a_share_of_the_states_spending_or_of_defence_budgets_is_not_of_gdp(ds: Dataset) -> None:
    # Forms colleagues found in published articles ("5.5% of the country's general expenditures", "52 percent of
    # defence budgets"): shares of something else, never judged against the share of GDP
    assert _shares(ds, "Poland spends 5.5% of the country's general expenditures on defence.", "2024-06-01") == []
    assert _shares(ds, "In Germany, personnel costs take 52 percent of defence budgets.", "2024-06-01") == []
    # a share of the allies' defence budgets together is still the alliance's
    us = check_text(ds, "The US accounts for 52 percent of defence budgets in NATO.", as_of="2024-06-01")
    assert [(r.kind, r.fields["countries"]) for r in us] == [("alliance_share", ["USA"])]


def test_a_target_dipped_below_or_reached_is_a_comparison(ds: Dataset) -> None:
    # http://www.reuters.com/article/britain-defence-idUSL8N1FZ2WN (2017-02-14): below the 2% bar in 2016, on the
    # IISS's figure, which natospend does not hold; not the UK's pledge of 2%
    reuters = (
        "Britain's defence spending last year dipped just below the NATO military alliance's target of 2 percent of "
        "gross domestic product, the International Institute for Strategic Studies said on Tuesday."
    )
    results = check_text(ds, reuters, as_of="2017-02-14")
    assert not [r for r in results if r.kind == "pledge"]
    (uk,) = _shares(ds, reuters, "2017-02-14")
    assert (uk.fields["countries"], uk.fields["comparator"], uk.fields["year"]) == (["GBR"], "lt", 2016)
    assert uk.verdict == "unverifiable"
    # https://arienhost.com/latest/germany-on-war-footing-as-it-reaches-nato-spending-target-for-first-time-in-years.html
    # (February 2024): a bar reached, not an exact 2%
    arien = (
        "This means Germany has reached the target of two percent of its GDP set for each member of the Western "
        "military alliance at the summit in Riga in 2006."
    )
    (de,) = _shares(ds, arien, "2024-02-20")
    assert (de.fields["countries"], de.fields["comparator"], de.fields["threshold"]) == (["DEU"], "ge", 2.0)
    # the same form with a figure to the tenth: still a bar reached ("reached 2.12% of GDP" stays a level)
    (uk25,) = _shares(ds, "The UK has reached the Nato target of 2.5 per cent of GDP.", "2024-02-20")
    assert uk25.fields["comparator"] == "ge"
    (level,) = _shares(ds, "Germany reached 2.12% of GDP in 2024.", "2025-06-01")
    assert level.fields["comparator"] == "eq"


def test_a_share_stated_in_the_present_is_of_the_year_written(ds: Dataset) -> None:
    # https://essanews.com/poland-boosts-defense-budget-to-over-4-of-gdp-exceeding-nato-expectations,7004795448526977a
    # (2024-03-11): about 2024, which no release held in March; 2023's 3.90% is another year's, so it is left open
    essa = "Poland is dedicating more than 4% of its Gross Domestic Product (GDP) to defense."
    (pol,) = _shares(ds, essa, "2024-03-11")
    assert pol.verdict == "unverifiable"
    assert "2024" in pol.explanation and "2023" in pol.explanation
    # after NATO's June 2024 release the same words are judged on its estimate for 2024 (4.12%)
    (later,) = _shares(ds, essa, "2024-07-11")
    assert later.verdict == "accurate"
    assert any(e.year == 2024 for e in later.evidence if e.role == "as_of")
    # https://cyprus-mail.com/2025/06/25/mitsotakis-says-all-nato-members-should-commit-to-defence-spending-target
    # a level the newest year held bears out stays accurate, the year it was read as named (2024: 2.99%)
    cm = "Greece is now spending about 3% of its gross domestic product on defence."
    (grc,) = _shares(ds, cm, "2025-06-25")
    assert grc.verdict == "accurate" and "Read as 2024" in grc.explanation


def test_todays_level_beside_a_plan_is_no_forecast(ds: Dataset) -> None:
    # https://www.upday.com/uk/starmer-announces-biggest-increase-in-defence-spending-since-cold-war (2025-02-25),
    # the ally named: the 2.3% is today's level (GBR 2024e 2.33 in nato-2024-06), the 2027 the plan's
    text = (
        "Starmer said Britain's defence spending would rise from its current 2.3% share of the economy to 2.5% in 2027."
    )
    got = _by_value(ds, text, "2025-02-25")
    (now,) = got[2.3]
    assert (now.fields["countries"], now.fields["year"], now.fields.get("modality")) == (["GBR"], None, None)
    # the gate abstains: "would rise ... to 2.5%" is the plan's, checked as the pledge below, not in this frame
    # (gate (1): 'would' is read as the pledge's modality; 'rise' is the unread word)
    assert now.verdict == "unverifiable" and now.figures_verdict == "accurate" and "rise" in now.unread
    pledge = [r for r in check_text(ds, text, as_of="2025-02-25") if r.kind == "pledge"]
    assert [(r.fields["value"], r.verdict) for r in pledge] == [(2.5, "accurate")]


def test_a_forecast_takes_no_year_from_the_sentence_before(ds: Dataset) -> None:
    # The form a colleague found ("The government expects the figure to stay above 2 percent"), after a sentence
    # dated 2023: an expectation, not 2023's level
    text = "Norway spent 1.67% of GDP on defence in 2023. The government expects the figure to stay above 2 percent."
    got = _by_value(ds, text, "2024-03-01")
    (ahead,) = got[2.0]
    assert (ahead.fields["year"], ahead.fields["modality"], ahead.verdict) == (None, "forecast", "unverifiable")
    assert got[1.67][0].fields["year"] == 2023


def test_a_place_among_the_top_comes_with_its_own_level(ds: Dataset) -> None:
    # The form a colleague found ("rounds out the top five with 3.35%"): the ally's level, not a bar it tops
    (ltu,) = _shares(ds, "Lithuania rounds out the top five with 3.35% of GDP.", "2024-07-01")
    assert (ltu.fields["countries"], ltu.fields["comparator"]) == (["LTU"], "eq")
    # https://www.forces.net/news/world/nato-which-countries-pay-their-share-defence (June 2021): a place with its
    # level stays a ranking and the figures after "while" are each ally's own
    forces = (
        "Croatia is in third place with 2.79%, while Estonia (2.28%), Latvia (2.27%), Poland (2.1%), Lithuania "
        "(2.03%), Romania (2.02%) and France (2.01%) also make up the 10 nations meeting NATO's proportional 2% target."
    )
    got = _by_value(ds, forces, "2021-06-14")
    assert [r.fields["countries"] for r in got[2.28]] == [["EST"]]
    assert got[2.28][0].verdict == "accurate"


def test_the_currency_after_an_amount_is_no_ally(ds: Dataset) -> None:
    # The form a colleague found ("$21.6 billion US"): the amount's currency, not the United States; Canada keeps
    # its own share (1.33% for 2023 in nato-2024-03)
    text = "Canada spent $21.6 billion US on defence in 2023, or 1.33% of GDP."
    results = check_text(ds, text, as_of="2024-06-01")
    assert all(r.fields["countries"] == ["CAN"] for r in results)
    (share,) = _shares(ds, text, "2024-06-01")
    # gate (1), as falsepaths (3) merged it: 'or' of a restatement ("$21.6 billion ..., or 1.33% of GDP") is read
    assert (share.fields["year"], share.verdict, share.figures_verdict) == (2023, "accurate", None)
    assert share.unread == []
    # the ally named as an adjective of its budget stays the ally
    budget = check_text(ds, "Congress approved an $886 billion U.S. defense budget for 2024.", as_of="2024-06-01")
    assert [r.fields["countries"] for r in budget] == [["USA"]]
