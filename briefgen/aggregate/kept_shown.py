"""Each document's positions as a reader sees them alone, kept in the build's cache beside
its extraction: a rebuild names only the new documents' references back.

``bracketed.named_content`` reads a position's kind, span and sentence and its article,
never the corpus nor the speaker the actors give it: a document's named contents are a
function of its extraction. They are kept under the extraction's whole key (``keys``: the
extract stage's, which name the text, its blocks, the code and the model), as the word
counts and the reportable sentences are. An entry that does not check out (damaged, of
other code) is a miss, and so is one whose count differs from the document's positions:
those documents are named anew. Entries are read and stored by this process only (the
events' merge in a forked child names the misses: it never opens the cache).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.aggregate.bracketed import named_content
from briefgen.extract.cache import BesideCache
from briefgen.models import Extraction

TABLE = "shown"


@dataclass(frozen=True)
class DocumentShown:
    """A document's positions' contents as ``named_content`` names them, in the
    extraction's order (None: as written): a cache entry."""

    contents: tuple[str | None, ...]


def kept_shown(
    extractions: Sequence[Extraction], keys: Mapping[str, str] | None, cache: Path | None
) -> dict[str, DocumentShown]:
    """Document id -> its kept entry, for the documents of ``extractions`` with one in the
    build's ``cache`` under their extraction's key (``keys``: document id -> key)."""
    if cache is None or not keys:
        return {}
    with BesideCache(cache, table=TABLE, kind=DocumentShown) as stored:
        return stored.found(stored.wanted(extractions, keys))


def shown_each(
    extractions: Sequence[Extraction], kept: Mapping[str, DocumentShown]
) -> tuple[list[str | None], dict[str, DocumentShown]]:
    """Every position's named content, in the extractions' order (as ``shown_contents``
    gives them), read from ``kept`` where its entry fits the document, and the entries
    made anew here (document id -> entry) for the others."""
    by_doc = {x.document.id: x for x in extractions}  # each position's article, as there
    shown: list[str | None] = []
    made: dict[str, DocumentShown] = {}
    for x in extractions:
        entry = kept.get(x.document.id)
        if entry is None or len(entry.contents) != len(x.positions):
            named = (named_content(p, by_doc.get(p.doc)) for p in x.positions)
            entry = DocumentShown(tuple(named))
            if all(p.doc == x.document.id for p in x.positions):  # its own article's alone
                made[x.document.id] = entry
        shown.extend(entry.contents)
    return shown, made


def keep_shown(
    made: Mapping[str, DocumentShown],
    extractions: Sequence[Extraction],
    keys: Mapping[str, str] | None,
    cache: Path | None,
) -> None:
    """Store the entries this build made (``shown_each``) under their extractions' keys,
    and drop those no build of this code can find."""
    if cache is None or not keys:
        return
    with BesideCache(cache, table=TABLE, kind=DocumentShown) as stored:
        wanted = stored.wanted(extractions, keys)
        stored.keep({wanted[doc]: entry for doc, entry in made.items() if doc in wanted})
