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


def broken_links(site: Path) -> list[str]:
    """Relative links and sources in the site's pages that point at no file of the site."""
    broken = []
    for page in site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.found:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            if not (page.parent / unquote(parts.path)).resolve().is_file():
                broken.append(f"{page.relative_to(site)} -> {link}")
    return broken


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
    for page in site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.found:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path or not parts.fragment:
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
