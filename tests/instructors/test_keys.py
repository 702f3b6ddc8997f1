"""Answer keys: one per unit bank, generated from it, and never older than it."""

import functools
import importlib.util
from pathlib import Path

import nbformat
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_keys", ROOT / "tools" / "build_keys.py")
build_keys = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_keys)

from nkcourse.quiz.bank import load_bank  # noqa: E402


@pytest.fixture(scope="module")
def places():
    return build_keys.where_shown()


def test_every_unit_bank_has_a_key_and_every_key_matches_its_bank(places):
    assert build_keys.unit_banks(), "no unit banks found"
    assert build_keys.out_of_date(places) == []


@pytest.mark.parametrize("bank", build_keys.unit_banks(), ids=lambda p: p.stem)
def test_a_key_holds_every_exercise_with_its_answer_and_each_code_solution_as_code(bank, places):
    exercises = load_bank(bank).exercises
    key = nbformat.read(build_keys.key_path(bank), as_version=4)
    text = "\n".join(c.source for c in key.cells if c.cell_type == "markdown")
    for ex in exercises:
        assert f"`{ex['id']}`" in text
    code = [c for c in key.cells if c.cell_type == "code" and "the solution" in c.source.split("\n")[0]]
    assert [c.source.split(":")[0][2:] for c in code] == [ex["id"] for ex in exercises if ex["kind"] == "code"]
    for cell in code:  # executed by `make keys`, and accepted by the course's checker
        printed = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
        assert "The checker's verdict on this answer: correct" in printed, cell.source


def test_a_changed_bank_makes_its_key_out_of_date(tmp_path, places):
    bank = build_keys.unit_banks()[-1]
    data = yaml.safe_load(bank.read_text(encoding="utf-8"))
    (tmp_path / "same").mkdir()
    dump = functools.partial(yaml.safe_dump, allow_unicode=True, sort_keys=False, width=float("inf"))
    (tmp_path / "same" / bank.name).write_text(dump(data), encoding="utf-8")
    data["exercises"][0]["prompt"] = "Changed: " + data["exercises"][0]["prompt"]
    (tmp_path / bank.name).write_text(dump(data), encoding="utf-8")
    fresh, same, stale = (build_keys.cell_texts(build_keys.build_notebook(b, places))[1:]
                          for b in (bank, tmp_path / "same" / bank.name, tmp_path / bank.name))
    assert fresh == same
    assert fresh != stale
    assert any("**Question.** Changed: " in text for _, text in stale)


def test_bank_text_is_shown_as_written_not_as_markup():
    assert build_keys.md("$1 and $2 *not bold* <b>") == r"\$1 and \$2 \*not bold\* &lt;b&gt;"
    assert build_keys.md("see https://example.org/a_b.htm.") == "see <https://example.org/a_b.htm>."
