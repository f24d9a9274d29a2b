"""`natospend status`, `natospend pledges` and `natospend pledge show`: who meets which pledge, with sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

import natospend
from natospend.formatting import is_missing, money, published
from natospend.interfaces.cli.common import (
    console,
    fitted_rows,
    fitted_table,
    frame_records,
    handled,
    jsonable,
    print_json,
    print_lines,
    print_table,
    years_option,
)
from natospend.reference import countries, pledges

if TYPE_CHECKING:
    import pandas as pd

    from natospend.store.readmodel import Store

pledge_app = typer.Typer(help="One pledge of the register: wording, sources and who meets it.", no_args_is_help=True)


def _status_caption() -> str:
    from natospend.analysis import compliance  # in the command: pandas is slow to import

    return (
        "e = estimate in this release. Figures compared at the precision the release printed them. "
        "3.5% core = hague-2025-core-3.5; 5% total = hague-2025-total-5. "
        + compliance.FIVE_PCT_NOTE.replace("'core_short' with", "'core X' for")
        + " 'not applicable': the year is before the pledge was made. National pledges are measured against NATO's "
        "figure even where their own definition differs (see `natospend pledge show ID`)."
    )


def _table(frame: pd.DataFrame, title: str, caption: str, mins: dict[str, int] | None = None) -> None:
    """A table that breaks cells only between words (common.fitted_table); `mins` is kept for callers' sake."""
    del mins
    print_table(fitted_table(frame, title, caption))


def _narrow() -> bool:
    return console.width < 110


def _shown(value: Any, decimals: Any, estimate: Any = False) -> str:
    text = published(value, decimals)
    flagged = not is_missing(estimate) and bool(estimate)
    return f"{text} e" if text and flagged else text


_METRIC_WORDS = {
    "core_share_gdp": "% of GDP (core)",
    "related_share_gdp": "% of GDP (related)",
    "total_share_gdp": "% of GDP (core + related)",
    "equipment_share": "% of defence exp. on equipment",
    "real_change": "% real change",
    "amount_nc": "million national currency",
}


def _word(status: Any) -> str:
    """A status code as shown on screen (JSON keeps the code)."""
    return str(status).replace("_", " ") if isinstance(status, str) else ""


def _pledge_text(p: pledges.Pledge) -> str:
    top = f"-{p.threshold_max:g}" if p.threshold_max is not None else ""
    return f"{p.comparison} {p.threshold:g}{top} {_METRIC_WORDS[p.metric]} ({p.kind})"


def _when(p: pledges.Pledge) -> str:
    if p.deadline is not None and p.until == p.deadline == p.start:
        return f"in {p.start}"
    if p.deadline is not None:
        return f"by {p.deadline}" + (f" (to {p.until})" if p.until not in (None, p.deadline) else "")
    return f"{p.start}-{p.until}" if p.until is not None else f"from {p.start}"


def _number(value: Any, digits: int = 0) -> str:
    if is_missing(value):
        return ""
    return f"{float(value):+,.{digits}f}"


def _flag(value: Any) -> str:
    return "" if value is None or is_missing(value) else ("yes" if bool(value) else "no")


def _release_title(ds: Store, release_id: str) -> str:
    info = ds.read.info(release_id)
    return f"{release_id}: {info['title']}, published {info['release_date']}"


@handled
def status(
    year: int = typer.Option(None, "--year", "-y", help="NATO year; default: the latest year of the release."),
    years: str = typer.Option(None, "--years", help="Several NATO years, one table each: 2014-2026, 2016,2024."),
    release: str = typer.Option(None, help="One release, e.g. nato-2024-06; default: newest complete NATO release."),
    as_of: str = typer.Option(None, "--as-of", help="Use what had been published on this date (YYYY-MM-DD)."),
    pledge: str = typer.Option(None, "--pledge", "-p", help="Add the evaluation of one pledge, e.g. gbr-2.5pct-2027."),
    wide: bool = typer.Option(False, "--wide", help="National pledges as a column (default: lines under the table)."),
    json: bool = typer.Option(False, "--json", help="Print JSON rows."),
) -> None:
    """Every ally on one screen: share of GDP, equipment share, 2% / 3.5% core / 5% status, national pledges."""
    from natospend.service import answers

    ds = answers.store()  # the compact form where it can answer: no pandas
    chosen = years_option([year] if year is not None else None, years)
    wanted: list[int | None] = list(chosen) if chosen else [None]
    payloads = [_status_year(ds, y, release, as_of, pledge, json, wide) for y in wanted]
    if json:
        print_json(payloads[0] if len(payloads) == 1 else {"years": payloads})


def _status_year(
    ds: Store, year: int | None, release: str | None, as_of: str | None, pledge: str | None, json: bool, wide: bool
) -> dict[str, Any]:
    """One year's status table: printed, or returned as a JSON payload when `json`."""
    from natospend.analysis import compliance
    from natospend.service import answers

    table = answers.status(ds, year, release, as_of, pledge)
    rid, year_used, two_pct, cover = table.release_id, table.year, table.two_pct_pledge, table.coverage
    rows = table.rows
    if json:
        return {
            "release_id": rid,
            "year": year_used,
            "two_pct_pledge": two_pct,
            "coverage": cover,
            "revision": table.revision,
            "citation": table.citation,
            "five_pct_note": compliance.FIVE_PCT_NOTE,
        } | {"rows": [{k: jsonable(v) for k, v in r.items()} for r in rows]}
    shown: dict[str, list[str]] = {
        "#": [str(r["rank"]) for r in rows],
        "ally": [r["country"] if _narrow() else r["country_name"] for r in rows],
        "% GDP": [_shown(r["share_gdp"], r["share_decimals"], r["estimate"]) for r in rows],
        "equip. %": [_shown(r["equipment_share"], r["equipment_decimals"]) for r in rows],
        "2%": [_word(r["status_2pct"]) for r in rows],
        "3.5% core": [_word(r["status_3_5_core"]) for r in rows],
        "5% total": [
            f"core {_shown(r['share_gdp'], r['share_decimals'])}"
            if r["status_5_total"] == "core_short"
            else _word(r["status_5_total"])
            for r in rows
        ],
        "national pledges": [r["national"].replace("; ", "\n").replace("_", " ") for r in rows],
    }
    wide = wide or console.width >= 110
    if not wide:
        del shown["national pledges"]
    if pledge:
        shown[pledge] = [
            f"{_word(s)} ({_shown(v, d)})" if published(v, d) else _word(s) if isinstance(s, str) else ""
            for s, v, d in ((r["pledge_status"], r["pledge_value"], r["pledge_decimals"]) for r in rows)
        ]
    notes = sorted({f"{r['country']}: {n}" for r in rows for n in r["note"].split(compliance.NOTE_SEP) if n})
    caption = f"Source: {table.citation}. " + cover["summary"] + " "
    caption += _status_caption().replace("3.5% core", f"2% = {two_pct}; 3.5% core", 1)
    below = []
    if table.revision is not None:
        below.append(f"Revisions: {table.revision['text']}.")
    changed = [
        f"{r['country']} {_shown(r['share_first'], r['share_first_decimals'])} in {r['share_first_release_id']} "
        f"({_word(r['status_2pct_first'])})"
        for r in rows
        if r["status_2pct_first"]
    ]
    if changed:
        below.append("2% status when first published: " + "; ".join(changed) + ".")
    title = f"NATO allies in {year_used}, sorted by defence expenditure as % of GDP ({_release_title(ds, rid)})"
    print_table(fitted_rows(list(shown), [list(cells) for cells in zip(*shown.values(), strict=True)], title, caption))
    national = [] if wide else [f"{r['country']}: {r['national'].replace('_', ' ')}" for r in rows if r["national"]]
    if national:
        print_lines(["National pledges (--wide: as a column):", *(f"  {line}" for line in national)])
    print_lines(below + [f"Note, {n}" for n in notes])  # one line each, under the table, not in the caption
    return {}


@handled
def list_pledges(
    country: str = typer.Argument(None, help="Only the pledges binding this ally (code or any name)."),
    json: bool = typer.Option(False, "--json", help="Print the register as JSON, with sources and quotes."),
) -> None:
    """The pledge register: alliance guidelines and national pledges, with their sources."""
    import pandas as pd

    frame = pledges.register_frame(country)
    if json:
        register = pledges.for_country(country) if country else pledges.load_register()
        print_json([pledges.pledge_record(p) for p in register])
        return
    who = f" binding {countries.get(country).name}" if country else ""
    shown = pd.DataFrame(
        {
            "id": frame["id"],
            "who": frame["who"],
            "pledge": [_pledge_text(p) for p in (pledges.get(i) for i in frame["id"])],
            "when": [_when(p) for p in (pledges.get(i) for i in frame["id"])],
            "basis": frame["basis"],
            "replaced by": frame["superseded_by"],
        }
    )
    if _narrow():
        shown = shown.drop(columns=["basis", "replaced by"])
    _table(
        shown,
        title=f"Pledge register: {len(frame)} pledges{who}",
        caption="Years are NATO years (UK and Canada: the fiscal year starting in April of that year). "
        "`natospend pledge show ID` prints the wording, sources and who meets it.",
        mins={},
    )


@handled
def show_pledge(
    pledge_id: str = typer.Argument(..., metavar="ID", help="Pledge id, e.g. hague-2025-core-3.5."),
    country: str = typer.Option(None, "--country", "-c", help="Only this ally."),
    year: int = typer.Option(None, "--year", "-y", help="Only this NATO year."),
    release: str = typer.Option(None, help="One release; default: newest complete NATO release."),
    as_of: str = typer.Option(None, "--as-of", help="Use what had been published on this date (YYYY-MM-DD)."),
    json: bool = typer.Option(False, "--json", help="Print the pledge and its evaluation as JSON."),
) -> None:
    """One pledge: its wording and sources, and for each of its allies whether it is met and by how much."""
    import pandas as pd

    from natospend.service.questions import Questions

    p = pledges.get(pledge_id)
    ds = natospend.load()
    ev = Questions(ds).evaluate(p.id, country, year, release, as_of).to_frame()  # the service's answer, as a table
    if p.alliance_wide and year is None and country is None and not ev.empty:
        with_data = ev[ev["value"].notna()]
        latest = int(with_data["year"].max()) if not with_data.empty else int(ev["year"].max())
        ev = ev[ev["year"] == latest]  # one screen: the latest year; --year for others
    if json:
        print_json({"pledge": pledges.pledge_record(p), "evaluation": frame_records(ev)})
        return
    record = pledges.pledge_record(p)
    lines = [
        f"{p.id}: {p.title}",
        f"who: {'all allies' if p.alliance_wide else ', '.join(p.who)}    announced: {p.announced}, {p.occasion}",
        f"metric: {record['metric_label']}    threshold: {p.comparison} {p.threshold:g}"
        + (f" (up to {p.threshold_max:g})" if p.threshold_max is not None else "")
        + f"    kind: {p.kind}    basis: {p.basis}",
        f"start: {p.start}"
        + (f"    deadline: {p.deadline} (path from {p.path_base_year})" if p.deadline is not None else "")
        + (f"    until: {p.until}" if p.until is not None else "")
        + (f"    superseded by: {p.superseded_by}" if p.superseded_by else ""),
    ]
    if p.notes:
        lines.append(f"notes: {p.notes}")
    lines += [f"exception {e.country}: {e.status}. {e.note}" for e in p.exceptions]
    lines.append("sources:")
    lines += [f"  {s.url}\n    “{s.quote}”" + (f"\n    ({s.note})" if s.note else "") for s in p.sources]
    for line in lines:
        console.print(line, markup=False, highlight=False)
    if ev.empty:
        return
    rid = str(ev["release_id"].iloc[0])
    shown = pd.DataFrame(
        {
            "ally": ev["country"],
            "year": ev["year"].astype(str),
            "fiscal year": [f if f.startswith("FY") else "" for f in ev["fiscal_year"]],
            "value": [_shown(v, d, e) for v, d, e in zip(ev["value"], ev["decimals"], ev["estimate"], strict=True)],
            "status": ev["status"].map(_word),
            "margin pp": [_number(m, 2) for m in ev["margin_pp"]],
            "margin, national": [
                ("+" if m is not None and m == m and m > 0 else "") + money(m, c)
                for m, c in zip(ev["margin_nc"], ev["currency"], strict=True)
            ],
            "margin US$": [
                ("+" if m is not None and m == m and m > 0 else "") + money(m, "USD") for m in ev["margin_usd"]
            ],
            "on track": [_flag(v) for v in ev["on_track"]],
            "incremental": [_flag(v) for v in ev["incremental"]],
        }
    )
    fiscal = {f"{c} {y} = {f}" for c, y, f in zip(ev["country"], ev["year"], shown["fiscal year"], strict=True) if f}
    if not fiscal or _narrow():
        shown = shown.drop(columns="fiscal year")
    if _narrow():
        shown = shown.drop(columns="margin, national")
    if not p.incremental_path:
        shown = shown.drop(columns="incremental")
    if p.deadline is None:
        shown = shown.drop(columns="on track")
    _table(
        shown,
        title=f"{p.id} in {_release_title(ds, rid)}",
        mins={},
        caption="e = estimate. Margins: value minus threshold at published precision; money = margin x GDP (current "
        "US$, NATO Table 5), national currency (--wide terminal) at the release's implied exchange rate.",
    )
    for note, rows in _notes(ev).items():
        console.print(f"note ({rows}): {note}", markup=False, highlight=False)
    if fiscal and _narrow():
        console.print("NATO years as fiscal years: " + ", ".join(sorted(fiscal)), markup=False, highlight=False)


def _notes(ev: pd.DataFrame) -> dict[str, str]:
    """Each distinct note once, with the ally-years it applies to."""
    from natospend.analysis import compliance

    where: dict[str, list[str]] = {}
    for code, year, text in zip(ev["country"], ev["year"], ev["note"], strict=True):
        for note in filter(None, str(text).split(compliance.NOTE_SEP)):
            where.setdefault(note, []).append(f"{code} {year}")
    return {note: ", ".join(rows) if len(rows) <= 6 else f"{len(rows)} rows" for note, rows in where.items()}


def register(app: typer.Typer) -> None:
    app.command("status")(status)
    app.command("pledges")(list_pledges)
    pledge_app.command("show")(show_pledge)
    app.add_typer(pledge_app, name="pledge")
