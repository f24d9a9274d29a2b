"""Growth multiples ("doubled since 2014", "more than doubled in the face of Russia's invasion", "almost doubling
2023's figures"): judged from two levels of one release; a quantified or alliance-wide subject is no ally one can
look up. Sentences from the dev articles of tests/data/claims_articles and paraphrases; figures are the published
cells of nato-2024-06 (PLN and EUR at current prices)."""

from __future__ import annotations

from natospend.claims import check_text, extract
from natospend.claims.check import ClaimResult
from natospend.claims.multiples import find_multiples
from natospend.store.dataset import Dataset


def _multiple(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = [r for r in check_text(ds, text, as_of) if r.kind == "growth_multiple"]
    assert len(found) == 1, [(r.span.text if r.span else r.text, r.kind, r.verdict) for r in found]
    return found[0]


def test_multiple_forms() -> None:
    (m,) = find_multiples("Overall, the alliance has seen a surge in defence spending, almost doubling 2023’s figures.")
    assert (m.factor, m.comparator, m.since) == (2.0, "nearly", 2023)
    (m,) = find_multiples("The east European country has more than doubled its military spending in the face of war.")
    assert m.bare and m.since is None and m.comparator == "gt"
    # Near miss: troops, not spending.
    assert find_multiples("Poland has doubled its troops since 2014.") == []


def test_anaphoric_subject_and_an_event_base(ds: Dataset) -> None:
    # Olive Press, 18 June 2024. POL current prices, nato-2024-06: 58,304 (2021), 68,361 (2022), 151,241 (2024e):
    # 2.59x and 2.21x, more than doubled from either year the invasion can mean.
    text = (
        "As of today, 23 out of 32 NATO members have reached or exceeded the 2% target, with Poland out leading in "
        "first place. The east European country has more than doubled its military spending in the face of Russia’s "
        "invasion of neighbouring Ukraine."
    )
    r = _multiple(ds, text, "2024-06-18")
    assert r.fields["countries"] == ["POL"] and r.verdict == "accurate" and "2.59x" in r.explanation
    r = _multiple(
        ds, "Poland has more than doubled its defence spending since Russia's invasion of Ukraine.", "2024-06-18"
    )
    assert r.verdict == "accurate" and r.fields["bases"] == [2021, 2022]
    # Paraphrase where the readings part: doubled from 2021 (1.93x) but not from 2022.
    r = _multiple(ds, "Lithuania has doubled its defence spending since Russia's invasion of Ukraine.", "2024-06-18")
    assert r.verdict == "unverifiable" and "Cannot tell which year" in r.explanation
    # Near miss: no base at all is no claim.
    assert [
        c for c in extract("Poland has more than doubled its military spending.") if c.kind == "growth_multiple"
    ] == []


def test_quantified_or_alliance_subject_is_unverifiable(ds: Dataset) -> None:
    # AP on SIPRI, 24 April 2023: a quantified group with modifiers.
    text = "Many former eastern bloc states have more than doubled their military spending since 2014."
    r = _multiple(ds, text, "2023-04-24")
    assert r.verdict == "unverifiable" and "Many former eastern bloc states" in r.explanation
    r = _multiple(ds, "Several NATO allies have tripled their defence spending since 2014.", "2024-06-18")
    assert r.verdict == "unverifiable" and "Several NATO allies" in r.explanation
    # Olive Press: the alliance, with no total named.
    text = "Overall, the alliance has seen a remarkable surge in defence spending, almost doubling 2023’s figures."
    r = _multiple(ds, text, "2024-06-18")
    assert r.verdict == "unverifiable" and "total spending or each ally's" in r.explanation


def test_multiple_since_a_year_names_its_price_basis(ds: Dataset) -> None:
    # DEU current prices in nato-2024-06: 34,749 (2014) -> 90,586 (2024e): 2.61x.
    r = _multiple(ds, "Germany has more than doubled its defence spending since 2014.", "2024-06-18")
    assert r.verdict == "accurate" and "current prices" in r.explanation and "nato-2024-06" in r.explanation
    r = _multiple(ds, "Germany has tripled its defence spending since 2014.", "2024-06-18")
    assert r.verdict == "inaccurate"


def test_as_much_as_in_a_year(ds: Dataset) -> None:
    # Current prices, nato-2024-06: DEU 34,749 -> 90,586 million EUR (2.61x); POL 31,874 -> 151,241 PLN (4.74x).
    r = _multiple(ds, "Germany now spends more than twice as much on defence as in 2014.", "2024-06-18")
    assert r.fields["since"] == 2014 and r.verdict == "accurate" and "2.61x" in r.explanation
    r = _multiple(ds, "Poland spends three times as much on defence as it did in 2014.", "2024-06-18")
    assert r.fields["since"] == 2014 and r.verdict == "inaccurate" and "4.74x" in r.explanation
    # Near miss: as much as another ally is a ratio between allies, not since a year.
    r = _multiple(ds, "Poland spends twice as much on defence as Germany.", "2024-06-18")
    assert r.fields.get("since") is None and r.fields["others"] == ["DEU"]
