"""The small tools behind `make`: the Python version gate and the notebook cleaner."""

import runpy
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import execute_notebooks  # noqa: E402


def test_an_old_python_gets_one_clear_line(monkeypatch):
    monkeypatch.setattr(sys, "version_info", (3, 9, 18, "final", 0))
    with pytest.raises(SystemExit) as stopped:
        runpy.run_path(str(ROOT / "tools" / "check_python.py"))
    message = str(stopped.value.code)
    assert "needs Python 3.11 or newer" in message and "3.9.18" in message and "\n" not in message


def test_a_current_python_passes_silently():
    runpy.run_path(str(ROOT / "tools" / "check_python.py"))


def test_clean_removes_widget_state_and_timings():
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    cell = nbformat.v4.new_code_cell("1 + 1")
    cell.metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    notebook.cells.append(cell)
    execute_notebooks.clean(notebook)
    assert "widgets" not in notebook.metadata
    assert "execution" not in notebook.cells[0].metadata


def test_readability_counts_syllables_splits_sentences_and_grades():
    import readability  # tools/ is on sys.path (above)

    words = ("the", "armistice", "sources", "decided", "people", "Korea", "Hon-yong", "1945", "Kim's")
    counts = {w: readability.syllables(w) for w in words}
    assert counts == {"the": 1, "armistice": 3, "sources": 2, "decided": 3, "people": 2, "Korea": 3,
                      "Hon-yong": 2, "1945": 1, "Kim's": 1}
    # a word the CMU dictionary lacks falls back on hyphenation: never zero syllables
    assert readability._dictionary().get("kapsan") is None and readability.syllables("Kapsan") >= 2
    text = readability.prose("# A heading\n\nKim returned in 1945, e.g. to Wonsan. The war began\nin June 1950.\n\n"
                             "- a list item of five words\n\n| a | table |")
    assert readability.sentences(text) == ["Kim returned in 1945, e.g. to Wonsan.", "The war began in June 1950.",
                                          "a list item of five words"]
    # a document number is not a sentence end: "No. 6045" stays inside its sentence
    assert readability.sentences("The cable No. 6045 is dated 19 October. It was sent at night.") == [
        "The cable No. 6045 is dated 19 October.", "It was sent at night."]
    # Flesch-Kincaid on a known case: 10 one-syllable words in one sentence -> 0.39*10 + 11.8 - 15.59
    assert readability.grade(10, 1, 10) == pytest.approx(0.39 * 10 + 11.8 - 15.59)


def test_every_lesson_reads_at_grade_10_or_below():
    """Issue 19: the prose of every notebook in notebooks/ at Flesch-Kincaid grade 10 or below."""
    import readability

    reports = [readability.read(p) for p in sorted((ROOT / "notebooks").glob("*.ipynb"))]
    assert len(reports) >= 6
    above = {r.path.name: round(r.grade, 1) for r in reports if r.grade > readability.TARGET}
    assert above == {}, f"above grade {readability.TARGET:g} (python tools/readability.py lists the hardest sentences)"


def test_the_grade_check_fails_on_hard_prose(tmp_path, capsys):
    import readability

    nbf = nbformat
    hard = ("Notwithstanding considerable historiographical disagreement concerning the organisational "
            "characteristics of the factional configuration, contemporaneous documentation demonstrates "
            "unambiguously the comprehensive subordination of institutional representatives. ") * 5
    notebook = nbf.v4.new_notebook(cells=[nbf.v4.new_markdown_cell(hard), nbf.v4.new_code_cell("x = 1")])
    path = tmp_path / "hard.ipynb"
    nbf.write(notebook, path)
    assert readability.read(path).grade > readability.TARGET
    assert readability.main([str(path), "--check", "--worst", "1"]) == 1
    assert "above grade 10: hard.ipynb" in capsys.readouterr().err
    easy = tmp_path / "easy.ipynb"
    nbf.write(nbf.v4.new_notebook(cells=[nbf.v4.new_markdown_cell("The war began in June 1950. It ended in 1953.")]),
              easy)
    assert readability.main([str(easy), "--check"]) == 0
