"""The glossary and the casts of characters (notebooks/*.md) are made from the data by
tools/build_glossary.py: they must be current, and readable (no '<NA>', no empty header cell)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "notebooks" / "glossary.md", *(ROOT / "notebooks" / f"cast_unit{u}.md" for u in (1, 2, 3, 4))]


def test_glossary_and_casts_are_current():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "build_glossary.py"), "--check"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_glossary_and_casts_read_cleanly():
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert "<NA>" not in text and "nan |" not in text, path.name
        for line in text.splitlines():
            if line.startswith("| Name"):
                assert all(c.strip() for c in line.strip("|").split("|")), f"{path.name}: an empty header cell"


def test_every_cast_links_the_glossary_and_the_glossary_every_cast():
    glossary = FILES[0].read_text(encoding="utf-8")
    for path in FILES[1:]:
        assert f"({path.name})" in glossary
        assert "(glossary.md)" in path.read_text(encoding="utf-8")
