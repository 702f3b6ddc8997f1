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
