"""How far to trust the checker: its figures on articles it was never tuned on, quoted to every reader.

The counts are measured by `benchmarks/claims_eval.py --write-reliability` on the corpus's test split and kept in
reliability.toml beside this module; tests/test_claims_accuracy.py fails when they no longer match the checker.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Reliability:
    measured: str  # the date the figures were measured
    articles: int
    labelled: int  # claims labelled by hand in those articles
    matched: int  # of those, found by the checker
    correct: int  # of those found, given the labelled verdict
    accurate_given: int  # `accurate` verdicts on labelled claims
    false_accurate: int  # of those, wrong
    misleading: int  # wrong verdicts other than `unverifiable`

    def summary(self) -> str:
        found = self.matched / self.labelled
        right = self.correct / self.matched
        return (
            f"How far to trust these verdicts: on {self.articles} published articles it was never tuned on "
            f"({self.labelled:,} claims labelled by hand; measured {self.measured}), the checker found "
            f"{found:.0%} of the claims and gave {right:.0%} of those the right verdict; "
            f"{self.false_accurate} of its {self.accurate_given:,} `accurate` verdicts were wrong. "
            "Read the evidence before you quote a verdict."
        )


@cache
def measured() -> Reliability:
    raw = tomllib.loads(resources.files("natospend.claims").joinpath("reliability.toml").read_text(encoding="utf-8"))
    return Reliability(**raw)
