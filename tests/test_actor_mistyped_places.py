"""A social platform or a town the recogniser voted a person is typed by how it is used."""

from __future__ import annotations

from typing import Any

from actor_fixtures import actor_with, extract
from test_who_is_who import _ex

from briefgen.aggregate.actors import resolve_actors


def test_a_social_platform_is_one_organisation_never_a_person(nlp: Any) -> None:
    a = "Lena Moss went on Twitter to thank her fans. Her Instagram post drew praise.\n"
    b = "Tom Bell, a farmer, posted on Twitter and Facebook about the vote.\n"
    extractions = [extract(nlp, "a", a), extract(nlp, "b", b)]
    typed = {(m.text, m.type) for ex in extractions for m in ex.mentions}
    assert ("Twitter", "person") not in typed
    actors, _ = resolve_actors(extractions)
    twitter = actor_with(actors, "Twitter")
    assert twitter.type == "org"
    assert {m.doc for m in twitter.mentions} == {"a", "b"}


def test_a_town_used_only_as_a_place_is_a_place() -> None:
    a = "Mourners gathered in Orlando on Sunday.\n"
    b = "After the Orlando shooting, the mayor asked for calm.\n"
    actors, _ = resolve_actors(
        [_ex("a", a, {"Orlando": "person"}), _ex("b", b, {"Orlando": "person"})]
    )
    orlando = [x for x in actors if x.name == "Orlando"]
    assert orlando and all(x.type == "state" for x in orlando)


def test_a_town_s_name_once_used_as_a_person_s_stays_a_person() -> None:
    a = "Mourners gathered in Orlando on Sunday. Orlando said he would run for the seat.\n"
    actors, _ = resolve_actors([_ex("a", a, {"Orlando": "person"})])
    assert actor_with(actors, "Orlando").type == "person"


def test_a_name_in_a_list_of_names_is_not_placed_by_the_next_one() -> None:
    a = "The firm worked with artists including Orlando, The Beatles, and others.\n"
    actors, _ = resolve_actors([_ex("a", a, {"Orlando": "person"})])
    assert actor_with(actors, "Orlando").type == "person"
