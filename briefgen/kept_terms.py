"""Each document's words as the views weigh them, kept in the build's cache between builds.

The views read every document's text twice over: for the story's words (``anaphora``'s
``used_words``, counted over the corpus by the printed chronology, ``render.printing``)
and for the content terms each document holds (``aggregate.terms``, counted over the
corpus by ``Focus.of``: the words the story's sources commonly use). What one document
gives to either count depends on its text alone, so it is kept in the ``terms`` table of
the cache file, keyed by the text and the settings (the code's digest), as the
quotations' languages are (``quote_language``); a build adds the shares up. A rebuild
reads the shares of the documents it has seen and works out those of its new or changed
texts only. A corrupt or foreign entry is ignored and the text read again.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.aggregate.terms import distinct_terms
from briefgen.anaphora import used_words
from briefgen.structure.cached import TextCache, text_key

__all__ = ["DocumentTerms", "KeptTerms", "read_terms", "store_terms"]


@dataclass(frozen=True)
class DocumentTerms:
    """One text's words and names (its share of ``anaphora.story_words``) and its content
    terms (its share of ``Focus.of``'s common terms), each once, sorted: a cache entry."""

    used: tuple[str, ...]
    content: tuple[str, ...]

    @staticmethod
    def of(text: str) -> DocumentTerms:
        # Each word one object for the build (``sys.intern``), as the cache's decoder reads
        # it back: the views hold every document's words at once, and most of a text's
        # words are every other text's too (a cold build of 450 articles held 8.5 MB of
        # copies). The content terms are ``_term``'s, already one object a word.
        used = tuple(sorted(map(sys.intern, used_words(text))))
        return DocumentTerms(used, tuple(sorted(distinct_terms(text))))


@dataclass
class KeptTerms:
    """The shares of a brief's documents by document id; those worked out by this build
    (not read from the cache) also in ``new``, by text, to be stored."""

    by_doc: dict[str, DocumentTerms] = field(default_factory=dict)
    new: dict[str, DocumentTerms] = field(default_factory=dict)


def read_terms(
    texts: Mapping[str, str], cache: Path | None, into: KeptTerms | None = None
) -> KeptTerms:
    """The share of each of ``texts`` (document id -> text): read from the build's
    ``cache`` where it holds the text's, else worked out; added to ``into`` when given
    (a build's, which its views read again)."""
    kept = KeptTerms() if into is None else into
    found: dict[str, DocumentTerms] = {}
    if cache is not None:
        with TextCache(cache, table="terms", kind=DocumentTerms) as stored:
            found = stored.read_texts(texts.values())
    for doc, text in texts.items():
        share = found.get(text)
        if share is None:
            share = found[text] = kept.new[text] = DocumentTerms.of(text)
        kept.by_doc[doc] = share
    return kept


def store_terms(kept: KeptTerms, cache: Path | None) -> None:
    """Keep the shares this build worked out in ``cache``; kept, they are no longer new."""
    if cache is not None:
        with TextCache(cache, table="terms", kind=DocumentTerms) as stored:
            stored.keep_texts(kept.new)
        kept.new.clear()


def _key(text: str, settings: str) -> str:
    return text_key("terms", text, settings)
