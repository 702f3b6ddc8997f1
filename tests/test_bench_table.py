"""The benchmark's table code (benchmarks/table.py): medians, run-by-run ratios, aims, the Markdown."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from table import Row, latency_row, median, p95, ratio_row, ratios, render  # noqa: E402


def test_ratios_pair_each_run_with_the_floor_of_the_same_round():
    assert ratios([2.0, 3.0, 12.0], [1.0, 3.0, 4.0]) == [2.0, 1.0, 3.0]
    with pytest.raises(ValueError):
        ratios([1.0], [1.0, 2.0])


def test_the_ratio_is_the_median_of_the_rounds_not_the_ratio_of_the_medians():
    # medians 4 and 2 would give 2.0; the rounds give 1.1, 1.0, 9.0 -> 1.1
    row = ratio_row("run time", "nb", [1.1, 4.0, 9.0], [1.0, 4.0, 1.0], "s", 1.2)
    assert (row.value, row.reference, row.ratio, row.met) == ("4.00 s", "1.00 s", "1.10×", True)
    assert ratio_row("run time", "nb", [1.3], [1.0], "s", 1.2).met is False
    assert ratio_row("first output", "nb", [1.3], [1.0], "s", None).met is None


def test_latency_aims_at_the_median_and_reports_p95():
    row = latency_row("click", "single", [1.0] * 19 + [100.0], 5)
    assert row.met is True and "p95" in row.value and row.value.startswith("1.00 ms")
    assert latency_row("click", "single", [6.0, 7.0], 5).met is False
    assert p95([3.0]) == 3.0 and median([1.0, 2.0, 10.0]) == 2.0
    with pytest.raises(ValueError):
        median([])


def test_render_is_one_table_whose_cells_cannot_break_it():
    text = render([Row("size", "a|b.ipynb", "10 KB", aim="≤ 500 KB", met=True), Row("x", "y", "z", met=False)],
                  "title")
    lines = text.strip().splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 4 and all(line.count("|") - line.count("\\|") == 8 for line in table)
    assert "a\\|b.ipynb" in table[2] and table[2].endswith("| yes |") and table[3].endswith("| **no** |")


def test_make_test_rows_come_from_the_record_of_the_last_run(tmp_path):
    import json

    import bench

    pytest_run = {"label": "tests", "passed": 9, "failed": 1, "skipped": 0,
                  "parts": {"tests/browser/test_a.py": 30.0, "tests/browser/test_b.py": 5.0, "tests/test_x.py": 1.0}}
    record = {"started": "2026-11-30 12:00 UTC", "load": "1.0 1.0 1.0", "complete": False, "steps": [
        {"part": "lint", "command": "ruff check .", "seconds": 2.0, "exit": 0, "pytest": None},
        {"part": "unit, data and browser tests", "command": "pytest tests", "seconds": 100.0, "exit": 1,
         "pytest": pytest_run}]}
    (tmp_path / "make.json").write_text(json.dumps(record), encoding="utf-8")
    rows = {(r.measure, r.subject.split(":")[0]): r for r in bench.test_rows(tmp_path / "make.json")}
    assert rows[("make test part (wall clock)", "unit, data and browser tests")].reference.startswith(
        "failed (exit 1); 9 passed, 1 failed")
    assert rows[("  of which", "browser tests (tests/browser, pytest's own durations)")].value == "35.0 s"
    assert rows[("  of which", "unit and data tests (the rest of that run)")].value == "65.0 s"
    total = rows[("make test wall time", "the parts recorded (the run did not finish)")]
    assert total.value == "102.0 s" and "2026-11-30 12:00 UTC" in total.reference
    assert bench.test_rows(tmp_path / "none.json")[0].subject == "(no record)"


def test_a_make_test_record_of_another_commit_is_flagged(tmp_path):
    import json

    import bench

    record = {"started": "2026-11-30 12:00 UTC", "commit": "abc1234", "complete": True,
              "steps": [{"part": "lint", "command": "ruff check .", "seconds": 2.0, "exit": 0, "pytest": None}]}
    (tmp_path / "make.json").write_text(json.dumps(record), encoding="utf-8")
    same = bench.test_rows(tmp_path / "make.json", commit="abc1234")
    other = bench.test_rows(tmp_path / "make.json", commit="def5678 + uncommitted changes")
    assert "on abc1234" in same[-1].reference and len(other) == len(same) + 1
    assert other[-1].measure == "make test: another commit" and "def5678 + uncommitted changes" in other[-1].subject


def test_the_commit_label_says_when_the_work_tree_differs(tmp_path):
    import subprocess

    import bench

    def git(*args):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=tmp_path, check=True,
                       capture_output=True)

    git("init", "-q")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    git("add", "a.txt")
    git("commit", "-qm", "a")
    clean = bench.commit_label(tmp_path)
    assert len(clean) >= 7 and " " not in clean
    (tmp_path / "a.txt").write_text("b", encoding="utf-8")
    assert bench.commit_label(tmp_path) == clean + " + uncommitted changes"
    assert bench.commit_label(tmp_path / "no-such-folder") == "unknown commit"


# --- the kernel's CPU time and peak memory, read here on this process -----------------------------------

def _burn(seconds: float) -> None:
    import time

    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


@pytest.mark.parametrize("proc", ["/proc", "/no-such-proc"], ids=["proc", "psutil"])
def test_cpu_seconds_agree_with_the_os_and_count_waited_for_children(proc):
    import os
    import subprocess

    import bench

    if proc == "/proc" and not Path("/proc/self/stat").exists():
        pytest.skip("no /proc on this OS")
    before, before_os = bench._cpu_seconds(os.getpid(), Path(proc)), sum(os.times()[:4])
    _burn(0.3)
    subprocess.run([sys.executable, "-c", "import time\nend = time.process_time() + 0.4\n"
                    "while time.process_time() < end: pass"], check=True)
    after, after_os = bench._cpu_seconds(os.getpid(), Path(proc)), sum(os.times()[:4])
    children_counted = sys.platform.startswith("linux") or proc == "/proc"
    assert after - before >= (0.65 if children_counted else 0.28)
    if children_counted:
        assert abs((after - before) - (after_os - before_os)) < 0.1  # the OS's own count, to a few clock ticks


def test_peak_memory_is_the_peak_not_the_current_size():
    import gc
    import mmap
    import os

    import bench
    import psutil

    if not Path("/proc/self/status").exists():
        pytest.skip("no /proc on this OS")
    # an anonymous mapping, so that closing it gives the pages back to the system whatever the allocator does
    # (a bytearray may come from a heap the allocator keeps after a long test session)
    block = mmap.mmap(-1, 80 * 1024 * 1024)
    for offset in range(0, len(block), 4096):  # touch every page, so it is resident
        block[offset] = 1
    peak = bench._peak_kib(os.getpid())
    block.close()
    gc.collect()
    assert peak >= 80 * 1024
    later = bench._peak_kib(os.getpid())
    now = psutil.Process().memory_info().rss // 1024
    # the memory is freed, the peak stays (Linux counts resident pages per CPU, so to within a little)
    assert now < later - 60 * 1024 and later >= peak - 2048


def test_without_proc_the_peak_is_psutils_or_not_measured():
    import os

    import bench
    import psutil

    got = bench._peak_kib(os.getpid(), Path("/no-such-proc"))
    peak = getattr(psutil.Process().memory_info(), "peak_wset", None)
    assert got == (None if peak is None else peak // 1024)
    rows = [bench.memory_row("n.ipynb", [100.0, None], [90.0, 95.0]), bench.memory_row("n.ipynb", [100.0], [80.0])]
    assert rows[0].value == "not measured on this OS" and rows[0].met is None
    assert rows[1].ratio == "1.25×" and rows[1].met is False
