"""Rules of evidence the schema cannot state: graded answers rest on more than wikis and popular pages,
and every source id written in a note exists."""

import csv
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
WEAK = {"popular", "wiki_or_mirror"}
UNGRADED = {"reflection"}


def _sources():
    with open(DATA / "sources.csv", encoding="utf-8") as handle:
        return {row["source_id"]: row for row in csv.DictReader(handle)}


def test_no_graded_answer_rests_only_on_wikis_or_popular_pages():
    authority = {sid: row["authority"] for sid, row in _sources().items()}
    weak = []
    for bank in sorted((ROOT / "exercises" / "banks").glob("*.yaml")):
        for ex in yaml.safe_load(bank.read_text(encoding="utf-8")).get("exercises", []):
            cited = ex.get("sources") or []
            if ex["kind"] not in UNGRADED and cited and all(authority.get(s) in WEAK for s in cited):
                weak.append(f"{bank.name}:{ex['id']} ({', '.join(cited)})")
    assert not weak, "graded on wiki or popular sources alone: " + "; ".join(weak)


def test_every_source_id_written_in_a_note_exists():
    """A token shaped like a source id (surname_1956, site_nd, x_1956c) in any text column must be a
    source, or the id of some row of some table (notes also name rows, e.g. usa_dead_worldwide_1954)."""
    tables = {path.stem: list(csv.DictReader(open(path, encoding="utf-8"))) for path in sorted(DATA.glob("*.csv"))}
    known = set()
    for rows in tables.values():
        for row in rows:
            known.add(next(iter(row.values())))
    shaped = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:1[89]\d\d|20[0-2]\d)[a-z]?\b"
                        r"|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*_nd\b")
    dangling = []
    for name, rows in tables.items():
        for row in rows:
            for column, text in row.items():
                if column == "source_ids" or not text:
                    continue
                dangling += [f"{name}.{column} ({next(iter(row.values()))}): {m}"
                             for m in shaped.findall(text) if m not in known]
    assert not dangling, "ids in notes that name no source and no row: " + "; ".join(dangling)


def test_number_answers_cite_no_weak_source():
    """A number read off a chart or computed from a table is only as good as the rows behind it: if any source
    an exercise cites for a numeric answer is a wiki, a mirror or a popular page, the number may rest on it
    (as a count of seats once did on an unattributed web copy), so it must not be graded."""
    authority = {sid: row["authority"] for sid, row in _sources().items()}
    weak = []
    for bank in sorted((ROOT / "exercises" / "banks").glob("*.yaml")):
        for ex in yaml.safe_load(bank.read_text(encoding="utf-8")).get("exercises", []):
            if ex.get("answer_type") == "number":
                leaning = [s for s in ex.get("sources") or [] if authority.get(s) in WEAK]
                if leaning:
                    weak.append(f"{bank.name}:{ex['id']} ({', '.join(leaning)})")
    assert not weak, "numeric answers citing weak sources: " + "; ".join(weak)
