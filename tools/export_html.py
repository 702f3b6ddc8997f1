"""Export notebooks to standalone HTML files that keep their charts and need no network.

Each file carries plotly.js from the installed plotly package once (about 4.8 MB), so it opens
anywhere, from disk, offline: for handing in work, posting a lesson or printing it.

Usage: python tools/export_html.py [NOTEBOOK ...] [--out FOLDER]
       (default: every notebook in notebooks/ and exercises/, into export/)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nkcourse.export import html_exporter

ROOT = Path(__file__).resolve().parent.parent


def course_notebooks() -> list[Path]:
    return sorted(p for folder in ("notebooks", "exercises") for p in (ROOT / folder).glob("*.ipynb"))


def exporter(**settings):
    return html_exporter(**settings)


def export(path: Path, out: Path) -> Path:
    body, _ = exporter().from_filename(str(path), resources={"metadata": {"path": str(path.parent)}})
    target = out / path.parent.name / (path.stem + ".html")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return target


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "export")
    options = parser.parse_args(arguments)
    for path in [p.resolve() for p in options.notebooks] or course_notebooks():
        target = export(path, options.out)
        print(f"{target.stat().st_size / 1e6:5.1f} MB  {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
