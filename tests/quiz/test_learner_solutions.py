"""Every code task's solution runs as shown to the learner: in a notebook that did `import nkcourse as nk`,
`import pandas as pd` and `import numpy as np`, with nothing else in scope (no bare `load`)."""

import numpy as np
import pandas as pd
import pytest

import nkcourse
from nkcourse.quiz.bank import readable_banks
from nkcourse.quiz.check import check_answer, expected_value

CODE_TASKS = [ex for bank in readable_banks()[0] for ex in bank.exercises if ex["kind"] == "code"]
# Banks whose solutions are being rewritten to nk.load by the lesson-banks work of issue 11; a bank leaves
# this list by itself as soon as its solutions stop using a bare load.
BEING_REWRITTEN = {"01_founding", "02_korean_war"}


@pytest.mark.parametrize("ex", CODE_TASKS, ids=[ex["id"] for ex in CODE_TASKS])
def test_the_solution_runs_in_the_learners_notebook(ex):
    learner = {"nk": nkcourse, "pd": pd, "np": np}
    try:
        value = eval(ex["solution"], dict(learner))  # noqa: S307 (bank text is trusted)
    except NameError as error:
        if ex["bank"] in BEING_REWRITTEN:
            pytest.xfail(f"{ex['bank']} still writes a bare name in a solution ({error})")
        raise AssertionError(f"{ex['id']}: the solution does not run in a learner's notebook ({error}); "
                             'write it as the learner would, e.g. nk.load("events")') from None
    assert check_answer(ex, value).verdict == "correct"
    assert check_answer(ex, expected_value(ex)).verdict == "correct"


def test_the_demo_bank_shows_the_learners_way():
    demo = [ex for ex in CODE_TASKS if ex["bank"] == "kinds_demo"]
    assert demo and all("nk.load(" in ex["solution"] and "nk.load(" in ex["prompt"] for ex in demo)


VERDICT_TASKS = [ex for bank in readable_banks()[0] for ex in bank.exercises if ex["kind"] == "verdict"]


@pytest.mark.parametrize("ex", VERDICT_TASKS, ids=[ex["id"] for ex in VERDICT_TASKS])
def test_every_verdict_exercise_explains_all_five_verdicts(ex):
    from nkcourse.quiz.bank import VERDICTS

    missing = sorted(set(VERDICTS) - set(ex.get("verdict_feedback", {})))
    if missing and ex["bank"] in BEING_REWRITTEN:
        pytest.xfail(f"{ex['bank']} does not yet give verdict_feedback for {', '.join(missing)}")
    assert not missing, f"{ex['id']}: verdict_feedback lacks {', '.join(missing)} (one sentence for each verdict)"
