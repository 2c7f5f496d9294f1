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

import sys
from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from functools import cache
from types import MemberDescriptorType
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


# The whole numbers above 256 this process's extractions hold, one object for each value
# across documents. Pickle sends an int as its value, never as an object it has sent before:
# each offset a worker's extraction holds (a mention's start, a verb's span, a sentence's
# bounds) comes back as an object of its own, ~550 a page (32 bytes each), though every
# page's offsets are drawn from the same few thousand values. Bounded: offsets never exceed
# the longest page, and past the bound a value is shared only when already held.
_INTS: dict[int, int] = {}
_INTS_HELD = 1 << 16
# A string of up to this many characters is shared across documents (``sys.intern``), as
# the cache's decoder shares it: a verb's lemma, a role, a date's value, a short name recur
# from page to page; a longer one is mostly a page's own, and the table's entry would cost
# what it saves.
SHORT = 12


def one_int() -> Callable[[int, int], int]:
    """``one_int()(value, value)``: the object this process holds for an int equal to
    ``value``, or ``value`` itself, kept as that object while the table has room."""
    return _INTS.setdefault if len(_INTS) < _INTS_HELD else _INTS.get


def held_once(extraction: Extraction) -> Extraction:
    """``extraction``, just received from a worker, holding this process's objects for the
    whole numbers and short strings equal to one already held (``one_int``, ``SHORT``).

    The records are the ones received, their equal values swapped in place before any
    reader has them: rebuilding each (every record holds an offset) would cost the pass
    three times over. A record or tuple met twice (a date in its event and among the
    document's) is one object, as pickle sent it; a tuple of offsets is rebuilt once."""
    ints = one_int()
    tuples: dict[int, tuple[Any, ...]] = {}
    seen: set[int] = set()

    def one(value: Any) -> Any:
        kind = type(value)
        if kind is int:
            return value if value in _SMALL_INTS else ints(value, value)
        if kind is str:
            return sys.intern(value) if len(value) <= SHORT else value
        if kind is tuple:
            made = tuples.get(id(value))
            if made is None:
                items = [one(v) for v in value]
                made = tuples[id(value)] = value if _same(items, value) else tuple(items)
            return made
        if isinstance(value, Record):
            visit(value)
        return value

    def visit(record: Record) -> None:
        if id(record) in seen:
            return
        seen.add(id(record))
        for get, put in _slots(cast(Any, type(record))):
            old = get(record)
            new = one(old)
            if new is not old:
                put(record, new)

    # The ids above stay valid: everything they key is held by ``extraction`` meanwhile.
    visit(extraction)
    return extraction


@cache
def _slots(kind: type) -> tuple[tuple[Callable[[Any], Any], Callable[[Any, Any], None]], ...]:
    """Each field's slot of a record class, read and written as its ``__init__`` writes it
    (the frozen dataclass's own ``__setattr__`` refuses)."""
    slots: list[Any] = [getattr(kind, name, None) for name in cast(Any, kind).__match_args__]
    if not all(type(slot) is MemberDescriptorType for slot in slots):
        return ()  # not a slotted dataclass: its fields are left as they are
    return tuple((slot.__get__, slot.__set__) for slot in slots)


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
