"""Derive the dashboard's map of the allies from Natural Earth (via the world-atlas npm package).

Run by `make assets` after `npm ci` when the derived file is missing, or by hand after a world-atlas upgrade:

    .venv/bin/python scripts/build_map.py

Reads node_modules/world-atlas/countries-50m.json (Natural Earth 1:50m admin-0, public domain; world-atlas
ISC), projects it (Lambert azimuthal equal-area: Europe, with North America as
an inset), clips it to the frame, simplifies it
(Douglas-Peucker at a fraction of a pixel) and writes SVG path data per ISO3 code to
src/natospend/interfaces/dashboard/geo/north-atlantic.json, which is committed (about 60 kB) so the server
needs neither node nor the network.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "node_modules" / "world-atlas" / "countries-50m.json"
OUT = ROOT / "src" / "natospend" / "interfaces" / "dashboard" / "geo" / "north-atlantic.json"

WIDTH, HEIGHT = 1000.0, 700.0


@dataclass(frozen=True)
class Panel:
    """One projected view: Lambert azimuthal equal-area around (lon0, lat0), drawn into a box of the frame."""

    key: str
    lon0: float
    lat0: float
    scale: float  # pixels per radian at the centre
    centre: tuple[float, float]  # where (lon0, lat0) lands in the frame
    box: tuple[float, float, float, float]  # clip box: x, y, width, height in the frame
    only: frozenset[str] = frozenset()  # codes drawn in this panel (empty: every country in view)


#: Europe large; North America as an inset over the Atlantic (equal-area on one sheet would shrink Europe to a
#: third of the width, and two thirds of the allies with it).
PANELS = (
    Panel("europe", 12.0, 54.0, 1080.0, (512.0, 345.0), (0.0, 0.0, WIDTH, HEIGHT)),
    Panel(
        "north-america", -97.0, 52.0, 235.0, (131.0, 113.0), (6.0, 6.0, 250.0, 215.0), frozenset({"USA", "CAN", "MEX"})
    ),
)
TOLERANCE = 0.5  # pixels
NAMES = {"XKX": "Kosovo", "CYN": "Northern Cyprus", "SOL": "Somaliland"}


def project(panel: Panel, lon: float, lat: float) -> tuple[float, float]:
    lam, phi = math.radians(lon - panel.lon0), math.radians(lat)
    phi0 = math.radians(panel.lat0)
    cos_c = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)
    k = math.sqrt(2 / max(1e-9, 1 + cos_c))
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    cx, cy = panel.centre
    return cx + panel.scale * x, cy - panel.scale * y


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def clip(points: list[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Sutherland-Hodgman against a box."""
    x0, y0, w, h = box
    x1, y1 = x0 + w, y0 + h
    edges = (
        (lambda p: p[0] >= x0, lambda a, b: _at_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _at_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _at_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _at_y(a, b, y1)),
    )
    for inside, cut in edges:
        if not points:
            break
        out: list[tuple[float, float]] = []
        prev = points[-1]
        for cur in points:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
        points = out
    return points


def _at_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _at_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            # distance to the chord, or to the point itself when the chord closes the ring
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm > 1e-9 else math.hypot(px - x1, py - y1)
            if d > best:
                best, index = d, i
        if best > tol and index > 0:
            keep[index] = True
            stack.extend(((a, index), (index, b)))
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))) / 2


def path_data(panel: Panel, polygons: list[list[list[tuple[float, float]]]]) -> str:
    parts = []
    for polygon in polygons:
        for number, points in enumerate(polygon):
            if panel.key == "europe" and sum(lon for lon, _ in points) / len(points) < -30:
                continue  # the Americas and Greenland are drawn in their inset, never behind it
            projected = clip([project(panel, lon, lat) for lon, lat in points], panel.box)
            projected = simplify(projected + projected[:1], TOLERANCE)[:-1]
            # drop slivers and specks (islands under ~2 px, holes that vanished), but keep small states whole
            if len(projected) < 3 or (number == 0 and area(projected) < 2.0) or (number and area(projected) < 4.0):
                continue
            coords = [f"{round(x)} {round(y)}" for x, y in projected]
            deduped = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
            if len(deduped) >= 3:
                parts.append("M" + "L".join(deduped) + "Z")
    return "".join(parts)


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: run `npm ci` first", file=sys.stderr)
        return 1
    topo = json.loads(SOURCE.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    shapes: dict[str, dict[str, str]] = {}
    frames: dict[str, str] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if geometry.get("id"):
            country = pycountry.countries.get(numeric=geometry["id"])
            code = country.alpha_3 if country else f"N{geometry['id']}"
        else:
            code = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}.get(name, name[:3].upper())
        if geometry["type"] == "Polygon":
            polygons = [[ring(r, arcs) for r in geometry["arcs"]]]
        elif geometry["type"] == "MultiPolygon":
            polygons = [[ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        d = ""
        for panel in PANELS:
            if not panel.only or code in panel.only:
                d += path_data(panel, polygons)
        if d:
            shapes[code] = {"name": NAMES.get(code, name), "d": d}
    for panel in PANELS[1:]:
        x, y, w, h = panel.box
        frames[panel.key] = f"M{x:g} {y:g}h{w:g}v{h:g}h{-w:g}Z"
    payload = {
        "attribution": "Made with Natural Earth (public domain), 1:50m admin-0 countries, via world-atlas 2.0.2 "
        "(ISC); projected, clipped and simplified by scripts/build_map.py.",
        "view_box": f"0 0 {WIDTH:.0f} {HEIGHT:.0f}",
        "insets": frames,
        "countries": dict(sorted(shapes.items())),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(payload, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(shapes)} countries, {OUT.stat().st_size / 1000:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
