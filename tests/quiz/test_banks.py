"""Every bank in exercises/banks is valid, and a broken bank says where and what is wrong."""

import importlib
from pathlib import Path

import pytest
import yaml

from nkcourse.paths import banks_dir
from nkcourse.quiz import show_bank
from nkcourse.quiz.bank import KINDS, BankError, bank_paths, find_exercise, load_bank

check_module = importlib.import_module("nkcourse.quiz.check")
BANKS = sorted(banks_dir().glob("*.yaml"))


def test_the_course_has_its_banks():
    names = [path.stem for path in BANKS]
    assert "00_start_here" in names and "kinds_demo" in names
    assert bank_paths() == BANKS


@pytest.mark.parametrize("path", BANKS, ids=[path.name for path in BANKS])
def test_bank_is_valid(path):
    bank = load_bank(path)
    assert bank.exercises, f"{path.name} has no exercises"
    assert all(ex["bank"] == path.stem for ex in bank.exercises)


def test_exercise_ids_are_unique_across_banks():
    seen = {}
    for path in BANKS:
        for ex in load_bank(path).exercises:
            assert ex["id"] not in seen, f"{ex['id']} is in both {seen.get(ex['id'])} and {path.name}"
            seen[ex["id"]] = path.name


def test_the_demo_bank_has_every_kind_once():
    assert sorted(ex["kind"] for ex in load_bank("kinds_demo").exercises) == sorted(KINDS)


def test_the_warm_up_has_four_or_five_exercises_of_several_kinds():
    exercises = load_bank("00_start_here").exercises
    assert 4 <= len(exercises) <= 5 and len({ex["kind"] for ex in exercises}) >= 3


def test_the_demo_bank_cites_only_well_established_works():
    allowed = {"lankov_2002", "lankov_2005", "suh_1988", "armstrong_2003", "appleman_1961", "szalontai_2005"}
    for ex in load_bank("kinds_demo").exercises + load_bank("00_start_here").exercises:
        assert set(ex["sources"]) <= allowed, ex["id"]


CODE_TASKS = [ex for path in BANKS for ex in load_bank(path).exercises if ex["kind"] == "code"]


@pytest.mark.parametrize("ex", CODE_TASKS, ids=[ex["id"] for ex in CODE_TASKS])
def test_code_task_solutions_run_on_todays_data_and_accept_themselves(ex):
    try:
        expected = check_module.expected_value(ex)
    except FileNotFoundError as error:
        pytest.skip(f"the course data is not complete yet: {error}")
    assert check_module.check_answer(ex, expected).verdict == "correct"


# --- broken banks ----------------------------------------------------------------------------------

GOOD = {
    "title": "A test bank",
    "unit": 1,
    "exercises": [{
        "id": "t_single", "kind": "single", "prompt": "Which?", "hints": ["Think."], "explanation": "Because.",
        "sources": ["lankov_2002"], "options": [{"text": "A", "correct": True}, {"text": "B"}],
    }],
}


def _bank(tmp_path: Path, data) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _with(change) -> dict:
    data = yaml.safe_load(yaml.safe_dump(GOOD))
    change(data, data["exercises"][0])
    return data


BROKEN = {
    "missing field": (_with(lambda b, e: e.pop("explanation")), "'explanation' is a required property"),
    "unknown kind": (_with(lambda b, e: e.update(kind="essay")), "kind must be one of"),
    "misspelt field": (_with(lambda b, e: e.update(hintz=["x"])), "'hintz' was unexpected"),
    "two right options": (_with(lambda b, e: e["options"][1].update(correct=True)), "exactly one option"),
    "number as text": (_with(lambda b, e: e["options"][1].update(text=1948)), "put the text in quotes"),
    "empty hints": (_with(lambda b, e: e.update(hints=[])), "hints"),
    "bad source id": (_with(lambda b, e: e.update(sources=["Lankov 2002"])), "sources[0]"),
    "repeated id": (_with(lambda b, e: b["exercises"].append(dict(e))), "used twice"),
    "no title": (_with(lambda b, e: b.pop("title")), "'title' is a required property"),
    "bad solution": (_with(lambda b, e: (e.pop("options"), e.update(kind="code", solution="len(("))),
                     "not a Python expression"),
    "chart without figure in prompt": (
        _with(lambda b, e: e.update(kind="chart", figure="Figure 9", answer_type="choice")), "must name the figure"),
    "number chart with options": (
        _with(lambda b, e: e.update(kind="chart", figure="Figure 9", prompt="In Figure 9?", answer_type="number")),
        "answer_type number needs"),
    "match answer not a choice": (
        _with(lambda b, e: (e.pop("options"), e.update(kind="match", choices=["x", "y"], pairs=[
            {"item": "a", "answer": "x"}, {"item": "b", "answer": "z"}]))), "choices lack the answers z"),
    "verdict without relevant evidence": (
        _with(lambda b, e: (e.pop("options"), e.update(kind="verdict", claim="c", verdict="accurate", evidence=[
            {"text": "e1"}, {"text": "e2"}]))), "relevant: true"),
    "unknown verdict": (
        _with(lambda b, e: (e.pop("options"), e.update(kind="verdict", claim="c", verdict="true", evidence=[
            {"text": "e1", "relevant": True}, {"text": "e2"}]))), "verdict"),
    "negative tolerance": (
        _with(lambda b, e: (e.pop("options"), e.update(kind="numeric", answer=1, tolerance=-1, unit="y"))),
        "tolerance"),
    "not yaml": ("title: [unclosed\nexercises: x\n", "not valid YAML at line"),
    "not a mapping": ("- just\n- a list\n", "is not of type 'object'"),
}


@pytest.mark.parametrize(("data", "problem"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_bank_names_file_exercise_and_problem(tmp_path, data, problem):
    path = _bank(tmp_path, data)
    with pytest.raises(BankError) as raised:
        load_bank(path)
    message = str(raised.value)
    assert "broken.yaml" in message and problem in message
    if isinstance(data, dict) and "title" in data and "exercises" in data:
        assert "exercise 't_single'" in message


def test_the_good_test_bank_itself_loads(tmp_path):
    assert load_bank(_bank(tmp_path, GOOD)).exercises[0]["id"] == "t_single"


def test_a_broken_bank_is_shown_to_a_learner_as_a_message_not_a_traceback(tmp_path):
    shown = show_bank(_bank(tmp_path, BROKEN["two right options"][0]))
    assert "nk-error" in shown._dom_classes
    assert "exactly one option" in shown.value and "broken.yaml" in shown.value


def test_an_edited_bank_is_read_again(tmp_path):
    path = _bank(tmp_path, GOOD)
    load_bank(path)
    path.write_text(yaml.safe_dump(BROKEN["two right options"][0]), encoding="utf-8")
    import os
    os.utime(path, ns=(1, 1))  # a new mtime even on coarse file systems
    with pytest.raises(BankError):
        load_bank(path)


def test_an_unknown_bank_or_exercise_gets_suggestions():
    with pytest.raises(BankError, match="kinds_demo"):
        load_bank("kinds_dmeo")
    with pytest.raises(BankError, match="demo_single"):
        find_exercise("demo_singel")


def test_a_broken_bank_elsewhere_does_not_hide_good_exercises(tmp_path, monkeypatch):
    bank_module = importlib.import_module("nkcourse.quiz.bank")
    for path in BANKS:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "zz_broken.yaml").write_text("title: [", encoding="utf-8")
    monkeypatch.setattr(bank_module, "banks_dir", lambda: tmp_path)
    assert find_exercise("demo_single")["kind"] == "single"
    with pytest.raises(BankError, match="zz_broken.yaml"):
        find_exercise("no_such_exercise")


# --- the fast schema check (bank._fits) never lets through what jsonschema rejects -----------------

def _mutations(value):
    """Small changes of one exercise, of the kinds a bank author makes: a field removed, an unknown
    field, a wrong type, an empty text or list, a number out of range, a bad id or enum value."""
    odd = [None, True, 0, -1, 1.5, "", "Text With Spaces", [], {}, "1948", ["x"], [{}], [{"text": ""}]]
    if isinstance(value, dict):
        for key in list(value):
            yield {k: v for k, v in value.items() if k != key}
            for replacement in odd:
                yield {**value, key: replacement}
            for inner in _mutations(value[key]):
                yield {**value, key: inner}
        yield {**value, "colour": "red"}
    elif isinstance(value, list):
        yield value[:1]
        for index, item in enumerate(value[:2]):
            for inner in _mutations(item):
                yield [*value[:index], inner, *value[index + 1:]]


def test_the_fast_schema_check_agrees_with_jsonschema():
    jsonschema = pytest.importorskip("jsonschema")
    bank_module = importlib.import_module("nkcourse.quiz.bank")
    compared = 0
    for path in BANKS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases = [(data, bank_module._BANK_SCHEMA)]
        for ex in data["exercises"]:
            schema = bank_module._SCHEMAS[ex["kind"]]
            cases.append((ex, schema))
            if path.stem == "kinds_demo":  # one of every kind, mutated field by field
                cases += [(m, schema) for m in _mutations(ex)]
        for instance, schema in cases:
            valid = jsonschema.Draft202012Validator(schema).is_valid(instance)
            assert bank_module._fits(instance, schema) == valid, (path.name, instance)
            compared += 1
    assert compared > 1000  # the mutations did run
