"""Decoding makes the same frozen instances ``__init__`` makes, and still runs the checks
a dataclass of its own defines."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from briefgen.extract.codec import DecodeError, decode, encode
from briefgen.models import Evidence


@dataclass(frozen=True)
class _Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise DecodeError(": negative")


def test_a_decoded_model_equals_the_original_and_stays_frozen() -> None:
    evidence = Evidence("a.txt", 4, 20, "The council met.", "The council met.", 4)
    decoded = decode(Evidence, encode(evidence))
    assert decoded == evidence
    assert hash(decoded) == hash(evidence)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decoded.doc = "b.txt"  # type: ignore[misc]


def test_a_dataclass_with_its_own_checks_is_made_through_them() -> None:
    assert decode(_Checked, {"value": 3}) == _Checked(3)
    with pytest.raises(DecodeError, match="negative"):
        decode(_Checked, {"value": -1})
