"""Every learner can use it (issue 19): automatic accessibility scans and keyboard-only walks in the browser.

- axe-core (from the npm registry, exact version in tests/browser/package.json, installed by this module's
  setup with `npm ci` into the git-ignored tests/browser/node_modules) scans the output areas of every
  notebook after Run All, and the exercise-kinds notebook again after an exercise of every kind has been
  answered and a hint opened: no critical or serious violation. Minor and moderate ones are printed.
- Screen readers: each row of an order or match exercise is a radio group named by its item and its place
  ("Position of: ..., item 2 of 5"); feedback, hints and solutions are live regions.
- Keyboard only: one exercise of every kind answered with Tab, Space, typing and Enter from its first
  control; the animated front-line map's Play button and slider reached with Tab and worked with the keys;
  the next Tab stop after the map is its data table's summary, which Enter opens, showing every frame.
- The animated map with its data table open is photographed at 900 and 1280 px (test-artifacts/screenshots).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from labdriver import (
    KERNEL_STATUS,
    REPO,
    RUN_TIMEOUT,
    course_notebooks,
    expected_from_ipynb,
    notebook_copy,
    open_lab_page,
)

try:
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips (or, with CI=true, fails) with the reason
    expect = None

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 240)

HERE = Path(__file__).resolve().parent
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("critical", "serious")
WAIT = 20_000
DEMO = REPO / "exercises" / "00_exercise_kinds.ipynb"
ANIMATED = Path("notebooks/02_korean_war.ipynb")


def _unavailable(reason: str):
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(f"{reason}. CI=true, so the accessibility scans must run.", pytrace=False)
    pytest.skip(f"{reason}; accessibility scans skipped.")


@pytest.fixture(scope="session")
def axe_source(browser) -> str:
    """axe-core's script, installed from the npm registry at the version package-lock.json names."""
    if not AXE_JS.exists():
        npm = shutil.which("npm")
        if npm is None:
            _unavailable("npm is not installed (needed once to install axe-core)")
        run = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=HERE,
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0 or not AXE_JS.exists():
            _unavailable(f"npm ci could not install axe-core: {run.stderr.strip()[-300:]}")
    return AXE_JS.read_text(encoding="utf-8")


_SCAN_JS = """async (selector) => {
  const nodes = [...document.querySelectorAll(selector)];
  if (!nodes.length) { return {scanned: 0, violations: []}; }
  const result = await axe.run({include: nodes.map(n => n)}, {resultTypes: ['violations']});
  return {scanned: nodes.length, violations: result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => ({target: n.target.join(' '), html: n.html.slice(0, 200),
                                           summary: (n.failureSummary || '').slice(0, 300)})),
    count: v.nodes.length}))};
}"""
OUTPUTS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output"


def scan(page, source: str, selector: str = OUTPUTS) -> dict:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=source)
    return page.evaluate(_SCAN_JS, selector)


def blocking(result: dict) -> list[str]:
    return [f"{v['impact']}: {v['id']} ({v['help']}) x{v['count']}: "
            + "; ".join(f"{n['target']} {n['html']!r}" for n in v["nodes"][:3])
            for v in result["violations"] if v["impact"] in BLOCKING]


def summary(result: dict) -> str:
    return json.dumps({v["id"]: [v["impact"], v["count"]] for v in result["violations"]})


@pytest.mark.parametrize("relpath", course_notebooks(), ids=[str(p) for p in course_notebooks()])
def test_every_notebook_after_run_all_has_no_serious_violation(lab, relpath, axe_source):
    lab.open(relpath.as_posix(), lab.workspace)
    lab.run_all()
    lab.report()  # waits until every chart and widget is drawn
    result = scan(lab.page, axe_source)
    print(f"axe {relpath}: {result['scanned']} outputs scanned; violations {summary(result)}")
    assert result["scanned"] > 0
    assert blocking(result) == [], f"{relpath}:\n  " + "\n  ".join(blocking(result))
    # again with every chart's data table open (closed, its table is not part of the page's accessible tree)
    opened = lab.page.evaluate("() => { const d = [...document.querySelectorAll("
                               "'.jp-NotebookPanel:not(.lm-mod-hidden) details.nk-data-table')];"
                               " d.forEach(e => { e.open = true; }); return d.length; }")
    charts = expected_from_ipynb(REPO / relpath).charts
    assert opened == charts, f"{charts} charts but {opened} data tables"
    if opened:
        result = scan(lab.page, axe_source)
        print(f"axe {relpath}, {opened} data tables open: violations {summary(result)}")
        assert blocking(result) == [], f"{relpath}, tables open:\n  " + "\n  ".join(blocking(result))
    # every chart's toolbar: zoom in, zoom out, reset, save as PNG; no link off the course
    toolbars = lab.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .js-plotly-plot").evaluate_all(
        "plots => plots.map(p => [p.querySelectorAll('.modebar-btn').length,"
        " [...p.querySelectorAll('.modebar a[href]')].map(a => a.href)])")
    assert all(buttons <= 4 and not links for buttons, links in toolbars), toolbars


# --- the exercise-kinds notebook: answered by every kind, then scanned; then a keyboard walk ------------

@pytest.fixture(scope="module")
def kinds(browser, lab_server):
    lab_server.fresh_progress()
    with notebook_copy(browser, lab_server, DEMO, lab_server.root / "exercises" / "_a11y_exercise_kinds.ipynb",
                       "the exercise demo notebook") as lab:
        yield lab


def frames(lab):
    return lab.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .nk-exercise")


def kind_of(frame) -> str:
    return next(c[len("nk-kind-"):] for c in frame.get_attribute("class").split() if c.startswith("nk-kind-"))


def wait_reply(frame, before: str):
    frame.page.wait_for_function(
        "([el, before]) => { const r = el.querySelector('.nk-feedback [data-nk-reply]');"
        " return r && r.getAttribute('data-nk-reply') !== before; }",
        arg=[frame.element_handle(), before], timeout=WAIT)


def reply_mark(frame) -> str:
    mark = frame.locator(".nk-feedback [data-nk-reply]")
    return mark.first.get_attribute("data-nk-reply") if mark.count() else ""


def settle(page):
    page.wait_for_timeout(300)
    page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=WAIT)


def test_answered_exercises_of_every_kind_have_no_serious_violation(kinds, axe_source):
    page = kinds.page
    seen = set()
    for k in range(frames(kinds).count()):
        frame = frames(kinds).nth(k)
        frame.scroll_into_view_if_needed()
        kind = kind_of(frame)
        seen.add(kind)
        frame.locator("button.nk-hint").click()
        expect(frame.locator(".nk-hints")).to_contain_text("Hint 1 of", timeout=WAIT)
        if kind == "code":
            continue  # answered from a code cell; its frame has no controls of its own
        if kind in ("order", "match"):
            for r in range(frame.locator(".nk-row").count()):
                frame.locator(".nk-row").nth(r).get_by_role("radio").first.click()
        elif frame.get_by_role("radio").count():
            frame.get_by_role("radio").first.click()
        if frame.get_by_role("checkbox").count():
            frame.get_by_role("checkbox").first.click()
        if frame.get_by_role("textbox").count():
            frame.get_by_role("textbox").first.fill("1" if kind in ("numeric", "chart") else "A first thought.")
        before = reply_mark(frame)
        settle(page)
        frame.locator("button.nk-check").click()
        wait_reply(frame, before)
    assert {"single", "multiple", "order", "match", "numeric", "verdict", "reflection"} <= seen, seen
    result = scan(page, axe_source)
    print(f"axe exercise kinds, answered: {result['scanned']} outputs; violations {summary(result)}")
    assert blocking(result) == [], "\n  ".join(blocking(result))


def test_order_and_match_rows_are_named_groups_and_replies_are_announced(kinds):
    for kind, prefix in (("order", "Position of: "), ("match", "Choose the match for: ")):
        frame = frames(kinds).and_(kinds.page.locator(f".nk-kind-{kind}")).first
        rows = frame.locator(".nk-row")
        n = rows.count()
        assert n >= 3
        for r in range(n):
            item = " ".join(rows.nth(r).locator("label.widget-label").first.text_content().split())
            name = f"{prefix}{item}, item {r + 1} of {n}"
            group = frame.get_by_role("radiogroup", name=name, exact=True)
            labels = frame.locator("[role=radiogroup]").evaluate_all(
                "els => els.map(e => e.getAttribute('aria-label'))")
            assert group.count() == 1, f"no radio group named {name!r} among {labels}"
            radios = group.get_by_role("radio")
            m = radios.count()
            assert [radios.nth(j).get_attribute("aria-posinset") for j in range(m)] == [str(j + 1) for j in range(m)]
            assert {radios.nth(j).get_attribute("aria-setsize") for j in range(m)} == {str(m)}
    for area in (".nk-feedback", ".nk-hints", ".nk-solution-text"):
        live = frames(kinds).locator(area)
        assert live.count() == frames(kinds).count()
        for k in range(live.count()):
            assert live.nth(k).get_attribute("aria-live") == "polite"
            assert live.nth(k).get_attribute("role") == "status"
    # a checkbox option is read once: its words are its name, not its description as well
    boxes = frames(kinds).locator(".widget-checkbox input[type=checkbox]")
    assert boxes.count() >= 3
    assert boxes.evaluate_all("els => els.filter(e => e.hasAttribute('title')).length") == 0
    # no live region nested in another (it would be read twice)
    assert kinds.page.locator(".nk-feedback [aria-live], .nk-hints [aria-live]").count() == 0


def keyboard_answer(page, frame, kind: str) -> None:
    """Answer with keys only, starting on the frame's first control: Space picks the first radio of each
    group and ticks the first box, text is typed; Tab moves on; Enter presses Check."""
    first = frame.locator("input, textarea, button").first
    first.focus()
    stops = 0
    while stops < 60:
        active = page.evaluate("() => { const a = document.activeElement; return [a.tagName, a.type || '',"
                               " a.className || '', a.closest('.nk-exercise') !== null,"
                               " a.getAttribute('aria-posinset') || '']; }")
        tag, kind_of_input, css, inside, posinset = active
        assert inside, f"{kind}: Tab left the exercise before reaching Check"
        if tag == "BUTTON" and "nk-check" in css:
            settle(page)
            page.keyboard.press("Enter")
            return
        if kind_of_input == "radio" and posinset == "1":
            page.keyboard.press("Space")
        elif kind_of_input == "checkbox" and stops < 3:
            page.keyboard.press("Space")
        elif tag in ("INPUT", "TEXTAREA") and kind_of_input in ("text", "textarea", ""):
            page.keyboard.type("1" if kind in ("numeric", "chart") else "Typed with the keyboard.")
        page.keyboard.press("Tab")
        stops += 1
    raise AssertionError(f"{kind}: Check not reached by Tab")


def test_one_exercise_of_every_kind_by_keyboard_alone(kinds):
    page = kinds.page
    done = set()
    for k in range(frames(kinds).count()):
        frame = frames(kinds).nth(k)
        kind = kind_of(frame)
        if kind in done or kind == "code":
            continue
        frame.scroll_into_view_if_needed()
        before = reply_mark(frame)
        keyboard_answer(page, frame, kind)
        wait_reply(frame, before)
        text = frame.locator(".nk-feedback").text_content()
        assert "could not be checked" not in text, f"{kind}: {text[:200]}"
        done.add(kind)
    assert {"single", "multiple", "order", "match", "numeric", "verdict", "reflection"} <= done, done


def test_the_animated_map_works_by_keyboard(browser, lab_server, screenshots_dir):
    if not (REPO / ANIMATED).exists():
        pytest.skip(f"{ANIMATED} is not in this checkout")
    context, lab = open_lab_page(browser, lab_server)
    try:
        lab.open(ANIMATED.as_posix(), lab.workspace)
        lab.run_all()
        lab.report()
        page = lab.page
        plot = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .js-plotly-plot").filter(
            has=page.locator("g.slider-group"))
        expect(plot).to_have_count(1)
        plot.scroll_into_view_if_needed()
        slider = plot.get_by_role("slider")
        expect(slider).to_have_count(1, timeout=WAIT)
        play = plot.get_by_role("button", name="Play")
        expect(play).to_have_count(1)
        # reach the controls with Tab from the chart's first toolbar-free stop before it
        page.evaluate("el => { el.setAttribute('tabindex', '-1'); el.focus(); }", plot.element_handle())
        reached = set()
        for _ in range(20):
            page.keyboard.press("Tab")
            role = page.evaluate("() => document.activeElement && document.activeElement.getAttribute('role')")
            if role in ("button", "slider") and page.evaluate(
                    "(p) => p.contains(document.activeElement)", plot.element_handle()):
                reached.add(role)
            if reached == {"button", "slider"}:
                break
        assert reached == {"button", "slider"}, f"Tab reached only {reached}"
        steps = int(slider.get_attribute("aria-valuemax"))
        assert steps >= 5
        slider.focus()
        page.keyboard.press("End")
        expect(slider).to_have_attribute("aria-valuenow", str(steps), timeout=5000)
        last_label = slider.get_attribute("aria-valuetext")
        page.keyboard.press("Home")
        expect(slider).to_have_attribute("aria-valuenow", "1", timeout=5000)
        page.keyboard.press("ArrowRight")
        expect(slider).to_have_attribute("aria-valuenow", "2", timeout=5000)
        assert slider.get_attribute("aria-valuetext") != last_label
        active = plot.evaluate("gd => gd._fullLayout.sliders[0].active")
        assert active == 1
        play.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("gd => gd._fullLayout.sliders[0].active > 1", arg=plot.element_handle(), timeout=15_000)
        cells_before = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").count()
        slider.focus()
        for key in ("ArrowLeft", "ArrowRight", "Home", "End"):
            page.keyboard.press(key)
        assert page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").count() == cells_before
        open_data_table_by_keyboard(page, plot, slider, steps, last_label, cells_before)
        photograph_chart_and_table(page, plot, screenshots_dir)
    finally:
        context.close()
        lab_server.shutdown_sessions()


def data_table_of(plot):
    """The <details> data table the course renderer shows as the output right after a chart."""
    return plot.locator("xpath=ancestor::div[contains(@class, 'jp-OutputArea-child')][1]"
                        "/following-sibling::div[contains(@class, 'jp-OutputArea-child')][1]"
                        "//details[contains(@class, 'nk-data-table')]")


def open_data_table_by_keyboard(page, plot, slider, steps: int, last_label: str, cells_before: int) -> None:
    """From the map's slider (its last Tab stop), Tab reaches the summary of the chart's data table and
    Enter opens it: the table is shown, with a row for every front line of the animation, and the
    notebook is unchanged (Enter did not go to JupyterLab's command mode)."""
    details = data_table_of(plot)
    expect(details).to_have_count(1)
    assert details.get_attribute("open") is None  # closed until asked for
    expect(details.locator("table")).to_be_hidden()
    slider.focus()
    for _ in range(8):  # past the chart's own stops (its toolbar), the next stop is the table's summary
        page.keyboard.press("Tab")
        if not page.evaluate("(p) => p.contains(document.activeElement)", plot.element_handle()):
            break
    focused = page.evaluate("() => [document.activeElement.tagName, document.activeElement.textContent]")
    assert focused[0] == "SUMMARY" and focused[1].startswith("Data table for Figure 2.2"), focused
    page.keyboard.press("Enter")
    expect(details).to_have_attribute("open", "", timeout=5000)
    table = details.locator("table")
    expect(table).to_be_visible()
    expect(table.locator("caption")).to_contain_text("Data table for Figure 2.2")
    headers = table.locator("thead th[scope=col]").all_text_contents()
    assert headers and all(h.strip() for h in headers), headers
    frame_column = table.locator("tbody tr td:first-child").all_text_contents()
    last_date = re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}", last_label or "")  # "Front on 27 Jul 1953 (step 15 of 15)"
    assert last_date and last_date.group(0) in frame_column, (last_label, frame_column)
    assert len({c for c in frame_column if c}) == steps  # every frame of the animation, once
    # the table scrolls in a labelled region that the next Tab reaches
    page.keyboard.press("Tab")
    region = page.evaluate("() => [document.activeElement.getAttribute('role'),"
                           " document.activeElement.getAttribute('aria-label')]")
    assert region[0] == "region" and region[1].startswith("Data table for Figure 2.2"), region
    assert page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").count() == cells_before
    assert page.locator(".jp-NotebookPanel.jp-mod-editMode, .jp-Notebook.jp-mod-editMode").count() == 0


def photograph_chart_and_table(page, plot, folder) -> None:
    """The map and its open data table at 900 and 1280 px, for a person to look at."""
    details = data_table_of(plot)
    area = plot.locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '),"
                        " ' jp-OutputArea ')][1]")
    size = page.viewport_size
    try:
        for width in (900, 1280):
            page.set_viewport_size({"width": width, "height": 1400})
            page.wait_for_timeout(600)
            area.scroll_into_view_if_needed()
            box = area.bounding_box()
            table_box = details.bounding_box()
            assert table_box["x"] + table_box["width"] <= box["x"] + box["width"] + 2, "table wider than its output"
            area.screenshot(path=str(folder / f"data_table_front_line_{width}px.png"))
    finally:
        page.set_viewport_size(size)
