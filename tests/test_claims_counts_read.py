"""Reading counts of allies (issue 10, classes 4 and 6): the noun left out, another year's count in the same
sentence, "this number", forecasts, proportions, "all but", exclusions, lists after a count, "none ... including".

Verdicts rest on NATO's published figures in the embedded dataset: June 2024 (allies at 2% or more: 10 in 2023 --
DNK, EST, FIN, GRC, HUN, LVA, LTU, POL, GBR, USA --, 23 in 2024, 4 in 2017 -- USA, GRC, GBR 2.08, EST 2.01 --, 3 in
2014 -- USA, GRC, GBR), June 2019 (7 in 2019: USA, GRC, EST, GBR, ROU, POL, LVA; 3 in 2014), June 2017 (2017e: USA
3.58, GRC 2.32, EST 2.14, GBR 2.14, ROU 2.02, POL 2.01), July 2016 (2016e: USA, GRC, GBR, EST, POL) and April 2025
(2024: highest Poland 4.07; no ally at 5%). Iceland, with no armed forces, is not counted.
"""

from __future__ import annotations

import pytest

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _counts(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "count"]


def _one(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = _counts(ds, text, as_of)
    assert len(found) == 1, [(r.span.text, r.verdict, r.fields) for r in found]
    return found[0]


# ------------------------------------------------------------------------------------------------ the noun left out
@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # Reuters headline, 22 March 2023: the SG's annual report (nato-2023-03) is held for 13 allies only
        ("NATO chief urges members to boost defence spending as only seven hit target", "2023-03-22", "unverifiable"),
        ("In 2019 only seven hit the 2% target.", "2019-06-25", "accurate"),
        ("In 2023 just ten met NATO's target of 2% of GDP.", "2024-06-18", "accurate"),
        ("In 2023 just twelve met NATO's target of 2% of GDP.", "2024-06-18", "inaccurate"),
    ],
)
def test_a_count_with_its_noun_left_out(ds: Dataset, text: str, as_of: str, verdict: str) -> None:
    r = _one(ds, text, as_of)
    assert r.verdict == verdict, r.explanation


def test_a_count_with_no_noun_takes_the_threshold_of_the_count_before(ds: Dataset) -> None:
    found = _counts(ds, "In 2024, 23 allies met the 2% target. Just three did so in 2014.", "2024-06-18")
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == [
        (2024, 23.0, "accurate"),
        (2014, 3.0, "accurate"),
    ]


def test_a_number_before_a_verb_with_no_target_is_no_count(ds: Dataset) -> None:
    assert not _counts(ds, "Only seven hit the road to Brussels in 2019.", "2019-06-25")


# ------------------------------------------------------------------------------------------------ another year's count
def test_a_count_against_another_year_is_two_claims(ds: Dataset) -> None:
    # https://www.theolivepress.es (18 June 2024)
    text = (
        "Last year, only ten alliance members met the threshold, compared to just three in 2014 when the commitment "
        "was made at a summit in Wales."
    )
    found = _counts(ds, text, "2024-06-18")
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == [
        (2023, 10.0, "accurate"),
        (2014, 3.0, "accurate"),
    ]
    assert found[1].span.text == "compared to just three in 2014"


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        (
            "In 2019, seven allies met the 2% target, up from three in 2014.",
            "2019-06-25",
            [(2019, 7.0, "accurate"), (2014, 3.0, "accurate")],
        ),
        (
            "In 2019, seven allies met the 2% target, up from five in 2014.",
            "2019-06-25",
            [(2019, 7.0, "accurate"), (2014, 5.0, "inaccurate")],
        ),
        (  # the main count states no year: it is not the contrasted one's
            "Eleven allies meet the 2% target, compared with only three in 2014.",  # nato-2024-03: 11 in 2023
            "2024-03-20",  # vintage rule (2): 2014's releases held in part may have revised allies near 2%
            [(None, 11.0, "accurate"), (2014, 3.0, "unverifiable")],
        ),
        (
            "Ten allies met the 2% target in 2023, six more than in 2017.",
            "2024-06-18",
            [(2023, 10.0, "accurate"), (2017, 4.0, "accurate")],
        ),
        (
            "Ten allies met the 2% target in 2023, eight more than in 2017.",
            "2024-06-18",
            [(2023, 10.0, "accurate"), (2017, 2.0, "inaccurate")],
        ),
    ],
)
def test_paraphrases_of_a_count_against_another_year(
    ds: Dataset, text: str, as_of: str, expected: list[tuple[int | None, float, str]]
) -> None:
    found = _counts(ds, text, as_of)
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == expected, [r.explanation for r in found]


def test_one_fewer_than_another_year_before_a_time_clause(ds: Dataset) -> None:
    # Reuters, 22 March 2023: no complete release held 2021 by then (nato-2022-03 and nato-2021-06 are partial)
    text = (
        "Seven of the alliance's 30 countries met the current goal of spending 2% of GDP on defence in 2022 - one "
        "fewer than in 2021, before Russia invaded Ukraine - according to estimates in the NATO secretary-general's "
        "annual report, released on Tuesday."
    )
    found = _counts(ds, text, "2023-03-22")
    assert [(r.fields["year"], r.fields["value"]) for r in found] == [(2022, 7.0), (2021, 8.0)]
    assert found[1].verdict == "unverifiable" and "2021" in found[1].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Ten allies met the 2% target in 2023, up from 1.9% of GDP in 2014.",
        "Ten allies met the 2% target in 2023, compared to three years ago.",
    ],
)
def test_a_figure_or_a_span_of_time_after_a_count_is_no_second_count(ds: Dataset, text: str) -> None:
    found = _counts(ds, text, "2024-06-18")
    assert [r.fields["year"] for r in found] == [2023], [(r.span.text, r.fields) for r in found]


# ------------------------------------------------------------------------------------------------ "this number"
@pytest.mark.parametrize(
    ("second", "value", "verdict"),
    [
        ("• By 2017, this number increased to four nations [1]", 4.0, "accurate"),  # factually.co, 4 March 2025
        ("By 2017, that figure had risen to four.", 4.0, "accurate"),
        ("By 2017 the number had grown to six.", 6.0, "outdated"),  # nato-2017-06's estimate: six in 2017
        ("By 2017 the number had grown to nine.", 9.0, "inaccurate"),
    ],
)
def test_this_number_is_the_count_of_the_sentence_before(ds: Dataset, second: str, value: float, verdict: str) -> None:
    text = f"• In 2014, only three Allies met the 2% guideline [3]\n{second}"
    found = _counts(ds, text, "2025-03-04")
    if "[1]" in second:  # gate: neutral word not yet listed ('1', the footnote mark '[1]')
        assert found[1].figures_verdict == verdict and "1" in found[1].unread, [r.explanation for r in found]
        verdict = "unverifiable"
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == [
        (2014, 3.0, "accurate"),
        (2017, value, verdict),
    ], [r.explanation for r in found]


def test_the_number_of_something_else_is_no_count(ds: Dataset) -> None:
    text = "In 2014 three allies met the 2% target. The number of NATO battlegroups rose to eight in 2017."
    assert [r.fields["year"] for r in _counts(ds, text, "2025-03-04")] == [2014]


# ------------------------------------------------------------------------------------------------ forecasts
def test_a_forecast_matched_by_the_projection_held_is_accurate(ds: Dataset) -> None:
    r = _one(ds, "23 of the 32 members are expected to meet the 2% target this year.", "2024-07-10")
    assert r.fields["modality"] == "forecast" and r.fields["year"] == 2024
    assert r.verdict == "accurate" and "projection" in r.explanation


def test_a_current_forecast_the_newest_projection_contradicts_is_inaccurate(ds: Dataset) -> None:
    r = _one(ds, "This year, 18 allies will meet the 2% target.", "2024-07-13")
    assert r.verdict == "inaccurate" and "nato-2024-06" in r.explanation


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (  # PA, 10 July 2024: the annual report's 2024 projection (18) came from NATO's February figures
            "In 2023, 11 Nato countries met this pledge, including the UK, the US and Poland. The latest annual "
            "report from Nato Secretary General Jens Stoltenberg suggests that in 2024, this number is likely to "
            "rise to 18 countries.",
            "2024-07-10",
        ),
        ("By 2024, 18 member countries are expected to reach the 2% target.", "2025-03-04"),
        ("NATO's annual report said 18 allies would meet the 2% target in 2024.", "2024-07-10"),
    ],
)
def test_a_reported_projection_the_dataset_lacks_is_unverifiable(ds: Dataset, text: str, as_of: str) -> None:
    r = _counts(ds, text, as_of)[-1]
    assert r.fields["modality"] == "forecast" and r.fields["value"] == 18.0
    assert r.verdict == "unverifiable" and "February 2024 projections" in r.explanation, r.explanation


def test_a_forecast_before_any_projection_is_unverifiable(ds: Dataset) -> None:
    text = "He assumed that this year 18 of the 31 allies would achieve the NATO goal of spending two percent."
    r = _one(ds, text, "2024-02-14")
    assert r.verdict == "unverifiable" and "no NATO release" in r.explanation


# ------------------------------------------------------------------------------------------------ proportions
@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        ("One in three allies met the 2% target in 2023.", "2024-06-18", "accurate"),  # 10 of 30
        ("One in four allies met the 2% target in 2023.", "2024-06-18", "inaccurate"),
        ("Two out of three allies met the 2% target in 2024.", "2024-06-18", "accurate"),  # 23 of 31
        ("Fewer than a third of NATO members met the 2% target in 2019.", "2019-06-25", "accurate"),  # 7 of 28
        ("Fewer than a quarter of NATO members met the 2% target in 2014.", "2019-06-25", "accurate"),  # 3 of 28
        ("Fewer than a quarter of NATO members met the 2% target in 2024.", "2024-06-18", "inaccurate"),  # 23 of 31
        ("Half of the allies met the 2% target in 2023.", "2024-06-18", "inaccurate"),
        ("Most NATO members have yet to reach the 2% target.", "2019-06-25", "accurate"),  # 21 of 28 below
    ],
)
def test_proportions_of_the_allies(ds: Dataset, text: str, as_of: str, verdict: str) -> None:
    r = _one(ds, text, as_of)
    assert r.verdict == verdict, r.explanation


def test_a_quarter_of_them_stands_for_the_allies_named(ds: Dataset) -> None:
    # Reuters, 22 March 2023 (nato-2023-03 held in part; Slovakia, missing, was at 2.00 in June 2022)
    text = (
        "NATO chief Jens Stoltenberg urged member countries to increase defence spending as new figures showed "
        "fewer than a quarter of them meeting the alliance's target."
    )
    r = _one(ds, text, "2023-03-22")
    assert r.fields["bounds"][1] < 0.25 and r.verdict == "unverifiable"


def test_the_majority_yet_to_meet_the_target_is_below_it(ds: Dataset) -> None:
    # trendolizer, 20 March 2017: 22 of the 27 allies with armed forces below 2% in nato-2016-07
    text = (
        "It draws attention to the fact that Germany, like the majority of the 28 members of the alliance, has yet "
        "to meet a NATO-agreed commitment to devote two percent of GDP to defense spending."
    )
    r = _one(ds, text, "2017-03-20")
    # vintage rule (2): the SG Annual Report 2016 (2017-03-13), not held, may have revised allies within 0.3 points
    assert r.fields["counts_below"] is True and r.verdict == "unverifiable", r.explanation
    assert "may have revised" in r.explanation and "22 allies below 2% in nato-2016-07" in r.explanation


def test_most_with_no_noun_after_a_sentence_naming_countries(ds: Dataset) -> None:
    # CBJ, 12 July 2018: 18 of the 23 allies held in nato-2018-07 below 2%; the five missing cannot undo "most"
    text = (
        "Now Trump is proposing that countries commit 4%, which seems highly unlikely given that most aren’t even "
        "at the agreed upon 2% threshold."
    )
    r = _one(ds, text, "2018-07-12")
    # the gate abstains on the hedge in the clause ("seems highly unlikely"), whose scope the frame does not read
    assert r.fields["counts_below"] is True and r.verdict == "unverifiable", r.explanation
    assert r.figures_verdict == "accurate" and "unlikely" in r.unread


# ------------------------------------------------------------------------------------------------ all but, except
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("All but 20 allies met the 2% target in 2023.", "accurate"),  # 30 - 20 = 10
        ("All but eight allies met the 2% target in 2023.", "inaccurate"),
        ("All but eight of NATO's members met the 2% target in 2024.", "accurate"),  # 31 - 8 = 23
    ],
)
def test_all_but_a_number(ds: Dataset, text: str, verdict: str) -> None:
    r = _one(ds, text, "2024-06-18")
    assert r.fields["comparator"] == "all_but" and r.verdict == verdict, r.explanation


def test_all_except_an_ally(ds: Dataset) -> None:
    r = _one(ds, "All allies except Spain met the 2% target in 2024.", "2024-06-18")
    assert r.fields["excluded"] == ["ESP"] and r.verdict == "inaccurate"
    assert "other than ESP" in r.explanation


# ------------------------------------------------------------------------------------------------ exclusions
def test_a_count_other_than_an_ally_leaves_it_out(ds: Dataset) -> None:
    # National Review via diogeneslight, 15 January 2018 (nato-2017-06)
    text = (
        "In 2017, only five member countries other than the U.S. were estimated to contribute 2 percent of their "
        "GDP to NATO: Greece, Estonia, the United Kingdom, Romania, and Poland."
    )
    found = _counts(ds, text, "2018-01-15")
    assert found[0].fields["excluded"] == ["USA"] and "USA" not in found[0].fields["members"]
    assert [r.verdict for r in found] == ["accurate", "accurate"], [r.explanation for r in found]


@pytest.mark.parametrize(("number", "verdict"), [("five", "accurate"), ("six", "inaccurate")])
def test_european_allies_apart_from_one(ds: Dataset, number: str, verdict: str) -> None:
    # nato-2019-06, 2019: GRC, EST, GBR, ROU, POL, LVA are the European allies at 2%
    r = _one(ds, f"In 2019, {number} European allies apart from the UK met the 2% target.", "2019-06-25")
    assert r.fields["excluded"] == ["GBR"] and r.verdict == verdict, r.explanation


def test_an_exclusion_word_before_no_ally_excludes_nothing(ds: Dataset) -> None:
    r = _one(ds, "Apart from the summit news, ten allies met the 2% target in 2023.", "2024-06-18")
    assert not r.fields.get("excluded") and r.verdict == "unverifiable"
    assert r.figures_verdict == "accurate" and "Apart" in r.unread


# ------------------------------------------------------------------------------------------------ lists after a count
_SEVEN = (
    "In 2019 only seven members of the alliance are estimated to have met the NATO objective of spending two percent "
    "of GDP on defence. These include {}."
)


@pytest.mark.parametrize(
    ("named", "verdict"),
    [
        ("the US, Greece, Estonia, the UK, Romania, Poland and Latvia", "accurate"),  # Shephard, 25 June 2019
        ("the US, Greece, Estonia, the UK, Romania, Poland and Spain", "inaccurate"),
    ],
)
def test_these_include_as_many_allies_as_counted(ds: Dataset, named: str, verdict: str) -> None:
    found = _counts(ds, _SEVEN.format(named), "2019-06-25")
    assert len(found) == 2 and found[1].verdict == verdict and len(found[1].fields["members"]) == 7


def test_these_include_fewer_allies_than_counted_is_no_list(ds: Dataset) -> None:
    assert len(_counts(ds, _SEVEN.format("the US and Greece"), "2019-06-25")) == 1


# ------------------------------------------------------------------------------------------------ none, including
@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (  # Reuters via devdiscourse, 24 April 2025
            "President Trump has advocated for NATO allies to dedicate 5% of their GDP to defense, a goal that "
            "remains unmet by any NATO nation, including the United States.",
            "2025-04-24",
            "accurate",
        ),
        (
            "Trump wants 5% of GDP, a level that no NATO country, including the United States, currently reaches.",
            "2025-01-20",
            "accurate",
        ),
        ("The 2% target remains unmet by any NATO ally.", "2024-06-18", "inaccurate"),
    ],
)
def test_none_including_an_ally(ds: Dataset, text: str, as_of: str, verdict: str) -> None:
    r = _one(ds, text, as_of)
    assert r.fields["value"] == 0 and not r.fields.get("members"), r.explanation
    if text.startswith("Trump wants"):  # the gate: the proposal's verb, a claim no count rule checks
        assert r.verdict == "unverifiable" and r.figures_verdict == verdict and "wants" in r.unread, r.explanation
    else:
        assert r.verdict == verdict, r.explanation


def test_a_proposal_before_none_met_keeps_its_own_claim(ds: Dataset) -> None:
    text = (
        "President Trump has advocated for NATO allies to dedicate 5% of their GDP to defense, a goal that remains "
        "unmet by any NATO nation."
    )
    kinds = [r.kind for r in check_text(ds, text, as_of="2025-04-24")]
    assert kinds == ["pledge", "count"]


# ------------------------------------------------------------------------------------------------ time clauses
def test_an_ally_in_a_time_clause_is_not_counted(ds: Dataset) -> None:
    r = _one(ds, "Ten allies met the 2% target in 2023, after Sweden applied to join.", "2024-06-18")
    # SWE 2023: below 2%; the gate abstains on the time clause, which no rule checks
    assert not r.fields.get("members") and r.verdict == "unverifiable", r.explanation
    assert r.figures_verdict == "accurate" and "applied" in r.unread


def test_an_ally_named_outside_a_time_clause_is_counted(ds: Dataset) -> None:
    r = _one(ds, "Ten allies, Sweden among them, met the 2% target in 2023.", "2024-06-18")
    assert r.fields["members"] == ["SWE"] and r.verdict == "inaccurate"


# ------------------------------------------------------------------------------------------------ attributed counts
def test_a_count_attributed_to_the_iiss_is_unverifiable_without_its_figures(ds: Dataset) -> None:
    # PA, 14 February 2017: the IISS's count on its own figures (none imported here)
    text = (
        'IISS director general John Chipman said: "In 2016, only two European Nato states - Greece and Estonia - met '
        "the aim to spend 2% of their GDP on defence, down from four European states that met this measure in 2015."
    )
    found = _counts(ds, text, "2017-02-14")
    assert [(r.fields["year"], r.verdict) for r in found] == [(2016, "unverifiable"), (2015, "unverifiable")]
    assert "IISS" in found[0].explanation


# ------------------------------------------------------------------------------------------------ "one of the 18"
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Germany is one of the 23 nations that met the 2% target in 2024.", "accurate"),  # DEU 2.12
        ("Canada is one of the 23 allies that met the 2% target in 2024.", "inaccurate"),  # CAN 1.37
    ],
)
def test_an_ally_that_is_one_of_n_is_a_count_of_n(ds: Dataset, text: str, verdict: str) -> None:
    r = _one(ds, text, "2024-06-18")
    assert r.fields["value"] == 23.0 and r.verdict == verdict, r.explanation


def test_only_one_of_n_is_a_count_of_one(ds: Dataset) -> None:
    r = _one(ds, "Only one of the 31 allies spent more than 4% of GDP in 2024.", "2024-06-18")  # POL 4.12
    # the gate: the membership said (31; 32 allies in 2024), a figure no rule checks
    assert (r.fields["value"], r.fields["year"], r.verdict) == (1.0, 2024, "unverifiable")
    assert r.figures_verdict == "accurate" and "31" in r.unread


def test_one_of_the_nations_set_to_meet_the_target_is_a_projection(ds: Dataset) -> None:
    # arienhost, 15 February 2024: NATO's February 2024 projection (not held)
    text = (
        "Germany is one of the 18 nations set to meet the defence spending target this year, according to NATO "
        "Secretary-General Jens Stoltenberg."
    )
    r = _one(ds, text, "2024-02-15")
    assert r.fields["value"] == 18.0 and r.verdict == "unverifiable"


def test_the_year_after_a_more_than_threshold_is_the_counts(ds: Dataset) -> None:
    # nato-2024-06, 2024: EST, GRC, LVA, POL, USA above 3%
    r = _one(ds, "Only three of the 31 allies spent more than 3% of GDP in 2024.", "2024-06-18")
    # the gate: the membership said (31), a figure no rule checks
    assert r.fields["year"] == 2024 and r.verdict == "unverifiable", r.explanation
    assert r.figures_verdict == "inaccurate" and "31" in r.unread


# ------------------------------------------------------------------------------------------------ a list after a count
def test_a_headline_list_at_a_threshold_after_a_count(ds: Dataset) -> None:
    # Reuters via greekcitytimes, 22 March 2023 (headline, caption, standfirst)
    text = (
        "NATO chief urges members to boost defence spending as only seven hit target, including Greece\n\n"
        "NATO chief Jens Stoltenberg\n\nUS, UK, Poland, Estonia, Greece, Latvia and Lithuania meet 2%"
    )
    found = _counts(ds, text, "2023-03-22")
    assert found[-1].span.text == "US, UK, Poland, Estonia, Greece, Latvia and Lithuania meet 2%"
    assert found[-1].fields["comparator"] == "members" and found[-1].verdict == "accurate"


def test_a_list_of_allies_with_no_count_before_it_needs_a_cue_of_its_own(ds: Dataset) -> None:
    assert not _counts(ds, "The weather was fine.\n\nUS, UK and Poland meet 2%", "2023-03-22")


# ------------------------------------------------------------------------------------------------ bands
@pytest.mark.parametrize(("number", "verdict"), [("twelve", "accurate"), ("nine", "inaccurate")])
def test_a_count_in_a_band_between_two_levels(ds: Dataset, number: str, verdict: str) -> None:
    # nato-2024-06, 2024, 2.00-2.20: ALB, BGR, CZE, FRA, DEU, HUN, MNE, NLD, NOR, SVK, SWE, TUR
    r = _one(ds, f"In 2024, {number} allies spent between 2% and 2.2% of GDP on defence.", "2024-06-18")
    assert r.fields["threshold_high"] == 2.2 and r.verdict == verdict, r.explanation


# ------------------------------------------------------------------------------------------------ more ways of counting
#: Sentences of the table below on which the "read every word" gate abstains, with the word it names.
#: The membership said ('of the 31', 'of the 30') is a figure no rule checks (31 allies in 2023, 32 in 2024).
_MEMBERSHIP_GATED = {
    "Eight of the 31 are still short of the 2% target in 2024.": "31",
    "Nine of the 31 are still short of the 2% target in 2024.": "31",
    "Seven of the 30 met the NATO target in 2023.": "30",
}


@pytest.mark.parametrize(
    ("text", "value", "verdict"),
    [
        ("Eight of the 31 are still short of the 2% target in 2024.", 8.0, "accurate"),  # 31 - 23
        ("Nine of the 31 are still short of the 2% target in 2024.", 9.0, "inaccurate"),
        ("Seven of the 30 met the NATO target in 2023.", 7.0, "inaccurate"),  # ten in nato-2024-06
        ("In 2014, just three of the then 28 allies met the 2% goal.", 3.0, "accurate"),
        ("Eight members are not expected to meet the 2% goal this year.", 8.0, "accurate"),
    ],
)
def test_counts_out_of_the_membership_and_below_the_target(ds: Dataset, text: str, value: float, verdict: str) -> None:
    r = _one(ds, text, "2024-06-18")
    unread = _MEMBERSHIP_GATED.get(text)
    assert r.fields["value"] == value, r.explanation
    if unread is None:
        assert r.verdict == verdict, r.explanation
    else:
        assert r.verdict == "unverifiable" and r.figures_verdict == verdict and unread in r.unread, r.explanation


def test_the_number_of_allies_rose_from_one_year_to_another(ds: Dataset) -> None:
    text = "The number of allies meeting the target has risen from three in 2014 to 23 this year."
    found = _counts(ds, text, "2024-06-18")
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == [
        (2024, 23.0, "accurate"),
        (2014, 3.0, "accurate"),
    ]


def test_compared_with_a_year_when_only_n_did(ds: Dataset) -> None:
    text = "Ten allies spent 2% or more in 2023, compared with 2014 when only four did."
    found = _counts(ds, text, "2024-06-18")
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == [
        (2023, 10.0, "accurate"),
        (2014, 4.0, "inaccurate"),
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("About a dozen allies met the 2% target in 2023.", "accurate"),  # 10: 10-14
        ("More than a dozen allies met the 2% target in 2023.", "inaccurate"),
    ],
)
def test_a_dozen(ds: Dataset, text: str, verdict: str) -> None:
    assert _one(ds, text, "2024-06-18").verdict == verdict


def test_the_number_of_anything_else_is_no_count(ds: Dataset) -> None:
    text = "The number of troops on the eastern flank rose to 40,000 as allies met the 2% target in 2023."
    assert not [r for r in _counts(ds, text, "2024-06-18") if r.fields.get("value") == 40.0]


# ------------------------------------------------------------------------------------------------ multiples of a count
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ten allies met the 2% target in 2023, three times as many as in 2014.", "accurate"),  # 10 against 3
        ("Ten allies met the 2% target in 2023, five times as many as in 2014.", "inaccurate"),
        ("In 2023, ten allies met the 2% target. That is more than three times as many as in 2014.", "accurate"),
        ("23 allies met the 2% target in 2024, a six-fold increase from 2014.", "inaccurate"),  # 7.7 times
        ("23 allies met the 2% target in 2024, nearly eight times as many as in 2014.", "accurate"),
    ],
)
def test_a_count_as_a_multiple_of_an_earlier_years(ds: Dataset, text: str, verdict: str) -> None:
    r = [c for c in _counts(ds, text, "2024-06-18") if c.fields["comparator"] == "multiple"]
    assert len(r) == 1 and r[0].fields["since"] == 2014 and r[0].verdict == verdict, r[0].explanation


def test_a_multiple_of_a_projected_count_is_unverifiable(ds: Dataset) -> None:
    # dpa via newsrnd, 14 February 2024: the 18 is NATO's February 2024 projection, not held
    text = (
        "Stoltenberg said that he assumed that this year 18 of the 31 allies would achieve the NATO goal of spending "
        "two percent on defense. That is six times as many as in 2014."
    )
    r = [c for c in _counts(ds, text, "2024-02-14") if c.fields["comparator"] == "multiple"]
    assert r[0].span.text == "six times as many as in 2014" and r[0].verdict == "unverifiable"


def test_a_multiple_of_no_stated_count_is_unverifiable(ds: Dataset) -> None:
    # arienhost, 15 February 2024: "another record number" states no count
    text = (
        "He explained: “That is another record number and a six-fold increase from 2014 when only three allies met "
        "the target.”"
    )
    found = _counts(ds, text, "2024-02-15")
    multiple = [c for c in found if c.fields["comparator"] == "multiple"]
    assert multiple[0].verdict == "unverifiable" and "Cannot tell which count" in multiple[0].explanation
    assert [c.fields["value"] for c in found if c.fields["comparator"] == "eq"] == [3.0]


# ------------------------------------------------------------------------------------------------ a count's own clause
def test_a_count_takes_the_threshold_and_allies_of_its_own_clause(ds: Dataset) -> None:
    # nato-2024-06, 2024: 8 of 31 allies below 2%; POL and the US are above 3%
    r = _one(ds, "Only Poland and the US spend more than 3%, while most allies remain below 2%.", "2024-06-18")
    assert (r.fields["threshold"], r.fields["counts_below"], r.fields.get("members")) == (2.0, True, None)
    assert r.verdict == "inaccurate", r.explanation  # 8 of 31 below 2%: not most


def test_an_ally_with_its_own_figure_in_another_clause_is_no_member(ds: Dataset) -> None:
    r = _one(ds, "Ten allies spent more than 2% of GDP in 2023, while Spain spent 1.24%.", "2024-06-18")
    assert not r.fields.get("members") and r.verdict == "accurate", r.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # nato-2024-06 holds 10 for 2023; nato-2024-03 held 11
            "Twenty-three allies meet the target, up from 11 last year.",
            [(None, 23.0, "accurate"), (2023, 11.0, "outdated")],
        ),
        (
            "Of the 32 allies, 23 are expected to hit 2% this year, compared with three a decade ago.",
            [(2024, 23.0, "accurate"), (2014, 3.0, "accurate")],
        ),
        (  # 2022 in nato-2024-06: seven allies at 2%
            "Ten allies met the 2% target in 2023, up from seven the year before.",
            [(2023, 10.0, "accurate"), (2022, 7.0, "accurate")],
        ),
    ],
)
def test_another_years_count_named_by_a_relative_year(
    ds: Dataset, text: str, expected: list[tuple[int | None, float, str]]
) -> None:
    found = _counts(ds, text, "2024-06-18")
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == expected, [r.explanation for r in found]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("No European member met the 2% target in 2014.", "inaccurate"),  # GRC 2.22, GBR 2.14
        ("Not a single European ally spent 4% of GDP in 2014.", "accurate"),
    ],
)
def test_none_of_a_group(ds: Dataset, text: str, verdict: str) -> None:
    r = _one(ds, text, "2024-06-18")
    assert r.fields["value"] == 0 and r.fields["group"] == "European Allies" and r.verdict == verdict


# ------------------------------------------------------------------------------------------------ counts of their own
def test_counts_parted_by_a_clause_break_are_claims_of_their_own(ds: Dataset) -> None:
    # 12 September (Washington Examiner copy), 2019: nine allies including the US "now"; 18 "by 2024" a forecast
    text = (
        "“In 2016, only four allies spent 2% of GDP on defense,” a senior administration official told reporters "
        "Friday, adding that there are now nine countries, including the U.S., meeting the 2% target, with 18 "
        "expected to do so by 2024."
    )
    found = _counts(ds, text, "2019-04-03")
    assert [(r.fields["value"], r.fields.get("year"), r.fields.get("members")) for r in found] == [
        (4.0, 2016, None),
        (9.0, None, ["USA"]),
        (18.0, 2024, None),
    ]
    assert found[2].fields["modality"] == "forecast" and found[2].verdict == "unverifiable"


def test_a_second_count_with_its_own_verb_and_year(ds: Dataset) -> None:
    text = "Ten allies met the 2% target in 2023, and 23 allies are expected to meet it this year."
    found = _counts(ds, text, "2024-06-18")
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == [
        (2023, 10.0, "accurate"),
        (2024, 23.0, "accurate"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "23 allies, including eight European members, meet the 2% target.",  # a part of the 23, not the group's
        "Just 23 of the 32 allies, most of them in Europe, meet the 2% of GDP guideline.",
    ],
)
def test_a_part_of_the_count_is_no_count_of_its_own(ds: Dataset, text: str) -> None:
    r = _one(ds, text, "2024-06-18")
    assert r.fields["value"] == 23.0 and not r.fields.get("group"), r.explanation
    if "including eight" in text:  # the gate: the part's figure, which no rule checks
        assert r.verdict == "unverifiable" and r.figures_verdict == "accurate" and "eight" in r.unread
    else:
        assert r.verdict == "accurate", r.explanation


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        (  # BGNES, July 2024 (nato-2024-06: 2014 USA 3.71, GRC 2.22, GBR 2.14)
            "When NATO allies made the commitment at the 2014 summit, only three countries met the target - the US, "
            "Britain and Greece.",
            2014,
            "accurate",
        ),
        ("When allies agreed the pledge at the 2014 summit, just five countries met the target.", 2014, "inaccurate"),
        ("Only three countries met the target agreed in 2014.", None, "inaccurate"),  # the pledge's year only
    ],
)
def test_a_time_clause_dates_the_count_by_the_pledges_year(
    ds: Dataset, text: str, year: int | None, verdict: str
) -> None:
    r = _one(ds, text, "2024-07-09")
    assert r.fields["year"] == year and r.figures_verdict == verdict, r.explanation
    if text.startswith("When"):  # gate: neutral word not yet listed ('When')
        assert r.verdict == "unverifiable" and "When" in r.unread, r.explanation
    else:  # the gate: 'agreed' dates the target, not the count; the count's own year is not said
        assert r.verdict == "unverifiable" and "agreed" in r.unread, r.explanation


def test_a_projection_reported_after_its_year_matched_by_the_projection_held(ds: Dataset) -> None:
    # Free Malaysia Today (Reuters), 14 February 2024: nato-2023-07 projected eleven for 2023
    text = (
        "In 2023, eleven allies are expected to have met the 2% target according to prior Nato estimates – Poland, "
        "the US, Greece, Estonia, Lithuania, Finland, Romania, Hungary, Latvia, the UK, and Slovakia."
    )
    found = _counts(ds, text, "2024-02-14")
    assert [(r.fields["comparator"], r.verdict) for r in found] == [("eq", "unverifiable"), ("eq", "accurate")]
    # the gate: 'prior' names which estimate, a source no rule checks; the list is read as the whole set
    assert found[0].figures_verdict == "accurate" and "prior" in found[0].unread


def test_a_count_after_a_colon_takes_the_threshold_of_its_own_clause(ds: Dataset) -> None:
    # June 2025 (nato-2025-04: 9 of 31 allies below 2% in 2024); the 5% is a proposal, a claim of its own
    text = (
        "Amid discussions pushing for a potential radical increase to a 5% of GDP target, a significant challenge "
        "remains: nearly a third of the alliance’s members failed to meet the existing, less ambitious goal of "
        "spending 2% of their economic output on defence in 2024."
    )
    found = check_text(ds, text, as_of="2025-06-27")
    count = [r for r in found if r.kind == "count"]
    assert [(r.fields["threshold"], r.fields["counts_below"], r.verdict) for r in count] == [
        (2.0, True, "unverifiable")
    ]
    # gate: neutral word not yet listed ('ambitious', in 'the existing, less ambitious goal')
    assert count[0].figures_verdict == "accurate" and "ambitious" in count[0].unread
    assert any(r.kind == "pledge" and r.fields["value"] == 5.0 for r in found)


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_quantifier_of_the_alliances_members(ds: Dataset, apostrophe: str) -> None:
    r = _one(ds, f"A third of the alliance{apostrophe}s members met the 2% target in 2023.", "2024-06-18")  # 10 of 30
    assert r.fields["bounds"] == [0.25, 0.42] and r.verdict == "accurate"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2014 only three allies met the target; in 2024, 23 did.",
            [(2014, 3.0, "accurate"), (2024, 23.0, "accurate")],
        ),
        (
            "Only three allies met the target in 2014, and 20 did in 2024.",
            [(2014, 3.0, "accurate"), (2024, 20.0, "inaccurate")],
        ),
        (
            "Only three allies met the target in 2014. Today, 23 do.",
            [(2014, 3.0, "accurate"), (None, 23.0, "accurate")],
        ),
    ],
)
def test_the_same_count_at_another_time_with_its_verb_left_out(
    ds: Dataset, text: str, expected: list[tuple[int | None, float, str]]
) -> None:
    found = _counts(ds, text, "2024-06-18")
    assert [(r.fields["year"], r.fields["value"], r.verdict) for r in found] == expected


def test_of_the_european_allies_only_n(ds: Dataset) -> None:
    # nato-2024-06, 2024: HRV, PRT, ITA, BEL, LUX, SVN, ESP are the European allies below 2%
    r = _one(ds, "Of the European allies, only seven fell short of 2% in 2024.", "2024-06-18")
    assert (r.fields["group"], r.fields["counts_below"], r.verdict) == ("European Allies", True, "accurate")


def test_that_figure_before_a_span_of_time_is_no_count(ds: Dataset) -> None:
    text = "In 2014 three allies met the 2% target. That figure was set 11 years ago."
    assert [r.fields["value"] for r in _counts(ds, text, "2024-06-18")] == [3.0]
