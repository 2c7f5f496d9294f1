"""A name the text itself gives as another's: "Marcel Lazar, 44, known online as
"Guccifer"", "Tom Vole, also known as Big Tom", "Guccifer, whose real name is Marcel
Lazar"; a body's other names: "the Islamic State group, also known as ISIL or ISIS",
"Daesh, as the Islamic State is also known", "the Front, which calls itself the Army".

A nickname, an alias, a stage name or a body's other name shares no word with the name,
so no name rule joins them, and the actor is profiled twice or not at all. The article's
own apposition is the evidence: the name right after "known as", "also called",
"nicknamed", "dubbed", "a.k.a.", "which calls itself", "born" (or before "whose real name
is", or with "as … is also known" after it) set beside a name is that name's bearer, and
so is each name coordinated with it ("known as ISIL or ISIS").

A body is also renamed by a bracket or an "or" set off by commas ("the Levant Front (the
Northern Army)", "the Levant Front, or the Northern Army, said"). Said of people these
read otherwise ("John Roe (R-Texas)", "Roe, or Doe, will run"), so they join bodies only.
A name used in one sentence beside another is no evidence: only these constructions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.aggregate.names import NAMED, person_words
from briefgen.aggregate.placenames import known_place
from briefgen.extract.actors import plain
from briefgen.extract.namefit import NOT_PERSON_HEADS
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

# Between a name and its other name: a comma (or a dash) sets the apposition off, an age
# may come first ("Lazar, 44, known online as"); the other name may be in quotation marks.
# Without the comma "known as" is said of something else ("a district of Nairobi known as
# the Parklands").
_GOES_BY = re.compile(
    r"\s*(?:\(\d{1,3}\))?(?:,|\s*[—–―]|\s+--)\s*(?:\d{1,3},\s*)?"
    r"(?:(?:who|which|that)\s+(?:is|was|are|were|goes\s+by|went\s+by)\s+)?"
    r"(?:(?:also|better|widely|popularly|commonly|best|formerly)\s+)?"
    r"(?:(?:known|nicknamed|dubbed|called|named)\s+(?:(?:online|locally|on\s+\w+)\s+)?as"
    r"|nicknamed|dubbed|a\.?k\.?a\.?|alias|goes\s+by|went\s+by)"
    r"\s+(?:the\s+)?[\"“‘']?"
    r"|\s*(?:,|\s*[—–―]|\s+--)\s*(?:"
    r"also\s+(?:called|named)"
    r"|(?:which|that|who)\s+calls?\s+(?:itself|themselves|himself|herself)"
    r"|born|née|nee"
    r")\s+(?:the\s+)?[\"“‘']?"
)
_REAL_NAME = re.compile(r"\s*,?\s*whose\s+real\s+name\s+(?:is|was)\s+[\"“‘']?")
# "Daesh, as the Islamic State is also known": the name the text gives first is the other
# name of the one after "as", which "is … known" (or "called") closes.
_AS_KNOWN_OPEN = re.compile(r"\s*,\s*as\s+(?:the\s+)?")
_AS_KNOWN_CLOSE = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:(?:also|often|sometimes|widely|commonly|better|now)\s+)?"
    r"(?:known|called)\b"
)
# Right before an other name: "… known as ", "… also called ", "… a.k.a. ".
_NAMED_AS_BEFORE = re.compile(
    r"(?:\b(?:known|nicknamed|dubbed|called|named)\s+as|\balso\s+(?:called|named)|"
    r"\ba\.?k\.?a\.?)\s+(?:the\s+)?[\"“‘']?$"
)
# One other name after another: "known as ISIL or ISIS", "known as ISIL, or ISIS".
_OR_ALSO = re.compile(r"[\"”’']?\s*,?\s+or\s+(?:the\s+)?[\"“‘']?")
# A body's other name in brackets, or after "or" and set off by commas or dashes.
_BRACKETED = re.compile(r"\s*\(\s*(?:the\s+)?")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_OR_NAMED = re.compile(r"\s*,\s+or\s+(?:the\s+)?")
_OR_CLOSE = re.compile(r"\s*(?:,|[—–―]|--|\))")
# An organisation named with its head noun after the name ("the Islamic State group,
# also known as ISIS"): the apposition is about the body, not the noun.
_HEAD_NOUN = re.compile(r"\s+([a-z]+)\b")
REASON = 'another name the text gives it ("known as")'
NICKNAME_REASON = "the surname with the given name the text says it goes by"


def link_known_as(indexed: Sequence[tuple[int, Mention]], text: str, uf: Union) -> None:
    """Join, within one document's mentions (index, mention), a name to the other names
    the text gives beside it ("X, known as Y or Z"; "Y, whose real name is X"; "Y, as X is
    also known"; a body's "X (Y)" and "X, or Y,")."""
    named = sorted(
        ((m.start, i, m) for i, m in indexed if m.kind in NAMED), key=lambda t: (t[0], t[1])
    )
    at = {start: i for start, i, _ in named}
    by_index = {i: m for _, i, m in named}
    for _, i, m in named:
        for end in _name_ends(m, text):
            for pattern in (_GOES_BY, _REAL_NAME):
                found = pattern.match(text, end)
                other = at.get(found.end()) if found else None
                if other is None or other == i or not _given_as_name(m, by_index[other], text):
                    continue
                uf.join(i, other, REASON)
                _join_called_in_full(m, by_index[other], named, i, uf)
                _join_also_named(i, by_index[other], at, by_index, text, uf)
            as_known = _AS_KNOWN_OPEN.match(text, end)
            other = at.get(as_known.end()) if as_known else None
            if (
                other is not None
                and other != i
                and _AS_KNOWN_CLOSE.match(text, by_index[other].end)
            ):
                uf.join(other, i, REASON)
            _join_body_renamed(i, m, end, at, by_index, text, uf)
        # "the Islamic State, also known as ISIL or ISIS": the other names are one body's,
        # even where the name they are given for was not read as a mention
        if _NAMED_AS_BEFORE.search(text[max(0, m.start - 40) : m.start]):
            _join_also_named(i, m, at, by_index, text, uf)


# "dubbed Cuba's boy hero": a name in the possessive owns the epithet after it
_POSSESSIVE = re.compile(r"['’]s?\b")


def _given_as_name(m: Mention, other: Mention, text: str) -> bool:
    """Whether the name after "known as" (or before "whose real name is") is the other name
    given, not the owner of an epithet ("Ann, dubbed Marlow's golden girl": the epithet is
    hers, the town is not her name); and a person is never another name of a place the
    gazetteer knows, whatever the apposition reads."""
    if _POSSESSIVE.match(text, other.end):
        return False
    types = {m.type, other.type}
    if "person" in types and "state" in types:
        place = other if other.type == "state" else m
        return not known_place(plain(place.text))
    return True


def _name_ends(m: Mention, text: str) -> list[int]:
    """Where an apposition about the mention may begin: after the name, and after a body's
    head noun written outside it ("the Islamic State group")."""
    ends = [m.end]
    head = _HEAD_NOUN.match(text, m.end)
    if m.type != "person" and head and head.group(1) in NOT_PERSON_HEADS:
        ends.append(head.end())
    return ends


def _join_also_named(
    i: int,
    other: Mention,
    at: dict[int, int],
    by_index: dict[int, Mention],
    text: str,
    uf: Union,
) -> None:
    """ "known as ISIL or ISIS": each name coordinated with the other name is one too."""
    while (more := _OR_ALSO.match(text, other.end)) and (nxt := at.get(more.end())) is not None:
        uf.join(i, nxt, REASON)
        other = by_index[nxt]


def _join_body_renamed(
    i: int,
    m: Mention,
    end: int,
    at: dict[int, int],
    by_index: dict[int, Mention],
    text: str,
    uf: Union,
) -> None:
    """A body's other name in brackets ("X (Y)") or after an "or" set off by commas ("X, or
    Y,"); an acronym in brackets is a definition, which ``acronyms`` reads."""
    for opening, closing in ((_BRACKETED, _BRACKET_CLOSE), (_OR_NAMED, _OR_CLOSE)):
        found = opening.match(text, end)
        j = at.get(found.end()) if found else None
        if j is None or j == i:
            continue
        other = by_index[j]
        if not closing.match(text, other.end) or not _both_bodies(m, other):
            continue
        if opening is _BRACKETED and other.kind == "acronym":
            continue
        uf.join(i, j, REASON)


def _both_bodies(m: Mention, other: Mention) -> bool:
    """Neither is a person, and not a body beside a place ("the Health Ministry (Brazil)"
    says where the body is, not what else it is called)."""
    types = {m.type, other.type}
    return "person" not in types and (len(types) == 1 or "state" not in types)


def _join_called_in_full(
    m: Mention, other: Mention, named: Sequence[tuple[int, int, Mention]], i: int, uf: Union
) -> None:
    """ "Mr. Bush, known as Jeb" (or "John Ellis Bush, known as Jeb"): the document's "Jeb
    Bush" is that person too, the given name the text itself gave joined to their surname.
    No nickname list: only the word the apposition names."""
    surname = person_words(m.text)[0][-1:]
    nickname = person_words(other.text)[0]
    if m.type != "person" or not surname or len(nickname) != 1:
        return
    called = [nickname[0], surname[0]]
    for _, j, n in named:
        if n.type == "person" and person_words(n.text)[0] == called:
            uf.join(i, j, NICKNAME_REASON)
