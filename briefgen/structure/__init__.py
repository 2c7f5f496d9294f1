"""Structure stage: each document's text as blocks of one kind (body, headline, caption,
furniture, reader comment, transcript turn, …), between ingest and extraction.

Only body and transcript blocks feed the extractors (``extraction_view``); the blocks are
kept on the document (``Document.blocks``) and written to the JSON.
"""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure.classify import structure_document
from briefgen.structure.model import EXTRACTED, Structure, extraction_view, turn_at
from briefgen.structure.profile import CorpusProfile, build_profile
from briefgen.structure.stamps import stamped

__all__ = [
    "EXTRACTED",
    "CorpusProfile",
    "Structure",
    "build_profile",
    "extraction_view",
    "structure_document",
    "structured",
    "turn_at",
]


def structured(document: Document, profile: CorpusProfile) -> Document:
    """``document`` with its blocks set, and the moment its stamp states."""
    return stamped(document, structure_document(document, profile.for_document(document)).blocks)
