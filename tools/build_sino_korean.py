"""Write nkcourse/sino_korean.tsv, the Korean (Sino-Korean) readings of Chinese characters, from the
Unicode Character Database's Unihan files (kHangul readings; simplified characters through
kTraditionalVariant). Debian's `unicode-data` package ships those files in /usr/share/unicode/.

    apt-get install unicode-data
    .venv/bin/python tools/build_sino_korean.py [/usr/share/unicode]

The lookup reads the table to find a Korean name written in Chinese characters (李弼奎 = 리필규 =
Ri Pil-gyu) and a Chinese name by its Korean reading (毛澤東 = 모택동).
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = """\
# Korean (Sino-Korean) readings of Chinese characters: character, tab, readings (the usual one first).
# Extracted (modified: only the kHangul field, simplified characters given the readings of their
# traditional variants) from the Unicode Character Database, Unihan_Readings.txt and Unihan_Variants.txt,
# Unicode 15.0.0, by tools/build_sino_korean.py.
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
    readings = {ch: [r.split(":")[0] for r in value.split()] for ch, value in
                fields(folder / "Unihan_Readings.txt.bz2", "kHangul")}
    for ch, value in fields(folder / "Unihan_Variants.txt.bz2", "kTraditionalVariant"):
        if ch not in readings:
            found = [r for code in value.split() for r in readings.get(chr(int(code.split("<")[0][2:], 16)), [])]
            if found:
                readings[ch] = list(dict.fromkeys(found))
    lines = [f"{ch}\t{' '.join(values)}" for ch, values in sorted(readings.items())]
    (ROOT / "nkcourse" / "sino_korean.tsv").write_text(NOTICE + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
