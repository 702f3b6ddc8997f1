"""Feedback that teaches: each test here fails on the engine before issue 11 and passes now.

Verdicts are judged apart from the evidence and always explained; time lines are graded by relative
order with a which-item-to-move message; numbers are read as people type them and answered in
correct English; code tasks recognise predictable wrong values; multiple choice explains the right
options a learner missed.
"""

import importlib
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkcourse.quiz.bank import VERDICTS, find_exercise, load_bank

core = importlib.import_module("nkcourse.quiz.check")
check_answer = core.check_answer
DEMO = {ex["kind"]: ex for ex in load_bank("kinds_demo").exercises}


# --- verdicts ---------------------------------------------------------------------------------------

def verdict_task(right: str, **extra) -> dict:
    ex = {k: v for k, v in DEMO["verdict"].items() if k != "verdict_feedback"}
    return {**ex, "verdict": right, **extra}


@pytest.mark.parametrize(("chosen", "right"), [p for p in itertools.permutations(VERDICTS, 2)])
def test_every_wrong_verdict_gets_a_sentence_and_is_never_partly_right(chosen, right):
    ex = verdict_task(right)
    relevant = [e["text"] for e in ex["evidence"] if e.get("relevant")]
    result = check_answer(ex, {"verdict": chosen, "evidence": relevant})  # perfect evidence, wrong verdict
    assert result.verdict == "incorrect"
    verdict_line, evidence_line = result.message.split("\n")
    assert verdict_line.startswith(f"Verdict: {VERDICTS[chosen]} is not the best verdict")
    sentence = verdict_line.split("for this claim.", 1)[1].strip()
    assert len(sentence) > 30 and sentence.endswith(".")  # a real sentence, not an empty label
    assert evidence_line == f"Evidence: you picked {len(relevant)} of the {len(relevant)} decisive pieces of evidence."


def test_the_bank_sentence_for_a_verdict_is_used_when_given():
    own = {key: f"Because of reason {n} for {key}." for n, key in enumerate(VERDICTS)}
    ex = verdict_task("inaccurate", verdict_feedback=own)
    relevant = [e["text"] for e in ex["evidence"] if e.get("relevant")]
    wrong = check_answer(ex, {"verdict": "misleading", "evidence": relevant})
    assert own["misleading"] in wrong.message
    right = check_answer(ex, {"verdict": "inaccurate", "evidence": relevant})
    assert right.verdict == "correct" and own["inaccurate"] in right.message
    assert any(own["inaccurate"] in line for line in core.solution_lines(ex))


def test_verdict_and_evidence_are_reported_apart():
    ex = DEMO["verdict"]
    irrelevant = next(e["text"] for e in ex["evidence"] if not e.get("relevant"))
    result = check_answer(ex, {"verdict": ex["verdict"], "evidence": [irrelevant]})
    assert result.verdict == "partly"  # right verdict, weak evidence
    verdict_line, evidence_line = result.message.split("\n")
    assert verdict_line.startswith(f"Verdict: {VERDICTS[ex['verdict']]} is right.")
    assert evidence_line.startswith("Evidence: you picked 0 of the") and "1 that does not decide it" in evidence_line
    assert [i.label for i in result.items] == [irrelevant]  # the items are the evidence only


@settings(max_examples=60, deadline=None)
@given(chosen=st.sampled_from(list(VERDICTS)), picks=st.sets(st.integers(0, 3), min_size=1))
def test_a_wrong_verdict_is_never_labelled_partly_right(chosen, picks):
    ex = DEMO["verdict"]
    evidence = [ex["evidence"][k]["text"] for k in sorted(picks)]
    result = check_answer(ex, {"verdict": chosen, "evidence": evidence})
    if chosen != ex["verdict"]:
        assert result.verdict == "incorrect" and "not the best verdict" in result.message


# --- order ------------------------------------------------------------------------------------------

ORDER = DEMO["order"]
ITEMS = [item["text"] for item in ORDER["items"]]
N = len(ITEMS)


def test_moving_one_item_to_the_end_is_not_zero_of_n():
    answer = ITEMS[1:] + ITEMS[:1]  # the first event put last
    result = check_answer(ORDER, answer)
    assert result.verdict == "partly"
    assert result.message.startswith(f"{N - 1} of {N} items are in the right order")
    wrong = [i for i in result.items if not i.ok]
    assert [(i.label, i.text) for i in wrong] == [(ITEMS[0], f"move it earlier: it comes before “{ITEMS[1]}”")]


def test_one_item_too_early_is_told_to_move_later_after_its_neighbour():
    answer = [ITEMS[3], *ITEMS[:3], *ITEMS[4:]]
    wrong = [i for i in check_answer(ORDER, answer).items if not i.ok]
    assert [(i.label, i.text) for i in wrong] == [(ITEMS[3], f"move it later: it comes after “{ITEMS[2]}”")]


def test_a_reversed_time_line_is_wrong_and_a_right_one_correct():
    assert check_answer(ORDER, ITEMS[::-1]).verdict == "incorrect"
    result = check_answer(ORDER, ITEMS)
    assert result.verdict == "correct" and result.message == f"All {N} items are in the right order."


@settings(max_examples=80, deadline=None)
@given(order=st.permutations(ITEMS))
def test_following_the_advice_never_loses_ground(order):
    """The items marked right are in the right order among themselves, and their number never
    exceeds n; moving the marked ones as told gives the right time line."""
    result = check_answer(ORDER, list(order))
    kept = [i.label for i in result.items if i.ok]
    assert kept == [t for t in ITEMS if t in kept]
    assert all(i.text.startswith(("move it earlier", "move it later")) for i in result.items if not i.ok)


# --- numbers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["3.1 years", "3.1years", "about 3.1", "3,1 years", "3.1 yrs."])
def test_numbers_with_their_unit_are_read(typed):
    assert check_answer(DEMO["numeric"], typed).verdict == "correct"


@pytest.mark.parametrize(("typed", "value"), [
    ("38th", 38), ("38°N", 38), ("38° N", 38), ("38 degrees north", 38), ("38th parallel", 38),
    ("1,953", 1953), ("1 953", 1953), ("1\u2009953", 1953), ("1\u202f953", 1953), ("1\u00a0953", 1953),
    ("\u22122", -2),
])
def test_numbers_are_read_as_people_type_them(typed, value):
    ex = {**DEMO["numeric"], "answer": value, "tolerance": 0, "unit": "degrees north"}
    assert check_answer(ex, typed).verdict == "correct"


@pytest.mark.parametrize("typed", ["3 to 4", "3 4", "between 3 and 4", "three", "3.1.2"])
def test_two_numbers_or_words_are_not_one_number(typed):
    assert check_answer(DEMO["numeric"], typed).verdict == "invalid"


def test_units_are_singular_for_one():
    ex = {**DEMO["numeric"], "answer": 1, "tolerance": 0, "unit": "years", "feedback": {}}
    assert check_answer(ex, 1).message == "The accepted answer is 1 year."
    assert check_answer(ex, 3).message == "3 years is too high."
    members = {**ex, "answer": 5, "unit": "members"}
    assert check_answer(members, 1).message == "1 member is too low."
    assert core.solution_lines({**ex, "unit": "degrees north"}) == ["1 degree north"]


# --- code tasks: predictable wrong values -------------------------------------------------------------

def test_a_listed_wrong_value_gets_its_own_sentence_before_too_high():
    ex = {"id": "t_code", "kind": "code", "prompt": "Count.", "hints": ["h"], "explanation": "e", "sources": [],
          "solution": "3", "wrong_values": [{"value": 5, "feedback": "You counted the Third Congress too."}]}
    assert check_answer(ex, 5).message == "You counted the Third Congress too."
    assert check_answer(ex, 5.0).verdict == "incorrect"
    assert "too high" in check_answer(ex, 7).message
    assert check_answer(ex, 3).verdict == "correct"
    assert check_answer(ex, "5").verdict == "invalid"  # text is still told to be a number


def test_wrong_values_work_for_text_and_lists():
    ex = {"id": "t_code", "kind": "code", "prompt": "Name.", "hints": ["h"], "explanation": "e", "sources": [],
          "solution": "['a', 'b']", "wrong_values": [{"value": ["a", "c"], "feedback": "c came later."}]}
    assert check_answer(ex, ["c", "a"]).message == "c came later."


# --- multiple choice: missed right options ------------------------------------------------------------

def test_a_missed_right_option_is_explained():
    ex = DEMO["multiple"]
    right = [o for o in ex["options"] if o.get("correct")]
    result = check_answer(ex, [right[0]["text"]])
    missed = [i for i in result.items if i.tag == "Missed"]
    assert [i.label for i in missed] == [o["text"] for o in right[1:]]
    assert [i.text for i in missed] == [o["feedback"] for o in right[1:]]
    assert "- Missed: " in str(result)


def test_one_is_singular_in_every_count():
    match = DEMO["match"]
    right = {p["item"]: p["answer"] for p in match["pairs"]}
    wrong_but_one = {item: ("Soviet Koreans" if answer != "Soviet Koreans" else "Yan'an group")
                     for item, answer in right.items()}
    first = match["pairs"][0]["item"]
    assert check_answer(match, {**wrong_but_one, first: right[first]}).message == f"1 of {len(right)} matches is right."
    assert check_answer(ORDER, ITEMS[::-1]).message.startswith(f"1 of {N} items is in the right order")
    single = {**DEMO["multiple"], "options": [{"text": "A", "correct": True}, {"text": "B"}]}
    assert check_answer(single, ["A"]).message == "You found 1 of the 1 right option."
    ex = {**DEMO["verdict"], "evidence": [{"text": "E", "relevant": True}, {"text": "F"}]}
    assert "you picked 1 of the 1 decisive piece of evidence." in check_answer(
        ex, {"verdict": ex["verdict"], "evidence": ["E"]}).message


# --- the unit after a number (tester's finding 1) -------------------------------------------------------

def bank_check(exercise_id: str, typed: str):
    return check_answer(find_exercise(exercise_id), typed)


@pytest.mark.parametrize(("exercise_id", "typed"), [
    ("u4p_treaty_days", "5 months"), ("u4p_treaty_days", "1 year"), ("u1_age_estimate", "33 days"),
    ("start_parallel", "38°S"), ("start_parallel", "38 south"), ("start_parallel", "38 km"),
    ("start_parallel", "38 E"),
])
def test_a_different_unit_is_never_taken_for_the_one_asked(exercise_id, typed):
    result = bank_check(exercise_id, typed)
    assert result.verdict == "invalid", result
    assert find_exercise(exercise_id)["unit"] in result.message


def test_an_unknown_word_is_named():
    expected = "I read 38 but not 'km'; this question asks for degrees north."
    assert bank_check("start_parallel", "38 km").message == expected


@pytest.mark.parametrize(("exercise_id", "typed", "note"), [
    ("u2_talks_months", "2 years", "2 years = 24 months."),
    ("u2_talks_months", "2 year", "2 years = 24 months."),
    ("u1_age_estimate", "396 months", "396 months = 33 years."),
    ("u4p_treaty_days", "1 wk", "1 week = 7 days."),
    ("u4p_treaty_days", "5 weeks", "5 weeks = 35 days. 35 days is too high."),  # not the 5 days asked
    ("u1_age_estimate", "33 months", "33 months = 2.75 years. 2.75 years is too low."),
])
def test_exact_time_units_are_converted_and_the_conversion_is_said(exercise_id, typed, note):
    result = bank_check(exercise_id, typed)
    assert result.message.startswith(note), result
    assert result.verdict == ("correct" if exercise_id == "u2_talks_months" or typed == "396 months"
                              else "incorrect")


def test_the_learners_unit_is_never_relabelled():
    result = bank_check("u2_talks_months", "3.1 years")  # 37.2 months: too high, and said in months after the sum
    assert result.message.startswith("3.1 years = 37.2 months. 37.2 months is too high"), result
    assert "3.1 months" not in result.message


@pytest.mark.parametrize(("exercise_id", "typed", "verdict"), [
    ("u4p_treaty_days", "5 days", "correct"), ("u4p_treaty_days", "5 Day", "correct"),
    ("u1_age_estimate", "33 yrs", "correct"), ("start_parallel", "38 N", "correct"),
    ("start_parallel", "38 degrees N latitude", "correct"), ("u2_talks_months", "24 mths", "correct"),
])
def test_the_unit_asked_for_is_accepted_in_its_usual_forms(exercise_id, typed, verdict):
    assert bank_check(exercise_id, typed).verdict == verdict


@pytest.mark.parametrize(("typed", "value", "shown"), [
    ("1 million", 1e6, "1000000"), ("2.5k", 2500, "2500"), ("3 thousand", 3000, "3000"),
    ("1.2 million members", 1.2e6, "1200000")])
def test_scale_words_multiply(typed, value, shown):
    ex = {**DEMO["numeric"], "answer": value, "tolerance": 0, "unit": "members", "feedback": {}}
    assert check_answer(ex, typed).verdict == "correct"
    assert check_answer({**ex, "answer": value + 10}, typed).message == f"{shown} members is too low."


# --- feedback wording (tester's finding 9) -------------------------------------------------------------

def test_order_feedback_quotes_every_item_the_same_way():
    texts = ["Kim's return to Pyongyang", "The land reform", "The founding of the state"]
    ex = {**ORDER, "items": [{"text": t} for t in texts]}
    for answer in itertools.permutations(texts):
        for item in check_answer(ex, list(answer)).items:
            if not item.ok:
                quoted = item.text.split(": it comes ", 1)[1].split(" ", 1)[1]
                assert quoted[0] == "\u201c" and quoted[-1] == "\u201d" and quoted[1:-1] in texts, item.text


def test_a_wrong_number_in_a_code_task_gives_no_advice_about_filters():
    result = check_answer(find_exercise("u1p_kim_age"), 10**6)
    assert result.verdict == "incorrect" and "filter" not in result.message
    assert result.message.startswith("Your number is too high.")


def test_the_banks_own_opening_word_is_not_repeated_after_the_verdict():
    right, wrong = "inaccurate", "accurate"
    ex = verdict_task(right, verdict_feedback={right: "Right: the treaty was signed later.",
                                               wrong: "Not quite: the sources contradict it."})
    relevant = [e["text"] for e in ex["evidence"] if e.get("relevant")]
    message = check_answer(ex, {"verdict": right, "evidence": relevant}).message
    assert message.startswith(f"Verdict: {VERDICTS[right]} is right. The treaty was signed later.")
    message = check_answer(ex, {"verdict": wrong, "evidence": relevant}).message
    assert message.startswith(f"Verdict: {VERDICTS[wrong]} is not the best verdict for this claim. The sources")


@pytest.mark.parametrize("evidence", [[], None])
def test_a_verdict_without_evidence_is_still_judged_and_evidence_asked_for(evidence):
    ex = verdict_task("inaccurate")
    right = check_answer(ex, {"verdict": "inaccurate", "evidence": evidence})
    assert right.verdict == "partly" and right.message.startswith(f"Verdict: {VERDICTS['inaccurate']} is right.")
    assert "Tick the evidence your verdict rests on" in right.message
    wrong = check_answer(ex, {"verdict": "accurate", "evidence": evidence})
    assert wrong.verdict == "incorrect" and "is not the best verdict" in wrong.message
