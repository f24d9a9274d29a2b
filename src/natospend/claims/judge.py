"""Judging one figure against the releases that publish it: `Judgement`, `judge_series` (accurate, outdated,
different_measure, unverifiable or inaccurate across vintages and other measures), how several judgements
combine, and the base every verdict rule builds on (`CheckerBase`: as-of, years, codes, reference figures, gaps).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import wraps
from typing import Any, TypeVar, cast

from natospend.claims import lexicon as L
from natospend.claims.facts import Evidence, Figure, facts_for, fig_text, measure_label
from natospend.claims.frame import ALL_ALLIES, Claim
from natospend.reference.definitions import load_definitions
from natospend.store.readmodel import Store

VERDICTS = ("accurate", "inaccurate", "outdated", "different_measure", "unverifiable")
PREFERENCE = {"accurate": 0, "outdated": 1, "different_measure": 2, "unverifiable": 3, "inaccurate": 4}
_SEVERITY = {"inaccurate": 4, "outdated": 3, "different_measure": 2, "unverifiable": 1, "accurate": 0}


@dataclass
class Judgement:
    verdict: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    revised_later: str | None = None
    # the "read every word" gate (check._unread_frame): the words it could not read, and the verdict it withheld
    unread: tuple[str, ...] = ()
    figures_verdict: str | None = None


def judge_series(
    what: str,
    primary: list[Figure],
    others: list[Figure],
    as_of: date | None,
    pred: Callable[[Figure], bool],
    unit: str,
    missing: str,
    attributed: str | None = None,
    gaps: Callable[[date, set[str]], list[str]] | None = None,
    envelope: Callable[[list[Figure]], bool] | None = None,
    level: bool = True,
) -> Judgement:
    """The verdict for a claim about one figure that several releases (and other measures) publish. `level` is
    False for a comparison ("below 2%"): another source's figure that bears it out, where NATO's is not yet held,
    does not show that the claim is on that source's measure."""
    avail = [f for f in primary if as_of is None or f.published <= as_of]
    later = [f for f in primary if as_of is not None and f.published > as_of]
    other_match = [f for f in others if pred(f)]
    # Another source's figure counts only if it had been published by the claim's date (a SIPRI edition of 2025 is
    # not what a 2018 article drew on); a later one is named, never the verdict.
    other_avail = [f for f in other_match if as_of is None or f.published <= as_of]
    other_later = [f for f in other_match if as_of is not None and f.published > as_of]
    when = f"on {as_of.isoformat()}" if as_of else "now"
    evidence: list[Evidence] = []
    if avail:
        newest = avail[-1]
        evidence.append(newest.evidence("as_of", "newest figure published by the claim's date"))
        if pred(newest):
            changed = [f for f in later if not pred(f)]
            for f in later:
                evidence.append(f.evidence("later"))
            newer = gaps(newest.published, {f.release_id for f in primary}) if gaps is not None else []
            # One published on the claim's own day may not have been seen by its author.
            if newer:
                # A newer release the dataset does not hold (or holds without this figure) may have revised it.
                return Judgement(
                    "unverifiable",
                    f"Matches {what} in {fig_text(newest, unit)}, but by the claim's date NATO had also published "
                    f"{'; '.join(newer)}, which the dataset does not hold for it; cannot tell whether the figure "
                    "still stood.",
                    evidence,
                )
            revised = None
            if changed:
                revised = "Later revised: " + "; ".join(fig_text(f, unit) for f in changed) + "."
            src = "" if newest.source == "nato" else f" ({newest.source.upper()})"
            return Judgement(
                "accurate",
                f"Matches {what}: {fig_text(newest, unit)}{src}, the newest figure published {when}."
                + newest.weakness(),
                evidence,
                revised,
            )
        older = [f for f in avail[:-1] if pred(f)]
        if older:
            evidence[:0] = [f.evidence("older", "matches the claim") for f in older[-2:]]
            evidence += [f.evidence("later") for f in later]
            return Judgement(
                "outdated",
                f"Matches an older release ({fig_text(older[-1], unit)}), but {when} the newest figure for {what} was "
                f"{fig_text(newest, unit)}.",
                evidence,
            )
        if other_avail:
            f = other_avail[-1]
            evidence.append(f.evidence("other_measure", "matches the claim"))
            return Judgement(
                "different_measure",
                f"Matches {measure_label(f)} ({fig_text(f, unit)}), not NATO's figure for {what}: "
                f"{fig_text(newest, unit)}.",
                evidence,
            )
        later_match = [f for f in later if pred(f)]
        evidence += [f.evidence("later") for f in later]
        if later_match:
            return Judgement(
                "unverifiable",
                f"{when.capitalize()} the newest figure for {what} was {fig_text(newest, unit)}, which does not "
                "match; "
                f"a later release does ({fig_text(later_match[0], unit)}). The release the claim drew on is "
                "probably missing from the dataset.",
                evidence,
            )
        uncovered = gaps(newest.published, {f.release_id for f in primary}) if gaps is not None else []
        if uncovered and (envelope is None or envelope(primary)):
            return Judgement(
                "unverifiable",
                f"{when.capitalize()} the newest figure in the dataset for {what} was {fig_text(newest, unit)}, which "
                f"does not match; but by then NATO had also published {'; '.join(uncovered)}, which the dataset "
                "does not "
                "hold, and the claim lies within the range of NATO's figures for it.",
                evidence,
            )
        wrong = f"Contradicted: {what} was {fig_text(newest, unit)}"
        if later:
            wrong += "; later releases: " + "; ".join(fig_text(f, unit) for f in later)
        return Judgement("inaccurate", wrong + ".", evidence)
    if attributed and attributed != "nato" and not others:
        return Judgement("unverifiable", missing, [f.evidence("later") for f in later])
    if other_avail and level:
        f = other_avail[-1]
        ev = [f.evidence("other_measure", "matches the claim")] + [x.evidence("later") for x in later]
        return Judgement(
            "different_measure",
            f"Matches {measure_label(f)} ({fig_text(f, unit)}); no NATO figure for {what} had been published {when}.",
            ev,
        )
    text = missing
    if later:
        agree = [f for f in later if pred(f)]
        text += " Later releases: " + "; ".join(fig_text(f, unit) for f in later)
        if len(agree) == len(later):
            text += " (consistent with the claim)."
        elif agree:  # some later releases match and some do not: say which, not "differ" of them all
            text += (
                f" (only {', '.join(f.release_id for f in agree)} match{'es' if len(agree) == 1 else ''} the claim)."
            )
        else:
            text += " (which differ from the claim)."
    if other_avail:  # a comparison another source bears out: named, not the verdict
        f = other_avail[-1]
        text += f" {measure_label(f)} bears the comparison out ({fig_text(f, unit)})."
    elif other_later:
        f = other_later[-1]
        text += f" {measure_label(f)}, published later, agrees ({fig_text(f, unit)})."
    return Judgement("unverifiable", text, [f.evidence("later") for f in later])


def within_vintages(claim: Claim, values: list[float]) -> bool:
    """Is the claim's figure inside the range NATO's vintages have spanned (so a missing vintage may match)?"""
    if claim.comparator in ("gt", "lt", "ge", "le") and len(claim.bounds) == 2 and values:  # "just over 1%": overlap
        return min(values) - 1e-9 <= claim.bounds[1] and claim.bounds[0] <= max(values) + 1e-9
    if claim.value is None or not values or claim.comparator not in ("eq", "approx", "nearly"):
        return False
    tol = 0.5 * claim.step + 1e-9
    return min(values) - tol <= claim.value <= max(values) + tol


def combine(parts: list[Judgement], group: str | None) -> Judgement:
    if len(parts) == 1:
        return parts[0]
    worst = max(parts, key=lambda j: _SEVERITY[j.verdict])
    evidence = [e for j in parts for e in j.evidence]
    text = f"For each of the {group or 'allies'}: " + " | ".join(j.explanation for j in parts)
    revised = "; ".join(j.revised_later for j in parts if j.revised_later) or None
    return Judgement(worst.verdict, text, evidence, revised)


class CheckerBase:
    """What every verdict rule needs: the claim's date (as-of), the year a claim is about, the allies it
    covers, reference figures from other sources, and the NATO publications the dataset lacks (gaps)."""

    def __init__(self, ds: Store, as_of: date | None) -> None:
        self.ds = ds
        self.facts = facts_for(ds)
        self.as_of = as_of
        self.defs = load_definitions()

    # -------------------------------------------------------------- helpers
    def _when(self) -> str:
        return f"by {self.as_of.isoformat()}" if self.as_of else "in the dataset"

    def _latest_year(self, source: str, codes: Iterable[str], indicator: str) -> int | None:
        return self.facts.latest_year(source, tuple(codes), indicator, self.as_of)

    def _year(self, claim: Claim, codes: Iterable[str], indicator: str) -> int | None:
        if claim.year is not None:
            return claim.year
        # No year stated: the year NATO's newest figures were for, not the newest this ally's figure is held for
        # ("Turkey is at 1.57%" in June 2021 is about 2021, which the partial transcription then out lacks for it).
        held = [y for y in (self._latest_year("nato", codes, indicator), self.facts.newest_year(self.as_of)) if y]
        return max(held) if held else self._fallback_year()

    def _fallback_year(self) -> int | None:
        """With nothing published by the claim's date: the year a statement made then is most likely about
        (last year in January-May, when NATO's annual report appears; this year from June, with the estimates)."""
        if self.as_of is None:
            return None
        return self.as_of.year if self.as_of.month >= 6 else self.as_of.year - 1

    def gaps(self, after: date, year: int, holding: set[str]) -> list[str]:
        """NATO publications between `after` and the claim's date that cover `year` but are not in the dataset
        (or only partly: transcriptions that lack the figure)."""
        cutoff = self.as_of or date.today()
        out = [
            f"{u.title} ({u.date.isoformat()})"
            for u in self.defs.uncovered
            if u.source == "nato" and after < u.date <= cutoff and u.first_year <= year <= u.last_year
        ]
        for rid, published, title in self.facts.partial_releases():
            if rid in holding or not after < published <= cutoff:
                continue
            span = re.search(r"\((\d{4})-(\d{4})\)", title)
            first, last = (int(span.group(1)), int(span.group(2))) if span else (published.year - 10, published.year)
            if first <= year <= last:
                out = [o for o in out if not o.startswith(f"{title} (")]  # one entry per publication
                out.append(f"{title} ({published.isoformat()}; only partly transcribed in the dataset)")
        return out

    def _gap_fn(self, year: int) -> Callable[[date, set[str]], list[str]]:
        return lambda after, holding: self.gaps(after, year, holding)

    def _reference_figs(self, country: str, indicator: str, year: int) -> list[Figure]:
        out = []
        for r in self.defs.references:
            if r.country == country and r.indicator == indicator and r.year == year:
                out.append(
                    Figure(
                        r.measure,
                        "reference",
                        r.published,
                        r.country,
                        r.year,
                        r.indicator,
                        r.value,
                        r.decimals,
                        "",
                        "cited page",
                        "",
                        " ; ".join((r.source, *r.also)),
                        "none",
                        None,
                        True,
                    )
                )
        return out

    def _derived_change(self, source: str, country: str, year: int, level: str) -> list[Figure]:
        """A change from a series of levels, year over the year before, both from one edition: a source's real
        change from its constant prices ("Germany with a 10% increase, according to SIPRI": SIPRI prints levels),
        or a nominal change from current prices in national currency ("increased by 10% in nominal terms")."""
        if source not in self.facts.sources():
            return []
        before = {f.release_id: f for f in self.facts.figures(source, country, level, year - 1)}
        out: list[Figure] = []
        basis = "constant" if "constant" in level else "current"
        for f in self.facts.figures(source, country, level, year):
            prev = before.get(f.release_id)
            if prev is None or not prev.value:
                continue
            change = 100 * (f.value / prev.value - 1)
            out.append(
                replace(
                    f,
                    indicator="real_change",
                    value=change,
                    decimals=1,
                    cell=f"{prev.cell} -> {f.cell}",
                    where=f"change computed from {source.upper()}'s {basis}-price series, {year - 1} to {year}",
                )
            )
        return out

    def _others(self, country: str, indicator: str, year: int) -> list[Figure]:
        out: list[Figure] = []
        for source in ("sipri", "worldbank", "iiss"):
            if source in self.facts.sources():
                out += self.facts.figures(source, country, indicator, year)
        return out + self._reference_figs(country, indicator, year)

    def _codes(self, claim: Claim, year_hint: int | None = None) -> list[str]:
        if claim.group_key:
            return L.group_members(claim.group_key, year_hint or (self.as_of or date.today()).year)
        return [c for c in claim.countries if c != ALL_ALLIES]


STALE_YEARS = 2


def stale(
    rules: CheckerBase, claim: Claim, codes: list[str], indicator: str, newest: int | None = None
) -> Judgement | None:
    """A change, amount or alliance share that names no year is about the newest figures of the claim's date: not
    judged against a year more than two years before it (unverifiable, saying which year the newest figures are
    for). `newest`: the year the rule would judge it on, when the rule finds it itself."""
    if rules.as_of is None or claim.year_basis != "latest":
        return None
    year = claim.year if claim.year is not None else newest or rules._year(claim, codes, indicator)
    if year is None or year >= rules.as_of.year - STALE_YEARS:
        return None
    return Judgement(
        "unverifiable",
        f"No year is stated, and the newest figures held for it by {rules.as_of.isoformat()} are for {year}, "
        f"more than {STALE_YEARS} years before the claim's date: cannot tell which year it is about.",
    )


#: The attribution of a figure to a source that natospend holds no figures of (vocab [attribution.unheld]).
UNHELD = "unheld"


def held_first(claim: Claim) -> Claim:
    """A figure attributed to a source natospend does not hold, in a sentence that also names one it holds, is the
    held one's: the other is who speaks ('"Nato's own figures clearly show that the UK spends over 2 per cent",
    the Defense Ministry's spokesman said')."""
    if claim.attributed_to != UNHELD:
        return claim
    held = next((source for pattern, source in L.ATTRIBUTION if source != UNHELD and pattern.search(claim.text)), None)
    return replace(claim, attributed_to=held) if held else claim


def unheld_source(claim: Claim) -> Judgement | None:
    """A figure attributed to a source natospend does not hold (ifo, the Kiel Institute, a think tank, a ministry)
    is that source's estimate, on its own method and date: NATO's figure, even where it agrees, does not bear it out
    (unverifiable, naming the source). None when the claim is not attributed to one."""
    if claim.attributed_to != UNHELD:
        return None
    named = [m.group() for pattern, source in L.ATTRIBUTION if source == UNHELD for m in pattern.finditer(claim.text)]
    named += [claim.source_text] if claim.source_text else []  # named by a sentence before the claim's
    who = f"'{named[0]}'" if named else "a source the article names"
    what = f"The figure ({claim.value_text})" if claim.value_text else "The claim"
    return Judgement(
        "unverifiable",
        f"{what} is attributed to {who}, whose own figures natospend does not hold; NATO's figures cannot settle "
        "another source's estimate.",
    )


_Rule = TypeVar("_Rule", bound=Callable[..., Judgement])


def sourced(rule: _Rule) -> _Rule:
    """A figure rule's first step, shared by the rules that take it whole: the held source named beside an unheld one
    is the figure's (`held_first`); a figure of a source natospend does not hold is that source's (`unheld_source`).
    rules/numeric.py takes the two steps apart (a held source may have published the same figure)."""

    @wraps(rule)
    def checked(self: Any, claim: Claim, *args: Any, **kwargs: Any) -> Judgement:
        claim = held_first(claim)
        unheld = unheld_source(claim)
        return unheld if unheld is not None else rule(self, claim, *args, **kwargs)

    return cast(_Rule, checked)
