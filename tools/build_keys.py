"""Answer keys for instructors, generated from the exercise banks (the banks are the one source of truth).

For every unit bank (exercises/banks/NN_*.yaml) it writes instructors/keys/NN_*_key.ipynb: every
exercise's question, answer, feedback per option, hints, explanation and sources, and where in the
course it appears; each code task's solution is a real code cell, executed on today's data and checked
by the course's own checker. Then a printable HTML copy goes to instructors/keys/print/ (git-ignored).

    python tools/build_keys.py            # every unit: write, execute, print (what `make keys` runs)
    python tools/build_keys.py --check    # exit 1 when a committed key differs from its bank

A key is out of date when its cells' text differs from what its bank generates now; the test
tests/instructors/test_keys.py fails then, and nbval (in `make test`) checks the stored outputs.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "instructors" / "keys"
PRINT = KEYS / "print"
TEMPLATE = ROOT / "instructors" / "templates" / "key.html.j2"
KIND_NAMES = {
    "single": "single choice", "multiple": "multiple choice", "order": "put in order", "match": "match",
    "numeric": "numeric estimate", "chart": "read the chart", "verdict": "claim verdict",
    "code": "code task", "reflection": "reflection (saved, not graded)",
}
SETUP = '''\
# The names a code task's solution may use, as in the course's checker.
import numpy as np  # noqa: F401
import pandas as pd  # noqa: F401

import nkcourse as nk  # noqa: F401
from nkcourse import load, maps  # noqa: F401
from nkcourse.quiz.bank import find_exercise
from nkcourse.quiz.check import check_answer


def accepted(exercise_id, answer):
    """What the course's checker says about this answer."""
    print(f"The checker's verdict on this answer: {check_answer(find_exercise(exercise_id), answer).verdict}")'''


def unit_banks() -> list[Path]:
    """The banks that belong to a unit (00_start_here, 01_founding, ...), picked up by file name."""
    return sorted(p for p in (ROOT / "exercises" / "banks").glob("[0-9][0-9]_*.yaml"))


def key_path(bank: Path) -> Path:
    return KEYS / f"{bank.stem}_key.ipynb"


def md(text) -> str:
    """Bank text as Markdown that shows exactly that text (no math, no emphasis, no HTML)."""
    parts = re.split(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])", " ".join(str(text).split()))
    for n in range(0, len(parts), 2):  # even parts are text, odd parts web addresses (kept as links)
        escaped = re.sub(r"([\\`*_\[\]$|#])", r"\\\1", parts[n])
        parts[n] = escaped.replace("<", "&lt;").replace(">", "&gt;")
    for n in range(1, len(parts), 2):
        parts[n] = f"<{parts[n]}>"
    return "".join(parts)


def where_shown() -> dict[str, str]:
    """exercise id -> where a learner meets it: the notebook and the section above the cell."""
    places: dict[str, str] = {}
    for folder in ("notebooks", "exercises"):
        for path in sorted((ROOT / folder).glob("*.ipynb")):
            heading = ""
            for cell in nbformat.read(path, as_version=4).cells:
                if cell.cell_type == "markdown":
                    found = [line.lstrip("#").strip() for line in cell.source.splitlines() if line.startswith("## ")]
                    heading = found[-1] if found else heading
                    continue
                for exercise_id in re.findall(r"""(?:show|check)\(\s*["']([a-z0-9_]+)["']""", cell.source):
                    where = f"{folder}/{path.name}" + (f", section “{heading}”" if heading else "")
                    places.setdefault(exercise_id, where)
    return places


def formatted(code: str) -> str:
    """Code laid out by the course's pinned formatter, so that the key passes the linter."""
    result = subprocess.run([sys.executable, "-m", "ruff", "format", "--line-length", "100", "-"],
                            input=code, capture_output=True, text=True, check=False, cwd=ROOT)
    return result.stdout.rstrip("\n") if result.returncode == 0 else code


def mark(ok) -> str:
    return "✓" if ok else "✗"


def marked(ok, text: str, feedback: str | None) -> str:
    """A list line: ✓ or ✗, the text, and the feedback a learner sees for it."""
    return f"- {mark(ok)} {md(text)}" + (f" — {md(feedback)}" if feedback else "")


def answer_lines(ex: dict) -> list[str]:
    """The exercise's answer and the feedback a learner sees for each choice, as Markdown lines."""
    from nkcourse.quiz.bank import VERDICTS
    from nkcourse.quiz.check import solution_lines

    kind = ex["kind"]
    lines = ["**Answer.**", ""] + [f"- {md(line.removeprefix('Answer: '))}" for line in solution_lines(ex)] + [""]
    options = ex.get("options") if kind in ("single", "multiple", "chart") else None
    if options:
        lines += ["**Every option, with the feedback a learner sees.**", ""]
        lines += [marked(o.get("correct"), o["text"], o.get("feedback")) for o in options] + [""]
    if kind in ("numeric", "chart") and ex.get("feedback"):
        lines += [f"Feedback for an answer too {side}: {md(text)}" for side, text in ex["feedback"].items()] + [""]
    if kind == "verdict":
        if ex.get("verdict_feedback"):
            lines += ["**Each verdict, with its feedback.**", ""]
            lines += [f"- {mark(v == ex['verdict'])} {VERDICTS[v]} — {md(text)}"
                      for v, text in ex["verdict_feedback"].items()] + [""]
        lines += ["**Evidence** (✓ decides the claim, ✗ does not).", ""]
        lines += [marked(e.get("relevant"), e["text"], e.get("feedback")) for e in ex["evidence"]] + [""]
    if kind == "match":
        feedback = [f"- {md(p['item'])}: {md(p['feedback'])}" for p in ex["pairs"] if p.get("feedback")]
        lines += ["**The feedback a learner sees for each pair.**", "", *feedback, ""] if feedback else []
        extra = sorted(set(ex.get("choices", [])) - {p["answer"] for p in ex["pairs"]})
        if extra:
            lines += [f"Choices that match nothing: {', '.join(md(c) for c in extra)}.", ""]
    if kind == "code" and ex.get("wrong_values"):
        lines += ["**Predictable wrong values, with their feedback.**", ""]
        lines += [f"- `{json.dumps(w['value'], ensure_ascii=False)}` — {md(w['feedback'])}"
                  for w in ex["wrong_values"]] + [""]
    return lines


def exercise_cells(number: int, ex: dict, where: str) -> list:
    from nkcourse.data import cite

    title = f"### {number}. `{ex['id']}` · {KIND_NAMES[ex['kind']]}"
    about = [f"*Where:* {md(where) if where else 'not shown in a notebook (bank only)'}"]
    if ex.get("objectives"):
        about.append("*Objectives checked:* " + ", ".join(str(n) for n in ex["objectives"]))
    lines = [title, "", " · ".join(about), "", f"**Question.** {md(ex['prompt'])}", ""]
    if ex["kind"] == "verdict":
        lines += [f"**Claim.** “{md(ex['claim'])}”", ""]
    lines += answer_lines(ex)
    lines += ["**Hints, in the order a learner gets them.**", ""]
    lines += [f"{n}. {md(h)}" for n, h in enumerate(ex["hints"], start=1)] + [""]
    lines += [f"**Why.** {md(ex['explanation'])}", ""]
    sources = cite(ex["sources"]) if ex["sources"] else []
    lines += ["**Sources.**", ""] + ([f"- {md(s)}" for s in sources] or ["- (a question about the course itself)"])
    cells = [nbformat.v4.new_markdown_cell("\n".join(lines).rstrip())]
    if ex["kind"] == "code":
        code = formatted(f"answer = {ex['solution']}")
        cells.append(nbformat.v4.new_code_cell(f"# {ex['id']}: the solution, run on today's data\n{code}\n"
                                               f"accepted({ex['id']!r}, answer)\nanswer"))
    return cells


def build_notebook(bank_path: Path, places: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """The key for one bank, without outputs (the text that the up-to-date test compares)."""
    from nkcourse.quiz.bank import load_bank

    bank = load_bank(bank_path)
    places = where_shown() if places is None else places
    rel = bank_path.relative_to(ROOT) if bank_path.is_relative_to(ROOT) else bank_path.name
    code_tasks = sum(ex["kind"] == "code" for ex in bank.exercises)
    intro = [
        f"# Answer key · {md(bank.title)}",
        "",
        f"For instructors. Generated from `{rel}` by `make keys`: edit the bank, never this notebook, and "
        "run `make keys` again (a test fails while a key is older than its bank).",
        "",
        f"{len(bank.exercises)} exercises, {code_tasks} of them code tasks. Each code task's solution below is "
        "run on the course's data when the key is built and checked by the course's own checker, so the "
        "values you see are the ones learners are marked against. Learners see the same answers and "
        "explanations in the notebooks once they have tried (two checked answers, a right answer or the last "
        "hint); the key adds every option's feedback and the "
        "hints, for preparing a session and for marking.",
        "",
        "| # | Exercise | Kind | Where |",
        "|---|---|---|---|",
    ]
    intro += [f"| {n} | `{ex['id']}` | {KIND_NAMES[ex['kind']]} | {md(places.get(ex['id'], 'bank only'))} |"
              for n, ex in enumerate(bank.exercises, start=1)]
    cells = [nbformat.v4.new_markdown_cell("\n".join(intro))]
    if code_tasks:
        cells.append(nbformat.v4.new_code_cell(SETUP, metadata={"tags": ["key-setup"]}))  # not printed
    for number, ex in enumerate(bank.exercises, start=1):
        cells += exercise_cells(number, ex, places.get(ex["id"], ""))
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                        "name": "python3"},
                         "language_info": {"name": "python"}, "title": f"Answer key · {bank.title}"}
    for number, cell in enumerate(notebook.cells):
        cell.id = f"key-{bank_path.stem.replace('_', '-')}-{number:03d}"
    return notebook


def cell_texts(notebook) -> list[tuple[str, str]]:
    return [(cell.cell_type, cell.source) for cell in notebook.cells]


def out_of_date(places: dict[str, str] | None = None) -> list[str]:
    """Sentences naming every key that is missing or differs from its bank."""
    places = where_shown() if places is None else places
    problems = []
    for bank in unit_banks():
        path = key_path(bank)
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)} is missing: run `make keys`.")
        elif cell_texts(nbformat.read(path, as_version=4)) != cell_texts(build_notebook(bank, places)):
            problems.append(f"{path.relative_to(ROOT)} is older than {bank.relative_to(ROOT)}: run `make keys`.")
    known = {key_path(b).name for b in unit_banks()}
    problems += [f"{p.relative_to(ROOT)} has no bank any more: delete it." for p in sorted(KEYS.glob("*_key.ipynb"))
                 if p.name not in known]
    return problems


def print_html(path: Path) -> Path:
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = ("key-setup",)
    exporter = HTMLExporter(config=config, template_file=str(TEMPLATE), exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_filename(str(path))
    PRINT.mkdir(parents=True, exist_ok=True)
    target = PRINT / path.with_suffix(".html").name
    target.write_text(body, encoding="utf-8")
    return target


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say which keys are out of date")
    parser.add_argument("banks", nargs="*", help="bank files (default: every unit bank)")
    args = parser.parse_args(arguments)
    places = where_shown()
    if args.check:
        problems = out_of_date(places)
        print("\n".join(problems) if problems else "Every answer key matches its bank.")
        return 1 if problems else 0
    sys.path.insert(0, str(ROOT / "tools"))
    from execute_notebooks import execute  # the one way the course runs and cleans a notebook

    KEYS.mkdir(parents=True, exist_ok=True)
    banks = [Path(b).resolve() for b in args.banks] or unit_banks()
    started = time.perf_counter()
    for bank in banks:
        path = key_path(bank)
        notebook = build_notebook(bank, places)
        nbformat.write(notebook, path)
        seconds = execute(path) if any(c.cell_type == "code" for c in notebook.cells) else 0.0
        html = print_html(path)
        print(f"{seconds:6.1f} s  {path.relative_to(ROOT)}  and  {html.relative_to(ROOT)}")
    print(f"{len(banks)} keys in {time.perf_counter() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
