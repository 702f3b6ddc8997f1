"""The day-before check says in plain words what runs and what does not, and exits 1 when not ready."""

import importlib.util
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("check_class", ROOT / "tools" / "check_class.py")
check_class = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_class)


def notebook(path: Path, *sources: str) -> Path:
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources]), path)
    return path


def test_a_working_and_a_broken_notebook_are_reported_in_words(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(tmp_path / "progress"))
    good = notebook(tmp_path / "good.ipynb", "x = 1", "print(x)")
    bad = notebook(tmp_path / "bad.ipynb", "x = 1", "1 / 0", "print('never')")
    assert check_class.main([str(good), str(bad)]) == 1
    printed = capsys.readouterr().out
    assert f"✓ {good} ran in" in printed
    assert f"✗ {bad} stopped at cell 2 with an error (ZeroDivisionError" in printed
    assert "Not ready: 1 of 2 notebooks ran" in printed
    assert nbformat.read(bad, as_version=4).cells[1].outputs == []  # the file itself is not changed


def test_missing_front_ends_in_the_server_environment_are_named(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setattr("jupyter_core.paths.jupyter_path", lambda *parts: [str(tmp_path / "nothing")])
    monkeypatch.setattr("jupyter_core.paths.jupyter_config_path", lambda: [str(tmp_path / "nothing")])
    assert check_class.check_setup() is False
    printed = capsys.readouterr().out
    assert "✗ The front end for charts (the plotly package) is missing" in printed
    assert "learners see blank space where every chart should be" in printed
    assert "✗ The front end for exercises and other widgets" in printed
    assert "✗ The front end for the exercises' keyboard handling" in printed


def test_a_progress_folder_that_cannot_be_written_is_reported(tmp_path, capsys, monkeypatch):
    (tmp_path / "a_file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(tmp_path / "a_file" / "progress"))
    assert check_class.check_setup() is False
    assert "✗ Learners' progress cannot be saved" in capsys.readouterr().out
