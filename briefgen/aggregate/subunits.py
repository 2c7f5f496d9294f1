"""An organisation's sub-unit named by its place: "the Republican Party of Wyoming".

A state party, a county chapter, a regional office is named by the parent's name and a
place: "<Body> of <Place>", "<Place>'s <Body>", "<Place> <Body>". The parent's name lies
inside, so joining a name to the longer name that completes it ("Islamic Emirate" ->
"Islamic Emirate of Afghanistan") would fold the sub-unit into the parent, whose profile
then lists the chapter as another name of the whole party. A place below a country (a
state, a province, a county, a town the corpus writes as a place) names a smaller body of
its own; a country after "of" still completes a national body's name, as a country's name
before a body's name tells whose it is (:func:`countries.link_state_prefixed`).

The three spellings of one place-qualified body are one actor across documents.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.countries import mostly_state, state_name
from briefgen.aggregate.names import word_tuple
from briefgen.aggregate.placenames import subdivision_name
from briefgen.extract.actors import plain
from briefgen.extract.country_names import region_name

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

# The head words of a place's own name: "Marlow County", "Penbury Township".
_PLACE_HEADS = frozenset(
    {"county", "parish", "province", "borough", "district", "township", "state", "city"}
)
_POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)['’]s\s+(.+)$", re.IGNORECASE)
_LONGEST_PLACE = 3  # words: "Palm Beach County", "New York State"

Key = tuple[str, ...]


def corpus_places(mentions: list[Mention], other: dict[Key, list[int]]) -> frozenset[str]:
    """The names the recogniser read mostly as a place, as folded words joined by spaces."""
    return frozenset(
        " ".join(word_tuple(mentions[g[0]].text))
        for g in other.values()
        if mostly_state(mentions, g)
    )


def below_country(place: str, places: frozenset[str]) -> bool:
    """Whether ``place`` names a place smaller than a country: a state's or a province's
    name, any ISO 3166-2 subdivision, a name ending with a place's head word ("Marlow
    County"), or a name the corpus reads as a place; never a country's name. A town's name
    the corpus does not write as a place is not enough ("Church of God")."""
    if not place or state_name(place):
        return False
    ws = word_tuple(place)
    if not ws:
        return False
    return (
        region_name(place)
        or subdivision_name(place)
        or (len(ws) >= 2 and ws[-1] in _PLACE_HEADS)
        or " ".join(ws) in places
    )


def of_place(name: str, places: frozenset[str]) -> bool:
    """Whether ``name`` is "<Body> of <Place>" with a place below a country after its last
    "of" ("Republican Party of Wyoming"), a sub-unit and not the body itself."""
    head, sep, place = plain(name).rpartition(" of ")
    return bool(sep and head) and below_country(place, places)


def place_qualified(name: str, places: frozenset[str]) -> tuple[Key, Key] | None:
    """(place, body) of a body of two words or more named with a place below a country in
    any of its three spellings, as folded words; None for any other name."""
    text = plain(name)
    head, sep, place = text.rpartition(" of ")
    if sep and below_country(place, places):
        return _pair(place, head)
    hit = _POSSESSIVE.match(text)
    if hit and below_country(hit[1], places):
        return _pair(hit[1], hit[2])
    ws = text.split()
    for n in range(min(_LONGEST_PLACE, len(ws) - 2), 0, -1):
        if below_country(" ".join(ws[:n]), places):
            return _pair(" ".join(ws[:n]), " ".join(ws[n:]))
    return None


def _pair(place: str, body: str) -> tuple[Key, Key] | None:
    body_words = word_tuple(body)
    if len(body_words) < 2:
        return None
    return word_tuple(place), body_words


def link_place_qualified(
    mentions: list[Mention], other: dict[Key, list[int]], places: frozenset[str], uf: Union
) -> None:
    """ "Republican Party of Marlow", "Marlow's Republican Party" and "Marlow Republican
    Party" are one body: the same body's name with the same place in another spelling."""
    spellings: dict[tuple[Key, Key], list[int]] = defaultdict(list)
    for g in other.values():
        m = mentions[g[0]]
        if m.type != "org":
            continue
        key = place_qualified(m.text, places)
        if key is not None:
            spellings[key].append(g[0])
    for group in spellings.values():
        for j in group[1:]:
            uf.join(group[0], j, "the same body named with its place in another spelling")
