"""Namesakes told apart by their middle initials: George H.W. Bush and George W. Bush.

A middle initial alone does not tell two people apart ("James B. Comey" is the "James
Comey" of another article), so names are keyed without it. But where the corpus writes one
given name and surname with two different sets of initials, a father and son or two
relatives share that name, and the initials are what the texts tell them by: those names
keep their initials in their key, and the name written without any ("George Bush") joins one
of them only inside a document that names just that one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from briefgen.aggregate.names import NAMED, middle_initials, name_key, person_words, surname_form
from briefgen.models import Mention

FullKey = tuple[tuple[str, ...], str | None]


def initials_apart(mentions: Iterable[Mention]) -> frozenset[tuple[str, str]]:
    """The (given name, surname) pairs the corpus writes with two different sets of middle
    initials or more."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.type != "person" or m.kind not in NAMED:
            continue
        ws, _ = person_words(m.text)
        if len(ws) >= 2 and (found := middle_initials(m.text)):
            seen[(ws[0], ws[-1])].add(found)
    return frozenset(pair for pair, sets in seen.items() if len(sets) > 1)


def full_key(text: str, apart: frozenset[tuple[str, str]]) -> FullKey:
    """:func:`name_key`, with the middle initials after the suffix for a name of
    ``apart`` ("George H.W. Bush" -> (…, "|hw")): such a key is never a bare name's."""
    key, suffix = name_key(text)
    if not apart or len(key) < 2:
        return key, suffix
    ws, _ = person_words(text)
    found = middle_initials(text)
    if found and (ws[0], ws[-1]) in apart:
        return key, f"{suffix or ''}|{found}"
    return key, suffix


def join_uninitialled(full: dict[FullKey, list[int]]) -> list[tuple[int, int]]:
    """Within one document, a name of ``apart`` written without initials ("George Bush")
    and the one set of initials the document gives it ("George W. Bush"): the pairs of
    first mentions to join. Two sets of initials in the document leave it alone."""
    # the names with initials by their key, read once (not every name again for each)
    initialled: dict[tuple[str, ...], list[list[int]]] = {}
    for (k, s), g in full.items():
        if s and s.startswith("|"):
            initialled.setdefault(k, []).append(g)
    out = []
    for (key, suffix), group in full.items():
        if suffix is not None:
            continue
        marked = initialled.get(key, [])
        if len(marked) == 1:
            out.append((marked[0][0], group[0]))
    return out


# How many times more often than in full the corpus must call a person by the given name
# alone: a candidate's first name in a headline now and then is not enough.
GIVEN_NAME_USE = 2


def known_by_given_name(mentions: Iterable[Mention]) -> frozenset[tuple[str, str]]:
    """(given name, surname) of the people the corpus calls by the given name alone
    :data:`GIVEN_NAME_USE` times as often as by their full name ("Elian" for a child in
    the news): a bare surname in a
    story naming a relative of theirs is that relative's ("Gonzalez said" of the father),
    however often the story names the child in full. Only a given name one full name of the
    corpus opens: "Michael" beside several Michaels tells nothing."""
    alone: dict[str, int] = defaultdict(int)
    full: dict[tuple[str, str], int] = defaultdict(int)
    for m in mentions:
        if m.type != "person" or m.kind not in NAMED:
            continue
        ws, suffix = person_words(m.text)
        if len(ws) == 1 and suffix is None:
            alone[ws[0]] += 1
        elif len(ws) >= 2:
            full[(ws[0], surname_form(ws[-1]))] += 1
    opening: dict[str, int] = defaultdict(int)
    for given, _ in full:
        opening[given] += 1
    # a word some full name ends with is a surname too ("Scott"): its bare uses tell nothing
    surnames = {last for _, last in full}
    return frozenset(
        (given, last)
        for (given, last), n in full.items()
        if opening[given] == 1
        and surname_form(given) not in surnames
        and alone[given] >= GIVEN_NAME_USE * n
    )
