"""The corpus's word counts, counted a document at a time and kept with its extraction.

Resolving actors weighs how the whole corpus writes a word (``aggregate.wordcounts``:
"swine" in lower case, "Say" inside a sentence, "PACs"), and the timeline and the summary
take the words most documents use as the story's own (``anaphora.story_words``). Each
document's share of these counts depends on its text alone, so it is counted once and
kept in the build's cache (the ``words`` table beside the extractions), under its
extraction's key, as the summary's reportable sentences are (``reportable``); a build adds
up the shares. A rebuild counts the words of its new documents only, not the whole
corpus's again. A corrupt or foreign entry is ignored and the document counted again.

A document extracted in the build is counted as its extraction arrives (``words_ahead``),
while the workers extract the documents after it: this process waits on them then, and
the aggregate stage, where it works alone (Part AS of docs/scale.md), reads the shares
back as a rebuild reads the old documents'.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.aggregate.wordcounts import WordCounts
from briefgen.anaphora import story_words_of, used_words
from briefgen.extract.cache import BesideCache, ReadAhead
from briefgen.models import Extraction

__all__ = ["CorpusWords", "DocumentWords", "corpus_words", "words_ahead"]


@dataclass(frozen=True)
class DocumentWords:
    """One document's share of the corpus's ``WordCounts`` and the words it uses (for the
    story's words): a cache entry. Each count is kept as its words and, in the same order,
    how often each is counted (plain lists of strings and numbers, which the cache reads
    back several times faster than pairs)."""

    lower: tuple[str, ...]
    lower_n: tuple[int, ...]
    capitalised: tuple[str, ...]
    capitalised_n: tuple[int, ...]
    letters_lower: tuple[str, ...]
    letters_lower_n: tuple[int, ...]
    inside: tuple[str, ...]
    inside_n: tuple[int, ...]
    capitals: tuple[str, ...]
    capitals_n: tuple[int, ...]
    used: tuple[str, ...]

    def __post_init__(self) -> None:
        # An entry whose words and counts do not pair up is not this document's (the
        # cache then counts the document again).
        for words, counts in self._tables():
            if len(words) != len(counts):
                raise ValueError("words and counts differ in length")

    @staticmethod
    def of(text: str) -> DocumentWords:
        """The share of one document's ``text``."""
        counts = WordCounts.of_text(text)
        return DocumentWords(
            *_table(counts.lower),
            *_table(counts.capitalised),
            *_table(counts.letters_lower),
            *_table(counts.inside),
            *_table(counts.capitals),
            tuple(used_words(text)),
        )

    def add_to(self, counts: WordCounts, used: Counter[str]) -> None:
        """Add this share to the corpus's ``counts`` and to ``used`` (documents using each
        word)."""
        totals = (counts.lower, counts.capitalised, counts.letters_lower, counts.inside)
        for total, (words, n) in zip((*totals, counts.capitals), self._tables(), strict=True):
            total.update(dict(zip(words, n, strict=True)))
        used.update(self.used)

    def _tables(self) -> tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]:
        return (
            (self.lower, self.lower_n),
            (self.capitalised, self.capitalised_n),
            (self.letters_lower, self.letters_lower_n),
            (self.inside, self.inside_n),
            (self.capitals, self.capitals_n),
        )


def _table(counter: Counter[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return tuple(counter), tuple(counter.values())


@dataclass(frozen=True)
class CorpusWords:
    """The corpus's word counts (``resolve_actors``) and its story's words
    (``anaphora.story_words``: the timeline's and the summary's)."""

    counts: WordCounts
    story: frozenset[str]


def corpus_words(
    extractions: Sequence[Extraction],
    *,
    cache: Path | None = None,
    keys: Mapping[str, str] | None = None,
) -> CorpusWords:
    """The word counts and story words of the documents of ``extractions``; with the
    build's ``cache`` and the extraction cache's ``keys`` (document id -> key), each
    document's share read from the cache where stored."""
    counts = WordCounts()
    used: Counter[str] = Counter()
    keys = keys or {}
    if cache is None or not keys:
        for x in extractions:
            _share(x).add_to(counts, used)
    else:
        with BesideCache(cache, table="words", kind=DocumentWords) as stored:
            for share in stored.each(extractions, keys, _share):
                share.add_to(counts, used)
            stored.drop_stale()
    return CorpusWords(counts, story_words_of(used, len(extractions)))


def _share(x: Extraction) -> DocumentWords:
    return DocumentWords.of(x.document.text)


def words_ahead(cache: Path) -> ReadAhead[DocumentWords]:
    """``with words_ahead(cache) as ahead``: ``ahead.read_ahead(extraction, key)`` counts an
    extraction's share of the words and stores it in the build's ``cache`` under its
    extraction's whole key, where ``corpus_words`` reads it."""
    return ReadAhead(cache, table="words", kind=DocumentWords, read=_share)
