"""Every third-party module the package imports is declared in pyproject.toml (jsonschema was imported
but not declared), and the front-end piece is where JupyterLab looks for it."""

import ast
import importlib.metadata
import json
import re
import sys
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "nkcourse"
PYPROJECT = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))


def _names(node) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name.split(".")[0] for alias in node.names}
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return {node.module.split(".")[0]}
    return set()


def imported_modules() -> tuple[set[str], set[str]]:
    """Third-party modules imported when a module loads, and those imported only inside a function."""
    at_load, in_functions = set(), set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lazy = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                for n in ast.walk(f)}
        for node in ast.walk(tree):
            (in_functions if id(node) in lazy else at_load).update(_names(node))
    ignore = set(sys.stdlib_module_names) | {"nkcourse"}
    return at_load - ignore, in_functions - ignore


def _declared(requirements) -> set[str]:
    return {re.split(r"[=<>\[ ]", d)[0].lower().replace("_", "-") for d in requirements}


def test_every_direct_import_is_a_declared_dependency():
    runtime = _declared(PYPROJECT["project"]["dependencies"])
    extras = runtime | {d for group in PYPROJECT["project"]["optional-dependencies"].values() for d in _declared(group)}
    providers = importlib.metadata.packages_distributions()
    at_load, in_functions = imported_modules()
    assert {"filelock", "yaml"} <= at_load  # the scan sees what the engine imports
    assert "jsonschema" in in_functions - at_load  # imported where a bank is validated (tests/test_import_cost.py)
    for module in ("jsonschema",):  # imported lazily, for the message of a bank that does not fit its schema
        assert {d.lower() for d in providers.get(module, [])} & runtime, f"{module} must be a runtime dependency"
    for modules, declared in ((at_load, runtime), (in_functions - at_load, extras)):
        for module in sorted(modules):
            distributions = {d.lower().replace("_", "-") for d in providers.get(module, [])}
            assert distributions & declared, f"nkcourse imports {module} ({distributions}) but does not declare it"


def test_the_labextension_is_shipped_where_jupyterlab_finds_it():
    folder = PACKAGE / "labextension" / "nkcourse-exercises"
    meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    assert (folder / meta["jupyterlab"]["_build"]["load"]).is_file()
    shared = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    assert shared["nkcourse/labextension/nkcourse-exercises"] == "share/jupyter/labextensions/" + meta["name"]
    assert "data-lm-suppress-shortcuts" in (folder / "remoteEntry.js").read_text(encoding="utf-8")
