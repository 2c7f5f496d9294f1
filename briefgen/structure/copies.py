"""Copies counted once: exact and near-duplicate documents (MinHash LSH over word shingles).

A wire story run by several outlets, or a page scraped twice, is one source of evidence.
The first document of each group (in input order) is kept and extracted; the others are
named on it ("also published by") and dropped with a data note.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter, OrderedDict
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefgen import beside
from briefgen.models import Document

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE = 5
PERMUTATIONS = 64
# Jaccard similarity of 5-word shingles above which two texts are one story: copies edited
# for length or house style stay above it, two reports of one event fall far below.
THRESHOLD = 0.8
MAX_CHARS = 20_000
CANDIDATE_SHARE = 0.6
SCHEME = "affine32"  # datasketch 2's default, named so that sketches share permutations
# The documents whose shingles the MinHash search holds at once, the most recently used.
# One article's are ~0.08 MB (a thousand five-word byte strings in a set): held for every
# document until the search ended, they were 115 MB at 1,511 articles, the structure
# stage's peak growing with the corpus (docs/scale.md, Part AY). A document is shingled
# to sign it, and again only when LSH names it as a candidate of a later one: rare but
# for a story copied many times, whose recent pages stay held.
SHINGLED_HELD = 64
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


@dataclass(frozen=True)
class Sketch:
    """What the copy search reads of one document's text, kept per document so that a
    rebuild reads it rather than the text (``structure.cached``): a digest of each of its
    sentences of ``SENTENCE_WORDS`` words or more, and its MinHash signature once the
    search has needed one (most corpora never do)."""

    sentences: tuple[int, ...]
    signature: tuple[int, ...] | None = None


def sketch(text: str) -> Sketch:
    """``text``'s sentences as the copy search compares them (words, case folded)."""
    keys = set()
    for m in _SENTENCE.finditer(text[:MAX_CHARS]):
        tokens = _WORD.findall(m.group().casefold())
        if len(tokens) >= SENTENCE_WORDS:
            keys.add(_digest(" ".join(tokens)))
    return Sketch(tuple(sorted(keys)))


def _digest(sentence: str) -> int:
    # 64 bits: two of a hundred thousand sentences sharing a digest by chance is a 1 in
    # 3 billion event, and a digest only ever names candidates, which the exact shingle
    # test below judges
    return int.from_bytes(hashlib.blake2b(sentence.encode(), digest_size=8).digest(), "big")


def _sharing_pairs(sketches: Sequence[Sketch]) -> list[tuple[int, int]]:
    """The pairs of documents (indices) that share most of the sentences of the shorter
    one. Near-copies always do; when none do, MinHash (and the seconds its library takes
    to import) is not needed."""
    owners: dict[int, list[int]] = {}
    for i, each in enumerate(sketches):
        for key in each.sentences:
            owners.setdefault(key, []).append(i)
    sizes = [len(each.sentences) for each in sketches]
    shared: Counter[tuple[int, int]] = Counter()
    for docs in owners.values():
        if 1 < len(docs) <= MAX_SHARERS:
            shared.update((a, b) for a in docs for b in docs if a < b)
    return [p for p, n in shared.items() if n >= SHARED_SENTENCES * min(sizes[p[0]], sizes[p[1]])]


def _likely_copies(
    documents: Sequence[Document], sketches: Sequence[Sketch], threshold: float
) -> bool:
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

    return any(_jaccard(shingles(a), shingles(b)) >= threshold for a, b in _sharing_pairs(sketches))


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


def find_copies(
    documents: Sequence[Document],
    *,
    threshold: float = THRESHOLD,
    sketches: MutableMapping[str, Sketch] | None = None,
) -> Copies:
    """Group exact and near-duplicate documents; the first of each group is kept.

    ``sketches``: each document's ``Sketch`` by id (ids are unique, as ingest makes them),
    where one is kept from a past build; the missing ones are made and added, and a
    signature the search had to work out is added to its document's, for the caller to
    keep for the next build.
    """
    sketches = {} if sketches is None else sketches
    for doc in documents:
        if doc.id not in sketches:
            sketches[doc.id] = sketch(doc.text)
    unique, same = _exact_copies(documents)
    # A document without a hash (made in code, not read) is not told from its copies by
    # it: the search below then looks at every pair.
    if all(d.sha1 for d in documents) and not _likely_copies(
        unique, [sketches[d.id] for d in unique], threshold
    ):
        return Copies(unique, same)
    # The search imports datasketch, and with it numpy and scipy (~50 MB; ~30 MB more
    # than spaCy's own modules share with it): in a forked child, they go with it rather
    # than stay in the build's process to its end. Only a corpus with near-copies gets
    # here, so a larger corpus met the cost where a smaller one did not (docs/scale.md,
    # Part CA). The child sends back where each document went and the signatures it
    # worked out; the parent's documents are the ones returned.
    kept, copies, signed = beside.answer(lambda: _search(documents, threshold, sketches))
    for i, signature in signed:
        sketches[documents[i].id] = replace(sketches[documents[i].id], signature=signature)
    return Copies(
        tuple(documents[i] for i in kept),
        {documents[k].id: tuple(documents[c] for c in cs) for k, cs in copies.items()},
    )


_Found = tuple[list[int], dict[int, list[int]], list[tuple[int, tuple[int, ...]]]]


def _search(
    documents: Sequence[Document], threshold: float, sketches: MutableMapping[str, Sketch]
) -> _Found:
    """The MinHash search of ``find_copies``, its answer as places in ``documents``: the
    kept ones, each kept one's copies (by its place), and each signature it worked out."""
    from datasketch import MinHash, MinHashLSH

    unsigned = {d.id for d in documents if sketches[d.id].signature is None}
    # LSH is tuned well below the threshold, so that it misses no copy; every candidate is
    # then checked on the exact shingle sets
    lsh = MinHashLSH(threshold=threshold * CANDIDATE_SHARE, num_perm=PERMUTATIONS)
    # crc32 is a deterministic 32-bit hash in C: the default sha1 costs a second per corpus
    first_hash = MinHash(num_perm=PERMUTATIONS, seed=1, hashfunc=zlib.crc32, scheme=SCHEME)
    kept: list[Document] = []
    order: dict[str, int] = {}
    # a document's shingles are made only when its signature is not kept or it is in a
    # pair LSH names as candidates (the exact test), and only the last few documents' are
    # held: see ``SHINGLED_HELD``
    shingled: OrderedDict[str, set[bytes]] = OrderedDict()

    def shingles(doc: Document) -> set[bytes]:
        if doc.id in shingled:
            shingled.move_to_end(doc.id)
        else:
            shingled[doc.id] = _shingles(doc.text)
            if len(shingled) > SHINGLED_HELD:
                shingled.popitem(last=False)
        return shingled[doc.id]

    copies: dict[str, list[Document]] = {}
    seen_sha: dict[str, str] = {}
    for doc in documents:
        if doc.sha1 and doc.sha1 in seen_sha:
            copies.setdefault(seen_sha[doc.sha1], []).append(doc)
            continue
        mh = _signed(doc, sketches, first_hash, shingles)
        match = [
            k
            for k in lsh.query(mh)
            if _jaccard(shingles(doc), shingles(kept[order[k]])) >= threshold
        ]
        if match:
            first = min(match, key=order.__getitem__)  # the earliest document it copies
            copies.setdefault(first, []).append(doc)
            continue
        lsh.insert(doc.id, mh)
        order[doc.id] = len(kept)
        kept.append(doc)
        if doc.sha1:
            seen_sha[doc.sha1] = doc.id
    place = {id(d): i for i, d in enumerate(documents)}
    signed = [
        (i, signature)
        for i, d in enumerate(documents)
        if d.id in unsigned and (signature := sketches[d.id].signature) is not None
    ]
    return (
        [place[id(d)] for d in kept],
        {place[id(kept[order[k]])]: [place[id(c)] for c in cs] for k, cs in copies.items()},
        signed,
    )


def _signed(
    doc: Document,
    sketches: MutableMapping[str, Sketch],
    first_hash: MinHash,
    shingles: Callable[[Document], set[bytes]],
) -> MinHash:
    """``doc``'s MinHash: from its sketch's signature, else worked out from its shingles
    (and added to its sketch)."""
    from datasketch import MinHash

    own = sketches[doc.id]
    if own.signature is not None:
        return MinHash(
            seed=1,
            hashfunc=zlib.crc32,
            hashvalues=own.signature,
            permutations=first_hash.permutations,
            scheme=SCHEME,
        )
    mh = MinHash(
        num_perm=PERMUTATIONS,
        seed=1,
        hashfunc=zlib.crc32,
        permutations=first_hash.permutations,
        scheme=SCHEME,
    )
    mh.update_batch(list(shingles(doc)))
    sketches[doc.id] = replace(own, signature=tuple(int(v) for v in mh.hashvalues))
    return mh
