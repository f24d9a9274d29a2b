"""Verdicts on pledges, against the pledge register (reference/pledges.py): who pledged what, by when, and
whether it was still in force on the claim's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from natospend.claims import lexicon as L
from natospend.claims import modality as M
from natospend.claims.clauses import clause_bounds
from natospend.claims.counts import counted_subject_re
from natospend.claims.facts import Evidence, country_name, matches
from natospend.claims.frame import ALL_ALLIES, Claim
from natospend.claims.judge import CheckerBase, Judgement, combine
from natospend.claims.metonymy import find_people
from natospend.claims.patterns import lazy
from natospend.claims.pledges import LEVELLESS, MEMBERSHIP_RE
from natospend.claims.quantities import PERCENT_RE
from natospend.claims.vocab import phrase_alternation, phrase_re, vocab
from natospend.formatting import published as fmt

_TREATY_RE = lazy(
    r"\b(?:under|in|by)\s+(?:the\s+)?(?:terms\s+of\s+the\s+)?(?:NATO\s+|North Atlantic\s+)?treaty\b", re.I
)


# The ally's own aim ("with the goal of reaching", "aims to"), as opposed to "the new goal is 5%" (the alliance's).
_OWN_AIM_RE = lazy(
    r"\b(?:goal|aim|ambition|intention|plan)\s+of\s+\w+ing\b|\baim(?:s|ed|ing)?\s+to\b|\bintends?\s+to\b"
    r"|\bplans?\s+to\b|\bplanned\s+to\b"
    # "said it would raise its defence spending to 2 percent ... next year": the ally's own plan
    r"|\b(?:would|will)\s+(?:raise|increase|lift|boost|bring|take|reach|meet|hit|achieve|spend)\b",
    re.I,
)


#: "first set back in 2014", "originally agreed in 2014", "set for the first time in 2014": the claim dates the
#: figure's first pledge, not merely a pledge of it.
_FIRST_MADE_RE = lazy(
    r"\b(?:first|originally|initially)\s+(?:\w+\s+){0,2}?(?:set|agreed|adopted|introduced|established|made|"
    r"announced|pledged|committed|endorsed|approved)\b|\b(?:set|agreed|adopted|introduced|established|made|announced)"
    r"\s+(?:\w+\s+){0,2}?for\s+the\s+first\s+time\b",
    re.I,
)
_DUE_TEXT_RE = lazy(r"(?:by|before|until|no\s+later\s+than)\b", re.I)
_CLAUSE_END_RE = lazy(r"[;.]|,\s*(?:and|but|while|whereas|although)\b|\s[—–]\s", re.I)


# The force a pledge is stated to have: a condition of membership or a legal obligation (claims/pledges.py
# MEMBERSHIP_RE; no NATO spending pledge is either), denied ("is not legally binding": nothing to check), or a part the
# register does not decide ("with no requirement to meet it within any specific amount of time").
_FORCE_DENIED_RE = lazy(
    r"\b(?:not|no|never|nor|rather\s+than|instead\s+of|neither)\b[^.;]{0,25}$|n['’]t\s+(?:\w+\s+)?$", re.I
)
_NO_DEADLINE_RE = lazy(
    r"\bno\s+(?:requirement|obligation|need)\s+to\s+(?:meet|reach|hit|achieve)\s+it\s+(?:within|by)\b"
    r"|\b(?:no|without\s+(?:a|any))\s+(?:fixed\s+|set\s+|specific\s+)?(?:deadline|timeline|time\s?frame|date)\b",
    re.I,
)


# A pledge named as past by the word before its noun, the claim's figure being that noun's ("the alliance's former
# military spending goal of two percent", "the previous 2% guideline"; not "5% ..., doubling the previous benchmark").
_PAST = r"\b(?:previous|former|old|original|earlier)\s+"
_PAST_NOUN = r"(?:target|goal|guideline|benchmark|commitment|pledge|minimum|threshold|floor)s?"
_PAST_BEFORE_RE = lazy(rf"{_PAST}(?:[\w’'-]+\s+){{0,3}}?{_PAST_NOUN}\s+of\s+(?:[\w-]+\s+){{0,2}}$|{_PAST}$", re.I)
_NOUN_AFTER_RE = lazy(rf"\s*(?:of\s+GDP\s+)?(?:[\w-]+\s+){{0,3}}?{_PAST_NOUN}\b", re.I)


def _named_past(claim: Claim) -> bool:
    """Whether the claim's figure is named as a past pledge's (_PAST_BEFORE_RE)."""
    lo = max(0, (claim.span_start - claim.start) if claim.span_start is not None else 0)
    at = claim.text.find(claim.value_text, lo) if claim.value_text else -1
    if at < 0:
        return False
    m = _PAST_BEFORE_RE.search(claim.text[max(0, at - 60) : at])
    return m is not None and (" of" in m.group() or bool(_NOUN_AFTER_RE.match(claim.text, at + len(claim.value_text))))


_DECADES_RE = lazy(r"\b(?:for|over)\s+(?:several\s+|many\s+|two\s+)?decades\b|\bdecades[\s-]old\b", re.I)


def _force(claim: Claim) -> tuple[str, str] | None:
    """The force the claim's own clause gives the pledge, with its verdict: ('technical requirement for membership',
    'inaccurate') or ('no requirement to meet it within', 'unverifiable'); None when it states none, or denies one."""
    lo = (claim.span_start - claim.start) if claim.span_start is not None else 0
    hi = (claim.span_end - claim.start) if claim.span_end is not None else len(claim.text)
    clause = claim.text[max(0, lo) : hi]
    m = MEMBERSHIP_RE.search(clause)
    if m is not None and not _FORCE_DENIED_RE.search(clause[max(0, m.start() - 40) : m.start()]):
        return m.group(), "inaccurate"
    late = _NO_DEADLINE_RE.search(clause)
    return (late.group(), "unverifiable") if late is not None else None


def _misdated(claim: Claim) -> bool:
    """Whether a claim states an agreement as made, with a deadline in the figure's own clause ('NATO members
    agreed to spend 2% of GDP per year on defence by 2022'), not a prospect, a proposal or a year further off."""
    if claim.modality != "commitment" or claim.deadline is None or not claim.deadline_text:
        return False
    if not _DUE_TEXT_RE.match(claim.deadline_text):
        return False
    lo = claim.span_start - claim.start if claim.span_start is not None else 0
    at = claim.text.find(claim.value_text, lo) if claim.value_text else -1
    if at < 0:
        return False
    due = claim.text.find(claim.deadline_text, at)
    return bool(
        0 <= due - at < 90
        and not _CLAUSE_END_RE.search(claim.text[at:due])
        and M.states_past_agreement(claim.text[lo:at])
    )


def _refusal(claim: Claim) -> str | None:
    """A verb turning the pledge down, in its clause before its figure ("Spain refused to sign up to the 5% target")."""
    lo = (claim.span_start - claim.start) if claim.span_start is not None else 0
    at = claim.text.find(claim.value_text, max(0, lo)) if claim.value_text else -1
    if at < 0:
        return None
    found = [
        m
        for m in phrase_re("modality", "refusals").finditer(claim.text, max(0, lo), at)
        # "reverse the trend of declining defence budgets": a participle naming a thing, not a verb turning it down
        if not (m.group().lower().endswith("ing") and _ATTRIBUTIVE_BEFORE.search(claim.text, 0, m.start()))
    ]
    return found[-1].group() if found else None


_ATTRIBUTIVE_BEFORE = lazy(r"\b(?:of|the|a|an|its|their)\s+$", re.I)


def _shortfall_prospect(claim: Claim) -> str | None:
    """The cue of a prospect of falling short of the pledged figure, before it in its clause ('Germany could again
    miss its target of 2% next year', 'risks missing its 2% target'): a forecast of the ally's spending, which the
    pledge register cannot settle; None when the figure is not one the subject falls short of, or when the sentence
    dates the pledge itself ('would still fall short of the 2 percent threshold agreed by NATO members in 2014')."""
    if claim.comparator != "lt" or not claim.value_text or claim.made is not None:
        return None
    lo = max(0, (claim.span_start - claim.start) if claim.span_start is not None else 0)
    at = claim.text.find(claim.value_text, lo)
    if at < 0:
        return None
    head, tail = clause_bounds(claim.text, at, at + len(claim.value_text))
    described = L.COMMIT_VERB_RE.search(claim.text, at + len(claim.value_text), tail)
    if described and "," not in claim.text[at : described.start()]:
        return None  # "... the 2 percent threshold agreed by NATO members": the pledge described, not forecast
    found = list(phrase_re("shortfall_prospect", "cues").finditer(claim.text, min(lo, head), at))
    return found[-1].group() if found else None


#: A person as the one who commits: a title (vocab.toml [pledge_agent]), or a capitalised name right before the verb
#: ("Sanchez agreed"); the words that make the one who commits the alliance ("NATO leaders agreed").
_PERSON_AGENT_RE = lazy(
    rf"(?:\b(?:{phrase_alternation(vocab()['pledge_agent']['titles'])})\b[^,;]*"
    r"|\b(?!(?:The|This|That|These|Those|A|An|Its|Their|Our)\b)[A-Z][a-zé’'-]+(?:\s+(?:de|van|von|[A-Z][a-zé’'-]+))*\s*)$"
)


def _agent_head(claim: Claim) -> str | None:
    """The words before the verb of committing, in the figure's clause ('Prime Minister Alexandre de Croo' in '...
    reaffirmed the commitment to the 2 percent target'), unless they name the alliance; None when there is no such
    verb."""
    lo = (claim.span_start - claim.start) if claim.span_start is not None else 0
    at = claim.text.find(claim.value_text, max(0, lo)) if claim.value_text else -1
    if at < 0:
        return None
    verb = phrase_re("pledge_agent", "verbs").search(claim.text, max(0, lo), at)
    if verb is None:
        return None
    head = re.split(r"[,;:(]|\bthat\b", claim.text[max(0, lo) : verb.start()])[-1].strip()
    return None if not head or phrase_re("pledge_agent", "alliance").search(head) else head


def _person_agent(claim: Claim) -> str | None:
    """The person who made a pledge the frame gives to no ally ('Sanchez agreed in April to ... meet NATO's target of
    2%'): the words before the verb of committing name a person and nothing of the alliance; None otherwise."""
    head = _agent_head(claim)
    person = _PERSON_AGENT_RE.search(head) if head else None
    return person.group().strip() if person and person.start() == 0 else None


def _leader_agent(claim: Claim) -> str | None:
    """A leader of people.csv who made the pledge and stands for the claim's ally ('Prime Minister Mark Rutte
    reaffirmed the commitment to the 2 percent target', 2023: the Netherlands). What a leader commits to is the ally's
    own pledge, which the alliance-wide pledge covering the ally does not settle."""
    head = _agent_head(claim)
    return head if head and find_people(head) else None


_ASSESSMENT_RE = lazy(r"\b(?:on|off)\s+(?:track|course)\s+(?:to|for)\b", re.I)


def _assessment(claim: Claim) -> str | None:
    """'Canada is on track to reach 2% of GDP by 2032', 'allies are on course to meet the target': a judgement of
    progress (a projection), not a commitment the register could bear out."""
    at = claim.text.find(claim.value_text) if claim.value_text else -1
    if at < 0:
        return None
    found = _ASSESSMENT_RE.search(claim.text, max(0, at - 80), at)
    if found is None or _PLEDGE_NAMED_RE.search(claim.text, found.end(), at + len(claim.value_text) + 30):
        return None  # "on track to meet its commitment to spend 2% by 2032", "... to meet 2% spending target": named
    return found.group()


# The pledge named by its noun between an assessment and its figure, or just after the figure.
_PLEDGE_NAMED_RE = lazy(
    r"\b(?:commitments?|pledges?|promises?|targets?|goals?|guidelines?|benchmarks?|obligations?|requirements?)\b",
    re.I,
)


def _own_commitment(claim: Claim) -> str | None:
    """Why a pledge about one ally is the ally's own, not the alliance's that covers it: a leader made it
    ('Prime Minister Mark Rutte reaffirmed the commitment to the 2 percent target', 2023), or the ally's plan governs
    the figure ('Denmark announced plans to boost spending to 2.4% this year, ... and 2% from next year'). None:
    the alliance-wide pledge may settle it."""
    leader = _leader_agent(claim)
    if leader is not None:
        return f"'{leader}' made this commitment for their ally"
    at = claim.text.find(claim.value_text) if claim.value_text else -1
    mood = M.clause_mood(claim.text, at, at + len(claim.value_text)) if at >= 0 else None
    near = claim.text[max(0, at - 15) : at + len(claim.value_text) + 20] if at >= 0 else ""
    if (
        mood is not None
        and mood.kind == "plan"
        and not phrase_re("clause_mood", "predicate_nouns").search(near)
        and not M.at_summit(mood, claim.made)
    ):
        return f"The ally's own plan ('{mood.cue}')"  # not "committed to the 5% target": the alliance's target
    if mood is not None and mood.kind == "hypothetical":
        # "Hungary could increase defence spending to NATO's target of 2 percent ... by 2024" (Reuters, 2017)
        return f"What the ally could do ('{mood.cue}')"
    if mood is not None and mood.kind == "forecast" and claim.modality in (None, "reference"):
        # "Germany will finally meet the two percent target ... next year": a forecast of the ally's spending that
        # names the alliance's target, not a pledge the ally made
        return f"A forecast of what the ally will do ('{mood.cue}')"
    return None


_PART_OF_RE = lazy(r",?\s+(?:with|and|plus)\s+(?:[\w-]+\s+){1,3}?of\s+(?:that|this|it)\b", re.I)


def _own_words_after(claim: Claim) -> str:
    """The claim's figure and the words right after it, up to a part of it ('2% of their GDP on defense, and 20% of
    that on new equipment', 'two per cent of GDP ..., with one-fifth of that going to equipment': the equipment is
    the part's, not the 2%'s)."""
    at = claim.text.find(claim.value_text)
    after = claim.text[at:][:80] if at >= 0 else claim.text[-1:]
    following = [
        m.start()
        for m in (PERCENT_RE.search(after, len(claim.value_text)), _PART_OF_RE.search(after, len(claim.value_text)))
        if m
    ]
    return after[: min(following)] if following else after


#: What each [gate] frame makes of a pledged figure, and where in its clause it is looked for.
_FRAMES = (
    ("readiness", "before", "an offer of readiness"),
    ("seeking", "before", "an aim sought"),
    ("necessity", "before", "a call"),
    ("scenario", "clause", "a scenario"),
    ("conditional_after", "after", "a conditional offer"),
    ("pushed_after", "after", "a demand being pushed"),
)
_UNFIRM_MOODS = {
    "conditional": "a condition",
    "hypothetical": "a possibility",
    "proposal": "a proposal or demand",
    "question": "a question",
}
_QUOTES_RE = lazy(r"[“”\"]")
#: A target named as what is to be met: "will meet the two per cent target", "expected to be at 2 percent".
_MEETING_BEFORE_RE = lazy(
    r"\b(?:meet|meets|meeting|reach|reaches|reaching|hit|hits|hitting|achieve|achieving|be\s+at)\s+"
    r"(?:the\s+|its\s+|their\s+|(?:NATO|Nato)['’]s\s+)?(?:[\w-]+\s+){0,3}"
    # "expected to achieve military spending equal to two percent of GDP" (novinite.com, 27 June 2022)
    r"(?:(?:defen[cs]e\s+|military\s+)?spending\s+(?:equal\s+to|of|at)\s+)?$",
    re.I,
)
#: The start of a definite noun phrase right before a pledged figure: "the 2% benchmark", "NATO's 2% target".
_DEFINITE_BEFORE_RE = lazy(r"\b(?:the|its|their|our|this|that|[A-Z][\w.]*['’]s)\s+(?:[\w-]+\s+){0,2}$")


def _stated_as_made(claim: Claim, head: int, at: int, tail: int, end: int) -> bool:
    """Whether the sentence dates the pledge or describes it as made ("this would still fall short of the 2 percent
    threshold agreed by NATO members in 2014"), or states an agreement as made, with no prospect after its verb
    ("NATO members agreed in principle on Sunday to boost their defence spending target to 5% ..., as demanded by
    U.S. President Donald Trump"): firm, whatever frames it."""
    near = claim.text[end : min(tail, end + 40)].split(",")[0]
    if claim.made is not None or any(v.group().lower().endswith("ed") for v in L.COMMIT_VERB_RE.finditer(near)):
        return True
    agreed = list(M.PAST_AGREEMENT_RE.finditer(claim.text, head, at))
    return bool(agreed) and M.states_past_agreement(claim.text[agreed[-1].start() : at])


def _unasserted(claim: Claim, national: bool) -> str | None:
    """Why a pledge claim matched only by an alliance-wide pledge is no firm statement of it, in the words of the
    figure's clause: an offer of readiness ('we are ready to bring forward reaching the 2 percent level to 2024 if
    needed'), an aim sought ('Belgian PM seeks 2 pct of GDP goal'), a demand being pushed ('5% GDP defence target
    being pushed'), a scenario ('All scenarios meet NATO's two-percent threshold'), a call ('it was critical for NATO
    allies to increase their defence spending to at least 2%'), a condition, possibility,
    proposal or question governing it (modality.clause_mood); for an ally (`national`), its reaffirmation of the
    alliance's pledge ('Belgium was among ... members which confirmed their commitment to ... 2 percent'). The
    figure then matches the alliance's pledge by coincidence. None: a firm statement."""
    lo = max(0, (claim.span_start - claim.start) if claim.span_start is not None else 0)
    at = claim.text.find(claim.value_text, lo) if claim.value_text else -1
    if at < 0:
        return None
    end = at + len(claim.value_text)
    head, tail = clause_bounds(claim.text, at, end)
    where = {
        "before": claim.text[max(head, at - 90) : at],
        "after": claim.text[end:tail],
        "clause": claim.text[head:tail],
    }
    if not _stated_as_made(claim, head, at, tail, end):
        for key, part, what in _FRAMES:
            cue = phrase_re("gate", key).search(_QUOTES_RE.sub("", where[part]))  # 'was “critical” for allies to'
            if cue is not None:
                return f"{what} ('{cue.group()}')"
        # Not a modal framing a definite reference to a pledge with no deadline of its own ("which could lead to a
        # decision on rapidly revising the 2% benchmark"): the benchmark's existence is presupposed, not supposed.
        # "More countries will meet the two per cent target", "The majority have ... plans on how to meet the two per
        # cent guideline by 2024": the sentence forecasts who will meet a target it only names; the target exists,
        # but an `accurate` on the sentence would vouch for the forecast.
        ahead = M.clause_mood(claim.text, at, end) if claim.modality == "reference" else None
        if (
            ahead is not None
            and ahead.kind in ("forecast", "plan")
            and _MEETING_BEFORE_RE.search(where["before"])
            and counted_subject_re(of=False).search(claim.text[head:at])
        ):
            return f"a forecast or plan of who will meet it ('{ahead.cue}')"
        bare = claim.deadline is None and _DEFINITE_BEFORE_RE.search(where["before"])
        mood = None if bare else M.clause_mood(claim.text, at, end)
        if mood is not None and mood.kind in _UNFIRM_MOODS:
            return f"{_UNFIRM_MOODS[mood.kind]} ('{mood.cue}')"
    restated = phrase_re("gate", "reaffirm").search(where["before"]) if national else None
    return f"a reaffirmation by the ally ('{restated.group()}')" if restated else None


_LEVELLESS_WHAT = {
    "halt_decline": "a halt to cuts in defence spending",
    "real_growth": "a rise of defence spending in real terms",
    "increase": "a rise in defence spending with no level stated",
    "investment_pledge": "the Defence Investment Pledge",
    "named": "a spending pledge of the alliance",
}
_HEADLINE = ("total_share_gdp", "core_share_gdp", "real_change")
_RECENT_DAYS = 31  # an agreement to raise spending reported with no summit or year: the news of the last month
_PAST_VERB_RE = lazy(r"\b(?:agreed|pledged|committed|vowed|promised|decided|endorsed|made|adopted|undertook)\b", re.I)


def _announced(p: Any) -> date:
    parts = [int(x) for x in str(p.announced).split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _levelless_fits(content: str, p: Any) -> bool:
    """Whether alliance pledge `p` is one of what a pledge with no level agreed: a halt to cuts (a floor of no
    real fall), a rise in real terms, a rise (a pledge with a deadline or a real rise; not a floor or the 2006
    guideline), the Defence Investment Pledge (Wales 2014, restated at Vilnius and The Hague)."""
    if content == "halt_decline":
        return bool(p.metric == "real_change" and p.comparison == ">=")
    if content == "real_growth":
        return bool(p.metric == "real_change" and p.comparison == ">")
    if content == "increase":
        return (
            p.kind != "floor"
            and p.metric in ("real_change", "core_share_gdp", "total_share_gdp")
            and (p.deadline is not None or p.comparison == ">")
        )
    if content == "named":
        return True  # any of the alliance's pledges, dated by the sentence
    return _announced(p).year >= 2014  # the Defence Investment Pledge


def _timing(p: Any) -> str:
    if p.deadline is not None:
        return f"due {p.deadline}"
    return f"from {p.start}" + (f" to {p.until}" if p.until else "")


class PledgeRules(CheckerBase):
    def pledge(self, claim: Claim, own_only: bool = False) -> Judgement:
        """`own_only`: judged on the ally's own pledges alone, not on the alliance-wide ones that cover it."""
        from natospend.reference import pledges as P

        register = P.load_register()
        if claim.value is None and claim.threshold is None and claim.metric in LEVELLESS:
            return self._levelless(claim, register)
        codes = [c for c in claim.countries if c != ALL_ALLIES]
        if len(codes) > 1 and ALL_ALLIES not in claim.countries and not claim.group_key:
            # "Both Portugal and Canada have committed to 2%": named together for their own pledges, so true only if
            # each ally's is in the register; the alliance-wide pledge would make any list of allies true.
            return combine([self.pledge(replace(claim, countries=[c]), own_only=True) for c in codes], None)
        group = bool(claim.group_key and not codes)
        if claim.group_key and not codes:
            # "The Baltic states vowed ... 3%": the group's allies, each with its own pledges.
            codes = L.group_members(claim.group_key, claim.deadline or (self.as_of or date.today()).year)
        alliance = ALL_ALLIES in claim.countries or not codes
        value = claim.threshold if claim.threshold is not None else claim.value
        if value is None:
            return Judgement("unverifiable", "No threshold given.")
        if claim.negated:
            return Judgement("unverifiable", "A negated statement about a pledge; natospend does not check negations.")
        assessed = _assessment(claim)
        if assessed is not None:
            return Judgement(
                "unverifiable",
                f"An assessment of progress towards {fmt(value, claim.decimals)}% ('{assessed}'), not a pledge: only "
                "NATO's estimate for a stated year could settle it, and the sentence states none that NATO had "
                "estimated by the claim's date.",
            )
        agent = _person_agent(claim) if alliance else None
        if agent is not None:
            return Judgement(
                "unverifiable",
                f"Cannot tell whose pledge of {fmt(value, claim.decimals)}% this is: '{agent}' is a person, not the "
                "alliance, and the sentence names no ally (a national leader's commitment is the ally's own, which "
                "the alliance-wide pledge does not settle).",
            )
        why_own = None if alliance or own_only else _own_commitment(claim)
        if why_own is not None:
            judged = self.pledge(claim, own_only=True)
            return replace(
                judged, explanation=f"{why_own}: only the ally's own pledges can settle it. {judged.explanation}"
            )
        prospect = _shortfall_prospect(claim)
        if prospect is not None:
            return Judgement(
                "unverifiable",
                f"A prospect of falling short of {fmt(value, claim.decimals)}% ('{prospect}'): a forecast of the "
                "ally's spending, not a statement of the pledge; natospend does not judge forecasts.",
            )
        refusal = _refusal(claim)
        if refusal:
            return Judgement(
                "unverifiable",
                f"A refusal ({refusal}) of {fmt(value, claim.decimals)}%: the sentence says the pledge was not taken "
                "up, which natospend does not check (the register records pledges made, not refusals).",
            )

        def metric_ok(p: Any) -> bool:
            if claim.metric == "equipment_share" or "equipment" in _own_words_after(claim).lower():
                return bool(p.metric == "equipment_share")
            if claim.currency is not None:
                return bool(p.metric == "amount_nc")
            if claim.metric == "related":
                return bool(p.metric == "related_share_gdp")
            if claim.metric == "core":
                return bool(p.metric == "core_share_gdp")
            return bool(p.metric in ("core_share_gdp", "total_share_gdp"))

        def threshold_ok(p: Any) -> bool:
            if p.threshold_max is not None:
                return bool(p.threshold - 1e-9 <= value <= p.threshold_max + 1e-9)
            if claim.currency is not None:
                return matches(claim, p.threshold, None, value)
            return bool(abs(p.threshold - value) <= 1e-6)  # pledges name exact thresholds: "3%" is not 2.5%

        def who_ok(p: Any) -> bool:
            if alliance:
                return bool(p.alliance_wide)
            if group:  # a pledge of one of the group's allies is not the group's ("European countries must ...")
                return bool(p.alliance_wide or set(codes) <= set(p.who))
            return bool(p.alliance_wide or any(c in p.who for c in codes))

        def timing_ok(p: Any) -> bool:
            if claim.deadline is None:
                return True
            if (claim.deadline_text or "").lower().startswith("in ") and claim.deadline == announced(p).year:
                return True  # "In Vilnius in 2023, allies agreed ...": the year the pledge was made
            if p.deadline is not None and _DUE_TEXT_RE.match(claim.deadline_text or ""):
                # "5% ... by 2025" is not the Hague pledge due by 2035, though that pledge starts in 2025
                return claim.deadline in {p.deadline, p.until}
            return claim.deadline in {p.deadline, p.start, p.until}

        # "2% as a floor", "has served as a minimum for more than a decade": only a floor pledge, made that long ago.
        # In the claim's own clause: "... just above the 2% floor, ... outlays reaching 5% of GDP" is no 5% floor.
        lo = (claim.span_start - claim.start) if claim.span_start is not None else 0
        hi = (claim.span_end - claim.start) if claim.span_end is not None else len(claim.text)
        clause = claim.text[max(0, lo) : hi] or claim.text
        floor = bool(M.FLOOR_RE.search(clause))
        years_held = M.duration_years(clause) if floor else None

        def announced(p: Any) -> date:
            text = str(p.announced)
            parts = [int(x) for x in text.split("-")]
            return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

        candidates = [p for p in register if who_ok(p) and metric_ok(p) and threshold_ok(p)]
        if floor and candidates:
            floors = [p for p in candidates if p.kind == "floor"]
            if not floors or years_held is not None:
                return self._floor_judgement(claim, value, candidates, floors, years_held, announced)
            candidates = floors
        if claim.made is not None and candidates:
            # "In 2014 allies agreed ... by 2024": the pledge made that year (Wales), not a later one with the same
            # figure (Vilnius).
            made_then = [p for p in candidates if announced(p).year == claim.made]
            if not made_then:
                return self._not_made_then(claim, value, candidates)
            at = clause.find(claim.value_text) if claim.value_text else -1
            if claim.deadline_text is None and at >= 0 and _FIRST_MADE_RE.search(clause, at):
                # "the goal of two percent that was first set back in 2014": the claim dates the figure's first
                # pledge, so an earlier one of the same figure (nato-2pct-2006) contradicts it. Only said of the
                # figure, after it: "initially set in 2014, when NATO leaders agreed to gradually increase defense
                # spending to two percent" dates that agreement (Wales), and a deadline dates that dated pledge.
                earlier = [p for p in candidates if announced(p).year < claim.made]
                if earlier:
                    return self._first_made_earlier(claim, value, min(earlier, key=announced), made_then)
            candidates = made_then
        if not alliance and codes:
            # A national claim is first about the ally's own pledges.
            own = [p for p in candidates if not p.alliance_wide]
            candidates = own or ([] if own_only else candidates)
        timed = [p for p in candidates if timing_ok(p)]
        by_date = [p for p in timed if self.as_of is None or announced(p) <= self.as_of]
        # Newest first, and pledges still in force (not superseded by the claim's date) before superseded ones.
        by_date.sort(key=lambda p: (self._superseded(p, register, announced) is not None, -announced(p).toordinal()))
        ev = [self._pledge_ev(p) for p in (by_date or timed or candidates)[:3]]
        who = "all allies" if alliance else ", ".join(country_name(c) for c in codes)
        deadline = f" ({claim.deadline_text})" if claim.deadline_text else ""
        what = f"{fmt(value, claim.decimals)}{'' if claim.currency else '%'}{deadline} for {who}"
        if claim.modality in ("proposal", "call"):
            made = [p for p in timed if self.as_of is not None and announced(p) > self.as_of]
            text = (
                f"A proposal or call ({what}): a proposal, not a commitment held in the register {self._when()}; "
                "natospend checks pledges, not positions."
            )
            if made:
                text += f" It was later adopted: {made[0].id} ({made[0].title}, announced {made[0].announced})."
            elif by_date:
                text += f" A matching pledge already existed: {by_date[0].id} ({by_date[0].announced})."
            return Judgement("unverifiable", text, ev)
        if not by_date and alliance:
            held = [p for p in candidates if self.as_of is None or announced(p) <= self.as_of]
            if held and _misdated(claim):
                due = "; ".join(f"{p.id} ({p.title}, {_timing(p)})" for p in held)
                return Judgement(
                    "inaccurate",
                    f"No alliance pledge of {fmt(value, claim.decimals)}% is due {claim.deadline_text}: the register "
                    f"held {self._when()} {due}.",
                    [self._pledge_ev(p) for p in held[:3]],
                )
        national_timing = claim.deadline is not None and claim.modality != "commitment"
        if codes and not alliance and national_timing and candidates and all(p.alliance_wide for p in candidates):
            # "... reaches 1.4 percent of GDP in 2020 and 2 percent in 2024, in accordance with the decision made at
            # the NATO summit in Wales" (CTK, 2018): when the ally gets there is its own timetable, which the
            # alliance-wide pledge covering it does not set, even where the two deadlines agree
            return self._national_timing((by_date or timed or candidates)[0], what, ev)
        if by_date and claim.comparator == "gt" and by_date[0].kind != "floor":
            # "allies had agreed to increase their defense spending over 2% of their GDP" (Trump, July 2018): the
            # pledge held is 2% (an aim), not more; only a floor ("at least 2%") is a pledge to go beyond it
            p = by_date[0]
            kind = f"{'an' if p.kind == 'aim' else 'a'} {p.kind} of {p.threshold:g}%"
            return Judgement(
                "inaccurate",
                f"No pledge of more than {fmt(value, claim.decimals)}% for {who} was held {self._when()}: the "
                f"register's is {p.id} ({p.title}, announced {p.announced}), {kind}.",
                ev,
            )
        force = _force(claim) if by_date and by_date[0].alliance_wide else None
        if force is not None:
            p = by_date[0]
            stated, verdict = force
            if verdict == "inaccurate":
                return Judgement(
                    "inaccurate",
                    f"Stated as {stated}: no NATO spending pledge is a condition of membership or binds in law; "
                    f"{fmt(value, claim.decimals)}% is {p.id} ({p.title}, announced {p.announced}, {p.occasion}), a "
                    "political commitment of the allies.",
                    ev,
                )
            return Judgement(
                "unverifiable",
                f"Matches {p.id} ({p.title}, announced {p.announced}) in level, but the sentence also says '{stated}', "
                "a part of the pledge natospend cannot check against the register.",
                ev,
            )
        held_for = M.duration_years(clause) or (20 if _DECADES_RE.search(clause) else None)
        if by_date and by_date[0].alliance_wide and held_for is not None:
            # "For decades, NATO allies had aimed for a 2% GDP defense spending target": held that long, or not
            first = min(by_date, key=announced)
            age = ((self.as_of or date.today()) - announced(first)).days / 365.25
            if age < held_for:
                return Judgement(
                    "unverifiable",
                    f"Said to have been held for {held_for} years or more, but the register holds an alliance pledge "
                    f"of {fmt(value, claim.decimals)}% only since {first.id} ({first.announced}), {age:.0f} years "
                    "before the claim's date.",
                    ev,
                )
        if by_date and claim.modality == "described":
            return self._described(claim, value, by_date, register, announced, ev)
        if by_date:
            p = by_date[0]
            superseded = self._superseded(p, register, announced)
            if superseded is not None and (M.HISTORICAL_RE.search(claim.text) or claim.made is not None):
                # "The previous government had committed to reaching this figure by 2030", "allies agreed in 2014
                # to ...": true of the past, dated as past.
                # "The previous government had committed to reaching this figure by 2030": true of the past.
                return Judgement(
                    "accurate",
                    f"Matches pledge {p.id} ({p.title}, announced {p.announced}), spoken of as past: it was "
                    f"superseded by {superseded.id} ({superseded.title}, announced {superseded.announced}).",
                    [*ev, self._pledge_ev(superseded)],
                )
            if (
                superseded is None
                and p.alliance_wide
                and _named_past(claim)
                and not self._raised_since(p, value, register, announced)
            ):
                # "the alliance's former military spending goal of two percent" before any higher pledge was made
                return Judgement(
                    "unverifiable",
                    f"Described as a former pledge of {fmt(value, claim.decimals)}%, but no higher alliance pledge had "
                    f"replaced {p.id} ({p.title}) {self._when()}.",
                    ev,
                )
            if superseded is not None:
                return Judgement(
                    "outdated",
                    f"Matches pledge {p.id} ({p.title}, announced {p.announced}), superseded by {superseded.id} "
                    f"({superseded.title}, announced {superseded.announced}) by the claim's date.",
                    [*ev, self._pledge_ev(superseded)],
                )
            if _TREATY_RE.search(claim.text) and p.metric in ("core_share_gdp", "total_share_gdp"):
                return Judgement(
                    "inaccurate",
                    f"The North Atlantic Treaty sets no spending level: {fmt(value, claim.decimals)}% is a summit "
                    f"pledge, {p.id} ({p.title}, announced {p.announced}, {p.occasion}).",
                    ev,
                )
            if codes and not alliance and p.alliance_wide and _OWN_AIM_RE.search(claim.text):
                # "Germany ... with the goal of reaching 2% by 2024": the ally's own aim, which the register does
                # not hold; the alliance-wide pledge covers it but does not say what the ally itself plans.
                return Judgement(
                    "unverifiable",
                    f"An aim of {who} ({fmt(value, claim.decimals)}%{deadline}): the register holds no national pledge "
                    f"of it, only the alliance-wide {p.id} ({p.title}, announced {p.announced}); natospend does not "
                    "hold national plans.",
                    ev,
                )
            unfirm = _unasserted(claim, not alliance) if p.alliance_wide else None
            if unfirm is not None:
                return self._unasserted_judgement(unfirm, p, what, ev)
            exc = next((p.exception_for(c) for c in codes if p.exception_for(c)), None)
            note = f" Exception for {exc.country}: {exc.status} ({exc.note})." if exc else ""
            return Judgement(
                "accurate",
                f"Matches the pledge register: {p.id} ({p.title}), announced {p.announced} ({p.occasion}).{note}",
                ev,
            )
        if timed:
            p = timed[0]
            return Judgement(
                "unverifiable",
                f"No pledge of {what} had been announced {self._when()}; the register's {p.id} ({p.title}) was "
                "announced "
                f"later, on {p.announced}.",
                ev,
            )
        if candidates and codes and not alliance and all(p.alliance_wide for p in candidates):
            # "Romania expects to reach the requirement this year": the ally's own plan; the alliance's pledge of
            # that level has other timing and says nothing of when this ally plans to get there.
            return self._national_timing(candidates[0], what, ev)
        if candidates:
            p = candidates[0]
            return Judgement(
                "unverifiable",
                f"The register holds {p.id} ({p.title}; deadline {p.deadline or p.start}), which does not match the "
                f"timing claimed ({claim.deadline_text or 'none given'}).",
                ev,
            )
        if codes and not alliance:
            return Judgement(
                "unverifiable",
                f"A national plan or aim ({what}) not in the pledge register: natospend holds the alliance's pledges "
                "and registered national commitments, not every national plan or proposal.",
            )
        return Judgement("unverifiable", f"No pledge of {what} in the pledge register.")

    def _levelless(self, claim: Claim, register: list[Any]) -> Judgement:
        """A pledge of the alliance stated with no level ('NATO members have agreed to reverse the trend of
        declining defence budgets', 'NATO leaders agreed to increase their defense spending'): the register's
        alliance pledge of that content, made when the sentence says (or, for a rise named with no summit or year,
        in the month before the claim's date: the news of an agreement); with no such pledge, `unverifiable`
        naming what could not be determined, and `inaccurate` only when the one pledge of that content was made at
        another time or is due another year."""
        what = _LEVELLESS_WHAT[claim.metric or ""]
        fitting = [p for p in register if p.alliance_wide and _levelless_fits(claim.metric or "", p)]
        held = [p for p in fitting if self.as_of is None or _announced(p) <= self.as_of]
        # Newest first; of one summit's, its headline share of GDP ('the Defence Investment Pledge': Wales's 2%).
        held.sort(key=lambda p: (-_announced(p).toordinal(), _HEADLINE.index(p.metric) if p.metric in _HEADLINE else 9))
        ev = [self._pledge_ev(p) for p in held[:3]]
        if claim.negated:
            return Judgement(
                "unverifiable",
                f"A negated statement about {what}: the register records pledges made, not who has not committed.",
                ev,
            )
        if not held:
            later = [p for p in fitting if self.as_of is not None and _announced(p) > self.as_of]
            text = f"No alliance pledge of {what} had been made {self._when()}."
            if later:
                text += (
                    f" The register's {later[0].id} ({later[0].title}) was announced later, on {later[0].announced}."
                )
            return Judgement("unverifiable", text, [self._pledge_ev(p) for p in later[:1]])
        specific = claim.metric in ("halt_decline", "real_growth", "investment_pledge")
        if claim.made is not None:
            then = [p for p in held if _announced(p).year == claim.made]
            if not then:
                p = held[0]
                if specific and len({_announced(q).year for q in held}) == 1:
                    return Judgement(
                        "inaccurate",
                        f"The register's pledge of {what} is {p.id} ({p.title}), made on {p.announced} "
                        f"({p.occasion}), not in {claim.made}.",
                        ev,
                    )
                of = "" if claim.metric == "named" else f" of {what}"
                return Judgement(
                    "unverifiable",
                    f"The register holds no alliance pledge{of} made in {claim.made}; its latest is {p.id} "
                    f"({p.title}, announced {p.announced}).",
                    ev,
                )
            held = then
        elif not specific:
            recent = [p for p in held if self.as_of is None or (self.as_of - _announced(p)).days <= _RECENT_DAYS]
            if not recent:
                p = held[0]
                return Judgement(
                    "unverifiable",
                    f"Cannot tell which agreement {what} means: the sentence names no summit or year, and the "
                    f"register holds no alliance pledge to raise spending made in the month before the claim's date "
                    f"(its latest is {p.id}, {p.title}, announced {p.announced}); a new commitment claimed then is "
                    "not in the register.",
                    ev,
                )
            held = recent
        p = held[0]
        if claim.deadline is not None and p.deadline is not None and claim.deadline not in {p.deadline, p.until}:
            verdict = "inaccurate" if specific or len(held) == 1 else "unverifiable"
            return Judgement(
                verdict,
                f"The register's {p.id} ({p.title}, announced {p.announced}) is due {p.deadline}, not "
                f"{claim.deadline_text}.",
                ev,
            )
        unfirm = _unasserted(claim, False)
        if unfirm is not None:
            return self._unasserted_judgement(unfirm, p, what, ev)
        superseded = self._superseded(p, register, _announced)
        if superseded is not None and claim.made is None and not _PAST_VERB_RE.search(claim.text):
            return Judgement(
                "outdated",
                f"Matches pledge {p.id} ({p.title}, announced {p.announced}), superseded by {superseded.id} "
                f"({superseded.title}, announced {superseded.announced}) by the claim's date.",
                [*ev, self._pledge_ev(superseded)],
            )
        return Judgement(
            "accurate",
            f"Matches the pledge register: {p.id} ({p.title}), announced {p.announced} ({p.occasion}); the sentence "
            f"states {what}.",
            ev,
        )

    @staticmethod
    def _unasserted_judgement(why: str, p: Any, what: str, ev: list[Evidence]) -> Judgement:
        pledge = f"{p.id} ({p.title}, announced {p.announced})"
        tail = (
            f"the register records the alliance's {pledge} when it was made, not which allies restated it since."
            if why.startswith("a reaffirmation")
            else f"its {pledge} is the alliance's pledge, which the figure matches but the sentence does not assert."
        )
        return Judgement(
            "unverifiable",
            f"{why[0].upper()}{why[1:]} of {what}, not a firm statement of a commitment natospend's register holds: "
            + tail,
            ev,
        )

    @staticmethod
    def _national_timing(p: Any, what: str, ev: list[Evidence]) -> Judgement:
        return Judgement(
            "unverifiable",
            f"A national plan or aim ({what}) not in the pledge register; the alliance-wide {p.id} ({p.title}; "
            f"{_timing(p)}) covers the level, not this timing. natospend does not hold national plans.",
            ev,
        )

    def _first_made_earlier(self, claim: Claim, value: float, first: Any, then: list[Any]) -> Judgement:
        """A pledge the claim says was first made in a year after the register's first pledge of that figure."""
        return Judgement(
            "inaccurate",
            f"The claim dates the first pledge of {fmt(value, claim.decimals)}% to {claim.made}, but the register "
            f"holds an earlier one: {first.id} ({first.title}, announced {first.announced}); {claim.made}'s "
            f"{then[0].id} ({then[0].title}) came after it.",
            [self._pledge_ev(first), *(self._pledge_ev(p) for p in then[:2])],
        )

    def _not_made_then(self, claim: Claim, value: float, candidates: list[Any]) -> Judgement:
        """A pledge the claim dates to a year in which the register holds none of that figure ('agreed in 2016')."""
        held = ", ".join(f"{p.id} ({p.announced})" for p in candidates[:4])
        return Judgement(
            "unverifiable",
            f"The register holds no pledge of {fmt(value, claim.decimals)}% made in {claim.made}; it holds {held}. "
            "natospend does not record every reaffirmation.",
            [self._pledge_ev(p) for p in candidates[:3]],
        )

    def _floor_judgement(
        self,
        claim: Claim,
        value: float,
        candidates: list[Any],
        floors: list[Any],
        years_held: int | None,
        announced: Callable[[Any], date],
    ) -> Judgement:
        """A pledge stated as a floor: matched only by a floor pledge, and one old enough when the claim says for how
        long ("2% has served as a minimum for more than a decade")."""
        shown = fmt(value, claim.decimals)
        made = [p for p in floors if self.as_of is None or announced(p) <= self.as_of]
        others = ", ".join(f"{p.id} ({p.kind}, {p.announced})" for p in candidates if p not in floors)
        ev = [self._pledge_ev(p) for p in (made or candidates)[:3]]
        if not made:
            return Judgement(
                "unverifiable",
                f"No pledge of {shown}% as a floor had been made {self._when()}; the register holds it only as "
                f"{others or 'a later pledge'}.",
                ev,
            )
        first = min(made, key=announced)
        cutoff = self.as_of or date.today()
        age = (cutoff - announced(first)).days / 365.25
        if years_held is not None and age < years_held:
            return Judgement(
                "unverifiable",
                f"{shown}% has been a floor only since {first.id} ({first.title}, announced {first.announced}), "
                f"{age:.0f} years before the claim's date, not {years_held}; before it, "
                f"{others or 'no pledge'} in the register.",
                ev,
            )
        return Judgement(
            "accurate",
            f"Matches the pledge register: {first.id} ({first.title}), a floor announced {first.announced} "
            f"({first.occasion}).",
            ev,
        )

    def _described(
        self,
        claim: Claim,
        value: float,
        held: list[Any],
        register: list[Any],
        announced: Callable[[Any], date],
        ev: list[Evidence],
    ) -> Judgement:
        """A pledge described in passing ('a long-held target of 2%', 'the previous 2% guideline', 'the NATO target
        of 2 percent'): accurate only when every part its words state matches the register; a part that does not
        makes it unverifiable, naming the part. The frame around the phrase is not judged: the phrase presupposes
        the pledge, whatever the sentence says of it."""
        lo = (claim.span_start - claim.start) if claim.span_start is not None else 0
        hi = (claim.span_end - claim.start) if claim.span_end is not None else len(claim.text)
        words = claim.text[lo:hi].lower()
        v = vocab()["modality"]
        shown = fmt(value, claim.decimals)
        p = held[0]
        first = min(held, key=announced)
        cutoff = self.as_of or date.today()
        parts = [f"{shown}% for all allies: {p.id} ({p.title}, announced {p.announced})"]
        if any(re.search(rf"\b{re.escape(w)}\b", words) for w in v["described_past"]):
            later = self._raised_since(p, value, register, announced)
            if not later and self._superseded(p, register, announced) is None:
                return Judgement(
                    "unverifiable",
                    f"Described as a previous pledge of {shown}%, but no higher alliance pledge had replaced "
                    f"{p.id} ({p.title}) {self._when()}.",
                    ev,
                )
            if later:
                parts.append(f"since followed by {later[0].id} ({later[0].title}, announced {later[0].announced})")
        for word, years in v["described_held"].items():
            if re.search(rf"\b{re.escape(word)}\b", words):
                age = (cutoff - announced(first)).days / 365.25
                if age < years:
                    return Judgement(
                        "unverifiable",
                        f"Described as '{word}', but the register holds an alliance pledge of {shown}% only since "
                        f"{first.id} ({first.announced}), {age:.0f} years before the claim's date.",
                        ev,
                    )
                parts.append(f"held since {first.id} ({first.announced})")
                break
        return Judgement("accurate", f"Matches the pledge register: {'; '.join(parts)}.", ev)

    def _raised_since(self, p: Any, value: float, register: list[Any], announced: Callable[[Any], date]) -> list[Any]:
        """Alliance pledges of a higher share of GDP made after `p` and by the claim's date: what makes `p` a
        previous level ('the previous 2% guideline' after the Hague summit)."""
        cutoff = self.as_of or date.today()
        return [
            q
            for q in register
            if q.alliance_wide
            and q.metric in ("core_share_gdp", "total_share_gdp")
            and q.threshold > value
            and announced(p) < announced(q) <= cutoff
        ]

    def _superseded(self, p: Any, register: list[Any], announced: Callable[[Any], date]) -> Any:
        if not p.superseded_by:
            return None
        nxt = next((q for q in register if q.id == p.superseded_by), None)
        if nxt is None or (self.as_of is not None and announced(nxt) > self.as_of):
            return None
        return nxt

    def _pledge_ev(self, p: Any) -> Evidence:
        src = p.sources[0] if p.sources else None
        return Evidence(
            source="pledge_register",
            release_id=p.id,
            table="meta/pledges.toml",
            cell=f"line {p.line}" if getattr(p, "line", 0) else "",
            country="all allies" if p.alliance_wide else ", ".join(p.who),
            year=p.deadline or p.start,
            indicator=p.metric,
            value=p.threshold,
            published=str(p.announced),
            role="pledge",
            shown=f"{p.threshold:g}",
            citation=src.url if src else "",
            note=(src.quote[:300] if src else ""),
        )
