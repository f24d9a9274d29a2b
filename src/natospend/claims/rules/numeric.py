"""Verdicts on a share of GDP, a real change or an equipment share: one figure per ally and year."""

from __future__ import annotations

from dataclasses import replace

from natospend.claims import lexicon as L
from natospend.claims.facts import INDICATOR_WORDS, Figure, country_name, fig_text, matches, measure_label
from natospend.claims.frame import Claim
from natospend.claims.judge import (
    CheckerBase,
    Judgement,
    combine,
    held_first,
    judge_series,
    unheld_source,
    within_vintages,
)

#: How far a first estimate may stand from what later releases say for its year, in points of GDP: Germany's 2020
#: share was 1.57% in NATO's release of October 2020 and 1.51% and 1.49% in later ones; Canada's 1.45%, then 1.41%.
_REVISION = 0.15


class NumericRules(CheckerBase):
    def numeric(self, claim: Claim) -> Judgement:
        claim = held_first(claim)
        if claim.kind == "share_gdp":
            indicator, unit = "share_gdp", "%"
        elif claim.kind == "real_growth":
            indicator, unit = "real_change", "%"
        elif claim.kind == "equipment_share":
            # a personnel or infrastructure share is read from its own line of the same table (shares.spending_part)
            table8 = ("personnel_share", "infrastructure_share")
            indicator = claim.metric if claim.metric in table8 else "equipment_share"
            unit = "%"
        else:
            raise ValueError(claim.kind)
        if claim.undetermined == "measure":  # "accounting for 45%", of nothing named
            return Judgement("unverifiable", str(claim.undetermined_why))
        codes = self._codes(claim)
        if not codes:
            return Judgement("unverifiable", "The statement names no ally or aggregate that natospend can look up.")
        if claim.negated:
            return Judgement("unverifiable", "A negated statement; natospend does not check negations.")
        if claim.value is None:  # "Hungary and Slovenia spent the same proportion", with no figure in the sentence
            return Judgement(
                "unverifiable",
                f"'{claim.value_text}' states no figure of its own: natospend cannot tell which figure it is.",
            )
        parts = [self._newest_or_own(claim, code, indicator, unit) for code in codes]
        j = combine(parts, claim.group)
        if claim.mean_of_allies and j.verdict == "inaccurate":
            return Judgement(
                "unverifiable",
                f"Cannot tell what {claim.value_text} is an average of: it is not NATO's aggregate (total spending "
                "over total GDP), and the plain mean of the allies' shares is not a figure NATO publishes. "
                + j.explanation.removeprefix("Contradicted: "),
                j.evidence,
            )
        return j

    def _newest_or_own(self, claim: Claim, code: str, indicator: str, unit: str) -> Judgement:
        """A claim with no year is about the year NATO's newest figures were for (CheckerBase._year); where the
        dataset holds no figure of this ally for it by the claim's date (a partial transcription), the claim is
        unverifiable, unless a level is far from every figure: contradicted by the ally's newest year held, and
        outside the range of the figures later releases give for that year ("Canada spends 3%" in June 2022)."""
        j = self._one_numeric(claim, code, indicator, unit)
        if claim.year is not None or j.verdict != "unverifiable" or any(e.role == "as_of" for e in j.evidence):
            return j
        if indicator != "share_gdp":
            # a rise may be nominal, a budget's or over several years; a part of defence spending (equipment,
            # personnel, infrastructure) moves by tens of points from year to year and a national budget splits it on
            # its own lines (Slovenia's 3.1% on infrastructure in 2022 against NATO's 0.49% for 2018): no envelope
            return j
        own, newest = self._latest_year("nato", [code], indicator), self._year(claim, [code], indicator)
        if own is None or newest is None or own >= newest:
            return j
        later = self.facts.figures("nato", code, indicator, newest)
        if not later or any(matches(claim, f.value, f.decimals) for f in later):
            return j
        shown = [f.shown_value for f in later]
        if within_vintages(claim, [min(shown) - _REVISION, max(shown) + _REVISION]) or claim.comparator not in (
            "eq",
            "approx",
            "nearly",
        ):
            return j  # near what later releases say: the missing release's first estimate may have said it
        before = self._one_numeric(replace(claim, year=own), code, indicator, unit)
        if before.verdict != "inaccurate":
            return j
        return Judgement(
            "inaccurate",
            f"{j.explanation} Far from every figure held: {before.explanation}",
            before.evidence + j.evidence,
        )

    def _one_numeric(self, claim: Claim, code: str, indicator: str, unit: str) -> Judgement:
        year = self._year(claim, [code], indicator)
        what = f"{country_name(code)}'s {INDICATOR_WORDS[indicator]}"
        if year is None:
            return Judgement("unverifiable", f"No NATO figure for {what} had been published {self._when()}.")
        what += f" in {year}"
        primary = self.facts.figures("nato", code, indicator, year)
        others = self._others(code, indicator, year)
        if indicator == "real_change" and claim.price_basis == "current":
            # "increased by 10% in nominal terms": the change at current prices, in national currency.
            # NATO's aggregates have no currency of their own: their levels are in US dollars (money5)
            aggregate = code in (L.NATO_TOTAL, L.EUROPE_CANADA)
            what = (
                f"{country_name(code)}'s nominal change of defence expenditure "
                f"({'US dollars' if aggregate else 'national currency'}, current prices) in {year}"
            )
            level = "usd_current_m" if aggregate else "nc_current_m"
            primary, others = self._derived_change("nato", code, year, level), primary
        attributed = claim.attributed_to
        newest_nato = [f for f in primary if self.as_of is None or f.published <= self.as_of]
        nato_side = f" NATO's figure, on its own definition: {fig_text(newest_nato[-1], unit)}." if newest_nato else ""
        if attributed == "unnamed":
            return self._unnamed_measure(claim, what, newest_nato, others, unit, nato_side)
        if (unheld := unheld_source(claim)) is not None:
            # another source's figure: placed only on a source held that published it by then (a think tank's
            # 1.98% is the IISS's), never on NATO's, even where NATO's agrees
            placed = [f for f in others if self.as_of is None or f.published <= self.as_of]
            placed = [f for f in placed if matches(claim, f.value, f.decimals)]
            # A whole percent ("exactly 2%") fits many sources' figures; a comparison ("below 2%") shows a measure
            # only where NATO's figure does not bear it out too (sources2)
            nato_agrees = bool(newest_nato) and matches(claim, newest_nato[-1].value, newest_nato[-1].decimals)
            is_level = claim.comparator in ("eq", "approx", "nearly")
            if placed and (claim.decimals > 0 if is_level else not nato_agrees):
                f = placed[-1]
                return Judgement(
                    "different_measure",
                    f"{unheld.explanation} It matches {measure_label(f)} ({fig_text(f, unit)}) for {what}." + nato_side,
                    [f.evidence("other_measure", "matches the claim")],
                )
            return Judgement(unheld.verdict, unheld.explanation + nato_side, unheld.evidence)
        if attributed and attributed != "nato":
            own = [f for f in others if f.source == attributed]
            if not own and indicator == "real_change":
                own = self._derived_change(attributed, code, year, "usd_constant_m")
            cited = attributed.upper() if attributed != "national_budget" else "a national figure"
            missing = (
                f"The claim cites {cited} but natospend holds no "
                + (f"{attributed.upper()} figure" if attributed != "national_budget" else "national-definition figure")
                + f" for {what}"
                + (
                    " (IISS figures must be imported from your own copy: natospend data import iiss FILE)."
                    if attributed == "iiss"
                    else "."
                )
            )
            if not own:
                j = Judgement(
                    "unverifiable", missing + nato_side, [f.evidence("nato_side_by_side") for f in primary[-3:]]
                )
                return j
            dated = [f for f in own if self.as_of is None or f.published <= self.as_of]
            if not dated:  # only a later edition holds it: not what the claim drew on
                later_text = "; ".join(fig_text(f, unit) for f in own[-2:])
                return Judgement(
                    "unverifiable",
                    f"The claim cites {attributed.upper()}, but no {attributed.upper()} edition in the dataset "
                    f"published {self._when()} holds {what}; later editions: {later_text}.{nato_side}",
                    [f.evidence("later") for f in own[-2:]],
                )
            j = judge_series(
                f"{what} ({attributed.upper()})",
                dated,
                [],
                None,
                lambda f: matches(claim, f.value, f.decimals),
                unit,
                missing,
            )
            side = [
                f.evidence("nato_side_by_side", "NATO's figure, for comparison")
                for f in (newest_nato[-1:] or primary[-1:])
            ]
            if j.verdict == "accurate":
                nato_ok = bool(newest_nato) and matches(claim, newest_nato[-1].value, newest_nato[-1].decimals)
                if nato_ok:
                    j.explanation += " NATO's figure agrees."
                else:
                    j.verdict = "different_measure"
                    nato_text = fig_text(newest_nato[-1], unit) if newest_nato else "not yet published"
                    j.explanation = (
                        f"Correctly reports {measure_label(dated[-1])} for {what} ({dated[-1].shown}{unit}); "
                        "NATO's figure, on "
                        f"its own definition, is {nato_text}."
                    )
                j.evidence += side
                lines = self.facts.explain(code, year, indicator, ("nato", attributed)) if primary else []
                if lines:
                    name = country_name(code)
                    # The ally's own notes (what it added to its NATO return) first, then the definition differences.
                    ordered = [x for x in lines if x.startswith(name)] + [x for x in lines if not x.startswith(name)]
                    j.explanation += " Why they differ: " + " | ".join(ordered[:10])
            else:
                j.evidence += side
            return j
        missing = f"No NATO release in the dataset published {self._when()} holds {what}."
        if claim.kind == "real_growth" and code in (L.EUROPE_CANADA, L.NATO_TOTAL):
            missing += (
                " NATO's figure at the time came from the Secretary General's statements or annual report, "
                "which the dataset does not hold."
            )
        j = judge_series(
            what,
            primary,
            others,
            self.as_of,
            lambda f: matches(claim, f.value, f.decimals),
            unit,
            missing,
            gaps=self._gap_fn(year),
            envelope=lambda figs: within_vintages(
                claim, self._envelope(indicator, code, year, [f.shown_value for f in figs])
            ),
            level=claim.comparator in ("eq", "approx", "nearly"),
        )
        return j

    def _envelope(self, indicator: str, code: str, year: int, shown: list[float]) -> list[float]:
        """The range a figure from a NATO publication the dataset lacks may have given: NATO's figures held for the
        year, and for a share of GDP of this year or last (a first estimate) a revision either side ("Canada will
        spend around 1.31 per cent ... this year" on the day of November 2019's partly transcribed release; 1.27% in
        June, 1.29% later). An older year's figures had settled, and an aggregate's move little: only their own
        range."""
        aggregate = code in (L.NATO_TOTAL, L.EUROPE_CANADA)
        if indicator != "share_gdp" or aggregate or not shown or self.as_of is None or year < self.as_of.year - 1:
            return shown
        return [min(shown) - _REVISION, max(shown) + _REVISION]

    def _unnamed_measure(
        self, claim: Claim, what: str, newest_nato: list[Figure], others: list[Figure], unit: str, nato_side: str
    ) -> Judgement:
        """A figure the sentence sets against NATO's own: another source's or definition's, unnamed. Placed only if
        a source held and published by the claim's date matches it."""
        side = [f.evidence("nato_side_by_side", "NATO's figure, for comparison") for f in newest_nato[-1:]]
        placed = [
            f
            for f in others
            if (self.as_of is None or f.published <= self.as_of) and matches(claim, f.value, f.decimals)
        ]
        if placed:
            f = placed[-1]
            return Judgement(
                "different_measure",
                f"The sentence sets {claim.value_text} against NATO's figure; it matches {measure_label(f)} "
                f"({fig_text(f, unit)}) for {what}.{nato_side}",
                [f.evidence("other_measure", "matches the claim"), *side],
            )
        return Judgement(
            "unverifiable",
            f"The sentence sets {claim.value_text} against NATO's figure, so it is another source's or definition's "
            f"figure for {what}; the claim does not say whose, and no source natospend holds gives it.{nato_side}",
            side,
        )
