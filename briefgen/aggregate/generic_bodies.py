"""A government body named without its country: "the Health Ministry", "the Foreign Ministry".

Every state has one; a corpus of world news names eight countries' health ministries so
(Mexico's, Egypt's, Turkey's …). Such a name is one body across documents only when the
documents are about the same state: the state each document names most (strictly; a tie
gives none). A document with no such state links its generic body to no other document's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.countries import _state_word
from briefgen.aggregate.names import NAMED, words
from briefgen.extract.actors import plain

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

# English news calls another state's department "the Health Ministry", "the Foreign
# Ministry": the generic name. A "Department" is named for its own government ("the Justice
# Department", "the Department of Health"), which a corpus's home news names without the
# state every time, so it stays one body across documents.
_BODY_HEADS = frozenset({"ministry", "ministries"})


def generic_bodies(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]]
) -> set[tuple[str, ...]]:
    """The keys of names of a government body that name no state ("Health Ministry")."""
    out = set()
    for key, group in other.items():
        m = mentions[group[0]]
        ws = words(m.text)
        if m.type != "org" or not 2 <= len(ws) <= 6 or not _BODY_HEADS & set(ws):
            continue
        if any(_state_word(w) for w in plain(m.text).split() if w[:1].isupper()):
            continue  # "Mexican Health Ministry" names its state
        out.add(key)
    return out


def link_generic_bodies(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    generic: set[tuple[str, ...]],
    uf: Union,
) -> None:
    """Join a generic body's mentions across documents about the same state."""
    if not generic:
        return
    named: dict[str, Counter[int]] = defaultdict(Counter)
    for i, m in enumerate(mentions):
        if m.type == "state" and m.kind in NAMED:
            named[m.doc][uf.find(i)] += 1
    dominant: dict[str, int] = {}
    for doc, counts in named.items():
        top = counts.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            dominant[doc] = top[0][0]
    for key in generic:
        first: dict[int, int] = {}
        for i in other[key]:
            state = dominant.get(mentions[i].doc)
            if state is None:
                continue
            if state in first:
                uf.join(first[state], i, "same body's name in a document about the same state")
            else:
                first[state] = i
