"""Write nkcourse/sino_vietnamese.tsv, the Sino-Vietnamese (Hán-Việt) readings of Chinese characters, from
the Unicode Character Database's Unihan files (kVietnamese readings; simplified characters through
kTraditionalVariant, other forms of a character such as 晩 for 晚 through kZVariant), as
tools/build_sino_korean.py does for the Korean readings. Debian's `unicode-data` package ships those
files in /usr/share/unicode/.

    apt-get install unicode-data
    .venv/bin/python tools/build_sino_vietnamese.py [/usr/share/unicode]

The lookup reads the table to find a name by its Sino-Vietnamese reading (金日成 = Kim Nhật Thành,
平壤 = Bình Nhưỡng). Unihan gives no reading for some characters (津, for one); a name with such a
character is not found this way.
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = """\
# Sino-Vietnamese readings of Chinese characters: character, tab, readings (the usual one first).
# Extracted (modified: only the kVietnamese field, simplified characters and z-variants given the
# readings of their traditional and z-variants) from the Unicode Character Database,
# Unihan_Readings.txt and Unihan_Variants.txt,
# Unicode 15.0.0, by tools/build_sino_vietnamese.py.
#
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


def fields(path: Path, wanted: str):
    with bz2.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == wanted:
                yield chr(int(parts[0][2:], 16)), parts[2]


def main(folder: str = "/usr/share/unicode") -> int:
    folder = Path(folder)
    readings = {ch: [r.casefold() for r in value.split()] for ch, value in
                fields(folder / "Unihan_Readings.txt.bz2", "kVietnamese")}
    variants = [pair for field in ("kTraditionalVariant", "kZVariant")  # 晩 (a Japanese and Korean form) = 晚
                for pair in fields(folder / "Unihan_Variants.txt.bz2", field)]
    for ch, value in variants:
        if ch not in readings:
            found = [r for code in value.split() for r in readings.get(chr(int(code.split("<")[0][2:], 16)), [])]
            if found:
                readings[ch] = list(dict.fromkeys(found))
    lines = [f"{ch}\t{' '.join(values)}" for ch, values in sorted(readings.items())]
    (ROOT / "nkcourse" / "sino_vietnamese.tsv").write_text(NOTICE + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
