"""Worker processes for the extract stage, which never outlive the build.

Each worker extracts whole documents with the model its parent had loaded (shared
through ``fork``), or, started before the parent loads one (``ExtractionPool.early``),
with the model it loads itself as it starts. A worker ignores Ctrl-C (the parent stops
the pool) and dies with its parent: a build killed with ``kill -9`` leaves no orphan holding the
build lock. A document that raises comes back as a ``Failure``; a worker that
dies takes only the documents it had not returned with it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import TYPE_CHECKING

from briefgen.models import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from briefgen.extract.run import Failure

# The model the workers use: set in the parent before the fork, inherited by them.
_model: Language | None = None
# How often a worker checks that its parent is alive, where the OS cannot tell it.
_WATCH_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1
# From this many documents a worker is sent two at a time (half the round trips). Fewer are
# sent one by one: a chunk's first extraction comes back only with its second, so the
# parent's work on each result would wait, and one worker could be left with the last two.
_PAIRS_FROM = 40
# The modules ``extract_document`` imports, all of them (``warm``).
_EXTRACTORS = (
    *("actors", "events", "positions", "timex", "dct"),
    *("dateline", "day_early", "described_numbers"),
)


class ExtractionPool:
    """``with ExtractionPool(nlp, 2) as pool: results = pool.extract(documents, year)``."""

    def __init__(self, nlp: Language | None, processes: int) -> None:
        global _model
        _model = nlp
        methods = multiprocessing.get_all_start_methods()
        # fork shares the loaded model; elsewhere, or with none loaded yet, each worker
        # loads its own.
        forked = "fork" in methods
        if forked and nlp is not None:
            warm()
        context = multiprocessing.get_context("fork" if forked else None)
        self._workers: list[multiprocessing.process.BaseProcess] = []
        self._executor = ProcessPoolExecutor(
            processes,
            mp_context=context,
            initializer=start_worker,
            initargs=(os.getpid(), nlp is None),
        )

    @classmethod
    def early(cls, processes: int) -> ExtractionPool:
        """Workers started now, each loading the model and warming the extractors as it
        starts, while this process goes on with its own work (a cold build imports the
        later stages' code and reads the corpus meanwhile); this process imports spaCy but
        never loads the model."""
        # spaCy's modules imported here, once, for the workers to share: each would spend
        # ~0.5 CPU s importing them again. The model itself loads in each worker.
        import briefgen.extract.nlp  # noqa: F401

        pool = cls(None, processes)
        pool._executor.submit(_started)  # the executor forks its workers on a first task
        pool._workers = _processes(pool._executor)
        return pool

    def extract(
        self, documents: Sequence[Document], year: int | None
    ) -> Iterator[Extraction | Failure]:
        """One result per document, in order; the work starts at once."""
        years = [year] * len(documents)
        chunks = 2 if len(documents) >= _PAIRS_FROM else 1
        mapped = self._executor.map(_extract, documents, years, chunksize=chunks)
        self._workers = _processes(self._executor)
        return _in_order(mapped, documents)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self._executor.shutdown(wait=True)
            return
        self.stop()  # interrupted or failed

    def stop(self) -> None:
        """Stop the workers now, without waiting for documents in progress (an interruption,
        or workers started early that no document turned out to need)."""
        # The executor has no public way to stop running workers. Its own thread reaps them
        # once they are gone, and is waited for here: a second reaper in this thread races
        # it for each worker's exit status, and the loser sees a dead worker as alive.
        for process in self._workers:
            process.terminate()
        self._executor.shutdown(wait=True, cancel_futures=True)


def _processes(executor: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    """The executor's workers, which exist from its first task on (fork starts them all at
    once); kept by the pool because the executor forgets them when it shuts down."""
    return list((getattr(executor, "_processes", None) or {}).values())


def _started() -> None:
    """The task that makes the executor start its workers."""


def _in_order(
    mapped: Iterator[Extraction | Failure], documents: Sequence[Document]
) -> Iterator[Extraction | Failure]:
    from briefgen.extract.run import Failure

    done = 0
    try:
        for result in mapped:
            done += 1
            yield result
    except BrokenProcessPool as exc:
        reason = f"the worker process extracting it died ({exc})"
        for document in documents[done:]:
            yield Failure(document.id, reason)


def warm() -> None:
    """Build, before the fork (or in a worker started early, before its first document),
    what each worker would otherwise build for itself on its first document: the
    extractors' modules, gender-guesser's table of given names, the country names and ISO
    3166-2's states and provinces. Forked workers share them; aggregation reads the same
    tables later in this process, so the parent does no work it would not have done (~0.3 s
    a worker)."""
    import importlib

    from briefgen.extract.antecedents import _detector
    from briefgen.extract.country_names import _countries, _regions

    for module in _EXTRACTORS:
        importlib.import_module(f"briefgen.extract.{module}")
    _detector()
    _countries()
    _regions()


def _extract(document: Document, year: int | None) -> Extraction | Failure:
    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.run import extract_or_fail

    return extract_or_fail(document, _model or load_nlp(), year)


def start_worker(parent: int, load: bool = False) -> None:
    """Ignore Ctrl-C, and exit as soon as the parent is gone (any forked worker of a build);
    with ``load``, load the model and warm the extractors before the first document."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # Linux: the kernel kills this process when its parent dies
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):
        pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if load:
        from briefgen.extract.nlp import load_nlp

        load_nlp()  # kept by ``load_nlp``'s cache, where ``_extract`` finds it
        warm()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(_WATCH_SECONDS)
        if os.getppid() != parent:
            os._exit(1)
