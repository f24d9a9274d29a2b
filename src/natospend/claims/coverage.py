"""Whether every word of a claim's clause was read: the "read every word" gate on definite verdicts.

A rule matches a figure; it cannot see a word the extractors passed over ("excluding the United States", "exactly",
"might", "Latvia"), and such a word can turn a matching figure into a false `accurate` or a false `inaccurate`. So a
definite verdict needs every word of the claim's own clause to be either read into the frame (its allies, figure,
year, the comparator, negation or modality it set) or neutral: a function word, a word of the measure, a verb that
only states a figure (vocab `[coverage]`). A word outside both is named, and the claim abstains. Unknown words abstain
by default: wordings never seen before are the ones the rules are least likely to have read right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.frame import ALL_ALLIES, Claim
from natospend.claims.mentions import find_capitals, find_mentions
from natospend.claims.metonymy import find_people
from natospend.claims.patterns import lazy
from natospend.claims.vocab import vocab
from natospend.reference import countries

#: A word, an ordinal in digits ("2nd"), or a figure (digits with their separators).
_TOKEN_RE = lazy(r"\d+(?:st|nd|rd|th)\b|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: The figure a value's words open with ("$8.5 billion", "US$ 27bn"; not the 30 of "five of NATO's 30 members").
_LEADING_NUMBER_RE = lazy(r"(?:US|C|A)?[^\w]*(\d+(?:[.,]\d+)*)")
_RANKED_RE = lazy(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-"
    r"(?:highest|largest|biggest|lowest|smallest|top|most)"
)
_ORDINAL_RE = lazy(r"(\d+)(?:st|nd|rd|th)")
_YEAR_RE = lazy(r"(?:1[89]|20)\d\d")
_POSSESSIVE_RE = lazy(r"['’]s$")
#: "of 28", "out of the 32": the number of allies a count is out of.
_OUT_OF_RE = lazy(
    r"\b(?:of|out\s+of|among)\s+(?:(?:the|its|all|NATO['’]s|Nato['’]s|(?:the\s+)?alliance['’]s)\s+)?$", re.I
)
#: "the 28 allies", "NATO's 32 member countries": a number of allies.
_ALLIES_AFTER_RE = lazy(
    r"\s+(?:(?:NATO|Nato|alliance)\s+)?(?:member\s+)?(?:countries|states|nations|members|allies)\b"
    r"|-(?:nation|member|country|strong)\b",  # "the 32-nation military alliance"
    re.I,
)


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of [coverage]; the pledge words include the pledge reader's own lists (`pledge_vocab`)."""
    words = {w.lower() for w in vocab()["coverage"][key]}
    if key == "neutral":
        words |= {w.lower() for k, more in vocab()["coverage"].items() if k.startswith("neutral_") for w in more}
    if key == "pledge_words":
        for ref in vocab()["coverage"]["pledge_vocab"]:
            section, _, name = ref.rpartition(".")
            words |= {w.lower() for phrase in vocab()[section][name] for w in _TOKEN_RE.findall(phrase)}
    return frozenset(words)


#: Words read into a field of the frame: neutral only when the claim's field shows they were read.
_READ_WHEN: dict[str, Callable[[Claim], bool]] = {
    "comparators": lambda c: c.comparator != "eq" or c.threshold is not None or bool(c.bounds) or c.kind == "ranking",
    # a negation read as the side of the bar ("have not yet reached the 2 percent": below it)
    "negations": lambda c: c.negated or c.comparator in ("lt", "le") or c.counts_below is True,
    "pledge_words": lambda c: c.kind == "pledge" or c.modality is not None,
    "forecast_words": lambda c: c.modality == "forecast",
    "change_words": lambda c: (
        c.kind in ("real_growth", "growth_multiple", "total_spending") or c.metric == "real_change"
    ),
    "count_words": lambda c: c.kind == "count",
    "rank_words": lambda c: c.kind == "ranking",
    "money_words": lambda c: c.kind == "total_spending",
    "alliance_words": lambda c: c.kind == "alliance_share",
    "equipment_words": lambda c: c.kind == "equipment_share" or c.metric == "equipment_share",
    "attribution_words": lambda c: c.attributed_to is not None,
    "price_words": lambda c: c.price_basis is not None,
    "exclusion_words": lambda c: bool(c.excluded) or bool(c.others),
    # check._exact_reading judges these at both precisions
    "exact_words": lambda c: c.kind in ("share_gdp", "real_growth", "equipment_share", "count"),
    "target_nouns": lambda c: c.threshold is not None,
    "near_words": lambda c: bool(c.bounds) and c.comparator in ("lt", "le", "gt", "ge"),
    "plural_words": lambda c: len(c.countries) > 1 or len(c.members) > 1 or c.group is not None,
    "money_measure_words": lambda c: (
        c.kind == "total_spending" or c.currency is not None or (c.metric or "").startswith("usd")
    ),
    "personnel_words": lambda c: c.metric == "personnel_share",
}


@cache
def _phrase_re(key: str) -> re.Pattern[str] | None:
    """The phrases (entries with a space) of a [coverage] list, longest first: their words are read where they stand."""
    phrases = sorted((w for w in _words(key) if " " in w), key=len, reverse=True)
    if not phrases:
        return None
    alts = (r"\b" * p[0].isalnum() + r"\s+".join(map(re.escape, p.split())) + r"\b" for p in phrases)
    return re.compile("(?:" + "|".join(alts) + ")", re.I)


def unread_words(claim: Claim, lo: int, hi: int, as_of: date | None, siblings: Sequence[Claim] = ()) -> list[str]:
    """The words of claim.text[lo:hi] (the claim's clause) that the frame did not read and that are not neutral, in
    order, each once. A word inside the own span of one of `siblings` (the sentence's other claims, checked on their
    own) counts as read when that sibling's frame reads it: its figures, years and word lists, there only (a
    comparator a sibling set is no comparison this claim checks)."""
    sentence = claim.text
    # Each sibling with its own span in this sentence's offsets: what it reads is read there, not anywhere.
    near = [(c, *_own_span(c, claim)) for c in siblings]
    # Names read as allies, groups or speakers; a number inside one ("NATO's 30 member countries") is still checked.
    named = [(m.start, m.end) for m in find_mentions(sentence, as_of)]
    named += [(m.start, m.end) for m in find_capitals(sentence)]
    named += [(p.lead, p.end) for p in find_people(sentence)]  # who speaks: the attribution gate's part
    # The words of the claims' figures and years; a number inside them must still be one the frames hold ("five
    # of NATO's 30 member countries" is read as 5, and 30 must be the alliance's size).
    frames = [(claim, 0, len(sentence)), *near]
    figures = [
        (at, at + len(part))
        for c, a, b in frames
        for part in (c.value_text, c.year_text, c.deadline_text)
        if part
        for at in _occurrences(sentence, part, a, b)
    ]
    dates = [
        (at, at + len(part))
        for c, a, b in frames
        for part in (c.year_text, c.deadline_text)
        if part
        for at in _occurrences(sentence, part, a, b)
    ]
    for c, a, b in frames:  # the figure itself, as printed ("$8.5 billion" is read as 8,500 million)
        head = _LEADING_NUMBER_RE.match(c.value_text) if c.value_text else None
        if head is not None:
            dates += [(at + head.start(1), at + head.end(1)) for at in _occurrences(sentence, c.value_text, a, b)]
    neutral = _words("neutral")
    # A word of a list the claim's frame reads, or one a sibling reads inside its own span (checked there: "Poland
    # tops NATO defense spending at 4.48%" is a rank and a share, each judged on its own).
    read = [key for key, applies in _READ_WHEN.items() if applies(claim)]
    theirs = [(c, a, b, [key for key, applies in _READ_WHEN.items() if applies(c)]) for c, a, b in near]
    known = _known()
    # the words of a listed phrase, where it stands ("a long way from", "just under")
    said = [
        (m.start(), m.end())
        for key in ("neutral", *read)
        if (phrase := _phrase_re(key)) is not None
        for m in phrase.finditer(sentence, lo, hi)
    ]
    recurring = _phrase_re("recurring")
    every = (
        [(m.start(), m.start() + len(m.group().split()[0])) for m in recurring.finditer(sentence, lo, hi)]
        if recurring is not None
        else []
    )
    out: list[str] = []
    for tok in _TOKEN_RE.finditer(sentence, lo, hi):
        text = tok.group()
        if (tok.start(), tok.end()) in every:  # "each" of "each year": a level of every year, never read
            if text not in out:
                out.append(text)
            continue
        spans = dates if text[0].isdigit() else (*figures, *named, *said)
        if any(a <= tok.start() and tok.end() <= b for a, b in spans):
            continue
        word = _POSSESSIVE_RE.sub("", text.lower())
        around = [(c, keys) for c, a, b, keys in theirs if a <= tok.start() and tok.end() <= b]
        listed = (
            word in neutral
            or any(word in _words(key) for key in read)
            or any(word in _words(key) for _, keys in around for key in keys)
        )
        if ordinal := _ORDINAL_RE.fullmatch(word):
            if claim.rank is not None and int(ordinal.group(1)) == claim.rank:
                continue
        elif word[0].isdigit() or (L.word_to_int(word) is not None and not listed):
            if (
                _YEAR_RE.fullmatch(word)
                or any(_is_claim_figure(c, word) for c in (claim, *(c for c, _ in around)))
                or _is_membership(claim, sentence, tok, as_of)
            ):
                continue
        elif listed or (word in _words("before_figure") and _before_figure(claim, sentence, tok.end())):
            continue
        elif (word in _words("from_down") or word in _words("from_up")) and _direction_read(
            claim, siblings, sentence, tok.end(), word in _words("from_up")
        ):
            continue  # "down from 5.29% in 2009": the two figures, each checked, lie that way round
        elif text[0].isupper() and _names_own_ally(claim, sentence, tok.start()):
            continue  # a name of the claim's own ally the mentions passed over ("Poland4.12" in a table row)
        elif claim.kind == "ranking" and _RANKED_RE.fullmatch(word):
            continue  # "second-highest", "sixth-biggest": the rank the frame read
        elif text[0].isupper() and (tok.start() > 0 or _POSSESSIVE_RE.search(text)) and word not in known:
            continue  # a name ("Secretary General Jens Stoltenberg"): who speaks, not what is claimed
        if text not in out:
            out.append(text)
    return out


_FROM_RE = lazy(r"\s+from\s+((?:[^\W\d]+['’]?s?\s+){0,3})")


def _direction_read(claim: Claim, siblings: Sequence[Claim], sentence: str, end: int, up: bool) -> bool:
    """'3.61% of GDP in 2016, down from 5.29% in 2009': the word before "from" is read when the figure after it (a
    year's, within three words) and the sentence's other figure for the same allies and measure (the claim one of the
    two), each stated exactly, lie that way round at their printed precision, the later year after the earlier."""
    m = _FROM_RE.match(sentence, end)
    if m is None:
        return False
    claims = (claim, *siblings)
    base = next((c for c in claims if c.value_text and sentence.startswith(c.value_text, m.end(1))), None)
    if base is None or base.value is None or base.year is None or base.comparator != "eq":
        return False
    for now in claims:
        if now is base or claim not in (now, base) or now.value is None or now.comparator != "eq":
            continue
        if (now.kind, now.unit, now.countries, now.group) != (base.kind, base.unit, base.countries, base.group):
            continue
        if not (now.countries or now.group) or (now.year is not None and now.year <= base.year):
            continue
        low, high = (base, now) if up else (now, base)
        assert low.value is not None and high.value is not None
        if low.value + low.step / 2 <= high.value - high.step / 2:
            return True
    return False


def unread_content(
    claim: Claim,
    lo: int,
    hi: int,
    as_of: date | None,
    siblings: Sequence[Claim] = (),
    context: frozenset[float] = frozenset(),
) -> list[str]:
    """What the clause of the frame's figure (within claim.text[lo:hi]) states of its own that no frame read, for a
    verdict whose frame reads only a part of its clause (a pledge, a target named): a figure neither the frame nor a
    sibling (inside what it read) holds ("only three alliance partners achieved the two percent target"), and an
    ally that is none of the claim's and no sibling's, named with words of its own plan or change before the figure
    ("Germany would drastically increase ... to move towards the NATO target"; not "Canada was still far short of
    the target"), and a negation no frame read ("There is no apodictic 2 per cent goal"). Not a span of years
    ("within ten years": the pledge's timing), a day or an article's number, a
    place ("a summit in Latvia"), or a figure of `context` (the levels of the alliance's pledges: "3.5 percent on
    core defense spending and 1.5 percent on ...", the parts its reader saw)."""
    text = claim.text
    at = text.find(claim.value_text, lo, hi) if claim.value_text else -1
    if at >= 0:
        a, b = clause_bounds(text, at, at + len(claim.value_text))
        lo, hi = max(lo, a), min(hi, b)
        aside = _ASIDE_RE.search(text, at + len(claim.value_text), hi)
        hi = aside.start() if aside else hi  # ", a target which around one third ... doesn't meet": another claim's
    unread = set(unread_words(claim, lo, hi, as_of, siblings))
    figures = [
        m.group()
        for m in _TOKEN_RE.finditer(text, lo, hi)
        if m.group() in unread
        and (m.group()[0].isdigit() or L.word_to_int(m.group().lower()) is not None)
        and not _YEARS_AFTER_RE.match(text, m.end())
        and not _NUMBERING_RE.match(text, m.start())
        and not _DAY_RE.search(text, max(0, m.start() - 12), min(len(text), m.end() + 12))
        and _value(m.group()) not in context
    ]
    # A negation the frame did not read, of the noun phrase the figure opens, denies the pledge it names ("There is
    # no apodictic 2 per cent goal"); one of a verb ("for not meeting 2 percent ... commitments") is the clause's.
    denied = (
        [word]
        if at >= 0
        and (m := _DENIED_RE.search(text, max(lo, at - 40), at)) is not None
        and (word := m.group(1) or m.group(2)) in unread
        else []
    )
    own = {*claim.countries, *claim.members, *claim.excluded}
    near = [_own_span(c, claim) for c in siblings]
    allies = [
        text[m.start : m.end]
        for m in find_mentions(text, as_of)
        if lo <= m.start < hi
        and m.code not in (None, ALL_ALLIES)
        and m.code not in own
        and not _PLACE_RE.search(text, max(0, m.start - 12), m.start)
        and not any(a <= m.start and m.end <= b for a, b in near)
        and _own_plan(text, m.end, at)
    ]
    return list(dict.fromkeys([*figures, *denied, *allies]))


#: "ten years", "11 years ago", "the next six years": a span of time, not a figure of spending.
_YEARS_AFTER_RE = lazy(r"\s+(?:more\s+|full\s+)?(?:years?|decades?|months?)\b", re.I)
#: A list's number or a note's ("2. The New 5% Spending Target", "[3]").
_NUMBERING_RE = lazy(r"(?<=\[)\d+\]|(?<![\w.,])\d{1,2}\.\s+[A-Z]|(?<=Article\s)\d+|(?<=para\.\s)\d+")
#: A relative clause after the figure, set off by a comma: its own predicate ("..., a target which around one third
#: of the alliance still doesn't meet"), not the pledge's.
_ASIDE_RE = lazy(r",\s+(?:(?:a|an|the)\s+[\w-]+\s+)?(?:which|who|whose)\b", re.I)
#: A negation of the noun phrase that ends at the figure: "no apodictic", "not a", "never any".
_DENIED_RE = lazy(r"\b(?:(no)|(not|never)\s+(?:a|an|any))\s+(?:[^\W\d]+\s+){0,2}$", re.I)
#: A day of a month: "on June 25", "25 June".
_DAY_RE = lazy(rf"\b(?:{L.MONTHS})\.?\s+\d{{1,2}}\b(?!\.\d|%)|\b\d{{1,2}}\s+(?:{L.MONTHS})\b")
#: A place: "a summit in Latvia", "held in Vilnius, Lithuania".
_PLACE_RE = lazy(r"\b(?:in|at)\s+(?:[A-Z][\w'’-]+,?\s+)?$")


def _own_plan(text: str, start: int, figure_at: int) -> bool:
    """Whether text[start:figure_at], from an ally's name to the figure, holds a word of the ally's own plan or
    change (vocab `[coverage] own_plan_words`)."""
    plan = _words("own_plan_words")
    return any(tok.group().lower() in plan for tok in _TOKEN_RE.finditer(text, start, max(start, figure_at)))


def _occurrences(text: str, part: str, lo: int, hi: int) -> list[int]:
    """Where `part` occurs whole in text[lo:hi], non-overlapping, left to right."""
    out: list[int] = []
    at = text.find(part, lo, hi)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + len(part), hi)
    return out


def _value(figure: str) -> float | None:
    """The number a figure or number word stands for ('3.5', 'three'); None for anything else."""
    spelled = L.word_to_int(figure.lower())
    if spelled is not None:
        return float(spelled)
    try:
        return float(figure.replace(",", ""))
    except ValueError:
        return None


def _own_span(other: Claim, claim: Claim) -> tuple[int, int]:
    """[lo, hi) of what `other` read: its span, widened to the clause that holds it and to the words it was read from
    (its anchor: the 'leads' of "Poland leads by GDP share at 4.48%, followed by Lithuania at 4.0%" for the rank after
    Poland), in the offsets of `claim.text`, clipped to it."""
    lo, hi = other.own_bounds()
    shift = other.start - claim.start
    lo, hi = max(0, lo + shift), max(0, min(len(claim.text), hi + shift))
    if lo >= hi:
        return lo, hi
    a, b = clause_bounds(claim.text, lo, hi)
    lo, hi = min(a, lo), max(b, hi)
    if other.anchor is not None:  # the words it was read from, even before its span ("Poland leads ..., followed by")
        lo, hi = (
            min(lo, max(0, other.anchor[0] - claim.start)),
            max(hi, min(len(claim.text), other.anchor[1] - claim.start)),
        )
    return lo, hi


_NAME_WORDS_RE = lazy(r"[^\W\d_]+(?:[ .][^\W\d_]+){0,3}")


def _names_own_ally(claim: Claim, sentence: str, start: int) -> bool:
    """A name of one of the claim's allies starts here, one the mentions passed over ("United States3.38" in a table
    row)."""
    m = _NAME_WORDS_RE.match(sentence, start)
    if m is None:
        return False
    own = {*claim.countries, *claim.members, *claim.excluded}
    words = m.group().split(" ")
    return any(countries.try_resolve(" ".join(words[:n])) in own for n in range(len(words), 0, -1))


@cache
def _known() -> frozenset[str]:
    """Every word of the gate's lists: a capitalised one of them is that word, not a name."""
    return frozenset(w for key in vocab()["coverage"] if key not in ("pledge_vocab", "risk") for w in _words(key))


def _before_figure(claim: Claim, sentence: str, end: int) -> bool:
    """'only 1.2 percent', 'Canada only hits 1.23%', 'just 1.13 percent': a word that weighs the figure, right before
    it or before a verb that states it."""
    if not claim.value_text:
        return False
    rest = sentence[end:].lstrip()
    if rest.startswith(claim.value_text):
        return True
    verb, _, after = rest.partition(" ")
    return verb.lower() in _words("neutral") and after.lstrip().startswith(claim.value_text)


def _is_membership(claim: Claim, sentence: str, tok: re.Match[str], as_of: date | None) -> bool:
    """'five of 28 members', 'NATO's 32 member countries': a number of allies is the alliance's size in the claim's
    year (or the article's)."""
    before = sentence[max(0, tok.start() - 30) : tok.start()]
    if not (_OUT_OF_RE.search(before) or _ALLIES_AFTER_RE.match(sentence, tok.end())):
        return False
    n = L.word_to_int(tok.group().lower())
    total = n if n is not None else int(float(tok.group().replace(",", "")))
    years = {y for y in (claim.year, as_of.year if as_of else None) if y is not None}
    if as_of is not None and total == _members_on(as_of):
        return True  # "The 31 allies", said in February 2024, before Sweden joined that March
    return any(total == len(countries.members(y)) for y in years)


@cache
def _members_on(day: date) -> int:
    """How many allies the alliance had on `day`."""
    return sum(1 for c in countries.allies() if c.kind == "ally" and c.nato_accession and c.nato_accession <= day)


def _is_claim_figure(claim: Claim, word: str) -> bool:
    """A figure the frame holds (its value, threshold, bounds or deadline), as printed."""
    spelled = L.word_to_int(word)
    try:
        figure = float(spelled if spelled is not None else word.replace(",", ""))
    except ValueError:
        return False
    held = [claim.value, claim.threshold, claim.threshold_high, claim.base_value, *claim.bounds, *claim.derived_from]
    return any(h is not None and abs(h - figure) < 1e-9 for h in held) or figure == claim.deadline
