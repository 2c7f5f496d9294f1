"""A full name and the same name with middle names, in one document: one person.

A report may give a person's full legal name once ("killing Michael Joseph Jackson", in a
charge sheet) beside the name it uses throughout ("Michael Jackson"). Within one document the
two are one person, unless the text introduces a relative in a sentence giving the longer name ("the
son of … Ahmad Shah Masoud" beside "Ahmad Masoud"): a father and a son often share a given
name and a surname, and differ by a middle name. Across documents the middle name stays a
difference (``linking``): there nothing says which of the two a document means.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.actortypes import BODY_END_KEYS
from briefgen.aggregate.names import NAMED, person_words, words
from briefgen.extract.rolefit import KINSHIP
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_KIN = re.compile(r"\b(?:" + "|".join(sorted(KINSHIP)) + r")\b", re.IGNORECASE)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span (to the closest full stop or line break either side)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END.search(text, end, end + 400)
    return text[
        before[-1] if before else max(0, start - 400) : after.start() if after else end + 400
    ]


def link_middle_names(ms: list[tuple[int, Mention]], text: str, uf: Union) -> None:
    """Join each name with middle names to the one name of the document that drops them."""
    names: dict[tuple[str, ...], list[tuple[int, Mention]]] = defaultdict(list)
    for i, m in ms:
        if m.type != "person" or m.kind not in NAMED:
            continue
        ws, suffix = person_words(m.text)
        if suffix is None and len(ws) >= 2:
            names[tuple(ws)].append((i, m))
    short = defaultdict(list)  # (given name, surname) -> two-word names written without an initial
    for key, group in names.items():
        if len(key) == 2 and not any(len(w) == 1 for _, m in group for w in words(m.text)):
            short[(key[0], key[-1])].append(key)
    for key, group in names.items():
        ends = short.get((key[0], key[-1]), [])
        if len(key) < 3 or len(ends) != 1:
            continue
        other = names[ends[0]]
        if any(_KIN.search(_sentence(text, m.start, m.end)) for _, m in group):
            continue  # a relative is introduced beside the longer name: maybe father and son
        uf.join(other[0][0], group[0][0], "the same name with middle names in the document")


FullNames = dict[tuple[tuple[str, ...], str | None], list[int]]


def merge_openings(
    full: FullNames,
    surnames: set[str],
    uf: Union,
    kin: frozenset[tuple[tuple[str, ...], str | None]] = frozenset(),
) -> None:
    """A person's name that is the opening words of one other full name of the document
    ("La Toya" beside "La Toya Jackson", a headline's "Michael Jackson Cardiff" aside) is
    that name written short: the two keys of ``full`` share one list of mentions, so the
    document's count of each person counts both. Two longer names it opens leave it alone,
    and so does a shorter name ending in a word the document uses as a surname (its keys in
    ``surnames``, or ending another full name): "Conrad Murray" beside a glued "Conrad Murray
    Jackson" is the person called "Murray", not a Jackson. Nor do names in ``kin``, those
    the document names someone's relative by ("the daughter of Aung San"): a parent's name
    may open the child's ("Aung San Suu Kyi").
    """
    # Each name's opening words and last word looked up, not every name of the document
    # read again for each (a long page names hundreds): the keys never change below, only
    # the lists under them. A body named after the person ("Donald J. Trump Foundation")
    # is no longer name of theirs.
    opened_by: dict[tuple[str, ...], list[tuple[tuple[str, ...], str | None]]] = defaultdict(list)
    ending: Counter[str] = Counter()
    for k in full:
        ending[k[0][-1]] += 1
        if k[1] is None and k[0][-1] not in BODY_END_KEYS:
            for n in range(1, len(k[0])):
                opened_by[k[0][:n]].append(k)
    for key, suffix in sorted(full, key=lambda k: len(k[0])):
        if suffix is not None or len(key) < 2 or key[-1] in surnames or (key, suffix) in kin:
            continue
        longer = opened_by.get(key, [])
        if len(longer) != 1 or ending[key[-1]] > 1:
            continue
        if longer[0] in kin:
            continue
        group, other = full[(key, suffix)], full[longer[0]]
        uf.join(other[0], group[0], "the opening words of a full name in the document")
        # one list under both keys: a bare surname finds the person under either last word
        # ("Jackson" after "La Toya" … "La Toya Jackson"; a junk "Michael Jackson Cardiff")
        other.extend(group)
        full[(key, suffix)] = other
