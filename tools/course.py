"""Set up, open, test and update the course on any operating system, with nothing but Python.

    python tools/course.py lab        set up (first time only) and open JupyterLab on the start notebook
    python tools/course.py test       set up, then lint, unit and data tests, nbval, browser tests
    python tools/course.py update     take the course's latest version, keeping your edited notebooks
    python tools/course.py restore    put back the course's version of notebooks you changed (yours are kept)
    python tools/course.py execute    re-run every notebook and store clean outputs (for authors)
    python tools/course.py export     HTML copies of the notebooks with their charts, into export/
    python tools/course.py site       the static web edition of the whole course, into site/
    python tools/course.py browser    only the browser tests
    python tools/course.py bench      the cost per learner against the floor, as one table
    python tools/course.py hubload    a class on a local JupyterHub (make hubload N=30)
    python tools/course.py setup      only create .venv and install the pinned packages
    python tools/course.py relock     pin every package the pinned ones pull in (for maintainers)

On Windows type `py` instead of `python` if `python` is not found. `make lab`, `make test` and the
other make targets call this file, so both routes do the same.

Only the standard library is used here: this file runs before anything is installed. It creates
`.venv` with the Python that runs it and installs the course there from the one lock,
requirements-lock.txt; a second run installs nothing while `.venv/.nkcourse-installed` is newer than
pyproject.toml and the lock. Opening the course installs the `lab` packages only; the tests and the
authors' commands add the `test` extra.
"""

from __future__ import annotations

import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".nkcourse-installed"
LOCK = ROOT / "requirements-lock.txt"
START = "notebooks/00_start_here.ipynb"
MY_WORK = "my-work"  # where `update` and `restore` keep the learner's edited notebooks (not tracked by git)
COURSE_FOLDERS = ("notebooks", "exercises")


class CourseError(Exception):
    """A problem the learner can fix, reported as one clear message instead of a traceback."""


def venv_python(venv: Path = VENV, windows: bool = os.name == "nt") -> Path:
    """The virtual environment's Python: Scripts\\python.exe on Windows, bin/python elsewhere."""
    return venv / "Scripts" / "python.exe" if windows else venv / "bin" / "python"


def course_environment() -> dict[str, str]:
    """Jupyter settings that belong to the course (offline, no news, exports with charts), and the
    per-user state JupyterLab writes, kept inside .venv and out of git."""
    env = dict(os.environ)
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
        [str(ROOT / "jupyter-config")] + ([env["JUPYTER_CONFIG_PATH"]] if env.get("JUPYTER_CONFIG_PATH") else []))
    env["JUPYTERLAB_SETTINGS_DIR"] = str(VENV / "lab-user-settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(VENV / "lab-workspaces")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


def run(*command, env: dict[str, str] | None = None, check: bool = True) -> int:
    """Run a command from the course folder; a failure ends this script with the command's exit code."""
    printable = " ".join(str(part) for part in command)
    print(f"> {printable}", flush=True)
    try:
        code = subprocess.call([str(part) for part in command], cwd=ROOT, env=env or course_environment())
    except FileNotFoundError as error:
        raise CourseError(f"Could not run `{command[0]}`: {error.strerror}.") from None
    if check and code != 0:
        raise SystemExit(code)
    return code


def check_python() -> None:
    """tools/check_python.py words the message for a too-old Python (it parses on any Python 3)."""
    import runpy

    try:
        runpy.run_path(str(ROOT / "tools" / "check_python.py"))
    except SystemExit as stop:
        raise CourseError(str(stop)) from None


LEARNER = ("lab",)  # what opening the course needs
AUTHOR = ("lab", "test")  # tests, re-executing notebooks, printing PDFs


def installed_extras() -> set[str] | None:
    """The extras .venv holds, or None when it must be (re)installed: no stamp yet, or pyproject.toml or
    the lock changed since."""
    if not STAMP.exists() or not venv_python().exists():
        return None
    if any(path.stat().st_mtime > STAMP.stat().st_mtime for path in (ROOT / "pyproject.toml", LOCK)):
        return None
    return set(STAMP.read_text(encoding="utf-8").split())


def needs_install(extras=AUTHOR) -> bool:
    have = installed_extras()
    return have is None or not set(extras) <= have


def setup(extras=AUTHOR) -> Path:
    """Create .venv and install the course from the lock with `extras`, unless that is already done."""
    check_python()
    python = venv_python()
    have = installed_extras()
    if have is not None and set(extras) <= have:
        return python
    if not python.exists():
        print("Creating .venv (first time only; the install takes a few minutes) ...", flush=True)
        run(sys.executable, "-m", "venv", VENV)
    wanted = sorted(set(extras) | (have or set()))
    run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "--quiet", "-c", LOCK, "-e", f".[{','.join(wanted)}]")
    STAMP.write_text(" ".join(wanted), encoding="utf-8")
    return python


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab(arguments: list[str]) -> None:
    python = setup(LEARNER)
    port = os.environ.get("PORT", "8888")
    command = [python, "-m", "jupyterlab", "--ip=127.0.0.1", f"--port={port}", f"--ServerApp.root_dir={ROOT}",
               f"--LabApp.default_url=/lab/tree/{START}", *(["--allow-root"] if is_root() else []), *arguments]
    print("Opening JupyterLab: use the link with the token printed below. Stop it with Ctrl-C.\n"
          "Your edits to the course notebooks are kept when you take an update with "
          "`python tools/course.py update`.", flush=True)
    print("> " + " ".join(str(part) for part in command), flush=True)
    server = subprocess.Popen([str(part) for part in command], cwd=ROOT, env=course_environment())
    # the name lookup's index built now, beside the starting server, into its cache (~/.cache/nkcourse), if the
    # data have changed since it was last built: a learner's first nk.lookup then reads it (as on Binder, whose
    # postBuild does the same); nothing is printed, and a failure only leaves the first lookup to build it
    subprocess.Popen([str(python), "-c", "import nkcourse as nk; nk.lookup('Kim Il Sung')"], cwd=ROOT,
                     env=course_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            code = server.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C reaches JupyterLab too: it asks to confirm, or stops on a second one
            continue
    if code not in (0, 130, -2):
        raise SystemExit(code)
    print("JupyterLab stopped.")


TEST_TIMINGS = ROOT / "test-artifacts" / "make-test-timings.json"  # read by `make bench` (benchmarks/bench.py)


def test(arguments: list[str]) -> None:
    """Lint, unit/data/browser tests, nbval: every part runs, even after one fails (so one run reports
    every failure, and the record is whole); the exit code is the first failing part's. The wall time of
    each part goes to TEST_TIMINGS as it ends."""
    import json
    import time

    python = setup()
    nbval = ["--nbval", *COURSE_FOLDERS, "instructors/keys"]
    record = {"started": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
              "load": " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?",
              "commit": commit_label(), "arguments": arguments, "complete": False, "steps": []}

    def timed(part: str, command: list[str], pytest_label: str = "", env: dict[str, str] | None = None) -> None:
        start = time.perf_counter()
        code = run(python, "-m", *command, env=env, check=False)
        step = {"part": part, "command": " ".join(command), "seconds": round(time.perf_counter() - start, 1),
                "exit": code}
        try:  # the pytest run's own record (conftest.py), copied now: a later pytest run may replace it
            runs = json.loads((ROOT / "test-artifacts" / "test-timings.json").read_text(encoding="utf-8"))["runs"]
            step["pytest"] = next(r for r in runs if r["label"] == pytest_label) if pytest_label else None
        except (OSError, ValueError, KeyError, StopIteration):
            step["pytest"] = None
        record["steps"].append(step)
        try:
            TEST_TIMINGS.parent.mkdir(exist_ok=True)
            TEST_TIMINGS.write_text(json.dumps(record, indent=1), encoding="utf-8")
        except OSError:  # a timing record must never fail the tests
            pass
        if code != 0:
            failures.append(code)

    failures: list[int] = []
    timed("lint", ["ruff", "check", "."])
    # on two workers or more (pytest-xdist): the browser tests on one, the name lookup's tests spread over all,
    # each other file on one (conftest.py's scheduler); on one core, one process as before
    workers = min(4, os.cpu_count() or 1)
    parallel = ["-n", str(workers)] if workers >= 2 else []
    timed("unit, data and browser tests", ["pytest", "tests", *parallel, *arguments], " ".join(["tests", *arguments]))
    env = course_environment()
    with tempfile.TemporaryDirectory() as progress:
        env["NKCOURSE_PROGRESS_DIR"] = progress
        record["complete"] = True  # every part has run (or is running: this is the last)
        timed("nbval (stored outputs of every notebook)", ["pytest", *nbval, "--nbval-sanitize-with",
              "tests/nbval_sanitize.cfg", "--nbval-cell-timeout=120"], " ".join(nbval), env=env)
    for step in record["steps"]:
        print(f"{step['part']}: {step['seconds']:.0f} s, {'passed' if step['exit'] == 0 else 'FAILED'}", flush=True)
    if failures:
        raise SystemExit(failures[0])


def browser(arguments: list[str]) -> None:
    run(setup(), "-m", "pytest", "tests/browser", "-q", *arguments)


def execute(arguments: list[str]) -> None:
    run(setup(), "tools/execute_notebooks.py", *arguments)


def export(arguments: list[str]) -> None:
    run(setup(LEARNER), "tools/export_html.py", *arguments)


def site(arguments: list[str]) -> None:
    run(setup(AUTHOR if "--pdf" in arguments else LEARNER), "tools/build_site.py", *arguments)


def bench(arguments: list[str]) -> None:
    run(setup(), "benchmarks/bench.py", *arguments)


def hubload(arguments: list[str]) -> None:
    run(setup((*AUTHOR, "hub")), "benchmarks/hubload.py", *arguments)


# --- updating without losing work -------------------------------------------------------------------

def git(*arguments: str, root: Path = ROOT) -> subprocess.CompletedProcess:
    try:
        # git writes paths and messages in UTF-8 whatever the Windows code page; never a decoding traceback
        return subprocess.run(["git", *arguments], cwd=root, capture_output=True, text=True, encoding="utf-8",
                              errors="surrogateescape")
    except FileNotFoundError:
        raise CourseError("`git` was not found. Install Git (https://git-scm.com) and try again.") from None


def commit_label(root: Path = ROOT) -> str:
    """The commit a measurement was made on: its short hash, with "+ uncommitted changes" when tracked files
    differ from it (the benchmark's own output, benchmarks/results.md, aside); "unknown commit" without git."""
    try:
        head = git("rev-parse", "--short", "HEAD", root=root)
        status = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!benchmarks/results.md",
                     root=root)
    except CourseError:
        return "unknown commit"
    if head.returncode != 0 or status.returncode != 0:
        return "unknown commit"
    return head.stdout.strip() + (" + uncommitted changes" if status.stdout.strip() else "")


def edited_notebooks(root: Path = ROOT) -> list[str]:
    """Course notebooks (tracked by git) whose file differs from the course's version."""
    status = git("status", "--porcelain", "-z", "--untracked-files=no", "--", *COURSE_FOLDERS, root=root)
    if status.returncode != 0:
        raise CourseError(f"{root} is not a git clone of the course, so it cannot be updated with git: "
                          "download the course again instead. (git said: " + status.stderr.strip() + ")")
    paths, entries = [], iter(status.stdout.split("\0"))
    for entry in entries:
        if len(entry) < 4:
            continue
        code, path = entry[:2], entry[3:]
        if "R" in code or "C" in code:
            next(entries, None)  # a rename or copy is followed by its old path
        if path.endswith(".ipynb") and (root / path).exists():
            paths.append(path)
    return sorted(paths)


def set_aside(paths: list[str], root: Path = ROOT, when: datetime.datetime | None = None) -> Path | None:
    """Copy the learner's edited notebooks into my-work/<date and time>/ and put back the course's versions."""
    if not paths:
        return None
    stamp = (when or datetime.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    folder = root / MY_WORK / stamp
    for path in paths:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / path, target)
    result = git("checkout", "--", *paths, root=root)
    if result.returncode != 0:
        raise CourseError(f"Your notebooks are copied to {folder}, but the course versions could not be "
                          f"put back: {result.stderr.strip()}")
    return folder


def report_set_aside(folder: Path | None, paths: list[str], root: Path = ROOT) -> None:
    if folder is None:
        print("You had not changed any course notebook.")
        return
    print(f"Your edited notebooks are kept in {folder.relative_to(root)}{os.sep}:")
    for path in paths:
        print(f"  {Path(folder.relative_to(root), path)}")
    print("Open them from there in JupyterLab; the course notebooks are now the course's own versions.")


def update(arguments: list[str], root: Path = ROOT) -> None:
    """Take the latest course version. It is fetched first; an edited notebook that the update changes
    is set aside in my-work/ before the course's new version replaces it, never lost; an edited notebook
    the update does not change stays where it is, with the learner's work in it."""
    edited = edited_notebooks(root)
    fetched = git("fetch", *arguments, root=root)
    if fetched.returncode != 0:
        raise CourseError("The update could not be taken (is the computer online?): git said\n"
                          + (fetched.stderr or fetched.stdout).strip() + "\nNothing was changed; your notebooks "
                          "are as you left them.")
    changed = git("diff", "--name-only", "-z", "HEAD", "FETCH_HEAD", "--", *COURSE_FOLDERS, root=root)
    incoming = set(changed.stdout.split("\0")) if changed.returncode == 0 else set(edited)
    paths = [path for path in edited if path in incoming]
    folder = set_aside(paths, root)
    merged = git("merge", "--ff-only", "FETCH_HEAD", root=root)
    report_set_aside(folder, paths, root)
    if unchanged := [path for path in edited if path not in incoming]:
        print("The update does not change these notebooks, so your work stays in them: " + ", ".join(unchanged))
    if merged.returncode != 0:
        raise CourseError("The update could not be taken: git said\n" + (merged.stderr or merged.stdout).strip()
                          + "\nYour notebooks are safe. If you changed files other than notebooks, "
                            "`git status` lists them.")
    print("The course is up to date." if "Already up to date" in merged.stdout else "The course is updated.")


def restore(arguments: list[str], root: Path = ROOT) -> None:
    """Put back the course's version of edited notebooks (all, or those named), keeping the edits aside."""
    edited = edited_notebooks(root)
    try:
        wanted = [Path(a).resolve().relative_to(root.resolve()).as_posix() for a in arguments] or edited
    except ValueError:
        raise CourseError("Name notebooks inside the course folder, e.g. notebooks/01_founding.ipynb") from None
    unknown = [p for p in wanted if p not in edited]
    if unknown:
        raise CourseError("Not an edited course notebook: " + ", ".join(unknown))
    report_set_aside(set_aside(wanted, root), wanted, root)


TRANSITIVE = "# --- Everything the pins above pull in"


def canonical(name: str) -> str:
    """A package name as pip compares names: lower case, runs of - _ . as one -."""
    return "-".join(part for part in name.lower().replace("_", "-").replace(".", "-").split("-") if part)


def relock(arguments: list[str]) -> None:
    """Pin the exact version of every package that the lock's own pins pull in. The part of the lock above
    the TRANSITIVE line (the pins maintainers write) is kept; below it, this writes what pip installs in a
    fresh virtual environment made with those pins and every extra, so that a learner's, CI's and a hub's
    installs get the same versions of the packages nobody names. Run it after changing a pin."""
    head = LOCK.read_text(encoding="utf-8").split(TRANSITIVE)[0].rstrip("\n") + "\n"
    direct = {canonical(line.split("==")[0]) for line in head.splitlines()
              if "==" in line and not line.lstrip().startswith("#")}
    with tempfile.TemporaryDirectory() as folder:
        constraints, venv = Path(folder) / "direct.txt", Path(folder) / "venv"
        constraints.write_text(head, encoding="utf-8")
        print("Installing the pinned packages into a fresh environment (a few minutes) ...", flush=True)
        run(sys.executable, "-m", "venv", venv)
        python = venv_python(venv)
        run(python, "-m", "pip", "install", "--quiet", "-c", constraints, f"{ROOT}[lab,test,hub]")
        frozen = subprocess.run([str(python), "-m", "pip", "freeze"], capture_output=True, text=True, check=True)
    pins = sorted((line for line in frozen.stdout.splitlines()
                   if "==" in line and canonical(line.split("==")[0]) not in direct | {"nkcourse"}),
                  key=lambda line: canonical(line.split("==")[0]))
    LOCK.write_text(head + "\n" + TRANSITIVE + " (written by `python tools/course.py relock`: do not edit by hand).\n"
                    "# pip installs these as they are needed on a platform; a package a platform does not need is\n"
                    "# left out there (e.g. pexpect on Windows). Made on "
                    f"{platform.system()} with Python {sys.version_info.major}.{sys.version_info.minor}.\n"
                    + "\n".join(pins) + "\n", encoding="utf-8")
    print(f"{len(pins)} packages pinned below the maintainers' {len(direct)} in {LOCK.name}.")


COMMANDS = {"lab": lab, "test": test, "update": update, "restore": restore, "execute": execute,
            "export": export, "site": site, "browser": browser, "bench": bench, "hubload": hubload,
            "setup": lambda _: setup(), "relock": relock}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.split("\n\n")[1])
        return 0 if argv[:1] in ([], ["-h"], ["--help"]) else 2
    try:
        COMMANDS[argv[0]](argv[1:])
    except CourseError as error:
        print(f"\n{error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
