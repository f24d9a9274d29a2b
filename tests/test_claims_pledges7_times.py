"""Pledge times, pledgers and counts read as pledges (pledges7). Sentences are from published articles not in the
corpus (address beside each). Register entries used: wales-2014-2pct (2014-09-05), vilnius-2023-2pct (2023-07-11),
nor-2pct-2026 (2023-05-02), nor-2pct-2024 (2024-03-14), bel-2pct-2029 (2025-02), bel-2pct-2025 (2025-03)."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.times import find_years
from natospend.store.dataset import Dataset


def _pledges(ds: Dataset, text: str, as_of: str) -> list[tuple[str, list[str], str]]:
    return [
        (r.verdict, list(r.fields.get("countries") or []), r.explanation)
        for r in check_text(ds, text, as_of=as_of)
        if r.kind == "pledge"
    ]


def test_a_time_ago_fronted_dates_the_pledge_from_the_article(ds: Dataset) -> None:
    # https://historydraft.com/story/nato/the-subsequent-2014-wales-summit/373/4379 (the Wales pledge), in the form
    # the audits found: "A decade ago, NATO members agreed to spend 2%" (was matched to Vilnius 2023)
    [(verdict, _who, why)] = _pledges(
        ds, "A decade ago, NATO members agreed to spend 2% of GDP on defence.", "2024-06-15"
    )
    assert (
        verdict == "accurate" and "wales-2014-2pct" in why and "matches the pledge register: vilnius" not in why.lower()
    )
    # near miss: ten years before a 2023 article is 2013, when no 2% pledge was made: abstain
    [(verdict, _who, why)] = _pledges(ds, "Ten years ago, allies pledged to spend 2% of GDP on defence.", "2023-06-15")
    assert verdict == "unverifiable" and "made in 2013" in why


def test_last_years_summit_is_the_summit_of_the_year_before_the_article(ds: Dataset) -> None:
    text = "At last year's summit, allies agreed to spend at least 2% of GDP every year."
    [(verdict, _who, why)] = _pledges(ds, text, "2024-06-15")
    assert verdict == "accurate" and "vilnius-2023-2pct" in why
    [(verdict, _who, why)] = _pledges(ds, text, "2025-06-15")  # 2024: no 2% pledge made then
    assert verdict == "unverifiable" and "made in 2024" in why


def test_a_year_of_joining_is_no_data_year() -> None:
    # https://whtc.com/2023/08/28/newest-nato-member-finland-to-spend-2-3-of-gdp-on-defence/ ("Finland joined the
    # alliance in April"), with its year
    years = find_years("Finland, which joined NATO in April 2023, spent 2.4% of GDP on defence.")
    assert [(y.year, y.role) for y in years] == [(2023, "event")]
    assert [y.role for y in find_years("Finland spent 2.4% of GDP on defence in 2023.")] == ["data"]  # near miss


def test_the_ally_that_leads_or_presses_is_not_who_pledges(ds: Dataset) -> None:
    # https://www.cnbc.com/2024/02/17/germanys-scholz-commits-to-spending-2percent-on-defense-over-next-10-years.html
    # (was read as the United States' share of GDP)
    text = (
        "Eighteen of the US-led military alliance's 31 members will meet the 2% spending target this year, NATO "
        "Secretary-General Jens Stoltenberg said on Wednesday."
    )
    found = check_text(ds, text, as_of="2024-02-17")
    assert not any("USA" in (r.fields.get("countries") or []) for r in found)
    assert all(r.verdict != "accurate" for r in found)
    # "amid US pressure": the alliance pledges, not the US; near miss: the ally named as the subject still pledges
    [(verdict, who, _why)] = _pledges(
        ds, "Amid US pressure, allies agreed in Vilnius to spend at least 2% of GDP.", "2024-01-01"
    )
    assert (verdict, who) == ("accurate", ["ALL"])
    [(_verdict, who, _why)] = _pledges(
        ds, "Under pressure from the United States, Canada pledged to spend 2% of GDP by 2032.", "2024-08-01"
    )
    assert who == ["CAN"]


def test_a_share_of_the_allies_is_a_count_not_a_pledge(ds: Dataset) -> None:
    for text in (
        "37% of NATO members meet the 2% target.",
        "Only a third of the bloc spends the 2% of GDP agreed in 2014.",
    ):
        assert not _pledges(ds, text, "2024-06-15"), text
    # near miss: the members as a whole still pledge
    [(verdict, who, _why)] = _pledges(ds, "NATO members agreed to spend 2% of GDP.", "2023-06-15")
    assert (verdict, who) == ("accurate", ["ALL"])


def test_norway_and_belgium_registered_plans(ds: Dataset) -> None:
    # https://www.zawya.com/en/world/uk-and-europe/norway-to-raise-defence-spending-to-2-of-gdp-by-2026-pm-says-x7oc2col
    text = (
        "Norway aims to raise its defence spending to 2% of gross domestic product (GDP) by 2026, in line with a "
        "long-held goal among members of the NATO alliance, Prime Minister Jonas Gahr Stoere said on Tuesday."
    )
    [(verdict, who, why)] = _pledges(ds, text, "2023-05-02")
    assert (verdict, who) == ("accurate", ["NOR"]) and "nor-2pct-2026" in why
    # near miss: before the plan was announced, the register holds no such pledge yet
    [(verdict, who, why)] = _pledges(ds, text, "2023-04-01")
    assert verdict != "accurate"
    # https://news.dayfr24.com/article/defense-budget-the-government-is-an-agreement-which-does-not-respect-the-objective-expected-by-nato.html
    # ("The majority agreement planned to arrive at 2% of GDP in 2029", with Belgium named)
    [(verdict, who, why)] = _pledges(
        ds, "Belgium's majority agreement planned to arrive at 2% of GDP in 2029.", "2025-06-24"
    )
    assert (verdict, who) == ("outdated", ["BEL"]) and "bel-2pct-2025" in why


def test_on_track_is_an_assessment_not_a_pledge(ds: Dataset) -> None:
    # https://www.devdiscourse.com/article/politics/3606976-natos-defense-spending-milestone-amid-rising-global-tensions
    # ("its 32 members are on track to meet a defense spending goal of 2% GDP"), in the bare form the audits found
    [(verdict, _who, why)] = _pledges(ds, "Canada is on track to reach 2% of GDP by 2032.", "2024-08-01")
    assert verdict == "unverifiable" and "assessment of progress" in why
    # near miss: the commitment itself named ("on track to meet its commitment to spend ... by 2032") is the pledge
    text = "Canada is on track to meet its commitment to spend two per cent of GDP on defence by 2032"
    [(verdict, _who, why)] = _pledges(ds, text, "2024-11-25")
    assert verdict == "accurate" and "can-2pct-2032" in why


def test_at_the_time_takes_the_year_of_the_sentence_before(ds: Dataset) -> None:
    # https://www.gnews.cz/en/policy/the-u-s-secretary-of-defense-has-again-pushed-to-increase-defense-spending
    # ("NATO member states committed in 2014 ..."), then "At the time": 2014, not the article's year
    text = "Russia annexed Crimea in 2014. At the time, only three allies spent 2% of GDP on defence."
    [r] = [r for r in check_text(ds, text, as_of="2024-06-15") if r.kind == "count"]
    # vintage (2): 3 matches nato-2019-06, but the partly held nato-2023-07 may have revised allies near 2%
    assert r.fields["year"] == 2014 and r.verdict == "unverifiable" and "may have revised" in r.explanation
    # with no year before it, abstain rather than take the article's year
    [r] = [r for r in check_text(ds, "At the time, only three allies spent 2% of GDP on defence.", as_of="2024-06-15")]
    assert r.verdict == "unverifiable" and "At the time" in r.explanation


def test_a_capital_stands_for_its_government_with_no_of_gdp(ds: Dataset) -> None:
    # https://www.devdiscourse.com/article/law-order/2568172-berlin-is-committed-to-the-2-nato-spending-target---govt-spokesperson
    # (Berlin's 2% in 2024), in the form the audits missed
    [(_verdict, who, _why)] = _pledges(ds, "Berlin aims to reach 2 percent this year.", "2024-02-20")
    assert who == ["DEU"]
    # near miss: the capital as a place is no government
    assert not _pledges(ds, "In Berlin, officials spoke of 2 percent.", "2024-02-20")
