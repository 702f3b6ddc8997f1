"""Exercise banks: YAML files in exercises/banks/, one per unit, validated when they are loaded.

Banks are written by historians, not programmers. A typo in a bank must fail at load time with a
message that names the file, the exercise and the problem, never as a KeyError deep inside a widget
callback in front of a learner. The schema is JSON Schema (for the shape of every field) plus a few
checks in Python for what a schema cannot say (exactly one correct option, a solution that parses).

An exercise is kept as the plain dict read from YAML, with the bank's name added under "bank": the
checker and the view read the same fields the bank author wrote.

What a learner's first exercise costs (measured on the course's seven banks, 111 exercises):
- YAML is parsed with libyaml's C loader (`yaml.CSafeLoader`, the same safe subset) where PyYAML was
  built with it, and with the pure-Python SafeLoader otherwise: about 10x faster on the course's banks
  (0.13 s -> 0.012 s for all of them), and every bank is read at the first `nk.show`.
- A bank is first checked against the schema by `_fits`, a small checker for the handful of JSON Schema
  keywords the bank schema uses; only a bank that does not fit imports jsonschema, for its readable
  message. jsonschema's import pulls in rfc3987_syntax (its format checker's grammar, about 1 s on
  this machine), which a learner whose banks are valid never needs. `_fits` must never be laxer than
  jsonschema (a stricter answer would only cost the import): tests/quiz/test_banks.py checks that the
  two agree on every exercise of every bank and on over a thousand mutated ones.
Together: reading and checking every bank at the first `nk.show` took about 1.05 s, now 0.025 s.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from nkcourse.paths import banks_dir, course_root

KINDS = ("single", "multiple", "order", "match", "numeric", "chart", "verdict", "code", "reflection")
VERDICTS = {
    "accurate": "Accurate",
    "partly_accurate": "Partly accurate",
    "misleading": "Misleading",
    "inaccurate": "Inaccurate",
    "unverifiable": "Cannot be verified",
}


class BankError(ValueError):
    """A bank (or an exercise asked for by id) cannot be used; the message says where and why."""


_TEXT = {"type": "string", "minLength": 1}
_ID = {"type": "string", "pattern": "^[a-z0-9_]+$"}


def _list_of(item: dict, min_items: int = 1) -> dict:
    return {"type": "array", "items": item, "minItems": min_items}


def _record(required: list[str], **properties: dict) -> dict:
    return {"type": "object", "required": required, "properties": properties, "additionalProperties": False}


_OPTIONS = _list_of(_record(["text"], text=_TEXT, correct={"type": "boolean"}, feedback=_TEXT), 2)
_NUMERIC = {
    "answer": {"type": "number"},
    "tolerance": {"type": "number", "minimum": 0},
    "unit": _TEXT,
    "feedback": _record([], low=_TEXT, high=_TEXT),
}
_COMMON = {
    "id": _ID,
    "kind": {"enum": list(KINDS)},
    "prompt": _TEXT,
    "hints": _list_of(_TEXT),
    "explanation": _TEXT,
    "sources": _list_of(_ID, 0),
    "objectives": _list_of({"type": "integer", "minimum": 1}),  # which of the lesson's numbered objectives
}
_KIND_FIELDS: dict[str, tuple[dict, list[str]]] = {
    "single": ({"options": _OPTIONS}, ["options"]),
    "multiple": ({"options": _OPTIONS}, ["options"]),
    "order": ({"items": _list_of(_record(["text"], text=_TEXT, when=_TEXT), 2)}, ["items"]),
    "match": (
        {"pairs": _list_of(_record(["item", "answer"], item=_TEXT, answer=_TEXT, feedback=_TEXT), 2),
         "choices": _list_of(_TEXT, 2)},
        ["pairs"],
    ),
    "numeric": (_NUMERIC, ["answer", "tolerance", "unit"]),
    "chart": ({"figure": _TEXT, "answer_type": {"enum": ["choice", "number"]}, "options": _OPTIONS,
               **_NUMERIC}, ["figure", "answer_type"]),
    "verdict": (
        {"claim": _TEXT, "verdict": {"enum": list(VERDICTS)},
         "acceptable_verdicts": _list_of({"enum": list(VERDICTS)}),
         "verdict_feedback": _record([], **{key: _TEXT for key in VERDICTS}),
         "evidence": _list_of(_record(["text"], text=_TEXT, relevant={"type": "boolean"}, feedback=_TEXT), 2)},
        ["claim", "verdict", "evidence"],
    ),
    "code": ({"solution": _TEXT, "tolerance": {"type": "number", "minimum": 0},
              "row_order": {"type": "boolean"},
              "wrong_values": _list_of(_record(["value", "feedback"], value={}, feedback=_TEXT))},
             ["solution"]),
    "reflection": ({}, []),
}
_SCHEMAS = {
    kind: _record(["id", "kind", "prompt", "hints", "explanation", "sources", *required],
                  **_COMMON, **fields)
    for kind, (fields, required) in _KIND_FIELDS.items()
}
_BANK_SCHEMA = {
    "type": "object",
    "required": ["title", "unit", "exercises"],
    "additionalProperties": False,
    "properties": {"title": _TEXT, "unit": {"type": "integer", "minimum": 0}, "description": _TEXT,
                   "exercises": _list_of({"type": "object"})},
}


@dataclass(frozen=True)
class Bank:
    name: str
    path: Path
    title: str
    unit: int
    exercises: tuple[dict, ...]


def _where(path: Path) -> str:
    """The bank's path as a bank author sees it: relative to the course folder when possible."""
    try:
        return str(path.relative_to(course_root()))
    except (ValueError, FileNotFoundError):
        return str(path)


_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool}
# YAML's C loader where PyYAML has it (the same safe subset, about ten times faster), else the Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _is_type(instance, name: str) -> bool:
    """JSON Schema's types: a bool is no number, and 3.0 is an integer."""
    if isinstance(instance, bool):
        return name == "boolean"
    if name == "integer":
        return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())
    if name == "number":
        return isinstance(instance, int | float)
    return isinstance(instance, _TYPES[name])


def _fits(instance, schema: dict) -> bool:
    """Whether `instance` satisfies `schema`, for the JSON Schema keywords the bank schema uses (type,
    enum, required, properties, additionalProperties: false, items, minItems, minLength, pattern,
    minimum). An unknown keyword answers False, so that jsonschema decides."""
    for key, value in schema.items():
        if key == "type":
            if not _is_type(instance, value):
                return False
        elif key == "enum":
            if not any(type(instance) is type(v) and instance == v for v in value):
                return False
        elif key in ("required", "properties", "additionalProperties"):
            if not isinstance(instance, dict):
                continue
            if key == "required" and any(name not in instance for name in value):
                return False
            if key == "properties" and any(name in instance and not _fits(instance[name], sub)
                                           for name, sub in value.items()):
                return False
            if key == "additionalProperties" and (value is not False
                                                  or set(instance) - set(schema.get("properties", {}))):
                return False
        elif key in ("items", "minItems"):
            if not isinstance(instance, list):
                continue
            if key == "minItems" and len(instance) < value:
                return False
            if key == "items" and not all(_fits(item, value) for item in instance):
                return False
        elif key in ("minLength", "pattern"):
            if not isinstance(instance, str):
                continue
            if key == "minLength" and len(instance) < value:
                return False
            if key == "pattern" and not re.search(value, instance):
                return False
        elif key == "minimum":
            if isinstance(instance, int | float) and not isinstance(instance, bool) and instance < value:
                return False
        else:
            return False
    return True


def _schema_problem(instance, schema: dict) -> str | None:
    """The first schema violation as one readable sentence, or None."""
    if _fits(instance, schema):
        return None
    import jsonschema  # here, not at the top: `import nkcourse` must not pay for it (about 1 s, see style.py)

    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(instance), key=lambda e: list(e.path))
    if not errors:
        return None
    error = errors[0]
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.path).lstrip(".")
    message = error.message
    if error.validator == "type" and error.validator_value == "string" and not isinstance(error.instance, str):
        message += " (YAML read it as a number, date or yes/no: put the text in quotes)"
    return f"{field}: {message}" if field else message


def _unique(texts: list[str], what: str) -> list[str]:
    repeated = sorted({t for t in texts if texts.count(t) > 1})
    return [f"{what} must be different from each other; repeated: {', '.join(repeated)}"] if repeated else []


def _choice_problems(options: list[dict], single: bool) -> list[str]:
    correct = sum(bool(o.get("correct")) for o in options)
    problems = _unique([o["text"] for o in options], "option texts")
    if single and correct != 1:
        problems.append(f"exactly one option must have `correct: true` (found {correct})")
    if not single and correct == 0:
        problems.append("at least one option must have `correct: true`")
    return problems


def _meaning_problems(ex: dict) -> list[str]:
    """What the schema cannot check: the exercise must have exactly one way to be right."""
    kind = ex["kind"]
    if kind in ("single", "multiple"):
        return _choice_problems(ex["options"], kind == "single")
    if kind == "order":
        return _unique([item["text"] for item in ex["items"]], "items")
    if kind == "match":
        answers = [pair["answer"] for pair in ex["pairs"]]
        choices = ex.get("choices", answers)
        missing = sorted(set(answers) - set(choices))
        problems = _unique([pair["item"] for pair in ex["pairs"]], "items") + _unique(choices, "choices")
        return problems + ([f"choices lack the answers {', '.join(missing)}"] if missing else [])
    if kind == "chart":
        problems = [] if ex["figure"] in ex["prompt"] else [f"the prompt must name the figure {ex['figure']!r}"]
        numeric = [f for f in ("answer", "tolerance", "unit") if f in ex]
        if ex["answer_type"] == "choice":
            if "options" not in ex:
                return [*problems, "answer_type choice needs options"]
            if numeric:
                problems.append(f"answer_type choice takes options, not {', '.join(numeric)}")
            return problems + _choice_problems(ex["options"], single=True)
        if len(numeric) < 3 or "options" in ex:
            problems.append("answer_type number needs answer, tolerance and unit, and no options")
        return problems
    if kind == "verdict":
        problems = _unique([e["text"] for e in ex["evidence"]], "evidence texts")
        if not any(e.get("relevant") for e in ex["evidence"]):
            problems.append("at least one evidence item must have `relevant: true`")
        return problems + _acceptable_problems(ex)
    if kind == "code":
        try:
            compile(ex["solution"], f"<solution of {ex['id']}>", "eval")
        except SyntaxError as error:
            return [f"solution is not a Python expression ({error.msg})"]
    return []


def _acceptable_problems(ex: dict) -> list[str]:
    """An acceptable alternative verdict differs from the model one and says in its feedback why it is defensible."""
    problems = []
    for key in ex.get("acceptable_verdicts", []):
        if key == ex["verdict"]:
            problems.append(f"acceptable_verdicts repeats the model verdict {key!r}")
        elif "defensible, because" not in ex.get("verdict_feedback", {}).get(key, "").casefold():
            problems.append(f"verdict_feedback for acceptable verdict {key!r} must say \"defensible, because...\"")
    return problems


def _exercise_problem(ex: dict) -> str | None:
    if ex.get("kind") not in KINDS:
        return f"kind must be one of {', '.join(KINDS)} (got {ex.get('kind')!r})"
    problem = _schema_problem(ex, _SCHEMAS[ex["kind"]])
    if problem:
        return problem
    problems = _meaning_problems(ex)
    return "; ".join(problems) if problems else None


@lru_cache(maxsize=64)
def _read_bank(path: Path, _mtime_ns: int) -> Bank:
    """Parse and validate one file (cached until the file changes: an instructor may edit a bank live)."""
    where = _where(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise BankError(f"{where}: this is not valid YAML{line}: {error.problem}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise BankError(f"{where}: the file cannot be read ({error})") from None
    problem = _schema_problem(data, _BANK_SCHEMA)
    if problem:
        raise BankError(f"{where}: {problem}")
    seen: set[str] = set()
    for number, ex in enumerate(data["exercises"], start=1):
        name = ex.get("id") if isinstance(ex.get("id"), str) else f"number {number} (no id)"
        problem = _exercise_problem(ex)
        if problem:
            raise BankError(f"{where}, exercise {name!r}: {problem}")
        if ex["id"] in seen:
            raise BankError(f"{where}, exercise {name!r}: this id is used twice in the bank")
        seen.add(ex["id"])
        ex["bank"] = path.stem
    return Bank(path.stem, path, data["title"], data["unit"], tuple(data["exercises"]))


def bank_paths() -> list[Path]:
    """Every bank file, in file-name order (which is unit order: 00_, 01_, ...)."""
    return sorted(banks_dir().glob("*.yaml"))


def load_bank(name: str | Path) -> Bank:
    """A bank by name ("01_founding"), or by the path of a .yaml file (to preview a draft bank)."""
    path = Path(name)
    if path.suffix != ".yaml" or not path.is_file():
        path = banks_dir() / f"{name}.yaml"
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        known = ", ".join(p.stem for p in bank_paths())
        raise BankError(f"There is no bank called {str(name)!r}. The banks are: {known}.") from None
    return _read_bank(path, mtime)


def readable_banks() -> tuple[list[Bank], list[str]]:
    """Every bank that loads, and the messages of those that do not: one broken bank never hides the rest."""
    banks, broken = [], []
    for path in bank_paths():
        try:
            banks.append(load_bank(path))
        except BankError as error:
            broken.append(str(error))
    return banks, broken


def find_exercise(exercise_id: str) -> dict:
    """The exercise with this id, from whichever bank holds it; a broken bank elsewhere does not matter."""
    banks, broken = readable_banks()
    ids = []
    for bank in banks:
        for ex in bank.exercises:
            if ex["id"] == exercise_id:
                return ex
            ids.append(ex["id"])
    close = difflib.get_close_matches(str(exercise_id), ids, n=3)
    message = f"There is no exercise with the id {str(exercise_id)[:80]!r}."
    if close:
        message += f" Did you mean {' or '.join(repr(c) for c in close)}?"
    if broken:
        message += " Some banks could not be read: " + " | ".join(broken)
    raise BankError(message)
