"""An acceptable alternative verdict (`acceptable_verdicts`): partly right, with its own "defensible" sentence."""

import importlib

from nkcourse.quiz.bank import load_bank

core = importlib.import_module("nkcourse.quiz.check")
bank = importlib.import_module("nkcourse.quiz.bank")

DEMO = next(ex for ex in load_bank("kinds_demo").exercises if ex["kind"] == "verdict")
RELEVANT = [e["text"] for e in DEMO["evidence"] if e.get("relevant")]
OTHERS = [v for v in core.VERDICTS if v != DEMO["verdict"]]


def with_acceptable(key: str, sentence: str = "Inaccurate is defensible, because the core is contradicted.") -> dict:
    return {**DEMO, "acceptable_verdicts": [key], "verdict_feedback": {**DEMO["verdict_feedback"], key: sentence}}


def test_acceptable_verdict_is_partly_right_with_its_sentence():
    alt = OTHERS[0]
    ex = with_acceptable(alt)
    result = core.check_answer(ex, {"verdict": alt, "evidence": RELEVANT})
    assert result.verdict == "partly"
    assert "defensible, because" in result.message and "acceptable" in result.message
    # The same verdict without the field stays wrong, and the model verdict stays fully right.
    assert core.check_answer(DEMO, {"verdict": alt, "evidence": RELEVANT}).verdict == "incorrect"
    assert core.check_answer(ex, {"verdict": DEMO["verdict"], "evidence": RELEVANT}).verdict == "correct"
    # A verdict not listed as acceptable is still wrong.
    assert core.check_answer(ex, {"verdict": OTHERS[1], "evidence": RELEVANT}).verdict == "incorrect"


def test_bank_rules_for_acceptable_verdicts():
    alt = OTHERS[0]
    assert bank._acceptable_problems(with_acceptable(alt)) == []
    assert bank._acceptable_problems(with_acceptable(alt, "It is close.")) != []  # must say why it is defensible
    assert bank._acceptable_problems(with_acceptable(DEMO["verdict"])) != []  # not the model verdict itself
    assert bank._exercise_problem({**with_acceptable(alt), "acceptable_verdicts": ["nonsense"]})  # schema enum
