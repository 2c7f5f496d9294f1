"""An acronym two bodies of the corpus spell ("SLC": a Committee, a Convention) is read by the
words around its uses, though a story spelling out both is the only one using it for the
Committee (fixture sentences)."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _members(actors, name):
    actor = actor_with(actors, name)
    return {(m.doc, m.text) for m in actor.mentions}


def test_an_acronym_the_words_around_it_make_the_committee_leaves_the_convention(nlp):
    # one story spells out only the Convention; another spells out the Convention, then its
    # "SLC chair" and "SLC emails", then the Committee: the letters name two bodies, and the
    # chair's acronym is the Committee's
    docs = [
        extract(
            nlp,
            "a",
            "Maria Ortiz spoke at the Social Liberal Convention in Lyon on Monday. Her "
            "husband gave a speech at the SLC the next night.\n",
        ),
        extract(
            nlp,
            "b",
            "Delegates left the Social Liberal Convention in Lyon on Friday. Paul Dumas "
            "stepped down as SLC chair after hackers leaked SLC emails. The Social Liberal "
            "Committee will name a new chair in May.\n",
        ),
    ]
    actors, _ = resolve_actors(docs)
    assert ("b", "SLC") in _members(actors, "Social Liberal Committee")
    convention = _members(actors, "Social Liberal Convention")
    assert ("b", "SLC") not in convention
    assert ("a", "SLC") in convention
