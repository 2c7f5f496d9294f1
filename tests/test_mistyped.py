"""A person's name mistyped or stripped of its accented letters in some sources: one person."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.brokenwords import PersonSurnames
from briefgen.aggregate.mistyped import kept_letters, letters_lost, mistyped_pairs
from briefgen.extract.nlp import load_nlp
from briefgen.models import Mention


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


def test_the_record_is_named_by_the_spelling_that_kept_its_letters(nlp) -> None:
    lossy = "Mexico's health secretary, Jos Angel Crdova, said on {} that cases had risen.\n"
    actors, _ = resolve_actors(
        [
            extract(nlp, "a", lossy.format("Monday")),
            extract(nlp, "b", lossy.format("Tuesday")),
            extract(nlp, "c", "Health Secretary Jose Angel Cordova closed schools on Friday.\n"),
        ]
    )
    secretary = actor_with(actors, "Jos Angel Crdova")
    assert secretary.name == "Jose Angel Cordova"
    assert set(secretary.sources) == {"a", "b", "c"}


@pytest.mark.parametrize(
    ("name", "other", "lost"),
    [
        ("Jos Angel C rdova", "Jose Angel Cordova", True),
        ("Felipe Caldern", "Felipe Calderon", True),
        # a typo drops any letter: which spelling is right, only the counts say
        ("Richard Besser", "Richard Bessert", False),
        ("Richard Bessert", "Richard Besser", False),
        ("Felipe Calderon", "Felipe Calderon", False),
        # a middle initial left out is no letter lost
        ("Lindsey Graham", "Lindsey O. Graham", False),
    ],
)
def test_which_spelling_lost_its_accented_letters(name: str, other: str, lost: bool) -> None:
    assert letters_lost(name, other) is lost
    # the surnames are looked up by the letters a loss keeps: a spelling that lost vowels
    # of another keeps the same
    if lost:
        assert kept_letters(name) == kept_letters(other)


def test_a_surname_that_lost_vowels_is_known_among_many_of_its_first_letter() -> None:
    people = ["Ramiro Zuloagon", *(f"Ana Z{'ab' * k}ler" for k in range(1, 40))]
    mentions = [Mention("a", 0, len(n), n, "name", "person") for n in people]
    surnames = PersonSurnames(mentions)
    assert surnames.knows("zuloagon")
    assert surnames.knows("zuloagn")  # one "o" lost
    assert surnames.knows("zlagn")  # three vowels lost
    assert not surnames.knows("zlgn")  # four: more than a page loses
    assert not surnames.knows("zuloagen")  # another letter, not one lost
    assert surnames.knows("zabler")
    assert not surnames.knows("zuloaga")


def test_a_typo_adding_a_vowel_once_does_not_name_the_record(nlp) -> None:
    said = "President Barack Obama said on {} that the country was ready.\n"
    days = ("Monday", "Tuesday", "Wednesday", "Thursday")
    actors, _ = resolve_actors(
        [
            *(extract(nlp, f"d{n}", said.format(day)) for n, day in enumerate(days)),
            extract(nlp, "t", "President Barack Oabama said on Friday that schools would open.\n"),
        ]
    )
    assert actor_with(actors, "Barack Obama").name == "Barack Obama"
