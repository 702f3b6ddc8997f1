"""The course's look: one palette, one colour per faction, one Plotly template, one source line.

Colours follow Okabe and Ito's colour-blind-safe palette. Faction colours live in
data/factions.csv (column `colour`), so the same faction has the same colour in every chart and a
reuser of the data gets them too; this module only reads them.

Importing the package also sets Plotly's renderer to plain `plotly_mimetype`: a chart is stored in
the notebook as JSON (a few KB), renders offline and never embeds the plotly.js bundle. It does so
without loading Plotly's renderer module (which imports nbformat, jsonschema and rfc3987_syntax, about
1 s): an import hook sets the default the moment that module has loaded, before any chart is drawn with
it (Plotly only activates a default renderer when it first draws). No environment variable is set, so a
learner's `!python script.py` gets Plotly's own default. A build that needs another renderer names it in
the environment variable NKCOURSE_PLOTLY_RENDERER (e.g. "notebook", which embeds plotly.js; an unknown
name is ignored). `fig.show(config={...})` replaces the course's toolbar config (PLOTLY_CONFIG) as a
whole, as Plotly does with any renderer's config: pass PLOTLY_CONFIG's keys along to keep them.

The palette rule, applied to every chart as it is shown (see `accessible`), so that a chart cell need
not think about it:
- text on a coloured mark is at least 4.5:1 against the mark (`label_colour` picks black or white per fill);
- every mark is at least 3:1 against the background: a light fill (yellow, orange, sky blue, grey) keeps
  its colour, so a faction looks the same in every chart, and gets a dark outline; a light line, or an
  open marker drawn only by its outline, is drawn in a darker shade of its colour (`line_colour`);
- colour is never the only carrier of meaning: legend entries told apart by colour alone get a marker
  symbol, a dash or a bar pattern each as well (a light hatching over the bar's own colour), unless the
  text on their marks names what the colour stands for; a chart can also say it itself, with
  `symbols(...)` or `faction_symbols()` (one shape per side or group, the same in every chart).
The chart's toolbar is trimmed to zoom in, zoom out, reset and save as PNG, with no Plotly logo (a link
off the course): every chart is a handful of Tab stops, not eleven.

Every chart's data table comes right under it, as an output of its own: a <details> disclosure that
Enter opens, with the numbers, dates and labels the chart draws (nkcourse.charttable builds it from the
chart's JSON). And every DataFrame a course kernel shows is drawn as a learner's table (`table`): no
empty header cell, a keyboard-scrollable frame when it is wide.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import re
import sys
from functools import cache

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.io._base_renderers import PlotlyRenderer

from .data import load, short_cite, short_cites, split_ids

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
# ... and a marker shape per step, so that no two steps are told apart by colour alone (sky blue and blue,
# orange, vermillion and yellow, the two greys): the shape is drawn on the chart and shown in its legend.
STEP_SYMBOLS = {"criticised": "circle", "demoted": "triangle-down", "expelled": "x", "fled_abroad": "triangle-right",
                "reinstated": "triangle-up", "arrested": "square", "tried": "diamond", "sentenced": "pentagon",
                "executed": "cross", "died": "star", "disappeared": "hexagon"}
SIDE_COLOURS = {"dprk": PALETTE["vermillion"], "prc": PALETTE["orange"], "ussr": PALETTE["purple"],
                "rok": PALETTE["sky_blue"], "usa": PALETTE["blue"], "uk": PALETTE["green"],
                "un_other": PALETTE["grey"], "un_command": PALETTE["black"]}

TEMPLATE = go.layout.Template(
    layout=go.Layout(
        font=dict(family="Arial, Helvetica, sans-serif", size=14, color="#222222"),
        title=dict(font=dict(size=18), x=0.0, xanchor="left"),
        # only the palette's colours that stand 3:1 against white: a trace without a colour of its own
        # gets one of these (orange, sky blue, yellow and grey stay available for explicit use)
        colorway=[PALETTE[c] for c in ("blue", "vermillion", "green", "purple", "black")],
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

# --- the palette rule ------------------------------------------------------------------------------

BACKGROUND = "#FFFFFF"
TEXT_ON_MARK = 4.5  # WCAG 2 AA for text
MARK_ON_BACKGROUND = 3.0  # WCAG 2 AA for graphical objects (1.4.11)
OUTLINE = "#333333"  # the outline a light mark gets: 12.6:1 on white
_NAMED = {"white": "#FFFFFF", "black": "#000000", "grey": "#808080", "gray": "#808080", "red": "#FF0000",
          "green": "#008000", "blue": "#0000FF", "orange": "#FFA500", "yellow": "#FFFF00",
          "transparent": "rgba(0,0,0,0)"}
_SYMBOLS = ["circle", "square", "diamond", "triangle-up", "cross", "triangle-down", "star", "hexagon"]
_DASHES = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot"]
_PATTERNS = ["", "/", "\\", "x", ".", "+", "-", "|"]


def rgba(colour: str) -> tuple[float, float, float, float]:
    """A CSS colour ("#E69F00", "#fff", "rgb(1,2,3)", "rgba(1,2,3,0.5)", "white") as (r, g, b, alpha),
    r, g, b from 0 to 255. Raises ValueError for anything else."""
    text = _NAMED.get(str(colour).strip().lower(), str(colour).strip())
    if text.startswith("#") and len(text) in (4, 7):
        digits = text[1:] if len(text) == 7 else "".join(c * 2 for c in text[1:])
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), 1.0)
    match = re.fullmatch(r"rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)", text)
    if match:
        r, g, b, a = match.groups()
        return (float(r), float(g), float(b), 1.0 if a is None else float(a))
    raise ValueError(f"not a colour the palette rule can read: {colour!r}")


def hex_colour(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(max(0, min(255, v))):02X}" for v in (r, g, b))


def blend(colour: str, opacity: float = 1.0, background: str = BACKGROUND) -> str:
    """The colour as it is seen: drawn with `opacity` (and its own alpha) over `background`."""
    r, g, b, a = rgba(colour)
    br, bg, bb, _ = rgba(background)
    k = max(0.0, min(1.0, a * opacity))
    return hex_colour(r * k + br * (1 - k), g * k + bg * (1 - k), b * k + bb * (1 - k))


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    def channel(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b, _ = rgba(blend(colour))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str = BACKGROUND) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21 (a translucent foreground is blended first)."""
    fg = blend(foreground, background=background)
    lighter, darker = sorted((luminance(fg), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def label_colour(fill: str) -> str:
    """Black or white, whichever reads better on `fill`: the colour of a label written on a mark.
    Either one always reaches 4.5:1 against any opaque fill."""
    return "#000000" if contrast("#000000", fill) >= contrast("#FFFFFF", fill) else "#FFFFFF"


def line_colour(colour: str, background: str = BACKGROUND, minimum: float = MARK_ON_BACKGROUND) -> str:
    """`colour` itself when it stands `minimum`:1 against the background, else the lightest darker shade
    of it (mixed with black) that does: for lines and open markers, which have no outline to borrow."""
    if contrast(colour, background) >= minimum:
        return colour
    r, g, b, _ = rgba(blend(colour, background=background))
    for step in range(1, 101):
        k = 1 - step / 100
        shade = hex_colour(r * k, g * k, b * k)
        if contrast(shade, background) >= minimum + 0.05:
            return shade
    return "#000000"


# --- applying the rule to a figure (every chart, as it is shown) ----------------------------------

def _is_open(symbol) -> bool:
    text = str(symbol)
    return text.endswith("-open") or "-open-" in text or "thin" in text or text in ("line-ew", "line-ns")


def _colours(value) -> list[str]:
    """The colour strings in a marker/line colour (one string or a list); numbers (a colour scale) are skipped."""
    values = value if isinstance(value, (list, tuple)) else [value]
    found = []
    for v in values:
        if isinstance(v, str):
            try:
                rgba(v)
            except ValueError:
                continue
            found.append(v)
    return found


def _opacity(trace: dict, marker: dict | None = None) -> float:
    opacity = trace.get("opacity", 1.0)
    if marker is not None and isinstance(marker.get("opacity"), (int, float)):
        opacity *= marker["opacity"]
    return opacity if isinstance(opacity, (int, float)) else 1.0


def _background(layout: dict) -> str:
    for key in ("plot_bgcolor", "paper_bgcolor"):
        if isinstance(layout.get(key), str):
            return layout[key]
    return BACKGROUND


def _mode(trace: dict) -> str:
    if "mode" in trace:
        return str(trace["mode"])
    n = len(trace.get("x") or trace.get("y") or [])
    return "lines+markers" if n < 20 else "lines"


def _shows_text(trace: dict) -> bool:
    if trace.get("type") == "bar":
        return bool(trace.get("text") is not None or trace.get("texttemplate")) and \
            trace.get("textposition", "auto") in ("inside", "auto")
    return "text" in _mode(trace) and trace.get("text") is not None


def _text_on_mark(trace: dict) -> bool:
    """Whether the trace's text is written on its marks (a bar's inside label, a scatter text centred on its
    dot), where its colour must read on the mark's fill; text beside a dot stands on the background."""
    if not _shows_text(trace):
        return False
    if trace.get("type") == "bar":
        return True
    position = trace.get("textposition", "middle center")
    positions = position if isinstance(position, (list, tuple)) else [position]
    return all(p == "middle center" for p in positions)


def names_its_category(trace: dict) -> bool:
    """Whether the text written on a trace's marks names what its colour stands for (its legend name):
    only then is the text a second carrier of that meaning. A person's name on a bar coloured by group,
    or a place's name beside a dot coloured by group, says nothing of the group."""
    name = str(trace.get("name") or "").strip().lower()
    if not name or not _shows_text(trace):
        return False
    text = trace.get("text")
    texts = [text] if isinstance(text, str) else [t for t in (text if isinstance(text, (list, tuple)) else [])]
    return bool(texts) and all(isinstance(t, str) and name in t.lower() for t in texts)


def symbols(keys) -> dict:
    """One marker shape per key, in order (circle, square, diamond, triangle, cross, …): the shape that
    goes with a colour, so that colour is never the only carrier of meaning. A variant of each shape
    marks a second distinction: `symbols(...)[key] + "-open"` (outline only) or `+ "-open-dot"`."""
    return {key: _SYMBOLS[number % len(_SYMBOLS)] for number, key in enumerate(dict.fromkeys(keys))}


def faction_symbols() -> dict[str, str]:
    """faction_id -> marker shape, in the order of data/factions.csv: the same group has the same shape
    (as it has the same colour) in every chart that marks groups by shape."""
    return symbols(_faction_table().index)


def table_names(fig: go.Figure, series: str = "", item: str = "", text=()) -> go.Figure:
    """Name the columns of the chart's data table where the chart itself does not: `series` (what the
    legend's entries are, when the legend has no title), `item` (what an untitled category axis lists),
    `text` (what the hover's lines are, one name per line). Kept in layout.meta, which Plotly never draws."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    names = {"series": series, "item": item, "text": [text] if isinstance(text, str) else list(text)}
    fig.layout.meta = {**meta, "table": {k: v for k, v in names.items() if v}}
    return fig


def legend_key(fig: go.Figure, name: str, symbol: str, colour: str = OUTLINE, size: int = 10) -> go.Figure:
    """Add a legend entry that explains a mark drawn in several colours (an open mark for "one of several
    versions", a dot for "a date known to the day"): a key with no marks of its own, in a dark grey."""
    return fig.add_scatter(x=[None], y=[None], mode="markers", name=name, hoverinfo="skip",
                           marker=dict(symbol=symbol, color=colour, size=size, line=dict(color=colour, width=2)))


def accessible(fig):
    """Apply the palette rule (see the module's docstring) to a figure or a figure's dict, in place, and
    return it. Only what breaks the rule is changed; a chart that keeps it comes back as it was."""
    data = fig["data"] if isinstance(fig, dict) else fig.data
    layout = fig["layout"] if isinstance(fig, dict) else fig.layout
    background = _background(layout if isinstance(layout, dict) else layout.to_plotly_json())
    shown = []
    for trace in data:
        kind = trace["type"] if isinstance(trace, dict) else trace.type
        if kind not in ("bar", "scatter", "scattergl"):
            continue
        t = _plain(trace)
        marker = dict(t.get("marker") or {})
        line = dict(t.get("line") or {})
        fills = _colours(marker.get("color"))
        opacity = _opacity(t, marker)
        mode = _mode(t) if kind != "bar" else "bar"
        if kind == "bar" or "markers" in mode:
            seen = [blend(c, opacity, background) for c in fills]
            if _is_open(marker.get("symbol", "")):
                if fills and any(contrast(c, background) < MARK_ON_BACKGROUND for c in seen):
                    marker["color"] = [line_colour(c, background) for c in fills] if len(fills) > 1 \
                        else line_colour(fills[0], background)
            elif seen and any(contrast(c, background) < MARK_ON_BACKGROUND for c in seen):
                outline = dict(marker.get("line") or {})
                colour = outline.get("color")
                width = outline.get("width", 0) or 0
                if not isinstance(colour, str) or width < 1 or \
                        contrast(blend(colour, opacity, background), background) < MARK_ON_BACKGROUND:
                    marker["line"] = {**outline, "color": OUTLINE, "width": max(1, width)}
            if _text_on_mark(t) and fills:
                labels = [label_colour(c) for c in seen]
                textfont = dict(t.get("textfont") or {})
                current = _colours(textfont.get("color"))
                if not current or any(contrast(f, c) < TEXT_ON_MARK for f in current for c in seen):
                    textfont["color"] = labels if len(labels) > 1 else labels[0]
                    _set(trace, "textfont", textfont)
            _set(trace, "marker", marker)
        if "lines" in mode and kind != "bar":
            colour = line.get("color") or (fills[0] if len(fills) == 1 else None)
            if isinstance(colour, str) and _opacity(t) >= 0.5 and \
                    contrast(blend(colour, _opacity(t), background), background) < MARK_ON_BACKGROUND:
                line["color"] = line_colour(colour, background)
                _set(trace, "line", line)
        colour = (fills[0] if fills else line.get("color")) if len(fills) <= 1 else None
        if isinstance(colour, str):
            shown.append((trace, kind, mode, colour, t.get("showlegend", True) is not False and bool(t.get("name")),
                          names_its_category(t)))
    _second_channel(shown)
    return fig


def _set(trace, key: str, value) -> None:
    trace[key] = value  # a dict, or a Plotly trace object (both take item assignment)


def _plain(trace) -> dict:
    return trace if isinstance(trace, dict) else trace.to_plotly_json()


_CHANNELS = {"bar": ("pattern", _PATTERNS), "markers": ("symbol", _SYMBOLS), "lines": ("dash", _DASHES)}


def _channel(trace: dict, kind: str) -> str:
    """The trace's symbol, dash or pattern as text (a per-point list becomes its repr)."""
    if kind == "bar":
        value = ((trace.get("marker") or {}).get("pattern") or {}).get("shape", "") or ""
    elif kind == "markers":
        value = (trace.get("marker") or {}).get("symbol", "circle")
    else:
        value = (trace.get("line") or {}).get("dash", "solid")
    return repr(list(value)) if isinstance(value, (list, tuple)) or hasattr(value, "tolist") else str(value)


_DEFAULT_CHANNEL = {"bar": "", "markers": "circle", "lines": "solid"}


def _second_channel(traces: list) -> None:
    """Where legend entries differ by colour and by nothing else, each colour gets a symbol, a dash or a
    pattern of its own as well, on every trace drawn in it (legend entry or not). Symbols, dashes and
    patterns a chart sets itself carry meaning and are never overwritten: only the colours still drawn
    with the default (plain bar, circle, solid line) get one, chosen among those the chart does not use
    yet; a chart with per-point symbols or patterns is left as it is."""
    for kind, (what, choices) in _CHANNELS.items():
        group = [(trace, colour, shown, text) for trace, k, mode, colour, shown, text in traces
                 if (k == "bar") == (kind == "bar") and (kind == "bar" or kind in mode)]
        legend = [g for g in group if g[2] and not g[3]]
        channels = {colour: set() for colour in dict.fromkeys(g[1] for g in legend)}
        for trace, colour, *_ in group:
            if colour in channels:
                channels[colour].add(_channel(_plain(trace), kind))
        if any(c.startswith("[") for found in channels.values() for c in found):
            continue  # symbols, dashes or patterns per point already carry something
        default = _DEFAULT_CHANNEL[kind]
        plain = [colour for colour, found in channels.items() if found == {default}]
        set_by_chart = {c for found in channels.values() for c in found} - {default}
        if len(channels) < 2 or not plain or (len(plain) == 1 and default not in set_by_chart):
            continue  # every colour already has a shape of its own
        free = [c for c in choices if c not in set_by_chart and c != default]
        # the first plain colour keeps the default when no other colour's channel is the default
        given = {colour: (default if number == 0 else free[(number - 1) % len(free)])
                 for number, colour in enumerate(plain)}
        for trace, colour, _shown, _text in group:
            if given.get(colour, default) == default:
                continue
            choice = given[colour]
            key = "line" if kind == "lines" else "marker"
            part = dict(_plain(trace).get(key) or {})
            if kind == "bar":
                # the bar keeps its full colour (the group's colour, and the ground of any label written on
                # it); a light hatching in black or white, whichever reads on that colour, goes over it
                # (fainter under labels, which must stay easy to read)
                fill = _colours(part.get("color"))
                ink = label_colour(fill[0]) if fill else "#000000"
                labelled = _shows_text(_plain(trace))
                part["pattern"] = {**(part.get("pattern") or {}), "shape": choice, "fillmode": "overlay",
                                   "solidity": 0.15 if labelled else 0.2, "fgcolor": ink,
                                   "fgopacity": 0.4 if labelled else 0.5}
                if labelled and len(fill) == 1:
                    # the label stands on a plain backing of the bar's own colour, so the hatching does not
                    # run through its letters: a tight halo around the glyphs (the text's own CSS shadow)
                    textfont = dict(_plain(trace).get("textfont") or {})
                    textfont["shadow"] = ", ".join([f"0 0 2px {fill[0]}"] * 3 + [f"0 0 4px {fill[0]}"] * 3)
                    _set(trace, "textfont", textfont)
            else:
                part[what] = choice
            _set(trace, key, part)


# --- the renderer: every chart gets the rule and the trimmed toolbar, set once here ----------------

# What a learner needs from the chart's toolbar, by keyboard too: zoom in, zoom out, back to the start,
# save a picture. No Plotly logo (a link off the course), no cloud or edit links.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "showSendToCloud": False,
    "modeBarButtonsToRemove": ["zoom2d", "pan2d", "select2d", "lasso2d", "autoScale2d", "hoverClosestCartesian",
                               "hoverCompareCartesian", "toggleSpikelines", "toggleHover", "resetViews",
                               "hoverClosestGeo", "hoverClosestGl2d", "hoverClosestPie", "zoomInGeo",
                               "zoomOutGeo", "resetGeo"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


class _CourseRenderer(PlotlyRenderer):
    """Plotly's own `plotly_mimetype` output (the same JSON, the same size), with the palette rule applied
    and the course's toolbar config; the chart's data table follows it as an output of its own."""

    def to_mimebundle(self, fig_dict):
        try:
            fig_dict = accessible(fig_dict)
        except Exception as error:  # noqa: BLE001 (a chart is always shown, with a warning instead of a fix)
            import warnings

            warnings.warn(f"nkcourse.style could not apply the palette rule to this chart ({error!r}); "
                          "it is shown as drawn.", stacklevel=2)
        bundle = super().to_mimebundle(fig_dict)
        queue_data_table(bundle[PLOTLY_MIME])
        return bundle


# --- every chart's data table, one click away (nkcourse.charttable) ---------------------------------
# JupyterLab shows only the richest type of one output, so the table is an output of its own, shown
# right after the chart: the renderer queues it, and it is displayed when `fig.show()` returns or, for a
# chart that is a cell's last expression (shown after the cell's code has run), when the cell ends.

PLOTLY_MIME = "application/vnd.plotly.v1+json"
_PENDING_TABLES: list = []
_HOOKED: set = set()


def queue_data_table(figure: dict) -> None:
    """Queue the chart's data table for display, in a running IPython kernel only."""
    shell = _shell()
    if shell is None:
        return
    try:
        from .charttable import data_table

        bundle = data_table(figure)
    except Exception as error:  # noqa: BLE001 (a chart is always shown; its table is a help, not a must)
        import warnings

        warnings.warn(f"nkcourse.style could not make this chart's data table ({error!r}).", stacklevel=2)
        return
    if bundle is None:
        return
    _PENDING_TABLES.append(bundle)
    if id(shell) not in _HOOKED:
        shell.events.register("post_execute", show_data_tables)
        _HOOKED.add(id(shell))


def show_data_tables() -> None:
    """Display the queued data tables (each chart's, in order), as outputs of their own."""
    if not _PENDING_TABLES:
        return
    shell = _shell()
    while _PENDING_TABLES:
        bundle = _PENDING_TABLES.pop(0)
        if shell is not None:
            shell.display_pub.publish(data=bundle, metadata={})


def _shell():
    """The running IPython kernel's shell, or None (a plain Python, a test, a build script). IPython is not
    imported here: it is loaded already wherever there is a kernel."""
    get_ipython = getattr(sys.modules.get("IPython"), "get_ipython", None)
    shell = get_ipython() if get_ipython is not None else None
    return shell if shell is not None and hasattr(shell, "events") and hasattr(shell, "kernel") else None


def _show_then_tables(show):
    """Plotly's `show`, followed by the chart's data table at once (before anything the cell prints next)."""
    def show_with_table(*args, **kwargs):
        result = show(*args, **kwargs)
        show_data_tables()
        return result

    show_with_table.__wrapped__ = show
    show_with_table.__doc__ = show.__doc__
    return show_with_table


def _install_renderer(renderers) -> None:
    """Put the course's renderer in Plotly's registry and make it (or NKCOURSE_PLOTLY_RENDERER) the default."""
    renderers["plotly_mimetype"] = _CourseRenderer(config=PLOTLY_CONFIG)
    module = sys.modules.get("plotly.io._renderers")
    if module is not None and not hasattr(module.show, "__wrapped__"):
        module.show = _show_then_tables(module.show)
    wanted = os.environ.get("NKCOURSE_PLOTLY_RENDERER", "")
    if wanted and all(name in renderers for name in wanted.split("+")):
        renderers.default = wanted
    else:
        renderers.default = "plotly_mimetype"


class _AfterRenderersImport(importlib.abc.MetaPathFinder):
    """Installs the renderer the moment Plotly loads its renderer registry (plotly.io._renderers), which
    happens at the first chart shown: loading it here would cost about 1 s at import (see the docstring)."""

    def find_spec(self, fullname, path, target=None):
        if fullname != "plotly.io._renderers":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        loader = spec.loader
        exec_module = loader.exec_module

        def exec_and_install(module):
            exec_module(module)
            _install_renderer(module.renderers)

        loader.exec_module = exec_and_install
        return spec


if "plotly.io._renderers" in sys.modules:  # a chart was shown before the course was imported
    _install_renderer(sys.modules["plotly.io._renderers"].renderers)
elif not any(isinstance(finder, _AfterRenderersImport) for finder in sys.meta_path):
    sys.meta_path.insert(0, _AfterRenderersImport())


# --- a chart shown in a notebook, without Plotly's renderer registry --------------------------------
# Plotly shows a figure through plotly.io._renderers, whose import loads nbformat, hence jsonschema and
# its format checker's grammar (rfc3987_syntax): about 1-1.3 s at a lesson's first chart on this
# machine, for nothing the course uses. In a notebook the course hands IPython the very bundle Plotly
# would send with the course's renderer (tests/test_import_cost.py compares the two), built without
# that module. Whenever the registry is loaded anyway (a `fig.show()`, a renderer chosen by hand) or
# another renderer is asked for in NKCOURSE_PLOTLY_RENDERER, Plotly's own path is taken.

_COURSE_RENDERER = _CourseRenderer(config=PLOTLY_CONFIG)


def figure_bundle(fig: go.Figure) -> dict:
    """The notebook output of a chart: Plotly's `plotly_mimetype` bundle with the course's rule and toolbar."""
    return _COURSE_RENDERER.to_mimebundle(fig.to_dict())


def _register_display() -> None:
    """In an IPython kernel, show a go.Figure with `figure_bundle`, published as IPython's
    `display(bundle, raw=True)` (what plotly.io.show calls) would publish it."""
    if os.environ.get("NKCOURSE_PLOTLY_RENDERER", "plotly_mimetype") != "plotly_mimetype":
        return
    shell = sys.modules.get("IPython") and sys.modules["IPython"].get_ipython()
    formatter = getattr(getattr(shell, "display_formatter", None), "ipython_display_formatter", None)
    if formatter is None or getattr(shell, "display_pub", None) is None:
        return

    def display_figure(fig: go.Figure) -> None:
        if "plotly.io._renderers" in sys.modules:
            fig._ipython_display_()
        else:
            shell.display_pub.publish(data=figure_bundle(fig), metadata=None)

    formatter.for_type(go.Figure, display_figure)


_register_display()


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


def legend_below(fig: go.Figure, row_height: int = 20) -> go.Figure:
    """Put a long legend under everything else (the plot, its axis title, the source line), one entry a
    line, and make the figure that much taller: a legend beside a plot 470 px wide squeezes the plot, and
    one longer than the plot scrolls, which only a mouse can do. Call it after `add_source`."""
    entries = [t for t in fig.data if t.showlegend is not False and t.name]
    groups = len({t.legendgroup for t in entries if t.legendgroup}) or 1
    room = row_height * len(entries) + 10 * (groups - 1) + 16
    bottom = fig.layout.margin.b if fig.layout.margin.b is not None else 80
    height = fig.layout.height or 450
    fig.update_layout(legend=dict(orientation="h", yref="container", y=0, yanchor="bottom", x=0, xanchor="left",
                                  entrywidthmode="fraction", entrywidth=1, font=dict(size=12)),
                      margin_b=bottom + room, height=height + room)
    return fig


def fit_height(fig: go.Figure, plot_height: int) -> go.Figure:
    """Make the figure tall enough for a plot area of `plot_height` pixels plus its margins.

    Call it last, after `add_source`: the source line and a wrapped title grow the margins, and a
    figure of fixed height would give the plot itself less and less room.
    """
    top = fig.layout.margin.t if fig.layout.margin.t is not None else 70
    bottom = fig.layout.margin.b if fig.layout.margin.b is not None else 110
    return fig.update_layout(height=plot_height + top + bottom)


# --- tables printed for learners --------------------------------------------------------------------

class Table:
    """A table for learners: `nk.style.table(frame, "Caption")` as the last line of a cell.

    Unlike a bare DataFrame it has no unnamed index column (so no empty header cell: a named index, such
    as `when` after `.set_index("when")`, becomes the first column), a caption that names it, empty cells
    for missing values (never '<NA>'), dates as dates (1950-06-25, not 1950-06-25 00:00:00), and a frame
    that scrolls sideways when the table is wider than the page and can be reached and scrolled by
    keyboard (a labelled, focusable region). Its plain-text form (what nbval compares, and what a
    terminal shows) is the same table as text.
    """

    def __init__(self, frame: pd.DataFrame, caption: str = "", codes=()):
        frame = frame.copy()
        named = [n for n in frame.index.names if n is not None and str(n).strip()]
        frame = frame.reset_index(level=named) if named and len(named) == frame.index.nlevels else frame
        frame = _readable_ids(frame, codes)
        if isinstance(frame.columns, pd.MultiIndex):
            frame.columns = [" ".join(str(p) for p in col if str(p)) for col in frame.columns]
        frame.columns = [str(c) if str(c).strip() else "(unnamed)" for c in frame.columns]
        frame.columns.name = None
        for column in frame.columns:
            values = frame[column]
            days = values.dropna()
            if pd.api.types.is_datetime64_any_dtype(values) and (days.dt.normalize() == days).all():
                frame[column] = values.dt.strftime("%Y-%m-%d").where(values.notna(), None)
        self.frame = frame.reset_index(drop=True)
        self.caption = caption

    def _repr_html_(self) -> str:
        from html import escape

        body = self.frame.astype(object).where(self.frame.notna(), "").to_html(
            index=False, escape=True, border=0, classes="nk-table", na_rep="")
        # words read from the left, numbers line up on the right, set on each cell: JupyterLab right-aligns
        # every cell of a table, and its sanitizer drops a <style> element but keeps an inline text-align
        numeric = [pd.api.types.is_numeric_dtype(self.frame[c]) and not pd.api.types.is_bool_dtype(self.frame[c])
                   for c in self.frame.columns]
        align = [_ALIGN[n] for n in numeric]

        def styled(row: re.Match) -> str:
            cells = iter(align)
            return re.sub(r"<(t[hd])>", lambda m: f'<{m.group(1)} style="{next(cells, _ALIGN[False])}">', row.group(0))

        body = re.sub(r"<tr[^>]*>.*?</tr>", styled, body, flags=re.S)
        body = body.replace("<th style=", '<th scope="col" style=').replace('<tr style="text-align: right;">', "<tr>")
        if self.caption:
            body = body.replace(">", f"><caption>{escape(self.caption)}</caption>", 1)
        label = escape(self.caption or "Table", quote=True)
        return (f'<div class="nk-table-wrap" role="region" aria-label="{label}" tabindex="0" '
                f'style="overflow-x: auto; max-width: 100%">{body}</div>')

    def __repr__(self) -> str:
        text = self.frame.astype(object).where(self.frame.notna(), "").to_string(index=False)
        return f"{self.caption}\n{text}" if self.caption else text


_ALIGN = {True: "text-align: right", False: "text-align: left"}
# a code column and the table it names: its rows' readable name replaces the code
_ID_TABLES = {"event": ("events", "title"), "faction": ("factions", "name"), "person": ("people", "name"),
              "place": ("places", "name"), "organization": ("organizations", "name")}
_READABLE = ("name", "title", "label")  # the readable name of the row's own id (the first id column)
_SYNONYMS = {"faction": ("group", "faction", "faction_name"), "person": ("person", "people", "who", "person_name"),
             "event": ("event", "what"), "place": ("place", "where", "place_name"), "source": ("sources", "source")}
CODE_LABEL = "{} (the code used in the data)"


def _readable_ids(frame: pd.DataFrame, codes=()) -> pd.DataFrame:
    """Tables for learners show names, not ids: a column ending `_id`/`_ids` is dropped when the table
    has a readable name column already, else its codes are replaced by the names they stand for (events by
    title, factions, people and places by name, sources by short citation). A code the lesson teaches
    (named in `codes`, e.g. `faction_id` in a practice notebook that filters on it) is kept, and its header
    says what it is."""
    ids = [c for c in frame.columns if re.fullmatch(r"\w+?_ids?", str(c))]
    for column in ids:
        match = re.fullmatch(r"(\w+?)_ids?", str(column))
        if column in codes:
            frame = frame.rename(columns={column: CODE_LABEL.format(column)})
            continue
        stem = match.group(1)
        own = _READABLE if column == ids[0] else ()
        readable = [c for c in frame.columns if str(c).lower() in (*own, *_SYNONYMS.get(stem, (stem, f"{stem}s")))]
        if readable:
            frame = frame.drop(columns=column)
            continue
        if stem == "source":
            names = frame[column].map(lambda cell: short_cite(cell) if isinstance(cell, str) and cell else "")
            frame = frame.assign(**{column: names}).rename(columns={column: "sources"})
        elif stem in _ID_TABLES:
            table, field = _ID_TABLES[stem]
            lookup = load(table).set_index(f"{stem}_id")[field].astype(str).to_dict()
            names = frame[column].map(lambda cell, lookup=lookup: "; ".join(lookup.get(i, i) for i in split_ids(cell))
                                      if isinstance(cell, str) else cell)
            frame = frame.assign(**{column: names}).rename(columns={column: stem if stem != "person" else "people"})
    return frame


def _frame_html(frame: pd.DataFrame) -> str:
    """Any DataFrame a cell shows, as a learner's table (see Table): its index becomes a named column,
    so no header cell is empty, and a wide table scrolls by keyboard too."""
    if type(frame)._repr_html_ is not pd.DataFrame._repr_html_:
        return frame._repr_html_()  # a course table with a form of its own (nk.lookup's answer, …)
    return Table(frame)._repr_html_()


def _install_table_formatter() -> None:
    """Show every DataFrame in a course kernel as a learner's table (no empty header cells)."""
    shell = _shell()
    if shell is None:
        return
    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, _frame_html)


def table(frame: pd.DataFrame, caption: str = "", codes=()) -> Table:
    """`frame` shown as a readable table (see Table):
    `nk.style.table(people[["name", "born"]], "Who was born when")`. Id columns are dropped or replaced by
    names; `codes=["faction_id"]` keeps a code column the lesson teaches, labelled as the data's code."""
    return Table(frame, caption, codes)


_install_table_formatter()
