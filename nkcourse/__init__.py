"""The course's helpers, in one short surface for the notebooks.

    import nkcourse as nk
    events = nk.load("events")        # a typed table from data/
    nk.cite("lankov_2002")            # readable references for source ids
    nk.lookup("Heo Jiayi")            # anyone, by any spelling
    nk.show("u1_return")              # an exercise
"""

from . import maps, style  # style sets the course's Plotly template and offline renderer
from .data import cite, date_text, dates_text, load, short_cite, split_ids, step_dates, tables
from .names import lookup, lookup_box
from .quiz import check, export_progress, instructor_mode, progress, show, show_bank

__all__ = [
    "check", "cite", "date_text", "dates_text", "export_progress", "instructor_mode", "load", "lookup",
    "lookup_box", "maps", "progress", "short_cite", "show", "show_bank", "split_ids", "step_dates", "style", "tables",
]
