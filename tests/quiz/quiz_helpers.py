"""Right answers for the demo bank's exercises, in the checker's shape and set on the widgets."""

import ipywidgets as widgets


def right_answer(ex: dict):
    """The answer the checker must call correct (None for kinds a widget cannot answer: code)."""
    kind = ex["kind"]
    if kind == "chart":
        kind = "single" if ex["answer_type"] == "choice" else "numeric"
    if kind == "single":
        return next(o["text"] for o in ex["options"] if o.get("correct"))
    if kind == "multiple":
        return [o["text"] for o in ex["options"] if o.get("correct")]
    if kind == "order":
        return [item["text"] for item in ex["items"]]
    if kind == "match":
        return {p["item"]: p["answer"] for p in ex["pairs"]}
    if kind == "numeric":
        return ex["answer"]
    if kind == "verdict":
        return {"verdict": ex["verdict"], "evidence": [e["text"] for e in ex["evidence"] if e.get("relevant")]}
    if kind == "reflection":
        return "Diplomats saw the leadership's quarrels but little of the countryside."
    return None


def of_type(box, kind) -> list:
    return [w for w in box.controls if isinstance(w, kind)]


def enter(box, answer) -> None:
    """Put an answer (in the checker's shape) into an exercise's widgets, as a learner would."""
    radios, checks = of_type(box, widgets.RadioButtons), of_type(box, widgets.Checkbox)
    texts = of_type(box, widgets.Text) + of_type(box, widgets.Textarea)
    rows = [r for r in radios if "nk-row" in r._dom_classes]  # order and match: one row per item
    if rows and isinstance(answer, list):  # an order: positions from the list
        for row in rows:
            row.value = answer.index(row.description) + 1
    elif rows:
        for row in rows:
            row.value = answer[row.description]
    elif isinstance(answer, dict) and "verdict" in answer:
        radios[0].value = answer["verdict"]
        for check in checks:
            check.value = check.description in answer["evidence"]
    elif radios:
        radios[0].value = answer
    elif checks:
        for check in checks:
            check.value = check.description in answer
    else:
        texts[0].value = str(answer)
