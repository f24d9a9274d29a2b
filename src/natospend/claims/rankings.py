"""Extractors for rankings: ordinal places ("the second-largest spender", "ranks 12th"), superlatives ("the
highest share", "tops the list"), group ranks ("among the five lowest", "the next highest"), halves ("the bottom
half"), "only n allies spent less than X", and world ranks, which natospend cannot check.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.context import names_non_ally
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import attribution_source, nearest_mention, set_year
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.quantities import Quantity
from natospend.claims.quantities import number as _number
from natospend.claims.rank_cues import GROUP_RANK, cue_re, only_re
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab


def ranking_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
    topic: str | None = None,
    rank_topic: str | None = None,
    previous: list[Claim] | None = None,
    context: list[Mention] | None = None,
) -> list[Claim]:
    mentions = _with_pronoun(sentence, mentions, context or [])
    made = _ranked(sentence, offset, mentions, qs, years, as_of, topic, rank_topic, previous or [])
    parted = _part_claims(sentence, offset, mentions, qs, years, as_of, topic, rank_topic, previous or [])
    if len(parted) > len(made):
        # "[it has] the biggest defence spending, it has the biggest defence investments . . . second only to the
        # United States in the whole alliance" (Stoltenberg, 2016): a place in each part, each by its own field
        made = parted
    per_head = L.PER_CAPITA_RE.search(sentence)
    if per_head:
        # "Per capita spending was highest in the U.S. at $2,220 per person": a measure natospend does not hold
        for claim in made:
            if claim.rank_field != "world":
                claim.metric, claim.rank_measures, claim.value_text = None, ["per_capita"], per_head.group()
    for claim in made:
        # "it is not the US that tops the table", "Poland is no longer the biggest spender": a negated place
        cue = sentence.find(claim.value_text) if claim.value_text else -1
        if cue >= 0 and _NEGATED_PLACE.search(sentence, clause_bounds(sentence, cue, cue)[0], cue):
            claim.negated = True
    if any(m.code == "ISL" for m in mentions):
        # "6th from the bottom ... ahead of Iceland, Spain, Luxembourg, Slovenia and Belgium" (army.ca, 2025): a place
        # counted with Iceland, which has no armed forces and no NATO figure, while natospend ranks without it
        for claim in made:
            if claim.rank_field not in ("world",) and "ISL" not in claim.countries and claim.rank is not None:
                claim.rank_field = "with_iceland"
    field = _beyond_nato(sentence) if made else None
    if field:
        # "the highest in the EU", "The lowest ... were recorded in Ireland (0.3 percent), Luxembourg ...": a field
        # with countries outside NATO, which natospend does not hold
        for claim in made:
            if claim.rank_field != "world":
                claim.rank_field, claim.value_text = "beyond_nato", field.strip()
    equipment = phrase_re("rankings", "equipment").search(sentence)
    if equipment and L.GDP_RE.search(sentence):
        # "2.4% of GDP, and 30% of that on equipment, the highest share": which of the two is ranked is not said
        for claim in made:
            if claim.rank_field != "world":
                claim.metric, claim.rank_measures = None, ["share_gdp", "equipment_share"]
    return made


# "it", and the first person plural of a speaker for their country ("We rank 15th among NATO members in this regard",
# Canada's ambassador after a sentence about Canada's share)
_IT = lazy(r"\b(?:(?i:it|its)|[Ww]e|[Uu]s|[Oo]ur)\b(?!['’]s\b)")
_NEGATED_PLACE = lazy(r"\b(?:not|n't|never|no\s+longer)\b(?!\s+(?:only|just|least|far|quite))(?!.*\bbut\b)", re.I)
_EU_FIELD = lazy(
    r"\b(?:in|of|among|within|across)\s+(?:the\s+|all\s+)?(?:(?:other\s+)?EU|European\s+Union|EU-?2[78])"
    r"(?:'s|’s)?(?:\s+(?:member\s+states|members|countries|nations))?\b(?!\s+(?:and|or)\s+NATO)"
    r"|\b(?:the\s+)?(?:EU|European\s+Union)(?:'s|’s)\s",  # "the EU's biggest military spender"
    re.I,
)
_THE_WORLD = lazy(r"\b[Tt]he\s+world(?:'s|’s)?")
_NATO_WORD = lazy(r"\b(?:NATO|Nato|alliance|allies|ally)\b")


# Where a sentence strings places together: an ellipsis, a semicolon, or a comma before "it has"/"it is".
_PART_BREAK = lazy(
    r"\s*(?:\.\s*){3}|\s*…\s*|\s*;\s*|\s+[—–]\s+|,\s+(?=(?:and\s+)?(?:\[\s*)?it\s*\]?\s+(?:has|is|was|had|remains)\b)"
)


def _part_cue(part: str) -> int | None:
    """Where the first place of a part of a sentence is said (an ordinal or a superlative), if any."""
    leads = [phrase_re("ranks2", k).search(part) for k in ("leaders_top", "leaders_among", "leads_way")]
    cues = [L.RANK_ORDINAL_RE.search(part), _AHEAD_OF.search(part), L.TOPS_RE.search(part), *leads]
    cues += [p.search(part) for p, _ in L.RANK_WORDS]
    found = [m.start() for m in cues if m]
    return min(found) if found else None


def rank_at(text: str) -> int | None:
    """Where a text first says a place (an ordinal, a superlative, a lead): check.py reads the mood governing it."""
    return _part_cue(text)


def _part_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
    topic: str | None,
    rank_topic: str | None,
    previous: list[Claim],
) -> list[Claim]:
    """The places of a sentence whose parts each state one, read part by part; a part that names no ally is about
    the ally named last before it in the sentence."""
    cuts = [0, *(x for m in _PART_BREAK.finditer(sentence) for x in (m.start(), m.end())), len(sentence)]
    if len(cuts) < 4:
        return []
    made: list[Claim] = []
    last: Mention | None = None
    for lo, hi in zip(cuts[::2], cuts[1::2], strict=True):
        part = sentence[lo:hi]
        cue = _part_cue(part)
        own = [replace(m, start=m.start - lo, end=m.end - lo) for m in mentions if lo <= m.start and m.end <= hi]
        allies = [m for m in own if m.code not in (None, ALL_ALLIES, L.NATO_TOTAL) and not m.group_key]
        if cue is not None and last is not None and not any(m.end <= cue for m in allies):
            # "second only to the United States": the ally after the place is its rival, not its subject
            it = _IT.search(part)
            at = (it.start(), it.end()) if it else (0, 0)
            own = sorted([*own, replace(last, start=at[0], end=at[1])], key=lambda m: m.start)
        if cue is not None:
            shifted_q = [replace(q, start=q.start - lo, end=q.end - lo) for q in qs if lo <= q.start < hi]
            shifted_y = [replace(y, start=y.start - lo, end=y.end - lo) for y in years if lo <= y.start < hi]
            for claim in _ranked(part, offset + lo, own, shifted_q, shifted_y, as_of, topic, rank_topic, previous):
                # the sentence's claim, spanning its part (unless it spans less of it already)
                if claim.span_start is None:
                    lead = len(part) - len(part.lstrip(" “\"'‘"))
                    claim.span_start, claim.span_end = offset + lo + lead, offset + lo + len(part.rstrip(" ,.”\"'’"))
                claim.start, claim.end, claim.text = offset, offset + len(sentence), sentence
                made.append(claim)
        named = [m for m in mentions if lo <= m.start < hi and m.code not in (None, ALL_ALLIES, L.NATO_TOTAL)]
        subject = [m for m in named if not m.group_key and (cue is None or m.start - lo <= cue)]
        last = subject[-1] if subject else last
    return made


def _beyond_nato(sentence: str) -> str | None:
    """The field of a ranking when it is not NATO's allies: the EU, or one with non-allies named in it."""
    eu = _EU_FIELD.search(sentence)
    if eu:
        return eu.group()
    countries = _THE_WORLD.sub(lambda w: " " * len(w.group()), sentence)  # "the world's biggest economy": no field
    if names_non_ally(countries) and not _NATO_WORD.search(sentence):
        return "a field with countries outside NATO"
    return None


def _with_pronoun(sentence: str, mentions: list[Mention], context: list[Mention]) -> list[Mention]:
    """'Lithuania's ... was 2.85%. That puts it at sixth place on the table': with no ally named, "it" stands for the
    ally a pronoun refers to (the last one named, context.py), at the pronoun's place."""
    if (
        context
        and not any(m.code not in (None, ALL_ALLIES, L.NATO_TOTAL) and not m.group_key for m in mentions)
        and not names_non_ally(sentence)  # "Ukraine, the world's eighth largest ..., increased its spending"
    ):
        it = _IT.search(sentence)
        last = context[-1]
        if it and last.code not in (None, ALL_ALLIES, L.NATO_TOTAL) and not last.group_key:
            return sorted([*mentions, replace(last, start=it.start(), end=it.end())], key=lambda m: m.start)
    return mentions


_NOT_SPENDING_AFTER = lazy(
    r"\s+(?:[\w-]+\s+)?(?:economy|economies|population|army|armies|military(?!\s+(?:spend|budget|expend|outlay)))\b",
    re.I,
)


def _world(sentence: str) -> re.Match[str] | None:
    """A word that places the rank among all countries, not in "the world's biggest economy"."""
    for m in phrase_re("rankings", "world").finditer(sentence):
        if not _NOT_SPENDING_AFTER.match(sentence, m.end()):
            return m
    return None


def _ranked(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
    topic: str | None,
    rank_topic: str | None,
    previous: list[Claim],
) -> list[Claim]:
    named = [m for m in mentions if m.code not in (None, ALL_ALLIES, L.NATO_TOTAL) and not m.group_key]
    if _part_res()[2].search(sentence):
        return []  # "the largest share (58.6%) is allocated to personnel": a part of its own budget, not a place
    world = _world(sentence)
    if world or _NEXT_COMBINED.search(sentence):
        made = _world_rank_claims(sentence, offset, named, years, as_of)
        if made:
            return made
    if not named:
        return []
    share = bool(
        L.GDP_RE.search(sentence)
        or _names_share(sentence)
        or _RELATIVE_MEASURE.search(sentence)
        or _RATE.search(sentence)
        or topic == "share_gdp"
    )
    absolute = bool(phrase_re("rankings", "money").search(sentence))  # "spenders", "the largest defence budget"
    money_only = any(q.kind == "money" for q in qs) and not any(q.kind == "percent" for q in qs)
    bare_share = _names_share(sentence) and not (
        L.GDP_RE.search(sentence) or _RELATIVE_MEASURE.search(sentence) or _RATE.search(sentence) or topic
    )
    if money_only and bare_share:
        # "Britain captured the second largest share with $55 billion" (businessinsider.com, 2015): a share of the
        # allies' total, given in money, ranks as the money does
        share = False
    if not share and money_only:
        absolute = True  # "Poland was sixth with $24.8 billion": ranked by the money the sentence gives
    if any(q.kind == "percent" for q in qs) and not re.search(
        r"\bin (?:absolute|dollar|cash|money) terms\b", sentence, re.I
    ):
        absolute, share = False, True  # "the lowest spenders: Spain (1.28%)...": ranked by share of GDP
    metric = (
        "usd_current_m"
        if absolute and not (L.GDP_RE.search(sentence) or _RELATIVE_MEASURE.search(sentence))
        else "share_gdp"
    )
    if not (share or absolute) and rank_topic:
        metric, share = rank_topic, True  # "The top ten also includes ...": the measure the previous sentence ranked by
    if not (share or absolute) and phrase_re("ranks4", "measure_back").search(sentence):
        # "We rank 15th among NATO members in this regard": the one measure the sentence before gave figures in
        back = {c.metric or c.kind for c in previous if c.kind in ("share_gdp", "equipment_share")}
        if len(back) == 1:
            metric, share = ("equipment_share" if "equipment_share" in back else "share_gdp"), True
    if not (share or absolute) and _measure_before(named, previous) == "share_gdp":
        # "... Canada would spend 1.23 per cent of its GDP ... That leaves Canada ranked 18th": the place the figure
        # of the sentence before leaves it in (a figure in money beside it leaves the measure open)
        metric, share = "share_gdp", True
    if phrase_re("rankings", "equipment").search(sentence) and not L.GDP_RE.search(sentence):
        # "the third highest position in spending on armaments, recording 38.5%": the 20% guideline's measure
        metric, share = "equipment_share", True
    part = _ranked_part(sentence) if any(q.kind == "percent" for q in qs) else None
    if part is not None:
        # "spends 74.1 percent of its budget on personnel, the highest proportion within the alliance": ranked by
        # the part of defence spending the figure is (NATO's Table 8 line), not by share of GDP
        metric, share = part, True
    less_than = _LESS_THAN_ALLY.search(sentence)
    if less_than and (share or absolute):
        made = _less_than_claims(sentence, offset, named, less_than, metric, years, as_of)
        if made:
            return made
    than_ally = _THAN_ALLY.search(sentence)
    if than_ally and not less_than:
        made = _than_ally_claims(
            sentence, offset, named, than_ally, metric if share or absolute else None, years, as_of
        )
        if made:
            return made
    only = only_re().search(sentence)
    if only and not less_than:
        made = _only_claims(
            sentence, offset, named, only, metric if share or absolute else None, previous, years, as_of
        )
        if made:
            return made
    halves = _halves_re().search(sentence)
    if halves:
        return _half_claims(sentence, offset, named, halves, metric if share or absolute else None, years, as_of)
    measured = metric if share or absolute else None  # None: the sentence does not say what the place is by
    if measured is None and _names_other_share(sentence):
        return []  # "ranks last in NATO for the share of women in its armed forces"
    ends = phrase_re("rankings", "group_ends").search(sentence)
    if ends:
        made = _end_group_claims(sentence, offset, named, ends, measured, years, as_of)
        if made:
            return made
    last_claims = _place_claims(sentence, offset, named, measured, years, as_of)
    if last_claims:
        named = [n for n in named if all(n.code not in c.countries for c in last_claims)]
    if not (share or absolute):
        # "Greece has the second highest spending in NATO": a place by a measure the sentence does not name (the
        # verdict says so, unless the next sentence gives it: measure_from_next)
        return (
            last_claims
            or _ordinal_claims(sentence, offset, named, None, world, _europe(sentence), years, as_of)
            or _any_other_claims(sentence, offset, named, None, years, as_of)
            or _lead_claims(sentence, offset, named, None, False, years, as_of)
            or _ahead_of_claims(sentence, offset, named, None, years, as_of)
            # "[it has] the biggest defence spending": a place by a measure not said (the claim says so)
            or _superlative_claims(sentence, offset, named, None, world, _europe(sentence), years, as_of)
        )
    among = _AMONG_END.search(sentence)
    if among:
        made = _group_rank_claims(sentence, offset, named, among, metric, years, as_of)
        if made:
            return made + last_claims
    for group_rank in GROUP_RANK.finditer(sentence):
        # "the top five lowest are Italy, ..., Slovenia, and, in last place, Spain": the last place is one of the
        # five, so every ally named before it must rank within the five too (six names for five places cannot hold)
        made = _group_rank_claims(sentence, offset, named, group_rank, metric, years, as_of)
        if made:
            return made + last_claims
    if last_claims:
        return last_claims
    europe = _europe(sentence)
    claims = _ordinal_claims(sentence, offset, named, metric, world, europe, years, as_of)
    if claims:
        return claims
    claims = _any_other_claims(sentence, offset, named, metric, years, as_of)
    if claims:
        return claims
    claims = _lead_claims(sentence, offset, named, metric, True, years, as_of)
    if claims:
        return claims
    made = _leaders_claims(sentence, offset, named, metric if share or absolute else None, years, as_of)
    if made:
        return made
    leads = _leads_all_re().search(sentence) or _LEADS_FOLLOWED.search(sentence)
    if leads:
        made = _leader_claims(sentence, offset, named, leads, metric, world, europe, years, as_of)
        if made:
            return made
    claims = _superlative_claims(sentence, offset, named, metric, world, europe, years, as_of)
    if claims:
        return claims
    claims = _ahead_of_claims(sentence, offset, named, metric, years, as_of)
    if claims:
        return claims
    trails = cue_re("trails", r"\b", r"\s+").search(sentence)
    if trails:
        # "the United States has fallen behind Greece in proportional spending": the ally after it is ahead
        left = [m for m in named if m.end <= trails.start()]
        right = [m for m in named if m.start >= trails.end()]
        if left and right and re.match(r"\s*(?:the\s+)?$", sentence[trails.end() : right[0].start]):
            claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
            claim.countries, claim.others = [str(right[0].code)], [str(left[-1].code)]
            claim.comparator, claim.rank_order, claim.value_text = "gt", "highest", trails.group().strip()
            claim.attributed_to = attribution_source(sentence)
            set_year(claim, sentence, (trails.start(), trails.end()), years, as_of)
            return [claim]
    top = L.TOPS_RE.search(sentence)
    if top and not re.search(r"\blead(?:s|ing)?\s+(?:the\s+)?(?:way|role|nation|talks|effort)", sentence, re.I):
        left = [m for m in named if m.end <= top.start()]
        right = [m for m in named if m.start >= top.end()]
        if left and right and re.match(r"\s*(?:the\s+)?(?:\w+\s+)?$", sentence[top.end() : right[0].start]):
            claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
            claim.countries = [str(m.code) for m in left]
            claim.others = [str(m.code) for m in right]
            claim.comparator = "gt"
            claim.rank_order = "highest"
            set_year(claim, sentence, (top.start(), top.end()), years, as_of)
            return [claim]
        if left and re.match(r"\s*(?:NATO|the\s+(?:list|table|ranking|alliance|league))", sentence[top.end() :], re.I):
            first = _rank_claim(sentence, offset, left[-1], 1, "highest", metric, world, europe)
            if first:
                first.value_text = first.value_text or top.group()
                set_year(first, sentence, (top.start(), top.end()), years, as_of)
                return [first]
    return claims


def _superlative_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    metric: str | None,
    world: re.Match[str] | None,
    europe: re.Match[str] | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """Superlatives: "the biggest spender", "spent the least", "tops the list" (`metric` None: the sentence names
    no measure, and the claim says so)."""
    claims: list[Claim] = []
    for pattern, order in L.RANK_WORDS:
        for m in pattern.finditer(sentence):
            around = sentence[m.start() : m.end() + 40]
            if _no_place_after().match(sentence, m.end()) or cue_re("floor_before", tail=r"\s+$").search(
                sentence, 0, m.start()
            ):
                continue  # "last year", "the last two decades", "at least 2%": a time or a floor, not a place
            if _ranks_other_thing(sentence, m.end()):
                continue  # "the largest economy in the EU": not a rank of spending
            if metric is None and not _BUDGET_AFTER.match(sentence, m.end()):
                continue  # with no measure said, only "the biggest defence spending" (not "leading the brigade")
            if m.group(1).lower() in ("most", "least", "top", "last", "leading", "bottom") and not re.search(
                r"\b(spenders?|spent|spends|spending|share|percentage|proportion|list|table|ranking)\b",
                sentence[max(0, m.start() - 25) : m.end() + 30],
                re.I,
            ):
                continue
            if m.group(1).lower() in ("most",) and re.search(
                r"\bmost\s+(?:of|allies|members|countries|European)\b", around, re.I
            ):
                continue
            if re.search(
                r"\b(?:the\s+)?(?:highest|largest|biggest)\s+(?:increase|rise|jump|level|amount|number|annual|since|in\s+(?:decades|years|history))",
                around,
                re.I,
            ) and not _field_after_re().match(sentence, m.end()):
                continue  # "the highest level since 1990" (but "the highest level among NATO members" is a place)
            if (
                not L.RANK_SUBJECT_RE.search(around)
                and not _RATE.search(around)
                and not _among_field_re().match(sentence, m.end())
                and not re.search(
                    r"\b(spent|spends|spend|spending)\b", sentence[max(0, m.start() - 30) : m.start()], re.I
                )
                and not _BUDGET_AFTER.match(sentence, m.end())  # "the largest defence budget in Europe"
                and not phrase_re("rankings", "money").search(sentence, m.end(), m.end() + 25)  # "by dollar value"
            ):
                continue
            budget = _BUDGET_AFTER.match(sentence, m.end())
            if budget and _RECORD_AFTER.match(sentence, budget.end()):
                continue  # "the highest military budget in Polish history": a record, not a place
            if _SINCE_AFTER.match(sentence, m.end()) and not _field_after_re().match(sentence, m.end()):
                continue  # "the smallest share of GDP that Canada has spent on defence since 2012": a record
            subject = nearest_mention(sentence, (m.start(), m.end()), named)
            took = _TOOK_OVER_BEFORE.search(sentence, 0, subject.start) if subject else None
            prior = [n for n in named if took and n.end <= took.start()]
            if prior:
                subject = prior[-1]  # "Germany overtook the UK as Europe's biggest spender": the new holder
            own = _measure_after(sentence, m.end())  # "the highest spender in absolute terms": its own measure
            claim = _rank_claim(
                sentence, offset, subject, 1, order, own or _clause_metric(sentence, m.start(), metric), world, europe
            )
            if claim and (claim.metric is None or claim.rank_field == "world"):
                claim.value_text = m.group()  # named in the verdict: "Cannot tell what the rank (...) is by"
            listed = _listed_before(sentence, named, m.start())
            if claim and len(listed) > 1:
                # "Slovenia, Spain, Belgium and Luxembourg spent the least": the group at that end, as many as named
                claim.countries = list(dict.fromkeys(str(n.code) for n in listed))
                claim.rank, claim.value = len(claim.countries), float(len(claim.countries))
                claim.bounds, claim.value_text = [1.0, float(len(claim.countries))], m.group()
            following = _listed_after(sentence, named, m.end())
            if claim and len(listed) <= 1 and len(following) > 1:
                # "The NATO countries with the largest military spending were Poland (3.83 percent), the United
                # States (3.36 percent), ... and Lithuania (2.72 percent)" (9colonne.it, 2025): the top, as many as
                # named
                claim.countries = list(dict.fromkeys(str(n.code) for n in following))
                claim.rank, claim.value = len(claim.countries), float(len(claim.countries))
                claim.bounds, claim.value_text = [1.0, float(len(claim.countries))], m.group()
            if claim and _one_of_the().search(sentence, 0, m.start()):
                # "one of the lowest spenders", "among the biggest": near that end, no place (vocab among_quarter)
                claim.rank, claim.value, claim.value_text = None, None, sentence[m.start() : m.end()]
                claim.rank_form, claim.bounds, claim.bounds_relative = "among", [0.0, _among_quarter()], True
            if claim:
                set_year(claim, sentence, (m.start(), m.end()), years, as_of)
                claims.append(claim)
                nxt = replace(claim, others=[claim.countries[0]], rank_form="next", rank=None, value=None, bounds=[])
                if (
                    claim.rank == 1
                    and len(claim.countries) == 1
                    and _follow_on(sentence, offset, named, nxt, claim.countries[0], m.end())
                ):
                    # "the highest ... is the US, with 3.61 percent, followed by Greece with 2.38 percent"
                    claims.append(nxt)
            return claims
    return claims


def _measure_before(named: list[Mention], previous: list[Claim]) -> str | None:
    """The one measure the sentence before gave figures in for the allies ranked here, if it gave only one."""
    codes = {str(n.code) for n in named}
    kinds = {c.kind for c in previous if set(c.countries) & codes and c.kind != "ranking"}
    return kinds.pop() if len(kinds) == 1 else None


@cache
def _rank_after_re() -> Pattern:
    """After a bare ordinal, what makes it a place: "with $24.8 billion", "after Bulgaria", "among NATO countries"."""
    v = vocab()["counts5"]
    tables = rf"in\s+the\s+(?:[\w'’-]+\s+){{0,4}}?(?:{phrase_alternation(v['rank_tables'])})"
    return lazy(rf"\s*,?\s*(?:{phrase_alternation(v['rank_after'])}|{tables})(?!\w)", re.I)


@cache
def _not_spending_re() -> tuple[Pattern, Pattern]:
    """After a superlative, what it ranks when that is not spending (vocab [counts5] not_spending_ranked): right
    after it ("the second largest armed forces"), or, for a superlative with no noun of its own ("and the second
    largest in NATO"), after an earlier superlative of the sentence ("the largest economy in the EU")."""
    nouns = phrase_alternation(vocab()["counts5"]["not_spending_ranked"])
    # a word or two between ("largest active military personnel"), none of them a word of spending or shares
    filler = r"(?:(?!share|proportion|percentage|spend|defen|budget|expend|outlay)[\w'’-]+\s+){0,2}?"
    thing = rf"(?:{nouns}|military(?!\s+(?:spend\w*|budgets?|expenditures?|outlays?)))(?!\w)"
    after = lazy(rf"[\s-]*{filler}{thing}", re.I)
    earlier = lazy(rf"\b(?:highest|largest|biggest|greatest|strongest|most\s+powerful)\s+{filler}{thing}", re.I)
    return after, earlier


def _ranks_other_thing(sentence: str, end: int) -> bool:
    """Does the superlative ending at `end` rank something other than spending (troops, an economy)?"""
    after, earlier = _not_spending_re()
    if after.match(sentence, end):
        return True
    bare = re.match(r"\s*(?:in|among|within|of|,|\.|$)", sentence[end:])  # "the second largest in NATO"
    return bool(bare and earlier.search(sentence, 0, end))


@cache
def _no_place_after() -> Pattern:
    """After a superlative, a time ("last year", "the last two decades"), not a place."""
    cues = vocab()["rank_cues"]
    units = phrase_alternation(cues["time_counted_units"])
    counted = rf"(?:{phrase_alternation(cues['time_counts'])}|\d{{1,2}})\s+(?:{units})"
    return lazy(rf"[\s-]+(?:{phrase_alternation(cues['time_after'])}|{counted})(?!\w)", re.I)


@cache
def _one_of_the() -> Pattern:
    """Before a superlative: "one of the", "among NATO's" (a group at that end, no place)."""
    cues = vocab()["rank_cues"]
    return lazy(
        rf"(?<!\w)(?:{phrase_alternation(cues['group_of'])})\s+(?:{phrase_alternation(cues['group_of_owner'])})"
        r"\s+(?:[\w-]+\s+){0,2}?$",
        re.I,
    )


def rank_cue(sentence: str) -> bool:
    """A rank cue with no digit ("than any other NATO member", "came last", "spent less than Canada"), for
    parse.py's prefilter."""
    return bool(
        cue_re("prefilter").search(sentence)
        or _THAN_ALLY.search(sentence)
        or only_re().search(sentence)
        or _lead_re().search(sentence)  # "way ahead of other allies' spending"
        or _AHEAD_OF.search(sentence)  # "Portugal was ahead of Turkey, Montenegro, ..."
    )


@cache
def _rank_place_re() -> Pattern:
    """A place with no word of spending: "12th on the table", "in 15th place", "ranked 18th out of"."""
    ordinal = L.RANK_ORDINAL_RE.pattern.replace("(?P<word>", "(?:").replace("(?P<num>", "(?:")
    after = _rank_after_re().pattern
    return lazy(
        rf"(?:{ordinal})(?:\s+place)?{after}|\b(?:in|at)\s+(?:{ordinal})\s+(?:place|position|spot)\b"
        rf"|\b(?:ranked|ranks|ranking|placed)\s+(?:{ordinal})",
        re.I,
    )


def rank_place(sentence: str) -> re.Match[str] | None:
    return _rank_place_re().search(sentence)


_WE = lazy(r"\b(?:[Ww]e|[Uu]s|[Oo]ur)\b(?!['’]s\b)")


def speaker_placed(sentence: str) -> bool:
    """A place the speaker gives their own country in the first person plural ("We rank 15th among NATO members in
    this regard", Canada's ambassador after a sentence about Canada's share): read for the ally named last."""
    return bool(_WE.search(sentence) and rank_place(sentence))  # a place by number, not "we spend more than any other"


# "Greece is actually second among NATO countries" (theglobalist.com, March 2014)
_ADVERB_TAIL = r"\s+(?:(?:now|still|actually|also|currently|already|again|once\s+again)\s+)?$"


def _europe(sentence: str) -> re.Match[str] | None:
    return re.search(r"\b(in Europe|European|among European|Europe's|Europe’s)(?!\w)", sentence, re.I)


def _ordinal_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    metric: str | None,
    world: re.Match[str] | None,
    europe: re.Match[str] | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """Ordinal ranks: "12th", "the second-largest spender" (`metric` None: the sentence names no measure)."""
    claims: list[Claim] = []
    # "move up to 20th from 23rd", "climbed from 12th to third": the place now, and the one it left (not a claim)
    moves = list(_move_re().finditer(sentence))
    new_places = {mv.start("new") if mv.group("new") else mv.start("new2") for mv in moves}
    old_places = {mv.start("old") if mv.group("old") else mv.start("old2") for mv in moves}
    # Ordinal ranks: "12th", "the second-largest spender".
    for m in L.RANK_ORDINAL_RE.finditer(sentence):
        if m.start() in old_places:
            continue
        tail = sentence[m.end() : m.end() + 60]  # "16th in the report's 2019 military expenditure rankings"
        head = sentence[max(0, m.start() - 30) : m.start()]
        whole = sentence[m.start() : m.end() + 25]
        if not (
            m.start() in new_places
            or L.RANK_SUBJECT_RE.search(whole)
            or re.search(r"\b(ranks?|ranked|ranking|place[ds]?|position|comes?)\s+$", head, re.I)
            or (cue_re("rank_copula", r"\b", _ADVERB_TAIL).search(head) and _rank_after_re().match(tail))
            # "Second on the table, Estonia's defense expenditure ..." (starsinsider.com): a place opening the sentence
            or (not sentence[: m.start()].strip(" \"'“‘") and _rank_after_re().match(tail))
            # "Greece spends 2.38% of GDP on defence, second only to the US", "..., 16th among the 28 allies"
            or (re.search(r"\w[,–—]\s*$", head) and _rank_after_re().match(tail))
            or re.search(r"^\s*(?:highest|largest|biggest|lowest|smallest)", tail, re.I)
            or re.search(r"[-\s](?:highest|largest|biggest|lowest|smallest)", m.group(), re.I)
        ):
            continue
        if re.match(r"\s*(?:year|time|consecutive|straight|in a row|quarter|century|half)", tail, re.I):
            continue
        if _ranks_other_thing(sentence, m.end()):
            continue  # "Turkey has the second largest armed forces in NATO": troops, not spending
        rank = L.ORDINALS.get((m.group("word") or "").lower()) or int(m.group("num") or 0)
        if not rank:
            continue
        order = "lowest" if re.search(r"lowest|smallest|least|bottom", m.group() + tail[:20], re.I) else "highest"
        # "the second-highest share after Poland": the ally after "after" is the one ahead, not the subject.
        ahead = _ahead(sentence, named)
        if named and all(n in ahead for n in named):
            # "34.4% ..., the third largest level after Luxembourg and Latvia" (romaniajournal.ro, March 2019): the
            # allies named are the ones ahead; the subject is not named here
            continue
        subject = nearest_mention(sentence, (m.start(), m.end()), [n for n in named if n not in ahead])
        # "the biggest in Europe, the second largest in Nato": a place said to be in NATO is among all the allies
        in_nato = re.match(r"\s*(?:[\w-]+\s+){0,2}?in\s+(?:NATO|Nato|the\s+alliance)\b", tail)
        claim = _rank_claim(
            sentence,
            offset,
            subject,
            rank,
            order,
            _clause_metric(sentence, m.start(), metric),
            world,
            None if in_nato else europe,
        )
        named_ahead = list(dict.fromkeys(str(n.code) for n in ahead if n.code and n is not subject))
        if claim and rank > 1 and len(named_ahead) == rank - 1 and claim.countries[0] not in named_ahead:
            # "third in defense spending in NATO, behind Poland and Greece": exactly these two are ahead of it
            claim.others, claim.rank_form = named_ahead, "beyond"
        if claim:
            if claim.metric is None or claim.rank_field == "world":
                claim.value_text = m.group()  # named in the verdict: "Cannot tell what the rank (second ...) is by"
            set_year(claim, sentence, (m.start(), m.end()), years, as_of)
            claims.append(claim)
    return claims


# "Poland leads by GDP share at 4.48%, followed by Lithuania at 4.00%": a leader with no field named, then the next
_LEADS_FOLLOWED = lazy(
    r"\b(?:leads|led|tops|topped|heads|headed)\b(?=(?:[^.;]|\.(?=\d)){0,80}?,\s*(?:followed|trailed)\s+by\b)", re.I
)


@cache
def _move_re() -> Pattern:
    """'move up to 20th from 23rd', 'from 23rd to 20th place': the place now (new) and the one left (old)."""
    ordinal = L.RANK_ORDINAL_RE.pattern.replace("(?P<word>", "(?:").replace("(?P<num>", "(?:")
    return lazy(
        rf"(?P<new>{ordinal})\s+(?:place\s+)?from\s+(?:the\s+)?(?P<old>{ordinal})|\bfrom\s+(?:the\s+)?"
        rf"(?P<old2>{ordinal})\s+(?:place\s+)?to\s+(?:the\s+)?(?P<new2>{ordinal})",
        re.I,
    )


_SPENDS_BEFORE = lazy(r"\bspen(?:[dt]s?|ding)\s+(?:far\s+|much\s+|a\s+lot\s+)?$", re.I)


@cache
def _any_other_re() -> Pattern:
    """'more ... than any other member of NATO', 'less than any other European ally' (vocab [counts5] any_other_*)."""
    v = vocab()["counts5"]
    more, less = phrase_alternation(v["any_other_more"]), phrase_alternation(v["any_other_less"])
    return lazy(
        rf"\b(?:(?P<more>{more})|(?P<less>{less}))\b[^.;:]{{0,60}}?\bthan\s+any\s+other\s+"
        rf"(?P<field>{phrase_alternation(v['any_other_field'])})(?!\w)",
        re.I,
    )


def _any_other_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    metric: str | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Poland spends far more of its GDP on defense than any other member of NATO' (briefly.co, 2025): the ally
    before the comparison is first (last, with "less") among the allies, or among the European allies. With no
    measure named, "spends more on defence than any other" is more money (`metric` None otherwise: said so)."""
    m = _any_other_re().search(sentence)
    if m is None:
        return []
    if _ranks_other_thing(sentence, m.end("more") if m.group("more") else m.end("less")):
        return []  # "a bigger military than any other European ally": troops, not spending
    if metric is None and _SPENDS_BEFORE.search(sentence, 0, m.start()):
        metric = "usd_current_m"  # "The United States spends more on defence than any other NATO country"
    before = [n for n in named if n.end <= m.start() and clause_bounds(sentence, n.start, n.end)[1] >= m.start()]
    if not before:
        return []
    europe = re.search(r"\bEuropean\b", m.group("field"), re.I)
    claim = _rank_claim(
        sentence, offset, before[-1], 1, "lowest" if m.group("less") else "highest", metric, None, europe
    )
    if claim is None:
        return []
    claim.value_text = m.group()
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


def _listed_before(sentence: str, named: list[Mention], at: int) -> list[Mention]:
    """The allies listed right before a superlative ("Slovenia, Spain, Belgium and Luxembourg spent the least"),
    up to two words apart from it; none when the nearest ally before it is not in such a run."""
    before = [n for n in named if n.end <= at and n.code]
    if not before or not re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", sentence[before[-1].end : at]):
        return []
    run = [before[-1]]
    for n in reversed(before[:-1]):
        if not re.fullmatch(_LIST_GAP, sentence[n.end : run[0].start], re.I):
            break
        run.insert(0, n)
    return run


_LIST_HEAD = lazy(r"[^.;:,()]{0,50}?\b(?:were|are|include|included|includes)\s*:?\s*(?:the\s+)?", re.I)


def _listed_after(sentence: str, named: list[Mention], at: int) -> list[Mention]:
    """The allies listed after a superlative's copula ("the largest military spending were Poland (3.83 percent),
    the United States (3.36 percent), ..."), each with its figure, up to the list's end."""
    head = _LIST_HEAD.match(sentence, at)
    if head is None:
        return []
    after = [n for n in named if n.start >= head.end() and n.code]
    if not after or after[0].start != head.end():
        return []
    run = after[:1]
    for n in after[1:]:
        if not re.fullmatch(_FIGURE_AFTER + _LIST_GAP, sentence[run[-1].end : n.start], re.I):
            break
        run.append(n)
    return run


@cache
def _leads_all_re() -> Pattern:
    """'led all members', 'the leader among NATO members': first place among the whole field (vocab rank_cues)."""
    cues = vocab()["rank_cues"]
    return lazy(
        rf"(?<!\w)(?:{phrase_alternation(cues['leads_all'])})\s+(?:(?:all|the|other|\d{{1,2}})\s+){{0,3}}"
        rf"(?:{phrase_alternation(cues['field_nouns'])})(?!\w)",
        re.I,
    )


@cache
def _field_after_re() -> Pattern:
    """After a superlative, a word, then the field it is counted in: "highest level among NATO members"."""
    fields = phrase_alternation(vocab()["rank_cues"]["field_nouns"])
    return lazy(rf"\s+[\w-]+\s+(?:among|in)\s+(?:the\s+)?(?:other\s+)?(?:{fields})(?!\w)", re.I)


@cache
def _among_field_re() -> Pattern:
    """Right after a superlative, the field it is counted in: "the lowest among NATO member countries", "the
    highest of the alliance's 32 members", "the lowest figure across the alliance"."""
    fields = phrase_alternation(vocab()["rank_cues"]["field_nouns"] + vocab()["ranks2"]["field_after_nouns"])
    owner = r"(?:the\s+|all\s+|other\s+|NATO(?:'s|’s)\s+|Nato(?:'s|’s)\s+|the\s+alliance(?:'s|’s)\s+|\d{1,2}\s+)*"
    # "by far the greatest of any NATO member" (starsinsider.com): one of the field, any of them
    single = r"any\s+(?:other\s+)?(?:NATO\s+|Nato\s+)?(?:member|ally|country|nation|member\s+state)"
    # "the lowest across all NATO members" (luxtimes.lu, March 2023), "the lowest figure across the alliance", "the
    # highest within the alliance" (menafn.com, April 2024)
    field = rf"(?:{fields}|alliance|NATO|Nato|{single})"
    return lazy(
        rf"(?:\s+(?:figure|level|rate|share|one))?\s+(?:among|of|in|across|within)\s+{owner}{field}(?!\w)", re.I
    )


def _leader_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    m: re.Match[str],
    metric: str | None,
    world: re.Match[str] | None,
    europe: re.Match[str] | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Poland led all members with 4.12%': the ally before the phrase is first. '..., followed by Estonia (3.43%)
    and the U.S. (3.38%)': then the allies listed take the next places, and the claim is the whole order."""
    before = [n for n in named if n.end <= m.start()]
    if not before:
        return []
    lo, _hi = clause_bounds(sentence, m.start(), m.end())
    # "making it the leader among NATO members": "it" is the ally of the sentence's opening clause
    leader = before[-1] if before[-1].end >= lo or re.search(r"\bit\s+$", sentence[: m.start()]) else None
    claim = _rank_claim(sentence, offset, leader, 1, "highest", metric, world, europe)
    if claim is None or leader is None:
        return []
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    if _follow_on(sentence, offset, named, claim, str(leader.code), m.end()):
        claim.others, claim.rank_form = [str(leader.code)], "next"  # the leader is first, the allies listed next
    claim.value_text = m.group()
    return [claim]


def _follow_on(sentence: str, offset: int, named: list[Mention], claim: Claim, leader: str, at: int) -> bool:
    """', followed by Estonia (3.43%) and the U.S. (3.38%)' after `at`: make `claim` the allies listed, right after
    the leader (the caller sets that); False when no such list follows."""
    follow = cue_re("followed_by").search(sentence, at)
    after = [n for n in named if follow and n.start >= follow.end()]
    run = after[:1]
    for n in after[1:]:
        if not re.fullmatch(_FIGURE_AFTER + _LIST_GAP, sentence[run[-1].end : n.start], re.I):
            break
        run.append(n)
    if not (follow and run and not sentence[follow.end() : run[0].start].strip(" the")):
        return False
    claim.countries = list(dict.fromkeys(str(n.code) for n in run if n.code != leader))
    tail = re.match(_FIGURE_AFTER, sentence[run[-1].end :])
    claim.span_start = offset + follow.start()
    claim.span_end = offset + run[-1].end + (tail.end() if tail else 0)
    return bool(claim.countries)


def _among_quarter() -> float:
    return float(vocab()["rankings"]["among_quarter"])


_SHARE_WORD = lazy(r"\b(?:share|proportion|percentage)\b(?:\s+of\s+(?P<of>\S+(?:\s+\S+)?))?|\brelative to\b", re.I)
# What a share of GDP is "of" when it says so ("the share of its economy"); "the share of women" is another measure.
_OF_ECONOMY = lazy(
    r"^(?:(?:its|their|the|national)\s+)?(?:GDP|gross|economy|economies|economic|output|national|income|defen[cs]e)",
    re.I,
)


@cache
def _part_res() -> tuple[Pattern, Pattern, Pattern]:
    words = vocab()["spending_parts"]

    def part(key: str) -> Pattern:
        return lazy(rf"(?<![\w-])(?:{phrase_alternation(words[key])})(?![\w-])", re.I)

    # "the largest share (58.6%) is allocated to personnel expenses": the biggest part of the ally's own budget
    own = lazy(
        r"\b(?:largest|biggest|greatest|lion['’]s)\s+(?:share|part|portion|chunk|slice)\b[^;]{0,25}?"
        r"\b(?:is|are|was|were|goes|go|went)\s+(?:\w+\s+)?(?:to|on|for|into)\b",
        re.I,
    )
    return part("personnel"), part("infrastructure"), own


def _ranked_part(sentence: str) -> str | None:
    """The Table 8 line a place is ranked by when the sentence gives a share of spending on personnel or
    infrastructure and names no GDP; None otherwise."""
    if L.GDP_RE.search(sentence):
        return None
    personnel, infrastructure, _own = _part_res()
    if personnel.search(sentence):
        return "personnel_share"
    return "infrastructure_share" if infrastructure.search(sentence) else None


def _names_other_share(sentence: str) -> bool:
    """'the share of women in its armed forces': a rank by some other share, not about spending."""
    return any(m.group("of") and not _OF_ECONOMY.match(m.group("of")) for m in _SHARE_WORD.finditer(sentence))


def _names_share(sentence: str) -> bool:
    """A share word that is a share of GDP: bare ("the highest share") or of the economy, not "the share of women"."""
    return any(not m.group("of") or _OF_ECONOMY.match(m.group("of")) for m in _SHARE_WORD.finditer(sentence))


# "the second highest rate of defense spending in NATO" (ekathimerini.com, keeptalkinggreece.com, July 2016), "one
# of the lowest rates among NATO's 32 members": a rate of spending is its share of GDP (not a rate of growth,
# inflation or interest).
_RATE = lazy(
    r"(?<!growth\s)(?<!inflation\s)(?<!interest\s)(?<!exchange\s)(?<!tax\s)\brates?\b"
    r"(?!\s+of\s+(?:increase|growth|change|inflation|return|interest|decline))",
    re.I,
)
# "relative to the size of their economies", "in relation to GDP", "as a share": a ranking by share of GDP,
# even of "spenders".
_RELATIVE_MEASURE = lazy(
    r"\b(?:relative to|in relation to|as a (?:share|proportion|percentage) of|compared to the size of|"
    r"proportional(?:ly)?|in relative terms|in proportional terms)\b",  # "proportional spending" (forces.net, 2021)
    re.I,
)


def _group_rank_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    m: re.Match[str],
    metric: str,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'X, Y and Z are among the five lowest': each named ally ranks within the group; with no size stated
    ('among the highest') the rank is left open and the claim is judged unverifiable. 'Following Poland, Estonia
    and the US are the next highest': the allies named take the places right after the one they follow."""
    groups = m.groupdict()
    if groups.get("next"):
        anchor = next((n for n in named if _FOLLOWING_BEFORE.search(sentence[max(0, n.start - 15) : n.start])), None)
        rest = [n for n in named if n is not anchor]
        if anchor is not None and rest and anchor.code:
            claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
            claim.countries = list(dict.fromkeys(str(n.code) for n in rest))
            claim.others, claim.rank_form = [anchor.code], "next"
            claim.rank_order = "lowest" if re.search(r"lowest|smallest|least", m.group(0), re.I) else "highest"
            claim.value_text = m.group(0)
            claim.attributed_to = attribution_source(sentence)
            set_year(claim, sentence, (m.start(), m.end()), years, as_of)
            return [claim]
    size_text = groups.get("n0") or groups.get("n1") or groups.get("n2")
    size = None
    if size_text:
        parsed = _number(size_text)
        size = int(parsed[0]) if parsed and 1 <= parsed[0] <= 40 else None
        if size is None and not groups.get("next"):
            return []  # "the biggest", "top priority": not a group rank
    low = re.search(r"lowest|smallest|least|bottom", sentence[m.start() : m.end() + 60], re.I)
    order = "lowest" if low else "highest"
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries = list(dict.fromkeys(str(n.code) for n in named))
    claim.rank_order = order
    claim.value_text = m.group(0)
    if size is not None and not groups.get("next"):
        claim.rank, claim.bounds, claim.value = size, [1.0, float(size)], float(size)
        if cue_re("rounds_out", r"\b", r"\s+the\s+$").search(sentence, 0, m.start()):
            claim.bounds = []  # "Norway rounds out the top five": fifth, exactly
    elif not groups.get("next"):
        # "among the highest", "among the allies dedicating the smallest shares": near that end, no size stated
        claim.rank_form, claim.bounds, claim.bounds_relative = "among", [0.0, _among_quarter()], True
    if phrase_re("rankings", "descending").search(sentence) and len(claim.countries) > 1:
        claim.rank_form = "descending"  # "(in descending order)": the named allies are also in that order
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


_FOLLOWING_BEFORE = lazy(r"\b(?:following|after|behind)\s+(?:the\s+)?$", re.I)

# "among the allies dedicating the smallest shares of GDP", "among the NATO countries that contribute the highest
# percentage": a group at one end, of no stated size, with the group's noun before the superlative.
_AMONG_END = lazy(
    r"\bamong\s+(?:the\s+)?(?:NATO\s+|Nato\s+|European\s+|other\s+)?(?:allies|countries|members|member states|nations)"
    r"\s+(?:(?:that|which|who|with)\s+)?(?:[\w-]+\s+){0,2}?(?:the\s+)?"
    r"(?:highest|largest|biggest|greatest|lowest|smallest|least)\b"
    # of spending, not "among the countries with the lowest unemployment"
    r"(?=\s+(?:shares?|percentages?|proportions?|spend\w*|defen[cs]e|military|budgets?|levels?|outlays?|amounts?|"
    r"contribut\w*|in|of|on|among|relative)\b|\s*[,.;:]|\s*$)",
    re.I,
)
# An ally named after one of these is a rival the subject is placed against, not the subject.
_RIVAL_BEFORE = lazy(r"\b(?:after|behind|than|ahead\s+of|above|below|overtaking|overtook)\s+(?:the\s+)?$", re.I)
# ... and, for whose figure a percentage is, also the verbs that set an ally against another ("surpasses the U.S.")
_FIGURE_RIVAL_BEFORE = lazy(
    r"\b(?:after|behind|than|ahead\s+of|overtak\w+|overtook|surpass\w*|outspen[dt]\w*|outpac\w+|trail\w*)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# A figure right after its own ally: "behind Poland (4.12%)", "behind Poland at 4.12%", "the USA with 3.5%", "the US
# spending 3.42", "than Britain, which spends 2.33%"
_OWN_FIGURE_GAP = lazy(
    r"\s*(?:[(:–—-]|,)?\s*(?:(?:which|who|that)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:(?:at|with|on|spending|spends|spent|allocating|devoting)\s+(?:only\s+|just\s+)?)?",
    re.I,
)


def figure_rivals(sentence: str, mentions: list[Mention], at: tuple[int, int]) -> list[Mention]:
    """The allies a figure at `at` is not said of, when another ally of the sentence may be: a rival of a place or a
    comparison ("Greece is third after Bulgaria and the US ... as it spent 2.28%", "Estonia also surpasses the U.S.
    by GDP at more than 3.4%"), unless the figure follows it as its own ("behind Poland at 4.12%"), and an ally after
    the figure that has a figure of its own right after it ("the largest percentage of its GDP – 3.9%, the second is
    the USA with 3.5%")."""
    out: list[Mention] = []
    for i, n in enumerate(mentions):
        own = n.end <= at[0] and _OWN_FIGURE_GAP.fullmatch(sentence, n.end, at[0])
        if own:
            continue
        if _FIGURE_RIVAL_BEFORE.search(sentence, max(0, n.start - 20), n.start) or (
            out
            and mentions[i - 1] is out[-1]
            and re.fullmatch(_FIGURE_AFTER + _LIST_GAP, sentence[out[-1].end : n.start])
        ):
            out.append(n)  # "after Bulgaria and the US": the list goes on
    return out


def owns_later_figure(sentence: str, mention: Mention, at: tuple[int, int]) -> bool:
    """Is `mention`, after the figure at `at` and past a clause break, followed right away by a figure of its own
    ("with the US spending 3.42 of its GDP")?"""
    if mention.start < at[1] or not re.search(r"[,;:–—]", sentence[at[1] : mention.start]):
        return False
    gap = _OWN_FIGURE_GAP.match(sentence, mention.end)
    return bool(gap and _FIGURE_START.match(sentence, gap.end()))


_FIGURE_START = lazy(r"(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£]?\d{1,3}(?:[.,]\d+)?(?![\d,.]*\d{4})(?!\d)")


_LIST_GAP = r"\s*,?\s*(?:and\s+)?(?:the\s+)?"
# An ally's figure after its name in a list: "Estonia (3.43%)", "Lithuania at 4.00%"
_FIGURE_AFTER = r"\s*(?:\([^()]{1,60}\)|at\s+\d{1,2}(?:\.\d{1,2})?\s?(?:%|per\s?cent|percent))?"
# "Bringing up the rear are", "..., in 2016, were", "...:"
_FIRST_GAP = r",?(?:\s+in\s+\d{4},?)?\s*(?:(?:are|is|were|was|:|,|—|–|-)\s*)?(?:the\s+)?"


def _ahead(sentence: str, named: list[Mention]) -> list[Mention]:
    """The allies a place is counted after: "the third highest, after Croatia and Luxembourg" (the whole list)."""
    ahead: list[Mention] = []
    for i, n in enumerate(named):
        if re.search(r"\b(?:after|behind|than|only\s+to)\s+(?:the\s+)?$", sentence[: n.start]):
            ahead.append(n)  # "second only to the US": the US is the one ahead
        elif (
            ahead
            and named[i - 1] is ahead[-1]
            and re.fullmatch(_FIGURE_AFTER + _LIST_GAP, sentence[ahead[-1].end : n.start])
        ):
            # "after Croatia and Luxembourg", "after Luxembourg (... 0.54% of GDP) and Latvia": the list goes on
            ahead.append(n)
    return ahead


@cache
def _from_bottom_re() -> Pattern:
    v = vocab()
    phrases = list(v["rankings"]["from_bottom"]) + v["rankings"]["last_place"] + v["recall_audit"]["last_place"]
    # "fourth from last", "5th from the bottom" (swampsignal.com, May 2025): any ordinal counted from the bottom
    ordinal = rf"(?:{phrase_alternation(list(L.ORDINALS))}|\d{{1,2}}(?:st|nd|rd|th))"
    ordinal += r"[\s-]+from[\s-]+(?:the\s+)?(?:last|bottom)"
    return lazy(rf"(?<!\w)(?:{phrase_alternation(phrases)}|{ordinal})(?!\w)", re.I)


def _from_bottom(phrase: str) -> int:
    places: dict[str, int] = vocab()["rankings"]["from_bottom"]
    key = re.sub(r"\s+", " ", phrase.lower())
    if key in places:
        return int(places[key])
    counted = re.match(r"(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>[a-z]+))[\s-]+from\b", key)
    if counted:  # "fourth from last"
        return int(counted.group("num")) if counted.group("num") else int(L.ORDINALS.get(counted.group("word"), 1))
    return 1  # the last_place phrases


def _two_places(sentence: str, found: list[re.Match[str]]) -> bool:
    """Two different places joined by "and" or "but" ("last for equipment and fourth from last in spending"), not
    two words for one ("at the bottom of the ranking, in penultimate place")."""
    if len(found) != 2 or _from_bottom(found[0].group()) == _from_bottom(found[1].group()):
        return False
    return bool(re.search(r"\b(?:and|but|while|whereas)\b|;", sentence[found[0].end() : found[1].start()], re.I))


_CONTRAST = lazy(r"(?:[,;]\s*|\s)(?:while|whereas|but|although|though)\b", re.I)
_OPENING_CONTRAST = lazy(r"\s*(?:while|whereas|although|though|despite|in spite of)\b[^,;]*", re.I)


def _clause_metric(sentence: str, at: int, metric: str | None) -> str | None:
    """The measure of a place in a sentence of two contrasted parts ("While this figure places it third on the
    table, the US' overall contribution in monetary terms is by far the greatest"): the one its own part names; none
    when the sentence's measure is named only in the other part."""
    cuts = [m.start() for m in _CONTRAST.finditer(sentence) if m.start() > 0]
    opening = _OPENING_CONTRAST.match(sentence)
    if opening:  # "While this figure places it third on the table, the US' ...": the part ends at its comma
        cuts.append(opening.end())
    if not cuts:
        return metric
    cuts = [*sorted(set(cuts)), len(sentence)]
    lo = max([0, *(c for c in cuts if c <= at)])
    hi = min(c for c in cuts if c > at)
    part = sentence[lo:hi]
    own = _part_metric(part, None) or ("share_gdp" if _PERCENT_FIGURE.search(part) else None)
    return own if own is not None or metric is None else (None if _part_metric(sentence, None) else metric)


_PERCENT_FIGURE = lazy(r"\d\s?(?:%|per\s?cent\b|percent\b)", re.I)


def _measure_after(sentence: str, end: int) -> str | None:
    """The measure a superlative names right after it, before any comma: "the highest spender in absolute terms"
    (money), "the biggest by dollar value", "the largest share of GDP"."""
    part = re.split(r"[,;:]", sentence[end : end + 40])[0]
    if any(not m.group().lower().startswith("spender") for m in phrase_re("rankings", "money").finditer(part)):
        return "usd_current_m"  # ("spender" alone says nothing: "the biggest spender relative to GDP")
    return "share_gdp" if L.GDP_RE.search(part) or _RELATIVE_MEASURE.search(part) else None


def _part_metric(part: str, metric: str | None) -> str | None:
    """The measure a part of a sentence names for its place: its own, or none when the sentence's came from
    another part."""
    if phrase_re("rankings", "equipment").search(part):
        return "equipment_share"
    if L.GDP_RE.search(part) or _names_share(part) or _RELATIVE_MEASURE.search(part) or _RATE.search(part):
        return "share_gdp"
    if phrase_re("rankings", "money").search(part):
        return "usd_current_m"
    return None if metric == "equipment_share" else metric


def _place_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    metric: str | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'In last place, Spain', 'Spain has been ranked last of the 32', 'Belgium is at the bottom of the ranking, in
    penultimate place': a place counted from the bottom. The subject is the ally right after the phrase, else the
    nearest before it that is not a rival ("ahead of Luxembourg"). The most precise place wins ("penultimate" over
    "at the bottom"). `metric` None: the sentence does not say what the place is by (the claim says so)."""
    found = list(_from_bottom_re().finditer(sentence))
    if not found:
        return []
    if _two_places(sentence, found):
        # "ranks last ... for equipment expenditure and fourth from last in total defense spending" (swampsignal.com,
        # May 2025): two places, each by the measure its own part of the sentence names
        first = _place_claim(sentence, offset, named, found[:1], _part_metric(sentence[: found[1].start()], metric))
        second = _place_claim(
            sentence, offset, named, found[1:], _part_metric(sentence[found[1].start() :], metric), found[0]
        )
        made = [c for c in (first, second) if c is not None]
    else:
        made = [c for c in [_place_claim(sentence, offset, named, found, metric)] if c is not None]
    for claim in made:
        set_year(claim, sentence, (found[0].start(), found[-1].end()), years, as_of)
    return made


def _place_claim(
    sentence: str,
    offset: int,
    named: list[Mention],
    found: list[re.Match[str]],
    metric: str | None,
    head: re.Match[str] | None = None,
) -> Claim | None:
    """The place the phrases `found` give (the most precise wins), of the ally after them, else the nearest before
    them in their clause that is not a rival (`head`: the phrase of an earlier place whose subject this one shares)."""
    best = max(found, key=lambda f: _from_bottom(f.group()))
    place = _from_bottom(best.group())
    first, last = min(f.start() for f in found), max(f.end() for f in found)
    after = [n for n in named if n.start >= last and not sentence[last : n.start].strip(" ,the")]
    anchor = head.start() if head is not None else first
    lo, _hi = clause_bounds(sentence, anchor, last)
    if _RELATIVE_START.match(sentence, lo):
        lo = clause_bounds(sentence, max(0, lo - 2), max(0, lo - 2))[0]  # "like Spain, which ranked last": Spain
    before = [n for n in named if lo <= n.end <= anchor and not _RIVAL_BEFORE.search(sentence[: n.start])]
    subject = after[0] if after else (before[-1] if before else None)
    europe = re.search(r"\b(in Europe|European|among European)\b", sentence, re.I)  # "penultimate in Europe"
    claim = _rank_claim(sentence, offset, subject, place, "lowest", metric, None, europe)
    if claim is None or subject is None:
        return None
    claim.value_text = best.group()
    lo_span, hi_span = min(first, subject.start), max(last, subject.end)
    claim.span_start, claim.span_end = offset + lo_span, offset + hi_span
    return claim


_BUDGET_AFTER = lazy(
    r"\s+(?:[\w-]+\s+)?(?:defen[cs]e|military)\s+(?:budgets?|spending|expenditures?|outlays?|spenders?|investments?)\b",
    re.I,
)
_RECORD_AFTER = lazy(
    r"\s+(?:in\s+(?:its\s+|their\s+|the\s+country's\s+|[A-Z][\w-]+\s+)?history|ever|on\s+record|since)\b"
)
_SINCE_AFTER = lazy(r"[^,;:.]{0,60}?\bsince\s+(?:19|20)\d\d\b", re.I)
# A clause that opens with a relative pronoun is about the ally just before it ("Spain, which ranked last").
_RELATIVE_START = lazy(r"[\s,]*(?:which|who|that)\b", re.I)


def _end_group_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    m: re.Match[str],
    metric: str | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Bringing up the rear are Canada, Slovenia, Turkey and Spain': the allies listed are the lowest, as many as
    are named (each within that many places of the end)."""
    listed: list[Mention] = []
    for n in (n for n in named if n.start >= m.end()):
        gap = sentence[(listed[-1].end if listed else m.end()) : n.start]
        if not re.fullmatch(_LIST_GAP if listed else _FIRST_GAP, gap, re.I):
            break
        listed.append(n)
    codes = list(dict.fromkeys(str(n.code) for n in listed))
    if not codes:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries = codes
    claim.rank_order = vocab()["rankings"]["group_ends"][re.sub(r"\s+", " ", m.group().lower())]
    claim.rank, claim.value = len(codes), float(len(codes))
    claim.bounds = [1.0, float(len(codes))]
    claim.value_text = m.group()
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


@cache
def _halves_re() -> Pattern:
    return lazy(rf"\b(?:in\s+)?the\s+(?P<half>{phrase_alternation(vocab()['rankings']['halves'])})\b", re.I)


def _half_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    m: re.Match[str],
    metric: str | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Canada remains in the bottom half': a rank in the lower half of the allies, by the measure the sentence
    names (None when it names none: the claim is then judged unverifiable, saying so)."""
    subject = nearest_mention(sentence, (m.start(), m.end()), named)
    if subject is None or subject.code is None:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries = [subject.code]
    claim.rank_order = vocab()["rankings"]["halves"][re.sub(r"\s+", " ", m.group("half").lower())]
    claim.bounds, claim.bounds_relative, claim.rank_form = [0.0, 0.5], True, "half"
    claim.value_text = m.group()
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


# "Only four allies — Belgium, ... — spent less than Canada as a percentage of GDP"; "only four of the 29 other
# NATO members set to spend less of their GDP on defence than Canada".
_LESS_THAN_ALLY = lazy(
    rf"\b(?:only\s+|just\s+)?(?P<n>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:of\s+the\s+\d{{1,2}}\s+)?(?:other\s+)?"
    rf"(?:NATO\s+|Nato\s+)?(?:allies|members|member states|countries|nations)\b[^.;]{{0,160}}?"
    rf"\b(?:spen[dt]s?|spending)\s+(?P<dir>less|more)\b[^.;]{{0,40}}?\bthan\s+(?:the\s+)?",
    re.I,
)


# "Slovenia and Luxembourg spend slightly more on defense than Spain", "only Belgium, ... and Spain spent less than
# Canada": allies compared with the ally right after "than".
_THAN_ALLY = lazy(
    r"\b(?:spen[dt]s?|spending|allocat\w+|devot\w+|invest\w*)\b[^.;:]{0,40}?\b(?P<dir>more|less)\b"
    r"(?!\s+than\s+(?:any|all|the\s+rest|\d))[^.;:]{0,40}?\bthan\s+(?:the\s+)?",
    re.I,
)


def _than_ally_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    m: re.Match[str],
    metric: str | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Slovenia and Luxembourg spend slightly more on defense than Spain' (polska-ie.com, June 2024): each ally
    named before the verb is ahead of the one after "than" (behind it, with "less"). 'Only A, B and C spent less
    than Canada': exactly these are below Canada. `metric` None: the sentence does not say by what."""
    rival = next((n for n in named if m.end() <= n.start <= m.end() + 1 and n.code), None)
    lo, _hi = clause_bounds(sentence, m.start(), m.end())
    before = [n for n in named if lo <= n.start and n.end <= m.start() and n.code]
    if rival is None or not before:
        return []
    run = _listed_before(sentence, before, m.start()) or before[-1:]
    subjects = list(dict.fromkeys(str(n.code) for n in run if n.code != rival.code))
    if not subjects:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    less = m.group("dir").lower() == "less"
    if re.search(r"(?:^|[,;:—–]\s*|\bwhile\s+)only\s+(?:the\s+)?$", sentence[lo : run[0].start], re.I):
        # "only Belgium, ... and Spain spent less than Canada": these, and no others, are below (above) it
        claim.countries, claim.others, claim.rank_form = [str(rival.code)], subjects, "beyond"
        claim.rank_order = "lowest" if less else "highest"
        claim.rank = len(subjects) + 1
    else:
        ahead, behind = ([str(rival.code)], subjects) if less else (subjects, [str(rival.code)])
        claim.countries, claim.others, claim.comparator, claim.rank_order = ahead, behind, "gt", "highest"
    claim.value_text = m.group().strip()
    claim.attributed_to = attribution_source(sentence)
    claim.span_start, claim.span_end = offset + run[0].start, offset + rival.end
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


def _only_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    m: re.Match[str],
    metric: str | None,
    previous: list[Claim],
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Spain spends ... 0.9% of its GDP. Only Luxembourg spends less.' (theleader.info, November 2016): the allies
    after "only" are exactly those below (above) the ally compared, the one after "than" or, with no "than", the
    one ally the sentence before gave a figure for (its measure too, when the sentence names none)."""
    listed = [n for n in named if m.start("list") <= n.start and n.end <= m.end("list") and n.code]
    rest = sentence[m.start("list") : m.end("list")]
    for n in reversed(listed):
        rest = rest[: n.start - m.start("list")] + rest[n.end - m.start("list") :]
    if not listed or not re.fullmatch(r"(?:\s|,|\band\b|\bthe\b|&)*", rest, re.I):
        return []  # "only 0.9% of its GDP ... less": the words after "only" are not just allies
    others = list(dict.fromkeys(str(n.code) for n in listed))
    source: Claim | None = None
    if m.group("than"):
        rival = next((n for n in named if m.end() <= n.start <= m.end() + 1 and n.code), None)
    else:
        before = [c for c in previous if c.kind in ("share_gdp", "ranking") and len(c.countries) == 1]
        codes = {c.countries[0] for c in before} - set(others)
        source = before[0] if len(codes) == 1 and before[0].countries[0] in codes else None
        rival = None
    subject = rival.code if rival is not None else (source.countries[0] if source else None)
    if subject is None or subject in others:
        return []
    if metric is None and source is not None and source.kind == "share_gdp":
        metric = "share_gdp"  # the measure of the figure before: "0.9% of it's GDP. Only Luxembourg spends less."
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries, claim.others, claim.rank_form = [str(subject)], others, "beyond"
    claim.rank_order = "lowest" if m.group("below") else "highest"
    claim.rank = len(others) + 1
    claim.value = float(claim.rank)
    claim.value_text = m.group().strip(" ,;:—–(")
    claim.attributed_to = attribution_source(sentence)
    claim.span_start = offset + m.start("list")
    claim.span_end = offset + (rival.end if rival is not None else m.end())
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    if source is not None and claim.year_basis == "latest" and source.year is not None:
        claim.year, claim.year_text, claim.year_basis = source.year, source.year_text, "carried"
    return [claim]


_WAY_SPENDING = lazy(
    r"\s+(?:in\s+(?:terms\s+of\s+)?(?:(?:its|their|military|defen[cs]e)\s+)*(?:spending|expenditures?|budgets?|outlays?)"
    r"|with\s+\d{1,2}(?:\.\d{1,2})?\s?(?:%|per\s?cent|percent))",
    re.I,
)


def _leaders_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    metric: str | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Poland and Lithuania are the leaders' (the top places, as many as named), '... are leading countries' (near
    the top), 'Poland led the way in defense expenditure' (first): the allies named before it in its clause."""
    for key in ("leaders_top", "leaders_among", "leads_way"):
        m = phrase_re("ranks2", key).search(sentence)
        if m is None or (key == "leads_way" and not _WAY_SPENDING.match(sentence, m.end())):
            continue
        lo, _hi = clause_bounds(sentence, m.start(), m.end())
        listed = list(dict.fromkeys(str(n.code) for n in named if lo <= n.start and n.end <= m.start() and n.code))
        if not listed or (key == "leads_way" and len(listed) > 1):
            return []
        claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
        claim.countries, claim.rank_order, claim.value_text = listed, "highest", m.group()
        if key == "leaders_among":
            claim.rank_form, claim.bounds, claim.bounds_relative = "among", [0.0, _among_quarter()], True
        else:
            claim.rank, claim.value = len(listed), float(len(listed))
            if len(listed) > 1:
                claim.bounds = [1.0, float(len(listed))]
        claim.attributed_to = attribution_source(sentence)
        set_year(claim, sentence, (m.start(), m.end()), years, as_of)
        return [claim]
    return []


def _less_than_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    m: re.Match[str],
    metric: str,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """Only n allies below (above) X: X's place is n + 1 from the bottom (top); the allies listed, if any, must
    be exactly those below (above) it."""
    subject = next((n for n in named if m.end() <= n.start <= m.end() + 4), None)
    parsed = _number(m.group("n"))
    if subject is None or subject.code is None or parsed is None or not 0 < parsed[0] < 40:
        return []
    listed = [str(n.code) for n in named if m.start() < n.start < m.end()]
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries = [subject.code]
    claim.rank_order = "lowest" if m.group("dir").lower() == "less" else "highest"
    claim.rank = int(parsed[0]) + 1
    claim.value = float(claim.rank)
    if listed:
        claim.others, claim.rank_form = list(dict.fromkeys(listed)), "beyond"  # exactly these are below (above) it
    claim.value_text = m.group("n")
    claim.attributed_to = attribution_source(sentence)
    claim.span_start, claim.span_end = offset + m.start(), offset + subject.end
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


def _world_rank_claims(
    sentence: str, offset: int, named: list[Mention], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    """'rank the UK 7th globally', 'the world's top 15 military spenders', 'outspends the next seven nations
    combined': a rank among all countries, which natospend cannot check (it holds NATO allies only)."""
    if not re.search(r"\b(?:(?:out)?spen[dt]\w*|expenditures?|budgets?|outlays?)\b", sentence, re.I):
        return []
    ranked = re.search(r"\brank(?:s|ed|ings?)?\b|\bposition\b", sentence, re.I)
    cue = (
        _NEXT_COMBINED.search(sentence)
        or (L.RANK_ORDINAL_RE.search(sentence) if ranked else None)
        or re.search(r"\btop\s+(?:\d{1,2}|[a-z]+)\s+(?:military\s+|defen[cs]e\s+)?spenders\b", sentence, re.I)
    )
    if cue is None or (cue.re is _NEXT_COMBINED.compiled and cue.group("noun").lower() == "allies"):
        return []
    if not named and not re.search(r"\b(?:largest|biggest|highest|most|smallest|lowest)\b", sentence, re.I):
        return []  # "Also detailed are the top 10 military spenders worldwide": a description, not a claim
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", unit="rank", rank_field="world")
    subject = nearest_mention(sentence, (cue.start(), cue.end()), named) if named else None
    claim.countries = [subject.code] if subject is not None and subject.code else []
    claim.value_text = cue.group()
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (cue.start(), cue.end()), years, as_of)
    return [claim]


_NEXT_COMBINED = lazy(
    rf"\b(?:outspends?|outspent|outspending|spends?\s+more\s+than|spent\s+more\s+than)\s+(?:the\s+)?next\s+"
    rf"(?:\d{{1,2}}|{L.WORD_NUMBER})\s+(?:\w+\s+)?(?P<noun>allies|countries|nations|spenders)\b",
    re.I,
)


def _rank_claim(
    sentence: str,
    offset: int,
    subject: Mention | None,
    rank: int,
    order: str,
    metric: str | None,
    world: re.Match[str] | None,
    europe: re.Match[str] | None,
) -> Claim | None:
    if subject is None or subject.code is None:
        return None
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries = [subject.code]
    claim.rank = rank
    claim.rank_order = order
    claim.value = float(rank)
    if world:
        claim.rank_field = "world"
    elif europe and subject.code not in ("USA", "CAN"):
        claim.group, claim.group_key = "European Allies", "europe"
    claim.attributed_to = attribution_source(sentence)
    return claim


@cache
def _lead_re() -> Pattern:
    """'way ahead of other allies' spending', 'outspends all the other NATO members', 'behind all the other allies':
    a lead (lag) over every other member of the field (vocab [ranks4])."""
    v = vocab()["ranks4"]
    degree = rf"(?:(?:{phrase_alternation(v['lead_degree'])})\s+)*"
    ahead, behind = phrase_alternation(v["lead_ahead"]), phrase_alternation(v["lead_behind"])
    others, field = phrase_alternation(v["lead_others"]), phrase_alternation(v["lead_field"])
    return lazy(
        rf"(?<!\w){degree}(?:(?P<ahead>{ahead})|(?P<behind>{behind}))\s+(?:(?:all|the|its|their|every)\s+){{0,2}}"
        rf"(?:{others})\s+(?P<field>{field})(?!\w)",
        re.I,
    )


@cache
def _bare_any_other_re() -> Pattern:
    """'spending far more on NATO than any other Country': a bare field noun (vocab [ranks4] any_other_bare)."""
    v4, v5 = vocab()["ranks4"], vocab()["counts5"]
    more, less = phrase_alternation(v5["any_other_more"]), phrase_alternation(v5["any_other_less"])
    return lazy(
        rf"\b(?:(?P<more>{more})|(?P<less>{less}))\b[^.;:]{{0,60}}?\bthan\s+any\s+other\s+"
        rf"(?P<field>{phrase_alternation(v4['any_other_bare'])})(?!\w)(?!\s+(?:in|on)\s+(?:the\s+)?(?:world|planet|earth))",
        re.I,
    )


@cache
def _leader_noun_re() -> Pattern:
    """'The current leader is Poland', 'Poland is the leader' (vocab [ranks4] leader_nouns)."""
    nouns = phrase_alternation(vocab()["ranks4"]["leader_nouns"])
    return lazy(
        rf"\b[Tt]he\s+(?:current\s+|new\s+|clear\s+|undisputed\s+)?(?:{nouns})\s+(?:is|was|remains)\s+(?:still\s+)?$"
        rf"|^\s+(?:is|was|remains|became|becomes)\s+(?:now\s+|still\s+)?(?:the\s+)?(?:current\s+|new\s+|clear\s+)?"
        rf"(?:{nouns})(?!\w)",
        re.I,
    )


# "Germany overtook the UK as Europe's biggest defence spender": the place is the one that overtakes
_TOOK_OVER_BEFORE = lazy(
    r"\b(?:overt(?:akes|ook|aken|aking)|surpass(?:es|ed|ing)?|replac(?:es|ed|ing)|displac(?:es|ed|ing))\s+(?:the\s+)?$",
    re.I,
)
_SHARE_THAN = r"(?:share|percentage|proportion)(?:\s+of\s+(?:its\s+|their\s+)?GDP)?\s+than\s+(?:even\s+)?"
_AHEAD_OF = lazy(
    # finite verbs only: "..., surpassing Poland" describes its main clause, often a plan ("makes Lithuania the top")
    r"\b(?:(?P<ahead>ahead\s+of|above|(?P<verb>surpass(?:es|ed)?|overt(?:akes|ook)|outspen(?:ds?|t)|"
    r"outstrip(?:s|ped)?|outpac(?:es|ed)|(?:a\s+)?(?:greater|higher|larger|bigger)\s+" + _SHARE_THAN + r"))"
    r"|(?P<behind>behind|below|(?P<passive>(?:overtaken|surpassed|outspent|outstripped)\s+by|(?:a\s+)?(?:smaller|lower)\s+"
    + _SHARE_THAN
    + r")))\s*(?=(?:the\s+)?[A-Z])"
)
_RANKED_VERB = lazy(
    r"\b(?:is|was|are|were|ranks?|ranked|ranking|came|comes|sits?|sat|stands?|stood|placed|places|finished|remains?|"
    r"remained|lies|lay)\s+(?:[\w()%.,-]+\s+){0,6}?$",
    re.I,
)


def _ahead_of_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    metric: str | None,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'Greece ranked (at 3.54% of GDP) ahead of the United States (3.46%), Lithuania (2.47), ...', 'Portugal was
    ahead of Turkey, Montenegro, ...', 'Greece now surpasses the United States', 'a greater percentage than even the
    US': the ally before is above each ally listed after ('behind', 'overtaken by': below each). A comparison, no
    place; `metric` None when the sentence does not say what it compares."""
    for m in _AHEAD_OF.finditer(sentence):
        lo, _hi = clause_bounds(sentence, m.start(), m.end())
        before = [n for n in named if lo <= n.start and n.end <= m.start() and n.code]
        after = [n for n in named if n.start >= m.end() and n.code]
        if not before or not after or not re.fullmatch(r"(?:the\s+)?", sentence[m.end() : after[0].start]):
            continue
        if not (m.group("verb") or m.group("passive")) and not _RANKED_VERB.search(sentence, before[-1].end, m.start()):
            continue  # "Poland, ahead of the summit, ...": no place said
        run = after[:1]
        for n in after[1:]:
            if not re.fullmatch(_FIGURE_AFTER + _LIST_GAP, sentence[run[-1].end : n.start], re.I):
                break
            run.append(n)
        subject, rivals = str(before[-1].code), list(dict.fromkeys(str(n.code) for n in run))
        if subject in rivals:
            continue
        claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
        above, below = ([subject], rivals) if m.group("ahead") else (rivals, [subject])
        claim.countries, claim.others, claim.comparator, claim.rank_order = above, below, "gt", "highest"
        claim.value_text = m.group().strip()
        claim.attributed_to = attribution_source(sentence)
        claim.span_start, claim.span_end = offset + before[-1].start, offset + run[-1].end
        figure = re.match(_FIGURE_AFTER, sentence[run[-1].end :])
        if figure:
            claim.span_end += figure.end()
        set_year(claim, sentence, (m.start(), m.end()), years, as_of)
        return [claim]
    return []


def _lead_claims(
    sentence: str,
    offset: int,
    named: list[Mention],
    metric: str | None,
    measured: bool,
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """A place stated as a lead over the rest, with no figure: the ally before 'way ahead of other allies' (or
    'than any other Country' in a sentence that names NATO) is first, before 'behind all the other allies' last;
    'The current leader is Poland' first, only with a measure (`measured`) from this sentence or the one before.
    With no measure the claim says it cannot tell what the place is by; "spending more" is more money."""
    m = _lead_re().search(sentence)
    bare = None if m else _bare_any_other_re().search(sentence)
    if bare and not (_NATO_WORD.search(sentence, 0, bare.end()) and not _world(sentence)):
        bare = None  # "more than any other country": the world's, unless the sentence names NATO as the field
    hit = m or bare
    if hit is not None:
        if _ranks_other_thing(sentence, hit.start("field")):
            return []  # "a bigger military than any other ally": troops, not spending
        lo, _hi = clause_bounds(sentence, hit.start(), hit.end())
        before = [n for n in named if lo <= n.start and n.end <= hit.start()]
        if not before:
            return []
        if metric is None and (
            _SPENDS_BEFORE.search(sentence, 0, hit.start())
            or re.search(r"\bspend(?:s|ing)?\s+(?:[\w-]+\s+){0,2}$", sentence[before[-1].end : hit.start()], re.I)
        ):
            metric = "usd_current_m"  # "The United States is spending far more on NATO than any other Country"
        lowest = bool((m and m.group("behind")) or (bare and bare.group("less")))
        europe = re.search(r"\bEuropean\b", hit.group("field"), re.I)
        claim = _rank_claim(sentence, offset, before[-1], 1, "lowest" if lowest else "highest", metric, None, europe)
        if claim is None:
            return []
        claim.value_text = hit.group().strip()
        claim.span_start, claim.span_end = offset + before[-1].start, offset + hit.end()
        set_year(claim, sentence, (hit.start(), hit.end()), years, as_of)
        return [claim]
    if not measured:
        return []
    nouns = phrase_alternation(vocab()["ranks4"]["leader_nouns"])
    for noun in re.finditer(rf"(?<!\w)(?:{nouns})(?!\w)", sentence, re.I):
        after = [n for n in named if n.start >= noun.end() and _leader_noun_re().search(sentence[: n.start])]
        before = [n for n in named if n.end <= noun.start() and _leader_noun_re().match(sentence[n.end :])]
        subject = after[0] if after else (before[-1] if before else None)
        claim = _rank_claim(sentence, offset, subject, 1, "highest", metric, None, _europe(sentence))
        if claim is not None:
            claim.value_text = noun.group()
            set_year(claim, sentence, (noun.start(), noun.end()), years, as_of)
            return [claim]
    return []


def unmeasured(claims: list[Claim]) -> list[Claim]:
    """The ranks of a sentence that does not say what they are by."""
    return [
        c
        for c in claims
        if c.kind == "ranking"
        and c.metric is None
        and not c.rank_measures
        and c.rank_form in (None, "half", "among")
        and c.rank_field is None
        and c.undefined_group is None
    ]


def measure_from_next(pending: list[Claim], sentence: str, made: list[Claim]) -> None:
    """'Spain has been ranked last of the 32 countries in NATO. Spending just 1.28% of its GDP, ...': a rank whose
    sentence names no measure is by the one the next sentence gives the same ally's figure in, when that is a share
    of GDP and the only measure given for it there (a figure in money beside it leaves the rank's measure open).
    A 'sentence' that opens in lower case is the same sentence broken by a blank line ("whose defense spending is
    currently / below 1.4 percent of GDP"): its measure is the rank's."""
    money = phrase_re("rankings", "money").search(sentence)
    continued = sentence[:1].islower() and L.GDP_RE.search(sentence) and not money
    for claim in pending:
        kinds = {m.kind for m in made if set(m.countries) & set(claim.countries)}
        if kinds == {"share_gdp"} or (continued and not kinds):
            claim.metric = "share_gdp"
