"""The arithmetic and the Markdown of the benchmark's one table (no I/O, no timing: unit-tested).

A row is a `Row`: what was measured, of what, the median (and p95 where it has one), the floor or
reference it is compared with, the ratio to it, the aim and whether the aim holds.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass


def median(samples: list[float]) -> float:
    if not samples:
        raise ValueError("no samples")
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """The 95th percentile (inclusive method, so one sample gives itself)."""
    if not samples:
        raise ValueError("no samples")
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def ratios(values: list[float], floors: list[float]) -> list[float]:
    """Run-by-run ratios of interleaved measurements (run i of a notebook against run i of the floor)."""
    if len(values) != len(floors) or not values:
        raise ValueError("need the same number (> 0) of runs of the subject and of the floor")
    return [v / f for v, f in zip(values, floors, strict=True)]


@dataclass
class Row:
    measure: str
    subject: str
    value: str
    reference: str = ""
    ratio: str = ""
    aim: str = ""
    met: bool | None = None  # None: no aim for this row


def fmt(number: float, unit: str = "", digits: int = 2) -> str:
    return f"{number:.{digits}f}{(' ' + unit) if unit else ''}"


def ratio_row(measure: str, subject: str, values: list[float], floors: list[float], unit: str,
              limit: float | None, digits: int = 2) -> Row:
    """A subject against the floor of the same runs: medians of each, and the median of run-by-run ratios."""
    ratio = median(ratios(values, floors))
    return Row(measure, subject, fmt(median(values), unit, digits), fmt(median(floors), unit, digits),
               f"{ratio:.2f}×", f"≤ {limit:.1f}×" if limit is not None else "",
               None if limit is None else ratio <= limit)


def latency_row(measure: str, subject: str, samples_ms: list[float], limit_ms: float | None) -> Row:
    """Median and p95 of an interaction, in milliseconds; the aim is on the median."""
    mid = median(samples_ms)
    return Row(measure, subject, f"{mid:.2f} ms (p95 {p95(samples_ms):.2f})", "", "",
               f"median < {limit_ms:g} ms" if limit_ms is not None else "",
               None if limit_ms is None else mid < limit_ms)


def render(rows: list[Row], title: str = "") -> str:
    """One Markdown table; a `|` inside a cell is escaped so it cannot break the table."""
    header = ["Measure", "Subject", "Value (median)", "Floor / reference", "Ratio", "Aim", "Met"]
    lines = [f"**{title}**", ""] if title else []
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        cells = [row.measure, row.subject, row.value, row.reference, row.ratio, row.aim, met]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"
