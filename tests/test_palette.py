"""The palette rule, checked over every chart stored in every committed notebook (issue 19).

- text written on a coloured mark (a bar's inside label) stands at least 4.5:1 against the mark;
- every data mark stands at least 3:1 against the chart's background, by its fill or by its outline
  (lines and open markers by their own colour); layers drawn at under half opacity, and base-map layers
  (no hover, no legend: coastlines, borders), are context, not marks;
- colour is never the only carrier of meaning: no two legend entries of one chart differ by colour alone,
  each pair differs by a marker symbol, a line dash or a bar pattern too, or the text on the marks names
  what the colour stands for (a person's name on a bar coloured by group does not);
- the toolbar has no Plotly logo (a link off the course) and no pan/select/lasso stops.

The checks read the stored JSON (what the learner's browser draws), not the code that made it. The
colour arithmetic (WCAG 2 contrast) is nkcourse.style's, itself tested against published values below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nkcourse import style

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for folder in ("notebooks", "exercises") for p in (ROOT / folder).glob("*.ipynb"))
PLOTLY_MIME = "application/vnd.plotly.v1+json"
DEFAULT_TEXT = "#444444"  # plotly.js's own default font colour, when neither trace nor layout sets one


def charts(path: Path):
    """(cell number, figure dict) for every stored Plotly output of a notebook."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for number, cell in enumerate(notebook["cells"], start=1):
        for output in cell.get("outputs", []):
            figure = output.get("data", {}).get(PLOTLY_MIME)
            if figure:
                yield number, figure


def _colours(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]


def _mode(trace: dict) -> str:
    if trace.get("type") == "bar":
        return "bar"
    if "mode" in trace:
        return trace["mode"]
    return "lines+markers" if len(trace.get("x") or trace.get("y") or []) < 20 else "lines"


def _open(symbol) -> bool:
    text = str(symbol)
    return text.endswith("-open") or "-open-" in text or "thin" in text


def _layout_font(layout: dict) -> str:
    template = (layout.get("template") or {}).get("layout", {})
    return (layout.get("font") or {}).get("color") or (template.get("font") or {}).get("color") or DEFAULT_TEXT


def _resolved(figure: dict) -> list[tuple[dict, list[str]]]:
    """Each bar/scatter trace with the colours it is drawn in (a colourless trace takes the colorway's next)."""
    layout = figure.get("layout", {})
    template = (layout.get("template") or {}).get("layout", {})
    colorway = layout.get("colorway") or template.get("colorway") or ["#1f77b4"]
    found, k = [], 0
    for trace in figure.get("data", []):
        if trace.get("type") not in ("bar", "scatter", "scattergl"):
            continue
        fills = _colours((trace.get("marker") or {}).get("color")) or _colours((trace.get("line") or {}).get("color"))
        if not fills:
            fills = [colorway[k % len(colorway)]]
            k += 1
        found.append((trace, fills))
    return found


def palette_problems(figure: dict) -> list[str]:
    layout = figure.get("layout", {})
    template = (layout.get("template") or {}).get("layout", {})
    background = layout.get("plot_bgcolor") or template.get("plot_bgcolor") or "#FFFFFF"
    found = []
    legend = []
    for trace, fills in _resolved(figure):
        name = trace.get("name") or trace.get("type")
        marker, line = trace.get("marker") or {}, trace.get("line") or {}
        mode = _mode(trace)
        own = marker.get("opacity")
        opacity = trace.get("opacity", 1.0) * (own if isinstance(own, (int, float)) else 1.0)
        if opacity < 0.5 or (trace.get("hoverinfo") == "skip" and trace.get("showlegend") is False):
            continue  # a faint context layer (earlier front lines, a range band) or the base map, not a mark
        seen = [style.blend(c, opacity, background) for c in fills]
        if mode == "bar" or "markers" in mode:
            outline = marker.get("line") or {}
            outline_ok = isinstance(outline.get("color"), str) and (outline.get("width") or 0) >= 1 and \
                style.contrast(style.blend(outline["color"], opacity, background), background) >= 3
            for colour in seen:
                ratio = style.contrast(colour, background)
                if ratio < 3 and (_open(marker.get("symbol", "")) or not outline_ok):
                    found.append(f"{name!r}: mark {colour} is {ratio:.2f}:1 on {background} with no outline of 3:1")
        if "lines" in mode:
            colour = line.get("color") or fills[0]
            ratio = style.contrast(style.blend(colour, trace.get("opacity", 1.0), background), background)
            if ratio < 3:
                found.append(f"{name!r}: line {colour} is {ratio:.2f}:1 on {background}")
        inside = mode == "bar" and trace.get("text") is not None and \
            trace.get("textposition", "auto") in ("inside", "auto")
        if inside:
            text = _colours((trace.get("textfont") or {}).get("color")) or [_layout_font(layout)]
            if len(text) == 1:
                pairs = [(text[0], fill) for fill in seen]
            elif len(seen) == 1:
                pairs = [(fg, seen[0]) for fg in text]
            else:  # one label colour per bar, one fill per bar
                pairs = list(zip(text, seen, strict=False))
            for fg, fill in pairs:
                ratio = style.contrast(fg, fill)
                if ratio < 4.5:
                    found.append(f"{name!r}: label {fg} on {fill} is {ratio:.2f}:1")
        if trace.get("showlegend", True) is not False and trace.get("name"):
            legend.append((trace, mode, tuple(fills), style.names_its_category(trace)))
    for kind in ("bar", "markers", "lines"):
        group = [g for g in legend if (kind == "bar") == (g[1] == "bar") and (kind == "bar" or kind in g[1])]
        for number, (first, _, first_fills, first_named) in enumerate(group):
            for second, _, second_fills, second_named in group[number + 1:]:
                if first_fills == second_fills or first_named or second_named:
                    continue
                a, b = _carrier(first, kind), _carrier(second, kind)
                if a == b:
                    found.append(f"{kind}: {first.get('name')!r} and {second.get('name')!r} differ by colour alone "
                                 f"(same {'pattern' if kind == 'bar' else 'symbol' if kind == 'markers' else 'dash'}"
                                 f" {a}, no text on the marks naming them)")
    return found


def _carrier(trace: dict, kind: str) -> str:
    """The trace's symbol, dash or pattern, as text (per-point lists as JSON)."""
    if kind == "bar":
        key = ((trace.get("marker") or {}).get("pattern") or {}).get("shape", "")
    elif kind == "markers":
        key = (trace.get("marker") or {}).get("symbol", "circle")
    else:
        key = (trace.get("line") or {}).get("dash", "solid")
    return json.dumps(key) if isinstance(key, (list, dict)) else repr(str(key))


def toolbar_problems(figure: dict) -> list[str]:
    config = figure.get("config") or {}
    found = []
    if config.get("displaylogo", True):
        found.append("the toolbar shows Plotly's logo, a link off the course")
    removed = set(config.get("modeBarButtonsToRemove") or [])
    missing = {"pan2d", "select2d", "lasso2d", "hoverClosestCartesian", "hoverCompareCartesian"} - removed
    if missing:
        found.append(f"the toolbar keeps {sorted(missing)}")
    return found


def test_contrast_matches_published_wcag_values():
    # WebAIM's contrast checker: black on white 21:1, #767676 on white 4.54:1, #777777 4.48:1
    assert style.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert style.contrast("#767676") == pytest.approx(4.54, abs=0.01)
    assert style.contrast("#777777") == pytest.approx(4.48, abs=0.01)
    assert style.contrast("rgba(0,0,0,0.5)") == pytest.approx(style.contrast("#808080"), abs=0.02)


@pytest.mark.parametrize("fill", [*style.PALETTE.values(), "#5F5F5F", "#777777", "#7F7F7F", "#FFFFFF"])
def test_label_colour_always_reads(fill):
    assert style.contrast(style.label_colour(fill), fill) >= 4.5


@pytest.mark.parametrize("colour", list(style.PALETTE.values()))
def test_line_colour_stands_out_and_keeps_a_good_colour(colour):
    shade = style.line_colour(colour)
    assert style.contrast(shade) >= 3
    if style.contrast(colour) >= 3:
        assert shade == colour


def test_a_light_bar_with_white_labels_is_made_readable():
    figure = {"layout": {}, "data": [
        {"type": "bar", "name": "a", "x": [1], "y": [1], "text": ["Kim"], "textposition": "inside",
         "textfont": {"color": "white"}, "marker": {"color": "#E69F00", "line": {"color": "white", "width": 1}}},
        {"type": "bar", "name": "b", "x": [2], "y": [1], "marker": {"color": "#0072B2"}},
    ]}
    before = palette_problems(json.loads(json.dumps(figure)))
    assert any("label white" in p for p in before) and any("mark #E69F00" in p for p in before)
    assert palette_problems(style.accessible(figure)) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[str(p.relative_to(ROOT)) for p in NOTEBOOKS])
def test_every_stored_chart_keeps_the_palette_rule(path):
    found = [f"cell {n}: {p}" for n, fig in charts(path) for p in palette_problems(fig) + toolbar_problems(fig)]
    assert found == [], "\n".join(found)


def test_symbols_already_carrying_meaning_are_never_overwritten():
    figure = {"layout": {}, "data": [
        {"type": "scatter", "mode": "markers", "name": f"{side}: {count}", "x": [1], "y": [1],
         "marker": {"color": colour, "symbol": symbol}}
        for side, colour in (("a", "#0072B2"), ("b", "#D55E00"))
        for count, symbol in (("at a date", "circle"), ("cumulative", "diamond-open"))]}
    symbols = [t["marker"]["symbol"] for t in figure["data"]]
    assert [t["marker"]["symbol"] for t in style.accessible(figure)["data"]] == symbols


def test_lines_told_apart_by_colour_alone_get_a_dash_per_colour_legend_entry_or_not():
    figure = {"layout": {}, "data": [
        {"type": "scatter", "mode": "lines", "name": name, "x": [1, 2], "y": [1, 2], "showlegend": shown,
         "line": {"color": colour}}
        for name, colour, shown in (("a", "#0072B2", True), ("b", "#D55E00", True), ("a", "#0072B2", False))]}
    dashes = [t["line"].get("dash") for t in style.accessible(figure)["data"]]
    assert dashes[0] == dashes[2] != dashes[1]
    assert palette_problems(figure) == []


def test_a_learners_table_has_no_empty_header_cell_no_na_and_scrolls_by_keyboard():
    import re

    import pandas as pd

    frame = pd.DataFrame({"name": ["Kim Il Sung", "Pak Hon-yong"], "died": [pd.NA, "1956"]},
                         index=pd.Index([3, 4], name="row")).astype("string")
    html = style.table(frame, "Two leaders <and> their deaths")._repr_html_()
    headers = re.findall(r"<th[^>]*>(.*?)</th>", html, flags=re.S)
    assert headers and all(h.strip() for h in headers)
    assert "<NA>" not in html and "nan" not in html
    assert 'tabindex="0"' in html and 'role="region"' in html and "&lt;and&gt;" in html
    assert "<caption>" in html
    assert "<NA>" not in repr(style.table(frame))


def test_per_point_symbols_and_patterns_are_read_not_a_crash():
    figure = {"layout": {}, "data": [
        {"type": "bar", "name": n, "x": [1, 2], "y": [1, 2], "marker": {"color": c, "pattern": {"shape": ["/", ""]}}}
        for n, c in (("a", "#E69F00"), ("b", "#0072B2"))] + [
        {"type": "scatter", "mode": "markers", "name": n, "x": [1, 2], "y": [1, 2],
         "marker": {"color": c, "symbol": ["circle", "diamond-open"]}}
        for n, c in (("c", "#0072B2"), ("d", "#D55E00"))]}
    style.accessible(figure)
    assert figure["data"][0]["marker"]["pattern"]["shape"] == ["/", ""]  # kept: it already carries meaning
    assert figure["data"][2]["marker"]["symbol"] == ["circle", "diamond-open"]


def test_text_beside_a_dot_keeps_its_colour_and_text_on_a_dot_reads_on_it():
    figure = {"layout": {}, "data": [
        {"type": "scatter", "mode": "markers+text", "name": "Cities", "x": [1], "y": [1], "text": ["Seoul"],
         "textposition": ["middle right"], "marker": {"color": "#000000"}},
        {"type": "scatter", "mode": "markers+text", "name": "Numbers", "x": [2], "y": [2], "text": ["3"],
         "marker": {"color": "#000000", "size": 20}}]}
    style.accessible(figure)
    assert "color" not in (figure["data"][0].get("textfont") or {})  # on the page's white: plotly's dark default
    assert figure["data"][1]["textfont"]["color"] == "#FFFFFF"  # centred on a black dot


def test_text_counts_as_a_second_carrier_only_when_it_names_the_category():
    bars = {"layout": {}, "data": [
        {"type": "bar", "name": group, "x": [1], "y": [1], "text": [label], "textposition": "inside",
         "marker": {"color": colour}}
        for group, label, colour in (("Yan'an group", "Kim Tu-bong", "#E69F00"),
                                     ("Soviet Koreans", "Ho Ka-i", "#0072B2"))]}
    assert any("colour alone" in p for p in palette_problems(json.loads(json.dumps(bars))))
    named = json.loads(json.dumps(bars))
    for trace in named["data"]:
        trace["text"] = [f"{trace['text'][0]} ({trace['name']})"]
    assert not any("colour alone" in p for p in palette_problems(named))
    assert palette_problems(style.accessible(bars)) == []  # a hatching per group is added


def test_a_chart_that_sets_some_symbols_gets_shapes_for_the_colours_still_drawn_alike():
    figure = {"layout": {}, "data": [
        {"type": "scatter", "mode": "markers", "name": name, "x": [1], "y": [1], "marker": marker}
        for name, marker in (("a", {"color": "#0072B2"}), ("b", {"color": "#D55E00"}),
                             ("entry", {"color": "#333333", "symbol": "diamond"}))]}
    style.accessible(figure)
    symbols = [t["marker"].get("symbol", "circle") for t in figure["data"]]
    assert len(set(symbols)) == 3 and symbols[2] == "diamond"
    assert palette_problems(figure) == []
