"""A role a profile shows is a title, an office or a trade, never an epithet: an adjective
before a name, a party one belongs to, a speaker's "our wonderful mayor", or the noun of a
clause the name is the subject of."""

from __future__ import annotations

import pytest
from actor_fixtures import person_roles

from briefgen.extract.actor_words import TITLES
from briefgen.extract.rolefit import good_role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The primary between Mia Castell and populist Dana Okafor was bruising.", "Dana Okafor"),
        (
            "Consistently, and often publicly, they worked to undermine whatever real authority "
            "Whitfield had.",
            "Whitfield",
        ),
        ("We thank our marvellous outgoing mayor, Dana Okafor, for the park.", "Dana Okafor"),
        ("The mayor avoided criticising Okafor, a Republican appointed by the council.", "Okafor"),
        # a thing counted among others, the name the subject of the clause after it
        ("Allowing refugees in is another potential hazard Okafor is navigating.", "Okafor"),
    ],
)
def test_an_epithet_is_no_role(nlp, text, name):  # type: ignore[no-untyped-def]
    assert person_roles(nlp, text)[name] is None


def test_titles_and_trades_stayperson_roles(nlp):  # type: ignore[no-untyped-def]
    roles = person_roles(
        nlp,
        "Campaign chairman Dana Okafor spoke first. Economist Lee Brandt wrote back. "
        "Former Senator Mia Castell left early.",
    )
    assert roles["Dana Okafor"] == "Campaign chairman"
    assert roles["Lee Brandt"] == "Economist"
    assert roles["Mia Castell"] == "Former Senator"
    # a wh-word before a title opens a clause the titled name is the subject of
    roles = person_roles(
        nlp,
        "The county, which President Mia Castell narrowly won, is close. It led to what "
        "aide Lee Brandt called a majority.",
    )
    assert roles["Mia Castell"] == "President"
    assert roles["Lee Brandt"] == "aide"
    roles = person_roles(nlp, "It was the week that tennis legend Mia Castell retired.")
    assert roles["Mia Castell"] == "tennis legend"


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("a Liberal", False),
        ("an Australian", False),
        ("our marvellous outgoing mayor", False),
        ("my lawyer", False),
        ("a lawyer", True),
        ("the Senator", True),
        ("the campaign chairman", True),
    ],
)
def test_a_membership_or_a_speakers_epithet_is_no_role(role, kept):
    assert good_role(role, TITLES) is kept
