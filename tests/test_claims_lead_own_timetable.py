"""An ally's own timetable or possibility is not settled by the alliance-wide pledge that covers it: "Hungary could
increase defence spending to NATO's target of 2 percent ... by 2024" and "the Czech Republic is raising its defence
budget so that it reaches 1.4 percent of GDP in 2020 and 2 percent in 2024, in accordance with the decision made at
the NATO summit in Wales" were `accurate` against the Wales pledge (2% within a decade), though what they state is
the ally's plan, which the register does not hold (claims/rules/pledges._own_commitment). Sentences from two dev
articles of the corpus's eighth round, labelled `unverifiable` by two labellers before the checker was run."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset

# http://www.channelnewsasia.com/news/world/hungary-can-speed-up-increases-in-defence-spending-minister-say/3616072.html
HUNGARY = (
    "Hungary could increase defence spending to NATO's target of 2 percent of gross domestic product by 2024, two "
    "years earlier than originally planned, Defence Minister Istvan Simicsko said on Wednesday."
)
# http://praguemonitor.com/2018/03/23/nato-head-economic-rise-enables-czechs-raise-defence-spending
CZECH = (
    "That is why the Czech Republic is raising its defence budget so that it reaches 1.4 percent of GDP in 2020 and "
    "2 percent in 2024, in accordance with the decision made at the NATO summit in Wales in 2014."
)


@pytest.mark.parametrize(
    ("text", "as_of", "why"),
    [
        (HUNGARY, "2017-03-22", "What the ally could do ('could')"),
        (CZECH, "2018-03-23", "the alliance-wide wales-2014-2pct"),
    ],
)
def test_an_allys_own_path_to_the_alliance_target_is_unverifiable(ds: Dataset, text: str, as_of: str, why: str) -> None:
    pledges = [r for r in check_text(ds, text, as_of) if r.kind == "pledge" and r.fields["value"] == 2.0]
    assert pledges, "the 2% was not read as a pledge"
    for r in pledges:
        assert r.verdict == "unverifiable", r.explanation
        assert why in r.explanation


def test_the_alliances_own_timetable_is_still_the_alliance_pledge(ds: Dataset) -> None:
    # near miss (written as a check of the rule): the allies' deadline is the pledge's own
    (r,) = check_text(ds, "NATO allies agreed in 2014 to move towards 2 percent of GDP by 2024.", "2018-07-13")
    assert r.kind == "pledge" and r.verdict == "accurate", r.explanation
    assert "wales-2014-2pct" in r.explanation


def test_a_forecast_that_names_the_alliance_target_is_no_pledge(ds: Dataset) -> None:
    # the form pledges6's audit of this stop found judged `accurate` against the Vilnius floor ("Germany will finally
    # meet the two percent target ... next year"); the sentence is that form, written out as a check of the rule
    text = "Germany will finally meet the two percent target for defence spending next year, the finance minister said."
    (r,) = check_text(ds, text, "2023-08-15")
    assert r.kind == "pledge" and r.verdict == "unverifiable"
    assert "A forecast of what the ally will do ('will')" in r.explanation
