"""The map of the allies coloured by share of GDP: an SVG drawn on the server from committed geometry.

The geometry (src/natospend/interfaces/dashboard/geo/north-atlantic.json) is derived from Natural Earth by
scripts/build_map.py and already projected, so drawing is only choosing a fill per country: no map library, no
tiles, nothing fetched. Bins are read at the precision the release printed (2.00 is "2 to 2.5").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

GEOMETRY = Path(__file__).resolve().parent / "geo" / "north-atlantic.json"

#: (lower bound, label, colour): ColorBrewer YlGnBu, sequential and safe for colour-vision deficiencies.
BINS: tuple[tuple[float, str, str], ...] = (
    (0.0, "under 1.5%", "#ffffcc"),
    (1.5, "1.5-2%", "#c7e9b4"),
    (2.0, "2-2.5%", "#7fcdbb"),
    (2.5, "2.5-3.5%", "#41b6c4"),
    (3.5, "3.5-5%", "#2c7fb8"),
    (5.0, "5% or more", "#253494"),
)
NO_DATA = "#d9d9d9"
NOT_ALLY = "#f0f0f0"
#: Countries drawn in the North America inset (scripts/build_map.py, PANELS): a phone shows them larger, apart.
INSET = frozenset({"USA", "CAN", "MEX"})


@dataclass(frozen=True)
class Shape:
    code: str
    d: str
    fill: str
    title: str
    ally: bool
    href: str | None
    inset: bool = False


@dataclass(frozen=True)
class MapView:
    key: str
    title: str
    source: str
    summary: str
    view_box: str
    insets: list[str]
    inset_box: str  # the inset's own view box, for the phone's separate North America map
    shapes: list[Shape]
    legend: list[tuple[str, str]]
    attribution: str
    grades: tuple[Any, ...] = ()  # provenance badges (views.Mark) of the release shown
    citations: tuple[str, ...] = ()


@cache
def _geometry() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GEOMETRY.read_text(encoding="utf-8"))
    return data


def _box(rect: str) -> str:
    """'M6 6h250v215h-250Z' (the inset's frame) as a view box, '6 6 250 215'."""
    x, y, w, h = (float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", rect)[:4])
    return f"{x:g} {y:g} {w:g} {h:g}"


def bin_of(value: float) -> tuple[str, str]:
    label, colour = BINS[0][1], BINS[0][2]
    for lower, name, fill in BINS:
        if value >= lower:
            label, colour = name, fill
    return label, colour


def share_map(values: dict[str, tuple[float, str, bool]], names: dict[str, str], title: str, source: str) -> MapView:
    """`values`: ally code -> (value, value as published, estimate); `names`: every ally's code -> name (allies
    without a value are drawn as "no data")."""
    geo = _geometry()
    shapes: list[Shape] = []
    for code, shape in geo["countries"].items():
        if code in names:
            if code in values:
                value, text, estimate = values[code]
                fill = bin_of(value)[1]
                label = f"{names[code]}: {text}% of GDP" + (" (estimate)" if estimate else "")
            else:
                fill, label = NO_DATA, f"{names[code]}: no data"
            shapes.append(Shape(code, shape["d"], fill, label, True, f"/country/{code}", code in INSET))
        else:
            label = f"{shape['name']} (not an ally)"
            shapes.append(Shape(code, shape["d"], NOT_ALLY, label, False, None, code in INSET))
    shapes.sort(key=lambda s: s.ally)  # allies on top, so their borders are never hidden by a neighbour's
    missing = sorted(set(names) - set(geo["countries"]))
    ranked = sorted(values.items(), key=lambda kv: -kv[1][0])
    summary = (
        f"{title}. Highest: "
        + ", ".join(f"{names[c]} {v[1]}%" for c, v in ranked[:3])
        + "; lowest: "
        + ", ".join(f"{names[c]} {v[1]}%" for c, v in ranked[-3:][::-1])
        + ". Every ally's figure is in the table below."
    )
    if missing:
        summary += f" Not drawn: {', '.join(names[c] for c in missing)}."
    return MapView(
        key="share-map",
        title=title,
        source=source,
        summary=summary,
        view_box=geo["view_box"],
        insets=list(geo["insets"].values()),
        inset_box=_box(geo["insets"]["north-america"]),
        shapes=shapes,
        legend=[(colour, label) for _, label, colour in BINS] + [(NO_DATA, "no data"), (NOT_ALLY, "not an ally")],
        attribution=geo["attribution"],
    )
