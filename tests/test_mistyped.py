"""A person's name mistyped or stripped of its accented letters in some sources: one person."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.mistyped import mistyped_pairs
from briefgen.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_a_surname_that_lost_a_letter_in_one_paper_is_the_same_president(nlp) -> None:
    actors, _ = resolve_actors(
        [
            extract(nlp, "a", "President Felipe Calderon closed schools on Monday.\n"),
            extract(nlp, "b", "Mexico's president, Felipe Calderon, urged calm on Tuesday.\n"),
            extract(nlp, "c", "President Felipe Caldern said on Friday the worst was over.\n"),
        ]
    )
    president = actor_with(actors, "Felipe Calderon")
    assert set(president.sources) == {"a", "b", "c"}
    assert "Felipe Caldern" in president.aliases


def _key(name: str) -> tuple[tuple[str, ...], None]:
    return tuple(name.split()), None


@pytest.mark.parametrize(
    ("a", "b", "roles_a", "roles_b", "joined"),
    [
        # accented letters lost: a given name cut at its end and a surname one letter short,
        # with the role the texts give both
        ("jose angel cordova", "jos angel crdova", {"health"}, {"health"}, True),
        ("jose angel cordova", "jos angel crdova", set(), set(), False),
        ("richard besser", "richard bessert", set(), set(), True),
        # a man and a woman of one surname, a letter apart: only one role makes them one
        ("gabriel garcia", "gabriela garcia", set(), set(), False),
        ("gabriel garcia", "gabriela garcia", {"teacher"}, {"nurse"}, False),
        # a short surname a letter off is another surname; two letters off, another name
        ("george bush", "george bash", set(), set(), False),
        ("john clinton", "john clintock", set(), set(), False),
        # roles with nothing in common: two people
        ("richard besser", "richard bessert", {"director"}, {"minister"}, False),
    ],
)
def test_which_names_are_one_mistyped(
    a: str, b: str, roles_a: set[str], roles_b: set[str], joined: bool
) -> None:
    names = {_key(a): a.split(), _key(b): b.split()}
    roles = {_key(a): roles_a, _key(b): roles_b}
    assert bool(mistyped_pairs(names, roles)) is joined
