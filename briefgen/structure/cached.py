"""The structure stage's per-document work, kept in the build's cache between builds.

What a document's language and blocks depend on: its own fields, the code, and (for the
blocks) the corpus profile. A weekly rebuild changes the profile a little (new documents
add lines and words), so the profile cannot go into the key without invalidating every
entry. Instead an entry records each question the classifier asked the profile and the
answer it got (``RecordingProfile``): "is this line recurring?", "is this word common?".
The classifier is a function of the document and of those answers, so the blocks stored
stand when every question, asked again of today's profile, gets the same answer; when one
does not, the document is structured again. The key is the document's content and the
settings (cache format, briefgen's version and source digest, the language identifier's
version), as for extractions (``extract.cache``): a corrupt or foreign entry is ignored.

The entry also keeps what the corpus's central names read of the blocks (``Naming``). What
the copy search reads of a document, its sentences' digests and MinHash signature
(``copies.Sketch``), rests on its text alone: it is kept in a table of its own under the
text and the same settings, so that a document renamed, re-dated or moved to another
file keeps it, and a copy dropped by the search (never structured) has one too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

from briefgen import __version__
from briefgen.extract.cache import FORMAT, EntryCache, _code_digest, _json_bytes
from briefgen.extract.codec import encode
from briefgen.models import Block, Document
from briefgen.structure.copies import Sketch
from briefgen.structure.profile import CorpusProfile, PageLines
from briefgen.structure.stories import Naming

T = TypeVar("T")


@dataclass(frozen=True)
class Answer:
    """One question the classifier asked the profile about ``text``, and its answer."""

    question: str
    text: str
    result: bool | int | None


@dataclass(frozen=True)
class Structured:
    """A document's language and blocks, with the profile's answers they rest on and what
    the corpus's central names read of them (none for a page not read)."""

    language: str | None
    blocks: tuple[Block, ...]
    answers: tuple[Answer, ...]
    naming: Naming | None = None


class _Watched(frozenset[str]):
    """A word set that notes each membership test (``word in common``)."""

    answers: dict[tuple[str, str], bool | int | None]

    def __contains__(self, word: object) -> bool:
        found = super().__contains__(word)
        if isinstance(word, str):
            self.answers[("common", word)] = found
        return found


class RecordingProfile(CorpusProfile):
    """``profile`` itself, noting every answer it gives the classifier in ``answers``.

    The classifier reads a profile only through these methods and ``common`` (a test
    asserts that answering from the record alone gives the same blocks).
    """

    answers: dict[tuple[str, str], bool | int | None]
    _profile: CorpusProfile

    def __init__(self, profile: CorpusProfile) -> None:
        answers: dict[tuple[str, str], bool | int | None] = {}
        common = _Watched(profile.common)
        common.answers = answers
        values = {f.name: getattr(profile, f.name) for f in fields(profile)}
        super().__init__(**{**values, "common": common})
        object.__setattr__(self, "answers", answers)
        # Questions go to the profile itself, so that only the classifier's own questions
        # are noted, not the ones a method asks of another (``recurring`` of ``frequency``).
        object.__setattr__(self, "_profile", profile)

    def frequency(self, line: str) -> int:
        found = self._profile.frequency(line)
        self.answers[("frequency", line)] = found
        return found

    def recurring(self, line: str, *, sentence_shaped: bool) -> bool:
        found = self._profile.recurring(line, sentence_shaped=sentence_shaped)
        self.answers[("recurring" if sentence_shaped else "recurring fragment", line)] = found
        return found

    def recurring_prefix(self, text: str) -> int | None:
        found = self._profile.recurring_prefix(text)
        self.answers[("prefix", text)] = found
        return found

    def recurring_suffix(self, text: str) -> int | None:
        found = self._profile.recurring_suffix(text)
        self.answers[("suffix", text)] = found
        return found

    def recurring_box(self, heading: str) -> bool:
        found = self._profile.recurring_box(heading)
        self.answers[("box", heading)] = found
        return found


def ask(profile: CorpusProfile, question: str, text: str) -> bool | int | None:
    """``question`` about ``text`` put to ``profile`` as the classifier puts it."""
    match question:
        case "common":
            return text in profile.common
        case "frequency":
            return profile.frequency(text)
        case "recurring":
            return profile.recurring(text, sentence_shaped=True)
        case "recurring fragment":
            return profile.recurring(text, sentence_shaped=False)
        case "prefix":
            return profile.recurring_prefix(text)
        case "suffix":
            return profile.recurring_suffix(text)
        case "box":
            return profile.recurring_box(text)
    raise ValueError(f"unknown profile question {question!r}")


def still_holds(entry: Structured, profile: CorpusProfile) -> bool:
    """Whether ``profile`` answers every question the entry's blocks rest on alike."""
    for a in entry.answers:
        now = ask(profile, a.question, a.text)
        # bool is an int to Python: True == 1 must not pass for the same answer
        if type(now) is not type(a.result) or now != a.result:
            return False
    return True


def structure_settings() -> str:
    """A digest of everything besides the document that shapes its language and blocks."""
    parts = {
        "format": FORMAT,
        "briefgen": __version__,
        "code": _code_digest(),
        "py3langid": version("py3langid"),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def text_key(table: str, text: str, settings: str) -> str:
    """The key of ``text``'s entry in ``table`` under ``settings``."""
    # (a text read with its undecodable bytes kept as surrogates hashes too)
    payload = f"{table}:{settings}:{text}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(payload).hexdigest()


class TextCache(EntryCache[T]):
    """A table of entries that rest on one text alone, each under the text and the
    structure stage's settings (``structure_settings``, unless given): a document renamed,
    re-dated or moved to another file keeps its entry, and one text under two ids has one.
    Used as ``EntryCache``, or by text: ``read_texts``, ``keep_texts``."""

    def __init__(
        self, path: Path, *, table: str, kind: type[T], settings: str | None = None
    ) -> None:
        settings = structure_settings() if settings is None else settings
        super().__init__(path, settings, table=table, kind=kind)

    def key(self, text: str) -> str:
        return text_key(self._table, text, self.settings)

    def read_texts(self, texts: Iterable[str]) -> dict[str, T]:
        """Text -> its entry, for those of ``texts`` the table holds (and that check out)."""
        return self.found({t: self.key(t) for t in set(texts)})

    def keep_texts(self, made: Mapping[str, T]) -> None:
        """Store the entries this build made (text -> entry) and drop the stale ones."""
        self.keep({self.key(t): e for t, e in made.items()})


class StructureCache(EntryCache[Structured]):
    """``with StructureCache(path) as cache``: ``key``, ``get_many``, ``put``, ``drop_stale``;
    the copy search's sketches in ``sketches``, the profile's scans in ``pages``."""

    def __init__(self, path: Path, settings: str | None = None) -> None:
        settings = structure_settings() if settings is None else settings
        super().__init__(path, settings, table="structures", kind=Structured)
        # what the copy search reads of each text (``copies.Sketch``), under the text
        self.sketches = TextCache(path, table="sketches", kind=Sketch, settings=settings)
        # what the corpus profile counts of each text (``profile.PageLines``), under the text
        self.pages = TextCache(path, table="profile_lines", kind=PageLines, settings=settings)

    def drop_stale(self) -> None:
        super().drop_stale()
        self.sketches.drop_stale()
        self.pages.drop_stale()

    def close(self) -> None:
        super().close()
        self.sketches.close()
        self.pages.close()

    def key(self, document: Document) -> str:
        """The key of ``document`` as ingested (before its language and blocks)."""
        payload: dict[str, Any] = {"document": encode(_placed(document)), "settings": self.settings}
        return hashlib.sha256(_json_bytes(payload)).hexdigest()

    def __enter__(self) -> StructureCache:
        return self


def _placed(document: Document) -> Document:
    """``document`` with only as much of where it was read as the structure stage reads:
    a text file's name (a first line repeating it is its title), nothing of a JSONL line's
    number or its file's name, so a moved line of a renamed export keeps its entry."""
    stem = Path(document.source).stem if document.format in ("txt", "md") else ""
    return replace(document, source=stem)
