"""A content-addressed cache of extractions: ``OUTPUT/.cache/extractions.sqlite``.

An entry's key is the SHA-256 of everything ``extract_document`` reads: the document
as the structure stage left it (text, stated date and its source, language, every other
field but the file or JSONL line it was read from, and of its blocks what the extractors
read of them: ``read_blocks``), the corpus year, and
the *settings*: the cache format, briefgen's version and a digest of its source code,
spaCy's version, the model's name, version and pipeline, and the extract stage's size
limits. Any of these changing gives a new key, so a stale entry is never found; entries
made under other settings are deleted after a build, as they can never be found again.

The value is the ``Extraction`` as JSON (``codec``), compressed, with its own key
inside and a SHA-256 of the stored bytes beside it. Explicit JSON rather than pickle:
reading an entry runs no code, and the strict decoder rejects anything that is not an
``Extraction`` of today's models. An entry whose checksum, key, compression, JSON or
types do not check out is ignored and extracted again; a file SQLite calls corrupt is
replaced. Two builds may share the file: SQLite's WAL journal lets one write while
others read, and a writer waits (busy timeout) for the other rather than failing.

The same file holds the structure stage's entries (a document's language and blocks, and
what the copy search reads of its text), the summary's (a document's reportable
sentences, and their definite references named), each document's word counts and
whether each sentence the last build asked reads alone in tables of their own, with the
same checks (``EntryCache``; ``structure.cached``, ``reportable``, ``kept_definites``,
``corpuswords``, ``kept_verdicts``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from briefgen import __version__
from briefgen.deliver.lock import check_plain_file
from briefgen.extract.codec import DecodeError, decode, encode
from briefgen.models import Block, Document, Extraction

if TYPE_CHECKING:
    from briefgen.extract.model import ModelInfo

log = logging.getLogger(__name__)

T = TypeVar("T")
K = TypeVar("K")

CACHE_FOLDER = ".cache"
DB_NAME = "extractions.sqlite"
# Raise when the stored layout or the meaning of a key changes. 4: an extraction is stored
# without its document's text and blocks (Part BM); an entry of 3 is of other settings,
# so it is never found, and dropped after the build. 5: each distinct string written once
# in an entry, a record as the list of its field values (``codec``, Part CK).
FORMAT = 5
_SIDE_FILES = ("-wal", "-shm", "-journal")
_BUSY_SECONDS = 60
_BATCH = 500
# SQLite's names for a damaged file: the cache is then rebuilt, not trusted.
_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS structures (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS reportable (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS words (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS languages (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sketches (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS definites (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS terms (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS links (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS letters (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS verdicts (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS bodies (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS profile_lines (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS shown (
    key TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    checksum TEXT NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
DROP TABLE IF EXISTS documents;
"""
# ``documents`` held brief.json's entry for each document (docs/scale.md Part BK), read by
# no code since Part BM: dropped so that a folder built before does not keep it for ever.
# The tables of entries: extractions, the structure stage's (``structure.cached``: a
# document's blocks, and what the copy search reads of its text), the summary's reportable
# sentences (``reportable``) and their definite references named (``kept_definites``), each
# document's word counts (``corpuswords``), the language model's verdicts on quotations
# (``quote_language``), each text's words as the views weigh them (``kept_terms``) and each
# document's actor links with the questions they asked of the corpus (``kept_links``), and
# what the restoration of lost letters reads of each text (``ingest.lost_letters``), and
# whether each sentence the last build asked reads alone and tells news (``kept_verdicts``),
# and each page's body terms counted (``kept_bodies``), what the corpus profile counts of
# each text (``structure.profile.PageLines``), and each document's statements with their
# references back named (``aggregate.kept_shown``).
TABLES = (
    "entries",
    "structures",
    "sketches",
    "reportable",
    "definites",
    "words",
    "languages",
    "terms",
    "links",
    "letters",
    "verdicts",
    "bodies",
    "profile_lines",
    "shown",
)
# Entries read at once by ``BesideCache.each``: a large corpus's are not all held at once.
_EACH_BATCH = 100


def cache_path(output_dir: Path) -> Path:
    """``<output_dir>/.cache/extractions.sqlite``."""
    return output_dir / CACHE_FOLDER / DB_NAME


def extraction_settings(model: ModelInfo) -> str:
    """A digest of everything besides the document that shapes its extraction.

    Read without importing spaCy or loading the model (``model_info``): a rebuild the
    cache holds whole pays for neither.
    """
    from importlib.metadata import version

    from briefgen.extract.parse import MAX_ANALYSED_CHARS, SEGMENT_CHARS

    parts = {
        "format": FORMAT,
        "briefgen": __version__,
        "code": _code_digest(),
        "spacy": version("spacy"),
        "model": model.name,
        "model_version": model.version,
        "pipeline": list(model.pipeline),
        "limits": [MAX_ANALYSED_CHARS, SEGMENT_CHARS],
    }
    return _sha256(json.dumps(parts, sort_keys=True).encode())


def document_key(document: Document, year: int | None, settings: str) -> str:
    """The key of ``document``'s extraction with this corpus ``year`` and ``settings``.

    The year is left out where the extraction cannot read it: a corpus whose usual year
    moves (a week's new articles tip it) keeps every dated document's entry. Of the
    blocks, only what extraction reads of them goes in (``read_blocks``): a line of the
    page that a rebuild's corpus profile moves from one unread kind to another (a caption
    become furniture) keeps the page's entry.
    """
    from briefgen.extract.read_blocks import read_blocks

    payload = {
        **_keyed(document, year, settings),
        "document": encode(replace(document, source="", blocks=())),
        "read": read_blocks(document),
    }
    return _sha256(_json_bytes(payload))


def whole_document_key(document: Document, year: int | None, settings: str) -> str:
    """A key of ``document``'s extraction *with its blocks whole*: what is kept beside an
    extraction (``BesideCache``: the summary's readings, the words) reads blocks the
    extractors do not (a story break, a headline), so it is kept under this key.

    The blocks go in as lists of their field values, in the fields' order (``_block``):
    made by one call each in C, where ``encode`` made a dict of each and ``json`` sorted
    its keys (every build keys every document: a page has tens of blocks)."""
    payload = {
        **_keyed(document, year, settings),
        "document": encode(replace(document, source="", blocks=())),
        "blocks": [_block(b) for b in document.blocks],
    }
    return _sha256(_json_bytes(payload))


# A block's field values, in its fields' order.
_block = attrgetter(*(f.name for f in fields(Block)))


def _keyed(document: Document, year: int | None, settings: str) -> dict[str, Any]:
    """The parts of a key besides the document: the corpus year where extraction reads it,
    and the settings."""
    from briefgen.extract.dct import uses_corpus_year

    # Where the document was read from is no part of what extraction reads (the structure
    # stage has used the file's name already; callers leave ``source`` out): a JSONL
    # export renamed, or whose lines moved down when a week's articles were added at the
    # top, keeps the entries of the articles whose ids it keeps (a text file's id is its
    # name: renamed, it is new).
    return {"year": year if uses_corpus_year(document) else None, "settings": settings}


@dataclass(frozen=True)
class CacheStats:
    """What ``briefgen cache stats`` reports."""

    path: Path
    entries: int
    size_bytes: int
    last_build: dict[str, int] | None


class EntryCache(Generic[T]):
    """One table of entries of one dataclass ``kind`` in the cache file: ``get_many``,
    ``put``, ``drop_stale``. Use as a context manager."""

    def __init__(self, path: Path, settings: str, *, table: str, kind: type[T]) -> None:
        if table not in TABLES:
            raise ValueError(f"no cache table {table!r}")
        self.path = path
        self.settings = settings
        self.rejected = 0
        self._table = table
        self._kind = kind
        self._db = self._connect()

    def get_many(self, keys: Sequence[str]) -> dict[str, T]:
        """The entries found for ``keys`` that check out; the rest are misses."""
        return self.decoded_many(self.intact_many(keys))

    def intact_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored values for ``keys`` whose checksum checks out, not yet decoded
        (``decoded``, the costly part): which keys are misses is known first."""
        intact: dict[str, bytes] = {}
        for start in range(0, len(keys), _BATCH):
            batch = list(keys[start : start + _BATCH])
            marks = ",".join("?" * len(batch))
            rows = self._run(
                f"SELECT key, checksum, value FROM {self._table} WHERE key IN ({marks})", batch
            )
            for key, checksum, value in rows or ():
                if _intact(key, checksum, value):
                    intact[key] = value
                else:
                    self.rejected += 1
        return intact

    def decoded_many(self, intact: Mapping[str, bytes]) -> dict[str, T]:
        """The entries of ``intact_many``'s values that decode (``decoded``)."""
        return {k: e for k, v in intact.items() if (e := self.decoded(k, v)) is not None}

    def decoded(self, key: str, value: bytes) -> T | None:
        """The entry ``intact_many`` found under ``key``, or None (counted as rejected)
        where it is not one of this code's."""
        entry = _decoded(self._kind, key, value)
        if entry is None:
            self.rejected += 1
        return entry

    def found(self, wanted: Mapping[K, str]) -> dict[K, T]:
        """The entries stored under ``wanted``'s keys (what wants an entry -> its key) that
        check out, by what wanted them; the rest are misses."""
        stored = self.get_many(sorted(set(wanted.values())))
        return {item: stored[key] for item, key in wanted.items() if key in stored}

    def keep(self, made: Mapping[str, T]) -> None:
        """Store the entries this build made (key -> entry) and drop the stale ones: the
        end of a build's use of the table."""
        for key in sorted(made):
            self.put(key, made[key])
        self.drop_stale()

    def put(self, key: str, entry: T) -> None:
        """Store one entry (committed at once: an interrupted build keeps it)."""
        value = zlib.compress(_json_bytes({"key": key, "value": encode(entry)}))
        self._run(
            f"INSERT OR REPLACE INTO {self._table} (key, settings, checksum, value) "
            "VALUES (?, ?, ?, ?)",
            (key, self.settings, _sha256(value), value),
        )

    def drop_stale(self) -> None:
        """Drop the entries no build of these settings can find."""
        self._run(f"DELETE FROM {self._table} WHERE settings != ?", (self.settings,))

    def count(self) -> int:
        rows = self._run(f"SELECT count(*) FROM {self._table}", ())
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # SQLite follows links: the cache and its side files must be plain files of our own.
        for name in _files(self.path):
            check_plain_file(name)
        db = sqlite3.connect(self.path, timeout=_BUSY_SECONDS, isolation_level=None)
        try:
            _set_up(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            if _damaged(exc):
                return self._replace(exc)
            raise
        return db

    def _replace(self, exc: sqlite3.DatabaseError) -> sqlite3.Connection:
        log.warning("%s: the extraction cache is damaged (%s); starting a new one", self.path, exc)
        for name in _files(self.path):
            name.unlink(missing_ok=True)
        return self._connect()

    def _run(self, sql: str, params: Iterable[Any]) -> list[Any] | None:
        """One statement; a damaged file is replaced, a busy one skipped (the cache is
        only ever a shortcut: a miss costs an extraction, never a wrong result)."""
        try:
            return self._db.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            if _damaged(exc):
                self._db.close()
                self._db = self._replace(exc)
            else:
                log.warning("%s: extraction cache not used for one step (%s)", self.path, exc)
            return None


class ExtractionCache(EntryCache[Extraction]):
    """``with ExtractionCache(path, settings) as cache``: ``get_many``, ``put``, ``finish``."""

    def __init__(self, path: Path, settings: str) -> None:
        super().__init__(path, settings, table="entries", kind=Extraction)

    def put(self, key: str, entry: Extraction) -> None:
        """Store ``entry`` without its document's text and blocks: a build reads them from
        the document it sends (``run.with_document_of``), never from the cache. The text is
        in the key, so it is the sent one's; decoding it only to drop it cost a rebuild
        about a seventh of the extractions' JSON read back."""
        document = replace(entry.document, text="", blocks=())
        super().put(key, replace(entry, document=document))

    def key(self, document: Document, year: int | None) -> str:
        return document_key(document, year, self.settings)

    def whole_key(self, document: Document, year: int | None) -> str:
        return whole_document_key(document, year, self.settings)

    def finish(self, hits: int, extracted: int) -> None:
        """Record the build's counts, and drop entries no build of these settings can find."""
        record = {"hits": hits, "extracted": extracted, "rejected": self.rejected}
        self._run(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_build', ?)",
            (json.dumps(record, sort_keys=True),),
        )
        self.drop_stale()


class BesideCache(EntryCache[T]):
    """A table of entries that depend on one document's extraction alone, each under a key
    made from its extraction's (which names the document, the corpus year where it is
    read, the code and the model). Entries of other code are dropped after a build
    (``drop_stale``), as extractions made by other code are."""

    def __init__(self, path: Path, *, table: str, kind: type[T]) -> None:
        settings = json.dumps({"format": FORMAT, "code": _code_digest()}, sort_keys=True)
        super().__init__(path, _sha256(settings.encode()), table=table, kind=kind)

    def key(self, extraction_key: str) -> str:
        """The entry of the extraction stored under ``extraction_key``."""
        return _sha256(f"{self._table}:{extraction_key}".encode())

    def wanted(self, extractions: Sequence[Extraction], keys: Mapping[str, str]) -> dict[str, str]:
        """Document id -> the key of its entry, for each of ``extractions`` with an
        extraction key (``keys``: document id -> key)."""
        return {
            x.document.id: self.key(key)
            for x in extractions
            if (key := keys.get(x.document.id)) is not None
        }

    def each(
        self,
        extractions: Sequence[Extraction],
        keys: Mapping[str, str],
        make: Callable[[Extraction], T],
    ) -> Iterator[T]:
        """Each extraction's entry, in order: read where stored under its extraction's key
        (``keys``: document id -> key), else made by ``make`` and stored (an extraction
        without a key is not stored). Read ``_EACH_BATCH`` at a time."""
        for start in range(0, len(extractions), _EACH_BATCH):
            batch = extractions[start : start + _EACH_BATCH]
            wanted = self.wanted(batch, keys)
            found = self.found(wanted)
            for x in batch:
                entry = found.get(x.document.id)
                if entry is None:
                    entry = make(x)
                    if (key := wanted.get(x.document.id)) is not None:
                        self.put(key, entry)
                yield entry


class ReadAhead(BesideCache[T]):
    """``with ReadAhead(cache, table=..., kind=..., read=...) as ahead``:
    ``ahead.read_ahead(extraction, key)`` stores ``read(extraction)`` beside the extraction
    stored under ``key``, where the stage that needs it reads it back (``each``): one
    document's own reading done as its extraction arrives from the workers
    (``extract_documents``'s ``on_extracted``), while they extract the next ones."""

    def __init__(
        self, path: Path, *, table: str, kind: type[T], read: Callable[[Extraction], T]
    ) -> None:
        super().__init__(path, table=table, kind=kind)
        self._read = read

    def read_ahead(self, extraction: Extraction, key: str) -> None:
        self.put(self.key(key), self._read(extraction))


def cache_stats(path: Path) -> CacheStats:
    """Entries, bytes on disk and the last build's counts; zeros when there is no cache."""
    if not path.is_file():
        return CacheStats(path, 0, 0, None)
    with ExtractionCache(path, settings="") as db:
        entries = db.count()
        row = db._run("SELECT value FROM meta WHERE key = 'last_build'", ())
    size = sum(p.stat().st_size for p in _files(path) if p.is_file())
    last = json.loads(row[0][0]) if row else None
    return CacheStats(path, entries, size, last)


def holds_extractions(path: Path | None) -> bool:
    """Whether the cache at ``path`` holds any extraction: without one, a build extracts
    every document (its workers can start before the corpus is read: ``early_pool``)."""
    if path is None or not path.is_file():
        return False
    with ExtractionCache(path, settings="") as db:
        rows = db._run("SELECT EXISTS (SELECT 1 FROM entries)", ())
    return bool(rows and rows[0][0])


def clear_cache(path: Path) -> int:
    """Delete every entry; how many there were. The file stays, so a running build is safe."""
    if not path.is_file():
        return 0
    with ExtractionCache(path, settings="") as db:
        count = db.count()
        for sql in (*(f"DELETE FROM {t}" for t in TABLES), "DELETE FROM meta", "VACUUM"):
            db._run(sql, ())
    return count


def _intact(key: str, checksum: str, value: bytes) -> bool:
    """Whether a stored value is the bytes written beside its checksum (cheap: no
    decompression; the key it holds is checked as it is decoded)."""
    if isinstance(value, bytes) and _sha256(value) == checksum:
        return True
    log.debug("cache entry %s rejected: checksum mismatch", key[:12])
    return False


def _decoded(kind: type[T], key: str, value: bytes) -> T | None:
    """An intact value decoded, or None (logged) where it is not this code's encoding."""
    try:
        payload = json.loads(zlib.decompress(value).decode("utf-8", "surrogatepass"))
        if not isinstance(payload, dict) or payload.get("key") != key:
            raise ValueError("entry stored under another key")
        return decode(kind, payload.get("value"))
    except (ValueError, DecodeError, zlib.error, TypeError) as exc:
        log.debug("cache entry %s rejected: %s", key[:12], exc)
        return None


def _set_up(db: sqlite3.Connection) -> None:
    """WAL journal, synchronous=NORMAL and the schema, waiting out another build's lock.

    Switching a new file to WAL takes an exclusive lock, and SQLite may answer "database is
    locked" at once rather than through the busy timeout when another connection is setting
    the same file up (two builds starting together on one output folder): try again.
    """
    deadline = time.monotonic() + _BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            # WAL with synchronous=NORMAL: a crash may lose the last entries, never corrupt.
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name in _DAMAGED or "malformed" in str(exc) or "not a database" in str(exc)


def _files(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in _SIDE_FILES)]


def _json_bytes(value: Any) -> bytes:
    # Lone surrogates can survive decoding a file; they must hash and store all the same.
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@cache
def _code_digest() -> str:
    """A digest of briefgen's own source files: a changed extractor invalidates the cache
    even when the version number has not moved (a checkout under development)."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()
