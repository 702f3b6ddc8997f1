"""Fixtures for the browser tests: one JupyterLab server and one headless Chromium per session.

Without a Chromium or Chrome binary these tests are skipped with a message saying so; when the
environment variable CI is "true" a missing browser is a failure instead, so CI cannot pass by
silently testing nothing.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # labdriver, whatever pytest's import mode
from labdriver import CHROMIUM_ARGS, REPO, LabServer, find_chromium, open_lab_page

ARTIFACTS = REPO / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"


def pytest_collection_modifyitems(config, items):
    """Run the exercise tests last: the attempts they save go into the session's progress folder, and the
    notebooks' own runs (and screenshots) should show a learner who has not answered anything yet."""
    last = [item for item in items if item.path.name == "test_browser_exercises.py"]
    if last:
        items[:] = [item for item in items if item not in last] + last


def _unavailable(reason: str):
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(f"{reason}. CI=true, so the browser tests must run: install Chromium "
                    "(Debian: apt-get install chromium).", pytrace=False)
    pytest.skip(f"{reason}; browser tests skipped (install Chromium, e.g. `apt-get install chromium`).")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None and os.environ.get("NKCOURSE_CHROMIUM"):
        _unavailable(f"NKCOURSE_CHROMIUM is set to {os.environ['NKCOURSE_CHROMIUM']}, which is not a file")
    if path is None:
        _unavailable("No Chromium or Chrome found (looked at /usr/bin/chromium, /usr/bin/chromium-browser, "
                     "/usr/bin/google-chrome and on PATH)")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("The Python package playwright is not installed")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
    except Exception as error:  # noqa: BLE001 (a broken browser install is reported, not a traceback)
        playwright.stop()
        _unavailable(f"Chromium at {chromium_path} could not be started: {error}")
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, chromium_path) -> LabServer:
    """JupyterLab serving a tmp COPY of notebooks/ and exercises/ (running them changes no repo file);
    the package still finds data/ and the banks through NKCOURSE_ROOT, progress goes to a tmp folder."""
    home = tmp_path_factory.mktemp("jupyterlab")
    root = home / "course"
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for folder in ("notebooks", "exercises"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder, ignore=ignore)
    root.mkdir(exist_ok=True)
    server = LabServer(home=home, root=root).start()
    yield server
    server.stop()


@pytest.fixture
def lab(browser, lab_server):
    """One page (in its own browser context and JupyterLab workspace) for one test."""
    context, notebook = open_lab_page(browser, lab_server)
    yield notebook
    context.close()
    lab_server.shutdown_sessions()


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
