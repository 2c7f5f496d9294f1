"""A parse's text, built once: no spaCy import, so the modules that ask it load without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_text"]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per parse: spaCy joins every token's text each time it is
    asked, which a rule asking it per noun or per cue makes quadratic in a long page."""
    text = doc.user_data.get("briefgen.text")
    if text is None:
        text = doc.user_data["briefgen.text"] = doc.text
    return text
