"""People read as their ally (branch actors3, issue 10 class 7): the British "Sir Keir", and terms of
claims/people.csv the audit found missing (each with the address that states it)."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims import check_text
from natospend.claims.mentions import find_mentions
from natospend.claims.metonymy import find_people, people
from natospend.store.dataset import Dataset


def _mentions(sentence: str, day: str) -> list[tuple[str | None, str]]:
    return [(m.code, m.label) for m in find_mentions(sentence, date.fromisoformat(day)) if m.code is not None]


@pytest.mark.parametrize(
    ("form", "day", "ally"),
    [
        # Løkke Rasmussen's first premiership, 5 April 2009 - 3 October 2011 (en.m.wikipedia.org), and Foreign
        # Minister from 15 December 2022 (thelocal.dk)
        ("Løkke Rasmussen", date(2010, 6, 1), "DNK"),
        ("Lokke Rasmussen", date(2012, 6, 1), None),
        ("Løkke Rasmussen", date(2025, 6, 1), "DNK"),
        # Bolojan interim president from Iohannis's exit on 12 February 2025 (rri.ro) to Nicușor Dan's oath on
        # 26 May 2025 (kyivindependent.com, hurriyetdailynews.com); Prime Minister from 23 June 2025 (chinadailyhk.com)
        ("Bolojan", date(2025, 3, 1), "ROU"),
        ("Bolojan", date(2025, 6, 1), None),
        ("Bolojan", date(2025, 9, 1), "ROU"),
        ("Nicusor Dan", date(2025, 6, 1), "ROU"),
        ("Nicușor Dan", date(2025, 5, 1), None),
        ("Sir Keir", date(2025, 6, 23), "GBR"),
    ],
)
def test_added_terms(form: str, day: date, ally: str | None) -> None:
    assert people()[form].ally(day) == ally


def test_iohannis_hands_over_to_bolojan() -> None:
    assert people()["Iohannis"].ally(date(2025, 3, 1)) is None


@pytest.mark.parametrize(
    ("sentence", "day", "mentions"),
    [
        # https://www.devhardware.com/keir-starmer-says-defence-spending-commitment-iron-clad-but-refuses-to-set-timetable/
        (
            "Speaking before leaving for Washington, Sir Keir told reporters he was committed to spending 2.5% of "
            "GDP on defence “within our fiscal rules”.",
            "2024-07-09",
            [("GBR", "Sir Keir")],
        ),
        # https://sheknows.buzz/keir-starmer-to-hike-defence-spending-by-13400000000-from-2027: the full name with
        # the title is one mention, the ally named after it the subject
        (
            "Sir Keir Starmer has announced the UK will aim to spend 2.5 per cent of GDP on defence every year from "
            "2027 and 3 per cent in the next parliament.",
            "2025-02-25",
            [("GBR", "the UK")],
        ),
    ],
)
def test_sir_keir_as_actor(sentence: str, day: str, mentions: list[tuple[str, str]]) -> None:
    assert [(c, lbl) for c, lbl in _mentions(sentence, day) if c != "ALL"] == mentions


def test_sir_keir_starmer_is_one_name() -> None:
    """'Sir Keir' must not take the front of the full name and leave 'Starmer' to read as another person."""
    sentence = "Sir Keir Starmer has announced the UK will aim to spend 2.5 per cent of GDP on defence."
    assert [sentence[p.start : p.end] for p in find_people(sentence)] == ["Sir Keir Starmer"]


def test_sir_keirs_commitment_is_the_uks(ds: Dataset) -> None:
    """https://www.devhardware.com/keir-starmer-says-defence-spending-commitment-iron-clad-but-refuses-to-set-timetable/
    (July 2024): the undated 2.5% is the UK's own pledge (Sunak's 2.5% by 2030, 23 April 2024, was registered)."""
    text = (
        "Speaking before leaving for Washington, Sir Keir told reporters he was committed to spending 2.5% of GDP on "
        "defence “within our fiscal rules”."
    )
    results = check_text(ds, text, as_of="2024-07-09")
    assert [(r.kind, r.fields.get("countries"), r.fields.get("value")) for r in results] == [("pledge", ["GBR"], 2.5)]
    assert results[0].verdict == "accurate" and "gbr-2.5pct-2030" in results[0].explanation
