"""The whole static web edition in a real browser: every page opened from disk, as a reader would.

Each page draws every chart its notebook stores, shows each exercise with hints and an answer that a
click reveals, raises no script error and requests nothing from off the machine; no internal link in
the site is broken.

Accessibility (issue 19): each chart's toolbar is the course's trimmed one (no plotly.com link); a whole
lesson page, every <details> opened, has no critical or serious axe-core violation; no Tab stop lacks a
role, so the first data table is reached in a few Tab presses; the focus ring is 3 px. The lesson is
photographed at 900 and 1280 px (test-artifacts/screenshots).
"""

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent / "tools"))
import build_site  # noqa: E402
from test_browser_a11y import (  # noqa: E402
    axe_source,  # noqa: E402, F401 (the fixture that installs axe-core)
    blocking,
    scan,
    summary,
)
from test_site import broken_links, charts_in, missing_fragments, shown_exercises  # noqa: E402

PAGES = build_site.find_pages(build_site.ROOT)
SCREENSHOTS = build_site.ROOT / "test-artifacts" / "screenshots"
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
        # the course's trimmed toolbar: download, zoom in, zoom out, reset; no logo linking to plotly.com
        buttons = page.eval_on_selector_all(".js-plotly-plot", "plots => plots.map(p => p.querySelectorAll("
                                            "'.modebar-btn').length)")
        assert all(n <= 4 for n in buttons), buttons
        assert page.locator("a[href*='plotly.com']").count() == 0
        assert page.locator("[role=figure][aria-label]").count() == charts
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


LESSON = "notebooks/01_founding.html"


def test_a_whole_lesson_page_with_every_details_open_has_no_serious_violation(site, browser, request):
    axe_script = request.getfixturevalue("axe_source")
    page, _, _ = open_page(browser, (site / LESSON).as_uri())
    try:
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length > 0", timeout=30_000)
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        result = scan(page, axe_script, "html")
        print(f"axe {LESSON}, whole page, every details open: violations {summary(result)}")
        assert blocking(result) == []
    finally:
        page.close()


def test_tab_reaches_the_first_data_table_without_stopping_on_cell_wrappers(site, browser):
    page, _, _ = open_page(browser, (site / LESSON).as_uri())
    try:
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length > 0", timeout=30_000)
        assert page.locator("[tabindex='0']:not([role])").count() == 0
        assert page.locator("[role=region][tabindex='0'][aria-label]").count() >= 1
        presses, focused = 0, {}
        while presses < 40:
            page.keyboard.press("Tab")
            presses += 1
            focused = page.evaluate("""() => { const e = document.activeElement; const style = getComputedStyle(e);
                return {role: e.getAttribute('role'), tag: e.tagName, width: style.outlineWidth,
                        outline: style.outlineStyle}; }""")
            assert focused["outline"] != "none" and float(focused["width"].removesuffix("px")) >= 3, focused
            if focused["role"] == "region":
                break
        print(f"{LESSON}: the first data table is Tab stop {presses}")
        assert focused["role"] == "region" and presses <= 15  # 30 before cell wrappers lost their tabindex
        for width in (900, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_timeout(400)
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"site_01_founding_{width}.png"))
    finally:
        page.close()
