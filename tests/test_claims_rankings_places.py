"""Rankings read in more of the ways reporting writes them (issue 10, classes 1, 2 and 6): places counted from the
bottom ("ranked last", "in penultimate place"), the allies listed at one end ("Bringing up the rear are ..."), "among
the allies dedicating the smallest shares", ranks by the equipment share, a rank whose measure the next sentence
gives, and ranks that abstain when the measure cannot be told.

Published figures the verdicts rest on: NATO July 2016 (2016 shares of GDP: Luxembourg 0.44, Belgium 0.85, Spain 0.91,
Slovenia 0.94, Canada 0.99, Czech Republic 1.04; Canada 22nd of 27 with a figure), July 2023 (2023: Luxembourg 0.72,
Belgium 1.13, Spain 1.26, Turkey 1.31, Slovenia 1.35, Canada 1.38, Italy 1.46), June 2024 (2024: Poland 4.12 ...
Romania 2.25 tenth ... Italy 1.49, Canada 1.37, Belgium 1.30, Slovenia and Luxembourg 1.29, Spain 1.28; equipment
shares for 2021: Luxembourg 39.6, Greece 37.2, Hungary 36.4) and the August 2025 transcription (20 allies for 2025,
Spain 2.00 the lowest of them)."""

from __future__ import annotations

import pytest

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _ranking(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = [r for r in check_text(ds, text, as_of=as_of) if r.kind == "ranking"]
    assert len(found) == 1, [(r.kind, r.span.text, r.verdict) for r in check_text(ds, text, as_of=as_of)]
    return found[0]


# ------------------------------------------------------------------------------------------------ from the bottom
@pytest.mark.parametrize(
    ("text", "as_of", "country", "rank", "verdict"),
    [
        # dev (Olive Press, 18 June 2024): the measure is in the next sentence, said of the same ally
        (
            "SPAIN has been ranked last of the 32 countries in NATO for military spending in the latest data from "
            "the transatlantic alliance. Spending just 1.28% of its GDP on its armed forces, Spain falls some way "
            "short of the 2% commitment.",
            "2024-06-18",
            "ESP",
            1,
            "accurate",
        ),
        (
            "Luxembourg came last among NATO allies in 2016, spending 0.44% of GDP on defence.",
            "2016-08-01",
            "LUX",
            1,
            "accurate",
        ),
        (
            "Belgium ranked last of the allies in 2016 by defence spending as a share of GDP.",
            "2016-08-01",
            "BEL",
            1,
            "inaccurate",
        ),
        (
            "In 2016 Belgium was in penultimate place among NATO allies for defence spending as a share of GDP, "
            "ahead of Luxembourg.",
            "2016-08-01",
            "BEL",
            2,
            "accurate",
        ),
        ("By share of GDP, Canada was second to last in NATO in 2016.", "2016-08-01", "CAN", 2, "inaccurate"),
        # among the European allies (no US, no Canada): Italy fifth from the bottom in 2024
        (
            "Italy is in penultimate place in Europe for defence spending as a share of GDP.",
            "2024-07-01",
            "ITA",
            2,
            "inaccurate",
        ),
    ],
)
def test_place_counted_from_the_bottom(
    ds: Dataset, text: str, as_of: str, country: str, rank: int, verdict: str
) -> None:
    r = _ranking(ds, text, as_of)
    assert r.fields["countries"] == [country] and r.fields["rank"] == rank and r.fields["rank_order"] == "lowest"
    assert r.fields["metric"] == "share_gdp" and r.verdict == verdict, r.explanation
    if "Europe" in text:
        assert r.fields["group_key"] == "europe" and "among 29 European Allies" in r.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Belgium is still at the bottom of the defence spending ranking, in penultimate place, ahead of Luxembourg.",
        # the next sentence gives the ally's spending in money, not a share: the rank's measure stays open
        "Spain has been ranked last in NATO for military spending. It is estimated to spend €20 billion in 2024.",
    ],
)
def test_place_with_no_measure_abstains_saying_so(ds: Dataset, text: str) -> None:
    r = _ranking(ds, text, "2024-07-01")
    assert r.verdict == "unverifiable" and "names neither a share of GDP nor spending in money" in r.explanation


# ------------------------------------------------------------------------------------------------ at one end
def test_the_allies_bringing_up_the_rear_dev_sentence(ds: Dataset) -> None:
    # dev (Reuters, 8 July 2023), with the blank line the page put inside the sentence
    text = (
        "Bringing up the rear are Canada, Slovenia, Turkey, Spain, Belgium, and Luxembourg, whose defense spending "
        "is currently\n\nbelow 1.4 percent of GDP."
    )
    r = _ranking(ds, text, "2023-07-08")
    assert r.fields["countries"] == ["CAN", "SVN", "TUR", "ESP", "BEL", "LUX"] and r.fields["rank"] == 6
    assert r.verdict == "accurate", r.explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Bringing up the rear in 2016 were Luxembourg, Belgium and Spain, by defence spending as a share of GDP.",
            "accurate",
        ),
        # Canada was fifth from the bottom, not among the three lowest
        (
            "Bringing up the rear in 2016 were Luxembourg, Belgium and Canada, by defence spending as a share of GDP.",
            "inaccurate",
        ),
    ],
)
def test_the_allies_at_one_end_are_as_many_places_as_named(ds: Dataset, text: str, verdict: str) -> None:
    r = _ranking(ds, text, "2016-08-01")
    assert r.fields["rank"] == 3 and r.verdict == verdict, r.explanation


# The "read every word" gate's abstentions in the table below (text -> a word it names); the table gives the verdict
# of the figures.
_AMONG_GATED = {
    # gate: neutral word not yet listed ('places', 'shares')
    "The report places Spain among the allies dedicating the smallest shares of GDP to defence.": "places",
}


# ------------------------------------------------------------------------------------------------ among the lowest
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The report places Spain among the allies dedicating the smallest shares of GDP to defence.", "accurate"),
        ("Poland is among the NATO countries that spend the highest percentage of GDP on defence.", "accurate"),
        ("Italy is among the NATO members with the highest share of GDP spent on defence.", "inaccurate"),  # 26th
        ("Romania is among the allies that spend the highest share of GDP on defence.", "unverifiable"),  # 10th
    ],
)
def test_among_one_end_of_no_stated_size(ds: Dataset, text: str, verdict: str) -> None:
    r = _ranking(ds, text, "2024-07-01")
    if text in _AMONG_GATED:  # the table's verdict is then the figures'
        assert r.fields["metric"] == "share_gdp" and r.verdict == "unverifiable", r.explanation
        assert r.figures_verdict == verdict and _AMONG_GATED[text] in r.unread, r.unread
        return
    assert r.fields["metric"] == "share_gdp" and r.verdict == verdict, r.explanation
    if verdict == "unverifiable":
        assert "names no place" in r.explanation


def test_among_the_lowest_in_a_partial_release_names_the_missing_allies(ds: Dataset) -> None:
    # dev (28 August 2025): Spain is the lowest of the 20 allies transcribed, 11 are missing
    r = _ranking(
        ds,
        "The assessment places Spain among the allies dedicating the smallest shares of GDP to defence.",
        "2025-08-28",
    )
    assert r.verdict == "unverifiable" and "11 without a figure (" in r.explanation, r.explanation


# ------------------------------------------------------------------------------------------------ by which measure
def test_rank_by_spending_on_armaments_is_an_equipment_rank(ds: Dataset) -> None:
    # dev (11 June 2021): no equipment shares for 2021 were out; the allies after "after" are all ahead of Greece
    text = (
        "In 2021, Greece will meet the second criterion too, that of spending on armaments, recording 38.5% and "
        "being in the third highest position in this category of expenditure, after Croatia and Luxembourg."
    )
    r = _ranking(ds, text, "2021-06-11")
    assert r.fields["metric"] == "equipment_share" and r.fields["countries"] == ["GRC"]
    assert r.verdict == "unverifiable", r.explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 2021 Greece ranked second in NATO for equipment spending, behind Luxembourg.", "accurate"),
        ("In 2021 Greece ranked third in NATO for equipment spending, after Luxembourg and Hungary.", "inaccurate"),
    ],
)
def test_equipment_rank_against_the_equipment_table(ds: Dataset, text: str, verdict: str) -> None:
    r = _ranking(ds, text, "2024-07-01")
    assert r.fields["metric"] == "equipment_share" and r.fields["countries"] == ["GRC"]
    assert r.verdict == verdict, r.explanation


def test_rank_naming_two_measures_abstains(ds: Dataset) -> None:
    text = "Poland spends 4.1% of GDP on defence and over half of that on equipment, the highest share in NATO."
    r = _ranking(ds, text, "2024-07-01")
    assert r.verdict == "unverifiable" and "names two measures" in r.explanation, r.explanation


# The "read every word" gate's abstentions in the table below (text -> a word it names); the table gives the verdict
# of the figures.
_HALF_GATED = {
    # gate: neutral word not yet listed ('when', 'rest': "when compared to the rest of the alliance"; 'compared' is
    # now read)
    "A new NATO report says Canada saw a small bump in defence spending last year, but also notes that the country "
    "remains in the bottom half when compared to the rest of the military alliance. The report says Canada spent "
    "just over one per cent of its GDP on the military last year.": "rest",
}


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # dev (Global News, 13 March 2017)
        (
            "A new NATO report says Canada saw a small bump in defence spending last year, but also notes that the "
            "country remains in the bottom half when compared to the rest of the military alliance. The report says "
            "Canada spent just over one per cent of its GDP on the military last year.",
            "2017-03-13",
            "accurate",
        ),
        (
            "In 2016 Canada stayed in the bottom half of the alliance on defence spending. It spent 0.99% of its GDP.",
            "2016-08-01",
            "accurate",
        ),
        (
            "In 2016 Canada stayed in the top half of the alliance on defence spending. It spent 0.99% of its GDP.",
            "2016-08-01",
            "inaccurate",
        ),
    ],
)
def test_half_takes_the_measure_of_the_next_sentence(ds: Dataset, text: str, as_of: str, verdict: str) -> None:
    r = _ranking(ds, text, as_of)
    if text in _HALF_GATED:  # the table's verdict is then the figures'
        assert r.fields["metric"] == "share_gdp" and r.verdict == "unverifiable", r.explanation
        assert r.figures_verdict == verdict and _HALF_GATED[text] in r.unread, r.unread
        return
    assert r.fields["metric"] == "share_gdp" and r.verdict == verdict, r.explanation


def test_a_share_of_something_else_is_not_a_rank_by_share_of_gdp(ds: Dataset) -> None:
    text = "Spain ranks last in NATO for the share of women in its armed forces."
    assert [r for r in check_text(ds, text, as_of="2024-07-01") if r.kind == "ranking"] == []
    r = _ranking(ds, "Spain ranks last in NATO by the share of its economy spent on defence.", "2024-07-01")
    assert r.fields["metric"] == "share_gdp" and r.verdict == "accurate", r.explanation


def test_among_the_lowest_of_something_else_is_not_a_rank(ds: Dataset) -> None:
    text = "Germany is among the countries with the lowest unemployment, and it spends 2.1% of GDP on defence."
    assert [r for r in check_text(ds, text, as_of="2024-07-01") if r.kind == "ranking"] == []


@pytest.mark.parametrize(
    ("as_of", "verdict", "says"),
    [
        # the dev sentence's construction (17 February 2017): nato-2016-07 held no US$ figures, so no rank by money
        ("2017-02-14", "unverifiable", "No complete NATO release published by 2017-02-14 ranks the allies"),
        # June 2024, US$: the US 967,707, Germany 97,686, the UK 82,107: third in NATO, not second
        ("2024-07-01", "inaccurate", "among 31 allies"),
    ],
)
def test_second_largest_budget_in_nato_is_by_money_among_all_allies(
    ds: Dataset, as_of: str, verdict: str, says: str
) -> None:
    text = "Britain's defence budget is the biggest in Europe and the second largest in Nato."
    r = _ranking(ds, text, as_of)
    assert r.fields["metric"] == "usd_current_m" and r.fields["rank"] == 2 and "group_key" not in r.fields
    assert r.verdict == verdict and says in r.explanation, r.explanation


def test_second_largest_budget_in_europe_is_among_the_european_allies(ds: Dataset) -> None:
    r = _ranking(ds, "France has the second largest defence budget in Europe.", "2024-07-01")
    assert r.fields["group_key"] == "europe" and r.verdict == "inaccurate" and "29 European Allies" in r.explanation
