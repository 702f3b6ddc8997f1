"""HTML exports that keep the charts, offline.

A chart in a course notebook is stored as Plotly's JSON (`application/vnd.plotly.v1+json`), which
nbconvert's HTML exporter (and JupyterLab's "Save and Export Notebook As → HTML", the same exporter)
drops. The nbconvert template `nkcourse` (in nkcourse/templates/, made findable by the course's Jupyter
config) runs `PlotlyHTMLPreprocessor` below: every such output gains an HTML form that draws the same
chart, and the page loads plotly.js once, from the installed plotly package, never from a CDN. The
template also turns the exercise widgets (which need a kernel) into the questions with their hints,
and leaves out nbconvert's CDN scripts (require.js, MathJax, mermaid), which the course does
not use, so an export opens complete with no network. The notebooks themselves stay small: nothing is
added to them, only to the export.

    jupyter nbconvert --to html --template nkcourse notebooks/01_founding.ipynb

(with the course's Jupyter config, `make export` and JupyterLab's menu use this template by default).
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

import plotly.io as pio
from plotly.offline import get_plotlyjs

PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
SHOW = re.compile(r"""^\s*(?:nk|nkcourse)\.show\(\s*["']([A-Za-z0-9_]+)["']\s*\)\s*;?\s*$""")
SHOW_BANK = re.compile(r"""^\s*(?:nk|nkcourse)\.(?:quiz\.)?show_bank\(\s*["']([^"']+)["']\s*\)\s*;?\s*$""")
TEMPLATES = Path(__file__).resolve().parent / "templates"


# Run after plotly.js has drawn a chart: its SVG (tick labels, legend, title as loose text) is hidden from
# screen readers, which read the chart's name (the figure's aria-label) and its text alternative instead.
# The toolbar is not inside the SVG, so its buttons stay reachable and named.
_HIDE_SVG = """var gd = document.getElementById('{plot_id}');
var hide = function () {
  gd.querySelectorAll('svg.main-svg').forEach(function (s) { s.setAttribute('aria-hidden', 'true'); });
};
hide(); if (gd.on) { gd.on('plotly_afterplot', hide); }"""


def chart_title(figure: dict) -> str:
    """The chart's title as plain text: the layout title without its line breaks and HTML tags."""
    title = (figure.get("layout") or {}).get("title")
    text = title.get("text") if isinstance(title, dict) else title
    text = re.sub(r"<br\s*/?>", " ", str(text or ""), flags=re.IGNORECASE)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def chart_config(figure: dict) -> dict:
    """The config the chart was stored with (the course's trimmed toolbar, no logo linking off the
    course), resizing with the page."""
    return {"responsive": True, **(figure.get("config") or {})}


def chart_html(figure: dict) -> str:
    """The HTML that draws one stored chart, assuming plotly.js is on the page: a figure named by the
    chart's title, drawn with the chart's own config."""
    drawn = pio.to_html({k: v for k, v in figure.items() if k != "config"}, config=chart_config(figure),
                        include_plotlyjs=False, full_html=False, validate=False, post_script=_HIDE_SVG,
                        default_width="100%", default_height="525px")
    title = chart_title(figure)
    label = f' aria-label="{html.escape(title)}"' if title else ""
    return f'<div class="nk-chart" role="figure"{label}>{drawn}</div>'


def add_chart_html(nb, resources, plotly_js_url: str = ""):
    """Give every Plotly JSON output an HTML form, and put plotly.js on the page once (the installed
    package's copy, or a <script> that loads it from `plotly_js_url`)."""
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
    elif plotly_js_url:
        resources["nkcourse_plotly_js"] = f'<script src="{html.escape(plotly_js_url)}"></script>'
    else:
        bundle = get_plotlyjs().replace("</script", "<\\/script")
        resources["nkcourse_plotly_js"] = f"<script>{bundle}</script>"
    return nb, resources


# --- exercises, from the banks: a static form of what nk.show() draws as widgets ------------------------

def markdown_html(text) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(str(text))


def _sources(ids) -> str:
    if not ids:
        return ""
    from nkcourse.data import short_cite

    return f"<p class='nk-sources'>Sources: {html.escape(short_cite(list(ids)))}.</p>"


def _options(options) -> str:
    return "<ol type='A'>" + "".join(f"<li>{markdown_html(o['text'])}</li>" for o in options) + "</ol>"


def _feedback_list(rows) -> str:
    """A list of (what, its feedback) pairs: `what` is HTML, the feedback plain text."""
    return "<ul class='nk-feedback'>" + "".join(
        f"<li>{what}" + (f" — {html.escape(str(feedback))}" if feedback else "") + "</li>"
        for what, feedback in rows) + "</ul>"


def _feedback(options) -> str:
    return _feedback_list((("✔ " if o.get("correct") else "✘ ") + html.escape(str(o["text"])), o.get("feedback"))
                          for o in options)


def _number(ex) -> str:
    unit = f" {html.escape(str(ex.get('unit', '')))}" if ex.get("unit") else ""
    tolerance = f" (± {ex['tolerance']}{unit})" if ex.get("tolerance") else ""
    return f"<p><b>{html.escape(str(ex['answer']))}{unit}</b>{tolerance}</p>"


VERDICTS = {"accurate": "Accurate", "partly_accurate": "Partly accurate", "misleading": "Misleading",
            "inaccurate": "Inaccurate", "unverifiable": "Cannot be verified"}


def exercise_html(ex: dict, answers: bool = True) -> str:
    """One exercise as a static question: the prompt, what to answer, its hints one by one behind
    controls, and (with `answers`) the answer, feedback and sources behind a "show" control."""
    kind = ex.get("kind", "")
    question, answer = [markdown_html(ex.get("prompt", ""))], []
    if kind in ("single", "multiple") or (kind == "chart" and ex.get("answer_type") == "choice"):
        if kind == "multiple":
            question.append("<p><i>Choose every answer that applies.</i></p>")
        question.append(_options(ex.get("options", [])))
        answer.append(_feedback(ex.get("options", [])))
    elif kind in ("numeric", "chart"):
        answer.append(_number(ex))
    elif kind == "order":
        items = sorted(ex.get("items", []), key=lambda i: str(i["text"]).lower())  # shown out of order
        question.append("<ul>" + "".join(f"<li>{html.escape(str(i['text']))}</li>" for i in items) + "</ul>")
        answer.append("<ol>" + "".join(f"<li>{html.escape(str(i['text']))} ({html.escape(str(i.get('when', '')))})"
                                       "</li>" for i in ex.get("items", [])) + "</ol>")
    elif kind == "match":
        choices = ex.get("choices") or sorted({str(p["answer"]) for p in ex.get("pairs", [])})
        question.append("<ul>" + "".join(f"<li>{html.escape(str(p['item']))}</li>" for p in ex.get("pairs", []))
                        + "</ul><p>Choose from: " + html.escape("; ".join(map(str, choices))) + "</p>")
        answer.append(_feedback_list((f"{html.escape(str(p['item']))} → <b>{html.escape(str(p['answer']))}</b>",
                                      p.get("feedback")) for p in ex.get("pairs", [])))
    elif kind == "verdict":
        question.append(f"<blockquote>{markdown_html(ex.get('claim', ''))}</blockquote>")
        question.append("<p>Verdicts: " + html.escape(", ".join(VERDICTS.values())) + ".</p><p>Evidence:</p>")
        question.append(_options(ex.get("evidence", [])))
        verdict = str(ex.get("verdict", ""))
        answer.append(f"<p>Verdict: <b>{html.escape(VERDICTS.get(verdict, verdict))}</b></p>")
        why = (ex.get("verdict_feedback") or {}).get(verdict)
        if why:
            answer.append(f"<p>{html.escape(str(why))}</p>")
        answer.append(_feedback_list((("✔ relevant: " if e.get("relevant") else "✘ not relevant: ")
                                      + html.escape(str(e["text"])), e.get("feedback"))
                                     for e in ex.get("evidence", [])))
    elif kind == "code":
        answer.append(f"<pre><code>{html.escape(str(ex.get('solution', '')))}</code></pre>")
    elif kind == "reflection":
        question.append("<p><i>Write your answer in the notebook: it is saved, not graded.</i></p>")
    if ex.get("explanation"):
        answer.append(markdown_html(ex["explanation"]))
    answer.append(_sources(ex.get("sources")))
    hints = "".join(f"<details class='nk-hint'><summary>Hint {n}</summary>{markdown_html(h)}</details>"
                    for n, h in enumerate(ex.get("hints", []), start=1))
    shown = (f"<details class='nk-answer'><summary>Show the answer</summary>{''.join(answer)}</details>"
             if kind != "reflection" and answers else "")
    return (f"<section class='nk-exercise' id='exercise-{html.escape(str(ex.get('id', '')))}'>"
            f"<p class='nk-kind'>Exercise</p>{''.join(question)}{hints}{shown}</section>")


def static_exercise_cell(cell, answers: bool = False, log=None):
    """Replace the live widgets of an `nk.show("id")` or `nk.show_bank("name")` cell by the exercises as
    static questions with their hints (and, with `answers`, the answer behind a "show" control); any other
    widget output, which cannot work without a kernel, says so instead of showing nothing."""
    if cell.cell_type != "code":
        return cell
    source = cell.source.strip()
    block = None
    if SHOW.match(source) or SHOW_BANK.match(source):
        from nkcourse.quiz.bank import BankError, find_exercise, load_bank

        try:
            if SHOW.match(source):
                block = exercise_html(find_exercise(SHOW.match(source).group(1)), answers)
            else:
                bank = load_bank(SHOW_BANK.match(source).group(1))
                block = f"<h3>{html.escape(bank.title)}</h3>" + "".join(
                    exercise_html(ex, answers) for ex in bank.exercises)
        except BankError as error:  # an exercise that no bank holds: say so, never stop the export
            if log:
                log.warning("%s", error)
            block = f"<p class='nk-live'>{html.escape(str(error))}</p>"
    if block is not None:
        import nbformat

        cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": block})]
        cell.metadata.setdefault("tags", []).append("nk-exercise")
    for output in cell.get("outputs", []):
        if WIDGET_MIME in output.get("data", {}):
            output["data"] = {"text/html": "<p class='nk-live'>An interactive control is here when the "
                                           "notebook runs in JupyterLab.</p>"}
    return cell


# --- the page as a whole, after nbconvert has written it ----------------------------------------------

TEXT_ALTERNATIVE = "Text alternative:"  # how the lessons open a chart's text alternative: *Text alternative:* ...


def _is_text_alternative(paragraph) -> bool:
    first = next((c for c in paragraph.children if not (isinstance(c, str) and not c.strip())), None)
    return getattr(first, "name", None) in ("em", "i") and first.get_text(strip=True) == TEXT_ALTERNATIVE


def accessible_page(page_html: str) -> str:
    """What nbconvert's template cannot do, done on the finished page:

    - nbconvert makes every cell's input and output a Tab stop (tabindex=0, no role, no name): they are
      not controls, so they go; scroll regions the course made focusable itself (role=region with a
      name) keep theirs;
    - each chart's text alternative (a paragraph opening "*Text alternative:*", with the list that
      directly follows it) gets an id, and the chart's figure points at it with aria-describedby: the
      text alternative before the chart, else the one after it;
    - an output that holds only <style> blocks moves them into the page's head and disappears.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page_html, features="html.parser")
    for element in soup.select("div.jp-Cell-inputWrapper[tabindex], div.jp-OutputArea-output[tabindex]"):
        if not element.get("role"):
            del element["tabindex"]
    head = soup.head
    for output in soup.select("div.jp-OutputArea-output"):
        content = [c for c in output.children if not (isinstance(c, str) and not c.strip())]
        if content and head is not None and all(getattr(c, "name", None) == "style" for c in content):
            for style in content:
                head.append(style.extract())
            (output.find_parent("div", class_="jp-OutputArea-child") or output).decompose()
    marked = soup.find_all(lambda tag: (tag.name == "div" and "nk-chart" in (tag.get("class") or []))
                           or (tag.name == "p" and _is_text_alternative(tag)))
    alternatives = {}
    for n, paragraph in enumerate((t for t in marked if t.name == "p"), start=1):
        ids = [paragraph.get("id") or f"nk-alt-{n}"]
        paragraph["id"] = ids[0]
        following = paragraph.find_next_sibling()
        if following is not None and following.name in ("ul", "ol"):
            following["id"] = following.get("id") or f"nk-alt-{n}-list"
            ids.append(following["id"])
        alternatives[id(paragraph)] = " ".join(ids)
    used = set()
    for at, tag in enumerate(marked):
        if tag.name != "div":
            continue
        before = []
        for earlier in reversed(marked[:at]):
            if earlier.name == "div":
                break
            before.append(earlier)
        after = []
        for later in marked[at + 1:]:
            if later.name == "div":
                break
            after.append(later)
        described = next((p for p in before + after if id(p) not in used), None)
        if described is not None:
            used.add(id(described))
            tag["aria-describedby"] = alternatives[id(described)]
    return str(soup)


def html_exporter(**settings):
    """nbconvert's HTML exporter with the course's template, whose pages pass through accessible_page."""
    return _preprocessors()["CourseHTMLExporter"](
        template_name="nkcourse", extra_template_basedirs=[str(TEMPLATES)], **settings)


# --- the nbconvert preprocessors, made on first use so that `import nkcourse` needs no nbconvert -----

@cache
def _preprocessors() -> dict:
    from nbconvert.preprocessors import Preprocessor
    from traitlets import Bool, Unicode

    class PlotlyHTMLPreprocessor(Preprocessor):
        """Draw every stored Plotly chart in the HTML, with plotly.js from the installed package."""

        plotly_js_url = Unicode(
            "", help="Load plotly.js from this address (e.g. a relative path in a static site) instead of "
                     "writing the installed plotly package's copy into the page.",
        ).tag(config=True)

        def preprocess(self, nb, resources):
            return add_chart_html(nb, resources, self.plotly_js_url)

    class StaticExercises(Preprocessor):
        """The exercises as static questions and hints instead of widgets that need a kernel."""

        answers = Bool(False, help="Also give each exercise's answer, behind a show control.").tag(config=True)

        def preprocess_cell(self, cell, resources, index):
            return static_exercise_cell(cell, self.answers, self.log), resources

    from nbconvert import HTMLExporter

    class CourseHTMLExporter(HTMLExporter):
        """HTMLExporter whose pages pass through accessible_page (after nbconvert's own last touches)."""

        def from_notebook_node(self, nb, resources=None, **kw):
            body, resources = super().from_notebook_node(nb, resources, **kw)
            return accessible_page(body), resources

    for made in (PlotlyHTMLPreprocessor, StaticExercises, CourseHTMLExporter):
        made.__module__ = __name__
    return {"PlotlyHTMLPreprocessor": PlotlyHTMLPreprocessor, "StaticExercises": StaticExercises,
            "CourseHTMLExporter": CourseHTMLExporter}


def __getattr__(name: str):
    """`nkcourse.export.PlotlyHTMLPreprocessor` and `.StaticExercises`, as the template's conf.json names them."""
    if name in ("PlotlyHTMLPreprocessor", "StaticExercises"):
        return _preprocessors()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
