"""Every kind of exercise, answered through the page itself, once wrongly and once rightly, in the demo
notebook exercises/00_exercise_kinds.ipynb, which shows one of every kind from exercises/banks/kinds_demo.yaml.
The expected texts come from that bank, so the tests follow its edits.

Clicks and typing only. The order and match exercises are also answered by keyboard alone (Tab, Space,
Enter), as the course promises. Keys pressed inside an exercise never reach JupyterLab's notebook shortcuts
(m, x, d d, Shift+Enter, the arrow keys), thanks to the course's front-end piece (nkcourse/labextension).

The notebook is opened once for the whole module (running it takes most of the time); each test works
on its own exercise and then reads the learner's progress file to see that the attempts were saved.
"""

from __future__ import annotations

import json
import re

import pytest
from labdriver import KERNEL_STATUS, REPO, RUN_TIMEOUT, notebook_copy

from nkcourse.quiz.bank import VERDICTS, load_bank
from nkcourse.quiz.check import WORDS
from nkcourse.quiz.view import SOLUTION_AFTER

try:
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips (or, with CI=true, fails) with the reason
    expect = None

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 120)

DEMO = REPO / "exercises" / "00_exercise_kinds.ipynb"
BANK = {ex["id"]: ex for ex in load_bank("kinds_demo").exercises}
WAIT = 20_000  # ms for feedback to come back from the kernel


def by_kind(kind: str) -> dict:
    return next(ex for ex in BANK.values() if ex["kind"] == kind)


@pytest.fixture(scope="module")
def kinds(browser, lab_server):
    """The demo notebook, run once in one page. A copy under a name of its own, so the per-notebook test
    of the same notebook is not disturbed by the cells typed here."""
    lab_server.fresh_progress()
    if not DEMO.exists():
        pytest.fail(f"{DEMO.relative_to(REPO)} is missing: it shows one exercise of every kind")
    with notebook_copy(browser, lab_server, DEMO, lab_server.root / "exercises" / "_browser_exercise_kinds.ipynb",
                       "the exercise demo notebook") as lab:
        yield lab


def frame_of(lab, ex: dict):
    """The frame (.nk-exercise) of one exercise, found by its kind and its prompt."""
    page = lab.page
    prompt = " ".join(ex["prompt"].split())[:60]
    frame = page.locator(f".nk-exercise.nk-kind-{ex['kind']}").filter(
        has=page.locator(".nk-prompt", has_text=prompt))
    expect(frame).to_have_count(1)
    frame.scroll_into_view_if_needed()
    return frame


def press_check(frame):
    """Click Check once the kernel has the answer: ipywidgets buffers value updates while a message is
    pending, and a click sent at once can overtake them (a learner is never that fast)."""
    lab_page = frame.page
    lab_page.wait_for_timeout(300)
    lab_page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=WAIT)
    frame.locator("button.nk-check").click()


def feedback(frame):
    return frame.locator(".nk-feedback")


def row_of(frame, description: str):
    """The row (.nk-row) of one item of an order or match exercise, found by the item's text."""
    row = frame.locator(".nk-row").filter(has=frame.page.locator("label.widget-label").get_by_text(
        description, exact=True))
    expect(row).to_have_count(1)
    return row


def choose(frame, label: str, description: str):
    """Click one option (a radio button) in the row of one item."""
    radio = row_of(frame, description).get_by_role("radio", name=label, exact=True)
    radio.click()
    expect(radio).to_be_checked()


def attempts(lab, exercise_id: str) -> list[dict]:
    path = lab.server.progress_dir / "progress.json"
    assert path.exists(), f"no progress file in {lab.server.progress_dir}"
    data = json.loads(path.read_text(encoding="utf-8"))
    return [a for a in data["attempts"] if a["exercise"] == exercise_id]


def assert_saved(lab, ex: dict, verdicts: list[str]):
    saved = attempts(lab, ex["id"])
    assert [a["verdict"] for a in saved][-len(verdicts):] == verdicts, saved
    assert all(a["kind"] == ex["kind"] and a["bank"] for a in saved)


def use_hint(frame, ex: dict):
    frame.locator("button.nk-hint").click()
    hints = frame.locator(".nk-hints")
    expect(hints).to_contain_text(f"Hint 1 of {len(ex['hints'])}", timeout=WAIT)
    expect(hints).to_contain_text(ex["hints"][0])


def answer_choice(frame, ex: dict, text: str):
    frame.get_by_role("radio", name=text, exact=True).click()
    press_check(frame)


def test_single_choice_wrong_then_right_with_hint_and_solution(kinds):
    ex = by_kind("single")
    frame = frame_of(kinds, ex)
    solution = frame.locator("button.nk-solution")
    expect(solution).to_be_disabled()
    expect(solution).to_have_text(f"Solution (after {SOLUTION_AFTER} tries)")
    use_hint(frame, ex)

    wrong = next(o for o in ex["options"] if not o.get("correct"))
    answer_choice(frame, ex, wrong["text"])
    expect(feedback(frame)).to_contain_text(f"{WORDS['incorrect']} {wrong['feedback']}", timeout=WAIT)
    expect(solution).to_be_disabled()  # hints before answers: one wrong try does not open it

    right = next(o for o in ex["options"] if o.get("correct"))
    answer_choice(frame, ex, right["text"])
    expect(feedback(frame)).to_contain_text(f"{WORDS['correct']} {right['feedback']}", timeout=WAIT)
    expect(feedback(frame)).to_contain_text(f"Why: {' '.join(ex['explanation'].split())}")
    expect(solution).to_be_enabled()

    solution.click()
    expect(frame.locator(".nk-solution-text")).to_contain_text("Solution", timeout=WAIT)
    expect(frame.locator(".nk-solution-text")).to_contain_text(right["text"])
    assert_saved(kinds, ex, ["incorrect", "correct"])
    assert attempts(kinds, ex["id"])[-1]["answer"] == right["text"]


def test_multiple_choice_wrong_then_right(kinds):
    ex = by_kind("multiple")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    right = [o for o in ex["options"] if o.get("correct")]
    wrong = [o for o in ex["options"] if not o.get("correct")]

    frame.get_by_role("checkbox", name=wrong[0]["text"], exact=True).click()
    press_check(frame)
    expect(feedback(frame)).to_contain_text(
        f"{WORDS['incorrect']} You found 0 of the {len(right)} right options and ticked 1 wrong.", timeout=WAIT)
    expect(feedback(frame)).to_contain_text(f"Wrong: {wrong[0]['text']} — {wrong[0]['feedback']}")

    frame.get_by_role("checkbox", name=wrong[0]["text"], exact=True).click()  # untick
    for option in right:
        frame.get_by_role("checkbox", name=option["text"], exact=True).click()
    press_check(frame)
    expect(feedback(frame)).to_contain_text(
        f"{WORDS['correct']} You found {len(right)} of the {len(right)} right options.", timeout=WAIT)
    assert_saved(kinds, ex, ["incorrect", "correct"])


def order_label(position: int, n: int) -> str:
    return f"{position} (earliest)" if position == 1 else f"{position} (latest)" if position == n else str(position)


def test_put_in_order_wrong_then_right(kinds):
    ex = by_kind("order")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    texts = [item["text"] for item in ex["items"]]
    n = len(texts)

    for k, text in enumerate(texts):  # the first event put last: n - 1 in order, one to move
        choose(frame, order_label((k - 1) % n + 1, n), text)
    press_check(frame)
    expect(feedback(frame)).to_contain_text(
        f"{WORDS['partly']} {n - 1} of {n} items are in the right order relative to each other; move the one "
        "marked below.", timeout=WAIT)
    expect(feedback(frame)).to_contain_text(f"Wrong: {texts[0]} — move it earlier: it comes before “{texts[1]}”")

    for k, text in enumerate(texts):
        choose(frame, order_label(n - k, n), text)  # reversed: only one item can stay
    press_check(frame)
    expect(feedback(frame)).to_contain_text(f"{WORDS['incorrect']} 1 of {n} items is in the right order",
                                            timeout=WAIT)

    for k, text in enumerate(texts):
        choose(frame, order_label(k + 1, n), text)
    press_check(frame)
    expect(feedback(frame)).to_contain_text(f"{WORDS['correct']} All {n} items are in the right order.",
                                            timeout=WAIT)
    assert_saved(kinds, ex, ["partly", "incorrect", "correct"])


def test_match_wrong_then_right(kinds):
    ex = by_kind("match")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    pairs = ex["pairs"]
    n = len(pairs)

    for k, pair in enumerate(pairs):  # each item given the next item's answer: all wrong
        choose(frame, pairs[(k + 1) % n]["answer"], pair["item"])
    press_check(frame)
    expect(feedback(frame)).to_contain_text(f"{WORDS['incorrect']} 0 of {n} matches are right.", timeout=WAIT)

    for pair in pairs:
        choose(frame, pair["answer"], pair["item"])
    press_check(frame)
    expect(feedback(frame)).to_contain_text(f"{WORDS['correct']} {n} of {n} matches are right.", timeout=WAIT)
    expect(feedback(frame)).to_contain_text(f"Right: {pairs[0]['item']} → {pairs[0]['answer']}")
    assert_saved(kinds, ex, ["incorrect", "correct"])


def fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def test_numeric_wrong_then_right(kinds):
    ex = by_kind("numeric")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    box = frame.get_by_role("textbox")
    too_low = ex["answer"] - 3 * ex["tolerance"] - 1

    box.click()
    kinds.page.keyboard.type(fmt(too_low))
    press_check(frame)
    expect(feedback(frame)).to_contain_text(
        f"{WORDS['incorrect']} {fmt(too_low)} {ex['unit']} is too low. {ex['feedback']['low']}", timeout=WAIT)

    box.click()
    kinds.page.keyboard.press("ControlOrMeta+a")
    kinds.page.keyboard.type(fmt(ex["answer"]))
    press_check(frame)
    expect(feedback(frame)).to_contain_text(
        f"{WORDS['correct']} The accepted answer is {fmt(ex['answer'])} {ex['unit']}", timeout=WAIT)
    assert_saved(kinds, ex, ["incorrect", "correct"])
    assert [a["answer"] for a in attempts(kinds, ex["id"])][-2:] == [fmt(too_low), fmt(ex["answer"])]


def tab_to(page, css_class: str, presses: int = 12) -> None:
    """Press Tab until the focused element has the class (a button of the exercise frame)."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.classList.contains('{css_class}')"):
            return
    raise AssertionError(f"Tab never reached .{css_class}")


def test_read_the_chart_wrong_by_mouse_then_right_by_keyboard(kinds):
    """The start notebook tells learners: Tab moves between the choices, Space picks one; Enter presses
    a button. The right answer is given that way."""
    ex = by_kind("chart")
    if ex["answer_type"] != "choice":
        pytest.skip("the demo chart exercise takes a number; the numeric test covers that control")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    wrong = next(o for o in ex["options"] if not o.get("correct"))
    answer_choice(frame, ex, wrong["text"])
    expect(feedback(frame)).to_contain_text(f"{WORDS['incorrect']} {wrong['feedback']}", timeout=WAIT)

    page = kinds.page
    right_index = next(n for n, o in enumerate(ex["options"]) if o.get("correct"))
    radios = frame.get_by_role("radio")
    radios.first.focus()
    for _ in range(right_index):
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(radios.nth(right_index)).to_be_checked()
    tab_to(page, "nk-check")
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    right = ex["options"][right_index]
    expect(feedback(frame)).to_contain_text(f"{WORDS['correct']} {right['feedback']}", timeout=WAIT)
    assert_saved(kinds, ex, ["incorrect", "correct"])


def test_claim_verdict_wrong_then_right(kinds):
    ex = by_kind("verdict")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    relevant = [e for e in ex["evidence"] if e.get("relevant")]
    irrelevant = [e for e in ex["evidence"] if not e.get("relevant")]
    wrong_verdict = next(label for key, label in VERDICTS.items() if key != ex["verdict"])

    wrong_key = next(key for key, label in VERDICTS.items() if label == wrong_verdict)
    frame.get_by_role("radio", name=wrong_verdict, exact=True).click()
    frame.get_by_role("checkbox", name=" ".join(irrelevant[0]["text"].split()), exact=True).click()
    press_check(frame)
    expect(feedback(frame)).to_contain_text(
        f"{WORDS['incorrect']} Verdict: {wrong_verdict} is not the best verdict for this claim. "
        f"{' '.join(ex['verdict_feedback'][wrong_key].split())}", timeout=WAIT)
    expect(feedback(frame)).to_contain_text(
        f"Evidence: you picked 0 of the {len(relevant)} decisive pieces of evidence and 1 that does not decide it.")

    frame.get_by_role("radio", name=VERDICTS[ex["verdict"]], exact=True).click()
    frame.get_by_role("checkbox", name=" ".join(irrelevant[0]["text"].split()), exact=True).click()  # untick
    for evidence in relevant:
        frame.get_by_role("checkbox", name=" ".join(evidence["text"].split()), exact=True).click()
    press_check(frame)
    expect(feedback(frame)).to_contain_text(
        f"{WORDS['correct']} Verdict: {VERDICTS[ex['verdict']]} is right.", timeout=WAIT)
    expect(feedback(frame)).to_contain_text(
        f"Evidence: you picked {len(relevant)} of the {len(relevant)} decisive pieces of evidence.")
    assert_saved(kinds, ex, ["incorrect", "correct"])
    assert attempts(kinds, ex["id"])[-1]["answer"]["verdict"] in (ex["verdict"], VERDICTS[ex["verdict"]])


def type_and_run_new_cell(lab, frame, code: str):
    """Below the exercise's cell: Escape (command mode), B (new cell), Enter (edit), type, Shift+Enter.
    Returns the new cell."""
    page = lab.page
    cell = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").filter(has=frame)
    cell.locator(".jp-InputPrompt").click()
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    new_cell = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell.jp-mod-active")
    expect(new_cell.locator(".jp-InputPrompt")).to_have_text("[ ]:")
    handle = new_cell.element_handle()
    page.keyboard.press("Enter")
    page.keyboard.type(code)
    page.keyboard.press("Shift+Enter")
    return handle


def output_text(handle, contains: str) -> str:
    handle.wait_for_selector(f'.jp-OutputArea-output:has-text("{contains}")', timeout=WAIT)
    return " ".join(handle.query_selector(".jp-OutputArea").inner_text().split())


def test_code_task_wrong_then_right(kinds):
    ex = by_kind("code")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    wrong = type_and_run_new_cell(kinds, frame, 'import nkcourse as nk\nevents = nk.load("events")\n'
                                                'my_answer = len(events)\nnk.check("demo_code", my_answer)')
    text = output_text(wrong, WORDS["incorrect"])
    assert "Not quite. Your number is too high. Check each step of your calculation against the task." in text
    expect(feedback(frame)).to_contain_text(f"{WORDS['incorrect']} Your number is too high.", timeout=WAIT)

    right = type_and_run_new_cell(kinds, frame, 'my_answer = int((events["unit"] == 1).sum())\n'
                                                'nk.check("demo_code", my_answer)')
    text = output_text(right, WORDS["correct"])
    assert "Correct. Your number matches the course data." in text
    assert f"Why: {' '.join(ex['explanation'].split())}" in text
    expect(feedback(frame)).to_contain_text(f"{WORDS['correct']} Your number matches the course data.",
                                            timeout=WAIT)
    assert_saved(kinds, ex, ["incorrect", "correct"])


def test_reflection_is_saved(kinds):
    ex = by_kind("reflection")
    frame = frame_of(kinds, ex)
    use_hint(frame, ex)
    text = "Diplomats saw the quarrels at the top <b>clearly</b>; they missed life outside Pyongyang."
    frame.get_by_role("textbox").click()
    kinds.page.keyboard.type(text)
    save = frame.locator("button.nk-check")
    expect(save).to_have_text("Save")
    press_check(frame)
    expect(feedback(frame)).to_contain_text(WORDS["saved"], timeout=WAIT)
    expect(feedback(frame)).to_contain_text(f"Why: {' '.join(ex['explanation'].split())}")
    assert frame.locator(".nk-feedback b").count() == 0  # the learner's text is never rendered as HTML
    saved = attempts(kinds, ex["id"])
    assert saved and saved[-1]["verdict"] == "saved" and saved[-1]["answer"] == text


def answer_rows_by_keyboard(page, frame, wanted: dict[str, str]) -> None:
    """Give each row (item text -> option label) its option with the keyboard only: Tab from one radio
    button to the next, Space on the wanted one; then Tab to Check and press Enter. Focus starts on the
    first radio button, as after Tab from the prompt."""
    rows = frame.locator(".nk-row")
    stops = []  # every radio button in Tab order, as (item, option label)
    for k in range(rows.count()):
        item = " ".join(rows.nth(k).locator("label.widget-label").text_content().split())
        stops += [(item, text.strip()) for text in rows.nth(k).locator(".widget-radio-box label").all_text_contents()]
    assert {item for item, _ in stops} == set(wanted), stops
    radios = rows.get_by_role("radio")
    assert radios.count() == len(stops)
    radios.first.focus()
    at = 0
    for target in [stops.index((item, label)) for item, label in stops if wanted[item] == label]:
        for _ in range(target - at):
            page.keyboard.press("Tab")
        at = target
        page.keyboard.press("Space")
        expect(radios.nth(target)).to_be_focused()
        expect(radios.nth(target)).to_be_checked()
    tab_to(page, "nk-check", presses=len(stops) + 4)
    page.wait_for_timeout(300)
    page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=WAIT)
    page.keyboard.press("Enter")


def cell_kinds(lab) -> list[str]:
    return lab.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").evaluate_all(
        "cells => cells.map(c => c.classList.contains('jp-MarkdownCell') ? 'markdown' : 'code')")


def test_order_and_match_work_by_keyboard_alone(kinds):
    """Tab and Space pick the options of an order and a match exercise, Enter presses Check; JupyterLab
    leaves these keys alone (no cell is added, deleted or changed), once wrongly and once rightly."""
    page = kinds.page
    cells = cell_kinds(kinds)

    ex = by_kind("order")
    frame = frame_of(kinds, ex)
    texts = [item["text"] for item in ex["items"]]
    n = len(texts)
    answer_rows_by_keyboard(page, frame, {t: order_label(n - k, n) for k, t in enumerate(texts)})
    expect(feedback(frame)).to_contain_text(f"{WORDS['incorrect']} 1 of {n} items is in the right order",
                                            timeout=WAIT)
    answer_rows_by_keyboard(page, frame, {t: order_label(k + 1, n) for k, t in enumerate(texts)})
    expect(feedback(frame)).to_contain_text(f"{WORDS['correct']} All {n} items are in the right order.",
                                            timeout=WAIT)
    assert_saved(kinds, ex, ["incorrect", "correct"])

    ex = by_kind("match")
    frame = frame_of(kinds, ex)
    pairs = ex["pairs"]
    n = len(pairs)
    answer_rows_by_keyboard(page, frame, {p["item"]: pairs[(k + 1) % n]["answer"] for k, p in enumerate(pairs)})
    expect(feedback(frame)).to_contain_text(f"{WORDS['incorrect']} 0 of {n} matches are right.", timeout=WAIT)
    answer_rows_by_keyboard(page, frame, {p["item"]: p["answer"] for p in pairs})
    expect(feedback(frame)).to_contain_text(f"{WORDS['correct']} {n} of {n} matches are right.", timeout=WAIT)
    assert_saved(kinds, ex, ["incorrect", "correct"])
    assert cell_kinds(kinds) == cells


def test_arrow_keys_on_a_radio_button_stay_in_the_exercise(kinds):
    page = kinds.page
    frame = frame_of(kinds, by_kind("chart"))
    radios = frame.get_by_role("radio")
    radios.first.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert frame.evaluate("f => f.contains(document.activeElement)"), "focus left the exercise"


def exercise_cell(lab, frame):
    return lab.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").filter(has=frame)


@pytest.mark.parametrize("keys", [["m"], ["x"], ["d", "d"], ["Shift+Enter"], ["a"], ["b"]],
                         ids=["m", "x", "d d", "Shift+Enter", "a", "b"])
@pytest.mark.parametrize("control", ["radio", "checkbox"])
def test_keys_pressed_inside_an_exercise_do_not_edit_the_notebook(kinds, control, keys):
    """m (to Markdown), x (cut), d d (delete), Shift+Enter (run again: the answer lost), a and b (new
    cells): with focus on a radio button or a checkbox of an exercise, none of them touches the notebook."""
    page = kinds.page
    frame = frame_of(kinds, by_kind("single" if control == "radio" else "multiple"))
    cells, prompt = cell_kinds(kinds), exercise_cell(kinds, frame).locator(".jp-InputPrompt").text_content()
    chosen = frame.get_by_role(control).nth(1)
    if not chosen.is_checked():
        chosen.click()
    expect(chosen).to_be_checked()
    chosen.focus()
    page.wait_for_timeout(200)
    for key in keys:
        page.keyboard.press(key)
    page.wait_for_timeout(600)
    assert cell_kinds(kinds) == cells, f"{'+'.join(keys)} changed the notebook's cells"
    expect(chosen).to_be_checked()  # the exercise was not re-run: the answer is still there
    assert exercise_cell(kinds, frame).locator(".jp-InputPrompt").text_content() == prompt
    assert frame.get_attribute("data-lm-suppress-shortcuts") == "true"


def test_a_click_outside_the_exercise_gives_the_keys_back_to_the_notebook(kinds):
    """After answering, a click on the cell's prompt (outside the exercise) and b add a cell below, as
    everywhere in JupyterLab: the keys are kept only while the focus is inside the exercise."""
    page = kinds.page
    frame = frame_of(kinds, by_kind("multiple"))
    frame.get_by_role("checkbox").first.focus()
    cells = cell_kinds(kinds)
    exercise_cell(kinds, frame).locator(".jp-InputPrompt").click()
    page.keyboard.press("b")
    page.wait_for_timeout(400)
    assert len(cell_kinds(kinds)) == len(cells) + 1
    page.keyboard.press("d")
    page.keyboard.press("d")  # and delete it again
    page.wait_for_timeout(400)
    assert cell_kinds(kinds) == cells


def test_a_reply_ends_the_busy_state(kinds):
    """Every check above showed "Checking your answer…" only until its reply came."""
    assert kinds.page.locator(".nk-exercise.nk-checking").count() == 0
    assert kinds.page.locator(".nk-exercise .nk-feedback [data-nk-reply]").count() >= 8


def test_check_without_a_kernel_says_so_instead_of_nothing(kinds):
    """Runs last in this module: it stops the kernel, as a hub's culler or a crash would. A click on Check
    shows "Checking your answer…" at once, and after a few seconds without a reply says that the kernel
    may be busy or stopped and what to do."""
    ex = by_kind("single")
    frame = frame_of(kinds, ex)
    kinds.page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.shutdown()")
    kinds.page.wait_for_function(f"() => {KERNEL_STATUS} !== 'idle' && {KERNEL_STATUS} !== 'busy'", timeout=WAIT)
    frame.get_by_role("radio", name=ex["options"][2]["text"], exact=True).click()
    frame.locator("button.nk-check").click()
    area = feedback(frame)
    expect(frame).to_have_class(re.compile(r"\bnk-checking\b"))
    assert "Checking your answer" in area.evaluate("a => getComputedStyle(a, '::before').content")
    expect(frame).to_have_class(re.compile(r"\bnk-no-reply\b"), timeout=8_000)
    text = area.evaluate("a => getComputedStyle(a, '::before').content")
    assert "No reply from the kernel yet" in text and "Restart Kernel" in text


def test_the_exercise_page_stayed_offline(kinds):
    assert kinds.external == [], f"requests beyond the local server: {kinds.external}"
