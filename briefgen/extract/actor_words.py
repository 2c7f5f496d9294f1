"""Closed classes of English that describe or address a person: role nouns, titles,
pronouns, and the titles written before a given name. General English, no names."""

from __future__ import annotations

__all__ = ["GIVEN_NAME_TITLES", "PRONOUNS", "ROLE_NOUNS", "TITLES", "word_set"]


def word_set(text: str) -> frozenset[str]:
    """The set of the words of ``text``, a list written as prose."""
    return frozenset(text.split())


# Head nouns of a noun phrase that describes a person by role. General English, no names.
ROLE_NOUNS = word_set(
    """
    minister president representative envoy ambassador spokesman spokeswoman spokesperson
    secretary director chairman chairwoman chair head chief leader commander general
    governor mayor senator congressman congresswoman candidate nominee official diplomat
    expert analyst commentator adviser advisor aide deputy premier chancellor king queen
    prince emir sheikh mullah cleric founder manager officer judge prosecutor lawyer
    attorney professor researcher scholar editor correspondent columnist journalist
    economist strategist negotiator mediator coordinator counterpart successor predecessor
    """
)

# Titles that spaCy sometimes takes into a PERSON entity ("Governor Ana Ruiz").
TITLES = ROLE_NOUNS | word_set(
    """
    mr mrs ms miss dr prof sen rep gov gen col lt capt sgt adm rev sir dame lord lady mx
    colonel major captain economist economists vice acting former foreign prime deputy
    """
)

PRONOUNS = word_set(
    """
    he she him her his hers they them their i we us our it its you who whom
    """
)

# Titles written before a given name, not a surname: with one given name after them they are
# part of the name a person is known by ("Prince Michael", "Queen Rania"), not a role.
GIVEN_NAME_TITLES = word_set("prince princess king queen emir sheikh sultan")
