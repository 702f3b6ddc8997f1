"""Every chart's data table one click away, and every learner's table without empty header cells (issue 19).

Read from the stored notebooks (what a learner, the static site and an HTML export show):
- right after every Plotly chart comes its data table: a <details> whose summary names the same figure,
  a <table> with a <caption>, column headers that are words (<th scope="col">, never empty, never a
  column id such as faction_id), inside a focusable, labelled region; an animated chart's table names
  every frame of its slider;
- no HTML table a learner sees (data tables, printed DataFrames, nk.style.table) has an empty header cell;
- the tables are small enough: no notebook over 500 KB.
The table builder itself (nkcourse.charttable) is checked on small figures whose tables are known.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import numpy as np
import pytest

from nkcourse import charttable

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for folder in ("notebooks", "exercises") for p in (ROOT / folder).glob("*.ipynb"))
KEYS = sorted((ROOT / "instructors" / "keys").glob("*.ipynb"))
PLOTLY_MIME = "application/vnd.plotly.v1+json"
MAX_NOTEBOOK_BYTES = 500_000
ID_LIKE = re.compile(r"^[a-z]+(_[a-z]+)+$")  # faction_id, start_date: a column's code, not its name


def _outputs(path: Path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for number, cell in enumerate(notebook["cells"], start=1):
        yield number, cell.get("outputs", [])


def _html(output) -> str:
    value = output.get("data", {}).get("text/html", "")
    return "".join(value) if isinstance(value, list) else value


def _figure_name(figure: dict) -> str:
    title = (figure.get("layout") or {}).get("title") or {}
    text = title.get("text", "") if isinstance(title, dict) else str(title)
    match = re.match(r"(Figure [A-Z]?\d+(?:\.\d+)?)", text)
    return match.group(1) if match else "the chart"


@pytest.mark.parametrize("path", NOTEBOOKS + KEYS, ids=[str(p.relative_to(ROOT)) for p in NOTEBOOKS + KEYS])
def test_every_stored_chart_is_followed_by_its_data_table(path):
    problems = []
    for number, outputs in _outputs(path):
        for k, output in enumerate(outputs):
            figure = output.get("data", {}).get(PLOTLY_MIME)
            if not figure:
                continue
            following = _html(outputs[k + 1]) if k + 1 < len(outputs) else ""
            if '<details class="nk-data-table' not in following:
                problems.append(f"cell {number}: chart without a data table right after it")
                continue
            summary = re.search(r"<summary>(.*?)</summary>", following, flags=re.S).group(1)
            if f"Data table for {_figure_name(figure)}" not in summary:
                problems.append(f"cell {number}: the table's summary {summary!r} does not name the chart")
            headers = re.findall(r"<th(\s[^>]*)?>(.*?)</th>", following, flags=re.S)
            if not headers or "<caption>" not in following:
                problems.append(f"cell {number}: no column headers or no caption")
            for attributes, text in headers:
                if 'scope="col"' not in attributes or not text.strip() or ID_LIKE.match(text.strip()):
                    problems.append(f"cell {number}: header {text!r} ({attributes.strip()})")
            if not re.search(r'role="region" aria-label="Data table for[^"]*" tabindex="0"', following):
                problems.append(f"cell {number}: the table is not in a labelled, focusable region")
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", following):
                if cell in ("nan", "None", "&lt;NA&gt;", "NaN"):
                    problems.append(f"cell {number}: a cell reads {cell!r}")
                    break
            problems += [f"cell {number}: {p}" for p in _frames_missing(figure, following)]
    assert problems == [], "\n".join(problems)


GENERIC_HEADERS = {"Series", "Item", "Value"}


def _table_columns(html: str) -> tuple[list[str], list[list[str]]]:
    headers = [text for _, text in re.findall(r"<th(\s[^>]*)?>(.*?)</th>", html, flags=re.S)]
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)]
    rows = [row for row in rows if row]
    return headers, [[row[k] if k < len(row) else "" for row in rows] for k in range(len(headers))]


@pytest.mark.parametrize("path", NOTEBOOKS + KEYS, ids=[str(p.relative_to(ROOT)) for p in NOTEBOOKS + KEYS])
def test_every_data_table_names_its_columns_and_repeats_none(path):
    """A header says what the column holds ("Group", "Person"), never a stand-in ("Series", "Item",
    "Value"): a chart whose legend or category axis has no title names them with nk.style.table_names.
    No column repeats another cell for cell."""
    problems = []
    for number, outputs in _outputs(path):
        for output in outputs:
            html = _html(output)
            if '<details class="nk-data-table' not in html:
                continue
            headers, columns = _table_columns(html)
            for header in GENERIC_HEADERS & set(headers):
                problems.append(f"cell {number}: a column headed {header!r}")
            for k, column in enumerate(columns):
                for j in range(k):
                    if column == columns[j]:
                        problems.append(f"cell {number}: {headers[k]!r} repeats {headers[j]!r}")
            for header in headers:
                if re.search(r"logarithmic|log scale", header, flags=re.I):
                    problems.append(f"cell {number}: header {header!r} names the axis's scale")
    assert problems == [], "\n".join(problems)


def _frames_missing(figure: dict, table: str) -> list[str]:
    """Each frame of an animated chart that draws a point no earlier frame drew must be named in the table
    (a frame that only keeps what earlier frames showed, as in a play-through that adds events, may not)."""
    labels = {}
    for slider in (figure.get("layout") or {}).get("sliders") or []:
        for step in slider.get("steps") or []:
            labels[str((step.get("args") or [[None]])[0][0])] = step["label"]
    seen, missing = set(), []
    for frame in figure.get("frames") or []:
        points = {(index, json.dumps(x), json.dumps(y))
                  for index, part in zip(frame.get("traces") or range(99), frame.get("data") or [], strict=False)
                  for x, y in zip(charttable.values(part.get("x")), charttable.values(part.get("y")), strict=False)}
        label = labels.get(str(frame.get("name")), frame.get("name"))
        if points - seen and not re.search(rf"<td[^>]*>{re.escape(label)}</td>", table):
            missing.append(f"frame {label!r} draws new data but is not named in the table")
        seen |= points
    return missing


@pytest.mark.parametrize("path", NOTEBOOKS + KEYS, ids=[str(p.relative_to(ROOT)) for p in NOTEBOOKS + KEYS])
def test_no_learner_table_has_an_empty_header_cell(path):
    problems = []
    for number, outputs in _outputs(path):
        for output in outputs:
            html = _html(output)
            if "<table" not in html:
                continue
            empty = re.findall(r"<th(?:\s[^>]*)?>\s*</th>", html)
            if empty:
                problems.append(f"cell {number}: {len(empty)} empty header cell(s)")
            if "<table" in html and 'tabindex="0"' not in html:
                problems.append(f"cell {number}: a table that cannot be scrolled by keyboard when it is wide")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[str(p.relative_to(ROOT)) for p in NOTEBOOKS])
def test_notebooks_stay_small_with_their_tables(path):
    assert path.stat().st_size <= MAX_NOTEBOOK_BYTES, f"{path.name}: {path.stat().st_size // 1024} KB"


# --- the builder, on figures whose tables are known ------------------------------------------------

def _bdata(values, dtype="f8"):
    return {"bdata": base64.b64encode(np.asarray(values, dtype=dtype).tobytes()).decode(), "dtype": dtype}


def test_binary_arrays_dates_and_axis_titles_become_readable_cells():
    figure = {"layout": {"title": {"text": "Figure 9.1 · Troops<br>by side"},
                         "xaxis": {"title": {"text": "Date"}}, "yaxis": {"title": {"text": "Troops"}},
                         "legend": {"title": {"text": "side"}}},
              "data": [{"type": "scatter", "mode": "markers", "name": name, "x": ["1950-06-25T00:00:00", "1951-01-01"],
                        "y": _bdata([135000, 2.5])} for name in ("North", "South")]}
    caption, columns, rows = charttable.figure_table(figure)
    assert caption == "Data table for Figure 9.1: Troops by side"
    assert columns == ["Side", "Date", "Troops"]
    assert rows[0] == ["North", "25 June 1950", "135,000"] and rows[1] == ["North", "1 January 1951", "2.5"]


def test_a_time_line_bar_gives_its_first_and_last_day_and_the_hover_words_name_columns():
    figure = {"layout": {"xaxis": {"type": "date", "title": {"text": "Date"}}, "yaxis": {"title": {"text": ""}}},
              "data": [{"type": "bar", "orientation": "h", "name": "battles", "y": ["Osan"],
                        "base": ["1950-07-05T00:00:00"], "x": [86400000 * 2],
                        "customdata": [["5 to 6 July 1950", "lost"]],
                        "hovertemplate": "Battle=%{y}<br>Dates=%{customdata[0]}<br>outcome=%{customdata[1]}"}]}
    _, columns, rows = charttable.figure_table(figure)
    assert dict(zip(columns, rows[0], strict=True)) == {"Dates": "5 to 6 July 1950", "Outcome": "lost",
                                                        "Battle": "Osan"}  # axis dates give way to the hover's


def test_an_animated_chart_lists_every_frame_once_and_leaves_out_the_base_map():
    line = {"type": "scatter", "mode": "lines", "name": "Front line", "x": [1, 2, 3], "y": [1, 1, 1],
            "hovertext": "start"}
    figure = {"layout": {"yaxis": {"scaleanchor": "x", "title": {"text": "Latitude"}},
                         "xaxis": {"title": {"text": "Longitude"}},
                         "sliders": [{"currentvalue": {"prefix": "Front on "},
                                      "steps": [{"label": "25 Jun 1950", "args": [["a"]]},
                                                {"label": "27 Jul 1953", "args": [["b"]]}]}]},
              "data": [{"type": "scatter", "mode": "lines", "name": "china", "x": [0, 1], "y": [0, 1],
                        "fill": "toself", "hoverinfo": "skip", "showlegend": False}, line],
              "frames": [{"name": "a", "traces": [1], "data": [{"x": [1, 2, 3], "y": [1, 1, 1], "hovertext": "start"}]},
                         {"name": "b", "traces": [1], "data": [{"x": [4, 5], "y": [2, 3], "hovertext": "end"}]}]}
    _, columns, rows = charttable.figure_table(figure)
    assert columns[:2] == ["Front on", "Description"]
    assert [r[:2] for r in rows] == [["25 Jun 1950", "start"], ["27 Jul 1953", "end"]]
    assert "china" not in json.dumps(rows)
    # a line on a map is named by its words; where its ends fall (coordinates) tells a reader nothing
    assert columns == ["Front on", "Description"]


def test_a_heat_map_is_one_row_per_row_and_relabelled_ticks_give_their_text():
    heat = {"layout": {"xaxis": {"title": {"text": "Step"}}}, "data": [
        {"type": "heatmap", "x": ["criticised", "executed"], "y": ["Pak Hon-yong", "Ho Ka-i"],
         "z": [[None, 4], [1, None]]}]}
    _, columns, rows = charttable.figure_table(heat)
    assert columns == ["Item", "Criticised", "Executed"]
    assert rows == [["Pak Hon-yong", "", "4"], ["Ho Ka-i", "1", ""]]
    ticks = {"layout": {"yaxis": {"tickvals": [0, 1], "ticktext": ["North:<br>dead", "South"]},
                        "xaxis": {"title": {"text": "People"}}},
             "data": [{"type": "scatter", "mode": "markers", "x": [10, 20], "y": [0.13, 1]}]}
    _, columns, rows = charttable.figure_table(ticks)
    assert rows == [["10", "North: dead"], ["20", "South"]]


def test_the_table_escapes_text_and_is_a_keyboard_disclosure():
    bundle = charttable.data_table({"layout": {"title": {"text": "Figure 9.2 · <b>A & B</b>"}},
                                    "data": [{"type": "bar", "x": ["<script>"], "y": [1]}]})
    html = bundle["text/html"]
    assert '<details class="nk-data-table nk-keep-keys"><summary>Data table for Figure 9.2' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert bundle["text/plain"] == "Data table for Figure 9.2: A & B (1 rows)"
    assert charttable.data_table({"layout": {}, "data": []}) is None


def test_columns_take_the_names_the_chart_gives_and_hover_lines_their_own_columns():
    trace = {"type": "scatter", "mode": "markers", "x": ["1950-06-25", "1951-01-01"], "y": [135000, 200000],
             "hovertext": ["NKPA total<br>Source: Schnabel", "NKPA in the line<br>Source: Appleman"]}
    figure = {"layout": {"yaxis": {"title": {"text": "Troops (people, logarithmic scale)"}},
                         "xaxis": {"title": {"text": "Date"}},
                         "meta": {"table": {"series": "Side", "text": ["What was counted"]}}},
              "data": [{**trace, "name": "North"}, {**trace, "name": "South", "y": [1, 2]}]}
    _, columns, rows = charttable.figure_table(figure)
    assert columns == ["Side", "What was counted", "Source", "Date", "Troops (people)"]
    assert rows[0] == ["North", "NKPA total", "Schnabel", "25 June 1950", "135,000"]
    # "Group=<the trace's own name>" in a px hover names the column, with no hint
    bars = {"layout": {}, "data": [{"type": "bar", "name": name, "x": [1], "y": ["1948"],
                                    "orientation": "h", "hovertemplate": f"Group={name}<br>x=%{{x}}"}
                                   for name in ("Soviet Koreans", "Yan'an group")]}
    _, columns, _ = charttable.figure_table(bars)
    assert columns[0] == "Group" and "Series" not in columns
    # a hover text that only sometimes reads "Label: value" is one column, not split at the colon
    dated = {"layout": {"meta": {"table": {"item": "Version"}}}, "data": [{
        "type": "scatter", "mode": "markers", "x": [1953, 1955], "y": ["record", "record"],
        "hovertext": ["September 1953: Khrushchev First Secretary", "February 1955: Malenkov out"]}]}
    _, columns, rows = charttable.figure_table(dated)
    assert columns == ["Description", "Value", "Version"]
    assert rows[0][0] == "September 1953: Khrushchev First Secretary"


def test_a_generic_column_repeated_by_a_named_one_takes_its_name_and_written_dates_win():
    figure = {"layout": {"xaxis": {"title": {"text": "Date"}}}, "data": [
        {"type": "scatter", "mode": "markers", "name": kind, "x": ["1949-08-12"], "y": ["Kim"],
         "customdata": [[kind, "August 1949"]],
         "hovertemplate": "Evidence=%{customdata[0]}<br>when=%{customdata[1]}<br>Date=%{x}"}
        for kind in ("archival", "later")]}
    _, columns, rows = charttable.figure_table(figure)
    assert columns == ["Evidence", "When", "Item"]
    assert rows[0] == ["archival", "August 1949", "Kim"]


def test_error_bars_are_estimates_and_a_heat_map_counts_what_its_axis_says():
    ages = {"layout": {"xaxis": {"title": {"text": "Age"}}}, "data": [
        {"type": "scatter", "mode": "markers", "x": [33, 44.5], "y": ["Kim Il Sung", "Choe Yong-gon"],
         "error_x": {"array": [0, 0.5], "arrayminus": [0, 0.5], "symmetric": False}}]}
    _, columns, rows = charttable.figure_table(ages)
    assert columns == ["Age", "Item", "Lowest estimate", "Highest estimate"]
    assert rows[1] == ["44.5", "Choe Yong-gon", "44", "45"]
    ranges = {"layout": {}, "data": [{"type": "scatter", "mode": "markers", "x": [100, 200], "y": [1, 2],
                                      "error_y": {"array": [0, 300], "arrayminus": [0, 0], "symmetric": False}}]}
    assert charttable.figure_table(ranges)[1][-1] == "Top of the range"
    heat = {"layout": {"xaxis": {"title": {"text": "Step (versions counted apart)"}},
                       "meta": {"table": {"item": "Person"}}},
            "data": [{"type": "heatmap", "x": ["executed"], "y": ["Pak Hon-yong"], "z": [[4]]}]}
    _, columns, rows = charttable.figure_table(heat)
    assert columns == ["Person", "Executed (versions counted apart)"] and rows == [["Pak Hon-yong", "4"]]
