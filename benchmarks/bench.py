"""`make bench`: what the course costs a learner, against the floor, as ONE Markdown table.

    .venv/bin/python benchmarks/bench.py [--runs 3] [--quiz-runs 500] [--out benchmarks/results.md]

The floor is a fresh kernel that imports pandas, Plotly Express and ipywidgets and shows one small chart:
what any notebook built on this stack pays before it does anything of its own. Every notebook (lessons
and practice) runs from a fresh kernel, interleaved with the floor (floor, notebook A, floor, notebook
B, ...; then the next round), so that a busy moment of the shared machine falls on both sides; ratios
are taken run by run and the table shows their median. Measured per run:
- run time: from launching the kernel to the end of the last cell (what "Restart and run all" costs);
- the kernel's peak memory (VmHWM of the kernel process, read just before it is shut down);
- time to first visible output: from sending the first cell to the first output on the kernel's iopub;
plus `import nkcourse` in a fresh kernel against `import pandas, plotly.express, ipywidgets` alone;
the Python-side latency of every exercise check and widget callback (benchmarks/bench_quiz.py);
notebook file sizes; and the wall time of `make test` and its parts, read from
test-artifacts/test-timings.json, which the test run writes (conftest.py), never by re-running it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from table import Row, fmt, latency_row, median, ratio_row, render  # noqa: E402

FLOOR_SOURCE = """import pandas as pd
import plotly.express as px
import ipywidgets as widgets

px.bar(pd.DataFrame({"year": [1945, 1950, 1953], "n": [1, 3, 2]}), x="year", y="n", title="Floor")"""
TIMINGS = ROOT / "test-artifacts" / "test-timings.json"
MAKE_TEST_RUNS = ("tests", "--nbval notebooks exercises")  # the two pytest runs of `make test`
AIM_TIME, AIM_MEMORY, AIM_IMPORT_S, AIM_CLICK_MS, AIM_SIZE_KB = 1.2, 1.2, 0.3, 5.0, 500


class _TimedClient(NotebookClient):
    """nbclient, noting when the first output of the notebook arrives."""

    first_output: float | None = None

    def output(self, outs, msg, display_id, cell_index):
        if self.first_output is None and msg["msg_type"] in ("stream", "display_data", "execute_result", "error"):
            self.first_output = time.perf_counter()
        return super().output(outs, msg, display_id, cell_index)


def _peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def run_fresh(notebook: nbformat.NotebookNode, cwd: Path) -> dict[str, float]:
    """Run every cell in a fresh kernel; seconds from launch to the end, to first output, and peak MiB."""
    with tempfile.TemporaryDirectory(prefix="nkcourse-bench-") as progress_dir:
        os.environ["NKCOURSE_PROGRESS_DIR"] = progress_dir
        client = _TimedClient(notebook, timeout=600, kernel_name="python3",
                              resources={"metadata": {"path": str(cwd)}})
        launched = time.perf_counter()
        with client.setup_kernel(stderr=subprocess.DEVNULL):  # the kernel's start-up warnings, not the table
            sent = time.perf_counter()
            for index, cell in enumerate(notebook.cells):
                client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
            done = time.perf_counter()
            peak = _peak_kib(client.km.provisioner.process.pid)
            errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            raise RuntimeError(f"a cell failed: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    first = (client.first_output or done) - sent
    return {"run": done - launched, "first": first, "peak_mib": peak / 1024}


def _code_notebook(*sources: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])


def import_seconds(statement: str) -> float:
    """The kernel-side time of one import statement in a fresh kernel (the time the learner waits)."""
    notebook = _code_notebook(f"import time as _t\n_s = _t.perf_counter()\n{statement}\n"
                              "print(_t.perf_counter() - _s)")
    run_fresh(notebook, ROOT / "notebooks")
    return float(notebook.cells[0].outputs[0]["text"])


def course_notebooks() -> list[Path]:
    return sorted(p for folder in ("notebooks", "exercises") for p in (ROOT / folder).glob("*.ipynb"))


def notebook_rows(runs: int, paths: list[Path]) -> list[Row]:
    floor: dict[str, list[float]] = {"run": [], "first": [], "peak_mib": []}
    per: dict[Path, dict[str, list[float]]] = {p: {"run": [], "first": [], "peak_mib": []} for p in paths}
    floors_for: dict[Path, dict[str, list[float]]] = {p: {"run": [], "first": [], "peak_mib": []} for p in paths}
    for round_ in range(runs):
        for path in paths:
            base = run_fresh(_code_notebook(FLOOR_SOURCE), ROOT / "notebooks")
            got = run_fresh(nbformat.read(path, as_version=4), path.parent)
            for key in floor:
                floor[key].append(base[key])
                floors_for[path][key].append(base[key])
                per[path][key].append(got[key])
            print(f"  round {round_ + 1}/{runs} {path.name}: {got['run']:.2f} s against the floor's "
                  f"{base['run']:.2f} s", file=sys.stderr)
    rows = []
    for path in paths:
        name = str(path.relative_to(ROOT))
        rows.append(ratio_row("run time, fresh kernel", name, per[path]["run"], floors_for[path]["run"], "s",
                              AIM_TIME))
        rows.append(ratio_row("kernel peak memory", name, per[path]["peak_mib"], floors_for[path]["peak_mib"],
                              "MiB", AIM_MEMORY, 0))
        rows.append(ratio_row("time to first visible output", name, per[path]["first"], floors_for[path]["first"],
                              "s", None))
    return rows


def import_rows(runs: int) -> list[Row]:
    course, floor = [], []
    for _ in range(runs):
        floor.append(import_seconds("import pandas, plotly.express, ipywidgets"))
        course.append(import_seconds("import nkcourse"))
    extra = median(course) - median(floor)
    return [Row("import in a fresh kernel", "import nkcourse", fmt(median(course), "s"),
                f"{fmt(median(floor), 's')} (pandas, plotly.express, ipywidgets)", f"+{extra:.2f} s",
                f"≤ +{AIM_IMPORT_S} s", extra <= AIM_IMPORT_S)]


def quiz_rows(runs: int) -> list[Row]:
    import bench_quiz  # imports nkcourse and its widgets: only here, not in the notebook runs' process

    rows = []
    for what, subject, samples in bench_quiz.measure(runs):
        aim = None if what.startswith("disk flush") else AIM_CLICK_MS
        rows.append(latency_row(what, subject, samples, aim))
    return rows


def size_rows(paths: list[Path]) -> list[Row]:
    rows = []
    for path in paths:
        kb = path.stat().st_size / 1024
        rows.append(Row("notebook file size", str(path.relative_to(ROOT)), f"{kb:.0f} KB", aim=f"≤ {AIM_SIZE_KB} KB",
                        met=kb <= AIM_SIZE_KB))
    return rows


def test_rows(timings_file: Path = TIMINGS) -> list[Row]:
    """`make test` and its parts, as its last run recorded them (conftest.py writes the file)."""
    if not timings_file.exists():
        return [Row("make test wall time", "(no record)", f"run `make test` first: {timings_file.name} "
                    "is written by the test run")]
    record = json.loads(timings_file.read_text(encoding="utf-8"))
    rows, total = [], 0.0
    runs = [r for r in record.get("runs", []) if r["label"] in MAKE_TEST_RUNS]
    if len(runs) < len(MAKE_TEST_RUNS):
        rows.append(Row("make test wall time", "(incomplete record)", "run `make test` for every part"))
    for run in runs:
        total += run["seconds"]
        rows.append(Row("make test part (pytest run)", run["label"], fmt(run["seconds"], "s", 1),
                        f"{run['passed']} passed, {run['failed']} failed, {run['skipped']} skipped"))
        for part, seconds in sorted(run["parts"].items(), key=lambda kv: -kv[1])[:8]:
            rows.append(Row("  of which", part, fmt(seconds, "s", 1)))
    ruff = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "ruff"), "check", "--quiet", "."], cwd=ROOT, check=False,
                   capture_output=True)
    ruff = time.perf_counter() - ruff
    rows.append(Row("make test part", "ruff check . (not a pytest run: timed by make bench itself)", fmt(ruff, "s", 1)))
    rows.append(Row("make test wall time", "all parts", fmt(total + ruff, "s", 1),
                    f"recorded {record.get('written', '?')}"))
    return rows


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="interleaved rounds of every notebook and the floor")
    parser.add_argument("--quiz-runs", type=int, default=500)
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/ and exercises/")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.notebooks] or course_notebooks()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    rows = notebook_rows(args.runs, paths) + import_rows(max(args.runs, 3)) + size_rows(paths)
    rows += quiz_rows(args.quiz_runs) + test_rows()
    title = (f"make bench, {started}, {os.cpu_count()} cores, {args.runs} interleaved rounds (medians); "
             f"floor = fresh kernel importing pandas, Plotly Express, ipywidgets and showing one chart")
    text = render(rows, title)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    print(f"(written to {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out})")


if __name__ == "__main__":
    main(sys.argv[1:])
