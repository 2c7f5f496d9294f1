"""A name the text itself gives as another's: "Marcel Lazar, 44, known online as
"Guccifer"", "Tom Vole, also known as Big Tom", "Guccifer, whose real name is Marcel
Lazar".

A nickname, an alias or a stage name shares no word with the name, so no name rule joins
them, and the person is profiled twice or not at all. The article's own apposition is the
evidence: the name right after "known as", "nicknamed", "dubbed", "a.k.a." (or before
"whose real name is") set beside a name is that name's bearer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.aggregate.names import NAMED, person_words
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

# Between a name and its other name: a comma sets the apposition off, an age may come
# first ("Lazar, 44, known online as"); the other name may be in quotation marks. Without
# the comma "known as" is said of something else ("a district of Nairobi known as the
# Parklands").
_GOES_BY = re.compile(
    r"\s*(?:\(\d{1,3}\))?,\s*(?:\d{1,3},\s*)?(?:who\s+(?:is|was|goes\s+by|went\s+by)\s+)?"
    r"(?:(?:also|better|widely|popularly|commonly|best)\s+)?"
    r"(?:(?:known|nicknamed|dubbed|called|named)\s+(?:(?:online|locally|on\s+\w+)\s+)?as"
    r"|nicknamed|dubbed|a\.?k\.?a\.?|alias|goes\s+by|went\s+by)"
    r"\s+(?:the\s+)?[\"“‘']?"
)
_REAL_NAME = re.compile(r"\s*,?\s*whose\s+real\s+name\s+(?:is|was)\s+[\"“‘']?")
REASON = 'another name the text gives it ("known as")'
NICKNAME_REASON = "the surname with the given name the text says it goes by"


def link_known_as(indexed: Sequence[tuple[int, Mention]], text: str, uf: Union) -> None:
    """Join, within one document's mentions (index, mention), a name to the other name
    the text gives right after it ("X, known as Y"; "Y, whose real name is X")."""
    named = sorted(
        ((m.start, i, m) for i, m in indexed if m.kind in NAMED), key=lambda t: (t[0], t[1])
    )
    at = {start: i for start, i, _ in named}
    by_index = {i: m for _, i, m in named}
    for _, i, m in named:
        for pattern in (_GOES_BY, _REAL_NAME):
            found = pattern.match(text, m.end)
            other = at.get(found.end()) if found else None
            if other is not None and other != i:
                uf.join(i, other, REASON)
                _join_called_in_full(m, by_index[other], named, i, uf)


def _join_called_in_full(
    m: Mention, other: Mention, named: Sequence[tuple[int, int, Mention]], i: int, uf: Union
) -> None:
    """ "Mr. Bush, known as Jeb" (or "John Ellis Bush, known as Jeb"): the document's "Jeb
    Bush" is that person too, the given name the text itself gave joined to their surname.
    No nickname list: only the word the apposition names."""
    surname = person_words(m.text)[0][-1:]
    nickname = person_words(other.text)[0]
    if m.type != "person" or not surname or len(nickname) != 1:
        return
    called = [nickname[0], surname[0]]
    for _, j, n in named:
        if n.type == "person" and person_words(n.text)[0] == called:
            uf.join(i, j, NICKNAME_REASON)
