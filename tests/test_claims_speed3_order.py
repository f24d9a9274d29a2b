"""The evidence of a multiple of spending is listed in one order, whatever the hash seed.

Real sentences (Olive Press, 18 June 2024, https://www.theolivepress.es/spain-news/2024/06/18/spain-comes-rock-bottom-
in-latest-nato-defence-rankings-and-fails-to-make-2-target-as-overall-alliance-spending-surges/): "more than doubled
... in the face of Russia's invasion" is counted from 2021 and from 2022, and each reading's figures were listed in a
set's order, which changed with PYTHONHASHSEED.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TEXT = (
    "As of today, 23 out of 32 NATO members have reached or exceeded the 2% target, with Poland out leading in first "
    "place. The east European country has more than doubled its military spending in the face of Russia’s invasion "
    "of neighbouring Ukraine."
)
SCRIPT = f"""
import json
from natospend.claims import check_text
from natospend.service import answers
results = check_text(answers.store(), {TEXT!r}, "2024-06-18")
print(json.dumps([[r.kind, r.verdict, [[e.country, e.year, e.indicator] for e in r.evidence]] for r in results]))
"""


def _run(seed: str) -> list[list[object]]:
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_multiple_evidence_order_does_not_follow_the_hash_seed() -> None:
    first, second = _run("0"), _run("1")
    assert first == second
    multiple = [r for r in first if r[0] == "growth_multiple"]
    assert len(multiple) == 1
    _, verdict, evidence = multiple[0]
    assert verdict == "accurate"
    # each reading's base year before the year it is compared with: 2021 -> 2024, then 2022 -> 2024
    assert [(e[0], e[1]) for e in evidence] == [("POL", 2021), ("POL", 2024), ("POL", 2022), ("POL", 2024)]
