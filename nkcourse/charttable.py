"""Every chart's data as a table, one click away (issue 19).

The course renderer (nkcourse.style) shows each Plotly chart and, right under it, a second output: a
native disclosure, `<details><summary>Data table for Figure 2.3: …</summary><table>…</table></details>`,
that opens with Enter or Space and holds the numbers, dates and labels the chart draws. The table is
read from the chart's own JSON (what the browser draws), so it cannot drift from the chart:
- one row per mark (a dot, a bar, a point of a line); a bar on a date axis drawn from `base` (a time
  line) is one row with its first and last date; a heat map is one row per row of the map;
- columns named as the learner sees them: the axis titles (without scale words such as "logarithmic
  scale"), the legend's title, the labels of the chart's hover text (`when=…`, px's `Group=<name>`), else
  the names a chart gives with `nkcourse.style.table_names` (layout.meta), never a trace's internal id;
  "Series", "Item" and "Value" only where nothing names them;
- a hover text of several lines ("<br>") is a column per line, named by its "Label: value" label where
  every row has one, else by the chart's names for its lines; a column that repeats another cell for cell
  is left out (a generic name gives way to the real one);
- error bars are the range of an estimate: "Lowest estimate", "Highest estimate", or "Top of the range"
  for a bar drawn only upwards from a range's low end; a heat map's cells count what its axis title's
  brackets say ("Executed (versions counted apart)");
- an axis whose ticks are relabelled (category rows placed at numbers) gives the tick's text, not the
  number; dates are written out ("25 June 1950"), numbers with thousands separators;
- an animated chart gives every frame's marks, each once, with the frame's slider label (the date of a
  front line, the year of an event) in a column of its own;
- a long plain line is one row: where it starts, where it ends, how many points it is traced through;
  a line on a map (a front line) is one row named by its words and its frame, without coordinates; a
  place on a map is one position (longitude, latitude);
- layers that are only context (the base map, faint earlier lines, range bands without hover) are left
  out.
It is a separate display output (JupyterLab shows only the richest type of one output, so a table inside
the chart's own output would never be seen), with a short plain-text form for terminals and nbval.
"""

from __future__ import annotations

import base64
import math
import re
from datetime import datetime, timedelta
from html import escape

import numpy as np

CONTEXT_OPACITY = 0.5
LONG_LINE = 25  # a lines-only trace with more points than this is summarised as one row


def values(value) -> list:
    """A Plotly data array as a plain list: a list, a numpy array, or plotly's binary {'bdata', 'dtype'}."""
    if value is None:
        return []
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value.get("dtype", "f8")))
        shape = value.get("shape")
        if shape:
            array = array.reshape([int(n) for n in str(shape).split(",")])
        return array.tolist()
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _text(value) -> str:
    """Chart text as plain words: Plotly's <br> become spaces, other tags are dropped."""
    text = re.sub(r"<br\s*/?>", " ", str(value))
    text = re.sub(r"</?(?:b|i|em|strong|sup|sub|span|a|s|u)(?:\s[^>]*)?>", "", text)  # Plotly's own tags
    return re.sub(r"\s+", " ", text).strip()


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$")


def _date(value) -> datetime | None:
    match = _ISO.match(str(value)) if isinstance(value, str) else None
    if not match:
        return None
    y, m, d, hh, mm, ss = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(y, m, d, hh, mm, ss)
    except ValueError:
        return None


def _date_text(when: datetime) -> str:
    text = f"{when.day} {when:%B %Y}"
    return text if (when.hour, when.minute) == (0, 0) else f"{text} {when:%H:%M}"


def cell(value) -> str:
    """One table cell as text: dates written out, whole numbers without decimals, large ones grouped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}"
    if isinstance(value, (float, np.floating)):
        if float(value).is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.4g}" if abs(value) >= 1 else f"{value:.3g}"
    when = _date(value)
    if when is not None:
        return _date_text(when)
    return _text(value)


def _axis(layout: dict, name: str) -> dict:
    return layout.get(name) or {}


_SCALE_WORDS = re.compile(r"\s*\((?:logarithmic|log|linear) scale\)|,\s*(?:logarithmic|log|linear) scale", re.I)


def _title_of(axis: dict) -> str:
    """An axis title as a column header: the words of the quantity, without how the axis is scaled."""
    title = axis.get("title")
    text = title.get("text") if isinstance(title, dict) else title
    return _SCALE_WORDS.sub("", _text(text)).strip() if text else ""


def _hints(layout: dict) -> dict:
    """Column names a chart gives through `nkcourse.style.table_names` (layout.meta): "series" (what the
    trace names are), "item" (what an untitled category axis lists), "text" (the hover lines' names)."""
    meta = layout.get("meta")
    hints = meta.get("table") if isinstance(meta, dict) else None
    return hints if isinstance(hints, dict) else {}


def _text_lines(texts: list, names) -> list[dict]:
    """Hover texts written as lines ("<br>") as columns, one per line: a line that reads "Label: value" in
    every row is named by its label; others by the chart's names for its lines, else "Description"."""
    names = [names] if isinstance(names, str) else list(names or [])
    split = [re.split(r"<br\s*/?>", str(t)) if t not in (None, "") else [] for t in texts]
    width = max((len(lines) for lines in split), default=0)
    labels = []
    for k in range(width):
        found = {re.match(r"^\s*([A-Za-z][^:<>]{0,30}):\s+\S", lines[k]) and
                 re.match(r"^\s*([A-Za-z][^:<>]{0,30}):", lines[k]).group(1)
                 for lines in split if k < len(lines)}
        if len(found) == 1 and None not in found and sum(k < len(lines) for lines in split) > 1:
            labels.append((found.pop(), True))
        else:
            default = "Description" if k == 0 else f"Description, line {k + 1}"
            labels.append((names[k] if k < len(names) and names[k] else default, False))
    rows = []
    for lines in split:
        row = {}
        for k, line in enumerate(lines):
            label, prefixed = labels[k]
            value = line.split(":", 1)[1] if prefixed else line
            if cell(value):
                row[label[:1].upper() + label[1:]] = cell(value)
        rows.append(row)
    return rows


def _axis_title(layout: dict, ref: str, fallback: str, hover: dict | None = None) -> str:
    """The axis's title; else the hover's own label for it ("Leader=%{y}"); else the title of another
    axis of the same direction (facets and subplots title one axis only); else `fallback`."""
    letter = "x" if ref.startswith("x") else "y"
    own = _title_of(_axis(layout, letter + "axis" + ref[1:]))
    if own:
        return own
    if hover and hover.get(letter):
        return hover[letter]
    for key in sorted(k for k in layout if re.fullmatch(letter + r"axis\d*", k)):
        if _title_of(layout[key]):
            return _title_of(layout[key])
    return fallback


def _tick_names(layout: dict, ref: str) -> dict | None:
    """{tick value: tick text} for an axis whose ticks are relabelled (category rows placed at numbers)."""
    axis = _axis(layout, ("xaxis" if ref.startswith("x") else "yaxis") + ref[1:])
    ticks, names = values(axis.get("tickvals")), values(axis.get("ticktext"))
    if ticks and len(ticks) == len(names) and all(isinstance(t, (int, float)) for t in ticks):
        return dict(zip(ticks, (_text(n) for n in names), strict=True))
    return None


def _tick(value, names: dict | None):
    """The tick text nearest a numeric position (rows jittered around their tick keep its name)."""
    if names is None or not isinstance(value, (int, float)):
        return value
    nearest = min(names, key=lambda t: abs(t - value))
    return names[nearest] if abs(nearest - value) <= 0.5 else value


def _hover_parts(trace: dict) -> tuple[list[tuple[str, int]], dict, dict]:
    """What the chart's hover names, in its own words: ([(label, i)] for `label=%{customdata[i]}`,
    {"x": label, "y": label} for `label=%{x}`, {label: text} for a fixed `label=text` (a facet's panel))."""
    template = str(trace.get("hovertemplate") or "")
    custom, axes, fixed = [], {}, {}
    for part in re.split(r"<br>|<extra>.*?</extra>", template):
        match = re.fullmatch(r"\s*([^=<>%{}]+?)\s*=\s*(.+?)\s*", part)
        if not match:
            continue
        label, value = _text(match.group(1)), match.group(2)
        label = label[:1].upper() + label[1:]
        found = re.fullmatch(r"%\{customdata\[(\d+)\][^}]*\}", value)
        if found:
            custom.append((label, int(found.group(1))))
        elif re.fullmatch(r"%\{([xy])[^}]*\}", value):
            axes[re.fullmatch(r"%\{([xy])[^}]*\}", value).group(1)] = label
        elif "%{" not in value:
            fixed[label] = _text(value)
    return custom, axes, fixed


def _is_context(trace: dict, legend_names: set) -> bool:
    if trace.get("visible") is False:
        return True
    skip = str(trace.get("hoverinfo", "")) in ("skip", "none")
    opacity = trace.get("opacity", 1.0)
    faint = isinstance(opacity, (int, float)) and opacity < CONTEXT_OPACITY
    if faint and skip:
        return True  # a faint layer without hover: earlier front lines, a range band
    if skip and trace.get("type") == "bar" and trace.get("showlegend") is False:
        return True  # bars drawn behind marks that carry the hover and the legend (a swimlane's spans)
    in_legend = bool(trace.get("name")) and trace.get("name") in legend_names
    return skip and not in_legend and "markers" not in _mode(trace)  # the base map, connectors


class _Rows:
    """Rows keyed by column; columns kept in the order they are first met."""

    def __init__(self):
        self.columns: list[str] = []
        self.rows: list[dict] = []

    def add(self, row: dict) -> None:
        for key in row:
            if key not in self.columns:
                self.columns.append(key)
        self.rows.append(row)


def _mode(trace: dict) -> str:
    if trace.get("type") == "bar":
        return "bar"
    if "mode" in trace:
        return str(trace["mode"])
    n = len(values(trace.get("x")) or values(trace.get("y")))
    return "lines+markers" if n < 20 else "lines"


def _trace_rows(trace: dict, layout: dict, series: str | None, series_label: str) -> list[dict]:
    """The rows one trace contributes, as {column: text}."""
    kind = trace.get("type", "scatter")
    lead = {series_label: series} if series is not None else {}
    xref, yref = trace.get("xaxis", "x"), trace.get("yaxis", "y")
    custom_labels, hover_axes, fixed = _hover_parts(trace)
    xs, ys = values(trace.get("x")), values(trace.get("y"))
    hints = _hints(layout)
    def fallback(points, ref):  # an untitled axis: the chart's name for its items (else "Item"), or "Value"
        named = (points and isinstance(points[0], str)) or _tick_names(layout, ref) is not None
        return (hints.get("item") or "Item") if named else (hints.get("value") or "Value")
    xtitle = _axis_title(layout, xref, fallback(xs, xref), hover_axes)
    ytitle = _axis_title(layout, yref, fallback(ys, yref), hover_axes)
    lead.update(fixed)
    xs, ys = values(trace.get("x")), values(trace.get("y"))
    if kind == "heatmap":
        zs = values(trace.get("z"))
        text = values(trace.get("text"))
        # each column is one of the axis's values; what its cells count is in the axis title's brackets
        # ("Step (versions counted apart)" -> "Executed (versions counted apart)")
        counted = re.search(r"\(([^()]+)\)\s*$", _title_of(_axis(layout, "xaxis" + xref[1:])))
        rows = []
        for i, y in enumerate(ys):
            row = {**lead, ytitle: cell(y)}
            for j, x in enumerate(xs):
                shown = text[i][j] if text and i < len(text) and j < len(text[i]) else zs[i][j]
                header = cell(x)
                row[f"{header[:1].upper()}{header[1:]} ({counted.group(1)})" if counted else header] = cell(shown)
            rows.append(row)
        return rows
    n = max(len(xs), len(ys))
    if n == 0 or all(v is None for v in xs + ys):
        return []  # a legend-only key (x=[None]): it explains marks drawn by other traces
    if not xs:
        xs = list(range(n))
    if not ys:
        ys = list(range(n))
    horizontal = trace.get("orientation") == "h"
    xnames, ynames = _tick_names(layout, xref), _tick_names(layout, yref)
    mode = _mode(trace)
    is_map = bool(_axis(layout, "yaxis" + yref[1:]).get("scaleanchor"))
    if kind == "scatter" and mode == "lines" and (n > LONG_LINE or is_map):
        def point(i):
            return f"{cell(xs[i])}, {cell(ys[i])}"
        label = values(trace.get("hovertext")) or values(trace.get("text"))
        if isinstance(trace.get("hovertext") or trace.get("text"), str):
            label = [trace.get("hovertext") or trace.get("text")]
        row = {**lead}
        if label:
            row.update(_text_lines(label[:1], hints.get("text"))[0])
        if is_map:  # a line on a map (a front line) is named, by its trace and its words; its ends say little
            if not label and series is None and trace.get("name"):
                row["Line"] = _text(trace["name"])
            return [row]
        row[f"Line from ({xtitle}, {ytitle})"] = point(0)
        row[f"Line to ({xtitle}, {ytitle})"] = point(n - 1)
        row["Points traced"] = cell(n)
        return [row]
    hovertext = values(trace.get("hovertext"))
    text = values(trace.get("text")) if "text" in mode or kind == "bar" else []
    if isinstance(trace.get("hovertext"), str):
        hovertext = [trace["hovertext"]] * n
    if isinstance(trace.get("text"), str) and text:
        text = [trace["text"]] * n
    custom = values(trace.get("customdata"))
    hover = custom_labels if custom else []
    base = values(trace.get("base"))
    error = {}
    with_errors = [a for a in ("error_y", "error_x") if (trace.get(a) or {}).get("visible", True) is not False
                   and trace.get(a)]
    for axis, title, main in (("error_y", ytitle, ys), ("error_x", xtitle, xs)):
        spec = trace.get(axis) or {}
        if spec.get("visible", True) is False or not spec:
            continue
        plus = values(spec.get("array"))
        minus = plus if spec.get("symmetric", "arrayminus" not in spec) else values(spec.get("arrayminus"))
        def shifted(deltas, sign, main=main):
            return [m + sign * d if isinstance(m, (int, float)) and isinstance(d, (int, float)) else None
                    for m, d in zip(main, deltas, strict=False)]
        # an error bar here is the range of an estimate: its lowest and highest values
        prefix = f"{title}: l" if len(with_errors) > 1 else "L"
        if minus and any(isinstance(d, (int, float)) and d for d in minus):
            error[f"{prefix}owest estimate"] = shifted(minus, -1)
        prefix = f"{title}: h" if len(with_errors) > 1 else "H"
        if plus and any(isinstance(d, (int, float)) and d for d in plus):
            # a bar only upwards from the mark: the mark is a range's low end, the bar reaches its top
            one_sided = not any(isinstance(d, (int, float)) and d for d in minus or [])
            top = f"{title}: top of the range" if len(with_errors) > 1 else "Top of the range"
            error[top if one_sided else f"{prefix}ighest estimate"] = shifted(plus, 1)
    described = _text_lines(hovertext[:n], hints.get("text")) if hovertext else []
    rows = []
    for i in range(n):
        x = _tick(xs[i] if i < len(xs) else None, xnames)
        y = _tick(ys[i] if i < len(ys) else None, ynames)
        row = dict(lead)
        if i < len(described):
            row.update(described[i])
        for label, k in hover:
            if i < len(custom) and isinstance(custom[i], list) and k < len(custom[i]):
                row[label] = cell(custom[i][k])
        if kind == "bar" and base and i < len(base) and _date(base[i]) is not None:
            start = _date(base[i])
            span = xs[i] if horizontal else ys[i]
            end = start + timedelta(milliseconds=float(span)) if isinstance(span, (int, float)) else start
            axis_title = xtitle if horizontal else ytitle
            other, other_title = (y, ytitle) if horizontal else (x, xtitle)
            row[other_title] = cell(other)
            row[f"{axis_title}: from"] = _date_text(start)
            # a time-line bar covers its whole last day: it ends at the midnight after that day
            whole_days = end - start >= timedelta(days=1) and (end.hour, end.minute) == (0, 0)
            row[f"{axis_title}: to"] = _date_text(end - timedelta(days=1) if whole_days else end)
        elif is_map:  # a place on a map: one position, as the line summaries give theirs
            row[f"Position ({xtitle}, {ytitle})"] = f"{cell(x)}, {cell(y)}"
        elif horizontal:
            row[ytitle] = cell(y)
            row[xtitle] = cell(x)
        else:
            row[xtitle] = cell(x)
            row[ytitle] = cell(y)
        for title, highs in error.items():
            row[title] = cell(highs[i]) if i < len(highs) else ""
        if text and i < len(text) and text[i] not in (None, ""):
            shown = cell(text[i])
            if shown not in row.values():
                row["Description" if "Description" not in row else "Label on the chart"] = shown
        rows.append(row)
    return rows


def _caption(layout: dict) -> str:
    title = layout.get("title")
    text = _text(title.get("text") if isinstance(title, dict) else title or "")
    match = re.match(r"^(Figure\s+[A-Z]?\d+(?:\.\d+)?)\.?\s*[·:]?\s+(.+)$", text)
    if match:
        return f"Data table for {match.group(1)}: {match.group(2)}"
    return f"Data table for the chart: {text}" if text else "Data table for the chart"


def _series_in_hover(traces: list) -> str:
    """The name a chart's px call gave its colour argument: the hover's fixed "Group=<trace name>"."""
    labels = None
    for trace in traces:
        if not trace.get("name"):
            continue
        fixed = _hover_parts(trace)[2]
        own = {label for label, value in fixed.items() if value == _text(trace["name"])}
        labels = own if labels is None else labels & own
    return sorted(labels)[0] if labels else ""


def _frame_label(layout: dict) -> tuple[str, dict]:
    """The column name for an animated chart's frames, and {frame name: slider label}."""
    labels, prefix = {}, ""
    for slider in layout.get("sliders") or []:
        prefix = _text(((slider.get("currentvalue") or {}).get("prefix")) or "") or prefix
        for step in slider.get("steps") or []:
            args = step.get("args") or []
            names = args[0] if args and isinstance(args[0], list) else []
            if names and names[0] is not None:
                labels[str(names[0])] = _text(step.get("label", names[0]))
    prefix = prefix.rstrip(": ").strip()
    return (prefix[:1].upper() + prefix[1:]) if prefix else "Frame", labels


def figure_table(figure: dict) -> tuple[str, list[str], list[list[str]]]:
    """(caption, column headers, rows of text) for a chart's JSON (see the module's docstring)."""
    layout = figure.get("layout") or {}
    data = figure.get("data") or []
    legend_names = {t.get("name") for t in data if t.get("showlegend", True) is not False and t.get("name")}
    legend_title = layout.get("legend", {}).get("title") if isinstance(layout.get("legend"), dict) else None
    kept = [i for i, t in enumerate(data) if not _is_context(t, legend_names) and
            t.get("type", "scatter") in ("scatter", "scattergl", "bar", "heatmap")]
    series_label = _text((legend_title or {}).get("text", "") if isinstance(legend_title, dict) else
                         legend_title or "") or _series_in_hover([data[i] for i in kept]) or \
        _hints(layout).get("series") or "Series"
    named = {data[i].get("name") for i in kept if data[i].get("name")}
    with_series = len(named) > 1
    table = _Rows()
    frames = figure.get("frames") or []
    if frames:
        frame_column, labels = _frame_label(layout)
        seen = set()
        for frame in frames:
            indices = frame.get("traces") or list(range(len(frame.get("data") or [])))
            for index, part in zip(indices, frame.get("data") or [], strict=False):
                if index >= len(data) or index not in kept:
                    continue
                trace = {**data[index], **{k: v for k, v in part.items() if v is not None}}
                series = trace.get("name") if with_series else None
                for row in _trace_rows(trace, layout, series, series_label):
                    key = tuple(sorted(row.items()))
                    if key in seen:
                        continue  # shown in an earlier frame already (frames that add, not replace)
                    seen.add(key)
                    table.add({frame_column: labels.get(str(frame.get("name")), _text(frame.get("name", ""))), **row})
        animated = {i for f in frames for i in (f.get("traces") or range(len(f.get("data") or [])))}
        still = [i for i in kept if i not in animated]
    else:
        still = kept
    for index in still:
        trace = data[index]
        series = trace.get("name") if with_series else None
        for row in _trace_rows(trace, layout, series, series_label):
            table.add(row)
    columns = _useful_columns(table)
    # the hover's own written date ("August 1945", "5 to 9 July 1950") is kept, and the axis dates (a day
    # the data does not claim when only the month is known) are dropped
    dated = [c for c in columns if c.lower() in ("when", "date", "dates")]
    if dated:
        written = any(not _all_dates(table, c) for c in dated)  # the hover's own words: the axis dates go
        columns = [c for c in columns if not _all_dates(table, c) or (c in dated and not written)]
        if not written:  # two columns of written-out dates the same in every row but where one is blank
            columns = [c for c in columns if c not in dated[1:] or
                       any(row.get(c, "") != row.get(dated[0], "") for row in table.rows if row.get(c, ""))]
    headers = [c[:1].upper() + c[1:] for c in columns]
    return _caption(layout), headers, [[row.get(c, "") for c in columns] for row in table.rows]


def _all_dates(table: _Rows, column: str) -> bool:
    content = [row.get(column, "") for row in table.rows if row.get(column, "")]
    return bool(content) and all(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}( \d{2}:\d{2})?", v) for v in content)


_GENERIC = ("Series", "Item", "Value", "Description")


def _useful_columns(table: _Rows) -> list[str]:
    """Drop columns that are empty in every row or repeat an earlier column word for word; where the
    earlier one has only a generic name ("Series") and the repeat a real one, the real name is kept."""
    kept, contents = [], []
    for column in table.columns:
        content = [row.get(column, "") for row in table.rows]
        if not any(content):
            continue
        if content in contents:
            earlier = contents.index(content)
            if kept[earlier] in _GENERIC and column not in _GENERIC:
                for row in table.rows:
                    row[column] = row.get(kept[earlier], "")
                kept[earlier] = column
            continue
        kept.append(column)
        contents.append(content)
    return kept


_NUMBER = re.compile(r"[+-]?[\d,]+(\.\d+)?%?")
# inline too: JupyterLab's sanitizer drops <style> elements from an untrusted notebook's outputs, and then
# its own stylesheet right-aligns every cell; an inline text-align is kept
_ALIGN = {True: "text-align: right; font-variant-numeric: tabular-nums", False: "text-align: left"}
# words read from the left, numbers line up on the right (JupyterLab and nbconvert right-align every cell)
_STYLE = (".nk-data-table summary { cursor: pointer; padding: 4px 0; }"
          " .nk-data-table td, .nk-data-table th { text-align: left; vertical-align: top; }"
          " .nk-data-table td.nk-num { text-align: right; font-variant-numeric: tabular-nums; }")


def table_html(caption: str, columns: list[str], rows: list[list[str]]) -> str:
    """The disclosure: a summary naming the figure, then the table in a labelled region that scrolls
    (and can be scrolled by keyboard) when the table is wider or longer than the page allows."""
    numeric = [bool(rows) and all(_NUMBER.fullmatch(row[k]) or not row[k] for row in rows) and
               any(row[k] for row in rows) for k in range(len(columns))]
    head = "".join(f'<th scope="col" style="{_ALIGN[num]}">{escape(c)}</th>' for c, num in zip(columns, numeric,
                                                                                              strict=True))
    body = "".join("<tr>" + "".join(f'<td class="nk-num" style="{_ALIGN[True]}">{escape(v)}</td>' if num else
                                    f'<td style="{_ALIGN[False]}">{escape(v)}</td>'
                                    for v, num in zip(row, numeric, strict=True)) + "</tr>" for row in rows)
    label = escape(caption, quote=True)
    return (f"<style>{_STYLE}</style>"
            f'<details class="nk-data-table nk-keep-keys"><summary>{escape(caption)}</summary>'
            f'<div class="nk-data-table-scroll" role="region" aria-label="{label}" tabindex="0" '
            f'style="overflow: auto; max-width: 100%; max-height: 28em">'
            f'<table><caption>{escape(caption)} ({len(rows)} rows)</caption>'
            f'<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div></details>')


def data_table(figure: dict) -> dict | None:
    """The display bundle of a chart's data table ({'text/html': …, 'text/plain': …}), or None for a
    chart with nothing to tabulate."""
    caption, columns, rows = figure_table(figure)
    if not rows or not columns:
        return None
    return {"text/html": table_html(caption, columns, rows),
            "text/plain": f"{caption} ({len(rows)} rows)"}
