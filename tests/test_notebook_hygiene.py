"""Committed notebooks are small, executed by the current code, and carry no saved widget state."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for folder in ("notebooks", "exercises") for p in (ROOT / folder).glob("*.ipynb"))
MAX_BYTES = 1_000_000


def test_there_are_notebooks():
    assert (ROOT / "notebooks" / "00_start_here.ipynb") in NOTEBOOKS


def problems(path: Path) -> list[str]:
    """Every way in which one notebook breaks the house rules (empty when it is clean)."""
    found = []
    if path.stat().st_size > MAX_BYTES:
        found.append(f"larger than 1 MB ({path.stat().st_size // 1024} KB)")
    text = path.read_text(encoding="utf-8")
    notebook = json.loads(text)
    if "widgets" in notebook.get("metadata", {}):
        found.append("saved widget state in metadata.widgets")
    if "window.PlotlyConfig" in text or "plotly.js v" in text:
        found.append("an embedded plotly.js bundle")
    for number, cell in enumerate(notebook["cells"], start=1):
        if cell["cell_type"] != "code" or not "".join(cell["source"]).strip():
            continue
        if cell.get("execution_count") is None:
            found.append(f"code cell {number} was never executed")
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            found.append(f"code cell {number} stored an error")
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[str(p.relative_to(ROOT)) for p in NOTEBOOKS])
def test_notebook_is_clean(path):
    assert problems(path) == []


def test_the_checks_catch_a_dirty_notebook(tmp_path):
    dirty = {
        "cells": [
            {"cell_type": "code", "source": ["1 + 1"], "metadata": {}, "outputs": [], "execution_count": None},
            {"cell_type": "code", "source": ["1 / 0"], "metadata": {}, "execution_count": 2,
             "outputs": [{"output_type": "error", "ename": "ZeroDivisionError", "evalue": "", "traceback": []}]},
            {"cell_type": "code", "source": ["fig"], "metadata": {}, "execution_count": 3,
             "outputs": [{"output_type": "display_data", "metadata": {},
                          "data": {"text/html": "<script>window.PlotlyConfig = {};/* plotly.js v3 */</script>"
                                   + " " * MAX_BYTES}}]},
        ],
        "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {}}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    path = tmp_path / "dirty.ipynb"
    path.write_text(json.dumps(dirty))
    found = problems(path)
    assert any("1 MB" in p for p in found)
    assert "saved widget state in metadata.widgets" in found
    assert "an embedded plotly.js bundle" in found
    assert "code cell 1 was never executed" in found
    assert "code cell 2 stored an error" in found
