"""The course's look: one palette, one colour per faction, one Plotly template, one source line.

Colours follow Okabe and Ito's colour-blind-safe palette. Faction colours live in
data/factions.csv (column `colour`), so the same faction has the same colour in every chart and a
reuser of the data gets them too; this module only reads them.

Importing the package also sets Plotly's renderer to plain `plotly_mimetype`: a chart is stored in
the notebook as JSON (a few KB), renders offline and never embeds the plotly.js bundle. It does so
without loading Plotly's renderer module (which imports nbformat, jsonschema and rfc3987_syntax, about
1 s): through PLOTLY_RENDERER, which Plotly reads when the first chart loads that module. A build that
needs another renderer names it in the environment variable NKCOURSE_PLOTLY_RENDERER (e.g. "notebook",
which embeds plotly.js; an unknown name is ignored).
"""

from __future__ import annotations

import os
import sys
from functools import cache

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from .data import load, short_cites, split_ids

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
# The steps of a purge (purge_steps.step), from the first blow to the end: warm colours for removals,
# blue and green for the ways out (reinstatement, flight), dark for the end.
STEP_COLOURS = {"criticised": PALETTE["sky_blue"], "demoted": PALETTE["orange"], "expelled": PALETTE["vermillion"],
                "fled_abroad": PALETTE["green"], "reinstated": PALETTE["blue"], "arrested": PALETTE["yellow"],
                "tried": PALETTE["purple"], "sentenced": "#882255", "executed": PALETTE["black"],
                "died": "#555555", "disappeared": PALETTE["grey"]}
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
        xaxis=dict(showgrid=True, gridcolor="#e5e5e5", zeroline=False, linecolor="#444", ticks="outside",
                   automargin=True),
        yaxis=dict(showgrid=True, gridcolor="#e5e5e5", zeroline=False, linecolor="#444", ticks="outside",
                   automargin=True),
        legend=dict(bgcolor="rgba(255,255,255,0.8)"),
        margin=dict(l=70, r=30, t=70, b=110),
        hoverlabel=dict(font_size=13),
    )
)
pio.templates["nkcourse"] = TEMPLATE
pio.templates.default = "nkcourse"
_RENDERER = os.environ.get("NKCOURSE_PLOTLY_RENDERER", "")
if _RENDERER or "plotly.io._renderers" in sys.modules:  # another renderer asked for, or a chart already shown
    pio.renderers.default = _RENDERER if _RENDERER and all(r in pio.renderers for r in _RENDERER.split("+")) \
        else "plotly_mimetype"
else:
    os.environ["PLOTLY_RENDERER"] = "plotly_mimetype"


@cache
def _faction_table():
    return load("factions").set_index("faction_id")


def faction_colours() -> dict[str, str]:
    """faction_id -> colour, from data/factions.csv."""
    return _faction_table()["colour"].astype(str).to_dict()


def faction_names() -> dict[str, str]:
    """faction_id -> the faction's readable name, for legends."""
    return _faction_table()["name"].astype(str).to_dict()


def wrap_words(text: str, width: int) -> str:
    """Break a chart text into lines of at most `width` characters between words (Plotly's "<br>")."""
    lines = [""]
    for word in str(text).split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}" if lines[-1] else word
    return "<br>".join(lines)


def _legend_on_the_right(fig: go.Figure) -> bool:
    """Whether Plotly will draw a legend beside the plot, on the right (its default place)."""
    legend = fig.layout.legend
    if fig.layout.showlegend is False or legend.orientation == "h" or (legend.x is not None and legend.x < 1):
        return False
    shown = [t for t in fig.data if t.showlegend is not False and t.name]
    return fig.layout.showlegend is True or len(shown) > 1


def add_source(fig: go.Figure, sources=(), note: str = "", below: int = 72, width: int = 55,
               title_width: int = 48, distinct: bool = False) -> go.Figure:
    """Write the chart's source line under the plot: "Source: Lankov 2002; Suh 1988. <note>".

    `sources` is a list of source ids, a ";"-separated cell, or the table the chart draws (every id
    in its `source_ids` column is cited). The line is wrapped between citations, never inside one,
    and set `below` pixels under the plot area, whatever the chart's height; the bottom margin grows
    to make room for it. The block ends at the plot area's right edge and may reach into the left
    margin; lines of `width` characters and a title wrapped at `title_width` keep every word inside a chart about
    470 px wide, its width in a JupyterLab window 900 px wide with the file browser open. With
    `distinct=True` a short citation that several works share (for example "Wikipedia contributors
    n.d." for several articles) is written once.
    """
    title = fig.layout.title.text
    if title and "<br>" not in title and len(title) > title_width:
        wrapped = wrap_words(title, title_width)
        top = fig.layout.margin.t if fig.layout.margin.t is not None else 70
        fig.update_layout(title_text=wrapped, margin_t=top + 24 * wrapped.count("<br>"))
    if isinstance(sources, pd.DataFrame):
        sources = sorted({i for cell in sources["source_ids"] for i in split_ids(cell)})
    cites = short_cites(sources)
    if distinct:
        cites = list(dict.fromkeys(cites))
    # Citations are separated by "; " and the list ends with one full stop, also after "n.d.".
    last = [cites[-1] if cites[-1].endswith(".") else f"{cites[-1]}."] if cites else []
    items = [f"{cite};" for cite in cites[:-1]] + last if cites else []
    if note:  # a note longer than a line is wrapped between words
        words, chunk = note.split(), ""
        for word in words:
            if chunk and len(chunk) + 1 + len(word) > width:
                items.append(chunk)
                chunk = word
            else:
                chunk = f"{chunk} {word}" if chunk else word
        items.append(chunk)
    lines = ["Source:"]
    for item in items:
        if lines[-1] not in ("", "Source:") and len(lines[-1]) + 1 + len(item) > width:
            lines.append(item)
        else:
            lines[-1] = f"{lines[-1]} {item}" if lines[-1] else item
    # Anchored at the plot area's right edge, the block can reach left into the margin: the widest room
    # a chart has, whatever Plotly does to the left margin (it grows for long labels, shrinks when narrow).
    # A legend to the right of the plot takes that room, so there the block starts at the plot's left edge.
    side = 0 if _legend_on_the_right(fig) else 1
    fig.add_annotation(
        text="<br>".join(lines), xref="paper", yref="paper", x=side, y=0, yshift=-below,
        xanchor="left" if side == 0 else "right", yanchor="top", showarrow=False, align="left",
        font=dict(size=11, color="#555555"),
    )
    fig.update_layout(margin_b=below + 24 + 15 * len(lines))
    return fig


def fit_height(fig: go.Figure, plot_height: int) -> go.Figure:
    """Make the figure tall enough for a plot area of `plot_height` pixels plus its margins.

    Call it last, after `add_source`: the source line and a wrapped title grow the margins, and a
    figure of fixed height would give the plot itself less and less room.
    """
    top = fig.layout.margin.t if fig.layout.margin.t is not None else 70
    bottom = fig.layout.margin.b if fig.layout.margin.b is not None else 110
    return fig.update_layout(height=plot_height + top + bottom)
