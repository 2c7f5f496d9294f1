"""Which person of a surname holds the office a bare surname is titled with.

"President Clinton" in a story that names only Hillary Clinton in full is not her: the
corpus gives the title "President" to Bill Clinton ("former President Bill Clinton") and
never to her. A title of office before a bare surname is the texts' own word on who is
meant; when some full name of that surname carries the title somewhere in the corpus, the
bare surname is one of those people, not another of that surname who never does. A title
no full name of the surname carries says nothing (the corpus may never write "President
Barack Obama"), and honorifics ("Mr.", "Mrs.") are weighed elsewhere
(:func:`name_titles.gender_fits`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from briefgen.aggregate.names import (
    NAMED,
    person_words,
    same_given_name,
    surname_form,
    word_tuple,
)
from briefgen.extract.actor_words import TITLES
from briefgen.models import Mention

# Titles of an office or a role, not honorifics: "President", "Senator", "Governor".
OFFICES = TITLES - {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "dr"}

# An opening quotation mark, then the title: the name opens a quoted address.
_VOCATIVE = re.compile(r"[\"“‘]\s*[A-Z][\w.]*\s+$")

Holders = Mapping[tuple[str, str], frozenset[str]]


def office_word(m: Mention, text: str = "") -> str | None:
    """The office a person's mention is titled with ("President" before "Clinton", or
    inside the span), or None. "a President Clinton" is someone who may hold it one day:
    the indefinite article makes the title a hypothesis, no word on who holds it; so is
    a quoted address ('"President Clinton, thank you"')."""
    before = word_tuple(text[max(0, m.start - 40) : m.start])
    if len(before) >= 2 and before[-1] in OFFICES and before[-2] in ("a", "an"):
        return None
    if _VOCATIVE.search(text[max(0, m.start - 40) : m.start]) and text[m.end : m.end + 1] == ",":
        # '"President Clinton, thank you …"': a speaker's form of address, often to who
        # they hope will hold the office, not the writer's word on who holds it
        return None
    role = word_tuple(m.role or "")
    if "of" in role:
        # "former Secretary of State": the office is the word before what it is of
        role = role[: role.index("of")]
    if role and role[-1] in OFFICES:
        return role[-1]
    inside = word_tuple(m.text)
    return inside[0] if len(inside) > 1 and inside[0] in OFFICES else None


def office_holders(mentions: Iterable[Mention]) -> dict[tuple[str, str], frozenset[str]]:
    """(surname, office) -> the given names of the full names the corpus gives that title."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.type != "person" or m.kind not in NAMED:
            continue
        named, suffix = person_words(m.text)
        office = office_word(m)
        if len(named) >= 2 and suffix is None and office is not None:
            out[(surname_form(named[-1]), office)].add(named[0])
    return {k: frozenset(v) for k, v in out.items()}


def may_hold(holders: Holders, m: Mention, given: str, text: str = "") -> bool:
    """Whether the person of that given name may be the one a titled bare surname ``m``
    (in its document's ``text``) means: the corpus gives no full name of the surname that
    title, or gives it to them."""
    office = office_word(m, text)
    named = person_words(m.text)[0]
    if office is None or len(named) != 1:
        return True
    known = holders.get((surname_form(named[0]), office))
    return not known or any(same_given_name(given, g) for g in known)
