"""The article store: one SQLite file, ``articles.sqlite`` in the output folder.

One row per article, keyed by canonical URL; the content hash catches the same text under
another URL. Every change is one transaction, so a run killed at any instant leaves the
store as it was after its last completed article. The schema is versioned: migrations
run in order, each in its own transaction, and are recorded in ``schema_migrations``.
See docs/store.md for the columns.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from briefgen.collect.http import Validators
from briefgen.errors import BriefgenError

STORE_NAME = "articles.sqlite"
Outcome = Literal["new", "unchanged", "updated", "duplicate"]

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '[]',
            publisher TEXT,
            published TEXT,
            date_from TEXT NOT NULL DEFAULT 'none',
            language TEXT,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            comments TEXT,
            page_starts TEXT NOT NULL DEFAULT '[]',
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            updated_at TEXT,
            updates INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT
        );
        CREATE INDEX articles_content_hash ON articles (content_hash);
        CREATE TABLE revisions (
            article_id INTEGER NOT NULL REFERENCES articles (id),
            content_hash TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        CREATE TABLE fetch_state (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            status INTEGER NOT NULL,
            checked_at TEXT NOT NULL
        );
        CREATE TABLE failures (
            source TEXT NOT NULL,
            url TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            failed_at TEXT NOT NULL,
            PRIMARY KEY (source, url)
        );
        """,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


class StoreError(BriefgenError):
    """The article store cannot be opened or was written by a newer briefgen."""


@dataclass(frozen=True)
class Article:
    """One collected article, as it goes into the store.

    ``date_from`` says where ``published`` was read, in the ``Document.date_source``
    vocabulary: ``stated`` (the page itself), ``field`` (a feed, sitemap or file's
    metadata), ``url``, ``filename`` or ``none``.
    """

    url: str
    title: str
    text: str
    format: str
    source: str
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    date_from: str = "none"
    language: str | None = None
    page_starts: tuple[int, ...] = ()
    comments: str | None = None  # readers' comments, kept out of ``text``
    validators: Validators = field(default_factory=Validators)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class StoredArticle:
    """A row of the store, as ``briefgen build`` reads it."""

    url: str
    title: str
    text: str
    format: str
    source: str
    authors: tuple[str, ...]
    publisher: str | None
    published: str | None
    date_from: str
    language: str | None
    content_hash: str
    fetched_at: str
    updated_at: str | None


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed (re-wrapping is not a change)."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


def store_path(output_dir: Path) -> Path:
    return output_dir / STORE_NAME


class ArticleStore:
    """The store, open. Use from one thread; ``with ArticleStore(path) as store:``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE … COMMIT).
            self._db = sqlite3.connect(path, isolation_level=None, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: a crash never corrupts the file or half-writes an article; only
            # the last few commits may be lost on power failure, and the next run refetches.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a usable article store ({exc})", str(path)) from None

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def version(self) -> int:
        row = self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        current = self.version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store schema version {current} is newer than this briefgen's "
                f"({SCHEMA_VERSION}); upgrade briefgen",
                str(self.path),
            )
        for version, sql in MIGRATIONS:
            if version <= current:
                continue
            with self._transaction():
                for statement in sql.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(
                    "INSERT INTO schema_migrations VALUES (?, datetime('now'))", (version,)
                )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # fetch state ----------------------------------------------------------------------

    def validators(self, url: str) -> Validators | None:
        row = self._db.execute(
            "SELECT etag, last_modified FROM fetch_state WHERE url = ?", (url,)
        ).fetchone()
        return Validators(row[0], row[1]) if row else None

    def remember(self, url: str, validators: Validators, status: int, now: datetime) -> None:
        """Record what the server said about ``url``, for the next conditional GET."""
        with self._transaction():
            self._remember(url, validators, status, now)

    def _remember(self, url: str, validators: Validators, status: int, now: datetime) -> None:
        self._db.execute(
            "INSERT INTO fetch_state VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE "
            "SET etag = excluded.etag, last_modified = excluded.last_modified, "
            "status = excluded.status, checked_at = excluded.checked_at",
            (url, validators.etag, validators.last_modified, status, now.isoformat()),
        )

    def forget(self, url: str) -> None:
        """Drop ``url``'s validators, so the next run fetches it in full."""
        with self._transaction():
            self._db.execute("DELETE FROM fetch_state WHERE url = ?", (url,))

    # failures -------------------------------------------------------------------------

    def fail(self, source: str, url: str, reason: str, now: datetime) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT INTO failures VALUES (?, ?, ?, 1, ?) ON CONFLICT (source, url) DO UPDATE "
                "SET reason = excluded.reason, attempts = attempts + 1, "
                "failed_at = excluded.failed_at",
                (source, url, reason, now.isoformat()),
            )

    def succeed(self, source: str, url: str) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM failures WHERE source = ? AND url = ?", (source, url))

    def pending(self, source: str) -> list[str]:
        """URLs of ``source`` that failed before: every run tries them again."""
        rows = self._db.execute(
            "SELECT url FROM failures WHERE source = ? ORDER BY url", (source,)
        ).fetchall()
        return [r[0] for r in rows]

    # articles -------------------------------------------------------------------------

    def save(self, article: Article, now: datetime, fetched: Sequence[str] = ()) -> Outcome:
        """Store ``article`` unless it is already there; one transaction.

        Same URL and text: unchanged. Same URL, new text: updated, keeping the first
        publication date and recording the revision. Same text at another URL: duplicate.
        The validators of the ``fetched`` URLs are recorded in the same transaction, so a
        304 next time always means "the article is in the store".
        """
        digest = article.content_hash
        stamp = now.isoformat()
        with self._transaction():
            for url in fetched:
                self._remember(url, article.validators, 200, now)
            row = self._db.execute(
                "SELECT id, content_hash, published, date_from FROM articles WHERE url = ?",
                (article.url,),
            ).fetchone()
            if row is not None:
                return self._save_known(row, article, digest, stamp)
            other = self._db.execute(
                "SELECT 1 FROM articles WHERE content_hash = ?", (digest,)
            ).fetchone()
            if other is not None:
                return "duplicate"
            cursor = self._db.execute(
                "INSERT INTO articles (url, title, authors, publisher, published, date_from, "
                "language, format, text, comments, page_starts, content_hash, source, "
                "fetched_at, etag, last_modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.url,
                    article.title,
                    json.dumps(list(article.authors)),
                    article.publisher,
                    article.published,
                    article.date_from if article.published else "none",
                    article.language,
                    article.format,
                    article.text,
                    article.comments,
                    json.dumps(list(article.page_starts)),
                    digest,
                    article.source,
                    stamp,
                    article.validators.etag,
                    article.validators.last_modified,
                ),
            )
            self._db.execute(
                "INSERT INTO revisions VALUES (?, ?, ?)", (cursor.lastrowid, digest, stamp)
            )
            return "new"

    def _save_known(
        self, row: tuple[int, str, str | None, str], article: Article, digest: str, stamp: str
    ) -> Outcome:
        article_id, old_hash, published, date_from = row
        if old_hash == digest:
            self._db.execute(
                "UPDATE articles SET etag = ?, last_modified = ? WHERE id = ?",
                (article.validators.etag, article.validators.last_modified, article_id),
            )
            return "unchanged"
        # The first publication date stays: an update is news about the same article.
        if published is None and article.published:
            published, date_from = article.published, article.date_from
        self._db.execute(
            "UPDATE articles SET title = ?, authors = ?, publisher = ?, published = ?, "
            "date_from = ?, language = ?, format = ?, text = ?, comments = ?, page_starts = ?, "
            "content_hash = ?, updated_at = ?, updates = updates + 1, etag = ?, "
            "last_modified = ? WHERE id = ?",
            (
                article.title,
                json.dumps(list(article.authors)),
                article.publisher,
                published,
                date_from,
                article.language,
                article.format,
                article.text,
                article.comments,
                json.dumps(list(article.page_starts)),
                digest,
                stamp,
                article.validators.etag,
                article.validators.last_modified,
                article_id,
            ),
        )
        self._db.execute("INSERT INTO revisions VALUES (?, ?, ?)", (article_id, digest, stamp))
        return "updated"

    def articles(self) -> Iterator[StoredArticle]:
        """Every article, oldest publication first (undated last), then by URL."""
        cursor = self._db.execute(
            "SELECT url, title, text, format, source, authors, publisher, published, date_from, "
            "language, content_hash, fetched_at, updated_at FROM articles "
            "ORDER BY published IS NULL, published, url"
        )
        for row in cursor:
            yield StoredArticle(
                url=row[0],
                title=row[1],
                text=row[2],
                format=row[3],
                source=row[4],
                authors=tuple(json.loads(row[5])),
                publisher=row[6],
                published=row[7],
                date_from=row[8],
                language=row[9],
                content_hash=row[10],
                fetched_at=row[11],
                updated_at=row[12],
            )

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any exception."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
