"""The capstone's fact-check report: the learner's verdicts, evidence, resolved names and notes, per claim.

    from nkcourse import report as fc
    fc.resolve(2, "Park Hyun Yong")      # nk.lookup, and the answer is kept for claim 2 of the report
    fc.note(2, "Right year, wrong government: the ROK dates from August 1948.")
    fc.report()                          # the report so far, in the notebook
    fc.export("my_fact_check")           # my_fact_check.md, .csv and .html, to hand in

The verdicts and evidence come from the progress store (every checked attempt of the capstone's
exercises, the latest one counts); the names and notes the learner adds are kept beside it, in
`capstone_report.json` in the same folder, written atomically. A claim with no checked verdict is listed
as open, never dropped. Every text the learner typed is escaped in the HTML and the Markdown, and cells
that a spreadsheet would run as formulas are defused in the CSV. Bad input gets a sentence, never a
traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pandas as pd

from .data import _typed_table, cite
from .names import lookup
from .quiz.bank import VERDICTS, BankError, load_bank
from .quiz.progress import _cell, progress_folder, store, write_atomically

BANK = "05_capstone"
FILE_NAME = "capstone_report.json"
MAX_NOTE = 5_000  # characters of a note; more is almost surely a paste accident
# Endings of other kinds of file: "report.pdf" is refused, while a dotted name ("Ana.Kim_report") is kept whole.
OTHER_ENDINGS = {".pdf", ".txt", ".doc", ".docx", ".odt", ".rtf", ".ipynb", ".json", ".xls", ".xlsx", ".ods",
                 ".tsv", ".htm", ".markdown", ".zip", ".png", ".jpg"}
RESULT_WORDS = {"correct": "verdict and evidence right", "partly": "partly right",
                "incorrect": "not the model verdict", "saved": "saved"}
SPLIT_WORDS = {"correct": "every claim found, no colour ticked", "partly": "partly right", "incorrect": "not yet right"}


@dataclass(frozen=True)
class Claim:
    number: int
    exercise: str  # the verdict exercise's id in the capstone bank
    paragraph: int  # of the article
    quote: str  # the claim's words as the article has them
    names: tuple[str, ...]  # the spellings in the claim a learner should resolve


CLAIMS = (
    Claim(1, "cap_c01", 1,
          "China and the Soviet Union stayed silent while Kim purged his rivals",
          ("Kimirsen",)),
    Claim(2, "cap_c02", 2,
          "Already in 1946 Park Hyun Yong, the leader of the Nam Rao faction, was driven to the north by "
          "the South Korean government",
          ("Park Hyun Yong", "Nam Rao faction")),
    Claim(3, "cap_c03", 3,
          "In the summer of 1950 the People's Army held 90 percent of the territory",
          ()),
    Claim(4, "cap_c04", 3,
          "and 92 percent of the population",
          ()),
    Claim(5, "cap_c05", 3,
          "In December 1950 Wu Ting was dismissed and blamed for the defeats",
          ("Wu Ting",)),
    Claim(6, "cap_c06", 4,
          "In July 1953 Heo Ja Yi shot himself, so Kim did not even need a trial",
          ("Heo Ja Yi",)),
    Claim(7, "cap_c07", 4,
          "in December 1955 Pak Heon-yong was sentenced to death as an American spy and shot three days later",
          ("Pak Heon-yong",)),
    Claim(8, "cap_c08", 5,
          "After Stalin died in March 1953, Nikita Khrushchev came to power with the support of Marshal "
          "Zhukov and immediately purged Malenkov and Molotov",
          ("Nikita Khrushchev",)),
    Claim(9, "cap_c09", 5,
          "In February 1956 his secret speech against Stalin's personality cult shocked the whole socialist"
          " camp, and Kimirsen's enemies in Pyongyang took courage",
          ("Kimirsen",)),
    Claim(10, "cap_c10", 6,
          "At the plenum at the end of August 1956 Cui Changyi and his friends criticised the personality "
          "cult, but they were defeated and expelled, and several of them escaped to China",
          ("Cui Changyi",)),
    Claim(11, "cap_c11", 6,
          "In September Kimirsen himself admitted at a new plenum that the August decisions were too hasty,"
          " and generously took the critics back into the party",
          ("Kimirsen",)),
    Claim(12, "cap_c12", 7,
          "In 1967 even the Jiashan faction, who had been Kim's own allies, disappeared from the leadership",
          ("Jiashan faction",)),
    Claim(13, "cap_c13", 8,
          "In this way the purges laid the foundation for Juche, the idea of self-reliance that Kim Il Sung"
          " had already proclaimed in December 1955",
          ("Kim Il Sung",)),
)
NUMBERS = tuple(c.number for c in CLAIMS)


def share_of_south_held(line: pd.DataFrame) -> float:
    """Per cent of the Republic of Korea's land of 1950 (the peninsula south of the 38th parallel) that lies on
    the North's side of a front line: the measure a popular figure for "the South's territory" usually means.
    As approximate as the line (see maps.share_held, which measures the whole peninsula)."""
    from . import maps

    grid = maps._land_grid()
    lon, lat = grid["lon"].to_numpy(), grid["lat"].to_numpy()
    px, py = maps.south_side_polygon(line.sort_values("seq") if "seq" in line else line)
    south_of_front = maps._inside(lon, lat, px, py) | (lat < maps.JEJU_NORTH_EDGE)
    republic = lat < 38.0
    return round(float(100 * grid["area"][republic & ~south_of_front].sum() / grid["area"][republic].sum()), 1)


# --- the learner's own additions: names and notes ----------------------------------------------------

class _Notebook:
    """Names and notes per claim, in one JSON file beside progress.json (or in memory, with a notice)."""

    def __init__(self, folder: Path):
        self.folder: Path | None = folder
        self.notices: list[str] = []
        self.data = {"names": {}, "notes": {}}
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._to_memory(error)
            return
        self.data = self._read()

    @property
    def path(self) -> Path | None:
        return self.folder / FILE_NAME if self.folder else None

    def _to_memory(self, error: OSError) -> None:
        self.notices.append(f"Your notes cannot be saved in {self.folder} ({error.strerror or error}); they are "
                            "kept until the kernel stops. Set NKCOURSE_PROGRESS_DIR to a folder you can write to.")
        self.folder = None

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not (isinstance(data, dict) and isinstance(data.get("names"), dict)
                    and isinstance(data.get("notes"), dict)):
                raise ValueError("not a report file")
            return {"names": data["names"], "notes": data["notes"]}
        except FileNotFoundError:
            return {"names": {}, "notes": {}}
        except OSError as error:
            self._to_memory(error)
            return self.data
        except (ValueError, RecursionError):
            aside = self.path.with_name(f"capstone_report.damaged-{datetime.now():%Y%m%d-%H%M%S-%f}.json")
            try:
                os.replace(self.path, aside)
                self.notices.append(f"Your report notes file was damaged. It was kept as {aside}; "
                                    "a new one was started.")
            except OSError as error:
                self._to_memory(error)
            return {"names": {}, "notes": {}}

    def save(self) -> None:
        if self.folder is None:
            return
        try:
            write_atomically(self.path, json.dumps({"version": 1, **self.data}, ensure_ascii=False, indent=1))
        except OSError as error:
            self._to_memory(error)

    def take_notices(self) -> list[str]:
        notices, self.notices = self.notices, []
        return notices


_NOTEBOOKS: dict[Path, _Notebook] = {}


def _notebook() -> _Notebook:
    folder = progress_folder()
    if folder not in _NOTEBOOKS:
        _NOTEBOOKS[folder] = _Notebook(folder)
    return _NOTEBOOKS[folder]


def _claim_number(claim) -> int | None:
    """1, "1", "claim 1" -> 1; anything else -> None (after a message saying which numbers exist)."""
    text = str.strip(claim) if isinstance(claim, str) else None
    if text is not None and text.casefold().startswith("claim"):
        text = text[5:].strip()
    if text is not None and text.isdigit():
        claim = int(text)
    if isinstance(claim, int) and not isinstance(claim, bool) and claim in NUMBERS:
        return claim
    shown = repr(claim[:40]) if isinstance(claim, str) else repr(claim) if isinstance(claim, int) else "like that"
    print(f"There is no claim {shown}: give a claim's number, from {NUMBERS[0]} to {NUMBERS[-1]}, "
          "e.g. fc.note(2, \"my note\").")
    return None


def _fresh(book: _Notebook) -> None:
    """Re-read the file before a write, so that two notebooks open at once add to one record."""
    if book.folder is not None:
        book.data = book._read()


def resolve(claim, name):
    """Look a name up with nk.lookup and keep the answer (its first row) for this claim of the report; the
    candidates come back as a learner's table (nk.style.table), or None for a claim or name not understood."""
    number = _claim_number(claim)
    if number is None:
        return None
    if not isinstance(name, str) or not name.strip():
        print('Give the name as text in quotes, as it is spelt in the article, e.g. fc.resolve(2, "Park Hyun Yong").')
        return None
    spelling = name.strip()[:200]
    found = lookup(spelling)
    book = _notebook()
    _fresh(book)
    names = book.data["names"].setdefault(str(number), {})
    if found.empty:
        names[spelling] = {"name": "", "faction": "", "match": "none"}
        print(f"{spelling!r} is not in the course's data; noted as unresolved for claim {number}.")
    else:
        first = found.iloc[0]
        faction = "" if pd.isna(first["faction"]) else str(first["faction"])
        names[spelling] = {"name": str(first["name"]), "faction": faction, "match": str(first["match"])}
        if first["match"] != "exact":
            print(f"No exact match for {spelling!r}: the report keeps the nearest name, {first['name']}. "
                  "Check the suggestions below.")
    book.save()
    for notice in book.take_notices():
        print(notice)
    columns = ["match", "name", "faction", "born", "died", "spelling", "kind_of_spelling"]
    shown = found[columns].astype(object)
    shown = shown.where(shown.notna(), "").rename(columns=lambda c: c.replace("_", " "))
    from .style import table

    return table(shown, f"Who “{spelling}” may be in the course's data")


def note(claim, text) -> None:
    """Keep your own note on a claim for the report (a new note replaces the old one; "" removes it)."""
    number = _claim_number(claim)
    if number is None:
        return
    if not isinstance(text, str):
        print('A note is text in quotes, e.g. fc.note(2, "The ROK was founded in August 1948.").')
        return
    text = text.strip()
    if len(text) > MAX_NOTE:
        print(f"Please keep a note under {MAX_NOTE:,} characters (yours has {len(text):,}).")
        return
    book = _notebook()
    _fresh(book)
    if text:
        book.data["notes"][str(number)] = text
    else:
        book.data["notes"].pop(str(number), None)
    book.save()
    for notice in book.take_notices():
        print(notice)
    print(f"Note {'kept' if text else 'removed'} for claim {number}.")


# --- assembling the report ---------------------------------------------------------------------------

def _exercises() -> dict[str, dict]:
    return {ex["id"]: ex for ex in load_bank(BANK).exercises}


def _latest() -> dict[str, dict]:
    """The latest checked attempt of every exercise (attempts are kept in time order)."""
    latest = {}
    for attempt in store().attempts:
        if isinstance(attempt, dict) and isinstance(attempt.get("exercise"), str):
            latest[attempt["exercise"]] = attempt
    return latest


def _verdict_key(answer) -> str | None:
    if not isinstance(answer, dict) or not isinstance(answer.get("verdict"), str):
        return None
    labels = {**{k.casefold(): k for k in VERDICTS}, **{v.casefold(): k for k, v in VERDICTS.items()}}
    return labels.get(answer["verdict"].strip().casefold())


def rows() -> list[dict]:
    """One row per claim, in the article's order: what the learner found, or "open"."""
    exercises, latest, book = _exercises(), _latest(), _notebook()
    labels = cite_labels(s for claim in CLAIMS for s in exercises[claim.exercise]["sources"])
    book.data = book._read() if book.folder is not None else book.data
    table = []
    for claim in CLAIMS:
        ex = exercises[claim.exercise]
        attempt = latest.get(claim.exercise)
        key = _verdict_key(attempt.get("answer")) if attempt else None
        evidence = attempt["answer"].get("evidence", []) if key else []
        names = book.data["names"].get(str(claim.number), {})
        table.append({
            "claim": claim.number,
            "paragraph": claim.paragraph,
            "text": claim.quote,
            "status": "judged" if key else "open",
            "verdict": VERDICTS[key] if key else "",
            "checked": RESULT_WORDS.get(attempt.get("verdict"), "") if key else "",
            "evidence": [str(e) for e in evidence if isinstance(e, str)],
            "names": [_name_line(spelling, info) for spelling, info in names.items() if isinstance(info, dict)],
            "note": str(book.data["notes"].get(str(claim.number), "")),
            "sources": "; ".join(dict.fromkeys(labels[s] for s in ex["sources"])),
            "source_ids": list(ex["sources"]),
        })
    return table


def _surnames(authors: str) -> str:
    """"Shen & Xia", "Montross & Canzona", "Smith et al.": every author counted, not only the first."""
    names = [a.split(",")[0].strip() for a in str(authors).split(";") if a.strip()]
    if len(names) > 2:
        return f"{names[0]} et al."
    return " & ".join(names) or "Anonymous"


def cite_labels(source_ids) -> dict[str, str]:
    """Short labels for the report's sources, unambiguous among them: "Mikoyan 1956a", "Mikoyan 1956b" for
    three telegrams of one year, the same suffix in every claim and in Works cited. Unknown ids stay as they are."""
    ids = list(dict.fromkeys(source_ids))
    sources = _typed_table("sources").set_index("source_id")
    base = {}
    for source_id in ids:
        if source_id not in sources.index:
            base[source_id] = source_id
            continue
        row = sources.loc[source_id]
        year = "n.d." if pd.isna(row["year"]) else str(row["year"])
        base[source_id] = f"{_surnames(row['authors'])} {year}"
    groups: dict[str, list[str]] = {}
    for source_id in sorted(ids):
        groups.setdefault(base[source_id], []).append(source_id)
    labels = {}
    for label, members in groups.items():
        for i, source_id in enumerate(members):
            labels[source_id] = label if len(members) == 1 else f"{label}{'abcdefghijklmnopqrstuvwxyz'[i % 26]}"
    return {source_id: labels[source_id] for source_id in ids}


def works_cited(table: list[dict]) -> list[tuple[str, str]]:
    """(label, full reference) for every work the report's claims rest on, in the labels' order."""
    ids = sorted({s for r in table for s in r["source_ids"]})
    labels = cite_labels(s for r in table for s in r["source_ids"])
    return sorted(((labels[s], text) for s, text in zip(ids, cite(ids), strict=True)), key=lambda p: p[0].casefold())


def _name_line(spelling: str, info: dict) -> str:
    """"Park Hyun Yong = Pak Hon-yong (Domestic communists ...)": a spelling as the learner resolved it."""
    name, faction = str(info.get("name") or "not found"), str(info.get("faction") or "")
    return f"{spelling} = {name}" + (f" ({faction})" if faction and faction != name else "")


def _extras() -> dict:
    latest = _latest()
    split = latest.get("cap_split")
    reflection = latest.get("cap_reflection")
    return {
        "split": SPLIT_WORDS.get(split.get("verdict"), "") if split else "",
        "reflection": reflection["answer"] if reflection and isinstance(reflection.get("answer"), str) else "",
    }


def _counts(table: list[dict]) -> str:
    judged = sum(r["status"] == "judged" for r in table)
    return f"{judged} of {len(table)} claims judged, {len(table) - judged} open"


def _md(text: str) -> str:
    """Learner text for Markdown: HTML-escaped (Markdown renders raw HTML) and on one line."""
    return escape(" ".join(str(text).split()), quote=False)


def _md_plain(text: str) -> str:
    """The course's own text (a reference) for Markdown: readable as typed, with only angle brackets and
    backquotes backslash-escaped so that a title such as "<다시쓰는 한국현대사>" is not read as an HTML tag."""
    text = " ".join(str(text).split())
    for char in "\\`<>":
        text = text.replace(char, "\\" + char)
    return text


def markdown(learner: str = "") -> str:
    table, extras = rows(), _extras()
    lines = ["# Fact-check report: \"The Red Dynasty's Bloody Road\"", ""]
    if learner:
        lines += [f"**Learner:** {_md(learner)}", ""]
    lines += [f"Written {datetime.now(UTC):%d %B %Y}. {_counts(table)}. The article was written for the course "
              "North Korea 1945–1970 as an exercise.", ""]
    for r in table:
        lines += [f"## Claim {r['claim']} (paragraph {r['paragraph']})", "", f"> {_md(r['text'])}", ""]
        if r["status"] == "open":
            lines += ["- **Verdict:** open (not yet judged)"]
        else:
            lines += [f"- **Verdict:** {r['verdict']} (checked: {r['checked']})"]
            lines += [f"- **Evidence:** {_md(e)}" for e in r["evidence"]]
        lines += [f"- **Name:** {_md(n)}" for n in r["names"]]
        if r["note"]:
            lines += [f"- **Note:** {_md(r['note'])}"]
        lines += [f"- **The course's sources:** {r['sources'] or 'none'}", ""]
    if extras["split"]:
        lines += [f"**Splitting exercise:** {extras['split']}.", ""]
    if extras["reflection"]:
        lines += ["## Reflection", "", _md(extras["reflection"]), ""]
    lines += ["## Works cited", ""] + [f"- **{_md_plain(label)}**: {_md_plain(c)}" for label, c in works_cited(table)]
    return "\n".join(lines) + "\n"


def html(learner: str = "") -> str:
    table, extras = rows(), _extras()
    head = "".join(f'<th scope="col" style="text-align: left">{h}</th>'
                   for h in ("Claim", "Verdict", "Evidence you ticked", "Names", "Your note", "The course's sources"))
    body = []
    for r in table:
        verdict = ("<em>open</em>" if r["status"] == "open"
                   else f"<strong>{escape(r['verdict'])}</strong><br><small>{escape(r['checked'])}</small>")
        items = "".join(f"<li>{escape(e)}</li>" for e in r["evidence"])
        names = "".join(f"<li>{escape(n)}</li>" for n in r["names"])
        body.append(
            f'<tr><th scope="row" style="text-align: left; vertical-align: top">{r["claim"]}. '
            f'<span style="font-weight: normal">{escape(r["text"])}</span></th>'
            f'<td style="vertical-align: top">{verdict}</td>'
            f'<td style="text-align: left; vertical-align: top"><ul>{items}</ul></td>'
            f'<td style="text-align: left; vertical-align: top"><ul>{names}</ul></td>'
            f'<td style="text-align: left; vertical-align: top">{escape(r["note"])}</td>'
            f'<td style="text-align: left; vertical-align: top">{escape(r["sources"])}</td></tr>')
    who = f"<p><strong>Learner:</strong> {escape(learner)}</p>" if learner else ""
    split = f"<p><strong>Splitting exercise:</strong> {escape(extras['split'])}.</p>" if extras["split"] else ""
    reflection = (f"<h3>Reflection</h3><p>{escape(extras['reflection'])}</p>" if extras["reflection"] else "")
    works = "".join(f"<li><strong>{escape(label)}</strong>: {escape(c)}</li>" for label, c in works_cited(table))
    return (f'<div class="nk-report"><h3>Fact-check report</h3>{who}<p>{escape(_counts(table))}.</p>'
            f'<div class="nk-report-scroll" role="region" aria-label="Fact-check report, claim by claim" '
            f'tabindex="0" style="overflow-x: auto; max-width: 100%">'
            f'<table class="nk-report-table"><caption>Your verdicts, evidence, names and notes, claim by claim; '
            f'open claims are still to judge</caption><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody>'
            f"</table></div>{split}{reflection}<details><summary>Works cited</summary><ul>{works}</ul></details></div>")


def csv_text(learner: str = "") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    columns = ["learner", "claim", "paragraph", "text", "status", "verdict", "checked", "evidence", "names",
               "note", "sources"]
    writer.writerow(columns)
    for r in rows():
        values = {**r, "learner": learner, "evidence": " | ".join(r["evidence"]), "names": " | ".join(r["names"])}
        writer.writerow([_cell(str(values[c])) if isinstance(values[c], str) else values[c] for c in columns])
    return buffer.getvalue()


class Report:
    """The report as the notebook shows it: a table (HTML) or one line of text."""

    def __init__(self, learner: str = ""):
        self.learner = learner

    def _repr_html_(self) -> str:
        return html(self.learner)

    def __repr__(self) -> str:
        return f"Fact-check report: {_counts(rows())}"


def report(learner: str = "") -> Report | None:
    """The report so far, shown as a table. Run the cell again after more work."""
    if not isinstance(learner, str):
        print('Give your name as text in quotes, e.g. fc.report("Ana"), or leave it out.')
        return None
    try:
        return Report(learner.strip()[:200])
    except BankError as error:
        print(f"The report cannot be assembled: {error}")
        return None


def export(name: str = "my_fact_check", learner: str = "") -> list[Path] | None:
    """Write the report as NAME.md, NAME.csv and NAME.html (beside the notebook unless NAME has a folder)."""
    if not isinstance(name, str) or not name.strip() or not isinstance(learner, str):
        print('Give a file name in quotes, e.g. fc.export("my_fact_check"), and your name as text if you like.')
        return None
    base = Path(name.strip()).expanduser()
    if base.suffix.lower() in (".md", ".csv", ".html"):
        base = base.with_suffix("")
    elif base.suffix.lower() in OTHER_ENDINGS:
        print(f"Give the name without an ending (got {name[:80]!r}): the report is written as .md, .csv and .html.")
        return None
    learner = learner.strip()[:200]
    try:
        texts = {".md": markdown(learner), ".csv": csv_text(learner)}
        title = "Fact-check report" + (f" by {escape(learner)}" if learner else "")
        texts[".html"] = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                          f"<title>{title}</title>"
                          "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}"
                          "td,th{border-top:1px solid #bbb;padding:4px 8px}</style></head><body>"
                          f"{html(learner)}</body></html>\n")
    except BankError as error:
        print(f"The report cannot be assembled: {error}")
        return None
    written = []
    for suffix, text in texts.items():
        target = base.with_name(base.name + suffix)
        try:
            write_atomically(target, text)
        except OSError as error:
            print(f"Could not write {target}: {error.strerror or error}. Try another folder or name.")
            return None
        written.append(target)
    print(f"Wrote {', '.join(str(p) for p in written)} ({_counts(rows())}).")
    return written
