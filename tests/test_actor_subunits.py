"""A body's sub-unit named by its place ("the Liberal Party of Marlow County") is its own
actor, not another name of the whole body; its spellings are one."""

from __future__ import annotations

import pytest
from actor_fixtures import placed

from briefgen.aggregate.actors import resolve_actors
from briefgen.models import Actor


def _owner(actors: list[Actor], doc: str, at: int) -> Actor:
    return next(a for a in actors if any(m.doc == doc and m.start == at for m in a.mentions))


NATIONAL = (
    "The Liberal Party chose its leader on Monday. Ann Holt said the Liberal Party would "
    "hold together.\n"
)


def test_a_county_party_is_its_own_actor_and_its_spellings_are_one():
    county = (
        "The Liberal Party of Marlow County said Ann Holt would not speak there. Tom Reed "
        "welcomed the news.\n"
    )
    possessive = "Marlow County's Liberal Party met in Penbury on Friday.\n"
    actors, _ = resolve_actors(
        [
            placed("a", NATIONAL, ("Liberal Party", "org"), ("Ann Holt", "person")),
            placed(
                "b",
                county,
                ("Liberal Party of Marlow County", "org"),
                ("Ann Holt", "person"),
                ("Tom Reed", "person"),
            ),
            placed("c", possessive, ("Marlow County's Liberal Party", "org"), ("Penbury", "state")),
        ]
    )
    national = _owner(actors, "a", NATIONAL.index("Liberal"))
    chapter = _owner(actors, "b", county.index("Liberal"))
    assert chapter is not national
    assert "Liberal Party of Marlow County" not in national.aliases
    assert chapter is _owner(actors, "c", 0)


def test_a_town_the_corpus_writes_as_a_place_names_a_chapter_too():
    town = "The Liberal Party of Penbury backed Tom Reed. Penbury voted on Friday.\n"
    actors, _ = resolve_actors(
        [
            placed("a", NATIONAL, ("Liberal Party", "org"), ("Ann Holt", "person")),
            placed(
                "b",
                town,
                ("Liberal Party of Penbury", "org"),
                ("Penbury", "state"),
                ("Tom Reed", "person"),
            ),
        ]
    )
    assert _owner(actors, "b", town.index("Liberal")) is not _owner(
        actors, "a", NATIONAL.index("Liberal")
    )


@pytest.mark.parametrize(
    ("full", "name", "short", "short_name"),
    [
        # a country after "of" completes a national body's name
        (
            "The Islamic Emirate of Afghanistan held talks in Penbury on Monday.\n",
            "Islamic Emirate of Afghanistan",
            "The Islamic Emirate said on Tuesday the talks went well.\n",
            "Islamic Emirate",
        ),
        # so does a complement that is no place
        (
            "The Living Church of Grace opened a hall in Penbury.\n",
            "Living Church of Grace",
            "The Living Church said it had raised the money itself.\n",
            "Living Church",
        ),
    ],
)
def test_a_name_completed_by_a_country_or_by_no_place_still_joins_its_short_form(
    full: str, name: str, short: str, short_name: str
) -> None:
    actors, _ = resolve_actors(
        [
            placed("a", full, (name, "org"), ("Penbury", "state")),
            placed("b", short, (short_name, "org")),
        ]
    )
    assert _owner(actors, "a", full.index(name)) is _owner(actors, "b", short.index(short_name))
