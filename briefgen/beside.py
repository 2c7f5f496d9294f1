"""Run one job in a forked process beside this one, and wait for it later.

A build's last stage writes its formats one after another, the PDF the longest of them
(WeasyPrint's layout, seconds on a large brief) while the HTML and the JSON take a
fraction of that; a second core sits idle meanwhile. Forked once the brief is made, a
child writes the PDF while this process writes the rest: the files are the same, the
build's wall time loses the shorter of the two.

Only where ``fork`` exists and there are two cores: spawning a fresh interpreter would
re-import the renderer and pickle the whole brief, costing more than it saves, and on one
core the two would only take turns.

``answer`` runs a job in a forked child for its memory instead: what the job loads is
gone with the child, and only its value comes back.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TypeVar, cast

log = logging.getLogger(__name__)

T = TypeVar("T")
A = TypeVar("A")


def can_fork() -> bool:
    """Whether a job may run beside this process: ``fork`` exists and so does a second core."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    if multiprocessing.current_process().daemon:  # a daemonic process may have no children
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) >= 2


class BesideFailed(RuntimeError):
    """The forked job failed in a way that could not be sent back as its own exception."""


@dataclass
class Beside:
    """A job running in a forked child; ``wait`` returns its seconds or raises its error,
    once the child's log records have gone to this process's handlers."""

    process: BaseProcess
    results: Connection

    def wait(self) -> float:
        """The job's own seconds, once it is done; its exception, raised here, if it failed."""
        return float(cast(float, self.result()))

    def result(self) -> object:
        """What the child sent back once the job is done (``start``: its seconds;
        ``answer``: the job's value); the job's exception, raised here, if it failed."""
        try:
            kind, value, records = self.results.recv()
        except EOFError:
            kind, value, records = "lost", None, []
        finally:
            self.results.close()
            self.process.join()
        for record in records:  # what the job logged, to this process's handlers
            logging.getLogger(record.name).handle(record)
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        if kind == "unpicklable":
            raise BesideFailed(value)
        code = self.process.exitcode
        raise BesideFailed(f"the forked job ended without a result (exit code {code})")


def start(job: Callable[[], object]) -> Beside:
    """Fork a child that runs ``job`` (which writes its own output) and reports back.

    The child shares this process's memory as it was at the fork (copy on write), so
    ``job`` reads the brief without it being pickled; only its timing or its exception
    travels back.
    """
    return _fork(_run, job)


def begin(job: Callable[[], T]) -> Beside:
    """Fork a child that works out ``job()`` while this process goes on; ``result()``
    returns its value (pickled back) or raises its exception. The child reads this
    process's memory as it was at the fork, so ``job``'s inputs are never pickled; only
    its value is, which should be small beside them. The caller decides whether to fork:
    for time, only where ``can_fork`` (else it runs ``job`` itself); for memory, as
    ``answer`` does."""
    return _fork(_reply, job)


def _fork(target: Callable[..., None], job: Callable[[], object]) -> Beside:
    """A forked child running ``target(job, pipe)``, and this process's end of the pipe."""
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)
    process = multiprocessing.get_context("fork").Process(
        target=target, args=(job, sending), daemon=True
    )
    process.start()
    sending.close()  # the child holds its own end: EOF here means it died
    return Beside(process, receiving)


def answer(job: Callable[[], T]) -> T:
    """``job()`` worked out in a forked child and sent back (pickled), the child's
    exception raised here: what the job imports or builds on the way (a library's
    modules, its tables) goes with the child, not kept in this process to its end. Run
    here where ``fork`` is missing or this process, a daemon, may have no children; one
    core is enough, as the point is memory, not time."""
    if (
        "fork" not in multiprocessing.get_all_start_methods()
        or multiprocessing.current_process().daemon
    ):
        return job()
    return cast(T, begin(job).result())


def in_two(job: Callable[[A], T], items: Sequence[A], weight: Callable[[A], float]) -> list[T]:
    """``job(item)`` of each item, in order: those of the first items, about half of the
    ``weight``, worked out in a forked child while this process works out the rest, where
    ``can_fork``; all here otherwise. Each ``job`` must read its item and what the process
    held before the call, nothing another job makes: then both ways give the same values.
    The caller decides whether the items are worth a fork (tens of milliseconds)."""
    if not can_fork():
        return [job(item) for item in items]
    cut = _half_of(items, weight)
    child = begin(lambda: [job(item) for item in items[:cut]])
    rest = [job(item) for item in items[cut:]]
    return cast(list[T], child.result()) + rest


def _half_of(items: Sequence[A], weight: Callable[[A], float]) -> int:
    """How many of the first items hold half of the items' weight."""
    half = sum(weight(item) for item in items) / 2
    told = 0.0
    for n, item in enumerate(items):
        told += weight(item)
        if told >= half:
            return n + 1
    return len(items)


def _run(job: Callable[[], object], sending: Connection) -> None:
    started = time.perf_counter()

    def timed() -> float:
        job()
        return time.perf_counter() - started

    _reply(timed, sending)


def _reply(job: Callable[[], object], sending: Connection) -> None:
    """In the child: ``job``'s value, or its exception, sent back with its log records."""
    kept = _keep_records()
    try:
        value = job()
    except BaseException as exc:  # everything goes back to the parent, which raises it
        try:
            sending.send(("error", exc, kept.records))
        except Exception:  # the exception does not pickle: its text does
            sending.send(("unpicklable", f"{type(exc).__name__}: {exc}", kept.records))
    else:
        sending.send(("ok", value, kept.records))
    finally:
        sending.close()


class _Kept(logging.Handler):
    """The child's log records, sent back for the parent's handlers to emit: the CLI's
    count of repeated warnings, a test's captured records, see them as if logged there."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None  # its arguments may not pickle
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)


def _keep_records() -> _Kept:
    """In the child: every handler it inherited is set aside (the parent emits what it
    logs, once) and one handler on the root logger keeps the records."""
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        if isinstance(logger, logging.Logger):
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
    kept = _Kept()
    logging.getLogger().addHandler(kept)
    return kept
