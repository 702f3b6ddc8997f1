"""The fact-check report: open claims listed, answers and notes gathered, learner text escaped, bad input
answered with a sentence. Every test has its own progress folder (tests/conftest.py)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest

import nkcourse as nk
from nkcourse import report as fc
from nkcourse.quiz.bank import VERDICTS, load_bank
from nkcourse.quiz.check import check_answer
from nkcourse.quiz.progress import store

BANK = {ex["id"]: ex for ex in load_bank("05_capstone").exercises}
NASTY = '<script>alert("x")</script><img src=x onerror=alert(1)> & =HYPERLINK("http://example.invalid")'


def answer(exercise_id: str, verdict: str, evidence: list[str]) -> None:
    """Record an attempt as the Check button does: through the checker, into the progress store."""
    ex = BANK[exercise_id]
    given = {"verdict": verdict, "evidence": evidence}
    result = check_answer(ex, given)
    store().record(ex, result.verdict, given)


def relevant(exercise_id: str) -> list[str]:
    return [e["text"] for e in BANK[exercise_id]["evidence"] if e.get("relevant")]


@pytest.fixture(autouse=True)
def _fresh_notebooks():
    fc._NOTEBOOKS.clear()
    yield
    fc._NOTEBOOKS.clear()


def test_with_nothing_done_every_claim_is_open():
    rows = fc.rows()
    assert [r["claim"] for r in rows] == list(fc.NUMBERS)
    assert {r["status"] for r in rows} == {"open"}
    assert all(r["sources"] for r in rows), "every claim names the course's sources"
    assert "0 of 13 claims judged, 13 open" in repr(fc.report())
    markdown = fc.markdown()
    assert markdown.count("open (not yet judged)") == len(fc.CLAIMS)
    assert "Lankov, Andrei N. (2005). Crisis in North Korea" in markdown  # works cited, in full
    assert "Crisis in North Korea" in fc.html()


def test_verdicts_evidence_names_and_notes_are_gathered(capsys):
    answer("cap_c02", "partly_accurate", relevant("cap_c02"))
    answer("cap_c05", "inaccurate", relevant("cap_c05")[:1])
    answer("cap_c05", "accurate", relevant("cap_c05"))  # the latest attempt counts
    fc.resolve(2, "Park Hyun Yong")
    fc.note("claim 2", "Right year, wrong government.")
    rows = {r["claim"]: r for r in fc.rows()}
    assert rows[2]["verdict"] == VERDICTS["partly_accurate"] and rows[2]["checked"] == "verdict and evidence right"
    assert rows[2]["evidence"] == relevant("cap_c02")
    pak = nk.lookup("Park Hyun Yong").iloc[0]
    assert rows[2]["names"] == [f"Park Hyun Yong = {pak['name']} ({pak['faction']})"]
    assert pak["id"] == "pak_hon_yong"
    assert rows[2]["note"] == "Right year, wrong government."
    assert rows[5]["verdict"] == "Accurate"
    assert rows[3]["status"] == "open"
    assert "2 of 13 claims judged, 11 open" in repr(fc.report())
    assert "Note kept for claim 2." in capsys.readouterr().out


def test_names_and_notes_survive_a_restarted_kernel():
    fc.resolve(6, "Heo Ja Yi")
    fc.note(6, "Two versions of his death.")
    fc._NOTEBOOKS.clear()  # what a new kernel sees: only the file
    row = fc.rows()[5]
    ho = nk.lookup("Heo Ja Yi").iloc[0]
    assert row["names"] == [f"Heo Ja Yi = {ho['name']} ({ho['faction']})"] and ho["id"] == "ho_ka_i"
    assert row["note"] == "Two versions of his death."
    fc.note(6, "")
    assert fc.rows()[5]["note"] == ""


def test_learner_text_is_escaped_everywhere(tmp_path):
    store().record(BANK["cap_reflection"], "saved", NASTY)
    fc.note(1, NASTY)
    fc.resolve(1, NASTY)
    html = fc.html(learner=NASTY)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    markdown = fc.markdown(learner=NASTY)
    assert "<script" not in markdown and "<img" not in markdown
    written = fc.export(str(tmp_path / "report"), learner=NASTY)
    assert [p.suffix for p in written] == [".md", ".csv", ".html"]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page
    cells = [cell for line in csv.reader(io.StringIO((tmp_path / "report.csv").read_text(encoding="utf-8")))
             for cell in line]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells), "a formula would run in a spreadsheet"


@pytest.mark.parametrize("claim", [0, 14, -1, 2.5, True, None, "two", "", "claim", ["1"], {"a": 1}])
def test_a_bad_claim_number_gets_a_sentence(claim, capsys):
    assert fc.note(claim, "text") is None
    assert fc.resolve(claim, "Wu Ting") is None
    out = capsys.readouterr().out
    assert out.count("There is no claim") == 2 and "Traceback" not in out


@pytest.mark.parametrize("value", [None, 5, b"bytes", ["a"], "x" * (fc.MAX_NOTE + 1)])
def test_a_bad_note_gets_a_sentence(value, capsys):
    assert fc.note(3, value) is None
    assert "note" in capsys.readouterr().out.lower()
    assert fc.rows()[2]["note"] == ""


@pytest.mark.parametrize("value", [None, "", "   ", 42])
def test_a_bad_name_gets_a_sentence(value, capsys):
    assert fc.resolve(3, value) is None
    assert "name" in capsys.readouterr().out


def test_an_unknown_name_is_kept_as_unresolved(capsys):
    fc.resolve(4, "zzzzqqqq")
    assert "is not in the course's data" in capsys.readouterr().out
    assert fc.rows()[3]["names"] == ["zzzzqqqq = not found"]


@pytest.mark.parametrize("name", ["", 7, None, "report.pdf"])
def test_bad_export_names_get_a_sentence(name, capsys, tmp_path):
    assert fc.export(name) is None
    assert capsys.readouterr().out.strip()


def test_export_to_a_folder_that_cannot_be_written(tmp_path, capsys):
    if os.geteuid() == 0:
        target = "/proc/nkcourse-cannot-write/report"  # root can write anywhere else
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        target = str(folder / "report")
    assert fc.export(target) is None
    assert "Could not write" in capsys.readouterr().out


def test_a_damaged_notes_file_is_kept_aside(capsys):
    folder = store().folder
    (folder / fc.FILE_NAME).write_text("{not json", encoding="utf-8")
    fc.note(7, "After the damage.")
    out = capsys.readouterr().out
    assert "damaged" in out
    assert list(folder.glob("capstone_report.damaged-*.json"))
    saved = json.loads((folder / fc.FILE_NAME).read_text(encoding="utf-8"))
    assert saved["notes"] == {"7": "After the damage."}


def test_the_splitting_exercise_and_the_reflection_appear_in_the_report():
    ex = BANK["cap_split"]
    right = [o["text"] for o in ex["options"] if o.get("correct")]
    store().record(ex, check_answer(ex, right).verdict, right)
    store().record(BANK["cap_reflection"], "saved", "The misleading ones were hardest.")
    markdown = fc.markdown()
    assert "**Splitting exercise:** every claim found, no colour ticked." in markdown
    assert "The misleading ones were hardest." in markdown
    assert "The misleading ones were hardest." in fc.html()


def test_short_citations_keep_co_authors_and_tell_works_of_one_year_apart():
    labels = fc.cite_labels(["shen_xia_2018", "montross_canzona_1954", "mikoyan_1956", "mikoyan_1956b",
                             "mikoyan_1956c", "lankov_2005", "lankov_2005b"])
    assert labels["shen_xia_2018"] == "Shen & Xia 2018" and labels["montross_canzona_1954"] == "Montross & Canzona 1954"
    assert len(set(labels.values())) == len(labels), labels  # three telegrams of 1956, two books of 2005: apart
    table = fc.rows()
    cited = dict(fc.works_cited(table))
    used = {label for r in table for label in r["sources"].split("; ")}
    assert used == set(cited), "every label in a claim is in Works cited, with the same suffix"
    assert len(cited) == len({s for r in table for s in r["source_ids"]})


def test_markdown_works_cited_has_no_html_entities_and_claims_quote_the_article():
    markdown = fc.markdown()
    works = markdown[markdown.index("## Works cited"):]
    assert "&lt;" not in works and "&amp;" not in works and "&#x27;" not in works
    assert "\\<다시쓰는 한국현대사\\>" in works  # a title in angle brackets, not read as an HTML tag
    claim9 = next(c for c in fc.CLAIMS if c.number == 9)
    assert f"> {claim9.quote}" in markdown


def test_a_dotted_file_name_is_kept_and_the_page_title_names_the_learner(tmp_path):
    written = fc.export(str(tmp_path / "Ana.Kim_report"), learner="Ana <Kim>")
    assert [p.name for p in written] == ["Ana.Kim_report.md", "Ana.Kim_report.csv", "Ana.Kim_report.html"]
    page = (tmp_path / "Ana.Kim_report.html").read_text(encoding="utf-8")
    assert "<title>Fact-check report by Ana &lt;Kim&gt;</title>" in page
