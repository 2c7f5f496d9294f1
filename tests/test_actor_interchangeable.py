"""Two names of one body tied by the roles writers give the same persons (fixture sentences)."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


PARTY = (
    "The Reform Party held its congress in Leeds on Monday, where delegates cheered. Critics "
    "say the RFP is divided.\n"
)


def test_two_names_before_the_same_persons_same_roles_are_one_body(nlp):
    docs = [
        extract(
            nlp,
            "a",
            PARTY + "RFP nominee Anna Berg spoke first. RFP treasurer Tom Hale "
            "presented the accounts to the members.\n",
        ),
        extract(
            nlp,
            "b",
            "Reform nominee Anna Berg won the vote in Leeds. Reform treasurer "
            "Tom Hale said the accounts were in order.\n",
        ),
    ]
    actors, _ = resolve_actors(docs)
    party = actor_with(actors, "Reform Party")
    assert "RFP" in party.aliases
    why = {e.alias: e.reason for e in party.alias_evidence}
    assert "interchangeably" in why["RFP"]


def test_one_shared_role_joins_a_week_s_two_names_of_one_party(nlp):
    # a week's corpus: one story calls her "the RFP's presumptive nominee", another "the
    # likely Reform nominee"; the qualifiers say how sure, not which office
    docs = [
        extract(
            nlp,
            "a",
            PARTY + "Anna Berg, the RFP's presumptive nominee, spoke first in the hall.\n",
        ),
        extract(nlp, "b", "The likely Reform nominee Anna Berg won the vote in Leeds.\n"),
    ]
    actors, _ = resolve_actors(docs)
    party = actor_with(actors, "Reform Party")
    assert "RFP" in party.aliases


def test_one_shared_role_of_two_names_written_as_rivals_keeps_two_bodies(nlp):
    # one slip ("Labour nominee" for the Reform candidate) beside a text setting the two
    # parties against each other: two bodies
    one_role = [
        extract(
            nlp,
            "a",
            PARTY + "The Labour Party met in Hull. Labour nominee Anna Berg spoke first in "
            "the hall.\n",
        ),
        extract(nlp, "b", "Reform nominee Anna Berg won the vote in Leeds on Tuesday.\n"),
        extract(nlp, "c", "Voters in Hull chose between Labour and Reform on Thursday.\n"),
    ]
    actors, _ = resolve_actors(one_role)
    party = actor_with(actors, "Reform Party")
    assert "Labour Party" not in {party.name, *party.aliases}
    assert "Labour" not in {party.name, *party.aliases}


def test_names_written_together_keep_two_bodies(nlp):
    side_by_side = [
        extract(
            nlp,
            "a",
            PARTY + "Senate nominee Anna Berg spoke first. Senate treasurer "
            "Tom Hale presented the accounts. The Senate met on Friday.\n",
        ),
        extract(
            nlp,
            "b",
            "Reform nominee Anna Berg won the vote. Reform treasurer Tom Hale "
            "said the accounts were in order. Senate Reform members abstained.\n",
        ),
    ]
    actors, _ = resolve_actors(side_by_side)
    party = actor_with(actors, "Reform Party")
    assert "Senate" not in {party.name, *party.aliases}


def test_a_name_ending_in_another_describes_only_itself(nlp):
    docs = [
        extract(
            nlp,
            "a",
            "The White House said it would veto the bill. White House spokesman Tom Hale "
            "said so again. White House press secretary Tom Hale took questions.\n",
        ),
        extract(
            nlp,
            "b",
            "White House spokesman Tom Hale spoke on Friday. White House press secretary "
            "Tom Hale declined to comment.\n",
        ),
        extract(nlp, "c", "The House voted on the bill on Monday. The House then adjourned.\n"),
    ]
    actors, _ = resolve_actors(docs)
    white_house = actor_with(actors, "White House")
    assert "House" not in {white_house.name, *white_house.aliases}


def test_a_body_s_name_is_not_joined_to_another_named_by_its_last_word(nlp):
    # "White House press secretary" names the White House; the House its last word would
    # name alone is the chamber, another body
    docs = [
        extract(nlp, "a", "The House voted on the budget bill on Tuesday. The House adjourned.\n"),
        extract(
            nlp,
            "b",
            "White House press secretary Tom Hale said the President would sign the bill.\n",
        ),
        extract(nlp, "c", "White House spokesman Tom Hale said the signing was delayed.\n"),
    ]
    actors, _ = resolve_actors(docs)
    white = actor_with(actors, "White House")
    assert "House" not in {white.name, *white.aliases}


def test_a_role_s_qualifiers_are_dropped_its_nouns_kept():
    from briefgen.aggregate.interchangeable import _role_key

    assert _role_key("presumptive presidential nominee") == _role_key("nominee")
    assert _role_key("likely front-runner") == _role_key("frontrunner")
    # "majority" is a noun of the office: the majority leader is not any leader
    assert _role_key("majority leader") != _role_key("leader")
    # nor the nouns of an office whose endings adjectives share
    assert _role_key("assistant secretary") != _role_key("secretary")
    assert _role_key("assembly leader") != _role_key("leader")
