"""A party and its members named as one collective: "the Democrats" is the Democratic Party.

English names a political party by its name with the head word "Party" ("Democratic
Party", "Conservative Party", "Labour Party") and, as often, by its members in the plural
("the Democrats", "the Conservatives") or, for a party named by a noun, by that noun alone
("Labour said"). Both stand for the same collective in news copy: what "the Republicans"
decide is what the Republican Party does. The members' noun is made from the party's
name by English morphology (an adjective in -ic drops it, "Democratic" -> "Democrats";
otherwise the plural, "Republican" -> "Republicans"), never from a list of parties.

Only a name whose head is "Party" is a party: "Republican National Committee" is a
committee of the party, not the party, and stays apart; the singular member's label ("a
Democrat", "Republican Donald Trump") describes one person and joins nothing here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.aggregate.names import fold, word_tuple, words

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Actor, Mention

_HEAD = "party"


# The evidence a party's plural members' name carries ("Republicans" for the party).
PLURAL_MEMBERS = "members of the party, named in the plural"


def members_noun(name: str) -> tuple[str, ...] | None:
    """The plural noun of a party's members, as folded words ("Democratic Party" ->
    ("democrats",)); None for a name that is not a party's or leaves no name before "Party"."""
    ws = words(name)
    if len(ws) < 2 or ws[-1] != _HEAD:
        return None
    *before, last = ws[:-1]
    if last.endswith("ic") and len(last) > 4:
        plural = last[:-2] + "s"  # "Democratic" -> "Democrats"
    elif last.endswith("s"):
        return None  # no regular plural to make ("Greens Party" is already plural)
    else:
        plural = last + "s"
    return (*before, plural)


def _bare_noun(name: str) -> tuple[str, ...] | None:
    """The party's name without its head word ("Labour Party" -> ("labour",))."""
    ws = words(name)
    if len(ws) < 2 or ws[-1] != _HEAD:
        return None
    return tuple(ws[:-1])


def link_party_members(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """Join a party's name to its members' plural noun ("Democrats") and, when the
    recogniser reads it as an organisation, to its bare noun ("Labour"); two spellings of
    the party that make the same members' noun ("Democrat Party", "Democratic Party") join
    through it. ``other``: every non-person name's mentions by organisation key."""
    parties: dict[tuple[str, ...], list[int]] = defaultdict(list)  # members' noun -> parties
    bare: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for group in other.values():
        m = mentions[group[0]]
        if m.kind != "name":
            continue
        noun = members_noun(m.text)
        if noun is not None:
            parties[noun].append(group[0])
            bare[_bare_noun(m.text) or ()].append(group[0])
    if not parties:
        return
    for group in other.values():
        for i in group:
            m = mentions[i]
            if m.kind != "name" or m.type not in ("group", "org"):
                continue
            ws = word_tuple(m.text)
            for party in parties.get(ws, ()):
                uf.join(party, i, PLURAL_MEMBERS)
            if m.type == "org":
                for party in bare.get(ws, ()):
                    uf.join(party, i, "the party named without its head word")
    for same in parties.values():
        for party in same[1:]:
            uf.join(same[0], party, "another spelling of the party's name")


def collective_names(actors: Sequence[Actor]) -> set[str]:
    """The folded names of groups and organisations, aliases included: "Democrats" is one
    of the Democratic Party's names once the party and its members are one actor."""
    return {
        fold(form) for a in actors if a.type in ("group", "org") for form in (a.name, *a.aliases)
    }
