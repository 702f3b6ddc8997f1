"""After a restart, a reopened notebook or a culled kernel, every exercise shows a line saying to run its
cell, not "Error displaying widget: model not found" (issue 11).

Reproduced as a learner meets it: Run All, save, the kernel goes away (a restart or a hub's culler),
the page is reloaded. The widget manager then leaves its error text in every widget output; the course's
front-end piece (nkcourse/labextension) hides that text and shows the line instead.
"""

from __future__ import annotations

import json
import shutil

import pytest
from labdriver import REPO, RUN_TIMEOUT, WIDGET_MIME, open_lab_page

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 180)

DEMO = REPO / "exercises" / "00_exercise_kinds.ipynb"
LINE = "Run this cell to show its exercise or table here"

# the widget renderer's outputs (it marks them jupyter-widgets, and sets no data-mime-type)
_WIDGET_OUTPUTS_JS = """() => [...document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output.jupyter-widgets')].map(o => ({
  text: o.textContent, elements: o.children.length,
  after: getComputedStyle(o, '::after').content, size: getComputedStyle(o).fontSize}))"""


def test_a_reopened_notebook_shows_a_line_to_run_the_cell_not_an_error(browser, lab_server, screenshots_dir):
    target = lab_server.root / "exercises" / "_browser_reopen.ipynb"
    shutil.copyfile(DEMO, target)
    relpath = target.relative_to(lab_server.root).as_posix()
    context, lab = open_lab_page(browser, lab_server)
    try:
        lab.open(relpath, lab.workspace)
        lab.run_all()
        assert lab.report().problems() == []
        lab.menu("File", "Save Notebook")
        lab.page.wait_for_function(
            "() => !document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)').title.includes('*') &&"
            " !document.querySelector('.jp-mod-dirty')", timeout=20_000)
        saved = json.loads(target.read_text(encoding="utf-8"))
        stored = sum(WIDGET_MIME in o.get("data", {}) for c in saved["cells"] for o in c.get("outputs", []))
        assert stored >= 9, "the saved notebook should hold the exercises' widget outputs"

        lab_server.shutdown_sessions(wait=True)  # the kernel is gone, as after a restart or a hub's culler
        lab.page.reload(wait_until="domcontentloaded")
        lab.page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=RUN_TIMEOUT * 1000)
        lab.accept_kernel_dialog()
        lab.wait_kernel_idle()
        lab.page.wait_for_function(
            f"() => ({_WIDGET_OUTPUTS_JS})().filter(o => o.text.includes('model not found')).length === {stored}",
            timeout=30_000)
        outputs = lab.page.evaluate(_WIDGET_OUTPUTS_JS)
    finally:
        try:
            lab.screenshot(screenshots_dir / "exercises" / "reopened_after_restart.png")
        finally:
            context.close()
            lab_server.shutdown_sessions()
    assert len(outputs) == stored
    for output in outputs:
        assert output["elements"] == 0 and "model not found" in output["text"]  # what the widget manager left
        assert LINE in output["after"], output  # ... and what the learner sees instead
        assert output["size"] == "0px", output  # the error text itself is not shown
