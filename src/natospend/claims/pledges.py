"""Extractors for pledges: modality and deadline of a pledged share ("will reach 3.5% by 2029"), the pledge fields
of a share claim, and pledges named by reference in a later sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims import modality as M
from natospend.claims.bars import bar_level
from natospend.claims.clauses import clause_bounds
from natospend.claims.counts import counted_subject_re
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import attribution_source, find_mentions, mention_codes, year_for
from natospend.claims.metonymy import find_people
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.quantities import PERCENT_RE, Quantity
from natospend.claims.times import YearMention, find_years
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab


def pledge_modality(sentence: str, before: str) -> str:
    proposal = L.PROPOSAL_RE.search(before) or M.PROPOSAL_VERB_RE.search(before)
    if proposal and not re.search(
        r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:committed|pledged|promised|vowed|agreed)\b", before[proposal.end() :]
    ):
        return "proposal"
    if L.AMBITION_RE.search(before[-45:]):
        return "ambition"
    if L.COMMIT_VERB_RE.search(sentence) or M.states_past_agreement(before):
        return "commitment"  # "NATO members did agree in 2014 to spend 2%": an agreement stated as made
    if L.AMBITION_RE.search(before):
        return "ambition"
    return "reference"


#: A noun of calling whose object runs to the figure with no verb or clause between: "calls in Europe for higher
#: military spending and, in particular, a renewed commitment by NATO members to spend at least " (verbs of calling,
#: "urged allies to", are PROPOSAL_RE's; the nouns let words between them and "for").
_CALLS_FOR_NP_RE = lazy(
    r"\b(?:calls|demands|pressure|pleas?|appeals?)\s+(?:[\w’'-]+\s+){0,3}?for\s+"
    r"(?:(?!\b(?:that|which|who|when|while|but|after|since|because|has|have|had|was|were|is|are|agreed|pledged|"
    r"committed|promised|decided|met|meets|reached|spends|spent)\b)[^.;:])*$",
    re.I,
)


def pledge_deadline(sentence: str, q: Quantity, years: list[YearMention]) -> tuple[int | None, str | None]:
    chosen = year_for(sentence, q.start, q.end, years, ("deadline", "data", "fiscal"))
    if (
        chosen is not None
        and chosen.role != "deadline"
        and _EVENT_YEAR.search(sentence[max(0, chosen.start - 50) : chosen.start])
    ):
        # "An evaluation has been set for 2029 to reassess ..., which could lead to ... revising the 2% benchmark"
        # (brusselstimes.com, June 2025), "with progress to be reviewed in 2029": the year of another event
        chosen = None
    phrases = list(L.DEADLINE_PHRASE_RE.finditer(sentence))
    phrase = min(phrases, key=lambda p: abs(p.start() - q.end)) if phrases else None
    if chosen is not None and (phrase is None or abs(chosen.start - q.end) <= abs(phrase.start() - q.end)):
        text = chosen.text
        month = re.search(rf"({L.MONTHS})\s+$", sentence[max(0, chosen.start - 12) : chosen.start])
        if month:
            text = f"{month.group(1)} {text}"
        lead = re.search(
            r"\b(by|from|until|in|before|starting|within)\s+(?:(?:" + L.MONTHS + r")\s+)?$",
            sentence[max(0, chosen.start - 20) : chosen.start],
            re.I,
        )
        if lead:
            text = f"{lead.group(1)} {text}"
        return chosen.year, text
    if phrase is not None:
        return L.DEADLINE_PHRASES[phrase.group(1).lower()], phrase.group(1)
    return None, None


# A year that dates another event than the pledge's deadline: "an evaluation has been set for 2029", "a review in
# 2029", "progress to be reviewed in 2029", "the next summit in 2026".
_EVENT_YEAR = lazy(
    r"\b(?:review|reviewed|evaluation|evaluated|reassessment|reassessed|assessment|stocktake|summit|election|"
    r"elections|meeting)\b[^.;,%]{0,30}?\b(?:for|in)\s+$",
    re.I,
)


def deadline_of(sentence: str, start: int, end: int) -> tuple[int | None, str | None]:
    """The deadline of a pledged figure at [start, end) of `sentence` ('by 2034', 'in 2027'), from its own clause
    and not across another percentage ('2.5% by 2027 and reach 3% in the longer term': 3% has none); (None, None)
    when it names none."""
    others = [(m.start(), m.end()) for m in PERCENT_RE.finditer(sentence) if m.end() <= start or m.start() >= end]
    lo, hi = clause_bounds(sentence, start, end, others)
    lo = max([lo, *(b for _, b in others if lo <= b <= start)])
    hi = min([hi, *(a for a, _ in others if end <= a <= hi)])
    q = Quantity(start - lo, end - lo, sentence[start:end], "percent", 0.0, 0, 1.0)
    clause = sentence[lo:hi]
    return pledge_deadline(clause, q, find_years(clause))


def pledge_fields(
    claim: Claim,
    sentence: str,
    q: Quantity,
    before: str,
    after: str,
    years: list[YearMention],
    as_of: date | None = None,
    carried: Mention | None = None,
) -> None:
    """`carried`: the ally the sentence before named alone (claims/context.py), whose government a sentence naming
    no ally and not the alliance may speak of."""
    claim.kind = "pledge"
    by_leader = False
    if not claim.countries and claim.group_key is None:
        claim.countries = [ALL_ALLIES]
        if (
            carried is not None
            and carried.code not in (None, ALL_ALLIES, L.NATO_TOTAL)
            and not alliance_spans(sentence)
            and phrase_re("pledges6", "national_agents").search(sentence, 0, q.start)
        ):
            # "The prime minister stated defence spending would rise to 2.6% of GDP by 2027", after a sentence on
            # the UK alone: the UK's plan, not a pledge of every ally (newstorn.com, February 2025)
            claim.countries = [str(carried.code)]
        elif not alliance_spans(sentence[clause_bounds(sentence, q.start, q.end)[0] : q.start]):
            # "Bart De Wever repeated agendas to boost defence spending to 2% of GDP by 2029": the leader's ally
            # (people.csv, in office on the claim's date), when the sentence names no ally and not the alliance
            day = as_of or date.today()
            led = {p.person.ally(day) for p in find_people(sentence[: q.start])} - {None}
            if len(led) == 1:
                claim.countries, by_leader = [str(next(iter(led)))], True
    if claim.countries == [L.NATO_TOTAL]:
        claim.countries = [ALL_ALLIES]
    if claim.countries != [ALL_ALLIES] and not claim.group_key and _alliance_agent_only(sentence, q):
        # "Nato leaders ... have agreed to ramp up defence spending to 5% ..., following months of stress from US
        # President Donald Trump": the alliance pledges; the ally named after the figure is not who pledged
        claim.countries = [ALL_ALLIES]
    claim.modality = pledge_modality(sentence, before)
    if M.CONJOINED_PART_BEFORE_RE.search(before):
        # "Rutte had proposed NATO members raise spending to 3.5%, and a further 1.5% on ...": a further part of
        # the pledge or proposal named before it, with its modality and, for the alliance's, its allies.
        earlier = sentence[: q.start]
        claim.modality = pledge_modality(sentence, earlier)
        if M.ALLIANCE_PLEDGE_RE.search(earlier):
            claim.countries, claim.group, claim.group_key = [ALL_ALLIES], None, None
    if claim.modality != "proposal" and _CALLS_FOR_NP_RE.search(sentence[max(0, q.start - 200) : q.start]):
        # "have led to calls in Europe for higher military spending and, in particular, a renewed commitment by
        # NATO members to spend at least 2 per cent": the commitment is what the calls ask for, no one's pledge
        claim.modality = "proposal"
    if claim.modality != "proposal" and _called_for_only(sentence, q):
        claim.modality = "proposal"  # "2 percent of GDP should become the lower limit": a call, no one's pledge
    if claim.modality == "proposal":
        # "Trump has advocated for NATO allies to dedicate 5%": a proposal is about the allies it addresses; "Trump
        # called for 5%" is no plan of the proposer's ally.
        if by_leader:
            claim.countries = [ALL_ALLIES]
        verbs = list(M.PROPOSAL_VERB_RE.finditer(before))
        if verbs and claim.group_key is None and ALLIANCE_WORDS.search(before[verbs[-1].start() :]):
            claim.countries, claim.group, claim.group_key = [ALL_ALLIES], None, None
    part = M.part_metric(before, after) if M.ALLOCATION_AFTER_RE.match(after) else None
    if part is not None:
        claim.metric = part  # one part of a pledge ("3.5% would go toward core defence")
        if M.ALLIANCE_PLEDGE_RE.search(sentence):
            claim.countries, claim.group, claim.group_key = [ALL_ALLIES], None, None
    elif (
        re.search(r"\b(further|additional|another|plus|extra|remaining)\s+$", before[-20:], re.I)
        or re.match(
            r"\s+(?:on|for)\s+(?:broader|wider|related|defen[cs]e[- ]related|security[- ]related|resilience|"
            r"infrastructure)",
            after,
            re.I,
        )
        or _second_part_related(before, after)
    ):
        claim.metric = "related"
    elif re.search(r"\bcore\b", before[-30:] + after[:30], re.I):
        claim.metric = "core"
    claim.deadline, claim.deadline_text = pledge_deadline(sentence, q, years)
    if claim.deadline is None and claim.deadline_text is None and not PERCENT_RE.search(sentence, q.end, q.end + 20):
        # "Berlin aims to reach 2 percent this year": the year from the claim's date
        claim.deadline, claim.deadline_text = _relative_deadline(sentence, q.end, as_of, ahead_only=True)
    made = M.made_year(sentence, years, as_of, q.start)
    claim.made = made[0] if made else None
    if (
        made
        and claim.deadline == made[0]
        and not (claim.deadline_text or "").lower().startswith(("by ", "before ", "until ", "from "))
    ):
        # "In 2016, NATO allies agreed ...": when, not by when; "did agree in 2014 to spend 2% ... by 2025": by when
        # is another year of the sentence
        due = _DUE_AFTER_RE.match(sentence, q.end, clause_bounds(sentence, q.start, q.end)[1])
        claim.deadline, claim.deadline_text = (int(due.group("year")), due.group("due")) if due else (None, None)
    claim.threshold = q.value
    claim.year, claim.year_text, claim.year_basis = None, None, "latest"


def _relative_deadline(
    sentence: str, at: int, as_of: date | None, ahead_only: bool = False
) -> tuple[int | None, str | None]:
    """A relative year just after `at` ('this year', 'next year'), counted from the claim's date; with `ahead_only`,
    not one in the past ('last year' dates a figure, not a deadline)."""
    rel = L.RELATIVE_YEAR_RE.search(sentence, at)
    if rel is None or rel.start() - at >= 20:
        return None, None
    step = L.RELATIVE_YEARS[rel.group(1).lower()]
    if ahead_only and step < 0:
        return None, None
    return (as_of or date.today()).year + step, rel.group(1)


def _second_part_related(before: str, after: str) -> bool:
    """'3.5% of GDP to conventional military forces and 1.5% to broader security investments', '3.5% for core
    military needs and 1.5% for security infrastructure and resilience' (auditb: particle.news, June 2025): the
    figure after another one, joined to it, whose own words before the next figure name the non-core part."""
    if not (M.CONJOINED_PART_BEFORE_RE.search(before) and PERCENT_RE.search(before[-80:])):
        return False
    own = PERCENT_RE.split(after, maxsplit=1)[0][:60]
    return bool(phrase_re("recall_audit", "related_part").search(own)) and not re.search(r"\bcore\b", own, re.I)


_AGENT_ALLIANCE_RE = lazy(
    r"\b(?:NATO|Nato|the\s+alliance|the\s+Alliance)\s+(?:leaders|members|allies|countries|nations)\b|\b(?:allies|Allies)\b"
)


#: A deadline after the figure in its own clause, with no other figure between ("agree in 2014 to spend 2% of GDP on
#: defense by 2025"; not "to 1.5 percent of GDP by 2025" after "the 2 percent threshold agreed in 2014").
_DUE_AFTER_RE = lazy(r"[^%\d]{0,60}?\b(?P<due>by\s+(?P<year>(?:19|20)\d\d))\b", re.I)


def _called_for_only(sentence: str, q: Quantity) -> bool:
    """Whether the figure is stated only as what should be spent (modality.called_for), with no pledge named in its
    clause ('2 percent of GDP should become the lower limit', not 'members should meet the 2% target they agreed')."""
    if M.called_for(sentence, q.start, q.end) is None:
        return False
    lo, hi = clause_bounds(sentence, q.start, q.end)
    return not L.STRONG_PLEDGE_RE.search(sentence, lo, hi)


def _alliance_agent_only(sentence: str, q: Quantity) -> bool:
    """Whether the figure's clause names the alliance as who pledges before the figure, with a verb of committing
    between, and no ally or group before it ('Nato leaders ... have agreed to ramp up defence spending to 5%')."""
    lo, _ = clause_bounds(sentence, q.start, q.end)
    lead = sentence[lo : q.start]
    agent = _AGENT_ALLIANCE_RE.search(lead)
    if agent is None or not L.COMMIT_VERB_RE.search(lead, agent.end()):
        return False
    # "All NATO allies, including Canada, renewed their pledge ...": an ally named as one of them is no other agent
    lead = _INCLUDING_RE.sub(", ", lead)
    return not any(m.code not in (None, L.NATO_TOTAL, ALL_ALLIES) or m.group_key for m in find_mentions(lead))


_INCLUDING_RE = lazy(r",\s*(?:including|among\s+them|such\s+as)\s+[^,]{1,40},", re.I)


def _codes_of(mentions: list[Mention]) -> tuple[list[str], str | None, str | None]:
    """The allies (or the one group) a clause names, in order."""
    if len(mentions) == 1:
        return mention_codes(mentions[0])
    codes = [str(m.code) for m in mentions if m.group_key is None]
    return list(dict.fromkeys(codes)), None, None


def is_yardstick(claim: Claim, before: str) -> bool:
    """A pledge frame whose figure is only the yardstick of a comparison ("Some countries significantly exceed the
    2% threshold"): no claim about the pledge, when nothing else dates or commits it; or where a pledged change
    starts ("committed to raising annual defence outlays from the longstanding 2% of GDP to 5% by 2035"): the level
    left, not the one pledged."""
    at = claim.text.find(claim.value_text, len(claim.text) - len(claim.text.lstrip())) if claim.value_text else -1
    if at >= 0 and M.CHANGE_BASE_RE.search(before) and _CHANGE_TO_RE.match(claim.text, at + len(claim.value_text)):
        return True
    if at >= 0 and _RISE_FROM_RE.search(before) and PERCENT_RE.search(claim.text, 0, max(0, at - 1)):
        # "agreed to boost defence outlays to 5% of GDP by 2035, a rise from the previous 2% target set in 2014"
        # (techoutstanders.com, June 2025): the level a change named before started from
        return True
    return bool(
        claim.modality in ("reference", "ambition")
        and claim.deadline is None
        and claim.made is None
        and (M.YARDSTICK_BEFORE_RE.search(before) or _MET_PLEDGE_BEFORE_RE.search(before))
    )


# "the nearly two-dozen member countries that have not met their "financial obligations" to increase defense spending
# to 2% of GDP": the pledge named as what allies meet or miss is the count's yardstick, no claim about the pledge.
_MET_PLEDGE_BEFORE_RE = lazy(
    r"\b(?:met|meet|meets|meeting|missed|miss|misses|missing|fulfil\w*|honou?r\w*)\s+(?:their|its|the)\s+[\"“]?"
    r"(?:[\w-]+\s+)?(?:obligations?|commitments?|pledges?)[\"”]?\s+to\s+(?:[\w-]+\s+){0,4}?to\s+$",
    re.I,
)


_RISE_FROM_RE = lazy(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:rise|increase|jump|leap|hike|step\s+up)\s+(?:from|over|on)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?$",
    re.I,
)
# "... from the longstanding 2% of GDP to 5%": the figure a change goes to, after the one it starts from.
_CHANGE_TO_RE = lazy(r"[^.;%]{0,40}?\bto\s+(?:about\s+|around\s+|at\s+least\s+)?\d", re.I)


ALLIANCE_WORDS = lazy(r"\b(?:NATO|Nato|the alliance|the Alliance|allies|members)\b")


def alliance_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence names the alliance or its members: who a pledge is of, nearer its figure than a non-ally
    named in an aside or a fronted phrase ('NATO leaders, jolted by Russia's military action in Ukraine, agreed ...
    to ... two percent', auditb/pledges5: uk.reuters.com, 5 September 2014)."""
    return [(m.start(), m.end()) for m in ALLIANCE_WORDS.finditer(sentence)]


def anaphoric_pledges(sentence: str, offset: int, as_of: date | None, earlier: list[Claim]) -> list[Claim]:
    """'so that we reach that level in 2027', '(... had committed to reaching this figure by 2030)': a pledge
    whose figure is the last pledged percentage before it, in this sentence or the one before; its own clause is
    its span."""
    recent = [c for c in earlier[-6:] if c.unit == "percent" and (c.start == offset or offset - c.end <= 3)]
    if not recent:
        return []  # no percentage in this sentence or the one before for an anaphor to name
    anaphors = M.find_anaphors(sentence)
    if not anaphors:
        return []
    out: list[Claim] = []
    years = find_years(sentence)
    for a in anaphors:
        prior = [
            c
            for c in earlier
            # a pledge, or a plan for the current year ("Romania says it will meet the 2 percent guideline this year,
            # while Latvia and Lithuania plan to in 2018")
            if (c.kind == "pledge" or c.modality == "forecast" or a.kind == "made")
            and c.unit == "percent"
            and (c.threshold if c.threshold is not None else c.value) is not None
            # before the anaphor; or, for a dated commitment, inside it ("the target of 2% set ... in 2006")
            and c.start + (c.text.find(c.value_text) if c.value_text in c.text else 0)
            < offset + (a.end if a.kind == "made" else a.start)
            and (c.start == offset or offset - c.end <= 3)  # this sentence or the one just before
        ]
        if not prior:
            continue
        lo, hi = clause_bounds(sentence, a.start, a.end)
        if L.NEGATION_RE.search(sentence[lo : a.start]):
            continue  # "insisting it does not need to meet the target": a refusal, not a pledge
        ref = prior[-1]
        figure = ref.threshold if ref.threshold is not None else ref.value
        claim = Claim(offset, offset + len(sentence), sentence, "pledge", unit="percent")
        claim.countries, claim.group, claim.group_key = list(ref.countries), ref.group, ref.group_key
        # The allies named between the earlier figure and the anaphor, in its own clause.
        at = ref.text.find(ref.value_text) if ref.start == offset and ref.value_text else -1
        seen = at + len(ref.value_text) if at >= 0 else -1
        after = max(lo, seen)
        own = [m for m in find_mentions(sentence[after : a.start]) if m.code is not None and not m.weak]
        own = [replace(m, start=m.start + after - lo) for m in own]
        if own and seen >= 0:
            # "Latvia has not said when it plans to hit three percent, while Lithuania could reach it next year":
            # the ally named in the anaphor's own clause is the one that plans.
            claim.countries, claim.group, claim.group_key = _codes_of(own)
        claim.value = claim.threshold = figure
        claim.value_text, claim.decimals, claim.step = a.text, ref.decimals, ref.step
        claim.metric = ref.metric if ref.kind == "pledge" else None
        q = Quantity(a.start, a.end, a.text, "percent", figure or 0.0, ref.decimals, ref.step)
        claim.modality = pledge_modality(sentence, sentence[max(0, a.start - 80) : a.end])
        claim.deadline, claim.deadline_text = pledge_deadline(sentence, q, years)
        if a.kind == "made":
            # "a commitment they all made in 2006": the alliance's (or the ally's its clause names), of that year
            made = M.made_year(sentence, years, as_of, a.start)
            claim.made, claim.modality = (made[0] if made else None), "commitment"
            if not re.match(r"(?:by|until|before|within)\b", claim.deadline_text or "", re.I):
                claim.deadline, claim.deadline_text = None, None  # "reaffirmed in 2014": not a deadline
            if not own:
                claim.countries, claim.group, claim.group_key = [ALL_ALLIES], None, None
        rel = _relative_deadline(sentence, a.end, as_of) if claim.deadline is None else (None, None)
        if rel[0] is not None:
            claim.deadline, claim.deadline_text = rel  # "by this fiscal year"
        # The clause runs from the verb's subject: back to the last comma or opening bracket before the anaphor.
        head = max(sentence.rfind(",", lo, a.start), sentence.rfind("(", lo, a.start), sentence.rfind("“", lo, a.start))
        if a.kind == "made":
            lo = a.start  # the commitment's own noun phrase
        elif own and seen >= 0 and not (head >= 0 and a.start - head < 40):
            lo += own[0].start  # from the ally it names ("Latvia and Lithuania plan to in 2018")
        elif head >= 0 and a.start - head < 40:
            lo = head + 1
        else:  # a long clause: its verb and a few words before it ("spending to meet the threshold ...")
            words = re.search(r"(?:\S+\s+){0,2}$", sentence[lo : a.start])
            lo = max(lo, a.start - (len(words.group()) if words else 0))
        claim.span_start = offset + lo + (len(sentence[lo:hi]) - len(sentence[lo:hi].lstrip()))
        claim.span_end = offset + hi
        claim.attributed_to = attribution_source(sentence)
        verb = a.text.split(maxsplit=1)[0] if a.text.strip() else ""  # the anaphor's own verb: "meeting the target"
        if (
            claim.modality == "reference"
            and claim.deadline is None
            and claim.made is None
            and (L.THRESHOLD_MEET_RE.fullmatch(verb) or L.THRESHOLD_MISS_RE.fullmatch(verb))
        ):
            # "Now, NATO data shows Romania, ... and Norway meeting the target.": the anaphor is only the yardstick
            # of who meets it; the pledge is the sentence before's claim, nothing here dates or commits it.
            continue
        out.append(claim)
    return out


def ally_fraction(sentence: str, q: Quantity) -> bool:
    """Whether the figure's clause has a number or share of the allies as its subject before the figure ('37% of
    NATO members meet the 2% target', 'a third of the bloc', 'Eighteen of the US-led military alliance's 31
    members will meet the 2% spending target', cnbc.com, 17 February 2024): a count, not the alliance's pledge."""
    lo, _ = clause_bounds(sentence, q.start, q.end)
    return bool(counted_subject_re(of=True).search(sentence, lo, q.start))


# ------------------------------------------------------------------------------------------------ the target by name
@cache
def _target_plan_re() -> Pattern:
    v = vocab()["modality"]
    qualifier = phrase_alternation(v["target_qualifiers"])
    verbs = phrase_alternation(v["target_plan_verbs"] + v["target_forecast_verbs"])
    near = phrase_alternation(v["target_near_adverbs"])
    return lazy(
        rf"\b(?P<verb>{verbs})\s+(?:(?:finally|fully|again|also|then)\s+)?(?:[“\"‘']?(?P<near>{near})[”\"’']?\s+)?"
        rf"(?P<reach>{phrase_alternation(v['target_reach_verbs'])})\s+"
        rf"(?P<noun>(?:the|its|their|NATO['’]s|Nato['’]s|the\s+alliance['’]s)\s+(?:(?:{qualifier})\s+){{0,4}}"
        rf"(?:{phrase_alternation(v['target_nouns'] + v['target_nouns2'])}))\b",
        re.I,
    )


# When, right after the target: "in 2032", "this year", "from 2028 onwards", "in eight years".
_WHEN_AFTER = lazy(
    rf"^[^.;,]{{0,30}}?\b(?P<lead>in|by|from|before|until)\s+(?:fiscal\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b"
    rf"|^\s+(?P<rel>this year|next year)\b"
    rf"|^\s+(?P<within>in|within)\s+(?P<n>\d{{1,2}}|{L.WORD_NUMBER})\s+years\b",
    re.I,
)


def target_plan_claims(
    sentence: str, offset: int, mentions: list[Mention], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    """'Canada expects to hit the NATO defence spending target in 2032', 'Romania expects to reach the requirement
    this year': a plan or pledge to reach the alliance's target named by its noun, with a year. The target's figure
    is the alliance's level in force on the claim's date (no claim when several are: after the Hague summit 'the
    target' may be 2%, 3.5% or 5%). The pledge register then says whether the ally pledged it."""
    m = _target_plan_re().search(sentence)
    if m is None:
        return []
    level = bar_level(as_of)
    when = _WHEN_AFTER.search(sentence[m.end() :])
    if level is None or when is None:
        return []
    lo, hi = clause_bounds(sentence, m.start(), m.end())
    if L.NEGATION_RE.search(sentence[lo : m.start("reach")]):
        return []  # "does not expect to meet the target": not a plan to
    who = [x for x in mentions if lo <= x.start and x.end <= m.start() and (x.code is not None or x.group_key)]
    strong = [x for x in who if not x.weak] or who
    if not strong:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "pledge", unit="percent")
    claim.countries, claim.group, claim.group_key = _codes_of(strong[-1:])
    if claim.countries == [L.NATO_TOTAL]:
        claim.countries = [ALL_ALLIES]
    claim.value = claim.threshold = level
    claim.value_text, claim.decimals, claim.step = m.group("noun"), 1, 0.1
    claim.modality = pledge_modality(sentence, sentence[lo : m.end("verb")])
    if m.group("near"):
        claim.comparator = "lt"  # "will “almost” meet the NATO standard in 2024": a forecast of falling just short
    end = m.end() + when.end()
    if when.group("year"):
        claim.deadline = int(when.group("year"))
        claim.deadline_text = f"{when.group('lead').lower()} {when.group('year')}"
    else:
        base = (as_of or date.today()).year
        if when.group("rel"):
            claim.deadline = base + L.RELATIVE_YEARS[when.group("rel").lower()]
            claim.deadline_text = when.group("rel")
        else:
            n = L.word_to_int(when.group("n")) if not when.group("n").isdigit() else int(when.group("n"))
            if n is None:
                return []
            claim.deadline, claim.deadline_text = base + n, f"{when.group('within').lower()} {when.group('n')} years"
    claim.span_start, claim.span_end = offset + strong[-1].start, offset + max(end, min(hi, end))
    claim.attributed_to = attribution_source(sentence)
    return [claim]


# ------------------------------------------------------------------------------------------------ pledges with no level
#: Levels of what a pledge with no figure agreed (Claim.metric; rules/pledges.py matches each to the register).
LEVELLESS = ("halt_decline", "real_growth", "increase", "investment_pledge", "named")


@cache
def _levelless_re() -> Pattern:
    """'NATO members ... have agreed to reverse the trend of declining defence budgets', 'NATO leaders agreed to
    increase their defense spending', 'NATO vows defense spending boost', 'a communique committing allies to raise
    defense spending', 'NATO endorsed the higher defense spending goal' (vocab.toml [pledges8])."""
    v = vocab()["pledges8"]
    spend = rf"(?:{phrase_alternation(v['spending_nouns'])})"
    mods = r"(?:(?:their|its|the|our|defen[cs]e|military|national|overall|annual|and|security|own|total)\s+){0,4}"
    change = phrase_alternation(v["change_nouns"])
    return lazy(
        rf"\b(?P<verb>{phrase_alternation(v['agree_verbs'])}"
        r"|made\s+(?:(?:an?|new|fresh|firm|unprecedented|major)\s+){0,2}(?:commitments?|pledges?)"
        # "a communique committing allies to raise ...": the gerund with its object ("hope that committing to a
        # sharp increase will reassure him" is a supposition)
        r"|committing\s+(?:the\s+)?(?:allies|members|member\s+states|nations|countries|governments))\s+"
        r"(?:(?:allies|members|member\s+states|nations|countries|governments)\s+)?"
        # "agreed in 2014 to", "pledged at the Wales summit to": when or where, between the verb and what
        r"(?:(?:in|at|during)\s+(?:[\w’'-]+\s+){1,4}?(?=to\b))?"
        rf"(?:(?:{phrase_alternation(v['agree_links'])})\s+)?"
        r"(?:(?:significantly|substantially|sharply|gradually|further|massively|considerably|dramatically|jointly|"
        r"continue\s+to)\s+)?"
        # "agreed to end the spending cuts they had made since the Cold War" (AP): the cuts named by their noun
        rf"(?P<what>(?P<cuts>(?:{phrase_alternation(vocab()['passing']['halt_verbs'])})\s+(?:the\s+|any\s+)?"
        r"(?:(?:defen[cs]e|military)\s+)?(?:spending|budget)\s+cuts)"
        rf"|(?P<halt>{phrase_alternation(v['halt_phrases'])})\s+"
        rf"(?:(?:[\w-]+\s+){{0,3}}?(?:(?:defen[cs]e|military)\s+)?(?:{spend})|(?:[\w-]+\s+){{0,3}}?defen[cs]e\b)"
        rf"|(?:{phrase_alternation(v['raise_verbs'])})\s+{mods}{spend}"
        rf"|(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{change})\s+in\s+{mods}{spend}"
        rf"|(?:(?:an?|the)\s+)?(?:(?:defen[cs]e|military)\s+)?(?:{spend})\s+(?:{change})"
        rf"|(?:the|a)\s+(?:{phrase_alternation(v['new_target_qualifiers'])})\s+(?:(?:defen[cs]e|military)\s+)?"
        r"(?:spending\s+)?(?:goal|target|benchmark))\b",
        re.I,
    )


_LEVELLESS_GATE = lazy(
    r"\b(?:agree|commit|pledg|vow|promis|decided|endorse|signed\s+off|made|adopted|undert|set\b|establish|deal\b)", re.I
)
_ALLIANCE_SUBJECT_RE = lazy(
    r"\b(?:NATO|Nato|(?:the\s+)?[Aa]lliance|[Aa]llies|members|[Mm]ember\s+[Ss]tates|leaders|"
    r"North\s+Atlantic\s+Treaty\s+Organi[sz]ation|communiqu[eé]|declaration)\b"
)
#: A wish or aim before the verb: "European allies hope that committing ...", "want to agree".
_WISH_RE = lazy(r"\b(?:hopes?|hoped|hoping|wants?|wanted|seeks?|seeking|aims?|trying|tries|plans?|intends?)\b", re.I)
_SUBJECT_GAP_RE = lazy(r"[\w’'-]*\s+(?:[\w’'-]+\s+)?")
_REAL_TERMS_AFTER_RE = lazy(r"^[^.;,]{0,40}?\bin\s+real\s+terms\b", re.I)


@cache
def _pledge_name_re() -> Pattern:
    """A pledge named by its noun, to be dated by what follows it ("a 2014 deal", "The agreement we reached together
    in Wales in 2014", "a benchmark set at the 2014 Wales Summit", "the pledge made at Warsaw"), or by its name."""
    return lazy(
        r"\b(?P<dip>(?:the\s+)?Defen[cs]e\s+Investment\s+Pledge)\b"
        rf"|\b(?:the|a|an|its|their|our|this|that)\s+(?:(?:19|20)\d\d\s+|(?:{_venue_words()})\s+)?"
        r"(?:(?:NATO|Nato|alliance|defen[cs]e|spending|investment|summit)\s+){0,2}"
        r"(?:deal|agreement|pledge|commitment|benchmark|guideline|standard|target|goal)\b",
        re.I,
    )


#: "the target, which was set by NATO in 2014", "the goal agreed in 2014": when a named pledge was made.
_SET_AFTER_RE = lazy(
    r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:set|agreed|adopted|established|endorsed|made)\b[^.;,]{0,30}?"
    r"\b(?:in|at)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_MET_BY_COUNT_RE = lazy(
    rf"\b(?:every|each|all|no|none|most|\d{{1,2}}|{L.WORD_NUMBER})\s+(?:[\w’'-]+\s+){{0,2}}?(?:ally|allies|members?|"
    rf"countries|nations|states)\b[^.;]{{0,40}}?\b(?:met|meet|meets|meeting|reached|"
    r"reach|reaches|hit|hits|achieved|achieve|achieves|exceeded|exceed|missed|miss)\s+(?:[\w’'-]+\s+){0,2}$",
    re.I,
)


@cache
def _venue_words() -> str:
    """The summit venues of vocab.toml [modality.summit_years] as one alternation, each by its name's last word,
    case as written ("The Hague" -> Hague: "at the 2025 Hague summit")."""
    return phrase_alternation(sorted({name.split()[-1] for name in vocab()["modality"]["summit_years"]}))


@cache
def _venue_after_re() -> Pattern:
    """A venue and summit words after a pledge's year ("set at the 2014 Wales Summit")."""
    return lazy(rf"(?:\s+(?:{_venue_words()}|NATO|Nato|[Ss]ummit)\b)+")


@cache
def _venue_word_re() -> Pattern:
    """A summit's venue or the word summit, anywhere in a sentence."""
    return lazy(rf"\b(?:{_venue_words()}|[Ss]ummit)\b")


#: A halt to cuts said before the pledge it was ("we have reversed the decline in defence spending, which was the
#: pledge made at Warsaw").
_HALTED_RE = lazy(
    r"\b(?:revers\w*|halt\w*|stopp?\w*|end\w*)\s+(?:the\s+|any\s+)?(?:trend\s+of\s+)?(?:declin\w*|cuts|cutting)\b",
    re.I,
)
_MONTH_BEFORE_RE = lazy(rf"\b[Ii]n\s+(?P<month>{L.MONTHS})\b(?!\s+(?:19|20)\d\d)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def levelless_pledges(
    sentence: str, offset: int, mentions: list[Mention], as_of: date | None, made: list[Claim]
) -> list[Claim]:
    """Pledges of the alliance stated with no level: what it agreed ('to reverse the trend of declining defence
    budgets', 'to increase their defense spending') or the pledge by name ('the Defence Investment Pledge agreed at
    the 2014 Wales Summit'), with when it was made where the sentence says. No claim for a prospect ('are expected
    to agree'), a question, an ally's own pledge, or where a figure of the clause already makes the claim."""
    if not _LEVELLESS_GATE.search(sentence) or sentence.rstrip().endswith("?"):
        return []
    text = re.sub(r"[“”\"]", " ", sentence)  # 'agreed to "substantially up" their ... commitments'
    years = M.announced_years(sentence, find_years(sentence))
    figures = [(c.start - offset + max(0, c.text.find(c.value_text)), c) for c in made if c.kind == "pledge"]
    out: list[Claim] = []
    for m in _levelless_re().finditer(text):
        lo, hi = clause_bounds(text, m.start(), m.end())
        part = M.SECOND_PART_BEFORE_RE.search(text, m.end(), _first_percent(text, m.end(), hi))
        if part is not None and m.group("cuts"):
            hi = part.start()  # "agreed to end the spending cuts ... and move to spending 2%": two parts, two claims
        if PERCENT_RE.search(text, m.start(), min(hi, m.end() + 60)) or any(lo <= at < hi for at, _ in figures):
            continue  # "agreed to increase defence spending to 5% of GDP": the figure's claim
        subject = [s for s in _ALLIANCE_SUBJECT_RE.finditer(text, 0, m.end("verb") + 40) if s.start() < m.start("what")]
        if not subject:
            continue
        at = len(subject) - 1 if subject[-1].start() < m.start() else 0
        while at > 0 and _SUBJECT_GAP_RE.fullmatch(text[subject[at - 1].end() : subject[at].start()]):
            at -= 1  # back over the subject's own words: "NATO members", "the alliance's member states"
        head = subject[at]
        own = [x for x in mentions if head.end() <= x.start < m.start() and x.code not in (None, ALL_ALLIES)]
        lead = text[max(lo, head.start()) if head.start() < m.start() else lo : m.start()]
        if own or M.PROSPECT_RE.search(lead) or M.PROPOSAL_VERB_RE.search(lead) or _WISH_RE.search(lead):
            continue  # an ally's own ('Romania pledged an increase'), a prospect, a call, a wish
        if re.search(r"\bto\s+$", lead):
            continue  # "urged allies to agree to ...": a call
        content = "halt_decline" if m.group("halt") or m.group("cuts") else "increase"
        tail = text[m.end() : hi]
        real = _REAL_TERMS_AFTER_RE.search(tail)
        if real and content == "increase":
            content = "real_growth"  # "pledged to continue to increase defence spending in real terms"
        end = m.end() + (real.end() if real else 0)
        claim = _levelless_claim(sentence, offset, content, m.group("what"), years, as_of, m.start())
        claim.negated = bool(L.NEGATION_RE.search(lead))
        start = min(head.start(), m.start()) if head.start() >= lo or head.end() > m.start() - 60 else m.start()
        claim.span_start, claim.span_end = offset + start, offset + end
        out.append(claim)
        break  # one pledge a clause: "to reverse the trend of declining budgets and raise them" is one
    if not out:
        out.extend(_named_pledges(sentence, offset, mentions, years, as_of, figures))
    return out


def _first_percent(text: str, start: int, end: int) -> int:
    """Where the first percentage in text[start:end] starts (`end` when none)."""
    found = PERCENT_RE.search(text, start, end)
    return found.start() if found is not None else end


def _named_pledges(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    figures: list[tuple[int, Claim]],
) -> list[Claim]:
    """A pledge named by its noun and dated ('saying they simply remained committed to a 2014 deal', 'a benchmark
    set at the 2014 Wales Summit', 'a standard established 16 years ago') or by its name with its summit ('the
    Defence Investment Pledge agreed at the 2014 Wales Summit'): a claim that the alliance made a pledge then. No
    claim undated (Wales's or Vilnius's?), with a figure in its clause (that figure's claim), or an ally's own
    ('Germany's 2014 commitment')."""
    if figures or not (
        _ALLIANCE_SUBJECT_RE.search(sentence) or _venue_word_re().search(sentence) or "Pledge" in sentence
    ):
        # "... 2% of GDP on defence by 2025, with this commitment being made at the 2014 summit": the figure's claim
        return []
    for named in _pledge_name_re().finditer(sentence):
        lo, hi = clause_bounds(sentence, named.start(), named.end())
        # an apposition ("the current 2% guideline, a benchmark set at ...") is its own clause
        lo = max([lo, *(sentence.rfind(c, lo, named.start()) + 1 for c in ",—–(")])
        if PERCENT_RE.search(sentence, lo, hi) or any(lo <= at < hi for at, _ in figures):
            continue
        if any(x.code not in (None, ALL_ALLIES) and 0 <= named.start() - x.end <= 30 for x in mentions):
            continue  # "Germany's 2014 commitment", "Canada's NATO commitment"
        if _MET_BY_COUNT_RE.search(sentence, lo, named.start()):
            continue  # "the first time every ally has met the benchmark adopted in 2014": a count of who met it
        window = sentence[named.start() : min(len(sentence), named.end() + 70)]
        set_in = _SET_AFTER_RE.match(sentence, named.end())
        when = (
            (int(set_in.group("year")), set_in.group().strip(" ,"))
            if set_in is not None and (as_of is None or int(set_in.group("year")) <= as_of.year)
            else M.made_year(window, M.announced_years(window, find_years(window)), as_of)
        )
        if when is None:
            continue
        content = "investment_pledge" if named.group("dip") else "named"
        if _HALTED_RE.search(sentence, 0, named.start()):
            content = "halt_decline"
        claim = _levelless_claim(sentence, offset, content, named.group(), years, as_of, named.start())
        claim.made, claim.deadline, claim.deadline_text = when[0], None, None
        at = window.find(when[1], named.end() - named.start())
        end = named.start() + at + len(when[1]) if at >= 0 else named.end()
        venue = _venue_after_re().match(sentence, end)
        end = venue.end() if venue else end  # "set at the 2014 Wales Summit"
        claim.span_start, claim.span_end = offset + named.start(), offset + end
        return [claim]
    return []


def _levelless_claim(
    sentence: str, offset: int, content: str, words: str, years: list[YearMention], as_of: date | None, at: int
) -> Claim:
    claim = Claim(offset, offset + len(sentence), sentence, "pledge", unit="percent")
    claim.countries = [ALL_ALLIES]
    claim.metric, claim.value_text, claim.modality = content, words, "commitment"
    when = M.made_year(sentence, years, as_of, at)
    month = _MONTH_BEFORE_RE.search(sentence, 0, at)
    if when is not None:
        claim.made = when[0]
    elif month is not None and as_of is not None:
        # "In June, the 32 NATO countries agreed ...": that month of the claim's year, or of the year before
        n = _MONTHS.index(month.group("month").lower()[:3]) + 1
        claim.made = as_of.year if n <= as_of.month else as_of.year - 1
    due = re.search(r"\bby\s+((?:19|20)\d\d)\b", sentence[at:])
    if due is not None:
        claim.deadline, claim.deadline_text = int(due.group(1)), due.group()
    claim.attributed_to = attribution_source(sentence)
    return claim


# ------------------------------------------------------------------------------------------------ described pledges
#: A pledge stated as a condition of membership or a legal obligation ("the 2% that is supposed to be the technical
#: requirement for membership"): rules/pledges.py finds it false of every NATO spending pledge.
MEMBERSHIP_RE = lazy(
    r"\b(?:(?:technical\s+|formal\s+|entry\s+)?(?:requirement|condition|prerequisite|precondition|criterion)s?\s+"
    r"(?:for|of)\s+(?:NATO\s+|Nato\s+|alliance\s+)?membership|membership\s+(?:requirement|condition|criterion|"
    r"criteria|prerequisite)s?|legally\s+(?:binding|bound|obliged|obligated|required)|binding\s+(?:treaty\s+)?"
    r"obligation|treaty\s+obligation)\b",
    re.I,
)
_LEVEL = r"(?P<v>\d{1,2}(?:[.,]\d{1,2})?|two|three|four|five)(?:\s*-\s*|\s*)(?:%|per\s?cent\b|percent\b)"


@cache
def _described_re() -> Pattern:
    """'a long-held target of 2%', 'the current two percent minimum', 'the previous 2% guideline', 'the NATO target of
    spending 2% of GDP on defence', "NATO's 2% benchmark", "NATO's guideline of spending 2%", 'the NATO guideline that 2
    % of each nation's GDP be devoted', 'the NATO target for member states to spend 2 percent', 'the promised 2 percent
    of GDP' (vocab.toml [modality] described_*, [passing]): a pledge described by a noun phrase with its level; what
    it states of the pledge is in its words before the noun or after it (described_pledges)."""
    v = vocab()["modality"]
    qual = rf"(?:{phrase_alternation(v['described_qualifiers'])})"
    noun = rf"(?P<n>{phrase_alternation(v['described_nouns'])})"
    det = r"(?P<det>\b(?:the|a|an|NATO['’]s|Nato['’]s|the\s+alliance['’]s)\s+)"
    quals = rf"(?P<q>(?:{qual}[\s-]+){{0,3}})"
    kind = (
        r"(?:(?:core|defen[cs]e|military|spending|expenditure|investment|GDP|headline|annual|2014|2006|separate|second|"
        r"other|new)[\s-]+){0,3}?"
    )
    # what joins the noun to its level: "of (spending)", "to spend", "that", "for member states to spend"
    link = (
        r"(?:of|to|that|for\s+(?:its\s+|their\s+|all\s+|each\s+)?(?:member\s+states|members|allies|nations|countries)"
        r"\s+to)\s+(?:(?:spending|spend|investing|invest|allocating|allocate|devoting|devote|at\s+least|about|around|"
        r"no\s+less\s+than|a\s+minimum\s+of)\s+){0,2}"
    )
    made = phrase_alternation(vocab()["passing"]["made_participles"])
    return lazy(
        # "the NATO target of (spending) 2% (of GDP)", "a long-held target of 2%", "NATO's guideline of spending 2%"
        rf"{det}(?:{quals}{kind}{noun}\s+(?P<made_in>(?:set|made|agreed|adopted)\s+(?:at|in)\s+(?:the\s+)?"
        rf"(?:(?:19|20)\d\d|{_venues()})(?:\s+[Ss]ummit)?\s+)?{link}"
        rf"{_LEVEL}"
        # "the current two percent minimum", "NATO's 2% target", "the previous 2% guideline"
        rf"|(?P<q2>(?:{qual}[\s-]+){{0,3}}){_LEVEL.replace('?P<v>', '?P<v2>')}(?:\s+of\s+GDP)?[\s-]+{kind}"
        rf"(?P<n2>{phrase_alternation(v['described_nouns'])})\b"
        # "the promised 2 percent of GDP": a level named by what was done to it, with no noun
        rf"|(?<=\bthe\s)(?P<q3>{made})\s+{_LEVEL.replace('?P<v>', '?P<v3>')}\s+of\s+(?:their\s+|its\s+)?"
        r"(?:GDP|gross\s+domestic\s+product)\b)",
        re.I,
    )


#: What a described pledge's words after its noun state: when it was made and by whom ("the 2% of GDP target agreed
#: in 2014", "the two per cent target that allies agreed to during the 2014 summit in Wales", "a target set by NATO
#: for its member states to hit by 2024"), each a part rules/pledges.py checks against the register.
@cache
def _stated_after_re() -> Pattern:
    agent = (
        r"(?P<agent>(?:the\s+|all\s+|its\s+)?(?:NATO\s+|Nato\s+)?"
        r"(?:allies|members|member\s+states|leaders|defen[cs]e\s+ministers|countries|nations)"
        r"(?:\s+of\s+(?:NATO|the\s+alliance))?|NATO|Nato|the\s+alliance|the\s+Alliance)"
    )
    year = (
        r"(?:\s+(?:back\s+)?(?:in|at|during)\s+(?:the\s+|its\s+|their\s+)?(?:(?P<year>(?:19|20)\d\d)\b"
        rf"|(?P<venue>{_venues()})\b))?"
    )
    due = (
        r"(?:\s+(?:for|by)\s+(?:its\s+|their\s+|all\s+|each\s+)?(?:member\s+states|members|allies|countries|nations)"
        r"\s+to\s+(?:hit|meet|reach|achieve)\s+by\s+(?P<due>(?:19|20)\d\d)\b)?"
    )
    verbs = phrase_alternation(vocab()["passing"]["set_verbs"])
    year2 = year.replace("?P<year>", "?P<year2>").replace("?P<venue>", "?P<venue2>")
    return lazy(
        r"(?:\s+of\s+(?:GDP|gross\s+domestic\s+product))?\s*,?\s*"
        r"(?:(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:first\s+|originally\s+|initially\s+)?"
        rf"(?:{verbs})(?:\s+(?:back\s+)?by\s+{agent})?{year}{due}"
        # "that allies agreed to during the 2014 summit in Wales"
        rf"|(?:that|which)\s+{agent.replace('?P<agent>', '?P<agent2>')}\s+(?:had\s+|have\s+)?(?:all\s+)?"
        rf"(?:agreed|committed|signed\s+up|pledged)(?:\s+to)?{year2})",
        re.I,
    )


def stated_after(sentence: str, at: int) -> tuple[int, int | None, int | None] | None:
    """The words after a described pledge's noun at `at` that state when it was made, by the alliance, or by when
    ('agreed in 2014', 'set by NATO for its member states to hit by 2024'): (their end, year made, deadline); None
    when they state none of these."""
    m = _stated_after_re().match(sentence, at)
    if m is None:
        return None
    year = m.group("year") or m.group("year2") or _venue_year(m.group("venue") or m.group("venue2"))
    agent = m.group("agent") or m.group("agent2")
    if not (year or agent or m.group("due")):
        return None  # "the 2% target agreed": nothing checkable stated
    return m.end(), int(year) if year else None, int(m.group("due")) if m.group("due") else None


def _venues() -> str:
    """The summit venues that date a pledge ('set at Wales'), as an alternation (vocab.toml [modality.summit_years])."""
    return phrase_alternation(list(vocab()["modality"]["summit_years"]))


def _venue_year(venue: str | None) -> str | None:
    if venue is None:
        return None
    years = vocab()["modality"]["summit_years"]
    return next((str(y) for name, y in years.items() if name.lower() == venue.lower()), None)


@cache
def _met_before_re() -> Pattern:
    """A verb of meeting just before a described pledge (vocab.toml [pledges9] met_before)."""
    return lazy(
        rf"\b(?:{phrase_alternation(vocab()['pledges9']['met_before'])})\s+(?:(?:even|only|just|still)\s+)?$", re.I
    )


_DESCRIBED_GATE = lazy(
    r"\b(?:target|guideline|benchmark|goal|minimum|floor|threshold|commitment|pledge|requirement|"
    r"obligation|standard)s?\b|\bthe\s+(?:promised|pledged|agreed|committed)\s+\d",
    re.I,
)
_AGREED_GATE = lazy(r"\b(?:agree|pledg|promis)", re.I)
_WORD_LEVELS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}


def described_pledges(sentence: str, offset: int, as_of: date | None, made: list[Claim]) -> list[Claim]:
    """Pledges described in passing, each a claim of its own with the noun phrase as span: what the register must
    hold for the description to be right (the level, and each part its words state: the alliance's, in force,
    superseded, long held, a floor, when made). No claim where a pledge claim of the sentence already has that level
    for the alliance (it is that claim), and none for a bare yardstick ("exceed the 2% threshold")."""
    out: list[Claim] = _membership_pledges(sentence, offset, made) if "members" in sentence.lower() else []
    if not _DESCRIBED_GATE.search(sentence):
        return out + (
            _appositive_pledges(sentence, offset, as_of, [*made, *out]) if _AGREED_GATE.search(sentence) else []
        )
    for m in _described_re().finditer(sentence):
        words = next((m.group(g) for g in ("q", "q2", "q3") if m.group(g) is not None), "") or ""
        det = m.group("det").strip() if m.group("det") else "the"
        after = stated_after(sentence, m.end())
        inside = stated_after(sentence, m.start("made_in") - 1) if m.group("made_in") else None
        after = after or (inside and (m.end(), inside[1], inside[2]))
        owner = det.lower().startswith(("nato", "the alliance")) and m.group("n2") is not None  # "NATO's 2% target"
        if not words.strip() and not owner and after is None:
            continue  # "the 2% target", "NATO's target of 2 percent" after a verb of change: a yardstick
        raw = next(m.group(g) for g in ("v", "v2", "v3") if m.group(g) is not None).replace(",", ".")
        value = _WORD_LEVELS.get(raw.lower()) or float(raw)
        at = offset + m.start()
        lead = sentence[max(0, m.start() - 40) : m.start()]
        if _met_before_re().search(lead) and after is None:
            # "countries that met the Nato guideline of 2%", "to meet NATO's current target": who meets it; a
            # phrase saying when or by whom it was made ("have met the 2% of GDP target agreed in 2014") states that
            continue
        if any(
            c.kind == "pledge"
            and c.value == value
            and ALL_ALLIES in c.countries
            and (c.span_start or c.start) <= at < (c.span_end or c.end)
            for c in made
        ):
            continue  # the sentence's own pledge claim of that level ("NATO members agreed to reach the NATO target")
        if not words.strip() and not owner and _judged_elsewhere(made, value, at, offset + m.end()):
            # "Madrid rejected the 5% target agreed at The Hague", "compared to the 2 percent obligation set in
            # 2014": the refusal, the ally's plan or the dated pledge by its noun judges it, date and all
            continue
        claim = _described_claim(sentence, offset, value, raw, m.group(), at, offset + m.end(), as_of)
        own_year = re.search(r"\b((?:19|20)\d\d)\b", m.group())
        if own_year is not None and claim.made is None:
            claim.made = int(own_year.group(1))  # "the alliance's 2014 target of 2%"
        if after is not None:
            _state_after(claim, after, offset, as_of)
        out.append(claim)
    out.extend(_appositive_pledges(sentence, offset, as_of, [*made, *out]))
    return out


def _judged_elsewhere(made: list[Claim], value: float, start: int, end: int) -> bool:
    """Whether a pledge claim of the sentence of that level (anyone's) covers [start, end), or a pledge named by its
    noun with no level overlaps it."""
    for c in made:
        lo, hi = c.span_start or c.start, c.span_end or c.end
        if c.kind == "pledge" and c.value == value and lo <= start < hi:
            return True
        if c.kind == "pledge" and c.value is None and c.metric in LEVELLESS and lo < end and start < hi:
            return True
    return False


def _described_claim(
    sentence: str, offset: int, value: float, raw: str, words: str, start: int, end: int, as_of: date | None
) -> Claim:
    """A described pledge's claim: the alliance's pledge of `value`, firm whatever frames it, its span [start, end)."""
    claim = Claim(offset, offset + len(sentence), sentence, "pledge", unit="percent")
    level = re.search(_LEVEL, words)
    claim.countries, claim.value = [ALL_ALLIES], value
    claim.value_text = level.group() if level is not None else words.strip()
    claim.decimals = len(raw.split(".")[1]) if "." in raw else 0
    # "described": the phrase presupposes the pledge, so no frame around it (a question, an ally's aim, a forecast
    # of who meets it) makes it less firm; its own words are checked (rules/pledges.py)
    claim.modality, claim.comparator = "described", "ge"
    claim.span_start, claim.span_end = start, end
    claim.attributed_to = attribution_source(sentence)
    return claim


def _state_after(claim: Claim, after: tuple[int, int | None, int | None], offset: int, as_of: date | None) -> None:
    """The parts stated after the noun (stated_after): when made (none later than the claim's date) and the deadline."""
    end, year, due = after
    claim.span_end = offset + end
    if year is not None and (as_of is None or year <= as_of.year):
        claim.made = year
    if due is not None:
        claim.deadline, claim.deadline_text = due, f"by {due}"


#: A pledge described in an apposition after the level it names ("2 percent of gross domestic product ― a target set
#: by NATO for its member states to hit by 2024", "at least 2 percent of GDP on defense, a long-standing NATO goal").
@cache
def _appositive_re() -> Pattern:
    v = vocab()["modality"]
    qual = rf"(?:{phrase_alternation(v['described_qualifiers'])})"
    return lazy(
        rf"\s*[,―—–]\s*(?:a|an|the)\s+(?P<q>(?:{qual}[\s-]+){{0,3}})(?:(?:defen[cs]e|military|spending)\s+){{0,2}}"
        rf"(?P<n>{phrase_alternation(v['described_nouns'])})\b",
        re.I,
    )


#: What follows a level before an apposition about it: its base and what it is spent on ("2 percent of their economic
#: output on defense", "2% of overall GDP to defense").
_LEVEL_TAIL_RE = lazy(
    r"(?:\s+(?:of|from)\s+(?:[\w’'-]+\s+){0,2}?(?:GDP|gross\s+domestic\s+products?|economic\s+output|output)"
    r"(?:\s+\(GDP\))?)?(?:\s+(?:on|to|for|in)\s+(?:[\w-]+\s+){0,2}?(?:defen[cs]e|military|armed\s+forces)\b)?",
    re.I,
)


def _appositive_pledges(sentence: str, offset: int, as_of: date | None, made: list[Claim]) -> list[Claim]:
    """Pledges described in an apposition to the level before it: the alliance's pledge of that level, with what the
    apposition states (a qualifier, when or by whom it was set, its deadline); none for a bare noun ("2%, the
    target")."""
    out: list[Claim] = []
    for level in _LEVEL_RE.finditer(sentence):
        gap = _LEVEL_TAIL_RE.match(sentence, level.end())
        at = gap.end() if gap else level.end()
        m = _appositive_re().match(sentence, at)
        ref = None if m is not None else _agreed_ref_re().match(sentence, at)
        if ref is not None:
            m = ref  # "around 2% of overall GDP to defense, as previously agreed by NATO members"
        if m is None:
            continue
        after = stated_after(sentence, m.end()) if ref is None else None
        if ref is None and not m.group("q").strip() and after is None:
            continue
        raw = level.group("v").replace(",", ".")
        value = _WORD_LEVELS.get(raw.lower()) or float(raw)
        start = m.start() + len(m.group()) - len(m.group().lstrip(" ,―—–"))
        if any(
            c.kind == "pledge"
            and c.value == value
            and ALL_ALLIES in c.countries
            and (c.span_start or c.start) <= offset + start < (c.span_end or c.end)
            for c in made
        ):
            continue
        claim = _described_claim(sentence, offset, value, raw, level.group(), offset + start, offset + m.end(), as_of)
        if after is not None:
            _state_after(claim, after, offset, as_of)
        when = (ref.group("year") or ref.group("year2")) if ref is not None else None
        if when is not None and (as_of is None or int(when) <= as_of.year):
            claim.made = int(when)
        out.append(claim)
    return out


#: A level said to be what the alliance agreed ("as previously agreed by NATO members", "in line with an agreement
#: that NATO states reached in 2014"): the alliance's pledge of that level, made in the year it names.
@cache
def _agreed_ref_re() -> Pattern:
    agent = (
        r"(?:(?:the\s+|all\s+|its\s+)?(?:NATO\s+|Nato\s+)?(?:allies|members|member\s+states|states|leaders|countries|"
        r"nations)|NATO|Nato|the\s+alliance)"
    )
    year = r"(?:\s+(?:in|at)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b)?"
    return lazy(
        rf"\s*,?\s*(?:as\s+(?:(?:previously|already|originally|once|jointly)\s+)?(?:agreed|pledged|promised)\s+(?:by|among)\s+"
        rf"{agent}{year}"
        rf"|(?:in\s+line|in\s+keeping|in\s+accordance|consistent)\s+with\s+(?:an?|the)\s+(?:agreement|commitment|pledge|"
        rf"decision)\s+(?:that|which)\s+{agent}\s+(?:had\s+|have\s+)?(?:reached|made|agreed(?:\s+on)?|took|adopted)"
        rf"{year.replace('?P<year>', '?P<year2>')})\b",
        re.I,
    )


_LEVEL_RE = lazy(_LEVEL, re.I)


def _membership_pledges(sentence: str, offset: int, made: list[Claim]) -> list[Claim]:
    """A level stated as a condition of membership or a legal obligation ("fell short of the 2% that is supposed to be
    the technical requirement for membership", "Spending 2% of GDP is a condition of NATO membership"): a claim about
    the pledge's force, whatever verb of meeting comes before it; the level is the nearest before the words of force."""
    out: list[Claim] = []
    for force in MEMBERSHIP_RE.finditer(sentence):
        levels = [x for x in _LEVEL_RE.finditer(sentence, max(0, force.start() - 80), force.start())]
        if not levels or re.search(r"[.;]", sentence[levels[-1].end() : force.start()]):
            continue
        if re.search(
            r"\b(?:not|no|never|nor|rather\s+than|instead\s+of)\b[^.;]{0,25}$", sentence[: force.start()], re.I
        ):
            continue  # "is not a condition of membership": denied, nothing stated to check
        level = levels[-1]
        raw = level.group("v").replace(",", ".")
        value = _WORD_LEVELS.get(raw.lower()) or float(raw)
        start = (
            level.start() - 4
            if sentence[max(0, level.start() - 4) : level.start()].lower() == "the "
            else level.start()
        )
        at = offset + level.start()
        if any(
            c.kind == "pledge" and c.value == value and (c.span_start or c.start) <= at < (c.span_end or c.end)
            for c in made
        ):
            continue  # the sentence's own pledge claim of that level judges its force
        claim = Claim(offset, offset + len(sentence), sentence, "pledge", unit="percent")
        claim.countries, claim.value, claim.value_text = [ALL_ALLIES], value, level.group()
        claim.modality, claim.comparator = "described", "ge"
        claim.span_start, claim.span_end = offset + start, offset + force.end()
        out.append(claim)
    return out
