"""The learner's progress: every checked attempt, kept in one JSON file in a per-user folder.

Why so careful: progress is the learner's own work, often on a laptop that sleeps or a JupyterHub
that culls kernels. The file is written atomically (temp file + os.replace), so a crash leaves the old
file or the new one, never half of one. A damaged file is kept aside, renamed with a timestamp, and a
fresh one started. A folder that cannot be written (a read-only home on a hub) means progress is kept
in memory for the session, with a notice to the learner instead of a traceback.

The folder is platformdirs' user_data_dir("nkcourse"), or NKCOURSE_PROGRESS_DIR when that is set.
Every write re-reads the file first, so two notebooks open at once (a lesson and its exercises) add to
one record instead of overwriting each other's attempts.
"""

from __future__ import annotations

import csv
import io
import json
import math
import numbers
import os
import tempfile
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pandas as pd
import platformdirs

from .bank import readable_banks

FILE_NAME = "progress.json"
DONE = ("correct", "saved")


def progress_folder() -> Path:
    override = os.environ.get("NKCOURSE_PROGRESS_DIR")
    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir("nkcourse", False))


def _jsonable(value, depth: int = 0):
    """The answer as JSON: text and numbers as they are (long text cut), containers up to a size,
    anything else (a learner's DataFrame) described by its type and shape rather than stored."""
    if value is None or isinstance(value, bool | np.bool_):
        return None if value is None else bool(value)
    if isinstance(value, str):
        return str.__str__(value)[:20_000]
    if isinstance(value, numbers.Integral):
        return int(value) if abs(int(value)) < 10**18 else "(a very large number)"
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else str(number)
    if isinstance(value, list | tuple | set | frozenset) and depth < 3:
        return [_jsonable(v, depth + 1) for v in list(value)[:100]]
    if isinstance(value, dict) and depth < 3:
        return {str.__str__(k)[:200] if isinstance(k, str) else f"({type(k).__name__})": _jsonable(v, depth + 1)
                for k, v in list(value.items())[:100]}
    if isinstance(value, pd.DataFrame | pd.Series | np.ndarray):
        return f"({type(value).__name__} of shape {value.shape})"
    return f"({type(value).__name__})"


def write_atomically(path: Path, text: str) -> None:
    """Write text to a temp file beside `path`, flush it to disk, then swap it in with os.replace."""
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


class Store:
    """The attempts of one learner in one folder (or in memory only, when the folder is unusable)."""

    def __init__(self, folder: Path):
        self.folder: Path | None = folder
        self.attempts: list[dict] = []
        self.notices: list[str] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._to_memory(error)
            return
        self.attempts = self._read()

    @property
    def path(self) -> Path | None:
        return self.folder / FILE_NAME if self.folder else None

    def _to_memory(self, error: OSError) -> None:
        self.notices.append(
            f"Your progress cannot be saved in {self.folder} ({error.strerror or error}). It is kept only "
            "until the notebook's kernel stops. To keep it, set NKCOURSE_PROGRESS_DIR to a folder you can write to."
        )
        self.folder = None

    def _read(self) -> list[dict]:
        """The attempts on disk; a damaged file is renamed aside (never deleted) and [] returned."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as error:
            self._to_memory(error)
            return self.attempts
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or not isinstance(data.get("attempts"), list) or not all(
                    isinstance(a, dict) and isinstance(a.get("exercise"), str) for a in data["attempts"]):
                raise ValueError("not a progress record")
            return data["attempts"]
        except (ValueError, RecursionError):
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            aside = self.path.with_name(f"progress.damaged-{stamp}.json")
            try:
                os.replace(self.path, aside)
            except OSError as error:
                self._to_memory(error)
                return []
            self.notices.append(f"Your progress file was damaged. It was kept as {aside} and a new one was started.")
            return []

    def record(self, exercise: dict, verdict: str, answer) -> None:
        attempt = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "bank": exercise.get("bank", ""),
            "exercise": exercise["id"],
            "kind": exercise["kind"],
            "verdict": verdict,
            "answer": _jsonable(answer),
        }
        if self.folder is None:
            self.attempts.append(attempt)
            return
        attempts = [*self._read(), attempt]
        self.attempts = attempts
        if self.folder is None:
            return
        try:
            write_atomically(self.path, json.dumps({"version": 1, "attempts": attempts}, ensure_ascii=False))
        except OSError as error:
            self._to_memory(error)

    def tried(self, exercise_id: str) -> bool:
        return any(a["exercise"] == exercise_id for a in self.attempts)

    def take_notices(self) -> list[str]:
        """Notices not yet shown to the learner (each is shown once)."""
        notices, self.notices = self.notices, []
        return notices


_STORES: dict[Path, Store] = {}


def store() -> Store:
    """The store for the current progress folder (a new one when NKCOURSE_PROGRESS_DIR changes)."""
    folder = progress_folder()
    if folder not in _STORES:
        _STORES[folder] = Store(folder)
    return _STORES[folder]


def summary() -> tuple[list[dict], list[str]]:
    """Per bank: unit, title, exercises done (correct or saved), attempted and total; and unreadable banks."""
    attempts = store().attempts
    done = {a["exercise"] for a in attempts if a.get("verdict") in DONE}
    tried = {a["exercise"] for a in attempts}
    rows = []
    banks, problems = readable_banks()
    for bank in banks:
        ids = {ex["id"] for ex in bank.exercises}
        rows.append({"unit": bank.unit, "bank": bank.name, "title": bank.title, "done": len(ids & done),
                     "attempted": len(ids & tried), "total": len(ids)})
    return sorted(rows, key=lambda row: row["unit"]), problems


def _progress_html() -> str:
    rows, problems = summary()
    current = store()
    head = "".join(f'<th scope="col" style="text-align: left">{h}</th>'
                   for h in ("Unit", "Exercises", "Done", "Tried", "Total"))
    body = "".join(
        f"<tr><td>{r['unit']}</td><th scope=\"row\" style=\"text-align: left\">{escape(r['title'])}</th>"
        f"<td>{r['done']}</td><td>{r['attempted']}</td><td>{r['total']}</td></tr>" for r in rows)
    where = (f"Saved in {escape(str(current.path))}." if current.path
             else "Kept in memory only: it is lost when the kernel stops.")
    notes = "".join(f"<p><strong>Note:</strong> {escape(n)}</p>" for n in current.take_notices() + problems)
    return (f'<table class="nk-progress-table"><caption>Your progress: "done" counts exercises answered '
            f'correctly or saved</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
            f"<p>{where}</p>{notes}")


def progress() -> widgets.VBox:
    """A table of done and total exercises per unit, with a button to refresh it after more work."""
    table = widgets.HTML(_progress_html())
    refresh = widgets.Button(description="Refresh", tooltip="Count your attempts again", icon="refresh")
    refresh.add_class("nk-refresh")

    def update(_button) -> None:
        table.value = _progress_html()

    refresh.on_click(update)
    box = widgets.VBox([table, refresh])
    box.add_class("nk-progress")
    return box


def _cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (learner text can start with '=')."""
    text = value if isinstance(value, str) else "" if value is None else json.dumps(value, ensure_ascii=False)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_progress(path: str | os.PathLike, learner: str = "") -> Path | None:
    """Write the learner's attempts to a .csv or .json file for an instructor; returns the path written."""
    target = Path(path).expanduser()
    attempts = [{"learner": learner, **a} for a in store().attempts]
    if target.suffix not in (".csv", ".json"):
        print(f"Please give a file name ending in .csv or .json (got {str(path)[:80]!r}).")
        return None
    if target.suffix == ".json":
        rows, _ = summary()
        text = json.dumps({"learner": learner, "exported": datetime.now(UTC).isoformat(timespec="seconds"),
                           "summary": rows, "attempts": attempts}, indent=1, ensure_ascii=False)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        columns = ["learner", "time", "bank", "exercise", "kind", "verdict", "answer"]
        writer.writerow(columns)
        writer.writerows([_cell(a.get(c, "")) for c in columns] for a in attempts)
        text = buffer.getvalue()
    try:
        write_atomically(target, text)
    except OSError as error:
        print(f"Could not write {target}: {error.strerror or error}. Try another folder.")
        return None
    print(f"Saved {len(attempts)} attempts to {target}.")
    return target
