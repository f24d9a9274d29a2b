"""Lists and verbless forms read from real published sentences that are not in the corpus (issue 10, class 1): each
list item its own claim and span, a price base that is not the list's year, "(2% of GDP in both)", a share of
something other than GDP that leaves the next list without a measure, a table of years for one ally, and the level a
change started from, which is a claim only when its year is told. Verdicts against the embedded dataset's NATO
releases (nato-2016-07: USA 3.61, GRC 2.38, GBR 2.21, EST 2.16, POL 2.00 for 2016e; nato-2023-07 and nato-2025-08
as printed in the sentences below)."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.claims.lists import find_items, plausible
from natospend.claims.tables import find_year_rows
from natospend.store.dataset import Dataset

Row = tuple[str, tuple[str, ...], float | None, int | None, str, str]


def _shares(ds: Dataset, text: str, as_of: str, kinds: tuple[str, ...] = ("share_gdp",)) -> list[Row]:
    """(kind, countries, value, year, verdict, span text) of the claims of `kinds`, in reading order."""
    return [
        (r.kind, tuple(r.fields["countries"]), r.fields.get("value"), r.fields.get("year"), r.verdict, r.span.text)
        for r in check_text(ds, text, as_of=as_of)
        if r.kind in kinds
    ]


# https://from-the-white-cliffs.co.uk/greece-exceeds-nato-spending-target/ (July 2016)
WHITE_CLIFFS = (
    "Obama has congratulated Greece on being one of only five NATO members to meet the requirement for a member "
    "country to spend at least 2% of its GDP on defence.\n\n"
    "The five countries according to figures based on 2010 prices and exchange rates:\n\n"
    "  1. US 3.61%\n  2. Greece 2.38%\n  3. UK 2.21%\n  4. Estonia 2.16%\n  5. Poland 2%\n"
)


def test_a_price_base_in_a_lists_header_is_not_its_year(ds: Dataset) -> None:
    got = _shares(ds, WHITE_CLIFFS, "2016-07-08")
    assert [(c, v, s) for _, (c,), v, _, _, s in got] == [
        ("USA", 3.61, "US 3.61%"),
        ("GRC", 2.38, "Greece 2.38%"),
        ("GBR", 2.21, "UK 2.21%"),
        ("EST", 2.16, "Estonia 2.16%"),
        ("POL", 2.0, "Poland 2%"),
    ]
    # "based on 2010 prices" is the price base: the figures are NATO's 2016 estimates, not 2010's.
    assert {year for *_, year, _, _ in got} == {None}
    assert {verdict for *_, verdict, _ in got} == {"accurate"}


# https://bnn-news.com/eurostat-latvia-has-the-largest-expenses-on-defence-from-gdp-in-the-european-union-210993
BNN_EUROSTAT = (
    "Data was compiled for 2018. After Latvia comes Estonia and Greece (2% of GDP in both), Cyprus and Britain, the "
    "latter was a member state of the bloc at the time of data review (1.9% in both), and France (1.8%).\n\n"
    "In Latvia these expenditures reach 5.5% of the country’s general expenditures (5.1% in Lithuania and 5.2% in "
    "Estonia).\n\n"
    "After Baltic States there is Romania (4.8%), Britain (4.6%), as well as Cyprus and Greece (4.3%), whereas the "
    "lowest volumes are found in Luxembourg (1.1%) and Ireland (1.2%)."
)


def test_a_figure_in_both_or_each_is_every_allys_joined_before_it(ds: Dataset) -> None:
    got = {(c, v): s for _, (c,), v, _, _, s in _shares(ds, BNN_EUROSTAT, "2020-03-03")}
    assert got[("EST", 2.0)] == "Estonia and Greece (2% of GDP in both)"
    assert got[("GRC", 2.0)] == "Greece (2% of GDP in both)"
    assert got[("FRA", 1.8)] == "France (1.8%)"
    # Britain's figure is Britain's (Cyprus, not an ally, shares it).
    assert got[("GBR", 1.9)].endswith("(1.9% in both)")


def test_after_a_share_of_other_spending_a_list_has_no_measure(ds: Dataset) -> None:
    got = _shares(ds, BNN_EUROSTAT, "2020-03-03")
    third = BNN_EUROSTAT.rsplit("\n\n", 1)[1]
    # "Romania (4.8%), Britain (4.6%)" are shares of government spending, like the sentence before: not of GDP.
    assert not [g for g in got if g[-1] in third]


# https://defence-ua.com (NATO's 2025 estimates, August 2025); https://www.personsmissing.org/index-1578.html
DEFENCE_UA = (
    "At the top in terms of GDP share for defense is Poland with 4.48%, followed by all three Baltic republics: "
    "Lithuania at 4%, Latvia at 3.73%, and Estonia at 3.38%."
)
STATISTA_2025 = (
    "Defense expenditures of NATO member states as a share of GDP 2025\n"
    "In 2025, Poland's defense spending as a share of gross domestic product was 4.48 percent, the highest of all "
    "NATO member states, followed by Lithuania at four percent, and then Latvia at 3.73 percent."
)


def test_a_list_after_a_colon_one_claim_an_item(ds: Dataset) -> None:
    got = _shares(ds, DEFENCE_UA, "2025-09-01")
    assert [(c, v, s) for _, (c,), v, _, _, s in got] == [
        ("POL", 4.48, "Poland with 4.48%"),
        ("LTU", 4.0, "Lithuania at 4%"),
        ("LVA", 3.73, "Latvia at 3.73%"),
        ("EST", 3.38, "Estonia at 3.38%"),
    ]
    assert {g[4] for g in got} == {"accurate"}


def test_the_highest_of_all_allies_is_a_rank_not_a_share_of_the_alliance(ds: Dataset) -> None:
    got = _shares(ds, STATISTA_2025, "2025-09-01", ("share_gdp", "alliance_share"))
    assert [(k, c, v, y) for k, (c,), v, y, _, _ in got] == [
        ("share_gdp", "POL", 4.48, 2025),
        ("share_gdp", "LTU", 4.0, 2025),
        ("share_gdp", "LVA", 3.73, 2025),
    ]


# https://stevemaclellan.com/global-military-spending-at-levels-not-seen-since (CBC News, SIPRI 2019)
CBC_RESPECTIVELY = (
    "Britain and France, the two other largest economies in Europe, spent 1.8 per cent and 2.3 per cent of GDP "
    "respectively on defence in 2018."
)
# The same CBC story as that page printed it, every line wrapped (https://stevemaclellan.com/...).
CBC_WRAPPED = (
    "Canada’s expenditure equalled 1.3 per cent of\nGDP, according to the measurement.\nBritain and France, the two\n"
    "other largest economies in Europe, spent 1.8 per cent and 2.3 per cent\nof GDP respectively on defence in 2018."
)


def test_a_sentence_wrapped_over_lines_is_one_sentence(ds: Dataset) -> None:
    got = _shares(ds, CBC_WRAPPED, "2019-04-29")
    assert [(c, v, y) for _, (c,), v, y, _, _ in got] == [("CAN", 1.3, None), ("GBR", 1.8, 2018), ("FRA", 2.3, 2018)]
    assert got[0][-1] == "Canada’s expenditure equalled 1.3 per cent of\nGDP, according to the measurement."
    # (Constructed) a list wrapped after a comma is one sentence too: its measure, at the end, is every item's.
    text = (
        "Poland (4.12%), Estonia (3.43%),\nLatvia (3.15%) and Greece (3.08%) spend most on defence as a share of GDP."
    )
    got = _shares(ds, text, "2024-07-01")
    assert [(c, v, verdict) for _, (c,), v, _, verdict, _ in got] == [
        ("POL", 4.12, "accurate"),
        ("EST", 3.43, "accurate"),
        ("LVA", 3.15, "accurate"),
        ("GRC", 3.08, "accurate"),
    ]


# https://estonianworld.com/security/estonia-one-two-european-nato-members-reach-2-defence-spending-target/
ESTONIAN_WORLD = (
    "The UK almost met the goal with 1.98%, and Poland – a country that in 2015 managed to spend 2.1% – only used "
    "1.9% of its GDP on defence in 2016, according to the think tank’s Military Balance 2017 report."
)


def test_paired_figures_and_an_aside_each_get_their_own_span(ds: Dataset) -> None:
    got = _shares(ds, CBC_RESPECTIVELY, "2019-04-29")
    assert [(c, v, y) for _, (c,), v, y, _, _ in got] == [("GBR", 1.8, 2018), ("FRA", 2.3, 2018)]
    assert got[0][-1].endswith("spent 1.8 per cent") and "1.8" not in got[1][-1]
    got = _shares(ds, ESTONIAN_WORLD, "2017-02-20")
    # (Which year the UK's 1.98% is, the aside's or the sentence's, is not this stage's: not asserted.)
    assert [(c, v) for _, (c,), v, _, _, _ in got] == [("GBR", 1.98), ("POL", 2.1), ("POL", 1.9)]
    assert [(y, s) for *_, y, _, s in got[1:]] == [
        (2015, "a country that in 2015 managed to spend 2.1%"),
        (
            2016,
            "only used 1.9% of its GDP on defence in 2016, according to the think tank’s Military Balance 2017 report.",
        ),
    ]


# https://www.standard.co.uk (PA fact check, 8 January 2026): a dash aside with no figure is part of its clause.
PA_FACT_CHECK = (
    "The last time spending on defence was above 3% of the UK's gross domestic product (GDP) was in 1994. In 1979, "
    "defence spending was at 4.7% of GDP; in 1990 it was 4%; in 1992 it had hit 3.9% and by 1997 – when the "
    "Conservatives left power – it was 2.6%."
)


def test_a_dash_aside_without_a_figure_does_not_cut_the_clause(ds: Dataset) -> None:
    spans = {v: s for _, _, v, _, _, s in _shares(ds, PA_FACT_CHECK, "2026-01-08")}
    assert spans[3.9] == "in 1992 it had hit 3.9%"
    assert spans[2.6] == "by 1997 – when the Conservatives left power – it was 2.6%."


# http://46.235.172.94/Archive/arch-45000-45499/GN45478T_words_EN.txt (Graphic News, July 2023): two year columns,
# every line break lost.
GRAPHIC_NEWS_2023 = (
    "Defence expenditure, change 2014-2023 2014 2023 (% share of GDP, based on 2015 prices and exchange rates) "
    "1 2 3 4 Poland 1.88 3.90 U.S. 3.49 3.72 Greece 2.22 3.01 Estonia 1.93 2.73 Lithuania 0.88 2.54 "
    "Spain 0.92 1.26 Belgium 0.97 1.13 Luxembourg 0.37 0.72 2% NATO guideline"
)


def test_rows_of_two_year_columns(ds: Dataset) -> None:
    got = _shares(ds, GRAPHIC_NEWS_2023, "2023-07-10")
    assert [(c, v, y, s) for _, (c,), v, y, _, s in got[:4]] == [
        ("POL", 1.88, 2014, "Poland 1.88"),
        ("POL", 3.9, 2023, "3.90"),
        ("USA", 3.49, 2014, "U.S. 3.49"),
        ("USA", 3.72, 2023, "3.72"),
    ]
    verdicts = {(c, y): verdict for _, (c,), _, y, verdict, _ in got}
    # NATO's 2023 estimates (nato-2023-07): Poland 3.90, Greece 3.01, Estonia 2.73; the chart swapped the US columns.
    assert [verdicts[(c, 2023)] for c in ("POL", "GRC", "EST", "USA")] == ["accurate"] * 3 + ["inaccurate"]


# https://icds.ee/en/defence-spending-who-is-doing-what-april-2024/ (ICDS, April 2024): its table of named columns,
# each header cell on one line (footnote marks, the long-term and priorities columns left out).
ICDS_TABLE = (
    "The table below gathers data on the Allies’ recent defence expenditure and their longer-term expectations.\n"
    "Ally | 2014 Defence Expenditure %age GDP | 2023 (estimates) Defence Expenditure %age GDP | 2014 Equipment "
    "Expenditure % of Defence budget | 2023 (estimates) Equipment Expenditure % of Defence budget\n"
    "Albania | 1.35% | 1.72% | 16.7% | 25.2%\nBelgium | 0.97% | 1.21% | 3.5% | 20.2%\n"
    "Bulgaria | 1.31% | 1.87% | 1.0% | 29.3%\nCanada | 1.01% | 1.33% | 13.0% | 14.4%\n"
    "Croatia | 1.82% | 1.75% | 5.6% | 23.9%\n"
)


def test_each_named_column_has_its_own_measure_and_year(ds: Dataset) -> None:
    got = _shares(ds, ICDS_TABLE, "2024-04-15", ("share_gdp", "equipment_share"))
    assert [(k, c, v, y, s) for k, (c,), v, y, _, s in got[:4]] == [
        ("share_gdp", "ALB", 1.35, 2014, "Albania | 1.35"),
        ("share_gdp", "ALB", 1.72, 2023, "1.72"),
        ("equipment_share", "ALB", 16.7, 2014, "16.7"),
        ("equipment_share", "ALB", 25.2, 2023, "25.2"),
    ]
    assert len(got) == 20 and not [g for g in got if g[0] == "share_gdp" and g[2] > 5]
    # NATO's 2023 estimates as published by then: Albania 1.72, Belgium 1.21, Bulgaria 1.87, Canada 1.33, Croatia 1.75.
    assert {(c, v): verdict for k, (c,), v, y, verdict, _ in got if k == "share_gdp" and y == 2023} == {
        ("ALB", 1.72): "accurate",
        ("BEL", 1.21): "accurate",
        ("BGR", 1.87): "accurate",
        ("CAN", 1.33): "accurate",
        ("HRV", 1.75): "accurate",
    }


# The Think Defence post of July 2015 (dev corpus): a table of years under a caption naming the measure, no ally.
THINK_DEFENCE = (
    "The NATO reported figures for the past several years are shown in the table below;\n\n"
    "Year Percentage of GDP spent on Defence\n1985 5.2\n1986 4.9\n1987 4.6\n1988 3.2\n"
)


def test_a_table_of_years_whose_ally_cannot_be_told(ds: Dataset) -> None:
    results = [r for r in check_text(ds, THINK_DEFENCE, as_of="2015-07-09") if r.kind == "share_gdp"]
    assert [(r.span.text, r.fields["year"], r.fields["value"]) for r in results] == [
        ("1985 5.2", 1985, 5.2),
        ("1986 4.9", 1986, 4.9),
        ("1987 4.6", 1987, 4.6),
        ("1988 3.2", 1988, 3.2),
    ]
    assert {r.verdict for r in results} == {"unverifiable"}
    assert all("Cannot tell which ally" in r.explanation for r in results)


def test_a_table_of_years_for_the_ally_its_caption_names(ds: Dataset) -> None:
    text = "UK defence expenditure as a share of GDP\nYear  %\n2012  2.2\n2013  2.2\n2014  2.2\n"
    results = [r for r in check_text(ds, text, as_of="2015-07-09") if r.kind == "share_gdp"]
    assert [(r.fields["countries"], r.fields["year"], r.span.text) for r in results] == [
        (["GBR"], 2012, "2012  2.2"),
        (["GBR"], 2013, "2013  2.2"),
        (["GBR"], 2014, "2014  2.2"),
    ]
    # Each row is judged as the same figure stated in a sentence would be.
    for r in results:
        said = f"The UK spent 2.2% of GDP on defence in {r.fields['year']}."
        (alone,) = [x for x in check_text(ds, said, as_of="2015-07-09") if x.kind == "share_gdp"]
        assert (r.verdict, r.explanation) == (alone.verdict, alone.explanation)


# https://api.parliament.uk/historic-hansard/written_answers/1994/jul/20/defence-spending: money by fiscal year.
HANSARD_1994 = (
    "The information is as follows:\n\n£000\n1970–71 16,467\n1971–72 17,015\n1972–73 18,815\n1973–74 19,668\n"
)


@pytest.mark.parametrize(
    "text",
    [
        HANSARD_1994,
        # the same rows under a caption that names no measure
        "Year Defence spending\n1985 5.2\n1986 4.9\n1987 4.6\n",
        # a change, not a level
        "Change in UK defence spending as a share of GDP\n2014 0.1\n2015 -0.2\n2016 0.1\n",
    ],
    ids=["money by fiscal year", "no measure", "changes"],
)
def test_a_table_of_years_whose_measure_is_not_a_share_gives_no_claim(text: str) -> None:
    assert find_year_rows(text) == []


# https://www.julianlewis.net (Telegraph, 24 December 2017); https://chatnewstoday.ca (Canadian Press, 29 Nov. 2019)
TELEGRAPH = (
    "Britain's defence spending has been falling for decades. Since the end of the Cold War, spending has fallen "
    "from 3.8 per cent of GDP, to just 2.2 per cent."
)


def test_the_level_a_change_started_from_needs_a_year(ds: Dataset) -> None:
    assert not [g for g in _shares(ds, TELEGRAPH, "2017-12-24") if g[2] == 3.8]
    # Constructed contrast: the same change with and without the earlier level's year.
    text = "Italy spends 1.5% of GDP on defence, down from 1.6%."
    assert [(c, v) for _, (c,), v, *_ in _shares(ds, text, "2024-07-01")] == [("ITA", 1.5)]
    text = "Italy spent 1.49% of GDP on defence in 2024, down from 1.5% in 2023."
    assert [(c, v, y) for _, (c,), v, y, _, _ in _shares(ds, text, "2024-07-01")] == [
        ("ITA", 1.49, 2024),
        ("ITA", 1.5, 2023),
    ]


def test_a_decade_earlier_than_now_is_not_counted_from_the_sentence_before(ds: Dataset) -> None:
    # Constructed from the forms above ("well below the 4.1% of 1989" names its year; "now" does not).
    text = (
        "Britain spends 2.3% of GDP on defence, well below the 4.1% of 1989. "
        "France now spends 2.06% of GDP on defence, up from 1.82% a decade earlier."
    )
    got = {v: y for _, _, v, y, _, _ in _shares(ds, text, "2024-07-01")}
    assert got[4.1] == 1989
    assert got[2.06] is None  # now, not 1979
    assert 1.82 not in got or got[1.82] is None


# https://pledgetimes.com/national-defense-sipri-last-year-finlands-military-spending-grew-the-most-in-60-years/
# (24 April 2023, SIPRI's figures for 2022)
SIPRI_CHANGES = (
    "Lithuania (adjusted for inflation +27 percent), Sweden (+12 percent) and Poland (+11 percent) also increased "
    "their military spending."
)


def test_signed_figures_in_brackets_are_changes(ds: Dataset) -> None:
    got = _shares(ds, SIPRI_CHANGES, "2023-04-24", ("share_gdp", "real_growth"))
    assert [(k, c, v, s) for k, (c,), v, _, _, s in got] == [
        ("real_growth", "LTU", 27.0, "Lithuania (adjusted for inflation +27 percent)"),
        ("real_growth", "SWE", 12.0, "Sweden (+12 percent)"),
        ("real_growth", "POL", 11.0, "Poland (+11 percent)"),
    ]
    # SIPRI's real changes of 2022 (Lithuania 26.7% in sipri-2023-04), not NATO's: named as such.
    assert got[0][4] == "different_measure"


def test_a_signed_figure_is_never_a_share() -> None:
    (item,) = find_items("Sweden (+12 percent)")
    assert (item.code, item.value, item.signed) == ("SWE", 12.0, True)
    assert plausible("real_growth", item) and not plausible("share_gdp", item)
    (item,) = find_items("Luxembourg (48%)")
    assert not plausible("share_gdp", item) and plausible("equipment_share", item)
