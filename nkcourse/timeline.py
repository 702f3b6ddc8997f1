"""Imprecise dates on a time axis: a date known only to the month or the year is a span, not a day.

The tables store "1957" (year precision) as 1 January 1957 and "1956-08" (month precision) as
1 August 1956 (see data/README.md). Drawn as points, such dates would put a step "in 1957" before
one "on 3 March 1957" although it may have come after it. `period_end` gives the first day after
the whole period a date can mean, so a chart can draw each date as the span it really is:
one day, one month or one year.
"""

from __future__ import annotations

import pandas as pd

_STEP = {"day": pd.DateOffset(days=1), "month": pd.DateOffset(months=1), "year": pd.DateOffset(years=1)}


def period_end(rows: pd.DataFrame, column: str = "date") -> pd.Series:
    """The first day after the period each date can mean (exclusive end), from its precision column.

    `rows` is a table with a date column and its `<column>_precision` sibling, as `nk.load` returns
    it. A missing date or precision gives a missing end (NaT), never an exception.
    """
    precision = rows[f"{column}_precision"].astype("string")
    ends = [
        start + _STEP[str(level)] if pd.notna(start) and pd.notna(level) and str(level) in _STEP else pd.NaT
        for start, level in zip(pd.to_datetime(rows[column]), precision, strict=True)
    ]
    return pd.Series(pd.to_datetime(ends), index=rows.index, name=f"{column}_end")
