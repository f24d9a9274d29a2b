"""Context: what a sentence inherits from the sentences before it, the way a reader carries it, and when it must not.

A fact-checker reads "The United States spent 3.5% of GDP on defence in 2018. That is lower than last year's
estimate, which was at 3.57%." as two share-of-GDP figures for the US. This stage says, for each sentence, what it
may take from what came before:

- the **measure** its bare figures have ("share_gdp"): only when the previous sentence's claims had exactly that one
  measure, or a sentence about shares of GDP came at most two sentences before, and the sentence is not about
  something else (inflation, troops, aid...). A figure with a measure of its own keeps it (parse decides that);
- the **subject** a pronoun refers to (the last ally named), "This"/"The figure" refers to (what the sentence just
  before claimed), or an amount or change with no actor takes (the ally, or the allies other than the US, the
  sentence just before named alone: not past a second ally, a group, the alliance or a non-ally it named);
- the **ally** a sentence with none of its own is read about (a stand-in placed at the phrase): "the country", "the
  Baltic nation" and "But this is ..." stand for the ally last named, only when the sentence that named it named no
  other; an ownerless spending subject at a clause's start ("The current spending stands at 1.3% of GDP") for the
  ally of the sentence just before, when it named that ally alone and no group;
- the **allies** "the latter two" / "the former two" name: the last (first) two allies of the previous sentence, only
  when it named at least that many;
- the **year** "the following year" / "that year" counts from: only when the sentence (else the one before) named
  exactly one data year; otherwise the year cannot be told and the claim says so (never the newest year by
  default); a parallel statement takes the one printed year of the claims before it, a list item its header's.

Nothing here guesses: where the rule does not fix the answer, nothing is carried.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from natospend.claims import lexicon as L
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import excluded_mentions, remainder_of
from natospend.claims.multiples import EVENT_RE
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.quantities import MONEY_RE
from natospend.claims.scope import describes_ally
from natospend.claims.scope import out_of_scope_words as scope_words
from natospend.claims.tables import PRICE_YEAR
from natospend.claims.times import YearMention, find_years
from natospend.claims.vocab import phrase_alternation, vocab

# The measures parse can give a bare figure; a part of spending ("spent 51% of its defence budget on equipment")
# only to a bare list or figure that names no measure at all ("Luxembourg 50%, Hungary 48%").
CARRIED_MEASURES = ("share_gdp", "equipment_share")
_TOPIC_SENTENCES = 2  # a sentence about shares of GDP sets the measure of bare figures in the next two
_ARTICLE_GAP = 2  # the article's measure holds past at most two sentences about something else

# Words that show a sentence is about something other than defence spending: nothing is carried into it.
OFF_TOPIC = lazy(
    r"\b(inflation|interest rates?|tax\w*|unemployment|poll\w*|survey\w*|votes?|voters|turnout|troops|soldiers|"
    r"personnel|GNI|aid|exports?|imports?|tariffs?|approval|growth rate|economy grew|popularity)\b",
    re.I,
)
# A figure that names a share of something other than GDP ("5.5% of the country's general expenditures", "12% of its
# defence budget"): the sentence's bare figures do not take the share of GDP of the sentences before.
OTHER_SHARE = lazy(
    r"\d\s?(?:%|per\s?cent\b|percent\b)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+(?:'s|’s)\s+)?"
    rf"(?:(?:{phrase_alternation(vocab()['lists']['share_of_qualifiers'])})\s+){{0,2}}"
    rf"(?:{phrase_alternation(vocab()['lists']['share_of_nouns'])})\b",
    re.I,
)
# A figure with a percent sign and no measure of its own.
COMMON_FUNDING_RE = lazy(
    r"\bcommon(?:ly)?[- ]funded|\bcommon budgets?\b|\bNSIP\b|\bNATO(?:'s|’s)? (?:civil|military|own) budget\b"
    r"|\b(?:cost|costs|budget) of (?:operating|running|funding) (?:NATO|the North Atlantic Treaty Organi[sz]ation)\b",
    re.I,
)


@cache
def common_cues() -> Pattern:
    return lazy(rf"(?<![\w-])(?:{phrase_alternation(vocab()['common_funding_cues']['phrases'])})(?![\w-])", re.I)


def common_funding_named(sentence: str) -> bool:
    """Whether the sentence names NATO's own common-funded budgets ("the NATO budget", "the cost-sharing formula")."""
    return bool(COMMON_FUNDING_RE.search(sentence) or common_cues().search(sentence))


#: A sentence about aid to Ukraine ("helping Ukraine", "military aid to Ukraine", "Ukraine's backers").
_UKRAINE_AID = lazy(
    r"\b(?:aid|support\w*|assistance|help\w*|donat\w*|backers?|backing)\b[^.;]{0,50}\bUkrain\w*"
    r"|\bUkrain\w*[^.;]{0,40}\b(?:aid|support|assistance|backers?)\b",
    re.I,
)
_PERCENT_WORD = lazy(r"\d\s?%|\b(?:per\s?cent|percent)\b", re.I)
#: "In the long term, the deal will grow military spending by 20 percent": a national instrument opening a clause,
#: the last ally's own (its figures national ones, a plan).
PLAN_ANAPHOR = lazy(
    rf"[\s,;:]*(?:[^,;:.]{{1,40}},\s*)?(?:{phrase_alternation(vocab()['carry']['plan_anaphors'])})\b", re.I
)


#: A figure's own measure, which no carried cost share overrides: GDP or the allies' own defence spending.
_OWN_MEASURE = lazy(r"\bGDP\b|gross domestic product|\bdefen[cs]e\s+(?:spending|expenditures?|budgets?)\b", re.I)
BARE_FIGURE = lazy(r"\d(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.I)
# "This marks an increase from last year's 3.26 percent": the sentence is about what the previous one named.
ANAPHORIC_START = lazy(
    # "In 2014 the figure was 1.19%", "A decade ago, the share was ...": a time first, then the anaphor
    r"\s*(?:(?:(?:In|By|Back\s+in)\s+(?:19|20)\d\d|(?:A|One|Two|Three|Five|Ten)\s+(?:years?|decades?)\s+(?:ago|earlier)"
    r"|Last\s+year|Next\s+year|This\s+year),?\s+(?=[Tt]he\s))?"
    r"(?:This|That|It|[Tt]he\s+(?:figure|share|ratio|level|proportion|percentage))\b"
    r"(?!\s+(?:year|week|month|time|summer|is\s+why|means|comes))"
)
# "By 2013, ..., that number had plummeted to 1.6 percent", "The figure peaked at 1.59% in 2020": a noun standing
# for the figure the sentence before claimed (not "the number of allies", a count of its own)
NOUN_ANAPHOR = lazy(
    r"\b(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?:number|figure|share|ratio|level|proportion|percentage)\b(?!\s+(?:of|for)\b)"
)
# "France does not meet that target": the target the sentence before named, of its measure
_THAT_TARGET = lazy(r"\b(?:that|this)\s+(?:target|goal|guideline|benchmark|threshold|mark)\b", re.I)
_ONE_OF = lazy(r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_NOW = lazy(r"\b(?:now|today|currently|at present|presently|so far|recent(?:ly)?|still)\b", re.I)
# "it", "the country", and a descriptive one: "The Nordic country", "the Balkan nation", "the oil-rich kingdom".
PRONOUN = lazy(
    r"\b(?i:it|its|he|she|his|her|the country|the government)\b"
    r"|\b[Tt]he\s+(?:(?:[A-Z][\w-]+|[a-z]+-[a-z]+)\s+){1,2}(?:country|nation|kingdom|republic|government|state)\b"
)
_PRONOUN = PRONOUN
_REFERENT = lazy(
    r"\bthe\s+(?P<side>latter|former)\s+(?P<n>two|three|four|2|3|4)\b",
    re.I,
)
_REFERENT_N = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


@cache
def _stand_in_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a definite description of an ally, an anaphor opening a clause, an ownerless spending subject opening one)."""
    w = vocab()["carry"]
    # "In 2024,", "For 2024-25,", "In fiscal 2025,": a year (or fiscal year) first
    year = r"(?:in|by|for)\s+(?:fiscal\s+)?(?:19|20)\d\d(?:[-/–](?:20)?\d\d)?"
    lead = rf"(?:(?:{phrase_alternation(w['lead'])}|{year})\s*,?\s+)*"
    modifier = rf"(?!(?:{phrase_alternation(w['not_one_ally'])})\b)(?:[A-Z][\w-]+|[a-z]+-[a-z]+)\s+"
    described = re.compile(
        rf"\b(?i:the|that)\s+(?:{modifier}){{0,2}}(?i:{phrase_alternation(w['ally_nouns'])})\b(?!\s+of\s+[A-Z])"
    )
    anaphor = re.compile(rf"\s*(?i:{lead})(?:this|that|This|That)\s+(?i:{phrase_alternation(w['anaphor_verbs'])})\b")
    modifiers = [*w["spending_modifiers"], *vocab()["carry2"]["spending_modifiers"]]
    owned = rf"(?:the\s+)?(?:(?:{phrase_alternation(modifiers)})\s+){{0,3}}"
    spending = re.compile(
        rf"\s*(?i:{lead}(?P<np>{owned}(?:{phrase_alternation(w['spending_nouns'])})"
        r"|(?:spending|expenditure)\s+on\s+(?:defen[cs]e|the\s+military|the\s+armed\s+forces))"
        rf"\s+(?:{phrase_alternation(w['subject_verbs'])}))\b"
    )
    return described, anaphor, spending


# Words that make an ownerless spending subject the alliance's, a group's or the world's, not one ally's.
_NOT_ONE_ALLY = lazy(
    r"\b(?:NATO|Nato|alliance|allies|members?|member states|countries|nations|global|globally|world\w*|Europe\w*|"
    r"bloc|average|combined)\b",
    re.I,
)


@cache
def _anaphoric_years() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in vocab()["years"]["anaphoric"].items()}


@cache
def _anaphoric_year_re() -> Pattern:
    return lazy(r"\b(" + phrase_alternation(list(_anaphoric_years())) + r")\b", re.I)


@dataclass(frozen=True)
class YearRef:
    """A year phrase that counts from the previous sentence's year: resolved (`year`) or not (`year` None)."""

    start: int  # offsets in the sentence
    end: int
    text: str
    year: int | None
    why: str = ""  # when not resolved: what could not be told


@dataclass(frozen=True)
class Carried:
    """What one sentence inherits from the sentences before it."""

    measure: str | None = None  # the measure of its bare figures, None: they have none
    # "claims" (the previous sentence's only measure), "topic" (a sentence about GDP shares) or "article" (every
    # figure of the article so far)
    measure_from: str = ""
    subject: tuple[Mention, ...] = ()  # the ally a pronoun refers to (the last one named), else the sentence before's
    referents: tuple[Mention, ...] = ()  # "the latter two": the allies named, placed at the phrase
    year: YearRef | None = None
    parallel_year: int | None = None  # the one year of the previous sentence's claims, for a parallel statement
    list_year: int | None = None  # the one year a list's header named ("... as a share of GDP in 2024:"), for items

    refers: bool = False  # the sentence refers back ("it", "That", "The figure") to the subject

    @property
    def anaphoric(self) -> bool:
        """The sentence has something that can only be read with the context (a subject or allies it refers to)."""
        return bool((self.subject and self.refers) or self.referents)


@dataclass
class ArticleContext:
    """Reading state across the sentences of one article, in reading order: `carried` before a sentence is read,
    `advance` after."""

    topic_left: int = 0
    last_measures: frozenset[str] = frozenset()
    last_allies: list[Mention] = field(default_factory=list)  # the previous sentence's allies, left to right
    last_years: tuple[int, ...] = ()  # the distinct data years the previous sentence named
    last_claim_year: int | None = None  # the one year all the previous sentence's claims were about, if one
    list_year: int | None = None  # the year of the list being read (its header's one year), None: none or no list
    list_gap: bool = False  # the header was just read: one aside with no figure may still come before its items
    last_claims: list[Claim] = field(default_factory=list)  # what the previous sentence claimed
    subject: list[Mention] = field(default_factory=list)  # the last ally named so far
    rival: bool = False  # the last sentence that named an ally named two or more: which one is meant is not known
    last_grouped: bool = False  # the previous sentence named a group or the alliance
    last_owners: frozenset[tuple[str | None, str | None]] = frozenset()  # the allies and groups it named
    last_foreign: bool = False  # the previous sentence named a non-ally other than as an ally's neighbour or a time
    # the measures of every figure read so far ("unknown" for one nothing was made of): an article whose figures
    # have all been shares of GDP sets the measure of an ally's bare figure further on ("the UK is at 2.1%")
    article_measures: set[str] = field(default_factory=set)
    article_unknown: set[float] = field(default_factory=set)  # figures nothing was made of, unless named of GDP later
    article_gdp: set[float] = field(default_factory=set)  # figures the article named as shares of GDP
    off_subject: int = 0  # sentences since the last one about defence spending (teasers, asides)
    last_common: bool = False  # the previous sentence was about NATO's common-funded budgets (its cost shares)
    last_aid: bool = False  # the previous sentence was about aid to Ukraine (or a share of it was carried to it)

    def carried(self, sentence: str, mentions: list[Mention]) -> Carried:
        """What `sentence` (whose own mentions are `mentions`) inherits."""
        off_topic = _off_topic(sentence)
        measure, source = None, ""
        # a sentence about another share ("On equipment, Poland (52%) ...") keeps its bare figures' measure unsaid
        other = OTHER_SHARE.search(sentence) or L.EQUIPMENT_RE.search(sentence)
        if self.last_aid and _PERCENT_WORD.search(sentence) and not L.DEFENCE_RE.search(sentence):
            # "For the Baltic states, helping Ukraine is ... a strategic necessity. Estonia leads the way,
            # contributing 2.2 percent of its GDP": aid to Ukraine as a share of GDP, which natospend does not hold
            measure, source = "aid", "claims"
        elif self.last_common and _PERCENT_WORD.search(sentence) and not _OWN_MEASURE.search(sentence):
            # "... the common funds are negotiated among the members ... The aggregate U.S. share ... was 25.3%":
            # the cost shares of NATO's own budget the sentence before was about, not shares of GDP
            measure, source = "common_funding", "claims"
        elif (BARE_FIGURE.search(sentence) or self._target_back(sentence)) and not off_topic and not other:
            last = next(iter(self.last_measures)) if len(self.last_measures) == 1 else None
            if last in CARRIED_MEASURES and (last == "share_gdp" or not names_measure(sentence)):
                measure, source = last, "claims"
            elif self.topic_left:
                measure, source = "share_gdp", "topic"
            elif (
                self.article_measures == {"share_gdp"}
                and self.article_unknown <= self.article_gdp
                and self.off_subject <= _ARTICLE_GAP
            ):
                measure, source = "share_gdp", "article"  # parse and shares take it only for an ally's own figure
        subject: tuple[Mention, ...] = ()
        refers = False
        claimed = () if off_topic else self._claimed_subject(sentence, mentions)
        # "it", "its", "the country": the last ally named; "This", "That", "The figure": what the sentence just
        # before claimed, so only when it claimed something.
        if claimed:
            subject, refers = claimed, True
        elif self.subject and (
            _PRONOUN.search(sentence)
            or (ANAPHORIC_START.match(sentence) and not off_topic and self.last_claims)
            or PLAN_ANAPHOR.match(sentence)  # "In the long term, the deal will grow military spending by 20 percent"
        ):
            subject, refers = tuple(self.subject), True
        elif len(self.last_owners) == 1 and self.last_allies and not self.last_foreign:
            # what the sentence just before named alone, an ally or the allies other than the US ("As a result, $46bn
            # more..."): not past a second ally, a group beside it, the alliance or a non-ally
            subject = tuple(self.last_allies[-1:])
        return Carried(
            measure,
            source,
            subject,
            self._referents(sentence, mentions) or self._stand_in(sentence, mentions),
            self._year(sentence),
            self._parallel_year(sentence, source, lambda: names_measure(sentence)),
            self.list_year,
            refers,
        )

    def _target_back(self, sentence: str) -> bool:
        """'France does not meet that target': a target the sentence just before named at 2% (the level the target
        with no figure is read as), by a count's, a bar's or a pledge's claim."""
        return bool(_THAT_TARGET.search(sentence)) and any(
            c.threshold == 2.0 or (c.kind == "pledge" and c.value == 2.0) for c in self.last_claims
        )

    def _claimed_subject(self, sentence: str, mentions: list[Mention]) -> tuple[Mention, ...]:
        """'that number', 'the figure' before a sentence's first figure and any ally it names: who the sentence just
        before claimed a figure of (an ally or a group), when all its figures were of the same allies; else nothing."""
        m = NOUN_ANAPHOR.search(sentence)
        figure = BARE_FIGURE.search(sentence)
        if m is None or figure is None or m.start() > figure.start() or any(x.start < figure.start() for x in mentions):
            return ()
        owners = {tuple(c.countries) for c in self.last_claims if c.kind != "pledge"}
        if len(owners) != 1 or not next(iter(owners)):
            return ()
        return tuple(Mention(m.start(), m.end(), code, None, m.group()) for code in next(iter(owners)))

    def _referents(self, sentence: str, mentions: list[Mention]) -> tuple[Mention, ...]:
        m = _REFERENT.search(sentence)
        if m is None or any(x.start <= m.start() < x.end for x in mentions):
            return ()

        n = _REFERENT_N[m.group("n").lower()]
        allies: list[Mention] = []
        for x in self.last_allies:  # one per ally, in the order named
            if x.code not in (None, ALL_ALLIES) and all(a.code != x.code for a in allies):
                allies.append(x)
        if len(allies) < n:
            return ()  # "the latter two" after one ally: cannot tell which
        chosen = allies[-n:] if m.group("side").lower() == "latter" else allies[:n]
        return tuple(Mention(m.start(), m.end(), c.code, c.group_key, m.group(), c.weak) for c in chosen)

    def _stand_in(self, sentence: str, mentions: list[Mention]) -> tuple[Mention, ...]:
        """The ally a sentence that names none is about, placed at the phrase that stands for it ("the country", "But
        this is", "The current spending stands at"), when only one ally can be meant; else nothing."""

        if any(m.group_key or m.code not in (None, ALL_ALLIES, L.NATO_TOTAL) for m in mentions):
            return ()  # the sentence names its own allies or groups
        if _off_topic(sentence) or names_non_ally(sentence):
            return ()  # "Russia spent 7% of GDP": a non-ally's figure, not the ally's
        described, anaphor, spending = _stand_in_res()
        phrase = described.search(sentence) or anaphor.match(sentence)
        if phrase is not None:
            # the ally last named, when the sentence that named it named no other; "this" only for what the
            # sentence just before claimed of that ally
            code = self.subject[-1].code if self.subject and not self.rival else None
            if phrase.re is anaphor and not (self.last_claims and all(c.countries == [code] for c in self.last_claims)):
                code = None
            span = phrase.span()
        else:
            phrase = spending.match(sentence)
            if phrase is None:
                return ()
            code = self._one_ally()
            span = phrase.span("np")
        # the figure it is the subject of: after it, or anywhere for a description ("4.7% of the republic's GDP")
        after = 0 if phrase.re is described else span[1]
        figure = BARE_FIGURE.search(sentence, after) or MONEY_RE.search(sentence, after)
        if (
            code is None
            or figure is None
            or any(m.start < figure.start() for m in mentions)
            # "members agreed to contribute 2 percent of the nation's economic output": any member's; "Defence
            # spending across the alliance rose to 2.71%", "This marks a success, as the number of countries
            # reaching the 2% target has increased": not one ally's
            or _NOT_ONE_ALLY.search(sentence, 0, figure.start())
        ):
            return ()
        return (Mention(span[0], span[1], code, None, sentence[span[0] : span[1]].strip()),)

    def _one_ally(self) -> str | None:
        """The one ally an ownerless subject can be about: the sentence just before's, when it named that ally alone
        and no group. (Not an ally named further back: no article read in the audit needed it.)"""

        before = {str(m.code) for m in self.last_allies if m.code not in (None, ALL_ALLIES)}
        return next(iter(before)) if len(before) == 1 and not (self.last_grouped or self.last_foreign) else None

    def _year(self, sentence: str) -> YearRef | None:
        m = _anaphoric_year_re().search(sentence)
        if m is None or re.match(r"\s+of\s+writing\b", sentence[m.end() :], re.I):
            return None  # "at the time of writing": now, not the year the sentence before named
        offset = _anaphoric_years()[" ".join(m.group(1).lower().split())]
        # "It spent 4.12% in 2024, up from 3.9% the year before": the year the sentence named first, else the one
        # the sentence before named.
        own = sorted({y.year for y in _data_years(sentence[: m.start()])})
        if not own and _NOW.search(sentence, 0, m.start()):
            # "France now spends 2.06%, up from 1.82% a decade earlier": it counts back from now, not from the year
            # the sentence before named, and which year "now" is the sentence does not say
            why = (
                f"Cannot tell which year '{m.group(1)}' is: it counts back from now, which the sentence does not date."
            )
            return YearRef(m.start(), m.end(), m.group(1), None, why)
        base = own or list(self.last_years)
        if len(base) == 1:
            return YearRef(m.start(), m.end(), m.group(1), base[0] + offset)
        why = f"Cannot tell which year '{m.group(1)}' is: the sentence before names " + (
            "no year." if not base else f"several ({', '.join(map(str, base))})."
        )
        return YearRef(m.start(), m.end(), m.group(1), None, why)

    def _parallel_year(self, sentence: str, measure_from: str, own_measure: Callable[[], bool]) -> int | None:
        """'The UK spent 2.33% of GDP in 2023. France spent 2.06%.': the year of a parallel statement, when the
        measure is carried from claims that all had that one year and the sentence names no time of its own."""
        if measure_from != "claims" or self.last_claim_year is None or len(self.last_years) != 1 or own_measure():
            return None
        if (
            _MAYBE_YEAR.search(sentence)
            or L.RELATIVE_YEAR_RE.search(sentence)
            or _anaphoric_year_re().search(sentence)
            or _NOW.search(sentence)
        ):
            return None
        return self.last_claim_year

    def advance(
        self, sentence: str, mentions: list[Mention], made: list[Claim], carried: Carried, candidate: bool
    ) -> None:
        """Update the state after reading `sentence`, which gave the claims `made` (`candidate`: the sentence
        names a measure, a target or defence spending)."""

        off_topic = _off_topic(sentence)
        gdp = bool(L.GDP_RE.search(sentence))
        item = is_list_item(sentence, made)
        if item:
            self.list_gap = False  # a list goes on: its header's year still holds
        elif not made and (sentence.rstrip().endswith(":") or (gdp and not off_topic)):
            header = {y.year for y in _data_years(sentence)}
            self.list_year = next(iter(header)) if len(header) == 1 else None  # a list's header
            self.list_gap = True
        elif self.list_gap and not made and not _DIGIT.search(sentence):
            # One aside between a header and its list ("All data comes from the latest Nato annual report."):
            # the header's year still holds for the items after it.
            self.list_gap = False
        else:
            self.list_year, self.list_gap = None, False
        if gdp and L.DEFENCE_RE.search(sentence) and not off_topic:
            self.topic_left = _TOPIC_SENTENCES
        elif carried.measure and made and ((carried.measure_from == "topic" and not candidate) or item):
            pass  # a list of bare figures continues the topic ("Poland - 3.9%" / "Latvia - 2.3%")
        elif off_topic or L.SPENDING_RE.search(sentence) or _names_money(sentence):
            self.topic_left = 0
        else:
            self.topic_left = max(0, self.topic_left - 1)
        self.last_claims = list(made)
        self.last_common = any(c.kind == "common_funding" for c in made) or (
            not made and bool(common_funding_named(sentence))
        )
        self.last_aid = carried.measure == "aid" or bool(_UKRAINE_AID.search(sentence))
        kinds = {measure_of(c) for c in made}
        parts = sum(1 for c in made if c.kind == "equipment_share")
        if off_topic or (BARE_FIGURE.search(sentence) and not made) or len(OTHER_SHARE.findall(sentence)) > parts:
            # a figure nothing was made of, or a share of something other than GDP (and not a part of spending
            # read as one): the measure of the next sentence's bare figures is not known, so none is carried
            kinds.add("unknown")
        self.last_measures = frozenset(kinds)
        if BARE_FIGURE.search(sentence):
            # "The Magic 2%" (a title), then "fixating on the magic 2% of GDP": a figure nothing was made of is of no
            # known measure, unless the article names that figure a share of GDP
            figures = _figures(sentence)
            if gdp and not off_topic and not OTHER_SHARE.search(sentence):
                self.article_gdp |= figures
                self.article_measures.add("share_gdp")
            if made:
                self.article_measures |= kinds - {"unknown"}
            elif not gdp or off_topic:
                self.article_unknown |= figures
            if OTHER_SHARE.search(sentence):
                self.article_measures.add("other")  # "5.5% of the country's general expenditures"
        about = made or candidate or L.SPENDING_RE.search(sentence) or L.DEFENCE_RE.search(sentence)
        self.off_subject = 0 if about else self.off_subject + 1
        if any(c.attributed_to not in (None, "NATO") for c in made):
            self.article_measures.add("attributed")  # "An analysis ... by Ifo found": the article's figures may be its
        own = [m for m in mentions if m.code not in (None, ALL_ALLIES)]
        # "Excluding the United States, NATO allies spend far less. It now spends ...": an ally named as an exception
        # is never what "it" refers to; the group left is (when natospend holds its figure), else nothing is
        excepted = excluded_mentions(sentence, mentions) if own else []
        if excepted:
            rest = remainder_of(sentence, mentions, excepted)
            named = [m for m in own if m not in excepted]
            own = named or ([Mention(excepted[0].start, excepted[0].end, rest, None, "the rest")] if rest else [])
            if not own:
                self.subject = []  # what "it" may refer to next is the group left, which no ally stands for
        self.last_allies = own or list(carried.referents)
        years = {y.year for y in _data_years(sentence)}
        dated = [c for c in made if c.kind != "pledge"]
        claim_years = {c.year for c in dated if c.year is not None}
        # Only a printed year carries to a parallel statement: "last year's 3.26 percent" is usually a baseline.
        undated = any(c.year is None or c.year_basis not in ("explicit", "fiscal", "carried") for c in dated)
        self.last_years = tuple(sorted(years | claim_years))
        self.last_claim_year = next(iter(claim_years)) if len(claim_years) == 1 and not undated else None
        # The last ally named is what "it", "he" or "the country" refers to in the next sentence.
        self.subject = own[-1:] or self.subject
        codes = {m.code for m in own}
        if codes:
            self.rival = len(codes) > 1
        self.last_foreign = names_non_ally(sentence)
        # "Poland is one of the few NATO countries ...": the class an ally is one of names no second owner
        self.last_owners = frozenset(
            (m.code, m.group_key)
            for m in mentions
            if (m.code or m.group_key) and not _ONE_OF.search(sentence, max(0, m.start - 40), m.start)
        )
        self.last_grouped = any(m.group_key or m.code in (ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA) for m in mentions)


def _figures(sentence: str) -> set[float]:
    """The values of a sentence's bare percentages ("2%", "1,5 per cent")."""
    return {float(re.sub(r"[^\d.,]", "", m.group()).replace(",", ".")) for m in BARE_FIGURE.finditer(sentence)}


# carried() and advance() read each sentence for the same things: a few sentences' answers are kept.
@lru_cache(maxsize=4)
def _off_topic(sentence: str) -> bool:
    return bool(OFF_TOPIC.search(sentence))


@lru_cache(maxsize=4)
def names_non_ally(sentence: str) -> bool:
    """Does the sentence name a non-ally other than as an ally's neighbour, in an aside or in a time ("since Russia's
    invasion")? Then an ownerless figure in it or after it may be the non-ally's: no ally is carried to it."""
    events = [e.span() for e in EVENT_RE.finditer(sentence)]
    return any(
        not describes_ally(sentence, m.start(), m.end(), (m.end(), m.end()))
        and not any(a <= m.start() < b for a, b in events)
        for m in scope_words("non_allies").finditer(sentence)
    )


def measure_of(claim: Claim) -> str:
    """What a claim's figure is a measure of, for carrying it: a count or rank of allies by share of GDP and a pledge
    of a share of GDP measure shares of GDP ("Only five allies meet the 2% target. Poland leads with 4.1%")."""
    if claim.kind in ("count", "ranking") and claim.metric:
        return claim.metric
    if claim.kind == "pledge" and claim.metric is None:
        return "share_gdp"
    if claim.kind == "equipment_share" and claim.metric:
        return claim.metric  # a personnel or infrastructure share: not carried as the equipment share
    return claim.kind


@lru_cache(maxsize=4)
def names_measure(sentence: str) -> bool:
    """Does the sentence say what a figure measures (GDP, a target, money, real terms, a share of the alliance's
    spending, equipment)? Then it is not a parallel statement that takes the year of the one before."""
    return _names_money(sentence) or any(
        p.search(sentence) for p in (L.GDP_RE, L.TARGET_NOUN_RE, L.REAL_RE, L.ALLIANCE_SHARE_RE, L.EQUIPMENT_RE)
    )


def _names_money(sentence: str) -> bool:
    """An amount (quantities.MONEY_RE), looked for only where a digit is: every amount has one."""
    return _DIGIT.search(sentence) is not None and MONEY_RE.search(sentence) is not None


_ITEM_RESIDUE = lazy(r"[\W\d_]+")


def is_list_item(sentence: str, made: list[Claim]) -> bool:
    """Is the sentence only list items ("• Poland: 4.12%", "2. Greece – 2.38 percent of GDP")? Then it is read
    under its list's header, not as a statement of its own."""
    if not made or any(c.span_start is None or c.span_end is None for c in made):
        return False
    rest = sentence
    for c in sorted(made, key=lambda c: -(c.span_start or 0)):
        lo, hi = (c.span_start or 0) - c.start, (c.span_end or 0) - c.start
        rest = rest[:lo] + " " + rest[hi:]
    residue = _ITEM_RESIDUE.sub(" ", rest).split()
    return sum(len(w) for w in residue) <= 8


_MAYBE_YEAR = lazy(r"(?:19|20)\d\d")
_DIGIT = lazy(r"\d")


def _data_years(sentence: str) -> list[YearMention]:
    """The data and fiscal years a sentence names (find_years, skipped when no four digits could be a year); a price
    base ("figures based on 2010 prices") is not the year of the figures."""
    if not _MAYBE_YEAR.search(sentence):
        return []
    bases = [m.span() for m in PRICE_YEAR.finditer(sentence)]
    return [
        y for y in find_years(sentence) if y.role in ("data", "fiscal") and not any(a <= y.start < b for a, b in bases)
    ]
