"""Extractors for growth stated as combined figures, multiples ("more than doubled since 2014", "three times as
much as Germany") and rises and falls stated in words.
"""

from __future__ import annotations

import re
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import _attribution, _codes, _nearest, _set_year
from natospend.claims.multiples import find_directions, find_multiples
from natospend.claims.times import YearMention


def _combined_claims(
    sentence: str, offset: int, mentions: list[Mention], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    """'The US spends more than all the other allies combined': a share of alliance spending above 50%."""
    m = L.COMBINED_OTHERS_RE.search(sentence)
    if m is None:
        return []
    subject = _nearest(
        sentence,
        (m.start(), m.end()),
        [x for x in mentions if x.end <= m.start() and x.code not in (ALL_ALLIES, L.NATO_TOTAL)],
    )
    if subject is None or subject.code is None:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "alliance_share", countries=[subject.code], unit="percent")
    claim.value, claim.value_text, claim.step = 50.0, m.group(), 1.0
    claim.comparator = "gt" if m.group().lower().startswith("more") else "lt"
    claim.attributed_to = _attribution(sentence)
    _set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


_QUANTIFIED_SUBJECT = re.compile(
    r"\b(?:many|some|several|most|few|other|these|those)\s+(?:countries|allies|members|nations|states)\b", re.I
)


def _multiple_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
) -> list[Claim]:
    """'Poland has more than doubled its defence spending since 2014'; 'the US spends three times as much as
    Germany': a multiple of spending, judged on NATO's figures (growth_multiple)."""
    if not L.SPENDING_RE.search(sentence) and not L.DEFENCE_RE.search(sentence):
        return []
    claims: list[Claim] = []
    usable = [m for m in mentions if m.code not in (None, ALL_ALLIES) or m.group_key]
    for mult in find_multiples(sentence):
        before = [m for m in usable if m.end <= mult.start]
        after = [m for m in usable if m.start >= mult.end]
        pronoun = re.match(r"\s*(?:It|Its|The country|The government)\b", sentence)
        subject = before[-1] if before else (context[-1] if context and pronoun else None)
        vague = _QUANTIFIED_SUBJECT.search(sentence[: mult.start])
        if vague and not claims:
            # "Many countries have doubled ... since 2014": a claim, but about no allies one can list.
            claim = Claim(offset, offset + len(sentence), sentence, "growth_multiple", unit="times")
            claim.value, claim.value_text, claim.comparator = mult.factor, mult.text, mult.comparator
            claim.since, claim.scope = mult.since, f"undefined group: {vague.group()}"
            claims.append(claim)
            continue
        if subject is None or vague:
            continue
        claim = Claim(offset, offset + len(sentence), sentence, "growth_multiple", unit="times")
        claim.countries, claim.group, claim.group_key = _codes(subject)
        claim.value, claim.value_text, claim.comparator = mult.factor, mult.text, mult.comparator
        claim.metric = "usd_current_m"
        if mult.since is None and not mult.decade:
            if not after:
                continue  # "twice as much as before": no other spender named
            claim.others = [str(after[0].code)] if after[0].code else []
            if after[0].group_key:
                claim.scope = f"others: {after[0].group_key}"  # "as all the European allies combined"
        else:
            claim.since = mult.since
            claim.scope = "decade" if mult.decade else None
            claim.metric = "nc_constant_m" if L.REAL_RE.search(sentence) else "nc_current_m"
        claim.attributed_to = _attribution(sentence)
        _set_year(claim, sentence, (mult.start, mult.end), [y for y in years if y.role != "since"], as_of)
        if claim.year == claim.since:
            claim.year, claim.year_text, claim.year_basis = None, None, "latest"
        claims.append(claim)
    return claims


def _direction_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
) -> list[Claim]:
    """'Military expenditures started to increase in 2015', 'the alliance-wide total is expected to continue to drop
    in 2015': the sign of a year's real change, stated without a figure (real_growth, value 0, above or below)."""
    claims: list[Claim] = []
    for d in find_directions(sentence):
        usable = [m for m in mentions if m.end <= d.start and (m.code is not None or m.group_key)]
        subject = _nearest(sentence, (d.start, d.end), usable) if usable else None
        if subject is None:
            if re.search(r"\b(?:alliance-wide|NATO-wide|overall|total|combined)\b", sentence[: d.start], re.I) or (
                re.search(r"\b(?:NATO|alliance)\b", sentence[: d.start], re.I)
            ):
                subject = Mention(0, 0, L.NATO_TOTAL)
            elif context:
                subject = context[-1]
        codes, group, group_key = _codes(subject)
        if codes == [ALL_ALLIES]:
            codes = [L.NATO_TOTAL]
        if not codes and group_key is None:
            continue
        year_mentions = [y for y in years if y.start >= d.end] if d.than else years
        claim = Claim(offset, offset + len(sentence), sentence, "real_growth", unit="percent (annual real change)")
        claim.countries, claim.group, claim.group_key = codes, group, group_key
        claim.value, claim.value_text, claim.step = 0.0, d.text, 1.0
        claim.comparator = "gt" if d.sign > 0 else "lt"
        claim.price_basis = "constant"
        claim.attributed_to = _attribution(sentence)
        _set_year(claim, sentence, (d.start, d.end), [y for y in years if y.role != "since"], as_of)
        if d.than:
            base = next((y for y in year_mentions if y.role in ("data", "since")), None)
            if base is None or claim.year is None or claim.year != base.year + 1:
                continue  # "lower than in 2010": not one year's change
        elif claim.year is None:
            continue  # a direction with no year ("spending has risen") is too vague to check
        lo, hi = clause_bounds(sentence, d.start, d.end)
        claim.span_start, claim.span_end = offset + lo, offset + hi
        claims.append(claim)
    return claims
