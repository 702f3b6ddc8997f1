"""A class's results: learners' exported progress files gathered into one summary for the instructor.

    from nkcourse.classroom import class_summary
    summary = class_summary("collected/", roster="roster.txt")   # a folder of .csv/.json exports
    summary              # in a notebook: files to look at, who has not handed in, hardest exercises, wrong answers
    summary.chart()      # the hardest exercises as a Plotly chart

or from a terminal (writes a report that opens offline in any browser):

    python -m nkcourse.classroom collected/ --roster roster.txt --out class_report.html

The files are read by nkcourse.quiz.progress.merge_exports, the course's one reader of exports, which
reports files without a learner's name (kept under their file name), names found in more than one file
and files that cannot be read. On top of it this module decodes the answers, counts an attempt found in
two files of one learner once, reports attempts it cannot use and other files in the folder, and turns
the attempts into a summary: nothing is dropped silently. (For a table of what each learner did, for
grading, use tools/merge_progress.py, which reads the same files the same way.)
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from nkcourse.quiz.bank import VERDICTS, readable_banks
from nkcourse.quiz.progress import merge_exports

VERDICT_WORDS = {"correct", "partly", "incorrect", "invalid", "saved"}
RIGHT = {"correct", "saved"}
FORMULA_MARKS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ["learner", "file", "time", "bank", "exercise", "kind", "verdict", "answer"]


def name_key(name: str) -> str:
    """The form under which two spellings of one learner's name meet: case and spacing ignored."""
    return " ".join(str(name).split()).casefold()


def _answer(value):
    """The answer as the learner gave it. A CSV export writes text as it is and other values as JSON,
    with a ' before text a spreadsheet would run as a formula; a JSON export keeps the values."""
    if not isinstance(value, str):
        return value
    if value[:2] in {"'" + mark for mark in FORMULA_MARKS}:
        return value[1:]
    number = re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", value)
    if value[:1] in "[{\"" or value in ("true", "false", "null") or number:
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def read_roster(roster) -> list[str]:
    """Learners' names: a list, or a text file with one name a line (blank lines and # comments skipped);
    a .csv roster is read from its column 'learner' or 'name', else its first column."""
    if roster is None:
        return []
    if not isinstance(roster, str | Path):
        return [" ".join(str(n).split()) for n in roster if str(n).strip()]
    path = Path(roster).expanduser()
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        rows = list(csv.reader(io.StringIO(text)))
        if not rows:
            return []
        header = [h.strip().casefold() for h in rows[0]]
        column = next((header.index(c) for c in ("learner", "name") if c in header), None)
        body = rows[1:] if column is not None else rows
        names = [r[column or 0] for r in body if len(r) > (column or 0)]
    else:
        names = [line.split("#", 1)[0] for line in text.splitlines()]
    return [" ".join(n.split()) for n in names if n.strip()]


@dataclass
class ClassSummary:
    attempts: pd.DataFrame  # one row per attempt: learner, file, time, bank, exercise, kind, verdict, answer
    problems: list[str]  # sentences: files and attempts to look at
    roster: list[str] = field(default_factory=list)
    files_read: int = 0

    @property
    def learners(self) -> list[str]:
        return sorted(self.attempts["learner"].unique()) if len(self.attempts) else []

    @property
    def not_handed_in(self) -> list[str]:
        """Names on the roster with no readable file (matched ignoring case and spacing)."""
        present = {name_key(n) for n in self.learners}
        return [n for n in self.roster if name_key(n) not in present]

    @property
    def not_on_roster(self) -> list[str]:
        listed = {name_key(n) for n in self.roster}
        return [n for n in self.learners if self.roster and name_key(n) not in listed]

    # --- the two tables -----------------------------------------------------------------------------

    def hardest(self, top: int | None = None) -> pd.DataFrame:
        """Graded exercises by how many learners got them right at the first try (fewest first)."""
        graded = self.attempts[(self.attempts["verdict"] != "invalid") & (self.attempts["kind"] != "reflection")]
        if graded.empty:
            return pd.DataFrame(columns=["unit", "exercise", "prompt", "learners", "right first try",
                                         "right in the end", "attempts per learner", "share", "ever"])
        graded = graded.sort_values(["learner", "exercise", "time"], kind="stable")
        per = graded.groupby(["exercise", "learner"], sort=False).agg(
            first=("verdict", "first"), ever=("verdict", lambda v: bool(set(v) & RIGHT)), tries=("verdict", "size"))
        per["first"] = per["first"].isin(RIGHT)
        table = per.groupby(level="exercise").agg(learners=("first", "size"), first=("first", "sum"),
                                                  ever=("ever", "sum"), tries=("tries", "mean"))
        info = _exercise_info()
        table["unit"] = [info.get(e, {}).get("unit", "") for e in table.index]
        table["prompt"] = [_short(info.get(e, {}).get("prompt", "(not in the current banks)")) for e in table.index]
        table["right first try"] = [f"{f} of {n}" for f, n in zip(table["first"], table["learners"], strict=True)]
        table["right in the end"] = [f"{f} of {n}" for f, n in zip(table["ever"], table["learners"], strict=True)]
        table["attempts per learner"] = table["tries"].round(1)
        table["share"] = table["first"] / table["learners"]
        table = table.reset_index().sort_values(["share", "tries", "exercise"], ascending=[True, False, True])
        columns = ["unit", "exercise", "prompt", "learners", "right first try", "right in the end",
                   "attempts per learner"]
        result = table[[*columns, "share", "ever"]].reset_index(drop=True)
        return result.head(top) if top else result

    def wrong_answers(self, top: int | None = 15) -> pd.DataFrame:
        """The wrong answers most learners chose, in words (option text, verdict, pair, value)."""
        info = _exercise_info()
        chosen: Counter = Counter()
        for row in self.attempts.itertuples(index=False):
            if row.verdict in ("correct", "saved", "invalid"):
                continue
            ex = info.get(row.exercise)
            for wrong in set(wrong_parts(ex, row.answer)) if ex else ():
                chosen[(row.exercise, wrong, row.learner)] += 1
        counts = Counter((exercise, wrong) for exercise, wrong, _ in chosen)
        rows = [{"unit": info[e]["unit"], "exercise": e, "prompt": _short(info[e]["prompt"]), "wrong answer": w,
                 "learners": n} for (e, w), n in counts.items()]
        table = pd.DataFrame(rows, columns=["unit", "exercise", "prompt", "wrong answer", "learners"])
        table = table.sort_values(["learners", "exercise", "wrong answer"], ascending=[False, True, True])
        table = table.reset_index(drop=True)
        return table.head(top) if top else table

    # --- the chart and the report -------------------------------------------------------------------

    def chart(self, top: int = 15) -> go.Figure:
        """The hardest exercises: how many learners were right at the first try, later, or not at all."""
        from nkcourse.style import PALETTE, add_source  # the course's template and palette

        table = self.hardest(top).iloc[::-1]
        labels = [f"{e} (unit {u})" if u != "" else e for e, u in zip(table["exercise"], table["unit"], strict=True)]
        first = table["share"] * table["learners"]
        later = table["ever"] - first
        never = table["learners"] - table["ever"]
        fig = go.Figure()
        for name, values, colour in (("Right at the first try", first, PALETTE["blue"]),
                                     ("Right after more tries", later, PALETTE["sky_blue"]),
                                     ("Not right yet", never, PALETTE["vermillion"])):
            fig.add_bar(y=labels, x=values, name=name, orientation="h", marker_color=colour,
                        hovertemplate="%{y}: %{x} learners<extra>" + name + "</extra>")
        fig.update_layout(barmode="stack", title=f"The class's hardest exercises ({len(self.learners)} learners)",
                          xaxis_title="Learners who tried the exercise", yaxis_title="Exercise",
                          height=max(320, 90 + 28 * len(table)), legend_title_text="")
        return add_source(fig, note="Learners' exported progress files.")

    def problem_lines(self) -> list[str]:
        lines = list(self.problems)
        if self.roster:
            lines += [f"Not on the roster: {name} handed in a file." for name in self.not_on_roster]
        return lines

    def to_text(self) -> str:
        out = [f"{self.files_read} files read; {len(self.learners)} learners; {len(self.attempts)} attempts."]
        if self.roster:
            missing = self.not_handed_in
            out.append("Not handed in: " + (", ".join(missing) if missing else "nobody (everyone on the roster)."))
        else:
            out.append("Not handed in: give a roster (one name a line) to see who is missing.")
        for line in self.problem_lines():
            out.append(line)
        with pd.option_context("display.width", 160, "display.max_colwidth", 60):
            hardest = self.hardest(10).drop(columns=["share", "ever"])
            out += ["", "Hardest exercises:", hardest.to_string(index=False) if len(hardest) else "(no attempts)"]
            wrong = self.wrong_answers(10)
            out += ["", "Most-chosen wrong answers:", wrong.to_string(index=False) if len(wrong) else "(none)"]
        return "\n".join(out)

    def _tables_html(self) -> str:
        def table(frame: pd.DataFrame, caption: str) -> str:
            if frame.empty:
                return f"<h3>{escape(caption)}</h3><p>None.</p>"
            return f"<h3>{escape(caption)}</h3>" + frame.to_html(index=False, escape=True, border=0,
                                                                  classes="nk-class-table")
        if self.roster:
            missing = self.not_handed_in
            who = escape(", ".join(missing)) if missing else "nobody: everyone on the roster handed in a file."
        else:
            who = "give a roster (one name a line) to see who is missing."
        problems = "".join(f"<li>{escape(line)}</li>" for line in self.problem_lines())
        return (f"<p>{self.files_read} files read; {len(self.learners)} learners; {len(self.attempts)} attempts.</p>"
                f"<p><strong>Not handed in:</strong> {who}</p>"
                + (f"<h3>Files to look at</h3><ul>{problems}</ul>" if problems else "")
                + table(self.hardest(15).drop(columns=["share", "ever"]),
                        "Hardest exercises (fewest right at the first try)")
                + table(self.wrong_answers(15), "Most-chosen wrong answers (learners who chose each)"))

    def _repr_html_(self) -> str:
        return '<div class="nk-class-summary">' + self._tables_html() + "</div>"

    def write_html(self, path: str | Path) -> Path:
        """A report that opens offline: the chart's plotly.min.js is written beside it."""
        path = Path(path).expanduser()
        chart = self.chart().to_html(full_html=False, include_plotlyjs="directory")
        page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Class results</title>"
                "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
                "table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;"
                "text-align:left;vertical-align:top}</style></head><body><h1>Class results</h1>"
                f"{self._tables_html()}<h3>Chart</h3>{chart}</body></html>")
        path.write_text(page, encoding="utf-8")
        script = path.with_name("plotly.min.js")
        if not script.exists():
            from plotly.offline import get_plotlyjs  # the copy shipped in the plotly package

            script.write_text(get_plotlyjs(), encoding="utf-8")
        return path


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)].rstrip(",;:") + " …"


def _exercise_info() -> dict[str, dict]:
    banks, _ = readable_banks()
    return {ex["id"]: {**ex, "unit": bank.unit} for bank in banks for ex in bank.exercises}


def _value(answer) -> str:
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    return _short(answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False), 50)


def wrong_parts(ex: dict, answer) -> list[str]:
    """The wrong parts of one answer, in words a teacher can read out (empty when nothing is wrong)."""
    kind = ex["kind"]
    if kind == "chart":
        kind = "single" if ex["answer_type"] == "choice" else "numeric"
    if kind in ("single", "multiple"):
        chosen = [answer] if isinstance(answer, str) else answer if isinstance(answer, list) else []
        wrong = {o["text"].casefold(): o["text"] for o in ex["options"] if not o.get("correct")}
        return [wrong[c.strip().casefold()] for c in chosen if isinstance(c, str) and c.strip().casefold() in wrong]
    if kind == "verdict" and isinstance(answer, dict):
        parts = []
        given = str(answer.get("verdict") or "").strip().casefold()
        labels = {**{k: k for k in VERDICTS}, **{v.casefold(): k for k, v in VERDICTS.items()}}
        if given in labels and labels[given] != ex["verdict"]:
            parts.append(f"Verdict: {VERDICTS[labels[given]]}")
        irrelevant = {e["text"].casefold(): e["text"] for e in ex["evidence"] if not e.get("relevant")}
        evidence = answer.get("evidence") if isinstance(answer.get("evidence"), list) else []
        parts += [f"Evidence: {irrelevant[t.strip().casefold()]}" for t in evidence
                  if isinstance(t, str) and t.strip().casefold() in irrelevant]
        return parts
    if kind == "match" and isinstance(answer, dict):
        right = {p["item"]: p["answer"] for p in ex["pairs"]}
        return [f"{item} → {choice}" for item, choice in answer.items()
                if item in right and isinstance(choice, str) and choice and choice != right[item]]
    if kind == "order":
        texts = [i["text"] for i in ex["items"]]
        if isinstance(answer, dict) and all(isinstance(v, int) for v in answer.values()):
            answer = [k for k, _ in sorted(answer.items(), key=lambda kv: kv[1])]
        if isinstance(answer, list) and sorted(map(str, answer)) == sorted(texts):
            return [f"{text} placed {place} (belongs {texts.index(text) + 1})"
                    for place, text in enumerate(answer, start=1) if texts.index(text) + 1 != place]
        return []
    if kind in ("numeric", "code") and answer is not None and answer != "":
        return [_value(answer)]
    return []


def _clean(attempts: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Attempts the summary can use, with their answers decoded, one spelling per learner and an
    attempt found in two files of one learner counted once; and sentences about what was set aside."""
    problems = []
    attempts = attempts.reindex(columns=COLUMNS).fillna("")
    attempts["learner"] = [" ".join(str(n).split()) for n in attempts["learner"]]
    usable = attempts["verdict"].isin(VERDICT_WORDS) & (attempts["exercise"].astype(str).str.strip() != "")
    for file, count in attempts.loc[~usable, "file"].value_counts().sort_index().items():
        total = int((attempts["file"] == file).sum())
        problems.append(f"{file}: {count} of {total} attempts have no exercise or no verdict the course knows; "
                        "they are not counted.")
    attempts = attempts[usable].copy()
    attempts["answer"] = attempts["answer"].map(_answer)
    spelling = {}
    for name in attempts["learner"]:
        spelling.setdefault(name_key(name), name)
    for key, group in attempts.groupby(attempts["learner"].map(name_key)):
        names = group.drop_duplicates("learner")
        if len(names) > 1:
            written = " and ".join(f"{n} ({', '.join(sorted(set(group.loc[group['learner'] == n, 'file'])))})"
                                   for n in sorted(names["learner"]))
            problems.append(f"{written} are counted as one learner, {spelling[key]}: the names differ only in "
                            "capitals or spaces.")
    attempts["learner"] = attempts["learner"].map(lambda n: spelling[name_key(n)])
    signature = attempts[["learner", "time", "exercise", "verdict"]].astype(str).assign(
        answer=attempts["answer"].map(lambda a: json.dumps(a, sort_keys=True, ensure_ascii=False, default=str)))
    repeated = signature.duplicated()
    if repeated.any():
        problems.append(f"{int(repeated.sum())} attempts appear in more than one file of the same learner; "
                        "each is counted once.")
    attempts = attempts[~repeated]
    info = _exercise_info()
    attempts["kind"] = [info.get(e, {}).get("kind", k) for e, k in zip(attempts["exercise"], attempts["kind"],
                                                                         strict=True)]
    return attempts.reset_index(drop=True), problems


def class_summary(folder, roster=None) -> ClassSummary:
    """Gather every export in `folder` into a ClassSummary (see the module's docstring)."""
    folder = Path(folder).expanduser()
    attempts, problems = merge_exports(folder)
    others = sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                    and p.suffix not in (".csv", ".json")) if folder.is_dir() else []
    problems += [f"{name}: not a .csv or .json export; it was not read." for name in others]
    attempts, more = _clean(attempts)
    files = len([p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]) if folder.is_dir() else 0
    return ClassSummary(attempts, problems + more, read_roster(roster), files_read=files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nkcourse.classroom",
        description="Gather learners' exported progress files into a class summary.")
    parser.add_argument("folder", help="the folder where you collected the learners' .csv or .json exports")
    parser.add_argument("--roster", help="a text file with one learner's name a line (or a .csv with a name column)")
    parser.add_argument("--out", help="also write an HTML report with a chart to this file")
    args = parser.parse_args(argv)
    if not Path(args.folder).is_dir():
        print(f"Not found: {args.folder}. Give the folder where you collected the learners' files.")
        return 2
    try:
        summary = class_summary(args.folder, roster=args.roster)
    except (OSError, UnicodeDecodeError) as error:
        print(f"The roster could not be read: {error}")
        return 2
    print(summary.to_text())
    if args.out:
        print(f"\nReport written to {summary.write_html(args.out)} (open it in a browser).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
