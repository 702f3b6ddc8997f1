"""The checking core: every kind right, partly right, wrong and invalid; and no input ever raises."""

import importlib
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quiz_helpers import right_answer

from nkcourse.quiz.bank import load_bank

core = importlib.import_module("nkcourse.quiz.check")
check_answer, Result, WORDS = core.check_answer, core.Result, core.WORDS

DEMO = {ex["kind"]: ex for ex in load_bank("kinds_demo").exercises}
WARM_UP = list(load_bank("00_start_here").exercises)


def code_task(solution: str, **extra) -> dict:
    """A code task whose solution needs no course data (the data-backed ones are in test_code_tasks.py)."""
    return {"id": "t_code", "kind": "code", "prompt": "Compute.", "hints": ["h"], "explanation": "e",
            "sources": [], "solution": solution, **extra}


CODE_TASKS = [
    code_task("3"),
    code_task("2.5", tolerance=0.01),
    code_task("'Kim Il Sung'"),
    code_task("['a', 'b']"),
    code_task("pd.DataFrame({'faction': ['yanan', 'soviet_korean'], 'people': [3, 4]})"),
    code_task("pd.Series([1, 2], index=pd.Index(['a', 'b'], name='unit'))"),
]
ALL = list(DEMO.values()) + WARM_UP + CODE_TASKS
TEXTS = sorted({t for ex in DEMO.values() for t in [
    *(o["text"] for o in ex.get("options", [])), *(i["text"] for i in ex.get("items", [])),
    *(p["item"] for p in ex.get("pairs", [])), *(p["answer"] for p in ex.get("pairs", [])),
    *(e["text"] for e in ex.get("evidence", []))]})


def verdict(kind: str, answer) -> str:
    return check_answer(DEMO[kind], answer).verdict


@pytest.mark.parametrize("ex", [ex for ex in DEMO.values() if ex["kind"] != "code"] + WARM_UP + CODE_TASKS,
                         ids=lambda ex: ex["id"] + "/" + ex.get("solution", ""))
def test_the_right_answer_is_accepted(ex):
    answer = core.expected_value(ex) if ex["kind"] == "code" else right_answer(ex)
    assert check_answer(ex, answer).verdict == ("saved" if ex["kind"] == "reflection" else "correct")


def test_single_choice():
    assert verdict("single", "15 August 1945") == "incorrect"
    assert "liberation" in check_answer(DEMO["single"], "15 August 1945").message  # the option's own feedback
    assert verdict("single", "  9 september 1948 ") == "correct"  # case and spaces do not matter
    assert verdict("single", None) == verdict("single", "") == verdict("single", "1066") == "invalid"


def test_multiple_choice_gives_partial_credit_and_per_option_feedback():
    right = right_answer(DEMO["multiple"])
    assert verdict("multiple", right[:2]) == "partly"
    result = check_answer(DEMO["multiple"], [*right, "Kim Ku's Korean Provisional Government group"])
    assert result.verdict == "partly" and [i.ok for i in result.items].count(False) == 1
    assert verdict("multiple", ["Kim Ku's Korean Provisional Government group"]) == "incorrect"
    assert verdict("multiple", []) == verdict("multiple", ["nonsense"]) == verdict("multiple", 7) == "invalid"


def test_order_accepts_a_list_or_positions_and_says_which_items_move():
    items = right_answer(DEMO["order"])
    assert verdict("order", {text: n for n, text in enumerate(items, start=1)}) == "correct"
    swapped = [items[1], items[0], *items[2:]]
    result = check_answer(DEMO["order"], swapped)
    assert result.verdict == "partly"
    assert [i.ok for i in result.items].count(False) == 1  # one item to move, not two "wrong places"
    assert verdict("order", items[::-1][:1] + items[1:-1] + items[:1]) == "partly"


@pytest.mark.parametrize("bad", [
    None, [], {}, "Liberation", [1, 2, 3], {"x": 1}, {"Liberation from Japanese colonial rule": None},
    ["Liberation from Japanese colonial rule"] * 5, {"Proclamation of the DPRK": True},
])
def test_order_rejects_incomplete_or_malformed_answers(bad):
    assert verdict("order", bad) == "invalid"


def test_order_positions_must_be_used_once():
    items = right_answer(DEMO["order"])
    result = check_answer(DEMO["order"], dict.fromkeys(items, 1))
    assert result.verdict == "invalid" and "exactly once" in result.message


def test_match():
    right = right_answer(DEMO["match"])
    assert verdict("match", {**right, "Kim Il Sung": "Soviet Koreans"}) == "partly"
    assert verdict("match", dict.fromkeys(right, "Nobody")) == "invalid"
    assert verdict("match", {**right, "Mu Chong": None}) == "invalid"
    assert verdict("match", ["Kim Il Sung"]) == "invalid"


@pytest.mark.parametrize(("answer", "expected"), [
    (3.1, "correct"), ("3.05", "correct"), (" 3,1 ", "correct"), ("3.2", "correct"), (3.25, "partly"),
    (2.0, "incorrect"), (10, "incorrect"), ("", "invalid"), ("three", "invalid"), (float("nan"), "invalid"),
    (float("inf"), "invalid"), ("1e999", "invalid"), (10**400, "invalid"), (True, "invalid"), ([3.1], "invalid"),
    ("<script>alert(1)</script>", "invalid"), ("9" * 10_000, "invalid"),
])
def test_numeric_estimate(answer, expected):
    assert verdict("numeric", answer) == expected


def test_numeric_feedback_says_which_way_and_uses_the_units():
    result = check_answer(DEMO["numeric"], 2)
    assert "too low" in result.message and "years" in result.message
    assert "more than three full years" in result.message  # the bank's advice for a low answer


def test_numeric_reads_thousands_separators():
    ex = {**DEMO["numeric"], "answer": 1953, "tolerance": 0}
    assert check_answer(ex, "1,953").verdict == "correct"


def test_chart_question_is_a_choice_or_a_number():
    assert verdict("chart", "About five weeks") == "correct"
    assert verdict("chart", "About six months") == "incorrect"
    number_chart = {**DEMO["chart"], "answer_type": "number", "answer": 34, "tolerance": 2, "unit": "days"}
    del number_chart["options"]
    assert check_answer(number_chart, "35").verdict == "correct"


def test_claim_verdict_needs_verdict_and_evidence():
    right = right_answer(DEMO["verdict"])
    assert verdict("verdict", {**right, "verdict": "Inaccurate"}) == "correct"  # the label works too
    assert verdict("verdict", {**right, "verdict": "accurate"}) == "incorrect"  # a wrong verdict is never partly
    irrelevant = "The armistice was signed at Panmunjom in July 1953."
    assert verdict("verdict", {"verdict": "accurate", "evidence": [irrelevant]}) == "incorrect"
    assert verdict("verdict", {**right, "evidence": [*right["evidence"], irrelevant]}) == "partly"
    assert verdict("verdict", {"verdict": "inaccurate"}) == "partly"  # judged; the evidence is asked for
    assert verdict("verdict", {"verdict": "maybe", "evidence": right["evidence"]}) == "invalid"
    assert verdict("verdict", "inaccurate") == "invalid"


def test_reflection_is_saved_not_graded():
    assert verdict("reflection", "Some thoughts.") == "saved"
    assert verdict("reflection", "   ") == verdict("reflection", 5) == "invalid"
    assert verdict("reflection", "x" * (core.MAX_TEXT + 1)) == "invalid"


def test_solution_lines_exist_for_every_kind():
    for ex in ALL:
        assert core.solution_lines(ex), ex["id"]


# --- no input raises ---------------------------------------------------------------------------------

HOSTILE = ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\x00", "' OR 1=1 --", "\u202e", "𝕏" * 50]
scalars = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50)
           | st.sampled_from(HOSTILE) | st.sampled_from(TEXTS) | st.sampled_from(list(core.WORDS))
           | st.just(...) | st.just(10**400) | st.just(-(10**400)) | st.just("x" * 1_000_000) | st.binary(max_size=20))
answers = st.recursive(
    scalars,
    lambda inner: (st.lists(inner, max_size=6) | st.tuples(inner, inner)
                   | st.dictionaries(st.sampled_from(["verdict", "evidence", *TEXTS]) | st.text(max_size=10),
                                     inner, max_size=6)
                   | st.frozensets(st.text(max_size=5) | st.integers(), max_size=4)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers)
def test_no_answer_raises_and_every_bad_one_has_its_own_message(answer):
    for ex in ALL:
        result = check_answer(ex, answer)
        assert isinstance(result, Result) and result.verdict in WORDS
        assert isinstance(result.message, str) and result.message.strip()
        assert core.UNCHECKABLE not in result.message, (ex["id"], result.message)
        assert "could not be compared" not in result.message, (ex["id"], result.message)
        assert len(result.message) < 2_000  # a huge answer is never echoed back whole


class Hostile:
    """An object that fails whatever you do with it."""

    def __eq__(self, other):
        raise RuntimeError("no comparing")

    __hash__ = None

    def __str__(self):
        raise RuntimeError("no printing")

    __repr__ = __str__

    def __len__(self):
        raise RuntimeError("no length")

    def __iter__(self):
        raise RuntimeError("no iterating")

    def __float__(self):
        raise RuntimeError("no number")


class HostileText(str):
    def __eq__(self, other):
        raise RuntimeError("no comparing")

    __hash__ = str.__hash__


@pytest.mark.parametrize("answer", [Hostile(), [Hostile()], {"verdict": Hostile()}, HostileText("x"),
                                    [HostileText("x")], {"evidence": Hostile(), "verdict": "accurate"}])
def test_objects_that_misbehave_get_a_message_not_a_traceback(answer):
    for ex in ALL:
        result = check_answer(ex, answer)
        assert result.verdict in WORDS and result.message


def test_nan_and_huge_numbers_in_a_code_task():
    number = CODE_TASKS[0]
    assert check_answer(number, float("nan")).verdict == "invalid"
    assert check_answer(number, 10**400).verdict == "incorrect"
    assert check_answer(number, math.inf).verdict == "incorrect"
