"""One person, many spellings: find anyone in the course by any name a learner may meet.

Korean names reach English readers in McCune-Reischauer (Pak Hŏn-yŏng), Revised Romanization
(Bak Heon-yeong), Hangul (박헌영), Chinese readings of the Hanja (Wu Ting for Mu Chong), Russian
forms (Hegai for Ho Ka-i) and garbled mixtures from machine translation (Heo Jiayi). `lookup`
ignores case, hyphens, spaces, apostrophes and diacritics, and suggests the nearest names instead
of failing when nothing matches.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from functools import cache

import pandas as pd

from .data import load

_APOSTROPHES = "'’‘ʼʻ`´"


def normalise(name: str) -> str:
    """The comparison key of a name: "Ch'oe Ch'ang-ik" -> "choechangik", "Hŏ Ka-i" -> "hokai"."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.translate({ord(ch): None for ch in _APOSTROPHES})
    return re.sub(r"[\s\-‐‑–—_.,]+", "", text)


@cache
def _index() -> pd.DataFrame:
    """Every known spelling, its key, and what it names (a person or a faction)."""
    people = load("people")
    rows = []
    for column, system in [("name", "canonical"), ("name_mr", "mr_diacritics"), ("name_rr", "rr"),
                           ("name_hangul", "hangul"), ("name_hanja", "hanja"), ("name_other", "other")]:
        for person_id, spelling in people[["person_id", column]].dropna().itertuples(index=False):
            rows.append((person_id, "person", spelling, system, ""))
    variants = load("name_variants")
    for row in variants.itertuples(index=False):
        rows.append((row.person_id, "person", row.variant, str(row.system), row.note or ""))
    factions = load("factions")
    for row in factions.itertuples(index=False):
        for spelling in [row.name, *str(row.aliases or "").split(";")]:
            if spelling and spelling.strip():
                rows.append((row.faction_id, "faction", spelling.strip(), "faction name", ""))
    index = pd.DataFrame(rows, columns=["id", "kind", "spelling", "system", "note"])
    index["key"] = index["spelling"].map(normalise)
    return index[index["key"] != ""].drop_duplicates(["id", "key"])


def lookup(name) -> pd.DataFrame:
    """Who (or which faction) a spelling refers to.

    Returns one row per match: the canonical name, faction, life dates, the spelling that matched
    and what kind of spelling it is. When nothing matches, the rows are the nearest candidates and
    the `match` column says "suggestion". Never raises for any text.
    """
    index = _index()
    key = normalise(name) if isinstance(name, str) else ""
    exact = index[index["key"] == key] if key else index.iloc[0:0]
    if len(exact):
        return _describe(exact, "exact")
    close = difflib.get_close_matches(key, index["key"].unique().tolist(), n=5, cutoff=0.6) if key else []
    suggested = index[index["key"].isin(close)].copy()
    suggested["rank"] = suggested["key"].map({k: i for i, k in enumerate(close)})
    return _describe(suggested.sort_values("rank").drop_duplicates("id"), "suggestion")


def _describe(matches: pd.DataFrame, how: str) -> pd.DataFrame:
    people = load("people").set_index("person_id")
    factions = load("factions").set_index("faction_id")
    rows = []
    for match in matches.drop_duplicates("id").itertuples(index=False):
        if match.kind == "person":
            person = people.loc[match.id]
            rows.append({
                "match": how, "id": match.id, "name": person["name"], "hangul": person["name_hangul"],
                "faction": factions.loc[person["faction_id"], "name"],
                "born": _year(person["born"]), "died": _year(person["died"]),
                "spelling": match.spelling, "kind_of_spelling": match.system, "note": match.note,
            })
        else:
            rows.append({
                "match": how, "id": match.id, "name": factions.loc[match.id, "name"], "hangul": pd.NA,
                "faction": factions.loc[match.id, "name"], "born": pd.NA, "died": pd.NA,
                "spelling": match.spelling, "kind_of_spelling": match.system, "note": "a faction",
            })
    columns = ["match", "id", "name", "hangul", "faction", "born", "died", "spelling",
               "kind_of_spelling", "note"]
    return pd.DataFrame(rows, columns=columns)


def _year(value):
    return pd.NA if pd.isna(value) else int(value.year)


def describe_lookup(name) -> str:
    """The result of `lookup` as one short, escaped HTML paragraph for the lookup box."""
    shown = html.escape(str(name)[:200])
    if not isinstance(name, str) or not name.strip():
        return "<p>Type a name, in any spelling or in Hangul, then press Enter or click <b>Look up</b>.</p>"
    found = lookup(name)
    if found.empty:
        return f"<p>No one in the course's data is called “{shown}”, and no name is close to it.</p>"
    lines = []
    for row in found.itertuples(index=False):
        life = "" if pd.isna(row.born) and pd.isna(row.died) else (
            f" ({'?' if pd.isna(row.born) else row.born}–{'?' if pd.isna(row.died) else row.died})")
        how = f"{html.escape(str(row.spelling))} is a {html.escape(str(row.kind_of_spelling))} spelling"
        note = f"; {html.escape(str(row.note))}" if isinstance(row.note, str) and row.note else ""
        lines.append(f"<li><b>{html.escape(str(row.name))}</b>{life}, {html.escape(str(row.faction))}"
                     f" — {how}{note}.</li>")
    intro = (f"“{shown}” is:" if found["match"].iloc[0] == "exact"
             else f"No exact match for “{shown}”. Did you mean:")
    return f"<p>{intro}</p><ul>{''.join(lines)}</ul>"


def lookup_box():
    """A text box that looks names up as the learner types them (for the start notebook)."""
    import ipywidgets as widgets

    box = widgets.Text(
        description="Name:", placeholder="e.g. Heo Jiayi, 김일성, Mooting",
        description_allow_html=False, continuous_update=False,
        tooltip="Type any spelling of a name and press Enter",
    )
    button = widgets.Button(description="Look up", tooltip="Look the name up")
    answer = widgets.HTML(value=describe_lookup(""))
    box.add_class("nk-lookup-input")
    answer.add_class("nk-lookup-result")

    def show(_change=None):
        answer.value = describe_lookup(box.value)

    box.observe(show, names="value")
    button.on_click(show)
    return widgets.VBox([widgets.HBox([box, button]), answer])
