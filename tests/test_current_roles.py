"""A profile's role is the office the person holds now: a title abbreviated before the
name counts and reads in full, a title of an earlier year's clause does not, and a role
held before comes after the roles held now."""

from __future__ import annotations

from briefgen.extract.actors import extract_mentions
from briefgen.models import Actor, Document, Role
from briefgen.render.actorviews import _distinct_roles
from briefgen.render.past_roles import held_then


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


def test_a_places_short_form_before_the_title_keeps_the_mark_of_the_past(nlp):
    # a role read from the title alone ("Governor") would say the office is still held
    roles = _roles(nlp, "The poll ties Reed with former Fla. Gov. Ann Holt at 41-41.\n")
    assert roles["Ann Holt"] == "former Fla. Governor"


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
    assert held_then("then-Senator")
    assert held_then("the then Marlow mayor")
    assert not held_then("former Marlow governor")
    assert not held_then("Thenford mayor")


def test_a_profile_leaves_out_the_role_held_at_an_earlier_point_of_the_story():
    reed = Actor(
        id="A-2",
        name="Tom Reed",
        type="person",
        roles=(Role("a", "President"), Role("b", "then-Senator"), Role("c", "President")),
    )
    assert _distinct_roles(reed) == ("President",)


def test_an_apposition_beside_a_short_title_is_still_a_description(nlp):
    text = "Sen. Tom Reed, the chamber's minority leader, objected.\n"
    doc = Document("d", "d.txt", "txt", text, "", date="2016-01-08")
    ms = extract_mentions(doc, nlp(text))
    assert any(m.kind == "description" and "minority leader" in m.text for m in ms)


def test_a_bare_title_beside_the_same_title_with_its_place_is_shown_once():
    holt = Actor(
        id="A-3",
        name="Ann Holt",
        type="person",
        roles=(Role("a", "Governor"), Role("b", "Governor"), Role("c", "Marlow Governor")),
    )
    assert _distinct_roles(holt) == ("Marlow Governor",)
    poole = Actor(
        id="A-4",
        name="Dan Poole",
        type="person",
        roles=(Role("a", "Governor"), Role("b", "former Penbury governor")),
    )
    # the bare title beside the same title held before is the former holder's courtesy
    assert _distinct_roles(poole) == ("Former Penbury governor",)


def test_a_description_before_a_short_title_gives_no_stacked_role(nlp):
    roles = _roles(nlp, "Republican presidential candidate Sen. Tom Reed spoke on Monday.\n")
    assert roles["Tom Reed"] != "Republican presidential candidate Senator"


def test_a_mark_of_the_past_before_a_short_title_stays(nlp):
    roles = _roles(
        nlp, "He met former Marlow Gov. Ann Holt. It was then-Sen. Tom Reed who spoke.\n"
    )
    assert roles["Ann Holt"] == "former Marlow Governor"
    assert roles["Tom Reed"] == "then-Senator"
