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
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union

T = TypeVar("T")


class DecodeError(ValueError):
    """The data is not a faithful encoding of the class asked for."""


def encode(value: Any) -> Any:
    """A dataclass (and everything in it) as JSON-ready lists, dicts and scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode(cls: type[T], data: Any) -> T:
    """``data`` (as ``encode`` wrote it) back into a ``cls``; ``DecodeError`` if it is not."""
    value: T = _decode(cls, data, cls.__name__)
    return value


def _decode(kind: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, data, where)
    if origin is typing.Literal:
        if data not in typing.get_args(kind) or isinstance(data, bool):
            raise DecodeError(f"{where}: {data!r} is not one of {typing.get_args(kind)}")
        return data
    if origin in (Union, types.UnionType):
        return _decode_union(kind, data, where)
    if origin is tuple:
        return _decode_tuple(kind, data, where)
    if kind is type(None):
        if data is not None:
            raise DecodeError(f"{where}: expected null")
        return None
    if kind in (str, int, float, bool):
        # bool is an int to Python; JSON keeps them apart, and so does the check.
        ok = isinstance(data, kind) and (kind is bool or not isinstance(data, bool))
        if kind is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if not ok:
            raise DecodeError(f"{where}: expected {kind.__name__}, got {type(data).__name__}")
        return data
    raise DecodeError(f"{where}: unsupported type {kind!r}")


def _decode_dataclass(kind: Any, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise DecodeError(f"{where}: expected an object")
    hints = _hints(kind)
    unknown = set(data) - set(hints)
    if unknown:
        raise DecodeError(f"{where}: unknown fields {sorted(unknown)}")
    values = {}
    for f in dataclasses.fields(kind):
        if f.name not in data:
            raise DecodeError(f"{where}: missing field {f.name!r}")
        values[f.name] = _decode(hints[f.name], data[f.name], f"{where}.{f.name}")
    return kind(**values)


def _decode_union(kind: Any, data: Any, where: str) -> Any:
    options = typing.get_args(kind)
    if data is None and type(None) in options:
        return None
    for option in options:
        if option is type(None):
            continue
        try:
            return _decode(option, data, where)
        except DecodeError:
            continue
    raise DecodeError(f"{where}: {data!r} fits none of {options}")


def _decode_tuple(kind: Any, data: Any, where: str) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise DecodeError(f"{where}: expected a list")
    args = typing.get_args(kind)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], v, f"{where}[{i}]") for i, v in enumerate(data))
    if len(args) != len(data):
        raise DecodeError(f"{where}: expected {len(args)} items, got {len(data)}")
    return tuple(
        _decode(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, data, strict=True))
    )


@cache
def _hints(kind: type) -> dict[str, Any]:
    # The models use ``from __future__ import annotations``: their field types are strings.
    return typing.get_type_hints(kind)
