"""Typed tables from data/ and readable citations from data/sources.csv.

One loader for the whole course: the notebooks, the exercise checker and the tests all read the
tables through `load`, so types follow datapackage.json (the table schema) and nothing else.

Conventions the loader relies on (see data/README.md):
- a date column `X` with a sibling `X_precision` (or `start_date` with `start_precision`) holds a
  partial ISO date ("1945", "1945-08", "1945-08-15"); it is parsed to the first day it can mean,
  and the precision column says how much of it is known;
- a string field with an `enum` constraint becomes a categorical in the schema's order, ordered
  when the schema marks it `"categoriesOrdered": true` (confidence, precision);
- multi-valued id cells ("lankov_2002;suh_1988") stay text; `split_ids` turns one into a list.
"""

from __future__ import annotations

import json
from functools import cache

import pandas as pd

from .paths import data_dir

_PANDAS_TYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean", "year": "Int64"}


@cache
def datapackage() -> dict:
    """The parsed data/datapackage.json."""
    return json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))


def tables() -> list[str]:
    """The names of the course's tables, in the order datapackage.json lists them."""
    return [resource["name"] for resource in datapackage()["resources"]]


def _resource(name: str) -> dict:
    for resource in datapackage()["resources"]:
        if resource["name"] == name:
            return resource
    raise KeyError(f"There is no table called {name!r}. The tables are: {', '.join(tables())}.")


def _precision_column(field: str, columns: list[str]) -> str | None:
    for candidate in (f"{field}_precision", field.replace("_date", "_precision")):
        if candidate != field and candidate in columns:
            return candidate
    return None


def parse_partial_dates(text: pd.Series) -> pd.Series:
    """"1945" -> 1945-01-01, "1945-08" -> 1945-08-01, "1945-08-15" -> itself; empty -> NaT."""
    padded = text.astype("string").str.strip()
    padded = padded.where(padded.str.len() != 4, padded + "-01-01")
    padded = padded.where(padded.str.len() != 7, padded + "-01")
    return pd.to_datetime(padded, format="%Y-%m-%d", errors="raise")


@cache
def _typed_table(name: str) -> pd.DataFrame:
    resource = _resource(name)
    fields = resource["schema"]["fields"]
    frame = pd.read_csv(
        data_dir() / resource["path"],
        dtype={f["name"]: _PANDAS_TYPES.get(f["type"], "string") for f in fields},
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
    )
    columns = [f["name"] for f in fields]
    for field in fields:
        column = field["name"]
        enum = field.get("constraints", {}).get("enum")
        if enum and field["type"] == "string":
            frame[column] = pd.Categorical(
                frame[column], categories=enum, ordered=bool(field.get("categoriesOrdered"))
            )
        elif field["type"] == "string" and _precision_column(column, columns):
            frame[column] = parse_partial_dates(frame[column])
        elif field["type"] == "date":
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
    return frame


def load(name: str) -> pd.DataFrame:
    """One table from data/ as a typed DataFrame (a fresh copy: change it freely)."""
    return _typed_table(name).copy()


def date_text(date, precision="day") -> str:
    """A date written no more precisely than the data know it: "19 September 1945", "November 1945", "1945"."""
    if pd.isna(date):
        return "date unknown"
    date = pd.Timestamp(date)
    precision = str(precision)
    if precision == "year":
        return f"{date:%Y}"
    return f"{date:%B %Y}" if precision == "month" else f"{date.day} {date:%B %Y}"


def dates_text(rows: pd.DataFrame, column: str = "date") -> list[str]:
    """`date_text` for every row of a table with a date column and its precision column."""
    precision = next(c for c in (f"{column}_precision", column.replace("_date", "_precision")) if c in rows)
    return [date_text(day, level) for day, level in zip(rows[column], rows[precision], strict=True)]


def split_ids(cell) -> list[str]:
    """"lankov_2002;suh_1988" -> ["lankov_2002", "suh_1988"]; empty or missing -> []."""
    if cell is None or (not isinstance(cell, str) and pd.isna(cell)):
        return []
    return [part.strip() for part in str(cell).split(";") if part.strip()]


def _format_citation(row: pd.Series) -> str:
    def text(column: str) -> str:
        value = row.get(column)
        return "" if value is None or pd.isna(value) else str(value).strip()

    parts = [f"{text('authors')} ({text('year') or 'n.d.'}). {text('title')}."]
    if text("container"):
        parts.append(f"{text('container')}.")
    if text("publisher"):
        parts.append(f"{text('publisher')}.")
    if text("identifier"):
        parts.append(text("identifier"))
    return " ".join(parts)


def cite(source_ids) -> list[str]:
    """Readable references for source ids: a list, or a ";"-separated cell as stored in the tables.

    An unknown id gives a line saying so, never an exception: a learner may type one by hand.
    """
    ids = split_ids(source_ids) if isinstance(source_ids, str) else list(source_ids)
    sources = _typed_table("sources").set_index("source_id")
    return [
        _format_citation(sources.loc[source_id]) if source_id in sources.index
        else f"(no source with the id {source_id!r} in data/sources.csv)"
        for source_id in ids
    ]


@cache
def _short_label(source_id: str) -> str:
    """One source's compact form (cached: an exercise's feedback and every chart's source line ask for
    them again and again, and a look-up in the sources table costs a fraction of a millisecond each)."""
    sources = _typed_table("sources").set_index("source_id")
    if source_id not in sources.index:
        return source_id
    row = sources.loc[source_id]
    first_author = str(row["authors"]).split(";")[0].split(",")[0].strip()
    if "(" in first_author and ")" not in first_author:  # "Great Soviet Encyclopedia (3rd ed., ...)"
        first_author = first_author.split("(")[0].strip()
    # one label per article, not "Wikipedia contributors n.d." twice
    if first_author.startswith("Wikipedia contributors"):
        return f"Wikipedia, '{row['title']}'"
    year = "n.d." if pd.isna(row["year"]) else row["year"]
    return f"{first_author} {year}"


def short_cites(source_ids) -> list[str]:
    """["Lankov 2002", "Suh 1988"]: the compact forms used in chart source lines ("n.d." when undated)."""
    ids = split_ids(source_ids) if isinstance(source_ids, str) else list(source_ids)
    return [_short_label(str(source_id)) for source_id in ids]


def step_dates(rows: pd.DataFrame, by: str = "person_id", column: str = "date", rank=None) -> pd.Series:
    """Dates to draw steps at, so that imprecise dates never reverse the order of steps.

    A year- or month-precision date is parsed to the first day it can mean, which would draw
    "died 1957" before "expelled December 1957". Here each person's steps are put in order by the
    last day each date can mean (then by `rank`, a Series of numbers for steps on the same day),
    and each step is drawn at the first day it can mean but never before the step drawn before it.
    Returns a Series aligned with `rows`.
    """
    precision = rows[next(c for c in (f"{column}_precision", column.replace("_date", "_precision")) if c in rows)]
    start = pd.to_datetime(rows[column])
    end = start.copy()
    end[precision.astype(str) == "year"] = start + pd.offsets.YearEnd(0)
    end[precision.astype(str) == "month"] = start + pd.offsets.MonthEnd(0)
    order = pd.DataFrame({"by": rows[by], "end": end, "rank": 0 if rank is None else rank})
    order = order.sort_values(["by", "end", "rank"])
    drawn = pd.Series(pd.NaT, index=rows.index, dtype="datetime64[ns]")
    for _, group in order.groupby("by", sort=False):
        previous = None
        for index in group.index:
            day = start[index] if previous is None else max(start[index], previous)
            drawn[index] = previous = min(day, end[index])
    return drawn


def short_cite(source_ids) -> str:
    """"Lankov 2002; Suh 1988": the compact form used in chart source lines."""
    return "; ".join(short_cites(source_ids))
