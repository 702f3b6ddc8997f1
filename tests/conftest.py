"""Every test runs with a throw-away progress folder, never the learner's real one."""

import pytest


@pytest.fixture(autouse=True)
def _private_progress_folder(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(tmp_path_factory.mktemp("progress")))
