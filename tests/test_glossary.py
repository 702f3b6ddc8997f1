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


def glossary_links_without_an_anchor(texts: dict[str, str], glossary: str) -> list[str]:
    """`glossary.md#id` links in the texts whose id the glossary does not define (`<a id="id">`)."""
    import re

    anchors = set(re.findall(r'<a id="([^"]+)"></a>', glossary))
    return [f"{name}: #{anchor}" for name, text in texts.items()
            for anchor in re.findall(r"\(glossary\.md#([^)\s]+)\)", text) if anchor not in anchors]


def test_every_link_to_a_glossary_entry_finds_its_anchor():
    import json

    glossary = FILES[0].read_text(encoding="utf-8")
    texts = {path.name: path.read_text(encoding="utf-8") for path in FILES[1:]}
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        texts[notebook.name] = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert sum(t.count("(glossary.md#") for t in texts.values()) >= 20  # the lessons and casts do link entries
    assert glossary_links_without_an_anchor(texts, glossary) == []
    assert glossary_links_without_an_anchor({"x": "see [it](glossary.md#nowhere)"}, glossary) == ["x: #nowhere"]
