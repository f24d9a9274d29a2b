"""Multiples in the forms a recall audit of fresh articles (not in tests/data/claims_articles) found missed: a ratio to
the rest of the alliance combined ("almost three times more than all the other NATO states combined"), "double" and
"triple" before their object ("more than double what was recorded in 2020"), and an ally's own earlier figure
("more than double the country's figure from a decade ago"). Each source sentence carries its address; the verdicts
come from NATO's published amounts (the dataset holds them in nato-2019-06, nato-2024-06 and nato-2026-07)."""

from __future__ import annotations

from natospend.claims import check_text, extract
from natospend.claims.check import ClaimResult
from natospend.claims.multiples import find_multiples
from natospend.store.dataset import Dataset


def _multiple(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = [r for r in check_text(ds, text, as_of) if r.kind == "growth_multiple"]
    assert len(found) == 1, [(r.kind, r.verdict, r.explanation) for r in check_text(ds, text, as_of)]
    return found[0]


def test_a_ratio_to_the_rest_of_the_alliance() -> None:
    # https://www.businessinsider.com.au/how-much-every-nato-member-spends-on-military-in-2014-2015-2 (2015-02-27)
    text = (
        "In 2014, the US spent about $US582 billion (£400 billion) on military expenditure, almost three times more "
        "than all the other NATO states combined."
    )
    (m,) = find_multiples(text)
    assert (m.factor, m.comparator, m.rest, m.since) == (3.0, "nearly", True, None)
    # https://money.cnn.com/2016/07/08/news/nato-summit-spending-countries/index.html (2016-07-08)
    (m,) = find_multiples("That's more than double the amount all the other 27 NATO countries spent between them.")
    assert (m.factor, m.comparator, m.rest) == (2.0, "gt", True)
    # Near misses: another ally is no rest of the alliance; "double its budget" is a verb, not a multiple.
    (m,) = find_multiples("The US spends three times as much as Germany.")
    assert not m.rest
    (m,) = find_multiples("The US spends three times as much as other NATO members.")
    assert not m.rest  # each of them, or all together? Not said
    assert find_multiples("Poland will double its defence budget by 2030.") == []


def test_the_rest_multiple_is_one_claim_judged_on_natos_total(ds: Dataset) -> None:
    text = (
        "In 2014, the US spent about $US582 billion (£400 billion) on military expenditure, almost three times more "
        "than all the other NATO states combined."
    )
    kinds = [c.kind for c in extract(text)]
    assert "alliance_share" not in kinds  # the multiple says more than "more than all the others combined"
    r = _multiple(ds, text, "2015-02-27")
    assert r.fields["countries"] == ["USA"] and r.fields["year"] == 2014
    # No release held by February 2015 gives the amounts: the data cannot decide it then.
    assert r.verdict == "unverifiable" and "rest of the alliance combined" in r.explanation
    # Paraphrase judged once amounts are held: nato-2024-06 gives USA 967,707 of NATO's 1,474,399 million US$ in
    # 2024e, 1.91 times the rest; "twice as much" covers 1.8-2.3x, "more than twice" needs over 2x.
    r = _multiple(ds, "The US spends twice as much on defence as the rest of NATO combined.", "2024-07-01")
    assert r.verdict == "accurate" and "1.91x" in r.explanation
    r = _multiple(ds, "The US spends more than twice as much on defence as the rest of NATO combined.", "2024-07-01")
    assert r.verdict == "inaccurate"


def test_double_what_an_earlier_year_recorded(ds: Dataset) -> None:
    # https://www.aman-alliance.org/Home/ContentDetail/94104 (Lusa, 2025-08-28)
    text = (
        "Portugal will spend more than €5.9 billion this year, an increase of almost €1.5 billion compared to what "
        "was estimated in 2024 and more than double what was recorded in 2020."
    )
    (m,) = find_multiples(text)
    assert (m.factor, m.comparator, m.since) == (2.0, "gt", 2020)
    r = _multiple(ds, text, "2025-08-28")
    assert r.fields["countries"] == ["PRT"] and r.fields["since"] == 2020
    # nato-2025-08 is held for shares of GDP only: no release by that date gives both amounts.
    assert r.verdict == "unverifiable" and "2020-2025" in r.explanation


def test_double_the_countrys_figure_from_a_decade_ago() -> None:
    # Form from the audit (the Poland sentence of a dev article): "from a decade ago" is the base, ten years back.
    (m,) = find_multiples("It is also more than double the country's figure from a decade ago.")
    assert (m.factor, m.comparator, m.decade, m.since) == (2.0, "gt", True, None)


def test_that_is_more_than_double_takes_the_ally_before(ds: Dataset) -> None:
    # https://money.cnn.com/2016/07/08/news/nato-summit-spending-countries/index.html (2016-07-08): "That" is the US
    # figure of the sentence before.
    text = (
        "According to NATO statistics, the U.S. spent an estimated $650 billion on defense last year. That's more "
        "than double the amount all the other 27 NATO countries spent between them, even though their combined GDP "
        "tops that of the U.S."
    )
    r = _multiple(ds, text, "2016-07-08")
    assert (r.fields["countries"], r.fields["value"], r.fields["comparator"]) == (["USA"], 2.0, "gt")
    assert r.fields["than_rest"] is True and r.verdict == "unverifiable"
    # Near miss: "That is" before no multiple is not read as a subject.
    assert [c for c in extract("That is why Germany spends more.") if c.kind == "growth_multiple"] == []
