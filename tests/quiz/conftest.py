"""Every quiz test gets its own progress folder (never the learner's real one) and starts in learner mode."""

import importlib

import pytest

view = importlib.import_module("nkcourse.quiz.view")


@pytest.fixture(autouse=True)
def _private_progress_and_learner_mode(tmp_path, monkeypatch):
    monkeypatch.setenv("NKCOURSE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.delenv("NKCOURSE_INSTRUCTOR", raising=False)
    monkeypatch.setattr(view, "_instructor", None)
