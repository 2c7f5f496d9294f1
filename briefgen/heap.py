"""A build's long-lived data and Python's cyclic garbage collector.

A build keeps what each stage made (the documents, their extractions, the merged events
and actors, the brief) to its end, and every full collection walks all of it again: on a
rebuild of 200 articles, 16 full collections took a quarter of the main process's CPU.
``settle`` moves what exists into the collector's permanent generation (``gc.freeze``),
which no collection walks; ``releasing`` gives it back when the build returns, so that a
process running several builds collects what one of them left.

``corpus_cache`` is ``functools.lru_cache`` for a table that grows with the corpus (a
name's spelling, a sentence's words): aggregation and the summary ask the same spellings
again and again, but once a stage is done what it asked is not asked again, and a full
table (tens of thousands of entries, tens of MB at a few hundred articles) would stay
beneath every later stage's memory. ``forget`` empties them all, but for the few whose
answer is small and about the whole corpus, which a later stage asks again of the same
records (``whole_build``): those are emptied when the build returns.

``paused`` holds collections off while a renderer builds a large structure it drops whole
(WeasyPrint's boxes): every few hundred of its allocations would start a collection that
walks them all again and frees nothing.

``releasing`` also empties the ``whole_build`` caches when the outermost call returns,
and makes the youngest generation ``YOUNG_THRESHOLD`` objects for the build (Python's
default is 700), restoring the thresholds as they were when it returns: a
400-article rebuild's own process ran ~2,800 young collections and 21 full ones (1.4 CPU
s; docs/scale.md Part BS), most of them collecting nothing, as the stages make tables
they keep. The forked processes (the workers, the PDF's) inherit it.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

_CORPUS_CACHES: list[functools._lru_cache_wrapper[object]] = []
# emptied when the outermost ``releasing`` call returns, not by ``forget``
_BUILD_CACHES: list[functools._lru_cache_wrapper[object]] = []
_open_builds = 0  # ``releasing`` calls under way (a build's assembly runs inside its build)


def corpus_cache(
    maxsize: int, *, whole_build: bool = False
) -> Callable[[Callable[..., R]], functools._lru_cache_wrapper[R]]:
    """``functools.lru_cache(maxsize)``, emptied by ``forget``; or, ``whole_build``, kept
    through the build's stages and emptied when it returns: for an answer about the whole
    corpus that is small beside what its key holds alive anyway (the build's records), and
    that a later stage asks again (the pages telling another story: the summary's story
    test, then the views; recomputed after ``forget``, 0.25 CPU s of the views at 800
    articles, docs/scale.md Part CU); or for a small table of a bounded size whose entries
    later stages ask again (the patterns compiled for a surname, Part DF)."""

    def decorate(func: Callable[..., R]) -> functools._lru_cache_wrapper[R]:
        cached = functools.lru_cache(maxsize=maxsize)(func)
        (_BUILD_CACHES if whole_build else _CORPUS_CACHES).append(cached)
        return cached

    return decorate


class Same(Generic[T]):
    """Objects as a ``corpus_cache`` key: equal to another key holding the very same
    objects, in the same order. For a pure function of frozen records asked again and again
    of the same ones, their identities are key enough, where hashing them by value would
    hash every field of each at every call. The cache holds the key, and with it its
    objects: an identity is not given to another object while the entry lives."""

    __slots__ = ("hash", "items")

    def __init__(self, items: tuple[T, ...]) -> None:
        self.items = items
        self.hash = hash(tuple(map(id, items)))

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Same)
            and len(self.items) == len(other.items)
            and all(a is b for a, b in zip(self.items, other.items, strict=True))
        )


def forget() -> None:
    """Empty every ``corpus_cache``: what a finished stage asked of the corpus's words.

    The results are the same (the cached functions are pure); the next stage recomputes
    the few entries it asks again, and its own memory reuses what the tables held."""
    for cached in _CORPUS_CACHES:
        cached.cache_clear()


def forget_build() -> None:
    """Empty every table, the ``whole_build`` ones too: for a caller outside a build that
    starts afresh on other records (a test)."""
    forget()
    _forget_whole_build()


def _forget_whole_build() -> None:
    for cached in _BUILD_CACHES:
        cached.cache_clear()


def settle() -> None:
    """What exists now lives on: no collection walks it until ``releasing``'s call returns."""
    gc.freeze()


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection while the block runs; the collector as it was once it ends.

    What the block leaves in cycles is collected by the first collection after it. For a
    block that allocates much and frees it together (a layout), not one that runs long.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# The youngest generation's size during a build: collections ~14 times rarer, each of a
# generation of at most this many objects (a few MB of garbage held a little longer).
YOUNG_THRESHOLD = 10_000


def releasing(func: Callable[P, R]) -> Callable[P, R]:
    """``func``, run with a youngest generation of ``YOUNG_THRESHOLD`` objects (at least),
    after which the thresholds are as they were and what ``settle`` set aside is collected
    as usual again; and, once the outermost such call returns, the ``whole_build`` caches
    emptied."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        global _open_builds
        was = gc.get_threshold()
        # a threshold of 0 turns the collector off: left so
        gc.set_threshold(max(was[0], YOUNG_THRESHOLD) if was[0] else 0, *was[1:])
        _open_builds += 1
        try:
            return func(*args, **kwargs)
        finally:
            gc.set_threshold(*was)
            gc.unfreeze()
            _open_builds -= 1
            if not _open_builds:  # the build's records are let go: so are their answers
                _forget_whole_build()

    return wrapper
