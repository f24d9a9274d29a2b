"""A place supposed, planned or still to come is no published rank (check.py `_rank_mood`): "Poland could become the
biggest spender in NATO as a share of GDP" was judged against the newest figures and called `accurate` because Poland
was first then; the mood that governs the place (clause_mood, as for a figure) now makes it `unverifiable`. A place
stated as fact, and a forecast for a year of its own (judged on NATO's estimates for that year, as shares are), are
still judged. Published values: nato-2024-06 Table 3 2024e, Poland 4.12, Estonia 3.43, United States 3.38, Latvia
3.15, Greece 3.08."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset

# Forms of supposed or future places, in our own words (the form of "would make Lithuania the NATO country to spend the
# most", a real sentence met in last stop's audit, whose address was not kept).
SUPPOSED = [
    ("Poland could become the biggest spender in NATO as a share of GDP by 2030.", "could"),
    ("Poland would be the biggest spender in NATO as a share of GDP.", "would"),
    ("If it meets its plan, Poland will be the biggest spender in NATO as a share of GDP.", "will"),
]
# https://smiraponitke.com/2024/06/20/poland-country-to-be-natos-biggest-defence-spender-in-2024.html (20 June 2024, a
# copy of Notes from Poland): a forecast for this year, which NATO's estimates of 17 June 2024 settle.
THIS_YEAR = (
    "Behind Poland, the next highest relative spenders in the alliance this year will be Estonia (3.43%), the United "
    "States (3.38%), Latvia (3.15%) and Greece (3.08%)."
)
STATED = "Poland is the biggest spender in NATO as a share of GDP."


def _ranks(ds: Dataset, text: str, as_of: str) -> list[tuple[str, str]]:
    return [(r.verdict, r.explanation) for r in check_text(ds, text, as_of=as_of) if r.kind == "ranking"]


@pytest.mark.parametrize(("text", "cue"), SUPPOSED)
def test_a_place_supposed_or_to_come_is_not_judged_on_published_figures(ds: Dataset, text: str, cue: str) -> None:
    [(verdict, why)] = _ranks(ds, text, "2024-07-01")
    assert verdict == "unverifiable"
    assert f"('{cue}'): a place to come or supposed" in why


def test_the_same_place_stated_as_fact_is_judged(ds: Dataset) -> None:
    [(verdict, why)] = _ranks(ds, STATED, "2024-07-01")
    assert verdict == "accurate", why
    assert "Poland ranks 1" in why and "4.12" in why


def test_a_forecast_for_a_year_of_its_own_is_judged_on_the_estimates(ds: Dataset) -> None:
    [(verdict, why)] = _ranks(ds, THIS_YEAR, "2024-06-20")
    assert verdict == "accurate", why
    assert "Estonia 3.43" in why and "Greece 3.08" in why
