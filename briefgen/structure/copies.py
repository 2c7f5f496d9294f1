"""Copies counted once: exact and near-duplicate documents (Jaccard over word shingles).

A wire story run by several outlets, or a page scraped twice, is one source of evidence.
The first document of each group (in input order) is kept and extracted; the others are
named on it ("also published by") and dropped with a data note.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.models import Document

SHINGLE = 5
# Jaccard similarity of 5-word shingles above which two texts are one story: copies edited
# for length or house style stay above it, two reports of one event fall far below.
THRESHOLD = 0.8
MAX_CHARS = 20_000
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Copies:
    """Kept documents, and for each kept one the ids of its copies."""

    kept: tuple[Document, ...]
    copies: dict[str, tuple[Document, ...]]

    @property
    def dropped(self) -> tuple[tuple[Document, Document], ...]:
        """(copy, the document it copies)."""
        by_id = {d.id: d for d in self.kept}
        return tuple((c, by_id[k]) for k, cs in self.copies.items() for c in cs)


def _shingles(text: str) -> set[bytes]:
    # the opening words are enough to tell a copy, and bound the cost of very long pages
    tokens = _WORD.findall(text[:MAX_CHARS].casefold())
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode()}
    return {" ".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)}


_SENTENCE = re.compile(r"[^.!?\n]+")
SENTENCE_WORDS = 8
# A copy repeats at least this share of the other's sentences (copies edited for length
# keep far more); a sentence in more documents than MAX_SHARERS is boilerplate.
SHARED_SENTENCES = 0.5
MAX_SHARERS = 20


def _likely_copies(documents: Sequence[Document]) -> bool:
    """Whether two documents share most of the sentences of the shorter one. Near-copies
    always do; when none do, MinHash (and the seconds its library takes to import) is not
    needed."""
    owners: dict[str, list[int]] = {}
    sizes: list[int] = []
    for i, doc in enumerate(documents):
        keys = set()
        for m in _SENTENCE.finditer(doc.text[:MAX_CHARS]):
            tokens = _WORD.findall(m.group().casefold())
            if len(tokens) >= SENTENCE_WORDS:
                keys.add(" ".join(tokens))
        sizes.append(len(keys))
        for key in keys:
            owners.setdefault(key, []).append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for docs in owners.values():
        if 1 < len(docs) <= MAX_SHARERS:
            shared.update((a, b) for a in docs for b in docs if a < b)
    return any(n >= SHARED_SENTENCES * min(sizes[a], sizes[b]) for (a, b), n in shared.items())


def _jaccard(a: set[bytes], b: set[bytes]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def find_copies(documents: Sequence[Document], *, threshold: float = THRESHOLD) -> Copies:
    """Group exact and near-duplicate documents; the first of each group is kept."""
    if len({d.sha1 for d in documents}) == len(documents) and not _likely_copies(documents):
        return Copies(tuple(documents), {})
    sets = [_shingles(d.text) for d in documents]
    index = _PrefixIndex(sets, threshold)
    kept: list[Document] = []
    copies: dict[str, list[Document]] = {}
    seen_sha: dict[str, str] = {}
    for i, doc in enumerate(documents):
        if doc.sha1 and doc.sha1 in seen_sha:
            copies.setdefault(seen_sha[doc.sha1], []).append(doc)
            continue
        match = index.similar(i)
        if match:
            first = documents[min(match)]  # the earliest document it copies
            copies.setdefault(first.id, []).append(doc)
            continue
        index.add(i)
        kept.append(doc)
        if doc.sha1:
            seen_sha[doc.sha1] = doc.id
    return Copies(tuple(kept), {k: tuple(v) for k, v in copies.items()})


class _PrefixIndex:
    """Every kept set whose Jaccard similarity with a new one reaches ``threshold``: exact,
    by prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007).

    Shingles are ordered rarest first over the corpus. Two sets with Jaccard >= t share at
    least t x the larger set's size, so each shares a shingle within its first
    ``len - ceil(t x len) + 1`` shingles in that order: only those are indexed and probed,
    and they are the rare ones, so a probe meets few sets. Candidates are then checked on
    the whole sets. No sketch, no chance of a missed copy, and nothing costly to import.
    """

    def __init__(self, sets: Sequence[set[bytes]], threshold: float) -> None:
        df: Counter[bytes] = Counter()
        for s in sets:
            df.update(s)
        self._sets = sets
        self._threshold = threshold
        self._prefixes = [self._prefix(s, df) for s in sets]
        self._postings: dict[bytes, list[int]] = {}

    def _prefix(self, s: set[bytes], df: Counter[bytes]) -> list[bytes]:
        """The prefix of ``s`` to index and probe, less its shingles no other set has:
        they come first in the order and can match nothing. Most of a text's shingles are
        its own, so most texts' prefixes are empty and they are sorted no further."""
        shared = [g for g in s if df[g] > 1]
        # less a hair: 0.8 x 5 is 4.000000000000001 in floating point, not 4
        length = len(s) - math.ceil(self._threshold * len(s) - 1e-9) + 1
        need = length - (len(s) - len(shared))
        if need <= 0:
            return []
        # (frequency, shingle) pairs sort in C; a key function would be called per shingle
        ordered = sorted(zip(map(df.__getitem__, shared), shared, strict=True))
        return [g for _, g in ordered[:need]]

    def add(self, i: int) -> None:
        for g in self._prefixes[i]:
            self._postings.setdefault(g, []).append(i)

    def similar(self, i: int) -> list[int]:
        """The kept sets at least ``threshold`` similar to set ``i``."""
        own = self._sets[i]
        candidates = {k for g in self._prefixes[i] for k in self._postings.get(g, ())}
        return [k for k in candidates if _jaccard(own, self._sets[k]) >= self._threshold]


def source_name(doc: Document) -> str:
    """How a copy is named to the reader: its publisher, else its id."""
    return doc.publisher or doc.id
