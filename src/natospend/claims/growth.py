"""Extractors for growth stated as combined figures, multiples ("more than doubled since 2014", "three times as
much as Germany") and rises and falls stated in words.
"""

from __future__ import annotations

import re
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.frame import ALL_ALLIES, Claim, Mention
from natospend.claims.mentions import attribution_source, find_mentions, mention_codes, nearest_mention, set_year
from natospend.claims.multiples import EVENT_RE, event_years, find_directions, find_multiples
from natospend.claims.patterns import lazy
from natospend.claims.quantities import as_fall, find_quantities
from natospend.claims.times import YearMention, find_years
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab


def combined_claims(
    sentence: str, offset: int, mentions: list[Mention], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    """'The US spends more than all the other allies combined': a share of alliance spending above 50%."""
    m = L.COMBINED_OTHERS_RE.search(sentence)
    if m is None or any(x.rest and x.start <= m.start() < x.end for x in find_multiples(sentence)):
        return []  # "three times more than all the others combined": the multiple says more (multiple_claims)
    subject = nearest_mention(
        sentence,
        (m.start(), m.end()),
        [x for x in mentions if x.end <= m.start() and x.code not in (ALL_ALLIES, L.NATO_TOTAL)],
    )
    if subject is None or subject.code is None:
        return []
    claim = Claim(offset, offset + len(sentence), sentence, "alliance_share", countries=[subject.code], unit="percent")
    claim.value, claim.value_text, claim.step = 50.0, m.group(), 1.0
    claim.comparator = "gt" if m.group().lower().startswith("more") else "lt"
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (m.start(), m.end()), years, as_of)
    return [claim]


_QUANTIFIED_SUBJECT = lazy(
    r"\b(?:many|some|several|most|few|other|these|those)\s+(?:[\w-]+\s+){0,3}?(?:countries|allies|members|nations|"
    r"states)\b",
    re.I,
)
#: "It", "The country", "The east European country": the ally the sentence before named.
_ANAPHORIC_SUBJECT = lazy(
    r"\s*(?:It|Its|The\s+(?:[\w-]+\s+){0,3}?(?:country|nation|ally|state)|The\s+government"
    r"|(?:That|This)(?:['’]s|\s+is|\s+was)(?=\s+(?:also\s+)?(?:more|less|nearly|almost|about|roughly|twice|double)))\b"
)
#: The alliance named with no ally ("the alliance has ... almost doubled", "NATO allies have doubled"): its total
#: when the sentence says so, else not told apart from each ally's spending.
_ALLIANCE_SUBJECT = lazy(r"\b(?:the\s+alliance|NATO|allies|NATO\s+members|member\s+states)\b", re.I)
_TOTAL_WORDS = lazy(r"\b(?:combined|total|collective|alliance-wide|NATO-wide)\b", re.I)


def multiple_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
) -> list[Claim]:
    """'Poland has more than doubled its defence spending since 2014'; 'the US spends three times as much as
    Germany': a multiple of spending, judged on NATO's figures (growth_multiple)."""
    if not L.SPENDING_RE.search(sentence) and not L.DEFENCE_RE.search(sentence):
        return []
    claims: list[Claim] = []
    usable = [m for m in mentions if m.code not in (None, ALL_ALLIES) or m.group_key]
    for mult in find_multiples(sentence):
        before = [m for m in usable if m.end <= mult.start]
        after = [m for m in usable if m.start >= mult.end]
        pronoun = _ANAPHORIC_SUBJECT.match(sentence)
        subject = before[-1] if before else (context[-1] if context and pronoun else None)
        vague = _QUANTIFIED_SUBJECT.search(sentence[: mult.start])
        bases, period = change_base(sentence, mult.start, mult.end) if mult.bare else ([], None)
        if mult.bare and not bases and period is None:
            continue  # "has doubled its spending": from when is not said
        alliance = subject is None and not vague and _ALLIANCE_SUBJECT.search(sentence[: mult.start])
        if (vague or alliance) and not claims:
            # "Many countries have doubled ... since 2014": a claim, but about no allies one can list.
            claim = Claim(offset, offset + len(sentence), sentence, "growth_multiple", unit="times")
            claim.value, claim.value_text, claim.comparator = mult.factor, mult.text, mult.comparator
            claim.since = mult.since
            if vague:
                claim.undefined_group = vague.group()
            elif _TOTAL_WORDS.search(sentence[: mult.start]):
                claim.countries, claim.metric = [L.NATO_TOTAL], "usd_current_m"
            else:
                claim.countries = [ALL_ALLIES]
            set_year(claim, sentence, (mult.start, mult.end), [y for y in years if y.role != "since"], as_of)
            if claim.year == claim.since:
                claim.year, claim.year_text, claim.year_basis = None, None, "latest"
            claims.append(claim)
            continue
        if subject is None or vague:
            continue
        claim = Claim(offset, offset + len(sentence), sentence, "growth_multiple", unit="times")
        claim.countries, claim.group, claim.group_key = mention_codes(subject)
        claim.value, claim.value_text, claim.comparator = mult.factor, mult.text, mult.comparator
        claim.metric = "usd_current_m"
        if mult.bare:
            claim.since, claim.bases = (bases[0], []) if len(bases) == 1 else (None, bases)
            claim.period = period
            claim.metric = "nc_constant_m" if L.REAL_RE.search(sentence) else "nc_current_m"
        elif mult.rest:
            claim.than_rest = True  # "twice as much as all the other allies combined"
        elif mult.since is None and not mult.decade:
            if not after:
                continue  # "twice as much as before": no other spender named
            claim.others = [str(after[0].code)] if after[0].code else []
            if after[0].group_key:
                claim.than_group = after[0].group_key  # "as all the European allies combined"
        else:
            claim.since = mult.since
            claim.over_decade = True if mult.decade else None
            claim.metric = "nc_constant_m" if L.REAL_RE.search(sentence) else "nc_current_m"
        claim.attributed_to = attribution_source(sentence)
        set_year(claim, sentence, (mult.start, mult.end), [y for y in years if y.role != "since"], as_of)
        if claim.year == claim.since:
            claim.year, claim.year_text, claim.year_basis = None, None, "latest"
        claims.append(claim)
    return claims


_R = vocab()["growth_runs"]
#: "Military expenditure in Central Europe rose": a region that is no NATO aggregate (runs here, directions.py's
#: changes too).
REGION_RE = lazy(rf"(?<![\w-])(?:{phrase_alternation(vocab()['directions']['regions'])})(?![\w-])")
#: "the fourth year in a row", "for the seventh consecutive year", "the 10th straight year", "for the first time in
#: 7 years": a rise (or fall) stated over a run of years.
RUN_RE = lazy(
    r"\b(?P<n>"
    + "|".join(L.ORDINALS)
    + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:[\w-]+\s+){0,1}?)(?:"
    + phrase_alternation(_R["run_words"])
    + r")\b"
    r"|\b(?:" + phrase_alternation(_R["first_time_in"]) + r")\s+(?P<first>\d{1,2}|" + L.WORD_NUMBER + r")\s+years\b",
    re.I,
)


def run_length_of(m: re.Match[str]) -> int | None:
    if m.group("first"):
        word = m.group("first")
        return int(word) if word.isdigit() else L.word_to_int(word)
    n = m.group("n").lower()
    return L.ORDINALS.get(n) or int(re.sub(r"\D", "", n))


def _run_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
) -> list[Claim]:
    """'Defence spending rose for the fourth year in a row', '2021 saw the seventh consecutive year of increases',
    'spending up for the first time in 7 years': a change of spending over a run of years (real_growth, change_form
    "run of years"), which no one year's change settles. The world's total and no-spending runs are no claim."""
    m = RUN_RE.search(sentence)
    if m is None or not L.SPENDING_RE.search(sentence) or unowned_total(sentence, m.start(), mentions):
        return []
    change = L.GROWTH_RE.search(sentence)
    n = run_length_of(m)
    if change is None or n is None or phrase_re("money", "world").search(sentence, 0, m.start()):
        return []
    usable = [x for x in mentions if x.code is not None or x.group_key]
    subject = nearest_mention(sentence, (m.start(), m.end()), usable) if usable else (context[-1] if context else None)
    codes, group, group_key = mention_codes(subject)
    if not usable and REGION_RE.search(sentence, 0, m.start()):
        return []  # "Military expenditure in Central Europe rose for a second consecutive year": not NATO's group
    if codes == [ALL_ALLIES] or (
        not codes and group_key is None and re.search(r"\b(?:NATO|alliance)\b", sentence, re.I)
    ):
        codes = [L.NATO_TOTAL]
    claim = Claim(offset, offset + len(sentence), sentence, "real_growth", unit="percent (annual real change)")
    claim.countries, claim.group, claim.group_key = codes, group, group_key
    falls = bool(L.DECLINE_RE.search(change.group()))
    claim.value, claim.value_text, claim.comparator = 0.0, m.group(), "lt" if falls else "gt"
    claim.change_form, claim.period = "run of years", n
    claim.price_basis = "constant"
    claim.attributed_to = attribution_source(sentence)
    set_year(claim, sentence, (m.start(), m.end()), [y for y in years if y.role != "since"], as_of)
    lo, hi = clause_bounds(sentence, m.start(), m.end())
    claim.span_start, claim.span_end = offset + lo, offset + hi
    return [claim]


#: "after six years of decline": a counted run the change stated beside it ends (vocab.toml [growth_runs]).
BACKGROUND_RUN_RE = lazy(
    rf"\b(?:{phrase_alternation(_R['background_leads'])})\s+(?P<n>\d{{1,2}}|{L.WORD_NUMBER})\s+"
    r"(?:(?:consecutive|straight|successive|long)\s+)?years\s+of\s+(?:(?:steady|sharp|continuous|continued)\s+)?"
    rf"(?:(?P<fall>{phrase_alternation(_R['background_falls'])})|{phrase_alternation(_R['background_rises'])})\b",
    re.I,
)


def background_runs(sentence: str, offset: int, claims: list[Claim]) -> list[Claim]:
    """'a substantial increase (+3.8%) in overall NATO defence expenditures, after six years of decline': the run
    of years of the other sign before the change it is the background of, a claim of its own (the change's spender,
    its years ending the year before the change's; no year told, no years judged)."""
    m = BACKGROUND_RUN_RE.search(sentence)
    changes = [c for c in claims if c.kind == "real_growth" and not c.qualified() and c.countries]
    if m is None or not changes:
        return []
    word = m.group("n")
    n = int(word) if word.isdigit() else L.word_to_int(word)
    if not n:
        return []
    change = min(changes, key=lambda c: abs(sentence.find(c.value_text) - m.start()) if c.value_text else 10**6)
    run = Claim(offset, offset + len(sentence), sentence, "real_growth", unit="percent (annual real change)")
    run.countries, run.group, run.group_key = list(change.countries), change.group, change.group_key
    run.value, run.value_text, run.step = 0.0, m.group(), 1.0
    run.comparator = "lt" if m.group("fall") else "gt"
    run.price_basis, run.modality, run.attributed_to = "constant", "fact", change.attributed_to
    if change.year is not None and change.year_basis in ("explicit", "relative", "fiscal"):
        run.year, run.year_text, run.year_basis = change.year - 1, change.year_text, change.year_basis
        run.change_form, run.period = "run of years", n
    else:
        run.year_basis, run.change_form = "latest", "direction, no year"  # the change's own year is not told
    lo, hi = clause_bounds(sentence, m.start(), m.end())
    run.span_start, run.span_end = offset + max(lo, m.start()), offset + min(hi, m.end())
    return [run]


def year_direction_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    years: list[YearMention],
    as_of: date | None,
    context: list[Mention],
) -> list[Claim]:
    """'Military expenditures started to increase in 2015', 'the alliance-wide total is expected to continue to drop
    in 2015': the sign of a year's real change, stated without a figure (real_growth, value 0, above or below);
    over a run of years ("for the sixth straight year"), a run claim instead."""
    runs = _run_claims(sentence, offset, mentions, years, as_of, context)
    if runs:
        return runs
    claims: list[Claim] = []
    for d in find_directions(sentence):
        usable = [m for m in mentions if m.end <= d.start and (m.code is not None or m.group_key)]
        subject = nearest_mention(sentence, (d.start, d.end), usable) if usable else None
        if subject is None:
            if re.search(r"\b(?:alliance-wide|NATO-wide|overall|total|combined)\b", sentence[: d.start], re.I) or (
                re.search(r"\b(?:NATO|alliance)\b", sentence[: d.start], re.I)
            ):
                subject = Mention(0, 0, L.NATO_TOTAL)
            elif context:
                subject = context[-1]
        codes, group, group_key = mention_codes(subject)
        if codes == [ALL_ALLIES]:
            codes = [L.NATO_TOTAL]
        if not codes and group_key is None:
            continue
        year_mentions = [y for y in years if y.start >= d.end] if d.than else years
        claim = Claim(offset, offset + len(sentence), sentence, "real_growth", unit="percent (annual real change)")
        claim.countries, claim.group, claim.group_key = codes, group, group_key
        claim.value, claim.value_text, claim.step = 0.0, d.text, 1.0
        claim.comparator = "gt" if d.sign > 0 else "lt"
        claim.price_basis = "constant"
        claim.attributed_to = attribution_source(sentence)
        set_year(claim, sentence, (d.start, d.end), [y for y in years if y.role != "since"], as_of)
        if d.than:
            base = next((y for y in year_mentions if y.role in ("data", "since")), None)
            if base is None or claim.year is None or claim.year != base.year + 1:
                continue  # "lower than in 2010": not one year's change
        elif claim.year is None:
            continue  # a direction with no year ("spending has risen") is too vague to check
        lo, hi = clause_bounds(sentence, d.start, d.end)
        claim.span_start, claim.span_end = offset + lo, offset + hi
        claims.append(claim)
    return claims


_UNOWNED_TOTAL = lazy(r"\b(?:" + phrase_alternation(vocab()["money_parts"]["unowned_totals"]) + r")\b", re.I)


def unowned_total(sentence: str, start: int, mentions: list[Mention]) -> bool:
    """'Total military spending rose by 2% in 2018, to $1.67trn, with America alone accounting for ...': a total
    named before the figure, with no ally or group named before it, is the world's (or no one's) total, not the ally
    named after it."""
    return bool(_UNOWNED_TOTAL.search(sentence, 0, start)) and not any(
        m.end <= start and (m.code is not None or m.group_key) for m in mentions
    )


# ------------------------------------------------------------------------------------------------ changes
_G = vocab()["growth"]
_DEICTIC_BASES = {"last year": -1, "a year ago": -1, "the past year": -1}
_ANAPHORIC_BASES = ("the previous year", "the year before", "a year earlier", "the prior year", "the preceding year")
#: "a 9% increase on last year", "up 2.2% from the previous year", "12% higher than in 2023": the base right after the
#: figure (and its growth noun), not crossing another figure or clause.
_BASE_AFTER = lazy(
    r"(?P<gap>[^.;:\d%$€£]{0,45}?)\b(?:" + phrase_alternation(_G["base_lead"]) + r")\s+"
    r"(?P<base>" + "|".join(re.escape(b) for b in (*_DEICTIC_BASES, *_ANAPHORIC_BASES)) + r"|(?:19|20)\d\d)"
    r"(?:['’]s)?\b",
    re.I,
)
_SINCE_YEAR = lazy(
    r"\b(?:" + phrase_alternation(_G["since_lead"]) + r")\s+(?:(?:the\s+)?(?:end\s+of\s+)?)?(?P<y>(?:19|20)\d\d)\b"
    r"|\bbetween\s+(?P<y2>(?:19|20)\d\d)\s+and\s+(?:19|20)\d\d\b"
    # "increased by 86 per cent over the decade 2010–19": a span of years, counted from its first
    r"|\b(?:over|during|in)\s+(?:the\s+(?:decade|period|years)\s+)?(?P<y3>(?:19|20)\d\d)\s*[-–—]\s*(?:(?:19|20)?\d\d)\b",
    re.I,
)
#: "the biggest rise since 2010", "every year since 2014": the year is no base of the figure's change.
_NOT_A_BASE = lazy(
    r"\b(?:biggest|largest|highest|fastest|steepest|sharpest|strongest|first|every\s+year|each\s+year|"
    r"consecutive|straight|in\s+a\s+row)\b[^.;,]{0,30}$",
    re.I,
)
#: "3% a year since 2014", "an average annual increase of 4%": a yearly rate over a period, not the whole change.
_AVERAGE_RATE = lazy(
    r"\b(?:a|per|each|every)\s+year\b|\bannually\b|\bper\s+annum\b|\bon\s+average\b|\baverage\s+(?:annual|yearly)\b"
    r"|\b(?:annual|yearly)\s+average\b",
    re.I,
)
_PERIOD_RE = lazy(
    rf"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?P<n>\d{{1,2}}|{L.WORD_NUMBER})\s+years\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?P<decade>decade)\b",
    re.I,
)


def change_base(sentence: str, start: int, end: int) -> tuple[list[int], int | None]:
    """What the change of the figure at [start, end) is counted from, read in its own clause: the possible base
    years (one for "since 2014", two for "since Russia's invasion of Ukraine") and a period ("over the past two
    years": 2). Empty and None: a change over one year, or none said."""
    lo, hi = clause_bounds(sentence, start, end)
    clause = sentence[lo:hi]
    for m in _SINCE_YEAR.finditer(clause):
        year = m.group("y") or m.group("y2") or m.group("y3")
        if not _NOT_A_BASE.search(clause[: m.start()]):
            return [int(year)], None
    event = EVENT_RE.search(sentence)  # "Since the start of Russia's war in Ukraine, ...": often a fronted phrase
    if event and not _NOT_A_BASE.search(sentence[: event.start()]):
        return event_years(event.group("event")), None
    period = _PERIOD_RE.search(clause)
    if period:
        n = 10 if period.group("decade") else L.word_to_int(period.group("n")) or int(period.group("n"))
        return [], int(n)
    return [], None


def refine_changes(
    sentence: str, offset: int, claims: list[Claim], years: list[YearMention], as_of: date | None
) -> list[Claim]:
    """Changes of spending stated with a figure (real_growth claims): the measure named in the figure's own clause
    ("in nominal terms", "in real terms"), and what the change is counted from: "a 9% increase on last year" is this
    year's change (last year is its base, not its year); "up 30% since 2014" a change over several years, judged
    from two levels of one release; "since Russia's invasion" either of the years the event can mean."""
    today = (as_of or date.today()).year
    if _UNOWNED_TOTAL.search(sentence):  # "Total military spending rose by 2% in 2018": the world's change
        mentions = find_mentions(sentence)
        claims = [
            c
            for c in claims
            if c.kind != "real_growth" or not unowned_total(sentence, max(0, sentence.find(c.value_text)), mentions)
        ]
    claims = _once(claims)
    _compared_changes(sentence, claims)
    for claim in claims:
        worded = claim.value_text.lower() in L.FRACTIONS  # "rose by a third" (quantities.BY_FRACTION_RE)
        if claim.kind != "real_growth" or not (re.search(r"\d", claim.value_text) or worded):
            continue
        if claim.change_form == "run of years":
            continue  # "the 10th consecutive year": a run (its digits are no figure of a change)
        lo = (claim.span_start - offset) if claim.span_start is not None else 0
        at = sentence.find(claim.value_text, max(0, lo))
        if at < 0:
            continue
        end = at + len(claim.value_text)
        c_lo, c_hi = clause_bounds(sentence, at, end)
        clause = sentence[c_lo:c_hi]
        if L.CURRENT_RE.search(clause):
            claim.price_basis = "current"  # "rose 10% in nominal terms": whatever the sentence says elsewhere
        elif L.REAL_RE.search(clause):
            claim.price_basis = "constant"
        base = _BASE_AFTER.match(sentence, end, c_hi)
        if base and not re.search(r"\b(?:to|at)\s+$", base.group("gap")):
            _year_on_base(claim, sentence, base, years, today)
            continue
        bases, period = change_base(sentence, at, end)
        if (bases or period) and _AVERAGE_RATE.search(clause) and not claim.qualified():
            claim.change_form = "average rate"  # "3% a year since 2014": a yearly average, not one change
        if bases and claim.year is not None and bases == [claim.year - 1]:
            continue  # "rose 4% in 2024 compared with 2023": one year's change
        if len(bases) == 1:
            claim.since = bases[0]
        elif bases:
            claim.bases = bases
        claim.period = period
        data_after_base(claim, years)
    return claims


#: "increased by 11% in 2024, compared to 3% in 2023", "will increase 8.3 percent, versus 2 percent in 2022": the
#: figure compared with a change is a change too (words right before it, after the change's figure).
_COMPARED_WITH = lazy(
    r"[^.;]{0,60}?\b(?:" + phrase_alternation(_R["compared_with"]) + r")\s+"
    r"(?:an?\s+)?(?:estimated\s+|increase\s+of\s+|rise\s+of\s+|growth\s+of\s+)?$",
    re.I,
)


_RESPECTIVELY = lazy(r"[^.;]{0,30}?\brespectively\b", re.I)


def _compared_changes(sentence: str, claims: list[Claim]) -> None:
    """A share of GDP read after a change of spending and compared with it ("compared to 3% in 2023"), naming no
    GDP of its own, is that spender's change in another year, not a share of GDP."""
    changes = [c for c in claims if c.kind == "real_growth" and re.search(r"\d", c.value_text)]
    for c in claims:
        if c.kind != "share_gdp" or not c.value_text or not changes:
            continue
        at = sentence.find(c.value_text)
        ends = [(sentence.find(g.value_text) + len(g.value_text), g) for g in changes if g.value_text in sentence]
        prior = [(end, g) for end, g in ends if end <= at]
        if not prior or L.GDP_RE.search(sentence[at : at + len(c.value_text) + 30]):
            continue
        g_end, g = prior[-1]
        # "increased military expenditures by 11 percent and 17 percent, respectively": changes of two spenders
        listed = _RESPECTIVELY.match(sentence, at + len(c.value_text)) and re.fullmatch(
            r"\s*(?:,|and|,\s*and)\s*", sentence[g_end:at]
        )
        if not (listed or _COMPARED_WITH.fullmatch(sentence, g_end, at)):
            continue
        c.kind, c.unit, c.price_basis = "real_growth", "percent (annual real change)", g.price_basis
        c.comparator, c.threshold = ("eq" if c.comparator in ("ge", "gt") and c.threshold else c.comparator), None
        if c.undetermined == "measure":
            c.undetermined = c.undetermined_why = None  # what it is a share of was the question; a change has none
        changes.append(c)  # "by 6.6, 14 and 33 per cent, respectively": the next item follows this one
        if not listed:  # a comparison is of the same spender; a list's items keep their own
            c.countries, c.group, c.group_key = list(g.countries), g.group, g.group_key


def _once(claims: list[Claim]) -> list[Claim]:
    """A change read both by shares.py and after an amount (money.py) is kept once, the first reading."""
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out = []
    for c in claims:
        key = (c.value_text, tuple(c.countries))
        if c.kind == "real_growth" and c.value_text:
            if key in seen:
                continue  # "Hungary (11.9%) and Spain (11.9%)": two allies, two claims
            seen.add(key)
        out.append(c)
    return out


def data_after_base(claim: Claim, years: list[YearMention]) -> None:
    """A change's year is not its base: "between 2016 and 2020" is about 2020; "since 2021" with no other year is
    about the newest year (no year stated)."""
    bases = [claim.since] if claim.since is not None else claim.bases
    if claim.year is None or claim.year not in bases:
        return
    later = [y for y in years if y.role in ("data", "fiscal") and y.year > max(bases)]
    if later:
        claim.year, claim.year_text, claim.year_basis = later[-1].year, later[-1].text, "explicit"
    else:
        claim.year, claim.year_text, claim.year_basis = None, None, "latest"


def _year_on_base(claim: Claim, sentence: str, base: re.Match[str], years: list[YearMention], today: int) -> None:
    """'a 9% increase on last year' (in 2024): the change of the year after its base; with a data year of its own
    elsewhere in the sentence ("It will spend €20 billion in 2024, a 9% increase on last year") that year's."""
    text = " ".join(base.group("base").lower().split())
    inside = range(base.start("base"), base.end("base"))
    data = [y for y in years if y.role in ("data", "fiscal") and y.start not in inside]
    if text.isdigit():
        since: int | None = int(text)
    elif text in _DEICTIC_BASES:
        since = today + _DEICTIC_BASES[text]
    else:
        since = None  # "from the previous year": one year's change, of the year the claim is about
    if claim.year_text and claim.year_text.lower() in text:
        claim.year, claim.year_text, claim.year_basis = None, None, "latest"  # the base was read as its year
    if data:
        near = min(data, key=lambda y: abs(y.start - base.start()))
        claim.year, claim.year_text, claim.year_basis = near.year, near.text, "explicit"
    elif since is not None and claim.year is None:
        claim.year, claim.year_text, claim.year_basis = since + 1, base.group("base"), "relative"
    if since is not None and claim.year is not None and claim.year > since + 1:
        claim.since = since  # "up 30% on 2014": several years' change ("3.8 percent over 2016" of 2016: in it)


#: "That is an increase of 10.9% on the previous year", "Excluding inflation, this corresponds to an increase of
#: 10.9%", "The increase in real terms is one of 3.8 percent": a sentence that gives the change of the amount or
#: share the sentence before gave, naming no spender of its own.
_FOLLOW_CHANGE = lazy(
    r"^\W*(?:[^.;]{0,70}?,\s*)?(?:"
    r"(?:this|that|it|which)\s+(?:is|was|marks|marked|represents|represented|corresponds\s+to|corresponded\s+to|"
    r"amounts\s+to|means|meant|would\s+(?:be|mean|represent))"
    r"|the\s+(?:increase|rise|growth|decrease|decline|drop|fall|cut)(?:\s+in\s+real\s+terms)?\s+"
    r"(?:is|was|will\s+be|would\s+be)(?:\s+one)?"
    r")\s+(?:(?:an?|the)\s+)?(?:(?:overall|annual|real[- ]terms|real|nominal|year-on-year|total)\s+)?"
    r"(?:(?:increase|rise|growth|jump|decrease|decline|drop|fall|cut|reduction)\s+)?(?:of\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just)\s+)?$",
    re.I,
)


#: "An increase of 1.9 percent compared to 2021, according to a report by NATO ...": a verbless sentence that opens
#: with the change of the spending the sentence before gave ("That is" left out).
_FOLLOW_VERBLESS = lazy(
    r"^\W*(?:an?|the)\s+(?:(?:overall|annual|real[- ]terms|real|nominal|year-on-year|total|further)\s+)?"
    r"(?:increase|rise|growth|jump|decrease|decline|drop|fall|cut|reduction)\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just)\s+)?$",
    re.I,
)
#: "according to a report by NATO Secretary General ...": who says so, not whose spending
_ACCORDING = lazy(r"\b(?:according\s+to|said|says|reported|report\s+by)\b", re.I)


def change_follow_ups(
    sentence: str, offset: int, previous: list[Claim], made: list[Claim], as_of: date | None
) -> list[Claim]:
    """The change a sentence gives of the spending the sentence before named ("The 32 allies will spend about $1.47
    trillion in 2024. That is an increase of 10.9% on the previous year."): a real_growth claim of that spender and
    year, read as any change is (refine_changes)."""
    prior = [
        c
        for c in previous
        if c.kind in ("total_spending", "share_gdp") and c.countries and c.amount_of not in ("programme", "part")
    ]
    if not prior or any(c.kind == "real_growth" for c in made):
        return []
    said = _ACCORDING.search(sentence)
    if any(not (said and m.start >= said.start()) for m in find_mentions(sentence)):
        return []  # the sentence names a spender of its own (one in its attribution does not count)
    src = prior[-1]
    out: list[Claim] = []
    for q in find_quantities(sentence):
        lead = sentence[: q.start]
        if (
            q.kind != "percent"
            or not (_FOLLOW_CHANGE.match(lead) or _FOLLOW_VERBLESS.match(lead))
            or L.GDP_RE.search(sentence)
        ):
            continue
        claim = Claim(offset, offset + len(sentence), sentence, "real_growth", unit="percent (annual real change)")
        claim.countries, claim.group, claim.group_key = list(src.countries), src.group, src.group_key
        falls = bool(L.DECLINE_RE.search(sentence[: q.start]))
        claim.value_text, claim.decimals, claim.step = q.text, q.decimals, q.step
        # "fell by more than 3%": below -3, not above it
        claim.value, claim.comparator, claim.bounds = as_fall(q) if falls else (q.value, q.comparator, q.bounds())
        claim.year, claim.year_text, claim.year_basis = src.year, src.year_text, src.year_basis
        claim.attributed_to = attribution_source(sentence) or src.attributed_to
        out.append(claim)
    return refine_changes(sentence, offset, out, find_years(sentence), as_of) if out else []
