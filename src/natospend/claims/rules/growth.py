"""Verdicts on changes of spending stated as a percentage (real_growth claims): one year's change, told apart by
measure (NATO's real change at constant prices, the nominal change at current prices, SIPRI's change from its
constant-dollar series), and changes over several years ("up 30% since 2014"), computed from two levels of one
release.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from natospend.claims import lexicon as L
from natospend.claims.directions import SCOPES
from natospend.claims.facts import Facts, Figure, country_name, fig_text, matches
from natospend.claims.frame import ALL_ALLIES, Claim
from natospend.claims.judge import CheckerBase, Judgement, combine, sourced, stale
from natospend.claims.rules.numeric import NumericRules
from natospend.formatting import published as fmt

#: A claim that names no year is about the newest figures of its date, never about a year further back than this.
_AGGREGATES = (L.NATO_TOTAL, L.EUROPE_CANADA)
_BASIS_WORDS = {"constant": "constant prices (real)", "current": "current prices (nominal)"}


#: The sign a "no rise" needs ("but not Germany" after "some allies increased their spending"): a real change of zero
#: or less (the signs 1, -1 and 0 are a rise, a fall and no fall).
_NO_RISE = 2
#: How far from zero every held figure must be, in points, to contradict a year whose newest figures are not held
#: (estimates are revised, Italy 2019 from +0.97 to -3.94: a figure near zero settles nothing).
_FIRM_MARGIN = 1.0
#: A change stated as done with no year is about one of this many years before the claim's (or the claim's own).
_RECENT_YEARS = 3


def _against(sign: int, value: float, margin: float) -> bool:
    """Whether a real change contradicts the sign a year needs, by more than `margin` points."""
    if sign == 1:
        return value <= -margin
    if sign == -1:
        return value >= margin
    if sign == _NO_RISE:
        return value > margin
    return value < -margin


def _every_ally(claim: Claim, codes: list[str], judged: list[Judgement]) -> Judgement:
    """'All Allies are increasing spending': every ally's own change. Contradicted where one ally's is; accurate only
    when each ally's is borne out; else which allies' changes cannot be checked."""
    what = f"'{claim.value_text}' for every ally"
    by = {v: [(c, j) for c, j in zip(codes, judged, strict=True) if j.verdict == v] for v in _VERDICTS}
    if by["inaccurate"]:
        wrong = by["inaccurate"]
        return Judgement(
            "inaccurate",
            f"Contradicted: {what} fails for {len(wrong)} of {len(codes)} allies: "
            + " ".join(f"{country_name(c)}: {_bare(j)}." for c, j in wrong[:3]),
            [e for _, j in wrong[:3] for e in j.evidence][:8],
        )
    if len(by["accurate"]) == len(codes):
        return Judgement(
            "accurate",
            f"NATO's real changes bear out {what} ({len(codes)} allies).",
            [e for j in judged for e in j.evidence][:8],
        )
    open_ = [(c, j) for c, j in zip(codes, judged, strict=True) if j.verdict != "accurate"]
    return Judgement(
        "unverifiable",
        f"{what} cannot be checked for {len(open_)} of {len(codes)} allies ({', '.join(c for c, _ in open_[:8])}"
        f"{', ...' if len(open_) > 8 else ''}): {_bare(open_[0][1])}.",
        [e for _, j in open_[:2] for e in j.evidence],
    )


_VERDICTS = ("accurate", "inaccurate", "outdated", "different_measure", "unverifiable")


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
        if claim.change_form in SCOPES:
            return self._direction(claim)
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
        if claim.change_form == "average rate":
            return Judgement(
                "unverifiable",
                f"{claim.value_text} is a yearly rate over several years (an average), not one year's change nor the "
                "whole change: natospend does not compute average rates, and NATO publishes none.",
            )
        if claim.since is not None or claim.bases or claim.period:
            return combine([self._change_over(claim, code) for code in codes], claim.group)
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

    def _direction(self, claim: Claim) -> Judgement:
        """A change stated without a figure (claims/directions.py): a rise or fall in a year, over a run of years
        ("the fifth consecutive year of growth"), a first rise after falls ("for the first time since 2010"), the
        end of a decline. Accurate only when who, which years and which way are all told, it is stated as done (not
        forecast or planned), and NATO's newest real changes held by the claim's date bear out every year; an
        intensity ("significantly", "sharp") is not checked."""
        what = f"'{claim.value_text}'"
        if claim.modality in ("forecast", "plan"):
            kind = "a forecast" if claim.modality == "forecast" else "a plan or announcement"
            return Judgement(
                "unverifiable",
                f"{what} is {kind}, not a statement of what was spent: natospend judges spending NATO's figures "
                "show, and holds no national plans or forecasts of changes.",
            )
        if claim.attributed_to not in (None, "nato"):
            return Judgement(
                "unverifiable", f"{what} is attributed to a source whose series of changes natospend does not hold."
            )
        if claim.change_form == "record over a long period":
            return Judgement(
                "unverifiable",
                f"{what} is called the largest (or fastest) over a long period, such as a generation or decades: that "
                "compares it with every year of the period, and NATO's real changes held start in 2012 (each ally) "
                "and 2014 (NATO's aggregates), so the comparison cannot be checked.",
            )
        if claim.group_key:
            return Judgement(
                "unverifiable",
                f"A change of the spending of {claim.group or 'a group'}: NATO publishes changes for each ally, for "
                "NATO Europe and Canada and for NATO as a whole, not for this group.",
            )
        if not claim.countries:
            return Judgement("unverifiable", f"Cannot tell whose spending {what} is about: the sentence names no ally.")
        readings = [L.NATO_TOTAL, L.EUROPE_CANADA] if claim.countries == [ALL_ALLIES] else claim.countries
        judged = [self._direction_of(claim, code) for code in readings]
        if claim.group == "every ally":
            return _every_ally(claim, readings, judged)
        if claim.countries != [ALL_ALLIES] or len({j.verdict for j in judged}) == 1:
            return combine(judged, claim.group)
        return Judgement(
            "unverifiable",
            "Cannot tell whether the allies' spending means NATO's total or that of European allies and Canada (NATO "
            "states its runs of rises of the latter), and the two readings differ: "
            + " ".join(f"{country_name(code)}: {_bare(j)}." for code, j in zip(readings, judged, strict=True)),
            [e for j in judged for e in j.evidence][:8],
        )

    def _direction_years(self, claim: Claim, code: str) -> tuple[dict[int, int], str] | str:
        """The sign each year must have ({year: +1 rise, -1 fall, 0 not a fall}) and a phrase naming the years;
        or why the years cannot be told."""
        sign = {"gt": 1, "lt": -1, "le": _NO_RISE}.get(claim.comparator, 0)
        what = f"'{claim.value_text}'"
        if claim.change_form == "direction, no year":
            return f"Cannot tell which years {what} covers: the sentence names no year or run of years."
        if claim.change_form == "first after falls":
            return (
                f"Cannot tell how many years of falls came before the rise {what} speaks of ('for the first time in "
                "many years' names no number), so the run cannot be checked."
            )
        end = claim.year if claim.year is not None else self._year(claim, [code], "real_change")
        if end is None:
            return f"Cannot tell which year {what} is about."
        if claim.change_form == "run of years":
            n = claim.period or 0
            if n < 1:
                return f"Cannot tell how many years the run {what} covers."
            return {y: sign for y in range(end - n + 1, end + 1)}, f"{end - n + 1}-{end}"
        if claim.change_form == "first since" and claim.since is not None:
            if claim.since >= end:
                return f"Cannot tell which year the first rise since {claim.since} is."
            need = {y: -sign for y in range(claim.since + 1, end)}  # a "first" is only ever of a rise
            need[end] = sign
            return need, f"{claim.since + 1}-{end}"
        if claim.change_form == "direction over years":
            starts = [claim.since] if claim.since is not None else claim.bases or [end - (claim.period or 0)]
            if len(set(starts)) != 1:
                return f"Cannot tell which year the change {what} is counted from ({', '.join(map(str, starts))})."
            if starts[0] >= end:
                return f"Cannot tell which years {what} covers."
            return {y: sign for y in range(starts[0] + 1, end + 1)}, f"{starts[0] + 1}-{end}"
        return {end: sign}, str(end)

    def _direction_of(self, claim: Claim, code: str) -> Judgement:
        """One spender's reading of a direction claim: every year's real change, the newest figure for the year
        published by the claim's date, and no newer NATO publication held only in part."""
        if claim.change_form == "direction, recent":
            return self._direction_recent(claim, code)
        told = self._direction_years(claim, code)
        if isinstance(told, str):
            return Judgement("unverifiable", told)
        need, span = told
        figs: dict[int, Figure] = {}
        # Years where every figure held by the claim's date is clearly of the other sign: the claim is contradicted
        # there whatever a newer release, not held, may say (a revision rarely turns a clear rise into a fall).
        firm: list[int] = []
        for year in need:
            held = [f for f in self.facts.figures("nato", code, "real_change", year) if self._published(f)]
            if held:
                figs[year] = held[-1]
                if all(_against(need[year], f.value, _FIRM_MARGIN) for f in held):
                    firm.append(year)
        missing = [y for y in need if y not in figs]
        shown = ", ".join(f"{y}: {figs[y].value:+.1f}% ({figs[y].release_id})" for y in sorted(figs))
        evidence = [figs[y].evidence("member") for y in sorted(figs)][:8]
        who = f"{country_name(code)}'s"
        run = f"'{claim.value_text}' is a run of {len(need)} years ({span}). "
        run = run if claim.change_form == "run of years" else ""
        words = {1: "a rise", -1: "a fall", 0: "no fall", _NO_RISE: "no rise"}
        stated = "; ".join(f"{y}: {words[s]}" for y, s in sorted(need.items()))
        gaps = sorted({g for y, f in figs.items() for g in self.gaps(f.published, y, {f.release_id})})
        if firm and (missing or gaps):
            return Judgement(
                "inaccurate",
                f"Contradicted: the claim needs {stated}; every NATO real change of {who} defence spending held for "
                f"{', '.join(map(str, firm))} says otherwise: "
                + ", ".join(
                    f"{y}: " + "/".join(f"{f.value:+.1f}% ({f.release_id})" for f in self._held(code, y)) for y in firm
                )
                + (f" (newer NATO figures, not in the dataset: {'; '.join(gaps[:2])})." if gaps else "."),
                evidence,
            )
        if missing:
            return Judgement(
                "unverifiable",
                f"{run}No NATO release in the dataset published {self._when()} holds {who} annual real change of "
                f"defence expenditure in {', '.join(map(str, missing))}, so {span} cannot be checked."
                + (f" Held: {shown}." if shown else ""),
                evidence,
            )
        wrong = [y for y, s in need.items() if _against(s, figs[y].value, 0.0)]
        if gaps:
            return Judgement(
                "unverifiable",
                f"NATO's newer figures for {span} are not in the dataset ({'; '.join(gaps[:2])}), so {who} real "
                f"changes held ({shown}) are not the newest of the claim's date.",
                evidence,
            )
        if not wrong:
            return Judgement(
                "accurate",
                f"NATO's real changes of {who} defence spending bear out every year ({stated}): {shown}. "
                "How strong the change was, if the sentence says, is not checked.",
                evidence,
            )
        return Judgement(
            "inaccurate",
            f"Contradicted: the claim needs {stated}; NATO's real changes of {who} defence spending: {shown} "
            f"(not so in {', '.join(map(str, sorted(set(wrong))))}).",
            evidence,
        )

    def _direction_recent(self, claim: Claim, code: str) -> Judgement:
        """A change stated as done with no year ("Germany cut its defense spending", said in June 2020): some recent
        year, not named. Contradicted only when every figure held by the claim's date for each of the three years
        before it (and for its own year, if an estimate is held) says otherwise, whichever of them is meant; else
        which years cannot be told."""
        what = f"'{claim.value_text}'"
        sign = {"gt": 1, "lt": -1, "le": _NO_RISE}.get(claim.comparator, 0)
        unknown = Judgement("unverifiable", f"Cannot tell which years {what} covers: the sentence names no year.")
        last = self.as_of.year - 1 if self.as_of else self._latest_year("nato", [code], "real_change")
        if last is None:
            return unknown
        # the three years before the claim's, and its own where an estimate for it is already held
        years = [y for y in range(last - _RECENT_YEARS + 1, last + 2) if y <= last or self._held(code, y)]
        held = {y: self._held(code, y) for y in years}
        if not all(held[y] and all(_against(sign, f.value, _FIRM_MARGIN) for f in held[y]) for y in years):
            return unknown
        shown = ", ".join(f"{y}: " + "/".join(f"{f.value:+.1f}% ({f.release_id})" for f in held[y]) for y in years)
        words = {1: "a rise", -1: "a fall", 0: "no fall", _NO_RISE: "no rise"}
        return Judgement(
            "inaccurate",
            f"Contradicted: the sentence names no year, but {what} needs {words[sign]} in a recent year, and every "
            f"NATO real change of {country_name(code)}'s defence spending held for each of the years before the "
            f"claim's says otherwise: {shown}.",
            [held[y][-1].evidence("member") for y in years],
        )

    def _published(self, f: Figure) -> bool:
        return self.as_of is None or f.published <= self.as_of

    def _held(self, code: str, year: int) -> list[Figure]:
        return [f for f in self.facts.figures("nato", code, "real_change", year) if self._published(f)]

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
            f"Matches SIPRI's change of {country_name(code)}'s spending from {year - 1} to {year}, computed from its "
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
                "unverifiable", f"No NATO figure of {country_name(code)}'s spending had been published {self._when()}."
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
            f"{start}-{year} at {_BASIS_WORDS[basis]}: {change:+.1f}% ({fig_text(figs[0])} -> {figs[1].shown})"
            for start, rs in readings.items()
            for basis, change, _rid, figs in rs
        )
        evidence = [f.evidence("member") for rs in readings.values() for *_x, figs in rs for f in figs][:8]
        what = f"{country_name(code)}'s spending"
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
