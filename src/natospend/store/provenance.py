"""How close each figure is to its publisher: a grade per observation, the caveats that weaken it, and a ready
citation line for a release.

A figure's grade is its release's (meta/sources.toml `provenance`) unless the figure itself is weaker: a row a
transcription read from a web page (its `citation` is an address) in a release graded better than a press report is
itself a press report. Caveats are the flags that make a figure less certain than its printed digits suggest.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from natospend.reference import sources as registry
from natospend.reference.manifest import PROVENANCE_GRADES

#: Source id -> publisher's short name (from the source registry, meta/publishers.toml).
PUBLISHERS = {sid: s.publisher for sid, s in registry.load().items()}
#: Flags that weaken a figure, as shown beside it; `estimate` comes from the status column.
CAVEAT_FLAGS = ("conflicting_sources", "precision_inferred", "rounded_by_source", "lower_confidence")
_RANK = {grade: i for i, grade in enumerate(PROVENANCE_GRADES)}


def figure_grades(release_grade: pd.Series, citation: pd.Series) -> pd.Series:
    """Per observation: the release's grade, or `press_report` where the row was read from a web page."""
    from_page = citation.fillna("").str.contains("http", regex=False)
    weaker = release_grade.map(lambda g: _RANK.get(str(g), 0) < _RANK["press_report"])
    return release_grade.where(~(from_page & weaker), "press_report")


def caveats(flags: pd.Series, status: pd.Series) -> pd.Series:
    """Per observation: the weakening flags (`;`-joined), with `estimate` first where the figure is one."""

    def one(text: Any, state: Any) -> str:
        present = set(str(text).split(";")) if isinstance(text, str) else set()
        found = [f for f in CAVEAT_FLAGS if f in present]
        return ";".join((["estimate"] if state == "estimate" else []) + found)

    return pd.Series([one(f, s) for f, s in zip(flags, status, strict=True)], index=flags.index, dtype=object)


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
