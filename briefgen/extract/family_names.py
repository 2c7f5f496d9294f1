"""A bare surname naming a family ("the Jackson family", "the Obama house") or a band by its
size ("the Jackson 5"), not the person of that surname."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.extract.actor_words import word_set
from briefgen.models import ActorType, Mention

__all__ = ["DWELLING_NOUNS", "FAMILY_NOUNS", "family_names"]

# Plural or collective nouns of kinship: after a bare surname ("the Jackson family", "the
# Kennedy brothers") they make the surname a modifier naming the family, not one person.
FAMILY_NOUNS = word_set(
    """
    family families clan dynasty household brothers sisters siblings children sons
    daughters nieces nephews cousins
    """
)
_FAMILY_AFTER = re.compile(r" ([a-z]+)\b(?!-[a-z])")
# A household's dwelling after "the" and a bare surname ("the Jackson home", "the Obama
# house") is the family's, as English names a family's home: the surname names the family.
# Without the article ("Jackson home videos") or with a possessive ("Jackson's home") the
# person may be meant; and "the Jackson estate" is a legal person's, not a household's.
DWELLING_NOUNS = word_set("home house residence homestead")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
# What stands before a family named by its surname's plural ("the Clintons", "both Khans").
_PLURAL_BEFORE = re.compile(r"\b(?:[Tt]he|[Bb]oth) $")
# A number after a surname names a band or a team by its size ("The Jackson 5", "The
# Jackson Five"): an organisation, never the person of that surname.
_NUMBER_AFTER = re.compile(r" (\d{1,2}|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b(?![-.,]\d)")


def family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word person's name written as the modifier of a family noun ("the Jackson
    family", "Jackson brothers Tito and Marlon", "the Jackson home") becomes a group
    mention of the whole phrase, and one followed by a number ("the Jackson 5") an
    organisation's: either way the surname does not refer to the person it ends elsewhere.
    A possessive ("Jackson's family") is left alone: there the person is named. The plural
    of a surname the document names ("the Clintons") is the family too, a group."""
    taken = {(m.start, m.end) for m in mentions}
    surnames = {
        m.text.split()[-1] for m in mentions if m.type == "person" and m.kind in ("name", "surname")
    }
    out = []
    for m in mentions:
        if m.type != "person" or m.kind not in ("name", "surname") or len(m.text.split()) != 1:
            out.append(m)
            continue
        if _family_plural(text, m, surnames):
            # "the Clintons": the plural of a surname the document names is the family
            out.append(replace(m, kind="name", type="group"))
            continue
        after = text[m.end : m.end + 20]
        family = _FAMILY_AFTER.match(after)
        band = _NUMBER_AFTER.match(after)
        typ: ActorType
        if family and (
            family.group(1) in FAMILY_NOUNS
            or (
                family.group(1) in DWELLING_NOUNS
                and _THE_BEFORE.search(text[max(0, m.start - 5) : m.start])
            )
        ):
            end, typ = m.end + family.end(1), "group"
        elif band:
            end, typ = m.end + band.end(1), "org"
        else:
            out.append(m)
            continue
        if (m.start, end) in taken:
            continue  # the recogniser already named the phrase
        out.append(replace(m, end=end, text=text[m.start : end], kind="name", type=typ))
    return out


def _family_plural(text: str, m: Mention, surnames: set[str]) -> bool:
    """Whether a one-word name is the plural of a surname the document gives a person,
    after "the" or "both" ("the Clintons", "both Khans"): the family, not one of them."""
    word = m.text
    return (
        word.endswith("s")
        and word[:-1] in surnames
        and _PLURAL_BEFORE.search(text[max(0, m.start - 5) : m.start]) is not None
    )
