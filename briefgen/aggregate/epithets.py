"""Epithets a document gives a person by apposition: "the King of Pop, Jackson", "Jackson,
the King of Pop", "often called the Iron Lady, Thatcher".

An epithet is a capitalised title of the form "<title> of <something>" written with "the"
("the King of Pop", "the Duke of Edinburgh"): the recogniser reads it as a person's name of
its own, and across documents the same epithet joins itself by its spelling. Written right
beside a person's name, with only a comma between, it is that person's name too, in that
document: the text's own evidence. A list of names ("Jermaine, Tito, Jackie") has no such
epithet in it, and two epithets side by side ("the Prince of Wales, the Duke of York") are
two people, so both sides must not be epithets.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from briefgen.aggregate.names import NAMED, words
from briefgen.extract.actor_words import TITLES
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_COMMA = re.compile(r"^\s*,\s*$")


def epithet_shaped(name: str) -> bool:
    """A name shaped "<title> of <something>" ("King of Pop"): no one's own name."""
    ws = words(name)
    return len(ws) >= 3 and ws[0] in TITLES and "of" in ws[1:-1]


def epithet(text: str, m: Mention) -> bool:
    """A person's name shaped "<title> of <something>" and written after "the"."""
    return (
        m.type == "person"
        and m.kind == "name"
        and epithet_shaped(m.text)
        and bool(_THE_BEFORE.search(text[max(0, m.start - 5) : m.start]))
    )


def link_epithets(ms: list[tuple[int, Mention]], text: str, uf: Union) -> None:
    """Join each epithet to the person's name it stands in apposition to (see module)."""
    people = sorted(
        ((i, m) for i, m in ms if m.type == "person" and m.kind in NAMED),
        key=lambda im: im[1].start,
    )
    shaped = {i for i, m in people if epithet(text, m)}
    for (i, a), (j, b) in pairwise(people):
        if (i in shaped) == (j in shaped) or not _COMMA.match(text[a.end : b.start]):
            continue
        name, title = (j, i) if i in shaped else (i, j)
        uf.join(name, title, "epithet in apposition to the name")
