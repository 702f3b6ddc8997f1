"""The course starts with nothing but Python: tools/course.py does what the Makefile does, on any OS.

Also: `update` takes a course change while keeping a learner's edited notebook, `restore` puts back
the course's version, and both speak in sentences, not tracebacks.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import course  # noqa: E402


def test_the_launcher_uses_only_the_standard_library():
    tree = ast.parse((ROOT / "tools" / "course.py").read_text())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module and node.level == 0}
    assert imported - set(sys.stdlib_module_names) - {"__future__"} == set()


def test_the_virtual_environment_python_is_where_each_os_puts_it():
    venv = Path("course") / ".venv"
    assert course.venv_python(venv, windows=True) == venv / "Scripts" / "python.exe"
    assert course.venv_python(venv, windows=False) == venv / "bin" / "python"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed (as on Windows)")
def test_every_make_target_calls_the_launcher():
    for target in ("lab", "test", "execute", "export", "site", "update", "restore", "browser", "bench"):
        result = subprocess.run(["make", "-n", "-C", str(ROOT), target], capture_output=True, text=True)
        assert f"tools/course.py {target}" in result.stdout, (target, result.stdout, result.stderr)


def test_setup_runs_without_make_on_the_path(tmp_path):
    """With .venv installed, `setup` checks the stamp and installs nothing; make is nowhere on PATH."""
    if course.needs_install():
        pytest.skip("the course is not installed in .venv here")
    bare = tmp_path / "bin"
    bare.mkdir()
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "course.py"), "setup"], capture_output=True,
                            text=True, env={**os.environ, "PATH": str(bare)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "pip install" not in result.stdout


def test_the_stamp_records_the_extras_and_a_change_of_pins_reinstalls(tmp_path, monkeypatch):
    monkeypatch.setattr(course, "STAMP", tmp_path / ".nkcourse-installed")
    monkeypatch.setattr(course, "LOCK", tmp_path / "lock.txt")
    monkeypatch.setattr(course, "ROOT", tmp_path)
    monkeypatch.setattr(course, "venv_python", lambda: tmp_path / "python")
    for name in ("python", "pyproject.toml", "lock.txt"):
        (tmp_path / name).write_text("")
    assert course.needs_install(course.LEARNER)  # nothing installed yet
    course.STAMP.write_text("lab")
    os.utime(course.STAMP, (2e9, 2e9))
    assert not course.needs_install(course.LEARNER)
    assert course.needs_install(course.AUTHOR)  # the tests need the test extra too
    os.utime(tmp_path / "lock.txt", (2e9 + 10, 2e9 + 10))
    assert course.needs_install(course.LEARNER)  # the lock changed


def test_an_unknown_command_prints_the_commands():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "course.py"), "lba"], capture_output=True,
                            text=True)
    assert result.returncode == 2
    assert "python tools/course.py lab" in result.stdout and "Traceback" not in result.stderr


def test_the_lab_command_opens_the_start_notebook():
    assert (ROOT / course.START).is_file()


# --- update and restore ------------------------------------------------------------------------------

def git(root: Path, *arguments: str) -> str:
    result = subprocess.run(["git", "-c", "user.name=Course", "-c", "user.email=course@example.org",
                             "-c", "init.defaultBranch=main", *arguments], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def clone(tmp_path):
    """An upstream course repository with one notebook, and a learner's clone of it."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    upstream = tmp_path / "upstream"
    (upstream / "notebooks").mkdir(parents=True)
    (upstream / "notebooks" / "01_lesson.ipynb").write_text('{"cells": ["version 1"]}\n')
    (upstream / "notebooks" / "02_lesson.ipynb").write_text('{"cells": ["untouched"]}\n')
    git(upstream, "init", "-q")
    git(upstream, "add", ".")
    git(upstream, "commit", "-qm", "course v1")
    learner = tmp_path / "learner"
    git(tmp_path, "clone", "-q", str(upstream), str(learner))
    return upstream, learner


def test_update_takes_the_course_change_and_keeps_the_edited_notebook(clone, capsys):
    upstream, learner = clone
    lesson = Path("notebooks") / "01_lesson.ipynb"
    (learner / lesson).write_text('{"cells": ["version 1", "my answer"]}\n')  # what autosave writes
    (upstream / lesson).write_text('{"cells": ["version 2"]}\n')
    git(upstream, "commit", "-qam", "course v2")

    course.update([], root=learner)

    assert (learner / lesson).read_text() == '{"cells": ["version 2"]}\n'
    kept = list((learner / course.MY_WORK).glob("*/notebooks/01_lesson.ipynb"))
    assert [k.read_text() for k in kept] == ['{"cells": ["version 1", "my answer"]}\n']
    assert not list((learner / course.MY_WORK).glob("*/notebooks/02_lesson.ipynb"))
    said = capsys.readouterr().out
    assert "kept in my-work" in said and "01_lesson.ipynb" in said and "updated" in said


def test_notebook_names_with_spaces_and_hangul_are_kept_too(clone):
    upstream, learner = clone
    name = Path("notebooks") / "03 Pak Hon-yong 박헌영.ipynb"
    (upstream / name).write_text("course")
    git(upstream, "add", ".")
    git(upstream, "commit", "-qm", "a new lesson")
    course.update([], root=learner)
    (learner / name).write_text("mine")
    assert course.edited_notebooks(learner) == [name.as_posix()]
    course.restore([], root=learner)
    assert (learner / name).read_text() == "course"
    assert [k.read_text() for k in (learner / course.MY_WORK).glob(f"*/{name.as_posix()}")] == ["mine"]


def test_without_the_command_the_same_pull_fails(clone):
    """The situation `update` exists for: a plain `git pull` refuses to overwrite the autosaved notebook."""
    upstream, learner = clone
    lesson = Path("notebooks") / "01_lesson.ipynb"
    (learner / lesson).write_text('{"cells": ["mine"]}\n')
    (upstream / lesson).write_text('{"cells": ["version 2"]}\n')
    git(upstream, "commit", "-qam", "course v2")
    result = subprocess.run(["git", "pull", "--ff-only"], cwd=learner, capture_output=True, text=True)
    assert result.returncode != 0


def test_restore_puts_back_the_course_version_and_keeps_the_edit(clone, capsys):
    _, learner = clone
    lesson = learner / "notebooks" / "01_lesson.ipynb"
    lesson.write_text("broken")
    course.restore([str(lesson)], root=learner)
    assert lesson.read_text() == '{"cells": ["version 1"]}\n'
    assert [k.read_text() for k in (learner / course.MY_WORK).glob("*/notebooks/01_lesson.ipynb")] == ["broken"]
    with pytest.raises(course.CourseError, match="Not an edited course notebook"):
        course.restore([str(learner / "notebooks" / "02_lesson.ipynb")], root=learner)


def test_update_outside_a_clone_says_so_in_a_sentence(tmp_path):
    with pytest.raises(course.CourseError, match="not a git clone"):
        course.update([], root=tmp_path)


def test_a_failed_fetch_changes_nothing_and_explains(clone):
    upstream, learner = clone
    shutil.rmtree(upstream)
    lesson = learner / "notebooks" / "01_lesson.ipynb"
    lesson.write_text("mine")
    with pytest.raises(course.CourseError, match="could not be taken"):
        course.update([], root=learner)
    assert lesson.read_text() == "mine"
    assert not (learner / course.MY_WORK).exists()


def test_an_edited_notebook_the_update_does_not_touch_stays_in_place(clone, capsys):
    upstream, learner = clone
    (learner / "notebooks" / "02_lesson.ipynb").write_text('{"cells": ["untouched", "my answer"]}\n')
    (upstream / "notebooks" / "01_lesson.ipynb").write_text('{"cells": ["version 2"]}\n')
    git(upstream, "commit", "-qam", "course v2")

    course.update([], root=learner)

    assert (learner / "notebooks" / "01_lesson.ipynb").read_text() == '{"cells": ["version 2"]}\n'
    assert (learner / "notebooks" / "02_lesson.ipynb").read_text() == '{"cells": ["untouched", "my answer"]}\n'
    assert not (learner / course.MY_WORK).exists()
    assert "your work stays in them: notebooks/02_lesson.ipynb" in capsys.readouterr().out


def test_the_readme_start_commands_exist_and_nothing_reads_as_a_placeholder():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"tools[\\/]course\.py (\w+)", readme))
    assert {"lab", "test", "update"} <= named
    assert named <= set(course.COMMANDS), named - set(course.COMMANDS)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"`make (\w+)`", readme):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target
    for placeholder in ("OWNER/REPOSITORY", "<this repository>", "fill in", "TODO", "XXX"):
        assert placeholder not in readme
