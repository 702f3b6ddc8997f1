"""Write the course's glossary and a cast of characters per unit, as Markdown, from the data.

    python tools/build_glossary.py          # writes notebooks/glossary.md and notebooks/cast_unit1.md ... 4
    python tools/build_glossary.py --check  # exits 1 when a committed file differs from what the data give

Everything printed comes from data/ (factions.csv, people.csv, events.csv, purge_steps.csv, sources.csv)
with the sources each row names, so the glossary and the casts follow the data when it is corrected.
- The glossary lists the groups (factions.csv: name, other names, origin, sources) and the institutions
  the lessons talk about, each with the dated events of events.csv that name it, and how names are spelled.
- A unit's cast lists the people of that unit's events (events.csv `person_ids`) and, for Unit 3, of its
  purge steps: the name the course uses, Hangul, other spellings, group, life dates, posts, sources.
Run it after any change to those tables (tests/test_glossary.py checks that the files are current).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nkcourse as nk  # noqa: E402

OUT = ROOT / "notebooks"
UNITS = {1: "Liberation and the founding of the DPRK, 1945–1949", 2: "The Korean War, 1950–1953",
         3: "Kim Il Sung's purges of the rival groups, 1950–1967",
         4: "Between Moscow and Beijing: the Sino-Soviet rivalry, 1953–1970"}
# Institutions a lesson names, and the words that find them in events.csv titles (first match first).
INSTITUTIONS = [
    ("Soviet Civil Administration", ["Soviet Civil Administration"]),
    ("North Korean Provisional People's Committee", ["Provisional People's Committee"]),
    ("Workers' Party of North Korea", ["Workers' Party of North Korea"]),
    ("Workers' Party of South Korea", ["Workers' Party of South Korea"]),
    ("Korean Workers' Party (KWP)", ["Korean Workers' Party", "KWP"]),
    ("Korean People's Army (KPA)", ["Korean People's Army", "KPA"]),
    ("Supreme People's Assembly", ["Supreme People's Assembly"]),
    ("Central Committee of the Korean Workers' Party", ["Central Committee", "KWP plenum"]),
    ("Chinese People's Volunteers (CPV)", ["Chinese People's Volunteers", "CPV"]),
    ("United Nations Command", ["UN Command", "United Nations Command"]),
    ("The armistice (talks and agreement)", ["rmistice"]),
]
# Each entry starts with an explicit anchor (`glossary.md#yanan`), so a lesson can link a term's first
# mention to it: JupyterLab keeps the id (its sanitizer allows `id`) and the web edition renders it too.


def anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "").split(" (")[0]).strip("-")


HEADER = "<!-- Made by tools/build_glossary.py from data/: edit the data or the tool, not this file. -->\n\n"


def cell(value) -> str:
    """A table cell: empty for a missing value, never '<NA>', with '|' escaped."""
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return ""
    return str(value).replace("|", "\\|").replace("\n", " ").strip()


def sources(ids) -> str:
    return nk.short_cite(nk.split_ids(ids)) if isinstance(ids, str) and ids.strip() else ""


def life(row) -> str:
    born = nk.date_text(row["born"], str(row["born_precision"])) if pd.notna(row["born"]) else "?"
    died = nk.date_text(row["died"], str(row["died_precision"])) if pd.notna(row["died"]) else ""
    return f"{born} – {died}" if died else f"born {born}" if born != "?" else ""


def glossary() -> str:
    factions = nk.load("factions")
    events = nk.load("events").sort_values("date")
    lines = [HEADER + "# Glossary: groups, institutions and names\n",
             "The words the lessons use for the groups and institutions of North Korea, 1945–1970. Every entry "
             "comes from the course's data tables, with the sources they cite (full references: "
             "`nk.cite(\"source_id\")` in any notebook, or data/sources.csv). The people of each unit are in "
             + ", ".join(f"[Unit {u}](cast_unit{u}.md)" for u in UNITS) + ".\n",
             "## How names are written\n",
             "Korean names are written the way most English-language historians write them (McCune–Reischauer "
             "without its accents): family name first, e.g. Kim Il Sung, Pak Hon-yong, Choe Chang-ik. Other "
             "books and websites may spell the same person differently (Park Hun-young, Pak Hŏn-yŏng, "
             "Bak Heon-yeong); each person's card in the cast lists the common spellings, and "
             "`nk.lookup(\"any spelling\")` finds anyone by any of them.\n",
             "## Groups (factions)\n",
             "Historians call the groups of Korean communists \"factions\"; the course uses their usual English "
             "names.\n"]
    for row in factions.itertuples():
        aliases = [a for a in str(row.aliases or "").split(";") if a and a.isascii()]
        lines.append(f"### <a id=\"{row.faction_id}\"></a>{cell(row.name)}\n")
        if aliases:
            lines.append(f"Also called: {cell(', '.join(aliases))}.\n")
        if isinstance(row.origin, str):
            lines.append(f"Who they were: {cell(row.origin)}.\n")
        if isinstance(row.fate, str):
            lines.append(f"What became of them: {cell(row.fate)}.\n")
        lines.append(f"Sources: {cell(sources(row.source_ids))}.\n")
    lines.append("## Institutions\n")
    lines.append("Each institution with the events of the course's time line that name it (date, event, sources).\n")
    for name, keys in INSTITUTIONS:
        found = events[events["title"].apply(lambda t, keys=keys: any(k in str(t) for k in keys))]
        if found.empty:
            continue
        lines.append(f"### <a id=\"{anchor(name)}\"></a>{name}\n")
        for row in found.head(4).itertuples():
            lines.append(f"- {nk.date_text(row.date, str(row.date_precision))}: {cell(row.title)} "
                         f"({cell(sources(row.source_ids))})")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def cast(unit: int) -> str:
    people = nk.load("people").set_index("person_id")
    names = nk.style.faction_names()
    events = nk.load("events")
    ids: list[str] = []
    for cell_ids in events.loc[events["unit"] == unit, "person_ids"].dropna():
        ids += [i for i in nk.split_ids(cell_ids) if i not in ids]
    if unit == 3:
        ids += [i for i in nk.load("purge_steps")["person_id"].dropna() if i not in ids]
    rows = people.loc[[i for i in ids if i in people.index]].sort_values("name")
    lines = [HEADER + f"# Cast of characters, Unit {unit}: {UNITS[unit]}\n",
             f"The {len(rows)} people named in this unit's events"
             + (" and purge steps" if unit == 3 else "") + ", by the name the course uses. Groups are "
             "explained in the [glossary](glossary.md). Life dates are given as precisely as the sources allow.\n",
             "| Name | Hangul | Other spellings | Group | Lived | Posts | Sources |",
             "|---|---|---|---|---|---|---|"]
    for _pid, row in rows.iterrows():
        other = [s for s in (row["name_mr"], row["name_rr"]) if isinstance(s, str) and s != row["name"]]
        posts = [p for p in str(row["posts"] if isinstance(row["posts"], str) else "").split(";") if p][:3]
        group = names.get(row["faction_id"], "") if isinstance(row["faction_id"], str) else ""
        group = f"[{cell(group.split(' (')[0])}](glossary.md#{row['faction_id']})" if group else ""
        lines.append("| " + " | ".join(cell(v) for v in (
            row["name"], row["name_hangul"], ", ".join(dict.fromkeys(other))))
            + f" | {group} | " + " | ".join(cell(v) for v in (life(row), "; ".join(posts), sources(row["source_ids"])))
            + " |")
    return "\n".join(lines) + "\n"


def outputs() -> dict[Path, str]:
    return {OUT / "glossary.md": glossary(), **{OUT / f"cast_unit{u}.md": cast(u) for u in UNITS}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report stale files instead of writing them")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.relative_to(ROOT).as_posix())
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("Out of date (run python tools/build_glossary.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
