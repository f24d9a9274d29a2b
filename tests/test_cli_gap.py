"""`natospend gap` and `natospend burden`: tables, JSON with assumptions, charts, and `Error: ...` on bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from natospend.interfaces.cli import app

runner = CliRunner()


def _json(args: list[str]) -> dict:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout, parse_constant=_no_nan)


def _no_nan(constant: str) -> None:
    raise AssertionError(f"{constant} is not valid JSON")


def test_gap_json_has_table_bands_and_assumptions() -> None:
    out = _json(["gap", "UK", "--pledge", "hague-2025-core-3.5", "--seed", "1", "--simulations", "300"])
    assert out["country"] == "GBR" and out["deadline"] == 2035
    table = out["table"]
    assert [r["year"] for r in table] == list(range(2026, 2036))
    assert table[0]["kind"] == "data" and table[0]["required_usd_current_m"] == 110274
    assert table[-1]["share_gdp"] == 3.5
    assert len(out["bands"]) == 10 and out["uncertainty"]["seed"] == 1
    assert out["assumptions"]["releases"]["nato"] == "nato-2026-07"
    assert out["assumptions"]["exchange_rate_unit"] == "GBP per USD"
    again = _json(["gap", "UK", "--pledge", "hague-2025-core-3.5", "--seed", "1", "--simulations", "300"])
    assert again["bands"] == out["bands"]


def test_gap_json_for_an_aggregate() -> None:
    out = _json(["gap", "Europe and Canada", "--pledge", "hague-2025-core-3.5", "--seed", "1", "--simulations", "50"])
    assert out["country"] == "NATO_EUROPE_CANADA" and len(out["assumptions"]["members"]) == 30
    assert all(r["required_nc_m"] is None for r in out["table"])  # no single currency


def test_gap_explicit_threshold_and_shape() -> None:
    out = _json(["gap", "Germany", "--threshold", "3.5", "--deadline", "2029", "--path", "front", "--seed", "2"])
    assert [r["year"] for r in out["table"]] == [2026, 2027, 2028, 2029]
    assert out["assumptions"]["pledge"]["origin"] == "given explicitly"
    custom = _json(["gap", "DEU", "--threshold", "3.5", "--deadline", "2029", "--shares", "2.9,3.2,3.5", "--seed", "2"])
    assert [r["share_gdp"] for r in custom["table"][1:]] == [2.9, 3.2, 3.5]


def test_gap_table_lists_assumptions() -> None:
    result = runner.invoke(app, ["gap", "GBR", "--pledge", "hague-2025-core-3.5", "--seed", "4", "--gdp-growth", "3"])
    assert result.exit_code == 0, result.output
    for text in ("United Kingdom: 3.5% of GDP by 2035", "Assumptions and sources", "exchange_rate_origin", "seed 4"):
        assert text in result.output
    assert "…" not in result.output  # figures are never cut short


def test_gap_and_burden_plots(tmp_path: Path) -> None:
    chart = tmp_path / "gap.svg"
    result = runner.invoke(app, ["gap", "GBR", "--pledge", "hague-2025-core-3.5", "--seed", "1", "--plot", str(chart)])
    assert result.exit_code == 0, result.output
    svg = chart.read_text()
    assert "<svg" in svg[:1000]
    assert "nato-2026-07" in svg and "P10-P90" in svg  # the source and the band are written into the image
    burden_chart = tmp_path / "burden.png"
    result = runner.invoke(app, ["burden", "--equalise", "us-share", "--plot", str(burden_chart)])
    assert result.exit_code == 0, result.output
    assert burden_chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_burden_json_and_equalise() -> None:
    out = _json(["burden"])
    rows = {r["country"]: r for r in out["rows"]}
    assert rows["USA"]["usd_current_m"] == 1032849 and out["assumptions"]["year"] == 2026
    eq = _json(["burden", "--equalise", "3.5", "--year", "2025"])
    assert eq["assumptions"]["scenario"] == "3.5" and eq["assumptions"]["year"] == 2025
    assert all(r["target_share_gdp"] == 3.5 for r in eq["rows"] if r["kind"] == "ally")
    text = runner.invoke(app, ["burden", "--equalise", "us-total"])
    assert text.exit_code == 0 and "Equalise (us-total)" in text.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["gap", "Narnia", "--pledge", "hague-2025-core-3.5"], "Error: unknown country 'Narnia'"),
        (["gap", "GBR", "--pledge", "hague-2025"], "Error: unknown pledge 'hague-2025'"),
        (["gap", "GBR", "--threshold", "3.5", "--deadline", "2020"], "not after the last data year 2026"),
        (["gap", "GBR", "--pledge", "hague-2025-core-3.5", "--gdp-growth", "-150"], "Error: gdp_growth: -150"),
        (["gap", "GBR", "--pledge", "hague-2025-core-3.5", "--simulations", "0"], "Error: simulations: 0"),
        (["gap", "GBR", "--pledge", "hague-2025-core-3.5", "--path", "custom", "--shares", "3,3.5"], "expected 9"),
        (["gap", "GBR", "--pledge", "hague-2025-core-3.5", "--shares", "3,x"], "Error: --shares: item 2 'x'"),
        (["gap", "GBR", "--pledge", "hague-2025-core-3.5", "--plot", "chart.pdf"], "give a file name ending in .png"),
        (["burden", "--equalise", "everyone"], "Error: unknown scenario 'everyone'"),
        (["burden", "--year", "1990"], "Error: unknown year 1990"),
    ],
)
def test_bad_input_prints_error_and_exits_1(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def _lines(args: list[str]) -> list[str]:
    result = runner.invoke(app, args, env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def _rows(lines: list[str]) -> dict[int, str]:
    rows = (re.match(r"(\d{4})\s+\d+\.\d\d\s", line) for line in lines)
    return {int(m[1]): m.string for m in rows if m}


@pytest.mark.parametrize(
    ("country", "currency", "code"),
    [("Germany", "national", "EUR"), ("Germany", "USD", "$"), ("Germany", "EUR", "EUR"), ("UK", "EUR", "EUR"),
     ("UK", "national", "GBP"), ("Poland", "usd", "$"), ("NATO", "EUR", "EUR")],
)  # fmt: skip
def test_gap_prints_billions_in_the_currency_asked_with_p10_p90(country: str, currency: str, code: str) -> None:
    args = ["gap", country, "-p", "hague-2025-core-3.5", "--seed", "1", "--simulations", "500", "--currency", currency]
    lines = _lines(args)
    header = next(line for line in lines if line.startswith("year"))
    assert "P10-P90" in header and "required" in header and "extra" in header
    rows = _rows(lines)
    assert sorted(rows) == list(range(2026, 2036))
    cells = rows[2035].split("  ")
    tagged = [c.strip() for c in cells if c.strip().startswith(code)]
    assert len(tagged) == 4, rows[2035]  # required, P10-P90, extra, cumulative extra
    assert tagged[0].endswith(("bn", "tn")) and tagged[1].endswith(("bn", "tn"))
    band = re.search(r"(?:\$|EUR |GBP )([\d.,]+)-([\d.,]+)(bn|tn)", rows[2035])
    assert band is not None and float(band[1].replace(",", "")) < float(band[2].replace(",", ""))
    assert max(len(line) for line in lines) <= 80


def test_gap_euros_for_germany_agree_with_the_json() -> None:
    args = ["gap", "Germany", "-p", "hague-2025-core-3.5", "--seed", "1", "--simulations", "500", "--currency", "EUR"]
    out = _json(args)
    last = out["bands"][-1]
    assert out["currency"] == "EUR"
    shown = _rows(_lines(args))[2035]
    assert f"EUR {last['required_nc_m'] / 1000:,.1f}bn" in shown
    assert f"EUR {last['required_nc_m_p10'] / 1000:,.1f}-{last['required_nc_m_p90'] / 1000:,.1f}bn" in shown
    assert last["required_nc_m_p90"] / last["required_nc_m_p10"] <= 1.5


def test_poland_gap_says_already_met_with_headroom_and_never_cuts() -> None:
    lines = _lines(["gap", "Poland", "-p", "hague-2025-core-3.5", "--seed", "1", "--simulations", "200"])
    rows = _rows(lines)
    assert all(row.split()[1] == "4.68" for row in rows.values())
    assert all("PLN 0 " in row for row in rows.values())
    text = "\n".join(lines)
    assert "Already met: Poland is at 4.68% of GDP in 2026" in text and "Headroom over 3.5%: PLN" in text
    fell = _lines(["gap", "Poland", "-p", "hague-2025-core-3.5", "--seed", "1", "--simulations", "200", "--fall-back"])
    assert _rows(fell)[2027].split()[1] == "3.50"
    assert "falls back to the threshold" in "\n".join(fell)


def test_uk_25_pledge_shows_no_negative_extra() -> None:
    out = _json(["gap", "UK", "-p", "gbr-2.5pct-2027", "--seed", "1", "--simulations", "200"])
    assert all(r["extra_usd_current_m"] >= 0 and r["extra_nc_m"] >= 0 for r in out["table"])
    lines = _lines(["gap", "UK", "-p", "gbr-2.5pct-2027", "--seed", "1", "--simulations", "200"])
    assert not any("-GBP" in line or "-$" in line for line in lines)
