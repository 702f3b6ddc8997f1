"""Combine a class's exported progress files into one table, and say what needs a look.

    python tools/merge_progress.py collected/              # a table of exercises done per learner and unit
    python tools/merge_progress.py collected/ class.csv    # ... and every attempt in one CSV

Files exported without a name, names found in more than one file, and files that are not progress
exports are reported, never silently dropped (an unnamed file's attempts are kept under
"(no name: <file>)"). The work is done by nkcourse.quiz.progress.merge_exports, which a notebook can call
directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nkcourse.quiz.progress import DONE, csv_safe, merge_exports


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__.strip())
        return 2
    attempts, problems = merge_exports(argv[0])
    for problem in problems:
        print(f"Check: {problem}")
    if attempts.empty:
        return 1
    done = attempts[attempts["verdict"].isin(DONE)]
    table = done.groupby(["learner", "bank"])["exercise"].nunique().unstack(fill_value=0)
    print(f"\nExercises done (answered correctly or saved), by learner and bank; {attempts['learner'].nunique()} "
          f"learners, {len(attempts)} attempts:\n")
    print(table.to_string())
    if len(argv) == 2:
        csv_safe(attempts).to_csv(Path(argv[1]), index=False)
        print(f"\nEvery attempt, with the file it came from: {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
