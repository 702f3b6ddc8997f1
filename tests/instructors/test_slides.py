"""Slide decks, without a browser: every deck's charts and questions resolve against its lesson and the
banks, answers go only into the speaker notes, and a mistake in a deck is named in words."""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_slides", ROOT / "tools" / "build_slides.py")
build_slides = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_slides)
DECKS = [d for d in build_slides.deck_sources() if build_slides.lesson_of(d).is_file()]


@pytest.mark.parametrize("deck", DECKS, ids=lambda p: p.stem)
def test_a_deck_draws_the_lessons_charts_and_keeps_answers_in_the_notes(deck):
    text = deck.read_text(encoding="utf-8")
    notebook = build_slides.build_notebook(deck)
    charts = [c for c in notebook.cells if c.cell_type == "code"]
    assert len(charts) == len(re.findall(r"^\[\[\s*figure\s*:", text, flags=re.M)) > 0
    assert all("nk-figure" in c.outputs[0]["data"]["text/html"] for c in charts)
    kinds = [c.metadata["slideshow"]["slide_type"] for c in notebook.cells]
    assert kinds.count("slide") == len(build_slides.parse(deck)[1])
    shown = "\n".join(c.source for c, k in zip(notebook.cells, kinds, strict=True) if k != "notes")
    notes = "\n".join(c.source for c, k in zip(notebook.cells, kinds, strict=True) if k == "notes")
    questions = re.findall(r"^\[\[\s*question\s*:\s*([a-z0-9_]+)", text, flags=re.M)
    assert notes.count("The answer:") == len(questions) > 0
    assert "Answer:" not in shown


def test_a_chart_that_is_not_in_the_lesson_is_named_with_the_lessons_charts(tmp_path):
    deck = tmp_path / "01_broken.md"
    deck.write_text("---\nlesson: notebooks/01_founding.ipynb\n---\n\n## A\n\n[[figure: Figure 9.9]]\n",
                    encoding="utf-8")
    with pytest.raises(build_slides.SlideError, match=r"01_broken.md, slide 1: 0 charts .*Figure 1\.1"):
        build_slides.build_notebook(deck)


def test_an_unknown_question_and_a_missing_lesson_are_named(tmp_path):
    deck = tmp_path / "01_broken.md"
    deck.write_text("---\nlesson: notebooks/01_founding.ipynb\n---\n\n## A\n\n[[question: u1_parallell]]\n",
                    encoding="utf-8")
    with pytest.raises(build_slides.SlideError, match="u1_parallel"):
        build_slides.build_notebook(deck)
    deck.write_text("---\nlesson: notebooks/09_none.ipynb\n---\n\n## A\n", encoding="utf-8")
    with pytest.raises(build_slides.SlideError, match="does not exist"):
        build_slides.build_notebook(deck)
