"""Binder (repo2docker) picks up environment.yml and postBuild.

`jupyter-repo2docker --no-build --debug` prints the Dockerfile Binder would build, without Docker.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def binder_dockerfile(repo: Path) -> str:
    repo2docker = Path(sys.executable).with_name("jupyter-repo2docker")
    result = subprocess.run(
        [str(repo2docker), "--no-build", "--debug", str(repo)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout + result.stderr


def test_binder_installs_environment_yml_and_runs_postbuild():
    dockerfile = binder_dockerfile(ROOT)
    assert '--file "environment.yml"' in dockerfile
    assert "RUN ./postBuild" in dockerfile


def test_postbuild_installs_the_course_package():
    script = (ROOT / "postBuild").read_text()
    assert os.access(ROOT / "postBuild", os.X_OK)
    assert "pip install --no-deps -e ." in script


def test_without_postbuild_binder_would_not_run_it(tmp_path):
    """The check above can fail: a copy of the repository without postBuild builds without it."""
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in ("environment.yml", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, copy / name)
    assert "RUN ./postBuild" not in binder_dockerfile(copy)
