"""Advisory locks in the output folder, so builds never overlap.

``build.lock`` is held for one build (manual or scheduled); ``scheduler.lock`` for a
scheduler's whole life, so a second scheduler on the same folder refuses to start.

The lock files sit in a folder other people may write to, so they are opened without
following a symbolic link, and only a plain file with one name is used: a planted link
(or hard link) to a file elsewhere is refused, never truncated. The OS drops an ``flock``
when every process holding it has gone; but a killed build's forked children keep its
lock, so a lock whose recorded holder is dead is taken over by replacing the file.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from briefgen.errors import BriefgenError, OutputError

log = logging.getLogger(__name__)

BUILD_LOCK = "build.lock"
SCHEDULER_LOCK = "scheduler.lock"
_POLL = 0.05
_PID = re.compile(r"^pid (\d+)")


class Locked(BriefgenError):
    """Another process holds the lock."""


def check_plain_file(path: Path) -> None:
    """Refuse ``path`` if it is a symbolic link, not a regular file, or has other names.

    For files opened by code that cannot pass ``O_NOFOLLOW`` (SQLite); a missing file is fine.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    _check_stat(st, path)


def _check_stat(st: os.stat_result, path: Path) -> None:
    if stat.S_ISLNK(st.st_mode):
        raise OutputError("is a symbolic link; refusing to write through it (remove it)", str(path))
    if not stat.S_ISREG(st.st_mode):
        raise OutputError("is not a regular file; remove it", str(path))
    if st.st_nlink > 1:
        raise OutputError("is a hard link to another file; refusing to write it", str(path))


def open_nofollow(path: Path, flags: int, mode: int = 0o644) -> int:
    """``os.open`` that never follows a symbolic link and only opens a plain file."""
    try:
        # O_NONBLOCK: a FIFO planted under the name must not block the open.
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(
                "is a symbolic link; refusing to write through it (remove it)", str(path)
            ) from None
        raise OutputError(f"cannot open ({exc.strerror or exc})", str(path)) from None
    try:
        _check_stat(os.fstat(fd), path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _holder(path: Path) -> str:
    try:
        fd = open_nofollow(path, os.O_RDONLY)
    except OutputError:
        return ""
    with os.fdopen(fd, "rb") as fh:
        return fh.read(200).decode("utf-8", "replace").strip()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _dead_holder(text: str) -> int | None:
    """The recorded holder's pid if that process no longer exists."""
    match = _PID.match(text)
    if match is None:
        return None
    pid = int(match.group(1))
    return pid if pid != os.getpid() and not _alive(pid) else None


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or exc})", str(path.parent)) from None
    deadline = None if timeout is None else clock() + timeout
    while True:
        fd = open_nofollow(path, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(path)
            dead = _dead_holder(holder)
            if dead is not None and _same_file(fd, path):
                # Held by what a dead process left behind (its orphaned workers): the file
                # is replaced, so the next open gets a lock nobody holds.
                log.warning("%s: taking over the lock of pid %d, which is gone", path, dead)
                os.unlink(path)
                os.close(fd)
                continue
            os.close(fd)
            if deadline is not None and clock() >= deadline:
                shown = f" ({holder})" if holder else ""
                raise Locked(
                    f"{what} is already running here{shown}; "
                    "wait for it to finish, or use another output_dir",
                    str(path),
                ) from None
            sleep(_POLL)
            continue
        if not _same_file(fd, path):
            # Another process took the file over between our open and our lock.
            os.close(fd)
            continue
        break
    try:
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
    takes the same lock around each scheduled run. Holding it, no build is writing here, so
    the staging folders of builds that were killed are removed first.
    """
    from briefgen.archive import remove_stale_staging

    with file_lock(output_dir / BUILD_LOCK, timeout=timeout, what="a build") as path:
        remove_stale_staging(output_dir)
        yield path


@contextmanager
def scheduler_lock(output_dir: Path) -> Iterator[Path]:
    """Hold ``<output_dir>/scheduler.lock`` for a scheduler's life; refuse if one runs."""
    with file_lock(output_dir / SCHEDULER_LOCK, timeout=0, what="a scheduler") as path:
        yield path
