"""Write nkcourse/country_names.tsv, the names of the countries whose leadership is a group of the course, in the
languages the course's pages and learners use, nkcourse/territory_names.tsv, every country's and territory's name
in those languages, and nkcourse/city_names.tsv, the names of the course's cities that name a time zone (Seoul,
Pyongyang, Moscow ...), from the Unicode Common Locale Data Repository (CLDR) as the `babel` library ships it (BSD
licence; the CLDR data under the Unicode licence, whose notice each table carries).

The name look-up reads the first table, so that 미국, 美国, Hoa Kỳ, Südkorea or 韓国 is answered as "United States"
and "South Korea" are (the groups `usa` and `rok`). The Soviet Union is no CLDR territory: its names in other
languages are rows of data/name_variants.csv, each with its source. The English names are the data's own and are left
out. It reads the second to tell a country's name from a person's (Бельгия, Belgium, is no slip of Берия) and to know
the states that sent forces to the UN Command by their names in any of these languages. The third gives the places
their names in scripts the course has no reading of its own for (सिओल, ਮਾਸਕੋ, ໂຊລ໌, ප්යෝන්ග්යැන්ග්).

    .venv/bin/python tools/cldr_country_names.py           # write the tables
    .venv/bin/python tools/cldr_country_names.py --check   # exit 1 if a table differs from what babel gives
"""

from __future__ import annotations

import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "nkcourse" / "country_names.tsv"
TERRITORY_TABLE = TABLE.with_name("territory_names.tsv")
CITY_TABLE = TABLE.with_name("city_names.tsv")
# place of the course (data/places.csv) -> the CLDR time zone whose exemplar city it is
CITY_ZONES = {"seoul": "Asia/Seoul", "pyongyang": "Asia/Pyongyang", "moscow": "Europe/Moscow",
              "vladivostok": "Asia/Vladivostok", "tashkent": "Asia/Tashkent", "bucharest": "Europe/Bucharest"}
# group of the course -> CLDR territory code
COUNTRIES = {"usa": "US", "rok": "KR", "prc": "CN"}
# China's names, in English too (the data name only the People's Republic): the look-up answers them as a suggestion
# with a note, since "China" named the Republic of China until October 1949
WITH_ENGLISH = {"CN"}
# South Korea's Chinese and Japanese names, 韩国 and 韓国, name all Korea too before August 1948 (韓國光復軍, the
# Korean Liberation Army) and read in Korean (한국): the look-up answers them only as written, as a suggestion with a
# note, as it answers China's (names.py reads the locale)
LOCALES = ("zh", "zh_Hant", "ja", "ko", "ru", "uk", "bg", "sr", "sr_Latn", "hr", "bs", "sl", "pl", "cs", "sk", "hu",
           "ro", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "et", "lt", "lv", "tr", "vi", "id", "ms",
           "fil", "th", "ar", "fa", "he", "hi", "mn", "kk", "ca", "gl", "eu", "is", "el", "mk", "be", "sq", "az",
           "uz", "hy", "ur", "bn", "ta", "te",
           # and the Cyrillic languages of the former Soviet Union and Yugoslavia that testers' pages showed (Kyrgyz,
           # Tajik, Tatar, Uzbek and Bosnian in Cyrillic, Chuvash, Ossetian, Bashkir, Yakut), with Turkmen, Pashto,
           # Swahili, Amharic, Khmer, Lao, Burmese, Nepali, Sinhala, Punjabi, Gujarati, Marathi, Kannada, Malayalam,
           # Irish, Maltese, Luxembourgish and Afrikaans, and Faroese, Romansh, Sardinian, Esperanto, Interlingua,
           # Northern Sami and Occitan (not Welsh, whose De Corea is Spanish for "of Korea", Scottish Gaelic, whose
           # Coirèa is Korea as a whole, Breton and West Frisian, whose Sina is a given name, Hausa, whose Sin is a
           # Korean surname, nor Chechen, whose Росси is a surname)
           "ky", "tg", "tt", "uz_Cyrl", "bs_Cyrl", "cv", "os", "ba", "sah", "tk", "ps", "sw", "am", "km",
           "lo", "my", "ne", "si", "pa", "gu", "mr", "kn", "ml", "ga", "mt", "lb", "af", "fo", "rm", "sc", "eo",
           "ia", "se", "oc",
           # and Somali, Tongan, Oromo, Ewe, Xhosa and Zulu, whose names a news corpus translated into many languages
           # showed (not Yoruba, whose CLDR name for South Korea says "North", Ariwa; nor Malagasy and Wolof, whose
           # Sina and Siin are a given name and a Korean surname's spelling; nor Maori, whose Haina is one letter
           # from Hainan, China's island province)
           "so", "to", "om", "ee", "xh", "zu",
           # and Assamese and Odia, whose time-zone city names a tester's list showed, and Georgian, whose names of
           # the three countries a country-list package showed (ჩინეთი, სამხრეთ კორეა)
           "as", "or", "ka")
# the languages of the second table, every country's and territory's name (territory_names.tsv): English and those
# above
TERRITORY_LOCALES = ("en", *LOCALES)


# The copyright and permission notice of the Unicode License v3, which the licence asks to travel with the data
UNICODE_LICENSE = """Copyright © 1991-2026 Unicode, Inc.

Permission is hereby granted, free of charge, to any person obtaining a copy of data files and any associated
documentation (the "Data Files") or software and any associated documentation (the "Software") to deal in the Data
Files or Software without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, and/or sell copies of the Data Files or Software, and to permit persons to whom the Data Files
or Software are furnished to do so, provided that either (a) this copyright and permission notice appear with all
copies of the Data Files or Software, or (b) this copyright and permission notice appear in associated
Documentation.

THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY
RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY
SPECIAL INDIRECT OR CONSEQUENTIAL DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS,
WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THE DATA FILES OR SOFTWARE.

Except as contained in this notice, the name of a copyright holder shall not be used in advertising or otherwise to
promote the sale, use or other dealings in these Data Files or Software without prior written authorization of the
copyright holder."""


def notice(*heading: str) -> list[str]:
    """A table's opening comment lines: its `heading` lines (each without "# "), then where its names come from and
    the Unicode License's notice, which the licence asks to travel with the data."""
    import babel

    return [
        *(f"# {line}" for line in heading),
        "# Extracted (only these names) from the Unicode Common Locale Data Repository (CLDR) as babel",
        f"# {babel.__version__} ships it (babel: BSD licence), by tools/cldr_country_names.py. The CLDR data are",
        "# copyright Unicode, Inc., and used under the Unicode License v3 (https://www.unicode.org/license.txt):",
        *("# " + line if line else "#" for line in UNICODE_LICENSE.splitlines()),
    ]


def table() -> str:
    """The table's text: a notice, then one line per name: group, tab, CLDR locale, tab, name."""
    from babel import Locale

    lines = notice("Names of countries in other languages: group of the course, CLDR locale, name.")
    for group, territory in COUNTRIES.items():
        seen = set()
        for code in (("en", *LOCALES) if territory in WITH_ENGLISH else LOCALES):
            name = Locale.parse(code).territories.get(territory)
            if name and name not in seen:
                seen.add(name)
                lines.append(f"{group}\t{code}\t{name}")
    return "\n".join(lines) + "\n"


def territories() -> str:
    """The second table's text: a notice, then one line per name of any country or territory in the locales of
    TERRITORY_LOCALES: CLDR territory code, tab, name (each name once, as the first locale in that order gives it).
    The name look-up reads it to tell a country's name from a person's (Бельгия is not Берия) and to know the states
    that sent forces to the UN Command by their names in any of these languages."""
    from babel import Locale

    lines = notice("Names of the world's countries and territories in the languages of the course's pages and readers:",
                   "CLDR territory code, name.")
    seen = set()
    for locale in TERRITORY_LOCALES:
        for code, name in sorted(Locale.parse(locale).territories.items()):
            if code.isalpha() and name not in seen:
                seen.add(name)
                lines.append(f"{code}\t{name}")
    return "\n".join(lines) + "\n"


def cities() -> str:
    """The third table's text: a notice, then one line per name of a place of CITY_ZONES in the locales of
    TERRITORY_LOCALES, as the CLDR names its time zone's exemplar city: place id, tab, CLDR locale, tab, name (each
    name of a place once, as the first locale in that order gives it)."""
    from babel import Locale

    lines = notice("Names of the course's cities that name a time zone, in the languages of the course's pages and",
                   "readers: place of the course, CLDR locale, name (the zone's exemplar city).")
    for place, zone in CITY_ZONES.items():
        seen = set()
        for locale in TERRITORY_LOCALES:
            name = Locale.parse(locale).time_zones.get(zone, {}).get("city")
            if name and name not in seen:
                seen.add(name)
                lines.append(f"{place}\t{locale}\t{name}")
    return "\n".join(lines) + "\n"


def main(arguments: list[str]) -> int:
    written = ((TABLE, table()), (TERRITORY_TABLE, territories()), (CITY_TABLE, cities()))
    if "--check" in arguments:
        stale = [path.name for path, text in written
                 if (path.read_text(encoding="utf-8") if path.exists() else "") != text]
        if stale:
            print(f"{', '.join(stale)} differ(s) from what babel gives: run tools/cldr_country_names.py")
            return 1
        print(f"{', '.join(path.name for path, _ in written)} are current.")
        return 0
    for path, text in written:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({sum(not line.startswith('#') for line in text.splitlines())} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
