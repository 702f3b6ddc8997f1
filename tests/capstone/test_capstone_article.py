"""The capstone's article: labelled as written for the course, of the promised length, holding every claim
the exercises ask about, and with every garbled name resolving to the right person or group."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import nkcourse as nk
from nkcourse.quiz.bank import load_bank
from nkcourse.report import CLAIMS

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "05_capstone_fact_check.ipynb"
BANK = {ex["id"]: ex for ex in load_bank("05_capstone").exercises}

# Every spelling of a person or group in the article, and whom it means (ids in people.csv, factions.csv).
ARTICLE_NAMES = {
    "Kimirsen": "kim_il_sung",  # a Russian form run together
    "Jin Richeng": "kim_il_sung",  # the Chinese reading
    "Kim Il Sung": "kim_il_sung",
    "Heo Ja Yi": "ho_ka_i",  # a garble attested in a machine translation
    "Wu Ting": "mu_chong",
    "Piao Xianyong": "pak_hon_yong",  # one man, three spellings
    "Park Hyun Yong": "pak_hon_yong",
    "Pak Heon-yong": "pak_hon_yong",
    "Lee Seung-yup": "ri_sung_yop",
    "Cui Changyi": "choe_chang_ik",
    "Nikita Khrushchev": "nikita_khrushchev",
    "Stalin": "joseph_stalin",
    "Zhukov": "georgy_zhukov",  # surnames alone
    "Malenkov": "georgy_malenkov",
    "Molotov": "vyacheslav_molotov",
    "Yenan faction": "yanan",
    "Soviet faction": "soviet_korean",
    "Nam Rao faction": "domestic",  # a garbled reading of Namnodang
    "Jiashan faction": "kapsan",  # the Mandarin reading of 甲山
}
# Every spelling above must be an exact match (since the names branch, merged, files garbled group names
# and Western and Russian surnames alone); add a spelling here only with a reason.
SUGGESTION_ONLY: set[str] = set()


def article() -> str:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    found = [("".join(c["source"])) for c in cells
             if c["cell_type"] == "markdown" and "Written for this course" in "".join(c["source"])]
    assert len(found) == 1, "the notebook must have exactly one markdown cell with the labelled article"
    text = re.sub(r"^> ?", "", found[0], flags=re.MULTILINE)
    return " ".join(text.split())


def body() -> str:
    """The article without its label and title: from paragraph [1] on."""
    text = article()
    return text[text.index("[1]"):]


def test_the_article_is_labelled_as_written_for_the_course():
    text = article()
    assert "not a real publication" in text and "written for this exercise" in text


def test_the_article_has_600_to_900_words():
    words = len(re.findall(r"[A-Za-z0-9'’-]+", re.sub(r"\*\*\[\d\]\*\*", "", body())))
    assert 600 <= words <= 900, words


@pytest.mark.parametrize("claim", CLAIMS, ids=[f"claim_{c.number}" for c in CLAIMS])
def test_every_claim_is_in_the_article_in_its_paragraph(claim):
    text = body()
    paragraph = text[text.index(f"[{claim.paragraph}]"):]
    following = f"[{claim.paragraph + 1}]"
    paragraph = paragraph[: paragraph.index(following)] if following in paragraph else paragraph
    assert claim.quote in paragraph
    ex = BANK[claim.exercise]
    assert ex["kind"] == "verdict"
    for name in claim.names:
        assert name in claim.quote or name in paragraph


def test_the_claims_follow_the_article_and_cover_the_bank():
    text = body()
    positions = [text.index(c.quote) for c in CLAIMS]
    assert positions == sorted(positions)
    verdicts = [ex["id"] for ex in BANK.values() if ex["kind"] == "verdict"]
    assert [c.exercise for c in CLAIMS] == verdicts


@pytest.mark.parametrize("spelling", sorted(ARTICLE_NAMES))
def test_every_name_in_the_article_resolves_to_the_right_entity(spelling):
    assert spelling in body()
    found = nk.lookup(spelling)
    assert len(found), f"nk.lookup({spelling!r}) finds nothing"
    assert found["id"].iloc[0] == ARTICLE_NAMES[spelling], found[["match", "id", "spelling"]].to_string()
    if spelling not in SUGGESTION_ONLY:
        assert found["match"].iloc[0] == "exact"
        assert set(found["id"]) == {ARTICLE_NAMES[spelling]}, "an exact spelling must not be ambiguous"


def test_one_person_under_three_spellings_and_a_leader_run_together():
    pak = [s for s, who in ARTICLE_NAMES.items() if who == "pak_hon_yong"]
    assert len(pak) >= 3
    assert " " not in "Kimirsen" and "Kimirsen" in body()


def test_the_names_each_claim_lists_are_resolvable():
    for claim in CLAIMS:
        for name in claim.names:
            assert name in ARTICLE_NAMES, f"claim {claim.number} lists {name!r}, which the tests do not check"
