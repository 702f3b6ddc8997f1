"""Check the data package: the schema (via Frictionless) and the historian's rules it cannot express.

Run `python -m nkcourse.validate [DATA_DIR]` to check a copy of data/; it prints every problem and
exits 1 if there is any. The tests call `problems()` on the shipped data, and on deliberately broken
copies to prove each rule can fail.

The rules beyond the schema:
- a partial date agrees with its precision column ("1945-08" is month precision);
- dates lie in the course's period, and a unit's events lie in the unit's years;
- born before died; for one person, arrested <= tried <= sentenced <= executed (per version);
- low <= high for every estimate, start_year <= end_year for aid;
- every id in a ";"-list (source_ids, person_ids, leader_ids) resolves, and so does every name variant's entity;
- a casualty figure that is not settled (any row below high confidence) has >= 2 estimators;
- the minimum coverage the course promises (sources, people, variants, events, front lines).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from .data import split_ids
from .paths import data_dir

# A unit may reach a year beyond its title for lead-up events (the 1949 requests to Stalin belong to the war).
UNIT_YEARS = {1: (1945, 1950), 2: (1949, 1953), 3: (1950, 1970), 4: (1953, 1970)}
KOREAN_FACTIONS = {"partisan", "soviet_korean", "yanan", "domestic", "kapsan", "nationalist", "independent",
                   "unaffiliated", "rok"}
STEP_ORDER = ["arrested", "tried", "sentenced", "executed"]
MINIMUM = {"sources": 30, "people": 60, "events": 150}
PRECISION_LENGTH = {"year": 4, "month": 7, "day": 10}


def _read(folder: Path, resource: dict) -> pd.DataFrame:
    return pd.read_csv(folder / resource["path"], dtype=str, keep_default_na=False, na_values=[""])


def _schema_problems(folder: Path) -> list[str]:
    from frictionless import Package

    report = Package(str(folder / "datapackage.json")).validate()
    return [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors][:50]


def _date_columns(frame: pd.DataFrame) -> list[tuple[str, str]]:
    pairs = []
    for column in frame.columns:
        for precision in (f"{column}_precision", column.replace("_date", "_precision")):
            if precision != column and precision in frame.columns:
                pairs.append((column, precision))
                break
    return pairs


def _year(text) -> int | None:
    return int(str(text)[:4]) if isinstance(text, str) and text[:4].isdigit() else None


def problems(folder: Path | str | None = None, schema: bool = True) -> list[str]:
    """Every problem found in the data package in `folder` (default: the course's data/)."""
    folder = Path(folder) if folder else data_dir()
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tables, found = {}, []
    for resource in package["resources"]:
        try:
            tables[resource["name"]] = _read(folder, resource)
        except (OSError, pd.errors.ParserError, UnicodeDecodeError) as error:
            found.append(f"{resource['path']}: cannot be read as CSV ({error})")
    if found:
        return found  # the rules below need every table
    found = _schema_problems(folder) if schema else []

    for name, frame in tables.items():
        for column, precision in _date_columns(frame):
            for row, (text, level) in frame[[column, precision]].iterrows():
                if pd.isna(text) and pd.isna(level):
                    continue
                if pd.isna(text) or pd.isna(level) or len(text) != PRECISION_LENGTH.get(level, -1):
                    found.append(f"{name} row {row + 2}: {column}={text!r} disagrees with {precision}={level!r}")
                elif not 1850 <= int(text[:4]) <= 2030:
                    found.append(f"{name} row {row + 2}: {column}={text!r} is outside the period")

    source_ids = set(tables["sources"]["source_id"])
    person_ids = set(tables["people"]["person_id"])
    for name, frame in tables.items():
        for column, known in (("source_ids", source_ids), ("person_ids", person_ids), ("leader_ids", person_ids)):
            if column not in frame:
                continue
            for row, cell in frame[column].items():
                ids = split_ids(cell)
                if column == "source_ids" and not ids:
                    found.append(f"{name} row {row + 2}: no source")
                for missing in sorted(set(ids) - known):
                    found.append(f"{name} row {row + 2}: {column} names unknown id {missing!r}")

    events = tables["events"]
    for row, (text, unit) in events[["date", "unit"]].iterrows():
        first, last = UNIT_YEARS.get(int(unit), (0, 0)) if str(unit).isdigit() else (0, 0)
        year = _year(text)
        if year is None or not first <= year <= last:
            found.append(f"events row {row + 2}: {text} is outside the years of unit {unit}")

    people = tables["people"]
    for row, person in people.iterrows():
        born, died = _year(person["born"]), _year(person["died"])
        if born and died and (born > died or str(person["born"]) > str(person["died"])):
            found.append(f"people row {row + 2}: {person['person_id']} dies ({person['died']}) before birth")

    steps = tables["purge_steps"].fillna({"version": ""})
    for (person, version), group in steps.groupby(["person_id", "version"]):
        dated = {s: min(group.loc[group["step"] == s, "date"]) for s in STEP_ORDER if (group["step"] == s).any()}
        ordered = [dated[s] for s in STEP_ORDER if s in dated]
        for earlier, later in zip(ordered, ordered[1:], strict=False):
            common = min(len(earlier), len(later))
            if earlier[:common] > later[:common]:
                found.append(f"purge_steps: {person}{' version ' + version if version else ''}: "
                             f"steps out of order ({earlier} after {later})")

    for name in ("war_forces", "war_casualties"):
        frame = tables[name]
        bad = frame[pd.to_numeric(frame["low"]) > pd.to_numeric(frame["high"])]
        found += [f"{name} row {row + 2}: low > high" for row in bad.index]
    aid = tables["aid"]
    bad = aid[pd.to_numeric(aid["start_year"]) > pd.to_numeric(aid["end_year"])]
    found += [f"aid row {row + 2}: start_year > end_year" for row in bad.index]

    casualties = tables["war_casualties"]
    for (side, category), group in casualties.groupby(["belligerent", "category"]):
        if (group["confidence"] != "high").any() and group["estimator"].nunique() < 2:
            found.append(f"war_casualties: {side} {category} is uncertain but has only one estimator")

    for name, minimum in MINIMUM.items():
        if len(tables[name]) < minimum:
            found.append(f"{name}: {len(tables[name])} rows, the course promises at least {minimum}")
    korean = people[people["faction_id"].isin(KOREAN_FACTIONS)]["person_id"]
    variants = tables["name_variants"]
    known = {"person": person_ids, "group": set(tables["factions"]["faction_id"]),
             "party": set(tables["organizations"].query("kind == 'party'")["org_id"]),
             "army": set(tables["organizations"].query("kind == 'army'")["org_id"]),
             "place": set(tables["places"]["place_id"])}
    for row, (kind, entity) in variants[["entity_kind", "entity_id"]].iterrows():
        if kind not in known:
            found.append(f"name_variants row {row + 2}: starts with {kind!r}, not a kind of thing; rows are "
                         "entity_kind,entity_id,variant,system,note,source_ids (a person's row starts 'person,')")
        elif entity not in known[kind]:
            found.append(f"name_variants row {row + 2}: no {kind} with the id {entity!r}")
    people_variants = variants[variants["entity_kind"] == "person"]
    per_person = people_variants[people_variants["entity_id"].isin(korean)].groupby("entity_id").size()
    if len(korean) and per_person.reindex(korean, fill_value=0).mean() < 3:
        found.append("name_variants: fewer than 3 variants per Korean person on average")
    lines = tables["front_lines"]
    if lines["date"].nunique() < 12:
        found.append(f"front_lines: {lines['date'].nunique()} dates, the course promises at least 12")
    for line_id, line in lines.groupby("line_id"):
        if line["date"].nunique() != 1 or len(line) < 3:
            found.append(f"front_lines: {line_id} needs one date and at least 3 vertices")
    return found


def main(arguments: list[str]) -> int:
    found = problems(arguments[0] if arguments else None)
    for problem in found:
        print(problem)
    print(f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
