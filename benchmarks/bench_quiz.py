"""How long the Python side of an exercise takes, per kind: checking an answer, re-rendering the
feedback, and a whole click on Check (read the widgets, check, save progress, render).

    .venv/bin/python benchmarks/bench_quiz.py [runs]

A script, not a timed test: timings depend on the machine. The aim is a median under 5 ms for checking
and for rendering, so that feedback feels instant. Progress goes to a temporary folder.
"""

import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["NKCOURSE_PROGRESS_DIR"] = tempfile.mkdtemp(prefix="nkcourse-bench-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "quiz"))

from quiz_helpers import enter, right_answer  # noqa: E402  (the same right answers the tests use)

from nkcourse.quiz import check, progress, show  # noqa: E402
from nkcourse.quiz.bank import load_bank  # noqa: E402
from nkcourse.quiz.check import check_answer, expected_value  # noqa: E402
from nkcourse.quiz.view import feedback_html  # noqa: E402


def timed(action, runs: int) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds, after a few warm-up runs."""
    for _ in range(min(20, runs)):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        action()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return statistics.median(samples), statistics.quantiles(samples, n=20)[18]


def main(runs: int) -> None:
    clicks = max(runs // 5, 20)
    print(f"Times in ms: check and render over {runs} runs; a click (which also saves the attempt) over "
          f"{clicks} runs, into a progress file that grows to {clicks + 20} attempts.")
    print(f"{'kind':<11} {'check median':>13} {'p95':>7} {'render median':>14} {'p95':>7} "
          f"{'click median':>13} {'p95':>7}")
    for ex in load_bank("kinds_demo").exercises:
        answer = expected_value(ex) if ex["kind"] == "code" else right_answer(ex)
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

        checked = timed(lambda ex=ex, answer=answer: check_answer(ex, answer), runs)
        shown = timed(render, runs)
        os.environ["NKCOURSE_PROGRESS_DIR"] = tempfile.mkdtemp(prefix="nkcourse-bench-")  # a fresh record
        clicked = timed(click, clicks)
        print(f"{ex['kind']:<11} {checked[0]:>13.3f} {checked[1]:>7.3f} {shown[0]:>14.3f} {shown[1]:>7.3f} "
              f"{clicked[0]:>13.3f} {clicked[1]:>7.3f}")
    box = show("demo_single")
    hinted = timed(lambda: (setattr(box, "_hints_shown", 0), box.hint_button.click()), clicks)
    table = progress()
    refreshed = timed(table.refresh.click, clicks)  # re-reads the progress file, then redraws the table
    print(f"{'Hint click':<11} median {hinted[0]:.3f}, p95 {hinted[1]:.3f}; "
          f"progress Refresh (re-reads the file) median {refreshed[0]:.3f}, p95 {refreshed[1]:.3f}")
    scratch = Path(tempfile.mkdtemp(prefix="nkcourse-bench-")) / "flush"

    def flush():  # what the disk alone costs a click: the progress file is flushed to disk on every save
        with open(scratch, "w", encoding="utf-8") as handle:
            handle.write("x" * 40_000)
            handle.flush()
            os.fsync(handle.fileno())

    flushed = timed(flush, clicks)
    print(f"{'disk flush':<11} median {flushed[0]:.3f}, p95 {flushed[1]:.3f} (writing and fsync-ing a 40 KB file: "
          "the floor under a click's time on this disk)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
