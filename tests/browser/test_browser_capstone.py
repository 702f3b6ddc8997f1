"""The capstone worked in a real JupyterLab: the notebook runs, a learner judges claims through the page
(wrongly, then rightly), the model answer opens only after a try, the report picks the verdict up, and the
export writes a readable report with the learner's text escaped. The expected texts come from the bank.

The notebook is opened once for the module, as a copy under a name of its own, so the per-notebook test
of the same notebook is not disturbed by the cells typed here.
"""

from __future__ import annotations

import json

import pytest
from labdriver import KERNEL_STATUS, REPO, RUN_TIMEOUT, notebook_copy

from nkcourse.quiz.bank import VERDICTS, load_bank
from nkcourse.quiz.check import WORDS
from nkcourse.report import CLAIMS

try:
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips (or, with CI=true, fails) with the reason
    expect = None

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 180)

CAPSTONE = REPO / "notebooks" / "05_capstone_fact_check.ipynb"
BANK = {ex["id"]: ex for ex in load_bank("05_capstone").exercises}
WAIT = 20_000  # ms for feedback to come back from the kernel
LEARNER = "Ana <b>bold</b>"


@pytest.fixture(scope="module")
def capstone(browser, lab_server):
    if not CAPSTONE.exists():
        pytest.fail(f"{CAPSTONE.relative_to(REPO)} is missing")
    with notebook_copy(browser, lab_server, CAPSTONE, lab_server.root / "notebooks" / "_browser_capstone.ipynb",
                       "the capstone notebook") as lab:
        yield lab


def frame_of(lab, exercise_id: str):
    ex = BANK[exercise_id]
    page = lab.page
    prompt = " ".join(ex["prompt"].split())[:60]
    frame = page.locator(f".nk-exercise.nk-kind-{ex['kind']}").filter(has=page.locator(".nk-prompt", has_text=prompt))
    expect(frame).to_have_count(1)
    frame.scroll_into_view_if_needed()
    return frame


def press_check(frame):
    """Click Check once the kernel is idle (widget values travel to the kernel before the click)."""
    frame.page.wait_for_timeout(300)
    frame.page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=WAIT)
    frame.locator("button.nk-check").click()


def tick(frame, text: str):
    frame.get_by_role("checkbox", name=" ".join(text.split()), exact=True).click()


def attempts(lab, exercise_id: str) -> list[dict]:
    data = json.loads((lab.server.progress_dir / "progress.json").read_text(encoding="utf-8"))
    return [a for a in data["attempts"] if a["exercise"] == exercise_id]


def code_cell(lab, source: str):
    """The code cell whose source is exactly `source`."""
    cells = lab.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell")
    cell = cells.filter(has=lab.page.locator(".jp-InputArea-editor", has_text=source)).last
    cell.scroll_into_view_if_needed()
    return cell


def run_cell(lab, cell):
    """Select a cell by its prompt and run it with Shift+Enter, as a learner would."""
    cell.locator(".jp-InputPrompt").click()
    lab.page.keyboard.press("Escape")
    lab.page.keyboard.press("Shift+Enter")
    lab.page.wait_for_timeout(300)
    lab.page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=WAIT)


def type_new_cell_below(lab, cell, code: str):
    cell.locator(".jp-InputPrompt").click()
    page = lab.page
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    page.keyboard.press("Enter")
    page.keyboard.type(code)
    page.keyboard.press("Shift+Enter")
    page.wait_for_timeout(300)
    page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=WAIT)


def test_the_splitting_exercise(capstone):
    ex = BANK["cap_split"]
    frame = frame_of(capstone, "cap_split")
    colour = [o["text"] for o in ex["options"] if not o.get("correct")]
    claims = [o["text"] for o in ex["options"] if o.get("correct")]
    tick(frame, colour[0])
    press_check(frame)
    expect(frame.locator(".nk-feedback")).to_contain_text(
        f"{WORDS['incorrect']} You found 0 of the {len(claims)} right options and ticked 1 wrong.", timeout=WAIT)
    tick(frame, colour[0])  # untick
    for text in claims:
        tick(frame, text)
    press_check(frame)
    expect(frame.locator(".nk-feedback")).to_contain_text(
        f"{WORDS['correct']} You found {len(claims)} of the {len(claims)} right options.", timeout=WAIT)


def test_a_guided_claim_wrong_then_right_and_the_model_answer_after_the_try(capstone):
    ex = BANK["cap_c02"]
    frame = frame_of(capstone, "cap_c02")
    solution = frame.locator("button.nk-solution")
    expect(solution).to_be_disabled()

    frame.get_by_role("radio", name=VERDICTS["accurate"], exact=True).click()
    tick(frame, next(e["text"] for e in ex["evidence"] if not e.get("relevant")))
    press_check(frame)
    expect(frame.locator(".nk-feedback")).to_contain_text(WORDS["incorrect"], timeout=WAIT)
    expect(solution).to_be_disabled()  # one wrong try is not yet enough to see the model answer

    frame.get_by_role("radio", name=VERDICTS[ex["verdict"]], exact=True).click()
    tick(frame, next(e["text"] for e in ex["evidence"] if not e.get("relevant")))  # untick
    for evidence in ex["evidence"]:
        if evidence.get("relevant"):
            tick(frame, evidence["text"])
    press_check(frame)
    expect(frame.locator(".nk-feedback")).to_contain_text(WORDS["correct"], timeout=WAIT)
    expect(solution).to_be_enabled()
    solution.click()
    expect(frame.locator(".nk-solution-text")).to_contain_text(f"Verdict: {VERDICTS[ex['verdict']]}", timeout=WAIT)
    assert [a["verdict"] for a in attempts(capstone, "cap_c02")][-2:] == ["incorrect", "correct"]


def test_the_report_and_its_export(capstone):
    ex = BANK["cap_c12"]
    frame = frame_of(capstone, "cap_c12")
    frame.get_by_role("radio", name=VERDICTS[ex["verdict"]], exact=True).click()
    for evidence in ex["evidence"]:
        if evidence.get("relevant"):
            tick(frame, evidence["text"])
    press_check(frame)
    expect(frame.locator(".nk-feedback")).to_contain_text(WORDS["correct"], timeout=WAIT)
    judged = len({a["exercise"] for c in range(1, 14) for a in attempts(capstone, f"cap_c{c:02d}")})

    cell = code_cell(capstone, "fc.report()")
    run_cell(capstone, cell)
    output = cell.locator(".jp-OutputArea-output")
    expect(output).to_contain_text(f"{judged} of 13 claims judged, {13 - judged} open", timeout=WAIT)
    expect(output.locator("table.nk-report-table")).to_have_count(1)
    expect(output).to_contain_text(next(c.quote for c in CLAIMS if c.exercise == "cap_c12"))  # the article's words

    type_new_cell_below(capstone, cell, f'fc.export("handed_in", learner="{LEARNER}")')
    expect(capstone.page.locator(".jp-OutputArea-output:has-text('Wrote handed_in.md')")).to_have_count(
        1, timeout=WAIT)
    folder = capstone.server.root / "notebooks"
    for suffix in (".md", ".csv", ".html"):
        assert (folder / f"handed_in{suffix}").exists()
    page = (folder / "handed_in.html").read_text(encoding="utf-8")
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "<em>open</em>" in page and VERDICTS[ex["verdict"]] in page


def test_the_capstone_stayed_offline(capstone):
    assert capstone.external == [], f"requests beyond the local server: {capstone.external}"
