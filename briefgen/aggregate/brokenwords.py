"""A name cut at a letter its page lost: "Felipe Calder n said" read as "Felipe Calder".

A page saved in the wrong encoding may put a space where "ó" was (Calderón as "Calder n",
Cancún as "Canc n"). The recogniser stops the name at the space, or reads the whole of it
as an organisation's. When the word glued back together ("Caldern") is a surname the
corpus writes for a person, whole ("Calderon") or with vowels lost the same way, the
mention is extended over the fragment and read as a person's name; ``names.words`` glues
the fragment back, so the spelling meets the person's (``mistyped``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefgen.aggregate.mistyped import kept_letters, letters_lost
from briefgen.aggregate.names import BROKEN_END, NAMED, word_tuple
from briefgen.models import Mention

# the fragment after the name: one or two lower-case letters, then no letter
_FRAGMENT = re.compile(r" ([a-z]{1,2})(?![^\W\d_])")


class PersonSurnames:
    """The last words of the corpus's full person names, by first letter and the letters
    they keep without their vowels (``kept_letters``): a word is compared with the few
    surnames it could have lost vowels of, not with every surname of its first letter
    (as many as the corpus has people: each mention compared with them all grew with the
    square of the corpus)."""

    def __init__(self, ms: Sequence[Mention]) -> None:
        self.by_key: dict[tuple[str, str], set[str]] = {}
        for m in ms:
            ws = word_tuple(m.text)
            if m.type == "person" and m.kind in NAMED and len(ws) >= 2 and len(ws[-1]) >= 4:
                key = (ws[-1][0], kept_letters(ws[-1]))
                self.by_key.setdefault(key, set()).add(ws[-1])

    def knows(self, glued: str) -> bool:
        """Whether ``glued`` is a surname the corpus writes, or one with vowels lost."""
        known = self.by_key.get((glued[:1], kept_letters(glued)), set())
        return glued in known or any(letters_lost(glued, s) for s in known)


def mended(m: Mention, text: str, surnames: PersonSurnames) -> Mention | None:
    """The mention over the whole broken name, as a person's, or None (see module)."""
    if m.kind != "name" or text[m.start : m.end] != m.text:
        return None
    if BROKEN_END.search(m.text):
        whole = m
    elif m.type == "person" and (found := _FRAGMENT.match(text, m.end)):
        whole = replace(m, end=found.end(), text=text[m.start : found.end()])
    else:
        return None
    ws = word_tuple(whole.text)
    if len(ws) < 2 or not surnames.knows(ws[-1]):
        return None
    return replace(whole, type="person")
