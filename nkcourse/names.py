"""Any name a learner meets: find the person, group, party, army or place the course knows by it.

Korean names reach English readers in McCune-Reischauer (Pak Hŏn-yŏng), Revised Romanization
(Bak Heon-yeong), North Korea's own English (Pak Hon Yong), South Korean habit (Park Heon-young),
Hangul (박헌영), Chinese characters (朴憲永) and their Mandarin reading (Piao Xianyong), Russian
forms (Hegai for Ho Ka-i) and garbled mixtures from machine translation (Heo Jiayi). `lookup`
compares names by rule (`nkcourse.romanize`) so that regular differences need no listing; the data
keep only what no rule produces (pen names, aliases, Soviet names, garbles), in name_variants.csv.

    nk.lookup("Park Heon-yong")          # the person Pak Hon-yong
    nk.lookup("Kapsan", kind="place")    # the town, not the group named after it
    nk.lookup("Kim Jong-il")             # not in the course's data: says so, offers no stranger

The answer is a table, one row per match, best first. `match` says "exact" (the spelling, or a
regular romanization of it, belongs to that entry) or "suggestion" (a near miss, shown only when it is
close and points to one entry more than any other). An empty table means the name is not in the
course's data; printed, it says so.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from . import romanize as rz
from .data import load, short_cites, split_ids

KINDS = ("person", "group", "party", "army", "place")
_KIND_WORDS = {
    "person": "person", "people": "person", "persons": "person", "who": "person",
    "group": "group", "groups": "group", "faction": "group", "factions": "group",
    "party": "party", "parties": "party", "army": "army", "armies": "army", "military": "army",
    "place": "place", "places": "place", "where": "place",
}
_KIND_LABEL = {"person": "person", "group": "group", "party": "party", "army": "army", "place": "place"}
COLUMNS = ["match", "kind", "id", "name", "description", "hangul", "faction", "born", "died", "spelling",
           "kind_of_spelling", "matched_by", "note", "sources", "source_ids", "score"]
_SYSTEMS = {
    "mr": "McCune-Reischauer", "mr_diacritics": "McCune-Reischauer with diacritics", "rr": "Revised Romanization",
    "hangul": "Hangul", "hanja": "Hanja", "chinese": "Chinese", "pinyin": "pinyin", "cyrillic": "Cyrillic",
    "russian_latin": "Russian name in Latin letters", "japanese": "Japanese reading", "alias": "other name",
    "birth_name": "birth name", "popular": "popular spelling",
    "garbled": "garbled form seen in machine-translated or popular texts", "older_name": "older name",
    "korean_name": "Korean name", "translation": "translation", "official_english": "official English name",
    "abbreviation": "abbreviation", "name of the group without 'faction'": "short name of the group",
    "loose_reference": "loose reference",
}
# A group name is often a word plus "faction": Kapsan-p'a, 갑산파, 甲山派, Yenan faction.
_GROUP_SUFFIX = re.compile(r"^(.*?\S)[\s\-]*(faction|group|clique|p'?a|파|派)$", re.IGNORECASE)
_EXACT, _RULE, _LOOSE, _RELATED = 1.0, 0.97, 0.93, 0.9
_RUSSIAN_FORMS = ("Russian or Chinese form", "cyrillic", "russian_latin")
# Spellings a learner may mean but that name an entity only loosely ("Seoul faction"): never exact.
_LOOSE_SYSTEMS = ("loose_reference",)
_MAX_QUERY = 200
# The administrative word after a city's name in Chinese characters: 市 city, 广域市 metropolitan city ...
_CJK_ADMIN = re.compile(r"(特別市|特别市|特級市|特级市|廣域市|广域市|広域市|直轄市|直辖市|市)$")


def normalise(name: str) -> str:
    """The plain comparison key of a name: "Ch'oe Ch'ang-ik" -> "choechangik", "Hŏ Ka-i" -> "hokai"."""
    return re.sub(r"[\s\-‐‑–—_.,/()]+", "", rz.strip_marks(name))


@dataclass(frozen=True)
class _Spelling:
    kind: str
    id: str
    spelling: str
    system: str
    note: str
    weight: float  # how much this spelling speaks for its entity (1 = its own name)


def _spellings() -> list[_Spelling]:
    """Every spelling in the data, with the entity it names."""
    rows: list[_Spelling] = []

    def add(kind, entity, text, system, note="", weight=1.0):
        if isinstance(text, str) and text.strip():
            rows.append(_Spelling(kind, entity, text.strip(), system, note, weight))

    people = load("people")
    columns = [("name", "name in the course"), ("name_mr", "McCune-Reischauer"), ("name_rr", "Revised Romanization"),
               ("name_hangul", "Hangul"), ("name_hanja", "Hanja")]
    for person in people.itertuples(index=False):
        for column, system in columns:
            add("person", person.person_id, getattr(person, column), system)
        for other in str(person.name_other if isinstance(person.name_other, str) else "").split(" / "):
            add("person", person.person_id, other, "Russian or Chinese form")
    factions = load("factions")
    for group in factions.itertuples(index=False):
        add("group", group.faction_id, group.name, "name in the course")
        add("group", group.faction_id, re.sub(r"\s*\(.*\)\s*$", "", group.name), "name in the course")
        for alias in split_ids(group.aliases) if isinstance(group.aliases, str) else []:
            add("group", group.faction_id, alias, "other name of the group", weight=0.98)
            bare = re.sub(r"\s*\(.*\)\s*$", "", alias)  # "Nam Rao faction (garbled)": the bracket is a note
            if bare != alias:
                add("group", group.faction_id, bare, "other name of the group", alias, weight=0.98)
    organizations = load("organizations")
    org_columns = columns[:-1] + [("name_hanja", "Hanja"), ("name_chinese", "Chinese"), ("name_russian", "Russian"),
                                  ("abbreviation", "abbreviation")]
    for org in organizations.itertuples(index=False):
        for column, system in org_columns:
            add(org.kind, org.org_id, getattr(org, column), system)
        if isinstance(org.name, str) and re.search(r"\b(Separate|Independent) ", org.name):
            # отдельная is translated "Separate" or "Independent", or left out: 88th (Independent) Rifle Brigade
            for word in ("Independent ", "Separate ", ""):
                add(org.kind, org.org_id, re.sub(r"\b(Separate|Independent) ", word, org.name),
                    "other translation of отдельная (separate)", weight=0.98)
        for column in ("name_mr", "name_rr"):  # Ch'ŏndogyo Ch'ŏngudang -> Ch'ŏndogyo Ch'ŏngu Party
            text = getattr(org, column)
            if isinstance(text, str) and text.endswith("dang") and len(text) > 8:
                add(org.kind, org.org_id, f"{text[:-4]} Party", "Korean name with 'Party' for -dang", weight=0.98)
    places = load("places")
    for place in places.itertuples(index=False):
        add("place", place.place_id, place.name, "name in the course")
        add("place", place.place_id, re.sub(r"\s*[(,].*$", "", place.name), "name in the course")
        add("place", place.place_id, place.name_hangul, "Hangul")
        bare = re.sub(r"\s*(River|Reservoir)$|-do$", "", re.sub(r"\s*[(,].*$", "", place.name))
        if bare != place.name:
            add("place", place.place_id, bare, "name without River, Reservoir or -do", weight=0.98)
            if place.name.endswith("-do"):
                add("place", place.place_id, f"{bare} Island", "translation of -do", weight=0.98)
    for variant in load("name_variants").itertuples(index=False):
        add(variant.entity_kind, variant.entity_id, variant.variant, str(variant.system),
            variant.note if isinstance(variant.note, str) else "")
        bare = re.sub(r"\s*(River|Reservoir)$|-(ho|kang|gang)$", "", str(variant.variant))
        if variant.entity_kind == "place" and bare != variant.variant:  # Changjin from Changjin-ho
            add("place", variant.entity_id, bare, f"{variant.variant} without its generic word", weight=0.98)
    foreign = set(people.loc[people["faction_id"].isin(["ussr", "usa", "un_other"]), "person_id"])
    chinese = set(people.loc[people["faction_id"] == "prc", "person_id"])
    for person in people[people["person_id"].isin(chinese)].itertuples(index=False):
        surname = person.name.split()[0]
        if len(surname) >= 3:  # "Mao", "Peng": the family name comes first
            add("person", person.person_id, surname, "surname alone", f"from {person.name}", 0.96)
    russian = _RUSSIAN_FORMS
    patronymic = re.compile(r"\S+(ovich|evich|ович|евич)\b", re.IGNORECASE)
    for spelling in [row for row in rows if row.kind == "person" and (
            row.id in foreign or (row.system in russian and patronymic.search(row.spelling)))]:
        for short in _short_forms(spelling.spelling):  # "Mikoyan", "Iosif Stalin"
            add("person", spelling.id, short, "surname alone" if " " not in short else "without the middle name",
                f"from {spelling.spelling}", 0.96)
    return rows


def _short_forms(name: str) -> list[str]:
    """Surname alone, and first name with surname, of a Western or Russian name:
    "Anastas Ivanovich Mikoyan" -> ["Mikoyan", "Anastas Mikoyan"]; "Иванов В. И." -> ["Иванов"]."""
    parts = [p for p in name.replace(",", " ").split() if p.strip(".") and p not in ("Jr.", "Jr", "III", "II")]
    names = [p for p in parts if not p.endswith(".") and len(p) > 1]
    if not names:
        return []
    if len(parts) > 1 and not parts[0].endswith(".") and all(p.endswith(".") for p in parts[1:]):
        return [parts[0]]  # "Иванов В. И.": surname first
    surname = names[-1]
    if len(names) > 2 and names[-2].casefold() in ("van", "von", "de", "du", "la", "le", "di", "da"):
        surname = f"{names[-2]} {names[-1]}"
    shortest = 3 if rz.script(surname) == "hangul" else 5  # "Nam", "Пан" alone would be anyone's surname
    out = [surname] if len(names) > 1 and len(surname) >= shortest else []
    if len(names) > 1 and f"{names[0]} {surname}" != name:
        out.append(f"{names[0]} {surname}")
    return out


def _keys(text: str, korean: bool = False) -> list[tuple[str, str]]:
    """(family, key) pairs under which a spelling is filed; a query is compared family by family.
    A Korean person's name is not filed under the Slavic fold (`korean=True`)."""
    kind = rz.script(text)
    keys = [("plain", normalise(text))]
    if text.isascii() and text.isupper() and " " not in text and len(text) <= 6:
        return keys  # an abbreviation (CPV, KWP) is compared letter for letter
    if kind == "hangul":
        keys.append(("hangul", rz.hangul_key(text)))
        korean_key = rz.korean_key(rz.hangul_to_latin(text))
        keys += [("korean", korean_key), ("loose", rz.loose_key(korean_key))]
        if 2 <= len(text) <= 4:  # a Korean name, surname first: 리승엽 -> "и" + "сунеп"
            keys.append(("cyrillic_korean", rz.cyrillic_korean_key(f"{rz.hangul_to_cyrillic(text[0])} "
                                                                   f"{rz.hangul_to_cyrillic(text[1:])}")))
        else:
            keys.append(("cyrillic_korean", rz.cyrillic_korean_key(rz.hangul_to_cyrillic(text), False)))
    elif kind == "cjk":
        keys += [("plain", reading) for reading in rz.pinyin_readings(text)]
        bare = _CJK_ADMIN.sub("", text.strip())  # 仁川廣域市 = 仁川, 元山市 = 元山
        if bare != text.strip() and len(bare) >= 2:
            keys += [("plain", reading) for reading in rz.pinyin_readings(bare)]
        for reading in rz.korean_readings(text):  # 李弼奎 read in Korean: 리필규 = Ri Pil-gyu; 毛澤東 = 모택동
            keys += [(family, key) for family, key in _keys(reading) if family in ("hangul", "korean", "loose")]
    elif kind == "cyrillic":
        latin = rz.cyrillic_to_latin(text)
        keys += [("plain", normalise(latin)), ("slavic", rz.slavic_key(latin)),
                 ("cyrillic_korean", rz.cyrillic_korean_key(text))]
    else:
        korean_key = rz.korean_key(text)
        keys += [("korean", korean_key), ("loose", rz.loose_key(korean_key))]
        if not korean:
            keys.append(("slavic", rz.slavic_key(text)))
    keys += [("cyrillic_loose", key.replace("е", "о")) for family, key in keys if family == "cyrillic_korean"]
    return [(family, key) for family, key in dict.fromkeys(keys) if key]


# Words that name one thing in English names of groups, parties and armies, and words that add nothing:
# "Southern Korea Labor Party" = "Workers' Party of South Korea"; "Manchurian guerrillas" = "Manchurian partisans".
_NAME_WORDS = {
    "labor": "workers", "labour": "workers", "worker": "workers", "workers": "workers", "working": "workers",
    "southern": "south", "northern": "north", "korean": "korea", "koreans": "korea", "chinese": "china",
    "soviet": "soviet", "soviets": "soviet", "russian": "soviet", "guerrilla": "partisan", "guerrillas": "partisan",
    "guerilla": "partisan", "guerillas": "partisan", "partisans": "partisan", "yenan": "yanan", "yan'an": "yanan",
    "volunteers": "volunteer", "peoples": "people", "people's": "people", "communists": "communist",
}
_FILLER_WORDS = {"the", "of", "for", "and", "in", "s"}
_NON_LETTERS = re.compile(r"[^a-z]+")
_GROUP_WORDS = {"faction", "factions", "group", "groups", "clique", "pa", "party", "line"}


def _words_key(text: str, group: bool) -> str:
    """Content words of an English name of a group, party or army, synonyms folded, order ignored.
    For a group also without "faction", "group" and "party" (the South Labor faction = the South Korean
    Workers' Party group)."""
    found = [_NAME_WORDS.get(word, word) for word in _NON_LETTERS.split(rz.strip_marks(text))]
    drop = _FILLER_WORDS | (_GROUP_WORDS if group else set())
    kept = sorted({word for word in found if word and word not in drop})
    if group and not _GROUP_WORDS & set(found) and "partisan" not in kept:
        return ""  # "Pyongyang" alone is the city, "Kim Il Sung" the man; "Pyongyang faction" is the group
    return " ".join(kept) if len(kept) >= (1 if group else 2) else ""


def _plain_keys(text: str) -> list[str]:
    """The "plain" keys of `_keys` alone (cheaper): the spelling itself, and the pinyin of Chinese characters."""
    if rz.script(text) != "cjk":
        return [normalise(text)]
    bare = _CJK_ADMIN.sub("", text.strip())
    return [normalise(text), *rz.pinyin_readings(text), *(rz.pinyin_readings(bare) if bare != text.strip() else [])]


def _composed(spellings: list[_Spelling]) -> list[tuple[_Spelling, str]]:
    """Korean names mixed across systems: any form of the surname with any form of the given name
    (Xu for 許 with the Jiayi of Heo Jiayi; Li, I, Lee for 李 with Pil-gyu)."""
    people = load("people").set_index("person_id")
    by_person: dict[str, list[_Spelling]] = {}
    for spelling in spellings:
        if spelling.kind == "person":
            by_person.setdefault(spelling.id, []).append(spelling)
    composed = []
    for person_id, own in by_person.items():
        hangul = people.at[person_id, "name_hangul"] if person_id in people.index else None
        if not isinstance(hangul, str) or not 2 <= len(hangul) <= 4 or " " in hangul:
            continue  # only Korean names written surname first
        surnames, given = {hangul[0]: None}, {}
        for spelling in own:
            script = rz.script(spelling.spelling)
            if script == "latin":
                parts = rz.words(spelling.spelling)
                if len(parts) >= 2 and spelling.system not in ("birth_name", "alias", "russian_latin"):
                    surnames.setdefault(parts[0], spelling)
                    given.setdefault("".join(parts[1:]), spelling)
            elif script == "cjk" and spelling.system in ("Hanja", "hanja") and len(spelling.spelling) >= 2:
                for reading in rz.pinyin_readings(spelling.spelling[0]):
                    surnames.setdefault(reading, spelling)
                given.setdefault(rz.pinyin_readings(spelling.spelling[1:])[0], spelling)
        for surname in surnames:
            for name, source in given.items():
                text = f"{rz.hangul_to_latin(surname) if rz.is_hangul(surname[0]) else surname} {name}".title()
                composed.append((_Spelling("person", person_id, text, "surname and given name in different "
                                           "romanizations", f"{source.spelling} ({source.system})" if source else "",
                                           0.95), text))
    return composed


@dataclass
class _Index:
    spellings: list[_Spelling]
    exact: dict[tuple[str, str], list[int]]
    fuzzy: dict[str, list[str]]  # family -> keys, for near misses
    fuzzy_owner: dict[tuple[str, str], list[int]]
    group_bases: dict[tuple[str, str], list[int]]  # "Yenan" of "Yenan faction": a place name, found with the suffix


@cache
def _index() -> _Index:
    spellings = _spellings()
    people = load("people")
    korean = set(people.loc[people["name_hangul"].fillna("").str.len().between(2, 4), "person_id"])
    chinese = set(people.loc[people["faction_id"] == "prc", "person_id"])
    exact: dict[tuple[str, str], list[int]] = {}
    group_bases: dict[tuple[str, str], list[int]] = {}
    place_names = {key for s in spellings if s.kind == "place" for key in _plain_keys(s.spelling)}
    filed = [(spelling, spelling.spelling) for spelling in spellings] + _composed(spellings)
    final = []
    for spelling, text in filed:
        position = len(final)
        final.append(spelling)
        is_korean = spelling.kind == "person" and spelling.id in korean
        extra = []
        if spelling.kind in ("group", "party", "army") and rz.script(text) == "latin":
            extra.append((f"words_{spelling.kind == 'group'}", _words_key(text, spelling.kind == "group")))
        if spelling.kind == "person" and spelling.id in chinese and rz.script(text) == "latin":
            palladius = rz.pinyin_to_palladius(text)
            if palladius:
                extra.append(("palladius", rz.palladius_key(palladius)))
        for family, key in extra:
            if key:
                exact.setdefault((family, key), []).append(position)
        for family, key in _keys(text, korean=is_korean):
            russian_form = spelling.system in _RUSSIAN_FORMS or rz.script(text) == "cyrillic"
            if family == "slavic" and is_korean and not russian_form:
                continue  # Korean names are compared by the Korean fold, Russian ones by the Slavic
                # (but a Soviet Korean's Russian name, Хегай, also by the Slavic: Khegai, Hegai)
            exact.setdefault((family, key), []).append(position)
        if spelling.kind == "group":  # "Kapsan" from "Kapsan faction", "갑산" from "갑산파"
            bare = _GROUP_SUFFIX.match(text)
            if bare and len(bare.group(1).split()) == 1:
                loose = spelling.system in _LOOSE_SYSTEMS  # "Moscow" of "Moscow faction" is as loose as the whole
                base = _Spelling("group", spelling.id, bare.group(1),
                                 spelling.system if loose else "name of the group without 'faction'",
                                 spelling.note if loose else spelling.spelling, _RELATED)
                final.append(base)
                # "Pyongyang" alone is the city, not the group one of whose aliases is "Pyongyang faction";
                # such a base is found only with "faction" or "group" after it. "Kapsan" is both, because
                # the group's own name is "Kapsan group".
                only_with_suffix = spelling.system != "name in the course" and any(
                    key in place_names for key in _plain_keys(bare.group(1)))
                for family, key in _keys(bare.group(1)):
                    (group_bases if only_with_suffix else exact).setdefault((family, key), []).append(len(final) - 1)
    fuzzy: dict[str, list[str]] = {}
    for family, key in exact:
        if family in ("korean", "loose", "slavic", "hangul", "cyrillic_korean") and len(key) >= 4:
            fuzzy.setdefault(family, []).append(key)
    return _Index(final, exact, fuzzy, exact, group_bases)


def _kind_of(kind) -> tuple[str | None, str | None]:
    """(kind, problem): the kind a learner asked for, or a sentence saying what kinds there are."""
    if kind is None or (isinstance(kind, str) and kind.strip().casefold() in ("", "any", "all", "anything")):
        return None, None
    word = _KIND_WORDS.get(str(kind).strip().casefold())
    if word is None:
        return None, (f"There is no kind of name called “{str(kind)[:40]}”. "
                      f"Use one of: {', '.join(KINDS)} (or nothing, for all of them).")
    return word, None


_TITLES = re.compile(r"^(general|gen\.|marshal|comrade|premier|chairman|president|ambassador|minister|"
                     r"colonel|col\.|admiral|adm\.|lieutenant general|lt\. gen\.|major general|mr\.?|dr\.?)\s+",
                     re.IGNORECASE)


def _variants(query: str) -> list[tuple[str, float]]:
    """The query, and what a reader copies along with a name taken away: a title ("General MacArthur"),
    a possessive ("Stalin's"), a bracket ("(KWP)"), initials ("J. V. Stalin"); and the words turned round
    ("Il-sung Kim" -> "Kim Il-sung")."""
    out = [(query, 1.0)]
    glossed = re.fullmatch(r"(.+?)\s*[(\[]([^()\[\]]+)[)\]]\s*", query)
    bare = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", query)
    bare = re.sub(r"^the\s+", "", re.sub(r"['’]s$", "", bare.strip()), flags=re.IGNORECASE)
    while _TITLES.match(bare):
        bare = _TITLES.sub("", bare, count=1)
    bare = bare.strip()
    if bare and bare != query:
        out.append((bare, 0.99))
        query = bare
    query = re.sub(r"\b([^\W\d_])\.(?=[^\W\d_]\.)", r"\1. ", query)  # "A.M. Puzanov" -> "A. M. Puzanov"
    parts = query.split()
    initials = [part for part in parts if re.fullmatch(r"[^\W\d_]\.?", part) and part[0].isupper()]
    if initials and len(parts) > len(initials):  # "Walton H. Walker" -> "Walton Walker", "J. V. Stalin" -> "Stalin"
        parts = [part for part in parts if part not in initials]
        out.append((" ".join(parts), 0.99))
    if glossed and len(glossed.group(2)) >= 3:
        # an editor's gloss in brackets names the same one: "Feng Xi [Stalin]", "Heo Dam [Ho Dam]"
        out.append((glossed.group(2).strip(), 0.98))
    if len(parts) >= 4 and rz.script(query) == "latin":
        # a title of several words before the name: "Soviet Ambassador to North Korea Vasily Moskovsky"
        out += [(" ".join(parts[-n:]), 0.96) for n in (3, 2)]
    if len(parts) == 2 and rz.script(query) == "latin":
        out.append((f"{parts[1]} {parts[0]}", 0.97))
    elif len(parts) > 2 and rz.script(query) == "latin":
        out.append((" ".join([parts[-1], *parts[:-1]]), 0.97))
    return out


def _allowed_distance(key: str) -> int:
    return 0 if len(key) < 5 else 1 if len(key) < 10 else 2


# Letters a romanization or a typist swaps without making another name; any other swap of vowels does
# (Changjin is not Chongjin, Chang-sik is not Chang-sok). The old Soviet spelling writes ㅓ as е (Хен).
_SWAPS = {"u": "w", "w": "u", "i": "y", "y": "i"}
_CYRILLIC_SWAPS = {"е": "о", "о": "е"}
_SLAVIC_SWAPS = {"e": "o", "o": "e"}  # ё is written e, o or yo (Khrushchev, Khrushchov)


def _plausible_slip(key: str, candidate: str, family: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    swaps = {"cyrillic_korean": _CYRILLIC_SWAPS, "slavic": _SLAVIC_SWAPS}.get(family, _SWAPS)
    shorter = min(len(key), len(candidate))
    for op in Levenshtein.editops(key, candidate):
        if op.tag in ("insert", "delete") and op.src_pos >= shorter:
            return False  # an extra or missing last syllable makes another name (Choe Hyon-u)
        letter = key[op.src_pos] if op.tag == "delete" else candidate[op.dest_pos]
        if op.tag in ("insert", "delete") and letter in "gк" and (key[op.src_pos - 1:op.src_pos] == "n" or (
                op.tag == "insert" and candidate[op.dest_pos - 1:op.dest_pos] == "n")):
            continue  # the g of ng dropped or doubled: Pyonyang, Pen Dehuai
        if op.tag in ("insert", "delete") and letter in "wyй":
            return False  # yo is not o: Kim Yo-jong is not Kim Mu-jong
        if op.tag == "replace" and swaps.get(key[op.src_pos]) != candidate[op.dest_pos]:
            return False
    return True


def _skeleton(key: str) -> str:
    """The consonants of a folded key: a near miss may change vowels freely, consonants hardly."""
    return re.sub(r"[aeiouwyаеиоуыэюяё]", "", key)


def _name_parts(text: str) -> int:
    """The words (syllables, in Hangul or Chinese characters) of a person's spelling: 2 for Kim Chaek,
    김책 and 金策, 3 for Kim Il-sung, 1 for a surname alone (Stalin)."""
    if rz.script(text) in ("hangul", "cjk"):
        return len(text.strip())
    return len([part for part in re.split(r"[\s\-‐‑–—_.,/()]+", text) if part])


def _search(query: str, kind: str | None) -> list[tuple[float, int, str]]:
    """(score, spelling position, "exact" or "suggestion") for the best spelling of each entity."""
    index = _index()
    best: dict[tuple[str, str], tuple[float, int, str]] = {}
    one_word = rz.script(query) == "latin" and len(rz.words(query)) == 1

    def consider(position: int, score: float, how: str):
        spelling = index.spellings[position]
        if kind and spelling.kind != kind:
            return
        parts = _name_parts(spelling.spelling) if one_word and spelling.kind == "person" else 1
        if parts > 1 and how == "suggestion":
            return  # one word near a person's whole name is more likely a place: "Wonju" is not Ri Won-jo
        if parts == 2 and how == "exact":
            # Two syllables run together are a Korean place name as often as a name: "Kimchaek" is the
            # city named after Kim Chaek. Suggest the person at most. (Three, "Kimirsen", are a name.)
            how, score = "suggestion", score * 0.9
        if spelling.system in _LOOSE_SYSTEMS:
            how = "suggestion"
        score *= spelling.weight
        entity = (spelling.kind, spelling.id)
        if entity not in best or score > best[entity][0]:
            best[entity] = (score, position, how)

    for text, factor in _variants(query):
        keys = _keys(text)
        if rz.script(text) == "latin" and len(text.split()) > 1:  # Tsoi En Gon: a Russian form in Latin letters
            keys.append(("cyrillic_korean", rz.cyrillic_korean_key(rz.latin_to_cyrillic(text))))
        if rz.script(text) == "latin" and kind in (None, "group", "party", "army"):
            keys += [(f"words_{group}", _words_key(text, group)) for group in (True, False)]
        elif rz.script(text) == "cyrillic":
            keys.append(("palladius", rz.palladius_key(text)))
        for family, key in keys:
            if not key:
                continue
            asked_group = index.group_bases.get((family, key), []) if kind == "group" else []  # ("Yenan", "group")
            for position in index.exact.get((family, key), []) + asked_group:
                score = _EXACT if family == "plain" else _LOOSE if family in ("loose", "cyrillic_loose") else _RULE
                consider(position, score * factor, "exact")
    if not best and one_word and len(query) > 5 and query.casefold().endswith("s"):
        # "partisans": a group named in the plural, by the word its own names use in the singular
        for family, key in _keys(query[:-1]):
            for position in index.exact.get((family, key), []):
                if index.spellings[position].kind == "group":
                    consider(position, _RULE * _RELATED, "exact")
    if not best:
        bare = _GROUP_SUFFIX.match(query)
        if bare and kind in (None, "group"):
            for family, key in _keys(bare.group(1)):
                for position in index.group_bases.get((family, key), []):
                    consider(position, _RULE, "exact")
        if bare and kind in (None, "group") and not best:
            _place_named_group(bare.group(1), consider)
        if bare and kind in (None, "group") and not best:
            _translated_group(bare.group(1), consider)
        if bare and kind in (None, "group") and not best:
            _related_group(bare.group(1), consider)
    if not best:
        _near_misses(query, consider)
    ranked = sorted(best.values(), key=lambda item: (-item[0], item[1]))
    if ranked and ranked[0][2] == "exact":
        top = ranked[0][0]
        return [item for item in ranked if item[2] == "exact" and item[0] >= top - 0.1]
    return ranked[:3]


# Words that make group names in Chinese characters and Hangul (with 派 or 파, "faction"), in English.
_CJK_GROUP_WORDS = {
    "中國": "Chinese", "中国": "Chinese", "중국": "Chinese", "蘇聯": "Soviet", "苏联": "Soviet", "소련": "Soviet",
    "南勞": "South Labor", "南劳": "South Labor", "남로": "South Labor", "國內": "Domestic", "国内": "Domestic",
    "국내": "Domestic", "游擊隊": "Guerrilla", "游击队": "Guerrilla", "유격대": "Guerrilla", "滿洲": "Manchurian",
    "满洲": "Manchurian", "만주": "Manchurian",
}


def _translated_group(base: str, consider) -> None:
    """A group name in characters or Hangul whose first word translates an English one: 中國派 = Chinese
    faction, 南勞派 = South Labor faction (of the South Korean Workers' Party)."""
    english = _CJK_GROUP_WORDS.get(base.strip())
    if english:
        for score, position, how in _search(f"{english} faction", "group"):
            consider(position, score * _RELATED, how)


def _place_named_group(base: str, consider) -> None:
    """A group named after a place, with the place in another script: 莫斯科派 = Moscow faction."""
    index = _index()
    for _score, position, how in _search(base, "place"):
        if how != "exact":
            continue
        place = index.spellings[position]
        for spelling in index.spellings:
            if spelling.kind == "place" and spelling.id == place.id and rz.script(spelling.spelling) == "latin":
                for family, key in _keys(spelling.spelling):
                    for found in index.group_bases.get((family, key), []) + index.exact.get((family, key), []):
                        if index.spellings[found].kind == "group":
                            consider(found, _RULE * _RELATED, "exact")


def _related_group(base: str, consider) -> None:
    """"Namnodang faction", "Pak Hon-yong faction": the group of a party, army or person named."""
    found = {}
    for row in _search(base, None) or _search(f"{base} Party", None):
        spelling = _index().spellings[row[1]]
        faction = _faction_of(spelling.kind, spelling.id)
        if faction and faction not in found:
            found[faction] = row[0]
    groups = [i for i, s in enumerate(_index().spellings) if s.kind == "group" and s.system == "name in the course"]
    for faction, score in found.items():
        position = next(i for i in groups if _index().spellings[i].id == faction)
        consider(position, score * _RELATED, "exact")


@cache
def _faction_links() -> dict[tuple[str, str], str]:
    links = {("person", p.person_id): p.faction_id for p in load("people").itertuples(index=False)}
    for org in load("organizations").itertuples(index=False):
        if isinstance(org.faction_id, str):
            links[(org.kind, org.org_id)] = org.faction_id
    return links


def _faction_of(kind: str, entity: str) -> str | None:
    if kind == "group":
        return entity
    return _faction_links().get((kind, entity))


def _near_misses(query: str, consider) -> None:
    """Spellings one or two letters away from the query, by family; only when one entity is nearest."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    index = _index()
    for family, key in _keys(query):
        if family not in index.fuzzy:
            continue
        limit = _allowed_distance(key)
        if limit == 0:
            continue
        hits = process.extract(key, index.fuzzy[family], scorer=Levenshtein.distance, score_cutoff=limit,
                               limit=20)
        for candidate, distance, _ in hits:
            if distance == 0:
                continue
            skeleton = Levenshtein.distance(_skeleton(key).replace("ng", "n"), _skeleton(candidate).replace("ng", "n"))
            if skeleton > (0 if len(key) < 15 else 1):
                continue
            if not _plausible_slip(key, candidate, family):
                continue
            for position in index.exact[(family, candidate)]:
                consider(position, 0.85 - 0.05 * distance, "suggestion")


def _life(born, died) -> str:
    if pd.isna(born) and pd.isna(died):
        return ""
    if pd.isna(died):  # "1905–" would read as "still alive"; the death may be unknown or disputed
        return f"born {born.year}"
    return f"{'?' if pd.isna(born) else born.year}–{died.year}"


@cache
def _entities() -> dict[tuple[str, str], dict]:
    """What the result shows of each entity: name, one-line description, sources."""
    factions = load("factions").set_index("faction_id")
    short_group = {fid: re.sub(r"\s*\(.*\)\s*$", "", name) for fid, name in factions["name"].items()}
    out = {}
    for p in load("people").itertuples(index=False):
        posts = split_ids(p.posts.replace("; ", ";")) if isinstance(p.posts, str) else []
        group = short_group.get(p.faction_id, "")
        life = _life(p.born, p.died)
        bits = [f"{group}" + (f", {life}" if life else "")]
        if posts:
            bits.append(posts[0])
        out[("person", p.person_id)] = dict(
            name=p.name, description="; ".join(bits), hangul=p.name_hangul, faction=group,
            born=pd.NA if pd.isna(p.born) else int(p.born.year), died=pd.NA if pd.isna(p.died) else int(p.died.year),
            source_ids=p.source_ids)
    for fid, f in factions.iterrows():
        out[("group", fid)] = dict(name=f["name"], description=str(f["origin"]), hangul=pd.NA,
                                   faction=short_group[fid], born=pd.NA, died=pd.NA, source_ids=f["source_ids"])
    for o in load("organizations").itertuples(index=False):
        out[(o.kind, o.org_id)] = dict(
            name=o.name, description=o.description, hangul=o.name_hangul,
            faction=short_group.get(o.faction_id, pd.NA) if isinstance(o.faction_id, str) else pd.NA,
            born=o.founded, died=o.dissolved, source_ids=o.source_ids)
    countries = {"dprk": "North Korea", "rok": "South Korea", "prc": "China", "russia": "Russia", "usa": "USA",
                 "romania": "Romania", "uzbekistan": "Uzbekistan"}
    for pl in load("places").itertuples(index=False):
        what = str(pl.kind).replace("_", " ").replace("foreign city", "city")
        where = countries.get(str(pl.country_today), str(pl.country_today))
        out[("place", pl.place_id)] = dict(
            name=pl.name, description=f"{what.capitalize()}, today in {where}", hangul=pl.name_hangul,
            faction=pd.NA, born=pd.NA, died=pd.NA, source_ids=pl.source_ids)
    return out


class Matches(pd.DataFrame):
    """The answer of `lookup`: a table (one row per match, best first) that prints for learners.

    Its printed form shows names, kinds, one-line descriptions and sources, never ids; an empty
    answer prints the sentence saying the name is not in the course's data."""

    _metadata = ["asked", "message"]

    @property
    def _constructor(self):
        return pd.DataFrame  # a slice or a computation on the answer is a plain table

    def _learner_rows(self) -> list[tuple[str, str, str, str]]:
        rows = []
        for row in self.itertuples(index=False):
            phrase = {"same spelling": "known as", "romanization rule": "a regular variant of",
                      "near miss": "close to", "surname": "surname in"}[row.matched_by]
            matched = "" if normalise(row.spelling) == normalise(row.name) and row.matched_by == "same spelling" else (
                f"{phrase} “{row.spelling}” ({row.kind_of_spelling})")
            rows.append((str(row.name), str(row.kind), str(row.description), matched, str(row.sources)))
        return rows

    def text(self) -> str:
        query = getattr(self, "asked", "")
        if getattr(self, "message", None):
            return self.message
        lines = [_intro(self, query)]
        for name, kind, description, matched, sources in self._learner_rows():
            lines.append(f"- {name} ({kind}): {description}" + (f"; {matched}" if matched else "")
                         + (f". Sources: {sources}" if sources else ""))
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        return describe_lookup(self)


@cache
def _surnames() -> dict[str, list[int]]:
    """The surname spellings of Korean people (first word of a Latin spelling of a name written surname
    first): "kim" -> the spellings of every Kim. A surname alone is a name only when one person has it."""
    index = _index()
    people = load("people")
    korean = set(people.loc[people["name_hangul"].fillna("").str.len().between(2, 4), "person_id"])
    found: dict[str, dict[str, int]] = {}
    for position, spelling in enumerate(index.spellings):
        if (spelling.kind != "person" or spelling.id not in korean or rz.script(spelling.spelling) != "latin"
                or spelling.weight < 1 or spelling.system in ("birth_name", "alias", "russian_latin")):
            continue
        parts = rz.words(spelling.spelling)
        hangul = people.set_index("person_id").at[spelling.id, "name_hangul"]
        own = _surname_fold(rz.hangul_to_latin(hangul[0]))
        for word in (parts[0], parts[-1]) if len(parts) >= 2 else ():  # Kim Il Sung; Syngman Rhee
            if _surname_fold(word) == own:
                found.setdefault(word, {}).setdefault(spelling.id, position)
                break
    return {surname: list(owners.values()) for surname, owners in found.items()}


def _surname_fold(word: str) -> str:
    return rz._SURNAMES.get(word, rz.korean_key(word))


def _surname_alone(query: str) -> list[tuple[float, int, str]]:
    """A Korean surname typed alone ("Rhee", "Kim"): the one person with that spelling of it, or every
    person who has it (the answer then says it is ambiguous)."""
    parts = rz.words(query)
    if len(parts) != 1 or rz.script(query) != "latin":
        return []
    owners = _surnames().get(parts[0], [])
    score = _RULE if len(owners) == 1 else 0.5
    return [(score, position, "exact") for position in owners[:40]]


def _empty(query: str, message: str) -> Matches:
    frame = Matches(pd.DataFrame(columns=COLUMNS))
    frame.asked, frame.message = query, message
    return frame


def lookup(name, kind=None) -> Matches:
    """Who or what a name refers to: people, groups, parties, armies and places, in any spelling.

    `kind` ("person", "group", "party", "army" or "place"; plurals and "faction" also work) keeps
    only that kind of thing. Returns a table, best match first, with the columns `match` ("exact" or
    "suggestion"), `kind`, `id`, `name`, `description` (one line), `hangul`, `faction`, `born` and `died`
    (years; founding and dissolution for parties and armies), `spelling` (the known spelling that
    matched), `kind_of_spelling`, `note`, `sources` (short citations), `source_ids` and `score`.
    An empty table means the name is not in the course's data. Never raises for any input.
    """
    wanted, problem = _kind_of(kind)
    text = name if isinstance(name, str) else ""
    shown = text.strip()[:80]
    if problem:
        return _empty(shown, problem)
    if not text.strip():
        return _empty("", "Type a name, in any spelling or script, to look it up.")
    if len(text) > _MAX_QUERY:
        return _empty(shown, "That is too long to be a name: type one name at a time.")
    found = _search(text.strip(), wanted)
    ambiguous = False
    if not found and wanted in (None, "person"):
        found = _surname_alone(text.strip())
        ambiguous, by_surname = len(found) > 1, bool(found)
    else:
        by_surname = False
    if not found:
        what = f"No {_KIND_LABEL[wanted]}" if wanted else "Nothing"
        return _empty(shown, f"{what} in the course's data is called “{shown}”, and no name in it is close "
                             "enough to suggest. The course covers the people, groups, parties, armies and "
                             "places of North Korea's history from 1945 to 1970 that its lessons discuss.")
    index, entities = _index(), _entities()
    rows = []
    for score, position, how in found:
        spelling = index.spellings[position]
        entity = entities.get((spelling.kind, spelling.id))
        if entity is None:
            continue
        same = normalise(spelling.spelling) in {normalise(variant) for variant, _ in _variants(text.strip())}
        if ambiguous:
            how = "ambiguous"
        rows.append({
            "match": how, "kind": spelling.kind, "id": spelling.id, "name": entity["name"],
            "description": entity["description"], "hangul": entity["hangul"], "faction": entity["faction"],
            "born": entity["born"], "died": entity["died"], "spelling": spelling.spelling,
            "kind_of_spelling": _SYSTEMS.get(spelling.system, spelling.system),
            "matched_by": "surname" if by_surname else "near miss" if how == "suggestion"
            else "same spelling" if same else "romanization rule",
            "note": spelling.note, "sources": "; ".join(dict.fromkeys(short_cites(entity["source_ids"]))),
            "source_ids": entity["source_ids"], "score": round(score, 3),
        })
    frame = Matches(pd.DataFrame(rows, columns=COLUMNS))
    frame.asked, frame.message = shown, None
    return frame


def _intro(found: pd.DataFrame, query: str) -> str:
    match = found["match"].iloc[0]
    if match == "ambiguous":
        return (f"“{query}” alone is ambiguous: {len(found)} people in the course have this surname. "
                "Type the whole name to find one of them:")
    loose = [note for note, system in zip(found["note"], found["kind_of_spelling"], strict=True)
             if system == "loose reference" and isinstance(note, str) and note]
    if match == "exact":
        return f"“{query}” is:"
    if loose:
        return f"“{query}” is not one thing for certain. {loose[0]} Perhaps:"
    return f"No exact match for “{query}”. Did you mean:"


def describe_lookup(name, kind=None) -> str:
    """The answer for `name` (or an answer already found) as short, escaped HTML for the lookup box."""
    found = name if isinstance(name, Matches) else lookup(name, kind)
    if getattr(found, "message", None):
        return f"<p>{html.escape(found.message)}</p>"
    items = []
    for name_, kind_, description, matched, sources in found._learner_rows():
        extra = f" — {html.escape(matched)}" if matched else ""
        cited = f"<br><small>Sources: {html.escape(sources)}</small>" if sources else ""
        items.append(f"<li><b>{html.escape(name_)}</b> <i>({html.escape(kind_)})</i>: "
                     f"{html.escape(description)}{extra}{cited}</li>")
    return f"<p>{html.escape(_intro(found, str(getattr(found, 'asked', ''))))}</p><ul>{''.join(items)}</ul>"


def lookup_box():
    """A box that looks names up as the learner types them, with the same kind filter as `lookup`."""
    import ipywidgets as widgets

    class LookupBox(widgets.VBox):
        def __repr__(self) -> str:  # what a saved notebook shows where the widget cannot be drawn
            return "Name lookup: type a person, group, party, army or place in any spelling."

    box = widgets.Text(
        description="Name:", placeholder="e.g. Heo Jiayi, 김일성, Kapsan-p'a, Inchon",
        description_allow_html=False, continuous_update=False,
        tooltip="Type any spelling of a name and press Enter",
    )
    kinds = widgets.Dropdown(
        options=[("anything", None), ("people", "person"), ("groups", "group"), ("parties", "party"),
                 ("armies", "army"), ("places", "place")],
        value=None, description="Look for:", layout=widgets.Layout(width="220px"),
    )
    button = widgets.Button(description="Look up", tooltip="Look the name up")
    answer = widgets.HTML(value="<p>Type a name, in any spelling or script, then press Enter or click "
                                "<b>Look up</b>.</p>")
    box.add_class("nk-lookup-input")
    answer.add_class("nk-lookup-result")

    def show(_change=None):
        answer.value = describe_lookup(box.value, kinds.value)

    box.observe(show, names="value")
    kinds.observe(show, names="value")
    button.on_click(show)
    return LookupBox([widgets.HBox([box, kinds, button]), answer])
