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
import re
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
                a, b = _carriers(first, kind), _carriers(second, kind)
                if a & b:  # a bar, dot or line of the one drawn as one of the other: told apart by colour alone
                    what = {"bar": "pattern", "markers": "symbol", "lines": "dash"}[kind]
                    found.append(f"{kind}: {first.get('name')!r} and {second.get('name')!r} differ by colour alone "
                                 f"(both drawn with {what} {sorted(a & b)}, no text on the marks naming them)")
    return found + legend_problems(figure)


def _carriers(trace: dict, kind: str) -> set[str]:
    """Every symbol, dash or pattern the trace draws (a per-point list gives each of its values): two legend
    entries are told apart by shape only when no mark of the one is drawn like a mark of the other."""
    if kind == "bar":
        key = ((trace.get("marker") or {}).get("pattern") or {}).get("shape", "")
    elif kind == "markers":
        key = (trace.get("marker") or {}).get("symbol", "circle")
    else:
        key = (trace.get("line") or {}).get("dash", "solid")
    keys = key if isinstance(key, list) else [key]
    return {str(k if k is not None else "") for k in keys} or {""}


def _shape(symbol) -> str:
    """A marker symbol's shape, without its open/dot variant ("diamond-open" -> "diamond")."""
    return re.sub(r"-(open|dot|open-dot)$", "", str(symbol))


def _has_points(trace: dict) -> bool:
    points = trace.get("x") if trace.get("x") is not None else trace.get("y")
    if isinstance(points, dict):  # plotly's binary array
        return True
    return any(p is not None for p in (points or []))


def legend_problems(figure: dict) -> list[str]:
    """The legend shows what the chart draws, and the chart draws nothing the legend does not explain:
    - a legend entry's swatch is its trace's first mark: a bar trace whose bars are hatched in different
      ways, or a marker trace whose marks have different shapes, shows one of them only;
    - every marker shape drawn (on a mark with hover, not a faint context layer) is a shape in the legend,
      and open marks are drawn only when the legend shows an open mark too;
    - a legend entry with no marks of its own (a legend-only key, x=[None]) shows a shape drawn somewhere
      (an open mark keys the open marks).
    """
    found = []
    traces = [t for t in figure.get("data", []) if t.get("type") in ("bar", "scatter", "scattergl")
              and not (t.get("hoverinfo") == "skip" and t.get("showlegend") is False)
              and t.get("opacity", 1.0) >= 0.5 and t.get("visible", True) is True]
    shown = [t for t in traces if t.get("showlegend", True) is not False and t.get("name")]
    if len(shown) < 2 and figure.get("layout", {}).get("showlegend") is not True:
        return found  # no legend drawn
    drawn_symbols, legend_symbols = set(), set()
    for trace in traces:
        marker = trace.get("marker") or {}
        if trace.get("type") == "bar":
            shapes = _carriers(trace, "bar")
            if trace in shown and len(shapes) > 1:
                found.append(f"legend: {trace.get('name')!r} swatch shows one pattern of {sorted(shapes)} drawn")
            continue
        if "markers" not in _mode(trace):
            continue
        symbols = _carriers(trace, "markers")
        if trace in shown:
            if len({_shape(s) for s in symbols}) > 1:
                found.append(f"legend: {trace.get('name')!r} swatch shows one shape of {sorted(symbols)} drawn")
            first = marker.get("symbol", "circle")
            legend_symbols.add(str(first[0] if isinstance(first, list) and first else first))
        if _has_points(trace):
            drawn_symbols |= symbols
    shapes = {_shape(s) for s in legend_symbols}
    for symbol in sorted(drawn_symbols):
        if _shape(symbol) not in shapes:
            found.append(f"legend: marks drawn as {symbol!r} but no legend entry shows that shape")
    if any(_open(s) for s in drawn_symbols) and not any(_open(s) for s in legend_symbols):
        found.append("legend: open marks are drawn but the legend shows no open mark to explain them")
    drawn = [(tuple(_colours((t.get("marker") or {}).get("color"))), _carriers(t, "markers"))
             for t in traces if _has_points(t) and "markers" in _mode(t)]
    for trace in shown:
        points = trace.get("x") if trace.get("x") is not None else trace.get("y")
        if _has_points(trace) or not points or "markers" not in _mode(trace):
            continue  # a trace with marks, or an empty category (no marks, nothing to match)
        symbol = str((trace.get("marker") or {}).get("symbol", "circle"))
        if _shape(symbol) not in {_shape(s) for _, symbols in drawn for s in symbols} \
                and not (_open(symbol) and any(_open(s) for s in drawn_symbols)):
            found.append(f"legend: key {trace.get('name')!r} ({symbol}) matches no mark drawn")
    return found


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


def test_the_old_swimlane_of_purge_steps_breaks_the_rule():
    """Figure 3.3 as it was stored before issue 19's second review: eight step kinds told apart by hue alone
    (every bar trace had plain bars, some hatched), "executed" drawn plain but hatched in its legend swatch,
    dots and open diamonds on the chart that the legend never showed. The rule must see all three."""
    figure = json.loads((ROOT / "tests" / "fixtures" / "figure_3_3_before.json").read_text(encoding="utf-8"))
    found = palette_problems(figure)
    assert any("'died' and 'disappeared' differ by colour alone" in p for p in found)
    assert any("'executed' swatch shows one pattern" in p for p in found)
    assert any("'circle'" in p and "no legend entry" in p for p in found)
    assert any("open marks are drawn" in p for p in found)


def test_no_stored_learner_table_shows_an_id_column():
    """Tables printed for learners show names, not ids: an `_id` column appears only as a code the lesson
    teaches, labelled as the data's code (nk.style.table(..., codes=[...]))."""
    import re

    found = []
    for path in NOTEBOOKS:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for number, cell in enumerate(notebook["cells"], start=1):
            for output in cell.get("outputs", []):
                html = output.get("data", {}).get("text/html", "")
                html = "".join(html) if isinstance(html, list) else html
                for header in re.findall(r"<th[^>]*>([^<]*)</th>", html):
                    if re.search(r"\w_ids?$", header.strip()):
                        found.append(f"{path.name} cell {number}: column {header.strip()!r}")
    assert found == [], "\n".join(found)


def test_id_columns_become_names_or_go_and_taught_codes_say_what_they_are():
    import pandas as pd

    events = style.load("events").head(2)
    table = style.table(events[["event_id", "title", "place_id"]]).frame
    assert list(table.columns) == ["title", "place"]  # the row's own id goes, its place is named
    places = style.load("places").set_index("place_id")["name"]
    assert table["place"].tolist() == places[events["place_id"]].tolist()
    taught = style.table(pd.DataFrame({"group": ["Kapsan group"], "faction_id": ["kapsan"]}), codes=["faction_id"])
    assert list(taught.frame.columns) == ["group", "faction_id (the code used in the data)"]
    assert list(style.table(pd.DataFrame({"group": ["Kapsan group"], "faction_id": ["kapsan"]})).frame.columns) == \
        ["group"]


def test_learner_tables_left_align_words_and_right_align_numbers():
    import pandas as pd

    html = style.table(pd.DataFrame({"name": ["Kim Il Sung"], "members": [3]}))._repr_html_()
    assert '<th scope="col" style="text-align: left">name</th>' in html
    assert '<td style="text-align: right">3</td>' in html


def test_a_hatched_bar_with_a_label_gives_the_label_a_plain_backing_of_the_bar_colour():
    figure = {"layout": {}, "data": [
        {"type": "bar", "name": name, "x": ["1948"], "y": [1], "text": [person], "textposition": "inside",
         "marker": {"color": colour}}
        for name, person, colour in (("Soviet Koreans", "Ho Ka-i", "#0072B2"),
                                     ("Manchurian partisans", "Kim Il Sung", "#D55E00"))]}
    style.accessible(figure)
    hatched = [t for t in figure["data"] if ((t["marker"].get("pattern") or {}).get("shape"))]
    assert hatched, "one of two bars told apart by colour alone gets a hatching"
    for trace in hatched:
        shadow = trace["textfont"]["shadow"]
        assert trace["marker"]["color"] in shadow and "0 0" in shadow
    plain = [t for t in figure["data"] if t not in hatched]
    assert all("shadow" not in (t.get("textfont") or {}) for t in plain)  # no hatching, no backing needed
