"""The brief as JSON: the documented contract in docs/json.md and docs/brief.schema.json.

Keys are sorted, dates are ISO strings and ids are content-derived, so the same
input and clock give byte-identical output. Each document's text is included, so
every offset can be checked against it (for HTML it is the extracted article text).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from json.encoder import encode_basestring
from typing import Any, get_args, get_origin, get_type_hints

from briefgen.errors import InputError
from briefgen.models import Brief, TimelineEntry

SCHEMA_VERSION = "1"


def brief_to_json(brief: Brief) -> str:
    """Serialise a Brief: sorted keys, two-space indent, trailing newline."""
    return "".join(iter_brief_json(brief))


def iter_brief_json(brief: Brief) -> Iterator[str]:
    """``brief_to_json``'s text in pieces, a list's element at a time.

    The text is that of one ``json.dumps`` of the whole brief, but only one event, actor,
    position or document is turned into Python data at a time: a large corpus's brief
    as nested dicts takes several times the memory of its JSON text, and a writer that
    writes each piece as it comes (``formats.Format.stream``) never holds the whole text.
    """
    fields = {f.name: getattr(brief, f.name) for f in dataclasses.fields(brief)}
    fields["schema_version"] = SCHEMA_VERSION
    yield "{"
    for i, name in enumerate(sorted(fields)):
        yield ("," if i else "") + "\n  " + _dumps(name) + ": "
        value = fields[name]
        if isinstance(value, list | tuple) and value:
            # One piece an element: a list joined whole would be held twice (its elements
            # and their join), and the documents' list is most of a large brief.
            # JSON text has no raw line break but between its indented lines.
            for j, item in enumerate(value):
                yield ("," if j else "[") + "\n    " + _encoded(item, 2)
            yield "\n  ]"
        else:
            yield _encoded(value, 1)
    yield "\n}\n"


def _dumps(data: Any) -> str:
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)


def _encoded(obj: Any, level: int) -> str:
    """``_dumps(to_data(obj))`` with its lines indented ``level`` steps further.

    The same text, made in one walk: ``json.dumps`` with an indent runs the standard
    library's pure-Python encoder over the dicts ``to_data`` built first, which was most
    of the JSON stage (a 15 MB brief at 200 articles)."""
    out: list[str] = []
    _encode(obj, level, out.append)
    return "".join(out)


# Each dataclass met: its field names in the order the JSON writes them (sorted, as
# ``sort_keys`` does), each with its key as written. Found once a class, not per value
# (``dataclasses.fields`` is slow, and a brief holds thousands of the same few classes).
_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _encode(obj: Any, level: int, out: Callable[[str], object]) -> None:
    fields = _FIELDS.get(type(obj))
    if fields is not None:  # the commonest values first: a known dataclass, then a string
        _encode_fields(obj, fields, level, out)
    elif isinstance(obj, str):
        out(encode_basestring(obj))
    elif obj is None:
        out("null")
    elif obj is True:
        out("true")
    elif obj is False:
        out("false")
    elif isinstance(obj, int):
        out(int.__repr__(obj))
    elif isinstance(obj, float):
        out(_float(obj))
    elif isinstance(obj, list | tuple):
        _encode_items(obj, level, out)
    elif isinstance(obj, TimelineEntry):  # written in its own shape: never in ``_FIELDS``
        _encode_pairs(to_data(obj).items(), level, out)
    elif isinstance(obj, dict):
        _encode_pairs({str(k): v for k, v in obj.items()}.items(), level, out)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = sorted(f.name for f in dataclasses.fields(obj))  # sort_keys: names are unique
        _FIELDS[type(obj)] = tuple((n, encode_basestring(n) + ": ") for n in names)
        _encode_fields(obj, _FIELDS[type(obj)], level, out)
    elif isinstance(obj, datetime | date):
        out(encode_basestring(obj.isoformat()))
    else:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _encode_items(
    items: list[Any] | tuple[Any, ...], level: int, out: Callable[[str], object]
) -> None:
    if not items:
        out("[]")
        return
    indent = "\n" + "  " * (level + 1)
    out("[")
    for i, item in enumerate(items):
        out("," + indent if i else indent)
        _encode(item, level + 1, out)
    out("\n" + "  " * level + "]")


def _encode_fields(
    obj: Any, fields: tuple[tuple[str, str], ...], level: int, out: Callable[[str], object]
) -> None:
    """A dataclass's fields, as ``_encode_pairs`` writes its (name, value) pairs."""
    if not fields:
        out("{}")
        return
    indent = "\n" + "  " * (level + 1)
    out("{")
    for i, (name, key) in enumerate(fields):
        out(("," + indent if i else indent) + key)
        _encode(getattr(obj, name), level + 1, out)
    out("\n" + "  " * level + "}")


def _encode_pairs(
    pairs: Iterable[tuple[str, Any]], level: int, out: Callable[[str], object]
) -> None:
    ordered = sorted(pairs, key=lambda kv: kv[0])  # sort_keys: names are unique
    if not ordered:
        out("{}")
        return
    indent = "\n" + "  " * (level + 1)
    out("{")
    for i, (key, value) in enumerate(ordered):
        out(("," + indent if i else indent) + encode_basestring(key) + ": ")
        _encode(value, level + 1, out)
    out("\n" + "  " * level + "}")


def _float(value: float) -> str:
    # As json.dumps writes a float (allow_nan, its default).
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def brief_from_json(text: str, where: str = "brief.json") -> Brief:
    """Read back a Brief written by ``brief_to_json`` (for re-rendering without NLP)."""
    try:
        data = json.loads(text)
        data.pop("schema_version", None)
        brief = from_data(Brief, data)
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"not a briefgen JSON file ({exc})", where) from None
    except RecursionError:  # hostile nesting, deeper than json.loads can follow
        raise InputError("not a briefgen JSON file (nested too deeply)", where) from None
    assert isinstance(brief, Brief)
    return brief


def to_data(obj: Any) -> Any:
    """Dataclasses to dicts, tuples to lists, dates to ISO strings."""
    if isinstance(obj, TimelineEntry):
        entry: dict[str, Any] = {
            "date": obj.date,
            "event_ids": list(obj.event_ids),
            "sentences": [c.text for c in obj.sentences],
            "citations": [to_data(c.evidence) for c in obj.sentences],
            "sources": list(obj.sources),
        }
        if obj.scheduled:  # only then: the Timeline17 scorer's shape stays as it was
            entry["scheduled"] = True
        return entry
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_data(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_data(v) for k, v in obj.items()}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return obj


@functools.cache
def _field_hints(tp: type) -> tuple[tuple[str, Any], ...]:
    """A dataclass's fields with their resolved types: resolving them is costly (string
    annotations are evaluated each time), and a brief holds thousands of the same few classes."""
    hints = get_type_hints(tp)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(tp))


def from_data(tp: Any, data: Any) -> Any:
    """The inverse of ``to_data``, driven by the dataclasses' type hints."""
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        return from_data(options[0], data) if len(options) == 1 else data
    if tp is TimelineEntry:
        from briefgen.models import Cited, Evidence

        citations = data.get("citations") or [[] for _ in data["sentences"]]
        return TimelineEntry(
            date=data["date"],
            event_ids=tuple(data["event_ids"]),
            sentences=tuple(
                Cited(text, tuple(from_data(Evidence, e) for e in ev))
                for text, ev in zip(data["sentences"], citations, strict=True)
            ),
            scheduled=bool(data.get("scheduled", False)),
            sources=tuple(data.get("sources", ())),
        )
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        kwargs = {}
        for name, hint in _field_hints(tp):
            if name in data:
                kwargs[name] = from_data(hint, data[name])
        factory: Any = tp
        return factory(**kwargs)
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], v) for v in data)
        return tuple(from_data(a, v) for a, v in zip(args, data, strict=True))
    if origin is dict:
        return dict(data)
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is date:
        return date.fromisoformat(data)
    return data
