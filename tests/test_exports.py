"""HTML exports keep every chart and need no network; the notebooks themselves stay small.

The course's nbconvert template (nkcourse/templates/nkcourse, see nkcourse/export.py) is used by
`make export`, by `jupyter nbconvert --to html` with the course's Jupyter config, and by JupyterLab's
"Save and Export Notebook As → HTML" (the server's nbconvert handler, same config).
"""

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbconvert import HTMLExporter

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "browser"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import export_html  # noqa: E402
from offline_html import remote_resources  # noqa: E402

from nkcourse.export import PLOTLY_MIME  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = export_html.course_notebooks()
CONFIG = ROOT / "jupyter-config"


def charts_in(path: Path) -> int:
    notebook = nbformat.read(path, as_version=4)
    return sum(PLOTLY_MIME in output.get("data", {}) for cell in notebook.cells for output in cell.get("outputs", []))


def drawn_in(page: str) -> int:
    return page.count("Plotly.newPlot(")


def small_notebook() -> nbformat.NotebookNode:
    """A notebook with one stored chart, as the course stores them (Plotly JSON only)."""
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("fig")
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        PLOTLY_MIME: {"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 2]}], "layout": {"title": {"text": "T"}}},
        "text/plain": "Figure"})]
    notebook.cells = [nbformat.v4.new_markdown_cell("# A lesson"), cell]
    return notebook


def test_there_are_notebooks_with_charts():
    assert sum(charts_in(p) for p in NOTEBOOKS) > 0


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[str(p.relative_to(ROOT)) for p in NOTEBOOKS])
def test_the_export_of_every_notebook_draws_each_of_its_charts(path):
    page, _ = export_html.exporter().from_filename(str(path))
    assert drawn_in(page) == charts_in(path)
    if charts_in(path):
        assert page.count("window.Plotly = Plotly") == 1  # the installed plotly.js, once
    assert remote_resources(page) == []


def test_exports_show_the_exercises_with_hints_but_keep_the_answers_back():
    notebook = small_notebook()
    notebook.cells.append(nbformat.v4.new_code_cell('nk.show("demo_single")'))
    notebook.cells[-1].outputs = [nbformat.v4.new_output("display_data", data={
        "application/vnd.jupyter.widget-view+json": {"model_id": "x", "version_major": 2, "version_minor": 0},
        "text/plain": "Exercise demo_single"})]
    page, _ = export_html.exporter().from_notebook_node(notebook)
    assert "id=\"exercise-demo_single\"" in page.replace("'", '"')
    assert "Hint 1" in page and "Show the answer" not in page
    assert "application/vnd.jupyter.widget-view+json" not in page


def test_nbconvert_alone_drops_the_charts_which_is_why_the_template_exists():
    page, _ = HTMLExporter(template_name="lab").from_notebook_node(small_notebook())
    assert drawn_in(page) == 0
    assert remote_resources(page)  # and it reaches for CDNs (require.js, MathJax)


def test_the_export_carries_the_installed_plotly_js_and_leaves_the_notebook_small():
    import plotly

    notebook = small_notebook()
    before = json.dumps(notebook)
    page, _ = export_html.exporter().from_notebook_node(notebook)
    assert f"plotly.js v{plotly.offline.get_plotlyjs_version()}" in page
    assert json.dumps(notebook) == before  # the export adds nothing to the notebook


def test_a_site_can_load_plotly_js_from_a_relative_address():
    from traitlets.config import Config

    config = Config()
    config.PlotlyHTMLPreprocessor.plotly_js_url = "../_static/plotly.min.js"
    page, _ = export_html.exporter(config=config).from_notebook_node(small_notebook())
    assert '<script src="../_static/plotly.min.js"></script>' in page and "window.Plotly = Plotly" not in page


def test_jupyter_nbconvert_with_the_course_config_keeps_the_charts(tmp_path):
    path = next(p for p in NOTEBOOKS if charts_in(p))
    env = {**os.environ, "JUPYTER_CONFIG_PATH": str(CONFIG)}
    subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", str(path), "--output-dir",
                    str(tmp_path)], env=env, check=True, capture_output=True, timeout=120)
    page = (tmp_path / (path.stem + ".html")).read_text(encoding="utf-8")
    assert drawn_in(page) == charts_in(path) and remote_resources(page) == []


def test_jupyterlab_menu_export_keeps_the_charts(tmp_path):
    """The menu's "Export Notebook As → HTML" fetches /nbconvert/html/<path> from the server."""
    from labdriver import LabServer

    root = tmp_path / "course"
    root.mkdir()
    path = next(p for p in NOTEBOOKS if charts_in(p))
    (root / path.name).write_bytes(path.read_bytes())
    server = LabServer(home=tmp_path / "home", root=root).start()
    try:
        url = f"{server.base_url}/nbconvert/html/{urllib.parse.quote(path.name)}?download=true&token={server.token}"
        with urllib.request.urlopen(url, timeout=120) as response:
            page = response.read().decode("utf-8")
    finally:
        server.stop()
    assert drawn_in(page) == charts_in(path) and remote_resources(page) == []


def test_the_renderer_can_be_chosen_by_an_environment_variable(monkeypatch):
    import importlib

    import plotly.io as pio

    import nkcourse.style

    def renderer(value):
        monkeypatch.setenv("NKCOURSE_PLOTLY_RENDERER", value)
        importlib.reload(nkcourse.style)
        return pio.renderers.default

    try:
        assert renderer("notebook") == "notebook"
        assert renderer("no_such_renderer") == "plotly_mimetype"
        assert renderer("") == "plotly_mimetype"
    finally:
        monkeypatch.delenv("NKCOURSE_PLOTLY_RENDERER")
        importlib.reload(nkcourse.style)


def test_the_remote_resource_check_finds_cdn_scripts_styles_and_imports():
    page = ('<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//cdn.example/a.css">'
            '<style>@import "https://fonts.example/f.css"; b{background:url(http://x.example/i.png)}</style>'
            '<script type="module">import("https://cdn.example/m.mjs")</script>'
            '<script src="_static/plotly.min.js"></script><a href="https://example.org/">a link is fine</a>')
    assert len(remote_resources(page)) == 5
