"""`natospend show` without a country: every ally's figure, one row per ally, in the registry's order, with the
same source, release, origin cell and grade as `show` prints for one ally; the same rows by --json (the Dataset).
Values are NATO's June 2024 release as published (Table 3, share of real GDP, 2024 estimates)."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from natospend.interfaces.cli import app
from natospend.reference import countries

ARGS = ["show", "--indicator", "share_gdp", "--year", "2024", "--release", "nato-2024-06"]
#: Published in nato-2024-06 (240617-def-exp-2024-TABLES-en.xlsx, TABLE3): ally -> (printed value, cell).
PUBLISHED = {"POL": ("4.12", "N32"), "EST": ("3.43", "N18"), "USA": ("3.38", "N41"), "ESP": ("1.28", "N37")}


def _invoke(args: list[str], width: int = 80) -> tuple[int, str]:
    done = CliRunner().invoke(app, args, terminal_width=width, env={"COLUMNS": str(width)})
    return done.exit_code, done.output


def test_every_ally_one_row_each_in_registry_order() -> None:
    code, out = _invoke(ARGS)
    assert code == 0, out
    assert "All allies: 31 figures (nato-2024-06)" in out
    rows = re.findall(r"^([A-Z]{3})\s+2024\s+(\d\.\d\d) e\s+nato-2024-06\s+TABLE3 (N\d+)\s+official_file", out, re.M)
    allies = [c.code for c in countries.allies()]
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)) == 31
    assert codes == [c for c in allies if c in codes]  # the registry's order: Estonia before Spain, not by code
    assert set(allies) - set(codes) == {"ISL"}  # Iceland has no armed forces: no figure in Table 3, none invented
    assert not {"NATO_TOTAL", "NATO_EUROPE_CANADA"} & set(codes)
    assert {c: (v, cell) for c, v, cell in rows if c in PUBLISHED} == PUBLISHED
    for line in out.splitlines():
        assert len(line) <= 80, line


def test_wide_screen_names_the_ally_source_and_caveats() -> None:
    code, out = _invoke([*ARGS, "--wide"])  # --wide, not a wide terminal: the shared console keeps its first width
    assert code == 0, out
    poland = next(line for line in out.splitlines() if line.startswith("POL "))
    for part in ("nato", "share_gdp", "2024", "4.12 e", "nato-2024-06", "official_file", "estimate", "TABLE3 N32"):
        assert part in poland, poland


def test_json_gives_the_same_rows_from_the_dataset() -> None:
    code, out = _invoke([*ARGS, "--json"])
    assert code == 0, out
    records = json.loads(out)
    assert [r["country"] for r in records] == [c.code for c in countries.allies() if c.code != "ISL"]
    by_code = {r["country"]: r for r in records}
    for code_, (value, cell) in PUBLISHED.items():
        row = by_code[code_]
        assert f"{row['value']:.2f}" == value and row["decimals"] == 2
        assert (row["release_id"], row["origin_cell"], row["provenance"]) == ("nato-2024-06", cell, "official_file")
        assert row["status"] == "estimate"


def test_an_unknown_indicator_still_gets_the_close_match() -> None:
    code, out = _invoke(["show", "--indicator", "share_gdpp", "--year", "2024"])
    assert code == 1
    assert "unknown indicator 'share_gdpp'; did you mean 'share_gdp'?" in out
