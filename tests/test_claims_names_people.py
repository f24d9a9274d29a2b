"""Names read as the wrong ally (branch names, issue 10 class 7), from a recall audit on fresh published sentences
that are not in the corpus: a person whose surname is also an ally's name ("Prime Minister Luís Montenegro") is the
person, and the subject of a relative clause ("..., who reiterated his country's pledge") acts for their ally."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text
from natospend.claims.mentions import find_mentions
from natospend.store.dataset import Dataset


def _codes(sentence: str, day: str) -> list[str | None]:
    return [m.code for m in find_mentions(sentence, date.fromisoformat(day)) if m.code is not None]


@pytest.mark.parametrize(
    ("sentence", "day", "codes"),
    [
        # rckir.com/archives/34344 (June 2025, Portugal to reach 2% this year)
        (
            "Portugal plans to raise its defence spending to 2% of its gross domestic product (GDP) this year, four "
            "years earlier than expected, Prime Minister Luis Montenegro announced Thursday.",
            "2025-06-05",
            {"PRT"},
        ),
        # aman-alliance.org/Home/ContentDetail/91638 (Lusa, 25 June 2025)
        (
            "Portugal's Prime Minister Luís Montenegro said on Wednesday that the new NATO investment target of 5% of "
            'GDP spending on defence guarantees "some flexibility" in terms of time by removing mandatory annual '
            "targets.",
            "2025-06-25",
            {"PRT"},
        ),
        # portugal.news-pravda.com/en/portugal/2025/01/18/171.html (18 January 2025)
        (
            "NATO members won't be able to meet US president-elect Donald Trump's demand to raise military spending "
            "to 5% of GDP in the near future, Portuguese Prime Minister Luís Montenegro said.",
            "2025-01-18",
            {"ALL", "PRT"},
        ),
    ],
)
def test_a_surname_that_names_an_ally_is_the_person(sentence: str, day: str, codes: set[str]) -> None:
    assert set(_codes(sentence, day)) == codes


def test_his_countrys_pledge_is_portugals(ds: Dataset) -> None:
    # qinshuip.fun news digest of Reuters, Lisbon, 27 January 2025 (Rutte in Lisbon)
    text = (
        "Rutte spoke in Lisbon alongside Portuguese Prime Minister Luis Montenegro, who reiterated his country's "
        "pledge to meet the 2% goal by 2029."
    )
    (result,) = check_text(ds, text, "2025-01-27")
    assert result.kind == "pledge"
    assert result.fields["countries"] == ["PRT"]
    assert (result.fields["value"], result.fields["deadline"]) == (2.0, 2029)
    assert result.fields["modality"] == "commitment"
    # a national timetable: natospend holds the alliance's pledges, not national plans
    assert result.verdict == "unverifiable"
    assert "Portugal" in result.explanation


def test_a_country_name_alone_is_still_the_country() -> None:
    # the surname alone, with no first name or title, is not read as the person
    assert _codes("Montenegro spent 2.02% of GDP on defence in 2024.", "2025-06-05") == ["MNE"]
