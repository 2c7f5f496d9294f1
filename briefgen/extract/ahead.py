"""Pages sent to the extract stage's workers while the structure stage still reads the rest.

A rebuild's new pages are extracted by workers started early (``run.early_pool``), which
otherwise wait, model loaded, while this process reads and sieves the corpus on one core.
A page is sent as soon as the structure stage has its blocks, when the cache holds no
extraction under its key: what it would be sent with later, unless a later step of the
sieve changes it (a page of several stories cut into sections), drops it (a copy, off
topic, out of the period), or the corpus's usual year, guessed here from every page read,
turns out otherwise for a page whose extraction reads it. Extraction is one pure function
of what the key names, so a page the extract stage keys the same takes the result sent
ahead (``take``); any other result is never read, and is cancelled where it has not
started (``drop``). A page the build's period or query will likely leave out is not sent
(``wanted``): its extraction would take the cores from the work the build needs.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from briefgen.models import Document, Extraction

if TYPE_CHECKING:
    from briefgen.extract.cache import ExtractionCache
    from briefgen.extract.pool import ExtractionPool
    from briefgen.extract.run import Failure


class Ahead:
    """``send`` each page as its blocks are known; the extract stage ``take``s by key."""

    def __init__(
        self,
        pool: ExtractionPool,
        cache: ExtractionCache,
        year: int | None,
        wanted: Callable[[Document], bool] = lambda _: True,
    ) -> None:
        self._pool = pool
        self._cache = cache
        self._year = year
        self._wanted = wanted
        self._sent: dict[str, Future[Extraction | Failure]] = {}

    def send(self, document: Document) -> None:
        """Extract ``document`` now, unless the cache holds its extraction (or it went), or
        it is not ``wanted``."""
        if not self._wanted(document):
            return
        key = self._cache.key(document, self._year)
        if key in self._sent or self._cache.intact_many([key]):
            return
        self._sent[key] = self._pool.submit(document, self._year)

    def take(self, key: str) -> Future[Extraction | Failure] | None:
        """The extraction sent ahead under ``key``, now the extract stage's to read."""
        return self._sent.pop(key, None)

    def drop(self) -> None:
        """Cancel what was sent and not taken, where no worker has started it; one that
        has runs on, and its result is never read."""
        for future in self._sent.values():
            future.cancel()
        self._sent.clear()

    def __len__(self) -> int:
        return len(self._sent)
