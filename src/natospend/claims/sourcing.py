"""Whose figure a claim states, read across an article: a figure given without a source and restated later for the
same ally, in a sentence that names the source ("Belgium spent 1.1 per cent of GDP on defence in 2023." ... "An
analysis ... by the German research institute Ifo found that Belgium spent just over half of that (1.1 percent)"),
is that source's figure. To be called on an article's claims once they are read (parse.extract), before judging.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.frame import Claim
from natospend.claims.mentions import find_mentions
from natospend.claims.patterns import cue_absent, cue_text, lazy
from natospend.claims.quantities import find_quantities
from natospend.claims.text import split_sentences

#: Kinds whose figure a later sentence can restate: one figure of one ally.
_RESTATED_KINDS = ("share_gdp", "real_growth", "equipment_share", "total_spending")
_YEAR_RE = lazy(r"\b(?:19|20)\d\d\b")


def _source(sentence: str) -> str | None:
    """The source a sentence names that is not NATO (NATO's own figure is what an unsourced one is judged on)."""
    cues = cue_text(sentence)  # a source none of whose cue words the sentence has is not searched for (patterns.cue)
    return next(
        (
            source
            for pattern, source in L.ATTRIBUTION
            if source != "nato" and not cue_absent(pattern, cues) and pattern.search(sentence)
        ),
        None,
    )


def _restates(claim: Claim, sentence: str, as_of: date | None) -> bool:
    """Does `sentence` give the claim's figure again for one of its allies, and no other year than the claim's?"""
    if claim.year is not None and any(int(y) != claim.year for y in _YEAR_RE.findall(sentence)):
        return False
    codes = {m.code for m in find_mentions(sentence, as_of)}
    if not codes & set(claim.countries):
        return False
    value = claim.value
    if value is None:
        return False
    tol = 0.5 * claim.step + 1e-9
    return any(abs(q.value - value) <= tol and q.step == claim.step for q in find_quantities(sentence))


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The paragraph (between line breaks) of the cleaned text that offset `at` is in."""
    return text.rfind("\n", 0, at) + 1, (text.find("\n", at) + 1 or len(text) + 1) - 1


def carry_attribution(text: str, claims: list[Claim], as_of: date | None = None) -> list[Claim]:
    """The claims, each unsourced figure of one ally taking the source of a later sentence of the same article that
    restates it (same ally, same figure at the claim's precision, no other year) and names a source other than
    NATO; the unsourced figures and places of the same year in its paragraph take that source too (a lede that
    gives a study's findings before naming it: "..., putting it at the bottom of the NATO rankings. Only Luxembourg
    scores lower, at 0.7 per cent."). `text` is the cleaned article the claims' offsets refer to."""
    spans = split_sentences(text)
    sources: dict[int, str | None] = {}  # each sentence's source, read once for all the claims before it

    def source_of(a: int, b: int) -> str | None:
        if a not in sources:
            sources[a] = _source(text[a:b])
        return sources[a]

    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.attributed_to is not None or claim.kind not in _RESTATED_KINDS or len(claim.countries) != 1:
            continue
        later = [(a, b) for a, b in spans if a >= claim.end]
        source = next((src for a, b in later if (src := source_of(a, b)) and _restates(claim, text[a:b], as_of)), None)
        if source is None:
            continue
        lo, hi = _paragraph(text, claim.start)
        for j, other in enumerate(out):
            if j == i or (
                lo <= other.start < hi
                and other.attributed_to is None
                and other.kind in (*_RESTATED_KINDS, "ranking")
                and other.year in (None, claim.year)
            ):
                out[j] = replace(other, attributed_to=source)
    return out
