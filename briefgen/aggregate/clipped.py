"""A nickname clipped from a surname: "Jacko" for a Jackson.

English makes familiar names by cutting a surname short and adding "-o", "-y" or "-ie"
(the press's "Jacko", "Robbo", "Smithy"). A one-word person's name that is no given name
(the name list does not know it) and that no full name of the corpus opens or ends with,
whose stem (the word without that ending, three letters at least) begins exactly one
surname of the corpus, cut by two letters or more, in a document that writes that surname,
is that surname's person the corpus names far most often (``DOMINANT`` times the next);
otherwise it stays a record of its own (unknown beats wrong).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.names import NAMED, person_words
from briefgen.aggregate.shortnames import DOMINANT
from briefgen.extract.antecedents import guessed_gender

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

ENDINGS = ("ie", "o", "y")
MIN_STEM = 3
REASON = "a nickname clipped from a surname; the person of that surname the corpus names most"


def clipped_stem(word: str) -> str | None:
    """ "jacko" -> "jack": the word without a familiar ending, or None."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return None


def link_clipped_surnames(mentions: list[Mention], uf: Union) -> None:
    """Join each clipped surname (see module) to its surname's leading person."""
    holders: dict[str, set[int]] = defaultdict(set)  # surname -> roots of full names
    givens: set[str] = set()
    in_doc: set[tuple[str, str]] = set()  # (document, surname) the document writes
    for i, m in enumerate(mentions):
        ws, suffix = person_words(m.text)
        if m.type != "person" or m.kind not in NAMED or not ws:
            continue
        in_doc.add((m.doc, ws[-1]))
        if len(ws) >= 2 and suffix is None:
            holders[ws[-1]].add(uf.find(i))
            givens.add(ws[0])
    sizes = Counter(uf.find(i) for i in range(len(mentions)))
    full_roots = {r for roots in holders.values() for r in roots}
    for i, m in enumerate(mentions):
        ws, suffix = person_words(m.text)
        if m.type != "person" or m.kind not in NAMED or len(ws) != 1 or suffix is not None:
            continue
        word = ws[0]
        stem = clipped_stem(word)
        if stem is None or word in holders or word in givens or uf.find(i) in full_roots:
            continue
        if guessed_gender(word) != "unknown":
            continue  # a given name ("Jackie", "Marco"), not a nickname
        cut = [s for s in holders if s.startswith(stem) and len(s) >= len(stem) + 2]
        if len(cut) != 1 or (m.doc, cut[0]) not in in_doc:
            continue
        ranked = sorted(holders[cut[0]], key=lambda r: (-sizes[r], r))
        if len(ranked) > 1 and sizes[ranked[0]] < DOMINANT * sizes[ranked[1]]:
            continue
        uf.join(ranked[0], i, REASON)
