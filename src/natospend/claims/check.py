"""Verdicts: each extracted claim checked against the figures published by its date, with evidence.

accurate          matches the newest figure published by the claim's date, at the precision the claim uses
inaccurate        contradicted by the figures available then and by every later release (the right figure given)
outdated          matches an older release, but a newer one available on the claim's date differs
different_measure matches another source or definition (SIPRI, IISS, Eurostat, a national budget, current vs
                  constant prices), not NATO's figure
unverifiable      the data on hand cannot settle it (what is missing is said)

Figures are compared at their published precision: a cell printed "2.00" (or "2") meets "2%".

This module is the entry point (`check_text`, `check_claim`: which rule a claim goes to, and the guards that cut
across kinds: projections, groups of no fixed membership, counts "just above" a threshold). The rules are in
claims/rules/, one module per kind of claim (numeric, money, alliance, counts, rankings, multiples, pledges), each a
mixin over judge.CheckerBase; judge.py judges one figure across releases (`_judge_series`); facts.py holds the
figures the rules read (`Facts`), the one matching rule (`matches`) and the results (`ClaimResult`, `Evidence`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims import modality as M
from natospend.claims.clauses import clause_bounds
from natospend.claims.coverage import unread_content, unread_words
from natospend.claims.facts import ClaimResult as ClaimResult
from natospend.claims.facts import Evidence as Evidence
from natospend.claims.facts import Span as Span
from natospend.claims.facts import facts_for
from natospend.claims.frame import ALL_ALLIES, KINDS, Claim
from natospend.claims.judge import UNHELD, CheckerBase, Judgement
from natospend.claims.judge import VERDICTS as VERDICTS
from natospend.claims.mentions import ASIDE as ASIDE
from natospend.claims.mentions import coordinated, excluded_mentions, find_mentions
from natospend.claims.metonymy import find_people
from natospend.claims.parse import extract
from natospend.claims.patterns import lazy
from natospend.claims.pledges import deadline_of
from natospend.claims.quantities import PERCENT_RE, number
from natospend.claims.rankings import rank_at
from natospend.claims.reading import exact_figure
from natospend.claims.rules.alliance import AllianceShareRules
from natospend.claims.rules.counts import CountRules
from natospend.claims.rules.growth import GrowthRules
from natospend.claims.rules.money import MoneyRules
from natospend.claims.rules.multiples import MultipleRules
from natospend.claims.rules.numeric import NumericRules
from natospend.claims.rules.pledges import PledgeRules
from natospend.claims.rules.rankings import RankingRules
from natospend.claims.sourcing import SentenceSources, carry_attribution, carry_forward, non_ally_figure
from natospend.claims.text import clean_text
from natospend.claims.times import find_years
from natospend.claims.vocab import phrase_re
from natospend.reference import countries
from natospend.store.readmodel import Store, parse_date

MAX_CLAIMS = 2000  # a 1 MB text still returns promptly; the rest are reported as skipped
#: "just above 2%", "slightly below the target": next to a threshold, by an amount no one fixed.
_NEAR_BOUND_RE = lazy(
    r"\b(?:just|slightly|barely|marginally|narrowly|a\s+(?:little|bit|touch)|only\s+just)\s+"
    r"(?:above|over|below|under|short\s+of|beyond|past|exceed(?:s|ed|ing)?)\b",
    re.I,
)


# ------------------------------------------------------------------------------------------------ the checker
class Checker(
    GrowthRules,
    NumericRules,
    MoneyRules,
    AllianceShareRules,
    CountRules,
    RankingRules,
    MultipleRules,
    PledgeRules,
    CheckerBase,
):
    """Every verdict rule, one mixin per kind of claim (claims/rules/), over the shared base (judge.py)."""


def _as_pledge(claim: Claim) -> Claim:
    from dataclasses import replace

    return replace(
        claim, kind="pledge", threshold=claim.value, deadline=claim.year, modality="commitment", comparator="eq"
    )


# ------------------------------------------------------------------------------------------------ entry points
def check_claim(ds: Store, claim: Claim, as_of: date | None = None, siblings: Sequence[Claim] = ()) -> ClaimResult:
    """The verdict on one claim; `siblings` are the other claims read from its sentence (a figure one of them reads
    is checked there, so it is no word this claim's frame passed over)."""
    j = _reading(ds, claim, as_of)
    if j.verdict in ("accurate", "inaccurate", "outdated"):
        j = _exact_reading(ds, claim, as_of, j) or j
    if j.verdict == "inaccurate":
        j = _undetermined_frame(ds, claim, as_of, j)
    if j.verdict == "accurate":
        j = _accurate_frame(claim, as_of, j, siblings)
    if j.verdict in ("inaccurate", "outdated"):
        j = _unread_frame(claim, as_of, j, siblings)
    fields = claim.fields()
    for key, value in list(fields.items()):
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            fields[key] = None
    return ClaimResult(
        start=claim.start,
        end=claim.end,
        text=claim.text,
        kind=claim.kind,
        fields=fields,
        verdict=j.verdict,
        explanation=j.explanation,
        evidence=j.evidence,
        revised_later=j.revised_later,
        as_of=as_of.isoformat() if as_of else None,
        span=_span(claim),
        unread=list(j.unread),
        figures_verdict=j.figures_verdict,
    )


def _exact_reading(ds: Store, claim: Claim, as_of: date | None, j: Judgement) -> Judgement | None:
    """'seven countries will spend exactly 2.0 percent of GDP' (radar.am, August 2025: the seven NATO printed 2.00,
    three more at 2.01): an exact figure is judged equal at the precision printed; when equality at NATO's own
    precision gives another verdict, how exact the writer meant it cannot be told. None: the verdict stands."""
    if claim.kind == "count" and claim.threshold is not None and claim.threshold_high is not None:
        exact = exact_figure(claim.threshold, claim.threshold_high)
        if exact is None:
            return None
        strict = replace(claim, threshold=float(exact), threshold_high=float(exact))
    elif claim.kind in _SHARE_KINDS and claim.comparator == "eq" and claim.value_text:
        at = claim.text.find(claim.value_text)
        if at < 0 or not phrase_re("falsepaths", "exact").search(claim.text, max(0, at - 16), at):
            return None
        exact, strict = claim.value_text, replace(claim, step=0.0)
    else:
        return None
    other = _reading(ds, strict, as_of)
    if other.verdict == j.verdict:
        return None
    return Judgement(
        "unverifiable",
        f"Cannot tell how exact '{exact}' is meant: to the precision printed the claim is {j.verdict} "
        f"({j.explanation}); to the precision NATO publishes it is {other.verdict} ({other.explanation})",
        j.evidence,
    )


def _reading(ds: Store, claim: Claim, as_of: date | None) -> Judgement:
    """The verdict on the claim as read: its year (stated, present or the newest, else an older one) and currency."""
    j = _present_reading(ds, claim, as_of) if claim.year_basis == "present" and as_of else judge(ds, claim, as_of)
    if (
        j.verdict == "inaccurate"
        and claim.year is None
        and as_of is not None
        and claim.kind in _DATED_KINDS
        and not _PRESENT_RE.search(claim.text)
    ):
        j = _older_reading(ds, claim, as_of, j) or j
    if j.verdict == "inaccurate":
        j = _dollar_reading(ds, claim, as_of, j) or j
    return j


#: A share of GDP far above any ally's defence spending in NATO's figures: a threshold this high is a share of
#: something else.
_MOST_OF_GDP = 15.0
#: Kinds judged on NATO's figures of a year: a claim of these that states no year may rest on an older release.
#: Not rankings: a rank with no year is a standing now ("remains the second largest"), see rules/rankings.py.
_DATED_KINDS = ("share_gdp", "real_growth", "equipment_share", "total_spending", "alliance_share", "count")


#: A bare dollar sign ("$41 billion"), not "US$", "U.S. $" or "C$": US dollars, or the dollars of the ally's own.
_BARE_DOLLAR_RE = lazy(r"(?<![A-Za-z.$])\$")
#: The allies' currencies written with a bare "$" besides the US dollar.
_OTHER_DOLLARS = frozenset({"CAD"})


def _dollar_reading(ds: Store, claim: Claim, as_of: date | None, usd: Judgement) -> Judgement | None:
    """An amount in bare dollars of an ally whose own currency is a dollar ("the $41 billion that is projected for
    2024-25" in a Canadian paper) that US dollars contradict: read in that currency too. If that reading does not
    contradict it, which dollars are meant cannot be told (unverifiable, both readings shown). None: no other
    reading, or it contradicts the claim as well."""
    if claim.kind != "total_spending" or claim.currency != "USD" or len(claim.countries) != 1:
        return None
    if not _BARE_DOLLAR_RE.match(claim.value_text):
        return None
    ally = countries.by_code().get(claim.countries[0])
    if ally is None or ally.currency not in _OTHER_DOLLARS:
        return None
    own = judge(ds, replace(claim, currency=ally.currency, unit=f"million {ally.currency}"), as_of)
    if own.verdict == "inaccurate":
        return None
    return Judgement(
        "unverifiable",
        f"Cannot tell whether {claim.value_text} is in US dollars or {ally.currency}: in US dollars, "
        f"{usd.explanation.removeprefix('Contradicted: ')} In {ally.currency}: {own.explanation}",
        usd.evidence + own.evidence,
    )


# ------------------------------------------------------------------------------------------------ the frame gate
def _undetermined_frame(ds: Store, claim: Claim, as_of: date | None, j: Judgement) -> Judgement:
    """`inaccurate` says the text stated a false figure, so, like `accurate`, it needs the whole frame read from the
    text: the year, what a share is of, what a rank is by. Where a part was guessed (no GDP named and a share no
    ally's GDP share comes near; an era, not a year; a rank within a budget line), the claim is `unverifiable`,
    saying which part could not be determined, or judged on the measure its own words name."""
    own = _own_text(claim)
    return (
        _era(claim, own, j)
        or _share_base(ds, claim, own, as_of, j)
        or _rank_base(claim, j)
        or _asked_of(claim, own, j)
        or _two_guidelines(claim, own, j)
        or _bar_towards(claim, own, j)
        or _budget_moved(ds, claim, own, as_of, j)
        or _level_unsaid(claim, own, j)
        or _year_of_next(claim, j)
        or _unit_slip(claim, j)
        or j
    )


def _own_text(claim: Claim) -> str:
    """The claim's clause or list item (its sentence when no span is set)."""
    lo, hi = claim.own_bounds()
    return claim.text[lo:hi]


def _era(claim: Claim, own: str, j: Judgement) -> Judgement | None:
    """'European NATO members spent 4% of their GDP on defense during the Cold War': a time of no year."""
    if claim.year_basis in ("explicit", "fiscal") or claim.kind == "pledge":
        return None
    era = phrase_re("falseinacc", "eras").search(own)
    if era is None or phrase_re("falseinacc", "present").search(own):
        return None
    return Judgement(
        "unverifiable",
        f"Cannot tell which year '{era.group()}' is: the claim names a time, not a year, so no one year's figure "
        f"contradicts it. {j.explanation}",
        j.evidence,
    )


#: A share of GDP this many times the highest NATO holds for the ally (any year), and above what any ally has spent
#: in the years held, is a share of something else ("10 percent for the UK"); "Canada spends 3 percent" is not.
_FAR_ABOVE_GDP = 2.0
_MOST_EVER = 6.0


def _spending_part(text: str) -> str | None:
    """The part of defence spending a text names (equipment, personnel, infrastructure, pensions...), if any."""
    for key in ("equipment", "personnel", "infrastructure", "unheld", "other"):
        if m := phrase_re("spending_parts", key).search(text):
            return m.group()
    return None


def _share_base(ds: Store, claim: Claim, own: str, as_of: date | None, j: Judgement) -> Judgement | None:
    """A share read as a share of GDP though its clause names no GDP, and names a part of spending ('26th when it
    comes to defence investments') or is far above every share of GDP NATO holds for the ally ('Currently the US is
    paying 22 percent of NATO costs', '10 percent for the UK'): of the alliance's spending when the clause says so
    (judged as such), else of something natospend cannot tell or does not hold."""
    if claim.kind != "share_gdp" or claim.value is None or L.GDP_RE.search(own):
        return None
    what = claim.value_text or f"{claim.value:g}%"
    part = _spending_part(own)
    if part is not None:
        return Judgement(
            "unverifiable",
            f"Cannot tell that {what} is a share of GDP: the clause names no GDP and names a part of spending "
            f"('{part}'). {j.explanation}",
            j.evidence,
        )
    facts = facts_for(ds)
    codes = claim.countries or []
    held = [
        f.value
        for c in codes
        for y in facts.years("nato", c, "share_gdp")
        for f in facts.figures("nato", c, "share_gdp", y)
    ]
    if not held or claim.value <= max(_FAR_ABOVE_GDP * max(held), _MOST_EVER):
        return None
    if phrase_re("falseinacc", "alliance_bases").search(own):
        return judge(ds, replace(claim, kind="alliance_share"), as_of)
    if phrase_re("falseinacc", "costs").search(own) or phrase_re("common_funding_cues", "phrases").search(own):
        return Judgement(
            "unverifiable",
            f"{what} is a share of NATO's own costs (its common-funded budgets), not of GDP; natospend does not hold "
            "those budgets.",
        )
    return Judgement(
        "unverifiable",
        f"Cannot tell what {what} is a share of: the clause names no GDP, and NATO's figures for "
        f"{', '.join(codes)} never come near {what} of GDP (highest held: {max(held):.2f}%). " + j.explanation,
        j.evidence,
    )


def _rank_base(claim: Claim, j: Judgement) -> Judgement | None:
    """A rank whose sentence names a part of spending or a budget line, and no GDP ('In terms of modernization Croatia
    is currently last in spending', 'the government's fifth-largest expenditure'): not a rank natospend holds."""
    if claim.kind != "ranking" or L.GDP_RE.search(claim.text) or (claim.metric or "").endswith("_share"):
        return None  # a rank by a part NATO tabulates (equipment) is judged on that table
    budget = phrase_re("falseinacc", "budgets").search(claim.text)
    by = _spending_part(claim.text) or (budget.group() if budget else None)
    if by is None:
        return None
    return Judgement(
        "unverifiable",
        f"Cannot tell that the rank is by share of GDP or by money: the sentence ranks by '{by}', which natospend "
        f"does not rank the allies by. {j.explanation}",
        j.evidence,
    )


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of a pattern's matches (the one nearest the figure after it)."""
    last = None
    for last in found:  # noqa: B007
        pass
    return last


#: How far before the allies counted a verb of pressing them may stand ("has repeatedly urged all 29 member states").
_DEMAND_REACH = 30


def _asked_of(claim: Claim, own: str, j: Judgement) -> Judgement | None:
    """A count of the allies someone is pressing ('calls on the 28 NATO nations to ... spend at least 2 percent',
    'has pressured all 28 alliance members to meet the NATO commitment'): of whom it is asked, not who does it."""
    if claim.kind != "count" or not claim.value_text:
        return None
    at = claim.text.find(claim.value_text)
    if at < 0:
        return None
    lo = max(clause_bounds(claim.text, at, at + len(claim.value_text))[0], at - _DEMAND_REACH)
    asked = _last(phrase_re("falseinacc", "demands").finditer(claim.text, lo, at))
    if asked is None:
        return None
    return Judgement(
        "unverifiable",
        f"'{asked.group()} {claim.value_text}': the allies counted are those something is asked of, not those that "
        f"do it; natospend checks what allies spend. {j.explanation}",
        j.evidence,
    )


#: A share this high is of defence spending (the 20% equipment guideline), not of GDP.
_OF_SPENDING = 15.0


def _two_guidelines(claim: Claim, own: str, j: Judgement) -> Judgement | None:
    """A count against two guidelines at once ('failing to meet both the 2% and 20% equipment and weapons spending
    requirements'): the count rule checks one threshold."""
    if claim.kind != "count" or claim.threshold is None:
        return None
    other = [m for m in PERCENT_RE.finditer(own) if (v := number(m.group("num"))) and v[0] >= _OF_SPENDING]
    part = phrase_re("spending_parts", "equipment").search(own)
    if not other or claim.threshold >= _OF_SPENDING:
        return None
    named = f"{other[0].group()}" + (f" ({part.group()})" if part else "")
    return Judgement(
        "unverifiable",
        f"The count is of allies against two guidelines ({claim.threshold:g}% of GDP and {named}); natospend counts "
        f"against one. {j.explanation}",
        j.evidence,
    )


#: How far after the figure its bar's noun may come ("the 2%-of-GDP defense spending threshold").
_BAR_REACH = 40


def _bar_towards(claim: Claim, own: str, j: Judgement) -> Judgement | None:
    """A share that is the bar named by its noun, reached by no verb of fact ('increases defense spending to meet 2
    percent goal', 'bringing Hungary closer to the 2%-of-GDP ... threshold', 'reaching the current 2% target'):
    a purpose or a move towards it, which no year's level contradicts."""
    if claim.kind != "share_gdp" or claim.year_basis != "latest" or not claim.value_text:
        return None
    at = own.find(claim.value_text)
    if at < 0:
        return None
    end = at + len(claim.value_text)
    if not phrase_re("falseinacc", "bar_nouns").search(own, end, end + _BAR_REACH):
        return None
    before = own[max(0, at - _BAR_REACH) : at]
    toward = _last(phrase_re("falseinacc", "towards").finditer(before))
    if toward is None:
        return None
    return Judgement(
        "unverifiable",
        f"'{toward.group()} ... {claim.value_text}' names the bar as a purpose or a move towards it, with no year and "
        f"no statement of the level reached: no year's figure contradicts it. {j.explanation}",
        j.evidence,
    )


def _budget_moved(ds: Store, claim: Claim, own: str, as_of: date | None, j: Judgement) -> Judgement | None:
    """'Poland boosts defense budget to over 4% of GDP': a present verb moving the level to the figure, with no year,
    sets the level of the budget being decided (the year of writing or the next); read as the present is
    (`_present_reading`), which the newest year held can bear out but not contradict unless far off."""
    if claim.kind != "share_gdp" or claim.year_basis != "latest" or as_of is None or not claim.value_text:
        return None
    at = own.find(claim.value_text)
    if at < 0 or not (moved := phrase_re("falseinacc", "moves_to").search(own, 0, at)):
        return None
    if not re.search(r"\bto\s+(?:\w+\s+){0,3}$", own[moved.end() : at]):
        return None  # "raises its budget by 20% ..." is a change, not a level reached
    now = _present_reading(ds, replace(claim, year_basis="present"), as_of)
    if now.verdict == "inaccurate":
        return None
    return replace(now, explanation=f"'{moved.group()} ... to {claim.value_text}' in the present: {now.explanation}")


def _level_unsaid(claim: Claim, own: str, j: Judgement) -> Judgement | None:
    """A count of some allies by a quantifier, its level from a sentence before, in a sentence that neither names a
    level nor says anyone meets one ('a massive jump for most members of the alliance'): nothing to contradict."""
    if claim.kind != "count" or claim.value is not None or PERCENT_RE.search(own):
        return None
    if phrase_re("falseinacc", "meeting").search(own) or phrase_re("compliance", "verbs").search(own):
        return None
    return Judgement(
        "unverifiable",
        f"The sentence names no level and no verb of meeting one ({claim.threshold:g}% came from a sentence before): "
        f"cannot tell what it says of the allies it counts. {j.explanation}",
        j.evidence,
    )


def _year_of_next(claim: Claim, j: Judgement) -> Judgement | None:
    """A year stated after the claim's figure, past a word of contrast and before a figure of the same kind, is that
    figure's ('the United States tops the list at 3.42 percent ..., while in 2014 it was 3.73 percent'): the claim's
    own year is not stated."""
    if claim.year_basis != "explicit" or not claim.year_text or not claim.value_text:
        return None
    at = claim.text.find(claim.value_text)
    year_at = claim.text.find(claim.year_text, at + len(claim.value_text)) if at >= 0 else -1
    if year_at < 0:
        return None
    between = claim.text[at + len(claim.value_text) : year_at]
    if not phrase_re("falseinacc", "contrast").search(between):
        return None
    after = claim.text[year_at + len(claim.year_text) :]
    money = claim.kind == "total_spending"
    if not (
        re.search(r"[$€£]\s?\d|\d\s*(?:billion|bn|million|trillion)\b", after) if money else PERCENT_RE.search(after)
    ):
        return None
    return Judgement(
        "unverifiable",
        f"'{claim.year_text}' comes after the claim's figure and before another one, which it dates: the year of "
        f"{claim.value_text} is not stated. {j.explanation}",
        j.evidence,
    )


#: An amount this many times off every figure held for its subject and year is no reading of them: its unit was.
_UNIT_SLIP = 500.0


def _unit_slip(claim: Claim, j: Judgement) -> Judgement | None:
    """'Total defense spending by NATO members for 2024 is projected at $1.185 billion' (MIA, June 2024: 1,185
    billion, a point for a thousands separator, or "billion" for "trillion"): an amount hundreds of times off NATO's
    figure states no wrong figure that can be told from a slip of its unit or separator."""
    if claim.kind != "total_spending" or not claim.value or claim.value <= 0:
        return None
    held = [e.value for e in j.evidence if e.role == "as_of" and e.value]
    if not held or not all(max(v / claim.value, claim.value / v) >= _UNIT_SLIP for v in held):
        return None
    return Judgement(
        "unverifiable",
        f"The amount ({claim.value_text}) is hundreds of times off NATO's figure: a slip of its unit or separator "
        f"('billion' for 'trillion', '1.185' for '1,185') cannot be told from a wrong figure, so it is not judged. "
        f"{j.explanation}",
        j.evidence,
    )


# ------------------------------------------------------------------------------------------------ what `accurate` needs
def _accurate_frame(claim: Claim, as_of: date | None, j: Judgement, siblings: Sequence[Claim] = ()) -> Judgement:
    """`accurate` vouches for the whole frame of a claim, not only for its figure. The rules judge the measure, the
    value and the year against held figures; a matching figure cannot vouch for these parts, so each must be read
    from the text: who (every ally the figure is said of), whose figure (NATO's or a held source's, not the speaker's
    own government's), the modality (stated, not the expected effect of an ally's own pledge) and, for a count, a
    definite quantity (not "many", "several"), against one guideline. Where one is not determined the claim
    is `unverifiable`, saying which part, with the figure that matched."""
    # A verdict the pledge register gave (an ally's own pledge held there) rests on a held source: whose figure and
    # its modality are the register's; what a matching spending figure leaves open is read from the text.
    spent = not any(e.role == "pledge" for e in j.evidence)
    why = (
        _vague_count(claim)
        or _partial_list(claim, as_of)
        or (_national_speaker(claim, as_of) if spent else None)
        or (_own_plan_forecast(claim) if spent else None)
        or _alliance_pledge_of_ally(claim, j)
    )
    if why is not None:
        return Judgement("unverifiable", f"{why} The figure held: {j.explanation}", j.evidence, j.revised_later)
    return _two_guidelines(claim, _own_clause(claim), j) or _unread_frame(claim, as_of, j, siblings)


def _unread_frame(claim: Claim, as_of: date | None, j: Judgement, siblings: Sequence[Claim]) -> Judgement:
    """`accurate`, `inaccurate` and `outdated` vouch for the whole claim, so they need every word of its clause read
    (claims/coverage.py): a word passed over may be the one that makes a matching figure misleading ("excluding the
    US", "is expected to") or a contradicted one right ("nearly", "excluding pensions"). Not a verdict of the pledge
    register, whose reader reads the pledge's parts and checks each."""
    lo, hi = claim.own_bounds()
    if any(e.role == "pledge" for e in j.evidence):
        return _unread_pledge(claim, as_of, j, siblings, lo, hi)
    words = unread_words(claim, lo, hi, as_of, siblings)
    if not words:
        return j
    named = ", ".join(f"'{w}'" for w in words[:3]) + (" ..." if len(words) > 3 else "")
    return Judgement(
        "unverifiable",
        f"Could not read every word of the claim ({named}), so not every part of it could be checked. "
        f"The figure held: {j.explanation}",
        j.evidence,
        j.revised_later,
        tuple(words),
        j.verdict,
    )


def _unread_pledge(
    claim: Claim, as_of: date | None, j: Judgement, siblings: Sequence[Claim], lo: int, hi: int
) -> Judgement:
    """A verdict of the pledge register vouches for the pledge its frame read (who pledged what, when, in what mood)
    and no more; its clause's wording around the pledge is the pledge reader's to read. What the clause states of
    its own besides (a figure no frame holds, an ally named that is no frame's) is a claim no one checked: "At that
    time, only three alliance partners achieved the two percent target" is a count with the target as its
    yardstick, "Germany would ... move towards the NATO target" Germany's plan, not the register's pledge."""
    words = unread_content(claim, lo, hi, as_of, siblings, _alliance_levels())
    if not words:
        return j
    named = ", ".join(f"'{w}'" for w in words[:3]) + (" ..." if len(words) > 3 else "")
    return Judgement(
        "unverifiable",
        f"The clause states more than the pledge it names ({named}), which no part of the claim checks. "
        f"The pledge held: {j.explanation}",
        j.evidence,
        j.revised_later,
        tuple(words),
        j.verdict,
    )


@cache
def _alliance_levels() -> frozenset[float]:
    """The levels of the alliance's pledges in the register (2, 3.5, 1.5, 5, 20 ...): in a pledge's clause, the
    figures of its other parts and of the pledges it replaced."""
    from natospend.reference import pledges as P

    return frozenset(
        x for p in P.load_register() if p.alliance_wide for x in (p.threshold, p.threshold_max) if x is not None
    )


def _own_clause(claim: Claim) -> str:
    """The claim's span and the rest of the clause it ends in ('eight Members fall short of both the 2%' + ' and
    20% requirements')."""
    lo, hi = claim.own_bounds()
    end = max(hi, clause_bounds(claim.text, max(lo, hi - 1), hi)[1])
    cut = _CLAUSE_TURN_RE.search(claim.text, hi, end)  # "... - while Washington accounts for 68 percent": another's
    return claim.text[lo : cut.start() if cut else end]


_CLAUSE_TURN_RE = lazy(r"\s[-–—]\s|(?:while|whereas|but)|;", re.I)


#: A figure in the text (not a year): a second one may be another ally's.
_FIGURE_RE = lazy(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d+(?:[.,]\d+)?(?![\d])")
#: Kinds whose figure is one ally's (or group's) share: the parts of their frame a matching figure leaves open.
_SHARE_KINDS = ("share_gdp", "real_growth", "equipment_share")


def _vague_count(claim: Claim) -> str | None:
    """'Many countries have achieved this target': a count by a quantifier with no boundary in its word."""
    if claim.kind != "count" or claim.value is not None or not claim.vague:  # read by claims/counts.py
        return None
    return (
        f"Cannot tell how many allies '{claim.value_text or claim.vague}' is: '{claim.vague}' is no definite "
        "quantity, which no count can bear out."
    )


def _partial_list(claim: Claim, as_of: date | None) -> str | None:
    """'... the only NATO members to have already reached the required 2 percent are Greece, Britain and Estonia':
    one figure said of a list of allies, read as the figure of some of them only."""
    if claim.kind not in _SHARE_KINDS or claim.group_key or not claim.countries:
        return None
    if len(PERCENT_RE.findall(claim.text)) != 1 or len(_FIGURE_RE.findall(claim.text)) != 1:
        return None  # "Poland (4.12%), Latvia (3.15%)", "a respective 2.34, 2.10, and 2.36 percent": their own figures
    mentions = find_mentions(claim.text, as_of)
    excluded = {m.code for m in excluded_mentions(claim.text, mentions)}
    figure = PERCENT_RE.search(claim.text)
    if figure is None or any(a.start() <= figure.start() < a.end() for a in ASIDE.finditer(claim.text)):
        return None  # "The US and Germany, which spends 2.12% of GDP, disagree.": the aside's figure, its ally's
    for m in mentions:
        if m.code not in claim.countries:
            continue
        left = [c for c in coordinated(claim.text, m, mentions) if c not in claim.countries and c not in excluded]
        if left:
            return (
                f"Cannot tell who the figure is about: the sentence says it of {', '.join([*claim.countries, *left])} "
                f"together, and it was read as {', '.join(claim.countries)}'s only."
            )
    return None


def _alliance_pledge_of_ally(claim: Claim, j: Judgement) -> str | None:
    """'... falls in need of enshrining the two % aim within the German structure': a pledge named by reference,
    read as one ally's, that only the alliance's pledge matches: whose pledge it is was not read (the alliance's
    aim, or the ally's own, which the register does not hold). Dated ("the 2 percent obligation set in 2014"), it
    is the pledge the alliance made that year, whoever the sentence names."""
    if claim.kind != "pledge" or claim.modality != "reference" or claim.group_key or claim.made is not None:
        return None
    if not _alliance_wide_only(j):
        return None
    allies = [c for c in claim.countries if c != ALL_ALLIES]
    if not allies:
        return None
    ids = ", ".join(sorted({e.release_id for e in j.evidence if e.role == "pledge"}))
    return (
        f"Cannot tell whose pledge this is: the sentence ties it to {', '.join(allies)}, but only the alliance's "
        f"pledge matches ({ids}), and the register holds none of {', '.join(allies)}'s own."
    )


def _held_source_named(text: str) -> bool:
    """Whether the sentence names a source natospend holds (NATO, SIPRI, ...) or a NATO official as its speaker."""
    if any(source not in (UNHELD, "national_budget") and p.search(text) for p, source in L.ATTRIBUTION):
        return True
    if phrase_re("accurate0", "held_speakers").search(text):
        return True
    return any(any(t.country == "NATO" for t in p.person.terms) for p in find_people(text))


def _national_speaker(claim: Claim, as_of: date | None) -> str | None:
    """'Italian defence spending will come in at just 1.15 percent ... this year ..., Foreign Minister Enzo Moavero
    Milanese said', 'the 1.66% predicted by the previous Government': a figure an ally's own government states is
    its figure, on its own definitions and forecasts (docs/claims.md "Whose figure"), unless the sentence names a
    held source. Read in the figure's own clause, and in a speech tag closing the sentence after its last figure;
    only of the ally the figure is about: a speaker of another ally ("U.S. President", "Trump said Germany ...")
    states a claim natospend checks."""
    if claim.kind not in _SHARE_KINDS or len(claim.countries) != 1 or claim.group_key:
        return None
    if claim.attributed_to not in (None, UNHELD, "national_budget"):
        return None
    text, ally = claim.text, claim.countries[0]
    lo, hi = claim.own_bounds()  # text is claim.text
    figures = list(PERCENT_RE.finditer(text))
    # ", Foreign Minister ... said on Thursday" after the last figure's clause: the whole sentence's source
    comma = text.find(",", figures[-1].end()) if figures else -1
    tag = comma if comma >= 0 else len(text)
    if _held_source_named(text[lo:hi] + " " + text[tag:]):
        return None  # "According to the 2023 NATO Secretary General's report, Portugal invested around 1.48%"
    day = as_of or date.today()
    people = find_people(text)
    if any(p.person.ally(day) not in (None, ally) for p in people):
        return None  # "Trump said Germany spends 1.2%": a claim about another ally, which natospend checks
    others = [m for m in find_mentions(text, as_of) if m.code not in (None, ally, ALL_ALLIES) and not m.group_key]
    forecast = claim.modality == "forecast"

    def says(lo: int, hi: int) -> bool:
        """A verb of reckoning, or of saying a forecast, in text[lo:hi]."""
        lo, hi = max(0, lo), min(len(text), hi)
        return bool(
            phrase_re("accurate0", "reckons").search(text, lo, hi)
            or (forecast and phrase_re("accurate0", "says").search(text, lo, hi))
        )

    for who in phrase_re("accurate0", "national_speakers").finditer(text):
        if not (lo <= who.start() < hi or who.start() >= tag):
            continue
        if any(0 <= who.start() - m.end <= _NATIONALITY_REACH for m in others):
            continue  # "U.S. Defense Secretary Mattis said ...": another ally's speaker
        if says(who.start() - 40, who.end() + 60):
            return (
                f"Cannot tell that the figure is NATO's: the sentence gives it as the government's ('{who.group()}'), "
                "on national definitions and forecasts, which natospend does not hold."
            )
    for p in people:
        if p.person.ally(day) == ally and (lo <= p.start < hi or p.start >= tag) and says(p.lead - 40, p.end + 40):
            return (
                f"Cannot tell that the figure is NATO's: the sentence gives it as {p.person.name}'s, for the "
                "government, on national definitions and forecasts, which natospend does not hold."
            )
    return None


#: How far before a speaker's title the ally it serves may be named ("U.S. Defense Secretary", "Germany's finance
#: minister").
_NATIONALITY_REACH = 12


def _own_plan_forecast(claim: Claim) -> str | None:
    """'Romania pledged an increase in defense spending that is expected to bring it above 2%': a forecast of the
    effect of an ally's own pledge or plan is the plan's level, not a figure published (the register holds national
    plans it names; judged there, never by the year's estimate)."""
    if claim.kind not in _SHARE_KINDS or claim.modality != "forecast" or not claim.value_text:
        return None
    at = claim.text.find(claim.value_text)
    plan = phrase_re("accurate0", "own_plan").search(claim.text, 0, max(0, at))
    if plan is None or _held_source_named(claim.text):
        return None
    return (
        f"A forecast of what an ally's own plan will bring ('{plan.group()}' ... {claim.value_text}): not a figure "
        "NATO published, and no pledge of the register states it."
    )


#: A present-tense share more than this many times (or under 1/this of) the newest year's figure is contradicted
#: whatever the current year brought: one year's change of a share of GDP has come near it only once (Poland, 2023).
_PRESENT_RATIO = 1.5


def _far_off(value: float, held: list[float]) -> bool:
    return all(max(value, v) / min(value, v) > _PRESENT_RATIO for v in held if v > 0)


def _present_reading(ds: Store, claim: Claim, as_of: date) -> Judgement:
    """A share stated in the present with no year ("Poland is dedicating more than 4%") is the share of the year it is
    written in: judged on NATO's estimate for that year when one is held; else on the newest year held, which is
    named, and which can bear the claim out (a level kept) but not contradict it (the year may have changed it)."""
    now = judge(ds, replace(claim, year=as_of.year), as_of)
    if any(e.role == "as_of" for e in now.evidence):
        return now
    newest = judge(ds, replace(claim, year_basis="latest"), as_of)
    judged = [e.year for e in newest.evidence if e.role == "as_of" and e.year is not None]
    if newest.verdict in ("accurate", "outdated") and judged:
        # outdated: "Currently, Estonia spends 3.43%" (May 2025) is June 2024's estimate, which April 2025 revised
        return replace(newest, explanation=f"Read as {max(judged)}, the newest year held: {newest.explanation}")
    held = [e.value for e in newest.evidence if e.role == "as_of" and isinstance(e.value, (int, float)) and e.value]
    if newest.verdict == "inaccurate" and judged and held and claim.value and _far_off(claim.value, held):
        return newest  # "Currently, Canada spends 3 percent" against 1.38%: no year's change comes near it
    if newest.verdict == "inaccurate" and judged:
        return Judgement(
            "unverifiable",
            f"Stated in the present, so about {as_of.year}, for which no figure was held by {as_of.isoformat()}; the "
            f"newest figures, for {max(judged)}, do not bear it out but are for an earlier year: {newest.explanation}",
            newest.evidence,
        )
    return now


def _older_reading(ds: Store, claim: Claim, as_of: date, now: Judgement) -> Judgement | None:
    """A claim that states no year may be about an earlier year than the newest published by its date: an older
    release's headline figure ("Poland: 3.90%" in 2025 is NATO's July 2023 estimate for 2023, which June 2024
    revised). The years before the one judged are tried, newest first, until one does not contradict the claim: if
    it bears the claim out (accurate or outdated), the claim is `outdated`; if its figures cannot settle it, which year
    is meant cannot be told and the claim is `unverifiable`. None: every year contradicts it (or another measure
    matches): the verdict stands."""
    judged = [e.year for e in now.evidence if e.role == "as_of" and e.year is not None]
    if not judged:
        return None
    gap: int | None = None  # a year before the one judged of which no figure is held, though an earlier one is
    for year in range(max(judged) - 1, max(judged) - 1 - _YEARS_BACK, -1):
        old = judge(ds, replace(claim, year=year), as_of)
        held = any(e.role == "as_of" for e in old.evidence)
        if gap is None and not held and old.verdict == "unverifiable":
            gap = year
            continue
        if gap is not None and held:
            # "Canada spends 3.5%" against 1.38% and 1.39%: no year between them comes near it
            near = [e.value for e in [*now.evidence, *old.evidence] if e.role == "as_of" and e.value]
            if claim.value and near and _far_off(claim.value, near):
                return None
            return _unheld_year(claim, as_of, now, gap)
        if old.verdict == "inaccurate":
            continue
        if old.verdict in ("accurate", "outdated"):
            return Judgement(
                "outdated",
                f"No year is stated; the claim matches the figures for {year}: {old.explanation} But the newest "
                f"figures published by {as_of.isoformat()} differ: {now.explanation}",
                # Accurate for that year: its figure is the older one the claim matches; outdated: roles as they are.
                [
                    replace(e, role="older") if e.role == "as_of" and old.verdict == "accurate" else e
                    for e in old.evidence
                ]
                + now.evidence,
            )
        if old.verdict == "unverifiable" and any(e.role == "as_of" for e in old.evidence):
            # Figures for that year were out by then but do not settle it (a partial release, a gap). Without any
            # figure for it the years held have run out, and the verdict stands.
            return Judgement(
                "unverifiable",
                f"No year is stated: the newest figures contradict the claim ({now.explanation}), but those for "
                f"{year}, which it may be about, cannot settle it: {old.explanation}",
                now.evidence + old.evidence,
            )
        return None
    return None


def _unheld_year(claim: Claim, as_of: date, now: Judgement, gap: int) -> Judgement:
    """'Even after the invasion of Ukraine, the country doles out just 1.22% of GDP' (Canada, September 2023): the
    newest year contradicts it, but the year before, which it may be about, is not held (the release of its date
    printed it; natospend holds only part of it), while earlier years are: a neighbouring year cannot stand in."""
    return Judgement(
        "unverifiable",
        f"No year is stated: the newest figures contradict the claim ({now.explanation}), but it may be about {gap}, "
        f"for which natospend holds no figure published by {as_of.isoformat()}.",
        now.evidence,
    )


#: "These days only a handful of allies reach 2%": the sentence says it is about now, not an older year.
_PRESENT_RE = lazy(
    r"\b(?:now|today|these\s+days|nowadays|currently|at\s+present|presently|at\s+the\s+moment|as\s+things\s+stand|"
    r"still|remains?|already)\b",
    re.I,
)
#: How far back a claim that states no year is read: a figure restated within a few years of its release (the
#: bulletin of 2017, on 2016's figures, still online in 2019), not any year that happens to match.
_YEARS_BACK = 3


def judge(ds: Store, claim: Claim, as_of: date | None = None) -> Judgement:
    """The verdict on one claim as of a date: the rule for its kind, and the guards that cut across kinds."""
    checker = Checker(ds, as_of)
    moody = _by_mood(checker, claim, as_of)
    if moody is not None:
        return moody
    future = _projection(claim, as_of)
    if claim.undefined_group is not None:
        group = claim.undefined_group
        j = Judgement("unverifiable", f"Cannot tell which allies '{group}' covers: the group has no fixed membership.")
    elif claim.undetermined in ("year", "ally"):
        j = Judgement("unverifiable", str(claim.undetermined_why))
    elif claim.period_years:
        j = _over_period(checker, claim)
    elif future is not None:
        j = Judgement("unverifiable", future)
    elif claim.kind in ("share_gdp", "real_growth", "equipment_share"):
        j = checker.growth(claim) if claim.kind == "real_growth" else checker.numeric(claim)
        if claim.modality == "forecast" and claim.year is None and j.verdict == "inaccurate":
            # "will increase ... towards 3%" with no year: a plan, never contradicted by a past year's figure.
            j = checker.pledge(_as_pledge(claim))
            if j.verdict != "accurate" or _alliance_wide_only(j) or _STAYS_RE.search(claim.text):
                # "expects the figure to stay above 2 percent" says the level is above it now: no pledge settles that
                j = Judgement(
                    "unverifiable",
                    "A plan or forecast with no year: not judged against figures already published. " + j.explanation,
                    j.evidence,
                )
        if claim.modality == "forecast" and claim.year is None and j.verdict in ("accurate", "outdated"):
            j = _unheld_forecast_year(claim, as_of, j)
        if claim.modality == "forecast" and j.verdict == "unverifiable":
            # A plan for the current year with no NATO estimate yet: it may be a registered pledge.
            as_pledge = checker.pledge(_as_pledge(claim))
            if (
                as_pledge.verdict == "accurate"
                and not _alliance_wide_only(as_pledge)
                and not _STAYS_RE.search(claim.text)
            ):
                # an ally's own pledge for the year, not the alliance-wide one: "Berlin will meet the 2% target
                # this year" says what Germany will spend, which the Vilnius floor does not settle; but a pledge to
                # reach 2% does not bear out "Canada will fall short of the 2% target in 2025" (or "almost reach")
                short = claim.comparator in _SHORT_OF
                j = as_pledge if not short else _short_of_pledge(claim, as_pledge, j)
    elif claim.kind == "total_spending":
        j = checker.money(claim)
    elif claim.kind == "alliance_share":
        j = checker.alliance_share(claim)
    elif claim.kind == "count" and claim.metric == "share_gdp" and (claim.threshold or 0) >= _MOST_OF_GDP:
        # "Every NATO member is expected to hit the 20 percent target": no ally spends a fifth of its GDP on
        # defence; the threshold is a share of something else (the 20% guideline is for equipment)
        j = Judgement(
            "unverifiable",
            f"Cannot tell what the {claim.threshold:g}% is a share of: no ally's defence spending comes near "
            f"{claim.threshold:g}% of GDP (NATO's 20% guideline is a share of defence spending on major equipment).",
        )
    elif claim.kind == "count":
        j = checker.count(claim)
        near = _NEAR_BOUND_RE.search(claim.text)
        if near and j.verdict in ("accurate", "inaccurate"):
            # "Most members remain just above the 2% floor": a band next to the threshold, of no fixed width; the
            # count at or above the threshold does not settle how many are just above it.
            j = Judgement(
                "unverifiable",
                f"'{near.group()}' the threshold is a band of no fixed width: the count at or above it does not "
                f"settle it. {j.explanation}",
                j.evidence,
            )
    elif claim.kind == "ranking":
        j = checker.ranking(claim)
    elif claim.kind == "pledge":
        j = checker.pledge(claim)
    elif claim.kind == "growth_multiple":
        j = checker.multiple(claim)
    elif claim.kind == "common_funding":
        what = "a share of" if claim.unit == "percent" else "an amount in"
        j = Judgement(
            "unverifiable",
            f"{claim.value_text} is {what} NATO's common-funded budgets (civil budget, military budget, NSIP), "
            "not of defence spending; natospend does not hold those budgets.",
        )
    else:
        raise ValueError(f"claim kind {claim.kind!r} is not one of {', '.join(KINDS)}")
    if j.verdict == "accurate" and claim.kind == "share_gdp":
        j = _since_before_data(checker, claim, j)
    return j


def _over_period(checker: Checker, claim: Claim) -> Judgement:
    """A share said of a named period ("during the Cold War", "in the 1980s"): a statement about many years, which
    one year's figure cannot settle; said so, with where NATO's figures held for the allies start when they begin
    after the period ends."""
    (first, last), phrase = claim.period_years, claim.period_text
    why = f"'{phrase}' is a period ({first}-{last}), not one year: natospend judges one year's figure at a time."
    held = [min(ys) for c in claim.countries if (ys := checker.facts.years("nato", c, "share_gdp"))]
    if held and min(held) > last:
        why += f" NATO's figures held start in {min(held)}: none covers the period."
    return Judgement("unverifiable", why)


#: "hasn't reached 2% of GDP since 1990": a statement about every year from then on, not only the one judged.
_SINCE_RE = lazy(r"\bsince\s+(?:at\s+least\s+|the\s+early\s+|the\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def _since_before_data(checker: Checker, claim: Claim, j: Judgement) -> Judgement:
    """An `accurate` share of GDP said to hold "since 1990" rests on the years judged; when that year is before the
    first year natospend holds for the ally, the earlier years are not checked and the claim is not vouched for."""
    lo, hi = claim.own_bounds()
    since = _SINCE_RE.search(claim.text, lo, hi)
    if since is None:
        return j
    first = int(since.group("y")) + 1
    held = [min(ys) for c in claim.countries if (ys := checker.facts.years("nato", c, "share_gdp"))]
    if not held or max(held) <= first:
        return j
    return Judgement(
        "unverifiable",
        f"The claim covers every year since {since.group('y')}, but NATO's figures held start in {max(held)}: the "
        f"years before are not checked. {j.explanation}",
        j.evidence,
    )


#: Comparators of a level below the figure: a forecast of them is never the pledge to reach it.
_SHORT_OF = frozenset({"lt", "le", "nearly"})


def _short_of_pledge(claim: Claim, pledge: Judgement, j: Judgement) -> Judgement:
    """A forecast of falling short of a level the ally has pledged: the register holds the pledge, not the forecast."""
    ids = ", ".join(sorted({e.release_id for e in pledge.evidence if e.role == "pledge"}))
    return Judgement(
        "unverifiable",
        f"A forecast of falling short of {claim.value_text}: the register's pledge to reach it ({ids}) does not "
        f"bear out a forecast of missing it. {j.explanation}",
        j.evidence + [e for e in pledge.evidence if e.role == "pledge"],
    )


def _unheld_forecast_year(claim: Claim, as_of: date | None, j: Judgement) -> Judgement:
    """A forecast with no year ('Germany will fall short of the 2% target', 'Italy is set to miss the 2% goal') is
    about the year of writing or a later one: NATO's estimate for the year of writing decides it when held, but a
    figure for an earlier year, the newest when NATO's estimate was not yet out, bears out no forecast."""
    today = as_of.year if as_of else date.today().year
    judged = [e.year for e in j.evidence if e.role == "as_of" and e.year is not None]
    ahead = [y.year for y in find_years(claim.text) if y.year > today and y.role in ("deadline", "data", "fiscal")]
    if judged and ahead:
        # "projected to reach only 1.58% of GDP by 2029-30, falling short of the 2% commitment": the forecast with
        # no year of its own is about the year its sentence looks to, not the year of writing
        return Judgement(
            "unverifiable",
            f"A forecast in a sentence about {max(ahead)}: not judged against the figure for {max(judged)}. "
            f"{j.explanation}",
            j.evidence,
        )
    figure = _figure(claim)
    if not judged or max(judged) >= today or figure is None or figure[3].kind != "forecast":
        return j  # 'was estimated to spend 3.2%' (no forecast mood) reports the newest estimate
    return Judgement(
        "unverifiable",
        f"A forecast with no year ('{figure[3].cue}'): about {today} or later, and NATO had published no estimate "
        f"for {today} by the claim's date; the figure for {max(judged)} cannot settle it. {j.explanation}",
        j.evidence,
    )


def _alliance_wide_only(j: Judgement) -> bool:
    """Whether every pledge a verdict rests on binds the whole alliance (none is an ally's own)."""
    pledges = [e for e in j.evidence if e.role == "pledge"]
    return bool(pledges) and all(e.country == "all allies" for e in pledges)


_STAYS_RE = lazy(
    r"\b(?:stay|stays|remain|remains|keep|keeps|continue|continues)\s+(?:to\s+\w+\s+)?(?:above|over|at)\b", re.I
)
_PROJECTION_RE = lazy(r"\b(slated|projected|projection|forecast|hopes?|expects?|on track|set to)\b", re.I)


#: "Poland, which will spend 5% next year, is the biggest spender": a relative clause's verb governs that clause only.
_RELATIVE_CLAUSE_RE = lazy(r",\s*(?:which|who)\b[^,;]*,", re.I)


def _rank_mood(claim: Claim) -> M.Mood | None:
    """The mood of the verb group that governs the claim's first place in its span (rankings have no figure for
    `_figure`); None when the place is stated as fact or the cue sits in a relative clause closed before it."""
    lo, hi = claim.own_bounds()
    at = rank_at(claim.text[lo:hi])
    if at is None:
        return None
    mood = M.clause_mood(claim.text, lo + at, lo + at + 1)
    if mood is None:
        return None
    closed = any(r.start() < mood.at < r.end() <= lo + at for r in _RELATIVE_CLAUSE_RE.finditer(claim.text))
    return None if closed else mood


def _projection(claim: Claim, as_of: date | None) -> str | None:
    """Why a count, ranking or figure cannot be judged as published fact: it is about a year after the claim's
    date, or it is a projection of who will reach a threshold; None when it can be."""
    if claim.kind in ("pledge", "total_spending"):
        return None
    today = as_of.year if as_of else date.today().year
    if claim.year is not None and claim.year > today:
        return (
            f"About {claim.year}, after the claim's date: a projection or plan, not a published figure "
            "(natospend checks what NATO had published; see the pledge register for commitments)."
        )
    # Per kind: a ranking with a projection word is never judged; a count is, when it is a forecast for a year (the
    # count rule judges it against NATO's projection for that year, rules/counts.py), unless a projection word of
    # another kind tells it ("are slated to be the last to reach the threshold").
    unheld = claim.rank_field in ("world", "beyond_nato") or claim.rank_measures == ["per_capita"]
    if claim.kind == "ranking" and _PROJECTION_RE.search(claim.text) and not unheld:
        # (a rank natospend cannot hold at all says so instead: "many would expect Russia ... Norway topped the list
        # at $1,147 per capita")
        return "A projection of who will spend what, not a published figure; natospend cannot check forecasts."
    mood = _rank_mood(claim) if claim.kind == "ranking" and not unheld else None
    if mood is not None and not (mood.kind == "forecast" and claim.year is not None):
        # (a forecast for a year of its own is judged on NATO's estimates for it, as shares are: "Poland will
        # allocate 4.12 percent of its GDP to defense this year, the highest share among NATO members")
        # "Poland could become the biggest spender", "If it meets its plan, Poland will be the biggest spender": a
        # place supposed, planned or to come, which no published figure settles (a rank stated as fact is judged)
        return (
            f"{_MOOD_NAMES.get(mood.kind, 'a ' + mood.kind).capitalize()} ('{mood.cue}'): a place to come or "
            "supposed, not one held by a published figure; natospend checks what NATO had published."
        )
    if (
        claim.kind == "count"
        and _PROJECTION_RE.search(claim.text)
        and not (claim.modality == "forecast" and claim.year is not None)
    ):
        return "A projection of who will spend what, not a published figure; natospend cannot check forecasts."
    if claim.year is None and L.FUTURE_RE.search(claim.text):
        # "By 2024, 15 member states will spend over 2%": a forecast for a year no release had covered yet.
        # Only the figure's own clause: "met the 2% target ..., but it will be used up in 2027" is no forecast.
        at = claim.text.find(claim.value_text) if claim.value_text else -1
        own = claim.text if at < 0 else claim.text[slice(*clause_bounds(claim.text, at, at + len(claim.value_text)))]
        if at >= 0 and claim.value_text in own:
            # "from its current 2.3% share of the economy to 2.5% in 2027": a year past the next figure is that one's
            cut = own.find(claim.value_text) + len(claim.value_text)
            following = PERCENT_RE.search(own, cut)
            own = own[: following.start()] if following else own
        ahead = [y.year for y in find_years(own) if y.role in ("deadline", "data") and y.year > today]
        if ahead:
            return (
                f"A forecast for {max(ahead)}, after the claim's date: not judged against figures already published, "
                "and no NATO estimate for that year had been published."
            )
    return None


_MOOD_NAMES = {
    "conditional": "a condition",
    "proposal": "a proposal or demand",
    "plan": "a plan or aim",
    "obligation": "an obligation",
    "hypothetical": "a hypothesis",
    "forecast": "a forecast",
}


_EVERY_RE = lazy(r"\b(?:all|every|each)\b", re.I)
_ALLIES_RE = lazy(r"\b(?:all|every|each|members|countries|allies|nations|states)\b", re.I)


def _figure(claim: Claim) -> tuple[int, int, float | None, M.Mood] | None:
    """Where the claim's share figure is in its text, its value and the mood that governs it: the value of a share;
    for a count, the first percentage of its clause that a mood governs ('All 32 member states committed to raising
    outlays from the longstanding 2% of GDP to 5% by 2035': the 5%). None: no mood governs it."""
    lo, hi = claim.own_bounds()
    spans: list[tuple[int, int, float | None]] = []
    if claim.kind in ("share_gdp", "total_spending") and claim.value_text:
        at = claim.text.find(claim.value_text, max(0, lo))
        spans = [(at, at + len(claim.value_text), claim.value)] if at >= 0 else []
    elif claim.kind == "count" and claim.threshold is not None:
        for m in PERCENT_RE.finditer(claim.text, max(0, lo), hi):
            read = number(m.group("num"))
            spans.append((m.start(), m.end(), read[0] if read else claim.threshold))
    for start, end, value in spans:
        mood = M.clause_mood(claim.text, start, end)
        if mood is not None:
            return start, end, value, mood
    return None


#: How far after a share its deadline may come ("2 percent of the GDP by 2020").
_DEADLINE_REACH = 40


def _deadline_figure(claim: Claim, today: int) -> tuple[int, int, float | None, M.Mood] | None:
    """A share of GDP 'by' a year after the claim's date, in its own clause, with no verb of plan or forecast ('...
    agreed to gradually increase defence spending so that it reaches 2 percent of the GDP by 2020', said in 2016):
    a level for a year still to come is a plan's target, whatever its verb; None for any other share."""
    if claim.kind != "share_gdp" or not claim.value_text:
        return None
    lo = claim.span_start - claim.start if claim.span_start is not None else 0
    start = claim.text.find(claim.value_text, max(0, lo))
    if start < 0:
        return None
    end = start + len(claim.value_text)
    hi = min(clause_bounds(claim.text, start, end)[1], end + _DEADLINE_REACH)
    if PERCENT_RE.search(claim.text, end, hi):
        return None  # "2% by 2024 and 2.5% by 2030": the year is the next figure's
    for y in find_years(claim.text[end:hi]):
        if y.role == "deadline" and y.year > today:
            cue = " ".join(claim.text[end : end + y.end].split()[-2:])  # "by 2020"
            return start, end, claim.value, M.Mood("plan", cue, end)
    return None


def _by_mood(checker: Checker, claim: Claim, as_of: date | None) -> Judgement | None:
    """A share (or the threshold of a count) governed by a verb group that does not state a fact: a proposal,
    demand or condition is no spending claim; a plan, aim, obligation or possibility is judged against the pledge
    register (true only of a pledge held there: an ally's own for an ally, the alliance's for all allies), and so is
    a forecast for a year after the claim's date (else unverifiable). A forecast for the current year or an earlier
    one is left to the rules, which judge it against NATO's estimates for that year. None: the claim states a fact."""
    if claim.kind not in ("share_gdp", "count", "total_spending") or claim.modality not in (None, "forecast"):
        return None
    today = as_of.year if as_of else date.today().year
    figure = _figure(claim) or _deadline_figure(claim, today)
    if figure is None:
        return None
    start, end, value, mood = figure
    shown = f"'{claim.text[start:end]}'"
    if claim.kind == "total_spending":
        # "Should the economy not grow, then 2.5% would be reflected by a £64bn budget": an amount supposed or asked
        # for, not one spent; a plan or forecast of an amount is the money rules' (a planned amount is named so)
        if mood.kind not in ("conditional", "hypothetical", "proposal") or claim.attributed_to is not None:
            return None  # a source's figure is judged as that source's (judge.unheld_source, rules/money.py)
        return Judgement(
            "unverifiable",
            f"{_MOOD_NAMES.get(mood.kind, 'A ' + mood.kind).capitalize()} ('{mood.cue}' ... {shown}): an amount "
            "supposed or asked for, not one published as spent.",
        )
    # A count asserts who meets a threshold, whoever proposed it ("called for 5%, a threshold no ally meets"), unless
    # the allies counted are inside the proposal ("demanded that all NATO countries spend 5%"); and only an
    # obligation or plan of every ally ("all NATO countries must meet the 2% target") is the alliance's pledge.
    governed = claim.text[mood.at : start] if mood.at < start else ""
    alliance = bool(
        claim.kind == "count"
        and mood.kind in ("obligation", "plan")
        and not claim.bounds
        and (
            (claim.value is None and _EVERY_RE.search(claim.text[:start]))
            # "the 32 countries comprising NATO had agreed on a statement ..., setting a goal of 5%": every ally
            or claim.value == len(countries.members(today))
        )
    )
    if claim.kind == "count" and not alliance and not (mood.kind == "proposal" and _ALLIES_RE.search(governed)):
        return None
    if mood.kind == "conditional":
        return Judgement(
            "unverifiable",
            f"A condition ('{mood.cue}' ... {shown}): it supposes a level, it does not state one anyone spends or "
            "has pledged.",
        )
    if mood.kind == "question":
        return Judgement("unverifiable", f"A question ('{mood.cue}' ... {shown}): it asks, it states no level.")
    if mood.kind == "proposal":
        return Judgement(
            "unverifiable",
            f"A proposal or demand ('{mood.cue}' {shown}): what someone asks for, not what any ally spends or has "
            "pledged.",
        )
    if mood.kind == "forecast" and (claim.year is None or claim.year <= today):
        return None  # NATO's estimate for the year, if one was out, decides (rules/numeric.py, rules/counts.py)
    # The negation of the mood's own verb group: a few words before its cue, up to the figure.
    lo = max(clause_bounds(claim.text, start, end)[0], mood.at - 25)
    denied = L.NEGATION_RE.search(M.without_compliance_negation(claim.text[lo:start]))
    if denied:
        # "Spain would not be obligated to reach the 5% goal", "does not plan to spend 2%": the plan is denied
        return Judgement(
            "unverifiable",
            f"{_MOOD_NAMES[mood.kind].capitalize()} ('{mood.cue}' {shown}) that the sentence denies "
            f"('{denied.group()}'): natospend does not check negations; the register records pledges made.",
        )
    deadline, deadline_text = deadline_of(claim.text, start, end)
    if deadline is None and claim.year is not None and claim.year > today:
        deadline, deadline_text = claim.year, claim.year_text
    # "NATO leaders decided in 2011 that all allies should spend 2%": the year the pledge was made, when named
    made = M.made_year(claim.text, M.announced_years(claim.text, find_years(claim.text)), as_of, start)
    pledge = replace(
        claim,
        kind="pledge",
        countries=[ALL_ALLIES] if alliance else claim.countries,
        threshold=value,
        value=value,
        deadline=deadline,
        deadline_text=deadline_text,
        modality="commitment",
        comparator="eq",
        made=made[0] if made else claim.made,
    )
    j = checker.pledge(pledge)
    what = _MOOD_NAMES[mood.kind]
    if j.verdict == "accurate" and (alliance or not _alliance_wide_only(j)):
        return Judgement(j.verdict, f"{what.capitalize()} ('{mood.cue}' {shown}): {j.explanation}", j.evidence)
    return Judgement(
        "unverifiable",
        f"{what.capitalize()} ('{mood.cue}' {shown}), not a statement of what is spent: judged against the pledge "
        f"register, not published figures. {j.explanation}",
        j.evidence,
    )


def _span(claim: Claim) -> Span:
    if claim.span_start is None or claim.span_end is None:
        return Span(claim.start, claim.end, claim.text)
    lo, hi = claim.span_start - claim.start, claim.span_end - claim.start
    return Span(claim.span_start, claim.span_end, claim.text[lo:hi])


#: A wire dateline that dates the story ("WARSAW, Aug 29, 2025 (BSS/AFP) - ", "Brussels, Aug. 28, 2025 (Lusa) -"):
#: its year is the article's, not one its figures are for.
_DATELINE_RE = lazy(
    rf"(?m)^[ \t]*[A-Z][\w .'-]{{1,40}},[ \t]+(?:{L.MONTHS})\.?[ \t]+\d{{1,2}},[ \t]+(?P<date>(?:19|20)\d\d)"
    r"(?=[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:-|–|—|--))"
)


def _undated(text: str) -> str:
    """`text` with the year of a dateline blanked (same length, so every offset stands)."""
    return _DATELINE_RE.sub(lambda m: m.group()[: m.start("date") - m.start()] + " " * 4, text)


def check_text(ds: Store, text: str | bytes, as_of: date | str | None = None) -> list[ClaimResult]:
    """Every checkable statement in `text` (a sentence or an article, plain text or HTML) with its verdict."""
    cutoff = parse_date(as_of) if not isinstance(as_of, date) else as_of
    cleaned = clean_text(text)
    undated = _undated(cleaned)
    claims = extract(undated, cutoff)
    if undated != cleaned:  # the claims show the text as written
        claims = [replace(c, text=cleaned[c.start : c.end]) for c in claims]
    # A figure takes the source a sentence before it in its paragraph named, or one a later sentence names for it
    # (claims/sourcing.py).
    sources = SentenceSources(cleaned)
    claims = carry_attribution(cleaned, carry_forward(cleaned, claims, sources), cutoff, sources)
    claims = claims[:MAX_CLAIMS]
    results = [check_claim(ds, c, cutoff, siblings) for c, siblings in zip(claims, _siblings(claims), strict=True)]
    return _other_tables(_parts_of_proposals(results, cutoff), cleaned, cutoff)


def _siblings(claims: list[Claim]) -> list[list[Claim]]:
    """For each claim, the other claims read from text that overlaps its sentence (a table row's cells included)."""
    order = sorted(range(len(claims)), key=lambda i: claims[i].start)
    out: list[list[Claim]] = [[] for _ in claims]
    for n, i in enumerate(order):
        for j in order[n + 1 :]:
            if claims[j].start >= claims[i].end:
                break
            out[i].append(claims[j])
            out[j].append(claims[i])
    return out


#: Kinds whose figure is one ally's entry in a table of countries.
_TABLE_KINDS = frozenset({"share_gdp", "ranking", "equipment_share"})


def _other_tables(results: list[ClaimResult], text: str, as_of: date | None) -> list[ClaimResult]:
    """Whose figure, across a paragraph: an ally's figure in a paragraph that also gives a figure for a country that
    is no ally (Cyprus, Ireland, Serbia, Russia) is an entry of another source's table (Eurostat's COFOG, SIPRI's, a
    think tank's), not NATO's, which prints no such country: NATO's figure cannot show it wrong or out of date. Only
    contradicted figures are asked (the question is paragraph-wide, so it is not asked of every claim); a figure
    attributed to a source keeps that source's verdict."""
    found: dict[int, str | None] = {}  # a paragraph's start -> the non-ally whose figure it gives
    out = []
    for r in results:
        if r.verdict in ("inaccurate", "outdated") and r.kind in _TABLE_KINDS and not r.fields.get("attributed_to"):
            para = text.rfind("\n", 0, r.start) + 1
            if para not in found:
                found[para] = non_ally_figure(text, r.start, as_of)
            if (name := found[para]) is not None:
                r = replace(
                    r,
                    verdict="unverifiable",
                    explanation=f"Its paragraph also gives a figure for {name}, which is no NATO ally and for which "
                    "NATO publishes no figure: the figures come from another source's table (Eurostat's, SIPRI's or "
                    "a national one), on its own definitions, and NATO's figure cannot settle them. The figure "
                    f"held: {r.explanation}",
                    figures_verdict=r.verdict,
                )
        out.append(r)
    return out


#: The parts of the Hague pledge (core defence, related spending), as the pledge frames name them.
_PART_METRICS = frozenset({"core", "related"})


def _parts_of_proposals(results: list[ClaimResult], as_of: date | None) -> list[ClaimResult]:
    """The modality part of what `accurate` needs, across a sentence: a part of a pledge ("alongside a commitment to
    spend at least 3.5% of GDP on traditional defence") after its whole stated as a proposal in the same sentence
    ("The proposed NATO 5% target will be split into two categories: ...") is a part of the proposal, not a
    commitment the register settles, unless its own words name who made it."""
    proposals = {
        r.start: r.span.end
        for r in results
        if r.kind == "pledge" and r.fields.get("modality") == "proposal" and r.span is not None
    }
    if not proposals:
        return results
    out = []
    for r in results:
        whole_end = proposals.get(r.start)
        if (
            r.verdict == "accurate"
            and r.kind == "pledge"
            and r.fields.get("metric") in _PART_METRICS
            and whole_end is not None
            and r.span is not None
            and whole_end <= r.span.start
            and not [m for m in find_mentions(r.span.text, as_of) if m.code not in (None, ALL_ALLIES)]
        ):
            r = replace(
                r,
                verdict="unverifiable",
                explanation="A part of the proposal the sentence names before it: the modality is the proposal's, "
                f"not a commitment's. The figure held: {r.explanation}",
            )
        out.append(r)
    return out
