"""Extraction: text (plain or HTML) -> sentences -> checkable claims about defence spending.

Rule-based on purpose (regular expressions over the lexicon, no statistical model): every decision can be read
in this package and every claim keeps the character span it came from. This module is the driver (`extract`,
sentence by sentence); the frames are in frame.py, the mentions in mentions.py and the extractors per kind in
shares.py, counts.py, pledges.py, growth.py and money.py. The extractor knows nothing about data; check.py gives
the verdicts.

Offsets (`start`, `end`) are positions in the text after `clean_text` (HTML stripped, control characters
replaced); `clean_text(x)` is what `check_text` shows as the article text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims import modality as M
from natospend.claims.alliance import OUTSPENDS_REST, alliance_claims, alliance_cue, rest_re
from natospend.claims.bars import bar_matches
from natospend.claims.clauses import clause_bounds, from_level
from natospend.claims.context import BARE_FIGURE as _BARE_FIGURE
from natospend.claims.context import COMMON_FUNDING_RE as _COMMON_FUNDING_RE
from natospend.claims.context import OFF_TOPIC as _OFF_TOPIC
from natospend.claims.context import ArticleContext, Carried, is_list_item
from natospend.claims.counts import (
    RECORD_RE,
    back_count_claims,
    count_claims,
    follows_up,
    list_claim,
    listed_back,
    record_claims,
    reference_count_re,
    reference_miss_re,
    reference_object_re,
)
from natospend.claims.directions import allied_change, direction_claims, direction_cue
from natospend.claims.frame import ALL_ALLIES as ALL_ALLIES
from natospend.claims.frame import KINDS as KINDS
from natospend.claims.frame import Claim as Claim
from natospend.claims.frame import Mention as Mention
from natospend.claims.growth import (
    BACKGROUND_RUN_RE,
    RUN_RE,
    background_runs,
    combined_claims,
    multiple_claims,
    refine_changes,
    year_direction_claims,
)
from natospend.claims.lists import CEILING, find_items, list_measure, plausible
from natospend.claims.mentions import attribution_source, excluded_mentions, remainder_of, set_year
from natospend.claims.mentions import find_capitals as find_capitals
from natospend.claims.mentions import find_mentions as find_mentions
from natospend.claims.metonymy import (
    find_people,
    undefined_group_regex,
)
from natospend.claims.money import follow_ups, money_claims, money_sentence
from natospend.claims.multiples import BARE_RE, DIRECTION_RE, RATIO_RE
from natospend.claims.multiples import GROWTH_RE as MULTIPLE_RE
from natospend.claims.patterns import Pattern, cue_absent, cue_text, lazy
from natospend.claims.pledges import (
    ALLIANCE_WORDS,
    alliance_spans,
    anaphoric_pledges,
    described_pledges,
    levelless_pledges,
    target_plan_claims,
)
from natospend.claims.quantities import comparator as _comparator
from natospend.claims.quantities import find_quantities
from natospend.claims.rankings import (
    measure_from_next,
    rank_at,
    rank_cue,
    rank_place,
    ranking_claims,
    speaker_placed,
    unmeasured,
)
from natospend.claims.scope import out_of_scope
from natospend.claims.shares import percent_claims
from natospend.claims.tables import table_claims
from natospend.claims.text import clean_text, split_sentences
from natospend.claims.times import YearMention, find_years
from natospend.claims.vocab import phrase_re

# A figure, or a word that stands for one: the first test of every sentence. The digit and the sign are looked for
# on their own (a scan for one character is fast), the words only where there is neither (their pattern's cue
# passes most sentences over without running it).
_FIGURE_SIGN = lazy(r"[\d%]")
_PREFILTER = lazy(
    r"\b(?:percent|per "
    r"cent|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|all|every|"
    r"half|third|quarter|highest|lowest|largest|biggest|smallest|least|tops|leads|first|second|targets?|goal|mark|"
    r"bottom|penultimate|rear|ranked|ranks|combined|together|"
    r"guideline|threshold|benchmark|doubled|tripled|trebled|quadrupled|halved|twice|"
    r"fair share|(?:its|their|our) share|responsibility|criterion|too little|"
    r"(?:spend\w*|spent|pay\w*) enough)\b",  # a bar by a synonym (bars.py)
    re.I,
)


_ALLIES_AND_PERCENT = lazy(
    r"\b(?:allies|members|member states|nations|countries)\b.{0,40}?\d+(?:\.\d+)?\s?(?:%|per ?cent)", re.I
)
#: "will “almost” meet the NATO standard in 2024": the alliance's target by another noun (pledges._target_plan_re)
_NATO_NORM = lazy(r"\b(?:NATO|Nato|alliance['’]s)\s+(?:(?:defen[cs]e\s+)?spending\s+)?(?:standard|norm)\b")


def extract(text: str | bytes, as_of: date | None = None) -> list[Claim]:
    """Every checkable statement about defence spending in `text`, in reading order; what a sentence inherits from
    the ones before it (a measure, an ally, a year) is decided by claims/context.py."""
    clean = clean_text(text)
    claims: list[Claim] = []
    reading = ArticleContext()
    previous: list[Claim] = []  # the claims of the sentence before: what "these countries", "the top ten" refer to
    previous_age = 0
    unranked: list[Claim] = []  # ranks of the sentence before that did not say what they are by
    before = ""  # the sentence before: where a quote's speaker may be named
    bounds = split_sentences(clean)
    for at, (start, end) in enumerate(bounds):
        sentence = clean[start:end]
        candidate = bool(
            (
                _FIGURE_SIGN.search(sentence)
                or _PREFILTER.search(sentence)
                or rank_cue(sentence)
                or direction_cue(sentence)
            )
            and (
                L.DEFENCE_RE.search(sentence)
                or money_sentence(sentence)  # "allies will have invested $130 billion more since 2016"
                or L.GDP_RE.search(sentence)
                or L.TARGET_NOUN_RE.search(sentence)
                or _NATO_NORM.search(sentence)
                or bar_matches(sentence)  # "only 5 NATO nations meet their responsibility"
                or _ALLIES_AND_PERCENT.search(sentence)  # "only five allies meet 2%"
                or _COMMON_FUNDING_RE.search(sentence)  # named as not held, not left out
                or alliance_cue(sentence)  # "outspends the rest of NATO combined"
                or allied_change(sentence)  # "All Allies are increasing spending": no word of defence
                or (M.FLOOR_RE.search(sentence) and _BARE_FIGURE.search(sentence))  # "2% ... as a minimum"
                or (  # "Canada has pledged to reach 2% by 2032"
                    L.STRONG_PLEDGE_RE.search(sentence)
                    and _BARE_FIGURE.search(sentence)
                    and not _OFF_TOPIC.search(sentence)
                    # "Berlin aims to reach 2 percent this year": a capital standing for its government
                    and (
                        L.country_regex().search(sentence) or ALLIANCE_WORDS.search(sentence) or find_capitals(sentence)
                    )
                )
            )
        )
        follow = bool(previous) and follows_up(sentence, previous)
        if not (candidate or follow) and len(sentence) >= 400 and not (reading.topic_left or reading.last_measures):
            reading.advance(sentence, [], [], Carried(), candidate)
            previous = []
            continue  # a long run that names no measure, after nothing it could inherit one from
        mentions = find_mentions(sentence, as_of)
        carried = reading.carried(sentence, mentions)
        if carried.referents:  # "The latter two met the mark": the allies the sentence before named
            mentions = sorted([*mentions, *carried.referents], key=lambda m: m.start)
        made: list[Claim] = []
        # a group of fixed allies takes the measure carried as an ally does ("NATO Europe works out to 1.47%")
        specific = any(m.code not in (None, ALL_ALLIES) or m.group_key for m in mentions)
        # "Norway lies 12th on the table." after a sentence of figures: a place said of an ally named or referred to
        placed = bool(previous) and (specific or carried.anaphoric) and bool(rank_place(sentence))
        if not specific and reading.subject and not reading.rival and speaker_placed(sentence):
            # "We rank 15th among NATO members": the speaker's country, the ally named last
            carried, placed = replace(carried, subject=tuple(reading.subject[-1:])), True
        if candidate or follow or placed or (carried.measure and (specific or carried.anaphoric)):
            subject = list(carried.subject)
            # the article's measure is for a sentence that names none of its own ("the UK is at 2.1%")
            own = candidate and carried.measure_from == "article"
            measure, measure_from = (None, "") if own else (carried.measure, carried.measure_from)
            made = extract_sentence(sentence, start, as_of, subject, mentions, measure, previous, measure_from)
            _carry_year(made, carried, start)
            made = _of_the_remainder(sentence, start, mentions, made)
            after = clean[slice(*bounds[at + 1])] if at + 1 < len(bounds) else ""
            made = _first_person(sentence, (before, after), start, mentions, made, as_of)
            made = _said_by(sentence, mentions, made)
            made = _pronoun_subject(sentence, start, mentions, made, carried)
            made = [c for c in made if not _undated_from_level(c)]
            made = _common_funding_gapping(made, sentence)
            if measure == "common_funding":
                made = _common_funding_carried(made)
            if measure == "aid":  # a share of GDP given to Ukraine, not spent on defence (context.py)
                made = [c for c in made if c.kind != "share_gdp"]
        if _gate(bool(previous)):  # an amount or change said of the claims of the sentence before
            made += follow_ups(sentence, start, previous, made, as_of)  # "A decrease of $23 billion since 2021."
        measure_from_next(unranked, sentence.lstrip(), made)
        unranked = unmeasured(made)
        claims.extend(made)
        pledged = anaphoric_pledges(sentence, start, as_of, claims)  # "so that we reach that level in 2027"
        pledged += levelless_pledges(sentence, start, mentions, as_of, [*made, *pledged])  # "agreed to increase ..."
        pledged += described_pledges(sentence, start, as_of, [*made, *pledged])  # "a long-held target of 2%"
        claims.extend(pledged)
        # What "the number", "these countries" refer to: the claims of the last sentence that made some, one
        # sentence back at most ("... more than 20 allies ..." / a quote / "five years ago, the number was ...").
        previous, previous_age = (made, 0) if made else (previous if previous_age < 1 else [], previous_age + 1)
        reading.advance(sentence, mentions, [*made, *pledged], carried, candidate)
        before = sentence
    claims += table_claims(clean, as_of, claims)
    return sorted(claims, key=lambda c: (c.start, c.span_start or c.start))


_YEARLESS_KINDS = ("pledge", "common_funding")


# A measure of a figure's own after a common-funded share: GDP (not "national income", the cost-share key) or
# national defence spending.
_OWN_MEASURE_RE = lazy(r"\bGDP\b|gross domestic product|\bdefen[cs]e\s+(?:spending|expenditures?)\b", re.I)


def _common_funding_gapping(made: list[Claim], sentence: str) -> list[Claim]:
    """Figures that follow a share of NATO's own budget (or of the allies' total spending) in one sentence and name
    no measure of their own ("22.1 percent of the NATO budget -- which totalled $2.5 billion -- and Germany 14.8
    percent") measure the same thing, not GDP: a sentence that names GDP or defence spending after it keeps them."""
    first = next((c for c in made if c.kind in ("common_funding", "alliance_share") and c.value_text), None)
    if first is None:
        return made
    anchor = sentence.find(first.value_text)
    if anchor < 0:
        return made
    rest = anchor + len(first.value_text)
    own = L.ALLIANCE_SHARE_RE.search(sentence[rest : rest + 45])  # the first figure's own measure is not another's
    if _OWN_MEASURE_RE.search(sentence[rest + (own.end() if own else 0) :]):
        return made
    # An alliance share's complement ("the US bore 64% ..., with Europe and Canada accounting for 36%") is a
    # share too; money after it is the allies' own spending, so only a common-funded budget takes amounts, and
    # counts of allies ("... Germany 14.65%; 13 Allies Pay Below 1%": allies counted by their cost share).
    gapped = ("share_gdp", "total_spending", "count") if first.kind == "common_funding" else ("share_gdp",)
    out = []
    for c in made:
        at = sentence.find(c.value_text, anchor + 1) if c.value_text else -1
        if c.kind in gapped and at > anchor and (c.unit == "percent" or first.kind == "common_funding"):
            if c.kind == "count" and c.threshold is not None:  # what is not held is the cost share counted by
                c = replace(c, value=c.threshold, value_text=f"{c.threshold:g}% (the share allies are counted by)")
                c.unit = "percent"
            c = replace(c, kind=first.kind, metric=first.metric)
        out.append(c)
    return out


def _common_funding_carried(made: list[Claim]) -> list[Claim]:
    """A sentence after one about NATO's common-funded budgets that names no measure of its own (context.py): its
    shares and the allies it counts by a share ("Thirteen allies ... pay less than one percent each") are cost
    shares of those budgets, not shares of GDP."""
    out = []
    for c in made:
        if c.kind == "count" and c.threshold is not None:
            c = replace(c, value=c.threshold, value_text=f"{c.threshold:g}% (the share allies are counted by)")
            c.unit = "percent"
            c = replace(c, kind="common_funding", metric=None)
        elif c.kind == "share_gdp" and c.unit == "percent":
            c = replace(c, kind="common_funding", metric=None)
        out.append(c)
    return out


def _of_the_remainder(sentence: str, offset: int, mentions: list[Mention], made: list[Claim]) -> list[Claim]:
    """'Excluding the US, the alliance spent an average of 1.5% of GDP': a figure said of the alliance after an
    exception is the figure of the allies left, European allies and Canada when the US is left out; of any other
    remainder natospend holds no figure, and which allies it covers is said as what could not be told."""
    whole = [c for c in made if c.kind in _REMAINDER_KINDS and c.countries in ([L.NATO_TOTAL], [ALL_ALLIES])]
    if not whole:
        return made
    excepted = excluded_mentions(sentence, mentions)
    for claim in whole:
        at = (claim.anchor[0] if claim.anchor else claim.end) - offset
        lo = (claim.span_start if claim.span_start is not None else claim.start) - offset
        before = [m for m in excepted if lo <= m.start < at]
        if not before:
            continue
        rest = remainder_of(sentence, mentions, before, whole=True)
        if rest is not None:
            claim.countries = [rest]
        else:
            names = ", ".join(m.label or str(m.code) for m in before)
            claim.undetermined, claim.undetermined_why = (
                "ally",
                (
                    f"Cannot tell whose figure this is: it is said of the allies other than {names}, "
                    "a group natospend holds no figure of."
                ),
            )
    return made


_REMAINDER_KINDS = ("share_gdp", "real_growth", "equipment_share", "total_spending")
#: Kinds whose figure a first person makes the speaker's (an amount is pinned by its currency: "Our cash spend ... is
#: £66.3 billion").
_FIRST_PERSON_KINDS = ("share_gdp", "real_growth", "equipment_share")


def _first_person(
    sentence: str,
    around: tuple[str, str],
    offset: int,
    mentions: list[Mention],
    made: list[Claim],
    as_of: date | None,
) -> list[Claim]:
    """'"We are at 2.1 percent," Scholz said, adding that Poland spends 4 percent': a figure whose subject is "we" or
    "our" is the speaker's ally, when this sentence, the speech tag closing its quote in the next one, or the sentence
    before names a speaker in office for one ally's government on the claim's date (people.csv), or one ally's office
    ("German Chancellor"); else whose it is cannot be told, whatever ally the sentence names besides. `around`: the
    sentences before and after."""
    before, after = around
    for claim in made:
        if claim.kind not in _FIRST_PERSON_KINDS or len(claim.countries) != 1 or claim.group_key or not claim.anchor:
            continue
        if claim.qualified():
            continue  # a programme's amount, a change: read already for what it is
        lo = claim.span_start - offset if claim.span_start is not None else 0
        hi = claim.span_end - offset if claim.span_end is not None else len(sentence)
        at = claim.anchor[0] - offset
        we = list(_FIRST_PERSON.finditer(sentence, max(0, lo), max(0, at)))
        if not we or any(we[-1].end() <= m.start < at and m.code for m in mentions):
            continue  # "we're paying 4% when Germany is at 1.2%": the ally named after "we" is the figure's
        turn = _CLAUSE_TURN.search(sentence, claim.anchor[1] - offset, hi)
        end = turn.start() if turn else hi
        if any(lo <= m.start < end and m.code == claim.countries[0] and not m.weak for m in mentions):
            continue  # "we saw a real increase ... across European allies and Canada": the clause names whose
        # "“So we're paying 4 to 4.3% when ... GDP. That's not fair,” Trump said": the quote's tag is in the next one
        tag = after[after.find("”") :] if "”" in after and sentence.count("“") > sentence.count("”") else ""
        speaker = _speaker_ally([sentence, tag, before], as_of or date.today())
        if speaker is not None:
            claim.countries = [speaker]
        else:
            claim.countries = []  # not the ally the sentence names besides
            claim.undetermined, claim.undetermined_why = (
                "ally",
                (
                    f"Cannot tell whose figure this is: '{we[-1].group()}' is the speaker's, and no "
                    "speaker in office for one ally is named in this sentence or the one before."
                ),
            )
    return made


def _said_by(sentence: str, mentions: list[Mention], made: list[Claim]) -> list[Claim]:
    """'Kallas said 2% of GDP on defence spending must be the floor, not the ceiling' (her tweet of 22 March 2023): a
    person in office who says a figure is its speaker, not its subject; the figure is their ally's only when the words
    claim it as their side's ("we", "our", "his government"), else whose it is cannot be told."""
    people = [m for m in mentions if m.weak and m.code]
    if not people:
        return made
    for claim in made:
        if claim.kind not in _FIRST_PERSON_KINDS or claim.qualified() or len(claim.countries) != 1:
            continue
        code = claim.countries[0]
        if any(m.code == code and not m.weak for m in mentions):
            continue  # "Kallas said Estonia spends 3.4%": the ally is named
        speaker = next((m for m in people if m.code == code), None)
        if speaker is None or not phrase_re("falsepaths", "speech").match(sentence, speaker.end + 1):
            continue  # "Sanchez agreed to ...": the person acts for the ally
        if phrase_re("falsepaths", "own_side").search(sentence):
            continue  # "'We spend 2%,' Scholz said": the speaker's side
        claim.countries = []
        claim.undetermined, claim.undetermined_why = (
            "ally",
            (f"Cannot tell whose figure this is: {speaker.label} says it, and the words claim it for no ally."),
        )
    return made


def _pronoun_subject(
    sentence: str, offset: int, mentions: list[Mention], made: list[Claim], carried: Carried
) -> list[Claim]:
    """'... something that the Netherlands does not yet do. It currently puts in around 1.3%, and lower spending ...
    has been a subject of attack for US president Donald Trump, who has threatened less military support from
    America' (defense-aerospace.com, July 2018): a share whose subject is a pronoun opening the sentence is the
    pronoun's antecedent's, not the ally a later clause names; with no one antecedent, whose it is cannot be told."""
    opening = _OPENING_PRONOUN.match(sentence)
    if opening is None:
        return made
    for claim in made:
        if claim.kind not in _FIRST_PERSON_KINDS or claim.qualified() or len(claim.countries) != 1 or not claim.anchor:
            continue
        code, at = claim.countries[0], claim.anchor[1] - offset
        turn = _CLAUSE_TURN.search(sentence, at)
        own = [m for m in mentions if m.code == code]
        if not own or turn is None or any(m.start < turn.start() for m in own):
            continue  # the ally is named in the figure's own clause
        antecedent = {m.code for m in carried.subject if m.code}
        if len(antecedent) == 1 and code not in antecedent:
            claim.countries = [str(next(iter(antecedent)))]
        elif code not in antecedent:
            claim.countries = []
            claim.undetermined, claim.undetermined_why = (
                "ally",
                (
                    f"Cannot tell whose figure this is: '{opening.group().strip()}' refers to no one "
                    "ally named before, and the ally the sentence names is another clause's."
                ),
            )
    return made


_OPENING_PRONOUN = lazy(r"\s*(?:It|Its|It['’]s)\b")
#: Where the clause of a figure ends ("we're paying 4% when Germany's paying 1.2%": Germany's is another clause).
_CLAUSE_TURN = lazy(r"\b(?:when|while|whereas|but|although|though|and|adding|as)\b|[,;:]", re.I)
_OWNER_GAP = lazy(r"(?:['’]s)?\s+")  # "German Chancellor", "Britain's defence secretary"
#: The first person before a figure ("We spend 2%", "our defence budget is 2.1%"): the speaker's side.
_FIRST_PERSON = lazy(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "US", the United States


def _speaker_ally(texts: list[str], day: date) -> str | None:
    """The one ally whose government the people named in the first of `texts` that names any serve on `day`, else
    the one ally named right before an office there ("German Chancellor", "Britain's defence secretary"); None when
    none does, several do, or a NATO official speaks (whose "we" is the alliance)."""
    offices = phrase_re("accurate0", "national_speakers")
    for text in texts:
        people = find_people(text)
        if any(any(t.country == "NATO" and t.held(day) for t in p.person.terms) for p in people):
            return None
        allies = {a for p in people if (a := p.person.ally(day)) is not None}
        if not allies:
            for m in find_mentions(text, day):
                gap = _OWNER_GAP.match(text, m.end)
                if m.code not in (None, ALL_ALLIES) and not m.weak and gap and offices.match(text, gap.end()):
                    allies.add(m.code)
        if allies:
            return next(iter(allies)) if len(allies) == 1 else None
    return None


def _undated_from_level(claim: Claim) -> bool:
    """The level a change started from ("Italy spends 1.5% of GDP, down from 1.6%") is a claim of its own only when
    its year is told (the sentence's, the one before's or its own: "in 2023", "last year")."""
    if claim.kind != "share_gdp" or claim.year_basis != "latest" or not claim.value_text:
        return False
    return from_level(claim.text, claim.text.find(claim.value_text, (claim.span_start or claim.start) - claim.start))


def _carry_year(claims: list[Claim], carried: Carried, offset: int) -> None:
    """Years a sentence inherits (claims/context.py): "The following year, the US spent about 4.08%" counts from the
    year the sentence before named ("up from 3.9% the year before" from the one this sentence named first); when
    that cannot be told, the claim says so instead of being judged against the newest year. A parallel statement
    ("The UK spent 2.33% of GDP in 2023. France spent 2.06%.") takes the one year of the claims before it."""
    ref = carried.year
    for claim in claims:
        if claim.kind in _YEARLESS_KINDS or (claim.modality == "forecast" and claim.year is None):
            continue  # "The government expects the figure to stay above 2 percent": ahead, not the year before's
        if ref is not None:
            lo, hi = claim.span_start or claim.start, claim.span_end or claim.end
            in_clause = lo <= offset + ref.start < hi
            own = claim.year_text is not None and claim.year_text in claim.text[lo - claim.start : hi - claim.start]
            if claim.year_basis != "latest" and not (in_clause and not own):
                continue  # a year of its own in its clause ("in 2016", "last year") wins
            if not in_clause and offset + ref.start >= hi:
                continue  # "France now spends 2.06%, up from 1.82% a decade earlier": the phrase dates its clause
            if ref.year is None:
                if not claim.qualified():
                    claim.undetermined, claim.undetermined_why = "year", ref.why
                continue
            claim.year, claim.year_text, claim.year_basis = ref.year, ref.text, "carried"
        elif claim.kind not in _LIST_KINDS or claim.year_basis != "latest":
            continue
        elif carried.list_year is not None and is_list_item(claim.text, claims):
            claim.year, claim.year_text, claim.year_basis = carried.list_year, None, "carried"
        elif carried.parallel_year is not None and claim.kind == carried.measure:
            claim.year, claim.year_text, claim.year_basis = carried.parallel_year, None, "carried"


# Per-sentence gates: an extractor is passed over in a sentence that lacks what every claim it makes needs (the cue
# of the patterns it starts from, patterns.cue; a money amount; a figure; a count before it to refer back to). Each
# gate is a necessary condition read off the extractor, so it changes no claim, only the time: GATED = False runs
# every extractor on every sentence (tests/test_claims_speed2_gates.py compares the two).
GATED = True
_DIGIT = lazy(r"\d")


def _gate(needed: bool) -> bool:
    return needed or not GATED


def _cued(cues: str | None, *patterns: Pattern) -> bool:
    """Can one of `patterns` match the sentence whose cue_text is `cues`?"""
    return not GATED or not all(cue_absent(p, cues) for p in patterns)


def extract_sentence(
    sentence: str,
    offset: int = 0,
    as_of: date | None = None,
    context: list[Mention] | None = None,
    mentions: list[Mention] | None = None,
    topic: str | None = None,
    previous: list[Claim] | None = None,
    topic_from: str = "",
) -> list[Claim]:
    """The claims in one sentence (offsets relative to the text the sentence came from); `topic` is the measure
    the previous sentences set for figures that do not name their own ("share_gdp"), `topic_from` how
    (claims/context.py: "claims" when the sentence just before claimed it, "topic" from a sentence about it);
    `previous` the claims of the sentence before, for counts and rankings that refer back to them."""
    previous = previous or []
    mentions = find_mentions(sentence, as_of) if mentions is None else mentions
    qs = find_quantities(sentence)
    years = find_years(sentence)
    # Years inside money or percent figures are not years.
    years = [y for y in years if not any(q.start <= y.start < q.end for q in qs)]
    years = M.announced_years(sentence, years)  # "the target of 2% set ... in 2006": when it was set
    claims: list[Claim] = []
    cues = cue_text(sentence)
    counted = any(c.kind == "count" and c.threshold is not None for c in previous)  # what back-references need
    # counts7: "only ten others reached this target" after a sentence naming the target but counting no one
    counted = counted or (
        bool(previous) and _cued(cues, reference_count_re(), reference_object_re(), reference_miss_re())
    )
    claims.extend(count_claims(sentence, offset, mentions, qs, years, as_of))
    if not claims:
        listed = list_claim(sentence, offset, mentions, qs, years, as_of) or (
            listed_back(sentence, offset, mentions, previous) if _gate(counted) else None
        )
        if listed:
            claims.append(listed)
    # counts7: "More than 10 ... fell short as recently as last year, but many members raised military spending": a
    # count of real rises beside it does not stop a count by reference to the target before
    if _gate(counted) and all(c.kind == "count" and c.metric == "real_change" for c in claims):
        claims.extend(back_count_claims(sentence, offset, previous, as_of))
    if _cued(cues, RECORD_RE):
        claims.extend(record_claims(sentence, offset, claims or previous))
    rank_topic = next(
        (c.metric for c in previous if c.kind == "ranking" and c.metric and c.rank_field != "world"), None
    )
    # the article's measure (context.py) is only for an ally's own bare figure (shares.py), not a rank's or a list's
    near_topic = None if topic_from == "article" else topic
    claims.extend(
        ranking_claims(sentence, offset, mentions, qs, years, as_of, near_topic, rank_topic, previous, context)
    )
    claims.extend(percent_claims(sentence, offset, mentions, qs, years, as_of, context or [], topic, topic_from))
    if not any(c.kind == "pledge" for c in claims):
        claims.extend(target_plan_claims(sentence, offset, mentions, years, as_of))  # "expects to hit the target"
    if _cued(cues, L.COMBINED_OTHERS_RE):
        claims.extend(combined_claims(sentence, offset, mentions, years, as_of))
    if _cued(cues, rest_re(), OUTSPENDS_REST):
        claims.extend(alliance_claims(sentence, offset, mentions, years, as_of))
    if _cued(cues, MULTIPLE_RE, BARE_RE, RATIO_RE):
        claims.extend(multiple_claims(sentence, offset, mentions, years, as_of, context or []))
    if not any(c.kind == "real_growth" for c in claims) and _cued(cues, RUN_RE, DIRECTION_RE):
        claims.extend(year_direction_claims(sentence, offset, mentions, years, as_of, context or []))
    if _gate(any(q.kind == "money" for q in qs)):
        claims.extend(money_claims(sentence, offset, mentions, qs, years, as_of, context or []))
    if _gate(_DIGIT.search(sentence) is not None):  # every list item has a figure (lists.find_items)
        claims.extend(_list_item_claims(sentence, offset, claims, years, as_of, near_topic))
    if not any(c.kind == "real_growth" for c in claims):  # a change stated in words (claims/directions.py)
        claims.extend(direction_claims(sentence, offset, mentions, years, as_of, context or [], claims))
    claims = refine_changes(sentence, offset, claims, years, as_of)  # what a change is counted from (growth.py)
    if _cued(cues, BACKGROUND_RUN_RE):
        claims.extend(background_runs(sentence, offset, claims))  # "..., after six years of decline"
    allies = [(m.start, m.end) for m in mentions if m.code is not None or m.group_key is not None]
    # A world ranking is kept: its verdict names it as out of scope ("natospend holds NATO allies only").
    # A pledge is the alliance's where it names the alliance nearer its figure than a non-ally (pledges.alliance_spans).
    pledgers = allies + alliance_spans(sentence)
    claims = [
        c
        for c in claims
        if c.rank_field == "world" or not _out_of_scope(sentence, c, pledgers if c.kind == "pledge" else allies)
    ]
    undefined = undefined_group_regex().search(sentence)
    # the sentence's attribution, read once for its claims
    source = attribution_source(sentence) if any(c.attributed_to is None for c in claims) else None
    for claim in claims:
        if claim.attributed_to is None:
            claim.attributed_to = source
        if (
            undefined
            and claim.kind != "pledge"
            and not claim.group_key
            and claim.countries in ([], [ALL_ALLIES])
            # a count's own noun ("11 of the 31 members, mostly on the eastern flank") sets its scope
            and (claim.kind != "count" or undefined.group().lower() in claim.value_text.lower())
        ):
            claim.undefined_group = undefined.group()  # "the eastern flank": which allies is not fixed
    _clause_spans(sentence, offset, claims)
    claims = _without_pledge_counts(claims)
    return sorted(claims, key=lambda c: c.span_start if c.span_start is not None else c.start)


def _without_pledge_counts(claims: list[Claim]) -> list[Claim]:
    """ "All 32 member states committed to ... 5% by 2035": the count of every ally in the clause of an alliance-wide
    pledge says what the pledge says; one claim, the pledge, not two."""
    pledged = {(c.span_start, c.span_end) for c in claims if c.kind == "pledge" and c.countries == [ALL_ALLIES]}
    return [
        c for c in claims if not (c.kind == "count" and c.comparator == "all" and (c.span_start, c.span_end) in pledged)
    ]


def _out_of_scope(sentence: str, claim: Claim, allies: list[tuple[int, int]]) -> bool:
    """A non-ally's figure, government-wide spending, "the pivot to 5%": not a claim (claims/scope.py)."""
    at = sentence.find(claim.value_text) if claim.value_text else -1
    return at >= 0 and out_of_scope(sentence, at, at + len(claim.value_text), allies, claim.kind) is not None


# "This marks an increase from last year's 3.26 percent": the sentence is about what the previous one named.
_LIST_KINDS = ("share_gdp", "real_growth", "alliance_share", "equipment_share")


def _list_item_claims(
    sentence: str,
    offset: int,
    claims: list[Claim],
    years: list[YearMention],
    as_of: date | None,
    topic: str | None = None,
) -> list[Claim]:
    """One claim per verbless list item ("Greece (3.54 pct)"), each with the item as its span: claims the
    other passes already made for the item get its span; the others are made here when the sentence says what
    the figures measure."""
    items = find_items(sentence)
    if not items:
        return []
    measure = list_measure(sentence) or topic
    made: list[Claim] = []
    for item in items:
        same = [
            c
            for c in claims
            if c.kind in _LIST_KINDS
            and c.countries == [item.code]
            and c.value is not None
            and abs(abs(c.value) - item.value) < 1e-9
            and c.span_start is None
        ]
        if not same:
            # Another pass gave the item's figure to the wrong ally ("from 3.9% in Poland to 1.2% in Luxembourg"):
            # the figure printed at the item's place belongs to the item's ally.
            same = [
                c
                for c in claims
                if c.kind in _LIST_KINDS
                and c.value is not None
                and abs(abs(c.value) - item.value) < 1e-9
                and c.span_start is None
                and sentence.startswith(c.value_text, item.value_start)
                and len(c.countries) == 1
                and c.countries[0] not in {i.code for i in items if abs(i.value - item.value) < 1e-9}
            ]
            for c in same:
                c.countries = [item.code]
        # "Luxembourg (2.1% of GDP), Finland (46%)": an item's figure past its measure's ceiling is no claim of it
        for c in [c for c in same if c.kind in CEILING and not plausible(c.kind, item)]:
            same.remove(c)
            claims.remove(c)
        if same:
            for c in same:
                c.span_start, c.span_end = offset + item.start, offset + item.end
                if measure == "alliance_share" and c.kind == "share_gdp":
                    c.kind = "alliance_share"
                if item.level:  # "tops the list at 4.12%": its figure, not a threshold it passes
                    c.comparator, c.threshold = "eq", None
            continue
        if measure is None or not plausible(measure, item):
            continue  # "cannot tell what the figure measures", or it cannot be that: no claim
        claim = Claim(offset, offset + len(sentence), sentence, measure)
        claim.value, claim.decimals = item.value, item.decimals
        claim.step = 10.0**-item.decimals
        claim.value_text = sentence[item.value_start : item.value_end]
        claim.comparator = _comparator(sentence, item.value_start, item.value_end)
        if re.search(r"\b(?:each\s+)?(?:around|about)\s*$", sentence[item.start : item.value_start], re.I):
            claim.comparator = "approx"
        claim.unit = "percent (annual real change)" if measure == "real_growth" else "percent"
        claim.countries = [item.code]
        if measure == "real_growth" and (L.DECLINE_RE.search(sentence) or re.search(r"\bcutters?\b", sentence)):
            claim.value = -item.value
        set_year(claim, sentence, (item.value_start, item.value_end), years, as_of)
        claim.span_start, claim.span_end = offset + item.start, offset + item.end
        made.append(claim)
    return made


def _clause_spans(sentence: str, offset: int, claims: list[Claim]) -> None:
    """Each claim's span: its list item, else the clause that holds its anchor (its figure, else the words it was
    read from: frame.Claim.anchor, or a ranking's first place word), parted from the clauses of the anchors of the
    sentence's other claims; else the sentence."""
    used: set[int] = set()
    found: list[tuple[Claim, int, int]] = []
    for claim in claims:  # the claims with a span of their own (list items) part the others too
        at = _anchor(sentence, offset, claim, used)
        if at is not None:
            found.append((claim, *at))
    figures = sorted({(a, b) for _, a, b in found})
    for claim, a, b in found:
        if claim.span_start is not None:
            continue
        others = [f for f in figures if f[0] != a]
        lo, hi = clause_bounds(sentence, a, b, others)
        claim.span_start, claim.span_end = offset + lo, offset + hi


def _occurrences(sentence: str, figure: str) -> list[int]:
    """Where `figure` stands in `sentence` on its own: not the tail of a longer number ("2%" in "2.2%")."""
    out, at = [], sentence.find(figure)
    while at >= 0:
        if at == 0 or not (figure[0].isdigit() and sentence[at - 1] in "0123456789.,"):
            out.append(at)
        at = sentence.find(figure, at + 1)
    return out


def _anchor(sentence: str, offset: int, claim: Claim, used: set[int]) -> tuple[int, int] | None:
    """[start, end) in `sentence` of what the claim was read from: its figure (where its anchor says, else its next
    occurrence not taken by another claim and not inside a longer number), else its anchor, else a ranking's first
    place word; None: not known."""
    anchor = None
    if claim.anchor is not None and offset <= claim.anchor[0] < claim.anchor[1] <= offset + len(sentence):
        anchor = (claim.anchor[0] - offset, claim.anchor[1] - offset)
    figure = claim.value_text
    if figure and anchor is not None and sentence.startswith(figure, anchor[0]):
        used.add(anchor[0])
        return anchor[0], anchor[0] + len(figure)
    if figure:
        spots = _occurrences(sentence, figure)
        free = [p for p in spots if p not in used] or spots
        if free:
            used.add(free[0])
            return free[0], free[0] + len(figure)
    if anchor is not None:
        return anchor
    at = rank_at(sentence) if claim.kind == "ranking" else None
    return (at, at + 1) if at is not None else None
