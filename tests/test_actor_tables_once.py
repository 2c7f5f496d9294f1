"""Resolving actors makes each corpus table once, and the rules that only read a name's
words read the tuple the names' cache keeps, not a list made for each call."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from briefgen import heap
from briefgen.aggregate import acronyms, names, namesakes, offices
from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.brokenwords import PersonSurnames, mended
from briefgen.aggregate.families import link_family_groups
from briefgen.aggregate.linking import Union
from briefgen.aggregate.names import (
    acronym_spellings,
    initials,
    middle_initials,
    org_key,
    role_words,
    word_tuple,
    words,
)
from briefgen.aggregate.offices import office_word
from briefgen.models import Mention
from tests.actor_fixtures import placed

# The corpus's tables that the linking within documents and across them both read.
TABLES: tuple[Callable[..., Any], ...] = (
    namesakes.initials_apart,
    acronyms.spelled_two_ways,
    namesakes.known_by_given_name,
    offices.office_holders,
)


def _everywhere(original: Callable[..., Any]) -> Iterator[Any]:
    """Each of briefgen's modules that holds ``original`` under its name, whichever module
    imported it (a call through any of them is to be seen)."""
    for module in list(sys.modules.values()):
        if module is None or not module.__name__.startswith("briefgen"):
            continue
        if getattr(module, original.__name__, None) is original:
            yield module


def _counted(monkeypatch: pytest.MonkeyPatch, calls: Counter[str]) -> None:
    for table in TABLES:

        def counting(*args: Any, _table: Callable[..., Any] = table, **kwargs: Any) -> Any:
            calls[_table.__name__] += 1
            return _table(*args, **kwargs)

        for module in list(_everywhere(table)):
            monkeypatch.setattr(module, table.__name__, counting)


def _corpus() -> list[Any]:
    text_a = (
        "Senator Orla Vance met Dr. Ike Marsh of the Harbour Safety Board (HSB). "
        "Vance said the HSB would report. Orla spoke again."
    )
    text_b = (
        "Orla Vance and Ike Marsh toured the port. The Harbour Safety Board said "
        "Marsh would lead it. President Marsh thanked Vance."
    )
    return [
        placed(
            "a",
            text_a,
            ("Orla Vance", "person"),
            ("Ike Marsh", "person"),
            ("Harbour Safety Board", "org"),
            ("HSB", "org"),
            ("Vance", "person"),
        ),
        placed(
            "b",
            text_b,
            ("Orla Vance", "person"),
            ("Ike Marsh", "person"),
            ("Harbour Safety Board", "org"),
            ("Marsh", "person"),
            ("Vance", "person"),
        ),
    ]


def test_each_corpus_table_is_made_once_for_both_linkings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heap.forget()
    expected, _ = resolve_actors(_corpus())
    calls: Counter[str] = Counter()
    _counted(monkeypatch, calls)
    heap.forget()
    actors, _ = resolve_actors(_corpus())
    assert calls == Counter({table.__name__: 1 for table in TABLES})
    assert actors == expected  # the same actors as with the tables made twice


def test_the_kept_words_are_the_words_of_the_name() -> None:
    heap.forget()
    for text in ("The Harbour Safety Board's", "Orla  Vance", "Felipe Calder n", ""):
        assert word_tuple(text) == tuple(words(text))
        assert word_tuple(text) is word_tuple(text)  # the cache's own answer
    # a caller that changes its list changes no other caller's
    mine = words("Orla Vance")
    mine.append("x")
    assert words("Orla Vance") == ["orla", "vance"]


def test_rules_that_read_a_names_words_make_no_list(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(text: str) -> list[str]:
        raise AssertionError(f"a list of words made for {text!r}")

    for module in list(_everywhere(names.words)):
        monkeypatch.setattr(module, "words", refused)
    heap.forget()
    titled = Mention("a", 10, 15, "Marsh", "surname", "person", role="President")
    assert office_word(titled, "President Marsh said") == "president"
    assert org_key("F.B.I.") == ("fbi",)
    assert acronym_spellings("Harbour Safety Board") == frozenset({"HSB"})
    assert initials("Bank of the Harbour") == "BH"
    assert middle_initials("George H.W. Vance") == "hw"
    assert role_words([titled]) == {"president"}
    uf = Union(2)
    homes = [
        Mention("a", 0, 12, "Vance family", "name", "group"),
        Mention("b", 0, 16, "the Vance family", "name", "group"),
    ]
    link_family_groups(homes, uf)
    assert uf.find(0) == uf.find(1)
    people = PersonSurnames([Mention("a", 0, 15, "Felipe Calderon", "name", "person")])
    broken = Mention("b", 0, 15, "Felipe Calder n", "name", "org")
    assert mended(broken, "Felipe Calder n said", people) == Mention(
        "b", 0, 15, "Felipe Calder n", "name", "person"
    )
