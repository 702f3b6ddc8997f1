"""Every pytest run in this folder notes how long it took, and its parts, in test-artifacts/test-timings.json.

`make test` is ruff and two pytest runs (`pytest tests` and `pytest --nbval notebooks exercises
instructors/keys`); tools/course.py test records the wall time of each part, with a copy of each
pytest run's record from here (taken at once: a later run of the same paths replaces it here), in
test-artifacts/make-test-timings.json, which `make bench` reads instead of running the suite again.
A run is keyed by the paths it was given, so a later run of the same paths replaces the record, and
running one file adds its own record beside.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from pathlib import Path

import pytest

_started = time.perf_counter()
_parts: dict[str, float] = defaultdict(float)
_counts: dict[str, int] = defaultdict(int)


def pytest_runtest_logreport(report):
    part = report.nodeid.split("::")[0]
    _parts[part] += report.duration
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _counts[report.outcome] += 1


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("PYTEST_XDIST_WORKER") or not _parts or int(exitstatus) == 2:  # 2: interrupted
        return
    root = Path(str(session.config.rootpath))
    target = root / "test-artifacts" / "test-timings.json"
    label = " ".join(str(a) for a in session.config.args) or "."
    if session.config.getoption("nbval", default=False):
        label = "--nbval " + label
    try:
        target.parent.mkdir(exist_ok=True)
        record = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
        runs = [r for r in record.get("runs", []) if r.get("label") != label]
        runs.append({"label": label, "seconds": round(time.perf_counter() - _started, 2),
                     "exit": int(exitstatus), "passed": _counts["passed"], "failed": _counts["failed"],
                     "skipped": _counts["skipped"],
                     "parts": {k: round(v, 2) for k, v in sorted(_parts.items())}})
        record = {"written": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "runs": runs}
        target.write_text(json.dumps(record, indent=1), encoding="utf-8")
    except (OSError, ValueError):  # a timing record must never fail a test run
        pass


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: not called without it
def pytest_xdist_make_scheduler(config, log):
    """How pytest-xdist shares the tests out when tools/course.py test runs them on two workers or more (`-n N`,
    `--dist load`): the browser tests all on one worker, as they share one JupyterLab server and run in order
    (tests/browser/conftest.py); every other test file whole on one worker, so that its module and session
    fixtures (a site, an export) are made once; the name lookup's many tests (tests/names) one by one over all the
    workers, beside the browser ones. (Its `xdist_group` marks would do this, but pytest 9.2 no longer lets
    xdist rename the tests it groups by: pytest-dev/pytest-xdist#1386.) Any other `--dist` is left to xdist."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class CourseScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::")[0]
            if path.startswith("tests/browser/"):
                return "tests/browser"
            return nodeid if path.startswith("tests/names/") else path

    return CourseScheduling(config, log)
