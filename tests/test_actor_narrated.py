"""A role or a name an actor is also called comes from the narrator's words, never from
inside a quotation (a speaker's insult for someone else, a crowd's chant)."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_a_chant_and_an_insult_in_quotation_marks_name_no_role_nor_alias(nlp):
    text = (
        "Governor Ann Holt spoke in Marlow on Friday.\n"
        'A warm-up band got the crowd to dance and cheer for "President Ann Holt."\n'
        '"I have a critic who is a hater of Ann Holt, a hater. He\'s a hater," Holt said.\n'
        "Tom Reed, the mayor of Marlow, said the rally was peaceful.\n"
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    holt = actor_with(actors, "Ann Holt")
    assert [r.text for r in holt.roles] == ["Governor"]
    assert "a hater" not in holt.aliases
    # the narrator's apposition is still a role and a name
    reed = actor_with(actors, "Tom Reed")
    assert [r.text for r in reed.roles] == ["the mayor of Marlow"]
    assert "the mayor of Marlow" in reed.aliases
