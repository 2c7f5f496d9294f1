"""Numbers that say what a named place, person or body is, not what happened.

Read at extraction, from the document's parse (the build's own process never parses), and
kept in the extraction as character spans (``Extraction.described``): ``reportable`` blanks
them before it looks for a sentence's figure.

A news sentence describes its participants in passing: "Marlow, a city of 20 million
people", "the capital, home to some 9 million", "the 40-strong Penbury Choir", "the
10-member Northern League". The number is an attribute of the thing named (its size,
its membership), true whatever the story; the sentence's figure, if it has one, is
elsewhere. The parse tells such a number by where it hangs, whatever the topic:

- inside an appositive, through a preposition ("a city *of* 20 million", "home *to* 9
  million", "one of the biggest cities *with* 20 million residents"), set beside a name or
  a noun a name qualifies ("the Marlovian capital"): the appositive describes what the
  sentence names;
- in a hyphenated modifier of a name ("the 10-member Northern League");
- counting a named place's people, told by its possessive ("Marlow's 9 million
  residents").

An appositive that restates a count is no description ("1,000 people, 85 percent of the
town"; "-- 44 percent to 34 percent" after a poll): its number hangs on the appositive's
own head, through no preposition, or the noun it is set beside is itself counted. A
hyphenated modifier of a common noun is the news as often as not ("a 12-member jury has
been chosen") and is left to ``figures``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["described_numbers", "describes"]

# The links a number climbs to reach the phrase it belongs to: its noun, the noun's
# modifiers and the prepositions above them. A verb ends the climb: its clause reports.
_CLIMB = frozenset({"nummod", "compound", "quantmod", "npadvmod", "amod", "pobj", "prep", "nmod"})


def described_numbers(sdoc: Doc) -> tuple[tuple[int, int], ...]:
    """The character spans (offsets in the parsed text) of the numbers that describe a
    named thing."""
    return tuple((t.idx, t.idx + len(t.text)) for t in sdoc if t.like_num and describes(t))


def describes(number: Token) -> bool:
    """Whether ``number`` is an attribute of a named thing (see the module's docstring)."""
    return _names_modifier(number) or _in_appositive(number) or _population(number)


# The nouns a place's people are counted by when its size is told ("Marlow's 9 million
# residents"): what the place is made of, whatever befalls it.
_INHABITANTS = frozenset({"people", "resident", "inhabitant", "citizen", "population", "soul"})


def _population(number: Token) -> bool:
    """ "Marlow's 9 million residents": a count of a named place's people, told by the
    place's possessive, with nothing said of them ("Marlow's 300 infected residents"
    counts the news)."""
    noun = number
    while noun.dep_ in ("compound", "quantmod", "nummod") and noun.head is not noun:
        noun = noun.head
    if noun.lemma_.lower() not in _INHABITANTS and noun.lower_ not in _INHABITANTS:
        return False
    owned = any(c.dep_ == "poss" and _is_named(c) for c in noun.children)
    qualified = any(c.dep_ in ("amod", "acl") for c in noun.children)
    return owned and not qualified


def _names_modifier(number: Token) -> bool:
    """ "the 10-member Northern League": a number joined by a hyphen to a noun that
    modifies a name."""
    doc, head = number.doc, number.head
    hyphenated = (
        number.dep_ == "nummod" and head.i == number.i + 2 and doc[number.i + 1].text == "-"
    )
    if not hyphenated:
        return False
    while head.dep_ in ("compound", "amod") and head.head is not head:
        head = head.head
        if head.pos_ == "PROPN":
            return True
    return False


def _in_appositive(number: Token) -> bool:
    """A number inside an appositive, through a preposition, beside a name that no
    number counts."""
    t, through = number, False
    while t.dep_ in _CLIMB and t.head is not t:
        through |= t.dep_ == "prep"
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return False
    if t.dep_ != "appos" or not through:
        return False
    named = t.head
    counted = any(c.dep_ == "nummod" for c in named.children)
    return _is_named(named) and not counted


# Entities that name a place, a people, a body or a person ("the Mexican capital").
_NAMING = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC", "PERSON"})


def _is_named(noun: Token) -> bool:
    """A name ("Marlow"), or a noun a name qualifies ("the Penbury capital", "the
    Marlovian capital"): not a measure ("the third-highest rating — an average of 112
    million viewers" restates the rating)."""
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in _NAMING
        or any(c.ent_type_ in _NAMING for c in noun.children)
    )
