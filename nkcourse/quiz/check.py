"""The checking core: pure functions from (exercise, answer) to a Result, one per kind, no widgets.

Why pure: the same function serves the widgets, the `check()` call of a code task and the tests, and
it can be tested with thousands of generated answers. Answers come from widgets, but also from
learners' code, so every checker accepts *any* object: it validates the type first and answers a
wrong one with a sentence, never an exception. Messages are plain text; whoever shows them as HTML
escapes them (the view does).

Answer shapes, by kind:
    single, chart (choice)   the text of one option
    multiple                 a list of option texts
    order                    a list of item texts, earliest first, or a dict {item text: position from 1}
    match                    a dict {item: choice}
    numeric, chart (number)  a number, or text holding one ("8", "1,953")
    verdict                  a dict {"verdict": "inaccurate" (or its label), "evidence": [evidence texts]}
    code                     any Python object, compared with the value of the bank's `solution`
    reflection               text (saved, not graded)

Note: `nkcourse.quiz.check` is the learner's `check()` function (see view.py); import this module's
contents with `from nkcourse.quiz.check import check_answer`.
"""

from __future__ import annotations

import math
import numbers
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .bank import VERDICTS

WORDS = {
    "correct": "Correct.",
    "partly": "Partly right.",
    "incorrect": "Not quite.",
    "invalid": "Check your answer:",
    "saved": "Saved.",
}
MAX_TEXT = 20_000  # characters of a reflection; more is almost surely a paste accident


@dataclass(frozen=True)
class Item:
    """Feedback on one part of an answer: one option, one item of a timeline, one pair."""

    label: str
    ok: bool
    text: str = ""
    word: str = ""  # the word shown before the label; "Right" or "Wrong" unless given (e.g. "Missed")

    @property
    def tag(self) -> str:
        return self.word or ("Right" if self.ok else "Wrong")


@dataclass(frozen=True)
class Result:
    verdict: str  # one of WORDS
    message: str
    items: tuple[Item, ...] = ()

    def __str__(self) -> str:
        lines = [f"{WORDS[self.verdict]} {self.message}"]
        lines += [f"- {i.tag}: {i.label}" + (f" ({i.text})" if i.text else "") for i in self.items]
        return "\n".join(lines)


def _invalid(message: str) -> Result:
    return Result("invalid", message)


def _graded(items: list[Item], what: str) -> Result:
    """All parts right: correct; some: partly; none: incorrect. `what` is plural ("matches are right"),
    made singular for one ("1 of 4 matches is right")."""
    right, total = sum(i.ok for i in items), len(items)
    verdict = "correct" if right == total else "partly" if right else "incorrect"
    what = what.replace(" are ", " is ", 1) if right == 1 else what
    return Result(verdict, f"{right} of {total} {what}.", tuple(items))


def _empty(answer) -> bool:
    """Nothing given: None, blank text or an empty collection (tested without calling the object's ==)."""
    if isinstance(answer, str):
        return not str.strip(answer)
    return answer is None or (isinstance(answer, list | tuple | set | frozenset | dict) and not answer)


def _short(value) -> str:
    """A learner's input quoted in a message: short, and never by calling the object's own methods."""
    if isinstance(value, str):
        text = str.strip(value)
        return repr(text[:40] + "…" if len(text) > 40 else text)
    return f"a value of type {type(value).__name__}"


def _quote(text: str) -> str:
    """An item of the exercise quoted in feedback, always in the same marks (Python's repr switches
    between ' and " with the text's own apostrophes)."""
    return f"\u201c{text}\u201d"


def _text(value) -> str | None:
    """The stripped text of a str (or str subclass), else None; str methods are called unbound."""
    return str.strip(value) if isinstance(value, str) else None


def _texts(value) -> list[str] | None:
    """A collection of texts as a list of str, else None (a single text counts as a list of one)."""
    if isinstance(value, str):
        return [str.strip(value)]
    if not isinstance(value, list | tuple | set | frozenset):
        return None
    texts = [_text(v) for v in value]
    return None if any(t is None for t in texts) else texts


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else f"{x:.6g}"


_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "casualties": "casualty"}


def _singular(word: str) -> str:
    if word.casefold() in _IRREGULAR:
        return _IRREGULAR[word.casefold()]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def quantity(x: float, unit: str) -> str:
    """A number with its unit in correct English: "1 year", "3.1 years", "1 degree north", "1 member"."""
    if abs(x) != 1:
        return f"{_fmt(x)} {unit}".strip()
    words = unit.split(" ")
    for n, word in enumerate(words):  # the first plural-looking word is the noun: "square kilometres"
        single = _singular(word)
        if single != word:
            words[n] = single
            break
    return f"{_fmt(x)} {' '.join(words)}".strip()


def plural(n: int, noun: str, many: str | None = None) -> str:
    """ "1 item", "2 items" (or the given plural form)."""
    return f"{n} {noun if n == 1 else many or noun + 's'}"


def _find(texts: list[str], wanted: str) -> str | None:
    """The known text a learner meant: exact, else ignoring case and surrounding spaces."""
    if wanted in texts:
        return wanted
    folded = {t.casefold(): t for t in texts}
    return folded.get(wanted.casefold())


def _unknown(wanted: list[str], texts: list[str], what: str) -> Result | None:
    strangers = [w for w in wanted if _find(texts, w) is None]
    return _invalid(f"{_short(strangers[0])} is not one of the {what}.") if strangers else None


# --- single and multiple choice ------------------------------------------------------------------

def check_single(ex: dict, answer) -> Result:
    texts = [o["text"] for o in ex["options"]]
    text = _text(answer)
    if _empty(answer):
        return _invalid("choose one of the options, then check.")
    if text is None:
        return _invalid(f"expected one option (its text), got {_short(answer)}.")
    chosen = _find(texts, text)
    if chosen is None:
        return _invalid(f"{_short(text)} is not one of the options.")
    option = ex["options"][texts.index(chosen)]
    if option.get("correct"):
        return Result("correct", option.get("feedback", "That's the right answer."))
    return Result("incorrect", option.get("feedback", "That is not the best answer. Try a hint."))


def check_multiple(ex: dict, answer) -> Result:
    texts = [o["text"] for o in ex["options"]]
    chosen = _texts(answer)
    if _empty(answer):
        return _invalid("tick at least one option, then check.")
    if chosen is None:
        return _invalid(f"expected a list of options, got {_short(answer)}.")
    problem = _unknown(chosen, texts, "options")
    if problem:
        return problem
    picked = {_find(texts, c) for c in chosen}
    items = [Item(o["text"], bool(o.get("correct")), o.get("feedback", "")) for o in ex["options"]
             if o["text"] in picked]
    wanted = sum(bool(o.get("correct")) for o in ex["options"])
    found = sum(i.ok for i in items)
    wrong = len(items) - found
    # a right option left unticked is explained too: it is the half of the answer a learner did not see
    missed = [Item(o["text"], False, o.get("feedback", "") or "This one applies as well.", word="Missed")
              for o in ex["options"] if o.get("correct") and o["text"] not in picked]
    message = (f"You found {found} of the {plural(wanted, 'right option')}"
               + (f" and ticked {wrong} wrong." if wrong else "."))
    verdict = "correct" if found == wanted and not wrong else "partly" if found else "incorrect"
    return Result(verdict, message, tuple(items + missed))


# --- put in order and match ----------------------------------------------------------------------

def _as_sequence(answer, texts: list[str]) -> list[str] | Result:
    """A list of item texts from either a list in order or a dict of positions."""
    if isinstance(answer, dict):
        unset = [k for k, v in answer.items() if v is None]
        if unset:
            return _invalid(f"give every item a position ({len(unset)} still without one).")
        keys = _texts(list(answer))
        if keys is None or any(isinstance(v, bool) or not isinstance(v, int) for v in answer.values()):
            return _invalid("expected positions as whole numbers, e.g. {'Liberation': 1}.")
        positions = sorted(answer.values())
        if positions != list(range(1, len(positions) + 1)):
            return _invalid(f"use each position from 1 to {len(texts)} exactly once.")
        answer = [key for _, key in sorted(zip(answer.values(), keys, strict=True))]
    sequence = _texts(answer)
    if sequence is None or isinstance(answer, set | frozenset | str):
        return _invalid(f"expected the items in order (a list), got {_short(answer)}.")
    problem = _unknown(sequence, texts, "items")
    if problem:
        return problem
    sequence = [_find(texts, s) for s in sequence]
    if sorted(sequence) != sorted(texts):
        return _invalid(f"put each of the {len(texts)} items in the order exactly once.")
    return sequence


def _longest_run(ranks: list[int]) -> set[int]:
    """Positions (in the learner's sequence) of a longest run of items already in the right order
    relative to each other: a longest increasing subsequence of their true ranks."""
    tails: list[int] = []  # tails[k]: position of the smallest last rank of an increasing run of length k+1
    before: list[int | None] = [None] * len(ranks)
    for position, rank in enumerate(ranks):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if ranks[tails[middle]] < rank:
                low = middle + 1
            else:
                high = middle
        before[position] = tails[low - 1] if low else None
        if low == len(tails):
            tails.append(position)
        else:
            tails[low] = position
    run, position = set(), tails[-1] if tails else None
    while position is not None:
        run.add(position)
        position = before[position]
    return run


def check_order(ex: dict, answer) -> Result:
    """Graded by relative order: the longest run of items already in order stays, and each other item
    is told where to move (after or before which item, earlier or later). Moving one item to the end
    of an otherwise right time line leaves n - 1 in order, not "0 of n"."""
    texts = [item["text"] for item in ex["items"]]
    if _empty(answer):
        return _invalid("give every item a position, then check.")
    sequence = _as_sequence(answer, texts)
    if isinstance(sequence, Result):
        return sequence
    ranks = [texts.index(text) for text in sequence]
    keep = _longest_run(ranks)
    anchors = sorted((ranks[p], p) for p in keep)  # (true rank, learner's position) of the items that stay
    items = []
    for position, text in enumerate(sequence):
        if position in keep:
            items.append(Item(text, True))
            continue
        rank = ranks[position]
        after = [(r, p) for r, p in anchors if r < rank]
        until = [(r, p) for r, p in anchors if r > rank]
        # where it belongs among the items that stay: after the last earlier one, before the next later one
        slot_after = after[-1][1] if after else -1
        way = "later" if position < slot_after else "earlier"
        where = (f"it comes after {_quote(texts[after[-1][0]])}" if after and way == "later" or not until
                 else f"it comes before {_quote(texts[until[0][0]])}")
        items.append(Item(text, False, f"move it {way}: {where}"))
    n, right = len(texts), len(keep)
    if right == n:
        return Result("correct", f"All {n} items are in the right order.", tuple(items))
    verdict = "partly" if right >= max(2, (n + 1) // 2) else "incorrect"
    move = n - right
    are = "is" if right == 1 else "are"
    message = (f"{right} of {n} items {are} in the right order relative to each other; "
               f"move the {plural(move, 'item')} marked below" if move > 1 else
               f"{right} of {n} items {are} in the right order relative to each other; move the one marked below")
    return Result(verdict, message + ".", tuple(items))


def check_match(ex: dict, answer) -> Result:
    pairs = {p["item"]: p for p in ex["pairs"]}
    choices = ex.get("choices", [p["answer"] for p in ex["pairs"]])
    if _empty(answer):
        return _invalid("choose a match for every item, then check.")
    if not isinstance(answer, dict):
        return _invalid(f"expected a dict {{item: choice}}, got {_short(answer)}.")
    keys, values = _texts(list(answer)), list(answer.values())
    if keys is None:
        return _invalid("expected the items as text.")
    problem = _unknown(keys, list(pairs), "items")
    if problem:
        return problem
    given = {_find(list(pairs), k): v for k, v in zip(keys, values, strict=True)}
    missing = [item for item in pairs if given.get(item) is None or _text(given[item]) == ""]
    if missing:
        return _invalid(f"choose a match for every item ({len(missing)} still missing, e.g. {missing[0]}).")
    if any(_text(v) is None for v in given.values()):
        return _invalid("expected each match as text (one of the choices).")
    problem = _unknown([_text(v) for v in given.values()], choices, "choices")
    if problem:
        return problem
    items = []
    for item, pair in pairs.items():
        ok = _find(choices, _text(given[item])) == pair["answer"]
        items.append(Item(f"{item} → {_find(choices, _text(given[item]))}", ok, pair.get("feedback", "")))
    return _graded(items, "matches are right")


# --- numbers ---------------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f\u2007'_]")
_APPROX = re.compile(r"^(?:about|around|approximately|approx\.?|roughly|some|c\.|ca\.|~|≈)\s*", re.IGNORECASE)
# a number as people type it, then what may follow it (a unit, read by _read_unit); never another number
_TYPED = re.compile(r"(?P<number>[+\-\u2212]?(?:\d[\d\s\u00a0\u2009\u202f\u2007',_]*)?(?:[.,]\d+)?)"
                    r"(?P<rest>.*)", re.DOTALL)


def _split_number(text: str) -> tuple[float, str] | None:
    """ "3.1 years" -> (3.1, "years"); "38°N", "1,953", "1 953", "3,1" (a decimal comma), "−2" are read;
    None when the text does not start with one number or holds a second one."""
    text = _APPROX.sub("", text.strip())
    match = _TYPED.fullmatch(text)
    number, rest = match.group("number").rstrip(), match.group("rest")
    if not re.search(r"\d", number) or re.search(r"\d", rest):
        return None
    spaced = _SPACES.search(number)
    if spaced and not re.fullmatch(r"[+\-\u2212]?\d{1,3}(?:[\s\u00a0\u2009\u202f\u2007'_]\d{3})+(?:[.,]\d+)?",
                                   number):
        return None  # "3 4" is two numbers; spaces may only group thousands ("1 953")
    cleaned = _SPACES.sub("", number).replace("\u2212", "-")
    # "1,953" groups thousands; "3,1" is a decimal comma, as many learners write it
    thousands = re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?", cleaned)
    cleaned = cleaned.replace(",", "") if thousands else cleaned.replace(",", ".", 1)
    try:
        return float(cleaned), rest.strip()
    except ValueError:
        return None


def _parse_number(text: str) -> float | None:
    """The number at the start of a text, whatever follows it (see _split_number); else None."""
    split = _split_number(text)
    return None if split is None else split[0]


# --- units after a number ----------------------------------------------------------------------------

_SCALES = {"thousand": 1e3, "thousands": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6,
           "billion": 1e9, "billions": 1e9, "bn": 1e9}
_TIME = {"year": {"year", "years", "yr", "yrs"}, "month": {"month", "months", "mo", "mos", "mth", "mths"},
         "week": {"week", "weeks", "wk", "wks"}, "day": {"day", "days"}}
_EXACT = {("year", "month"): 12, ("week", "day"): 7}  # the only exact conversions: 1 year = 12 months, 1 week = 7 days
_DEGREES = {"°", "º", "degree", "degrees", "deg", "latitude", "lat", "parallel"}
_DIRECTIONS = {"n": "north", "north": "north", "s": "south", "south": "south", "e": "east", "east": "east",
               "w": "west", "west": "west"}
_PER_CENT = {"%", "per cent", "percent", "pc"}


def _time_unit(words: str) -> str | None:
    return next((name for name, forms in _TIME.items() if words in forms), None)


def _read_unit(value: float, rest: str, unit: str) -> tuple[float, str] | Result:
    """The typed number in the exercise's unit, with a sentence when it was converted ("2 years = 24
    months."), or a sentence refusing a unit that differs from the one asked for. The learner's own unit
    is never replaced by another without saying so."""
    words = re.sub(r"([°º%])", r" \1 ", rest.casefold()).split()
    words = [w.strip(".,;:!?") for w in words]
    words = [w for w in words if w]
    if words and words[0] in ("st", "nd", "rd", "th") and rest[:2].casefold() == words[0]:
        words = words[1:]  # an ordinal ending: "38th parallel"
    while words and words[0] in _SCALES:
        value *= _SCALES[words.pop(0)]
    typed, asked = " ".join(words), unit.casefold().strip()
    if not typed:
        return value, ""
    unknown = _invalid(f"I read {_fmt(value)} but not '{typed[:30]}'; this question asks for {unit}.")
    asked_words = asked.split()
    if " ".join(map(_singular, words)) == " ".join(map(_singular, asked_words)):
        return value, ""
    if asked in _PER_CENT:
        return (value, "") if typed in _PER_CENT else unknown
    asked_time, typed_time = _time_unit(asked), _time_unit(typed)
    if asked_time and typed_time:
        if typed_time == asked_time:
            return value, ""
        for (big, small), factor in _EXACT.items():
            if (typed_time, asked_time) in ((big, small), (small, big)):
                converted = value * factor if typed_time == big else value / factor
                return converted, f"{quantity(value, typed_time + 's')} = {quantity(converted, unit)}."
        return _invalid(f"this question asks for {unit}, and {typed_time}s cannot be turned into {unit} "
                        f"exactly; please give the answer in {unit}.")
    asked_direction = next((_DIRECTIONS[w] for w in asked_words if w in _DIRECTIONS), None)
    if asked_direction and any(w in _DEGREES for w in asked_words):  # "degrees north": a latitude
        rest_words = [w for w in words if w not in _DEGREES]
        directions = [_DIRECTIONS[w] for w in rest_words if w in _DIRECTIONS]
        if len(rest_words) != len(directions) or len(set(directions)) > 1:
            return unknown
        if not directions or directions[0] == asked_direction:
            return value, ""
        kind = (f"{directions[0]} of the equator" if {directions[0], asked_direction} == {"north", "south"}
                else "a longitude, not a latitude")
        return _invalid(f"{quantity(value, 'degrees ' + directions[0])} is {kind}; this question asks for {unit}.")
    return unknown


def _number(answer) -> float | Result:
    if isinstance(answer, bool | np.bool_):
        return _invalid("expected a number, got True/False.")
    if _empty(answer):
        return _invalid("type a number, then check.")
    if isinstance(answer, str):
        text = str.strip(answer)
        if len(text) > 60:
            return _invalid("that is too long to be a number.")
        parsed = _parse_number(str(text))
        if parsed is None:
            return _invalid(f"{_short(text)} is not one number. Type digits, e.g. 8 or 3.5 (a unit after "
                            "the number is fine).")
        answer = parsed
    if not isinstance(answer, numbers.Real):
        return _invalid(f"expected a number, got {_short(answer)}.")
    try:
        value = float(answer)
    except OverflowError:
        return _invalid("that number is too large.")
    return value if math.isfinite(value) else _invalid("type an ordinary, finite number.")


def check_numeric(ex: dict, answer) -> Result:
    target, tolerance, unit = ex["answer"], ex["tolerance"], ex["unit"]
    note = ""
    if isinstance(answer, str) and not _empty(answer) and len(str.strip(answer)) <= 60:
        split = _split_number(str(answer))
        if split is not None:
            read = _read_unit(*split, unit)
            if isinstance(read, Result):
                return read
            answer, note = read
    value = _number(answer)
    if isinstance(value, Result):
        return value
    result = _judge_number(value, target, tolerance, unit, ex)
    return Result(result.verdict, f"{note} {result.message}") if note else result


def _judge_number(value: float, target: float, tolerance: float, unit: str, ex: dict) -> Result:
    accepted = quantity(target, unit) + (f" (± {_fmt(tolerance)})" if tolerance else "")
    off = value - target
    if abs(off) <= tolerance + 1e-9 * max(1.0, abs(target)):
        return Result("correct", f"The accepted answer is {accepted}.")
    side = "low" if off < 0 else "high"
    if tolerance and abs(off) <= 2 * tolerance:
        return Result("partly", f"Close, but a little too {side}: {quantity(value, unit)} is just outside the range.")
    advice = ex.get("feedback", {}).get(side, "")
    return Result("incorrect", f"{quantity(value, unit)} is too {side}. {advice}".strip())


def check_chart(ex: dict, answer) -> Result:
    return check_single(ex, answer) if ex["answer_type"] == "choice" else check_numeric(ex, answer)


# --- claim verdict with evidence -------------------------------------------------------------------

# Why a verdict is not the best one, when the bank gives no sentence of its own: (chosen, right) -> sentence.
_WHY_NOT = {
    ("partly_accurate", "accurate"): "The evidence supports the whole claim as it is stated; nothing in it is wrong.",
    ("misleading", "accurate"): "The claim leaves no false impression: the evidence supports what it says and what "
                                "a reader would take from it.",
    ("inaccurate", "accurate"): "The evidence supports the claim; look again at what the sources confirm.",
    ("unverifiable", "accurate"): "The claim can be checked, and the course's sources confirm it.",
    ("accurate", "partly_accurate"): "Not all of the claim holds: the evidence contradicts part of it.",
    ("misleading", "partly_accurate"): "The trouble is not only the impression it leaves: part of what the claim "
                                       "states is itself wrong, and part is right.",
    ("inaccurate", "partly_accurate"): "Not all of it is wrong: the evidence supports part of the claim.",
    ("unverifiable", "partly_accurate"): "The sources do allow a judgement: they confirm part of the claim and "
                                         "contradict another part.",
    ("accurate", "misleading"): "Its words may be true, but together they leave a false impression: ask what a "
                                "reader would conclude from them.",
    ("partly_accurate", "misleading"): "What the claim states is not wrong; the problem is the impression its "
                                       "true statements leave.",
    ("inaccurate", "misleading"): "The claim's words are true; it is the conclusion a reader would draw that the "
                                  "evidence contradicts.",
    ("unverifiable", "misleading"): "The facts in the claim can be checked and are true; the problem is the "
                                    "impression they leave.",
    ("accurate", "inaccurate"): "The evidence contradicts the claim: look for the piece that says the opposite.",
    ("partly_accurate", "inaccurate"): "The claim's central statement does not survive the evidence: it is "
                                       "contradicted, not just incomplete.",
    ("misleading", "inaccurate"): "This is not a case of true words giving a false impression: what the claim "
                                  "states is itself contradicted by the evidence.",
    ("unverifiable", "inaccurate"): "The claim can be checked, and the sources contradict it.",
    ("accurate", "unverifiable"): "Nothing in the evidence confirms the claim: the available sources cannot "
                                  "settle it either way.",
    ("partly_accurate", "unverifiable"): "No part of the claim can be confirmed or refuted from the available "
                                         "sources.",
    ("misleading", "unverifiable"): "To call a claim misleading you must know its facts are true; here the "
                                    "sources cannot confirm them.",
    ("inaccurate", "unverifiable"): "Nothing in the evidence contradicts the claim; the sources cannot settle it "
                                    "either way.",
}


# a bank sentence may open with its own judgement ("Right: ...", "Not quite: ..."); the verdict line
# already says it, so it is dropped there
_OPENING = re.compile(r"^(?:right|correct|yes|no|not quite|wrong|partly right|indeed)\s*[:;,.\u2014\u2013-]\s*",
                      re.IGNORECASE)


def _tidy(sentence: str) -> str:
    rest = _OPENING.sub("", sentence.strip(), count=1)
    return rest[:1].upper() + rest[1:] if rest else sentence.strip()


def verdict_sentence(ex: dict, chosen: str) -> str:
    """Why the chosen verdict is right or wrong for this claim: the bank's sentence, else a generic one."""
    own = ex.get("verdict_feedback", {}).get(chosen)
    if own:
        return _tidy(own)
    return "" if chosen == ex["verdict"] else _WHY_NOT[(chosen, ex["verdict"])]


def acceptable_verdict(ex: dict, key: str) -> bool:
    """A defensible alternative to the model verdict (the bank's optional `acceptable_verdicts`):
    graded as partly right, with its verdict_feedback sentence saying why it is defensible."""
    return key != ex["verdict"] and key in ex.get("acceptable_verdicts", ())


def check_verdict(ex: dict, answer) -> Result:
    """The verdict and the evidence are judged and reported apart. A wrong verdict is never "partly
    right", however good the evidence, and it always gets a sentence saying why it does not fit."""
    if _empty(answer):
        return _invalid("choose a verdict and tick the evidence, then check.")
    if not isinstance(answer, dict):
        return _invalid(f"expected a dict with 'verdict' and 'evidence', got {_short(answer)}.")
    verdict = _text(answer.get("verdict"))
    if not verdict:
        return _invalid("choose a verdict on the claim first.")
    labels = {**{k.casefold(): k for k in VERDICTS}, **{v.casefold(): k for k, v in VERDICTS.items()}}
    if verdict.casefold() not in labels:
        return _invalid(f"{_short(verdict)} is not a verdict; choose one of: {', '.join(VERDICTS.values())}.")
    texts = [e["text"] for e in ex["evidence"]]
    none_ticked = _empty(answer.get("evidence"))
    chosen = [] if none_ticked else _texts(answer.get("evidence"))
    if chosen is None:
        return _invalid("expected the evidence as a list of the evidence texts.")
    problem = _unknown(chosen, texts, "evidence items")
    if problem:
        return problem
    picked = {_find(texts, c) for c in chosen}
    key = labels[verdict.casefold()]
    right_verdict = key == ex["verdict"]
    items = [Item(e["text"], bool(e.get("relevant")), e.get("feedback", "")) for e in ex["evidence"]
             if e["text"] in picked]
    relevant = sum(bool(e.get("relevant")) for e in ex["evidence"])
    found = sum(i.ok for i in items)
    extra = len(items) - found
    evidence_right = found == relevant and not extra
    why = verdict_sentence(ex, key)
    acceptable = acceptable_verdict(ex, key)
    verdict_line = (f"Verdict: {VERDICTS[key]} is right." if right_verdict
                    else f"Verdict: {VERDICTS[key]} is acceptable, though not the best verdict for this claim."
                    if acceptable else f"Verdict: {VERDICTS[key]} is not the best verdict for this claim.")
    verdict_line += f" {why}" if why else ""
    evidence_line = (f"Evidence: you picked {found} of the "
                     f"{plural(relevant, 'decisive piece', 'decisive pieces')} of evidence"
                     + (f" and {extra} that {'does' if extra == 1 else 'do'} not decide it." if extra else "."))
    if none_ticked and relevant:  # the verdict is still judged; the evidence is asked for
        evidence_line = "Evidence: none ticked. Tick the evidence your verdict rests on (at least one item)."
    outcome = ("correct" if right_verdict and evidence_right
               else "partly" if right_verdict or acceptable else "incorrect")
    return Result(outcome, f"{verdict_line}\n{evidence_line}", tuple(items))


# --- code task -------------------------------------------------------------------------------------

def _course_load(name: str) -> pd.DataFrame:
    from nkcourse.data import load  # lazily: the checker must import even where the data layer cannot

    return load(name)


def _course():
    import nkcourse  # lazily, as above: solutions are written as the learner writes them, nk.load("events")

    return nkcourse


def _course_maps():
    from nkcourse import maps  # lazily, as above: code tasks may measure front lines with maps.share_held

    return maps


def expected_value(ex: dict):
    """The value of the bank's `solution` expression, computed from today's data (bank text is trusted)."""
    return eval(ex["solution"], {"pd": pd, "np": np, "nk": _course(), "load": _course_load, "maps": _course_maps()})  # noqa: S307


def _describe(value) -> str:
    if isinstance(value, pd.DataFrame):
        return f"a table (DataFrame) with {len(value)} rows and {value.shape[1]} columns"
    if isinstance(value, pd.Series):
        return f"a Series of {len(value)} values"
    if isinstance(value, str):
        return f"text ({_short(value)})"
    return _short(value)


def _is_number(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def _compare_number(expected, got, tolerance: float) -> Result:
    if isinstance(got, pd.DataFrame):
        return _invalid(f"expected a single number, got {_describe(got)}. To count rows, use len(...).")
    if isinstance(got, pd.Series):
        return _invalid(f"expected a single number, got {_describe(got)}. "
                        "Take one value with .iloc[0], or add them up with .sum().")
    if isinstance(got, str):
        return _invalid(f"expected a number, got {_describe(got)}. Remove the quotes, or use int(...).")
    if not _is_number(got):
        return _invalid(f"expected a number, got {_describe(got)}.")
    try:
        got = float(got)
    except OverflowError:
        return Result("incorrect", "Your number is far too large.")
    if math.isnan(got):
        return _invalid("your answer is NaN (not a number): the calculation met missing values.")
    if math.isclose(got, float(expected), rel_tol=1e-9, abs_tol=tolerance):
        return Result("correct", "Your number matches the course data.")
    # neutral: a wrong number can come from any step (a filter, a date sum, a column); advice specific to
    # the task comes from the bank's wrong_values
    return Result("incorrect", f"Your number is too {'high' if got > expected else 'low'}. Check each step of "
                               "your calculation against the task.")


def _frame_of(value: pd.Series | pd.DataFrame) -> pd.DataFrame:
    """A table with named index levels as columns (a grouped result) and a plain unnamed index dropped."""
    if isinstance(value, pd.Series):
        labels = value.index.to_frame(index=False)
        labels.columns = [f"label {n}" for n in range(labels.shape[1])]
        return labels.assign(value=value.to_numpy())
    named = any(name is not None for name in value.index.names)
    frame = value.reset_index() if named else value.reset_index(drop=True)
    frame.columns = [str(c) for c in frame.columns]
    return frame


def _numeric(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def _sort_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in one canonical order: numbers by value, everything else by its text (so a categorical
    column sorts the same as the plain text a learner may have made of it)."""
    keys = pd.DataFrame({n: frame[c].astype(float) if _numeric(frame[c]) else frame[c].astype(str)
                         for n, c in enumerate(frame.columns)})
    order = keys.sort_values(list(keys.columns), kind="mergesort", na_position="last").index
    return frame.iloc[order].reset_index(drop=True)


def _same(a, b) -> bool:
    if pd.isna(a) is True and pd.isna(b) is True:
        return True
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def _differing_rows(a: pd.Series, b: pd.Series, tolerance: float) -> int:
    if _numeric(a) and _numeric(b):
        x, y = (s.to_numpy(dtype=float, na_value=np.nan) for s in (a, b))
        return int((~np.isclose(x, y, rtol=1e-9, atol=tolerance, equal_nan=True)).sum())
    return sum(not _same(p, q) for p, q in zip(a.astype(object), b.astype(object), strict=True))


def _compare_tables(expected: pd.DataFrame, got: pd.DataFrame, ex: dict) -> Result:
    if got.columns.duplicated().any():
        return _invalid("your table has two columns with the same name.")
    missing = [c for c in expected.columns if c not in got.columns]
    extra = [c for c in got.columns if c not in expected.columns]
    if missing or extra:
        parts = ([f"missing column(s): {', '.join(missing)}"] if missing else []) + (
            [f"unexpected column(s): {', '.join(extra)}"] if extra else [])
        return _invalid(f"{'; '.join(parts)}. Expected the columns {', '.join(expected.columns)}.")
    got = got[list(expected.columns)]
    if len(got) != len(expected):
        return Result("incorrect", f"expected {len(expected)} rows, got {len(got)}. Check your filter.")
    tolerance = ex.get("tolerance", 0.0)

    def differences(a: pd.DataFrame, b: pd.DataFrame) -> dict[str, int]:
        counts = {c: _differing_rows(a[c], b[c], tolerance) for c in a.columns}
        return {c: n for c, n in counts.items() if n}

    if ex.get("row_order"):
        if not differences(expected, got):
            return Result("correct", "Your table matches the course data, in the right order.")
        if not differences(_sort_rows(expected), _sort_rows(got)):
            return Result("partly", "The right rows, in the wrong order: sort them as the task asks.")
    found = differences(_sort_rows(expected), _sort_rows(got))
    if not found:
        return Result("correct", "Your table matches the course data.")
    where = ", ".join(f"{c!r} ({n} rows)" for c, n in found.items())
    return Result("incorrect", f"The shape is right, but values differ in column {where}.")


def _verdict(same: bool) -> Result:
    if same:
        return Result("correct", "Your answer matches the course data.")
    return Result("incorrect", "Your answer differs from what the course data gives.")


def _plain_list(values) -> list:
    """Python values (numpy's 3 and Python's 3 compare and print alike)."""
    if isinstance(values, np.ndarray | pd.Index):
        return values.tolist()
    return [v.item() if isinstance(v, np.generic) else v for v in values]


def _compare(expected, got, ex: dict) -> Result:
    if isinstance(expected, pd.DataFrame):
        if isinstance(got, pd.Series):
            return _invalid(f"expected a table with the columns {', '.join(map(str, expected.columns))}, "
                            "got a Series. .reset_index() turns a grouped Series into a table.")
        if not isinstance(got, pd.DataFrame):
            return _invalid(f"expected a table (DataFrame), got {_describe(got)}.")
        return _compare_tables(_frame_of(expected), _frame_of(got), ex)
    if isinstance(expected, pd.Series):
        if isinstance(got, pd.DataFrame):
            return _invalid(f"expected a Series (one column of values), got {_describe(got)}. "
                            "Select one column with table['name'].")
        if not isinstance(got, pd.Series):
            return _invalid(f"expected a Series, got {_describe(got)}.")
        if len(got.index.names) != len(expected.index.names):
            return _invalid("your Series has a different number of index levels than expected.")
        return _compare_tables(_frame_of(expected), _frame_of(got), ex)
    if isinstance(expected, bool | np.bool_):
        if not isinstance(got, bool | np.bool_):
            return _invalid(f"expected True or False, got {_describe(got)}.")
        return _verdict(bool(got) == bool(expected))
    if _is_number(expected):
        return _compare_number(expected, got, ex.get("tolerance", 0.0))
    if isinstance(expected, str):
        if not isinstance(got, str):
            return _invalid(f"expected text, got {_describe(got)}.")
        return _verdict(str.strip(got).casefold() == expected.strip().casefold())
    if isinstance(expected, list | tuple | set | frozenset | np.ndarray | pd.Index):
        if isinstance(got, str | dict) or not isinstance(got, list | tuple | set | frozenset | np.ndarray | pd.Index):
            return _invalid(f"expected a list of {len(expected)} values, got {_describe(got)}.")
        if len(got) != len(expected):
            return Result("incorrect", f"expected {len(expected)} values, got {len(got)}.")
        expected, got = _plain_list(expected), _plain_list(got)
        if ex.get("row_order"):
            return _verdict(expected == got)
        return _verdict(Counter(map(repr, expected)) == Counter(map(repr, got)))
    return _verdict(_same(expected, got))


def check_code(ex: dict, answer) -> Result:
    if answer is ...:
        return _invalid("replace ... with your code, then run the cell again.")
    if answer is None:
        return _invalid("your answer is None. Did a method change the table in place, or did you print "
                        "instead of keeping the value? Assign the value itself, e.g. my_answer = len(table).")
    if callable(answer) and not isinstance(answer, pd.DataFrame | pd.Series):
        return _invalid("your answer is a function. Did you forget the brackets, e.g. .sum() not .sum?")
    try:
        expected = expected_value(ex)
    except Exception as error:  # a bank or data problem: say so, and not as the learner's fault
        return _invalid(f"the expected answer could not be computed from the course data "
                        f"({type(error).__name__}: {str(error)[:200]}). This is a problem in the exercise, "
                        "not in your answer: please tell the course authors.")
    try:
        result = _compare(expected, answer, ex)
    except Exception as error:  # learners' objects can be anything; one that cannot be compared is invalid
        return _invalid(f"your answer could not be compared ({type(error).__name__}). "
                        f"Expected {_describe(expected)}.")
    if result.verdict == "correct":
        return result
    # the predictable wrong answers (the count from the wrong congress) say what went wrong, before "too high"
    for wrong in ex.get("wrong_values", ()):
        try:
            if _compare(wrong["value"], answer, ex).verdict == "correct":
                return Result("incorrect", wrong["feedback"])
        except Exception:  # noqa: S112 (a learner's object that cannot be compared matches no wrong value)
            continue
    return result


# --- reflection and dispatch -----------------------------------------------------------------------

def check_reflection(ex: dict, answer) -> Result:
    text = _text(answer)
    if _empty(answer):
        return _invalid("write a sentence or two first.")
    if text is None:
        return _invalid(f"expected text, got {_short(answer)}.")
    if len(text) > MAX_TEXT:
        return _invalid(f"please keep it under {MAX_TEXT:,} characters (yours has {len(text):,}).")
    return Result("saved", "Compare your thoughts with the points in the explanation.")


CHECKERS = {
    "single": check_single,
    "multiple": check_multiple,
    "order": check_order,
    "match": check_match,
    "numeric": check_numeric,
    "chart": check_chart,
    "verdict": check_verdict,
    "code": check_code,
    "reflection": check_reflection,
}
UNCHECKABLE = "this answer could not be checked"


def check_answer(ex: dict, answer) -> Result:
    """Check one answer. The catch-all is the last line of defence for objects that misbehave when
    compared (a str subclass whose __eq__ raises); every ordinary wrong input has its own message."""
    try:
        return CHECKERS[ex["kind"]](ex, answer)
    except Exception as error:
        return _invalid(f"{UNCHECKABLE} ({type(error).__name__}). Try a plain value.")


def solution_lines(ex: dict) -> list[str]:
    """The answer in words, for the Solution panel."""
    kind = ex["kind"]
    if kind == "chart":
        kind = "single" if ex["answer_type"] == "choice" else "numeric"
    if kind in ("single", "multiple"):
        return [f"Answer: {o['text']}" for o in ex["options"] if o.get("correct")]
    if kind == "order":
        return [f"{n}. {i['text']}" + (f" ({i['when']})" if "when" in i else "")
                for n, i in enumerate(ex["items"], start=1)]
    if kind == "match":
        return [f"{p['item']} → {p['answer']}" for p in ex["pairs"]]
    if kind == "numeric":
        tolerance = f" (answers within ± {_fmt(ex['tolerance'])} count as right)" if ex["tolerance"] else ""
        return [f"{quantity(ex['answer'], ex['unit'])}{tolerance}"]
    if kind == "verdict":
        why = verdict_sentence(ex, ex["verdict"])
        return [f"Verdict: {VERDICTS[ex['verdict']]}" + (f" ({why})" if why else "")] + [
            f"Evidence: {e['text']}" for e in ex["evidence"] if e.get("relevant")]
    if kind == "code":
        return [f"One way to compute it: {ex['solution']}"]
    return ["There is no single right answer; the explanation lists points worth considering."]
