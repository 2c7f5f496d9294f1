"""Copies counted once: exact and near-duplicate documents (MinHash LSH over word shingles).

A wire story run by several outlets, or a page scraped twice, is one source of evidence.
The first document of each group (in input order) is kept and extracted; the others are
named on it ("also published by") and dropped with a data note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.models import Document

SHINGLE = 5
PERMUTATIONS = 64
# Jaccard similarity of 5-word shingles above which two texts are one story: copies edited
# for length or house style stay above it, two reports of one event fall far below.
THRESHOLD = 0.8
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
    tokens = _WORD.findall(text.casefold())
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode()}
    return {" ".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)}


_SENTENCE = re.compile(r"[^.!?\n]+")
SENTENCE_WORDS = 8


def _share_a_sentence(documents: Sequence[Document]) -> bool:
    """Whether any two documents have a sentence in common. Near-copies always do; when
    none do, MinHash (and the seconds its library takes to import) is not needed."""
    seen: set[str] = set()
    for doc in documents:
        keys = set()
        for m in _SENTENCE.finditer(doc.text):
            tokens = _WORD.findall(m.group().casefold())
            if len(tokens) >= SENTENCE_WORDS:
                keys.add(" ".join(tokens))
        if keys & seen:
            return True
        seen |= keys
    return False


def find_copies(documents: Sequence[Document], *, threshold: float = THRESHOLD) -> Copies:
    """Group exact and near-duplicate documents; the first of each group is kept."""
    if not _share_a_sentence(documents):
        return Copies(tuple(documents), {})
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    kept: list[Document] = []
    copies: dict[str, list[Document]] = {}
    seen_sha: dict[str, str] = {}
    for doc in documents:
        if doc.sha1 and doc.sha1 in seen_sha:
            copies.setdefault(seen_sha[doc.sha1], []).append(doc)
            continue
        mh = MinHash(num_perm=PERMUTATIONS, seed=1)
        mh.update_batch(list(_shingles(doc.text)))
        match = lsh.query(mh)
        if match:
            # the earliest kept document the new one copies
            first = min(match, key=lambda k: next(i for i, d in enumerate(kept) if d.id == k))
            copies.setdefault(first, []).append(doc)
            continue
        lsh.insert(doc.id, mh)
        kept.append(doc)
        if doc.sha1:
            seen_sha[doc.sha1] = doc.id
    return Copies(tuple(kept), {k: tuple(v) for k, v in copies.items()})


def source_name(doc: Document) -> str:
    """How a copy is named to the reader: its publisher, else its id."""
    return doc.publisher or doc.id
