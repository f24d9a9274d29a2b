"""The pledge register: shipped contents, sources, user files and their errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natospend.errors import InputFileError, UnknownValueError
from natospend.reference import countries, pledges

USER_PLEDGE = """\
[[pledge]]
id = "nor-3pct-2030"
title = "Norway: 3% by 2030 (example)"
who = ["Norway"]
announced = "2025-01"
occasion = "an example"
metric = "core_share_gdp"
threshold = 3.0
kind = "target"
start = 2025
deadline = 2030
basis = "national"

[[pledge.source]]
url = "https://example.org/nor"
quote = "Norway will spend 3%"
"""


@pytest.fixture(scope="module")
def register() -> dict[str, pledges.Pledge]:
    return {p.id: p for p in pledges.load_register()}


def test_every_pledge_has_a_source_address_and_quoted_wording(register: dict[str, pledges.Pledge]) -> None:
    for p in register.values():
        assert p.sources, p.id
        for s in p.sources:
            assert re.match(r"^https?://[^\s]+\.[a-z]{2,}[^\s]*$", s.url), (p.id, s.url)
            assert len(s.quote.split()) >= 5, (p.id, s.quote)


def test_alliance_pledges_cover_2006_wales_vilnius_and_the_hague(register: dict[str, pledges.Pledge]) -> None:
    two = register["nato-2pct-2006"]
    assert (two.metric, two.threshold, two.start, two.alliance_wide) == ("core_share_gdp", 2.0, 2006, True)
    wales = register["wales-2014-2pct"]
    assert (wales.announced, wales.deadline, wales.path_base_year) == ("2014-09-05", 2024, 2014)
    assert register["wales-2014-equipment-20"].metric == "equipment_share"
    assert register["wales-2014-equipment-20"].deadline == 2024
    assert register["wales-2014-halt-decline"].metric == "real_change"
    assert register["wales-2014-real-growth"].comparison == ">"
    vilnius = register["vilnius-2023-2pct"]
    assert (vilnius.kind, vilnius.threshold, vilnius.announced) == ("floor", 2.0, "2023-07-11")
    assert wales.superseded_by == "vilnius-2023-2pct"
    assert register["vilnius-2023-equipment-20"].threshold == 20.0
    core = register["hague-2025-core-3.5"]
    assert (core.threshold, core.deadline, core.incremental_path) == (3.5, 2035, True)
    assert register["hague-2025-related-1.5"].metric == "related_share_gdp"
    assert register["hague-2025-total-5"].metric == "total_share_gdp"
    assert "2029" in core.notes and "Ukraine" in core.notes
    spain = core.exception_for("ESP")
    assert spain is not None and spain.status == "flexibility" and "2.1%" in spain.note
    iceland = core.exception_for("ISL")
    assert iceland is not None and iceland.status == "exempt"


@pytest.mark.parametrize(
    ("pledge_id", "who", "metric", "threshold", "start", "deadline", "until"),
    [
        ("gbr-2pct-2015", "GBR", "core_share_gdp", 2.0, 2015, None, 2020),
        ("gbr-2.5pct-2030-johnson", "GBR", "core_share_gdp", 2.5, 2022, 2030, None),
        ("gbr-2.5pct-2030-sunak", "GBR", "core_share_gdp", 2.5, 2024, 2030, None),
        ("gbr-2.5pct-2027", "GBR", "core_share_gdp", 2.5, 2027, None, None),
        ("gbr-2.6pct-2027-intelligence", "GBR", "core_share_gdp", 2.6, 2027, None, None),
        ("gbr-3pct-next-parliament", "GBR", "core_share_gdp", 3.0, 2025, 2034, None),
        ("gbr-3.5pct-core-2035", "GBR", "core_share_gdp", 3.5, 2025, 2035, None),
        ("gbr-5pct-2035", "GBR", "total_share_gdp", 5.0, 2025, 2035, None),
        ("deu-3.5pct-2029", "DEU", "core_share_gdp", 3.5, 2025, 2029, None),
        ("fra-64bn-2027", "FRA", "amount_nc", 64000.0, 2025, 2027, None),
        ("pol-4.7pct-2025", "POL", "core_share_gdp", 4.7, 2025, 2025, 2025),
        ("pol-4.8pct-2026", "POL", "core_share_gdp", 4.8, 2026, 2026, 2026),
        ("can-2pct-2032", "CAN", "core_share_gdp", 2.0, 2024, 2032, None),
        ("can-2pct-fy2025", "CAN", "core_share_gdp", 2.0, 2025, 2025, 2025),
        ("can-5pct-2035", "CAN", "total_share_gdp", 5.0, 2025, 2035, None),
        ("ltu-5-6pct-2026", "LTU", "core_share_gdp", 5.0, 2026, None, 2030),
        ("est-5pct-2026", "EST", "core_share_gdp", 5.0, 2026, None, None),
        ("lva-5pct-2026", "LVA", "core_share_gdp", 5.0, 2026, None, None),
        ("dnk-3.5pct-2030", "DNK", "core_share_gdp", 3.5, 2026, 2030, None),
        ("nld-5pct-2035", "NLD", "total_share_gdp", 5.0, 2025, 2035, None),
        ("swe-5pct-2035", "SWE", "total_share_gdp", 5.0, 2025, 2035, None),
        ("ita-2pct-2025", "ITA", "core_share_gdp", 2.0, 2025, 2025, 2025),
        ("esp-2.1pct-2025", "ESP", "core_share_gdp", 2.1, 2025, None, None),
    ],
)
def test_national_pledges_from_the_rules(
    register: dict[str, pledges.Pledge],
    pledge_id: str,
    who: str,
    metric: str,
    threshold: float,
    start: int,
    deadline: int | None,
    until: int | None,
) -> None:
    p = register[pledge_id]
    assert (p.who, p.alliance_wide, p.metric, p.threshold) == ((who,), False, metric, threshold)
    assert (p.start, p.deadline, p.until) == (start, deadline, until)


def test_national_thresholds_appear_in_the_quoted_wording(register: dict[str, pledges.Pledge]) -> None:
    words = {2.0: "two per cent", 3.0: "three per cent", 5.0: "five per cent"}
    for p in register.values():
        if p.alliance_wide:
            continue
        quotes = " ".join(s.quote for s in p.sources)
        number = f"{p.threshold / 1000:g} billion" if p.metric == "amount_nc" else f"{p.threshold:g}"
        found = re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", quotes) or words.get(p.threshold, "@") in quotes
        assert found, (p.id, number, quotes)


def test_supersession_chains(register: dict[str, pledges.Pledge]) -> None:
    assert register["gbr-2.5pct-2030-johnson"].superseded_by == "gbr-2.5pct-2030-sunak"
    assert register["gbr-2.5pct-2030-sunak"].superseded_by == "gbr-2.5pct-2027"
    assert register["can-2pct-2032"].superseded_by == "can-2pct-fy2025"
    assert all(p.superseded_by in register for p in register.values() if p.superseded_by)


def test_uk_april_2027_is_nato_year_2027(register: dict[str, pledges.Pledge]) -> None:
    p = register["gbr-2.5pct-2027"]
    assert p.start == 2027
    assert countries.get("GBR").fiscal_year_text(p.start) == "FY 2027-28 (Apr-Mar)"
    assert countries.get("CAN").fiscal_year_text(register["can-2pct-fy2025"].start) == "FY 2025-26 (Apr-Mar)"


def test_get_unknown_pledge_suggests_close_ids() -> None:
    with pytest.raises(UnknownValueError) as info:
        pledges.get("hague-2025-core-35")
    assert info.value.suggestions[0] == "hague-2025-core-3.5"
    assert str(info.value).startswith("unknown pledge 'hague-2025-core-35'; did you mean 'hague-2025-core-3.5'")


def test_register_frame_for_one_country() -> None:
    frame = pledges.register_frame("Britain")
    ids = set(frame["id"])
    assert {"gbr-2.5pct-2027", "gbr-5pct-2035", "hague-2025-core-3.5", "nato-2pct-2006"} <= ids
    assert not any(i.startswith("deu-") for i in ids)
    row = frame[frame["id"] == "gbr-2.5pct-2027"].iloc[0]
    assert row["who"] == "GBR" and "yorkshirepost.co.uk" in row["sources"] and "2.5 per cent in 2027" in row["sources"]
    assert len(pledges.register_frame()) == len(pledges.load_register())
    with pytest.raises(UnknownValueError, match="unknown country 'Narnia'"):
        pledges.register_frame("Narnia")


def test_user_file_loads_beside_the_shipped_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(USER_PLEDGE, encoding="utf-8")
    shipped = len(pledges.load_register())
    extra = pledges.load_register(user)
    assert len(extra) == shipped + 1
    mine = pledges.get("nor-3pct-2030", extra=user)
    assert mine.who == ("NOR",) and mine.file == str(user) and mine.line == 2
    monkeypatch.setenv("NATOSPEND_PLEDGES", str(user))
    assert pledges.get("nor-3pct-2030").threshold == 3.0


def _error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        pledges.load_register(path)
    return str(info.value).replace(str(path), "bad.toml")


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    message = _error(tmp_path, USER_PLEDGE.replace("threshold = 3.0", "threshold 3.0"))
    assert re.fullmatch(r"bad\.toml, line 8, column \d+: not valid TOML: .+", message), message


def test_misspelt_field_names_file_line_and_field(tmp_path: Path) -> None:
    message = _error(tmp_path, USER_PLEDGE.replace("threshold = 3.0", "threshhold = 3.0"))
    assert message == (
        "bad.toml, line 8, pledge 'nor-3pct-2030', field 'threshhold': unknown field; did you mean 'threshold'?"
    )


def test_bad_values_name_the_field(tmp_path: Path) -> None:
    assert _error(tmp_path, USER_PLEDGE.replace('["Norway"]', '["Norwya"]')) == (
        "bad.toml, line 4, pledge 'nor-3pct-2030', field 'who': unknown ally 'Norwya'; did you mean 'Norway'?"
    )
    assert _error(tmp_path, USER_PLEDGE.replace('kind = "target"', 'kind = "goal"')) == (
        "bad.toml, line 9, pledge 'nor-3pct-2030', field 'kind': must be one of floor, target, aim"
    )
    assert _error(tmp_path, USER_PLEDGE.replace("deadline = 2030", "deadline = 2020")) == (
        "bad.toml, line 11, pledge 'nor-3pct-2030', field 'deadline': 2020 is before start 2025"
    )
    no_source = USER_PLEDGE.split("[[pledge.source]]")[0]
    assert _error(tmp_path, no_source) == (
        "bad.toml, line 2, pledge 'nor-3pct-2030', field 'source': "
        "at least one [[pledge.source]] with url and quote is required"
    )
    assert _error(tmp_path, USER_PLEDGE.replace('quote = "Norway will spend 3%"', 'quote = ""')) == (
        "bad.toml, line 16, pledge 'nor-3pct-2030', field 'quote': source 1: quote must be a non-empty string"
    )


def test_duplicate_and_dangling_ids(tmp_path: Path) -> None:
    dup = USER_PLEDGE.replace('"nor-3pct-2030"', '"gbr-2.5pct-2027"')
    assert _error(tmp_path, dup).startswith(
        "bad.toml, line 2, pledge 'gbr-2.5pct-2027', field 'id': duplicate id (already in "
    )
    dangling = USER_PLEDGE.replace('basis = "national"', 'basis = "national"\nsuperseded_by = "nor-4pct-2030"')
    assert _error(tmp_path, dangling) == (
        "bad.toml, line 13, pledge 'nor-3pct-2030', field 'superseded_by': unknown pledge 'nor-4pct-2030'; "
        "did you mean 'nor-3pct-2030'?"
    )


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"nope\.toml: pledge file not found"):
        pledges.load_register(tmp_path / "nope.toml")
