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


def test_paused_holds_collections_off_and_restores_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with heap.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError, match="bad page"), heap.paused():
        raise ValueError("bad page")
    assert gc.isenabled()
    gc.disable()
    try:
        with heap.paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_what_a_pause_left_in_cycles_is_collected_after_it() -> None:
    with heap.paused():
        node = _Node()
        seen = weakref.ref(node)
        del node
        churn = [[] for _ in range(20 * gc.get_threshold()[0])]  # enough to start collections
        assert seen() is not None  # none ran inside the pause
        del churn
    gc.collect()
    assert seen() is None


def test_forget_empties_a_corpus_cache_and_its_answers_stay_the_same() -> None:
    calls: list[str] = []

    @heap.corpus_cache(16)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert shout("bridge") == shout("bridge") == "BRIDGE"
    assert calls == ["bridge"]  # asked twice, computed once
    heap.forget()
    assert shout.cache_info().currsize == 0
    assert shout("bridge") == "BRIDGE"
    assert calls == ["bridge", "bridge"]
