"""A share whose subject is a pronoun opening the sentence ("It currently puts in around 1.3%") is the pronoun's
antecedent's, not the ally a later clause of the sentence names (falsepaths)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _shares(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp"]


# http://www.defense-aerospace.com/articles-view/release/3/194671/dutch-pm-rutte-pledges-more-cash-for-defence.html
# (Dutch News, 11 July 2018): "It" is the Netherlands (1.35% for 2018 in nato-2018-07), not "America" (3.5%).
DUTCH = (
    "By 2024, NATO allies should spend 2% of its GDP on defence, something that the Netherlands does not yet do, "
    "reports the NOS. It currently puts in around 1.3%, and lower spending on defence has been a subject of attack "
    "for US president Donald Trump, who has threatened less military support from America if NATO members do not "
    "comply."
)


def test_an_opening_pronoun_is_its_antecedent_not_a_later_clauses_ally(ds: Dataset) -> None:
    [r] = [x for x in _shares(ds, DUTCH, "2018-07-11") if "1.3" in x.span.text]
    assert r.fields["countries"] == ["NLD"] and r.verdict == "accurate", (r.fields, r.explanation)


def test_an_ally_named_in_the_figures_own_clause_stays_its_subject(ds: Dataset) -> None:
    # near-miss: "It is Poland that spends 4.1%": the ally is named before the clause turns (POL 4.12, nato-2024-06)
    [r] = _shares(ds, "Germany spends less. It is Poland that spends 4.1% of GDP.", "2024-07-01")
    assert r.fields["countries"] == ["POL"] and r.verdict == "accurate"
