"""The exercise engine: banks of exercises (data), a pure checker, widgets over it, the learner's progress.

    from nkcourse.quiz import show, show_bank, check, progress
    show("demo_single")               # one exercise
    show_bank("00_start_here")        # every exercise of a unit's bank
    check("demo_code", my_answer)     # check a value computed in a code cell
    progress()                        # done and total per unit
    export_progress("me.csv")         # the attempts, for an instructor
    instructor_mode(True)             # solutions open before any attempt
"""

from .progress import export_progress, progress
from .view import check, instructor_mode, show, show_bank

__all__ = ["check", "export_progress", "instructor_mode", "progress", "show", "show_bank"]
