"""Where a title or a name ends at the words around it: the adverb or verb before a
title that is no part of it ("especially President X", ", naming businesswoman X"), an
abbreviated rank that opens the next person's name ("Army Capt. X"), and a surname the
recogniser left out at its apostrophe ("Bill O’Reilly")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.actor_words import TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["abbreviated_title", "apostrophe_surname", "in_the_name_phrase"]

# Adverbs that date a title, and are part of it: "then President X", "now Senator X".
_TITLE_TIMES = frozenset({"then", "now", "once"})


# A surname with an apostrophe after its first letter ("O’Reilly", "D'Amato").
_APOSTROPHE_SURNAME = re.compile(r"^[A-Z]['’][A-Z][a-z]+$")


def apostrophe_surname(sdoc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is such a surname, right after the name before it."""
    return (
        i < len(sdoc)
        and _APOSTROPHE_SURNAME.match(sdoc[i].text) is not None
        and sdoc[i - 1].whitespace_ == " "
        and not sdoc[i].ent_type_
    )


def abbreviated_title(sdoc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is an abbreviated title or rank ("Capt.", "Gen.") opening
    the name of the person written after it."""
    tok = sdoc[i]
    if tok.lower_.rstrip(".") not in TITLES or not tok.text[:1].isupper():
        return False
    j = i + 1
    if not tok.text.endswith("."):
        if j >= len(sdoc) or sdoc[j].text != "." or tok.whitespace_:
            return False
        j += 1
    return j < len(sdoc) and sdoc[j].ent_type_ == "PERSON" and sdoc[j].ent_iob_ == "B"


def in_the_name_phrase(sdoc: Doc, ent: Span, prefix: tuple[int, int]) -> tuple[int, int] | None:
    """The title words of ``prefix`` that belong to the name's own noun phrase: a role
    names a position. An adverb before them ("and especially President X") or the verb
    whose object the name is ("naming businesswoman X as his running mate") stands in the
    clause, not in the title."""
    first, end = prefix
    governors = {t.i for t in ent.root.ancestors}
    # ("then-Sen.", "then-Deputy Chief of Staff": an adverb hyphened to the title is its own)
    while first < end and (
        (
            sdoc[first].tag_.startswith("RB")
            and sdoc[first].whitespace_
            and sdoc[first].lower_ not in _TITLE_TIMES
        )
        or first in governors
        or _opens_a_clause(sdoc, first)
    ):
        first += 1
    return (first, end) if first < end else None


def _opens_a_clause(sdoc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a participle opening a clause (", naming businesswoman
    X", "formally nominating billionaire X"), not a title's own word ("acting director")."""
    tok = sdoc[i]
    if tok.tag_ != "VBG" or i == 0 or tok.lower_ in TITLES:
        return False
    before = sdoc[i - 1]
    # (", naming …", "formally nominating …", "is naming …": a verb, where "the managing
    # director" has its article)
    return before.text in (",", ";", ":") or before.tag_.startswith(("RB", "VB", "MD"))
