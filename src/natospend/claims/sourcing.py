"""Whose figure a claim states, read across an article: a figure given without a source and restated later for the
same ally, in a sentence that names the source ("Belgium spent 1.1 per cent of GDP on defence in 2023." ... "An
analysis ... by the German research institute Ifo found that Belgium spent just over half of that (1.1 percent)"),
is that source's figure, and so is the headline that sums it up; a figure that follows a sentence naming a source
natospend does not hold, in the same paragraph and naming none itself, is that source's too ("According to the
Ifo, Poland is now in first place ... Luxembourg comes in last with 0.7 percent"). To be called on an article's
claims once they are read (parse.extract), before judging.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.frame import KINDS, Claim
from natospend.claims.judge import UNHELD
from natospend.claims.mentions import find_mentions
from natospend.claims.patterns import Pattern, cue_absent, cue_text, lazy
from natospend.claims.quantities import find_quantities
from natospend.claims.scope import out_of_scope, out_of_scope_words
from natospend.claims.text import split_sentences
from natospend.claims.vocab import phrase_re

#: Kinds whose figure a later sentence can restate: one figure of one ally.
_RESTATED_KINDS = ("share_gdp", "real_growth", "equipment_share", "total_spending")
_YEAR_RE = lazy(r"\b(?:19|20)\d\d\b")


#: Kinds a source named earlier in the paragraph gives the figure of: all but a pledge (the 2% target is NATO's,
#: whoever speaks of it) and a share of NATO's own budgets.
_CARRIED_KINDS = frozenset(KINDS) - {"pledge", "common_funding"}
#: Sources whose findings an article tells a sentence at a time: research institutes and think tanks, held or not
#: (a ministry or the Pentagon named as a speaker is not carried: its next sentence may well quote NATO's figure).
_CARRIED_SOURCES = frozenset({UNHELD, "sipri", "iiss", "eurostat_cofog"})
#: Statistics offices whose release an article reports whole, one table entry a paragraph ("... data published by
#: Eurostat." ... "In 2018, the GDP percentage earmarked for defence ... varied from 0.3 per cent in Ireland ..."):
#: carried past the paragraph's end, to the next sentence that names a source.
_RELEASE_SOURCES = frozenset({"eurostat_cofog"})
#: A plan named as a source ("the draft budget"): its figure is its own sentence's, not the paragraph's.
_PLAN_SOURCE = phrase_re("sources2", "plan_sources")


def _sources_named(sentence: str) -> tuple[tuple[str, str], ...]:
    """Every source a sentence names (NATO too), in the lexicon's order, with the words that name it."""
    cues = cue_text(sentence)  # a source none of whose cue words the sentence has is not searched for (patterns.cue)
    return tuple(
        (source, m.group())
        for pattern, source in L.ATTRIBUTION
        if not cue_absent(pattern, cues) and (m := pattern.search(sentence))
    )


class SentenceSources:
    """The sources each sentence of one article names, read once for both passes below (check.check_text makes
    one per article; each pass makes its own when given none)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = split_sentences(text)
        self._read: dict[int, tuple[tuple[str, str], ...]] = {}

    def named(self, i: int) -> tuple[tuple[str, str], ...]:
        if i not in self._read:
            a, b = self.spans[i]
            self._read[i] = _sources_named(self.text[a:b])
        return self._read[i]

    def first(self, i: int) -> tuple[str, str] | None:
        """The first source sentence `i` names (NATO too)."""
        return next(iter(self.named(i)), None)

    def other_than_nato(self, i: int) -> str | None:
        """The first source sentence `i` names that is not NATO (NATO's own figure is what an unsourced one is
        judged on)."""
        return next((source for source, _ in self.named(i) if source != "nato"), None)


def _source(sentence: str) -> str | None:
    """The source a sentence names that is not NATO."""
    return next((source for source, _ in _sources_named(sentence) if source != "nato"), None)


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


#: A headline: the article's first line, short and with no full stop at its end.
_HEADLINE_CHARS = 160


def _headline_end(text: str) -> int | None:
    """Where the article's headline ends (its first line, when it is one), else None."""
    lead = text.lstrip()
    first = lead.split("\n", 1)[0].rstrip()
    if "\n" not in lead or not first or len(first) > _HEADLINE_CHARS or first[-1] in ".!?\"'”":
        return None
    return len(text) - len(lead) + len(first)


def carry_forward(text: str, claims: list[Claim], sources: SentenceSources | None = None) -> list[Claim]:
    """The claims, each that names no source taking the one a sentence before it in its paragraph named, when that
    is a source natospend does not hold (an institute, a think tank, a ministry) or a research institute's (SIPRI,
    the IISS): a study's findings are told a sentence at a time ("According to the Ifo, Poland is now in first place
    ... Luxembourg comes in last with 0.7 percent"). A sentence naming another source (NATO, a plan) ends it; so does
    the paragraph's end."""
    candidates = [j for j, c in enumerate(claims) if c.attributed_to is None and c.kind in _CARRIED_KINDS]
    if not candidates:
        return claims
    sources = sources or SentenceSources(text)
    starts = [a for a, _ in sources.spans]
    out = list(claims)
    carried: dict[int, tuple[str, str] | None] = {}  # sentence -> the source carried into it
    last: dict[int, tuple[str, str] | None] = {}  # sentence -> the source it or the nearest one before it names
    for j in candidates:
        claim = claims[j]
        i = bisect_right(starts, claim.start) - 1
        if i < 0 or sources.first(i) is not None:
            continue
        if i not in carried:
            # the nearest sentence before it in its paragraph that names a source decides
            lo, _ = _paragraph(text, sources.spans[i][0])
            k = i - 1
            while k >= 0 and sources.spans[k][0] >= lo and sources.first(k) is None:
                k -= 1
            named = sources.first(k) if k >= 0 and sources.spans[k][0] >= lo else None
            if named is None:  # none in the paragraph: a statistics office's release named before it still is
                before = _last_named(sources, k, last)
                named = before if before is not None and before[0] in _RELEASE_SOURCES else None
            keep = named is not None and named[0] in _CARRIED_SOURCES and not _PLAN_SOURCE.fullmatch(named[1])
            carried[i] = named if keep else None
        if (source_words := carried[i]) is not None:
            out[j] = replace(claim, attributed_to=source_words[0], source_text=source_words[1])
    return out


def _last_named(sources: SentenceSources, i: int, memo: dict[int, tuple[str, str] | None]) -> tuple[str, str] | None:
    """The source sentence `i` names, else the one the nearest sentence before it names (each sentence read once)."""
    todo = []
    while i >= 0 and i not in memo and sources.first(i) is None:
        todo.append(i)
        i -= 1
    found = None if i < 0 else memo.get(i, sources.first(i))
    for j in [*todo, i] if i >= 0 else todo:
        memo[j] = found
    return found


def carry_attribution(
    text: str, claims: list[Claim], as_of: date | None = None, sources: SentenceSources | None = None
) -> list[Claim]:
    """The claims, each unsourced figure of one ally taking the source of a later sentence of the same article that
    restates it (same ally, same figure at the claim's precision, no other year) and names a source other than
    NATO; the unsourced figures and places of the same year in its paragraph take that source too (a lede that
    gives a study's findings before naming it: "..., putting it at the bottom of the NATO rankings. Only Luxembourg
    scores lower, at 0.7 per cent."). `text` is the cleaned article the claims' offsets refer to."""
    out = list(claims)
    if not any(c.attributed_to is None and c.kind in _RESTATED_KINDS and len(c.countries) == 1 for c in claims):
        return out
    sources = sources or SentenceSources(text)
    spans = sources.spans
    for i, claim in enumerate(claims):
        if claim.attributed_to is not None or claim.kind not in _RESTATED_KINDS or len(claim.countries) != 1:
            continue
        later = [k for k, (a, _) in enumerate(spans) if a >= claim.end]
        source = next(
            (
                src
                for k in later
                if (src := sources.other_than_nato(k)) and _restates(claim, text[spans[k][0] : spans[k][1]], as_of)
            ),
            None,
        )
        if source is None:
            continue
        lo, hi = _paragraph(text, claim.start)
        headline = _headline_end(text)
        if headline is not None and text[headline:lo].strip() == "":
            lo = 0  # the lede's headline sums it up ("Belgium ranks second-lowest in NATO defence spending for 2023")
        for j, other in enumerate(out):
            if j == i or (
                lo <= other.start < hi
                and other.attributed_to is None
                and other.kind in (*_RESTATED_KINDS, "ranking")
                and other.year in (None, claim.year)
            ):
                out[j] = replace(other, attributed_to=source)
    return out


def non_ally_figure(text: str, at: int, as_of: date | None = None) -> str | None:
    """The country that is no ally whose own figure the paragraph of offset `at` gives, if any ("... 1.8 per cent in
    France, 1.9 per cent in Cyprus, 2 per cent in Estonia"; "Serbia ..., which accounted for 2% of its GDP, followed
    by North Macedonia with 1.7%"): NATO publishes no figure for it, so the paragraph's figures come from another
    table (Eurostat's, SIPRI's, a think tank's), on that table's definitions. A figure is the non-ally's when
    claims/scope.py would drop it as about that country; a share of the world's spending is no country's."""
    lo, hi = _paragraph(text, at)
    if not _non_ally().search(text, lo, hi):
        return None
    for a, b in split_sentences(text[lo:hi]):
        sentence = text[lo + a : lo + b]
        if not _non_ally().search(sentence):
            continue
        allies = [(m.start, m.end) for m in find_mentions(sentence, as_of)]
        for q in find_quantities(sentence):
            if q.kind != "percent":
                continue
            why = out_of_scope(sentence, q.start, q.end, allies)
            if why and why.startswith("about ") and why.endswith(", not an ally"):
                return why.removeprefix("about ").removesuffix(", not an ally")
    return None


def _non_ally() -> Pattern:
    return out_of_scope_words("non_allies")
