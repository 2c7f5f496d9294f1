"""A leader's government named by the leader, one body however the leader is written.

"the Obama administration", "Obama's administration" and "the Barack Obama administration"
are one government (:mod:`spans` types each an organisation). The leader's name says whose:
written in full, the person that full name is; written by the surname alone, the person of
that surname the corpus names in full, when it names only one, or only one of them holding
a governing office ("President George Bush"). Two people of the surname, neither named in
office (or both), leave a bare "Bush administration" apart: it may be either's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefgen.aggregate.linking import Union
from briefgen.aggregate.names import NAMED, middle_initials, person_words, surname_form, words
from briefgen.aggregate.offices import office_word
from briefgen.extract.actors import plain
from briefgen.models import Mention

REASON = "the government of the leader it is named by"

# "Obama administration", "George W. Bush's administration": the leader, then the noun.
_GOVERNMENT = re.compile(
    r"^(?P<leader>.+?)(?:['’]s)?\s+(?P<noun>administration|government|regime)$", re.IGNORECASE
)
# Offices that head a government: "President", "Prime Minister", "Governor".
_GOVERNING = frozenset({"president", "premier", "governor", "chancellor", "mayor"})

# A person written in full: (given name, middle initials).
Who = tuple[str, str]


def governs(m: Mention) -> bool:
    """Whether a person's mention is titled with an office that heads a government."""
    office = office_word(m)
    role = words(m.role or "")
    return office in _GOVERNING or (office == "minister" and "prime" in role)


def leader_of(m: Mention) -> tuple[str, str, Who | None] | None:
    """(noun, surname, the leader written in full or None) of a government's name."""
    if m.type != "org" or m.kind != "name":
        return None
    found = _GOVERNMENT.match(plain(m.text).strip())
    if found is None:
        return None
    named, suffix = person_words(found["leader"])
    if not named or suffix is not None or not found["leader"][:1].isupper():
        return None
    who = (named[0], middle_initials(found["leader"])) if len(named) >= 2 else None
    return found["noun"].lower(), surname_form(named[-1]), who


def _fullest(people: set[Who]) -> set[Who]:
    """The people, a name without middle initials folded into the one of that given name
    written with them ("George Bush" into "George W. Bush", when only one is)."""
    out = set(people)
    for given, initials in people:
        fuller = [w for w in people if w[0] == given and w[1]]
        if not initials and len(fuller) == 1:
            out.discard((given, initials))
    return out


def link_administrations(mentions: Sequence[Mention], uf: Union) -> None:
    """Join the names of one leader's government (see the module's docstring)."""
    people: dict[str, set[Who]] = defaultdict(set)
    holders: dict[str, set[Who]] = defaultdict(set)
    governments: dict[tuple[str, str], dict[Who | None, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for i, m in enumerate(mentions):
        if m.type == "person" and m.kind in NAMED:
            named, suffix = person_words(m.text)
            if len(named) >= 2 and suffix is None:
                who = (named[0], middle_initials(m.text))
                people[surname_form(named[-1])].add(who)
                if governs(m):
                    holders[surname_form(named[-1])].add(who)
        elif (read := leader_of(m)) is not None:
            noun, surname, whose = read
            governments[(noun, surname)][whose].append(i)
    for (_, surname), by_who in sorted(governments.items()):
        for group in by_who.values():
            for j in group[1:]:
                uf.join(group[0], j, REASON)
        bare = by_who.get(None)
        if not bare:
            continue
        leaders = _fullest(people.get(surname, set()))
        if len(leaders) > 1:
            leaders = _fullest(holders.get(surname, set())) & leaders
        if len(leaders) == 1 and (leader := next(iter(leaders))) in by_who:
            uf.join(by_who[leader][0], bare[0], REASON)
