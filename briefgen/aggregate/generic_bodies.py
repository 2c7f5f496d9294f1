"""A government body named without its country: "the Health Ministry", "the Foreign Ministry".

Every state has one; a corpus of world news names eight countries' health ministries so
(Mexico's, Egypt's, Turkey's …). Such a name is one body across documents only when the
documents are about the same state: the state each document names most (strictly; a tie
gives none). A document with no such state links its generic body to no other document's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
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

    def generic(m: Mention, ws: Sequence[str]) -> bool:
        # "Mexican Health Ministry" names its state
        return (
            2 <= len(ws) <= 6
            and bool(_BODY_HEADS & set(ws))
            and not any(_state_word(w) for w in plain(m.text).split() if w[:1].isupper())
        )

    return org_keys(mentions, other, generic)


def org_keys(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    test: Callable[[Mention, Sequence[str]], bool],
) -> set[tuple[str, ...]]:
    """The keys of organisations' names whose first mention and its words pass ``test``."""
    out = set()
    for key, group in other.items():
        m = mentions[group[0]]
        if m.type == "org" and test(m, words(m.text)):
            out.add(key)
    return out


def join_by_host(
    keys: Iterable[tuple[str, ...]],
    other: dict[tuple[str, ...], list[int]],
    host: Callable[[int], int | None],
    uf: Union,
    reason: str,
) -> None:
    """Join each key's mentions that ``host`` gives the same host (the record of the state
    or place they belong to); a mention with none joins no other."""
    for key in keys:
        first: dict[int, int] = {}
        for i in other[key]:
            at = host(i)
            if at is None:
                continue
            if at in first:
                uf.join(first[at], i, reason)
            else:
                first[at] = i


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
    join_by_host(
        generic,
        other,
        lambda i: dominant.get(mentions[i].doc),
        uf,
        "same body's name in a document about the same state",
    )
