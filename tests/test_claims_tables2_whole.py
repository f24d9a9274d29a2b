"""Lists and tables as whole articles carry them (branch tables2, an audit of 14 fresh whole articles): a ranked
table scraped with each row's rank and flag glued to the ally ("1🇵🇱 Poland4.12%"); a bulleted list a page broke
with teasers of other stories, read on past the break with the measure and year of its row above; a list whose
sentence opens on "the share of military spending" but whose figures say "of GDP"; a list item past its measure's
ceiling ("Finland (46%)" after "Luxembourg (2.1% of GDP)") is no share of GDP.

Figures: NATO June 2024 (nato-2024-06), 2024 estimates: Poland 4.12, Estonia 3.43, United Kingdom 2.33, Denmark 2.37;
NATO March 2024 (nato-2024-03), 2023: Poland 3.92, United States 3.24, Greece 3.05; NATO July 2023 (nato-2023-07),
2023 estimates: France 1.90, Germany 1.57."""

from __future__ import annotations

from datetime import date

from natospend.claims import check_text
from natospend.claims.parse import extract
from natospend.store.dataset import Dataset


def _frames(text: str, on: date) -> list[tuple[str, list[str], float | None, int | None]]:
    return [(c.kind, c.countries, c.value, c.year) for c in extract(text, on)]


# https://economicsinsider.com/nato-defense-spending (a table whose rank, flag, name and figure came out glued)
FLAGGED = """NATO Defence Spending in 2024

The following table shows the percentage of each NATO member's GDP spent on defence.

RankCountryDefence Expenditure (% of GDP)
1🇵🇱 Poland4.12%
2🇪🇪 Estonia3.43%
8🇬🇧 United Kingdom2.37%
9🇩🇰 Denmark2.33%
"""


def test_rows_with_a_rank_and_a_flag_glued_to_the_ally(ds: Dataset) -> None:
    assert _frames(FLAGGED, date(2025, 3, 1)) == [
        ("share_gdp", ["POL"], 4.12, 2024),
        ("share_gdp", ["EST"], 3.43, 2024),
        ("share_gdp", ["GBR"], 2.37, 2024),
        ("share_gdp", ["DNK"], 2.33, 2024),
    ]
    verdicts = [r.verdict for r in check_text(ds, FLAGGED, as_of="2025-03-01")]
    # the page swapped the United Kingdom's 2.33 and Denmark's 2.37
    assert verdicts == ["accurate", "accurate", "inaccurate", "inaccurate"]


def test_a_flag_before_a_name_in_a_bulleted_list() -> None:
    # our own near miss: the flag without a rank
    text = "Defence expenditure (% of GDP), 2024\n🇵🇱 Poland 4.12%\n🇪🇪 Estonia 3.43%\n"
    assert _frames(text, date(2025, 3, 1)) == [("share_gdp", ["POL"], 4.12, 2024), ("share_gdp", ["EST"], 3.43, 2024)]


# https://www.upday.com/uk/defence-spending-how-nato-countries-compare (2024-04-10): PA's list, the page's teasers of
# other stories between its first and second rows.
LEAD = (
    "Here is a list of how much was estimated to have been spent on defence by Nato countries in 2023 as a "
    "proportion of their national GDP, ranked from highest to lowest.\n\n"
    "All data comes from the latest Nato annual report.\n\n"
    "-- Poland 3.92%\n\n"
)
TEASERS = (
    "Netanyahu's approach to war against Hamas is a 'mistake,' Biden says\n"
    "Israel and Hamas are holding talks meant to bring about a ceasefire in exchange for the release of hostages.\n"
    "about 3 hours ago\n"
    "What is the Higgs boson particle?\n"
    "Professor Peter Higgs theorised about the particle and won a Nobel Prize for his work in 2013.\n"
    "about 15 hours ago\n"
)
ROWS = "-- United States 3.24%\n\n-- Greece 3.05%\n\n-- Estonia 2.89%\n"


def test_a_list_broken_by_teasers_goes_on_with_its_measure_and_year(ds: Dataset) -> None:
    assert _frames(LEAD + TEASERS + ROWS, date(2024, 4, 10)) == [
        ("share_gdp", ["POL"], 3.92, 2023),
        ("share_gdp", ["USA"], 3.24, 2023),
        ("share_gdp", ["GRC"], 3.05, 2023),
        ("share_gdp", ["EST"], 2.89, 2023),
    ]
    assert {r.verdict for r in check_text(ds, LEAD + TEASERS + ROWS, as_of="2024-04-10")} == {"accurate"}


def test_a_break_with_a_percent_figure_ends_the_list() -> None:
    # our own near miss: the text between names a share of its own; which measure the rows after it are is not known
    between = TEASERS + "Inflation rose to 3.2% in March.\n"
    assert [f for f in _frames(LEAD + between + ROWS, date(2024, 4, 10)) if f[1] != ["POL"]] == []


def test_rows_without_a_bullet_do_not_continue_a_list_above_a_break() -> None:
    # our own near miss: unbulleted rows after other text are not known to be the same list
    rows = ROWS.replace("-- ", "")
    assert [f for f in _frames(LEAD + TEASERS + rows, date(2024, 4, 10)) if f[1] != ["POL"]] == []


# https://en.topwar.ru/236228-lish-u-11-stran-nato-rashody-na-oboronu-prevyshajut-dva-procenta-ot-vvp.html (2023-07)
OLD_EUROPE = (
    'The share of military spending in the countries of "old Europe" is comparatively low - France - 1,9% of GDP, '
    "Germany - 1,6%, Spain - 1,2%."
)


def test_items_that_say_of_gdp_are_shares_of_gdp_whatever_the_sentence_opens_on(ds: Dataset) -> None:
    assert _frames(OLD_EUROPE, date(2023, 7, 10)) == [
        ("share_gdp", ["FRA"], 1.9, None),
        ("share_gdp", ["DEU"], 1.6, None),
        ("share_gdp", ["ESP"], 1.2, None),
    ]
    verdicts = {r.fields["countries"][0]: r.verdict for r in check_text(ds, OLD_EUROPE, as_of="2023-07-10")}
    assert verdicts["FRA"] == verdicts["DEU"] == "accurate"


def test_a_share_of_alliance_spending_stays_one() -> None:
    # https://www.pap.pl/en/news/news%2C1551379%2Cpoland-among-7-biggest-nato-defence-spenders.html: the cue follows
    # the figure it names
    text = "The US accounted for 70 percent of Nato's overall defence spending in 2022, followed by Britain (6 pct)."
    assert {f[0] for f in _frames(text, date(2023, 3, 22))} == {"alliance_share"}


# Our English rendering of https://www.natoaktual.cz/v-mediich/polsko-nato-investice-obrana.A250904_101613_na_media_m02
# (see tests/test_claims_carry2_measures.py), with Luxembourg's share of GDP named in the list.
EQUIPMENT = "According to the new data, Poland will allocate 54.4% of its defence budget to equipment in 2025."
MIXED = "It is followed by Luxembourg (2.1% of GDP), Finland (46%) and Lithuania (45.8%)."


def test_an_item_past_the_share_of_gdp_ceiling_is_no_share_of_gdp() -> None:
    for text in (MIXED, EQUIPMENT + " " + MIXED):
        frames = _frames(text, date(2025, 9, 4))
        assert ("share_gdp", ["LUX"], 2.1, None) in frames
        assert not [f for f in frames if f[0] == "share_gdp" and f[1] != ["LUX"]]
