"""A bare surname several people of a week's stories share: the famous one is found by the
stories naming each, where one long story about a relative outnumbers the full names."""

from __future__ import annotations

from actor_fixtures import actor_with, placed

from briefgen.aggregate.actors import resolve_actors
from briefgen.models import Actor, Extraction


def _owners(actors: list[Actor], mention_map: dict, ex: Extraction, form: str) -> list[str]:
    ids = {a.id: a.name for a in actors}
    return [
        ids.get(mention_map.get((m.doc, m.start, m.end), ""), "-")
        for m in ex.mentions
        if m.text == form
    ]


def test_a_weeks_famous_person_is_the_one_most_stories_name_not_a_long_story_about_a_son():
    """Six stories name the party leader in full once each; one long story about his son
    names the son in full eight times, the leader twice. The son's story's bare surname is
    the leader's: the stories naming each tell who is famous where the full names do not."""
    stories = [
        placed(
            city,
            f"Piet Maas spoke in {city}. Maas left. Maas returned. Maas won.",
            ("Piet Maas", "person"),
            ("Maas", "person"),
        )
        for city in ("Utrecht", "Breda", "Delft", "Gouda", "Ede", "Venlo")
    ]
    son = placed(
        "son",
        "Joost Maas, son of the party leader, said the race is wide open. Joost Maas "
        "campaigned. Piet Maas unveiled a slogan. Joost Maas agreed. Joost Maas laughed. "
        "Maas posted the slogan online. Joost Maas spoke again. Joost Maas left. Joost Maas "
        "smiled. Piet Maas waved. Joost Maas stayed.",
        ("Joost Maas", "person"),
        ("Piet Maas", "person"),
        ("Maas", "person"),
    )
    actors, mention_map = resolve_actors([*stories, son])
    assert actor_with(actors, "Joost Maas").name == "Joost Maas"
    assert _owners(actors, mention_map, son, "Maas") == ["Piet Maas"]
