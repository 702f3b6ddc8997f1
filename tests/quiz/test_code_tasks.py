"""Code tasks: the expectation is computed from the data by the bank's solution, and a learner's value
of the wrong shape, type or content gets a message that says what to change."""

import importlib
import sys
import types

import numpy as np
import pandas as pd
import pytest

from nkcourse.quiz import check

core = importlib.import_module("nkcourse.quiz.check")

EVENTS = pd.DataFrame({
    "event_id": ["e1", "e2", "e3", "e4", "e5"],
    "unit": pd.array([1, 1, 2, 3, 1], dtype="Int64"),
    "category": pd.Categorical(["politics", "military", "military", "purge", "party"]),
    "year": [1945, 1948, 1950, 1956, 1946],
})


@pytest.fixture
def data(monkeypatch):
    """A stand-in for nkcourse.data whose events table the test can change."""
    tables = {"events": EVENTS.copy()}
    fake = types.ModuleType("nkcourse.data")
    fake.load = lambda name: tables[name].copy()
    monkeypatch.setitem(sys.modules, "nkcourse.data", fake)
    monkeypatch.setattr("nkcourse.load", fake.load)  # solutions are written as learners write them: nk.load
    return tables


def task(solution: str, **extra) -> dict:
    return {"id": "t_code", "kind": "code", "prompt": "Compute.", "hints": ["h"], "explanation": "e",
            "sources": [], "solution": solution, **extra}


def verdict(ex, answer) -> tuple[str, str]:
    result = core.check_answer(ex, answer)
    return result.verdict, result.message


COUNT = task('int((load("events")["unit"] == 1).sum())')
BY_CATEGORY = task('load("events").groupby("category", observed=True).size().rename("n").reset_index()')
SERIES = task('load("events").groupby("unit").size()')
MEAN = task('load("events")["year"].mean()', tolerance=0.01)
ORDERED = task('load("events").sort_values("year")[["event_id", "year"]]', row_order=True)


def test_the_expectation_follows_the_data(data):
    assert verdict(COUNT, 3)[0] == "correct"
    data["events"] = pd.concat([EVENTS, EVENTS.iloc[:1].assign(event_id="e6")])
    assert verdict(COUNT, 3)[0] == "incorrect"
    assert verdict(COUNT, 4)[0] == "correct"


@pytest.mark.parametrize(("answer", "expected", "words"), [
    (3, "correct", ""),
    (np.int64(3), "correct", ""),
    (3.0, "correct", ""),
    (2, "incorrect", "too low"),
    ("3", "invalid", "Remove the quotes"),
    (EVENTS, "invalid", "len("),
    (EVENTS["unit"], "invalid", ".iloc[0]"),
    (True, "invalid", "expected a number"),
    (None, "invalid", "None"),
    (..., "invalid", "replace ..."),
    (len, "invalid", "function"),
    (float("nan"), "invalid", "NaN"),
])
def test_a_number(data, answer, expected, words):
    result, message = verdict(COUNT, answer)
    assert result == expected and words in message


def test_a_float_within_tolerance(data):
    mean = EVENTS["year"].mean()
    assert verdict(MEAN, mean + 0.005)[0] == "correct"
    assert verdict(MEAN, mean + 0.5)[0] == "incorrect"


def test_a_table_ignores_column_order_row_order_and_index(data):
    right = core.expected_value(BY_CATEGORY)
    assert verdict(BY_CATEGORY, right)[0] == "correct"
    shuffled = right[["n", "category"]].iloc[::-1]
    shuffled.index = [7, 3, 9, 1][: len(shuffled)]
    assert verdict(BY_CATEGORY, shuffled)[0] == "correct"
    as_text = right.assign(category=right["category"].astype(str), n=right["n"].astype(float))
    assert verdict(BY_CATEGORY, as_text)[0] == "correct"  # dtypes need not match, values must


def test_a_table_accepts_the_grouped_index_as_a_column(data):
    grouped = EVENTS.groupby("category", observed=True).size().rename("n").to_frame()
    assert verdict(BY_CATEGORY, grouped)[0] == "correct"


@pytest.mark.parametrize(("change", "expected", "words"), [
    (lambda t: t.drop(columns="n"), "invalid", "missing column(s): n"),
    (lambda t: t.assign(extra=1), "invalid", "unexpected column(s): extra"),
    (lambda t: t.iloc[:2], "incorrect", "expected 4 rows, got 2"),
    (lambda t: t.assign(n=t["n"] + 1), "incorrect", "values differ in column 'n'"),
    (lambda t: t.set_index("category")["n"], "invalid", ".reset_index()"),
    (lambda t: t.to_dict(), "invalid", "expected a table"),
    (lambda t: t.rename(columns={"n": "category"}), "invalid", "same name"),
])
def test_a_wrong_table_says_what_is_wrong(data, change, expected, words):
    result, message = verdict(BY_CATEGORY, change(core.expected_value(BY_CATEGORY)))
    assert result == expected and words in message


def test_a_series(data):
    right = EVENTS.groupby("unit").size()
    assert verdict(SERIES, right)[0] == "correct"
    assert verdict(SERIES, right.rename("count").sort_values())[0] == "correct"  # names and order aside
    assert verdict(SERIES, right + 1)[0] == "incorrect"
    assert "table['name']" in verdict(SERIES, right.to_frame())[1]


def test_row_order_matters_when_the_task_says_so(data):
    right = core.expected_value(ORDERED)
    assert verdict(ORDERED, right)[0] == "correct"
    result, message = verdict(ORDERED, right.iloc[::-1])
    assert result == "partly" and "order" in message


def test_a_solution_that_fails_is_blamed_on_the_exercise_not_the_learner(data):
    result, message = verdict(task('load("events")["no_such_column"].sum()'), 3)
    assert result == "invalid" and "not in your answer" in message and "KeyError" in message


def test_a_huge_table_is_answered_quickly_with_its_shape(data):
    huge = pd.DataFrame({"category": ["x"] * 1_000_000, "n": 1})
    result, message = verdict(BY_CATEGORY, huge)
    assert result == "incorrect" and "got 1000000" in message


def test_check_prints_feedback_and_records_the_attempt(data, capsys):
    check("demo_code", 3)
    printed = capsys.readouterr().out
    assert printed.startswith("Correct.") and "Why:" in printed
    check("demo_code", "3")
    assert "Check your answer:" in capsys.readouterr().out
    progress = importlib.import_module("nkcourse.quiz.progress")
    assert [a["verdict"] for a in progress.store().attempts] == ["correct"]  # an invalid try is not an attempt


@pytest.mark.parametrize("args", [("no_such_task", 3), (3, "demo_code"), (pd.DataFrame(), "demo_code")])
def test_check_with_a_wrong_id_explains(capsys, args):
    check(*args)
    printed = capsys.readouterr().out
    assert "exercise" in printed.lower() and "Traceback" not in printed
