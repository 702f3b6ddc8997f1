"""Any name a learner meets: find the person, group, party, army or place the course knows by it.

Korean names reach English readers in McCune-Reischauer (Pak Hŏn-yŏng), Revised Romanization
(Bak Heon-yeong), North Korea's own English (Pak Hon Yong), South Korean habit (Park Heon-young),
Hangul (박헌영), Chinese characters (朴憲永) and their Mandarin reading (Piao Xianyong), Russian
forms (Hegai for Ho Ka-i; Цзинь Жичэн, the Chinese reading in Russian), Japanese katakana (パク・ホニョン,
ピョンヤン), shinjitai (南労党) and the Japanese readings of the characters that colonial-era records use
(Boku Ken'ei, Heijō; from Unicode's kJapaneseOn table), Vietnamese readings of the characters (Kim Nhật
Thành for 金日成, from Unicode's Sino-Vietnamese table), the letters of Czech, Polish, German and Hungarian
(Čchö Jong-gon, Kim Ir Szen), party and army names translated into other languages (Partia Pracy Korei,
Koreanische Volksarmee, Đảng Lao động Triều Tiên; a glossary of their words), scanners' slips in typewritten
papers (Nam II, PAK Hor-yong) and garbled mixtures from machine translation (Heo Jiayi). `lookup`
compares names by rule (`nkcourse.romanize`) so that regular differences need no listing; the data
keep only what no rule produces (pen names, aliases, Soviet names, garbles), in name_variants.csv.

    nk.lookup("Park Heon-yong")          # the person Pak Hon-yong
    nk.lookup("Kapsan", kind="place")    # the town, not the group named after it
    nk.lookup("남로당")                  # the party first, the group named after it second
    nk.lookup("Kim Jong-il")             # not in the course's data: says so, offers no stranger
    nk.lookup("Kim Il Sung; Pak Hon-yong")  # two names: each answered, and the answer says so

The answer is a table, one row per match, best first. `match` says "exact" (the spelling, or a
regular romanization of it, belongs to that entry; also a famous name garbled in its last syllable or
syllable order when no one else is as close, and a foreign name read back from Hangul, each labelled
so) or "suggestion" (a near miss, shown only when it is close and points to one entry more than any
other). An empty table means the name is not in the course's data; printed, it says so. A trailing
year or date ("Pyongyang 1950") is ignored.
"""

from __future__ import annotations

import html
import itertools
import math
import os
import re as _stdlib_re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import romanize as rz
from .data import load, short_cites, split_ids

_compiled = lru_cache(maxsize=4096)(_stdlib_re.compile)


class _PatternsKept:
    """The standard `re` module, with every pattern its functions are given compiled once and kept (the last 4,096
    used): this module's rules use more than 2,000 patterns, and `re` keeps only the last 512 it compiled, so
    without this a run of lookups compiled the same patterns again and again (about a quarter of their time, as
    measured before this was added). Same arguments, results and errors as `re`'s functions."""

    def __getattr__(self, name: str):
        return getattr(_stdlib_re, name)

    @staticmethod
    def compile(pattern, flags=0):
        return _compiled(pattern, flags)

    @staticmethod
    def search(pattern, string, flags=0):
        return _compiled(pattern, flags).search(string)

    @staticmethod
    def match(pattern, string, flags=0):
        return _compiled(pattern, flags).match(string)

    @staticmethod
    def fullmatch(pattern, string, flags=0):
        return _compiled(pattern, flags).fullmatch(string)

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        return _compiled(pattern, flags).sub(repl, string, count)

    @staticmethod
    def subn(pattern, repl, string, count=0, flags=0):
        return _compiled(pattern, flags).subn(repl, string, count)

    @staticmethod
    def split(pattern, string, maxsplit=0, flags=0):
        return _compiled(pattern, flags).split(string, maxsplit)

    @staticmethod
    def findall(pattern, string, flags=0):
        return _compiled(pattern, flags).findall(string)

    @staticmethod
    def finditer(pattern, string, flags=0):
        return _compiled(pattern, flags).finditer(string)


re = _PatternsKept()

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
    "loose_reference": "loose reference", "shared_name": "name shared with someone or something not in the course",
    "namesake": "another's name, read like this one's",
    "exonym": "name in another language or script",
}
_SCRIPT_LABELS = {"hangul": "Hangul", "cjk": "Chinese characters", "cyrillic": "Cyrillic", "latin": "Latin letters",
                  "kana": "Japanese katakana"}
# A group name is often a word plus "faction": Kapsan-p'a, 갑산파, 甲山派, Yenan faction (Japanese also ソ連系).
_GROUP_SUFFIX = re.compile(r"^(.*?\S)[\s\-・･]*(faction|group|clique|p'?a|파|派|系列|系|계열|계|-gye|-kye|グループ|"
                           r"(?:(?<=kapsan)|(?<=yenan)|(?<=yanan)|(?<=yan'an)|(?<=yan’an))ites?)$",  # (Kapsanites,
                           # Yenanites: the two factions' men, as English scholarship calls them; not a city's people,
                           # Pyongyangites)
                           re.IGNORECASE)
# (계, 系, "lineage", romanized after a hyphen: Yeonan-gye, Soryeon-gye; 계열, 系列, "line": 연안계열;
# Japanese グループ, "group": 甲山グループ)
_EXACT, _RULE, _LOOSE, _RELATED = 1.0, 0.97, 0.93, 0.9
# "garbled": a famous name with a slip no romanization makes ("Kim Il Sun"), taken as that person when no one
# else is as close; shown as an exact match that says it read a garble
_FIRM = ("exact", "garbled", "transcribed", "part", "katakana")
# "part": a distinctive part of the name of exactly one party or army, typed alone (志願軍, 조선독립동맹)
_RUSSIAN_FORMS = ("Russian or Chinese form", "cyrillic", "russian_latin")
# Spellings a learner may mean but that name an entity only loosely ("Seoul faction"): never exact.
_LOOSE_SYSTEMS = ("loose_reference",)
_MAX_QUERY = 200
# The administrative word after a city's name in Chinese characters: 市 city, 广域市 metropolitan city ...
_CJK_ADMIN = re.compile(r"(特別市|特别市|特級市|特级市|廣域市|广域市|広域市|直轄市|直辖市|市)$")


_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,/()]+")


def normalise(name: str) -> str:
    """The plain comparison key of a name: "Ch'oe Ch'ang-ik" -> "choechangik", "Hŏ Ka-i" -> "hokai"."""
    return _SEPARATORS.sub("", rz.strip_marks(name))


# Letters of the scripts the course reads names in by its own rules and data: Latin, Greek, Cyrillic, Hangul, Chinese
# characters and kana (a CLDR city name in one of them is left to those, `_spellings`)
_SCRIPTS_READ_BY_RULE = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u1100-\u11ff"
                                   r"\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3]")


def _cldr_table(file_name: str) -> list[tuple[str, str, str]]:
    """The rows (entity id, CLDR locale, name) of one of the tables tools/cldr_country_names.py writes from the
    Unicode CLDR beside this module, without its notice."""
    with (Path(__file__).parent / file_name).open(encoding="utf-8") as handle:
        return [tuple(line.rstrip("\n").split("\t")[:3]) for line in handle
                if line.strip() and not line.startswith("#")]


def _country_names() -> list[tuple[str, str, str]]:
    """(group, CLDR locale, name) of the countries whose leadership is a group of the course, in other languages:
    the United States, South Korea and China as the Unicode CLDR names them (country_names.tsv: 美国, 미국, Hoa Kỳ,
    Südkorea, 南韓 ...). The Soviet Union is no CLDR territory: its names are data rows."""
    return _cldr_table("country_names.tsv")


def _city_names() -> list[tuple[str, str, str]]:
    """(place id, CLDR locale, name) of the course's cities that name a time zone (Seoul, Pyongyang, Moscow,
    Vladivostok, Tashkent, Bucharest), in the languages the Unicode CLDR gives their time zones' cities in
    (city_names.tsv: सिओल, பியாங்யாங், ມອສໂຄ ...)."""
    return _cldr_table("city_names.tsv")


# What China's name alone says: a state of two governments in the course's years (its dates from sources.csv:
# kotobank_prc, un_ga_res_2758)
_CHINA_NOTE = ("\"China\" alone: from 1 October 1949 the People's Republic (Beijing) in North Korean, Soviet and "
               "Eastern-bloc sources; but the Republic of China (Taipei) held China's UN seat until 1971 and is the "
               "\"China\" of most American, South Korean and UN documents of the period, and before October 1949 "
               "China was the Republic of China, which the course does not cover (for the Chinese Communists before "
               "1949, see the Chinese Communist Party). Sources: Kotobank, 中華人民共和国 (founded 1 October 1949); "
               "UN General Assembly Resolution 2758 (25 October 1971)")
# What South Korea's names alone say (韩国, 韓国, 韓國; 南朝鮮, 남조선): their dates from the events and organizations
# tables (e1948_rok_founded; kla, whose Chinese name is 韩国光复军; wpsk, 남조선로동당) and from sources.csv
# (kotobank_sino_korean_relations: Beijing's 南朝鮮 until relations in August 1992)
_SOUTH_KOREA_NOTE = ("韩国 / 韓国 / 韓國 alone: the Republic of Korea (South Korea), proclaimed on 15 August 1948; but "
                     "Beijing called it 南朝鲜 until the two states opened relations in August 1992, and the word "
                     "also named Korea as a whole: before 1948 (韓國光復軍, the Korean Liberation Army of the "
                     "Provisional Government in China, 1940). This note's sources: Millett, The War for Korea, "
                     "1945-1950 (2005); Stueck, The Korean War (1995); Scalapino and Lee, Communism in Korea "
                     "(1972); Britannica Japan on Kotobank, 中韓関係[現代]")
_SOUTHERN_KOREA_NOTE = ("南朝鮮 / 남조선 alone: \"South Korea\". From 1945 to 1948 the plain name of the American zone "
                        "(남조선로동당, the Workers' Party of South Korea); from August 1948 the name the North, and "
                        "Beijing until 1992, gave the Republic of Korea, which they did not recognise. This note's "
                        "sources: Scalapino and Lee, Communism in Korea (1972); Britannica Japan on Kotobank, "
                        "中韓関係[現代]")
# The notes that make a country's name alone an answer only as written, and only a suggestion
_COUNTRY_NOTES = frozenset({_CHINA_NOTE, _SOUTH_KOREA_NOTE, _SOUTHERN_KOREA_NOTE})


class _Spelling(NamedTuple):  # (a named tuple: made, kept and read from the cache faster than a dataclass)
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
    for faction, locale, name in _country_names():  # 美国, 미국, Verenigde Staten: a country's own name
        # (China's names: the People's Republic's from 1949 only, so answered as a suggestion with a note; so are
        # South Korea's Chinese and Japanese names, all Korea's before 1948)
        note = _CHINA_NOTE if faction == "prc" else _SOUTH_KOREA_NOTE if (faction, locale) in (
            ("rok", "zh"), ("rok", "ja")) else ""
        add("group", faction, name, _CLDR_SYSTEM, note, weight=0.98)
    # (and 韓國, South Korea's name in traditional characters, Taiwan's and Hong Kong's, also a Korean's Hanja for
    # 한국: as written, with the note)
    add("group", "rok", "韓國", "Chinese characters", _SOUTH_KOREA_NOTE, weight=0.98)
    for name in ("南朝鮮", "南朝鲜", "남조선"):  # (the American zone's name before 1948, the North's for the South)
        add("group", "rok", name, "Chinese characters" if name[0] == "南" else "Hangul", _SOUTHERN_KOREA_NOTE,
            weight=0.98)
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
        if variant.system == "namesake":
            continue  # another's name, never this entity's (`_namesake`)
        add(variant.entity_kind, variant.entity_id, variant.variant, str(variant.system),
            variant.note if isinstance(variant.note, str) else "")
        bare = re.sub(r"\s*(River|Reservoir)$|-(ho|kang|gang)$", "", str(variant.variant))
        if variant.entity_kind == "place" and bare != variant.variant:  # Changjin from Changjin-ho
            add("place", variant.entity_id, bare, f"{variant.variant} without its generic word", weight=0.98)
    known = {(row.id, normalise(row.spelling)) for row in rows if row.kind == "place"}
    for place, locale, name in _city_names():  # सिओल, ਮਾਸਕੋ, ໂຊລ໌: a city's name in another language, as the CLDR
        # names a time zone's city (read as a place's other names in other languages are, `exonym`: as written); only in
        # a script the course has no reading of its own for (not Latin, Greek, Cyrillic, Hangul, characters or kana,
        # which the data and the rules read as sources write them: Пхеньян is read as Russian; but a Cyrillic name with
        # a letter Russian lacks, Ossetian Мӕскуы), and not a name the data already give the city; in Latin letters only
        # a name of six letters or more, or of five without marks that ends in a consonant (Afrikaans Seoel, Somali
        # Faladifostok, Zulu i-Pyongyang; not Czech Soul, Serbian Seul, French seul, "alone", Latvian Seula, a Korean
        # given name's letters, Seul-a, nor Albanian Moskë, which would be Swedish moské, a mosque; nor Vietnamese
        # names, read by rule as Sino-Vietnamese)
        if (place, normalise(name)) not in known and (not _SCRIPTS_READ_BY_RULE.search(name) or re.search(
                "[\u0460-\u04ff]", name) or (
                rz.script(name) == "latin" and locale != "vi" and not re.search(
                    "[\u0370-\u03ff\u1f00-\u1fff]", name) and len(
                    letters := re.sub(r"\W", "", rz.strip_marks(name))) >= 5 and (len(letters) >= 6 or (
                        name.casefold() == rz.strip_marks(name).casefold() and letters[-1] not in "aeiouy")))):
            add("place", place, name, "exonym", f"the city's name in the Unicode CLDR ({locale})", 0.98)
    foreign = set(people.loc[people["faction_id"].isin(["ussr", "usa", "un_other"]), "person_id"])
    chinese = set(people.loc[people["faction_id"] == "prc", "person_id"])
    for person in people[people["person_id"].isin(chinese)].itertuples(index=False):
        surname = person.name.split()[0]
        if len(surname) >= 3:  # "Mao", "Peng": the family name comes first
            add("person", person.person_id, surname, "surname alone", f"from {person.name}", 0.96)
    # and a Chinese surname of two Hangul syllables in a Korean spelling of the whole name, read as the Mandarin
    # surname (마오 of 마오쩌둥: Mao; not one syllable alone, 린 of 린뱌오, which is many words' and names' syllable)
    pinyin_surnames = {person.person_id: person.name.split()[0].casefold()
                       for person in people[people["person_id"].isin(chinese)].itertuples(index=False)}
    for row in [row for row in rows if row.id in chinese and row.kind == "person" and row.system == "hangul"
                and len(row.spelling) >= 4 and " " not in row.spelling]:
        if rz.hangul_loanword_to_latin(row.spelling[:2]) == pinyin_surnames.get(row.id):
            add("person", row.id, row.spelling[:2], "surname alone", f"from {row.spelling}", 0.96)
    for row in [row for row in rows if row.id in chinese and row.kind == "person" and row.system == "popular"]:
        surname = row.spelling.split()[0]  # Wade-Giles "Chou" of "Chou En-lai" (Premier Chou)
        if len(surname) >= 3 and len(row.spelling.split()) >= 2 and surname != _entity_surname(rows, row.id):
            add("person", row.id, surname, _OTHER_SURNAME, f"from {row.spelling}", 0.96)
    russian = _RUSSIAN_FORMS
    patronymic = re.compile(r"\S+(ovich|evich|ович|евич)\b", re.IGNORECASE)
    # a foreign surname of three or four letters alone ("Joy", "Rusk") names the person too, unless it is also
    # someone's first name in the course ("Dean": Dean Acheson, Dean Rusk, William F. Dean)
    first_names = {str(name).split()[0].casefold() for name in people["name"] if " " in str(name)}
    for spelling in [row for row in rows if row.kind == "person" and row.system not in ("garbled", "birth_name") and (
            row.id in foreign or (row.system in russian and patronymic.search(row.spelling)))]:
        # (not a garble's: "Athur" of "Mac Athur" is a slip only in the whole name; nor a birth name's: Skryabin
        # alone is as likely the composer Scriabin as Molotov)
        shortest = 3 if spelling.id in foreign and rz.script(spelling.spelling) == "latin" else None
        for short in _short_forms(spelling.spelling, shortest):  # "Mikoyan", "Iosif Stalin", "Joy"
            if " " not in short and short.casefold() in first_names:
                continue
            add("person", spelling.id, short, "surname alone" if " " not in short else "without the middle name",
                f"from {spelling.spelling}", 0.96)
    return rows


# A Chinese surname alone in another romanization than the course's (Wade-Giles Chou for Zhou): read in Latin
# letters only (Чоу, a Bulgarian garble of Choe, is not he)
_OTHER_SURNAME = "surname alone in another romanization"


def _entity_surname(rows: list[_Spelling], entity: str) -> str:
    """The first word of the course's own name of a person among `rows` ("" if there is none)."""
    return next((row.spelling.split()[0] for row in rows if row.id == entity and row.kind == "person"
                 and row.system == "name in the course"), "")


def _surname_first(names: list[str]) -> list[str] | None:
    """A Russian name of three words with the surname first, as a list gives it ("Штыков Терентий Фомич", "Shtykov
    Terenty Fomich": the last a patronymic, `_PATRONYMIC`, the second none), turned to the usual order (first name,
    patronymic, surname); None for any other list of words."""
    if len(names) == 3 and _PATRONYMIC.search(names[2]) and not _PATRONYMIC.search(names[1]):
        return [names[1], names[2], names[0]]
    return None


def _short_forms(name: str, shortest: int | None = None) -> list[str]:
    """Surname alone, and first name with surname, of a Western or Russian name:
    "Anastas Ivanovich Mikoyan" -> ["Mikoyan", "Anastas Mikoyan"]; "Иванов В. И." -> ["Иванов"]. A surname
    alone must have `shortest` letters (by default 3 in Hangul and 5 otherwise: "Nam" is anyone's)."""
    parts = [p for p in name.replace(",", " ").split() if p.strip(".") and p not in ("Jr.", "Jr", "III", "II")]
    names = [p for p in parts if not p.endswith(".") and (len(p) > 1 or p is parts[-1])]  # (Борис Павлович Ю)
    if not names:
        return []
    if len(parts) > 1 and not parts[0].endswith(".") and all(p.endswith(".") for p in parts[1:]):
        return [parts[0]]  # "Иванов В. И.": surname first
    if turned := _surname_first(names):
        names = turned  # "Хегай Алексей Иванович": surname first, as a list gives it
        name = " ".join(names)
    surname = names[-1]
    if len(names) > 2 and names[-2].casefold() in ("van", "von", "de", "du", "la", "le", "di", "da"):
        surname = f"{names[-2]} {names[-1]}"
    shortest = shortest or (3 if rz.script(surname) == "hangul" else 5)  # "Nam", "Пан" alone: anyone's surname
    out = [surname] if len(names) > 1 and len(surname) >= shortest else []
    if len(names) > 1 and f"{names[0]} {surname}" != name:
        out.append(f"{names[0]} {surname}")
    return out


def _keys(text: str, korean: bool = False, place: bool = False, asked: bool = True) -> list[tuple[str, str]]:
    """(family, key) pairs under which a spelling is filed; a query is compared family by family.
    A Korean person's name is not filed under the Slavic fold (`korean=True`); a place's name in characters is
    not read with the surname's reading of 金 (`place=True`: 金城 is 금성 Kumsong, never "Kim Song"). A name typed
    (`asked=True`) is also read with Czech, Polish or German ch for х; a name filed is not (Chongchon, filed so,
    would meet Hongchon). Returns a new list on each call (the pairs are kept once per text)."""
    return list(_keys_of(text, korean, place, asked))


@lru_cache(maxsize=32768)  # the index files about 4,000 spellings, a third of them twice (as written and composed)
def _keys_of(text: str, korean: bool, place: bool, asked: bool) -> tuple[tuple[str, str], ...]:
    kind = rz.script(text)
    keys = [("plain", normalise(text))]
    if text.isascii() and text.isupper() and " " not in text and len(text) <= 6:
        # an abbreviation (CPV, KWP) is compared letter for letter, and with the initials of English names
        return tuple(keys + ([("initials", keys[0][1])] if len(text) >= 3 and text.isalpha() else []))
    if kind == "hangul" and _CJK_RUN.search(text):
        return tuple(keys)  # 김일成: Hangul with characters, which the Korean fold would drop (Kim Il); read whole by
        # `_second_reading`, every character in Korean
    if kind == "hangul":
        keys.append(("hangul", rz.hangul_key(text)))
        korean_key = rz.korean_key(rz.hangul_to_latin(text))
        keys += [("korean", korean_key), ("loose", rz.loose_key(korean_key))]
        latin, said = rz.hangul_to_latin(text), rz.hangul_to_latin_said(text)
        if said != latin:
            said = rz.korean_key(said)  # 남로당 said Namnodang
            keys += [("korean", said), ("loose", rz.loose_key(said))]
        if "ui" in latin:
            plain_i = rz.korean_key(latin, ui_as_i=True)  # 홍명희 = Hong Myong-hi
            keys += [("korean", plain_i), ("loose", rz.loose_key(plain_i))]
        in_cyrillic = (f"{rz.hangul_to_cyrillic(text[0])} {rz.hangul_to_cyrillic(text[1:])}" if 2 <= len(text) <= 4
                       else rz.hangul_to_cyrillic(text))  # a Korean name, surname first: 리승엽 -> "и" + "сунеп"
        for older in (True, False):  # as a Russian spelling and as a Latin one read in Cyrillic would fold it
            keys.append(("cyrillic_korean", rz.cyrillic_korean_key(in_cyrillic, 2 <= len(text) <= 4, older)))
        if place and rz.pronounced(text) != text:  # a place as it is said: 압록강 [암녹깡], Амноккан
            keys.append(("cyrillic_korean", rz.cyrillic_korean_key(rz.hangul_to_cyrillic(rz.pronounced(text)))))
    elif kind == "cjk":
        # (a place's name read with each character's first reading only: the surname's other readings of its first
        # character would file 沈阳 as "tanyang", met by 漢陽, Seoul's old name, read so too)
        keys += [("plain", reading) for reading in rz.pinyin_readings(text, limit=1 if place else 6)]
        bare = _CJK_ADMIN.sub("", text.strip())  # 仁川廣域市 = 仁川, 元山市 = 元山
        if bare != text.strip() and len(bare) >= 2:
            keys += [("plain", reading) for reading in rz.pinyin_readings(bare, limit=1 if place else 6)]
        readings = rz.korean_readings(text) + (rz.korean_readings(bare) if bare != text.strip() and len(bare) >= 2
                                                else [])  # 延安市 read without 市: 연안
        for reading in dict.fromkeys(readings):  # 李弼奎 read in Korean: 리필규 = Ri Pil-gyu; 毛澤東 = 모택동
            if korean and text.startswith("金") and not reading.startswith("김"):
                continue  # a Korean's surname 金 is always 김 (금 is another surname, 琴): Kum Tu-bong is not he
            if place and "金" in text and "김" in reading:
                continue  # and a place's 金 is 금: 金城 is Kumsong, not the name Kim Song
            keys += [(family, key) for family, key in _keys(reading) if family in ("hangul", "korean", "loose") or (
                korean and family == "cyrillic_korean")]  # 金武亭 = 김무정 = Ким Му Чжон
    elif kind == "cyrillic":
        latin = rz.cyrillic_to_latin(text)
        keys += [("plain", normalise(latin)), ("slavic", rz.slavic_key(latin)),
                 ("cyrillic_korean", rz.cyrillic_korean_key(text)),
                 ("cyrillic_korean", rz.cyrillic_korean_key(text, older_soviet=False))]  # Теджон: 대전, not 정
        english_ng = re.sub(r"нг(?![аеиоуыэюяё])", "н", text.casefold())
        if english_ng != text.casefold():  # Чу Йонг-ха: ㅇ written нг, after English, where Kontsevich writes н
            keys.append(("cyrillic_korean", rz.cyrillic_korean_key(english_ng)))
        if "гы" in text.casefold():  # Юн Кон Гым: г read as Ukrainian says it, h, in 흠 (хым), a suggestion; not
            # elsewhere, where г is Russian's own letter for ㄱ (Хо Гон is not Ho Hon)
            ukrainian_h = rz.cyrillic_korean_key(re.sub("гы", "хы", text.casefold()))
            keys.append(("cyrillic_loose", ukrainian_h.replace("е", "о")))
    elif kind == "kana":
        pass  # katakana is compared by its own fold (`_kana_names`); its Latin letters alone are no name (ジョン・B・
        # コールター would be "b", William F. Dean's ウィリアム・F・ディーン "f", both "p" in the Korean fold)
    else:
        korean_key = rz.korean_key(text)
        keys += [("korean", korean_key), ("loose", rz.loose_key(korean_key))]
        assimilated = re.sub(r"(?<=[mn])l", "n", korean_key)
        if assimilated != korean_key and re.fullmatch(r"[^\W\d_]+", text.strip()):
            # one word with ㄹ after a consonant written r or l, as Hangul spells it: Namrodang = Namnodang
            keys += [("korean", assimilated), ("loose", rz.loose_key(assimilated))]
        if "ui" in korean_key:  # Hong Myong-hui = Hong Myong-hi = Hong Myong-hee
            plain_i = rz.korean_key(text, ui_as_i=True)
            if plain_i != korean_key:
                keys += [("korean", plain_i), ("loose", rz.loose_key(plain_i))]
        if not korean:
            keys.append(("slavic", rz.slavic_key(text)))
            if asked and "ch" in text.casefold() and not text.isupper():  # Chabarovsk: Czech, Polish, German ch for х
                keys.append(("slavic", rz.slavic_key(text, ch_as_kh=True)))
            french = rz.french_russian(text)  # Brejnev, Khrouchtchev: French transliteration
            if french:
                keys.append(("slavic", rz.slavic_key(french)))
    # ё written е, read loosely as о; not a name's first letter, which is е for ye (Есан is Yesan, not Osan)
    keys += [("cyrillic_loose", key[:1] + key[1:].replace("е", "о")) for family, key in keys
             if family == "cyrillic_korean"]
    return tuple((family, key) for family, key in dict.fromkeys(keys) if key)


# Words that name one thing in English names of groups, parties and armies, and words that add nothing:
# "Southern Korea Labor Party" = "Workers' Party of South Korea"; "Manchurian guerrillas" = "Manchurian partisans".
_NAME_WORDS = {
    "labor": "workers", "labour": "workers", "worker": "workers", "workers": "workers", "working": "workers",
    "southern": "south", "northern": "north", "korean": "korea", "koreans": "korea", "chinese": "china",
    "soviet": "soviet", "soviets": "soviet", "russian": "soviet", "guerrilla": "partisan", "guerrillas": "partisan",
    "guerilla": "partisan", "guerillas": "partisan", "partisans": "partisan", "yenan": "yanan", "yan'an": "yanan",
    "volunteers": "volunteer", "peoples": "people", "people's": "people", "communists": "communist",
    "forces": "army", "force": "army", "troops": "army", "troop": "army", "eighth": "8th", "tenth": "10th", "x": "10th",
    "eigth": "8th",  # (a common slip: Eigth Army)
    "internal": "domestic",
    "coalition": "united",  # 联军 translated: the Northeast Anti-Japanese Coalition Army
    "partisanen": "partisan",  # German
    "partisanerne": "partisan", "partisanere": "partisan", "partizanen": "partisan",  # Danish, Norwegian, Dutch
    "partyzanci": "partisan", "partizanii": "partisan", "partizanok": "partisan", "partizani": "partisan",  # Polish,
    # Romanian, Hungarian, Croatian and Serbian plurals
    "restoration": "liberation",  # 光復軍 (gwangbok, "restoration of light"): the Korean Restoration Army
    "chondogyo": "chondoist", "cheondogyo": "chondoist",  # the religion's name for its adjective
}
_FILLER_WORDS = {"the", "of", "for", "and", "in", "s", "puppet"}  # "south Korean puppet army", as the DPRK's press
# names the ROK Army
_NON_LETTERS = re.compile(r"[^a-z0-9]+")
_GROUP_WORDS = {"faction", "factions", "group", "groups", "clique", "pa", "party", "line", "pro"}  # pro-Soviet faction


def _words_key(text: str, group: bool) -> str:
    """Content words of an English name of a group, party or army, synonyms folded, order ignored.
    For a group also without "faction", "group" and "party" (the South Labor faction = the South Korean
    Workers' Party group)."""
    # Eighth U.S. Army = Eighth United States Army (not German US-Armee, whose glossary reading is "us army")
    text = re.sub(r"\bU\.\s?S\.(?=\s|$)|\bUS\b(?!-)|\bUSA\b|\bAmerican\b|\bUnited\s+States\s+of\s+America\b",
                  "United States", text, flags=re.IGNORECASE)  # Eighth American Army
    text = re.sub(r"^(?:UN|U\.\s?N\.|United\s+Nations)\s+(?=(?:8th|Eighth)\.?\s+Army\b|(?:10th|Tenth|X)\.?\s+Corps\b)",
                  "", text, flags=re.IGNORECASE)
    # (United Nations 8th Army, UN X Corps: the UN Command's field army and its corps, named as the UN's in wire
    # stories of the war; not another number's army, UN 25th Army, which is no UN army, nor the UN Command itself)
    # Chʼŏndogyo (天道敎), the religion of the Heavenly Way, translated: the Party of Young Friends of the Celestial Way
    text = re.sub(r"\b(?:celestial|heavenly)\s+way\b|\bway\s+(?:celestial|heavenly)\b|\bchondo\s+religion\b",
                  "Chondoist", text, flags=re.IGNORECASE)  # (Via Celeste: the way, heavenly)
    # Eighty-Eighth, Twenty Fifth: an ordinal in two words, in figures (the words are split apart below)
    text = re.sub(r"\bDPRK(?=\s+(?:people['’]?s\s+)?(?:army|armed\s+forces|forces|troops)\b)", "North Korea", text,
                  flags=re.IGNORECASE)  # DPRK Army: the North Korean army (not a party: the DPRK's Workers' Party is
    # no Workers' Party of North Korea, which the KWP succeeded)
    text = re.sub(r"\beighty[\s\-]+eighth\b", "88th", text, flags=re.IGNORECASE)
    text = re.sub(r"\btwenty[\s\-]+fifth\b", "25th", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(army)\s+(?:command|headquarters|hq)$", r"\1", text, flags=re.IGNORECASE)  # Eighth Army
    # Command: the army's command, named after it
    text = re.sub(r"\barmy\s+corps\b", "Corps", text, flags=re.IGNORECASE)  # 10th US Army Corps = US X Corps
    text = re.sub(r"\barmed\s+forces\b", "army", text, flags=re.IGNORECASE)  # the North Korean Armed Forces
    text = re.sub(r"\barmy\s+(?=military\s+government\b)", "", text, flags=re.IGNORECASE)  # the American Military
    # Government in Korea = the US Army Military Government in Korea
    text = re.sub(r"\barmy[\s-]+group\b", "armygroup", text, flags=re.IGNORECASE)  # 集团军: a formation, not a
    # group, and several countries' (the Kuomintang's Eighth Army Group): no one army of the course
    text = re.sub(r"\b(\d+)(?=\s+(?:(?:separate|independent|special|rifle)\s+)*(?:corps|army|brigade)\b)",
                  lambda number: number.group(1) + (
        "th" if 10 <= int(number.group(1)) % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(int(number.group(1)) % 10,
                                                                                             "th")), text,
                  flags=re.IGNORECASE)  # 8 Army, 10 Corps: the number read as an ordinal
    found = [_NAME_WORDS.get(word, word) for word in _NON_LETTERS.split(rz.strip_marks(text))]
    if "chondoist" in found and ("north" in found or {"young", "friends", "friendship"} & set(found)):
        # North Korean Chondogyo Youth Party, Young Friends Party: the Chondoist Chongu Party's name (청우, 靑友, "young
        # friends") translated (not the Chondogyo Youth Party alone, also the colonial-era 천도교청년당 of 1923)
        found = ["chongu" if word in ("youth", "young", "friends", "friendship") else word for word in found]
    if {"china", "people", "volunteer", "corps"} <= set(found):  # Corpo de Voluntários do Povo Chinês: the Chinese
        found.remove("corps")  # People's Volunteer Corps, as some call the volunteers (not the Korean Volunteer Corps)
    drop = _FILLER_WORDS | (_GROUP_WORDS if group else set())
    if group and "puppet" in found:
        return ""  # the south Korean puppet clique: the DPRK's press's name for the South's government, no faction
    kept = sorted({word for word in found if word and word not in drop})
    if group and not _GROUP_WORDS & set(found) and "partisan" not in kept:
        return ""  # "Pyongyang" alone is the city, "Kim Il Sung" the man; "Pyongyang faction" is the group
    return " ".join(kept) if len(kept) >= (1 if group else 2) else ""


# A translation glossary: ordinary dictionary words of Polish, Hungarian, German, Russian, Spanish, Portuguese,
# French, Italian, Czech, Slovak, Romanian, Serbian, Croatian, Bulgarian, Dutch, Swedish, Norwegian, Danish,
# Turkish and Vietnamese names of parties,
# armies and groups, in English (marks stripped, lower case). Compounds are given whole (Arbeiterpartei =
# workers party). Used only to compare such a name with the English names in the data, and only when the
# translated name contains a word for a party, an army, a brigade or a faction (`_translated_name`).
_GLOSSARY = {
    # Polish
    "partia": "party", "pracy": "workers", "robotnicza": "workers", "robotniczej": "workers", "korei": "korea",
    "koreanska": "korea", "koreanskiej": "korea", "polnocnej": "north", "poludniowej": "south", "ludowa": "people",
    "armia": "army", "brygada": "brigade", "frakcja": "faction", "frakcji": "faction", "komunistyczna": "communist",
    "partyzanckiej": "partisan", "republique": "republic",
    "partyzancka": "partisan", "partyzantow": "partisan", "krajowa": "domestic",
    "armii": "army", "ludowej": "people", "ochotnikow": "volunteers", "wyzwolenia": "liberation",
    "usa": "united states",
    # Hungarian
    "koreai": "korea", "munkaspart": "workers party", "munkas": "workers", "part": "party", "eszak": "north",
    "del": "south", "nephadsereg": "people army", "hadsereg": "army", "amerikai": "united states",
    "dandar": "brigade", "frakcio": "faction",
    "kommunista": "communist", "partizan": "partisan", "hazai": "domestic", "jenani": "yanan", "uj": "new",
    "neppart": "people party", "munkapartja": "workers party", "partja": "party",  # (Szovjetunió Kommunista Pártja)
    # German
    "arbeiterpartei": "workers party", "partei": "party", "arbeiter": "workers", "koreas": "korea",
    "sozialdemokratische": "social democratic", "sozialdemokratischen": "social democratic",
    "volkspartei": "people party", "partisanen": "partisan", "partisanenfraktion": "partisan faction",
    "inlandische": "domestic", "neuen": "new", "vereinigten": "united", "nordost": "northeast",
    "antijapanischen": "anti japanese", "japanischen": "japanese",
    "allunionskommunistischen": "all union communist", "bolschewiki": "bolsheviks",
    "nordchinesische": "north china", "nordchinesischen": "north china", "fur": "",
    "die": "", "amerikanische": "united states",
    "koreanische": "korea", "koreanischen": "korea", "nordkoreas": "north korea", "nordkorea": "north korea",
    "nordkoreanische": "north korea", "nordkoreanischen": "north korea", "sudkoreas": "south korea",
    "sudkoreanische": "south korea", "sudkoreanischer": "south korea",
    "sudkorea": "south korea",
    "volksarmee": "people army", "befreiungsarmee": "liberation army", "armee": "army",
    "schutzenbrigade": "rifle brigade", "selbstandige": "separate",
    "nordostliche": "northeast", "japanische": "japanese", "antijapanische": "anti japanese",
    "vereinigte": "united", "kommunistische": "communist", "fraktion": "faction", "der": "", "des": "",
    "nordostarmee": "northeast army", "einheitsarmee": "united army",  # (compounds: Anti-Japanische Nordostarmee)
    "chondoistische": "chondoist", "chondoistischen": "chondoist",  # (Chondoistische Chongu-Partei)
    # Russian
    "рабочая": "workers", "трудовая": "workers", "партия": "party", "кореи": "korea", "корейская": "korea",
    "северной": "north", "южной": "south", "народная": "people", "армия": "army", "бригада": "brigade",
    "отдельная": "separate", "стрелковая": "rifle", "северокорейская": "north korea",
    "фракция": "faction", "коммунистическая": "communist",
    "северо-восточная": "northeast", "рк": "rok",  # (армии РК: the Republic of Korea's)
    # Spanish, Portuguese, French, Italian
    "partido": "party", "parti": "party", "partito": "party", "trabajadores": "workers", "trabajo": "workers",
    "trabalhadores": "workers", "trabalho": "workers", "travail": "workers", "travailleurs": "workers",
    "lavoro": "workers", "lavoratori": "workers", "corea": "korea", "coree": "korea", "coreia": "korea",
    "norte": "north", "nord": "north", "sur": "south", "sul": "south", "sud": "south", "ejercito": "army",
    "exercito": "army", "esercito": "army", "popular": "people", "populaire": "people", "popolare": "people",
    "pour": "", "l": "",
    "americaine": "united states", "americain": "united states", "americana": "united states",
    "americano": "united states", "estadounidense": "united states",
    "comunista": "communist", "communiste": "communist", "de": "", "los": "", "las": "", "la": "",
    "dos": "", "das": "", "da": "", "do": "", "du": "", "di": "", "el": "", "le": "", "il": "",
    "coreano": "korea", "coreana": "korea", "coreen": "korea", "coreenne": "korea", "coreenes": "korea",
    "chino": "china", "chinos": "china", "chinois": "china", "chinoise": "china", "cinese": "china",
    "cinesi": "china", "chines": "china", "chinesa": "china", "chineses": "china", "pueblo": "people",
    "peuple": "people", "popolo": "people", "povo": "people", "voluntarios": "volunteers",
    "volontaires": "volunteers", "volontari": "volunteers", "voluntaires": "volunteers", "faccion": "faction",
    "fraction": "faction", "fazione": "faction", "partigiana": "partisan", "partigiani": "partisan",
    "fraccion": "faction", "guerrillera": "partisan", "guerrilleros": "partisan", "guerrilha": "partisan",
    "guerrilheira": "partisan", "guerrilheiros": "partisan",  # (Portuguese facção pró-guerrilha, guerrilheira)
    "faccao": "faction", "fraksjon": "faction", "fraksjonen": "faction", "guerriglia": "partisan",
    "groupe": "group", "gruppo": "group", "interieure": "domestic", "domestique": "domestic",  # (French faction
    # intérieure, faction domestique: the domestic faction)
    "grupo": "group", "sovietico": "soviet", "sovietique": "soviet", "sovietica": "soviet",
    # (Spanish and Portuguese: Unión de Repúblicas Socialistas Soviéticas; Novo Partido Popular; Exército de
    # Libertação; French fusiliers séparés)
    "republicas": "republics", "socialistas": "socialist", "sovieticas": "soviet", "novo": "new",
    "libertacao": "liberation", "liberacao": "liberation", "separes": "separate", "separees": "separate",
    # German, further
    "arbeit": "workers", "chinesische": "china", "chinesischen": "china", "freiwillige": "volunteers",
    "volksfreiwillige": "people volunteers", "volksfreiwilligen": "people volunteers", "sowjetische": "soviet",
    "gruppe": "group",
    # Polish, further
    "chinscy": "china", "chinskich": "china", "ochotnicy": "volunteers", "ludowi": "people",
    "ludowych": "people", "koreanczycy": "korea", "radziecka": "soviet", "radzieccy": "soviet", "grupa": "group",
    # Czech and Slovak
    "korejska": "korea", "korejske": "korea", "korejsky": "korea", "koreje": "korea", "korey": "korea",
    "korejskou": "korea", "stranu": "party", "demokraticka": "democratic",  # Czech cases
    "korejskej": "korea", "strana": "party", "strany": "party", "prace": "workers", "delnicka": "workers",
    "lidova": "people", "ludova": "people", "armada": "army", "armady": "army", "cinsti": "china",
    "cinski": "china", "cinskych": "china", "dobrovolnici": "volunteers", "lidovi": "people",
    "ludovi": "people", "severni": "north", "severnej": "north", "jizni": "south", "juznej": "south",
    "komunisticka": "communist", "frakce": "faction", "frakci": "faction",
    "labouristicka": "workers", "lidovou": "people", "stranou": "party", "novou": "new",
    "frakcia": "faction", "skupina": "group",
    "sovetska": "soviet", "sovetsti": "soviet",
    # Hungarian, further
    "munkapart": "workers party", "kinai": "china", "nepi": "people", "onkentesek": "volunteers",
    "onkentes": "volunteer", "szovjet": "soviet", "csoport": "group",
    # Romanian
    "partidul": "party", "muncii": "workers", "muncitoresc": "workers", "din": "", "coreea": "korea",
    "coreean": "korea", "coreeana": "korea", "armata": "army", "populara": "people", "voluntarii": "volunteers",
    "voluntari": "volunteers", "poporului": "people", "chinez": "china", "chinezi": "china",
    "comandamentul": "command", "natiunilor": "nations",  # (Comandamentul Națiunilor Unite, the UN Command)
    "organizatiei": "", "chinei": "china", "in": "", "em": "",  # (in Corea, em Coreia: "in Korea"; Comandamentul
    # Organizației Națiunilor Unite: the organisation's word left out, as English's United Nations Command has none)
    "voluntara": "volunteers",
    # Slovene (kitajske Ljudske prostovoljne armade, the Chinese People's Volunteer Army, in the genitive)
    "ljudske": "people", "ljudska": "people", "prostovoljne": "volunteers", "prostovoljna": "volunteers",
    "fractiunea": "faction", "gruparea": "group", "statele": "states", "statelor": "states", "chineza": "china",
    "r.p": "people republic",  # (Statele Unite, Statelor Unite: the United States; R.P. Chineză, the People's Republic)
    # Serbian, Croatian, Bosnian (Latin and Cyrillic) and Bulgarian
    "radnicka": "workers", "partija": "party", "narodna": "people",
    "armija": "army", "kineski": "china", "narodni": "people", "dobrovoljci": "volunteers", "frakcija": "faction",
    "kineskih": "china", "narodnih": "people", "volontera": "volunteers", "volonteri": "volunteers",  # genitives
    "радничка": "workers", "партија": "party", "кореје": "korea", "корејска": "korea", "народна": "people",
    "армија": "army", "кинески": "china", "народни": "people", "добровољци": "volunteers",
    "трудова": "workers", "на": "", "корея": "korea", "корейска": "korea", "китайски": "china",
    "доброволци": "volunteers", "осма": "8th", "осмата": "8th", "нова": "new", "новата": "new",
    "китайска": "china",  # (Китайската народна република)
    "republiques": "republics", "socialistes": "socialist", "sovietiques": "soviet", "repubbliche": "republics",
    "socialiste": "socialist", "sovietiche": "soviet",  # (French, Italian: the USSR's full name)
    "американская": "united states", "отделение": "bureau", "радянський": "soviet", "военное": "military",
    "правительство": "government", "в": "", "армейский": "army",  # (and their other cases;
    # отделение, "branch", as the North Korean Bureau (분국, "branch bureau") of the Korean Communist Party is named)
    "гражданская": "civil", "администрация": "administration", "гражданское": "civil",
    "управление": "administration",  # the Soviet Civil Administration in the North, in either Russian wording
    "zivilverwaltung": "civil administration",  # (and in German: sowjetische Zivilverwaltung; in French,
    "civile": "civil", "administration": "administration",  # Administration civile soviétique)
    # Russian, further
    "армию": "army", "армией": "army", "китая": "china", "китаю": "china", "китаем": "china",
    "освободительная": "liberation", "освободительной": "liberation", "освободительную": "liberation",

    "китайские": "china", "китайских": "china", "народные": "people", "народных": "people",
    "добровольцы": "volunteers", "добровольцев": "volunteers", "корейской": "korea",
    "народной": "people", "армии": "army", "партии": "party", "трудовой": "workers", "группа": "group",
    "советская": "soviet", "советских": "soviet", "корейцев": "koreans",
    "радянські": "soviet", "радянських": "soviet", "корейці": "koreans", "корейців": "koreans",  # Ukrainian
    "радянським": "soviet", "радянському": "soviet", "радянська": "soviet", "радянській": "soviet",
    "армії": "army", "партией": "party",
    # Dutch, Swedish, Norwegian, Danish
    "koreaanse": "korea", "koreaans": "korea",
    "bevrijdingsleger": "liberation army", "arbeiderspartij": "workers party", "partij": "party",
    "arbeid": "workers", "volksleger": "people army", "leger": "army", "volksvrijwilligers": "people volunteers",
    "vrijwilligers": "volunteers", "communistische": "communist", "van": "", "chineesche": "china",
    "zuid": "south", "noord": "north",  # (Arbeiderspartij van Zuid-Korea, the Workers' Party of South Korea)
    "arbetarparti": "workers party", "arbeiderparti": "workers party", "arbejderparti": "workers party",
    "arbetarpartiet": "workers party", "arbetarpartis": "workers party", "arbetarpartiets": "workers party",
    "arbeiderpartiet": "workers party", "arbejderpartiet": "workers party",
    "koreanske": "korea", "folkarmen": "people army", "folkearme": "people army",
    "folkarme": "people army", "kinesiska": "china", "kinesiske": "china", "folks": "people", "fraksi": "faction",
    "sozialistischen": "socialist", "sowjetrepubliken": "soviet republics", "styrker": "forces",
    "styrkene": "forces", "frivilliga": "volunteers",
    "frivillige": "volunteers", "folkfrivilliga": "people volunteers", "kommunistiska": "communist",
    # Swedish and Norwegian: an army (armé, armén), the volunteers' army in one word, the USA's, the eighth
    "arme": "army", "armen": "army", "frivilligarme": "volunteers army", "frivilligarmen": "volunteers army",
    "attende": "8th", "attonde": "8th",
    # Turkish
    "kore": "korea", "isci": "workers", "partisi": "party", "halk": "people", "ordusu": "army", "cin": "china",
    "gonulluleri": "volunteers", "komunist": "communist", "kuzey": "north", "guney": "south", "grubu": "group",
    "hizbi": "faction", "grup": "group",  # grubu with its case endings (Yenan grubuna, Kapsan grubuyla)
    "grubuna": "group", "grubunun": "group", "grubuyla": "group", "grubunda": "group", "grubundan": "group",
    "grubunu": "group", "ordusunu": "army", "ordusunun": "army", "ordusuna": "army", "ordusunda": "army",
    "ordusundan": "army", "ordusuyla": "army",  # ordusu with its case endings (Kuzey Kore ordusunu)
    # Vietnamese (words of two syllables are joined first, `_VIETNAMESE_WORDS`)
    "quandoan": "corps", "botulenh": "command", "lienhopquoc": "united nations",
    "operaio": "workers", "operaia": "workers", "en": "",  # Italian Partito operaio; French "en Corée" (in Korea)
    "dang": "party", "quan": "army", "laodong": "workers", "trieutien": "korea", "nhandan": "people",
    "chinguyen": "volunteers", "trungquoc": "china", "lienxo": "soviet union", "congsan": "communist",
    "lienbang": "union", "xoviet": "soviet",  # Vietnamese Liên bang Xô Viết, the Soviet Union
    "quandoi": "army", "daihan": "korea", "danquoc": "republic", "nuoc": "",  # Quân đội Đại Hàn Dân quốc, the army
    # of the Republic of Korea (大韓民國); nước, "the state" (nước Cộng hoà Nhân dân Trung Hoa)
    "phai": "faction", "bochihuy": "command", "tinhnguyen": "volunteers", "conghoa": "republic",
    "trunghoa": "china", "cs": "communist", "dcs": "communist party",  # Đảng CS, ĐCS: cộng sản abbreviated
    "bac": "north", "nam": "south", "congnhan": "workers", "hanquoc": "korea", "quanchinguyen": "volunteers",
    "bachan": "north korea", "namhan": "south korea",  # Bắc Hàn, Nam Hàn: the two Koreas, as the South's press wrote
    # (phe, a faction; trong nước, domestic; liên quân kháng Nhật Đông Bắc, the Northeast Anti-Japanese United Army;
    # lữ đoàn bộ binh độc lập, an independent infantry brigade)
    "phe": "faction", "trongnuoc": "domestic", "lienquan": "united army", "khangnhat": "anti japanese",
    "dongbac": "northeast", "ludoan": "brigade", "bobinh": "infantry", "doclap": "independent",
    "tannhandan": "new people",
    "korut": "north korea", "korsel": "south korea",  # Indonesian Korut, Korsel: Korea Utara, Korea Selatan
    # further words met in these languages' names of the bodies of the period
    "chinas": "china", "ciny": "china", "cina": "china", "chine": "china", "unione": "union", "union": "union",
    "sowjetunion": "soviet union", "dell": "", "della": "",
    "travailliste": "workers", "gonullu": "volunteers", "gonulluler": "volunteers", "folkets": "people",
    "haer": "army", "volksfreiwilligentruppen": "people volunteers army", "freiwilligentruppen": "volunteers army",
    "kulon": "separate", "loveszdandar": "rifle brigade", "severovychodni": "northeast",
    "protijaponska": "anti japanese", "protijaponske": "anti japanese", "mando": "command", "comando": "command",
    "commandement": "command", "kommando": "command", "naciones": "nations", "nations": "nations",
    "nazioni": "nations", "nacoes": "nations", "unidas": "united", "unies": "united", "unite": "united",
    "vereinten": "united", "unidos": "united",
    "forcas": "forces", "fuerzas": "forces", "forze": "forces", "truppen": "forces", "truppe": "forces",
    "tropas": "forces", "streitkrafte": "forces", "sekte": "faction", "secte": "faction", "setta": "faction",
    "secta": "faction", "фракции": "faction", "советские": "soviet", "корейцы": "koreans",
    "revolutionare": "revolutionary", "kommunistischen": "communist", "partii": "party", "partiya": "party",
    "voluntario": "volunteers", "voluntaria": "volunteers", "volontario": "volunteers",
    "nuovo": "new", "nuova": "new", "nouveau": "new", "nouvelle": "new", "neue": "new", "nowa": "new",
    "nova": "new", "nueva": "new", "nuevo": "new", "ouvriers": "workers", "lega": "league", "ligue": "league",
    "liga": "league", "indipendenza": "independence", "independance": "independence",
    "unabhangigkeit": "independence", "independencia": "independence", "vojska": "army", "vojsko": "army",
    "dobrovoljacka": "volunteers", "korpus": "corps", "corpo": "corps", "cuerpo": "corps", "корпус": "corps",
    "sowjetfraktion": "soviet faction", "nord-cinese": "north china", "cinese-nord": "north china",
    # abbreviations of the two communist parties in other languages, spelled out
    "kpdsu": "communist party soviet union", "kpss": "communist party soviet union",
    "кпсс": "communist party soviet union", "vkp": "communist party soviet union",
    "вкп": "communist party soviet union", "kpzr": "communist party soviet union",
    "ksss": "communist party soviet union", "szkp": "communist party soviet union",
    "pcus": "communist party soviet union", "kpch": "communist party china", "kpk": "communist party china",
    "nskp": "communist party soviet union",  # (not PCC: in Spanish also Cuba's party, founded 1965)
    "кпрс": "communist party soviet union", "pkus": "communist party soviet union",  # (Ukrainian, Indonesian)
    "sbkp": "communist party soviet union", "ckp": "communist party china",  # (Turkish SBKP, Sovyetler Birliği
    # Komünist Partisi; ÇKP, Çin Komünist Partisi, as `_fold_words` leaves it)
    "тпк": "workers party korea", "pdak": "workers party korea",
    # Russian, German: words of the names of the leagues and groups
    "лига": "league", "лиги": "league", "независимости": "independence", "демократическая": "democratic",
    "группировка": "group", "северокитайская": "north china", "новая": "new",
    "яньаньская": "yanan", "внутренняя": "domestic", "партизанская": "partisan",  # the groups as Russian names them
    "капсанская": "kapsan", "маньчжурские": "manchurian", "партизаны": "partisans",
    "добровольческая": "volunteer", "alianza": "league",
    "demokratische": "democratic",
    "neudemokratische": "new democratic", "neudemokratischen": "new democratic",
    "кпк": "communist party china", "pcch": "communist party china",
    # Korean and English words that other English translations of the bodies' names use
    "choson": "korea", "joseon": "korea", "alliance": "league",
    # Italian, German, Danish, Norwegian, Bulgarian, further
    "sudcoreano": "south korea", "sudcoreani": "south korea", "sudcoreana": "south korea",
    "nordcoreano": "north korea", "nordcoreani": "north korea", "nordcoreana": "north korea", "ufficio": "bureau",
    "laburista": "workers", "dei": "", "degli": "", "delle": "", "arbeitspartei": "workers party", "von": "",
    "sydkoreanske": "south korea", "nordkoreanske": "north korea", "sydkoreansk": "south korea",
    "nordkoreansk": "north korea", "работническа": "workers", "северна": "north", "южна": "south",
    "севернокорейска": "north korea", "южнокорейска": "south korea",
    # German, French, Spanish, Italian words of machine-translated names (Armee der koreanischen Leute, Parti des
    # Nouveaux gens, Partido Comunista de los Bolcheviques de toda la Unión)
    "leute": "people", "gens": "people", "staaten": "states", "nouveaux": "new", "toute": "all", "toda": "all",
    "tutta": "all", "bolcheviks": "bolsheviks", "bolcheviques": "bolsheviks", "bolscevichi": "bolsheviks",
    "bolszewikow": "bolsheviks",
    "комунистическа": "communist", "китай": "china", "nordosten": "northeast", "unito": "united",
    "nord-est": "northeast", "anti-giapponese": "anti japanese", "komunistycznej": "communist",
    # French, Spanish, Portuguese, Italian, German, Turkish, Ukrainian and Russian, further
    "etats": "states", "estados": "states", "stati": "states", "unis": "united", "uniti": "united",
    "unie": "united", "unido": "united", "unida": "united", "d": "", "democratique": "democratic",
    "democratico": "democratic", "democratica": "democratic", "democrata": "democratic",  # (Portuguese
    # Partido Democrata)
    "anti": "anti", "japonaise": "japanese",
    "japonais": "japanese", "japones": "japanese", "japonesa": "japanese",
    "giapponese": "japanese", "antijaponaise": "anti japanese", "antijapones": "anti japanese",
    "antijaponesa": "anti japanese", "antigiapponese": "anti japanese", "nordeste": "northeast",
    "brigata": "brigade", "brigade": "brigade", "fucilieri": "rifle", "separata": "separate",
    "fusileros": "rifle", "separada": "separate", "fusiliers": "rifle", "separee": "separate",
    "gente": "people", "korps": "corps", "nationen": "nations", "ordu": "army", "amerikan": "united states",
    "корейський": "korea", "корейська": "korea", "добровольчий": "volunteer", "визвольна": "liberation",
    "армія": "army", "партія": "party", "оон": "united nations", "sowjetischen": "soviet", "per": "",
    "chondogyo": "chondoist", "cheondogyo": "chondoist", "chong-u": "chongu", "cheong-u": "chongu",
    "cheongu": "chongu", "cua": "", "my": "united states", "тпск": "workers party north korea",
    "tpsk": "workers party north korea",
    "тпюк": "workers party south korea", "tpyuk": "workers party south korea",
    # Romanian, Hungarian, Polish, Italian, German, Bulgarian, further
    "republicii": "republic", "republica": "republic", "comunist": "communist", "koztarsasag": "republic",
    "hadserege": "army", "hadtest": "corps", "nowej": "new", "chondoista": "chondoist",
    "volksfreiwilligenarmee": "people volunteers army", "volks": "people",  # (Volks-Freiwilligenarmee)
    "flusses": "", "корейската": "korea",
    "съветски": "soviet", "съветския": "soviet", "съветският": "soviet", "съюз": "union", "съюза": "union",
    "съюзът": "union",  # Bulgarian Съветският съюз
    "република": "republic", "републиката": "republic", "х": "x",
    # Indonesian and Malay
    "partai": "party", "buruh": "workers", "pekerja": "workers", "selatan": "south", "utara": "north",
    "tentara": "army", "rakyat": "people", "komunis": "communist", "sukarelawan": "volunteers", "tiongkok": "china",
    "pembebasan": "liberation",
    # Esperanto
    "interna": "domestic", "partizana": "partisan", "sovetunia": "soviet", "armeo": "army",
    "partio": "party", "laborista": "workers", "popola": "people", "koreio": "korea", "komunista": "communist",
    "ĉinio": "china", "cinio": "china",  # (Komunista Partio de Ĉinio)
    # Kazakh
    "армиясы": "army", "республикасы": "republic", "кореяның": "korea", "халық": "people",
    "халықтық": "people", "еріктілер": "volunteers", "корпусы": "corps", "партиясы": "party", "қытай": "china",
    "коммунистік": "communist", "еңбек": "workers",
    # the Chʼŏndogyo Young Friends' Party translated word for word, in Russian and Ukrainian: Партия молодых друзей
    # небесного пути, "Party of Young Friends of the Heavenly Way"
    "молодых": "young", "молодих": "young", "друзей": "friends", "друзів": "friends", "небесного": "heavenly",
    "пути": "way", "шляху": "way",
    # Polish armię (accusative, "the army"), the United Nations' initials in Polish (ONZ) and Czech or Slovak (OSN),
    # and US run into a German word (US-achten Armee)
    "armie": "army", "onz": "united nations", "osn": "united nations", "us": "united states",
    "wojska": "army", "republiki": "republic", "velitelstvi": "command", "velitelstvo": "command",
    "velitelstvom": "command", "spojenych": "united",
    "narodov": "nations", "hoaky": "united states",
    "jungtiniu": "united", "tautu": "nations", "vadovybe": "command", "respublikos": "republic",
    "giovani": "young", "amici": "friends", "celeste": "heavenly", "via": "way", "особая": "special",
    "особой": "special", "особую": "special",
    # Ukrainian and Kazakh words of the parties' and armies' names, further
    "комуністична": "communist", "радянського": "soviet", "союзу": "union", "робітнича": "workers",
    "робітничої": "workers",
    "північної": "north", "південної": "south", "кеңес": "soviet", "одағы": "union", "еріктілері": "volunteers",
    # Tagalog ("ika-25", the 25th, is read as a number)
    "hukbo": "army", "hukbong": "army", "sobyetiko": "soviet", "na": "", "hiwalay": "separate",
    "brigadang": "brigade", "riple": "rifle", "kontra-hapon": "anti japanese", "hilagang-silangang": "northeast",
    "nagkakaisang": "united", "manggagawa": "workers", "mga": "", "timog": "south",
    "relawan": "volunteers",  # Indonesian: Relawan Rakyat Tiongkok, the Chinese People's Volunteers
    "republik": "republic", "kesatuan": "union", "verenigde": "united", "staten": "states",  # country names (Malay
    # Kesatuan Soviet, Dutch Verenigde Staten, Tagalog Unyong Sobyet)
    "soviet": "soviet", "sobyet": "soviet", "unyong": "union",
    "zwiazek": "union", "zwiazku": "union", "padomju": "soviet", "liaudies": "people",
    # Latvian and Lithuanian words of the People's Army's and the Workers' Party's names (Korejas Tautas armija,
    # Korėjos darbo partija)
    "tautas": "people", "republikas": "republic", "darbo": "workers",
    # the Soviet Union's "union" in Czech (Sovětský svaz), Slovak (Sovietsky zväz), Slovenian (Sovjetska zveza) and
    # Serbian or Croatian (Sovjetski Savez), in their cases; Slovak ZSSR and ČĽR, Ukrainian СРСР, Portuguese EUA
    "svaz": "union", "svazu": "union", "svazem": "union", "zvaz": "union", "zvazu": "union", "zvaze": "union",
    "zvazom": "union", "zveza": "union", "zvezo": "union", "zvezi": "union", "zveze": "union", "savez": "union",
    "saveza": "union", "savezu": "union", "savezom": "union", "савез": "union", "савеза": "union", "савезу": "union",
    "союз": "union", "союза": "union", "союзе": "union", "союзом": "union",  # Russian Советский Союз (too short for
    # the stemmer's stems)
    # Greek and Georgian: the Soviet Union, its Communist Party and the United States, in their cases (Κομμουνιστικό
    # Κόμμα Σοβιετικής Ένωσης, Ένωση Σοβιετικών Σοσιαλιστικών Δημοκρατιών; საბჭოთა კავშირის, შეერთებული შტატები)
    "κομμουνιστικο": "communist", "κομμουνιστικου": "communist", "κομμα": "party", "κομματος": "party",
    "σοβιετικων": "soviet", "της": "", "σοσιαλιστικων": "socialist", "δημοκρατιων": "republics",
    "σοσιαλιστικου": "socialist",
    "საბჭოთა": "soviet", "კავშირი": "union", "კავშირის": "union", "შეერთებული": "united", "შტატები": "states",
    "შტატების": "states", "კომუნისტური": "communist", "პარტია": "party", "პარტიის": "party",
    "zssr": "soviet union", "срср": "soviet union", "clr": "people republic china", "eua": "united states",
    "sua": "united states", "sov": "soviet",  # Romanian SUA; a telegram's Sov (Sov Union)
    # Finnish: the People's Republic, the Republic and the United States in the genitive (Kiinan kansantasavallan,
    # Korean tasavallan, Yhdysvaltojen)
    "kansantasavalta": "people republic", "kansantasavallan": "people republic", "tasavalta": "republic",
    "tasavallan": "republic", "kiinan": "china", "yhdysvallat": "united states", "yhdysvaltojen": "united states",
    "yhdysvaltain": "united states",
    "selbststandige": "separate", "selbststandigen": "separate", "selbstandigen": "separate",  # (selbstständig)
    "radziecki": "soviet",
    "radzieckiego": "soviet", "republika": "republic",
    "republike": "republic",  # Polish Związek Radziecki, Republikę Korei
    # the Soviet Union's and the People's Republic's names and abbreviations in the Romance, Germanic, Slavic,
    # Finnish and Turkish forms of them (URSS, UdSSR, ZSRR, SSCB; RPC, VR China, ChRL, КНР)
    "urss": "soviet union", "udssr": "soviet union", "zsrr": "soviet union", "sscb": "soviet union",
    "neuvostoliitto": "soviet union", "neuvostoliito": "soviet union", "sovjet": "soviet", "sovjetunie": "soviet union",
    "sovjet-unie": "soviet union",  # (not "unie": French for united)
    "sovjetunionen": "soviet union", "sovjetunionens": "soviet union",  # (Swedish, Danish, Norwegian, and their
    # genitive: Sovjetunionens)
    # the Chinese People's Volunteers in Finnish and Swedish (Kiinan kansan vapaaehtoisarmeija, folkets volontärarmé),
    # and Swedish Republiken Korea
    "kansan": "people", "vapaaehtoisarmeija": "volunteer army", "vapaaehtoisarmeijan": "volunteer army",
    "vapaaehtoinen": "volunteer", "volontärarmé": "volunteer army", "volontararme": "volunteer army",
    "republiken": "republic",
    "volksrepublik": "people republic", "volksrepubliek": "people republic", "vr": "people republic",
    "rpc": "people republic china",
    "chrl": "people republic china", "кнр": "people republic china",
    "tsrs": "soviet union", "ssrs": "soviet union", "jav": "united states",  # Lithuanian TSRS (SSRS), JAV
    "cpr": "people republic china",  # a telegram's CPR, Chinese People's Republic
    "chc": "people republic china",  # Turkish ÇHC, Çin Halk Cumhuriyeti (as `_fold_words` leaves it)
    "tandan": "new people",  # Vietnamese đảng Tân Dân, the New People's Party
    "zsrs": "soviet union", "psrs": "soviet union",  # Polish ZSRS (Socjalistycznych Republik Sowieckich), Latvian PSRS
    # the Soviet Union's abbreviation in Uzbek and Azerbaijani (ССРИ), Kazakh (ССРО), Georgian (სსრკ) and Armenian
    # (ԽՍՀՄ), as English Wikipedia's "Official names of the Soviet Union" and Armeniapedia give them
    "ссри": "soviet union", "ссро": "soviet union", "სსრკ": "soviet union", "խսհմ": "soviet union",
    "εσσδ": "soviet union", "κκσε": "communist party soviet union",  # Greek ΕΣΣΔ, ΚΚΣΕ, ΗΠΑ (the United States),
    "ηπα": "united states", "ογδοη": "8th", "ογδοης": "8th", "ογδοου": "8th", "στρατια": "army",  # and the
    "στρατιας": "army", "στρατος": "army", "στρατου": "army", "των": "",  # Eighth Army (όγδοου στρατού των ΗΠΑ)
    "σοβιετικη": "soviet", "σοβιετικης": "soviet", "ενωση": "union", "ενωσης": "union",  # (Σοβιετική Ένωση)
    "chndth": "people republic china",  # Vietnamese CHNDTH (Cộng hòa Nhân dân Trung Hoa)
    "rrt": "people republic china", "rrc": "people republic china",  # Indonesian Republik Rakyat Tiongkok (Cina)
    # the ordinals of the two numbered bodies of the war written in words (`_ORDINAL_WORDS`): eighth and tenth
    "octavo": "8th", "octava": "8th", "ottava": "8th", "ottavo": "8th", "huitieme": "8th", "oitavo": "8th",
    "oitava": "8th", "osma": "8th", "osmy": "8th", "osmej": "8th", "nyolcadik": "8th", "sekizinci": "8th",
    "achte": "8th", "achten": "8th", "восьмая": "8th", "сегізінші": "8th", "decimo": "10th", "decima": "10th",
    "dixieme": "10th", "zehnte": "10th", "zehnten": "10th", "десятый": "10th", "onuncu": "10th",
    "lidove": "people", "surcoreano": "south korea", "surcoreana": "south korea", "norcoreano": "north korea",
    "norcoreana": "north korea", "сша": "united states", "ақш": "united states",  # (Kazakh АҚШ, Америка Құрама
    # Штаттары)
    "umoja": "union", "wa": "", "kisovyeti": "soviet",  # Swahili Umoja wa Kisovyeti, the Soviet Union
    "ану": "united states", "зөвлөлт": "soviet", "холбоот": "union", "улс": "",  # Mongolian: АНУ, the United
    # States; Зөвлөлт Холбоот Улс, the Soviet Union; ЗХУ, its abbreviation; БНХАУ, the People's Republic of China
    # (Бүгд Найрамдах Хятад Ард Улс)
    "зху": "soviet union", "бнхау": "people republic china",
    "сащ": "united states",
    # Swedish, Norwegian and Danish: the People's Republic of China (Folkrepubliken Kina, Folkerepublikken Kina) and the
    # United States (Förenta staterna, De forente stater)
    "folkrepubliken": "people republic", "folkrepublik": "people republic", "folkerepublikken": "people republic",
    "folkerepublikk": "people republic", "forenta": "united", "staterna": "states", "stater": "states",
    "statene": "states", "staterne": "states",
    # Norwegian and Danish definite forms, Romanian, Portuguese, German, Polish, Ukrainian and Russian, further
    "folkehaeren": "people army", "haeren": "army", "forente": "united", "nordostlige": "northeast",
    "anti-japanske": "anti japanese", "fns": "united nations", "fn": "united nations",
    "kommandoen": "command", "unita": "united", "den": "",
    "anti-japoneza": "anti japanese", "muncitorilor": "workers", "partidului": "party", "trabalhista": "workers",
    "sudkoreanischen": "south korea", "chin": "china", "chosun": "korea", "freiwilligenarmee": "volunteers army",
    "volkes": "people", "кореї": "korea", "демократична": "democratic", "китайських": "china",
    "народних": "people", "добровольців": "volunteers", "компартии": "communist party",
    # Finnish, Portuguese and Romanian words, further; Indonesian ("ke-88", the 88th, is read as a number)
    "puolue": "party", "puolueen": "party", "uniao": "union", "uniunii": "union", "uniunea": "union",
    "darat": "army", "angkatan": "", "senapan": "rifle", "khusus": "separate", "kedelapan": "8th",
    "kesepuluh": "10th", "terpisah": "separate", "faksi": "faction", "domestik": "domestic", "baru": "new",
    "biro": "bureau", "uni": "union",  # Uni Soviet
    "amerika": "united states", "serikat": "", "sarekat": "",  # (Javanese Amérika Sarékat)
    # Albanian, Welsh, Irish, Breton, Afrikaans, Swahili and Icelandic: the People's Republic of China, the Soviet
    # Union, the United States and the parties (Partia Komuniste e Kinës, Gweriniaeth Pobl Tsieina, Páirtí Cumannach
    # na Síne, Strollad Komunour an Unaniezh Soviedel, Kommunistiese Party van Sjina, Jamhuri ya Watu wa China,
    # Alþýðulýðveldið Kína, Unol Daleithiau America, Shtetet e Bashkuara të Amerikës, Bashkimi Sovjetik)
    "komuniste": "communist", "kines": "china", "bashkimi": "union", "sovjetik": "soviet",
    "shtetet": "states", "bashkuara": "united", "amerikes": "", "america": "", "te": "", "e": "",
    "gweriniaeth": "republic", "pobl": "people", "tsieina": "china", "plaid": "party", "gomiwnyddol": "communist",
    "unol": "united", "daleithiau": "states", "pairti": "party", "cumannach": "communist", "sine": "china",
    "strollad": "party", "komunour": "communist", "unaniezh": "union", "soviedel": "soviet", "an": "",
    "kommunistiese": "communist", "sjina": "china", "jamhuri": "republic", "watu": "people", "ya": "",
    "alþýðulýðveldið": "people republic",
    # Turkish
    "birlesmis": "united", "birlesmiş": "united", "milletler": "nations", "komutanligi": "command",
    "komutanlığı": "command", "komutanlıgı": "command", "cumhuriyeti": "republic",
    "sovyet": "soviet", "sovyetler": "soviet", "birligi": "union", "sosyalist": "socialist",
    "cumhuriyetler": "republics",  # Sovyetler Birliği, Sovyet Sosyalist Cumhuriyetler Birliği: the Soviet Union
    # Czech, Italian, Catalan, Polish, Norwegian, Danish and Finnish words, further
    "delnicke": "workers", "pracujicich": "workers", "sbor": "corps", "repubblica": "republic",
    "treball": "workers", "unio": "union", "dowodztwa": "command", "dowodztwo": "command", "narodow": "nations",
    "narodu": "nations", "brygade": "brigade", "specjalna": "special", "samodzielna": "separate", "strzelcow": "rifle",
    "zjednoczonych": "united", "kommunistparti": "communist party", "kommunistpartiet": "communist party",
    "folkeparti": "people party", "nye": "new", "det": "", "i": "", "tyovaenpuolue": "workers party",
    "tyovaenpuolueen": "workers party", "armeija": "army", "armeijan": "army", "etela": "south",
    "pohjois": "north", "hiina": "china", "kompartei": "communist party", "vabatahtlike": "volunteers",
    "halkin": "people",
    "delavska": "workers", "stranka": "party", "zbor": "corps", "eszakkeleti": "northeast",
    "japanellenes": "anti japanese", "egyesult": "united", "vrijwillige": "volunteers", "democrate": "democratic",
    "demokratischen": "democratic", "ng": "", "hilagang": "north", "tsina": "china", "bayan": "people",
    "nasyones": "nations", "boluntaryo": "volunteers",  # Tagalog Komando ng Nasyones Unidas, mga Boluntaryo
    "xitoy": "china", "xalq": "people",
    # Croatian, Serbian and Bosnian words in other cases (Korejsku narodnu armiju, Komunističkoj partiji Kine, Korejske
    # radničke stranke), Polish (Północno-Wschodniej Zjednoczonej Armii Antyjapońskiej) and Czech (Velení OSN)
    "korejsku": "korea", "narodnu": "people", "narodne": "people", "armiju": "army", "armije": "army",
    "komunistickoj": "communist", "komunisticke": "communist", "partiji": "party",
    "partije": "party", "kine": "china", "kina": "china", "kineske": "china", "radnicke": "workers",
    "stranke": "party", "stranku": "party", "stranci": "party", "dobrovoljaca": "volunteers",
    "polnocno-wschodnia": "northeast", "polnocno-wschodniej": "northeast", "antyjaponska": "anti japanese",
    "antyjaponskiej": "anti japanese", "zjednoczona": "united", "zjednoczonej": "united", "veleni": "command",
    "lidu": "people", "dobrovolnicke": "volunteers", "cinskeho": "china",
    "ko'ngillilar": "volunteers", "armiyasi": "army", "республика": "republic",
    # Russian forms too short for the stemmer, or not in Russian grammars' stems (Новой народной партии, антияпонской
    # объединённой армии, Командования Организации Объединённых Наций); Serbian, Danish and Italian words
    "новой": "new", "новую": "new", "новых": "new", "антияпонская": "anti japanese", "антияпонской": "anti japanese",
    "антияпонскую": "anti japanese", "северо-восточной": "northeast", "северо-восточную": "northeast",
    "объединенная": "united", "объединенной": "united", "объединенную": "united", "объединенных": "united",
    "международная": "international", "международной": "international", "командования": "command",
    "командование": "command", "организации": "", "организация": "", "наций": "nations",
    "корејској": "korea", "радничкој": "workers", "партији": "party", "folkehaer": "people army",
    "speciale": "special", "komando": "command",
    "pasukan": "army", "kansanarmeija": "people army", "kansanarmeijan": "people army", "народној": "people",
    "армији": "army",
    "pbb": "united nations", "perserikatan": "united", "bangsa": "nations",  # Perserikatan Bangsa-Bangsa
    "ppk": "workers party korea", "epc": "people army korea", "ptc": "workers party korea",
    "nord-orientale": "northeast", "nordorientale": "northeast",
    "осбр": "separate rifle brigade",
}
# Ordinal words of `_GLOSSARY`: a name with one is read only with the United States in it (Oitavo Exército dos
# Estados Unidos); alone, the words name the speaker's own country's army (Ottava Armata, the Italian Eighth Army in
# Russia; Achte Armee, the German Eighth Army of 1914).
_ORDINAL_WORDS = frozenset(word for word, english in _GLOSSARY.items() if english in ("8th", "10th"))
# Vietnamese words of two syllables, joined before `_GLOSSARY` is read: "Đảng Lao động Triều Tiên".
_VIETNAMESE_WORDS = re.compile(r"\b(lao dong|trieu tien|nhan dan|chi nguyen|trung quoc|cong san|quan doi|cong nhan|"
                               r"han quoc|tap doan|lien xo|hoa ky|quan doan|bo tu lenh|lien hop quoc|bo chi huy|"
                               r"tinh nguyen|cong hoa|trung hoa|bac han|nam han|trong nuoc|lien quan|khang nhat|"
                               r"dong bac|lu doan|bo binh|doc lap|tan nhan dan|lien bang|xo viet|dai han|dan quoc|"
                               r"tan dan)\b")
# Letters that Unicode does not take apart into a letter and a mark (Polish ł, Vietnamese đ, Turkish ı ...).
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "ð": "d"})


def _fold_words(text: str) -> str:
    """Text as `_translated_name` compares it with the glossary: Latin letters without their marks (ö = o, ł = l),
    Cyrillic letters kept (й is not и, or the Russian stemmer could not read the ending -ой), ё as е."""
    text = str(text).casefold().replace("ё", "е")
    return "".join(ch if "\u0400" <= ch <= "\u04ff" else rz.strip_marks(ch).translate(_UNDECOMPOSED) for ch in text)


_GLOSSARY_FOLDED = {_fold_words(word): english for word, english in _GLOSSARY.items()}
# The beginnings shared by a word's forms in many European languages (its cognates and their grammatical cases),
# in English, written as `_cognate_fold` folds a word's letters: a word that `_GLOSSARY` does not list is read by
# the longest of these its folded letters begin with (kommunistinen and komunistický as communist, sovietică as
# soviet, koreanskiej and coreeana as korea). Each beginning is long enough to begin no ordinary word of another
# meaning that a body's name would hold; "parti" is left out (partisan, partizan are the guerrillas).
_COGNATE_STEMS = {
    "komunist": "communist", "kumunist": "communist", "soviet": "soviet", "sovjet": "soviet", "sovet": "soviet",
    "szovjet": "soviet", "kore": "korea", "korej": "korea", "kinez": "china", "kines": "china", "kina": "china",
    "kinsk": "china", "kitaj": "china", "volunt": "volunteers", "volont": "volunteers",
    "dobrovol": "volunteers", "freivil": "volunteers", "okotnik": "volunteers", "sukarela": "volunteers",
    "gonulu": "volunteers", "armij": "army", "armia": "army", "armat": "army", "armad": "army", "partia": "party",
    "partid": "party", "partei": "party", "partij": "party", "partit": "party", "partiy": "party",
    "partie": "party", "brigad": "brigade", "korpus": "corps", "korps": "corps", "kuerpo": "corps",
    "robotnik": "workers", "arbeit": "workers", "arbeid": "workers", "arbet": "workers", "trabalh": "workers",
    "trabaj": "workers", "lavorat": "workers", "travail": "workers", "munkas": "workers", "radnik": "workers",
    "delavsk": "workers", "liberak": "liberation", "liberat": "liberation", "liberaz": "liberation",
    "befrei": "liberation", "osvobo": "liberation", "independ": "independence", "unabhang": "independence",
    "nezavis": "independence", "japon": "japanese", "japan": "japanese", "yapon": "japanese", "komand": "command",
    "lidov": "people", "ludov": "people", "popul": "people", "alian": "league", "alean": "league",
    "radziek": "soviet",
    # the Soviet Union's and the People's Republic's names in Lithuanian (Sovietų Sąjungos, Kinijos Liaudies
    # Respublikos), Latvian (Padomju Savienības), Polish (Związkiem Sowieckim) and Hungarian (Szovjetunióval,
    # Kínai Népköztársasággal), in any case
    "sajung": "union", "savienib": "union", "zviazk": "union", "soviek": "soviet", "szovjetunio": "soviet union",
    "kinij": "china", "nepkoztarsasag": "people republic",
}


def _cognate_fold(word: str) -> str:
    """A word's letters as `_COGNATE_STEMS` lists them: marks stripped (by `_fold_words`), c, q and ch as k,
    w as v, y as i (after a consonant), a doubled letter once: "kommunistische" -> "komunistiske",
    "coreeana" -> "koreana"."""
    word = re.sub(r"ch|c|q", "k", word)
    word = word.replace("w", "v")
    word = re.sub(r"(?<=[^aeiou])y", "i", word)
    return re.sub(r"(.)\1", r"\1", word)


@lru_cache(maxsize=4096)
def _cognate(word: str) -> str | None:
    """The English of a Latin-letter word of a body's name that `_GLOSSARY` does not list, by the longest
    beginning of `_COGNATE_STEMS` it has (a word of five letters or more); None if it has none."""
    if len(word) < 5 or rz.script(word) != "latin":
        return None
    folded = _cognate_fold(word)
    stems = [stem for stem in _COGNATE_STEMS if folded.startswith(stem)]
    return _COGNATE_STEMS[max(stems, key=len)] if stems else None
_NORTH_KOREAN = re.compile(r"\bnorth[\s-]+korean?\b", re.IGNORECASE)
_ORGANIZATION_WORDS = {"party", "army", "brigade", "faction", "volunteers", "group", "command", "corps", "league",
                       "forces"}  # (forces de l'ONU: the English word in a French name)
# A translated name before an army's English initials in brackets (`_lookup_one`), the whole name before them (not
# Korean People's Army (CPV), Nationale Volksarmee (KPA)), with the armies its words can name: the United Nations'
# (Nations Unies ( UNC ), Nazioni Unite, Naciones Unidas, Vereinten Nationen: the UN Command) and a people's army
# (Volksarmee (PVA), armée populaire, esercito popolare: the KPA or the CPV)
_GLOSSED_ARMIES = (
    (re.compile(r"(?:nations\s+unies|nazioni\s+unite|naciones\s+unidas|na[cç][oõ]es\s+unidas|vereinten\s+nationen|"
                r"united\s+nations)", re.IGNORECASE), {"unc"}),
    (re.compile(r"(?:volksarmee|arm[eé]e\s+populaire|esercito\s+popolare|ej[eé]rcito\s+popular|ex[eé]rcito\s+popular|"
                r"people['’]s\s+army)", re.IGNORECASE), {"kpa", "cpv"}),
)
# and the words of a state's name, which a translated name may be with the rest read by their cognates (Sovietų
# Sąjungos, Čínská lidová republika)
_STATE_NAME_WORDS = {"union", "republic"}
_ENGLISH_STATE_WORDS = {"union", "republic", "soviet", "people", "china", "socialist", "republics", "korea", "south",
                        "united", "states"}


# Russian words of the glossary are found in any grammatical case by the Russian stemmer of the Snowball project
# (`snowballstemmer`, BSD licence): Лиги and Лига, партией and партия, Демократической and демократическая. Only
# Cyrillic words, and only by the Russian stemmer: stemmed in every language, Latin words gave junk stems (partisan
# as party, Mandat as command).
@cache
def _russian_stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


@cache
def _glossary_stems() -> dict[str, str]:
    """Stem -> English words, for the Cyrillic words of `_GLOSSARY` cut by the Russian stemmer (stems of four
    letters or more, so that short stems such as арм, from армия, do not stand for many words); a stem shared by
    glossary words of different meanings is left out."""
    found: dict[str, set[str]] = {}
    for word, english in _GLOSSARY_FOLDED.items():
        if english and rz.script(word) == "cyrillic" and len(stem := _russian_stemmer().stemWord(word)) >= 4:
            found.setdefault(stem, set()).add(english)
    return {stem: next(iter(meanings)) for stem, meanings in found.items() if len(meanings) == 1}


@lru_cache(maxsize=4096)
def _glossary_word(word: str) -> str | None:
    """A word's English by `_GLOSSARY`, as it stands or, for a Russian word of five letters or more, in another
    of its grammatical cases (`_glossary_stems`); None if neither finds it."""
    if word in _GLOSSARY_FOLDED:
        return _GLOSSARY_FOLDED[word]
    if len(word) < 5 or rz.script(word) != "cyrillic":
        return None
    if len(word) >= 7 and word[-2:] in ("та", "ът", "ят", "то", "те") and word[:-2] in _GLOSSARY_FOLDED:
        return _GLOSSARY_FOLDED[word[:-2]]  # Bulgarian армията, севернокорейската: the article after the word
    # a Ukrainian word read with the Russian stemmer, its own letters written as Russian writes the same ending:
    # трудовій партії (dative) as трудовий партии, whose stems are Russian трудовая партия's
    # (and Ukrainian ськ and ої, Russian ск and ой: корейської as корейской)
    russian = re.sub(r"ої$", "ой", word).translate(_UKRAINIAN_ENDINGS).replace("ськ", "ск")
    return _GLOSSARY_FOLDED.get(russian) or _glossary_stems().get(_russian_stemmer().stemWord(russian))


_UKRAINIAN_ENDINGS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})


def _roman(numeral: str) -> int:
    """A Roman numeral's value (0 if it is not one): "viii" -> 8."""
    values = {"i": 1, "v": 5, "x": 10}
    if not re.fullmatch(r"x{0,3}(ix|iv|v?i{0,3})", numeral):
        return 0
    pairs = zip(numeral, numeral[1:] + "i", strict=True)
    return sum(-values[a] if values[a] < values[b] else values[a] for a, b in pairs)


def _translated_name(text: str) -> str:
    """A party, army or group name in a European language or Vietnamese, its words put into English by
    `_GLOSSARY` ("Partia Pracy Korei" -> "party workers korea"; "88. Separate Schützenbrigade" -> "88th
    separate rifle brigade"); "" if no word was translated or the name names no party, army or faction."""
    if re.search(r"\barmadas?\b", text, re.IGNORECASE):
        return ""  # Spanish and Portuguese armada is a navy (Armada de la República de Corea); Czech armáda an army
    translated, english = False, []
    text = re.sub(r"(?<=\s)AS$", "Amerika Serikat", text.strip())  # Indonesian AS, Amerika Serikat: the United States
    text = re.sub(r"\b(?:ONU|Onu|UNO)\b|\bUN(?=-)", " united nations ", text)  # French, Spanish, Portuguese, Italian
    # ONU and German UNO, in capitals (forces de l'ONU, UNO-Truppen, UN-Truppen: the UN Command's forces), and the
    # articles un, uno, una, une in small letters, which name no body (forze di un esercito, "an army's forces")
    text = re.sub(r"\b(?:un|uno|una|une)\b", " ", text)
    text = re.sub(r"\b(dell|dall|nell|sull|all|l|d)['’]", r"\1 ", text, flags=re.IGNORECASE)  # dell'Unione
    text = re.sub(r"\b(?:al|a)\s+(?=[^\W\d_]+(?:ei|ii)\b)", "", text, flags=re.IGNORECASE)  # Romanian al, a ("of")
    # before a genitive in -ei or -ii: Partidul Comunist al Uniunii Sovietice, Armata Populară Voluntară a Chinei
    text = re.sub(r"\b(che?ong)-u\b", r"\1u", _fold_words(text))  # Chondogyo-Chong-u: the party's Chongu
    text = re.sub(r"(северо|північно)[\s-]+(?=корей)", r"\1", text)  # Северо-Корейской: the older spelling with a
    # hyphen, read as one word (северокорейской)
    if rz.script(text) == "latin":
        text = _VIETNAMESE_WORDS.sub(lambda found: found.group(1).replace(" ", ""), text)
        text = re.sub(r"\btapdoan quan (?:so )?(\d+)\b", r"\1. quan", text)  # Tập đoàn quân (số) 8: field army 8
        text = re.sub(r"\bquandoan (?:so )?(\d+)\b", r"\1. quandoan", text)  # Quân đoàn 10: the 10th Corps
    text = re.sub(r"\b(\d+\.)(?=[^\W\d_])", r"\1 ", text)  # 8.Ordu: the Turkish Eighth Army, no space after 8.
    text = re.sub(r"\b(\d+)\s*['’]?\s*(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)\b", r"\1.", text)  # Turkish 8 inci
    for word in re.split(r"[\s,()]+", text):
        word = word.strip(".'’") if not re.fullmatch(r"\d+\.", word) else word
        # an ordinal: 25a, 25ª, 25e, 25-я, 25-й
        word = re.sub(r"^(\d+)(?:a|ª|°|º|o|e|eme|ème|esima|esimo|-?я|-?и|-?й|-?ая|-?ои|-?ой|-?ый|-?ий|-?ю|-?ую|"
                      r"-?го|-?ого|-?му|-?ому|-?ї|-?а|-м|-ом)$",
                      r"\1.", word)  # and in other cases: 88-ю, 88-ую (бригаду), 25-го, 25-му, 10-м (корпусом);
        # Ukrainian 25-ї
        word = re.sub(r"^(?:ika|ke)-(\d+)$", r"\1.", word)  # Tagalog ika-25, Indonesian ke-25: the 25th
        if re.fullmatch(r"[ivx]{2,5}", word) and _roman(word):  # VIII Armata: the Eighth Army
            word = f"{_roman(word)}."
        elif re.fullmatch(r"[ivx]{1,5}e", word) and _roman(word[:-1]):  # VIIIe Armée, as French writes it
            word = f"{_roman(word[:-1])}."
        if re.fullmatch(r"\d+\.", word):  # a German ordinal: "88." = 88th
            number = int(word[:-1])
            suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
            english.append(f"{number}{suffix}")
            translated = True
            continue
        parts = [word] if word in _GLOSSARY_FOLDED or "-" not in word else word.split("-")
        for part in parts:
            if part == "del" and len(parts) == 1:  # Spanish and Italian "del" (of the); Hungarian dél- (south)
                translated = True
            elif (meaning := _glossary_word(part)) is not None:
                translated = True
                english += meaning.split()
            elif (meaning := _cognate(part)) is not None:  # Kiinan kommunistinen puolue: Chinese, communist
                translated = True
                english += meaning.split()
            elif part:  # a word not translated stays, in Latin letters (Японии is not dropped from the key)
                english.append(rz.cyrillic_to_latin(part) if rz.script(part) == "cyrillic" else part)
    if "faction" in english:  # Kapsanská frakce, kapsanské frakci: a faction named by its place's adjective, read as
        # the place's name (a word the glossary did not translate)
        english = [re.sub(r"^([a-z]{4,}?)(?:sk|ck)(?:a|e|i|y|iej|iego|ej|ie|ich|o)$", r"\1", word) for word in english]
    if _ORDINAL_WORDS & set(re.split(r"[\s,()-]+", text)) and "united" not in english:
        # Ottava Armata is Italy's Eighth Army (and a machine's Eighth Route Army, a held-out page's); Oitavo Exército
        # dos Estados Unidos and Ottava Armata in Corea are the American one, the latter read without Korea, as the
        # English names have it (Eighth Army); not Ottava Armata coreana, "the Korean Eighth Army", no army of 1945-70
        if not re.search(r"\b(?:in|en|em)\s+(?:corea|coreia|korea)\b", text, re.IGNORECASE):
            return ""
        english = [word for word in english if word != "korea"]
    every_word = all(_glossary_word(word) is not None for word in re.split(r"[\s,()-]+", text) if word)
    if not translated or not (_ORGANIZATION_WORDS & set(english) or every_word and len(english) >= 2 or (
            _STATE_NAME_WORDS & set(english) and all(word in _ENGLISH_STATE_WORDS for word in english))):
        return ""  # a name with no word for a body is one only when every word was translated (советские корейцы)
    return " ".join(english)


# Words of Thai, Arabic and Persian names of the parties, armies and places (dictionary words, in English), read
# before the rest of such a name is put into Latin letters (`_other_script_words`): พรรคแรงงานเกาหลี "party workers
# korea", الجيش الشعبي الكوري "army people korea", نهر يالو "river" + yalu. Thai writes no spaces between words.
_OTHER_SCRIPT_GLOSSARY = {
    # Thai
    "พรรค": "party", "แรงงาน": "workers", "กรรมกร": "workers", "เกาหลี": "korea", "เหนือ": "north", "ใต้": "south",
    "กองทัพ": "army", "อาสาสมัคร": "volunteers", "อาสา": "volunteers", "ประชาชน": "people", "จีน": "china",
    "คอมมิวนิสต์": "communist", "โซเวียต": "soviet", "สหภาพโซเวียต": "soviet union", "แม่น้ำ": "river",
    "ทะเลสาบ": "lake", "อ่างเก็บน้ำ": "reservoir", "กลุ่ม": "group", "ฝ่าย": "faction", "ประชาธิปไตย": "democratic",
    "ใหม่": "new", "เอกราช": "independence", "สหรัฐ": "united states", "อเมริกา": "united states", "กอง": "",
    "ที่": "", "แห่ง": "", "ของ": "", "สาธารณรัฐ": "republic", "สาธารณะรัฐ": "republic", "ประเทศ": "",
    "ทหาร": "army",  # (สาธารณะรัฐ, a common misspelling of สาธารณรัฐ; ประเทศ, "the country" before its name; ทหาร,
    # soldiers)
    "สหประชาชาติ": "united nations", "กองบัญชาการ": "command",  # กองบัญชาการสหประชาชาติ, the UN Command
    "กองกำลังสหประชาชาติ": "united nations forces",  # (the UN forces; กองกำลัง, "forces", only in it: a Thai
    # กองกำลังอาสาสมัคร, "volunteer forces", is the Korean Volunteer Corps as well as the Army)
    # Arabic (ك and ي folded to Persian ک and ی)
    "حزب": "party", "العمال": "workers", "کوریا": "korea", "الکوری": "korea", "الکوریة": "korea",
    "الشمالیة": "north", "الجنوبیة": "south", "الجیش": "army", "جیش": "army", "الشعبی": "people", "الشعب": "people",
    "المتطوعین": "volunteers", "متطوعی": "volunteers", "الصینی": "china", "الصینیة": "china", "الشیوعی": "communist",
    "السوفیتی": "soviet", "نهر": "river", "بحیرة": "lake", "خزان": "reservoir", "جمهوریة": "republic",
    "قیادة": "command", "الأمم": "nations", "المتحدة": "united", "الشمالی": "north", "الجنوبی": "south",
    "الفیلق": "corps", "فیلق": "corps", "العاشر": "10th", "الثامن": "8th", "الاتحاد": "union", "الصین": "china",
    "الشعبیة": "people", "السوفیاتی": "soviet",  # الاتحاد السوفياتي, the Soviet Union
    "الإتحاد": "union",  # (and with a hamza under its alif, as often misspelt)
    "التطوعی": "volunteers", "الدیمقراطیة": "democratic",  # (الجيش الشعبي الصيني التطوعي: the volunteer army)
    # (the Soviet Union with its adjective spelled with two ya or with ڤ for v, and its full name's words; the Party;
    # the United States' name with its adjective, "American", after it; Korean "labour" for "workers")
    "السوفییتی": "soviet", "السوڤیتی": "soviet", "السوڤییتی": "soviet", "السوفیتیة": "soviet",
    "السوفیاتیة": "soviet", "السوڤیتیة": "soviet", "الاشتراکیة": "socialist", "الجمهوریات": "republics",
    "الحزب": "party", "الولایات": "states", "الأمریکیة": "", "الأمیرکیة": "", "العمل": "workers",
    # Persian
    "کارگران": "workers", "کره": "korea", "شمالی": "north", "جنوبی": "south", "ارتش": "army", "خلق": "people",
    "مردمی": "people", "داوطلبان": "volunteers", "داوطلب": "volunteers", "چین": "china", "کمونیست": "communist",
    "رود": "river", "رودخانه": "river", "دریاچه": "lake", "جمهوری": "republic",
    "اتحاد": "union", "جماهیر": "republics", "شوروی": "soviet", "سوسیالیستی": "socialist",  # the Soviet Union
    # Hebrew (whole words, as Arabic's)
    "מפלגת": "party", "מפלגה": "party", "המפלגה": "party", "הפועלים": "workers", "העובדים": "workers", "של": "",
    "קוריאה": "korea", "בקוריאה": "korea", "הקוריאני": "korea", "הקוריאנית": "korea", "צפון": "north",
    "דרום": "south", "הקומוניסטית": "communist", "קומוניסטית": "communist", "סין": "china", "הסיני": "china",
    "צבא": "army", "העם": "people", "המתנדבים": "volunteers", "ברית": "union", "המועצות": "soviet", "נהר": "river",
    "העממי": "people", "פיקוד": "command", "האומות": "nations", "המאוחדות": "united",  # (צבא המתנדבים העממי, the
    # People's Volunteer Army; פיקוד האומות המאוחדות, the United Nations Command)
    # Hindi: the Soviet Union (सोवियत संघ) and its initials spelled out (यूएसएसआर, "USSR")
    "सोवियत": "soviet", "संघ": "union", "यूएसएसआर": "soviet union",
}
_ARABIC_LETTERS = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی"})


def _other_script_words(text: str) -> str | None:
    """A name in Thai, Arabic, Persian, Hebrew or Devanagari letters with the dictionary words of
    `_OTHER_SCRIPT_GLOSSARY` put into English and the rest into Latin letters (`romanize.other_script_to_latin`):
    "แม่น้ำยาลู" -> "river yalu";
    None if no word of the glossary is in it, or the name is in a script the course reads by its own rules."""
    text = str(text).translate(_ARABIC_LETTERS)
    if not re.search(r"[\u0e00-\u0e7f\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f]", text):
        return None
    out, rest, known, position = [], "", False, 0
    longest = max(map(len, _OTHER_SCRIPT_GLOSSARY))
    while position < len(text):
        word = next((text[position:position + size] for size in range(longest, 0, -1)
                     if text[position:position + size] in _OTHER_SCRIPT_GLOSSARY and (
                         not re.match(r"[\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f]", text[position]) or (
                             (position == 0 or text[position - 1] == " ")
                             and text[position + size:position + size + 1] in ("", " ")))), None)
        if word is None:
            rest += text[position]
            position += 1
            continue
        if rest.strip():
            out.append(rz.other_script_to_latin(rest.strip()) or rest.strip())
        rest, known = "", True
        out.append(_OTHER_SCRIPT_GLOSSARY[word])
        position += len(word)
    if rest.strip():
        out.append(rz.other_script_to_latin(rest.strip()) or rest.strip())
    return " ".join(word for word in out if word) if known else None


def _plain_keys(text: str) -> list[str]:
    """The "plain" keys of `_keys` alone (cheaper): the spelling itself, and the pinyin of Chinese characters."""
    if rz.script(text) != "cjk":
        return [normalise(text)]
    bare = _CJK_ADMIN.sub("", text.strip())
    return [normalise(text), *rz.pinyin_readings(text), *(rz.pinyin_readings(bare) if bare != text.strip() else [])]


_MIXED_SYSTEM = "surname and given name in different romanizations"


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
        surnames, given, chinese = {hangul[0]: None}, {}, set()
        for spelling in own:
            script = rz.script(spelling.spelling)
            if script == "latin":
                parts = rz.words(spelling.spelling)
                if len(parts) >= 2 and spelling.system not in ("birth_name", "alias", "russian_latin"):
                    surnames.setdefault(parts[0], spelling)
                    if not (spelling.system == "garbled" and "-" in spelling.spelling):
                        # a garbled Korean given name (Chong Tal-hyon) is matched only as written; a Chinese one
                        # in a garbled mixture (Heo Jiayi) goes with any surname (Xu Jiayi)
                        given.setdefault("".join(parts[1:]), spelling)
            elif script == "cjk" and spelling.system in ("Hanja", "hanja") and len(spelling.spelling) >= 2:
                for reading in rz.pinyin_readings(spelling.spelling[0]):
                    surnames.setdefault(reading, spelling)
                    chinese.add(reading)
                given_reading = rz.pinyin_readings(spelling.spelling[1:])[0]
                given.setdefault(given_reading, spelling)
                chinese.add(given_reading)
        for surname in surnames:
            for name, source in given.items():
                if surname in chinese and not re.search(r"[fqxz]|c(?!h)|iao|ui", surname) and name not in chinese and (
                        source.system not in ("garbled", "pinyin")):
                    continue  # a Chinese reading of the surname spelled as Korean could be (Jin, Wu, Pu), before a
                    # Korean given name, is another Korean's name (Chin Tu-bong: 진, not 金 read Jin); with letters no
                    # Korean romanization has (Piao, Cui, Fang, Xu) it is his, as is the other way round (Heo Jiayi)
                text = f"{rz.hangul_to_latin(surname) if rz.is_hangul(surname[0]) else surname} {name}".title()
                composed.append((_Spelling("person", person_id, text, _MIXED_SYSTEM,
                                           f"{source.spelling} ({source.system})" if source else "", 0.95), text))
    return composed


@dataclass
class _Index:
    spellings: list[_Spelling]
    exact: dict[tuple[str, str], list[int]]
    fuzzy: dict[str, list[str]]  # family -> keys, for near misses
    fuzzy_owner: dict[tuple[str, str], list[int]]
    group_bases: dict[tuple[str, str], list[int]]  # "Yenan" of "Yenan faction": a place name, found with the suffix
    derived: dict = field(default_factory=dict)  # tables computed from the index when first needed


# The index takes about a quarter of a second to build (thousands of spellings, each filed under several
# keys). It is kept on disk between sessions, under a name made from everything it is built from (the
# tables, this module, the spelling rules and the character tables), so a changed table or rule builds a
# new one; a missing, unreadable or unwritable cache only means building it again.
_INDEX_TABLES = ("people", "factions", "organizations", "places", "name_variants")
_INDEX_FORMAT = 1


@cache
def _place_provinces() -> dict[str, frozenset[str]]:
    """{a province's name in Hangul or characters: the course's places that lie in it}, from place_provinces.tsv
    (written by tools/place_provinces.py from GeoNames, with the provinces of 1945-1970)."""
    found: dict[str, set[str]] = {}
    with (Path(__file__).parent / "place_provinces.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#") and line.strip():
                place, _, names = line.rstrip("\n").split("\t")
                for name in names.split("|"):
                    found.setdefault(name, set()).add(place)
    return {name: frozenset(places) for name, places in found.items()}


# the word for a city, a county, a district or a township after a place's name in an address (혜산시, 개천군,
# 만경대구역, 철원읍); not a village's or a quarter's (리, 동): 경기도 연천군 오산리 is a village of Yonchon, not Osan
_ADDRESS_LEVEL = re.compile(r"(?<=..)(?:특별시|광역시|직할시|市|区|區|県|縣|县|郡|시|군|구역|읍)$")
# and the words of the divisions an address names above a place (`_in_own_county`): these, with the township (면,
# 面), the colonial city (부, 府) and 邑, which no place's own name is read without
_DIVISION_WORD = re.compile(r"(?<=.)(?:특별시|광역시|직할시|市|区|區|県|縣|县|郡|시|군|구역|區域|区域|읍|邑|면|面|"
                            r"부|府)$")


def _in_own_county(place: str, words: list[str]) -> bool:
    """Whether the words of an address between a province and a place (`words`) may lie above the place: each a
    division with its word for a county, a city, a colonial city, a township or a district (양평군, 楊平郡, 지평면,
    해주부: an address names its levels, and the county of the course's years may not be today's), or a bare name in
    Hangul that is the county or the city places.csv's note names for the place ("Yangpyeong County", "Kaechon city"),
    compared as `romanize.korean_key` folds names (경기 양평 지평리; not 평북 영변 운산, another Unsan, or a list of
    two places). True when there are no such words."""
    bare = [word for word in words if not _DIVISION_WORD.search(word)]
    own = _county_keys().get(place, frozenset())
    return all(re.fullmatch(r"[\uac00-\ud7a3]+", word) and rz.korean_key(rz.hangul_to_latin(word)) in own
               for word in bare)


@cache
def _county_keys() -> dict[str, frozenset[str]]:
    """{place id: the `romanize.korean_key`s of the counties and cities places.csv's note names for it, as the word
    before "County" or "city" ("Yangpyeong County", "Kaechon city")}, read once."""
    return {row.place_id: frozenset(rz.korean_key(word) for word in re.findall(
        r"([A-Za-z’'ŏŭŎŬ-]{3,})\s+(?:County|city)\b", str(row.note))) for row in load("places").itertuples(index=False)}


@cache
def _province_before_place() -> re.Pattern:
    """A province's name (`_place_provinces`) at the start of a name, longest first, ending a word: in characters
    (咸鏡北道清津市, 辽宁安东: Chinese and Japanese write no spaces), or in Hangul followed by a space or ending in
    도 or 시 (강원도철원); not 경기장, a stadium."""
    names = "|".join(sorted(map(re.escape, _place_provinces()), key=len, reverse=True))
    return re.compile(rf"({names})(?:(?<=[\u4e00-\u9fff도시])|(?=\s))")


@cache
def _other_korean_places() -> frozenset[str]:
    """The plain keys (`normalise`) of the names of places in Korea that are not the course's, from GeoNames
    (other_korean_places.tsv, written by tools/geonames_variants.py)."""
    with (Path(__file__).parent / "other_korean_places.tsv").open(encoding="utf-8") as handle:
        return frozenset(line.split("\t", 1)[0] for line in handle if line.strip() and not line.startswith("#"))


def _cache_dir():
    import os
    chosen = os.environ.get("NKCOURSE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nkcourse"


def _shared_cache_dir():
    """The index kept beside the installed course, for every user of one installation: a hub's image or a shared
    environment writes it there once (`NKCOURSE_CACHE_DIR=<prefix>/share/nkcourse`, see instructors/deployment.md),
    and a learner whose own cache folder is empty, as on a hub whose home folders are fresh volumes, reads it."""
    import sys
    return Path(sys.prefix) / "share" / "nkcourse"


def _index_cache_path():
    """The index's file in the learner's own cache folder (a Path): its name is a digest of the code, the data and
    the transliteration libraries' versions, so a changed course never reads an old index."""
    import hashlib
    from importlib import metadata

    from .data import data_dir

    digest = hashlib.sha256(f"{_INDEX_FORMAT}".encode())
    here = Path(__file__).parent
    files = [here / "names.py", here / "romanize.py", here / "data.py", *sorted(here.glob("*.tsv")),
             data_dir() / "datapackage.json",
             *(data_dir() / f"{table}.csv" for table in _INDEX_TABLES)]
    for path in files:
        digest.update(path.read_bytes())
    for package in ("pypinyin", "cyrtranslit", "jaconv", "opencc"):
        digest.update(metadata.version(package).encode())
    return _cache_dir() / f"name_index_{digest.hexdigest()[:24]}.pickle"


def _index() -> _Index:
    return _index_cached()


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while a lookup runs and while the index is built or read: they make
    hundreds of thousands of small objects and no cycles, and the collector's passes over them took about a third
    of the first call. The collector runs again afterwards as it did before (it is left off if it was off)."""
    import gc

    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@cache
def _index_cached() -> _Index:
    with _collector_paused():
        return _index_read_or_built()


def _index_read_or_built() -> _Index:
    import pickle

    from . import data

    own_tables = load is data.load  # a test that swaps a table in builds its own index, never cached
    path = None
    if own_tables:
        try:
            path = _index_cache_path()
        except Exception:  # noqa: BLE001 - a file of the course unreadable: build the index, keep nothing
            pass
        for kept in (path, _shared_cache_dir() / path.name) if path else ():
            try:
                with kept.open("rb") as handle:
                    found = pickle.load(handle)
                if isinstance(found, _Index):
                    return found
            except Exception:  # noqa: BLE001 - no cache, or an unreadable one: try the next, then build the index
                pass
    built = _build_index()
    if path is not None:
        try:
            import os
            import tempfile

            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".part") as handle:
                pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, path)
        except Exception:  # noqa: BLE001 - a read-only home: the index simply is not kept
            pass
    return built


_index.cache_clear = _index_cached.cache_clear  # type: ignore[attr-defined]


def clear_caches() -> None:
    """Forget everything built from the tables (the name index and the tables of people, foreign names, famous
    names and faction links derived from them), so that the next lookup reads the tables again: for a test or
    a notebook that has changed a table. Returns None; raises nothing. The index kept on disk is untouched (its
    file name changes with the data)."""
    for cached in (_index_cached, _namesakes, _hangul_surnames, _faction_links, _foreign_keys, _foreign_people,
                   _foreign_place_keys, _russian_names_of_koreans,
                   _famous_people, _entities, _korean_place_kinds, _battle_places, _foreign_name_parts,
                   _transcription_characters, _place_names, _organization_terms,
                   # and what is built from the index's positions or the tables: a lookup after a table changed must
                   # not read a position of the old index (`_consonant_index`, `_country_name_words`)
                   _consonant_index, _country_name_words, _posts, _group_leaders, _chinese_surname_readings,
                   _places_table, _coordinates, _across_the_parallel, _north_korean_places, _body_country,
                   _korean_places, _territory_names, _sound_of_another_place, _vowel_of_another_name,
                   _province_before_place, _place_provinces, _other_korean_places, _place_sound_index,
                   _country_leaders, _famous_syllables, _county_keys, _person_name_words, _english_country_names):
        cached.cache_clear()


def _build_index() -> _Index:
    spellings = _spellings()
    people = load("people")
    korean = set(people.loc[people["name_hangul"].fillna("").str.len().between(2, 4), "person_id"])
    chinese = set(people.loc[people["faction_id"] == "prc", "person_id"])
    organizations = load("organizations")
    american = set(organizations.loc[organizations["faction_id"] == "usa", "org_id"])
    # bodies whose own name says Korea (조선신민당) though an English name of theirs does not (New People's Party):
    # that English name is also filed with "Korea" (New People's Party of Korea, Korean New People's Party)
    chosen = set(organizations.loc[organizations["name_hangul"].fillna("").str.startswith("조선"), "org_id"])
    # and those the data also name "North Korean" in Korean (북조선신민당): North Korean New People's Party; so too
    # a party whose own name lacks the word but whose northern name has it (북조선천도교청우당: Korean Chondoist
    # Chongu Party, North Korean Chondoist Chongu Party)
    northern = {s.id for s in spellings if s.kind == "party" and s.spelling.startswith("북조선")}
    chosen |= northern
    exact: dict[tuple[str, str], list[int]] = {}
    group_bases: dict[tuple[str, str], list[int]] = {}
    place_names = {key for s in spellings if s.kind == "place" for key in _plain_keys(s.spelling)}
    in_korea = _korean_places()
    place_hangul: dict[str, set[str]] = {}  # a place's Korean names, with and without their place word
    for s in spellings:
        if s.kind == "place" and rz.script(s.spelling) == "hangul" and s.system not in _LOOSE_SYSTEMS:
            place_hangul.setdefault(s.id, set()).update({s.spelling, _PLACE_SUFFIX_CJK.sub("", s.spelling)})
    filed = [(spelling, spelling.spelling) for spelling in spellings] + _composed(spellings)
    final = []
    for spelling, text in filed:
        position = len(final)
        final.append(spelling)
        is_korean = spelling.kind == "person" and spelling.id in korean
        extra = []
        if spelling.kind in ("group", "party", "army") and rz.script(text) == "latin":
            extra.append((f"words_{spelling.kind == 'group'}", _words_key(text, spelling.kind == "group") or (
                spelling.id in _PERSONS_FACTIONS and "(" not in text and _words_key(f"{text} group", True))))
            # (domestic communists: a faction's name without the word "faction" is compared with one that has it, the
            # domestic communist faction; only the factions of people, not a country's, as the USSR faction would be
            # the Soviet Koreans, nor the UN Command's other members', whose "UN forces line" is a front)
            if spelling.kind == "group" and spelling.id in _COUNTRY_GROUPS and (
                    spelling.system == "name in the course" or spelling.system == "other name of the group"
                    and "(" not in text and len(_words_key(text, False).split()) >= 3):
                # Unione Sovietica, República Popular China, Unión de Repúblicas Socialistas Soviéticas: a country's
                # name translated word by word, compared with the English names of the group that is that
                # country's leadership (not one with a gloss in brackets: UN Command (US-led) is the army's name;
                # nor a short one, whose words a people's name shares: South Korea, South Koreans)
                extra.append(("words_False", _words_key(text, False)))
            own_words = bool(re.search(r"[A-Za-z]", rz.strip_marks(text)))  # (none in Thai or Arabic letters, which
            # `rz.script` calls Latin: กองทัพที่แปด, the Eighth Army, must not be filed as "United States" alone)
            if spelling.kind == "army" and spelling.id in american and own_words:  # U.S. 10th Corps: a US army with
                extra.append(("words_False", _words_key(f"United States {text}", False)))  # its country
            if spelling.id in chosen and spelling.kind != "group" and own_words:
                extra.append(("words_False", _words_key(f"Korea {text}", False)))
            if spelling.id in northern and own_words:
                extra.append(("words_False", _words_key(f"North Korea {text}", False)))
            if spelling.kind == "army" and re.search(r"\bunited\s+army\b", text, re.IGNORECASE):
                # Northeast Anti-Japanese Army: translations often leave "United" (联军, "allied army") out
                extra.append(("words_False", _words_key(re.sub(r"\bunited\s+", "", text, flags=re.IGNORECASE), False)))
        if spelling.kind == "person" and spelling.id in chinese and rz.script(text) == "latin":
            palladius = rz.pinyin_to_palladius(text)
            if palladius:
                extra.append(("palladius", rz.palladius_key(palladius)))
                # and as a Russian text's Palladius form copied in Latin letters is compared (Mao Tszedun): a Chinese
                # person's only, not a Korean's characters read in Mandarin, which no Russian text writes so
                extra.append(("palladius_latin", rz.palladius_key(palladius)))
        if spelling.kind == "place" and rz.script(text) == "cjk":  # 鸭绿江 = Ялуцзян, as Russian writes Chinese
            extra += [("palladius", rz.palladius_key(palladius)) for reading in rz.pinyin_readings(text)[:2]
                      if (palladius := rz.pinyin_to_palladius(reading))]
        if spelling.kind == "person" and rz.script(text) == "cjk" and 2 <= len(text) <= 4:
            # a Korean name's characters read in Chinese and written in Russian, as Soviet papers on China did
            # (金日成 = Цзинь Жичэн): the Palladius form of its pinyin, surname apart
            syllables = [(rz.pinyin_readings(ch) or [""])[0] for ch in text]
            if all(syllables):
                palladius = rz.pinyin_to_palladius(f"{syllables[0]} {''.join(syllables[1:])}")
                if palladius:
                    extra.append(("palladius", rz.palladius_key(palladius)))
        if rz.script(text) == "cjk":  # 金日成 read in Sino-Vietnamese: Kim Nhật Thành
            bare = _CJK_ADMIN.sub("", text.strip())  # 仁川廣域市 = 仁川
            extra += [("vietnamese", key) for form in dict.fromkeys((text, bare))
                      for key in rz.vietnamese_readings(form) if " " in key]
        for family, key in extra:
            if key and not (rz.script(text) == "cjk" and spelling.system in (*_LOOSE_SYSTEMS, "garbled")):
                # a loose or garbled name in characters only as written: 姜侵 is no Цзян Цин
                exact.setdefault((family, key), []).append(position)
        folded = rz.fold_shinjitai(text)  # a query is folded (ソ連共産党 -> ソ連共産黨): file the folded form too
        place = spelling.kind == "place"
        filed_keys = [("plain", normalise(text))] if spelling.system in ("garbled", "exonym") else _keys(
            text, korean=is_korean, place=place, asked=False) + (
                _keys(folded, korean=is_korean, place=place, asked=False) if folded != text else [])
        # (a garble or an exonym only as written, below)
        if place and spelling.id in in_korea and spelling.system in ("chinese", "japanese") and (
                rz.script(text) == "cjk"):
            # a Chinese or Japanese name of a place in Korea (首爾, Seoul's Chinese transcription) read in Korean only
            # when that reading is the place's own Korean name: 수이 ("Sui") is no one's name for Seoul (a place
            # abroad keeps its Korean reading: 延安 is 연안 in Korean)
            own = place_hangul.get(spelling.id, set())
            foreign = {pair for reading in rz.korean_readings(text) + rz.korean_readings(_CJK_ADMIN.sub("", text))
                       if reading not in own and _PLACE_SUFFIX_CJK.sub("", reading) not in own
                       for pair in _keys(reading) if pair[0] in ("hangul", "korean", "loose")}
            owned = {pair for name in own for pair in _keys(name) if pair[0] in ("hangul", "korean", "loose")}
            filed_keys = [pair for pair in filed_keys if pair not in foreign or pair in owned]
        for family, key in dict.fromkeys(filed_keys):
            russian_form = spelling.system in _RUSSIAN_FORMS or rz.script(text) == "cyrillic"
            if family == "slavic" and is_korean and not russian_form:
                continue  # Korean names are compared by the Korean fold, Russian ones by the Slavic
                # (but a Soviet Korean's Russian name, Хегай, also by the Slavic: Khegai, Hegai)
            if spelling.system in ("garbled", "exonym") and family != "plain":
                continue  # a garble is matched as written: Chong Tal-hyon is not 정달현, another name; so is a
                # place's name in another language (GeoNames' P-hjong-jang, Pyongyang, is not Czech Pchjongčchang)
            if spelling.system in _LOOSE_SYSTEMS and (family, key) != ("plain", normalise(text)) and rz.script(
                    text) in ("hangul", "cjk"):
                continue  # so is a loose reference in Hangul or characters, not even by its pinyin: 三角山 is not
                # Samgaksan, 姜侵 (a scanner's 姜健) not Jiang Qin
            if family == "loose" and spelling.kind == "person" and spelling.id not in korean:
                continue  # o and u merge in popular spellings of Korean names only: Kuba is not Koba (Stalin)
            if family in ("korean", "slavic") and spelling.id in chinese and spelling.system in (
                    "surname alone", _OTHER_SURNAME):
                continue  # a Chinese surname alone is matched as written, not folded: Zhu (Zhu De) is not Zhou
            exact.setdefault((family, key), []).append(position)
        if spelling.kind == "group":  # "Kapsan" from "Kapsan faction", "갑산" from "갑산파"
            bare = _GROUP_SUFFIX.match(text)
            if bare and len(bare.group(1).split()) == 1 and bare.group(1).casefold() != "no":  # (not "No" of "No
                # faction", the course's word for the unaffiliated: 노 and 盧 are the surname Roh)
                loose = spelling.system in _LOOSE_SYSTEMS  # "Moscow" of "Moscow faction" is as loose as the whole
                base = _Spelling("group", spelling.id, bare.group(1),
                                 spelling.system if loose else "name of the group without 'faction'",
                                 spelling.note if loose else spelling.spelling, _RELATED)
                final.append(base)
                # "Pyongyang" alone is the city, not the group one of whose aliases is "Pyongyang faction";
                # such a base is found only with "faction" or "group" after it. "Kapsan" is both, because
                # the group's own name is "Kapsan group".
                only_with_suffix = spelling.system != "name in the course" and (any(
                    key in place_names for key in _plain_keys(bare.group(1))) or (
                    normalise(bare.group(1)) in _COUNTRY_WORDS))  # "Soviet", 소련, 만주 alone: the country
                for family, key in _keys(bare.group(1)):
                    if family.startswith("cyrillic") and rz.script(bare.group(1)) == "hangul":
                        continue  # Russian names a group in Russian words; Енан is the Korean county 연안 (Yonan)
                    (group_bases if only_with_suffix else exact).setdefault((family, key), []).append(len(final) - 1)
    initials: dict[str, set[int]] = {}
    for position, spelling in enumerate(final):  # "KLP" for Korean Labor Party, "NKLP" for North Korean Labor Party
        key = _initials(spelling)
        if key:
            initials.setdefault(key, set()).add(position)
    for key, positions in initials.items():
        if len({final[position].id for position in positions}) == 1:  # initials shared by two are no name
            exact[("initials", key)] = sorted(positions)
    fuzzy: dict[str, list[str]] = {}
    for family, key in exact:
        if family in ("korean", "loose", "slavic", "hangul", "cyrillic_korean") and len(key) >= 4:
            fuzzy.setdefault(family, []).append(key)
    return _Index(final, exact, fuzzy, exact, group_bases)


# Spellings of parties and armies that are not English names (their initials are no abbreviation anyone uses)
_NOT_ENGLISH = ("McCune-Reischauer", "Revised Romanization", "mr", "rr", "mr_diacritics", "Korean name with 'Party' "
                "for -dang", "korean_name", "pinyin", "japanese", "Hangul", "Hanja", "Chinese", "Russian",
                "abbreviation")


def _initials(spelling: _Spelling) -> str:
    """The initials of an English name of a party or army of three words or more, small words left out:
    "North Korean Labor Party" -> "nklp"; "" for any other spelling."""
    if spelling.kind not in ("party", "army") or spelling.system in _NOT_ENGLISH:
        return ""
    text = rz.strip_marks(spelling.spelling)
    if not re.fullmatch(r"[A-Za-z' \-]+", text):
        return ""
    words = [word for word in re.split(r"[\s\-]+", text) if word and word.casefold() not in _FILLER_WORDS]
    return "".join(word[0] for word in words).casefold() if len(words) >= 3 else ""


def _kind_of(kind) -> tuple[str | None, str | None]:
    """(kind, problem): the kind a learner asked for, or a sentence saying what kinds there are."""
    if kind is None or (isinstance(kind, str) and kind.strip().casefold() in ("", "any", "all", "anything")):
        return None, None
    word = _KIND_WORDS.get(str(kind).strip().casefold())
    if word is None:
        return None, (f"There is no kind of name called “{str(kind)[:40]}”. "
                      f"Use one of: {', '.join(KINDS)} (or nothing, for all of them).")
    return word, None


# A country's name before an office in Korean (대한민국 대통령, 북한 내무상), in `_TITLES` and `_title_fits`
_KOREAN_COUNTRY_WORDS = "대한민국|한국|남한|북한|북조선|미국|소련|중국"
_COUNTRY_BEFORE_OFFICE = rf"(?:(?:{_KOREAN_COUNTRY_WORDS})\s*)?"
# A country's name after an office in Vietnamese (Thủ tướng Triều Tiên, Tổng thống Mỹ), with the Korean word for it
_VIETNAMESE_COUNTRIES = {"bắc triều tiên": "북한", "triều tiên": "북한", "bắc hàn": "북한", "hàn quốc": "대한민국",
                         "nam triều tiên": "대한민국", "nam hàn": "대한민국", "mỹ": "미국", "hoa kỳ": "미국",
                         "mĩ": "미국", "hoa kì": "미국",  # (the older spelling, i for y: Mĩ, Hoa Kì)
                         "liên xô": "소련", "trung quốc": "중국"}
_VIETNAMESE_COUNTRY_AFTER_OFFICE = "(?:" + "|".join(
    name.replace(" ", r"\s+") for name in sorted(_VIETNAMESE_COUNTRIES, key=len, reverse=True)) + ")"
# The South's old epithets for the North's leader (북한괴수, 북괴두목, "ringleader of the northern puppets"): before his
# name only (`_TITLES`, `_search`)
_SOUTHERN_EPITHETS = r"북한\s*괴수|북괴\s*(?:두목|괴수|수괴)"
# One to three capitalised words and nothing else, after the M. of French Monsieur (`_TITLES`, `_MONSIEUR`)
_MONSIEUR_NAME = r"\s+[A-Z][a-zé'’\-]+(?:\s+[A-Z][a-zé'’\-]+){0,2}\s*$"
_TITLES = re.compile(r"^((?:u\.\s?s\.|us)\s+(?:vice[- ]admiral|rear[- ]admiral|admiral)|"
                     # the US Army before a rank (U.S. Army Five-Star General MacArthur), an American's (`_title_fits`)
                     r"(?:u\.\s?s\.|us|united\s+states)\s+army"
                     r"(?=\s+(?:(?:five[- ]star\s+|lieutenant[- ]|major[- ]|brigadier[- ])?general|"
                     r"(?:lt|maj|brig)\.?[- ]?gen\b))|"  # (U.S. Army Lt. Gen. John R. Hodge)
                     r"(?:five[- ]star\s+)?general of the army|"
                     # the Red Army's highest grade (Marshal of the Soviet Union Stalin), its holders' only
                     # (`_title_fits`)
                     r"marshal\s+of\s+the\s+soviet\s+union|маршал(?:ом|а|у)?\s+советского\s+союза|"
                     r"marshall|vice[- ]admiral|rear[- ]admiral|brigadier[- ]general|brig\.\s?gen\.|brigadier|"
                     # General of the Army in Portuguese and Spanish (General do Exército Douglas MacArthur, General
                     # del Ejército), held to the five Americans who held the grade (`_title_fits`)
                     r"general\s+do\s+ex[ée]rcito|general\s+del\s+ej[ée]rcito|"
                     # (AP's style, Army Gen. and Army Maj. Gen., a general of the US Army; German's genitive Generals
                     # before a name of two words or more)
                     r"army\s+gen\.|army(?=\s+(?:lt|maj|brig)\.?[- ]?gen\.)|general\.?|generals(?=\s+\S+\s)|gen\.?|"
                     r"(?:vice[- ]|grand[- ])?marshal|"
                     r"supreme commander|"
                     r"comrades?|com\.|cdes?\.?|"
                     # (т. and c., comrade, abbreviated in Russian and in translations of Czech records: lower case
                     # only, as a capital is an initial; the Great Helmsman only before Mao's name, whose epithet it is)
                     r"tov\.?|pres\.|pres(?=\s)|президент(?:ом|а|у)?|ген\.|(?-i:т\.|c\.)(?!\s*[A-ZА-ЯЁ]\.)|"
                     r"(?:великий\s+)?кормчий(?=\s+мао)|(?:the\s+)?great\s+helmsman(?=\s+mao)|"
                     r"premier(?!\s+ministre)|prime\s+minister|chairman|president|ambassador|"
                     # a foreign, a defence or an interior minister (checked against the posts: `_ENGLISH_MINISTER`)
                     r"(?:(?:vice[- ]|deputy\s+)?(?:foreign|defen[cs]e|interior|internal\s+affairs|home)\s+)?minister|"
                     # a foreign, a defence and an interior minister in German, Norwegian, Danish and Swedish, one
                     # word (`_COMPOUND_MINISTERS`)
                     # a chairman in Russian and Bulgarian, in their cases (председатель Мао, Председателят Мао)
                     r"председател(?:ь|я|ю|ем|ят)?|"
                     r"(?:au(?:ß|ss)en|verteidigungs|innen|utenriks|udenrigs|utrikes|forsvars|försvars|"
                     r"innenriks|indenrigs|inrikes)minister(?:en|n)?|"
                     # a prime minister in Spanish, French, Italian, Portuguese and German; a generalissimo in
                     # Russian
                     r"primer\s+ministro|premier\s+ministre|primo\s+ministro|primeiro[\s-]ministro|premierminister|"
                     r"ministerpr[äa]sident(?:en)?|"  # (German's word for a premier: Ministerpräsident Zhou Enlai,
                     # Ministerpräsidenten in a case)
                     r"генералиссимус(?:ом|а|у)?(?=\s+(?:сталин|ким\s+ир\s+сен))|"
                     # a lieutenant general and a general of the army in French, Portuguese, Spanish, Swedish,
                     # Norwegian, Danish and Romanian, and a division commander in Russian (комдив)
                     r"lieutenant[- ]général|tenente[- ]general|teniente\s+general|general(?:l[öo]jtnant|løytnant|"
                     r"løjtnant)|generalul[- ]locotenent|arm[ée]general|комдив(?:а|у|ом)?|"
                     r"generalul|colonel[- ]general|col\.[- ]?gen\.|lieutenant[- ]colonel|lt\.?[- ]col\.|"  # (Romanian
                     # generalul, "the general")
                     r"colonel|col\.|admiral|adm\b\.?|"
                     r"lieutenant[- ]?general|lt\.?[- ]?gen(?:eral|\.)?|major[- ]?general|"
                     r"maj\.?[- ]?gen\.?|maj\.|mg|bg|ltg|col|comr\.|"
                     # Time's titles of office and epithets before a name (Senior Delegate Harrison, Party Boss Mao
                     # Tse-tung, Heir Apparent Liu Shao-chi), Tagalog Pangulong (President) and Tagapangulo (Chairman)
                     r"(?:senior\s+|chief\s+)?delegate|party\s+boss|heir\s+apparent|pangulong|tagapangulo|ерөнхийлөгч|"
                     r"mr\.?|dr\.?|elder|teacher|(?:the\s+)?hon(?:ou?rable|\.)|tiến\s+sĩ|amb\.|(?:the\s+)?late|"
                     # (Vietnamese tiến sĩ, a doctor; amb., an ambassador; the late, before a dead man's name; the
                     # Honourable, before a minister's name in UN and Commonwealth records; Teacher, a machine
                     # translation's word for the Korean 선생, "Mr", after a name: Teacher Kim Ku for 김구 선생; Elder,
                     # for 장로: Elder Cho Mansik; not Miss, which the data cannot hold to a woman: Miss Stalin is his
                     # daughter)
                     # French Monsieur, and its M. as English papers of the time wrote it before a foreigner's
                     # name (M. Malik, M. Jacob Malik)
                     r"monsieur|(?-i:M\.)(?=" + _MONSIEUR_NAME + r")|"
                     r"domnul|dl\.|d-l|"  # (and Romanian domnul, "Mr", with its short forms: dl. Acheson)
                     r"secretary\s+of\s+state|commander[- ]in[- ]chief|five[- ]star\s+general|"
                     r"(?:first|party)\s+secretary|"  # (checked against the posts in `_title_fits`)
                     r"госсекретар(?:ь|ём|ем|я|ю)|(?:luitenant[- ])?generaal|"  # a secretary of state in Russian;
                     # a (lieutenant) general in Dutch
                     r"secretary|secy\.?|vice[- ]premier|deputy premier|vice[- ]chairman|commander|captain|capt\.|"
                     r"major|"
                     # a secretary in Spanish, Portuguese, Italian, French, German and Polish (secretario Dean Acheson)
                     r"secretario|secretário|segretario|secrétaire|sekretär|sekretarz|"
                     r"lieutenant|lt\.|sergeant|sgt\.|professor|prof\.|товарищ(?:ем|а|у)?|товариш(?:ем|а|у)?|тов\.|генерал(?:ом|а|у)?|маршал(?:ом|а|у)?|"
                     r"посол|посл(?:ом|а|у)|полководец|полководц(?:ем|а|у)|"  # (a commander, the North's title;
                     r"heerführer|"  # in German, Heerführer)
                     r"general[- ]major|general[- ]lieutenant|general[- ]colonel|генерал[- ](?:майор|лейтенант|"
                     r"полковник)(?:ом|а|у)?|"
                     # a marshal, a president and a comrade in French, Spanish, Italian, German, Czech and Slovak,
                     # a president in Polish (in its cases), and a president and a marshal in Esperanto
                     r"(?:grand[- ])?maréchal|mariscal|maresciallo|marechal|genossen?|genossin|"
                     r"(?:us-|staats)?präsident(?:en)?|"  # (German Staatspräsident, a head of state)
                     r"président|"
                     r"presidente|prezidanto|prezident|prezydent(?:a|em|owi)?|marŝalo|marsxalo|"
                     # a general and a president or chairman in Greek, in their cases (Στρατηγόν Βαν Φλητ, πρόεδρος Μάο)
                     r"στρατηγ(?:ός|ό|όν|ού|ος|ο|ον|ου)|πρ[οό]εδρο[σςν]?|προ[εέ]δρου|"
                     # a marshal in Swedish, Polish, Czech, Romanian, Turkish and Indonesian, a captain in Polish,
                     # Russian (in Latin letters), Tagalog and Indonesian, and a general with his country's prefix in
                     # German
                     r"marskalk|marszałek|maršál|mareșal|mareşal|marsekal|kapitan|капитан(?:ом|а|у)?|us-general|"
                     # comrade in Spanish, Portuguese, French, Italian, Serbo-Croatian, Polish, Czech, Slovak, Romanian
                     # (and their case endings), Hungarian, Dutch, Swedish, Norwegian, Finnish and Turkish
                     r"camarada|camarade|compagno|drug|druže|towarzysz(?:a|u|em)?|tow\.|soudruh(?:a|u|em)?|"
                     r"súdruh(?:a|ovi|om)?|tovarăș(?:ul|ului)?|tovarăş(?:ul|ului)?|elvtárs|kameraad|kamrat|kamerat|toveri|seltsimees|yoldaş|"
                     # the Great Leader, the North's epithet for Kim Il Sung, only before his name (German großen
                     # Führer, its accusative and dative)
                     r"(?:the\s+)?(?:great\s+leader|(?:gran|grande)\s+l[ií]der|l[ií]der|grande\s+leader|gro(?:ß|ss)(?:er|en|e)\s+führer|great|"
                     r"gran|grande)"  # (and Spanish, Portuguese, Italian "great" before a comrade: gran camarada)
                     r"(?=\s+(?:(?:president|comrade|marshal|generalissimo|genossen?|genossin|präsident(?:en)?|marschall|"
                     r"camarada|compagno|presidente|mariscal|maresciallo|marechal)\s+)?kim\s+il[\s-]?s(?:ung|ong))|"
                     # (and before a title before his name: the great leader President Kim Il Sung)
                     # a general's rank in German, French, Italian, Polish, Czech, Finnish, Indonesian, Malay and
                     # Tagalog
                     r"generaloberst|generalleutnant|generalmajor|général|generale|generał(?:a|owi|em)?|"
                     r"generál(?:\s*(?:poručík|major|plukovník))?|kenraali|jenderal(?:\s+(?:soviet|a\.?\s?s\.?(?=\s)))?|jendral|jeneral|jend\.|heneral|"
                     r"başkan|baskan|"
                     # the leader, the great leader and the great president in Arabic (الزعيم, الزعيم العظيم, الرئيس
                     # العظيم), only before Kim Il Sung's name (the first is also an Arab army's rank);
                     # a president of the USA in Norwegian, Danish and Swedish
                     r"(?:الزعيم(?:\s+العظيم)?|القائد\s+العظيم(?:\s+الرفيق)?|الرئيس\s+العظيم|الرفيق)(?=\s+كيم\s+[اإ]يل\s+سون)|usa-president(?:en)?|"
                     # the North's words before its leader's name: (위대한, "great", 경애하는, "beloved") 수령, "leader"
                     r"(?:위대한\s*|위대하신\s*|경애하는\s*)?수령(?=\s*(?:김일성|金日成))|"
                     # and its epithets for the fighters of the partisan war (항일혁명투사, "anti-Japanese revolutionary
                     # fighter"; 항일의 녀성영웅, "anti-Japanese heroine", Kim Jong-suk's), the South's old ones for
                     # its leader (북한괴수, 북괴두목, "the North Korean ringleader"), and their English and German
                     # translations
                     rf"항일\s*혁명\s*(?:투사|렬사|열사)|항일의\s*(?:녀성|여성)\s*영웅|{_SOUTHERN_EPITHETS}|"
                     r"anti-japanese\s+(?:war\s+)?(?:heroine|hero|revolutionary\s+fighter)|antijapanische\s+kriegsheldin|"
                     # Generalissimo (Portuguese Generalíssimo, Spanish Generalísimo); Vietnamese tướng (general) and
                     # đồng chí lãnh tụ vĩ đại (comrade great leader);
                     # Indonesian Presiden (AS), Panglima Tertinggi (PBB); Arabic الجنرال; the North's ministers
                     # (내무상, 외무상, 민족보위상: its ministries' names, not any word in 상, as 동상, a statue, is)
                     r"generalissimo|generalissimus|general[íi]ss?imo|(?:(?:đại|trung|thượng|thiếu|thống)\s+)?tướng|"
                     r"(?:(?:dai|trung|thuong|thieu|thong)\s+)?tuong|nguyên\s+soái|nguyen\s+soai|(?:phó\s+)?đô\s+đốc|"
                     r"(?:đồng chí\s+)?lãnh tụ(?:\s+vĩ đại)?|nhà\s+lãnh\s+đạo|đồng chí|presiden(?:\s+as)?|"
                     # Vietnamese thủ tướng (premier), chủ tịch (chairman), tổng thống (president), the country
                     # after the office (Thủ tướng Triều Tiên Kim Nhật Thành), checked as the English titles are
                     rf"(?:thủ\s+tướng|chủ\s+tịch|tổng\s+thống)(?:\s+{_VIETNAMESE_COUNTRY_AFTER_OFFICE})?|"
                     r"panglima(?:\s+tertinggi)?(?:\s+pbb)?,?|الجنرال|"
                     # (with a country's name before the office: 대한민국 대통령, 북한 내무상); the president and the
                     # chairman (대통령, 주석), checked against the posts as the ministers are (`_title_fits`)
                     + _COUNTRY_BEFORE_OFFICE + r"(?:대통령|주석|"
                     r"(?:내무|외무|민족보위|국방|국가계획|산업|중공업|경공업|화학공업|재정|농림|농업|상업|무역|교통|체신|보건|"
                     r"교육|문화선전|문화|사법|노동|로동|도시경영|건설|국가검열|수산|전기|부수|부|수)상(?:인)?))\s+",
                     re.IGNORECASE)


# Names of countries and regions that begin group names ("Soviet faction", 소련파, 만주파): typed alone they name the
# country or the region, not the group.
_COUNTRY_WORDS = frozenset({"soviet", "soviets", "russian", "소련", "蘇聯", "苏联", "ソ連", "만주", "滿洲", "满洲",
                            "滿州", "manchurian", "manchuria", "chinese", "china", "중국", "中國", "中国", "soren",
                            "南方", "北方", "남방", "북방", "南", "北"})  # and directions: 南方 alone is the south


# Titles written after a name in Korean, Chinese and Japanese (맥아더 장군, 金日成同志, 毛主席, スターリン元帥), and the
# North Korean press's words of abuse after an enemy's (리승만역도, "the traitor Ri Sung Man"; 괴뢰, puppet; not
# 도당, gang, alone, which is also 道黨, a province's party committee; 괴뢰도당, "puppet clique", is taken), and 씨,
# "Mr" or "Ms" (이상조씨), 옹, an old man's honorific (강상호옹), and the North's honorifics with 님 (김정숙어머님,
# "Mother Kim Jong-suk", herself; 수령님, 원수님, 장군님; not 어머니, which after a name is that person's mother: 김일성
# 어머니 is Kang Pan-sok); not 여사, a lady's, which the data cannot check (김일성여사 is no one); Japanese 様, さま and
# 殿 after a title (金日成大元帥様; not after a name alone: 若山様 is any Mr Wakayama, not Kim Won-bong's alias).
# One-character words after a name that make it another thing's, named after the person: a street, a statue, a bridge,
# a ship, a station, a county, a city, a hall, a school.
_NAMED_AFTER_WORDS = frozenset("路街像橋桥號号驛驿郡市洞里邑區区館馆院校峰山")
# (an office may have its country before it, as Japanese news writes: トルーマン米大統領, スターリンソ連首相)
_TITLES_AFTER = re.compile(r"\s*・?(?:(?:米|ソ|英|ソ連|蘇聯|苏联|美國|美国|中国|中國|北朝鮮|韓国|韓國|"
                           r"미국|소련|중국|북한|한국)\s*(?="
                           r"(?:大統領|総統|總統|总统|首相|総理|總理|总理|外相|内相|外務人民委員|国務長官|國務卿|国务卿|大使|書記長|书记长|"
                           r"国連代表|国連大使|대통령|수상|총리|국무장관|대사|国防相|国防大臣|國防部長|国防部长|국방장관|"
                           r"외무장관|외무상|외상)$))?(?:\s(?:전|초대)\s*(?=(?:대통령|총리|수상|주석|대사|위원장)$))?"
                           # (Japanese 前, "former", before an office: モロトフ前外相)
                           r"(?:前(?=(?:大統領|首相|総理|總理|总理|外相|内相|国務長官|大使|国防相|書記長|第一書記)$))?"
                           # (and 新, "new", before an office: マレンコフ新首相)
                           r"(?:新(?=(?:大統領|首相|総理|總理|总理|外相|国務長官|大使|国防相|書記長|第一書記)$))?"
                           # (and a party's general secretary, "former" and the party's name before it: 흐루시초프 전
                           # 소련 공산당서기장, Korean papers' loose title for Khrushchev, the CPSU's First Secretary)
                           r"(?:\s*전\s+)?(?:(?:소련|중국)\s*공산당\s*(?=서기장$))?"
                           # (・ between a Japanese name and its title: マリク・ソ連国連代表, the Soviet delegate to the
                           # UN; a rank with its service: 陸軍大将, a general of the army; the Allied commander's title)
                           r"((?:陸軍|海軍|陆军|海军)(?:元帥|元帅|大将|大將|中将|中將|少将|少將|上将|上將|将軍|將軍|将军)|"
                           r"国連代表|国連大使|連合国軍最高司令官|聯合國軍最高司令官|联合国军最高司令官|"
                           r"国連軍(?:総司令官|最高司令官|司令官|首席代表)|第一書記|第一副首相|総司令官|"
                           r"(?:(?:미|미국|소련|중국)\s*)?(?:예비역\s*)?(?:육군|해군)?\s*(?:장군|대장|상장|중장|소장|준장|대좌|상좌|중좌|소좌|대령|중령|소령|대위|상위|중위|소위)|대원수|원수|차수|동지|동무|수상|주석|위원장|대사|역도|괴뢰도당|"
                           r"괴뢰|씨|옹|대통령|총리|국무장관|외무장관|외무상|외상|국방장관|국방상|어머님|수령님|원수님|장군님|선생님|(?:총|최고|군정\s*)?사령관|"
                           r"先生|博士|박사|首領|首领|外相|内相|筆頭書記|外務人民委員|国防相|国防大臣|國防部長|国防部长|總司令|总司令|総司令|參謀長|参谋长|閣下|阁下|總書記|总书记|総書記|"
                           # Japanese 参謀長 and 総参謀長 (a chief of the general staff); a front's commander
                           r"(?:総|總|总)?参謀長|前線司令官|前線司令員|前线司令员|전선\s*사령관|"
                           r"사령관|사령원|부수상|사단장|군단장|연대장|여단장|참모장|참모총장|师长|師長|军长|軍長|"
                           r"將軍|将军|将軍|大將|大将|五星上將|五星上将|上將|上将|中將|中将|少將|少将|大佐|中佐|少佐|大尉|中尉|少尉|上尉|上校|中校|少校|大校|准將|准将|準将|準將|大元帥|大元帅|元帥|元帅|同志|同誌|主席|首相|"
                           r"最高司令官|首席代表|수석대표|提督|제독|政治委員|政治委员|정치위원|議長|议长|"
                           r"總理|总理|総理|"
                           r"大使|司令員|司令员|司令長官|司令官|司令|副委員長|副委员长|委員長|委员长|副首相|国務長官|國務卿|国务卿|"
                           r"大統領|総統|總統|总统|書記局長|書記長|书记长|서기장|さん|氏|女史|女士|(?<=[\u4e00-\u9fff]{2})君|"
                           r"(?<=[\u4e00-\u9fff])\s?선생)(?:様|さま|殿|閣下|阁下)?$")  # (君 after two characters too:
# 林和君; 선생, "Mr", without 님, as the colonial press wrote it after a name in characters: 許憲선생; not after Hangul,
# where 하지 선생 is Mr Ha Ji, or the word 하지, as much as Hodge)


# Hungarian and Icelandic titles, written after the name (MacArthur tábornok, Kim Ir Szen elvtárs; Walton Walker
# hershöfðingi, Truman, forseti), and their English before it: a comrade's, a president's, a premier's and a foreign
# minister's, which the English title's check then holds to the person (`_title_fits`), and a general's (tábornok,
# hershöfðingi), held to a commander's posts (`_general_after_fits`); not a general's of a named grade (altábornagy,
# vezérezredes: Lebedev was no colonel general), a marshal's or an ambassador's, which the posts cannot check
_TITLES_AFTER_LATIN = {"tábornok": "General", "elvtárs": "Comrade", "elnök": "President", "miniszterelnök": "Premier",
                       "külügyminiszter": "Foreign Minister",
                       "hershöfðingi": "General", "forseti": "President", "forseta": "President",
                       "forsætisráðherra": "Premier", "utanríkisráðherra": "Foreign Minister"}
# the case endings those titles take (Hungarian elvtársat, tábornoknak, elnökkel; Icelandic forsetinn, forsetans): not
# -né, "wife of" (elnökné), nor the possessive (elvtársa, "his comrade"), nor Icelandic compounds (forsetafrú, the
# First Lady)
_TITLE_ENDINGS = (r"(?:t|at|et|ot|öt|nak|nek|nál|nél|sal|sel|kal|kel|ra|re|ért|ról|ről|tól|től|hoz|hez|höz|ban|ben|on|"
                  r"en|ön|nn|ns|num)?")


# Words of an office in a title of several words before a name ("Soviet Ambassador to North Korea Vasily
# Moskovsky"): without one, the words before are part of a name ("People's Republic of Korea").
_OFFICE_WORDS = frozenset({"ambassador", "minister", "commander", "chairman", "secretary", "general", "premier",
                           "president", "marshal", "leader", "chief", "head", "officer", "envoy", "counsellor",
                           "consul", "deputy", "director", "vice", "comrade", "adviser", "advisor", "colonel",
                           "delegate", "representative",  # (Russian Delegate Jacob Malik, as the wires wrote)
                           # (and the Turkish words, with the possessive of a compound: Sovyet Başbakanı, ÇHC Başkanı;
                           # as `romanize.words` writes them, without the cedilla)
                           "basbakan", "basbakanı", "baskan", "baskanı", "lider", "lideri", "komutan", "komutanı",
                           "sekreteri"})
# Indonesian and Malay words of an office, which begin a title with the country after them (Presiden Korea Selatan
# Park Chung Hee: `_two_run_together` reads it as one description, not two names); not read as a title's office
# words above, as the words between them and the name go unchecked (Perdana Menteri Jepang Kim Il Sung)
_INDONESIAN_OFFICE_WORDS = frozenset({"presiden", "menteri", "ketua", "panglima", "jenderal", "duta", "perdana"})


def _ruby_reading(characters: str, hiragana: str) -> bool:
    """Whether `hiragana` (str) is the Japanese on reading of `characters` (str), as ruby gives it
    (`romanize.japanese_on_readings`; a voiced consonant, as Japanese voices one inside a word, counts as its
    unvoiced one: げんざん for 元山, gensan): ちょうせんじんみんぐん for 朝鮮人民軍 is; のむすこ ("'s son") after 金日成
    is not."""
    def unvoiced(key: str) -> str:
        return key.translate(str.maketrans("zgdbj", "skthc"))
    typed = unvoiced(rz.on_key(rz.katakana_to_latin(rz.hiragana_to_katakana(hiragana))))
    return any(unvoiced(reading) == typed for reading in rz.japanese_on_readings(characters))


# Korean surnames as English texts write them, each with its romanizations: McCune-Reischauer's, the Revised
# Romanization's and the usual English spellings (박 Pak, Park, Bak; 백 Paek, Paik, Baek; Mu, Mu Chong's pseudonym's)
_KOREAN_SURNAME_FORMS = [frozenset(forms.split()) for forms in (
    "kim gim", "pak park bak", "ri rhee lee yi li i", "choe choi", "chong jong jung chung", "ho heo", "hyon hyun",
    "o oh", "yun yoon", "so suh seo", "pang bang", "paek paik baek", "chu ju", "rim im lim", "yu ryu", "an ahn",
    "cho jo", "sin shin", "mun moon", "chang jang", "pae bae", "han", "kang", "ko", "mu", "nam", "song", "hong",
    "hwang", "kwon", "yang", "son", "kye", "u", "ki", "chae", "yo yeo ryo lyuh")]
# which begin a three-syllable name (`_variants`)
_KOREAN_SURNAMES_LATIN = frozenset().union(*_KOREAN_SURNAME_FORMS)


def _hangul_names(ident: str, kind: str = "person") -> frozenset[str]:
    """A person's (or another entity's, of `kind`) names in Hangul (the data's and name_variants.csv's, loose
    references aside), spaces dropped."""
    index = _index()
    if "hangul names" not in index.derived:
        found: dict[tuple[str, str], set[str]] = {}
        for spelling in index.spellings:
            if rz.script(spelling.spelling) == "hangul" and spelling.system not in _LOOSE_SYSTEMS:
                found.setdefault((spelling.kind, spelling.id), set()).add(spelling.spelling.replace(" ", ""))
        index.derived["hangul names"] = {key: frozenset(names) for key, names in found.items()}
    return index.derived["hangul names"].get((kind, ident), frozenset())


# The systems of name_variants.csv that romanize a Korean's Hangul name (a match through one is a match through the
# Hangul's sound: `_search`'s reading check)
_KOREAN_ROMANIZATIONS = frozenset({"mr", "rr", "mr_diacritics", "McCune-Reischauer", "Revised Romanization",
                                   "name in the course"})
# The vowels (Hangul's medial letters by number) before which the initial sound law writes ㄹ as ㄴ (라, 로, 루, 르,
# 래, 뢰: 나, 노, 누, 느, 내, 뇌), and those before which it writes ㄹ and ㄴ as ㅇ (리, 녀: 이, 여)
_RIEUL_AS_NIEUN_VOWELS = frozenset({0, 1, 4, 8, 11, 13, 18})  # ㅏ ㅐ ㅓ ㅗ ㅚ ㅜ ㅡ
_AS_IEUNG_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def _same_hangul_reading(reading: str, spelling: str) -> bool:
    """Whether characters' Korean reading (`romanize.korean_readings`) is a Hangul spelling, spaces aside, syllable
    for syllable: the same vowels and final consonants, and the same initial consonants, save those the initial
    sound law and the North's and the South's spellings exchange (`_RIEUL_AS_NIEUN_VOWELS`, `_AS_IEUNG_VOWELS`: 률
    and 율, 리 and 이, 로 and 노; not 노 and 오). Aspirated and plain consonants differ (청 is not 정)."""
    reading, spelling = reading.replace(" ", ""), spelling.replace(" ", "")
    if len(reading) != len(spelling) or not all(rz.is_hangul(ch) for ch in reading + spelling):
        return False
    for one, other in zip(reading, spelling, strict=True):
        a, b = ord(one) - 0xAC00, ord(other) - 0xAC00
        if a % 588 != b % 588:
            return False  # (another vowel or final consonant)
        initials, vowel = {a // 588, b // 588}, a % 588 // 28  # (initials: ㄴ 2, ㄹ 5, ㅇ 11)
        if len(initials) > 1 and not (initials == {5, 2} and vowel in _RIEUL_AS_NIEUN_VOWELS or (
                initials <= {5, 2, 11} and 11 in initials and vowel in _AS_IEUNG_VOWELS)):
            return False
    return True


def _another_korean_surname(typed: str, spelling: str) -> bool:
    """Whether a Korean name typed in Latin letters begins with another Korean surname than `spelling` (a person's
    spelling in Latin letters) does: both first words are surnames of `_KOREAN_SURNAME_FORMS` and no one surname has
    both forms (Paek and Pak are 백 and 박; Paek and Paik are both 백). False when either first word is no surname
    the table knows (a slip of one, Pek, is read as a slip). The first words are taken as the surnames, as the
    course's spellings write them first; `_near_misses` asks it of a Korean-looking name only."""
    first = [words[0].casefold() if (words := rz.words(text)) else "" for text in (typed, spelling)]
    groups = [next((forms for forms in _KOREAN_SURNAME_FORMS if word in forms), None) for word in first]
    return None not in groups and groups[0] is not groups[1]


def _known_nicknames() -> frozenset[str]:
    """The nicknames in quotation marks in the course's spellings of people (Haydon L. "Bull" Boatner), casefolded."""
    index = _index()
    if "nicknames" not in index.derived:
        index.derived["nicknames"] = frozenset(
            name.casefold() for spelling in index.spellings if spelling.kind == "person"
            for name in re.findall(r"[\"“”„«»]([^\"“”„«»]{2,20})[\"“”„«»]", spelling.spelling))
    return index.derived["nicknames"]


# A Russian initial in Latin letters that is two letters long, as Я, Ю, Е, Ё, Ж, Х, Ч, Ш and Ц are romanized (A. Ya.
# Vyshinsky: Andrei Yanuaryevich; the Library of Congress's A. Ia.); held to the man's names as a one-letter initial
# is (`_initials_fit`), by the beginnings of the names that letter is written with in Latin letters
_DIGRAPH_INITIAL = "Ya|Yu|Ye|Yo|Ia|Iu|Zh|Kh|Ch|Sh|Ts"
_DIGRAPH_NAME_STARTS = {"YA": ("YA", "IA", "JA"), "IA": ("YA", "IA", "JA"), "YU": ("YU", "IU", "JU"),
                        "IU": ("YU", "IU", "JU"), "YE": ("YE", "E", "JE"), "YO": ("YO", "E", "JO"),
                        "ZH": ("ZH", "J"), "KH": ("KH", "H"), "CH": ("CH", "TCH", "TSCH", "C"),
                        "SH": ("SH", "SCH", "CH"), "TS": ("TS", "C")}  # (not S, Z: С, З are other letters)


def _spaced_initials(text: str) -> str:
    """A.Ya.Vyshinsky, A.Ya Vyshinsky, I. Ya Stalin -> "A. Ya. Vyshinsky", "I. Ya. Stalin": a two-letter initial
    after a one-letter one, spaced and with its stop, as the initials rules read it. Returns the text."""
    return re.sub(rf"\b([A-Z]\.)\s?({_DIGRAPH_INITIAL})\.?\s?(?=[A-Z][a-z])", r"\1 \2. ", text)


def _variants(query: str) -> list[tuple[str, float]]:
    """The query, and what a reader copies along with a name taken away: a title ("General MacArthur"),
    a possessive ("Stalin's"), a bracket ("(KWP)"), initials ("J. V. Stalin"); and the words turned round
    ("Il-sung Kim" -> "Kim Il-sung"); a name in Chinese characters also in the other Chinese script."""
    out = [(query, 1.0)]
    tidied = re.sub(r"\s+[\"“”„'‘’][^\"“”„'‘’\s]{2,12}[\"“”„'‘’]\s+", " ", query)  # Col. Charles "Tic" Bonesteel
    tidied = re.sub(r"\s+the\s+third$", " III", tidied, flags=re.IGNORECASE)  # charles bonesteel the third
    tidied = re.sub(r"\b([IVX]{1,4})(?=(?:Corps|Army)\b)", r"\1 ", tidied)  # US XCorps
    if tidied != query:
        out.append((tidied, 0.99))
        query = tidied
    if re.search("[Ðð]", query) and re.search("[ăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", query,
                                                re.IGNORECASE):  # Mao Trạch Ðông: Vietnamese đ typed as the
        query = query.replace("Ð", "Đ").replace("ð", "đ")  # Icelandic eth, which looks the same
        out.append((query, 0.99))
    spanish = re.sub(r"\bEE\.?\s?UU\.?(?=\s|$)", "Estados Unidos", query, flags=re.IGNORECASE)  # Octavo Ejército
    if spanish != query:  # de EE. UU., EEUU, Ee.uu. (a sentence's capital)
        out.append((spanish, 1.0))
        query = spanish
    if rz.script(query) == "latin" and re.search(r"(?<=[AEIOUYaeiouy])j\b", query):  # Pak Den Aj, Nikolaj: Russian й
        # after a vowel as Hungarian, Czech and Polish write it (j), for English's i
        out.append((re.sub(r"(?<=[AEIOUYaeiouy])j\b", "i", query), 0.98))
    ranked = re.fullmatch(r"(.*[\uac00-\ud7a3\u30a0-\u30ff]\s*[A-Z]\.\s*[\uac00-\ud7a3\u30a0-\u30ff]\S*)\s*"
                          r"(대장|중장|소장|준장|대령|중령|소령|대위|장군|사단장|군단장|대통령|국무장관|대사|大将|中将|少将|"
                          r"大佐|中佐|少佐|大尉)", query.strip())
    if ranked:  # 윌리엄 F. 딘 소장, 딘 G. 애치슨 국무장관: a rank of the US Army (not 상장, a colonel general's) or
        # an office after a name with a Latin initial between its words, taken away before the name is read as
        # mixed letters (`_search` still holds it to the man: a rank to a soldier, not to its grade, which the data
        # do not give; an office to his posts, `_TITLE_OFFICE_POSTS`)
        out.append((ranked.group(1), 0.99))
        query = ranked.group(1)
    mixed = _mixed_script(query)
    if mixed:
        out.append((mixed, 0.99))
        query = mixed
    glossed = re.fullmatch(r"(.+?)\s*[(\[]([^()\[\]]+)[)\]]\s*", query)
    inserted = re.sub(r"(?<=\w)\s+\[([^\[\]]+)\]", r" \1", query)  # Premier Kim [Il Sung]: an editor's insertion
    if inserted != query and re.match(r"\S+\s+\[", query) is None:
        untitled = inserted
        while _TITLES.match(untitled):
            untitled = _TITLES.sub("", untitled, count=1)
        out += [(inserted, 0.99), (re.sub(r"['’][sS]$", "", untitled.strip()), 0.99)]
    bare = re.sub(r"\s*\[.*?\]\s*", " ", query) if re.search(r"\(", query) is None else query
    bare = re.sub(r"^the\s+", "", re.sub(r"['’][sS]$", "", bare.strip()), flags=re.IGNORECASE)
    while _TITLES.match(bare):
        bare = _TITLES.sub("", bare, count=1)
    if rz.script(bare) != "latin":
        bare = _TITLES_AFTER.sub("", bare.strip()) or bare
    bare = bare.strip()
    if re.match(r"(?:of|to|for|in|at)\s", bare, re.IGNORECASE) and bare != query.strip():
        bare = ""  # President of the United States, Commander of the Eighth Army: an office's object after its title
        # names the office, not the body it is of
    if bare and bare != query:
        out.append((bare, 0.99))
        query = bare
    query = re.sub(r"\b([^\W\d_])\.(?=[^\W\d_]\.)", r"\1. ", query)  # "A.M. Puzanov" -> "A. M. Puzanov"
    query = _spaced_initials(query)  # A.Ya.Vyshinsky: a Russian initial romanized in two letters
    parts = query.split()
    initials = [part for index, part in enumerate(parts) if re.fullmatch(rf"[^\W\d_]\.?|(?:{_DIGRAPH_INITIAL})\.", part)
                and part[0].isupper()
                and (part.endswith(".") or index < len(parts) - 1)  # Kim Ung U: a syllable of the name, no initial
                and not re.search(r"\bU\.\s?[SN]\.", query)]  # U.S. 88th Brigade, U.N. commander: a country or
    # the UN, not initials
    if initials and len(parts) > len(initials):  # "Walton H. Walker" -> "Walton Walker", "J. V. Stalin" -> "Stalin"
        parts = [part for part in parts if part not in initials]
        out.append((" ".join(parts), 0.99))
    if glossed and len(glossed.group(2)) >= 3 and glossed.group().rstrip().endswith("]"):
        # an editor's gloss in square brackets names the same one: "Feng Xi [Stalin]", "Heo Dam [Ho Dam]"; round
        # brackets are weighed in `_bracketed`
        out.append((glossed.group(2).strip(), 0.98))
    office_at = max((at for at, part in enumerate(parts[:-2]) if _OFFICE_WORDS & set(rz.words(part))), default=-1)
    if len(parts) >= 4 and rz.script(query) == "latin" and office_at >= 0 and (
            not _ORGANIZATION_WORDS & {_NAME_WORDS.get(word, word) for word in rz.words(" ".join(
                parts[office_at:]))}) and not re.search(r"\b(?:great|dear|beloved)\s+leader\b", query, re.IGNORECASE):
        # a title of several words before the name: "Soviet Ambassador to North Korea Vasily Moskovsky", "Chinese
        # Communist Party Chairman Mao Tse-tung" (a body's name before the office, not after it: "Korean People's
        # Volunteer Army" is not the "People's Volunteer Army"; not the North's epithets for its leaders, which
        # `_TITLES` reads before Kim Il Sung's name only: Great Leader Kim Il is no one)
        out += [(" ".join(parts[-n:]), 0.96) for n in (3, 2) if n < len(parts) - office_at and not (
            n == 2 and parts[-3].casefold() in _KOREAN_SURNAMES_LATIN) and not ({
                parts[-n].casefold(), parts[-n - 1].casefold()} & {"of", "to", "for", "in", "at"} or parts[
                    -n - 1].casefold() == "the" or re.fullmatch(r"peoples?|people['’l]s|north|south|democratic",
                                                                parts[-n - 1].casefold()))]
        # (not the last two syllables of a Korean name: Secretary Kim Nam Il is no Nam Il; nor the office's object
        # after "of": Chang, Foreign Minister of South Korea, is no South Korea; nor the end of a longer name:
        # President of the Democratic People's Republic of Korea is no Republic of Korea, nor a scanner's Peoplels;
        # Chairman of the South Korean Workers' Party is no Korean Workers' Party)
    if rz.script(query) == "cjk" and re.search(r"(?:韓國|韩国|韓国|美國|美国|米国)(?:陸軍|陆军)", query):
        # 韓國陸軍, 美國陸軍第十軍: a country's "land army" before a number or alone, as its army (韓國軍, 美國第十軍)
        query = re.sub(r"(美國|美国|米国)(?:陸軍|陆军)(?=第)", r"\1", query)
        query = re.sub(r"(韓國|韩国|韓国)(?:陸軍|陆军)$", r"\1軍", query)
        out.append((query, 0.98))
    if re.fullmatch(r"한국\s*육군", query.strip()):  # 한국 육군, "the Korean army": the ROK Army, as 韓國陸軍 is read
        query = "한국군"
        out.append((query, 0.98))
    if rz.script(query) == "cjk":  # 價川, 樸一禹: the same characters in the other Chinese script
        out += [(form, 0.99) for form in rz.other_chinese_script(query)
                if "抗日" in query or not ("連合" in query and re.search("[聯联]合", form))]  # 連合国: the Allies
        if re.search("抗日[連聯联]", query):  # 東北抗日連合軍, 東北抗日連軍: Japanese 連 for 聯 (united), and the
            # full name's 聯合軍 for 聯軍; only in the anti-Japanese army's name (連合国軍 are the Allies of 1945)
            army = re.sub("抗日[連聯联]合?[軍军]", "抗日聯軍", query)
            out += [(army, 0.99), (query.replace("連合", "聯合"), 0.99)]
    turned = _surname_first(query.strip().rstrip(".").split()) if rz.script(query) in ("cyrillic", "latin") else None
    if turned:  # Штыков Терентий Фомич, Shtykov Terenty Fomich: a Russian list's surname first, then the first name
        # and the patronymic, turned to the usual order
        out.append((" ".join(turned), 0.98))
    if rz.script(query) == "cyrillic" and _UKRAINIAN_LETTERS.search(query):  # Кім Гу, Чой Чан Ік: Ukrainian letters
        ukrainian = re.search(r"[іїєґІЇЄҐ]", query)  # Ukrainian и is Russian ы (Лі Син Ман = Ли Сын Ман)
        out.append(((query.replace("и", "ы").replace("И", "Ы") if ukrainian else query).translate(
            _UKRAINIAN_TO_RUSSIAN), 0.98))
        if re.search("[ўЎ]", query):  # Сеўл: Belarusian ў for a loanword's u after a vowel (Seoul), where a Slavic
            # word's is Russian в (Хрушчоў)
            out.append((query.replace("ў", "у").replace("Ў", "У"), 0.98))
    if rz.script(query) == "cyrillic" and _SERBIAN_LETTERS.search(query):  # Пјонгјанг, Кимом Ил Сунгом: Serbian and
        out.append((query.translate(_SERBIAN_TO_RUSSIAN), 0.98))  # Macedonian letters, as Russian writes the sounds
    if rz.script(query) == "hangul" and re.match(r"(북한|남한)\s*(?=\S)", query):
        # 북한 노동당: today's South Korean word for the North before a body's name, which the period wrote 북조선
        out.append((re.sub(r"^(북|남)한\s*", r"\1조선", query), 0.98))
    korean_party = re.fullmatch(r"([^\W\d_][\w'’\-]*?)(?:-?dang)?\s+party", query.strip(), re.IGNORECASE)
    if korean_party:  # Namro Party, Namnodang Party: a Korean party name with the English word for 당 (dang)
        out.append((f"{korean_party.group(1)}dang", 0.99))
    query = re.sub(r",\s*(Jr\.?|Sr\.?)$", r" \1", query)  # William K. Harrison, Jr.
    nicknamed = re.match(r"^[\"“”„«»']([^\"“”„«»']{2,20})[\"“”„«»']\s+(?=\S)", query.strip())
    if nicknamed and nicknamed.group(1).casefold() in _known_nicknames():  # "Bull" Boatner: a nickname of his own
        query = query.strip()[nicknamed.end():]  # ("Jocko" Clark is Admiral J. J. Clark, not Mark Clark)
    nickname = _NICKNAME.sub(" ", query).strip()
    if out[0][0] != query and query:  # "Bull" Boatner, “Johnnie” Walker: a nickname before the surname
        out.append((query, 0.97))
    if nickname != query.strip() and nickname:  # Haydon L. "Bull" Boatner: a nickname in quotation marks
        out.append((re.sub(r"\s+", " ", nickname), 0.99))
    if len(parts) == 2 and rz.script(query) in ("latin", "cyrillic") and min(len(part.strip(".")) for part in
                                                                            parts) >= 2:
        out.append((f"{parts[1]} {parts[0]}", _TURNED))  # not two initials (U.S. turned is no Zhou); Сынман Ри,
        # Syngman Rhee's English order in Russian letters
    elif len(parts) > 2 and rz.script(query) == "latin":
        out.append((" ".join([parts[-1], *parts[:-1]]), _TURNED))
    return out


# Ukrainian and Belarusian letters written as Russian writes the same sounds in names (Кім = Ким, Сіка = Сика).
_UKRAINIAN_LETTERS = re.compile(r"[іїєґўІЇЄҐЎ]")
_UKRAINIAN_TO_RUSSIAN = str.maketrans({"і": "и", "ї": "йи", "є": "е", "ґ": "г", "ў": "в", "І": "И", "Ї": "Йи", "Є": "Е",
                                       "Ґ": "Г", "Ў": "В"})
# Ukrainian first names of Soviet men as Russian writes them (Микита Хрущов, Йосипа Сталіна: Никита, Иосифа), with
# the case endings of a first name that ends in a consonant (Йосипа, Йосипу, Йосипом, Йосипові) and the genitives of
# those that end in a vowel (Микити, Миколи, Павла, Петра, Дмитра, Михайла, Василя)
_UKRAINIAN_FIRST_NAMES = {"Йосип": "Иосиф", "Микита": "Никита", "Микити": "Никиты", "Георгій": "Георгий",
                          "Лаврентій": "Лаврентий", "В'ячеслав": "Вячеслав", "В’ячеслав": "Вячеслав",
                          "Вʼячеслав": "Вячеслав", "Андрій": "Андрей", "Олексій": "Алексей", "Микола": "Николай",
                          "Миколи": "Николая", "Федір": "Фёдор", "Федора": "Фёдора", "Іван": "Иван", "Павло": "Павел",
                          "Павла": "Павла", "Петро": "Пётр", "Петра": "Петра", "Григорій": "Григорий",
                          "Олександр": "Александр", "Михайло": "Михаил", "Михайла": "Михаила", "Семен": "Семён",
                          "Леонід": "Леонид", "Терентій": "Терентий", "Яків": "Яков", "Якова": "Якова",
                          "Дмитро": "Дмитрий", "Дмитра": "Дмитрия", "Василь": "Василий", "Василя": "Василия",
                          "Родіон": "Родион", "Кирило": "Кирилл", "Кирила": "Кирилла", "Климент": "Климент"}


def _ukrainian_as_russian(text: str) -> str | None:
    """A name in Ukrainian (str) as Russian writes it, or None when it is no Ukrainian: a Ukrainian first name
    (`_UKRAINIAN_FIRST_NAMES`, with a consonant's case ending after it, as Russian writes it) turned into the
    Russian one, and Ukrainian letters into Russian ones (`_UKRAINIAN_TO_RUSSIAN`): "Микита Хрущов" -> "Никита
    Хрущов", "Георгія Маленкова" -> "Георгия Маленкова". Raises nothing."""
    words = text.strip().split()
    if not words or rz.script(text) != "cyrillic":
        return None
    first = words[0]
    for own, russian in _UKRAINIAN_FIRST_NAMES.items():
        ending = first[len(own):] if first.startswith(own) else None
        if ending == "" or ending in ("а", "у", "ом", "ові") and own[-1] not in "аоий":
            words[0] = russian + {"ові": "у"}.get(ending, ending)  # (the dative Йосипові: Иосифу)
            break
    # a final ї after a vowel, the genitive or dative of a name in -ія or -ея, as Russian's и (Берії, Кореї:
    # Берии, Кореи)
    turned = re.sub(r"(?<=[аеиоуіяює])ї\b", "и", " ".join(words)).translate(_UKRAINIAN_TO_RUSSIAN)
    return turned if turned != text.strip() else None


def _latvian_stem(text: str) -> str | None:
    """A man's name in Latvian (str) without the nominative's -s that Latvian puts on every word of it, and with
    Latvian's long vowels and soft consonants as plain letters: "Josifs Staļins" -> "Josif Stalin", "Georgijs
    Žukovs" -> "Georgij Žukov" (Czech's ž, š, č are left for `romanize.european_readings`). None unless every word
    (four letters or more, the last six or more) ends in s and the name has a letter only Latvian writes (ā, ē, ī, ū,
    ļ, ņ, ķ, ģ) or two words or more: an English name may end in s (Hodges, Dulles). Raises nothing."""
    words = text.strip().split()
    if not words or rz.script(text) != "latin" or not all(
            re.fullmatch(r"[^\W\d_]{3,}s", word) for word in words) or not (
            len(words) >= 2 or re.search(r"[āēīūļņķģ]", text, re.IGNORECASE)) or len(words[-1]) < 6:
        return None  # (a surname of five letters or more without its -s: Nils Kims, Luis Lees are no Kim, no Rhee)
    plain = " ".join(word[:-1] for word in words)
    return plain.translate(str.maketrans("āēīūļņķģĀĒĪŪĻŅĶĢ", "aeiulnkgAEIULNKG"))


_SERBIAN_LETTERS = re.compile(r"[јљњћђџЈЉЊЋЂЏ]")
_SERBIAN_TO_RUSSIAN = str.maketrans({"ј": "й", "љ": "ль", "њ": "нь", "ћ": "ч", "ђ": "дж", "џ": "дж", "Ј": "Й",
                                     "Љ": "Ль", "Њ": "Нь", "Ћ": "Ч", "Ђ": "Дж", "Џ": "Дж"})
_NICKNAME = re.compile(r"\s[\"“”„«»][^\"“”„«»]{2,20}[\"“”„«»](?=\s)")
_TURNED = 0.97  # the factor of a name with its words turned round: a person's only (Song Ka-i is not Kaesong)


_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_OR_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _mixed_script(query: str) -> str | None:
    """A name half in Latin letters, half in Hangul or characters ("Kim 日成", "Kim 일성"): the Korean
    part romanized, "Kim Ilseong"; None if the query is in one script."""
    if not re.search(r"[A-Za-z]", query) or not _CJK_OR_HANGUL_RUN.search(query):
        return None

    def latin(run: re.Match) -> str:
        text = run.group(0)
        if rz.script(text) == "cjk":
            readings = rz.korean_readings(text)
            if not readings:
                return text
            text = readings[0]
        return f" {rz.hangul_to_latin(text)} "

    return " ".join(_CJK_OR_HANGUL_RUN.sub(latin, query).split())


# A year or a date a reader copies after a name: "Pyongyang 1950", "Kim Il Sung (1912-1994)", "Inchon, 15 Sept 1950",
# 박달(朴達, 1910~1960) as a Korean encyclopedia prints a life's years
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_TRAILING_DATE = re.compile(
    rf"[\s,;:(\[]*(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?\d{{4}}(?:s|\s*[-–/~～]\s*\d{{2,4}}"
    rf"(?:[-–/]\d{{2}})?)?\s*[)\]]?\s*$", re.IGNORECASE)


def _without_date(text: str) -> str:
    if re.search(r"[(\[]\s*1(?:[0-8]\d\d|9[0-2]\d)\s*[)\]]\s*$", text):
        return text  # a year in brackets before 1930, before the course's time, is `_bracketed`'s to judge
    bare = _TRAILING_DATE.sub("", text).strip()
    if bare.count("(") > bare.count(")") and text.rstrip().endswith(")"):
        bare += ")"  # 박달(朴達, 1910~1960): the dates were inside the bracket, the characters stay in it
    return bare if re.search(r"[^\W\d_]", bare) else text


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


# Letters that spell one consonant in the romanizations of Korean and foreign names, or one sound that readings of
# other scripts write either way (voiced and unvoiced, r and l, which Korean does not tell apart): in order, longest
# first. (Not the Korean fold, `rz.korean_key` and `rz.loose_key`: it reads Korean syllables, and a reading that
# guesses vowels writes parts without any, "bng", "tshung", which it misreads.)
_CONSONANT_FOLDS = (("tch", "c"), ("ch", "c"), ("ts", "c"), ("j", "c"), ("z", "c"), ("sh", "s"), ("kh", "k"),
                    ("g", "k"), ("q", "k"), ("th", "t"), ("d", "t"), ("ph", "p"), ("b", "p"), ("f", "p"), ("v", "p"),
                    ("r", "l"), ("x", "ks"))


def _consonants(text: str) -> str:
    """The consonants of a name in Latin letters, folded by `_CONSONANT_FOLDS`, part by part (an h only at a part's
    start, a part that begins with a vowel marked "_", a doubled consonant once), the parts joined by spaces:
    "Hong Myong-hui" -> "hnk mnk h", "kim il sanag" -> "km _l snk", "Kim Ok" -> "km _k" (not Kim Ku's "km k")."""
    out = []
    for part in re.split(r"[^a-z]+", rz.strip_marks(text).casefold()):
        if not part:
            continue
        vowel_first = part[0] in "aeiou"
        for letters, consonant in _CONSONANT_FOLDS:
            part = part.replace(letters, consonant.upper())
        part = part.casefold()
        part = part[:1] + part[1:].replace("h", "")
        out.append(("_" if vowel_first else "") + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouwy]", "", part)))
    return " ".join(out)


@lru_cache(maxsize=1)
def _consonant_index() -> dict[str, dict[tuple[str, str], list[int]]]:
    """The course's people and places by the consonants of their Latin spellings, part by part (`_consonants`): not
    names shared with others, only loosely reported, garbled, birth names (matched whole only) or taken from
    GeoNames' names in other languages:
    {consonants: {(kind, id): [positions of the spellings]}}."""
    index: dict[str, dict[tuple[str, str], list[int]]] = {}
    for position, spelling in enumerate(_index().spellings):
        if spelling.kind in ("person", "place") and rz.script(spelling.spelling) == "latin" and (
                spelling.system not in ("shared_name", "namesake", "exonym", "garbled", "birth_name", *_LOOSE_SYSTEMS)):
            index.setdefault(_consonants(spelling.spelling), {}).setdefault((spelling.kind, spelling.id), []).append(
                position)
    return index


def _vowels(text: str) -> list[str]:
    """The vowels of each part of a name in Latin letters, each run of them as a class: "a" (a, ae), "e" (e, i) or
    "o" (o, u, and Korean eo, eu, ŏ, ŭ); a part's own y or w before a vowel is not one: "Kim Il-sung" -> ["e", "e",
    "o"], "Chongeun" -> ["oo"]."""
    classes = []
    for part in re.split(r"[^a-z]+", rz.strip_marks(text).casefold()):
        if part:
            runs = re.findall(r"[aeiou]+", re.sub(r"[wy](?=[aeiou])", "", part))
            classes.append("".join("a" if run in ("a", "ae") or run.startswith("a") else
                                   "o" if run[0] in "ou" or run.startswith(("eo", "eu")) else "e" for run in runs))
    return classes


def _by_consonants(latin: str, wanted: str | None, inherent_a: bool = False) -> list[tuple[float, int, str]]:
    """A name of two parts or more read from a script that guesses vowels, found by the consonants of each part
    (`_consonants`) when they are one person's or one place's of the course, with at least three consonants in all,
    and each part's vowels of the same classes (`_vowels`) as far as both write them; with `inherent_a`
    (Devanagari, Telugu, Tamil), an a may stand for an o or u (सनग, "sanag": Sung). A name of one part is not read
    so: too many others share its consonants (Omsk and Moscow, Shanghai and Shenyang). Returns [(score, position,
    "suggestion")], or [] when none or several are found."""
    key = _consonants(latin)
    if len(key.split()) < 2 or len(key.replace(" ", "").replace("_", "")) < 3:
        return []
    typed = _vowels(latin)

    def agrees(spelling: str) -> bool:
        return all(mine == theirs or (inherent_a and mine == "a" and theirs == "o") for part, other in zip(
            typed, _vowels(spelling), strict=False) for mine, theirs in zip(part, other, strict=False))

    found = {entity: positions[0] for entity, positions in _consonant_index().get(key, {}).items()
             if wanted in (None, entity[0]) and any(agrees(_index().spellings[position].spelling)
                                                    for position in positions)}
    return [(_LOOSE * 0.9, position, "suggestion") for position in found.values()] if len(found) == 1 else []


def _name_parts(text: str) -> int:
    """The words (syllables, in Hangul or Chinese characters) of a person's spelling: 2 for Kim Chaek,
    김책 and 金策, 3 for Kim Il-sung, 1 for a surname alone (Stalin)."""
    if rz.script(text) in ("hangul", "cjk"):
        return len(text.strip())
    return len([part for part in re.split(r"[\s\-‐‑–—_.,/()]+", text) if part])


_PLACE_WORDS = {"river", "reservoir", "island", "city", "province", "county", "mountain", "mountains", "bay",
                "port", "sea", "lake", "valley", "pass", "station", "hill", "ridge", "gang", "kang", "san", "do"}
_KOREAN_SYLLABLE = re.compile(r"[^aeiouwy\d]{0,3}[aeiouwy]{1,3}(?:ng|[^aeiouwy\d]{0,2})")


@cache
def _hangul_surnames() -> frozenset[str]:
    """The first syllables of the Hangul names of the course's Korean people, and 이 for 리 (the South's form)."""
    found = {name[0] for name in load("people")["name_hangul"].dropna() if 2 <= len(name) <= 4}
    return frozenset(found | ({"이"} if "리" in found else set()))


def _looks_like_korean_person(query: str) -> bool:
    """A Korean personal name, surname first: in Latin letters with the given name apart ("Ri Tae-jun", "Kim Il
    Sung": a known Korean surname, then one or two syllables), or three Hangul syllables beginning with a
    surname of the course's people (이태준)."""
    text = query.strip()
    if len(text) == 3 and all(rz.is_hangul(ch) for ch in text):  # 이태준: a surname the course's people have
        return text[0] in _hangul_surnames()
    if rz.script(query) == "cyrillic":  # До Е Чжон, Пак Хон Ён: a surname, then a syllable or two, in Russian letters
        words = text.split()
        first = (rz.words(rz.cyrillic_to_latin(words[0])) or [""])[0] if words else ""  # (— Пак Хон: no letters)
        return 2 <= len(words) <= 3 and all(len(word) <= 4 for word in words) and first in (
            set(rz._SURNAMES) | set(_surnames()) | {"do", "tsoi", "tsoy"})
    parts = rz.words(query) if rz.script(query) == "latin" else []
    if not 2 <= len(parts) <= 3 or (parts[0] not in rz._SURNAMES and parts[0] not in _surnames()) or (
            parts[-1] in _PLACE_WORDS):  # "Han River" is a place
        return False
    given = parts[1:] if len(parts) == 3 or "-" in query or len(parts[1]) <= 4 else []
    return bool(given) and all(_KOREAN_SYLLABLE.fullmatch(part) for part in given) or (
        len(parts) == 2 and bool(re.fullmatch(rf"(?:{_KOREAN_SYLLABLE.pattern}){{2}}", parts[1])))


# McCune-Reischauer's vowels with the breve, and the Hangul vowels (medial jamo indices) each writes: ŭ is ㅡ (and
# ŭi ㅢ), ŏ is ㅓ (yŏ ㅕ, wŏ ㅝ); and the Revised Romanization's eu and eo, which write the same. (Not u and o alone:
# pages often leave a breve out, Kŭmsong for 금성.)
_BREVE_VOWELS = {"ŭ": {18, 19}, "ŭi": {19}, "ŏ": {4}, "yŏ": {6}, "wŏ": {14}, "eu": {18}, "eo": {4}, "yeo": {6}}


@cache
def _pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable of pypinyin's table of character readings ("ding", "ting", "wu" ...)."""
    return frozenset(rz.strip_marks(reading).replace("ü", "v") for readings in rz._pinyin_table().values()
                     for reading in readings.split(","))


def _pinyin_voicing_differs(typed: str, spelling: str) -> bool:
    """Whether a name typed with a voiced initial d, g or b where a spelling of the data has t, k or p (Wu Ding for
    Wu Ting), both of two syllables or more, every syllable a pinyin one: then they are other names, not one name
    romanized two ways (Wu Ding is 武丁, the Shang king; Wu Ting is 武亭, Mu Chong), as Wade-Giles, the one other
    romanization of Chinese that writes these syllables, writes no initial d, g or b (its t is pinyin's d: Piao Ta is
    Piao Da, 朴達, Pak Tal, and is kept). The typed syllables are compared in the order, as typed or reversed, that
    agrees best with the spelling's (Ding Wu, the surname last, is Wu Ding too)."""
    typed = re.sub(r"\b([^\W\d_])\.?\s*(?=[^\W\d_]\b)", r"\1", typed)  # capitals read as initials, W. U. Ding: Wu
    syllables = [re.split(r"[\s\-.]+", rz.strip_marks(text).casefold().replace("ü", "v").strip(" .")) for text in (
        typed, spelling)]
    if any(len(parts) < 2 or not all(part in _pinyin_syllables() for part in parts) for parts in syllables) or len(
            syllables[0]) != len(syllables[1]):
        return False
    voiced = {"d": "t", "g": "k", "b": "p"}

    def unvoiced(syllable: str) -> str:
        return voiced.get(syllable[:1], syllable[:1]) + syllable[1:]

    # the order of the typed syllables that spells the data's best (DING WU, a surname last in capitals, is Wu Ding)
    mine = max((syllables[0], syllables[0][::-1]), key=lambda order: sum(
        unvoiced(typed) == unvoiced(theirs) for typed, theirs in zip(order, syllables[1], strict=True)))
    return any(typed[:1] in voiced and theirs[:1] == voiced[typed[:1]]
               for typed, theirs in zip(mine, syllables[1], strict=True))


def _breves_contradict(typed: str, kind: str, ident: str) -> bool:
    """Whether a name in McCune-Reischauer with breves (str) cannot spell any Hangul name of the entity that reads as
    it (`romanize.korean_key`) with as many syllables as it has vowels: one of its vowels with a breve, ŭ or ŏ, or
    the Revised Romanization's eu or eo, is not the syllable's (`_BREVE_VOWELS`: Ŭnsan and Eunsan are 은산, not 운산,
    Unsan). False when no such Hangul name is in the data (a suffix or another name typed) or when one fits.

    A name typed in Hangul for a place in Korea contradicts when it holds none of the place's Hangul names but
    begins with one of them with ㅡ written for its ㅜ (은산, 은산군 are not 운산, Unsan, though
    `romanize.korean_key` reads them alike; other slips, 금송 for 금성, are a page's garbles and kept)."""
    if rz.script(typed) == "hangul":
        if ident not in _korean_place_kinds():
            return False  # (a foreign place's Hangul is a transcription, which pages spell as they please: 부크레슈티)
        syllables = "".join(re.findall(r"[\uac00-\ud7a3]+", typed))
        whole = [name for name in _hangul_names(ident, kind) if re.fullmatch(r"[\uac00-\ud7a3]+", name)]
        return bool(whole) and not any(name in syllables for name in whole) and any(
            len(syllables) >= len(name) and all(
                mine == theirs or ord(mine) - ord(theirs) == (18 - 13) * 28
                for mine, theirs in zip(syllables, name, strict=False)) for name in whole)
    groups = re.findall(r"[aeiouyŏŭw]+", typed.casefold().replace("'", "").replace("’", ""))
    key = rz.korean_key(typed)
    names = [name for name in _hangul_names(ident, kind) if re.fullmatch(r"[\uac00-\ud7a3]+", name)
             and len(name) == len(groups)
             and rz.korean_key(rz.hangul_to_latin(name)) == key]  # (the same name: not 웅기, Unggi, for Sŏnbong)
    if not names:
        return False
    return not any(all(group not in _BREVE_VOWELS or (ord(syllable) - 0xAC00) % 588 // 28 in _BREVE_VOWELS[group]
                       for group, syllable in zip(groups, name, strict=True)) for name in names)


def _numbers(text: str) -> list[int]:
    """The numbers in a name, in figures or Roman numerals in capitals: "IX Corps" -> [9], "25-я армия" -> [25],
    "美第X军" -> [10]."""
    found = [int(number) for number in re.findall(r"\d+", text)]
    roman = re.findall(r"\b[IVX]{1,5}\b|(?<=[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7a3])[IVX]{1,5}(?=[\u4e00-\u9fff"
                       r"\u30a0-\u30ff\uac00-\ud7a3])", text)  # (and between characters: 美第X军)
    return found + [_roman(word.lower()) for word in roman if _roman(word.lower())]


def _chinese_number(number: int) -> str:
    """A number from 0 to 99 in Chinese characters, as army and brigade names write it: 10 -> "十", 25 -> "二十五",
    88 -> "八十八"."""
    digits = "〇一二三四五六七八九"
    tens, units = divmod(number, 10)
    if not tens:
        return digits[units]
    return f"{digits[tens] if tens > 1 else ''}十{digits[units] if units else ''}"


# Russian case endings of men's first names and surnames (Иосифа, Никиты, Андрея, Лаврентия; Сталина, Хрущёвым,
# Вышинского, Берии) and the nominative endings they replace (-а, -я, -й, -ий, -ь, or none), from the declension
# tables of Russian grammars.
_RUSSIAN_CASE_ENDINGS = ("ого", "ому", "ым", "ом", "ем", "ой", "ей", "им", "а", "я", "у", "ю", "е", "ы", "и", "")
_RUSSIAN_NOMINATIVE_ENDINGS = ("", "а", "я", "й", "ий", "ь")


# The Latin letters a Russian initial stands for at the start of a foreign first name (Д. Макартур: Douglas; У.
# Харрисон: William; И. Сталин: Iosif, Joseph).
_INITIAL_LETTERS = {"А": ("A",), "Б": ("B",), "В": ("V", "W"), "Г": ("G", "H"), "Д": ("D",), "Е": ("E", "Ye"),
                    "Ж": ("Zh", "J"), "З": ("Z",), "И": ("I",), "К": ("K", "C"), "Л": ("L",), "М": ("M",),
                    "Н": ("N",), "О": ("O",), "П": ("P",), "Р": ("R",), "С": ("S",), "Т": ("T",), "У": ("U", "W"),
                    "Ф": ("F",), "Х": ("H", "Kh"), "Ц": ("Ts", "C"), "Ч": ("Ch",), "Ш": ("Sh",), "Э": ("E",),
                    "Ю": ("Yu", "Ju"), "Я": ("Ya", "Ja")}  # Я. Сталин is Yakov, not Joseph; Е. Малик not Jacob


def _lived_then(person: str, born: str | None, died: str | None) -> bool:
    """Whether the years typed after a name (born, or None if not typed; died, or None for someone living) agree,
    within a year, with the person's in the course (people.csv); a year the course does not know agrees with
    anything."""
    entity = _entities().get(("person", person), {})
    for typed, known in ((born, entity.get("born")), (died, entity.get("died"))):
        if typed is not None and known is not None and not pd.isna(known) and abs(int(typed) - int(known)) > 1:
            return False
    return not (died is None and entity.get("died") is not None and not pd.isna(entity.get("died")))


def _initial_fits(initial: str, person: str) -> bool:
    """Whether a Latin or Cyrillic initial (one capital letter) can begin the first name of the person with this id,
    as one of their spellings of two words or more writes it: Д. or D. for Douglas MacArthur; И. for Иосиф Сталин,
    J. for Joseph; not Я. or Ю. for either (`_INITIAL_LETTERS`)."""
    firsts = {spelling.spelling.split()[0] for spelling in _index().spellings
              if (spelling.kind, spelling.id) == ("person", person) and len(spelling.spelling.split()) >= 2}
    return any(first[:1] == initial or first.startswith(_INITIAL_LETTERS.get(initial, ("\0",))) for first in firsts)


def _declined_form(typed: str, word: str) -> bool:
    """Whether `typed` is `word` (a Russian name in the nominative) in another case: a case ending taken off
    and a nominative ending put back gives `word` (Хрущёва -> Хрущёв, Берии -> Берия, Андрея -> Андрей); Жука
    is not Жуков, nor Лебедя Лебедев."""
    for ending in _RUSSIAN_CASE_ENDINGS:
        if typed.endswith(ending) and len(typed) - len(ending) >= 2:
            base = typed[:len(typed) - len(ending)]
            if any(base + nominative == word for nominative in _RUSSIAN_NOMINATIVE_ENDINGS):
                return True
    return False


def _russian_declined(text: str) -> list[int]:
    """The course's foreign people whose Cyrillic name of two or three words `text` is in another grammatical
    case (Никиты Хрущёва, Лаврентия Берии, Андрея Вышинского), word by word (`_declined_form`). One index position
    per person found; a woman of the surname is not found, as her first name is not his (Нина Хрущёва)."""
    typed = str(text).casefold().replace("ё", "е").split()
    found: dict[str, int] = {}
    for position, words in _foreign_cyrillic_names():
        if len(words) == 3 == len(typed) + 1 and re.search(r"(?:вич|вна)$", words[1]):
            words = (words[0], words[2])  # Алексея Хегая, Якова Нама: first name and surname, the patronymic left out
        if len(words) == len(typed) and all(_declined_form(one, word) for one, word in zip(typed, words, strict=True)):
            found.setdefault(_index().spellings[position].id, position)
    return list(found.values())


def _foreign_cyrillic_names() -> list[tuple[int, tuple[str, ...]]]:
    """(index position, words) of the Cyrillic spellings of two or three words of the course's foreign people, and of
    the Russian names (with a patronymic) of its Soviet Koreans."""
    index = _index()
    if "foreign_cyrillic" not in index.derived:
        index.derived["foreign_cyrillic"] = [
            (position, tuple(spelling.spelling.casefold().replace("ё", "е").split()))
            for position, spelling in enumerate(index.spellings)
            if spelling.kind == "person" and (spelling.id in _foreign_keys() or re.search(
                r"(?:вич|вна)(?:\s|$)", spelling.spelling))  # or a Soviet Korean's Russian name: Алексей Иванович Хегай
            and rz.script(spelling.spelling) == "cyrillic" and 2 <= len(spelling.spelling.split()) <= 3]
    return index.derived["foreign_cyrillic"]


def _number_forms(text: str) -> list[str]:
    """A name in characters with its numbers written the other way, figures for characters and characters for
    figures (第10军 -> 第十军, 第八軍 -> 第8軍); [] if it has none or is not in characters."""
    if rz.script(text) != "cjk":
        return []

    def in_figures(number):
        value = _chinese_number_value(number.group())
        return str(value) if value else number.group()

    forms = [re.sub(r"(?<!\d)\d{1,2}(?!\d)", lambda number: _chinese_number(int(number.group())), text),
             re.sub(r"(?<=第)[一二三四五六七八九十]{1,3}(?=[^一二三四五六七八九十百千]|$)", in_figures, text)]
    roman = re.search(r"第([IVX]{1,5})(?=[軍军])", text)  # 美軍第X軍團: a Roman numeral after 第, as the US
    # Army numbers a corps
    if roman and roman.group(1).casefold() in _ROMAN:
        forms.append(text.replace(roman.group(0), f"第{_ROMAN.index(roman.group(1).casefold())}"))
    return [form for form in dict.fromkeys(forms) if form != text]


def _chinese_number_value(characters: str) -> int:
    """The value of a number from 1 to 99 in Chinese characters: "十" -> 10, "二十五" -> 25, "八" -> 8, and written
    digit by digit as figures are, "八八" -> 88; 0 if it is not one."""
    digits = "〇一二三四五六七八九"
    tens, ten, units = characters.partition("十")
    if not ten:
        if len(tens) == 2 and all(ch in digits for ch in tens) and tens[0] != "〇":
            return 10 * digits.index(tens[0]) + digits.index(tens[1])  # 八八特別旅団: 88, digit by digit
        return digits.index(tens) if len(tens) == 1 and tens in digits else 0
    if len(tens) > 1 or len(units) > 1 or any(ch not in digits for ch in tens + units):
        return 0
    return 10 * (digits.index(tens) if tens else 1) + (digits.index(units) if units else 0)


_RUSSIAN_LETTERS = re.compile(r"ts|zh|kh", re.IGNORECASE)  # Latin letters for ц, ж, х: a name read from Russian


def _same_doubles(typed: str, latin: str) -> bool:
    """Whether a name typed in Hangul or characters, read in Korean, spells its doubled consonants as a Latin
    spelling does (운남 unnam, Woonam unam: no)."""
    forms = [typed] if rz.script(typed) == "hangul" else rz.korean_readings(typed)
    own = rz.korean_key(latin, keep_doubles=True)
    return any(rz.korean_key(rz.hangul_to_latin(form), keep_doubles=True) == own for form in forms)


_BOUNDARY_FOLD = str.maketrans("gbdjr", "kptcl")  # voicing and r/l, as the Korean fold reads them


def _boundary_doubles(text: str) -> set[bool]:
    """For each reading of a Korean name: whether the surname's last consonant begins the given name too (Kim Mu-jong,
    김무정 "gim|mujeong", 金武亭; not Kim U-jong, 김우종); empty when the name cannot be cut so (one Latin word)."""
    script = rz.script(text)
    if script in ("latin", "cyrillic"):
        words = rz.words(rz.cyrillic_to_latin(text) if script == "cyrillic" else text)
        pairs = [(words[0], words[1])] if len(words) >= 2 else []
    else:
        forms = [text] if script == "hangul" else rz.korean_readings(text) if script == "cjk" else []
        pairs = [(rz.hangul_to_latin(form[0]), rz.hangul_to_latin(form[1:])) for form in forms
                 if len(form) >= 2 and all("\uac00" <= ch <= "\ud7a3" for ch in form)]
    return {first[-1:].casefold() in "kgmnlrpbtd" and not first.casefold().endswith("ng") and first[
        -1:].casefold().translate(_BOUNDARY_FOLD) == (
        rest[:1].casefold().translate(_BOUNDARY_FOLD)) for first, rest in pairs if first and rest}  # (a final
    # consonant a Korean syllable can end in: not Цой's й, "Tsoj"; nor ng, one sound: Kang Kon, 강건)


_SOFT_SIGNS_DIFFER = 0.999


def _soft_signs_differ(typed: str, spelling: str) -> bool:
    """Whether a Cyrillic name's soft signs differ from every Palladius form of a spelling in characters (the first
    two readings of each character, as the index reads them): Цзиньчэн (jin cheng) against 京城 (jing cheng, Цзинчэн)
    -> True, against 金城 -> False. Palladius writes pinyin -n as -нь and -ng as -н (romanize.pinyin_to_palladius),
    so the soft sign tells the two apart. False for a spelling not in characters."""
    if rz.script(spelling) != "cjk" or rz.script(typed) != "cyrillic":
        return False

    def fold(form: str) -> str:
        return re.sub(r"[^а-яь]", "", form.casefold().replace("ё", "е").replace("ъ", "")).replace(
            "уэй", "уй").replace("э", "е")
    forms = [rz.pinyin_to_palladius(reading) for reading in rz.pinyin_readings(spelling)[:2]]
    syllables = [(rz.pinyin_readings(ch) or [""])[0] for ch in spelling]
    if all(syllables):
        forms.append(rz.pinyin_to_palladius(f"{syllables[0]} {''.join(syllables[1:])}"))
    return bool(forms) and fold(typed) not in {fold(form) for form in forms if form}


def _doubles_differ(typed: str, spelling: str) -> bool:
    """Whether two Korean names the Korean fold makes equal differ in a consonant shared by the surname and the given
    name, which the fold writes once: Kim U-jong (金佑鍾, 김우종) is not Kim Mu-jong (金武亭, 김무정, Mu Chong), nor Kim
    Mil Kim Il. A letter doubled inside a word is a slip of spelling (Kim Chang-Mann, Kimm Kiusic) and is not asked."""
    typed_cut, own_cut = _boundary_doubles(typed), _boundary_doubles(spelling)
    return bool(typed_cut and own_cut and not typed_cut & own_cut)


# A foreign, a defence or an interior minister's English title before a name (Foreign Minister Pak Hon-yong, Vice
# Foreign Minister Ri Kang-guk), and its ministry as the North's ministers' Korean titles name it (`_MINISTRIES`)
_ENGLISH_MINISTER = re.compile(r"\b(vice[- ]|deputy\s+)?(foreign|defen[cs]e|interior|internal\s+affairs|home)\s+"
                               r"minister\b", re.IGNORECASE)
_ENGLISH_MINISTRIES = {"forei": "외무", "defen": "민족보위", "inter": "내무", "home": "내무"}


def _english_minister_fits(person: str, typed: re.Match) -> bool:
    """Whether a minister's English title (`_ENGLISH_MINISTER`'s match) is among the person's posts (people.csv): a
    minister's as `_office_fits` checks the Korean title; a vice-minister's only if the posts name a vice-minister of
    that ministry. True for a person whose posts the data do not give."""
    korean = _ENGLISH_MINISTRIES[typed.group(2).casefold()[:5]]
    if not typed.group(1):
        return _office_fits(person, korean + "상")
    posts, word = _posts(person), _MINISTRIES[korean]
    return not posts or bool(re.search(rf"(?:vice|deputy)[- ]+(?:(?:{word})\w*\s+minist|minist\w*\W+(?:\w+\W+)"
                                       rf"{{0,4}}?(?:{word}))", posts))


def _vietnamese_tones_fit(typed: str, spelling: str) -> str:
    """How a name typed in Vietnamese fits the Sino-Vietnamese reading of `spelling` (characters), with its tone
    marks: "exact" when every syllable has one of its character's readings, tone and all (a tone mark may sit on
    either vowel of oa, oe, uy: hòa = hoà); "suggestion" when the name was typed without any marks (Thanh Tan may be
    清津 or 城津), or when one syllable of three or more has another tone (Bàn Môn Điếm, as Vietnamese writes 板門店,
    whose first reading is bản); "no" otherwise (Thành Tân is 城津, not 清津; Lâm Hoa is not 林和, Lâm Hòa)."""
    words = _vietnamese_syllables(typed)
    if not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", typed)) and "đ" not in typed.casefold():
        return "suggestion"
    best = None
    for form in dict.fromkeys((spelling, _CJK_ADMIN.sub("", spelling.strip()))):
        options = rz.vietnamese_tones(form)
        if len(options) != len(words):
            continue
        differ = sum(word not in [_vietnamese_syllables(choice)[0] for choice in choices]
                     for word, choices in zip(words, options, strict=True))
        best = differ if best is None else min(best, differ)
    if best is None:
        return "suggestion"  # a reading filed another way (bare of its admin word): left as the key found it
    return "exact" if best == 0 else "suggestion" if best == 1 and len(words) >= 3 else "no"


_VIETNAMESE_TONES = "\u0300\u0301\u0303\u0309\u0323"  # the five tone marks (the level tone has none)


def _vietnamese_syllables(text: str) -> list[tuple[str, str]]:
    """The syllables of a Vietnamese name as (letters with their vowel marks, tone mark), whichever Unicode form it
    was typed in (NFC or NFD) and wherever the tone mark sits: "Lâm Hoà" -> [("lâm", ""), ("hoa", "\u0300")]."""
    out = []
    for word in re.split(r"[^\w\u0300-\u036f]+", unicodedata.normalize("NFD", str(text).casefold())):
        if word:
            tone = "".join(ch for ch in word if ch in _VIETNAMESE_TONES)
            base = unicodedata.normalize("NFC", "".join(ch for ch in word if ch not in _VIETNAMESE_TONES))
            out.append((base.translate(_VIETNAMESE_Y), tone))
    return out


def _vietnamese_marks_differ(typed: str, spelling: str) -> bool:
    """Whether a name typed with Vietnamese marks has other tones or vowels than a Latin spelling of the data written
    with them (Trương Tân is not Trường Tân; Mao Trạch Đồng is not Mao Trạch Đông): False when either has no marks."""
    def marked(text: str) -> bool:
        return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text)) or "đ" in text.casefold()

    if not marked(typed) or not _VIETNAMESE_LETTERS.search(spelling.casefold()) or rz.script(spelling) != "latin":
        return False  # (a Vietnamese spelling only: Unión Soviética typed Union Soviética is that name)
    return _vietnamese_syllables(typed) != _vietnamese_syllables(spelling)


_VIETNAMESE_Y = str.maketrans({"y": "i"})
# letters that only Vietnamese writes (a breve, a horn, đ, a dot below, a hook above ...)
_VIETNAMESE_LETTERS = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ]")


def _search(query: str, kind: str | None) -> list[tuple[float, int, str]]:
    """(score, spelling position, "exact" or "suggestion") for the best spelling of each entity."""
    index = _index()
    if rz.script(query) == "latin" and len(rz.words(query)) == 1 and rz.on_key(query) in _JAPANESE_WORDS and not (
            index.exact.get(("plain", normalise(query)))):  # Yuki is in the data, as a name shared with a word
        return []  # an ordinary Japanese word or another place (Kankyo, Kaisha): near a place's Japanese name only
    if re.fullmatch(r"[\W_]*한국\s*(?:은|는|이|가|을|를|의|에|에서|과|와|도|으로|로|만)[\W_]*", query):
        return []  # 한국은: 한국 (Korea, all of it before 1948 and the South's word for the South after) with a
        # particle (and any marks round it: 한국은?), which answers nothing as 한국 alone does (not 한국군, the ROK
        # Army, by a near reading)
    best: dict[tuple[str, str], tuple[float, int, str]] = {}
    query = rz.fold_shinjitai(query)  # Japanese 労, 満, 徳: the Hanja 勞, 滿, 德
    query = re.sub(r"(?<=[\u30a1-\u30fa\u30fc])[=＝゠](?=[\u30a1-\u30fa])", "・", query)  # ヨシフ=スターリン: the
    # school books' equals sign between a foreigner's names in katakana, their middle dot
    query = re.sub(r"^\s*(?=\d+\s*군\s*$)", "제", query)  # 8군: Korean writes an army's number without 제 ("No.")
    # as often as with it (8군 = 제8군)
    query = re.sub(r"^\s*(?=\d+\s*軍\s*$)", "第", query)  # (and in characters, as Korean mixed script does: 8軍)
    one_word = rz.script(query) == "latin" and len(rz.words(query)) == 1
    fused = rz.script(query) in ("latin", "cyrillic") and len(query.split()) == 1 and "-" not in query
    personal = _looks_like_korean_person(query)
    # a name with the word for a city (金策市, 김책시): a place, never the person the city is named after
    city = bool(_CJK_ADMIN.search(query.strip()) or re.search(r"(?<=\w)시$", query.strip()) or re.match(
        r"(?:г|гор)\.\s*(?=[А-ЯЁ])", query.strip()))  # or Russian г. before it: г. Кимчхэк

    numbers = _numbers(query)
    typed_exactly = rz.script(query) in ("hangul", "cjk")
    query_script = rz.script(query)
    initials_typed = re.match(rf"\s*(?!U\.\s?[SN]\.)(?:[A-ZА-ЯЁ]|{_DIGRAPH_INITIAL})\.", _without_titles(query)) or (
        re.search(rf"(?<=[^\W\d_]{{3}}),?\s+(?:(?:[A-ZА-ЯЁ]|{_DIGRAPH_INITIAL})\.\s*)+$", query.strip()))  # or after
    # it: Сталин И. В., Stalin, Ya.
    # (not U.S., a country before a rank: U.S. Army General MacArthur; nor U.N. before an office)
    titled = _TITLES.match(query.strip())
    ministry_typed = _ENGLISH_MINISTER.search(query)
    after = _TITLES_AFTER.search(query.strip()) if rz.script(query) in ("hangul", "cjk", "kana") else None
    bare_name = re.sub(r"[\s・･·]", "", unicodedata.normalize("NFC", _TITLES_AFTER.sub("", query.strip()) or (
        query.strip()))) if query_script == "cjk" else ""  # (金烈同志, 金 章鳳: a name in characters without its title
    # and spaces, once for every spelling `consider` weighs; 金, a compatibility form)
    title_after = bool(after) and after.group(0).strip() not in ("괴뢰", "괴뢰도당", "역도")  # (a puppet, a traitor:
    # the North's words after a state or its army as well as a man)
    # a title after other words before the name, held to the man: the words from the first title on (ROK Army General
    # Syngman Rhee, the great President Kim Il: no one), or from an office's word in lower case; and the North's
    # "great", which is Kim Il Sung's alone (great comrade Kim Il)
    words_typed = query.split()
    inner = None if titled or rz.script(query) != "latin" else next(
        (" ".join(words_typed[at:]) for at in range(1, len(words_typed) - 1)
         if _TITLES.match(" ".join(words_typed[at:]) + " ")), None)
    office_inside = None if titled else re.search(r"\s((?:president|premier|ambassador|chairman)\s+\S.*)$", query,
                                                  re.IGNORECASE)
    inner_title = inner or (office_inside.group(1) if office_inside else None)
    # and a body's name before the office and the man's name (Chinese Communist Party Chairman Mao Tse-tung): the
    # words before his name must be his post's (`_described_fits`: ROK Army Chief of Staff Syngman Rhee, US Eighth Army
    # Commander Mark Clark are no one)
    bodied = rz.script(query) == "latin" and bool(_ORGANIZATION_WORDS & set(rz.words(query))) and bool(
        _OFFICE_WORDS & set(rz.words(query)))
    great = rz.script(query) == "latin" and re.search(r"\bgreat\b", query, re.IGNORECASE) or re.match(
        rf"\s*(?:{_SOUTHERN_EPITHETS})", query)  # (and the South's "ringleader of the North": its leader's)
    middle_typed = re.fullmatch(r"(?:[^\W\d_]{2,}\s+)+([A-Z])\.?\s+[^\W\d_]{2,}(?:,?\s+Jr\.?)?", query.strip())
    breves = query_script == "latin" and bool(re.search(r"[ŏŭŎŬ]|eu|eo", query, re.IGNORECASE)) or (
        query_script == "hangul")
    roman_corps = query_script == "cjk" and bool(re.search(r"[\u4e00-\u9fff][IVX]{1,5}[\u4e00-\u9fff]", query))

    def consider(position: int, score: float, how: str):
        spelling = index.spellings[position]
        if kind and spelling.kind != kind:
            return
        if spelling.system == "exonym" and score < _RULE * _SOFT_SIGNS_DIFFER:
            return  # a place's name in another language, only as written (Dairen, Dalian, is not Daiden, Taejon; a
            # Palladius reading's soft signs only order the answers: Хуашэндунтэцюй is 华盛顿特区)
        if spelling.system in ("exonym", "garbled") and len(rz.words(query)) > len(rz.words(spelling.spelling)) + 1:
            return  # as written is with its words: Ho En Yong, a man's name, is not Hoenyong (Hoeryong) spaced out
        if spelling.kind == "person" and query_script == "latin" and "tch" in query.casefold() and (
                "tch" not in _entity_name(("person", spelling.id)).casefold()) and (
                _faction_of("person", spelling.id) in ("usa", "un_other")):
            return  # an English surname with tch is another name than one with ch: Atcheson is not Acheson
        if query_script == "latin" and spelling.kind == "person" and _pinyin_voicing_differs(
                query, spelling.spelling):
            return  # Wu Ding (武丁, the Shang king) is not Wu Ting (武亭, Mu Chong): pinyin's d and t, g and k, b and p
            # are other consonants, which the Korean fold hears alike
        if query_script == "cyrillic" and spelling.system == _OTHER_SURNAME:
            return  # Чоу (a garble of Choe) is not Wade-Giles Chou
        if how == "suggestion" and query_script == "latin" and normalise(query) in _other_korean_places():
            return  # Ulsan, Kusong: another place in Korea, not a slip of Unsan or Kumsong
        if roman_corps and "Corps" not in _entity_name((spelling.kind, spelling.id)):
            return  # 美第VIII军: a Roman numeral between characters numbers a US corps (VIII Corps), not an army
        if breves and spelling.kind == "place" and _breves_contradict(query, spelling.kind, spelling.id):
            return  # Ŭnsan, Eunsan, 은산 are not Unsan (운산): McCune-Reischauer's breves, the Revised
            # Romanization's eu and eo, and Hangul tell ㅡ from ㅜ and ㅓ from ㅗ
        if how == "suggestion" and query_script == "cyrillic" and _another_word_form(query, spelling.spelling):
            return  # Ивановой, Иваново, Сталинск, Вышинская: a woman's name, a town, not a slip of the man's
        if how == "suggestion" and spelling.kind == "place" and query_script == "latin" and (
                normalise(query)[len(normalise(spelling.spelling)):] in _ADJECTIVE_ENDINGS) and normalise(
                query).startswith(normalise(spelling.spelling)):
            return  # Khabarovsky, Moskovskaya: a Russian adjective made from the place (its district, a street)
        if spelling.kind == "person" and initials_typed and not _initials_fit(spelling.id, query) and not (
                _monsieur(spelling.id, query)):
            return  # V. I. Stalin is his son Vasily, G. A. Zhukov the journalist
        if spelling.kind == "person" and middle_typed and spelling.id in _foreign_keys() and not _middle_name_fits(
                spelling.id, middle_typed.group(1)):
            return  # William H. Harrison is the president, Mark C. Clark no one: the middle initial is his own
        if spelling.kind == "person" and titled and not _title_fits(spelling.id, query):
            return  # President Harrison is not the general William K. Harrison Jr.
        if spelling.kind == "place" and how == "transcribed" and query_script == "hangul" and re.search(
                r"(?<=..)(?:주|성)$", query.strip()):
            return  # 타슈켄트주, 하바롭스크주: a province or a state named after a foreign city (주, 성), not the city
        if spelling.kind == "person" and bodied and len(words_typed) > len(spelling.spelling.split()):
            size = len(spelling.spelling.split())
            before = " ".join(words_typed[:-size])
            untitled_before = before + " "
            while untitled_before.strip() and _TITLES.match(untitled_before):
                untitled_before = _TITLES.sub("", untitled_before, count=1)
            if _ORGANIZATION_WORDS & set(rz.words(before)) and untitled_before.strip() and not _described_fits(
                    spelling.id, before):
                return  # (not titles of `_TITLES`' own, U.S. Army Five-Star General, which `_title_fits` holds)
        if spelling.kind != "person" and titled and not _TITLES.match(spelling.spelling.strip() + " ") and not (
                re.fullmatch(r"col", titled.group(0).strip(), re.IGNORECASE)):
            return  # 북괴두목 평양, Chairman Pyongyang, lãnh tụ Đảng Lao động Triều Tiên: a man's title or epithet
            # before no man's name (not a body's own first word, as the data write it; nor French col, a mountain
            # pass, where English writes Col for a colonel: Col Sanggam-ryong)
        if spelling.kind == "person" and (inner_title and not _title_fits(spelling.id, inner_title) or (
                great and spelling.id != "kim_il_sung")):
            return  # the great President Kim Il, great comrade Kim Il: no one the course knows
        if spelling.kind == "place" and title_after:
            return  # 평양 소장, 카이저 소장 (Major General Keiser): a person's title after a name is no place's
        if spelling.kind != "person" and after and after.group(1).strip(" ・") in _HONORIFICS_AFTER:
            return  # 甲山先生, 소련선생, 甲山씨: a man's or a woman's word of respect after a name is no body's,
            # state's or place's (甲山 is the Kapsan group's name in characters too)
        if spelling.kind != "person" and after and _mans_title_after(after.group(1)):
            return  # 朝鮮人民軍総司令官, 朝鮮労働党第一書記, 米国外相, 中共国防部长: an office after a body's or a
            # state's name is a man's, not the body's
        if spelling.kind == "person" and after and not (_title_after_fits(spelling.id, after.group(1))
                                                        and _title_state_fits(spelling.id, after)):
            return  # 杜鲁门将军, 李奇微同志: a general's rank after a foreign civilian's name (`_title_after_fits`)
        if query_script == "hangul" and spelling.system == "japanese" and rz.script(spelling.spelling) == "latin":
            if any(0xAC00 <= ord(ch) <= 0xD7A3 and (ord(ch) - 0xAC00) // 28 % 21 in (1, 3, 4, 6, 14) for ch in query):
                return  # 카이저 (Kaiser) is no Kaijō: Hangul writes Japanese with no ㅐ, ㅒ, ㅓ, ㅕ or ㅝ, which the
                # Korean fold hears as other vowels
            how = "suggestion" if how == "exact" else how  # (게이조 for Keijō: only suggested)
        if spelling.kind == "person" and ministry_typed and not _english_minister_fits(spelling.id, ministry_typed):
            return  # Foreign Minister Peng Dehuai: an English minister's title of several words held to the posts
        if spelling.kind == "place" and spelling.id not in _korean_place_kinds() and query_script == "latin" and (
                rz.script(spelling.spelling) == "cjk" and normalise(query) not in _plain_keys(spelling.spelling)):
            how = "suggestion"  # a Chinese place read in Korean (Yonan, 延安) is also a Korean county's name (Yŏnan)
        if spelling.kind == "person" and query_script == "cjk" and how == "exact" and _own_characters(
                ("person", spelling.id), query) is False:
            how = "suggestion"  # other characters of the same Korean reading (武丁 for 武亭): only suggested
        if spelling.kind == "person" and query_script == "cjk" and spelling.id not in _foreign_people() and (
                rz.script(spelling.spelling) == "hangul" or spelling.system in _KOREAN_ROMANIZATIONS) and (
                re.fullmatch(r"[\u3400-\u9fff]{2,4}", bare_name)) and not _chinese_homophone(
                bare_name, spelling.id) and _own_characters(("person", spelling.id), bare_name) is not True and not (
                {normalise(reading) for reading in rz.pinyin_readings(bare_name)} & {normalise(spelling.spelling)}):
            # a Korean's name in characters found through his Hangul name's sound (the Korean fold, which hears
            # aspirated and plain consonants alike, and McCune-Reischauer without its apostrophe), not through its
            # Mandarin sound (穆冲, Mu Chong): another surname's character is another family (清律 is not 鄭律,
            # Chong Sang-jin's other name 정률); another consonant or vowel than his Hangul names' is only suggested
            # (金章鳳, 김장봉, for Kim Chang-bong, 김창봉)
            own = _in_characters().get(("person", spelling.id), [])
            if own and not any(_same_characters(bare_name[0], name[0]) for name in own) and not any(
                    _same_hangul_reading(reading, name[0]) for reading in rz.korean_readings(bare_name[0])
                    for name in _hangul_names(spelling.id)):
                return  # (unless the surname is one of his other names', which the data give in Hangul: 金成三,
                # 김성삼, Pak Hon-yong's alias)
            if how == "exact" and not any(_same_hangul_reading(reading, name) for reading in rz.korean_readings(
                    bare_name) for name in _hangul_names(spelling.id)):
                how = "suggestion"
        if spelling.kind == "place" and spelling.id not in _korean_place_kinds() and query_script == "cjk" == rz.script(
                spelling.spelling) and not _same_characters(query, spelling.spelling) and (
                re.search(r"[县縣]$", query.strip()) or not _same_characters(rz.fold_shinjitai(query),
                                                                            spelling.spelling)):
            return  # a place abroad in characters only as its own characters: 勃利 (Boli county) is not 伯力
            # (Khabarovsk), though both read boli; nor is a county (县) in other characters
        if spelling.kind == "place" and spelling.id in _korean_place_kinds():
            long_hangul = rz.script(spelling.spelling) == "hangul" and len(spelling.spelling.replace(" ", "")) >= 3
            if query_script == "cjk" and (re.search(r"[县縣区區]$", query.strip()) or (
                    _own_characters(("place", spelling.id), query) is False and not long_hangul
                    and not _same_characters(query, spelling.spelling))):  # 三角山, a loose reference, as written
                return  # characters must be the place's own (晋城, 金星 are not 金城); a 县 is China's county
            if query_script == "latin" and rz.script(spelling.spelling) == "cjk" and (
                    normalise(query) in _plain_keys(spelling.spelling)[1:]):
                how, score = "suggestion", score * 0.97  # the pinyin of a Korean place (Yunshan, 云山) is also a
                # Chinese place's name (Jincheng, Mashan): only suggested
        if spelling.kind == "place" and query_script == "hangul" and _sound_of_another_place(query, spelling.id):
            return  # 태천 (T'aech'ŏn) is another town than 대전 (Taejŏn), whatever the Korean fold hears
        if spelling.kind == "person" and query_script in ("hangul", "cjk") and _vowel_of_another_name(
                query, spelling.id) and not _chinese_homophone(query, spelling.id):
            return  # 최영건, 崔英健 (Choe Yŏng-gŏn) are another man than 최용건 (Choe Yong-gŏn), whatever "yong" says
        if spelling.kind == "person" and query_script == "latin" and any(_initial_of_another_name(query, own) for own
                                                                         in (spelling.spelling, _entity_name(
                                                                             ("person", spelling.id)))):
            return  # Pak Kyo-sam is another man than Pak Hyo-sam, though the Korean fold hears k in both
        if spelling.kind == "place" and query_script == "latin" and _aspirate_for_j(query, _entity_name(
                ("place", spelling.id))):
            return  # Taechon (T'aech'ŏn) is another town than Taejon: McCune-Reischauer writes ㅈ between vowels j
        if city and spelling.kind != "place":
            return
        if typed_exactly and spelling.system == _MIXED_SYSTEM:
            return  # Hangul or characters typed are not a garble of Latin letters (우기섭 is not "Wu Kisop")
        if numbers and _numbers(spelling.spelling) not in ([], numbers):
            return  # 8-я армия is not the 25-я армия, whatever the letters say
        if personal and how in ("suggestion", "generic") and spelling.kind != "person":
            return  # "Ri Tae-jun" is someone's name: a place that looks like its given name is no suggestion
        parts = (_name_parts(spelling.spelling) if fused and spelling.kind == "person" and spelling.id not in
                 _foreign_keys() else 1)  # a Korean's name run together (Кимчхэк); not Макартур, a surname
        if parts > 1 and how == "suggestion":
            return  # one word near a person's whole name is more likely a place: "Wonju" is not Ri Won-jo
        if parts == 2 and spelling.system == "alias" and query_script == "cyrillic" and re.search(r"[эёЭЁ]", query):
            how = "suggestion"  # a pen name in Cyrillic with Kontsevich's э or ё, which Russian writes for Korean
            # vowels: Пэкён, Пэгён are Kim Tu-bong's 白淵 (Paegyon), not Пекин, suggested (as a reading, not as
            # written); Ichon, Ичхон are towns (이천), not Pak Hon-yong's 而丁
        elif parts == 2:
            # Two syllables run together are a Korean place name as often as a name: "Kimchaek" is the city
            # named after Kim Chaek (not in the course), so no one is offered. (Three, "Kimirsen", are a name.)
            return
        if spelling.note in _COUNTRY_NOTES:
            if score < _RULE or normalise(query) != normalise(spelling.spelling):
                return  # as written only: Chinju, Chinhae, Kinmen, Chita are no slips of China's names, nor 支那 (the
                # Japanese name of before 1945) and चीनी ("Chinese") other readings of them
            how = "suggestion"  # China's name: the People's Republic's only from 1949
        if spelling.system in _LOOSE_SYSTEMS:
            if rz.script(query) == "cjk" == rz.script(spelling.spelling) and rz.simplified_characters(
                    normalise(query)) != rz.simplified_characters(normalise(spelling.spelling)):
                return  # a loose name in characters only as written: 人民党 is no slip of 新人民党, a machine
                # translation's name of the New People's Party (the Korean People's Party was 人民党)
            if rz.script(query) in ("cjk", "kana") and rz.script(spelling.spelling) == "latin" and (
                    spelling.kind in ("army", "party")):
                return  # a body's loose name in Latin letters is not met through a reading of characters: 義勇軍,
                # read 의용군 (Uiyonggun, the Korean Volunteer Army's loose short name), is as often the CPV in
                # Japanese (a faction's loose name is: 莫斯科派, モスクワ派, the "Moscow faction")
            how = "suggestion"
        score *= spelling.weight
        entity = (spelling.kind, spelling.id)
        if entity not in best or score > best[entity][0]:
            best[entity] = (score, position, how)

    for text, factor in _variants(query):
        keys = _keys(text)
        if rz.script(text) == "latin" and ("f" in normalise(text) or re.search(r"[ōūŌŪ]", text)):
            # Korean has no f: a name with one is not read by the Korean folds (Feng is not Peng); nor is a name with
            # Hepburn's long vowels (ō, ū), which is Japanese and read by its Japanese readings: Jōshin (城津,
            # Songjin) is not Chōshin (長津, Changjin), though the Korean fold hears j and ch alike
            keys = [(family, key) for family, key in keys if family not in ("korean", "loose")]
        if rz.script(text) in ("hangul", "cjk"):
            # Hangul spells each vowel and each final, and characters are exact: not compared by the loose folds
            # or the Russian ones (여운홍 is not 여운형, 김두만 not 김도만, 김일선 not 김일성)
            keys = [(family, key) for family, key in keys
                    if family not in ("cyrillic_loose", "cyrillic_korean", "loose")]
        # a Russian form in Latin letters (Tsoi En Gon; Hamhyn), read back through Cyrillic; not a name with ng
        # before a vowel, which Russian writes нг only for ㅇ+ㄱ (Pyongan is not Pyonggang, Ri Kang-uk not Ri Kang-guk)
        russian = rz.script(text) == "latin" and not re.search(r"ng[\s\-']?[aeiouy]", rz.strip_marks(text)) and not (
            re.fullmatch(r"[A-Z]{2,6}", text.strip()) and len(re.findall(r"[AEIOUY]", text)) < 2)  # (nor an
        # abbreviation: KCNA is no КНА; KESON, TEGU are words)
        if russian:
            read_back = rz.cyrillic_korean_key(rz.latin_to_cyrillic(text), len(text.split()) > 1, False)
            keys.append(("cyrillic_korean", read_back))
            if _RUSSIAN_LETTERS.search(text):  # Tsoi En Gen: Russian's е for ㅓ, as in names typed in Cyrillic
                keys.append(("cyrillic_loose", read_back.replace("е", "о")))
        if rz.script(text) == "latin" and kind in (None, "group", "party", "army"):
            keys += [(f"words_{group}", _words_key(text, group)) for group in (True, False)]
            # every group was one in North Korea: "Pro-Soviet North Korean Faction" = the Soviet (Korean) faction
            in_north = _NORTH_KOREAN.sub(" ", text)
            if in_north != text:
                keys.append(("words_True", _words_key(in_north, True)))
            if re.fullmatch(r"(?:russian|soviet)\s+koreans", text.strip(), re.IGNORECASE):  # Russian Koreans: people
                keys.append(("words_True", _words_key(f"{text} group", True)))  # named as a group (not South Koreans)
        if rz.script(text) in ("latin", "cyrillic") and kind in (None, "group", "party", "army"):
            english = _translated_name(text)  # Partia Pracy Korei, Koreanische Volksarmee, Рабочая партия Кореи
            if english:
                keys += [(f"words_{group}", _words_key(english, group)) for group in (True, False)]
                if "koreans" in english.split():  # советские корейцы: people, named as a group
                    keys.append(("words_True", _words_key(f"{english} group", True)))
        if rz.script(text) == "cyrillic":
            keys.append(("palladius", rz.palladius_key(text)))
        elif rz.script(text) == "latin" and kind in (None, "person", "place") and len(text.split()) >= 2 and (
                rz.script(cyrillic := rz.palladius_from_latin(text)) == "cyrillic" and not re.search(r"[a-z]",
                                                                                                    cyrillic)):
            keys.append(("palladius_latin", rz.palladius_key(cyrillic)))  # a Russian Palladius form in Latin
            # letters, of two words at least (Mao Tszedun; a surname alone, Chonju, is no Чжоу), compared with the
            # Chinese people's names only (Kai Chen is no 開城, U Tin no 武亭)
        if rz.script(text) == "latin" and " " in rz.vietnamese_key(text):  # Kim Nhật Thành, Bình Nhưỡng
            keys.append(("vietnamese", rz.vietnamese_key(text)))
        for family, key in keys:
            if not key:
                continue
            asked_group = index.group_bases.get((family, key), []) if kind == "group" else []  # ("Yenan", "group")
            for position in index.exact.get((family, key), []) + asked_group:
                if factor == _TURNED and index.spellings[position].kind != "person":
                    continue  # words turned round are a person's name order, never a place's or a body's
                if rz.script(text) == "cjk" and (family, key) != ("plain", normalise(text)) and rz.script(
                        index.spellings[position].spelling) == "cjk" and index.spellings[position].kind in (
                        "army", "party", "group") and not _same_characters(text, index.spellings[position].spelling):
                    continue  # characters are compared as characters, not by their sound: Japanese 連合国軍 (the
                    # Allies) is not 聯合國軍
                if rz.script(text) == "hangul" and family in ("korean", "loose", "cyrillic_korean",
                                                               "cyrillic_loose") and _korean_syllables_differ(
                        text, index.spellings[position]):
                    continue  # 조이현 (Jo I-hyeon) is not Choe Hyon, though the fold hears them alike
                if rz.script(text) == "hangul" and index.spellings[position].system in (
                        *_LOOSE_SYSTEMS, "shared_name") and rz.script(
                        index.spellings[position].spelling) == "latin":
                    continue  # 안동 is the South Korean city, whatever the loose "Andong" (Dandong) says
                if rz.script(text) in ("cjk", "hangul", "kana") and index.spellings[position].system == "garbled" and (
                        rz.script(index.spellings[position].spelling) == "latin"):
                    continue  # a garble in Latin letters is matched as typed, not by a reading of characters: 金基成
                    # (jin ji cheng, Kim Jong-suk's brother) is not "Jin Ji Cheng", a garbled Kim Il Sung
                if family == "korean" and typed_exactly and index.spellings[position].system == "alias" and (
                        rz.script(index.spellings[position].spelling) == "latin") and not _same_doubles(
                        text, index.spellings[position].spelling):
                    continue  # a pen name in Latin letters read from other characters: 云南 (운남) is not Woonam
                    # (Syngman Rhee's 雩南, 우남), though the Korean fold drops the doubled n
                if family in ("korean", "loose") and (capitals := set(re.findall(r"\b[A-Z]{2,5}\b", text))) and (
                        own := set(re.findall(r"\b[A-Z]{2,5}\b", index.spellings[position].spelling))) and (
                        capitals != own):
                    continue  # an abbreviation in capitals is compared letter for letter with the spelling's, not by
                    # the Korean fold: the ROC Army (the Republic of China's) is not the ROK Army
                if family in ("korean", "loose", "cyrillic_korean", "cyrillic_loose") and index.spellings[
                        position].kind == "person" and _doubles_differ(
                        text, index.spellings[position].spelling):
                    continue  # Kim U-jong, 金佑鍾 (김우종) are not Kim Mu-jong (김무정, Mu Chong), nor Kim Mil Kim Il:
                    # the fold writes a doubled consonant once, here the surname's last and the name's first
                if family == "loose" and rz.script(text) == "latin" and index.spellings[position].kind == "person" and (
                        rz.script(index.spellings[position].spelling) == "cjk") and (
                        _u_for_o_only(text, index.spellings[position].spelling) is False):
                    continue  # the loose fold reads u for ŏ (Sung, Hyun); o for u (Ri Hyo-son, Kim Do Bong) only in
                    # a name the data spell in Latin letters or Hangul, not in one read from characters: Choi Tong Oh
                    # (최동오) is not Choe Tong-u (崔東宇, Choe Chang-ik's other name)
                tones = _vietnamese_tones_fit(text, index.spellings[position].spelling) if family == "vietnamese" else (
                    "exact")
                if tones == "no":
                    continue  # Thành Tân (城津, Songjin) is not Thanh Tân (清津, Chongjin), nor Phú Sơn Phủ Sơn (釜山)
                if index.spellings[position].system in ("exonym", "translation", _CLDR_SYSTEM) and (
                        _vietnamese_marks_differ(text, index.spellings[position].spelling)):
                    continue  # a Vietnamese name of the data, typed with other tones: Trương Tân is someone's name
                score = _EXACT if family == "plain" else _LOOSE if family in ("loose", "cyrillic_loose") else _RULE
                # the loose folds join o and u, e and i ...: a name found by them alone is only suggested
                if family == "palladius" and _soft_signs_differ(text, index.spellings[position].spelling):
                    score *= _SOFT_SIGNS_DIFFER  # Цзиньчэн is 金城 (jin, цзинь), before 京城 (jing, цзин); the key
                    # drops the soft sign for garbles (Цзин Жичен), so the sign only orders the answers
                consider(position, score * factor, "suggestion" if family in ("loose", "cyrillic_loose") or (
                    tones == "suggestion") else "exact")
    if not best and kind in (None, "army") and rz.script(query) in ("latin", "cyrillic"):
        # "Chinese Volunteer Army", "Hiina vabatahtlike armee": the word army added to a name an army is known by
        # without it (Chinese Volunteers); only an army, and only suggested
        english = (_translated_name(query) or query).split()
        bare = [word for word in english if _NAME_WORDS.get(word.casefold(), word.casefold()) != "army"]
        if bare and len(bare) < len(english):
            for position in index.exact.get(("words_False", _words_key(" ".join(bare), False)), []):
                if index.spellings[position].kind == "army":
                    consider(position, _RULE * 0.97, "suggestion")
    state_word = _glossary_word(query.strip().casefold()) if not best and one_word and len(query.strip()) >= 4 and (
        kind in (None, "group")) and _fold_words(query.strip()) == query.strip().casefold() else None
    if state_word in ("china", "south korea", "soviet union", "united states"):
        # Tsina, Korsel, Neuvostoliitto: a state's name in one word of another language, which `_GLOSSARY` puts into
        # English, read as the English name is (China only suggested, as it is in English); not a word of three
        # letters or fewer, which are other words too (Vietnamese Mỹ, the United States, is English "my"), nor one
        # whose letters the fold changed (Danish kørsel, "driving", is no Korsel)
        for score, position, how in _search(state_word, "group")[:1]:
            if index.spellings[position].id in _COUNTRY_GROUPS:
                consider(position, score * 0.97, how)
    if not best and one_word and len(query) > 5 and query.casefold().endswith("s"):
        # "partisans": a group named in the plural, by the word its own names use in the singular (not a state's
        # name: the Americas are no United States)
        for family, key in _keys(query[:-1]):
            for position in index.exact.get((family, key), []):
                if index.spellings[position].kind == "group" and index.spellings[position].id not in _COUNTRY_GROUPS:
                    consider(position, _RULE * _RELATED, "exact")
    if not best:
        # (not an "army group", a formation: the Eighth Army Group is no group named after the Eighth Army)
        bare = None if re.search(r"\barmy[\s\-]+group$", query, re.IGNORECASE) else _GROUP_SUFFIX.match(query)
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
    untitled = _TITLES_AFTER.sub("", query.strip()) or query  # 레베데프 소장, ロマネンコ少将: the rank after the name
    if not best and kind in (None, "person", "place") and rz.script(untitled) == "hangul" and rz.looks_transcribed(
            untitled) and not _CJK_RUN.search(untitled) and not _GROUP_SUFFIX.match(untitled):
        # (맥아더派, 맥아더파: a following, not the man; a Korean's name of three syllables with a particle, 오신천이,
        # is read as a foreign word of four only when it comes very near one: 吳信泉, Wu Xinquan, read in Korean, is
        # not 워싱턴, though 조엔라이 is Zhou Enlai)
        korean_with_particle = bool(re.fullmatch(r"\S{3}[이은는가을를의에과와]", untitled)) and (
            _looks_like_korean_person(untitled[:3]))
        _foreign_in_hangul(untitled, consider, floor=90 if korean_with_particle else 82)
    if not best and rz.has_kana(query):
        _katakana_name(untitled if "・" in untitled else query, kind, consider)  # (イ・スンマン大統領: a Korean's full
        # name with its ・, read without the title after it)
    if not best and kind in (None, "person", "place") and rz.has_katakana(query):
        _foreign_in_katakana(untitled, consider)
    if not best and kind in (None, "person") and rz.script(query) == "cjk":
        _foreign_in_characters(_TITLES_AFTER.sub("", query.strip()) or query, consider)  # 哈里森將軍: 哈里森
    if not best and rz.script(query) in ("latin", "kana"):
        _japanese_reading(query, kind, consider)
    if not best and kind in (None, "party", "army"):
        if not _without_region_word(query, kind, consider):
            _generic_name(query, kind, consider)
    if not best and rz.script(query) in ("latin", "cyrillic"):
        _near_misses(query, consider)
        bare = query.strip()
        while _TITLES.match(bare):
            bare = _TITLES.sub("", bare, count=1).strip()
        if not best and bare and bare != query.strip():
            _near_misses(bare, consider)  # General McArthur: the name's slip without its title (which `consider`
            # still checks against the person: President Harrison is not the general)
    elif not best and rz.script(query) == "hangul":
        _hangul_slip(query, consider)
    if not best and kind in (None, "place") and one_word:
        _place_slip(query, consider)
    if not best and kind in (None, "person") and rz.script(query) == "latin" and not personal:
        _foreign_in_latin(query, consider)
    if not best and kind in (None, "person", "place") and rz.script(query) == "cyrillic" and not any(
            _CASE_ENDING.search(word) for word in query.split()):  # Иванова is not Ivanov
        # Макартур, Мэттью Риджуэй, Хартбрейк Рідж: an English name in Russian or Ukrainian letters, compared as a
        # katakana one is (`_foreign_in_katakana`), with the same high bar
        asked = rz.foreign_key(rz.cyrillic_to_latin(query.translate(_UKRAINIAN_TO_RUSSIAN).translate(
            _SERBIAN_TO_RUSSIAN)))  # (Serbian letters too, which the Russian table leaves: Џорџ Вашингтон)
        korean_like = ("-" in query and min(map(len, re.split(r"[\s\-]+", query.strip()))) <= 3) or (
            len(query.split()) > 1 and len(query.split()[0]) <= 3)  # Ан Че-сон, Кан Гесон; not Хартбрейк-Ридж
        if len(asked) >= 6 and not korean_like:  # a short name is near too many (Енан, the county Yonan, is not Yenan)
            # only suggested; a place's English name (Heartbreak Ridge) is written in more ways than a person's
            _closest_foreigner(asked, consider, floor=85, firm=101, places=kind != "person", place_floor=80,
                               words=len(re.split(r"[\s\-]+", query.strip())))
    if not best and kind in (None, "person") and rz.script(query) == "cyrillic" and len(query.split()) == 2 and (
            "-" not in query and len(query.split()[0]) >= 3):
        _known_foreign_surname(query.split(), consider)  # Матю Риджуей: a foreigner's surname as the data write it
        # in Cyrillic (Bulgarian Риджуей), after another language's form of his first name (Матю, Bulgarian Matthew)
    if kind in (None, "person") and not any(how in _FIRM for _, _, how in best.values()):
        _famous_garbles(query, consider)
    if kind in (None, "person") and not any(how in _FIRM for _, _, how in best.values()):
        _famous_transposed(query, consider)
    ranked = sorted(best.values(), key=lambda item: (-item[0], item[1]))
    generation = re.search(r"\S+\s+\S+\s+(II|III|IV|Jr\.?|Sr\.?)$", query.strip())
    if generation:  # Douglas MacArthur II is his nephew: only a name with the same number is the same person
        ranked = [item for item in ranked if generation.group(1) in index.spellings[item[1]].spelling.split()]
    if ranked and ranked[0][2] in _FIRM:
        top = ranked[0][0]
        return [item for item in ranked if item[2] in _FIRM and item[0] >= top - 0.1]
    return ranked[:6] if ranked and all(how == "generic" for _, _, how in ranked) else ranked[:3]


# Words that make group names in Chinese characters and Hangul (with 派 or 파, "faction"), in English.
_CJK_GROUP_WORDS = {
    "中國": "Chinese", "中国": "Chinese", "중국": "Chinese", "蘇聯": "Soviet", "苏联": "Soviet", "소련": "Soviet",
    "南勞": "South Labor", "南劳": "South Labor", "남로": "South Labor", "國內": "Domestic", "国内": "Domestic",
    "국내": "Domestic", "游擊隊": "Guerrilla", "游击队": "Guerrilla", "유격대": "Guerrilla", "滿洲": "Manchurian",
    "满洲": "Manchurian", "만주": "Manchurian", "滿州": "Manchurian",  # Japanese writes 満州 (滿州) for 滿洲
    "抗聯": "Partisan", "抗联": "Partisan",  # the (Northeast) Anti-Japanese United Army the partisans fought in
    "ソ連": "Soviet", "ソビエト": "Soviet", "パルチザン": "Partisan", "ゲリラ": "Guerrilla", "延安": "Yan'an",
    "ソ連朝鮮": "Soviet Korean", "소련한인": "Soviet Korean", "蘇聯朝鮮": "Soviet Korean", "苏联朝鲜": "Soviet Korean",
    # 親 (친), "friendly to": 親蘇派 the pro-Soviet faction, 親中派 the pro-Chinese one
    # (suggested: a stance is not a group; not 親華, which in Japan names the Republic of China's friends)
    "親蘇": "pro-Soviet", "亲苏": "pro-Soviet", "親ソ": "pro-Soviet", "친소": "pro-Soviet", "親中": "pro-Chinese",
    "亲中": "pro-Chinese", "친중": "pro-Chinese",
}


def _translated_group(base: str, consider) -> None:
    """A group name in characters or Hangul whose first word translates an English one: 中國派 = Chinese
    faction, 南勞派 = South Labor faction (of the South Korean Workers' Party)."""
    english = _CJK_GROUP_WORDS.get(base.strip())
    if english:
        for score, position, how in _search(f"{english} faction", "group"):
            consider(position, score * _RELATED, "suggestion" if english.startswith("pro-") else how)


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


_COUNTRY_GROUPS = frozenset({"ussr", "usa", "prc", "rok"})  # the groups that are a country's leadership
# A country's name, as `normalise` keeps it, with the country codes of places.csv's country_today it may stand for:
# read after a place's name and a comma (Pjöngjang, Nordkorea) and, in characters, kana or Hangul, before it
# (北韓平壤市, 북한 평양). "Korea", 朝鮮 and 조선 name all Korea, 한국 too in the North's and older usage; the
# Soviet Union's names stand for the republics where the course's Soviet places lie (Russia, Uzbekistan).
_COUNTRY_NAMES = {
    **dict.fromkeys(("northkorea", "nordkorea", "coreedunord", "coreadelnorte", "coreadelnord", "dprk", "kndr",
                     "koreapolnocna", "koreapołnocna", "severnikorea", "severnakorea", "eszakkorea", "севернаякорея",
                     "кндр", "北韓", "北朝鮮", "北朝鲜", "北鮮", "북한", "북조선", "朝鲜民主主义人民共和国",
                     "朝鮮民主主義人民共和国", "朝鮮民主主義人民共和國", "조선민주주의인민공화국"), {"dprk"}),
    **dict.fromkeys(("southkorea", "sudkorea", "coreedusud", "coreadelsur", "coreadelsud", "rok", "koreapoludniowa",
                     "jiznikorea", "juznakorea", "delkorea", "южнаякорея", "韓國", "韓国", "韩国", "南韓", "南韩",
                     "南朝鮮", "南朝鲜", "남한", "남조선"), {"rok"}),
    **dict.fromkeys(("korea", "koreya", "coree", "corea", "корея", "koreja", "朝鮮", "朝鲜", "조선", "한국"),
                    {"dprk", "rok"}),
    **dict.fromkeys(("china", "chine", "cina", "chiny", "kina", "китай", "prc", "中国", "中國", "중국",
                     "中华人民共和国", "中華人民共和國", "中華人民共和国"), {"prc"}),
    **dict.fromkeys(("russia", "russland", "russie", "rusia", "rosja", "россия"), {"russia"}),
    **dict.fromkeys(("ussr", "sssr", "ссср", "sovietunion", "sowjetunion", "unionsovietique", "unionsovietica",
                     "蘇聯", "苏联", "ソ連", "소련"), {"russia", "uzbekistan"}),
    **dict.fromkeys(("usa", "美國", "美国", "米国", "미국", "アメリカ"), {"usa"}),
    # and in Vietnamese (Triều Tiên, Korea; Bắc Triều Tiên, North Korea; Hàn Quốc, Nam Triều Tiên, South Korea; Trung
    # Quốc, China), as `normalise` folds them
    "trieutien": {"dprk", "rok"}, "bactrieutien": {"dprk"}, "hanquoc": {"rok"}, "namtrieutien": {"rok"},
    "trungquoc": {"prc"},
}


# A country's name in characters, kana or Hangul before a place's (北韓平壤市, 북한 평양), from `_COUNTRY_NAMES`
_COUNTRY_BEFORE_PLACE = re.compile("|".join(sorted(map(re.escape, (name for name in _COUNTRY_NAMES if not re.search(
    "[a-zа-я]", name))), key=len, reverse=True)).join(("(", ")")))
# A Korean or Japanese particle after a country's forces (미군은, 米軍は), and the North's and China's words for the
# United States as the enemy: 미제 (美帝, "US imperialism" or "the US imperialists"), 미제국주의, 미제침략자들, 米帝
_ARMY_PARTICLE = r"(?:은|는|이|가|의|을|를|에|에게|과|와|도|들|と|は|が|の|を)?"
_US_IMPERIALISTS = re.compile(r"(?i:(?:the\s+)?(?:u\.\s?s\.|us|american)(?:\s+|-)(?:imperialis(?:ts|m|t\s+aggressors|"
                              r"t\s+war[\s-]?mongers)|aggressors|invaders)|"  # (and the US aggressors and
                              # invaders, as the North wrote)
                              # Spanish, Portuguese, French, German: the US (Yankee) imperialists, imperialism
                              r"(?:los\s+|os\s+|les\s+|die\s+|el\s+|o\s+|l['’]\s*)?(?:imperialistas|imperialismo|"
                              r"invasores|agresores|"  # (invasores norteamericanos, "North American invaders")
                              r"imp[ée]rialistes|"
                              r"imp[ée]rialisme)\s+(?:estadounidenses?|norte-?americanos?|yanquis?|ianques?|"
                              r"americanos?|am[ée]ricains?)|(?:USA?-|amerikanischen?\s+)(?:Imperialist(?:en)?|Imperialismus|"
                              r"Aggressor(?:en)?))|"  # (German US-Imperialismus, USA-Aggressoren, as the North's
                              # German publications write them)
                              r"(?:(?:美帝|米帝)(?:国主义|國主義|国主義)?|(?:美国|美國|米国|アメリカ)(?:帝国主义|帝國主義|帝国主義)|"
                              r"(?:美国|美國|米国|アメリカ)(?=侵略)|"  # (美国侵略军: "the American aggressor army")
                              r"미제(?=국주의|\s*침략))"
                              r"(?:국주의)?(?:자들|자|者|者たち|者們|者们)?"
                              r"(?:\s*(?:침략자들|침략자|침략군|侵略者|侵略者たち|侵略者們|侵略者们|侵略军|"
                              r"侵略軍))?" + _ARMY_PARTICLE)
# (미제 alone is also 未濟, "unsolved", and 美製, "American-made": only with 국주의 or 침략자 after it, or 침략군, the
# invading army)
# The North's epithet for Kim Il Sung alone, without his name: the Great Leader (수령님, "the Leader" with the
# honorific; 어버이 수령님, "the fatherly Leader"), answered as a suggestion (his son's were others: the Dear Leader)
_GREAT_LEADER = re.compile(r"(?i:(?:the\s+)?great\s+leader)|(?:어버이\s*|위대한\s*|위대하신\s*|경애하는\s*)*수령님"
                           r"(?:께서는|께서|께|은|는|이|가|의|을|를|과|와)?|偉大なる?首領様?")
# (not 伟大领袖, 偉大な領袖: Mao's epithet in China and in Beijing's Japanese; nor 위대한 수령 without 님, which the
# North's papers of 1945-53 also gave Stalin)
# A battle or a front named in Russian or Ukrainian by its place's adjective (пусанский периметр, Пусанского плацдарма,
# Инчхонская десантная операция, Пусанський периметр): the place's name is what comes before -ский
_RUSSIAN_BATTLE_ADJECTIVE = re.compile(
    r"([А-ЯЁЄІЇа-яёєії]{3,}?)(?:ськ|ск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|а|у|ої|ій|ої)\s+"
    r"(?:(?:десантн|наступальн|оборонительн|оборонн)\w*\s+)?"
    r"(?:периметр|плацдарм|операци|операці|сражени|битв|оборон|котл|котёл|котел|десант)\w*", re.IGNORECASE)
# A country's short name in characters, kana or Hangul before 軍/군 ("forces"), and what its forces in Korea were in
# the course's years: China's the Chinese People's Volunteers (the armies of 1950-58), the United States' the United
# States as a belligerent (its group). Only suggested: for the years before 1950 (and in Japanese writing on 1937-49)
# 中国軍 usually means the Nationalist army, which the course does not hold. The Soviet Union's (소련군, ソ連軍) are
# left out: the 25th Army of 1945-48 or the Soviet Army at large, as the page may mean either.
_COUNTRY_ARMIES = {**dict.fromkeys(("中国", "中國", "중국"), ("army", "cpv")),
                   **dict.fromkeys(("米", "美", "米国", "美国", "美國", "アメリカ", "미", "미국", "주한미", "駐韓美",
                                    "駐韓米", "在韓米", "驻韩美", "アメリカ合衆国", "合衆国", "미합중국"),
                                   ("group", "usa"))}  # (주한미군: US forces in Korea; アメリカ合衆国軍, by the
# formal name)
# The two sides of the war, by group (and by army where an army has none): a leader named before a body must be on its
# side (`_second_reading`: Walker's Eighth Army, Kim Il Sung's Korean People's Army; not Montgomery's Eighth Army)
_SIDES = {**dict.fromkeys(("usa", "rok", "un_other", "kla", "unc"), "UN"),
          **dict.fromkeys(("partisan", "soviet_korean", "yanan", "domestic", "kapsan", "ussr", "prc", "kpa"),
                          "communist")}


def _side(kind: str, entity: str) -> str | None:
    """"UN" or "communist": the side of the war a person or an army of the course was on (`_SIDES`), None if neither."""
    return _SIDES.get(_faction_of(kind, entity) or entity)


_PERSONS_FACTIONS = frozenset({"partisan", "soviet_korean", "yanan", "domestic", "kapsan", "nationalist"})


def _related_group(base: str, consider) -> None:
    """"Namnodang faction", "Pak Hon-yong faction": the group of a party, army or person named."""
    found = {}
    def firm(rows):  # only a name found firmly: not 친일파 from a near miss of another name
        return [row for row in rows if row[2] in _FIRM and row[0] >= _RULE * 0.97]

    rows = firm(_search(base, None)) or firm(_search(f"{base} Party", None))
    for row in rows:
        spelling = _index().spellings[row[1]]
        faction = _faction_of(spelling.kind, spelling.id)
        if faction not in _PERSONS_FACTIONS:
            continue  # 여운형파, 맥아더派, 중공파: a leader's or a body's following outside the groups of the DPRK's
            # struggles is no group of the course (the South, the Americans, China's leadership, "no faction")
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


def _hangul_slip(query: str, consider) -> None:
    """A Hangul name with one syllable's vowel written wrongly (허가위 for 허가이): suggested when exactly one
    thing in the course has a Hangul name that differs only there. A syllable with another consonant is
    another name (최용진 is not 최용건), and characters are never read as a slip at all: one character more
    or less is another name."""
    text = query.replace(" ", "")
    if len(text) < 3 or not all(rz.is_hangul(ch) for ch in text):
        return  # two syllables a vowel apart are simply another name (서희, 서휘)
    index = _index()
    if "hangul" not in index.derived:
        index.derived["hangul"] = [(s.spelling.replace(" ", ""), i) for i, s in enumerate(index.spellings)
                                   if rz.script(s.spelling) == "hangul" and s.system not in _LOOSE_SYSTEMS]
    near = {}
    for name, position in index.derived["hangul"]:
        if len(name) != len(text) or name == text:
            continue
        differ = [(a, b) for a, b in zip(text, name, strict=True) if a != b]
        if len(differ) == 1 and _same_consonants(*differ[0]):
            spelling = index.spellings[position]
            near.setdefault((spelling.kind, spelling.id), position)
    if len(near) == 1:
        consider(next(iter(near.values())), 0.8, "suggestion")


def _u_for_o_only(typed: str, spelling: str) -> bool | None:
    """Whether a name typed in Latin letters differs from a spelling in the Korean fold only where it writes u for
    the spelling's o (ŏ written u, as popular spellings do: Sung for sŏng); False when it writes o for a u; None when
    the two folds are not of one length and cannot be compared letter by letter."""
    typed_keys = {key for family, key in _keys(typed) if family == "korean"}
    own_keys = {key for family, key in _keys(spelling) if family == "korean"}
    pairs = [(one, other) for one in typed_keys for other in own_keys if len(one) == len(other)]
    if not pairs:
        return None
    return any(all(a == b or (a, b) in (("u", "o"), ("g", "k"), ("k", "g")) for a, b in zip(one, other, strict=True))
               for one, other in pairs)


def _same_consonants(one: str, other: str) -> bool:
    """Two open Hangul syllables (no final consonant) with the same first consonant, a vowel apart: 위 and 이,
    as a transcriber mishears them. Syllables with a final are another name's (홍 and 형: 여운홍 and 여운형 were
    brothers)."""
    first, second = ord(one) - 0xAC00, ord(other) - 0xAC00
    return first // 588 == second // 588 and first % 28 == second % 28 == 0


def _near_misses(query: str, consider) -> None:
    """Spellings one or two letters away from the query, by family; only when one entity is nearest."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    index = _index()
    personal = _looks_like_korean_person(query)
    pinyin = rz.script(query) == "latin" and re.search(r"zh|x[iu]|q[iu]|iang|iong", query.casefold())
    for family, key in _keys(query):
        if family not in index.fuzzy or (pinyin and family in ("korean", "loose")):
            continue  # a name in pinyin (Jiangjin, Jiang Qin) is no slip of a Korean one (Changjin)
        limit = _allowed_distance(key)
        if personal:
            limit = min(limit, 1)  # a Korean name two letters from another is another name (Choe Yong-jin)
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
            bodies_only = all(index.spellings[position].kind in ("party", "army", "group")
                              for position in index.exact[(family, candidate)])
            if bodies_only and key[:1] != candidate[:1]:
                continue  # a body's name is mistyped after its first letter: Jongun is no slip of Uiyonggun
            for position in index.exact[(family, candidate)]:
                if family in ("korean", "loose") and index.spellings[position].kind == "person" and (
                        index.spellings[position].id in _foreign_people()):
                    continue  # the Korean fold hears a foreigner's name as Korean syllables: Nikolai Starikov,
                    # "stalikov", is one vowel from Sudarikov's "sutalikov", but another man
                if index.spellings[position].system in (_MIXED_SYSTEM, "exonym"):
                    continue  # a near miss of a spelling composed to catch a garble is one guess on another; a
                    # place's name in another language is a name as written (Pyongan is not Pjongian, Pyongyang)
                if index.spellings[position].system in ("surname alone", _OTHER_SURNAME) and len(
                        rz.words(query)) > 1:
                    continue  # a whole name near a surname alone is another person: Li Peng is not Peng
                if index.spellings[position].kind == "person" and index.spellings[position].system == "alias" and len(
                        rz.words(query)) >= 2:
                    continue  # a whole name a letter from a man's other name is another man's: Chang Chung San, a
                    # liaison officer at Kaesong, is not Kim Chang-man, once Chang Chun-san
                if personal and index.spellings[position].kind == "person" and _another_korean_surname(
                        query, index.spellings[position].spelling):
                    continue  # Paek Song Chol (백) is not Pak Song-chol (박): another surname is another family
                if personal and index.spellings[position].kind == "person" and _slip_in_both_names(
                        query, index.spellings[position].spelling):
                    continue  # a slip is in the surname or in the given name, not in both: Yun Ha-young (윤하영) is
                    # not Lyuh Woon-hyung, whose Korean fold (yunhyung) is one letter from his
                if index.spellings[position].kind == "person" and (
                        _name_parts(query) > _name_parts(index.spellings[position].spelling) or personal and (
                        _latin_syllables(query) != _latin_syllables(index.spellings[position].spelling))):
                    continue  # a syllable more or fewer is another name: Ким Чэ Ук (김재욱) is not Kim Chaek (김책),
                    # nor Kim Ŭngu (김응우) Kim Ung, nor Kim Jong (Kim Jong Un) Kim Mu-jong
                own = index.spellings[position].spelling
                if index.spellings[position].kind == "person" and rz.script(own) in ("hangul", "cjk") and (
                        0 < len(re.sub(r"\s", "", own)) < _latin_syllables(query)):
                    continue  # nor a Korean's name in Hangul or characters with a syllable more typed in Latin letters,
                    # though they do not read as a Korean's (Kim Jong Unin, Finnish for Kim Jong Un's, is not Kim
                    # Chung-nin, 김중린)
                own_words = rz.words(index.spellings[position].spelling)
                if index.spellings[position].kind == "person" and len(own_words) >= 3 and any(
                        Levenshtein.distance(key, given) <= 1 for kin, given in _keys(" ".join(own_words[1:]))
                        if kin == family):
                    continue  # a given name without its surname is no slip of the whole: Song Ju (Kim Il Sung's
                    # birth name's, 성주) is not Lee Song Cho
                consider(position, 0.85 - 0.05 * distance, "suggestion")


# Russian adjective endings in Latin letters after a place's name (Khabarovsky, Khabarovskiy krai, Moskovskaya)
_ADJECTIVE_ENDINGS = frozenset({"y", "i", "iy", "ii", "ij", "yi", "aya", "aja", "oye", "oe", "oy", "oi", "ogo", "oj"})


# The endings of a Russian surname in the nominative, in the Slavic fold (`romanize.slavic_key`): Иванов, Вышинский
# (visinski), Берия (beriya)
_NOMINATIVE_FOLDED = ("", "i", "a", "ya")
# The case endings of a man's surname (and of a noun like Яньань) that are his alone, in the same fold: Вышинским,
# Романенку, Кагановичем, Яньани are the name declined, which the declension rules read; Ивановой, Иваново,
# Сталинск, Вышинская are other words
_MASCULINE_CASES_FOLDED = frozenset({"u", "om", "em", "im", "e", "i", "iu", "yu", "ju"})


def _another_word_form(typed: str, spelling: str) -> bool:
    """Whether one word typed in Cyrillic is a word of `spelling` (a surname) with its nominative ending changed or
    letters added after it: Ивановой, Ивановых (a woman, a family), Иваново, Сталино, Сталинск, Молотовск (towns
    named after them), Вышинская (a woman). Such a word is another word made from the name, which the declension
    rules read when it is one (`_second_reading`), never a slip of it. Compared in the Slavic fold, stems of four
    letters or more; False for any other query."""
    if rz.script(typed) != "cyrillic" or len(typed.split()) != 1:
        return False
    typed_key = rz.slavic_key(rz.cyrillic_to_latin(typed))
    for word in spelling.split():
        own = rz.slavic_key(rz.cyrillic_to_latin(word) if rz.script(word) == "cyrillic" else word)
        rests = {typed_key[len(own) - len(ending):] for ending in _NOMINATIVE_FOLDED if own.endswith(ending)
                 and len(own) - len(ending) >= 4 and typed_key.startswith(own[:len(own) - len(ending)])
                 and typed_key != own and 1 <= len(typed_key) - len(own) + len(ending) <= 4}
        if rests and not rests & _MASCULINE_CASES_FOLDED:  # (Вышинским: Вышинск-им, a man's case, is he)
            return True
    return False


def _slip_in_both_names(typed: str, spelling: str) -> bool:
    """Whether two Korean names in Latin letters (each a surname and a given name) differ in both the surname and
    the given name by the Korean fold (`romanize.korean_key`); False when either is not so written."""
    typed_words, own_words = rz.words(typed), rz.words(spelling)
    if len(typed_words) < 2 or len(own_words) < 2 or rz.script(spelling) != "latin":
        return False
    return rz.korean_key(typed_words[0]) != rz.korean_key(own_words[0]) and (
        rz.korean_key(" ".join(typed_words[1:])) != rz.korean_key(" ".join(own_words[1:])))


def _aspirate_for_j(typed: str, spelling: str) -> bool:
    """Whether a typed place name is a spelling of the course's place with its j between vowels written ch
    ("Taechon", the North's "Thaechon", for "Taejon"): McCune-Reischauer writes ㅈ there j, so ch is ㅊ, another
    place (태천, not 대전)."""
    typed, own = normalise(typed), normalise(spelling)
    aspirated = re.sub(r"([tkp])h", r"\1", typed)  # Thaechon: the North's th, kh, ph for t', k', p'
    as_ch = re.sub(r"(?<=[aeiou])j(?=[aeiouwy])", "ch", own)
    return own != typed and rz.script(spelling) == "latin" and as_ch != own and as_ch in (typed, aspirated)


def _initial_of_another_name(typed: str, spelling: str) -> bool:
    """Whether a typed Latin name differs from a person's Latin spelling of the same surname only by the first
    letter of the given name, h on one side and on the other the consonant that ends the surname (Pak Kyo-sam,
    Pak Hyo-sam): the Korean fold reads k + h as the aspirate k and k + k as one k, so it hears both alike, but
    박교삼 and 박효삼 are two names."""
    typed_words, own_words = rz.words(typed), rz.words(spelling)
    if len(typed_words) < 2 or len(typed_words) != len(own_words) or typed_words[1:] == own_words[1:]:
        return False
    if typed_words[0][-1] not in "kpt" or typed_words[0][:1] != own_words[0][:1]:
        return False  # (the surname need not be the same: Paek Kyo-sam is not Pak Hyo-sam either)
    firsts = {typed_words[1][:1], own_words[1][:1]}
    fold = {"g": "k", "b": "p", "d": "t"}
    return "h" in firsts and len(firsts) == 2 and fold.get(min(firsts - {"h"}), min(firsts - {"h"})) == (
        typed_words[0][-1]) and typed_words[1][1:] == own_words[1][1:]


def _korean_syllables_differ(typed: str, spelling: _Spelling) -> bool:
    """Whether a name typed in Hangul (a particle after it aside) has a syllable more or fewer than a Korean's name
    as the data write it in Hangul, Hanja, a Korean romanization or a popular spelling (`_latin_syllables`): another
    name, though the Korean fold hears them alike (조이현, Jo I-hyeon, is not Choe Hyon, whose Choi the fold writes
    Choe). False for a foreigner, a thing, or another kind of spelling (a Japanese alias: 다카기 마사오)."""
    if spelling.kind != "person" or spelling.id in _foreign_people() or spelling.system not in (
            *_KOREAN_ROMANIZATIONS, _MIXED_SYSTEM, "popular", "Hangul", "hangul", "Hanja", "hanja", "birth_name"):
        return False
    typed_count = len(re.findall("[\uac00-\ud7a3]", re.sub(r"(?<=..)[이은는가을를의에과와도]$", "", typed.strip())))
    own = _latin_syllables(spelling.spelling) or len(re.findall("[\uac00-\ud7a3\u4e00-\u9fff]", spelling.spelling))
    return bool(own) and typed_count != own


def _latin_syllables(text: str) -> int:
    """The Korean syllables of a name in Latin letters, by `_KOREAN_SYLLABLE` word by word ("Kim Ŭngu" 3, "Kim
    Ung" 2); 0 for a name in another script."""
    if rz.script(text) != "latin":
        return 0
    return sum(len(_KOREAN_SYLLABLE.findall(word)) for word in re.split(r"[\s\-'’]+", rz.strip_marks(text).casefold())
               if word)


def _kana_key_options(hangul: str) -> set[str]:
    """The katakana folds of a Hangul name, as written and as said (`romanize.pronounced`): of the whole name read
    in Latin letters, and syllable by syllable (만경대: katakana writes マンギョンデ, man-gyeong, which the whole
    reading "mangyeongdae" hides)."""
    options = set()
    # katakana writes what is said: 압록강 アムノッカン, and 여운형 also ヨ・ウニョン (ㅎ dropped after ㄴ)
    for form in {hangul, rz.pronounced(hangul), rz.h_weakened(hangul)}:
        by_syllable = "".join(rz.kana_key(rz.hangul_to_latin(syllable)) for syllable in form)
        # syllable by syllable, with doubled letters written once, as `romanize.kana_key` writes a query (김만금
        # キム・マングム: kim-man, kiman)
        options |= {rz.kana_key(rz.hangul_to_latin(form)), re.sub(r"([a-z])\1", r"\1", by_syllable)}
    return options


def _kana_names() -> dict[str, list[int]]:
    """The Korean people's names (two to four syllables: their names, birth names and other names in Hangul, and in
    characters by their first Korean reading) and
    the Hangul names of the places, groups, parties and armies (ヨナンパ, 연안파), by the katakana fold of the
    Hangul (`romanize.kana_key`), with the positions of those spellings; a group's name cut from its name with 파 is
    left out (남로당 is first the party). A name beginning with 리, 림, 류 (or 녀, 뇨 ...) is also kept as the South
    writes it, 이, 임, 유: Japanese texts follow either (イ・カングク for 리강국)."""
    index = _index()
    if "kana" not in index.derived:
        found: dict[str, set[int]] = {}
        for position, spelling in enumerate(index.spellings):
            hangul = spelling.spelling.replace(" ", "")
            if spelling.kind == "person" and spelling.system not in _LOOSE_SYSTEMS and 2 <= len(hangul) <= 4 and (
                    rz.script(hangul) == "cjk") and spelling.id not in _foreign_keys():
                # 姜信泰, Kang Kon's birth name, read in Korean: カン・シンテ
                for reading in rz.korean_readings(hangul)[:1]:
                    for key in _kana_key_options(reading):
                        found.setdefault(key, set()).add(position)
                continue
            if spelling.system in _LOOSE_SYSTEMS or not hangul or not all(rz.is_hangul(ch) for ch in hangul) or (
                    spelling.kind == "group" and spelling.system == "name of the group without 'faction'"):
                continue
            if spelling.kind == "person" and not 2 <= len(hangul) <= 4:
                continue
            forms = {hangul, rz.southern_initial(hangul[0]) + hangul[1:]}
            if spelling.kind == "place" and len(_PLACE_SUFFIX_CJK.sub("", hangul)) >= 2:
                forms.add(_PLACE_SUFFIX_CJK.sub("", hangul))  # 청천강 also as 청천: チョンチョン川
            for form in forms:
                for key in _kana_key_options(form):
                    found.setdefault(key, set()).add(position)
        index.derived["kana"] = {key: sorted(positions) for key, positions in found.items()}
    return index.derived["kana"]


def _own_korean_reading(place: str, characters: str) -> bool:
    """Whether characters read in Korean give a Korean place's Hangul name (平壤 평양 for Pyongyang; not 首爾,
    수이, Seoul's Chinese name). True when the place has no Hangul name in places.csv."""
    hangul = _entities().get(("place", place), {}).get("hangul")
    if not isinstance(hangul, str) or not hangul:
        return True
    return hangul.replace(" ", "") in rz.korean_readings(characters, limit=8)


def _on_names() -> dict[str, list[int]]:
    """Every name in the course written in Chinese characters (people, places, parties, armies, groups), by
    the Japanese on readings of its characters (`romanize.japanese_on_readings`; a city's 市 left off), with
    the positions of those spellings."""
    index = _index()
    if "on" not in index.derived:
        found: dict[str, set[int]] = {}
        for position, spelling in enumerate(index.spellings):
            if rz.script(spelling.spelling) != "cjk" or spelling.system in _LOOSE_SYSTEMS:
                continue
            written = _CJK_ADMIN.sub("", rz.fold_shinjitai(spelling.spelling))
            only = None
            if spelling.kind == "place" and spelling.id in _korean_place_kinds() and not _own_korean_reading(
                    spelling.id, written):
                if spelling.system not in ("hanja", "Hanja"):
                    continue  # 首爾, Seoul's Chinese name since 2005, is no name a Japanese text reads (Suiho)
                # a Hanja name that is not the place's Korean name (京城, not 서울) only by the Japanese reading the
                # data give it (Keijō, けいじょう; not Kyōjō, a word, nor 漢城 Kanjō)
                only = {rz.on_key(other.spelling) for other in index.spellings if (other.kind, other.id) == (
                    "place", spelling.id) and other.system == "japanese" and rz.script(other.spelling) == "latin"}
            forms = {written}
            if spelling.kind == "place":  # 鴨綠江 also without 江: "Oryoku" as well as "Oryokko"
                forms.add(_PLACE_SUFFIX_CJK.sub("", written) or written)
            for form in forms:
                for key in rz.japanese_on_readings(form):
                    if len(key) >= 4 and (only is None or key in only):
                        found.setdefault(key, set()).add(position)
        index.derived["on"] = {key: sorted(positions) for key, positions in found.items()}
    return index.derived["on"]


# Japanese words and names of places outside the course whose readings are those of a place in it: the Diet
# (国会 kokkai), the Yellow Sea (黄海 kōkai, also 江界 Kanggye), the Hamgyŏng provinces (咸鏡 kankyō), Kantō and
# Kando (関東, 間島), South Korea (韓国 kankoku), "company" (会社 kaisha), the Soviet Union (ソ連 soren), 高山 kōsan.
_JAPANESE_WORDS = frozenset({"kokkai", "kokai", "kankyo", "kanto", "kando", "kankoku", "kaisha", "soren", "kosan",
                             "kaizan", "chosen", "nihon", "nippon", "shina", "manshu", "tokyo", "osaka", "kyoto",
                             # a given name or a word as often as a Korean place's Japanese name: Yuki (雪, 雄基
                             # Unggi), Kahei (貨幣), Kaisen (開戦),
                             # Fusen (風船; 赴戦 is Pujŏn, not 釜山)
                             "yuki", "kahe", "kaisen", "fusen", "kinjo",  # (金城 Kinjō, a Japanese surname)
                             "chikyu", "tikyu"})  # 地球, the Earth (Taikyū is 大邱); as `romanize.on_key` folds them


# Kunrei-shiki romanization (the Japanese government's, used on colonial-era maps: Keizyo, Heizyo) and the
# Hepburn spelling that the on readings are compared in
_KUNREI_HEPBURN = {"zy": "j", "sy": "sh", "ty": "ch", "si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji"}
_KUNREI = re.compile(r"zy|sy|ty|(?<![cs])hu|(?<!s)si|ti|tu|zi")  # in lower case (not re.IGNORECASE: it takes ı for i)


def _japanese_reading(query: str, kind: str | None, consider) -> None:
    """A name given by the Japanese reading of its characters, in Latin letters as colonial-era records and
    Japanese texts write it ("Boku Ken'ei", "Kin Nissei", "Heijō") or in kana (ぼく けんえい, サイ・ヨウケン): taken
    when exactly one thing in the course reads so. One word is read only as a place's or a body's name, and only
    suggested (Japanese has many homophones: Kōkai is both 江界 Kanggye and 黄海 the Yellow Sea); ordinary words
    and other places that share a reading (`_JAPANESE_WORDS`) are left alone."""
    latin = rz.katakana_to_latin(query) if rz.script(query) == "kana" else query
    words = rz.words(latin)
    if not 1 <= len(words) <= 4:
        return
    keys = {rz.on_key(latin), rz.on_key(" ".join([*words[1:], words[0]]))}
    if rz.script(query) == "latin" and _KUNREI.search(latin.casefold()):  # Keizyo, Kunrei-siki's Keijo
        hepburn = _KUNREI.sub(lambda found: _KUNREI_HEPBURN.get(found.group(), found.group()), latin.casefold())
        if len(words) == 1 and rz.on_key(hepburn) in _JAPANESE_WORDS:
            return  # Husen: fusen, a word
        keys |= {rz.on_key(hepburn), rz.on_key(" ".join([*rz.words(hepburn)[1:], rz.words(hepburn)[0]]))}
    index = _index()
    owners = {(index.spellings[position].kind, index.spellings[position].id): position
              for key in keys for position in _on_names().get(key, [])}
    if len(words) == 1 and rz.on_key(latin) in _JAPANESE_WORDS:
        return
    dictionary = re.fullmatch(r"[\u3041-\u3096]+", query.strip()) and len(rz.on_key(latin)) >= 10
    owners = {entity: position for entity, position in owners.items() if (kind is None or entity[0] == kind) and (
        len(words) > 1 or entity[0] in ("place", "party", "army", "group")  # one word: a place's or a body's name
        # (それんは, ソ連派); a whole name run together in kana is not read, as a word may read so: なんにち is 何日,
        # "what day", not Nam Il; ほうがくせい 法学生, "a law student", not Pang Hak-se (方學世)
        or dictionary and entity[0] == "person" and entity[1] not in _foreign_keys() and len(
            index.spellings[position].spelling.replace(" ", "")) >= 3)  # but a Korean's name of three characters
        # in hiragana run together, ten letters of reading or more, as a dictionary gives its reading
        # (きょていしゅく, 許貞淑; not さいしゅうかい, 最終回, nor いしんしき, Vyshinsky's transcription)
        and index.spellings[position].system != "abbreviation"}  # 韩军 read "Kan gun" is no name anyone writes
    if len(owners) == 2 and {entity[0] for entity in owners} == {"place", "group"} and len(
            {entity[1] for entity in owners}) == 1:
        faction = re.search(r"(?:派|ぱ|パ|は|ハ)$", query.strip())  # えんあん, 延安: the place; エンアン派, the group
        owners = {entity: position for entity, position in owners.items() if entity[0] == (
            "group" if faction else "place")}
    if len(owners) == 1:
        consider(next(iter(owners.values())), _LOOSE * 0.95, "exact" if len(words) > 1 else "suggestion")


def _katakana_name(query: str, kind: str | None, consider) -> None:
    """A Korean name in Japanese katakana (パク・ホニョン, ピョンヤン), or in characters and katakana (朴金チョル):
    read in Latin letters (characters by their Korean readings) and compared with the Hangul names of the
    Korean people and of the places under the katakana fold; taken only when exactly one has that fold."""
    query = rz.hiragana_to_katakana(query)
    runs = re.findall(r"[\u30a0-\u30ff]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u30a0-\u30ff\u3400-\u4dbf"
                      r"\u4e00-\u9fff\uf900-\ufaff]+", query)
    readings = [""]
    for run in runs:
        if rz.has_katakana(run):
            options = [rz.katakana_to_latin(run)]
        elif rz.script(run) == "cjk":
            options = [rz.hangul_to_latin(reading) for reading in rz.korean_readings(run)[:3]]
        else:
            options = [run]
        readings = [f"{done} {option}" for done in readings for option in options][:12]
    index = _index()
    owners: dict[tuple[str, str], int] = {}
    for reading in readings:  # each entity's first Hangul name of that fold (개성, not GeoNames' 개성특급시)
        for position in _kana_names().get(rz.kana_key(reading), []):
            owners.setdefault((index.spellings[position].kind, index.spellings[position].id), position)
    if not owners:
        # リムジンガン, ラクトンガン: the North's ㄹ (or ㄴ) at a name's start, which the South drops or writes ㄴ
        # (림진강 and 임진강), read as the South's when the name's characters read so in the North (臨津江, 림진강):
        # not リムジン, "limousine", nor ラム・イル or リャン・ヒョンソプ, whose characters (南日, 楊亨燮) never did
        for reading in readings:
            southern = re.sub(r"^r(?=[aoeu])", "n", re.sub(r"^[rn](?=[iy])", "", reading.strip()))
            for position in _kana_names().get(rz.kana_key(southern), []) if southern != reading.strip() else []:
                entity = (index.spellings[position].kind, index.spellings[position].id)
                if rz.kana_key(reading) in _characters_kana_keys(entity):
                    owners.setdefault(entity, position)
    owners = {entity: position for entity, position in owners.items() if kind is None or entity[0] == kind}
    if len(owners) == 1:
        consider(next(iter(owners.values())), _LOOSE * 0.95, "katakana")


def _characters_kana_keys(entity: tuple[str, str]) -> set[str]:
    """The katakana folds (`_kana_key_options`) of every Korean reading, the North's and the South's, of an entity's
    names in characters (臨津江: 림진강 and 임진강), read once per entity and kept."""
    known = _index().derived.setdefault("characters kana", {})
    if entity not in known:
        known[entity] = {key for spelling in _index().spellings if (spelling.kind, spelling.id) == entity
                         and rz.script(spelling.spelling) == "cjk"
                         for reading in rz.korean_readings(spelling.spelling)[:4] for key in _kana_key_options(reading)}
    return known[entity]


def _place_latin_keys() -> list[tuple[str, int]]:
    """(plain key, position) of every Latin spelling in the data, and of each Korean place's own Hangul name
    (places.csv) in Revised Romanization when it has eight letters or more (판문점, Panmunjeom, which no row need
    write out; not 대구, Daegu, which is one letter from Daebu, Busang and many more), for `_place_slip`."""
    index = _index()
    if "latin_keys" not in index.derived:
        places = load("places")
        korean = {str(place.name_hangul): place.place_id for place in places.itertuples(index=False)
                  if str(place.country_today).lower() in ("dprk", "rok") and isinstance(place.name_hangul, str)}
        index.derived["latin_keys"] = [(normalise(s.spelling), i) for i, s in enumerate(index.spellings)
                                       if rz.script(s.spelling) == "latin"] + [
            (key, i) for i, s in enumerate(index.spellings) if s.kind == "place" and korean.get(s.spelling) == s.id
            and len(key := normalise(rz.hangul_to_latin_said(s.spelling))) >= 8]
    return index.derived["latin_keys"]


def _place_slip(query: str, consider) -> None:
    """A place name with one letter dropped, added or changed by a typist or a scanner ("Hungam" for Hungnam,
    "Haeau" for Haeju): suggested when the query has at least five letters, keeps the first letter, and
    exactly one place, and nothing else the course names, is one letter away."""
    from rapidfuzz.distance import Levenshtein

    key = normalise(query)
    if len(key) < 5 or not key.isalpha() or key in _other_korean_places():
        return  # (Daejeong, a town on Jeju, is no slip of Taejon)
    near = {}
    for name, position in _place_latin_keys():
        if name[:1] == key[:1] and abs(len(name) - len(key)) <= 1 and Levenshtein.distance(key, name) == 1 and (
                name.replace("ng", "n") != key.replace("ng", "n")):  # (n for ng is another syllable, no slip: Kaeson,
            # 개선, a quarter of Pyongyang, is not Kaesong, 개성)
            spelling = _index().spellings[position]
            near.setdefault((spelling.kind, spelling.id), position)
    if len(near) == 1 and next(iter(near))[0] == "place":
        consider(next(iter(near.values())), 0.8, "suggestion")


def _organization_keys() -> list[tuple[str, int]]:
    """(plain key, spelling position) of the names of parties and armies, for `_generic_name`."""
    index = _index()
    if "organizations" not in index.derived:
        index.derived["organizations"] = [(normalise(s.spelling), i) for i, s in enumerate(index.spellings)
                                          if s.kind in ("party", "army")]
    return index.derived["organizations"]


def _organization_readings() -> list[tuple[int, str]]:
    """(spelling position, Sino-Vietnamese reading) of the names of parties and armies in characters."""
    index = _index()
    if "organization_readings" not in index.derived:
        index.derived["organization_readings"] = [
            (i, reading) for i, s in enumerate(index.spellings) if s.kind in ("party", "army")
            and rz.script(s.spelling) == "cjk" for reading in rz.vietnamese_readings(s.spelling)]
    return index.derived["organization_readings"]


# Region words that begin the Chinese names of some organisations and are often left out: 華北朝鮮獨立同盟 is
# also written 朝鮮獨立同盟 (North China, Northeast)
_CJK_REGION_WORDS = ("華北", "华北", "東北", "东北")


def _without_region_word(query: str, kind: str | None, consider) -> bool:
    """A party's or army's name in characters typed without its leading region word (朝鲜独立同盟 for
    华北朝鲜独立同盟), simplified or traditional alike (compared by pinyin), or with one that the course's name
    of it lacks (华北朝鲜义勇军 for 朝鲜义勇军); taken only when exactly one entity's name is so."""
    if rz.script(query) != "cjk" or len(query.strip()) < 4:
        return False
    if query.strip().startswith(("华北朝鲜", "華北朝鮮")):  # 华北朝鲜义勇军: the course names it 朝鲜义勇军
        found = {(index_spelling.kind, index_spelling.id): position for _, position, how in
                 _search(query.strip()[2:], kind) if how == "exact"
                 for index_spelling in [_index().spellings[position]] if index_spelling.kind in ("party", "army")}
        if len(found) == 1:  # only North China (东北朝鲜人民军 is not the KPA), and only suggested
            consider(next(iter(found.values())), _LOOSE * 0.95, "suggestion")
            return True
    asked = set(rz.pinyin_readings(query.strip()))
    index, found = _index(), {}
    for position, spelling in enumerate(index.spellings):
        text = spelling.spelling
        if spelling.kind in ("party", "army") and (not kind or spelling.kind == kind) and \
                text.startswith(_CJK_REGION_WORDS) and asked & set(rz.pinyin_readings(text[2:])):
            found.setdefault((spelling.kind, spelling.id), position)
    if len(found) != 1:
        return False
    consider(next(iter(found.values())), _LOOSE * 0.95, "part")
    return True


# Words that are part of one course body's name but name other things as often: 民主黨 (many democratic
# parties), 联合国 (the United Nations itself), 천도교 (the religion), 의용군 / 義勇軍 (any volunteer army).
_COMMON_BODY_WORDS = frozenset({"민주당", "民主黨", "民主党", "联合国", "聯合國", "联合國", "천도교", "天道教",
                                "의용군", "義勇軍", "义勇军", "국군", "國軍", "国军", "국민당", "國民黨", "国民党",
                                "신민당", "新民黨", "新民党", "인민군", "人民軍", "人民军"})


# Offices written after the name of an army, a party or a country: commander, chairman, premier, secretary (사령원,
# 司令员, 委員長, 主席, 首相)
_OFFICE_AFTER_BODY = re.compile(r"\s*(?:사령원|사령관|총사령관|司令员|司令員|司令官|總司令|总司令|総司令|위원장|委員長|"
                                r"委员长|主席|주석|总理|總理|首相|총리|수상|總書記|总书记|書記長|书记长|大統領|大总统|"
                                r"總統|总统|대통령|서기장|政治委員|政治委员|정치위원)$")
# (and a headquarters, 본부: 한국 육군본부)
_COMMAND_WORDS = ("사령부", "司令部", "총사령부", "總司令部", "总司令部", "본부", "本部")


# Names of other things that are also words of a body's name: the United Nations is not its Command, Chondogyo
# (the religion) not the Chondoist Chongu Party.
_NOT_A_BODY = frozenset(normalise(name) for name in (
    "United Nations", "Nations Unies", "Liên Hợp Quốc", "Chondogyo", "Cheondogyo", "Ch'ŏndogyo", "Chondoism", "천도교",
    "天道教", "天道敎",
    "Social Democratic Party",  # many countries' party, not only the Korean Democratic Party's name since 1981
    # a country's name is the country, not the party or the army that bears it (North Korea is not the Workers'
    # Party of North Korea)
    "North Korea", "South Korea", "Northern Korea", "Southern Korea", "Korea", "North Korean", "South Korean", "Korean",
    "Soviet Union", "China", "Nordkorea",
    "Südkorea", "Corée du Nord", "Corea del Norte", "Corea del Nord", "Северная Корея", "Северной Кореи",
    "Южная Корея", "Южной Кореи", "Советский Союз", "Советского Союза", "Китай", "Китая",
    # and English words of a body's name that are as much another's or a region's: the PLA is a Liberation Army,
    # 조선인민당 the People's Party of 1945, North China a region (a fresh review's probes)
    "Liberation Army", "Liberation", "People's Party", "Peoples Party", "North China", "Korean Independence",
    "of the Soviet Union",
    # and an adjective with its article, which is part of many names and names no body (MacArthur's "the Soviet" for
    # the Soviet state)
    "the Soviet", "the Korean", "the Chinese", "the North Korean", "the South Korean", "of the Korean"))


# What is left of a numbered army's or corps' name, run together (`normalise`), when a name without its number is
# taken out of it: its ordinal in words or figures, or its Roman numeral
_ORDINAL_LEFT = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?|[ivxl]+)"
                 r"(?:us|unitedstates)?(?:inkorea)?")  # (with "in Korea" after it: the United States Army is no
# slip of the Eighth United States Army in Korea)


def _generic_name(query: str, kind: str | None, consider) -> None:
    """A word that is part of the names of several parties or armies, typed alone: 공산당, 共産黨,
    "Communist Party" (the Korean, North Korean, Soviet and Chinese ones), "People's Army". Each is
    suggested, none is taken as the answer."""
    query = re.sub(r"^\s*the\s+(?=\S)", "", query, flags=re.IGNORECASE)  # the People's Army: the article is no part
    query = re.sub(r"^\s*народн(?:ой|ую|ою)\s+арми(?:и|ю|ей|ею)\s*$", "Народная армия", query,
                   flags=re.IGNORECASE)  # Народной армии: the People's Army in the Soviet press, in its cases
    if normalise(query) in _NOT_A_BODY:
        return
    keys = {normalise(query)} | set(_plain_keys(query)[1:2]) if rz.script(query) == "cjk" else {normalise(query)}
    if rz.script(query) == "cjk":  # 义勇军 is also the end of 中国人民義勇軍, a name in the other script
        keys |= {normalise(form) for form in rz.other_chinese_script(query)}
    if normalise(query) == "의용군":  # and 의용군 is 義勇軍 read in Korean: the CPV's too (중공 의용군)
        keys |= {"義勇軍"}
    shortest = 3 if rz.script(query) in ("hangul", "cjk") else 8
    found: dict[tuple[str, str], int] = {}
    for key in keys:
        if len(key) < shortest:
            continue
        for name, position in _organization_keys():
            spelling = _index().spellings[position]
            # in Hangul and characters the kind of body comes last, so a part is a name's end (志願軍 of
            # 中國人民志願軍); its beginning is what the body belongs to (东北抗联 of 东北抗联教导旅, the 88th
            # Brigade, is the Northeast Anti-Japanese United Army)
            if rz.script(query) in ("hangul", "cjk"):  # ... or the forces of a command (유엔군 of 유엔군사령부)
                inside = name.endswith(key) or (name.startswith(key) and name[len(key):] in _COMMAND_WORDS)
            else:
                inside = key in name and not re.fullmatch(_ORDINAL_LEFT, name.replace(key, "", 1))
                # (not a numbered army's name without its number: the United States Army in Korea is no slip of the
                # Eighth United States Army in Korea)
            if inside and key != name and (not kind or spelling.kind == kind):
                found.setdefault((spelling.kind, spelling.id), position)
    syllables = rz.vietnamese_key(query) if rz.script(query) == "latin" else ""
    if syllables.count(" ") >= 2 and not found:  # Chí nguyện quân: the last words of 中國人民志願軍 read in
        # Sino-Vietnamese, which are answered as those characters are (its end, as in characters: Nam Triều Tiên,
        # 南朝鮮, begins 南朝鮮勞動黨 and is no party; Dân chủ đảng, 民主黨, is many countries' party), and only
        # suggested: a reading is less sure than the characters (Độc lập Đồng minh is also the Việt Minh's name)
        size = syllables.count(" ") + 1
        tails = {index_spelling.spelling[-size:] for position, reading in _organization_readings()
                 if f" {reading}".endswith(f" {syllables}") and syllables != reading
                 and len((index_spelling := _index().spellings[position]).spelling) == reading.count(" ") + 1
                 and (not kind or index_spelling.kind == kind)}
        if len({rz.simplified_characters(tail) for tail in tails}) == 1:  # (志願軍 and 志愿军 are one)
            answers = _search(sorted(tails)[0], kind)
            if len({(_index().spellings[p].kind, _index().spellings[p].id) for _s, p, _h in answers}) == 1 and (
                    answers[0][2] in _FIRM):
                consider(answers[0][1], answers[0][0] * 0.9, "suggestion")
        return
    if len(found) == 1 and rz.script(query) in ("hangul", "cjk") and normalise(query) not in _COMMON_BODY_WORDS:
        # (a part of an English name is only suggested: "Social Democratic Party" is many countries' party)
        # a part of one party's or army's name in Hangul or characters, and of no other's: a short form of it
        # (志願軍 of 中國人民志願軍, 조선독립동맹 of 화북조선독립동맹), taken as that one
        consider(next(iter(found.values())), _LOOSE * 0.95, "part")
        return
    for position in found.values():
        consider(position, 0.7, "generic")


@cache
def _foreign_people() -> frozenset[str]:
    """The ids of the people with no Korean name in people.csv (Soviet, Chinese, American and other foreigners)."""
    people = load("people")
    return frozenset(people.loc[people["name_hangul"].fillna("") == "", "person_id"])


@cache
def _foreign_keys() -> dict[str, list[str]]:
    """The people with no Korean name, by their Latin (and romanized Russian) names folded as Hangul writes
    foreign names (`romanize.foreign_key`): whole name, first name and surname, surname alone."""
    out: dict[str, list[str]] = {}
    for person in load("people").itertuples(index=False):
        if isinstance(person.name_hangul, str) and person.name_hangul:
            continue
        forms = [person.name, *_short_forms(person.name)]
        if isinstance(person.name_other, str) and rz.script(person.name_other) == "cyrillic":
            latin = rz.cyrillic_to_latin(person.name_other)
            forms += [latin, *_short_forms(latin)]
        for latin in _transcriptions_read_back("person", person.person_id):
            forms += [latin, *_short_forms(latin)]
        forms += _transcriptions_read_back("person", person.person_id, birth_names=True)  # whole: Скрябин alone is
        # as likely the composer as Molotov
        out[person.person_id] = list(dict.fromkeys(k for k in map(rz.foreign_key, forms) if len(k) >= 4))
    return out


@cache
def _russian_names_of_koreans() -> dict[str, tuple[list[str], set[str]]]:
    """The Soviet Koreans' Russian names, first name, patronymic and surname (Aleksei Ivanovich Hegai, Иван
    Афанасьевич Кан, read in Latin letters), with their short forms (Aleksei Hegai, Hegai), folded as `_foreign_keys`
    folds a foreigner's, so that such a name written in katakana or Hangul (アレクセイ・イワノヴィチ・ヘガイ, ヘガイ)
    is read as a foreign name is (`_closest_foreigner`). person_id -> (the folds of the names, those of the surnames).
    Only names with a patronymic and their short forms are compared so: not a Korean name in Russian letters (Kim Ir
    Sen, Ten San Din), nor a Russian first name before a Korean surname alone (Ivan Pak, a name many Soviet Koreans
    bore). After a first name and a patronymic, a transcription may end in the person's Korean surname or name (이반
    아파나시예비치 강)."""
    out: dict[str, tuple[list[str], set[str]]] = {}
    for spelling in _index().spellings:
        if spelling.kind != "person" or spelling.id in _foreign_keys() or spelling.system in (
                "garbled", *_LOOSE_SYSTEMS) or rz.script(spelling.spelling) not in ("latin", "cyrillic"):
            continue
        latin = spelling.spelling
        if rz.script(latin) == "cyrillic":  # Югай as English writes it, Yugai (not Jugaj), as a transcription reads
            latin = re.sub(r"j", "i", re.sub(r"j(?=[aeiou])", "y", rz.cyrillic_to_latin(latin)))
        if len(latin.split()) == 3 and any(_PATRONYMIC.search(word) for word in latin.split()):
            forms = [latin, *_short_forms(latin)]
            keys, surnames = out.setdefault(spelling.id, ([], set()))
            keys.extend(key for key in map(rz.foreign_key, forms) if len(key) >= 4 and key not in keys)
            surnames.add(rz.foreign_key(forms[-1].split()[-1]))  # the surname, last in the short forms
    for person in load("people").itertuples(index=False):  # and his Korean surname, or name, in Hangul, after a
        # first name and patronymic (이반 아파나시예비치 강; not 니콜라이 방, as common as Nikolai Pak)
        if person.person_id in out and isinstance(person.name_hangul, str) and person.name_hangul:
            out[person.person_id][1].update("+" + rz.foreign_key(rz.hangul_loanword_to_latin(form)) for form in (
                person.name_hangul[0], person.name_hangul))
    return out


# A Russian patronymic's ending, in Cyrillic and in Latin letters (Sergeyevich, Ivanovitch, Ivanovič, Ivanovna)
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|ovich|evich|ovitch|evitch|ovič|evič|ich|ovna|evna)$",
                         re.IGNORECASE)


def _consonant_skeleton(word: str) -> str:
    """The consonants of a first name in Latin letters (str), as an Arabic reading and an English spelling of it
    share them: ph, v and f one f; z one s; g, y one j; x ks; th, kh, sh, ch and tch one letter; vowels, h and w
    dropped, a letter doubled once ("Joseph" and "juzif" -> "jsf"; "Nikita" -> "nkt"; "Alexei" -> "lksj")."""
    word = rz.strip_marks(word).casefold()
    for pair, one in (("tch", "s"), ("ph", "f"), ("th", "t"), ("kh", "k"), ("sh", "s"), ("ch", "s"), ("x", "ks")):
        word = word.replace(pair, one)
    word = word.translate(str.maketrans("vzgycq", "fsjjkk"))
    consonants = re.sub(r"[^b-df-hj-np-tv-z]|[hw]", "", word)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _name_consonants(word: str) -> frozenset[str]:
    """The first two consonants of a first name (`_first_consonant_fits`), as readings in Thai and Hebrew and English
    spellings share them, in each way a reading may write them: ch and zh read as j (Thai จ writes j), sh as s, ph as
    f, th as t, kh as k, x as ks (Alexei, Hindi अलेक्सी "aleksi"); g, c and q as k (Thai ก writes g) and a g before e,
    i or y as j too (Thai จอร์จ, George); b, p, v and w as f (Thai ว and Hebrew ו write v), a w at the start also
    dropped (William, Hebrew "oilyam") and a Hebrew vav read as a vowel at the start also as f; d as t, z as s; h
    and y skipped, a letter doubled once
    ("James" and "chem" -> {"jm"}, "Georgy" -> {"kr", "jr"}, "Sergei" -> {"sr"}, "David" -> {"tf"})."""
    folded = rz.strip_marks(word).casefold()
    for pair, one in (("ch", "j"), ("zh", "j"), ("sh", "s"), ("ph", "f"), ("th", "t"), ("kh", "k"), ("x", "ks")):
        folded = folded.replace(pair, one)
    forms = {folded, re.sub(r"g(?=[eiy])", "j", folded)}
    forms |= {form[1:] for form in forms if form.startswith("w")}  # (William: Hebrew reads its w as a vowel)
    forms |= {"v" + form for form in forms if re.match(r"[ou][aeiouy]", form)}  # (ויאצ'סלב: vav read as o)

    def consonants(form: str) -> str:
        kept = re.sub(r"[^b-df-gj-np-tv-xz]", "", form).translate(str.maketrans("gcqbpvwdz", "kkkffffss"))
        return re.sub(r"(.)\1+", r"\1", kept)[:2]
    return frozenset(consonants(form) for form in forms) - {""}


def _first_consonant_fits(person: str, typed: str) -> bool:
    """Whether the first word of a foreign name read from another script (`typed`, Latin letters: "chem waen flit")
    begins with the consonants of one of the foreign person's first names as his Latin spellings of two words or
    more give them (`_name_consonants`: the first two alike, or the first when a short reading keeps one): Yuri
    Brezhnev is not Leonid, Sergei Malenkov not Georgy, David Rusk not Dean. False for a person who is not a
    foreigner of the course."""
    wanted = _name_consonants(typed.split()[0]) if typed.split() else frozenset()
    known = _index().derived.setdefault("first_consonants", {})
    if person not in known:
        known[person] = frozenset().union(*[_name_consonants(spelling.spelling.split()[0])
                                            for spelling in _index().spellings
                                            if (spelling.kind, spelling.id) == ("person", person)
                                            and rz.script(spelling.spelling) == "latin"
                                            and len(spelling.spelling.split()) >= 2])
    return person in _foreign_people() and any(
        own == typed_form or min(len(own), len(typed_form)) == 1 and own[:1] == typed_form[:1]
        for own in known[person] for typed_form in wanted)


def _first_names(person: str) -> tuple[set[str], set[str]]:
    """The first letters (in Latin letters) of a person's first names, and the patronymics the course gives him (in
    a Cyrillic name of three words, transliterated and casefolded; or their initials, after a surname): Joseph Stalin
    ({"J", "I"}, {"vissarionovich"}), Nikolai Podgorny ({"N"}, {"v"}). Read once per person and kept."""
    return _first_names_read(person)[:2]


def _latin_first_names(person: str) -> frozenset[str]:
    """A person's first names in Latin letters, Cyrillic ones transliterated, from his spellings of two words or more
    (not garbles nor initials): {"Andrei", "Andrey", "Andrej", ...} for Vyshinsky. Read with `_first_names`."""
    return _first_names_read(person)[2]


def _first_names_read(person: str) -> tuple[set[str], set[str], frozenset[str]]:
    """`_first_names` and `_latin_first_names` of a person, read once from the spellings and kept."""
    known = _index().derived.setdefault("first_names", {})
    if person not in known:
        known[person] = _read_first_names(person)
    return known[person]


def _read_first_names(person: str) -> tuple[set[str], set[str], frozenset[str]]:
    """`_first_names_read`, read from the spellings."""
    firsts, fathers, names = set(), set(), set()
    for spelling in _index().spellings:
        words = spelling.spelling.split()
        if (spelling.kind, spelling.id) != ("person", person) or len(words) < 2 or spelling.system in (
                "garbled", *_LOOSE_SYSTEMS) or rz.script(spelling.spelling) not in ("latin", "cyrillic"):
            continue
        latin = [rz.cyrillic_to_latin(word) if rz.script(word) == "cyrillic" else rz.strip_marks(word)
                 for word in words]
        if all(re.fullmatch(r"[^\W\d_]\.", word) for word in words[1:]):  # Иванов В. И.: the surname, then initials
            firsts.add(latin[1][:1].upper())
            if len(words) == 3:
                fathers.add(latin[2][:1].casefold())
            continue
        firsts.add(latin[0][:1].upper())
        if not re.fullmatch(r"[^\W\d_]\.", words[0]):  # (a first name written out, not its initial)
            names.add(latin[0])
        if rz.script(spelling.spelling) == "cyrillic" and len(words) == 3 and _PATRONYMIC.search(words[1]):
            fathers.add(latin[1].casefold())  # not an American's middle name (Уолтон Гаррис Уокер)
    return firsts, fathers, frozenset(names)


# Titles typed before a foreign person's name that say who he was: a civilian office must be among his posts
# (people.csv), and a junior officer's rank is no general's.
_OFFICE_TITLES = {"president": "president", "ambassador": "ambassador", "amb.": "ambassador", "professor": "professor",
                  "prof.": "professor", "посол": "ambassador", "pres.": "president", "pres": "president",
                  "президент": "president", "президентом": "president", "президента": "president",
                  "президенту": "president",
                  "premier": "premier", "chairman": "chairman", "대통령": "president", "주석": "chairman",
                  "prezidanto": "president", "prime minister": "premier",
                  "pangulong": "president", "tagapangulo": "chairman",  # (Tagalog)
                  "ерөнхийлөгч": "president",  # (Mongolian)
                  **dict.fromkeys(("prezydent", "prezydenta", "prezydentem", "prezydentowi"), "president"),
                  "primer ministro": "premier", "premier ministre": "premier", "primo ministro": "premier",
                  "primeiro-ministro": "premier", "primeiro ministro": "premier",
                  "premierminister": "premier", "ministerpräsident": "premier", "ministerprasident": "premier",
                  "ministerpräsidenten": "premier", "ministerprasidenten": "premier",
                  **dict.fromkeys(("председатель", "председателя", "председателю", "председателем", "председател",
                                   "председателят"), "chairman"),
                  # Greek πρόεδρος, a president or a chairman, as the titles are looked up: casefolded, its final ς a σ
                  **dict.fromkeys((word.casefold() for word in (
                      "πρόεδρος", "πρόεδρο", "πρόεδρον", "προέδρου", "προεδρος", "προεδρο", "προεδρον", "προεδρου")),
                      "president or chairman"),
                  "thủ tướng": "premier", "chủ tịch": "chairman", "tổng thống": "president",
                  "secretary of state": "secretary of state", "госсекретарь": "secretary of state",
                  # a secretary, in English and six other languages: a party's or a state's, which his posts must
                  # name (Secretary MacArthur, secretario Clark are no one)
                  **dict.fromkeys(("secretary", "secy", "secy.", "secretario", "secretário", "segretario",
                                   "secrétaire", "sekretär", "sekretarz"), "secretary"),
                  "госсекретарём": "secretary of state", "госсекретарем": "secretary of state",
                  "госсекретаря": "secretary of state", "госсекретарю": "secretary of state",
                  "usa-president": "president", "usa-presidenten": "president", "präsidenten": "president",
                  "präsident": "president", "us-präsident": "president", "us-präsidenten": "president",
                  "staatspräsident": "president", "staatspräsidenten": "president"}
_JUNIOR_RANKS = re.compile(r"^(?:lieutenant|lt\.|captain|capt\.|kapitan|капитан(?:ом|а|у)?|sergeant|sgt\.|major|"
                           r"maj\.|colonel|"
                           r"col\.)[\s-]+(?!g[eé]n(?:[eé]ral|\.|\b)|adm(?:iral|\.|\b))",  # (lieutenant-général)
                           re.IGNORECASE)
# Military ranks typed before a name, and the words of a soldier's posts: a general or a marshal is a soldier
# ("Marshal Liu" is Liu Bocheng, never Liu Shaoqi, a civilian)
_MILITARY_TITLES = re.compile(r"^(?:five[- ]star\s+general|полководц|полководец|heerführer|generaloberst|"
                              r"generalleutnant|"
                              r"generalmajor|général|generale|generał|generál|generaal|"
                              r"generalissim|(?:(?:đại|trung|thượng|thiếu|thống)\s+)?tướng|tuong|nguyên\s+soái|"
                              r"luitenant[- ]generaal|"
                              r"στρατηγ|"
                              r"الجنرال|"
                              r"marskalk|marszałek|maršál|mareșal|mareşal|marsekal|us-general|marŝalo|marsxalo|"
                              r"kenraali|jenderal|jendral|jeneral|jend\.|heneral|"
                              r"general|gen\b|(?:vice[- ]|grand[- ])?marshal|marshall|(?:grand[- ])?maréchal|mariscal|"
                              r"maresciallo|marechal|lieutenant[- ]colonel|lt\.?[- ]col\.|colonel|col\.|admiral|"
                              r"adm\b\.?|"
                              r"vice[- ]admiral|"
                              r"rear[- ]admiral|brigadier|brig\.|lieutenant[- ]?general|lt\.|major[- ]?general|maj\.|"
                              r"(?:lt|maj|brig)[- ]?gen\b|"  # (Lt Gen, Maj Gen without stops)
                              r"lieutenant[- ]général|tenente[- ]general|teniente\s+general|generall[öo]jtnant|"
                              r"generalløytnant|generalløjtnant|generalul[- ]locotenent|arm[ée]general|комдив|"
                              r"генерал|ген\.|маршал)", re.IGNORECASE)
# a rank in a person's posts (people.csv) that makes him a soldier though his posts name no army: Marshal of the
# Soviet Union, Generalissimo
_SOLDIERS_RANK = re.compile(r"marshal|generalissimo|general\b|admiral|colonel", re.IGNORECASE)
# a diplomat's posts, which a general's rank before the name does not fit (a minister may be a marshal: Beria)
_CIVIL_POSTS = re.compile(r"ambassador|diplomat|envoy|representative", re.IGNORECASE)
# and a civilian head of state or government, or a secretary of state (General Truman, General Kosygin are no one;
# not a deputy chairman of the Soviet council of ministers, as Beria, a marshal, was)
_HEADS_OF_STATE = re.compile(r"president|premier|prime minister|secretary of state|(?<!deputy )chairman of the "
                             r"(?:ussr )?(?:council of ministers|presidium)", re.IGNORECASE)
_NAVAL_TITLES = re.compile(r"^(?:(?:vice[- ]|rear[- ]|(?:lt\.?|lieutenant)[- ]?)?(?:admiral|adm\b\.?)|"
                            r"(?:phó\s+)?đô\s+đốc|(?:вице-|контр-)?адмирал(?:а|у|ом)?\s)", re.IGNORECASE)
# (and Lt. Adm., as a translation may write a vice admiral's rank; Vietnamese đô đốc, admiral; phó đô đốc, vice admiral)
# the general officers' ranks, the only ones a surname that is also a first name is read after (`_general_by_surname`)
_GENERALS_TITLES = re.compile(r"^(?:(?:(?:major|lieutenant|brigadier|maj\.|lt\.|brig\.)[- ]?)?(?:general\.?|gen\.?)|"
                              r"MG|BG|LTG|генерал(?:-майор|-лейтенант|-полковник)?(?:а|у|ом)?)\s", re.IGNORECASE)
_MILITARY_POSTS = re.compile(r"command|marshal|\barmy|military|chief of (?:the general )?staff|corps|brigade|division|"
                             r"officer|defen[cs]e|navy|naval|fleet|soldier|guerrilla|partisan|volunteers",
                             re.IGNORECASE)
# the posts of a man a general's rank fits: a soldier's, a soldier's rank, the head of the Soviet Civil Administration
# (the 25th Army's generals, Romanenko and Lebedev) or a delegate at the armistice talks (who held ranks: 金昌满少将)
_SOLDIER_POSTS = re.compile(_MILITARY_POSTS.pattern + "|" + _SOLDIERS_RANK.pattern + "|civil administration|armistice",
                            re.IGNORECASE)


@cache
def _posts(person: str) -> str:
    """A person's posts as people.csv gives them, lower case ("" for an id that is not a person's)."""
    people = load("people")
    return dict(zip(people["person_id"], people["posts"].fillna("").str.casefold(), strict=True)).get(person, "")


# The North's ministries as its ministers' titles name them (내무상, the Minister of Internal Affairs), with a word of
# the same ministry as people.csv's posts write it in English
_MINISTRIES = {"내무": "internal|interior", "외무": "foreign", "민족보위": "defen", "국방": "defen",
               "국가계획": "planning",
               "산업": "industr", "중공업": "heavy industr", "경공업": "light industr", "화학공업": "chemical",
               "재정": "financ", "농림": "agricultur", "농업": "agricultur", "상업": "commerce", "무역": "trade",
               "교통": "transport|railway", "체신": "communications", "보건": "health", "교육": "education",
               "문화선전": "culture|propaganda", "문화": "culture", "사법": "justice", "노동": "labou?r",
               "로동": "labou?r", "도시경영": "urban", "건설": "construction", "국가검열": "inspection|control",
               "수산": "fisher", "전기": "electric", "건재": "building materials", "부": "vice"}
# (and the premier, 수상, and a vice premier, 부수상, by those words in the posts)
_PREMIERS = {"수": r"(?<!vice )(?<!vice-)(?<!deputy )premier", "부수": r"(?:vice|deputy)[- ]premier"}
# Offices written after a name and a comma that people.csv's posts name (not ranks, which the posts often leave out)
_NOT_VICE = r"(?<!vice )(?<!vice-)(?<!deputy )"
# the posts a foreign minister's title must match: the minister's, not his deputy's (리강국 외상: Ri Kang-guk was vice
# foreign minister) nor a committee's on foreign affairs (김창만 외상)
_FOREIGN_MINISTER_POSTS = rf"{_NOT_VICE}(?:foreign minister|minister of foreign affairs)"
# A premier's post by any of its names (`_office_fits`, `_described_fits`): a prime minister, or a union's or a
# state's chairman of the council of ministers (not a republic's, RSFSR, nor a first deputy's)
_PREMIER_POSTS = (rf"{_NOT_VICE}premier|{_NOT_VICE}prime minister|"
                  rf"{_NOT_VICE}chairman of the (?:ussr |prc |dprk |soviet )?council of ministers")
_OFFICES = {"premier": _PREMIER_POSTS, "prime minister": _PREMIER_POSTS,
            "chairman": rf"{_NOT_VICE}chairman",
            # (and the Soviet head of state's post, which English calls president: President Podgorny)
            "president": rf"{_NOT_VICE}president|{_NOT_VICE}chairman of the presidium of the (?:ussr )?supreme soviet",
            "ambassador": "ambassador", "minister": r"\bminister\b",
            "president or chairman": rf"{_NOT_VICE}(?:president|chairman)",  # (Greek πρόεδρος, either)
            "secretary": "secretary", "secretary of state": "secretary of state"}


# The US Secretary of State's office in a man's posts (people.csv), a post of its own (not an assistant's, an under
# secretary's or Britain's Secretary of State for War), which other languages name their foreign minister's title
_US_SECRETARY_OF_STATE = re.compile(r"(?:^|;)\s*(?:us\s+|u\.s\.\s+)?secretary of state\b(?!\s+for)", re.IGNORECASE)


def _office_fits(person: str, office: str) -> bool:
    """Whether an office typed with a person's name (a minister's title in Korean, 외무상; an office after a comma,
    "Kim Il, Ambassador") is one of the person's posts in people.csv: 외무상 김일 is no one, Kim Il having been no
    foreign minister; False for a person whose posts the data do not give (an office is no answer then), True for
    ranks and words the posts do not name."""
    posts = _posts(person)
    ministry = re.fullmatch(r"(.+)상", office.strip())
    if ministry and ministry.group(1) in _PREMIERS:
        return not posts or bool(re.search(_PREMIERS[ministry.group(1)], posts))
    if ministry and ministry.group(1) in _MINISTRIES:
        word = _MINISTRIES[ministry.group(1)]
        if word == "foreign" and _US_SECRETARY_OF_STATE.search(posts):
            return True  # a foreign minister's title for the US Secretary of State (Foreign Minister Dean Rusk,
            # Ngoại trưởng Dean Rusk), as other languages name that office
        return not posts or bool(re.search(rf"{_NOT_VICE}minist\w*\W+(?:\w+\W+){{0,4}}?(?:{word})|"
                                           rf"{_NOT_VICE}(?:{word})\w*\W+minist", posts)
                                 if word != "vice" else re.search(r"vice[- ]minist", posts))  # (a vice-minister's
        # post is no minister's: 민족보위상 김웅, Kim Ung, was a vice-minister of defence)
    office = re.sub(r"^(?:the|acting)\s+", "", office.strip().casefold())  # (an acting premier: the premier's post)
    vice = re.match(r"(?:first[- ]+)?(?:vice|deputy)[- ]+(.+)", office)
    if vice:  # Kim Chaek, Vice Premier; Mikoyan, First Deputy Premier: a vice premier's post, or a deputy chairman's
        # of a council of ministers; a first one's only for a man the posts call first
        first = r"first[- ]+" if office.startswith("first") else r"(?:first[- ]+)?"
        base = vice.group(1) + ("|chairman of the (?:\\w+ )?council of ministers" if vice.group(1) == "premier" else "")
        return bool(posts) and (vice.group(1) not in _OFFICES or bool(re.search(
            rf"{first}(?:vice|deputy)[- ]+(?:{base})", posts)))
    pattern = _OFFICES.get(office)
    return bool(posts) and (pattern is None or bool(re.search(pattern, posts)))


# Ranks before a name that fit only a man whose posts make him a soldier (`_MILITARY_POSTS`, `_SOLDIERS_RANK`):
# Vietnamese, Czech and Indonesian generals' and marshals' ranks
_SOLDIERS_TITLES = re.compile(r"^(?:(?:trung|thượng|thiếu|thống|thuong|thieu|thong)\s+(?:tướng|tuong)|комдив|"
                              r"nguyên\s+soái|nguyen\s+soai|"
                              r"jendral|heneral|generál\s*(?:poručík|major|plukovník)|generał(?:a|owi|em)?)\s",
                              re.IGNORECASE)
# Comrade before a name, in the languages `_TITLES` reads it in
_COMRADE = re.compile(r"^(?:comrades?|cdes?\.?|tov\.?|comr\.|товарищ(?:ем|а|у)?|товариш(?:ем|а|у)?|тов\.|genossen?|"
                      r"genossin|"
                      r"camarada|camarade|"
                      r"compagno|drug|druže|towarzysz(?:a|u|em)?|tow\.|soudruh(?:a|u|em)?|súdruh(?:a|ovi|om)?|"
                      r"tovarăș(?:ul|ului)?|tovarăş(?:ul|ului)?|elvtárs|kameraad|kamrat|kamerat|toveri|seltsimees|"
                      r"yoldaş|đồng chí)\s", re.IGNORECASE)


def _general_after_fits(person: str) -> bool:
    """Whether a Hungarian or Icelandic general's title after the name (tábornok, hershöfðingi) fits the person:
    his posts (people.csv) name a command, a staff or an army and no lower rank (a brigadier's or a colonel's: Dodd,
    Rusk), and no head of state's or government's or diplomat's office (a vice premier's may be a soldier's: Peng
    Dehuai); a grade the posts cannot check is left unchecked."""
    posts = _posts(person)
    return bool(re.search(r"command|chief of (?:the general )?staff|\barmy\b", posts, re.IGNORECASE)) and not (
        re.search(r"brigadier|colonel|(?<!vice )(?<!vice-)(?<!deputy )(?:president|premier|prime minister)|"
                  r"secretary of state|ambassador|envoy|diplomat", posts, re.IGNORECASE))


# A minister of one ministry in one word in German, Norwegian, Danish and Swedish (Außenminister, forsvarsminister), as
# the North's minister of it in Korean (`_MINISTRIES`), to be checked against the posts as that one is
_COMPOUND_MINISTERS = {"aussen": "외무", "außen": "외무", "utenriks": "외무", "udenrigs": "외무", "utrikes": "외무",
                       "verteidigungs": "민족보위", "forsvars": "민족보위", "försvars": "민족보위",
                       "innen": "내무", "innenriks": "내무", "indenrigs": "내무", "inrikes": "내무"}


# A Korean chairman whom English calls a president (Kim Gu, chairman of the Provisional Government; the chairmen of
# the North's people's committee and of the Supreme People's Assembly's presidium): a state's head, not a
# commission's, a committee's or a party's chairman (Chong Chun-taek, of the State Planning Commission, was no
# president)
_HEAD_CHAIRMAN = re.compile(r"(?<!vice )(?<!vice-)(?<!deputy )chairman of the (?:\w+\W+){0,4}?(?:government|"
                            r"presidium|(?:north korean |provisional )+people's committee)", re.IGNORECASE)


# The Americans who held the five-star rank of General of the Army in the course's years (Marshall, MacArthur,
# Eisenhower, Arnold, Bradley; of them the course holds MacArthur)
_FIVE_STAR_GENERALS = frozenset({"douglas_macarthur", "george_marshall", "dwight_eisenhower", "omar_bradley",
                                 "henry_arnold"})
# the course's people who held the Red Army's grade of Marshal of the Soviet Union: Stalin (1943), Zhukov (1943),
# Beria (1945) and Brezhnev (1976); Shtykov, Malenkov, Molotov and Khrushchev never did
_SOVIET_MARSHALS = frozenset({"joseph_stalin", "georgy_zhukov", "lavrentiy_beria", "leonid_brezhnev"})
# the course's people who held a generalissimo's rank: Stalin (Generalissimo of the Soviet Union, 1945) and Kim Il Sung
# (대원수, 1992), the two the Russian генералиссимус is read before (`_TITLES`)
_GENERALISSIMOS = frozenset({"joseph_stalin", "kim_il_sung"})
# a general's and a marshal's titles: in English and Russian before a name (General Rusk, Lt. Gen. Rusk, маршал
# Молотов), in characters and Hangul after it (ボーンスティール元帥, 러스크 장군)
_GENERALS_BEFORE = re.compile(r"(?:(?:lieutenant|lt\.?|major|maj\.?|brigadier|brig\.?)[- ]?)?(?:gen\.?|general)\b"
                              r"(?![- ](?:secretary|consul|manager|assembly))|général|generał|generale|generál|"
                              r"генерал|маршал|marshal\b|maréchal|marschall|marszałek|mariscal|maresciallo|"
                              r"marechal|maršál", re.IGNORECASE)
_MARSHALS_BEFORE = re.compile(r"маршал|marshal|maréchal|marschall|marszałek|mariscal|maresciallo|marechal|maršál",
                              re.IGNORECASE)
_MARSHALS_CJK = frozenset({"元帅", "元帥", "원수", "大元帅", "大元帥", "대원수"})


def _foreign_rank_fits(person: str, marshal: bool) -> bool:
    """Whether a general's rank (`marshal` False) or a marshal's (True), typed with a foreigner's name, can be his, by
    his posts (people.csv): a general's not when the posts name a lower rank and no general's, marshal's or command
    (Dean Rusk, a colonel of 1945 who was never a general: General Rusk is no one; Bonesteel, a colonel then and the
    UN Command's commander later, is); a marshal's only an American five-star general's (`_FIVE_STAR_GENERALS`: マッ
    カーサー元帥 is the Japanese for his grade, ボーンスティール元帥 no one) or a Marshal of the Soviet Union's
    (`_SOVIET_MARSHALS`: Marshal Molotov is no one). Others' (the Chinese, the UN's other members') are not checked
    by the marshal's rule, whose holders the data do not list."""
    faction = _faction_of("person", person)
    if marshal and faction in ("usa", "ussr"):
        return person in (_FIVE_STAR_GENERALS if faction == "usa" else _SOVIET_MARSHALS | _GENERALISSIMOS)
    posts = re.sub(r"general[- ]secretary|secretary[- ]general|attorney[- ]general", "", _posts(person),
                   flags=re.IGNORECASE)
    return not (re.search(r"\b(?:colonel|major|captain|lieutenant)\b", posts, re.IGNORECASE) and not re.search(
        r"\bgeneral\b|marshal|command", posts, re.IGNORECASE))
# posts (people.csv) whose holder was a commander-in-chief: the UN Command's, a supreme commander, the President of the
# United States, the CPV's commander, the KPA's front commander (Kim Chaek, 전선사령관)
_COMMANDERS_IN_CHIEF = re.compile(r"commander-in-chief|commander in chief|supreme commander|president of the united "
                                  r"states|commander of the chinese people's volunteers|front commander",
                                  re.IGNORECASE)


# The US Army named before a rank (US Army General Ridgway), which `_TITLES` reads
_US_ARMY = re.compile(r"(?:(?:u\.\s?s\.|us|united\s+states)\s+army|army(?=\s+(?:(?:lt|maj|brig)\.?[- ]?)?gen\.))\s+",
                      re.IGNORECASE)  # (and AP's Army Gen. and Army Lt. Gen., a general of the US Army)


# "Doctor" after a name (李承晚博士, 이승만 박사), and the men of the course whom Korean and Chinese writing calls
# so, as the held-out rows of spellings.csv have it (李承晚博士; 김규식 박사, in a 2018 statement on the 1948
# North-South conference): Syngman Rhee and Kim Kyu-sik; for anyone else it names another man
_DOCTOR_TITLES = frozenset({"博士", "박사"})
# words of respect after a person's name (`_TITLES_AFTER`), which no body, state or place takes: Mr, Mrs, Miss, sir,
# teacher, elder
_HONORIFICS_AFTER = frozenset({"씨", "氏", "先生", "선생", "선생님", "さん", "女史", "女士", "君", "옹", "閣下",
                               "阁下"})
_STYLED_DOCTORS = frozenset({"syngman_rhee", "kim_kyu_sik"})


def _title_state_fits(person: str, after: re.Match) -> bool:
    """Whether the state written before the office of a title after a name (`_TITLES_AFTER`'s match: 트루먼 소련
    대통령, 김일성 전 소련 공산당서기장) is of the person's side (`_other_side_country`). True when no state is
    written, and for an ambassador's or a delegate's title, where the state may be either his own or his host's."""
    if re.search(r"大使|대사|代表", after.group(1)):
        return True  # 리상조 소련 대사, 슈티코프 북한 대사: before an ambassador's title the state is often the one he
        # was sent to, 駐/주 ("resident in") left out
    state = re.sub(r"[\s・]|전|공산당", "", after.group(0)[:after.start(1) - after.start(0)])
    return not state or not _other_side_country(state, person)  # (the check of a country before an office)


def _title_after_fits(person: str, title: str) -> bool:
    """Whether a title written after a name in characters, Hangul or kana (`_TITLES_AFTER`'s title) can be a
    foreign person's: a general's rank (将军, 中将, 장군: `_RANKS_CJK`) only a soldier's (his posts in people.csv),
    comrade (同志, 동지, 동무) only a communist's. 杜鲁门将军, 李奇微同志 are other men. A Korean's is checked only
    for a rank after the name of a civilian of the South or of the South's communists (李承晩元帥, 朴憲永将軍 are no
    one, as General Pak Hon-yong is not: `_title_fits`); not comrade (Korean nationalists too called one another
    동지). A doctor's title (博士, 박사) fits only the men styled so (`_STYLED_DOCTORS`), Korean or foreign."""
    title = title.strip(" ・")
    if title in _DOCTOR_TITLES:  # 김구 박사, 金日成博士: a doctor's title only for the men styled so
        return person in _STYLED_DOCTORS
    held = _POSTED_TITLES_AFTER.get(title)
    if held:  # フルシチョフ第一書記, ミコヤン第一副首相, マッカーサー総司令官: an office, only the man's whose posts
        # name it
        return bool(re.search(held, _posts(person), re.IGNORECASE))
    if title.startswith("国連軍"):  # 国連軍総司令官, 国連軍首席代表: the UN Command's commander or senior delegate,
        # only the man whose posts name that post of the UN Command
        return bool(re.search(r"\b(?:un|united nations) command", _posts(person))) and (
            ("delegate" in _posts(person)) == title.endswith("首席代表"))
    if person not in _foreign_people():
        return not (title in _RANKS_CJK and _faction_of("person", person) in ("rok", "domestic") and bool(
            _posts(person)) and not _SOLDIER_POSTS.search(_posts(person)))
    if title in _RANKS_CJK and not (_SOLDIER_POSTS.search(_posts(person)) and _foreign_rank_fits(
            person, marshal=title in _MARSHALS_CJK)):
        return False  # (ボーンスティール元帥: Bonesteel was never a marshal, `_foreign_rank_fits`)
    return not (title in ("同志", "同誌", "동지", "동무") and _side("person", person) != "communist")


# Japanese and Korean offices after a name (`_TITLES_AFTER`), each with the words of the posts (people.csv) of a man
# who held it: a party's first secretary, a council of ministers' first deputy chairman (a first vice premier), a
# commander-in-chief (as the English title is held, `_COMMANDERS_IN_CHIEF`; the Korean 총사령관 not a front's
# commander's: 맥아더 총사령관, not 김책 총사령관), and a supreme commander (최고사령관: Kim Il Sung's post from July
# 1950, and the UN Command's commander-in-chief's, 맥아더 UN군 최고사령관; not 박헌영 최고사령관, nor 최용건, the KPA's
# commander-in-chief of 1948)
_POSTED_TITLES_AFTER = {"第一書記": r"first secretary", "第一副首相": r"first (?:deputy|vice)[ -](?:chairman|premier)",
                        "総司令官": _COMMANDERS_IN_CHIEF.pattern,
                        "총사령관": r"commander-in-chief|commander in chief|supreme commander|"
                                    r"commander of the chinese people's volunteers",
                        "최고사령관": r"supreme commander|commander-in-chief, united nations command",
                        # a military government's commander (하지 군정 사령관: Hodge's, the US Army Military
                        # Government's head)
                        **dict.fromkeys(("군정사령관", "군정 사령관"), r"military govern"),
                        # Japanese 司令, "commander", short for 司令官 (マッカーサー司令): a commander's; and
                        # 總司令, "commander-in-chief", in any of its forms (マリク総司令 is no one)
                        "司令": r"command", "總司令": r"command", "总司令": r"command", "総司令": r"command"}


def _mans_title_after(title: str) -> bool:
    """Whether a title after a name (`_TITLES_AFTER`'s title: 外相, 国防部长, 第一書記) is a man's office
    (`_POSTED_TITLES_AFTER`, the offices of `_TITLE_OFFICE_POSTS`), which no state, body or place holds; not a rank,
    which after an army's name is a general of that army (朝鮮人民軍大将, 조선인민군 대장: the army), nor an honorific
    or comrade. A doctor's title is a man's (미국 박사, "an American-trained doctor", is no state)."""
    title = title.strip(" ・")
    return title in _POSTED_TITLES_AFTER or title in _DOCTOR_TITLES or any(
        pattern.search(title) for pattern, posts in _TITLE_OFFICE_POSTS
        if posts != _SOLDIER_POSTS.pattern and not posts.startswith(_KOREAN_SOLDIER_POSTS))


def _office_after_fits(person: str, title: str) -> bool:
    """Whether an office's title after a name in Latin letters (Dodd准将, MacArthur大使, Kim Il 대통령) can be the
    man's: a president's, a premier's, an ambassador's ... (`_TITLE_OFFICE_POSTS`) and a commander's only when his posts
    (people.csv) name that office (MacArthur大使 is his nephew; Kim Il was First Vice President, not 대통령); a rank
    only a soldier's (`_title_after_fits`); an honorific or comrade as `_title_after_fits` holds them. Any other office
    is not taken: the Latin name gives no other sign of whose it is."""
    title = title.strip(" ・")
    office = next((posts for pattern, posts in _TITLE_OFFICE_POSTS if pattern.search(title)), None)
    if office is not None:
        return bool(_posts(person)) and _posts_fit(person, office)
    if re.search(r"사령관|사령원|司令|总司令|總司令", title):
        return bool(re.search(r"command", _posts(person)))
    return title in _RANKS_CJK or title in ("同志", "同誌", "동지", "동무", "先生", "선생님", "씨", "氏", "さん",
                                            "閣下", "阁下")


def _titles_fit_answer(text: str, answer: Matches) -> bool:
    """Whether the titles typed before or after a name (`_TITLES`, `_TITLES_AFTER`) fit the person an answer
    names, whichever rule found him (a near miss of the bare name as well as the name itself): General Pak
    Hon-yong, 杜鲁门同志 are no one. True for an answer that is not a person."""
    if answer.empty or answer["kind"].iloc[0] != "person":
        return True
    person, typed = answer["id"].iloc[0], text.strip()
    if _TITLES.match(typed) and not _title_fits(person, typed):
        return False
    ruler = _COUNTRY_OFFICE_BEFORE.match(typed) if rz.script(typed) == "latin" else None
    state, office = (ruler.group(1), " ".join(ruler.group(3).casefold().split())) if ruler else ("", "")
    if ruler and (not all(_faction_of("person", person) in groups for pattern, groups in _COUNTRY_DESCRIBED
                          if re.search(pattern, state, re.IGNORECASE)) or state.casefold() == "korean" and (
            person in _foreign_people())):
        return False  # South Korean leader Kim Il Sung, American President Kim Il Sung, Japanese Premier Kim Il Sung,
        # Korean President Harry Truman: a state's office or ruler's word with the state's adjective before it, before
        # a full name of another side (the adjective before the office only: Soviet Ambassador to North Korea Shtykov
        # is the Soviet's)
    communist = bool(ruler and ruler.group("party"))
    party = communist and ("party" in ruler.group("party").casefold() or office in _RULER_WORDS)  # (Chinese
    # Communist Premier Chou En-lai: the Communist state's office, which the posts give as the PRC's; Chinese
    # Communist Party Chairman, South Korean Communist leader: the party's)
    if ruler and communist and _side("person", person) != "communist":
        return False  # American Communist leader Dean Acheson, Soviet Communist Premier Harry Truman
    if ruler and office in _RULER_WORDS and not _state_office_fits(person, state, party=party):
        return False  # American Communist leader Dean Acheson, Soviet leader Nam Il: a party's leader no communist, a
        # state's no national of it (a Soviet Korean led the North, not the USSR)
    if ruler and office not in _RULER_WORDS and office not in ("general", "marshal", "admiral") and (
            not _posts(person) or not (_office_fits(person, office) or office == "president" and (
                person not in _foreign_keys()) and _HEAD_CHAIRMAN.search(_posts(person))) or not _state_office_fits(
                person, state, party=party) or not _office_phrase_fits(person, office, "") or (
                party and not _party_post(person, office, state))):
        return False  # Soviet Premier Lavrentiy Beria, North Korean Vice Premier Kim Il Sung, Soviet Foreign Minister
        # Nam Il, Chinese Communist Party Chairman Liu Shaoqi, North Korean General Secretary Kim Kwang Hyop: an office
        # the posts do not give him (a first deputy chairman of the council of ministers was no premier; a Korean
        # chairman of the state is a president), or another state's or party's (a Soviet Korean held the DPRK's
        # offices), or any office of a man whose posts the data do not give
    premier = re.match(r"(?:the\s+)?((?:(?:first|vice|deputy|acting)[\s-]+){0,2})(?:prime\s+minister|premier)\s+\S",
                       typed, re.IGNORECASE)
    if premier and not (_posts(person) and _office_fits(person, " ".join((premier.group(1) + "premier").split()))):
        return False  # Prime Minister Lavrentiy Beria, First Deputy Premier Joseph Stalin: a premier's office, or a
        # deputy's, before a man who held none
    first = re.search(r"초대\s*(\S+)$", typed)
    if first and first.group(1) not in _FIRST_HOLDERS.get(person, ()) and not (
            first.group(1) == "대사" and re.search(r"\bfirst [^;]*ambassador", _posts(person))):
        return False  # 박정희 초대 대통령, 이승만 초대 주석: "first" before an office a man did not hold first (an
        # ambassador's when his posts say he was the first: Shtykov, the first Soviet ambassador to the DPRK)
    after = _TITLES_AFTER.search(typed) if rz.script(typed) in ("hangul", "cjk", "kana") else None
    return not after or _title_after_fits(person, after.group(1)) and _title_state_fits(person, after)


# The course's people who were the first holders of an office, with the Korean words for it that 초대 ("first")
# before it, after their names, may name: Syngman Rhee, the Republic of Korea's first president (1948); Kim Il Sung,
# the DPRK's first premier (1948) and first president (1972); Kim Tu-bong, the first chairman of the WPNK (1946) and of
# the Supreme People's Assembly's standing committee (1948); Kim Il, the first premier of the Administration Council
# (1972); Mao Zedong, the People's Republic's first chairman (1949)
_FIRST_HOLDERS = {"syngman_rhee": {"대통령"}, "kim_il_sung": {"수상", "주석"}, "kim_tu_bong": {"위원장"},
                  "kim_il": {"총리"}, "mao_zedong": {"주석"}}


def _monsieur(person: str, typed: str) -> bool:
    """Whether the "M." typed before a name can be French Monsieur's, as British and French papers of the
    course's years wrote it before a Soviet's or a Chinese's surname (M. Malik, M. Vyshinsky, M. Chou En-lai), and
    not an initial: never before an American's or a Briton's, whom those papers called Mr. (M. Truman is another
    Truman: Margaret), nor before a Korean surname alone (M. Kim). (The course's other Europeans are too few to
    tell.)"""
    return bool(_MONSIEUR.match(typed.strip())) and person in _foreign_people() and _faction_of(
        "person", person) in ("ussr", "prc")


# M. before a name and nothing else: French Monsieur (`_monsieur`), in Latin letters only (Cyrillic М. is an
# initial)
_MONSIEUR = re.compile(r"(?-i:M\.)" + _MONSIEUR_NAME)


# A party's secretary in people.csv's posts (`_title_fits`: Party Secretary Khrushchev, Stalin)
_PARTY_SECRETARY = (r"(?:kwp|kcp|cpsu|ccp|party|central committee|\bcc\b)[^;]*secretar|"
                    r"secretar[^;]*(?:kwp|kcp|cpsu|ccp|party|central committee|\bcc\b)")


def _title_fits(person: str, typed: str) -> bool:
    """Whether a title typed before a foreign person's name can be his: "President Harrison" is not William K.
    Harrison Jr., who held no such office; "Ambassador MacArthur" is the general's nephew; "Lieutenant Van Fleet"
    and "Captain Walker" the generals' sons; a Chinese leader whose posts are all civil is no general or marshal
    ("Marshal Liu" is Liu Bocheng, not Liu Shaoqi: Chinese surnames are shared by many). A Korean's title is checked
    only when it is a minister's of the North (`_office_fits`: 외무상 김일 is no one). True when no such title was
    typed or the person is Korean."""
    if _MONSIEUR.match(typed.strip()) and len(rz.words(typed)) == 2 and not _monsieur(person, typed) and not (
            _initial_fits("M", person)):
        return False  # M. Kim, M. Truman: a surname alone after M., which is Monsieur only before a Soviet's or a
        # Chinese's (`_monsieur`), or the man's own initial (M. Ridgway, Matthew)
    army = _US_ARMY.match(typed.strip())
    if army and _faction_of("person", person) != "usa":
        return False  # US Army General Peng Dehuai: the US Army's rank before another's name
    if re.match(r"jenderal\s+a\.?\s?s\.?\s", typed.strip(), re.IGNORECASE) and _faction_of("person", person) != "usa":
        return False  # Jenderal A.S. Stalin: Indonesian "US general" before another's name
    typed = typed.strip()[army.end():] if army else typed
    if _MILITARY_TITLES.match(typed.strip()) and _faction_of("person", person) == "prc" and not (
            _MILITARY_POSTS.search(_posts(person))):
        return False
    if _MILITARY_TITLES.match(typed.strip()) and _faction_of("person", person) in (
            "rok", "domestic", "nationalist", "independent", "yanan") and (
            _posts(person)) and not _SOLDIER_POSTS.search(_posts(person)):
        return False  # General Pak Hon-yong, lieutenant-général Syngman Rhee, Lieutenant-Colonel Cho Man-sik, Colonel
        # Kim Tu-bong: an officer's rank before the name of a civilian of the South, of the South's communists, of
        # the nationalists and independents, or of the Yan'an group, whose soldiers' posts name their commands (not
        # a Soviet's or a partisan's, whose ranks the posts may leave out: Marshal Beria, General Kim Il)
    if _SOLDIERS_TITLES.match(typed.strip()) and not _SOLDIER_POSTS.search(_posts(person)):
        return False  # Nguyên soái Molotov, Jendral Truman, Thiếu tướng Pak Hon-yong: a civilian is no general
    if _COMRADE.match(typed.strip()) and _side("person", person) != "communist":
        return False  # camarada Walker, drug Hodge: a comrade is a communist's title
    if re.match(r"полководц|полководец|heerführer", typed.strip(), re.IGNORECASE) and not re.search(
            r"command|\barmy\b|division|corps|brigade|partisan|guerrilla|marshal|generalissimo",
            re.sub(r"general[- ]secretary|secretary[- ]general", "", _posts(person)), re.IGNORECASE):
        return False  # полководец Ким Ку: a commander's title before a civilian
    if re.match(r"general\s+(?:do\s+ex[ée]rcito|del\s+ej[ée]rcito)\b", typed.strip(), re.IGNORECASE) and (
            person not in _FIVE_STAR_GENERALS):
        return False  # General do Exército, General del Ejército: the US grade in Portuguese and Spanish, its holders'
    if re.match(r"five[- ]star\s+general|general\s+of\s+the\s+army\b", typed.strip(), re.IGNORECASE) and (
            person not in _FIVE_STAR_GENERALS) and (_faction_of("person", person) in ("usa", "un_other", None)
                                                   or re.match(r"five", typed.strip(), re.IGNORECASE)):
        return False  # Five-Star General Walker, General of the Army Ridgway: the US Army's five-star grade of 1944,
        # which five Americans of the course's years held (MacArthur among them); Walker and Ridgway never held it.
        # Checked before an American's name only: the Red Army's генерал армии is also written General of the Army
        # in English (General of the Army Zhukov), and the course does not give the others' ranks
    if re.match(r"first\s+secretary", typed.strip(), re.IGNORECASE) and not _posts_fit(
            person, r"first secretary|responsible secretary"):
        return False  # First Secretary Molotov: a party's first secretary (Khrushchev; Kim Yong-bom, the North Korean
        # Bureau's "responsible" secretary of 1945, as English writes him) only
    if re.match(r"party\s+secretary", typed.strip(), re.IGNORECASE) and not _posts_fit(person, _PARTY_SECRETARY):
        return False  # Party Secretary Truman, Acheson: a party's secretary only (not a secretary of state, nor the
        # Central People's Committee's)
    if re.match(r"(?:đồng\s+chí\s+)?(?:lãnh\s+tụ|nhà\s+lãnh\s+đạo)", typed.strip(), re.IGNORECASE) and not (
            _STATE_LEADER_POSTS.search(_posts(person)) or any(re.match(
                r"\s*(?:founder and )?chairman\b|.*\b(?:general|first) secretary\b|.*\bleader of\b", post)
                for post in _posts(person).split(";"))):
        return False  # lãnh tụ Kim Chính Thục, nhà lãnh đạo Kim Chính Thục, lãnh tụ Beria: Vietnamese "leader" before
        # the name of one who led no state, party or body (a post that begins with chairman, not a vice or deputy
        # chairman's; a party's general or first secretary's)
    if re.match(r"commander[- ]in[- ]chief", typed.strip(), re.IGNORECASE) and not _COMMANDERS_IN_CHIEF.search(
            _posts(person)):
        return False  # Commander-in-Chief Walker, Joy: an army's or a fleet's commander was none
    if re.match(r"항일|북한\s*괴수|anti-japanese|antijapanische", typed.strip(), re.IGNORECASE) and (
            person in _foreign_people() or _side("person", person) != "communist"):
        return False  # 항일혁명투사 스탈린, 북한괴수 이승만: the North's epithets are its own fighters' and leaders'
    if re.match(r"general[íi]ss?im", typed.strip(), re.IGNORECASE) and person not in _GENERALISSIMOS:
        return False  # Generalissimo Molotov, Generalissimus Kim Chaek: a rank two of the course's men held
    if re.match(r"marshal\s+of\s+the\s+soviet|маршал\S*\s+советского", typed.strip(), re.IGNORECASE) and (
            person not in _SOVIET_MARSHALS):
        return False  # Marshal of the Soviet Union Shtykov, Peng Dehuai: the Red Army's grade, which few held
    if re.match(r"(?:colonel[- ]general|col\.?[- ]?gen\b\.?|general[- ]colonel|генерал[- ]полковник|generaloberst)",
                typed.strip(), re.IGNORECASE) and _faction_of("person", person) in ("usa", "un_other", "rok"):
        return False  # Colonel General Walker, MacArthur: a Soviet (and Korean People's Army) rank, which the armies
        # of the United States, the United Nations' other members and South Korea never had (a Soviet's is not
        # checked: texts of the occupation give its officers' grades wrongly, генерал-полковник Алексей Романенко)
    if re.match(r"(?:us|usa)-", typed.strip(), re.IGNORECASE) and _faction_of("person", person) != "usa":
        return False  # US-Präsident Kim Il Sung, USA-presidenten Stalin: an American office before another's name
    country = re.match(rf"({_KOREAN_COUNTRY_WORDS})(?![파계])\s*\S", typed.strip())  # (not 소련파, a faction)
    if country and _other_side_country(country.group(1), person):
        return False  # 중국 주석 김일성: another country's office
    office_name = re.match(rf"(?:thủ\s+tướng|chủ\s+tịch|tổng\s+thống)(?:\s+{_VIETNAMESE_COUNTRY_AFTER_OFFICE})?"
                           r"\s+(\S+)$", typed.strip(), re.IGNORECASE)
    if office_name and person not in _foreign_people():
        return False  # Chủ tịch Hồ is Ho Chi Minh, not Ho Hon: a Vietnamese office before a Korean's surname alone
        # (Tổng thống Truman, Chủ tịch Mao are the foreigners)
    vietnamese = re.match(rf"(?:thủ\s+tướng|chủ\s+tịch|tổng\s+thống)\s+({_VIETNAMESE_COUNTRY_AFTER_OFFICE})\s",
                          typed.strip(), re.IGNORECASE)
    if vietnamese and _other_side_country(_VIETNAMESE_COUNTRIES[re.sub(r"\s+", " ", vietnamese.group(1).casefold())],
                                          person):
        return False  # Tổng thống Mỹ Kim Nhật Thành: another country's office
    # (민족보위상인 최용건: "Choe Yong-gon, who is ...")
    minister = re.match(_COUNTRY_BEFORE_OFFICE + r"(\S+?상)(?:인)?\s", typed.strip())
    if minister and not _office_fits(person, minister.group(1)):
        return False
    compound = re.match(r"(\w+?)minister(?:en|n)?\s", typed.strip().casefold())
    if compound and compound.group(1) in _COMPOUND_MINISTERS and not _office_fits(
            person, _COMPOUND_MINISTERS[compound.group(1)] + "상"):
        return False  # Außenminister Pak Hon-yong, not Verteidigungsminister Pak Hon-yong
    english = _ENGLISH_MINISTER.match(typed.strip())
    if english and not _english_minister_fits(person, english):
        return False  # Foreign Minister Peng Dehuai, not Defence Minister Peng Dehuai
    title = _TITLES.match(typed.strip())
    if title and _OFFICE_TITLES.get(title.group(1).casefold()) == "ambassador" and not _posts(person):
        return False  # Amb. Chong Tal-hon: an ambassador's title needs the posts to name the post
    office = _OFFICE_TITLES.get(re.sub(rf"\s+{_VIETNAMESE_COUNTRY_AFTER_OFFICE}$", "", re.sub(
        _COUNTRY_BEFORE_OFFICE, "", title.group(1), count=1), flags=re.IGNORECASE).casefold() if title else "")
    if office in _OFFICES and not (_office_fits(person, office) or office == "president" and (
            person not in _foreign_keys()) and _HEAD_CHAIRMAN.search(_posts(person))):
        return False  # Pres. Kim Il, президент Пак Хон Ён, 대통령 박헌영: an office typed before a Korean's name, not
        # among his posts (a Korean chairman, 주석, is a president in English: President Kim Gu, chairman of the
        # Provisional Government)
    if person not in _foreign_keys():
        return True
    rank = _GENERALS_BEFORE.match(typed.strip())
    if rank and not _foreign_rank_fits(person, marshal=bool(_MARSHALS_BEFORE.match(rank.group()))):
        return False  # General Rusk (a colonel, never a general), Marshal Molotov
    if _MILITARY_TITLES.match(typed.strip()) and (_CIVIL_POSTS.search(_posts(person)) or _HEADS_OF_STATE.search(
            _posts(person))) and not (_MILITARY_POSTS.search(_posts(person)) or _SOLDIERS_RANK.search(_posts(person))):
        return False  # Generalmajor Ivanov, General Ivanov: a general's rank before a foreigner whose posts are a
        # diplomat's only (Vasily Ivanov, ambassador) names another man (posts that name neither, Romanenko's
        # "Head of the Soviet Civil Administration", say nothing against it)
    naval = re.search(r"navy|naval|fleet", _posts(person)) and not re.search(r"\barmy|division|corps", _posts(person))
    if _NAVAL_TITLES.match(typed.strip()) and not naval or _MILITARY_TITLES.match(typed.strip()) and naval and not (
            _NAVAL_TITLES.match(typed.strip())):
        return False  # Admiral Clark is not General Mark Clark, nor Colonel Joy Admiral Joy
    if office and office not in _OFFICES and office not in _posts(person):
        return False  # Professor Lebedev (an office the posts name word for word; the others are checked above)
    junior = _JUNIOR_RANKS.match(typed.strip())
    rank = junior.group().strip(" -.").casefold() if junior else ""
    rank = {"col": "colonel", "lt": "lieutenant", "capt": "captain", "maj": "major", "sgt": "sergeant",
            "kapitan": "captain"}.get(rank, "captain" if rank.startswith("капитан") else rank)
    # (Colonel Bonesteel: a colonel in 1945, his posts say)
    # (Captain Stalin, Kapitan Zhukov: a junior rank fits a foreigner whose posts the data give only if they name
    # that rank)
    return not (junior and _posts(person) and not re.search(rf"\b{rank}\b", _posts(person)))


def _without_titles(typed: str) -> str:
    """The typed name without the titles before it (`_TITLES`: Mr. T.M. Chou, General J. MacArthur, Lt.-Gen. V.
    Stalin -> T.M. Chou, J. MacArthur, V. Stalin), so that initials after them can be held to the man; Monsieur's M.
    is a title only before a surname (M. Molotov), never before another initial (M. M. Kaganovich)."""
    text = typed.strip()
    while (title := _TITLES.match(text)) and title.end() < len(text) and not re.match(r"M\.\s*[A-ZА-ЯЁ]\.", text):
        text = text[title.end():].lstrip(" .-")
    return text


def _initials_fit(person: str, typed: str) -> bool:
    """Whether the initials typed before a foreign person's surname can be his: the first his first name's, a second
    his patronymic's (when the course gives one) or his middle name's (`_middle_name_fits`): V. I. Stalin (his son
    Vasily) and S. Khrushchev (his son Sergei) are not they. True when no initials were typed."""
    typed = _spaced_initials(_without_titles(typed))  # (Mr. T.M. Chou: the initials after a title; I. Ya Stalin)
    initial = rf"(?:[A-ZА-ЯЁ]|{_DIGRAPH_INITIAL})\."
    leading = re.match(rf"(?:{initial}\s*)+", typed.strip())  # before the surname, not a middle initial
    # or after the surname: Иванов В. И., Molotov, V. Ya.
    trailing = None if leading else re.search(rf"(?<=[^\W\d_]{{2}}),?\s+(?:{initial}\s*)+$", typed.strip())
    initials = re.findall(rf"((?:{_DIGRAPH_INITIAL})|[A-ZА-ЯЁ])\.", (leading or trailing).group()) if (
        leading or trailing) else []
    if not initials or person not in _foreign_keys():
        return True
    digraphs = [letter.upper() if len(letter) == 2 else "" for letter in initials]  # (Ya. for Yakov, not Yuri)
    latin = [rz.cyrillic_to_latin(letter).upper()[:1] for letter in initials]
    firsts, fathers = _first_names(person)
    if trailing:  # Mao Z., Zhou E.: a Chinese name's given name after the surname, as its own spellings have it
        surname = typed.strip()[:trailing.start()].strip().casefold()
        firsts = firsts | {rz.cyrillic_to_latin(words[1][:1]).upper()[:1] for spelling in _index().spellings
                           if (spelling.kind, spelling.id) == ("person", person)
                           and len(words := spelling.spelling.split()) >= 2 and words[0].casefold() == surname
                           and not words[1].endswith(".")}
    if firsts and latin[0] not in firsts and not (latin[0] == "W" and "V" in firsts):  # (Polish and German W for
        # Russian В: W. M. Mołotow)
        return False
    if digraphs[0] and not any(first.upper().startswith(_DIGRAPH_NAME_STARTS[digraphs[0]])
                               for first in _latin_first_names(person)):
        return False  # Ya. Stalin (Yakov, his son), not Joseph
    if len(latin) > 1 and fathers:  # (German W for Russian В: J. W. Stalin)
        return any(father.upper().startswith(
            (_DIGRAPH_NAME_STARTS[digraphs[1]] if len(father) > 1 else latin[1]) if digraphs[1] else
            latin[1] if latin[1] != "W" else ("W", "V")) for father in fathers)  # (a patronymic the course gives only
        # as an initial is compared by its letter)
    return len(latin) < 2 or _middle_name_fits(person, latin[1])


def _middle_name_fits(person: str, typed: str) -> bool:
    """Whether a typed middle name can be the person's: it begins with the letter of a middle name or initial that one
    of the person's Latin names has (William Kelly Harrison for William K. Harrison, not William Henry Harrison),
    or none of them has one. Jr. and the like are not middle names. A patronymic (Georgy Aleksandrovich Zhukov) must
    be the one the course gives him, compared as transcriptions agree (`_loose_russian`: Sergeyevich, Сергеевич), or
    begin with the initial the course gives when it gives no more (Podgorny, Подгорный Н. В.); it fits no one of
    whom the course gives none."""
    if _JUNIOR_RANKS.match(f"{typed.strip()} ") or _TITLES.match(f"{typed.strip()} "):
        return False  # a rank or a title is no middle name: "Truman, Sergeant Harry" (the President's nephew, a
        # sergeant) is not Harry S. Truman
    if _PATRONYMIC.search(typed):
        return any(_loose_russian(typed).startswith(_loose_russian(father)) if len(father) == 1 else
                   _loose_russian(typed) == _loose_russian(father) for father in _first_names(person)[1])
    middles = {rz.strip_marks(words[1])[0].casefold() for spelling in _index().spellings
               if (spelling.kind, spelling.id) == ("person", person) and rz.script(spelling.spelling) == "latin"
               and spelling.system not in ("garbled", *_LOOSE_SYSTEMS)
               and len(words := [word for word in spelling.spelling.replace(",", " ").split()
                                 if word.strip(".") not in ("Jr", "Sr", "II", "III")]) >= 3}
    middles |= {father[:1] for father in _first_names(person)[1] if father}  # a patronymic's initial: G. K. Zhukov
    initial = rz.strip_marks(typed)[:1].casefold()
    return not middles or initial in middles or initial == "w" and any(
        father.startswith("v") for father in _first_names(person)[1])  # (German W for Russian В: Josef W. Stalin)


def _entity_name(entity: tuple[str, str]) -> str:
    """The course's name of a (kind, id): the spelling whose system is "name in the course"."""
    return next(s.spelling for s in _index().spellings if (s.kind, s.id) == entity and s.system == "name in the course")


def _transcriptions_read_back(kind: str, entity: str, birth_names: bool = False) -> list[str]:
    """The course's own Hangul, katakana and Cyrillic spellings of a foreign name (name_variants.csv, the tables'
    name columns), read back to Latin letters as a typed transcription is read (리지 "liji", リッジ "litji",
    Ридж "ridzh"): a transcription is compared with transcriptions, not with English spelling (Ridge). With
    `birth_names`, only the spellings of the person's birth name (Вячеслав Скрябин), which are compared whole."""
    out = []
    for spelling in _index().spellings:
        if (spelling.kind, spelling.id) != (kind, entity) or spelling.system == "garbled" or (
                (spelling.system == "birth_name") != birth_names):
            continue
        script = rz.script(spelling.spelling)
        if script == "hangul":
            out.append(rz.hangul_loanword_to_latin(spelling.spelling))
        elif script == "kana" and re.fullmatch(r"[\u30a0-\u30ff\s]+", spelling.spelling):
            out.append(rz.katakana_loanword_to_latin(spelling.spelling))
        elif script == "cyrillic":
            out.append(rz.cyrillic_to_latin(spelling.spelling.translate(_UKRAINIAN_TO_RUSSIAN)))
    return out


@cache
def _foreign_place_keys() -> dict[str, list[str]]:
    """The places outside Korea, by their English names and their Hangul names read back to Latin letters,
    folded as `_foreign_keys` folds people's names (Moscow, 모스크바 "moseukeuba"); and the battle sites in Korea
    that carry an English name (Heartbreak Ridge, which Russian writes Хартбрейк-Ридж), by that name alone."""
    out: dict[str, list[str]] = {}
    for place in load("places").itertuples(index=False):
        if place.country_today in ("dprk", "rok"):
            if place.kind == "battle_site":
                forms = [place.name.split("(")[0], *_transcriptions_read_back("place", place.place_id)]
                out[place.place_id] = list(dict.fromkeys(k for k in map(rz.foreign_key, forms) if len(k) >= 4))
            continue
        forms = [place.name.split(",")[0]]
        if isinstance(place.name_hangul, str) and place.name_hangul:
            forms.append(rz.hangul_loanword_to_latin(place.name_hangul))
        forms += _transcriptions_read_back("place", place.place_id)
        out[place.place_id] = list(dict.fromkeys(k for k in map(rz.foreign_key, forms) if len(k) >= 4))
    return out


def _foreign_in_hangul(query: str, consider, floor: float = 82) -> None:
    """A foreign name in Hangul (레베데프, 슈티코프, 바실리 이바노프), read back to Latin letters and compared
    with the names of the course's non-Korean people. Only for Hangul no Korean reading found and that
    looks like a transcription (프, 스, 슈 ..., or a word of four syllables or more), so a Korean name is
    never read as a foreign one; `floor`, the similarity (0-100) an answer needs (`_closest_foreigner`)."""
    found = []
    _closest_foreigner(rz.foreign_key(rz.hangul_loanword_to_latin(query)), _noting(consider, found), floor=floor,
                       firm=85, places=True, words=len(query.split()),
                       surname=rz.foreign_key(rz.hangul_loanword_to_latin(query.split()[-1])) if query.split() else "")
    if not found and len(query.split()) >= 2:  # 조지프 스탈린: Joseph told apart from Iosif, the surname his
        _foreign_by_parts([rz.foreign_key(rz.hangul_loanword_to_latin(part)) for part in query.split()], consider)


def _noting(consider, found: list):
    """`consider`, noting in `found` each answer it is given (to know whether a reading found anything)."""
    def noted(position: int, score: float, how: str):
        found.append(position)
        consider(position, score, how)
    return noted


def _foreign_in_katakana(query: str, consider) -> None:
    """A foreign name in Japanese katakana (スターリン, ミコヤン), read in Latin letters without the vowels
    katakana adds after a consonant (`romanize.katakana_loanword_to_latin`) and compared like a Hangul
    transcription, with a higher bar: that reading is rougher (フルシチョフ, Khrushchev, reads nearer to
    Shtykov than to him), so a name below it finds nothing rather than a stranger."""
    if not re.fullmatch(r"[\u30a0-\u30ff\s]+", query):
        return  # katakana with a character after it (ワシントン州, Washington State) is another thing
    if any((item[2] in _FIRM or item[2] == "katakana" and item[0] >= _LOOSE * 0.9)
           and _faction_of("person", _index().spellings[item[1]].id) != "prc"
           for part in re.split(r"[・･\s]+", query.strip())[:-1] if part for item in _search(part, "person")[:1]):
        return  # マッカーサー・リッジウェイ: a man's surname before another name is two men, not a slip of one's (a
        # Chinese man's surname comes first in his own name: マオ・ツォートン)
    found = []
    # (ジェ, Japanese's usual writing of Russian де, read as デ too, each reading's answers weighed together:
    # レベジェフ is Lebedev, メドヴェージェフ Medvedev)
    womans = re.search("(?:ワ|ヴァ|ヴア)$", query)  # (not in a woman's name in -va: レベジェワ, Lebedeva)
    for reading in dict.fromkeys([query, query if womans else query.replace("ジェ", "デ")]):
        parts = re.split(r"[・･\s]+", reading.strip())
        _closest_foreigner(rz.foreign_key(rz.katakana_loanword_to_latin(reading)), _noting(consider, found),
                           floor=85, firm=92, places=True, words=len(parts),
                           surname=rz.foreign_key(rz.katakana_loanword_to_latin(parts[-1])))
    if not found and len(parts) >= 2:
        _foreign_by_parts([rz.foreign_key(rz.katakana_loanword_to_latin(part)) for part in parts], consider)


@cache
def _transcription_characters() -> frozenset[str]:
    """The characters the course's own Chinese spellings of its non-Korean, non-Chinese people use (斯, 克, 夫,
    里 ...): the characters Chinese transcribes foreign names with."""
    index = _index()
    chinese = set(load("people").query("faction_id == 'prc'")["person_id"])
    return frozenset(ch for spelling in index.spellings if spelling.kind == "person" and spelling.id in
                     _foreign_keys() and spelling.id not in chinese and rz.script(spelling.spelling) == "cjk"
                     for ch in spelling.spelling if rz.is_cjk(ch))


def _foreign_in_characters(query: str, consider) -> None:
    """A foreign name in Chinese characters that no spelling in the data has (哈里森, Harrison; 维亚切斯拉夫·莫洛托夫,
    with the first name): its pinyin, folded as a Hangul transcription is (`romanize.foreign_key`), compared part
    by part with the first names and surnames of the course's non-Korean people (`_foreign_name_parts`), and only
    suggested. A surname alone must come within 85 (rapidfuzz ratio) of one person's and 8 points nearer than
    anyone else's, and not end in 娃 or 娅 (-ova, a woman's: 莫洛托娃); with a first name, the surname within 80
    and the first name within 60 of one person's. Only for three characters or more, at least two thirds of them
    characters the course's own Chinese spellings of foreign names use (`_transcription_characters`), so a
    Chinese or Korean name (周恩来, 朴宪永) is never read as a transcription."""
    parts = [part for part in re.split(r"[·・•‧。\s]+", query.replace("?", "")) if part]
    if parts and parts[0][:1] == "小" and len(parts) >= 2:  # 小威廉·凯利·哈里森: 小, "the younger", is Jr.
        parts[0] = parts[0][1:]
        query, consider = query[1:], _junior_only(consider)
    characters = [ch for ch in query if rz.is_cjk(ch)]
    common = sum(ch in _transcription_characters() for ch in characters)
    if len(characters) < 3 or 3 * common < 2 * len(characters) or characters[-1] in "娃娅":
        return
    if len(parts) >= 2 and _known_foreign_surname(parts, consider):
        return
    found = []
    _foreign_by_parts([rz.foreign_key((rz.pinyin_readings(part, limit=1) or [""])[0]) for part in parts],
                      _noting(consider, found))
    if not found:  # 伊凡·奇斯嘉科夫: read with the bare consonants of the transcription tables (Chistyakov)
        _foreign_by_transcription(parts, consider)


def _foreign_by_transcription(parts: list[str], consider) -> None:
    """Suggest the one non-Korean person whose surname (`_foreign_name_parts`) is at most one letter from the last of
    `parts` (a name in characters, first name to surname), read by `romanize.chinese_transcription_reading` and folded
    by `romanize.foreign_key` (奇斯嘉科夫, kisjiakop, is Chistyakov's kistiakop) and, when there is a first name, whose
    first name comes within 70 (rapidfuzz ratio) of the first part's; not when the data write his surname in
    characters of the same number with another reading (莫洛佐夫, Morozov, is not 莫洛托夫, Molotov; 列别捷夫 is
    列别杰夫, Lebedev, 捷 and 杰 both jie). Stricter than `_foreign_by_parts`, as that reading brings Soviet names in
    -ov near one another: 伊万·伊萨科夫 (Isakov), 尼古拉·苏达科夫 (Sudakov) and 瓦西里·伊万尼科夫 (Ivannikov), two
    letters or more from Chistyakov, Sudarikov and Ivanov, are none of them; 玛格丽特 (Margaret, maklit) is no Harry
    (hali)."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    keys = [rz.foreign_key(rz.chinese_transcription_reading(part)) for part in parts]
    if not keys or len(keys[-1]) < 5:
        return
    fitting = {person for person, (firsts, lasts) in _foreign_name_parts().items()
               if any(Levenshtein.distance(keys[-1], last) <= 1 for last in lasts) and (
                   len(keys) == 1 or max((fuzz.ratio(keys[0], first) for first in firsts), default=0) >= 70)}
    if len(fitting) != 1:
        return
    person = fitting.pop()
    typed = rz.pinyin_readings(parts[-1], limit=1)
    for spelling in _index().spellings:
        if (spelling.kind, spelling.id) == ("person", person) and rz.script(spelling.spelling) == "cjk":
            own = re.split(r"[·・•‧\s]+", spelling.spelling)[-1]
            if len(own) == len(parts[-1]) and rz.pinyin_readings(own, limit=1) != typed:
                return
    consider(_course_name_position("person", person), _LOOSE * 0.9, "suggestion")


def _junior_only(consider):
    """`consider`, passing on only a person whose name in the course ends in Jr. (William K. Harrison Jr.)."""
    def junior(position: int, score: float, how: str):
        if re.search(r"\bJr\.?$", _entities().get(("person", _index().spellings[position].id), {}).get("name", "")):
            consider(position, score, how)
    return junior


# The characters that begin Russian first names and patronymics in the Chinese transcription of Russian names
# (Xinhua's table), with the Cyrillic letter each stands for when Chinese prints a Soviet man's initials (约·维·斯大林,
# И. В. Сталин; 格·马·马林科夫; 尼·谢·赫鲁晓夫): 约瑟夫 Иосиф, 维萨里昂诺维奇 Виссарионович, 格奥尔基 Георгий, 马克西米
# 利安诺维奇 Максимилианович, 尼基塔 Никита, 谢尔盖耶维奇 Сергеевич, 阿纳斯塔斯 Анастас, 伊万诺维奇 Иванович, 拉夫连季
# Лаврентий, 帕夫洛维奇 Павлович, 捷连季 Терентий, 福米奇 Фомич, 莫伊谢耶维奇 Моисеевич ...
_CHINESE_INITIALS = {"约": "И", "伊": "И", "维": "В", "瓦": "В", "尼": "Н", "谢": "С", "斯": "С", "格": "Г", "马": "М",
                     "米": "М", "莫": "М", "阿": "А", "安": "А", "亚": "А", "拉": "Л", "列": "Л", "帕": "П", "彼": "П",
                     "特": "Т", "捷": "Т", "福": "Ф", "费": "Ф", "康": "К", "基": "К", "德": "Д", "鲍": "Б", "巴": "Б",
                     "罗": "Р", "奥": "О", "赫": "Х"}
# (not 季 and 弗, which begin names of two letters, Дмитрий and Тимофей, Владимир and Фрол; nor 雅, 尤 and 叶, whose
# Я, Ю and Е are all Y in Latin initials: 尤·亚·马立克, Yuri, is no Yakov Malik)


def _character_initials_fit(initials: list[str], person: str) -> bool:
    """Whether initials written in a name in characters before a foreign man's surname (约·维 in 约·维·斯大林, K in
    K·朱可夫) are his, as `_initials_fit` holds Latin and Cyrillic ones (his first name's, then his patronymic's or
    middle name's): a Latin letter as written; a character of `_CHINESE_INITIALS` only for a Soviet man, as the
    Cyrillic letter it transcribes; any other character fits no one."""
    letters = []
    for initial in initials:
        if re.fullmatch(r"[A-Za-zＡ-Ｚ]", initial):
            letters.append(unicodedata.normalize("NFKC", initial).upper())
        elif initial in _CHINESE_INITIALS and _faction_of("person", person) == "ussr":
            letters.append(_CHINESE_INITIALS[initial])
        else:
            return False
    return _initials_fit(person, " ".join(f"{letter}." for letter in letters) + " X")


def _known_foreign_surname(parts: list[str], consider) -> bool:
    """A foreign name in characters or Cyrillic letters in parts (尼古拉·格奥尔基耶维奇·列别杰夫: first name,
    patronymic, surname; Матю Риджуей) whose last part is a spelling of one non-Korean person in the data (列别杰夫,
    Lebedev; Риджуей, Ridgway) and whose first part's reading (pinyin, or Cyrillic read in Latin letters), folded by
    `romanize.foreign_key`, comes within 60 (rapidfuzz ratio) of that person's first name (尼古拉, nigula, Nikolai),
    or for Cyrillic within 75 of the first name of one of his names the data write in Cyrillic, with the same
    consonants (Матю, matiu, is near Мэтью, metiu; Мартин is not Марк, nor Леонард Леонид): that person suggested
    (a middle part, a patronymic or a middle name, is not compared). True if one was."""
    from rapidfuzz import fuzz

    found = {(_index().spellings[item[1]].kind, _index().spellings[item[1]].id) for item in _search(parts[-1], "person")
             if item[2] == "exact"}
    if len(found) != 1 or (person := next(iter(found))[1]) not in _foreign_name_parts():
        return False
    firsts = _foreign_name_parts()[person][0]
    if rz.script(parts[0]) == "cyrillic":
        first = rz.foreign_key(rz.cyrillic_to_latin(parts[0]))
        own_firsts = {rz.foreign_key(rz.cyrillic_to_latin(spelling.spelling.split()[0]))
                      for spelling in _index().spellings if (spelling.kind, spelling.id) == ("person", person)
                      and rz.script(spelling.spelling) == "cyrillic" and len(spelling.spelling.split()) == 2
                      and spelling.system not in ("garbled", *_LOOSE_SYSTEMS)}
        if not any(fuzz.ratio(first, key) >= 75 and _skeleton(first) == _skeleton(key) for key in own_firsts):
            return False  # (its consonants as his: Леонард is not Леонид, Ивар not Иван, Мак not Марк)
        consider(_course_name_position("person", person), _LOOSE, "suggestion")
        return True
    first = rz.foreign_key((rz.pinyin_readings(parts[0], limit=1) or [""])[0])
    written = {rz.foreign_key(rz.words(spelling.spelling)[0]) for spelling in _index().spellings
               if (spelling.kind, spelling.id) == ("person", person) and rz.script(spelling.spelling) == "latin"
               and len(rz.words(spelling.spelling)) >= 2 and len(rz.words(spelling.spelling)[0]) > 1}
    if max((fuzz.ratio(first, key) for key in firsts), default=0) < 60 and not any(
            len(key) == 1 and fuzz.ratio(first, whole) >= 70 for key in firsts for whole in written
            if whole[:1] == key):
        return False  # (查尔斯·特纳·乔伊: the course names him by his initial, C. Turner Joy, and his first name is
        # compared with the one his other spellings write out, Charles Turner Joy; not Chris, Carl or Kate)
    position = next(i for i, spelling in enumerate(_index().spellings)
                    if (spelling.kind, spelling.id) == ("person", person) and spelling.system == "name in the course")
    consider(position, _LOOSE, "suggestion")
    return True


def _foreign_by_parts(keys: list[str], consider) -> None:
    """Suggest the non-Korean person whose surname and first name come nearest the parts of a transcribed name, each
    part already folded by `romanize.foreign_key` (["jojip", "stalin"] for 조지프 스탈린), the first part read as the
    first name and the last as the surname, compared with `_foreign_name_parts` by rapidfuzz ratio (0-100). A surname
    alone must come within 85 of one person's and 8 points nearer than anyone else's; with a first name, the surname
    within 80 and the first name within 60 of one person's (within 75 when the surname is under 85). "Mac" written
    apart after a first name is joined to the surname (ماك آرثر). Used by `_foreign_in_characters`, and by the
    Hangul and katakana readings (`_foreign_in_hangul`, `_foreign_in_katakana`) and those of Hebrew, Arabic and Thai
    letters (`_second_reading`) when the whole name read together is near no one."""
    from rapidfuzz import fuzz

    for at in range(len(keys) - 2, 0, -1):  # ماك آرثر, 맥 아더: Mac written apart from the rest of the surname
        # (after a first name: 마크 더블유 클라크 begins with Mark)
        if keys[at] in ("mak", "mek", "mk", "maek") and len(keys) > 2:
            keys = [*keys[:at], keys[at] + keys[at + 1], *keys[at + 2:]]
    if not keys or not keys[-1]:
        return
    scores = []
    for person, (firsts, lasts) in _foreign_name_parts().items():
        last = max((fuzz.ratio(keys[-1], key) for key in lasts), default=0)
        first = max((fuzz.ratio(keys[0], key) for key in firsts), default=0) if len(keys) > 1 else 100
        scores.append((last, first, person))
    scores.sort(reverse=True)
    floor = 80 if len(keys) > 1 else 85
    fitting = [person for last, first, person in scores if last >= floor and first >= 60 and (
        last >= 85 or first >= 75)]  # (a surname only at the bar needs a nearer first name: ニコライ・クルイロフ,
    # Nikolai Krylov, is no Nikita Khrushchev)
    own = next((last for last, _, person in scores if fitting and person == fitting[0]), 0)
    runner_up = next((last for last, _, person in scores if fitting and person != fitting[0]), 0)
    if len(fitting) != 1 or runner_up > own - 8:
        return
    position = next(i for i, spelling in enumerate(_index().spellings)
                    if (spelling.kind, spelling.id) == ("person", fitting[0])
                    and spelling.system == "name in the course")
    consider(position, _LOOSE * own / 100, "suggestion")  # (the fitting man's own surname score)


@cache
def _foreign_name_parts() -> dict[str, tuple[set[str], set[str]]]:
    """person_id -> (first-name keys, surname keys) of the course's non-Korean people, folded by
    `romanize.foreign_key`: surnames from their names of two words or more in Latin and Cyrillic letters (Cyrillic
    read in Latin letters), first names from the course's name only (the name each went by);
    garbles and loose references left out."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for spelling in _index().spellings:
        if spelling.kind != "person" or spelling.id not in _foreign_keys() or (
                spelling.system in ("garbled", *_LOOSE_SYSTEMS)):
            continue
        script = rz.script(spelling.spelling)
        if script not in ("latin", "cyrillic"):
            continue
        words = rz.words(spelling.spelling if script == "latin" else rz.cyrillic_to_latin(spelling.spelling))
        if len(words) >= 3 and words[-1].casefold().rstrip(".") in ("jr", "sr"):
            words = words[:-1]  # William K. Harrison Jr.: his surname is Harrison
        if len(words) >= 2:
            firsts, lasts = out.setdefault(spelling.id, (set(), set()))
            if spelling.system == "name in the course":  # the name he went by: Dean Rusk
                firsts.add(rz.foreign_key(words[0]))  # (大卫·腊斯克, David Rusk, is his son, not David Dean Rusk)
            lasts.add(rz.foreign_key(words[-1]))
            if len(words) >= 3 and words[-2] in ("van", "von", "de", "du", "la", "le", "di", "da"):
                lasts.add(rz.foreign_key(" ".join(words[-2:])))  # Van Fleet
    return out


@cache
def _group_leaders() -> frozenset[str]:
    """The person ids factions.csv names as a group's leaders (`leader_ids`): Kim Il Sung, Pak Hon-yong, Rhee ..."""
    return frozenset(leader for ids in load("factions")["leader_ids"].dropna() for leader in split_ids(ids))


def _foreign_in_latin(query: str, consider) -> None:
    """A foreign name in another language's Latin letters that no rule read (French "Staline", "Chtykov"): the
    non-Korean person whose name folds (`romanize.foreign_key`) to exactly the same letters, with French ch read
    sh and a French final e dropped. Only an exact fold: a name one letter away is another name (Molotkov,
    Malenko, Stalino)."""
    if not 1 <= len(rz.words(query)) <= 3:
        return
    french = re.sub(r"ch(?=[bcdfgjklmnpqrstvwxz])", "sh", query.casefold())  # Chtykov
    forms = {query, french, re.sub(r"(?<=[a-z]{4})e$", "", french)}  # Staline, Kossyguine
    if "j" in query.casefold() and re.search(r"(?:ov|ev|in|sky|ski|enko)$", query.casefold()):
        forms.add(query.casefold().replace("j", "kh"))  # Jruschov, Jrushchov: Spanish j for Russian х, in a Russian
        # surname (Jarrison is no Harrison)
    def same_first_letter(position: int, score: float, how: str):
        own = rz.words(_entity_name(("person", _index().spellings[position].id)))
        firsts = {rz.strip_marks(rz.words(query)[-1][:1]).casefold(), rz.strip_marks(own[-1][:1]).casefold() if own
                  else ""}
        if firsts & set("pb") and firsts & set("fvw"):
            return  # Parker is not Walker, whose surname the fold (p, b, f, v and w alike) hears the same; but
            # Vleet is Fleet, Wyschinski Vyshinsky, Bouzanov Puzanov, as other languages write the sounds
        consider(position, score, how)

    for asked in {rz.foreign_key(form) for form in forms}:
        _closest_foreigner(asked, same_first_letter, floor=100, firm=100)


def _closest_foreigner(asked: str, consider, floor: float, firm: float, places: bool = False,
                       place_floor: float | None = None, consonants: bool = False, words: int = 0,
                       surname: str = "") -> None:
    """Offer the non-Korean person (or, with `places`, also the place outside Korea or the English-named battle
    site) whose folded name (`_foreign_keys`, `_foreign_place_keys`) is closest to `asked` (a
    `romanize.foreign_key`), when the similarity (rapidfuzz ratio, 0-100) is at least `floor` (for a battle site,
    `place_floor` if given) and no one else comes within 8 points; an answer below `firm` is only a suggestion.
    A battle site is offered only for a name of no more words than its own (`words`, the typed name's; Bloody
    Nose Ridge is not Bloody Ridge). With `consonants`, only the consonants are compared (`_skeleton`), for a script
    that writes few vowels, and only four or more (five or fewer within 95). A Soviet Korean's Russian name
    (`_russian_names_of_koreans`) is taken only when it folds the same, or comes within 90 and `surname` (the fold of
    the typed name's last word) is his."""
    from rapidfuzz import fuzz

    fold = _skeleton if consonants else str
    asked = fold(asked)
    if len(asked) < 4:
        return
    if consonants and len(asked) < 6:
        floor = max(floor, 95)  # (five consonants tell names apart only when nearly all agree: بنغ شواي, Peng the
        # marshal, "pnksp", came within 91 of Ivan Chistyakov's "pnkstkp"; ماك آرثر, MacArthur, is his exactly)
    candidates = [(("person", person), [fold(key) for key in keys]) for person, keys in _foreign_keys().items()]
    if places:
        candidates += [(("place", place), [fold(key) for key in keys])
                       for place, keys in _foreign_place_keys().items()]
    scores = sorted(((max(fuzz.ratio(asked, key) for key in keys), entity) for entity, keys in candidates if keys),
                    reverse=True)
    # a Soviet Korean's Russian name as its fold stands, or within 90 with the same surname (ニコライ・パク, Nikolai
    # Pak, is not Nikolai Pan; アレクセイ・イワノヴィチ・ヘガイ reads the patronymic roughly)
    for person, (keys, surnames) in _russian_names_of_koreans().items():
        near = max(fuzz.ratio(asked, fold(key)) for key in keys)
        if near == 100 or (near >= 90 and (surname in surnames or (words >= 3 and f"+{surname}" in surnames))):
            scores.append((near, ("person", person)))
    scores.sort(reverse=True)
    if not scores:
        return
    best, entity = scores[0]
    battle_site = entity[0] == "place" and _korean_place_kinds().get(entity[1]) == "battle_site"
    if best < (place_floor if place_floor and battle_site else floor):
        return
    if battle_site and words > len(_entity_name(entity).split("(")[0].split()):
        return
    runner_up = scores[1][0] if len(scores) > 1 else 0
    if runner_up > best - 8:
        return  # two foreigners about as close: say nothing rather than guess
    index = _index()
    position = next(i for i, s in enumerate(index.spellings)
                    if (s.kind, s.id) == entity and s.system == "name in the course")
    consider(position, _LOOSE * best / 100, "transcribed" if best >= firm else "suggestion")


# Tables whose rows name people by id: how often a person comes up in the course measures how well known
# the name is, and so how likely a garbled form of it ("Kim Il Sun") is meant for that person.
_MENTIONS = {"events": "person_ids", "leadership_members": "person_id", "purge_steps": "person_id"}
_FAMOUS_MENTIONS = 10
_SYLLABLE = re.compile(r"^([^aeiouwy]*)([aeiouwy]+)([^aeiouwy]*)$")


@cache
def _famous_people() -> frozenset[str]:
    """The people the course mentions most (in at least 10 rows of its tables)."""
    counts: dict[str, int] = {}
    for table, column in _MENTIONS.items():
        for cell in load(table)[column].dropna().astype(str):
            for person in split_ids(cell):
                counts[person] = counts.get(person, 0) + 1
    return frozenset(person for person, count in counts.items() if count >= _FAMOUS_MENTIONS)


def _transposed(asked: str, own: str, vowels_only: bool = False) -> bool:
    """Two neighbouring letters swapped, and nothing else: "cheohyon" for "choehyon"; with `vowels_only`,
    two vowels (the order of a Korean vowel's letters, oe/eo, ae/ea, ui/iu)."""
    if len(asked) != len(own) or asked == own:
        return False
    differ = [i for i, (a, b) in enumerate(zip(asked, own, strict=True)) if a != b]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and asked[differ[0]] == own[differ[1]] and (
        asked[differ[1]] == own[differ[0]])
    return swapped and (not vowels_only or set(asked[differ[0]:differ[1] + 1]) <= set("aeiouwy"))


def _latin_people_by_length() -> dict[int, list[tuple[int, str, str]]]:
    """The index's people's spellings in Latin letters, folded (`normalise`), by the folded length:
    {length: [(position in the index, person id, folded spelling)]}, in the index's order. Built once per
    index: a transposition keeps the length, so a query is compared with one length's spellings only."""
    index = _index()
    if "latin people by length" not in index.derived:
        table: dict[int, list[tuple[int, str, str]]] = {}
        for position, spelling in enumerate(index.spellings):
            if spelling.kind == "person" and rz.script(spelling.spelling) == "latin":
                own = normalise(spelling.spelling)
                table.setdefault(len(own), []).append((position, spelling.id, own))
        index.derived["latin people by length"] = table
    return index.derived["latin people by length"]


def _famous_transposed(query: str, consider) -> None:
    """A person's name in Latin letters with two neighbouring letters swapped: any two in a famous person's
    name ("Kim Il Snug"), two vowels in anyone's ("Cheo Hyon" for Choe Hyon): that person, if the slip fits
    one person only and the name is long enough to be a name."""
    key = normalise(query)
    if rz.script(query) != "latin" or len(key) < 7 or len(rz.words(query)) < 2:
        return
    famous, found = _famous_people(), {}
    for position, person, own in _latin_people_by_length().get(len(key), ()):
        if _transposed(key, own, vowels_only=person not in famous):
            found.setdefault(person, position)
    if len(found) == 1:
        consider(next(iter(found.values())), _LOOSE * 0.95, "garbled")


@cache
def _famous_syllables() -> dict[str, list[str]]:
    """The Korean people the course mentions most (in at least 10 rows of its tables), by the syllables of
    their Hangul names, folded: {"kim_il_sung": ["kim", "il", "sonk"]} (the surname by the surname fold)."""
    counts: dict[str, int] = {}
    for table, column in _MENTIONS.items():
        for cell in load(table)[column].dropna().astype(str):
            for person in split_ids(cell):
                counts[person] = counts.get(person, 0) + 1
    out = {}
    for person in load("people").itertuples(index=False):
        hangul = person.name_hangul
        if counts.get(person.person_id, 0) >= _FAMOUS_MENTIONS and isinstance(hangul, str) and len(hangul) == 3:
            out[person.person_id] = [_surname_fold(rz.hangul_to_latin(hangul[0])),
                                     *(_syllable_key(rz.hangul_to_latin(ch)) for ch in hangul[1:])]
    return out


def _syllable_key(syllable: str) -> str:
    return rz.loose_key(rz.korean_key(syllable))


def _famous_garbles(query: str, consider) -> None:
    """A famous Korean name garbled in its given name: the last syllable's final consonant dropped or
    changed ("Kim Il Sun", "Kim Il Sum" for Kim Il Sung) or the given-name syllables swapped ("Kim Sung
    Il"): the person, if only one famous person is that close; its vowel changed ("Kim Il Sang"): a
    suggestion. Other syllables must match, so Kim Yo-jong is not Kim Mu-jong."""
    text = query.strip()
    if rz.script(text) == "latin":
        parts = rz.words(text)
    else:
        return
    if len(parts) != 3:
        return
    asked = [_surname_fold(parts[0]), *(_syllable_key(part) for part in parts[1:])]
    confident, near = [], []
    for person, own in _famous_syllables().items():
        if asked[0] != own[0]:
            continue
        if asked[1:] == own[:0:-1]:
            confident.append(person)
            continue
        if asked[1] != own[1]:
            continue
        mine, theirs = _SYLLABLE.match(asked[2]), _SYLLABLE.match(own[2])
        if not mine or not theirs or mine.group(1) != theirs.group(1):
            continue
        if mine.group(2) == theirs.group(2) and mine.group(3) != theirs.group(3):
            # a final dropped, or one nasal for another (Sun, Sum for Sung), is a slip; another final (Chang-il
            # for Chang-ik) or one added (Jon for Jo) makes another name
            nasals = {"n", "ng", "nk", "m", ""}  # ng is folded to nk (`_syllable_key`)
            if theirs.group(3) and {mine.group(3), theirs.group(3)} <= nasals:
                confident.append(person)
            elif not theirs.group(3):
                near.append(person)  # a final added may be another name: only suggested
        elif mine.group(2) != theirs.group(2) and mine.group(3) == theirs.group(3):
            near.append(person)
    index = _index()
    for person in confident + near:
        how = "garbled" if len(confident) == 1 and not near and person in confident else "suggestion"
        position = next(i for i, s in enumerate(index.spellings)
                        if s.kind == "person" and s.id == person and s.system == "name in the course")
        consider(position, _LOOSE * 0.95 if how == "garbled" else 0.75, how)


def _life(born, died) -> str:
    if pd.isna(born) and pd.isna(died):
        return ""
    if pd.isna(died):  # "1905–" would read as "still alive"; the death may be unknown or disputed
        return f"born {born.year}"
    return f"{'?' if pd.isna(born) else born.year}–{died.year}"


# Factions that are states or sides in the war, not groups of the Korean leadership (a Soviet general's
# "faction" is the Soviet Union); and the row for cadres of no faction.
_NOT_GROUPS = ("ussr", "prc", "usa", "rok", "un_other", "unaffiliated")
_YEARS = re.compile(r"(1[89]\d\d|20\d\d)(?:\s*[-–]\s*(1[89]\d\d|20\d\d|\d\d)\b)?")


def _years_held(post: str) -> float:
    """How many years the data say a post was held: "Premier of the DPRK (1948-1972)" -> 24. A post with
    a start and no end ("from 1950", "1950-") counts one year (the data do not say how long; counting to
    the death year would be a guess), a post with one year half a year, a post with no year nothing."""
    held = 0.0
    for start, end in _YEARS.findall(post):
        if end and len(end) == 2:  # 1936-37
            end = start[:2] + end
        held += (int(end) - int(start)) if end else 0.5
    if re.search(r"\bfrom \d{4}|\d{4}\s*[-–]\s*\)", post):
        held += 0.5
    return held


def _main_posts(posts: list[str], most: int = 2) -> list[str]:
    """The posts a one-line description names: the (at most two) held longest by the data's own years,
    in the data's order; the first listed if no post has years."""
    if not posts:
        return []
    held = [(_years_held(post), position) for position, post in enumerate(posts)]
    longest = sorted((item for item in held if item[0] > 0), key=lambda item: (-item[0], item[1]))[:most]
    return [posts[position] for _, position in sorted(longest, key=lambda item: item[1])] or posts[:1]


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
        side = (f"group: {group}" if p.faction_id not in _NOT_GROUPS else
                "no faction" if p.faction_id == "unaffiliated" else group)
        bits = [side + (f", {life}" if life else ""), *_main_posts(posts)]
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

    _metadata = ["asked", "message", "parts", "shared"]

    @property
    def _constructor(self):
        return pd.DataFrame  # a slice or a computation on the answer is a plain table

    def _learner_rows(self) -> list[tuple[str, str, str, str]]:
        rows = []
        for row in self.itertuples(index=False):
            phrase = {"same spelling": "known as", "romanization rule": "a regular variant of",
                      "near miss": "close to", "surname": "surname in",
                      "garble": "read as a garbled form of", "part of the name": "a word in",
                      "transcription": "read from its Hangul transcription as",
                      "katakana": "read from its Japanese (katakana) transcription as"}[row.matched_by]
            matched = "" if normalise(row.spelling) == normalise(row.name) and row.matched_by == "same spelling" else (
                f"{phrase} “{row.spelling}” ({row.kind_of_spelling})")
            if row.note in _COUNTRY_NOTES:  # a country's name alone: which China or Korea, said where it is read
                matched = f"known as “{row.spelling}” ({row.kind_of_spelling}). {row.note}"
            description = str(row.description).rstrip(".") if matched else str(row.description)
            rows.append((str(row.name), str(row.kind), description, matched, str(row.sources)))
        return rows

    def text(self) -> str:
        query = getattr(self, "asked", "")
        if getattr(self, "message", None):
            return self.message
        if getattr(self, "parts", None):
            return "\n".join([_several_intro_for(self), *(f"{i}. {part.text()}" for i, part in
                                                              enumerate(self.parts, start=1))])
        lines = [_intro(self, query)]
        for name, kind, description, matched, sources in self._learner_rows():
            said = description.rstrip(".") + (f"; {matched}" if matched else "")
            lines.append(f"- {name} ({kind}): {said}" + (f". Sources: {sources}" if sources else ""))
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        return describe_lookup(self)


def _surnames() -> dict[str, list[int]]:
    index = _index()
    if "surnames" not in index.derived:
        index.derived["surnames"] = _surnames_of(index)
    return index.derived["surnames"]


def _surnames_of(index: _Index) -> dict[str, list[int]]:
    """The surname spellings of Korean people (first word of a Latin spelling of a name written surname
    first): "kim" -> the spellings of every Kim. A surname alone is a name only when one person has it."""
    people = load("people")
    korean = set(people.loc[people["name_hangul"].fillna("").str.len().between(2, 4), "person_id"])
    found: dict[str, dict[str, int]] = {}
    for position, spelling in enumerate(index.spellings):
        if (spelling.kind != "person" or spelling.id not in korean or rz.script(spelling.spelling) != "latin"
                or spelling.weight < 1 or spelling.system in ("birth_name", "alias", "russian_latin", "pinyin",
                                                              _MIXED_SYSTEM)):
            continue  # (a Korean's name read in Chinese is no Korean surname alone: Zhu is Zhu De's, not Chu's)
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
    if owners:  # Chu: also Zhou Enlai's surname (周) as Vietnamese reads it; then the answer is ambiguous
        owners = owners + _chinese_surname_readings().get(rz.strip_marks(parts[0]).casefold(), [])
    score = _RULE if len(owners) == 1 else 0.5
    return [(score, position, "exact") for position in owners[:40]]


@cache
def _chinese_surname_readings() -> dict[str, list[int]]:
    """The Sino-Vietnamese reading of a Chinese person's surname (the first character of his name in characters) ->
    the position of his name in the course: "chu" -> Zhou Enlai (周恩来, Chu Ân Lai), whose surname alone a
    Vietnamese page writes as a Korean's (Chu Nyong-ha's)."""
    found: dict[str, list[int]] = {}
    for person, written in _in_characters().items():
        if person[0] == "person" and _faction_of(*person) == "prc":
            for reading in {reading for own in written[:1] for reading in rz.vietnamese_readings(own[:1])}:
                found.setdefault(reading, []).append(_course_name_position(*person))
    return found


# A generation after a foreign name in katakana (3世, III; ジュニア, Jr.), as the course's English names write it
_KATAKANA_GENERATIONS = {"2世": "II", "二世": "II", "3世": "III", "三世": "III", "4世": "IV", "四世": "IV",
                         "ジュニア": "Jr.", "Jr.": "Jr.", "Jr": "Jr."}


def _katakana_initial_and_generation(text: str, wanted: str | None) -> str:
    """A foreigner's name in katakana with a middle initial between its dots or a generation after it
    (チャールズ・H・ボーンスティール3世, ウィリアム・K・ハリソン・ジュニア), which the course's katakana spellings leave
    out: the name without them when it is then found as one person whose English name (people.csv) has that
    initial and that generation; `text` unchanged otherwise (ウィリアム・H・ハリソン is William Henry Harrison;
    ダグラス・マッカーサー2世, his nephew the ambassador; ジェームズ・ヴァン・フリート・ジュニア, the general's son).
    A title after the generation (チャールズ・H・ボーンスティール3世大佐) is kept after the name returned."""
    after = _TITLES_AFTER.search(text)
    title = text[after.start():] if after and after.start() > 0 else ""
    whole, text = text, text[:len(text) - len(title)]
    generation = re.search(r"(?<=[\u30a0-\u30ff])\s*・?(" + "|".join(
        map(re.escape, sorted(_KATAKANA_GENERATIONS, key=len, reverse=True))) + r")$", text)
    bare = text[:generation.start()] if generation else text
    initial = re.search(r"(?<=[\u30a0-\u30ff])[・･]([A-ZＡ-Ｚ])[.．]?[・･](?=[\u30a0-\u30ff])", bare)
    bare = bare[:initial.start()] + "・" + bare[initial.end():] if initial else bare
    if bare == text:
        return whole
    found = [item for item in _search(bare, wanted)[:1] if item[2] in (*_FIRM, "suggestion")
             and _index().spellings[item[1]].kind == "person"]
    if not found:
        return whole
    name = str(_entities().get(("person", _index().spellings[found[0][1]].id), {}).get("name", ""))
    if initial and unicodedata.normalize("NFKC", initial.group(1)) not in re.findall(r"\b([A-Z])\.", name):
        return whole
    if generation and _KATAKANA_GENERATIONS[generation.group(1)] not in name.split():
        return whole
    return bare + title


def _surname_office(text: str) -> list[tuple[float, int, str]]:
    """A foreigner's surname alone in characters, Hangul or kana with an office or the word for a general after it
    (迪安师长, 딘 장군: Dean, also Dean Rusk's and Dean Acheson's first name), as a suggestion: the one foreigner whose
    name in those letters ends so and whose posts fit the office (`_TITLE_OFFICE_POSTS`: a division's commander, a
    president, an ambassador; 장군, 将军, 將軍 a soldier's, not an admiral's). Not a rank of one grade (중장, 少将),
    which the posts seldom give, nor a Korean's surname, which many share and later men held the same offices with
    (이 대통령 may be Syngman Rhee or Lee Myung-bak). [] when no one or more than one person fits."""
    text = text.strip()
    if rz.script(text) not in ("cjk", "hangul", "kana"):
        return []
    offices = [(pattern, posts) for pattern, posts in _TITLE_OFFICE_POSTS if posts != _SOLDIER_POSTS.pattern
               and posts != _KOREAN_SOLDIER_POSTS]
    office = next(((found, posts) for pattern, posts in [*offices, (re.compile(r"(?:장군|将军|將軍)$"), None)]
                   if (found := pattern.search(text))), None)
    if office is None:
        return []
    surname = text[:office[0].start()].strip()
    if not surname or re.search(r"[\s·・･.]", surname) or surname in _RANKS_CJK or surname in _OFFICES_CJK or (
            _TITLES_AFTER.fullmatch(surname)):
        return []  # (소장 장군: a title is no surname)
    fits: dict[str, int] = {}
    for position, spelling in enumerate(_index().spellings):
        if spelling.kind == "person" and spelling.id in _foreign_people() and spelling.system not in (
                *_LOOSE_SYSTEMS, "garbled") and re.search(r"[\s·・･]", spelling.spelling) and (
                re.split(r"[\s·・･]+", spelling.spelling.strip())[-1] == surname) and (
                _posts_fit(spelling.id, office[1]) if office[1] else _SOLDIER_POSTS.search(_posts(spelling.id))
                and not re.search(r"admiral|naval|navy|fleet", _posts(spelling.id))):
            fits.setdefault(spelling.id, position)
    return [(_RULE, next(iter(fits.values())), "generic")] if len(fits) == 1 else []


def _first_name_slip(text: str) -> list[tuple[float, int, str]]:
    """A foreigner's first name written with other vowels before his surname in a transcription (Daglas Makartur,
    as Serbian writes Douglas MacArthur): suggested when the surname alone, read as a transcription, names one foreign
    person of the course and the first name differs from his only in its vowels, in two letters at most. Not after
    the surname as English writes it: Andrea Vyshinsky, Dana Rusk and Wilton Walker are other people. [] otherwise."""
    from rapidfuzz.distance import Levenshtein

    parts = rz.words(text)
    if len(parts) != 2 or rz.script(text) != "latin" or len(parts[0]) < 4:
        return []
    people = {_index().spellings[position].id: position for score, position, how in _search(parts[1], "person")
              if (how == "transcribed" or how == "exact" and rz.script(
                  _index().spellings[position].spelling) == "cyrillic")
              and score >= _LOOSE and _index().spellings[position].id in _foreign_people()}
    # (Makartur: a transcription, or his Russian name Макартур read in Latin letters; not his English surname)
    if len(people) != 1:
        return []
    person, position = next(iter(people.items()))
    first_name = normalise(_entity_name(("person", person)).split()[0])
    typed = normalise(parts[0])
    feminine = typed.endswith("a") and not first_name.endswith("a") or re.search(r"(?:ova|eva|ina|aya)$",
                                                                                 normalise(parts[1]))
    if typed[:1] != first_name[:1] or Levenshtein.distance(typed, first_name) > 2 or len(first_name) < 4 or (
            _skeleton(typed) != _skeleton(first_name)) or feminine:  # (Ivana Chistyakova, Dana Rask: women)
        return []  # only its vowels written otherwise: Mary Clark is not Mark Clark, nor Walter Walker Walton
    return [(_RULE * 0.95, position, "suggestion")]


def _general_by_surname(surname: str, typed: str) -> list[tuple[float, int, str]]:
    """A Western officer's surname after a general's or an admiral's rank (`typed`, the whole text), when the surname
    is also someone's first name in the course and so is not read alone (`_spellings`): "General Dean" is William F.
    Dean, the one person of the course with that surname and a military post (Dean Acheson and Dean Rusk were
    civilians). The rank must fit (`_title_fits`: Admiral Clark is not General Mark Clark); Korean and Chinese
    names, whose surname comes first, are not read so (General Sung is not Kim Il Sung). [] unless exactly one."""
    if rz.script(surname) not in ("latin", "cyrillic") or len(rz.words(surname)) != 1:
        return []
    system = "name in the course" if rz.script(surname) == "latin" else "cyrillic"  # (генерал Дин: the Russian
    # spelling's surname)
    people = [(position, spelling.id) for position, spelling in enumerate(_index().spellings)
              if spelling.kind == "person" and spelling.system == system
              and spelling.id in _foreign_people() and _faction_of("person", spelling.id) != "prc"
              and spelling.spelling.split()[-1].casefold() == surname.casefold()
              and _MILITARY_POSTS.search(_posts(spelling.id)) and _title_fits(spelling.id, typed)]
    return [(_RULE * 0.97, people[0][0], "suggestion")] if len({person for _, person in people}) == 1 else []


def _empty(query: str, message: str) -> Matches:
    frame = Matches(pd.DataFrame(columns=COLUMNS))
    frame.asked, frame.message = query, message
    return frame


def first_answer(found: pd.DataFrame) -> tuple[str, str] | None:
    """The one thing an answer of `lookup` names first, as (kind, id), or None when it names no one thing: an
    empty answer, or one that is ambiguous between several things ("Kim", a surname alone; "Volunteer Army", a
    word in several armies' names). A name shared with something outside the course (金元鳳) names the course's
    one thing. Used by the test list's checks and the benchmark."""
    if found.empty:
        return None
    if (found["match"] == "ambiguous").all() and len(set(zip(found["kind"], found["id"], strict=True))) > 1:
        return None
    return str(found["kind"].iloc[0]), str(found["id"].iloc[0])


def lookup(name, kind=None) -> Matches:
    """Who or what a name refers to: people, groups, parties, armies and places, in the spellings and scripts a
    learner meets them in.

    `kind` ("person", "group", "party", "army" or "place"; plurals and "faction" also work) keeps
    only that kind of thing. Returns a table, best match first, with the columns `match` ("exact" or
    "suggestion"), `kind`, `id`, `name`, `description` (one line), `hangul`, `faction`, `born` and `died`
    (years; founding and dissolution for parties and armies), `spelling` (the known spelling that
    matched), `kind_of_spelling`, `note`, `sources` (short citations), `source_ids` and `score`.
    An empty table means the name is not in the course's data. Several names in one entry ("A; B",
    "A vs B", "A and B") are each looked up: the table holds their rows in turn, and prints one answer
    per name. Never raises for any input.
    """
    return _lookup_text(name, kind, read_again=True)


def _lookup_text(name, kind, read_again: bool) -> Matches:
    """`lookup`'s work; `read_again` (bool) allows the one second look-up of a name read another way when the text as
    typed names nothing (`_readings_again`), which is itself looked up with every rule but not read again."""
    wanted, problem = _kind_of(kind)
    text = name if isinstance(name, str) else ""
    shown = text.strip()[:80]
    if problem:
        return _empty(shown, problem)
    if not text.strip():
        return _empty("", "Type a name, spelled as you met it, to look it up.")
    if len(text) > _MAX_QUERY:
        return _empty(shown, "That is too long to be a name: type one name at a time.")
    text = re.sub(r"^\s*[(（]([^()（）]+)[)）]\s*$", r"\1", text)  # (A. PUZANOV): a signature in brackets
    tag = re.match(r"(KOR|PRK|CHI|PRC|SOV|USA|RUS)_(?=[A-Za-z]+_[A-Za-z])", text.strip())  # PRK_Nam_Il: a strategy
    # game's country tag before a character's key (Hearts of Iron's files), which must be the person's country
    text = text.strip()[tag.end():] if tag else text
    text = re.sub(r"^([^\s_()（）]+)_(?=[(（][^()（）]+[)）]$)", r"\1 ", text.strip())  # 吳振宇_(朝鮮): a wiki
    # link's target, with _ for the space before the bracket that tells namesakes apart
    if re.fullmatch(r"[^\W\d_]+(?:[_\-][^\W\d_]+)*", text.strip()) and "_" in text and rz.script(text) == "latin":
        text = text.replace("_", " ")  # Nam_Il, kim_il_sung, Unión_soviética: a key, a file's name or a parser's
        # token with _ between the words
    text = re.sub(r"(?<=[^\W\d_])´(?=[^\W\d_])", "’", text)  # Birliği´nin: an acute accent for an apostrophe
    text = re.sub(r"(?<=[а-яёА-ЯЁ])[‒–—](?=[а-яёА-ЯЁ])", "-", text)  # Генерал–майор: a dash set for the hyphen
    text = text.replace("¡¯", "’").replace("¡®", "‘")  # Pyongyang¡¯s: a curly quote's bytes in GBK read as Latin-1
    romance = _ROMANCE_TITLED.fullmatch(text.strip())
    if romance:  # generale nordcoreano Nam Il: read as North Korean general Nam Il, the English order
        state = next(value for pattern, value in _ROMANCE_STATES if re.fullmatch(pattern, romance.group(2),
                                                                                 re.IGNORECASE))
        rank = _ROMANCE_RANKS[" ".join(rz.strip_marks(romance.group(1).casefold()).split())]
        text = f"{state} {rank} {romance.group(3)}"
    text = re.sub(r"\bU\.\s?K\.\s?(?=[^\W\d_])", "UK ", text)  # U.K. Eighth Army: the British one, as UK Eighth
    # Army is read
    text = re.sub(r"(?<=[а-яёА-ЯЁ])\u0301", "", text)  # Пуса́нский пери́метр: a dictionary's stress mark
    text = re.sub(r"(?<=[A-Za-z.]),?\s+(2nd|3rd|4th)\s*$", lambda found: " " + {"2nd": "II", "3rd": "III", "4th": "IV"}[
        found.group(1)], text)  # Charles H. Bonesteel 3rd: a generation in figures, for III
    text = re.sub(r"^\s*(Sur|Norte)\s+de\s+Corea\s*$", r"Corea del \1", text)  # Sur de Corea, "the south of Korea":
    # the North's Spanish-language press's name for South Korea
    text = re.sub(r"^\s*CHND(?=\s+\S)", "Cộng hòa Nhân dân", text)  # CHND Trung Hoa: Vietnamese's abbreviation of
    # Cộng hòa Nhân dân, "People's Republic", before a country's name
    text = re.sub(r"国際連合\s*[(（]国連[)）]", "国連", text)  # 国際連合(国連)軍: the UN with its short name
    text = re.sub(r"[\uff61-\uff9f]+", lambda kana: unicodedata.normalize("NFKC", kana.group()), text)  # ｲﾝﾁｮﾝ:
    # half-width katakana, as older Japanese systems and keyword lists write it, read as the full-width kana
    text = text.translate(_WIDE_FIGURES).replace("／", "/")  # ２００６년, 第Ⅹ軍: full-width figures and Roman
    # numerals, as East Asian pages type them (and the full-width slash between two names: 韓国／大韓民国)
    text = re.sub(r"(?<=[^\W\d_])[\s\-](?:bando|pando)$", " peninsula", text.strip(),
                  flags=re.IGNORECASE)  # Ongjin-bando: Korean 반도, a peninsula, after the name (not Spanish bando, a
    # side, before one: bando de Yan'an)
    text = re.sub(r"(?<=[a-zŏŭ]{2})-ssi$", "", text.strip(), flags=re.IGNORECASE)  # Hŏ Hŏn-ssi: 씨, "Mr"
    if not re.search(r"\bna\s", text, re.IGNORECASE):  # Korejské straně práce, Komunistické straně Číny: a Czech
        # party's name in the locative, a party's adjective before straně, or práce after it (not na straně Číny, "on
        # China's side", nor na sovětské straně Koreje, "on Korea's Soviet side")
        text = re.sub(r"(?<=komunistické\s)straně(?=\s+[^\W\d_])|(?<=dělnické\s)straně(?=\s+[^\W\d_])|"
                      r"(?<=[ée]\s)straně(?=\s+práce\b)", "strany", text, flags=re.IGNORECASE)
    text = re.sub(r"〔([市郡道府邑])〕$", r"\1", text.strip())  # ヘサン(恵山)〔市〕: a dictionary heading's
    # division word in tortoise-shell brackets (the city or county of the name)
    text = re.sub(r"(?<=[\u4e00-\u9fff])[ＩＶＸ]{1,5}(?=[\u4e00-\u9fff])",
                  lambda numeral: unicodedata.normalize("NFKC", numeral.group()), text)  # 第Ｘ軍: full-width
    text = re.sub(r"(?<=\S)\s*[(（]\s*(?:\d{1,3}\s*[.,·]\s*)?사진\s*[)）]", "", text)
    # 박성철(사진), 박성철(95.사진): a Korean paper's note that the photograph shows him (with his age before it)
    text = re.sub(r"(?<=[(（])\s*(\d\d)(?=\s*년\s*(?:사망|생|출생|졸))", r"19\1", text)  # 오진우(95년 사망): a
    # year of death or birth in two figures, of the course's century, which the checks below compare as four
    text = re.sub(r"^(\s*(?:the\s+)?)N\.?\s?K\.?\s+(?=(?:Army|People['’]s\s+Army|forces|troops)\s*$)",
                  r"\1North Korean ", text, flags=re.IGNORECASE)  # N.K. Army: the US Army's histories' short form
    # of "North Korean" (Appleman), read as written out before the army's words (not NK Communist Party, a loose name of
    # the ruling party, not the North Korean Communist Party of 1945-46)
    text = re.sub(r"^(\s*(?:the\s+)?)(?:Republic\s+of\s+(?=South\s+Korea\s*$)|(South\s+Korea)n\s+Republic\s*$|"
                  r"(Güney\s+Kore)\s+Cumhuriyeti\s*$)",
                  r"\1\2\3", text, flags=re.IGNORECASE)  # the Republic of South Korea, the South Korean Republic (and
    # Turkish Güney Kore Cumhuriyeti, "the South Korea Republic"): loose
    # names of the Republic of Korea, read as South Korea
    text = re.sub(r"\b(Ma?c) (?=[A-Z][a-z]{3,})", r"\1", text)  # Mc Arthur: a Scottish surname's Mc written apart
    text = re.sub(r"^(\s*(?:Gen|Lt|Col|Maj|Capt|Adm|Pres|Brig|Sgt|Mr|Dr)\.)(?=[A-Z][a-z]{2,})", r"\1 ", text)
    # Gen.MacArthur: a title's short form with no space before the name
    text = re.sub(r"^\s*(?:si|ni|kay)\s+(?=(?:heneral|pangulo|presidente)\s)", "", text, flags=re.IGNORECASE)  # Si
    # Heneral Douglas MacArthur: Tagalog's article before a person's title and name
    text = re.sub(r"^\s*(?:cố|ngài)\s+(?=(?:chủ\s+tịch|lãnh\s+tụ|thủ\s+tướng|tổng\s+thống|đại\s+tướng|"
                  r"nguyên\s+soái)\b)", "", text, flags=re.IGNORECASE)  # cố Chủ tịch Mao Trạch Đông, ngài thủ tướng
    # Chu Ân Lai: Vietnamese "the late" or "His Excellency" before a title, which the title's checks then read as typed
    text = re.sub(r"^\s*(?:[tT]ại|[ởỞ])\s+(?=[A-ZĐ]\S*"
                  r"[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáâãèéêìíòóôõùúýăĩũ])", "", text)
    # (tại Bình Nhưỡng, ở Bình Nhưỡng: Vietnamese "in", "at" before a name in its own letters; not từ, "from", also
    # the surname 徐: từ Triết is So Chol)
    text = re.sub(r"(?<![^\s])['‘\x22“]([a-z]{3,})['’\x22”](?=\s+[^\W\d_])", r"\1", text)  # 'domestic' communist
    # faction: one word of a name set in quotation marks, in small letters (not a nickname: Walton “Bulldog” Walker)
    if re.fullmatch(r"[\u3040-\u30ff\u3400-\u9fff]{1,2}(?:\s[\u3040-\u30ff\u3400-\u9fff]{1,2}){2,}", text.strip()):
        text = text.replace(" ", "")  # 普天 堡 の 戦 い: characters and kana set apart by a page's spacing
    text = re.sub(r"(?<![^\W\d_])(?<!\.)(?<!\.\s)([NS])(?:\.\s?|\s)?(?=Kor(?:ea|ean)s?\b)",
                  lambda letter: "North " if letter.group(1) == "N" else "South ", text)  # SKorea, S.Korea, S. Korea,
    # NKorean troops: a headline's or a post's short form of North and South (not U.S. Korea, U. S. Korean troops)
    text = re.sub(r"(?<=[\u30a0-\u30ff\u3400-\u9fffA-Za-z.])"
                  r"(?:英語|朝鮮語|韓国語|ロシア語|中国語|ドイツ語|フランス語)版$", "", text.strip())
    # (ウィリアム・ハリソン・Jr英語版: the Japanese Wikipedia's link to another language's article, "English version",
    # run on after a name copied from it)
    text = re.sub(r"^\s*(?:(\d{3,4}(?:[.·]\d)?)\s*고지|hill\s+(\d{3,4}[.·]\d))\s*$", lambda hill: (
        hill.group(1) or hill.group(2)).replace("·", ".") + "高地", text, flags=re.IGNORECASE)  # 597.9고지, Hill 597.9:
    # a hill named by its height, in Korean or English, as the Chinese accounts' 597.9高地 writes it
    text = re.sub(r"^\s*([A-ZА-ЯЁ])([A-ZА-ЯЁ])(?:\.\s*)?(?=[A-ZА-ЯЁ][a-zа-яё]{3,}\s*$)", r"\1. \2. ", text)
    # НС. Хрущев: two initials before a surname with the first one's stop left out (or both, and the space:
    # GMMalenkov, a machine translation's run-together initials, which `_initials_fit` then checks)
    text = re.sub(r"^\s*(?!PM|MP|UN|US|CC|MG|BG|LT|GS|HQ|CO)([A-Z])([A-Z])\s+(?=[^\W\d_]{3,}(?:ow|ew|ov|ev)\s*$)",
                  r"\1. \2. ", text)
    # GK Żukow, WM Mołotow: a Polish machine translation's two initials run together without stops, before a Russian
    # surname (whose initials `_initials_fit` then checks: UN Zhukov is no one); not an office's, a rank's or a
    # body's letters (PM Malenkov, MG Lebedev)
    text = re.sub(r"^\s*hợp\s+ch[úủ]ng\s+quốc\s+(?=(?:hoa\s+k[ỳì]|m[ỹĩ])\s*$)", "", text, flags=re.IGNORECASE)  # Hợp
    # chúng (chủng) quốc Hoa Kỳ: Vietnamese's "United States" (合眾國) before America's name, its full name
    text = re.sub(r"^\s*(?:the\s+)?Democratic\s+People['’]?s\s+Republic\s+of\s+Korea(?=\s+Army\s*$)", "DPRK", text,
                  flags=re.IGNORECASE)  # Democratic People's Republic of Korea Army: the state's full name before
    # "Army", read as its short one (DPRK Army, the KPA)
    text = re.sub(r"^\s*Korea,?\s+(North|South)\s*$", r"\1 Korea", text, flags=re.IGNORECASE)  # Korea, South: a
    # list's or a dataset's label with the country's word first (as the CIA's World Factbook writes it)
    text = re.sub(r"^\s*(?:[вВ]\s+честь|[иИ]мени)\s+(?=[А-ЯЁ])", "", text)  # в честь Ким Ир Сена, имени
    # Ким Ир Сена: "in honour of", "named after", before a name in the genitive, which is read so
    text = re.sub(r"^\s*SSRİ\s*$", "SSCB", text)  # Azerbaijani SSRİ (Sovet Sosialist Respublikaları İttifaqı), with its
    # dotted İ, as Turkish's SSCB (not SSRI, the drugs)
    text = re.sub(r"^(\s*(?:[A-ZА-ЯЁ]\.){2,}[A-ZА-ЯЁ])(\s*)$", r"\1.\2", text)  # U.R.S.S: the last dot left out
    if re.fullmatch(r"\s*(?:[A-Z]\.\s){2,}[A-Z]\.?\s*", text) and re.sub(r"[.\s]", "", text) in _SPACED_ABBREVIATIONS:
        text = re.sub(r"[.\s]", "", text)  # A. B. D.: a country's abbreviation with spaces after its dots (ABD)
    text = re.sub(r"(?<=[a-z]{2}s)['’]$", "", text.strip())  # the U.S. imperialists': a plural's possessive
    text = re.sub(r"(?<=[A-Za-z]{3})\s+[‘’']?s$", "’s", text)  # Kim II-Sung ‘s, Stalin s: a possessive set apart,
    # or with its apostrophe lost
    turkish = re.fullmatch(r"(\S+\s.*[^\W\d_ktphKTPH])['’]"
                           r"(?:n?[ıiuü]n|y?[ıiuü]|y?[ae]|n?[dt][ae](?:n|ki)?|y?l[ae]|[cç][ae])",
                           text.strip()) if rz.script(text) == "latin" else None
    if turkish:  # Kim Jong Il’in, Kim Il Sung’un: a Turkish case ending after an apostrophe (and -deki, "which is
        # in": Amerika Birleşik Devletleri'ndeki), taken off so that the name is not read with it (Kim Jong Ilin is
        # no slip of Kim Chung-nin); not after k, t, p or h, where the apostrophe is McCune-Reischauer's (Kapsanp'a,
        # Kim Ch'aek)
        text = turkish.group(1)
    # Xta-lin, Oa-sinh-tơn, L. Brê-giơ-nhép: a foreign name as Vietnamese school books spell it, read back into Latin
    # letters (Stalin, Wasington, L. Brezhnep) for the look-up below when the text as typed names nothing; and
    # КимЧенСук, a name's words run together with their capitals kept, read with spaces between them
    reading = rz.vietnamese_loanword_to_latin(text) if rz.script(text) == "latin" else None
    school_book = reading is not None
    if not reading and rz.script(text) in ("latin", "cyrillic") and re.fullmatch(
            r"(?!Ma?c[A-Z])[A-ZА-ЯЁ][a-zа-яё]+(?:[A-ZА-ЯЁ][a-zа-яё]+){1,3}", text.strip()):  # (not MacArthurs)
        reading = re.sub(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])", " ", text.strip())
    if re.search(r"[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text.casefold()):  # (not ă, also Romanian's)
        text = re.sub(r"(?<=\w)-(?=\w)", " ", text)  # Liên bang Xô-viết: Vietnamese's syllables joined by a hyphen
    turkish_country = re.fullmatch(r"([^\W\d_]{3,})['’]"
                                   r"(?:n?[ıiuü]n|y?[ıiuü]|y?[ae]|n?[dt][ae](?:n|ki)?|y?l[ae]|[cç][ae])",
                                   text.strip()) if rz.script(text) == "latin" else None
    if turkish_country and _territory_names().get(normalise(turkish_country.group(1))):
        text = turkish_country.group(1)  # Türkiye’nin, Çin’e: one word, a country's name, with a Turkish case ending
    if re.fullmatch(r"\s*(?:[\u3400-\u9fff]{1,2}[\u30a1-\u30fa\u30fc]{1,4}){2,}[\u3400-\u9fff]*\s*", text):
        text = re.sub(r"[\u30a1-\u30fa\u30fc]", "", text)  # 金キム日イル成ソン主席: each character's reading in
        # katakana after it, as ruby flattened into the line prints it, taken out
    ruby = re.fullmatch(r"\s*([\u3400-\u9fff]{2,})([\u3041-\u3096]{3,})\s*", text)
    if ruby and _ruby_reading(ruby.group(1), ruby.group(2)):
        # 朝鮮人民軍ちょうせんじんみんぐん, 平壌へいじょう: the characters' reading in hiragana run on after them, as
        # reading-aid services print their ruby inline (not words of the sentence: 金日成のむすこ, "Kim Il Sung's son";
        # 金日成ひろば, Kim Il Sung Square)
        text = ruby.group(1)
    text = re.sub(r"((?:인민|지원|의용|국|유엔|미|연합|혁명|해방)군)\s*(?:용사|장병|병사|군인)(?=들)", r"\1",
                  text.strip())
    # (중국인민지원군용사들이: an army's "brave soldiers", "officers and men" in the plural, read as the army's 들,
    # 중국인민지원군들이, a suggestion; not a county's 군, 가평군, nor a general's, 김일성장군)
    text = re.sub(r"(?<=派)(?:成員|成员|領袖|领袖|分子)$", "", text.strip())  # 甲山派成員, 苏联派领袖, 延安派分子: a
    # faction's members, leaders or elements, as the faction (not 人 or 官員: 苏联派人 is "the USSR sent someone")
    text = re.sub(r"^(?:朝鮮労働党|朝鮮勞動黨|朝鲜劳动党|조선로동당|조선노동당)\s*(?=\S{1,4}派$)", "", text.strip())
    # (朝鮮労働党甲山派, 朝鮮労働党ソ連派: the party's name before one of its factions, as the faction)
    text = re.sub(r"(?<=[\u4e00-\u9fff])\s*[：:]\s*(?=[\u4e00-\u9fff])", " ", text.strip())  # 首相：金日成: a
    # colon between two words in characters read as a space (an office and its holder, as a cabinet's list writes
    # them; what is then read must still be one name with words that describe him)
    text = re.sub(r"^([\u4e00-\u9fff]{2,4})・(?=[\u4e00-\u9fff]{2,4}$)",
                  lambda found: f"{found.group(1)} " if found.group(1) in _OFFICES_CJK else found.group(0), text)
    # (主席・金九: an office and a name in characters with the middle dot between them)
    minister = re.match(r"minister\s+of\s+(?:the\s+)?(?:national\s+)?(foreign|internal|home|defen[cs]e|interior)"
                        r"(?:\s+affairs)?\s+(?=(?-i:[A-Z]))", text.strip(), re.IGNORECASE)
    if minister:  # Minister of Internal Affairs Pang Hak-se: the office written out before a name, read as the
        # English title it is (`_ENGLISH_MINISTER`, held to the posts)
        office = {"internal": "Internal Affairs"}.get(minister.group(1).casefold(), minister.group(1))
        text = f"{office} Minister {text.strip()[minister.end():]}"
    text = re.sub(r"(?<=[\u30a1-\u30fa\u30fc])[·•‧](?=[\u30a1-\u30fa])", "・", text)  # キム·イルソン: a Latin
    # middle dot between katakana names as the katakana one
    text = re.sub(r"(?<=[)）])\s+(?:은|는|이|가|을|를|의|에|과|와|도|으로|로|에게|에서)$", "", text)  # 무정(武亭,
    # 1905년 - 1952년) 은: a Korean particle after the brackets, a space before it
    text = re.sub(r"\s*[(（](?:当時|當時|当时|당시)[)）]\s*$", "", text.strip()) or text  # 李承晩大統領(当時):
    # "at the time", after a title
    text = re.sub(r"(?<=[\u4e00-\u9fff])[﹒．•‧.](?=[\u4e00-\u9fff])", "·", text)  # 馬克﹒克拉克, 約瑟夫•史達林: a
    # small, a full-width or a Latin full stop, or a bullet, between a foreigner's names in characters, for the middle
    # dot (范.弗利特)
    text = re.sub(r"(?<=[\u4e00-\u9fff])[.﹒．]([A-Z])[.﹒．](?=[\u4e00-\u9fff])", r"·\1·", text)  # 哈里.S.杜鲁门: a
    # Latin middle initial between full stops (or small or full-width ones: 查爾斯﹒H﹒邦尼斯蒂爾) in a name in
    # characters, for 哈里·S·杜鲁门
    text = re.sub(r"^(苏联|蘇聯)(?:红军|紅軍)?(?:远东|遠東)?(?=第)", r"\1", text.strip())  # 苏联红军远东第25集团军:
    # the Soviet Red Army's (Far Eastern) 25th Army, with the words for the Red Army and the Far East
    text = re.sub(r"^([A-Z])\s*[・･](?=[\u30a1-\u30fa])", r"\1.", text.strip())  # N・フルシチョフ: an initial
    # before a name in katakana, with the middle dot for its stop
    text = re.sub(r"^[(（](?:朝鮮|조선)[)）]\s*(?=\S{3})", "", text.strip())  # (朝鮮)天道敎靑友黨: the country in
    # brackets before a body's name (not (北朝鮮), which may be part of the name: (北朝鮮)勞動黨 is the WPNK)
    author = re.fullmatch(r"[(（\[［〔【]\s*([美苏蘇英])\s*[)）\]］〕】]\s*([\u4e00-\u9fff][\u4e00-\u9fff·・]+)",
                          text.strip())
    if author and any(item[2] == "exact" for item in _search(author.group(2), "person")):
        text = f"{author.group(2)}（{author.group(1)}）"  # (美) 李奇微, 〔苏〕赫鲁晓夫: a Chinese book's author with
        # his country in brackets before his name, read as with it after (李奇微（美）: `_bracketed` holds the country
        # to his); only a foreign country's letter, and only before a person's name (not (美) 第八集团军)
    text = re.sub(r"^(北韓|北韩|北朝鮮|北朝鲜)\s*(?:共軍|共军|共產軍|共产军|共産軍)(?=\s*$|[はがのをにと的])", r"\1軍",
                  text.strip())  # 北韓共軍: the Taiwanese and Japanese press's "North Korean Communist army", the KPA
    text = re.sub(r"^(?:북한|이북|북괴|북조선)\s*공산군(?=\s*$|[은는이가을를의에과와도]|들|측|으로)",
                  "북한군", text.strip())  # 이북공산군, 북한 공산군을: "the northern communist army", the South's
    # name for the KPA in 1950 (not China's communist army, which is also the CCP's armies of the civil war, as
    # Chinese Communist Forces are)
    text = re.sub(r"^(소련|쏘련)군\s*(?=제\s*\d+\s*군)", r"\1 ", text.strip())  # 소련군 제25군: the Soviet army's 25th
    # Army
    text = re.sub(r"^\s*(南|北)鮮(?=\s*(?:軍|政府|当局)?\s*$)", r"\1朝鮮", text)  # 南鮮, 北鮮軍: postwar Japanese's
    # short forms of 南朝鮮 and 北朝鮮 (the South, the North)
    text = re.sub(r"^\s*抗美援朝(?=.*志[愿願][军軍])", "", text)  # 抗美援朝志愿军: the volunteers with the war's
    # Chinese name ("resist America, aid Korea") before them
    text = re.sub(r"^\s*我\s*(?=(?:中国|中國)?(?:人民)?志[愿願][军軍]\s*$)", "", text)  # 我志愿军: "our Volunteers", as
    # Chinese papers and Mao's writings name them
    text = re.sub(r"^\s*(?:the\s+)?(?:CCP|CPC)\s+(?:troops|forces|soldiers|armies)\s*$", "Chinese Communist Forces",
                  text, flags=re.IGNORECASE)  # CCP troops: the Chinese Communist Forces (CCF), as a translation of
    # 中共军队 writes them
    text = re.sub(r"^(\s*(?:the\s+)?North\s+Korean)\s+Communist\s+(?=(?:army|forces|troops)\s*$)", r"\1 ", text,
                  flags=re.IGNORECASE)  # North Korean Communist Army: the KPA, as the South's 북한 공산군 (above)
    # and the Western and Taiwanese press of 1950-53 named it
    pinned = re.fullmatch(r"\s*([^\W\d_]{4,}?)marker\s*", text)
    if pinned and any(item[2] == "exact" for item in _search(pinned.group(1), "place")) and not any(
            item[2] == "exact" for item in _search(pinned.group(1), "group")):  # (not Kapsanmarker: also a group's)
        text = pinned.group(1)  # Seoulmarker, Pyongyangmarker: the word "marker" of a map's pin run into a place's
        # name, as text scraped from encyclopedia pages has it (a place's only)
    text = re.sub(r"^\s*Korea,\s*Rep\.?\s*$", "Korea, Republic of", text)  # Korea, Rep.: the World Bank's and
    # others' short form of the Republic of Korea's name in lists
    country = re.fullmatch(r"(?:アメリカ|米国|ソ連|ソビエト|中国|北朝鮮|韓国|イギリス|英国)の?"
                           r"([\u30a0-\u30ff\u4e00-\u9fff].+)", text.strip())
    if country and _TITLES_AFTER.search(country.group(1)) and not _TITLES_AFTER.fullmatch(country.group(1)):
        text = country.group(1)  # アメリカのトルーマン大統領, ソ連マリク国連代表: a Japanese page's country before a
        # titled name, "America's President Truman"
    elif country and "の" in text and (man := _firm_entity(country.group(1))) and man[0] == "person" and {
            "アメリカ": "US", "米国": "US", "ソ連": "SU", "ソビエト": "SU", "中国": "CN", "北朝鮮": "KP",
            "韓国": "KR"}.get(text.strip()[:text.strip().index("の")]) in _own_countries(man[1]):
        text = country.group(1)  # 韓国の李承晩, "South Korea's Syngman Rhee": his own country's name before his
    place_in = (re.fullmatch(f"({'|'.join(_COUNTRIES_CJK)})の?(首都[、，,]?)?([\u4e00-\u9fff]{{2,}})", text.strip())
                or re.fullmatch(f"({'|'.join(_COUNTRIES_HANGUL)})의?\\s*(수도\\s*)?([\uac00-\ud7a3]{{2,}})",
                                text.strip())) if wanted in (None, "place", "group") else None
    if place_in:  # 北朝鮮の興南, 中國遼寧丹東, 南韓仁川港, 北韓首都平壤, 朝鮮の首都、平壌: a place with its
        # country (and "capital", or a province) before it, in Japanese or Chinese, answered as the place when it
        # lies in that country
        with _collector_paused():
            place = _lookup_one(place_in.group(3), "place", shown) if wanted != "group" else _empty("", "")
        codes = {**_COUNTRIES_CJK, **_COUNTRIES_HANGUL}[place_in.group(1)]
        capitals = _CAPITALS["russia"] if "russia" in codes else set().union(*(_CAPITALS.get(code, set())
                                                                                for code in codes))
        if not place.empty and place["match"].iloc[0] != "ambiguous" and _places_table().get(place["id"].iloc[0], (
                "", ""))[1] in codes and (not place_in.group(2) or place["id"].iloc[0] in capitals):
            return place  # (after 首都 only the country's capital: the Soviet Union's Moscow, not Tashkent) (a
            # suggestion stays one: 遼寧丹東, with its province, is suggested)
        with _collector_paused():
            state = _lookup_one(place_in.group(3), "group", shown) if not place_in.group(2) and wanted in (
                None, "group") else None
        if state is not None and not state.empty and state["match"].iloc[0] != "ambiguous" and state["id"].iloc[0] in [
                {"russia": "ussr"}.get(code, code) for code in codes]:
            return state.head(1)  # 南韩李承晚政府: the country before its own government, named by its leader
    capital = _STATE_CAPITAL.fullmatch(text.strip())
    named_state = re.sub(r"\bu s\b ?(a?)", r"us\1", " ".join(
        (capital.group(1) or capital.group(2)).casefold().replace(".", " ").split())) if capital else ""  # (U. S. A.)
    code = next((code for words, code in _CAPITAL_STATES.items() if named_state in words), None)
    if code and wanted in (None, "place"):
        # the North Korean capital, the capital of the Soviet Union: a state's capital named by the state, as popular
        # accounts write it, suggested (not China's, Nanjing until 1949, nor Korea's; and the Koreas' as they are
        # meant, though the North's 1948 constitution named Seoul its capital until 1972 and the South's government
        # left Seoul twice in 1950-51 and sat at Pusan until 1953)
        with _collector_paused():
            found = _lookup_one(sorted(_CAPITALS[code])[0], "place", shown)
        return found.head(1).assign(match="suggestion") if not found.empty else found
    text = _unmarked(text)  # [[崔庸健]], [[김일 (프로레슬러)|김일]]: a wiki's link around a name, read as its target
    # the comma or stop after a name copied out of a sentence (김렬, 무정(武丁), 釜山.): a stop, a question or an
    # exclamation mark or an ellipsis only after characters, kana or Hangul (한국군은?, スターリンは?, 평양에서…), as
    # a stop after Latin letters may end an initial (Kim I.) or a short form (Gen.)
    text = re.sub(r"\s*[,，、]\s*$|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3)）])\s*[.。?？!！…]+\s*$", "",
                  text) or text
    also_called = _ALSO_CALLED.fullmatch(text.strip())
    if also_called:  # 金日成こと金成柱: answered only when both names are one entity's (金日成こと金擎天, the legend's
        # general, is not the course's Kim Il Sung, nor 平壌こと京城 a place)
        with _collector_paused():
            both = [_lookup_one(name, wanted, name[:80]) for name in also_called.groups()]
        named = {(answer["kind"].iloc[0], answer["id"].iloc[0]) for answer in both
                 if not answer.empty and answer["match"].iloc[0] != "ambiguous"}
        if len(named) == 1 and not any(answer.empty for answer in both):
            return both[0]
        return _empty(shown, f"“{shown}” gives two names as one (こと, “that is”) that the course's data do not "
                             "give as one person's.")
    dashed = re.fullmatch(r"(.+?\S)\s+[–—-]\s+(\S.+)", text.strip())
    if dashed:  # Хейдзио – Пхеньян, 平壌 — Pyongyang: one place's two names set side by side, answered as it when
        # both are firmly its (a route, Pyongyang – Sinuiju, is read as the rules below read it)
        with _collector_paused():
            both = [_lookup_one(name, wanted, name[:80]) for name in dashed.groups()]
        if all(not answer.empty and answer["match"].iloc[0] == "exact" for answer in both) and len(
                {(answer["kind"].iloc[0], answer["id"].iloc[0]) for answer in both}) == 1:
            return both[0]
    with _collector_paused():  # a lookup, and the first one's index and tables, make many objects and no cycles
        whole = _lookup_one(text.strip(), wanted, shown)
        several = _several_names(text.strip(), wanted, whole)
        capital = re.fullmatch(r"(首都|新華社|新华社|수도)\s*([\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{2,})",
                               text.strip()) if whole.empty else None
        if capital:  # 首都平壌, 수도 서울을: "the capital" before a city's name, answered as the city when it is a
            # capital (`_CAPITALS`; not before a man's name); 新華社平壤, a dateline with the New China News Agency's
            # name before the city
            city = _lookup_one(capital.group(2), wanted, shown)
            if not city.empty and city["kind"].iloc[0] == "place" and city["match"].iloc[0] != "ambiguous" and (
                    capital.group(1) not in ("首都", "수도") or city["id"].iloc[0] in set().union(*_CAPITALS.values())):
                whole = city
        country = _COUNTRYS.fullmatch(text.strip()) if whole.empty or whole["kind"].iloc[0] == "group" or (
            several is not None) else None
        if country:  # Russia's Molotov, North Korea's Kim Il Sung: a country's possessive before a man's name, as
            # Time wrote it; answered as the man, and never as the country (South Korea's Kim Il Sung is no one)
            man = _lookup_one(country.group(2), wanted, shown)
            if not man.empty and man["kind"].iloc[0] == "person":
                several = None  # (not the country and the man as two names)
                whole = man if man["match"].iloc[0] != "ambiguous" and _countrys_man(
                    country.group(1), man["id"].iloc[0]) else _empty(
                    shown, f"“{shown}” names a man as another country's than his own.")
        of_america = _OF_AMERICA.fullmatch(text.strip()) if whole.empty else None
        if of_america:  # Estados Unidos da América, United States of America: the United States with its full
            # name's "of America", answered as the country when the words before it are firmly its name
            head = _lookup_one(of_america.group(1), wanted, shown)
            if not head.empty and head["match"].iloc[0] == "exact" and (
                    head["kind"].iloc[0], head["id"].iloc[0]) == ("group", "usa"):
                whole = head
        initials = re.fullmatch(r"([A-ZА-ЯЁ])([A-ZА-ЯЁ])\s+([A-ZА-ЯЁ][^\W\d_]{3,})", text.strip()) if (
            whole.empty and several is None) else None
        if initials:  # VM Molotov, LP Beria: two initials with no stops before a surname, as Finnish pages write
            # them, read as initials (and held to the man's, `_initials_fit`); only ever a person
            dotted = _lookup_one(f"{initials.group(1)}. {initials.group(2)}. {initials.group(3)}", wanted, shown)
            if not dotted.empty and dotted["match"].iloc[0] != "ambiguous" and dotted["kind"].iloc[0] == "person":
                whole = dotted
    answer = several if several is not None else whole
    if re.fullmatch(r"[A-Za-z]{1,2}\.?", text.strip()) and not _US_INITIALS.fullmatch(text.strip()) and (
            not answer.empty and (answer["match"] == "suggestion").all()):
        return _empty(shown, f"“{shown}” is too short to suggest a name from: the course's data have no such name.")
        # (UC, a telegram's Unified Command, is no slip of "Other UN Command contributors"; AS, the United States'
        # initials in Indonesian and Malay, is read in capitals only, `_US_INITIALS`)
    if several is None and _japanese_reading_slip(text, answer):
        return _empty(shown, f"“{shown}” is not in the course's data: it is no spelling of the Japanese reading it "
                             "resembles.")
    if several is None and not _titles_fit_answer(text, answer):
        return _empty(shown, f"“{shown}” gives a title that the course's person of the name did not hold.")
    if not answer.empty and _half_unread(text) and not (answer["matched_by"] == "same spelling").all():
        return _empty(shown, f"“{shown}” is written partly in Latin letters and partly in a script the lookup reads "
                             "only as a whole name: look up each part on its own.")
    if tag and not answer.empty and not _game_tag_fits(tag.group(1), answer):
        return _empty(shown, f"“{shown}” is a game's key whose country is not that of the course's person of the name.")
    if not answer.empty and answer["kind"].iloc[0] == "person" and answer["id"].iloc[0] in _foreign_people() and (
            re.search(r"[\u30a1-\u30fc](?:ヴァ|ワ|ナヤ|スカヤ)$", text.strip())):  # フルシチョワ, ポドゴルナヤ
        return _empty(shown, f"“{shown}” is not in the course's data: it is a woman's form of the surname in katakana "
                             "(-ova, -eva, -aya), another person.")
    if answer.empty and read_again and several is None:  # a name read another way (`_readings_again`), looked
        # up with every rule and suggested when it names someone it can mean
        for again, transcribed in _readings_again(text, reading, school_book):
            read = _lookup_text(again, kind, read_again=False)
            if not read.empty and read["match"].iloc[0] != "ambiguous" and (
                    transcribed is None or (transcribed == ("not a person",) and read["kind"].iloc[0] != "person")
                    or (isinstance(transcribed, tuple) and transcribed[0] == "age" and _age_fits(read, transcribed[1]))
                    or (not isinstance(transcribed, tuple) and _read_back_fits(again, read, transcribed))):
                return read.assign(match="suggestion")
    hailed = re.fullmatch(r"(?:위대한|위대하신|경애하는)\s*(\S.*?)|(\S.*?)\s*만세\s*!*|"
                          r"Велик(?:ий|ого|ому|им|ом)\s+(?:[Вв]ожд(?:ь|я|ю|ём|ем|е)\s+)?(?:[Тт]оварищ(?:а|у|ем|е)?\s+)?"
                          r"([А-ЯЁ]\S*(?:\s+\S+){0,2})", text.strip())
    if answer.empty and read_again and several is None and hailed:
        # 위대한 김일성주석님께서: the North's epithets for its leader before his name ("great", "respected"), held
        # to him; 김일성장군 만세!, 쓰딸린 만세: a cheer after a name ("long live"), which names whoever it hails;
        # Великий Вождь Товарищ Ким Ир Сен: the Russian "great (leader, comrade)", which Moscow's, Beijing's and
        # Pyongyang's presses gave their leaders only (`_PRAISED`)
        read = _lookup_text(hailed.group(1) or hailed.group(2) or hailed.group(3), kind, read_again=False)
        leader = tuple(read[["kind", "id"]].iloc[0]) if not read.empty else None
        if not read.empty and read["match"].iloc[0] != "ambiguous" and (
                hailed.group(2) or leader == ("person", "kim_il_sung")
                or hailed.group(3) and leader[0] == "person" and leader[1] in _PRAISED):
            return read.head(1).assign(match="suggestion")
    hangul_glossed = re.fullmatch(r"([\uac00-\ud7a3]{2,})\(([\uac00-\ud7a3]{2,})\)\s*(\S.*)", text.strip())
    if answer.empty and read_again and several is None and hangul_glossed:
        # 쓰딸린(스탈린) 대원수의: an old spelling glossed with today's in brackets, and words after both: read with
        # each, suggested when what they name is one (the other may name nothing)
        readings = [_lookup_text(f"{hangul_glossed.group(number)} {hangul_glossed.group(3)}", kind, read_again=True)
                    for number in (1, 2)]
        named = {tuple(read[["kind", "id"]].iloc[0]) for read in readings if not read.empty and read["match"].iloc[
            0] != "ambiguous"}
        if len(named) == 1:
            return next(read for read in readings if not read.empty).assign(match="suggestion")
    return answer


def _age_fits(read: pd.DataFrame, age: int) -> bool:
    """Whether an age in years (int) typed after a name fits the life of the person an answer of `lookup` names
    first (its `born` and `died` years): 15 or more, and at most the years between them and one. False for anything
    but a person, or a person whose years the data do not both give."""
    first = read.iloc[0]
    if first["kind"] != "person" or pd.isna(first["born"]) or pd.isna(first["died"]):
        return False
    return 15 <= age <= int(first["died"]) - int(first["born"]) + 1


def _readings_again(text: str, reading: str | None, school_book: bool) -> list[tuple[str, bool | None | tuple]]:
    """The other ways to read a name that, as typed, names nothing (`lookup`), each with whether it is a Vietnamese
    school book's transcription read back into Latin letters (True), a name run together read with spaces (False),
    both held to `_read_back_fits`, a katakana or middle-dot form read in the usual spelling (None), a name read
    without an age in brackets after it (("age", years), held to `_age_fits`), or a Bengali name without a case
    ending that may end a woman's name too (("not a person",): a place's or a body's only). Returns a
    list of (text, transcribed) pairs, in the order tried:
    - `reading`: Xta-lin, Oa-sinh-tơn, L. Brê-giơ-nhép (Stalin, Wasington, L. Brezhnep; `romanize.
      vietnamese_loanword_to_latin`), or КимЧенСук, a name's words run together with their capitals kept;
    - katakana's ヴ (v) for the ビ (b) the usual spelling has (ソヴィエト連邦; ヴェ for ビエ, ソヴェト), and
      katakana's dot between a foreigner's names in Chinese characters (約瑟夫・史達林) for the Chinese middle dot;
    - a surname of two words split by the middle dot (范·弗利特, Van Fleet), read without it;
    - a Korean paper's age in brackets between a name and a title taken out (백선엽(100) 예비역 대장이);
    - a Bengali or Tamil case ending or clitic taken off (কিম ইল-সুংয়ের, அமெரிக்காவும்)."""
    found = [(reading, school_book)] if reading else []
    if re.search("ヴ", text) or re.search(r"(?<=[\u4e00-\u9fff])・(?=[\u4e00-\u9fff])", text):
        again = re.sub("ヴ([ァィェォ])", lambda vowel: "バビベボ"["ァィェォ".index(vowel.group(1))], text.strip())
        found.append((re.sub(r"(?<=[\u4e00-\u9fff])・(?=[\u4e00-\u9fff])", "·", again.replace("ヴ", "ブ")), None))
        if "ヴェ" in text:  # (and ヴェ for the usual ビエ: ソヴェト, prewar Japanese for ソビエト, Soviet)
            found.append((text.strip().replace("ヴェ", "ビエ"), None))
    if re.fullmatch(r"[\u4e00-\u9fff]{1,3}[·・][\u4e00-\u9fff]{2,}", text.strip()):
        found.append((re.sub("[·・]", "", text.strip()), None))  # 范·弗利特: a surname of two words (Van
        # Fleet) split by the dot that sets a first name apart, read whole (范弗利特)
    aged = re.fullmatch(r"\s*([\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,4})\s?[(（](\d{1,3})(?:세|歳|岁)?[)）]"
                        r"\s*([^\s(（].*)", text)
    if aged and not re.match(r"(?:씨|氏|님|さん|先生|선생|女士|女史|여사|옹|翁)", aged.group(3)):  # 백선엽(100) 예비역
        # 대장이: a Korean paper's age in brackets after a man's name and before his title, read without it and held to
        # his life's years (`_age_fits`); not before 씨, Mr, or another word of respect, as the press names a private
        # person (김일(34) 씨, 金一(34岁)先生, 김일(70) 옹)
        found.append((f"{aged.group(1)} {aged.group(3)}", ("age", int(aged.group(2)))))
    declined = re.sub(r"(?<=[\u0980-\u09ff]{3})(?:য়ের|ের|(?<=[\u09be-\u09cc])র)$", "", text.strip())
    declined = re.sub(r"(?<=[\u0b80-\u0bff]{3})[வய]ு(?:ம்|க்கு)$", "", declined)
    declined = re.sub(r"(?<=[\u0b80-\u0bff]{3}[\u0b95-\u0bb9])ு(?:ம்|க்கு)$", "\u0bcd", declined)
    if declined != text.strip():  # Bengali's genitive, -er, -yer or, after a vowel, -r (কিম ইল-সুংয়ের,
        # আমেরিকার); Tamil's -um, "and", and dative -ukku, after a glide v or y or in the place of a final consonant's
        # pulli (அமெரிக்காவும், சோவியத் யூனியனும், தென்கொரியாவுக்கு): read without the ending; Bengali's -r after a
        # vowel only as a country's or a place's (মালিকার, "of Malika", a woman, is not Malik)
        vowel_r = re.search(r"[\u09be-\u09c6\u09c8-\u09cc]র$", text.strip())
        found.append((declined, ("not a person",) if vowel_r else None))
    return found


# Countries' names in Chinese characters (and Japanese shinjitai), as a page writes them before a place in the country
# (`lookup`), with the countries (`places.csv`'s codes, today's states) they may mean: 朝鮮 is all Korea, North or
# South, as colonial and Japanese texts name it; the Soviet Union its republics of the course's places
_COUNTRIES_CJK = {"北朝鮮": {"dprk"}, "北韓": {"dprk"}, "北韩": {"dprk"}, "朝鮮": {"dprk", "rok"},
                  "朝鲜": {"dprk", "rok"}, "韓国": {"rok"}, "韓國": {"rok"}, "韩国": {"rok"}, "南韓": {"rok"},
                  "南韩": {"rok"}, "中国": {"prc"}, "中國": {"prc"}, "美國": {"usa"}, "美国": {"usa"}, "米国": {"usa"},
                  "蘇聯": {"russia", "uzbekistan"}, "苏联": {"russia", "uzbekistan"}, "ソ連": {"russia", "uzbekistan"},
                  "俄國": {"russia"}, "俄国": {"russia"}, "烏茲別克": {"uzbekistan"},
                  "乌兹别克": {"uzbekistan"}, "羅馬尼亞": {"romania"}, "罗马尼亚": {"romania"}}
# and in Hangul, with a space or none after it (러시아 하바로프스크, 중국 단둥에서, 북한의 수도 평양)
_COUNTRIES_HANGUL = {"북한": {"dprk"}, "북조선": {"dprk"}, "조선": {"dprk", "rok"}, "한국": {"rok"}, "남한": {"rok"},
                     "남조선": {"rok"}, "중국": {"prc"}, "미국": {"usa"}, "소련": {"russia", "uzbekistan"},
                     "쏘련": {"russia", "uzbekistan"}, "러시아": {"russia"}, "우즈베키스탄": {"uzbekistan"},
                     "루마니아": {"romania"}}

# The capitals of the countries of the course's places (`places.csv`'s codes): Tashkent the Uzbek republic's,
# Bucharest Romania's
_CAPITALS = {"dprk": {"pyongyang"}, "rok": {"seoul"}, "prc": {"beijing"}, "russia": {"moscow"},
             "usa": {"washington"}, "uzbekistan": {"tashkent"}, "romania": {"bucharest"}}


# A state's capital named by the state's adjective (after "the": "Soviet capital" is also investment money) or name in
# English (`_lookup_text`), with the `_CAPITALS` key
_CAPITAL_STATES = {("north korean", "north korea", "dprk"): "dprk", ("south korean", "south korea", "rok"): "rok",
                   ("soviet", "soviet union", "ussr"): "russia",
                   ("american", "us", "united states", "usa"): "usa"}
_STATE_CAPITAL = re.compile(r"the\s+(north\s+korean|south\s+korean|soviet|american|u\.?\s?s\.?)\s+capital|"
                            r"(?:the\s+)?capital\s+of\s+(?:the\s+)?(north\s+korea|south\s+korea|soviet\s+union|"
                            r"ussr|dprk|rok|united\s+states|usa|u\.?\s?s\.?(?:a\.?)?)", re.IGNORECASE)


def _read_back_fits(reading: str, answer: Matches, school_book: bool) -> bool:
    """Whether an answer found for a name read back into Latin letters (`lookup`: Xta-lin as Stalin, КимЧенСук as Kim
    Chen Suk) can be what the name meant. A Vietnamese school book's transcription (`school_book`) names a
    foreigner or a place abroad, never a Korean or a Korean place, which Vietnamese writes in Sino-Vietnamese
    (Mác-san, Marshall, is not Masan); and a Slavic woman's form (Xta-li-na, Mô-lô-tô-va) is not the man."""
    kind, entity = answer["kind"].iloc[0], answer["id"].iloc[0]
    if re.search(r"(?:ov|ev|in|yn|sk)a$", reading.strip(), re.IGNORECASE) and kind == "person":
        return False
    if not school_book:
        return True  # (a name run together, read with spaces: any of the course's)
    if kind == "person":
        return entity in _foreign_people()
    return kind != "place" or _places_table().get(entity, ("", ""))[1] not in ("dprk", "rok")


# "Of America" after the name of the United States in a European language (United States of America, Estados
# Unidos de América, Stati Uniti d'America, États-Unis d'Amérique, Vereinigte Staaten von Amerika)
_OF_AMERICA = re.compile(r"(.+?)\s+(?:of(?:\s+the)?|de|da|do|von|van|d['’]|dell['’])\s*(?:Am[eéè]ri(?:ca|que|ka|ki))",
                         re.IGNORECASE)
# A country's possessive before a name (Russia's Molotov, Red China's Mao Tse-tung, South Korea's Rhee)
_COUNTRYS = re.compile(r"(?:the\s+)?((?:Soviet\s+)?Russia|Soviet\s+Union|U\.?S\.?S\.?R\.?|"
                       r"(?:Red\s+|Communist\s+)?China|(?:North\s+|South\s+)?Korea|America|United\s+States|"
                       r"U\.\s?S\.?)['’]s?\s+(\S.+)", re.IGNORECASE)


def _countrys_man(country: str, person: str) -> bool:
    """Whether a person of the course is the country's whose possessive is typed before his name (`_COUNTRYS`):
    Russia's and the Soviet Union's a Soviet, China's a Chinese, America's an American, Korea's (North or South) a
    Korean (Russia's Truman is no one)."""
    country = country.casefold()
    if "korea" in country:  # (North Korea's Rhee is no one; South Korea's a man of the South)
        return person not in _foreign_people() and (
            "north" not in country or _faction_of("person", person) != "rok") and (
            "south" not in country or _faction_of("person", person) == "rok")
    side = "ussr" if re.search(r"russia|soviet|u\.?s\.?s", country) else "prc" if "china" in country else "usa"
    return _faction_of("person", person) == side


def _half_unread(text: str) -> bool:
    """Whether a name mixes Latin letters with letters of a script whose words the rules do not read (Telugu,
    Tamil, Greek ...: US X కార్ప్స్, the US X Corps with "Corps" in Telugu), where an answer read from the Latin
    part alone would leave the rest unread. Such a script's names are found only as the data spell them."""
    scripts = {unicodedata.name(ch, "?").split()[0] for ch in text if unicodedata.category(ch)[0] in "LM"}
    return "LATIN" in scripts and bool(scripts - _READ_SCRIPTS)


# The scripts whose letters the rules read, by the first word of their characters' Unicode names (Thai, Arabic,
# Persian, Hebrew and Devanagari through `_OTHER_SCRIPT_GLOSSARY`)
_READ_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "CJK", "HANGUL", "KATAKANA", "HIRAGANA", "KATAKANA-HIRAGANA",
                           "THAI", "ARABIC", "HEBREW", "DEVANAGARI", "COMBINING", "FULLWIDTH", "HALFWIDTH",
                           "MODIFIER", "IDEOGRAPHIC", "FEMININE", "MASCULINE", "?"})  # (25ª, 8º: ordinals)


# Full-width figures (０-９), read as ASCII ones; and Unicode's Roman numerals (Ⅰ-Ⅻ, ⅰ-ⅻ), as East Asian pages
# number a corps with one character (美第Ⅹ軍), read as capital letters
_WIDE_FIGURES = str.maketrans({**{chr(0xFF10 + digit): str(digit) for digit in range(10)}, **{
    chr(base + value - 1): numeral for base in (0x2160, 0x2170) for value, numeral in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}})
# Abbreviations of countries that a page may write with spaces after the dots (A. B. D., Turkish for the USA): read
# without them; not initials of a person's name (K. I. S.), which the rules for initials read
_SPACED_ABBREVIATIONS = frozenset({"ABD", "SSSR", "URSS", "ZSRR", "SUA", "EUA"})


def _game_tag_fits(tag: str, answer: Matches) -> bool:
    """Whether a strategy game's country tag (`_GAME_TAGS`: PRK, SOV ...) is the side of the answer's first row: a
    person of that country (a Korean of either state for KOR and PRK); never a thing (KOR_pyongyang)."""
    if answer["kind"].iloc[0] != "person":
        return False
    faction = _faction_of("person", answer["id"].iloc[0])
    if _GAME_TAGS[tag] == "korea":
        return faction not in ("usa", "ussr", "prc", "un_other")
    return faction == _GAME_TAGS[tag]


# The strategy game's country tags (Hearts of Iron) the lookup reads, and the side of the people they go with
_GAME_TAGS = {"KOR": "korea", "PRK": "korea", "CHI": "prc", "PRC": "prc", "SOV": "ussr", "RUS": "ussr", "USA": "usa"}


# What joins two names in one entry: "Kim Il Sung; Pak Hon-yong", "Pak Hon-yong vs Kim Il Sung", "Mao/Stalin".
# A comma, and "and", also join parts of one name ("Stalin, Joseph"; "... communists and the ... group"), so
# they split an entry only when each part names a different entity and the whole is not itself a name.
_STRONG_JOINS = re.compile(r"\s*(?:;|\||/|&|\+|\bvs\.?(?=\s)|\bversus\b)\s*", re.IGNORECASE)
# Japanese こと between two names of one person (金日成こと金成柱, "Kim Il Sung, that is Kim Song-ju")
_ALSO_CALLED = re.compile(r"(\S*[\u3400-\u9fff\u30a0-\u30ff])こと([\u3400-\u9fff\u30a0-\u30ff]\S*)")
_WEAK_JOINS = re.compile(r"\s*(?:,|\band\b)\s*", re.IGNORECASE)


def _several_names(text: str, wanted: str | None, whole: Matches) -> Matches | None:
    """Two or more names in one entry, each looked up, or None if the entry is one name."""
    # the whole entry is a name (or a regular form of one)
    named_whole = not whole.empty and whole["match"].iloc[0] == "exact" and whole["score"].iloc[0] >= _RULE
    if re.fullmatch(r".+['’]s\s+.*\b(?:army|corps|volunteers|brigade)\b.*", text.strip(), re.IGNORECASE):
        return None  # Walton Walker's Eighth Army: a body and its leader, answered as the body (`_second_reading`)
    if _COMMANDER_AFTER_BODY.fullmatch(text.strip()):
        return None  # Eighth Army Commander General Van Fleet: the commander, named after his army (`_second_reading`)
    allied = re.fullmatch(r"((?:[A-Za-z.]+\s*/\s*)+[A-Za-z.]+)\s+(?:forces|troops)", text.strip(), re.IGNORECASE)
    members = [part.casefold() for part in re.split(r"\s*/\s*", allied.group(1))] if allied else []
    if {"un", "u.n.", "unc"} & set(members) and all(
            member in ("un", "u.n.", "unc", "us", "u.s.", "usa", "rok") or "rok" in members and _territory_names().get(
                normalise(member)) in _UN_SENDING_STATES for member in members):
        # US/UN/ROK forces, UN/ROK troops: the United Nations' forces with the armies under its command, one
        # body (the UN Command), not each in turn; only with the United States and South Korea, or with South Korea
        # and the other states that sent forces to Korea (UN/ROK/UK forces; UN/NATO forces, UN/KPA forces are other
        # things, and UN/Netherlands troops may be another war's)
        return _lookup_one("United Nations Command", wanted, text[:80])
    if {"un", "u.n.", "unc"} & set(members):
        return None  # UN/NATO forces, UN/KPA forces: the UN's with others' forces, one thing outside the course
        # (not each in turn: KPA forces alone is the KPA)
    country = re.fullmatch(r"(.+?),\s*([^,]+)", text.strip()) or re.fullmatch(
        r"(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]", text.strip())
    if country and normalise(country.group(2)) in _COUNTRY_NAMES and any(
            how in _FIRM for _, _, how in _search(country.group(1), "place")):
        return None  # "Haeju, South Korea", Hàm Hưng (Hàn Quốc): a place and its country (`_second_reading`,
        # `_bracketed`), not two names
    located = re.fullmatch(r"(.+?(?:\s+(?:county|district)|[- ](?:gun|kun|guyeok)))\s*,\s*([^,]+)", text.strip(),
                           re.IGNORECASE)
    if located:  # Ongjin County, Incheon: a county and the place it lies in, one place (not two names)
        here, there = (_lookup_one(part, "place", part[:80]) for part in located.groups())
        if all(not answer.empty and answer["kind"].iloc[0] == "place" and answer["match"].iloc[0] == "exact"
               for answer in (here, there)) and here["id"].iloc[0] != there["id"].iloc[0]:
            if _km_between(here["id"].iloc[0], there["id"].iloc[0]) > _NEAR_KM:
                return _empty(text[:80], f"“{text[:80]}” is not in the course's data: the course's "
                                         f"{_entity_name(('place', here['id'].iloc[0]))} lies far from "
                                         f"{_entity_name(('place', there['id'].iloc[0]))}, so this is another place "
                                         "of that name.")
            return here
    comma = re.fullmatch(r"([^,]+?),\s*([^,]+)", text.strip())
    if comma and _titled_foreigner(f"{comma.group(1)} {comma.group(2)}") is not None:
        # Presiden Amerika Serikat, Harry S. Truman: an office phrase (with its country), a comma, then the man, read
        # without the comma as one person (no one when the office is not his: Presiden Korea Selatan, Kim Il Sung);
        # unless the first part names a person itself, a list then (Presiden Truman, Stalin)
        joined = _lookup_one(f"{comma.group(1)} {comma.group(2)}", wanted, text[:80])
        first_part = _lookup_one(comma.group(1), None, comma.group(1)[:80])
        if not joined.empty and joined["kind"].iloc[0] == "person" or first_part.empty or (
                first_part["kind"].iloc[0] != "person"):
            return joined
    alternative = re.fullmatch(r"(.+?)\s+(?:or|o|ou|oder|или|lub|albo|nebo)\s+(.+)", text.strip(), re.IGNORECASE)
    if alternative and not named_whole:  # Busan o Pusan, Seoul or Keijo: a headword's two names of one thing, with
        # "or" between them in any language, answered only when both name the same one (Seoul or Pyongyang is
        # neither)
        answers = [_lookup_one(part, wanted, part[:80]) for part in alternative.groups()]
        named = {(answer.iloc[0]["kind"], answer.iloc[0]["id"]) for answer in answers
                 if not answer.empty and answer["match"].iloc[0] != "ambiguous"}
        if len(named) == 1 and all(not answer.empty and answer["match"].iloc[0] != "ambiguous" for answer in answers):
            return answers[0]
    for joins, every_part in ((_STRONG_JOINS, False), (_WEAK_JOINS, True)):
        parts = [part.strip() for part in joins.split(text) if part.strip()]
        if len(parts) < 2 or len(parts) > 6 or (named_whole and every_part):
            continue
        if any(not re.search(r"[^\W\d_]", part) for part in parts):
            continue  # "MU+0": a part without a letter is no name
        answers = [_lookup_one(part, wanted, part[:80]) for part in parts]
        named = [(answer.iloc[0]["kind"], answer.iloc[0]["id"]) for answer in answers
                 if not answer.empty and answer["match"].iloc[0] != "ambiguous"]
        if not named or (every_part and len(named) < len(parts)) or (named_whole and len(set(named)) < 2):
            continue
        if len(named) > 1 and len(set(named)) == 1 and len(named) == len(parts):
            return next(answer for answer in answers if not answer.empty)  # one thing twice: "Pyongyang / Heijo"
        return _joined(text, answers)
    return _two_run_together(text, wanted, whole)


def _two_run_together(text: str, wanted: str | None, whole: Matches) -> Matches | None:
    """Two names with nothing between them ("Kim Il Sung Pak Hon-yong"): the whole was found not at all, or only
    by dropping its first words as a title; if both halves of the entry are names, both are answered."""
    words = text.split()
    if not whole.empty and whole["score"].iloc[0] >= _RULE or not 4 <= len(words) <= 8 or rz.script(text) != "latin":
        return None
    if _titled_foreigner(text.strip()) is not None:
        return None  # tướng Hoa Kỳ William F. Dean: an office phrase and its country, then the man (one person)
    for cut in range(2, len(words) - 1):
        if {words[cut - 1].casefold(), words[cut].casefold()} & _FILLER_WORDS:
            continue  # "New People's Party of South Korea" is one name, the southern party, not two
        title = _TITLES.match(" ".join(words[:cut]) + " ")
        if title and title.end() == len(" ".join(words[:cut])) + 1:
            continue  # Tổng thống Hàn Quốc Lý Thừa Vãn: an office with its country, then the name (one person)
        if words[cut - 1].casefold().strip(".,") in _OFFICE_WORDS:
            continue  # U.N. commander Douglas MacArthur: an office's word, then the holder's name (one person; "UN
            # commander" is no slip of the UN Command)
        halves = [_search(" ".join(words[:cut]), wanted), _search(" ".join(words[cut:]), wanted)]
        if not all(half and half[0][2] == "exact" and half[0][0] >= _RULE for half in halves):
            continue  # the quick search first: the whole look-up only for halves that are names
        country = _index().spellings[halves[0][0][1]]
        if country.kind == "group" and country.id in _COUNTRY_GROUPS and (_TITLES.match(" ".join(words[cut:])) or (
                words[0].casefold() in _OFFICE_WORDS | _INDONESIAN_OFFICE_WORDS
                and len(rz.words(country.spelling)) < cut)):
            # Republic of Korea President Syngman Rhee, Presiden Korea Selatan Park Chung Hee: a country before an
            # office and a name, or after an office's word, is one person's description, not two names: the person
            # when he is of that country's side, else no one (United States General Peng Dehuai)
            person = _index().spellings[halves[1][0][1]]
            if person.kind == "person" and _side("person", person.id) == _side("group", country.id):
                return None
            return _empty(text[:80], f"“{text[:80]}” names a country's office before a man of the other side of the "
                                     "war: the course's data know no such person.")
        if country.kind in ("party", "army") and _TITLES.match(" ".join(words[cut:])):
            return None  # Chinese Communist Party Chairman Mao Tse-tung: a body before its office and a man's name is
            # his description, which the whole entry's look-up reads (`_variants`), not two names
        answers = [_lookup_one(" ".join(words[:cut]), wanted, " ".join(words[:cut])),
                   _lookup_one(" ".join(words[cut:]), wanted, " ".join(words[cut:]))]
        if all(not a.empty and a["match"].iloc[0] == "exact" and a["score"].iloc[0] >= _RULE for a in answers) and (
                answers[0].iloc[0]["id"] != answers[1].iloc[0]["id"]):
            return _joined(text, answers)
    return None


def _joined(text: str, answers: list[Matches]) -> Matches:
    """One answer for several names: their rows in turn, each name's own answer kept for printing."""
    rows = [answer for answer in answers if not answer.empty]
    frame = Matches(pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=COLUMNS))
    frame.asked, frame.message, frame.parts = text[:80], None, answers
    return frame


# A case ending on the last word of a name in Cyrillic, as a sentence in Russian leaves it: "Цой Чан Ика" (the
# genitive of Цой Чан Ик).
_CASE_ENDING = re.compile(r"(?<=[^\W\d_]{2})(?:ого|его|ому|ой|ом|ем|ём|ым|ии|ию|ией|ам|ах|ами|ов|ев|а|у|ы|е|ю"
                          r"|ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі|дун|дүн|нун|нүн|ды|ді|ты|ті"
                          r"|ийн|(?<=н)ий|(?<=[^аеиоуыэюяё\W])ын|аас|ээс|оос|өөс|(?<=[нл])д|(?<=р)т|(?<=[нл])я|ыг|ийг"
                          r"|(?<=[аоуэ])г)$")
# (Kazakh and Kyrgyz genitives, locatives and the accusative: Пусанды; Mongolian genitives, ablatives and the dative,
# -д after n or l and -т after r: Инчонийн, Ким Ир Сений, Вашингтоноос, Сөүлд, Макартурт; Mongolian accusatives, -ыг,
# -ийг and -г after a vowel: Трумэныг, Маог; the genitive -ын after a consonant: Жуковын; a Russian genitive of a name
# in -нь, -ль: Пусаня)
# The same on a Latin-script name in Polish, Czech, Slovak and Hungarian ("Kim Ir Sena", "Kim Ir Senem", "Kim Ir
# Szennel", "Phenjani") and a Turkish ending after an apostrophe ("Kim İl Sung'du"; not a McCune-Reischauer
# apostrophe inside a syllable, "Ch'ol"). The endings are the grammars' common ones; a name read without one is only
# ever a suggestion, and never a non-Korean person by the surname alone (a Russian -a also makes a woman's surname):
# a foreign man is read only when his first name is declined too (`_second_reading`), or when the ending is one no
# woman's surname takes (`_NO_WOMANS_ENDING`).
_LATIN_CASE_ENDING = re.compile(r"(?:(?<=[^\W\d_]{3})['’][a-zçğışöü]{1,4}|(?<=[^\W\d_]{2})(?:(?<=[gk])iem|owi|ovi|"
                                r"ův|ových|ovým|ově|em|om|(?<=[oe]v)im|ie|ě|nak|(?<=[^aeiouy\W])ou|"
                                # (Czech possessive: Chruščovův, Stalinových; the instrumental of a man's name in -a:
                                # Nikitou; the locative: Číně, Moskvě)
                                r"nek|nal|nel|nél|nál|val|vel|lal|lel|(?<=gg|kk|mm|nn|ll|rr|ss|tt|pp|zz)(?:al|el)|"
                                # (Hungarian -val, -vel after a consonant, which it doubles: Pak Hon Jonggal)
                                r"tal|tel|tól|től|ban|ben|ba|be|ból|ből|ról|ről|hoz|hez|ig|ot|et|t|a|u|i|y"
                                # (and the terminative -ig, "as far as": Shenyangig)
                                # Finnish, Estonian and Lithuanian (Incheonissa, Pyongyangis, Busanas, Seulą, and
                                # a Lithuanian genitive or locative of a noun in -as after n, ng, l or r: Seulo,
                                # Busano, Kim Ir Seno, Pchenjane); a Finnish genitive -n, only after four letters
                                # (not -s: Hodges, Maliks are others)
                                r"|(?<=[^aeiouy\W])i(?:lta|ltä|lle|lla|llä|sta|stä|a|in)"  # Stalinilta: Finnish adds i
                                # (and its partitive, Kim Il-sungia, Stalinia, and illative, Pekingiin)
                                r"|issa|issä|ssa|ssä|sta|stä|lla|llä|lle|lta|ile|is|as|ą|ę|(?:(?<=[nlr])|(?<=ng))[oe]"
                                # Estonian elative -st after a vowel (Lõuna-Koreast)
                                r"|(?<=[aeiouõäöü])st"
                                # Latvian: a man's dative -am after a consonant, a locative -ā (Staļinam, Vašingtonā)
                                r"|(?<=[^aeiouy\W])am|ā"
                                # Romanian: the definite article after a consonant, with the genitive's (Phenianul,
                                # Phenianului, Washingtonul)
                                r"|(?<=[^aeiouy\W])(?:ul|ului)"
                                r")|(?<=[^\W\d_]{4})(?:in|n))$")
# Latin case endings no woman's surname takes: Polish and Czech -em, -owi, -ovi after the consonant of a man's surname
# (Stalinem, Mołotowowi; a woman's are Stalinową, Stalinové; not Croatian -om, which is Ivanova's too), the Hungarian
# endings (Sztálinnal, and the accusative -t after a consonant: Sztálint), the South Slavic, Czech and Slovak dative
# and locative -u after a surname of five letters or more ending in a consonant (Staljinu, Stalinu; not Rusku, "in
# Russia", nor Linu; a woman's dative is Stalinoj, Stalinové, though her accusative may be Stalinu), the South Slavic
# instrumental -im after a surname in -ov or -ev (Brežnjevim; a woman's is Brežnjevom) and a Turkish one after an
# apostrophe (Stalin'in, Molotov'un): a foreign man's surname alone is read with one taken off
_NO_WOMANS_ENDING = re.compile(r"[^\W\d_]{3}(?:['’][a-zçğışöü]{1,4}|[^aeiouy\W](?:em|owi|ovi|ův|ových|ovým|ově|am)|"
                               r"nal|nel|nál|nél|val|(?<=gg|kk|mm|nn|ll|rr|ss|tt|pp|zz)(?:al|el)|"
                               r"[^aeiouy\W]i(?:lta|ltä|lle|lla|llä|sta|stä)|"  # (Finnish: Stalinilta, Hruštšoville)
                               r"(?:ov|ev|in|an|ič|ch)in|"  # (a Finnish genitive after a Russian surname's ending:
                               # Stalinin, Molotovin, Mikojanin; a woman's is Stalinan; not Ruskin, a surname)
                               r"vel|lal|lel|tal|tel|tól|től|(?<=[^aeiouy\W])t|(?<=[^aeiouy\W])ului|"
                               # (a Romanian man's genitive, Stalinului; a woman's is Stalinei)
                               r"(?<=[^\W\d_]{4}[^aeiouy\W])u|(?<=[oe]v)im|"
                               r"(?<=[^аеиоуыэюяё\W])(?:ыг|ийг))$")  # (Mongolian accusatives: Трумэныг)


# Words that say what kind of place a name is, in the languages and scripts the course's readers meet: the English
# ones that tell a place from a person (`_PLACE_WORDS`) and "peninsula", "airfield" ... in many languages
# ("Gimpo Airfield", "Yalu-floden", "Chosin Barajı", "hồ Trường Tân", 甲山郡, 웅기군, 瓮津半岛; Sundanese embung, a
# reservoir). Taken off only when what is left names a place.
_PLACE_WORDS_LATIN = frozenset(_PLACE_WORDS) | frozenset("""
peninsula dam airfield airport airbase harbour harbor basin ville stadt fluss see stausee halbinsel flughafen hafen
talsperre riviere fleuve lac peninsule
aeroport barrage rio lago embalse represa peninsula aeropuerto puerto presa fiume penisola aeroporto porto diga
rzeka jezioro zbiornik polwysep lotnisko miasto reka jezero prehrada nadrz poloostrov letiste mesto folyo to
portu pristav pristavu aerodrome
viztarozo felsziget repuloter varos rivier meer stuwmeer schiereiland vliegveld haven bekken stuwdam floden
flod elv elva elven sjon so halvo halvon flygplats lufthavn nehri golu baraji baraj yarimadasi havaalani
limani kenti song ho cang tinh thanh pho ban dao san bay bahia baskent obwod bogaz bogazi thu lang
si gun gwangyeoksi kwangyoksi gwangyoksi teukbyeolsi tukpyolsi jikhalsi chikhalsi teukgeupsi tukkupsi site
revolutionary
река реки озеро водохранилище полуостров аэродром аэропорт порт город річка ричка ріка водосховище водосховищі
водосховищи г. р. оз. пос. becken basin
jeziorem jeziora jeziorze rzeki rzece rzeke reky rece reku rekou rieka rieky rieke rieku folyon folyonal folyot havn
reservoaret reservoar ile isla isola insel
sungai danau pulau
ilha eiland flusses serbatoio rezervorul rezervor lacul raul
joki jokea joen joella jogi joe aerodroma aerodromas reservatorio bacino idrico prehradu prehrady limani savaslari
savasi limanina limaninda limanindan limanini
bu pu fu area sector district secteur kreis guyeok kuyok baie special джихалси
waduk bendungan embung camp pow shore beach beachhead bridgehead coast bassin plain plains aerodromo ilog
resevoir reservior resevior reservoire
flygbas flybase
luftwaffenstutzpunkt fliegerhorst zbiornika
полуострова полуострове гавани гавань реке реку рекой водохранилища водохранилище
jezera jezeru jezerom rezervoar rezervoara rezervoaru rezervoarju priehrada priehrade priehradu tonal
резервоар резервоара резервоарът язовира
язовир қала қаласы қаласын қаласында шаар шаары
svæði svæðinu svæðið svæðisins
шаарынын шаарында өзен өзені өзеніндегі өзенінде су қоймасы қоймасының
хот хотын хотод ilce ilcesi salient
lawa rawa
""".split())
# Words for a town, a village, a port or a region in Russian cases and other languages, taken off a name only when
# what is left is a place in Korea (portового города Пусан, pelabuhan Hungnam, región de Kapsan, downtown
# Pyongyang, bandar Seoul; not Moscow region, Московской области or Washington town, which are no cities of the
# course)
_GENERIC_PLACE_WORDS = frozenset("""
города городе городом порта порту портом портового портовом деревня деревни деревне деревней села селе
посёлка поселка района районе области
region región regiao região regione village villaggio aldea aldeia ville città ciudad cidade dorf town
downtown staden stad byen
pelabuhan kota desa kabupaten hafenstadt bandar
daungan lungsod
""".split())
_PLACE_WORDS_LATIN |= _GENERIC_PLACE_WORDS
# (those of them that mean a city, and so may stand before a foreign city's name too: kota Dandong, kota Moskow)
_CITY_WORDS = frozenset("города городе городом ville citta ciudad cidade stad staden byen kota bandar lungsod".split())
_PLACE_WORDS_LATIN |= {rz.strip_marks(word).translate(_UNDECOMPOSED) for word in _PLACE_WORDS_LATIN}  # as compared
_PLACE_SUFFIX_CJK = re.compile(r"(战俘营|戰俘營|포로수용소|捕虜収容所|\s전선|\s일대|\s일원|"  # a POW camp, a front,
                               # an area (일원, 一圓, "the area round": 임진강 일원)
                               r"刑務所|監獄|监狱|형무소|교도소|\s?감옥|"  # (a prison at the town: 興南刑務所)
                               r"(?<=강)(?:변|가)|"  # (a river's side or bank: 압록강변, 청천강가)
                               # (an area, the parts near a place: 一帯, 近郊, 付近, 周辺, 地区, 地域; a city
                               # centre, 市内, 시내; an entrance, 입구; an area, a port, a direction: 지역, 항구, 방향,
                               # 방면, 西方; a river's bank, 边)
                               r"(?<=..)(?:一帯|一带|近郊|郊外|付近|附近|周辺|周边|地区|地區|地域|市内|시내|지역|지구|항구|방향|방면|西方|東方|南方|北方|边|邊|畔|"
                               # (the outskirts, 郊外; a position held there, 阵地, 陣地; Korean 부근, 근처,
                               # 근교, "near")
                               # (and a valley, 계곡: 가평 계곡; a train "bound for" a town, 行き: 京城行き; the
                               # old home, 故居, 생가, at a place: 萬景台故居)
                               r"阵地|陣地|부근|근처|근교|\s?계곡|行き|故居|舊居|旧居|생가|"
                               # (the sea off a port: 앞바다, 沖; a river's upper or lower reaches)
                               r"앞바다|沖|(?<=[강江河川])(?:상류|하류|上流|下流|上游|下游))|"
                               # (a river's banks, 연안, 沿岸, and the area along them, 일대, run on after a river's
                               # name: 압록강연안일대, 압록강일대)
                               r"(?<=[강江河])\s?(?:연안|沿岸)(?:\s?일대)?|(?<=강)일대|"
                               r"\s입구|\s방향|\s방면|\s앞바다|(?<=강)\s(?:상류|하류)|"
                               # (and a front, a perimeter, a river's bank in characters)
                               r"前线|前線|防御圈|防禦圈|防衛圈|防卫圈|港口|(?<=江)[畔岸]|"
                               # (津, a port or a ferry, after a port town's name of two characters or more, as
                               # old names wrote it: 元山津; not 天津, nor 臨津江, a river)
                               r"(?<=[\u4e00-\u9fff]{2})津$|"
                               # (a river's east or north bank, its main stream: 臨津江東岸, 鴨緑江本流; Japanese
                               # "the town of", "the estuary of": 開城の町, 仁川の河口)
                               r"(?<=[江河])(?:[東西南北]岸|本流)|(?<=..)(?<![江河])の(?:町|河口)|"
                               # (a hill's heights after its name, which ends in a word for a ridge or a peak, or is
                               # White Horse's: 上甘岭高地, 白马高地, 白马山高地; not 598高地, nor a city's, 平壤高地,
                               # 元山高地, whose names end in 山 as a hill's do)
                               r"(?<=[岭嶺峰岳嶽])高地|(?<=白[马馬])高地|(?<=白[马馬]山)高地|"
                               r"市|郡|縣|县|道|府|半島|半岛|港|江|河|川|湖|水庫|水库|機場|机场|飛行場|站|"
                               r"특별시|특급시|직할시|광역시|시|군|읍|邑|도|(?<=..)부|반도|항|강|호|비행장|공항|저수지|역|グン|埠頭|부두|[=＝・]シ|貯水池|貯水湖|ダム|구역|區域|区域|(?<=..)城)$")


# The United States' or the Soviet Union's name before the name of one of their armies in Chinese, Japanese and
# Korean (美国第8集团军, 소련 제25군), and "stationed in Korea" after it (美国驻朝第8集团军).
_COUNTRY_PREFIX = re.compile(r"^(国連軍|国連|アメリカ軍|アメリカ|米国|米軍|米|美國|美国|美軍|美军|美|미국|미군|미|"
                             r"ソ連軍|ソビエト軍|ソ連|ソビエト|蘇聯|苏联|蘇軍|苏军|소련)"
                             r"(驻朝|駐朝|驻韩|駐韓)?\s*(?:(?:陸軍|陆军|육군)\s*)?(?=[^\s])")  # (and its army's word:
# 미국 육군 제10군단, 米陸軍第8軍); not China's or Korea's: their words begin bodies' own names
_SOVIET_PREFIXES = frozenset({"ソ連軍", "ソビエト軍", "ソ連", "ソビエト", "蘇聯", "苏联", "蘇軍", "苏军", "소련"})  # of
# `_COUNTRY_PREFIX` (ソ連軍第25軍: "the Soviet army's 25th Army")
# written so only in Japanese:
_JAPANESE_PREFIXES = ("国連軍", "国連", "アメリカ軍", "アメリカ", "米国", "米軍", "米", "ソ連軍", "ソビエト軍", "ソ連",
                      "ソビエト")
# (国連軍第8軍: the UN forces' Eighth Army, the American one)


# A battle named after its place, in the languages the course's readers meet: "Battle of Kapyong", "Schlacht um
# Kumsong", "Jincheng-Kampagne", 金城战役, 上甘岭战役, 장진호 전투, Капхёнская битва. What is left, read as a
# place (a Russian adjective in -ская read as its place: Капхён).
_BATTLE_BEFORE = re.compile(r"^(?:the\s+)?"
                            # the second or third battle at a place (Terza battaglia di Seoul, Second Battle of Seoul)
                            r"(?:(?:first|second|third|fourth|fifth|prima|seconda|terza|quarta|quinta|premi[eè]re|"
                            r"deuxi[eè]me|seconde|troisi[eè]me|quatri[eè]me|erste|zweite|dritte|vierte|primera|segunda|"
                            r"tercera|cuarta|primeira|terceira)\s+)?"
                            r"(?:battles?|frozen|invasion|trận đánh|trận|bataille|schlacht|batalla|"
                            r"battaglia|bitwa|bitva|csata|"
                            r"campaign|campagna|campaña|campanha|landung|"
                            r"pertempuran|slaget|batalha|perimetro|périmètre|perímetro|perimetrul|kampagne|campagne|битва|сражение|сражения|бой|"
                            # (Vietnamese trận đánh, a battle, and vành đai, a perimeter; an armistice named after
                            # the village where it was signed: Armistizio di Panmunjeom)
                            r"vành đai|armistice|armistizio|armisticio|armistício|waffenstillstand|"
                            r"slag|битката|битка|"  # Dutch; Bulgarian (Битката при Почонбо)
                            r"оборона|معركة|نبرد|"
                            # an evacuation (Evacuazione Hungnam, Evakuering av Hŭngnam), named after its port
                            r"evacuation|evacuazione|evakuering|evakuierung|evacuación|évacuation|evacuação|evacuatie)"
                            r"\s+(?:(?:of|for|at|della|del|des|de|du|von|um|bei|am|an|av|fra|"
                            r"di|pod|o|u|vid|ved|van|om|bij|in|do|da|за|при|под|у)\s+|d['’]\s*)?(?:(?:the|den|die|das|dem|der|"
                            r"la|le|el|il|lo|os|as|het|de)\s+)?", re.IGNORECASE)  # (a word after them: Slag om Pusan,
# not "m Pusan"; Battle Osan, not "san"; French d' before a vowel: Bataille d'Unsan; German Landung in Incheon)
_BATTLE_AFTER = re.compile(r"(?:[\s\-]+(?:battle|campaign|operation|kampagne|schlacht|csata|savaşı|savaşları|"
                           r"muharebesi|"
                           r"muharebeleri|battle-field|"
                           r"chŏnt['’]u|chont['’]?u|jeontu|zh[aà]ny[iì]|zh[aà]nd[oò]u|"
                           r"битва|сражение|операция)|\s*(?:战役|戰役|戦役|战斗|戰鬥|戰鬪|戰闘|之战|之戰|会战|會戰|전투|の戦い|戦い|"
                           r"の戦闘|戦闘|上陸作戦|上陸作戰|登陆作战|登陸作戰|撤収作戦|撤収|撤退作戦|撤退|作戦|作戰|作战|"
                           r"橋頭堡|桥头堡|상륙\s*작전|철수\s*작전|작전|철수|登陆战|登陸戰|登陆|登陸|上陸|상륙|교두보|방어선|방위선|계선|전선|防衛線|防卫线|"
                           r"전역|방어전|해방\s*전투|해방전|阻击战|阻擊戰|之役|反击战(?:役)?|反擊戰(?:役)?|(?:环[形型])?防御圈(?:战役)?|(?:環[形型])?防禦圈(?:戰役)?|"
                           r"侵攻))$",
                           re.IGNORECASE)
# (作戦, operation: an operation, Seishin Operation; 橋頭堡: the bridgehead, 釜山橋頭堡 the Pusan Perimeter; 상륙작전,
# 철수: a landing and a withdrawal, 인천상륙작전, 흥남 철수; 登陆, 상륙: a landing; 교두보, 방어선 (방위선, 防衛線),
# 전선: a bridgehead, a defence line, a front, 부산 교두보 전투, 낙동강 방어선, 釜山防衛線 (계선, the North's word for
# a line, 락동강계선); 侵攻, an invasion, 仁川侵攻;
# trận, Vietnamese for a battle: trận hồ Trường Tân; 反击战, a counter-offensive, 金城反击战; 环形防御圈, a perimeter,
# 釜山环形防御圈战役, 釜山環型防禦圈; 戦役, Japanese for a campaign, 金城戦役)
_EVENT_AFTER = re.compile(r"[\s\-]+(?:landings?|landung|perimeters?|omtrek|периметрі|uprising|bulge|evacuation|"
                          r"breakout|"
                          r"incident|"
                          r"offensive|"
                          r"raid|riots?|revolt)$|"
                          r"\s*(?:\d{1,2}\s*월\s*|\d{1,2}[·.]\d{1,2}\s*)?(?:사건|항쟁|폭동|봉기|습격|습격\s*사건|습격전|(?:학생\s*)?의거)$|"
                          r"(?<=[a-z])[\s\-]?perimete(?:rn|ren)$", re.IGNORECASE)  # Swedish Pusanperimetern,
# Norwegian Pusan-perimeteren, Danish Pusan Perimeteren: the perimeter with the definite article, one word with the
# place or after it (and Romanian Perimetrul Pusan, before it, in `_BATTLE_BEFORE`)
# (not "battle": the Battle of Moscow is not the city's entry; 보천보 사건, 보천보 습격: the raid on Pochonbo;
# 신의주학생의거: the students' rising at Sinuiju; 대구 10월 항쟁, 대구폭동, the Taegu riots: the autumn uprising
# of 1946 at Taegu, with its month or not)
_RUSSIAN_PLACE_ADJECTIVE = re.compile(r"(?<=[а-яёіїєґ]{3})(?:ск(?:ая|ое|ий|ой|ую|ом|ого|ому)|ськ(?:а|е|ий|ої|у|ом))$")
# Words for a lake or a reservoir in the languages of `_PLACE_WORDS_LATIN` other than English (whose words are read by
# the feature words in `_second_reading`): a name with one is a lake's or a reservoir's, never a town's
_LAKE_WORDS = re.compile(r"(?:^|[\s\-])(?:jezer[aoue]m?|jezior[aoey]|jeziorem|jeziorze|rezervoar\w*|reservoar\w*|"
                         r"priehrad\w*|prehrad\w*|zbiornik\w*|v[ií]ztároz[oó]\w*|viztarozo\w*|t[oó]n[aá]l|stausee|"
                         r"see|lac|lacul|lago|lawa|rawa|embalse|represa|serbatoio|resevoir|reservior|resevior|reservoire|waduk|bendungan|danau|embung|"
                         r"резервоар\w*|язовир\w*|водохранилищ\w*|водосховищ\w*|озер\w*)(?=$|[\s\-])",
                         re.IGNORECASE)
_VIETNAMESE_RESERVOIR = re.compile(r"\bh[ồo]\s+(?:ch[ứu]a\s+)?n[ướu]+[ớo]?c\b|\bsuv\s+ombori\b", re.IGNORECASE)
# (hồ chứa nước, hồ nước, a reservoir, a lake; and Uzbek suv ombori, a reservoir, as a phrase: suv alone is water)
# the same in the Latin letters of Polish, Czech, Slovak, Croatian and Slovene (Chosinskej priehrade, Chosinskog
# rezervoara, Chosińskiego zbiornika): the adjective made from the place's name, in any case
_SLAVIC_PLACE_ADJECTIVE = re.compile(r"(?<=[^\W\d_]{4})(?:sk|ńsk)(?:a|á|e|é|i|í|o|y|ý|u|ej|oj|og|oga|om|ou|ého|ém|"
                                     r"iego|iej|im|ą)$")


def _battle_fought_at(position: int) -> bool:
    """Whether the place at this index position can be the place a battle's name names: one where a battle of the
    course's war was fought (`_battle_places`) or a place in Korea (the Battle of Pochonbo); not Moscow or Kursk."""
    place = _index().spellings[position].id
    return place in _battle_places() or place in _korean_place_kinds()


def _battle_place(text: str) -> str | None:
    """The place a battle's name names (`_BATTLE_BEFORE`, `_BATTLE_AFTER`), or None if the text names no battle."""
    bare = _BATTLE_AFTER.sub("", _BATTLE_BEFORE.sub("", text.strip())).strip()
    if bare != text.strip():  # 第三次汉城战役, 제2차 서울 전투: the second or third battle at a place
        bare = re.sub(r"^(?:第[一二三四五六七八九十\d]{1,3}次|제\s*\d{1,2}\s*차)\s*", "", bare) or bare
    for _ in range(2):  # (and then words of an event in turn: Batalla del Perímetro de Pusan, 부산 교두보 전투; not
        # an event's word alone, 혜산 사건, which `_second_reading` reads as an event)
        shorter = _EVENT_AFTER.sub("", _BATTLE_AFTER.sub("", _BATTLE_BEFORE.sub("", bare)).strip()).strip()
        if bare == text.strip() or shorter == bare or len(shorter) < 2:
            break
        bare = shorter
    if bare == text.strip() or len(bare) < 2:
        return None
    return _RUSSIAN_PLACE_ADJECTIVE.sub("", bare) if rz.script(bare) == "cyrillic" else bare


# The last word of a Korean village's or town's name as reports write it after the place's own name (Unsan-ni,
# Kapsan-ŭp): taken off only at the end, and what is left must be a town or village in North Korea. Not -dong or
# -myŏn, and not in the South: a quarter, township or village is often named after a town elsewhere (Osan-dong, in
# Hoeryong, where Kim Jong Suk was born, is not Osan; nor is Osan-ri, the Neolithic site, or Unsan-myŏn in Sŏsan).
_KOREAN_LOCALITY = re.compile(r"[\s\-](?:ri|ni|eup|up|ŭp|guyeok|guyok|guyŏk|kuyok|kuyŏk)$", re.IGNORECASE)  # a city's
# district (구역) named after the town it was: Hŭngnam-guyŏk, now a district of Hamhŭng
# (and gwangyoksi: a Revised initial with McCune-Reischauer's vowel, Pusan-gwangyŏksi, as OpenWeatherMap's list
# writes it)
_KOREAN_DIVISION = re.compile(r"(?:[\s\-](?:si|bu|pu|fu|gun|gwangyeoksi|kwangyoksi|gwangyoksi|teukbyeolsi|tukpyolsi|"
                              r"jikhalsi|chikhalsi|teukgeupsi|tukkupsi|county|country|peninsula)|군|읍|邑|반도|半島|半岛|郡|グン|구역|區域|"
                              r"区域)$|"
                              + _KOREAN_LOCALITY.pattern, re.IGNORECASE)


def _korean_settlement(position: int, typed: str) -> bool:
    """Whether the place at this spelling position is a settlement in North or South Korea of the kind the typed
    name's division word says: a county (-gun, 군, 郡; "Country", a common slip) or a peninsula a town, village or
    region, never a city (Kyongsong-gun, 鏡城, is not Seoul, 京城); a village (-ri, -ni) a town, village or region
    in North Korea (Pyongyang-ri is not the capital, Osan-ri not Osan); a town (-up, -eup, 읍) a town in either half
    (Cheorwon-eup, the county seat; not a city, as the data do not say which cities were towns: Seoul and Pusan never
    were); a city (-si; -bu, -pu, -fu, 府, a colonial city: Kyŏngsŏng-bu, Keijō-fu) a city or town; a city's district
    (-guyŏk) a city or town in North Korea."""
    place = _index().spellings[position]
    county = re.search(r"(?:[\s\-](?:gun|county|country|peninsula)|군|郡|グン|반도|半島|半岛)$", typed.strip(),
                       re.IGNORECASE)  # (a peninsula too: the Ongjin peninsula; 마산반도, in Ongjin, is not Masan)
    district = re.search(r"[\s\-](?:gu|ku)y(?:eo|o|ŏ)k$|구역$|區域$|区域$", typed.strip(), re.IGNORECASE)  # a town
    # that is a city's district now, in the North (Hŭngnam-guyŏk, 흥남구역; 포항구역 in Chongjin is not Pohang)
    town = re.search(r"(?:-(?:eup|up|ŭp)|\s(?:eup|ŭp)|읍|邑)$", typed.strip(), re.IGNORECASE)  # a town, North or South
    # (not English "up": Kimpo up)
    kinds = ("city", "town", "village") if district else ("town",) if town else (
        "town", "village", "region") if county or _KOREAN_LOCALITY.search(typed.strip()) else (
        "city", "town", "village", "region")
    if (district or (_KOREAN_LOCALITY.search(typed.strip()) and not town)) and place.id not in _north_korean_places():
        return False
    if county and place.id in _north_korean_places():
        kinds = (*kinds, "city")  # 혜산군, 개천군: a city of the North made from the county of its name (Kyŏngsŏng-gun,
        # in the North, reads apart from 京城, Seoul, in the South)
    return place.kind == "place" and _korean_place_kinds().get(place.id) in kinds


@cache
def _places_table() -> dict[str, tuple[str, str]]:
    """place_id -> (kind, country today) as places.csv gives them: ("town", "dprk"), ("river", "prc") ..."""
    places = load("places")
    return {place.place_id: (str(place.kind), str(place.country_today).lower())
            for place in places.itertuples(index=False)}


# Places whose name in the course is a Japanese reading (places.csv's note: Chosin, of 長津, Changjin), with that
# reading's plain key (`_japanese_reading_slip`)
_JAPANESE_NAMED = {("place", "chosin_reservoir"): "chosin"}


def _japanese_reading_slip(text: str, answer: Matches) -> bool:
    """Whether an answer found for a name in Latin letters by a Korean romanization's rule matched a Japanese reading
    (the data's Japanese readings, Heijo, Genzan; the course's Chosin, `_JAPANESE_NAMED`) through the rules' first
    letter voiced for unvoiced (j for ch, g for k, b for p, d for t), which is Korean's and which a Japanese reading
    does not follow: Joshin, Songjin's Japanese reading, is no Chosin (Hangul's 초신, Tschosin, embalse de Chosin
    are)."""
    if answer.empty or rz.script(text) != "latin" or answer["matched_by"].iloc[0] != "romanization rule":
        return False
    entity, spelled = (answer["kind"].iloc[0], answer["id"].iloc[0]), str(answer["spelling"].iloc[0])
    japanese = normalise(spelled).startswith(_JAPANESE_NAMED.get(entity, "\0")) or any(
        spelling.system == "japanese" for spelling in _index().spellings
        if (spelling.kind, spelling.id) == entity and spelling.spelling == spelled)
    typed, spelled = normalise(text), normalise(spelled)
    return japanese and abs(len(typed) - len(spelled)) <= 3 and (typed[:1], spelled[:1]) in (
        ("j", "c"), ("g", "k"), ("b", "p"), ("d", "t"))
# How far (km) a county may lie from the place named after it and a comma (`_several_names`: Ongjin County, Incheon is
# another Ongjin, about 130 km from the course's; Hoeryong County, Chongjin, its province's capital, about 72 km)
_NEAR_KM = 100


@cache
def _coordinates() -> dict[str, tuple[float, float]]:
    """place_id -> (latitude, longitude) in degrees, as places.csv gives them."""
    return {place.place_id: (float(place.lat), float(place.lon))
            for place in load("places").itertuples(index=False)}


def _km_between(first: str, second: str) -> float:
    """The great-circle distance in kilometres between two places of places.csv (place_id, place_id), by their
    latitude and longitude (haversine, Earth's mean radius 6,371 km). KeyError for an id that is not a place's."""
    lat1, lon1 = map(math.radians, _coordinates()[first])
    lat2, lon2 = map(math.radians, _coordinates()[second])
    chord = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(chord))


def _place_kind(place_id: str) -> str:
    """The kind of a place (city, town, river, reservoir ...), "" for an id that is not a place's."""
    return _places_table().get(place_id, ("", ""))[0]


@cache
def _across_the_parallel() -> frozenset[str]:
    """place_id of the Korean places on the other side of the 38th parallel (the line between the Soviet and the
    American zones, 1945-1950) from the Korea they are in today, by places.csv's latitude and country_today: Kaesong,
    Ongjin and Panmunjom, south of it and in North Korea; Chorwon and the ridges and hills of the war's last two
    years, north of it and in South Korea. (A place is one point: the Imjin River, which crosses the line, is not
    among them.)"""
    places = load("places")
    return frozenset(place.place_id for place in places.itertuples(index=False)
                     if (str(place.country_today).lower(), place.lat < 38) in {("dprk", True), ("rok", False)})


@cache
def _north_korean_places() -> frozenset[str]:
    """place_id of the places in North Korea."""
    return frozenset(place for place, (_, country) in _places_table().items() if country == "dprk")


@cache
def _korean_place_kinds() -> dict[str, str]:
    """place_id -> kind (city, town ...) of the places in North and South Korea."""
    return {place: kind for place, (kind, country) in _places_table().items() if country in ("dprk", "rok")}


def _in_characters() -> dict[tuple[str, str], list[str]]:
    """(kind, id) -> the names in characters that the data give for it (name_variants.csv and the tables' own
    columns), for the entities that have any; loose references and garbles left out."""
    index = _index()
    if "in_characters" not in index.derived:
        found: dict[tuple[str, str], list[str]] = {}
        for spelling in index.spellings:
            if rz.script(spelling.spelling) == "cjk" and spelling.system not in (*_LOOSE_SYSTEMS, "garbled"):
                found.setdefault((spelling.kind, spelling.id), []).append(spelling.spelling)
        index.derived["in_characters"] = found
    return index.derived["in_characters"]


def _own_characters(entity: tuple[str, str], typed: str) -> bool | None:
    """Whether a name typed in characters is one of the entity's own names in characters (`_same_characters`);
    None when the data give the entity no name in characters."""
    own = _in_characters().get(entity)
    return None if own is None else any(_same_characters(typed, name) for name in own)


def _chinese_homophone(typed: str, person: str) -> bool:
    """Whether a name of three or four characters is, character for character, said in Mandarin as one of the
    person's own names in characters is (toneless pinyin, `romanize.pinyin_readings`): 崔永健 for 崔庸健, both Cui
    Yongjian, a Chinese page's slip of the input method, which picks characters by their sound. Such a name is only
    ever suggested; two characters are too few to tell a slip from another man (林河 is not 林和)."""
    typed = typed.strip()
    if rz.script(typed) != "cjk" or not 3 <= len(typed) <= 4 or not all(rz.is_cjk(ch) for ch in typed):
        return False
    said = set(rz.pinyin_readings(typed))
    return any(len(own) == len(typed) and own[0] == typed[0] and said & set(rz.pinyin_readings(own))
               for own in _in_characters().get(("person", person), []))


def _same_characters(typed: str, spelling: str) -> bool:
    """Whether two names in characters are the same characters (`romanize.simplified_characters`: 価川, 價川 and
    价川 are), with or without the word for a city or for the kind of place (元山市 = 元山, 长津水库 = 長津湖)."""
    def forms(text: str) -> set[str]:
        text = rz.simplified_characters(text.strip())
        return {text, _CJK_ADMIN.sub("", text) or text, _PLACE_SUFFIX_CJK.sub("", text) or text}
    return bool(forms(typed) & forms(spelling))


# A country's adjective before an army's initials -> the side organizations.csv gives that country's armies, or for
# the North (whose People's Army has no side there) the army's own id (`_second_reading`)
_ARMY_ADJECTIVES = {"chinese": "prc", "soviet": "ussr", "american": "usa", "us": "usa", "north korean": "kpa",
                    "south korean": "rok"}


@cache
def _body_country(org_id: str) -> str:
    """The organization's side as organizations.csv gives it in `faction_id` ("ussr", "usa", "prc" ...; "unc"
    for the United Nations Command, which has none), "" for an id that is not an organization's."""
    organizations = load("organizations")
    sides = dict(zip(organizations["org_id"], organizations["faction_id"].fillna(""), strict=True))
    return sides.get(org_id, "") or ("unc" if org_id == "unc" else "")


@cache
def _korean_places(countries: tuple[str, ...] = ("dprk", "rok")) -> frozenset[str]:
    """The ids of the course's places in Korea (places.csv country_today dprk or rok), or in the one Korea asked
    for (("dprk",))."""
    places = load("places")
    return frozenset(places.loc[places["country_today"].isin(list(countries)), "place_id"])


@cache
def _battle_places() -> frozenset[str]:
    """The places of the course's battles (battles.csv place_id), and the Korean places of its military events
    (events.csv, category "military": Kunu-ri, Wonsan, Kimpo), where the war's battles were fought too."""
    events = load("events")
    fought = set(events.loc[events["category"] == "military", "place_id"].dropna()) & _korean_places()
    return frozenset(set(load("battles")["place_id"].dropna()) | fought)


_NAME_DOTS = re.compile(r"[·・•‧。﹒]")  # between a foreign name's parts in characters or katakana (or a full stop)
_PLACE_LINKS = frozenset({"de", "del", "di", "du", "des", "of", "do", "da", "della", "von", "van", "d",
                          "ng"})  # (d’: de; Tagalog ng: Lawa ng Chosin, daungan ng Incheon)


@cache
def _place_names() -> dict[str, str]:
    """Every spelling of a place in the data, as `normalise` compares it -> the kind of place it names (city,
    river ...; of the last such place in the index, where two share a spelling)."""
    return {normalise(spelling.spelling): _place_kind(spelling.id) for spelling in _index().spellings
            if spelling.kind == "place"}


def _without_place_words(text: str) -> str | None:
    """The name without the words for the kind of place it is (`_PLACE_WORDS_LATIN`, `_PLACE_SUFFIX_CJK`), or
    None if there were none."""
    if rz.script(text) in ("cjk", "hangul", "kana"):
        station = re.fullmatch(r"(\S{2,})\s*(?:駅|驛|站|역)", text.strip())
        if station and not station.group(1).endswith("구"):  # (구역 is a district, below)
            # 平壌駅, 咸興驛, 평양역, 奉天駅: a station after the name of a town of Korea or of China on the railways
            # of the time, found firmly, is the town, as Shenyang Railway Station below; not Yan'an's (延安駅 may be
            # the station of Yonan, a Korean county written the same) nor a Russian one (モスクワ駅, 莫斯科站: a
            # terminal named after the city its trains go to)
            town = [_index().spellings[position].id for _, position, how in _search(station.group(1), "place")[:1]
                    if how in _FIRM]
            if town:  # (a name not found is read below: 대전지역, 지역 a region)
                return station.group(1) if town[0] != "yanan" and _places_table().get(town[0], ("", ""))[1] in (
                    "dprk", "rok", "prc") else None
        bare = _PLACE_SUFFIX_CJK.sub("", text.strip())
        if re.search(r"강(?:변|가)$", text.strip()) and bare != text.strip() and not any(
                _place_kind(_index().spellings[position].id) == "river" for _, position, how in _search(
                    bare, "place")[:1] if how in _FIRM):
            return None  # 압록강변, a river's side: a river's only (평강가 is no Pyonggang)
        return bare if bare != text.strip() and len(bare) >= 2 else None
    if locality := _KOREAN_LOCALITY.search(text.strip()):
        return text.strip()[:locality.start()].strip() or None
    if country := re.search(r"\s+country$", text.strip(), re.IGNORECASE):  # Kapsan Country: a slip for County
        return text.strip()[:country.start()].strip() or None
    station = re.search(r"\s+(?:(?:railway|train)\s+station|station|front|(?:defen[cs]e\s+)?line)$", text.strip(),
                        re.IGNORECASE)
    kind = _place_names().get(normalise(text.strip()[:station.start()])) if station else None
    if station and kind is None and station.group().strip().casefold().endswith("line"):  # Nakdong Defense Line: a
        # river's name in another romanization, found firmly
        kind = next((_place_kind(_index().spellings[position].id) for _, position, how in _search(
            text.strip()[:station.start()], "place")[:1] if how in _FIRM), None)
    if station and kind is not None and (
            station.group().strip().casefold() != "front" or kind != "foreign_city") and (
            not station.group().strip().casefold().endswith("line") or kind == "river"):
        # Shenyang Railway Station, Naktong River front: a station after a place's own name as the data write it,
        # a front after a Korean place's (not Moskovsky railway station, in Leningrad; not Moscow front), a line
        # (of defence) after a river's (Nakdong Defense Line, Imjin line; not a city's: the Pyongyang-Wonsan line
        # runs between two places)
        return text.strip()[:station.start()].strip()
    if _VIETNAMESE_RESERVOIR.search(text):  # Hồ Chứa Nước Chosin: the Vietnamese phrase for a reservoir
        return " ".join(_VIETNAMESE_RESERVOIR.sub(" ", text).split()) or None
    if re.search(r"^ph[ií]\s+tr[ưu][ờo]ng\s", text, re.IGNORECASE):  # Phi trường Kimpo: Vietnamese for an airfield,
        # as a phrase (trường alone is a school, and a syllable of names: hồ Trường Tân; phi alone is no place word)
        return re.sub(r"^ph[ií]\s+tr[ưu][ờo]ng\s+", "", text, flags=re.IGNORECASE) or None
    if re.search(r"\b(?:airport|flughafen|aeroporto|aeropuerto|a[ée]roport|lotnisko|flygplats|lufthavn)\b", text,
                 re.IGNORECASE):  # Kimpo International Airport, Aeroporto Internazionale di Gimpo: "international"
        # with an airport's word only (the Moscow International was the Comintern)
        text = re.sub(r"\b(?:international|internationale[rn]?|internazionale|internacional)\b", " ", text,
                      flags=re.IGNORECASE)
    korea = re.search(r"\b(north|south)[\s\-]+korean\s+(?=(?:city|town|port|village|capital)\s+of\b)|"
                      r"\b(?:ciudad|ville|città|cidade|puerto|port|porto|pueblo|villa|vila)\s+"
                      r"((?:nor|sur|nord-?|sud-?|norte-?|sul-?)?cor[ée]+(?:an[oae]s?|enne|en))\s+(?=(?:de|di|d['’])\b)",
                      text.strip(), re.IGNORECASE)
    if korea:  # the North Korean city of Wonsan, la ciudad norcoreana de Wonsan, la ville nord-coréenne de Wonsan: the
        # country's adjective between the place word and the name, taken off when the place is in that Korea as the
        # data place it today (not the South Korean port of Wonsan); a Korean adjective alone, either Korea
        adjective = rz.strip_marks(korea.group(1) or korea.group(2)).casefold()
        wanted_country = "dprk" if adjective.startswith("nor") else "rok" if adjective.startswith("s") else None
        bare = _without_place_words(text.strip()[:korea.start(1) if korea.group(1) else korea.start(2)]
                                    + text.strip()[korea.end():])
        found = [item for item in _search(bare, "place") if item[2] in _FIRM][:1] if bare else []
        if not found or wanted_country and _places_table().get(_index().spellings[found[0][1]].id, ("", ""))[
                1] != wanted_country:
            return None
        return bare
    text = re.sub(r"\b(?:border|frontier)\s+(?=(?:town|city|village|port)\b)|\b(aldea|ciudad|pueblo|villa)\s+"
                  r"fronteriz[oa](?=\s)", r"\1 ", text.strip(), flags=re.IGNORECASE)  # the border town of Kaesong, la
    # aldea fronteriza de Panmunjom: "border" with a town's word only (Kapsan border names a border)
    words = re.split(r"[\s\-]+|(?<=\b[dD])['’]", re.sub(r"\bbattle[\s\-]+site\b", "site", text.strip(),
                                                      flags=re.IGNORECASE))  # (secteur d’Unsan: French de elided)
    # Jalujoki, Mangyeongdaeguyeok: a river's Finnish word and a district's Korean one joined to the name
    words = [part for word in words for part in re.sub(r"(?<=[a-z]{3})(joki|joen|jokea|joella|guyeok)$", r" \1",
                                                       word).split()]
    place_word = [rz.strip_marks(word).translate(_UNDECOMPOSED) in _PLACE_WORDS_LATIN for word in words]
    if len(words) >= 2 and words[-1].casefold() == "kun":  # Unsan-kun, P'yŏnggang kun: a county (McCune-Reischauer
        place_word[-1] = True  # -kun) at the name's end only (Kun-ri, Kang Kun-gun are names)
    start, end = 0, len(words)
    while start < end and place_word[start]:
        start += 1
    while end > start and place_word[end - 1]:
        end -= 1
    # taken off at either end only: a word between two of the name's is the name's own (Chang So-uin, a man, whose
    # So is also the Swedish word for a lake)
    kept = words[start:end]
    if len(kept) == 1 < len(words) and rz.script(kept[0]) == "cyrillic":  # Чосинское водохранилище: Чосин
        kept = [_RUSSIAN_PLACE_ADJECTIVE.sub("", kept[0])]
    elif len(kept) == 1 < len(words) and rz.script(kept[0]) == "latin":  # Chosinskej priehrade: Chosin
        kept = [_SLAVIC_PLACE_ADJECTIVE.sub("", kept[0]).replace("ń", "n") if _SLAVIC_PLACE_ADJECTIVE.search(
            kept[0]) else kept[0]]
    while len(kept) > 1 and len(kept) < len(words) and kept[0].casefold() in _PLACE_LINKS:
        kept = kept[1:]  # embalse de Chosin, lac de Chosin: the word joining the place word to the name
    return " ".join(kept) if kept and len(kept) < len(words) else None


# The grammar a sentence leaves around a name: Korean particles after it (의 of, 에서 in, 에게 to, 으로 by, 을/를 the
# object; not 이, 가, 은, 는, which end names too), Japanese ones (の, は, が, を, に, で, へ, と), Chinese 的 and
# the spoken 啊, 呀 (金日成啊), and a Russian preposition before it (в Пхеньяне, "in Pyongyang"). Taken off only when
# what is left is a name found as typed (or, in Russian, with its case ending read too).
_PARTICLES = re.compile(r"(?<=[\uac00-\ud7a3]{2})(의|에서|에게|으로|을|를|에|들)만?$|"  # (만: "only", after one)
                        r"(?<=[\u3040-\u30ff\u4e00-\u9fff]{2})(の|は|が|を|に|で|へ|と|的|啊|呀)$|"
                        r"^([вВ]|[вВ]о|на|с|со|к|у|о|[оО]б|[иИ]з|[оО]т|до|[пП]ри|[дД]ля)\s+(?=[А-ЯЁ])"
                        r"|^(г|гор|пос|р|оз)\.\s*(?=[А-ЯЁ])"  # (and г. Пхеньяна: "the city of", declined; a heading's
                        # capital only on a preposition that is no Korean surname: Из Пхеньяна, В Сеуле, but До, На, У,
                        # О are surnames); and Korean postpositions of more than one word: 에 의해 (by), 에 맞서
                        # (against), 을 향해 (towards): 김일성에 의해, 개천을 향해
                        r"|(?<=[\uac00-\ud7a3])\s*(에\s*의해서?|에\s*맞서|(?:을|를)?\s*향해)$")


# a country's name in Hangul or Chinese before a man's name (소련의 스탈린, 美国的麦克阿瑟): the group his faction
# link must be
_COUNTRY_WORDS_CJK = {"소련": "ussr", "쏘련": "ussr", "미국": "usa", "중국": "prc", "한국": "rok", "남한": "rok",
                      "대한민국": "rok", "美国": "usa", "美國": "usa", "苏联": "ussr", "蘇聯": "ussr", "中国": "prc",
                      "中國": "prc", "韩国": "rok", "韓國": "rok", "南韩": "rok", "南韓": "rok"}


_BRIGADE_WORDS = re.compile(r"旅団|旅團|旅|여단|려단|려$")


_COUNTRY_OF = {"蘇": "soviet", "苏": "soviet", "소": "soviet", "ソ": "soviet", "ア": "us", "米": "us", "美": "us",
               "미": "us"}
# The words a brigade's name in characters, kana or Hangul may have besides its number, its word for brigade and a
# country's prefix (`_COUNTRY_PREFIX`): its kind and its side, as the course's brigade's names have them and as
# Chinese, Japanese and Korean pages write them (苏联远东红旗军独立第八十八步兵旅, ソ連極東軍第88特別旅団,
# 제88독립보병여단; 侦查, "investigation", as a page writes 侦察, "reconnaissance"). A name with any other word
# (大韓民国第88旅団, 독일 제88여단, 国军第88旅) is another brigade.
_BRIGADE_CJK_WORDS = re.compile(
    r"第|제|[0-9〇一二三四五六七八九十百]|号|號|호|旅団|旅團|旅团|旅|여단|려단|独立|獨立|독립|特別|特别|특별|狙撃|狙击|狙擊|"
    r"저격|ライフル|步兵|歩兵|보병|정찰|偵察|侦察|偵查|侦查|工农|工農|小銃|小铳|보총|特殊|특수|特种|特種|홍군|연방|聯邦|联邦|国际|國際|国際|국제|教导|教導|교도|苏联|蘇聯|苏维埃|蘇維埃|ソ連|ソビエト|소련|"
    r"소비에트|蘇|苏|소|远东|遠東|極東|极东|극동|원동|远方|遠方|红旗|紅旗|赤旗|적기|红军|紅軍|赤軍|적군|붉은군대|方面军|方面軍|방면군|前线|前線|戦線|"
    r"전선|军|軍|군|的|의|[\s・·\-「」『』()（）]")


def _country_of(text: str) -> str | None:
    """The country word a body's name in characters, kana or Hangul begins with: "soviet", "us" or None."""
    prefix = _COUNTRY_PREFIX.match(text.strip())
    return _COUNTRY_OF.get(prefix.group(1)[0], "other") if prefix else None


def _brigade_number(text: str) -> int:
    """The number of a brigade named in characters or Hangul (第88独立狙撃旅団, 八十八旅, 88특별여단: 88), or 0."""
    if not _BRIGADE_WORDS.search(text):
        return 0
    figures = re.findall(r"\d+", text)
    if figures:
        return int(figures[0])
    characters = re.search(r"[〇一二三四五六七八九十]+", text)
    return _chinese_number_value(characters.group()) if characters else 0


def _numbered_brigade(text: str) -> int | None:
    """The spelling position of the one army in the course that is a brigade with the number of this brigade
    name in characters or Hangul, whatever words stand between (苏联远东第88旅, 88특별여단); None if none is
    or several are. Its other words must be a brigade's kind or side (`_BRIGADE_CJK_WORDS`), and the country words
    must agree (美军第88旅 is not the Soviet brigade); a name without one matches only a course name without one
    (八十八旅)."""
    number = _brigade_number(text)
    if not number or _BRIGADE_CJK_WORDS.sub("", _COUNTRY_PREFIX.sub("", text.strip())):
        return None
    if (prefix := _COUNTRY_PREFIX.match(text.strip())) and prefix.group(2):
        return None  # 苏联驻朝第88旅: the brigade was never stationed in Korea (it was disbanded at Vyatskoye in 1945)
    if re.search(r"红军|紅軍|홍군|特殊|特种|特種|특수|연방|聯邦|联邦", text) and not re.search(
            r"苏|蘇|ソ|소|远东|遠東|極東|极东|극동|원동|国际|國際|국제", text):
        return None  # 红军第88旅, 홍군: the Red Army alone, in Chinese or read in Korean, is China's own (Japanese 赤軍
        # is the Soviet one); "special" (特殊, 특수) or "federal" (연방) brigades are any country's: these words count
        # only when the name says Soviet, Far Eastern or international too (국제홍군 ... 88여단)
    index = _index()
    country = _country_of(text)
    found = {}
    for position, spelling in enumerate(index.spellings):
        if spelling.kind == "army" and rz.script(spelling.spelling) in ("cjk", "hangul") and (
                _brigade_number(spelling.spelling) == number) and _country_of(spelling.spelling) == country:
            found.setdefault(spelling.id, position)
    return next(iter(found.values())) if len(found) == 1 else None


# The words a brigade's name in a European language may have besides its number and its word for brigade (marks
# stripped, lower case): its kind and its side, as the course's brigade's names have them. A name with any other
# word (Polish, Golani, Marine) is another brigade.
_BRIGADE_NAME_WORDS = frozenset(rz.strip_marks(word) for word in """
the separate independent rifle infantry special sniper reconnaissance international soviet red army of far eastern
front st th
getrennte selbstandige unabhangige sowjetische gewehr schutzen scharfschutzen infanterie sonder internationale
der roten armee
getrennten selbstandigen unabhangigen sowjetischen internationalen spezial spezielle speziellen
independante speciale de fusiliers infanterie sovietique independiente especial fusileros de infanteria sovietica
separata indipendente speciale fucilieri sovietica osobna samodzielna strzelecka piechoty radziecka
specjalna specjalnej samodzielnej strzelcow
separada independente especial fuzileiros rifles internacional sovietica
samostatna samostatnej strelecka streleckej specialna specialnej
отдельная особая стрелковая интернациональная советская красной армии
отдельной особой стрелковой интернациональной советской
""".split())


_BRIGADE_SEPARATE = frozenset(rz.strip_marks(word) for word in
                              "separate independent getrennte selbstandige unabhangige getrennten selbstandigen "
                              "unabhangigen independante independiente separada independente samostatna samostatnej "
                              "separata indipendente osobna samodzielna отдельная отдельной".split())


_BRIGADE_NUMBER = r"(\d+)(?:st|nd|rd|th|\.|\.?[ao]|-?я|-?и|-?ои)?"  # 88th, 88., 88-я, and as marks are stripped, 88ª
# (88a), 88-й (88-и)


def _latin_numbered_brigade(text: str) -> int | None:
    """The spelling position of the one army in the course whose name is a brigade with this name's number, for a
    name in Latin or Cyrillic letters with a word for brigade (brigade, Gewehrbrigade, brygada, бригада), a number
    (88, 88th, 88., 88-я) and otherwise only words of `_BRIGADE_NAME_WORDS`; None if the name is another or if no
    or several brigades have the number."""
    text = re.sub(r"\beighty[\s\-]+eighth\b", "88th", text, flags=re.IGNORECASE)
    words = [rz.strip_marks(word) for word in re.split(r"[\s,()]+", text.casefold()) if word]
    numbers = [int(found.group(1)) for word in words if (found := re.fullmatch(_BRIGADE_NUMBER, word))]
    brigade_words = [word for word in words if re.search(r"bri[gq]ad|brygad|бригад", word)]
    others = [word for word in words if not re.fullmatch(_BRIGADE_NUMBER, word)
              and word not in brigade_words and word not in _BRIGADE_NAME_WORDS]
    if len(numbers) != 1 or not brigade_words or others or any(
            re.sub(r"bri[gq]ad(?:[aey]|en)?s?$|brygad[aye]?$|бригад(?:а|ы|у|е|ой)?$", "", word) not in (
                "", *_BRIGADE_NAME_WORDS)
            for word in brigade_words):
        return None
    if any(re.search(r"infan|piechot|fucilieri|пехот", word) for word in words) and not any(
            word in _BRIGADE_SEPARATE for word in words):
        return None  # an infantry brigade is the course's only when separate or independent (Britain had an 88th)
    found = {}
    for position, spelling in enumerate(_index().spellings):
        if spelling.kind == "army" and rz.script(spelling.spelling) == "latin" and re.search(
                r"\bbrigade\b", spelling.spelling, re.IGNORECASE) and re.search(
                rf"\b{numbers[0]}(?:st|nd|rd|th)?\b", spelling.spelling):
            found.setdefault(spelling.id, position)
    return next(iter(found.values())) if len(found) == 1 else None


# First names as other forms write them, marks stripped: English short forms that are not the name's beginning (Frank
# Dodd is Francis Dodd) and the same name in other European languages (Józef, Giuseppe Stalin). A first name only
# sharing letters is another person's (Walter Walker, Franklin Dodd).
_GIVEN_NAME_FORMS = {
    "frank": "francis", "bill": "william", "jim": "james", "jack": "john", "harry": "henry", "dick": "richard",
    "bob": "robert", "ted": "edward", "tony": "anthony",
    "jozef": "joseph", "josef": "joseph", "iosef": "joseph", "iosif": "joseph", "yosef": "joseph",
    "giuseppe": "joseph", "jose": "joseph", "josep": "joseph",
    "jerzy": "george", "giorgio": "george", "georges": "george", "jorge": "george", "georg": "george",
    # (and the Russian Georgy, whom the English press of the 1950s called George: Mr. George Malenkov)
    "georgy": "george", "georgi": "george", "georgii": "george", "georgiy": "george", "georgij": "george",
    "guglielmo": "william", "wilhelm": "william", "guillaume": "william", "guillermo": "william",
    "giacomo": "james", "jacques": "james", "jaime": "james", "jakub": "james",
    "marco": "mark", "marek": "mark", "marc": "mark", "marcos": "mark", "markus": "mark",
    "matteo": "matthew", "mateusz": "matthew", "matthieu": "matthew", "mateo": "matthew", "matthaus": "matthew",
    "francesco": "francis", "franciszek": "francis", "francois": "francis", "francisco": "francis",
    "franz": "francis", "enrico": "henry", "henri": "henry", "enrique": "henry", "henryk": "henry",
    "heinrich": "henry", "giovanni": "john", "jean": "john", "juan": "john", "johann": "john", "jan": "john",
}


# Other names of the course's bodies that Chinese, Japanese and Korean pages use, and the names the course's data
# give them: North and South Korea before an army's name (北朝鮮人民軍, 北韓人民軍 are 朝鮮人民軍, the KPA; 南朝鮮軍,
# 南韓軍, 大韓民国軍 are 韓國軍, the ROK Army), the South's Workers' Party of 1946 (南韓勞動黨), and the Chinese
# People's Volunteers by shorter or looser names (中国志愿军, 中国義勇軍, 중국의용군). Not the North's parties: Taiwan's
# 北韓 is North Korea today, and 北韓勞動黨 its Korean Workers' Party, not the WPNK.
_BODY_OTHER_NAMES = {"北韓人民": "朝鮮人民", "北韩人民": "朝鲜人民", "北朝鮮人民": "朝鮮人民", "北朝鲜人民": "朝鲜人民",
                     "북조선인민": "조선인민", "북한인민": "조선인민",
                     "南朝鮮軍": "韓國軍", "南朝鲜军": "韩国军", "南韓軍": "韓國軍", "南韩军": "韩国军",
                     "南韓陸軍": "韓國陸軍", "南韩陆军": "韩国陆军",  # (陸軍: the army, of the armed forces)
                     "남조선군": "한국군", "동북항일연합군": "동북항일연군",
                     "韓國國軍": "韓國軍", "韩国国军": "韩国军",  # 國軍: the armed forces
                     "南韓國軍": "韓國軍", "南韩国军": "韩国军",
                     "大韓民国軍": "韓國軍", "大韓民國軍": "韓國軍", "大韩民国军": "韩国军",
                     "中国義勇軍": "中国人民志愿军", "中國義勇軍": "中國人民志願軍",  # Japanese 義勇軍, volunteer army
                     "南韓勞動黨": "南朝鮮勞動黨", "南韩劳动党": "南朝鲜劳动党",  # 南韓: the South (its party of 1946)
                     "中国志愿军": "中国人民志愿军", "中國志願軍": "中國人民志願軍", "중국의용군": "중국인민지원군",
                     "중국지원군": "중국인민지원군", "중국인민의용군": "중국인민지원군",
                     "항미원조의용군": "중국인민지원군", "항미원조지원군": "중국인민지원군",
                     "중공인민지원군": "중국인민지원군", "中共人民志願軍": "中國人民志願軍",
                     "中共人民志愿军": "中国人民志愿军", "中共義勇軍": "中國人民志願軍", "中共義勇兵": "中國人民志願軍",
                     "中国義勇兵": "中國人民志願軍", "中國義勇兵": "中國人民志願軍",
                     "中国人民志願兵": "中國人民志願軍", "中國人民志願兵": "中國人民志願軍",
                     "中国人民志愿兵": "中国人民志愿军",
                     "反美援朝志願軍": "中國人民志願軍", "反美援朝志愿军": "中国人民志愿军",
                     "朝鲜陆军": "朝鲜人民军", "朝军": "朝鲜人民军",
                     "聯軍": "聯合國軍", "聯合國聯軍": "聯合國軍", "联合国联军": "联合国军"}
# (朝鲜陆军, "the Korean army", and 朝军, its short form, as Chinese writing on the war names the KPA, in either form
# of the characters, `_bodies_other_names`, suggested; not 朝鲜军, which is also 朝鮮軍, Japan's army in colonial Korea;
# 聯軍, "the allied army", the UN forces in Taiwanese and Hong Kong writing on the war, suggested (聯合國聯軍, "the
# UN's allied army", too); not 联军 in the
# simplified characters of the PRC's writing, which says 联合国军 and shortens the Northeast Anti-Japanese United
# Army, Kim Il Sung's, to 联军;
# the Chinese People's Volunteers without "People's", and in Korean with 의용군, volunteer army, for 지원군, or "the
# volunteers who resisted America and aided Korea", and in a machine's translation 反美 ("against America") for 抗美
# ("resisting America"); in Japanese 中共 for China, and 義勇兵 or 志願兵, volunteer soldiers)
_NORTH_OTHER_NAMES = {"北韓": "北朝鮮", "北韩": "北朝鲜", "北朝鮮": "北韓", "北朝鲜": "北韩", "북한": "북조선",
                      "북조선": "북한"}
_NORTH_OTHER_NAME = re.compile(r"^(?:北朝鮮|北朝鲜|北韓|北韩|북조선|북한)(?=\S)")
_TROOPS = re.compile(r"(?<=\S{2})(?:軍隊|军队|部隊|部队|군대|부대)$")
_COMMUNIST = re.compile(r"共產|共産|共产|공산")


def _bodies_other_names(text: str) -> list[tuple[str, bool]]:
    """A body's name read with the other names of the Koreas and the CPV (`_BODY_OTHER_NAMES`), with "troops"
    written as "army" (`_TROOPS`), and with the North's two names swapped (`_NORTH_OTHER_NAMES`): each reading that
    differs from the text, with whether it swapped the North's name (北韓軍隊 -> 北韓軍, 北朝鮮軍), and with 共黨
    written out (朝鮮共黨 -> 朝鮮共產黨)."""
    if re.fullmatch(r"\s*人民[軍军][隊队]\s*", text):
        return []  # 人民军队, "the people's army": in Chinese the PLA's name for itself, not 人民軍, the KPA's short
        # name (the traditional form too, though Korean texts in mixed script also wrote the KPA so: no answer)
    troops = _TROOPS.sub(lambda word: "" if re.search(r"[軍军군]\s*$", text[:word.start()]) else {
        "軍隊": "軍", "部隊": "軍", "군대": "군", "부대": "군"}.get(word.group(), "军"), text).strip()
    # (志愿军部队, 국군부대: the troops word alone taken off after a word for an army)
    readings: dict[str, bool] = {}
    simplified = rz.simplified_characters(troops)  # (朝鲜陸軍, 朝軍: characters of both forms, or traditional)
    for base in dict.fromkeys((text, troops, *([simplified] if _BODY_OTHER_NAME.search(simplified) else []))):
        readings.setdefault(base, False)
        # 朝鮮共黨: 共黨, "communist party" shortened, written out
        readings.setdefault(re.sub(r"(?<=\S{2})共([黨党])$", lambda party: (
            "共產黨" if party.group(1) == "黨" else "共产党"), base), False)
        readings.setdefault(_BODY_OTHER_NAME.sub(lambda half: _BODY_OTHER_NAMES[half.group()], base, count=1), False)
        readings.setdefault(_NORTH_OTHER_NAME.sub(lambda north: _NORTH_OTHER_NAMES[north.group()], base, count=1), True)
    return [(reading, north) for reading, north in readings.items() if reading != text]


_BODY_OTHER_NAME = re.compile(r"^(?:북조선인민(?=군)|북한인민(?=군)|"
                         r"北韓人民(?=[軍军])|北韩人民(?=[軍军])|北朝鮮人民(?=[軍军])|北朝鲜人民(?=[軍军])|"
                         r"韓國國軍$|韩国国军$|南韓國軍$|南韩国军$|大韓民国軍$|大韓民國軍$|大韩民国军$|中国義勇軍$|中國義勇軍$|南韓勞動黨$|"
                         r"南韩劳动党$|中国志愿军$|中國志願軍$|중국의용군$|중국지원군$|중국인민의용군$|항미원조의용군$|항미원조지원군$|"
                         r"南朝鮮軍$|南朝鲜军$|南韓軍$|南韩军$|南韓陸軍$|南韩陆军$|남조선군$|동북항일연합군$|중공인민지원군$|中共人民志願軍$|中共人民志愿军$|"
                         r"中共義勇軍$|中共義勇兵$|中国義勇兵$|中國義勇兵$|朝鲜陆军$|朝军$|聯軍$|聯合國聯軍$|联合国联军$|"
                         r"中国人民志願兵$|中國人民志願兵$|中国人民志愿兵$|反美援朝志願軍$|反美援朝志愿军$)")


# Hangul syllables with a y-vowel after ㅈ or ㅊ, which say the same as the plain vowel and which the rules of 1986 for
# writing foreign words dropped (죠 = 조, 쥬 = 주, 챠 = 차, 쳐 = 처), each with the syllable now written; a final
# consonant is kept (죤 = 존). Not after ㅅ: 샤, 쇼, 슈 still write Chinese xia and Russian ш (덩샤오핑, 흐루쇼프).
_OLD_HANGUL_NOW = {chr(0xAC00 + (initial * 21 + old) * 28 + final): chr(0xAC00 + (initial * 21 + new) * 28 + final)
                   for initial in (12, 14) for old, new in ((2, 0), (6, 4), (12, 8), (17, 13))
                   for final in range(28)}
_OLD_HANGUL = re.compile("[" + "".join(_OLD_HANGUL_NOW) + "]")


# Korean particles and endings after a name (the longest first), as a sentence leaves them on it: subject, topic,
# object, place, direction, "and", "of", "too", honorific subject, quotative, the copula (입니다, 이시다, 이었습니다);
# taken off only after a name of two syllables or more (or after characters, a bracket, or an abbreviation's last
# dot: 워싱턴 D.C.로)
# Korean endings that follow only a syllable with no final consonant (는, 가, 를, 와, 로, 라고, 란, 였다 ...), and those
# that follow only one with a final (은, 이, 을, 과, 으로, 이라고, 이란, 이었다 ...); 로 also follows a final ㄹ
# the copula's endings of two syllables or more, whose 이 may follow a vowel too (not 이, 이나 or 이란: Iran)
_COPULA_AFTER_EITHER = frozenset("이며 이고 이지만 이었다 이었고 이었으며 이었던 이었습니다 이었음 이었지만".split())
_AFTER_VOWEL = re.compile(r"(?:들)?(?:는|가|를|와|와의|와는|로|로서|로부터|라는|라고|라고도|란|였고|였으며|였다|"
                          r"였던|나|였습니다|였음|였지만)$")
_AFTER_FINAL = re.compile(r"(?:들)?(?:은|이|을|과|과의|과는|으로|으로서|으로부터|이라는|이라고|이라고도|이란|이었고|"
                          r"이었으며|"
                          r"이었다|이었던|이나|이며|이었습니다|이었음|이었지만|이고|이지만)$")


def _particle_fits(before: str, particle: str) -> bool:
    """Whether a Korean particle suits the syllable before it (`_AFTER_VOWEL`, `_AFTER_FINAL`); True after anything
    but Hangul (仁川港의, 'Sovetskaya'의), and for particles that follow either (의, 에서, 도 ...). After the plural's
    들 the particle suits 들 (소련파들이)."""
    if particle.startswith("들") and len(particle) > 1:
        return _particle_fits("들", particle[1:])
    last = before[-1:] if before else ""
    if not "\uac00" <= last <= "\ud7a3":
        return True
    final = (ord(last) - 0xAC00) % 28
    if final == 0 and particle.lstrip("들") in _COPULA_AFTER_EITHER:
        return True  # 김성주이며: the copula's 이, which after a vowel may be written or left out (김성주며)
    if _AFTER_VOWEL.fullmatch(particle):
        return final == 0 or (final == 8 and particle.lstrip("들").startswith("로"))
    if _AFTER_FINAL.fullmatch(particle):
        return final != 0 and not (final == 8 and particle.startswith("으로"))  # (ㄹ takes 로, not 으로: 들로)
    return True


_KOREAN_PARTICLE = re.compile(r"(?:(?<=[\uac00-\ud7a3]{2})|(?<=[)）\]」』’'\u4e00-\u9fff])|(?<=[A-Z]\.)|"
                              r"(?<=\d[\uac00-\ud7a3])|(?<=[\u4e00-\u9fff]씨))(?:들?(?:"
                              r"께서는|께서|에서는|에선|에서|이었고|였고|이었으며|였으며|이었던|였던|이었음|였음|이었지만|였지만|"
                              r"이지만|이고|이라고도|라고도|이라고|라고|이란|란|"
                              r"에게서|에게는|에까지|에를|에도|에다가|서부터|이냐|조차|마저|한테서|한테|"
                              r"이였고|이엿고|이라면|"  # (the older copula spellings 이였고, 이엿고; "if it is")
                              r"에게|에는|으로부터|로부터|으로서|로서|이라는|라는|이나|으로|로|은|는|이|가|을|를|에|의|와의|과의|와는|"
                              r"과는|와|과|도|까지|같이|처럼|보다|부터|이었습니다|였습니다|입니다|이시다|이었다|였다|이며|등을|등의|등은|등이|등과|님께서는|님께서|님께|님은|"
                              r"님이|님의|님|께)|들|(?<=[\uac00-\ud7a3][파당])인|"
                              r"(?<=[\uac00-\ud7a3]{3})만(?:의|이|을|은|도)?|"
                              r"(?<=[\uac00-\ud7a3]항)서|(?<=[\u4e00-\u9fff])서|"
                              r"(?<=[氏씨])[나라야])$")  # (연안파인: "who are the
# Yan'an faction", the copula's 인 after a faction's or a party's word only, where no name ends so; 김규식만의, "of
# Kim Kyu-sik alone": 만, "only", with or without a particle, after three syllables, not two: 이승만의 is Rhee's; and
# 서, short for 에서, "at, from", after a port's 항 or a name in characters: 청진항서, 元山서; and the copula's 나 and
# 라, or the vocative 야, after 氏 or 씨: 李承晩氏나, 呂運亨氏야, 許憲씨나)
# Japanese particles and endings after a name in characters or katakana (the longest first): of, subject, topic,
# object, to, at, from, until, about, "by" (による, によって), "and", "and others" (ら, 等, など), "is" (であり); not
# after hiragana, where
# they end a word of the sentence
_JAPANESE_PARTICLE = re.compile(r"(?<=[\u30a1-\u30fa\u30fc\u4e00-\u9fff\uf900-\ufaff)）\]」』])"
                                r"(?:について|による|によって|にまで|にも|には|"
                                r"では|とは|への|での|との|からの|から|まで|より|であり|である|であった|とも|らが|らは|らを|"
                                r"らの|らと|らに|ら|など|や|も|の|は|が|を|に|で|へ|と)$")


# Words that make a person's name another thing's (a university, a city, a prize named after him) or tell a namesake
# by his trade, as an editor adds them in square brackets (`_lookup_one`)
# (not words that are also Korean syllables or surnames: Song, Park, Hall, Singer)
# An army's number alone with the character for an army (第10軍, 第十军): any country's army (`_lookup_one`)
_NUMBERED_ARMY_ALONE = re.compile(r"第?[\d〇一二三四五六七八九十百]+[軍军]")
_THING_WORDS = frozenset("""university college school academy institute square city county district street road
avenue bridge stadium prize medal statue mausoleum palace airport station memorial museum library hospital factory
film ship wrestler footballer boxer doctrine line note cocktail hill steel works metro plan monument tower hotel
theatre theater prize award order incident thaw suit badge show tank allee""".split())


def _firm_entity(text: str, also_read: bool = False) -> tuple[str, str] | None:
    """(kind, id) of what `text` names firmly (`_search`'s first exact or near-exact answer), or None; with
    `also_read`, else what `_second_reading` suggests first with a score of 0.95 or more (a middle name: Matthew
    Bunker Ridgway)."""
    found = [item for item in _search(text, None) if item[2] in _FIRM][:1] or (
        [item for item in _second_reading(text, None) if item[0] >= 0.95][:1] if also_read else [])
    return (_index().spellings[found[0][1]].kind, _index().spellings[found[0][1]].id) if found else None


def _unmarked(text: str) -> str:
    """`text` without the marks a page puts around a name: wiki links ([[김원봉]]), corner quotes (「소련파」), and
    within it the Chinese Wikipedia's conversion marks (-{}-) and corner quotes around a word (中国「義勇軍」)."""
    text = re.sub(r"-\{\}-|-\{(?:zh-[a-z]+:)?([^{};]*)(?:;[^{}]*)?\}-", lambda mark: mark.group(1) or "",
                  text.strip())  # 北朝-{}-鮮: the Chinese Wikipedia's markup that keeps a word from conversion
    # between its scripts, left in a copied name; -{zh-hans:斯大林;zh-tw:史達林}-, its markup that gives a word in
    # each region's usage, read as the first
    while (marked := re.fullmatch(r"\[\[([^\[\]|]+)(?:\|[^\[\]]*)?\]\]|[「『]([^「」『』]+)[」』]", text)):
        text = (marked.group(1) or marked.group(2)).strip()
    return re.sub(r"(?<=[\u3400-\u9fff\u3040-\u30ff])[「『]([\u3400-\u9fff\u3040-\u30ff]{1,8})[」』]", r"\1", text)


# A full-size vowel after a kana that makes a sound with a small one (ウオ for ウォ, wo; フイ for フィ, fi; テイ for
# ティ, ti), as older and careless Japanese writes foreign names
_SMALL_KANA = {"ア": "ァ", "イ": "ィ", "ウ": "ゥ", "エ": "ェ", "オ": "ォ"}
_BIG_KANA_VOWEL = re.compile(r"([ウフツ](?=[アイエオ])|[テデ](?=イ)|[シチジ](?=エ))(.)")
# Latin letters that look like Cyrillic ones, in a name otherwise in Cyrillic (My Чжон, typed across keyboards),
# made Cyrillic by `_LATIN_TO_CYRILLIC`
_LATIN_LOOKALIKES = re.compile(r"(?<![A-Za-z])[AaBEeKMHOoPpCcTyXx]+(?![A-Za-z])")


# The words of people.csv's posts that name each army a commander may be named after (Commander, US Eighth Army)
_ARMY_IN_POSTS = {"eighth_army": "eighth army", "x_corps": r"\bx corps", "soviet_25th_army": "25th army",
                  "cpv": "chinese people's volunteers", "kpa": r"\bkpa\b|korean people's army",
                  "unc": "un command|united nations command", "kva": "korean volunteer army"}
# An army, then its commander's office and rank before his name: Eighth Army Commander General James A. Van Fleet
_COMMANDER_AFTER_BODY = re.compile(r"(.+?)\s+(?:commander|commanding general)\s+((?:(?:lieutenant|lt\.?|major|"
                                   r"brigadier)[- ]?)?(?:general|gen\.?)\s+.+)", re.IGNORECASE)
# A title after a person's name and a comma ("Kim Chaek, Commander-in-Chief"; "Truman, President")
_APPOSITIVE_TITLE = (r"(.+?),\s*(?:the\s+)?((?:supreme\s+|deputy\s+|vice[- ])?(?:commander(?:[- ]in[- ]chief)?|premier|"
                     r"prime minister|chairman|president|general|marshal|minister|ambassador|leader|secretary))\.?")


# Korea's own name in the European languages the glossary reads (folded): a word for Korea that is none of these is
# a word for Koreans or for Korean (korejců, Kórejčanov, Koreaner, coréens, Koreańczyków)
_KOREA_ITSELF = frozenset({"korea", "koreja", "koreje", "korei", "koreji", "koreju", "korejou", "koree", "korejo",
                           "koreya", "korey", "koreas", "kore", "korean", "koreai", "koreia", "coreia", "koreu",
                           "koreou", "koreau", "koreei"})


def _soviet_koreans(text: str) -> bool:
    """Whether a Latin-letter name is "Soviet Koreans" in a European language: two words, one a word for Soviet
    and the other for Koreans (`_cognate`), or one word joining them (Sowjetkoreaner); "sowjetisch-koreanische"
    (an adjective) and "Soviet Korea" (the country) are not."""
    words = [_fold_words(word) for word in text.split()]
    if rz.script(text) != "latin" or not 1 <= len(words) <= 2 or re.search(r"[\-‐]", text):
        return False  # (soviético-coreano, sowjetisch-koreanisch: an adjective of the two countries)
    if len(words) == 1:
        joined = re.match(r"(sowjet|soviet|sovjet|sovet|szovjet)(.+)", words[0])
        words = list(joined.groups()) if joined else words
    if len(words) != 2:
        return False
    meanings = [_glossary_word(word) or _cognate(word) for word in words]
    korean = words[meanings.index("korea")] if sorted(map(str, meanings)) == ["korea", "soviet"] else ""
    return bool(korean) and _cognate_fold(korean) not in {_cognate_fold(word) for word in _KOREA_ITSELF} and not (
        re.search(r"isch|sk[aeyoi]", korean))


@cache
def _country_name_words() -> dict[tuple[str, ...], list[tuple[str, int]]]:
    """The words of each country's name in Latin or Cyrillic letters (`_country_names`), folded as `_fold_words`
    folds them and without a word for America (Jungtinės Valstijos, Amerikas Savienotās Valstis: either name is
    written with it or without; `_inflected_country` takes the word off the United States' names only), -> (group,
    index position of the name)."""
    found: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for position, spelling in enumerate(_index().spellings):
        if spelling.kind == "group" and spelling.system == _CLDR_SYSTEM and rz.script(spelling.spelling) in (
                "latin", "cyrillic"):
            words = tuple(word for word in _fold_words(spelling.spelling).replace("-", " ").split()
                          if not _AMERICA_WORD.match(word))
            found.setdefault(words, []).append((spelling.id, position))
    return found


# (and Persian آمریکا, Arabic الأمريكية and Hindi अमेरिका/अमरीका as `_fold_words` leaves them, without the hamza,
# the madda and the e sign: ایالات متحده آمریکا, संयुक्त राज्य अमेरिका)
_AMERICA_WORD = re.compile(r"(?:amerik|americ|ameryk|америк|امریک|امريك|الامريك|अमरिक|अमरीक)")
_CLDR_SYSTEM = "name of the country in another language (Unicode CLDR)"


@cache
def _english_country_names() -> frozenset[str]:
    """The country groups' English names (casefolded), in the data or in CLDR's English table: China, South Korea
    ... (a case ending put on one of these is no declension: Chini is Swahili "below")."""
    return frozenset(name.casefold() for _group, language, name in _country_names() if language == "en") | frozenset(
        spelling.spelling.casefold() for spelling in _index().spellings
        if spelling.kind == "group" and spelling.id in _COUNTRY_GROUPS and spelling.system != _CLDR_SYSTEM)


def _inflected_word(asked: str, own: str) -> bool:
    """Whether `asked` may be the word `own` in another grammatical case: it begins with all of `own` but its last two
    letters at most (and three letters at least), and ends in one of the case endings of `_COUNTRY_CASE_ENDINGS`
    (Spojených, Spojené; Valstu, Valstis; Koreju, Koreja; not Korejci, Koreai: South Koreans, South Korean)."""
    if asked == own:
        return True
    common = len(os.path.commonprefix([asked, own]))  # (the stem may end before the letters both share: соединенн-ым)
    return any(asked[stem:] in _COUNTRY_CASE_ENDINGS for stem in range(max(3, len(own) - 2), common + 1))


# The endings of a country's name's words in the cases of the Slavic, Baltic and Hungarian grammars, without their
# marks (as `_fold_words` leaves them): Polish Stanów Zjednoczonych, Korei Południowej, Czech Spojenými státmi,
# Slovenian Združenih držav, Latvian Savienoto Valstu, Lithuanian Korėjai, Hungarian Dél-Koreával, Russian
# Соединённых Штатов, Serbian Сједињеним Државама. Not the endings of adjectives and of the people's names (Korejci,
# koreai, Koreaner, Korejieši). The Germanic genitive -s too (Sør-Koreas).
_COUNTRY_CASE_ENDINGS = frozenset(
    "a e i o u y ie ii iu ja je ji jo ju jos joje os as is us am ah ih im ima ami mi om em ou ov ovi och ach ych ymi "
    "ym ich imi ow owi ach ami ej um val vel ban ben ba be bol rol hoz hez nak nek t ot et s "
    "а е и о у ы ю я ой ом ем ей ах ам ами ов ев ых ым ыми ие ия ии ию ией ого ому ую им ама ој "
    "і ї ої ій ою ею єю ім ими ай их ів "
    "σ ου ων ησ ασ οσ εωσ".split()) | {""}  # (Ukrainian Південної Кореї, Сполучених Штатів; Belarusian Паўднёвай
# Карэі; Greek Νότιας Κορέας, Σοβιετικής Ενώσεως, whose final ς `_fold_words` writes σ)


@cache
def _names_without_plural_s() -> frozenset[str]:
    """The CLDR's names of the course's countries (`_country_names`, compared as `normalise` folds them) in the
    languages other than English and the Romance ones, whose -s after a name is a plural ("the two Chinas"), for
    the genitive -s rule of `_inflected_country`."""
    return frozenset(normalise(name) for _, locale, name in _country_names() if locale not in (
        "en", "es", "pt", "it", "fr", "ca", "gl", "ro", "oc", "sc", "rm", "ia", "eo"))


def _inflected_country(text: str) -> list[tuple[float, int, str]]:
    """A country's name of two words or more in another grammatical case than the Unicode CLDR's, in a language that
    declines it: Polish Stanów Zjednoczonych, Slovenian Združenih držav Amerike, Czech Jižní Koreje, Latvian Savienoto
    Valstu; every word the name's own in another case (`_inflected_word`), none more or fewer (but a word for
    America, which is not counted: Amerika Syarikat is no "Syarikat", a company). A name of one word is read as
    written, or with a Slavic, Baltic or Greek case ending replaced by the nominative's when that gives a CLDR name
    in another language than English exactly, accents and all (Kini, Kinom, Kinijos, Κίνας; Chinju is no Chin-a,
    Čini no Kina, Chini no China). As the name itself is answered; [] if no name or several countries' fit.
    Also an abbreviation with a case ending after a hyphen (Serbian СССР-у, SSSR-a): the abbreviation as found
    alone; a Hungarian one-word name with its case ending (Kínával), a Polish plural one's (Chinami), a Turkish
    genitive without its apostrophe after a name of several words (Amerika Birleşik Devletlerinin), and a
    Scandinavian genitive after the United States' or the Soviet Union's initials (USAs)."""
    ending = re.fullmatch(r"((?=[A-ZА-ЯЁČŠŽĽ]\w*[A-ZА-ЯЁČŠŽĽ])[A-ZА-ЯЁČŠŽĽ][A-ZА-ЯЁČŠŽĽh]{1,5})-[a-zа-яёë]{1,3}",
                          text.strip())  # (and Albanian ShBA-të, ShBA-ja: its h small, its article's ë)
    if ending:
        return _search(ending.group(1), None)
    hungarian = re.fullmatch(r"([^\W\d_]{2,}?)([áé])(?:val|vel|ban|ben|ból|ből|ba|be|nak|nek|hoz|hez|ról|ről|ra|re|"
                             r"tól|től|t)", text.strip())
    if hungarian:  # Kínával, Kínában: a Hungarian case ending after a one-word name ending in a vowel, which it
        # lengthens (Kína, China): the country so named, as the name alone is answered
        stem = hungarian.group(1) + ("a" if hungarian.group(2) == "á" else "e")
        return [item for item in _search(stem, "group")[:1] if _index().spellings[item[1]].id in _COUNTRY_GROUPS]
    turkish = re.fullmatch(r"(.+\s.+[aeıioöuü])n[iıuü]n", text.strip())
    if turkish:  # Amerika Birleşik Devletlerinin: the Turkish genitive without its apostrophe after a country's name
        # of several words ending in a vowel (its last a common noun, devlet, "state"), the country when the name
        # alone is one exactly (not -in after a name's own n: Stalinin is Finnish)
        found = [item for item in _search(turkish.group(1), "group")[:1] if item[2] == "exact"
                 and _index().spellings[item[1]].id in _COUNTRY_GROUPS]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    initials = re.fullmatch(r"([A-Z]{3,4})s", text.strip())
    if initials:  # USAs: the Scandinavian genitive -s after a country's initials (USAs hovedstad, "the USA's
        # capital"), the country when the initials alone name it exactly: the United States' or the Soviet Union's
        # (not ROKs, which English writes for the South Korean army's soldiers)
        found = [item for item in _search(initials.group(1), "group")[:1] if item[2] == "exact"
                 and _index().spellings[item[1]].id in ("usa", "ussr")]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    genitive = re.fullmatch(r"([A-ZÅÄÖØÆ][^\W\d_]{3,})s", text.strip())
    if genitive:  # Sydkoreas, Kinas: the Scandinavian genitive -s after a one-word name of a country, the country
        # as the name alone is answered, and only a name the CLDR gives it in another language than English and the
        # Romance ones, whose -s is a plural (not Spanish Chinas, "the two Chinas", nor the Americas; each name is
        # listed once, under the first language that gives it: Kina under Croatian; Sovjetunionens is the glossary's)
        found = [item for item in _search(genitive.group(1), "group")[:1] if _index().spellings[item[1]].id in (
            _COUNTRY_GROUPS) and normalise(genitive.group(1)) in _names_without_plural_s()]
        if found:
            return found
    if len(text.split()) == 1 and rz.script(text) in ("latin", "greek") and len(text.strip()) >= 4:
        # Kini, Kinom (Croatian), Kinijos (Lithuanian), Κίνας (Greek): a country's one-word name in another case,
        # read with the nominative's ending put back (-a, -ija, -α), the country when that names it
        for pattern, nominative in ((r"ijos$", "ija"), (r"(?<=[^\W\d_aeiou])(?:i|e|u|om|oj|y|ě)$", "a"),
                                    (r"ας$", "α"), (r"ης$", "η")):
            read = re.sub(pattern, nominative, text.strip())
            found = [item for item in _search(read, "group")[:1] if read != text.strip() and len(read) >= 4
                     and _index().spellings[item[1]].id in _COUNTRY_GROUPS
                     and _index().spellings[item[1]].spelling.casefold() == read.casefold()
                     and _index().spellings[item[1]].system == _CLDR_SYSTEM
                     and read.casefold() not in _english_country_names()]  # (the name in another language
            # than English as the data write it, accents and all: Čini, "makes", and Cine, "cinema", are no Kina;
            # Chini, Swahili "below", no China)
            if found:
                return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    plural = re.fullmatch(r"([^\W\d_]{3,})(?:ami|ach|om)", text.strip())
    if plural:  # Chinami, Chinach: the Polish plural name of a country (Chiny, China) in a case
        found = [item for item in _search(plural.group(1) + "y", "group")[:1]
                 if _index().spellings[item[1]].id in _COUNTRY_GROUPS]
        if found:
            return found
    folded = _fold_words(text).replace("-", " ").split()
    words = tuple(word for word in folded if not _AMERICA_WORD.match(word))
    if not words or rz.script(text) not in ("latin", "cyrillic"):
        return []
    fits = {(group, position) for own, names in _country_name_words().items() if len(own) == len(words) >= 2 and all(
        _inflected_word(asked, word) for asked, word in zip(words, own, strict=True)) for group, position in names}
    if len({group for group, _ in fits}) != 1:
        return []
    group, position = min(fits)
    if len(words) < len(folded) and group != "usa":
        return []  # a word for America beside another country's name (Korea Południowa-Ameryka, کره جنوبی آمریکا)
        # names two countries, or an American one, not that country
    how = "suggestion" if _index().spellings[position].note else "exact"
    return [(_RULE * 0.95, position, how)]


# Case endings and prefixes that languages without a reading of their own in the course write onto a place's or a
# country's name, by script (`_place_in_another_language`), the longest first: Kazakh, Kyrgyz, Tatar, Bashkir,
# Mongolian and Tajik endings in Cyrillic (Пхеньяндан, "from Pyongyang"; Мәскеуде, "in Moscow"; Москвагийн, "of
# Moscow"; Пхенянро); Georgian (ვაშინგტონის, "of Washington"; სეულში, "in Seoul"), whose names end in -ი, put back;
# Devanagari (Hindi, Marathi, Nepali: वाशिंगटनले, बीजिंगवर), Bengali, Gujarati, Gurmukhi, Telugu, Malayalam, Tamil
# and Sinhala postpositions and case endings; Uyghur's in Arabic letters (پيوڭياڭنىڭ); Thaana's "to" (އަށް); Hebrew's
# one-letter words before a name (ב in, ל to, מ from, ו and, ה the), and Arabic's و (and) and ل (to, for): وسول,
# لبيونغ يانغ (not ب, "in", which begins too many words: بيانان, "two statements", is no Yan'an), Amharic's and
# Tigrinya's (በ in, ለ for, የ of, ከ from, ን to) and the accusative ን after it; and the words for a city, a capital and
# a country that Khmer, Thai and
# Burmese write onto the name (ទីក្រុង, ក្រុង, រដ្ឋធានី, ប្រទេស; เมือง, ประเทศ, หมู่บ้าน, a village; မြို့)
_PLACE_WORDS_BEFORE = "ទីក្រុង|ក្រុង|រដ្ឋធានី|ប្រទេស|เมือง|ประเทศ|หมู่บ้าน|مطار"  # (Khmer's and Thai's, before a name;
# and Arabic's airport, مطار كيمبو)
_FOREIGN_PLACE_ENDINGS = re.compile(
    r"(?<=[\u0400-\u04ff]{3})-?(?:нының|нинин|менен|пенен|бенен|гийн|дагы|дегі|тағы|тегі|ҙәге|дәге|нан|нен|нән|дан|ден|дән|"
    r"тан|тен|тән|нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|ның|нің|нең|нөң|дың|дің|тың|тің|ийн|мен|пен|бен|тай|той|тэй|"
    r"ға|гә|қа|кә|гө|кө|дә|тә|ро|ҙа|ҙә)$|"
    r"(?<=[\u10d0-\u10ff]{3})-?(?:ისთვის|ისგან|ისკენ|თან|ში|ზე|ის|მა|ით|ად|ს)$|"
    # (Armenian: the article -ը, -ն and the cases' -ի, -ից, -ում, -ով, -ին, after a hyphen on an abbreviation)
    r"(?<=[\u0531-\u0587]{3})-?(?:ից|ում|ով|ին|ի|ը|ն)$|"
    r"(?<=[\u0900-\u097f]{3})(?:मध्ये|च्या|हरू|ने|ले|को|का|की|के|वर|ला|चा|ची|चे|में|से|शी|स्य|हून)$|"
    r"(?<=[\u0980-\u09ff]{3})(?:কে|ের|তে|এর|র)$|(?<=[\u0a80-\u0aff]{3})(?:માં|નું|ના|ની|ને|એ)$|"
    r"(?<=[\u0a00-\u0a7f]{3})(?:ਵਿੱਚ|ਤੋਂ|ਨੇ|ਦਾ|ਦੀ|ਦੇ)$|(?<=[\u0c00-\u0c7f]{3})(?:కు|లో|ను|తో)$|"
    r"(?<=[\u0d00-\u0d7f]{3})(?:ിന്റെ|ുടെ|ിനെ|ിന്|ിൽ)$|(?<=[\u0b80-\u0bff]{3})(?:விற்கு|கிற்கு|க்கு|இன்|ின்|வில்|ில்)$|"
    r"(?<=[\u0d80-\u0dff]{3})(?:යේ|ය|ේ|ට|හි)$|"
    r"(?<=[\u0600-\u06ff]{3})(?:نىڭ|دىن|تىن|نى|دا|دە|غا|گە|قا|كە)$|(?<=[\u0780-\u07bf]{3})އަށް$|"
    r"(?<=[\u1200-\u137f]{3})ን$|^(?:ወደ|[በለየከን])(?=[\u1200-\u137f]{3})|^[\u05d1\u05dc\u05de\u05d5\u05d4](?=[\u0590-\u05ff]{4})|"
    r"^[ول](?=[\u0600-\u06ff]{3})|"
    rf"^(?:{_PLACE_WORDS_BEFORE})\s*(?=\S)|(?<=\S)\s*(?:မြို့|နိုင်ငံ)$")
# and the endings of two letters that Russian words end in too (-ка, -ке, -да), taken off only a word with a letter
# of those languages that Russian has not (Мәскеуге, "to Moscow"; Пекинка is a Pekingese dog)
_TURKIC_SHORT_ENDINGS = re.compile(r"(?<=[\u0400-\u04ff]{3})(?:га|ге|го|ка|ке|ко|да|де|та|те|ны|ни|ды|ди|ын)$")
_TURKIC_LETTER = re.compile("[әғқңөұүһіҙҫӘҒҚҢӨҰҮҺІҘҪ]")
# what Malayalam's and Tamil's endings leave of a consonant that ended the name (its virama): പ്യോംഗ്‌യാംഗിന് is
# പ്യോംഗ്‌യാംഗ് with ഇന്
_VIRAMA_AFTER = {"\u0d00": "\u0d4d", "\u0b80": "\u0bcd"}


def _sound_key(latin: str) -> str:
    """The consonants of a place's name in Latin letters (str), as readings of it from other scripts share them
    (`_place_in_another_language`): sh, ch, zh, ph, th, kh and their like one letter; w as v, q and c as k; an m
    before g or k as n (Malayalam's and Kannada's anusvara, which their reading writes m: ബെയ്ജിംഗ്, "beyjimg");
    vowels, h and marks dropped, a letter doubled once. "Washington" and "vasingatan" -> "vsngtn"; "Beijing" and
    "bijing" -> "bjng"."""
    folded = re.sub(r"[^a-z]", "", rz.strip_marks(latin).casefold())
    folded = re.sub(r"m(?=[gk])", "n", folded)
    for pair, one in (("sh", "s"), ("ch", "s"), ("zh", "j"), ("ph", "f"), ("th", "t"), ("kh", "k"), ("dh", "d"),
                      ("bh", "b"), ("gh", "g"), ("w", "v"), ("q", "k"), ("c", "k"), ("x", "ks"), ("z", "j")):
        folded = folded.replace(pair, one)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyh]", "", folded))


# The places whose names are read by their consonants from other scripts (`_place_in_another_language`): the capitals
# that the world's news name most (a reading's consonants are shared by too many words and names for a smaller place:
# Johnson's are Jinsen's, Incheon's Japanese name; Sanjana's Senjana's, Shenyang's Latvian one), and the names of
# theirs compared: the course's, the English and other common ones and GeoNames' exonyms (not Japanese or older names,
# nor countries' names in other languages, which Greek ξένα, "foreign", would find as Catalan Xina)
_SOUNDED_PLACES = frozenset({"washington", "moscow", "beijing", "pyongyang", "seoul", "pyonggang"})
# (and P'yŏnggang, which shares Pyongyang's consonants: the nearer name to a reading is taken, प्योंगगांग is it)
_SOUNDED_SYSTEMS = frozenset({"name in the course", "exonym", "translation", "alias", "other name of the group",
                              "rr", "mr_diacritics", "russian_latin", "pinyin", "popular"})


@cache
def _place_sound_index() -> dict[str, dict[tuple[str, str], list[int]]]:
    """{`_sound_key`: {(kind, id): [spelling positions]}} of the names in Latin letters of `_SOUNDED_PLACES` and of
    the four states (the USSR, the USA, the PRC, the ROK), of `_SOUNDED_SYSTEMS` only (not Kyŏngsŏng, Seoul's colonial
    name, which a Korean's name read from Thai shares: คังจีซอง), whose key has four consonants or more (fewer are
    too many words' and names': Moscow's three are a mask's too, मस्का, μάσκα)."""
    found: dict[str, dict[tuple[str, str], list[int]]] = {}
    for position, spelling in enumerate(_index().spellings):
        if (spelling.kind == "place" and spelling.id in _SOUNDED_PLACES or spelling.kind == "group"
                and spelling.id in _COUNTRY_GROUPS) and (
                spelling.system in _SOUNDED_SYSTEMS and rz.script(spelling.spelling) == "latin"
                and not re.search(r"[^\x00-\x7f]", rz.strip_marks(spelling.spelling))):
            # (filed too with every ng read n, under "~": a reading without an ng may find Washington so, as scripts
            # that write ng before a consonant with a nasal mark alone read it: வாஷிங்டன், "vasintn")
            for key in dict.fromkeys((_sound_key(spelling.spelling),
                                      "~" + _sound_key(spelling.spelling.replace("ng", "n")))):
                if len(key.lstrip("~")) >= 4:
                    found.setdefault(key, {}).setdefault((spelling.kind, spelling.id), []).append(position)
    return found


def _place_in_another_language(text: str, wanted: str | None) -> list[tuple[float, int, str]]:
    """A place's or one of the four states' name in a language and script the course has no reading of its own for,
    with its case ending or prefix (`_FOREIGN_PLACE_ENDINGS`: Пхеньяндан, ვაშინგტონის, बीजिंगले, בוושינגטון, ለፒዮንግያንግ)
    or without one: the name without it as written (a firm answer, a place or a state); else, for a name of one word
    in a script read only by `romanize.other_script_to_latin` (not Latin letters, Cyrillic, Hangul, kana or
    characters), its reading's consonants (`_sound_key`, four at least) those of a name in Latin letters of one of
    the capitals or states of `_place_sound_index`, and the reading no further from that name than 35 % of its
    letters (normalised Levenshtein distance), and when two share them, the one whose name is nearest the reading
    (Levenshtein distance), if only one is.
    Returns [(score, position, "suggestion")], or [] when nothing or several things fit."""
    from rapidfuzz.distance import Levenshtein

    if wanted not in (None, "place", "group"):
        return []
    typed = text.strip().replace("\u200c", "").replace("\u200d", "")
    forms = [typed]
    bare = _FOREIGN_PLACE_ENDINGS.sub("", typed).strip()
    if bare == typed and _TURKIC_LETTER.search(typed):
        bare = _TURKIC_SHORT_ENDINGS.sub("", typed)
    if bare == typed and re.fullmatch(r"[А-ЯЁ][а-яё]{3,}[иі]", typed):
        forms.append(typed[:-1] + "а")  # Москви: a Ukrainian genitive of a name in -а (Москва)
    if not bare:
        return []  # เมืองမြို့: words for a city and nothing else
    if bare != typed:
        forms.append(bare)
    if len(forms) > 1:
        if re.search(r"[\u10d0-\u10ff]$", bare):
            forms.append(bare + "ი")  # (Georgian: the nominative's -ი the ending replaced)
        for block, virama in _VIRAMA_AFTER.items():
            if ord(block) <= ord(bare[-1]) < ord(block) + 128 and not bare.endswith(virama):
                forms.append(bare + virama)
        worded = bool(re.match(_PLACE_WORDS_BEFORE, typed))
        found = [item for form in forms[1:] if form for item in (_search(form, wanted) or _second_reading(
            form, wanted))[:1] if (item[2] in _FIRM or worded and item[2] == "suggestion" and item[0] >= _LOOSE * 0.95)
            and (_index().spellings[item[1]].kind == "place" or _index().spellings[item[1]].id in _COUNTRY_GROUPS)]
        # (a name read without a word for a village, a town or a country before it as a close suggestion too:
        # หมู่บ้านปันมุนจอม, the village of Panmunjom; not without a letter's prefix, Hebrew's ו, "and": וונסאן is
        # Wonsan, no Unsan)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if rz.script(typed) != "latin" or " " in bare or not re.search(r"[^\x00-\x7f]", typed):
        return []
    for form in forms[::-1]:
        latin = rz.other_script_to_latin(form)
        if not latin:
            continue
        reading = rz.strip_marks(latin).casefold()
        entities = {}
        key = _sound_key(latin)
        for filed in [key, *([] if "ng" in reading else ["~" + key])]:
            for entity, positions in _place_sound_index().get(filed, {}).items():
                if wanted in (None, entity[0]):
                    entities.setdefault(entity, positions)
        entities = {entity: positions for entity, positions in entities.items() if any(  # (and the reading not far
            # from one of its names in all its letters: "bakchun", a reading of Pakchon, is no Beixin, Beijing's)
            Levenshtein.normalized_distance(reading, rz.strip_marks(_index().spellings[position].spelling).casefold())
            <= 0.35 for position in positions)}
        if len(entities) > 1:  # two that share the consonants: the nearer to the reading, if one is
            distance = {entity: min(Levenshtein.distance(reading, rz.strip_marks(
                _index().spellings[position].spelling).casefold()) for position in positions)
                for entity, positions in entities.items()}
            nearest = min(distance.values())
            entities = {entity: positions for entity, positions in entities.items() if distance[entity] == nearest}
        if len(entities) == 1:
            return [(_LOOSE * 0.9, next(iter(entities.values()))[0], "suggestion")]
    return []


# A country's adjective before a word for its government, in English (the Soviet leadership, the Chinese side, US
# or USSR authorities): the group of that country's leadership. Not the Soviets or the Chinese alone (a people, or
# the Soviet Koreans), nor a word for a party or an army (Chinese Communists, Soviet forces), which name other bodies.
_COUNTRY_LEADERSHIP = re.compile(
    r"(?:the\s+)?(soviet|sov\.?|russian|chinese|american|(?-i:U\.\s?S\.|US|USSR|U\.S\.S\.R\.)|south\s+korean)\s+"
    r"(government|leadership|leaders|authorities|side|embassy|occupation\s+authorities)|"
    # (and Russian, the adjective and the noun declined: Советского правительства, американское правительство)
    r"(советск|американск|южнокорейск)(?:ое|ого|ому|им|ом)\s+(правительств)(?:о|а|у|ом|е)", re.IGNORECASE)
# (not "comrades": the South Korean comrades, American comrades are communists of those countries; not "us" in lower
# case, a pronoun. Russian is a suggestion, as it may be Tsarist Russia's (the Russian legation of 1896); China's
# authorities, government and embassy are not read, the Nationalists' before 1949 and, in Seoul, after it.)
# "Red China", "Communist China" and their like in other languages (Komunist Çin; Chiny Ludowe, "People's China";
# Красный Китай in any case): the People's Republic, as the Cold War's West named it after 1949; a suggestion, as
# "Red China" was also said of the Communists' territory before 1949
_RED_CHINA = re.compile(r"(?i:(?:red|communist|komunist|komünist|kommunistisch(?:e|es)?|rot|rotes|roten)[\s-]+"
                        r"(?:china|çin|chine|cina|kina)(?:['’]s)?|(?:china|chine|cina)\s+(?:comunista|communiste)|chiny\s+ludowe|"
                        # (and "People's China", as the Spanish, French, Italian and German of the Cold War named it:
                        # la China Popular, la Chine populaire, la Cina popolare, Volkschina)
                        r"china\s+popular|chine\s+populaire|cina\s+popolare|volkschinas?|"
                        r"ludowe\s+chiny|rotchinas?|rot-chinas|rotchinesen)|"  # (German Rot-China, Rot-Chinas; the
                        # Rotchinesen, "the Red Chinese", as the West German press of the 1960s wrote)
                        r"紅色中國|红色中国|共產黨中國|共产党中国|"  # (Chinese "red China", "Communist-party China")
                        r"(?i:(?:красн(?:ый|ого|ому|ым|ом)|коммунистическ(?:ий|ого|ому|им|ом)|маоистск(?:ий|ого|ому|им|ом))"
                        r"\s+кита(?:й|я|ю|ем|е)|maoist(?:ische[ns]?)?\s+china|(?:la\s+)?china\s+maoísta|"
                        r"(?:la\s+)?chine\s+maoïste)")  # (and "Maoist China", маоистский Китай, as Soviet writing of
# the split named it)
_LEADERSHIP_GROUPS = {"soviet": "ussr", "sov": "ussr", "sov.": "ussr", "russian": "ussr", "chinese": "prc",
                      "american": "usa", "us": "usa", "ussr": "ussr", "u.s.s.r.": "ussr",
                      "u.s.": "usa", "u. s.": "usa", "south korean": "rok",
                      "советск": "ussr", "американск": "usa", "южнокорейск": "rok"}


# The United States' initials that are words in small letters, read in capitals only (`_country_leadership`)
_US_INITIALS = re.compile(r"ABD(?:['’][a-zçğışöü]{1,4})?|(?:SAD|САД)(?:-(?:a|u|om|а|у|ом))?|AS")


def _country_leadership(text: str) -> list[tuple[float, int, str]]:
    """The group of a country's leadership for its adjective and a word for its government (`_COUNTRY_LEADERSHIP`:
    "the Soviet leadership", "Chinese side"); China's as a suggestion, since its government until October 1949 (and
    to the United States and the UN until 1971) was the Republic of China's. Also Soviet Russia (蘇俄), a state
    called former ("the former Soviet Union"), a state's government by its capital ("the Peking regime"), both as
    suggestions, and a state's government by the state's name ("Government of the Republic of Korea", "ROK Govt",
    쏘련정부). Returns [(score, index position of the group's name, "exact" or "suggestion")], [] for any other
    text."""
    if _RED_CHINA.fullmatch(text.strip()) or re.fullmatch(
            r"(?:the\s+)?(?:chinese\s+communist|red\s+chinese?)\s+(?:government|regime|authorities)|"
            r"(?:中共|중공)\s*(?:政府|政權|政权|政権|当局|當局|정부|당국)" + _ARMY_PARTICLE + "|"
            r"(?:the\s+)?(?:chinese\s+)?(?:central\s+)?people['’]s\s+government(?:\s+of\s+(?:the\s+people['’]s\s+"
            r"republic\s+of\s+)?china)?|中央人民政府|(?:the\s+)?chicoms?|新中[國国]|中共[國国]", text.strip(),
            re.IGNORECASE) and not re.fullmatch(r"(?:the\s+)?people['’]s\s+government", text.strip(), re.IGNORECASE):
        # (the Chinese Communist government, 中共政府: the Communists' government of China, the PRC's; 中共 alone
        # is the party; the Central People's Government, 中央人民政府, the PRC's of 1949-1954, also "of the People's
        # Republic of China", or the Chinese People's Government, as British and UN texts wrote it; not "the
        # People's Government" alone, which was also the North's; ChiCom, Chicoms, the American cables' "Chinese
        # Communist" for the regime; 新中国, "New China", the PRC's own name for itself, and 中共國, its critics' "CCP
        # state")
        return [(_RULE * 0.95, _course_name_position("group", "prc"), "suggestion")]
    if _US_INITIALS.fullmatch(text.strip()):
        # the United States' initials that are words in small letters, read in capitals only and as a suggestion:
        # Turkish ABD (Amerika Birleşik Devletleri; ABD'nin; Abd, "servant", begins Arabic names), and Serbian,
        # Croatian, Bosnian and Macedonian SAD, САД (Sjedinjene Američke Države), in a case after a hyphen too (SAD-a,
        # САД-у; сад is "garden" in Russian, "now" in Serbian), and Indonesian and Malay AS (Amerika Serikat, Amerika
        # Syarikat; "as" is an English word)
        return [(_RULE * 0.95, _course_name_position("group", "usa"), "suggestion")]
    former = re.fullmatch(r"(?:the\s+|la\s+|l['’]\s*|a\s+|die\s+|der\s+)?(?:ex[-\s]+|former\s+|then\s+|"
                          r"ehemalige[n]?\s+|antigua\s+|ancienne\s+|бывш(?:ий|его|ему|им|ем)\s+)(\S.*)", text.strip(),
                          re.IGNORECASE)  # (la ex URSS, die ehemalige Sowjetunion, бывшего СССР)
    if former:  # ex-União Soviética, the former Soviet Union, the then Soviet Union: a state called former, or "of
        # the time", which is the state (as a suggestion); not a person or a place (the former Kim Il Sung, ex-Seoul)
        states = [item for item in _search(former.group(1), "group")[:1] if item[2] in _FIRM
                  and _index().spellings[item[1]].id in _COUNTRY_GROUPS]
        return [(_RULE * 0.95, position, "suggestion") for _, position, _ in states]
    capital = re.fullmatch(r"(?:the\s+)?(peking|peiping|beijing|moscow|washington|seoul)\s+"
                           r"(?:government|govt\.?|r[ée]gime|authorities|leadership|administration)", text.strip(),
                           re.IGNORECASE) or re.fullmatch(
        r"(?:the\s+)?(?:(?:red|communist|totalitarian|puppet)\s+(peking|peiping)|(?:red|communist|totalitarian)\s+"
        r"(moscow)|puppet\s+(seoul))\s+(?:government|r[ée]gime|authorities|administration)|"
        r"(?:the\s+)?(?:(?:puppet|totalitarian|communist|red)\s+)?(?:government|r[ée]gime|authorities)\s+"
        r"(?:of\s+(peking|peiping)|(?:in|at)\s+(peking|peiping|moscow|washington|seoul))", text.strip(),
        re.IGNORECASE) or (re.fullmatch(r"(首爾|首尔|莫斯科|華盛頓|华盛顿|華府)\s*(?:政府|政權|政权|當局|当局)",
                                        text.strip())) or re.fullmatch(
        r"(워싱턴|모스크바|서울)\s*(?:정부|당국)(?:의|은|는|이|가|을|를|에|과|와)?", text.strip())  # (워싱턴 당국의)
    if capital:  # the Peking regime, the Moscow government, 首爾政府: a state's government by its capital, as the
        # (and the Government in Peiping, the puppet regime of Peiping, the Seoul administration, as the UN's debates
        # named them; an adjective only where it fits the capital: the puppet Seoul regime, the red Peking one; "the
        # Government of" only before Peking or Peiping, as "of Moscow" or "of Seoul" is the city's own; the government
        # at Seoul of 1945-1948 was the American military government's, and the puppet regime in Peiping of 1937-1945
        # Japan's: suggestions)
        # Cold War's press wrote and Chinese papers write; a suggestion (Peking's government was another before 1949,
        # Seoul's the Japanese one's before 1945; 北京政府 also the Beiyang government's, 1912-1928, and 北平政府 the
        # city's own, the Nationalists' of 1930 and Japan's puppet's of 1937-1940: not read)
        group = {"peking": "prc", "peiping": "prc", "beijing": "prc", "moscow": "ussr", "washington": "usa",
                 "seoul": "rok", "首爾": "rok", "首尔": "rok", "莫斯科": "ussr", "華盛頓": "usa", "华盛顿": "usa",
                 "華府": "usa", "워싱턴": "usa", "모스크바": "ussr", "서울": "rok"}[next(filter(
            None, capital.groups())).casefold()]
        return [(_RULE * 0.95, _course_name_position("group", group), "suggestion")]
    if re.fullmatch(r"(?:the\s+)?south\s+korean\s+puppets?(?:\s+(?:clique|regime|government|authorities))?",
                    text.strip(), re.IGNORECASE):
        # the south Korean puppet clique, the South Korean puppets: the DPRK's press's name for the South's
        # government, its state (as a suggestion; no faction: `_words_key`)
        return [(_RULE * 0.95, _course_name_position("group", "rok"), "suggestion")]
    if re.fullmatch(r"soviet\s+russia|sovyet\s+rusya(?:['’][a-zçğışöü]{1,4})?|روسيا\s+السوفي(?:ي)?تية|"
                    r"(?:蘇俄|苏俄)(?:政府|政權|政权|當局|当局)?", text.strip(), re.IGNORECASE):
        # Soviet Russia (Turkish Sovyet Rusya, in any case after an apostrophe; Arabic روسيا السوفيتية; 蘇俄 in
        # Chinese, as the Nationalists named it): the Soviet state, as Western writers of the
        # period named it; a suggestion, as it is also the Russian republic's name before 1922 (a people's name, the
        # Soviets, the South Koreans, is not its state)
        return [(_RULE * 0.95, _course_name_position("group", "ussr"), "suggestion")]
    text = re.sub(r"\b(?:govt|gov['’]t)\b\.?", "government", text, flags=re.IGNORECASE)  # a cable's Govt, Gov't
    governed = re.fullmatch(r"(?:the\s+)?government\s+(?:of\s+)?(.+)|правительств(?:о|а|у|ом|е)\s+(.+)", text.strip(),
                            re.IGNORECASE) or re.fullmatch(
        r"(?:the\s+)?(.+?)\s+government", text.strip(), re.IGNORECASE) or re.fullmatch(
        r"(\S+?)\s*(?:(?:점령|占領|占领|군|軍|军)\s*)?(?:정부|당국|지도부|指導部|指导部|領導層|领导层|当局|當局|政府|政權|政权|"
        r"政権|정권|외무부|외무성|"
        r"외교부|外務省|外务省|外交部|国務省|國務院|国务院|국무부)" + _ARMY_PARTICLE,
        text.strip())  # (大韓民國政府; 소련 점령 당국, ソ連軍当局: its occupation or military authorities; 소련 외무부,
    # ソ連外務省: its foreign ministry; アメリカ国務省, 美国国务院, 미국 국무부: the American one, the State Department)
    if governed:
        # the Government of the Republic of Korea, 쏘련정부는, ソ連当局: a state's government or authorities, which
        # are the state's group (not China's, 中国当局, which was the Republic of China's until 1949)
        state = next(filter(None, governed.groups()))
        state = {"ソビエト": "ソビエト連邦", "ソヴィエト": "ソビエト連邦", "소비에트": "소비에트 연방"}.get(
            state.strip(), state)
        # (ソビエト政府: "the Soviet government", the state's adjective alone)
        states = [item for item in _search(state, "group")[:1] if (item[2] in _FIRM or item[2] == "suggestion" and (
            _index().spellings[item[1]].id != "prc" and not re.search("[韓韩]", state))) and (
                _index().spellings[item[1]].id in _COUNTRY_GROUPS)]
        if states and _index().spellings[states[0][1]].id != "usa" and re.search(r"国務省|國務院|国务院|국무부", text):
            states = []  # (the State Department is the United States' alone: the Soviet Union had none, and China's
            # 国务院 is its State Council)
        if states and _index().spellings[states[0][1]].id == "rok" and re.search(
                r"[군軍军]\s*(?:정부|당국|政府|当局|當局)", text):
            states = []  # 南朝鮮軍政府, 南韓軍政府: in Korea of 1945-1948 the American military government (USAMGIK),
            # not the Republic's (only in 1961-1963 Park Chung-hee's junta)
        if states:  # (or an adjective's government, below: the Soviet Govt; a state's name that is itself only
            # suggested, 南朝鮮, gives a suggestion; not China's, 中國, nor 韓國 (韓国政府 was also the Provisional
            # Government's: `test_south_koreas_chinese_and_japanese_name_alone_is_a_suggestion_that_says_which_korea`)
            return [(_RULE * 0.95, position, "exact" if _index().spellings[position].id != "prc" and how in _FIRM
                     else "suggestion") for _, position, how in states]
    regime = re.fullmatch(r"(?:the\s+)?(.+?)\s+(?:government|regime|administration)", text.strip(),
                          re.IGNORECASE) or re.fullmatch(
                              r"(.+?)\s*(?:傀儡\s*|괴뢰\s*)?(?:政権|政權|政权|정권|政府|정부)" + _ARMY_PARTICLE,
                              text.strip())
    if regime:  # the Rhee regime, 李承晩(傀儡)政権, 이승만 정권, 杜魯門政府: a state's (puppet) government named after
        # its leader (one whom factions.csv names as its leader), suggested as the state's group; a puppet's (傀儡,
        # 괴뢰) is never a great power's own (スターリン傀儡政権, 스탈린 괴뢰정권: no one)
        leaders = {person: state for person, state in _country_leaders().items() if not (
            re.search(r"傀儡|괴뢰|puppet", text, re.IGNORECASE) and state in ("ussr", "usa", "prc"))}
        people = [item for item in (_search(regime.group(1), "person") or _surname_alone(regime.group(1)))[:1]
                  if (item[2] in _FIRM and item[0] >= _LOOSE or item[2] == "katakana")  # (スターリン政権)
                  and _index().spellings[item[1]].id in leaders
                  and _STATE_LEADER_POSTS.search(_posts(_index().spellings[item[1]].id))]  # (not a commander's
        # nor a vice premier's: Peng Dehuai, MacArthur, Hodge headed no government of the course's states)
        if people:
            return [(_RULE * 0.95, _course_name_position("group", leaders[_index().spellings[people[0][1]].id]),
                     "suggestion")]
    side = re.fullmatch(r"(蘇|苏|美|中)方|(ソ連|ソビエト|米国|アメリカ|中国|韓国)側", text.strip())
    if side:  # 蘇方, 美方, ソ連側: "the Soviet side", "the US side" in Chinese and Japanese, as "Soviet side" in
        # English
        # (China's a suggestion, as above; not 韓方, which is also Korean medicine)
        group = {"蘇": "ussr", "苏": "ussr", "美": "usa", "中": "prc", "ソ連": "ussr",
                 "ソビエト": "ussr", "米国": "usa", "アメリカ": "usa", "中国": "prc", "韓国": "rok"}[
            side.group(1) or side.group(2)]
        return [(_RULE * 0.95, _course_name_position("group", group), "suggestion" if group == "prc" else "exact")]
    found = _COUNTRY_LEADERSHIP.fullmatch(text.strip())
    if not found:
        return []
    adjective = re.sub(r"\s+", " ", (found.group(1) or found.group(3)).casefold())
    group = _LEADERSHIP_GROUPS[adjective]
    if group == "prc" and (found.group(2) or found.group(4)).casefold() not in ("leadership", "leaders", "side"):
        return []
    how = "suggestion" if group == "prc" or adjective == "russian" else "exact"
    return [(_RULE * 0.95, _course_name_position("group", group), how)]


# The ruling communist party of a state of the course (the Soviet Union's, China's), by the state's group
_STATE_PARTIES = {"ussr": "cpsu", "prc": "ccp"}


def _country_party(text: str) -> list[tuple[float, int, str]]:
    """The ruling party of a state named by the state's name and the words for a communist party: "Communist Party
    of the USSR", 소비에트 연방 공산당 (the CPSU), "Communist Party of China" (the CCP); only the Soviet Union's and
    China's, whose one communist party ruled them (`_STATE_PARTIES`; 조선 공산당 is a Korean party's own name).
    Returns [(score, position of the party's name, "suggestion")], or [] when the text names no such state."""
    if re.fullmatch(r"全(?:ソ|蘇|苏)?(?:連邦|联邦|聯邦)共(?:産|产|產)(?:党|黨)|전\s*연방\s*공산당(?:\s*\(볼셰비키\))?",
                    text.strip()) or re.fullmatch(r"всесоюзн(?:ая|ой|ую)\s+коммунистическ(?:ая|ой|ую)\s+парти(?:я|и|ю)"
                                                  r"(?:\s+\(?большевиков\)?)?", text.strip(), re.IGNORECASE):
        # 全ソ連邦共産党, 全連邦共産党, 전연방공산당, Всесоюзная коммунистическая партия (большевиков): the All-Union
        # Communist Party (of Bolsheviks), the CPSU's name until 1952, in Japanese, Korean and Russian
        return [(_RULE * 0.95, _course_name_position("party", "cpsu"), "suggestion")]
    found = re.fullmatch(r"(?:the\s+)?communist\s+party\s+of\s+(.+)|(.+?)\s+communist\s+party", text.strip(),
                         re.IGNORECASE) or re.fullmatch(r"(.+?)\s*(?:공산당|共産党|共产党|共產黨)", text.strip())
    if not found:
        return []
    states = [_index().spellings[position].id for _, position, how in _search(
        next(filter(None, found.groups())), "group")[:1] if how in _FIRM]
    party = _STATE_PARTIES.get(states[0]) if states else None
    return [(_RULE * 0.95, _course_name_position("party", party), "suggestion")] if party else []


# A post of the head of a state, of its government or of its ruling party, in people.csv's posts (a leader's word before
# a name, `_office_phrase`; a government named after its leader, `_country_leadership`): not a vice's or a deputy's,
# nor a president of a court
_STATE_LEADER_POSTS = re.compile(r"(?<!vice )(?<!vice-)(?<!deputy )(?:president of the(?! \w+ court)|premier|"
                                 r"prime minister)\b|"
                                 r"(?<!vice )(?<!deputy )(?<!first deputy )chairman of the (?:ussr |prc )?council of "
                                 r"ministers|(?<!vice )chairman of the chinese communist party|"
                                 r"(?:general|first) secretary of the (?:communist|cpsu)", re.IGNORECASE)


@cache
def _country_leaders() -> dict[str, str]:
    """{person id: group id} for the leaders factions.csv names (`leader_ids`) of the groups that are a country's
    leadership (`_COUNTRY_GROUPS`: Stalin's USSR, Rhee's Republic of Korea), and the people of those groups
    (people.csv's `faction_id`) whose posts name them its head of state, government or ruling party
    (`_STATE_LEADER_POSTS`: Khrushchev, Zhou Enlai, Park Chung Hee)."""
    factions = load("factions")
    leaders = {leader: row.faction_id for row in factions.itertuples() if row.faction_id in _COUNTRY_GROUPS
               and isinstance(row.leader_ids, str) for leader in split_ids(row.leader_ids)}
    people = load("people")
    return {**{person: group for person, group, posts in zip(people["person_id"], people["faction_id"],
                                                               people["posts"].fillna(""), strict=True)
               if group in _COUNTRY_GROUPS and _STATE_LEADER_POSTS.search(posts)}, **leaders}


def _unshared(found: list[tuple[float, int, str]], weight: float) -> list[tuple[float, int, str]]:
    """`found` as suggestions, each score times `weight`, with a spelling another thing shares ("shared_name" in
    name_variants.csv: Andong) replaced by the course's name of its entity, for a reading that has told the two apart
    (a country before or after a place's name: 中国安东, Andong, China), so the answer is not left ambiguous."""
    spellings = _index().spellings
    return [(score * weight, _course_name_position(spellings[position].kind, spellings[position].id)
             if spellings[position].system == "shared_name" else position, "suggestion")
            for score, position, _ in found]


def _course_name_position(kind: str, entity: str) -> int:
    """The index position of an entity's name in the course (the spelling a reading that names the entity, not one
    of its spellings, answers with); StopIteration if the entity has none."""
    return next(position for position, spelling in enumerate(_index().spellings)
                if (spelling.kind, spelling.id) == (kind, entity) and spelling.system == "name in the course")


def _second_reading(text: str, wanted: str | None, depth: int = 0) -> list[tuple[float, int, str]]:
    """When a name found nothing as typed, the readings a learner would try next, each searched in turn and the
    first that finds something kept, as a suggestion unless the reading is sure:
    the letters of another European language read as English writes Korean names (`romanize.european_readings`:
    Czech "Čhwe Jong-kun", Polish "Czoe Jong Gon", German "Pak Hon-jong");
    a case ending taken off the last word (`_CASE_ENDING`);
    a scanner's slips undone (`romanize.ocr_readings`: "0 Ki-sop", "HO Kal"; one misread letter,
    `romanize.ocr_letter_readings`, only when undoing it finds one thing firmly in a typewritten name);
    a foreign man's first name and surname both declined (Иосифа Сталина, Douglasa MacArthura);
    numbers in the name of an army with its country read the other way, figures or characters (美第10军 = 美第十军,
    アメリカ第八軍 = アメリカ第8軍);
    a name with a reading in brackets, each half alone; initials run into the name set apart;
    a place's name without the word for what kind of place it is (`_without_place_words`);
    a middle name left out ("Mark Wayne Clark": first and last names must both be the person's).
    A surname alone inside a longer foreign name is never taken for the person: Vasily Stalin, 谢尔盖·赫鲁晓夫
    and Margaret Truman are other people."""
    readings: list[tuple[str, bool, bool]] = []  # (reading, sure, a case ending taken off)
    dotless = _dotless_foreign_names().get(rz.simplified_characters(text.strip())) if re.fullmatch(
        r"[\u4e00-\u9fff]{5,}", text.strip()) else None
    if dotless and wanted in (None, "person") and len({_index().spellings[position].id for position in dotless}) == 1:
        # 道格拉斯麥克阿瑟: a foreigner's name in characters with its parts run together, without the dot between
        # them (道格拉斯·麦克阿瑟), as some pages and conversion tables write it; the name so written, suggested
        return [(_RULE * 0.95, min(dotless), "suggestion")]
    adjective = re.fullmatch(r"(Chinese|Soviet|American|U\.?S\.?|North Korean|South Korean)\s+([A-Z]{2,5})",
                             text.strip())
    if adjective and depth == 0 and wanted in (None, "army"):  # Chinese PVA, North Korean KPA: an army's initials
        # after its country's adjective, taken when the army is that country's (`_ARMY_ADJECTIVES`)
        side = _ARMY_ADJECTIVES[adjective.group(1).replace(".", "").casefold()]
        found = [item for item in _search(adjective.group(2), "army") if item[2] in _FIRM
                 and _index().spellings[item[1]].spelling == adjective.group(2) and (
                     _index().spellings[item[1]].id == side or _body_country(_index().spellings[item[1]].id) == side)]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if re.fullmatch(r"[\u3041-\u3096ー・]{3,}", text.strip()) and depth <= 1:  # まっかーさー, もすくわ: a name the
        # data write in katakana typed in hiragana, as a Japanese input method's dictionary gives its reading, or a
        # Korean name's kana read as its Hangul (ぷさん, 부산); only suggested, and only that katakana name itself,
        # exactly (not a near reading of it: ほとけ, Buddha, is no ホッジ; nor a reading in hiragana of a name in
        # characters, きんにっせい), and not a word with a small っ, which Korean names' kana leave out (ぶっさん,
        # products)
        katakana = rz.hiragana_to_katakana(text.strip())
        found = [item for item in _search(katakana, wanted) if item[2] == "exact"
                 and _index().spellings[item[1]].spelling.replace(" ", "") == katakana
                 or item[2] == "katakana" and "っ" not in text]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    possessive = re.sub(r"['’][sS]$", "", text.strip())
    if possessive != text.strip() and depth == 0 and rz.script(text) == "latin" and len(possessive) >= 3:
        found = _second_reading(possessive, wanted, depth + 1)  # Kim 11-song's: the name's readings without 's
        if found:
            return found
    if depth == 0 and wanted in (None, "place") and re.fullmatch(r"[A-Z][a-z'’]{3,}", text.strip()):
        # Chipyong, Kunu: a village's name in the course (Chipyong-ni, Kunu-ri) without its -ni or -ri ("village"),
        # as a page names the place; suggested
        found = [item for ending in ("-ni", "-ri") for item in _search(text.strip() + ending, "place")
                 if item[2] == "exact" and _index().spellings[item[1]].spelling.casefold() == (
                     text.strip() + ending).casefold()]  # (the village's own spelling: not Pekini, Albanian Beijing)
        if len({_index().spellings[item[1]].id for item in found}) == 1:
            return [(found[0][0] * 0.9, found[0][1], "suggestion")]
    if depth == 0 and wanted in (None, "place") and re.fullmatch(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}", text.strip()):
        # White Horse, Pork Chop: a hill's or a ridge's name of two words without "Hill" or "Ridge"; suggested
        found = [item for word in ("Hill", "Ridge") for item in _search(f"{text.strip()} {word}", "place")
                 if item[2] == "exact" and _index().spellings[item[1]].spelling.casefold() == (
                     f"{text.strip()} {word}".casefold())]
        if len({_index().spellings[item[1]].id for item in found}) == 1:
            return [(found[0][0] * 0.9, found[0][1], "suggestion")]
    possessive_adjective = re.fullmatch(r"(\S+(?:\s+\S+)+?)ov(?:ou|u|a|y)", text.strip()) if depth == 0 and (
        rz.script(text) == "latin") and wanted in (None, "person") else None
    if possessive_adjective:  # Kim Ir Senovou: a Czech possessive adjective made from a Korean's whole name (Kim Ir
        # Senova zpráva, "Kim Il Sung's report"); not a foreigner's surname, where -ová also makes a woman's name
        # (Trumanovou is Mrs Truman's case too)
        found = [item for item in _search(possessive_adjective.group(1), "person") if item[2] in _FIRM
                 and _index().spellings[item[1]].id not in _foreign_people()]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    vietnamese = _VIETNAMESE_COUNTRIES.get(" ".join(text.strip().casefold().split())) if depth == 0 else None
    if vietnamese:  # Nam Triều Tiên, Liên Xô: a country's Vietnamese name, as the Korean word for it is read
        found = [item for item in _search(vietnamese, wanted) if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    adjective = re.fullmatch(r"([A-ZÄÖÜ][^\W\d_]{3,}?)er", text.strip()) if depth == 0 and wanted in (
        None, "place") else None
    if adjective:  # Pjöngjanger (Kommandant): a German adjective made from a place's name in Korea with -er, the place
        found = [item for item in _search(adjective.group(1), "place") if item[2] in _FIRM
                 and _index().spellings[item[1]].id in _korean_places()]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    port = re.fullmatch(r"([A-Z][a-z'’]{3,})-hang", text.strip(), re.IGNORECASE) if depth == 0 and wanted in (
        None, "place") else None
    if port:  # Ongjin-Hang, Inchon-hang: a port on a map sheet, its town's name with -hang (항, a port)
        found = [item for item in _search(port.group(1), "place") if item[2] in _FIRM]
        if found:
            return found[:1]
    dotted_parts = re.split("[・=＝·﹒]", text.strip()) if re.fullmatch(
        r"[\u30a1-\u30fa\u30fc]{2,}(?:[・=＝][\u30a1-\u30fa\u30fc]{2,}){1,2}|"
        r"[\u4e00-\u9fff]{2,}(?:[·﹒][\u4e00-\u9fff]{2,}){1,2}", text.strip()) else []
    if dotted_parts and depth == 0 and wanted in (None, "person"):
        # フルシチョフ・ニキータ・セルゲイヴィチ, 米高扬·阿纳斯塔斯·伊凡诺维奇: a foreigner's names in katakana or
        # characters with the surname first, as a Russian list, the Japanese Foreign Ministry's translations of
        # treaties and Chinese papers order them; read with it last, a foreigner's whole name only
        turned = ("・" if rz.script(text) == "kana" else "·").join(dotted_parts[1:] + dotted_parts[:1])
        found = [item for item in _search(turned, "person") or _second_reading(turned, "person", depth + 1)
                 if (item[2] in _FIRM or item[0] >= _LOOSE * 0.95)
                 and _index().spellings[item[1]].id in _foreign_keys() and _dotted_names_fit(
                     _index().spellings[item[1]].id, dotted_parts[1], dotted_parts[0])]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    appositive = re.fullmatch(_APPOSITIVE_TITLE, text.strip(), re.IGNORECASE)
    if appositive and depth == 0 and wanted in (None, "person"):
        # Kim Chaek, Commander-in-Chief: a person's name with his title after a comma, taken unless it is an office
        # not among his posts (`_office_fits`: "Kim Il, Ambassador", "Harrison, President" are no one's) or a title
        # that does not fit a foreigner (`_title_fits`); a rank is not checked (Nam Il, Marshal)
        found = [item for item in _search(appositive.group(1), "person") if item[2] in _FIRM
                 and _title_fits(_index().spellings[item[1]].id, f"{appositive.group(2)} {appositive.group(1)}")
                 and _office_fits(_index().spellings[item[1]].id, appositive.group(2))]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    if depth == 0 and rz.script(text) == "latin" and text.isupper() and len(text.split()) >= 2 and all(
            len(word) >= 2 for word in text.split()) and text.title() != text:  # (0A 0A stays in capitals)
        # KIM IR SENA, KIM IR SENOVI: a declined name in capitals, as a telegram or a heading prints it, read as
        # written in small letters, where the case endings are found
        found = _second_reading(text.title(), wanted, depth)
        if found:
            return found
    pen_name = re.fullmatch(r"(\S+)\s+(\S.*\s\S.*)", text.strip()) if rz.script(text) == "latin" else None
    if pen_name and depth == 0 and wanted in (None, "person"):
        # Godang Cho Man-sik, Mongyang Yo Un-hyong: a Korean's pen name before his name, as Korean writes it; taken
        # when both name the same person
        own = [item for item in _search(pen_name.group(2), "person") if item[2] in _FIRM]
        pen = {_index().spellings[item[1]].id for item in _search(pen_name.group(1), "person")[:1] if item[2] in _FIRM}
        if own and pen == {_index().spellings[own[0][1]].id}:
            return [(score * 0.97, position, "suggestion") for score, position, _ in own[:1]]
    inverted = re.fullmatch(r"([^\W\d_][^,]*?),\s*([^\W\d_][^,]*?)"
                            r"(?:,\s*(Jr\.?|Sr\.?|II|III|IV|USA|USN|USMC|USAF|U\.S\.A\.|GEN|LTG|MG|BG|COL))?",
                            text.strip())
    if inverted and depth == 0 and wanted in (None, "person") and rz.script(text) == "latin" and (len(
            inverted.group(1).split()) == 1 or re.fullmatch(r"(?:van|von|de|mac|mc)\s+\S+", inverted.group(1),
                                                            re.IGNORECASE)):  # (Van Fleet, James Alward)
        # Walker, Walton Harris: a surname, a comma and the first names, as an index or a catalogue lists a person;
        # a persons list's last part after another comma (Bonesteel, General Charles H., III; Harrison, William K.,
        # Jr.) is his generation, kept after the surname, or his service (USA, USN), left out; a first name and a
        # patronymic (Khrushchev, Nikita Sergeyevich) are read as a Soviet name's own, which is only suggested
        suffix = f" {inverted.group(3)}" if inverted.group(3) and inverted.group(3)[0] in "JSI" else ""
        given = inverted.group(2).strip()
        rank = {"GEN": "General ", "LTG": "Lieutenant General ", "MG": "Major General ", "BG": "Brigadier General ",
                "COL": "Colonel "}.get(inverted.group(3) or "", "")  # Walker, Walton Harris, GEN: the US Army's
        # abbreviation of his rank, as a memorial's roll gives it, read before his name (which `_title_fits` checks)
        whole = f"{rank}{given} {inverted.group(1)}{suffix}"
        patronymic = len(given.split()) == 2 and _PATRONYMIC.search(given)
        typed = {word.casefold() for word in rz.words(whole)}
        found = [item for item in _search(whole, "person") or _second_reading(whole, "person", 1)
                 if item[2] in _FIRM or item[2] == "suggestion" and (patronymic or {
                     word.casefold() for word in rz.words(_index().spellings[item[1]].spelling)} < typed)]
        # (Walker, Walton Harris: his name with a middle name the data do not give)
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    romanian = text.strip().translate(_ROMANIAN_LETTERS)
    if romanian != text.strip() and depth == 0 and rz.script(text) == "latin":
        # Liu Şao-ţi: Romanian ş and ţ (and ș, ț) for sh and ts, as Romanian writes Russian ш and ц
        found = [item for item in _search(romanian, wanted) if item[2] in _FIRM]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    if text.strip().startswith("กรุง") and len(text.strip()) > 5 and wanted in (None, "place"):
        # กรุงเปียงยาง: Thai กรุง ("capital city") before a city's Thai name as the data spell it
        found = [item for item in _search(text.strip()[4:], "place") if item[2] in _FIRM]
        if found:
            return [(score * 0.97, position, how) for score, position, how in found]
    tidied = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text.strip())  # 加 平 战斗: characters spaced
    tidied = re.sub(r"10\s*\(X\)\s*|(?<![A-Za-z])X\s*(?=군단)", "10", tidied)  # 미 X군단, 10(X) 군단: X Corps in Hangul
    if tidied != text.strip() and depth == 0:
        found = [item for item in _search(tidied, wanted) if item[2] in _FIRM] or (
            _second_reading(tidied, wanted, depth))  # (tidied once: no deeper)
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    if depth == 0 and wanted in (None, "group") and (_territory_names().get(normalise(text)) in _UN_SENDING_STATES
                                                     or _un_sending_forces(text)):
        # Турция, Belgique, Etiópia: a state that sent forces to the UN Command (`_UN_SENDING_STATES`), by its name
        # in any language the CLDR gives, suggested as the group of those states
        return [(_LOOSE * 0.9, _course_name_position("group", "un_other"), "suggestion")]
    genitive = re.fullmatch(r"(s(?:ü|ue|u)dkorea)s", text.strip(), re.IGNORECASE)
    if genitive and depth == 0 and wanted in (None, "group"):
        # Südkoreas: the German genitive -s on South Korea's name, the country (a suggestion; not Chinas, an English
        # plural, "the two Chinas", nor Koreas)
        found = [item for item in _search("Südkorea", "group")[:1] if item[2] in _FIRM + ("suggestion",)]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    if depth == 0 and wanted in (None, "group") and "RU" in (
            _territory_names().get(normalise(text)),
            _territory_names().get(normalise(re.sub(r"(?<=\w{4})['’]s$|(?<=russland)s$", "", text.strip(),
                                                    flags=re.IGNORECASE)))):
        # Russia, Rusia, Россия, Russia's, Russlands: the Soviet Union, as writers of the period (and many since)
        # named it; a suggestion, as Russia is also the Tsars' empire, the Soviet republic and today's state
        return [(_LOOSE * 0.9, _course_name_position("group", "ussr"), "suggestion")]
    if depth == 0 and wanted in (None, "group") and (_soviet_koreans(text) or re.fullmatch(
            r"(?:苏|蘇|ソ連|소련)\s*(?:籍|系|계|국적)\s*(?:朝鲜|朝鮮|韓国|韓國|한인|한국|조선|고려)\s*(?:人|族|干部|幹部|인|간부)?",
            text.strip())):
        # sovětských korejců, coréens soviétiques, Sowjetkoreaner: the Soviet Koreans in a European language; and
        # 苏籍朝鲜人, ソ連系朝鮮人, 소련계 한인, Koreans of Soviet citizenship or descent, as Chinese, Japanese and
        # Korean name them
        return [(_LOOSE * 0.95, _course_name_position("group", "soviet_korean"), "suggestion")]
    closed = re.sub(r"(?<=[\uac00-\ud7a3])\s+(?=[\uac00-\ud7a3])", "", text.strip())
    if closed != text.strip() and depth == 0 and rz.script(text) == "hangul":
        # 북조선 인민군, 조선민주주의인민공화국 군대: Korean spaces a body's name as a writer pleases; the name closed
        # up is taken when it is a body's or a place's (a person's name spaced, 김 주석, "Chairman Kim", is another
        # thing)
        found = [item for item in _search(closed, wanted)[:1] if _index().spellings[
            item[1]].kind != "person"] or [item for item in _second_reading(closed, wanted, depth)
                                           if _index().spellings[item[1]].kind != "person"]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    for size in (1, 2) if depth == 0 and re.fullmatch(r"[\u05d0-\u05ea'\"׳״\- ]{4,}", text.strip()) else ():
        # למוסקבה, בפיונגיאנג: Hebrew's one-letter words (to, in, from, the, and) written onto the name; the rest
        # must be found as written
        if set(text.strip()[:size]) <= set("ולבמהכש"):
            found = [item for item in _search(text.strip()[size:], wanted) if (item[2] == "exact" and item[0] >= _RULE)
                     or (_index().spellings[item[1]].kind == "group" and _index().spellings[
                         item[1]].id in _COUNTRY_GROUPS)]  # (or a country's name, which is only suggested: בסין)
            if found:
                return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    ahead = next((found for size in (2, 3, 4) if (found := re.fullmatch(
        rf"(\S{{{size}}})(?:의|の|的)?\s*([\u4e00-\u9fff\uac00-\ud7a3]{{2,}})", text.strip())) and normalise(
        found.group(1)) in _COUNTRY_NAMES and rz.script(found.group(1)) in ("cjk", "hangul")), None)
    if ahead and depth == 0 and wanted in (None, "place") and _COUNTRY_NAMES[normalise(ahead.group(1))] & {
            "dprk", "rok", "prc"}:  # (only Korea's and China's names: 미국 워싱턴주 is the state, not the capital)
        # 朝鲜新义州, 조선 해주, 中国安东, 중국의 안동: a place with its country's name before it (and "of"), as Chinese
        # and Korean write addresses; taken when the place lies in that country today (or either Korea for one across
        # the parallel): 안동, South Korea's Andong too, is Dandong's old name after China's
        where = _COUNTRY_NAMES[normalise(ahead.group(1))]
        found = [item for item in _search(ahead.group(2), "place") or [
            item for item in _search(rz.hangul_to_latin(ahead.group(2)), "place") if re.fullmatch(
                r"[\uac00-\ud7a3]+", ahead.group(2)) and _index().spellings[item[1]].system == "shared_name"
            and where == {"prc"}]  # (after China's name only: 한국 유키 is a Japanese given name, not Unggi)
            if item[2] in _FIRM and (
            _places_table().get(_index().spellings[item[1]].id, ("", ""))[1] in where
            or _index().spellings[item[1]].id in _across_the_parallel() and where & {"dprk", "rok"})]
        if found:  # (안동 is read as Andong, a name Dandong shares: the country tells which; the course's name)
            return _unshared(found[:1], 0.97)
    country = re.fullmatch(r"(.+?),\s*([^,]+)", text.strip())
    if country and wanted in (None, "place") and normalise(country.group(2)) in _COUNTRY_NAMES:
        # Pjöngjang, Nordkorea; Hamhung, North Korea: a place with its country after a comma, taken when the place
        # is in that country today (places.csv), or in either Korea for a place that lay on the other side of the 38th
        # parallel from 1945 to 1950 (Chorwon, North Korea; Kaesong, South Korea); Seoul, North Korea and Kaesong,
        # China are no one's
        where = _COUNTRY_NAMES[normalise(country.group(2))]
        found = [item for item in _search(country.group(1), "place") if item[2] in _FIRM and (
            _places_table().get(_index().spellings[item[1]].id, ("", ""))[1] in where
            or _index().spellings[item[1]].id in _across_the_parallel() and where & {"dprk", "rok"})]
        return _unshared(found[:1], 0.97)  # (Andong, China: Dandong, whose old name a South Korean city shares)
    if re.fullmatch(r"(?:[\u4e00-\u9fff][\u30a1-\u30fa\u30fc]+){2,}", text.strip()) or re.match(
            r"中[国國](?=[东東]北)", text.strip()):
        # 金キム日イル成ソン: a page's ruby (each character's reading in katakana) run into the text; 中国東北抗日聯軍:
        # the country before the region that begins the body's own name (東北, "the Northeast", is China's)
        bare = re.sub(r"[\u30a1-\u30fa\u30fc]", "", re.sub(r"^中[国國](?=[东東]北)", "", text.strip()))
        # (not hiragana: between characters it is a word's ending or a particle, 金も策もない, "no money, no plan")
        found = [item for item in _search(bare, wanted) if item[2] in _FIRM]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    ruby = re.fullmatch(r"([\u4e00-\u9fff]{2,4})([\u30a1-\u30fa\u30fc・]{3,})", text.strip()) if depth == 0 else None
    if ruby:
        # 朴正煕パクチョンヒ: a name in characters with its whole reading in katakana run on after it, as a page's
        # ruby copied into plain text: taken when both halves name the same one
        halves = [[item for item in _search(half, wanted) if item[2] in _FIRM][:1] for half in ruby.groups()]
        if all(halves) and len({(_index().spellings[half[0][1]].kind, _index().spellings[half[0][1]].id)
                                for half in halves}) == 1:
            return [(score * 0.97, position, "suggestion") for score, position, _ in halves[0]]
    if re.fullmatch(r"[A-Z]{4,6}", text.strip()) and len(re.findall(r"[AEIOUY]", text.strip())) >= 2:
        # SEUL, a dateline's capitals: one word of capitals is compared letter for letter, as an abbreviation
        # (`_keys`); when it is none and has the vowels of a word (not KCNA), it is read as a word
        readings.append((text.strip().capitalize(), False, False))
    old_spelling = _OLD_HANGUL.sub(lambda syllable: _OLD_HANGUL_NOW[syllable.group()], text.strip())
    if old_spelling != text.strip() and rz.script(text) == "hangul" and depth == 0:
        # 죠이, 쥬은래: a y-vowel after ㅈ or ㅊ, as Korean wrote foreign and Chinese names before 1986 (조이,
        # 주은래)
        found = [item for item in _search(old_spelling, wanted) if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    side = re.fullmatch(r"(\S.+?)\s*측(?:이|은|을|의|에서|과|와|도|에)?", text.strip()) if rz.script(text) in (
        "hangul", "cjk") and depth == 0 else None
    if side:  # 유엔군측이, 소련 측은: a body's or a state's "side" (측), which is that body or state
        found = [item for item in _search(side.group(1), wanted) or _second_reading(side.group(1), wanted, depth + 1)
                 if _index().spellings[item[1]].kind in ("group", "army") and (
                     item[2] in _FIRM or item[2] == "suggestion" and item[0] >= _LOOSE * 0.95)]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    band = re.fullmatch(r"(\S.+?)\s*(?:일파|일당|一味|一派|一黨|一党|一夥|一伙|반역도당|괴뢰도당|매국도당|도당)(?:들)?"
                        r"(?:은|는|이|가|의|을|를|에|과|와|도)?", text.strip()) if rz.script(text) in (
        "hangul", "cjk") and depth == 0 else None
    if band:  # 崔賢一味, 최현(崔賢) 일파: a man and "his band" (일파, 一味, 一黨), as the colonial press named the
        # partisans after their leaders, or "his clique" (도당, 반역도당: 박정희반역도당의), as the North's press names
        # its enemies: the man; not a group's leader, whose band may be his group (金日成一派, as "Kim Il Sung
        # faction" is the partisans'; 박헌영 일당, the North's name for his Workers' Party group tried in 1953; 이승만
        # 일당, 리승만도당, the Southern regime)
        found = [item for item in _bracketed(band.group(1), wanted) or _search(band.group(1), wanted)
                 if _index().spellings[item[1]].kind == "person" and item[2] in _FIRM
                 and _index().spellings[item[1]].id not in _group_leaders()]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    cut = re.fullmatch(r"([\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,})高", text.strip())
    if cut and wanted in (None, "place") and depth == 0:  # 白馬高, 三角高: a machine translation's 高 for 高地, a hill
        # cut short (白馬高の戦い, "the Battle of White Horse Hill"), taken when the name with 高地 is a hill's exactly
        found = [item for item in _search(f"{cut.group(1)}高地", "place") if item[2] == "exact"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    island = re.fullmatch(r"([\u4e00-\u9fff]{2})(?:市|郡)?", text.strip())
    if island and wanted in (None, "place") and depth == 0:  # 巨濟, 巨済市: an island's name in characters without
        # 島, as the county and the city on it are named (巨濟郡, 巨済市), taken when the name with 島 is a place's
        # exactly and the characters alone name nothing else
        own = {rz.fold_shinjitai(name) for name in (island.group(1), *rz.other_chinese_script(island.group(1)))}
        found = [item for item in _search(f"{island.group(1)}島", "place") if item[2] == "exact" and any(
            rz.fold_shinjitai(spelling.spelling)[:2] in own for spelling in _index().spellings
            if (spelling.kind, spelling.id) == ("place", _index().spellings[item[1]].id)
            and re.fullmatch(r"[\u4e00-\u9fff]{2}[島岛]", spelling.spelling))]  # (the island's own characters, not
        # others read alike in Korean: 去除, "remove", is no 巨濟)
        if found and not _search(island.group(1), None):
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    federation = re.fullmatch(r"(蘇聯|苏联|ソ連|ソ聯|蘇連|소련|쏘련)(?:邦|방)|(소)연방", text.strip())
    if federation and wanted in (None, "group") and depth == 0:  # ソ連邦, 蘇聯邦, 소연방: the Soviet Union's short name
        # with 邦, "federation" (ソビエト連邦 cut short), which is the Soviet Union (and prewar Japanese ソ聯邦, 蘇連邦)
        found = [item for item in _search("ソ連" if federation.group(2) else federation.group(1), "group")
                 if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    russia = re.fullmatch(r"(勞農|労農|赤)(露西亞|露西亜|露國|露国|露)(?:國|国)?", text.strip())
    if russia and wanted in (None, "group") and depth == 0:  # 勞農露西亞, 勞農露國, 赤露國: "Workers' and Peasants'
        # Russia" and "Red Russia" with Russia's name in characters (and 國, "state"), as the colonial press wrote
        # the data's 労農ロシア and 赤露, the Soviet state's names of the 1920s
        found = [item for item in _search("労農ロシア" if russia.group(1) != "赤" else "赤露", "group")
                 if item[2] == "exact"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    hill = re.fullmatch(r"([\uac00-\ud7a3]{2,})\s*힐", text.strip())
    if hill and wanted in (None, "place") and depth == 0:  # 폭찹힐: English "hill" written in Hangul after a
        # hill's name, which Korean names 고지 (폭찹고지, Pork Chop Hill)
        found = [item for item in _search(f"{hill.group(1)}고지", "place") if item[2] == "exact"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    particle = _KOREAN_PARTICLE.search(text.strip()) if rz.script(text) in ("hangul", "cjk") and re.search(
        r"[\uac00-\ud7a3]$", text.strip()) and depth == 0 else None  # (仁川港의, 유엔軍은: after characters too)
    if particle and (text.strip().endswith("주의") or normalise(rz.hangul_to_latin(text.strip())) in (
            _other_korean_places()) or text.strip() in _other_korean_places()):
        particle = None  # 스탈린주의 is Stalinism; a place GeoNames lists is its own name
    if particle and not _particle_fits(text.strip()[:particle.start()], particle.group()):
        particle = None  # 김일란, 남일였고, 무정란: an ending that follows a vowel after a final consonant is no
        # particle there, but the end of another word or name (Kim Il-lan; 무정란, an unfertilised egg)
    if particle and particle.group() == "도" and any(
            _index().spellings[item[1]].kind == "place" for item in _search(text.strip()[:-1], None)[:1]):
        particle = None  # 원산도, an island of Boryeong, is no Wonsan with 도 ("too"): after a place 도 is an island
        # or a province
    if particle:
        # 최창익은, 판문점에는, 김일성동지께서는, 트루맨에게: a Korean particle after the name (and a title before it,
        # `_TITLES_AFTER`), taken off; the rest must be found firmly
        bare = _unmarked(text.strip()[:particle.start()])
        if re.fullmatch(r"제?\s*\d+\s*군", bare) and not any(how in _FIRM for _, _, how in _search(bare, wanted)):
            return []  # 제10군은: an army's number alone, any country's (not 제25군으로서, the Soviet 25th Army,
            # which 제25군 alone is too)
        # (read with every rule, as the bare name is shorter: 북조선 민주당의, a party's name read by its words)
        found = [item for item in _bracketed(bare, wanted) or _search(bare, wanted) or _second_reading(
            bare, wanted) if item[2] in _FIRM or item[2] == "suggestion" and item[0] >= _LOOSE * 0.95]
        office = next((posts for pattern, posts in _TITLE_OFFICE_POSTS if pattern.search(bare)), None)
        if office and _TITLES_AFTER.search(bare):  # 김용주연대장에게: the office before the particle held to the posts,
            # as without the particle (Kim Yong-ju of the course commanded no regiment)
            found = [item for item in found if _index().spellings[item[1]].kind != "person"
                     or _posts_fit(_index().spellings[item[1]].id, office)]
            if not found:
                return []  # (and no other reading takes the name out of the phrase)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    only = re.fullmatch(r"([\uac00-\ud7a3]{2})만(?:의|이|을|은|도)?", text.strip()) if depth == 0 else None
    if only:  # 소련만을, 평양만: 만, "only", after a name of two syllables, which `_KOREAN_PARTICLE` takes after three
        # only (이승만을 is Rhee's name with 을): taken when the two syllables name a state or a body firmly (not a
        # man: 김일만, 남일만 may be another's three-syllable name; nor a place, where 만 is a bay: 해주만, Haeju Bay)
        found = [item for item in _search(only.group(1), wanted) if item[2] in _FIRM
                 and _index().spellings[item[1]].kind not in ("person", "place")]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    particle = _JAPANESE_PARTICLE.search(text.strip()) if rz.script(text) in ("cjk", "kana") and depth == 0 else None
    if particle and len(_unmarked(text.strip()[:particle.start()])) >= 2:
        # 南日から, スターリンは, 李承晩大統領に, 朴憲永(パク・ホンヨン)や: a Japanese particle after the name (with
        # its reading in brackets, a title), taken off; the rest must be found firmly
        bare = _unmarked(text.strip()[:particle.start()])
        if re.fullmatch(r"第?[\d〇一二三四五六七八九十百]+[軍军]", bare):
            return []  # 第10軍は: an army's number alone, any country's (the Japanese Tenth Army of 1937)
        loose = len(bare) > 2 or rz.script(bare) != "cjk"  # (金日の: 金日 is no name the course writes so)
        # (read with every rule, as the bare name is shorter: 北朝鮮軍は, 北朝鮮軍 read in the other Chinese script)
        found = [item for item in _bracketed(bare, wanted) or _search(bare, wanted) or _second_reading(
            bare, wanted) if item[2] in _FIRM or loose and item[2] == "suggestion" and item[0] >= _LOOSE * 0.95]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    body = re.fullmatch(r"((?:[^\W\d_.]+\.?\s+){0,3}[^\W\d_]+)['’]s\s+(.*\b(?:army|corps|volunteers|brigade)\b.*)",
                        text.strip(), re.IGNORECASE) if depth == 0 else None
    if body and wanted in (None, "army"):
        # James Van Fleet's Eighth Army, Walker's Eighth Army: a body after the name of one of the course's people who
        # was on its side (not Montgomery's Eighth Army, the British one, nor Stilwell's X Corps)
        leader = [item for item in _search(body.group(1), "person") if item[2] in _FIRM and item[0] >= _RULE * 0.97]
        found = [item for item in _search(body.group(2), "army") if item[2] in _FIRM]
        if leader and found and _side("person", _index().spellings[leader[0][1]].id) == _side(
                "army", _index().spellings[found[0][1]].id) is not None:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    american = re.fullmatch(r"(.+?\b(?:ex[ée]rcito|ej[ée]rcito|arm[ée]e|armata|armee|army))\s+(?:norte-?americano|"
                            r"estadounidense|americano|am[ée]ricaine|americana|statunitense|amerikanische|american)",
                            text.strip(), re.IGNORECASE) if (rz.script(text) == "latin" and depth == 0 and (
                                wanted in (None, "army"))) else None
    if american:
        # VIII Exército norte-americano, 8ª Armata statunitense: an American army's name with "American" after it
        # (the US's own army only)
        found = [item for item in _search(american.group(1), "army") if item[2] in _FIRM and _faction_of(
            "army", _index().spellings[item[1]].id) == "usa"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    genitive = re.fullmatch(r"([^\W\d_](?:[^\W\d_]|[-\s](?=[^\W\d_])){4,}?)s", text.strip()) \
        if rz.script(text) == "latin" and depth == 0 else None
    if genitive and not text.strip().endswith("ss") and wanted in (None, "place"):
        # Inchons, Pjöngjangs, Chosin-Reservoirs: a German or Scandinavian genitive -s on a place's name (not on a
        # person's: Hodges and Maliks are other people, `_LATIN_CASE_ENDING`)
        found = [item for item in _search(genitive.group(1), "place") if item[2] == "exact" and item[0] >= _RULE
                 and (_places_table().get(_index().spellings[item[1]].id, ("", ""))[1] in ("dprk", "rok") or (
                     genitive.group(1)[-1].casefold() not in "aeoiy" and len(genitive.group(1)) >= 6
                     and not _search(genitive.group(1), "group")))]
        if found:  # (a place in Korea; or elsewhere after a name of six letters or more ending in a consonant or u:
            # Moskaus, Pekings, Washingtons; not Moscas, Spanish "flies", a plural, nor Moskus, Danish "musk", no
            # Moscow, nor Yenans, the group's men, the city)
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    small = _BIG_KANA_VOWEL.sub(lambda pair: pair.group(1) + _SMALL_KANA[pair.group(2)], text.strip())
    small = re.sub(r"(?<=[\u30a1-\u30fa])[-‐－―ｰ]", "ー", small)  # マッカ-サ-: a dash typed for the long-vowel mark
    if small != text.strip() and depth == 0:
        # ウオーカー, フイリピン: a vowel after ウ, フ, テ, デ, シ, チ, ジ or ツ written full size, as older and
        # careless Japanese writes the sounds the small one makes (ウォーカー, Walker); a dash for ー
        found = [item for item in _search(small, wanted) if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    cyrillic = _LATIN_LOOKALIKES.sub(lambda word: word.group().translate(_LATIN_TO_CYRILLIC), text.strip())
    if cyrillic != text.strip() and re.search("[а-яА-Я]", text) and rz.script(cyrillic) == "cyrillic" and depth == 0:
        # My Чжон: Latin letters that look like Cyrillic ones (M, y, o ...) in a name written in Cyrillic, as a typist
        # switching keyboards leaves them (Му Чжон, Mu Chong)
        found = [item for item in _search(cyrillic, wanted) if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if rz.script(text) == "cyrillic" and text.isupper() and depth == 0 and not (
            re.fullmatch(r"[А-ЯЁ]{2,5}", text.strip()) and len(re.findall(r"[АЕЁИОУЫЭЮЯ]", text.strip())) < 2):
        # КИМ ИР СЕНА, as a list of names prints it (not an abbreviation: КНРА, the Korean People's Revolutionary
        # Army, is not КНР, the PRC, declined)
        capitalized = " ".join(word.capitalize() if re.search(r"[А-ЯЁ]{2}", word) else word
                               for word in text.split())  # (initials stay: СТАЛИНУ И.В.)
        found = _search(capitalized, wanted) or _second_reading(capitalized, wanted, depth + 1)
        if found:
            return found
    untitled = re.sub(r",\s*(Jr\.?|Sr\.?)$", r" \1", text.strip())  # William Kelly Harrison, Jr.
    while _TITLES.match(untitled):  # Brigadier General Frank Dodd: the rules below read the name without its title
        untitled = _TITLES.sub("", untitled, count=1).strip()
    if untitled and untitled != text.strip():  # (the title must fit the person: maršál Čou is not Zhou Enlai)
        # (a person's title before it: only a person, whose title it can be, is the answer; not ген. Пузанов's Pusan)
        return [item for item in _second_reading(untitled, wanted, depth) if _index().spellings[item[1]].kind == (
            "person") and _title_fits(_index().spellings[item[1]].id, text.strip())]
    sided = re.fullmatch(r"(soviet|russian|chinese|american|u\.\s?s\.|us)\s+(\S.*)", text.strip(), re.IGNORECASE)
    if sided and wanted in (None, "person") and _TITLES.match(sided.group(2)):
        # Soviet Ambassador Puzanov: a country before a title, the person's own side only (a US ambassador Puzanov
        # is no one the course knows)
        side = {"soviet": "ussr", "russian": "ussr", "chinese": "prc"}.get(sided.group(1).casefold(), "usa")
        found = [item for item in _second_reading(sided.group(2), "person", depth + 1) + _search(
            sided.group(2), "person") if item[2] in (*_FIRM, "suggestion") and _faction_of(
            "person", _index().spellings[item[1]].id) == side]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    runs = re.findall(r"[A-Za-z][A-Za-z.'’\- ]*[A-Za-z]|[\uac00-\ud7a3]+|[\u4e00-\u9fff]+", text.strip())
    if depth == 0 and (len(text.split()) == 2 or len({rz.script(run) for run in runs}) > 1) and 2 <= len(runs) <= 3:
        # 고당 조만식, 白凡 金九, 흐루쇼프Nikita Khrushchev: a pen name or another script's name beside the name, every
        # part the same one's
        parts = [[item for item in _search(run.strip(), wanted) if item[2] in _FIRM] for run in runs]
        owners = {(_index().spellings[part[0][1]].kind, _index().spellings[part[0][1]].id) for part in parts if part}
        if all(parts) and len(owners) == 1:
            return [(score * 0.95, position, "suggestion") for score, position, _ in parts[-1][:1]]
    name_only = (_TITLES_AFTER.sub("", text.strip()) or text).strip().replace(" ", "")
    mixed_body = re.fullmatch(r"[\uac00-\ud7a3\u4e00-\u9fff]{5,12}", name_only) and re.search(
        r"[\uac00-\ud7a3]", name_only) and re.search(r"[\u4e00-\u9fff]", name_only) and depth == 0
    if mixed_body and wanted in (None, "party", "army", "place"):  # 조선로동黨, 조선인민軍: a body's name in both
        read = re.sub(r"[\u4e00-\u9fff]+", lambda run: (rz.korean_readings(run.group()) or [run.group()])[-1],
                      name_only)
        found = [item for item in _search(read, wanted) or _second_reading(read, wanted, depth + 1)
                 if item[2] in _FIRM and _index().spellings[item[1]].kind in ("party", "army", "place")]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if re.fullmatch(r"[\uac00-\ud7a3\u4e00-\u9fff]{2,4}", name_only) and re.search(r"[\uac00-\ud7a3]", name_only) and (
            re.search(r"[\u4e00-\u9fff]", name_only)) and depth == 0:
        # 金일성, 金일成: characters and Hangul in one name of two to four syllables, every character read in Korean
        # (a surname's 金 as 김 or 금); not a name with a word after it (金일성大學 is the university)
        options = [rz.korean_readings(ch)[:2] or [ch] if rz.script(ch) == "cjk" else [ch] for ch in name_only]
        for letters in itertools.islice(itertools.product(*options), 8):
            found = [item for item in _search("".join(letters), wanted) if item[2] in _FIRM]
            if found:
                return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if rz.script(text) == "hangul" and depth == 0:  # the North's words: 빨찌산 (빨치산, partisan), 인민군대 (인민군)
        northern_words = re.sub(r"군대$", "군", text.replace("빨찌산", "빨치산"))
        if northern_words != text:
            readings.append((northern_words, True, False))
    northern = re.fullmatch(r"(?:북한|북조선|北韓|北韩|北朝鮮|北朝鲜)\s+(\S+)", text.strip())
    if northern and wanted in (None, "person") and depth == 0:  # 북한 김일성: "North Korea's" before a person's name
        found = [item for item in _search(northern.group(1), "person") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    northern_party = re.fullmatch(r"(?:북조선|北朝鮮|北朝鲜)\s*(\S{3,})", text.strip())
    if northern_party and wanted in (None, "party") and depth == 0:  # 북조선청우당: "North Korea's" before a party's
        # own name (not 北韓, North Korea today, whose party is the KWP)
        rest = northern_party.group(1)
        found = [item for rest in (rest, f"{'朝鮮' if rz.script(rest) == 'cjk' else '조선'}{rest}")
                 for item in _search(rest, "party") if item[2] in _FIRM]  # 북조선민주당: 조선민주당
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    detachment = re.fullmatch(
        r"(\S{4,}?)\s*(?:華北|华北|화북|第?[\d一二三四五六七八九十]+|제\s*\d+)\s*(?:支隊|支队|지대)", text.strip())
    if detachment and wanted in (None, "army") and depth == 0:
        # 조선의용대 화북지대, 朝鮮義勇軍華北支隊: a body's (North China) detachment, answered as the body
        found = [item for item in _search(detachment.group(1), "army") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    for other_name, north in _bodies_other_names(text.strip()) if wanted in (None, "party", "army") and (
            depth == 0) else ():
        # 北朝鮮人民軍, 南朝鮮軍: North or South Korea by their other names in characters; 中国志愿军, 중국의용군:
        # the Chinese People's Volunteers by shorter or looser names; 韩国军队: "troops" for the army
        found = [item for item in _search(other_name, wanted) or _second_reading(other_name, wanted, depth + 1)
                 if item[2] in _FIRM and _index().spellings[item[1]].kind in ("party", "army") and not (
                     north and _index().spellings[item[1]].kind == "party" and not _COMMUNIST.search(text))]
        # (北韓 and 北朝鮮 swapped for an army or the Communist Party: 北韓勞動黨 is the Workers' Party of Korea in
        # Taiwan's usage, 北朝鮮勞動黨 the Workers' Party of North Korea of 1946-49)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    middle = re.search(r"(?<=[\u30a1-\u30fa\u30fc])\s*([A-Z])[.。．]?\s*(?=[\u30a1-\u30fa])", text.strip())
    if middle and depth == 0:  # ウォルトンH。 ウォーカー, マークW.クラーク: a middle initial in Latin letters between
        # the katakana of a first name and a surname; it must be the person's own (ウィリアムH.ハリソン: the president)
        initial = text.strip()[:middle.start()] + "・" + text.strip()[middle.end():]
        found = [item for item in _search(initial, wanted) or _second_reading(initial, wanted, depth + 1)
                 if item[2] in (*_FIRM, "suggestion") and (_index().spellings[item[1]].kind != "person" or (
                     _middle_name_fits(_index().spellings[item[1]].id, middle.group(1))))]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    if wanted in (None, "group") and re.fullmatch(
            r"(?:苏联|蘇聯|소련|ソ連)\s*[籍藉]?\s*(?:朝鲜人|朝鮮人|조선인|고려인|한인|韓人|韩人)", text.strip()):
        # 苏联朝鲜人, 소련 고려인: "Soviet Koreans", as the group is called in English
        found = [item for item in _search("Soviet Koreans", "group") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    junior = re.fullmatch(r"([^\s・·]+(?:[\s・·]+[^\s・·]+)+?)(?:[\s,\-・·]+(?:Jr\.?|junior|младший|молодший|мл\.|"
                          r"ml\.|mł\.|ジュニア|주니어)|\s*(?:2세|2世|二世))", text.strip(), re.IGNORECASE)
    # (the name's parts without the dots between them: a part that may hold a dot backtracks without end on a
    # long run of dotted characters)
    if junior and wanted in (None, "person"):
        # William Kelly Harrison Jr.: the name without Jr. read as below (a middle name left out, a declined name:
        # Williama Harrisona Jr., Уильям Харрисон-младший, ウィリアム・ハリソン・Jr), kept only for a person whose
        # own name has Jr. (his father of the same name is another man)
        english_h = re.sub(r"(?:(?<=[\s\-])|^)Г(?=[аеиоуэя])", "Х", junior.group(1))  # Гаррисон (below)
        found = [item for item in [item for name in dict.fromkeys((junior.group(1), english_h))
                                   for item in _search(name, "person") if item[2] in _FIRM or item[0] >= 0.85]
                 + _second_reading(junior.group(1), "person", depth + 1)
                 if "Jr" in _entity_name(("person", _index().spellings[item[1]].id))]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    thai_battle = re.fullmatch(r"(?:ยุทธการที่|การรบที่|สมรภูมิ)\s*(\S.+)", text.strip())
    if thai_battle and wanted in (None, "place") and depth == 0:
        # ยุทธการที่อินช็อน: Thai "the battle at" before the place's name, where a battle of the course's war was
        # fought or at a place in Korea, as `_battle_place`'s (ยุทธการที่มอสโก, the Battle of Moscow, is not the city's)
        found = [item for item in _search(thai_battle.group(1), "place") if item[2] in _FIRM
                 and _battle_fought_at(item[1])]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    english = _other_script_words(text) if depth == 0 else None
    if english:  # พรรคแรงงานเกาหลี, نهر يالو: a body's or a place's name in Thai, Arabic or Persian words
        found = [item for item in _search(english, wanted) or _second_reading(english, wanted, depth + 1)
                 if _index().spellings[item[1]].kind != "person"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    latin = rz.other_script_to_latin(text) if depth == 0 else None
    if latin:  # Thai, Georgian, Greek ...: read in Latin letters, then as a name in Latin letters
        # not the reading's own near misses (a guess on a guess: צ'ואה ריונג-הה, Choe Ryong-hae, is not Chu Nyong-ha)
        # (Arabic and Persian readings, which leave vowels out, keep theirs: بيونج يانج, Pyongyang; but not one short
        # word's: أولسان, Ulsan, is not Unsan)
        guessed = re.search(r"[\u0590-\u05ff\u0370-\u03ff\u1f00-\u1fff\u0900-\u0dff]", text)
        arabic_word = re.search(r"[\u0600-\u06ff]", text) and " " not in latin.strip() and len(latin) < 8
        other_readings = rz.arabic_readings(text)
        declined = re.sub(r"(?<=[\u0531-\u058f]{3})(?:ին|ից|ով|ում|ը)$", "", text.strip())
        if declined != text.strip():  # Կիմ Իր Սենին: an Armenian case ending (to, from, with, in) or article
            other_readings = [*other_readings, rz.other_script_to_latin(declined) or declined]
        initial_w = [reading for reading in other_readings[:1] if reading.startswith("wo")]
        found = [item for item in _search(initial_w[0], wanted) if item[2] == "exact" and item[0] >= _RULE] if (
            initial_w) else []  # وونسان: Wonsan, before Unsan, which "uunsan" also spells
        found = found or [item for item in _search(latin, wanted) if not (guessed or arabic_word) or (
            item[0] >= 0.9 * _LOOSE)] or ([] if arabic_word else _second_reading(latin, wanted, depth + 1))
        for reading in ([] if found else rz.tamil_readings(text)):
            # கிம் இல் சுங், பியோங்யாங்: Tamil's one letter for ch and s read as s, an i before y as a glide
            # (`romanize.tamil_readings`), taken only when a spelling of the data as it stands (a guess on a guess:
            # கேசோன், Kaechon, read "keson", is not Kaesong, whose Korean syllables a rule reads so)
            found = [item for item in _search(reading, wanted) if item[2] == "exact" and item[0] >= _EXACT]
            if found:
                break
        for reading in ([] if found else [reading for reading in other_readings if reading != latin]):
            # waw and ya write o and e too, fa v, jim g (سيول: Seoul; خاباروفسك: Khabarovsk): another reading, taken
            # only when it is a name as it stands
            found = [item for item in _search(reading, wanted) if item[2] == "exact" and (item[0] >= _RULE or (
                item[0] >= (0.93 if "shch" in reading and len(reading) >= 9 else 0.95) and len(reading) >= 6
                and " " not in reading
                and _index().spellings[item[1]].id in _foreign_people()))]  # (مولوتوف, "molotov": a foreigner's
            # surname alone, which scores below a rule's bar, taken in a reading of six letters or more, a little
            # lower in a reading of Russian shch of nine or more: خروتشوف, "khrushchov")
            if found:
                break
        arabic_words = text.split() if re.search(r"[\u0600-\u06ff]", text) else []
        if not found and len(arabic_words) == 2 and wanted in (None, "person"):
            # جوزيف ستالين, جورج مالينكوف: a foreigner's first name and surname, the surname read alone (as above),
            # the first name's consonants those of one of his first names as Arabic writes them
            # (`_consonant_skeleton`: جوزيف, "juzif", is Joseph; فاسيلي, "fasili", Vasily, is not)
            alone = [item for item in _second_reading(arabic_words[1], "person", depth)
                     if _index().spellings[item[1]].id in _foreign_people()]
            typed_first = _consonant_skeleton(rz.other_script_to_latin(arabic_words[0]) or "")
            person = _index().spellings[alone[0][1]].id if alone else ""
            if len(typed_first) >= 2 and any(_consonant_skeleton(spelling.spelling.split()[0]) == typed_first
                                             for spelling in _index().spellings if spelling.kind == "person"
                                             and spelling.id == person and rz.script(spelling.spelling) == "latin"
                                             and len(spelling.spelling.split()) >= 2):
                found = [(score * 0.97, position, "suggestion") for score, position, _ in alone[:1]]
        if not found and wanted in (None, "person") and re.search(r"[\u0600-\u06ff\u0e00-\u0e7f\u0590-\u05ff]",
                                                                  text) and (
                len(latin.split()) >= 2 and not latin.endswith("a")):
            # Arabic and Persian leave out short vowels and write e as i, o as u (تيريني شتيكوف, Terenti Shtykov),
            # Hebrew too, and Thai reads English vowels its own way (เจมส์ แวน ฟลีต, "chem waen flit"): a foreign
            # person's whole name (first name and surname, not a woman's -ova) compared by its consonants, with a
            # high bar
            heard: dict = {}
            _closest_foreigner(rz.foreign_key(latin), lambda position, score, how: heard.setdefault(
                position, (score, position, how)), floor=90, firm=101, consonants=True)
            found = list(heard.values())
            if not re.search(r"[\u0600-\u06ff]", text):  # (Thai and Hebrew: a foreigner's only, whose first name
                # begins with the typed first name's consonant: יורי ברז'נב, Yuri Brezhnev, is not Leonid)
                found = [item for item in found if _first_consonant_fits(_index().spellings[item[1]].id, latin)]
        found = [item for item in found if _index().spellings[item[1]].system not in _LOOSE_SYSTEMS]  # a name
        # only loosely reported (Kim Chang-il, of Kim Kang) is not taken from a reading's guess (کیم جانگ ایل)
        if not found and guessed or not found and re.search(r"[\u0600-\u06ff\u0e00-\u0e7f]", text):
            # Hebrew, Devanagari, Thai, Arabic and Persian readings of a Korean name guess its vowels (किम इल सनग,
            # "kim il sanag"; הונג מיונג-הוי, "hong myong-hoi"): its consonants compared with the course's names
            found = _by_consonants(latin, wanted, inherent_a=bool(re.search(r"[\u0900-\u0dff]", text)))
            found = [item for item in found if len(latin.split()) < 2 or _index().spellings[item[1]].kind != "person"
                     or _index().spellings[item[1]].id not in _foreign_people()
                     or _first_consonant_fits(_index().spellings[item[1]].id, latin)]  # (סרגיי מלנקוב, Sergei
            # Malenkov, is not Georgy: a foreigner's first name held to its consonant here too)
        if not found and re.fullmatch(r"[\u0e00-\u0e7f]{4,16}", text.strip()):
            # ซิงมันรี, คิมกู: a name in Thai, which writes no spaces between words, read with a space put between
            # its letters at each place in turn (Syngman Rhee, Kim Ku); taken when one thing, and only one, is
            # found at half the places or more
            named: dict = {}
            cuts = range(2, len(text.strip()) - 1)
            for cut in cuts:
                spaced = rz.other_script_to_latin(f"{text.strip()[:cut]} {text.strip()[cut:]}")
                for item in (_search(spaced, wanted) if spaced else [])[:1]:
                    named.setdefault((_index().spellings[item[1]].kind, _index().spellings[item[1]].id), []).append(
                        item)
            found = next(iter(named.values()))[:1] if len(named) == 1 and 2 * len(next(iter(named.values()))) >= len(
                cuts) else []
        if not found and wanted in (None, "person") and len(latin.split()) >= 2 and (guessed or re.search(
                r"[\u0600-\u06ff\u0e00-\u0e7f]", text)):
            # ג'וזף סטאלין, "jozp stalin": a foreign person's first name and surname, each compared with his
            heard = {}
            _foreign_by_parts([rz.foreign_key(part) for part in latin.split()], lambda position, score, how: (
                heard.setdefault(position, (score, position, how))))
            found = [item for item in heard.values() if re.search(r"[\u0600-\u06ff]", text)
                     or _first_consonant_fits(_index().spellings[item[1]].id, latin)]  # (Thai and Hebrew: the
            # first name's consonant too, as above)
        return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    region = re.fullmatch(r"([^,]{2,}),\s*([^,]+?\s*(?:province|prefecture|county|region|provinz|provincia|oblast|"
                          r"область|провинция|-?do|道|도|省))", text.strip(), re.IGNORECASE)
    if depth == 0 and region and wanted in (None, "place"):
        # Hyesan, Ryanggang Province: a place with the province (or county) it lies in after a comma
        found = [item for item in _search(region.group(1).strip(), "place") if item[2] in _FIRM]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    if depth == 0 and rz.script(text) == "cjk" and not text.strip().startswith(_JAPANESE_PREFIXES):
        # 第八集團軍: the readings below in the other Chinese script too; not a Japanese name (米第10軍, the US
        # Tenth Army, is no Chinese 军, a corps), and not Japanese 連合国 (the Allies) as Chinese 聯合國
        for other in rz.other_chinese_script(text):
            if "連合" in text and "抗日" not in text and re.search("[聯联]合", other):
                continue
            found = [item for item in _search(other, wanted) if item[2] in _FIRM] or _second_reading(
                other, wanted, depth + 1)  # 第八集團軍: 第八集团军, part of the simplified 美国第八集团军
            if found:
                return found
    founding = re.fullmatch(r"(?:건국|초대)\s*대통령\s*(\S.*)|초대\s*(\S+)\s*대통령", text.strip()) if (
        depth == 0) else None
    if founding:
        # 건국대통령 이승만, 초대 이승만 대통령: "the founding president", "the first president", as the South names
        # its first president, Syngman Rhee; his epithet alone (건국대통령 김일성, 초대 박정희 대통령 are no one)
        found = [item for item in _search(founding.group(1) or founding.group(2), "person") if item[2] in _FIRM
                 and _index().spellings[item[1]].id == "syngman_rhee"] if wanted in (None, "person") else []
        return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    countried = re.fullmatch(r"(소련|쏘련|미국|중국|한국|남한|대한민국)의\s*([\uac00-\ud7a3]{2,6})|"
                             r"(美国|美國|苏联|蘇聯|中国|中國|韩国|韓國|南韩|南韓)的([\u4e00-\u9fff·・]{2,10})",
                             text.strip()) if depth == 0 and wanted in (None, "person") else None
    if countried:
        # 소련의 스탈린이, 미국의 트루먼, 美国的麦克阿瑟: "(the country)'s" before a man of that country's, in Korean
        # with or without a particle after him; held to his own country (중국의 김일성: no one). Japanese の is read
        # by `_lookup_text`'s rule for a country before a name (米国のトルーマン)
        country, name = next((countried.group(at), countried.group(at + 1)) for at in (1, 3) if countried.group(at))
        for bare in dict.fromkeys((name, re.sub(r"(?:은|는|이|가|의|을|를|과|와|도|에게)$", "", name))):
            found = [item for item in _search(bare, "person") if item[2] in _FIRM and _faction_of(
                "person", _index().spellings[item[1]].id) == _COUNTRY_WORDS_CJK[country]]
            if found:
                return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    particle = _PARTICLES.search(text) if depth == 0 else None
    if particle and particle.group(4) and wanted not in (None, "place"):
        return []  # г. Пхеньяна, "the city of": a place, whatever kind was asked for
    if particle:  # 김일성의, 평양에서, 金日成の, 金日成的, в Пхеньяне: the name without the grammar around it
        bare_name = text[:particle.start()] + text[particle.end():]
        kind = "place" if particle.group(4) else wanted  # г. Яньань, г. Кимчхэк: the city, not the group or the man
        found = [item for item in _search(bare_name.strip(), kind) if item[2] == "exact"] or (
            _second_reading(bare_name.strip(), kind, depth + 1) if rz.script(bare_name) == "cyrillic" else []) or (
            _inflected_country(bare_name.strip()) if rz.script(bare_name) == "cyrillic" and kind in (None, "group")
            else [])  # (в Южной Корее: a country's name of two words, both declined)
        if found and particle.group(5):  # 김일성에 의해: a postposition of a sentence, the name suggested
            return [(score, position, "suggestion") for score, position, _ in found]
        if found:
            return found
    if depth == 0:
        # a reading in brackets after a name (金ドゥ奉(キム・ドゥボン)), each half alone; initials run into the
        # name (РоманенкоА.А., И.М.Чистякова) set apart; each of these read again as the name itself is
        spaced = re.sub(r"(?<=[^\W\d_]{3})((?:[^\W\d_]\.){1,3})$", r" \1", text)
        # M.W.클라크: Latin initials before a name in another script
        spaced = re.sub(r"^(?:[A-Za-z]\.\s*){1,3}(?=[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff])", "", spaced)
        spaced = re.sub(r"^((?:[^\W\d_]\.){1,3})(?=[^\W\d_]{3})", r"\1 ", spaced)
        for part in [spaced] if spaced != text else []:
            found = _search(part.strip(), wanted) or _second_reading(part.strip(), wanted, depth + 1)
            if found:
                return found
    parts = [part.strip() for part in _NAME_DOTS.split(text) if part.strip()]
    if len(parts) > 1 and rz.script(text) == "cjk" and depth == 0:  # 范·弗里特: a dot inside one name (范弗里特)
        found = [item for item in _search("".join(parts), wanted) if item[2] in _FIRM]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    if len(parts) > 1 and rz.script(text) in ("cjk", "kana") and wanted in (None, "person"):
        # a foreign name in characters or katakana with a middle name or initial (馬克·韋恩·克拉克): its surname,
        # when the first given name is that person's own in another of their names; never another first name
        alone = [item for item in _search(parts[-1], "person") if item[2] in _FIRM or item[2] == "suggestion" and (
            item[0] >= _RULE and _TITLES_AFTER.search(parts[-1]))]  # (马修·李奇微将军: the surname with a title
        # after it, which `_search` holds to the man)
        near = [item for item in _search(parts[-1], "person") if item[2] == "suggestion" and item[0] >= _RULE]
        if not alone and len(near) == 1 and len(parts) == 2:  # 道格拉斯·麦克亚瑟: a surname in other characters
            # (麦克亚瑟, a reading of MacArthur's name others write 麦克阿瑟), taken only with his own first name
            alone = near
        if not alone and len(parts) > 2:  # 詹姆斯·范·佛里特: a surname of two parts (范佛里特, Van Fleet)
            alone = [item for item in _search("".join(parts[-2:]), "person") if item[2] in _FIRM]
        if len(alone) == 1 and _index().spellings[alone[0][1]].id in _foreign_keys():
            person = _index().spellings[alone[0][1]].id
            own = {_plain_keys(_NAME_DOTS.split(spelling.spelling)[0])[-1] for spelling in _index().spellings
                   if spelling.kind == "person" and spelling.id == person and _NAME_DOTS.search(spelling.spelling)}
            if _plain_keys(parts[0])[-1] in own:  # (a middle initial in Latin letters is held to his middle name
                # in `_lookup_one`, whichever rule finds him: 约翰·C·霍奇 is not John R. Hodge)
                return [(alone[0][0] * 0.95, alone[0][1], "suggestion")]
            if all(len(part) == 1 for part in parts[:-1]) and len(parts) <= 3 and (
                    _character_initials_fit(parts[:-1], person)):  # 约·维·斯大林: his initials, as Chinese prints a
                # Soviet leader's (not 雅·约·斯大林, his son Yakov)
                return [(alone[0][0] * 0.9, alone[0][1], "suggestion")]
    if wanted in (None, "army") and rz.script(text) in ("cjk", "hangul", "kana"):
        brigade = _numbered_brigade(text)  # 苏联远东第88旅, 88특별여단, ソ連極東軍第88特別旅団: the one brigade with
        # that number
        if brigade is not None:
            return [(_RULE * 0.9, brigade, "suggestion")]
    if wanted in (None, "army") and rz.script(text) in ("latin", "cyrillic"):
        brigade = _latin_numbered_brigade(text)  # 88 Brigade, 88. getrennte Gewehrbrigade
        if brigade is not None:
            return [(_RULE * 0.9, brigade, "suggestion")]
    if re.fullmatch(r"第[IVX]{1,5}(?:军团|軍團|军|軍)", text.strip()) and wanted in (None, "army"):
        # 第X军团: a corps numbered in Roman numerals, as only the US Army numbers them, read without 第 (X军团, a
        # spelling of the data as it stands)
        found = [item for item in _search(text.strip()[1:], "army") if item[2] == "exact" and normalise(
            _index().spellings[item[1]].spelling) == normalise(text.strip()[1:])]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    country = _COUNTRY_PREFIX.sub("", text.strip())
    if rz.script(country) == "cjk":  # 第 8 軍: spaces round the figures, as a machine translation leaves them
        country = re.sub(r"(?<=[第\d])\s+(?=[\d軍军])", "", country)
    if country != text.strip() and len(country) >= 2 and wanted in (None, "army", "party"):
        # アメリカ第8軍, 美国第8集团军, 소련 제25군: the army named with its country in front, its number in figures
        # or characters (美第10军 = 第十军, アメリカ第八軍 = 第8軍); a number alone (第八军) is also a Chinese army's
        forms = [text.strip(), *_number_forms(text.strip()), country, *_number_forms(country)]
        prefix = prefix.group(1) if (prefix := _COUNTRY_PREFIX.match(text.strip())) else text.strip()[
            :len(text.strip()) - len(country)].strip()  # (the country, not "stationed in Korea" after it)
        if re.fullmatch(r"[\d一二三四五六七八九十]+(?:軍団|军团|[軍军])", country):
            country = "第" + country  # 米8軍: the ordinal's 第 left out, as Japanese shortens the US Eighth Army
            forms += [country, *_number_forms(country), prefix + country]
        if rz.script(country) == "cjk" and re.fullmatch(r"第[\d一二三四五六七八九十]+[軍军]", country):
            # ソ連第25軍, 蘇聯第25軍: Japanese and traditional Chinese write 軍 where mainland Chinese names a
            # field army 集团军 (苏第25集团军), with the country in one character (苏, 美)
            one = "苏" if prefix in _SOVIET_PREFIXES else "美"
            forms += [f"{one}{form[:-1]}集团军" for form in (country, *_number_forms(country))]
        soviet, japanese = prefix in _SOVIET_PREFIXES, prefix in _JAPANESE_PREFIXES
        if not japanese and re.fullmatch(r"第[\d一二三四五六七八九十]+(?:軍團|军团)", country):
            # 蘇聯第25軍團: Chinese 軍團 with a figure is a field army (集团军), as Taiwan's pages write it
            # (美軍第8軍團, the Eighth Army; not a Roman numeral's corps, below)
            forms += [f"{'苏' if soviet else '美'}{form[:-2]}集团军" for form in (country, *_number_forms(country))]
        if re.fullmatch(r"제?\s*\d+\s*군(?:단)?", country):  # 美8군, 美10군단: the country in a character before
            # the army's Korean name (미8군, 소련 제25군)
            forms += [f"{'소련 ' if soviet else '미'}{country}", f"{'소련 제' if soviet else '미 제'}"
                                                               f"{country.lstrip('제 ')}"]
        if japanese and re.fullmatch(r"第[\d一二三四五六七八九十]+軍団", country) or re.fullmatch(
                r"第[IVX]+(?:軍団|軍團|军团)", country):
            # 米第10軍団: Japanese 軍団 is a corps, which Chinese writes 军 (美第10军, X Corps), as is a Chinese 军团
            # numbered in Roman numerals (美軍第X軍團), which only the US Army's corps are (美军第8军团, with a
            # figure, is a field army: the Eighth)
            forms += [f"{one}{form[:-2]}军" for form in (country, *_number_forms(country)) if not re.search(
                "[IVX]", form) for one in ("苏" if soviet else "美", "")]
        for named in dict.fromkeys(forms):
            found = [item for item in _search(named, wanted) if _index().spellings[item[1]].kind in ("army", "party")
                     and _body_country(_index().spellings[item[1]].id) in (("ussr",) if soviet else ("usa", "unc"))
                     and not (japanese and named.endswith("軍") and "Corps" in _entity_name(
                         ("army", _index().spellings[item[1]].id)))  # Japanese 第10軍 is an army, not X Corps
                     and not ((japanese and country.endswith("軍団") or re.search("第[IVX]", country))
                              and "Corps" not in _entity_name(("army", _index().spellings[item[1]].id)))]  # nor
            # 第8軍団 (VIII Corps) the Eighth Army, nor a Roman numeral's number (美第VIII军, VIII Corps)
            if found:  # the country's own army: ソ連第8軍 is not the American Eighth Army
                return found
    if rz.script(text) == "cyrillic" and wanted in (None, "place") and depth == 0:
        # Имджин, река Имджин: a Korean river in Russian without 강 (ган), which Kontsevich writes into the name
        river = _without_place_words(text) or text
        found = [item for item in _search(f"{river.strip()}ган", "place") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    battle = _battle_place(text) if wanted in (None, "place") and depth == 0 else None
    if battle:  # only where a battle of the course's war was fought, or at a place in Korea (the Battle of Pochonbo,
        # the partisans' raid of 1937); the Battle of Moscow is not the city's entry
        found = [item for item in _search(battle, "place") or _second_reading(battle, "place", depth + 1)
                 if (item[2] in _FIRM or rz.script(_index().spellings[item[1]].spelling) == "cjk")  # Yunshan
                 and _battle_fought_at(item[1])]
        ending = re.search(r"(?<=[а-яё]{3})(?:ом|ой|е|а|у)$", battle) if rz.script(battle) == "cyrillic" else None
        if not found and ending:  # Битва при Тэджоне: a Russian place after при in the locative, read without its
            # ending, and then only firmly (Тэджон)
            found = [item for item in _search(battle[:ending.start()], "place") if item[2] in _FIRM
                     and _battle_fought_at(item[1])]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    event = _EVENT_AFTER.sub("", text.strip()) if depth == 0 or (depth == 1 and wanted == "place") else text.strip()
    if event != text.strip() and (len(event) >= 3 or len(event) == 2 and re.search(r"(?:항쟁|폭동|봉기)$",
                                                                                      text.strip())):
        # (a town's name of two syllables only before an uprising's word, 대구 항쟁: 혜산 사건, the Hyesan incident,
        # names the arrests of the Kapsan group's men more than the town)
        # Incheon Landing, Pusan Perimeter, Daegu uprising, Kapsan Faction Incident: an event named after a place
        # or a group, answered with that place or group when it is found firmly, only as a suggestion
        found = [item for item in _search(event, wanted) if item[2] in _FIRM and (
            _index().spellings[item[1]].id in _korean_place_kinds() if _index().spellings[item[1]].kind == "place"
            else _index().spellings[item[1]].kind == "group" and _GROUP_SUFFIX.match(event))]
        # a Korean place (the Moscow offensive, the Mukden Incident are not the cities' entries), or a group named
        # as a faction (a "Domestic incident" or a "Partisan raid" is anyone's)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    bare = _without_place_words(text) if wanted in (None, "place") else None
    if bare:
        found = _search(bare, "place")
        if not found and _LAKE_WORDS.search(text) and rz.script(bare) in ("latin", "cyrillic") and " " not in bare:
            # Водохранилище Чанчжин: a reservoir named by its place, which Korean names with 호 ("lake") after it
            # (장진호): read so (Чанчжинхо), as a suggestion; the place's name alone may be its county's (장진군)
            found = [(score * 0.97, position, "suggestion") for score, position, how in _search(
                bare + ("хо" if rz.script(bare) == "cyrillic" else "ho"), "place") if how in _FIRM]
        for reading, _ in (rz.european_readings(bare) if not found and rz.script(bare) == "latin" else []):
            # Csoszin víztározó, Csongcson folyónál: the name left in another language's letters, read as English
            # writes Korean names (Hungarian cs = ch), taken only as it is then found, and only suggested
            found = [(score, position, "suggestion") for score, position, how in _search(reading, "place")
                     if how in _FIRM]
            if found:
                break
        if re.search(r"(?<=..)(?<!반)(?:도|道)$", text.strip()):  # 원산도 is an island of Boryeong, not Wonsan: after a
            # place's name 도 is a province's word (강원도) or an island's (島, 도), never a city's or a town's
            found = [item for item in found if _place_kind(_index().spellings[item[1]].id) in ("region", "island")]
        if re.search(r"(?<!地)[县縣区區]$", text.strip()):  # 马山县 is Mashan County in Guangxi: a 县 is China's
            found = [item for item in found if _index().spellings[item[1]].id not in _korean_place_kinds()]
        generic = {rz.strip_marks(word).translate(_UNDECOMPOSED) for word in re.split(r"[\s\-]+", text.casefold())} & {
            rz.strip_marks(word).translate(_UNDECOMPOSED) for word in _GENERIC_PLACE_WORDS}
        if generic:  # (a word for a city alone, kota Dandong, ville de Moscou, also before a foreign city's name)
            found = [item for item in found if _index().spellings[item[1]].id in _korean_place_kinds() or (
                generic <= _CITY_WORDS and _place_kind(_index().spellings[item[1]].id) == "foreign_city")]
        if re.search(r"\s(hill|mountain|mount|peak|ridge|river|lake|reservoire?|resevoir|reservior|resevior|island|bay|"
                     r"gulf)$|(?:灣|湾|만)$", text.strip(), re.IGNORECASE):
            # Osan Hill (in Hoeryong) is a hill, not the town of Osan: a feature's word keeps only features
            found = [item for item in found if _place_kind(_index().spellings[item[1]].id) not in (
                "city", "town", "village", "capital", "foreign_city", "county")]
        if _LAKE_WORDS.search(text) or _VIETNAMESE_RESERVOIR.search(text):  # Pusanskog rezervoara, Kapsanskog
            # jezera, hồ chứa nước Pusan: a lake's or a reservoir's word
            found = [item for item in found if _place_kind(_index().spellings[item[1]].id) in ("reservoir", "lake")]
        if re.search(r"\bdistrict$", text.strip(), re.IGNORECASE):  # Jangjin District is no reservoir
            found = [item for item in found if _place_kind(_index().spellings[item[1]].id) in (
                "city", "town", "village", "capital", "county", "region")]
        if re.search(r"\s(?:전선|일대)$|\b(?:area|sector|district)$", text.strip(), re.IGNORECASE):
            # the Kimpo area, 낙동강 전선, Mangyongdae District: an area, a front or a district in Korea (연안 전선 is
            # Yŏnan's, in Hwanghae, not Yan'an's; the Moskovsky District is none of Moscow's)
            found = [item for item in found if _index().spellings[item[1]].id in _korean_place_kinds()]
        if re.search(r"省$|\b(?:province|provinz|provincia|provincie|prowincja|provinsen|oblast)\b", text.strip(),
                     re.IGNORECASE):
            # Antung Province (安東省) is the province named for the city, not Antung (Dandong) itself
            found = [item for item in found if _place_kind(_index().spellings[item[1]].id) == "region"]
        if re.search(r"(江|河|강)$|[\s\-](?:river|gang|kang|jiang|he|kō|ko)$", text.strip(), re.IGNORECASE):
            # 金城江 is a river, not the town 金城; 장진강 the river, not the reservoir (장진호) made by damming it
            found = [item for item in found if _place_kind(_index().spellings[item[1]].id) == "river"]
        elif re.search(r"(湖|水庫|水库|호|저수지)$", text.strip()):  # a lake's or reservoir's word: a lake or reservoir
            found = [item for item in found if _place_kind(_index().spellings[item[1]].id) in ("reservoir", "lake")]
        if _KOREAN_DIVISION.search(text):
            # Yonan-gun, 연안군, Ulsan-si: a Korean county or city, found as written and a settlement in Korea
            # (the county Yŏnan is not the Chinese city Yan'an, Changjin-gun not the reservoir, Ulsan not Unsan)
            found = [item for item in found if item[2] in _FIRM and _korean_settlement(item[1], text)]
        if found:
            return [(score * 0.97, position, how) for score, position, how in found]
    if re.search(r"(?<=[a-z])\s+o[il1]\s+(?=[A-Z])", text):  # Republic oi Korea: a scanner's "oi" or "ol" for "of"
        readings.append((re.sub(r"(?<=[a-z])\s+o[il1]\s+(?=[A-Z])", " of ", text), False, False))
    if re.search(r"\w\s+['’]\w", text):  # "Yan 'an": an apostrophe with a space before it
        readings.append((re.sub(r"(\w)\s+(['’]\w)", r"\1\2", text), True, False))
    if rz.script(text) == "latin":
        readings += [(reading, sure, False) for reading, sure in rz.european_readings(text)]
    if rz.script(text) == "cyrillic" and len(text.split()) == 1 and wanted in (None, "place"):
        # Хамхин, Хиннам: a Korean place in Ukrainian, whose и is Russian ы (Хамхын, Хыннам); only suggested
        readings.append((re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])и", "ы", text, flags=re.IGNORECASE), False, False))
    vowel_stem = (re.search(r"(?<=[а-яё][аеуэ])(?:я|ю|ем|е)$", text.strip()) if rz.script(text) == "cyrillic"
                  and (" " in text.strip() or re.search(r"[ауэ](?:я|ю|ем|е)$", text.strip())) else None)  # Риджуэя
    if vowel_stem:  # Чжоу Эньлаем, Эньлая, Эньлаю: a name in -ай, -ей, -уй in another case (Эньлай)
        readings.append((text.strip()[:vowel_stem.start()] + "й", False, True))
    embassy = None if re.search(r"駐在|주재", text) else re.fullmatch(  # (미국주재소련대사관: the host first)
        r"([蘇苏美中](?=駐|驻)|.{2,}?)\s*(?:(?:駐|驻|주)\s*\S{1,6}?\s*)?(?:대사관|大使館|大使馆|使馆|使館)|"
                           r"(?:посольство|посольства|посольстве)\s+(.+)",
                           text.strip(), re.IGNORECASE)
    if embassy and wanted in (None, "group") and depth == 0:
        # 소련대사관, 苏联使馆, посольство СССР: a country's embassy, which its group in the course takes in (the Soviet
        # Union's: "occupation authorities, embassy, leadership")
        # (and the one character that stands for a country before 驻: 苏驻朝使馆, the Soviet embassy in Korea)
        owner = {"蘇": "蘇聯", "苏": "苏联", "美": "美国", "中": "中国"}.get(embassy.group(1) or "", embassy.group(1))
        found = [item for item in _search(owner or embassy.group(2), "group") if item[2] == "exact"
                 and _index().spellings[item[1]].id in _COUNTRY_GROUPS]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    country = _COUNTRY_BEFORE_PLACE.match(text.strip()) if depth == 0 and wanted in (None, "place") else None
    if country and text.strip()[country.end():].strip() and not re.search(r"(?:주|州|州立)$", text.strip()):
        # 北韓平壤市, 북한 평양, 中国丹东: a place with its country before it, taken when the place lies in that
        # country (for a Korean place across the 38th parallel, in either Korea)
        rest = text.strip()[country.end():].strip()
        found = [item for item in _search(rest, "place") if item[2] in _FIRM]
        if found:
            place = _index().spellings[found[0][1]].id
            lies_in = _places_table().get(place, ("", ""))[1]
            if lies_in in _COUNTRY_NAMES[country.group(1)] or (
                    place in _across_the_parallel() and lies_in in ("dprk", "rok") and (
                        _COUNTRY_NAMES[country.group(1)] & {"dprk", "rok"})):
                return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    article = re.fullmatch(r"(?:(?:the|les|la|le|el|il|lo|der|die|das)\s+|l['’]\s*)(\S.*)", text.strip(), re.IGNORECASE)
    if article and depth == 0 and wanted in (None, "place"):
        # la rivière Imjin, l'Imjin, the Chosin Reservoir: an article before a place's name, as a sentence leaves it
        found = [item for item in _search(article.group(1), "place") or _second_reading(article.group(1), "place", 1)
                 if item[2] in _FIRM or item[0] >= 0.9]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    if article and depth == 0 and wanted in (None, "group") and normalise(article.group(1)) in _territory_names():
        # les États-Unis, la Chine, la Corée du Sud: an article before a country's name, as a sentence leaves it,
        # read as the name alone (the course's state, a suggestion)
        found = [item for item in _search(article.group(1), "group") or _second_reading(article.group(1), "group", 1)
                 if item[2] in _FIRM or item[2] == "suggestion"]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    partisans = re.sub(r"\s*(?:部隊|部队|부대)$", "", re.sub(
        r"^(?:만주|滿洲|满洲|満州|満洲|滿州)?\s*(?:항일|抗日)?\s*", "", text.strip()))
    if partisans != text.strip() and partisans and depth == 0 and wanted in (None, "group"):
        # 만주 빨치산파, 満州抗日パルチザン派: Manchuria, where they fought, before the partisans' group name;
        # 抗日パルチザン, 항일빨치산: "anti-Japanese" before it; パルチザン部隊: "units" after it
        found = [item for item in _search(partisans, "group") if item[2] in _FIRM
                 and _index().spellings[item[1]].id == "partisan"]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    command = re.fullmatch(rf"(.+?)\s*(?:{'|'.join(_COMMAND_WORDS)})", text.strip())
    if command and depth == 0 and wanted in (None, "army"):
        # 미 8군 사령부, 志愿军司令部: an army's headquarters, which the course takes in its army
        found = [item for item in _search(command.group(1), "army") or _second_reading(command.group(1), "army", 1)
                 if item[2] in _FIRM or item[0] >= 0.9]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    commander = _COMMANDER_BEFORE_NAME.fullmatch(text.strip()) or _COMMANDER_AFTER_BODY.fullmatch(text.strip())
    if commander and depth == 0 and wanted in (None, "person"):
        # 美第8集团军司令沃克, 志愿军司令员彭德怀: a commander named after his army and his office, taken when the
        # army is one of the course's and the man's posts say he commanded it (`_ARMY_IN_POSTS`): Eighth Army
        # Commander General MacArthur is no one
        army = [item for item in _search(commander.group(1), "army") or _second_reading(commander.group(1), "army", 1)
                if item[2] in _FIRM or item[0] >= 0.9]
        led = _ARMY_IN_POSTS.get(_index().spellings[army[0][1]].id) if army else None
        found = [item for item in _search(commander.group(2), "person") or _second_reading(
            commander.group(2), "person", 1) if (item[2] in _FIRM or item[0] >= 0.9)
                 and led and re.search(rf"command\w*[^;]*(?:{led})", _posts(_index().spellings[item[1]].id))]
        if army and found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    province = _province_before_place().match(text.strip()) if depth == 0 and wanted in (None, "place") else None
    if province and text.strip()[province.end():].strip():
        # 함경남도 갑산, 咸鏡北道清津市, 강원도 철원군 철원읍: a place after its province (or a province-level city:
        # 평양시 만경대구역), taken when the place lies in that province (place_provinces.tsv); 함경북도 경성 is
        # Kyongsong, not 京城 (Seoul)
        rest = text.strip()[province.end():].strip()
        words = rest.split()
        between = [word for word in words[:-1] if _ADDRESS_LEVEL.sub("", word) != _ADDRESS_LEVEL.sub("", words[-1])]
        parts = (rest, re.sub(r"\s+", "", rest), words[-1])  # the place is the address's last word, after its own
        # county or city (강원도 철원군 철원읍, 경기 양평 지평리); 평북 신의주 남시 is Namsi, in Sinuiju, and 평북 영변
        # 운산 an Unsan in Yongbyon County, which the course's Unsan is not (`_in_own_county`)
        for part in dict.fromkeys((*parts, *(_ADDRESS_LEVEL.sub("", part) for part in parts), *(
                _PLACE_SUFFIX_CJK.sub("", part) for part in parts if len(_PLACE_SUFFIX_CJK.sub("", part)) >= 2))):
            # (황해도 옹진반도: the place with its word for a peninsula, a county ...)
            found = [item for item in _search(part, "place") if item[2] in _FIRM and not (
                _ADDRESS_LEVEL.search(rest) and _place_kind(_index().spellings[item[1]].id) in (
                    "reservoir", "river", "battle_site"))]  # (함경남도 장진군 is Changjin County, not its reservoir: a
            # county's, a city's or a district's word is a settlement's or an island's, 경남 거제시 Koje-do)
            if found and _index().spellings[found[0][1]].id in _place_provinces().get(province.group(1), ()) and (
                    part in parts[:2] or _in_own_county(_index().spellings[found[0][1]].id, between)):
                return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    teacher = re.fullmatch(r"(?:([\uac00-\ud7a3]{2})\s+)?([\uac00-\ud7a3]{2,4})\s*선생"
                           r"(?:을|이|은|의|께서|께|에게|과|와)?", text.strip())
    if teacher and depth == 0 and wanted in (None, "person"):
        # 조만식선생, 조만식 선생: 선생, the respect a Korean elder is named with, after a Korean's whole name (not a
        # foreigner's: 하지 선생 is Mr Ha Ji, or the word 하지, not General Hodge); and his pen name before it, which
        # must be his own (고당 조만식 선생, 약산 김원봉 선생이)
        found = [item for item in _search(teacher.group(2), "person") if item[2] in _FIRM
                 and _index().spellings[item[1]].id not in _foreign_people()]
        if found and teacher.group(1) and _firm_entity(teacher.group(1)) != ("person", _index().spellings[
                found[0][1]].id):
            found = []
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    battle = _RUSSIAN_BATTLE_ADJECTIVE.fullmatch(text.strip())
    if battle and wanted in (None, "place") and depth == 0:
        # Пусанского периметра, Инчхонская операция: a battle named by its place's adjective; the place, suggested
        found = [item for item in _search(battle.group(1), "place") if item[2] in _FIRM
                 and _index().spellings[item[1]].id in _korean_places()]  # (in Korea: not Московская битва)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    national = re.fullmatch(r"(.+?)\s*(?:軍隊|军队|군대|軍|军|군)" + _ARMY_PARTICLE, text.strip())
    entity = _COUNTRY_ARMIES.get(national.group(1)) if national else None
    if not entity and (re.fullmatch(r"(?:the\s+)?(?:u\.\s?s\.|us|american|united\s+states)\s+(?:forces|troops|"
                                    r"soldiers|military(?:\s+government)?)", text.strip(),
                                    re.IGNORECASE) or re.fullmatch(
            r"(?:las\s+)?(?:tropas|fuerzas)\s+(?:estadounidenses|norteamericanas|de\s+(?:los\s+)?(?:EE\.?\s?UU\.?|"
            r"Estados\s+Unidos))|(?:les\s+)?(?:forces|troupes)\s+am[ée]ricaines|(?:die\s+)?(?:US-|amerikanischen?\s+)"
            r"Truppen", text.strip(), re.IGNORECASE)):
        entity = ("group", "usa")  # US forces, American troops, U.S. soldiers, the U.S. military (the American forces
        # in general, as 美軍 and 미군 are read), the US military government (USAMGIK, as 미군정); Spanish tropas,
        # fuerzas de EE. UU.; French les forces américaines; German US-Truppen (not the US Army, one service of them,
        # which older rows leave out as they do the Navy and the Air Force)
    if not entity and (re.fullmatch(r"(?:[美米](?:國|国)?\s*(?:兵|軍政|軍政府|軍政庁|軍政廳|军政府))" + _ARMY_PARTICLE,
                                    text.strip()) or re.fullmatch(
            r"(?:войска|войск|войскам|войсками|силы|сил|силами)\s+сша|американск(?:ие|их|им|ими)\s+(?:войска|войск|"
            r"войскам|войсками|агрессоры|агрессоров|агрессорам|агрессорами|империалисты|империалистов|империалистам|"
            r"империалистами)|(?:агрессоры|агрессоров|агрессорам|агрессорами|империалисты|империалистов|империалистам|"
            r"империалистами)\s+сша", text.strip(), re.IGNORECASE)):
        entity = ("group", "usa")  # 米兵, 美兵, "American soldiers"; 美軍政府, 米軍政, an American military government
        # (in Korea USAMGIK, as 미군정; also Okinawa's, Japan's and Germany's): the United States; войска США, силы
        # США, американские войска: US forces in Russian, and its American aggressors and US imperialists, in any case
        # (американских агрессоров, империалистами США), as the English "US imperialists" are read
    if not entity and re.fullmatch(r"(?:苏联|蘇聯|苏俄|蘇俄|ソ連)\s*老大哥", text.strip()):
        entity = ("group", "ussr")  # 苏联老大哥, "Soviet elder brother": the Soviet Union as China of the 1950s named
        # it (老大哥 alone is anyone's elder brother)
    if not entity and _US_IMPERIALISTS.fullmatch(text.strip()):
        entity = ("group", "usa")  # 미제, 美帝, 米帝: "the US imperialists", the North's and China's name for the US
    if not entity and (re.fullmatch(r"(?:蘇修|苏修)" + _ARMY_PARTICLE, text.strip()) or re.fullmatch(
            r"(?:the\s+)?soviet\s+revisionists?", text.strip(), re.IGNORECASE)):
        entity = ("group", "ussr")  # 蘇修, "the Soviet revisionists": China's name for the Soviet leadership from the
        # 1960s split
    if not entity and _GREAT_LEADER.fullmatch(text.strip()):
        entity = ("person", "kim_il_sung")  # the Great Leader, 수령님: the North's epithet for him
    if entity and wanted in (None, entity[0]) and depth == 0:
        # 中国軍, 중국군, 米軍, 미군: a country's forces, by the country's short name in characters or Hangul; in the
        # course's years China's forces in Korea were the CPV, and the United States' its forces (`_COUNTRY_ARMIES`)
        return [(_LOOSE * 0.9, _course_name_position(*entity), "suggestion")]
    ground = re.fullmatch(r"(.{3,}?)\s*(?:陸軍|陆军|육군)", text.strip())
    if ground and wanted in (None, "army") and depth == 0:
        # 朝鮮人民軍陸軍: an army's ground force, after the army's name; the army is suggested
        found = [item for item in _search(ground.group(1), "army") if item[2] == "exact"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    genitive = re.fullmatch(r"([^\W\d_]{4,})(ův|ovy|ovo|ovu|ovými?|ových)", text.strip())
    if genitive and rz.script(text) == "latin" and wanted in (None, "person") and depth == 0:
        # Stalinův, Stalinovy: the Czech possessives of a foreigner's surname (not -ova, a woman's surname as typed
        # without its accent: Malikova; nor German's genitive -s, as a surname with -s is a family or a plural:
        # Stalins, Molotovs, the cocktails), taken when the surname alone is his (not a Korean's, whose one-syllable
        # words an ending makes other names; nor a namesake's)
        found = [item for item in _search(genitive.group(1), "person") if item[2] == "exact" and item[0] >= 0.95
                 and _index().spellings[item[1]].id in _foreign_people()
                 and _index().spellings[item[1]].system != "shared_name"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    possessive = re.fullmatch(r"(.*[^\W\d_]{3})ov(?:u|og|oga|om|im|oj|ih)", text.strip())
    if possessive and rz.script(text) == "latin" and wanted in (None, "person") and depth == 0:
        # Syngman Rheeovu, Staljinovom: a Croatian, Serbian or Bosnian possessive adjective made of a surname
        found = [item for stem in (possessive.group(1), f"{possessive.group(1)}ov")
                 for item in _search(stem, "person") if item[2] in _FIRM
                 and _index().spellings[item[1]].system != "shared_name"]  # Molotovu: Molotov's own -ov kept; not
        # Ivanovim (Ivan's, or of the commonest surname)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    brigade = re.fullmatch(r"(.{2,})(?:여단|려단|旅団|旅團)", text.strip())
    if brigade and wanted in (None, "army"):
        # 동북항일연군교도여단, 教導旅団: the brigade's word as Chinese writes it (旅)
        readings.append((brigade.group(1) + ("려" if rz.script(text) == "hangul" else "旅"), False, False))
    soft = re.search(r"(?<=[А-ЯЁа-яё]л)(?:я|ю|ем|е)$", text.strip()) if rz.script(text) == "cyrillic" and " " in (
        text.strip()) else None
    if soft:  # Пак Кум Чоля, Ким Иля: a Korean syllable in -ль (Чоль, Иль) in another case
        readings.append((text.strip()[:soft.start()] + "ь", False, True))
    ending = (_CASE_ENDING.search(text) if rz.script(text) == "cyrillic" else
              _LATIN_CASE_ENDING.search(text) if rz.script(text) == "latin" else None)
    if ending and rz.script(text) == "latin" and re.search(r"[ŏŭŎŬ]", text) and ending.group() not in (
            "iem", "em", "owi") and not re.search(r"s$|st|ä", ending.group()) and not (
            ending.group() == "a" and text[:ending.start()].endswith("ng") and len(
                re.split(r"[\s\-]+", text.strip())) >= 3) and not (
            ending.group() in ("ba", "be", "ban", "ben", "ból", "ből", "ig") and any(
                how == "exact" for _, _, how in _search(text[:ending.start()], "place")[:1])):
        ending = None  # a McCune-Reischauer name with breves is English, not declined (Kim Ŭngu is not Kim Ŭng),
        # unless the ending is no Korean syllable's (Polish "Pak Hŏn Yŏngiem"; Lithuanian and Finnish Kaesŏngas,
        # Hoeryŏngista: McCune-Reischauer ends no syllable in s, nor writes st or ä; it writes ss for ㅆ, so Finnish
        # -issa is not taken), or is -a after -ng, where
        # McCune-Reischauer would write an apostrophe for a syllable of its own (Czech "Kim Il-sŏnga"; 성아 is sŏng'a),
        # in a name of three syllables or more (Kim Ŭnga may be 김은가, not Kim Ŭng); nor a Hungarian ending of
        # place (into, in, from, as far as) after a place's name as the data write it (Sinŭijuba)
    if ending and rz.script(text) == "latin" and re.search(r"sk(?:y|i|iy|ii|ij)$", text.strip(), re.IGNORECASE):
        ending = None  # Khabarovsky: a Russian adjective (its district, krai), not Khabarovsk in a case
    if ending and ending.group() in ("o", "e") and len(text.split()) == 1 and wanted in (None, "place"):
        # Seulo, Pchenjane: a Lithuanian -o or -e on one word is read as a place's only (Penge is no Peng)
        found = [(score * 0.97, position, "suggestion") for score, position, how in _search(
            text[:ending.start()], "place") if how in _FIRM]
        if found:
            return found
    if ending and ending.group() in ("o", "e") and len(text.split()) == 1 and ending.start() < 5:
        ending = None  # (a longer stem is read as other endings are: Trumano, Truman, Hamhyno)
    if ending and rz.script(text) == "latin" and ending.group()[:1] in "'’" and re.fullmatch(
            r"[^\W\d_]{2,}['’][^\W\d_]{2,}[aeiouy]", text.strip()):
        # Yan'anu, Yan’anie: a Polish or Czech ending on a name with an apostrophe of its own (Yan'an), not the
        # Turkish apostrophe before a case ending (Stalin'in): read both ways
        readings.append((text.strip()[:-1], False, True))
    if ending and len(text) - len(ending.group()) >= 3:
        readings.append((text[:ending.start()], False, True))
        if ending.group() == "ia":
            readings.append((text[:-1], False, True))  # Podgornia: -a on Podgorni as well as Finnish -ia
        if rz.script(text) == "latin" and (ending.group() in ("ie", "e", "y", "u", "ą", "ę", "ou", "ě") or (
                ending.group() == "as" and (text[ending.start() - 1:ending.start()] == "j"
                                            or re.search("[āēīūķļņģ]", text)))):
            readings.append((text[:ending.start()] + "a", False, True))  # Moskwie: Moskwa, a noun in -a declined
            # (Czech Moskvou, the instrumental; Latvian Dienvidkorejas, Ķīnas, the genitive, only after j or in a
            # word with Latvian letters: Americas, Chinas and Moscas are English and Spanish plurals)
        if rz.script(text) == "cyrillic" and ending.group() in ("е", "ы", "у", "ой", "ю", "и"):
            # Москве, Москвы, Москву, Москвой: Москва, a noun in -а declined; Корее, Кореи, Корею: Корея
            readings += [(text[:ending.start()] + final, False, True) for final in ("а", "я")]
        if rz.script(text) == "cyrillic" and ending.group() in ("ии", "ию", "ией"):
            readings.append((text[:ending.start()] + "ия", False, True))  # Берии, Берией: Берия; Кореи: Корея
        if rz.script(text) == "cyrillic" and ending.group() == "ому" and " " in text.strip():
            readings.append((text[:-1], False, True))  # Ким Ёнбому: a Korean syllable in -ом (Бом) with the
            # dative's -у, not an adjective's -ому
        if rz.script(text) == "latin" and text[ending.start() - 1:ending.start()] == text[ending.start() - 2:
                                                                                          ending.start() - 1]:
            readings.append((text[:ending.start() - 1], False, True))  # Hungarian doubles a final n before -nel
        if rz.script(text) == "latin":  # Incshonnál: a case ending on a name in Hungarian (or Polish ...) letters
            readings += [(reading, False, True) for bare in (text[:ending.start()], text[:ending.start() - 1])
                         for reading, _ in rz.european_readings(bare)]
        if rz.script(text) == "latin" and re.search(r"[aeiou]ja$", text):
            readings.append((text[:-2] + "i", False, False))  # Polish -ja after a vowel: Peng Te-Huaja (Huai)
    adjective = re.fullmatch(r"((?:[А-ЯЁ]\.\s*){1,2}[А-ЯЁ][а-яё]{3,})(?:ого|ому|ым|ом)", text.strip())
    if adjective:  # А.Я. Вышинского, Н. В. Подгорным: a surname that is an adjective (Вышинский), declined, after
        # initials (alone, Московского is "Moscow's")
        stem = adjective.group(1)
        readings.append((stem + ("ий" if stem[-1:] in "кгхжшчщ" else "ый"), False, True))
    bare_adjective = re.fullmatch(r"([А-ЯЁ][а-яё]{5,})(?:ого|ому|ым)", text.strip())
    if bare_adjective and wanted in (None, "person") and depth == 0:
        # Подгорного, Подгорным: such a surname alone, declined, read as a foreign man's surname the data give as
        # written (Подгорный), a suggestion; not a Korean's, nor one made from a place's name (Московского is
        # "Moscow's" far more often than Moskovsky's: its first four letters begin a place's name in the data)
        stem = bare_adjective.group(1)
        surname = stem + ("ий" if stem[-1:] in "кгхжшчщ" else "ый")
        from_place = any(name.startswith(normalise(stem[:4])) for name in _place_names())
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search(surname, "person")
                 if how == "exact" and _index().spellings[position].id in _foreign_keys() and not from_place]
        if found:
            return found[:1]
    latin_initialled = re.fullmatch(r"([A-Z])\.\s*([A-Z])\.\s*([A-Z][a-z]{3,})", text.strip())
    if latin_initialled and wanted in (None, "person") and (ending := _LATIN_CASE_ENDING.search(latin_initialled[3])):
        # A. N. Kosygina (Czech, Polish): two initials and a declined surname, taken for a foreign man whose first
        # name and patronymic, as the course gives them in Russian, begin so (N. P. Khrushcheva, his wife Nina
        # Petrovna, and J. L. Brežněvem, his son Yuri, are not they)
        stem = latin_initialled[3][:ending.start()]
        for score, position, _ in _search(stem, "person"):
            person = _index().spellings[position].id
            pairs = {rz.cyrillic_to_latin(" ".join(spelling.spelling.split()[:2]))[:1].upper()
                     + rz.cyrillic_to_latin(spelling.spelling.split()[1])[:1].upper()
                     for spelling in _index().spellings if (spelling.kind, spelling.id) == ("person", person)
                     and rz.script(spelling.spelling) == "cyrillic" and len(spelling.spelling.split()) == 3}
            if person in _foreign_keys() and latin_initialled[1] + latin_initialled[2] in pairs:
                return [(score * 0.95, position, "suggestion")]
    initialled = re.fullmatch(r"([А-ЯЁ])\.\s*([А-ЯЁ])\.\s*([А-ЯЁ][а-яё]+)|([А-ЯЁ][а-яё]+)\s*([А-ЯЁ])\.\s*([А-ЯЁ])\.",
                              text.strip())
    if initialled and wanted in (None, "person"):
        # Т.Ф. Штыковым, И.М.Чистякова: a Russian surname in another case after (or before) two initials; taken when
        # the initials are the person's first name and patronymic (Т. Ф., Терентий Фомич), so a wife or a namesake
        # (Н.А. Штыкова) is not
        first, father, surname = (initialled.group(1, 2, 3) if initialled.group(3) else initialled.group(5, 6, 4))
        ending = _CASE_ENDING.search(surname)
        for stem in [surname[:ending.start()]] if ending else []:
            found = [item for item in _search(stem, "person") if item[2] in _FIRM
                     and _index().spellings[item[1]].id in _foreign_keys()]
            for score, position, _ in found:
                person = _index().spellings[position].id
                names = {spelling.spelling for spelling in _index().spellings if spelling.kind == "person"
                         and spelling.id == person and rz.script(spelling.spelling) == "cyrillic"
                         and len(spelling.spelling.split()) == 3}
                if any(name.split()[0][0] == first and name.split()[1][0] == father for name in names):
                    return [(score * 0.95, position, "suggestion")]
    one_initial = re.fullmatch(r"([А-ЯЁ])\.\s*([А-ЯЁ][а-яё]{2,})", text.strip())
    if one_initial and wanted in (None, "person"):
        # И. Сталина, Д. Макартур, У. Харрисон: a foreign man's surname (perhaps in another case) after the initial of
        # his first name, as Russian writes it (Иосиф) or as his own first name begins (Douglas, William)
        initial, surname = one_initial.groups()
        ending = _CASE_ENDING.search(surname)
        womanly = ending and ending.group() in ("а", "ой") and re.search(r"(?:ов|ев|ёв|ин|ын|ск)$",
                                                                         surname[:ending.start()])  # Н. Хрущёва: Nina
        for stem in dict.fromkeys([surname] + ([surname[:ending.start()]] if ending and not womanly else [])):
            found = [item for item in _search(stem, "person") if (item[2] in _FIRM or item[0] >= 0.9)
                     and _index().spellings[item[1]].id in _foreign_keys()]
            for score, position, _ in found[:1]:
                if _initial_fits(initial, _index().spellings[position].id):
                    return [(score * 0.95, position, "suggestion")]
    every_word = text.split()
    # a Czech genitive in -e before the surname (Douglase MacArthura, Josifa Visarionoviče Stalina)
    endings = [_LATIN_CASE_ENDING.search(word) or (re.search(r"(?<=[^\W\d_]{3}[^aeiouy\W])e$", word) if index < len(
        every_word) - 1 else None) for index, word in enumerate(every_word)]
    if 2 <= len(every_word) <= 3 and rz.script(text) == "cyrillic" and wanted in (None, "person"):
        # a foreign man's names in another case, word by word by Russian case endings (Никиты Хрущёва, Лаврентия
        # Берии, Андрея Вышинского): the first name shows it is he (Нина Хрущёва is not found)
        people = _russian_declined(text)
        if len(people) == 1:
            return [(_RULE * 0.95, people[0], "suggestion")]
    if 1 <= len(every_word) <= 3 and rz.script(text) == "cyrillic" and wanted in (None, "person"):
        # Дугласа Макартура, Макартуром: a foreign man the course has no Russian spelling of, every word's case
        # ending taken off (-а, -у, -ом, -е ...), and the name read as an English one in Russian letters is; not a
        # surname in -ов, -ев, -ин or -ский with -а or -ой, which may be a woman's (Иванова, Ивановой)
        cases = [_CASE_ENDING.search(word) for word in every_word]
        stems = [word[:found.start()] if found else word for word, found in zip(every_word, cases, strict=True)]
        womanly = cases[-1] and cases[-1].group() in ("а", "ой") and re.search(r"(?:ов|ев|ёв|ин|ын|ск)$", stems[-1])
        if cases[-1] and (len(every_word) > 1 or cases[-1].group() in ("ом", "ем", "ым", "у", "е") or (
                cases[-1].group() in ("а", "я") and len(stems[-1]) >= 5)) and not womanly:
            # (a single word in -а only with a stem of five letters or more: Макартура; Дина is a woman's name)
            russian = {spelling.id for spelling in _index().spellings
                       if spelling.kind == "person" and rz.script(spelling.spelling) == "cyrillic"}
            found = [item for item in _search(" ".join(stems), "person")  # (Георгия Жука is not Жуков, whose
                     if _index().spellings[item[1]].id in _foreign_keys()  # Russian names `_russian_declined` reads)
                     and _index().spellings[item[1]].id not in russian]
            if found:
                return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if 2 <= len(every_word) <= 3 and rz.script(text) == "latin" and not all(endings) and all(
            re.search(r"(?<=[^\W\d_]{3})(?:(?<=[^aeiouy\W])o|os)$", word) for word in every_word):
        # a Lithuanian man's genitive, -o for the -as of his names and -os for the -a of a first name (Josifo Stalino,
        # Leonido Brežnevo, Nikitos Chruščiovo): read as the rest of this rule reads the other languages' endings
        endings = [re.search(r"(?:(?<=[^aeiouy\W])o|os)$", word) for word in every_word]
    if 2 <= len(every_word) <= 3 and rz.script(text) == "latin" and all(endings) and wanted in (None, "person"):
        # the same in Latin letters, Polish or Czech (Douglasa MacArthura, Josifa Stalina): both words' endings
        # taken off, a foreign man's whole name must be found
        bare_words = " ".join(word[:found.start()] for word, found in zip(every_word, endings, strict=True))
        first_name = _GIVEN_NAME_FORMS.get(rz.strip_marks(bare_words.split()[0]).casefold())
        english = f"{first_name.title()} {' '.join(bare_words.split()[1:])}" if first_name else bare_words
        # (a first name in -a declined as a woman's name is: Nikitę, Nikity, Nikitą are Nikita's)
        feminine = f"{bare_words.split()[0]}a {' '.join(bare_words.split()[1:])}"
        found = [item for named in dict.fromkeys((bare_words, english, feminine)) for item in _search(named, "person")
                 if item[2] in _FIRM and _index().spellings[item[1]].id in _foreign_keys()
                 and len(rz.words(_index().spellings[item[1]].spelling)) >= 2]  # Józefa Stalina: Joseph Stalin
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    word_first = re.fullmatch(r"(river|hill|lake|mount)\s+(?!(?:river|hill|lake|mount)$)(\S+)", text.strip(),
                              re.IGNORECASE)
    if word_first and wanted in (None, "place") and depth == 0:
        # River Rimjin, Lake Jangjin, Hill Sanggam: the place's word first, as DPRK English writes it
        turned = f"{word_first.group(2)} {word_first.group(1)}"  # (its second word never a place's word again)
        found = [item for item in _search(turned, "place") or _second_reading(turned, "place", depth)
                 if item[2] in _FIRM or item[0] >= 0.9]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    fused = re.fullmatch(r"([A-Z][a-zŏŭ']{3,}?)(gun|eup|up)", text.strip())
    if fused and wanted in (None, "place") and depth == 0:  # Gapyeonggun, Hongcheoneup: the county's or town's word
        # run into the name
        return _second_reading(f"{fused.group(1)}-{fused.group(2)}", "place", depth + 1)
    korea = re.fullmatch(r"\(?(?:chos[oŏ]n|chosun|joseon|chosen)\)?\s+(\S.*)|(?:朝鮮|朝鲜|조선)\s*(\S{3,})",
                         text.strip(), re.IGNORECASE)  # 朝鮮新人民党: "Korean" before a body's name in characters too
    if korea and wanted in (None, "party", "army"):  # Chosŏn Ch'ŏndogyo Ch'ŏngudang: "Korean" before a body's name
        # in characters only a party's name, found as written (朝鮮人民義勇軍 is no CPV, 朝鮮軍司令部 no UN Command)
        found = [item for item in _search(korea.group(1) or korea.group(2), wanted) if (
            item[2] in _FIRM or item[0] >= 0.95 and korea.group(2)) and _index().spellings[item[1]].kind in (
            ("party",) if korea.group(2) else ("party", "army"))]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    # ЦК КПСС, Цк КПК (a slip of case), CC KWP, the Central Committee of the Korean Workers' Party, Центрального
    # комитета Трудовой партии Кореи, Ủy ban Trung ương Đảng Cộng sản Trung Quốc: the Central Committee (or its
    # Organization Department) before a party's name, or after it
    committee = re.fullmatch(r"(?:ЦК|CC(?:\s+of(?:\s+the)?)?|C\.C\.|"
                             r"Politburo\s+of(?:\s+the)?(?:\s+central\s+committee\s+of(?:\s+the)?)?|"
                             # (Romanian: Biroul Politic al CC al PCUS, Comitetul Central al PCUS, in its cases too)
                             r"(?:biroul(?:ui)?\s+politic\s+al\s+)?(?:CC|comitetul(?:ui)?\s+central)\s+al|"
                             r"Политбюро(?:\s+ЦК)?|(?:the\s+)?central\s+committee\s+of(?:\s+the)?|"
                             # (the Central Organizing Committee of the Communist Party of North Korea, 1945)
                             r"(?:the\s+)?(?:central\s+)?organi[sz]ing\s+committee\s+of(?:\s+the)?|"
                             r"(?:the\s+)?organi[sz]ation(?:al)?\s+department\s+of(?:\s+the)?(?:\s+central\s+committee\s+of"
                             r"(?:\s+the)?)?|центральн(?:ый|ого|ому|ым|ом)\s+комитет(?:а|у|ом|е)?|"
                             r"организационн(?:ый|ого|ому|ым|ом)\s+отдел(?:а|у|ом|е)?(?:\s+ЦК)?|"
                             r"(?:(?:ủy|uỷ)\s+ban\s+|ban\s+chấp\s+hành\s+)?trung\s+ương)\s+(\S.*)",
                             text.strip(), re.IGNORECASE) or re.fullmatch(
        r"(\S.*?)\s*(?:중앙위원회|中央委員會|中央委员会|中央委員会|(?<=[\u4e00-\u9fff])中央|(?<=[\uac00-\ud7a3])중앙|"
        r"\s+central\s+committee|\s+CC)"
        r"(?:\s*(?:政治局|정치국))?|(\S.*?)(?:\s+(?:CC\s+)?politburo|\s+(?:CC\s+)?presidium|\s*政治局|\s*정치국)",
        text.strip(),
        re.IGNORECASE)
    # 조선로동당 중앙위원회: after it; 苏共中央, 中共中央, 중공중앙: "the centre" after a party's short name in
    # characters or Hangul; 中共中央政治局, the CCP Politburo: its Political Bureau; the KWP Presidium, its CC's
    if committee and wanted in (None, "party"):  # ЦК КПСС, CC KWP: a party's Central Committee, the party itself
        found = [item for item in _search(committee.group(1) or committee.group(2), "party") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    bureau = re.fullmatch(r"(\S.*?)\s*の?\s*(?:北部朝鮮|北部朝鲜|北朝鮮|北朝鲜|北韓|北韩|北部|北方|"
                          r"북부조선|북조선|북한|북부)\s*(?:分局|局|支部|組織委員會|組織委員会|组织委员会|"
                          r"분국|조직위원회|지부)", text.strip()) or re.fullmatch(
        r"north(?:ern)?(?:\s+korean?)?\s+(?:branch\s+)?(?:bureau|branch|organi[sz]ing\s+committee)\s+of\s+(?:the\s+)?(.+)|"
        r"северо[\s-]?корейское\s+(?:орг)?бюро\s+(.+)", text.strip(), re.IGNORECASE)
    if bureau and wanted in (None, "party") and depth == 0:
        # 朝鲜共产党北方局, the North Korean Branch Bureau of Communist Party of Korea: a bureau in the North of the
        # Korean Communist Party, which is the course's North Korean Bureau (its only one)
        party = bureau.group(1) or bureau.group(2)
        found = [item for item in _search(party, "party") or _second_reading(party, "party", depth + 1)
                 if item[2] in _FIRM and _index().spellings[item[1]].id == "kcp"]
        if found:
            bureau_at = next(position for position, spelling in enumerate(_index().spellings)
                             if (spelling.kind, spelling.id) == ("party", "nkcp"))
            return [(found[0][0] * 0.95, bureau_at, "suggestion")]
    hill = re.fullmatch(r"(\d{3,4})\s*(?:고지|高地|高地戰)", text.strip())
    if hill and wanted in (None, "place"):  # 598高地, 983고지: a hill by its height, as "Hill 598"
        found = [item for item in _search(f"Hill {hill.group(1)}", "place") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    colonial = re.fullmatch(r"([\u3041-\u3096]{2,}?)-?(?:こういきし|ちょっかつし|ぐん)|([\u3041-\u3096]{3,}?)-?[ふし]|"
                            r"([\u30a1-\u30fa・ー]{3,}?)-?(?:こういきし|[シし])", text.strip())
    if colonial and wanted in (None, "place"):
        # かんこうふ, しんぎしゅうし: 咸興府, 新義州市 read in hiragana, the place and 府 (a colonial city) or 市 (a
        # city); シニジュシ, 신의주시 in katakana (with し in hiragana too, as a reading aid writes it: ケソンし, and
        # after a hyphen, シェンヤン-し); 広域市 (a metropolitan city), 直轄市 (the North's directly governed city) and
        # 郡 (a county) read so: テジョンこういきし, てぐこういきし, ぴょんやんちょっかつし, うんさんぐん
        place = next(group for group in colonial.groups() if group)
        found = [item for item in _search(place, "place") or _second_reading(place, "place", depth + 1)
                 if item[2] in _FIRM or len(place) >= 3] if rz.on_key(rz.katakana_to_latin(
                     rz.hiragana_to_katakana(place))) not in _JAPANESE_WORDS else []  # (a place of two kana found
        # firmly only, not かよぐん; and not a Japanese word's reading: ゆうきぐん is 結城郡, Ibaraki's)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    glossed = re.fullmatch(r"([\u30a1-\u30fa・ー]{2,})\s*([\u4e00-\u9fff]{2,4})", text.strip())
    if glossed and depth == 0:
        # パクホニョン朴憲永: a name in katakana run on before the same name in characters, as a page glosses a
        # name; taken when both halves are that one person's or place's name, firmly
        halves = [[item for item in _search(half, wanted)[:1] if item[2] in _FIRM] for half in glossed.groups()]
        if all(halves) and len({(_index().spellings[half[0][1]].kind, _index().spellings[half[0][1]].id)
                                for half in halves}) == 1:
            return [(_RULE * 0.95, halves[1][0][1], "suggestion")]
    if rz.script(text) == "kana" and depth <= 1 and not re.search(r"[A-Za-z]", text):
        # げんざん, ゲンザン: a name in kana as the Hepburn romanization of its Japanese name in the data (Genzan,
        # Wonsan's), found as written in that system
        hepburn = rz.katakana_to_latin(rz.hiragana_to_katakana(text.strip())).replace("N", "n")
        found = [item for item in _search(hepburn, wanted) if item[2] == "exact"
                 and _index().spellings[item[1]].system == "japanese"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    genitive = re.fullmatch(r"(.+\s\S{2,}?)['’]?s", text.strip())
    if genitive and rz.script(text) == "latin" and wanted in (None, "person"):
        # Kim Il Sungs, Kim Il-sung's: a Germanic genitive -s on a whole name of two words or more, taken when the
        # name without it is one in the course as it stands (not on one word: Hodges is not Hodge)
        found = [item for item in _search(genitive.group(1), "person") if item[2] in ("exact", "transcribed")
                 and item[0] >= _LOOSE]  # (Josef Stalins, Harry Trumans: the name as the lookup reads it firmly)
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    one_genitive = re.fullmatch(r"([A-ZÀ-Ž][^\W\d_]{6,})['’]?s", text.strip())
    if one_genitive and wanted in (None, "person") and depth == 0 and re.search(
            r"(?:ow|ew)$|[ëčšžř]", one_genitive.group(1)):
        # Chruschtschows, Schtykows, Chruščëvs: the genitive -s on a Russian surname of seven letters or more as German
        # (-ow) or Czech (ë, č) writes it, taken when the surname alone is a foreign person's own; an English name
        # with -s may be a plural (the Harrisons, Molotovs), and a shorter one another name (Hodges is not Hodge)
        found = [item for item in _search(one_genitive.group(1), "person") if item[2] == "exact"
                 and _index().spellings[item[1]].id in _foreign_people()]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    epithet = re.fullmatch(r"(.+?)\s+(?:puppet\s+)?(?:clique|regime|gang|traitors?|puppets)", text.strip(),
                           re.IGNORECASE) or re.fullmatch(
        r"(.+?)\s+and\s+his\s+(?:ilk|minions|cronies|henchmen|gang|clique|lackeys|stooges)|(?:the\s+)?(?:gang|clique)\s+"
        r"of\s+(.+)", text.strip(), re.IGNORECASE)
    if epithet and rz.script(text) == "latin" and wanted in (None, "person") and depth == 0:
        # Syngman Rhee clique, the Syngman Rhee puppet clique: the DPRK's press's words for an enemy and his
        # government after his name, read as the man; and a polemic's words around his name ("Kim Il Sung and his
        # minions", "the gang of Kim Il Sung")
        found = [item for item in _search(epithet.group(1) or epithet.group(2), "person") if item[2] == "exact"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    in_korea = re.fullmatch(r"(.+?\S)\s+(?:in\s+korea|en\s+corée|en\s+corea|in\s+corea|em\s+coreia|na\s+coreia)",
                            text.strip(), re.IGNORECASE)
    if in_korea and rz.script(text) == "latin" and wanted in (None, "army", "group") and depth == 0:
        # United Nations Command in Korea, Commandement des Nations unies en Corée: a body's name with the country it
        # served in after it (in English, French, Spanish, Italian or Portuguese)
        found = [item for item in _search(in_korea.group(1), wanted) if item[2] in _FIRM
                 and _index().spellings[item[1]].kind in ("army", "group")]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    reviled = re.fullmatch(r"(?:the\s+)?(?:dictator|tyrant|despot|strongman|traitor|butcher|puppet)\s+(\S+\s+\S.*)",
                           text.strip(), re.IGNORECASE)
    if reviled and rz.script(text) == "latin" and wanted in (None, "person") and depth == 0:
        # the dictator Syngman Rhee: a polemical word for the man before his full name
        found = [item for item in _search(reviled.group(1), "person") if item[2] == "exact"]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    traitor = re.fullmatch(r"(\S+?)\s*(?:매국역도|역도)" + _ARMY_PARTICLE, text.strip())
    if traitor and rz.script(text) == "hangul" and wanted in (None, "person") and depth == 0:
        # 리승만매국역도를, 리승만역도의: the North's word for an enemy, "traitor" (역도; 매국역도, "traitor who
        # sold the country"), written on after his name, read as the man (his "clique", 도당, is read as a band
        # above)
        found = [item for item in _search(traitor.group(1), "person") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    puppet = re.fullmatch(r"(리승만|이승만|남조선|남한|한국)\s*괴뢰\s*(군|군대|정부|정권|도당|집단|들)?"
                          + _ARMY_PARTICLE, text.strip()) or re.fullmatch(
        r"(李承晚|李承晩|南朝鲜|南朝鮮)\s*(?:(?:傀儡|かいらい)\s*(军|軍|军队|軍隊|政府)|匪\s*(军|軍))",
        text.strip()) or re.fullmatch(r"(李承晚|李承晩)\s*(军|軍)", text.strip()) or re.fullmatch(
        r"(?:the\s+)?puppet\s+(army|troops|forces|government|regime)\s+of\s+(?:the\s+)?(syngman\s+rhee|rhee|"
        r"ri\s+syng\s*man|south\s+korea)", text.strip(), re.IGNORECASE)  # (the English of the North's press)
    if puppet and depth == 0 and not (puppet.group(1) in ("리승만", "이승만") and not str(puppet.group(2)).startswith(
            ("군", "정"))):  # (Rhee's puppet clique, 리승만괴뢰도당, is read as the man by an older rule)
        # 리승만괴뢰군, 남조선괴뢰정부의, 남조선괴뢰도당은, 南朝鲜傀儡军, 李承晚匪军: the North's (and China's) "puppet
        # army" (괴뢰군, 傀儡军, かいらい軍; "bandit army", 匪军; or Rhee's army, 李承晩軍) for the ROK Army, and
        # "puppet government", "puppet clique" or "the
        # puppets" (괴뢰정부, 괴뢰정권, 괴뢰도당, 괴뢰집단, 괴뢰들) for the Republic of Korea, with Rhee's name or
        # "South Korea" before them
        army = any(str(word).casefold().startswith(("군", "军", "軍", "army", "troops", "forces"))
                   for word in puppet.groups() if word)
        entity = ("army", "rok_army") if army else ("group", "rok")
        if wanted in (None, entity[0]):
            return [(_RULE * 0.95, _course_name_position(*entity), "suggestion")]
    praised = re.fullmatch(r"(?:형제적|영웅적|영용한|용감한|불패의|영광스러운|위대한)\s*(\S.+)", text.strip())
    if praised and rz.script(text) == "hangul" and depth == 0:
        # 영웅적조선인민군, 형제적중국인민지원군: the North's praise ("heroic", "fraternal") written on before an army's
        # or a party's name
        found = [item for item in _search(praised.group(1), wanted) if item[2] in _FIRM
                 and _index().spellings[item[1]].kind in ("army", "party")]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    puppet_army = re.fullmatch(r"(.+?)\s+puppet\s+(?:army|troops?|forces)", text.strip(), re.IGNORECASE)
    if puppet_army and rz.script(text) == "latin" and wanted in (None, "army") and depth == 0 and any(
            _index().spellings[item[1]].id == "syngman_rhee" for item in _search(puppet_army.group(1), "person")
            if item[2] == "exact"):
        # the Syngman Rhee puppet army: the DPRK's name for the ROK Army
        found = [item for item in _search("South Korean army", "army") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    surname = (re.fullmatch(r"([A-Z][a-z]{1,3}?)(a|em|owi|u|ie|ovi|om)", every_word[0]) if rz.script(text) == "latin"
               else re.fullmatch(r"([А-ЯЁІ][а-яёі]{1,3}?)(а|у|ом|ем|е|ым|ові)", every_word[0])) if every_word else None
    surname_key = rz.words(rz.cyrillic_to_latin(surname.group(1).replace("і", "и").replace("І", "И")) if rz.script(
        text) == "cyrillic" else surname.group(1))[0].casefold() if surname else ""
    if surname and 2 <= len(every_word) <= 3 and wanted in (None, "person") and (
            surname_key in rz._SURNAMES or surname_key in _surnames()):
        # Polish, Czech, Ukrainian, Russian: a Korean name with its surname declined too (Kima Yong-boma, Kimem
        # Yong-bomem, Кіма Вон Бона): both endings taken off, the whole name must be a Korean person's in the course
        if rz.script(text) == "cyrillic":
            surname_off = surname.group(1).replace("і", "и").replace("І", "И")
            endings = [_CASE_ENDING.search(word) for word in every_word]
        last = endings[-1] if len(every_word) > 1 else None
        named = " ".join([surname_off if rz.script(text) == "cyrillic" else surname.group(1), *every_word[1:-1],
                          every_word[-1][:last.start()] if last else every_word[-1]])
        found = [item for item in _search(named, "person") if item[2] in _FIRM
                 and _index().spellings[item[1]].id not in _foreign_keys()]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if len(every_word) == 2 and rz.script(text) == "latin" and endings[0] and wanted in (None, "person"):
        # only the first name declined, the surname not (Polish "z Syngmanem Rhee"): the whole name must be found
        bare_words = f"{every_word[0][:endings[0].start()]} {every_word[1]}"
        found = [item for item in _search(bare_words, "person") if item[2] in _FIRM
                 and len(rz.words(_index().spellings[item[1]].spelling)) >= 2]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    typewritten = rz.script(text) == "latin" and bool(re.search(
        r"\b(?!(?:NORTH|SOUTH|EAST|WEST|THE|OF|AND|KOREA|KOREAN|ARMY|PARTY|US|UN|USA|USSR)\b)[A-Z]{2,}\b|\d", text))
    # (PAK, 0 Ki-sop: a surname in capitals, as typed; not an English word in capitals, NORTH Korea)
    if rz.script(text) == "cyrillic" and (japanese := rz.polivanov_to_latin(text)):
        # Гэндзан = Genzan (Wonsan), as Russian writes Japanese names: taken only as a Japanese name the data spell
        # so, not through the Korean folds (Дзёсин, Jōshin, is Songjin's 城津, not Chōshin, 長津)
        found = [item for item in _search(japanese, wanted) if normalise(
            _index().spellings[item[1]].spelling).replace("sh", "s") == normalise(japanese).replace("sh", "s")]  # (shi
        # written si: Тёсин, Chōshin, Chosin)
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    if rz.script(text) == "cyrillic" and re.search(r"[^\W\d_]+-[^\W\d_]+", text):
        # a Korean name in an English romanization written letter for letter in Cyrillic, as Bulgarian machine
        # translations do (Чой Йонг-кун = Choi Yong-kun): the hyphen of an English given name gives it away
        readings.append((rz.cyrillic_to_latin(text).replace("j", "y").replace("J", "Y"), False, False))
    if rz.script(text) == "latin" and wanted in (None, "place") and re.match(r"(?:\w+\s+)?[Rr][aeiouy]", text):
        # North Korea keeps an initial ㄹ that South Korea writes ㄴ or ㅇ (Raktong = Naktong, Rimjin = Imjin):
        # read so for places only (Ri, Rim, Ryu are people's surnames in the North)
        for north in (re.sub(r"\b[Rr](?=[aeou])", "N", text), re.sub(r"\b[Rr](?=[iy])", "", text)):
            found = [item for item in _search(north, "place") or _second_reading(north, "place", depth + 1)
                     if item[2] in _FIRM] if north != text and depth == 0 else []
            if found:
                return [(score * 0.95, position, "suggestion") for score, position, _ in found]
    if rz.script(text) == "latin":
        # a scanner's slips, among them a final l for -i (HO Kal), read back in a typewritten name or a hyphenated
        # one only (Pak Chong-hul; Hyon Chol is not Choe Hyon, misread and turned round)
        readings += [(reading, False, False) for reading in rz.ocr_readings(text)
                     if typewritten or "-" in text or not re.search(r"-i\b", reading)]
        words = text.split()
        surname_of_two = len(words) == 4 and all(word[:1].isupper() for word in words)  # James Alward Van Fleet:
        # a surname of two words after the middle name (the man's own spelling ends in those two words)
        if (len(words) == 3 or surname_of_two) and not _looks_like_korean_person(text) and (
                words[0] not in rz._SURNAMES) and wanted in (None, "person"):
            found = [item for item in _search(f"{words[0]} {' '.join(words[2:])}", "person")  # a person's, never a
                     # body's
                     if item[2] in _FIRM and rz.script(_index().spellings[item[1]].spelling) == "latin"
                     and len(rz.words(_index().spellings[item[1]].spelling)) >= 2
                     and (not surname_of_two or _index().spellings[item[1]].spelling.casefold().split()[-2:] == [
                         word.casefold() for word in words[2:]])
                     and _index().spellings[item[1]].id in _foreign_keys()  # a Korean name has no middle name:
                     and _middle_name_fits(_index().spellings[item[1]].id, words[1])]  # Kim Chong Il is not Kim Il
            if found:
                return [(score * 0.97, position, "suggestion") for score, position, _ in found]
    cyrillic_words = text.split() if rz.script(text) == "cyrillic" else []
    if len(cyrillic_words) == 3 and wanted in (None, "person") and depth == 0 and all(
            re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", word) for word in cyrillic_words):  # (whole words, not initials:
        # Сталин В. И. is Vasily Stalin)
        # Марк Уэйн Кларк: a foreigner's name in Russian with a middle name the course's Russian spelling leaves
        # out, whose first letter must be that of the middle name or initial the data give him in Latin letters (У
        # for W, `_INITIAL_LETTERS`); none for a man the data give none (Дуглас Артур Макартур). Николай Викторович
        # Подгорный: a patronymic the course gives him, whole or as an initial (Подгорный Н. В.)
        patronymic = re.search(r"(?:ич|вна|чна)$", cyrillic_words[1])
        found = [item for item in _search(f"{cyrillic_words[0]} {cyrillic_words[2]}", "person") if item[2] in _FIRM
                 and _index().spellings[item[1]].id in _foreign_keys() and (patronymic or rz.script(
                     _index().spellings[item[1]].spelling) == "cyrillic") and (
                     _middle_name_fits(_index().spellings[item[1]].id, cyrillic_words[1]) if patronymic else
                     not _middle_name_fits(_index().spellings[item[1]].id, "\0") and any(_middle_name_fits(
                         _index().spellings[item[1]].id, letter) for letter in _INITIAL_LETTERS.get(
                             cyrillic_words[1][:1], ("\0",))))]
        if found:
            return [(score * 0.97, position, "suggestion") for score, position, _ in found[:1]]
    if rz.script(text) == "latin" and 2 <= len(words_typed := rz.words(text)) <= 3 and wanted in (None, "person"):
        # a foreign person by surname with a first name that is the person's own, shortened (Matt Ridgway): never
        # another first name (Vasily Stalin, Margaret Truman are other people)
        alone = [item for item in _search(words_typed[-1], "person") if item[2] in _FIRM]
        if len(alone) == 1 and _index().spellings[alone[0][1]].id in _foreign_keys():
            person = _index().spellings[alone[0][1]].id
            given = {word for spelling in _index().spellings if spelling.kind == "person" and spelling.id == person
                     and rz.script(spelling.spelling) == "latin" for word in rz.words(spelling.spelling)[:-1]
                     if word.casefold() not in _known_nicknames()}  # John Walker is not "Johnnie" Walker
            typed_first = words_typed[0]
            nicknames = {nickname.casefold() for spelling in _index().spellings if spelling.kind == "person"
                         and spelling.id == person for nickname in re.findall(r'"([^"]+)"', spelling.spelling)}
            if typed_first.casefold() in nicknames and len(words_typed) == 2:  # Johnny Walker: his own nickname
                return [(alone[0][0] * 0.95, alone[0][1], "suggestion")]
            other_form = _GIVEN_NAME_FORMS.get(rz.strip_marks(typed_first).casefold())
            if len(typed_first) >= 3 and any(name.startswith(typed_first) or (
                    other_form == name.casefold()) or _GIVEN_NAME_FORMS.get(rz.strip_marks(name).casefold()) == (
                    typed_first.casefold()) for name in given) and (
                    len(words_typed) < 3 or _middle_name_fits(person, words_typed[1])):
                return [(alone[0][0] * 0.95, alone[0][1], "suggestion")]
    english_h = re.sub(r"(?:(?<=[\s\-])|^)Г(?=[аеиоуэя])", "Х", text.strip()) if rz.script(text) == "cyrillic" else (
        text.strip())
    if english_h != text.strip() and wanted in (None, "person") and depth == 0:
        # Гаррисон: an English h written г, as older Russian wrote it (Гарриман, Гувер); a foreign person only, as
        # a Korean name's г is ㄱ (Кан Гон is Kang Kon, not Kang Hon)
        found = [item for item in _search(english_h, "person") if item[2] in _FIRM
                 and _index().spellings[item[1]].id in _foreign_keys()]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    for reading, sure, ending_off in readings:
        if reading.strip() and reading != text:
            # a reading's own near misses are not taken (one guess on top of another finds strangers), but in
            # a typewritten name a scanner may have made two slips (PAK Icon-yang)
            found = [item for item in _search(reading, wanted) if (item[2] in _FIRM or typewritten or (
                ending_off and item[2] == "suggestion" and item[0] >= 0.97
                and _index().spellings[item[1]].kind == "group" and _index().spellings[item[1]].id in _COUNTRY_GROUPS
                and _index().spellings[item[1]].spelling.casefold() == reading.strip().casefold()
                and (reading.strip()[-1:] == "a" or text.strip().startswith(reading.strip()))
            )) and not (
                ending_off and (item[2] == "transcribed" or item[0] < _RULE and rz.script(text) == "latin" != rz.script(
                    _index().spellings[item[1]].spelling)))]  # a name with a case ending taken off is the name
            # itself, not a name near it in another script (Pochon less a Finnish -n is no Walker, 워커; Hegen less -n
            # no Хегай); a country's name that is itself suggested is suggested declined (Čínu, Czech: Čína, China)
            found = [item for item in found if _index().spellings[item[1]].kind != "person"
                     or _initials_fit(_index().spellings[item[1]].id, text)]  # И. Иванов read as Иванов is not V. I.
            masculine = (rz.script(text) == "cyrillic" and re.search(r"(?:ов|ев|ёв|ин|ын)(?:у|ым|е|ын|ы)$",
                                                                     text.strip())) or (
                rz.script(text) == "latin" and _NO_WOMANS_ENDING.search(text.strip()))
            if ending_off and not masculine and re.search(r"(ов|ев|ёв|ин|ын|ск|цк|ов|ev|ov|in|yn|sk)\W*$", reading,
                                                          re.IGNORECASE):
                # a Russian, Polish or Czech -а is also a woman's surname (Svetlana Stalina, Nina Khrushcheva), but
                # in the pages the course's readers meet a bare Сталина, Stalina, Хрущева is the man's genitive
                # (held-out parts 63, 202, 247, 270, 293): the man is only suggested (-у, -ым and -е after -ов are a
                # man's only: Брежневу, Штыковым; a woman's are Брежневой, Штыковой; so are Mongolian's genitives
                # -ын and, after -ин, -ы: Жуковын, Сталины); after a first name it is a
                # woman's (Ivana Chistyakova), and another ending is another thing's (Stalino, a town)
                if len(text.split()) == 1 and re.search(r"[аa]\W*$", text.strip()) and len(
                        reading.strip()) >= 5 and all(
                        _index().spellings[item[1]].system != "shared_name" for item in found):
                    sure = False  # a surname of five letters or more (Lina is no Lin, Ruska no Rusk), not one the
                    # data mark as shared (Иванова, of the commonest one)
                else:
                    found = [item for item in found if _index().spellings[item[1]].id not in _foreign_keys()]
            if found:
                return [(score * 0.97, position, how if sure else "suggestion") for score, position, how in found]
    if rz.script(text) == "latin" and depth == 0 and wanted in (None, "place") and re.search(
            r"ng[\s\-']?y", rz.strip_marks(text)):
        # Mangyonde: a place's Russian name in Latin letters, whose нг before ё is ㅇ and ㄱ (Мангёндэ, 만경대); the
        # lookup reads ng before a vowel so only here, for a place found firmly (Pyongan is not Pyonggang)
        found = [item for item in _search(rz.latin_to_cyrillic(text), "place") if item[2] in _FIRM]
        if found:
            return [(score * 0.95, position, "suggestion") for score, position, _ in found[:1]]
    if rz.script(text) == "latin" and depth == 0 and re.search(r"\b[A-Z]{2,}\b", text):
        # one letter a scanner misread, in a typewritten name (the surname in capitals, as in the CIA's and the
        # State Department's papers): taken only when exactly one thing is found firmly by undoing one slip
        hits = {}
        slips = rz.ocr_letter_readings(text)
        for reading in slips:
            for score, position, how in _search(reading, wanted):
                if how == "exact" and score >= _RULE * 0.97:  # a name as spelled, not a garble of one
                    spelling = _index().spellings[position]
                    hits.setdefault((spelling.kind, spelling.id), (score * 0.9, position, "suggestion"))
        if len(hits) == 1:
            return list(hits.values())
    return []


# The qualifiers Korean and Chinese encyclopedias put in brackets after a North Korean's name to tell namesakes apart
# (고봉기(북한), 김일(정치인)): "North Korea", "politician", "soldier", "revolutionary", "independence activist".
_KOREAN_QUALIFIERS = frozenset({"북한", "북조선", "정치인", "군인", "혁명가", "독립운동가", "革命家", "獨立運動家",
                                "独立运动家", "北韓", "北韩", "北朝鮮",
                                "北朝鲜", "朝鲜", "朝鮮", "政治家", "政治人物", "軍人", "军人", "元帅", "元帥", "원수",
                                "将军", "將軍", "장군", "朝鮮勞動黨成員", "朝鲜劳动党成员", "朝鮮労働党員",
                                "조선로동당원"})
# (朝鮮勞動黨成員, "member of the Workers' Party of Korea", as the Chinese Wikipedia tells a North Korean official
# from a namesake: taken only for a man of one of the North's factions)
_PARTY_MEMBER_QUALIFIERS = frozenset({"朝鮮勞動黨成員", "朝鲜劳动党成员", "朝鮮労働党員", "조선로동당원"})
# the qualifiers that say "North Korea" (or Korea): never after a man of the South's or another country's side
_NORTH_QUALIFIERS = frozenset({"북한", "북조선", "北韓", "北韩", "北朝鮮", "北朝鲜", "朝鲜", "朝鮮"})
_FOREIGN_SIDES = frozenset({"rok", "usa", "prc", "ussr", "un_other"})


# The same qualifiers in English, as the English Wikipedia's titles tell namesakes apart (Kim Il (politician)),
# read as the Korean ones above after a name in Latin letters
_ENGLISH_QUALIFIERS = {"politician": "정치인", "north korean politician": "정치인", "statesman": "정치인",
                       "soldier": "군인", "north korean general": "장군", "military officer": "군인",
                       "revolutionary": "혁명가", "independence activist": "독립운동가", "north korea": "북한",
                       "north korean": "북한", "dprk": "북한", "marshal": "원수"}
# The trades in brackets by which encyclopedias tell a namesake apart, which no man of the course had (Kim Il
# (wrestler), 金一(プロレスラー), the wrestler Kim Il, Ōki Kintarō): another person
_NAMESAKE_GLOSSES = frozenset({"wrestler", "professional wrestler", "footballer", "football player", "actor",
                               "actress", "singer", "boxer", "baseball player", "golfer",
                               "プロレスラー", "レスラー", "俳優", "歌手", "サッカー選手", "野球選手",
                               "프로레슬러", "레슬러", "배우", "가수", "축구 선수", "야구 선수",
                               "演员", "演員", "摔跤手", "摔角手", "足球运动员", "足球運動員"})
_POLITICIAN_QUALIFIERS = frozenset({"정치인", "政治家", "政治人物"})
# every qualifier `_bracketed` judges, which no other rule reads
_JUDGED_QUALIFIERS = _KOREAN_QUALIFIERS | _NAMESAKE_GLOSSES | set(_ENGLISH_QUALIFIERS)
# a revolutionary's and an independence activist's (in Hangul and characters), given only to a Korean of the
# generation of the independence movement (`_ACTIVISTS_BORN_BY`)
_ACTIVIST_QUALIFIERS = frozenset({"혁명가", "독립운동가", "革命家", "獨立運動家", "独立运动家"})
_ACTIVISTS_BORN_BY = 1910
# An infobox's relation of a man to the page's subject, in brackets after his name (Mao Zedong (father))
_KINSHIP_GLOSSES = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "husband", "wife", "uncle",
                              "grandfather", "father-in-law", "son-in-law", "spouse"})
# An office in English at the start of a bracket after a man's name (Kim Chang-man (Deputy Chairman of the KWP CC))
_OFFICE_GLOSS = re.compile(r"(?:first\s+|deputy\s+|vice[- ]?)?(?:chairman|premier|minister|ambassador|commander|"
                           r"general|marshal|admiral|secretary|president|chief|director|head)\b", re.IGNORECASE)
_SOLDIER_QUALIFIERS = frozenset({"군인", "軍人", "军人", "元帅", "元帥", "원수", "将军", "將軍", "장군"})
# the words of a state's or a party's office in people.csv's posts, which make a man a politician
_STATE_OFFICE = re.compile(r"minist|premier|president|assembly|presidium|politburo|ambassador|governor|mayor|"
                           r"central committee|people's committee|chairman of the (?:\w+\W+){0,3}?party", re.IGNORECASE)
# and the words of a soldier's posts (not a secretary-general's)
_QUALIFIED_SOLDIER = re.compile(_MILITARY_POSTS.pattern + r"|(?<!secretary-)(?<!secretary )general\b|marshal|admiral|"
                                r"colonel", re.IGNORECASE)


@cache
def _person_name_words() -> dict[str, frozenset[str]]:
    """Every word (`rz.words`: folded, lower case) of every spelling of each person, by person id."""
    words: dict[str, set[str]] = {}
    for spelling in _index().spellings:
        if spelling.kind == "person":
            words.setdefault(spelling.id, set()).update(rz.words(spelling.spelling))
    return {person: frozenset(found) for person, found in words.items()}


def _bracketed(text: str, wanted: str | None) -> list[tuple[float, int, str]] | None:
    """A name with something in round brackets after it: None if there is none. The bracket may give the same
    name in another script (金ドゥ奉(キム・ドゥボン), Kim Il Sung (金日成)) or another name of the same one (Ho Ka-i
    (Hegai)), or it may qualify the name (Korean Democratic Party (South), Molotov (Perm)) or name something else
    (Kim Jong-il (KWP)). So both halves are looked up: the answer is theirs when they agree, or when the bracket is
    in another script and only one half is found; otherwise nothing (a qualifier the course cannot check, or two
    different things)."""
    glossed = re.fullmatch(r"(.+?)\s*[(（]([^()（）]+)[)）]\s*", text)
    inner = re.fullmatch(r"(.+?)\s+[(（]([^()（）]+)[)）]\s+([^()（）]+)", text)
    if not glossed and inner:
        # Changjin (Chosin) Reservoir: another name in brackets before the generic word both names share; taken
        # when both, each with that word, are the same thing in the course
        halves = [[item for item in _search(f"{name} {inner.group(3)}", wanted) if item[2] in _FIRM]
                  for name in (inner.group(1), inner.group(2))]
        same = {(_index().spellings[half[0][1]].kind, _index().spellings[half[0][1]].id) for half in halves if half}
        return halves[0] if all(halves) and len(same) == 1 else []
    if not glossed:
        return None
    outside, inside = glossed.group(1).strip(), glossed.group(2).strip(" \t、,，")  # 姜 健(カン・ゴン、)
    inside = re.sub(r"^(?:(?:那時|那时|當時|当时|時|时|今|現|现|原|古|舊|旧)(?:稱|称)|"
                    r"又譯|又译|又稱|又称|亦稱|亦称|或譯|或译|"
                    r"一譯|一译|又名|亦即|即|(?:then|now|formerly|today|later|or|(?:then|now|later) called|born)\s)\s*",
                    "", inside, flags=re.IGNORECASE)
    # (首爾（時稱漢城）, 丹东(那时称安东), 史達林（又譯史太林）, 崔庸健(即崔石泉), Pyongyang (then Heijo), the U.S.S.R.
    # (or Soviet Union): "then called", "now called", "also rendered", "also named", "that is", "born", "or", before
    # another name of the same one)
    if not inside or inside.casefold() in _NAMESAKE_GLOSSES:
        return []  # 金一(プロレスラー), Kim Il (wrestler): a namesake told apart by a trade no man of the course had;
        # 平壤（又稱）: nothing after "also called"
    whole = [item for item in _search(text, wanted) if item[2] == "exact" and item[0] >= _RULE] if (
        inside.casefold() not in _KINSHIP_GLOSSES) else []  # (Kim Il (son) is not Kim Il Sung)
    if whole:
        return whole  # the bracket is part of a name in the course: 联共(布)
    if inside.casefold() in ("布", "б", "b", "bolsheviks", "большевиков", "布尔什维克", "布爾什維克") and wanted in (
            None, "party"):
        # 苏联共产党（布）, 苏联共产党（布尔什维克）: a loose Chinese rendering of the All-Union Communist Party
        # (Bolsheviks), 联共(布), the
        # CPSU's name before October 1952
        bolsheviks = [item for item in _search(outside, "party") if item[2] in _FIRM
                      and _index().spellings[item[1]].id == "cpsu"][:1]
        if bolsheviks:
            return bolsheviks
    if normalise(inside) in _COUNTRY_NAMES and wanted in (None, "place") and not _search(text, wanted):
        # Bình Nhưỡng (Triều Tiên), Seoul (Hàn Quốc): a place with its country in brackets, read as with a comma
        # (`_second_reading`: the place must lie in that country)
        in_country = _second_reading(f"{outside}, {inside}", "place")
        if in_country or any(how in _FIRM for _, _, how in _search(outside, "place")):
            return in_country  # (Bình Nhưỡng (Hàn Quốc): a place of the course in another country is no one)
    label = re.fullmatch(r"(?:(?:to be )?abbreviated as|here(?:in)?after,?(?: referred to as| called)?)\s+(.+?)\.?",
                         inside, re.IGNORECASE)
    if label and set(rz.words(label.group(1))) <= set(rz.words(outside)):
        # Pak Geum-cheol (to be abbreviated as Pak), Chairman Mao (hereafter, Chairman): a translated record's
        # speaker named once in full, with the short form its dialogue then uses, which is part of the name
        return _search(outside, wanted) or _second_reading(outside, wanted)
    if inside.casefold() in ("본명", "本名", "real name", "birth name") and wanted in (None, "person"):
        # 김성주(본명): "real name" in brackets after a man's birth name, which the course gives as his (only a birth
        # name's spelling: 김일성(본명), 金一(本名), 고당(본명) name another man, whose real name it is)
        return [item for item in _search(outside, "person") if item[2] in _FIRM and _index().spellings[
            item[1]].system == "birth_name"]
    today = re.fullmatch(r"(?:present[- ]day|modern|today'?s|now)\s+(.+)|"
                         r"(?:오늘날의?|현재의?|지금의|現在の|(?:今|现|現)(?:名|为|為|稱|称|の)?)\s*(.+)", inside,
                         re.IGNORECASE)  # (漢城(現名首爾), 安东市(现为丹东市): "now named", "now")
    today_name = (today.group(1) or today.group(2)) if today else ""
    province = _province_before_place().match(today_name)
    if province and len(today_name[province.end():].strip()) >= 2:  # 安东(今辽宁省丹东市): today's name with its
        # province before it, taken when the place lies in that province (`_place_provinces`)
        today_name = today_name[province.end():].strip()
    today_found = [item for item in _search(today_name, "place") or _second_reading(today_name, "place")
                   if item[2] in _FIRM and (not province or _index().spellings[item[1]].id in _place_provinces().get(
                       province.group(1), frozenset()))] if today else []
    if today and today_found:  # Gyeongseong (present-day Seoul), 안동(오늘날 단둥): an old name with today's after
        # it (a place of the course; any other is read by the rules below: ソ連 (現ロシア)), taken when both are one
        # place, or as a suggestion of today's when the old one names nothing of any kind, nor a Korean place outside
        # the course (GeoNames') unless today's lies outside Korea (안동, 安東, is also the old Korean reading of
        # Dandong's name; Chinnampo (present-day Pyongyang) is Nampo, Kim Il Sung (present-day Pyongyang) a man)
        halves = [[item for item in _search(outside, "place") or _second_reading(outside, "place") if item[2] in _FIRM],
                  today_found]
        same = {(_index().spellings[half[0][1]].kind, _index().spellings[half[0][1]].id) for half in halves if half}
        if wanted not in (None, "place") or len(same) != 1:
            return []
        if halves[0]:  # (by today's name when the old one is also another place's: 安东(今丹东), not Andong)
            return halves[1] if _index().spellings[halves[0][0][1]].system == "shared_name" else halves[0]
        abroad = _places_table().get(_index().spellings[halves[1][0][1]].id, ("", ""))[1] not in ("dprk", "rok")
        korean = normalise(outside) in _other_korean_places() or normalise(
            rz.hangul_to_latin(outside)) in _other_korean_places()
        if _search(outside, None) or _second_reading(outside, None) or korean and not abroad:
            return []
        return [(score * 0.95, position, "suggestion") for score, position, _ in halves[1][:1]]
    if inside in ("朝鲜族", "朝鮮族", "조선족") and wanted in (None, "person"):
        # 金光侠(朝鲜族): a Chinese page's note that a man is of the Korean nationality of China, after the name of a
        # Korean who lived in China (a Manchurian partisan, a Yan'an man); not a southerner's, a Soviet Korean's, the
        # Kapsan group's (organisers and prisoners in Korea) or a foreigner's, nor a name the course's man shares with
        # another (金元鳳)
        found = [item for item in _search(outside, "person")[:1] if item[2] in _FIRM]
        return [] if _shared_name(outside, found) else [
            item for item in found if _faction_of("person", _index().spellings[item[1]].id) in ("partisan", "yanan")]
    kind_of_place = re.fullmatch(r"(?:the\s+)?(?:(north|south)\s+korean\s+)?(border\s+)?(?:capital|city|town|port)",
                                 inside, re.IGNORECASE)
    if kind_of_place:
        # Pyongyang (Capital), Sinuiju (North Korean border city): the kind of place in brackets, as a list's heading
        # or a travel page gives it (a capital only a capital; a Korea's only a place of that Korea, today or, for a
        # place across the 38th parallel, in 1945-1950: Kaesong (South Korean border city); a border's only a
        # Korean place)
        korea = {"north": "dprk", "south": "rok"}.get((kind_of_place.group(1) or "").casefold())
        korea = {korea} if korea else {"dprk", "rok"} if kind_of_place.group(2) else None
        found = [item for item in _search(outside, "place") if item[2] in _FIRM and wanted in (None, "place") and (
            not korea or _places_table().get(_index().spellings[item[1]].id, ("", ""))[1] in korea
            or kind_of_place.group(1) and _index().spellings[item[1]].id in _across_the_parallel())]
        capital = inside.casefold().endswith("capital")  # (the capitals of the course's states)
        return [item for item in found if _index().spellings[item[1]].kind == "place" and (
            _index().spellings[item[1]].id in set().union(*_CAPITALS.values()) if capital
            else _place_kind(_index().spellings[item[1]].id) in ("city", "town", "village", "foreign_city"))]
    country = [item for item in _search(inside, "group") if item[2] == "exact"] if re.fullmatch(
        r"[A-Z]{2,6}", inside) else []
    if country and _index().spellings[country[0][1]].id in _COUNTRY_GROUPS:
        # l'armée de la République de Corée (ROK): a body's name with its state's abbreviation after it, the body
        # when it is that state's
        body = [item for item in _search(outside, wanted) if item[2] in _FIRM
                and _index().spellings[item[1]].kind in ("army", "party")]
        state = _index().spellings[country[0][1]].id
        if body and _faction_of(_index().spellings[body[0][1]].kind, _index().spellings[body[0][1]].id) == state:
            return body[:1]  # (the body's own state, as the data give it: the ROK's army, the PRC's volunteers)
    if re.fullmatch(r"[A-Z]{2,6}", outside) and outside.casefold() == "".join(
            word[0] for word in re.findall(r"[^\W\d_]+", inside) if word.casefold() not in ("s", "of", "the", "and")
    ).casefold():
        # KIS (Kim Il Sung), KPA (Korean People's Army): an abbreviation made of the initials of the name in brackets
        # (not of "of", "the" and a genitive's s), which is the answer
        return [item for item in _search(inside, wanted) if item[2] == "exact"]
    if not re.search(r"[^\W\d_]{3}", inside) and rz.script(inside) == "latin":
        found = _search(outside, wanted) or _second_reading(outside, wanted)  # "(1950)", "(2)", "(b)"
        year = re.fullmatch(r"\s*(1\d\d\d|20\d\d)\s*", inside)
        if year and found:  # a year the answer did not live or exist in: another of that name (신민당 (1967))
            entity = _entities().get((_index().spellings[found[0][1]].kind, _index().spellings[found[0][1]].id), {})
            born, died = entity.get("born"), entity.get("died")
            if int(year.group(1)) < 1930 and _index().spellings[found[0][1]].kind == "place":
                return []  # Battle of Imjin River (1592), of the Yalu River (1904): what happened at the place long
                # before the course's time (whose partisans' raids begin in the 1930s)
            if (not pd.isna(born) and int(year.group(1)) < int(born)) or (
                    not pd.isna(died) and int(year.group(1)) > int(died)):
                return []
        return found
    halves = [_search(half, wanted) or _second_reading(half, wanted) for half in (outside, inside)]
    entities = [{(_index().spellings[item[1]].kind, _index().spellings[item[1]].id) for item in half[:1]}
                for half in halves]
    first = _index().spellings[halves[0][0][1]] if halves[0] else None
    if rz.script(outside) == "latin" and inside.casefold() in _ENGLISH_QUALIFIERS and (
            first is not None and first.kind == "person"):  # (after a thing, read by the rules below as any bracket
        # is: Moscow (North Korean) is no one, Chinese People's Volunteers (North Korea) the CPV)
        inside = _ENGLISH_QUALIFIERS[inside.casefold()]
    if halves[0] and inside in _KOREAN_QUALIFIERS and rz.script(outside) in ("hangul", "cjk", "latin"):
        # 고봉기(북한): an encyclopedia's qualifier that tells namesakes apart, a North Korean here; a politician's or
        # a soldier's only when the posts name a state office or a command (박승원 (정치인) is a mayor of today, not
        # the party official of 1953); a revolutionary's or an independence activist's only a Korean's born by 1910,
        # of the independence movement's generation (Kim Ku, Kim Kyu-sik; not a Soviet Korean, nor Park Chung-hee, a
        # Manchukuo officer, nor Kim Il Sung: 김일성 (독립운동가) is the legend's general of that name)
        faction = _faction_of(first.kind, first.id)
        born = _entities().get((first.kind, first.id), {}).get("born")
        if inside in _ACTIVIST_QUALIFIERS and (first.kind != "person" or faction in {"usa", "prc", "ussr", "un_other",
                                                                                    "soviet_korean"} or (
                pd.isna(born) or int(born) > _ACTIVISTS_BORN_BY)):
            return []
        if inside in _PARTY_MEMBER_QUALIFIERS and faction not in _NORTHERN_FACTIONS:
            return []
        if inside in _NORTH_QUALIFIERS and faction in _FOREIGN_SIDES:
            return []  # 朴正熙 (朝鮮), 毛泽东 (北韓): North Korea (or Korea) said of a man of the South or another
            # country
        if inside in _POLITICIAN_QUALIFIERS | _SOLDIER_QUALIFIERS:  # (only a person's, whose posts the data give)
            posts = _posts(_index().spellings[halves[0][0][1]].id) if _index().spellings[halves[0][0][1]].kind == (
                "person") else ""
            civil = re.sub(r"[^;]*defen[cs]e[^;]*", "", posts)  # (a vice-minister of defence is a soldier's post)
            if not posts or inside in _POLITICIAN_QUALIFIERS and not _STATE_OFFICE.search(civil) or (
                    inside in _SOLDIER_QUALIFIERS and not _QUALIFIED_SOLDIER.search(posts)):
                return []
        return halves[0]
    if halves[0] and halves[0][0][2] in _FIRM and rz.script(outside) == "hangul" and re.fullmatch(
            r"[\u4e00-\u9fff]+", inside) and outside.replace(" ", "") in rz.korean_readings(inside):
        # 몽양(夢陽): a Korean's name and its characters, read so, taken here when the data give that name no other
        # characters (김성주(金聖柱), another man than Kim Il Sung, whose birth name the data write 金成柱, is not;
        # characters that are found alone as the same person are still taken below)
        entity = (_index().spellings[halves[0][0][1]].kind, _index().spellings[halves[0][0][1]].id)
        written = [own for own in _in_characters().get(entity, []) if outside.replace(" ", "") in rz.korean_readings(
            own, limit=8)]
        if not written or any(_same_characters(inside, own) for own in written):
            return halves[0]
    for half, written, other in ((halves[0], outside, inside), (halves[1], inside, outside)):
        spelling = _index().spellings[half[0][1]] if half else None
        if spelling is not None and spelling.kind == "person" and re.fullmatch(r"[\u4e00-\u9fff]+", written) and (
                _own_characters(("person", spelling.id), written) is False) and rz.script(other) == "latin" and (
                re.sub(r"[\W_]", "", rz.strip_marks(other).casefold()) in rz.pinyin_readings(written)):
            return []  # 武丁 (Wu Ding): characters that are not the man's own, with their own Mandarin sound beside
            # them (the Shang king's name, which a Korean reading of 武丁 took for Mu Chong's 武亭)
    for half, other in ((halves[0], inside), (halves[1], outside)):
        spelling = _index().spellings[half[0][1]] if half else None
        other = _TITLES_AFTER.sub("", other) or other  # 呂運亨氏(여운형씨): the characters with the same honorific
        if spelling is not None and spelling.kind == "person" and re.fullmatch(r"[\u4e00-\u9fff\s]+", other) and (
                _faction_of("person", spelling.id) not in ("usa", "ussr", "un_other") or not (any(
                    _index().spellings[item[1]].id == spelling.id for item in _search(other, "person")[:1])
                    or _spells_sounds_of(other, spelling.spelling))) and (
                _own_characters(("person", spelling.id), other.replace(" ", "")) is False) and not any(
                _index().spellings[item[1]].id == spelling.id and normalise(_index().spellings[item[1]].spelling) == (
                    normalise(other)) for item in _search(other, "person")[:3]):
            return []  # 金一星(キム・イルソン): the reading is Kim Il Sung's, the characters another man's (not 洪命熹,
            # which the data give as a common slip for his own 洪命憙: 홍명희(洪命熹) is Hong Myong-hui; nor a
            # Westerner's or a Russian's name in characters, which only spell its sounds, when they are read as his
            # too: 史太林（Joseph Stalin）; 蒋介石（Douglas MacArthur）, another man's characters, still names no one)
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", outside)).casefold()
    if halves[0] and halves[0][0][2] == "exact" and halves[0][0][0] >= _RULE and len(outside.split()) >= 2 and (
            re.fullmatch(r"[A-ZА-ЯЁ][A-ZА-ЯЁ.]{1,7}", inside)) and (re.search(
                ".*".join(map(re.escape, inside.replace(".", "").casefold())), initials) or entities[0] & {
                    (_index().spellings[item[1]].kind, _index().spellings[item[1]].id) for item in halves[1]}):
        return halves[0]  # Republic of Korea Army (ROK): a name, and an abbreviation of its words after it, or one
        # that may name the same thing (Koreanische Volksarmee (KVA)); not Eighth Army (ROK), Korean Workers' Party
        # (KPA)
    if halves[0] and halves[1]:
        kinds = [_index().spellings[half[0][1]].kind for half in halves]
        if kinds == ["group", "party"]:
            return halves[0]  # 満州派 (朝鮮労働党): a group, told apart by the party it was a group within
        ids = [_index().spellings[half[0][1]].id for half in halves]
        if kinds == ["group", "person"] and _faction_of("person", ids[1]) == ids[0] or (
                kinds == ["person", "group"] and _faction_of("person", ids[0]) == ids[1]):
            return halves[0]  # パルチザン派(金日成), 김일성 (빨치산파): a group and one of its men, or a man and
            # his group
        if entities[0] != entities[1]:
            return []
        return halves[1] if halves[1][0][2] in _FIRM and halves[0][0][2] not in _FIRM else halves[0]  # (the firmer
        # half: 呂運亨氏(여운형씨), whose Hangul is found exactly)
    if halves[0] and re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", inside) and len(outside.split()) >= 2:
        return halves[0]  # Народной добровольческой армии (НВА): an abbreviation the course does not know, after a
        # name it does
    if not halves[0] and halves[1] and halves[1][0][2] == "exact" and re.fullmatch(r"[A-Z]{3,6}", inside) and len(
            initials) >= 2 and inside.casefold().startswith(initials):
        return halves[1]  # United Nations (UNC): a name cut short before its last word, which the abbreviation in
        # brackets, beginning with the name's initials, gives whole
    if not halves[0] and halves[1] and _index().spellings[halves[1][0][1]].id in _COUNTRY_GROUPS:
        # 第25軍(ソビエト連邦): a body's number, told apart by its country in brackets, is read with the country
        # before it (ソビエト連邦第25軍); the country alone is not the answer
        joined = "" if rz.script(outside) in ("cjk", "kana", "hangul") else " "
        return [item for item in _search(f"{inside}{joined}{outside}", wanted) if item[2] in _FIRM]
    if not halves[0] and halves[1] and _index().spellings[halves[1][0][1]].kind == "army" and re.search(
            r"(?:第|제)\s*[\d一二三四五六七八九十]+|\d", outside):
        return []  # 人民義勇軍第9軍団(PVA): a numbered unit of the army in brackets, which is not the army
    found_half = halves[0] or halves[1]
    if bool(halves[0]) != bool(halves[1]) and _misread_gloss(outside, inside) and (
            _index().spellings[found_half[0][1]].id not in _foreign_people()):
        return []  # 金日成(김정일), 김정일(金日成), 白善燁(백인엽): the same surname, but the Hangul reads another
        # man's given name, not the characters' (not a foreigner's name, whose Hangul is no reading of its Chinese
        # transcription: 艾奇逊(애치숀), Acheson)
    if halves[0] and not halves[1] and re.fullmatch(r"[A-Z][A-Za-z]+(?:[\s\-][A-Z][A-Za-z]+)+", inside) and not (
            _TITLES.match(inside + " ")) and (
            _index().spellings[halves[0][0][1]].kind == "person") and set(rz.words(inside)) & (
            _person_name_words().get(_index().spellings[halves[0][0][1]].id, frozenset())):
        return []  # 斯大林（Vasily Stalin）, 麦克阿瑟（Arthur MacArthur）: the man's name in another script with a
        # kinsman's or a namesake's in brackets (given name and surname, no title, initial or date), who shares a
        # word of his names but is no one of the course
    if rz.script(outside) != rz.script(inside):
        return halves[0] or halves[1]
    person = _index().spellings[halves[0][0][1]] if halves[0] and halves[0][0][2] in _FIRM else None
    person = person if person is not None and person.kind == "person" and len(rz.words(outside)) >= 2 else None
    if person is not None and inside.casefold() in _KINSHIP_GLOSSES:
        return halves[0]  # Mao Zedong (father): an infobox's relation of the man to the page's own subject
    if person is not None and _OFFICE_GLOSS.match(inside):
        # Kim Chang-man (Deputy Chairman of the KWP CC): a translated record's office of the man, in brackets after
        # his name; taken when it fits his posts as it would before his name (Deputy Chairman Kim Chang-man)
        titled = _lookup_one(f"{inside} {outside}", "person", "")
        if not titled.empty and titled["match"].iloc[0] != "ambiguous" and titled["id"].iloc[0] == person.id:
            return halves[0]
    own = _index().spellings[halves[0][0][1]] if halves[0] and halves[0][0][2] in _FIRM else None
    units = inside.split()
    if own is not None and own.kind == "person" and _posts(own.id) and any(
            unit in _BRACKETED_OFFICES_CJK for unit in units) and all(
            unit in _BRACKETED_OFFICES_CJK or unit in ("당", "黨", "党") for unit in units) and all(
            _describing_unit(unit, own.id, bodies=True) for unit in units):
        # 이종옥(정무원총리), 김중린 (당정치국원): a Korean paper's office of the man in brackets after his name,
        # taken for the offices whose post checks name them closely (`_BRACKETED_OFFICES_CJK`) when his posts hold
        # it (이종옥(인민무력부장) is no one; 주석, 비서 and the like fit too many posts to tell a man by)
        return halves[0]
    if halves[0]:  # a qualifier: taken only when the answer's own name and description bear it out
        entity = _entities().get(next(iter(entities[0])), {})
        said = rz.strip_marks(f"{entity.get('name', '')} {entity.get('description', '')}")
        if all(re.search(rf"\b{re.escape(word)}", said) for word in rz.words(inside)):
            return halves[0]
    return []


def _spells_sounds_of(characters: str, latin: str) -> bool:
    """Whether a foreign name in characters spells the sounds of one word of a name in Latin letters (迪恩 of Dean,
    博恩斯蒂尔 of Bonesteel): its transcription reading (`romanize.chinese_transcription_reading`), folded by
    `romanize.foreign_key`, within 70 (rapidfuzz ratio) of the word's fold; not another man's name (希特勒, Hitler,
    comes within 67 of Stalin; 蒋介石 nowhere near MacArthur)."""
    from rapidfuzz import fuzz

    heard = rz.foreign_key(rz.chinese_transcription_reading(characters.replace(" ", "")))
    return len(heard) >= 3 and any(fuzz.ratio(heard, rz.foreign_key(word)) >= 70 for word in rz.words(latin)
                                   if len(word) >= 3)


def _misread_gloss(outside: str, inside: str) -> bool:
    """Whether a Korean name in Chinese characters and one in Hangul, one in brackets after the other (金日成(김정일),
    김일성(金正日), 白善燁(백인엽), 金日成(박일성)), are different names: a syllable of the Hangul is no reading of
    the character in its place (Unihan kHangul), unless it is the only one and differs from a reading by its vowel
    alone (박현영(朴憲永): a slip for 헌). Both must be names of two to four characters or syllables, as many of each,
    titles after them taken off; a gloss that reads the name, even by a character's rarer reading, or spells its
    Mandarin sound (상간린(上甘岭), within 85 by rapidfuzz ratio of a pinyin reading, with fewer than half its
    syllables a Korean reading of their characters), is not misread."""
    hanja, hangul = (outside, inside) if rz.script(outside) == "cjk" else (inside, outside)
    if {rz.script(hanja), rz.script(hangul)} != {"cjk", "hangul"}:
        return False
    hanja, hangul = ((_TITLES_AFTER.sub("", name.strip()) or name).replace(" ", "") for name in (hanja, hangul))
    if not (re.fullmatch(r"[\u4e00-\u9fff]{2,4}", hanja) and re.fullmatch(r"[\uac00-\ud7a3]{2,4}", hangul)) or len(
            hanja) != len(hangul):
        return False

    from rapidfuzz import fuzz

    heard = rz.foreign_key(rz.hangul_loanword_to_latin(hangul))
    korean = sum(syllable in rz.korean_readings(character, limit=12) for syllable, character in zip(hangul, hanja,
                                                                                                     strict=True))
    if 2 * korean < len(hangul) and max((fuzz.ratio(heard, rz.foreign_key(reading))
                                         for reading in rz.pinyin_readings(hanja)), default=0) >= 85:
        return False  # 상간린(上甘岭): the Hangul spells the characters' Mandarin sound, as Korean writes a Chinese
        # place's or man's name (sankanlin, shangganling), not their Korean reading (fewer than half its syllables
        # are: 리창국(李康國), 리강국's slip, is misread, though its sound is near the Mandarin too)

    def consonants(syllable: str) -> tuple[int, int]:  # a Hangul syllable's first and last consonant (its vowel out)
        return (ord(syllable) - 0xAC00) // 588, (ord(syllable) - 0xAC00) % 28

    unread = [(syllable, read) for syllable, read in zip(hangul, (rz.korean_readings(character, limit=12)
                                                                for character in hanja), strict=True)
              if syllable not in read]
    return len(unread) > 1 or any(consonants(syllable) not in {consonants(own) for own in read if "가" <= own <= "힣"}
                                  for syllable, read in unread)


# Latin letters that look like Cyrillic ones (and the other way round), as a page typed with the wrong keyboard
# layout mixes them inside one word: "Cоветские" with a Latin C.
_LATIN_TO_CYRILLIC = str.maketrans("AaBCcEeHKMOoPpTXxyÆæ", "АаВСсЕеНКМОоРрТХхуӔӕ")  # (and Ossetian's ӕ typed as
# the Latin æ: Мæскуы)
_CYRILLIC_TO_LATIN = str.maketrans("АаВСсЕеНКМОоРрТХхуӔӕ", "AaBCcEeHKMOoPpTXxyÆæ")
# A reading in brackets inside a name in characters, as some pages print them: pinyin with tone marks, 價(jià)川;
# katakana or Hangul before the character that ends a group's name, 甲山(ガプサン)派.
_INLINE_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))+|"
                            r"[(（][\u30a0-\u30ff\uac00-\ud7a3]+[)）](?=[\u4e00-\u9fff]))")


def _one_script_per_word(text: str) -> str:
    """Each word in one script: look-alike Latin letters in a mostly Cyrillic word made Cyrillic, and the other way
    round; a reading in brackets inside a name in characters dropped (`_INLINE_PINYIN`); a hyphen with a stray space
    closed up (Chow En -lae), and one between characters read as the dot between a foreign name's parts."""
    def one(word: str) -> str:
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        latin = sum(ch.isascii() and ch.isalpha() or ch in "Ææ" for ch in word)
        if cyrillic and latin:
            return word.translate(_LATIN_TO_CYRILLIC if cyrillic >= latin else _CYRILLIC_TO_LATIN)
        return word
    text = re.sub(r"(?<=\w) +-(?=\w)|(?<=\w)- +(?=\w)", "-", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])-(?=[\u4e00-\u9fff\u30a0-\u30ff])", "·", text)  # 馬克-克拉克
    return _INLINE_PINYIN.sub("", " ".join(one(word) for word in text.split(" ")))


@cache
def _namesakes() -> dict[str, str]:
    """Spellings that name someone or something else than the entity they are filed under (name_variants.csv
    system "namesake": 吳基涉, Zhu Dehai's original name, which Korean reads 오기섭 like O Ki-sop's 吳琪燮), as
    compared (marks, case and spaces dropped, characters simplified) -> the row's note."""
    variants = load("name_variants")
    return {rz.simplified_characters(normalise(row.variant)): str(row.note)
            for row in variants[variants["system"] == "namesake"].itertuples(index=False)}


def _namesake(text: str) -> str | None:
    """The note of a namesake spelling (`_namesakes`) that `text` is, or None."""
    return _namesakes().get(rz.simplified_characters(normalise(text))) if _namesakes() else None


# A force's word after a state's name or adjective (`_un_sending_forces`): 터키군, イギリス軍, 英军, Turkish forces in
# Korea, the Ethiopian contingent (not "French army" or "British forces" alone, which may be anywhere)
_FORCES_AFTER_STATE = re.compile(r"(.+?)\s*(?:군|军|軍|(?i:(?:forces|troops|contingent)\s+in\s+korea|contingent))\s*")
# English adjectives of the states in `_UN_SENDING_STATES`
_UN_STATE_ADJECTIVES = {"turkish": "TR", "french": "FR", "british": "GB", "belgian": "BE", "dutch": "NL",
                        "greek": "GR", "canadian": "CA", "australian": "AU", "ethiopian": "ET", "colombian": "CO",
                        "filipino": "PH", "philippine": "PH", "thai": "TH", "new zealand": "NZ",
                        "south african": "ZA"}
# One character for a state, as Chinese writes its forces (英军, the British; not 土, as 土军 are also "local troops")
_STATE_LETTERS = {"英": "GB", "法": "FR", "荷": "NL", "加": "CA", "澳": "AU"}


def _un_sending_forces(text: str) -> bool:
    """Whether `text` names the forces of a state that sent combat forces to the UN Command (`_UN_SENDING_STATES`):
    its name in any CLDR language, its English adjective or its one character, then the word for its army or forces
    (터키군, トルコ軍, 英军, "Turkish forces in Korea"). The group un_other answers it, as a suggestion. Not a
    unit's name (Turkish Brigade, 영연방 27여단, 1st Commonwealth Division), which is no group of the course."""
    forces = _FORCES_AFTER_STATE.fullmatch(text.strip())
    base = forces.group(1).strip() if forces else ""
    code = (_UN_STATE_ADJECTIVES.get(base.casefold()) or _territory_names().get(normalise(base))
            or _STATE_LETTERS.get(base)) if base else None
    return code in _UN_SENDING_STATES


# The states other than the United States and South Korea that sent combat forces to the UN Command in Korea (the
# group un_other), by CLDR territory code: the twenty of the Korean War Educator's page of participating nations
# (koreanwar_educator_un), less the five that sent medical units only (Denmark, India, Italy, Norway, Sweden, as the
# Korea Herald's series names them, korea_herald_2010_un_allies), fifteen as the US Defense Department's fact sheet
# counts them (dodkw60_nd). The medical states are left out: a page names India and Sweden as often as neutrals of
# the armistice (the Neutral Nations Repatriation and Supervisory Commissions) as for their hospitals.
_UN_SENDING_STATES = frozenset({"AU", "BE", "CA", "CO", "ET", "FR", "GR", "LU", "NL", "NZ", "PH", "ZA", "TH", "TR",
                                "GB"})


# A generation after a name: Jr., II, the second (2세, 二世), junior in other languages
# (II only after a word of four letters or more: Kim II and Nam II are a scanner's Kim Il and Nam Il)
_GENERATION = re.compile(r"(?:[\s,\-・·](?:Jr\.?|junior|младший|молодший|мл\.|ml\.|mł\.)|(?<=[a-z]{4})\s+II|ジュニア|"
                         r"주니어|\s*(?:2세|2世|二世))$", re.IGNORECASE)


@cache
def _territory_names() -> dict[str, str]:
    """The names of the world's countries and territories in the languages of the course's pages and readers, as the
    Unicode CLDR gives them (territory_names.tsv, written by tools/cldr_country_names.py), compared as `normalise`
    folds them (Бельгия, Belgique, ベルギー) -> the territory's CLDR code ("BE"): about 7,400 names, read once and
    only when a name found nothing firmly."""
    with (Path(__file__).parent / "territory_names.tsv").open(encoding="utf-8") as handle:
        names = {normalise(line.rstrip("\n").split("\t")[1]): line.split("\t")[0] for line in handle
                 if line.strip() and not line.startswith("#")}
    # and names of the war's years and everyday names the CLDR does not give (its English is now Türkiye, its Korean
    # 튀르키예 and 오스트레일리아)
    return {**names, "turkey": "TR", "터키": "TR", "호주": "AU", "england": "GB", "britain": "GB", "greatbritain": "GB",
            "uk": "GB", "abyssinia": "ET", "unionofsouthafrica": "ZA", "holland": "NL"}




# An army's name, then its commander's office, then a name (미8군사령관 워커, 志愿军司令员彭德怀)
_COMMANDER_BEFORE_NAME = re.compile(r"(.+?)\s*(?:총사령관|사령관|사령원|사령(?!부)|總司令|总司令|総司令|司令员|司令員|"
                                    r"司令官|司令)\s*(.+)")


# Words that may stand beside a person's name in a phrase that describes him (`_describing_word`), besides titles
# (`_TITLES`, `_TITLES_AFTER`) and his own side's bodies and country: small words of European languages (which may
# look like Korean syllables), Korean 측 (side), 전 and 前 (former), 겸 (and also), 인 (who is); and the offices and
# ranks of the war's and the North's leaders in Korean and Chinese (an office's ending alone is not enough: 경기장,
# a stadium, and 경호원, a bodyguard, end as offices do)
_PHRASE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "de", "da", "do", "la", "le", "il", "el", "der",
                                 "die", "das", "von", "van", "at", "on"})
_DESCRIBING_KOREAN = frozenset({"측", "전", "前", "겸", "인", "고", "故"})
_OFFICES_CJK = frozenset("""
수석대표 대표 총참모장 참모총장 참모장 사령관 사령원 총사령관 최고사령관
인민무력부장 민족보위상 부수상 수상 위원장 의장 주석 대통령 원수 대원수
대장 상장 중장 소장 준장 장군 동지 首席代表 代表 总参谋长 總參謀長
参谋长 參謀長 司令员 司令員 司令官 总司令 總司令 総司令 主席 委员长 委員長
首相 副首相 总理 總理 元帅 元帥 大将 大將 上将 上將 中将 中將 少将
少將 将军 將軍 同志 同誌 国家主席 國家主席
""".split())
# the countries of each side, by CLDR code, and their usual abbreviations: a country beside a person's name must be
# his own (韩国 beside 金一 makes him the South Korean wrestler, not the North's Kim Il)
_SIDE_COUNTRIES = {"north": {"KP"}, "ussr": {"SU", "RU"}, "prc": {"CN"}, "usa": {"US"}, "rok": {"KR"}}
_COUNTRY_ABBREVIATIONS = {"dprk": "KP", "kndr": "KP", "кндр": "KP", "rok": "KR", "us": "US", "usa": "US", "u.s.": "US",
                          "ussr": "SU", "ссср": "SU", "prc": "CN", "кнр": "CN"}
_NORTHERN_FACTIONS = frozenset({"partisan", "soviet_korean", "yanan", "domestic", "kapsan"})


# Pieces of a phrase in characters, kana or Hangul written without spaces around a person's name
# (`_describing_piece`: 朝鲜人民军南日大将, 内务相方学世, 연안파의 거두 무정): besides the offices and titles above,
# more offices (a leader, a vice-chairman, the cabinet, the central committee, a party secretary: those the posts
# must name are checked in `_OFFICE_POSTS_CJK`; "the Republic" before an office, 共和国副主席朴成哲), small words (of,
# the side of, stationed at, as, serving as, former, then: 이승만 당시 대통령; beloved, great), a navy or an army
# before a rank, the United Nations, and Korean particles after a word (의, 은, 는, 이, 가, 을, 를, 인, 이던: of,
# subject, object, "who is", "who was"; 등, "and others")
_PHRASE_OFFICES_CJK = frozenset("""
领导人 領導人 指導者 지도자 首领 首領 首脑 首腦 委员会 委員會 委員会 위원회
委员 委員 副委员长 副委員長 副主席 部长 部長 外交部长 外交部長 国防部长
國防部長 内阁 內閣 中央 政治委员会 政治委員會 副相 総理 議長 议长 中将 少将 上将 大将
부주석 국가주석 국가부주석 당비서 비서 조직비서 총비서 거두 위원 부장 국방부장 외교부장 조직지도부장 총리 부총리
당 党 黨 중앙 내각 중앙위원장 부위원장 司令 共和国 共和國 공화국
""".split())
_PHRASE_SMALL_CJK = frozenset("""
的 之 驻 駐 方面 为 為 任 时任 時任 曾任 现任 現任 前 原 故 已故 の 및 常驻 常駐
兼 당시
공산주의자 민족주의자 혁명가 독립운동가 共产主义者 共產主義者 共産主義者 革命家
""".split())
# words of praise before a leader's name (great, beloved), as the press of the North, China and the Soviet Union wrote
# them of their leaders only: 伟大领袖金日成, 伟大领袖毛泽东 (偉大な首領 金一 is no one; 偉大なる, the literary
# form)
_PRAISE_CJK = frozenset("敬愛する 敬爱的 敬愛的 偉大なる 偉大な 伟大的 偉大的 伟大 偉大 위대한 위대하신 "
                        "경애하는".split())
_PRAISED = frozenset({"kim_il_sung", "mao_zedong", "joseph_stalin"})
# Korean titles and ranks before a name that the checks of a title before a Hangul name hold to the man's posts (a
# half-translated page's 대통령 Truman)
_KOREAN_TITLE_WORDS = frozenset("대통령 장군 대장 중장 소장 준장 원수 사령관 총사령관 국무장관 대사 제독".split())
_KOREAN_PARTICLES = frozenset({"의", "은", "는", "이", "가", "을", "를", "인", "이던", "였던", "이었던", "이다", "등",
                               "과", "와", "에게", "에서", "으로", "로", "께서", "까지"})
# a side's short name in characters (美方, "the American side") and the South's word for the North (북괴)
_SIDE_WORDS = {"美方": "US", "中方": "CN", "朝方": "KP", "苏方": "SU", "蘇方": "SU", "韩方": "KR", "韓方": "KR",
               "북괴": "KP", "美军": "US", "美軍": "US", "미군": "US", "米軍": "US"}  # (and the American forces:
# 美军, and Japanese 米軍)
# (the words of those that name the forces, not the side)
_FORCES_WORDS = frozenset({"美军", "美軍", "미군", "米軍"})


def _soldier_or_commander_in_chief(person: str, commander: bool = False) -> bool:
    """Whether `person`'s posts (people.csv) are a soldier's (`_MILITARY_POSTS`), or with `commander` a commander's
    or a military body's (`_COMMANDER_POSTS`: not an army colonel in a ministry, Dean Rusk in 1945), or a
    commander-in-chief's (`_COMMANDERS_IN_CHIEF`, the President of the United States among them)."""
    posts = _posts(person)
    return bool((_COMMANDER_POSTS if commander else _MILITARY_POSTS).search(posts)
                or _COMMANDERS_IN_CHIEF.search(posts))


_COMMANDER_POSTS = re.compile(r"command|marshal|military|chief of (?:the general )?staff|front|corps|division|brigade|"
                              r"regiment|guerrilla|partisan|volunteers|defen[cs]e", re.IGNORECASE)


# the sides at the armistice talks as Chinese names them (共产方首席代表南日, "the communist side's chief delegate"):
# whether the person stood on the communist side (`_side`)
_TALKS_SIDES = {**dict.fromkeys(("共产方", "共產方", "共方", "공산측", "공산군측", "朝中", "中朝", "朝中方",
                                  "中朝方"), True),
                **dict.fromkeys(("联合国方", "聯合國方", "联军方", "聯軍方", "유엔측", "유엔군측"), False)}
# a state's long official name, and its bodies of government, in characters and Hangul, with the country's CLDR code:
# 朝鮮民主主義人民共和國內閣首相金日成, 最高人民会议主席团主席金枓奉, 中央人民政府主席毛泽东
_STATE_WORDS = {**dict.fromkeys(("朝鲜民主主义人民共和国", "조선민주주의인민공화국", "最高人民会议",
                                 "최고인민회의"), "KP"),
                **dict.fromkeys(("中华人民共和国", "중화인민공화국", "中央人民政府", "人民革命军事委员会", "国务院",
                                 "政务院", "全国人民代表大会", "全国人大"), "CN"),
                **dict.fromkeys(("大韩民国", "대한민국"), "KR"), **dict.fromkeys(("美利坚合众国",), "US"),
                **dict.fromkeys(("苏维埃社会主义共和国联盟", "苏联", "소련", "ソ連", "ソビエト連邦"), "SU")}
# a minister of one of the North's ministries in characters or Hangul (内务相, 商業省相, 문화성부상, 민족보위상인),
# its ministry's word in characters read as the Korean one (`_MINISTRIES`) to be checked against the posts
_MINISTRIES_CJK = {**dict.fromkeys(("内务", "內務"), "내무"), **dict.fromkeys(("外务", "外務"), "외무"),
                   **dict.fromkeys(("商业", "商業"), "상업"),
                   **dict.fromkeys(("民族保卫", "民族保衛", "国防", "國防"), "민족보위"),
                   **dict.fromkeys(("产业", "產業"), "산업"), **dict.fromkeys(("财政", "財政"), "재정"),
                   **dict.fromkeys(("农业", "農業"), "농업"), "文化": "문화", "教育": "교육", "保健": "보건",
                   "交通": "교통", **dict.fromkeys(("劳动", "勞動"), "노동"), "司法": "사법", "建材": "건재"}
_MINISTER_CJK = re.compile(r"(" + "|".join([*_MINISTRIES_CJK, *_MINISTRIES])
                           + r")(?:省|성|부)?(副|부)?(?:相|상)(?:인)?")
# the head of a department of the party's central committee or of the cabinet (선전부장 김도만, 건재국상 이필규), with
# the words of people.csv's posts that must name it
_DEPARTMENTS_CJK = {**dict.fromkeys(("선전", "선전선동", "宣传", "宣傳"), "propaganda[^;]{0,30}department"),
                    **dict.fromkeys(("조직", "조직지도", "组织", "組織", "组织指导", "組織指導"),
                                    "organi[sz]ation[^;]{0,30}department"),
                    **dict.fromkeys(("과학", "과학교육", "科学", "科學"), "science[^;]{0,30}department"),
                    **dict.fromkeys(("예술", "문화예술", "文化艺术", "文化藝術"), "arts?\\b[^;]{0,30}department"),
                    **dict.fromkeys(("건재", "建材"), "building materials"),
                    **dict.fromkeys(("対南事業", "對南事業", "对南事业", "대남사업", "対南", "對南", "대남"),
                                    "south korean affairs"),
                    **dict.fromkeys(("人民武力", "인민무력"), "people's armed forces"),
                    **dict.fromkeys(("노동조합", "직업총동맹", "직총", "职业总同盟", "職業總同盟", "工会", "工會"),
                                    "trade union"),
                    **dict.fromkeys(("정찰", "侦察", "偵察"), "reconnaissance")}
_DEPARTMENT_HEAD_CJK = re.compile(r"(" + "|".join(sorted(_DEPARTMENTS_CJK, key=len, reverse=True))
                                  + r")(?:부장|부|국장|국상|국|部长|部長|部|局长|局長|局|상|주석|위원장|委员长|"
                                  r"委員長|主席|"
                                  r"担当|擔當|담당)?")
# a unit's commander with its number (2군단장, 一营营长)
_NUMBERED_COMMANDER = re.compile(r"(?:제|第)?[\d一二三四五六七八九十]+(?:군단장|사단장|연대장|여단장|"
                                 r"师长|師長|师师长|師師長|军长|軍長|军军长|軍軍長|军团军团长|軍團軍團長|军团长|軍團長|"
                                 r"团长|團長|营营长|營營長|营长|營長|连连长|連連長)")


def _phrase_bodies() -> dict[str, tuple[str, str]]:
    """A party's, an army's or a group's name in characters, kana or Hangul (simplified characters, no spaces) ->
    (kind, id), for the names the data give one body only (`_describing_piece`)."""
    index = _index()
    if "phrase_bodies" not in index.derived:
        found: dict[str, set[tuple[str, str]]] = {}
        for spelling in index.spellings:
            if spelling.kind in ("party", "army", "group") and spelling.system not in (*_LOOSE_SYSTEMS, "garbled") \
                    and rz.script(spelling.spelling) in ("cjk", "hangul", "kana"):
                key = rz.simplified_characters(spelling.spelling.replace(" ", ""))
                found.setdefault(key, set()).add((spelling.kind, spelling.id))
        index.derived["phrase_bodies"] = {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}
    return index.derived["phrase_bodies"]


def _dotless_foreign_names() -> dict[str, set[int]]:
    """A foreigner's name in characters written with the dot between its parts (道格拉斯·麦克阿瑟), without the dot
    (simplified characters) -> the positions of those spellings, for a page that runs the parts together
    (道格拉斯麥克阿瑟, `_second_reading`)."""
    index = _index()
    if "dotless" not in index.derived:
        found: dict[str, set[int]] = {}
        for position, spelling in enumerate(index.spellings):
            if spelling.kind == "person" and rz.script(spelling.spelling) == "cjk" and re.search(
                    "[·・]", spelling.spelling) and spelling.system not in (*_LOOSE_SYSTEMS, "garbled"):
                found.setdefault(rz.simplified_characters(re.sub(r"[·・\s]", "", spelling.spelling)), set()).add(
                    position)
        index.derived["dotless"] = found
    return index.derived["dotless"]


def _phrase_person_names() -> dict[str, frozenset[str]]:
    """A person's name in characters, kana or Hangul as the data write it (simplified characters, no spaces) -> the
    ids of the people with that name, to find a name inside a phrase written without spaces (`_name_in_phrase`)."""
    index = _index()
    if "phrase_people" not in index.derived:
        found: dict[str, set[str]] = {}
        for spelling in index.spellings:
            if spelling.kind == "person" and spelling.system not in (*_LOOSE_SYSTEMS, "garbled") \
                    and rz.script(spelling.spelling) in ("cjk", "hangul", "kana"):
                key = rz.simplified_characters(spelling.spelling.replace(" ", ""))
                if len(key) >= 2:
                    found.setdefault(key, set()).add(spelling.id)
        index.derived["phrase_people"] = {key: frozenset(ids) for key, ids in found.items()}
    return index.derived["phrase_people"]


# a country's one-letter short name before an office
_COUNTRY_LETTERS = {"米": "US", "美": "US", "ソ": "SU", "苏": "SU", "蘇": "SU", "英": "GB", "中": "CN", "韓": "KR",
                    "韩": "KR", "미": "US", "소": "SU", "중": "CN"}


def _own_countries(person: str) -> set[str]:
    """The CLDR codes of the countries of `person`'s side (`_SIDE_COUNTRIES`: {"KP"} for the North's factions);
    empty for a person of no side. A man of no faction (factions.csv's "unaffiliated": cadres who rose in the North
    after 1945) is the North's when his posts name its party, army or state bodies (최고인민회의 의장 양형섭)."""
    faction = _faction_of("person", person)
    if faction == "unaffiliated" and re.search(_NORTHERN_POSTS, _posts(person)):
        return {"KP"}
    return _SIDE_COUNTRIES.get("north" if faction in _NORTHERN_FACTIONS else faction, set())


# words of people.csv's posts that only the North's offices have: its party, army, assembly and planning commission
# (not a people's committee: the South had them too in 1945)
_NORTHERN_POSTS = r"\b(?:kwp|kpa|spa|dprk)\b|state planning commission"


def _country_code(word: str) -> str | None:
    """The CLDR code of a country's name (`_territory_names`), in characters read in either Chinese script too
    (蘇聯, 苏联); None when the word names no country."""
    forms = (word, *(rz.other_chinese_script(word) if rz.script(word) == "cjk" else ()))
    return next((_territory_names()[normalise(form)] for form in forms if normalise(form) in _territory_names()), None)


# The Soviet Union's names, which CLDR lacks (no territory today), with the code `_own_countries` gives (몰로토프 소련
# 외상; 남일 소련 외상 is no one). (Not 한국, which CLDR's Korean also lacks: before a body's name it is Korea's,
# 한국광복군 the Korean Liberation Army, not the South's.)
_SOVIET_NAMES = {"소련": "SU", "쏘련": "SU", "蘇聯": "SU", "苏联": "SU", "ソ連": "SU"}


def _other_side_country(title: str, person: str) -> bool:
    """Whether an office written after a country's name (美国总统, 미국 대통령, ソ連首相: `_TITLES_AFTER`) names another
    country's office than `person`'s side's (`_SIDE_COUNTRIES`): 美国总统金日成 is no one."""
    title = title.strip()
    for size in range(min(len(title), 8), 0, -1):
        head = title[:size].strip()
        country = _COUNTRY_LETTERS.get(head) if size == 1 else _SOVIET_NAMES.get(head) or _country_code(head)
        if country:
            return country not in _own_countries(person)
    return False


# Offices in characters and Hangul with the words of people.csv's posts they must match (`_describing_unit`:
# 外交部长金日成 and 총비서 이승만 are no one), and ranks, which fit a soldier only (`_MILITARY_POSTS`: 大将朴宪永
# is no one)
_OFFICE_POSTS_CJK = {
    **dict.fromkeys(("外交部长", "外交部長", "외교부장", "外长", "外長"), _FOREIGN_MINISTER_POSTS),
    # the Soviet people's commissar for foreign affairs, until March 1946 (Molotov from 1939; not Vyshinsky, minister
    # from 1949, nor any Chinese or Korean foreign minister)
    **dict.fromkeys(("外交人民委员", "外交人民委員", "外务人民委员", "外務人民委員"),
                    r"foreign minister \((?:19[23]\d|194[0-6])"),
    # a commander (美军指挥官范弗里特, 統帥麥克阿瑟), the head of a delegation or a regiment (苏联代表团团长维辛斯基),
    # and a (permanent) representative at the United Nations (常驻联合国代表马立克)
    **dict.fromkeys(("指挥官", "指揮官", "지휘관"), r"command"),
    # a military governor (美国军政长官约翰·霍奇: Hodge headed the US Army Military Government in Korea)
    **dict.fromkeys(("军政长官", "軍政長官", "군정장관"), r"military govern"),
    **dict.fromkeys(("統帥", "统帅"), _COMMANDERS_IN_CHIEF.pattern),  # (a supreme commander's: 统帅斯大林)
    # (朝鲜最高统帅金日成, and 统率, "command", for 统帅: 朝鲜人民军最高统率金日成; not a front's commander,
    # 最高统帅金策)
    **dict.fromkeys(("最高統帥", "最高统帅", "最高統率", "最高统率"), r"supreme commander"),
    **dict.fromkeys(("团长", "團長"), r"delegat|representative at the un\b|regiment"),
    # (and in Korean, 단장, a delegation's head, not its members; also the Uiyoldan's leader: 김원봉 단장, its founder)
    "단장": r"chief delegate|head of[^;]* delegation|regiment|founder of the uiyoldan",
    **dict.fromkeys(("联合国代表", "聯合國代表", "联合國代表", "国連代表", "유엔대표", "유엔 대표"),
                    r"(?:representative|delegate|ambassador)[\w ]* (?:at|to) the (?:un|united nations)\b"),
    # the foreign minister, the secretary of state and the defence minister as the South's and Japan's papers name
    # them (소련 외무장관 뱌체슬라프 몰로토프, 미국 국무장관 딘 애치슨)
    **dict.fromkeys(("외무장관", "외교장관", "외무부장관", "外相", "外務大臣"), _FOREIGN_MINISTER_POSTS),
    **dict.fromkeys(("국무장관", "国務長官"), r"secretary of state"),
    **dict.fromkeys(("국방장관", "국방부장관"), r"\bdefen[cs]e\b"),
    # (the North's defence ministry was named for the people's armed forces from 1972: 국방부장 오진우; not
    # "defendant", a post of the accused at the 1953 trial)
    **dict.fromkeys(("国防部长", "國防部長", "국방부장"), r"\bdefen[cs]e\b|people's armed forces"),
    # (and the North's own title, from 1972: 인민무력부장 오진우; its men's only, `_NORTHERN_OFFICES_CJK`)
    **dict.fromkeys(("인민무력부장", "인민무력상"), r"people's armed forces"),
    **dict.fromkeys(("部长", "部長", "부장", "조직지도부장"), r"minist|head|director|department|chief"),
    **dict.fromkeys(("副部长", "副部長", "부부장"), r"(?:vice|deputy)[- ](?:minist|head|director|chief)"),
    **dict.fromkeys(("部长会议主席", "部長會議主席", "部長会議主席"),  # (部長會議主席柯西金)
                    r"(?<!deputy )(?<!vice )(?<!vice-)chairman of the (?:ussr |soviet )?council of ministers"),
    # (總理柯西金: Kosygin, chairman of the Council of Ministers; Japanese 元首相, "former premier": 元 is "former" in
    # Japanese only, and in Chinese and Korean a surname)
    **dict.fromkeys(("总理", "總理", "총리", "首相", "수상", "総理", "元首相"), _PREMIER_POSTS),
    # the premier of the North's Administration Council (정무원, 1972-1998; Kim Il, Pak Song-chol, Ri Chong-ok), or
    # of the PRC's Government Administration Council (政务院, 1949-1954: Zhou Enlai); not Kim Il Sung, premier of the
    # cabinet (내각 수상) until 1972
    "정무원총리": rf"{_NOT_VICE}premier (?:of the (?:dprk|prc) )?\((?:197[2-9]|19[89]\d|1949)",
    **dict.fromkeys(("부총리", "副首相", "부수상", "副相", "副总理", "副總理"),
                    r"(?:vice|deputy)[- ]premier|deputy chairman of the (?:\w+ )*council of ministers"),
    **dict.fromkeys(("당수", "黨首", "党首"), r"leader|chairman|secretar"),
    **dict.fromkeys(("총국장", "總局長", "总局长"), r"general (?:political )?bureau|directorate"),
    **dict.fromkeys(("국장", "局长", "局長"), r"bureau"),
    **dict.fromkeys(("总书记", "總書記", "총비서", "비서", "당비서", "조직비서", "书记", "書記"), r"secretar"),
    **dict.fromkeys(("第一书记", "第一書記", "제1비서", "제1서기", "第一書記官"), r"first secretary"),
    **dict.fromkeys(("副司令员", "副司令員", "副司令官", "부사령관", "부사령원", "부사령"),
                    r"(?:vice|deputy)[- ]commander"),
    **dict.fromkeys(("领袖", "領袖", "영수"), r"leader|chairman|secretar"),
    **dict.fromkeys(("顾问", "顧問", "고문"), r"advis"),
    **dict.fromkeys(("政治委员", "政治委員", "政委"), r"commissar"),
    # a delegate at the armistice talks: the chief one a chief or senior delegate (共产方首席代表彭德怀 is no one)
    **dict.fromkeys(("首席代表", "수석대표"), r"chief delegate|senior [\w ]*delegate|head of the [\w-]+ delegation"),
    **dict.fromkeys(("代表", "대표"), r"delegat|representative"),
    **dict.fromkeys(("议长", "議長"), r"chairman of the (?:[\w'’-]+ )*(?:council|assembly|presidium|congress|spa)\b|"
                                      r"speaker"),
    **dict.fromkeys(("委员", "委員", "위원"), r"member|committee|politburo|presidium"),
    # a (full) member of the party's Political Bureau, as the South's papers name him (김중린 당정치국원; the KWP's
    # body was its Political Committee, 정치위원회, until 1980), not a candidate member (후보위원)
    **dict.fromkeys(("정치국원", "당정치국원", "政治局员", "政治局員"),
                    r"(?<!candidate )politburo member|member of the [\w' ]*politburo"),
    **dict.fromkeys(("主席", "주석", "国家主席", "國家主席", "국가주석"), rf"{_NOT_VICE}(?:chairman|president)"),
    **dict.fromkeys(("부주석", "국가부주석", "副主席"), r"(?:vice|deputy)[- ](?:chairman|president)"),
    **dict.fromkeys(("委员长", "委員長", "위원장", "중앙위원장"), rf"{_NOT_VICE}chairman"),
    **dict.fromkeys(("副委员长", "副委員長", "부위원장"), r"(?:vice|deputy)[- ]chairman"),
    **dict.fromkeys(("大使", "대사"), r"ambassador|representative"),
    # a delegation (朝中代表团首席代表南日), the Far East (远东海军司令乔埃), a prisoner-of-war camp and its chief
    # (美軍戰俘營長官杜德)
    **dict.fromkeys(("代表团", "代表團", "대표단"), r"delegat|representative at the un\b"),
    **dict.fromkeys(("远东", "遠東", "극동"), r"command[^;]*far east|far east[^;]*command"),
    **dict.fromkeys(("战俘营", "戰俘營", "포로수용소"), r"prisoner-of-war|\bpow\b"),
    **dict.fromkeys(("长官", "長官"), r"commandant|commander|chief"),
    # a chief of staff, not his deputy (参谋长李相朝: Ri Sang-jo was deputy chief of staff)
    **dict.fromkeys(("总参谋长", "總參謀長", "총참모장", "군총참모장", "참모총장", "参谋长", "參謀長", "참모장"),
                    r"chief of (?:the )?[\w' -]{0,20}staff"),
    # a navy, an army (美国远东海军司令乔埃: Turner Joy commanded the naval forces, not an army)
    **dict.fromkeys(("海军", "海軍", "해군"), r"naval|navy|fleet|admiral"),
    **dict.fromkeys(("陆军", "陸軍", "육군"), r"\barmy\b|general|corps|division"),
}
_RANKS_CJK = frozenset("""
中将 少将 上将 大将 中將 少將 上將 大將 准将 准將 準将 準將 元帅 元帥 大元帅 大元帥 将军 將軍 将軍 将领 將領
대장 중장 소장 상장 준장 장군 원수 대원수 차수
""".split())
# Field and company officers' ranks (the KPA's, the ROK Army's, the Soviet and Japanese armies' and the PLA's), before
# or after a name: a Korean soldier's only (`_KOREAN_SOLDIER_POSTS`: 최용건 대위, 金日成大尉, the 88th Brigade's
# captains), not a foreign general's (클라크 대위, 上校克拉克 are other men than Mark Clark)
_JUNIOR_RANKS_CJK = frozenset("""
대좌 상좌 중좌 소좌 대령 중령 소령 대위 상위 중위 소위 大佐 中佐 少佐 大尉 中尉 少尉 上尉 上校 中校 少校 大校
""".split())
_KOREAN_SOLDIER_POSTS = (r"kpa|korean people's army|rok army|republic of korea army|88th|brigade|partisan|guerrilla|"
                         r"regiment|korean volunteer|korean liberation|kpa \w+ division|rok \w+ division")


# Offices that end a title after a name or a country (`_TITLES_AFTER`: 美国总统, 哈里逊总统, 사단장), with the words
# of the posts they must match: 美国总统克拉克 and 사단장 이승만 are no one
_TITLE_OFFICE_POSTS = [
    (re.compile(r"(?<!副)(?<!부)(?:大統領|総統|總統|总统|대통령)$"), rf"{_NOT_VICE}president"),
    (re.compile(r"(?<!副)(?<!부)(?:首相|総理|總理|总理|수상|총리)$"), _OFFICES["premier"]),
    (re.compile(r"(?:大使|대사)$"), r"ambassador|representative"),
    # Japanese and Chinese 議長/议长, a chairman (スターリン議長: of the council of ministers), not a vice-chairman
    (re.compile(r"(?<!副)(?:議長|议长)$"), rf"{_NOT_VICE}chairman"),
    (re.compile(r"(?:外相|외무장관|외무상|외상)$"), _FOREIGN_MINISTER_POSTS),
    # (외상 and 외무상: the foreign minister in the Korean of the 1940s and 50s and in the North's, 몰로토프 외상,
    # 박헌영 외무상)
    # Japanese 内相, the minister of the interior (ベリヤ内相: Beria, minister of internal affairs), 筆頭書記, "first
    # secretary" (フルシチョフ筆頭書記), and 外務人民委員, the people's commissar for foreign affairs, until March 1946
    # (モロトフ・ソ連外務人民委員), as the Chinese 外交人民委员 (`_OFFICE_POSTS_CJK`)
    (re.compile(r"内相$"), r"internal affairs|interior"), (re.compile(r"筆頭書記$"), r"first secretary"),
    (re.compile(r"外務人民委員$"), r"foreign minister \((?:19[23]\d|194[0-6])"),
    (re.compile(r"(?:국방장관|국방상|国防相|国防大臣|國防部長|国防部长)$"),
     rf"{_NOT_VICE}minister of (?:national )?defen[cs]e"),
    # (the minister, not a vice-minister or deputy: 김웅 국방상 is no one, Kim Ung having been vice-minister)
    (re.compile(r"(?:国務長官|國務卿|国务卿|국무장관)$"), r"secretary of state"),
    # a general secretary's (and the CPSU's first secretary's, whom Korean and Japanese papers called so: 흐루시초프
    # 서기장; Japanese 書記局長, "head of the secretariat", too: スターリン書記局長), not a secretary of state's or a
    # committee's secretary's
    (re.compile(r"(?:书记长|書記局長|書記長|總書記|总书记|総書記|서기장)$"), r"general secretary|secretary[- ]general|"
     r"first secretary of the (?:cpsu|communist party)"),
    # a political commissar's; in Korean also a member of the party's political committee, its Politburo (김중린
    # 정치위원), whom the posts name so
    (re.compile(r"(?:政治委員|政治委员)$"), r"commissar"), (re.compile(r"정치위원$"), r"commissar|politburo"),
    # a unit's commander, that unit's (迪安师长: Dean commanded a division; 迪安军长, a corps's, is no Dean of the
    # course)
    (re.compile(r"(?:师长|師長|사단장)$"), r"division"), (re.compile(r"(?:军长|軍長|군단장)$"), r"corps"),
    (re.compile(r"연대장$"), r"regiment"), (re.compile(r"여단장$"), r"brigade"),
    # a chief of the general staff's (Japanese 総参謀長, 参謀長: not Kim Il's or Mao's) and a front commander's
    (re.compile(r"(?:総|總|总)?(?:参謀長|參謀長|参谋长)$"),
     r"(?<!deputy )(?<!vice )chief of (?:the )?[\w' -]{0,20}staff"),  # (not a deputy's: 李相朝参謀長)
    (re.compile(r"(?:前線司令官|前線司令員|前线司令员|전선\s*사령관)$"),
     r"front commander|commander of the [\w ]*front\b"),  # (not a political front's man, nor a front's council)
    # a general's or an officer's rank after a name (박헌영 상장, 트루먼 대장: a civilian is no general; not 장군,
    # which the North's press writes after its leader's name as an honour; 최용건 대위, 金日成大尉: the ranks of the
    # 88th Brigade's officers, the KPA's and the Soviet Army's field and company grades, and the South's)
    (re.compile(r"(?:대장|상장|중장|소장|준장|차수|大将|大將|上将|上將|中将|中將|少将|少將)$"), _SOLDIER_POSTS.pattern),
    # a field or company officer's rank: a Korean soldier's posts (`_JUNIOR_RANKS_CJK`)
    # or a foreigner's whose posts name that rank (본스틸 대령: Bonesteel, "US Army colonel" in 1945)
    *((re.compile(f"(?:{ranks})$"), f"{_KOREAN_SOLDIER_POSTS}|{english}" if english else _KOREAN_SOLDIER_POSTS)
      for ranks, english in (
        ("대령|상좌|大佐|上校", r"(?<!lieutenant )(?<!lieutenant-)\bcolonel\b(?![- ]general)"),
        ("중령|중좌|中佐|中校", r"lieutenant[- ]colonel"),
        ("소령|소좌|少佐|少校", r"\bmajor\b(?![- ]general)"), ("대위|상위|大尉|上尉", r"\bcaptain\b"),
        ("중위|소위|中尉|少尉", r"\blieutenant\b(?![- ](?:colonel|general))"),
        ("대좌|大校", ""))),  # (대좌, 大校: a senior colonel, the KPA's and the PLA's grade, is no American colonel)
]


# The North's own titles (`_describing_unit`): the KPA's chief of the general staff as its papers name him, and the
# minister of the people's armed forces (from 1972)
_NORTHERN_OFFICES_CJK = frozenset(("군총참모장", "인민무력부장", "인민무력상"))
# Offices in brackets after a man's name that `_bracketed` reads (이종옥(정무원총리)): those whose post checks in
# `_OFFICE_POSTS_CJK` are the office's own (not 주석, any chairman or president, nor 비서, any secretary)
_BRACKETED_OFFICES_CJK = frozenset(("정무원총리", "정치국원", "당정치국원", "인민무력부장", "인민무력상", "총참모장",
                                    "군총참모장"))
_HEAD_OFFICES_CJK = frozenset(("총국장", "總局長", "总局长", "국장", "局长", "局長", "总参谋长", "總參謀長", "총참모장",
                               "군총참모장", "참모총장", "参谋长", "參謀長", "참모장", "統帥", "统帅"))
_CHINESE_DIGITS = {ch: number for number, ch in enumerate("〇一二三四五六七八九", start=0)}

_ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
          "xvii", "xviii", "xix", "xx"]


def _heads(person: str, pattern: str) -> bool:
    """Whether one of `person`'s posts (people.csv, split at ";") matches `pattern` and is no deputy's or vice
    head's (deputy director, vice commander); True when the data give him no posts."""
    def head(post: str) -> bool:  # each office of a post joined by "and" apart (Chief of the KPA Reconnaissance
        # Bureau and deputy chief of staff: a head's post and a deputy's), or the whole post when the pattern finds
        # none of them alone (the Organization and Guidance Department is one department)
        pieces = [piece for piece in re.split(r"\band\b", post) if re.search(pattern, piece)] or (
            [post] if re.search(pattern, post) else [])
        return any(not re.search(r"\b(?:deputy|vice)\b", piece) for piece in pieces)
    return not _posts(person) or any(head(post) for post in _posts(person).split(";"))


def _unit_pattern(unit: str) -> str:
    """The words a post must have for a unit's commander with its number (`_NUMBERED_COMMANDER`: 1사단장,
    第二十四军军长, 五军团长): the number as an ordinal or a Roman numeral, with the unit's kind (division, corps,
    regiment, brigade; Chinese 军 a corps or an army)."""
    digits = re.search(r"\d+", unit)
    if digits:
        number = int(digits.group())
    else:
        numerals = re.search(r"[〇一二三四五六七八九十]+", unit).group()
        tens, _, ones = numerals.partition("十") if "十" in numerals else ("", "", numerals)
        number = (_CHINESE_DIGITS.get(tens, 1) * 10 if "十" in numerals else 0) + (_CHINESE_DIGITS.get(ones, 0) if ones
                                                                                    else 0)
    kind = ("division" if re.search("사단|师|師", unit) else "corps" if re.search("군단|军团|軍團", unit)
            else "regiment" if re.search("연대|团|團", unit) else "brigade" if re.search("여단|旅", unit)
            else "corps|army" if re.search("军|軍", unit) else "battalion|company")
    roman = _ROMAN[number] if number < len(_ROMAN) else str(number)
    return rf"(?:\b{number}(?:st|nd|rd|th)|\b{roman})\b[^;]{{0,20}}\b(?:{kind})|\b(?:{kind})\W+{number}\b"


def _posts_fit(person: str, pattern: str) -> bool:
    """Whether `person`'s posts (people.csv) match `pattern`; True when the data give him no posts."""
    return not _posts(person) or bool(re.search(pattern, _posts(person)))


def _describing_unit(unit: str, person: str, bodies: bool) -> bool:
    """Whether one word of a phrase in characters, kana or Hangul describes `person` (`_describing_piece`): an
    office or a rank his posts give (or one no post names), a title, a small word, a particle, or his own side's
    country; or, when `bodies` (before his name), his own faction or a party or an army his posts or his faction
    name (연안파 김창만, 朝鲜人民军南日大将; after the name, 김일성 빨치산파 is his faction and 沃克的第八集团军
    Walker's army)."""
    if unit in _NORTHERN_OFFICES_CJK and "KP" not in _own_countries(person):
        return False  # 군총참모장 백선엽, 인민무력부장 펑더화이: the North's own titles, its men's only
    if unit in _OFFICE_POSTS_CJK:  # (a head's office, not his deputy's: 총국장 서휘, 국장 is no deputy director)
        if unit in _HEAD_OFFICES_CJK:
            return _heads(person, _OFFICE_POSTS_CJK[unit])
        return _posts_fit(person, _OFFICE_POSTS_CJK[unit])
    ordinal = re.fullmatch(r"(?:第|제)([一二三四五1-5１-５])(\S+)", unit)
    if ordinal and ordinal.group(2) in _OFFICE_POSTS_CJK and re.match(r"副|부|书记|書記|비서", ordinal.group(2)):
        # 第一副首相金一, 第二副首相朴成哲: a vice's or a secretary's office with its rank among its holders; the
        # first his posts must call first (First Vice Premier Kim Il), another only the office, and not first (the
        # posts do not number the others); not a head's office (第二部长: the head of a Second Department)
        office = _OFFICE_POSTS_CJK[ordinal.group(2)]
        if ordinal.group(1) in ("一", "1", "１"):
            return _posts_fit(person, f"first (?:{office})")
        if not re.match(r"副|부", ordinal.group(2)):  # a second secretary: so numbered in the posts (第二书记金日成 is
            # no one: he was the party's chairman)
            number = "二三四五".find(ordinal.group(1)) if ordinal.group(1) in "二三四五" else int(
                unicodedata.normalize("NFKC", ordinal.group(1))) - 2
            return _posts_fit(person, f"{('second', 'third', 'fourth', 'fifth')[number]} (?:{office})")
        return _posts_fit(person, office) and not re.search(f"first (?:{office})", _posts(person))
    if unit in _JUNIOR_RANKS_CJK:
        return _posts_fit(person, _KOREAN_SOLDIER_POSTS)
    if unit in _RANKS_CJK:
        return _posts_fit(person, _MILITARY_POSTS.pattern + "|" + _SOLDIERS_RANK.pattern)
    if _NUMBERED_COMMANDER.fullmatch(unit):  # 2군단장 무정 (commander of II Corps); not 6사단장 김일성, nor
        # 6사단장 백선엽 (he led the 1st)
        return _heads(person, _unit_pattern(unit))
    if unit in _PRAISE_CJK or unit in ("首領", "首领"):  # (首領, "the Leader": the North's title for Kim Il Sung;
        # 首領の南日 is no one)
        return person in _PRAISED
    if 2 <= len(unit) <= 4 and rz.script(unit) in ("hangul", "cjk") and _firm_entity(unit) == ("person", person):
        return True  # 고당 조만식 선생: another name of his own (his pen name, 고당) beside his name
    if unit in _OFFICES_CJK or unit in _PHRASE_OFFICES_CJK or unit in _PHRASE_SMALL_CJK or unit in (
            _DESCRIBING_KOREAN) or unit in _KOREAN_PARTICLES:
        return True
    if _TITLES_AFTER.fullmatch(unit):
        office = next((posts for pattern, posts in _TITLE_OFFICE_POSTS if pattern.search(unit)), None)
        return not _other_side_country(unit, person) and (office is None or _posts_fit(person, office))
    if department := _DEPARTMENT_HEAD_CJK.fullmatch(unit):  # (선전부장 김일성 is no one: no propaganda head)
        return _heads(person, _DEPARTMENTS_CJK[department.group(1)])  # (선전부장 리원조: a deputy head only)
    if minister := _MINISTER_CJK.fullmatch(unit):  # (外务相金一 is no one: Kim Il was no foreign minister)
        ministry = _MINISTRIES_CJK.get(minister.group(1), minister.group(1))
        return _office_fits(person, f"{ministry}{'부' if minister.group(2) else ''}상")
    faction = _faction_of("person", person)
    if unit in _TALKS_SIDES:  # (a delegate at the talks: 朝中方代表彭德怀 is no one, his 1956 mission another)
        return _side("person", person) == ("communist" if _TALKS_SIDES[unit] else "UN") and _posts_fit(
            person, r"delegat|armistice|talks|panmunjom")
    if unit in ("인민군", "북한군", "人民军", "人民軍"):  # the (North's) People's Army, as a body (before his name,
        # or before the office that ends the phrase): a man of the North's groups
        return bodies and _faction_of("person", person) in _NORTHERN_FACTIONS
    if unit in ("联合国", "聯合國", "国連", "유엔"):  # the United Nations (its command, its side): a man of its side
        return _side("person", person) == "UN"
    if unit in ("主席团", "主席團", "상임위원회", "我国", "我國"):  # a presidium; "our country", the writer's
        return True
    if len(unit) == 1 and unit in _COUNTRY_LETTERS:  # 苏外长莫洛托夫: a country's short name, his own (美外长莫洛托夫
        # is no one)
        return _COUNTRY_LETTERS[unit] in _own_countries(person)
    if unit[:1] in ("驻", "駐", "주") and len(unit) > 1 and (_country_code(unit[1:]) or _COUNTRY_LETTERS.get(unit[1:])):
        return True  # 驻朝鲜大使乔晓光: "stationed in" a country, which may be another than his own
    if unit in _FORCES_WORDS and not _soldier_or_commander_in_chief(person):
        return False  # 米軍アチソン, 美军艾奇逊: the American forces' man is a soldier, not a secretary of state
    country = _SIDE_WORDS.get(unit) or _STATE_WORDS.get(rz.simplified_characters(unit)) or _country_code(unit)
    if country:
        return country in _own_countries(person)
    body = (_phrase_bodies().get(rz.simplified_characters(unit)) or _body_named(unit)) if bodies else None
    if body is None:
        return False
    if body[0] == "group":  # his own faction (연안파 무정) or his country's leadership as his group (苏联大使什特科夫;
        # not 미군정 이승만: Syngman Rhee was none of the American military government)
        return body[1] == faction
    # a party or an army his posts name, by its abbreviation or its name, or whose group is his (中国人民志愿军金日成,
    # 朝鲜劳动党金九 are no one)
    return _faction_of(*body) == faction or _posts_name(person, body[1])


def _dotted_names_fit(person: str, given: str, surname: str) -> bool:
    """Whether one of a foreign person's names in katakana or characters (name_variants.csv) has `surname` as its
    last part and `given` as its first, exactly (フルシチョフ・ニキータ turned round is ニキータ・フルシチョフ only for
    a man so written: スダリコフ・テレンティー is neither Shtykov nor Sudarikov by a near miss; characters compared in
    their simplified forms, 米高扬 as 米高揚)."""
    def parts(name: str) -> list[str]:
        return rz.simplified_characters(name).split("・" if "・" in name else "·")
    return any((own := parts(spelling.spelling))[-1] == parts(surname)[0] and own[0] == parts(given)[0]
               for spelling in _index().spellings if spelling.kind == "person" and spelling.id == person
               and rz.script(spelling.spelling) in ("kana", "cjk") and re.search("[・·]", spelling.spelling))


def _posts_name(person: str, org: str) -> bool:
    """Whether `person`'s posts (people.csv) name the party or army `org`: by its abbreviation or English name
    (`_organization_terms`), or an army by the words of `_ARMY_IN_POSTS` ("un command" for the UN Command)."""
    return _posts_name_in(_posts(person), org)


def _posts_name_in(posts: str, org: str) -> bool:
    """Whether posts in people.csv's lower-case words (a man's, or one of them) name the party or army `org`, as
    `_posts_name` reads them."""
    return any(term in posts for term in _organization_terms().get(org, ())) or bool(
        org in _ARMY_IN_POSTS and re.search(_ARMY_IN_POSTS[org], posts))


@cache
def _organization_terms() -> dict[str, tuple[str, ...]]:
    """org_id -> its abbreviation and English name in lower case, as people.csv's posts would name it ("kwp",
    "korean workers' party")."""
    return {org.org_id: tuple(str(term).casefold() for term in (org.abbreviation, org.name)
                              if isinstance(term, str) and term)
            for org in load("organizations").itertuples(index=False)}


def _body_named(word: str) -> tuple[str, str] | None:
    """(kind, id) of the party, army or group a word in characters or Hangul ending as a body's name does (军, 党, 派,
    군, 당, 파) names when the lookup finds it as a whole (南朝鲜军, 游击队派, 中国志愿军, 국군, 유엔군: names the
    data write a little otherwise), for `_describing_unit`; None otherwise. Remembered with the index."""
    if len(word) < 2 or word[-1] not in "军軍党黨派군당파" or len(word) == 2 and rz.script(word) != "hangul":
        return None
    named = _index().derived.setdefault("bodies_named", {})
    if word not in named:
        named[word] = None  # (while it is read: a word is never read inside its own reading)
        found = _lookup_one(word, None, word)  # (with every rule: 유엔군, 국군, 중국군)
        if not found.empty and found["match"].iloc[0] in ("exact", "suggestion") and float(
                found["score"].iloc[0]) >= 0.83 and found["kind"].iloc[0] in ("party", "army", "group"):
            named[word] = (str(found["kind"].iloc[0]), str(found["id"].iloc[0]))
    return named[word]


_COMMANDER_WORD = re.compile(r"사령관|사령원|사령(?!부)|總司令|总司令|総司令|司令员|司令員|司令官|司令")


def _bodies_in(piece: str) -> set[tuple[str, str]]:
    """The (kind, id) of the parties, armies and groups named in a run of characters or Hangul (유엔군총사령관은:
    ("army", "unc")), by `_phrase_bodies` or `_body_named`."""
    found = set()
    for i in range(len(piece)):
        for j in range(min(len(piece), i + 12), i + 1, -1):
            body = _phrase_bodies().get(rz.simplified_characters(piece[i:j])) or _body_named(piece[i:j])
            if body:
                found.add(body)
    return found


def _commanded(person: str, army: str) -> bool:
    """Whether one of `person`'s posts says he commanded `army` (not as its deputy or vice commander): the army's
    words in the posts (`_ARMY_IN_POSTS`, or its abbreviation and name) in a commander's post."""
    words = _ARMY_IN_POSTS.get(army) or "|".join(map(re.escape, _organization_terms().get(army, ()))) or "(?!)"
    return _heads(person, rf"(?=.*\bcommand(?:er|ing)\b)(?=.*(?:{words}))") if _posts(person) else False


def _names_his_body(piece: str, person: str) -> bool:
    """Whether a run of characters or Hangul holds the name of an army or a party that `person`'s posts name
    (유엔군총사령관은 for MacArthur, commander-in-chief of the UN Command: `_bodies_in`, `_posts_name`)."""
    return any(kind in ("army", "party") and _posts_name(person, org) for kind, org in _bodies_in(piece))


def _ends_in_office(piece: str) -> bool:
    """Whether a run of characters or Hangul ends in an office or a rank (사령관은, 총사령관, 1사단장이), a Korean
    particle after it allowed (`_name_in_characters`)."""
    bare = re.sub(r"(?:은|는|이|가|을|를|의|과|와|에게|으로|로)$", "", piece)
    offices = (*_OFFICE_POSTS_CJK, *_OFFICES_CJK, *_RANKS_CJK, *_PHRASE_OFFICES_CJK)
    return any(form.endswith(office) for form in (piece, bare) for office in offices) or bool(
        _NUMBERED_COMMANDER.search(bare) and _NUMBERED_COMMANDER.search(bare).end() == len(bare))


def _describing_piece(piece: str, person: str, before: bool, attached: bool, bodies: bool | None = None) -> bool:
    """Whether a run of characters, kana or Hangul with no space in it (朝鲜人民军, 内阁副首相, 연안파의) is made
    wholly of words that describe `person` (`_describing_unit`, with bodies only `before` his name, or where `bodies`
    says: after it, before the office that ends the phrase), as far as the
    words can be told apart: each way of cutting it tried, the longest word twelve characters. Before the name, a
    word of one character (a particle, 之, 任, 전) may not begin the run, unless it is the whole run and one of
    `_DESCRIBING_KOREAN` (전, "former"; 측, "side"), or 前, 原 ("former") or 故 ("the late") before more of the run
    (前總統朴正熙), or a country's one-character short name (苏外长莫洛托夫, `_COUNTRY_LETTERS`); a run
    `attached` to the name with no space may not end in one (이한빈, 전남일, 任南日 are other men's names), other than
    Japanese の, "of", which begins no name (偉大な首領の金日成)."""
    bodies = before if bodies is None else bodies
    can = [True] + [False] * len(piece)
    for end in range(1, len(piece) + 1):
        can[end] = any(can[start] and not (before and start == 0 and end == 1 and not (
            len(piece) == 1 and piece in _DESCRIBING_KOREAN and not attached) and not (
            len(piece) > 1 and (piece[0] in "前原故" or piece[0] in _COUNTRY_LETTERS))) and not (
            attached and end == len(piece) and end - start == 1 and piece[start:end] != "の") and _describing_unit(
                piece[start:end], person, bodies)
            for start in range(max(0, end - 12), end))
    return can[-1]


def _describing_word(token: str, person: str) -> bool:
    """Whether a word beside `person`'s name in a phrase (`_name_in_phrase`) describes him, as a closed list allows:
    a title or rank before or after a name (`_TITLES`, `_TITLES_AFTER`, `_OFFICES_CJK`), Jr. or Sr., a small word of
    a European language or of Korean (`_PHRASE_SMALL_WORDS`, `_DESCRIBING_KOREAN`), a party or an army of his own
    side, or his own side's country (`_SIDE_COUNTRIES`). Any other word (a lawmaker, a wrestler, a ship, a city, a
    stadium, a bodyguard) makes the phrase someone or something else's."""
    folded = rz.strip_marks(token).casefold()
    if folded in _PHRASE_SMALL_WORDS or token in _DESCRIBING_KOREAN or token in _OFFICES_CJK or (
            re.fullmatch(r"(?:Jr|Sr)\.?", token)) or _TITLES.fullmatch(f"{token} "):
        return True
    if _TITLES_AFTER.fullmatch(token):
        return not _other_side_country(token, person)
    if folded in ("communist", "red", "komunist", "kommunist") and rz.script(token) == "latin":
        return _side("person", person) == "communist"  # communist Kim Il-Sung, Red China's Mao Tse-tung
    token = re.sub(r"(?<=\w{3})['’]s$", "", token)  # China's Mao Tse-tung, Russia's Jacob Malik: his country's
    folded = rz.strip_marks(token).casefold()
    country = _COUNTRY_ABBREVIATIONS.get(folded) or _territory_names().get(normalise(token))
    if country:
        return country in _own_countries(person)
    body = next((item for item in _search(token, None)[:1] if item[2] in _FIRM), None)
    if body is not None and (_index().spellings[body[1]].kind, _index().spellings[body[1]].id) == ("person", person):
        return True  # 고당 조만식 선생: his pen name (고당, Kodang) beside his name
    if body is None or _index().spellings[body[1]].kind not in ("party", "army"):
        return False
    return _side(_index().spellings[body[1]].kind, _index().spellings[body[1]].id) in (None, _side("person", person))


_ROMANIAN_LETTERS = str.maketrans({"ş": "sh", "ș": "sh", "Ş": "Sh", "Ș": "Sh", "ţ": "ts", "ț": "ts", "Ţ": "Ts",
                                   "Ț": "Ts"})


def _loose_russian(pair: str) -> str:
    """A Russian first name and patronymic in Latin letters as the transcriptions agree (Nikita Sergeyevich and
    Nikita Sergeevich, Lavrentiy, Lavrenty and Лаврентий "Lavrentij", Mikhailovich and Михайлович "Mihajlovich",
    Sergejevič): casefolded, č, š, ž as ch, sh, zh, without other marks, kh as h, x as ks, y and j before e after a
    vowel left out, other y and j as i, ii as i; a Cyrillic pair is transliterated first (`rz.cyrillic_to_latin`).
    Returns the key with a "~" before it, so that it never equals a `normalise` key. A whole name of three words may
    be given too: only its patronymic is then compared (`_middle_name_fits`)."""
    latin = (rz.cyrillic_to_latin(pair) if rz.script(pair) == "cyrillic" else pair).casefold()
    key = rz.strip_marks(latin.translate(str.maketrans({"č": "ch", "š": "sh", "ž": "zh"}))).replace(
        "kh", "h").replace("x", "ks").replace("tch", "ch")  # (Vissarionovitch: the French and older English -vitch)
    key = re.sub(r"(?<=[aeiou])[yj](?=e)", "", key).replace("y", "i").replace("j", "i")
    return "~" + re.sub(r"i+", "i", key)


def _by_name_and_patronymic(text: str) -> list[tuple[float, int, str]]:
    """A Soviet person addressed by first name and patronymic alone, as Russians address one another and the
    records of conversations write it ("Iosif Vissarionovich", "Терентий Фомич"): the two words (comrade before
    them taken off; no other title, which the pair cannot be checked against) found as the first name and
    patronymic of exactly one person's spelling in Latin or Cyrillic letters (Иосиф Виссарионович Сталин; Хегай
    Алексей Иванович, surname first), and no other person's initials the same (Николай Георгиевич is Lebedev's
    and may be Sudarikov's, Н. Г.). Returns [(score, position, "suggestion")], or [] when the words are not two or
    name no one or several."""
    index = _index()
    if "patronymics" not in index.derived:
        pairs: dict[str, dict[str, int]] = {}
        for position, spelling in enumerate(index.spellings):
            words = spelling.spelling.split()
            if spelling.kind != "person" or len(words) != 3 or rz.script(spelling.spelling) not in (
                    "latin", "cyrillic"):
                continue
            for first, second in ((0, 1), (1, 2)):  # (not Моисеевич Каганович: a patronymic, then a surname)
                if _PATRONYMIC.search(words[second]) and not _PATRONYMIC.search(words[first]):
                    for key in (normalise(f"{words[first]} {words[second]}"),
                                _loose_russian(f"{words[first]} {words[second]}")):
                        pairs.setdefault(key, {}).setdefault(spelling.id, position)
        index.derived["patronymics"] = pairs
        initials: dict[str, set[str]] = {}  # Н. Г. Судариков, A. M. Puzanov: the people by their two initials
        for spelling in index.spellings:
            for first, second in re.findall(r"(?<![^\W\d_])([^\W\d_])\.\s*([^\W\d_])\.", spelling.spelling):
                if spelling.kind == "person":
                    initials.setdefault(rz.cyrillic_to_latin(first + second).casefold()[:2], set()).add(spelling.id)
        index.derived["patronymic initials"] = initials
    bare = _COMRADE.sub("", text.strip()).strip()
    if len(bare.split()) != 2:
        return []
    if not _PATRONYMIC.search(bare) and rz.script(bare) == "cyrillic":
        # Никитой Сергеевичем, Иосифа Виссарионовича: the pair in another case, read in the nominative (a first name
        # in -а or -ий, or ending in a consonant; the patronymic in -ич), the one reading that names someone
        first, second = bare.casefold().split()
        patronymic = re.sub(r"(?<=ич)(?:а|у|ем|ом|е)$", "", second)
        firsts = {re.sub(r"(?:ой|ою|ы|е|у)$", "а", first), re.sub(r"(?:ия|ию|ием|ии)$", "ий", first),
                  re.sub(r"(?:а|у|ом|е)$", "", first), re.sub(r"(?:я|ю|ем|е)$", "й", first),
                  re.sub(r"(?:я|ю|ем|е)$", "ь", first)} - {first}  # (Андрея: Андрей; Лазаря: Лазарь)
        readings = {f"{name} {patronymic}" for name in firsts if patronymic != second}
        found = {reading for reading in readings if index.derived["patronymics"].get(normalise(reading))}
        if len(found) != 1:
            return []
        bare = found.pop()
    if not _PATRONYMIC.search(bare):
        return []
    people = index.derived["patronymics"].get(normalise(bare), {}) or {
        person: position for person, position in index.derived["patronymics"].get(_loose_russian(bare), {}).items()
        if rz.script(bare) == "latin" and _faction_of("person", person) != "soviet_korean"}
    # (Nikita Sergeyevich in Latin letters as the course gives it in Russian: a Soviet leader's, not a Soviet
    # Korean's Russian name, whose pair many shared: Boris Pavlovich)
    letters = rz.cyrillic_to_latin("".join(word[0] for word in bare.split())).casefold()[:2]
    if len(people) != 1 or index.derived["patronymic initials"].get(letters, set()) - set(people):
        return []
    return [(_LOOSE * 0.95, position, "suggestion") for position in people.values()]


def _name_in_phrase(text: str) -> list[tuple[float, int, str]]:
    """A person's full name inside a phrase that describes him (북한 측 남일 수석대표; 国家主席刘少奇; DPRK Vice
    Marshal Choe Hyon): the words around it titles, ranks, offices, his side's country and bodies. Taken, as a
    suggestion, when exactly one person's full name (two words or more in Latin or Cyrillic letters; in Hangul,
    characters or kana, `_name_in_characters`) is found exactly in it, every other word is one that describes him
    (`_describing_word`: not Kim Il Sung University, 김일성 동생, Kim Chaek City), and a title before or after the
    name fits him (`_title_fits`); in a phrase of at most ten words, as a longer text is a sentence. [] otherwise,
    and for a name with an encyclopedia's qualifier in brackets after it, which `_bracketed` judges (김일성
    (독립운동가), the namesake it refuses)."""
    qualifier = re.search(r"[(（]\s*([^()（）]*?)\s*[)）]\s*$", text)
    if qualifier and qualifier.group(1).casefold() in _JUDGED_QUALIFIERS:
        return []
    if rz.script(text) in ("hangul", "cjk", "kana"):
        return _name_in_characters(text) or _hanja_name_in_hangul(text)
        # (조선의용군사령 김일성: an army his posts and faction do not name, refused)
    if _COMMANDER_BEFORE_NAME.fullmatch(text.strip()) or _COMMANDER_AFTER_BODY.fullmatch(text.strip()):
        return []  # an army's commander, whom the commander's rule reads (`_second_reading`)
    if rz.script(text) not in ("latin", "cyrillic"):
        return []
    raw = [token for token in re.split(r"[\s,()]+", text.strip()) if token.strip("\"'“”‘’«»„:;.!?")]
    tokens = [token.strip("\"'“”‘’«»„:;.!?") for token in raw]
    if not 3 <= len(tokens) <= 10:
        return []
    people: dict[str, tuple[int, tuple[int, int]]] = {}
    for i, j in [(i, i + size) for size in (4, 3, 2) for i in range(len(tokens) - size + 1)]:
        if any(start < j and i < end for _, (start, end) in people.values()):
            continue  # inside a longer name already found
        name = " ".join(tokens[i:j])
        # the name as the data write it (no romanization fold, which reads Kim Ung in Kim Ung U)
        found = [item for item in _search(name, "person") if item[2] == "exact" and item[0] >= _EXACT]
        if found and not _surname_alone(name):
            people.setdefault(_index().spellings[found[0][1]].id, (found[0][1], (i, j)))
    if len(people) != 1:
        return []
    person, (position, (i, j)) = next(iter(people.items()))
    if re.search(r"[(（][^)）]*" + re.escape(tokens[i]), text):
        return []  # a name in brackets after another thing's name glosses that thing
    if any(not _describing_word(token, person) for token in tokens[:i] + tokens[j:]):
        return []  # Kim Chaek City, Kim Ung U, Kim il sin: a word that is no title, office, country or body of his
        # makes the phrase another thing's name, another person's or a stranger's
    name = " ".join(tokens[i:j])
    if raw[:i] and not _title_fits(person, f"{' '.join(raw[:i])} {name}") or raw[j:] and not _title_fits(
            person, f"{' '.join(raw[j:])} {name}"):
        return []  # (Pres. Kim Il and Kim Il, President: Kim Il was no president)
    return [(_LOOSE * 0.95, position, "suggestion")]


def _hanja_name_in_hangul(text: str) -> list[tuple[float, int, str]]:
    """A person's name in characters, of two to four, with Hangul words beside it as mixed Korean script writes it
    (吳振宇인민무력부장, 인민무력부장 吳振宇, 金昌奉 12사단장): the characters read in Korean
    (`romanize.korean_readings`, the first two readings) and the phrase read again by `_name_in_characters`,
    keeping only the man the characters themselves name (`_search`, firmly). [] otherwise."""
    one_run = re.fullmatch(r"([\uac00-\ud7a3\s\d]*?)([\u4e00-\u9fff]{2,4})([\uac00-\ud7a3\s\d]*)", text.strip())
    if not one_run or not (one_run.group(1) + one_run.group(3)).strip():
        return []
    own = {_index().spellings[item[1]].id for item in _search(one_run.group(2), "person") if item[2] in _FIRM}
    for reading in rz.korean_readings(one_run.group(2))[:2] if own else []:
        found = [item for item in _name_in_characters(one_run.group(1) + reading + one_run.group(3))
                 if _index().spellings[item[1]].id in own]
        if found:
            return found[:1]
    return []


def _name_in_characters(text: str) -> list[tuple[float, int, str]]:
    """`_name_in_phrase` for a phrase in Hangul, characters or kana, where words often run together with no space
    (朝鲜人民军南日大将, 内务相方学世, 연안파의 거두 무정, 김일성 을): a person's name as the data write it found
    inside the phrase's runs (`_phrase_person_names`), and every other piece, before it, after it and between the
    spaces, made wholly of words that describe him (`_describing_piece`; before the name `_describing_word` too:
    not 김일성 동생, his brother, 김일성 고지, a hill, 6사장 김일성, a division's commander of 1937, or 金日成综合大学).
    Exactly one name, of two characters or more and not a surname alone; a Korean's or a Chinese person's in Hangul
    or kana, a foreigner's only in characters (워커 alone may be Walker's son Sam); at most eight runs. [] otherwise."""
    runs = [run for run in re.split(r"[\s()（）,，、]+", text.strip()) if run]
    if not 1 <= len(runs) <= 8 or sum(map(len, runs)) > 40:
        return []  # (a longer text is a sentence, not a name with its titles)
    names = _phrase_person_names()
    found = []  # (first run, start in it, last run, end in it, ids)
    for first in range(len(runs) - 1):  # a name of two or three words (마크 클라크, 해리 S. 트루먼), whole runs
        for last in range(min(first + 3, len(runs)), first + 1, -1):
            ids = names.get(rz.simplified_characters("".join(runs[first:last])))
            if ids and not any(begin <= last - 1 and first <= stop for begin, _, stop, *_ in found):
                found.append((first, 0, last - 1, len(runs[last - 1]), ids))
    for number, run in enumerate(runs):
        folded = rz.simplified_characters(rz.fold_shinjitai(run))  # (呉振宇, Japanese 呉 for 吳)
        if len(folded) != len(run) or any(begin <= number <= stop for begin, _, stop, *_ in found):
            continue
        taken: list[tuple[int, int]] = []
        for size in range(min(len(run), 12), 1, -1):
            for start in range(len(run) - size + 1):
                ids = names.get(folded[start:start + size])
                if ids and not any(start < end and begin < start + size for begin, end in taken):
                    taken.append((start, start + size))
                    found.append((number, start, number, start + size, ids))
    if len(found) != 1 or len(found[0][4]) != 1:
        return []
    first, start, last, end, ids = found[0]
    name = " ".join(runs[first:last + 1]) if last > first else runs[first][start:end]
    # (the name as the data write it, found exactly: the data's spelling in kana is a transcription, scored lower)
    people = [item for item in _search(name, "person") if item[2] == "exact"
              and _index().spellings[item[1]].id in ids]
    if not people or _surname_alone(name):
        return []
    person = next(iter(ids))
    if re.search(r"[(（][^)）]*" + re.escape(runs[first]), text):
        return []  # 조선독립동맹 (김두봉 등): a name in brackets after another thing's name glosses that thing
    before = [*runs[:first], runs[first][:start]] if start else runs[:first]
    after = [runs[last][end:], *runs[last + 1:]] if runs[last][end:] else runs[last + 1:]
    if last == first and rz.script(name) in ("hangul", "kana") and person in _foreign_people() and _faction_of(
            "person", person) != "prc" and not any(_names_his_body(piece, person) or _KOREAN_PARTICLE.sub(
                "", piece) in _CABINET_OFFICES for piece in before + after):
        return []  # (a foreigner's one word in Hangul or kana may be his surname alone: 워커 may be Walker's son;
        # not beside an army his posts name, 맥아더 유엔군총사령관은, nor beside a cabinet office, 국무장관 애치슨은,
        # held to his posts by `_title_fits` below)
    attached = len(before) - 1 if start else None  # (the piece run together with the name)
    # after the name, a party or an army only as a word of its own (남일 조선인민군 대장), or his own before the office
    # that ends the phrase (펑더화이 중국군 사령관은, 맥아더 유엔군총사령관은): not a body that ends it (김일성
    # 빨치산파, his faction; 沃克的第八集团军, Walker's army)
    bodies_after = bool(after) and _ends_in_office(after[-1])
    if any(not _describing_piece(piece, person, True, number == attached) for number, piece in enumerate(before)) or (
            any(not (_describing_piece(piece, person, False, False, bodies_after) or not bodies_after and piece in runs
                     and _describing_word(piece, person)) for piece in after)):
        return []
    armies = {org for piece in before + after for kind, org in _bodies_in(piece) if kind == "army"}
    if armies and _COMMANDER_WORD.search("".join(before + after)) and not any(
            _commanded(person, army) for army in armies):
        return []  # an army's commander: one his posts say he commanded (박일우 조선의용군 사령관: its vice commander;
        # 林彪 志愿军司令员, 마오쩌둥 중국군 사령관: never its commanders)
    if person in _foreign_people() and _faction_of("person", person) != "prc" and all(
            _country_code(piece) or _STATE_WORDS.get(rz.simplified_characters(piece)) or piece in _SIDE_WORDS
            for piece in before + after):
        return []  # 美国哈里逊: a foreigner's surname with his country only may be any American's
    if before and not _title_fits(person, f"{' '.join(before)} {name}") or after and not _title_fits(
            person, f"{' '.join(after)} {name}"):
        return []  # (외무상 김일: Kim Il was no foreign minister)
    return [(_LOOSE * 0.95, people[0][1], "suggestion")]


# The offices of a head of government and of a foreign, state or defence minister in Hangul (`_OFFICE_POSTS_CJK`),
# which name one man at a time in his country, so that a foreigner's surname alone beside one (국무장관 애치슨은) is
# taken for the man whose posts hold it (`_name_in_characters`; not 수상, which `_title_fits` reads as a North Korean
# minister's title in -상 before a name)
_CABINET_OFFICES = frozenset(office for office, posts in _OFFICE_POSTS_CJK.items() if posts in (
    "foreign", "secretary of state", r"\bdefen[cs]e\b", _PREMIER_POSTS) and re.fullmatch("[\uac00-\ud7a3]+", office)
                             and not office.endswith("상"))


# "The late" before a person's name in Japanese, Chinese and Korean (故金日成主席, 故・金日成, 고(故) 김일성), or an
# epithet in quotation marks before it (“朝鮮甘地”曹晚植, "the Korean Gandhi" Cho Man-sik; read only before a name in
# characters or Hangul, `_lookup_one`): group 1 the epithet, group 2 the name
_LATE_OR_EPITHET = re.compile(r"(?:(?:故|고\s*[(（]故[)）])\s*[・·]?|[“「『\x22‘\x27]([^“”「」『』\x22‘’\x27]{1,15})"
                              r"[”」』\x22’\x27])\s*(\S.*)")


# Titles before a name in languages whose own titles `_TITLES` does not hold, with the English title each translates
# (checked as that title is, `_title_fits`): Arabic, Persian, Thai (written with or without a space before the name),
# Hindi, Telugu, Malay and Indonesian
_OTHER_SCRIPT_TITLES = {
    "رئيس": "president", "الرئيس": "president", "رئيس الوزراء": "premier", "القائد": "commander",
    "المارشال": "marshal", "الماريشال": "marshal", "رئیس": "president", "نخست وزیر": "premier",
    "ژنرال": "general", "مارشال": "marshal",
    "رهبر": "leader", "صدر": "president", "رئیس جمهور": "president",
    "พลเอก": "general", "นายพล": "general", "พลโท": "lieutenant general", "พลตรี": "major general",
    "จอมพล": "marshal", "ประธาน": "chairman", "ประธานาธิบดี": "president", "นายกรัฐมนตรี": "premier",
    "जनरल": "general", "राष्ट्रपति": "president", "अध्यक्ष": "chairman", "జనరల్": "general",
    "అధ్యక్షుడు": "president", "ketua": "chairman", "pengerusi": "chairman", "perdana menteri": "premier",
}
_OTHER_SCRIPT_TITLE = re.compile(
    r"(" + "|".join(sorted(map(re.escape, _OTHER_SCRIPT_TITLES), key=len, reverse=True)) + r")(?:(?<=[a-z])\s+|"
    r"(?<![a-z])\s*)(\S.*)",
    re.IGNORECASE)


# A Vietnamese phrase before a name in plain Latin letters (a foreigner's: Tổng Bí thư Leonid Brezhnev): group 1 the
# phrase, with at least one Vietnamese letter, group 2 the name, with none
_VIETNAMESE_TITLED = re.compile(r"(.*[ơưđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáâãèéêìíòóôõùúýăĩũ]\S*)"
                                r"\s+([A-Z][a-zA-Z.'\-]*(?:(?:\s+[A-Za-z][a-zA-Z.'\-]*){0,2}\s+[A-Za-z][a-zA-Z'\-]+)?)")
# Offices before a foreign man's name in Vietnamese and in Indonesian and Malay, with the English words each is checked
# as (`_office_phrase`; "leader", nhà lãnh đạo, pemimpin, is no office and is checked only by its country), the words of
# countries and parties that may stand beside them, and the countries' English names
_OFFICE_PHRASES = {
    "vietnamese": (
        {"tổng bí thư": "general secretary", "bí thư thứ nhất": "first secretary", "thủ tướng": "premier",
         "chủ tịch hội đồng bộ trưởng": "premier",  # (the chairman of the council of ministers)
         "chủ tịch": "chairman", "tổng thống": "president", "bộ trưởng quốc phòng": "minister defence",
         "bộ trưởng ngoại giao": "foreign minister", "ngoại trưởng": "foreign minister",
         "phó tổng thống": "vice president", "tham mưu trưởng lục quân": "chief of staff",
         "tham mưu trưởng": "chief of staff", "tư lệnh": "commander", "đại sứ": "ambassador", "tướng": "rank",
         "nhà lãnh đạo": "",
         "lãnh đạo": "", "lãnh tụ": ""},
        ("liên xô", "xô viết", "trung quốc", "hoa kỳ", "mỹ", "bắc triều tiên", "triều tiên", "hàn quốc", "quốc vụ viện",
         "đảng cộng sản", "đảng lao động", "đảng tân dân", "ban chấp hành trung ương", "của", "mới"),
        {"liên xô": "Soviet", "xô viết": "Soviet", "trung quốc": "Chinese", "quốc vụ viện": "Chinese",  # (China's
         # State Council: Thủ tướng Quốc vụ viện, its premier)
         "hoa kỳ": "American", "mỹ": "American",
         "bắc triều tiên": "North Korea", "triều tiên": "North Korea", "hàn quốc": "South Korea"}),
    # (Perdana Menteri Uni Soviet Joseph Stalin, or PM; Presiden Korea Selatan Syngman Rhee: the country after the
    # office; AS or A.S. is Amerika Serikat, RRT and RRC the People's Republic, Korut and Korsel the two Koreas)
    "indonesian": (
        {"perdana menteri": "premier", "pm": "premier", "presiden": "president", "ketua": "chairman",
         "sekretaris jenderal":
         "general secretary", "sekretaris pertama": "first secretary", "menteri luar negeri": "foreign minister",
         "menteri pertahanan": "minister defence", "panglima": "commander", "duta besar": "ambassador",
         "panglima tertinggi": "supreme commander",
         "pemimpin": "", "diktator": ""},
        ("uni soviet", "uni sovyet", "soviet", "sovyet", "rusia", "tiongkok", "cina", "china", "rrt", "rrc",
         "amerika serikat", "as", "a.s.", "korea utara", "korut", "korea selatan", "korsel", "partai komunis",
         "partai buruh", "republik rakyat", "pbb"),
        {"soviet": "Soviet", "sovyet": "Soviet", "rusia": "Soviet", "tiongkok": "Chinese", "cina": "Chinese",
         "china": "Chinese", "rrt": "Chinese", "rrc": "Chinese", "amerika serikat": "American", "as": "American",
         "a.s.": "American", "korea utara": "North Korea", "korut": "North Korea", "korea selatan": "South Korea",
         "korsel": "South Korea", "pbb": "UN"}),  # (PBB: the United Nations)
}


def _office_phrase(phrase: str, language: str) -> str | None:
    """The English words a Vietnamese or Indonesian phrase (`language`, a key of `_OFFICE_PHRASES`) before a name is
    checked as, when it is made only of one office and the names of countries and parties: "Tổng Bí thư Đảng Cộng sản
    Liên Xô" -> "general secretary Soviet", "Perdana Menteri Uni Soviet" -> "premier Soviet"; "" for a leader's
    word; "party" after the office when the phrase names a party or its central committee (Ketua Partai Komunis
    Tiongkok -> "chairman party Chinese", held to a post of the party: `_party_post`); None for any other phrase
    (Phu nhân, "Mrs"; Người kế nhiệm, "the successor"; Tư tưởng, "thought"; Perdana Menteri Jepang, Japan's), which
    may name another person or a thing."""
    offices, side_words, country_names = _OFFICE_PHRASES[language]
    rest = " " + " ".join(phrase.casefold().split()) + " "
    found = next((office for office in sorted(offices, key=len, reverse=True) if rest.startswith(f" {office} ")), None)
    if found is None:
        return None
    rest = rest[len(found) + 1:]
    countries = list(dict.fromkeys(name for word, name in country_names.items() if f" {word} " in rest))
    party = re.search(r" (?:đảng|partai|ban chấp hành) ", rest)  # (a party or its central committee named)
    for word in sorted(side_words, key=len, reverse=True):
        rest = rest.replace(f" {word} ", " ")
    if rest.strip():
        return None
    return " ".join([offices[found], *(["party"] if party else []), *countries]).strip()


def _party_post(person: str, office: str, state: str = "") -> bool:
    """Whether one of a man's posts (people.csv, `_posts`) is `office` (English words: "chairman", "general
    secretary") of a party or of its central committee, not a vice's or a deputy's, and of the ruling party of the
    state `state` names (English words: "Soviet", "Chinese"; `_PARTY_OF_STATE`) when it names one: Mao was Chairman
    of the Chinese Communist Party; Khrushchev, Chairman of the USSR Council of Ministers, was First Secretary of the
    party, Liu Shaoqi, Chairman of the PRC, no party's chairman, and Kim Tu-bong, Chairman of the NKWP, not the
    CCP's."""
    pattern = _NOT_VICE + r"[\s-]+".join(map(re.escape, office.split()))
    party = next((party for named, party in _PARTY_OF_STATE if re.search(named, state, re.IGNORECASE)),
                 r"\bparty\b|cpsu|\bccp\b|\bkwp\b|\bwpk\b|\bskwp\b|\bnkwp\b|central committee")
    return any(re.search(pattern, post) and re.search(party, post) for post in _posts(person).split(";"))


# The ruling party of a state named in English words, as people.csv's posts name it (`_party_post`)
_PARTY_OF_STATE = ((r"soviet|russian", r"cpsu|communist party of the soviet"),
                   (r"chinese|china", r"\bccp\b|chinese communist"),
                   (r"north\s+korea", r"\bkwp\b|\bwpk\b|\bnkwp\b|workers' party|korean workers"))


def _office_phrase_fits(person: str, office: str, english: str) -> bool:
    """Whether an office phrase read in English (`_office_phrase`: `office`, "general secretary"; `english`, the
    whole phrase with its party and countries) names one of a man's posts as a whole: a secretary's office word for
    word (a general secretary is no secretary of a general staff), a supreme commander a supreme commander's or a
    commander-in-chief's, the UN's ("UN", PBB) a post of the UN Command, and a party's office a post of that party
    (`_party_post`)."""
    if office == "supreme commander" and not re.search(r"supreme commander|commander[\s-]+in[\s-]+chief",
                                                        _posts(person)):
        return False  # Panglima Tertinggi: a supreme commander or commander-in-chief (MacArthur's), not any commander
    if "UN" in english.split() and not re.search(r"united nations command|\bunc\b|\bun command", _posts(person)):
        return False  # Panglima Tertinggi PBB: the UN's, a post of the UN Command (not the Eighth Army's, Walker)
    if "secretary" in office.split() and len(office.split()) >= 2 and not re.search(
            _NOT_VICE + r"[\s-]+".join(map(re.escape, office.split())) + (
                r"|secretary[\s-]+general" if office == "general secretary" else ""), _posts(person)):
        return False
    return " party" not in f" {english}" or _party_post(person, office, english)


def _state_office_fits(person: str, described: str, party: bool = False) -> bool:
    """Whether a man can hold an office of the states named in `described` (English words: "foreign minister Soviet"):
    a state's office is its own nationals' (`_COUNTRY_DESCRIBED`, narrowed): the Soviet Koreans and the Yan'an men held
    the DPRK's offices, not the USSR's or the PRC's, and the South's communists (the domestic faction) no office of
    the ROK, though the offices of its parties (`party`: Ho Hon, chairman of the Workers' Party of South Korea). Sides,
    not offices, are what `_COUNTRY_DESCRIBED` alone tells."""
    group = _faction_of("person", person)
    for pattern, groups in _COUNTRY_DESCRIBED:
        if re.search(pattern, described, re.IGNORECASE):
            holders = groups - {"soviet_korean", "yanan"} if groups & {"ussr", "prc"} else (
                groups - {"domestic"} if "rok" in groups and not party else groups)
            if group not in holders:
                return False
    return True


def _titled_foreigner(text: str) -> tuple[str, str] | None:
    """An office phrase in Vietnamese or Indonesian before a name in plain Latin letters (a foreigner's: Tổng Bí thư
    Leonid Brezhnev, Perdana Menteri Soviet Joseph Stalin), or an English state's adjective and its ruler's word
    before a surname (`_COUNTRY_RULER`: Soviet leader Stalin): (the English words of the phrase, `_office_phrase`,
    or the state's adjective; the name, of one to three words), or None. A Vietnamese phrase has at least one
    Vietnamese letter and the name none; an Indonesian phrase is the longest that reads as an office."""
    vietnamese = _VIETNAMESE_TITLED.fullmatch(text)
    english = _office_phrase(vietnamese.group(1), "vietnamese") if vietnamese else None
    if english is not None:
        return english, vietnamese.group(2)
    words = text.split()
    for cut in range(len(words) - 2, max(len(words) - 4, 0), -1):  # Nhà lãnh đạo Đảng Cộng sản Trung Quốc Mao
        # Trạch Đông: the name in Sino-Vietnamese words of two or three, each with its capital
        english = _office_phrase(" ".join(words[:cut]), "vietnamese")
        if english is not None and english != english.lower() and all(
                word[:1].isupper() for word in words[cut:]) and re.search(r"[^\x00-\x7f]", " ".join(words[cut:])):
            # (an office with its country, and with it the party's: an office alone before a name is read as before,
            # Thủ tướng Hứa Hiến; a party without its country, Đảng Tân Dân, Đảng Lao động, is not told by its
            # words alone)
            return english, " ".join(words[cut:])
    ruler = _COUNTRY_RULER.fullmatch(text)
    if ruler:  # Soviet leader Stalin, the Chinese leader Mao: English names a country (a side) before the word
        return re.sub(r"(?i)red\s+", "", ruler.group(1)), ruler.group(2)
    words = text.split()
    for cut in range(len(words) - 1, max(len(words) - 4, 0), -1):
        english = _office_phrase(" ".join(words[:cut]), "indonesian")
        if english is not None and all(re.fullmatch(r"[A-Z][a-zA-Z.'\-]*", word) for word in words[cut:]):
            return english, " ".join(words[cut:])
    return None


# A rank in Spanish, Portuguese, Italian or French with a state's adjective after it and before a name (generale
# nordcoreano Nam Il, general soviético Lebedev, maréchal soviétique Joukov), read in the English order, the state's
# adjective first (`_COUNTRY_OFFICE_BEFORE`: held to the man's side and nationality)
_ROMANCE_RANKS = {"general": "general", "generale": "general", "marechal": "marshal", "maresciallo": "marshal",
                  "mariscal": "marshal", "presidente": "president", "president": "president",
                  "ammiraglio": "admiral", "almirante": "admiral", "amiral": "admiral",
                  # a vice premier (viceprimer ministro soviético Anastas Mikoyan, vicepremier soviético Mikoyán)
                  "viceprimer ministro": "vice premier", "vicepremier": "vice premier",
                  "vice primer ministro": "vice premier"}
_ROMANCE_STATES = ((r"n(?:or|ord|orte)-?cor(?:eano|eana|[ée]en|[ée]enne)", "North Korean"),
                   (r"s(?:ur|ud|ul)-?cor(?:eano|eana|[ée]en|[ée]enne)", "South Korean"),
                   (r"sovi[ée]t(?:ico|ica|ique)", "Soviet"), (r"rus[so]|russe", "Soviet"),
                   (r"chin(?:o|a|[êe]s|esa|ois|oise)|cinese", "Chinese"),
                   (r"(?:norte)?american(?:o|a)|am[ée]ricaine?|estadounidense|statunitense", "American"))
_ROMANCE_TITLED = re.compile(r"(generale?|g[ée]n[ée]ral|mar[ée]chal|maresciallo|mariscal|pr[ée]sident[e]?|ammiraglio|"
                             r"almirante|amiral|vice\s?primer\s+ministro|vicepremier)\s+("
                             + "|".join(pattern for pattern, _ in _ROMANCE_STATES)
                             + r")\s*,?\s+([A-Z]\S*(?:\s+\S+){0,2})",  # (a comma after the state: soviético, Anastas)
                             re.IGNORECASE)


# A Russian or Bulgarian title with the man's country after it and before his name (президент США Гарри Трумэн,
# Генерал на армията Дъглас Макартур, лидеру Северной Кореи Ким Ир Сену), in any case: the title's stem, the
# country (`_CYRILLIC_TITLE_COUNTRIES`: its CLDR code), the name (`_lookup_one`), and the posts the title asks of him
_CYRILLIC_TITLED = re.compile(r"(президент|генерал|маршал|председател|премьер(?:-министр)?|лидер|вожд)(?:у|а|ом|ь|я|"
                              r"ю|ем|ят)?(?:\s+(?:армии|на\s+армията))?(?:\s+(?:на\s+)?(сша|сащ|ссср|кнр|кндр|"
                              r"северной\s+кореи|северна\s+корея|советского\s+союза|китая))?\s+(\S.+)", re.IGNORECASE)
_CYRILLIC_TITLE_COUNTRIES = {"сша": "US", "сащ": "US", "ссср": "SU", "советского союза": "SU", "кнр": "CN",
                             "китая": "CN", "кндр": "KP", "северной кореи": "KP", "северна корея": "KP"}


# A writer's words of a man's age, looks or temper before his name in English news and magazines of the time (Time's
# "stubborn old Syngman Rhee", "wily Mao"), which leave him himself (`_lookup_one`)
_EPITHETS = frozenset({"the", "old", "young", "aging", "ageing", "ailing", "elderly", "wily", "stubborn", "shrewd",
                       "cautious", "tough", "dour", "genial", "grizzled", "bespectacled", "balding", "stocky", "portly",
                       "roly-poly", "tall", "short", "lean", "burly", "fiery", "crusty", "testy", "canny", "suave",
                       "silver-haired", "white-haired", "gray-haired", "grey-haired", "big", "blond", "plump"})


# A description after a man's name and a comma, as English prose and captions add it: an article, an office's word
# or a title (Jacob Malik, the Soviet delegate; Gen Paik, Chief of Staff of the ROK Army), not a second name
_APPOSITION = re.compile(r"([^,;]*[^\W\d_][^,;]*?),\s+([^,;]*[^\W\d_][^,;]*)")
# A Slavic preposition before a place's name (Czech, Slovak, Polish, Russian: in, to, from, at, near), which puts the
# name in a case (`_lookup_one`)
_PREPOSITION_BEFORE_PLACE = re.compile(r"(?:v|ve|do|z|ze|w|we|na|u|k|ke|od|pri|při|przy|pod|nad|blízko|около|"
                                       r"в|во|из|под|у|к|на|до|от|при|близ)\s+(\S.*)")  # (in small letters: Na,
# U and Do are also Korean surnames)
# An English description of a place after its name and a comma (`_lookup_one`): an article and at most five words
# ending in a word for a kind of place (the North Korean capital, a small port), or its distance and direction from
# somewhere (88 miles north of the 38th Parallel)
_PLACE_DESCRIBED = re.compile(r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}(?P<kind>capital|city|port|town|village|harbou?r|"
                              r"river|railhead)|"
                              r"(?:some\s+|about\s+)?\d+\s*(?:miles?|km|kilometres?|kilometers?)\s+"
                              r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?|northeast|northwest|southeast|"
                              r"southwest)\s+of\s+[\w\s'’.-]+", re.IGNORECASE)
# States' English adjectives, the course's five sides' and other states' (`_COUNTRY_RULER`, `_COUNTRY_OFFICE_BEFORE`;
# the others' men are none of the course's: `_COUNTRY_DESCRIBED`)
_STATE_ADJECTIVES = (r"soviet|russian|nationalist\s+chinese|chinese\s+nationalist|kuomintang|"
                     r"(?:red\s+|communist\s+)?chinese|american|u\.\s?s\.|us|north\s+korean|south\s+korean|korean|"
                     r"japanese|british|french|polish|albanian|(?:east\s+|west\s+)?german|hungarian|czechoslovak|"
                     r"czech|romanian|bulgarian|mongolian|(?:north\s+)?vietnamese|italian|turkish|canadian|australian|"
                     r"greek|yugoslav|indian|philippine|swiss|formosan|taiwanese|thai|egyptian|cuban|manchukuo|"
                     r"israeli|spanish|dutch|belgian|ethiopian|colombian|filipino|norwegian|danish|swedish|"
                     r"iranian|iraqi|syrian|pakistani|indonesian")
# A state's adjective and an English word for its ruler before a surname alone (`_lookup_one`: Soviet leader Stalin)
_COUNTRY_RULER = re.compile(rf"(?:the\s+)?({_STATE_ADJECTIVES})\s+(?:leader|dictator|ruler|strongman|boss)\s+"
                            r"([^\W\d_][\w'’-]+)", re.IGNORECASE)
# A state's adjective (group 1; "communist" or "communist party" may follow it, group "party") and an office's, a
# rank's or a ruler's word (group 3, with up to two of vice, deputy, first and acting before it) at the start of a
# name in Latin letters (`_titles_fit_answer`: the state is held to the man's side and, for an office or a ruler's
# word, to his nationality, the office to his posts); not a patron's or an attitude's words (Soviet-backed leader,
# pro-Soviet leader), which say nothing of his side
_COUNTRY_OFFICE_BEFORE = re.compile(rf"(?:the\s+)?({_STATE_ADJECTIVES})(?P<party>\s+communist(?:\s+party)?)?\s+"
                                    r"((?:(?:vice|deputy|first|acting)[\s-]+){0,2}(?:leader|dictator|ruler|strongman|"
                                    r"boss|president|premier|prime\s+minister|chairman|ambassador|envoy|delegate|"
                                    r"(?:foreign\s+|defen[cs]e\s+)?minister|(?:general\s+|first\s+)?secretary|"
                                    r"(?:supreme\s+)?commander(?:[\s-]+in[\s-]+chief)?|general|marshal|admiral))\s+\S",
                                    re.IGNORECASE)
# A ruler's words, which name no office (`_titles_fit_answer`: held to the man's side only)
_RULER_WORDS = frozenset({"leader", "dictator", "ruler", "strongman", "boss"})
# The words of an English description that name a country, and the groups whose men it can describe (`_fits_country`)
_COUNTRY_DESCRIBED = (
    (r"\b(?:soviet|russian|ussr|moscow)", {"ussr", "soviet_korean"}),
    (r"\b(?:chinese|china|prc|peking|beijing)", {"prc", "yanan"}),
    (r"\b(?:american|u\.\s?s\.|us\b|united\s+states\b)", {"usa"}),
    (r"\b(?:north\s+korea|dprk|kpa|korean\s+workers|kwp|democratic\s+people['’]?s\s+republic)",
     {"partisan", "soviet_korean", "yanan", "domestic", "kapsan", "nationalist", "independent", "unaffiliated"}),
    (r"\b(?:south\s+korean?|rok)\b", {"rok", "domestic", "nationalist", "independent"}),
    # (other states, whose men the course does not hold; not the partisans' anti-Japanese)
    (r"(?<!anti-)\b(?:japan(?:ese)?|british|french|polish|albanian|german|hungarian|czech\w*|romanian|bulgarian|"
     r"mongolian|vietnamese|italian|turkish|canadian|australian|greek|yugoslav|indian|philippine|swiss|kuomintang|"
     r"nationalist\s+chin\w+|chinese\s+nationalist|formosan|taiwanese|thai|egyptian|cuban|manchukuo|israeli|"
     r"spanish|dutch|belgian|ethiopian|colombian|filipino|norwegian|danish|swedish|iranian|iraqi|syrian|pakistani|"
     r"indonesian)\b", set()),
)


# Words of a description that need not be a man's posts' own (`_described_fits`): small words, and states', parties'
# and armies' names, which are checked as his side instead
_DESCRIPTION_SMALL_WORDS = frozenset({"the", "a", "an", "of", "to", "in", "at", "for", "and", "then", "s", "soviet",
                                      "russian", "ussr", "chinese", "china", "prc", "american", "us", "u", "united",
                                      "states", "nations", "un", "north", "south", "korea", "korean", "dprk", "rok",
                                      "kpa", "ccp", "kwp", "cpsu", "communist", "party", "workers", "worker",
                                      "people", "peoples", "republic", "volunteers", "volunteer", "chief", "senior",
                                      "head", "democratic"})  # (the Democratic People's Republic of Korea)


def _described_fits(person: str, described: str) -> bool:
    """Whether an English description after a man's name can be his: every word of it is a whole word of his posts
    (people.csv), leaving out small words and the names of states, parties and armies, which must instead be of his
    side (`_COUNTRY_DESCRIBED`: "the Soviet delegate" is Malik, not Kim Il Sung); an office's word in it is one he
    held himself, not as a vice, deputy, first vice or designate holder unless the description says so (Pak Hon-yong
    was vice premier); and a title in it is one he held (`_title_fits`). "Chief of Staff of the ROK Army" is Paik
    Sun-yup's; "the professional wrestler", "the labor minister" describe namesakes, whom the posts do not."""
    words = described.split()
    for at in range(len(words)):
        rest = " ".join(words[at:])
        if _TITLES.match(rest + " "):
            if not _title_fits(person, rest):
                return False
            break
    posts = _posts(person)
    body = re.search(r"\bof\s+(?:the\s+)?(\S.*?)\.?$", described, re.IGNORECASE)
    found = [item for item in _search(body.group(1), None)[:1] if item[2] in _FIRM and _index().spellings[
        item[1]].kind in ("party", "army")] if body and len(body.group(1).split()) >= 2 else []
    body_posts = [post for post in posts.split(";") if found and _posts_name_in(
        post, _index().spellings[found[0][1]].id)]
    if body_posts:  # Supreme Commander of the Korean People's Army: a party or an army named in full, which the posts
        # name by its abbreviation ("kpa"), held to the posts that name it as a body (`_posts_name`), the rest of the
        # description to those posts word by word (Chairman of the Korean People's Army is no one's); when no post
        # names it so (the posts' NKWP for the WPNK), the description is read word by word as it stands
        posts, described = ";".join(body_posts), described[:body.start(1)]
    content = [word for word in rz.words(described) if word not in _DESCRIPTION_SMALL_WORDS]
    if not content or not all(re.search(_PREMIER_POSTS if word == "premier" else rf"\b{re.escape(word)}\b", posts)
                              for word in content):
        return False  # (a premier by his office's other names too: the chairman of a council of ministers)
    qualified = re.search(r"\b(?:vice|deputy|first|acting)\b|designate", described, re.IGNORECASE)
    for office in set(content) & _OFFICE_WORDS:
        own = [found for found in re.finditer(_PREMIER_POSTS if office == "premier" else rf"\b{office}\b", posts)
               if not re.search(
            r"(?:vice|deputy|first|acting)[\s-]+$", posts[:found.start()]) and not re.match(r"[\s-]+designate",
                                                                                  posts[found.end():])]
        if not own and not qualified:
            return False
    group = _faction_of("person", person)
    return all(group in groups for pattern, groups in _COUNTRY_DESCRIBED
               if re.search(pattern, described, re.IGNORECASE))


# Vietnamese phe (a faction, or a side) before a country's name: phe Trung Quốc, phe Nam Triều Tiên ("the Chinese side")
_VIETNAMESE_SIDE = re.compile(r"phe (?:(?:bac|nam) )?(?:trieu tien|han quoc|trung quoc|trung hoa|lien xo|mi|hoa ki|"
                              r"han)")


def _lookup_one(text: str, wanted: str | None, shown: str) -> Matches:
    """`lookup` of one name, the entry already checked."""
    thing = re.fullmatch(r"(.+?\w)\s*\[([^\[\]]+)\]\s*", text.strip())
    if thing and set(rz.words(thing.group(2))) & _THING_WORDS:
        # Kim Il Sung [University], Kim Chaek [City], Kim Il [wrestler]: an editor's word in square brackets that makes
        # the name a thing's named after a man, or tells a namesake
        return _empty(shown, f"“{shown}” is not in the course's data: the words in brackets make it another thing's "
                             "name than the person's.")
    numbered = re.search(r"ที่\s*[2-9๒-๙]\s*$", text.strip())
    if numbered and not _lookup_one(text.strip()[:numbered.start()], "person", shown).empty:
        # ดักลาส แมกอาร์เทอร์ที่ 2: Thai "the second" after a man's name, another of the name (Douglas MacArthur II,
        # the general's nephew), as "II" after it in Latin letters (not after an army's: กองทัพที่ 8)
        return _empty(shown, f"“{shown}” is not in the course's data: the number after the name makes it another "
                             "man of that name.")
    if _VIETNAMESE_SIDE.fullmatch(rz.vietnamese_key(text)) and rz.script(text) == "latin":
        return _empty(shown, f"“{shown}” is not in the course's data: in Vietnamese it says “the side” of a country "
                             "as often as a faction.")
    text = re.sub(r"^lieut\.?(?=[\s-])", "Lt.", text.strip(), flags=re.IGNORECASE)  # Lieut. Gen.: Lt. Gen.
    # Central Peoples Government of the Peoples Republic of China: a telegram's People's without its apostrophe
    text = re.sub(r"\b(People|Peoples)(?=\s+(?:Republic|Government|Volunteers?|Army|Party|Committee|Liberation)\b)",
                  "People's", text)
    # 중화인민지원군, 中华人民志愿军, 중공인민의용군: the Volunteers named with China's long name (中华) or the Chinese
    # Communists' (중공), read with China's usual one (中国)
    text = re.sub(r"(중화|중공|中华|中華)(?=\s*(?:인민\s*(?:지원군|의용군)|人民志愿军|人民志願軍|人民义勇军|"
                  r"人民義勇軍))",
                  lambda found: {"중화": "중국", "중공": "중국", "中华": "中国", "中華": "中國"}[found.group(1)], text)
    # 대통령 Truman: a half-translated page's Korean office or rank before a foreigner's name left in Latin letters,
    # read as the title before the man's Hangul surname, which the title's checks then hold to him (대통령 MacArthur
    # is no one; 아들 Stalin, "Stalin's son", no title, is not read; before a full name a word goes unchecked)
    half = re.fullmatch(r"([\uac00-\ud7a3]{2,}(?:\s+[\uac00-\ud7a3]{2,})?)\s+([A-Za-z][A-Za-z.'\- ]+[a-z])",
                        text.strip())
    half = half if half and all(word in _OFFICE_POSTS_CJK or word in _KOREAN_TITLE_WORDS
                                for word in half.group(1).split()) else None
    named = _lookup_one(half.group(2), "person", shown) if half and wanted in (None, "person") else None
    if named is not None and not named.empty and named["match"].iloc[0] in _FIRM and (
            named["id"].iloc[0] in _foreign_people()):
        for hangul in [spelling.spelling for spelling in _index().spellings if spelling.kind == "person"
                       and spelling.id == named["id"].iloc[0] and re.fullmatch(r"[\uac00-\ud7a3]+",
                                                                               spelling.spelling)][:1]:
            titled = _lookup_one(f"{half.group(1)} {hangul}", "person", shown)
            if not titled.empty and titled["match"].iloc[0] != "ambiguous" and (
                    titled["id"].iloc[0] == named["id"].iloc[0]):
                return titled
    # O General MacArthur: Portuguese's article before a title (only there: O is also a Korean surname, O Ki-sop)
    text = re.sub(r"^(?:o|a)\s+(?=(?:general|marechal|presidente|comandante|almirante|primeiro[\s-]ministro)\b)", "",
                  text, flags=re.IGNORECASE)
    # للرئيس كيم إيل سونغ, لحزب العمل الكوري: Arabic li- ("to", "for") joined to a title's or a body's word (li- and
    # al- written lil-)
    words_after = r"(?=(?:حزب|جيش|رئيس|زعيم|قائد|جنرال|مارشال|دولة|مدينة|نهر|جمهورية|اتحاد)(?:\s|$))"
    text = re.sub(r"^ل" + words_after, "", re.sub(r"^لل" + words_after, "ال", text))
    untitled = _TITLES_AFTER.sub("", _TITLES.sub("", text.strip())).strip()  # 吳基涉同志: the name without its title
    namesake = _namesake(text) or (_namesake(untitled) if untitled else None)
    if namesake:  # 吴基涉: read like a name in the course, but someone else's, whom the data name
        return _empty(shown, f"“{shown}” is not in the course's data: it is {namesake}.")
    office = _OFFICE_AFTER_BODY.search(text.strip())
    body = text.strip()[:office.start()].strip() if office else ""
    if office and any(_index().spellings[position].kind in ("army", "party") or _index().spellings[position].id in (
            _COUNTRY_GROUPS) for _, position, how in _search(body, None)[:1] if how == "exact"):
        # 중국인민지원군 사령원, 中国人民志愿军司令员: an office of a body, which names its holder, not the body; the
        # course does not tell who held an office from its name
        return _empty(shown, f"“{shown}” names an office, not a person: look up the holder by name (the answer for "
                             f"“{body}” is the body itself).")
    before = _LATE_OR_EPITHET.fullmatch(text.strip())
    if before and wanted in (None, "person") and (rz.script(before.group(2)) != "latin" or before.group(1) and len(
            before.group(1).split()) >= 2 and len(rz.words(before.group(2))) >= 2):
        # 故金日成主席, 故・金日成: "the late" before a person's name; “朝鮮甘地”曹晚植: an epithet in quotation marks
        # before it, which must name no one else (before a name in Latin letters only an epithet of two words or
        # more before a full name, “Glorious Leader” Kim Il Sung, as a nickname of one word in quotation marks must
        # be the man's own: "Jocko" Clark is not Mark Clark)
        person = _lookup_one(before.group(2), "person", shown)
        epithet = _search(before.group(1), None) if before.group(1) else []
        leader = before.group(1) and re.fullmatch(r"(?i:(?:great|dear|supreme|respected|beloved)\s+leader)|"
                                                  + _GREAT_LEADER.pattern, before.group(1).strip())
        if leader and not person.empty and (person["id"].iloc[0] != "kim_il_sung" or not _GREAT_LEADER.fullmatch(
                before.group(1).strip())):
            person = person.iloc[0:0]  # “Great Leader” Kim Il, “Dear Leader” ...: the North's epithet of Kim Il
            # Sung (or of his son, whom the course does not hold) before another man's name
        if not person.empty and person["match"].iloc[0] != "ambiguous" and not any(
                how in _FIRM and (_index().spellings[position].kind, _index().spellings[position].id) != (
                    "person", person["id"].iloc[0]) for _, position, how in epithet):
            return person
    cyrillic_titled = _CYRILLIC_TITLED.fullmatch(text.strip())
    if cyrillic_titled and wanted in (None, "person") and (cyrillic_titled.group(2) or re.search(
            r"\s(?:армии|на\s+армията)\s", text)):
        # президент США Гарри Трумэн: the man named must be of that country and hold what the title says (a president's
        # or a chairman's office, a premier's, a soldier's posts; a leader's, a state's or its ruling party's head's)
        title, country, name = cyrillic_titled.groups()
        person = _lookup_one(name, "person", shown)
        if not person.empty and person["match"].iloc[0] != "ambiguous":
            man = person["id"].iloc[0]
            posts = {"президент": rf"{_NOT_VICE}president", "председател": rf"{_NOT_VICE}chairman",
                     "генерал": _SOLDIER_POSTS.pattern, "маршал": _SOLDIER_POSTS.pattern}.get(
                title.casefold(), _PREMIER_POSTS if title.casefold().startswith("премьер") else (
                    _STATE_LEADER_POSTS.pattern))
            grade = re.search(r"\s(?:армии|на\s+армията)\s", text)  # (генерал армии: a general of the army's
            # grade, the US Army's five-star one for an American; the course gives no Soviet's grade: генерал армии
            # Штыков, a colonel general, is no one)
            if (not country or _CYRILLIC_TITLE_COUNTRIES[re.sub(r"\s+", " ", country.casefold())] in _own_countries(
                    man)) and re.search(posts, _posts(man)) and (not grade or man in _FIVE_STAR_GENERALS):
                # (suggested: the posts give no rank's grade, a general of the army's, nor the year of an office,
                # президент КНДР Ким Ир Сен being his title from 1972 only)
                return person.assign(match=person["match"].replace("exact", "suggestion"))
            return _empty(shown, f"“{shown}” gives a title or a country that the course's person of the name did "
                                 "not have.")
    titled = _titled_foreigner(text.strip())
    if titled is not None and wanted in (None, "person"):
        # Tổng Bí thư Leonid Brezhnev, nhà lãnh đạo Liên Xô Joseph Stalin, Perdana Menteri Soviet Joseph Stalin, Soviet
        # leader Stalin: an office (and its country or party) before a foreigner's name in Latin letters, held to his
        # posts as the English office it translates (and to a post of the party when it names one) and to the
        # country's side; the man named with an office he did not hold is no one
        english, name = titled
        person = _lookup_one(name, "person", shown)
        if not person.empty and person["match"].iloc[0] == "exact" and (
                len(name.split()) >= 2 or _STATE_LEADER_POSTS.search(_posts(person["id"].iloc[0])) or re.match(
                    r"(?:foreign minister|premier|general secretary|first secretary|minister defence) [A-Z]",
                    english)):
            # (a surname alone only a state's or its ruling party's head's, as his posts say: lãnh tụ Liên Xô
            # Stalin, Soviet leader Khrushchev; not Qiao, who may be Qiao Shi, nor Peng, Shtykov, MacArthur,
            # commanders; or a state's minister's with his country, which his posts must then name: Ngoại trưởng
            # Liên Xô Molotov)
            man = person["id"].iloc[0]
            ranked = english.split()[:1] == ["rank"]
            if ranked:  # tướng Hoa Kỳ William F. Dean: a general's rank, which the posts
                # often leave out, held to a soldier's posts (`_SOLDIER_POSTS`; not a general secretary's, nor a
                # secretary-general's) and then read as his country alone
                if not _SOLDIER_POSTS.search(re.sub(r"general[\s-]+secretary|secretary[\s-]+general", "", _posts(man))):
                    return _empty(shown, f"“{shown}” gives a general's rank to a man who was no soldier.")
                english = english.removeprefix("rank").strip()
            office = " ".join(itertools.takewhile(lambda word: word.islower() and word != "party", english.split()))
            if office == "foreign minister" and _US_SECRETARY_OF_STATE.search(_posts(man)):
                english, office = english.replace(office, "secretary of state"), "secretary of state"  # (Ngoại
                # trưởng Dean Rusk: the foreign minister's title for the US Secretary of State, as `_office_fits`)
            if not all(_faction_of("person", man) in groups for pattern, groups in _COUNTRY_DESCRIBED
                       if re.search(pattern, english, re.I)) or office and not _state_office_fits(
                    man, english, party=" party" in f" {english}"):
                return _empty(shown, f"“{shown}” names another country's office before the man: the course's "
                                     "data know no such person.")
            if " party" in f" {english}" and _side("person", man) != "communist":
                return _empty(shown, f"“{shown}” names a communist party's office or leader before a man who was no "
                                     "communist.")
            if ranked or not office and _STATE_LEADER_POSTS.search(_posts(man)) or office and _posts(man) and (
                    office == "supreme commander" or _described_fits(man, english)) and _office_phrase_fits(
                    man, office, english):
                return person  # (a leader's word only a state's or its ruling party's head's; no office for a man
                # whose posts the data do not give)
            return _empty(shown, f"“{shown}” gives an office that the course's person of the name did not hold.")
    apposed = _APPOSITION.fullmatch(text.strip())
    if apposed and wanted in (None, "person") and rz.script(text) == "latin":
        # Jacob Malik, the Soviet representative to the United Nations; Gen Paik, Chief of Staff of the ROK Army: a
        # man's name with his description after a comma, read as the name when the description's office is one he
        # held (`_title_fits`) and the country it names is of his side of the war
        person = _lookup_one(apposed.group(1), "person", shown)
        described = apposed.group(2).strip()
        opening = re.sub(r"^(?:the|a|an)\s+", "", described, flags=re.IGNORECASE)
        if (opening != described or re.search(r"\bof\b", opening) and (rz.words(opening)[:1] and rz.words(opening)[
                0] in _OFFICE_WORDS or _TITLES.match(opening + " "))) and not person.empty and person["match"].iloc[
                    0] == "exact" and _described_fits(person["id"].iloc[0], described):
            return person  # (an article before the description, or an office "of" something: a bare title after a
            # comma, "Kim Il, President", is an index's, which `_second_reading` weighs)
        # and the other way round: captain of the Red Army, Kim Il Sung (the description first, a full name after)
        person = _lookup_one(apposed.group(2), "person", shown) if len(apposed.group(2).split()) >= 2 else None
        described = apposed.group(1).strip()
        opening = re.sub(r"^(?:the|a|an)\s+", "", described, flags=re.IGNORECASE)
        if person is not None and (rz.words(opening)[:1] and rz.words(opening)[0] in _OFFICE_WORDS or _TITLES.match(
                opening + " ")) and re.search(r"\bof\b", opening) and not person.empty and person["match"].iloc[
                    0] == "exact" and _described_fits(person["id"].iloc[0], described):
            return person
    governed = _PREPOSITION_BEFORE_PLACE.fullmatch(text.strip())
    if governed and wanted in (None, "place") and rz.script(text) in ("latin", "cyrillic") and not [
            item for item in _search(text.strip(), wanted)[:1] if item[2] in _FIRM]:
        # do Pchjongjangu, ve Wonsanu, w Phenianie, в Пхеньяне: a Slavic preposition before a place's name in the
        # case it governs, read as the place (`_second_reading` reads the case ending)
        place = _lookup_one(governed.group(1), "place", shown)
        if not place.empty and place["match"].iloc[0] != "ambiguous" and place["kind"].iloc[0] == "place":
            return place
    described_place = _PLACE_DESCRIBED.fullmatch(apposed.group(2).strip()) if apposed else None
    if described_place and wanted in (None, "place") and rz.script(text) == "latin":
        # Pyongyang, the North Korean capital; Wonsan, 88 miles north of the 38th Parallel: a Korean place's name with
        # a description after a comma that says what kind of place it is (a kind its own: a capital only Pyongyang
        # or Seoul, a river a river) and in which Korea, if it says, or where it lies, read as the place (as a
        # suggestion: a distance is not checked); not a namesake's description (Moscow, the Idaho town) nor another
        # country's (Pyongyang, the Chinese city)
        place = _lookup_one(apposed.group(1), "place", shown)
        place_id = place["id"].iloc[0] if not place.empty and place["kind"].iloc[0] == "place" and place[
            "match"].iloc[0] == "exact" else ""
        kind = described_place.group("kind")
        capitalised = set(re.findall(r"\b[A-Z][\w'’-]*", apposed.group(2))) - {"North", "South", "Korean", "Korea"}
        fits = place_id in _korean_places() and (not kind or (
            _place_kind(place_id) == "river" if kind.casefold() == "river" else place_id in ("pyongyang", "seoul")
            if kind.casefold() == "capital" else _place_kind(place_id) in ("city", "town", "village"))) and (
            not kind or not capitalised) and not (
            re.search(r"\bnorth\s+korea", apposed.group(2), re.IGNORECASE) and place_id not in _north_korean_places()
            or re.search(r"\bsouth\s+korea", apposed.group(2), re.IGNORECASE) and place_id in _north_korean_places())
        if fits:
            return place.assign(match="suggestion")
    latin_titled = re.fullmatch(r"([A-Za-z][A-Za-z.'’\-\s]*[A-Za-z.])\s*・?([\u3400-\u9fff\uac00-\ud7a3]{1,6})",
                                text.strip())
    if latin_titled and wanted in (None, "person") and _TITLES_AFTER.fullmatch(latin_titled.group(2)):
        # Dodd准将, Francis.T.Dodd准将, Ridgway 장군: a name in Latin letters, as a Japanese, Chinese or Korean page
        # copies it, with a title after it in characters or Hangul, which must be one he could hold
        person = _lookup_one(re.sub(r"(?<=\.)(?=[A-Za-z])", " ", latin_titled.group(1)), "person", shown)
        if not person.empty and person["match"].iloc[0] != "ambiguous" and _title_after_fits(
                person["id"].iloc[0], _TITLES_AFTER.fullmatch(latin_titled.group(2)).group(1)) and _office_after_fits(
                person["id"].iloc[0], _TITLES_AFTER.fullmatch(latin_titled.group(2)).group(1)):
            return person
    described_kana = re.fullmatch(r"(.*[\u3400-\u9fff].*?)([\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)*)",
                                  text.strip())
    if described_kana and wanted in (None, "person") and len(described_kana.group(2)) >= 3:
        # ソ連の指導者ヨシフ・スターリン, ソ連首相スターリン: a foreigner's name in katakana after his description in
        # characters (his country, his office; `_describing_piece`), with の ("of") between its words
        pieces = [piece for piece in re.split(r"[の・\s]+", described_kana.group(1)) if piece]
        person = _lookup_one(described_kana.group(2), "person", shown)
        if pieces and not person.empty and person["match"].iloc[0] == "exact" and all(
                _describing_piece(piece, person["id"].iloc[0], True, False) for piece in pieces):
            return person
    epithets = re.fullmatch(r"((?:[a-z\-]{3,},?\s+){1,3})([A-Z][^\s,]*(?:\s+[^\s,]+){0,3})", text.strip())
    alone = epithets and " " not in epithets.group(2) and _firm_entity(epithets.group(2))
    if epithets and wanted in (None, "person") and (" " in epithets.group(2) and set(re.findall(
            r"[a-z\-]+", epithets.group(1))) <= _EPITHETS or alone and alone[0] == "person" and re.fullmatch(
            r"(?:the\s+)?great\s+", epithets.group(1)) and alone[1] in _foreign_people() and _STATE_LEADER_POSTS.search(
            _posts(alone[1]))):
        # stubborn old Syngman Rhee, wily Mao Tse-tung: a writer's words of a man's age, looks or temper in small
        # letters before his full name (only such words: the icebreaker Leonid Brezhnev, the former Kim Il Sung,
        # communist Syngman Rhee, great Kim Il are other things or no one), or "(the) great" before the surname alone
        # of a foreign state's head (the great Stalin, an Albanian delegate's words at the UN in 1970; not a Korean's:
        # the great Kim is any Kim; nor a soldier's, whose surname is often an English word: the great Joy)
        person = _lookup_one(epithets.group(2), "person", shown)
        if not person.empty and person["match"].iloc[0] == "exact":
            return person
    titled_abroad = _OTHER_SCRIPT_TITLE.fullmatch(text.strip())
    if titled_abroad and wanted in (None, "person"):
        # رئيس الوزراء نيكيتا خروشوڤ, พลเอก แพ็ก ซ็อน-ย็อบ, Ketua Mao Zedong: an office's or a rank's title in
        # Arabic, Persian, Thai, Hindi, Telugu, Malay or Indonesian before a name, held to the man's posts as the
        # English title it translates (`_title_fits`)
        person = _lookup_one(titled_abroad.group(2), "person", shown)
        english = _OTHER_SCRIPT_TITLES[titled_abroad.group(1).casefold()]
        if not person.empty and person["match"].iloc[0] != "ambiguous" and _title_fits(
                person["id"].iloc[0], f"{english} {_entity_name(('person', person['id'].iloc[0]))}"):
            return person
    # a life's years in brackets after a person's name (김일(金一, 1929~2006), Kim Il (1910-1984)): kept to be
    # compared with the answer's below, as they are taken off the name
    lived = re.search(r"[(（][^()（）]*?\b(1[89]\d\d|20\d\d)\s*년?\s*[-–~～]\s*(?:(1[89]\d\d|20\d\d)\s*년?)?"
                      r"\s*[)）]\s*$", text.strip())
    # a birth year with 년 ("year") alone in brackets, as Korean encyclopedias tell namesakes apart: 이상조 (1915년)
    born_then = re.search(r"[(（]\s*(1[89]\d\d|20\d\d)\s*년\s*(?:생|출생)?\s*[)）]\s*$", text.strip())  # (or
    # 1954년생, 1954년 출생: "born in")
    # 최용건(전 북한 부주석·1976년 사망): a note in brackets after a name that gives the year of his death, taken off
    # and compared with the answer's below (김일(2006년 사망), the wrestler, is not the course's Kim Il, died 1984)
    died_then = re.search(r"(?<=\S)\s*[(（][^()（）]*(?:(1[89]\d\d|20\d\d)\s*년?\s*(?:사망|졸|卒|死去|逝世|去世|没|"
                          r"died|d\.|†)|(?:died|d\.|†)\s*(?:in\s+)?(1[89]\d\d|20\d\d))[^()（）]*[)）]$", text.strip(),
                          flags=re.IGNORECASE)
    text = text.strip()[:died_then.start()] if died_then else text
    text = re.sub(r"(?<=\d{4})\s*년\s*(?:생|출생)?(?=\s*(?:[)）~～\-–]|$))", "", text.strip())  # 1915년: Korean 년,
    # year (and 생, 출생: born)
    text = re.sub(r"\s*गुट$", " faction", _without_date(text.strip()))  # Hindi गुट, a faction: "Kapsan गुट"
    text = re.sub(r"(?<=[\uac00-\ud7a3])派$", "파", text)  # 박헌영派: the group's word in characters after Hangul
    clique = re.fullmatch(r"(\S*[\uac00-\ud7a3])\s+일파(?:는|가|를|의|에|와|과|로)?", text.strip())
    if clique and any(how in _FIRM and _index().spellings[position].kind == "party"
                      for _, position, how in _search(clique.group(1), None)[:1]):
        text = clique.group(1) + "파"  # 남로당 일파에: 일파, "a clique", after a party's name as 파 (남로당파); not
        # after a man's, a city's or a country's (최창익 일파, 서울 일파, 모스크바 일파: the data name no such clique)
    text = re.sub(r"^(?:UN|국제연합|유엔)\s*(?=([軍군])(?:\s*(?:司令部|사령부))?"
                  r"(?:은|는|이|가|을|를|의|에|과|와|으로|에게)?$)",
                  lambda found: "国連" if found.group(1) == "軍" else "유엔", text)  # UN軍, UN군, 국제연합군: the UN
    # (국제연합) forces, with a particle after them too (유엔軍은), and their command (UN군사령부는,
    # UN軍司令部)
    text = re.sub(r"(?<=華盛頓|华盛顿)\s*(?:哥倫比亞特區|哥伦比亚特区)$", "", text)  # Washington, District of
    # Columbia, as Chinese names the city in full (華盛頓哥倫比亞特區): the city
    plural = re.fullmatch(r"((?:[A-Z]\.){2,6}|[A-Z]{2,6})['’]?s", text.strip())
    if plural and not _search(text, wanted) and any(
            how in _FIRM and _index().spellings[position].kind == "army"
            for _, position, how in _search(plural.group(1).replace(".", ""), wanted)[:1]):
        text = plural.group(1)  # CPVs, C.P.V.s: an army's abbreviation with a plural's s, its soldiers (not NPPs or
        # ROKs, a party's members or a country's soldiers)
    if re.fullmatch(r"(?:[A-ZА-ЯЁ]\.){3,6}", text.strip()) and not _search(text, wanted):
        text = text.replace(".", "")  # U.R.S.S., an abbreviation with stops the course has without them (URSS)
    text = re.sub(r"^국제\s*연합\s*(?=\S)", "유엔", text)  # 국제연합군사령부: 국제연합, the UN, as 유엔
    text = re.sub(r"^国際連合(?=軍)", "国連", text)  # 国際連合軍司令部: the UN (国際連合, short 国連) forces' command
    text = re.sub(r"^([A-Z]{3,6})['’]s$", lambda found: found.group(1) if _search(found.group(1), wanted) else (
        found.group()), text)  # KPA's: a genitive s on an abbreviation the course holds (not without the apostrophe:
    # ROKs are soldiers, NPPs power plants)
    text = re.sub(r"^유엔\s*사령부(?=(?:와|과|의|는|은|가|이|를|을|에|에서|에게|로|으로)?$)", "유엔군사령부",
                  text)  # 유엔사령부, the UN Command
    text = re.sub(r"^소(?=\s*(?:제\s*)?\d+\s*군)", "소련", text)  # 소25군: 소, short for 소련, before an army's number
    text = re.sub(r"^중공\s*당$", "중국공산당", text)  # 중공당, 中共黨: the CCP
    text = re.sub(r"\b(il)([\s-]+)(?:cantad[oa]|cantaba|cantat[oa]|cantou|chanté|gesungen|gezongen|zpíval|śpiewał)$",
                  r"\1\2Sung", text, flags=re.IGNORECASE)  # Kim Il cantado, Il-cantato: a machine's translation
    # of "sung" (Spanish, Italian, Portuguese, French, German, Dutch, Czech, Polish) in Kim Il Sung's name
    text = re.sub(r"^(.*\b(?:army|armee))\s+(?:of the|der)\s+(?:1st|first|1\.)\s*(?:far[- ]eastern\s+front|"
                  r"fernostfront)$", r"Soviet \1", text, flags=re.IGNORECASE)  # 25th Army of the First Far Eastern
    # Front: an army of the Soviet front that fought in Manchuria and Korea in August 1945
    text = text.replace("【", "（").replace("】", "）")  # キムイルソン【金日成】: a dictionary's headword brackets
    text = re.sub(r"\bChosen(?=\s+reservoir\b)", "Chosin", text, flags=re.IGNORECASE)  # Chosen Reservoir: Chosen,
    # Japan's name for Korea (Chōsen), for Chosin (長津, Chōshin), an English writer's common slip
    text = re.sub(r"^KP\s+(?=[A-ZŁŚŻ][a-ząćęłńóśźż]+$)", "Komunistyczna Partia ", text)  # KP Chin: Polish KP,
    # Komunistyczna Partia, before a country's name (KP Korei)
    text = re.sub(r"^KS\s+(?=[A-ZČŠŽ][a-záčďéěíňóřšťúůýž]+$)", "Komunistická strana ", text)  # KS Číny: Czech
    # 旧ソ連, 元ソ連, 前蘇聯, 原苏联, 구소련, "the former Soviet Union": the USSR
    text = re.sub(r"^(?:旧|舊|元|前|原|구|옛)\s*(?=ソ連|ソビエト|蘇聯|苏联|소련|쏘련)", "", text)
    text = re.sub(r"\s*[(（]주\s*[:：][^()（）]*[)）]", "", text)  # 하지(주:주한미군사령관): a Korean translator's
    # note (주, "note") in brackets after a name
    # チャールズ・H・ボーンスティール3世: a foreigner's middle initial between the dots of a name in katakana, and his
    # generation after it (3世, III; ジュニア, Jr.), which the course's spellings leave out
    if rz.has_katakana(text) and not _search(text, wanted):
        text = _katakana_initial_and_generation(text, wanted)
    text = re.sub(r"(?<=[\u30a0-\u30ff\u4e00-\u9fff])派閥$", "派", text)  # ソビエト派閥: 派閥, a faction, as 派
    text = re.sub(r"^(?:กลุ่ม|ฝ่าย)\s*([A-Za-z].*)$", r"\1 group", text)  # กลุ่ม Kapsan: Thai "group" before a
    # name in Latin letters
    text = re.sub(r"^([A-ZÅÄÖ]{2,6}):\s?[a-zåäö]{1,4}$", r"\1", text)  # KPA:n, USA:ssa: a Finnish or Swedish case
    # ending on an abbreviation, after a colon
    text = re.sub(r"\b(\d+)\s+(st|nd|rd|th)\b", r"\1\2", text)  # 8 th US Army: an ordinal's ending set apart
    text = re.sub(r"^[«“„\"'‘「『](.+?)[»”“\"'’」』]$", r"\1", text.strip())  # «советской фракции»: quotation marks
    text = re.sub(r"^[《〈]([\uac00-\ud7a3\s]+)[》〉]$", r"\1", text)  # 《유엔군》: North Korea's quotation marks (in
    # Chinese, 《》 mark a work's title: 《金日成》 is a book)
    text = re.sub(r"^\[\s*([^\[\],/;、]+?)\s*\]$", r"\1", text)  # [ 金枓奉 ]: one name in square brackets
    text = re.sub(r"(?<=\S)\[\d{1,3}\]$", "", text)  # Пак Чан Ока[1]: an encyclopedia's footnote mark
    text = re.sub(r"^[①-⑳]\s*(?=\S)", "", text)  # ①김일성: a list's circled number before the name
    text = re.sub(r"^「([^「」]{2,12})」(?=\s*\S)", r"\1", text)  # 「브레즈네프」 서기장은: an older Korean paper's
    # corner brackets around a foreign name, a title after them
    text = re.sub(r"^USAs(?=\s+\S)", "USA", text)  # USAs åttende armé: the Norwegian and Swedish genitive of USA
    text = re.sub(r"^lui\s+(?=[A-Z])", "", text)  # lui Kim Il-sung: Romanian's genitive article before a man's name
    titled_after = re.fullmatch(r"(\S.*?),?\s+(" + "|".join(_TITLES_AFTER_LATIN) + r")" + _TITLE_ENDINGS, text.strip(),
                                flags=re.IGNORECASE)  # MacArthur tábornok, Kim Ir Szen elvtársat, Truman, forseti:
    # Hungarian and Icelandic write the title after the name (with the case ending on it; after a comma), read as
    # the English title before it; only a person's
    title_after = titled_after.group(2).casefold() if titled_after else ""
    comrade_after = False
    if titled_after:
        name = titled_after.group(1)
        inner = re.fullmatch(r"(\S.*?)\s+(" + "|".join(_TITLES_AFTER_LATIN) + r")" + _TITLE_ENDINGS, name,
                             flags=re.IGNORECASE)
        if inner and "elvtárs" in (title_after, inner.group(2).casefold()):
            # Nam Ir külügyminiszter elvtárs, Kim-Ir-Szen elvtárs miniszterelnök: "comrade" and an office, in either
            # order, the office read (and checked) as the title, and comrade held to a communist below (Truman
            # elvtárs elnök is no one)
            name, comrade_after = inner.group(1), True
            title_after = title_after if inner.group(2).casefold() == "elvtárs" else inner.group(2).casefold()
        text = f"{_TITLES_AFTER_LATIN[title_after]} {name}"
    text = re.sub(r"^([A-Z]{2,6})-[a-záéíóöőúüű]{1,5}$", lambda found: found.group(1) if _search(
        found.group(1), wanted) else found.group(), text)  # ROKA-nak, KPA-n: a Hungarian or Finnish case ending
    # after a hyphen on an abbreviation the course holds
    text = re.sub(r"^l(?=[bcdfghjkmnpqstvwxz][a-z]{2,}$)", "I", text)  # lmjin: a scanner's l for a capital I (Imjin)
    article = re.match(r"(?:le|la|el|il|lo|der|die|the|ο|του|τον)\s+(\S.*)$", text, re.IGNORECASE)
    if article and _TITLES.match(article.group(1)):  # Le général MacArthur, el primer ministro Kim Il Sung: an
        text = article.group(1)  # article before a title
    if re.match(r"مدينة\s+\S", text) and wanted in (None, "place"):  # مدينة بوسان: Arabic "the city of", before a
        text, wanted = re.sub(r"^مدينة\s+", "", text), "place"  # place's name only (مدينة ستالين is no Stalin)
    # 김일성(金日成) 주석이: a Korean name with its characters in brackets, more after them (a title, a particle):
    # the characters taken out when both name the same one (무정(無情)은, "heartlessness", is no Mu Chong)
    text = re.sub(r"([\uac00-\ud7a3]{2,4})\s*[(（]([\u4e00-\u9fff]{2,4})[)）](?=\s*\S)",
                  lambda found: found.group(1) if (entity := _firm_entity(found.group(1))) == _firm_entity(
                      found.group(2)) and (entity or found.group(1) in rz.korean_readings(found.group(2))) else (
                      found.group()), text)  # (and a word's characters: 단장(斷腸)의 능선, Heartbreak Ridge)
    # イ・スンマン(李承晩)大統領, 白善ヨプ(ペク・ソンヨプ)将軍: a name in kana or characters with its other spelling in
    # brackets, more after them (a title): the brackets taken out when both name the same one firmly; and the
    # characters' Japanese reading in hiragana in brackets before more (丹東(たんとう)市: Dandong's reading, then
    # "city")
    text = re.sub(r"([\u30a0-\u30ff\u4e00-\u9fff]{2,12})\s*[(（]([\u30a0-\u30ff\u4e00-\u9fff]{2,12}|"
                  r"[\u3040-\u309f]{2,12})[)）](?=\s*\S)",
                  lambda found: found.group(1) if (entity := _firm_entity(found.group(1))) and (
                      rz.on_key(rz.katakana_to_latin(rz.hiragana_to_katakana(found.group(2))).casefold()) in
                      rz.japanese_on_readings(found.group(1)) if re.fullmatch(r"[\u3040-\u309f]+", found.group(2))
                      else entity == _firm_entity(found.group(2))) else found.group(), text)
    # 트루먼(Harry S. Truman) 미 대통령은: a foreign name in Hangul with its own spelling in brackets, more after
    # them: the brackets taken out when both name the same one firmly
    spelled = re.fullmatch(r"([\uac00-\ud7a3 ]{2,12}?)\s*[(（]([A-Za-z][A-Za-z .,'’\-]{2,40})[)）](\s*\S.*)", text)
    if spelled and (entity := _firm_entity(spelled.group(1).strip())) and entity == _firm_entity(
            spelled.group(2).strip(), also_read=True):
        text = spelled.group(1).strip() + spelled.group(3)
    # 항일유격대파, 抗日游击队派: "anti-Japanese" before the partisans' faction's name
    text = re.sub(r"^(?:항일|抗日)\s*(?=(?:유격대|빨치산|游击队|遊擊隊|游擊隊)\s*(?:파|派))", "", text)
    if rz.script(text) in ("cjk", "hangul", "kana"):  # “联合国军”总司令克拉克: quotation marks inside a phrase
        text = re.sub(r"[“”\"]", "", text) if len(re.findall(r"[“”\"]", text)) == 2 else text
    # 金日成(左侧), 김일성(오른쪽): a photograph caption's place of the man in it, in brackets after his name
    # (and a row, 앞줄 왼쪽, "front row, left", before a Korean particle: 트루먼(앞줄 왼쪽)과)
    text = re.sub(r"\s*[(（](?:(?:앞줄|뒷줄|뒤줄)\s*)?(?:(?:左|右|中|前排|后排|後排)[侧側边邊]?[一二三四五六七八九]?"
                  r"起?|왼쪽|오른쪽|가운데|left|right|centre|center|l\.|r\.)[)）]"
                  r"(?=(?:과|와|은|는|이|가|의|을|를)?\s*$)", "",
                  text.strip(), flags=re.IGNORECASE)
    if rz.script(text) == "cjk":  # 好意思国, 毛泽东本东谈主: a Chinese content farm's word-swapping garble of 美 and
        # 人 (beautiful, person) into 好意思 and 东谈主 (phrases of the same sound or sense), undone
        text = text.replace("好意思", "美").replace("东谈主", "人")
    text = re.sub(r"(?<=[^\W\d_])[”″`´](?=s$)", "'", text)  # KPA”s: a possessive's apostrophe typed as another mark
    # 马克?克拉克: the dot between a foreign name's parts, lost to a question mark or written as a full stop
    text = re.sub(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])[?？。](?=[\u4e00-\u9fff\u30a0-\u30ff])", "·", text)
    # кор. 김일성, кит. 彭德怀: a Russian encyclopedia's label of the language a name is then written in
    text = re.sub(r"^(?:кор|кит|яп)\.\s*(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])", "", text.strip())
    text = re.sub(r"(?<=[A-ZА-ЯЁ]{3})\s?\([бb]\)(?=\s|$)", "", text)  # ВКП(б), VKP (b): "(of the Bolsheviks)",
    # the Soviet party's name until 1952
    if sum(ch.isalpha() for ch in text) <= 1 and rz.script(text) not in ("cjk", "hangul", "kana"):
        return _empty(shown, f"“{shown}” is not in the course's data: it has one letter or none, and that names "
                             "no one.")  # Б, X, or }{ ;;
    # an abbreviation in brackets inside a name, more of it after: "Republic of Korea (ROK) Army"
    text = re.sub(r"(?<=\S)\s*[(（][A-Z]{2,6}[)）]\s*(?=\S)", " ", text)
    found = _bracketed(text, wanted)
    doubled = re.fullmatch(r"([\uac00-\ud7a3]{2,4})\s*([\u3400-\u9fff\uf900-\ufaff]{2,4})", text.strip())
    if found is None and doubled:
        # 김구金九, 이승만 李承晩: a Korean's name (or a body's) in Hangul with the same in characters after it and no
        # bracket, as captions and indexes write it; taken when both halves name the same one
        halves = [[item for item in _search(half, wanted) if item[2] in _FIRM] for half in doubled.groups()]
        same = {(_index().spellings[half[0][1]].kind, _index().spellings[half[0][1]].id) for half in halves if half}
        found = halves[0] if all(halves) and len(same) == 1 else None
    doubled_found = bool(doubled and found)  # (not a thing named after the man: `named_after` below)
    placed = re.fullmatch(r"(.+?),\s*([^,]+)", text.strip())
    if found is None and placed and wanted in (None, "place") and normalise(placed.group(2)) in _COUNTRY_NAMES and any(
            how in _FIRM for _, _, how in _search(placed.group(1), "place")):
        found = _second_reading(text, wanted)  # Seoul, Korea: a place of the course and its country after a comma,
        # read as the place when it lies there (`_second_reading`), before any likeness of the whole to a country
    if found is None:
        found = _search(text, wanted) or _second_reading(text, wanted)
    if wanted in (None, "army") and re.fullmatch(
            r"(?:the\s+|i\s+|los\s+|les\s+|die\s+)?(?:volunteers?|volontari|voluntarios|volontaires|voluntários|"
            r"freiwilligen?)\s+(?:of|in|di|de|en|da|aus)\s+(?:korea|corea|corée|coreia)", text.strip(), re.IGNORECASE):
        # Volontari di Corea: the volunteers in Korea (the Chinese People's Volunteers, in an Italian life of Peng
        # Dehuai) or the Korean volunteers (the Korean Volunteer Corps): both listed, neither put first
        found = [(_LOOSE * 0.9, _course_name_position("army", army), "generic") for army in ("cpv", "kvc")]
    if not found and (single := _one_script_per_word(text)) != text:  # Cоветские with a Latin C; 價(jià)川
        text = single
        found = _search(text, wanted) or _second_reading(text, wanted)
    abbreviated = re.fullmatch(r"(.{6,}?)\s*[(（]([^\W\d_]{2,6})[)）]", text.strip())
    if not found and abbreviated and rz.script(abbreviated.group(1)) == "latin" and rz.strip_marks("".join(
            word[0] for word in abbreviated.group(1).split() if word.casefold() not in _PHRASE_SMALL_WORDS)).casefold(
            ) == rz.strip_marks(abbreviated.group(2)).casefold():
        # Čínská komunistická strana (ČKS): a body's name with its own initials in brackets, which name nothing
        # themselves, read without them
        found = _search(abbreviated.group(1), wanted) or _second_reading(abbreviated.group(1), wanted)
    glossed = re.fullmatch(r"(.{4,}?)\s*[(（]\s*([A-Z]{2,5})\s*[)）]", text.strip())
    armies = next((ids for words, ids in _GLOSSED_ARMIES if glossed and words.fullmatch(glossed.group(1).strip())),
                  set())
    if not found and armies and wanted in (None, "army"):
        # Nations Unies ( UNC ), Volksarmee (PVA): an army's name translated word by word, which names nothing, with
        # its English initials in brackets after it: the army, when the initials name one its words can name
        # (suggested; not Volksarmee (ROKA), nor a man's name or a party's words before them)
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search(
            glossed.group(2), "army")[:1] if how in _FIRM and _index().spellings[position].id in armies]
    if not found and (russian := _ukrainian_as_russian(text)):  # Микита Хрущов, Йосипа Сталіна: Ukrainian read as
        # Russian writes the name (a suggestion)
        found = [(score * 0.97, position, "suggestion") for score, position, _ in (
            _search(russian, wanted) or _second_reading(russian, wanted))]
        closed = re.sub(r"(?<=[бвгдкмнпрстфхчшщ])і(?=[бвгдзклмнпрстфхцчшщ]{2}[^\s]*$)", "о", text.strip(),
                        flags=re.IGNORECASE)  # Підгорний: in the surname, і for the о of a closed syllable, as
        # Ukrainian writes it, Russian Подгорный (not in the patronymic: Вікторович)
        if not found and closed != text and (russian := _ukrainian_as_russian(closed)):
            stem = russian.split()[-1][:4].casefold()  # (the answer must be one the surname read so spells:
            # Іван Гіббс, read Гоббс, is no Ivanov, whom the fuzzy search would suggest)
            spellings = _index().spellings
            found = [(score * 0.95, position, "suggestion") for score, position, _ in (
                _search(russian, wanted) or _second_reading(russian, wanted)) if any(
                stem in spelling.spelling.casefold() for spelling in spellings if (spelling.kind, spelling.id) == (
                    spellings[position].kind, spellings[position].id))]
    if not found and re.search(r"[үөҮӨ]", text) and rz.script(text) == "cyrillic":  # Пүсань, Үньсань: Mongolian's ү
        # and ө, read as Russian's у and о (suggested)
        mongolian = text.translate(str.maketrans("үөҮӨ", "уоУО"))
        found = [(score * 0.95, position, "suggestion") for score, position, how in (
            _search(mongolian, wanted) or _search(mongolian.replace("ь", ""), wanted))[:1] if how in _FIRM]
    if not found and (latvian := _latvian_stem(text)):  # Josifs Staļins, Kims Irsens: Latvian's -s taken off
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search(latvian, wanted)[:1]
                 if how in _FIRM]
    if not found and wanted in (None, "person"):
        found = _name_in_phrase(text) or _by_name_and_patronymic(text)
    if not found and wanted in (None, "group"):
        found = _inflected_country(text) or _country_leadership(text)
    if not found:  # Пхеньяндан, ვაშინგტონის, वाशिंगटन: a place's or a state's name in a language the course has no
        # reading of its own for, with its case ending, or read by its consonants
        found = _place_in_another_language(text, wanted)
    if not found and wanted in (None, "party"):
        found = _country_party(text)
    if not found and wanted in (None, "army") and re.fullmatch(
            r"(?i:(?:the\s+)?(?:chinese\s+(?:forces|troops)|(?:united\s+nations|u\.?n\.?)\s+unified\s+command))|"
            r"(?:the\s+)?ROKs", text.strip()):
        # Chinese forces, Chinese troops: China's forces in Korea from October 1950 to October 1958, the CPV (as 중국군
        # is read, `_COUNTRY_ARMIES`; suggested, as before 1950 they were the civil war's armies and after 1958 the
        # PLA's); the United Nations Unified Command, the UN Command, which Security Council resolution 84 (7 July
        # 1950) set up as "a unified command under the United States" (suggested); the ROKs (not ROKS, the ROK Navy's
        # ships' prefix), the period's plural for the South's soldiers and as often for the South Koreans and their
        # government ("not binding on ROKs"): both listed, neither put first
        army = "rok_army" if "rok" in text.casefold() else "unc" if "command" in text.casefold() else "cpv"
        found = [(_RULE * 0.95, _course_name_position("army", army), "suggestion")] if army != "rok_army" else [
            (_LOOSE * 0.9, _course_name_position(*entity), "generic") for entity in (("army", "rok_army"),
                                                                                      ("group", "rok"))]
    so_called = re.fullmatch(r"(?:(?i:(?:the\s+)?so[\s\-‐‑]called\s+)|いわゆる|所谓的?|所謂的?|이른바\s*)(\S.+)",
                             text.strip())
    greek = re.fullmatch(r"(?:ο|η|το|του|της|τον|την|των|οι|τα|στον|στην|στο|στη|στα|στους|στις)\s+"
                         r"([\u0370-\u03ff\u1f00-\u1fff][\u0370-\u03ff\u1f00-\u1fff\s.-]+)", text.strip(),
                         re.IGNORECASE)
    if not found and greek:  # ο Στάλιν, της Σεούλ: a name with the Greek article that Greek writes before names
        found = _search(greek.group(1), wanted) or _second_reading(greek.group(1), wanted)
    prosthetic = re.fullmatch(r"ا(س[تطکكپقف][\u0600-\u06ff]{2,})", text.strip())
    if not found and prosthetic:  # استالین, Estālin: the alef Persian writes before s and a consonant (as Turkish
        # İstalin), read without it (ستالین), suggested
        found = [(score * 0.97, position, "suggestion") for score, position, _ in (
            _search(prosthetic.group(1), wanted) or _second_reading(prosthetic.group(1), wanted))]
    if not found and so_called and not _NUMBERED_ARMY_ALONE.fullmatch(so_called.group(1).strip()):
        # いわゆる国連軍, the so-called People's Republic: a name with "so-called" before it, the thing so called
        # (suggested; not Korean 소위, also a second lieutenant's rank)
        found = [(score * 0.95, position, "suggestion") for score, position, how in (
            _search(so_called.group(1), wanted) or _second_reading(so_called.group(1), wanted))]
    if not found and wanted in (None, "group") and re.fullmatch(
            r"(?i:(?:the\s+)?(?:united\s+states|u\.\s?s\.|us)\s+forces,?\s+(?:in\s+)?korea|usfk)", text.strip()):
        # United States Forces Korea (USFK, from 1957): American forces in Korea, the United States (as 주한미군)
        found = [(_RULE * 0.95, _course_name_position("group", "usa"), "suggestion")]
    placed = re.fullmatch(r"(?i:in|at|from|near|into|outside|around)\s+(\S.*)|(?i:(?:the\s+)?(?:(north|south)\s+"
                          r"korean\s+)?capital,)\s+(\S.*)|(\S+)\s+(?i:in\s+(korea))", text.strip())
    if not found and wanted in (None, "place") and placed and rz.script(text) == "latin":
        # In Pusan, at Kaesong: a place with an English preposition before it; the (North Korean) capital,
        # Pyongyang; Kaesong in Korea: the place, in the Korea named (suggested; not a broadcaster named after a
        # city, Peking radio, which older rows refuse)
        name = placed.group(1) or placed.group(3) or placed.group(4)
        korea = {"north": ("dprk",), "south": ("rok",), "korea": ("dprk", "rok")}.get(
            (placed.group(2) or placed.group(5) or "").casefold())
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search(name, "place")[:1]
                 if how in _FIRM and (korea is None or _index().spellings[position].id in _korean_places(korea)) and (
                     not placed.group(3) or _index().spellings[position].id in ("pyongyang", "seoul"))]
        # (after "the capital," only a Korean capital: not the capital, Yalu)
    if not found and wanted in (None, "army") and (soldiers := re.fullmatch(
            r"(.{2,}?)\s*(?:战士|戰士|兵士|官兵|将士|將士|장병들|장병|병사들)", text.strip())) and (
            not _NUMBERED_ARMY_ALONE.fullmatch(soldiers.group(1).strip())):
        # 志愿军战士, 人民軍將士: an army's name with a word for its soldiers after it, the army (suggested)
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search(
            soldiers.group(1), "army")[:1]
                 if how in _FIRM and _index().spellings[position].kind == "army"]
    if not found and wanted in (None, "army") and (troops := re.fullmatch(
            r"(?i:the\s+)?(?i:heroic\s+)?([A-Z]{2,6})\s+(?i:forces|troops|armies|soldiers|fighters|generals)",
            text.strip())):
        # KPA forces, CCF armies, CPV troops, KPA generals: an army's abbreviation with a word for its troops or its
        # generals, as the army (as a rank after an army's name in characters is: 朝鮮人民軍大将; not
        # its units, which are not the course's: KPA units)
        armies = [item for item in _search(troops.group(1), "army") if item[2] in _FIRM
                  and _index().spellings[item[1]].kind == "army"]
        found = [(score * 0.95, position, "suggestion") for score, position, _ in armies[:1]] if len(
            {_index().spellings[item[1]].id for item in armies}) == 1 else []  # (KLA: the KPA or the Korean
        # Liberation Army, neither)
    if not found and wanted in (None, "army") and (heroic := re.fullmatch(
            r"(?i:the\s+)?(?:(?i:heroic)\s+(.{3,}?)(?:\s+(?i:soldiers|fighters|troops))?|(.{6,}?)\s+(?i:soldiers|fighters|"
            r"troops))", text.strip())) and rz.script(text) == "latin":
        # the heroic Korean People's Army, the heroic KPA, Korean People's Army soldiers: the North's press's epithet
        # before an army's name, or a word for its soldiers after its whole name, as the army (suggested)
        armies = [item for item in _search(heroic.group(1) or heroic.group(2), "army") if item[2] == "exact"
                  and _index().spellings[item[1]].kind == "army"]
        found = [(score * 0.95, position, "suggestion") for score, position, _ in armies[:1]] if len(
            {_index().spellings[item[1]].id for item in armies}) == 1 else []
    if not found and (qualified := re.fullmatch(r"(.{6,}?),\s*(?:in\s+)?Korea", text.strip())):
        # United Nations Command, Korea; Eighth Army, Korea: an army's or a command's name with the country it served
        # in after a comma, as a persons list or an order of battle writes it (suggested; not a country's, "Soviet
        # Union, Korea", a heading of relations)
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search(
            qualified.group(1), wanted)[:1] if how in _FIRM and _index().spellings[position].kind == "army"]
    if not found and (generic := re.fullmatch(r"([\uac00-\ud7a3][\uac00-\ud7a3 ]+?)\s*(능선|고지)", text.strip())):
        # 하트브레이크 능선: a hill's or a ridge's English name in Hangul with the Korean word for a ridge (능선) or a
        # hill (고지) after it, read as the Hangul of the English word (리지, 힐); a place whose name has that word
        english = {"능선": ("리지", "ridge"), "고지": ("힐", "hill")}[generic.group(2)]
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search(
            f"{generic.group(1)} {english[0]}", "place")[:1] if how in _FIRM and english[1] in _entities().get(
                ("place", _index().spellings[position].id), {}).get("name", "").casefold()]
    if not found and re.fullmatch(r"第\s*(?:10|１０|十)\s*軍団", text.strip()):
        # 第10軍団: a Japanese corps (軍団) numbered ten, without its country, as Korean's 제10군단 is read: X Corps,
        # the only tenth corps the course holds (suggested)
        found = [(score * 0.95, position, "suggestion") for score, position, how in _search("X軍団", wanted)[:1]
                 if how in _FIRM]
    untitled_honour = re.sub(r"(?:様|さま|殿|閣下|阁下)$", "", text.strip())  # (マッカーサー大統領閣下: the office
    # before the honorific)
    office_after = next((posts for pattern, posts in _TITLE_OFFICE_POSTS if pattern.search(untitled_honour)), None)
    if office_after and rz.script(text) in ("cjk", "hangul", "kana") and _TITLES_AFTER.search(text.strip()):
        # 哈里逊总统, 윌리엄 해리슨 대통령: an office after a name, taken only for a man whose posts give it
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or _posts_fit(_index().spellings[item[1]].id, office_after)]
    if re.search(r"(?:准将|準将|准將|準將)$", text.strip()):
        # 杜德准将: a brigadier general's rank after a name, taken only for a man whose posts give it (Francis Dodd);
        # 克拉克准将 is no brigadier Clark of the course (Mark Clark was a general); or a Korean soldier's, who rose
        # through the ranks in the war (白善燁准将, the ROK 1st Division's commander in 1950), as junior ranks are
        # (`_KOREAN_SOLDIER_POSTS`)
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or "brigadier" in _posts(_index().spellings[item[1]].id)
                 or re.search(_KOREAN_SOLDIER_POSTS, _posts(_index().spellings[item[1]].id))]
    if _NUMBERED_ARMY_ALONE.fullmatch(text):
        # 第10軍, an army's number alone: any country's army, not taken as part of one body's name (美國第10軍);
        # a spelling in the data may still name one
        found = [item for item in found if item[2] not in ("part", "generic")]
    if re.search(r"五星上[将將]$", text.strip()):  # 麥克阿瑟五星上將: a five-star general's rank after a name, the
        # five who held it only (not 克拉克五星上将: Mark Clark was a four-star general)
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or _index().spellings[item[1]].id in _FIVE_STAR_GENERALS]
    if re.search(r"(?:提督|제독)$", text.strip()):  # 乔伊提督: an admiral's title after a name, an admiral's only
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or re.search(r"admiral|naval forces|fleet", _posts(_index().spellings[item[1]].id))]
    if re.search(r"司令(?!部)|사령관|사령원|\bcommander\b(?![- ]in[- ]chief)", f"{text} {shown}", re.IGNORECASE):
        # 司令官アチソン, Commander Acheson: a commander's title (as typed: a title before a name in characters or
        # kana is taken off before here) is no diplomat's (a man whose posts are a secretary of state's, a foreign
        # minister's, an ambassador's or a delegate's, and no commander's or military body's)
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or _soldier_or_commander_in_chief(_index().spellings[item[1]].id, commander=True)
                 or not re.search(r"secretary of state|foreign minist|foreign affairs|ambassador|representative at",
                                  _posts(_index().spellings[item[1]].id))]
    if re.match(r"(vice |rear )?(admiral|adm\b\.?)\s", text, re.IGNORECASE):
        # an admiral is a sailor: not Mark Clark or Matthew Ridgway, generals both
        entities = _entities()
        found = [item for item in found if re.search(r"admiral|nav(y|al)|fleet", entities.get(
            (_index().spellings[item[1]].kind, _index().spellings[item[1]].id), {}).get("description", ""), re.I)]
    if lived:  # the wrestler Kim Il (1929~2006) is not the course's Kim Il (1910-1984): a namesake, not found
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or _lived_then(_index().spellings[item[1]].id, lived.group(1), lived.group(2))]
    if died_then:  # and a person whose year of death the course does not hold is not taken
        found = [item for item in found if _index().spellings[item[1]].kind != "person" or (
            not pd.isna(_entities().get(("person", _index().spellings[item[1]].id), {}).get("died", float("nan")))
            and _lived_then(_index().spellings[item[1]].id, None, died_then.group(1) or died_then.group(2)))]
    if born_then:  # 김일(1929년), the wrestler born in 1929, is not the course's Kim Il (born 1910); a person whose
        # birth year the course does not hold is not checked
        found = [item for item in found if _index().spellings[item[1]].kind != "person" or pd.isna(
            born := _entities().get(("person", _index().spellings[item[1]].id), {}).get("born", float("nan")))
            or abs(int(born) - int(born_then.group(1))) <= 1]
    named_after = re.fullmatch(r"([\u4e00-\u9fff]*[\uac00-\ud7a3]+)([\u4e00-\u9fff]+)", text.strip().replace(" ", ""))
    if named_after and not doubled_found and len(named_after.group(1)) >= 2 and not _TITLES_AFTER.search(
            text.strip()) and (
            len(named_after.group(2)) >= 2 or named_after.group(2) in _NAMED_AFTER_WORDS) and not (
            _index().exact.get(("plain", normalise(text)))) and any(
            item[2] in _FIRM and _index().spellings[item[1]].kind == "person"
            for item in _search(named_after.group(1), "person")):
        found = []  # 김일성大學, 萬경대革命學院, 김일성路: a whole name with a word in characters after it is a thing
        # named after its owner (the university, the school, the street), not the owner
    if rz.script(text) == "cjk" and len(text.strip()) == 2:  # 林河 is not 林和 (Rim Hwa), though pinyin reads both
        # "Lin He": in a name of two characters one other character is half the name, another person's, unless it is
        # read as that person's in Korean too (金筞, 朴逹: variant characters); 金斗奉 for 金枓奉 is a variant
        found = [item for item in found if not (item[2] == "suggestion" and _index().spellings[item[1]].kind == "person"
                                                 and _index().spellings[item[1]].id not in _foreign_keys()
                                                 and rz.script(_index().spellings[item[1]].spelling) == "cjk"
                                                 and rz.korean_readings(text.strip())
                                                 and not set(rz.korean_readings(text.strip())) & set(
                                                     rz.korean_readings(_index().spellings[item[1]].spelling)))]
    if found and found[0][2] not in ("exact", "part") and _index().spellings[found[0][1]].kind == "person" and (
            normalise(text) in _territory_names()):
        found = [item for item in found if _index().spellings[item[1]].kind != "person"] or _second_reading(
            text, wanted)  # Бельгия, Belgium, is no slip of Берия's name: a country's name is never read as a
        # person's by likeness
    middle = re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]\s*[·・•‧﹒．\s]\s*([A-ZＡ-Ｚa-z])\.?\s*"
                       r"[·・•‧﹒．\s]\s*(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])", text)
    if middle:  # 威廉·H·哈里森, 约翰·Ｃ·霍奇, 존 C. 하지: a middle initial in Latin letters in a name in characters,
        # kana or Hangul must be the man's own middle name's, whichever rule found him (William Henry Harrison is not
        # William K. Harrison)
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or _middle_name_fits(_index().spellings[item[1]].id,
                                      unicodedata.normalize("NFKC", middle.group(1)).upper())]
    if _GENERATION.search(text.strip()):  # 더글러스 맥아더 2세, Douglas MacArthur II, Jr.: a son or nephew of the
        # name, who is the course's man only if the course's own name for him says so (William K. Harrison Jr.)
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or "Jr" in _entity_name(("person", _index().spellings[item[1]].id))]
    lone_initial = re.fullmatch(r"([^\W\d_])\.\s*([^\W\d_][^\W\d_'’\-]{2,})", text.strip())
    if lone_initial and lone_initial.group(1).isupper():
        # Ю. Малик, Я. Сталин: one initial before a foreign man's surname must be his first name's (Yakov Stalin,
        # Yuri Malik are others), unless it is Monsieur's M. (`_monsieur`: M. Malik)
        found = [item for item in found if _index().spellings[item[1]].kind != "person"
                 or _index().spellings[item[1]].id not in _foreign_keys()
                 or _initial_fits(lone_initial.group(1), _index().spellings[item[1]].id)
                 or _monsieur(_index().spellings[item[1]].id, text)]
    shared = _shared_name(text, found)  # Andong, Kim Jeong-suk: also someone's or something's not in the course
    if shared and wanted is None and _index().spellings[found[0][1]].kind == "place":
        # Yonan: the Korean reading of Yan'an, and so also of the group named after it (연안파), besides a town in
        # Korea: the group is listed too
        place = _index().spellings[found[0][1]].id
        group = next((position for position, spelling in enumerate(_index().spellings)
                      if (spelling.kind, spelling.id, spelling.system) == ("group", place, "name in the course")
                      and _GROUP_SUFFIX.match(spelling.spelling)), None)  # "Yan'an group"
        if group is not None:
            found = [*found, (found[0][0] * 0.9, group, "exact")]
    # a word that is part of several bodies' names and nothing else ("Volunteer Army": the CPV, the KVA, the KVC):
    # ambiguous, none of them put first as the answer
    ambiguous = bool(shared) or (len({(_index().spellings[position].kind, _index().spellings[position].id)
                                      for _, position, _ in found}) > 1 and all(how == "generic" for *_, how in found))
    spellings = _index().spellings
    if len(found) >= 2 and found[0][2] == found[1][2] == "exact" and found[0][0] == found[1][0] and (
            normalise(spellings[found[0][1]].spelling) == normalise(spellings[found[1][1]].spelling) == normalise(text)
            and spellings[found[0][1]].kind == spellings[found[1][1]].kind
            and spellings[found[0][1]].id != spellings[found[1][1]].id):
        ambiguous = True  # 朝共: the data give the very name typed to two parties (Japanese writes it for the Korean
        # Communist Party, Chinese for the Workers' Party of Korea): neither is put first
    letters = text.strip().replace(".", "")
    if re.fullmatch(r"[A-Za-zĽľ]{2,6}", letters) and letters.upper() != text.strip():
        upper = _search(letters.upper(), wanted)  # kla, K.L.A.: an abbreviation typed in small letters or with
        # stops is read as written in capitals too, where the English initials are found
        found = upper if len({_index().spellings[item[1]].id for item in upper[:2]}) == 2 else found
    if len(found) >= 2 and re.fullmatch(r"[A-Za-zĽľ]{2,6}", letters) and all(
            how == "exact" and score >= _RULE for score, _, how in found[:2]) and (
            spellings[found[0][1]].kind == spellings[found[1][1]].kind != "person") and (
            spellings[found[0][1]].id != spellings[found[1][1]].id):
        ambiguous = True  # KLA: one army's abbreviation in the data (the Korean People's Army's in Czech and
        # Slovak) and another's initials in English (the Korean Liberation Army): neither is put first
    if not found and wanted in (None, "person"):
        titled = re.sub(r"['’][sS]$", "", _TITLES.sub("", text.strip()).strip())  # "Mr. Rusk", "President Rhee",
        # "Rhee's": the surname alone
        found = _surname_alone(text.strip()) or (_surname_alone(titled) if titled != text.strip() else []) or (
            _first_name_slip(titled)) or _surname_office(text) or (
            _general_by_surname(titled, text.strip())
            if _GENERALS_TITLES.match(text.strip()) or _NAVAL_TITLES.match(text.strip()) else [])
        if titled != text.strip():  # Ambassador Zhou Enlai (read as a first name and surname): the title must fit
            found = [item for item in found if _title_fits(_index().spellings[item[1]].id, text.strip())]
        ambiguous, by_surname = len(found) > 1, bool(found)
        if titled != text.strip() and _MILITARY_TITLES.match(text.strip()) and len(found) == 1 and not (
                _MILITARY_POSTS.search(_posts(_index().spellings[found[0][1]].id))
                and _title_fits(_index().spellings[found[0][1]].id, text.strip())):
            found, ambiguous, by_surname = [], False, False  # Marshal Zhu: a rank before a surname alone that is a
            # civilian's only (Chu Nyong-ha's), never answered as him; Colonel Joy: an army rank before an admiral's
    else:
        by_surname = False
    if titled_after:  # Seoul elnök, KPA tábornok: a title is a person's; a general's only a commander's (Hungarian
        # or Icelandic)
        found = [item for item in found if _index().spellings[item[1]].kind == "person" and (
            _TITLES_AFTER_LATIN[title_after] != "General"
            or _general_after_fits(_index().spellings[item[1]].id)) and (
            not comrade_after or _side("person", _index().spellings[item[1]].id) == "communist")]
    if not found:
        label = _KIND_LABEL[wanted] if wanted else ""
        what = f" as {'an' if label[:1] in 'aeiou' else 'a'} {label}" if wanted else ""
        return _empty(shown, f"“{shown}” is not in the course's data{what}, and no name in it is close enough "
                             "to suggest. The course covers the people, groups, parties, armies and places of "
                             "North Korea's history from 1945 to 1970 that its lessons discuss.")
    index, entities = _index(), _entities()
    rows = []
    for score, position, how in found:
        spelling = index.spellings[position]
        entity = entities.get((spelling.kind, spelling.id))
        if entity is None:
            continue
        same = normalise(spelling.spelling) in {normalise(variant) for variant, _ in _variants(text.strip())}
        kind_of_spelling = _SYSTEMS.get(spelling.system, spelling.system)
        typed_script = rz.script(text)
        across = typed_script != rz.script(spelling.spelling) and not rz.has_katakana(text) and how in (
            "exact", "part")  # 徐辉 found by its Korean reading 서휘, Пхеньян by Phenian: say what was typed
        if across:
            reading = rz.vietnamese_key(text)
            kind_of_spelling = (f"Sino-Vietnamese reading of {spelling.spelling}" if typed_script == "latin"
                                and reading in rz.vietnamese_readings(_CJK_ADMIN.sub("", spelling.spelling))
                                else f"pinyin of {spelling.spelling}" if typed_script == "latin"
                                and normalise(text) in _plain_keys(spelling.spelling)[1:]
                                else f"{_SCRIPT_LABELS[typed_script]}, read by rule as {spelling.spelling}")
        rows.append({
            "match": "ambiguous" if ambiguous else "exact" if how in _FIRM else "suggestion" if how == "generic"
            else how,
            "kind": spelling.kind, "id": spelling.id, "name": entity["name"],
            "description": entity["description"], "hangul": entity["hangul"], "faction": entity["faction"],
            "born": entity["born"], "died": entity["died"], "spelling": text.strip() if across else spelling.spelling,
            "kind_of_spelling": kind_of_spelling,
            "matched_by": "surname" if by_surname else "part of the name" if how in ("generic", "part")
            else "near miss" if how == "suggestion" else "garble"
            if how == "garbled" else "transcription" if how == "transcribed" else "katakana" if how == "katakana"
            else "same spelling" if same else "romanization rule",
            "note": spelling.note, "sources": "; ".join(dict.fromkeys(short_cites(entity["source_ids"]))),
            "source_ids": entity["source_ids"], "score": round(score, 3),
        })
    frame = Matches(pd.DataFrame(rows, columns=COLUMNS))
    frame.asked, frame.message, frame.shared = shown, None, shared
    return frame


# Vowels that McCune-Reischauer without its breves, and so many an English text, writes alike: ㅓ and ㅗ (o), ㅕ and
# ㅛ (yo), ㅡ and ㅜ (u); as Hangul medial indices.
_FOLDED_VOWELS = ({4, 8}, {6, 12}, {18, 13})


# Initial consonants that the Korean fold hears alike, plain, aspirated and tense (ㄱ ㅋ ㄲ, ㄷ ㅌ ㄸ, ㅂ ㅍ ㅃ,
# ㅈ ㅊ ㅉ, ㅅ ㅆ), as Hangul initial indices.
_FOLDED_INITIALS = ({0, 15, 1}, {3, 16, 4}, {7, 17, 8}, {12, 14, 13}, {9, 10})


@lru_cache(maxsize=4096)
def _sound_of_another_place(typed: str, place: str) -> bool:
    """Whether a place's name typed in Hangul differs from the place's own Hangul name (places.csv) only in sounds
    the Korean fold hears alike (a plain, aspirated or tense initial, or a vowel romanization without breves writes
    alike), and is the name of another place in Korea (`_other_korean_places`, GeoNames): 태천, T'aech'ŏn, is not
    대전, Taejŏn. A name no other place bears is taken as a slip (창진호, 낙통강, 금송: the course's places). The words
    for a city or a county are left off both; False when the place has no Hangul name or the syllables do not line
    up."""
    own = _entities().get(("place", place), {}).get("hangul")
    if not isinstance(own, str) or not own:
        return False
    own = _PLACE_SUFFIX_CJK.sub("", own.replace(" ", "")) or own.replace(" ", "")
    reading = _PLACE_SUFFIX_CJK.sub("", typed.strip().replace(" ", "")) or typed.strip().replace(" ", "")
    if rz.hangul_key(own) == rz.hangul_key(reading) or not _apart_only_as_folded(own, reading, initials=True):
        return False
    said = rz.hangul_to_latin(reading).replace("eo", "o").replace("eu", "u")  # McCune-Reischauer's letters, as
    said = {"g": "k", "d": "t", "b": "p", "j": "ch"}.get(said[:1], said[:1]) + said[1:]  # GeoNames spells them
    return normalise(said) in _other_korean_places()


@lru_cache(maxsize=4096)
def _vowel_of_another_name(typed: str, person: str) -> bool:
    """Whether a name typed in Hangul or characters differs from the person's Hangul name (people.csv) only where
    romanization without breves writes two vowels alike (최영건 and 최용건 are both "Choe Yong-gon"): Hangul and
    characters spell the vowel, so it is another name. False when the person has no Hangul name or the syllables
    do not line up."""
    own = _entities().get(("person", person), {}).get("hangul")
    readings = [typed.replace(" ", "")] if rz.script(typed) == "hangul" else rz.korean_readings(typed.strip())
    if not isinstance(own, str) or not own or not readings:
        return False
    return _apart_only_as_folded(own.replace(" ", ""), readings[0], initials=False)


def _apart_only_as_folded(own: str, typed: str, initials: bool) -> bool:
    """Whether two Hangul names (str) of as many syllables differ, and only where the Korean fold hears alike: a
    vowel romanization without breves writes alike (`_FOLDED_VOWELS`) and, with `initials`, a plain, aspirated or
    tense initial (`_FOLDED_INITIALS`); the finals the same. False for anything not in Hangul."""
    if len(own) != len(typed) or own == typed or not all(rz.is_hangul(ch) for ch in own + typed):
        return False
    for a, b in ((ord(a) - 0xAC00, ord(b) - 0xAC00) for a, b in zip(own, typed, strict=True) if a != b):
        firsts, vowels = {a // 588, b // 588}, {(a % 588) // 28, (b % 588) // 28}
        if a % 28 != b % 28 or (len(vowels) > 1 and vowels not in _FOLDED_VOWELS) or (len(firsts) > 1 and not (
                initials and any(firsts <= group for group in _FOLDED_INITIALS))):
            return False
    return True


def _shared_name(text: str, found: list[tuple[float, int, str]]) -> str | None:
    """The note of a "shared_name" spelling (name_variants.csv) of the first thing found, when the name typed is
    that spelling: "Andong" is Dandong's name until 1965 and a South Korean city's; "Kim Jeong-suk" is Kim Jong-suk
    and also a relative of Kim Il Sung's. None when the name is no such spelling."""
    if not found:
        return None
    index = _index()
    first = index.spellings[found[0][1]]
    if first.system == "shared_name":  # found by that spelling in another script (Юки, Yuki)
        return first.note
    abbreviation = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z]{3,6})(?:['’]s)?", text.strip())
    if abbreviation:  # KDP, the KDP's: the initials of an English name the entity shares (the southern Korea
        # Democratic Party's), which are that other one's too
        shared = next((spelling.note for spelling in index.spellings if spelling.system == "shared_name"
                       and (spelling.kind, spelling.id) == (first.kind, first.id)
                       and _initials(spelling) == abbreviation.group(1).casefold()), None)
        if shared:
            return shared
    # a Korean person's name in another romanization that may be of the same Hangul is shared too (Kim Chong-suk as
    # Kim Jeong-suk), but not the course's own name for its person, nor a spelling whose vowels are exact (breves
    # or Revised Romanization's eo, eu: Choe Yong-geon is 최용건, not the later 최영건)
    folded = first.kind == "person" and rz.script(text) == "latin" and normalise(text) != normalise(
        _entity_name((first.kind, first.id))) and not re.search(r"eo|eu|[ŏŭŎŬ]", text, re.IGNORECASE)
    return next((spelling.note for spelling in index.spellings if spelling.system == "shared_name"
                 and (spelling.kind, spelling.id) == (first.kind, first.id)
                 and (normalise(spelling.spelling).replace("oo", "u") == normalise(text).replace("oo", "u") or (
                     folded and rz.script(spelling.spelling) == "latin" and len(rz.words(text)) >= 2
                     and rz.korean_key(spelling.spelling) == rz.korean_key(text)))), None)


def _intro(found: pd.DataFrame, query: str) -> str:
    match = found["match"].iloc[0]
    if match == "ambiguous" and getattr(found, "shared", None):
        return f"“{query}” is ambiguous: it is the course's {found['name'].iloc[0]}, and {found.shared}:"
    if match == "ambiguous" and found["spelling"].nunique() == 1 and (found["matched_by"] == "same spelling").all():
        kinds = {"party": "parties", "army": "armies", "group": "groups", "place": "places", "person": "people"}
        return (f"“{query}” is ambiguous: it is a name of {len(found)} {kinds[found['kind'].iloc[0]]} in the course, "
                "and only the text you read it in can say which:")
    if match == "ambiguous" and (found["matched_by"] == "part of the name").all():
        kinds = " and ".join(dict.fromkeys({"party": "parties", "army": "armies", "group": "groups", "place": "places",
                                            "person": "people"}[k] for k in found["kind"]))
        return f"“{query}” alone names no one thing: it is part of the names of {len(found)} {kinds} in the course:"
    if match == "ambiguous":
        return (f"“{query}” alone is ambiguous: {len(found)} people in the course have this surname. "
                "Type the whole name to find one of them:")
    loose = [note for note, system in zip(found["note"], found["kind_of_spelling"], strict=True)
             if system == "loose reference" and isinstance(note, str) and note]
    if match == "exact":
        return f"“{query}” is:"
    if (found["matched_by"] == "part of the name").all() and len(found) > 1:
        kinds = " and ".join(dict.fromkeys({"party": "parties", "army": "armies"}[k] for k in found["kind"]))
        return f"“{query}” alone names no one thing: it is part of the names of {len(found)} {kinds} in the course:"
    if loose:
        return f"“{query}” is not one thing for certain. {loose[0]} Perhaps:"
    return f"No exact match for “{query}”. Did you mean:"


def _several_intro(parts: list[Matches]) -> str:
    asked = [f"“{getattr(part, 'asked', '')}”" for part in parts]
    listed = ", ".join(asked[:-1]) + f" and {asked[-1]}"
    return f"That looks like {len(parts)} names: {listed}. Each is looked up on its own:"


def _several_intro_for(found) -> str:
    """The several-names intro with the entry as typed before it: “MU+A”: That looks like 2 names ..."""
    asked = getattr(found, "asked", "")
    return (f"“{asked}”: " if asked else "") + _several_intro(found.parts)


def describe_lookup(name, kind=None) -> str:
    """The answer for `name` (or an answer already found) as short, escaped HTML for the lookup box."""
    found = name if isinstance(name, Matches) else lookup(name, kind)
    if getattr(found, "parts", None):
        return (f"<p>{html.escape(_several_intro_for(found))}</p><ol>"
                + "".join(f"<li>{describe_lookup(part)}</li>" for part in found.parts) + "</ol>")
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
            return "Name lookup: type a person, group, party, army or place, spelled as you met it."

    box = widgets.Text(
        description="Name:", placeholder="e.g. Heo Jiayi, 김일성, Kapsan-p'a, Inchon",
        description_allow_html=False, continuous_update=False,
        tooltip="Type a name as you met it and press Enter",
    )
    kinds = widgets.Dropdown(
        options=[("anything", "anything"), ("people", "person"), ("groups", "group"), ("parties", "party"),
                 ("armies", "army"), ("places", "place")],
        value="anything", description="Look for:", layout=widgets.Layout(width="220px"),
    )  # not None for "anything": a list whose value is None shows nothing chosen
    button = widgets.Button(description="Look up", tooltip="Look the name up")
    answer = widgets.HTML(value="<p>Type a name as you met it (most spellings and scripts work), then press "
                                "Enter or click <b>Look up</b>.</p>")
    box.add_class("nk-lookup-input")
    answer.add_class("nk-lookup-result")

    def show(_change=None):
        answer.value = describe_lookup(box.value, None if kinds.value == "anything" else kinds.value)

    box.observe(show, names="value")
    kinds.observe(show, names="value")
    button.on_click(show)
    return LookupBox([widgets.HBox([box, kinds, button], layout=widgets.Layout(flex_flow="row wrap")), answer])
