"""A given name coordinated with a full name: "Khizr and Ghazala Khan", "Bill and Hillary
Clinton".

The writer gives the surname once for both. Read alone, the first given name ("Khizr") is
no full name, so a later "Mr. Khan" finds only the full names the document spells out
("Ghazala Khan", "her son, Humayun Khan") and goes to the wrong one. Within its document
the given name is read as the full name it stands for, when the corpus writes that full name
somewhere ("Khizr Khan") or the word is a known given name, and the corpus writes it as
nobody's surname: "Obama and Hillary Clinton", "Johnson and Rob Portman" name no
"Obama Clinton".
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import replace

from briefgen import heap
from briefgen.aggregate.names import NAMED, name_key, person_words
from briefgen.extract.given_names import given_name
from briefgen.models import Mention

_AND = re.compile(r"\s+(?:and|&)\s+")


def full_name_pairs(mentions: Iterable[Mention]) -> frozenset[tuple[str, str]]:
    """(given name, surname) of every full person's name the corpus writes."""
    out = set()
    for m in mentions:
        ws = person_words(m.text)[0]
        if m.type == "person" and m.kind in NAMED and len(ws) >= 2:
            out.add((ws[0], ws[-1]))
    return frozenset(out)


def with_shared_surnames(
    ms: Sequence[tuple[int, Mention]],
    text: str,
    pairs: frozenset[tuple[str, str]],
    surnames: Container[str] | None = None,
) -> list[tuple[int, Mention]]:
    """The document's mentions, a given name coordinated with a full name after it read as
    that given name with the full name's surname (a view for linking alone: its offsets
    are kept, only its name is completed). ``surnames``: ``pairs``' surnames, when the
    caller has them (one document's linking asks of them word by word: ``asked``)."""
    if surnames is None:
        surnames = _surnames(pairs)
    by_pos = sorted(ms, key=lambda im: im[1].start)
    out = list(by_pos)
    for k, (i, m) in enumerate(by_pos[:-1]):
        n = by_pos[k + 1][1]
        key, suffix = name_key(m.text)
        if m.type != "person" or m.kind not in NAMED or len(key) != 1 or suffix:
            continue
        ws = person_words(n.text)[0]
        if n.type != "person" or n.kind not in NAMED or len(ws) < 2:
            continue
        if not _AND.fullmatch(text[m.end : n.start]):
            continue
        word = person_words(m.text)[0][0]
        if word in surnames:
            continue  # "Johnson and Rob Portman": a surname the corpus writes, not a given name
        if (word, ws[-1]) in pairs or given_name(m.text.strip()):
            surname = n.text.split()[-1]
            out[k] = (i, replace(m, text=f"{m.text} {surname}"))
    return out


@heap.corpus_cache(maxsize=2)
def _surnames(pairs: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The surnames of the corpus's full names: made once for the corpus (each document
    asks of the same ``pairs``), not once for each document."""
    return frozenset(last for _, last in pairs)
