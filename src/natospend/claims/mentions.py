"""Mentions and the helpers every extractor shares: allies, groups and capitals in a sentence, which one a figure
is about (nearest, coordinated), who says so (attribution), which year it is of, and a few shared cue patterns.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.metonymy import (
    PersonMention,
    actor_after_regex,
    average_regex,
    capital_regex,
    capitals,
    epithet_regex,
    epithets,
    find_people,
    group_forms,
    name_after_regex,
    neighbour_spans,
    others_regex,
    place_before_regex,
    undefined_group_regex,
)
from natospend.claims.patterns import Pattern, cue_absent, cue_text, cued_finditer, lazy
from natospend.claims.quantifiers import COUNT_NOUN
from natospend.claims.quantities import Quantity
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, vocab

_ALL_ALLIES_RE = lazy(
    r"\b(?:(?:all|every|the)\s+)?(?:(?:\d{1,2}|[a-z]+-?[a-z]*)\s+)?(?:(?:NATO|Nato)(?:'s|’s)?\s+)?"
    r"(?:allies|ally|member states|member countries|member nations|members|alliance members)\b"
    r"|\b(?:NATO|Nato|the alliance)(?:'s|’s)\s+(?:members|member states|allies)\b"
    r"|\b(?:NATO|Nato)\s+(?:countries|nations|states)\b"
    r"|\b(?:each|every)\s+(?:NATO\s+)?(?:member|ally|member state|member country)\b",
)


# An amount followed by the country of its currency ("$21.6 billion US", "C$ 40 billion Canadian"): a unit
_CURRENCY_BEFORE = lazy(r"[$€£]\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|m)?\s+$", re.I)
# ... and not an ally's adjective before its noun ("an $886 billion U.S. defense budget")
_CURRENCY_AFTER = lazy(
    r"\s*(?:dollars?\b|[,;:)]|\.(?:\s|$)|$|\s+(?:on|in|for|to|and|or|per|a|an|each|annually|this|last|over|from)\b)",
    re.I,
)


def find_mentions(sentence: str, as_of: date | None = None) -> list[Mention]:
    """Allies, groups and aggregates named in a sentence, left to right, without overlaps (longest wins); a person
    in office on `as_of` (default today) who is the actor of a clause stands for their ally (weak)."""
    return list(_mentions(sentence, as_of or date.today()))


# A sentence's mentions are asked for about three times per check (its claims, the context of the next sentence, the
# attribution carried to later sentences): read once (Mention is frozen; each caller gets its own list).
@lru_cache(maxsize=256)
def _mentions(sentence: str, as_of: date) -> tuple[Mention, ...]:
    found: list[Mention] = []
    cues = cue_text(sentence)  # a pattern none of whose cue words the sentence has is not run (patterns.cue)
    # "NATO's Eastern European member states": a group with no fixed list, not "European member states".
    undefined = [(m.start(), m.end()) for m in cued_finditer(undefined_group_regex(), sentence, cues)]
    for pattern, label, target in L.GROUPS_RE:
        for m in cued_finditer(pattern, sentence, cues):
            if any(a <= m.start() < b for a, b in undefined):
                continue
            code = target if target in (L.EUROPE_CANADA, L.NATO_TOTAL) else None
            found.append(Mention(m.start(), m.end(), code, None if code else target, label))
    labels = {L.EUROPE_CANADA: "European Allies and Canada", L.NATO_TOTAL: "NATO total"}
    for form, code in group_forms():
        found += [Mention(m.start(), m.end(), code, None, labels[code]) for m in cued_finditer(form, sentence, cues)]
    lookup = L.country_lookup()
    for m in L.country_regex().finditer(sentence):
        if _CURRENCY_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) and _CURRENCY_AFTER.match(
            sentence, m.end()
        ):
            continue  # "$21.6 billion US": the currency an amount is in, not the United States
        found.append(Mention(m.start(), m.end(), lookup[L.normalise_label(m.group("label"))], None, m.group("label")))
    for m in cued_finditer(epithet_regex(), sentence, cues):
        found.append(Mention(m.start(), m.end(), epithets()[m.group("epithet")], None, m.group()))
    for m in cued_finditer(_ALL_ALLIES_RE, sentence, cues):
        if not any(a <= m.start() < b for a, b in undefined):
            found.append(Mention(m.start(), m.end(), ALL_ALLIES, None, m.group()))
    found += find_capitals(sentence, cues)
    for m in cued_finditer(average_regex(), sentence, cues):
        found.append(Mention(m.start(), m.end(), L.NATO_TOTAL, None, m.group()))
    found = _people_mentions(sentence, found, as_of)
    # "Germany's allies", "Washington's allies", "Trump's allies": the others, not the ally that owns them
    others = [(m.start(), m.end()) for m in others_regex().finditer(sentence)]
    found = [m for m in found if m.code in labels or not any(a <= m.start < b for a, b in others)]
    # "amid US pressure", "under pressure from Washington", "the US-led alliance": who presses or leads, not who
    # pledges or spends
    found = [m for m in found if m.code in labels or not _presses_or_leads(sentence, m)]
    # "Poland, a front-line state bordering Russia, Ukraine and Russian ally Belarus, ...": a neighbour, not a subject.
    neighbours = neighbour_spans(sentence)
    found = [m for m in found if not any(a < m.start < b for a, b in neighbours)]
    chosen: list[Mention] = []
    # Groups first, then longer spans: "European allies and Canada" beats "Canada".
    for mention in sorted(found, key=lambda x: (x.code == ALL_ALLIES, -(x.end - x.start), x.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return tuple(sorted(chosen, key=lambda x: x.start))


_PRESSURE_AFTER = lazy(r"(?:['’]s)?(?:-led\b|\s+(?:pressure|demands?|pushing|prodding)\b)", re.I)
_PRESSURE_BEFORE = lazy(r"\b(?:pressure|demands?|pushing|prodding|urging)\s+(?:from|by|of)\s+(?:the\s+)?$", re.I)


def _presses_or_leads(sentence: str, mention: Mention) -> bool:
    """Whether the ally is named only as the one pressing ('amid US pressure', 'under pressure from the United
    States') or leading ('the US-led military alliance's 31 members', cnbc.com, 17 February 2024)."""
    return bool(
        _PRESSURE_AFTER.match(sentence, mention.end)
        or _PRESSURE_BEFORE.search(sentence[max(0, mention.start - 30) : mention.start])
    )


_DESCRIBES = lazy(r"(['’]s)?\s+")  # "US President Donald Trump", "Germany's Scholz": the person's ally
# "Trudeau said ... his government would ...": the speaker's own ally, whoever else the clause names.
_OWN_SIDE = lazy(r"\b(?:his|her|our)\s+(?:government|country|nation|administration)\b|\bwe\b", re.I)
_SPEAKS_UNTIL = lazy(r"[;:—–]|\b(?:while|whereas|but|although|though|unlike)\b")


def _describes(sentence: str, mention: Mention, person: PersonMention) -> bool:
    """Is the ally named right before a person's title ("US President"), or as their owner ("Germany's Scholz")?"""
    gap = _DESCRIBES.fullmatch(sentence, mention.end, person.lead) if mention.end <= person.lead else None
    return bool(gap and (person.lead < person.start or gap.group(1)))


def _people_mentions(sentence: str, found: list[Mention], day: date) -> list[Mention]:
    """`found` plus the people who stand for their ally: in office on `day` and the actor of the clause, not speaking
    of another ally or of the allies named after them ("Trump said Germany ...": Germany is the subject; "Sanchez
    agreed ...": Spain). The ally named before a person's title ("US President Donald Trump") stands for them too,
    and is dropped when the person does not stand for it ("under pressure from US President Donald Trump")."""
    named = find_people(sentence)
    if not named:
        return found
    # "Prime Minister Luís Montenegro": a person's name that is also an ally's is the person (metonymy.find_people
    # reads a surname alone only without a first name before it).
    found = [m for m in found if not any(p.start <= m.start and m.end <= p.end for p in named)]
    out = list(found)
    for p in named:
        code = p.person.ally(day)
        stop = _SPEAKS_UNTIL.search(sentence, p.end)
        end = stop.start() if stop else len(sentence)
        others = any(p.end <= m.start < end for m in found) and not _OWN_SIDE.search(sentence, p.end, end)
        described = [m for m in found if _describes(sentence, m, p)]
        if code is None or not p.acts or others:  # not the actor, or speaking of someone named after them
            out = [m for m in out if m not in described]
        elif not described:
            out.append(Mention(p.lead, p.end, code, None, sentence[p.start : p.end], weak=True))
    return out


# "..., Madrid only 1.28%", "Berlin (2.12%)", "Ottawa: 1.37 per cent": a capital paired with a share of its own.
_CAPITAL_FIGURE = lazy(
    r"\s*(?:[:(]\s*|,\s+(?:at|with)\s+|\s(?:at|with|on|only|just|about|around|nearly|almost|some)\s+)?"
    r"\d{1,2}(?:[.,]\d{1,2})?\s*(?:%|per\s?cent\b|percent\b|pct\b)",
    re.I,
)


def find_capitals(sentence: str, cues: str | None = None) -> list[Mention]:
    """Capitals used for their governments ("Berlin will reach 3.5%", "Ankara's budget"), not places or names."""
    out: list[Mention] = []
    for m in cued_finditer(capital_regex(), sentence, cue_text(sentence) if cues is None else cues):
        if place_before_regex().search(sentence[max(0, m.start() - 20) : m.start()]):
            continue
        tail = sentence[m.end() : m.end() + 40]
        if name_after_regex().match(tail) or not (actor_after_regex().match(tail) or _CAPITAL_FIGURE.match(tail)):
            continue
        out.append(Mention(m.start(), m.end(), capitals()[m.group("capital")], None, m.group("capital")))
    return out


# ------------------------------------------------------------------------------------------------ counts
_COUNT_NOUN = COUNT_NOUN
COUNT_RE = lazy(
    rf"(?<![\w.,$€£])(?P<num>\d{{1,2}}|{L.WORD_NUMBER})(?!\s*%)(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+|NATO['’]?s\s+|Nato['’]?s\s+|"
    rf"the\s+alliance['’]?s\s+|the\s+bloc['’]?s\s+|the\s+(?:[\w-]+\s+)?(?:alliance|bloc)(?:'s|’s)\s+)?(?P<total>\d{{1,2}}|{L.WORD_NUMBER}))?\s+{_COUNT_NOUN}",
    re.IGNORECASE,
)
ALL_COUNT_RE = lazy(
    r"\b(?P<all>all|every|each)\s+(?:(?P<total>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+)?(?:of\s+(?:the\s+)?)?(?:NATO\s+|Nato\s+)?"
    r"(?:allies|ally|members|member|member states|member countries|countries|nations)\b",
    re.I,
)
NONE_COUNT_RE = lazy(
    r"\b(?:no|none of the|not a single)\s+(?:NATO\s+)?(?:ally|allies|member|members|country|countries)\b", re.I
)


# ------------------------------------------------------------------------------------------------ helpers
_CLAUSE_BREAK = lazy(r"[,;:()\[\]—–]|\s-\s|\b(?:and|but|while|whereas|although|though|compared|against|versus|vs)\b")


def _distance(sentence: str, pos: tuple[int, int], mention: Mention, titles: bool = True) -> float:
    """How far a mention is from a number, counting clause breaks between them (lower is closer)."""
    if mention.end <= pos[0]:
        gap = sentence[mention.end : pos[0]]
        base = float(len(gap))
    elif mention.start >= pos[1]:
        gap = sentence[pos[1] : mention.start]
        base = len(gap) * 1.5 + 5
    else:
        return 0.0
    breaks = len(_CLAUSE_BREAK.findall(gap))
    penalty = (30 if mention.weak else 0) + (50 if mention.code == ALL_ALLIES else 0)
    if re.search(r"[\"“”]", gap):
        penalty += 80  # across a quotation mark: the figure is inside a quote, the mention outside it
    if titles and TITLE_AFTER.match(sentence[mention.end : mention.end + 30]):
        penalty += 100  # "U.S. President", "British Prime Minister": a person's nationality, not the subject
    # A figure in brackets belongs to what precedes the bracket: "Poland (4.12%), Estonia (3.43%)".
    if mention.start >= pos[1] and _in_brackets(sentence, pos) and ")" in gap:
        penalty += 200
    return base + 40 * breaks + penalty


TITLE_AFTER = lazy(
    r"\s*(?:President|Prime Minister|PM|Secretary|Minister|Ambassador|ambassador|official|officials|envoy|Senator|"
    r"Chancellor|Defen[cs]e Secretary|Defen[cs]e Minister|Foreign Minister|Finance Minister|government|diplomat|"
    r"lawmakers?|think tank|newspaper|media|press)\b"
)


def _in_brackets(sentence: str, pos: tuple[int, int]) -> bool:
    opened = sentence.rfind("(", 0, pos[0])
    return opened >= 0 and sentence.rfind(")", 0, pos[0]) < opened and ")" in sentence[pos[1] :]


def nearest_mention(
    sentence: str, pos: tuple[int, int], mentions: list[Mention], titles: bool = True
) -> Mention | None:
    usable = [m for m in mentions if m.code is not None or m.group_key is not None]
    if not usable:
        return None
    return min(usable, key=lambda m: _distance(sentence, pos, m, titles))


@lru_cache(maxsize=512)  # asked once for each claim of a sentence, and by the context of the next one
def attribution_source(sentence: str) -> str | None:
    for pattern, source in L.ATTRIBUTION:
        if pattern.search(sentence):
            return source
    return None


def attribution_for(sentence: str, q: Quantity, qs: list[Quantity]) -> str | None:
    """Whose figure q is: the source named in its own clause; else 'unnamed' when the sentence sets it against a
    figure it names as NATO's ("1.13 percent, falling below NATO's projection of 1.22 percent"); else the
    sentence's attribution."""
    lo, hi = clause_bounds(sentence, q.start, q.end)
    cues = cue_text(sentence)
    own = [
        (m.start(), source)
        for pattern, source in L.ATTRIBUTION
        if not cue_absent(pattern, cues)  # a clause has no literal its sentence lacks
        for m in pattern.finditer(sentence, lo, hi)
    ]
    if own:
        return min(own, key=lambda a: abs(a[0] - q.start))[1]
    for other in qs:
        if other.start < q.end or other.kind != q.kind:
            continue  # NATO's figure comes after the one set against it
        if L.NATO_FIGURE_BEFORE_RE.search(sentence[max(0, other.start - 40) : other.start]) and L.CONTRAST_RE.search(
            sentence[q.end : other.start]
        ):
            return "unnamed"
    return attribution_source(sentence)


def window(sentence: str, q: Quantity, before: int = 60, after: int = 60) -> tuple[str, str]:
    return sentence[max(0, q.start - before) : q.start], sentence[q.end : q.end + after]


def year_for(
    sentence: str, q_start: int, q_end: int, years: list[YearMention], roles: tuple[str, ...]
) -> YearMention | None:
    usable = [y for y in years if y.role in roles]
    if not usable:
        return None

    # "2.06% ... compared with 1.9% in 2023": a year after a contrasted figure is that figure's, not this one's.
    # "3.08%, well below the 3.5% of 2014": 2014 is the other figure's own year.
    usable = [
        y
        for y in usable
        if y.end <= q_start
        or not (
            _BASELINE_BETWEEN.search(sentence[q_end : y.start]) or _OTHER_FIGURES_YEAR.search(sentence[q_end : y.start])
        )
    ] or []
    # Before the figure: "up from 1.31% a year earlier, but still below the 2% guideline": that year is the baseline
    # figure's; "in 2014, a figure that has since risen to 2.1%": the figure is today's, not 2014's.
    usable = [
        y
        for y in usable
        if y.end > q_start
        or not (
            _BASELINE_FIGURE_BEFORE.search(sentence[max(0, y.start - 40) : y.start])
            or _NOW_SINCE.search(sentence[y.end : q_start])
        )
    ]
    if not usable:
        return None

    def dist(y: YearMention) -> float:
        if y.end <= q_start:
            gap = sentence[y.end : q_start]
            return len(gap) + 25 * len(_CLAUSE_BREAK.findall(gap))
        gap = sentence[q_end : y.start]
        return len(gap) * 0.8 + 25 * len(_CLAUSE_BREAK.findall(gap))

    return min(usable, key=dist)


_BASELINE_BETWEEN = lazy(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|against|versus|vs\.?|than|after)\s+"
    r"(?:(?:about|around|just|only|a|an|the)\s+)?(?:\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)"
    r"|(?:[$€£]|US\$|C\$)\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|m)?\b)",
    re.I,
)
_BASELINE_FIGURE_BEFORE = lazy(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|against|versus|vs\.?|than)\s+"
    r"(?:(?:about|around|just|only|a|an|the)\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)\s*(?:in\s+|for\s+|of\s+)?$",
    re.I,
)
_NOW_SINCE = lazy(
    r"\b(?:now|today|currently|since\s+then|(?:has|have|had)\s+since|(?:has|have)\s+(?:now\s+)?since)\b", re.I
)
_OTHER_FIGURES_YEAR = lazy(r"\bthe\s+\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)?\s+of\s+$", re.I)
_ANAPHORIC_YEARS = ("the previous year", "a year earlier")  # relative to the year just named, not to today


def set_year(claim: Claim, sentence: str, q: tuple[int, int], years: list[YearMention], as_of: date | None) -> None:
    if claim.anchor is None and claim.text == sentence:  # the words the claim was read from (frame.Claim.anchor)
        claim.anchor = (claim.start + q[0], claim.start + q[1])
    relative: list[YearMention] = []
    for m in L.RELATIVE_YEAR_RE.finditer(sentence):
        base = (as_of or date.today()).year
        if m.group(1).lower() in _ANAPHORIC_YEARS:
            earlier = [y for y in years + relative if y.end <= m.start() and y.role in ("data", "relative")]
            if earlier:
                base = earlier[-1].year
        relative.append(
            YearMention(m.start(), m.end(), m.group(1), base + L.RELATIVE_YEARS[m.group(1).lower()], "relative")
        )
    chosen = year_for(sentence, q[0], q[1], years + relative, ("data", "fiscal", "relative"))
    if chosen is not None and chosen.role == "relative":
        claim.year_text = chosen.text
        claim.year_basis = "relative"
        claim.year = chosen.year
        return
    if chosen is not None:
        claim.year_text = chosen.text
        claim.year_basis = "fiscal" if chosen.role == "fiscal" else "explicit"
        claim.year = chosen.year
        if chosen.role == "fiscal" and chosen.end_year and claim.countries:
            from natospend.reference import countries as C

            code = claim.countries[0]
            if code in C.by_code() and C.by_code()[code].fiscal_year_label == "end_year":
                claim.year = chosen.end_year
        return
    rel = next(
        (
            r
            for r in L.RELATIVE_YEAR_RE.finditer(sentence)
            if not (r.end() <= q[0] and _BASELINE_FIGURE_BEFORE.search(sentence[max(0, r.start() - 40) : r.start()]))
            and not (
                r.start() >= q[1]
                and (
                    _BASELINE_BETWEEN.search(sentence[q[1] : r.start()])
                    or _OTHER_FIGURES_YEAR.search(sentence[q[1] : r.start()])
                )
            )
        ),
        None,
    )
    if rel:
        claim.year_text = rel.group(1)
        claim.year_basis = "relative"
        offset = L.RELATIVE_YEARS[rel.group(1).lower()]
        claim.year = (as_of or date.today()).year + offset


def mention_codes(mention: Mention | None) -> tuple[list[str], str | None, str | None]:
    if mention is None:
        return [], None, None
    if mention.group_key:
        return [], mention.label, mention.group_key
    return [mention.code] if mention.code else [], None, None


# "... that all NATO members agreed to": the allies who made a pledge, not a count of who meets it.
PLEDGER_AFTER = lazy(
    r"\s*(?:of\s+(?:the\s+)?(?:NATO|Nato|the\s+alliance)\s+)?"  # "All members of Nato are signed up to"
    r"(?:(?:countries|states|nations)\s+)?"  # "all NATO member countries agreed to" (a count's noun left over)
    r"(?:,\s*including\s+[^,]{1,40},\s*)?"  # "All NATO allies, including Canada, renewed their pledge"
    r"(?:have\s+|had\s+|are\s+|were\s+|all\s+|once\s+|jointly\s+|formally\s+)*(?:agreed|committed|pledged|promised|signed|vowed|"
    r"decided|endorsed|adopted|set|renewed|reaffirmed|recommitted)\b",
    re.I,
)

# "the 2% target (that) all NATO members agreed to": the pledge is the alliance's, whoever the sentence is about.
_JOINED_BY = lazy(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.I)


def coordinated(sentence: str, subject: Mention, mentions: list[Mention]) -> list[str]:
    """The allies named together with the subject ("Both Portugal and Canada", "Poland, Estonia and Latvia"): a claim
    about all of them, each of which must hold."""
    chain = [subject]
    ordered = sorted((m for m in mentions if m.code not in (None, ALL_ALLIES)), key=lambda m: m.start)
    for step in (-1, 1):
        i = ordered.index(subject) if subject in ordered else -1
        while i >= 0 and 0 <= i + step < len(ordered):
            a, b = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i], ordered[i + step])
            if not _JOINED_BY.fullmatch(sentence[a.end : b.start]):
                break
            chain.append(ordered[i + step])
            i += step
    return list(dict.fromkeys(str(m.code) for m in sorted(chain, key=lambda m: m.start)))


_MET_VERB = lazy(r"\b(?:met|meets?|reached|hit|achieved|fulfill?ed|missed)\b", re.I)  # not "a meeting"
_MET_MODAL_BEFORE = lazy(r"\b(?:to|will|would|should|must|shall|can|could|may|might)\s+(?:\w+\s+)?$", re.I)
_IN_YEAR = lazy(r"\b(?:in|during|for)\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b", re.I)


def met_in_year(sentence: str) -> bool:
    """'Allies met the target in 2023': what they did in a stated year (a count or a share), not a pledge; 'agreed to
    meet 2% by 2024' and 'will meet it in 2025' stay pledges."""
    return bool(_IN_YEAR.search(sentence)) and any(
        not _MET_MODAL_BEFORE.search(sentence[max(0, m.start() - 25) : m.start()]) for m in _MET_VERB.finditer(sentence)
    )


PLEDGED_BY_ALL = lazy(
    r"[^.;]{0,40}?\b(?:that|which)?\s*(?:all\s+)?(?:the\s+)?(?:\d+\s+|[a-z]+-[a-z]+\s+)?(?:NATO\s+|Nato\s+)?"
    r"(?:allies|members|member states|member countries|nations)\s+(?:\w+\s+)?"
    r"(?:agreed|committed|pledged|signed|promised|endorsed|adopted)\b",
    re.I,
)


ACCESSION_ASIDE_RE = lazy(
    r"[—–(]\s*[^—–()]*?\b(?:entry|accession|joined|joining|joins|membership)\b[^—–()]*[—–)]", re.I
)


ANAPHORIC_START = lazy(
    r"\s*(?:(?:(?:In|By|Back\s+in)\s+(?:19|20)\d\d|(?:A|One|Two|Three|Five|Ten)\s+(?:years?|decades?)\s+(?:ago|earlier)"
    r"|Last\s+year|Next\s+year|This\s+year),?\s+(?=[Tt]he\s))?"
    r"(?:This|That|[Tt]he\s+(?:figure|share|ratio|level|proportion|percentage))\b(?!\s+(?:year|week|month|time|summer))"
)


@cache
def exclusion_before() -> Pattern:
    """The words that make an ally named right after them an exception ("other than the", "excluding")."""
    return lazy(rf"\b(?:{phrase_alternation(vocab()['exclusion']['phrases'])})\s+(?:the\s+)?$", re.I)


def excluded_mentions(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The allies a sentence names as exceptions to a group ("allies other than the US", "every member except
    Luxembourg and Malta", "Apart from Britain, ..."): never the subject of a figure. A list after the phrase is
    excepted as a whole ("other than the US, Canada and Turkey"), up to its last "and"/"or": "Besides Poland,
    Lithuania ..." excepts Poland only."""
    out: list[Mention] = []
    ordered = [m for m in mentions if m.code is not None or m.group_key is not None]
    i = 0
    while i < len(ordered):
        if not exclusion_before().search(sentence[max(0, ordered[i].start - 30) : ordered[i].start]):
            i += 1
            continue
        chain, last_and = [ordered[i]], 0
        j = i + 1
        while j < len(ordered):
            join = _LISTED_WITH.fullmatch(sentence[ordered[j - 1].end : ordered[j].start])
            if not join:
                break
            chain.append(ordered[j])
            if re.search(r"\b(?:and|or)\b|&", join.group()):
                last_and = len(chain) - 1
            j += 1
        out += chain[: last_and + 1]
        i += last_and + 1
    return out


_LISTED_WITH = lazy(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?", re.I)


def remainder_of(sentence: str, mentions: list[Mention], excepted: list[Mention], whole: bool = False) -> str | None:
    """The group a sentence speaks of once its exceptions are taken out ("Excluding the United States, NATO allies
    spend ...", "Without the US, the rest of the alliance ..."): European allies and Canada when the one ally left out
    is the US and what is left is the alliance (named, or "the rest"); else None, a group natospend holds no figure
    of (or none named). `whole`: the caller knows what is left is the alliance (a claim said of it)."""
    if {m.code for m in excepted} != {"USA"}:
        return None
    whole = whole or any(m.code in (ALL_ALLIES, L.NATO_TOTAL) and m not in excepted for m in mentions)
    if whole or _THE_REST.search(sentence):
        return L.EUROPE_CANADA
    return None


#: "the rest of the alliance", "the other allies": what an exception leaves, named without a name
_THE_REST = lazy(r"\b(?:the\s+rest|the\s+other\s+(?:allies|members|countries|nations))\b", re.I)


# An aside inside a sentence: a bracket, or a relative or comparative clause between commas ("France, which is among
# the leading members of the alliance, spent ...", "Germany, like most allies, has yet to ...", "The US has the largest
# budget of the alliance, to say nothing of the rest of the world, spending 3.7% of its GDP").
ASIDE = lazy(
    r"\([^()]{1,120}\)"
    r"|,\s+(?:which|who|whose|like|unlike|as\s+well\s+as|along\s+with|together\s+with|alongside|"
    r"to\s+say\s+nothing\s+of|not\s+to\s+mention|let\s+alone|never\s+mind)\b[^,;()]{1,120},",
    re.I,
)


def in_aside(sentence: str, mention: Mention, figure: tuple[int, int]) -> bool:
    """True when the mention sits in an aside (a bracket, ", which ... ,", ", like ... ,") that does not hold the
    figure: the aside describes the subject, it is not it."""
    for m in ASIDE.finditer(sentence):
        if m.start() <= mention.start and mention.end <= m.end() and not (m.start() <= figure[0] < m.end()):
            return True
    return False


_RESPECTIVELY = lazy(r"\brespectively\b", re.I)
_FIGURES_JOINED = lazy(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)


def respective_subjects(sentence: str, mentions: list[Mention], figures: list[tuple[int, int]]) -> dict[int, Mention]:
    """'Poland and Estonia spend 4.12% and 3.43% (respectively)': a list of n allies, then a list of n figures: the
    k-th figure is the k-th ally's (start of figure -> ally). Without "respectively" the figures must follow one
    another ("4.12% and 3.43%", "2.33%, 2.06% and 1.49%"); empty when the counts differ."""
    said = _RESPECTIVELY.search(sentence)
    own = sorted(f for f in figures if not said or f[1] <= said.start())
    runs: list[list[tuple[int, int]]] = []  # the runs of figures joined by commas and "and" only
    for f in own:
        if runs and _FIGURES_JOINED.fullmatch(sentence[runs[-1][-1][1] : f[0]]):
            runs[-1].append(f)
        else:
            runs.append([f])
    if not said:
        own = next((r for r in runs if len(r) >= 2), [])
    elif runs and len(runs[-1]) >= 2:
        own = runs[-1]  # "grew by 17 per cent, and ... by 6.6, 14 and 33 per cent, respectively": the last run
    if len(own) < 2:
        return {}
    named = [m for m in mentions if m.end <= own[0][0] and (m.code not in (None, ALL_ALLIES) or m.group_key)]
    lists: list[list[Mention]] = []  # the lists of allies before the figures, the nearest first
    for m in reversed(named):
        if lists and _LISTED_WITH.fullmatch(sentence[m.end : lists[-1][0].start]):
            lists[-1].insert(0, m)
        else:
            lists.append([m])
    if not lists:
        return {}
    run = lists[0]
    if said and len(run) != len(own):
        # "Only Greece and the UK joined the US with the target, spending 2.32 percent and 2.14 percent
        # respectively": "respectively" pairs the figures with the list of as many allies, not the ally nearest
        run = next((r for r in lists if len(r) == len(own)), run)
    elif any(m.start > run[-1].end for m in mentions if m.end <= own[0][0]):
        return {}
    if len(run) != len(own):
        return {}
    return {f[0]: m for f, m in zip(own, run, strict=True)}


# "..., among them France, Italy and Canada", "Other European countries at 2% include Belgium, ...": the allies a
# group's figure is then said of.
_INCLUDES = lazy(
    r"\b(?:include|includes|included|including|among\s+them|among\s+whom|such\s+as|namely|notably)\s+(?:the\s+)?$",
    re.I,
)


_AGGREGATE_INCLUDES = lazy(
    r"\b(?:that|which|figure|total|average|aggregate|sum|number|estimate)\s+(?:also\s+|now\s+)?$", re.I
)


_LIST_ELSEWHERE = lazy(r",\s*(?:while|whilst|whereas|but)\b", re.I)
_NONE_BEFORE = lazy(
    r"\b(?:no|none\s+of\s+the|not\s+a\s+single|not\s+one)\s+(?:\w+\s+)?"
    r"(?:country|countries|ally|allies|member|members|nation|nations|state|states)\b\W*$",
    re.I,
)


def listed_members(sentence: str, mentions: list[Mention], after: int) -> tuple[int, list[Mention]]:
    """The allies listed after an inclusion word that comes after position `after` (the start of the word and the
    list, up to its last "and"/"or"; a list with none is its first ally); (-1, []) when there is none."""
    ordered = [m for m in mentions if m.start >= after and m.code not in (None, ALL_ALLIES) and not m.group_key]
    for i, m in enumerate(ordered):
        word = _INCLUDES.search(sentence[max(after, m.start - 25) : m.start])
        if word is None or ";" in sentence[after : m.start]:
            continue
        at = max(after, m.start - 25) + word.start()
        if _AGGREGATE_INCLUDES.search(sentence[max(0, at - 30) : at]):
            continue  # "an average of 2.02%, a figure that includes Turkey": what a total counts, not a list
        if _LIST_ELSEWHERE.search(sentence, after, at) or _NONE_BEFORE.search(sentence[max(0, at - 40) : at]):
            # "..., while larger economies including Germany and France made substantial spending increases", "a
            # target no country - including the U.S. - currently meets" (audit9): another clause's list, or allies
            # on the side that does not reach the figure
            continue
        chain, last_and = [m], 0
        for nxt in ordered[i + 1 :]:
            join = _LISTED_WITH.fullmatch(sentence[chain[-1].end : nxt.start])
            if not join:
                break
            chain.append(nxt)
            if re.search(r"\b(?:and|or)\b|&", join.group()):
                last_and = len(chain) - 1
        return max(after, m.start - 25) + word.start(), chain[: last_and + 1]
    return -1, []
