"""The day-before check: is this machine (or this hub's image) ready to teach the course tomorrow?

    make check-class                    # or: python tools/check_class.py
    python tools/check_class.py notebooks/01_founding.ipynb      # only some notebooks

It checks what breaks a class without an error message (the course's data found, a progress folder
that can be written, the chart and exercise front ends in the Jupyter server's environment), then runs
every lesson and practice notebook top to bottom in a fresh kernel, offline, and says in plain words
which ran and which did not. Nothing in the repository is changed: notebooks run from a copy and
progress goes to a throw-away folder. Exit status 0 means ready.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRONT_ENDS = {  # JupyterLab extension: (what it draws, what learners see without it)
    "jupyterlab-plotly": ("charts (the plotly package)", "blank space where every chart should be"),
    "@jupyter-widgets/jupyterlab-manager": ("exercises and other widgets (the jupyterlab_widgets package)",
                                            "exercises that do not appear or do not respond"),
    "nkcourse-exercises": ("the exercises' keyboard handling (the course package's own piece)",
                           "keys typed in an exercise (m, x, d d) that change the notebook instead"),
}


def line(ok: bool, text: str) -> bool:
    print(f"  {'✓' if ok else '✗'} {text}")
    return ok


def check_setup() -> bool:
    ok = line(sys.version_info >= (3, 11), f"Python {platform.python_version()}"
              + (" is recent enough." if sys.version_info >= (3, 11) else ": the course needs 3.11 or newer."))
    try:
        from nkcourse.paths import course_root
        from nkcourse.quiz.bank import readable_banks

        root = course_root()
        banks, broken = readable_banks()
        ok &= line(True, f"The course's data are found (in {root}).")
        ok &= line(not broken, f"{len(banks)} exercise banks load." if not broken
                   else "Some exercise banks do not load: " + " | ".join(broken))
    except Exception as error:  # noqa: BLE001 (reported in words: this is a readiness check)
        return line(False, f"The course package cannot be used here: {error}. Run `make lab` once, or "
                    "`pip install .` in the hub's image.")
    from nkcourse.quiz.progress import progress_folder

    folder = progress_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".check-"):
            pass
        ok &= line(True, f"Learners' progress can be saved (in {folder}).")
    except OSError as error:
        ok &= line(False, f"Learners' progress cannot be saved in {folder} ({error.strerror or error}). Set "
                   "NKCOURSE_PROGRESS_DIR to a folder learners can write to, or they must export before leaving.")
    from jupyter_core.paths import jupyter_config_path, jupyter_path

    places = [Path(p) for p in jupyter_path("labextensions")]
    # The course's own piece is found either installed (a wheel puts it in share/jupyter/labextensions) or
    # through the course's server settings (jupyter-config/, which `make lab` and postBuild use).
    settings = [Path(p) / "jupyter_server_config.py" for p in jupyter_config_path()]
    course_settings = any(f.is_file() and "extra_labextensions_path" in f.read_text(encoding="utf-8", errors="replace")
                          for f in settings)
    for name, (what, without) in FRONT_ENDS.items():
        found = any((place / name / "package.json").is_file() for place in places) or (
            name == "nkcourse-exercises" and course_settings)
        ok &= line(found, f"The front end for {what} is installed in the Jupyter server's environment." if found
                   else f"The front end for {what} is missing from the Jupyter server's environment. Every cell "
                        f"still runs, but learners see {without}, with no error. Install the package into the "
                        "environment that runs `jupyter lab` (on a hub: the user image), not only into the kernel's.")
    return ok


def run_notebook(path: Path) -> tuple[bool, str]:
    """Run a copy of the notebook; a sentence saying how it went."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    notebook = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    try:
        NotebookClient(notebook, timeout=300, kernel_name="python3", extra_arguments=["--log-level=ERROR"],
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    except CellTimeoutError:
        return False, "a cell ran for more than 5 minutes and was stopped (the machine may be overloaded)."
    except DeadKernelError:
        return False, "the Python kernel died (often: not enough memory)."
    except CellExecutionError as error:
        number = next((n for n, c in enumerate(notebook.cells, start=1) if c.cell_type == "code"
                       and any(o.get("output_type") == "error" for o in c.get("outputs", []))), "?")
        reason = f"{error.ename}: {error.evalue}".strip()[:200]
        return False, f"stopped at cell {number} with an error ({reason})."
    except Exception as error:  # noqa: BLE001 (no kernel, a broken file: said in words)
        return False, f"could not be run ({type(error).__name__}: {str(error)[:200]})."
    seconds = time.perf_counter() - started
    charts = sum("application/vnd.plotly.v1+json" in o.get("data", {})
                 for c in notebook.cells for o in c.get("outputs", []))
    return True, f"ran in {seconds:.0f} s ({charts} chart{'' if charts == 1 else 's'})."


def main(arguments: list[str]) -> int:
    print("Checking that the course is ready to teach on this machine.\n")
    ready = check_setup()
    paths = [Path(a).resolve() for a in arguments] or [
        p for folder in ("notebooks", "exercises") for p in sorted((ROOT / folder).glob("*.ipynb"))]
    print(f"\nRunning {len(paths)} notebook{'' if len(paths) == 1 else 's'}, one after another "
          "(about half a minute each):")
    passed = 0
    with tempfile.TemporaryDirectory() as progress:
        os.environ["NKCOURSE_PROGRESS_DIR"] = progress
        for path in paths:
            ok, how = run_notebook(path)
            passed += ok
            name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            line(ok, f"{name} {how}")
    print()
    if ready and passed == len(paths):
        print(f"Ready: every check passed and {'the notebook' if passed == 1 else f'all {passed} notebooks'} ran.")
        return 0
    print(f"Not ready: {passed} of {len(paths)} notebooks ran"
          + ("" if ready else ", and some checks above failed") + ". Fix the lines marked ✗ before class.")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
