"""Progress: saved atomically in the learner's folder, recovered from a damaged file, kept in memory
(with a notice) where the folder cannot be written, summarised per unit and exported for an instructor."""

import csv
import importlib
import json
import os

import pytest
from quiz_helpers import enter

from nkcourse.quiz import export_progress, progress, show
from nkcourse.quiz.bank import find_exercise

store_module = importlib.import_module("nkcourse.quiz.progress")
SINGLE = find_exercise("demo_single")
REFLECTION = find_exercise("demo_reflection")


def files(folder) -> list[str]:
    """The files in the progress folder, but for the lock file (which stays, empty, as locks do)."""
    return sorted(p.name for p in folder.iterdir() if p.name != store_module.LOCK_NAME)


def saved(folder) -> list[dict]:
    return json.loads((folder / "progress.json").read_text(encoding="utf-8"))["attempts"]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    folder = tmp_path / "learner"
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(folder))
    return folder


def test_the_tests_never_touch_the_real_progress_folder(tmp_path):
    assert store_module.progress_folder().is_relative_to(tmp_path)


def test_without_the_variable_progress_goes_to_the_user_data_folder(monkeypatch):
    monkeypatch.delenv("NKCOURSE_PROGRESS_DIR")
    assert store_module.progress_folder().name == "nkcourse"


def test_each_attempt_is_saved_as_json(folder):
    store_module.store().record(SINGLE, "incorrect", "15 August 1945")
    store_module.store().record(REFLECTION, "saved", "<b>My thoughts</b>")
    attempts = saved(folder)
    assert [(a["exercise"], a["verdict"], a["answer"]) for a in attempts] == [
        ("demo_single", "incorrect", "15 August 1945"), ("demo_reflection", "saved", "<b>My thoughts</b>")]
    assert attempts[0]["bank"] == "kinds_demo" and attempts[0]["time"]
    assert sorted(p.name for p in folder.iterdir()) == [  # no temp files; the record before the last save
        store_module.LOCK_NAME, "progress.json", "progress.json.prev"]
    assert [a["answer"] for a in json.loads((folder / "progress.json.prev").read_text())["attempts"]] == [
        "15 August 1945"]


def test_attempts_survive_a_new_kernel_and_two_notebooks_open_at_once(folder):
    first, second = store_module.Store(folder), store_module.Store(folder)
    first.record(SINGLE, "incorrect", "a")
    second.record(REFLECTION, "saved", "b")  # the other notebook has not seen the first attempt
    first.record(SINGLE, "correct", "c")
    assert [a["answer"] for a in saved(folder)] == ["a", "b", "c"]
    assert len(store_module.Store(folder).attempts) == 3


@pytest.mark.parametrize("damage", ["{not json", "[1, 2, 3]", '{"attempts": [{"no": "exercise"}]}', "\x00\xff"])
def test_a_damaged_file_is_kept_aside_and_a_fresh_one_started(folder, damage):
    folder.mkdir()
    (folder / "progress.json").write_text(damage, encoding="utf-8", errors="surrogateescape")
    current = store_module.store()
    assert current.attempts == []
    [aside] = folder.glob("progress.damaged-*.json")
    assert aside.read_text(encoding="utf-8", errors="surrogateescape") == damage  # the learner's data is kept
    notices = current.take_notices()
    assert len(notices) == 1 and "damaged" in notices[0] and aside.name in notices[0]
    current.record(SINGLE, "correct", "9 September 1948")
    assert len(saved(folder)) == 1


def test_the_damage_notice_reaches_the_learner_in_the_feedback(folder):
    folder.mkdir()
    (folder / "progress.json").write_text("{oops", encoding="utf-8")
    box = show("demo_single")
    enter(box, "9 September 1948")
    box.check_button.click()
    assert "Correct." in box.feedback.value and "damaged" in box.feedback.value
    box = show("demo_multiple")  # shown once, not on every exercise
    enter(box, ["Kim Ku's Korean Provisional Government group"])
    box.check_button.click()
    assert "damaged" not in box.feedback.value


def test_an_unwritable_location_falls_back_to_memory_with_a_notice(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(blocker / "progress"))  # fails even for root
    box = show("demo_single")
    enter(box, "9 September 1948")
    box.check_button.click()
    assert "Correct." in box.feedback.value and "cannot be saved" in box.feedback.value
    assert "NKCOURSE_PROGRESS_DIR" in box.feedback.value
    assert store_module.store().path is None and len(store_module.store().attempts) == 1
    assert "memory only" in progress().children[0].value


def test_a_failed_write_keeps_the_old_file_whole_and_goes_on_in_memory(folder, monkeypatch):
    store_module.store().record(SINGLE, "incorrect", "first")
    before = (folder / "progress.json").read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module.os, "replace", crash)
    current = store_module.store()
    current.record(SINGLE, "correct", "second")
    assert (folder / "progress.json").read_bytes() == before
    assert files(folder) == ["progress.json", "progress.json.prev"]  # the temp file is cleaned up
    assert "No space left" in current.take_notices()[0]
    assert [a["answer"] for a in current.attempts] == ["first", "second"]


def test_an_interrupted_write_leaves_the_old_file(folder, monkeypatch):
    store_module.store().record(SINGLE, "incorrect", "first")
    before = (folder / "progress.json").read_bytes()
    assert store_module.flush_pending(timeout=10)  # the click's own background flush, done before the interruption
    monkeypatch.setattr(store_module.os, "fsync", lambda fd: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        store_module.write_atomically(folder / "progress.json", "half")
    assert (folder / "progress.json").read_bytes() == before
    assert files(folder) == ["progress.json"]


def test_answers_are_stored_as_json_whatever_they_are(folder):
    import pandas as pd

    for answer in [pd.DataFrame({"a": [1]}), float("nan"), 10**400, {"k": [1, {2: 3}]}, object(), "x" * 50_000]:
        store_module.store().record(SINGLE, "incorrect", answer)
    answers = [a["answer"] for a in saved(folder)]
    assert answers[0] == "(DataFrame of shape (1, 1))" and answers[1] == "nan" and "large" in answers[2]
    assert answers[3] == {"k": [1, {"(int)": 3}]} and answers[4] == "(object)" and len(answers[5]) == 20_000


def test_progress_view_counts_done_and_total_per_unit(folder):
    for box_id, answer in [("demo_single", "9 September 1948"), ("demo_multiple", ["Kim Ku's Korean "
                                                                                   "Provisional Government group"])]:
        box = show(box_id)
        enter(box, answer)
        box.check_button.click()
    rows, problems = store_module.summary()
    demo = next(r for r in rows if r["bank"] == "kinds_demo")
    assert (demo["done"], demo["attempted"], demo["total"]) == (1, 2, 9) and problems == []
    view = progress()
    assert "nk-progress" in view._dom_classes and "<caption>" in view.children[0].value
    assert "Practice with every kind of exercise</th><td>1</td><td>2</td><td>9</td>" in view.children[0].value


def test_export_csv_and_json_for_the_instructor(folder, tmp_path, capsys):
    store_module.store().record(SINGLE, "correct", "9 September 1948")
    store_module.store().record(REFLECTION, "saved", "=HYPERLINK(\"http://evil\")")
    written = export_progress(tmp_path / "ana.csv", learner="Ana")
    rows = list(csv.DictReader(written.open(encoding="utf-8")))
    assert [r["exercise"] for r in rows] == ["demo_single", "demo_reflection"] and rows[0]["learner"] == "Ana"
    assert rows[1]["answer"].startswith("'=")  # a spreadsheet will not run the learner's text as a formula
    data = json.loads(export_progress(tmp_path / "ana.json", learner="Ana").read_text(encoding="utf-8"))
    assert len(data["attempts"]) == 2 and any(r["bank"] == "kinds_demo" for r in data["summary"])
    assert "Saved 2 attempts" in capsys.readouterr().out


def test_export_problems_are_messages(tmp_path, capsys):
    assert export_progress(tmp_path / "ana.xlsx", learner="Ana") is None
    assert ".csv or .json" in capsys.readouterr().out
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    assert export_progress(blocker / "ana.csv", learner="Ana") is None
    assert "Could not write" in capsys.readouterr().out
    assert not os.path.exists(blocker / "ana.csv")
