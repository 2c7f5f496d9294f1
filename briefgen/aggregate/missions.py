"""A state's embassy or consulate is a different body in each place it stands.

"The U.S. Embassy" names the sending state and the kind of body, not where it is: a wire
story of two bombed embassies names the one in Marlow and the one in Penbury so, and a
third story quotes the embassy in a third capital. Across documents one name is one body
only where the text places it, and in the same place: "the Ruritanian Embassy in
Penbury" meets "the Ruritanian Embassy in Penbury" (or "in Lakeland", when Penbury, its
capital, was joined to Lakeland before). A use the text does not place ("an embassy
official said") joins no other document's; a plural ("the Ruritanian Embassies") names
several bodies and joins none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from briefgen.aggregate.generic_bodies import join_by_host, org_keys
from briefgen.aggregate.names import words

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

# the places the texts name, by (document, start): their names as written
Places = Mapping[tuple[str, int], str]

REASON = "the same state's mission in the same place"

# the heads that name a state's mission abroad; the plural names several
_SINGULAR = frozenset({"embassy", "consulate"})
_PLURAL = frozenset({"embassies", "consulates"})
# right after the name: where it stands ("the U.S. Embassy in Penbury")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")


def mission_names(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]]
) -> set[tuple[str, ...]]:
    """The keys of names of a state's mission abroad ("U.S. Embassy", "French Consulate")."""
    return org_keys(mentions, other, lambda m, ws: bool(ws) and ws[-1] in _SINGULAR | _PLURAL)


def link_missions(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    missions: set[tuple[str, ...]],
    texts: dict[str, str],
    uf: Union,
) -> None:
    """Join a mission's uses across documents where each text places it in the same place
    (the place's record: a capital joined to its state is that state)."""
    if not missions:
        return
    starts = {(m.doc, m.start): i for i, m in enumerate(mentions)}

    def placed(i: int) -> int | None:
        m = mentions[i]
        if words(m.text)[-1] in _PLURAL:
            return None
        found = _IN_PLACE.match(texts.get(m.doc, ""), m.end)
        place = starts.get((m.doc, found.end())) if found else None
        if place is None or mentions[place].type != "state":
            return None
        return uf.find(place)

    join_by_host(missions, other, placed, uf, REASON)


def placed_name(name: str, ms: Sequence[Mention], texts: Mapping[str, str], places: Places) -> str:
    """A mission's name with where it stands, when its texts place it in one place only
    ("U.S. Embassy in Penbury"): two records of one state's embassies in two capitals were
    listed under one name, with nothing to tell them apart. Any other name as it is."""
    ws = words(name)
    if not ws or ws[-1] not in _SINGULAR:
        return name
    found = set()
    for m in ms:
        if not words(m.text) or words(m.text)[-1] not in _SINGULAR:
            continue
        text = texts.get(m.doc, "")
        at = _IN_PLACE.match(text, m.end)
        place = places.get((m.doc, at.end())) if at else None
        if place is not None:
            found.add(place)
    return f"{name} in {found.pop()}" if len(found) == 1 else name


def place_starts(mentions: Sequence[Mention]) -> dict[tuple[str, int], str]:
    """Where each place's name starts (document, offset), and the name as written."""
    return {(m.doc, m.start): m.text for m in mentions if m.type == "state" and m.kind == "name"}
