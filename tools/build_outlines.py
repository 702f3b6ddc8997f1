"""Rebuild data/geo_outlines.csv from Natural Earth, as shipped in the npm package world-atlas.

Authors' tool, not needed to use the course. Usage (from the repository root):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python tools/build_outlines.py package/

The two Koreas come from the 1:50m countries file, the neighbours (for maps of where the factions
came from) from the 1:110m file, cut to a box around north-east Asia. Only outer rings are kept, in
Natural Earth's own vertex order, with coordinates rounded to 3 decimals. Natural Earth shows
today's borders, not those of 1945.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

KOREAS = {"408": "north_korea", "410": "south_korea"}
NEIGHBOURS = {"156": "china", "643": "russia", "496": "mongolia", "392": "japan"}
BOX = (60.0, 20.0, 145.0, 58.0)  # lon_min, lat_min, lon_max, lat_max for the neighbours
OUT = Path(__file__).resolve().parent.parent / "data" / "geo_outlines.csv"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Undo TopoJSON's quantisation and delta encoding."""
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


def ring_points(ring: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def country_rings(topo: dict, wanted: dict[str, str]):
    arcs = decode_arcs(topo)
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = wanted.get(str(geometry.get("id")))
        if not name:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            yield name, ring_points(polygon[0], arcs)  # outer ring only: no lakes needed here


def in_box(points) -> bool:
    lon_min, lat_min, lon_max, lat_max = BOX
    return any(lon_min <= lon <= lon_max and lat_min <= lat <= lat_max for lon, lat in points)


def main(package_dir: str) -> None:
    folder = Path(package_dir)
    rows = []
    sources = [("countries-50m.json", KOREAS, "Natural Earth 1:50m"),
               ("countries-110m.json", NEIGHBOURS, "Natural Earth 1:110m")]
    for file_name, wanted, scale in sources:
        topo = json.loads((folder / file_name).read_text())
        ring_numbers: dict[str, int] = {}
        for shape, points in country_rings(topo, wanted):
            if wanted is NEIGHBOURS and not in_box(points):
                continue
            ring = ring_numbers[shape] = ring_numbers.get(shape, 0) + 1
            for seq, (lon, lat) in enumerate(points, start=1):
                rows.append([shape, ring, seq, round(lon, 3), round(lat, 3), scale])
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["shape_id", "ring", "seq", "lon", "lat", "scale"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} vertices to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package")
