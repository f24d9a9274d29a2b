"""Extractors for counts of allies ("nine of the 31", "all but four"), lists of allies and records ("half of the
allies"); rankings are in rankings.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.context import OFF_TOPIC as _OFF_TOPIC
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import (
    _ACCESSION_ASIDE_RE,
    _ALL_COUNT_RE,
    _COUNT_NOUN,
    _COUNT_RE,
    _NONE_COUNT_RE,
    _PLEDGER_AFTER,
    _attribution,
    _set_year,
    _window,
)
from natospend.claims.quantifiers import Quantifier, find_quantifiers
from natospend.claims.quantities import Quantity
from natospend.claims.quantities import comparator as _comparator
from natospend.claims.quantities import number as _number
from natospend.claims.rankings import _GROUP_RANK, _vocab_re
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, vocab


# ------------------------------------------------------------------------------------------------ claim builders
def _count_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    claims: list[Claim] = []
    hits: list[tuple[int, int, float | None, str, str]] = []  # start, end, value, comparator, noun text
    quantified: dict[int, Quantifier] = {}
    allies_named = any(mn.code == ALL_ALLIES for mn in mentions)
    for qt in find_quantifiers(sentence, bare=allies_named):
        if _PLEDGER_AFTER.match(sentence[qt.end : qt.end + 30]):
            continue
        quantified[qt.start] = qt
        hits.append((qt.start, qt.end, None, "range", qt.text))
    for m in _COUNT_RE.finditer(sentence):
        if any(q.start <= m.start() < q.end for q in quantified.values()):
            continue  # "a third of the 31 members": 31 is the membership, the count is the quantifier's
        if _PLEDGER_AFTER.match(sentence[m.end() : m.end() + 30]):
            continue  # "the target that all 28 allies agreed to": who pledged, not a count
        if _CALL_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue  # "demands for all member states to meet": a call, not a count
        if re.search(
            r"\bof\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:alliance|bloc|organi[sz]ation|NATO|Nato)(?:'s|’s)\s*$",
            sentence[max(0, m.start() - 45) : m.start()],
            re.I,
        ):
            continue  # "nine of the military alliance's 29 members": 29 is the membership
        parsed = _number(m.group("num"))
        if parsed is None or parsed[0] < 1 or parsed[0] > 40:
            continue
        if re.search(r"[-–]\s*$", sentence[: m.start()]) or re.match(r"-", sentence[m.end("num") : m.end("num") + 1]):
            continue  # "28-nation alliance"
        hits.append((m.start(), m.end(), parsed[0], _comparator(sentence, m.start(), m.end()), m.group()))
    for m in _OF_TOTAL_COUNT_RE.finditer(sentence):
        parsed = _number(m.group("num"))
        if parsed is not None and 0 <= parsed[0] <= 40 and not any(a <= m.start("num") < b for a, b, *_ in hits):
            comparator = _comparator(sentence, m.start("num"), m.end("num"))
            hits.append((m.start("num"), m.end("num"), parsed[0], comparator, m.group()))
    for m in _ALL_COUNT_RE.finditer(sentence):
        if (
            any(a <= m.start() < b for a, b, *_ in hits)
            or re.search(
                r"\bof\s+$", sentence[max(0, m.start() - 4) : m.start()], re.I
            )  # "the largest of all countries"
            or _CALL_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()])
            or _PLEDGER_AFTER.match(sentence[m.end() : m.end() + 30])
        ):
            continue
        hits.append((m.start(), m.end(), None, "all", m.group()))
    for m in _NONE_COUNT_RE.finditer(sentence):
        hits.append((m.start(), m.end(), 0.0, "eq", m.group()))
    if not hits:
        return claims
    threshold_q = _threshold(sentence, qs)
    target_word = L.TARGET_NOUN_RE.search(sentence) or re.search(r"\b2 ?%|two per ?cent", sentence, re.I)
    meet = (
        L.THRESHOLD_MEET_RE.search(sentence)
        or L.THRESHOLD_MISS_RE.search(sentence)
        or _count_vocab_re("meet_extra").search(sentence)
    )
    if threshold_q is None and not (target_word and meet):
        return _growth_count_claims(sentence, offset, mentions, qs, hits, quantified, years, as_of)
    threshold = threshold_q.value if threshold_q else 2.0
    bare = all(start in quantified and quantified[start].text == noun for start, _e, _v, _c, noun in hits) and any(
        not re.search(r"\b(?:allies|members|countries|nations|states)\b", q.text, re.I) for q in quantified.values()
    )
    if threshold_q and not bare:  # "... obliged to spend 2% - but few do": the 2% is also the pledge's
        threshold_q.used = True
    # "under the terms of the treaty", "under pressure": not below a threshold
    unframed = _UNDER_FRAME.sub(" ", sentence)
    miss = bool(L.THRESHOLD_MISS_RE.search(unframed)) and not L.THRESHOLD_MEET_RE.search(
        sentence[: (threshold_q.start if threshold_q else len(sentence))][-40:]
    )
    group_mention = next((mn for mn in mentions if mn.group_key), None)
    metric = "equipment_share" if L.EQUIPMENT_RE.search(sentence) and threshold in (20.0,) else "share_gdp"
    for start, end, value, comparator, noun in sorted(hits)[:2]:
        claim = Claim(offset, offset + len(sentence), sentence, "count", metric=metric)
        claim.threshold = threshold
        claim.unit = "allies"
        if comparator == "all":
            claim.comparator = "all"
            claim.value = None
            claim.value_text = noun
        elif comparator == "range":
            qt = quantified[start]
            claim.comparator, claim.value, claim.value_text = "range", None, noun
            claim.bounds, claim.bounds_relative = [qt.low, qt.high], qt.relative
        else:
            claim.value = value
            claim.value_text = noun
            claim.comparator = comparator
        if re.search(r"\b(European|EU|Baltic|Nordic)\b", noun, re.I) and group_mention is None:
            key = "eu" if re.search(r"\bEU\b", noun) else "europe"
            claim.group, claim.group_key = ("EU members of NATO" if key == "eu" else "European Allies"), key
        elif group_mention is not None:
            claim.group, claim.group_key = group_mention.label, group_mention.group_key
        asides = [m.span() for m in _ACCESSION_ASIDE_RE.finditer(sentence)]
        named = [
            mn.code
            for mn in mentions
            if mn.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA)
            and not any(a <= mn.start < b for a, b in asides)
        ]
        claim.members = [c for c in dict.fromkeys(named) if c]
        claim.attributed_to = _attribution(sentence)
        if miss and comparator != "all":
            claim.scope = "below"  # the count is of allies below the threshold
        # Years after a full stop the sentence splitter missed ("... the alliance’s. This is the highest figure since
        # ... 2014") are another sentence's.
        local = [y for y in years if not re.search(r"[.!?]\s+[A-Z]", sentence[min(end, y.start) : max(end, y.start)])]
        _set_year(claim, sentence, (start, end), local, as_of)
        own = re.match(r"\s*in\s+((?:19|20)\d\d)\b", sentence[end : end + 12])
        if own:
            claim.year, claim.year_text, claim.year_basis = int(own.group(1)), own.group(1), "explicit"
        # "By 2024, already 15 NATO member states will spend over 2%": a count for a future year is a projection.
        ahead = [y for y in local if y.role == "deadline" and y.year > (as_of or date.today()).year]
        if claim.year is None and ahead and L.FUTURE_RE.search(sentence):
            claim.year, claim.year_text, claim.year_basis = ahead[0].year, ahead[0].text, "explicit"
        if claims and not re.match(r"\s*in\s+(?:19|20)\d\d", sentence[end : end + 12]):
            break  # a second count is usually the membership total ("23 of its 32 members"), unless it has its own year
        claims.append(claim)
    claims += _enumeration(sentence, offset, mentions, claims)
    return claims


def _enumeration(sentence: str, offset: int, mentions: list[Mention], counts: list[Claim]) -> list[Claim]:
    """'Ten NATO member states are expected to meet the target: Greece, the United States, ...': the allies
    listed after a colon or a dash are a claim of their own (each must be on the counted side), with their own
    span; the count keeps its clause."""
    if not counts or counts[0].value is None:
        return []
    count = counts[0]
    colon = re.search(r"[:—–]\s*", sentence[sentence.find(count.value_text) + len(count.value_text) :])
    if colon is None:
        return []
    base = sentence.find(count.value_text) + len(count.value_text) + colon.end()
    listed = [
        m
        for m in mentions
        if m.start >= base and m.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA) and not m.weak
    ]
    run = listed[:1]
    for m in listed[1:]:
        if _LIST_SEP.match(sentence[run[-1].end : m.start]):
            run.append(m)
    if len(run) < 2 or sentence[base : run[0].start].strip(" the"):
        return []
    item = replace(count, comparator="members", value=None, bounds=[], value_text="")
    item.members = list(dict.fromkeys(str(m.code) for m in run))
    item.span_start, item.span_end = offset + run[0].start, offset + run[-1].end
    if count.span_start is None:  # the count's clause ends at the colon
        at = sentence.find(count.value_text)
        lo, _hi = clause_bounds(sentence, at, at + len(count.value_text))
        count.span_start, count.span_end = offset + lo, offset + base - colon.end() + colon.start()
    return [item]


_UNDER_FRAME = re.compile(
    r"\bunder\s+(?:the\s+)?(?:terms|rules|treaty|agreement|pressure|scrutiny|(?:NATO|Nato)(?:'s|’s)?\s+rules)\b", re.I
)

# "Of NATO's 32 members, 18 spent at least 2%": the membership first, then the count.
_OF_TOTAL_COUNT_RE = re.compile(
    rf"\b(?:of|out\s+of)\s+(?:the\s+|its\s+|NATO(?:'s|’s)\s+|Nato(?:'s|’s)\s+|the\s+alliance(?:'s|’s)\s+)?"
    rf"(?P<total>\d{{1,2}}|{L._WORD_NUMBER})\s+{_COUNT_NOUN}\s*,\s*(?:(?:only|just|some|about|around)\s+)?"
    rf"(?P<num>\d{{1,2}}|{L._WORD_NUMBER})\b(?!\s*(?:%|per\s?cent|percent))",
    re.I,
)


@cache
def _count_vocab_re(key: str) -> re.Pattern[str]:
    """A word list of vocab.toml [counts] as one pattern."""
    return re.compile(rf"\b(?:{phrase_alternation(vocab()['counts'][key])})\b", re.I)


def _growth_count_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    hits: list[tuple[int, int, float | None, str, str]],
    quantified: dict[int, Quantifier],
    years: list[YearMention],
    as_of: date | None,
) -> list[Claim]:
    """'22 NATO allies will increase spending in real terms', 'a majority of NATO members reduced defense
    spending', 'the only three countries of the alliance to slash their military spending': a count of allies by
    the direction of their real change (NATO's annual real change), not by a share of GDP."""
    if any(q.kind in ("percent", "money") for q in qs) or _OFF_TOPIC.search(sentence):
        return []  # "5 allies raised spending by 10%": a size of change, not a direction
    if not (L.SPENDING_RE.search(sentence) or re.search(r"\b(?:defen[cs]e|military)\b", sentence, re.I)):
        return []
    out: list[Claim] = []
    for start, end, value, comparator, noun in sorted(hits)[:2]:
        if comparator == "all":
            continue  # "All European countries except Malta increased ...": whole regions, not a count of allies
        claim = _growth_count(sentence, offset, mentions, (start, end, value, comparator, noun), quantified)
        if claim is not None:
            _set_year(claim, sentence, (start, end), years, as_of)
            out.append(claim)
    return out


def _growth_count(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    hit: tuple[int, int, float | None, str, str],
    quantified: dict[int, Quantifier],
) -> Claim | None:
    start, end, value, comparator, noun = hit
    after = re.split(r",\s+(?:while|whereas|but|and)\b|;", sentence[end : end + 90])[0]  # the count's own clause
    cut = _count_vocab_re("decrease").search(after)
    rise = _count_vocab_re("increase").search(after)
    verb = min((v for v in (cut, rise) if v), key=lambda v: v.start(), default=None)
    if verb is None or re.search(r"[.;:]", after[: verb.start()]):
        return None
    rest = after[verb.end() : verb.end() + 40]
    object_after = re.search(r"\b(?:spending|expenditures?|outlays?|budgets?)\b", rest, re.I)
    if not object_after and not L.SPENDING_RE.search(sentence[max(0, start - 40) : start]):
        return None  # the verb must be about spending ("defense spending in 18 other countries is expected to rise")
    claim = Claim(offset, offset + len(sentence), sentence, "count", unit="allies", threshold=0.0)
    claim.metric = "real_change"
    if L.EQUIPMENT_RE.search(after[verb.end() : verb.end() + 60]):
        claim.metric = "equipment_change"  # "18 nations will increase outlays for military equipment"
    claim.scope = "below" if verb is cut else "increase"
    if _count_vocab_re("plan").search(after[: verb.start()]):
        claim.modality = "ambition"  # "25 of NATO's 29 allies aim to raise": a plan, not spending
    claim.value_text = noun
    if comparator == "range":
        qt = quantified[start]
        claim.comparator, claim.bounds, claim.bounds_relative = "range", [qt.low, qt.high], qt.relative
    else:
        claim.value, claim.comparator = value, comparator
    named = [mn.code for mn in mentions if mn.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA)]
    claim.members = [c for c in dict.fromkeys(named) if c]
    if claim.members and re.search(r"\bonly\b", sentence[max(0, start - 12) : start], re.I):
        claim.value, claim.comparator = float(len(claim.members)), "eq"
    claim.attributed_to = _attribution(sentence)
    return claim


# "This is the highest figure since NATO adopted spending guidelines in 2014", "the most since the Cold War".
_RECORD_RE = re.compile(
    r"\b(?:the\s+)?(?P<dir>highest|largest|biggest|most|lowest|fewest|smallest)\s+(?:(?:figure|number|count|level|"
    r"total|tally)\s+)?(?:on\s+record\s+)?since\s+(?P<since>(?:the\s+(?:end\s+of\s+the\s+)?Cold\s+War)|[^.;,]{0,50}?"
    r"(?<!\d)(?:19|20)\d\d(?!\d))",
    re.I,
)


def _record_claims(sentence: str, offset: int, before: list[Claim]) -> list[Claim]:
    """A count called a record over the years ('the highest figure since 2014'), about the count just made."""
    m = _RECORD_RE.search(sentence)
    prior = next((c for c in reversed(before) if c.kind == "count" and c.threshold is not None), None)
    if m is None or prior is None or prior.comparator == "record":
        return []
    if prior.start == offset and sentence.find(prior.value_text) > m.start():
        return []  # the record comes before the count: not about it
    claim = replace(prior, start=offset, end=offset + len(sentence), text=sentence, members=[], excluded=[])
    claim.comparator, claim.value_text, claim.bounds = "record", m.group(), []
    claim.rank_order = "lowest" if m.group("dir").lower() in ("lowest", "fewest", "smallest") else "highest"
    year = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", m.group("since"))
    claim.since = int(year.group(1)) if year else 1990  # the end of the Cold War: 1990-91
    lo, hi = clause_bounds(sentence, m.start(), m.end())
    claim.span_start, claim.span_end = offset + lo, offset + hi
    return [claim]


def _follows_up(sentence: str, previous: list[Claim]) -> bool:
    """Does a sentence with no cue of its own continue the previous sentence's count or ranking?"""
    kinds = {c.kind for c in previous}
    if "count" in kinds and (
        _BACK_COUNT_RE.search(sentence)
        or _vocab_re("counts", "list_lead").search(sentence)
        or _RECORD_RE.search(sentence)
    ):
        return True
    return "ranking" in kinds and bool(
        _GROUP_RANK.search(sentence) or _vocab_re("rankings", "last_place").search(sentence)
    )


def _listed_back(sentence: str, offset: int, mentions: list[Mention], previous: list[Claim]) -> Claim | None:
    """'These countries are the USA, Greece, the UK, Estonia and Poland.': the allies the previous sentence
    counted, each judged on that count's measure, threshold and year."""
    prior = next((c for c in previous if c.kind == "count" and c.threshold is not None), None)
    lead = _vocab_re("counts", "list_lead").match(sentence.strip())
    if prior is None or lead is None:
        return None
    named = [m for m in mentions if m.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA) and not m.weak]
    run = named[:1]
    for m in named[1:]:
        if _LIST_SEP.match(sentence[run[-1].end : m.start]):
            run.append(m)
    if len(run) < 2:
        return None
    claim = replace(prior, start=offset, end=offset + len(sentence), text=sentence, value_text="", excluded=[])
    claim.members = list(dict.fromkeys(str(m.code) for m in run))
    if not (prior.comparator == "eq" and prior.value == len(claim.members)):
        claim.comparator, claim.value, claim.bounds = "members", None, []  # else: exactly the allies counted
    claim.span_start, claim.span_end = offset + run[0].start, offset + run[-1].end
    return claim


# A count that refers back to the previous sentence's ("Ten years ago, there were only three of them"; "five years
# ago, the number was fewer than ten").
_BACK_COUNT_RE = re.compile(
    rf"\bthere\s+(?:were|was)\s+(?:only\s+|just\s+)?(?P<n1>\d{{1,2}}|{L._WORD_NUMBER})\s+of\s+them\b"
    rf"|\bthe\s+(?:number|figure|count)\s+(?:was|stood\s+at)\s+(?:only\s+|just\s+)?"
    rf"(?:(?P<cmp>fewer\s+than|less\s+than|more\s+than|under|over|below|above)\s+)?(?P<n2>\d{{1,2}}|{L._WORD_NUMBER})\b"
    rf"(?!\s*(?:%|per\s?cent|percent))",
    re.I,
)
_YEARS_AGO_RE = re.compile(rf"\b(?P<n>\d{{1,2}}|{L._WORD_NUMBER})\s+years?\s+ago\b", re.I)


def _back_count_claims(sentence: str, offset: int, previous: list[Claim], as_of: date | None) -> list[Claim]:
    """A count with no measure of its own, about what the previous sentence counted, with its own year."""
    prior = next((c for c in previous if c.kind == "count" and c.threshold is not None), None)
    m = _BACK_COUNT_RE.search(sentence)
    ago = _YEARS_AGO_RE.search(sentence)
    if prior is None or m is None or ago is None:
        return []
    parsed, back = _number(m.group("n1") or m.group("n2")), _number(ago.group("n"))
    if parsed is None or back is None:
        return []
    claim = replace(prior, start=offset, end=offset + len(sentence), text=sentence, members=[], excluded=[])
    claim.value, claim.value_text, claim.bounds = parsed[0], m.group(), []
    claim.comparator = _comparator(sentence, m.start("n1") if m.group("n1") else m.start("n2"), m.end())
    if m.group("cmp"):
        claim.comparator = L.COMPARATOR_BEFORE.get(re.sub(r"\s+", " ", m.group("cmp").lower()), "eq")
    claim.year = (as_of or date.today()).year - int(back[0])
    claim.year_text, claim.year_basis = ago.group(), "relative"
    claim.span_start, claim.span_end = None, None
    return [claim]


_CALL_BEFORE = re.compile(
    r"\b(?:for|urg\w*|ask\w*|want\w*|press\w*|call\w*\s+on|push\w*|told|tell|telling|demand\w*)\s+$", re.I
)


def _threshold(sentence: str, qs: list[Quantity]) -> Quantity | None:
    """The percent in a sentence that works as a threshold ("the 2% target", "at least 2% of GDP")."""
    best: Quantity | None = None
    for q in qs:
        if q.kind != "percent" or q.used:
            continue
        before, after = _window(sentence, q, 40, 40)
        if (
            L.TARGET_NOUN_RE.search(after[:25])
            or re.search(
                r"\b(?:target|guideline|goal|benchmark|threshold|pledge|mark)\s+of\s+(?:spending\s+)?(?:at least\s+)?$",
                before,
                re.I,
            )
            or L.THRESHOLD_MEET_RE.search(before[-30:])
            or L.THRESHOLD_MISS_RE.search(before[-30:])
            or q.comparator in ("ge", "gt")
        ):
            return q
        if best is None:
            best = q
    return best


# Between two allies of a list: a comma or "and", and at most one hyphenated epithet ("debt-burden Greece").
_LIST_SEP = re.compile(
    r"^\s*(?:\([^()]{1,20}\))?\s*(?:,|and|&|, and|as well as|along with|plus|—|-|–)?\s*(?:the\s+)?"
    r"(?:[a-z]+-[a-z]+\s+)?$",
    re.I,
)
_TARGETS_RE = re.compile(r"\b(?:spending\s+)?(?:targets|guidelines|goals)\b", re.I)


def _list_claim(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
) -> Claim | None:
    """'Estonia, Britain, Poland and Greece are already hitting the mark': several allies at/over a threshold."""
    named = [m for m in mentions if m.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA) and not m.weak]
    if len(named) < 2:
        return None
    run = [named[0]]
    for m in named[1:]:
        if _LIST_SEP.match(sentence[run[-1].end : m.start]):
            run.append(m)
    if len(run) < 2:
        return None
    rest = sentence[run[-1].end :]
    meet = L.THRESHOLD_MEET_RE.search(rest[:80])
    miss = L.THRESHOLD_MISS_RE.search(rest[:80])
    if not (meet or miss):
        return None
    only = re.search(
        r"\b(?:are|were|is|was|remain|remained)\s+the\s+only\b|\bonly\s+(?:these|they|those)\b", rest[:60], re.I
    ) or re.search(r"(?:^|[,;:—–]\s*)only\s+(?:the\s+)?$", sentence[: run[0].start], re.I)
    if not only and any(q.kind == "percent" and run[0].start < q.start < run[-1].end for q in qs):
        return None  # each ally has its own figure: share claims, not a list (unless "... are the only ones")
    # The allies' own figures ("Croatia (2.03%), ... are the only countries ...") are not the threshold.
    tail = re.match(r"\s*\([^()]{1,20}\)", sentence[run[-1].end :])  # "... and the US (3.47%)"
    last = run[-1].end + (tail.end() if tail else 0)
    before_filter, qs = qs, [q for q in qs if not run[0].start < q.start < last]
    threshold_q = _threshold(sentence, qs)
    if threshold_q is None and not (L.TARGET_NOUN_RE.search(rest) or _TARGETS_RE.search(rest)):
        return None
    claim = Claim(offset, offset + len(sentence), sentence, "count", metric="share_gdp", unit="allies")
    claim.threshold = threshold_q.value if threshold_q else 2.0
    if threshold_q:
        threshold_q.used = True
    claim.value = None
    claim.comparator = "members"
    claim.members = list(dict.fromkeys(str(m.code) for m in run))
    if only:
        claim.value = float(len(claim.members))
        claim.comparator = "eq"
        group = next((m for m in mentions if m.group_key and m.start >= run[-1].end), None)
        if group is not None:
            claim.group, claim.group_key = group.label, group.group_key
    if miss and not (meet and meet.start() < miss.start()):
        claim.scope = "below"
    claim.attributed_to = _attribution(sentence)
    _set_year(claim, sentence, (run[0].start, run[-1].end), years, as_of)
    if last > run[-1].end or any(run[0].start < q.start < last for q in before_filter):
        # the items carry their own figures (and claims): the count's span is what is said of them all
        lo = last + len(sentence[last:]) - len(sentence[last:].lstrip(" ,"))
        claim.span_start, claim.span_end = offset + lo, offset + len(sentence.rstrip(" ."))
    return claim
