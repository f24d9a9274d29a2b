"""Verdicts: each extracted claim checked against the figures published by its date, with evidence.

accurate          matches the newest figure published by the claim's date, at the precision the claim uses
inaccurate        contradicted by the figures available then and by every later release (the right figure given)
outdated          matches an older release, but a newer one available on the claim's date differs
different_measure matches another source or definition (SIPRI, IISS, Eurostat, a national budget, current vs
                  constant prices), not NATO's figure
unverifiable      the data on hand cannot settle it (what is missing is said)

Figures are compared at their published precision: a cell printed "2.00" (or "2") meets "2%".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from natospend.claims import lexicon as L
from natospend.claims import modality as M
from natospend.claims.clauses import clause_bounds
from natospend.claims.facts import _INDICATOR_WORDS, Figure, _name, matches
from natospend.claims.facts import ClaimResult as ClaimResult
from natospend.claims.facts import Evidence as Evidence
from natospend.claims.facts import Span as Span
from natospend.claims.frame import ALL_ALLIES, KINDS, Claim
from natospend.claims.judge import VERDICTS as VERDICTS
from natospend.claims.judge import CheckerBase, Judgement, _combine
from natospend.claims.multiples import within
from natospend.claims.parse import extract
from natospend.claims.rules.alliance import AllianceShareRules
from natospend.claims.rules.counts import CountRules
from natospend.claims.rules.money import MoneyRules
from natospend.claims.rules.numeric import NumericRules
from natospend.claims.rules.rankings import RankingRules
from natospend.claims.text import clean_text
from natospend.claims.times import find_years
from natospend.formatting import published as fmt
from natospend.store.readmodel import Store, parse_date

MAX_CLAIMS = 2000  # a 1 MB text still returns promptly; the rest are reported as skipped
#: "just above 2%", "slightly below the target": next to a threshold, by an amount no one fixed.
_NEAR_BOUND_RE = re.compile(
    r"\b(?:just|slightly|barely|marginally|narrowly|a\s+(?:little|bit|touch)|only\s+just)\s+"
    r"(?:above|over|below|under|short\s+of|beyond|past|exceed(?:s|ed|ing)?)\b",
    re.I,
)


# ------------------------------------------------------------------------------------------------ per kind
class Checker(NumericRules, MoneyRules, AllianceShareRules, CountRules, RankingRules, CheckerBase):
    """Every verdict rule, one mixin per kind of claim (claims/rules/), over the shared base (judge.py)."""

    # -------------------------------------------------------------- pledges
    # -------------------------------------------------------------- multiples
    def multiple(self, claim: Claim) -> Judgement:
        """'Doubled since 2014' (nominal national currency, or constant prices when the claim says real terms) and
        'three times as much as Germany' (current US$), both from one release: the newest by the claim's date that
        holds every figure needed."""
        codes = self._codes(claim)
        if len(codes) != 1 or claim.value is None:
            return Judgement("unverifiable", "A multiple of spending is checked for one ally at a time.")
        code = codes[0]
        indicator = claim.metric or "usd_current_m"
        year = self._year(claim, [code], indicator)
        if year is None:
            return Judgement(
                "unverifiable", f"No NATO figure of {_name(code)}'s spending had been published {self._when()}."
            )
        if claim.since is not None or claim.scope == "decade":
            base = claim.since if claim.since is not None else year - 10
            pairs = [((code, base), (code, year))]
            what = f"{_name(code)}'s spending {base}-{year} ({_INDICATOR_WORDS.get(indicator, indicator)})"
        else:
            others = claim.others
            if claim.scope and claim.scope.startswith("others: "):
                others = L.group_members(claim.scope.removeprefix("others: "), year)
            if not others:
                return Judgement("unverifiable", "Cannot tell whose spending the multiple compares with.")
            pairs = [((code, year), (o, year)) for o in others]
            what = (
                f"{_name(code)}'s spending against {', '.join(_name(o) for o in others[:4])}"
                + ("..." if len(others) > 4 else "")
                + f" in {year} (current US$)"
            )
        needed = {k for pair in pairs for k in pair}
        by_release: dict[str, dict[tuple[str, int], Figure]] = {}
        for c, y in needed:
            for f in self.facts.figures("nato", c, indicator, y):
                if self.as_of is None or f.published <= self.as_of:
                    by_release.setdefault(f.release_id, {})[(c, y)] = f
        complete = [(rid, figs) for rid, figs in by_release.items() if needed <= set(figs)]
        if not complete:
            return Judgement(
                "unverifiable",
                f"No NATO release published {self._when()} holds every figure needed for {what}.",
            )
        rid, figs = max(complete, key=lambda item: next(iter(item[1].values())).published)
        top = figs[pairs[0][1]] if claim.since is not None or claim.scope == "decade" else figs[pairs[0][0]]
        if claim.since is not None or claim.scope == "decade":
            ratio = figs[pairs[0][1]].value / figs[pairs[0][0]].value if figs[pairs[0][0]].value else float("nan")
        else:
            total = sum(figs[p[1]].value for p in pairs)
            ratio = figs[pairs[0][0]].value / total if total else float("nan")
        evidence = [f.evidence("member") for f in figs.values()][:8]
        stated = f"'{claim.value_text}' ({claim.value:g}x)"
        shown = f"{ratio:.2f}x in {rid} ({top.published.isoformat()})"
        if within(ratio, claim.value, claim.comparator):
            return Judgement("accurate", f"Matches {what}: {shown}; the claim says {stated}.", evidence)
        return Judgement("inaccurate", f"Contradicted: {what} was {shown}; the claim says {stated}.", evidence)

    def pledge(self, claim: Claim, own_only: bool = False) -> Judgement:
        """`own_only`: judged on the ally's own pledges alone, not on the alliance-wide ones that cover it."""
        from natospend.reference import pledges as P

        register = P.load_register()
        codes = [c for c in claim.countries if c != ALL_ALLIES]
        if len(codes) > 1 and ALL_ALLIES not in claim.countries and not claim.group_key:
            # "Both Portugal and Canada have committed to 2%": named together for their own pledges, so true only if
            # each ally's is in the register; the alliance-wide pledge would make any list of allies true.
            return _combine([self.pledge(replace(claim, countries=[c]), own_only=True) for c in codes], None)
        if claim.group_key and not codes:
            # "The Baltic states vowed ... 3%": the group's allies, each with its own pledges.
            codes = L.group_members(claim.group_key, claim.deadline or (self.as_of or date.today()).year)
        alliance = ALL_ALLIES in claim.countries or not codes
        value = claim.threshold if claim.threshold is not None else claim.value
        if value is None:
            return Judgement("unverifiable", "No threshold given.")
        if claim.negated:
            return Judgement("unverifiable", "A negated statement about a pledge; natospend does not check negations.")

        def metric_ok(p: Any) -> bool:
            if (
                claim.metric == "equipment_share"
                or "equipment" in claim.text[claim.text.find(claim.value_text) :][:80].lower()
            ):
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
            return bool(p.alliance_wide or any(c in p.who for c in codes))

        def timing_ok(p: Any) -> bool:
            if claim.deadline is None:
                return True
            if (claim.deadline_text or "").lower().startswith("in ") and claim.deadline == announced(p).year:
                return True  # "In Vilnius in 2023, allies agreed ...": the year the pledge was made
            return claim.deadline in {p.deadline, p.start, p.until}

        # "2% as a floor", "has served as a minimum for more than a decade": only a floor pledge, made that long ago.
        floor = bool(M.FLOOR_RE.search(claim.text))
        years_held = M.duration_years(claim.text) if floor else None

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
        if not alliance and codes:
            # A national claim is first about the ally's own pledges.
            own = [p for p in candidates if not p.alliance_wide]
            candidates = own or ([] if own_only else candidates)
        timed = [p for p in candidates if timing_ok(p)]
        by_date = [p for p in timed if self.as_of is None or announced(p) <= self.as_of]
        # Newest first, and pledges still in force (not superseded by the claim's date) before superseded ones.
        by_date.sort(key=lambda p: (self._superseded(p, register, announced) is not None, -announced(p).toordinal()))
        ev = [self._pledge_ev(p) for p in (by_date or timed or candidates)[:3]]
        who = "all allies" if alliance else ", ".join(_name(c) for c in codes)
        deadline = f" ({claim.deadline_text})" if claim.deadline_text else ""
        what = f"{fmt(value, claim.decimals)}{'' if claim.currency else '%'}{deadline} for {who}"
        if claim.modality in ("proposal", "call"):
            made = [p for p in timed if self.as_of is not None and announced(p) > self.as_of]
            text = (
                f"A proposal or call ({what}), not a pledge on the claim's date; natospend checks pledges, "
                "not positions."
            )
            if made:
                text += f" It was later adopted: {made[0].id} ({made[0].title}, announced {made[0].announced})."
            elif by_date:
                text += f" A matching pledge already existed: {by_date[0].id} ({by_date[0].announced})."
            return Judgement("unverifiable", text, ev)
        if by_date:
            p = by_date[0]
            superseded = self._superseded(p, register, announced)
            if superseded is not None and M.HISTORICAL_RE.search(claim.text):
                # "The previous government had committed to reaching this figure by 2030": true of the past.
                return Judgement(
                    "accurate",
                    f"Matches pledge {p.id} ({p.title}, announced {p.announced}), spoken of as past: it was "
                    f"superseded by {superseded.id} ({superseded.title}, announced {superseded.announced}).",
                    [*ev, self._pledge_ev(superseded)],
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


_TREATY_RE = re.compile(
    r"\b(?:under|in|by)\s+(?:the\s+)?(?:terms\s+of\s+the\s+)?(?:NATO\s+|North Atlantic\s+)?treaty\b", re.I
)

# The ally's own aim ("with the goal of reaching", "aims to"), as opposed to "the new goal is 5%" (the alliance's).
_OWN_AIM_RE = re.compile(
    r"\b(?:goal|aim|ambition|intention|plan)\s+of\s+\w+ing\b|\baim(?:s|ed|ing)?\s+to\b|\bintends?\s+to\b", re.I
)


def _as_pledge(claim: Claim) -> Claim:
    from dataclasses import replace

    return replace(
        claim, kind="pledge", threshold=claim.value, deadline=claim.year, modality="commitment", comparator="eq"
    )


# ------------------------------------------------------------------------------------------------ entry points
def check_claim(ds: Store, claim: Claim, as_of: date | None = None) -> ClaimResult:
    checker = Checker(ds, as_of)
    future = _projection(claim, as_of)
    if claim.scope and claim.scope.startswith("undefined group: "):
        group = claim.scope.removeprefix("undefined group: ")
        j = Judgement("unverifiable", f"Cannot tell which allies '{group}' covers: the group has no fixed membership.")
    elif claim.scope and claim.scope.startswith("undetermined year: "):
        j = Judgement("unverifiable", claim.scope.removeprefix("undetermined year: "))
    elif future is not None:
        j = Judgement("unverifiable", future)
    elif claim.kind in ("share_gdp", "real_growth", "equipment_share"):
        j = checker.numeric(claim)
        if claim.modality == "forecast" and claim.year is None and j.verdict == "inaccurate":
            # "will increase ... towards 3%" with no year: a plan, never contradicted by a past year's figure.
            j = checker.pledge(_as_pledge(claim))
            if j.verdict != "accurate":
                j = Judgement(
                    "unverifiable",
                    "A plan or forecast with no year: not judged against figures already published. " + j.explanation,
                    j.evidence,
                )
        if claim.modality == "forecast" and j.verdict == "unverifiable":
            # A plan for the current year with no NATO estimate yet: it may be a registered pledge.
            as_pledge = checker.pledge(_as_pledge(claim))
            if as_pledge.verdict == "accurate":
                j = as_pledge
    elif claim.kind == "total_spending":
        j = checker.money(claim)
    elif claim.kind == "alliance_share":
        j = checker.alliance_share(claim)
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
    )


_PROJECTION_RE = re.compile(r"\b(slated|projected|projection|forecast|hopes?|expects?|on track|set to)\b", re.I)


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
    if claim.kind in ("count", "ranking") and _PROJECTION_RE.search(claim.text):
        return "A projection of who will spend what, not a published figure; natospend cannot check forecasts."
    if claim.year is None and L.FUTURE_RE.search(claim.text):
        # "By 2024, 15 member states will spend over 2%": a forecast for a year no release had covered yet.
        # Only the figure's own clause: "met the 2% target ..., but it will be used up in 2027" is no forecast.
        at = claim.text.find(claim.value_text) if claim.value_text else -1
        own = claim.text if at < 0 else claim.text[slice(*clause_bounds(claim.text, at, at + len(claim.value_text)))]
        ahead = [y.year for y in find_years(own) if y.role in ("deadline", "data") and y.year > today]
        if ahead:
            return (
                f"A forecast for {max(ahead)}, after the claim's date: not judged against figures already published, "
                "and no NATO estimate for that year had been published."
            )
    return None


def _span(claim: Claim) -> Span:
    if claim.span_start is None or claim.span_end is None:
        return Span(claim.start, claim.end, claim.text)
    lo, hi = claim.span_start - claim.start, claim.span_end - claim.start
    return Span(claim.span_start, claim.span_end, claim.text[lo:hi])


def check_text(ds: Store, text: str | bytes, as_of: date | str | None = None) -> list[ClaimResult]:
    """Every checkable statement in `text` (a sentence or an article, plain text or HTML) with its verdict."""
    cutoff = parse_date(as_of) if not isinstance(as_of, date) else as_of
    claims = extract(clean_text(text), cutoff)
    return [check_claim(ds, claim, cutoff) for claim in claims[:MAX_CLAIMS]]
