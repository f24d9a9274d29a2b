"""Verdicts on changes of spending stated as a percentage (real_growth claims): one year's change, told apart by
measure (NATO's real change at constant prices, the nominal change at current prices, SIPRI's change from its
constant-dollar series), and changes over several years ("up 30% since 2014"), computed from two levels of one
release.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.facts import Facts, Figure, _fig_text, _name, matches
from natospend.claims.frame import Claim
from natospend.claims.judge import CheckerBase, Judgement, _combine, sourced, stale
from natospend.claims.rules.numeric import NumericRules
from natospend.formatting import published as fmt

#: A claim that names no year is about the newest figures of its date, never about a year further back than this.
_AGGREGATES = (L.NATO_TOTAL, L.EUROPE_CANADA)
_BASIS_WORDS = {"constant": "constant prices (real)", "current": "current prices (nominal)"}


def _bare(j: Judgement) -> str:
    """A judgement's explanation as a clause inside another: no verdict word, no final stop."""
    return j.explanation.removeprefix("Contradicted: ").rstrip(". ")


def level_indicator(code: str, basis: str) -> str:
    """The level series a change is computed from: the ally's own currency (no exchange-rate swings), US$ for
    NATO's aggregates, which have no currency of their own."""
    return f"usd_{basis}_m" if code in _AGGREGATES else f"nc_{basis}_m"


def one_release(
    facts: Facts, as_of: date | None, needed: set[tuple[str, int]], indicator: str
) -> tuple[str, dict[tuple[str, int], Figure], list[str]]:
    """The newest release published by `as_of` that holds every (ally, year) level needed, with those figures, and
    the later releases that would hold them all (to name when none did by then). Levels of one release only: two
    releases differ in base year and revisions."""
    by_release: dict[str, dict[tuple[str, int], Figure]] = {}
    for code, year in needed:
        for f in facts.figures("nato", code, indicator, year):
            by_release.setdefault(f.release_id, {})[(code, year)] = f
    complete = sorted(
        ((rid, figs) for rid, figs in by_release.items() if needed <= set(figs)),
        key=lambda item: next(iter(item[1].values())).published,
    )
    dated = [(rid, figs) for rid, figs in complete if as_of is None or next(iter(figs.values())).published <= as_of]
    later = [rid for rid, figs in complete if as_of is not None and next(iter(figs.values())).published > as_of]
    if not dated:
        return "", {}, later
    return dated[-1][0], dated[-1][1], later


class GrowthRules(NumericRules, CheckerBase):
    @sourced
    def growth(self, claim: Claim) -> Judgement:
        """A change of spending in percent. One year's change is NATO's real change when the claim says "in real
        terms" (or SIPRI's, computed from its constant dollars, when that is what matches), the nominal change when
        it says so; a claim that says neither is read both ways and abstains when neither matches. A change over
        several years is computed from two levels of one release."""
        if claim.scope == "run of years":
            return self._run(claim)
        codes = self._codes(claim)
        if claim.group_key:
            return Judgement(
                "unverifiable",
                f"A change of the combined spending of {claim.group or 'a group'}: NATO publishes changes for each "
                "ally, for NATO Europe and Canada and for NATO as a whole, not for this group, and the change of a "
                "group's total is not each member's.",
            )
        if not codes or claim.negated or (claim.attributed_to not in (None, "nato")):
            return self.numeric(claim)  # another source named, or nothing to look up: the numeric rule says so
        stale_ = stale(self, claim, codes, "real_change")
        if stale_ is not None:
            return stale_
        if claim.scope == "average rate":
            return Judgement(
                "unverifiable",
                f"{claim.value_text} is a yearly rate over several years (an average), not one year's change nor the "
                "whole change: natospend does not compute average rates, and NATO publishes none.",
            )
        if claim.since is not None or claim.bases or claim.period:
            return _combine([self._change_over(claim, code) for code in codes], claim.group)
        if claim.price_basis == "current":
            return self.numeric(claim)
        real = self.numeric(replace(claim, price_basis="constant"))
        if real.verdict in ("accurate", "outdated"):
            return real
        sipri = self._sipri_change(claim, codes, real)
        if claim.price_basis == "constant":
            return sipri or real
        nominal = self.numeric(replace(claim, price_basis="current"))
        if nominal.verdict in ("accurate", "outdated"):
            return Judgement(
                "different_measure",
                f"Matches the nominal change (current prices): {nominal.explanation} NATO's real change, its own "
                f"measure of growth: {_bare(real)}.",
                nominal.evidence + real.evidence,
            )
        if sipri is not None:
            return sipri
        if real.verdict == "inaccurate" and claim.attributed_to is None:
            return Judgement(
                "unverifiable",
                f"Cannot tell whether {claim.value_text} is a change in real terms: the sentence does not say, and it "
                f"matches neither NATO's real change ({_bare(real)}) nor the nominal change ({_bare(nominal)}); it "
                "may be a budget's or another source's figure.",
                real.evidence + nominal.evidence,
            )
        return real

    def _run(self, claim: Claim) -> Judgement:
        """'Rose for the fourth year in a row': a statement over several years. NATO's real changes of those years
        are shown when one release holds them, but one year's figure at a time cannot settle a run (the year before
        it, and revisions, matter too), so the claim is not judged."""
        n = claim.period or 0
        why = (
            f"'{claim.value_text}' is a statement about a run of {n} years, not one year's change: natospend judges "
            "one year's change at a time and does not settle runs of years."
        )
        codes = self._codes(claim)
        year = self._year(claim, codes, "real_change") if len(codes) == 1 else None
        if year is None or n < 2:
            return Judgement("unverifiable", why)
        wanted = {(codes[0], y) for y in range(year - n + 1, year + 1)}
        rid, figs, _later = one_release(self.facts, self.as_of, wanted, "real_change")
        if not figs:
            return Judgement("unverifiable", why)
        shown = ", ".join(f"{y}: {figs[(c, y)].value:+.1f}%" for c, y in sorted(wanted))
        return Judgement(
            "unverifiable",
            f"{why} NATO's real changes of {_name(codes[0])}'s spending in {rid}: {shown}.",
            [figs[k].evidence("member") for k in sorted(wanted)][:8],
        )

    # -------------------------------------------------------------- helpers
    def _sipri_change(self, claim: Claim, codes: list[str], nato: Judgement) -> Judgement | None:
        """SIPRI's change, from its constant-dollar series of one edition published by the claim's date, when it
        matches and NATO's figure does not: another source's measure (different_measure)."""
        if len(codes) != 1 or claim.price_basis == "current":
            return None
        code = codes[0]
        year = self._year(claim, [code], "real_change")
        if year is None:
            return None
        derived = [
            f
            for f in self._derived_change("sipri", code, year, "usd_constant_m")
            if self.as_of is None or f.published <= self.as_of
        ]
        if not derived or not matches(claim, derived[-1].value, derived[-1].decimals):
            return None
        f = derived[-1]
        return Judgement(
            "different_measure",
            f"Matches SIPRI's change of {_name(code)}'s spending from {year - 1} to {year}, computed from its "
            f"constant-dollar series ({fmt(f.value, 1)}% in {f.release_id}, {f.published.isoformat()}), not NATO's "
            f"real change: {_bare(nato)}.",
            [f.evidence("other_measure", "matches the claim"), *nato.evidence],
        )

    def _change_over(self, claim: Claim, code: str) -> Judgement:
        """'Up 30% since 2014': the change between two levels of one release, at constant prices when the claim
        says real terms, at current prices when it says nominal, read both ways when it says neither."""
        bases_ = ["constant", "current"] if claim.price_basis is None else [claim.price_basis]
        year = claim.year if claim.year is not None else self._year(claim, [code], level_indicator(code, bases_[0]))
        if year is None:
            return Judgement(
                "unverifiable", f"No NATO figure of {_name(code)}'s spending had been published {self._when()}."
            )
        if claim.since is not None:
            starts = [claim.since]
        elif claim.bases:
            starts = list(claim.bases)
        else:
            starts = [year - (claim.period or 0)]
        readings: dict[int, list[tuple[str, float, str, list[Figure]]]] = {}
        missing: list[str] = []
        for start in starts:
            for basis in bases_:
                indicator = level_indicator(code, basis)
                rid, figs, later = one_release(self.facts, self.as_of, {(code, start), (code, year)}, indicator)
                if not figs:
                    missing.append(
                        f"{start}-{year} at {_BASIS_WORDS[basis]}"
                        + (f" (later held: {', '.join(later)})" if later else "")
                    )
                    continue
                v0, v1 = figs[(code, start)].value, figs[(code, year)].value
                change = 100 * (v1 / v0 - 1) if v0 else float("nan")
                readings.setdefault(start, []).append((basis, change, rid, [figs[(code, start)], figs[(code, year)]]))
        shown = "; ".join(
            f"{start}-{year} at {_BASIS_WORDS[basis]}: {change:+.1f}% ({_fig_text(figs[0])} -> {figs[1].shown})"
            for start, rs in readings.items()
            for basis, change, _rid, figs in rs
        )
        evidence = [f.evidence("member") for rs in readings.values() for *_x, figs in rs for f in figs][:8]
        what = f"{_name(code)}'s spending"
        if not readings or len(readings) < len(starts):
            return Judgement(
                "unverifiable",
                f"No NATO release published {self._when()} holds both levels of {what} for "
                + "; ".join(missing)
                + "."
                + (f" Held: {shown}." if shown else ""),
                evidence,
            )
        ok = {start: [r for r in rs if matches(claim, r[1], None)] for start, rs in readings.items()}
        stated = f"the claim says {claim.value_text}"
        if all(ok.values()):
            basis = ok[starts[0]][0][0]
            return Judgement(
                "accurate",
                f"Matches the change of {what} computed from one release, at {_BASIS_WORDS[basis]}: {shown}; {stated}.",
                evidence,
            )
        if any(ok.values()):
            return Judgement(
                "unverifiable",
                f"Cannot tell which year the change is counted from ({', '.join(map(str, starts))}): it matches from "
                f"some and not from others. {shown}; {stated}.",
                evidence,
            )
        if claim.price_basis is None and claim.attributed_to is None:
            return Judgement(
                "unverifiable",
                f"Cannot tell what {claim.value_text} measures: it matches the change of {what} neither at constant "
                f"nor at current prices ({shown}), and the sentence names no price basis; it may be a budget's or "
                "another source's figure.",
                evidence,
            )
        return Judgement(
            "inaccurate", f"Contradicted: the change of {what}, from one release: {shown}; {stated}.", evidence
        )
