"""An ``Extraction`` as plain JSON and back, checked against the dataclasses' own types.

The extraction cache stores what this module writes. Decoding is strict: a value of
the wrong type, a missing or unknown field, or a class other than the one asked for
raises ``DecodeError``, so an entry written by another version of the models (or by
anything else) is rejected, never half-read. Only the types the models use are
supported: ``str``, ``int``, ``float``, ``bool``, ``None``, ``Literal``, unions,
``tuple[X, ...]``, fixed tuples and nested frozen dataclasses.
"""

from __future__ import annotations

import dataclasses
import sys
import threading
import types
import typing
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TypeVar, Union, cast

from briefgen.extract.sharing import one_int

T = TypeVar("T")


class DecodeError(ValueError):
    """The data is not a faithful encoding of the class asked for."""


def encode(value: Any) -> Any:
    """A dataclass (and everything in it) as JSON-ready lists, dicts and scalars."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    names = _field_names(cast(Any, type(value)))
    if names is None:
        raise TypeError(f"cannot encode {type(value).__name__}")
    return {name: encode(getattr(value, name)) for name in names}


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names, asked of ``dataclasses`` once per class, not per value."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


def decode(cls: type[T], data: Any) -> T:
    """``data`` (as ``encode`` wrote it) back into a ``cls``; ``DecodeError`` if it is not.

    Equal strings in ``data`` come back as one object: the JSON parser makes a new string
    for each (a document's id in every mention, a name each time it is mentioned, a
    sentence quoted by an event and a position), which a rebuild would hold for every
    document read from the cache, where an extraction from a worker holds one
    (``extract.sharing``). So do equal whole numbers, across entries too
    (``sharing.one_int``): every offset above 256 is an int of its own, a sentence's start
    and end are told by each mention in it, and every page's offsets are drawn from the
    same few thousand values. A short string
    is shared across entries too (``sys.intern``): the roles, verbs and short names one
    page holds recur in the others; a longer one seldom does, and the table's entry would
    cost what it saves.
    """
    outer = getattr(_shared, "strings", None), getattr(_shared, "ints", None)
    _shared.strings, _shared.ints = {}, one_int()
    try:
        value: T = _decoder(cast(Any, cls))(data)
    except DecodeError as exc:
        raise DecodeError(f"{cls.__name__}{exc}") from None
    finally:
        _shared.strings, _shared.ints = outer
    return value


# The strings seen by the ``decode`` running in this thread, and how it shares an int.
_shared = threading.local()


Decoder = Callable[[Any], Any]


@cache
def _decoder(kind: Any) -> Decoder:
    """One function per type, built once: a rebuild decodes thousands of entries, and
    asking ``typing`` what each field is for every value cost more than the JSON itself.
    An error names where it happened (".events[3].when: expected str"); the path is put
    together only on the way out of a failure."""
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind):
        return _dataclass_decoder(kind)
    if origin is typing.Literal:
        return _literal_decoder(typing.get_args(kind))
    if origin in (Union, types.UnionType):
        return _union_decoder(typing.get_args(kind))
    if origin is tuple:
        return _tuple_decoder(typing.get_args(kind))
    if kind is type(None):
        return _none
    if kind in (str, int, float, bool):
        return _scalar_decoder(kind)
    raise DecodeError(f": unsupported type {kind!r}")


def _none(data: Any) -> None:
    if data is not None:
        raise DecodeError(": expected null")


def _scalar_decoder(kind: type) -> Decoder:
    if kind is str:
        return _string

    if kind is int:
        return _int

    def scalar(data: Any) -> Any:
        # bool is an int to Python; JSON keeps them apart, and so does the check.
        if type(data) is kind:
            return data
        if kind is float and type(data) is int:
            return float(data)
        if isinstance(data, kind) and not isinstance(data, bool):
            return data
        raise DecodeError(f": expected {kind.__name__}, got {type(data).__name__}")

    return scalar


def _string(data: Any) -> str:
    if type(data) is str:
        strings: dict[str, str] = _shared.strings
        one = strings.get(data)
        if one is None:
            one = strings[data] = sys.intern(data) if len(data) <= _SHORT else data
        return one
    if isinstance(data, str):
        return data
    raise DecodeError(f": expected str, got {type(data).__name__}")


# Across a corpus's entries a string of up to 12 characters is most often met again (a
# role, a verb's lemma, a family name); longer ones are mostly a page's own.
_SHORT = 12


def _int(data: Any) -> int:
    # bool is an int to Python; JSON keeps them apart, and so does the check.
    if type(data) is int:
        ints: Callable[[int, int], int] = _shared.ints
        return ints(data, data)
    if isinstance(data, int) and not isinstance(data, bool):
        return data
    raise DecodeError(f": expected int, got {type(data).__name__}")


def _literal_decoder(options: tuple[Any, ...]) -> Decoder:
    # The option itself is returned, not the parser's equal copy: one object for every
    # "person" or "body" a corpus's entries hold.
    own = {(type(o), o): o for o in options}

    def literal(data: Any) -> Any:
        if isinstance(data, bool) or data not in options:
            raise DecodeError(f": {data!r} is not one of {options}")
        return own.get((type(data), data), data)

    return literal


def _dataclass_decoder(kind: Any) -> Decoder:
    names = tuple(f.name for f in dataclasses.fields(kind))
    make = _maker(kind)
    expected = frozenset(names)
    parts: list[tuple[str, Decoder]] = []

    def checked(data: Any) -> Any:
        if not isinstance(data, dict):
            raise DecodeError(": expected an object")
        if data.keys() != expected:
            unknown = set(data) - expected
            if unknown:
                raise DecodeError(f": unknown fields {sorted(unknown)}")
            missing = next(n for n in names if n not in data)
            raise DecodeError(f": missing field {missing!r}")
        values = {}
        for name, decode_field in parts:
            try:
                values[name] = decode_field(data[name])
            except DecodeError as exc:
                raise DecodeError(f".{name}{exc}") from None
        return make(values)

    fast: list[Decoder] = []

    def dataclass(data: Any) -> Any:
        if not fast:
            # Built at the first call, not here: a dataclass may name itself in a field.
            hints = _hints(kind)
            parts.extend((n, _decoder(hints[n])) for n in names)
            fast.append(_fast_decoder(kind, parts, expected, checked))
        return fast[0](data)

    return dataclass


def _fast_decoder(
    kind: Any, parts: list[tuple[str, Decoder]], expected: frozenset[str], checked: Decoder
) -> Decoder:
    """``checked`` (the field-by-field decoding, which names where a value is wrong) as one
    function made for the class: a string, a whole number or a null is checked and shared
    in line, any other value handed to its field's decoder, the instance made at once.
    What it does not accept, it hands to ``checked``, which gives the same value or raises
    the error saying where: the two accept and return the same."""
    plain = not hasattr(kind, "__post_init__") and all(f.init for f in dataclasses.fields(kind))
    env: dict[str, Any] = {
        "expected": expected,
        "checked": checked,
        "shared": _shared,
        "intern": sys.intern,
        "SHORT": _SHORT,
        "DecodeError": DecodeError,
        "kind": kind,
        "new": object.__new__,
    }
    body = [
        "def fast(data):",
        "    if type(data) is not dict or data.keys() != expected:",
        "        return checked(data)",
        "    strings = shared.strings",
        "    ints = shared.ints",
        "    try:",
    ]
    for i, (name, decode_field) in enumerate(parts):
        env[f"d{i}"] = decode_field
        v = f"v{i}"
        body.append(f"        {v} = data[{name!r}]")
        if decode_field is _string:
            body += _shared_string(v, f"d{i}")
        elif decode_field is _int:
            body += [f"        if type({v}) is int:", f"            {v} = ints({v}, {v})"]
            body += ["        else:", f"            {v} = d{i}({v})"]
        elif decode_field in _NULLABLE_STRINGS:
            string = _shared_string(v, f"d{i}")
            body += [
                f"        if {v} is None:",
                "            pass",
                "        el" + string[0].lstrip(),
            ]
            body += string[1:]
        else:
            body.append(f"        {v} = d{i}({v})")
    body += ["    except DecodeError:", "        return checked(data)"]
    if plain and "__slots__" in vars(kind):
        body.append("    made = new(kind)")
        for i, (name, _) in enumerate(parts):
            env[f"set{i}"] = vars(kind)[name].__set__
            body.append(f"    set{i}(made, v{i})")
        body.append("    return made")
    elif plain:
        body.append("    made = new(kind)")
        fields = ", ".join(f"{name!r}: v{i}" for i, (name, _) in enumerate(parts))
        body.append(f"    made.__dict__.update({{{fields}}})")
        body.append("    return made")
    else:
        args = ", ".join(f"{name}=v{i}" for i, (name, _) in enumerate(parts))
        body.append(f"    return kind({args})")
    exec("\n".join(body), env)  # code made here from the field names alone
    made: Decoder = env["fast"]
    return made


def _shared_string(v: str, decode: str) -> list[str]:
    """The lines that check and share a string as ``_string`` does, else decode it."""
    return [
        f"        if type({v}) is str:",
        f"            one = strings.get({v})",
        "            if one is None:",
        f"                one = strings[{v}] = intern({v}) if len({v}) <= SHORT else {v}",
        f"            {v} = one",
        "        else:",
        f"            {v} = {decode}({v})",
    ]


def _maker(kind: Any) -> Callable[[dict[str, Any]], Any]:
    """How a decoded instance is made from its checked field values.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, the
    larger part of decoding a cache entry; a plain frozen dataclass (no ``__post_init__``,
    no slots, every field set by ``__init__``) gets the values it would have set, at once.
    """
    plain = not hasattr(kind, "__post_init__") and all(f.init for f in dataclasses.fields(kind))
    if not plain:
        return lambda values: kind(**values)
    new = object.__new__
    if "__slots__" in vars(kind):
        # The records keep their fields in slots (``models``): each set as __init__ would.
        # (through the slots' own descriptors, in the fields' order: the values' order)
        slots = [vars(kind)[f.name].__set__ for f in dataclasses.fields(kind)]

        def make_slotted(values: dict[str, Any]) -> Any:
            made = new(kind)
            for put, value in zip(slots, values.values(), strict=True):
                put(made, value)
            return made

        return make_slotted

    def make(values: dict[str, Any]) -> Any:
        made = new(kind)
        made.__dict__.update(values)
        return made

    return make


def _union_decoder(options: tuple[Any, ...]) -> Decoder:
    nullable = type(None) in options
    decoders = [_decoder(o) for o in options if o is not type(None)]

    def union(data: Any) -> Any:
        if data is None and nullable:
            return None
        for option in decoders:
            try:
                return option(data)
            except DecodeError:
                continue
        raise DecodeError(f": {data!r} fits none of {options}")

    if nullable and decoders == [_string]:
        _NULLABLE_STRINGS.add(union)
    return union


# The decoders of ``str | None`` fields, which ``_fast_decoder`` writes in line.
_NULLABLE_STRINGS: set[Decoder] = set()


def _each(pairs: Iterable[tuple[Decoder, Any]]) -> tuple[Any, ...]:
    """Each value decoded by its decoder; a failure names the index it happened at."""
    out = []
    for i, (decode_item, v) in enumerate(pairs):
        try:
            out.append(decode_item(v))
        except DecodeError as exc:
            raise DecodeError(f"[{i}]{exc}") from None
    return tuple(out)


def _tuple_decoder(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        # A list of plain strings or whole numbers is checked in one pass (a document's
        # word counts are thousands of each): the same values the item decoder gives.
        plain = args[0] if args[0] in (str, int) else None

        def many(data: Any) -> tuple[Any, ...]:
            if not isinstance(data, list):
                raise DecodeError(": expected a list")
            if plain is not None and all(type(v) is plain for v in data):
                if plain is int:
                    ints: Callable[[int, int], int] = _shared.ints
                    return tuple(map(ints, data, data))
                return tuple(map(_string, data))
            try:
                return tuple(map(item, data))
            except DecodeError:  # again, item by item, to say which one
                return _each((item, v) for v in data)

        return many
    items = [_decoder(a) for a in args]

    def fixed(data: Any) -> tuple[Any, ...]:
        if not isinstance(data, list):
            raise DecodeError(": expected a list")
        if len(items) != len(data):
            raise DecodeError(f": expected {len(items)} items, got {len(data)}")
        return _each(zip(items, data, strict=True))

    return fixed


@cache
def _hints(kind: type) -> dict[str, Any]:
    # The models use ``from __future__ import annotations``: their field types are strings.
    return typing.get_type_hints(kind)
