"""The pledge register: alliance guidelines and national commitments, each with its sources (meta/pledges.toml).

A user file in the same format can sit beside the shipped one (`extra=` or $NATOSPEND_PLEDGES). Errors in any
file name the file, the line and the field.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from natospend.errors import InputFileError, UnknownValueError, closest
from natospend.paths import META_DIR
from natospend.reference import countries

if TYPE_CHECKING:
    import pandas as pd

SHIPPED = META_DIR / "pledges.toml"
ENV_VAR = "NATOSPEND_PLEDGES"


@dataclass(frozen=True, slots=True)
class Metric:
    code: str
    label: str
    unit: str
    #: The observation indicator that measures it in NATO releases; None where no source publishes it.
    indicator: str | None
    share_of_gdp: bool


METRICS: dict[str, Metric] = {
    m.code: m
    for m in (
        Metric("core_share_gdp", "core defence expenditure, % of GDP (NATO definition)", "% of GDP", "share_gdp", True),
        Metric("related_share_gdp", "defence- and security-related spending, % of GDP", "% of GDP", None, True),
        Metric("total_share_gdp", "core plus defence- and security-related spending, % of GDP", "% of GDP", None, True),
        Metric(
            "equipment_share",
            "major equipment incl. R&D, % of defence expenditure",
            "% of defence exp.",
            "equipment_share",
            False,
        ),
        Metric("real_change", "annual real change of defence expenditure, %", "%", "real_change", False),
        Metric(
            "amount_nc",
            "defence expenditure, million national currency (current prices)",
            "million NC",
            "nc_current_m",
            False,
        ),
    )
}
KINDS = ("floor", "target", "aim")
BASES = ("nato", "national")
EXCEPTION_STATUSES = ("exempt", "flexibility")
COMPARISONS = (">=", ">")


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    quote: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class PledgeException:
    country: str
    status: str  # exempt or flexibility
    note: str


@dataclass(frozen=True, slots=True)
class Pledge:
    id: str
    title: str
    #: Ally codes the pledge binds; every ally when `alliance_wide`.
    who: tuple[str, ...]
    alliance_wide: bool
    announced: str  # YYYY, YYYY-MM or YYYY-MM-DD
    occasion: str
    metric: str
    threshold: float
    kind: str
    start: int
    basis: str
    sources: tuple[Source, ...]
    threshold_max: float | None = None
    comparison: str = ">="
    deadline: int | None = None
    until: int | None = None
    base_year: int | None = None
    superseded_by: str = ""
    incremental_path: bool = False
    exceptions: tuple[PledgeException, ...] = ()
    notes: str = ""
    unverified: str = ""  # why the pledge's date, occasion or wording could not be confirmed at a primary source
    file: str = ""
    line: int = 0

    @property
    def announced_year(self) -> int:
        return int(self.announced[:4])

    @property
    def path_base_year(self) -> int:
        """The year whose value starts the straight path to the deadline."""
        return self.base_year if self.base_year is not None else self.announced_year

    @property
    def scope(self) -> str:
        return "alliance" if self.alliance_wide else "national"

    def applies_to(self, code: str) -> bool:
        return code in self.who

    def exception_for(self, code: str) -> PledgeException | None:
        return next((e for e in self.exceptions if e.country == code), None)


_FIELDS = {f.name for f in fields(Pledge)} - {"alliance_wide", "sources", "exceptions", "file", "line"}
_REQUIRED = ("id", "title", "who", "announced", "occasion", "metric", "threshold", "kind", "start", "basis")
_ALLOWED = (_FIELDS - {"who"}) | {"who", "source", "exception"}
_ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class _Locator:
    """Finds the line of a pledge (by its id) and of a field inside it, for error messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def pledge_line(self, index: int, pledge_id: object) -> int:
        if isinstance(pledge_id, str):
            pattern = re.compile(r"^\s*id\s*=\s*[\"']" + re.escape(pledge_id) + r"[\"']")
            for n, line in enumerate(self.lines, start=1):
                if pattern.match(line):
                    return n
        headers = [n for n, line in enumerate(self.lines, start=1) if line.strip() == "[[pledge]]"]
        return headers[index] if index < len(headers) else 1

    def field_line(self, start: int, field: str, sub: str | None = None, sub_index: int = 0) -> int:
        """The line of `field` in the pledge starting near `start` (in its n-th `sub` table if given)."""
        block_start = start
        while block_start > 1 and self.lines[block_start - 1].strip() != "[[pledge]]":
            block_start -= 1
        lo = block_start
        if sub is not None:
            subs = [
                n
                for n in range(block_start + 1, len(self.lines) + 1)
                if self.lines[n - 1].strip() == f"[[pledge.{sub}]]"
                and "[[pledge]]" not in (s.strip() for s in self.lines[block_start : n - 1])
            ]
            if sub_index >= len(subs):
                return start
            lo = subs[sub_index]
        pattern = re.compile(r"^\s*" + re.escape(field) + r"\s*=")
        for n in range(lo, len(self.lines) + 1):
            text = self.lines[n - 1].strip()
            if n > lo and text.startswith("["):  # the next table header ends this table
                break
            if pattern.match(text):
                return n
        return start


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _parse_file(path: Path) -> list[Pledge]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputFileError(path, "", f"cannot read pledge file: {exc.strerror}") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f"line {match.group(1)}, column {match.group(2)}" if match else ""
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputFileError(path, where, f"not valid TOML: {problem}") from None
    locator = _Locator(text)
    unknown_top = [k for k in raw if k != "pledge"]
    if unknown_top:
        raise InputFileError(path, "", f"unknown table {unknown_top[0]!r}; a pledge file holds [[pledge]] tables only")
    entries = raw.get("pledge", [])
    if not isinstance(entries, list):
        raise InputFileError(path, "", "'pledge' must be an array of tables ([[pledge]])")
    return [_parse_entry(path, locator, i, entry) for i, entry in enumerate(entries)]


def _parse_entry(path: Path, locator: _Locator, index: int, entry: dict[str, Any]) -> Pledge:
    pid = entry.get("id")
    start_line = locator.pledge_line(index, pid)
    label = f"pledge {pid!r}" if isinstance(pid, str) else f"pledge #{index + 1}"

    def fail(field: str, problem: str, sub: str | None = None, sub_index: int = 0) -> InputFileError:
        line = locator.field_line(start_line, field, sub, sub_index)
        return InputFileError(path, f"line {line}, {label}, field {field!r}", problem)

    for key in entry:
        if key not in _ALLOWED:
            hint = closest(key, sorted(_ALLOWED))
            raise fail(key, "unknown field" + (f"; did you mean {hint[0]!r}?" if hint else ""))
    for key in _REQUIRED:
        if key not in entry:
            raise InputFileError(path, f"line {start_line}, {label}, field {key!r}", "missing required field")
    if not isinstance(pid, str) or not _ID.match(pid):
        raise fail("id", "must be lower-case letters, digits, '.' or '-' (e.g. 'gbr-2.5pct-2027')")
    for key in ("title", "occasion", "superseded_by", "notes"):
        if key in entry and not isinstance(entry[key], str):
            raise fail(key, "must be a string")
    who_raw = entry["who"]
    if who_raw == "all":
        who = tuple(c.code for c in countries.allies())
        alliance_wide = True
    elif isinstance(who_raw, list) and who_raw and all(isinstance(w, str) for w in who_raw):
        codes = []
        for label_ in who_raw:
            code = countries.try_resolve(label_)
            if code is None or countries.by_code()[code].kind != "ally":
                hint = closest(label_, [c.code for c in countries.allies()] + [c.name for c in countries.allies()])
                raise fail("who", f"unknown ally {label_!r}" + (f"; did you mean {hint[0]!r}?" if hint else ""))
            codes.append(code)
        who, alliance_wide = tuple(dict.fromkeys(codes)), False
    else:
        raise fail("who", 'must be "all" or a non-empty list of ally codes, e.g. ["GBR"]')
    announced = entry["announced"]
    if not isinstance(announced, str) or not _DATE.match(announced):
        raise fail("announced", "must be a string 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
    if entry["metric"] not in METRICS:
        raise fail("metric", f"unknown metric {entry['metric']!r}; valid: {', '.join(METRICS)}")
    if entry["kind"] not in KINDS:
        raise fail("kind", f"must be one of {', '.join(KINDS)}")
    if entry["basis"] not in BASES:
        raise fail("basis", f"must be one of {', '.join(BASES)}")
    if entry.get("comparison", ">=") not in COMPARISONS:
        raise fail("comparison", "must be '>=' or '>'")
    for key in ("threshold", "threshold_max"):
        if key in entry and not _number(entry[key]):
            raise fail(key, "must be a number")
    for key in ("start", "deadline", "until", "base_year"):
        if key in entry and (not _int(entry[key]) or not 1949 <= entry[key] <= 2100):
            raise fail(key, "must be a NATO year (an integer between 1949 and 2100)")
    start = entry["start"]
    for key in ("deadline", "until"):
        if key in entry and entry[key] < start:
            raise fail(key, f"{entry[key]} is before start {start}")
    if "incremental_path" in entry and not isinstance(entry["incremental_path"], bool):
        raise fail("incremental_path", "must be true or false")
    if not isinstance(entry.get("unverified", ""), str):
        raise fail("unverified", "must be a string saying what could not be confirmed")
    sources = _sources(entry.get("source"), fail)
    exceptions = _exceptions(entry.get("exception", []), fail)
    return Pledge(
        id=pid,
        title=entry["title"],
        who=who,
        alliance_wide=alliance_wide,
        announced=announced,
        occasion=entry["occasion"],
        metric=entry["metric"],
        threshold=float(entry["threshold"]),
        threshold_max=float(entry["threshold_max"]) if "threshold_max" in entry else None,
        comparison=entry.get("comparison", ">="),
        kind=entry["kind"],
        start=start,
        deadline=entry.get("deadline"),
        until=entry.get("until"),
        base_year=entry.get("base_year"),
        basis=entry["basis"],
        superseded_by=entry.get("superseded_by", ""),
        incremental_path=entry.get("incremental_path", False),
        sources=sources,
        exceptions=exceptions,
        notes=entry.get("notes", ""),
        unverified=entry.get("unverified", ""),
        file=str(path),
        line=start_line,
    )


def _sources(raw: Any, fail: Any) -> tuple[Source, ...]:
    if not isinstance(raw, list) or not raw:
        raise fail("source", "at least one [[pledge.source]] with url and quote is required")
    out = []
    for i, src in enumerate(raw):
        unknown = [k for k in src if k not in ("url", "quote", "note")]
        if unknown:
            raise fail(unknown[0], "unknown field in [[pledge.source]] (url, quote, note)", "source", i)
        for key in ("url", "quote"):
            if not isinstance(src.get(key), str) or not src[key].strip():
                raise fail(key, f"source {i + 1}: {key} must be a non-empty string", "source", i)
        if not re.match(r"^https?://\S+$", src["url"]):
            raise fail("url", f"source {i + 1}: not a web address", "source", i)
        out.append(Source(src["url"], src["quote"].strip(), str(src.get("note", ""))))
    return tuple(out)


def _exceptions(raw: Any, fail: Any) -> tuple[PledgeException, ...]:
    if not isinstance(raw, list):
        raise fail("exception", "must be [[pledge.exception]] tables")
    out = []
    for i, exc in enumerate(raw):
        code = countries.try_resolve(str(exc.get("country", "")))
        if code is None:
            raise fail("country", f"exception {i + 1}: unknown ally {exc.get('country')!r}", "exception", i)
        if exc.get("status") not in EXCEPTION_STATUSES:
            raise fail("status", f"exception {i + 1}: must be one of {', '.join(EXCEPTION_STATUSES)}", "exception", i)
        out.append(PledgeException(code, exc["status"], str(exc.get("note", ""))))
    return tuple(out)


@cache
def _load_shipped() -> tuple[Pledge, ...]:
    return tuple(_parse_file(SHIPPED))


def load_register(extra: Path | None = None) -> list[Pledge]:
    """The shipped pledges plus a user file (`extra`, else $NATOSPEND_PLEDGES), checked for consistency."""
    pledges = list(_load_shipped())
    user = extra if extra is not None else (Path(os.environ[ENV_VAR]) if os.environ.get(ENV_VAR) else None)
    if user is not None:
        user = Path(user).expanduser()
        if not user.is_file():
            raise InputFileError(user, "", "pledge file not found")
        seen = {p.id: p for p in pledges}
        for p in _parse_file(user):
            if p.id in seen:
                raise InputFileError(
                    user, f"line {p.line}, pledge {p.id!r}, field 'id'", f"duplicate id (already in {seen[p.id].file})"
                )
            seen[p.id] = p
            pledges.append(p)
    ids = {p.id for p in pledges}
    for p in pledges:
        if p.superseded_by and p.superseded_by not in ids:
            hint = closest(p.superseded_by, ids)
            raise InputFileError(
                p.file,
                f"line {_Locator(Path(p.file).read_text(encoding='utf-8')).field_line(p.line, 'superseded_by')}, "
                f"pledge {p.id!r}, field 'superseded_by'",
                f"unknown pledge {p.superseded_by!r}" + (f"; did you mean {hint[0]!r}?" if hint else ""),
            )
    return pledges


def get(pledge_id: str, extra: Path | None = None) -> Pledge:
    """One pledge by id; UnknownValueError with the closest ids otherwise."""
    register = load_register(extra)
    for p in register:
        if p.id == pledge_id:
            return p
    raise UnknownValueError("pledge", pledge_id, [p.id for p in register])


def for_country(country: str, extra: Path | None = None) -> list[Pledge]:
    """The pledges that bind one ally (alliance-wide ones included)."""
    code = countries.resolve(country)
    return [p for p in load_register(extra) if p.applies_to(code)]


def _who_text(p: Pledge) -> str:
    return "all" if p.alliance_wide else ", ".join(p.who)


def _terms(p: Pledge) -> dict[str, Any]:
    """What a pledge commits to and by when, as plain values (a column each, in this order)."""
    return {
        "threshold": p.threshold,
        "threshold_max": p.threshold_max,
        "comparison": p.comparison,
        "kind": p.kind,
        "start": p.start,
        "deadline": p.deadline,
        "until": p.until,
        "base_year": p.path_base_year if p.deadline is not None else None,
        "basis": p.basis,
    }


def register_frame(country: str | None = None, extra: Path | None = None) -> pd.DataFrame:
    """One row per pledge (only those binding `country` if given), sources joined as 'url “quote”' lines."""
    import pandas as pd

    register = for_country(country, extra) if country else load_register(extra)
    rows = []
    for p in register:
        rows.append(
            {
                "id": p.id,
                "title": p.title,
                "who": _who_text(p),
                "scope": p.scope,
                "announced": p.announced,
                "occasion": p.occasion,
                "metric": p.metric,
                "unit": METRICS[p.metric].unit,
                **_terms(p),
                "superseded_by": p.superseded_by,
                "incremental_path": p.incremental_path,
                "exceptions": "; ".join(f"{e.country}: {e.status} ({e.note})" for e in p.exceptions),
                "notes": p.notes,
                "unverified": p.unverified,
                "source_urls": " ".join(s.url for s in p.sources),
                "sources": "\n".join(f"{s.url} “{s.quote}”" + (f" [{s.note}]" if s.note else "") for s in p.sources),
                "n_sources": len(p.sources),
                "defined_in": f"{Path(p.file).name} line {p.line}",
            }
        )
    frame = pd.DataFrame(rows)
    for col in ("deadline", "until", "base_year", "start"):
        frame[col] = frame[col].astype("Int64")
    return frame


def pledge_record(p: Pledge) -> dict[str, Any]:
    """A pledge as plain data (for JSON)."""
    return {
        "id": p.id,
        "title": p.title,
        "who": "all" if p.alliance_wide else list(p.who),
        "scope": p.scope,
        "announced": p.announced,
        "occasion": p.occasion,
        "metric": p.metric,
        "metric_label": METRICS[p.metric].label,
        **_terms(p),
        "superseded_by": p.superseded_by or None,
        "incremental_path": p.incremental_path,
        "exceptions": [{"country": e.country, "status": e.status, "note": e.note} for e in p.exceptions],
        "notes": p.notes,
        "unverified": p.unverified,
        "sources": [{"url": s.url, "quote": s.quote, "note": s.note} for s in p.sources],
        "defined_in": f"{Path(p.file).name} line {p.line}",
    }
