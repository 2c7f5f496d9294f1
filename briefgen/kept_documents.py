"""Each document's entry in brief.json, kept as written in the build's cache between builds.

brief.json holds every document whole (its text, blocks, date and the rest): at 400
articles about 4.4 MB of the file, walked field by field in Python on every build
(``render.json``). What a document's entry says depends on that document alone, unlike
the events, actors and positions, which move with the corpus. So the text written for it
is kept in the ``documents`` table of the cache file, and a rebuild writes the kept text
of each document it has seen and walks only the new or changed ones.

An entry's key holds everything its text is made of: the document's extraction key with
its blocks whole (``ExtractionRun.keys``: its text, blocks and fields as the structure
stage left them, the corpus year where extraction reads it, and the settings, among them
the digest of briefgen's code, so a change to the writer is a new key), a digest of the
text as the brief holds it, and its other fields as the brief holds them (the date the
extraction settled, the file it was read from). A corrupt or foreign entry is ignored by
the cache's checks (``EntryCache``) and the document walked again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.extract.cache import FORMAT, EntryCache, _code_digest, _json_bytes
from briefgen.extract.codec import encode
from briefgen.models import Document
from briefgen.render.json import encoded_document

__all__ = ["EncodedDocument", "KeptDocuments", "read_documents", "store_documents"]

_TABLE = "documents"


@dataclass(frozen=True)
class EncodedDocument:
    """A document as brief.json writes it in its list (``render.json``): a cache entry."""

    json: str


class DocumentCache(EntryCache[EncodedDocument]):
    """The ``documents`` table, under the code's digest: entries of other code are dropped
    after a build."""

    def __init__(self, path: Path) -> None:
        settings = json.dumps({"format": FORMAT, "code": _code_digest()}, sort_keys=True)
        digest = hashlib.sha256(settings.encode()).hexdigest()
        super().__init__(path, digest, table=_TABLE, kind=EncodedDocument)


def entry_key(document: Document, extraction_key: str) -> str:
    """The key of ``document``'s entry, given its extraction key with its blocks whole."""
    text = hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()
    payload = {
        "table": _TABLE,
        "extraction": extraction_key,
        "text": text,
        # every field but the text (digested above) and the blocks (in the extraction key:
        # the brief holds the structure stage's, never a cached copy's)
        "fields": encode(replace(document, text="", blocks=())),
    }
    return hashlib.sha256(_json_bytes(payload)).hexdigest()


@dataclass
class KeptDocuments:
    """The kept entries of a brief's documents by entry key, the keys by document id, and
    the entries this build wrote anew (to be stored)."""

    found: dict[str, str] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    new: dict[str, str] = field(default_factory=dict)

    def encoded(self, document: Document) -> str:
        """``document`` as brief.json writes it: the kept text, else walked (and noted)."""
        key = self.keys.get(document.id)
        if key is not None:
            kept = self.found.get(key)
            if kept is not None:
                return kept
        text = encoded_document(document)
        if key is not None:
            self.new[key] = text
        return text


def read_documents(
    documents: tuple[Document, ...], keys: Mapping[str, str], cache: Path | None
) -> KeptDocuments:
    """The kept entries of ``documents`` (``keys``: document id -> extraction key with its
    blocks whole; a document without one is walked each build)."""
    kept = KeptDocuments()
    if cache is None:
        return kept
    kept.keys = {d.id: entry_key(d, k) for d in documents if (k := keys.get(d.id)) is not None}
    with DocumentCache(cache) as stored:
        found = stored.get_many(sorted(set(kept.keys.values())))
    kept.found = {key: entry.json for key, entry in found.items()}
    return kept


def store_documents(kept: KeptDocuments, cache: Path | None) -> None:
    """Keep the entries this build wrote anew in ``cache``."""
    if cache is not None and kept.new:
        with DocumentCache(cache) as stored:
            stored.keep({key: EncodedDocument(text) for key, text in kept.new.items()})
