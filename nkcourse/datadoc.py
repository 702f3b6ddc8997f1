"""Write the data dictionary in data/README.md from datapackage.json, so the two never disagree.

data/README.md has a hand-written part (what the data is, how to cite it, the codebooks) above the
marker line, and a generated part below it. `python -m nkcourse.datadoc` rewrites the generated
part; a test fails when it is out of date.
"""

from __future__ import annotations

import json
import sys

from .paths import data_dir

MARKER = "<!-- Generated from datapackage.json by `python -m nkcourse.datadoc`: do not edit below. -->"


def _constraints(field: dict) -> str:
    parts = []
    constraints = field.get("constraints", {})
    if constraints.get("required"):
        parts.append("required")
    if constraints.get("unique"):
        parts.append("unique")
    if "enum" in constraints:
        parts.append("one of " + ", ".join(f"`{v}`" for v in constraints["enum"]))
    if "minimum" in constraints or "maximum" in constraints:
        parts.append(f"{constraints.get('minimum', '…')} to {constraints.get('maximum', '…')}")
    return "; ".join(parts)


def render(package: dict) -> str:
    """The generated part of data/README.md: one section per table."""
    lines = [MARKER, "", "## Tables", ""]
    for resource in package["resources"]:
        schema = resource["schema"]
        key = schema.get("primaryKey") or "none"
        key = ", ".join(key) if isinstance(key, list) else key
        lines += [f"### `{resource['path']}`: {resource['title']}", "", resource["description"], "",
                  f"Primary key: `{key}`." if key != "none" else "No primary key (rows as the sources give them).", ""]
        for foreign in schema.get("foreignKeys", []):
            lines.append(f"- `{foreign['fields']}` refers to `{foreign['reference']['resource']}."
                         f"{foreign['reference']['fields']}`")
        lines += ["", "| column | type | rules | meaning |", "|---|---|---|---|"]
        for field in schema["fields"]:
            description = field.get("description", "").replace("|", "\\|")
            lines.append(f"| `{field['name']}` | {field['type']} | {_constraints(field)} | {description} |")
        lines.append("")
    return "\n".join(lines)


def expected_readme(current: str, package: dict) -> str:
    """The README as it should be: the hand-written part kept, the generated part renewed."""
    handwritten = current.split(MARKER)[0].rstrip() + "\n\n"
    return handwritten + render(package)


def main() -> int:
    readme = data_dir() / "README.md"
    package = json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    readme.write_text(expected_readme(readme.read_text(encoding="utf-8"), package), encoding="utf-8")
    print(f"wrote {readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
