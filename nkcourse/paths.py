"""Where the course's files are, however the package was installed.

The notebooks may run with any working directory (JupyterLab, nbval, a JupyterHub), and the package
may be installed editable from a clone (`make lab`, Binder) or as a plain wheel. The data and the
exercise banks are found in this order:

1. the folder named by the environment variable ``NKCOURSE_ROOT`` (a clone or an unpacked copy);
2. the clone this package file lives in (editable install);
3. the copy bundled inside the installed package (``nkcourse/_course``, see pyproject.toml).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _is_course_root(folder: Path) -> bool:
    return (folder / "data" / "datapackage.json").is_file()


@cache
def course_root() -> Path:
    """The folder that holds ``data/`` and ``exercises/banks/``."""
    override = os.environ.get("NKCOURSE_ROOT")
    if override:
        folder = Path(override).expanduser().resolve()
        if not _is_course_root(folder):
            raise FileNotFoundError(
                f"NKCOURSE_ROOT is set to {folder}, but there is no data/datapackage.json there."
            )
        return folder
    for folder in (_PACKAGE_DIR.parent, _PACKAGE_DIR / "_course"):
        if _is_course_root(folder):
            return folder
    raise FileNotFoundError(
        "The course data was not found. Install the course with `make lab` from a clone, "
        "or set NKCOURSE_ROOT to the folder that holds data/ and exercises/."
    )


def data_dir() -> Path:
    return course_root() / "data"


def banks_dir() -> Path:
    return course_root() / "exercises" / "banks"
