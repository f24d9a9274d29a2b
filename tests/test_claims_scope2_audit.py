"""Numbers that are no spending claim, and levels only approached (branch scope2, issue 10 classes 9 and 5), from an
audit on whole fresh articles that are not in the corpus: a poll's share of respondents, aid as a share of gross
national income (and the other figure of its pair), aid budgets, one purchase of weapons, a count set apart by
"unlike", and "on the verge of" / "far from" meeting a level, which is being below it."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text
from natospend.claims.facts import ClaimResult
from natospend.claims.mentions import find_mentions
from natospend.claims.negation import below_by_refusal, denied_report
from natospend.claims.scope import out_of_scope
from natospend.store.dataset import Dataset


def _frames(results: list[ClaimResult]) -> list[tuple[str, list[str], str | None]]:
    return [(r.kind, r.fields.get("countries") or [], r.fields.get("value_text")) for r in results]


def _reason(sentence: str, figure: str, kind: str = "share_gdp") -> str | None:
    at = sentence.index(figure)
    return out_of_scope(sentence, at, at + len(figure), [], kind)


# sputnikglobe.com, 8 June 2017 (poll on defence spending in Italy, Germany, France and the UK)
SPUTNIK_UK = (
    "In the United Kingdom, which, unlike the other three countries, allocates more than 2 percent of its GDP to "
    "defense, 54 percent of respondents supported maintaining military spending at the same level, while 25 percent "
    "were against it."
)
# todaytimeslive.com, June 2025 (ECFR survey before the Hague summit)
TODAYTIMES_DE = "In Germany, 47 percent of the respondents support higher defense expenditure."


# ------------------------------------------------------------------------------------------------ polls
@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (SPUTNIK_UK, "54 percent"),  # the people a share is of, right after it
        (SPUTNIK_UK, "25 percent"),  # a bare figure in a sentence that reports a poll
        (TODAYTIMES_DE, "47 percent"),
        # defenceconnect.com.au, June 2024 (NATO's pre-summit poll)
        (
            "A poll conducted across the 32 NATO countries has highlighted strong support for the alliance, while 76 "
            "per cent of respondents called for maintained or increased defence spending.",
            "76 per cent",
        ),
    ],
)
def test_a_polls_share_of_respondents_is_no_claim(sentence: str, figure: str) -> None:
    assert _reason(sentence, figure) == "a poll's share of the people it asked, not of GDP"


def test_a_share_of_gdp_in_a_poll_sentence_stays(ds: Dataset) -> None:
    """The same sentence's 2 percent names GDP; and a level of spending said in a poll story is still a claim."""
    assert _reason(SPUTNIK_UK, "2 percent") is None
    near_miss = "The survey was published as Germany spent 2.1 percent of GDP on defence in 2024."  # constructed
    assert _reason(near_miss, "2.1 percent") is None
    assert [(k, c) for k, c, _ in _frames(check_text(ds, near_miss, as_of="2025-06-23"))] == [("share_gdp", ["DEU"])]


def test_election_polls_are_no_opinion_poll(ds: Dataset) -> None:
    """ "the polls" are elections too: a pledge said beside them stays (constructed near-miss)."""
    results = check_text(ds, "Ahead of the polls, Labour pledged 2.5 percent for defence.", as_of="2024-07-10")
    assert [(r.kind, r.fields.get("value_text")) for r in results] == [("pledge", "2.5 percent")]


def test_poll_article_keeps_its_spending_claims(ds: Dataset) -> None:
    """sputnikglobe.com (8 June 2017): no poll figure becomes the UK's share of GDP; the count of allies at 2%
    and the US's rank stay, judged against the 2016 estimates."""
    text = (
        f"{SPUTNIK_UK}\nThe survey was carried out on April 21-25 among 2,302 respondents, aged 18 and older.\n"
        "Only a handful of NATO members have reached the 2-percent target as of 2016. The United States is the top "
        "spender, allocating over 3.6 percent of its GDP on defense, followed by Greece, the United Kingdom, "
        "Estonia and Poland."
    )
    results = check_text(ds, text, as_of="2017-06-08")
    assert not [r for r in results if r.fields.get("value_text") in ("54 percent", "25 percent")]
    assert not [r for r in results if r.fields.get("value_text") == "three countries"]  # "unlike the other three"
    count = next(r for r in results if r.kind == "count")
    # vintage rule (2): the SG Annual Report 2016 (2017-03-13), not held, may have revised EST, FRA, POL, GBR
    assert (count.fields.get("year"), count.verdict) == (2016, "unverifiable")
    assert "may have revised" in count.explanation and "5 allies at or above 2% in nato-2016-07" in count.explanation
    ranking = next(r for r in results if r.kind == "ranking")
    assert (ranking.fields.get("countries"), ranking.verdict) == (["USA"], "accurate")


def test_a_count_in_a_poll_sentence_is_no_claim(ds: Dataset) -> None:
    """defenceconnect.com.au (June 2024): "the 32 NATO countries" the poll was held in was a count of allies at 76%."""
    sentence = (
        "A poll conducted across the 32 NATO countries has highlighted strong support for the alliance, while 76 "
        "per cent of respondents called for maintained or increased defence spending."
    )
    assert check_text(ds, sentence, as_of="2024-06-18") == []


def test_survey_percentages_of_an_ally_are_no_claims(ds: Dataset) -> None:
    """todaytimeslive.com (June 2025): "47 percent of the respondents" was Germany's share of GDP, inaccurate."""
    assert check_text(ds, TODAYTIMES_DE, as_of="2025-06-23") == []


# ------------------------------------------------------------------------------------------------ aid, GNI
# newswire.com.pk, 27 February 2025 (UK to reduce aid to 0.3% of gross national income from 2027)
NEWSWIRE = [
    "London: On 25 February 2025, the Prime Minister, Keir Starmer, announced that the UK would raise its defence "
    "spending to 2.6% of gross domestic product (GDP) in 2027 (including spending by the intelligence services) and "
    "set a target for defence spending to reach 3% of GDP in the next Parliament.",
    'The Prime Minister said the government would "fully fund our increased investment in defence" by reducing aid '
    "spending from 0.5% of gross national income (GNI) to 0.3% in 2027.",
    "UK aid spending was previously reduced from 0.7% to 0.5% of GNI in 2021 in response to the effects of the "
    "covid-19 pandemic on the UK economy.",
]


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        (NEWSWIRE[1], "0.3%", "pledge"),  # "from 0.5% of GNI ... to 0.3%"
        (NEWSWIRE[2], "0.7%", "share_gdp"),  # "from 0.7% to 0.5% of GNI"
        # sabiniax.online, 26 February 2025 (Starmer's aid cut)
        (
            "Its current level of 0.5% of gross national income will be reduced to 0.3% in the next two years.",
            "0.3%",
            "share_gdp",
        ),
        # theguardian.com, 25 November 2020 (UK foreign aid budget cut)
        (
            "Britain's overseas aid budget is to be cut from 0.7% of gross national income to 0.5%, slicing more "
            "than £4bn from the annual package.",
            "0.5%",
            "share_gdp",
        ),
    ],
)
def test_the_other_figure_of_a_gni_pair_is_no_share_of_gdp(sentence: str, figure: str, kind: str) -> None:
    assert _reason(sentence, figure, kind) == "a share of a base other than GDP (the other figure of its pair names it)"


@pytest.mark.parametrize(
    ("sentence", "figure", "aid"),
    [
        # theguardian.com, 25 November 2020
        (
            "Britain's overseas aid budget is to be cut from 0.7% of gross national income to 0.5%, slicing more "
            "than £4bn from the annual package.",
            "£4bn",
            "overseas aid",
        ),
        (
            "The aid budget in this financial year is being cut by £2.9bn due to the sharp decline in growth.",
            "£2.9bn",
            "aid budget",
        ),
        # newswire.com.pk, 27 February 2025
        (
            "UK aid spending in 2023, the most recent year for which figures are available, was £15.3 billion.",
            "£15.3 billion",
            "aid spending",
        ),
    ],
)
def test_aid_is_not_defence_spending(sentence: str, figure: str, aid: str) -> None:
    assert _reason(sentence, figure, "total_spending") == f"{aid}: not defence spending"


def test_aid_cut_to_fund_defence_keeps_the_defence_figure() -> None:
    """A word of defence between the aid and the figure: the figure is defence spending's."""
    assert _reason("Starmer will cut aid to raise defence spending to 2.5% of GDP by 2027.", "2.5%", "pledge") is None


def test_aid_article_keeps_the_uk_pledges_only(ds: Dataset) -> None:
    """newswire.com.pk: the aid figures were a UK share of GDP (inaccurate) and a 0.3% national plan."""
    results = check_text(ds, "\n".join(NEWSWIRE), as_of="2025-02-27")
    assert [(r.kind, r.fields.get("countries"), r.fields.get("value_text"), r.verdict) for r in results] == [
        ("pledge", ["GBR"], "2.6%", "accurate"),
        ("pledge", ["GBR"], "3%", "accurate"),
    ]


# ------------------------------------------------------------------------------------------------ purchases
# truenorthnews.app, 13 October 2025 (Poland boosts defense amid Russian drone incursions)
TRUENORTH = (
    "- Poland purchased approximately $50 billion in U.S. weapons across 2023–2024 and has ~210,000 military "
    "personnel (third largest in NATO)"
)


def test_one_purchase_is_not_total_spending(ds: Dataset) -> None:
    assert _reason(TRUENORTH, "$50 billion", "total_spending") == "one purchase, not a year's defence spending"
    lead = (
        "Warsaw has lifted defense spending to 4.7% of GDP in 2025 (planning 4.8% in 2026), grown its forces to about "
        "210,000—now the third largest in NATO—and bought about $50 billion in U.S. weapons in 2023–2024."
    )
    assert _reason(lead, "$50 billion", "total_spending") == "one purchase, not a year's defence spending"
    results = check_text(ds, lead, as_of="2025-10-13")
    assert not [r for r in results if r.kind == "total_spending"]
    # Warsaw's own figures stay: the national 4.7% beside NATO's estimate, the 2026 budget's 4.8%
    frames = [(r.kind, r.fields.get("countries"), r.fields.get("value_text"), r.verdict) for r in results]
    assert ("share_gdp", ["POL"], "4.7%", "different_measure") in frames
    assert ("pledge", ["POL"], "4.8%", "accurate") in frames


def test_a_yearly_amount_is_not_a_purchase() -> None:
    """No purchase verb before it, no goods after it: Poland's year of defence spending."""
    sentence = "Poland spent about $35 billion on defence in 2024."
    assert _reason(sentence, "$35 billion", "total_spending") is None


# ------------------------------------------------------------------------------------------------ approaching a level
@pytest.mark.parametrize(
    "sentence",
    [
        # briefly.co, July 2024 (the countries short-changing NATO the most)
        "In contrast, smaller NATO nations like Croatia and Portugal are on the verge of meeting the 2% target, "
        "showcasing a different approach to balancing national expenditures and international commitments.",
        # the same list, negated outright
        "Croatia and Portugal have not met the 2% target.",
    ],
)
def test_a_named_list_short_of_a_level_is_below_it(ds: Dataset, sentence: str) -> None:
    """Croatia (1.81%) and Portugal (1.55%) were both below 2% in NATO's June 2024 estimates; the list was read as
    meeting it (inaccurate)."""
    results = check_text(ds, sentence, as_of="2024-07-10")
    if sentence.startswith("In contrast"):
        # the gate abstains: "nations like Croatia and Portugal" gives examples of a group no rule counts
        got = [(r.kind, r.fields.get("members"), r.verdict, r.figures_verdict) for r in results]
        assert got == [("count", ["HRV", "PRT"], "unverifiable", "accurate")]
        assert "like" in results[0].unread
        return
    assert [(r.kind, r.fields.get("members"), r.verdict) for r in results] == [("count", ["HRV", "PRT"], "accurate")]


def test_a_named_list_meeting_a_level_is_still_judged_so(ds: Dataset) -> None:
    results = check_text(ds, "Croatia and Portugal have met the 2% target.", as_of="2024-07-10")
    assert [(r.kind, r.verdict) for r in results] == [("count", "inaccurate")]


def test_far_from_reaching_is_below() -> None:
    # a constructed pair: "far from" before a verb of meeting makes the figure a level the ally stays below
    sentence = "Italy is far from reaching the 2% target."
    at = sentence.index("2%")
    assert below_by_refusal(sentence, at, at + 2)
    plain = "Italy is reaching the 2% target."
    assert not below_by_refusal(plain, plain.index("2%"), plain.index("2%") + 2)


# ------------------------------------------------------------------------------------------------ the allies but the US
# tengele.com, 24 June 2025 (Nine NATO countries miss defence spending targets)
TENGELE = (
    "The 2% target lacks legal binding, relying on political pressure, which has increased spending overall from "
    "1.4% in 2014 to 2% in 2024 (excluding the US)."
)


def test_spending_excluding_the_us_is_europe_and_canadas(ds: Dataset) -> None:
    """NATO's European allies and Canada: 1.41% of GDP in 2014 (nato-2025-04 holds it), about 2% in 2024."""
    results = check_text(ds, TENGELE, as_of="2025-06-24")
    shares = [
        (r.fields.get("countries"), r.fields.get("value_text"), r.fields.get("year"))
        for r in results
        if r.kind == "share_gdp"
    ]
    assert shares == [(["NATO_EUROPE_CANADA"], "1.4%", 2014), (["NATO_EUROPE_CANADA"], "2%", 2024)]
    first = next(r for r in results if r.fields.get("year") == 2014)
    assert first.figures_verdict == "accurate"
    # the gate abstains: "has increased spending" claims a rise (and its cause), which the level does not check
    assert first.verdict == "unverifiable" and "increased" in first.unread


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("NATO allies excluding the United States spent 2% of GDP in 2024.", ["NATO_EUROPE_CANADA"]),
        ("The alliance's spending without the US reached 2% of GDP in 2024.", ["NATO_EUROPE_CANADA"]),
        # a bare "without the US" inside a clause leaves the US itself named (constructed near-miss)
        ("Europe cannot defend itself without the US, which spent 3.19% of GDP in 2024.", ["USA"]),
    ],
)
def test_the_us_left_out(sentence: str, codes: list[str]) -> None:
    found = [m.code for m in find_mentions(sentence, date(2025, 6, 24)) if m.code not in (None, "ALL")]
    assert found == codes


# ------------------------------------------------------------------------------------------------ denied reports
# hotair.com, 1 April 2017 (Germany pushes back on Trump's NATO demands)
HOTAIR = (
    "Its guidelines say members should lean towards a 2 percent spending, but it is at no point written that this is "
    "a fixed goal and that every member state should invest 2 percent of its GDP in defense."
)


def test_a_denied_statement_is_no_claim(ds: Dataset) -> None:
    """The count 'every member state should invest 2 percent' was judged accurate against the Wales pledge."""
    second = HOTAIR.rindex("2 percent")
    assert denied_report(HOTAIR, second) == "is at no point written that"
    assert denied_report(HOTAIR, HOTAIR.index("2 percent")) is None  # before the denial: the guidelines' own words
    assert not [r for r in check_text(ds, HOTAIR, as_of="2017-04-01") if r.verdict == "accurate"]


def test_a_rejected_report_is_still_the_reporters_claim() -> None:
    """cnbc.com (12 July 2018): Trump's claim, which Macron denied, is checked as Trump's; no denial frame."""
    cnbc = (
        "According to AP, French President Emmanuel Macron denied Trump's claim that the allies had agreed to boost "
        "defense spending beyond 2 percent of GDP."
    )
    assert denied_report(cnbc, cnbc.index("2 percent")) is None


def test_the_speakers_own_figure_after_a_denial_stays() -> None:
    """A participle after the denied statement starts the speaker's own predicate (constructed near-miss)."""
    sentence = "It is not true that spending will fall, adding that Germany will spend 2 percent in 2024."
    assert denied_report(sentence, sentence.index("2 percent")) is None
