"""Verdicts on counts and lists of allies on one side of a threshold ("nine of the 31", "these countries
are ..."), and on records over the years ("the most since 2014").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache

from natospend.claims import lexicon as L
from natospend.claims.facts import Evidence, Figure, matches
from natospend.claims.frame import Claim
from natospend.claims.judge import CheckerBase, Judgement, sourced, stale
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.reading import exact_figure
from natospend.claims.vocab import phrase_alternation, vocab
from natospend.formatting import published as fmt
from natospend.reference import countries

#: Percentage points from a threshold: an ally a partly held release lacks, whose every figure held for the year is
#: this far or farther on one side, cannot cross it in the release it lacks (corpus README, labelling rule 8).
COUNT_MARGIN = 0.3


@cache
def _count_vocab(key: str) -> Pattern:
    """A word list of vocab.toml [counts] as one pattern."""
    return lazy(rf"\b(?:{phrase_alternation(vocab()['counts'][key])})\b", re.I)


def _far_from(table: list[tuple[str, date, bool, dict[str, Figure]]], code: str, threshold: float) -> bool | None:
    """True if every held figure for `code` is clearly at or above `threshold`, False if clearly below, else None."""
    held = [r[3][code].shown_value for r in table if code in r[3]]
    if not held or threshold <= 0:
        return None
    if all(v >= threshold + COUNT_MARGIN for v in held):
        return True
    if all(v < threshold - COUNT_MARGIN for v in held):
        return False
    return None


class CountRules(CheckerBase):
    @sourced
    def count(self, claim: Claim) -> Judgement:
        judged = self._count(claim)
        if judged.verdict in ("accurate", "outdated") and (why := _other_unnamed(claim)) is not None:
            return replace(
                judged, verdict="unverifiable", explanation=f"{why} {judged.explanation}", revised_later=None
            )
        if claim.vague is None or judged.verdict not in ("accurate", "inaccurate", "outdated"):
            return judged
        # "Many countries have achieved this target": the figures held are shown, but no count of them can bear out
        # or contradict a quantity that names no number.
        return replace(
            judged,
            verdict="unverifiable",
            explanation=(
                f"Cannot tell how many allies '{claim.vague}' is: '{claim.vague}' is no definite quantity, which no "
                f"count can bear out or contradict. The figure held: {judged.explanation}"
            ),
            revised_later=None,
        )

    def _count(self, claim: Claim) -> Judgement:
        metric = claim.metric or "share_gdp"
        threshold = claim.threshold if claim.threshold is not None else 2.0
        below = bool(claim.counts_below)
        if metric == "equipment_change":
            return Judgement(
                "unverifiable",
                f"A count of allies changing their equipment spending ({claim.value_text}): natospend holds NATO's "
                "equipment share of defence spending, not its real change per ally.",
            )
        if claim.comparator == "multiple":
            return self._count_multiple(claim)
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
        if claim.derived_from:
            return self._count_derived(claim)
        if claim.year is None and claim.year_basis == "vague":
            return Judgement(
                "unverifiable",
                f"Cannot tell which year the count ({claim.value_text}) is for: '{claim.year_text}' names no year.",
            )
        year = claim.year
        if year is None:
            year = self._latest_year("nato", [c.code for c in countries.allies()], metric) or self._fallback_year()
        if year is None:
            return Judgement("unverifiable", f"No NATO release published {self._when()} holds the figures.")
        if claim.year is None and (old := stale(self, claim, [], metric, year)) is not None:
            return old  # "24 of the 30 met the 20% equipment goal" in 2023, on equipment tables held up to 2019
        # "five allies other than the U.S.": the count is over the allies in scope less those left out.
        members = [c for c in L.group_members(claim.group_key or "all", year) if c not in claim.excluded]
        scope = claim.group or "allies"
        if claim.excluded:
            scope += " other than " + ", ".join(claim.excluded)
        sign = "below" if below else "at or above"
        when = f"on {self.as_of.isoformat()}" if self.as_of else "now"
        thr = fmt(threshold, 0 if threshold == int(threshold) else 1)
        measure = f" {thr}%"
        if claim.threshold_high is not None and (exact := exact_figure(threshold, claim.threshold_high)) is not None:
            sign, measure = (
                "at",
                f" {exact}% (as printed: from {fmt(threshold, 2)}% to under {fmt(claim.threshold_high, 2)}%)",
            )
        elif claim.threshold_high is not None:
            top = claim.threshold_high
            sign, measure = "between", f" {thr}% and {fmt(top, 0 if top == int(top) else 1)}%"
        if metric == "real_change":
            sign, measure = ("cutting" if below else "raising") + " spending in real terms", ""

        tallied: dict[int, tuple[bool | None, list[str], list[str]]] = {}  # by release: the same tally, once
        far: dict[str, bool | None] = {}  # by ally: where every release out by the claim's date places it

        def far_from(code: str) -> bool | None:
            if code not in far:
                far[code] = _far_from(avail, code, threshold)
            return far[code]

        def tally(figs: dict[str, Figure]) -> tuple[bool | None, list[str], list[str]]:
            if id(figs) in tallied:  # the releases' figures live as long as this call: their ids stay theirs
                return tallied[id(figs)]
            tallied[id(figs)] = _tally(figs)
            return tallied[id(figs)]

        def _tally(figs: dict[str, Figure]) -> tuple[bool | None, list[str], list[str]]:
            # In a partly held release out by the claim's date, an ally it lacks is placed when every figure held
            # for it for the year, in any release out by then, is far on one side of the threshold (COUNT_MARGIN).
            # Exact counts and named allies only: a vague quantifier ("few") stays open on a partly held release.
            early = (
                metric == "share_gdp"
                and claim.comparator != "range"
                and claim.threshold_high is None  # an ally far from a band's bottom may still be inside it
                and any(figs is r[3] for r in avail)
            )
            # Only figures out by then: later releases carry outturns the claim's source could not have known.
            placed = {c: s for c in members if c not in figs and (s := far_from(c)) is not None}
            return _count_outcome(claim, figs, members, threshold, below, year, placed if early else None)

        def describe(
            rid: str, published: date, figs: dict[str, Figure], role: str, source: str = "nato"
        ) -> tuple[str, Evidence]:
            _, at, missing = tally(figs)
            names = ", ".join(at)
            text = f"{len(at)} {scope} {sign}{measure} in {rid} ({published.isoformat()})"
            text += f": {names}" if names else ""
            if missing:  # name them: which allies' figures would settle the count
                text += f"; {len(missing)} without a figure there ({', '.join(missing)})"
            held_out = [c for c in members if c not in figs and c not in missing]
            if held_out:
                text += (
                    f"; {', '.join(held_out)} not in this release, placed "
                    + ", ".join(f"{c} {sign if c in at else 'not ' + sign}{measure}" for c in held_out)
                    + f" by every earlier release's figure for {year}, all {COUNT_MARGIN:g} points or more from it"
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
        if attributed and attributed not in ("nato", "national_budget") and attributed not in self.facts.sources():
            # "IISS director general John Chipman said: in 2016, only two European Nato states ...": the count is
            # the IISS's, on its own figures, which are not held (IISS figures are imported by the user).
            return Judgement(
                "unverifiable",
                f"The count ({claim.value_text}) is {attributed.upper()}'s, on its own figures; natospend holds no "
                f"{attributed.upper()} figures for {year}"
                + (" (import them to check it)." if attributed == "iiss" else "."),
            )
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
        if claim.modality == "forecast" and not any(r[1].year > year for r in avail):
            # Once a release after the year is out, "will allocate 2% in 2023" said in 2024 is read as the count.
            return self._count_forecast(claim, year, table, tally, describe)
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
            if ok and (why := self._count_open_after(pub, year, figs, members, threshold, avail, table, rid)):
                return Judgement("unverifiable", f"Matches NATO's figures in {rid} ({text}), but {why}.", evidence)
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

    def _count_derived(self, claim: Claim) -> Judgement:
        """'Seven ... in 2022, one fewer than in 2021': the 2021 count is worked out from the 2022 one, so it is
        accurate only when the count it is worked out from is not contradicted as well."""
        value, year = claim.derived_from
        main = self.count(replace(claim, derived_from=[], value=value, year=int(year), modality=None))
        own = self.count(replace(claim, derived_from=[]))
        if own.verdict == "accurate" and main.verdict in ("inaccurate", "outdated"):
            return Judgement(
                "unverifiable",
                f"'{claim.value_text}' counts {claim.value:g} in {claim.year} from {value:g} in {int(year)}, which the "
                f"figures do not bear out ({main.explanation}); the {claim.year} count alone: {own.explanation}",
                own.evidence,
            )
        return own

    def _count_multiple(self, claim: Claim) -> Judgement:
        """'18 of the 31 allies ... That is six times as many as in 2014': the count multiplied must hold, and the
        earlier year's count must be it divided by the factor; either left open leaves the claim open."""
        factor = claim.value or 0.0
        if claim.base_value is None or factor <= 0:
            return Judgement(
                "unverifiable",
                f"Cannot tell which count '{claim.value_text}' multiplies: no count of allies is stated before it.",
            )
        base = self.count(replace(claim, comparator="eq", value=claim.base_value, since=None, base_value=None))
        if base.verdict != "accurate":
            return Judgement(
                "unverifiable",
                f"'{claim.value_text}' multiplies a count ({claim.base_value:g} in {claim.year}) that cannot be "
                f"confirmed: {base.explanation}",
                base.evidence,
            )
        # The earlier counts that make the factor, give or take half a step of it or 10% of the count ("six times
        # as many": 18 against 3; "three times as many": 10 against 3), or any count below the quotient for "more
        # than three times as many".
        base_n = claim.base_value
        tol = max(0.1 * base_n, factor / 2)
        if claim.rank_order == "more":
            low, high = 1.0, float(math.ceil(base_n / factor - 1e-9) - 1)
        else:
            low, high = (
                float(math.ceil((base_n - tol) / factor - 1e-9)),
                float(math.floor((base_n + tol) / factor + 1e-9)),
            )
        then = replace(
            claim,
            comparator="range",
            value=None,
            bounds=[low, high],
            bounds_relative=False,
            year=claim.since,
            since=None,
            base_value=None,
            modality=None,
            rank_order=None,
        )
        old = self.count(then)
        if old.verdict in ("accurate", "inaccurate"):
            return Judgement(
                old.verdict,
                f"{claim.base_value:g} in {claim.year} ({base.explanation}) against {claim.since} ({old.explanation})",
                base.evidence + old.evidence,
            )
        return Judgement(
            "unverifiable",
            f"The count for {claim.since} cannot be settled: {old.explanation}",
            base.evidence + old.evidence,
        )

    def _count_forecast(
        self,
        claim: Claim,
        year: int,
        table: list[tuple[str, date, bool, dict[str, Figure]]],
        tally: Callable[[dict[str, Figure]], tuple[bool | None, list[str], list[str]]],
        describe: Callable[[str, date, dict[str, Figure], str], tuple[str, Evidence]],
    ) -> Judgement:
        """'18 allies are expected to meet the target this year': a forecast, judged only against the NATO releases
        out by the claim's date that held a projection for the year (published before the year was over). The
        newest projection matched is `accurate`, an older one `outdated`. A forecast reported after its year, or
        attributed to a NATO publication, may cite an older projection: one the dataset lacks leaves it
        `unverifiable`; otherwise the newest projection decides, as for any figure."""
        held = [r for r in table if (self.as_of is None or r[1] <= self.as_of) and r[1].year <= year]
        if not held:
            return Judgement(
                "unverifiable",
                f"A forecast for {year} ({claim.value_text}): no NATO release published {self._when()} held a "
                f"projection for {year}.",
            )
        newest = held[-1]
        text, ev = describe(newest[0], newest[1], newest[3], "as_of")
        outcome = tally(newest[3])[0]
        if outcome is None:
            return Judgement(
                "unverifiable",
                f"A forecast for {year}: NATO's newest projection {self._when()} does not settle the count ({text}).",
                [ev],
            )
        if outcome:
            return Judgement("accurate", f"Matches NATO's projection for {year}: {text}.", [ev])
        older = [r for r in held[:-1] if tally(r[3])[0]]
        if older:
            t, e = describe(older[-1][0], older[-1][1], older[-1][3], "older")
            return Judgement(
                "outdated",
                f"Matches an older projection for {year} ({t}), but {self._when()} NATO's newest said: {text}.",
                [e, ev],
            )
        cutoff = self.as_of or date.today()
        reported = year < cutoff.year or bool(_count_vocab("nato_publication").search(claim.text))
        uncovered = [
            f"{u.title} ({u.date.isoformat()})"
            for u in self.defs.uncovered
            if u.source == "nato"
            and u.date <= cutoff
            and u.date.year <= year
            and u.first_year <= year <= u.last_year
            and (reported or u.date > newest[1])
        ]
        if uncovered:
            return Judgement(
                "unverifiable",
                f"A forecast for {year}: NATO's projection held {self._when()} differs ({text}), but NATO also "
                f"published {'; '.join(uncovered)}, which the dataset does not hold and the forecast may cite.",
                [ev],
            )
        later = [r for r in table if r[1] > cutoff and len(r[3]) * 2 >= len(held[-1][3]) and tally(r[3])[0]]
        if later:
            t, e = describe(later[0][0], later[0][1], later[0][3], "later")
            return Judgement(
                "unverifiable",
                f"A forecast for {year}: NATO's projection held {self._when()} differs ({text}); a later release "
                f"matches ({t}). The projection the claim drew on is probably missing from the dataset.",
                [ev, e],
            )
        return Judgement("inaccurate", f"Contradicted by NATO's projection for {year}: {text}.", [ev])

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
            if r.indicator == key and r.year == year and group_ok and not claim.counts_below:
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

    def _count_open_after(
        self,
        pub: date,
        year: int,
        figs: dict[str, Figure],
        members: list[str],
        threshold: float,
        avail: list[tuple[str, date, bool, dict[str, Figure]]],
        table: list[tuple[str, date, bool, dict[str, Figure]]],
        rid: str,
    ) -> str | None:
        """Why a count the release `rid` bears out is still open on the claim's date: a NATO publication out after it
        that covers the year, which the dataset does not hold or holds only in part, may have revised an ally whose
        figure there lies within COUNT_MARGIN points of the threshold (corpus README, labelling rules 6 and 8)."""
        close = [c for c in members if c in figs and abs(figs[c].shown_value - threshold) < COUNT_MARGIN]
        if not close:
            return None
        for r in avail:
            lacking = [c for c in close if c not in r[3]]
            if r[1] > pub and lacking:
                return (
                    f"the newer {r[0]} ({r[1].isoformat()}) is only partly in the dataset and lacks "
                    f"{', '.join(lacking)}, within {COUNT_MARGIN:g} points of the threshold in {rid}: it may have "
                    "revised them, so the count cannot be settled"
                )
        uncovered = self.gaps(pub, year, {r[0] for r in table})
        if uncovered:
            return (
                f"by then NATO had also published {'; '.join(uncovered)}, which the dataset does not hold and which "
                f"may have revised {', '.join(close)} (within {COUNT_MARGIN:g} points of the threshold in {rid}): "
                "the count cannot be settled"
            )
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


def _other_unnamed(claim: Claim) -> str | None:
    """'Only three other Members - Poland, Estonia and Greece - spend above 3%': the list and the one ally it is set
    against are the whole set (counts._exhaustive_enumeration); the figures bear out that one ally more is there,
    not that it is the one the sentence means, which it does not name."""
    if claim.comparator != "eq" or not claim.members or claim.value != len(claim.members) + 1:
        return None
    if not _OTHER_RE.search(claim.value_text):
        return None
    return (
        f"Cannot tell which ally '{claim.value_text}' are set against: the list ({', '.join(claim.members)}) and "
        "one ally more are the whole set, and the sentence does not name that ally."
    )


_OTHER_RE = lazy(r"\bothers?\b", re.I)


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
        if (c in figs and _side(figs[c], threshold, below, claim.threshold_high))
        or (c not in figs and placed.get(c) is (not below))
    ]
    missing = [c for c in members if c not in figs and c not in placed]
    results: list[bool | None] = []
    if claim.comparator == "all":
        results.append(True if len(at) == len(members) else (False if len(at) + len(missing) < len(members) else None))
        # "All allies except Spain met the target": the ally left out is on the other side.
        results += [not _side(figs[c], threshold, below) for c in claim.excluded if c in figs]
    elif claim.comparator == "all_but" and claim.value is not None:
        # "all but eight allies": the membership less the number, exactly.
        want = len(members) - int(claim.value)
        results.append(
            True
            if len(at) == want and not missing
            else (False if not len(at) <= want <= len(at) + len(missing) else None)
        )
    elif claim.comparator == "range":
        lo, hi = _bounds(claim, len(members))
        ok = [lo <= n <= hi for n in range(len(at), len(at) + len(missing) + 1)]
        results.append(True if all(ok) else (False if not any(ok) else None))
    elif claim.comparator != "members":
        ok = [matches(claim, float(n), 0) for n in range(len(at), len(at) + len(missing) + 1)]
        results.append(True if all(ok) else (False if not any(ok) else None))
    for c in claim.members:
        if c in figs:
            results.append(_side(figs[c], threshold, below, claim.threshold_high))
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


def _side(fig: Figure, threshold: float, below: bool, high: float | None = None) -> bool:
    """At or above the threshold (or below it; or within a band up to `high`), at the precision published."""
    if high is not None:
        return threshold - 1e-9 <= fig.shown_value <= high + 1e-9
    return fig.shown_value < threshold - 1e-9 if below else fig.shown_value >= threshold - 1e-9


def _flips(old: dict[str, Figure], new: dict[str, Figure], members: list[str], threshold: float) -> bool:
    return any(
        _side(old[c], threshold, False) != _side(new[c], threshold, False) for c in members if c in old and c in new
    )
