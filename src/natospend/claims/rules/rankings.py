"""Verdicts on rankings ("the second largest spender", "ahead of Germany", "in the top half")."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from typing import Any

from natospend.claims import lexicon as L
from natospend.claims.facts import Evidence, Figure, country_name
from natospend.claims.frame import Claim
from natospend.claims.judge import CheckerBase, Judgement, combine, sourced

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


_MEASURE_NAMES = {"share_gdp": "share of GDP", "equipment_share": "equipment share of defence spending"}


def _missing(codes: list[str]) -> str:
    """How many allies a release lacks, and which (the first ten past a dozen)."""
    names = ", ".join(country_name(c) for c in codes[: 10 if len(codes) > 12 else 12])
    more = f" and {len(codes) - 10} more" if len(codes) > 12 else ""
    return f"{len(codes)} without a figure ({names}{more})"


class RankingRules(CheckerBase):
    @sourced
    def ranking(self, claim: Claim) -> Judgement:
        if claim.rank_field == "world":
            return Judgement(
                "unverifiable",
                f"A world ranking ({claim.value_text}): natospend holds figures for NATO allies only, so it cannot "
                "place an ally among all countries.",
            )
        if claim.negated:
            return Judgement(
                "unverifiable",
                f"A negated place ({claim.value_text}): natospend does not check negations (which place it is "
                "instead is not said).",
            )
        if claim.attributed_to == "sipri" and claim.group_key == "europe":
            return Judgement(
                "unverifiable",
                f"A place in Europe by SIPRI ({claim.value_text or 'a rank'}): SIPRI's Europe includes countries "
                "outside NATO (Russia, Ukraine), so NATO's figures for the European allies cannot settle it.",
            )
        if claim.rank_field == "with_iceland":
            return Judgement(
                "unverifiable",
                f"A place counted with Iceland ({claim.value_text or 'a rank'}): Iceland has no armed forces and no "
                "NATO figure, and natospend ranks the allies without it, so the place cannot be compared.",
            )
        if claim.rank_field == "beyond_nato":
            return Judgement(
                "unverifiable",
                f"A ranking in a field that is not NATO's allies ({claim.value_text}): natospend holds figures for "
                "NATO allies only, so it cannot place an ally among other countries.",
            )
        if claim.metric is None and claim.rank_measures == ["per_capita"]:
            return Judgement(
                "unverifiable",
                f"A rank by spending per person ({claim.value_text}): natospend holds NATO's totals and shares of "
                "GDP, not spending per head, so it cannot place the allies by it.",
            )
        if claim.metric is None and claim.rank_measures:
            return Judgement(
                "unverifiable",
                f"Cannot tell what the rank ({claim.value_text}) is by: the sentence names two measures ("
                + " and ".join(_MEASURE_NAMES.get(m, m) for m in claim.rank_measures)
                + ").",
            )
        if claim.metric is None:
            return Judgement(
                "unverifiable",
                f"Cannot tell what the rank ({claim.value_text}) is by: the sentence names neither a share of GDP nor "
                "spending in money for it (a measure named only in a contrasted part, or two in the sentence before, "
                "do not say which).",
            )
        if claim.rank_form == "descending":
            parts = [self._ranking(replace(claim, countries=[c], rank_form=None)) for c in claim.countries]
            parts.append(self._ranking(claim))
            return combine(parts, None)
        if claim.rank is None and not claim.others and claim.rank_form not in ("half", "among"):
            return Judgement(
                "unverifiable",
                f"The rank is not stated ({claim.value_text or 'no place given'}): it depends on an ally named "
                "elsewhere, so it cannot be checked on its own.",
            )
        if len(claim.countries) > 1 and not claim.others:
            return combine([self._ranking(replace(claim, countries=[c])) for c in claim.countries], None)
        return self._ranking(claim)

    def _ranking(self, claim: Claim) -> Judgement:
        metric = claim.metric or "share_gdp"
        if claim.rank_field == "world":
            return Judgement("unverifiable", "A world ranking: natospend holds figures for NATO allies only.")
        code = claim.countries[0] if claim.countries else None
        if code is None:
            return Judgement("unverifiable", "No ally named.")
        year = claim.year or self._latest_year("nato", [code], metric) or self._fallback_year()
        if year is None:
            return Judgement("unverifiable", f"No NATO figure for {country_name(code)} published {self._when()}.")
        if claim.year is None and year < (self.as_of or date.today()).year - 1:
            # "The UK remains the second largest spender": a rank now, which an old year's figures cannot stand for.
            return Judgement(
                "unverifiable",
                f"Cannot tell which year the rank is for: none is stated, and the newest NATO figures of this measure "
                f"published {self._when()} are for {year}.",
            )
        members = L.group_members(claim.group_key or "all", year)
        table = self.facts.release_table("nato", metric, year)
        held = [r for r in table if self.as_of is None or r[1] <= self.as_of]  # published by the claim's date

        def places(figs: dict[str, Figure], c: str) -> tuple[int, int]:
            """The places an ally's printed figure gives it (a range when tied), from the claimed end."""
            value = figs[c].shown_value
            higher = claim.rank_order != "lowest"
            known = [k for k in members if k in figs]
            better = sum(1 for k in known if (figs[k].shown_value > value if higher else figs[k].shown_value < value))
            return better + 1, better + sum(1 for k in known if figs[k].shown_value == value)

        def listing(figs: dict[str, Figure], codes: list[str]) -> str:
            return ", ".join(f"{country_name(c)} {figs[c].shown}" for c in codes if c in figs)

        def outcome(figs: dict[str, Figure], published: date) -> tuple[bool | None, str]:
            needed = claim.countries + claim.others
            if claim.rank_form in ("next", "beyond", "descending") and any(c not in figs for c in needed):
                return None, ""
            absent = [c for c in members if c not in figs]
            if claim.rank_form == "next" and absent:
                # An ally the release lacks cannot take a place among those named if every figure out by then puts
                # it clearly behind the last of them (RANK_MARGIN), as for a single rank.
                higher = claim.rank_order != "lowest"
                values = [figs[c].shown_value for c in needed]
                last = min(values) if higher else max(values)
                absent = [c for c in absent if _far_side(held, c, last, higher) is not False]
            if claim.rank_form in ("next", "beyond", "descending") and absent:
                return None, _missing(absent)
            if claim.rank_form == "next":  # the allies named take the places right after the one they follow
                after = places(figs, claim.others[0])[1]
                wanted = range(after + 1, after + len(claim.countries) + 1)
                fits = all(places(figs, c)[0] in wanted or places(figs, c)[1] in wanted for c in claim.countries)
                fits = fits and (claim.rank != 1 or places(figs, claim.others[0])[0] == 1)  # "X led, followed by"
                return (
                    fits,
                    f"after {listing(figs, claim.others)}: {listing(figs, claim.countries)} (places "
                    + ", ".join(f"{places(figs, c)[0]}" for c in claim.countries)
                    + f" {claim.rank_order})",
                )
            if claim.rank_form == "beyond":  # exactly the allies listed are below (above) the subject
                value = figs[code].shown_value
                lower = claim.rank_order == "lowest"
                beyond = [
                    c
                    for c in members
                    if c in figs and (figs[c].shown_value < value if lower else figs[c].shown_value > value)
                ]
                side = "below" if lower else "above"
                return set(beyond) == set(claim.others), (
                    f"{len(beyond)} allies {side} {country_name(code)} ({figs[code].shown}): {listing(figs, beyond)}"
                )
            if claim.rank_form == "descending":  # the named allies in the order given
                values = [figs[c].shown_value for c in claim.countries]
                in_order = all(a >= b for a, b in itertools.pairwise(values))
                return in_order, f"in the order named: {listing(figs, claim.countries)}"
            if claim.rank_form == "half" and code in figs:
                known = [c for c in members if c in figs]
                lo, hi = places(figs, code)
                limit = len(members) // 2
                ok_half: bool | None = hi <= limit
                if len(known) < len(members) and lo <= limit:
                    ok_half = None
                return ok_half, (
                    f"{country_name(code)} ranks {lo} ({claim.rank_order}) of {len(members)} allies, "
                    f"{'within' if hi <= limit else 'outside'} the {claim.rank_order} half ({limit})"
                )
            if claim.rank_form == "among" and code in figs:  # near one end, no size: a quarter in, not past half
                lo, hi = places(figs, code)
                absent = [c for c in members if c not in figs]
                limit = max(1, int(len(members) * claim.bounds[1]))
                worst = hi + len(absent)
                ok_among: bool | None = None
                if worst <= limit:
                    ok_among = True
                elif lo > len(members) // 2:
                    ok_among = False
                place = f"{lo}" if lo == worst else f"{lo}-{worst}"
                where = f"{country_name(code)} ranks {place} ({claim.rank_order}) of {len(members)}"
                gap = f"; {_missing(absent)}" if absent else ""
                return ok_among, (
                    f"{where}{gap}; 'among the {claim.rank_order}' is read as within the first {limit} and "
                    f"not beyond the first {len(members) // 2}"
                )
            if claim.others:
                subjects = [c for c in claim.countries if c in figs]
                rivals = [c for c in claim.others if c in figs]
                if len(subjects) < len(claim.countries) or len(rivals) < len(claim.others):
                    return None, ""
                ahead = all(figs[s].shown_value > figs[r].shown_value for s in subjects for r in rivals)
                desc = ", ".join(f"{country_name(c)} {figs[c].shown}" for c in claim.countries + claim.others)
                return ahead, desc
            if code not in figs or claim.rank is None:
                return None, ""
            known = [c for c in members if c in figs]
            higher = claim.rank_order != "lowest"
            ordered = sorted(known, key=lambda c: figs[c].shown_value, reverse=higher)
            value = figs[code].shown_value
            better = sum(1 for c in known if (figs[c].shown_value > value if higher else figs[c].shown_value < value))
            same = sum(1 for c in known if figs[c].shown_value == value)
            # An ally this release lacks is placed only when every figure held for it for the year, in releases
            # out by the claim's date, is far on one side (RANK_MARGIN of the subject's value); otherwise it keeps
            # the rank open (settled only if every place it could take gives the same answer), as counts do. A
            # later release's figures are the outturn the claim's source could not have known: never used here.
            early = self.as_of is None or published <= self.as_of
            sides = {c: _far_side(held, c, value, higher) if early else None for c in members if c not in figs}
            absent = sorted(c for c, s in sides.items() if s is None)
            missing = len(absent)
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
                f"{i + 1}. {country_name(c)} {figs[c].shown}" for i, c in enumerate(ordered[: max(3, claim.rank + 1)])
            )
            place = f"{rank_lo}" if rank_lo == rank_hi else f"{rank_lo}-{rank_hi} (tied)"
            gap = f"; {_missing(absent)}" if missing else ""
            if placed:
                gap += (
                    f"; {', '.join(country_name(c) for c in placed)} not in this release, placed by every earlier "
                    "release's figure for the year"
                )
            return (
                ok,
                f"{country_name(code)} ranks {place} ({claim.rank_order}) among {len(known)} {claim.group or 'allies'} "
                f"with a figure{gap}: {top}",
            )

        judged = [(r, *outcome(r[3], r[1])) for r in table if code in r[3] or claim.others]
        newest_any = [s for s in judged if self.as_of is None or s[0][1] <= self.as_of]
        if newest_any and newest_any[-1][1] is None and newest_any[-1][2]:
            s0 = newest_any[-1]
            if claim.rank_form == "among" and "without a figure" not in s0[2]:
                return Judgement(
                    "unverifiable",
                    f"'{claim.value_text}' names no place, and {s0[0][0]} puts the ally neither clearly near that end "
                    f"nor clearly away from it: {s0[2]}.",
                    [self._rank_ev(s0, "as_of", code, claim)],
                )
            # A later, fuller release is told for the reader, never for the verdict (the claim could not know it).
            after = [s for s in judged if self.as_of is not None and s[0][1] > self.as_of and s[1] is not None]
            told = f" Later, {after[0][0][0]} ({after[0][0][1].isoformat()}): {after[0][2]}." if after else ""
            return Judgement(
                "unverifiable",
                f"The newest release by the claim's date, {s0[0][0]}, is only partly in the dataset: {s0[2]}; the rank "
                f"cannot be settled.{told}",
                [self._rank_ev(s0, "as_of", code, claim)] + [self._rank_ev(s, "later", code, claim) for s in after[:1]],
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
