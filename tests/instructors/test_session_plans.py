"""Every unit has a session plan with a 60- and a 90-minute plan whose minutes add up, objectives,
discussion questions with the points a good answer makes, misconceptions tied to real exercises, and an
extension task; and the instructors' guide links every plan, key, deck and document."""

import re
from pathlib import Path

import nbformat
import pytest

from nkcourse.quiz.bank import readable_banks

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = ROOT / "instructors" / "sessions"
LESSONS = [p for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) if not p.stem.startswith("00_")]
EXERCISE_IDS = {ex["id"] for bank in readable_banks()[0] for ex in bank.exercises}


def section(text: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert match, f"no section '## {title}'"
    return match.group(1)


def minutes(table: str) -> list[int]:
    return [int(row.split("|")[1]) for row in table.splitlines() if re.match(r"\|\s*\d+\s*\|", row)]


def lesson_objectives(lesson: Path) -> int:
    first = nbformat.read(lesson, as_version=4).cells[0].source
    block = first.split("Learning objectives", 1)[1]
    return len(re.findall(r"^\d+\. ", block.split("\n\n|")[0].split("\n\n**")[0], flags=re.M))


def test_every_lesson_has_a_session_plan():
    assert LESSONS
    plans = {p.stem for p in SESSIONS.glob("[0-9][0-9]_*.md")}
    assert {p.stem for p in LESSONS} <= plans  # a plan may be written ahead of its lesson


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_a_plan_has_both_timings_objectives_questions_misconceptions_and_an_extension(lesson):
    text = (SESSIONS / f"{lesson.stem}.md").read_text(encoding="utf-8")
    assert sum(minutes(section(text, "60-minute plan"))) == 60
    assert sum(minutes(section(text, "90-minute plan"))) == 90
    objectives = re.findall(r"^\d+\. ", section(text, "Objectives"), flags=re.M)
    assert len(objectives) == lesson_objectives(lesson)
    questions = section(text, "Discussion questions")
    asked = re.findall(r"^\*\*\d+\. .+\?\*\*$", questions, flags=re.M)
    assert len(asked) >= 2
    assert questions.count("A good answer makes these points:") == len(asked)
    misconceptions = [m for m in section(text, "Misconceptions, and the exercises that reveal them").split("\n- ")[1:]]
    assert len(misconceptions) >= 3
    for item in misconceptions:
        named = re.findall(r"`([a-z0-9_]+)`", item)
        assert named and set(named) <= EXERCISE_IDS, item[:80]
    assert len(section(text, "Extension task").split()) > 30
    for table in ("60-minute plan", "90-minute plan"):
        for exercise in re.findall(r"`([a-z0-9_]+)`", section(text, table)):
            assert exercise in EXERCISE_IDS, exercise


def test_the_guide_links_every_plan_key_deck_and_document():
    guide = (ROOT / "instructors" / "README.md").read_text(encoding="utf-8")
    targets = set(re.findall(r"\]\(([^)#]+)", guide))
    wanted = [p.relative_to(ROOT / "instructors").as_posix() for p in sorted(SESSIONS.glob("*.md"))]
    wanted += [f"keys/{p.name}" for p in sorted((ROOT / "instructors" / "keys").glob("*_key.ipynb"))]
    wanted += [f"slides/{p.name}" for p in sorted((ROOT / "instructors" / "slides").glob("[0-9][0-9]_*.md"))]
    wanted += [p.name for p in sorted((ROOT / "instructors").glob("*.md")) if p.name != "README.md"]
    assert [w for w in wanted if w not in targets] == []
    for target in targets:
        if not target.startswith(("http://", "https://")):
            assert (ROOT / "instructors" / target).resolve().exists(), target
