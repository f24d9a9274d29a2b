"""Falling short of a pledged level, in the forms a recall audit of published articles found the checker missing or
misreading (issue 10, classes 3 and 5): a noun or a split verb of failing ("its failure to meet the goal of spending
2%", "has failed for years to"), a shortfall said of a span of years, a prospect of missing a pledge ("could again
miss its target of 2% next year": a forecast, not the pledge), a participle that is no refusal ("the trend of
declining defence budgets"), a pledge whose sentence names Russia or Ukraine in an aside, and "all NATO member
countries agreed" as who pledged, not a count. Sentences are from published articles (address beside each), not from
the corpus. Register entries used: wales-2014-2pct (2014-09-05), vilnius-2023-2pct (2023-07-11)."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.claims.negation import below_by_refusal, refusal_span
from natospend.store.dataset import Dataset


def _at(sentence: str, figure: str) -> tuple[int, int]:
    at = sentence.index(figure)
    return at, at + len(figure)


# ------------------------------------------------------------------------------------------------ negation stage
@pytest.mark.parametrize(
    ("sentence", "figure", "below", "span"),
    [
        # https://dailytimes.com.pk/1322097/germany-to-boost-defense-spending-to-3-5-of-gdp-by-2029/
        (
            "Germany has faced criticism for years due to its failure to meet the previous NATO goal of spending 2% "
            "of GDP on defense.",
            "2%",
            True,
            "for years",
        ),
        # https://www.euronews.com/2017/02/14/nato-chief-urges-allies-to-deliver-on-spending-promises : no span
        (
            "But several countries still failed to meet the pre-agreed target of 2 percent of GDP on defence, Jens "
            "Stoltenberg revealed on Tuesday.",
            "2 percent",
            True,
            None,
        ),
        # http://34.80.245.248/content_html/2018-06-15/6e6d973c153c5c3cf94ad86a91bd05a5.html (AP): no failing at all
        ("Chancellor Angela Merkel says Germany is committed to the NATO target of spending 2 percent of a country's "
         "gross domestic product on defense, but is realistic about reaching it.", "2 percent", False, None),
    ],
)  # fmt: skip
def test_failing_to_reach_a_level(sentence: str, figure: str, below: bool, span: str | None) -> None:
    assert below_by_refusal(sentence, *_at(sentence, figure)) is below
    why = refusal_span(sentence, *_at(sentence, figure))
    assert (why is None) if span is None else (why is not None and f"'{span}'" in why)


# ------------------------------------------------------------------------------------------------ verdicts
def _results(ds: Dataset, text: str, as_of: str) -> list[tuple[str, str, list[str], str, str]]:
    return [
        (r.kind, r.verdict, list(r.fields.get("countries") or []), str(r.fields.get("comparator")), r.explanation)
        for r in check_text(ds, text, as_of=as_of)
    ]


def test_a_failure_over_years_is_not_settled_by_one_year(ds: Dataset) -> None:
    # https://dailytimes.com.pk/1322097/germany-to-boost-defense-spending-to-3-5-of-gdp-by-2029/ (2025-06-24)
    # Germany spent 2.10% in 2024 (nato-2025-04): read as "Germany spends 2%" this was a false `accurate`; read as
    # "below 2%" of 2024 alone it would be `inaccurate`. The sentence is about the years before.
    [(kind, verdict, countries, comparator, why)] = _results(
        ds,
        "Germany has faced criticism for years due to its failure to meet the previous NATO goal of spending 2% of "
        "GDP on defense.",
        "2025-06-24",
    )
    assert (kind, verdict, countries, comparator) == ("share_gdp", "unverifiable", ["DEU"], "lt"), why
    assert "for years" in why


@pytest.mark.parametrize(
    ("text", "as_of", "cue"),
    [
        # The form of a withheld article named in the lead's brief, written anew: a possibility about the future.
        ("Germany could again miss its target of spending 2% of GDP on defence next year, as announced by Scholz.",
         "2023-08-20", "could"),
        # https://www.dailyherald.com/?p=172669 (headline "Report suggests Germany may miss defense spending
        # target"), with the figure of its body: the 2 percent NATO members agreed in 2014
        ("Germany may miss its 2 percent target next year.", "2018-03-06", "may"),
    ],
)  # fmt: skip
def test_a_prospect_of_missing_a_pledge_is_a_forecast(ds: Dataset, text: str, as_of: str, cue: str) -> None:
    [(kind, verdict, countries, comparator, why)] = _results(ds, text, as_of)
    assert (kind, verdict, countries, comparator) == ("pledge", "unverifiable", ["DEU"], "lt"), why
    assert f"'{cue}'" in why and "forecast" in why
    assert "vilnius" not in why and "wales" not in why  # not settled by a pledge it does not state


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # https://commonslibrary.parliament.uk/research-briefings/sn06981/ : "declining" names budgets, it refuses
        # nothing (was `unverifiable`, "a refusal (declining)")
        ("Allies agreed to reverse the trend of declining defence budgets and aim towards the NATO guideline of "
         "spending 2% of GDP on defence expenditure within a decade.", "2014-09-10"),
        # http://uk.reuters.com/article/ukraine-crisis-defence-idUKL5N0R41S220140905 : Russia and Ukraine named in an
        # aside; the alliance, named nearer the figure, pledged it (was no claim: "about Russia's, not an ally")
        ("NATO leaders, jolted by Russia's military action in Ukraine, agreed on Friday to stop cutting military "
         "spending and aim to move towards the alliance's target of spending two percent of economic output on "
         "defence within a decade.", "2014-09-05"),
        # https://defence-industry.eu/government-of-norway-plans-to-meet-natos-2-goal-by-2026/ : who pledged, not
        # a count of allies at 2% (was `inaccurate`, "3 allies at or above 2%")
        ("In 2014, all NATO member countries agreed to meet the 2 % of GDP defence investment guideline by 2024.",
         "2023-05-03"),
    ],
)  # fmt: skip
def test_the_wales_pledge_as_the_world_states_it(ds: Dataset, text: str, as_of: str) -> None:
    found = _results(ds, text, as_of)
    assert [(k, v, c) for k, v, c, _, _ in found] == [("pledge", "accurate", ["ALL"])], found
    assert "wales-2014-2pct" in found[0][4]


def test_all_allies_renewing_their_pledge_is_who_pledged_not_a_count(ds: Dataset) -> None:
    # https://theepochtimes.com/world/trudeau-says-canada-expects-to-meet-natos-defence-spending-target-by-2023-post-5684409
    # (2024-07-11): was a count, `inaccurate` ("23 allies at or above 2%"); the Vilnius floor covers Canada.
    found = _results(
        ds,
        "All NATO allies, including Canada, renewed their pledge last summer to spend at least 2 percent of the "
        "country’s GDP on defence.",
        "2024-07-11",
    )
    assert [(k, v) for k, v, *_ in found] == [("pledge", "accurate")], found
    assert "vilnius-2023-2pct" in found[0][4]
