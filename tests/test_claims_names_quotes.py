"""A quote in the first person plural stands for its speaker's ally (branch names, issue 10 class 7):
'"We're planning on hitting 3% ... in 2027," Karins told reporters' is Latvia's plan, not every ally's; a quote
with no "we" still leaves its speaker out. From a recall audit on fresh published sentences; Latvia's prime
ministers added to people.csv."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text
from natospend.claims.frame import ALL_ALLIES
from natospend.claims.metonymy import people
from natospend.store.dataset import Dataset

# devdiscourse.com/article/politics/2518900-latvias-defence-spend-could-reach-3-of-gdp-already-next-year-pm-says
# (Reuters, 11 July 2023)
KARINS = (
    '"We\'re planning on hitting 3% on spending on defence in 2027," Karins told reporters at a NATO summit in Vilnius.'
)


def test_we_in_the_speakers_quote_is_latvia(ds: Dataset) -> None:
    (result,) = check_text(ds, KARINS, "2023-07-11")
    assert (result.kind, result.fields["countries"], result.fields["value"]) == ("pledge", ["LVA"], 3.0)
    assert result.verdict == "unverifiable"  # a national plan: natospend holds the alliance's pledges only


def test_a_quote_without_we_leaves_its_speaker_out(ds: Dataset) -> None:
    # news.err.ee/1609525225 (18 November 2024): Estonia's prime minister proposes a floor for every ally
    text = (
        '"My proposal within NATO is that the agreed 2 percent of GDP level is no longer sufficient for defense '
        'spending; instead, the baseline minimum should be 2.5 percent," Michal said.'
    )
    results = check_text(ds, text, "2024-11-18")
    # pledges4: the proposed 2.5% floor ("should be 2.5 percent") is now a proposal claim of its own, also of all allies
    assert results and all(r.fields["countries"] == [ALL_ALLIES] for r in results)
    assert {r.verdict for r in results} == {"unverifiable"}


@pytest.mark.parametrize(
    ("form", "day", "ally"),
    [
        # Saeima approved the Kariņš government on 23 January 2019 (baltictimes.com); Siliņa's on 15 September 2023
        # (politico.eu, straitstimes.com)
        ("Karins", date(2023, 7, 11), "LVA"),
        ("Kariņš", date(2019, 1, 22), None),
        ("Karins", date(2023, 9, 20), None),
        ("Silina", date(2024, 6, 11), "LVA"),
    ],
)
def test_latvias_prime_ministers(form: str, day: date, ally: str | None) -> None:
    assert people()[form].ally(day) == ally
