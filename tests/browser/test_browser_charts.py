"""Every chart of the lessons keeps all its text (title, axis titles, tick labels, legend, notes and the
source line) inside the drawn chart, in a JupyterLab window 1280 px wide and in a narrower one of 900 px.

Each lesson is run (Run All Cells) as a learner would, and each chart scrolled into view; a
text that runs past the edge of the chart's SVG, or a chart wider than its output area, is clipped.
"""

from __future__ import annotations

import pytest
from labdriver import RENDER_TIMEOUT, REPO, RUN_TIMEOUT, course_notebooks, expected_from_ipynb

LESSONS = [p for p in course_notebooks() if p.parts[0] == "notebooks"
           and expected_from_ipynb(REPO / p).charts > 0]
WIDTHS = (1280, 900)

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 240)

_CHARTS_JS = """() => document.querySelectorAll(
  '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output.js-plotly-plot').length"""

# For chart number n: its title and every text that reaches outside the chart's SVG (or a chart wider
# than the output area that holds it), with 2 px of tolerance for anti-aliasing.
_CLIPPED_JS = """(n) => {
  const plots = document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output.js-plotly-plot');
  const plot = plots[n];
  const svg = plot && plot.querySelector('.main-svg');
  if (!svg) return {title: '(chart ' + n + ' not drawn)', clipped: ['not drawn']};
  const box = svg.getBoundingClientRect();
  const area = plot.closest('.jp-OutputArea').getBoundingClientRect();
  const title = (plot.querySelector('.gtitle') || {}).textContent || '(no title)';
  const clipped = [];
  if (box.right > area.right + 2) clipped.push('chart wider than its output area');
  const texts = plot.querySelectorAll('.gtitle, .g-xtitle text, .g-ytitle text, .annotation-text, '
    + '.legendtext, .xtick text, .ytick text, .slider-group text, .updatemenu-button text');
  texts.forEach(t => {
    const r = t.getBoundingClientRect();
    if (!r.width || !r.height || !t.textContent.trim()) return;
    if (r.left < box.left - 2 || r.right > box.right + 2 || r.top < box.top - 2 || r.bottom > box.bottom + 2) {
      const gaps = [r.left - box.left, box.right - r.right, r.top - box.top, box.bottom - r.bottom];
      clipped.push(t.textContent.trim().slice(0, 70) + ' [' + gaps.map(Math.round).join(', ') + ']');
    }
  });
  return {title: title.slice(0, 70), clipped};
}"""


@pytest.mark.parametrize("width", WIDTHS, ids=[f"{w}px" for w in WIDTHS])
@pytest.mark.parametrize("relpath", LESSONS, ids=[str(p) for p in LESSONS])
def test_chart_text_is_not_clipped(lab, relpath, width):
    lab.page.set_viewport_size({"width": width, "height": 900})
    lab.open(relpath.as_posix(), lab.workspace)
    lab.run_all()
    lab.wait_rendered(RENDER_TIMEOUT)
    expected = expected_from_ipynb(REPO / relpath).charts
    plots = lab.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output.js-plotly-plot")
    problems = []
    for n in range(expected):
        plots.nth(n).scroll_into_view_if_needed(timeout=RENDER_TIMEOUT * 1000)
        lab.page.wait_for_timeout(400)  # a chart re-lays itself out when it comes into view
        found = lab.page.evaluate(_CLIPPED_JS, n)
        if found["clipped"]:
            problems.append(f"{found['title']!r}: {found['clipped']}")
    assert lab.page.evaluate(_CHARTS_JS) == expected, "not every stored chart was drawn"
    assert problems == [], f"{relpath} at {width} px, text outside the chart:\n  - " + "\n  - ".join(problems)
