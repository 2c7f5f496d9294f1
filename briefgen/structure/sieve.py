"""Before extraction: the documents that are read, and a named reason for each one left out.

Order matters: language first (a foreign page is neither a copy nor off-topic, it is
unread), then copies (the corpus profile must not count a page scraped twice as
recurrence), then structure, then the query (matched in the body, not the page around it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefgen.ingest.language import detect_language
from briefgen.models import DataNote, Document
from briefgen.structure.copies import find_copies, source_name
from briefgen.structure.profile import build_profile
from briefgen.structure.topic import on_topic, query_pattern

ENGLISH = "en"


@dataclass(frozen=True)
class Sieved:
    documents: tuple[Document, ...]
    notes: tuple[DataNote, ...]


def sieve(documents: Sequence[Document], query: Sequence[str] = ()) -> Sieved:
    """Language, copies, structure and topic: the documents to extract, and notes."""
    from briefgen.structure.classify import structure_document

    notes: list[DataNote] = []
    english: list[Document] = []
    for doc in documents:
        language = detect_language(doc.text)
        doc = replace(doc, language=language)
        if language is not None and language != ENGLISH:
            stated = f"; its stated date is {doc.date}" if doc.date else ""
            message = f"not in English (language: {language}); not read{stated}"
            notes.append(DataNote(doc.id, message, "not-english"))
            continue
        english.append(doc)

    copies = find_copies(english)
    for copy, original in copies.dropped:
        notes.append(
            DataNote(copy.id, f"a copy of {original.id}; counted once, not read", "duplicate")
        )
    kept: list[Document] = []
    for doc in copies.kept:
        also = copies.copies.get(doc.id, ())
        if also:
            names = ", ".join(dict.fromkeys(source_name(c) for c in also))
            notes.append(DataNote(doc.id, f"also published by {names}"))
        kept.append(doc)

    profile = build_profile(kept)
    kept = [replace(d, blocks=structure_document(d, profile).blocks) for d in kept]

    pattern = query_pattern(query)
    if pattern is not None:
        on = [d for d in kept if on_topic(d, pattern)]
        on_ids = {d.id for d in on}
        for d in kept:
            if d.id not in on_ids:
                notes.append(
                    DataNote(
                        d.id,
                        "off-topic: the query is not in its headline or body; not read",
                        "off-topic",
                    )
                )
        kept = on
    return Sieved(tuple(kept), tuple(notes))
