"""The Korean peninsula as plain Plotly traces, with no map tiles and no network.

Plotly's geo traces fetch a world map from the internet and show nothing offline, so the course
draws maps as ordinary x/y charts: longitude on x, latitude on y, with the y axis stretched by
1/cos(38°) so that the peninsula keeps its shape. Outlines come from Natural Earth (public
domain) via data/geo_outlines.csv.

`share_held` measures how much of the peninsula's land lies on each side of a front line, so a
learner can test claims such as "the North held 90% of the territory in August 1950".
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .data import load

KOREAS = ("north_korea", "south_korea")
LAND = "#f2efe6"
NEIGHBOUR_LAND = "#e4e4e4"
COAST = "#8c8c8c"
PENINSULA_BOX = (124.0, 33.0, 131.0, 43.1)  # lon_min, lat_min, lon_max, lat_max
# Jeju island lies wholly south of 34°N and stayed in South Korean hands throughout the war, whichever
# way a front line's western end would close around it; `share_held` always counts it on the south side.
JEJU_NORTH_EDGE = 34.0


def outline_traces(shapes=KOREAS, fill=LAND) -> list[go.Scatter]:
    """One filled, hover-less trace per shape (country), its rings separated by gaps."""
    outlines = load("geo_outlines")
    traces = []
    for shape in shapes:
        rings = outlines[outlines["shape_id"] == shape]
        lon, lat = [], []
        for _, ring in rings.groupby("ring", sort=True):
            lon += ring["lon"].tolist() + [None]
            lat += ring["lat"].tolist() + [None]
        traces.append(go.Scatter(
            x=lon, y=lat, mode="lines", fill="toself", fillcolor=fill if shape in KOREAS else NEIGHBOUR_LAND,
            line=dict(color=COAST, width=0.8), hoverinfo="skip", showlegend=False, name=shape,
        ))
    return traces


def map_layout(fig: go.Figure, box=PENINSULA_BOX, height=640) -> go.Figure:
    """Axes for a lon/lat map: true shape at Korea's latitude, degree labels, no grid clutter."""
    lon_min, lat_min, lon_max, lat_max = box
    fig.update_xaxes(range=[lon_min, lon_max], title_text="Longitude (°E)", showgrid=False)
    fig.update_yaxes(range=[lat_min, lat_max], title_text="Latitude (°N)", showgrid=False,
                     scaleanchor="x", scaleratio=1 / math.cos(math.radians(38)))
    fig.update_layout(height=height, plot_bgcolor="#dbe9f4")
    return fig


@cache
def _land_grid(step: float = 0.02) -> pd.DataFrame:
    """Centres of a fine grid over the peninsula, kept where they fall on land, with their area."""
    lon_min, lat_min, lon_max, lat_max = PENINSULA_BOX
    lons = np.arange(lon_min + step / 2, lon_max, step)
    lats = np.arange(lat_min + step / 2, lat_max, step)
    lon, lat = (a.ravel() for a in np.meshgrid(lons, lats))
    outlines = load("geo_outlines")
    on_land = np.zeros(lon.shape, dtype=bool)
    for (_, _), ring in outlines[outlines["shape_id"].isin(KOREAS)].groupby(["shape_id", "ring"]):
        on_land |= _inside(lon, lat, ring["lon"].to_numpy(), ring["lat"].to_numpy())
    weight = np.cos(np.radians(lat[on_land]))  # a degree of longitude shrinks towards the pole
    return pd.DataFrame({"lon": lon[on_land], "lat": lat[on_land], "area": weight})


def _inside(x: np.ndarray, y: np.ndarray, px: np.ndarray, py: np.ndarray) -> np.ndarray:
    """Even-odd ray casting: which points (x, y) lie inside the polygon (px, py)."""
    inside = np.zeros(x.shape, dtype=bool)
    x0, y0 = px, py
    x1, y1 = np.roll(px, -1), np.roll(py, -1)
    for ax, ay, bx, by in zip(x0, y0, x1, y1, strict=True):
        crosses = (ay > y) != (by > y)
        if not crosses.any():
            continue
        x_cross = ax + (y[crosses] - ay) * (bx - ax) / (by - ay)
        inside[crosses] ^= x[crosses] < x_cross
    return inside


def south_side_polygon(line: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Close a front line (west or south coast -> east coast) into the area south and east of it."""
    lon, lat = line["lon"].to_numpy(float), line["lat"].to_numpy(float)
    far_east, far_south = 132.0, 32.0
    px = np.concatenate([lon, [far_east, far_east, lon[0]]])
    py = np.concatenate([lat, [lat[-1], far_south, far_south]])
    return px, py


def share_held(line: pd.DataFrame) -> dict[str, float]:
    """Per cent of the peninsula's land north/west of a front line and south/east of it.

    `line` holds one front line's vertices in order (columns lon, lat), drawn from the west (or
    south) coast to the east coast, as in data/front_lines.csv. The answer is only as good as the
    line, which is approximate: read it as "about", never to the decimal.
    """
    grid = _land_grid()
    px, py = south_side_polygon(line.sort_values("seq") if "seq" in line else line)
    south = _inside(grid["lon"].to_numpy(), grid["lat"].to_numpy(), px, py)
    south |= grid["lat"].to_numpy() < JEJU_NORTH_EDGE
    south_share = float(100 * grid["area"][south].sum() / grid["area"].sum())
    return {"north_side_pct": round(100 - south_share, 1), "south_side_pct": round(south_share, 1)}
