"""Extractors for amounts of money ("$967 billion", "£60bn"): total spending of an ally or group."""

from __future__ import annotations

import re
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import _attribution, _codes, _nearest, _set_year, _window, _year_for
from natospend.claims.pledges import _deadline, _pledge_modality
from natospend.claims.quantities import Quantity
from natospend.claims.times import YearMention, find_years


def _money_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
) -> list[Claim]:
    claims: list[Claim] = []
    if not (L.DEFENCE_RE.search(sentence) or L.PLEDGE_RE.search(sentence)):
        return claims
    for q in qs:
        if q.kind != "money":
            continue
        before, after = _window(sentence, q, 80, 80)
        if PER_CAPITA.search(after[:30]):
            continue
        if _NON_DEFENCE_MONEY.search(before[-100:]) and not re.search(
            r"defen[cs]e|military|armed forces", before[-100:] + after[:30], re.I
        ):
            continue  # "overall government spending to increase from 503 billion euros": not defence spending
        subject = _nearest(sentence, (q.start, q.end), mentions)
        if subject is None and context:
            subject = context[-1]
        codes, group, group_key = _codes(subject)
        if codes == [ALL_ALLIES]:
            codes = (
                [L.NATO_TOTAL]
                if re.search(
                    r"\b(total|combined|together|altogether|overall|in all|amount(?:s|ed)? to)\b", sentence, re.I
                )
                else []
            )
        claim = Claim(offset, offset + len(sentence), sentence, "total_spending")
        claim.value = q.value
        claim.value_text = q.text
        claim.decimals = q.decimals
        claim.step = q.step
        claim.comparator = q.comparator
        claim.currency = q.currency
        claim.unit = f"million {q.currency}"
        claim.countries = codes
        claim.group, claim.group_key = group, group_key
        claim.attributed_to = _attribution(sentence)
        local = sentence[max(0, q.start - 50) : q.end + 60]
        if L.CONSTANT_RE.search(local):
            claim.price_basis = "constant"
            base = L.BASE_YEAR_RE.search(local)
            claim.base_year = int(base.group(1)) if base else None
        elif L.CURRENT_RE.search(local):
            claim.price_basis = "current"
        programme = L.PROGRAMME_RE.search(after[:70]) or re.search(
            r"\b(?:on|for|into|to)\s+(?:\w+\s+){0,3}$", before[-30:]
        )
        total_words = re.search(r"\b(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)\b", after[:60], re.I)
        if programme and L.PROGRAMME_RE.search(sentence[max(0, q.start - 60) : q.end + 70]) and not total_words:
            claim.scope = "programme"
        change_before = re.search(
            r"\b(?:extra|additional|added|adding|add|another|further|increase of|increased by|rise of|boost "
            r"of|raise of|"
            r"cuts? of|by)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|an\s+extra\s+)?$",
            before[-45:],
            re.I,
        )
        change_after = re.match(
            r"\s*(?:more|extra|less|a year more|in (?:extra|additional|new) (?:spending|funding|money))\b", after, re.I
        )
        if change_before or change_after:
            claim.scope = claim.scope or "change"
        deadline = _year_for(sentence, q.start, q.end, years, ("deadline",))
        this_year = re.match(r"[^.;]{0,40}?\b(?:this|the current)\s+(?:fiscal\s+)?year\b", after, re.I)
        if (
            L.PLEDGE_RE.search(before[-70:])
            and (deadline or L.FUTURE_RE.search(before[-50:]))
            and claim.scope not in ("programme", "change")  # "£13.4bn more from 2027": an increment, not a level
            # "The UK will spend £60bn on defence this year": this year's spending, which NATO estimates
            and not (this_year and deadline is None and not L.STRONG_PLEDGE_RE.search(before[-70:]))
        ):
            claim.kind = "pledge"
            claim.modality = _pledge_modality(sentence, before)
            claim.deadline, claim.deadline_text = _deadline(sentence, q, years)
            claim.threshold = q.value
            claims.append(claim)
            continue
        if not claim.countries and claim.group_key is None and claim.scope != "programme":
            continue
        _set_year(claim, sentence, (q.start, q.end), years, as_of)
        if _CONTRAST_BEFORE.search(before):
            # "rise to 151.24 billion zlotys this year, up from 111.26 billion zlotys (€25.63 billion) last year":
            # the contrasted amount's year is the one after it.
            after_year = _CONTRAST_YEAR_AFTER.match(after)
            if after_year:
                _set_year(claim, after_year.group(), (0, 0), [y for y in find_years(after_year.group())], as_of)
        claims.append(claim)
    return claims


_NON_DEFENCE_MONEY = re.compile(
    r"\b(?:overall|total|public|federal|general)\s+(?:government\s+)?(?:spending|expenditure|budget)\s+"
    r"(?:\w+\s+){0,4}$|\bgovernment\s+spending\b|\bborrowing\b|\bdebt\b|\bdeficit\b",
    re.I,
)
_CONTRAST_BEFORE = re.compile(
    r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?$|\bcompared\s+(?:to|with)\s+$", re.I
)
_CONTRAST_YEAR_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:in\s+)?"
    r"(?:last year|the previous year|a year earlier|the year before|(?:19|20)\d\d)\b",
    re.I,
)


PER_CAPITA = L.PER_CAPITA_RE
