"""Branch ranks3: whose figure a percentage is in a sentence that ranks allies, "tops ... at X%" as a level, the
field of a place is no count, places said on a table or of "it", and the measure of a place named in its own part of
the sentence.

Figures (embedded data): NATO June 2024 (2024e: Poland 4.12, Estonia 3.43, United States 3.38, Latvia 3.15, Greece
3.08, Lithuania 2.85; Canada 1.37, 27th); April 2025 (2024, Croatia not held: Poland 4.07, Estonia 3.41, United
States 3.19); August 2025 (2025e, partial: Poland 4.48); July 2018 (2018e partial: Canada 1.23); June 2017 (2017e:
Germany 1.22, 17th-18th of 28); November 2019 release not held (2019e: Bulgaria 3.25, United States 3.42, Greece
2.28)."""

from __future__ import annotations

import pytest

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _kind(ds: Dataset, text: str, as_of: str, kind: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


# ------------------------------------------------------------------------------------------ whose figure it is
def test_a_figure_is_not_the_rival_of_a_place(ds: Dataset) -> None:
    # https://defence-point.com/2019/12/04/greece-3rd-in-nato-spending-infographic/ (4 December 2019): the 2.28% is
    # Greece's ("as it spent"), not Bulgaria's or the US's, the allies it is placed after
    text = (
        "Greece is third after Bulgaria and the US in terms of relative military expenditure in NATO as it spent "
        "2.28% of its GDP in 2017, with the US spending 3.42 of its GDP."
    )
    shares = _kind(ds, text, "2019-12-04", "share_gdp")
    assert [(r.fields["countries"], r.fields["value"]) for r in shares] == [(["GRC"], 2.28)]
    [rank] = _kind(ds, text, "2019-12-04", "ranking")
    assert rank.fields["countries"] == ["GRC"] and rank.fields["rank"] == 3


def test_a_figure_after_the_ally_surpassed_is_the_subjects(ds: Dataset) -> None:
    # https://www.europesays.com/?p=2207160 (July 2025)
    text = "Estonia also surpasses the U.S. by GDP at more than 3.4%."
    [share] = _kind(ds, text, "2025-07-01", "share_gdp")
    assert share.fields["countries"] == ["EST"] and share.verdict == "accurate", share.explanation


def test_a_rival_keeps_the_figure_written_right_after_it(ds: Dataset) -> None:
    # near miss: the figure right after the ally placed ahead ("at 4.12%") is that ally's
    text = "Estonia is second, behind Poland at 4.12% of GDP."
    [share] = _kind(ds, text, "2024-12-01", "share_gdp")
    assert share.fields["countries"] == ["POL"] and share.verdict == "accurate"


def test_an_ally_with_its_own_figure_after_a_comma_does_not_take_the_one_before(ds: Dataset) -> None:
    # the class of "Poland allocates the largest percentage of its GDP – 3.9%, the second is the USA with 3.5%"
    # (last round's audit): the 3.9% is Poland's
    text = "Poland allocates the largest percentage of its GDP – 3.9%, the second is the USA with 3.5%."
    shares = _kind(ds, text, "2025-06-01", "share_gdp")
    assert [(r.fields["countries"], r.fields["value"]) for r in shares] == [(["POL"], 3.9), (["USA"], 3.5)]


def test_a_rival_army_does_not_take_the_figure(ds: Dataset) -> None:
    # the class of "the third largest army in NATO" (last round's audit): troops are no place of spending, and the
    # allies it is placed after do not take the subject's figure
    text = "Poland now has the third largest army in NATO, after the US and Turkey, and spends more than 4% of GDP."
    assert not _kind(ds, text, "2025-06-01", "ranking")
    [share] = _kind(ds, text, "2025-06-01", "share_gdp")
    assert share.fields["countries"] == ["POL"] and share.verdict == "accurate"


# ------------------------------------------------------------------------------------------------ tops at
def test_tops_at_a_figure_states_the_level(ds: Dataset) -> None:
    # https://www.polskieradio.pl/395/7784/Artykul/3571344 (headline, 28 August 2025)
    text = "Poland tops NATO defense spending at 4.48% of GDP."
    [share] = _kind(ds, text, "2025-09-01", "share_gdp")
    assert share.fields["comparator"] == "eq" and share.verdict == "accurate", share.explanation
    [rank] = _kind(ds, text, "2025-09-01", "ranking")
    assert rank.fields["countries"] == ["POL"] and rank.fields["rank"] == 1


def test_tops_a_threshold_is_still_a_bar_passed(ds: Dataset) -> None:
    # near miss: the figure is the verb's own object
    [share] = _kind(ds, "Poland tops 4% of GDP on defence.", "2025-06-01", "share_gdp")
    assert share.fields["comparator"] in ("gt", "ge")


# ------------------------------------------------------------------------------------------------ fields
def test_the_field_of_a_place_in_the_ranking_is_no_count(ds: Dataset) -> None:
    # https://www.handelsblatt.com/today/politics/nato-spending-a-military-upgrade-to-please-america/23567034.html
    # (August 2017)
    text = (
        "Currently, Germany is investing 1.2 percent of its GDP in Defense Minister Ursula von der Leyen's budget, "
        "making it 16th in the ranking of the 28 NATO states."
    )
    results = check_text(ds, text, as_of="2017-08-25")
    assert not [r for r in results if r.kind == "count"]
    [rank] = [r for r in results if r.kind == "ranking"]
    assert rank.fields["rank"] == 16 and rank.verdict != "accurate"  # 17th-18th in June 2017


def test_first_among_the_28_is_no_count(ds: Dataset) -> None:
    text = "The United States ranks first among the 28 in defence spending as a share of GDP."
    results = check_text(ds, text, as_of="2017-08-25")
    assert not [r for r in results if r.kind == "count"]
    [rank] = [r for r in results if r.kind == "ranking"]
    # the gate abstains: "the 28" is a size of the group no rule checked (29 allies by August 2017)
    assert rank.verdict == "unverifiable" and rank.figures_verdict == "accurate", rank.explanation
    assert "28" in rank.unread


def test_a_count_of_the_28_still_counts(ds: Dataset) -> None:
    # near miss: a count, not a place's field
    [count] = _kind(ds, "Only five of the 28 allies spent 2% of GDP in 2016.", "2017-02-01", "count")
    assert count.fields["value"] == 5


# ------------------------------------------------------------------------------------------------ places
def test_a_place_said_of_it_after_a_sentence_of_figures(ds: Dataset) -> None:
    # https://www.therecord.com/news-story/9038260-canada-s-defence-spending-questioned-at-nato-parliamentary-
    # meeting/ (17 November 2018): by share of GDP, the one measure the sentence before gave; July 2018 lacks five
    # allies, which could put Canada 16th to 21st
    text = (
        "A report released by NATO ahead of last July's alliance summit in Brussels, predicted Canada would spend "
        "1.23 per cent of its GDP on defence this year — less than last year's level of 1.36 per cent. That leaves "
        "Canada ranked 18th out of the alliance's 29 members."
    )
    [rank] = _kind(ds, text, "2018-11-17", "ranking")
    assert rank.fields["countries"] == ["CAN"] and rank.fields["rank"] == 18
    assert rank.fields["metric"] == "share_gdp" and rank.verdict == "unverifiable", rank.explanation
    assert "only partly in the dataset" in rank.explanation


@pytest.mark.parametrize(
    ("text", "code", "rank"),
    [
        # https://www.starsinsider.com/amp/801471 (Statista's 2024 table): the sentence before gives both a share of
        # GDP and an amount, so what the place is by is not said
        (
            "Lithuania's defense expenditure as a share of its GDP was 2.85%, or $2,300,000. That puts it at sixth "
            "place on the table.",
            "LTU",
            6,
        ),
        (
            "Norway's defense expenditure as a share of its GDP was 2.2%, or $10,606,000. Norway lies 12th on the "
            "table.",
            "NOR",
            12,
        ),
    ],
)
def test_a_place_after_two_measures_abstains(ds: Dataset, text: str, code: str, rank: int) -> None:
    [r] = _kind(ds, text, "2024-12-01", "ranking")
    assert r.fields["countries"] == [code] and r.fields["rank"] == rank and r.fields.get("metric") is None
    assert r.verdict == "unverifiable" and "Cannot tell what the rank" in r.explanation


def test_a_place_on_the_table_with_a_share_in_its_sentence(ds: Dataset) -> None:
    # https://www.starsinsider.com/amp/801471
    text = (
        "Latvia's defense expenditure as a share of its GDP was 3.15%, or $1,421,000, placing it fourth on the table."
    )
    [r] = _kind(ds, text, "2024-12-01", "ranking")
    # gate: neutral word not yet listed ('placing')
    assert (r.fields["countries"], r.fields["rank"], r.verdict) == (["LVA"], 4, "unverifiable")
    assert r.figures_verdict == "accurate" and "placing" in r.unread, r.unread


def test_the_first_time_is_no_place(ds: Dataset) -> None:
    # near miss: an ordinal of time after a sentence of figures
    text = "Poland spent 4.12% of GDP in 2024. It was the first time it passed 4%."
    assert not _kind(ds, text, "2024-12-01", "ranking")


# ------------------------------------------------------------------------------------------------ measures
def test_a_place_takes_the_measure_of_its_own_part(ds: Dataset) -> None:
    # https://999wefm.com/canada-faces-pressure-to-increase-military-spending-at-nato-summit (July 2024): Canada is
    # 27th by share of GDP; "seventh in spending" is said against that share, so not by it
    text = (
        "Despite ranking seventh in spending among NATO members, Canada allocates only 1.34% of its GDP to its "
        "military, placing it ahead of only a few other allies."
    )
    [r] = _kind(ds, text, "2024-07-09", "ranking")
    assert r.fields["rank"] == 7 and r.fields.get("metric") is None and r.verdict == "unverifiable"


def test_a_place_in_a_while_clause_is_not_by_the_other_clauses_money(ds: Dataset) -> None:
    # https://www.starsinsider.com/amp/801471: "third" is not by "monetary terms" (the US is first in money)
    text = (
        "The United States' defense expenditure as a percentage of its GDP in 2024 was 3.38%, or $967,707,000. While "
        "this figure places it third on the table, the US' overall contribution in monetary terms is by far the "
        "greatest of any NATO member."
    )
    assert all(r.verdict != "inaccurate" for r in _kind(ds, text, "2024-12-01", "ranking"))


def test_biggest_by_dollar_value_is_a_money_rank(ds: Dataset) -> None:
    # https://www.europesays.com/?p=2207160 (July 2025); "the world's biggest economy" is no world rank of spending
    text = (
        "The U.S. spends 3.2% of its GDP on defense, but is the biggest by dollar value with the world's biggest "
        "economy."
    )
    [r] = _kind(ds, text, "2025-07-01", "ranking")
    assert (r.fields["countries"], r.fields["rank"], r.fields["metric"]) == (["USA"], 1, "usd_current_m")
    # the gate abstains: "with the world's biggest economy" is a part no rule checked
    assert r.verdict == "unverifiable" and r.figures_verdict == "accurate", r.explanation
    assert "world's" in r.unread


def test_the_highest_spender_in_absolute_terms_among_all_countries(ds: Dataset) -> None:
    # https://breakingon.com/politics/natos-525-defense-spending-target-reality-or-pipe-dream (June 2025): a world
    # rank in money, not a place by share of GDP (the US is fourth by share) and no count of "all countries"
    text = (
        "The United States currently allocates around 3.5 percent of its GDP to defense spending, making it the "
        "highest spender in absolute terms among all countries."
    )
    results = check_text(ds, text, as_of="2025-06-24")
    assert not [r for r in results if r.kind == "count"]
    [r] = [r for r in results if r.kind == "ranking"]
    assert r.fields["rank_field"] == "world" and r.fields["metric"] == "usd_current_m" and r.verdict == "unverifiable"
    assert "highest" in r.explanation


# ------------------------------------------------------------------------------------------------ fields beyond NATO
def test_a_ranking_among_eu_countries_with_non_allies_is_not_natos(ds: Dataset) -> None:
    # http://www.worldbulletin.net/haberler/202173/eu-spends-222b-for-defense-in-2016 (Eurostat, March 2018): Ireland,
    # Malta and Austria are in the field, so the places are not places among the allies
    text = (
        "The lowest defense spending to GDP ratios were recorded in Ireland (0.3 percent), Luxembourg (0.4 percent), "
        "Malta and Austria (0.6 percent) as Estonia, Greece, the U.K., and France spent the highest proportions with "
        "2.4 percent, 2.1 percent, 2 percent, and 1.8 percent, respectively."
    )
    ranks = _kind(ds, text, "2018-03-09", "ranking")
    assert ranks and all(r.verdict == "unverifiable" and "not NATO's allies" in r.explanation for r in ranks)


def test_the_highest_in_the_eu_is_not_a_nato_place(ds: Dataset) -> None:
    # the class of de.sputniknews.com (March 2018, Eurostat): "die höchsten in der EU"
    [r] = _kind(
        ds, "Estonia's defence spending was the highest in the EU at 2.4% of GDP in 2016.", "2018-03-09", "ranking"
    )
    assert r.verdict == "unverifiable" and "in the EU" in r.explanation


def test_the_highest_in_nato_among_eu_members_named_is_still_natos(ds: Dataset) -> None:
    # near miss: allies only, in NATO (https://politico.eu/article/most-eu-countries-still-miss-nato-defense-spending-
    # target-annual-report, 15 March 2018)
    text = "The U.S., meanwhile, was by far the biggest spender, investing 3.57 percent of its GDP into defense."
    [r] = _kind(ds, text, "2018-03-15", "ranking")
    assert r.verdict == "accurate", r.explanation


def test_a_per_capita_rank_says_so_even_beside_an_expectation(ds: Dataset) -> None:
    # https://www.indy100.com/viral/the-european-countries-that-spend-the-most-on-their-military-7305131 (2016):
    # "would expect" is no projection of the place found; the field (Russia) and the measure are not held
    text = (
        "While many would expect somewhere like Russia to have the highest spending, Marian found that Norway topped "
        "the list at $1,147 (USD) per capita."
    )
    [r] = _kind(ds, text, "2016-05-01", "ranking")
    assert r.verdict == "unverifiable" and "projection" not in r.explanation, r.explanation


# ------------------------------------------------------------------------------------------------ more places
def test_a_place_opening_the_sentence(ds: Dataset) -> None:
    # https://www.starsinsider.com/amp/801471
    text = "Second on the table, Estonia's defense expenditure as a share of its GDP was 3.43%, or $1,437,000."
    [r] = _kind(ds, text, "2024-12-01", "ranking")
    assert (r.fields["countries"], r.fields["rank"], r.verdict) == (["EST"], 2, "accurate")


def test_followed_by_after_the_highest_is_the_next_place(ds: Dataset) -> None:
    # https://www.ekathimerini.com/news/210145/greece-has-second-highest-rate-of-defense-spending-in-nato/ (July 2016)
    text = (
        "The country with the highest spending as a proportion of GDP is the US, with 3.61 percent, followed by "
        "Greece with 2.38 percent."
    )
    ranks = _kind(ds, text, "2016-07-05", "ranking")
    assert [(r.fields["countries"], r.verdict) for r in ranks] == [(["USA"], "accurate"), (["GRC"], "accurate")]


def test_the_most_recent_year_is_no_place(ds: Dataset) -> None:
    # the class of "the most recent year" read as rank 1 (last round's audit)
    text = "In the most recent year, spending rose to 4.1% of GDP in Poland."
    assert not _kind(ds, text, "2025-06-01", "ranking")
    [share] = _kind(ds, text, "2025-06-01", "share_gdp")
    # the gate abstains: "rose" says the level rose, which no rule checked
    assert share.verdict == "unverifiable" and share.figures_verdict == "accurate"
    assert "rose" in share.unread


# ------------------------------------------------------------------------------------------------ negation, scope
def test_a_negated_place_is_not_judged_as_the_place(ds: Dataset) -> None:
    # https://news.indzs.com/collective-defence-who-leads-nato-in-defence-spending-by-gdp-it-s-not-the-united-states-
    # 475387.html (2026): "it is not the US that tops the table" was read as the US first, and contradicted
    text = (
        "According to Nato estimates for 2025, it is not the US that tops the table for defence spending as a "
        "percentage of GDP."
    )
    [r] = _kind(ds, text, "2026-07-07", "ranking")
    assert r.fields["negated"] and r.verdict == "unverifiable" and "negated" in r.explanation


def test_not_only_the_biggest_is_the_biggest(ds: Dataset) -> None:
    # near miss: "not only" negates nothing
    text = "Poland is not only the biggest spender in NATO relative to GDP, it also spends 4.1%."
    [r] = _kind(ds, text, "2025-06-01", "ranking")
    # gate: neutral word not yet listed ('not', of "not only")
    assert not r.fields["negated"] and r.verdict == "unverifiable", r.explanation
    assert r.figures_verdict == "accurate" and "not" in r.unread, r.unread


def test_is_actually_second_is_a_place(ds: Dataset) -> None:
    # https://theglobalist.com/10-facts-sizing-up-natos-defense-spending (30 March 2014, SIPRI's 2012 data): no NATO
    # release held by then ranks the year
    text = (
        "Crisis-torn Greece is actually second among NATO countries in terms of defense spending as a percentage of "
        "GDP, at 2.5%."
    )
    [r] = _kind(ds, text, "2014-03-30", "ranking")
    assert (r.fields["countries"], r.fields["rank"], r.verdict) == (["GRC"], 2, "unverifiable")


def test_europes_biggest_by_sipri_is_not_settled_by_natos_european_allies(ds: Dataset) -> None:
    # https://www.globaldefensecorp.com/2025/04/29/germany-is-now-europes-top-defense-spender-reported-sipri/
    text = (
        "Germany became Europe's biggest defence spender for the first time since the end of the Cold War last year "
        "after spending billions on procurement, the Stockholm International Peace Research Institute (SIPRI) said "
        "on Monday."
    )
    [r] = _kind(ds, text, "2025-04-29", "ranking")
    assert r.fields["group_key"] == "europe" and r.verdict == "unverifiable" and "SIPRI's Europe" in r.explanation


def test_europes_biggest_unattributed_is_among_the_european_allies(ds: Dataset) -> None:
    # near miss: no SIPRI, the place is among the European allies (NATO June 2024: Germany 97.7bn, UK 82.1bn)
    [r] = _kind(ds, "Germany is Europe's biggest defence spender in NATO's figures.", "2024-12-01", "ranking")
    assert r.fields["group_key"] == "europe" and r.verdict == "accurate", r.explanation


def test_a_place_counted_with_iceland_is_not_compared(ds: Dataset) -> None:
    # https://army.ca/forums/threads/can-usa-2025-tariff-strife-split-from-various-pol-threads.149592/post-2032726
    # (2025): Canada is fifth from the bottom of the allies with a figure (June 2024), sixth counting Iceland
    text = (
        "Accuracy is important in these discussions, Canada's spending is 6th from the bottom in terms of percentage "
        "of GDP ahead of Iceland, Spain, Luxembourg, Slovenia and Belgium."
    )
    [r] = _kind(ds, text, "2025-02-15", "ranking")
    assert r.verdict == "unverifiable" and "Iceland" in r.explanation


def test_a_place_from_the_bottom_without_iceland_is_judged(ds: Dataset) -> None:
    # near miss: no Iceland named, so the place is compared (fifth from the bottom in June 2024)
    text = "Canada's spending is 5th from the bottom in terms of percentage of GDP."
    [r] = _kind(ds, text, "2025-02-15", "ranking")
    assert r.verdict == "accurate", r.explanation


def test_the_largest_share_given_in_money_ranks_by_money(ds: Dataset) -> None:
    # https://www.businessinsider.com/how-much-every-nato-member-spends-on-military-in-2014-2015-2 (2015): a share
    # of the allies' total in dollars is no share of GDP (no release by then ranks 2014, so unverifiable)
    text = (
        "Across the pond, Britain captured the second largest share with $55 billion (£36 billion) invested in its "
        "armed forces."
    )
    [r] = _kind(ds, text, "2015-02-15", "ranking")
    assert (r.fields["rank"], r.fields["metric"], r.verdict) == (2, "usd_current_m", "unverifiable")


def test_the_largest_share_of_gdp_with_money_beside_is_still_by_share(ds: Dataset) -> None:
    # near miss: the share is of GDP
    text = "Poland has the largest share of GDP in NATO, spending $35 billion."
    [r] = _kind(ds, text, "2024-12-01", "ranking")
    assert r.fields["metric"] == "share_gdp"


def test_the_largest_spending_were_a_list_is_the_top_of_that_size(ds: Dataset) -> None:
    # https://9colonne.it/512400/defense-spending-under-the-spotlight-italy-spain-and-belgium-fall-short-of-the-nato-
    # target (2025): the five named are the top five, not Poland alone
    text = (
        "The NATO countries with the largest military spending were Poland (3.83 percent), the United States (3.36 "
        "percent), Greece (3.23 percent), Estonia (2.87 percent), and Lithuania (2.72 percent), all of which exceeded "
        "the threshold."
    )
    [r] = _kind(ds, text, "2025-02-15", "ranking")
    assert r.fields["countries"] == ["POL", "USA", "GRC", "EST", "LTU"] and r.fields["rank"] == 5


def test_second_only_to_names_the_one_ahead(ds: Dataset) -> None:
    # the form of gumbumper.com (2017, "second only to the U.S.") with the July 2016 figures of ekathimerini.com
    text = "Greece spends 2.38% of GDP on defence, second only to the US."
    [r] = _kind(ds, text, "2016-07-05", "ranking")
    assert (r.fields["countries"], r.fields["rank"], r.fields["others"]) == (["GRC"], 2, ["USA"])
    assert r.verdict == "accurate", r.explanation


def test_second_only_to_with_no_measure_abstains(ds: Dataset) -> None:
    # near miss: "in defence spending" says neither share nor money
    [r] = _kind(ds, "Poland is second only to the US in defence spending.", "2024-12-01", "ranking")
    assert r.verdict == "unverifiable" and "Cannot tell what the rank" in r.explanation


def test_the_eus_biggest_is_not_a_nato_place(ds: Dataset) -> None:
    # the EU field in possessive form (Germany is second among all allies, first among the EU's NATO members)
    [r] = _kind(ds, "Germany is the EU's biggest military spender.", "2024-12-01", "ranking")
    assert r.verdict == "unverifiable" and "the EU's" in r.explanation
