"""A profile's roles and other names read as one careful editor wrote them: one role per
way of writing it, the fuller writing kept, no courtesy title beside "former", no
evaluation listed as a role, no description listed as a name."""

from __future__ import annotations

from briefgen.models import Actor, Role
from briefgen.render.actorviews import _distinct_roles, _shown_aliases
from briefgen.render.role_forms import edited_roles, is_role_phrase, role_words

HARMONIC = role_words([("Harmonic Party", "Harmons", "HP", "Harmon Party")])


def _roles(*texts: str) -> list[str]:
    return edited_roles([(f"d{i}", t) for i, t in enumerate(texts)], HARMONIC)


def test_writings_of_one_role_differing_in_case_article_or_party_word_are_shown_once():
    shown = _roles(
        "Presumptive Harmonic presidential nominee",
        "the presumptive Harmonic nominee",
        "Presumptive Harmon nominee",
        "presumptive HP nominee",
    )
    assert shown == ["Presumptive Harmonic nominee"]


def test_a_role_said_with_less_is_folded_into_the_fuller_one():
    assert _roles("Governor", "Governor", "Marlow Governor") == ["Marlow Governor"]
    assert _roles("Marlow Senator", "a Marlow senator", "the senator from Marlow") == [
        "Marlow Senator"
    ]
    # one source's fuller epithet does not replace the role most sources give
    assert _roles("Marlow Senator", "Marlow Senator", "an ultra-tidy senator from Marlow") == [
        "Marlow Senator"
    ]


def test_a_title_stacked_on_another_by_one_source_takes_in_neither():
    shown = _roles(
        "Senator",
        "Senator",
        "Marlow Senator",
        "Marlow Senator",
        "Harmonic Senator",
        "Harmonic Senator",
        "Harmonic presidential candidate Marlow Senator",
    )
    assert shown == ["Marlow Senator", "Harmonic Senator"]


def test_past_two_roles_a_role_one_source_gives_is_left_out():
    shown = _roles("Marlow Senator", "Marlow Senator", "party leader", "party leader")
    assert (
        _roles("Marlow Senator", "Marlow Senator", "party leader", "party leader", "harbor-pal")
        == shown
    )
    assert _roles("Marlow Senator", "retired surgeon") == ["Marlow Senator", "Retired surgeon"]
    # an office stays however few sources give it
    assert _roles(
        "Marlow Senator", "Marlow Senator", "party leader", "party leader", "former secretary"
    ) == [
        *shown,
        "Former secretary",
    ]


def test_a_role_folds_into_the_writing_that_adds_its_place():
    assert _roles("Foreign Minister", "Foreign Minister", "Marlow Foreign Minister") == [
        "Marlow Foreign Minister"
    ]


def test_the_writing_joining_two_shorter_ones_is_the_role_shown():
    shown = _roles(
        "Harmonic nominee",
        "Harmonic nominee",
        "Harmonic nominee",
        "presidential nominee",
        "Harmonic presidential nominee",
    )
    assert shown == ["Harmonic presidential nominee"]


def test_another_rank_of_the_same_office_stays_apart():
    # another standing of one role is the same role told at another time: listed once
    assert _roles("presumptive Harmonic nominee", "Harmonic nominee", "Harmonic nominee") == [
        "Harmonic nominee"
    ]
    assert _roles("Vice President", "President") == ["Vice President", "President"]


def test_a_title_beside_the_same_title_held_before_is_not_shown():
    assert _roles("former President", "President", "President") == ["Former President"]
    assert _roles("Senator", "former Penbury governor") == ["Senator", "Former Penbury governor"]


def test_an_evaluation_is_no_role():
    assert _roles(
        "proud progressive",
        "the most unusual candidate in modern times",
        "the presumptive Harmonic nominee and strong favorite",
        "Dr",
    ) == ["Presumptive Harmonic nominee"]
    assert not is_role_phrase("likeliest winner")
    assert not is_role_phrase("to party stalwart")
    assert is_role_phrase("retired surgeon")
    assert is_role_phrase("front-runner")


def test_a_role_and_another_joined_by_and_are_two_roles():
    assert _roles("Harmonic candidate and former secretary of state") == [
        "Harmonic candidate",
        "Former secretary of state",
    ]
    assert _roles("former secretary of state and senator") == [
        "Former secretary of state",
        "Former senator",
    ]
    # a capital after "and" goes on a name
    assert _roles("Secretary of Health and Human Services") == [
        "Secretary of Health and Human Services"
    ]


def test_a_profile_names_an_actor_by_names_not_by_descriptions():
    holt = Actor(
        id="A-1",
        name="Ann Holt",
        type="person",
        aliases=("HOLT", "Holt", "Annie", "a proud Marlovian", "the Marlow senator", "Senator"),
        roles=(Role("a", "Marlow Senator"), Role("b", "the Marlow senator")),
    )
    roles = _distinct_roles(holt)
    assert roles == ("Marlow Senator",)
    assert _shown_aliases(holt, roles) == ("Holt", "Annie")
