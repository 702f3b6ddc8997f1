"""One lock, ranges in the package, Binder in agreement.

pyproject.toml names what the course needs with compatible ranges; requirements-lock.txt pins the
exact versions everything installs; environment.yml (Binder) repeats the lock's run-time lines.
"""

import re
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements-lock.txt"


def pins(lines) -> dict[str, str]:
    """name -> exact version, from `name==version` lines; anything else is an error."""
    found = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([0-9][^\s;]*)", line)
        assert match, f"not an exact pin: {line!r}"
        name = canonicalize_name(match.group(1))
        assert name not in found, f"{name} is pinned twice"
        found[name] = match.group(2)
    return found


sys.path.insert(0, str(ROOT / "tools"))
from course import TRANSITIVE  # noqa: E402 (the line `python tools/course.py relock` writes its pins under)


def lock_pins(text: str | None = None, part: str = "all") -> dict[str, str]:
    """The lock's pins: "direct" (the ones maintainers write, above the TRANSITIVE line), "transitive"
    (what `tools/course.py relock` wrote below it) or "all"."""
    text = LOCK.read_text() if text is None else text
    direct, _, transitive = text.partition(TRANSITIVE)
    transitive = transitive.split("\n", 1)[1] if transitive else ""
    found = {"direct": pins(direct.splitlines()), "transitive": pins(transitive.splitlines())}
    if part != "all":
        return found[part]
    twice = set(found["direct"]) & set(found["transitive"])
    assert not twice, f"pinned twice: {sorted(twice)}"
    return found["direct"] | found["transitive"]


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def environment_pip_pins(text: str | None = None) -> dict[str, str]:
    environment = yaml.safe_load((ROOT / "environment.yml").read_text() if text is None else text)
    sections = [d["pip"] for d in environment["dependencies"] if isinstance(d, dict) and "pip" in d]
    assert len(sections) == 1, "environment.yml needs exactly one pip: section"
    return pins(sections[0])


def requirements(groups=None) -> list[Requirement]:
    """The requirements of `groups` (default: the run-time ones and every extra, `hub` included)."""
    proj = project()
    groups = groups or ("dependencies", *proj["optional-dependencies"])
    found = []
    for group in groups:
        found += proj["dependencies"] if group == "dependencies" else proj["optional-dependencies"][group]
    return [Requirement(r) for r in found]


def problems_with_lock(reqs: list[Requirement], lock: dict[str, str]) -> list[str]:
    problems = []
    for req in reqs:
        version = lock.get(canonicalize_name(req.name))
        if version is None:
            problems.append(f"{req.name} is in pyproject.toml but has no pin in requirements-lock.txt: add "
                            f"`{req.name}==<version>` there (and to environment.yml's pip section if it is a "
                            "run-time or `lab` package)")
        elif not req.specifier.contains(Version(version), prereleases=True):
            problems.append(f"{req.name}=={version} in the lock is outside pyproject's range {req.specifier}")
    return problems


def problems_with_environment(env: dict[str, str], lock: dict[str, str], runtime: set[str]) -> list[str]:
    problems = [f"environment.yml lacks {name}=={lock.get(name)}" for name in sorted(runtime - set(env))]
    for name, version in sorted(env.items()):
        if lock.get(name) != version:
            problems.append(f"environment.yml has {name}=={version}, the lock has {lock.get(name)}")
    return problems


def runtime_names() -> set[str]:
    return {canonicalize_name(r.name) for r in requirements(("dependencies", "lab"))}


def test_package_metadata_declares_ranges_not_exact_pins():
    """The data helpers must install beside someone else's stack: no `==` in pyproject's requirements."""
    exact = [str(req) for req in requirements() if any(spec.operator in ("==", "===") for spec in req.specifier)]
    assert exact == [], (f"pyproject.toml pins {exact} exactly: write a compatible range there (e.g. "
                         "'name>=X.Y,<X+1') and put the exact `name==version` line in requirements-lock.txt")


def test_the_package_does_not_require_the_jupyter_front_end():
    runtime = {canonicalize_name(r.name) for r in requirements(("dependencies",))}
    assert not runtime & {"jupyterlab", "notebook", "ipykernel"}


def test_every_requirement_has_a_pin_in_the_lock_inside_its_range():
    assert problems_with_lock(requirements(), lock_pins()) == []


def test_the_maintainers_pins_name_nothing_that_pyproject_does_not_name():
    named = {canonicalize_name(r.name) for r in requirements()}
    assert set(lock_pins(part="direct")) - named == set()


def test_every_installed_package_is_pinned_at_the_version_installed():
    """The environment the tests run in was installed from the lock: every package in it is pinned
    there (the transitive ones by `python tools/course.py relock`), at the version installed. A new
    dependency that pulls in an unpinned package fails here until the lock is remade with relock."""
    import importlib.metadata

    lock = lock_pins()
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()}
    assert {n: v for n, v in installed.items() if n in lock and lock[n] != v} == {}
    if sys.platform == "linux":  # the lock is made on Linux; Windows and macOS add packages of their own
        assert set(installed) - set(lock) - {"nkcourse", "pip", "setuptools", "wheel"} == set()


def test_the_transitive_part_can_be_told_from_the_direct_one():
    text = "pandas==3.1.1\n" + TRANSITIVE + " (note)\n# comment\nsix==1.17.0\n"
    assert lock_pins(text, "direct") == {"pandas": "3.1.1"} and lock_pins(text, "transitive") == {"six": "1.17.0"}
    with pytest.raises(AssertionError, match="pinned twice"):
        lock_pins(text + "pandas==3.1.1\n")


def test_environment_yml_repeats_the_lock_for_run_time_and_lab_packages():
    assert problems_with_environment(environment_pip_pins(), lock_pins(), runtime_names()) == []


def test_the_checks_find_a_missing_pin_a_pin_out_of_range_and_a_disagreeing_environment():
    lock = lock_pins()
    without_pandas = {k: v for k, v in lock.items() if k != "pandas"}
    assert any("pandas" in p for p in problems_with_lock(requirements(), without_pandas))
    assert any("plotly==6.0.0" in p for p in problems_with_lock(requirements(), {**lock, "plotly": "6.0.0"}))
    env = environment_pip_pins()
    assert problems_with_environment({**env, "numpy": "2.0.0"}, lock, runtime_names())
    assert problems_with_environment({k: v for k, v in env.items() if k != "notebook"}, lock, runtime_names())
    with pytest.raises(AssertionError, match="not an exact pin"):
        lock_pins("pandas>=3\n")


def test_environment_yml_python_matches_requires_python():
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in environment["dependencies"] if isinstance(d, str)]
    assert "python=3.11" in conda
    assert project()["requires-python"] == ">=3.11"


def test_build_backend_is_pinned():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    assert requires == [f"hatchling=={lock_pins()['hatchling']}"]
