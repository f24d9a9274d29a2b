"""Rules that keep the checker from calling a false claim `accurate`, each tried on the real sentence from the
article corpus that revealed it (tests/data/claims_articles/) and on a variant. Verdicts are against the embedded
dataset's published NATO releases and the pledge register."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _results(ds: Dataset, text: str, as_of: str, kind: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


CENSOR = (
    "At the same time, the top five countries with the lowest spending relative to the size of their economies are "
    "Italy, Canada, Belgium, Luxembourg (although it is among the countries that have radically increased spending "
    "compared to 2014), Slovenia, and, in last place, Spain."
)


def test_an_ally_named_in_a_top_n_outside_it_makes_the_list_inaccurate(ds: Dataset) -> None:
    # 2024-06-18 censor: the five lowest in nato-2024-06 are ESP, LUX, SVN, BEL, CAN; Italy (1.49) is sixth.
    group, last = _results(ds, CENSOR, "2024-06-18", "ranking")
    assert group.verdict == "inaccurate" and "Italy ranks 6" in group.explanation, group.explanation
    assert last.verdict == "accurate"  # "in last place, Spain" holds on its own
    variant = CENSOR.replace("Italy, Canada", "Canada")  # five names for five places
    assert _results(ds, variant, "2024-06-18", "ranking")[0].verdict == "accurate"
