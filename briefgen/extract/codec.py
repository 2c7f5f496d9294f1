"""An ``Extraction`` as plain JSON and back, checked against the dataclasses' own types.

The extraction cache stores what this module writes: each distinct string once, in a
table, named by its index; each record as the list of its field values. Decoding is
strict: a value of the wrong type, a record with a field too few or too many, a string
index outside the table, or a class other than the one asked for raises ``DecodeError``,
so an entry written by another version of the models (or by anything else) is rejected,
never half-read. Only the types the models use are supported: ``str``, ``int``,
``float``, ``bool``, ``None``, ``Literal``, unions, ``tuple[X, ...]``, fixed tuples and
nested frozen dataclasses; not a union of a string and a number, which an index could not
tell apart.
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


def encode(value: Any) -> dict[str, Any]:
    """A dataclass (and everything in it) as JSON-ready lists and scalars: ``{"strings":
    [...], "value": ...}``, each distinct string written once in ``strings`` and named in
    ``value`` by its index there, each dataclass the list of its field values in its
    fields' order.

    A page's extraction names its sentence in every mention, event and position in it, and
    its records' field names over again: written out each time they were two thirds of an
    entry's JSON, each parsed into a string of its own for the decoder to find its equal.
    """
    strings: dict[str, int] = {}
    value = _encoded(value, strings)
    return {"strings": list(strings), "value": value}


def _encoded(value: Any, strings: dict[str, int]) -> Any:
    if isinstance(value, str):
        index = strings.get(value)
        if index is None:
            index = strings[value] = len(strings)
        return index
    if value is None or isinstance(value, int | float):
        return value
    if isinstance(value, tuple | list):
        return [_encoded(v, strings) for v in value]
    names = _field_names(cast(Any, type(value)))
    if names is None:
        raise TypeError(f"cannot encode {type(value).__name__}")
    return [_encoded(getattr(value, name), strings) for name in names]


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names, asked of ``dataclasses`` once per class, not per value."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


def decode(cls: type[T], data: Any) -> T:
    """``data`` (as ``encode`` wrote it) back into a ``cls``; ``DecodeError`` if it is not.

    Equal strings come back as one object: ``encode`` wrote each once. So do equal whole
    numbers, across entries too (``sharing.one_int``): every offset above 256 is an int of
    its own, a sentence's start and end are told by each mention in it, and every page's
    offsets are drawn from the same few thousand values. A short string is shared across
    entries too (``sys.intern``): the roles, verbs and short names one page holds recur in
    the others; a longer one seldom does, and the table's entry would cost what it saves.
    """
    if type(data) is not dict or data.keys() != _PARTS:
        raise DecodeError(f"{cls.__name__}: expected {sorted(_PARTS)}")
    strings = data["strings"]
    if type(strings) is not list or not all(type(s) is str for s in strings):
        raise DecodeError(f"{cls.__name__}: expected a list of strings")
    outer = getattr(_shared, "strings", None), getattr(_shared, "ints", None)
    _shared.strings = [sys.intern(s) if len(s) <= _SHORT else s for s in strings]
    _shared.ints = one_int()
    try:
        value: T = _decoder(cast(Any, cls))(data["value"])
    except DecodeError as exc:
        raise DecodeError(f"{cls.__name__}{exc}") from None
    finally:
        _shared.strings, _shared.ints = outer
    return value


_PARTS = frozenset(("strings", "value"))


# The strings of the entry the ``decode`` running in this thread reads (``encode``'s
# ``strings``), and how it shares an int.
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
    if type(data) is int:
        strings: list[str] = _shared.strings
        if 0 <= data < len(strings):
            return strings[data]
        raise DecodeError(f": no string {data}")
    raise DecodeError(f": expected a string's index, got {type(data).__name__}")


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
    if any(isinstance(o, str) for o in options):
        if not all(isinstance(o, str) for o in options):
            raise DecodeError(f": unsupported type Literal{list(options)}")

        def word(data: Any) -> Any:
            text = _string(data)
            if text not in options:
                raise DecodeError(f": {text!r} is not one of {options}")
            return own[(type(text), text)]

        return word

    def literal(data: Any) -> Any:
        if isinstance(data, bool) or data not in options:
            raise DecodeError(f": {data!r} is not one of {options}")
        return own.get((type(data), data), data)

    return literal


def _dataclass_decoder(kind: Any) -> Decoder:
    names = tuple(f.name for f in dataclasses.fields(kind))
    make = _maker(kind)
    parts: list[tuple[str, Decoder]] = []

    def checked(data: Any) -> Any:
        if not isinstance(data, list):
            raise DecodeError(f": expected a list of {len(names)} fields")
        if len(data) != len(names):
            raise DecodeError(f": expected {len(names)} fields, got {len(data)}")
        values = {}
        for (name, decode_field), item in zip(parts, data, strict=True):
            try:
                values[name] = decode_field(item)
            except DecodeError as exc:
                raise DecodeError(f".{name}{exc}") from None
        return make(values)

    fast: list[Decoder] = []

    def dataclass(data: Any) -> Any:
        if not fast:
            # Built at the first call, not here: a dataclass may name itself in a field.
            hints = _hints(kind)
            parts.extend((n, _decoder(hints[n])) for n in names)
            fast.append(_fast_decoder(kind, parts, checked))
        return fast[0](data)

    return dataclass


def _fast_decoder(kind: Any, parts: list[tuple[str, Decoder]], checked: Decoder) -> Decoder:
    """``checked`` (the field-by-field decoding, which names where a value is wrong) as one
    function made for the class: a string, a whole number or a null is checked and shared
    in line, any other value handed to its field's decoder, the instance made at once.
    What it does not accept, it hands to ``checked``, which gives the same value or raises
    the error saying where: the two accept and return the same."""
    plain = not hasattr(kind, "__post_init__") and all(f.init for f in dataclasses.fields(kind))
    env: dict[str, Any] = {
        "checked": checked,
        "shared": _shared,
        "DecodeError": DecodeError,
        "kind": kind,
        "new": object.__new__,
    }
    body = [
        "def fast(data):",
        f"    if type(data) is not list or len(data) != {len(parts)}:",
        "        return checked(data)",
        "    strings = shared.strings",
        "    count = len(strings)",
        "    ints = shared.ints",
        # the fields' values, in their order (as ``encode`` wrote them)
        "    " + "".join(f"v{i}, " for i in range(len(parts))) + "= data",
        "    try:",
    ]
    for i, (_, decode_field) in enumerate(parts):
        env[f"d{i}"] = decode_field
        v = f"v{i}"
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
    """The lines that read a string by its index as ``_string`` does, else decode it."""
    return [
        f"        if type({v}) is int and 0 <= {v} < count:",
        f"            {v} = strings[{v}]",
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
    # A string is written as its index: a union of a string and a number could not tell
    # one from the other.
    if any(map(_names_a_string, options)) and any(o in (int, float, bool) for o in options):
        raise DecodeError(f": unsupported type {options!r}")
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


def _names_a_string(kind: Any) -> bool:
    """Whether ``kind`` is written as a string's index: ``str`` or a Literal of strings."""
    if typing.get_origin(kind) is typing.Literal:
        return any(isinstance(o, str) for o in typing.get_args(kind))
    return kind is str


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
        # A list of plain strings (their indexes) or whole numbers is checked in one pass
        # (a document's word counts are thousands of each): the same values the item
        # decoder gives.
        plain = args[0] if args[0] in (str, int) else None

        def many(data: Any) -> tuple[Any, ...]:
            if not isinstance(data, list):
                raise DecodeError(": expected a list")
            if plain is not None and all(type(v) is int for v in data):
                if plain is int:
                    ints: Callable[[int, int], int] = _shared.ints
                    return tuple(map(ints, data, data))
                strings: list[str] = _shared.strings
                if not data or (min(data) >= 0 and max(data) < len(strings)):
                    return tuple(map(strings.__getitem__, data))
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
