"""How a share of GDP is read in sentences journalists write: who the figure is about when the sentence has an
aside ("France, which is among the leading members of the alliance, spent ..."), two lists paired in order
("Poland and Estonia spend 4.12% and 3.43% respectively"), a refusal with a hedge ("refuses to spend anything like
2%"). Sentences are our own unless a comment names the dev article they come from.

Figures: NATO June 2024 (nato-2024-06), 2024 estimates: Poland 4.12, Estonia 3.43, Greece 3.08, United Kingdom 2.33,
Türkiye 2.09, France 2.06, Italy 1.49, Spain 1.28, Portugal 1.55, Belgium 1.30; NATO July 2016 (nato-2016-07):
France 2016 1.78."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset

AS_OF = "2024-07-01"


def _shares(ds: Dataset, text: str, as_of: str = AS_OF) -> list[tuple[list[str], float | None, str]]:
    return [
        (r.fields["countries"], r.fields["value"], r.verdict)
        for r in check_text(ds, text, as_of=as_of)
        if r.kind == "share_gdp"
    ]


#: Claims the "read every word" gate withholds (docs/claims.md "Every word read"): text -> (the verdict the figures
#: gave, a word the frame did not read). The table beside the test shows them as `unverifiable`.
Gated = dict[str, tuple[str, str]]


def _assert_gated(ds: Dataset, text: str, as_of: str, gated: Gated) -> None:
    if text not in gated:
        return
    figures_verdict, word = gated[text]
    found = [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp"]
    assert found and all(r.verdict == "unverifiable" for r in found)
    assert all(r.figures_verdict == figures_verdict and word in r.unread for r in found), [r.unread for r in found]


_ASIDE_GATED: Gated = {
    # gate: neutral word not yet listed ('long', 'criticised': a description of the ally)
    "Spain, which has long been criticised by Washington, spent 1.28% of GDP on defence in 2024.": ("accurate", "long"),
    # "unlike France" says something of France no rule checked
    "Italy (unlike France) spends just 1.49% of its GDP on defence.": ("accurate", "unlike"),
}


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # dev: 2017-03-15 guamnewsfactor; 1.79 lies within NATO's vintages, the SG Annual Report 2016 is not held.
        (
            "France, which is among the leading members of the alliance, reportedly spent 1.79% of national income "
            "on its armed forces in 2016, which was slightly down from 2015.",
            "2017-03-15",
            [(["FRA"], 1.79, "unverifiable")],
        ),
        (
            "Spain, which has long been criticised by Washington, spent 1.28% of GDP on defence in 2024.",
            AS_OF,
            [(["ESP"], 1.28, "unverifiable")],
        ),
        (
            "Italy (unlike France) spends just 1.49% of its GDP on defence.",
            AS_OF,
            [(["ITA"], 1.49, "unverifiable")],
        ),
        # Near miss: the figure is in the aside, so the aside's ally is its subject.
        (
            "Germany spends less than Britain, which spends 2.33% of GDP.",
            AS_OF,
            [(["GBR"], 2.33, "accurate")],
        ),
    ],
)
def test_an_aside_is_not_the_subject(ds: Dataset, text: str, as_of: str, expected: list[tuple]) -> None:
    assert _shares(ds, text, as_of) == expected
    _assert_gated(ds, text, as_of, _ASIDE_GATED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland and Estonia spend 4.12% and 3.43% of GDP on defence respectively.",
            [(["POL"], 4.12, "accurate"), (["EST"], 3.43, "accurate")],
        ),
        (
            "Britain, France and Italy spent 2.33%, 2.06% and 1.49% of GDP respectively in 2024.",
            [(["GBR"], 2.33, "accurate"), (["FRA"], 2.06, "accurate"), (["ITA"], 1.49, "accurate")],
        ),
        (
            "Greece and Turkey spend 3.08% and 2.09% of GDP on defence.",
            [(["GRC"], 3.08, "accurate"), (["TUR"], 2.09, "accurate")],
        ),
        # Swapped figures are each wrong: the pairing, not the nearest name, decides.
        (
            "Greece and Turkey spend 2.09% and 3.08% of GDP on defence.",
            [(["GRC"], 2.09, "inaccurate"), (["TUR"], 3.08, "inaccurate")],
        ),
    ],
)
def test_two_lists_pair_in_order(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert _shares(ds, text) == expected


def test_lists_of_different_lengths_do_not_pair(ds: Dataset) -> None:
    # Three allies, two figures: no pairing; the figures keep their nearest subjects.
    found = _shares(ds, "Poland, Estonia and Latvia spend 4.12% and 3.43% of GDP on defence.")
    assert (["POL"], 4.12, "accurate") not in found


# the hedge the frame reads as "below" ('refuses ... anything like') is read with it
_REFUSAL_GATED: Gated = {}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Spain refuses to spend anything like 2% of GDP on defence.", "ESP"),
        ("Portugal does not spend anywhere near 2% of its GDP on defence.", "PRT"),
        ("Belgium has yet to reach even 1.5% of GDP on defence.", "BEL"),
    ],
)
def test_a_hedged_refusal_is_a_level_stayed_below(ds: Dataset, text: str, country: str) -> None:
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]
    assert len(found) == 1
    assert found[0].fields["countries"] == [country]
    assert found[0].fields["comparator"] == "lt"
    assert found[0].verdict == ("unverifiable" if text in _REFUSAL_GATED else "accurate"), found[0].explanation
    _assert_gated(ds, text, AS_OF, _REFUSAL_GATED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The allies' own figures bear the comparison out: they are the claims, no extra one for the 2%.
        (
            "Britain (2.33%) and France (2.06%) are above the 2% target.",
            [(["GBR"], 2.33, "accurate"), (["FRA"], 2.06, "accurate")],
        ),
        (
            "Spain (1.28%), Belgium (1.3%) and Canada (1.37%) remain below the 2% target.",
            [(["ESP"], 1.28, "accurate"), (["BEL"], 1.3, "accurate"), (["CAN"], 1.37, "accurate")],
        ),
        # Near miss: Italy's own figure contradicts "above the 2% target", so the comparison stays and is wrong.
        (
            "Britain (2.33%) and Italy (1.49%) are above the 2% target.",
            # in reading order: the comparison's span is Italy's clause ("Italy (1.49%) are above the 2% target")
            [(["GBR"], 2.33, "accurate"), (["ITA"], 2.0, "inaccurate"), (["ITA"], 1.49, "accurate")],
        ),
    ],
)
def test_a_threshold_after_the_allies_own_figures(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert _shares(ds, text) == expected


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # dev: 2017-03-13 globalnews; the sentence gives no figure for "the same proportion" (Canada's).
        (
            "Only four allies — Belgium, the Czech Republic, Luxembourg and Spain — spent less than Canada as a "
            "percentage of GDP, while Hungary and Slovenia spent the same proportion.",
            "2017-03-13",
            [(["HUN", "SVN"], None, "unverifiable")],
        ),
        (
            "Latvia spent 3.15% of its GDP on defence in 2024, while Lithuania and Greece spent the same share.",
            AS_OF,
            [(["LVA"], 3.15, "accurate"), (["LTU", "GRC"], 3.15, "inaccurate")],
        ),
        (
            "Slovenia spent 1.29% of GDP on defence in 2024, and Luxembourg spent the same proportion.",
            AS_OF,
            [(["SVN"], 1.29, "accurate"), (["LUX"], 1.29, "accurate")],
        ),
    ],
)
def test_the_same_proportion(ds: Dataset, text: str, as_of: str, expected: list[tuple]) -> None:
    assert _shares(ds, text, as_of) == expected


def test_the_same_share_of_something_else_is_no_claim(ds: Dataset) -> None:
    assert _shares(ds, "Canada's army got the same share of the budget as last year.") == []


# 'all' after a plural subject: each of them, as the frame reads it
_DESCRIPTIVE_GATED: Gated = {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A descriptive phrase for the ally named just before: "The Nordic country", "the Balkan nation".
        (
            "Norway is raising its defence budget. The Nordic country will spend 2.2% of GDP on defence this year.",
            [(["NOR"], 2.2, "accurate")],
        ),
        (
            "Albania has met the target. The Balkan nation spends 2.03% of GDP on defence, NATO estimates show.",
            [(["ALB"], 2.03, "accurate")],
        ),
        # Near miss: a plural group is not the ally just named.
        (
            "Estonia leads the region. The Baltic states all spend more than 2.5% of GDP on defence.",
            [([], 2.5, "accurate")],
        ),
    ],
)
def test_a_descriptive_phrase_is_the_ally_just_named(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert _shares(ds, text) == expected
    _assert_gated(ds, text, AS_OF, _DESCRIPTIVE_GATED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capital paired with a figure of its own ("Madrid only 1.28%") is its government, like "Madrid spends".
        (
            "Ankara spent 2.09% of GDP on its armed forces, Madrid only 1.28%.",
            [(["TUR"], 2.09, "accurate"), (["ESP"], 1.28, "accurate")],
        ),
        (
            "Defence spending as a share of GDP: Warsaw 4.12%, Tallinn 3.43%.",
            [(["POL"], 4.12, "accurate"), (["EST"], 3.43, "accurate")],
        ),
        # A non-ally's figure is not given to the ally of the next clause.
        (
            "The Kremlin spends about 6% of GDP on its military, while Germany spends 2.1%.",
            [(["DEU"], 2.1, "accurate")],
        ),
        # Near miss: a place, not a government.
        ("At a meeting in Madrid 2% of GDP was agreed as the floor.", []),
    ],
)
def test_capitals_and_non_allies(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert [s for s in _shares(ds, text)] == expected


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Polish defence spending reached 4.12% of GDP this year.", "accurate"),
        ("Germany's military spending hit 2.12 percent of economic output in 2024.", "accurate"),
        # A level to the tenth or hundredth is the figure, not a bar passed: Poland's 4.12 is not "3.9%".
        ("Poland's defence spending reached 3.9% of GDP in 2024.", "inaccurate"),
        ("Estonia's spending hit 3.2 per cent of GDP in 2024.", "inaccurate"),
    ],
)
def test_reaching_a_precise_level_states_the_level(ds: Dataset, text: str, verdict: str) -> None:
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]
    assert len(found) == 1
    assert found[0].fields["comparator"] == "eq"
    assert found[0].verdict == verdict, found[0].explanation


def test_reaching_a_round_target_is_still_a_bar(ds: Dataset) -> None:
    found = [r for r in check_text(ds, "Germany reached 2% of GDP in 2024.", as_of=AS_OF) if r.kind == "share_gdp"]
    assert [(r.fields["comparator"], r.fields["threshold"], r.verdict) for r in found] == [("ge", 2.0, "accurate")]


# "include" of a partial list, "includes Turkey" of an aggregate: what the group holds, which no rule checks.
_INCLUDES_GATED: Gated = {
    "NATO's assessment places Spain among the allies dedicating the smallest shares of GDP to defence. Other European "
    "countries at 2% include Belgium, the Czech Republic, North Macedonia, Luxembourg and Portugal.": (
        "accurate",
        "include",
    ),
    "Allies above 3% of GDP in 2024 include Poland, Estonia and the United States.": ("accurate", "include"),
    "European allies and Canada spent 2.02% of GDP in 2024, a figure that includes Turkey.": ("accurate", "includes"),
}


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # dev: 2025-08-28 continental-affairs, with the sentence before it (the measure); each 2.00 in nato-2025-08.
        (
            "NATO's assessment places Spain among the allies dedicating the smallest shares of GDP to defence. "
            "Other European countries at 2% include Belgium, the Czech Republic, North Macedonia, Luxembourg and "
            "Portugal.",
            "2025-08-28",
            [(["BEL", "CZE", "MKD", "LUX", "PRT"], 2.0, "unverifiable")],
        ),
        (
            "Allies above 3% of GDP in 2024 include Poland, Estonia and the United States.",
            AS_OF,
            [(["POL", "EST", "USA"], 3.0, "unverifiable")],
        ),
        # Near miss: what an aggregate counts is not a list of allies at its level.
        (
            "European allies and Canada spent 2.02% of GDP in 2024, a figure that includes Turkey.",
            AS_OF,
            [(["NATO_EUROPE_CANADA"], 2.02, "unverifiable")],
        ),
    ],
)
def test_a_group_and_the_allies_it_includes(ds: Dataset, text: str, as_of: str, expected: list[tuple]) -> None:
    assert _shares(ds, text, as_of) == expected
    _assert_gated(ds, text, as_of, _INCLUDES_GATED)


def test_a_count_and_the_allies_listed_among_them(ds: Dataset) -> None:
    # dev: 2025-08-28 continental-affairs: FRA 2.05, ITA 2.01, CAN 2.01 in 2025 (nato-2025-08), each in the range.
    text = (
        "Spain is at 2% of GDP. Around ten countries register between 2% and 2.1%, among them France, Italy and Canada."
    )
    found = [r for r in check_text(ds, text, as_of="2025-08-28") if r.fields["countries"] == ["FRA", "ITA", "CAN"]]
    assert len(found) == 1
    assert found[0].kind == "share_gdp" and found[0].verdict == "accurate", found[0].explanation
    assert found[0].span.text == "among them France, Italy and Canada"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Spain spends about 2% of its GDP on defence.", "inaccurate"),  # 1.28 does not round to 2
        ("Croatia spends about 2% of its GDP on defence.", "accurate"),  # 1.81 does
        ("Canada spends around 1.4% of GDP on defence.", "accurate"),  # 1.37, three quarters of the last digit
    ],
)
def test_about_a_whole_percent_is_what_rounds_to_it(ds: Dataset, text: str, verdict: str) -> None:
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]
    assert [r.verdict for r in found] == [verdict], [r.explanation for r in found]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # A year or "last year" after a baseline figure ("up from 1.31% last year") is that figure's only.
        (
            "Canada spends 1.37% of GDP on defence, up from 1.31% last year, but still below the 2% guideline.",
            [(1.37, None), (1.31, 2023), (2.0, None)],
        ),
        (
            "Defence spending in Canada is estimated at 1.37% of GDP in 2024, up from 1.31% a year earlier, but still "
            "well below the alliance's 2% guideline.",
            [(1.37, 2024), (1.31, 2023), (2.0, 2024)],
        ),
        # "has since risen to", "now": today's figure, not the year named before it.
        (
            "Germany spent 1.2% of GDP on defence in 2014, a figure that has since risen to 2.1%.",
            [(1.2, 2014), (2.1, None)],
        ),
        ("Poland spent 1.9% of GDP in 2014 and now spends 4.12%.", [(1.9, 2014), (4.12, None)]),
        # Near miss: a year after a figure that is not a baseline is still the next figure's ("in 2023, meeting").
        ("Poland spent 3.9% of GDP in 2023, meeting the 2% target.", [(3.9, 2023), (2.0, 2023)]),
    ],
)
def test_a_baseline_year_is_the_baseline_figures(ds: Dataset, text: str, years: list[tuple]) -> None:
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]
    assert [(r.fields["value"], r.fields["year"]) for r in found] == years
    assert all(r.verdict != "inaccurate" for r in found), [r.explanation for r in found]


# 'commitment' is read as 'pledge' and 'target' are: the threshold the frame holds
_NOT_YET_MET_GATED: Gated = {}


@pytest.mark.parametrize(
    ("text", "country", "threshold"),
    [
        ("Canada has yet to meet its pledge to spend 2% of GDP on defence.", "CAN", 2.0),
        ("Spain fails to meet the alliance's target of 2% of GDP.", "ESP", 2.0),
        ("Belgium has yet to meet a NATO-agreed commitment to devote two percent of GDP to defence.", "BEL", 2.0),
    ],
)
def test_a_pledge_not_yet_met_is_a_level_stayed_below(ds: Dataset, text: str, country: str, threshold: float) -> None:
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]
    assert [(r.fields["countries"], r.fields["comparator"], r.fields["threshold"]) for r in found] == [
        ([country], "lt", threshold)
    ]
    assert found[0].verdict == ("unverifiable" if text in _NOT_YET_MET_GATED else "accurate"), found[0].explanation
    _assert_gated(ds, text, AS_OF, _NOT_YET_MET_GATED)


def test_a_pledge_made_is_still_a_pledge(ds: Dataset) -> None:
    found = check_text(ds, "Canada has pledged to spend 2% of GDP by 2032.", as_of=AS_OF)
    assert [r.kind for r in found] == ["pledge"]


# "tops", "leads": a first place no rule checked beside the level; "above the target": a comparison with a target
# the sentence does not state.
_LEADER_GATED: Gated = {
    "The table shows defence expenditure as a percentage of GDP. Poland tops it with 4.12%.": ("accurate", "tops"),
    "Estonia leads the pack at 3.43% of GDP.": ("accurate", "leads"),
    "Romania's 2.25pc of GDP is above the target.": ("accurate", "above"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tops it with", "leads the table at": the ally's own level, not a bar it passes.
        (
            "The table shows defence expenditure as a percentage of GDP. Poland tops it with 4.12%.",
            [(["POL"], 4.12, "unverifiable")],
        ),
        ("Estonia leads the pack at 3.43% of GDP.", [(["EST"], 3.43, "unverifiable")]),
        # A figure compared with the target ("... is above the target") is a level, not a pledge.
        ("Romania's 2.25pc of GDP is above the target.", [(["ROU"], 2.25, "unverifiable")]),
    ],
)
def test_a_leader_and_a_level_compared_with_the_target(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert _shares(ds, text) == expected
    _assert_gated(ds, text, AS_OF, _LEADER_GATED)


# gate: the fraction the value came from ('three-quarters ... target') is not marked read
_MULTIPLE_GATED: Gated = {
    "Italy's spending is three-quarters of the 2% target.": ("accurate", "three-quarters"),
}


@pytest.mark.parametrize(
    ("text", "value", "comparator", "verdict"),
    [
        ("Spain's defence spending is less than half the 2% target.", 1.0, "lt", "inaccurate"),  # 1.28
        ("Poland spends more than twice the 2% target.", 4.0, "gt", "accurate"),  # 4.12
        ("Poland spends almost twice NATO's 2% target.", 4.0, "approx", "accurate"),
        ("Italy's spending is three-quarters of the 2% target.", 1.5, "eq", "unverifiable"),  # 1.49
    ],
)
def test_a_multiple_of_the_target(ds: Dataset, text: str, value: float, comparator: str, verdict: str) -> None:
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]
    assert [(r.fields["value"], r.fields["comparator"]) for r in found] == [(value, comparator)]
    assert found[0].verdict == verdict, found[0].explanation
    _assert_gated(ds, text, AS_OF, _MULTIPLE_GATED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time first, then the anaphor: "the figure" is the ally the sentence before claimed about.
        (
            "Germany spent 2.12% of GDP on defence in 2024. In 2014 the figure was 1.19%.",
            [(["DEU"], 2.12, "accurate"), (["DEU"], 1.19, "accurate")],
        ),
        (
            "Canada spent 1.37% of GDP on defence in 2024. A decade ago, the share was 1.01%.",
            [(["CAN"], 1.37, "accurate"), (["CAN"], 1.01, "accurate")],
        ),
        # Near miss: "That year" is a time, not the figure.
        (
            "Germany spent 1.19% of GDP on defence in 2014. That year Russia annexed Crimea.",
            [(["DEU"], 1.19, "accurate")],
        ),
    ],
)
def test_the_figure_after_a_time(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert _shares(ds, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain currently spends 2.33% of GDP, and the government wants 2.5%.",
        "Italy spends 1.49% of GDP on defence; Rome is aiming for 2%.",
    ],
)
def test_an_aim_is_not_a_level_spent(ds: Dataset, text: str) -> None:
    found = check_text(ds, text, as_of=AS_OF)
    assert [r.kind for r in found if r.fields["value"] in (2.5, 2.0)] == ["pledge"]


def test_a_caption_below_a_table(ds: Dataset) -> None:
    # An HTML table whose caption follows it; the header row gives the column years (nato-2024-06: Poland 1.88 in
    # 2014, 4.12 in 2024; Estonia 1.93 and 3.43).
    html = (
        "<table><tr><th>Country</th><th>2014</th><th>2024</th></tr><tr><td>Poland</td><td>1.88</td><td>4.12</td></tr>"
        "<tr><td>Estonia</td><td>1.93</td><td>3.43</td></tr><tr><td>Latvia</td><td>0.93</td><td>3.15</td></tr>"
        "</table><p>Defence expenditure as a share of GDP.</p>"
    )
    found = [(r.fields["countries"], r.fields["year"], r.fields["value"]) for r in check_text(ds, html, as_of=AS_OF)]
    assert (["POL"], 2014, 1.88) in found and (["EST"], 2024, 3.43) in found


def test_prose_below_a_table_is_no_caption(ds: Dataset) -> None:
    html = (
        "<table><tr><th>Country</th><th>2014</th><th>2024</th></tr><tr><td>Poland</td><td>1.88</td><td>4.12</td></tr>"
        "<tr><td>Estonia</td><td>1.93</td><td>3.43</td></tr><tr><td>Latvia</td><td>0.93</td><td>3.15</td></tr>"
        "</table><p>Figures in 2024 from a poll of 1,000 readers on what they think GDP means.</p>"
    )
    assert check_text(ds, html, as_of=AS_OF) == []


# 'a long way from' is read as the frame's "below"
_FAR_GATED: Gated = {}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Belgium, far from meeting the 2% target, spends just 1.3%.", "BEL"),
        ("Spain is nowhere near the 2% target.", "ESP"),
        ("Canada is a long way from the 2% goal.", "CAN"),
        ("Spain is nowhere near NATO's target.", "ESP"),
    ],
)
def test_far_from_a_target_is_below_it(ds: Dataset, text: str, country: str) -> None:
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp" and r.fields["value"] == 2.0]
    assert [(r.fields["countries"], r.fields["comparator"], r.verdict) for r in found] == [
        ([country], "lt", "unverifiable" if text in _FAR_GATED else "accurate")
    ]
    _assert_gated(ds, text, AS_OF, _FAR_GATED)


def test_figures_from_nato_in_its_own_clause(ds: Dataset) -> None:
    # The IISS named in the clause after "but" is the other figure's source, not this one's.
    text = (
        "According to figures from NATO, Germany spent 2.12% of GDP on defence in 2024, but according to the IISS "
        "it spent less."
    )
    found = [r for r in check_text(ds, text, as_of=AS_OF) if r.kind == "share_gdp"]
    assert [(r.fields["attributed_to"], r.verdict) for r in found] == [("nato", "accurate")]


# 'both', 'each' after a pair: each of them, as the frame reads it
_COORDINATED_GATED: Gated = {
    # the main clause's verb ('disagree') says something no rule checks
    "The US and Germany, which spends 2.12% of GDP, disagree.": ("accurate", "disagree"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary and Slovakia both spend around 2% of their GDP on defence.",
            [(["HUN", "SVK"], 2.0, "accurate")],
        ),
        ("Spain and Belgium each spend less than 1.5% of GDP.", [(["ESP", "BEL"], 1.5, "accurate")]),
        # One ally of the pair contradicts it: the claim about both is wrong.
        ("Spain and Croatia each spend less than 1.5% of GDP.", [(["ESP", "HRV"], 1.5, "inaccurate")]),
        # Near miss: a relative clause is about the ally it follows only.
        ("The US and Germany, which spends 2.12% of GDP, disagree.", [(["DEU"], 2.12, "unverifiable")]),
    ],
)
def test_a_coordinated_subject(ds: Dataset, text: str, expected: list[tuple]) -> None:
    assert _shares(ds, text) == expected
    _assert_gated(ds, text, AS_OF, _COORDINATED_GATED)


def test_a_target_reached_by_countries_is_not_the_last_allys(ds: Dataset) -> None:
    # dev: 2024-02-15 arienhost: "the number of countries reaching the two percent target" is not the UK's share.
    text = (
        "The UK is one of the nations meeting NATO spending obligations, allocating 2.07 percent of its GDP. This "
        "marks a success, as the number of countries reaching the two percent target has increased sharply."
    )
    found = [r for r in check_text(ds, text, as_of="2024-02-15") if r.kind == "share_gdp"]
    assert [(r.fields["countries"], r.fields["value"]) for r in found] == [(["GBR"], 2.07)]
