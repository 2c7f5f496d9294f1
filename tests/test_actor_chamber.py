"""A legislature's chamber ("the House") is no short form of a longer name it ends ("the White
House", "Government House") when the story writes it with its members, bills and votes
(fixture sentences)."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _names(actor):
    return {actor.name, *actor.aliases}


# The residence or seat of government, and two stories writing "House" as the chamber:
# with its members, its bill and its vote; with "the House and the Senate".
CHAMBER_STORIES = [
    (
        "White House",
        "The White House said the President would veto the plan. House Democrats said "
        "the House bill would pass anyway, and the House passed it on Friday.\n",
        "White House aides met donors in Ohio. The measure went to the Senate after "
        "House members approved it, and the White House said it would wait.\n",
    ),
    (
        "Government House",
        "Government House said the Governor would sign the budget. The House passed the "
        "budget on Tuesday, and the House and the Senate will meet again in May.\n",
        "Government House declined to comment. Opposition MPs said the House voted in a rush.\n",
    ),
]


@pytest.mark.parametrize(("seat", "first", "second"), CHAMBER_STORIES)
def test_the_chamber_written_with_its_members_bills_and_votes_stays_apart_from_the_seat(
    nlp, seat, first, second
):
    actors, _ = resolve_actors([extract(nlp, "a", first), extract(nlp, "b", second)])
    assert "House" not in _names(actor_with(actors, seat))


def test_a_residence_s_short_name_still_joins_it_where_no_chamber_is_written(nlp):
    docs = [
        extract(
            nlp,
            "a",
            "The Blue House said the President would travel to Tokyo. The House later said "
            "the trip was postponed.\n",
        ),
        extract(nlp, "b", "The Blue House named a new envoy on Monday.\n"),
    ]
    actors, _ = resolve_actors(docs)
    assert "House" in _names(actor_with(actors, "Blue House"))
