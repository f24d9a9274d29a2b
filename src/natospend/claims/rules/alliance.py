"""Verdicts on an ally's share of the alliance's spending (derived: ally / NATO Total, or the sum of every ally)."""

from __future__ import annotations

import re
from collections.abc import Callable

from natospend.claims import lexicon as L
from natospend.claims.facts import Facts, Figure, country_name, matches
from natospend.claims.frame import Claim
from natospend.claims.judge import CheckerBase, Judgement, judge_series, sourced, stale, within_vintages

#: How far NATO's vintages of one ally's share of the alliance's spending stand apart, in points: the US's 2024 share
#: was 63.7% at 2015 prices and 65.6% at current prices in nato-2024-06, 63.9% at 2021 prices in nato-2026-07.
_REVISION = 1.0
#: The Secretary General's annual report repeats the dollar series of the release before it with the year's estimates
#: ("The SG AR 2024 said 64%", as nato-2024-06 gives 63.7%); the June and August releases revise them (nato-2025-08
#: moved to 2021 prices).
_ANNUAL_REPORT = re.compile(r"Secretary General's Annual Report|SG Annual Report")


class AllianceShareRules(CheckerBase):
    @sourced
    def alliance_share(self, claim: Claim) -> Judgement:
        codes = self._codes(claim)
        if len(codes) != 1:
            return Judgement("unverifiable", "The statement names no single ally or aggregate.")
        code = codes[0]
        if code == L.NATO_TOTAL:  # "..., dropping to about 63% in 2024": the alliance is the base, not whose share
            return Judgement(
                "unverifiable",
                f"Cannot tell whose share of the alliance's total the {claim.value_text} is: its clause names only the "
                "alliance.",
            )
        year = claim.year or self._latest_year("nato", [code], "usd_current_m") or self._fallback_year()
        if (old := stale(self, claim, [code], "usd_current_m", year)) is not None:
            return old  # "accounts for 70% of NATO's spending" with no year: not the dollar figures of years ago
        if year is None:
            return Judgement(
                "unverifiable",
                f"No NATO release published {self._when()} gives spending in US dollars for {country_name(code)}.",
            )
        figs: list[Figure] = []
        for indicator in ("usd_current_m", "usd_constant_m"):
            num = {f.release_id: f for f in self.facts.figures("nato", code, indicator, year)}
            den = {f.release_id: f for f in self.facts.figures("nato", L.NATO_TOTAL, indicator, year)}
            totals = {rid: d.value for rid, d in den.items()}
            totals.update(
                (rid, total)
                for rid in num.keys() - den.keys()
                if (total := self._sum_of_allies(rid, indicator, year)) is not None
            )
            for rid in num.keys() & totals.keys():
                n, d = num[rid], den.get(rid, num[rid])
                share = 100.0 * n.value / totals[rid]
                basis = "current" if "current" in indicator else "constant"
                figs.append(
                    Figure(
                        "nato",
                        rid,
                        n.published,
                        code,
                        year,
                        f"share_of_nato_total_{basis}",
                        share,
                        None,
                        n.status,
                        n.table,
                        f"{n.cell} / {d.cell if rid in den else 'sum of every ally in the release'}",
                        n.citation,
                        basis,
                        n.base_year,
                        n.complete,
                        where=f"{n.where} / {d.where if rid in den else 'sum of every ally in the release'}",
                    )
                )
        figs.sort(key=lambda f: (f.published, f.release_id))
        pred: Callable[[Figure], bool] = lambda f: matches(claim, f.value, None)  # noqa: E731
        figs = _best_per_release(figs, pred)
        what = (
            f"{country_name(code)}'s share of NATO's total defence expenditure in {year} (derived: ally / NATO Total, "
            "or the sum of every ally where the release's NATO Total is not held)"
        )
        return judge_series(
            what,
            figs,
            [],
            self.as_of,
            pred,
            "%",
            f"No NATO release published {self._when()} gives both {country_name(code)}'s and NATO's total spending "
            f"in US dollars for {year}.",
            # a newer release held without its dollar tables (nato-2025-08) may have revised the share: a match with
            # an older one is not vouched for, and a miss within a point of every vintage's figure is not settled
            gaps=lambda after, holding: [g for g in self.gaps(after, year, holding) if not _ANNUAL_REPORT.search(g)],
            envelope=lambda held: within_vintages(
                claim, [min(f.value for f in held) - _REVISION, max(f.value for f in held) + _REVISION]
            ),
        )

    def _sum_of_allies(self, release_id: str, indicator: str, year: int) -> float | None:
        return sum_of_allies(self.facts, release_id, indicator, year)


def sum_of_allies(facts: Facts, release_id: str, indicator: str, year: int) -> float | None:
    """NATO's total for a release that printed every ally's figure but the dataset holds no NATO Total row:
    the sum of those figures; None unless every ally with armed forces that year is there."""
    total = 0.0
    for member in L.group_members("all", year):
        fig = next((f for f in facts.figures("nato", member, indicator, year) if f.release_id == release_id), None)
        if fig is None:
            return None
        total += fig.value
    return total


def _best_per_release(figs: list[Figure], pred: Callable[[Figure], bool]) -> list[Figure]:
    """One figure per release: a matching one where the release has several (current and constant prices)."""
    out: dict[str, Figure] = {}
    for f in figs:
        if f.release_id not in out or (pred(f) and not pred(out[f.release_id])):
            out[f.release_id] = f
    return sorted(out.values(), key=lambda f: (f.published, f.release_id))
