"""A build sets its long-lived data aside from the garbage collector, and gives it back."""

from __future__ import annotations

import gc
import weakref

import pytest

from briefgen import heap


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_what_a_build_set_aside_is_collected_once_it_returns() -> None:
    seen: list[weakref.ref[_Node]] = []

    @heap.releasing
    def build() -> int:
        node = _Node()
        seen.append(weakref.ref(node))
        heap.settle()
        frozen = gc.get_freeze_count()
        del node
        gc.collect()
        assert seen[0]() is not None  # set aside: no collection walks it
        return frozen

    assert build() > 0
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert seen[0]() is None


def test_a_build_that_fails_gives_back_what_it_set_aside_too() -> None:
    @heap.releasing
    def build() -> None:
        heap.settle()
        raise ValueError("no documents")

    with pytest.raises(ValueError, match="no documents"):
        build()
    assert gc.get_freeze_count() == 0
