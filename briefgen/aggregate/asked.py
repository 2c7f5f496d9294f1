"""The corpus's tables as one document's linking reads them, each question and answer noted.

A document's links (``linking.link_within`` and its helpers) depend on the document and
on what they ask of a few tables made over the whole corpus (the title each surname is
given, the leading person of each surname, the names written with two sets of initials,
…). A rebuild's new documents change those tables, but a document asks of them only its
own names: when every question an old document asked has today the answer it had, its
links are the same (the functions are deterministic: the same answers lead them down
the same path to the same questions), and are kept (:mod:`kept_links`).

So the tables are handed to the linking wrapped: ``Asked`` answers membership, ``get``
and truthiness and notes each question with its answer; anything else (iterating,
counting, hashing a table) raises, so a change that reads a table whole fails in the
tests rather than going unnoticed by the cache.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any, NoReturn

# An answer "not in the table", told apart from a stored None.
_MISSING = object()


class Notes:
    """The questions asked of the tables, each once, in the order first asked, with their
    answers. A table does not change while a build links its documents, so a question asked
    again has the same answer: checking each question once checks every asking of it."""

    def __init__(self) -> None:
        self._answers: dict[tuple[str, str, Any], Any] = {}

    def note(self, table: str, question: list[Any], answer: Any) -> None:
        kind, *key = question
        self._answers.setdefault((table, kind, *key), answer)

    @property
    def asked(self) -> list[tuple[str, list[Any]]]:
        return [(table, list(question)) for table, *question in self._answers]

    @property
    def answers(self) -> list[Any]:
        return list(self._answers.values())


class Asked:
    """A set or a mapping (``table``, named ``name``) whose every question is noted."""

    __slots__ = ("_name", "_notes", "_table")

    def __init__(self, name: str, table: Collection[Any] | Mapping[Any, Any], notes: Notes):
        self._name = name
        self._table = table
        self._notes = notes

    def __contains__(self, key: object) -> bool:
        found = key in self._table
        self._notes.note(self._name, ["in", key], found)
        return found

    def get(self, key: Any, default: Any = None) -> Any:
        got = self._get(key)
        return default if got is _MISSING else got

    def __getitem__(self, key: Any) -> Any:
        # ``ChainMap.get`` reads its maps by item, a missing key as ``KeyError``
        got = self._get(key)
        if got is _MISSING:
            raise KeyError(key)
        return got

    def __bool__(self) -> bool:
        full = bool(self._table)
        self._notes.note(self._name, ["any"], full)
        return full

    def _get(self, key: Any) -> Any:
        table = self._table
        assert isinstance(table, Mapping), f"{self._name} is a set, not a mapping"
        got = table.get(key, _MISSING)
        self._notes.note(self._name, ["get", key], None if got is _MISSING else ["=", got])
        return got

    def _whole(self, *_: object) -> NoReturn:
        raise TypeError(
            f"the table {self._name!r} is read whole in one document's linking: a rebuild "
            "could not tell whether its answers changed (see aggregate.asked)"
        )

    __iter__ = __len__ = __hash__ = keys = items = values = _whole


def answer(table: Collection[Any] | Mapping[Any, Any], question: list[Any]) -> Any:
    """What ``table`` answers today to a question as ``Notes`` stored it (read back from
    JSON: its key's tuples are lists); ``ValueError`` for a question no ``Asked`` asks."""
    match question:
        case ["any"]:
            return bool(table)
        case ["in", key]:
            return _tupled(key) in table
        case ["get", key] if isinstance(table, Mapping):
            got = table.get(_tupled(key), _MISSING)
            return None if got is _MISSING else ["=", got]
    raise ValueError(f"not a question of a table: {question!r}")


def answers_json(answers: list[Any]) -> str:
    """The answers as one canonical JSON text (sets sorted, tuples as lists)."""
    return json.dumps(answers, sort_keys=True, ensure_ascii=False, default=_plain)


def questions_json(asked: list[tuple[str, Any]]) -> str:
    """The questions as one JSON text, each ``[table, [kind, key]]``."""
    return json.dumps(asked, ensure_ascii=False, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return sorted(value, key=lambda v: json.dumps(v, default=_plain))
    raise TypeError(f"cannot note {type(value).__name__}")


def _tupled(value: Any) -> Any:
    return tuple(_tupled(v) for v in value) if isinstance(value, list) else value
