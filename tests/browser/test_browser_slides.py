"""The instructors' slides in a real browser: every deck builds, every slide is shown, every chart the
source asks for is drawn, and the page makes no request off this machine."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import re
import threading

import pytest
from labdriver import REPO, is_local_url

from conftest import _unavailable

spec = importlib.util.spec_from_file_location("build_slides", REPO / "tools" / "build_slides.py")
build_slides = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_slides)
DECKS = [d for d in build_slides.deck_sources() if build_slides.lesson_of(d).is_file()]


@pytest.fixture(scope="module")
def decks_url(tmp_path_factory, browser):
    if not (build_slides.REVEAL / "dist" / "reveal.js").is_file():
        _unavailable("reveal.js is not installed (`make slides` installs it from the npm registry)")
    folder = tmp_path_factory.mktemp("slides")
    assert build_slides.main(["--out", str(folder)]) == 0
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_every_unit_with_a_lesson_has_a_deck():
    lessons = {p.stem for p in (REPO / "notebooks").glob("[0-9][0-9]_*.ipynb")} - {"00_start_here"}
    assert lessons <= {d.stem for d in DECKS}


@pytest.mark.parametrize("deck", DECKS, ids=lambda p: p.stem)
def test_each_slide_shows_and_every_chart_is_drawn_offline(deck, decks_url, browser):
    wanted = len(re.findall(r"^\[\[\s*figure\s*:", deck.read_text(encoding="utf-8"), flags=re.M))
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    off_machine, errors = [], []

    def guard(route):
        if is_local_url(route.request.url):
            route.continue_()
        else:
            off_machine.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(f"{decks_url}/{deck.stem}.html")
        page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=20_000)
        total = page.evaluate("Reveal.getTotalSlides()")
        assert total == len(build_slides.parse(deck)[1])
        for index in range(total):
            page.evaluate(f"Reveal.slide({index})")
            page.wait_for_function(
                "Array.from(Reveal.getCurrentSlide().querySelectorAll('.nk-figure'))"
                ".every(d => d.querySelector('.main-svg .trace'))",
                timeout=20_000)
        drawn = page.evaluate("document.querySelectorAll('.nk-figure .main-svg').length > 0 ? "
                              "Array.from(document.querySelectorAll('.nk-figure'))"
                              ".filter(d => d.querySelector('.main-svg')).length : 0")
        notes = page.evaluate("document.querySelectorAll('aside.notes').length")
    finally:
        context.close()
    assert drawn == wanted
    assert notes > 0
    assert off_machine == []
    assert errors == []
