"""One object for each equal value an extraction holds, before it leaves its worker.

Each extractor cuts its own strings from the text: the document's id is a field of every
mention, event, position and piece of evidence; a name is cut once for each time it is
mentioned ("Trump" forty times); a sentence holding an event and a position is held
twice; every offset above 256 is an int object of its own, and so is each copy of a span.
Pickle keeps the identity of what it sends, so values made one object here are sent once
to the build's process and held once there, for as long as the build runs: the memory a
build keeps for each article.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from functools import cache
from typing import Any, TypeVar, cast

from briefgen.models import Extraction, Record

T = TypeVar("T")

# CPython keeps one object for each of these ints already.
_SMALL_INTS = range(-5, 257)


class Sharing:
    """Values seen so far: ``one(value)`` gives back an equal value that holds, wherever it
    can, the objects already seen instead of copies. Records and tuples are rebuilt only
    when something in them changed; a record met twice (an event's date expression, also
    among the document's) stays one record."""

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._ints: dict[int, int] = {}
        self._made: dict[int, Any] = {}
        # Equal spans made apart (a verb's span given by two readings) become one as well.
        self._spans: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        # The originals whose ids key ``_made``, kept alive so that no id is reused.
        self._originals: list[Any] = []

    def one(self, value: T) -> T:
        kind = type(value)
        if kind is str:
            return self._strings.setdefault(value, value)  # type: ignore[arg-type, return-value]
        if kind is int:
            if value in _SMALL_INTS:
                return value
            return self._ints.setdefault(value, value)  # type: ignore[arg-type, return-value]
        if kind is tuple:
            return self._tuple(value)  # type: ignore[arg-type, return-value]
        if isinstance(value, Record):
            return self._record(value)
        return value  # None, bools, floats, dates: nothing worth sharing

    def _tuple(self, value: tuple[Any, ...]) -> tuple[Any, ...]:
        items = tuple([self.one(v) for v in value])
        kept = value if _same(items, value) else items
        # Only tuples of strings and ints are shared by value: 1 == 1.0 == True, and a
        # tuple holding one must not come back holding another.
        if all(type(v) is str or type(v) is int for v in kept):
            return self._spans.setdefault(kept, kept)
        return kept

    def _record(self, value: Record) -> Any:
        made = self._made.get(id(value))
        if made is not None:
            return made
        names = type(value).__match_args__
        old = [getattr(value, name) for name in names]
        new = [self.one(v) for v in old]
        result = value if _same(new, old) else type(value)(*new)
        self._made[id(value)] = result
        self._originals.append(value)
        return result


def _same(new: Any, old: Any) -> bool:
    return all(a is b for a, b in zip(new, old, strict=True))


def evidence_sentences(extraction: Extraction) -> dict[str, str]:
    """The sentences an extraction's events and positions quote as their evidence, each
    mapped to itself: the string a record read beside the extraction may hold instead of
    an equal copy (``holding``)."""
    held: dict[str, str] = {}
    for evidence in [m.evidence for m in extraction.events] + [
        p.evidence for p in extraction.positions
    ]:
        held.setdefault(evidence.sentence, evidence.sentence)
    return held


def holding(value: T, held: Mapping[str, str]) -> T:
    """``value`` (a frozen dataclass) with each string field ``held`` has an equal of as
    ``held``'s string. The summary's readings of a document kept in the cache (its
    reportable sentences, its definite references named) are decoded apart from its
    extraction, each sentence a copy of the one its evidence holds, and all are held
    through the summary: the build's peak."""
    changed = {
        name: one
        for name in _field_names(cast(Any, type(value)))
        if type(text := getattr(value, name)) is str
        and (one := held.get(text)) is not None
        and one is not text
    }
    return replace(value, **changed) if changed else value  # type: ignore[type-var]


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))
