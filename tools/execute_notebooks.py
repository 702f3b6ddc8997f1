"""Re-run notebooks with the current code and store clean outputs, as nbval expects them.

Committed notebooks must be the output of the current code: run this (or `make execute`) after any
change to data/, nkcourse/ or a notebook, instead of saving from JupyterLab (whose save adds a
static PNG of every chart). For each notebook it
- runs every cell top to bottom in a fresh kernel, in the notebook's own folder, offline, with a
  throw-away progress folder so no learner progress leaks into the stored outputs;
- removes saved widget state (`metadata.widgets`, megabytes of JavaScript) and per-cell timing;
- prints how long the notebook took, the figure the lesson standard asks for.

Usage: python tools/execute_notebooks.py [NOTEBOOK ...]   (default: notebooks/ and exercises/)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def clean(notebook: nbformat.NotebookNode) -> None:
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)


def execute(path: Path) -> float:
    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as progress_dir:
        os.environ["NKCOURSE_PROGRESS_DIR"] = progress_dir
        started = time.perf_counter()
        NotebookClient(
            notebook, timeout=300, kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        elapsed = time.perf_counter() - started
    clean(notebook)
    nbformat.write(notebook, path)
    return elapsed


def main(arguments: list[str]) -> None:
    paths = [Path(a).resolve() for a in arguments] or sorted(
        p for folder in ("notebooks", "exercises") for p in (ROOT / folder).glob("*.ipynb")
    )
    for path in paths:
        seconds = execute(path)
        print(f"{seconds:6.1f} s  {path.relative_to(ROOT)}  ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1:])
