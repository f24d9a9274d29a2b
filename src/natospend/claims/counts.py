"""Extractors for counts of allies ("nine of the 31", "all but four"), lists of allies and records ("half of the
allies"); rankings are in rankings.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.bars import bar_level, bar_matches, bar_missed, bar_obliged
from natospend.claims.clauses import clause_bounds
from natospend.claims.context import OFF_TOPIC as _OFF_TOPIC
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import (
    ACCESSION_ASIDE_RE,
    ALL_COUNT_RE,
    COUNT_RE,
    NONE_COUNT_RE,
    PLEDGER_AFTER,
    attribution_source,
    set_year,
    window,
)
from natospend.claims.patterns import Pattern, cue_text, cued_finditer, lazy
from natospend.claims.quantifiers import COUNT_NOUN, Quantifier, find_quantifiers
from natospend.claims.quantities import Quantity, find_quantities
from natospend.claims.quantities import comparator as _comparator
from natospend.claims.quantities import number as _number
from natospend.claims.rank_cues import GROUP_RANK, cue_re, only_re
from natospend.claims.scope import in_time_clause
from natospend.claims.times import YearMention, find_years
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab


# ------------------------------------------------------------------------------------------------ claim builders
def count_claims(
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
    # "countries commit 4%, ... given that most aren't even at 2%": a quantifier with no noun stands for allies named
    # in the sentence, as allies or as countries, members or nations.
    cues = cue_text(sentence)  # a pattern none of whose cue words the sentence has is not run (patterns.cue)
    allies_named = any(mn.code == ALL_ALLIES for mn in mentions) or bool(_PLAIN_ALLIES.search(sentence))
    for qt in find_quantifiers(sentence, bare=allies_named):
        if qt.text.split()[0].lower() in vocab()["counts6"]["quantifiers"] and _LIKE_BEFORE.search(
            sentence, max(0, qt.start - 12), qt.start
        ):
            continue  # "Britain, like many other countries, has a target for aid": a comparison, no count
        if PLEDGER_AFTER.match(sentence[qt.end : qt.end + 30]) and not _SET_TO.match(sentence[qt.end :]):
            continue  # "most allies agreed to": who pledged ("the majority of members are set to miss" is a count)
        quantified[qt.start] = qt
        hits.append((qt.start, qt.end, None, "range", qt.text))
    for m in cued_finditer(_ALL_BUT_RE, sentence, cues):
        parsed = _number(m.group("num"))
        if parsed is not None and 1 <= parsed[0] <= 40:
            hits.append((m.start(), m.end(), parsed[0], "all_but", m.group()))
    for m in cued_finditer(_elliptic_re(), sentence, cues):
        parsed = _number(m.group("num"))
        if parsed is not None and 1 <= parsed[0] <= 40 and not any(a <= m.start("num") < b for a, b, *_ in hits):
            hits.append((m.start("num"), m.end(), parsed[0], "eq", sentence[m.start("num") : m.end()]))
    if _COUNT_NOUN_BEFORE.search(sentence):
        for m in _elliptic_growth_re().finditer(sentence):  # "Most countries ...: 12 increasing their spending"
            parsed = _number(m.group("num"))
            before = sentence[: m.start()]
            if parsed is None or not 1 <= parsed[0] <= 40 or not _COUNT_NOUN_BEFORE.search(before):
                continue
            if not any(a <= m.start() < b for a, b, *_ in hits):
                hits.append((m.start(), m.end(), parsed[0], "eq", m.group()))
    for m in cued_finditer(_THEN_TOTAL_RE, sentence, cues):  # "just three of the then 28 allies": 28 was the membership
        parsed = _number(m.group("num"))
        if parsed is not None and 0 <= parsed[0] <= 40:
            hits.append((m.start(), m.end(), parsed[0], _comparator(sentence, m.start(), m.end()), m.group()))
    for m in cued_finditer(_of_membership_re(), sentence, cues):
        parsed = _number(m.group("num"))
        if parsed is not None and 0 <= parsed[0] <= 40 and not any(a <= m.start() < b for a, b, *_ in hits):
            hits.append((m.start(), m.end(), parsed[0], _comparator(sentence, m.start(), m.end()), m.group()))
    for m in cued_finditer(_number_of_re(), sentence, cues):
        parsed = _number(m.group("num"))
        if parsed is not None and 0 <= parsed[0] <= 40 and not any(a <= m.start("num") < b for a, b, *_ in hits):
            hits.append((m.start(), m.end(), parsed[0], "eq", m.group()))
    for m in cued_finditer(_partitive_re(), sentence, cues):  # "Seven of the alliance members met ..."
        parsed = _number(m.group("num"))
        if re.search(r"\ball\s+$", sentence[max(0, m.start() - 5) : m.start()], re.I):
            continue  # "all 32 of its members": every ally, read as such by ALL_COUNT_RE
        if parsed is not None and 2 <= parsed[0] <= 40 and not any(a <= m.start() < b for a, b, *_ in hits):
            hits.append((m.start(), m.end(), parsed[0], _comparator(sentence, m.start(), m.end()), m.group()))
    for m in cued_finditer(_OF_GROUP_RE, sentence, cues):  # "Of the European allies, only nine fell short of 2%"
        parsed = _number(m.group("num"))
        if parsed is not None and 0 <= parsed[0] <= 40 and not any(a <= m.start("num") < b for a, b, *_ in hits):
            hits.append((m.start(), m.end(), parsed[0], "eq", m.group()))
    for m in cued_finditer(_WITH_MORE_RE, sentence, cues):  # "..., with 18 expected to do so by 2024"
        parsed = _number(m.group("num"))
        if parsed is not None and 1 <= parsed[0] <= 40:
            hits.append((m.start(), m.end(), parsed[0], "eq", m.group()))
    contrasts = _contrast_spans(sentence)
    for m in cued_finditer(COUNT_RE, sentence, cues):
        if any(q.start <= m.start() < q.end for q in quantified.values()):
            continue  # "a third of the 31 members": 31 is the membership, the count is the quantifier's
        if any(a <= m.start() < b for a, b, *_ in hits) or any(a <= m.start() < b for a, b in contrasts):
            continue  # "all but eight allies"; "up from four allies in 2015": another year's count, read below
        if PLEDGER_AFTER.match(sentence[m.end() : m.end() + 30]) and not _SET_TO.match(sentence[m.end() :]):
            continue  # "the target that all 28 allies agreed to": who pledged ("18 nations set to meet" is a count)
        if _CALL_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue  # "demands for all member states to meet": a call, not a count
        if re.search(
            r"\b(?:of|among)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:alliance|bloc|organi[sz]ation|NATO|Nato)(?:'s|’s)\s*$",
            sentence[max(0, m.start() - 45) : m.start()],
            re.I,
        ):
            continue  # "nine of the military alliance's 29 members", "among NATO's 32 members": the membership
        parsed = _number(m.group("num"))
        if parsed is not None and parsed[0] == 1 and m.group("total") and _ONE_OF.search(sentence[: m.start()]):
            parsed = _number(m.group("total"))  # "Germany is one of the 18 nations set to meet": a count of 18
        if parsed is None or parsed[0] < 1 or parsed[0] > 40:
            continue
        if re.search(r"[-–]\s*$", sentence[: m.start()]) or re.match(r"-", sentence[m.end("num") : m.end("num") + 1]):
            continue  # "28-nation alliance"
        if (
            _rank_field().search(sentence[max(0, m.start() - 30) : m.start()])
            or _rivals_before(sentence, m.start(), leader=True)
            or _field_of_re().search(sentence, 0, m.start())
        ):
            continue  # "ranks 28th out of 30 NATO countries", "led the 30 NATO nations": a rank's field, no count
        hits.append((m.start(), m.end(), parsed[0], _comparator(sentence, m.start(), m.end()), m.group()))
    for m in cued_finditer(_OF_TOTAL_COUNT_RE, sentence, cues):
        parsed = _number(m.group("num"))
        if parsed is None or not 0 <= parsed[0] <= 40:
            continue
        # "Of the 32 allies, 23": 32 is all of them, even when the count was read already ("only nine met")
        hits = [h for h in hits if not h[0] <= m.start("total") < h[1]]
        if not any(a <= m.start("num") < b for a, b, *_ in hits):
            comparator = _comparator(sentence, m.start("num"), m.end("num"))
            hits.append((m.start("num"), m.end("num"), parsed[0], comparator, m.group()))
    for m in cued_finditer(ALL_COUNT_RE, sentence, cues):
        if (
            any(a <= m.start() < b for a, b, *_ in hits)
            or re.search(
                r"\bof\s+$", sentence[max(0, m.start() - 4) : m.start()], re.I
            )  # "the largest of all countries"
            or _CALL_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()])
            or PLEDGER_AFTER.match(sentence[m.end() : m.end() + 30])
            or _rivals_before(sentence, m.start())
            or _SUPERLATIVE_FIELD.search(sentence, 0, m.start())
        ):
            continue
        hits.append((m.start(), m.end(), None, "all", m.group()))
    for m in cued_finditer(NONE_COUNT_RE, sentence, cues):
        hits.append((m.start(), m.end(), 0.0, "eq", m.group()))
    unmet: set[int] = set()  # "5% of GDP, a goal that remains unmet by any NATO nation": the 5% is the other clause's
    for m in cued_finditer(_NONE_GROUP_RE, sentence, cues):  # "Not a single European ally reached 3%"
        if not any(a <= m.start() < b for a, b, *_ in hits):
            hits.append((m.start(), m.end(), 0.0, "eq", m.group()))
    for m in cued_finditer(_countphrase_re("none_met"), sentence, cues):
        if not any(a <= m.start() < b for a, b, *_ in hits):
            hits.append((m.start(), m.end(), 0.0, "eq", m.group()))
            unmet.add(m.start())
    did_too: set[int] = set()
    for m in cued_finditer(_DID_TOO_RE, sentence, cues):  # "In 2014 only three allies met the target; in 2024, 23 did."
        parsed = _number(m.group("num"))
        if parsed is None or not 0 <= parsed[0] <= 40 or not hits:
            continue
        if not any(a <= m.start("num") < b for a, b, *_ in hits):
            after_break = m.start() + len(re.match(r"[;,]\s*", m.group()).group())  # type: ignore[union-attr]
            hits.append((after_break, m.end(), parsed[0], "eq", sentence[after_break : m.end()].rstrip()))
            did_too.add(after_break)
    if not hits:
        return claims
    threshold_q = _threshold(sentence, qs)
    target_word = L.TARGET_NOUN_RE.search(sentence) or re.search(r"\b2 ?%|two per ?cent", sentence, re.I)
    meet = (
        L.THRESHOLD_MEET_RE.search(sentence)
        or L.THRESHOLD_MISS_RE.search(sentence)
        or _countphrase_re("meet_extra").search(sentence)
    )
    # "only 5 NATO nations meet their responsibility", "pay their fair share": the guideline by a synonym (bars.py)
    # ("too many members still aren't paying enough": a judgement of how much, not a count of who meets a bar)
    bars_named = [b for b in bar_matches(sentence) if not re.match(r"too|enough", b.group("target"), re.I)]
    synonym = next(iter(bars_named), None) if not (target_word and meet) else None
    if synonym is None and meet and not target_word:
        # "only five of the 29 members have met defense spending targets this year" (recall5): the guideline in the
        # plural, read as its synonyms are (the one level in force on the date)
        synonym = _plural_target_re().search(sentence)
    level = None
    if synonym is not None and threshold_q is None:
        level = bar_level(as_of)
        if level is None or bar_obliged(sentence, synonym) or any(re.search(r"\bother\b", h[4], re.I) for h in hits):
            # no one level in force (before 2006, after the Hague summit); "18 NATO countries were expected to meet
            # this criterion" (a forecast, made when?); "meets NATO standards, just like 22 other countries" (and who?)
            return claims
    if threshold_q is None and not (target_word and meet) and synonym is None:
        return _growth_count_claims(sentence, offset, mentions, qs, hits, quantified, years, as_of)
    threshold = threshold_q.value if threshold_q else (level or 2.0)
    band = _BAND_RE.search(sentence)  # "Around ten countries register between 2% and 2.1%"
    if band is not None:
        low, high = float(band.group("lo")), float(band.group("hi"))
        threshold = low if low < high else threshold
    bare = all(start in quantified and quantified[start].text == noun for start, _e, _v, _c, noun in hits) and any(
        not re.search(r"\b(?:allies|members|countries|nations|states)\b", q.text, re.I) for q in quantified.values()
    )
    if threshold_q and not bare and not all(h[0] in unmet for h in hits):
        # "... obliged to spend 2% - but few do": the 2% is also the pledge's
        threshold_q.used = True
    # "under the terms of the treaty", "under pressure": not below a threshold
    unframed = _UNDER_FRAME.sub(" ", sentence)
    miss = bool(L.THRESHOLD_MISS_RE.search(unframed)) and not _meets(
        sentence[: (threshold_q.start if threshold_q else len(sentence))][-40:]
    )
    miss = miss or bool(_countphrase_re("miss_extra").search(sentence))  # "has yet to meet", "aren't even at"
    miss = miss or _negated_meet(unframed) or _below_bar(threshold_q)  # "have not yet reached", "less than 2%"
    miss = miss or (synonym is not None and bar_missed(sentence, synonym))  # "pay less than their fair share"
    # "23 allies, including eight European members": a group inside a part of the count is not the count's
    # "with some, like Poland and the Baltic countries, going well over 4%": a group listed with an ally is one of
    # the allies named, not the count's scope
    listed_groups = [mn for mn in mentions if mn.group_key and _listed_with_ally(sentence, mn, mentions)]
    group_mention = next(
        (
            mn
            for mn in mentions
            if mn.group_key
            and mn not in listed_groups
            and not _INSIDE_SUBCOUNT.search(sentence[max(0, mn.start - 40) : mn.start])
        ),
        None,
    )
    # "the 20 percent target": no ally's target is a fifth of GDP; 20% is the guideline for equipment spending
    equipment = L.EQUIPMENT_RE.search(sentence) or L.TARGET_NOUN_RE.search(sentence)
    metric = "equipment_share" if equipment and threshold in (20.0,) else "share_gdp"
    percents = [q for q in qs if q.kind == "percent"]
    sentence_threshold_kept = False  # does some count take the sentence's threshold (else it is free for others)?
    ordered = sorted(hits)[:3]
    # "... only four allies spent 2%, adding that there are now nine countries meeting the target, with 18 expected
    # to do so by 2024": counts parted by a clause break, each with its own verb, are claims of their own.
    separate = [
        i > 0
        and bool(_CLAUSE_GAP.search(sentence[ordered[i - 1][1] : h[0]]))
        and not _SUBCOUNT_BEFORE.search(sentence[max(0, h[0] - 25) : h[0]])
        and bool(_OWN_VERB.search(sentence[h[1] : h[1] + 60]) or h[4].lower().startswith("with") or h[0] in did_too)
        for i, h in enumerate(ordered)
    ]
    for i, (start, end, value, comparator, noun) in enumerate(ordered):
        if i > 0 and not separate[i] and not any(separate[i:]):
            if claims and not re.match(r"\s*in\s+(?:19|20)\d\d", sentence[end : end + 12]):
                break  # a second count is usually the membership total ("23 of its 32 members")
        elif i > 0 and not separate[i]:
            continue
        claim = Claim(offset, offset + len(sentence), sentence, "count", metric=metric)
        claim.threshold = threshold
        # "Only Poland and the US spend more than 3%, while most allies remain below 2%": with several percents,
        # the count's own clause gives its threshold, its side and the allies it names.
        lo, hi = clause_bounds(sentence, start, end) if len(percents) > 1 else (0, len(sentence))
        if len(percents) > 1:  # "... a 5% of GDP target, a challenge remains: nearly a third ... 2%": a colon parts too
            cuts = [m.end() for m in _COLON.finditer(sentence, 0, start)]
            colon = _COLON.search(sentence, end)
            lo, hi = max([lo, *cuts]), min(hi, colon.start() if colon else hi)
        inside = [q for q in percents if lo <= q.start < hi] if (lo, hi) != (0, len(sentence)) else []
        own_q = threshold_q if threshold_q in inside else (_threshold(sentence, inside) if inside else None)
        side_miss = miss
        if own_q is None or own_q is threshold_q:
            sentence_threshold_kept = True
        if _mean_of_counted(sentence, own_q or threshold_q):
            continue
        if own_q is not None:
            own_q.used = True
            claim.threshold = own_q.value
            clause = _UNDER_FRAME.sub(" ", sentence[lo:hi])
            side_miss = bool(L.THRESHOLD_MISS_RE.search(clause) or _countphrase_re("miss_extra").search(clause))
            side_miss = side_miss and not _meets(sentence[lo : own_q.start][-40:])
            side_miss = side_miss or _negated_meet(clause) or _below_bar(own_q)
        elif any(separate):  # counts of their own: each names the allies of its own stretch of the sentence
            lo = start if i > 0 else 0
            hi = ordered[i + 1][0] if i + 1 < len(ordered) and separate[i + 1] else len(sentence)
        else:
            lo, hi = 0, len(sentence)
        if band is not None and float(band.group("lo")) < float(band.group("hi")):
            claim.threshold_high = float(band.group("hi"))
        elif (exact := _exact_band(sentence, own_q or threshold_q, end)) is not None:
            claim.threshold, claim.threshold_high = exact
        claim.unit = "allies"
        if comparator == "all":
            claim.comparator = "all"
            claim.value = None
            claim.value_text = noun
        elif comparator == "range":
            claim.value_text = noun
            _set_quantity(claim, quantified[start])
        else:
            claim.value = value
            claim.value_text = noun
            claim.comparator = comparator
            with_others = _named_with_others(sentence, start, noun)
            if value is not None and with_others:
                claim.value = value + len(with_others)
        own_group = _noun_group(noun)
        if own_group is not None and group_mention is None:
            claim.group, claim.group_key = own_group
        elif group_mention is not None:
            claim.group, claim.group_key = group_mention.label, group_mention.group_key
        asides = [m.span() for m in ACCESSION_ASIDE_RE.finditer(sentence)]
        named = [
            mn.code
            for mn in mentions
            if mn.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA)
            and not any(a <= mn.start < b for a, b in asides)
            and not in_time_clause(sentence, mn.start)  # "... in 2023, when Finland joined": a date, not a member
            and lo <= mn.start < hi
        ]
        claim.members = [c for c in dict.fromkeys(named) if c]
        year = (as_of or date.today()).year
        for mn in listed_groups:
            if lo <= mn.start < hi and mn.group_key is not None:
                claim.members += [c for c in L.group_members(mn.group_key, year) if c not in claim.members]
        if value == 0.0 and comparator == "eq":
            claim.members = []  # "no NATO country, including the United States, reaches 5%": none is on that side
        claim.excluded = _excluded(sentence, mentions)
        if value is not None and (plus := _PLUS_AFTER.match(sentence, end)):
            # "only six countries, plus the United States, met ..." (politico.eu, March 2019): the ally added after
            # the count is not one of the six
            added = [mn.code for mn in mentions if plus.end() <= mn.start <= plus.end() + 4 and mn.code]
            claim.excluded = list(dict.fromkeys([*claim.excluded, *(c for c in added if c != ALL_ALLIES)]))
        claim.members = [c for c in claim.members if c not in claim.excluded]
        claim.attributed_to = attribution_source(sentence)
        if side_miss and own_q is None and _meets_in_own_stretch(sentence, start, end):
            # "only 11 member states had achieved the goal, with 18 still falling short" (menafn.com, April 2024):
            # the shortfall is said after a clause break; this count's own verb meets the threshold
            side_miss = False
        if side_miss and comparator != "all":
            claim.counts_below = True  # the count is of allies below the threshold
        # Years after a full stop the sentence splitter missed ("... the alliance’s. This is the highest figure since
        # ... 2014") are another sentence's.
        local = [y for y in years if not re.search(r"[.!?]\s+[A-Z]", sentence[min(end, y.start) : max(end, y.start)])]
        local = [y for y in local if not any(a <= y.start < b for a, b in contrasts)]  # another count's year
        if any(separate):  # a count of its own takes the years of its own stretch
            local = [y for y in local if lo <= y.start < hi]
        # "the 2% target, which had been at a summit in 2014": when the target was set, not the count's year; unless a
        # time clause dates the count by it ("when NATO leaders set the 2 per cent of GDP target at their summit in
        # 2014, only three members ... met that target", deccanherald.com, June 2024), read below
        summit = [y for y in local if _SUMMIT_YEAR.search(sentence[max(0, y.start - 30) : y.start])]
        local = [y for y in local if y not in summit]
        # "it was only after Russia's invasion of Ukraine in 2022 that a majority ...": a time after which, not the
        # count's year
        local = _before_after_clause(sentence, local, start)
        set_year(claim, sentence, (start, end), local, as_of)
        if claim.year_basis == "relative" and any(
            sentence.find(claim.year_text or "\0", a, b) >= 0 for a, b in contrasts
        ):  # "23 allies meet the target, up from 11 last year": "last year" is the other count's
            claim.year, claim.year_text, claim.year_basis = None, None, "latest"
        bar = own_q or threshold_q
        if claim.year is None and bar is not None:
            # "Only three of the 31 allies spent more than 3% of GDP in 2024": the year after the threshold is the
            # count's ("more than 3%" is a threshold, not a figure contrasted with another year's).
            after = [y for y in local if y.role == "data" and 0 <= y.start - bar.end <= 40]
            if after and not re.search(r"[,;:()]|\b(?:than|from|since)\b", sentence[bar.end : after[0].start]):
                claim.year, claim.year_text, claim.year_basis = after[0].year, after[0].text, "explicit"
        if claim.year is None:
            # "When NATO allies made the commitment at the 2014 summit, only three countries met the target": a
            # time clause that dates the count by the pledge's year.
            # "The 2% mark was set in 2014, at a time when only 3 NATO countries met that objective" (today.rtl.lu,
            # June 2023): the time clause after the year.
            dated = [
                y
                for y in sorted(local + summit, key=lambda y: y.start)
                if (y.role == "announced" or y in summit)
                and (_WHEN_CLAUSE.search(sentence[: y.start]) or _WHEN_AFTER.match(sentence, y.end, start))
            ]
            if dated:
                claim.year, claim.year_text, claim.year_basis = dated[0].year, dated[0].text, "explicit"
        own = re.match(r"\s*in\s+((?:19|20)\d\d)\b", sentence[end : end + 12])
        if own:
            claim.year, claim.year_text, claim.year_basis = int(own.group(1)), own.group(1), "explicit"
        # "By 2024, already 15 NATO member states will spend over 2%": a count for a future year is a projection.
        ahead = [y for y in local if y.role == "deadline" and y.year > (as_of or date.today()).year]
        if claim.year is None and ahead and L.FUTURE_RE.search(sentence):
            claim.year, claim.year_text, claim.year_basis = ahead[0].year, ahead[0].text, "explicit"
        if claims and not separate[i] and not re.match(r"\s*in\s+(?:19|20)\d\d", sentence[end : end + 12]):
            break  # a second count is usually the membership total ("23 of its 32 members"), unless it has its own year
        if _forecast(sentence, start, end) or (noun.lower().startswith("with") and _forecast_re().search(noun)):
            claim.modality = "forecast"
            if claim.year is None:  # "By 2024, 18 member countries are expected to reach the target"
                by = [y for y in local if y.role == "deadline"]
                if by:
                    claim.year, claim.year_text, claim.year_basis = by[0].year, by[0].text, "explicit"
                elif phrase_re("audit9", "horizons").search(sentence):
                    # "Fewer than three-quarters of NATO's 28 members are on track to meet the goal ... in the coming
                    # years" (Sputnik, September 2016): who is on course, for no one year, not this year's count
                    claim.modality = "ambition"
                else:  # "18 member countries will spend 2%": a forecast with no year is for the current one
                    claim.year, claim.year_basis = (as_of or date.today()).year, "relative"
        if claim.year is None:
            # "Only three allies met the target a few years ago": a past that names no year (rules/counts abstains)
            vague = phrase_re("counts7", "vague_past").search(sentence, lo, hi)
            if vague and not any(a <= vague.start() < b for a, b in contrasts):
                claim.year_text, claim.year_basis = vague.group(), "vague"
        claims.append(claim)
    if threshold_q is not None and claims and not sentence_threshold_kept:
        threshold_q.used = False  # "a 5% of GDP target ...: nearly a third ... 2%": the 5% is a proposal's
    if claims:
        claims += _contrast_claims(sentence, offset, claims[0], contrasts, as_of)
        claims += _multiple_claims_of(sentence, offset, claims[0])
        claims += _anaphor_later(sentence, offset, claims, as_of)
    claims += _enumeration(sentence, offset, mentions, claims)
    return claims


_OTHERS_NOUN = lazy(r"\S+\s+other\s+(?:allies|members|member states|countries|nations|states)\b", re.I)


@cache
def _plural_target_re() -> Pattern:
    """The plural after words of spending or the alliance ("defense spending targets", "NATO's agreed goals"; not
    "climate targets", "defence recruitment goals"), with the groups of bars.bar_re for the bar readers."""
    v = vocab()["compliance"]
    return lazy(
        rf"(?P<verb>)\b(?P<target>(?:(?:{phrase_alternation(v['determiners'])})\s+)?"
        rf"(?:(?:{phrase_alternation(v['qualifiers'])})\s+){{1,3}}(?:{phrase_alternation(vocab()['recall5']['plural_targets'])}))\b",
        re.I,
    )


def _exact_band(sentence: str, q: Quantity | None, end: int) -> tuple[float, float] | None:
    """'seven countries will spend exactly 2.0 percent of GDP': an exact figure is no bar to be at or above but the
    band of figures equal to it at the precision printed (1.95 up to, not including, 2.05 for '2.0'); only for the
    count (ending at `end`) whose own clause names it."""
    if q is None or q.kind != "percent" or not 0 <= q.start - end <= 80 or re.search(r"[,;:]", sentence[end : q.start]):
        return None
    if not phrase_re("falsepaths", "exact").search(sentence, max(0, q.start - 16), q.start):
        return None
    half = q.step / 2
    return q.value - half, q.value + half - 1e-6


def _mean_of_counted(sentence: str, q: Quantity | None) -> bool:
    """ "NATO's 28 other members, who spend less than 1.5 percent GDP on average" (share.america.gov, December 2017):
    the figure is the mean of the allies counted, not a threshold each of them is on one side of."""
    if q is None:
        return False
    return bool(L.MEAN_OF_ALLIES_RE.search(sentence, max(0, q.start - 16), min(len(sentence), q.end + 24)))


def _named_with_others(sentence: str, start: int, noun: str) -> list[str]:
    """'In 2017, the U.S. and three other countries met that standard' (inferiordonald.com, 2018): the allies
    named with "N other countries" are counted too (four in all)."""
    if not _OTHERS_NOUN.match(noun) or not re.search(r"\band\s+$", sentence[max(0, start - 8) : start], re.I):
        return []
    table = L.country_lookup()
    found = list(L.country_regex().finditer(sentence, 0, start))
    run: list[re.Match[str]] = []
    for m in reversed(found):
        gap = sentence[m.end() : run[0].start() if run else start]
        joined = _LIST_SEP.match(gap) if run else re.fullmatch(r"\s+and\s+", gap, re.I)
        if not joined:
            break
        run.insert(0, m)
    return list(dict.fromkeys(table[m.group("label").replace("\n", " ")] for m in run if m.group("label") in table))


def _set_quantity(claim: Claim, qt: Quantifier) -> None:
    """A count's quantity from a quantifier: its bounds, and the word itself when it names no number ("many",
    "several"; vocab [accurate0] vague_counts), which no figure can bear out. "Most" is more than half: a bound."""
    claim.comparator, claim.value, claim.bounds, claim.bounds_relative = "range", None, [qt.low, qt.high], qt.relative
    word = phrase_re("accurate0", "vague_counts").match(qt.text)
    claim.vague = word.group().lower() if word else None


def _noun_group(noun: str) -> tuple[str, str] | None:
    """The group a count's own noun names ("six European states", "two EU allies"), as (label, key)."""
    if not re.search(r"\b(European|EU|Baltic|Nordic)\b", noun, re.I):
        return None
    return ("EU members of NATO", "eu") if re.search(r"\bEU\b", noun) else ("European Allies", "europe")


def _before_after_clause(sentence: str, years: list[YearMention], start: int) -> list[YearMention]:
    """The years not in an "after ..." clause ("it was only after Russia's invasion
    of Ukraine in 2022 that a majority ...", "many members raised spending after Russia's 2022 invasion"): such a
    year is what the count follows, not the count's."""
    return [y for y in years if not _AFTER_CLAUSE.search(sentence, max(0, y.start - 80), y.start)]


_LISTED_GROUPS = ("baltic", "nordic")  # groups small enough to be named as list items


def _listed_with_ally(sentence: str, group: Mention, mentions: list[Mention]) -> bool:
    """'Poland and the three Baltic states', 'the Baltic states, Poland and Romania': the group is named in a list
    beside an ally (a comma or "and" between them), so it is an item of the list."""
    if group.group_key not in _LISTED_GROUPS:
        return False
    for mn in mentions:
        if mn.code in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA) or mn.weak:
            continue
        gap = sentence[mn.end : group.start] if mn.end <= group.start else sentence[group.end : mn.start]
        if re.search(r"[,&]|\band\b", gap) and _LIST_SEP.match(gap):
            return True
    return False


def _anaphor_later(sentence: str, offset: int, claims: list[Claim], as_of: date | None) -> list[Claim]:
    """'In February this year, 18 alliance countries were allocating at least 2 percent ..., and by June, that
    number had risen to 23' (auditb: polska-ie.com, June 2024): the sentence's count again, at a new value, in a
    clause of its own after it."""
    first = claims[0]
    at = sentence.find(first.value_text) + len(first.value_text) if first.value_text else -1
    m = _anaphor_re().search(sentence, max(at, 0))
    if at <= 0 or m is None or any(c.value == (_number(m.group("num")) or (None,))[0] for c in claims):
        return []
    lo, _hi = clause_bounds(sentence, m.start(), m.end())
    made = _anaphoric_counts(sentence[lo:], offset + lo, first, as_of)
    for claim in made:
        claim.start, claim.end, claim.text = offset, offset + len(sentence), sentence
    return made


def _rivals_before(sentence: str, at: int, leader: bool = False) -> bool:
    """'Poland led all members', 'the US led the 30 NATO nations': the allies a leader is placed against (a number
    after a comparative stays a count, "more than 10 allies": `leader` looks for the leader's verb only)."""
    cue = cue_re("leads_all" if leader else "rivals_before", r"\b", r"\s+(?:the\s+)?$")
    return bool(cue.search(sentence[max(0, at - 30) : at]))


@cache
def _field_of_re() -> Pattern:
    """'Poland tops the list of 32 Nato nations' (forcesnews.com, August 2025): the membership a rank is among."""
    return lazy(rf"\b(?:{phrase_alternation(vocab()['counts5']['field_of'])})\s+(?:all\s+)?$", re.I)


@cache
def _rank_field() -> Pattern:
    """'ranks 28th out of', 'in 12th place among the', 'first among the', '16th in the ranking of the': a place,
    then the field it is counted in (vocab rank_cues)."""
    place = rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|{phrase_alternation(list(L.ORDINALS))})\b"
    return cue_re(
        "rank_field", rf"{place}(?:\s+place)?(?:\s+in\s+the\s+(?:ranking|table|list|league)s?)?\s+", r"\s+(?:the\s+)?$"
    )


_BAND_RE = lazy(
    r"\bbetween\s+(?P<lo>\d(?:\.\d+)?)\s?(?:%|per\s?cent|percent)?\s+and\s+(?P<hi>\d(?:\.\d+)?)\s?(?:%|per\s?cent|percent)",
    re.I,
)
# "Germany is one of the 18 nations", "The UK, one of 10 nations believed to be hitting", "The United States is just
# one of three nations that exceed the 2% threshold" (worldpopulationreview.com, 2019): a count of the total
_ONE_OF = lazy(
    r"(?:\b(?:is|was|are|were|remains|remained|became|becomes|be|being|as)|\w,)\s+"
    r"(?:(?:now|also|still|just|only|merely|among)\s+){0,2}$",
    re.I,
)
_NONE_GROUP_RE = lazy(
    r"\b(?:no|none\s+of\s+the|not\s+a\s+single|not\s+one)\s+(?:European|EU|Baltic|Nordic)\s+(?:NATO\s+|Nato\s+)?"
    r"(?:ally|allies|member|members|member\s+states?|country|countries|nations?)\b",
    re.I,
)
_COLON = lazy(r":\s")
# "0.62% of its economy on defence, the lowest across all NATO members" (luxtimes.lu, March 2023): the field of a
# superlative, no count ("the highest spender in absolute terms among all countries", breakingon.com, June 2025)
_SUPERLATIVE_FIELD = lazy(
    r"\b(?:highest|lowest|largest|smallest|biggest|least|most)(?:\s+[\w-]+){0,4}?\s+(?:among|across|of|in|within)\s+$",
    re.I,
)
_WHEN_CLAUSE = lazy(r"\b(?:when|at\s+the\s+time)\b[^,;:.]*$", re.I)
_WHEN_AFTER = lazy(r"\s*,?\s*(?:at\s+a\s+time\s+when|a\s+time\s+when|when|at\s+which\s+time)\b[^,;:.]*$", re.I)
_LIKE_BEFORE = lazy(r"\b(?:like|unlike|as\s+with)\s+$", re.I)
_AFTER_CLAUSE = lazy(r"\bafter\b[^,;:.]*$", re.I)
_SUMMIT_YEAR = lazy(r"\bsummit\s+(?:held\s+)?in\s+$", re.I)
_OF_GROUP_RE = lazy(
    rf"\b(?:of|among)\s+(?:the\s+)?(?:European\s+|EU\s+)?(?:NATO\s+)?(?:allies|members|member\s+states),\s+"
    rf"(?:only\s+|just\s+|some\s+)?(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b(?![.,]\d|\s*(?:%|per\s?cent|percent))",
    re.I,
)
# "...; in 2024, 23 did", "Today, 23 do.": the count of the clause or sentence before, at another time.
_DID_TOO = (
    rf"(?:(?:in|by)\s+(?:19|20)\d\d,?\s+|today,?\s+|now,?\s+|this\s+year,?\s+|last\s+year,?\s+)?"
    rf"(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:(?:allies|countries|members|nations)\s+)?"
    rf"(?:\((?:out\s+)?of\s+\d{{1,2}}\)\s+)?(?:did|do|does|have|had)"  # "today 23 (out of 31) do so"
    rf"(?:\s+so)?(?:\s+in\s+(?:19|20)\d\d)?\s*(?=[.;,!?]|$)"
)
_DID_TOO_RE = lazy(rf"[;,]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?{_DID_TOO}", re.I)
_DID_TOO_START = lazy(rf"\s*{_DID_TOO}", re.I)
_DID_SO_NOUN = lazy(rf"(?:(?:and|but|while|whereas)\s+)?{_DID_TOO}", re.I)  # a _DID_TOO_RE hit's text
_WITH_MORE_RE = lazy(
    rf"\bwith\s+(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:(?:more|others|allies|countries)\s+)?"
    rf"(?:expected|set|projected|likely|due|forecast)\s+to\s+(?:do\s+so|follow|meet\s+it|reach\s+it|get\s+there)\b",
    re.I,
)
# Between two counts of their own: a clause break ("..., adding that there are now nine countries ...").
# "23 allies, including eight European members, meet 2%": a part of the count before, not a count of its own.
# "23 countries, including the previous three countries, reached that goal" (turdef.com, June 2024): a part of the
# count, named as the earlier one, is no count of its own
_SUBCOUNT_BEFORE = lazy(
    r"\b(?:including|among\s+them|of\s+(?:which|whom|them)|such\s+as|incl\.)\s*"
    r"(?:(?:the\s+)?(?:previous|same|original|earlier|first)\s+|these\s+|those\s+)?$",
    re.I,
)
_INSIDE_SUBCOUNT = lazy(r"\b(?:including|among\s+them|of\s+(?:which|whom)|such\s+as)\b[^,;:()]*$", re.I)
_CLAUSE_GAP = lazy(r"[,;:—–]\s|\s[-–]\s|\b(?:while|whereas|but)\b", re.I)
_OWN_VERB = lazy(
    r"^[^;:!?]{0,60}?\b(?:meet\w*|met|reach\w*|hit\w*|achiev\w+|exceed\w*|spen[dt]\w*|fall\w*|fell|miss\w*)\b",
    re.I,
)
_SET_TO = lazy(r"\s*(?:are\s+|were\s+)?set\s+to\b", re.I)
_PLAIN_ALLIES = lazy(r"\b(?:countries|nations|members|member states)\b", re.I)
# "all but eight allies", "all but four of the 32 members": the count is the membership less the number.
_ALL_BUT_RE = lazy(rf"\ball\s+but\s+(?:only\s+|just\s+)?(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b(?!\s*%)", re.I)


@cache
def _elliptic_re() -> Pattern:
    """'only seven hit the target', 'just five did so in 2016': a count whose noun is left out, before a verb of
    meeting a threshold (the sentence must still name the threshold, or take it from the count before)."""
    verbs = phrase_alternation(vocab()["counts"]["elliptic_verbs"])
    return lazy(
        rf"\b(?:only|just|merely|a\s+mere)\s+(?P<num>\d{{1,2}}|{L.WORD_NUMBER})(?:\s+of\s+them)?\s+"
        rf"(?:(?:have|had|has|are|were|will|would|actually|now|still)\s+)?(?:{verbs})\b",
        re.I,
    )


@cache
def _elliptic_growth_re() -> Pattern:
    """'Most countries are adhering with a promise: 12 increasing their spending in 2014': a count whose noun was
    named before it, right before a verb of raising or cutting spending (read by _growth_count)."""
    verbs = phrase_alternation(vocab()["directions"]["count_verbs"])
    return lazy(
        rf"(?<![\w.,$€£%-])(?P<num>\d{{1,2}}|{L.WORD_NUMBER})(?=\s+(?:of\s+them\s+)?(?:(?:have|had|were|are)\s+)?"
        rf"(?:{verbs})\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:spending|expenditures?|budgets?|outlays?)\b)",
        re.I,
    )


_COUNT_NOUN_BEFORE = lazy(r"\b(?:countries|allies|members|nations|member\s+states)\b", re.I)


@cache
def _of_membership_re() -> Pattern:
    """'Nine of the 31 are still short of 2%': a count out of the membership, its noun left out."""
    return lazy(
        rf"(?<![\w.,$€£])(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|NATO['’]s\s+|"
        rf"Nato['’]s\s+|the\s+alliance['’]s\s+)?(?P<total>2[6-9]|3[0-2]|{_MEMBERSHIP_WORDS})\b"
        rf"(?!\s*(?:%|per\s?cent|percent|[\w-]+\s+(?:allies|members|countries|nations|states)\b|allies|members|"
        rf"countries|nations|states|member|NATO|Nato|European|EU))",
        re.I,
    )


@cache
def _partitive_re() -> Pattern:
    """'Seven of the alliance members met NATO's 2% pledge' (Qatar Tribune, March 2023), 'seven of the members': a
    count out of the allies, named by a noun with no number (that year's members; "seven of the 30 members" is
    mentions.COUNT_RE's). Not "one of the allies", which places one ally among them."""
    return lazy(
        rf"(?<![\w.,$€£])(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:out\s+)?of\s+(?:the|its|NATO['’]s|Nato['’]s|"
        rf"the\s+alliance['’]s)\s+(?:(?:alliance|NATO|Nato|member)\s+)?"
        rf"(?:allies|members|member\s+states|member\s+countries|member\s+nations|countries|nations)\b",
        re.I,
    )


_PLUS_AFTER = lazy(r"\s*,?\s*(?:plus|besides|in\s+addition\s+to|on\s+top\s+of)\s+", re.I)
_THEN_TOTAL_RE = lazy(
    rf"(?<![\w.,$€£])(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:out\s+)?of\s+(?:the|its|NATO['’]s|Nato['’]s)\s+then[-\s]+"
    rf"(?:\d{{1,2}}|{L.WORD_NUMBER})(?:[-\s]+{COUNT_NOUN})?",
    re.I,
)
_MEMBERSHIP_WORDS = r"twenty[-\s](?:six|seven|eight|nine)|thirty(?:[-\s](?:one|two))?"


@cache
def _number_of_re() -> Pattern:
    """'The number of allies meeting the target has risen from three in 2014 to 23 this year': the count at the
    end (the one it rose from is another year's, read by `_contrast_claims`)."""
    verbs = phrase_alternation(vocab()["counts"]["number_of_verbs"])
    return lazy(
        rf"\bthe\s+number\s+of\s+(?:NATO\s+|European\s+)?(?:allies|members|member\s+states|countries|nations)\b"
        rf"[^.;:!?]{{0,90}}?\b(?:{verbs})\s+(?:from\s+(?:\d{{1,2}}|{L.WORD_NUMBER})\s+(?:in\s+(?:19|20)\d\d\s+)?)?"
        rf"(?:to\s+|at\s+)?(?:only\s+|just\s+)?(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b"
        rf"(?![.,]\d|\s*(?:%|per\s?cent|percent|times|billion|million|bn|years?|months?|weeks?|days?|points?|troops|soldiers))",
        re.I,
    )


@cache
def _forecast_re() -> Pattern:
    return lazy(rf"(?<![\w'’])(?:{phrase_alternation(vocab()['counts']['forecast'])})\b", re.I)


def _forecast(sentence: str, start: int, end: int) -> bool:
    """Is the count's own clause a forecast ("18 allies are expected to meet", "this year 18 of the 31 allies would
    achieve", "will reach")? The clause runs from the count to the next clause break, and a few words before it."""
    lo = max(0, start - 60)
    before = re.split(r"[.;:!?]", sentence[lo:start])[-1]
    after = re.split(r"[.;:!?]|,\s+(?:compared|up|down|while|but|and)\b", sentence[end : end + 80])[0]
    return bool(_forecast_re().search(after) or re.search(r"\b(?:would|will)\s*$", before))


_EXCLUDED_AFTER = lazy(r"\s*(?:the\s+)?$", re.I)


def _excluded(sentence: str, mentions: list[Mention]) -> list[str]:
    """'five member countries other than the U.S.', 'European allies apart from Poland and Estonia', 'all allies
    except Spain': the allies named right after an exclusion word are left out of the count."""
    out: list[str] = []
    allies = [m for m in mentions if m.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA) and not m.weak]
    for m in _countphrase_re("exclude").finditer(sentence):
        run = [a for a in allies if a.start >= m.end() and _EXCLUDED_AFTER.match(sentence[m.end() : a.start])][:1]
        if not run:
            continue
        for a in allies:
            if a.start > run[-1].end and _LIST_SEP.match(sentence[run[-1].end : a.start]):
                run.append(a)
        out += [str(a.code) for a in run]
    return list(dict.fromkeys(out))


@cache
def _contrast_re() -> Pattern:
    lead = phrase_alternation(vocab()["counts"]["contrast"])
    return lazy(
        rf"\b(?P<lead>{lead})\s+(?:(?:only|just|a\s+mere|some|about|around|roughly)\s+)?"
        rf"(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b(?![.,]\d|\s*(?:%|per\s?cent|percent))"
        rf"(?P<rest>[^.;:,\d%]{{0,80}}?)(?:\b(?:in|by|for|during)\s+(?P<year>(?:19|20)\d\d)\b|\b(?P<rel>{_past_years()})\b"
        rf"|\b(?P<vague>{phrase_alternation(vocab()['counts7']['vague_past'])})\b)"
        rf"|\b(?P<dnum>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:(?:{_ONE_NOUN})\s+)?(?P<dir>fewer|more|less)\s+"
        rf"(?:(?:{COUNT_NOUN_ALT})\s+)?than\s+(?:(?:it\s+)?(?:was|were|did)\s+)?(?:in\s+)?"
        rf"(?:(?P<dyear>(?:19|20)\d\d)\b|(?P<drel>{_past_years()})\b)"
        # counts7: "surpassing last year's figure of 11 nations" (Reuters, February 2024)
        rf"|\b(?:{lead}|surpassing|exceeding|topping|beating|above|over)\s+(?:the\s+)?"
        rf"(?:(?P<fyear>(?:19|20)\d\d)|(?P<frel>{_past_years()}))(?:'s|’s)\s+(?:figure|number|total|tally|count|level)"
        rf"\s+of\s+(?:only\s+|just\s+)?(?P<fnum>\d{{1,2}}|{L.WORD_NUMBER})\b(?![.,]\d|\s*(?:%|per\s?cent|percent))"
        # counts7: "an increase of seven countries from the previous year" (Kyiv Independent, February 2024)
        rf"|\b(?:an?\s+(?P<idir>increase|rise|jump|gain|decrease|drop|fall)\s+of|(?P<idir2>up|down)\s+by)\s+"
        rf"(?P<inum>\d{{1,2}}|{L.WORD_NUMBER})\s+(?:(?:more\s+)?(?:{_ONE_NOUN}|{COUNT_NOUN_ALT})\s+)?"
        rf"(?:from|on|over|compared\s+(?:to|with))\s+(?:(?:in\s+)?(?P<iyear>(?:19|20)\d\d)\b|(?P<irel>{_past_years()})\b)"
        # "compared with 2014, when only three did"
        rf"|\b(?:compared\s+(?:with|to)|against|up\s+from|down\s+from)\s+(?P<wyear>(?:19|20)\d\d)\s*,?\s+when\s+"
        rf"(?:only\s+|just\s+)?(?P<wnum>\d{{1,2}}|{L.WORD_NUMBER})\b(?!\s*(?:%|per\s?cent|percent))",
        re.I,
    )


def _past_years() -> str:
    """'up from 11 last year', 'compared with three a decade ago', 'the year before': years before the claim's."""
    past = {k: v for k, v in {**L.RELATIVE_YEARS, **vocab()["years"]["anaphoric"]}.items() if v < 0}
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(past, key=len, reverse=True))


_ONE_NOUN = r"ally|member|member state|country|nation|state"


def _past_year(phrase: str, main: Claim, as_of: date | None) -> int:
    key = re.sub(r"\s+", " ", phrase.lower().replace("’", "'").removesuffix("'s"))
    anaphoric = vocab()["years"]["anaphoric"]
    if key in anaphoric or (key in ("the previous year", "a year earlier") and main.year is not None):
        base = main.year if main.year is not None else (as_of or date.today()).year
        return base + int(anaphoric.get(key, -1))
    return (as_of or date.today()).year + L.RELATIVE_YEARS[key]


COUNT_NOUN_ALT = r"allies|members|member states|countries|nations|states"


@cache
def counted_subject_re(of: bool) -> Pattern:
    """Some of the allies as a subject, not the alliance, in its two readings. `of`: a number or share of them
    ("37% of NATO members", "a third of the bloc", "Eighteen of the US-led military alliance's 31 members",
    cnbc.com, 17 February 2024), for pledges.ally_fraction (a figure in such a clause is a count); else a count or
    proportion word before their noun ("More countries", "The majority", "two allies"), for rules/pledges (who will
    meet a target, not the alliance's pledge: "NATO allies plan to hit the target by 2024" names the pledge itself).
    The two are kept apart: either one read for the other changes verdicts on the dev articles."""
    if of:
        fractions = phrase_alternation(vocab()["pledges7"]["ally_fractions"])
        return lazy(
            rf"(?<![\w.])(?:\d{{1,3}}(?:\.\d+)?\s?(?:%|per\s?cent|percent)|\d{{1,2}}|{L.WORD_NUMBER}|{fractions})\s+"
            rf"of\s+(?:[\w’'-]+\s+){{0,5}}?(?:members?|allies|countries|nations|states|bloc|alliance)\b",
            re.I,
        )
    return lazy(
        rf"\b(?:(?:the|a)\s+majority|most|(?:more|fewer|many|several|few|\d{{1,2}}|{L.WORD_NUMBER})\s+"
        r"(?:[\w-]+\s+){0,2}?(?:countries|allies|members|nations|states))\b",
        re.I,
    )


# Between the other year's number and its year: a noun and its own clause ("four European states that met this
# measure"), not a unit or a span of time ("three years ago", "1.5 billion").
_CONTRAST_NOT = lazy(r"\b(?:years?|months?|weeks?|days?|times|billion|million|bn|points?|ago)\b", re.I)


# Cheap test first: most sentences have no word that could open another year's count.
_CONTRAST_HINT = lazy(
    r"\b(?:compared|comparison|from|against|versus|fewer|more|less|figure|number|total|tally|count|level|by)\b", re.I
)


def _contrast_spans(sentence: str) -> list[tuple[int, int]]:
    if not _CONTRAST_HINT.search(sentence):
        return []
    return [
        (m.start(), m.end())
        for m in _contrast_re().finditer(sentence)
        if not _CONTRAST_NOT.search(m.group("rest") or "")
    ]


def _contrast_claims(
    sentence: str, offset: int, main: Claim, spans: list[tuple[int, int]], as_of: date | None
) -> list[Claim]:
    """'Only seven allies met 2% in 2023, compared to only three in 2014', '... one fewer than in 2021', 'down from
    four European states that met this measure in 2015': the same count in another year, a claim of its own judged
    for that year (the main count keeps its own year)."""
    out: list[Claim] = []
    anchor = sentence.find(main.value_text) if main.value_text else -1
    for m in _contrast_re().finditer(sentence):
        if (m.start(), m.end()) not in spans or m.start() < anchor:
            continue
        if m.group("num") or m.group("wnum"):
            parsed = _number(m.group("num") or m.group("wnum"))
            if parsed is None or not 0 <= parsed[0] <= 40:
                continue
            year_text = m.group("year") or m.group("wyear")
            vague = m.group("vague")  # "up from only 3 Allies just a few years ago": no year to judge it for
            past = None if vague or year_text else _past_year(m.group("rel"), main, as_of)
            value, year = parsed[0], int(year_text) if year_text else past
        elif m.group("fnum"):
            parsed = _number(m.group("fnum"))
            if parsed is None or not 0 <= parsed[0] <= 40:
                continue
            value = parsed[0]
            year = int(m.group("fyear")) if m.group("fyear") else _past_year(m.group("frel"), main, as_of)
        else:
            parsed = _number(m.group("dnum") or m.group("inum"))
            if parsed is None or main.value is None or main.comparator != "eq":
                continue  # "one fewer than in 2021" needs the exact count it is one fewer than
            if m.group("dnum"):
                sign = 1 if m.group("dir").lower() in ("fewer", "less") else -1
            else:  # "an increase of seven countries from the previous year": the base is seven fewer
                sign = (
                    -1
                    if (m.group("idir") or m.group("idir2")).lower() in ("increase", "rise", "jump", "gain", "up")
                    else 1
                )
            dyear, drel = m.group("dyear") or m.group("iyear"), m.group("drel") or m.group("irel")
            value, year = main.value + sign * parsed[0], int(dyear) if dyear else _past_year(drel, main, as_of)
        if value < 0 or main.comparator not in ("eq", "approx", "gt", "lt", "ge", "le", "range", "all"):
            continue
        claim = replace(main, members=[], excluded=[], value=value, value_text=m.group(), bounds=[])
        derived = bool(m.group("dnum") or m.group("inum"))  # the base count is worked out from the main one
        claim.comparator = "eq" if derived or main.comparator == "range" else main.comparator
        if (m.group("num") or m.group("wnum") or m.group("fnum")) and main.comparator in ("range", "all"):
            claim.comparator = "eq"
        claim.bounds_relative = False
        if derived and main.value is not None and main.year is not None:
            claim.derived_from = [main.value, float(main.year)]
        rel = m.group("rel") or m.group("drel") or m.group("irel") or m.group("frel")
        claim.year, claim.year_text = year, rel or m.group("vague") or str(year)
        claim.year_basis = "vague" if m.group("vague") else "relative" if rel else "explicit"
        claim.modality = None  # the other year's count is stated as past, whatever the main count is
        claim.vague = None  # "Many allies ..., up from three in 2014": the other year's count names its number
        claim.span_start, claim.span_end = offset + m.start(), offset + m.end()
        out.append(claim)
        if not (m.group("num") and m.group("year")):
            continue
        # "down from 8 in 2021 and 11 in 2020" (Qatar Tribune, March 2023): each further year's count of the series
        at = m.end()
        while (more := _SERIES_MORE.match(sentence, at)) is not None:
            parsed = _number(more.group("num"))
            if parsed is None or not 0 <= parsed[0] <= 40:
                break
            extra = replace(claim, value=parsed[0], value_text=more.group("item"), year=int(more.group("year")))
            extra.year_text = more.group("year")
            extra.span_start, extra.span_end = offset + more.start("item"), offset + more.end()
            out.append(extra)
            at = more.end()
    return out


# After another year's count, the next of a series: ", 8 in 2021 and 11 in 2020".
_SERIES_MORE = lazy(
    rf"\s*,?\s*(?P<item>(?:(?:and|or)\s+)?(?:only\s+|just\s+)?(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b"
    rf"(?!\s*(?:%|per\s?cent|percent))(?:\s+(?:{COUNT_NOUN_ALT}))?\s+in\s+(?P<year>(?:19|20)\d\d))\b",
    re.I,
)


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
    _exhaustive_enumeration(count, item)
    # "... the United States, Britain, Greece, Poland and the three Baltic states": the group closes the list
    tail = next((m for m in mentions if m.group_key in _LISTED_GROUPS and m.start >= run[-1].end), None)
    if tail is not None and tail.group_key and _LIST_SEP.match(sentence[run[-1].end : tail.start]):
        year = count.year or date.today().year
        item.members += [c for c in L.group_members(tail.group_key, year) if c not in item.members]
        run.append(tail)
    item.span_start, item.span_end = offset + run[0].start, offset + run[-1].end
    if count.span_start is None:  # the count's clause ends at the colon
        at = sentence.find(count.value_text)
        lo, _hi = clause_bounds(sentence, at, at + len(count.value_text))
        count.span_start, count.span_end = offset + lo, offset + base - colon.end() + colon.start()
    return [item]


def _exhaustive_enumeration(count: Claim, item: Claim) -> None:
    """'Only three other Members - Poland, Estonia and Greece - spend above 3%': a list that names as many allies as
    the exact count it follows is the whole set counted, so it must equal the allies the figures place there (an ally
    missing or extra contradicts it), not only hold of each named. 'N other' allies are the list and one more, the
    ally they are set against; which one the figures cannot tell (rules/counts.py abstains on its `accurate`)."""
    if count.comparator != "eq" or count.value is None or count.bounds or count.vague:
        return
    other = bool(_OTHER_WORD_RE.search(count.value_text))
    if count.value != len(item.members):
        return  # "eight allies, among them Poland and Estonia": some of those counted
    item.comparator, item.value, item.value_text = "eq", count.value + (1 if other else 0), count.value_text


#: "three other Members", "two others": a count that leaves out the ally it is set against.
_OTHER_WORD_RE = lazy(r"\bothers?\b", re.I)


_UNDER_FRAME = lazy(
    r"\bunder\s+(?:the\s+)?(?:terms|rules|treaty|agreement|pressure|scrutiny|(?:NATO|Nato)(?:'s|’s)?\s+rules)\b", re.I
)

# "Of NATO's 32 members, 18 spent at least 2%": the membership first, then the count.
_OF_TOTAL_COUNT_RE = lazy(
    rf"\b(?:of|out\s+of)\s+(?:the\s+|its\s+|NATO(?:'s|’s)\s+|Nato(?:'s|’s)\s+|the\s+alliance(?:'s|’s)\s+)?"
    rf"(?P<total>\d{{1,2}}|{L.WORD_NUMBER})\s+{COUNT_NOUN}\s*,\s*(?:(?:only|just|some|about|around)\s+)?"
    rf"(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b(?!\s*(?:%|per\s?cent|percent))",
    re.I,
)


_NEGATED_END = lazy(r"(?<!\w)(?:" + phrase_alternation(vocab()["recall_audit"]["negated_meet"]) + r")\s+$", re.I)


@cache
def _negated_meet_re() -> Pattern:
    """A verb of meeting the threshold right after a negation ("have not yet reached", "haven't met", "are far from
    meeting"), or a verb of spending with the threshold as its object ("Most NATO countries don't spend 2%": those
    below it)."""
    v = vocab()
    words = [*v["recall_audit"]["negated_meet"], *v["counts5"]["negated_meet"], *v["scope2"]["short_of_meet"]]
    spend = phrase_alternation(v["lead"]["negated_spend_verbs"])
    figure = r"(?:even\s+|at\s+least\s+|the\s+)?(?:\d|two\b|three\b|five\b)"
    return lazy(
        rf"(?<!\w)(?:{phrase_alternation(words)})\s+(?:yet\s+|even\s+|still\s+|always\s+)?"
        rf"(?:(?={L.THRESHOLD_MEET_RE.pattern})|(?:{spend})\s+{figure})",
        re.I,
    )


def _negated_meet(text: str) -> bool:
    """'Italy is among 8 NATO countries that have not yet reached the 2 percent threshold': the count is of the
    allies below it (counts5: eunews.it, June 2024)."""
    return bool(_negated_meet_re().search(text))


def _meets_in_own_stretch(sentence: str, start: int, end: int) -> bool:
    """From the count to the next clause break: a verb of meeting the threshold, no word of missing it."""
    gap = _CLAUSE_GAP.search(sentence, end)
    stretch = _UNDER_FRAME.sub(" ", sentence[start : gap.start() if gap else len(sentence)])
    if gap is None or not L.THRESHOLD_MEET_RE.search(stretch):
        return False
    return not (
        L.THRESHOLD_MISS_RE.search(stretch) or _negated_meet(stretch) or _countphrase_re("miss_extra").search(stretch)
    )


def _below_bar(bar: Quantity | None) -> bool:
    """'10 NATO countries spent less than 2 percent of their GDP': a threshold read with "less than" or "under"
    counts the allies below it (counts5: radar.am, August 2025)."""
    return bar is not None and bar.comparator in ("lt", "le")


def _meets(before: str) -> bool:
    """A verb of meeting the threshold in `before` that no negation turns round: "the nine members that did not
    reach the 2% threshold" counts the allies below it (auditb: eunewsweek.com, April 2025)."""
    return any(
        not _NEGATED_END.search(before[: m.start()]) and not _COUNT_BOUND.match(before, m.end())
        for m in L.THRESHOLD_MEET_RE.finditer(before)
    )


# "with more than 10 allies missing 2%" (particle.news, August 2025): "more than" bounds the count, it is no verb of
# meeting the threshold
_COUNT_BOUND = lazy(rf"\s+(?:\d{{1,2}}|{L.WORD_NUMBER})\b(?!\s*(?:%|per\s?cent|percent)|[.,]\d)", re.I)


@cache
def _countphrase_re(key: str) -> Pattern:
    """A word list of vocab.toml [counts] (with a later branch's additions, [counts6]) as one pattern."""
    words = vocab()["counts"][key] + vocab()["counts6"].get(key, [])
    return lazy(rf"\b(?:{phrase_alternation(words)})\b", re.I)


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
    ordered = sorted(hits)
    for start, end, value, comparator, noun in ordered[:2] + [h for h in ordered[2:] if _DID_SO_NOUN.match(h[4])]:
        if comparator == "all":
            continue  # "All European countries except Malta increased ...": whole regions, not a count of allies
        claim = _growth_count(sentence, offset, mentions, (start, end, value, comparator, noun), quantified)
        if claim is None and out and _DID_SO_NOUN.match(noun) and value is not None:
            # "12 increasing their spending in 2014, and 16 did so in 2015": the count before's change, its own year
            claim = replace(out[-1], value=value, comparator=comparator, value_text=noun, year=None, year_text=None)
        if claim is not None:
            set_year(claim, sentence, (start, end), _before_after_clause(sentence, years, start), as_of)
            out.append(claim)
    return out


# "spent more in real terms on ...", "spend more on defence than they did in 2016": more than the ally's own spending
# of a year before, not more than another ally ("Eight allies spent more than Germany" is no change)
_SPENT_MORE = lazy(
    r"\b(?:spent|spend|spends|spending)\s+more\b(?=(?:\s+[\w-]+){0,8}?\s+(?:in\s+real\s+terms|than\s+(?:they|it)\s+did|"
    r"than\s+(?:in\s+)?(?:the\s+)?(?:previous\s+year|year\s+before|(?:19|20)\d\d)))",
    re.I,
)


def _growth_count(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    hit: tuple[int, int, float | None, str, str],
    quantified: dict[int, Quantifier],
) -> Claim | None:
    start, end, value, comparator, noun = hit
    after = re.split(r",\s+(?:while|whereas|but|and)\b|;", sentence[end : end + 90])[0]  # the count's own clause
    cut = _countphrase_re("decrease").search(after)
    rise = _countphrase_re("increase").search(after)
    # counts7: "In 2017, 26 allies spent more in real terms on major equipment than they did in 2016" (Defense News,
    # March 2018): a verb of spending more than a year before, its own object
    more = _SPENT_MORE.search(after)
    rise = min((v for v in (rise, more) if v), key=lambda v: v.start(), default=None)
    verb = min((v for v in (cut, rise) if v), key=lambda v: v.start(), default=None)
    if verb is None or re.search(r"[.;:]", after[: verb.start()]):
        return None
    rest = after[verb.end() : verb.end() + 40]
    object_after = verb is more or re.search(r"\b(?:spending|expenditures?|outlays?|budgets?)\b", rest, re.I)
    if not object_after and not L.SPENDING_RE.search(sentence[max(0, start - 40) : start]):
        return None  # the verb must be about spending ("defense spending in 18 other countries is expected to rise")
    claim = Claim(offset, offset + len(sentence), sentence, "count", unit="allies", threshold=0.0)
    claim.metric = "real_change"
    if L.EQUIPMENT_RE.search(after[verb.end() : verb.end() + 60]):
        claim.metric = "equipment_change"  # "18 nations will increase outlays for military equipment"
    claim.counts_below = verb is cut  # allies cutting, else raising
    if _countphrase_re("plan").search(after[: verb.start()]):
        claim.modality = "ambition"  # "25 of NATO's 29 allies aim to raise": a plan, not spending
    claim.value_text = noun
    if comparator == "range":
        _set_quantity(claim, quantified[start])
    else:
        claim.value, claim.comparator = value, comparator
    named = [mn.code for mn in mentions if mn.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA)]
    claim.members = [c for c in dict.fromkeys(named) if c]
    if claim.members and re.search(r"\bonly\b", sentence[max(0, start - 12) : start], re.I):
        claim.value, claim.comparator = float(len(claim.members)), "eq"
    claim.attributed_to = attribution_source(sentence)
    return claim


# "This is the highest figure since NATO adopted spending guidelines in 2014", "the most since the Cold War".
RECORD_RE = lazy(
    r"\b(?:the\s+)?(?P<dir>highest|largest|biggest|most|lowest|fewest|smallest)\s+(?:(?:figure|number|count|level|"
    r"total|tally)\s+)?(?:on\s+record\s+)?since\s+(?P<since>(?:the\s+(?:end\s+of\s+the\s+)?Cold\s+War)|[^.;,]{0,50}?"
    r"(?<!\d)(?:19|20)\d\d(?!\d))",
    re.I,
)


def record_claims(sentence: str, offset: int, before: list[Claim]) -> list[Claim]:
    """A count called a record over the years ('the highest figure since 2014'), about the count just made."""
    m = RECORD_RE.search(sentence)
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


def follows_up(sentence: str, previous: list[Claim]) -> bool:
    """Does a sentence with no cue of its own continue the previous sentence's count or ranking?"""
    kinds = {c.kind for c in previous}
    if "count" in kinds and (
        _BACK_COUNT_RE.search(sentence)
        or _list_lead_re().search(sentence)
        or RECORD_RE.search(sentence)
        or _refers_back(sentence)
    ):
        return True
    if "pledge" in kinds and _reference_count(sentence) and _pledged_target(previous) is not None:
        return True  # "... a guideline that ... 2% of each country's GDP. ... three other countries met that standard."
    if only_re().search(sentence):
        return True  # "... 0.9% of its GDP. Only Luxembourg spends less.": a rank against the figure before
    return "ranking" in kinds and bool(
        GROUP_RANK.search(sentence) or phrase_re("rankings", "last_place").search(sentence)
    )


@cache
def _list_lead_re() -> Pattern:
    """'These countries are', 'These were' (counts7): a sentence that opens the list of the allies counted before."""
    return lazy(
        rf"(?<!\w)(?:{phrase_alternation(vocab()['counts']['list_lead'] + vocab()['counts7']['list_lead'])})(?!\w)",
        re.I,
    )


def listed_back(sentence: str, offset: int, mentions: list[Mention], previous: list[Claim]) -> Claim | None:
    """'These countries are the USA, Greece, the UK, Estonia and Poland.': the allies the previous sentence
    counted, each judged on that count's measure, threshold and year."""
    prior = next((c for c in previous if c.kind == "count" and c.threshold is not None), None)
    lead = _list_lead_re().match(sentence.strip())
    include = _countphrase_re("list_include").match(sentence.strip())
    if prior is None or (lead is None and include is None):
        return None
    named = [m for m in mentions if m.code not in (None, ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA) and not m.weak]
    run = named[:1]
    for m in named[1:]:
        gap = sentence[run[-1].end : m.start]
        if _LIST_SEP.match(gap) or _GROUP_SEP.match(gap):
            run.append(m)
    if len(run) < 2:
        return None
    # "only ten others ...": the list keeps the allies the count left out
    claim = replace(prior, start=offset, end=offset + len(sentence), text=sentence, value_text="")
    claim.members = list(dict.fromkeys(str(m.code) for m in run))
    if lead is None and not (prior.comparator == "eq" and prior.value == len(claim.members)):
        return None  # "These include the US and Poland": some of the allies counted, not the list of them
    if not (prior.comparator == "eq" and prior.value == len(claim.members)):
        claim.comparator, claim.value, claim.bounds = "members", None, []  # else: exactly the allies counted
    claim.span_start, claim.span_end = offset + run[0].start, offset + run[-1].end
    return claim


# A count that refers back to the previous sentence's ("Ten years ago, there were only three of them"; "five years
# ago, the number was fewer than ten").
_BACK_COUNT_RE = lazy(
    rf"\bthere\s+(?:were|was)\s+(?:only\s+|just\s+)?(?P<n1>\d{{1,2}}|{L.WORD_NUMBER})\s+of\s+them\b"
    rf"|\bthe\s+(?:number|figure|count)\s+(?:was|stood\s+at)\s+(?:only\s+|just\s+)?"
    rf"(?:(?P<cmp>fewer\s+than|less\s+than|more\s+than|under|over|below|above)\s+)?(?P<n2>\d{{1,2}}|{L.WORD_NUMBER})\b"
    rf"(?!\s*(?:%|per\s?cent|percent))",
    re.I,
)
_YEARS_AGO_RE = lazy(rf"\b(?P<n>\d{{1,2}}|{L.WORD_NUMBER})\s+years?\s+ago\b", re.I)


@cache
def _anaphor_re() -> Pattern:
    """'By 2017, this number increased to four nations', 'in 2024, this number is likely to rise to 18 countries':
    the count of the sentence before, at a new value."""
    words = vocab()["counts"]
    return lazy(
        rf"\b(?:{phrase_alternation(words['anaphors'])})\s+(?:has\s+|had\s+|have\s+)?"
        rf"(?:(?:is|was|are|were)\s+(?:likely|expected|set|projected|forecast|poised)\s+to\s+|will\s+|would\s+|could\s+|"
        rf"should\s+|may\s+|then\s+|since\s+|now\s+)?(?:{phrase_alternation(words['anaphor_verbs'])})\s+"
        rf"(?:to\s+|at\s+)?(?P<cmp>only|just|about|around|nearly|almost|more\s+than|over|fewer\s+than|under)?\s*"
        rf"(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b(?![.,]\d|\s*(?:%|per\s?cent|percent|times|billion|million|bn|years?|months?|weeks?|days?|points?|troops|soldiers))",
        re.I,
    )


@cache
def reference_count_re() -> Pattern:
    """'As of today, seven of those 32 are doing so', 'only ten others reached this target by 2020' (counts7): a count
    of the allies just counted or named, its threshold the sentence before's."""
    verbs = phrase_alternation(vocab()["counts"]["elliptic_verbs"] + vocab()["counts7"]["reference_verbs"])
    return lazy(
        rf"\b(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?P<tail>of\s+(?:those|these|them)(?:\s+\d{{1,2}})?"
        rf"(?:\s+(?:{COUNT_NOUN_ALT}))?|others|other\s+(?:{COUNT_NOUN_ALT}))\s+"
        rf"(?:(?:are|were|have|has|had|now|still|already|actually)\s+){{0,2}}(?:{verbs})\b",
        re.I,
    )


@cache
def reference_object_re() -> Pattern:
    """'Only 6 of 32 members are meeting this provision' (counts7): a count whose verb's object refers to the target
    of the sentence before ("this provision", "that goal", "it")."""
    v = vocab()["counts7"]
    nouns = v["reference_nouns"] + vocab()["recall5"]["reference_nouns"]
    return lazy(
        rf"\b(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?P<tail>(?:of\s+(?:the\s+|its\s+)?\d{{1,2}}\s+)?(?:other\s+)?(?:{COUNT_NOUN_ALT}))\s+"
        rf"(?:(?:are|were|have|has|had|now|still|already|actually)\s+){{0,2}}(?:{phrase_alternation(v['reference_meet_verbs'])})\s+"
        rf"(?:it\b|(?:this|that|the|these|those)\s+(?:[\w-]+\s+)?(?:{phrase_alternation(nouns)})s?\b)",
        re.I,
    )


@cache
def reference_miss_re() -> Pattern:
    """'More than 10 of the alliance's 32 members fell short as recently as last year' (counts7): a count of the
    allies below the target of the sentence before, "fell short" with no object of its own."""
    return lazy(
        rf"\b(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\s+(?P<tail>(?:of\s+(?:the\s+|its\s+|the\s+alliance['’]s\s+|NATO['’]s\s+)?"
        rf"(?:\d{{1,2}}\s+)?)?(?:{COUNT_NOUN_ALT}))\s+(?:(?:are|were|have|has|had|still|now|all)\s+){{0,2}}"
        rf"(?:fell|fall|falls|falling|fallen)\s+short\b(?!\s+of\b)",
        re.I,
    )


def _reference_count(sentence: str) -> re.Match[str] | None:
    """A count by reference to the target before (reference_count_re, reference_object_re, reference_miss_re)."""
    return (
        reference_count_re().search(sentence)
        or reference_object_re().search(sentence)
        or reference_miss_re().search(sentence)
    )


def _carried_target(previous: list[Claim]) -> Claim | None:
    """The target the sentence before names ("for all 32 member nations of NATO to be contributing the agreed 2%"),
    as a count with no value yet, for a count by reference in this sentence to take its threshold from."""
    text = previous[0].text if previous else ""
    qs = [q for q in find_quantities(text) if q.kind == "percent"]
    q = _threshold(text, qs) if qs else None
    if q is None:
        return _pledged_target(previous)
    after = text[q.end : q.end + 25]
    if not (
        L.TARGET_NOUN_RE.search(after) or q.comparator in ("ge", "gt") or re.search(r"\bagreed\s+$", text[: q.start])
    ):
        return _pledged_target(previous)  # a figure, not a bar to count allies against, unless a pledge's level
    claim = Claim(previous[0].start, previous[0].end, text, "count", metric="share_gdp")
    claim.threshold = q.value
    return claim


def _pledged_target(previous: list[Claim]) -> Claim | None:
    """'NATO has a guideline that defense expenditures should amount to 2% of each country's GDP by 2024. In 2017, the
    U.S. and three other countries met that standard.' (recall5): the level of the alliance-wide share-of-GDP pledge
    the sentence before states, as the bar of a count by reference ("that standard", "this criterion")."""
    pledge = next(
        (
            p
            for p in previous
            if p.kind == "pledge"
            and p.threshold is not None
            and p.metric in (None, "share_gdp")
            and p.countries == [ALL_ALLIES]
        ),
        None,
    )
    if pledge is None:
        return None
    claim = Claim(pledge.start, pledge.end, pledge.text, "count", metric="share_gdp")
    claim.threshold = pledge.threshold
    return claim


def _elliptic_back(sentence: str) -> re.Match[str] | None:
    """'Just five did so in 2016', 'In 2024, only 19 of the 31 members achieved it': a count whose threshold is the
    previous sentence's (no threshold or target of its own)."""
    m = _elliptic_re().search(sentence) or _DID_TOO_START.match(sentence) or _reference_count(sentence)
    if m is not None:
        return m
    for c in COUNT_RE.finditer(sentence):
        verb = _elliptic_re().match("only 1 " + sentence[c.end() :].lstrip())
        if verb is not None and re.match(r"\s*(?:it|this|that|so|the\s+mark|the\s+same)\b", verb.string[verb.end() :]):
            return c
    return None


_ANAPHORIC_MULTIPLE = lazy(
    r"\s*(?:That|This|It)\s+(?:is|was|would\s+be|marks)\s+(?:a\s+|an\s+)?[^.;]{0,40}?\b(?:times\s+as\s+many|[-\s]fold)\b",
    re.I,
)


# "This is up, however, from just three countries in 2014" (Qatar Tribune, March 2023): the count of the sentence
# before, in the year it rose (or fell) from.
_BACK_FROM_RE = lazy(
    rf"\s*(?:This|That|It|(?:The|That|This)\s+(?:number|figure|total|tally|count))\s+(?:is|was|has\s+(?:risen|grown|fallen))\s+"
    rf"(?:up|down)(?:\s*,\s*(?:however|though|still|nonetheless)\s*,)?\s+from\s+(?:only\s+|just\s+|a\s+mere\s+)?"
    rf"(?P<num>\d{{1,2}}|{L.WORD_NUMBER})\b(?![.,]\d|\s*(?:%|per\s?cent|percent))"
    rf"(?:\s+(?:alliance\s+|NATO\s+|member\s+)?(?:{COUNT_NOUN_ALT}))?\s+(?:in|for)\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _refers_back(sentence: str) -> bool:
    """A count or list that takes its measure from the previous sentence's count, or a list of allies at a
    threshold right after one ("... as only seven hit target" / "US, UK, Poland, ... meet 2%")."""
    return bool(
        _anaphor_re().search(sentence)
        or _ANAPHORIC_MULTIPLE.match(sentence)
        or _elliptic_back(sentence)
        or _BACK_FROM_RE.match(sentence)
        or _countphrase_re("list_include").match(sentence.strip())
        or (
            _LISTED_AT.search(sentence)
            and L.THRESHOLD_MEET_RE.search(sentence)
            and len(L.country_regex().findall(sentence)) >= 2
        )
    )


_LISTED_AT = lazy(r"\d\s?(?:%|per\s?cent|percent)", re.I)


def back_count_claims(sentence: str, offset: int, previous: list[Claim], as_of: date | None) -> list[Claim]:
    """A count with no measure of its own, about what the previous sentence counted, with its own year."""
    prior = next((c for c in previous if c.kind == "count" and c.threshold is not None), None)
    ref = _reference_count(sentence)
    if prior is None and ref is not None:
        prior = _carried_target(previous)
    m = _BACK_COUNT_RE.search(sentence)
    ago = _YEARS_AGO_RE.search(sentence)
    if prior is not None and (m is None or ago is None):
        out = _anaphoric_counts(sentence, offset, prior, as_of)
        if ref is not None and ref.re.pattern == reference_miss_re().pattern:
            for c in out:
                c.counts_below = True  # "... fell short": the allies below the target before
        if ref is not None and ref.group("tail").lower().startswith("other"):
            # "only ten others": the allies the sentence before named are not among them
            named = [c for p in previous for c in p.countries if c not in (ALL_ALLIES, L.NATO_TOTAL, L.EUROPE_CANADA)]
            for c in out:
                c.excluded = list(dict.fromkeys(named))
        return out
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


# "That is six times as many as in 2014", "a six-fold increase from 2014": the count against an earlier year's.
_MULTIPLE_COUNT_RE = lazy(
    rf"\b(?P<n>twice|\d{{1,2}}|{L.WORD_NUMBER})(?:\s+times\s+as\s+many(?:\s+[\w-]+){{0,2}}?\s+as|[-\s]fold\s+"
    rf"(?:increase|rise|jump)\s+(?:from|on|since|compared\s+(?:with|to)))\s+(?:in\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _multiple_claims_of(sentence: str, offset: int, base: Claim | None) -> list[Claim]:
    """'18 allies will meet the target this year, six times as many as in 2014': the factor between the count
    (`base`, when it is stated before the multiple and for another year) and the earlier year's count."""
    out = []
    for m in _MULTIPLE_COUNT_RE.finditer(sentence):
        factor = 2.0 if m.group("n").lower() == "twice" else (_number(m.group("n")) or (0.0, 0))[0]
        since = int(m.group("year"))
        if factor < 2 or base is None:
            continue
        at = sentence.find(base.value_text) if base.value_text and base.start == offset else -1
        usable = base.value is not None and base.comparator == "eq" and base.year != since and at < m.start()
        claim = replace(
            base, start=offset, end=offset + len(sentence), text=sentence, members=[], excluded=[], bounds=[]
        )
        claim.value, claim.value_text, claim.comparator, claim.since = factor, m.group(), "multiple", since
        if re.search(r"\b(?:more\s+than|over)\s+$", sentence[max(0, m.start() - 12) : m.start()], re.I):
            claim.rank_order = "more"  # "more than three times as many": the earlier count is below the quotient
        claim.base_value = base.value if usable else None
        claim.span_start, claim.span_end = offset + m.start(), offset + m.end()
        out.append(claim)
    return out


def _anaphoric_counts(sentence: str, offset: int, prior: Claim, as_of: date | None) -> list[Claim]:
    """'By 2017, this number increased to four nations'; 'Just five did so in 2016'; 'In 2024, only 19 of the 31
    members achieved it': the previous sentence's count (its measure, threshold, group and side) at a new value,
    with the year this sentence gives (none: the newest), a forecast when its clause says so."""
    if prior.comparator == "record" or prior.metric not in ("share_gdp", "real_change", "equipment_share"):
        return []
    if _ANAPHORIC_MULTIPLE.match(sentence):  # "That is six times as many as in 2014."
        return _multiple_claims_of(sentence, offset, prior)
    m = _anaphor_re().search(sentence) or _elliptic_back(sentence) or _BACK_FROM_RE.match(sentence)
    if m is None:
        return []
    parsed = _number(m.group("num"))
    if parsed is None or not 0 <= parsed[0] <= 40:
        return []
    claim = replace(prior, start=offset, end=offset + len(sentence), text=sentence, members=[], excluded=[], bounds=[])
    claim.value, claim.value_text, claim.bounds_relative = parsed[0], m.group(), False
    with_others = _named_with_others(sentence, m.start(), m.group())
    if with_others:  # "the U.S. and three other countries met that standard": four, the U.S. among them
        claim.value, claim.members = parsed[0] + len(with_others), with_others
    own_group = _noun_group(m.group())  # "Only six European states meet that level": the count's own group
    if own_group is not None:
        claim.group, claim.group_key = own_group
    claim.comparator = _comparator(sentence, m.start("num"), m.end("num"))
    if "cmp" in m.re.groupindex and m.group("cmp"):
        cmp = re.sub(r"\s+", " ", m.group("cmp").lower())
        claim.comparator = L.COMPARATOR_BEFORE.get(cmp, "eq") if cmp not in ("only", "just") else "eq"
    claim.year, claim.year_text, claim.year_basis = None, None, "latest"
    years = [y for y in find_years(sentence) if not re.match(r"\s*%", sentence[y.end : y.end + 2])]
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    claim.modality = "forecast" if _forecast(sentence, m.start(), m.end()) or _forecast_re().search(m.group()) else None
    if m.re.pattern == _BACK_FROM_RE.pattern:  # "This is up from just three countries in 2014": that year's count
        claim.year, claim.year_text, claim.year_basis = int(m.group("year")), m.group("year"), "explicit"
        claim.modality = None
    if claim.year is None:  # "By 2017, this number increased to four"; "By 2024, it will rise to 18"
        by = [y for y in years if y.role == "deadline"]
        if by:
            claim.year, claim.year_text, claim.year_basis = by[0].year, by[0].text, "explicit"
    lo, hi = clause_bounds(sentence, m.start(), m.end())
    claim.span_start, claim.span_end = offset + lo, offset + hi
    return [claim]


# "which insists that all NATO members contribute at least 2%" (theportugalnews.com, July 2018): a call, no count
_CALL_BEFORE = lazy(
    r"\b(?:for|urg\w*|ask\w*|want\w*|press\w*|call\w*\s+on|push\w*|told|tell|telling|demand\w*|"
    r"insist\w*\s+(?:that|on)|requir\w*\s+that)\s+$",
    re.I,
)


def _threshold(sentence: str, qs: list[Quantity]) -> Quantity | None:
    """The percent in a sentence that works as a threshold ("the 2% target", "at least 2% of GDP"). A figure named as
    the bar ("the 2 percent goal") comes before one only a verb of meeting precedes ("hitting a five-year high of 1.51
    percent of GDP, Britain, ... met the 2 percent goal": the 2)."""
    named: Quantity | None = None
    cued: Quantity | None = None
    best: Quantity | None = None
    for q in qs:
        if q.kind != "percent" or q.used:
            continue
        before, after = window(sentence, q, 40, 40)
        if _OWNED.search(before) and not L.TARGET_NOUN_RE.search(after[:25]):
            continue  # "only three allies met the pledge with the US's 3.58 percent": an ally's figure, not the bar
        if L.TARGET_NOUN_RE.search(after[:25]) or re.search(
            r"\b(?:target|guideline|goal|benchmark|threshold|pledge|mark)\s+of\s+(?:spending\s+)?(?:at least\s+)?$",
            before,
            re.I,
        ):
            named = named or q
        elif (
            L.THRESHOLD_MEET_RE.search(before[-30:])
            or L.THRESHOLD_MISS_RE.search(before[-30:])
            or q.comparator in ("ge", "gt")
        ):
            cued = cued or q
        best = best or q
    return named or cued or best


# A figure an ally owns ("the US's 3.58 percent contribution", "its 1.3%"); "NATO's 2% target" is kept by its noun.
_OWNED = lazy(r"(?:['’]s|\bits|\btheir)\s+$", re.I)

# Between two allies of a list: a comma or "and", and at most one hyphenated epithet ("debt-burden Greece").
_LIST_SEP = lazy(
    r"^\s*(?:\([^()]{1,20}\))?\s*(?:,|and|&|, and|as well as|along with|plus|—|-|–)?\s*(?:the\s+)?"
    r"(?:[a-z]+-[a-z]+\s+)?$",
    re.I,
)
_TARGETS_RE = lazy(r"\b(?:spending\s+)?(?:targets|guidelines|goals)\b", re.I)
# counts7: "..., Norway and the three Baltic states of Estonia, Latvia and Lithuania": a group named before its members
_GROUP_SEP = lazy(
    r"^\s*(?:,|and|, and)?\s*the\s+(?:\w+\s+)?[A-Z]\w+\s+(?:states|countries|nations|allies|republics)"
    r"\s*(?:of|,|:|—|–)?\s*$"
)


@cache
def _list_head_re() -> Pattern:
    """'The (NATO) countries that hit the target are (the)': a sentence that opens by describing the allies it then
    lists (vocab [named_lists]); `rel` is what is said of them."""
    words = vocab()["named_lists"]
    return lazy(
        rf"^\W*the\s+(?:(?:{phrase_alternation(words['qualifiers'])})\s+)?(?:{phrase_alternation(words['nouns'])})\b"
        rf"(?P<rel>[^.;:]{{3,160}}?)\s+(?:{phrase_alternation(words['copulas'])})\s*:?\s+(?:the\s+)?$",
        re.I,
    )


def list_claim(
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
    # "The countries meeting the 2 percent target are the US, ...": the cue is in the noun phrase before the list
    head = _list_head_re().search(sentence[: run[0].start])
    head = head if head and not rest.strip(" .") else None
    said = head.group("rel") if head else rest[:80]
    meet = L.THRESHOLD_MEET_RE.search(said) or (phrase_re("named_lists", "meet_after").search(said) if head else None)
    if meet and GROUP_RANK.match(said, meet.start()):
        meet = None  # "..., which are all in Nato's top five with rates of 4pc, ...": a rank, not a threshold met
    # "Countries like Canada, Spain, and Italy continue to lag in meeting the defense spending goal"
    miss = L.THRESHOLD_MISS_RE.search(said) or _countphrase_re("miss_extra").search(said)
    if meet and not miss and _negated_meet(said):  # "Croatia and Portugal have not met the 2% target" (scope2)
        meet, miss = None, meet
    if not (meet or miss):
        return None
    only = (
        head
        or re.search(
            r"\b(?:are|were|is|was|remain|remained)\s+the\s+only\b|\bonly\s+(?:these|they|those)\b", rest[:60], re.I
        )
        or re.search(r"(?:^|[,;:—–]\s*)(?:only|just|solely)\s+(?:the\s+)?$", sentence[: run[0].start], re.I)
        or re.match(r"\s+alone\b", rest)  # "Poland, Estonia and Greece alone spend above 3%"
    )
    if not only and any(q.kind == "percent" and run[0].start < q.start < run[-1].end for q in qs):
        return None  # each ally has its own figure: share claims, not a list (unless "... are the only ones")
    # The allies' own figures ("Croatia (2.03%), ... are the only countries ...") are not the threshold.
    tail = re.match(r"\s*\([^()]{1,20}\)", sentence[run[-1].end :])  # "... and the US (3.47%)"
    last = run[-1].end + (tail.end() if tail else 0)
    before_filter, qs = qs, [q for q in qs if not run[0].start < q.start < last]
    threshold_q = _threshold(sentence, qs)
    if threshold_q is None and not (L.TARGET_NOUN_RE.search(said) or _TARGETS_RE.search(said)):
        return None
    claim = Claim(offset, offset + len(sentence), sentence, "count", metric="share_gdp", unit="allies")
    claim.threshold = threshold_q.value if threshold_q else 2.0
    if threshold_q:
        threshold_q.used = True
    claim.value = None
    claim.comparator = "members"
    claim.members = list(dict.fromkeys(str(m.code) for m in run))
    # "Only Britain, Poland, Greece and the three Baltic states ...": the group closes the list, it is not its scope
    listed = [m for m in mentions if m.group_key and m.start >= run[-1].end and _listed_with_ally(sentence, m, run)]
    for m in listed:
        year = as_of.year if as_of else date.today().year
        claim.members += [c for c in L.group_members(str(m.group_key), year) if c not in claim.members]
    if only:
        claim.value = float(len(claim.members))
        claim.comparator = "eq"
        group = next((m for m in mentions if m.group_key and m.start >= run[-1].end and m not in listed), None)
        if group is not None:
            claim.group, claim.group_key = group.label, group.group_key
    if miss and not (meet and meet.start() < miss.start()):
        claim.counts_below = True
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (run[0].start, run[-1].end), years, as_of)
    at = sentence.find(claim.year_text or "\0")
    if head and at >= 0 and phrase_re("named_lists", "target_set").search(sentence, max(0, at - 40), at):
        claim.year, claim.year_text, claim.year_basis = None, None, "latest"  # when the target was set
    if last > run[-1].end or any(run[0].start < q.start < last for q in before_filter):
        # the items carry their own figures (and claims): the count's span is what is said of them all
        lo = last + len(sentence[last:]) - len(sentence[last:].lstrip(" ,"))
        claim.span_start, claim.span_end = offset + lo, offset + len(sentence.rstrip(" ."))
    return claim
