"""Every notebook of the course, run in JupyterLab under headless Chromium, shows no error, draws every
chart and every widget, and makes no request beyond the local server.

The notebooks are discovered with a glob, so a notebook added later is covered without touching this file.
"""

from __future__ import annotations

import warnings

import pytest
from labdriver import REPO, RUN_TIMEOUT, course_notebooks, expected_from_ipynb

NOTEBOOKS = course_notebooks()

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 180)


def screenshot_path(folder, relpath):
    """test-artifacts/screenshots/notebooks/00_start_here.png and so on."""
    return folder / relpath.with_suffix(".png")


def save_screenshot(lab, path) -> None:
    """Best effort: a failed screenshot must not hide why the run itself failed."""
    try:
        lab.screenshot(path)
    except Exception as error:  # noqa: BLE001
        warnings.warn(f"no screenshot saved to {path}: {error}", stacklevel=2)


@pytest.mark.parametrize("relpath", NOTEBOOKS, ids=[str(p) for p in NOTEBOOKS])
def test_notebook_runs_cleanly_in_the_browser(lab, relpath, screenshots_dir):
    expected = expected_from_ipynb(REPO / relpath)
    lab.open(relpath.as_posix(), lab.workspace)
    try:
        lab.run_all()
        report = lab.report()
    finally:
        save_screenshot(lab, screenshot_path(screenshots_dir, relpath))

    problems = report.problems(expected)
    problems += [f"uncaught JavaScript error in the page: {error[:300]}" for error in lab.page_errors]
    if problems and lab.console_errors:
        problems.append("browser console errors: " + " | ".join(e[:200] for e in lab.console_errors[:5]))
    assert problems == [], f"{relpath} in the browser:\n  - " + "\n  - ".join(problems)
    assert report.executed == report.code_cells == expected.code_cells
    assert lab.external == [], f"{relpath} made requests beyond the local server: {lab.external}"
