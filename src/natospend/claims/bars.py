"""The bar an ally meets, misses or pays, named by a synonym of the guideline (vocab [compliance]): "only 5 NATO
nations meet their responsibility", "only four NATO countries pay their fair share", "has not met this criterion",
"Greece for paying its share to NATO". The count reader (claims/counts.py) and the share reader's target claims
(claims/shares.py) read it as the alliance's one share-of-GDP level in force on the claim's date (bar_level)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from natospend.claims.patterns import LazyPattern, lazy
from natospend.claims.vocab import phrase_alternation, vocab


@cache
def bar_re() -> LazyPattern:
    """A verb of meeting or paying, then the bar: the same groups as shares._TARGET_MET (verb, target, nato, kind),
    "less than"/"more than" kept in the verb ("pay less than their fair share")."""
    v = vocab()["compliance"]
    det, qual = phrase_alternation(v["determiners"]), phrase_alternation(v["qualifiers"])
    return lazy(
        rf"\b(?P<verb>(?:{phrase_alternation(v['verbs'])})(?:\s+(?:less|more)\s+than)?)\s+"
        rf"(?P<target>(?P<nato>)(?P<kind>)(?:(?:{det})\s+[\"“‘']?(?:(?:{qual})\s+){{0,3}}|[\"“‘']?(?:(?:{qual})\s+){{1,3}})"
        rf"(?:{phrase_alternation(v['nouns'])}|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)))"
        # "the commitment of 3%", "its share of the costs", "the standards to which": a figure or a part of
        # something else, not the guideline ("their fair share of the burden" is the guideline)
        r"(?!\w)(?!\s+(?:of|to|for)\s+(?!(?:the\s+)?(?:burden|NATO|Nato|the\s+alliance|alliance|defen[cs]e\b)))",
        re.I,
    )


@cache
def _short_re() -> LazyPattern:
    """'for spending too little', 'does not spend enough': the bar not named at all (its groups those of bar_re)."""
    v = vocab()["compliance"]
    return lazy(
        rf"\b(?P<verb>{phrase_alternation(v['short_verbs'])})\s+(?P<target>(?P<nato>)(?P<kind>)"
        rf"(?:{phrase_alternation(v['short_bars'])}))(?!\w)(?!\s+(?:to|for)\b)",
        re.I,
    )


@cache
def _context_re() -> LazyPattern:
    return lazy(rf"\b(?:{phrase_alternation(vocab()['compliance']['context'])})\b")


def bar_matches(sentence: str) -> list[re.Match[str]]:
    """The bars named in a sentence that speaks of the alliance or its spending (else "meets the standards" may be
    anything: interoperability, accounting)."""
    found = [*bar_re().finditer(sentence), *_short_re().finditer(sentence)]
    return found if found and _context_re().search(sentence) else []


def bar_obliged(sentence: str, m: re.Match[str]) -> bool:
    """Is the bar what someone must, will or is to meet ("still need to pay more to meet their commitments", "what
    all Allies will do is ... comply with NATO commitments"), or a condition ("if they didn't pay their fair share")?
    A call, a forecast or a supposition, not who meets it."""
    lead = re.split(r"[.;:!?]", sentence[max(0, m.start() - 130) : m.start()])[-1]
    return bool(
        re.search(r"\bto\s+(?:\w+\s+){0,2}$", lead, re.I)
        or re.search(r"\b(?:will|would|should|must|could|can|may|might|shall|if|unless)\b|['’]ll\b", lead, re.I)
    )


def bar_missed(sentence: str, m: re.Match[str]) -> bool:
    """Is the bar said to be missed: "less than their fair share", "don't pay their fair share", "has not met"?"""
    if re.search(r"\bless\s+than$", m.group("verb"), re.I) or m.group("target").lower().startswith("too"):
        return True
    lead = sentence[max(0, m.start() - 30) : m.start()]
    # "aren't": no word boundary before the "n't" of a contraction
    return bool(
        re.search(r"(?:\bnot|\bnever|n[’']t|\bfail\w*\s+to|\byet\s+to|\bunable\s+to)\s+(?:\w+\s+)?$", lead, re.I)
    )


@cache
def _alliance_levels() -> tuple[tuple[date, float], ...]:
    """The alliance's share-of-GDP levels (any part: core, related, total) by the day they were agreed."""
    from natospend.reference import pledges as P

    out = []
    for p in P.load_register():
        if p.alliance_wide and p.metric.endswith("share_gdp"):
            parts = [int(x) for x in p.announced.split("-")] + [1, 1]
            out.append((date(parts[0], parts[1], parts[2]), p.threshold))
    return tuple(out)


def bar_level(as_of: date | None) -> float | None:
    """The one alliance share-of-GDP level the bar ('the target') can mean on `as_of` (the pledge register); None
    when none or several had been agreed by then (after the Hague summit "their commitments" may be 2%, 3.5% or 5%)."""
    day = as_of or date.today()
    levels = {value for agreed, value in _alliance_levels() if agreed <= day}
    return next(iter(levels)) if len(levels) == 1 else None
