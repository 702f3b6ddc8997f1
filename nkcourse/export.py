"""HTML exports that keep the charts, offline.

A chart in a course notebook is stored as Plotly's JSON (`application/vnd.plotly.v1+json`), which
nbconvert's HTML exporter (and JupyterLab's "Save and Export Notebook As → HTML", the same exporter)
drops. The nbconvert template `nkcourse` (in nkcourse/templates/, made findable by the course's Jupyter
config) runs `PlotlyHTMLPreprocessor` below: every such output gains an HTML form that draws the same
chart, and the page loads plotly.js once, from the installed plotly package, never from a CDN. The
template also leaves out nbconvert's CDN scripts (require.js, MathJax, mermaid), which the course does
not use, so an export opens complete with no network. The notebooks themselves stay small: nothing is
added to them, only to the export.

    jupyter nbconvert --to html --template nkcourse notebooks/01_founding.ipynb

(with the course's Jupyter config, `make export` and JupyterLab's menu use this template by default).
"""

from __future__ import annotations

import html
from pathlib import Path

import plotly.io as pio
from nbconvert.preprocessors import Preprocessor
from plotly.offline import get_plotlyjs
from traitlets import Unicode

PLOTLY_MIME = "application/vnd.plotly.v1+json"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def chart_html(figure: dict) -> str:
    """The HTML that draws one stored chart, assuming plotly.js is on the page."""
    return pio.to_html(figure, include_plotlyjs=False, full_html=False, validate=False,
                       default_width="100%", default_height="525px")


class PlotlyHTMLPreprocessor(Preprocessor):
    """Give every Plotly JSON output an HTML form, and put plotly.js on the page once."""

    plotly_js_url = Unicode(
        "", help="Load plotly.js from this address (e.g. a relative path in a static site) instead of "
                 "writing the installed plotly package's copy into the page.",
    ).tag(config=True)

    def preprocess(self, nb, resources):
        charts = 0
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if PLOTLY_MIME in data and "text/html" not in data:
                    data["text/html"] = chart_html(data[PLOTLY_MIME])
                    charts += 1
        resources["nkcourse_charts"] = charts
        if not charts:
            resources["nkcourse_plotly_js"] = ""
        elif self.plotly_js_url:
            resources["nkcourse_plotly_js"] = f'<script src="{html.escape(self.plotly_js_url)}"></script>'
        else:
            bundle = get_plotlyjs().replace("</script", "<\\/script")
            resources["nkcourse_plotly_js"] = f"<script>{bundle}</script>"
        return nb, resources
