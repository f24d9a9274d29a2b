"""Shares of GDP said with a rank or a change (claims/shares.py): the figure a leader or a ranked ally comes "with"
is its own, not a count's threshold; the figure a change started from ("up from 1.88% just a decade prior") is an
earlier year's, or left open when the sentence does not say which; a share "of total Nato outlay" is the
alliance's. Sentences are from published articles outside the corpus (address above each); figures are NATO's
releases in the embedded dataset."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _by_value(ds: Dataset, text: str, as_of: str, kind: str = "share_gdp") -> dict[float, ClaimResult]:
    return {r.fields["value"]: r for r in check_text(ds, text, as_of=as_of) if r.kind == kind}


def test_a_leaders_figure_is_its_own(ds: Dataset) -> None:
    # https://censor.net/en/news/3495309/it_became_known_who_spends_more_on_defence (June 2024; nato-2024-06)
    text = (
        "Poland ranks first in terms of spending relative to the size of the economy (4.12% of GDP), Estonia is "
        "second (3.43%), followed by the United States (3.38%), Latvia (3.15%) and Greece (3.08%)."
    )
    found = _by_value(ds, text, "2024-06-19")
    # the ranks ("ranks first", "is second") are read (a ranking claim checks Poland's), so the figures' verdicts stand
    assert {v: (r.fields["countries"], r.verdict) for v, r in found.items()} == {
        4.12: (["POL"], "accurate"),
        3.43: (["EST"], "accurate"),
        3.38: (["USA"], "accurate"),
        3.15: (["LVA"], "accurate"),
        3.08: (["GRC"], "accurate"),
    }
    assert found[4.12].unread == [] and found[3.43].unread == []
    # https://caliber.az/en/post/poland-tops-nato-defence-contributions-with-4-2-of-gdp (January 2025)
    uk = _by_value(ds, "The UK is placed ninth, with a spending rate of 2.3%.", "2025-01-15")[2.3]
    assert (uk.fields["countries"], uk.verdict) == (["GBR"], "accurate")
    # https://nato.news-pravda.com/all/55066 (after nato-2025-08: POL 2025e 4.48)
    poland = _by_value(ds, "Poland leads with 4.48% of GDP.", "2025-08-29")[4.48]
    assert (poland.fields["countries"], poland.verdict) == (["POL"], "unverifiable")  # the gate: its lead
    assert poland.figures_verdict == "accurate" and "leads" in poland.unread


def test_a_figure_led_with_over_a_group_is_not_a_count(ds: Dataset) -> None:
    # Our wording of a form the corpus has ("led all members with 4.12%"; "ranks 28th out of 30 NATO countries,
    # with a rate of 1.18 percent"): a count reads the group and the figure as "allies at 4.12%"; the figure is
    # the leader's (nato-2024-06: POL 2024e 4.12; nato-2023-03: BEL 2022e 1.18).
    led = _by_value(ds, "Poland led all NATO members with 4.12% of GDP spent on defence.", "2024-07-01")[4.12]
    # the figure is Poland's and holds; its lead ("led") is read (a ranking claim checks it)
    assert (led.fields["countries"], led.verdict) == (["POL"], "accurate")
    assert led.unread == []
    ranked = _by_value(ds, "Belgium ranks 28th out of 30 NATO countries, with a rate of 1.18 percent.", "2023-03-22")
    assert (ranked[1.18].fields["countries"], ranked[1.18].verdict) == (["BEL"], "accurate")
    # The figure after the leader's comes with the allies that follow, not with the leader.
    text = "The United States led the 30 NATO nations in defense spending, relative to GDP, with 3.87 percent."
    us = _by_value(ds, text, "2020-10-21")[3.87]
    assert us.fields["countries"] == ["USA"]


def test_the_figure_a_change_started_from_is_an_earlier_years(ds: Dataset) -> None:
    # https://www.sherwood.news/world/nato-allies-agree-5-defense-spending-target-which-countries-spend-most-poland
    # (June 2025): 1.88 is Poland's 2014 share (nato-2024-06), a decade before "last year"
    text = (
        "NATO recently estimated that Poland, which shares a western border with Ukraine, saw the largest share of "
        "its GDP spent on defense last year at 4.12% — up from 1.88% just a decade prior."
    )
    start = _by_value(ds, text, "2025-06-25")[1.88]
    # the gate abstains: "just a decade prior" (which gives the year 2014) is not marked read; the figure holds
    assert (start.fields["countries"], start.fields["year"], start.verdict) == (["POL"], 2014, "unverifiable")
    assert start.figures_verdict == "accurate" and "decade" in start.unread
    # The same article: "down from 3.71%" names no year of its own: no claim (the list reader drops an undated
    # earlier level), so it is not judged as 2024's figure.
    text = (
        "In second place was Russian neighbor Estonia (3.43%), while the US, long renowned for its defense budget, "
        "clocked in at 3.38% — making it the only NATO member country to actually decrease the share of GDP spent "
        "on military operations in the last 10 years, down from 3.71%."
    )
    assert 3.71 not in _by_value(ds, text, "2025-06-25")


def test_a_share_of_total_nato_outlay_is_the_alliances(ds: Dataset) -> None:
    # https://news.indzs.com/collective-defence-who-leads-nato-in-defence-spending-by-gdp-it-s-not-the-united-states-475387.html
    text = "The US spent roughly $980bn (£720bn) on defence last year – around 62% of total Nato outlay."
    assert 62.0 not in _by_value(ds, text, "2026-01-10")
    share = _by_value(ds, text, "2026-01-10", "alliance_share")[62.0]
    assert share.fields["countries"] == ["USA"] and share.verdict != "inaccurate"
