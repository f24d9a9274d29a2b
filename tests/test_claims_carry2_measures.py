"""A part of spending carried to a bare list (claims/context.py, CARRIED_MEASURES): after a sentence that states an
equipment share unambiguously ("Poland will allocate 54.4% of its defence budget to equipment in 2025"), the bare
figures of a follow-on list that names no measure of its own ("It is followed by Luxembourg (53.4%), Finland (46%)
...") are equipment shares of the same year. A list that names its own measure keeps it; a personnel share is not
carried as the equipment share.

Figures: NATO August 2025 (nato-2025-08), 2025 estimates: equipment share Poland 54.4, Finland 46, Luxembourg 53.5."""

from __future__ import annotations

from datetime import date

from natospend.claims import check_text
from natospend.claims.parse import extract
from natospend.store.dataset import Dataset

# Our English rendering of two sentences of https://www.natoaktual.cz/v-mediich/polsko-nato-investice-obrana.A250904_101613_na_media_m02
# (which cites Notes from Poland): "Podle nových údajů Polsko v roce 2025 vyčlení 54,4 % svého obranného rozpočtu na
# vybavení ... Za ním následuje Lucembursko (53,4 %), Finsko (46 %) a Litva (45,8 %)."
FIRST = "According to the new data, Poland will allocate 54.4% of its defence budget to equipment in 2025."
FOLLOW = "It is followed by Luxembourg (53.4%), Finland (46%) and Lithuania (45.8%)."


def _frames(text: str) -> list[tuple[str, list[str], float | None, int | None]]:
    return [(c.kind, c.countries, c.value, c.year) for c in extract(text, date(2025, 9, 4))]


def test_a_bare_list_after_an_equipment_share_lists_equipment_shares(ds: Dataset) -> None:
    assert _frames(FIRST + " " + FOLLOW) == [
        ("equipment_share", ["POL"], 54.4, 2025),
        ("equipment_share", ["LUX"], 53.4, 2025),
        ("equipment_share", ["FIN"], 46.0, 2025),
        ("equipment_share", ["LTU"], 45.8, 2025),
    ]
    results = {r.fields["countries"][0]: r for r in check_text(ds, FIRST + " " + FOLLOW, as_of="2025-09-04")}
    verdicts = {code: r.verdict for code, r in results.items()}
    # Finland's 46% is NATO's; Luxembourg's 53.4% is not its 53.5%; Lithuania's 2025 figure is not held by the date
    assert verdicts == {"POL": "unverifiable", "LUX": "inaccurate", "FIN": "accurate", "LTU": "unverifiable"}
    # the gate abstains on Poland's: "will allocate" is the mood of a plan or forecast, which the frame does not read
    assert results["POL"].figures_verdict == "accurate" and "will" in results["POL"].unread


def test_the_list_alone_has_no_measure() -> None:
    assert _frames(FOLLOW) == []


def test_a_personnel_share_is_not_carried_as_the_equipment_share() -> None:
    # our own near miss: which part the list's figures are is then not the equipment share
    text = FIRST.replace("equipment", "personnel") + " " + FOLLOW
    assert [f for f in _frames(text) if f[1] != ["POL"]] == []


def test_a_list_naming_its_own_measure_keeps_it() -> None:
    # our own near miss: "of GDP" in the list: its figures are not taken as equipment shares
    text = FIRST + " It is followed by Luxembourg (2.1% of GDP)."
    assert ("equipment_share", ["LUX"], 2.1, 2025) not in _frames(text)
