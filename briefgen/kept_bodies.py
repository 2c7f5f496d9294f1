"""Each page's body terms, counted once a build and kept in the build's cache between builds.

``other_stories`` weighs every page of the corpus by the content terms its extracted text
(``extraction_view``: the body and the transcript's turns) holds, each with how often it
says it. What one page gives to that count depends on its text and blocks alone, yet it
was worked out from the whole text of every page twice a build (the summary's story test,
then the views', after ``heap.forget`` had emptied the first) and again by every rebuild.
Now a build counts a page's terms at most once, and keeps them in the ``bodies`` table of
the cache under the extracted text and the code's digest (``kept_terms`` does the same for
the views' words): a rebuild counts only its new or changed pages. A corrupt or foreign
entry is ignored (``EntryCache``'s checks) and the page counted again.

As ``kept_verdicts``, the build opens the memo (``remembering``) that the count consults
while it is open; outside one (a test, a library call) each call counts the pages again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.aggregate.terms import stem, terms
from briefgen.models import Document
from briefgen.structure.model import extraction_view

if TYPE_CHECKING:
    from briefgen.structure.cached import TextCache

__all__ = ["BodyTerms", "body_terms", "parts", "remembering"]

TABLE = "bodies"


@dataclass(frozen=True, slots=True)
class BodyTerms:
    """A page's body terms (``parts`` of its content terms), each once, sorted, and how
    often the page says each: a cache entry."""

    terms: tuple[str, ...]
    counts: tuple[int, ...]

    @staticmethod
    def of(view: str) -> BodyTerms:
        """The terms of ``view``, a page's extracted text."""
        counted = sorted(Counter(parts(terms(view))).items())
        return BodyTerms(tuple(t for t, _ in counted), tuple(n for _, n in counted))

    def total(self) -> int:
        """How many terms the page says, its repeats counted."""
        return sum(self.counts)


def parts(words: Iterable[str]) -> list[str]:
    """``words`` and the parts of each hyphenated one ("flu-hit": "flu" and "hit")."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if "-" in w:
            out.extend(stem(p) for p in w.split("-") if len(p) > 2)
    return out


class Memo:
    """The pages counted by this build (by their extracted text's key), and the cache's
    ``table`` the earlier builds' counts are read from (None: this build's only)."""

    def __init__(self, table: TextCache[BodyTerms] | None) -> None:
        self._table = table
        self._known: dict[str, BodyTerms] = {}  # the extracted text's key -> its terms
        self.new: dict[str, BodyTerms] = {}  # of those, the ones this build counted
        self.counted = 0

    def of(self, views: dict[str, str]) -> dict[str, BodyTerms]:
        """Each page's terms (page id -> its extracted text): this build's, else the
        cache's, else counted."""
        from briefgen.structure.cached import text_key

        settings = self._table.settings if self._table is not None else ""
        keys = {doc: text_key(TABLE, view, settings) for doc, view in views.items()}
        unknown = {key: doc for doc, key in keys.items() if key not in self._known}
        if unknown and self._table is not None:
            self._known.update(self._table.found({key: key for key in unknown}))
        for key, doc in unknown.items():
            if key not in self._known:
                self._known[key] = self.new[key] = BodyTerms.of(views[doc])
                self.counted += 1
        return {doc: self._known[key] for doc, key in keys.items()}


# the memo of the build in progress (``remembering``), if any
_open: list[Memo] = []


def body_terms(documents: Sequence[Document]) -> dict[str, BodyTerms]:
    """Each of ``documents``' body terms by id: from the open build's memo, else counted."""
    views = {d.id: extraction_view(d.text, d.blocks) for d in documents}
    if not _open:
        return {doc: BodyTerms.of(view) for doc, view in views.items()}
    return _open[-1].of(views)


def counted() -> dict[str, BodyTerms]:
    """The pages the open build counted so far (none outside a build): a job forked from
    the build sends back what it counted (``learn``), for the build to keep."""
    return dict(_open[-1].new) if _open else {}


def learn(new: dict[str, BodyTerms]) -> None:
    """The pages a forked job counted (``counted``), kept by the open build as its own."""
    if _open:
        _open[-1].new.update(new)
        _open[-1]._known.update(new)


@contextmanager
def remembering(cache: Path | None) -> Iterator[Memo]:
    """Within: each page's body terms counted at most once, and read from ``cache`` (a
    cache file; None: this build's memo only) where an earlier build kept them. On
    leaving, the pages counted are kept in it."""
    with ExitStack() as stack:
        table = None
        if cache is not None:
            from briefgen.structure.cached import TextCache

            table = stack.enter_context(TextCache(cache, table=TABLE, kind=BodyTerms))
        memo = Memo(table)
        _open.append(memo)
        try:
            yield memo
        finally:
            _open.remove(memo)
        if table is not None:
            table.keep(memo.new)
