"""The data package validates, follows the historian's rules, and the rules catch broken rows."""

import json
import shutil

import pandas as pd
import pytest

from nkcourse import datadoc, validate
from nkcourse.paths import data_dir


def test_the_shipped_data_has_no_problems():
    assert validate.problems() == []


@pytest.fixture
def broken_copy(tmp_path):
    """A copy of data/ to break one row at a time."""
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)

    def edit(table: str, change) -> list[str]:
        path = copy / f"{table}.csv"
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        change(frame)
        frame.to_csv(path, index=False)
        return validate.problems(copy, schema=table in {"people", "events", "sources"})

    return edit


def set_cell(column, value, row=0):
    def change(frame):
        frame.loc[row, column] = value
    return change


@pytest.mark.parametrize(("table", "change", "expected"), [
    ("events", set_cell("source_ids", ""), "no source"),
    ("events", set_cell("source_ids", "no_such_work_1999"), "unknown id 'no_such_work_1999'"),
    ("events", set_cell("date_precision", "day") , "disagrees with date_precision"),
    ("events", set_cell("date", "1939-01-01"), "outside the years of unit"),
    ("events", set_cell("person_ids", "nobody_at_all"), "unknown id 'nobody_at_all'"),
    ("people", set_cell("died", "1800"), "before birth"),
    ("war_casualties", set_cell("low", "999999999"), "low > high"),
    ("war_forces", set_cell("low", "999999999"), "low > high"),
    ("aid", set_cell("start_year", "1970"), "start_year > end_year"),
], ids=["no-source", "unknown-source", "precision", "unit-years", "unknown-person", "born-died",
        "casualty-range", "force-range", "aid-years"])
def test_a_broken_row_is_caught(broken_copy, table, change, expected):
    found = broken_copy(table, change)
    assert any(expected in problem for problem in found), found


def test_duplicate_ids_and_orphan_factions_fail_the_schema(broken_copy):
    def duplicate_and_orphan(frame):
        frame.loc[1, "person_id"] = frame.loc[0, "person_id"]
        frame.loc[2, "faction_id"] = "no_such_faction"
    found = broken_copy("people", duplicate_and_orphan)
    assert any("primary key" in p.lower() or "unique" in p.lower() for p in found), found
    assert any("foreign key" in p.lower() or "reference" in p.lower() for p in found), found


def test_a_single_estimate_of_an_uncertain_figure_is_caught(broken_copy):
    def one_estimator_for_prc_dead(frame):
        rows = frame.index[(frame["belligerent"] == "prc") & (frame["category"] == "military_dead")]
        frame.loc[rows, "estimator"] = "a single estimator"
        frame.loc[rows, "confidence"] = "low"
    found = broken_copy("war_casualties", one_estimator_for_prc_dead)
    assert "war_casualties: prc military_dead is uncertain but has only one estimator" in found


def test_purge_steps_out_of_order_are_caught(broken_copy):
    def execute_before_arrest(frame):
        arrested = frame.index[frame["step"] == "arrested"][0]
        frame.loc[len(frame)] = {**frame.loc[arrested].to_dict(), "step_id": "broken_execution",
                                 "step": "executed", "date": "1946", "date_precision": "year"}
    found = broken_copy("purge_steps", execute_before_arrest)
    assert any("steps out of order" in p for p in found), found


def test_a_malformed_csv_is_reported_not_raised(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    with (copy / "people.csv").open("a", encoding="utf-8") as handle:
        handle.write('broken_row,"an unclosed quote,,,\nx,y,z,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19\n')
    found = validate.problems(copy)
    assert any(p.startswith("people.csv: cannot be read as CSV") for p in found), found


def test_the_data_dictionary_matches_datapackage_json():
    readme = (data_dir() / "README.md").read_text(encoding="utf-8")
    package = json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    assert readme == datadoc.expected_readme(readme, package), "run: python -m nkcourse.datadoc"


def test_every_table_is_in_datapackage_json():
    package = json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    described = {r["path"] for r in package["resources"]}
    assert {p.name for p in data_dir().glob("*.csv")} == described
