"""Stop `make` with one clear line when the Python that creates .venv is too old.

Written so that it parses on any Python 3, so the message appears instead of a syntax error.
"""
import sys

if sys.version_info < (3, 11):  # noqa: UP036 (this check is the point of the file)
    found = ".".join(str(n) for n in sys.version_info[:3])
    sys.exit(
        "This course needs Python 3.11 or newer, but this Python is " + found + ". "
        "Install Python 3.11+ and run again with it, e.g. `make lab PYTHON=python3.11`, "
        "or on Windows `py -3.11 tools/course.py lab`."
    )
