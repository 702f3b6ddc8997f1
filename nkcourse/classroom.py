"""A class's results: learners' exported progress files gathered into one summary for the instructor.

    from nkcourse.classroom import class_summary
    summary = class_summary("collected/", roster="roster.txt")   # a folder of .csv/.json exports
    summary              # in a notebook: problems, who has not handed in, hardest exercises, wrong answers
    summary.chart()      # the hardest exercises as a Plotly chart

or from a terminal (writes a report that opens offline in any browser):

    python -m nkcourse.classroom collected/ --roster roster.txt --out class_report.html

Nothing is dropped silently. A file that cannot be read is listed as damaged, with the reason; a file
without a learner's name is counted under its file name and listed as unnamed; two files from the
same learner are combined (an attempt found in both is counted once) and listed as duplicates.
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

COLUMNS = ["learner", "time", "bank", "exercise", "kind", "verdict", "answer"]
VERDICT_WORDS = {"correct", "partly", "incorrect", "invalid", "saved"}
RIGHT = {"correct", "saved"}
FORMULA_MARKS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """A file that is not a readable progress export; the message says why, in plain words."""


@dataclass
class Handin:
    """One exported file: whose it is (as written in the file) and the attempts it holds."""

    path: Path
    learner: str
    attempts: list[dict]
    bad_rows: int = 0


@dataclass
class FileProblem:
    path: Path | None
    kind: str  # "damaged", "unnamed", "duplicate", "some rows unreadable", "several learners"
    message: str


def name_key(name: str) -> str:
    """The form under which two spellings of one learner's name meet: case and spacing ignored."""
    return " ".join(str(name).split()).casefold()


# --- reading one export -----------------------------------------------------------------------------

def _answer(text: str):
    """The answer as the learner gave it: the CSV export writes text as it is and other values as JSON,
    and puts a ' before text a spreadsheet would run as a formula."""
    if text[:2] in {"'" + mark for mark in FORMULA_MARKS}:
        return text[1:]
    if text[:1] in "[{\"" or text in ("true", "false", "null") or re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def _clean_attempt(row: dict) -> dict | None:
    """An attempt with the fields the summary needs, or None when it lacks them."""
    exercise, verdict = row.get("exercise"), row.get("verdict")
    if not isinstance(exercise, str) or not exercise.strip() or verdict not in VERDICT_WORDS:
        return None
    return {"time": str(row.get("time") or ""), "bank": str(row.get("bank") or ""), "exercise": exercise.strip(),
            "kind": str(row.get("kind") or ""), "verdict": verdict, "answer": row.get("answer")}


def _read_csv(path: Path, text: str) -> tuple[list[tuple[str, dict | None]], int]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("learner", "exercise", "verdict") if c not in (reader.fieldnames or [])]
    if missing:
        raise ExportError(f"it is not a progress export: the columns {', '.join(missing)} are missing")
    rows = []
    for row in reader:
        if None in row:  # more cells than columns: the line was cut or edited
            rows.append(("", None))
            continue
        attempt = _clean_attempt({**row, "answer": _answer(row.get("answer") or "")})
        rows.append((row.get("learner") or "", attempt))
    return rows, 0


def _read_json(path: Path, text: str) -> tuple[list[tuple[str, dict | None]], int]:
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("attempts"), list):
        raise ExportError("it is JSON, but not a progress export (no list of attempts)")
    learner = data.get("learner") if isinstance(data.get("learner"), str) else ""
    rows = []
    for attempt in data["attempts"]:
        if not isinstance(attempt, dict):
            rows.append((learner, None))
            continue
        who = attempt.get("learner") if isinstance(attempt.get("learner"), str) and attempt.get("learner") else learner
        rows.append((who, _clean_attempt(attempt)))
    return rows, 0


def read_export(path: str | Path) -> list[Handin]:
    """The attempts in one exported file, one Handin per learner named in it (usually one).

    Raises ExportError, with a reason a person can act on, when the file cannot be used at all.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ExportError(f"it cannot be opened ({error.strerror or error})") from None
    if not raw.strip():
        raise ExportError("the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExportError("it is not text (perhaps a spreadsheet saved as .xlsx, or a damaged download)") from None
    try:
        if path.suffix.lower() == ".json":
            rows, _ = _read_json(path, text)
        elif path.suffix.lower() == ".csv":
            rows, _ = _read_csv(path, text)
        else:
            raise ExportError("only .csv and .json exports can be read")
    except json.JSONDecodeError as error:
        raise ExportError(f"the JSON is cut or damaged (line {error.lineno})") from None
    except csv.Error as error:
        raise ExportError(f"the CSV is damaged ({error})") from None
    by_learner: dict[str, Handin] = {}
    for learner, attempt in rows:
        learner = " ".join(learner.split())
        handin = by_learner.setdefault(name_key(learner), Handin(path, learner, []))
        if attempt is None:
            handin.bad_rows += 1
        else:
            handin.attempts.append(attempt)
    if not by_learner:
        return [Handin(path, "", [])]
    return list(by_learner.values())


# --- gathering a class -------------------------------------------------------------------------------

def _files(sources) -> list[Path]:
    if isinstance(sources, str | Path):
        sources = [sources]
    files: list[Path] = []
    for source in sources:
        source = Path(source).expanduser()
        if source.is_dir():
            files += sorted(p for p in source.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            files.append(source)
    return files


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
    problems: list[FileProblem]
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

    def handed_in(self) -> pd.DataFrame:
        """Per learner: files, attempts, exercises answered right (or saved) per unit."""
        if self.attempts.empty:
            return pd.DataFrame(columns=["learner", "files", "attempts"])
        info = _exercise_info()
        frame = self.attempts.assign(unit=self.attempts["exercise"].map(lambda e: info.get(e, {}).get("unit")))
        right = frame[frame["verdict"].isin(RIGHT)].drop_duplicates(["learner", "exercise"])
        done = right.pivot_table(index="learner", columns="unit", values="exercise", aggfunc="count", fill_value=0)
        done.columns = [f"unit {int(u)} done" for u in done.columns]
        table = frame.groupby("learner").agg(files=("file", "nunique"), attempts=("exercise", "size"))
        return table.join(done).fillna(0).astype(int).reset_index()

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
        lines = [f"{p.kind.capitalize()}: {p.path.name if p.path else ''} — {p.message}".replace(":  — ", ": ")
                 for p in self.problems]
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
                + table(self.wrong_answers(15), "Most-chosen wrong answers (learners who chose each)")
                + table(self.handed_in(), "Who handed in what"))

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


def class_summary(sources, roster=None) -> ClassSummary:
    """Gather every export in `sources` (a folder, a file, or a list of them) into a ClassSummary."""
    problems: list[FileProblem] = []
    handins: list[Handin] = []
    files = _files(sources)
    for path in files:
        if path.suffix.lower() not in (".csv", ".json"):
            problems.append(FileProblem(path, "damaged", "not a .csv or .json export; it was not read"))
            continue
        try:
            found = read_export(path)
        except ExportError as error:
            problems.append(FileProblem(path, "damaged", f"{error}; it was not read"))
            continue
        if len(found) > 1:
            names = ", ".join(h.learner or "(no name)" for h in found)
            problems.append(FileProblem(path, "several learners", f"this file holds the work of {names}; "
                                        "each is counted separately"))
        for handin in found:
            if handin.bad_rows:
                problems.append(FileProblem(path, "some rows unreadable",
                                            f"{handin.bad_rows} of {handin.bad_rows + len(handin.attempts)} attempts "
                                            "could not be read and are not counted"))
            if not handin.learner:
                handin.learner = f"(no name: {path.name})"
                problems.append(FileProblem(path, "unnamed", "no learner name in the file; its attempts are "
                                            f"counted as {handin.learner!r}. Ask who sent it"))
            handins.append(handin)
    by_key: dict[str, list[Handin]] = {}
    for handin in handins:
        by_key.setdefault(name_key(handin.learner), []).append(handin)
    rows = []
    for group in by_key.values():
        learner = group[0].learner
        if len(group) > 1:
            names = ", ".join(h.path.name for h in group)
            problems.append(FileProblem(None, "duplicate", f"{learner} handed in {len(group)} files ({names}); "
                                        "they are combined, and an attempt found in more than one is counted once"))
        seen = set()
        for handin in group:
            for attempt in handin.attempts:
                key = (attempt["time"], attempt["exercise"], attempt["verdict"],
                       json.dumps(attempt["answer"], sort_keys=True, default=str))
                if key in seen:
                    continue
                seen.add(key)
                rows.append({"learner": learner, "file": handin.path.name, **attempt})
    attempts = pd.DataFrame(rows, columns=["learner", "file", "time", "bank", "exercise", "kind", "verdict", "answer"])
    info = _exercise_info()
    attempts["kind"] = [info.get(e, {}).get("kind", k) for e, k in zip(attempts["exercise"], attempts["kind"],
                                                                         strict=True)]
    return ClassSummary(attempts, problems, read_roster(roster), files_read=len(files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nkcourse.classroom",
        description="Gather learners' exported progress files into a class summary.")
    parser.add_argument("sources", nargs="+", help="a folder of exports, or export files")
    parser.add_argument("--roster", help="a text file with one learner's name a line (or a .csv with a name column)")
    parser.add_argument("--out", help="also write an HTML report with a chart to this file")
    args = parser.parse_args(argv)
    missing = [s for s in args.sources if not Path(s).exists()]
    if missing:
        print(f"Not found: {', '.join(missing)}. Give the folder where you collected the learners' files.")
        return 2
    try:
        summary = class_summary(args.sources, roster=args.roster)
    except (OSError, UnicodeDecodeError) as error:
        print(f"The roster could not be read: {error}")
        return 2
    print(summary.to_text())
    if args.out:
        print(f"\nReport written to {summary.write_html(args.out)} (open it in a browser).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
