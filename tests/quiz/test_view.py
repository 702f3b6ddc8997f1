"""The widgets, driven from Python as a learner would: set values, click, read the feedback."""

import importlib
import sys
import types

import ipywidgets as widgets
import pytest
from quiz_helpers import enter, of_type, right_answer

from nkcourse.quiz import check, instructor_mode, show, show_bank
from nkcourse.quiz.bank import load_bank

view = importlib.import_module("nkcourse.quiz.view")
DEMO = {ex["kind"]: ex["id"] for ex in load_bank("kinds_demo").exercises}
GRADED = [kind for kind in DEMO if kind not in ("code", "reflection")]
WRONG = {
    "single": "15 August 1945",
    "multiple": ["Kim Ku's Korean Provisional Government group"],
    "order": None,  # reversed, below
    "match": None,  # everyone a Soviet Korean, below
    "numeric": "2",
    "chart": "About six months",
    "verdict": {"verdict": "accurate", "evidence": ["The armistice was signed at Panmunjom in July 1953."]},
}


def wrong_answer(box):
    ex = box.exercise
    if ex["kind"] == "order":
        return right_answer(ex)[::-1]
    if ex["kind"] == "match":
        return {p["item"]: "Soviet Koreans" if p["answer"] != "Soviet Koreans" else "Yan'an group" for p in ex["pairs"]}
    return WRONG[ex["kind"]]


def all_widgets(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from all_widgets(child)


@pytest.mark.parametrize("kind", GRADED + ["reflection"])
def test_the_right_answer_gets_correct_and_the_explanation(kind):
    box = show(DEMO[kind])
    enter(box, right_answer(box.exercise))
    box.check_button.click()
    word = "Saved." if kind == "reflection" else "Correct."
    assert word in box.feedback.value and "Why:" in box.feedback.value


@pytest.mark.parametrize("kind", GRADED)
def test_a_wrong_answer_gets_not_quite_and_two_open_the_solution(kind):
    box = show(DEMO[kind])
    assert box.solution_button.disabled
    enter(box, wrong_answer(box))
    box.check_button.click()
    assert "Not quite." in box.feedback.value or "Partly right." in box.feedback.value
    assert "Why:" not in box.feedback.value  # the explanation waits for the solution or a right answer
    assert box.solution_button.disabled  # one wrong try is not enough: hints come before answers
    progress = importlib.import_module("nkcourse.quiz.progress")
    progress.store().record(box.exercise, "incorrect", "another wrong answer")
    box.update_solution_button()
    assert not box.solution_button.disabled
    box.solution_button.click()
    assert "Solution" in box.solution.value and "Why:" in box.solution.value
    box.solution_button.click()
    assert box.solution.value == "" and box.solution_button.description == "Solution"


@pytest.mark.parametrize("kind", GRADED + ["reflection"])
def test_checking_with_nothing_entered_is_a_friendly_message_not_an_attempt(kind):
    box = show(DEMO[kind])
    box.check_button.click()
    assert box.feedback.value.count("Check your answer:") == 1
    assert box.solution_button.disabled  # an empty check does not open the solution
    progress = importlib.import_module("nkcourse.quiz.progress")
    assert progress.store().attempts == []


def test_clicking_check_twice_with_the_same_answer_says_so():
    box = show(DEMO["single"])
    enter(box, "15 August 1945")
    box.check_button.click()
    box.check_button.click()
    assert "already checked this answer" in box.feedback.value and "Not quite." in box.feedback.value
    progress = importlib.import_module("nkcourse.quiz.progress")
    assert len(progress.store().attempts) == 1


def test_hints_come_one_by_one_then_say_there_are_no_more():
    box = show(DEMO["single"])
    hints = box.exercise["hints"]
    assert box.hints.value == ""
    box.hint_button.click()
    assert hints[0] in box.hints.value and hints[1] not in box.hints.value and "Hint 1 of 2" in box.hints.value
    box.hint_button.click()
    assert hints[1] in box.hints.value
    box.hint_button.click()
    assert "last hint" in box.hints.value and box.hint_button.description == "All hints shown"


def test_the_solution_waits_for_an_attempt_even_if_clicked_from_code():
    box = show(DEMO["single"])
    box.solution_button.click()  # a disabled button can still be clicked from Python
    assert box.solution.value == "" and "try the exercise first" in box.feedback.value


def test_instructor_mode_opens_solutions_at_once_also_on_screen_already(capsys):
    before = show(DEMO["match"])
    instructor_mode(True)
    assert "on" in capsys.readouterr().out
    after = show(DEMO["order"])
    for box in (before, after):
        assert not box.solution_button.disabled
        box.solution_button.click()
        assert "Solution" in box.solution.value
    instructor_mode(False)
    assert show(DEMO["order"]).solution_button.disabled


def test_instructor_mode_from_the_environment(monkeypatch):
    monkeypatch.setenv("NKCOURSE_INSTRUCTOR", "1")
    assert not show(DEMO["single"]).solution_button.disabled
    monkeypatch.setenv("NKCOURSE_INSTRUCTOR", "0")
    assert show(DEMO["single"]).solution_button.disabled


def test_a_solution_opens_for_an_exercise_tried_in_an_earlier_session():
    box = show(DEMO["single"])
    for wrong in ("15 August 1945", "25 June 1950"):
        enter(box, wrong)
        box.check_button.click()
    assert not show(DEMO["single"]).solution_button.disabled


@pytest.mark.parametrize("kind", list(DEMO))
def test_every_control_has_a_label_a_tooltip_and_the_frame_its_classes(kind):
    box = show(DEMO[kind])
    assert {"nk-exercise", f"nk-kind-{kind}"} <= set(box._dom_classes)
    classes = {c for w in all_widgets(box) for c in getattr(w, "_dom_classes", ())}
    assert {"nk-prompt", "nk-hint", "nk-solution", "nk-feedback", "nk-hints", "nk-solution-text"} <= classes
    if kind != "code":
        assert "nk-check" in classes
    controls = (widgets.RadioButtons, widgets.Checkbox, widgets.Text, widgets.Textarea, widgets.Button)
    for widget in all_widgets(box):
        if isinstance(widget, controls):
            assert widget.description.strip() and widget.tooltip, widget
            assert not getattr(widget, "description_allow_html", False)  # labels are text, never HTML


def test_order_uses_a_row_of_positions_per_item_not_shown_in_the_answer_order():
    box = show(DEMO["order"])
    rows = of_type(box, widgets.RadioButtons)
    n = len(box.exercise["items"])
    assert len(rows) == n and all("nk-row" in r._dom_classes for r in rows)
    assert [r.description for r in rows] != right_answer(box.exercise)
    assert all(r.value is None and r.orientation == "horizontal" for r in rows)
    assert [r.options[0] for r in rows] == [("1 (earliest)", 1)] * n and rows[0].options[-1] == (f"{n} (latest)", n)
    rows[0].value = 1
    box.check_button.click()
    assert "still without one" in box.feedback.value


def test_match_uses_a_row_of_choices_per_item_and_reads_a_dict():
    box = show(DEMO["match"])
    rows = of_type(box, widgets.RadioButtons)
    pairs = box.exercise["pairs"]
    assert [r.description for r in rows] == [p["item"] for p in pairs]
    assert all(r.value is None and {p["answer"] for p in pairs} <= set(r.options) for r in rows)
    assert all("nk-row" in r._dom_classes and r.tooltip == f"Choose the match for: {r.description}" for r in rows)
    enter(box, right_answer(box.exercise))
    box.check_button.click()
    assert "Correct." in box.feedback.value


def test_long_choices_go_one_a_line_short_ones_side_by_side():
    short = show(DEMO["match"])
    ex = short.exercise
    choices = sorted({p["answer"] for p in ex["pairs"]}) + ["A distractor far longer than thirty characters"]
    long = view.ExerciseBox({**ex, "choices": choices})
    assert {r.orientation for r in of_type(short, widgets.RadioButtons)} == {"horizontal"}
    assert {r.orientation for r in of_type(long, widgets.RadioButtons)} == {"vertical"}


HOSTILE = ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "</div><b>bold</b>"]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("kind", ["numeric", "reflection"])
def test_learner_text_is_escaped_before_it_is_shown(kind, text):
    box = show(DEMO[kind])
    enter(box, text)
    box.check_button.click()
    assert "&lt;" in box.feedback.value or kind == "reflection"  # the numeric message quotes the input
    for area in (box.feedback, box.hints, box.solution):
        assert "<script" not in area.value and "<img" not in area.value and "<b>" not in area.value


def test_bank_text_is_escaped_too(tmp_path):
    bank = load_bank("kinds_demo")
    ex = {**bank.exercises[0], "prompt": "<script>x</script>?", "explanation": "<b>no</b>",
          "options": [{"text": "<i>A</i>", "correct": True}, {"text": "B"}]}
    box = view.ExerciseBox(ex)
    enter(box, "<i>A</i>")
    box.check_button.click()
    html = "".join(w.value for w in all_widgets(box) if isinstance(w, widgets.HTML))
    assert "<script>" not in html and "<b>no</b>" not in html and "&lt;b&gt;no&lt;/b&gt;" in html


def test_show_bank_shows_every_exercise_under_its_title():
    shown = show_bank("00_start_here")
    boxes = [w for w in shown.children if isinstance(w, view.ExerciseBox)]
    assert len(boxes) == len(load_bank("00_start_here").exercises)
    assert "nk-bank" in shown._dom_classes and "Start here" in shown.children[0].value
    assert repr(shown) == "Exercises from the bank 00_start_here" and repr(boxes[0]) == "Exercise start_next_step"


def test_an_unknown_exercise_or_bank_is_a_message():
    for shown in (show("no_such_exercise"), show_bank("no_such_bank")):
        assert "nk-error" in shown._dom_classes and "cannot be shown" in shown.value


def test_a_code_task_shows_the_call_and_check_updates_it(monkeypatch, capsys):
    fake = types.ModuleType("nkcourse.data")
    fake.load = lambda name: __import__("pandas").DataFrame({"unit": [1, 1, 2]})
    monkeypatch.setitem(sys.modules, "nkcourse.data", fake)
    monkeypatch.setattr("nkcourse.load", fake.load)
    box = show(DEMO["code"])
    assert "check(&quot;demo_code&quot;, my_answer)" in box.controls[0].value
    assert box.check_button not in box.children[-4].children  # no Check button: check() is the way
    check("demo_code", 5)
    assert "Not quite." in box.feedback.value and "too high" in capsys.readouterr().out
    assert box.solution_button.disabled
    check("demo_code", 4)
    assert not box.solution_button.disabled
    check("demo_code", 2)
    assert "Correct." in box.feedback.value
