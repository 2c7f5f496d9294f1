"""A same-length view of a text for the NLP models, with markup blanked out.

Scraped articles keep Markdown residue (``[remove](#)``, ``**AFP**``) and
no-break spaces. The models read a copy where that residue is replaced by
spaces of the same length, so every offset still points into the original.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]\n]{1,300})\]\(([^)\s]{0,300})\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^*\n]{1,300}?)(?<=\S)\1")
_ANGLE_URL = re.compile(r"<(https?://[^>\s]+)>")
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " "})


def nlp_view(text: str) -> str:
    """``text`` with Markdown links/emphasis and odd spaces blanked; same length."""
    text = text.translate(_SPACES)
    text = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(2)) + 3), text)
    text = _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
    return _ANGLE_URL.sub(lambda m: " " + m.group(1) + " ", text)


def display(text: str) -> str:
    """A span as a reader should see it: markup removed, whitespace collapsed."""
    return " ".join(nlp_view(text).split())
