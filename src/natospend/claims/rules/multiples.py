"""Verdicts on multiples of spending ("doubled since 2014", "three times as much as Germany")."""

from __future__ import annotations

from dataclasses import replace

from natospend.claims import lexicon as L
from natospend.claims.facts import INDICATOR_WORDS, Figure, country_name
from natospend.claims.frame import ALL_ALLIES, Claim
from natospend.claims.judge import CheckerBase, Judgement, sourced
from natospend.claims.multiples import within


class MultipleRules(CheckerBase):
    @sourced
    def multiple(self, claim: Claim) -> Judgement:
        """'Doubled since 2014' (nominal national currency, or constant prices when the claim says real terms) and
        'three times as much as Germany' (current US$), both from one release: the newest by the claim's date that
        holds every figure needed."""
        if claim.countries == [ALL_ALLIES]:
            return Judgement(
                "unverifiable",
                f"Cannot tell whether '{claim.value_text}' is about the alliance's total spending or each ally's "
                "(or some allies'): the sentence names no ally and no total.",
            )
        codes = self._codes(claim)
        if len(codes) != 1 or claim.value is None:
            return Judgement("unverifiable", "A multiple of spending is checked for one ally at a time.")
        code = codes[0]
        indicator = claim.metric or "usd_current_m"
        rest = bool(claim.than_rest)
        if code in (L.NATO_TOTAL, L.EUROPE_CANADA) and indicator.startswith("nc_"):
            indicator = indicator.replace("nc_", "usd_")  # NATO's aggregates have no currency of their own
        year = self._year(claim, [code], indicator)
        if year is None:
            return Judgement(
                "unverifiable", f"No NATO figure of {country_name(code)}'s spending had been published {self._when()}."
            )
        if claim.bases or claim.period:
            # "more than doubled in the face of Russia's invasion of Ukraine": from 2021 or 2022; every reading must
            # give the same verdict.
            starts = claim.bases or [year - (claim.period or 0)]
            parts = [self.multiple(replace(claim, since=start, bases=[], period=None)) for start in starts]
            verdicts = {p.verdict for p in parts}
            text = " | ".join(p.explanation for p in parts)
            evidence = [e for p in parts for e in p.evidence][:8]
            if len(verdicts) == 1:
                return Judgement(parts[0].verdict, f"Counted from {' or '.join(map(str, starts))}: {text}", evidence)
            return Judgement(
                "unverifiable",
                f"Cannot tell which year the multiple is counted from ({', '.join(map(str, starts))}): {text}",
                evidence,
            )
        if claim.since is not None or claim.over_decade:
            base = claim.since if claim.since is not None else year - 10
            pairs = [((code, base), (code, year))]
            what = f"{country_name(code)}'s spending {base}-{year} ({INDICATOR_WORDS.get(indicator, indicator)})"
        else:
            others = claim.others
            if rest:  # the rest of the alliance: NATO's total less the ally, from the same release
                others = [L.NATO_TOTAL]
            elif claim.than_group:
                others = L.group_members(claim.than_group, year)
            if not others:
                return Judgement("unverifiable", "Cannot tell whose spending the multiple compares with.")
            pairs = [((code, year), (o, year)) for o in others]
            against = "the rest of the alliance combined" if rest else ", ".join(country_name(o) for o in others[:4])
            what = (
                f"{country_name(code)}'s spending against {against}"
                + ("..." if len(others) > 4 else "")
                + f" in {year} (current US$)"
            )
        # in the pairs' order (base before year, the ally before the others), not a set's: the evidence is listed in
        # this order, which must not change with the hash seed
        needed = list(dict.fromkeys(k for pair in pairs for k in pair))
        by_release: dict[str, dict[tuple[str, int], Figure]] = {}
        for c, y in needed:
            for f in self.facts.figures("nato", c, indicator, y):
                if self.as_of is None or f.published <= self.as_of:
                    by_release.setdefault(f.release_id, {})[(c, y)] = f
        complete = [(rid, figs) for rid, figs in by_release.items() if len(figs) == len(needed)]
        if not complete:
            return Judgement(
                "unverifiable",
                f"No NATO release published {self._when()} holds every figure needed for {what}.",
            )
        rid, figs = max(complete, key=lambda item: next(iter(item[1].values())).published)
        top = figs[pairs[0][1]] if claim.since is not None or claim.over_decade else figs[pairs[0][0]]
        if claim.since is not None or claim.over_decade:
            ratio = figs[pairs[0][1]].value / figs[pairs[0][0]].value if figs[pairs[0][0]].value else float("nan")
        else:
            total = sum(figs[p[1]].value for p in pairs) - (figs[pairs[0][0]].value if rest else 0.0)
            ratio = figs[pairs[0][0]].value / total if total > 0 else float("nan")
        evidence = [f.evidence("member") for f in figs.values()][:8]
        stated = f"'{claim.value_text}' ({claim.value:g}x)"
        shown = f"{ratio:.2f}x in {rid} ({top.published.isoformat()})"
        if within(ratio, claim.value, claim.comparator):
            return Judgement("accurate", f"Matches {what}: {shown}; the claim says {stated}.", evidence)
        return Judgement("inaccurate", f"Contradicted: {what} was {shown}; the claim says {stated}.", evidence)
