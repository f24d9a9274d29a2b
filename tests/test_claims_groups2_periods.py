"""Shares of GDP said of a period, of a group of allies, or in plain forms that were missed (branch groups2).

- A share said of a named period ("during the Cold War", "in the 1980s", "the late 1940s and early 1950s") is about
  many years (claims/periods.named_period): `unverifiable`, naming the period and, when NATO's figures held start
  after it, saying none covers it; never judged as the latest year's figure. A year of its own in the clause wins.
- A bar missed over a span of years ("has lagged behind the 2% target for years") is about many years too.
- NATO's aggregates: "NATO Europe", "the European total", "NATO allies in Europe" are the European allies' aggregate,
  judged on European Allies and Canada (the aggregate NATO publishes) only where a release held by the date has it
  (aggregate shares of GDP are held from nato-2024-06).
- "Germany, a NATO ally, spends ..." (one ally in apposition) and "..., to say nothing of the rest of the world, ..."
  (an aside) do not take the figure from the ally named.
"""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.claims.reading import describe
from natospend.store.dataset import Dataset


def _shares(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp"]


# foreman.hms.harvard.edu/uk-defence-spending-since-1945 (undated page, read as of 2025)
LATE_1940S = (
    "In the aftermath of World War II, the UK’s defence spending remained high, driven by the need to maintain a "
    "strong military presence in the face of the emerging Cold War. The country’s defence expenditure accounted for "
    "around 10% of its GDP during the late 1940s and early 1950s."
)


def test_a_share_said_of_decades_is_a_period_not_the_latest_year(ds: Dataset) -> None:
    (r,) = _shares(ds, LATE_1940S, "2025-01-01")
    assert r.verdict == "unverifiable"
    assert r.fields["countries"] == ["GBR"] and r.fields["year"] is None
    assert "'during the late 1940s and early 1950s' is a period (1946-1953)" in r.explanation
    assert "none covers the period" in r.explanation
    assert "the years 1946-1953" in describe(r.kind, r.fields)


# reaction.life/britain-defence-spending/ (Iain Martin, Reaction; "Today, we're at 2.3%", read as of 2025)
VANGUARD_1986 = (
    "In 1986 when Margaret Thatcher laid the keel of HMS Vanguard, the first of the new generation of submarines "
    "updating Britain’s independent nuclear deterrent, the UK spent 4.8% of its GDP, economic output, on defence."
)


def test_a_year_of_its_own_is_judged_as_that_year(ds: Dataset) -> None:
    # the near miss: a year, not a period (and with "the height of the Cold War" said in the next sentence)
    (r,) = _shares(ds, VANGUARD_1986 + " That was at the height of the Cold War.", "2025-01-15")
    assert (r.verdict, r.fields["year"]) == ("unverifiable", 1986)
    assert "holds United Kingdom's defence expenditure as a share of GDP in 1986" in r.explanation


# dfnihf8fcqrzv.cloudfront.net/the-hill/dov-s-zakheim-opinion-contributor/germany-promised-to-double-defense-
# spending-now-it-must-deliver/183795841 (The Hill, Dov Zakheim, March 2022)
SINCE_END_OF_COLD_WAR = (
    "The end of the Cold War resulted in a precipitous decline in defense expenditures on the part of a now-united "
    "Germany."
)


def test_the_end_of_the_cold_war_as_an_event_is_no_period_claim(ds: Dataset) -> None:
    assert _shares(ds, SINCE_END_OF_COLD_WAR, "2022-03-01") == []


# coolsportnews.com/?p=3384 (the Hague summit, 24 June 2025)
EXCLUDING_THE_US = (
    "NATO’s overall defense spending, excluding the US, has increased from 1.4% of GDP in 2014 to 2% by 2024, "
    "despite some countries lagging behind."
)


def test_a_level_reached_by_a_year_is_that_years_aggregate(ds: Dataset) -> None:
    start, end = _shares(ds, EXCLUDING_THE_US, "2025-06-24")
    first = (start.fields["countries"], start.fields["year"], start.figures_verdict)
    assert first == (["NATO_EUROPE_CANADA"], 2014, "accurate")
    # the gate abstains: "has increased" claims a rise, which the level does not check
    assert start.verdict == "unverifiable" and "increased" in start.unread
    # "to 2% by 2024": the level of 2024 (nato-2024-06 2.02), not of 2014; left open as the Annual Report 2024 is
    # held only in part
    assert (end.fields["countries"], end.fields["year"]) == (["NATO_EUROPE_CANADA"], 2024)
    assert end.verdict == "unverifiable" and "2.02% in nato-2024-06" in end.explanation


def test_a_pledge_by_a_year_stays_a_pledge(ds: Dataset) -> None:
    # the near miss: "agreed to ... by 2024" is a deadline
    (r,) = check_text(ds, "Allies agreed to increase spending to 2% of GDP by 2024.", as_of="2025-06-24")
    assert (r.kind, r.fields["deadline"]) == ("pledge", 2024)


# euro-sd.com/2024/02/major-news/36592/nato-sec-gen-lauds-spend-rise/ (15 February 2024)
ALLIES_IN_EUROPE = "NATO Allies in Europe invested 1.47% of their collective GDP in defence in 2014."


def test_allies_in_europe_are_a_group_whose_aggregate_is_not_yet_held(ds: Dataset) -> None:
    (r,) = _shares(ds, ALLIES_IN_EUROPE, "2024-02-15")
    assert (r.fields["countries"], r.fields["year"], r.verdict) == (["NATO_EUROPE_CANADA"], 2014, "unverifiable")
    assert "No NATO release in the dataset published by 2024-02-15 holds NATO Europe and Canada" in r.explanation


def test_allies_in_europe_and_canada_stay_that_aggregate(ds: Dataset) -> None:
    # the near miss: with Canada named it is European Allies and Canada outright, judged once NATO published it
    (r,) = _shares(ds, "NATO Allies in Europe and Canada invested 1.43% of their GDP in defence in 2014.", "2024-07-01")
    assert (r.fields["countries"], r.verdict) == (["NATO_EUROPE_CANADA"], "accurate")


# No published "lagged behind ... for years" was found in the time (searches of pages); these two are constructed
# from the verbs of the class ("lags behind", "for years"), a guard for the false `accurate` main gave: the pledge
# register's can-2pct-fy2025 matched "Canada has lagged behind the 2% target for years".
LAGGED_FOR_YEARS = "Canada has lagged behind the 2% target for years."


def test_a_bar_missed_for_years_is_about_many_years(ds: Dataset) -> None:
    (r,) = _shares(ds, LAGGED_FOR_YEARS, "2023-07-25")
    assert (r.verdict, r.fields["comparator"]) == ("unverifiable", "lt")
    assert "'for years' makes this shortfall a statement about a span of years" in r.explanation


def test_a_bar_missed_now_is_judged(ds: Dataset) -> None:
    (r,) = _shares(ds, "Canada lags behind the 2% target.", "2023-07-25")
    assert (r.verdict, r.fields["comparator"]) == ("accurate", "lt")  # nato-2023-07 CAN 2023e 1.38
