"""Extractors for rankings: ordinal places ("the second-largest spender", "ranks 12th"), superlatives ("the
highest share", "tops the list"), group ranks ("among the five lowest", "the next highest"), halves ("the bottom
half"), "only n allies spent less than X", and world ranks, which natospend cannot check.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import _attribution, _nearest, _set_year
from natospend.claims.quantities import Quantity
from natospend.claims.quantities import number as _number
from natospend.claims.times import YearMention
from natospend.claims.vocab import phrase_alternation, vocab


def _ranking_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    qs: list[Quantity],
    years: list[YearMention],
    as_of: date | None,
    topic: str | None = None,
    rank_topic: str | None = None,
) -> list[Claim]:
    named = [m for m in mentions if m.code not in (None, ALL_ALLIES, L.NATO_TOTAL) and not m.group_key]
    world = _vocab_re("rankings", "world").search(sentence)
    if world or _NEXT_COMBINED.search(sentence):
        made = _world_rank_claims(sentence, offset, named, years, as_of)
        if made:
            return made
    if not named:
        return []
    share = bool(
        L.GDP_RE.search(sentence)
        or re.search(r"\b(share|proportion|percentage|relative to)\b", sentence, re.I)
        or topic == "share_gdp"
    )
    absolute = bool(
        re.search(r"\bspenders?\b|\bin absolute terms\b|\bin (?:dollar|cash|money) terms\b", sentence, re.I)
    )
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
    less_than = _LESS_THAN_ALLY.search(sentence)
    if less_than and (share or absolute):
        made = _less_than_claims(sentence, offset, named, less_than, metric, years, as_of)
        if made:
            return made
    halves = _halves_re().search(sentence)
    if halves:
        return _half_claims(sentence, offset, named, halves, metric if share or absolute else None, years, as_of)
    if not (share or absolute):
        return []
    last = _vocab_re("rankings", "last_place").search(sentence)
    last_claims: list[Claim] = []
    if last:
        after = [n for n in named if n.start >= last.end() and not sentence[last.end() : n.start].strip(" ,the")]
        if after:
            claim = _rank_claim(sentence, offset, after[0], 1, "lowest", metric, None, None)
            if claim:
                claim.value_text = last.group()
                claim.span_start, claim.span_end = offset + last.start(), offset + after[0].end
                _set_year(claim, sentence, (last.start(), last.end()), years, as_of)
                last_claims.append(claim)
                named = [n for n in named if n is not after[0]]
    for group_rank in _GROUP_RANK.finditer(sentence):
        # "the top five lowest are Italy, ..., Slovenia, and, in last place, Spain": the last place is one of the
        # five, so every ally named before it must rank within the five too (six names for five places cannot hold)
        made = _group_rank_claims(sentence, offset, named, group_rank, metric, years, as_of)
        if made:
            return made + last_claims
    if last_claims:
        return last_claims
    europe = re.search(r"\b(in Europe|European|among European)\b", sentence, re.I)
    claims: list[Claim] = []
    # Ordinal ranks: "12th", "the second-largest spender".
    for m in L.RANK_ORDINAL_RE.finditer(sentence):
        tail = sentence[m.end() : m.end() + 40]
        head = sentence[max(0, m.start() - 30) : m.start()]
        whole = sentence[m.start() : m.end() + 25]
        if not (
            L.RANK_SUBJECT_RE.search(whole)
            or re.search(r"\b(ranks?|ranked|place[ds]?|position|comes?)\s+$", head, re.I)
            or re.search(r"^\s*(?:highest|largest|biggest|lowest|smallest)", tail, re.I)
            or re.search(r"[-\s](?:highest|largest|biggest|lowest|smallest)", m.group(), re.I)
        ):
            continue
        if re.match(r"\s*(?:year|time|consecutive|straight|in a row|quarter|century|half)", tail, re.I):
            continue
        rank = L.ORDINALS.get((m.group("word") or "").lower()) or int(m.group("num") or 0)
        if not rank:
            continue
        order = "lowest" if re.search(r"lowest|smallest|least|bottom", m.group() + tail[:20], re.I) else "highest"
        # "the second-highest share after Poland": the ally after "after" is the one ahead, not the subject.
        ahead = [n for n in named if re.search(r"\b(?:after|behind|than)\s+(?:the\s+)?$", sentence[: n.start])]
        subject = _nearest(sentence, (m.start(), m.end()), [n for n in named if n not in ahead] or named)
        claim = _rank_claim(sentence, offset, subject, rank, order, metric, world, europe)
        if claim:
            _set_year(claim, sentence, (m.start(), m.end()), years, as_of)
            claims.append(claim)
    if claims:
        return claims
    # Superlatives: "the biggest spender", "spent the least", "tops the list".
    for pattern, order in L.RANK_WORDS:
        for m in pattern.finditer(sentence):
            around = sentence[m.start() : m.end() + 40]
            if m.group(1).lower() in ("most", "least", "top", "last", "leading", "bottom") and not re.search(
                r"\b(spender|spent|spends|spending|share|percentage|proportion|list|table|ranking)\b",
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
            ):
                continue
            if not L.RANK_SUBJECT_RE.search(around) and not re.search(
                r"\b(spent|spends|spend|spending)\b", sentence[max(0, m.start() - 30) : m.start()], re.I
            ):
                continue
            subject = _nearest(sentence, (m.start(), m.end()), named)
            claim = _rank_claim(sentence, offset, subject, 1, order, metric, world, europe)
            if claim:
                _set_year(claim, sentence, (m.start(), m.end()), years, as_of)
                claims.append(claim)
            return claims
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
            _set_year(claim, sentence, (top.start(), top.end()), years, as_of)
            return [claim]
        if left and re.match(r"\s*(?:NATO|the\s+(?:list|table|ranking|alliance|league))", sentence[top.end() :], re.I):
            claim = _rank_claim(sentence, offset, left[-1], 1, "highest", metric, world, europe)
            if claim:
                _set_year(claim, sentence, (top.start(), top.end()), years, as_of)
                return [claim]
    return claims


# "relative to the size of their economies", "in relation to GDP", "as a share": a ranking by share of GDP,
# even of "spenders".
_RELATIVE_MEASURE = re.compile(
    r"\b(?:relative to|in relation to|as a (?:share|proportion|percentage) of|compared to the size of)\b", re.I
)
# A rank stated as a group ("among the top five", "the five lowest", "the next highest"): not rank 1.
_GROUP_RANK = re.compile(
    r"\b(?:(?P<next>next|following)\s+(?:(?P<n0>\d{1,2}|[a-z]+)\s+)?(?:highest|largest|biggest|lowest|smallest)"
    r"|(?:top|bottom)\s+(?P<n1>\d{1,2}|[a-z]+)\b"
    r"|(?P<n2>\d{1,2}|[a-z]+)\s+(?:(?:allies|countries|members|nations|states)\s+)?(?:(?:spending|with\s+the)\s+)?"
    r"(?:highest|largest|biggest|lowest|smallest|least|most)\b"
    r"|among\s+the\s+(?:highest|largest|biggest|lowest|smallest|top|bottom)\b)",
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
    if m.group("next"):
        anchor = next((n for n in named if _FOLLOWING_BEFORE.search(sentence[max(0, n.start - 15) : n.start])), None)
        rest = [n for n in named if n is not anchor]
        if anchor is not None and rest and anchor.code:
            claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
            claim.countries = list(dict.fromkeys(str(n.code) for n in rest))
            claim.others, claim.scope = [anchor.code], "next"
            claim.rank_order = "lowest" if re.search(r"lowest|smallest|least", m.group(0), re.I) else "highest"
            claim.value_text = m.group(0)
            claim.attributed_to = _attribution(sentence)
            _set_year(claim, sentence, (m.start(), m.end()), years, as_of)
            return [claim]
    size_text = m.group("n0") or m.group("n1") or m.group("n2")
    size = None
    if size_text:
        parsed = _number(size_text)
        size = int(parsed[0]) if parsed and 1 <= parsed[0] <= 40 else None
        if size is None and not m.group("next"):
            return []  # "the biggest", "top priority": not a group rank
    low = re.search(r"lowest|smallest|least|bottom", sentence[m.start() : m.end() + 60], re.I)
    order = "lowest" if low else "highest"
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries = list(dict.fromkeys(str(n.code) for n in named))
    claim.rank_order = order
    claim.value_text = m.group(0)
    if size is not None and not m.group("next"):
        claim.rank, claim.bounds, claim.value = size, [1.0, float(size)], float(size)
    if _vocab_re("rankings", "descending").search(sentence) and len(claim.countries) > 1:
        claim.scope = "descending"  # "(in descending order)": the named allies are also in that order
    claim.attributed_to = _attribution(sentence)
    _set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


_FOLLOWING_BEFORE = re.compile(r"\b(?:following|after|behind)\s+(?:the\s+)?$", re.I)


@cache
def _vocab_re(section: str, key: str) -> re.Pattern[str]:
    """A word list of vocab.toml as one pattern."""
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(vocab()[section][key])})(?!\w)", re.I)


@cache
def _halves_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:in\s+)?the\s+(?P<half>{phrase_alternation(vocab()['rankings']['halves'])})\b", re.I)


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
    subject = _nearest(sentence, (m.start(), m.end()), named)
    if subject is None or subject.code is None:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", metric=metric, unit="rank")
    claim.countries = [subject.code]
    claim.rank_order = vocab()["rankings"]["halves"][re.sub(r"\s+", " ", m.group("half").lower())]
    claim.bounds, claim.bounds_relative, claim.scope = [0.0, 0.5], True, "half"
    claim.value_text = m.group()
    claim.attributed_to = _attribution(sentence)
    _set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


# "Only four allies — Belgium, ... — spent less than Canada as a percentage of GDP"; "only four of the 29 other
# NATO members set to spend less of their GDP on defence than Canada".
_LESS_THAN_ALLY = re.compile(
    rf"\b(?:only\s+|just\s+)?(?P<n>\d{{1,2}}|{L._WORD_NUMBER})\s+(?:of\s+the\s+\d{{1,2}}\s+)?(?:other\s+)?"
    rf"(?:NATO\s+|Nato\s+)?(?:allies|members|member states|countries|nations)\b[^.;]{{0,160}}?"
    rf"\b(?:spen[dt]s?|spending)\s+(?P<dir>less|more)\b[^.;]{{0,40}}?\bthan\s+(?:the\s+)?",
    re.I,
)


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
        claim.others, claim.scope = list(dict.fromkeys(listed)), "beyond"  # exactly these are below (above) it
    claim.value_text = m.group("n")
    claim.attributed_to = _attribution(sentence)
    claim.span_start, claim.span_end = offset + m.start(), offset + subject.end
    _set_year(claim, sentence, (m.start(), m.end()), years, as_of)
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
    if cue is None or (cue.re is _NEXT_COMBINED and cue.group("noun").lower() == "allies"):
        return []
    if not named and not re.search(r"\b(?:largest|biggest|highest|most|smallest|lowest)\b", sentence, re.I):
        return []  # "Also detailed are the top 10 military spenders worldwide": a description, not a claim
    claim = Claim(offset, offset + len(sentence), sentence, "ranking", unit="rank", scope="world")
    subject = _nearest(sentence, (cue.start(), cue.end()), named) if named else None
    claim.countries = [subject.code] if subject is not None and subject.code else []
    claim.value_text = cue.group()
    claim.attributed_to = _attribution(sentence)
    _set_year(claim, sentence, (cue.start(), cue.end()), years, as_of)
    return [claim]


_NEXT_COMBINED = re.compile(
    rf"\b(?:outspends?|outspent|outspending|spends?\s+more\s+than|spent\s+more\s+than)\s+(?:the\s+)?next\s+"
    rf"(?:\d{{1,2}}|{L._WORD_NUMBER})\s+(?:\w+\s+)?(?P<noun>allies|countries|nations|spenders)\b",
    re.I,
)


def _rank_claim(
    sentence: str,
    offset: int,
    subject: Mention | None,
    rank: int,
    order: str,
    metric: str,
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
        claim.scope = "world"
    elif europe and subject.code not in ("USA", "CAN"):
        claim.group, claim.group_key = "European Allies", "europe"
    claim.attributed_to = _attribution(sentence)
    return claim
