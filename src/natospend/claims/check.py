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

import itertools
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
from natospend.claims.rules.money import MoneyRules
from natospend.claims.rules.numeric import NumericRules
from natospend.claims.text import clean_text
from natospend.claims.times import find_years
from natospend.formatting import published as fmt
from natospend.reference import countries
from natospend.store.readmodel import Store, parse_date

MAX_CLAIMS = 2000  # a 1 MB text still returns promptly; the rest are reported as skipped
#: "just above 2%", "slightly below the target": next to a threshold, by an amount no one fixed.
_NEAR_BOUND_RE = re.compile(
    r"\b(?:just|slightly|barely|marginally|narrowly|a\s+(?:little|bit|touch)|only\s+just)\s+"
    r"(?:above|over|below|under|short\s+of|beyond|past|exceed(?:s|ed|ing)?)\b",
    re.I,
)


RANK_MARGIN = 0.1  # relative: an ally held elsewhere 10% or more away from the subject cannot swap places with it


def _far_side(
    table: list[tuple[str, date, bool, dict[str, Figure]]], code: str, value: float, higher: bool
) -> bool | None:
    """True if every held figure puts `code` clearly ahead of `value`, False if clearly behind, else None."""
    held = [r[3][code].shown_value for r in table if code in r[3]]
    if not held or value <= 0:
        return None
    ahead = [(v > value * (1 + RANK_MARGIN)) if higher else (v < value * (1 - RANK_MARGIN)) for v in held]
    behind = [(v < value * (1 - RANK_MARGIN)) if higher else (v > value * (1 + RANK_MARGIN)) for v in held]
    if all(ahead):
        return True
    if all(behind):
        return False
    return None


COUNT_MARGIN = 0.05  # relative to a threshold: an ally held elsewhere 5% or more away cannot cross it


def _far_from(table: list[tuple[str, date, bool, dict[str, Figure]]], code: str, threshold: float) -> bool | None:
    """True if every held figure for `code` is clearly at or above `threshold`, False if clearly below, else None."""
    held = [r[3][code].shown_value for r in table if code in r[3]]
    if not held or threshold <= 0:
        return None
    if all(v >= threshold * (1 + COUNT_MARGIN) for v in held):
        return True
    if all(v < threshold * (1 - COUNT_MARGIN) for v in held):
        return False
    return None


# ------------------------------------------------------------------------------------------------ per kind
class Checker(NumericRules, MoneyRules, AllianceShareRules, CheckerBase):
    """Every verdict rule, one mixin per kind of claim (claims/rules/), over the shared base (judge.py)."""

    # -------------------------------------------------------------- counts and lists
    def count(self, claim: Claim) -> Judgement:
        metric = claim.metric or "share_gdp"
        threshold = claim.threshold if claim.threshold is not None else 2.0
        below = claim.scope == "below"
        if metric == "equipment_change":
            return Judgement(
                "unverifiable",
                f"A count of allies changing their equipment spending ({claim.value_text}): natospend holds NATO's "
                "equipment share of defence spending, not its real change per ally.",
            )
        if claim.modality == "ambition":
            return Judgement(
                "unverifiable",
                f"A count of allies' plans ({claim.value_text}), not of what they spent: natospend holds no national "
                "budget plans.",
            )
        if metric == "real_change" and not below:
            threshold = _RISE  # raising spending in real terms: a real change above zero, not zero itself
        if claim.comparator == "record":
            return self._count_record(claim, metric, threshold, below)
        year = claim.year
        if year is None:
            year = self._latest_year("nato", [c.code for c in countries.allies()], metric) or self._fallback_year()
        if year is None:
            return Judgement("unverifiable", f"No NATO release published {self._when()} holds the figures.")
        members = L.group_members(claim.group_key or "all", year)
        scope = claim.group or "allies"
        sign = "below" if below else "at or above"
        when = f"on {self.as_of.isoformat()}" if self.as_of else "now"
        thr = fmt(threshold, 0 if threshold == int(threshold) else 1)
        measure = f" {thr}%"
        if metric == "real_change":
            sign, measure = ("cutting" if below else "raising") + " spending in real terms", ""

        def tally(figs: dict[str, Figure]) -> tuple[bool | None, list[str], list[str]]:
            # In a partly held release out by the claim's date, an ally it lacks is placed when every figure held
            # for it for the year, in any release out by then, is far on one side of the threshold (COUNT_MARGIN).
            # Exact counts and named allies only: a vague quantifier ("few") stays open on a partly held release.
            early = metric == "share_gdp" and claim.comparator != "range" and any(figs is r[3] for r in avail)
            # Only figures out by then: later releases carry outturns the claim's source could not have known.
            placed = {c: s for c in members if c not in figs and (s := _far_from(avail, c, threshold)) is not None}
            return _count_outcome(claim, figs, members, threshold, below, year, placed if early else None)

        def describe(
            rid: str, published: date, figs: dict[str, Figure], role: str, source: str = "nato"
        ) -> tuple[str, Evidence]:
            _, at, missing = tally(figs)
            names = ", ".join(at)
            text = f"{len(at)} {scope} {sign}{measure} in {rid} ({published.isoformat()})"
            text += f": {names}" if names else ""
            if missing:
                text += f"; {len(missing)} without a figure there"
            held_out = [c for c in members if c not in figs and c not in missing]
            if held_out:
                text += (
                    f"; {', '.join(held_out)} not in this release, placed "
                    + ", ".join(f"{c} {sign if c in at else 'not ' + sign}{measure}" for c in held_out)
                    + f" by every earlier release's figure for {year}, all {COUNT_MARGIN:.0%} or more from it"
                )
            ev = Evidence(
                source,
                rid,
                {"share_gdp": "share of GDP table", "real_change": "real change table"}.get(metric, "equipment table"),
                names,
                scope,
                year,
                f"count_{metric}_{'lt' if below else 'ge'}_{threshold:g}",
                float(len(at)),
                published.isoformat(),
                role=role,
                shown=str(len(at)),
                note=f"{sign} threshold: {names}" + (f"; no figure: {', '.join(missing)}" if missing else ""),
            )
            return text, ev

        attributed = claim.attributed_to
        if attributed and attributed != "nato" and attributed in self.facts.sources():
            other = self._count_from(attributed, claim, year, members, threshold, below, metric, scope)
            if other is None:
                return Judgement(
                    "unverifiable",
                    f"The claim cites {attributed.upper()}; natospend holds no {attributed.upper()} figures for "
                    f"{year}.",
                )
            ok, text, ev = other
            if ok:
                return Judgement(
                    "different_measure",
                    f"Correctly reports {attributed.upper()}'s figures ({text}); NATO's differ.",
                    ev,
                )
            return Judgement("inaccurate", f"Contradicted by {attributed.upper()}'s own figures: {text}.", ev)

        table = [r for r in self.facts.release_table("nato", metric, year) if len(set(r[3]) & set(members)) >= 1]
        avail = [r for r in table if self.as_of is None or r[1] <= self.as_of]
        later = [r for r in table if self.as_of is not None and r[1] > self.as_of]
        evidence: list[Evidence] = []
        ref_match = self._count_reference(claim, metric, threshold, year)
        settled = [(r, o) for r in avail if (o := tally(r[3])[0]) is not None]
        if settled:
            (rid, pub, _c, figs), ok = settled[-1]
            text, as_of_ev = describe(rid, pub, figs, "as_of")
            evidence.append(as_of_ev)
            evidence += [figs[c].evidence("member", "named in the claim") for c in claim.members if c in figs]
            # A newer, partial release that cannot settle the count: if it moves an ally across the threshold,
            # the settled answer is out of date and nothing on hand can replace it.
            newer = [r for r in avail if r[1] > pub]
            flips = [r for r in newer if _flips(figs, r[3], members, threshold)]
            if flips:
                t, e = describe(flips[-1][0], flips[-1][1], flips[-1][3], "as_of")
                evidence.append(e)
                return Judgement(
                    "unverifiable",
                    f"{when.capitalize()} the newest release, {flips[-1][0]}, is only partly in the dataset ({t}) "
                    "and moves "
                    f"allies across the threshold compared with {rid} ({text}); the count cannot be settled.",
                    evidence,
                )
            later_described = [describe(r[0], r[1], r[3], "later") for r in later if len(r[3]) >= len(members) // 2]
            if ok:
                changed = [
                    t
                    for (t, e), r in zip(
                        later_described, [r for r in later if len(r[3]) >= len(members) // 2], strict=True
                    )
                    if tally(r[3])[0] is False
                ]
                evidence += [e for _, e in later_described]
                revised = ("Later releases differ: " + "; ".join(changed) + ".") if changed else None
                return Judgement("accurate", f"Matches NATO's figures {when}: {text}.", evidence, revised)
            older = [(r, o) for r, o in settled[:-1] if o]
            if older:
                r = older[-1][0]
                t, e = describe(r[0], r[1], r[3], "older")
                evidence.insert(0, e)
                return Judgement(
                    "outdated", f"Matches an older release ({t}), but {when} the newest said: {text}.", evidence
                )
            if ref_match is not None:
                evidence.append(ref_match[1])
                return Judgement("different_measure", f"Matches {ref_match[0]}, not NATO's figures ({text}).", evidence)
            for source in ("iiss", "sipri"):
                if source not in self.facts.sources():
                    continue
                other = self._count_from(source, claim, year, members, threshold, below, metric, scope)
                if other is not None and other[0]:
                    return Judgement(
                        "different_measure",
                        f"Matches {source.upper()}'s figures ({other[1]}), not NATO's ({text}).",
                        evidence + other[2],
                    )
            evidence += [e for _, e in later_described]
            later_ok = [r for r in later if tally(r[3])[0]]
            if later_ok:
                t, _ = describe(later_ok[0][0], later_ok[0][1], later_ok[0][3], "later")
                return Judgement(
                    "unverifiable",
                    f"{when.capitalize()} NATO's newest figures said {text}; a later release matches ({t}). The "
                    "release the claim drew on is probably missing from the dataset.",
                    evidence,
                )
            uncovered = self.gaps(pub, year, {r[0] for r in table})
            counts = [len(tally(r[3])[1]) for r in table if tally(r[3])[0] is not None]
            # An ally named on the wrong side of the threshold in every release, before and after: no missing
            # release would bear the claim out.
            never = [
                c
                for c in claim.members
                if any(c in r[3] for r in table)
                and not any(_side(r[3][c], threshold, below) for r in table if c in r[3])
            ]
            if (
                uncovered
                and not never
                and claim.value is not None
                and counts
                and min(counts) <= claim.value <= max(counts)
            ):
                return Judgement(
                    "unverifiable",
                    f"{when.capitalize()} the newest figures in the dataset said {text}, which does not match; but "
                    "by then NATO "
                    f"had also published {'; '.join(uncovered)}, which the dataset does not hold.",
                    evidence,
                )
            return Judgement("inaccurate", f"Contradicted by NATO's figures {when}: {text}.", evidence)
        if ref_match is not None:
            return Judgement("different_measure", f"Matches {ref_match[0]}.", [ref_match[1]])
        partial = [describe(r[0], r[1], r[3], "as_of") for r in avail if len(r[3]) >= 3]
        laters = [describe(r[0], r[1], r[3], "later") for r in later if len(r[3]) >= len(members) // 2]
        text = f"No NATO release published {self._when()} settles the count for {year}"
        if partial:
            text += " (" + "; ".join(t for t, _ in partial[-2:]) + ")"
        text += "."
        if laters:
            full_later = [r for r in later if len(r[3]) >= len(members) // 2]
            agree = [r for r in full_later if tally(r[3])[0]]
            text += " Later releases: " + "; ".join(t for t, _ in laters)
            text += (
                " (consistent with the claim)."
                if len(agree) == len(full_later)
                else " (not all consistent with the claim)."
            )
        return Judgement("unverifiable", text, [e for _, e in partial[-2:] + laters])

    def _count_record(self, claim: Claim, metric: str, threshold: float, below: bool) -> Judgement:
        """'The highest figure since 2014': the count in the claim's year against every year since, all from the
        newest NATO release by the claim's date that holds them."""
        since = claim.since or 0
        if claim.attributed_to and claim.attributed_to != "nato":
            return Judgement(
                "unverifiable",
                f"A record over the years ({claim.value_text}) in {claim.attributed_to.upper()}'s series: natospend "
                "compares counts across years only on NATO's figures.",
            )
        year = claim.year or self._latest_year("nato", [c.code for c in countries.allies()], metric)
        rows = [
            r for r in self.facts.release_table("nato", metric, year or 0) if self.as_of is None or r[1] <= self.as_of
        ]
        if year is None or not rows:
            return Judgement("unverifiable", f"No NATO release published {self._when()} holds the count.")
        rid, published = rows[-1][0], rows[-1][1]
        first = min(self.facts.years("nato", "USA", metric) or [year])
        if since < first:
            return Judgement(
                "unverifiable",
                f"A record since {since} ({claim.value_text}): natospend's NATO figures begin in {first}, so the "
                f"years {since}-{first - 1} cannot be compared.",
            )
        counts: dict[int, int] = {}
        for y in range(since, year + 1):
            table = [r for r in self.facts.release_table("nato", metric, y) if r[0] == rid]
            members = L.group_members(claim.group_key or "all", y)
            figs = table[0][3] if table else {}
            missing = [c for c in members if c not in figs]
            if missing:
                return Judgement(
                    "unverifiable",
                    f"{rid} ({published.isoformat()}) lacks {len(missing)} allies' figures for {y}; the count cannot "
                    f"be compared over {since}-{year}.",
                )
            counts[y] = sum(1 for c in members if _side(figs[c], threshold, below))
        earlier = [n for y, n in counts.items() if y < year]
        ok = not earlier or (
            counts[year] > max(earlier) if claim.rank_order != "lowest" else counts[year] < min(earlier)
        )
        series = ", ".join(f"{y}: {n}" for y, n in counts.items())
        verdict = "accurate" if ok else "inaccurate"
        return Judgement(verdict, f"Allies on the claimed side of {threshold:g}% per year in {rid}: {series}.")

    def _count_reference(self, claim: Claim, metric: str, threshold: float, year: int) -> tuple[str, Evidence] | None:
        key = f"count_{metric}_ge_{threshold:g}"
        for r in self.defs.references:
            group_ok = (claim.group_key == "eu" and r.country == "EU") or (
                claim.group_key is None and r.country == "ALL"
            )
            if r.indicator == key and r.year == year and group_ok and claim.scope != "below":
                members_ok = all(c in r.members for c in claim.members)
                if (claim.comparator == "members" or matches(claim, r.value, 0)) and members_ok:
                    label = (
                        f"{self.defs.short(r.measure)} ({int(r.value)}: {', '.join(r.members)}, "
                        f"cited page of {r.published.isoformat()})"
                    )
                    ev = Evidence(
                        r.measure,
                        "reference",
                        "cited page",
                        ", ".join(r.members),
                        r.country,
                        r.year,
                        key,
                        r.value,
                        r.published.isoformat(),
                        role="other_measure",
                        shown=str(int(r.value)),
                        citation=" ; ".join((r.source, *r.also)),
                        note=r.note,
                    )
                    return label, ev
        return None

    def _count_from(
        self,
        source: str,
        claim: Claim,
        year: int,
        members: list[str],
        threshold: float,
        below: bool,
        metric: str,
        scope: str,
    ) -> tuple[bool, str, list[Evidence]] | None:
        """The same count on another source's newest edition published by the claim's date (e.g. the IISS)."""
        figs: dict[str, Figure] = {}
        for c in members:
            own = [
                f
                for f in self.facts.figures(source, c, metric, year)
                if self.as_of is None or f.published <= self.as_of
            ]
            if own:
                figs[c] = own[-1]
        if len(figs) < max(1, len(members) // 2):
            return None
        ok, at, _missing = _count_outcome(claim, figs, members, threshold, below, year)
        editions = ", ".join(sorted({f.release_id for f in figs.values()}))
        side = "below" if below else "at or above"
        text = f"{len(at)} {scope} {side} {threshold:g}% in {year} ({editions}): {', '.join(at)}"
        return bool(ok), text, [figs[c].evidence("other_measure") for c in at]

    # -------------------------------------------------------------- rankings
    def ranking(self, claim: Claim) -> Judgement:
        if claim.scope == "world":
            return Judgement(
                "unverifiable",
                f"A world ranking ({claim.value_text}): natospend holds figures for NATO allies only, so it cannot "
                "place an ally among all countries.",
            )
        if claim.metric is None:
            return Judgement(
                "unverifiable",
                f"Cannot tell what the rank ({claim.value_text}) is by: the sentence names neither a share of GDP nor "
                "spending in money.",
            )
        if claim.scope == "descending":
            parts = [self._ranking(replace(claim, countries=[c], scope=None)) for c in claim.countries]
            parts.append(self._ranking(claim))
            return _combine(parts, None)
        if claim.rank is None and not claim.others and claim.scope != "half":
            return Judgement(
                "unverifiable",
                f"The rank is not stated ({claim.value_text or 'no place given'}): it depends on an ally named "
                "elsewhere, so it cannot be checked on its own.",
            )
        if len(claim.countries) > 1 and not claim.others:
            return _combine([self._ranking(replace(claim, countries=[c])) for c in claim.countries], None)
        return self._ranking(claim)

    def _ranking(self, claim: Claim) -> Judgement:
        metric = claim.metric or "share_gdp"
        if claim.scope == "world":
            return Judgement("unverifiable", "A world ranking: natospend holds figures for NATO allies only.")
        code = claim.countries[0] if claim.countries else None
        if code is None:
            return Judgement("unverifiable", "No ally named.")
        year = claim.year or self._latest_year("nato", [code], metric) or self._fallback_year()
        if year is None:
            return Judgement("unverifiable", f"No NATO figure for {_name(code)} published {self._when()}.")
        if claim.year is None and year < (self.as_of or date.today()).year - 1:
            # "The UK remains the second largest spender": a rank now, which an old year's figures cannot stand for.
            return Judgement(
                "unverifiable",
                f"Cannot tell which year the rank is for: none is stated, and the newest NATO figures of this measure "
                f"published {self._when()} are for {year}.",
            )
        members = L.group_members(claim.group_key or "all", year)
        table = self.facts.release_table("nato", metric, year)

        def places(figs: dict[str, Figure], c: str) -> tuple[int, int]:
            """The places an ally's printed figure gives it (a range when tied), from the claimed end."""
            value = figs[c].shown_value
            higher = claim.rank_order != "lowest"
            known = [k for k in members if k in figs]
            better = sum(1 for k in known if (figs[k].shown_value > value if higher else figs[k].shown_value < value))
            return better + 1, better + sum(1 for k in known if figs[k].shown_value == value)

        def listing(figs: dict[str, Figure], codes: list[str]) -> str:
            return ", ".join(f"{_name(c)} {figs[c].shown}" for c in codes if c in figs)

        def outcome(figs: dict[str, Figure], published: date) -> tuple[bool | None, str]:
            needed = claim.countries + claim.others
            if claim.scope in ("next", "beyond", "descending") and any(c not in figs for c in needed):
                return None, ""
            if claim.scope in ("next", "beyond", "descending") and any(c not in figs for c in members):
                return None, f"{len([c for c in members if c not in figs])} allies without a figure"
            if claim.scope == "next":  # the allies named take the places right after the one they follow
                after = places(figs, claim.others[0])[1]
                wanted = range(after + 1, after + len(claim.countries) + 1)
                fits = all(places(figs, c)[0] in wanted or places(figs, c)[1] in wanted for c in claim.countries)
                return (
                    fits,
                    f"after {listing(figs, claim.others)}: {listing(figs, claim.countries)} (places "
                    + ", ".join(f"{places(figs, c)[0]}" for c in claim.countries)
                    + f" {claim.rank_order})",
                )
            if claim.scope == "beyond":  # exactly the allies listed are below (above) the subject
                value = figs[code].shown_value
                lower = claim.rank_order == "lowest"
                beyond = [
                    c
                    for c in members
                    if c in figs and (figs[c].shown_value < value if lower else figs[c].shown_value > value)
                ]
                side = "below" if lower else "above"
                return set(beyond) == set(claim.others), (
                    f"{len(beyond)} allies {side} {_name(code)} ({figs[code].shown}): {listing(figs, beyond)}"
                )
            if claim.scope == "descending":  # the named allies in the order given
                values = [figs[c].shown_value for c in claim.countries]
                in_order = all(a >= b for a, b in itertools.pairwise(values))
                return in_order, f"in the order named: {listing(figs, claim.countries)}"
            if claim.scope == "half" and code in figs:
                known = [c for c in members if c in figs]
                lo, hi = places(figs, code)
                limit = len(members) // 2
                ok_half: bool | None = hi <= limit
                if len(known) < len(members) and lo <= limit:
                    ok_half = None
                return ok_half, (
                    f"{_name(code)} ranks {lo} ({claim.rank_order}) of {len(members)} allies, "
                    f"{'within' if hi <= limit else 'outside'} the {claim.rank_order} half ({limit})"
                )
            if claim.others:
                subjects = [c for c in claim.countries if c in figs]
                rivals = [c for c in claim.others if c in figs]
                if len(subjects) < len(claim.countries) or len(rivals) < len(claim.others):
                    return None, ""
                ahead = all(figs[s].shown_value > figs[r].shown_value for s in subjects for r in rivals)
                desc = ", ".join(f"{_name(c)} {figs[c].shown}" for c in claim.countries + claim.others)
                return ahead, desc
            if code not in figs or claim.rank is None:
                return None, ""
            known = [c for c in members if c in figs]
            higher = claim.rank_order != "lowest"
            ordered = sorted(known, key=lambda c: figs[c].shown_value, reverse=higher)
            value = figs[code].shown_value
            better = sum(1 for c in known if (figs[c].shown_value > value if higher else figs[c].shown_value < value))
            same = sum(1 for c in known if figs[c].shown_value == value)
            # An ally this release lacks is placed only when every figure held for it for the year, in any
            # release, is far on one side (RANK_MARGIN of the subject's value); otherwise it keeps the rank open.
            # Only in releases out by the claim's date: a later partial release stays as open as it was.
            early = self.as_of is None or published <= self.as_of
            sides = {c: _far_side(table, c, value, higher) if early else None for c in members if c not in figs}
            missing = sum(1 for s in sides.values() if s is None)
            better += sum(1 for s in sides.values() if s is True)
            placed = sorted(c for c, s in sides.items() if s is not None)
            rank_lo, rank_hi = better + 1, better + same
            if claim.bounds:  # "among the five lowest": any place within the group
                first = int(claim.bounds[0])
                ok: bool | None = rank_lo <= claim.rank and rank_hi >= first
                if missing and rank_lo <= claim.rank < rank_hi + missing:
                    ok = None
            else:
                ok = rank_lo <= claim.rank <= rank_hi
                if missing and rank_lo <= claim.rank <= rank_hi + missing:
                    ok = None  # allies without a figure in this release could change the rank
            top = ", ".join(
                f"{i + 1}. {_name(c)} {figs[c].shown}" for i, c in enumerate(ordered[: max(3, claim.rank + 1)])
            )
            place = f"{rank_lo}" if rank_lo == rank_hi else f"{rank_lo}-{rank_hi} (tied)"
            gap = f"; {missing} without a figure" if missing else ""
            if placed:
                gap += (
                    f"; {', '.join(_name(c) for c in placed)} not in this release, placed by every other release's "
                    "figure for the year"
                )
            return (
                ok,
                f"{_name(code)} ranks {place} ({claim.rank_order}) among {len(known)} {claim.group or 'allies'} "
                f"with a figure{gap}: {top}",
            )

        judged = [(r, *outcome(r[3], r[1])) for r in table if code in r[3] or claim.others]
        newest_any = [s for s in judged if self.as_of is None or s[0][1] <= self.as_of]
        if newest_any and newest_any[-1][1] is None and newest_any[-1][2]:
            s0 = newest_any[-1]
            return Judgement(
                "unverifiable",
                f"The newest release by the claim's date, {s0[0][0]}, is only partly in the dataset: {s0[2]}; the rank "
                "cannot be settled.",
                [self._rank_ev(s0, "as_of", code, claim)],
            )
        settled = [s for s in judged if s[1] is not None]
        avail = [s for s in settled if self.as_of is None or s[0][1] <= self.as_of]
        later = [s for s in settled if self.as_of is not None and s[0][1] > self.as_of]
        when = f"on {self.as_of.isoformat()}" if self.as_of else "now"
        evidence: list[Evidence] = []
        if not avail:
            text = f"No complete NATO release published {self._when()} ranks the allies on {metric} for {year}."
            if later:
                text += " Later: " + "; ".join(f"{s[0][0]}: {s[2]}" for s in later)
            return Judgement("unverifiable", text, [self._rank_ev(s, "later", code, claim) for s in later])
        newest = avail[-1]
        evidence.append(self._rank_ev(newest, "as_of", code, claim))
        if newest[1]:
            changed = [s for s in later if not s[1]]
            evidence += [self._rank_ev(s, "later", code, claim) for s in later]
            revised = (
                ("Later releases differ: " + "; ".join(f"{s[0][0]}: {s[2]}" for s in changed) + ".")
                if changed
                else None
            )
            return Judgement(
                "accurate",
                f"Matches NATO's {newest[0][0]} ({newest[0][1].isoformat()}): {newest[2]}.",
                evidence,
                revised,
            )
        older = [s for s in avail[:-1] if s[1]]
        if older:
            evidence.insert(0, self._rank_ev(older[-1], "older", code, claim))
            return Judgement(
                "outdated",
                f"Matches an older release ({older[-1][0][0]}: {older[-1][2]}), but {when} the newest said: "
                f"{newest[2]}.",
                evidence,
            )
        evidence += [self._rank_ev(s, "later", code, claim) for s in later]
        if any(s[1] for s in later):
            return Judgement(
                "unverifiable",
                f"{when.capitalize()} NATO's newest release said: {newest[2]}; a later release matches the claim.",
                evidence,
            )
        uncovered = self.gaps(newest[0][1], year, {r[0] for r in table})
        if uncovered:  # a newer publication the dataset lacks may have ranked the allies as the claim says
            return Judgement(
                "unverifiable",
                f"{when.capitalize()} the newest release in the dataset said: {newest[2]} ({newest[0][0]}), which does "
                f"not match; but by then NATO had also published {'; '.join(uncovered)}, which the dataset does not "
                "hold.",
                evidence,
            )
        return Judgement(
            "inaccurate", f"Contradicted: {newest[2]} ({newest[0][0]}, {newest[0][1].isoformat()}).", evidence
        )

    def _rank_ev(self, settled: tuple[Any, ...], role: str, code: str, claim: Claim) -> Evidence:
        (rid, pub, _c, figs), _ok, desc = settled
        if code in figs:
            fig: Figure = figs[code]
            return fig.evidence(role, desc)
        return Evidence(
            "nato", rid, "", "", code, None, claim.metric or "share_gdp", None, pub.isoformat(), role, note=desc
        )

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


def _count_outcome(
    claim: Claim,
    figs: dict[str, Figure],
    members: list[str],
    threshold: float,
    below: bool,
    year: int,
    placed: dict[str, bool] | None = None,
) -> tuple[bool | None, list[str], list[str]]:
    """Does one release bear out a count or list claim? (True/False, or None when missing allies leave it open),
    with the allies on the claimed side of the threshold and those without a figure. `placed`: allies the
    release lacks, known to be at or above the threshold (True) or below it (False) from every other release."""
    placed = placed or {}
    at = [
        c
        for c in members
        if (c in figs and _side(figs[c], threshold, below)) or (c not in figs and placed.get(c) is (not below))
    ]
    missing = [c for c in members if c not in figs and c not in placed]
    results: list[bool | None] = []
    if claim.comparator == "all":
        results.append(True if len(at) == len(members) else (False if len(at) + len(missing) < len(members) else None))
    elif claim.comparator == "range":
        lo, hi = _bounds(claim, len(members))
        ok = [lo <= n <= hi for n in range(len(at), len(at) + len(missing) + 1)]
        results.append(True if all(ok) else (False if not any(ok) else None))
    elif claim.comparator != "members":
        ok = [matches(claim, float(n), 0) for n in range(len(at), len(at) + len(missing) + 1)]
        results.append(True if all(ok) else (False if not any(ok) else None))
    for c in claim.members:
        if c in figs:
            results.append(_side(figs[c], threshold, below))
        elif c in placed:
            results.append(placed[c] is (not below))
        elif c in countries.by_code() and not countries.by_code()[c].is_member(year):
            results.append(False)
        else:
            results.append(None)
    if not results or (any(r is None for r in results) and not any(r is False for r in results)):
        return None, at, missing
    return (not any(r is False for r in results)), at, missing


_RISE = 1e-6  # the threshold of "raising spending in real terms": any printed real change above zero


def _bounds(claim: Claim, members: int) -> tuple[int, int]:
    """A quantified count's inclusive bounds ("a handful": 2-6; "a third" of 31 allies: 8-13)."""
    low, high = claim.bounds
    if not claim.bounds_relative:
        return int(low), int(high)
    return math.ceil(low * members - 1e-9), math.floor(high * members + 1e-9)


def _side(fig: Figure, threshold: float, below: bool) -> bool:
    """At or above the threshold (or below it), at the precision the source published."""
    return fig.shown_value < threshold - 1e-9 if below else fig.shown_value >= threshold - 1e-9


def _flips(old: dict[str, Figure], new: dict[str, Figure], members: list[str], threshold: float) -> bool:
    return any(
        _side(old[c], threshold, False) != _side(new[c], threshold, False) for c in members if c in old and c in new
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
