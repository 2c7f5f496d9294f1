"""Decoding makes the same frozen instances ``__init__`` makes, and still runs the checks
a dataclass of its own defines."""

from __future__ import annotations

import dataclasses
import json
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
    assert decode(_Checked, encode(_Checked(3))) == _Checked(3)
    with pytest.raises(DecodeError, match="negative"):
        decode(_Checked, {"strings": [], "value": [-1]})


def test_equal_strings_of_an_entry_come_back_as_one_object() -> None:
    # A rebuild holds every document read from the cache: the parser's copy of a document's
    # id in each record, and of a sentence two records quote, would be held once each.
    sentence = "The council met on Tuesday and approved the bridge."
    pair = (
        Evidence("council-minutes.txt", 0, 15, "The council met", sentence, 0),
        Evidence("council-minutes.txt", 20, 51, "approved the bridge", sentence, 0),
    )
    # As the cache reads an entry: through JSON, which makes a string for each value.
    decoded = decode(tuple[Evidence, ...], json.loads(json.dumps(encode(pair))))
    assert decoded == pair
    first, second = decoded
    assert first.doc is second.doc
    assert first.sentence is second.sentence
    # Another entry gets strings of its own: nothing is kept between entries.
    again = decode(tuple[Evidence, ...], json.loads(json.dumps(encode(pair))))
    assert again[0].doc is not first.doc


def test_equal_offsets_of_an_entry_and_short_words_across_entries_are_one_object() -> None:
    # Offsets past 256 are an int object each as JSON parses them; two mentions of one
    # sentence tell its start twice. A short word recurs across a corpus's entries.
    sentence = "The council met on Tuesday and approved the bridge."
    pair = (
        Evidence("council-minutes.txt", 300, 315, "met", sentence, 1000),
        Evidence("council-minutes.txt", 330, 351, "approved", sentence, 1000),
    )
    decoded = decode(tuple[Evidence, ...], json.loads(json.dumps(encode(pair))))
    again = decode(tuple[Evidence, ...], json.loads(json.dumps(encode(pair))))
    assert decoded == pair
    assert decoded[0].sentence_start is decoded[1].sentence_start
    assert again[1].text is decoded[1].text  # "approved", short: one for the corpus
    assert again[0].start is decoded[0].start  # every page's offsets: one for the corpus
    assert again[0].sentence is not decoded[0].sentence  # a page's own sentence: its own
    with pytest.raises(DecodeError, match="expected int"):
        decode(_Checked, {"strings": [], "value": [True]})


@dataclass(frozen=True, slots=True)
class _Item:
    name: str
    note: str | None
    n: int


@dataclass(frozen=True)
class _Items:
    items: tuple[_Item, ...]
    title: str | None = None


def test_the_decoder_made_for_a_class_accepts_and_refuses_what_the_field_checks_do() -> None:
    items = _Items((_Item("a", None, 1), _Item("b", "x", 2)), "T")
    data = encode(items)
    # each distinct string written once, a record as its values in its fields' order
    assert data == {"strings": ["a", "b", "x", "T"], "value": [[[0, None, 1], [1, 2, 2]], 3]}
    assert decode(_Items, json.loads(json.dumps(data))) == items
    assert decode(_Items, {**data, "value": [data["value"][0], None]}).title is None
    # each wrong value is refused, and the error names where it is
    for bad, where in (
        ([1, 9, 2], ".items[1].note: 9 fits none"),
        ([1, "x", 2], ".items[1].note"),
        ([-1, None, 2], ".items[1].name: no string -1"),
        ([None, None, 2], ".items[1].name"),
        ([1, None, True], ".items[1].n"),
        ([1, None, 2.0], ".items[1].n"),
        ([1, None], ".items[1]: expected 3 fields, got 2"),
        ([1, None, 2, 1], ".items[1]: expected 3 fields, got 4"),
        ({"name": 1, "note": None, "n": 2}, ".items[1]: expected a list of 3 fields"),
    ):
        wrong = {**data, "value": [[[0, None, 1], bad], None]}
        with pytest.raises(DecodeError) as caught:
            decode(_Items, wrong)
        assert str(caught.value).startswith("_Items" + where)
    with pytest.raises(DecodeError, match=r"_Items\.title"):
        decode(_Items, {**data, "value": [data["value"][0], "T"]})
    for not_an_entry in (data["value"], {**data, "key": "k"}, {**data, "strings": ["a", 1]}):
        with pytest.raises(DecodeError):
            decode(_Items, not_an_entry)
