"""Advisory ``fcntl`` locks in the output folder, so builds never overlap.

``build.lock`` is held for one build (manual or scheduled); ``scheduler.lock`` for a
scheduler's whole life, so a second scheduler on the same folder refuses to start.
The OS drops a lock when its process dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from briefgen.errors import BriefgenError

BUILD_LOCK = "build.lock"
SCHEDULER_LOCK = "scheduler.lock"
_POLL = 0.05


class Locked(BriefgenError):
    """Another process holds the lock."""


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return f" ({text})" if text else ""


@contextmanager
def file_lock(
    path: Path,
    *,
    timeout: float | None = 0,
    what: str = "a build",
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[Path]:
    """Hold an exclusive lock on ``path``.

    ``timeout`` 0 fails at once if the lock is taken, None waits for ever, a number waits that
    many seconds; failing raises :class:`Locked` naming the holder.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = None if timeout is None else clock() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is not None and clock() >= deadline:
                    raise Locked(
                        f"{what} is already running here{_holder(path)}; "
                        "wait for it to finish, or use another output_dir",
                        str(path),
                    ) from None
                sleep(_POLL)
        os.ftruncate(fd, 0)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        os.write(fd, f"pid {os.getpid()}, since {stamp}\n".encode())
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def build_lock(output_dir: Path, *, timeout: float | None = 0) -> Iterator[Path]:
    """Hold ``<output_dir>/build.lock`` for one build; :class:`Locked` if one is running.

    Use it around ``build_brief`` + ``deliver_brief`` in ``briefgen build``; the scheduler
    takes the same lock around each scheduled run.
    """
    with file_lock(output_dir / BUILD_LOCK, timeout=timeout, what="a build") as path:
        yield path


@contextmanager
def scheduler_lock(output_dir: Path) -> Iterator[Path]:
    """Hold ``<output_dir>/scheduler.lock`` for a scheduler's life; refuse if one runs."""
    with file_lock(output_dir / SCHEDULER_LOCK, timeout=0, what="a scheduler") as path:
        yield path
