"""Three ways a role or a speaker went astray: the name in an epithet a verb of naming
gives someone ("called the governor 'the next X'") is not that person; a learned trade
before a name ("anaesthesiologist X") is a role however the tagger reads it; and a clause
in a speech verb's subject place ("part of being a good mayor is acknowledging …") names
no speaker."""

from __future__ import annotations

import pytest
from actor_fixtures import person_roles

from briefgen.extract.actors import extract_mentions
from briefgen.extract.positions import extract_positions
from briefgen.models import Document


def test_a_quoted_name_a_verb_of_naming_gives_is_not_the_objects(nlp):  # type: ignore[no-untyped-def]
    roles = person_roles(
        nlp, "Beck called the Ohio governor “the next Abraham Lincoln” in a broadcast."
    )
    assert roles["Abraham Lincoln"] is None
    # set off by commas, the name is the governor's, and "governor" its role
    roles = person_roles(
        nlp, "The host called the Ohio governor, Dana Okafor, to ask about the vote."
    )
    assert roles["Dana Okafor"] == "the Ohio governor"


def test_a_learned_trade_before_a_name_is_a_role_an_epithet_is_not(nlp):  # type: ignore[no-untyped-def]
    roles = person_roles(
        nlp,
        "The jury heard from anaesthesiologist Lee Brandt on Friday, and leftist Dana Okafor "
        "agreed.",
    )
    assert roles["Lee Brandt"] == "anaesthesiologist"
    assert roles["Dana Okafor"] is None


@pytest.mark.parametrize(
    "opening",
    [
        "",
        # not even the one person the text gave that title: "mayor" is in the clause
        "Mayor Dana Okafor spoke at the hall on Monday. ",
    ],
)
def test_a_clause_before_a_speech_verb_is_no_speaker(nlp, opening):  # type: ignore[no-untyped-def]
    text = (
        opening + "I am doing these things because part of being a good mayor is "
        "acknowledging mistakes and learning from them."
    )
    doc = Document("d", "d.txt", "txt", text, "")
    sdoc = nlp(text)
    found = [
        p
        for p in extract_positions(doc, sdoc, extract_mentions(doc, sdoc))
        if p.text.startswith("mistakes")
    ]
    assert [p.speaker for p in found] == [None]
