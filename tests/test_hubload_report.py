"""The hub load test's report (benchmarks/hubreport.py): served, lost attempts, failures, culled."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from hubreport import Learner, report, rows  # noqa: E402


def learner(name, **kw):
    done = dict(spawn_s=10.0, pull_s=0.5, first_chart_s=5.0, notebooks_s=20.0, clicks=4, click_ms=[50.0] * 4,
                recorded=4, peak_mib=380.0, culled=True)
    done.update(kw)
    return Learner(name, **done)


def by_measure(table):
    return {row.measure: row for row in table}


def test_a_whole_class_served_with_nothing_lost():
    table = by_measure(rows([learner("a"), learner("b", spawn_s=30.0, peak_mib=400.0)], 900.0, 150.0, 95.0, 36.0))
    assert table["learners served"].value == "2 of 2" and table["learners served"].met is True
    assert table["spawn time"].value == "20.0 s (max 30.0)"
    assert table["peak memory per learner"].value == "390 MiB (max 400)"
    assert table["attempts lost"].value == "0 of 8" and table["attempts lost"].met is True
    assert table["idle culler"].value == "2 of 2 within 36 s" and table["idle culler"].met is True


def test_lost_attempts_failures_and_unculled_servers_fail_their_aims():
    class_ = [learner("a", recorded=3), learner("b", error="TimeoutError: the server did not start in time",
                                                  first_chart_s=None, recorded=None, clicks=0, culled=False)]
    table = by_measure(rows(class_, 900.0, 150.0, 95.0, None))
    assert table["learners served"].value == "1 of 2" and table["learners served"].met is False
    assert table["attempts lost"].value == "1 of 4" and table["attempts lost"].met is False
    assert table["failures"].value == "1" and "did not start" in table["failures"].reference
    assert table["idle culler"].value == "1 of 2" and table["idle culler"].met is False


def test_a_learner_whose_progress_file_was_never_read_loses_every_click():
    assert Learner("x", clicks=3, recorded=None).lost == 3 and not Learner("x", clicks=3).served
    assert rows([Learner("x", clicks=3)], 0.0, 0.0, 1.0, None)[9].value == "3 of 3"


def test_the_report_is_one_markdown_table():
    text = report([learner("a")], "title", total_peak_mib=500.0, overhead_mib=120.0, wall_s=60.0,
                  culled_after_s=20.0)
    assert text.count("| Measure |") == 1 and "| learners served |" in text
