"""The mood of the verb group that governs a figure (issue 10, class 3): a forecast, a plan or aim, an obligation, a
proposal or demand, a hypothesis, or a fact. A figure under a mood other than fact is not judged against today's
share: a plan, aim or obligation against the pledge register (src/natospend/meta/pledges.toml), a forecast for a
later year likewise, a proposal not at all. Sentences are from published articles (address beside each), not from
the corpus. Register entries used: gbr-2.5pct-2030-sunak (2024-04-23), gbr-3pct-next-parliament (3% by 2034,
2025-02-25), esp-2.1pct-2025 (2025-06-22), vilnius-2023-2pct (2% floor), hague-2025-total-5 (2025-06-25)."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.claims.modality import clause_mood
from natospend.store.dataset import Dataset


def _mood(sentence: str, figure: str) -> tuple[str, str] | None:
    at = sentence.index(figure)
    mood = clause_mood(sentence, at, at + len(figure))
    return (mood.kind, mood.cue) if mood else None


# ------------------------------------------------------------------------------------------------ the stage
@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # https://news.online.ua/en/nato-needs-to-figure-it-out-trump-makes-tough-demands-on-the-alliance-894529/
        (
            "White House President Donald Trump has demanded that all NATO countries spend 5% of their GDP on defense.",
            "5%",
            ("proposal", "demanded"),
        ),
        # https://www.ghanacrusader.com/trump-tells-nato-leaders-to-increase-defence-spending-to-4-of-their-gdp/
        (
            "U.S. President Donald Trump told NATO leaders on Wednesday they should raise their defence spending to 4 "
            "percent of their gross domestic product (GDP), doubling the group's current goal of two percent.",
            "4 percent",
            ("proposal", "should"),
        ),
        # https://www.shropshirestar.com/uk-news/2025/05/30/no-doubt-uk-will-spend-3-of-gdp-on-defence-by-mid-2030s-healey-says/
        (
            "Defence spending at 3% of GDP by 2034 is a firm commitment, John Healey has said.",
            "3%",
            ("plan", "of GDP by 2034 is a firm commitment"),
        ),
        # https://www.standard.co.uk/news/politics/keir-starmer-nato-mark-rutte-gdp-the-hague-b1234467.html
        (
            "Prime Minister Pedro Sanchez said that Spain would be able to keep its commitments to the 32-nation "
            "military alliance by spending 2.1% of GDP on defence needs.",
            "2.1%",
            ("plan", "would"),
        ),
        # https://d113sophiabush.blogspot.com/2024/07/commitment-to-shared-defense.html
        (
            "More than 20 NATO members are expected to meet the 2% target this year, up from just a handful a few "
            "years ago.",
            "2%",
            ("forecast", "expected to"),
        ),
        # https://wenewsenglish.com/uk-pm-pledges-to-raise-defence-spending-to-2-5-of-gdp-by-2027
        (
            "The newly announced increase will see an additional £13.4 billion ($17 billion) allocated annually, with "
            "a long-term goal of raising defence spending to 3% of GDP by 2035.",
            "3%",
            ("plan", "raising"),
        ),
        # https://newyorkheadlines.com/?p=4041
        (
            "Sanchez quickly asserted that Spain would not be obligated to reach the 5% goal, as it would suffice to "
            "allocate 2.1% of GDP for NATO's essential military needs.",
            "5%",
            ("obligation", "obligated to"),
        ),
        # https://intelliphants.com/shapps-calls-for-defence-spending-to-rise-to-3-of-gdp/
        ("Shapps calls for defence spending to rise to 3% of GDP", "3%", ("proposal", "calls for")),
        # The corpus's form (Trump to Carney, 2025), written anew: a change verb ending at "the" figure.
        ("You decided to bring Canada to the 2% spending this year.", "2%", ("plan", "to bring")),
        # Facts: a verb stating a level between a cue and the figure, or a past change.
        ("Trump, who has demanded more, noted that Germany spends 1.2% of GDP.", "1.2%", None),
        ("Germany's spending rose to 2.1% of GDP in 2024.", "2.1%", None),
        # https://www.rawstory.com/trump-2672407734 : "currently" states the level
        ("Currently, the United States spends about 3.4% of its GDP on NATO defense.", "3.4%", None),
    ],
)
def test_the_mood_of_the_verb_group(sentence: str, figure: str, expected: tuple[str, str] | None) -> None:
    assert _mood(sentence, figure) == expected


def test_an_estimate_reported_is_a_forecast_not_a_plan() -> None:
    # The corpus's Toronto Sun form, written anew: a verb of estimating before "would" makes it NATO's estimate.
    assert _mood("NATO estimated last June that Canada would spend about 1.39% of GDP in 2021.", "1.39%") == (
        "forecast",
        "would",
    )


# ------------------------------------------------------------------------------------------------ verdicts
def _results(ds: Dataset, text: str, as_of: str) -> list[tuple[str, str, str]]:
    return [(r.kind, r.verdict, r.explanation) for r in check_text(ds, text, as_of=as_of)]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # https://news.online.ua/en/nato-needs-to-figure-it-out-trump-makes-tough-demands-on-the-alliance-894529/
        ("White House President Donald Trump has demanded that all NATO countries spend 5% of their GDP on defense.",
         "2025-06-21"),
        # https://www.ghanacrusader.com/trump-tells-nato-leaders-to-increase-defence-spending-to-4-of-their-gdp/
        ("U.S. President Donald Trump told NATO leaders on Wednesday they should raise their defence spending to 4 "
         "percent of their gross domestic product.", "2018-07-11"),
    ],
)  # fmt: skip
def test_a_demand_is_no_spending_claim(ds: Dataset, text: str, as_of: str) -> None:
    found = _results(ds, text, as_of)
    assert found, "the demanded figure is reported, as a demand"
    for kind, verdict, why in found:
        assert verdict == "unverifiable", (kind, verdict, why)
        assert "proposal or demand" in why or "proposal or call" in why


def test_a_national_pledge_stated_as_a_commitment_is_judged_on_the_register(ds: Dataset) -> None:
    # https://www.shropshirestar.com/uk-news/2025/05/30/no-doubt-uk-will-spend-3-of-gdp-on-defence-by-mid-2030s-healey-says/
    # The UK's 2024 share was 2.33%: judged as spending this was `inaccurate`; as a pledge it is in the register.
    [r] = check_text(
        ds, "Defence spending at 3% of GDP by 2034 is a firm commitment, John Healey has said.", "2025-05-30"
    )
    assert r.verdict == "accurate", r.explanation
    assert "gbr-3pct-next-parliament" in r.explanation
    # The same words with a deadline the register does not hold: not accurate.
    [r] = check_text(
        ds, "Defence spending at 3% of GDP by 2030 is a firm commitment, John Healey has said.", "2025-05-30"
    )
    assert r.verdict == "unverifiable" and "deadline 2034" in r.explanation, r.explanation


def test_a_national_plan_stated_through_a_modal_is_judged_on_the_register(ds: Dataset) -> None:
    # https://www.standard.co.uk/news/politics/keir-starmer-nato-mark-rutte-gdp-the-hague-b1234467.html
    text = (
        "Prime Minister Pedro Sanchez said that Spain would be able to keep its commitments to the 32-nation "
        "military alliance by spending 2.1% of GDP on defence needs."
    )
    [r] = check_text(ds, text, as_of="2025-06-23")
    assert r.verdict == "accurate" and "esp-2.1pct-2025" in r.explanation, r.explanation
    # Before Sanchez announced it (2025-06-22), the register held no such pledge.
    [r] = check_text(ds, text, as_of="2025-06-01")
    assert r.verdict == "unverifiable", r.explanation


def test_a_plan_not_in_the_register_is_unverifiable_not_inaccurate(ds: Dataset) -> None:
    # A form of the dev corpus (AP, 27 February 2022) written anew: a participle of change ending at the figure.
    # Germany's 2021 share was 1.53% (a fact reading said `inaccurate`); the register held no German pledge then.
    found = _results(ds, "Scholz said Germany is committing a special fund, raising its defense spending above 2 "
                         "percent of GDP.", "2022-02-27")  # fmt: skip
    shares = [f for f in found if f[0] in ("share_gdp", "pledge")]
    assert shares and all(v == "unverifiable" for _, v, _ in shares), found


def test_an_obligation_of_every_ally_is_the_alliance_pledge(ds: Dataset) -> None:
    # A count of all allies with "must": the alliance's pledge (vilnius-2023-2pct), not a count to contradict.
    found = _results(
        ds, "These funds matter because all NATO countries must meet the two percent target.", "2025-06-25"
    )
    assert [(k, v) for k, v, _ in found] == [("count", "accurate")], found
    assert "vilnius-2023-2pct" in found[0][2]


def test_a_count_forecast_for_this_year_is_judged_on_natos_projection(ds: Dataset) -> None:
    # https://d113sophiabush.blogspot.com/2024/07/commitment-to-shared-defense.html : NATO's June 2024 release
    # projected 23 allies at or above 2% in 2024.
    found = check_text(
        ds, "More than 20 NATO members are expected to meet the 2% target this year.", as_of="2024-07-10"
    )
    counts = [r for r in found if r.kind == "count"]
    assert counts and counts[0].verdict == "accurate", [(r.verdict, r.explanation) for r in found]
    assert "projection for 2024" in counts[0].explanation
    # "projected" is a projection word; the count is still judged on NATO's projection for that year.
    found = check_text(ds, "This year, 23 of the 32 members are projected to meet the 2% target.", as_of="2024-07-10")
    assert [r.verdict for r in found if r.kind == "count"] == ["accurate"]


# ------------------------------------------------------------------------------------------------ who pledged
def test_a_pledge_made_by_a_person_named_with_no_ally_is_not_the_alliances(ds: Dataset) -> None:
    # The corpus's two forms (a Belgian prime minister, 2023; Pedro Sanchez, 2025), written anew with another
    # leader: a national leader's reaffirmation is the ally's own, which the alliance-wide 2% does not settle.
    [r] = check_text(ds, "Prime Minister Mark Rutte reaffirmed the commitment to the 2 percent target.", "2023-03-22")
    assert r.kind == "pledge" and r.verdict == "unverifiable", r.explanation
    assert "Prime Minister Mark Rutte" in r.explanation
    # https://military-online.blogspot.com/2018/05/trump-nato-secretary-general-discuss.html : the alliance pledges.
    text = (
        "At the Wales summit in 2014, NATO nations pledged to dedicate 2 percent of gross domestic product to defense."
    )
    [r] = check_text(ds, text, as_of="2018-05-18")
    assert r.verdict == "accurate" and "wales-2014-2pct" in r.explanation, r.explanation


def test_a_leader_announcing_a_plan_of_a_named_ally_is_judged_on_its_own_pledge(ds: Dataset) -> None:
    # https://dfnihf8fcqrzv.cloudfront.net/blitz/damsana-ranadhiran/trump-pressures-meloni-to-boost-italy-s-defense-spending-dismisses-nato-s-2-target-as-never/182072357
    text = (
        "Meloni, attempting to project progress ahead of the upcoming NATO summit, announced that Italy intends to "
        "reach the alliance's 2% target."
    )
    [r] = check_text(ds, text, as_of="2025-04-18")
    assert r.verdict == "accurate" and "ita-2pct-2025" in r.explanation, r.explanation
    # https://www.rt.com/newsline/472840-germany-nato-spending-goal/ : Germany's own 2031 plan is not in the register.
    text = (
        "Annegret Kramp-Karrenbauer said Germany would spend 2 percent of its economic output on defense by 2031, "
        "belatedly reaching the goal set by NATO leaders at a 2014 summit."
    )
    found = check_text(ds, text, as_of="2019-11-07")
    assert found and all(r.verdict == "unverifiable" for r in found), [(r.verdict, r.explanation) for r in found]


# ------------------------------------------------------------------------------------------------ negation
def test_a_focus_particle_is_no_negation() -> None:
    from natospend.claims import lexicon as L
    from natospend.claims.modality import without_compliance_negation

    # The corpus's Trump tweet form (2018), written anew: "not only short of" denies nothing about the pledge.
    lead = "Many allies are not only short of their current commitment of "
    assert L.NEGATION_RE.search(lead)
    assert not L.NEGATION_RE.search(without_compliance_negation(lead))
    assert L.NEGATION_RE.search(without_compliance_negation("Spain has not pledged "))


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # https://trudeau648.rssing.com/chan-78729141/article42.html (Politico, July 2024)
        ("Polish President Andrzej Duda has called on NATO to raise the target to 3 percent.", "2024-07-11"),
        ("“Two percent is not enough,” Pevkur said during a POLITICO roundtable on Tuesday.", "2024-07-11"),
        (
            "And while a consensus is growing among NATO leaders that the spending target should now be higher than 2 "
            "percent, they can’t seem to agree on what the number should be.",
            "2024-07-11",
        ),
        # https://unn.ua/en/news/trump-says-nato-countries-should-spend-5percent-of-gdp-on-defense
        (
            "US President-elect Donald Trump has said that NATO countries should spend 5% of GDP on defense.",
            "2025-01-07",
        ),
        # https://newyorkheadlines.com/?p=4041 : the obligation denied
        ("Sanchez quickly asserted that Spain would not be obligated to reach the 5% goal.", "2025-06-22"),
    ],
)
def test_demands_and_denied_obligations_are_never_settled(ds: Dataset, text: str, as_of: str) -> None:
    for r in check_text(ds, text, as_of=as_of):
        assert r.verdict == "unverifiable", (r.kind, r.verdict, r.explanation)


def test_a_denied_plan_is_not_the_registered_one(ds: Dataset) -> None:
    # esp-2.1pct-2025 is in the register (2025-06-22); a plan the sentence denies is not matched to it.
    [r] = check_text(ds, "Sanchez said Spain does not plan to spend 2.1% of GDP.", as_of="2025-06-23")
    assert r.verdict == "unverifiable" and "denies" in r.explanation, r.explanation
    [r] = check_text(ds, "Sanchez said Spain plans to spend 2.1% of GDP.", as_of="2025-06-23")
    assert r.verdict == "accurate" and "esp-2.1pct-2025" in r.explanation, r.explanation


def test_a_count_of_every_ally_pledging_is_judged_on_the_figure_pledged(ds: Dataset) -> None:
    # https://particle.news/story/nato-agrees-to-5-gdp-defence-spending-target-by-2035-under-trump-pressure
    # The 2% a change starts from is a level, not what is pledged: the 5% is, which the register holds from
    # 2025-06-25 (hague-2025-total-5) and not before.
    text = (
        "All 32 member states committed to raising annual defence outlays from the longstanding 2% of GDP to 5% by "
        "2035."
    )
    assert _mood(text, "2%") is None
    [r] = check_text(ds, text, as_of="2025-06-26")
    assert r.verdict == "accurate" and "hague-2025-total-5" in r.explanation, r.explanation
    [r] = check_text(ds, text, as_of="2025-06-22")
    assert r.verdict == "unverifiable", r.explanation


def test_a_condition_supposes_a_level_and_asserts_none(ds: Dataset) -> None:
    # Written for this test (a guard): pol-4.7pct-2025 is in the register, but a condition does not state it.
    text = "If Poland spent 4.7% of GDP on defence, it would lead the alliance."
    assert _mood(text, "4.7%") == ("conditional", "If")
    shares = [r for r in check_text(ds, text, as_of="2025-06-01") if r.kind in ("share_gdp", "pledge")]
    assert shares and all(r.verdict == "unverifiable" for r in shares), [(r.verdict, r.explanation) for r in shares]
    # A possibility is a plan, true only if registered: https://newyorkheadlines.com/?p=4041 (Reuters, 2025-06-22)
    assert _mood("Sanchez said it would suffice to allocate 2.1% of GDP.", "2.1%") == ("plan", "would")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # https://briefly.co/anchor/Europe_politics/story/nato-commits-to-major-defence-spending-hike-sought-by-trump
        ("NATO leaders have unanimously agreed to boost military spending to 5% of GDP by 2035.", "accurate"),
        # The same with the aside of https://www.localnewswave.com/article/1013369310268452864 : the ally named after
        # the figure ("under pressure from US President Donald Trump") is not who pledged.
        (
            "NATO leaders have unanimously agreed to boost military spending to 5% of GDP by 2035 under pressure "
            "from US President Donald Trump.",
            "accurate",
        ),
        (
            "NATO leaders have unanimously agreed to boost military spending to 5% of GDP by 2030 under pressure "
            "from US President Donald Trump.",
            "inaccurate",
        ),
    ],
)
def test_the_alliance_named_as_who_pledges_is_the_subject(ds: Dataset, text: str, verdict: str) -> None:
    [r] = check_text(ds, text, as_of="2025-06-26")
    assert (r.kind, r.fields.get("countries"), r.verdict) == ("pledge", ["ALL"], verdict), r.explanation
    # Written for this test: an ally named before the figure is who pledged (gbr-2.5pct-2030-sunak, April 2024).
    [r] = check_text(ds, "Allies welcomed that Britain has pledged to spend 2.5% of GDP by 2030.", as_of="2024-04-23")
    assert r.fields.get("countries") == ["GBR"] and "gbr-2.5pct-2030-sunak" in r.explanation


def test_a_count_against_a_threshold_no_share_of_gdp_reaches_is_of_another_measure(ds: Dataset) -> None:
    # Written for this test from the corpus's form (2023): the 20% target named with no word for equipment.
    text = "This year, every NATO member is expected to hit the 20 percent target."
    counts = [r for r in check_text(ds, text, as_of="2023-07-10") if r.kind == "count"]
    assert counts and all(r.verdict == "unverifiable" for r in counts), [(r.verdict, r.explanation) for r in counts]
    # Read as the equipment guideline (20% of defence spending on equipment, claims/counts.py), never as 20% of GDP.
    assert all(r.fields.get("metric") == "equipment_share" for r in counts), [r.fields for r in counts]
