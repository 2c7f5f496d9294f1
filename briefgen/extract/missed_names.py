"""Relatives the recogniser missed: a given name before a surname the document gives a person.

The recogniser may read "Ivanka Trump strode across the stage" as a brand, or as nothing,
every time, in a story that also names "Donald Trump". A proper noun that is a known given
name, right before the surname of a person the document names in full, names a person of
that family. Left unextracted, the relative's bare surnames and quotes would go to the one
person of that surname the document does name. Only people the recogniser never read as
one in the document are added: one it found keeps the recogniser's count.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from briefgen.extract.doctext import doc_text
from briefgen.extract.given_names import given_name
from briefgen.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "a June Trump campaign event", "Monday Smith said": a date word, never a given name
_CALENDAR = frozenset(w.lower() for w in [*calendar.month_name, *calendar.day_name] if w)


def with_missed_relatives(
    doc_id: str, sdoc: Doc, mentions: list[Mention], titles: frozenset[str]
) -> list[Mention]:
    """``mentions`` with a person mention added for each "Given Surname" the recogniser
    missed, where Surname ends a person's full name found in the document (a lone surname
    mention inside the pair is widened to it). In text order. ``titles`` are words that
    make a title, not a given name ("Judge", "General", "King")."""
    full = {m.text for m in mentions if m.type == "person" and m.kind == "name" and " " in m.text}
    surnames = {name.split()[-1] for name in full}
    if not surnames:
        return mentions
    owner: dict[int, Mention] = {}  # character offset -> the mention covering it
    for m in mentions:
        for c in range(m.start, m.end):
            owner[c] = m
    widened: set[tuple[int, int]] = set()
    added: list[Mention] = []
    text = doc_text(sdoc)  # spaCy joins every token's text anew on each read of ``.text``
    for tok in sdoc[:-1]:
        nxt = sdoc[tok.i + 1]
        if nxt.text not in surnames or tok.pos_ != "PROPN" or not given_name(tok.text):
            continue
        if tok.lower_.rstrip(".") in titles or tok.lower_ in _CALENDAR:
            continue
        if tok.whitespace_ != " " or (tok.i > 0 and sdoc[tok.i - 1].pos_ == "PROPN"):
            continue  # "Mary Ann Smith": not a name's inner words
        start, end = tok.idx, nxt.idx + len(nxt.text)
        if text[start:end] in full:
            # a person it read somewhere in the document keeps the recogniser's count: more
            # uses of one relative would hand the document's bare surnames to her
            continue
        inside = {(o.start, o.end): o for c in range(start, end) if (o := owner.get(c))}
        if len(inside) == 1 and _lone_surname(next(iter(inside.values())), nxt.idx, end):
            widened.add((nxt.idx, end))
        elif inside:
            continue  # the recogniser named something there: left as it read it
        added.append(Mention(doc_id, start, end, text[start:end], "name", "person", None))
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in widened]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _lone_surname(m: Mention, start: int, end: int) -> bool:
    """A one-word person mention of exactly the surname's span."""
    return m.type == "person" and (m.start, m.end) == (start, end)
