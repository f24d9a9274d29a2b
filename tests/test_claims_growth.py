"""Changes of spending in percent (real_growth): what a change is counted from, which measure it is (NATO's real
change, the nominal change, SIPRI's change from constant dollars) and changes over several years computed from two
levels of one release. Sentences from the dev articles of tests/data/claims_articles and paraphrases; the figures
asserted are the published cells of the embedded dataset (nato-2024-06, sipri-2023-04)."""

from __future__ import annotations

from natospend.claims import check_text, extract
from natospend.claims.check import ClaimResult
from natospend.claims.growth import change_base
from natospend.store.dataset import Dataset


def _growth(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = [r for r in check_text(ds, text, as_of) if r.kind == "real_growth"]
    assert len(found) == 1, [(r.span.text if r.span else r.text, r.kind, r.verdict) for r in found]
    return found[0]


# ------------------------------------------------------------------------------------------------ stage: the base
def test_change_base_reading() -> None:
    s = "Germany's defence spending has risen 96% in real terms since 2014."
    assert change_base(s, s.index("96%"), s.index("96%") + 3) == ([2014], None)
    s = "Since the start of Russia's war in Ukraine, spending among EU countries in NATO has increased by 30%"
    assert change_base(s, s.index("30%"), s.index("30%") + 3) == ([2021, 2022], None)
    s = "Poland's spending has risen 90% in real terms over the past two years."
    assert change_base(s, s.index("90%"), s.index("90%") + 3) == ([], 2)
    # Near miss: "the biggest rise since 2008" says how big, not what the change is counted from.
    s = "Spain's military spending rose 12% in real terms in 2023, the biggest rise since 2008."
    assert change_base(s, s.index("12%"), s.index("12%") + 3) == ([], None)


def test_increase_on_last_year_is_this_years_change(ds: Dataset) -> None:
    # Olive Press, 18 June 2024: ESP 2024e real change +9.32% in nato-2024-06; "last year" is the base.
    text = (
        "In 2014, Spain spent just €10 billion on its military – less than 1% of GDP. "
        "It is estimated to spend €20 billion in 2024, a 9% increase on last year."
    )
    r = _growth(ds, text, "2024-06-18")
    assert r.fields["year"] == 2024 and r.verdict == "accurate"
    assert "9.32" in r.explanation
    # Paraphrases: the base as a year, and as "the year before" (POL 2024e +30.07%).
    r = _growth(ds, "Spain's defence spending in 2024 is up 9% on 2023.", "2024-06-18")
    assert r.fields["year"] == 2024 and r.verdict == "accurate"
    r = _growth(ds, "Poland's defence spending this year is 30% higher than the year before.", "2024-06-18")
    # the "read every word" gate withholds the 'accurate': 'higher than' is not marked read
    assert r.fields["year"] == 2024 and r.verdict == "unverifiable" and "30.07" in r.explanation
    assert r.figures_verdict == "accurate" and "higher" in r.unread, r.unread
    # Year on year, with the year given: "grew by 9.3 percent in 2024".
    r = _growth(ds, "Spain's military spending grew by 9.3 percent in 2024.", "2024-06-18")
    assert r.verdict == "accurate"


def test_measure_told_apart(ds: Dataset) -> None:
    # ESP 2024e: real +9.32%, nominal (current prices, EUR 17,451 -> 19,723 million, TABLE1 M37, N37) +13.0%.
    r = _growth(ds, "Spain's military spending rose 13% in 2024.", "2024-06-18")
    assert r.verdict == "different_measure" and "nominal" in r.explanation
    r = _growth(ds, "Spain's military spending rose 13% in real terms in 2024.", "2024-06-18")
    assert r.verdict == "inaccurate" and "9.32" in r.explanation
    r = _growth(ds, "Spain's defence budget rose 4.5% in real terms this year.", "2024-06-18")
    assert r.verdict == "inaccurate"
    # Near miss: a rise that says neither real nor nominal and matches neither is not judged.
    r = _growth(ds, "Spain's military spending rose 20% in 2024.", "2024-06-18")
    assert r.verdict == "unverifiable" and "Cannot tell whether 20% is a change in real terms" in r.explanation


def test_unattributed_change_that_is_sipris(ds: Dataset) -> None:
    # AP on SIPRI, 24 April 2023: no NATO real change for 2022 held then; SIPRI's constant 2021 US$ give
    # FIN +35.6%, LTU +26.7%, POL +11.3%.
    text = (
        "Some of the sharpest increases were seen in countries near Russia: Finland (36 per cent), "
        "Lithuania (27 per cent), Sweden (12 per cent) and Poland (11 per cent)."
    )
    results = [r for r in check_text(ds, text, "2023-04-24") if r.kind == "real_growth"]
    assert {r.fields["countries"][0]: r.verdict for r in results} == {
        "FIN": "different_measure",
        "LTU": "different_measure",
        "SWE": "different_measure",
        "POL": "different_measure",
    }
    r = _growth(ds, "Lithuania's military spending rose 27 per cent last year.", "2023-04-24")
    assert r.verdict == "different_measure" and "SIPRI" in r.explanation and "26.7" in r.explanation
    # A source named: SIPRI's figure, not judged against NATO's.
    r = _growth(ds, "According to SIPRI, Poland's military spending rose 11 per cent in 2022.", "2023-04-24")
    assert r.verdict == "different_measure"


def test_change_since_a_base_year(ds: Dataset) -> None:
    # nato-2024-06, DEU: constant 2015 prices 35,394 (2014) -> 69,341 (2024e) million EUR, +95.9%; current prices
    # 34,749 -> 90,586, +160.7%. Both levels from the one release.
    r = _growth(ds, "Germany's defence spending has risen 96% in real terms since 2014.", "2024-06-18")
    assert r.verdict == "accurate" and "nato-2024-06" in r.explanation and "constant prices" in r.explanation
    r = _growth(ds, "Germany's defence spending has risen by 161 percent since 2014.", "2024-06-18")
    assert r.verdict == "accurate" and "current prices (nominal)" in r.explanation
    r = _growth(ds, "Germany's defence spending rose 30% in real terms since 2014.", "2024-06-18")
    assert r.verdict == "inaccurate" and "+95.9%" in r.explanation
    # Near miss: no price basis, and neither reading matches.
    r = _growth(ds, "Germany's defence spending rose 30% since 2014.", "2024-06-18")
    assert r.verdict == "unverifiable" and "Cannot tell what 30% measures" in r.explanation


def test_change_since_an_event(ds: Dataset) -> None:
    # POL at constant prices in nato-2024-06: 49,925 (2021), 53,087 (2022), 101,236 (2024e): +102.8% / +90.7%.
    text = "Since Russia's invasion of Ukraine, Poland has raised its defence spending by more than 90% in real terms."
    r = _growth(ds, text, "2024-06-18")
    assert r.fields["bases"] == [2021, 2022] and r.verdict == "accurate"
    text = "Since Russia's invasion of Ukraine, Poland has raised its defence spending by 95% in real terms."
    assert _growth(ds, text, "2024-06-18").verdict == "inaccurate"  # neither base gives 95%
    text = "Since the full-scale invasion, Poland's defence spending has risen by more than 100% in real terms."
    r = _growth(ds, text, "2024-06-18")
    assert r.verdict == "unverifiable" and "Cannot tell which year" in r.explanation  # 2021 yes, 2022 no


def test_group_change_is_not_each_members(ds: Dataset) -> None:
    # Bloomberg via RBC-Ukraine, 7 May 2025: "EU countries in NATO" is no NATO aggregate.
    text = (
        "Since the start of Russia’s war in Ukraine, defense spending among EU countries in NATO has increased by 30%"
    )
    r = _growth(ds, text, "2025-05-07")
    assert r.verdict == "unverifiable" and "EU members of NATO" in r.explanation
    r = _growth(ds, "The Baltic states raised their defence spending by 12% in real terms in 2023.", "2024-06-18")
    assert r.verdict == "unverifiable" and "combined spending" in r.explanation


def test_no_claim_from_a_rank_since() -> None:
    claims = extract("Spain's military spending rose 12% in real terms in 2023, the biggest rise since 2008.")
    growth = [c for c in claims if c.kind == "real_growth"]
    assert len(growth) == 1 and growth[0].since is None and growth[0].year == 2023


def test_yearly_rate_over_a_period_is_not_the_whole_change(ds: Dataset) -> None:
    r = _growth(ds, "Poland's defence spending has grown by 10% a year since 2014.", "2024-06-18")
    assert r.verdict == "unverifiable" and "yearly rate" in r.explanation
    r = _growth(ds, "Since 2014, Latvia's defence budget has increased on average by 15% annually.", "2024-06-18")
    assert r.verdict == "unverifiable" and "yearly rate" in r.explanation
    # Near miss: the whole change since 2014, no rate (DEU constant prices +95.9% in nato-2024-06).
    r = _growth(ds, "Germany's defence spending has risen 96% in real terms since 2014.", "2024-06-18")
    assert r.verdict == "accurate"
