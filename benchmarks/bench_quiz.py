"""How long the Python side of every exercise interaction takes: checking an answer (every exercise of
every bank), re-rendering the feedback, a whole click on Check (read the widgets, check, save progress,
render), a Hint click, the progress table's Refresh, and the name look-up box.

    .venv/bin/python benchmarks/bench_quiz.py [runs]

A script, not a timed test: timings depend on the machine. The aim is a median under 5 ms, so that
feedback feels instant. `make bench` calls `measure` and puts the figures into its one table
(benchmarks/bench.py).

Progress, and the disk-flush measurement, go to a temporary folder beside the learner's real progress
folder (inside the parent of nkcourse's `progress_folder()`: platformdirs' user data folder, or the
parent of NKCOURSE_PROGRESS_DIR when that is set), so that they are timed on the file system a learner's
clicks are written to, not on /tmp, which is a RAM disk (tmpfs) on many systems. The folder is removed
afterwards and the learner's own progress file is never touched.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "quiz"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quiz_helpers import enter, right_answer  # noqa: E402  (the same right answers the tests use)
from table import median, p95  # noqa: E402

from nkcourse.names import lookup_box  # noqa: E402
from nkcourse.quiz import check, progress, show  # noqa: E402
from nkcourse.quiz.bank import bank_paths, load_bank  # noqa: E402
from nkcourse.quiz.check import check_answer, expected_value  # noqa: E402
from nkcourse.quiz.progress import flush_pending, progress_folder  # noqa: E402
from nkcourse.quiz.view import feedback_html  # noqa: E402


def samples(action, runs: int) -> list[float]:
    """Milliseconds per call, after a few warm-up calls."""
    for _ in range(min(20, runs)):
        action()
    out = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        action()
        out.append((time.perf_counter_ns() - start) / 1e6)
    return out


def _answer(ex: dict):
    return expected_value(ex) if ex["kind"] == "code" else right_answer(ex)


def scratch_parent() -> Path:
    """Where the learner's progress folder lives (its parent), created if need be."""
    parent = progress_folder().parent
    parent.mkdir(parents=True, exist_ok=True)
    return parent


def measure(runs: int = 1000) -> list[tuple[str, str, list[float]]]:
    """(what, subject, samples in ms) for every interaction; checks pooled per kind over every bank.
    Progress is written into a scratch folder beside the real progress folder, removed at the end."""
    scratch = Path(tempfile.mkdtemp(prefix="nkcourse-bench-", dir=scratch_parent()))
    before = os.environ.get("NKCOURSE_PROGRESS_DIR")
    os.environ["NKCOURSE_PROGRESS_DIR"] = tempfile.mkdtemp(dir=scratch)
    try:
        return _measure(runs, scratch)
    finally:
        flush_pending(timeout=10)  # the background flushes end before their folder goes
        if before is None:
            os.environ.pop("NKCOURSE_PROGRESS_DIR", None)
        else:
            os.environ["NKCOURSE_PROGRESS_DIR"] = before
        shutil.rmtree(scratch, ignore_errors=True)


def _measure(runs: int, scratch: Path) -> list[tuple[str, str, list[float]]]:
    out: list[tuple[str, str, list[float]]] = []
    per_check = max(runs // 20, 10)
    checks: dict[str, list[float]] = defaultdict(list)
    for path in bank_paths():
        for ex in load_bank(path).exercises:
            answer = _answer(ex)
            checks[ex["kind"]] += samples(lambda ex=ex, answer=answer: check_answer(ex, answer), per_check)
    for kind, pooled in sorted(checks.items()):
        out.append(("exercise check (every exercise of every bank)", kind, pooled))
    clicks = max(runs // 5, 20)
    for ex in load_bank("kinds_demo").exercises:
        answer = _answer(ex)
        result = check_answer(ex, answer)
        box = show(ex["id"])

        def render(box=box, result=result, ex=ex):
            box.feedback.value = ""  # force a real change, as a new answer would
            box.feedback.value = feedback_html(result, ex)

        if ex["kind"] == "code":
            def click(ex=ex, answer=answer):
                with contextlib.redirect_stdout(io.StringIO()):
                    check(ex["id"], answer)  # what a learner's code cell calls
        else:
            enter(box, answer)

            def click(box=box):
                box._last = None  # the same answer again would only repeat the old feedback
                box.check_button.click()

        out.append(("feedback render", ex["kind"], samples(render, runs)))
        os.environ["NKCOURSE_PROGRESS_DIR"] = tempfile.mkdtemp(dir=scratch)  # a fresh record
        out.append(("Check click (check, save, render)", ex["kind"], samples(click, clicks)))
    box = show("demo_single")
    out.append(("Hint click", "single", samples(lambda: (setattr(box, "_hints_shown", 0),
                                                          box.hint_button.click()), clicks)))
    table = progress()
    out.append(("progress Refresh (re-reads the file)", "progress()", samples(table.refresh.click, clicks)))
    looker = lookup_box()
    text = looker.children[0].children[0]  # the text box (then the kind filter and the button)
    names = ["Heo Jiayi", "김일성", "Mooting", "Pak Hon-yong", "nonsense"]
    position = iter(range(10**9))
    out.append(("name look-up (Enter or button)", "lookup_box()",
                samples(lambda: setattr(text, "value", names[next(position) % len(names)]), clicks)))
    flushed = scratch / "flush"

    def flush():  # what the disk alone costs: done in a background thread after each click's save
        with open(flushed, "w", encoding="utf-8") as handle:
            handle.write("x" * 40_000)
            handle.flush()
            os.fsync(handle.fileno())

    out.append(("disk flush of a 40 KB file (after a click, off its path)", "fsync", samples(flush, clicks)))
    return out


def main(runs: int) -> None:
    print(f"Times in ms over up to {runs} runs (checks: {max(runs // 20, 10)} per exercise; clicks: "
          f"{max(runs // 5, 20)}, into a fresh progress file each kind).")
    print(f"{'what':<55} {'subject':<14} {'median':>8} {'p95':>8}")
    for what, subject, times in measure(runs):
        print(f"{what:<55} {subject:<14} {median(times):>8.3f} {p95(times):>8.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
