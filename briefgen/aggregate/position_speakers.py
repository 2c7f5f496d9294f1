"""Each position's speaker as an actor: the speaker mention's actor when it was merged into
one, else the speaker's name looked up among the actors' names and aliases (those of the
position's document first, then by the last word's spelling), with a stable position id.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefgen.aggregate.mention_map import OPEN, MentionKey
from briefgen.aggregate.names import (
    NAMED,
    person_words,
    same_given_name,
    skeleton,
    word_tuple,
    words,
)
from briefgen.extract.positions import position_id
from briefgen.models import Actor, Position

__all__ = ["attribute_positions"]


def _lookup(actors: Sequence[Actor]) -> dict[str, list[Actor]]:
    table: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        for form in {a.name, *a.aliases}:
            table[" ".join(word_tuple(form))].append(a)
    return table


def attribute_positions(
    positions: Sequence[Position],
    actors: Sequence[Actor],
    mention_map: dict[MentionKey, str],
) -> list[Position]:
    """Positions with the canonical ``speaker`` name, ``speaker_id`` and a stable ``id``.

    The speaker mention decides when it was merged into an actor; otherwise the speaker
    name is looked up among the actors' names and aliases, preferring actors seen in the
    position's document, then by the last word's spelling skeleton.
    """
    by_id = {a.id: a for a in actors}
    table = _lookup(actors)
    last_word: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        if a.type == "person" and len(words(a.name)) >= 2:
            last_word[skeleton(words(a.name)[-1])].append(a)
    sources = {a.id: frozenset(a.sources) for a in actors}
    by_doc_last: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in actors:
        if a.type == "person" and len(words(a.name)) >= 2:
            for doc in a.sources:
                by_doc_last[(doc, words(a.name)[-1])].add(a.id)

    def people_here(doc: str, surname: str) -> set[str]:
        return by_doc_last.get((doc, surname), set())

    bare_here = _bare_names_resolved(actors)
    out = []
    for p in positions:
        found: Actor | None = None
        m = p.speaker_mention
        aid = mention_map.get((m.doc, m.start, m.end)) if m is not None else None
        if aid is not None:
            found = by_id.get(aid)
        if found is None and p.speaker and aid != OPEN:
            # the name without its title: "Mr. Trump" is a bare surname, "Ivanka Trump" not
            named = person_words(p.speaker)[0]
            cands = table.get(" ".join(word_tuple(p.speaker)), [])
            if not cands and named and re.match(r"^[A-Z]", p.speaker.strip()):
                cands = last_word.get(skeleton(named[-1]), [])
                if len(named) >= 2:
                    # a given name stated is kept: Ivanka Trump is not the Donald Trump the
                    # corpus knows, however often it names him (unknown beats wrong)
                    cands = [a for a in cands if _given_agrees(named[0], a.name)]
            local = [a for a in cands if p.doc in sources[a.id]]
            pool = local or cands
            if len(named) == 1 and len(people_here(p.doc, named[0])) > 1:
                # a bare surname its document gives two people: the one its other bare uses
                # of that surname were resolved to, when they all went to one; else unknown
                settled = bare_here.get((p.doc, named[0]), set())
                pool = [by_id[a] for a in settled] if len(settled) == 1 else []
            if len(pool) >= 1:
                found = max(pool, key=lambda a: (len(a.mentions), a.name))
        out.append(
            replace(
                p,
                id=position_id(p.doc, p.start, p.end),
                speaker=found.name if found else p.speaker,
                speaker_id=found.id if found else None,
            )
        )
    out.sort(key=lambda p: (p.doc, p.start, p.end))
    return out


def _given_agrees(given: str, name: str) -> bool:
    """Whether an actor's name opens with that given name, or a form of it (Ed, Edward)."""
    theirs = person_words(name)[0]
    return len(theirs) >= 2 and same_given_name(given, theirs[0])


def _bare_names_resolved(actors: Sequence[Actor]) -> dict[tuple[str, str], set[str]]:
    """(document, one-word person name) -> the actors named in full its uses there were
    merged into (a bare use left open, an actor of its own, is no answer)."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in actors:
        if len(person_words(a.name)[0]) < 2:
            continue
        for m in a.mentions:
            named = person_words(m.text)[0]
            if m.type == "person" and m.kind in NAMED and len(named) == 1:
                out[(m.doc, named[0])].add(a.id)
    return out
