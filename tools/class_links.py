"""Links that put a unit in front of a class: one nbgitpuller link per unit for a JupyterHub, and one
Binder link, generated from the single place that holds the course's address,
instructors/class_settings.toml (or --repository/--hub/--branch, which override it).

    python tools/class_links.py
    python tools/class_links.py --repository https://git.example.edu/history/nk-course.git --hub https://hub.example.edu

nbgitpuller (installed on the hub) clones the repository into the learner's home on the first click
and, on later clicks, merges course updates without overwriting what the learner changed.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "instructors" / "class_settings.toml"


def units() -> list[tuple[str, Path]]:
    """(label, notebook) for the start notebook, every lesson and every practice notebook, by file name."""
    found = [(f"{p.stem} (lesson)", p) for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))]
    found += [(f"{p.stem} (practice)", p) for p in sorted((ROOT / "exercises").glob("[0-9][0-9]_*.ipynb"))]
    return found


def folder_name(repository: str) -> str:
    """The folder nbgitpuller clones into: the repository's last path part without .git."""
    return repository.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")


def hub_link(hub: str, repository: str, branch: str, notebook: Path) -> str:
    path = f"{folder_name(repository)}/{notebook.relative_to(ROOT).as_posix()}"
    # "?autodecode" spares JupyterLab's question about workspaces (nbgitpuller's documented form)
    query = urlencode({"repo": repository, "branch": branch, "urlpath": f"lab/tree/{path}?autodecode"})
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def binder_link(repository: str, branch: str, notebook: Path) -> str:
    return (f"https://mybinder.org/v2/git/{quote(repository, safe='')}/{quote(branch, safe='')}"
            f"?{urlencode({'labpath': notebook.relative_to(ROOT).as_posix()})}")


def settings(path: Path = SETTINGS) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        print(f"{path} could not be read ({error}); using the command line only.")
        return {}


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repository", help="the course's public git address")
    parser.add_argument("--hub", help="your JupyterHub's address")
    parser.add_argument("--branch", help="the branch learners get (default: main)")
    args = parser.parse_args(arguments)
    saved = settings()
    repository = (args.repository or saved.get("repository") or "").strip()
    hub = (args.hub or saved.get("hub") or "").strip()
    branch = (args.branch or saved.get("branch") or "main").strip()
    if not repository.startswith(("https://", "http://")):
        print(f"No repository address yet. Put the course's public git address (https://...) in "
              f"{SETTINGS.relative_to(ROOT)} under `repository`, or give --repository.")
        return 1
    for label, notebook in units():
        print(label)
        if hub:
            print(f"  JupyterHub: {hub_link(hub, repository, branch, notebook)}")
        print(f"  Binder:     {binder_link(repository, branch, notebook)}")
    if not hub:
        print(f"\nNo hub address: set `hub` in {SETTINGS.relative_to(ROOT)} (or --hub) for the JupyterHub links.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
