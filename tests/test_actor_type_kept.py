"""An actor's type, asked of the same mentions in several places, is worked out once per
stage, and never given to other mentions."""

from __future__ import annotations

from briefgen import heap
from briefgen.aggregate import actortypes
from briefgen.aggregate.actortypes import actor_type
from briefgen.models import Mention


def _said(doc: str, text: str, kind: str = "name", typ: str = "person") -> Mention:
    return Mention(doc, 0, len(text), text, kind, typ)  # type: ignore[arg-type]


def test_the_same_mentions_asked_again_are_typed_from_what_was_kept() -> None:
    heap.forget()
    ms = [_said("a", "Orla Vance"), _said("b", "Vance", "surname")]
    assert actor_type(ms) == "person"
    assert actor_type(list(ms)) == "person"  # another list, the same mentions
    info = actortypes._typed.cache_info()
    assert (info.hits, info.misses) == (1, 1)


def test_equal_mentions_of_another_record_are_typed_for_themselves() -> None:
    heap.forget()
    person = [_said("a", "Orla Vance")]
    body = [_said("a", "Vance Holdings Inc", typ="org")]
    assert actor_type(person) == "person"
    assert actor_type(body) == "org"
    # equal in every field but another object: asked again, not taken for the first
    again = [_said("a", "Orla Vance")]
    assert actor_type(again) == "person"
    assert actortypes._typed.cache_info().misses == 3


def test_a_list_grown_after_it_was_typed_is_typed_again() -> None:
    heap.forget()
    ms = [_said("a", "Lake Arden", typ="person")]
    assert actor_type(ms) == "person"
    ms += [_said("b", "Lake Arden", typ="state")] * 3
    assert actor_type(ms) == "state"
