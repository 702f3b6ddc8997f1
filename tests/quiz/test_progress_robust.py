"""Progress that is never lost (issue 11): any damage gives the clear message, never a traceback; the
kernel's attempts survive damage; two kernels recording at once keep every attempt; Refresh re-reads;
the file keeps the user's mode; export needs a name and the class merge reports what it cannot place."""

import importlib
import json
import multiprocessing
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quiz_helpers import enter

from nkcourse.quiz import export_progress, progress, show
from nkcourse.quiz.bank import find_exercise

store_module = importlib.import_module("nkcourse.quiz.progress")
SINGLE = find_exercise("demo_single")
REFLECTION = find_exercise("demo_reflection")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    folder = tmp_path / "learner"
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(folder))
    return folder


def saved(folder) -> list[dict]:
    return json.loads((folder / "progress.json").read_text(encoding="utf-8"))["attempts"]


# --- any bytes ----------------------------------------------------------------------------------------

def test_a_non_utf8_byte_gives_the_message_not_a_traceback(folder):
    folder.mkdir()
    (folder / "progress.json").write_bytes(b'{"version": 1, "attempts": []}\xff')
    box = show("demo_single")  # reading the store raised UnicodeDecodeError here before
    assert "nk-exercise" in box._dom_classes
    enter(box, "9 September 1948")
    box.check_button.click()
    assert "Correct." in box.feedback.value and "damaged" in box.feedback.value
    assert len(list(folder.glob("progress.damaged-*.json"))) == 1
    assert "demo_single" in [a["exercise"] for a in saved(folder)]


valid_record = st.builds(lambda attempts: json.dumps({"version": 1, "attempts": attempts}).encode(),
                         st.lists(st.fixed_dictionaries({"exercise": st.text(max_size=10)},
                                                        optional={"verdict": st.none() | st.text(max_size=8)
                                                                  | st.integers() | st.lists(st.integers())}),
                                  max_size=3))
damage = st.binary(max_size=200) | valid_record | valid_record.map(lambda b: b[: len(b) // 2]) | st.builds(
    lambda b, junk: b + junk, valid_record, st.binary(min_size=1, max_size=8))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=damage)
def test_any_bytes_in_the_file_never_raise(tmp_path_factory, raw):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "progress.json").write_bytes(raw)
    current = store_module.Store(folder)
    assert all(isinstance(a, dict) and isinstance(a["exercise"], str) for a in current.attempts)
    current.record(SINGLE, "correct", "9 September 1948")
    assert current.refresh()[-1]["exercise"] == "demo_single"
    os.environ["NKCOURSE_PROGRESS_DIR"] = str(folder)  # progress() and export read the current store
    try:
        store_module._STORES.pop(folder, None)
        assert "<table" in progress().table.value
        store_module.summary()
        assert store_module.export_progress(folder / "out.json", learner="Ana") is not None
        assert store_module.export_progress(folder / "out.csv", learner="Ana") is not None
    finally:
        os.environ.pop("NKCOURSE_PROGRESS_DIR")
        store_module._STORES.pop(folder, None)


def test_a_learner_string_that_cannot_be_encoded_is_saved(folder):
    store_module.store().record(REFLECTION, "saved", "half a pair: \ud800")
    assert saved(folder)[-1]["answer"] == "half a pair: \ud800"


# --- damage in the middle of a session -----------------------------------------------------------------

def test_attempts_the_kernel_holds_are_written_into_the_fresh_file(folder):
    current = store_module.store()
    current.record(SINGLE, "incorrect", "first")
    current.record(REFLECTION, "saved", "second")
    (folder / "progress.json").write_bytes(b"\x00garbage")
    current.record(SINGLE, "correct", "third")
    assert [a["answer"] for a in saved(folder)] == ["first", "second", "third"]
    [notice] = current.take_notices()
    assert "damaged" in notice and "2 attempts of this session were written into it" in notice


def test_damage_found_by_refresh_also_keeps_the_held_attempts(folder):
    current = store_module.store()
    current.record(SINGLE, "incorrect", "first")
    (folder / "progress.json").write_text("[]", encoding="utf-8")
    assert [a["answer"] for a in current.refresh()] == ["first"]
    assert [a["answer"] for a in saved(folder)] == ["first"]


# --- two kernels at once --------------------------------------------------------------------------------

def _record_many(folder: str, label: str, count: int, start) -> None:
    start.wait()
    current = store_module.Store(store_module.Path(folder))
    for n in range(count):
        current.record(SINGLE, "incorrect", f"{label}{n}")


@pytest.mark.timeout(240)
def test_two_kernels_recording_at_the_same_moment_keep_every_attempt(folder):
    folder.mkdir()
    context = multiprocessing.get_context("fork")
    start = context.Barrier(2)
    workers = [context.Process(target=_record_many, args=(str(folder), label, 200, start)) for label in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=200)
    assert [w.exitcode for w in workers] == [0, 0]
    answers = [a["answer"] for a in saved(folder)]
    assert len(answers) == 400 and len(set(answers)) == 400
    assert [a for a in answers if a.startswith("a")] == [f"a{n}" for n in range(200)]  # each in its own order


def test_without_a_lock_the_write_goes_ahead(folder, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(store_module.filelock.FileLock, "acquire", refuse)
    store_module.store().record(SINGLE, "correct", "9 September 1948")
    assert len(saved(folder)) == 1


# --- Refresh, file mode, "Saved in" ---------------------------------------------------------------------

def test_refresh_counts_answers_given_in_another_notebook(folder):
    table = progress()
    assert "<td>0</td><td>0</td><td>9</td>" in table.table.value
    store_module.Store(folder).record(SINGLE, "correct", "9 September 1948")  # another kernel
    table.refresh.click()
    assert "Practice with every kind of exercise</th><td>1</td><td>1</td><td>9</td>" in table.table.value


def test_the_file_keeps_the_users_normal_mode(folder):
    old = os.umask(0o022)
    try:
        store_module.store().record(SINGLE, "correct", "x")
        assert stat.S_IMODE((folder / "progress.json").stat().st_mode) == 0o644
        os.chmod(folder / "progress.json", 0o600)  # a learner who made it private keeps it private
        store_module.store().record(SINGLE, "correct", "y")
        assert stat.S_IMODE((folder / "progress.json").stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_saved_in_appears_only_once_something_is_saved(folder):
    text = progress().table.value
    assert "Saved in" not in text and "Nothing saved yet" in text
    store_module.store().record(SINGLE, "correct", "x")
    assert f"Saved in {folder / 'progress.json'}" in progress().table.value


def test_the_progress_table_has_a_short_plain_text_form():
    assert repr(progress()) == "Your progress table (run this cell to see it)"


# --- export and the class merge -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["", "   ", "your name", None])
def test_export_refuses_an_empty_name(folder, tmp_path, capsys, name):
    store_module.store().record(SINGLE, "correct", "x")
    assert export_progress(tmp_path / "out.csv", learner=name) is None
    assert "Please put your name" in capsys.readouterr().out and not (tmp_path / "out.csv").exists()


def test_the_old_call_without_a_name_gives_a_message_not_a_file(folder, tmp_path, capsys):
    assert export_progress(tmp_path / "my_progress.csv") is None
    assert 'learner="Your Name"' in capsys.readouterr().out


def test_the_class_merge_reports_unnamed_and_duplicate_files(folder, tmp_path):
    store_module.store().record(SINGLE, "correct", "x")
    collected = tmp_path / "collected"
    collected.mkdir()
    export_progress(collected / "ana.csv", learner="Ana")
    export_progress(collected / "ana_again.json", learner="Ana")
    export_progress(collected / "bo.csv", learner="Bo")
    (collected / "nobody.csv").write_text("learner,time,bank,exercise,kind,verdict,answer\n"
                                          ",t,kinds_demo,demo_single,single,correct,x\n", encoding="utf-8")
    (collected / "broken.csv").write_bytes(b"\xff\xfe nonsense")
    table, problems = store_module.merge_exports(collected)
    assert sorted(table["file"].unique()) == ["ana.csv", "ana_again.json", "bo.csv", "nobody.csv"]
    assert "(no name: nobody.csv)" in set(table["learner"])  # kept, not dropped
    text = " ".join(problems)
    assert "nobody.csv: exported without a learner's name" in text
    assert "'Ana' is in 2 files (ana.csv, ana_again.json)" in text
    assert "broken.csv: cannot be read" in text


def test_the_merge_tool_prints_the_problems_and_the_table(folder, tmp_path):
    import subprocess
    import sys

    store_module.store().record(SINGLE, "correct", "x")
    collected = tmp_path / "collected"
    collected.mkdir()
    export_progress(collected / "ana.csv", learner="Ana")
    (collected / "nobody.csv").write_text("learner,time,bank,exercise,kind,verdict,answer\n"
                                          ",t,kinds_demo,demo_single,single,correct,x\n", encoding="utf-8")
    tool = store_module.Path(__file__).resolve().parents[2] / "tools" / "merge_progress.py"
    out = subprocess.run([sys.executable, str(tool), str(collected), str(tmp_path / "all.csv")],
                         capture_output=True, text=True, check=True).stdout
    assert "Check: nobody.csv: exported without a learner's name (1 attempt)" in out
    assert "(no name: nobody.csv)" in out and "Ana" in out
    assert (tmp_path / "all.csv").read_text(encoding="utf-8").count("demo_single") == 2


# --- the tester's findings on export and merge (4-8) ------------------------------------------------------

def test_export_refusing_the_placeholder_says_to_replace_it(folder, tmp_path, capsys):
    assert export_progress(tmp_path / "out.csv", learner="Your Name") is None
    assert "Replace 'Your Name' with your own name." in capsys.readouterr().out


def test_a_progress_file_that_is_a_folder_is_named_in_the_message(folder):
    (folder / "progress.json").mkdir(parents=True)
    notices = store_module.store().take_notices()
    assert notices and str(folder / "progress.json") in notices[0], notices


def test_a_progress_file_with_a_bom_is_read_not_set_aside(folder):
    folder.mkdir()
    attempt = {"time": "t", "bank": "kinds_demo", "exercise": "demo_single", "kind": "single", "verdict": "correct",
               "answer": "x"}
    (folder / "progress.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({"version": 1, "attempts": [attempt]}).encode())
    current = store_module.store()
    assert current.attempts == [attempt] and not current.take_notices()
    assert not list(folder.glob("progress.damaged-*"))


def collected_with(tmp_path, files: dict[str, str | bytes]):
    collected = tmp_path / "collected"
    collected.mkdir()
    for name, content in files.items():
        target = collected / name
        target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content, encoding="utf-8")
    return collected


HEADER = "learner,time,bank,exercise,kind,verdict,answer\n"


def test_a_deeply_nested_json_file_is_reported_and_the_rest_merged(tmp_path):
    collected = collected_with(tmp_path, {"deep.json": "[" * 100000 + "]" * 100000,
                                          "ana.csv": HEADER + "Ana,t,kinds_demo,demo_single,single,correct,x\n"})
    table, problems = store_module.merge_exports(collected)
    assert list(table["learner"]) == ["Ana"]
    assert any(p.startswith("deep.json: cannot be read") for p in problems), problems


def test_the_duplicate_check_ignores_case_and_spacing(tmp_path):
    collected = collected_with(tmp_path, {"a.csv": HEADER + "Ann,t,kinds_demo,demo_single,single,correct,x\n",
                                          "b.csv": HEADER + "ann  ,t,kinds_demo,demo_single,single,correct,x\n"})
    _, problems = store_module.merge_exports(collected)
    assert any("'Ann' (also written 'ann') is in 2 files (a.csv, b.csv)" in p for p in problems), problems


def test_a_missing_folder_says_folder_not_found(tmp_path):
    table, problems = store_module.merge_exports(tmp_path / "nowhere")
    assert table.empty and problems == [f"{tmp_path / 'nowhere'}: folder not found."]


def test_the_class_csv_guards_learner_text_against_formulas(tmp_path):
    import csv
    import subprocess
    import sys

    collected = collected_with(tmp_path, {
        "a.json": json.dumps({"learner": "=1+1", "attempts": [
            {"time": "t", "bank": "kinds_demo", "exercise": "demo_reflection", "kind": "reflection",
             "verdict": "saved", "answer": '=HYPERLINK("http://x","y")'}]})})
    tool = store_module.Path(__file__).resolve().parents[2] / "tools" / "merge_progress.py"
    subprocess.run([sys.executable, str(tool), str(collected), str(tmp_path / "class.csv")],
                   capture_output=True, text=True, check=True)
    with open(tmp_path / "class.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["learner"] == "'=1+1" and rows[0]["answer"] == '\'=HYPERLINK("http://x","y")'
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row.values())


# --- the flush to disk, off the click (see nkcourse/quiz/progress.py's docstring) -----------------------

def _record_and_die(folder: str) -> None:
    os.environ["NKCOURSE_PROGRESS_DIR"] = folder
    store_module.store().record(SINGLE, "correct", "9 September 1948")
    os._exit(0)  # a kernel killed right after the click: no atexit, no background flush


def test_the_click_has_swapped_in_the_new_file_before_it_returns(folder):
    """A kernel killed (no atexit, no background flush) right after its click: the new file is already in
    place, for every other process to read. What this shows is the order (swap, then return), not that
    the bytes are on the disk: that is the background flush's part, tested below."""
    folder.mkdir()
    worker = multiprocessing.get_context("fork").Process(target=_record_and_die, args=(str(folder),))
    worker.start()
    worker.join(timeout=60)
    assert worker.exitcode == 0
    assert [a["answer"] for a in saved(folder)] == ["9 September 1948"]


def test_the_progress_file_and_its_folder_are_flushed_to_disk_soon_after_the_click(folder, monkeypatch):
    flushed = []
    real = os.fsync

    def noting(descriptor):
        real(descriptor)  # only a flush the OS reports done is noted: a failing fsync fails this test
        flushed.append(os.fstat(descriptor).st_ino)

    monkeypatch.setattr(store_module.os, "fsync", noting)
    store_module.store().record(SINGLE, "correct", "9 September 1948")
    assert store_module.flush_pending(timeout=10)
    inodes = {(folder / "progress.json").stat().st_ino, folder.stat().st_ino}
    assert inodes <= set(flushed)


def test_the_background_flush_never_opens_the_progress_file_by_name(folder, monkeypatch):
    """It flushes the written file through the descriptor the write kept, so it holds nothing that could
    stop the next click's swap (Windows refuses to replace a file another handle has open)."""
    opened = []
    real = os.open
    monkeypatch.setattr(store_module.os, "open", lambda path, *a, **k: opened.append(Path(path)) or real(path, *a, **k))
    for answer in ("a", "b", "c"):
        store_module.store().record(SINGLE, "incorrect", answer)
    assert store_module.flush_pending(timeout=10)
    assert folder / "progress.json" not in opened
    assert [a["answer"] for a in saved(folder)] == ["a", "b", "c"]


def test_on_windows_the_temp_file_is_flushed_through_its_own_handle_before_the_swap(folder, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor):
        real_fsync(descriptor)
        events.append(("fsync", os.fstat(descriptor).st_ino))

    def replace(source, target):
        events.append(("replace", os.stat(source).st_ino))
        real_replace(source, target)

    monkeypatch.setattr(store_module, "WINDOWS", True)
    monkeypatch.setattr(store_module.os, "fsync", fsync)
    monkeypatch.setattr(store_module.os, "replace", replace)
    monkeypatch.setattr(store_module._FLUSHER, "request", lambda *a: events.append(("background", a)))
    store_module.store().record(SINGLE, "correct", "9 September 1948")
    inode = (folder / "progress.json").stat().st_ino
    assert events == [("fsync", inode), ("replace", inode)]


def test_a_swap_refused_for_a_moment_is_tried_again(folder, monkeypatch):
    """Windows: a virus scanner or an indexer holding the file makes os.replace raise PermissionError."""
    refusals = []
    real = os.replace

    def busy_twice(source, target):
        if len(refusals) < 2:
            refusals.append(target)
            raise PermissionError(13, "The process cannot access the file")
        real(source, target)

    monkeypatch.setattr(store_module, "REPLACE_TRIES", 3)
    monkeypatch.setattr(store_module, "REPLACE_PAUSE", 0.001)
    monkeypatch.setattr(store_module.os, "replace", busy_twice)
    current = store_module.store()
    current.record(SINGLE, "correct", "9 September 1948")
    assert len(refusals) == 2 and current.take_notices() == [] and current.path is not None
    assert [a["answer"] for a in saved(folder)] == ["9 September 1948"]
    monkeypatch.setattr(store_module.os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(13, "busy")))
    current.record(SINGLE, "correct", "again")  # refused every time: the session goes on in memory
    assert current.path is None and "cannot be saved" in current.take_notices()[0]


# --- an OS crash that put the rename on disk before the data (see the module's docstring) ----------------

def test_an_empty_file_after_a_power_cut_is_restored_from_the_copy_before_the_last_save(folder):
    first = store_module.Store(folder)
    first.record(SINGLE, "incorrect", "a")
    first.record(SINGLE, "incorrect", "b")
    first.record(SINGLE, "correct", "c")
    assert store_module.flush_pending(timeout=10)
    previous = folder / "progress.json.prev"
    assert [a["answer"] for a in json.loads(previous.read_text())["attempts"]] == ["a", "b"]
    (folder / "progress.json").write_bytes(b"")  # what such a crash leaves: the new name, no bytes
    after = store_module.Store(folder)  # the kernel after the restart holds nothing
    assert [a["answer"] for a in after.attempts] == ["a", "b"]  # only the last click is lost
    assert [a["answer"] for a in saved(folder)] == ["a", "b"]
    [notice] = after.take_notices()
    assert "damaged" in notice and "2 earlier attempts were restored" in notice
    assert len(list(folder.glob("progress.damaged-*.json"))) == 1


def test_the_copy_is_a_second_name_for_the_old_file_not_a_copy_of_its_bytes(folder):
    current = store_module.store()
    current.record(SINGLE, "incorrect", "a")
    old = (folder / "progress.json").stat().st_ino
    current.record(SINGLE, "incorrect", "b")
    assert (folder / "progress.json.prev").stat().st_ino == old != (folder / "progress.json").stat().st_ino


def test_a_kernel_holding_more_than_the_copy_keeps_both_and_equal_attempts_stay_two(folder):
    current = store_module.store()
    current.record(SINGLE, "incorrect", "same")
    current.record(SINGLE, "incorrect", "same")
    current.record(SINGLE, "correct", "last")
    (folder / "progress.json").write_bytes(b"")
    current.record(REFLECTION, "saved", "after")
    assert [a["answer"] for a in saved(folder)] == ["same", "same", "last", "after"]


def test_a_deleted_progress_file_is_not_brought_back_from_the_copy(folder):
    current = store_module.store()
    current.record(SINGLE, "incorrect", "a")
    current.record(SINGLE, "incorrect", "b")
    (folder / "progress.json").unlink()  # a learner starting again
    assert store_module.Store(folder).attempts == []
