"""Modality: the words that make a figure a pledge, a plan, a part of a pledge or a reference to a past pledge,
rather than a figure of spending ("3.5% would go toward core defence", "reach that level in 2027", "had committed
to reaching this figure by 2030", "2% as a floor"). Typed mentions and small predicates only; parse.py builds the
claims and rules/pledges.py judges them against the pledge register.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from natospend.claims.clauses import clause_bounds
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab

_V = vocab()["modality"]

#: A figure that is one part of a pledge: "3.5 percent would go toward traditional military spending", "with 3.5%
#: earmarked for rearmament", "the remaining 1.5 percent could cover infrastructure", "3.5 per cent for core ...".
ALLOCATION_AFTER_RE = lazy(
    r"\s*(?:of\s+(?:GDP|it)\s+)?(?:"
    r"(?:would|will|could|should|is\s+to|are\s+to|to)\s+(?:go|be\s+(?:spent|allocated|earmarked|devoted|used))\s+"
    r"(?:to|toward|towards|on|for|into)\b"
    r"|(?:is\s+|are\s+|being\s+)?earmarked\s+for\b|(?:would|will|could|can|may)\s+(?:cover|fund|finance|pay\s+for)\b"
    r"|(?:for|on)\s+(?:core|traditional|hard|pure)\b"
    r")",
    re.I,
)
#: A sentence that speaks of a pledge, a plan or an agreement (the context a part of a pledge needs).
PLEDGE_CONTEXT_RE = lazy(
    r"\b(?:plan|plans|goal|target|pledge|commitment|agreement|deal|declaration|proposal|propos\w+|benchmark|"
    r"guideline|agreed|committed|pledged)\b",
    re.I,
)
_CORE_RE = lazy(
    r"\b(?:core|traditional|hard|pure|rearmament|military\s+spending|armed\s+forces|defen[cs]e\s+proper)\b", re.I
)
_RELATED_RE = lazy(
    r"\b(?:remaining|remainder|rest|related|broader|wider|infrastructure|resilience|cyber\w*|civil\s+preparedness|"
    r"roads|bridges|industr\w*)\b",
    re.I,
)
#: The words an alliance-wide pledge's parts come with ("the new goal", "the plan", "NATO leaders").
ALLIANCE_PLEDGE_RE = lazy(r"\b(?:NATO|the\s+alliance|allies|the\s+new\s+(?:goal|target|benchmark)|the\s+plan)\b", re.I)


def part_metric(before: str, after: str) -> str | None:
    """'core' or 'related' for a part of a pledge, from the words around its figure; None when it is not one."""
    near_after = after[:60]
    if _RELATED_RE.search(before[-25:]) or (_RELATED_RE.search(near_after) and not _CORE_RE.search(near_after[:40])):
        return "related"
    if _CORE_RE.search(before[-30:] + " " + near_after):
        return "core"
    return None


#: "reach that level in 2027", "committed to reaching this figure by 2030", "to meet the threshold by this fiscal
#: year": a pledge whose figure is one named earlier.
ANAPHORA_RE = lazy(
    r"\b(?:reach|reaches|reaching|meet|meets|meeting|hit|hits|hitting|achieve|achieves|achieving|get\s+to)\s+"
    r"(?:that|this|the\s+same|the)\s+(?:level|figure|threshold|target|mark|goal|benchmark)\b",
    re.I,
)


@dataclass(frozen=True)
class Anaphor:
    """A pledge that names its figure by reference ("that level"), with offsets in the sentence."""

    start: int
    end: int
    text: str
    #: "made": a commitment dated by its year ("a commitment they all made in 2006"), whose figure may be any
    #: percentage just named; "level": a level to reach, whose figure is a pledged or planned one.
    kind: str = "level"


def find_anaphors(sentence: str) -> list[Anaphor]:
    """Pledges that name their figure by reference: 'reach that level', 'could reach it next year', plans that
    leave it out ('Latvia and Lithuania plan to in 2018'; a bare 'it' or an ellipsis needs a year right after), and
    commitments dated by the year they were made ('a commitment they all made in 2006 and reaffirmed in 2014')."""
    found = list(ANAPHORA_RE.finditer(sentence))
    made: list[re.Match[str]] = []
    if _YEARISH_RE.search(sentence):  # the forms below all need a year (checked first: most sentences have none)
        found += [*_IT_ANAPHOR_RE.finditer(sentence), *_ELLIPSIS_RE.finditer(sentence)]
        made = list(_MADE_ANAPHOR_RE.finditer(sentence))
        made += [m for m in _SET_IN_RE.finditer(sentence) if not any(x.start() <= m.start() < x.end() for x in made)]
    if FLOOR_RE.search(sentence):
        found += _BECAME_FLOOR_RE.finditer(sentence)
    agreed = _IS_AGREED_LEVEL_RE.match(sentence)
    if agreed is not None:
        made.append(agreed)
    out = [Anaphor(m.start(), m.end(), m.group().strip()) for m in found]
    out += [
        Anaphor(m.start("np"), m.end(), m.group("np"), "made")
        if "np" in m.re.groupindex
        else Anaphor(m.start(), m.end(), m.group(), "made")
        for m in made
    ]
    return sorted(out, key=lambda a: a.start)


#: "It is also the minimum level agreed among NATO partners" (brusselsmorning.com, April 2025): the figure just
#: named, said to be the level the allies agreed; the pledge is the alliance's, of whatever year it names.
_IS_AGREED_LEVEL_RE = lazy(
    r"\s*(?:It|This|That|This\s+figure|That\s+figure|This\s+level|That\s+level)\s+(?:is|was|remains)\s+"
    r"(?:also\s+|still\s+|now\s+)?(?P<np>(?:the|a|an)\s+(?:(?:minimum|common|same|new|official|current|agreed|NATO|Nato|alliance['’]s|spending|"
    r"defen[cs]e)\s+){0,2}(?:level|threshold|target|minimum|floor|"
    r"benchmark|goal|guideline)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}?(?:agreed|set|pledged|adopted|endorsed)\b)"
)
_YEARISH_RE = lazy(r"\b(?:19|20)\d\d\b|\b(?:next|this)\s+year\b", re.I)


_MADE_ANAPHOR_RE = lazy(
    r"\b(?:a|the|this|that|its|their)\s+(?:commitment|pledge|promise|target|goal|guideline|benchmark|standard)\s+"
    r"(?:that\s+|which\s+)?(?:[\w’'-]+\s+){0,3}?(?:made|agreed|set|adopted|signed|endorsed|undertook)\s+"
    r"(?:up\s+)?(?:to\s+)?(?:back\s+)?(?:in|at)\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:19|20)\d\d\b"
)


#: "the target of two percent of its GDP set for each member of the alliance at the summit in Riga in 2006": the
#: pledge's figure right after its noun, then the verb of setting it and, further on in the clause, its year.
_SET_IN_RE = lazy(
    r"\b(?:a|the|this|that)\s+(?:commitment|pledge|promise|target|goal|guideline|benchmark|standard)\s+of\s+"
    r"[^.;]{0,40}?\b(?:set|agreed|adopted|established|endorsed|made)\s+(?:for|by|at|in|upon)\b[^.;,]{0,70}?"
    r"\bin\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


# A percentage figure, whole ("2.5%"): one definition for the made-year reader and clause_mood.
_FIGURE_RE = lazy(r"\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b|percent\b)", re.I)
#: What a share-of-GDP figure's words after it may say before its verb, in any wording: "2% of GDP", "2 percent of
#: gross domestic product (GDP) spent on defence", "2% of national income devoted to defense".
OF_GDP_AFTER = (
    r"(?:of\s+(?:(?:its|their|the\s+country['’]s)\s+)?(?:GDP|gross\s+domestic\s+product|national\s+income|"
    r"economic\s+output)(?:\s*\(GDP\))?\s+)?(?:(?:spent|devoted|allocated|going)\s+(?:on|to)\s+"
    r"(?:defen[cs]e|the\s+military|the\s+armed\s+forces)\s+)?"
)
# Words that make what follows the base a figure is set against, not the figure's own pledge (made_year).
_OTHER_BASE_RE = lazy(
    r"\b(?:previous|former|old|earlier|prior|original|than|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|compared|"
    r"replac(?:e|es|ed|ing)|up\s+from|jump\s+from)\b",
    re.I,
)


@cache
def _reaffirmed_in_re() -> Pattern:
    """'then reaffirmed this commitment in 2014' (auditb: fullfact.org, February 2025): when a pledge named before
    was restated, not a deadline nor a year of spending."""
    verbs = phrase_alternation(vocab()["recall_audit"]["restated"])
    return lazy(
        rf"\b(?:{verbs})\s+(?:this|that|the|its|their)\s+(?:commitment|pledge|promise|target|goal|guideline)\s+"
        r"(?:at\s+[^.;,]{0,40}?\s+)?in\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    )


#: "this standard, which was considered a kind of ideal to be achieved, became the minimum threshold": a pledged
#: figure named before, now stated as a floor.
_BECAME_FLOOR_RE = lazy(
    r"\b(?:this|that|the)\s+(?:standard|target|goal|guideline|benchmark|commitment|requirement|threshold|level|"
    r"figure)\b[^.;]{0,90}?\b(?:became|becomes|has\s+become|have\s+become|is\s+now|was\s+made|turned\s+into|"
    r"now\s+serves\s+as)\s+(?:the|a|an)\s+(?:new\s+)?(?:minimum|floor|baseline)\b",
    re.I,
)


#: A past pledge spoken of as past: "had committed to", "the previous government", "originally", "at first".
HISTORICAL_RE = lazy(
    r"\b(?:had\s+(?:\w+\s+)?(?:committed|pledged|promised|agreed|set|planned|vowed)|previous|former|originally|"
    r"at\s+first|at\s+the\s+time|back\s+then)\b",
    re.I,
)
#: A pledge stated as a floor ("2% as a floor", "a minimum", "an enduring commitment to invest at least 2%": the
#: Vilnius wording).
FLOOR_RE = lazy(r"\b(?:floor|minimum|baseline|enduring)\b", re.I)
_DURATION_RE = lazy(
    r"\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|some\s+)?(?P<n>a|one|two|three|\d{1,2})\s+"
    r"(?P<unit>decades?|years?)\b",
    re.I,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3}


def duration_years(text: str) -> int | None:
    """'for more than a decade' -> 10, 'for 20 years' -> 20; None when the text names no duration."""
    m = _DURATION_RE.search(text)
    if m is None:
        return None
    n = _SMALL.get(m.group("n").lower())
    count = n if n is not None else int(m.group("n"))
    return count * (10 if m.group("unit").lower().startswith("decade") else 1)


# ------------------------------------------------------------------------------------------------ proposals
#: A verb of proposing, urging or calling for a level (vocab.toml [modality] proposal_verbs), or of wanting or
#: pressing others to reach it ("Trump wants European allies to spend 5%", "is pressing NATO members to commit").
PROPOSAL_VERB_RE = lazy(
    rf"\b(?:{phrase_alternation([*_V['proposal_verbs'], *vocab()['pledge_calls']['proposal_verbs']])})\b"
    r"|\b(?:want|wants|wanted|push|pushes|pushed|pushing|press|presses|pressed|pressing|pressur\w+|lean\w*\s+on|"
    r"make|makes|making|get|gets|getting)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:allies|members|member\s+states|countries|nations|partners|Europeans?|NATO|Nato)\s+"
    r"(?:to\b|spend\b|commit\b|allocate\b)",
    re.I,
)
# Between the proposal verb and the figure, a verb that states what someone spends ends the proposal's reach:
# "Trump, who has demanded more, noted that Germany spends 1.2%".
_STATED_LEVEL_RE = lazy(
    r"\b(?:spends|spent|is\s+spending|are\s+spending|stands\s+at|stood\s+at|was\s+at|were\s+at|is\s+at|are\s+at|"
    r"reached|already|currently|noted|said\s+that|showed|shows|estimated|"
    # "Despite this ambitious proposition, Canada's defense expenditure in 2024 accounted for just 1.37%" (recall5)
    r"accounted\s+for|accounts\s+for|amounted\s+to|amounts\s+to|totall?ed|totals|represented|represents)\b|[.;:]",
    re.I,
)


def proposal_governs(lead: str) -> bool:
    """Whether the figure right after `lead` (its clause up to the figure) is what a proposal or call asks for:
    'Rutte is urging NATO countries to allocate ', 'there are calls for an increase to '."""
    found = list(PROPOSAL_VERB_RE.finditer(lead[-90:]))
    if not found:
        # "NATO member states must spend more than 2%": a modal of a call right before the verb of spending
        return _call_lead_re().search(lead[-40:]) is not None
    return not _STATED_LEVEL_RE.search(lead[-90:][found[-1].end() :])


#: "and 1.5% on related spending", "along with an additional 1.5% for broader investments": a further part of a
#: pledge or proposal named just before in the same sentence.
CONJOINED_PART_BEFORE_RE = lazy(
    r"(?:(?:,\s*|\s)(?:and|plus|with|along\s+with|as\s+well\s+as|together\s+with)\s+"
    r"(?:(?:an?\s+)?(?:further|additional|extra|other|another)\s+|the\s+(?:remaining|other)\s+)?"
    r"|\d\s*(?:%|per\s?cent|percent)(?:\s+of\s+GDP)?(?:\s+by\s+(?:19|20)\d\d)?\s*[—–:(]\s*)$",  # "5% by 2035—3.5% for"
    re.I,
)
#: What the conjoined part is for: "on related spending", "for broader investments", "to infrastructure".
PART_FOR_AFTER_RE = lazy(r"\s*(?:of\s+(?:GDP|their\s+GDP|its\s+GDP)\s+)?(?:on|for|to|towards?|in|into)\s+", re.I)


#: "Trump's demand for a 5% target", "the demand by Trump that members spend 5%": a demand named by its noun, which
#: asserts nothing to check (issue 10, class 9), unlike a verb of proposing ("Trump has advocated for allies to ...").
_DEMAND_NOUN_RE = lazy(
    r"\b(?:demand|demands|ultimatum)\s+(?:by\s+[^,;]{0,50}?\s+|of\s+[^,;]{0,50}?\s+)?(?:for|that)\s+"
    r"(?:[\w'’-]+\s+){0,6}$",
    re.I,
)


def names_a_demand(lead: str) -> bool:
    """Whether the figure right after `lead` is the content of a demand named by its noun."""
    return bool(_DEMAND_NOUN_RE.search(lead[-90:]))


#: "established a rule that member states should spend at least ", "the requirement that allies must devote ": a
#: pledge stated as the rule it sets.
_RULE_THAT_RE = lazy(
    r"\b(?:rule|requirement|obligation|guideline|standard|principle|agreement|expectation)\s+that\s+[^,;]{0,50}?"
    r"\b(?:should|must|shall|would|are\s+to|were\s+to|need\s+to)\s+(?:[\w-]+\s+){0,3}?$",
    re.I,
)
#: "to a minimum of two percent", "a floor of 2%": the figure named as a pledge's bottom.
_MINIMUM_OF_RE = lazy(r"\b(?:a|the)\s+(?:new\s+)?(?:minimum|floor)\s+of\s+(?:at\s+least\s+)?$", re.I)


#: "..., and to 2.5% by 2034", "then to 3% in 2030": a further step of a change planned to a figure named before it.
_STEP_BEFORE_RE = lazy(r"(?:,\s*|\s)(?:and|then|and\s+then|before\s+rising)\s+(?:to|at)\s+$", re.I)
_STEP_WHEN_AFTER_RE = lazy(r"\s*(?:of\s+(?:GDP|its\s+GDP|their\s+GDP)\s+)?(?:by|in|from|until)\s+(?:19|20)\d\d\b", re.I)
_RAISED_TO_RE = lazy(
    r"\b(?:boost|raise|increase|lift|hike|bring|take|push|ramp\s+up)\w*\s+(?:[\w’'-]+\s+){0,4}?to\s+"
    rf"(?:{_FIGURE_RE.pattern})",
    re.I,
)


@cache
def _split_re() -> Pattern:
    """A verb of splitting ('split into', 'including'): the figures after it are the parts of one named before."""
    return lazy(rf"(?<!\w)(?:{phrase_alternation(vocab()['pledges6']['split'])})(?!\w)", re.I)


_TIMED_RE = lazy(r"\b(?:(?:19|20)\d\d|(?:this|next|last)\s+year|(?:this|next)\s+decade)\b", re.I)
#: A verb of saying or a clause of its own between a modal and the figure: the modal governs the saying.
_SAID_THAT_RE = lazy(r"\b(?:say|says|admit|note|recogni[sz]e|acknowledge|accept|concede|stress|that)\b", re.I)


@cache
def _call_lead_re() -> Pattern:
    """A modal of a call ([pledge_calls] obligation, not "should": "should" of a time is an expectation) and at most
    one adverb, at the end of the words before a verb of spending or reaching."""
    calls = [w for w in vocab()["pledge_calls"]["obligation"] if w != "should"]
    return lazy(rf"(?<!\w)(?:{phrase_alternation(calls)})\s+(?:[a-z]+ly\s+)?$", re.I)


@cache
def _call_cue_re() -> Pattern:
    return lazy(rf"(?<!\w)(?:{phrase_alternation(vocab()['pledge_calls']['obligation'])})(?!\w)", re.I)


def called_for(sentence: str, start: int, end: int) -> Mood | None:
    """The mood of the figure at [start, end) when it is stated as what should be spent, not as what anyone spends
    or pledged: a proposal or demand ('Kallas insists on more than 2 percent'), or an obligation whose modal states
    a call ('2% of GDP needed to be spent on defence', '2 percent ... should become the lower limit'; vocab.toml
    [pledge_calls] obligation), not a rule ('members are required to spend'). None otherwise."""
    mood = clause_mood(sentence, start, end)
    if mood is None or _RULE_THAT_RE.search(sentence, max(0, start - 90), start):
        return None  # "established a rule that member states should spend at least 2 percent": the rule named
    if mood.at < start and _SAID_THAT_RE.search(sentence, mood.at + len(mood.cue), start):
        return None  # "one has to say that expenditure is still well below the 2% mark": the modal's is the saying
    if mood.kind == "proposal":
        return mood
    if mood.kind != "obligation" or not _call_cue_re().search(mood.cue):
        return None
    lo, hi = clause_bounds(sentence, start, end)
    if re.search(r"\bshould\b", mood.cue, re.I) and _TIMED_RE.search(sentence, lo, hi):
        # "Italy should spend 1.46% of its GDP on defense this year, according to the estimates": "should" of a
        # time is an expectation; a call states a norm ("2 percent ... should become the lower limit")
        return None
    return mood


def pledge_cue(clause: str, before: str, after: str, earlier: str, pledge_words: Pattern) -> bool:
    """Whether a percentage is pledged, proposed or called for, from the modality words around it: a verb of
    proposing that governs it ("urging NATO countries to allocate 3.5%"), the figure named as a floor ("views 2% as
    a floor"), or a further part of a pledge or proposal named before it in the sentence ("..., along with an
    additional 1.5% for broader investments"). `earlier` is the sentence up to the figure, `pledge_words` what
    makes it speak of a pledge (searched only when the figure is such a part)."""
    if proposal_governs(clause) or AS_FLOOR_AFTER_RE.match(after):
        return True
    if not YARDSTICK_BEFORE_RE.search(before) and called_for(earlier + "0%" + after, len(earlier), len(earlier) + 2):
        return True  # "said at least 2% of GDP needed to be spent on defence": a call (the figure's own words: 0%)
    if _RULE_THAT_RE.search(before) or _MINIMUM_OF_RE.search(before):
        return True
    split = _split_re().search(before[-25:])
    if (
        split
        and not before[-25:][split.end() :].strip()
        and PART_FOR_AFTER_RE.match(after)
        and _FIGURE_RE.search(earlier)
    ):
        return True  # "to spend 5 per cent of their GDP on defence, split into 3.5 per cent on pure defence and ..."
    if _STEP_BEFORE_RE.search(before) and _STEP_WHEN_AFTER_RE.match(after) and _RAISED_TO_RE.search(earlier):
        return True  # "to boost defence spending to 2% of GDP by 2029, ..., and to 2.5% by 2034": a further step
    return bool(
        CONJOINED_PART_BEFORE_RE.search(before)
        and PART_FOR_AFTER_RE.match(after)
        and (pledge_words.search(earlier) or PROPOSAL_VERB_RE.search(earlier) or _split_re().search(earlier))
    )


#: A pledged figure named only as the yardstick of a comparison: "exceed the 2% threshold", "compared to the 2 per
#: cent of GDP target", "compliance with the 2% benchmark", "more than doubles NATO's current 2 percent target",
#: "just above the 2% floor". The claim there is the comparison (a count, a share), not one about the pledge.
YARDSTICK_BEFORE_RE = lazy(
    r"\b(?:exceed\w*|surpass\w*|above|below|beyond|compared\s+(?:to|with)|against|relative\s+to|"
    r"compliance\s+with|compl(?:y|ies|ied|ying)\s+with|doubl\w*|tripl\w*|short\s+of|than)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|(?:NATO|Nato|the\s+alliance|the\s+Alliance)['’]s\s+)?"
    r"(?:(?:current|previous|old|former|existing|agreed|official|alliance|NATO|Nato|spending|defen[cs]e|"
    r"target|goal|guideline|benchmark|threshold|of)\s+){0,4}$",
    re.I,
)


# ------------------------------------------------------------------------------------------------ dating a pledge
_MADE_NOUN_RE = lazy(
    rf"^\s+(?:(?:Wales|Newport|Vilnius|Hague|Riga|Prague|Madrid|Brussels|Washington|NATO|Nato|summit|Summit|"
    rf"defen[cs]e|spending|investment)\s+){{0,3}}(?:{phrase_alternation(_V['made_nouns'])})\b",
    re.I,
)
#: "In 2016, NATO allies agreed to ...", "in 2014 the allies pledged ...", "In 2014, NATO leaders meeting in Wales
#: said ...": a year right before the verb of agreeing or declaring.
_VERB_AFTER_RE = lazy(
    r"\s*,?\s*(?:[\w’'-]+\s+){0,5}?(?:agreed|committed|pledged|promised|vowed|signed\s+up|decided|undertook|"
    r"declared|resolved|(?:were|was)\s+set|set\s+(?:a|the|themselves)|issued|adopted|endorsed|established|"
    r"formulated|introduced)\b",
    re.I,
)
#: "NATO leaders decided in 2011 that ...", "Belgium pledged in Wales in 2014 to ...": the year right after the verb.
_VERB_BEFORE_RE = lazy(
    r"\b(?:agreed|committed|pledged|promised|vowed|decided|undertook|resolved|(?:did|do)\s+agree)\s+"
    # "even agreed in the summer of 2023 that ...": a season or part of the year between
    r"(?:[\w’'-]+\s+){0,3}?in\s+(?:the\s+(?:summer|spring|autumn|fall|winter|middle|end|start|beginning)\s+of\s+)?$"
    # "The U.S.-led bloc set the two-percent goal in 2014": a verb of setting with the pledge's noun as its object
    r"|\b(?:set|adopted|established|introduced|agreed\s+(?:on|to))\s+(?:the|a|an|its|their|this)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:target|goal|guideline|benchmark|standard|pledge|commitment)\s+(?:back\s+)?in\s+$"
    # "The agreement we reached together in Wales in 2014": the agreement's own verb
    r"|\b(?:agreement|deal)\s+(?:[\w’'-]+\s+){0,2}?(?:reached|struck)\s+(?:[\w’'-]+\s+){0,3}?in\s+$",
    re.I,
)
_SUMMIT_YEARS: dict[str, int] = dict(_V["summit_years"])
_VENUE = "|".join(re.escape(v) for v in sorted(_SUMMIT_YEARS, key=len, reverse=True))
#: "In Vilnius, allies agreed", "at the Wales summit, leaders pledged", "the Vilnius commitment", "The Hague pledge";
#: not "as NATO members prepare to meet in The Hague" (a venue with no agreement is not when a pledge was made).
_AGREED = r"(?:agreed|committed|pledged|promised|vowed|signed|decided|adopted|endorsed|set|made|created|launched)"
_VENUE_RE = lazy(
    rf"\b(?i:at|in)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?P<a>{_VENUE})(?:\s+(?i:summit))?\s*,?\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?i:{_AGREED})\b"
    rf"|\b(?i:{_AGREED})\s+(?:[\w’'-]+\s+){{0,6}}?(?i:at|in)\s+(?:the\s+)?(?P<c>{_VENUE})\b"
    rf"|\b(?P<b>{_VENUE})(?:['’]s)?\s+(?i:pledge|commitment|declaration|communiqu[eé]|agreement|target|goal|guideline)\b"
)
_AGO_RE = lazy(
    r"\b(?:agreed|committed|pledged|promised|made|set|adopted|signed|endorsed|introduced|established|decided)\s+"
    r"(?:(?:up\s+)?(?:to\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?)"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>years?|decades?)\s+ago\b",
    re.I,
)
# "A decade ago, NATO members agreed to spend 2%", "since they set the two-percent target a decade ago": a time
# ago with its verb of agreeing after it in the clause, or a few words before it.
_AGO_BARE_RE = lazy(
    r"\b(?:(?:some|about|nearly|almost|more\s+than|over|just\s+over)\s+)?"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>years?|decades?)\s+ago\b",
    re.I,
)
_AGO_VERB_RE = lazy(
    r"\b(?:agreed|committed|pledged|promised|vowed|made|set|adopted|signed|endorsed|introduced|established|decided)\b",
    re.I,
)
_RELATIVE_SUMMIT_RE = lazy(r"\b(?P<rel>last|this)\s+year['’]s\s+(?:NATO\s+|Nato\s+|alliance\s+)?summit\b", re.I)


def _ago_of_verb(sentence: str) -> re.Match[str] | None:
    """A time ago that dates the clause's verb of agreeing: after it ('A decade ago, NATO members agreed') or shortly
    before it ('set the two-percent target a decade ago'), with no clause break between."""
    for ago in _AGO_BARE_RE.finditer(sentence):
        after = re.split(r"[.;]", sentence[ago.end() : ago.end() + 80], maxsplit=1)[0]
        before = re.split(r"[.;,]", sentence[max(0, ago.start() - 45) : ago.start()])[-1]
        if _AGO_VERB_RE.search(after) or _AGO_VERB_RE.search(before):
            return ago
    return None


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    )
}


def announced_years(sentence: str, years: list[YearMention]) -> list[YearMention]:
    """`years` with the year a pledge named in the sentence was set in ("the target of 2% set ... at the summit in
    Riga in 2006") marked as its announcement, not a year of spending."""
    if not years:
        return years
    marked = {m.start("year") for m in _SET_IN_RE.finditer(sentence)}
    marked |= {m.start("year") for m in _reaffirmed_in_re().finditer(sentence)}
    return [replace(y, role="announced") if y.start in marked and y.role == "data" else y for y in years]


def made_year(sentence: str, years: list[YearMention], as_of: date | None, at: int = 0) -> tuple[int, str] | None:
    """The year the sentence says a pledge was made, with its words: 'agreed in 2014', 'made at the 2014 summit',
    'its 2014 commitment', 'at the Wales summit' (vocab.toml [modality.summit_years]), 'a target set 11 years ago'
    (from the claim's date); None when it names none. Of several years,
    the nearest to the figure at `at`, one before it first ("agreed in 2014 to 2%, and in 2025 to 5%")."""
    made = [
        y
        for y in years
        if (
            y.role == "announced"
            or _MADE_NOUN_RE.match(sentence[y.end : y.end + 50])
            or any(m.start("year") == y.start for m in _SET_IN_RE.finditer(sentence))
            or _VERB_BEFORE_RE.search(sentence[max(0, y.start - 50) : y.start])
            or (
                # "In 2016, NATO allies agreed", "Since 2006, NATO members have pledged": when it was made
                re.search(r"\b(?:in|since)\s+$", sentence[max(0, y.start - 7) : y.start], re.I)
                and _VERB_AFTER_RE.match(sentence[y.end : y.end + 60])
            )
        )
        and (as_of is None or y.year <= as_of.year)
    ]
    # "5% of GDP by 2035, a rise from the previous 2% target set in 2014": a year after another figure is that one's
    own = _FIGURE_RE.search(sentence, at)
    past = own.end() if own else at
    made = [y for y in made if y.start < at or not _FIGURE_RE.search(sentence, past, y.start)]
    # "5% of GDP by 2035, more than doubling the previous benchmark set back in 2014", "doubling the alliance's 2014
    # commitment of 2%": a year after the figure, past a word that names another pledge as the base, is that one's
    made = [y for y in made if y.start < at or not _OTHER_BASE_RE.search(sentence, past, y.start)]
    if made:
        y = min(made, key=lambda y: (y.start > at, abs(y.start - at)))
        return y.year, y.text
    ago = _AGO_RE.search(sentence) or _ago_of_verb(sentence)
    if ago is not None and as_of is not None:
        word = ago.group("n").lower()
        n = 1 if word == "a" else _NUMBER_WORDS.get(word) or int(word)
        if ago.group("unit").lower().startswith("decade"):
            n *= 10
        return as_of.year - n, ago.group()
    summit = _RELATIVE_SUMMIT_RE.search(sentence)
    if summit is not None and as_of is not None:
        # "agreed at last year's summit": the summit of that year from the claim's date (none that year: the rules
        # find no pledge made then and abstain)
        return as_of.year + int(vocab()["years"]["relative"][f"{summit.group('rel').lower()} year"]), summit.group()
    venue = _VENUE_RE.search(sentence)
    if venue is not None:
        year = _SUMMIT_YEARS[venue.group("a") or venue.group("b") or venue.group("c")]
        if as_of is None or year <= as_of.year:
            return year, venue.group()
    return None


# ------------------------------------------------------------------------------------------------ past agreements
#: A commitment stated as made: "NATO members agreed to spend 2% ... by 2022", "allies pledged in 2014 to ...".
PAST_AGREEMENT_RE = lazy(
    r"\b(?:agreed|committed|pledged|promised|vowed|signed\s+up|undertook|adopted|endorsed|made\s+a\s+commitment|"
    r"set\s+(?:a|the|themselves\s+a)\s+(?:target|goal)|did\s+agree)\b",
    re.I,
)
#: What makes it a prospect instead: a future, a modal, an expectation, a report of a draft.
_PROSPECT_RE = lazy(
    r"\b(?:will|would|shall|could|may|might|must|should|expect\w*|likely|draft\w*|if|unless|set\s+to|going\s+to|"
    r"poised\s+to|about\s+to)\b",
    re.I,
)


PROSPECT_RE = _PROSPECT_RE  # claims/pledges.py: an agreement with no level stated as a prospect is no claim


def states_past_agreement(lead: str) -> bool:
    """Whether the clause up to the figure states a commitment as already made ('NATO members agreed to spend '),
    not a prospect ('allies are expected to agree', 'the commitment will be')."""
    return bool(PAST_AGREEMENT_RE.search(lead)) and not _PROSPECT_RE.search(lead) and not PROPOSAL_VERB_RE.search(lead)


# ------------------------------------------------------------------------------------------------ floors, ellipses
#: "views 2% as a floor", "2% as the minimum": the figure named as the bottom of a pledge.
AS_FLOOR_AFTER_RE = lazy(
    rf"\s*{OF_GDP_AFTER}(?:as|is(?:\s+now)?|became|becomes|remains)\s+(?:a|an|the)\s+"
    rf"[\"“']?(?:new\s+|bare\s+|absolute\s+)?"
    rf"(?:{phrase_alternation(_V['floor_nouns'])})\b",
    re.I,
)
_ELLIPSIS_RE = lazy(
    rf"\b(?:(?:{phrase_alternation(_V['elliptic_verbs'])})\s+(?:do\s+so\s+|follow\s+suit\s+)?"
    r"|(?:will|would|could|should|may|might)\s+(?:do\s+so|follow\s+suit)\s+)"
    r"(?=(?:in|by|from|before|until)\s+(?:(?:19|20)\d\d)\b|(?:next|this)\s+year\b)",
    re.I,
)
_IT_ANAPHOR_RE = lazy(
    r"\b(?:reach|reaches|reaching|meet|meets|meeting|hit|hits|hitting|achieve|achieves|achieving|exceed|exceeds|"
    r"surpass|surpasses)\s+it\s+(?=(?:in|by|before)\s+(?:19|20)\d\d\b|(?:next|this)\s+year\b)",
    re.I,
)


# ------------------------------------------------------------------------------------------------ negation
#: A negation of meeting a target ("do not meet the alliance's target of 2%", "countries that weren't meeting the 2%
#: goal"): about who complies, not a denial that the pledge exists.
_COMPLIANCE_NEGATION_RE = lazy(
    r"\b(?:\w+n['’]t|not|never|no\s+longer|yet\s+to)\s+(?:yet\s+)?(?:\w+\s+)?"
    r"(?:meet|meets|meeting|met|reach|reaches|reaching|reached|hit|hitting|achieve|achieving|fulfil\w*|compl\w*)\b",
    re.I,
)


def without_compliance_negation(text: str) -> str:
    """`text` with its negations of meeting a target removed, for telling whether a pledge itself is negated; and
    without the focus particles that deny nothing ("are not only short of their current commitment of 2%")."""
    return phrase_re("negation_focus", "phrases").sub(" ", _COMPLIANCE_NEGATION_RE.sub(" ", text))


# ------------------------------------------------------------------------------------------------ clause mood
@dataclass(frozen=True)
class Mood:
    """The mood of the verb group that governs a figure: 'forecast', 'plan', 'obligation', 'proposal',
    'conditional', 'hypothetical' or 'question', with the words that tell it and where they start in the
    sentence."""

    kind: str
    cue: str
    at: int


_CHANGE_BASE_RE = lazy(r"\bfrom\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?$", re.I)
CHANGE_BASE_RE = _CHANGE_BASE_RE  # where a change starts ("from the longstanding 2% ... to 5%"): claims/pledges.py
#: A second verb of a pledge joined to the first ("agreed to end the spending cuts they had made since the Cold War
#: and move to spending 2%", AP, 2023-2024): the figure after it is the agreement's, however far back its verb.
SECOND_PART_BEFORE_RE = lazy(
    r"\band\s+(?:to\s+)?(?:move|raise|increase|lift|boost|spend|aim|reach|bring|work|ramp\s+up)\b[^,;.:%]{0,45}$", re.I
)
#: How far before a figure its governing verb group is looked for.
_MOOD_REACH = 90
#: A verb stating a level, or the end of a sentence (not a decimal point), between a cue and the figure.
_STATED_RE = lazy(_STATED_LEVEL_RE.pattern.replace("|[.;:]", "|[.;:](?=\\s)"), re.I)
_END_RE = lazy(r"[.;:](?=\s)")
#: A quotation that closes between a cue and the figure ('"You have to pay your fair share," Obama told David Cameron,
#: who subsequently met the 2 percent threshold'): the cue is the quoted speaker's, of the quote's own verb.
_QUOTE_CLOSED_RE = lazy(r"[”\"](?=,|\s+(?:[\w.’'-]+\s+){0,3}(?:told|said|says|added|asked|wrote)\b)")


@cache
def _mood_patterns() -> dict[str, Pattern]:
    more = vocab()["pledges6"]
    words = {
        k: [*v, *more.get(k, [])] if k in ("proposal", "hypothetical") else v for k, v in vocab()["clause_mood"].items()
    }
    words["plan"] = [*words["plan"], *vocab()["moods2"]["plan"], *vocab()["pledges9"]["plan"]]
    calls = vocab()["pledge_calls"]["obligation"]
    words["obligation"] = [*words["obligation"], *(w for w in calls if w not in words["obligation"])]
    kinds = ("proposal", "conditional", "hypothetical", "obligation", "forecast", "plan")

    def one(key: str) -> str:
        return rf"(?<!\w)(?:{phrase_alternation(words[key])})(?!\w)"

    split = phrase_alternation(more["split"])

    return {
        "cue": lazy("|".join(rf"(?P<{k}>{one(k)})" for k in kinds), re.I),
        "reporting": lazy(rf"{one('reporting')}|(?P<estimating>{one('estimating')})", re.I),
        # "raising its defense spending above ", "to lift spending to ": the figure is where the change ends
        "change": lazy(
            rf"(?P<verb>{one('change')})\s+(?:[\w’'-]+\s+){{0,5}}?"
            r"(?:to|above|beyond|over|towards?|up\s+to)\s+(?:the\s+)?(?:at\s+least\s+|about\s+|around\s+|between\s+)?$",
            re.I,
        ),
        # The figure as the subject: "2 percent should become a floor", "3% of GDP by 2034 is a firm commitment".
        "after_modal": lazy(
            rf"^\s*{OF_GDP_AFTER}(?P<cue>[\w’']+(?:\s+to)?)\s+"
            r"(?:be|become|remain|serve\s+as|stay)\b",
            re.I,
        ),
        "after_noun": lazy(
            r"^[^.;,]{0,40}?\b(?:is|was|remains|will\s+be|has\s+become)\s+(?:a|an|the|our|its|their)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{phrase_alternation(words['predicate_nouns'])})\b",
            re.I,
        ),
        # "3.5% is roughly what is currently being discussed in NATO": a proposal still under talks
        "after_proposal": lazy(
            r"^\s*(?:of\s+(?:GDP|its\s+GDP|their\s+GDP)\s+)?(?:is|are|was|were|remains|remain)\b[^.;]{0,40}?"
            rf"(?<!\w)(?:{phrase_alternation(more['proposal_after'])})(?!\w)",
            re.I,
        ),
        # "This includes 3.5% for military spending and 1.5% for resilience": a part of a split described, the
        # figure right after the verb of including (or conjoined to the part right after it)
        "split": lazy(
            rf"(?<!\w)(?P<cue>{split})\s+(?:(?:about|around|roughly|some)\s+)?"
            rf"(?:{_FIGURE_RE.pattern}[^.;:%]{{0,60}}?(?:,\s*|\s+)(?:and|plus|with)\s+(?:a\s+further\s+|another\s+)?)?$",
            re.I,
        ),
        # "Tajani suggested an alternative framework: 3% for defence": the colon opens the proposal's content
        "content_colon": lazy(rf"(?<!\w)(?:{phrase_alternation(more['content_nouns'])})\s*:\s", re.I),
        # "Belgium pledged in Wales in 2014 to move towards 2 percent": a verb of pledging whose "to" follows when
        # or where the pledge was made
        "pledged_at": lazy(
            rf"(?<!\w)(?:{phrase_alternation(vocab()['moods2']['pledge_verbs'])})\s+"
            r"(?:(?:in|at|during|on|last|this|back|then|formally|again|already)\b[^,.;:]{0,40}?\s+)to\s+",
            re.I,
        ),
    }


_SCHEDULED_CHANGE_RE = lazy(
    r"(?P<cue>\b(?:is|are)\s+(?:due\s+)?to\s+(?:rise|increase|grow|climb|go\s+up))\s+(?:[\w’'-]+\s+){0,3}?to\s+"
    r"(?:about\s+|around\s+|at\s+least\s+)?$",
    re.I,
)
#: "... within two years", "in the next five years": a time to come counted from the claim's date.
_WITHIN_YEARS_RE = lazy(
    r"\s*(?:of\s+(?:GDP|its\s+GDP|their\s+GDP|national\s+income)\s+)?(?:on\s+defen[cs]e\s+)?"
    r"(?:(?:within|in\s+the\s+next)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b"
    # "locks Romania's military spending at 2 percent of GDP over the next decade" (DW, 2017): a level held to come
    r"|(?:over|for|during|through)\s+the\s+(?:next|coming)\s+(?:decade|(?:\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+years)\b)",
    re.I,
)
_PAST_CHANGE_RE = lazy(
    r"\b(?:rose|grew|increased|climbed|jumped|reached|hit|went|doubled|was|were|had|has|have|spent)\b", re.I
)


#: "the UK's target of spending 2.5% of GDP", "Canada's goal of 2%": an ally's own target named before its figure (a
#: capitalised owner that is not the alliance: "NATO's target of 2%" is the yardstick a level is held to).
_OWN_TARGET_OF_RE = lazy(
    r"\b(?!NATO|Nato|Alliance)[A-Z][\w.]*['’]s\s+(?:own\s+)?(?:target|goal|aim|ambition|pledge|commitment)\s+of\s+"
    r"(?:spending\s+|reaching\s+|hitting\s+|meeting\s+)?(?:at\s+least\s+)?$"
)


#: A direct question: it asks about a level, it states none.
_QUESTION_RE = lazy(
    r"\s*(?:How|Why|Will|Would|Can|Could|Should|Is|Are|Does|Do|Did|Has|Have|What|When|Which|Who|Where)\b"
)
#: Forecast cues that assess where spending is heading rather than state anyone's intention (moods2).
_ASSESSMENT_RE = lazy(
    r"(?:on\s+track|on\s+course|expected|projected|forecast|forecasted|likely|poised|set|slated)\s+to", re.I
)
_GAPPED_RE = lazy(r"[\s,;]*(?:and|or|then|but)?\s*", re.I)  # all a verbless clause has before its figure


def at_summit(mood: Mood, made: int | None) -> bool:
    """Whether a plan is a pledge made at an alliance summit ('Belgium pledged in Wales in 2014 to'): its cue is a
    verb of pledging followed by when or where, and the year the pledge was made is a summit's
    ([modality.summit_years]); the alliance's pledge of that year, not the ally's own plan."""
    return made in _SUMMIT_YEARS.values() and _mood_patterns()["pledged_at"].fullmatch(mood.cue + " ") is not None


def clause_mood(sentence: str, start: int, end: int) -> Mood | None:
    """The mood of the verb group that governs the figure at [start, end), read in its own clause: the nearest cue
    before it ('should rise to', 'is expected to hit', 'suggesting the threshold be raised to', 'could ... by
    spending only'); a modal after a verb of saying as the speaker's plan ('said the UK will spend'), or as a
    demand when it is an obligation ('told NATO leaders they should raise'); a change verb not in a past form that
    ends at the figure ('raising its defense spending above'); or a predicate of which the figure is the subject
    ('2 percent should become a floor', '3% by 2034 is a firm commitment'). None: a statement of fact, or a verb
    stating a level stands between the cue and the figure ('who has demanded more, noted that Germany spends')."""
    asked = _QUESTION_RE.match(sentence)
    if asked is not None and sentence.rstrip().endswith("?"):
        # "How can Germany meet NATO's two percent defence spending target?" (a headline, thelocal.de, April 2024)
        return Mood("question", asked.group().strip(), asked.start())
    lo, hi = clause_bounds(sentence, start, end)
    base = max(lo, start - _MOOD_REACH)
    lead = sentence[base:start]
    if _CHANGE_BASE_RE.search(lead):
        return None  # "raising outlays from the longstanding 2% of GDP to 5%": where a change starts is a level
    p = _mood_patterns()
    tail = sentence[end:hi]
    split = p["split"].search(lead)
    if split is not None and PART_FOR_AFTER_RE.match(tail):
        return Mood("plan", split.group("cue"), base + split.start())
    own = _OWN_TARGET_OF_RE.search(lead)
    if own is not None:
        return Mood("plan", own.group().strip(), base + own.start())
    found = list(p["cue"].finditer(lead))
    # A condition governs its clause whatever its verb ("if Poland spent 4.7%"); another cue stops at a stated level.
    stops = _END_RE if found and found[-1].lastgroup == "conditional" else _STATED_RE
    if (
        found
        and not stops.search(p["content_colon"].sub(" ", lead[found[-1].end() :]))
        and not _QUOTE_CLOSED_RE.search(lead, found[-1].end())
    ):
        m = found[-1]
        kind = str(m.lastgroup)
        said = list(p["reporting"].finditer(sentence, lo, base + m.start()))  # in the whole clause before it
        if said and kind in ("forecast", "hypothetical") and not _ASSESSMENT_RE.fullmatch(m.group()):
            # "Starmer has previously said the UK will spend": the speaker's plan; "NATO estimated last June that
            # Canada would spend": an estimate, a forecast; "said ... all 32 allies now on track to get to 2%": an
            # assessment of where spending is heading, said of others, never the speaker's plan
            kind = "forecast" if said[-1].group("estimating") else "plan"
        elif said and kind == "obligation" and not said[-1].group("estimating"):
            kind = "proposal"  # "Trump told NATO leaders they should raise", "has said that NATO countries should"
        return Mood(kind, m.group(), base + m.start())
    pledged = p["pledged_at"].search(lead)
    if pledged is not None and not _STATED_RE.search(lead[pledged.end() :]):
        return Mood("plan", pledged.group().strip(), base + pledged.start())
    c = p["change"].search(lead)
    if c is not None and not _STATED_RE.search(c.group()):
        return Mood("plan", c.group("verb"), base + c.start())
    # "UK defence spending is to rise to 2.5 per cent": a change scheduled, whose end point is the figure
    c = _SCHEDULED_CHANGE_RE.search(lead)
    if c is not None and not _STATED_RE.search(c.group()):
        return Mood("plan", c.group("cue"), base + c.start())
    within = _WITHIN_YEARS_RE.match(tail)
    if within is not None and not _PAST_CHANGE_RE.search(lead):
        # "to 2.5 per cent within two years": a level to reach by a time to come, a plan's target (not "rose to
        # 2.3% within two years", a change that happened)
        return Mood("plan", within.group().strip(), end)
    modal = p["after_modal"].match(tail)
    if modal is not None:
        verb = p["cue"].fullmatch(modal.group("cue"))
        if verb is not None and verb.lastgroup in ("obligation", "forecast", "hypothetical"):
            return Mood(str(verb.lastgroup), modal.group().strip(), end + modal.start("cue"))
    noun = p["after_noun"].match(tail)
    if noun is not None:
        return Mood("plan", noun.group().strip(), end)
    talks = p["after_proposal"].match(tail)
    if talks is not None:
        return Mood("proposal", talks.group().strip(), end)
    if lo > 0 and _GAPPED_RE.fullmatch(sentence, lo, start):
        # "... plans to boost spending to 2.4% this year, ... and 2% from next year": a clause with no verb of its
        # own is governed by the verb of the figure before it.
        before = [f for f in _FIGURE_RE.finditer(sentence, 0, lo)]
        if before:
            return clause_mood(sentence, before[-1].start(), before[-1].end())
    return None
