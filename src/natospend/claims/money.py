"""Extractors for amounts of money ("$967 billion", "£60bn"): total spending of an ally or group."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.growth import change_base, change_follow_ups, data_after_base, unowned_total
from natospend.claims.mentions import (
    attribution_source,
    exclusion_before,
    mention_codes,
    nearest_mention,
    set_year,
    window,
    year_for,
)
from natospend.claims.metonymy import others_regex
from natospend.claims.patterns import lazy
from natospend.claims.pledges import pledge_deadline, pledge_modality
from natospend.claims.quantities import Quantity, find_quantities
from natospend.claims.times import YearMention, find_years
from natospend.claims.vocab import phrase_alternation, vocab
from natospend.reference import countries

_M = vocab()["money"]
_NOT_SPENDER_AFTER = lazy(r"\s*(?:" + phrase_alternation(_M["not_spender_after"]) + r")(?![\w])", re.I)
_WORLD_BEFORE = lazy(r"\b(?:" + phrase_alternation(_M["world"]) + r")\b", re.I)
_WORLD_AFTER = lazy(r"\s*(?:total\s+|overall\s+)?(?:" + phrase_alternation(_M["world"]) + r")\b", re.I)
_CHANGE_AFTER = lazy(r"\s*(?:" + phrase_alternation(_M["change_after"]) + r")\b", re.I)
_CHANGE_BEFORE = lazy(
    r"\b(?:" + phrase_alternation(_M["change_before"]) + r")\s+(?:about\s+|around\s+|some\s+)?$", re.I
)
#: "According to recent estimates, the 32 NATO states will spend ...": an estimate of the year's level, not a plan.
_ESTIMATE_LEAD = lazy(r"\b(?:" + phrase_alternation(vocab()["money5"]["estimate_leads"]) + r")\b", re.I)
_ESTIMATE_BEFORE = lazy(r"\b(?:" + phrase_alternation(_M["estimate_verbs"]) + r")\b", re.I)
#: "Combined defence expenditure by the alliance is projected to top $1.5 trillion": NATO's total, in the amount's
#: own clause before it.
_ALLIANCE_TOTAL_BEFORE = lazy(
    r"\b(?:combined|total|overall|collective|alliance-wide|NATO-wide)\s+(?:\w+\s+){0,3}?"
    r"(?:by|of|among|across)\s+(?:the\s+)?(?:alliance|NATO|allies|NATO\s+members|NATO\s+allies|members)\b"
    r"|\b(?:the\s+alliance|NATO)(?:'s|’s)\s+(?:combined|total|overall|collective)\b"
    # "boosted NATO's annual spending by a further $16 billion" (not "NATO's budget": its own, common-funded)
    r"|\b(?:the\s+alliance|NATO)(?:'s|’s)\s+(?:annual\s+|yearly\s+)?(?:defen[cs]e\s+|military\s+)?"
    r"(?:spending|expenditures?|outlays?)\b",
    re.I,
)
_CAUSE_BEFORE = lazy(
    r"\b(?:driven|led|fuell?ed|caused|boosted)\s+(?:\w+\s+)?by\b|\b(?:due\s+to|because\s+of|thanks\s+to)\b", re.I
)
_P = vocab()["money_parts"]
_FUND_RE = lazy(r"(?<![\w-])(?:" + phrase_alternation(_P["funds"]) + r")(?![\w-])", re.I)
_PART_BEFORE = lazy(r"\b(?:" + phrase_alternation(_P["part_before"]) + r")\b[^.;$€£]{0,25}$", re.I)
_PART_AFTER = lazy(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:[\w-]+\s+){0,3}?(?:" + phrase_alternation(_P["part_after"]) + r")\b"
    r"[^.;$€£]{0,40}?\b(?:" + phrase_alternation(_P["part_sources"]) + r")\b",
    re.I,
)
_M5 = vocab()["money5"]
_COST_OF_CHANGE = lazy(
    r"\b(?:"
    + phrase_alternation([*_P["change_nouns"], *_M5["change_words"]])
    + r")\b(?:[^.;$€£]|(?<=\d)\.(?=\d)){0,60}?\b(?:"  # "An extra 0.5 per cent ... would be equivalent to"
    + phrase_alternation([*_P["cost_verbs"], *_M5["cost_verbs"]])
    + r")\s+(?:an?\s+)?(?:additional\s+|extra\s+)?(?:between\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$",
    re.I,
)
#: "The figure of £75 billion is the sum of all the additional amounts above £64.1 billion": a sentence that says
#: how a figure is made up (a fact-check's definition), not a claim of its own.
_EXPLAINED_FIGURE = lazy(
    r"\W*(?:the|this|that)\s+(?:(?:figure|number|sum|total|amount)\s+of\s+\S+(?:\s+(?:billion|million|bn|m))?"
    r"|\S+(?:\s+(?:billion|million|bn|m))?\s+(?:figure|number|sum|total))\s+(?:is|was)\s+(?:the\s+)?"
    r"(?:sum|total|combination|cumulative|result|difference)\b",
    re.I,
)
#: "when we asked the government about the £13.4 billion figure": a figure named as a figure, not asserted.
_NAMED_FIGURE = lazy(r"\s*(?:figures?|claim|number)\b", re.I)
#: "raising its total military expenditures to around", "bringing spending to": the level a change leads to.
_RAISED_TO = lazy(
    r"\b(?:rais|bring|tak|lift|push|boost|increas)\w*\s+(?:[\w'’-]+\s+){0,5}?to\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$",
    re.I,
)
_WOULD = lazy(r"\b(?:would|will|shall|plans?\s+to|aims?\s+to|is\s+to|are\s+to)\b", re.I)
#: "the draft 2026 defence budget", "the 2018 draft budget": a budget not yet passed, for that year.
_DRAFT_BUDGET = lazy(
    r"\b(?:draft|proposed|planned|provisional)\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?budget"
    r"|\b(?P<y2>(?:19|20)\d\d)\s+(?:draft|proposed|planned|provisional)\s+(?:[\w-]+\s+){0,2}?budget",
    re.I,
)
#: "The defence budget will exceed", "the budget should be": a budget still to come, the amount's own verb.
_FUTURE_BUDGET = lazy(r"\bbudget\s+(?:will|would|should|shall)\s+(?:\w+\s+){0,3}?$", re.I)
#: "between £5bn and £6bn": the second amount of a range is read with the first.
_RANGE_BETWEEN = lazy(
    r"\bbetween\s+\S+(?:\s+(?:billion|million|trillion|bn|m|euros?|pounds?|dollars?))*\s+(?:and|to)\s+$", re.I
)


#: Verbs of putting money in that do not say it is defence spending (lexicon.DEFENCE_RE has "spend", "budget").
_MONEY_VERB = lazy(
    r"\b(?:invest(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|devot(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|pa(?:y|ys|id|ying)|putting|put)\b",
    re.I,
)
_AMOUNT_CUE = lazy(r"[$€£]\s?\d|\d(?:\s*|-)(?:billion|trillion|bn|tn)\b", re.I)


#: "a €10.5 billion investment plan", "a $30bn spending package": the amount as the modifier of a plan's name.
_PLAN_NOUN_AFTER = lazy(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:[\w-]+\s+){0,2}?(?:plan|package|scheme|initiative)\b(?!\s+(?:to|for)\s+spend)",
    re.I,
)


def money_cue(sentence: str) -> bool:
    """An amount and a verb of putting money in: a sentence read for money claims though it names no defence
    spending ("allies will have invested $130 billion more since 2016")."""
    return bool(_AMOUNT_CUE.search(sentence) and _MONEY_VERB.search(sentence))


_PERCENT_WORD = lazy(r"%|\bper\s?cent\b|\bpercent\b", re.I)


def money_sentence(sentence: str) -> bool:
    """A sentence read for its money alone (parse.extract's gate): money_cue with no percentage in it, which the
    percentage extractors would read though no word says it is defence spending ("... to £57.1 billion in 2024/25,
    which is a 4.5% increase in real terms")."""
    return money_cue(sentence) and not _PERCENT_WORD.search(sentence)


def _alliance_level(sentence: str, q: Quantity, lo: int) -> bool:
    """ "allies invested $1.1 trillion": the alliance as the subject of the verb right before the amount."""
    return any(_ALLIES_SPENT.fullmatch(sentence, w.end(), q.start) for w in _alliance_words(sentence, lo, q.start))


# what ends a fund's amount: a defence total or another amount
_DEFENCE_TOTAL = lazy(r"\b(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)\b|[$€£]\s?\d", re.I)


def _part_or_fund(sentence: str, q: Quantity, lo: int, hi: int) -> str | None:
    """'part' for one part of a total named by its source ("Of the total, $33.1 billion will come from the national
    budget"); 'fund' for money put into or held in a fund ("a €100bn special fund", "4.3 billion euros of the funds
    available were not used"), which is no defence spending at all; else None."""
    if _PART_BEFORE.search(sentence, lo, q.start) or _PART_AFTER.match(sentence[: hi + 60], q.end):
        return "part"
    after = sentence[q.end : min(hi, q.end + 45)]
    if _FUND_RE.search(after) and not _DEFENCE_TOTAL.search(sentence, q.end, q.end + 60):
        return "fund"  # "100 billion euros to a special fund"
    # "a joint security fund to be set up, which would be worth £1.5bn a year": the fund named before, with no
    # defence total or other amount between it and the amount
    funds = list(_FUND_RE.finditer(sentence, max(0, q.start - 90), q.start))
    if funds and not _DEFENCE_TOTAL.search(sentence, funds[-1].end(), q.start):
        return "fund"
    return None


_CROWNS = _M5
_BARE_CROWN = lazy(r"\s(?:" + phrase_alternation(_CROWNS["crowns"]) + r")$", re.I)


def _own_crown(q: Quantity, codes: list[str]) -> str | None:
    """'15 billion kroner' of Denmark, '600 billion crowns' of Sweden: a crown word that names no country is the
    spender's own crown; None when the amount names its currency otherwise."""
    national = countries.by_code().get(codes[0]) if len(codes) == 1 else None
    if national is not None and national.currency in _CROWNS["crown_currencies"] and _BARE_CROWN.search(q.text):
        return national.currency
    return None


#: "the remaining allies", "the other allies" after the US is named: NATO Europe and Canada.
_REST_OF_ALLIES = lazy(r"\b(?:remaining|other|rest\s+of\s+the)\b", re.I)
#: "the significant increase in defence investments ... since 2014, totaling $600 billion": an increase's total.
_INCREASE_TOTALLING = lazy(
    r"\b(?:increase|increases|rise|growth|boost)\b[^.;$€£]{0,90}\b(?:totall?ing|amounting\s+to|worth)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.I,
)


def _spenders(sentence: str, q: Quantity, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may be who spends an amount: not a currency ("$130 billion (U.S.)", "US$ 5bn", "U.S.
    dollars"), not a modifier ("U.S. allies", "a Swedish think tank"), not an ally named to be left out
    ("excluding the US and Canada")."""
    out = []
    for m in mentions:
        if m.start < q.end and m.end > q.start:
            continue  # inside the amount ("US$5bn")
        if _NOT_SPENDER_AFTER.match(sentence, m.end):
            continue
        if (
            0 <= m.start - q.end <= 3
            and sentence[q.end : m.start].strip() in ("(", "")
            and (sentence[m.end : m.end + 1] == ")")
        ):
            continue  # "$130 billion (U.S.)": the currency
        if m.start >= q.end and _CAUSE_BEFORE.search(sentence[q.end : m.start]):
            continue  # "An increase of $25 billion since 2015 driven primarily by an increase in USA defence spending"
        if _excluded(sentence, m):
            continue
        out.append(m)
    return out


def _excluded(sentence: str, m: Mention) -> bool:
    """An ally named to be left out: "excluding the US and Canada", "Excluding America, NATO members ..." (the
    members are who is left)."""
    return m.code != ALL_ALLIES and bool(
        exclusion_before().search(sentence[max(0, m.start - 30) : m.start])
        or re.search(r"\b(?:excluding|except|other than)\b[^()]{0,40}$", sentence[max(0, m.start - 45) : m.start], re.I)
    )


#: "NATO allies spent", "NATO member states have spent more than": the allies' spending verb right before an amount.
_ALLIES_SPENT = lazy(
    # "The North Atlantic Treaty Organization (NATO) is expected to spend": past the acronym's bracket
    r"\)?\s+(?:(?:have|has|had|will|would)\s+)?"
    # "NATO members are on track to spend more than $1.5 trillion"
    r"(?:(?:are|is|were|was)\s+(?:(?:on\s+track|set|expected|projected|forecast|due|going)\s+)?to\s+)?"
    r"(?:(?:collectively|together|jointly)\s+)?"
    r"(?:spent|spend|spends|invested|invest|allocated|devoted)\s+(?:a\s+(?:combined\s+|total\s+)(?:of\s+)?)?"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|an\s+estimated)\s+)?",
    re.I,
)
#: "... expected to total $1.049 trillion", "totalled more than": the amount as a sum.
_TOTAL_VERB = lazy(
    r"\btotal(?:l?ed|l?ing|s)?\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly|an\s+estimated)\s+)?$",
    re.I,
)
_ALLIANCE_WORD = lazy(r"\b(?:NATO|the\s+alliance|allies|allied)\b", re.I)
#: "NATO defense spending will reach", "the alliance's total military expenditure rose to": the alliance's spending as
#: the subject of the amount (not "NATO's budget", its own common-funded one).
_ALLIANCE_SPENDING = lazy(
    r"\b(?:NATO|the\s+alliance)(?:['’]s)?\s+(?:(?:total|combined|overall|annual|collective)\s+)?"
    r"(?:defen[cs]e|military)\s+(?:spending|expenditures?)\b[^\d,;:$€£]{0,40}$",
    re.I,
)
#: "$468 billion (€412 billion) in Europe and Canada": the spender named right after the amount.
_SPENDER_AFTER = lazy(r"\s*(?:\([^)]{0,40}\)\s*)?(?:in|by|among|across)\s+(?:the\s+)?", re.I)


def _alliance_words(sentence: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The words naming the alliance in sentence[lo:hi], but not an ally's own allies ("U.S. allies are projected to
    spend around $12 billion more": not NATO's total, which counts the US)."""
    others = [(m.start(), m.end()) for m in others_regex().finditer(sentence)]
    return [w for w in _ALLIANCE_WORD.finditer(sentence, lo, hi) if not any(a <= w.start() < b for a, b in others)]


def _spender(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """Who spends the amount: NATO's total when the clause says so before it; else an ally named before it in its
    own clause; else one named right after it ("$468 billion in Europe and Canada") when only the allies in general
    are named before; else the nearest mention."""
    lo, _hi = clause_bounds(sentence, q.start, q.end)
    after = _SPENDER_AFTER.match(sentence, q.end)
    named_after = next((m for m in mentions if after and m.start == after.end() and m.code != ALL_ALLIES), None)
    own = [m for m in mentions if lo <= m.start and m.end <= q.start and m.code is not None]
    total = [t for t in _ALLIANCE_TOTAL_BEFORE.finditer(sentence, lo, q.start)]
    if (
        _TOTAL_VERB.search(sentence, max(lo, q.start - 30), q.start)
        and _alliance_words(sentence, lo, q.start)
        and named_after is None
        and not any(lo <= m.start < q.start and (m.code != ALL_ALLIES or m.group_key) for m in mentions)
    ):
        return Mention(0, 0, L.NATO_TOTAL)  # "NATO Member States' Defense Expenditure ... Expected To Total $1.049tn"
    if not own and (
        any(_ALLIES_SPENT.fullmatch(sentence, w.end(), q.start) for w in _alliance_words(sentence, lo, q.start))
        or _ALLIANCE_SPENDING.search(sentence, lo, q.start)
    ):
        # "in 2023 NATO is expected to spend $1.1 trillion", "NATO defense spending will reach a record $1.6 trillion
        # in 2025, with the US contributing ...": the alliance's sum, not the ally named after it
        return Mention(0, 0, L.NATO_TOTAL)
    if total and not any(m.start >= total[-1].end() for m in own):
        return Mention(0, 0, L.NATO_TOTAL)  # no ally named between the alliance's total and the amount
    subject = own[-1] if own else nearest_mention(sentence, (q.start, q.end), mentions)
    if named_after is not None and (subject is None or subject.code == ALL_ALLIES):
        return named_after
    if (
        subject is not None
        and subject.code == ALL_ALLIES
        and _REST_OF_ALLIES.search(sentence[subject.start : subject.end])
        and any(m.code == "USA" and m.end <= subject.start for m in mentions)
    ):
        return Mention(subject.start, subject.end, L.EUROPE_CANADA, label=subject.label)  # "the remaining allies"
    return subject


_OWN_YEAR_GAP = lazy(r"\s+(?:in|for)\s+(?:fiscal\s+(?:year\s+)?)?", re.I)
_FROM_BEFORE = lazy(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+|an?\s+estimated\s+)?$", re.I)


def money_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
) -> list[Claim]:
    claims: list[Claim] = []
    # "allies will have invested $130 billion more since 2016", "Poland allocated about $32.5 billion": a verb of
    # putting money in, with no word saying it is defence spending; read only as an increment, the alliance's sum,
    # or an amount whose measure is not said (amount_of "unstated")
    unstated = not (L.DEFENCE_RE.search(sentence) or L.PLEDGE_RE.search(sentence))
    if unstated and not money_cue(sentence):
        return claims
    allies_total = False  # an amount before was the allies' sum
    read: dict[int, Claim | None] = {}  # each money amount (by start) -> the claim read from it, or None
    for i, q in enumerate(qs):
        if q.kind != "money":
            continue
        primary = _converted_from(sentence, q, qs[:i])
        if primary is not None:
            # "an additional £2.9 billion (US$3.8 billion)": the same amount in another currency, read as it is
            converted = _as_conversion(read.get(primary.start), q)
            read[q.start] = converted
            if converted is not None:
                claims.append(converted)
            continue
        read[q.start] = None
        before, after = window(sentence, q, 80, 80)
        if PER_CAPITA.search(after[:30]):
            continue
        if _NON_DEFENCE_MONEY.search(before[-100:]) and not re.search(
            r"defen[cs]e|military|armed forces", before[-100:] + after[:30], re.I
        ):
            continue  # "overall government spending to increase from 503 billion euros": not defence spending
        lo, hi = clause_bounds(sentence, q.start, q.end)
        if _RANGE_BETWEEN.search(sentence[max(0, q.start - 40) : q.start]):
            continue  # "between £5bn and £6bn": one claim, the first amount's
        part = _part_or_fund(sentence, q, lo, hi)
        if (
            part == "fund"
            # "total defense spending across the alliance stood at $1.180 trillion": the alliance's total, owned
            or (unowned_total(sentence, q.start, mentions) and not _ALLIANCE_TOTAL_BEFORE.search(sentence, lo, q.start))
            or _EXPLAINED_FIGURE.match(sentence)
            or _NAMED_FIGURE.match(sentence, q.end)
        ):
            continue  # a fund's money, or the world's total: not an ally's defence spending
        spenders = _spenders(sentence, q, mentions)
        if (
            _WORLD_BEFORE.search(sentence[max(lo, q.start - 160) : q.start]) or _WORLD_AFTER.match(sentence, q.end)
        ) and not any(max(lo, q.start - 160) <= m.start < q.start for m in spenders):
            continue  # "Global military spending ... to $2.24 trillion": the world's total, not the allies'
        subject = _spender(sentence, q, spenders)
        if subject is None and allies_total:
            subject = Mention(0, 0, L.NATO_TOTAL)  # "..., up from an estimated $1.052 trillion in 2022": the same sum's
        elif subject is None and context:
            subject = context[-1]
        codes, group, group_key = mention_codes(subject)
        if codes == [ALL_ALLIES] and any(m.code == "USA" and _excluded(sentence, m) for m in mentions):
            codes = [L.EUROPE_CANADA]  # "Excluding America, NATO members increased spending by $68 billion"
        if codes == [ALL_ALLIES]:
            codes = (
                [L.NATO_TOTAL]
                if re.search(
                    r"\b(total|combined|together|altogether|overall|in all|amount(?:s|ed)? to|collectively|jointly"
                    r"|between them)\b",
                    sentence,
                    re.I,
                )
                # "NATO allies spent $1.47 trillion", "NATO member states have spent more than $1.3 trillion": the
                # allies as the subject of the spending are their sum
                or (
                    subject is not None
                    and _ALLIES_SPENT.fullmatch(sentence, subject.end, q.start)
                    # "U.S. allies are projected to spend": the allies of one ally are not all of them
                    and not any(0 <= subject.start - m.end <= 2 for m in mentions if m is not subject)
                )
                or allies_total  # "..., allocating $123 billion more than in 2023": the same sum's increment
                else []
            )
        allies_total = allies_total or codes == [L.NATO_TOTAL]
        claim = Claim(offset, offset + len(sentence), sentence, "total_spending")
        claim.value = q.value
        claim.value_text = q.text
        claim.decimals = q.decimals
        claim.step = q.step
        claim.comparator, claim.bounds = q.comparator, q.bounds()
        claim.currency = _own_crown(q, codes) or q.currency
        claim.unit = f"million {claim.currency}"
        claim.countries = codes
        claim.group, claim.group_key = group, group_key
        claim.attributed_to = attribution_source(sentence)
        local = sentence[max(0, q.start - 50) : q.end + 60]
        if not (L.CONSTANT_RE.search(local) or L.CURRENT_RE.search(local) or L.CURRENT_RE.search(sentence)):
            local = sentence  # hedges5: "In constant 2021 dollars, ... to $19.39 billion in 2024": one basis for all
        # "£46.2 billion in 2024/25 prices": a fiscal year's prices are a constant basis too (times.py's price_base)
        priced = next((y for y in years if y.role == "price_base" and lo <= y.start < hi), None)
        if L.CONSTANT_RE.search(local) or priced is not None:
            claim.price_basis = "constant"
            base = L.BASE_YEAR_RE.search(local)
            claim.base_year = priced.year if priced is not None else int(base.group(1)) if base else None
        elif L.CURRENT_RE.search(local):
            claim.price_basis = "current"
        # a source's name is not a programme ("according to Stockholm International Peace Research Institute")
        unsourced = after[:70]
        for pattern, _ in L.ATTRIBUTION:
            unsourced = pattern.sub(lambda m: " " * len(m.group()), unsourced)
        programme = L.PROGRAMME_RE.search(unsourced) or re.search(
            r"\b(?:on|for|into|to)\s+(?:\w+\s+){0,3}$", before[-30:]
        )
        total_words = re.search(r"\b(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)\b", after[:60], re.I)
        if programme and L.PROGRAMME_RE.search(sentence[max(0, q.start - 60) : q.end + 70]) and not total_words:
            claim.amount_of = "programme"
        change_before = re.search(
            r"\b(?:extra|additional|added|adding|add|another|further|increase of|increased by|rise of|boost "
            r"of|raise of|"
            r"cuts? of|by)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|an\s+extra\s+)?"
            r"(?:an?\s+(?:accumulated|cumulative|additional)\s+)?$"  # "by an accumulated 600 billion crowns"
            # sources2: "through additional spending of 10.47 billion euros", "extra defence funding of £2.2bn"
            r"|\b(?:extra|additional|added|further|new)\s+(?:defen[cs]e\s+|military\s+)?"
            r"(?:spending|funding|investment|expenditure|money)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
            before[-45:],
            re.I,
        )
        change_after = re.match(
            # "€10.5 billion ($12.04 billion) in additional spending": past a bracketed conversion too
            r"\s*(?:\([^)]{0,40}\)\s*)?(?:more|extra|less|a year more|in (?:extra|additional|new) (?:spending|funding|"
            r"money))\b",
            after,
            re.I,
        )
        if part:
            claim.amount_of = "part"
        elif _PLAN_NOUN_AFTER.match(sentence, q.end):
            claim.amount_of = "plan"  # "a €10.5 billion investment plan": it names a plan, not a year's spending
        if (
            change_before
            or _COST_OF_CHANGE.search(sentence, lo, q.start)
            or change_after
            or _CHANGE_AFTER.match(after)
            or _CHANGE_BEFORE.search(before[-45:])
            or _INCREASE_TOTALLING.search(sentence[max(0, q.start - 160) : q.start])
        ):
            claim.amount_of = claim.amount_of or "change"
            if claim.amount_of == "change":  # "A decrease of $23 billion since 2021": what the change is counted from
                bases, claim.period = change_base(sentence, q.start, q.end)
                claim.since, claim.bases = (bases[0], []) if len(bases) == 1 else (None, bases)
        deadline = year_for(sentence, q.start, q.end, years, ("deadline",))
        stated = year_for(sentence, q.start, q.end, years, ("data",))
        if deadline is not None and stated is not None and deadline.year < stated.year:
            deadline = None  # "$1.036 trillion in 2019, an increase of 6.8 percent from the 2018 ...": not its deadline
        this_year = re.match(r"[^.;]{0,40}?\b(?:this|the current)\s+(?:fiscal\s+)?year\b", after, re.I)
        # "It is estimated to spend €20 billion in 2024" (in 2024): NATO's estimate of a year's level, not a plan.
        level_year = year_for(sentence, q.start, q.end, years, ("data", "fiscal"))
        estimate = bool(_ESTIMATE_BEFORE.search(before[-60:]) or _ESTIMATE_LEAD.search(sentence, 0, q.start)) and (
            this_year is not None or (level_year is not None and level_year.year <= (as_of or date.today()).year)
        )
        # "the 32 NATO states will spend around $1.5 trillion on defense in 2024" (in 2024): this year's spending
        now = level_year is not None and deadline is None and level_year.year == (as_of or date.today()).year
        if (
            L.PLEDGE_RE.search(before[-70:])
            and (deadline or L.FUTURE_RE.search(before[-50:]))
            and claim.amount_of not in ("programme", "change", "part")  # "£13.4bn more from 2027": an increment
            # "The UK will spend £60bn on defence this year": this year's spending, which NATO estimates
            and not ((this_year or now) and deadline is None and not L.STRONG_PLEDGE_RE.search(before[-70:]))
            and not (estimate and deadline is None)
        ):
            claim.kind = "pledge"
            claim.modality = pledge_modality(sentence, before)
            claim.deadline, claim.deadline_text = pledge_deadline(sentence, q, years)
            claim.threshold = q.value
            claims.append(claim)
            read[q.start] = claim
            continue
        if not claim.countries and claim.group_key is None and claim.amount_of not in ("programme", "change"):
            continue  # an increment with no spender is still a claim: unverifiable, saying so
        if unstated and claim.amount_of is None and not _alliance_level(sentence, q, lo):
            if not (_MONEY_VERB.search(sentence, lo, q.start) and any(lo <= m.start < q.start for m in spenders)):
                continue  # no spender putting money in before the amount: nothing says what it is
            claim.amount_of = "unstated"
        set_year(claim, sentence, (q.start, q.end), years, as_of)
        own = next((y for y in years if y.role == "since" and _OWN_YEAR_GAP.fullmatch(sentence, q.end, y.start)), None)
        if own is not None and _FROM_BEFORE.search(sentence, max(0, q.start - 30), q.start):
            # "rose from €50 billion in 2020 to €90 billion in 2024": the level a change started from is 2020's
            claim.year, claim.year_text, claim.year_basis = own.year, own.text, "explicit"
        data_after_base(claim, years)
        if _CONTRAST_BEFORE.search(before):
            # "rise to 151.24 billion zlotys this year, up from 111.26 billion zlotys (€25.63 billion) last year":
            # the contrasted amount's year is the one after it.
            after_year = _CONTRAST_YEAR_AFTER.match(after)
            if after_year:
                set_year(claim, after_year.group(), (0, 0), [y for y in find_years(after_year.group())], as_of)
        if deadline is not None and deadline.year > (as_of or date.today()).year and claim.amount_of is None:
            # "Germany's defence budget will rise to a total of €152.8bn by 2029", "Canada must nearly double its
            # military spending to $81.9 billion by 2032": a planned or needed level for a year still to come, whatever
            # the verb's mood (a level "by" a later year cannot be one already spent)
            claim.amount_of = "plan"
            claim.year, claim.year_text, claim.year_basis = deadline.year, deadline.text, "explicit"
        if (
            claim.amount_of is None
            and claim.year_basis == "latest"
            and _RAISED_TO.search(sentence, lo, q.start)
            and _WOULD.search(sentence, 0, q.start)
        ):
            # "Spain would spend an additional €10.4 billion, raising its total military expenditures to around €34
            # billion": the level a planned change would bring, for a year not said
            claim.amount_of = "plan"
        if claim.amount_of is None and claim.year_basis == "latest" and _FUTURE_BUDGET.search(sentence, lo, q.start):
            claim.amount_of = "plan"  # "The defence budget will exceed 9bn Canadian dollars": a budget to come, no year
        draft = _DRAFT_BUDGET.search(sentence[max(0, q.start - 150) : q.start])
        if draft and claim.amount_of is None:  # "The draft 2026 defence budget ... stands at €108.2bn": a plan
            claim.amount_of = "plan"
            y = draft.group("y") or draft.group("y2")
            claim.year, claim.year_text, claim.year_basis = int(y), y, "explicit"
        claims.append(claim)
        read[q.start] = claim
        change = _appositive_change(sentence, offset, q, qs, claim)
        if change is not None:
            claims.append(change)
    return claims


#: "£2.9 billion (US$3.8 billion)", "186 billion zlotys ($48.5 billion)", "$10 billion (about €9.3 billion)": an
#: amount given again in another currency, in brackets right after it.
_CONVERSION_BEFORE = lazy(
    r"\s*\(\s*(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|more\s+than|just\s+over|"
    r"equivalent\s+to|or)\s+)?$",
    re.I,
)


def _converted_from(sentence: str, q: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """The amount that q converts to another currency ("£2.9 billion (US$3.8 billion)"), or None."""
    prior = next((p for p in reversed(earlier) if p.kind == "money"), None)
    if (
        prior is None
        or prior.currency == q.currency
        or not _CONVERSION_BEFORE.fullmatch(sentence, prior.end, q.start)
        or not re.match(r"\s*\)", sentence[q.end :])
    ):
        return None
    return prior


def _as_conversion(primary: Claim | None, q: Quantity) -> Claim | None:
    """The claim of a converted amount: the first amount's reading (kind, spender, year, amount_of, modality) with the
    converted figure; none when the first amount is no claim (a fund's money, the world's total)."""
    if primary is None:
        return None
    claim = replace(primary, countries=list(primary.countries), bases=list(primary.bases))
    claim.value, claim.value_text, claim.decimals, claim.step = q.value, q.text, q.decimals, q.step
    claim.comparator, claim.currency, claim.unit = q.comparator, q.currency, f"million {q.currency}"
    claim.bounds = q.bounds()
    if claim.kind == "pledge":
        claim.threshold = q.value
    return claim


#: "$1.03 trillion in 2020, the report said, a 4.3 percent increase over the previous year", "€20bn in 2024, up 9%
#: on last year": the change of the amount just given, with its spender.
_APPOSITIVE_CHANGE = lazy(
    r"(?:\s*\([^)]{0,40}\))?[^.;%$€£]{0,40}?,\s*(?:(?P<up>up|down)\s+|an?\s+)(?:(?:about|around|roughly|nearly|almost|some)\s+)?"
    r"(?P<v>\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent))"
    r"(?:\s+(?:real[- ]terms\s+|nominal\s+|annual\s+|year-on-year\s+)?(?P<noun>increase|rise|jump|growth|hike|boost|"
    r"decrease|fall|drop|decline|cut|reduction))?\b",
    re.I,
)


def _appositive_change(sentence: str, offset: int, q: Quantity, qs: list[Quantity], level: Claim) -> Claim | None:
    """The change stated right after an ally's amount, as its apposition: a real_growth claim of that spender and
    year (growth.refine_changes reads its base and price basis; a figure read by shares.py as well is kept once)."""
    m = _APPOSITIVE_CHANGE.match(sentence, q.end)
    if m is None or not (m.group("up") or m.group("noun")) or level.amount_of is not None:
        return None
    if not (level.countries or level.group_key):
        return None
    pct = next((p for p in qs if p.kind == "percent" and p.start == m.start("v")), None)
    if pct is None or pct.value is None:
        return None
    claim = Claim(offset, offset + len(sentence), sentence, "real_growth", unit="percent (annual real change)")
    claim.countries, claim.group, claim.group_key = list(level.countries), level.group, level.group_key
    falls = (m.group("up") or "").lower() == "down" or bool(L.DECLINE_RE.search(m.group("noun") or ""))
    claim.value = -pct.value if falls else pct.value
    claim.value_text, claim.decimals, claim.step, claim.comparator = pct.text, pct.decimals, pct.step, pct.comparator
    claim.year, claim.year_text, claim.year_basis = level.year, level.year_text, level.year_basis
    claim.attributed_to = level.attributed_to
    return claim


_NON_DEFENCE_MONEY = lazy(
    r"\b(?:overall|total|public|federal|general)\s+(?:government\s+)?(?:spending|expenditure|budget)\s+"
    r"(?:\w+\s+){0,4}$|\bgovernment\s+spending\b|\bborrowing\b|\bdebt\b|\bdeficit\b",
    re.I,
)
_CONTRAST_BEFORE = lazy(r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?$|\bcompared\s+(?:to|with)\s+$", re.I)
_CONTRAST_YEAR_AFTER = lazy(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:in\s+)?"
    r"(?:last year|the previous year|a year earlier|the year before|(?:19|20)\d\d)\b",
    re.I,
)


PER_CAPITA = L.PER_CAPITA_RE


#: A sentence that goes on about the amount before it, naming no spender: "A decrease of $23 billion since 2021 when
#: adjusted for inflation.", "An increase of $25 billion since 2015", "Previously, the figure was forecast to be ...".
_FOLLOW_LEAD = lazy(
    r"^\W*(?:(?:Previously|Earlier|Before\s+that|Last\s+year|Initially|Originally),?\s+)?(?:"
    r"(?:an?|the|this)\s+(?:\w+\s+)?(?P<change>increase|decrease|rise|fall|drop|cut|reduction|jump|uplift)\s+of\b"
    r"|(?:this|that|it)\s+(?:is|was|marks|represents)\s+(?:an?\s+)?(?:\w+\s+)?(?P<change2>increase|decrease|rise|fall|"
    r"drop|cut|reduction|jump)\s+of\b"
    r"|the\s+(?:figure|amount|sum|total|number)\b"
    # "This is expected to rise to £57.1 billion in 2024/25", "It will increase to": the same spending's later level
    r"|(?:this|that|it)\s+(?:is|was|will|would)\s+(?:(?:expected|projected|forecast|set|due|planned)\s+to\s+)?"
    r"(?:rise|increase|grow|climb|fall|drop|decrease)\s+to\b)",
    re.I,
)


def follow_ups(sentence: str, offset: int, previous: list[Claim], made: list[Claim], as_of: date | None) -> list[Claim]:
    """Amounts of a sentence that names no spender and goes on about the amount the sentence before gave: they take
    that claim's spender (and, for "the figure", what it is of); a change ("A decrease of $23 billion since 2021") is an
    increment, judged as one (rules/money.py)."""
    changes = change_follow_ups(sentence, offset, previous, made, as_of)  # "That is an increase of 10.9% on ..."
    return changes + _amount_follow_ups(sentence, offset, previous, made, as_of)


def _amount_follow_ups(
    sentence: str, offset: int, previous: list[Claim], made: list[Claim], as_of: date | None
) -> list[Claim]:
    prior = [c for c in previous if c.kind == "total_spending" and (c.countries or c.group_key)]
    lead = _FOLLOW_LEAD.match(sentence)
    if not prior or lead is None or _EXPLAINED_FIGURE.match(sentence) or any(c.kind == "total_spending" for c in made):
        return []
    src = prior[-1]
    out: list[Claim] = []
    for q in find_quantities(sentence):
        if q.kind != "money":
            continue
        claim = Claim(offset, offset + len(sentence), sentence, "total_spending")
        claim.value, claim.value_text, claim.decimals, claim.step = q.value, q.text, q.decimals, q.step
        claim.comparator, claim.currency, claim.unit = q.comparator, q.currency, f"million {q.currency}"
        claim.bounds = q.bounds()
        claim.countries, claim.group, claim.group_key = list(src.countries), src.group, src.group_key
        claim.attributed_to = attribution_source(sentence) or src.attributed_to
        if lead.group("change") or lead.group("change2"):
            claim.amount_of = "change"
        else:  # "the figure": the amount before, as it was read (what it is of, or what it leaves open)
            claim.amount_of, claim.undefined_group = src.amount_of, src.undefined_group
            claim.undetermined, claim.undetermined_why = src.undetermined, src.undetermined_why
        lo, hi = clause_bounds(sentence, q.start, q.end)
        # "..., which is a 4.5% increase in real terms": a basis said of another clause's change is not the amount's
        claim.price_basis = "constant" if L.CONSTANT_RE.search(sentence, lo, hi) else src.price_basis
        if claim.amount_of == "change":
            bases, claim.period = change_base(sentence, q.start, q.end)
            claim.since, claim.bases = (bases[0], []) if len(bases) == 1 else (None, bases)
        own_years = find_years(sentence)
        set_year(claim, sentence, (q.start, q.end), own_years, as_of)
        data_after_base(claim, own_years)
        if claim.year is None:
            claim.year, claim.year_text, claim.year_basis = src.year, src.year_text, src.year_basis
        claim.span_start, claim.span_end = offset + lo, offset + hi
        out.append(claim)
    return out
