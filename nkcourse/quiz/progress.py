"""The learner's progress: every checked attempt, kept in one JSON file in a per-user folder.

Why so careful: progress is the learner's own work, often on a laptop that sleeps or a JupyterHub
that culls kernels. The file is written atomically (temp file + os.replace), so a kernel crash leaves the
old file or the new one, never half of one (an OS crash or power cut: see below). A damaged file is
kept aside, renamed with a timestamp, and a fresh one started. A folder that cannot be written (a
read-only home on a hub) means progress is kept in memory for the session, with a notice to the
learner instead of a traceback.

The folder is platformdirs' user_data_dir("nkcourse"), or NKCOURSE_PROGRESS_DIR when that is set.
Every write re-reads the file first, under a file lock (`filelock`), so two notebooks open at once (a
lesson and its exercises) add to one record instead of overwriting each other's attempts; where no lock
can be taken (a read-only or exotic file system) the write goes ahead unlocked rather than failing.
Any damage, of any kind (bad bytes, bad JSON, a wrong shape), is handled the same way: the file is set
aside, a notice is shown once, and the attempts this kernel holds are written into the fresh file.

When the disk is asked to keep the file (fsync), and why not on the click: a Check click writes the
new file and swaps it in with os.replace before it returns. From that moment the attempt is in the
operating system's page cache: every process (a restarted kernel, a second notebook, the instructor's
export) reads the new file, and a kernel that crashes or is killed loses nothing, because the page
cache belongs to the OS, not to the kernel; the OS writes it to disk within seconds. fsync asks for it
now, but on this course's shared Linux machine it cost 2.8 ms median, 9 ms p95, per click when others
were using the disk (an ext4 fsync waits for the journal commit, which carries other people's writes),
and made the whole click about 8 ms instead of 4 ms (benchmarks/bench_quiz.py; the aim is 5 ms). So on
Linux and macOS a progress write is fsynced in a background thread right after the swap, through the
written file's own descriptor (kept open past the rename, which POSIX allows; the thread never opens
progress.json by name, so it cannot stand in the way of the next swap), then its folder, so that the
rename is kept too; normally within a few milliseconds, and at the latest when the kernel exits
normally (atexit waits for it up to 5 s). On Windows an open file cannot be renamed and a folder cannot
be flushed, so the temp file is fsynced through its own handle before the swap, on the click; and the
swap is tried again a few times (0.6 s in all) when a virus scanner or indexer holds the file, before
progress falls back to memory.

What an OS crash or a power cut can cost. Kernel restarts, crashes, culling, double clicks and two
kernels writing at once lose nothing (tests/quiz/test_progress_robust.py: two processes x 200 records
keep all 400; a process killed right after its click has already swapped in the file). An OS crash or
power cut in the few milliseconds between a click and its flush is another matter: on file systems that
may put the rename on disk before the data it names (XFS, ext4 mounted with noauto_da_alloc, others;
ext4's default `auto_da_alloc` orders them) progress.json can come back empty after the restart, which
would be the whole record, not only the last click. Hence progress.json.prev: before each save the
record as it was (already flushed by the click before, in all but a burst of clicks) gets a second
name, a hard link, which costs one link per click and no bytes copied. When progress.json is found empty
or damaged, it is set aside as any damage is, and the attempts of progress.json.prev, with any the
kernel still holds, start the fresh file, with a notice; so such a crash costs the last click, or the
last few of a burst made within milliseconds, not the record. If both were lost (the previous file's
flush, too, had not reached the disk), the record is lost; no course on a page cache can promise more
without an fsync on every click. A missing progress.json is not damage (a learner may delete it to
start again): the copy is not used then. Exports and reports, written once and not on a click, are
fsynced before the swap (`write_atomically`'s default).
"""

from __future__ import annotations

import atexit
import csv
import io
import json
import math
import numbers
import os
import shutil
import stat
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import filelock
import ipywidgets as widgets
import numpy as np
import pandas as pd
import platformdirs

from .bank import readable_banks
from .check import plural

FILE_NAME = "progress.json"
PREVIOUS_NAME = "progress.json.prev"  # the record as it was before the last save (see the docstring)
LOCK_NAME = ".progress.json.lock"
LOCK_TIMEOUT = 10.0  # seconds; a write waits this long for another kernel's write, then goes ahead
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


def _new_file_mode() -> int:
    """The mode a new file gets from the user's umask (0o644 with the usual 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class _Flusher:
    """fsyncs files soon after they were swapped in, and the folders that name them, in one daemon
    thread; `wait` returns once everything asked for is on disk (atexit calls it).

    It is handed the written file's own descriptor, kept open past the rename (POSIX lets an open file
    be renamed and replaced), and never opens the progress file by its name: so it holds nothing that
    could stand in the way of the next click's swap, and it flushes exactly the bytes that were
    written. When a newer file for the same path arrives before the older one was flushed, the older
    one (already replaced, so no longer anyone's record) is closed unflushed: the newer holds every
    attempt it held. Not used on Windows, where a file cannot be renamed while open: see
    `write_atomically`."""

    def __init__(self):
        self._pending: dict[Path, int] = {}
        self._reset()
        atexit.register(self.wait)
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=self._after_fork)

    def _reset(self) -> None:
        self._changed = threading.Condition()
        self._pending = {}
        self._busy = False
        self._thread: threading.Thread | None = None

    def _after_fork(self) -> None:
        """A forked child starts with no thread and a free lock; the descriptors it inherited are the
        parent's to flush, so the child only closes its copies."""
        for descriptor in self._pending.values():
            _close(descriptor)
        self._reset()

    def request(self, path: Path, descriptor: int) -> None:
        """Flush the file open at `descriptor` (now named `path`) and `path`'s folder; closes the
        descriptor when done."""
        with self._changed:
            older = self._pending.pop(path, None)
            if older is not None:
                _close(older)
            self._pending[path] = descriptor
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="nkcourse-progress-fsync", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._pending)
                batch, self._pending, self._busy = self._pending, {}, True
            try:
                for path, descriptor in batch.items():
                    try:
                        _fsync(descriptor)
                    finally:
                        _close(descriptor)
                    _fsync_folder(path.parent)
            finally:
                with self._changed:
                    self._busy = False
                    self._changed.notify_all()

    def wait(self, timeout: float = 5.0) -> bool:
        """Wait until every requested file is flushed; False if that took longer than `timeout` s."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._pending and not self._busy, timeout)


def _close(descriptor: int) -> None:
    try:
        os.close(descriptor)
    except OSError:
        pass


def _fsync(descriptor: int) -> bool:
    """fsync, True if the OS says the data is on disk; a failure is not the learner's to handle (the
    file is in the OS's cache and reaches the disk in the OS's own time), so it is not raised."""
    try:
        os.fsync(descriptor)
    except OSError:
        return False
    return True


def _fsync_folder(folder: Path) -> None:
    """Ask the disk to keep the folder's entries (the rename) where the OS lets a folder be opened (POSIX)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        _fsync(descriptor)
    finally:
        _close(descriptor)


_FLUSHER = _Flusher()
WINDOWS = os.name == "nt"
REPLACE_TRIES = 6 if WINDOWS else 1  # Windows: a virus scanner or indexer may hold the file for a moment
REPLACE_PAUSE = 0.02  # seconds before the 2nd try, doubled for each next one (0.62 s in all on Windows)


def flush_pending(timeout: float = 5.0) -> bool:
    """Wait for the background fsync of the progress file (see the module's docstring)."""
    return _FLUSHER.wait(timeout)


def _replace(source: Path, target: Path) -> None:
    """os.replace, tried again a few times on Windows when another program holds the file a moment."""
    pause = REPLACE_PAUSE
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(pause)
            pause *= 2


def write_atomically(path: Path, text: str, *, fsync_later: bool = False) -> None:
    """Write text to a temp file beside `path`, flush it to disk, then swap it in with os.replace.

    With `fsync_later` the swap comes first and the flush to disk follows in the background (the
    click path: see the module's docstring), except on Windows, where an open file cannot be renamed:
    there the temp file is flushed through its own handle before the swap, as without `fsync_later`.
    The new file keeps the mode of the file it replaces, or the user's normal mode for a new file (a
    temp file would otherwise leave it readable by its owner only). Text that cannot be encoded (a
    lone surrogate from a learner's string) is written as a backslash escape, which JSON reads back."""
    later = fsync_later and not WINDOWS
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = _new_file_mode()
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    kept = -1
    try:
        with open(descriptor, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
            handle.flush()
            if later:
                kept = os.dup(handle.fileno())  # for the background flush, past the rename
            else:
                os.fsync(handle.fileno())
        os.chmod(temp, mode)
        _replace(temp, path)
    except BaseException:
        if kept >= 0:
            _close(kept)
        temp.unlink(missing_ok=True)
        raise
    if later:
        _FLUSHER.request(path, kept)


@contextmanager
def _locked(folder: Path) -> Iterator[bool]:
    """Hold the folder's progress lock while the block runs; yields whether a lock is held. Where no
    lock can be taken (read-only folder, a file system without locks, a stuck lock) the block runs
    anyway: a rare lost attempt is better than a learner who cannot save at all."""
    lock = filelock.FileLock(folder / LOCK_NAME, timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except (filelock.Timeout, OSError, NotImplementedError, RuntimeError):
        yield False
        return
    try:
        yield True
    finally:
        try:
            lock.release()
        except OSError:
            pass


def _parse(raw: bytes) -> list[dict] | None:
    """The attempts in a progress file's bytes, or None when they are not a progress record."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # a BOM, as some editors save, is not damage
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None
    if not isinstance(data, dict) or not isinstance(data.get("attempts"), list):
        return None
    if not all(isinstance(a, dict) and isinstance(a.get("exercise"), str) for a in data["attempts"]):
        return None
    return data["attempts"]


def _keep_previous(path: Path) -> None:
    """Keep the record as it is now as progress.json.prev before a save replaces it: a second name for
    the same file (a hard link: no bytes copied), or a copy where the file system has no hard links.
    Called under the progress lock, on a file just read and found sound. Best effort: a failure here
    costs only the fallback, never the save."""
    previous = path.with_name(PREVIOUS_NAME)
    try:
        previous.unlink(missing_ok=True)
        os.link(path, previous)
    except FileNotFoundError:  # no record yet: nothing to keep
        return
    except OSError:
        try:
            shutil.copyfile(path, previous)
        except OSError:
            pass


def _merge(previous: list[dict], held: list[dict]) -> list[dict]:
    """The attempts of the previous copy, then those the kernel holds that it lacks (each attempt counted
    as often as it occurs, so two equal attempts, a double click, stay two)."""
    counts: dict[str, int] = {}
    for attempt in previous:
        key = json.dumps(attempt, sort_keys=True)
        counts[key] = counts.get(key, 0) + 1
    merged = list(previous)
    for attempt in held:
        key = json.dumps(attempt, sort_keys=True)
        if counts.get(key):
            counts[key] -= 1
        else:
            merged.append(attempt)
    return merged


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
        self.attempts = self._load()

    @property
    def path(self) -> Path | None:
        return self.folder / FILE_NAME if self.folder else None

    @property
    def saved(self) -> bool:
        """True once the attempts are in the file (not before the first one, nor in memory-only mode)."""
        try:
            return self.path is not None and self.path.is_file()
        except OSError:
            return False

    def _to_memory(self, error: OSError, where: Path | None = None) -> None:
        """Keep attempts in memory from now on; `where` names the file when it, not the folder, is at fault."""
        self.notices.append(
            f"Your progress cannot be saved in {where or self.folder} ({error.strerror or error}). It is kept only "
            "until the notebook's kernel stops. To keep it, set NKCOURSE_PROGRESS_DIR to a folder you can write to."
        )
        self.folder = None

    def _load(self) -> list[dict]:
        """The attempts on disk. A damaged file is renamed aside (never deleted); the attempts of the copy
        kept before the last save (progress.json.prev) and those this kernel holds are then written into
        a fresh file, so that damage never costs a session's work nor, after a power cut that left the
        file empty, the record."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as error:
            self._to_memory(error, self.path)
            return self.attempts
        attempts = _parse(raw)
        if attempts is not None:
            return attempts
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = self.path.with_name(f"progress.damaged-{stamp}.json")
        try:
            os.replace(self.path, aside)
        except OSError as error:
            self._to_memory(error)
            return self.attempts
        held = list(self.attempts)
        try:
            previous = _parse(self.path.with_name(PREVIOUS_NAME).read_bytes()) or []
        except OSError:
            previous = []
        merged = _merge(previous, held)
        restored = len(merged) - len(held)
        kept = f" The {len(held)} attempts of this session were written into it." if held else ""
        if restored:
            kept += (f" {plural(restored, 'earlier attempt')} {'was' if restored == 1 else 'were'} restored from the "
                     "copy kept before the last save; an attempt checked just before the damage may be missing.")
        self.notices.append(f"Your progress file was damaged. It was kept as {aside} and a new one was started.{kept}")
        if merged:
            self._write(merged)
        return merged

    def _write(self, attempts: list[dict]) -> None:
        _keep_previous(self.path)
        try:
            write_atomically(self.path, json.dumps({"version": 1, "attempts": attempts}, ensure_ascii=False),
                             fsync_later=True)
        except OSError as error:
            self._to_memory(error, self.path if self.path.exists() and not self.path.is_file() else None)

    def refresh(self) -> list[dict]:
        """Read the file again: answers given in another notebook (another kernel) count too."""
        if self.folder is not None:
            with _locked(self.folder):
                self.attempts = self._load()
        return self.attempts

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
        with _locked(self.folder):  # read-modify-write as one step against other kernels
            attempts = [*self._load(), attempt]
            self.attempts = attempts
            if self.folder is not None:
                self._write(attempts)

    def tried(self, exercise_id: str) -> bool:
        return any(a["exercise"] == exercise_id for a in self.attempts)

    def checked(self, exercise_id: str) -> int:
        """How many graded attempts (not reflections saved) this exercise has had."""
        return sum(a["exercise"] == exercise_id and a.get("verdict") != "saved" for a in self.attempts)

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
    if current.path is None:
        where = "Kept in memory only: it is lost when the kernel stops."
    elif current.saved:
        where = f"Saved in {escape(str(current.path))}."
    else:
        where = f"Nothing saved yet: your answers will be saved in {escape(str(current.path))} once you check one."
    notes = "".join(f"<p><strong>Note:</strong> {escape(n)}</p>" for n in current.take_notices() + problems)
    return (f'<table class="nk-progress-table"><caption>Your progress: "done" counts exercises answered '
            f'correctly or saved</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
            f"<p>{where}</p>{notes}")


class ProgressBox(widgets.VBox):
    """The progress table with its Refresh button; `table` and `refresh` are attributes for tests."""

    def __init__(self):
        store().refresh()
        self.table = widgets.HTML(_progress_html())
        self.refresh = widgets.Button(description="Refresh", tooltip="Read your saved attempts again",
                                      icon="refresh")
        self.refresh.add_class("nk-refresh")
        self.refresh.on_click(self.update)
        super().__init__([self.table, self.refresh])
        self.add_class("nk-progress")

    def update(self, _button=None) -> None:
        store().refresh()  # answers given in another notebook since this table was drawn count too
        self.table.value = _progress_html()

    def __repr__(self) -> str:  # the notebook's text/plain output, shown before the cell is run
        return "Your progress table (run this cell to see it)"


def progress() -> ProgressBox:
    """A table of done and total exercises per unit, with a button to refresh it after more work."""
    return ProgressBox()


def _cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (learner text can start with '=')."""
    text = value if isinstance(value, str) else "" if value is None else json.dumps(value, ensure_ascii=False)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_safe(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table whose text cells are guarded like an export's (see _cell), ready for to_csv:
    a merged class table holds learners' names and answers, which may start with '='."""
    def guard(value):
        if value is None or (not isinstance(value, str | list | dict) and pd.isna(value)):
            return ""
        return _cell(value) if isinstance(value, str | list | dict) else value

    return table.map(guard)


_PLACEHOLDERS = {"your name", "their name", "name", "learner", "me"}


def export_progress(path: str | os.PathLike = "my_progress.csv", learner: str = "") -> Path | None:
    """Write the learner's attempts to a .csv or .json file for an instructor; returns the path written.

    The learner's name is required (an instructor merging a class's files must know whose each is):
    `export_progress("my_progress.csv", learner="Your Name")`."""
    target = Path(path).expanduser()
    name = learner.strip() if isinstance(learner, str) else ""
    if not name or name.casefold() in _PLACEHOLDERS:
        print('Please put your name in the call, so that your instructor knows whose work this is: '
              f'nk.export_progress("{target.name[:60]}", learner="Your Name"). Replace \'Your Name\' with '
              'your own name. Nothing was written.')
        return None
    if target.suffix not in (".csv", ".json"):
        print(f"Please give a file name ending in .csv or .json (got {str(path)[:80]!r}).")
        return None
    current = store()
    current.refresh()
    attempts = [{"learner": name, **a} for a in current.attempts]
    if target.suffix == ".json":
        rows, _ = summary()
        text = json.dumps({"learner": name, "exported": datetime.now(UTC).isoformat(timespec="seconds"),
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
    print(f"Saved {plural(len(attempts), 'attempt')} by {name} to {target}.")
    return target


def merge_exports(folder: str | os.PathLike) -> tuple[pd.DataFrame, list[str]]:
    """A class's exported files (.csv and .json in one folder) as one table, with a `file` column, and
    the problems found, in words: files without a learner's name, names found in more than one file,
    files that cannot be read. Nothing is dropped: an unnamed file's attempts are kept under
    "(no name: <file>)"."""
    frames, problems, names = [], [], {}
    where = Path(folder).expanduser()
    if not where.is_dir():
        problems.append(f"{folder}: folder not found.")
    paths = sorted(p for p in where.glob("*") if p.suffix in (".csv", ".json") and p.is_file())
    if not paths and where.is_dir():
        problems.append(f"No .csv or .json files in {folder}.")
    for path in paths:
        try:
            if path.suffix == ".json":
                data = json.loads(path.read_text(encoding="utf-8-sig"))
                frame = pd.DataFrame(data["attempts"])
                if "learner" not in frame:
                    frame["learner"] = data.get("learner", "")
            else:
                frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            if "exercise" not in frame or "learner" not in frame:
                raise ValueError("no learner or exercise column")
        except (OSError, ValueError, KeyError, TypeError, RecursionError, pd.errors.ParserError) as error:
            problems.append(f"{path.name}: cannot be read as a progress export ({type(error).__name__}); "
                            "it is not in the table.")
            continue
        learners = {str(v).strip() for v in frame["learner"].fillna("")} - {""}
        if not learners:
            problems.append(f"{path.name}: exported without a learner's name ({plural(len(frame), 'attempt')}); "
                            f"kept as \"(no name: {path.name})\". Ask who it belongs to.")
            frame["learner"] = f"(no name: {path.name})"
        for learner in learners:
            # "Ann" and "ann " are the same name for this check: case and spacing differ by accident
            names.setdefault(" ".join(learner.split()).casefold(), []).append((learner, path.name))
        frames.append(frame.assign(file=path.name))
    for found in names.values():
        files = list(dict.fromkeys(file for _, file in found))
        if len(files) > 1:
            spellings = list(dict.fromkeys(name for name, _ in found))
            also = (f" (also written {', '.join(repr(s) for s in spellings[1:])})" if len(spellings) > 1 else "")
            problems.append(f"The name {spellings[0]!r}{also} is in {len(files)} files ({', '.join(files)}): one "
                            "learner who exported twice, or two learners with the same name? Check before grading.")
    columns = ["learner", "file", "time", "bank", "exercise", "kind", "verdict", "answer"]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    return table[[c for c in columns if c in table] + [c for c in table if c not in columns]], problems
