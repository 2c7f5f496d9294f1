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


def test_a_whole_build_answer_is_worked_out_once_and_let_go_when_the_build_returns() -> None:
    worked_out: list[str] = []

    @heap.corpus_cache(2, whole_build=True)
    def pages_elsewhere(corpus: str) -> frozenset[str]:
        worked_out.append(corpus)
        return frozenset({f"{corpus}-page-3"})

    @heap.releasing
    def assemble() -> frozenset[str]:
        first = pages_elsewhere("Marlow")  # the summary's story test
        heap.forget()  # the summary's tables let go before the views
        assert pages_elsewhere("Marlow") == first  # the views ask it again
        return first

    @heap.releasing
    def build() -> frozenset[str]:
        pages = assemble()  # the assembly runs inside the build: still kept
        assert pages_elsewhere("Marlow") == pages
        return pages

    assert build() == frozenset({"Marlow-page-3"})
    assert worked_out == ["Marlow"]
    assert pages_elsewhere.cache_info().currsize == 0  # the corpus is not held after it


def test_a_failed_build_lets_its_whole_build_answers_go_too() -> None:
    @heap.corpus_cache(2, whole_build=True)
    def pages_elsewhere(corpus: str) -> int:
        return len(corpus)

    @heap.releasing
    def build() -> None:
        pages_elsewhere("Penbury")
        raise ValueError("no documents")

    with pytest.raises(ValueError, match="no documents"):
        build()
    assert pages_elsewhere.cache_info().currsize == 0
