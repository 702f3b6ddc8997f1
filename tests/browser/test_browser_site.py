"""The whole static web edition in a real browser: every page opened from disk, as a reader would.

Each page draws every chart its notebook stores, shows each exercise with hints and an answer that a
click reveals, raises no script error and requests nothing from off the machine; no internal link in
the site is broken.
"""

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent / "tools"))
import build_site  # noqa: E402
from test_site import broken_links, charts_in, missing_fragments, shown_exercises  # noqa: E402

PAGES = build_site.find_pages(build_site.ROOT)
NOTEBOOK_PAGES = [p for p in PAGES if p.kind in ("lesson", "practice")]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    build_site.build(out)
    return out


def test_no_internal_link_of_the_whole_site_is_broken(site):
    assert broken_links(site) == []
    assert missing_fragments(site) == []  # a link to `page#id` lands on an element with that id


def open_page(browser, url):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    off_machine, errors = [], []
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:", "about:"))
            else off_machine.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, off_machine, errors


@pytest.mark.parametrize("entry", NOTEBOOK_PAGES, ids=[str(p.target) for p in NOTEBOOK_PAGES])
def test_every_page_draws_its_charts_and_shows_its_exercises_offline(site, browser, entry):
    page, off_machine, errors = open_page(browser, (site / entry.target).as_uri())
    try:
        charts = charts_in(entry.source)
        if charts:
            page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {charts}",
                                   timeout=30_000)
        assert page.locator(".js-plotly-plot").count() == charts
        exercises = page.locator("section.nk-exercise")
        assert exercises.count() == len(shown_exercises(entry.source))
        answers = page.locator("details.nk-answer")
        if answers.count():
            assert not answers.first.locator("p, ul, ol, pre").first.is_visible()
            answers.first.locator("summary").click()
            assert answers.first.locator("p, ul, ol, pre").first.is_visible()
        assert errors == []
        assert off_machine == []
    finally:
        page.close()


def test_the_start_page_links_every_lesson_and_the_data_dictionary_opens(site, browser):
    page, off_machine, errors = open_page(browser, (site / "index.html").as_uri())
    try:
        hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.getAttribute('href'))")
        for entry in NOTEBOOK_PAGES:
            assert str(entry.target) in hrefs
        assert errors == [] and off_machine == []
        page.click("text=The data dictionary")
        page.wait_for_load_state("load")
        assert page.url.endswith("data/index.html") and page.locator("h1").count() >= 1
        assert errors == [] and off_machine == []
    finally:
        page.close()


def test_a_page_prints_to_pdf(site, browser):
    start = site / "notebooks" / "00_start_here.html"
    [pdf] = build_site.print_pdfs(site, [start], browser)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000
