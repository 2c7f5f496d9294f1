"""An actor's name and id: the canonical form among its mentions' names, a stable id from
it, and for each alias the rule that linked it (:mod:`briefgen.aggregate.actors` builds the
actors these name).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from briefgen.aggregate.actortypes import actor_type
from briefgen.aggregate.countries import capitals
from briefgen.aggregate.epithets import epithet_shaped
from briefgen.aggregate.mistyped import letters_lost
from briefgen.aggregate.names import NAMED, fold, is_acronym, word_tuple
from briefgen.extract.actors import plain
from briefgen.extract.given_names import given_name
from briefgen.models import Actor, AliasEvidence, Mention, Position

__all__ = [
    "actor_id",
    "alias_evidence",
    "canonical_name",
    "initials_closed",
    "speakers_closed",
    "with_initials_closed",
]


def canonical_name(ms: list[Mention]) -> str:
    """The name an actor is shown by, among its mentions' names: the most used form of its
    own type, a person's full name before a surname, an epithet or a spelling that lost
    letters, an organisation by the acronym its divisions open with."""
    typ = actor_type(ms)
    # a name of the actor's own type: "Kenya", not the people "Kenyans" merged into it
    counts = Counter(plain(m.text) for m in ms if m.kind in NAMED and m.type == typ)
    if not counts:
        counts = Counter(plain(m.text) for m in ms if m.kind in NAMED)
    if not counts:
        counts = Counter(plain(m.text) for m in ms)
    person = typ == "person"
    # An organisation holding its divisions ("NHS Direct", "BBC News") is named by the
    # acronym they open with, not by its busiest division.
    parents = {n.split()[0] for n in counts if len(n.split()) > 1 and is_acronym(n.split()[0])}

    # "La Toya" beside "La Toya Jackson" and a bare "Jackson": a name the cluster also
    # writes completed by its surname is that name cut short
    alone = {n for n in counts if " " not in n}
    cut_short = {n for n in counts if person and any(f"{n} {w}" in counts for w in alone)}
    # "Wasserman Schultz" beside "Debbie Wasserman Schultz": a surname of two words (its
    # first no given name), which the copy writes alone far more often, is the person's
    # name without the given name
    cut_short |= {
        n
        for n in counts
        if person
        and " " in n
        and not given_name(n.split()[0])
        and any(o.endswith(f" {n}") and given_name(o.split()[0]) for o in counts if o != n)
    }
    # "Jos Angel C rdova" beside "Jose Angel Cordova": a spelling that lost its accented
    # letters is not the one to show, when the whole one is written as a third as often at
    # least (a typo adds a vowel too: "Barack Oabama", once, is no whole "Barack Obama")
    lossy = {
        n
        for n in counts
        if person
        and any(letters_lost(n, o) and 3 * counts[o] >= counts[n] for o in counts if o != n)
    }

    def rank(name: str) -> tuple[bool, bool, bool, bool, bool, bool, bool, int, int, str]:
        # a person's full name over the surname, and over an epithet however often the
        # texts use it ("the King of Pop"); a state by its own name, not the capital
        # standing for it ("France", not "Paris"); then the most used form (not an
        # epithet used once, not "Russian Federation" over "Russia")
        n = len(name.split())
        capital = typ == "state" and " ".join(word_tuple(name)) in capitals()
        return (
            name in parents,
            not is_acronym(name),
            not (person and epithet_shaped(name)),
            name not in cut_short,
            name not in lossy,
            2 <= n <= 4 or not person,
            not capital,
            counts[name],
            n,
            name,
        )

    return max(counts, key=rank)


def actor_id(name: str) -> str:
    """Stable actor id: a short hash of the canonical name."""
    return "A-" + hashlib.sha1(fold(name).encode()).hexdigest()[:8]


def alias_evidence(
    name: str, aliases: list[str], links: list[tuple[Mention, Mention, str, bool]]
) -> tuple[AliasEvidence, ...]:
    """For each alias, the rule that linked it: a link that brought it in is preferred, and
    among those one to the canonical name."""
    best: dict[str, tuple[tuple[bool, bool, int], AliasEvidence]] = {}
    for n, (m, other, reason, brought) in enumerate(links):
        alias = plain(m.text)
        rank = (not brought, plain(other.text) != name, n)
        if alias not in best or rank < best[alias][0]:
            best[alias] = (rank, AliasEvidence(alias, reason, m.doc))
    return tuple(best[a][1] for a in aliases if a in best)


# A name ending in dotted initials whose last stop a mention left out: a mention's span
# stops before the full stop ("U.K" of "the U.K. government", "sales in the U.K.").
_OPEN_INITIALS = re.compile(r"(?:^|(?<=\s))(?:[A-Z]\.)+[A-Z]$")


def initials_closed(name: str) -> str:
    """``name`` with the stop its dotted initials end with ("U.K" reads "U.K.")."""
    return name + "." if _OPEN_INITIALS.search(name) else name


def with_initials_closed(actors: Iterable[Actor]) -> Iterator[Actor]:
    """The actors with their names and aliases written as the reader reads them
    (:func:`initials_closed`); the ids stay, made from the names the stages compared."""
    for actor in actors:
        name = initials_closed(actor.name)
        aliases = tuple(
            dict.fromkeys(c for a in actor.aliases if (c := initials_closed(a)) != name)
        )
        evidence = tuple(replace(e, alias=initials_closed(e.alias)) for e in actor.alias_evidence)
        if (name, aliases, evidence) == (actor.name, actor.aliases, actor.alias_evidence):
            yield actor
        else:
            yield replace(actor, name=name, aliases=aliases, alias_evidence=evidence)


def speakers_closed(positions: Iterable[Position]) -> Iterator[Position]:
    """The positions with their speakers' names written as :func:`with_initials_closed`
    writes the actors': a position's ``speaker`` is its actor's name ("U.S." in both)."""
    for p in positions:
        if (
            p.speaker_id is not None
            and p.speaker
            and (named := initials_closed(p.speaker)) != p.speaker
        ):
            yield replace(p, speaker=named)
        else:
            yield p
