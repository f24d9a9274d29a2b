"""Growth multiples and ratios between allies: "has more than doubled its defence spending since 2014", "tripled
compared to 2014", "almost doubling 2023's figures", "spends three times as much as Germany", and rises and falls
stated in words. Typed mentions only; growth.py builds the claims and rules/multiples.py judges them on NATO's
figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from natospend.claims import lexicon as L
from natospend.claims.patterns import lazy
from natospend.claims.vocab import phrase_alternation, vocab

_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_VERB_FORMS = {
    **_VERBS,
    "doubling": 2.0,
    "tripling": 3.0,
    "trebling": 3.0,
    "quadrupling": 4.0,
    "halving": 0.5,
    "doubles": 2.0,
    "triples": 3.0,
}
_HEDGE = {
    "more than": "gt",
    "over": "gt",
    "nearly": "nearly",
    "almost": "nearly",
    "roughly": "approx",
    "about": "approx",
    "around": "approx",
    "close to": "approx",
    "at least": "ge",
    "even more than": "gt",
}
_HEDGE_ALT = "|".join(sorted(_HEDGE, key=len, reverse=True))

#: "(more than) doubled (its defence spending) since 2014 / compared to 2014 / over the past decade".
GROWTH_RE = lazy(
    rf"\b(?:(?P<hedge>{_HEDGE_ALT})\s+)?(?P<verb>{'|'.join(_VERB_FORMS)})\b"
    r"(?P<what>[^.;]{0,60}?)"
    r"(?:\b(?:since|from|compared\s+(?:to|with)|than\s+in|relative\s+to)\s+(?P<since>(?:19|20)\d\d)\b"
    r"|\b(?:over|in)\s+the\s+(?:past|last)\s+(?P<decade>decade|ten\s+years))"
    # "almost doubling 2023's figures": the year's level is the object
    rf"|\b(?:(?P<hedge2>{_HEDGE_ALT})\s+)?(?P<verb2>{'|'.join(_VERB_FORMS)})\s+(?:the\s+)?"
    r"(?P<object>(?:19|20)\d\d)(?:['’]s)?\s+(?:figures?|levels?|spending|budgets?|totals?|outlays)\b",
    re.IGNORECASE,
)
#: "has more than doubled its military spending", with no base of its own: a claim only if the sentence names one
#: ("in the face of Russia's invasion of Ukraine", growth.change_base).
BARE_RE = lazy(
    rf"\b(?:(?P<hedge>{_HEDGE_ALT})\s+)?(?P<verb>{'|'.join(_VERBS)})\b"
    r"(?P<what>\s+(?:its|their|the)\s+(?:\w+\s+){0,2}(?:spending|budgets?|expenditures?|outlays))",
    re.IGNORECASE,
)
#: "three times as much as", "twice as much on defence as", "more than twice what Germany spends", "more than double
#: what was recorded in 2020" (double, triple: a multiplier before its object, not the verb).
_TIMES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
RATIO_RE = lazy(
    rf"\b(?:(?P<hedge>{_HEDGE_ALT})\s+)?(?P<n>{'|'.join(_TIMES)}|(?:{L.WORD_NUMBER}|\d+(?:\.\d+)?)\s+times)\s+"
    r"(?:(?:as\s+much|more)\b[^.;]{0,40}?\b(?:as|than|of|what)\b|the\s+amount\b(?:[^.;]{0,40}?\b(?:as|than|of|what)\b)?"
    r"|what\b|(?P<own>(?:the\s+(?:country|nation)['’]s|its|their)\s+(?:figure|level|spending|budget)\b))",
    re.IGNORECASE,
)


#: "... as much as in 2014", "... as it did in 2014", "... than in 2014", "... what was recorded in 2020", "... its
#: figure of 2014"; "... the country's figure from a decade ago" (`decade`).
_RATIO_YEAR = lazy(
    r"\s*(?:(?:it|they|he|she|was|were)\s+(?:\w+\s+)?)?(?:back\s+)?(?:in|of)\s+(?P<y>(?:19|20)\d\d)\b"
    r"|\s+(?:from|of)\s+(?P<decade>a\s+decade|ten\s+years)\s+(?:ago|earlier|before)\b",
    re.I,
)
#: The rest of the alliance as the other side of a ratio: "than all the other NATO states combined", "the amount all
#: the other 27 NATO countries spent between them".
_REST_RE = lazy(
    r"[^.;]{0,25}?\b(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?(?:NATO|Nato|alliance)\b"
    r"|(?:other|remaining)\s+(?:\d{1,2}\s+|[a-z]+-[a-z]+\s+)?(?:NATO\s+|Nato\s+)?"
    r"(?:allies|members|member\s+states|countries|nations|states)\b)"
    r"(?P<together>[^.;]{0,30}?\b(?:combined|together|put\s+together|between\s+them))?",
    re.I,
)


@dataclass(frozen=True)
class Multiple:
    """A growth multiple over time (`since` set) or a ratio to another spender (`since` None)."""

    start: int
    end: int
    text: str
    factor: float
    comparator: str  # eq, gt, ge, nearly, approx
    since: int | None = None  # the base year of a growth multiple
    decade: bool = False  # "over the past decade": the base year is ten years before the data year
    bare: bool = False  # "has more than doubled its spending" with no base year of its own (the sentence may give one)
    rest: bool = False  # a ratio to the rest of the alliance combined ("three times more than all the other allies")


def find_multiples(sentence: str) -> list[Multiple]:
    """Growth multiples and ratios in a sentence, left to right."""
    out: list[Multiple] = []
    for m in GROWTH_RE.finditer(sentence):
        if m.group("verb2"):  # "almost doubling 2023's figures"
            comp = _HEDGE.get((m.group("hedge2") or "").lower(), "eq")
            out.append(
                Multiple(
                    m.start(), m.end(), m.group(), _VERB_FORMS[m.group("verb2").lower()], comp, int(m.group("object"))
                )
            )
            continue
        if re.search(r"\b(?:troops|soldiers|personnel|aid|exports?|orders?|production|prices?)\b", m.group("what")):
            continue  # "doubled its troops since 2014": not spending
        comp = _HEDGE.get((m.group("hedge") or "").lower(), "eq")
        since = int(m.group("since")) if m.group("since") else None
        out.append(
            Multiple(m.start(), m.end(), m.group(), _VERB_FORMS[m.group("verb").lower()], comp, since, since is None)
        )
    taken = [(x.start, x.end) for x in out]
    for m in BARE_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if re.search(r"\b(?:troops|soldiers|personnel|aid|exports?|orders?|production|prices?)\b", m.group("what")):
            continue
        comp = _HEDGE.get((m.group("hedge") or "").lower(), "eq")
        out.append(Multiple(m.start(), m.end(), m.group(), _VERB_FORMS[m.group("verb").lower()], comp, bare=True))
    for m in RATIO_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        n = m.group("n").lower()
        if n in _TIMES:
            factor = _TIMES[n]
        else:
            head = n.rsplit(None, 1)[0]
            word = L.word_to_int(head)
            factor = float(word) if word is not None else float(head)
        comp = _HEDGE.get((m.group("hedge") or "").lower(), "eq")
        then = _RATIO_YEAR.match(sentence, m.end())
        if then:  # "three times as much as in 2014": a growth multiple since that year (or over the decade)
            since = int(then.group("y")) if then.group("y") else None
            text = sentence[m.start() : then.end()]
            out.append(Multiple(m.start(), then.end(), text, factor, comp, since, decade=since is None))
            continue
        rest = _REST_RE.match(sentence, m.end())
        if rest and (rest.group("together") or re.search(r"\b(?:all|rest)\b", rest.group(), re.I)):
            # "almost three times more than all the other NATO states combined" ("other members" alone: each?)
            out.append(Multiple(m.start(), rest.end(), sentence[m.start() : rest.end()], factor, comp, rest=True))
            continue
        if m.group("own"):
            continue  # "will double its budget": a verb, unless a year follows ("double its figure of 2014")
        out.append(Multiple(m.start(), m.end(), m.group(), factor, comp))
    return sorted(out, key=lambda x: x.start)


def within(ratio: float, factor: float, comparator: str) -> bool:
    """Does an observed ratio bear out "doubled" (about 1.9-2.3x), "more than doubled" (over 2x), "nearly tripled"
    (2.55-3x)? Multiples in prose are rough, so a plain one covers -10% / +15% of the factor."""
    if comparator in ("gt", "ge"):
        return ratio >= factor - 1e-9
    if comparator == "nearly":
        return factor * 0.85 <= ratio <= factor * 1.0 + 1e-9
    if comparator == "approx":
        return factor * 0.85 <= ratio <= factor * 1.15
    return factor * 0.9 <= ratio <= factor * 1.15


# ------------------------------------------------------------------------------------------------ directions
#: A change stated without a figure: "started to increase in 2015", "is expected to continue to drop in 2015",
#: "recovered in 2015", "expected to be lower this year than in 2014". Direction only: +1 rise, -1 fall.
_RISE = (
    r"(?:started|began|begun|continued|continues|continue)\s+to\s+(?:increase|rise|grow|climb)|recovered|"
    r"(?:rose|increased|grew|went\s+up|climbed)(?=\s+(?:again\s+)?(?:in|last|this|for\s+the))|"
    r"(?:be\s+)?higher\s+(?:this\s+year\s+|last\s+year\s+)?than\s+in"
)
_FALL = (
    r"(?:started|began|begun|continued|continues|continue)\s+to\s+(?:drop|fall|decline|decrease|shrink)|"
    r"(?:fell|dropped|declined|decreased|shrank)(?=\s+(?:again\s+)?(?:in|last|this|for\s+the))|"
    r"(?:be\s+)?lower\s+(?:this\s+year\s+|last\s+year\s+)?than\s+in"
)
DIRECTION_RE = lazy(rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\b", re.IGNORECASE)
#: What rose or fell must be spending ("the alliance-wide total", "military expenditures", "spending on defense").
_SPENDING_SUBJECT_RE = lazy(
    r"\b(?:spending|expenditures?|outlays|budgets?|funding|total)\b(?![^,;]{0,60}\b(?:GDP|share|troops|aid)\b)", re.I
)


@dataclass(frozen=True)
class Direction:
    """A rise (+1) or fall (-1) of spending stated without a figure, with offsets in the sentence."""

    start: int
    end: int
    text: str
    sign: int
    than: bool = False  # "lower this year than in 2014": a comparison with the year named after it


def find_directions(sentence: str) -> list[Direction]:
    """Rises and falls of spending stated in words, left to right; none where the clause gives a figure (those are
    real_growth claims with a value) or the change is not of spending."""
    out: list[Direction] = []
    for m in DIRECTION_RE.finditer(sentence):
        lead = sentence[max(0, m.start() - 90) : m.start()]
        if not _SPENDING_SUBJECT_RE.search(lead) or re.search(r"[;:]", lead[-40:]):
            continue
        if re.search(r"\d\s*(?:%|per\s?cent|percent)|[$€£]\s?\d", sentence[m.end() : m.end() + 40] + lead[-40:]):
            continue  # "rose by 3.8%", "fell to $900bn": a figure, read elsewhere
        out.append(Direction(m.start(), m.end(), m.group(), 1 if m.group("rise") else -1, "than" in m.group().lower()))
    return out


# ------------------------------------------------------------------------------------------------ events
#: "since Russia's invasion of Ukraine", "in the face of Russia's full-scale invasion": a change counted from an
#: event, whose years are in vocab.toml [growth.events]. Also what claims/scope.py reads as a time, not a subject.
_EVENTS: dict[str, list[int]] = vocab()["growth"]["events"]
EVENT_RE = lazy(
    r"\b(?:since|after|following|in\s+the\s+face\s+of|in\s+response\s+to|because\s+of)\s+"
    r"(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?)?(?:[\w’'-]+\s+){0,4}?"
    r"(?P<event>" + phrase_alternation(list(_EVENTS)) + r")"
    r"(?:\s+(?:of|in|on|against)\s+(?:[\w’'-]+\s+)?[A-Z][\w’'-]+)?",  # "... of neighbouring Ukraine"
    re.I,
)


#: "Russia's invasion of Ukraine in 2022 has spurred additional military spending": an event as the cause of a
#: change (vocab.toml [directions] caused_by), not whose spending it is.
CAUSE_EVENT_RE = lazy(
    r"(?P<event>" + phrase_alternation(list(_EVENTS)) + r")"
    r"(?:\s+(?:of|in|on|against)\s+(?:[\w’'-]+\s+)?[A-Z][\w’'-]+)?"
    r"(?=(?:\s+[\w’'-]+){0,4}?\s+(?:" + phrase_alternation(vocab()["directions"]["caused_by"]) + r")\b)",
    re.I,
)


def event_years(phrase: str) -> list[int]:
    """The base years an event can mean ("Russia's invasion" -> 2021, 2022), from vocab.toml [growth.events]."""
    key = " ".join(phrase.lower().replace("’", "'").replace("-", " ").split())
    for name, years in _EVENTS.items():
        if " ".join(name.lower().replace("’", "'").replace("-", " ").split()) == key:
            return list(years)
    return []
