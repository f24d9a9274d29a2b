"""Verdicts on amounts of defence spending (US dollars or national currency, current or constant prices),
SIPRI's sum for the alliance, and national-currency amounts that may be on a national definition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from natospend.claims import lexicon as L
from natospend.claims.clauses import clause_bounds
from natospend.claims.facts import Figure, country_name, matches
from natospend.claims.frame import Claim
from natospend.claims.judge import (
    PREFERENCE,
    CheckerBase,
    Judgement,
    judge_series,
    sourced,
    stale,
    within_vintages,
)
from natospend.claims.patterns import lazy
from natospend.claims.rules.alliance import sum_of_allies
from natospend.claims.rules.growth import one_release
from natospend.formatting import published as fmt
from natospend.reference import countries


class MoneyRules(CheckerBase):
    @sourced
    def money(self, claim: Claim) -> Judgement:
        if claim.amount_of == "programme":
            return Judgement(
                "unverifiable",
                f"{claim.value_text} is for a programme or budget line, not total defence spending; natospend holds "
                "totals by ally (NATO, SIPRI), not programme budgets.",
            )
        if claim.amount_of == "part":
            return Judgement(
                "unverifiable",
                f"{claim.value_text} is one part of a total, named by where it comes from (one budget or fund), not "
                "the total defence spending natospend holds (NATO, SIPRI).",
            )
        if claim.amount_of == "plan":
            return Judgement(
                "unverifiable",
                f"{claim.value_text} is a planned amount "
                + (f"for {claim.year}" if claim.year is not None else "(for a year the sentence does not state)")
                + ": natospend holds published figures of spending, not national plans or budgets for later years.",
            )
        if claim.amount_of == "unstated":
            return Judgement(
                "unverifiable",
                f"{claim.value_text} is money put in (invested, allocated, paid), but the sentence does not say it is "
                "defence spending: cannot tell what it measures.",
            )
        codes = self._codes(claim)
        if claim.amount_of == "change":
            return self._increment(claim, codes)
        if len(codes) != 1:
            return Judgement("unverifiable", "The statement names no single ally or aggregate.")
        code = codes[0]
        old = stale(self, claim, codes, "usd_current_m" if (claim.currency or "USD") == "USD" else "nc_current_m")
        if old is not None:
            return old
        currency = claim.currency or "USD"
        national = countries.by_code().get(code)
        if currency == "USD":
            indicators_ = ["usd_current_m", "usd_constant_m"]
        elif national is not None and national.currency == currency:
            indicators_ = ["nc_current_m", "nc_constant_m"]
        else:
            return Judgement(
                "unverifiable",
                f"An amount in {currency} for {country_name(code)}: natospend holds US dollars and each ally's own "
                "currency.",
            )
        if claim.price_basis == "constant":
            wanted = [i for i in indicators_ if "constant" in i]
        elif claim.price_basis == "current":
            wanted = [i for i in indicators_ if "current" in i]
        elif currency != "USD":
            # A national-currency amount naming no price basis is read at current prices: NATO's constant prices
            # in national currency are a deflated series the press does not quote ("around 60 billion kroner" is
            # not Denmark's 59,340 million at 2015 prices) (money5)
            indicators_ = wanted = [i for i in indicators_ if "current" in i]
        else:
            wanted = indicators_
        year = self._year(claim, [code], wanted[0])
        if year is None:
            return Judgement(
                "unverifiable", f"No NATO figure for {country_name(code)}'s spending had been published {self._when()}."
            )
        what = f"{country_name(code)}'s defence expenditure in {year}"

        def pred(f: Figure) -> bool:
            return matches(claim, f.value, f.decimals if (f.decimals or 0) > 0 else None)

        sipri = (
            [f for i in indicators_ for f in self.facts.figures("sipri", code, i, year)]
            if "sipri" in self.facts.sources()
            else []
        )
        unit = f" million {currency}"
        judgements: list[Judgement] = []
        for indicator in wanted:
            figs = self._with_summed_total(code, indicator, year)
            label = what + (" at current prices" if "current" in indicator else "")
            if "constant" in indicator:
                # Constant prices are comparable only within one base year (2015 up to June 2024, 2021 after).
                avail = [f for f in figs if self.as_of is None or f.published <= self.as_of]
                base = claim.base_year or (avail[-1].base_year if avail else (figs[-1].base_year if figs else None))
                comparable = [f for f in figs if f.base_year == base]
                label = what + (f" at constant {base} prices" if base else " at constant prices")
            else:
                comparable = figs
            every_base = [f.value for f in figs]
            others = [f for f in figs if f not in comparable]
            # The other price basis is a measure of its own only when the claim names this one: with none named,
            # each basis is a reading judged on its own ("€90.6 billion" is not another measure than constant prices).
            others += [
                f
                for i in indicators_
                if i != indicator and i not in wanted
                for f in self.facts.figures("nato", code, i, year)
            ]
            judgements.append(
                judge_series(
                    label,
                    comparable,
                    others + sipri,
                    self.as_of,
                    pred,
                    unit,
                    f"No NATO release in the dataset published {self._when()} holds {label}.",
                    gaps=self._gap_fn(year),
                    # NATO re-bases its constant prices (2015, then 2021): a release the dataset does not hold may
                    # be on the other base, so the range spans every base's figures
                    envelope=_spans(claim, every_base),
                )
            )
        # Either price basis is a fair reading when the claim names none: the best reading wins.
        best = min(judgements, key=lambda j: PREFERENCE[j.verdict])
        if best.verdict in ("inaccurate", "outdated") and any(e.cell == _SUMMED for e in best.evidence):
            # a sum natospend made, not a total NATO printed: it may confirm an amount, never contradict it
            return Judgement(
                "unverifiable",
                "NATO printed no total in the release the dataset holds for that year; the sum of every ally's "
                "figure does not settle it. " + best.explanation.removeprefix("Contradicted: "),
                best.evidence,
            )
        loose = _loose_bound(claim, best)
        if loose is not None:
            return loose
        if code == L.NATO_TOTAL and currency == "USD" and best.verdict != "accurate":
            summed = self._sipri_alliance_total(claim, indicators_, year, pred, best)
            if summed is not None:
                return summed
        return self._national_definition(claim, code, best)

    def _increment(self, claim: Claim, codes: list[str]) -> Judgement:
        """'$12 billion more', 'an extra £13.4bn': not a level. With a spender and a base year ("A decrease of $23
        billion since 2021 when adjusted for inflation") the difference of two levels of one release is shown, and
        only a match settles it: NATO's own increments are often cumulative (the extra spent in each year since the
        base, added up), which no difference of two levels gives."""
        if not codes:
            return Judgement(
                "unverifiable",
                f"{claim.value_text} is an increase or an extra amount, and the sentence names no one who spends it: "
                "cannot tell whose spending it is.",
            )
        plain = Judgement(
            "unverifiable",
            f"{claim.value_text} is an increase or an extra amount; natospend checks levels of spending, not "
            "announced increments.",
        )
        if len(codes) != 1 or claim.value is None or not (claim.since is not None or claim.bases or claim.period):
            return plain
        code = codes[0]
        currency = claim.currency or "USD"
        national = countries.by_code().get(code)
        if currency == "USD":
            prefix = "usd"
        elif national is not None and national.currency == currency:
            prefix = "nc"
        else:
            return plain
        bases_ = ["constant", "current"] if claim.price_basis is None else [claim.price_basis]
        year = claim.year if claim.year is not None else self._year(claim, [code], f"{prefix}_current_m")
        if year is None:
            return plain
        old = stale(self, claim, [code], f"{prefix}_current_m")
        if old is not None:
            return old
        starts = [claim.since] if claim.since is not None else claim.bases or [year - (claim.period or 0)]
        falls = bool(L.DECLINE_RE.search(claim.text[: max(0, claim.text.find(claim.value_text))][-40:]))
        shown, agree, evidence = [], [], []
        for start in starts:
            for basis in bases_:
                rid, figs, _later = one_release(
                    self.facts, self.as_of, {(code, start), (code, year)}, f"{prefix}_{basis}_m"
                )
                if not figs:
                    continue
                diff = figs[(code, year)].value - figs[(code, start)].value
                shown.append(f"{start}-{year} at {basis} prices: {diff:+,.0f} million {currency} ({rid})")
                evidence += [figs[(code, start)].evidence("member"), figs[(code, year)].evidence("member")]
                if matches(claim, -diff if falls else diff, None):
                    agree.append(f"{start}-{year} at {basis} prices")
        if shown and len(agree) >= len(starts):
            return Judgement(
                "accurate",
                f"Matches the difference of {country_name(code)}'s two levels in one release ({', '.join(agree)}): "
                f"{'; '.join(shown)}; the claim says {claim.value_text}.",
                evidence,
            )
        if not shown:
            return Judgement(
                "unverifiable",
                plain.explanation + f" No NATO release published {self._when()} holds both levels of "
                f"{country_name(code)}'s spending ({', '.join(map(str, starts))} and {year}).",
            )
        return Judgement(
            "unverifiable",
            plain.explanation + f" The difference of {country_name(code)}'s levels in one release: {'; '.join(shown)}; "
            "an increment may also be cumulative (the extra spent in each year since the base, added up), which "
            "no difference of two levels gives.",
            evidence,
        )

    def _sipri_alliance_total(
        self, claim: Claim, indicators_: list[str], year: int, pred: Callable[[Figure], bool], nato: Judgement
    ) -> Judgement | None:
        """'NATO members spent $1,506 billion': the sum of SIPRI's figures for every member that year, from one
        edition published by the claim's date, is another measure than NATO's own total (different_measure)."""
        if "sipri" not in self.facts.sources():
            return None
        members = [c.code for c in countries.members(year) if c.has_armed_forces]
        for indicator in indicators_:
            editions: dict[str, dict[str, Figure]] = {}
            for code in members:
                for f in self.facts.figures("sipri", code, indicator, year):
                    if self.as_of is None or f.published <= self.as_of:
                        editions.setdefault(f.release_id, {})[code] = f
            complete = [(rid, figs) for rid, figs in editions.items() if set(members) <= set(figs)]
            for rid, figs in sorted(complete, key=lambda x: next(iter(x[1].values())).published, reverse=True):
                total = sum(f.value for f in figs.values())
                first = next(iter(figs.values()))
                if not matches(claim, total, None):
                    continue
                basis = "current" if "current" in indicator else "constant"
                return Judgement(
                    "different_measure",
                    f"Matches the sum of SIPRI's figures for the {len(members)} allies with armed forces in {year} "
                    f"({fmt(total, 0)} million US$ at {basis} prices, {rid}, {first.published.isoformat()}), not "
                    f"NATO's own total. NATO: {nato.explanation}",
                    [*nato.evidence, *(f.evidence("member") for f in list(figs.values())[:5])],
                )
        return None

    def _with_summed_total(self, code: str, indicator: str, year: int) -> list[Figure]:
        """NATO's figures for `code`; for NATO's total, also the sum of every ally's figure in each release that
        printed them all but whose NATO Total row the dataset lacks (June 2019: "NATO is expected to spend $1.036
        trillion in 2019")."""
        figs = list(self.facts.figures("nato", code, indicator, year))
        if code != L.NATO_TOTAL:
            return figs
        held = {f.release_id for f in figs}
        for f in self.facts.figures("nato", "USA", indicator, year):
            if f.release_id in held or (total := sum_of_allies(self.facts, f.release_id, indicator, year)) is None:
                continue
            figs.append(replace(f, country=code, value=total, decimals=0, cell=_SUMMED, where=_SUMMED))
        return sorted(figs, key=lambda f: (f.published, f.release_id))

    def _national_definition(self, claim: Claim, code: str, j: Judgement) -> Judgement:
        """A national-currency amount not attributed to NATO that misses NATO's figure by less than the usual gap
        between national budgets and NATO's definition (pensions, paramilitary, fiscal year): not `inaccurate` but
        unverifiable, with both figures, since natospend holds no national budget series."""
        national = countries.by_code().get(code)
        if (
            j.verdict != "inaccurate"
            or claim.value is None
            or claim.currency is None
            # US dollars are a national currency only for the US, and there only when a budget or a fiscal year is
            # named ("U.S. defense spending in fiscal 2024 totaled about $842 billion": the national budget's figure)
            or (
                claim.currency == "USD"
                and not (code == "USA" and (_names_budget(claim) or claim.year_basis == "fiscal"))
            )
            or national is None
            or claim.currency != national.currency
            or claim.attributed_to == "nato"
        ):
            return j
        nato = next((e for e in j.evidence if e.role == "as_of" and e.value), None)
        if nato is None or nato.value is None or not 0.7 <= claim.value / nato.value <= 1.3:
            return j
        gap = 100 * (claim.value / nato.value - 1)
        if _names_budget(claim) and abs(gap) >= 1:
            # "The defence budget is £60bn": a national budget, on the national definition, set against NATO's.
            return Judgement(
                "different_measure",
                f"{claim.value_text} is a national budget figure (in {claim.currency}, on the national definition); "
                f"NATO's figure under its own definition is {nato.shown or fmt(nato.value, 0)} million "
                f"{claim.currency} ({nato.release_id}), {gap:+.0f}%. National budgets differ from NATO's definition "
                "(pensions, paramilitary forces, fiscal year). " + j.explanation.removeprefix("Contradicted: "),
                j.evidence,
            )
        if abs(gap) < 1:
            # "111.26 billion zlotys" against NATO's 111,226 million: NATO's own figure misquoted, not a national
            # budget under another definition (those differ by more than that).
            return Judgement(
                j.verdict,
                j.explanation + f" The claim is within {abs(gap):.1f}% of NATO's figure: NATO's own figure, misquoted.",
                j.evidence,
            )
        return Judgement(
            "unverifiable",
            f"{claim.value_text} is in {claim.currency}, as national budgets are; NATO's figure under its own "
            f"definition is {nato.shown or fmt(nato.value, 0)} million {claim.currency} ({nato.release_id}), "
            f"{gap:+.0f}%. National budgets differ from NATO's definition (pensions, paramilitary forces, fiscal "
            "year) and natospend holds no national budget series, so the gap cannot be settled. " + j.explanation,
            j.evidence,
        )


_SUMMED = "sum of every ally in the release"

#: A bound on an amount is said of a figure near it: "more than $140 billion" is not how $968 billion is stated.
_BOUND_RATIO = 1.5


def _loose_bound(claim: Claim, best: Judgement) -> Judgement | None:
    """'more than two-thirds of Europe's defense acquisitions - or more than $140 billion - were from US firms'
    (deccanherald.com, June 2024) is borne out by the US total of $968 billion only as a bound: an amount bounded from
    below (above) by a figure a fraction (many times) of the total is likely of something else. Unverifiable, saying
    so; None: the bound is near the figure, or the verdict is not `accurate`."""
    v = claim.value
    if best.verdict != "accurate" or not v or claim.comparator not in ("gt", "ge", "lt", "le") or claim.bounds:
        return None
    held = [e.value for e in best.evidence if e.role == "as_of" and e.value]
    if not held or not all(max(x, v) / min(x, v) > _BOUND_RATIO for x in held):
        return None
    return Judgement(
        "unverifiable",
        f"{claim.value_text} is far {'below' if claim.comparator in ('gt', 'ge') else 'above'} the total it would "
        "bound, so the amount is likely of something else (a part, a purchase, an increase), which natospend does "
        f"not hold. As a bound only: {best.explanation}",
        best.evidence,
    )


def _spans(claim: Claim, values: list[float]) -> Callable[[list[Figure]], bool]:
    """The envelope test on fixed values (every base year's figures), whatever figures it is given."""
    return lambda _figs: within_vintages(claim, values)


_BUDGET_RE = lazy(r"\bbudget(?:s|ed)?\b", re.I)


def _names_budget(claim: Claim) -> bool:
    """Does the claim give the amount as a national budget ("the defence budget of £60bn", "budgeted €52bn", a
    budget document named as its source)?"""
    if claim.attributed_to == "national_budget":
        return True
    at = claim.text.find(claim.value_text) if claim.value_text else -1
    if at < 0:
        return False
    lo, hi = clause_bounds(claim.text, at, at + len(claim.value_text))
    if lo > 1 and _CONTRASTED.match(claim.text, lo, at):
        # "the defence budget was £54.2 billion, up from £52.8 billion in 2022/23": the budget the contrast is with
        lo = clause_bounds(claim.text, lo - 2, lo - 1)[0]
    return bool(_BUDGET_RE.search(claim.text[lo:hi]))


_CONTRASTED = lazy(r"\W*(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?$|\W*compared\s+(?:to|with)\s+$", re.I)
