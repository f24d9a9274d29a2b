"""Changes of spending stated without a figure, read as one frame: who (an ally, NATO's aggregates, a group), which
way (a rise, a fall, the end of a decline), when (a year, a run of years, "for the first time since 2010", no time
at all) and how it is said (a fact, a forecast, a plan). "Defence spending by Europe's NATO states is set to rise
for the first time in nearly a decade", "we have reversed the decline in defence spending", "making this the fifth
consecutive year of growth". The words are in vocab.toml [directions]; rules/growth.py judges the claims on NATO's
real-change series (every year of a run, and the fall before a "first" rise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.growth import REGION_RE, RUN_RE, change_base, run_length_of
from natospend.claims.mentions import attribution_source, mention_codes, set_year
from natospend.claims.patterns import lazy
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, vocab

_D = vocab()["directions"]


def _alt(key: str) -> str:
    return phrase_alternation(_D[key])


#: "Canada expected to spend less on defence in 2018 than last year": more or less than the ally's own spending a
#: year before (not than another ally's: "spends more than Germany" is no change).
_SPEND_VS = r"(?:spend|spends|spent|spending)\s+"
_THAN_BEFORE = (
    r"(?=(?:\s+[\w'’-]+){0,8}?\s+than\s+(?:(?:it|they|we)\s+did\s+|(?:it|they|we)\s+(?:had|have)\s+)?(?:in\s+)?"
    r"(?:last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:ago|earlier)|(?:19|20)\d\d))"
)
_CHANGE_RE = lazy(
    rf"(?<![\w-])(?:(?P<stop>(?:{_alt('stop_verbs')})\s+(?:to\s+)?(?:(?:the|a|this|that|its|their|our)\s+)?"
    rf"(?:(?:long|recent|years?\s+of|post-Cold\s+War)\s+)?(?:{_alt('stop_objects')}))"
    rf"|(?P<stopped>cuts\s+(?:have\s+|had\s+)?(?:now\s+)?(?:practically\s+|largely\s+)?(?:stopped|ended|halted))"
    rf"|(?P<less>{_SPEND_VS}less(?!\w){_THAN_BEFORE})|(?P<more>{_SPEND_VS}more(?!\w){_THAN_BEFORE})"
    rf"|(?P<caused>(?:{_alt('caused_by')})\s+(?:an?\s+)?(?:{_alt('caused_objects')}))"
    rf"|(?P<fall>{_alt('fall')}|{_alt('fall_more')})|(?P<rise>{_alt('rise')}))(?!\w)",
    re.I,
)
_NOUN_RE = lazy(rf"(?<!\w)(?:{_alt('nouns')})(?!\w)", re.I)
_DEFENCE_WORD = lazy(r"\b(?:defen[cs]e|military|armed\s+forces|armies|NATOs?|Natos?|alliance|allies|allied)\b", re.I)
_OTHER_SPENDING = lazy(rf"(?<!\w)(?:{_alt('other_spending')})\s+(?:\w+\s+)?$", re.I)
_SPENDING_ON_OTHER = lazy(r"^\s+on\s+(?!(?:the\s+)?(?:defen[cs]e|military|armed|arms|weapons|security)\b)\w+", re.I)
_NOT_STATED = lazy(rf"(?<!\w)(?:{_alt('not_stated')})(?!\w)", re.I)
_FORECAST = lazy(rf"(?<!\w)(?:{_alt('forecast')})(?!\w)", re.I)
_PLAN = lazy(rf"(?<!\w)(?:{_alt('plan')})(?!\w)", re.I)
_NON_ALLY = lazy(rf"(?<!\w)(?:{_alt('non_allies')})(?!\w)", re.I)
_RUN_COUNT = lazy(rf"\b(?P<n>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:{_alt('run_count')})\b", re.I)
_FIRST_SINCE = lazy(rf"(?<!\w)(?:{_alt('first_since')})\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_FIRST_VAGUE = lazy(rf"(?<!\w)(?:{_alt('first_vague')})(?!\w)", re.I)
_VAGUE_TIME = lazy(rf"(?<!\w)(?:{_alt('vague_time')})(?!\w)", re.I)
#: "increased defence spending", "rising military budgets": a change named as an attribute of spending, presupposed
#: rather than stated, unless it is a trend's ("current trends in reduced defense spending").
_ATTRIBUTE = lazy(r"\s+(?:[\w-]+\s+){0,2}?(?:spending|expenditures?|budgets?|outlays)\b", re.I)
_ATTRIBUTE_LEAD = lazy(rf"(?<!\w)(?:{_alt('attribute_lead')})\s+$", re.I)
_NOT_OWN = lazy(rf"(?<!\w)(?:{_alt('not_own')})(?!\w)", re.I)
#: A figure in the clause: the change is read with its figure elsewhere, or is a figure's (no claim here).
_FIGURE = lazy(r"\d\s*(?:%|per\s?cent|percent)|[$€£]\s?\d|\d\s*(?:billion|million|bn|trillion)\b", re.I)
#: "Italy to boost defense spending": an infinitive states an aim, unless a verb of fact or forecast leads it.
_INFINITIVE = lazy(
    r"(?<!started\s)(?<!began\s)(?<!begun\s)(?<!continued\s)(?<!continues\s)(?<!continue\s)(?<!continuing\s)(?<!set\s)"
    r"(?<!expected\s)(?<!expects\s)(?<!likely\s)(?<!projected\s)(?<!going\s)(?<!due\s)(?<!poised\s)\bto\s+$",
    re.I,
)
#: "forcing European governments to lift their defence spending": the infinitive of an implicative verb's object
#: states the change as done.
_IMPLICATIVE = lazy(rf"(?<!\w)(?:{_alt('implicative_leads')})(\s)(?:[\w'’.-]+\s+){{1,4}}?to\s+$", re.I)
#: "spurred additional military spending by some NATO members": the spender named after the spending.
_AGENT_AFTER = lazy(r"\s(?:by|in|among|across|from)\s+(?:[\w-]+\s+){0,2}$", re.I)
_SUBORDINATE = lazy(r"\b(?:while|whilst|whereas|although|though)\b", re.I)
#: "Trump has demanded that NATO allies boost their defense spending": a base form after "that" is a demand's.
_SUBJUNCTIVE = lazy(r"\bthat\s+(?:[\w'’.-]+\s+){1,5}$", re.I)
_BASE_FORMS = frozenset({"increase", "raise", "boost", "cut", "reduce", "lift", "hike", "expand", "grow", "step up"})
_TREND_OF = lazy(r"\btrends?\s+(?:in|of|towards?)\s+$|\byear\s+with\s+$|\bone\s+of\s+$", re.I)
#: Quantified subjects: "most of the other US NATO partners", "a number of nations such as Germany", "many allies".
_QUANTIFIED = lazy(
    r"\b(?:most|many|some|several|few|a\s+number|a\s+handful|a\s+majority|the\s+majority|a\s+few|half|"
    r"two-thirds|a\s+third)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:countries|allies|members|nations|states|partners)\b",
    re.I,
)
_TIMED = lazy(
    r"\b(?:then|since|until|years?|decades?|ago|now|recent\w*|trends?|consecutive|row|time|(?:19|20)\d\d|last|this|"
    r"again)\b",
    re.I,
)
#: "the biggest sustained increase in defence spending since the Cold War": a record, which one year's sign does
#: not settle (no claim of this kind).
_SUPERLATIVE = lazy(
    r"\b(?:biggest|largest|fastest|sharpest|steepest|strongest|greatest|highest|most|unprecedented|record)\s+"
    r"(?:\(?[\w-]+\)?\s+){0,2}$",
    re.I,
)
#: "After years of decline, in 2015 we saw a real increase": the decline is the background of the rise stated.
_BACKGROUND = lazy(rf"(?<!\w)(?:{_alt('background')})\s+(?:[\w-]+\s+){{0,3}}?$", re.I)
_BACKGROUND_WORDS = lazy(rf"(?<!\w)(?:{_alt('background')})(?!\w)", re.I)
#: "the biggest increase in a generation": a record over a period longer than the series held.
_RECORD_PERIOD = lazy(rf"\s+(?:[\w-]+\s+){{0,4}}?(?:{_alt('record_periods')})(?!\w)", re.I)
_LIST_JOIN = lazy(r"\s*(?:,|,?\s+and|&|,?\s+as\s+well\s+as)\s*", re.I)
_UNIVERSAL = lazy(rf"(?<!\w)(?:{_alt('universal')}|all\s+\d{{2}}\s+(?:NATO\s+)?(?:allies|members))(?!\w)", re.I)
#: "but not wealthy Germany", "except Italy": an ally left out of the change just stated
_EXCEPT = lazy(r",?\s+(?:but\s+not|except(?:\s+for)?|apart\s+from|with\s+the\s+exception\s+of)\s+", re.I)
#: "Germany is cutting", "keeps raising": a change going on now, this year's rather than a past one's
_ONGOING = lazy(r"\b(?:is|are|am|isn't|aren't|keeps?|keeping|continues?|continuing|still)\s+(?:\w+\s+)?$", re.I)
_IRREGULAR_PAST = frozenset({"cut", "fell", "rose", "grew", "shrank", "sank", "went", "slashed", "trimmed"})
_NOUN_LEAD = lazy(r"\b(?:the|a|an|its|their|our|his|her|this|that|of|for|to|in|on|with|any|no)\s+(?:[\w-]+\s+)?$", re.I)
_LONG_AGO = lazy(r"\b(?:Cold\s+War|decades?|century|once|used\s+to|previously|historically|in\s+the\s+past)\b", re.I)
_COUNTED = lazy(r"\b\d{2,3}\s+(?:countries|nations|states)\b", re.I)
#: "Portugal commits to increasing defense budget", "a roadmap to increase Italy's defence budget": the ally's own
#: plan, right before the change (an adverb between: "plans to gradually raise").
_OWN_PLAN_LEAD = lazy(rf"(?<!\w)(?:{_alt('own_plan_leads')})\s+(?:\w+ly\s+)?$", re.I)
_ALLIANCE = lazy(r"\b(?:NATO|Nato|[Tt]he\s+[Aa]lliance|[Aa]llies|[Aa]llied)\b")
_PRONOUN_SUBJECT = lazy(r"\b(?:it|its|they|their|we|our|this|the\s+(?:country|nation|government))\b", re.I)


@dataclass(frozen=True)
class Direction:
    """A change of spending stated in words: where it is, which way, how it is said and over what time."""

    start: int
    end: int
    text: str
    sign: int  # +1 a rise, -1 a fall, 0 the end of a fall ("reversed the decline": the year was not a fall)
    modality: str  # fact, forecast, plan
    run: int | None = None  # "the fifth consecutive year": five years of the same sign, ending in the claim's year
    first_since: int | None = None  # "for the first time since 2010": falls from 2011 to the year before
    first_vague: bool = False  # "for the first time in many years": a rise after falls, how many not said
    vague_time: bool = False  # "the trend", "after years of decline": which years is not said
    own_plan: bool = False  # "commits to increasing": an ally's own plan, a claim only when one ally makes it
    record: bool = False  # "the biggest increase in a generation": compared with every year of a long period
    caused: bool = False  # "spurred additional spending by some members": an effect, its spender named after it
    made_from: int | None = None  # "forcing European governments to lift": where the verb's object (the spender) starts


def run_length(sentence: str, lo: int, hi: int) -> int | None:
    m = RUN_RE.search(sentence, lo, hi)
    if m is not None and not m.group("first"):
        return run_length_of(m)
    m2 = _RUN_COUNT.search(sentence, lo, hi)
    if m2 is not None:
        word = m2.group("n")
        return int(word) if word.isdigit() else L.word_to_int(word)
    return None


def direction_cue(sentence: str) -> bool:
    """Could the sentence state a change of spending in words (a cheap test before it is read)?"""
    m = _CHANGE_RE.search(sentence)
    if m is None:
        return False
    return _NOUN_RE.search(sentence) is not None or bool(m.group("stop") or m.group("stopped"))


def allied_change(sentence: str) -> bool:
    """A change in words of the allies' ("All Allies are increasing spending"): defence spending with no word of
    defence, read as a candidate sentence."""
    return _ALLIANCE.search(sentence) is not None and direction_cue(sentence)


def find_direction(sentence: str) -> Direction | None:
    """The first change of defence spending stated without a figure in a sentence; None where there is none, or
    where it is called for, needed, conditional or denied rather than stated ("urged allies to boost spending")."""
    if not _DEFENCE_WORD.search(sentence) or _headline(sentence):
        return None
    for m in _CHANGE_RE.finditer(sentence):
        lo, hi = clause_bounds(sentence, m.start(), m.end())
        noun = _spending_noun(sentence, lo, hi, m.start(), m.end())
        if noun is None and (m.group("stop") or m.group("stopped")) and _ALLIANCE.search(sentence, lo, hi):
            noun = m  # "all Allies have stopped the cuts": the alliance's cuts are of defence spending
        if noun is None and (m.group("less") or m.group("more")):
            noun = m  # "spent less on defence in 2018 than in 2017": the verb is of spending
        if noun is None:
            continue
        word = m.group().lower()
        before = sentence[max(0, m.start() - 40) : m.start()]
        own_plan = _OWN_PLAN_LEAD.search(before)
        attribute = word.endswith(("ed", "ing")) and _ATTRIBUTE.match(sentence, m.end())
        if attribute and _ATTRIBUTE_LEAD.search(before) and not _TREND_OF.search(before) and own_plan is None:
            continue  # "calls for increased defence spending": presupposed, not stated
        lead = sentence[max(lo, m.start() - 100) : m.start()]
        if own_plan is not None:
            lead = lead[: len(lead) - (len(before) - own_plan.start())]  # the plan's own words are no call or need
        if _BACKGROUND.search(sentence[max(0, m.start() - 60) : m.start()]):
            continue  # "After years of decline, ... a real increase": the later change is the one stated
        record = bool(_SUPERLATIVE.search(before) and _RECORD_PERIOD.match(sentence, m.end()))
        implicative = _IMPLICATIVE.search(before)
        if (
            (_SUPERLATIVE.search(before) and not record)
            or (own_plan is None and _INFINITIVE.search(before) and implicative is None)
            or (word in _BASE_FORMS and _SUBJUNCTIVE.search(before))
            or _NOT_STATED.search(lead)
            or _FIGURE.search(sentence, lo, hi)
        ):
            continue
        near = sentence[max(lo, min(m.start(), noun.start()) - 30) : min(hi, max(m.end(), noun.end()) + 30)]
        if _NOT_OWN.search(near):
            continue  # "its contribution to NATO's budget", "economic growth", "fallen below the target"
        whole_lead = sentence[lo : m.start()]
        modality = (
            "plan"
            if own_plan is not None or _PLAN.search(whole_lead)
            else "forecast"
            if _FORECAST.search(whole_lead)
            else "fact"
        )
        if modality == "fact" and _FORECAST.search(sentence, m.end(), hi) and "continue" in sentence[m.end() : hi]:
            modality = "forecast"  # "... the spending trend to continue into 2021"
        if record and (modality != "fact" or re.search(r"\b(?:would|will)\b", lead, re.I)):
            continue  # "it would be the biggest sustained increase since the Cold War": a plan's record, no claim
        sign = 0 if (m.group("stop") or m.group("stopped")) else -1 if (m.group("fall") or m.group("less")) else 1
        first = _FIRST_SINCE.search(sentence)
        rest = _BACKGROUND_WORDS.sub(" ", sentence)  # "after years of decline": the background's time, not this one's
        return Direction(
            m.start(),
            m.end(),
            m.group(),
            sign,
            modality,
            run=run_length(sentence, 0, len(sentence)),
            first_since=int(first.group("y")) if first else None,
            first_vague=bool(_FIRST_VAGUE.search(sentence)),
            vague_time=bool(_VAGUE_TIME.search(rest)),
            own_plan=own_plan is not None,
            record=record,
            caused=bool(m.group("caused")),
            made_from=m.start() - len(before) + implicative.end(1) if implicative else None,
        )
    return None


def _headline(sentence: str) -> bool:
    """'Stoltenberg to Biden: Allies Boost Spending': a title in title case, no statement to read as a frame."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    capital = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capital >= 0.6 * len(words) and not sentence.rstrip().endswith((".", '"', "”"))


def _spending_noun(sentence: str, lo: int, hi: int, start: int, end: int) -> re.Match[str] | None:
    """The noun of defence spending the change is of, in its clause and near it; None when the spending is of
    something else ("aid spending", "spending on health")."""
    for n in _NOUN_RE.finditer(sentence, lo, hi):
        if min(abs(n.start() - end), abs(start - n.end())) > 60:
            continue
        if _OTHER_SPENDING.search(sentence[max(lo, n.start() - 25) : n.start()]):
            continue
        if _SPENDING_ON_OTHER.match(sentence[n.end() : n.end() + 30]):
            continue
        return n
    # "three consecutive years of increases", "the trend is up": the noun is the sentence's or the one before's
    if re.search(r"\b(?:increases|growth|trend\s+is\s+up|upward\s+trend)\b", sentence[start:end], re.I) and (
        L.SPENDING_RE.search(sentence) or re.search(r"\b(?:consecutive|in\s+a\s+row|trend)\b", sentence, re.I)
    ):
        return re.search(r".", sentence[start:end])
    return None


def direction_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
    made: list[Claim] | None = None,
) -> list[Claim]:
    """One real_growth claim (value 0, above or below it) for the change a sentence states in words, with the
    frame's parts: countries (ALL when "NATO allies" does not tell the alliance's total from European allies and
    Canada), year, `period` (a run), `since` (the year a "first" rise is counted from), `modality`, and `change_form`
    saying which kind of time it is (rules/growth.py)."""
    d = find_direction(sentence)
    if d is None:
        return []
    lo, hi = clause_bounds(sentence, d.start, d.end)
    sub = _SUBORDINATE.search(sentence, lo, d.start)
    comma = sentence.find(",", d.end, hi) if sub else -1
    if comma > 0:
        hi = comma  # "But while Canadian spending fell, Germany's lagged and only six ... met": the clause ends there
    if any(c.value_text and c.value_text in sentence[lo:hi] for c in made or []) or (
        made and lo == 0 and hi == len(sentence)
    ):
        return []  # the clause is another claim's: one statement, one claim
    usable = [m for m in mentions if m.code is not None or m.group_key]
    before = [m for m in usable if m.end <= d.start and m.start >= lo] or [m for m in usable if m.end <= d.start]
    inside = [m for m in usable if lo <= m.start < hi]
    if _COUNTED.search(sentence, lo, d.start):
        return []  # "more than 100 countries increased their military spending": a count of the world's countries
    foreign = sorted(
        [*_NON_ALLY.finditer(sentence, lo, d.start), *REGION_RE.finditer(sentence, lo, d.start)], key=re.Match.start
    )
    subject: Mention | None = before[-1] if before else (inside[0] if inside else None)
    if d.caused:
        # "Russia's invasion has spurred additional spending by some NATO members": the cause is not the spender
        agents = [m for m in inside if m.start >= d.end and _AGENT_AFTER.search(sentence, d.end, m.start)]
        if not agents:
            return []
        subject, before, foreign = agents[0], [agents[0]], []
    if d.made_from is not None:
        # "forcing European governments to lift their defence spending": the spender is the verb's object
        objects = [m for m in usable if d.made_from <= m.start < d.start]
        if not objects and _ALLIANCE.search(sentence, d.made_from, d.start):
            objects = [Mention(0, 0, ALL_ALLIES)]  # "Trump forces allies to boost defence spending"
        if not objects:
            return []
        subject, before, foreign = objects[-1], [objects[-1]] if objects[-1].end else [], []
    if foreign and not any(m.start > foreign[-1].start() for m in before):
        return []  # "Russia has raised its military spending": not an ally's
    if subject is None and attribution_source(sentence) not in (None, "nato"):
        return []  # "more than 100 countries increased their military spending, according to SIPRI": not the allies
    if subject is None and context and (_PRONOUN_SUBJECT.search(sentence[lo : d.start]) or not usable):
        subject = context[-1]
    if subject is not None and subject.weak and _ALLIANCE.search(sentence, lo, hi):
        subject = None  # "Obama said that the alliance had stopped the decline": the alliance's, not the speaker's
    if subject is None and _ALLIANCE.search(sentence):
        subject = Mention(0, 0, ALL_ALLIES)  # "halt to decline in NATO spending": the total, or Europe and Canada
    if subject is None and not _TIMED.search(sentence):
        return []  # "And major increases in defence investment": no one's, at no time: nothing to look up
    if d.own_plan and (subject is None or subject.code in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA)):
        return []  # "allies committed to increasing defence spending": the alliance's pledge (pledges.py), not a plan
    claim = Claim(offset, offset + len(sentence), sentence, "real_growth", unit="percent (annual real change)")
    codes, group, group_key = mention_codes(subject)
    if group_key == "europe":
        codes, group, group_key = [L.EUROPE_CANADA], None, None  # NATO's aggregate of its European allies and Canada
    if [m for m in before if m.code == L.EUROPE_CANADA]:
        codes = [L.EUROPE_CANADA]  # "NATO allies in Europe and Canada"
    listed = _listed_subject(sentence, before, subject)
    if listed and group_key is None:
        codes = listed  # "Albania, Norway and Turkey cut defence spending in 2020": each ally named
    claim.countries, claim.group, claim.group_key = codes, group, group_key
    quantified = _QUANTIFIED.search(sentence, lo, hi)
    if quantified:
        claim.undefined_group = quantified.group()
    claim.value, claim.value_text, claim.step = 0.0, d.text, 1.0
    claim.comparator = {1: "gt", -1: "lt", 0: "ge"}[d.sign]
    claim.price_basis = "constant"
    claim.modality = d.modality
    claim.attributed_to = attribution_source(sentence)
    than = re.search(r"\bthan\b[^,;.]*", sentence[d.end : hi]) if d.text.lower().startswith("spen") else None
    base = (d.end + than.start(), d.end + than.end()) if than else (0, 0)  # "than last year": the base, not the year
    dated = [y for y in years if y.role != "since" and y.year != d.first_since and not base[0] <= y.start < base[1]]
    set_year(claim, sentence, (d.start, d.end), dated, as_of)
    if not claim.qualified():
        claim.change_form = _time_scope(sentence, d, claim)
        if claim.change_form == "direction, no year" and _done_lately(sentence, d):
            claim.change_form = "direction, recent"  # "Germany cut its defense spending": some recent year, not named
    if not quantified and _UNIVERSAL.search(sentence, lo, d.start):
        # "All Allies are increasing spending": each ally's own change, not NATO's total
        year = claim.year or (as_of or date.today()).year
        claim.countries, claim.group, claim.group_key = L.group_members("all", year), "every ally", None
    claim.span_start, claim.span_end = offset + lo, offset + hi
    return [claim, *_exceptions(sentence, offset, d, claim, usable), *_with_changes(sentence, offset, d, claim, usable)]


def _done_lately(sentence: str, d: Direction) -> bool:
    """A change stated as done, with no time at all ("Germany cut its defense spending", "Slovenia has increased
    defence spending"): a verb in the past, not a noun ("the increase"), not going on ("is cutting"), and no time
    word of a longer or older span ("after the end of the Cold War", "for decades", "steadily")."""
    verb = d.text.split()[0].lower()
    if not (verb.endswith("ed") or verb in _IRREGULAR_PAST) or d.vague_time or _TIMED.search(sentence):
        return False
    before = sentence[max(0, d.start - 40) : d.start]
    return not _NOUN_LEAD.search(before) and not _ONGOING.search(before) and not _LONG_AGO.search(sentence)


def _listed_subject(sentence: str, before: list[Mention], subject: Mention | None) -> list[str]:
    """The allies of a list that ends with the subject ("Albania, Norway and Turkey"), or [] when it is one."""
    if subject is None or subject not in before:
        return []
    i = before.index(subject)
    run = [subject]
    while i > 0 and _LIST_JOIN.fullmatch(sentence[before[i - 1].end : before[i].start]):
        i -= 1
        run.insert(0, before[i])
    codes = [m.code for m in run if m.code not in (None, ALL_ALLIES)]
    return list(dict.fromkeys(c for c in codes if c)) if len(run) > 1 and len(codes) == len(run) else []


#: "..., with big rises in the Baltics, Poland and the Netherlands": the allies whose change the main one is made of
_WITH_CHANGES = lazy(
    r",?\s+with\s+(?:(?:particularly|especially|very)\s+)?(?:(?:big|large|sharp|strong|significant|notable|"
    r"marked|steep|major|substantial)\s+)?(?:(?P<rise>rises|increases|growth|jumps)|(?P<fall>falls|cuts|decreases|"
    r"declines|drops|reductions))\s+(?:in|for|by|from)\s+",
    re.I,
)


def _with_changes(sentence: str, offset: int, d: Direction, claim: Claim, usable: list[Mention]) -> list[Claim]:
    """'European NATO allies increased defense expenditure in 2018, with big rises in the Baltics, Poland and the
    Netherlands': a change of each ally listed after "with ... rises in", over the same years as the main change
    (a group named in the list stands for its members)."""
    m = _WITH_CHANGES.search(sentence, d.end)
    if m is None or d.sign == 0:
        return []
    listed: list[Mention] = []
    for x in usable:
        if x.start < m.end():
            continue
        gap = sentence[listed[-1].end if listed else m.end() : x.start]
        if (listed and not _LIST_JOIN.fullmatch(gap)) or (not listed and gap.strip()):
            break
        listed.append(x)
    codes: list[str] = []
    for x in listed:
        if x.group_key:
            codes += L.group_members(x.group_key, claim.year or date.today().year)
        elif x.code not in (None, ALL_ALLIES):
            codes.append(str(x.code))
    if not codes:
        return []
    out = replace(claim, countries=list(dict.fromkeys(codes)), group=None, group_key=None)
    out.comparator = "gt" if m.group("rise") else "lt"
    start = m.start() + len(m.group()) - len(m.group().lstrip(" ,"))  # "with ...", not the comma before it
    out.value_text = sentence[start : listed[-1].end]
    if out.undefined_group is not None:
        out.undefined_group, out.change_form = None, _time_scope(sentence, d, out)
    out.span_start, out.span_end = offset + start, offset + listed[-1].end
    return [out]


def _exceptions(sentence: str, offset: int, d: Direction, claim: Claim, usable: list[Mention]) -> list[Claim]:
    """'Some NATO allies increased their defense expenditures, but not wealthy Germany': the ally left out is said
    to have had no such change, a claim of its own (no rise, or no fall), over the same years."""
    m = _EXCEPT.search(sentence, d.end)
    if m is None or d.sign == 0:
        return []
    named = [x for x in usable if m.start() <= x.start <= m.end() + 30 and x.code not in (None, ALL_ALLIES)]
    if not named or re.search(r"[.;:]", sentence[m.end() : named[0].start]):
        return []
    ally = named[0]
    code = ally.code or ""
    out = replace(claim, countries=[code], group=None, group_key=None, comparator="le" if d.sign > 0 else "ge")
    out.value_text = sentence[m.start() : ally.end].strip(" ,")
    if out.undefined_group is not None:
        out.undefined_group, out.change_form = None, _time_scope(sentence, d, out)
        if out.change_form == "direction, no year" and _done_lately(sentence, d):
            out.change_form = "direction, recent"
    out.span_start, out.span_end = offset + m.start(), offset + ally.end
    return [out]


def _time_scope(sentence: str, d: Direction, claim: Claim) -> str:
    """Which kind of time the change is stated over, setting the claim's period and base: a run of years, the first
    rise since a year, a first rise after an unsaid number of falls, a span since a base year, one year, or none."""
    if d.record:
        return "record over a long period"
    if d.run:
        claim.period = d.run
        return "run of years"
    if d.first_since is not None:
        claim.since = d.first_since
        return "first since"
    if d.first_vague:
        return "first after falls"
    bases, period = change_base(sentence, d.start, d.end)
    if not bases and period is None:
        bases, period = change_base(sentence, 0, len(sentence))  # "Over the past decade, allies have ...": fronted
    if bases or period:
        claim.since, claim.bases = (bases[0], []) if len(bases) == 1 else (None, bases)
        claim.period = period
        return "direction over years"
    if claim.year_basis == "latest" or d.vague_time:
        claim.year, claim.year_text, claim.year_basis = None, None, "latest"
        return "direction, no year"
    return "direction"


#: The forms (Claim.change_form) of the claims built here (and of a run of years read by growth.py), judged by
#: rules/growth.py's direction rule.
SCOPES = (
    "record over a long period",
    "direction, recent",
    "run of years",
    "first since",
    "first after falls",
    "direction over years",
    "direction, no year",
    "direction",
)
