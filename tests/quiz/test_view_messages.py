"""The frame's behaviour from issue 11, driven from Python: hints before answers (the solution opens after
two checked answers or the last hint), no stale feedback, no "Try an answer" after a try, "Saved again",
and a busy state while an answer is checked."""

import importlib

from quiz_helpers import enter, right_answer

from nkcourse.quiz import instructor_mode, show
from nkcourse.quiz.bank import load_bank

view = importlib.import_module("nkcourse.quiz.view")
progress = importlib.import_module("nkcourse.quiz.progress")
DEMO = {ex["kind"]: ex["id"] for ex in load_bank("kinds_demo").exercises}


def test_the_solution_opens_after_two_checked_answers_not_one():
    box = show(DEMO["single"])
    enter(box, "15 August 1945")
    box.check_button.click()
    assert box.solution_button.disabled and box.solution_button.description == "Solution (after 2 tries)"
    box.solution_button.click()  # from code: still refused, with the reason
    assert box.solution.value == "" and "after 2 checked answers" in box.feedback.value
    enter(box, "25 June 1950")
    box.check_button.click()
    assert not box.solution_button.disabled


def test_an_invalid_check_is_not_a_try():
    box = show(DEMO["numeric"])
    for typed in ("", "three", "3 to 4"):
        enter(box, typed)
        box.check_button.click()
    assert box.solution_button.disabled


def test_the_solution_opens_after_the_last_hint():
    box = show(DEMO["single"])
    for _ in box.exercise["hints"][:-1]:
        box.hint_button.click()
        assert box.solution_button.disabled
    box.hint_button.click()
    assert not box.solution_button.disabled


def test_a_right_answer_opens_the_solution_at_once():
    box = show(DEMO["match"])
    enter(box, right_answer(box.exercise))
    box.check_button.click()
    assert not box.solution_button.disabled


def test_instructor_mode_is_unchanged():
    instructor_mode(True)
    try:
        assert not show(DEMO["verdict"]).solution_button.disabled
    finally:
        instructor_mode(False)


def test_no_try_an_answer_after_one_was_tried():
    untried = show(DEMO["single"])
    for _ in untried.exercise["hints"]:
        untried.hint_button.click()
    assert "Try an answer" in untried.hints.value
    tried = show(DEMO["multiple"])
    enter(tried, ["Kim Ku's Korean Provisional Government group"])
    tried.check_button.click()
    for _ in tried.exercise["hints"]:
        tried.hint_button.click()
    assert "Try an answer" not in tried.hints.value and "the solution is open now" in tried.hints.value


def test_a_failed_check_replaces_the_earlier_feedback(monkeypatch):
    box = show(DEMO["single"])
    enter(box, "15 August 1945")
    box.check_button.click()
    assert "Not quite." in box.feedback.value

    def broken(*args):
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    monkeypatch.setattr(progress.Store, "record", broken)
    enter(box, "9 September 1948")
    box.check_button.click()  # before: the exception left "Not quite." standing as if it were the reply
    assert "Not quite." not in box.feedback.value and "could not be checked" in box.feedback.value
    assert box.check_button.description == "Check" and not box.check_button.disabled


def test_saving_a_reflection_twice_says_saved_again():
    box = show(DEMO["reflection"])
    enter(box, "First thoughts.")
    box.check_button.click()
    assert "<strong>Saved.</strong>" in box.feedback.value
    enter(box, "Second thoughts.")
    box.check_button.click()
    assert "<strong>Saved again.</strong>" in box.feedback.value
    box.check_button.click()
    assert "already saved this text" in box.feedback.value


def test_check_shows_a_busy_state_while_it_works(monkeypatch):
    box = show(DEMO["single"])
    seen = []
    real = view.check_answer

    def watching(ex, answer):
        seen.append((box.check_button.description, box.check_button.disabled))
        return real(ex, answer)

    monkeypatch.setattr(view, "check_answer", watching)
    enter(box, "9 September 1948")
    box.check_button.click()
    assert seen == [("Checking…", True)]
    assert (box.check_button.description, box.check_button.disabled) == ("Check", False)


def test_every_reply_changes_the_feedback_so_the_page_sees_it():
    box = show(DEMO["single"])
    enter(box, "15 August 1945")
    box.check_button.click()
    first = box.feedback.value
    box.check_button.click()  # the same answer again: the same result, but a new reply
    assert box.feedback.value != first and 'data-nk-reply="2"' in box.feedback.value


def test_verdict_and_evidence_are_shown_on_lines_of_their_own():
    box = show(DEMO["verdict"])
    enter(box, {**right_answer(box.exercise), "verdict": "accurate"})
    box.check_button.click()
    assert "Not quite.</strong> Verdict: Accurate is not the best verdict" in box.feedback.value
    assert "<br>Evidence: you picked" in box.feedback.value
