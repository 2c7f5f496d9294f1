"""Files shipped inside the package: the JSON Schema of brief.json and the demo seeds.

In a wheel they sit in ``briefgen/_schema`` and ``briefgen/_seeds`` (hatch's
``force-include``); in a source checkout they are read from ``docs/`` and ``seeds/``.
"""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

_CHECKOUT = Path(__file__).resolve().parent.parent


def schema_file() -> Traversable:
    """The JSON Schema of ``brief.json`` (``docs/brief.schema.json`` in the repository)."""
    shipped = files("briefgen") / "_schema" / "brief.schema.json"
    return shipped if shipped.is_file() else _CHECKOUT / "docs" / "brief.schema.json"


def brief_schema() -> dict[str, Any]:
    """The JSON Schema of ``brief.json``, parsed: for validating a brief in another program."""
    schema: dict[str, Any] = json.loads(schema_file().read_text(encoding="utf-8"))
    return schema


def seeds_dir() -> Path:
    """The bundled seed articles that ``briefgen demo`` builds."""
    shipped = Path(str(files("briefgen") / "_seeds"))
    return shipped if shipped.is_dir() else _CHECKOUT / "seeds"
