"""How close each figure is to its publisher: a grade per observation, the caveats that weaken it, and a ready
citation line for a release.

A figure's grade is its release's (meta/sources.toml `provenance`) unless the figure itself is weaker: a row a
transcription read from a web page (its `citation` is an address) in a release graded better than a press report is
itself a press report. Caveats are the flags that make a figure less certain than its printed digits suggest.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from natospend.formatting import is_missing
from natospend.reference import sources as registry
from natospend.reference.manifest import PROVENANCE_GRADES

#: Source id -> publisher's short name (from the source registry, meta/publishers.toml).
PUBLISHERS = {sid: s.publisher for sid, s in registry.load().items()}
#: Flags that weaken a figure, as shown beside it; `estimate` comes from the status column.
CAVEAT_FLAGS = ("conflicting_sources", "precision_inferred", "rounded_by_source", "lower_confidence")
_RANK = {grade: i for i, grade in enumerate(PROVENANCE_GRADES)}


if TYPE_CHECKING:
    import pandas as pd


def _from_page(release_grade: Any, citation: Any) -> bool:
    """Whether a row was read from a web page in a release graded better than a press report."""
    return isinstance(citation, str) and "http" in citation and _RANK.get(str(release_grade), 0) < _RANK["press_report"]


def figure_grade(release_grade: Any, citation: Any) -> Any:
    """One observation's grade: its release's, or `press_report` where the row was read from a web page."""
    return "press_report" if _from_page(release_grade, citation) else release_grade


def caveat_text(flags: Any, status: Any) -> str:
    """One observation's weakening flags (`;`-joined), with `estimate` first where the figure is one."""
    present = set(str(flags).split(";")) if isinstance(flags, str) else set()
    found = [f for f in CAVEAT_FLAGS if f in present]
    return ";".join((["estimate"] if status == "estimate" else []) + found)


def figure_grades(release_grade: pd.Series, citation: pd.Series) -> pd.Series:
    """Per observation: `figure_grade`."""
    import pandas as pd

    pressed = pd.Series([_from_page(g, c) for g, c in zip(release_grade, citation, strict=True)], dtype=bool)
    return release_grade.where(~pressed.set_axis(release_grade.index), "press_report")


def caveats(flags: pd.Series, status: pd.Series) -> pd.Series:
    """Per observation: `caveat_text`."""
    import pandas as pd

    return pd.Series([caveat_text(f, s) for f, s in zip(flags, status, strict=True)], index=flags.index, dtype=object)


#: A workbook cell (N32): the origin is the sheet and cell of the file the release rests on.
_XL_CELL = re.compile(r"^[A-Z]{1,3}[0-9]+$")
_A_FILE = re.compile(r"\.(csv|xlsx|xls|zip|rda|json|txt)$", re.IGNORECASE)
_NATO_PART = re.compile(r"^(Table \d+[ab]?|SG Annual Report)")
_QUOTED = ", as quoted in press"


def _text(value: Any) -> str:
    return "" if is_missing(value) else str(value)


def origin_text(file: Any, table: Any, cell: Any, short: bool = False) -> str:
    """Where a figure was read, saying what the place is: 'TABLE3 N32' (a cell of a workbook: sheet and cell),
    'line 3604 of nato_def-exp-2026_2014-2026.csv (a transcription of Table 3)' (a line of a transcription, which
    reads like a NATO cell but is not one). `short` leaves the file name out, for a narrow table that names it once:
    'line 3604 of a transcription of Table 3'."""
    file, table, cell = _text(file), _text(table), _text(cell)
    if _XL_CELL.match(cell) or not file or not cell:
        return " ".join(x for x in (table, cell) if x)
    nato = _NATO_PART.match(table)
    if table.startswith("user extract of "):
        what = "a user extract" if short else f"a {table}"
    elif _A_FILE.search(table):  # a file inside an archive (the World Bank's zip)
        return cell if short else f"{cell} of {table} in {file}"
    elif table.endswith(_QUOTED) and nato:
        what = f"a press-quoted {nato.group(1)}" if short else f"{table.removesuffix(_QUOTED)} as quoted in the press"
        what = what if short else f"a transcription of {what}"
    elif nato:
        what = f"a transcription of {table}"
    else:
        what = table
    if short:
        return f"{cell} of {what}" if what.startswith("a ") else f"{cell} ({what})" if what else cell
    return f"{cell} of {file}" + (f" ({what})" if what else "")


_ORIGIN = ("origin_file", "origin_table", "origin_cell")
_TABLE_NAME = re.compile(r"^(?:Table |TABLE)(\d+[ab]?)\b")


def cited_table(table: Any) -> str:
    """The publisher's table a figure belongs to, as a citation names it: 'Table 3' for TABLE3, 'Table 3' and
    'Table 3 (share of GDP), as quoted in press'; a SIPRI sheet by its name; '' for a file or a third party's frame."""
    text = _text(table)
    found = _TABLE_NAME.match(text)
    if found:
        return f"Table {found.group(1)}"
    return "" if _A_FILE.search(text) or "(" in text or "," in text else text


def origins(frame: pd.DataFrame, short: bool = False) -> pd.Series:
    """origin_text per row of a frame with origin_file, origin_table and origin_cell (one call per file and table,
    not per row: the build's frames have tens of thousands of rows and a handful of tables)."""
    import numpy as np
    import pandas as pd

    file, table, cell = (
        frame[c].fillna("").astype(str) if c in frame else pd.Series("", index=frame.index, dtype=object)
        for c in _ORIGIN
    )
    if frame.empty:
        return pd.Series("", index=frame.index, dtype=object)
    sheet_cell = cell.str.match(_XL_CELL.pattern) | (file == "") | (cell == "")
    # Every other form starts with the cell: work out the rest once per (file, table).
    pairs = file + "\x01" + table
    tails = {}
    for pair in pairs.unique():
        where, what = str(pair).split("\x01", 1)
        tails[pair] = origin_text(where, what, "\x00", short).split("\x00", 1)[-1]
    lines = cell + pairs.map(tails)
    sheets = (table + " " + cell).str.strip()
    return pd.Series(np.where(sheet_cell, sheets, lines), index=frame.index, dtype=object)


def _day(value: Any) -> str:
    when = value if isinstance(value, date) else date.fromisoformat(str(value))
    return f"{when.day} {when:%B %Y}"


def _file(url: str) -> str:
    return urlparse(url).path.rstrip("/").rsplit("/", 1)[-1] if url else ""


def citation_line(info: pd.Series | dict[str, Any], tables: list[str] | tuple[str, ...] = ()) -> str:
    """'NATO, Defence Investment of NATO Countries (2014-2026), 10 July 2026, Table 3; transcribed from a
    third-party copy of def-exp-2026-en.xlsx' for a release (a row of `Dataset.releases()`)."""
    publisher = PUBLISHERS.get(str(info["source"]), str(info["publisher"]))
    parts = [publisher, str(info["title"]), _day(info["release_date"])]
    if tables:
        parts.append(", ".join(dict.fromkeys(t for t in tables if t)))
    text = ", ".join(p for p in parts if p)
    grade, url = str(info.get("provenance", "")), str(info.get("url", ""))
    name = _file(url)
    if grade == "official_file":
        how = f"the publisher's own file{f' {name}' if name and '.' in name else ''}"
    elif grade == "official_text":
        how = "transcribed from the publisher's own document"
    elif grade == "third_party_copy":
        how = f"transcribed from a third-party copy of {name or 'the official file'}"
    elif grade == "press_report":
        how = "figures as quoted by the press"
    else:
        how = ""
    return f"{text}; {how}" if how else text


def weakness(grade: Any, caveat_text: Any, release_grade: Any = None) -> str:
    """What a verdict resting on a figure should say about it, or '' for a clean figure:
    'rests on a press-reported figure (conflicting_sources, precision_inferred)'. A press figure in a press release
    is said once for the release (pass `release_grade`), not for every figure."""
    listed = [c for c in str(caveat_text or "").split(";") if c and c != "estimate"]
    pressed = str(grade) == "press_report" and str(release_grade) != "press_report"
    if not pressed and not listed:
        return ""
    what = "a press-reported figure" if pressed else "a figure"
    return f"rests on {what}" + (f" flagged {', '.join(listed)}" if listed else "")
