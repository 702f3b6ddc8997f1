"""The instructors' slides: one authored deck per unit, built into reveal.js HTML that works offline.

A deck's source is a short Markdown file, instructors/slides/NN_name.md, written for the instructor to
talk over (it is not a split of the lesson). Between `---` lines, each slide is Markdown plus two
kinds of line that pull material from the course instead of copying it:

    [[figure: Figure 1.4]]      the lesson's chart whose title starts with these words, as the lesson
                                drew it (taken from the lesson notebook's stored output, so it is
                                always the chart learners see); `[[figure: Figure 2. | 600]]` gives
                                it up to 600 pixels of height (default 540, or 360 beside text);
                                a taller chart is scaled down whole
    [[question: u1_parallel]]   an exercise from the unit's bank: its question and choices; the answer
                                and explanation go into the speaker notes

Lines after `Note:` are speaker notes (press S in the deck). A front matter block names the lesson:

    ---
    lesson: notebooks/01_founding.ipynb
    ---

The build writes instructors/slides/_build/NN_name.html beside a lib/ folder holding reveal.js (from
the npm registry, installed by `make slides`) and plotly.min.js (from the plotly package): copy the
whole _build folder to a USB stick and the decks run on any computer with a browser, offline.

    python tools/build_slides.py [instructors/slides/NN_name.md ...]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import sys
import time
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "instructors" / "slides"
BUILD = SOURCES / "_build"
TEMPLATE = ROOT / "instructors" / "templates" / "slides.html.j2"
REVEAL = ROOT / ".venv" / "npm" / "node_modules" / "reveal.js"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
DIRECTIVE = re.compile(r"^\[\[\s*(figure|question)\s*:\s*(.+?)\s*\]\]\s*$")
LETTERS = "ABCDEFGHIJ"
WIDTH = 920  # pixels of a chart on a 960-pixel slide


class SlideError(ValueError):
    """A deck that cannot be built; the message names the file and the problem."""


def deck_sources() -> list[Path]:
    return sorted(SOURCES.glob("[0-9][0-9]_*.md"))


def lesson_of(path: Path) -> Path:
    """The lesson notebook a deck draws from (named in its front matter)."""
    return ROOT / str(parse(path)[0].get("lesson", ""))


def parse(path: Path) -> tuple[dict, list[str]]:
    """The front matter and the slides' text."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not match:
        raise SlideError(f"{path.name}: the file must start with a front matter block between --- lines")
    meta = yaml.safe_load(match.group(1)) or {}
    slides = [s.strip("\n") for s in re.split(r"^---\s*$", text[match.end():], flags=re.M)]
    return meta, [s for s in slides if s.strip()]


def plain(title: str) -> str:
    """A chart title as text: line breaks as spaces, no other markup."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", " ", title))


def lesson_figures(lesson: Path) -> dict[str, dict]:
    """The lesson's stored charts, by title."""
    figures = {}
    for cell in nbformat.read(lesson, as_version=4).cells:
        for output in cell.get("outputs", []):
            figure = output.get("data", {}).get(PLOTLY_MIME)
            if figure:
                title = figure.get("layout", {}).get("title", {})
                title = title.get("text", "") if isinstance(title, dict) else str(title)
                figures[plain(title)] = figure
    return figures


def find_figure(figures: dict[str, dict], wanted: str, where: str) -> dict:
    found = [f for title, f in figures.items() if title.startswith(wanted)]
    if len(found) != 1:
        known = "; ".join(figures) or "none"
        raise SlideError(f"{where}: {len(found)} charts in the lesson have a title starting {wanted!r}. "
                         f"The lesson's charts: {known}")
    return found[0]


def figure_html(figure: dict, number: int, room: int) -> str:
    """The chart as a div drawn by plotly.min.js when its slide is shown. It keeps the lesson's layout
    (its height and margins) and is scaled down as a whole when it is taller than `room` pixels:
    squeezing a chart's height instead would leave its fixed margins and legend no room."""
    figure = json.loads(json.dumps(figure))
    layout = figure.setdefault("layout", {})
    height = int(layout.get("height") or 450)
    scale = min(1.0, room / height)
    width = round(WIDTH / scale)
    layout.update(width=width, height=height, autosize=False)
    title = layout.get("title", {})
    label = html.escape(plain(title.get("text", "") if isinstance(title, dict) else str(title)), quote=True)
    data = json.dumps(figure, ensure_ascii=False).replace("</", "<\\/")
    return (f'<div class="nk-figure-frame" role="img" aria-label="{label}" '
            f'style="width: {WIDTH}px; height: {round(height * scale)}px">'
            f'<div class="nk-figure" data-figure="nk-figure-{number}" style="width: {width}px; height: {height}px; '
            f'transform: scale({scale:.4f}); transform-origin: 0 0"></div></div>'
            f'<script type="application/json" id="nk-figure-{number}">{data}</script>')


def question(ex: dict) -> tuple[str, str]:
    """An exercise as a slide (Markdown) and its answer as speaker notes (Markdown)."""
    from nkcourse.quiz.bank import VERDICTS
    from nkcourse.quiz.check import solution_lines

    kind = ex["kind"]
    lines = [f"**{ex['prompt'].strip()}**", ""]
    if kind == "verdict":
        lines = [f"**Claim:** “{ex['claim'].strip()}”", "", "Accurate · partly accurate · misleading · inaccurate · "
                 "cannot be verified? Which evidence decides it?", ""]
        lines += [f"- {e['text'].strip()}" for e in ex["evidence"]]
    elif ex.get("options") and (kind != "chart" or ex.get("answer_type") == "choice"):
        lines += [f"{LETTERS[n]}. {o['text'].strip()}  " for n, o in enumerate(ex["options"])]
    elif kind == "order":
        items = [i["text"] for i in ex["items"]]
        random.Random(ex["id"]).shuffle(items)  # the bank lists them in the right order
        lines += [f"- {text}" for text in items]
    elif kind == "match":
        lines += [f"- {p['item']}" for p in ex["pairs"]]
        lines += ["", "Choices: " + " · ".join(ex.get("choices", sorted(p["answer"] for p in ex["pairs"])))]
    notes = ["The answer:", *[f"- {line}" for line in solution_lines(ex)], "", f"Why: {ex['explanation'].strip()}"]
    if kind == "verdict" and ex["verdict"] in ex.get("verdict_feedback", {}):
        notes += ["", f"{VERDICTS[ex['verdict']]}: {ex['verdict_feedback'][ex['verdict']]}"]
    return "\n".join(lines), "\n".join(notes)


def build_notebook(path: Path) -> nbformat.NotebookNode:
    """The deck as a notebook with slide metadata (the form nbconvert's reveal.js exporter reads)."""
    from nkcourse.quiz.bank import BankError, find_exercise

    meta, slides = parse(path)
    if "lesson" not in meta:
        raise SlideError(f"{path.name}: the front matter must name the lesson notebook (lesson: notebooks/...)")
    lesson = ROOT / meta["lesson"]
    if not lesson.is_file():
        raise SlideError(f"{path.name}: the lesson {meta['lesson']} does not exist")
    figures = lesson_figures(lesson)
    cells, figure_number = [], 0

    def add(cell, slide_type):
        cell.metadata["slideshow"] = {"slide_type": slide_type}
        cells.append(cell)

    for number, slide in enumerate(slides, start=1):
        where = f"{path.name}, slide {number}"
        body, _, notes = slide.partition("\nNote:")
        notes = [notes.strip()] if notes.strip() else []
        part_type, text = "slide", []
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        crowded = sum(bool(DIRECTIVE.match(line)) for line in lines) > 1 or any(
            not DIRECTIVE.match(line) and not line.startswith("#") for line in lines)

        def flush():
            nonlocal part_type, text
            if "\n".join(text).strip():
                add(nbformat.v4.new_markdown_cell("\n".join(text).strip()), part_type)
                part_type = "-"
            text = []

        for line in body.splitlines():
            directive = DIRECTIVE.match(line.strip())
            if not directive:
                text.append(line)
                continue
            kind, name = directive.groups()
            if kind == "figure":
                flush()
                figure_number += 1
                name, _, size = name.partition("|")
                room = int(re.sub(r"\D", "", size) or (360 if crowded else 540))
                chart = figure_html(find_figure(figures, name.strip(), where), figure_number, room)
                output = nbformat.v4.new_output("display_data", data={"text/html": chart})
                add(nbformat.v4.new_code_cell("", outputs=[output]), part_type)
                part_type = "-"
            else:
                try:
                    ex = find_exercise(name)
                except BankError as error:
                    raise SlideError(f"{where}: {error}") from None
                shown, answer = question(ex)
                text += ['<div class="nk-question">', "", shown, "", "</div>"]
                notes.append(answer)
        flush()
        if notes:
            add(nbformat.v4.new_markdown_cell("\n\n".join(notes)), "notes")
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["title"] = meta.get("title", path.stem)
    return notebook


def copy_libraries() -> None:
    """reveal.js (from npm) and plotly.min.js (from the plotly package) into the deck folder."""
    if not (REVEAL / "dist" / "reveal.js").is_file():
        raise SlideError("reveal.js is not installed: run `make slides`, which installs it from the npm registry.")
    target = BUILD / "lib" / "reveal.js"
    for part in ("dist", "plugin"):
        shutil.copytree(REVEAL / part, target / part, dirs_exist_ok=True)
    from plotly.offline import get_plotlyjs

    (BUILD / "lib" / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")


def build(path: Path) -> Path:
    from nbconvert import SlidesExporter

    exporter = SlidesExporter(template_file=str(TEMPLATE), exclude_input=True, exclude_input_prompt=True,
                              exclude_output_prompt=True, reveal_url_prefix="lib/reveal.js", reveal_theme="white",
                              reveal_transition="none")
    body, _ = exporter.from_notebook_node(build_notebook(path), resources={"metadata": {"name": path.stem}})
    target = BUILD / f"{path.stem}.html"
    target.write_text(body, encoding="utf-8")
    return target


def main(arguments: list[str]) -> int:
    global BUILD
    parser = argparse.ArgumentParser(description="Build the instructors' slides into offline reveal.js HTML.")
    parser.add_argument("decks", nargs="*", help="deck sources (default: instructors/slides/NN_*.md)")
    parser.add_argument("--out", help=f"the folder to build into (default: {BUILD.relative_to(ROOT)})")
    args = parser.parse_args(arguments)
    BUILD = Path(args.out).resolve() if args.out else BUILD
    started = time.perf_counter()
    paths = [Path(a).resolve() for a in args.decks] or deck_sources()
    if not args.decks:  # a deck written ahead of its lesson waits until the lesson is in the course
        waiting = [p for p in paths if not lesson_of(p).is_file()]
        for path in waiting:
            print(f"{path.relative_to(ROOT)} not built: its lesson is not in this copy of the course yet.")
        paths = [p for p in paths if p not in waiting]
    try:
        BUILD.mkdir(parents=True, exist_ok=True)
        copy_libraries()
        for path in paths:
            target = build(path)
            print(f"{path.relative_to(ROOT)}  ->  {target}  ({target.stat().st_size // 1024} KB)")
    except SlideError as error:
        print(error)
        return 1
    (BUILD / "index.html").write_text(index_page(paths), encoding="utf-8")
    print(f"{len(paths)} decks in {time.perf_counter() - started:.1f} s. Open {BUILD / 'index.html'} in a browser.")
    return 0


def index_page(paths: list[Path]) -> str:
    links = "".join(f'<li><a href="{html.escape(p.stem)}.html">{html.escape(parse(p)[0].get("title", p.stem))}</a></li>'
                    for p in sorted(paths))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Slides</title></head>"
            "<body style='font-family:sans-serif;max-width:40em;margin:2em auto'><h1>Slides for each unit</h1>"
            f"<ul>{links}</ul><p>In a deck: arrow keys move, <kbd>S</kbd> opens the speaker notes, "
            "<kbd>F</kbd> is full screen, <kbd>Esc</kbd> shows every slide.</p></body></html>")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
