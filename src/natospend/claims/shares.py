"""Extractors for percentages: what a percentage measures (share of GDP, real growth, alliance share, equipment
share, pledge, common funding) and the claims made of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims import modality as M
from natospend.claims.bars import bar_level, bar_matches, bar_missed, bar_obliged
from natospend.claims.clauses import clause_bounds
from natospend.claims.context import COMMON_FUNDING_RE as _COMMON_FUNDING_RE
from natospend.claims.context import NOUN_ANAPHOR, PRONOUN
from natospend.claims.context import OFF_TOPIC as _OFF_TOPIC
from natospend.claims.context import PLAN_ANAPHOR as _PLAN_ANAPHOR
from natospend.claims.context import common_cues as _common_cues
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.lists import find_items
from natospend.claims.mentions import (
    ANAPHORIC_START,
    PLEDGED_BY_ALL,
    TITLE_AFTER,
    attribution_for,
    attribution_source,
    coordinated,
    excluded_mentions,
    in_aside,
    listed_members,
    mention_codes,
    met_in_year,
    nearest_mention,
    respective_subjects,
    set_year,
    window,
)
from natospend.claims.metonymy import (
    undefined_group_regex,
)
from natospend.claims.negation import below_by_refusal, refusal_span
from natospend.claims.patterns import LazyPattern, Pattern, cue_absent, cue_text, lazy
from natospend.claims.periods import every_year, named_period
from natospend.claims.pledges import ALLIANCE_WORDS, ally_fraction, is_yardstick, pledge_fields
from natospend.claims.quantities import Quantity, as_fall, figure_of_year
from natospend.claims.rankings import figure_rivals, owns_later_figure
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab

_TARGET_AFTER = lazy(
    r"\s*(?:of\s+(?:their\s+|its\s+)?)?(?:GDP\s+)?"
    r"(?:(?!(?:meets?|met|meeting|hit|hits|hitting|reach\w*|miss\w*|exceed\w*|surpass\w*|top\w*|above|below|over|under|"
    r"beyond|short)\b)\w[\w-]*\s+){0,3}?"
    r"(?:target|goal|guideline|threshold|benchmark|pledge|"
    r"commitment|requirement|quota)\b",
    re.I,
)


_GROWTH_VERB_BEFORE = lazy(
    r"\b(rose|rises|rise|risen|rising|increased|increases|grew|grows|grown|jumped|climbed|fell|falls|dropped|drops|"
    r"declined|declines|decreased|surged|shrank|went up|went "
    r"down|up|down|raised|cut|boosted|hiked|increasing|growing|lifted|increase|grow|climb|jump|fall|drop|decline)\s+"
    # growth4: "lifted defence funding 46%", "boosted its military budget 20%": the spending named between
    r"(?:(?:its|their|the)\s+)?(?:(?:defen[cs]e|military)\s+(?:spending|budgets?|funding|expenditures?|outlays)\s+)?"
    r"(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+|an "
    r"estimated\s+|just\s+)?$",
    re.I,
)
_THRESHOLD_VERB = lazy(
    r"\b(?P<verb>meet|meets|met|meeting|reach|reaches|reached|reaching|hit|hits|hitting|achieve[sd]?|achieving|fulfil\w*|"
    r"exceed\w*|surpass\w*|top|tops|topped|miss|misses|missed|missing|falls? short of|fell short of|falling short of|"
    r"(?:dipped|dips|dropped|fallen|fell|falls)\s+(?:just\s+|slightly\s+|well\s+|far\s+)?below|below|under|above|over|"
    r"short of|"
    r"failed to meet|fails? to meet|not meet|not meeting|nowhere near|far from|a long way from|far short of|"
    r"lag(?:s|ged|ging)?\s+(?:far\s+|well\s+)?behind)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
    # "dipped just below the NATO military alliance's target of 2 percent": an owner of up to three words
    r"(?:(?:NATO|Nato|alliance|Alliance)(?:'s|’s)?\s+)?(?:[\w-]+(?:'s|’s)?\s+){0,3}?"
    r"(?:(?:target|guideline|goal|benchmark|threshold|mark|requirement|aim|level|bar|line|minimum)\s+(?:of\s+)?"
    r"(?:spending\s+)?(?:at\s+least\s+)?)?$",
    re.I,
)
# After a threshold verb, an object of words and then "at" before the figure: the figure is a level, not a bar passed.
_LEVEL_AT = lazy(
    r"^(?!.*\b(?:target|guideline|goal|benchmark|threshold|mark|requirement|level|bar|minimum|set|fixed|pegged)\b)"
    r"\s+[A-Za-z][^%\d]*?\s(?:at|with)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
_LEADS_WITH = lazy(
    r"\b(?:tops|topped|top|leads|led|heads|headed)\s+(?:it|them|the\s+(?:list|table|ranking|league\s+table|chart|"
    r"pack|field|alliance))?\s*,?\s+(?:with|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
    # "rounds out the top five with 3.35%": a place among the top, not a bar topped
    r"|\bthe\s+top\s+(?:\w+\s+){0,2}?(?:with|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
# "the government wants 2.5%", "Rome is aiming for 2%": an aim, not a level spent.
_AIM_BEFORE = lazy(
    r"\b(?:wants?|wanted|seeks?|sought|is\s+aiming\s+for|are\s+aiming\s+for|aims?\s+for|hopes?\s+for|targets?|targeting|"
    r"targeted)\s+(?:to\s+(?:reach|spend|hit|get\s+to)\s+)?(?:at\s+least\s+|about\s+|around\s+|some\s+)?$",
    re.I,
)
_PLEDGE_LEAD = lazy(
    r"\b(?:pledg\w*|commit\w*|promis\w*|vow\w*|plans?|planned|planning|aims?|aimed|aiming|intends?|intended|intentions?|"
    r"wants?|wanted|hopes?|hoped|undertak\w*|determined|agreed|agrees|agree|"
    r"(?:goal|target|aim|ambition|bid|plan|commitment|pledge)\s+of)"
    r"\s+(?:to\s+)?(?:\w+\s+)?$",
    re.I,
)
_BY_YEAR_AFTER = lazy(
    r"[^.;]{0,40}?\b(?:by|before|until|no later than)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:year\s+)?(?:19|20)\d\d",
    re.I,
)
_MISS_WORDS = lazy(r"\b(miss|short|below|under|fail|not|nowhere|far|a long way|lag)\w*", re.I)
# "Germany still hasn't reached 2 percent", "did not meet the 2% target in 2022": a bar reached, negated, is a level
# below it (judged), not a negation left unchecked
_NOT_REACHED = lazy(
    rf"\b(?:{phrase_alternation(vocab()['cues']['negation'])})\s+(?:(?:yet|still|even|ever|quite|really)\s+)?$", re.I
)
_REACH_WORDS = lazy(r"(?:meet|met|meeting|reach\w*|hit\w*|achiev\w*|fulfil\w*)$", re.I)
# "far from meeting the 2% target", "nowhere near reaching 2%": a bar not reached, whatever the verb after it
_FAR_FROM = lazy(r"\b(?:far\s+from|nowhere\s+near|a\s+long\s+way\s+from|not\s+even\s+close\s+to)\s+$", re.I)
#: "Germany almost reached the 2% target", "will nearly meet the 2% target": a bar just not reached, as "almost 2%"
_NEARLY_REACHED = lazy(r"\b(?:almost|nearly|just\s+about|all\s+but)\W{0,2}\s+$", re.I)
_WEAK_PLEDGE_RE = lazy(
    r"\b(will spend|would spend|to spend|expected to|set to|on track to|going to|will reach|will hit|to reach|to hit|"
    r"to increase|to raise|to lift|to boost|plans?|planned|intends?)\b",
    re.I,
)


# An aside on who joined ("— now 32 with Sweden's recent entry —"): the ally it names is not one the count is of.


_CONTRIBUTION_BEFORE = lazy(r"\b(?:share|contribut\w*|pays?|paid|paying|covered|covers)\b[^,;]*$", re.I)


#: "accounting for 45%", "represents about 20%", "a 20% share": a share of something the sentence must name.
_SHARE_VERB_BEFORE = lazy(
    r"\b(?:account(?:s|ed|ing)?\s+for|represent(?:s|ed|ing)?|mak(?:es|ing)\s+up|made\s+up|compris(?:es|ed|ing))\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+)?$",
    re.I,
)
#: The level a change starts from, named as today's: "from its current level of 2.3 per cent", "from today's 2.3%".
_CURRENT_LEVEL_BEFORE = lazy(
    r"\bfrom\s+(?:(?:its|the|their)\s+(?:current|present|existing)|today['’]s|the\s+present)\s+"
    r"(?:(?:level|rate|share|figure)\s+(?:of\s+)?)?(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_NOW_AFTER = lazy(r"(?:\s+of\s+(?:its\s+|their\s+)?GDP)?\s+(?:now|today|currently|at\s+present)\b", re.I)
#: The figure a change from a named level goes to: "from its current level of 2.3 per cent to 2.5 per cent".
_CHANGE_TO_BEFORE = lazy(
    r"\bfrom\s+[^;]{0,60}?\d\s*(?:%|per\s?cent|percent)(?:\s+(?:share\s+)?of\s+(?:its\s+|the\s+)?(?:GDP|economy))?"
    r"(?:\s+(?:now|today|currently))?\s+to\s+$",
    re.I,
)

#: "rose by 10%", "by just over 10%", "by slightly less than 18%": a change's figure after "by"/"of" and any hedge.
# "allies had agreed to increase their defense spending over 2%": in a pledge, with the spending named and no "by",
# "over" gives the level the spending is to pass, not the size of a change (a growth reading made Trump's claim match
# NATO's 10.9% growth); "Germany boosted its military budget over 20%" stays a change
_LEVEL_PAST_OBJECT = lazy(
    r"\b(?:agreed|agree|agrees|pledged|pledge|pledges|committed|commit|commits|promised|promise|vowed|vow)\s+to\s+"
    r"(?:increase|raise|boost|lift|grow)\s+(?:(?:its|their|the)\s+)?(?:(?:defen[cs]e|military)\s+)?"
    r"(?:spending|budgets?|funding|expenditures?|outlays)\s+(?:to\s+)?(?:over|more than|above|beyond)\s+$",
    re.I,
)
_BY_HEDGED = lazy(
    rf"\b(?:by|of)\s+(?:(?:{phrase_alternation(vocab()['bounds']['close_hedges'])}|{L.BEFORE_ALT}|a further|another|"
    r"just)\s+)?(?:an?\s+)?(?:real\s+)?$",
    re.I,
)
_FROM_THE = lazy(r"\b(?:up|down|rising|raised|increased)\s+from\s+the\s+$", re.I)
_BY_YEAR_BEFORE = lazy(r"\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d$", re.I)


def _today_level(before: str, after: str) -> bool:
    """'from its current level of 2.3 per cent', 'by 2026 from 0.95 percent now': the level a plan starts from,
    today's."""
    return bool(_CURRENT_LEVEL_BEFORE.search(before) or (re.search(r"\bfrom\s+$", before) and _NOW_AFTER.match(after)))


_ANAPHORIC_BASE = lazy(
    r"\s+of\s+(?:that|this|those|these|it(?=\s*[,.;:–—-])|the\s+(?:total|sum|amount|whole))\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:GDP|economy|economic|output|defen[cs]e|military))",
    re.I,
)
_SHARE_NOUN_AFTER = lazy(r"\s*(?:share|portion|proportion)\b", re.I)


#: Above this, a bare percentage is no ally's share of GDP on defence (the highest since 2014 is under 5%; the
#: largest pledged, 6%).
_GDP_SHARE_MAX = 10.0
_OF_AFTER = lazy(r"\s*\)?\s*of\s", re.I)


@cache
def _spent_before() -> LazyPattern:
    """A verb of spending in the past right before a level ("spent over 2% of", "allocated more than 2% of")."""
    verbs = phrase_alternation(vocab()["recall5"]["spent_verbs"])
    return lazy(rf"\b(?:{verbs})\s+(?:\w+\s+){{0,2}}$", re.I)


def _unnamed_base(sentence: str, q: Quantity, topic: str | None) -> str | None:
    """'the US alone accounting for 45%', 'a 20% share', with neither GDP nor a spending total named in the sentence
    or set by the one before: what the figure is a share of cannot be told."""
    before, after = window(sentence, q, 70, 30)
    anaphor = _ANAPHORIC_BASE.match(after)
    if anaphor:
        # "In 2020, NATO member nations spent over $1,092 billion on defence. Almost 72 per cent of that ...": a share
        # of an amount named before, never of GDP
        return (
            f"Cannot tell what the {q.text} is a share of: '{anaphor.group().strip()}' refers to a figure named "
            "before it."
        )
    if q.value is not None and q.value > _GDP_SHARE_MAX and not (L.GDP_RE.search(after) or _OF_AFTER.match(after)):
        # "Slovenia's defence spending amounted to 1.28% of GDP ..., and allocated 15.7%": no ally spends near that
        # share of its GDP, so a bare figure this high is a share of something the sentence does not name
        return (
            f"Cannot tell what the {q.text} is a share of: the sentence names no base for it, and no ally's defence "
            f"spending comes near {q.text} of GDP."
        )
    if not (_SHARE_VERB_BEFORE.search(before) or _SHARE_NOUN_AFTER.match(after)):
        return None
    if topic == "share_gdp" or L.GDP_RE.search(sentence) or re.match(r"\s+of\s", after):
        return None
    return f"Cannot tell what the {q.text} is a share of: the sentence names no base (GDP, a budget, a total)."


@cache
def _spending_part_res() -> tuple[
    LazyPattern, LazyPattern, LazyPattern, LazyPattern, dict[str, LazyPattern], LazyPattern
]:
    words = vocab()["spending_parts"]
    keys = ("equipment", "personnel", "infrastructure", "unheld", "other")
    every = phrase_alternation([w for k in keys for w in words[k]])
    owner = r"(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:'s|’s)\s+|the\s+country(?:'s|’s)\s+)?"
    # "17 percent of its military spending", "11.5% of defence spending", "20% of defence budgets"
    of_base = (
        rf"\s*(?:of|in)\s+{owner}(?:(?:annual|total|overall|entire|whole|own|national|yearly)\s+)?"
        rf"(?:{phrase_alternation(words['bases'])})\b"
    )
    base = lazy(of_base, re.I)
    # the sentence's other figure or its list's header names the base: "nearly 20% of defence budgets ..., while
    # France is not far behind at nearly 16%"; "Luxembourg (59%), ... having the highest allocation of their overall
    # defence expenditure to investment"
    elsewhere = lazy(
        rf"(?:\d\s*(?:%|per\s?cent|percent)|\b(?:allocation|share|proportion|percentage|portion)){of_base}", re.I
    )
    # "80 percent on personnel", "the 52 percent that is spent on average on personnel costs": with no base named,
    # only personnel and pensions, never a part of a share of GDP ("a further 1.5% on infrastructure by 2029")
    alone = phrase_alternation(words["personnel"] + words["unheld"])
    on_part = lazy(
        r"\s*\)?\s*(?:(?:that|which)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:spent|dedicated|devoted|allocated|used|going|goes|"
        rf"went)\s+)?(?:on\s+average\s+)?(?:on|to|into|for|towards?)\s+(?:\w+\s+){{0,2}}?(?:{alone})\b",
        re.I,
    )
    # "The proportion of personnel costs ... fell from 50.7 to 42 percent": the part named as the share's own noun
    share_of = lazy(rf"\b(?:share|proportion|percentage|portion)\s+of\s+(?:\w+\s+){{0,2}}?(?:{every})\b[^;%]*$", re.I)
    parts = {k: lazy(rf"(?<![\w-])(?:{phrase_alternation(words[k])})(?![\w-])", re.I) for k in keys}
    # "74.1 percent of its budget on personnel", "just below 30 percent of total spending" (a part named in the
    # clause): the ally's own budget or spending, a part of defence spending only where the clause names the part
    weak = lazy(
        r"\s*of\s+(?:(?:its|their|the\s+country(?:'s|’s)|[A-Z][\w-]*(?:'s|’s))\s+(?:(?:annual|total|overall|entire|whole|own)\s+)?"
        r"budgets?|(?:its\s+|their\s+)?(?:total|overall)\s+(?:spending|expenditures?|outlays))\b",
        re.I,
    )
    return base, elsewhere, on_part, share_of, parts, weak


_PART_METRICS = ("personnel_share", "infrastructure_share", "unnamed_part", "other_part")
_PART_KINDS = {
    "equipment": "equipment_share",
    "personnel": "personnel_share",
    "infrastructure": "infrastructure_share",
    "unheld": "unheld_part",
    "other": "other_part",
}
#: A figure's own part, named right after it before its clause or the next figure ends: "and 22.3% in joint
#: operations" is not the infrastructure the figure before it was spent on.
_NEXT_FIGURE = lazy(r"\d\s*(?:%|per\s?cent|percent)", re.I)


def spending_part(sentence: str, q: Quantity) -> str | None:
    """What part of an ally's defence spending a percentage is, when the sentence says it is one: 'equipment_share',
    'personnel_share', 'infrastructure_share' (NATO's Table 8), 'unheld_part' (pensions, maintenance: not published)
    or 'unnamed_part' (a share of defence spending, its part not said); None when it is not a part of defence
    spending ("2.1% of GDP on defence", "45% of NATO's total spending")."""
    base_re, elsewhere, on_part, share_of, parts, weak = _spending_part_res()
    lo, hi = clause_bounds(sentence, q.start, q.end)
    after = sentence[q.end : q.end + 90]
    if L.GDP_RE.search(after[:50]) or L.ALLIANCE_SHARE_RE.match(after):
        return None
    base = base_re.match(after)
    if base is None and weak.match(after) and not L.GDP_RE.search(sentence):
        near = sentence[max(lo, q.start - 60) : min(hi, q.end + 90)]
        if any(rx.search(near) for k, rx in parts.items() if k != "equipment"):
            base = weak.match(after)
    # with GDP named in the sentence, "1.5% for broader investments" is a part of a pledge of GDP, not of a budget
    gdp = L.GDP_RE.search(sentence)
    named = None if gdp else on_part.match(after) or share_of.search(sentence[max(0, q.start - 90) : q.start])
    if not base and not named:
        other = None if gdp else elsewhere.search(sentence)
        if other is None or other.start() <= q.start < other.end() or L.ALLIANCE_SHARE_RE.search(other.group()):
            return None  # "the United States bore 64% of NATO's defense expenditure": the alliance's, not a part
        stop = _NEXT_FIGURE.search(sentence, q.end)
        own_end = min(clause_bounds(sentence, q.start, q.end)[1], stop.start() if stop else len(sentence))
        own = [(m.start(), key) for key, rx in parts.items() for m in rx.finditer(sentence, q.end, own_end)]
        if own:
            return _PART_KINDS[min(own)[1]]
        # the figure takes the part the other figure's clause names, up to this figure or to the clause's end
        upto = q.start if other.end() <= q.start else clause_bounds(sentence, *other.span())[1]
        found = [(0, key) for key, rx in parts.items() if rx.search(sentence[other.start() : upto])]
        return _PART_KINDS[min(found)[1]] if found else "unnamed_part"
    # the part named nearest the figure in its clause ("Germany's pension burden is ... at 11.5% of defence spending")
    near = sentence[max(lo, q.start - 60) : min(hi, q.end + 90)]
    at = q.start - max(lo, q.start - 60)
    found = [(abs(m.start() - at), key) for key, rx in parts.items() for m in rx.finditer(near)]
    if named and not base:
        found += [(0, key) for key, rx in parts.items() if rx.search(named.group())]
    if not found:
        return "unnamed_part"
    return _PART_KINDS[min(found)[1]]


#: The verb a pledged part of spending is the object of: "to spend 20% of defence funds on investments".
_PART_PLEDGE_BEFORE = lazy(
    r"\b(?:to|would|will)\s+(?:spend|allocate|devote|dedicate|invest|earmark)\s+"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?$",
    re.I,
)
_CHANGE_OF_BEFORE = lazy(
    r"\b(?:increase|rise|growth|jump|boost|hike|surge|decrease|decline|drop|fall|cut|reduction)\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just|an\s+estimated)\s+)?$",
    re.I,
)


#: "The increase in Poland's defence spending was 3.9 percent", "the largest increase in spending was recorded in the
#: United States – it is 3.9 percent": a rise as the subject of a copula (through its own "in"/"of" phrase, or
#: taken up by "it" after a dash) is given its figure, not a share of GDP.
_CHANGE_IS = lazy(
    # the rise's own phrase may name its years ("The increase between 2018 and 2019 was 5.8 per cent")
    r"\b(?:increase|rise|growth|jump|hike|boost)\s+(?:(?:in|of|between|from|over)\s+(?:[^,;.%\d]|(?:19|20)\d\d){0,50}?)?"
    r"(?:[^,;.%\d]{0,60}?[–—]\s*(?:it|this|that)\s+)?"
    r"(?:was|is|were|are|amounted\s+to|amounts\s+to|came\s+to|comes\s+to|stood\s+at|stands\s+at|totall?ed)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|over|more\s+than|an\s+estimated)\s+)?$",
    re.I,
)
#: "There was a particularly steep increase in Turkish military spending between 2017 and 2018, of 27 per cent": the
#: rise's figure given after its phrase, past a comma.
_CHANGE_THEN_OF = lazy(
    r"\b(?:increase|rise|growth|jump|hike|boost|surge|decrease|decline|drop|fall|cut|reduction)\s+"
    r"(?:in|of|between)\s+(?:[^,;.%\d]|(?:19|20)\d\d){0,70}?,\s*of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just|an\s+estimated)\s+)?$",
    re.I,
)
#: "a substantial increase (+3.8%) in NATO's spending", "a slight (0.5%) increase": a figure alone in brackets,
#: signed or not, beside the words it gives the figure of.
_OPEN_BRACKET = lazy(r"\s*\(\s*[+−–-]?$")
_CLOSE_BRACKET = lazy(r"^\s*\)")
_CHANGE_NOUN_END = lazy(
    r"\b(?:increase|rise|growth|jump|boost|hike|surge|decrease|decline|drop|fall|cut|reduction)\s+$", re.I
)


def _unbracketed(before: str, after: str) -> tuple[str, str, bool]:
    """The words either side of a figure with the brackets around it (and its sign) left out, and whether there
    were any; unchanged unless the figure is all the brackets hold."""
    opened, closed = _OPEN_BRACKET.search(before), _CLOSE_BRACKET.match(after)
    if opened is None or closed is None:
        return before, after, False
    return before[: opened.start()] + " ", after[closed.end() :], True


def _classify_percent(sentence: str, q: Quantity) -> str | None:
    """What a percentage in a sentence measures: one of KINDS, 'threshold' (a comparison with a target, decided by
    its subject), 'weak_pledge' (a forecast or a plan, decided by its subject and year) or None (no claim)."""
    before, after = window(sentence, q, 70, 70)
    if q.kind == "pp":
        return None
    before, after, bracketed = _unbracketed(before, after)
    near_after = after[:45]
    alliance = L.ALLIANCE_SHARE_RE.search(near_after) or re.match(
        r"\s+of\s+(?:the\s+)?(?:total|overall|combined|all|collective)\s+(?:\w+\s+){0,2}(?:spending|expenditures?|outlays?)",
        after,
        re.I,
    )
    accounts = _SHARE_VERB_BEFORE.search(before)
    if (
        alliance
        and (_CHANGE_OF_BEFORE.search(before) or (bracketed and _CHANGE_NOUN_END.search(before)))
        and not accounts
    ):
        alliance = None  # "a real-terms increase of 3.9% in NATO defence spending": the alliance's change (money5)
    if alliance or (
        accounts and re.search(r"\b(NATO|alliance|allied|allies)\b|\bof\s+(?:all|total|overall)\b", after, re.I)
    ):
        if re.search(
            r"\bcommon(?:ly)?[- ]funded|\bcommon budgets?\b|\bcivil budget\b|\bmilitary budget\b|\bNSIP\b"
            # "of the NATO budget": the alliance's own (singular) budget, not its allies' defence spending
            r"|^\s+of\s+(?:the\s+)?(?:NATO|alliance)(?:'s|’s)?\s+(?:operating\s+|running\s+|own\s+)?budget\b",
            after[:70],
            re.I,
        ):
            return "common_funding"  # NATO's own common-funded budgets, not the allies' defence spending
        return "alliance_share"
    if (
        _COMMON_FUNDING_RE.search(before[-70:] + " " + after[:90])
        or (
            not L.GDP_RE.search(near_after)
            and (
                _common_cues().search(before[-70:] + " " + after[:90])
                # "..., while the share covered by the US will decrease from 22.1%": the budget the sentence named first
                or (_common_cues().search(sentence, 0, q.start) and _CONTRIBUTION_BEFORE.search(before[-60:]))
            )
        )
    ):
        return "common_funding"
    if q.kind == "fraction":
        if L.EQUIPMENT_RE.search(after[:60]) and L.PLEDGE_RE.search(sentence):
            return "pledge"
        return None
    part = spending_part(sentence, q)
    if (
        part == "equipment_share"
        and _PART_PLEDGE_BEFORE.search(before)
        and L.STRONG_PLEDGE_RE.search(sentence, 0, q.start)
    ):
        return "pledge"  # "committed ... to spend 20% of defence funds on investments": the Wales equipment pledge
    if part is not None:
        return part  # a part of an ally's defence spending, never a share of GDP
    if (
        (L.EQUIPMENT_RE.search(after[:60]) or L.EQUIPMENT_RE.search(before[-50:]))
        and re.search(
            r"\bof\s+(?:its|their|the|total|all)?\s*(?:annual\s+)?(?:defen[cs]e|military)?\s*(?:budgets?|spending|expenditures?)\b"
            r"|\bon\s+(?:major\s+)?(?:new\s+)?equipment\b|\bequipment\b",
            after[:70] + " " + before[-50:],
            re.I,
        )
        and not L.GDP_RE.search(near_after)
    ):
        return "equipment_share"
    gdp_near = L.GDP_RE.search(near_after) or re.search(r"\bGDP\b", before[-25:])
    growth_before = _BY_HEDGED.search(before)
    growth_after = re.match(
        # "a 9.8% year-on-year planned increase": up to two words that qualify the change (money5)
        r"\s*(?:in\s+real\s+terms\s+)?(?:(?:real[- ]terms|real|annual|yearly|year-on-year|year-over-year|nominal|"
        r"planned|proposed|budget)\s+){0,2}"
        r"(?:increase|rise|growth|jump|hike|boost|surge|cut|drop|decline|fall|decrease|more|higher|lower|less|up|down)\b",
        after,
        re.I,
    )
    if not gdp_near and (_CHANGE_IS.search(before) or _CHANGE_THEN_OF.search(before)):
        return "real_growth"  # "The increase in Poland's defence spending was 3.9 percent": the change's figure
    if growth_before and L.LEVEL_OF_RE.search(before):
        growth_before = None  # "NATO's projection of 1.22 percent": a level, whatever verb comes before it
    # "a percentage of GDP, despite a 57% increase in its defence budget": a change named right after its figure is
    # a change, whatever GDP the words before it name
    if (not gdp_near or (growth_after and not L.GDP_RE.search(near_after))) and (
        growth_after
        or (growth_before and L.GROWTH_RE.search(before[-60:]))
        or (_GROWTH_VERB_BEFORE.search(before) and not _LEVEL_PAST_OBJECT.search(before))
        or (L.REAL_RE.search(sentence) and growth_before)
    ):
        return "real_growth"
    if L.NATO_FIGURE_BEFORE_RE.search(before[-40:]) and (gdp_near or L.GDP_RE.search(sentence)):
        return "share_gdp"  # "falling below NATO's projection of 1.22 percent": NATO's figure, not a threshold
    if figure_of_year(sentence, q.start, q.end):
        return "share_gdp"  # "well below the 4.7% of 2010": that year's figure, not a threshold
    if _today_level(before, after):
        # "from its current level of 2.3 per cent to 2.5", "to 2.5%, from 2.3% now": the level now, whatever the plan
        return _level(sentence, gdp_near is not None)
    earlier = sentence[: q.start]
    if _CHANGE_TO_BEFORE.search(before) and (L.STRONG_PLEDGE_RE.search(earlier) or L.FUTURE_RE.search(earlier)):
        return "pledge"  # "commitment to increase defence expenditure from its current 2.3 per cent to 2.5 per cent"
    if _compared_before(before) and not (L.TARGET_NOUN_RE.match(after.strip()) or _TARGET_AFTER.match(after)):
        # "compared with 3.16% in the US": the other side of a comparison is a level, not a further part of a pledge
        return _level(sentence, gdp_near is not None)
    # "Poland tops it with 4.12%", "Poland leads the table at 4.12%": its own level, not a bar it passes
    verb = None if _LEADS_WITH.search(before) else _THRESHOLD_VERB.search(before[-70:])
    if verb and re.match(r"nowhere|far|a long", verb.group("verb"), re.I) and PLEDGED_BY_ALL.match(after):
        verb = None  # "far from the 2% target that all NATO members signed up to": the alliance's pledge named
    if verb:
        lead = before[-70:][: verb.start()]
        # "has pledged to reach 2%", "with the goal of reaching 2%", "will meet 2% by 2029": a pledge, not a share.
        if _PLEDGE_LEAD.search(lead) or (re.search(r"\b(?:will|would|to)\s+$", lead) and _BY_YEAR_AFTER.match(after)):
            return "pledge"
        if M.proposal_governs(lead):
            return "pledge"  # "Washington is pressing NATO members to reach 3.5%": a call, not a level reached
        return "threshold"
    clause = re.split(r"[,;:—–]|\s-\s", before)[-1]  # pledge words count only in the figure's own clause
    if _AIM_BEFORE.search(clause):
        return "pledge"  # "and the government wants 2.5%": an aim
    if M.names_a_demand(before):
        return None  # "Trump's demand for a 5% target": a demand named, nothing asserted
    if M.pledge_cue(clause, before, after, sentence[: q.start], L.STRONG_PLEDGE_RE):
        return "pledge"  # proposed or called for, stated as a floor, or a further part of a pledge
    if (
        L.STRONG_PLEDGE_RE.search(clause[-70:])
        or phrase_re("bounds", "pledge_nouns").search(clause[-70:])
        or L.TARGET_NOUN_RE.match(after.strip())
        or _TARGET_AFTER.match(after)
    ):
        return "pledge"
    if M.SECOND_PART_BEFORE_RE.search(before) and L.STRONG_PLEDGE_RE.search(sentence, 0, q.start):
        return "pledge"  # "agreed to end the spending cuts they had made since the Cold War and move to spending 2%"
    if re.search(r"\b(further|additional|another|extra|plus)\s+$", before[-15:], re.I) and L.STRONG_PLEDGE_RE.search(
        before
    ):
        return "pledge"  # "commit to spending 3.5% ..., with a further 1.5% on ..."
    if (
        M.ALLOCATION_AFTER_RE.match(after) or re.match(r"\s+(?:in\s+total|in\s+all|altogether|all\s+told)\b", after)
    ) and M.PLEDGE_CONTEXT_RE.search(sentence):
        return "pledge"  # "Under the plan, 3.5 percent would go toward traditional military spending"
    if re.search(r"\bpropos\w*", clause) and L.FUTURE_RE.search(clause):
        return "pledge"  # "he would propose an overall investment plan that would total five per cent": a proposal
    if re.search(r"\btowards?\s+$", before) and L.FUTURE_RE.search(clause):
        return "pledge"  # "We will increase our defence investment towards three percent": an aim, not a level
    if re.search(r"\b(?:NATO|Nato|the\s+alliance|the\s+Alliance)(?:'s|’s)\s+$", before) and not gdp_near:
        return "pledge"  # "NATO's 2% level has served as a minimum": the alliance's figure is its pledge
    if re.match(r"[^.;]{0,40}?\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d", after) and L.FUTURE_RE.search(sentence):
        return "pledge"  # "..., 2% of GDP, by 2032"
    weak = _WEAK_PLEDGE_RE.search(clause[-50:])
    if weak and not re.search(r"\bcontinu\w*\s+$", clause[-50:][: weak.start()], re.I):
        return "weak_pledge"  # not "continues to spend 4%": a level kept up
    return _level(sentence, gdp_near is not None)


_APPOSITION = lazy(r",\s+(?:the|a|an|one\s+of\s+the)\s+[^,;()]{0,60}$", re.I)
_GROUP_TOTAL = lazy(r"\b(?:total|average|aggregate)\b", re.I)
# One ally named by its membership, singular ("a NATO ally", "its NATO ally", "a fellow member").
_ONE_ALLY = lazy(r"(?:an?|its|another|fellow)\s+(?:[\w-]+\s+){0,2}(?:ally|member|member state|member country)", re.I)


def _year_in_clause(sentence: str, q: Quantity, years: list[YearMention]) -> bool:
    """A year of its own in the figure's clause ("In 1986, at the height of the Cold War, the UK spent 4.8%")."""
    lo, hi = clause_bounds(sentence, q.start, q.end)
    return any(lo <= y.start < hi and y.role in ("data", "fiscal") for y in years)


def _in_apposition(sentence: str, m: Mention, mentions: list[Mention]) -> bool:
    """A group named in an apposition to the ally just before it ("Germany, the wealthiest of the European allies,"),
    or one ally of the alliance said of it ("Germany, its NATO ally spends only 1.2 percent", "Poland, a NATO
    member,"): a description of the ally, not another subject."""
    ally = [x for x in mentions if x.end <= m.start and x.code not in (None, ALL_ALLIES) and x.group_key is None]
    if m.code == ALL_ALLIES and m.group_key is None and _ONE_ALLY.fullmatch(sentence, m.start, m.end):
        return bool(ally) and re.fullmatch(r",\s*", sentence[ally[-1].end : m.start]) is not None
    if m.group_key is None or "," not in sentence[m.end : m.end + 40]:
        return False
    return bool(ally) and _APPOSITION.fullmatch(sentence[ally[-1].end : m.start]) is not None


_LED_WITH = lazy(
    r"\s+(?:led|leads|leading|tops|topped|top|heads|headed|ranks?|ranked|ranking|came|comes|placed|sits|sat|"
    r"rounds\s+out|rounded\s+out|rounding\s+out|completes|completed)\b"
    r"[^;:()%]{0,90}?\b(?:with|at)\s+"
    r"(?:an?\s+(?:rate|share|figure|level)\s+of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?",
    re.I,
)


def _led_by(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """'Poland led all members with 4.12%', 'Belgium ranks 28th out of 30 NATO countries, with a rate of 1.18
    percent': the one ally before the figure, whose rank the figure comes with."""
    allies = [m for m in mentions if m.end <= q.start and m.code not in (None, ALL_ALLIES)]
    if len(allies) == 1 and _LED_WITH.fullmatch(sentence[allies[0].end : q.start]):
        return allies[0]
    return None


# "between 1.28%, like Spain, and 1.81%, like Croatia": the ally named as the example of a figure just before it
_LIKE_AFTER = lazy(r"\s*(?:,\s*|\(\s*)(?:like|as\s+in|as\s+does|as\s+did|such\s+as)\s+$", re.I)


def _exemplified_by(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """'1.28%, like Spain,': the ally the figure is exemplified by, its own figure."""
    after = [m for m in mentions if m.start >= q.end and m.code not in (None, ALL_ALLIES)]
    if after and _LIKE_AFTER.fullmatch(sentence[q.end : after[0].start]):
        return after[0]
    return None


def _said_of_ally(sentence: str, q: Quantity, mentions: list[Mention]) -> bool:
    """'Italy allocates just 1.5% of its GDP to defense, falling behind most other members': the figure is the ally's
    own, said of it by the verb between them, even where a count reads it as its threshold too."""
    if _led_by(sentence, q, mentions) or _exemplified_by(sentence, q, mentions):
        return True
    lo = clause_bounds(sentence, q.start, q.end)[0]
    allies = [m for m in mentions if lo <= m.start and m.end <= q.start and m.code not in (None, ALL_ALLIES)]
    if len(allies) != 1:
        return False  # "France, the UK, Greece and Turkey each spent 2.2%": the count's list
    between = sentence[allies[-1].end : q.start]
    return (
        len(between) <= 30
        and not re.search(r"[,;:()\d]", between)
        and not _COUNTRIES_BEFORE.search(between)  # "Poland is among the allies at 2%": the count's
    )


def _item_of(sentence: str, q: Quantity, mentions: list[Mention]) -> bool:
    """'..., Estonia 2%, Greece 2.4%': the figure right after an ally's name, an item of a run of them."""
    return any(
        m.code not in (None, ALL_ALLIES) and re.fullmatch(r"\s*[:–—-]?\s*", sentence[m.end : q.start]) for m in mentions
    )


def _level(sentence: str, gdp_near: bool) -> str | None:
    """A percentage that is no pledge, change or threshold: a share of GDP when the sentence speaks of GDP or of
    defence spending (and of nothing else a percentage measures)."""
    if gdp_near or L.GDP_RE.search(sentence):
        return "share_gdp"
    if (
        L.DEFENCE_RE.search(sentence)
        and L.SPENDING_RE.search(sentence)
        and not re.search(
            r"\b(inflation|interest rate|tax|unemployment|growth rate|poll|survey|vote)\b", sentence, re.I
        )
    ):
        return "share_gdp"
    return None


def _compared_before(before: str) -> bool:
    """'..., compared with 3.16%', 'versus about 2%': the figure is the other side of a comparison."""
    found = list(phrase_re("share_bases", "compared").finditer(before))[-1:]
    return (
        bool(found)
        and re.fullmatch(
            r"\s*(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more\s+than|less\s+than)\s+)?",
            before[found[0].end() :],
            re.I,
        )
        is not None
    )


_FROM_TO_VALUES = lazy(
    r"\bfrom\s+(?:about\s+|around\s+)?(?P<a>[\d.,]+)\s*(?:%|per\s?cent|percent)[^.;]{0,40}?\bto\s+(?:about\s+|around\s+)?(?P<b>[\d.,]+)\s*(?:%|per\s?cent|percent)",
    re.I,
)
_FROM_TO_YEARS = lazy(r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|and|until)\s+(?P<y2>(?:19|20)\d\d)\b", re.I)


#: "up from 1.88%", "down from 3.71%", "a rise from 2.1%": the figure a change started from, an earlier year's.
_CHANGE_FROM_BEFORE = lazy(
    r"\b(?:up|down|rising|falling|risen|fallen|increasing|decreasing|(?:a|an)\s+(?:rise|fall|drop|increase|decrease|"
    r"jump|climb)"
    # hedges5: "has increased its defense spending from 1.3% of GDP to over 3%"
    r"|(?:increased|raised|lifted|boosted|grown|grew|rose|cut|reduced)(?:\s+(?:its|their|the|defen[cs]e|military|"
    r"spending|budgets?|expenditures?))*)\s+from\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$",
    re.I,
)
_DECADE_AFTER = lazy(
    r"(?:\s+of\s+(?:its\s+|their\s+)?GDP)?\s+(?:just\s+|only\s+)?(?:a\s+decade|ten\s+years)\s+"
    r"(?:prior|ago|earlier|before)\b",
    re.I,
)


def _earlier_figure(claim: Claim, sentence: str, q: Quantity, years: list[YearMention]) -> None:
    """The figure a change started from ("up from 1.88% just a decade prior") is of an earlier year than the one the
    sentence names: ten years before it when the sentence says "a decade prior"; its own year when one follows it
    ("up from 1.31% in 2023"); else not known, and the claim is left open."""
    if not _CHANGE_FROM_BEFORE.search(sentence[max(0, q.start - 40) : q.start]):
        return
    if any(q.end <= y.start <= q.end + 25 for y in years):
        return  # "up from 1.31% in 2023": its own year
    if claim.year_basis == "relative" and claim.year_text and claim.year_text in sentence[q.end : q.end + 25]:
        return  # "down from 1.36 per cent last year": its own year, relative to the article's
    if _DECADE_AFTER.match(sentence, q.end) and claim.year is not None:
        claim.year, claim.year_text, claim.year_basis = claim.year - 10, f"{claim.year - 10}", "explicit"
        return
    claim.undetermined, claim.undetermined_why = (
        "year",
        f"'{q.text}' is the figure a change started from, and the sentence does not say which year's.",
    )


#: "rose by 1.8 percentage points to 4.1%": a change in points stated with the level it reached.
_PP_TO_LEVEL = lazy(
    r"^\s*(?:of\s+(?:its\s+|their\s+)?GDP\s*)?(?:in\s+(?:19|20)\d\d\s*)?,?\s*(?:to|reaching|at)\s+(?:about\s+|around\s+)?$",
    re.I,
)
#: "4.1% in 2024, up 0.3 percentage points": the level, then its change in points.
_LEVEL_THEN_PP = lazy(
    r"^(?:\s*(?:of\s+(?:its\s+|their\s+)?GDP\s*)?(?:in\s+(?:19|20)\d\d\s*)?|[^.;%]{0,50}?[,(–—-])\s*(?P<dir>up|down|an?\s+(?:increase|rise|"
    r"jump|drop|fall|decrease|decline)\s+of|(?:rising|falling|increasing|decreasing)\s+by)\s+(?:by\s+)?$",
    re.I,
)
#: The year a change in points is counted from: "up 0.3 percentage points from 2023", "since 2014".
_PP_BASE_YEAR = lazy(
    r"\s*(?:of\s+GDP\s+)?(?:from|on|over|since|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
#: "Compared to 2021, Germany will increase its spending by 0.1 percentage points to 1.6 percent": the base, before
_PP_COMPARED = lazy(r"\b(?:compared\s+(?:to|with)|relative\s+to|since)\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_FALL_WORD = lazy(r"down|an?\s+(?:drop|fall|decrease|decline)|falling|decreasing", re.I)
_FROM_LEVEL = lazy(r"\bfrom\s+(?:about\s+|around\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)", re.I)


def _pp_base(claim: Claim, sentence: str, q: Quantity, qs: list[Quantity]) -> Claim | None:
    """'rose by 1.8 percentage points to 4.1% in 2024': the level the change started from is said too, 4.1 - 1.8 =
    2.3% in the year the change is counted from (the one named after the points, else the year before the level's),
    at the precision of both figures. A claim of its own, so a wrong change is not borne out by a right level; none
    when the sentence names the earlier level itself ("fell by 0.1 percentage points, from 2.3% in 2020 to 2.2%")."""
    if claim.value is None or claim.comparator not in ("eq", "approx") or claim.qualified() or claim.bounds:
        return None
    lo, hi = clause_bounds(sentence, q.start, q.end)
    if _FROM_LEVEL.search(sentence, lo, hi):
        return None
    points = [p for p in qs if p.kind == "pp" and "point" in p.text.lower() and lo <= p.start < hi]
    before = next((p for p in points if p.end <= q.start and _PP_TO_LEVEL.match(sentence[p.end : q.start])), None)
    after = next((p for p in points if p.start >= q.end and _LEVEL_THEN_PP.match(sentence[q.end : p.start])), None)
    p = before or after
    if p is None:
        return None
    if before is not None:
        falls = bool(L.DECLINE_RE.search(sentence, max(lo, p.start - 40), p.start))
    else:
        m = _LEVEL_THEN_PP.match(sentence[q.end : p.start])
        falls = bool(m and _FALL_WORD.match(m.group("dir")))
    named = _PP_BASE_YEAR.match(sentence, p.end) or _PP_COMPARED.search(sentence)
    if named:
        base = int(named.group("y"))
    elif claim.year is not None and claim.year_basis in ("explicit", "relative", "carried", "fiscal"):
        base = claim.year - 1
    else:
        return None
    value = round(claim.value + p.value if falls else claim.value - p.value, 4)
    sign = "plus" if falls else "less"
    return replace(
        claim,
        value=value,
        value_text=f"{q.text} {sign} {p.text}",
        decimals=max(q.decimals, p.decimals),
        step=q.step + p.step,  # each figure is rounded: the level they imply is known to half of both steps
        year=base,
        year_text=str(base),
        year_basis="explicit",
        countries=list(claim.countries),
    )


def _parallel_year(sentence: str, q: Quantity) -> int | None:
    """'from 3.7% to 3.2% of GDP from 2014 to 2024': the first figure goes with the first year."""
    values = _FROM_TO_VALUES.search(sentence)
    years = _FROM_TO_YEARS.search(sentence)
    if not values or not years:
        return None
    if values.start("a") <= q.start < values.end("a"):
        return int(years.group("y1"))
    if values.start("b") <= q.start < values.end("b"):
        return int(years.group("y2"))
    return None


def _listed_with_figures(
    sentence: str, claim: Claim, q: Quantity, subject: Mention | None, mentions: list[Mention]
) -> list[str] | None:
    """A threshold compared with allies that each carry their own figure before it ("Britain (2.33%) and France
    (2.06%) are above the 2% target"): the allies whose own figure does not bear the comparison out (empty: the
    figures are the claims, the comparison adds nothing); None when the allies do not all carry a figure."""
    if subject is None or subject.code in (None, ALL_ALLIES) or claim.threshold is None:
        return None
    items = {i.code: i.value for i in find_items(sentence) if i.value_end <= q.start}
    codes = coordinated(sentence, subject, mentions) if subject.code in items else []
    if not codes or not all(code in items for code in codes):
        return None
    limit = claim.threshold

    def holds(value: float) -> bool:
        return (
            value < limit if claim.comparator == "lt" else value > limit if claim.comparator == "gt" else value >= limit
        )

    return [code for code in codes if not holds(items[code])]


@cache
def _of_target_re() -> tuple[Pattern, dict[str, float], dict[str, str]]:
    words = vocab()["share_of_target"]
    sizes = {k.lower(): float(v) for k, v in {**L.FRACTIONS, **words["multiples"]}.items()}
    hedges = {k.lower(): str(v) for k, v in words["hedges"].items()}
    pattern = lazy(
        rf"\b(?:(?P<hedge>{phrase_alternation(list(hedges))})\s+)?(?P<size>{phrase_alternation(list(sizes))})\s+"
        r"(?:of\s+)?(?:the\s+|NATO(?:'s|’s)\s+|the\s+alliance(?:'s|’s)\s+)$",
        re.I,
    )
    return pattern, sizes, hedges


def _share_of_target(before: str, after: str) -> tuple[float, str] | None:
    """'less than half the 2% target' -> (0.5, 'lt'): the multiple of the target the share is, and its comparator."""
    pattern, sizes, hedges = _of_target_re()
    found = pattern.search(before[-45:])
    if found is None or not (L.TARGET_NOUN_RE.match(after.strip()) or _TARGET_AFTER.match(after)):
        return None
    size = sizes[re.sub(r"[\s-]+", " ", found.group("size").lower())]
    hedge = hedges.get(re.sub(r"\s+", " ", found.group("hedge").lower()), "eq") if found.group("hedge") else "eq"
    return size, hedge


@cache
def _other_quantity_res() -> tuple[Pattern, Pattern, Pattern]:
    words, bases = vocab()["other_quantities"], vocab()["share_bases"]
    nouns = lazy(rf"\b(?:{phrase_alternation(words['nouns'] + bases['other_nouns'])})\b", re.I)
    owner = r"(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:'s|’s)\s+|the\s+country(?:'s|’s)\s+)?"
    # "of the core schools budget", "of Poland's annual budget": up to three words before the budget noun; a
    # defence or military budget among them is a spending measure (checked by the caller)
    budget = lazy(
        rf"^\s*of\s+{owner}(?:[\w’'-]+\s+){{0,3}}?(?:{phrase_alternation(words['budget_of'])})\b",
        re.I,
    )
    # "0.5 per cent of gross national income", "60 percent of all government spending", "45% of the growth"; a share
    # of defence budgets is not of GDP either, but may be the alliance's ("52 percent of defence budgets in NATO")
    not_gdp = lazy(
        rf"^\s*\)?\s*(?:of|in)\s+{owner}(?:(?:annual|total|overall|combined|all)\s+)?"
        # "of the total EU public expenditure on defence" (Eurostat): a union's or region's total, not one ally's GDP
        rf"(?:(?:{phrase_alternation(bases['regions'])})\s+)?"
        rf"(?:{phrase_alternation(bases['not_gdp'] + bases['not_gdp_spending'])})(?!\w)",
        re.I,
    )
    return nouns, budget, not_gdp


_DEFENCE_BUDGETS = lazy(r"\s+of\s+(?:\w+\s+)?(?:defen[cs]e|military)\s+budgets\b", re.I)
_SPENDING_WORD = lazy(
    r"\b(?:defen[cs]e|military|armed\s+forces|spend\w*|spent|expenditures?|outlays?|budgets?|milex)\b", re.I
)


def not_gdp_base(sentence: str, q: Quantity) -> str | None:
    """The base the figure is a share of when it is named and is not GDP ("0.5 per cent of gross national income",
    "60 percent of all government spending", "45% of the growth")."""
    base = _other_quantity_res()[2].match(sentence[q.end : q.end + 60])
    return f"a share {base.group().strip()}, not of GDP" if base else None


def other_quantity(sentence: str, q: Quantity) -> str | None:
    """What the figure measures when it is not defence spending: a quantity its own clause names nearer to it than any
    spending word ("Inflation in Estonia reached 4.5%"), or a share of the budget ("20% of Poland's budget")."""
    base = not_gdp_base(sentence, q)
    if base:
        return base
    nouns, budget, _not_gdp = _other_quantity_res()
    share_of = budget.match(sentence[q.end : q.end + 60])
    if share_of and not _SPENDING_WORD.search(share_of.group().replace("budget", "").replace("spending", "")):
        return f"a share {share_of.group().strip()}, not of GDP"
    if _SPENDING_WORD.search(re.split(r"[,;:]", sentence[q.end : q.end + 30])[0]):
        return None  # "its 3.43% defence spend": the figure's own measure follows it
    lo, _hi = clause_bounds(sentence, q.start, q.end)
    head = sentence[lo : q.start]
    other = [m for m in nouns.finditer(head)]
    if not other:
        return None
    spent = [m for m in _SPENDING_WORD.finditer(head)]
    if spent and spent[-1].start() > other[-1].start():
        return None
    return other[-1].group()


_BUDGET_ANAPHOR = lazy(r"\b(?:the|its)\s+(?:(?:defen[cs]e|military)\s+)?budget\b", re.I)

_COUNTRIES_BEFORE = lazy(r"\b(?:countries|nations|allies|members|states|governments)\b", re.I)


def _countries_subject(sentence: str, lo: int, hi: int) -> bool:
    """Are countries ("the number of countries", "members") what the figure in [lo, hi) is said of, rather than a
    figure named before them ("The figure began to rise under the centre-left governments")?"""
    countries = _COUNTRIES_BEFORE.search(sentence, lo, hi)
    if countries is None:
        return False
    noun = NOUN_ANAPHOR.search(sentence, lo, hi)
    return noun is None or noun.start() > countries.start()


_BUT_BETWEEN = lazy(r"[,;]\s*but\b", re.I)
_REST_BEFORE = lazy(
    rf"(?:^|[,;:]\s*|\band\s+)(?:{phrase_alternation(vocab()['clause_contrast']['the_rest'])})\b[^,;:%\d]*$", re.I
)
# "The remaining 4% goes to Canada and Turkey" (radar.am, on SIPRI's 2023 figures): a portion of a total handed to
# the allies after it, not a share of their GDP
_GOES_TO = lazy(r"\s+(?:goes|go|went|going)\s+to\b", re.I)
_PROGRESSIVE = lazy(
    rf"\b(?:is|are|'s|’s)\s+(?:now\s+|currently\s+|already\s+)?(?:{phrase_alternation(vocab()['present_year']['progressive'])})\b",
    re.I,
)
_HAS_REACHED = lazy(
    r"\b(?:has|have)\s+(?:now\s+|finally\s+|already\s+|just\s+)?(?:met|reached|hit|achieved|exceeded|surpassed)\b",
    re.I,
)
_PRESENT_ADVERB = lazy(rf"\b(?:{phrase_alternation(vocab()['present_year']['adverbs'])})\b", re.I)
# "The government expects the figure to stay above 2 percent": a forecast by its verb of expectation
_EXPECTS_BEFORE = lazy(
    rf"\b(?:{phrase_alternation(vocab()['present_year']['expects'])})\b[^.;:%]{{0,40}}\bto\s+(?:\w+\s+){{0,2}}$", re.I
)
_NEXT_CLAUSE = lazy(rf"(?:^|[,;]|\s)\s*(?:{phrase_alternation(vocab()['clause_contrast']['opens'])})\s", re.I)


def percent_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
    topic: str | None = None,
    topic_from: str = "",
) -> list[Claim]:
    claims: list[Claim] = []
    attributed = attribution_source(sentence)
    today = (as_of or date.today()).year
    # "allies other than the US", "every member except Luxembourg": an exception to a group is never the subject.
    excepted = excluded_mentions(sentence, mentions)
    own_mentions = [m for m in mentions if m not in excepted]
    respective = respective_subjects(sentence, own_mentions, [(q.start, q.end) for q in qs if q.kind == "percent"])
    for q in qs:
        if q.kind not in ("percent", "pp", "fraction"):
            continue
        listed_at, listed = listed_members(sentence, own_mentions, q.end)
        if q.used and not listed and not _said_of_ally(sentence, q, own_mentions):
            continue  # a count's threshold, not an ally's own figure
        kind = _classify_percent(sentence, q)
        if topic == "common_funding" and kind in (None, "share_gdp", "threshold") and q.kind == "percent":
            kind = "common_funding"  # a cost share of the NATO budget the sentence before named (context.py)
        if topic == "equipment_share" and topic_from == "claims" and kind is None and q.kind == "percent":
            # "... increasing the share from just 5% to 17% last year. This year, this is to rise to 22%": the part of
            # defence spending the sentence before gave figures of
            kind = "equipment_share"
        if kind == "unheld_part":
            continue  # "nearly 20% of defence budgets are used to pay soldiers' retirements": NATO does not publish it
        # personnel and infrastructure shares are judged as the equipment share is, on their own Table 8 line
        part_metric, kind = (kind, "equipment_share") if kind in _PART_METRICS else (None, kind)
        if q.used and kind is None:
            kind = "share_gdp"  # a count's threshold of shares of GDP, the allies it lists said to be in it
        if kind is None and q.kind == "percent" and _led_by(sentence, q, own_mentions):
            kind = "share_gdp"  # "Belgium ranks 28th out of 30 NATO countries, with a rate of 1.18 percent"
        if (
            kind is None
            and topic == "share_gdp"
            and q.kind == "percent"
            # "sticking with the 2%": a target named by its figure; a figure inside a quote is the speaker's, unless
            # the sentence before reported that very claim ("Trump claimed ... 4.2% of its GDP. 'We were at 4.2%'")
            and not re.search(r"\bthe\s*$", sentence[max(0, q.start - 6) : q.start], re.I)
            and (topic_from == "claims" or not re.search(r"[\"“”]", sentence[: q.start]))
            # the article's measure, not the sentence before's: only for the figure of the one ally just before it
            # ("Estimated figures for 2015 show ...; the UK is at 2.1%, Estonia 2%")
            and (
                topic_from != "article"
                or _said_of_ally(sentence, q, own_mentions)
                or _item_of(sentence, q, own_mentions)
            )
        ):
            kind = "share_gdp"  # the measure the previous sentence set ("... of GDP. Latvia came third, at 3.1%")
        of_target = _share_of_target(*window(sentence, q, 45, 60)) if q.kind == "percent" and kind else None
        if of_target is not None:
            kind = "share_gdp"  # "less than half the 2% target": a share of GDP, half of 2%
        if kind is None or (q.used and kind not in ("share_gdp", "threshold")):
            continue
        if kind == "share_gdp" and _FROM_THE.search(sentence, 0, q.start) and any(c.kind == "pledge" for c in claims):
            continue  # "a commitment to increase spending ... to 5% of GDP, up from the 2%": the target it replaces
        pledged_part = kind == "pledge" and spending_part(sentence, q) == "equipment_share"
        if (
            kind in ("share_gdp", "threshold", "weak_pledge", "real_growth", "pledge")
            and not pledged_part  # "pledged ... to spend 20 percent of their defense budgets on major equipment"
            and other_quantity(sentence, q)
        ):
            continue  # "Inflation in Estonia reached 4.5%", "20% of Poland's budget": not a share of GDP on defence
        if kind == "alliance_share" and not_gdp_base(sentence, q) and not _DEFENCE_BUDGETS.match(sentence, q.end):
            continue  # "60 percent of all government spending": a share of the state's spending, not the alliance's
        if _GOES_TO.match(sentence, q.end) and kind in ("share_gdp", "threshold"):
            continue
        if _REST_BEFORE.search(sentence, max(0, q.start - 40), q.start):
            continue  # "Poland 2.2%, all others below 2%": said of the rest, no ally's figure and no pledge
        refused = kind in ("share_gdp", "weak_pledge", "threshold", "pledge") and below_by_refusal(
            sentence, q.start, q.end
        )
        if refused:
            kind = "threshold"  # "Two percent is what Spain refuses to spend": Spain is below 2%
        before, after = window(sentence, q, 80, 80)
        candidates = own_mentions
        if kind == "alliance_share":  # the subject is the ally, not the alliance it is a share of
            candidates = [m for m in own_mentions if m.code not in (L.NATO_TOTAL, ALL_ALLIES)]
        # "France, which is among the leading members of the alliance, spent 1.79%": not the aside's mention.
        main = [m for m in candidates if not in_aside(sentence, m, (q.start, q.end))]
        # "1.47%, compared with 3.16% in the US": the ally past "compared with" is the other side's
        compared = phrase_re("share_bases", "compared")
        main = [m for m in main if m.start < q.end or not compared.search(sentence[q.end : m.start])]
        # "Germany, the wealthiest of the European allies, spent ...": the group in an apposition describes the ally
        main = [m for m in main if not _in_apposition(sentence, m, main)]
        # "Greece is third after Bulgaria and the US ..., as it spent 2.28%": a rival of a place is not the subject
        others = set(map(id, figure_rivals(sentence, main, (q.start, q.end))))
        others |= {id(m) for m in main if owns_later_figure(sentence, m, (q.start, q.end))}
        main = [m for m in main if id(m) not in others] or main
        # "Luxembourg ... spent just 1 per cent, while Belgium ...": an ally past "while" or "but" is another clause's
        later = [m for m in candidates if m.start >= q.end and _NEXT_CLAUSE.search(sentence, q.end, m.start)]
        main, candidates = [m for m in main if m not in later], [m for m in candidates if m not in later]
        # '"There are wealthy countries in NATO that are still spending less than one percent ...," Erdoğan told
        # reporters': a group with no fixed allies before the figure in its clause is its subject, not the speaker
        # (a person's ally) nor an ally named after the figure
        group_at = undefined_group_regex().search(sentence, clause_bounds(sentence, q.start, q.end)[0], q.start)
        if group_at:
            main = [m for m in main if not (m.weak or m.start >= q.end)]
            candidates = [m for m in candidates if not (m.weak or m.start >= q.end)]
        subject = (
            respective.get(q.start)
            or _led_by(sentence, q, main)
            or _exemplified_by(sentence, q, candidates)
            or nearest_mention(sentence, (q.start, q.end), main or candidates)
        )
        planned = False
        if (
            (
                subject is None
                and context
                and (
                    PRONOUN.search(sentence[: q.start])
                    or (ANAPHORIC_START.match(sentence) and not _OFF_TOPIC.search(sentence))
                    or NOUN_ANAPHOR.search(sentence, 0, q.start)
                )
                # "..., as the number of countries reaching the two percent target has increased": said of the countries
                # (not "The figure began to rise under the centre-left governments": the figure is the subject)
                and not _countries_subject(sentence, clause_bounds(sentence, q.start, q.end)[0], q.start)
            )
            or (
                # "The bulk of the budget, 53.3% was spent on the wages of defence system personnel": a part of the
                # budget of the ally the sentence before was about
                subject is None
                and context
                and kind == "equipment_share"
                and _BUDGET_ANAPHOR.search(sentence, 0, q.start)
            )
            or (
                # "In the long term, the deal will grow military spending by 20 percent": the ally's own plan
                planned := (
                    subject is None
                    and bool(context)
                    and kind == "real_growth"
                    and _PLAN_ANAPHOR.match(sentence, clause_bounds(sentence, q.start, q.end)[0], q.start) is not None
                )
            )
        ):
            subject = context[-1]
            if kind == "pledge" and ALLIANCE_WORDS.search(sentence):
                subject = None  # "the NATO communique reaffirms its 2014 commitment": the alliance's, not the ally's
        codes, group, group_key = mention_codes(subject)
        if listed and (q.used or subject is None or subject.code in (ALL_ALLIES, None) or subject in listed):
            # "Other European countries at 2% include Belgium, ... and Portugal": the figure is said of each of them
            codes, group, group_key = [str(m.code) for m in listed], None, None
        elif (
            kind in ("share_gdp", "threshold")
            and subject is not None
            and subject.code not in (None, ALL_ALLIES)
            and q.start not in respective
            and subject.end <= q.start
            # "Estonia and Latvia followed, each allocating around 3.4%": "each" carries the figure back to them
            and not re.search(r"[,;:(]|\d", re.sub(r",\s+each\b", " each", sentence[subject.end : q.start]))
        ):
            # "Hungary and Slovakia both spend around 2%": the figure is said of each ally of the subject
            codes = coordinated(sentence, subject, own_mentions)
        specific = bool(codes and codes != [ALL_ALLIES]) or group_key is not None
        claim = Claim(
            offset, offset + len(sentence), sentence, "share_gdp" if kind in ("threshold", "weak_pledge") else kind
        )
        claim.value = q.value
        claim.value_text = q.text
        claim.decimals = q.decimals
        if part_metric == "unnamed_part":
            claim.undetermined, claim.undetermined_why = (
                "measure",
                f"Cannot tell what part of defence spending the {q.text} is: a share of defence spending (not of GDP) "
                "whose part (equipment, personnel, infrastructure, pensions) the sentence does not name.",
            )
        elif part_metric == "other_part":
            claim.undetermined, claim.undetermined_why = (
                "measure",
                f"Cannot tell which of NATO's categories the {q.text} is: NATO splits defence spending into equipment, "
                "personnel, infrastructure and 'other' (operations and maintenance among other costs), and the part "
                "the sentence names is none of them.",
            )
        elif part_metric is not None:
            claim.metric = part_metric
        claim.step = q.step
        if q.comparator == "approx" and q.decimals == 0 and q.step == 1.0 and kind in ("share_gdp", "threshold"):
            # "about 2% of GDP" is a figure that rounds to 2 (1.5 to 2.5), not three quarters of a point either side:
            # Spain's 1.28 is not "about 2%".
            claim.step = 2 / 3
        claim.comparator = q.comparator
        claim.bounds = q.bounds()
        claim.unit = "percent"
        if of_target is not None and q.value is not None:
            size, claim.comparator = of_target
            claim.value, claim.step = round(size * q.value, 4), size * q.step
            claim.decimals = 2
        if q.used and listed:
            # the figure is a count's threshold ("Around ten countries register between 2% and 2.1%"): the share
            # claim is the list's ("among them France, Italy and Canada")
            claim.span_start, claim.span_end = offset + listed_at, offset + listed[-1].end
        claim.attributed_to = attribution_for(sentence, q, qs) if attributed else None
        if planned and claim.attributed_to is None:
            claim.attributed_to = "national_budget"  # a national deal's figure, not NATO's
        claim.countries = codes
        claim.group, claim.group_key = group, group_key
        # "The eastern flank spends well over 3%": a group with no fixed allies, not an alliance-wide pledge.
        unfixed = undefined_group_regex().search(sentence[: q.start])
        if kind in ("pledge", "threshold", "weak_pledge") and not specific and met_in_year(sentence):
            continue  # "22 of NATO's members met the 2% target in 2023": a count for that year, not the pledge
        if (
            kind == "threshold"
            and not specific
            and not unfixed
            and not (re.search(r"\b(?:the|a|an|its|their)\s+$", before) or L.TARGET_NOUN_RE.match(after.strip()))
            and re.search(r"\b(?:is|was|are|were|been|stood|stands|remained|remains)\s+(?:\w+\s+){0,2}$", before[-45:])
        ):
            continue  # "Global defence spending ... was just under 2%": a level of no ally, not the 2% pledge
        if kind == "threshold" and not specific and not unfixed and _spent_before().search(before[-40:]):
            # "Both nations spent over 2% of their gross domestic product on their defense in 2024" (recall5,
            # americansalient.com, May 2025): what some allies spent, not the alliance's pledge; who spent it is not
            # named in the sentence
            claim.undetermined, claim.undetermined_why = (
                "ally",
                f"Cannot tell whose figure the {q.text} is: the sentence says it was spent but names no ally.",
            )
            claims.append(claim)
            continue
        if kind in ("pledge", "threshold", "weak_pledge") and not specific and ally_fraction(sentence, q):
            continue  # "37% of NATO members meet the 2% target": a count with relative bounds, not the pledge
        if kind == "pledge" or (kind in ("threshold", "weak_pledge") and not specific and not unfixed):
            # "Canadian Prime Minister Justin Trudeau said his government would ... meet 2%": the speaker's ally.
            speaker = next(
                (
                    m
                    for m in mentions
                    if m.code not in (None, ALL_ALLIES) and TITLE_AFTER.match(sentence[m.end : m.end + 30])
                ),
                None,
            )
            if speaker is not None and re.search(
                r"\b(?:his|her|its|our)\s+(?:government|country)\b|\bwe will\b", sentence, re.I
            ):
                claim.countries, claim.group, claim.group_key = [str(speaker.code)], None, None
            if PLEDGED_BY_ALL.match(after):
                claim.countries, claim.group, claim.group_key = [ALL_ALLIES], None, None
            if subject is not None and claim.countries == [subject.code]:
                claim.countries = coordinated(sentence, subject, mentions)  # "Both Portugal and Canada have ..."
            pledge_fields(claim, sentence, q, before, after, years, as_of, context[-1] if context else None)
            if spending_part(sentence, q) == "equipment_share":
                claim.metric = "equipment_share"  # the part of defence spending pledged, not a share of GDP
            if is_yardstick(claim, before) and not sentence.rstrip().endswith(":"):
                # "Most other members remain just above the 2% floor": the comparison is the claim; a list's header
                # ("Some countries significantly exceed the 2% threshold:") still names the measure of its items.
                continue
            # "does not provide any timetable ... for reaching two per cent": negation anywhere in the clause.
            lo, _hi = clause_bounds(sentence, q.start, q.end)
            claim.negated = bool(L.NEGATION_RE.search(M.without_compliance_negation(sentence[lo : q.start])))
            claims.append(claim)
            continue
        not_reached = False
        if kind == "threshold":
            verb = _THRESHOLD_VERB.search(before[-70:])
            word = verb.group("verb") if verb else ""
            not_reached = bool(
                verb and _REACH_WORDS.match(word) and _NOT_REACHED.search(before[-70:][: verb.start("verb")])
            )
            if topic_from == "article" and not not_reached:
                continue  # the article's measure: only "still hasn't reached 2 percent", not any bar passed
            far = verb is not None and _FAR_FROM.search(before[-70:][: verb.start()])
            if verb and _LEVEL_AT.search(before[-70:][verb.end("verb") :]):
                # "Poland tops NATO defense spending at 4.48%": the verb takes another object; "at" states the level
                claim.comparator = q.comparator
            elif refused or far or _MISS_WORDS.search(word) or not_reached:
                claim.comparator = "lt"
            elif verb and _REACH_WORDS.match(word) and _NEARLY_REACHED.search(before[-70:][: verb.start("verb")]):
                claim.comparator = "nearly"
            elif re.search(r"exceed|surpass|above|over|top", word, re.I):
                claim.comparator = "gt"
            elif (
                q.decimals
                and re.fullmatch(r"reach\w*|hit\w*", word, re.I)
                and not L.TARGET_NOUN_RE.match(after.strip())
                # "has reached the Nato target of 2.5 per cent": the target named before its figure is a bar passed
                and not re.search(rf"{L.TARGET_NOUN_RE.pattern}\s+(?:of\s+)?$", verb.group() if verb else "", re.I)
            ):
                claim.comparator = "eq"  # "reached 2.12% of GDP": a level stated to the hundredth, not a bar passed
            else:
                claim.comparator = "ge"
            claim.threshold = q.value if claim.comparator != "eq" else None
            unborne = _listed_with_figures(sentence, claim, q, subject, own_mentions)
            if unborne is not None:
                if not unborne:
                    continue  # "Britain (2.33%) and France (2.06%) are above the 2%": their own figures say it
                claim.countries = unborne  # an ally whose own figure contradicts the comparison keeps it
        if codes == [ALL_ALLIES]:
            # "NATO allies' defence spending will rise 10.9% in real terms": a change of the allies' spending is
            # the change of their sum (money5)
            if (kind == "share_gdp" and L.AVERAGE_RE.search(sentence)) or kind == "real_growth":
                claim.countries = [L.NATO_TOTAL]
                if L.MEAN_OF_ALLIES_RE.search(sentence):
                    claim.mean_of_allies = True  # "members spent an average of 2.61%": aggregate or mean of shares
            else:
                continue  # "allies spend 2%" with no ally named: not checkable
        one_figure = kind == "share_gdp" and bool(q.decimals) and claim.comparator in ("eq", "approx")
        aggregate = one_figure or bool(L.AVERAGE_RE.search(sentence))
        # "The European total dropped below 2%": the group named by its total or average is its aggregate
        aggregate = aggregate or bool(subject and _GROUP_TOTAL.search(sentence, subject.start, subject.end))
        if group_key == "europe" and kind in ("share_gdp", "threshold") and aggregate:
            # "the average for countries from the bloc", "an overall rise for European members", "European countries
            # spent 1.46 percent of their GDP": the group's aggregate, not each ally's figure; NATO publishes it only
            # with Canada's, so it is judged on that one and, contradicted there, left open as an average of unknown
            # kind
            claim.countries, claim.group, claim.group_key = [L.EUROPE_CANADA], None, None
            claim.mean_of_allies = True
        if excepted and claim.countries == [L.NATO_TOTAL]:
            # "Excluding the US, allies spent an average of 2.0%": Europe and Canada; without another ally, no
            # aggregate NATO publishes.
            if {m.code for m in excepted} != {"USA"}:
                continue
            claim.countries = [L.EUROPE_CANADA]
        if unfixed and not claim.countries and claim.group_key is None and kind != "equipment_share":
            claim.undefined_group = unfixed.group()  # abstain, naming the group
        elif not claim.countries and claim.group_key is None:
            if (
                kind in ("share_gdp", "real_growth", "equipment_share")
                and (L.AVERAGE_RE.search(sentence) or kind == "real_growth")
                and re.search(r"\b(NATO|alliance|allies)\b", sentence, re.I)
            ):
                claim.countries = [L.NATO_TOTAL]
            else:
                continue
        if kind == "real_growth":
            if claim.value is not None and re.search(
                r"\b(cut|drop|declin|decreas|fell|fall|down|shr[iau]nk|reduc)", before[-40:] + after[:20], re.I
            ):
                claim.value, claim.comparator, claim.bounds = as_fall(q)  # "fell by more than 3%": below -3
            claim.unit = "percent (annual real change)"
            claim.price_basis = (
                "constant" if L.REAL_RE.search(sentence) else "current" if L.CURRENT_RE.search(sentence) else None
            )
        # a refusal and a bar not reached are read as "below"
        claim.negated = not (refused or not_reached) and bool(L.NEGATION_RE.search(before[-30:]))
        # "met the 2% target thanks to the fund, but it will be used up in 2027": a year past a "but" is not its own.
        own_years = [y for y in years if y.end <= q.start or not _BUT_BETWEEN.search(sentence[q.end : y.start])]
        if _today_level(before, after):
            # "from its current 2.3% share of the economy to 2.5% in 2027", "to 2 percent ... by 2026 from 0.95 percent
            # now": the plan's year is not today's
            own_years = [y for y in own_years if y.end <= q.start and not _BY_YEAR_BEFORE.search(sentence, 0, y.end)]
        set_year(claim, sentence, (q.start, q.end), own_years, as_of)
        own_clause = clause_bounds(sentence, q.start, q.end)[0]
        progressive = _PROGRESSIVE.search(sentence, own_clause, q.start) or _PRESENT_ADVERB.search(
            sentence, max(0, own_clause - 30), q.start
        )
        if claim.year is None and _today_level(before, after) and kind == "share_gdp":
            # "to 2 percent ... by 2026 from 0.95 percent now": today's level, the year the article is written in
            claim.year_text, claim.year_basis = "now", "present"  # settled in check.py
        if claim.year is None and not progressive and kind == "threshold":
            # "Germany has met NATO's goal of spending 2%": a bar reached now, as the progressive is
            progressive = _HAS_REACHED.search(sentence, own_clause, q.start)
        if claim.year is None and progressive and kind in ("share_gdp", "threshold"):
            # "Poland is dedicating more than 4%" (March 2024): the year it is written in, not the newest held
            claim.year_text, claim.year_basis = progressive.group(), "present"  # settled in check.py
        parallel = _parallel_year(sentence, q)
        if parallel is not None:
            claim.year, claim.year_text, claim.year_basis = parallel, str(parallel), "explicit"
        if kind == "share_gdp" and not claim.qualified():
            _earlier_figure(claim, sentence, q, years)
        # A figure for a future year is a plan or a pledge, not a published figure.
        deadline_word = re.search(
            r"\b(by|until|before|no later than|within)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?"
            r"(?:(?:19|20)\d\d|the\s+end)",
            after[:75].split(";")[0] + " ",
            re.I,
        )
        if claim.kind == "share_gdp" and (
            (claim.year is not None and claim.year > today) or (kind == "weak_pledge" and deadline_word)
        ):
            pledge_fields(claim, sentence, q, before, after, years, as_of)
        elif (
            claim.kind == "share_gdp"
            and (L.FUTURE_RE.search(before[-60:]) or _EXPECTS_BEFORE.search(before[-60:]))
            and claim.year in (None, today)
            and not _today_level(before, after)  # "would rise from its current 2.3%": today's level
        ):
            claim.modality = "forecast"  # "is set to reach 2% this year": a NATO estimate if one exists, else a plan
        unnamed = _unnamed_base(sentence, q, topic) if claim.kind == "share_gdp" and not claim.qualified() else None
        if unnamed:
            claim.undetermined, claim.undetermined_why = "measure", unnamed
        if claim.kind == "share_gdp" and not claim.qualified():
            # "has lagged behind the 2% target for years" (not "fell short in 2023, as it has for years")
            missed = kind == "threshold" and claim.comparator == "lt" and not _year_in_clause(sentence, q, own_years)
            period = every_year(sentence, q.start, q.end) or refusal_span(sentence, q.start, q.end, missed)
            if period:  # "every year since 2014", "has long failed to meet 2%": not one year's figure
                claim.undetermined, claim.undetermined_why = "year", period
            elif (span := named_period(sentence, q.start, q.end)) is not None and not _year_in_clause(
                sentence, q, own_years
            ):
                # "spent 4% of their GDP during the Cold War", "in the 1980s": many years, judged in check.py
                claim.period_years, claim.period_text = [span.first, span.last], span.phrase
        claims.append(claim)
        implied = _pp_base(claim, sentence, q, qs) if claim.kind == "share_gdp" else None
        if implied is not None:
            claims.append(implied)
    claims += _same_share_claims(sentence, offset, own_mentions, claims, years, as_of)
    if not any(q.kind == "percent" for q in qs):
        claims += _target_claims(sentence, offset, own_mentions, years, as_of, context, topic)
    return claims


# "Germany met the NATO target last year", "Canada is failing to meet the alliance's target": the target named, not
# its figure. Read as the 2% guideline while it was NATO's only one (until the Hague summit of 25 June 2025).
_TARGET_MET = lazy(
    r"\b(?P<verb>met|meets|meet|meeting|reached|reaches|reach|reaching|hit|hits|hitting|achieved|exceeded|exceeds|"
    r"surpassed|missed|misses|miss|missing|fell\s+short\s+of|falls\s+short\s+of|falling\s+short\s+of|below|above|"
    r"nowhere\s+near|far\s+from)\s+"
    r"(?P<target>(?:the\s+|its\s+|their\s+|that\s+|this\s+)?(?:(?P<nato>NATO|Nato|the\s+alliance|alliance|NATO-agreed)(?:'s|’s)?\s+)?"
    r"(?P<kind>previous\s+|current\s+|old\s+|new\s+|higher\s+)?(?:defen[cs]e\s+)?(?:spending\s+)?"
    r"(?:target|goal|guideline|benchmark|threshold|mark))\b(?!\s+(?:of|for|to)\b)",
    re.I,
)
_ONE_TARGET_UNTIL = date(2025, 6, 25)
_MODAL_LEAD = lazy(
    r"\b(?:to|will|would|should|must|could|can|may|might|shall)\s+(?:\w+\s+)?$"
    r"|\b(?:expect\w*|plan\w*|aim\w*|hope\w*)\s+$",
    re.I,
)
_FAIL_LEAD = lazy(r"\b(?:fail\w*|yet|not|n[’']t|unable|never|far\s+from|nowhere\s+near)\s+(?:\w+\s+)?(?:to\s+)?$", re.I)
_COUNTED = lazy(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|only|few|most|many|several)\s+(?:of\s+)?\w*\s*$", re.I
)


def _target_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
    topic: str | None,
) -> list[Claim]:
    """An ally said to meet or miss the target, with no figure: a share of GDP at or below 2%, while 2% was NATO's
    one target; none for a plan ("expects to reach the target"), a count or a target of another figure."""
    if (as_of or date.today()) >= _ONE_TARGET_UNTIL:
        return []  # after the Hague summit "the target" may be 3.5% or 5%
    out: list[Claim] = []
    # "Greece for paying its share to NATO", "has not met this criterion": the guideline by a synonym (bars.py), in
    # a sentence of the alliance or its spending
    bars = bar_matches(sentence) if bar_level(as_of) is not None else []
    for m in [*_TARGET_MET.finditer(sentence), *bars]:
        if m.group("kind") and m.group("kind").strip().lower() in ("new", "higher"):
            continue
        if not m.group("nato") and topic != "share_gdp" and m not in bars:
            continue  # "the target" of what cannot be told without a sentence about shares of GDP before it
        lead = sentence[max(0, m.start() - 40) : m.start()]
        failed = bool(_FAIL_LEAD.search(lead)) or (m in bars and bar_missed(sentence, m))
        if not failed and _MODAL_LEAD.search(lead):
            continue  # "expects to reach the requirement this year": a plan
        lo, hi = clause_bounds(sentence, m.start(), m.end())
        if any(x.code == ALL_ALLIES and lo <= x.start < (m.start() if m in bars else hi) for x in mentions):
            continue  # "only five allies met the target": a count
        own = [x for x in mentions if lo <= x.start and x.end <= m.start() and x.code not in (None, ALL_ALLIES)]
        own = [x for x in own if not in_aside(sentence, x, (m.start(), m.end()))] or own
        subject = own[-1] if own else None
        if subject is None and context and PRONOUN.search(sentence[lo : m.start()]):
            subject = context[-1]
        if subject is None or subject.code in (None, ALL_ALLIES) or _COUNTED.search(sentence[lo : subject.start]):
            continue
        if m in bars and (
            re.match(r"['’]s\b", sentence[subject.end : subject.end + 3])
            or subject.group_key
            or not re.fullmatch(r"[A-Z]{3}", subject.code or "")  # an aggregate ("NATO allies" of America)
            or bar_obliged(sentence, m)
            or m.group("verb").lower().endswith("more than")
        ):
            # "America's NATO allies aren't paying their fair share": the allies' bar, not America's, nor the group's
            # mean; "if they didn't pay their fair share": a condition; "the US is paying more than its fair share":
            # more than 2% of GDP, or more than its part of what the allies spend together?
            continue
        verb = m.group("verb").lower()
        claim = Claim(offset, offset + len(sentence), sentence, "share_gdp")
        claim.countries = coordinated(sentence, subject, mentions)
        claim.value, claim.threshold, claim.decimals, claim.step, claim.unit = 2.0, 2.0, 0, 1.0, "percent"
        claim.value_text = m.group("target")
        if failed or re.match(r"miss|fell|falls|falling|below|nowhere|far", verb) or verb.endswith("less than"):
            claim.comparator = "lt"
        elif re.match(r"exceed|surpass|above", verb) or verb.endswith("more than"):
            claim.comparator = "gt"
        else:
            claim.comparator = "ge"
        # "ministry sources as saying Germany met the NATO target": compliance with NATO's target is on NATO's measure
        source = attribution_source(sentence)
        claim.attributed_to = "nato" if m.group("nato") and source in (None, "national_budget") else source
        set_year(claim, sentence, (m.start(), m.end()), years, as_of)
        period = every_year(sentence, m.start(), m.end())
        if period:
            claim.undetermined, claim.undetermined_why = "year", period
        out.append(claim)
    return out


_SAME_SHARE = lazy(
    r"\b(?:spent|spends|spend|spending|devoted|devotes|devote|allocated|allocates|allocate|reached|reaches|"
    r"had|has|have|is\s+at|are\s+at|was\s+at|were\s+at|at|with)\s+(?:exactly\s+|about\s+|roughly\s+|almost\s+)?"
    r"(?P<same>the\s+same\s+(?:proportion|share|percentage|ratio|level|figure))\b(?!\s+of\s+(?!(?:its|their)\s+GDP))",
    re.I,
)


def _same_share_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    made: list[Claim],
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'..., while Hungary and Slovenia spent the same proportion': the allies named just before it spend the share
    of GDP the sentence gave before (its value, when a share claim of the sentence precedes it; else no value, and
    the verdict says the figure is not stated)."""
    found = None if cue_absent(_SAME_SHARE, cue_text(sentence)) else _SAME_SHARE.search(sentence)  # patterns.cue
    if found is None:
        return []
    same = (found.start("same"), found.end("same"))
    earlier = [
        c for c in made if c.kind == "share_gdp" and c.value is not None and sentence.find(c.value_text) < same[0]
    ]
    topic = earlier[-1] if earlier else None
    if topic is None and not (
        L.GDP_RE.search(sentence) or re.search(r"\bas\s+a\s+(?:percentage|share)\b", sentence, re.I)
    ):
        return []  # the same proportion of what cannot be told
    lo, _hi = clause_bounds(sentence, *same)
    before = [m for m in mentions if lo <= m.start and m.end <= same[0] and m.code not in (None, ALL_ALLIES)]
    if not before:
        return []
    subject = before[-1]
    claim = Claim(offset, offset + len(sentence), sentence, "share_gdp")
    claim.countries = coordinated(sentence, subject, mentions)
    claim.value_text = sentence[same[0] : same[1]]
    claim.unit = "percent"
    if topic is not None:
        claim.value, claim.decimals, claim.step = topic.value, topic.decimals, topic.step
        claim.comparator = (
            "approx" if re.search(r"\b(?:about|roughly|almost)\s+$", found.group()[: same[0] - found.start()]) else "eq"
        )
    set_year(claim, sentence, same, years, as_of)
    if claim.year is None and topic is not None:
        claim.year, claim.year_text, claim.year_basis = topic.year, topic.year_text, topic.year_basis
    return [claim]
