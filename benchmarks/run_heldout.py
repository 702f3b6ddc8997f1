"""Run a tester's held-out list of name spellings once, scored as `bench_names.py` scores the test list.

    .venv/bin/python benchmarks/run_heldout.py LIST.csv RESULTS.csv

LIST.csv is what a fresh tester writes (see issue 12): columns spelling, kind, expected_id, expected_name,
origin, note; `expected_id` empty for a name that is not in the course. Prints the figures (right first
answers, of them exact; wrong first answers; names with no answer; not-in-course names that said so), for all
rows and again for the rows whose spelling is not already in tests/names/spellings.csv (a tester who reads the
same pages as an earlier one copies some of the same spellings), and every row that was not answered exactly
right; writes RESULTS.csv, the list with the first answer of each row.
A sealed list is run once, before anyone reads it; its figures go into `bench_names.py`'s docstring and its
rows into tests/names/spellings.csv as a new held-out part.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_names import outcome  # noqa: E402

SPELLINGS = Path(__file__).resolve().parents[1] / "tests" / "names" / "spellings.csv"


def summary(out: list[dict]) -> None:
    """Print the figures of scored rows: right first answers (and exact ones), wrong, missed, not-in-course."""
    known = [r for r in out if r["expected_id"].strip()]
    unknown = [r for r in out if not r["expected_id"].strip()]
    right = [r for r in known if r["result"] == "right"]
    share = 100 * len(right) / max(len(known), 1)
    print(f"  names in the course: {len(known)}; right first: {len(right)} ({share:.1f} %), "
          f"of them exact: {sum(r['first_match'] == 'exact' for r in right)}")
    print(f"  wrong first: {sum(r['result'] == 'wrong' for r in known)}; "
          f"no answer: {sum(r['result'] == 'missed' for r in known)}")
    print(f"  not in the course: {len(unknown)}, said so: {sum(r['result'] == 'right' for r in unknown)}")


def main(list_path: str, out_path: str) -> int:
    import nkcourse as nk

    rows = list(csv.DictReader(open(list_path, encoding="utf-8")))
    out = []
    for row in rows:
        start = time.perf_counter()
        found = nk.lookup(row["spelling"])
        ms = (time.perf_counter() - start) * 1000
        known = row["expected_id"].strip()
        result = outcome({"kind": row["kind"].strip(), "id": known}, found)
        first = None if found.empty else found.iloc[0]
        out.append({**row, "result": result, "first_match": "" if first is None else first["match"],
                    "first_kind": "" if first is None else first["kind"],
                    "first_id": "" if first is None else first["id"], "ms": f"{ms:.2f}"})
    with open(out_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(out[0]))
        writer.writeheader()
        writer.writerows(out)
    seen = {row["spelling"] for row in csv.DictReader(open(SPELLINGS, encoding="utf-8"))}
    for label, rows in (("all rows", out), ("rows whose spelling is not already in the test list",
                                           [r for r in out if r["spelling"] not in seen])):
        print(f"{label} ({len(rows)}):")
        summary(rows)
    for r in out:
        if r["result"] != "right" or r["first_match"] == "suggestion":
            print(f"  {r['result']:6} {r['spelling']!r} [{r['kind']} {r['expected_id'] or '-'}] -> "
                  f"{r['first_match']} {r['first_kind']} {r['first_id']}  ({r['note']})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
