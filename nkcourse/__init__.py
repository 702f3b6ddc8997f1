"""The course's helpers, in one short surface for the notebooks.

    import nkcourse as nk
    events = nk.load("events")        # a typed table from data/
    nk.cite("lankov_2002")            # readable references for source ids
    nk.lookup("Heo Jiayi")            # a person, group, party, army or place, in most spellings
    nk.lookup("Kapsan", kind="group") # only one kind of thing
    nk.show("u1_return")              # an exercise

`import nkcourse` loads only what a lesson's first cell needs: the tables, the citations, the names and
the chart style. The exercise engine (ipywidgets, the bank schema's validator) and the map helpers load
the first time a notebook uses them (`nk.show`, `nk.progress`, `nk.maps`, ...): a learner sees the first
table sooner, and a notebook without exercises never pays for them. tests/test_import_cost.py keeps it so.
"""

from importlib import import_module

from . import style  # sets the course's Plotly template and offline renderer
from .data import cite, date_text, dates_text, load, short_cite, split_ids, step_dates, tables
from .names import lookup, lookup_box

# Public names that load their module on first use: name -> module (relative to this package).
_LAZY = {
    "maps": ".maps",
    "check": ".quiz", "export_progress": ".quiz", "instructor_mode": ".quiz", "progress": ".quiz",
    "show": ".quiz", "show_bank": ".quiz",
}

__all__ = [
    "check", "cite", "date_text", "dates_text", "export_progress", "instructor_mode", "load", "lookup",
    "lookup_box", "maps", "progress", "short_cite", "show", "show_bank", "split_ids", "step_dates", "style",
    "tables",
]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'nkcourse' has no attribute {name!r}")
    module = import_module(_LAZY[name], __name__)
    value = module if name == "maps" else getattr(module, name)
    globals()[name] = value  # the next use is an ordinary attribute look-up
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
