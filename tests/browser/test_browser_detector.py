"""The browser checks can fail: deliberately broken notebooks, run the same way as the course's own,
must be reported as broken (an error, a chart or widget that does not draw, a request to the internet),
and a healthy one must not be.
"""

from __future__ import annotations

import re
import warnings

import nbformat
import pytest
from labdriver import Expected, expected_from_ipynb

pytestmark = pytest.mark.timeout(240)

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}

HEALTHY = [
    "import plotly.graph_objects as go\n"
    "go.Figure(go.Scatter(x=[1945, 1950, 1953], y=[1, 3, 2]), layout_title_text='A healthy chart')",
    "import ipywidgets as widgets\nwidgets.IntSlider(description='Year', min=1945, max=1970)",
    "import sys\nprint('a warning on stderr is not an error', file=sys.stderr)",
    "print('done')",
]

# Run All goes on past cells tagged "raises-exception", so one notebook can show several faults.
BROKEN = [
    ("raises", "raise ValueError('deliberately broken cell')"),
    ("widget", "from IPython.display import display\n"
               "display({'application/vnd.jupyter.widget-view+json':"
               " {'model_id': 'no-such-model', 'version_major': 2, 'version_minor': 0}}, raw=True)"),
    ("online", "from IPython.display import HTML\nHTML('<img src=\"https://example.org/nk-offline-probe.png\">')"),
    ("label", "import ipywidgets as widgets\n"
              "widgets.VBox([widgets.Dropdown(options=['1', '2'], description='A label far too long ' * 8)],"
              " layout=widgets.Layout(width='400px'))"),
    ("geo", "import plotly.graph_objects as go\n"
            "go.Figure(go.Scattergeo(lon=[125.75], lat=[39.03], text=['Pyongyang']))"),
    ("fine", "print('the cells after a tagged error still run')"),
]

# Run All sends every cell's request at once and the kernel aborts those already queued when one fails. The first
# cell waits, so that the third cell's request is queued before the error even on a loaded machine: without it,
# cell 3 was once run (the request came after the kernel had stopped aborting).
STOPS = [
    "import time\ntime.sleep(2)",
    "1 +",  # a SyntaxError: IPython shows no 'Traceback' line for it
    "print('never reached')",
]


def write_notebook(folder, name, sources, tags=None):
    notebook = nbformat.v4.new_notebook(metadata={"kernelspec": KERNELSPEC})
    for number, source in enumerate(sources):
        cell = nbformat.v4.new_code_cell(source)
        if tags and tags[number]:
            cell.metadata["tags"] = [tags[number]]
        notebook.cells.append(cell)
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / name)
    return f"{folder.name}/{name}"


def run(lab, relpath):
    lab.open(relpath, lab.workspace)
    lab.run_all()
    return lab.report(render_timeout=5)  # the broken widget never draws: do not wait long for it


def test_a_healthy_notebook_passes(lab, lab_server):
    relpath = write_notebook(lab_server.root / "_selftest", "healthy.ipynb", HEALTHY)
    report = run(lab, relpath)
    assert report.problems() == []
    assert (report.charts, report.charts_drawn, report.widgets, report.widgets_drawn) == (1, 1, 1, 1)
    assert report.executed == report.code_cells == len(HEALTHY)
    assert report.stderr and not report.error_texts
    assert lab.external == []

    # A notebook committed with two charts and two widgets, of which the page now shows one each.
    promised = Expected(code_cells=4, executed=True, chart_cells=2, charts=2, widget_cells=2, widgets=2)
    problems = " ".join(report.problems(promised))
    assert "the page shows 1 Plotly charts, the committed notebook has 2" in problems
    assert "the page shows 1 widget outputs, the committed notebook has 2" in problems


def test_errors_broken_widgets_and_online_requests_are_detected(lab, lab_server):
    names, sources = zip(*BROKEN, strict=True)
    tags = ["raises-exception" if name == "raises" else None for name in names]
    report = run(lab, write_notebook(lab_server.root / "_selftest", "broken.ipynb", sources, tags))
    for attempt in (2, 3):
        if report.executed == report.code_cells:
            break
        # After the chart tests, on a slow machine, Run All has stopped after the fourth cell with the kernel idle
        # and no untagged error (seen twice on 2026-12-01; not when this module runs alone), and once (CI,
        # 2026-12-06) the repeated run then found the outputs slow to clear. So the run is repeated on a fresh
        # copy, in a fresh kernel, up to twice: what is checked below is the detector, not that flake, whose
        # cause is not yet known.
        warnings.warn(f"Run All ran {report.executed} of {report.code_cells} cells of the broken notebook; "
                      f"run again on a fresh copy (attempt {attempt})", stacklevel=1)
        lab.external.clear()  # what is checked below is the requests of the run that is checked
        report = run(lab, write_notebook(lab_server.root / "_selftest", f"broken{attempt}.ipynb", sources, tags))
    problems = "\n".join(report.problems())

    assert "cell 1 raised ValueError: deliberately broken cell" in problems
    assert re.search(r"an error is shown in the page: .*ValueError", problems)
    # ipywidgets shows "Loading widget..." for ever when the model does not exist
    assert re.search(r"widgets failed to display: \[.(Loading widget|Error displaying widget)", problems)
    assert "1 widget labels do not fit their row" in problems and "A label far too long" in problems
    assert report.executed == report.code_cells == len(BROKEN)
    # the image, and the world map Plotly's geo traces fetch from its CDN (they render blank offline)
    assert lab.external[0] == "https://example.org/nk-offline-probe.png"
    assert any(url.startswith("https://cdn.plot.ly/") for url in lab.external), lab.external


def test_an_error_that_stops_the_run_is_detected(lab, lab_server):
    relpath = write_notebook(lab_server.root / "_selftest", "stops.ipynb", STOPS)
    report = run(lab, relpath)
    problems = "\n".join(report.problems())
    assert "cell 2 raised SyntaxError" in problems
    assert "1 of 3 code cells have no execution count: cell 3 \"print('never reached')\"" in problems


def test_expected_counts_come_from_the_stored_outputs(tmp_path):
    chart = {"output_type": "display_data", "metadata": {},
             "data": {"application/vnd.plotly.v1+json": {"data": [], "layout": {}}, "text/html": ""}}
    widget = {"output_type": "display_data", "metadata": {},
              "data": {"application/vnd.jupyter.widget-view+json": {"model_id": "m"}, "text/plain": ""}}
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# x"),
                      nbformat.v4.new_code_cell("fig; fig", execution_count=1),
                      nbformat.v4.new_code_cell("w", execution_count=2),
                      nbformat.v4.new_code_cell("   ")]
    notebook.cells[1].outputs = [nbformat.from_dict(chart), nbformat.from_dict(chart)]
    notebook.cells[2].outputs = [nbformat.from_dict(widget)]
    nbformat.write(notebook, tmp_path / "n.ipynb")
    assert expected_from_ipynb(tmp_path / "n.ipynb") == Expected(
        code_cells=2, executed=True, chart_cells=1, charts=2, widget_cells=1, widgets=1)
