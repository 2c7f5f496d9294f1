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

from briefgen.aggregate.names import NAMED
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


def link_known_as(indexed: Sequence[tuple[int, Mention]], text: str, uf: Union) -> None:
    """Join, within one document's mentions (index, mention), a name to the other name
    the text gives right after it ("X, known as Y"; "Y, whose real name is X")."""
    named = sorted(
        ((m.start, i, m) for i, m in indexed if m.kind in NAMED), key=lambda t: (t[0], t[1])
    )
    at = {start: i for start, i, _ in named}
    for _, i, m in named:
        for pattern in (_GOES_BY, _REAL_NAME):
            found = pattern.match(text, m.end)
            other = at.get(found.end()) if found else None
            if other is not None and other != i:
                uf.join(i, other, REASON)
