"""The class-results helper, on synthetic exports written by the course's own export function:
a class with right and wrong answers, a learner who handed in twice, an unnamed file and damaged files.
Expected values come from the banks and from the answers the test gives, never from the helper.
(Reading the files is merge_exports's work, tested with the progress store; these tests check that
the summary passes on everything it reports and adds what it finds itself.)"""

import json

import pytest

from nkcourse import classroom
from nkcourse.quiz import export_progress
from nkcourse.quiz.bank import find_exercise
from nkcourse.quiz.check import check_answer

SINGLE = find_exercise("demo_single")
MULTIPLE = find_exercise("demo_multiple")
VERDICT = find_exercise("demo_verdict")
MATCH = find_exercise("demo_match")
NUMERIC = find_exercise("demo_numeric")
REFLECTION = find_exercise("demo_reflection")

RIGHT_OPTION = next(o["text"] for o in SINGLE["options"] if o.get("correct"))
WRONG_OPTIONS = [o["text"] for o in SINGLE["options"] if not o.get("correct")]
WRONG_VERDICT = next(v for v in ("accurate", "inaccurate") if v != VERDICT["verdict"])
RELEVANT = [e["text"] for e in VERDICT["evidence"] if e.get("relevant")]


def export(tmp_path, monkeypatch, learner: str, answers: list[tuple[dict, object]], name: str,
           folder: str = "") -> None:
    """Record the answers in a learner's progress folder (by default a fresh one), checked by the real
    checker, and export all the folder holds."""
    from nkcourse.quiz.progress import store

    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(tmp_path / "progress" / (folder or name)))
    for ex, answer in answers:
        store().record(ex, check_answer(ex, answer).verdict, answer)
    (tmp_path / "collected").mkdir(exist_ok=True)
    assert export_progress(tmp_path / "collected" / name, learner=learner)


@pytest.fixture
def collected(tmp_path, monkeypatch):
    """Four learners and a few bad files in one folder, as an instructor collects them."""
    export(tmp_path, monkeypatch, "Ann Lee", [(SINGLE, WRONG_OPTIONS[0]), (SINGLE, RIGHT_OPTION),
                                               (NUMERIC, NUMERIC["answer"]),
                                               (REFLECTION, "=1+1 is what a spreadsheet would run")], "ann.csv")
    export(tmp_path, monkeypatch, "Bo Park", [(SINGLE, WRONG_OPTIONS[0]), (SINGLE, WRONG_OPTIONS[1]),
                                               (VERDICT, {"verdict": WRONG_VERDICT, "evidence": RELEVANT})],
           "bo.json")
    export(tmp_path, monkeypatch, "Cho Min", [(SINGLE, RIGHT_OPTION), (NUMERIC, NUMERIC["answer"] + 1000),
                                               (MULTIPLE, [o["text"] for o in MULTIPLE["options"]])], "cho.csv")
    # Ann hands in again later, as JSON: her earlier attempts are in it too, plus one more.
    export(tmp_path, monkeypatch, "  ann  lee ", [(MATCH, {p["item"]: MATCH["pairs"][0]["answer"]
                                                           for p in MATCH["pairs"]})], "ann_again.json",
           folder="ann.csv")
    # Bo hands in the same work again, under another file name.
    export(tmp_path, monkeypatch, "Bo Park", [], "bo_late.csv", folder="bo.json")
    # An unnamed file (an export edited by hand, or from before the export asked for a name).
    export(tmp_path, monkeypatch, "Nameless", [(SINGLE, WRONG_OPTIONS[0])], "noname.csv")
    folder = tmp_path / "collected"
    (folder / "noname.csv").write_text((folder / "noname.csv").read_text(encoding="utf-8").replace("Nameless", ""),
                                       encoding="utf-8")
    good = (folder / "cho.csv").read_text(encoding="utf-8")
    (folder / "cut.json").write_text((folder / "bo.json").read_text(encoding="utf-8")[:200], encoding="utf-8")
    (folder / "binary.csv").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xfe\x00")
    (folder / "empty.csv").write_text("", encoding="utf-8")
    (folder / "other.csv").write_text("name,score\nDee,7\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not an export", encoding="utf-8")
    (folder / "edited.csv").write_text(good.replace("Cho Min", "Dan Kim") + "Dan Kim,x,y,,w,nonsense,v\n",
                                       encoding="utf-8")
    return folder


def mentioned(summary, name: str) -> list[str]:
    return [p for p in summary.problems if p.startswith(f"{name}:") or f"({name}" in p or f" {name}" in p]


def test_every_damaged_file_is_named_with_a_reason_and_nothing_is_dropped(collected):
    summary = classroom.class_summary(collected)
    for name in ("cut.json", "binary.csv", "empty.csv", "other.csv", "notes.txt", "noname.csv", "edited.csv"):
        assert mentioned(summary, name), name
    assert summary.files_read == len(list(collected.iterdir()))
    assert "not a .csv or .json export" in mentioned(summary, "notes.txt")[0]
    assert "1 of 4 attempts have no exercise or no verdict" in mentioned(summary, "edited.csv")[0]
    assert "no name" in mentioned(summary, "noname.csv")[0] or "name" in mentioned(summary, "noname.csv")[0]


def test_unnamed_work_is_counted_under_its_file_name(collected):
    summary = classroom.class_summary(collected)
    unnamed = [n for n in summary.learners if "noname.csv" in n]
    assert len(unnamed) == 1
    assert len(summary.attempts[summary.attempts["learner"] == unnamed[0]]) == 1


def test_two_files_from_one_learner_are_combined_and_reported(collected):
    summary = classroom.class_summary(collected)
    assert any(p.startswith("Ann Lee (ann.csv) and ann lee (ann_again.json) are counted as one learner")
               for p in summary.problems)
    ann = summary.attempts[summary.attempts["learner"].map(classroom.name_key) == "ann lee"]
    # Her second export repeats the four attempts of the first and adds one: five, not nine.
    assert len(ann) == 5
    assert any("7 attempts appear in more than one file" in p for p in summary.problems)  # Ann's 4, Bo's 3
    assert set(ann["exercise"]) == {SINGLE["id"], NUMERIC["id"], REFLECTION["id"], MATCH["id"]}


def test_one_name_in_two_files_is_reported_and_counted_once(collected):
    summary = classroom.class_summary(collected)
    assert any("bo.json" in p and "bo_late.csv" in p for p in summary.problems)
    assert len(summary.attempts[summary.attempts["learner"] == "Bo Park"]) == 3


def test_the_roster_says_who_has_not_handed_in(collected, tmp_path):
    roster = tmp_path / "roster.txt"
    roster.write_text("# class 3B\nAnn Lee\nbo park\nCho Min\nEun Choi\n\nFrank Ri  # absent on Monday\n",
                      encoding="utf-8")
    summary = classroom.class_summary(collected, roster=roster)
    assert summary.not_handed_in == ["Eun Choi", "Frank Ri"]
    assert "Dan Kim" in summary.not_on_roster
    csv_roster = tmp_path / "roster.csv"
    csv_roster.write_text("id,name\n1,Ann Lee\n2,Gil Song\n", encoding="utf-8")
    assert classroom.class_summary(collected, roster=csv_roster).not_handed_in == ["Gil Song"]


def test_the_hardest_exercise_is_the_one_fewest_got_right_at_the_first_try(collected):
    summary = classroom.class_summary(collected)
    hardest = summary.hardest().set_index("exercise")
    # demo_single: Ann wrong then right, Bo wrong twice, Cho right, the unnamed learner wrong, Dan right.
    assert hardest.loc[SINGLE["id"], "learners"] == 5
    assert hardest.loc[SINGLE["id"], "right first try"] == "2 of 5"
    assert hardest.loc[SINGLE["id"], "right in the end"] == "3 of 5"
    assert hardest.loc[SINGLE["id"], "attempts per learner"] == pytest.approx(7 / 5, abs=0.05)
    assert REFLECTION["id"] not in hardest.index  # reflections are saved, not graded
    order = list(summary.hardest()["exercise"])
    assert order.index(VERDICT["id"]) < order.index(SINGLE["id"])  # 0 of 1 right before 2 of 5


def test_wrong_answers_are_given_in_words_with_how_many_learners_chose_them(collected):
    wrong = classroom.class_summary(collected).wrong_answers(top=None)
    counts = {(r.exercise, r._4): r.learners for r in wrong.itertuples()}
    assert counts[(SINGLE["id"], WRONG_OPTIONS[0])] == 3  # Ann, Bo and the unnamed learner
    assert counts[(SINGLE["id"], WRONG_OPTIONS[1])] == 1
    assert wrong.iloc[0]["wrong answer"] == WRONG_OPTIONS[0]
    verdict_label = f"Verdict: {classroom.VERDICTS[WRONG_VERDICT]}"
    assert counts[(VERDICT["id"], verdict_label)] == 1
    wrongly_ticked = [o["text"] for o in MULTIPLE["options"] if not o.get("correct")]
    assert wrongly_ticked and all(counts[(MULTIPLE["id"], text)] == 2 for text in wrongly_ticked)  # Cho, Dan
    assert any(e == NUMERIC["id"] for e, _ in counts)


def test_text_a_spreadsheet_would_run_comes_back_as_the_learner_wrote_it(collected):
    attempts = classroom.class_summary(collected).attempts
    saved = attempts.loc[attempts["exercise"] == REFLECTION["id"], "answer"]
    assert list(saved) == ["=1+1 is what a spreadsheet would run"]


def test_the_chart_shows_the_hardest_exercises_in_three_parts(collected):
    summary = classroom.class_summary(collected)
    fig = summary.chart()
    assert [t.name for t in fig.data] == ["Right at the first try", "Right after more tries", "Not right yet"]
    labels = list(fig.data[0].y)
    assert any(label.startswith(VERDICT["id"]) for label in labels)
    single = labels.index(next(label for label in labels if label.startswith(SINGLE["id"])))
    assert [t.x[single] for t in fig.data] == [2, 1, 2]


def test_the_report_and_the_command_line(collected, tmp_path, capsys):
    out = tmp_path / "report" / "class.html"
    out.parent.mkdir()
    assert classroom.main([str(collected), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "cut.json" in printed and "Hardest exercises" in printed
    page = out.read_text(encoding="utf-8")
    assert "plotly.min.js" in page and (out.parent / "plotly.min.js").is_file()
    assert "https://cdn" not in page
    assert classroom.main([str(tmp_path / "nowhere")]) == 2
    assert "Not found" in capsys.readouterr().out


def test_learner_text_is_escaped_in_the_html_summary(tmp_path, monkeypatch):
    export(tmp_path, monkeypatch, "<script>alert(1)</script>", [(SINGLE, WRONG_OPTIONS[0])], "x.csv")
    html = classroom.class_summary(tmp_path / "collected", roster=["Ann Lee"])._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_json_export_with_damaged_attempts_keeps_the_rest(tmp_path):
    folder = tmp_path / "collected"
    folder.mkdir()
    good = {"time": "2026-01-01T10:00:00+00:00", "bank": "kinds_demo", "exercise": SINGLE["id"],
            "kind": "single", "verdict": "incorrect", "answer": WRONG_OPTIONS[0]}
    (folder / "partly.json").write_text(json.dumps({"learner": "Ha Na", "attempts": [
        good, {**good, "verdict": "nonsense"}, {**good, "exercise": ""}]}), encoding="utf-8")
    summary = classroom.class_summary(folder)
    assert list(summary.learners) == ["Ha Na"]
    assert len(summary.attempts) == 1
    assert summary.problems == ["partly.json: 2 of 3 attempts have no exercise or no verdict the course knows; "
                                "they are not counted."]
