"""Whether a title before a name is the office the person held back then, not now.

Background sentences tell a career: "Attorney Ann Holt was elected governor of Marlow in
2009" gives "Attorney", the job she had before that election, while the story's present
calls her governor. A title on the subject of a past-tense clause that dates itself to a
year before the document's own is that year's title, not the person's role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["title_held_before"]

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def title_held_before(ent: Span, document_date: str | None) -> bool:
    """Whether ``ent`` is the subject of a past-tense clause that names a year before the
    document's (``document_date`` "YYYY-MM-DD"): its title is the one it held that year.
    Without the document's date nothing is earlier."""
    if not document_date or not _YEAR.match(document_date[:4]):
        return False
    root = ent.root
    if root.dep_ not in _SUBJECTS:
        return False
    verb = root.head
    past = verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )
    if not past:
        return False
    year = int(document_date[:4])
    return any(
        _YEAR.match(t.text) and int(t.text) < year
        for t in verb.subtree
        if not (ent.start <= t.i < ent.end)
    )
