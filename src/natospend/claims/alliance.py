"""The rest of the alliance set against one ally: "the rest of NATO's members combined spent less than half of what
the U.S. budgeted", "all the other allies together spend about a third of what America does". Said the other way
round, it is that ally's share of the alliance's spending (kind alliance_share): the rest at a fraction r of the ally
puts the ally at 1 / (1 + r) of the total ("less than half" -> more than two-thirds).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import attribution_source, set_year
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, vocab

# "less than half of what": the rest below r of the ally, so the ally above 1 / (1 + r); "more than": below.
_FLIPPED = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}
_FRACTION_TOLERANCE = 4.0  # points either side: fraction words are rough (vocab.toml [numbers.fractions])


@cache
def rest_re() -> Pattern:
    v = vocab()
    fractions = phrase_alternation(v["numbers"]["fractions"])
    hedges = phrase_alternation(v["hedges"]["before"])
    return lazy(
        r"\b(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?(?:NATO|Nato|alliance)(?:'s|’s)?"
        r"(?:\s+(?:members|allies|member states|countries|nations))?"
        r"|(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:other|remaining)\s+(?:\d{1,2}\s+|[a-z]+-[a-z]+\s+)?(?:NATO\s+|Nato\s+)?"
        r"(?:allies|members|member states|countries|nations))"
        r"(?:\s+(?:combined|together|put together))?,?\s+"
        r"(?:(?:have|had|will|would|only|just|together|combined)\s+)*"
        r"(?:spent|spend|spends|spending|paid|pay|pays|budgeted|contributed|contribute|contributes)\s+"
        rf"(?:(?P<hedge>{hedges})\s+)?(?P<frac>{fractions})\s+(?:of\s+)?(?:what|as much as|the amount)\s+(?:the\s+)?",
        re.I,
    )


def _rest_of_alliance_claims(
    sentence: str, offset: int, mentions: list[Mention], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    m = rest_re().search(sentence)
    if m is None:
        return []
    allies = [x for x in mentions if x.code not in (None, ALL_ALLIES, L.NATO_TOTAL)]
    subject = next((x for x in allies if m.end("frac") < x.start <= m.end() + 4), None)  # "of what the U.S."
    if subject is None or subject.code is None or subject.group_key:
        return []
    v = vocab()
    ratio = float(v["numbers"]["fractions"][re.sub(r"\s+", " ", m.group("frac").lower())])
    hedge = (m.group("hedge") or "").lower()
    comparator = v["hedges"]["before"].get(re.sub(r"\s+", " ", hedge), "eq") if hedge else "eq"
    claim = Claim(offset, offset + len(sentence), sentence, "alliance_share", countries=[subject.code], unit="percent")
    claim.value = round(100.0 / (1.0 + ratio), 2)
    if comparator in _FLIPPED:
        claim.comparator = _FLIPPED[comparator]
    else:  # "about half of what": the share within the rough reach of a fraction word
        claim.comparator, claim.step = "eq", 2 * _FRACTION_TOLERANCE
    claim.value_text = m.group("frac")
    claim.attributed_to = attribution_source(sentence)
    claim.span_start, claim.span_end = offset + m.start(), offset + subject.end
    set_year(claim, sentence, (m.start(), subject.end), years, as_of)
    return [claim]


# "outspends the rest of NATO combined", "bigger than those of all the other allies put together": above half of the
# alliance's spending (the forms lexicon.COMBINED_OTHERS_RE already reads are left to growth.combined_claims).
_ON_DEFENCE = r"(?:on|for)\s+(?:its\s+|their\s+|the\s+)?(?:defen[cs]e|military|armed\s+forces|arms|militaries)\s+"
OUTSPENDS_REST = lazy(
    rf"\b(?:(?P<more>outspends?|outspent|outspending|more\s+(?:{_ON_DEFENCE}|money\s+)?than"
    r"|(?:bigger|larger|greater|higher)\s+than"
    rf"|exceeds?|exceeded|exceeding)|(?P<less>less\s+(?:{_ON_DEFENCE}|money\s+)?than"
    r"|(?:smaller|lower)\s+than))\s+"
    r"(?:(?:those|that)\s+of\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:rest\s+of\s+(?:the\s+)?(?:NATO|Nato|alliance)(?:\s+(?:members|allies|member states))?"
    r"|(?:other|remaining)\s+(?:\d{1,2}\s+|[a-z]+-[a-z]+\s+)?(?:NATO\s+|Nato\s+)?"
    r"(?:allies|members|member states|countries|nations))\s+(?:combined|put together|together)\b",
    re.I,
)


def _outspends_rest_claims(
    sentence: str, offset: int, mentions: list[Mention], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    m = OUTSPENDS_REST.search(sentence)
    if m is None or L.COMBINED_OTHERS_RE.search(sentence):
        return []
    if not (m.group().lower().startswith("outspen") or L.SPENDING_RE.search(sentence)):
        return []  # "more troops than the rest of NATO combined": not spending
    before = [x for x in mentions if x.end <= m.start() and x.code not in (None, ALL_ALLIES, L.NATO_TOTAL)]
    code = before[-1].code if before and not before[-1].group_key else None
    if code is None:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "alliance_share", countries=[code], unit="percent")
    claim.value, claim.value_text, claim.step = 50.0, m.group(), 1.0
    claim.comparator = "lt" if m.group("less") else "gt"
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


def alliance_cue(sentence: str) -> bool:
    """Does the sentence set an ally against the rest of the alliance (a candidate with no figure of its own)?"""
    return bool(OUTSPENDS_REST.search(sentence) or rest_re().search(sentence))


def alliance_claims(
    sentence: str, offset: int, mentions: list[Mention], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    """An ally set against the rest of the alliance, either way round."""
    return _rest_of_alliance_claims(sentence, offset, mentions, years, as_of) or _outspends_rest_claims(
        sentence, offset, mentions, years, as_of
    )
