"""Every test runs with a throw-away progress folder, never the learner's real one, and keeps the name
lookup's index cache in a throw-away folder too."""

import pytest


@pytest.fixture(scope="session")
def _cache_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _private_progress_folder(tmp_path_factory, monkeypatch, _cache_folder):
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(tmp_path_factory.mktemp("progress")))
    monkeypatch.setenv("NKCOURSE_CACHE_DIR", str(_cache_folder))
