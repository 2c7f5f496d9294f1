"""Print pip constraints pinning every declared dependency to its lower bound.

``make test-min`` installs with them, so the ``>=`` bounds in pyproject.toml are tested,
not just written: ``typer>=0.12,<1`` becomes ``typer==0.12``. Dependencies of the
dependencies are left to the resolver.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*(.*)$")
_LOWER = re.compile(r"(?:>=|==|~=)\s*([0-9][^,;\s]*)")


def constraints(pyproject: Path, extras: list[str]) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    pins = []
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement)
        if match is None:
            raise SystemExit(f"cannot read the requirement {requirement!r}")
        name, spec = match.groups()
        lower = _LOWER.search(spec)
        if lower is None:
            raise SystemExit(f"{name}: no lower bound to test; declare one (>=)")
        pins.append(f"{name}=={lower.group(1)}")
    return pins


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    print("\n".join(constraints(root / "pyproject.toml", sys.argv[1:])))
