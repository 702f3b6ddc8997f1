"""The static web edition (tools/build_site.py, `make site`): offline, complete, no broken links.

The quick tests here build the site from the start notebook alone; tests/browser/test_browser_site.py
builds all of it and opens every page in Chromium.
"""

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest
from plotly.offline import get_plotlyjs

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import build_site  # noqa: E402
from offline_html import remote_resources  # noqa: E402

from nkcourse import export  # noqa: E402
from nkcourse.export import PLOTLY_MIME  # noqa: E402
from nkcourse.quiz.bank import find_exercise, load_bank  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
START = ROOT / "notebooks" / "00_start_here.ipynb"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and (name == "href" and tag in ("a", "link") or name == "src"):
                self.found.append(value)


def internal_links(site: Path):
    """(page, link, its parts) for every relative link and source in the site's pages."""
    for page in site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.found:
            parts = urlsplit(link)
            if not (parts.scheme or parts.netloc or not parts.path):
                yield page, link, parts


def broken_links(site: Path) -> list[str]:
    """Relative links and sources in the site's pages that point at no file of the site."""
    return [f"{page.relative_to(site)} -> {link}" for page, link, parts in internal_links(site)
            if not (page.parent / unquote(parts.path)).resolve().is_file()]


def shown_exercises(path: Path) -> list[str]:
    notebook = nbformat.read(path, as_version=4)
    ids = []
    for cell in notebook.cells:
        source = cell.source.strip() if cell.cell_type == "code" else ""
        if export.SHOW.match(source):
            ids.append(export.SHOW.match(source).group(1))
        elif export.SHOW_BANK.match(source):
            ids += [ex["id"] for ex in load_bank(export.SHOW_BANK.match(source).group(1)).exercises]
    return ids


def charts_in(path: Path) -> int:
    notebook = nbformat.read(path, as_version=4)
    return sum(PLOTLY_MIME in o.get("data", {}) for c in notebook.cells for o in c.get("outputs", []))


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    report = build_site.build(out, only=[START])
    return out, report


def test_the_site_has_a_start_page_the_notebook_and_the_data_dictionary(small_site):
    site, report = small_site
    assert (site / "index.html").is_file()
    assert (site / "notebooks" / "00_start_here.html").is_file()
    assert (site / "data" / "index.html").is_file() and (site / "data" / "events.csv").is_file()
    start = (site / "index.html").read_text(encoding="utf-8")
    assert "Course map" in start
    # A reader of the web edition learns there how to run the course (the commands of the README).
    assert 'id="Three-ways-to-start"' in start and "tools\\course.py lab" in start


def test_no_page_loads_anything_from_off_the_machine(small_site):
    site, _ = small_site
    pages = list(site.rglob("*.html"))
    assert pages
    for page in pages:
        assert remote_resources(page.read_text(encoding="utf-8")) == [], page


def test_no_internal_link_is_broken(small_site):
    site, _ = small_site
    assert broken_links(site) == []


def test_charts_are_drawn_with_the_local_plotly_js(small_site):
    site, _ = small_site
    page = (site / "notebooks" / "00_start_here.html").read_text(encoding="utf-8")
    assert page.count("Plotly.newPlot(") == charts_in(START) > 0
    assert '<script src="../_static/plotly.min.js"></script>' in page
    assert (site / "_static" / "plotly.min.js").read_text(encoding="utf-8") == get_plotlyjs()


def test_every_exercise_is_a_question_with_hints_and_an_answer_behind_a_control(small_site):
    site, _ = small_site
    page = (site / "notebooks" / "00_start_here.html").read_text(encoding="utf-8")
    ids = shown_exercises(START)
    assert ids
    for exercise_id in ids:
        block = re.search(rf"""<section class=["']nk-exercise["'] id=["']exercise-{exercise_id}["']>(.*?)</section>""",
                          page, re.S)
        assert block, exercise_id
        exercise = find_exercise(exercise_id)
        assert len(re.findall(r"""<details class=["']nk-hint["']>""", block.group(1))) == len(exercise["hints"])
        if exercise["kind"] != "reflection":
            assert "<summary>Show the answer</summary>" in block.group(1)
    assert "application/vnd.jupyter.widget-view+json" not in page  # no dead widget placeholders


def test_every_kind_of_exercise_renders_its_answer():
    for exercise in load_bank("kinds_demo").exercises:
        block = export.exercise_html(exercise)
        assert "Hint 1" in block, exercise["kind"]
        if exercise["kind"] == "reflection":
            continue
        answer = block.split("<summary>Show the answer</summary>", 1)[1]
        if exercise["kind"] in ("single", "multiple") or exercise.get("answer_type") == "choice":
            right = next(o for o in exercise["options"] if o.get("correct"))
            assert f"✔ {html.escape(right['text'])}" in answer
        elif exercise["kind"] == "order":
            assert exercise["items"][0].get("when", "") in answer
        elif exercise["kind"] == "code":
            assert "<pre><code>" in answer


def course_copy(tmp_path: Path) -> Path:
    """A small course: two lessons (one added later, picked up by glob), a README, the data dictionary."""
    root = tmp_path / "course"
    (root / "notebooks").mkdir(parents=True)
    (root / "data").mkdir()
    (root / "data" / "README.md").write_text("# The data\n\n[events](events.csv)\n")
    (root / "data" / "events.csv").write_text("event_id\n")
    (root / "README.md").write_text("# Course\n\nIntro.\n\n## Course map\n\n[One](notebooks/01_one.ipynb)\n\n"
                                    "## Testing\n\nNot on the site.\n")
    for name, link in (("01_one", "[next](99_new_unit.ipynb#part-2) and [a file](../nowhere.txt)"),
                       ("99_new_unit", "[back](01_one.ipynb)")):
        notebook = nbformat.v4.new_notebook()
        cell = nbformat.v4.new_code_cell("fig")
        cell.outputs = [nbformat.v4.new_output("display_data", data={
            PLOTLY_MIME: {"data": [{"type": "bar", "y": [1, 2]}], "layout": {}}, "text/plain": "Figure"})]
        notebook.cells = [nbformat.v4.new_markdown_cell(f"# Lesson {name}\n\n{link}"), cell]
        nbformat.write(notebook, root / "notebooks" / f"{name}.ipynb")
    return root


def test_new_notebooks_are_picked_up_and_their_links_rewritten(tmp_path):
    root = course_copy(tmp_path)
    site = tmp_path / "site"
    report = build_site.build(site, root=root)
    one = (site / "notebooks" / "01_one.html").read_text(encoding="utf-8")
    assert (site / "notebooks" / "99_new_unit.html").is_file()
    assert 'href="99_new_unit.html#part-2"' in one
    assert "Lesson 99_new_unit" in (site / "index.html").read_text(encoding="utf-8")
    assert "Not on the site" not in (site / "index.html").read_text(encoding="utf-8")
    assert report["unlinked"] == ["notebooks/01_one.ipynb: ../nowhere.txt"]  # kept as text, and said
    assert broken_links(site) == []


def test_run_links_come_from_the_public_address_and_are_absent_until_it_is_known(tmp_path, monkeypatch):
    root = course_copy(tmp_path)
    assert build_site.public_repository(root) is None  # not a clone, no address in CITATION.cff
    page = build_site.Page(root / "notebooks" / "01_one.ipynb", build_site.PurePosixPath("notebooks/01_one.html"),
                           "One", "lesson")
    assert "http" not in build_site.run_box(page, None, root)
    (root / "CITATION.cff").write_text("cff-version: 1.2.0\nrepository-code: https://github.com/someone/nk-course\n")
    repository = build_site.public_repository(root)
    assert repository == "https://github.com/someone/nk-course"
    monkeypatch.setenv("NKCOURSE_HUB_URL", "https://hub.example.edu")
    links = dict(build_site.run_links(repository, "notebooks/01_one.ipynb"))
    assert links["Run this lesson on Binder"] == ("https://mybinder.org/v2/gh/someone/nk-course/HEAD"
                                                  "?urlpath=lab%2Ftree%2Fnotebooks%2F01_one.ipynb")
    assert links["Run this lesson on your JupyterHub"].startswith("https://hub.example.edu/hub/user-redirect/git-pull?")


def test_the_broken_link_check_can_fail(tmp_path):
    (tmp_path / "a.html").write_text('<a href="missing.html">x</a><script src="_static/gone.js"></script>')
    assert len(broken_links(tmp_path)) == 2


def test_the_start_page_lists_what_the_build_found():
    assert json.dumps([p.kind for p in build_site.find_pages(ROOT)]).count("lesson") >= 1


def test_chrome_and_edge_are_looked_for_where_windows_and_macos_install_them(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("NKCOURSE_CHROMIUM", raising=False)
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path / "Program Files"))
    edge = tmp_path / "Program Files" / "Microsoft" / "Edge" / "Application" / "msedge.exe"
    assert build_site.find_chromium() is None
    edge.parent.mkdir(parents=True)
    edge.write_bytes(b"")
    assert build_site.find_chromium() == str(edge)
    assert Path("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome") in build_site.installed_browsers()


def missing_fragments(site: Path) -> list[str]:
    """Links `page.html#id` between the site's pages whose target page has no element with that id."""
    missing = []
    for page, link, parts in internal_links(site):
        if not parts.fragment:
            continue
        target = (page.parent / unquote(parts.path)).resolve()
        text = target.read_text(encoding="utf-8") if target.is_file() else ""
        ids = re.findall(r"""\bid=["']([^"']+)["']""", text)
        if html.unescape(unquote(parts.fragment)) not in {html.unescape(i) for i in ids}:
            missing.append(f"{page.relative_to(site)} -> {link}")
    return missing


def test_the_glossary_and_casts_are_pages_and_a_lessons_links_into_them_land(tmp_path):
    lesson = ROOT / "notebooks" / "01_founding.ipynb"
    site = tmp_path / "site"
    report = build_site.build(site, only=[lesson])
    page = (site / "notebooks" / "01_founding.html").read_text(encoding="utf-8")
    assert 'href="glossary.html"' in page and 'href="cast_unit1.html"' in page
    assert 'href="glossary.html#yanan"' in page
    glossary = (site / "notebooks" / "glossary.html").read_text(encoding="utf-8")
    assert '<a id="yanan"></a>' in glossary and "<a id=\"yanan\" />" not in glossary
    assert "Glossary and casts of characters" in (site / "index.html").read_text(encoding="utf-8")
    assert not [u for u in report["unlinked"] if u.startswith("notebooks/") and ".md" in u]
    assert broken_links(site) == [] and missing_fragments(site) == []


def test_the_fragment_check_can_fail(tmp_path):
    (tmp_path / "a.html").write_text('<h2 id="here">x</h2><a href="a.html#here">ok</a><a href="a.html#gone">x</a>')
    assert missing_fragments(tmp_path) == ["a.html -> a.html#gone"]


# --- accessibility (issue 19): toolbar, named figures, Tab stops, contrast, fonts ---------------------------

FOUNDING = ROOT / "notebooks" / "01_founding.ipynb"


@pytest.fixture(scope="module")
def founding_page(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    build_site.build(site, only=[FOUNDING])
    return (site / "notebooks" / "01_founding.html").read_text(encoding="utf-8")


def stored_figures(path: Path) -> list[dict]:
    notebook = nbformat.read(path, as_version=4)
    return [o["data"][PLOTLY_MIME] for c in notebook.cells for o in c.get("outputs", [])
            if PLOTLY_MIME in o.get("data", {})]


def drawn_configs(page: str) -> list[dict]:
    """The config argument of every Plotly.newPlot call in a page (the last argument before the `)`)."""
    decoder = json.JSONDecoder()
    configs = []
    for call in re.finditer(r"Plotly\.newPlot\(", page):  # the id, then JSON objects: read them one by one
        at, values = page.index(",", call.end()) + 1, []
        while True:
            while page[at] in " \n\t,":
                at += 1
            if page[at] == ")":
                break
            value, at = decoder.raw_decode(page, at)
            values.append(value)
        configs.append(values[-1])
    return configs


def test_charts_are_drawn_with_their_stored_toolbar_and_no_link_off_the_course(founding_page):
    figures = stored_figures(FOUNDING)
    configs = drawn_configs(founding_page)
    assert len(configs) == len(figures) > 0
    for figure, config in zip(figures, configs, strict=True):
        assert figure.get("config"), "every stored chart carries the course's config"
        for key, value in figure["config"].items():
            assert config[key] == value, key
        assert config["responsive"] is True and config["displaylogo"] is False
        assert "zoom2d" in config["modeBarButtonsToRemove"]


def test_every_chart_is_a_figure_named_by_its_title_and_described_by_its_text_alternative(founding_page):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(founding_page, "html.parser")
    figures = soup.select("[role=figure]")
    titles = [export.chart_title(f) for f in stored_figures(FOUNDING)]
    assert [f.get("aria-label") for f in figures] == titles
    assert all(t.startswith("Figure 1.") and "<" not in t for t in titles)
    described = []
    for figure in figures:
        ids = figure.get("aria-describedby", "").split()
        assert ids, figure.get("aria-label")
        text = " ".join(soup.find(id=i).get_text(" ", strip=True) for i in ids)
        assert text.startswith("Text alternative:")
        described.append(ids[0])
    assert len(set(described)) == len(figures)  # each chart its own text alternative


def test_no_tab_stop_without_a_role_and_the_scroll_regions_keep_theirs(founding_page):
    stops = re.findall(r"<[a-z]+\b[^>]*\btabindex=\"0\"[^>]*>", founding_page)
    assert stops
    assert [s for s in stops if "role=" not in s] == []
    assert all('role="region"' in s and "aria-label=" in s for s in stops)
    # nbconvert's own exporter marks every cell wrapper: the check above is what removes them
    from nbconvert import HTMLExporter

    raw, _ = HTMLExporter(template_name="lab").from_filename(str(START))
    assert re.search(r"class=\"jp-Cell-inputWrapper\" tabindex=\"0\"", raw)


def contrast(foreground: str, background: str) -> float:
    def luminance(colour):
        colour = colour.lstrip("#")
        colour = "".join(c * 2 for c in colour) if len(colour) == 3 else colour
        def channel(c):
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (channel(int(colour[i:i + 2], 16) / 255) for i in (0, 2, 4))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_code_colours_and_prompts_are_readable_on_their_backgrounds(founding_page):
    # The last declaration of each variable is the one the page uses (the course's, after JupyterLab's).
    colour_variable = r"(--jp-(?:mirror-editor-[a-z]+|cell-prompt-not-active-font)-color):\s*(#[0-9a-fA-F]{3,6})\b"
    declared = dict(re.findall(colour_variable, founding_page))
    assert len(declared) >= 15
    low = {name: round(contrast(colour, "#f5f5f5"), 2) for name, colour in declared.items()
           if contrast(colour, "#f5f5f5") < 4.5 and name != "--jp-mirror-editor-hr-color"}  # a rule, not text
    assert low == {}
    assert re.findall(r"--jp-cell-prompt-not-active-opacity:\s*([\d.]+)", founding_page)[-1] == "1"
    assert contrast("#408080", "#f5f5f5") < 4.5  # JupyterLab's comment colour, which the check must catch


def test_korean_and_chinese_text_has_fonts_to_fall_back_on(founding_page):
    for font in ("Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "Microsoft YaHei",
                 "PingFang SC"):
        assert font in founding_page and font in build_site.CSS
    assert "@font-face" not in founding_page  # nothing to download


def test_a_style_only_output_moves_to_the_head_and_a_text_alternative_after_a_chart_describes_it():
    page = ("<html><head></head><body class='jp-Notebook'><main>"
            "<div class='jp-Cell-inputWrapper' tabindex='0'>x</div>"
            "<div class='jp-OutputArea-child'><div class='jp-OutputArea-output' tabindex='0'>"
            "<style>.a{color:red}</style></div></div>"
            "<div class='nk-chart' role='figure' aria-label='One'></div>"
            "<p><em>Text alternative:</em> bars.</p><ul><li>a</li></ul>"
            "<p><em>Text alternative:</em> dots.</p>"
            "<div class='nk-chart' role='figure' aria-label='Two'></div></main></body></html>")
    done = export.accessible_page(page)
    assert "tabindex" not in done
    assert re.search(r"<head><style>\.a\{color:red\}</style></head>", done)
    assert "jp-OutputArea-child" not in done
    assert 'aria-describedby="nk-alt-1 nk-alt-1-list"' in done and 'aria-describedby="nk-alt-2"' in done
