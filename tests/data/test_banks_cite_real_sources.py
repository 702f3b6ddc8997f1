"""Every exercise's evidence is a work in data/sources.csv: banks cannot cite what the data does not hold."""

import pytest

import nkcourse as nk
from nkcourse.quiz.bank import bank_paths, load_bank

KNOWN = set(nk.load("sources")["source_id"])
BANKS = bank_paths()


@pytest.mark.parametrize("path", BANKS, ids=[p.stem for p in BANKS])
def test_bank_sources_exist(path):
    unknown = {
        (exercise["id"], source)
        for exercise in load_bank(path).exercises
        for source in exercise.get("sources", [])
        if source not in KNOWN
    }
    assert not unknown, f"{path.name} cites sources missing from data/sources.csv: {sorted(unknown)}"
