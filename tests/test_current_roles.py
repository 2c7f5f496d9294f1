"""A profile's role is the office the person holds now: a title abbreviated before the
name counts and reads in full, a title of an earlier year's clause does not, and a role
held before comes after the roles held now."""

from __future__ import annotations

from briefgen.extract.actors import extract_mentions
from briefgen.models import Actor, Document, Role
from briefgen.render.actorviews import _distinct_roles
from briefgen.render.past_roles import held_before


def _roles(nlp, text: str, date: str | None = "2016-01-08") -> dict[str, str | None]:
    doc = Document("d", "d.txt", "txt", text, "", date=date)
    return {m.text: m.role for m in extract_mentions(doc, nlp(text)) if m.type == "person"}


def test_an_abbreviated_title_before_a_name_is_its_role_written_in_full(nlp):
    roles = _roles(
        nlp,
        "Rubens was attacked. Marlow Gov. Ann Holt said she would win.\n"
        "The rivals are Sen. Tom Reed and Rep. Jo Lane.\n",
    )
    assert roles["Ann Holt"] == "Marlow Governor"
    assert roles["Tom Reed"] == "Senator"
    assert roles["Jo Lane"] == "Representative"


def test_a_title_hyphened_to_then_keeps_its_mark_of_the_past(nlp):
    roles = _roles(nlp, "It was then-Sen. Tom Reed who spoke first.\n")
    assert roles["Tom Reed"] == "then-Senator"


def test_a_title_in_a_clause_of_an_earlier_year_is_not_the_persons_role(nlp):
    text = "Attorney Ann Holt was elected governor of Marlow in 2009.\n"
    assert _roles(nlp, text)["Ann Holt"] is None
    # a document of that year, or of no known day, tells of the present
    assert _roles(nlp, text, date="2009-11-04")["Ann Holt"] == "Attorney"
    assert _roles(nlp, text, date=None)["Ann Holt"] == "Attorney"


def test_a_title_in_a_clause_of_today_stays(nlp):
    roles = _roles(nlp, "Senator Ann Holt voted for the Penbury bill on Monday.\n")
    assert roles["Ann Holt"] == "Senator"


def test_past_marks_of_a_role():
    assert held_before("former Marlow governor")
    assert held_before("then-Senator")
    assert held_before("ex-mayor of Penbury")
    assert held_before("mayor until 2009")
    assert not held_before("Marlow Governor")
    assert not held_before("retired neurosurgeon")
    assert not held_before("Thenford mayor")


def test_a_profile_shows_the_role_held_now_before_one_held_before():
    days = {"a": "2016-01-02", "b": "2016-01-05", "c": "2016-01-09"}
    holt = Actor(
        id="A-1",
        name="Ann Holt",
        type="person",
        roles=(
            Role("a", "former Attorney"),
            Role("b", "former Attorney"),
            Role("c", "Marlow Governor"),
        ),
    )
    assert _distinct_roles(holt, days) == ("Marlow Governor", "former Attorney")


def test_of_roles_as_many_sources_state_the_latest_comes_first():
    days = {"a": "2016-01-02", "b": "2016-01-09"}
    reed = Actor(
        id="A-2",
        name="Tom Reed",
        type="person",
        roles=(Role("a", "party chairman"), Role("b", "Senate candidate")),
    )
    assert _distinct_roles(reed, days) == ("Senate candidate", "party chairman")
