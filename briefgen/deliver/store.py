"""The delivery log and the scheduler's runs, in one SQLite file (``delivery.sqlite``).

``deliveries`` has one row per build, recipient and delivery attempt series; a build is
never mailed again to a recipient with a ``sent`` row. ``runs`` has one row per scheduled
window (keyed by its UTC time) and says whether it was built and sent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefgen.deliver.lock import check_plain_file
from briefgen.errors import DeliveryError

DB_NAME = "delivery.sqlite"
_SIDE_FILES = ("-wal", "-shm", "-journal")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY,
    build_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    reply TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_build ON deliveries (build_id, recipient);
CREATE TABLE IF NOT EXISTS runs (
    scheduled_for TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'skipped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    started_at TEXT,
    finished_at TEXT,
    error TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def default_db_path(output_dir: Path) -> Path:
    """``<output_dir>/delivery.sqlite``."""
    return output_dir / DB_NAME


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Run:
    """One scheduled window as the runs table has it."""

    scheduled_for: datetime
    status: str
    attempts: int
    finished_at: datetime | None
    error: str


class Store:
    """A connection to the log; every write is committed at once (autocommit)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # SQLite follows links: the log and its side files must be plain files of our own.
        for name in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
            check_plain_file(name)
        self.path = path
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    # deliveries -------------------------------------------------------------------------

    def delivered(self, build_id: str) -> set[str]:
        """Recipients (lower-cased) this build was already sent to."""
        rows = self.db.execute(
            "SELECT DISTINCT lower(recipient) FROM deliveries"
            " WHERE build_id = ? AND status = 'sent'",
            (build_id,),
        )
        return {r[0] for r in rows}

    def interrupted(self, build_id: str) -> set[str]:
        """Recipients whose last delivery of this build never recorded an outcome."""
        rows = self.db.execute(
            "SELECT lower(recipient) FROM deliveries d WHERE build_id = ? AND status = 'sending'"
            " AND id = (SELECT max(id) FROM deliveries WHERE build_id = d.build_id"
            " AND lower(recipient) = lower(d.recipient))",
            (build_id,),
        )
        return {r[0] for r in rows}

    def begin(self, build_id: str, recipients: list[str], now: datetime) -> dict[str, int]:
        """Record that sending starts; the row id for every recipient."""
        ids = {}
        with self.db:
            for r in recipients:
                cur = self.db.execute(
                    "INSERT INTO deliveries (build_id, recipient, status, at) "
                    "VALUES (?, ?, 'sending', ?)",
                    (build_id, r, _iso(now)),
                )
                ids[r] = int(cur.lastrowid or 0)
        return ids

    def finish(self, row: int, sent: bool, attempts: int, reply: str, now: datetime) -> None:
        """Record one recipient's outcome."""
        self.db.execute(
            "UPDATE deliveries SET status = ?, attempts = ?, reply = ?, at = ? WHERE id = ?",
            ("sent" if sent else "failed", attempts, reply, _iso(now), row),
        )

    def deliveries(self, build_id: str | None = None) -> list[dict[str, object]]:
        """The log, oldest first (for reports and tests)."""
        query = "SELECT build_id, recipient, status, attempts, reply, at FROM deliveries"
        args: tuple[str, ...] = ()
        if build_id is not None:
            query += " WHERE build_id = ?"
            args = (build_id,)
        cols = ("build_id", "recipient", "status", "attempts", "reply", "at")
        return [
            dict(zip(cols, row, strict=True))
            for row in self.db.execute(query + " ORDER BY id", args)
        ]

    # runs -------------------------------------------------------------------------------

    def epoch(self, now: datetime) -> datetime:
        """When this state was first used; set to ``now`` on the first call."""
        self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('epoch', ?)", (_iso(now),))
        row = self.db.execute("SELECT value FROM meta WHERE key = 'epoch'").fetchone()
        return datetime.fromisoformat(row[0])

    def runs(self) -> dict[datetime, Run]:
        """Every recorded window, by its UTC time."""
        out = {}
        for when, status, attempts, finished, error in self.db.execute(
            "SELECT scheduled_for, status, attempts, finished_at, error FROM runs"
        ):
            moment = datetime.fromisoformat(when)
            fin = datetime.fromisoformat(finished) if finished else None
            out[moment] = Run(moment, status, attempts, fin, error)
        return out

    def start_run(self, when: datetime, now: datetime) -> None:
        """Mark a window as running (one more attempt)."""
        self.db.execute(
            "INSERT INTO runs (scheduled_for, status, attempts, started_at)"
            " VALUES (?, 'running', 1, ?)"
            " ON CONFLICT (scheduled_for) DO UPDATE SET status = 'running',"
            " attempts = attempts + 1, started_at = excluded.started_at, error = ''",
            (_iso(when), _iso(now)),
        )

    def end_run(self, when: datetime, status: str, now: datetime, error: str = "") -> None:
        """Mark a window done, failed or skipped."""
        self.db.execute(
            "INSERT INTO runs (scheduled_for, status, attempts, finished_at, error)"
            " VALUES (?, ?, 0, ?, ?) ON CONFLICT (scheduled_for) DO UPDATE SET"
            " status = excluded.status, finished_at = excluded.finished_at, error = excluded.error",
            (_iso(when), status, _iso(now), error),
        )

    def abandon_running(self, now: datetime) -> int:
        """Windows left 'running' by a scheduler that died count as failed attempts."""
        cur = self.db.execute(
            "UPDATE runs SET status = 'failed', finished_at = ?, "
            "error = 'interrupted (the scheduler stopped during the run)' WHERE status = 'running'",
            (_iso(now),),
        )
        return cur.rowcount


@contextmanager
def open_store(path: Path) -> Iterator[Store]:
    """A :class:`Store` closed on exit; a database error (a full disk) is a DeliveryError."""
    try:
        store = Store(path)
        with closing(store):
            yield store
    except sqlite3.Error as exc:
        raise DeliveryError(
            f"the delivery log cannot be used ({exc}); free some space or check the file",
            str(path),
        ) from None
