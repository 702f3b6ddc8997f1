"""The widgets over the checking core: one frame for every exercise, one small builder per kind.

The frame is the same for every kind: the prompt, the kind's controls, then Check, Hint and Solution
buttons, the hints, the feedback and the solution. Only standard ipywidgets are used (radio buttons,
checkboxes, text boxes, buttons), so everything works by keyboard and every control carries a visible
label (`description`) and a `tooltip`. Ordering and matching use one row of radio buttons per item (the
positions, or the choices) rather than drag and drop or dropdowns: JupyterLab 4 takes keys typed on a
focused dropdown for its notebook shortcuts, while every radio button is a Tab stop of its own, Space
picks it, and a screen reader hears which one is chosen. Feedback starts with a word ("Correct.",
"Not quite."), never colour alone. All text that reaches an HTML widget, the learner's and the bank's,
goes through html.escape.

Stable CSS classes for browser tests: nk-exercise (the frame), nk-kind-<kind>, nk-prompt, nk-check,
nk-hint, nk-solution (buttons), nk-hints, nk-feedback, nk-solution-text (output areas), nk-bank,
nk-error, nk-progress, nk-row (one item's row of radio buttons in an order or match exercise).

For screen readers (issue 19) the front-end piece shipped with the package (nkcourse/labextension) adds
what ipywidgets cannot: each row of an order or match exercise becomes a radio group named by the row's
tooltip and its place ("Position of: the armistice, item 2 of 5"), each option says "2 of 5", and the
hint, feedback and solution areas are live regions, so every reply is announced. The row tooltips below
are therefore the group names a screen reader speaks.
"""

from __future__ import annotations

import os
import random
import weakref
from html import escape

import ipywidgets as widgets

from .bank import VERDICTS, BankError, find_exercise, load_bank
from .check import UNCHECKABLE, WORDS, Result, check_answer, solution_lines
from .progress import DONE, store

_STYLE = {"description_width": "initial"}
# ipywidgets cuts long labels with an ellipsis on one line; an option or a piece of evidence must be
# read in full, so labels inside an exercise wrap instead.
_CSS = """<style>
.nk-exercise .widget-checkbox { height: auto; min-height: var(--jp-widgets-inline-height); }
.nk-exercise .widget-radio-box label { height: auto; display: flex; align-items: flex-start; }
.nk-exercise .widget-radio-box input { order: -1; flex: none; float: none; }
.nk-exercise .widget-label-basic, .nk-exercise .widget-label-basic span, .nk-exercise .widget-radio-box label,
.nk-exercise .nk-row > .widget-label { white-space: normal; overflow: visible; text-overflow: clip; }
.nk-exercise .nk-row { flex-wrap: wrap; height: auto; }
.nk-exercise .nk-row > .widget-label { flex: 1 0 100%; max-width: 100%; height: auto; text-align: left;
  font-weight: 600; line-height: 1.35; padding: 4px 0 0 0; }
.nk-exercise .nk-row > .widget-radio-box { flex-wrap: wrap; margin-bottom: 8px !important; }
.nk-exercise .widget-checkbox input { flex: none; }
</style>"""
_BORDER = {"correct": "#0072B2", "saved": "#0072B2", "partly": "#E69F00", "incorrect": "#D55E00",
           "invalid": "#999999"}
SOLUTION_AFTER = 2  # checked attempts before the solution opens (or the last hint, or a right answer)
_instructor: bool | None = None
_live: weakref.WeakSet[ExerciseBox] = weakref.WeakSet()


def instructor_mode(on: bool = True) -> None:
    """Let solutions open before any attempt, for every exercise shown in this kernel.

    One line for an instructor: `nkcourse.quiz.instructor_mode(True)`; or start Jupyter with
    NKCOURSE_INSTRUCTOR=1. Exercises already on screen follow at once.
    """
    global _instructor
    _instructor = bool(on)
    for box in list(_live):
        box.update_solution_button()
    state = "on: solutions open at once" if on else "off: solutions open after two tries or the last hint"
    print(f"Instructor mode is {state}.")


def _is_instructor() -> bool:
    if _instructor is not None:
        return _instructor
    return os.environ.get("NKCOURSE_INSTRUCTOR", "").strip().lower() in ("1", "true", "yes", "on")


# --- text shared by the widgets and by check() -----------------------------------------------------

def _sources(ex: dict) -> str:
    """Short citations for the exercise's sources, or the bare ids where the data layer cannot say."""
    if not ex["sources"]:
        return ""
    try:
        from nkcourse.data import short_cite  # lazily: the engine must work before the data does

        return short_cite(ex["sources"])
    except Exception:  # a missing or broken sources.csv must not hide the feedback itself
        return "; ".join(ex["sources"])


def feedback_text(result: Result, ex: dict, notices: list[str] = ()) -> str:
    """The feedback as plain text (printed by check())."""
    lines = [str(result)]
    if result.verdict in ("correct", "saved"):
        lines.append(f"Why: {ex['explanation']}")
        if ex["sources"]:
            lines.append(f"Evidence: {_sources(ex)}")
    return "\n".join(lines + [f"Note: {n}" for n in notices])


def feedback_html(result: Result, ex: dict, notices: list[str] = (), note: str = "", word: str = "") -> str:
    """The same feedback as escaped HTML, for the feedback area of the frame. `word` replaces the
    verdict's word ("Saved again." for a reflection saved a second time)."""
    parts = [f"<p><em>{escape(note)}</em></p>"] if note else []
    message = "<br>".join(escape(line) for line in result.message.split("\n"))
    parts.append(f"<p><strong>{escape(word or WORDS[result.verdict])}</strong> {message}</p>")
    if result.items:
        parts.append("<ul>" + "".join(
            f"<li><strong>{escape(i.tag)}:</strong> {escape(i.label)}"
            + (f" — {escape(i.text)}" if i.text else "") + "</li>" for i in result.items) + "</ul>")
    if result.verdict in ("correct", "saved"):
        parts.append(_explanation_html(ex))
    parts += [f"<p><strong>Note:</strong> {escape(n)}</p>" for n in notices]
    # no role/aria-live here: the feedback area around it is the live region (set by the front-end piece,
    # nkcourse/labextension, before any reply arrives), and a nested live region would be read twice
    return (f'<div style="border-left: 4px solid {_BORDER[result.verdict]}; '
            f'padding-left: 8px">{"".join(parts)}</div>')


def _explanation_html(ex: dict) -> str:
    evidence = f"<p><strong>Evidence:</strong> {escape(_sources(ex))}</p>" if ex["sources"] else ""
    return f"<p><strong>Why:</strong> {escape(ex['explanation'])}</p>{evidence}"


def solution_html(ex: dict) -> str:
    lines = "".join(f"<li>{escape(line)}</li>" for line in solution_lines(ex))
    return f"<div><p><strong>Solution</strong></p><ul>{lines}</ul>{_explanation_html(ex)}</div>"


# --- one builder per kind: (controls, read) where read() gives the answer in the checker's shape ------

def _wide() -> widgets.Layout:
    return widgets.Layout(width="auto")


def _label(text: str) -> widgets.HTML:
    return widgets.HTML(f"<p><strong>{escape(text)}</strong></p>")


def _radio(options: list, description: str, tooltip: str) -> widgets.RadioButtons:
    radio = widgets.RadioButtons(options=options, value=None, description=description, tooltip=tooltip,
                                 style=_STYLE, layout=_wide())
    radio.add_class("nk-options")
    return radio


def _checkboxes(texts: list[str], tooltip: str) -> list[widgets.Checkbox]:
    return [widgets.Checkbox(value=False, description=t, tooltip=tooltip, indent=False, layout=_wide())
            for t in texts]


_SIDE_BY_SIDE = 30  # options up to this many characters go side by side in a row; longer ones one a line


def _rows(labels: list[str], options: list, tooltip: str) -> list[widgets.RadioButtons]:
    """One row of radio buttons per item: the item's text on a line of its own, its options below it,
    side by side when they are short (wrapping on a narrow screen), else one a line so that long ones can
    be read. Tab reaches every option, Space picks one."""
    texts = [o[0] if isinstance(o, tuple) else o for o in options]
    orientation = "horizontal" if max(map(len, texts)) <= _SIDE_BY_SIDE else "vertical"
    rows = []
    for label in labels:
        row = widgets.RadioButtons(options=options, value=None, description=label, tooltip=tooltip.format(label),
                                   orientation=orientation, style=_STYLE, layout=_wide())
        row.add_class("nk-row")
        rows.append(row)
    return rows


def _single(ex: dict):
    radio = _radio([o["text"] for o in ex["options"]], "Your answer:",
                   "Choose one option: Tab moves between the options, Space selects one")
    return [radio], lambda: radio.value


def _multiple(ex: dict):
    boxes = _checkboxes([o["text"] for o in ex["options"]], "Tick every option that applies")
    return [_label("Tick all that apply:"), *boxes], lambda: [b.description for b in boxes if b.value]


def _shuffled(texts: list[str], seed: str) -> list[str]:
    """The same order every time for one exercise, and never the answer itself."""
    order = list(texts)
    random.Random(seed).shuffle(order)
    return order[1:] + order[:1] if order == texts else order


def _order(ex: dict):
    texts = [item["text"] for item in ex["items"]]
    n = len(texts)
    positions = [(f"{k} (earliest)" if k == 1 else f"{k} (latest)" if k == n else str(k), k)
                 for k in range(1, n + 1)]
    rows = _rows(_shuffled(texts, ex["id"]), positions, "Position of: {}")
    label = _label(f"Give each item its position in time: 1 is the earliest, {n} the latest.")
    return [label, *rows], lambda: {r.description: r.value for r in rows}


def _match(ex: dict):
    choices = ex.get("choices") or sorted({p["answer"] for p in ex["pairs"]})
    rows = _rows([p["item"] for p in ex["pairs"]], choices, "Choose the match for: {}")
    return [_label("Choose a match for each item:"), *rows], lambda: {r.description: r.value for r in rows}


def _numeric(ex: dict):
    # A Text box, not a FloatText: it can tell "nothing typed" from 0, and "eight" gets a message
    # instead of silently turning back into the previous number.
    box = widgets.Text(value="", placeholder=f"a number, in {ex['unit']}", description=f"Your answer ({ex['unit']}):",
                       tooltip="Type a number, e.g. 8 or 3.5", style=_STYLE, layout=_wide())
    return [box], lambda: box.value


def _chart(ex: dict):
    return _single(ex) if ex["answer_type"] == "choice" else _numeric(ex)


def _verdict(ex: dict):
    claim = widgets.HTML(f'<blockquote><strong>Claim:</strong> {escape(ex["claim"])}</blockquote>')
    radio = _radio([(label, key) for key, label in VERDICTS.items()], "Your verdict:",
                   "Choose one verdict: Tab moves between them, Space selects one")
    boxes = _checkboxes([e["text"] for e in ex["evidence"]], "Tick if this evidence decides the claim")
    evidence = _label("Tick the evidence your verdict rests on:")
    return [claim, radio, evidence, *boxes], lambda: {
        "verdict": radio.value, "evidence": [b.description for b in boxes if b.value]}


def _code(ex: dict):
    call = escape(f'nk.check("{ex["id"]}", my_answer)')
    note = widgets.HTML(f"<p>Compute the answer with pandas in a code cell below, store it in "
                        f"<code>my_answer</code>, then run <code>{call}</code>. The feedback appears there "
                        "and here.</p>")
    return [note], lambda: None


def _reflection(ex: dict):
    area = widgets.Textarea(value="", placeholder="A few sentences in your own words…", rows=5,
                            description="Your reflection:", tooltip="Write freely; this is saved, not graded",
                            style=_STYLE, layout=widgets.Layout(width="95%"))
    return [area], lambda: area.value


BUILDERS = {"single": _single, "multiple": _multiple, "order": _order, "match": _match, "numeric": _numeric,
            "chart": _chart, "verdict": _verdict, "code": _code, "reflection": _reflection}


# --- the common frame ------------------------------------------------------------------------------

def _button(description: str, tooltip: str, css_class: str) -> widgets.Button:
    button = widgets.Button(description=description, tooltip=tooltip, layout=_wide())
    button.add_class(css_class)
    return button


def _area(css_class: str) -> widgets.HTML:
    area = widgets.HTML("")
    area.add_class(css_class)
    return area


def _record(ex: dict, result: Result, answer) -> list[str]:
    """Save a real attempt (an empty or malformed answer is not one); returns notices for the learner."""
    current = store()
    if result.verdict != "invalid":
        current.record(ex, result.verdict, answer)
    return current.take_notices()


class ExerciseBox(widgets.VBox):
    """One exercise on screen; `check_button`, `hint_button`, `solution_button`, `feedback` and the
    kind's `controls` are attributes so that tests can drive it from Python."""

    def __init__(self, ex: dict):
        self.exercise = ex
        self.controls, self._read = BUILDERS[ex["kind"]](ex)
        prompt = widgets.HTML(f"{_CSS}<p><strong>{escape(ex['prompt'])}</strong></p>")
        prompt.add_class("nk-prompt")
        saving = ex["kind"] == "reflection"
        self._check_label = "Save" if saving else "Check"
        self.check_button = _button(self._check_label,
                                    "Save your reflection" if saving else "Check your answer", "nk-check")
        self.hint_button = _button("Hint", f"Show the next hint ({len(ex['hints'])} in all)", "nk-hint")
        self.solution_button = _button("Solution", "", "nk-solution")
        self.hints, self.feedback, self.solution = (_area(c) for c in ("nk-hints", "nk-feedback", "nk-solution-text"))
        self.check_button.on_click(self._on_check)
        self.hint_button.on_click(self._on_hint)
        self.solution_button.on_click(self._on_solution)
        buttons = [self.hint_button, self.solution_button]
        if ex["kind"] != "code":
            buttons.insert(0, self.check_button)
        super().__init__([prompt, *self.controls, widgets.HBox(buttons), self.hints, self.feedback, self.solution],
                         layout=widgets.Layout(border="1px solid #bbbbbb", padding="6px 12px", margin="12px 0"))
        self.add_class("nk-exercise")
        self.add_class(f"nk-kind-{ex['kind']}")
        self._hints_shown = 0
        self._rounds = 0  # feedback shown so far; each new feedback differs, so the page sees every reply
        self._last: tuple[object, Result] | None = None
        self.update_solution_button()
        _live.add(self)

    def __repr__(self) -> str:  # the notebook's text/plain output: short and stable for nbval
        return f"Exercise {self.exercise['id']}"

    # -- what this learner has done with this exercise, from the store (so a new kernel remembers) --

    def _attempts(self) -> list[dict]:
        return [a for a in store().attempts if a.get("exercise") == self.exercise["id"]]

    def _solution_open(self) -> bool:
        """Instructors always; learners after two checked answers, a right one, or the last hint."""
        if _is_instructor() or self._hints_shown >= len(self.exercise["hints"]):
            return True
        attempts = self._attempts()
        return len(attempts) >= SOLUTION_AFTER or any(a.get("verdict") in DONE for a in attempts)

    def _set_feedback(self, html: str) -> None:
        self._rounds += 1
        self.feedback.value = f'<div class="nk-reply" data-nk-reply="{self._rounds}">{html}</div>'

    def _busy(self, on: bool) -> None:
        """While an answer is checked the button says so (the page shows the same at once, before the
        kernel replies: see nkcourse/labextension)."""
        self.check_button.description = "Checking…" if on else self._check_label
        self.check_button.disabled = on

    def _on_check(self, _button=None) -> None:
        self._busy(True)
        try:
            self._check()
        except Exception as error:  # never leave the previous feedback standing as if it were the reply
            self._set_feedback(feedback_html(Result(
                "invalid", f"{UNCHECKABLE} ({type(error).__name__}), and it was not saved. Try again; if this "
                "repeats, use Kernel → Restart Kernel and run the cell again."), self.exercise))
        finally:
            self._busy(False)

    def _check(self) -> None:
        answer = self._read()
        if self._last is not None and answer == self._last[0]:
            note = ("You already saved this text. Change something, then save again." if
                    self.exercise["kind"] == "reflection" else
                    "You already checked this answer. Change something, then check again.")
            self._set_feedback(feedback_html(self._last[1], self.exercise, note=note))
            return
        saved_before = any(a.get("verdict") == "saved" for a in self._attempts())
        result = check_answer(self.exercise, answer)
        notices = _record(self.exercise, result, answer)
        again = "Saved again." if result.verdict == "saved" and saved_before else ""
        self.show_result(result, notices, word=again)
        if result.verdict != "invalid":
            self._last = (answer, result)

    def show_result(self, result: Result, notices: list[str] = (), word: str = "") -> None:
        """Show feedback (from the Check button, or from check() in a code cell) and open the solution
        when it is due."""
        self._set_feedback(feedback_html(result, self.exercise, notices, word=word))
        self.update_solution_button()

    def _on_hint(self, _button=None) -> None:
        hints = self.exercise["hints"]
        self._hints_shown = min(self._hints_shown + 1, len(hints))
        items = "".join(f"<li>{escape(h)}</li>" for h in hints[: self._hints_shown])
        more = ""
        if self._hints_shown == len(hints):
            more = ("That was the last hint: the solution is open now, if you still need it." if self._attempts()
                    else "That was the last hint. Try an answer before you open the solution: "
                         "that is how it sticks.")
            self.hint_button.description = "All hints shown"
        self.hints.value = (f"<p><strong>Hint {self._hints_shown} of {len(hints)}</strong></p><ol>{items}</ol>"
                            + (f"<p><em>{more}</em></p>" if more else ""))
        self.update_solution_button()

    def update_solution_button(self) -> None:
        allowed = self._solution_open()
        self.solution_button.disabled = not allowed
        shown = bool(self.solution.value)
        self.solution_button.description = (
            "Hide solution" if shown else "Solution" if allowed else f"Solution (after {SOLUTION_AFTER} tries)")
        self.solution_button.tooltip = (
            "Show the answer and why" if allowed else
            f"The solution opens after {SOLUTION_AFTER} checked answers, or once you have read every hint")

    def _on_solution(self, _button=None) -> None:
        if not self._solution_open():
            self._set_feedback(feedback_html(Result(
                "invalid", f"try the exercise first: the solution opens after {SOLUTION_AFTER} checked answers, "
                "or after the last hint."), self.exercise))
            return
        self.solution.value = "" if self.solution.value else solution_html(self.exercise)
        self.update_solution_button()


class BankBox(widgets.VBox):
    def __init__(self, bank, children: list[widgets.Widget]):
        self.bank = bank
        super().__init__(children)
        self.add_class("nk-bank")

    def __repr__(self) -> str:
        return f"Exercises from the bank {self.bank.name}"


def _problem(message: str) -> widgets.HTML:
    box = widgets.HTML(f'<p role="alert"><strong>This cannot be shown.</strong> {escape(message)}</p>')
    box.add_class("nk-error")
    return box


def show(exercise_id: str) -> widgets.Widget:
    """One exercise, by its id: `show("demo_single")`."""
    try:
        return ExerciseBox(find_exercise(exercise_id))
    except BankError as error:
        return _problem(str(error))


def show_bank(name: str) -> widgets.Widget:
    """Every exercise of one bank: `show_bank("00_start_here")` (or the path of a draft .yaml file)."""
    try:
        bank = load_bank(name)
    except BankError as error:
        return _problem(str(error))
    heading = widgets.HTML(f"<h3>{escape(bank.title)}</h3><p>{len(bank.exercises)} exercises. Use Hint when "
                           f"you are stuck; the solution opens after {SOLUTION_AFTER} tries or the last hint.</p>")
    return BankBox(bank, [heading, *(ExerciseBox(ex) for ex in bank.exercises)])


def check(exercise_id: str, answer) -> None:
    """Check a value computed in a code cell: `check("demo_code", my_answer)`. Prints the feedback."""
    if not isinstance(exercise_id, str):
        print('The first thing to give check() is the exercise id in quotes: check("demo_code", my_answer).')
        return
    try:
        ex = find_exercise(exercise_id)
    except BankError as error:
        print(error)
        return
    result = check_answer(ex, answer)
    notices = _record(ex, result, answer)
    for box in list(_live):
        if box.exercise["id"] == ex["id"]:
            box.show_result(result)
    print(feedback_text(result, ex, notices))
