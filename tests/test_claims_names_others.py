"""An ally's own allies are the others (branch names, issue 10 class 7): "America's NATO allies" and "U.S. allies"
are not the US. The US's NATO allies are exactly the European allies and Canada; any other possessor's allies have
no published aggregate, so their figures abstain. From a recall audit on fresh published sentences."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text
from natospend.claims.frame import ALL_ALLIES
from natospend.claims.lexicon import EUROPE_CANADA
from natospend.claims.mentions import find_mentions
from natospend.store.dataset import Dataset

# theafrica.co.za/africanews/europe-and-canada-say-theyll-spend-more-on-defense-but-are-cool-on-us-demands-457512364
# (AP, 14 February 2025; the page dropped the per cent signs)
US_ALLIES = (
    "U.S. allies have spent billions of dollars more on defense since Putin ordered a full-scale invasion of Ukraine "
    "more than three years ago, but almost a third of them still don't meet NATO's target of at least 2% of their "
    "gross domestic product."
)
US_ALLIES_5 = (
    "Trump has said that U.S. allies should commit to spending at least 5%, but that would require investment at an "
    "unprecedented scale."
)


def _codes(sentence: str, day: str) -> list[str | None]:
    return [m.code for m in find_mentions(sentence, date.fromisoformat(day))]


@pytest.mark.parametrize("sentence", [US_ALLIES, US_ALLIES_5])
def test_us_allies_are_not_the_us(sentence: str) -> None:
    assert "USA" not in _codes(sentence, "2025-02-14")


def test_us_allies_figure_is_natos_target(ds: Dataset) -> None:
    # the 2% is NATO's target, not a share the US spends (was: the US's share, inaccurate)
    (result,) = check_text(ds, US_ALLIES, "2025-02-14")
    assert (result.kind, result.fields["countries"], result.fields["value"]) == ("pledge", [ALL_ALLIES], 2.0)
    assert result.fields["modality"] == "reference"
    assert result.verdict == "accurate"


def test_us_allies_demand_is_the_alliances(ds: Dataset) -> None:
    (result,) = check_text(ds, US_ALLIES_5, "2025-02-14")
    assert (result.kind, result.fields["countries"], result.fields["value"]) == ("pledge", [ALL_ALLIES], 5.0)
    assert result.verdict == "unverifiable"


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("America's NATO allies spend less than 2% of GDP on defense.", [EUROPE_CANADA]),
        ("The U.S.'s NATO allies spent 2.02% of GDP on defence in 2024.", [EUROPE_CANADA]),
        ("Washington's allies spent an average of 1.9% of GDP on defence last year.", []),
        ("Canada's allies spend more than 2% of GDP on defence.", []),
        # a name before its allies, not NATO's own ("NATO's allies" are every ally)
        ("NATO's allies spent 2.02% of GDP on defence in 2024.", [ALL_ALLIES]),
    ],
)
def test_the_owner_of_allies_is_not_their_subject(sentence: str, codes: list[str]) -> None:
    assert _codes(sentence, "2025-02-14") == codes


def test_americas_nato_allies_are_europe_and_canada(ds: Dataset) -> None:
    (result,) = check_text(ds, "The U.S.'s NATO allies spent 2.02% of GDP on defence in 2024.", "2024-07-01")
    assert (result.fields["countries"], result.fields["year"]) == ([EUROPE_CANADA], 2024)
    assert result.verdict == "accurate"  # NATO Europe and Canada, 2024: 2.02% (nato-2024-06)


# globalnews.ca/news/3561583/canada-europe-nato-defense-spending-increase/ (Reuters, 28 June 2017)
EUROPES_MEMBERS = (
    "Europe's NATO members and Canada will jointly raise defense spending by 4.3 per cent in 2017, NATO "
    "Secretary-General Jens Stoltenberg said on Wednesday."
)


def test_europes_members_and_canada_are_the_aggregate(ds: Dataset) -> None:
    # "Europe's" owns no allies of its own: not an undefined group, and not Canada alone (as before)
    assert _codes(EUROPES_MEMBERS, "2017-06-28") == [EUROPE_CANADA]
    (result,) = check_text(ds, EUROPES_MEMBERS, "2017-06-28")
    assert (result.kind, result.fields["countries"], result.fields["year"]) == ("real_growth", [EUROPE_CANADA], 2017)
    assert result.fields["value"] == 4.3
    # no release of the dataset published by then holds the 2017 estimate (later releases differ)
    assert result.verdict == "unverifiable"
