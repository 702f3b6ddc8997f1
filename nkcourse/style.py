"""The course's look: one palette, one colour per faction, one Plotly template, one source line.

Colours follow Okabe and Ito's colour-blind-safe palette. Faction colours live in
data/factions.csv (column `colour`), so the same faction has the same colour in every chart and a
reuser of the data gets them too; this module only reads them.

Importing the package also sets Plotly's renderer to plain `plotly_mimetype`: a chart is stored in
the notebook as JSON (a few KB), renders offline and never embeds the plotly.js bundle.
"""

from __future__ import annotations

from functools import cache

import plotly.graph_objects as go
import plotly.io as pio

from .data import load, short_cite

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision deficiencies.
PALETTE = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}
UNIT_COLOURS = {1: PALETTE["blue"], 2: PALETTE["vermillion"], 3: PALETTE["purple"], 4: PALETTE["green"]}
SIDE_COLOURS = {"dprk": PALETTE["vermillion"], "prc": PALETTE["orange"], "ussr": PALETTE["purple"],
                "rok": PALETTE["sky_blue"], "usa": PALETTE["blue"], "uk": PALETTE["green"],
                "un_other": PALETTE["grey"], "un_command": PALETTE["black"]}

TEMPLATE = go.layout.Template(
    layout=go.Layout(
        font=dict(family="Arial, Helvetica, sans-serif", size=14, color="#222222"),
        title=dict(font=dict(size=18), x=0.0, xanchor="left"),
        colorway=[PALETTE[c] for c in ("blue", "vermillion", "green", "orange", "purple", "sky_blue",
                                       "yellow", "black")],
        paper_bgcolor="white",
        plot_bgcolor="white",
        xaxis=dict(showgrid=True, gridcolor="#e5e5e5", zeroline=False, linecolor="#444", ticks="outside"),
        yaxis=dict(showgrid=True, gridcolor="#e5e5e5", zeroline=False, linecolor="#444", ticks="outside"),
        legend=dict(bgcolor="rgba(255,255,255,0.8)"),
        margin=dict(l=70, r=30, t=70, b=90),
        hoverlabel=dict(font_size=13),
    )
)
pio.templates["nkcourse"] = TEMPLATE
pio.templates.default = "nkcourse"
pio.renderers.default = "plotly_mimetype"


@cache
def _faction_table():
    return load("factions").set_index("faction_id")


def faction_colours() -> dict[str, str]:
    """faction_id -> colour, from data/factions.csv."""
    return _faction_table()["colour"].astype(str).to_dict()


def faction_names() -> dict[str, str]:
    """faction_id -> the faction's readable name, for legends."""
    return _faction_table()["name"].astype(str).to_dict()


def add_source(fig: go.Figure, source_ids=(), note: str = "") -> go.Figure:
    """Write the chart's source line under the plot: "Source: Lankov 2002; Suh 1988. <note>"."""
    cited = short_cite(source_ids)
    text = "Source: " + " ".join(part for part in (f"{cited}." if cited else "", note) if part)
    fig.add_annotation(
        text=text, xref="paper", yref="paper", x=0, y=-0.13, xanchor="left", yanchor="top",
        showarrow=False, align="left", font=dict(size=11, color="#555555"),
    )
    return fig
