"""A person stands for an ally only in an office of that ally's government on the article's date (people.csv), and
a person who says a figure is its speaker, not its subject: the figure is their ally's only when the words claim it
for their side ("we", "our", "his government"); else whose it is cannot be told (falsepaths)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _kind(ds: Dataset, text: str, as_of: str, kind: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


# https://bykvu.com/ua/bukvy/nato-neobkhidno-hotuvatysia-do-tryvaloi-viiny-rf-proty-ukrainy-prem-ierka-estonii/
# (Kaja Kallas, Estonia's prime minister, 22 March 2023): "2% of GDP on defence spending must be the floor, not the
# ceiling." A norm for the allies, not Estonia's figure (2.34% for 2022 in nato-2022-06 would make "2%" wrong anyway).
FLOOR = "Kallas said 2% of GDP on defence spending must be the floor, not the ceiling."


def test_a_person_saying_a_figure_is_not_its_subject(ds: Dataset) -> None:
    found = _kind(ds, FLOOR, "2023-03-22", "share_gdp")
    assert all(r.verdict == "unverifiable" and r.fields["countries"] == [] for r in found), [
        (r.fields, r.verdict) for r in found
    ]


def test_a_person_saying_their_sides_figure_stands_for_their_ally(ds: Dataset) -> None:
    # near-miss: "his government" claims the figure for his side (DEU 2.12% in nato-2024-06)
    [r] = _kind(ds, "Scholz said his government spends 2 percent of GDP on defence.", "2024-07-01", "share_gdp")
    assert r.fields["countries"] == ["DEU"] and r.verdict == "accurate"
    # and an ally named outright is the subject, whoever says it (EST 2.34% for 2022)
    [named] = _kind(ds, "Kallas said Estonia spends 2.3% of GDP on defence.", "2022-10-01", "share_gdp")
    assert named.fields["countries"] == ["EST"] and named.verdict == "accurate"


def test_a_person_out_of_their_allys_office_stands_for_no_ally(ds: Dataset) -> None:
    # Kallas was Estonia's prime minister until 23 July 2024, then the EU's High Representative (December 2024)
    text = "Kallas insists on more than 2 percent of GDP."
    then = [r for r in check_text(ds, text, as_of="2023-03-15")]
    assert [r.fields["countries"] for r in then] == [["EST"]] and then[0].verdict == "unverifiable"
    assert not [r for r in check_text(ds, text, as_of="2025-01-15") if "EST" in r.fields["countries"]]
