"""Write nkcourse/country_names.tsv: the names of the countries whose leadership is a group of the course, in the
languages the course's pages and learners use, from the Unicode Common Locale Data Repository (CLDR) as the `babel`
library ships it (BSD licence; the CLDR data under the Unicode licence, whose notice the table carries).

The name look-up reads the table, so that 미국, 美国, Hoa Kỳ, Südkorea or 韓国 is answered as "United States" and
"South Korea" are (the groups `usa` and `rok`). The Soviet Union is no CLDR territory: its names in other languages are
rows of data/name_variants.csv, each with its source. The English names are the data's own and are left out.

    .venv/bin/python tools/cldr_country_names.py           # write the table
    .venv/bin/python tools/cldr_country_names.py --check   # exit 1 if the table differs from what babel gives
"""

from __future__ import annotations

import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "nkcourse" / "country_names.tsv"
# group of the course -> CLDR territory code
COUNTRIES = {"usa": "US", "rok": "KR"}
LOCALES = ("zh", "zh_Hant", "ja", "ko", "ru", "uk", "bg", "sr", "sr_Latn", "hr", "bs", "sl", "pl", "cs", "sk", "hu",
           "ro", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "et", "lt", "lv", "tr", "vi", "id", "ms",
           "fil", "th", "ar", "fa", "he", "hi", "mn", "kk")


def table() -> str:
    """The table's text: a notice, then one line per name: group, tab, CLDR locale, tab, name."""
    import babel
    from babel import Locale

    lines = [
        "# Names of countries in other languages: group of the course, CLDR locale, name.",
        "# Extracted (only these names) from the Unicode Common Locale Data Repository (CLDR) as babel",
        f"# {babel.__version__} ships it (babel: BSD licence), by tools/cldr_country_names.py. The CLDR data are",
        "# copyright Unicode, Inc., and used under the Unicode licence (https://www.unicode.org/license.txt).",
    ]
    for group, territory in COUNTRIES.items():
        seen = set()
        for code in LOCALES:
            name = Locale.parse(code).territories.get(territory)
            if name and name not in seen:
                seen.add(name)
                lines.append(f"{group}\t{code}\t{name}")
    return "\n".join(lines) + "\n"


def main(arguments: list[str]) -> int:
    text = table()
    if "--check" in arguments:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE.name} differs from what babel gives: run tools/cldr_country_names.py")
            return 1
        print(f"{TABLE.name} is current.")
        return 0
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE} ({sum(not line.startswith('#') for line in text.splitlines())} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
