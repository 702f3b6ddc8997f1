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
