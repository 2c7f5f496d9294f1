"""Copies counted once: exact and near-duplicate documents (MinHash LSH over word shingles).

A wire story run by several outlets, or a page scraped twice, is one source of evidence.
The first document of each group (in input order) is kept and extracted; the others are
named on it ("also published by") and dropped with a data note.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.models import Document

SHINGLE = 5
PERMUTATIONS = 64
# Jaccard similarity of 5-word shingles above which two texts are one story: copies edited
# for length or house style stay above it, two reports of one event fall far below.
THRESHOLD = 0.8
MAX_CHARS = 20_000
CANDIDATE_SHARE = 0.6
SCHEME = "affine32"  # datasketch 2's default, named so that sketches share permutations
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


def _sharing_pairs(documents: Sequence[Document]) -> list[tuple[int, int]]:
    """The pairs of documents (indices) that share most of the sentences of the shorter
    one. Near-copies always do; when none do, MinHash (and the seconds its library takes
    to import) is not needed."""
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
    return [p for p, n in shared.items() if n >= SHARED_SENTENCES * min(sizes[p[0]], sizes[p[1]])]


def _likely_copies(documents: Sequence[Document], threshold: float) -> bool:
    """Whether two documents that share most of their sentences are also as alike as a
    copy (shingle Jaccard at ``threshold``). Reports of one story often share a
    paragraph of background or the same quoted statements without being copies; their
    pairs are checked exactly here, where MinHash (and its library's import, about half
    a CPU second) would only find them again and reject them on the same exact test."""
    shingled: dict[int, set[bytes]] = {}

    def shingles(i: int) -> set[bytes]:
        if i not in shingled:
            shingled[i] = _shingles(documents[i].text)
        return shingled[i]

    return any(
        _jaccard(shingles(a), shingles(b)) >= threshold for a, b in _sharing_pairs(documents)
    )


def _jaccard(a: set[bytes], b: set[bytes]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _exact_copies(
    documents: Sequence[Document],
) -> tuple[tuple[Document, ...], dict[str, tuple[Document, ...]]]:
    """The documents but for byte-identical copies (same hash), and those copies by the
    id of the first document of their text: what the search below finds when no two
    texts are near-copies."""
    kept: list[Document] = []
    seen: dict[str, str] = {}
    copies: dict[str, list[Document]] = {}
    for doc in documents:
        if doc.sha1 and doc.sha1 in seen:
            copies.setdefault(seen[doc.sha1], []).append(doc)
            continue
        kept.append(doc)
        if doc.sha1:
            seen[doc.sha1] = doc.id
    return tuple(kept), {k: tuple(v) for k, v in copies.items()}


def find_copies(documents: Sequence[Document], *, threshold: float = THRESHOLD) -> Copies:
    """Group exact and near-duplicate documents; the first of each group is kept."""
    unique, same = _exact_copies(documents)
    # A document without a hash (made in code, not read) is not told from its copies by
    # it: the search below then looks at every pair.
    if all(d.sha1 for d in documents) and not _likely_copies(unique, threshold):
        return Copies(unique, same)
    from datasketch import MinHash, MinHashLSH

    # LSH is tuned well below the threshold, so that it misses no copy; every candidate is
    # then checked on the exact shingle sets
    lsh = MinHashLSH(threshold=threshold * CANDIDATE_SHARE, num_perm=PERMUTATIONS)
    # crc32 is a deterministic 32-bit hash in C: the default sha1 costs a second per corpus
    first_hash = MinHash(num_perm=PERMUTATIONS, seed=1, hashfunc=zlib.crc32, scheme=SCHEME)
    kept: list[Document] = []
    order: dict[str, int] = {}
    shingles: dict[str, set[bytes]] = {}
    copies: dict[str, list[Document]] = {}
    seen_sha: dict[str, str] = {}
    for doc in documents:
        if doc.sha1 and doc.sha1 in seen_sha:
            copies.setdefault(seen_sha[doc.sha1], []).append(doc)
            continue
        own = _shingles(doc.text)
        mh = MinHash(
            num_perm=PERMUTATIONS,
            seed=1,
            hashfunc=zlib.crc32,
            permutations=first_hash.permutations,
            scheme=SCHEME,
        )
        mh.update_batch(list(own))
        match = [k for k in lsh.query(mh) if _jaccard(own, shingles[k]) >= threshold]
        if match:
            first = min(match, key=order.__getitem__)  # the earliest document it copies
            copies.setdefault(first, []).append(doc)
            continue
        lsh.insert(doc.id, mh)
        order[doc.id] = len(kept)
        shingles[doc.id] = own
        kept.append(doc)
        if doc.sha1:
            seen_sha[doc.sha1] = doc.id
    return Copies(tuple(kept), {k: tuple(v) for k, v in copies.items()})


def source_name(doc: Document) -> str:
    """How a copy is named to the reader: its publisher, else its id."""
    return doc.publisher or doc.id
