"""The summary's sentences with their definite references named, kept with the extraction.

``definites.resolve_definites`` reads one sentence of one document, that document's
extraction, and of the corpus only whether a word is one of its story words ("the
virus" stands alone in a corpus about a virus). A rebuild with a few new documents
moves the story words a little, so a kept answer is not trusted for its document alone:
each answer is kept with the story words it asked about and what it was told (the
``definites`` table beside the extractions, keyed by the extraction's own cache key,
which names the document, the code and the model). It is reused when every one of those
words is still, or still not, a story word, since the same document asked the same
questions and told the same answers takes the same path to the same result; else it is
worked out again. A corrupt or foreign entry is ignored (``EntryCache``'s checks).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefgen.definites import resolve_definites
from briefgen.extract.cache import BesideCache
from briefgen.extract.sharing import evidence_sentences, holding
from briefgen.models import Extraction

__all__ = ["KeptDefinites", "kept_definites"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """One sentence's answer, and the story words it was worked out from."""

    start: int
    text: str  # the sentence as the summary would show it, before its references are named
    shown: str | None  # ``resolve_definites``'s answer
    asked: tuple[str, ...]  # the words asked about, each once
    told: tuple[bool, ...]  # whether each was a story word


@dataclass(frozen=True, slots=True)
class Resolutions:
    """One document's answers: a cache entry."""

    sentences: tuple[Resolution, ...]


class _Asked(AbstractSet[str]):
    """The story words, recording each word asked about and the answer. Anything but a
    membership test (iterating, counting) reads the whole set: the answer is then not
    kept (``whole``)."""

    def __init__(self, story: AbstractSet[str]) -> None:
        self._story = story
        self.asked: dict[str, bool] = {}
        self.whole = False

    def __contains__(self, word: object) -> bool:
        answer = word in self._story
        if isinstance(word, str):
            self.asked.setdefault(word, answer)
        else:
            self.whole = True
        return answer

    def __iter__(self) -> Iterator[str]:
        self.whole = True
        return iter(self._story)

    def __len__(self) -> int:
        self.whole = True
        return len(self._story)


class KeptDefinites:
    """``resolve_definites`` with the answers of an earlier build (``kept``: document id ->
    its entry) reused where the story words they asked about answer the same."""

    def __init__(self, kept: Mapping[str, Resolutions]) -> None:
        self._kept = {
            doc: {(r.start, r.text): r for r in entry.sentences} for doc, entry in kept.items()
        }
        # this build's answers, per document; ``changed``: documents with an answer not kept
        self.made: dict[str, dict[tuple[int, str], Resolution]] = {}
        self.changed: set[str] = set()

    def __call__(
        self, text: str, start: int, extraction: Extraction | None, story: AbstractSet[str]
    ) -> str | None:
        if extraction is None:
            return resolve_definites(text, start, extraction, story)
        doc = extraction.document.id
        made = self.made.setdefault(doc, {})
        old = self._kept.get(doc, {}).get((start, text))
        if old is not None and all(
            (w in story) == told for w, told in zip(old.asked, old.told, strict=True)
        ):
            made[(start, text)] = old
            return old.shown
        asked = _Asked(story)
        shown = resolve_definites(text, start, extraction, asked)
        if not asked.whole:
            words = tuple(asked.asked)
            made[(start, text)] = Resolution(
                start, text, shown, words, tuple(asked.asked[w] for w in words)
            )
            self.changed.add(doc)
        return shown

    def entry(self, doc: str) -> Resolutions:
        """The document's answers of this build, in the order of the text."""
        return Resolutions(tuple(r for _, r in sorted(self.made.get(doc, {}).items())))


@contextmanager
def kept_definites(
    extractions: Sequence[Extraction], *, cache: Path | None, keys: Mapping[str, str]
) -> Iterator[KeptDefinites | None]:
    """With the build's ``cache`` and the extraction cache's ``keys`` (document id -> key):
    a ``KeptDefinites`` holding the stored answers; the answers worked out while it is in
    use are stored when the block ends. Without a cache: None (``resolve_definites``)."""
    if cache is None or not keys:
        yield None
        return
    with BesideCache(cache, table="definites", kind=Resolutions) as stored:
        wanted = stored.wanted(extractions, keys)
        found = stored.found(wanted)
        # each sentence as the one string its extraction's evidence holds (``holding``)
        kept = {}
        for x in extractions:
            entry = found.get(x.document.id)
            if entry is not None:
                held = evidence_sentences(x)
                kept[x.document.id] = Resolutions(tuple(holding(r, held) for r in entry.sentences))
        definites = KeptDefinites(kept)
        yield definites
        stored.keep({wanted[d]: definites.entry(d) for d in definites.changed if d in wanted})
