"""A person the corpus names only by the surname: one actor, not one per document.

Wire copy names a head of state it assumes every reader knows by title and surname alone
("President Clinton", "Clinton said"), in story after story, and never in full. The
surname rules join a bare surname to a full name ending in it (:mod:`shortnames`); with no
full name there, each document's "Clinton" was an actor of its own, a president split
over seventeen one-mention records. A one-word person's name that no full name of the
corpus ends or opens with, given one title of office in two documents or more ("President
Clinton") and no other, is one person across documents, unless the texts' honorifics
disagree on the gender ("Mr." in one, "Mrs." in another: two people of that name).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.name_titles import title_gender
from briefgen.aggregate.names import NAMED, person_words, words
from briefgen.aggregate.offices import OFFICES as _OFFICES

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention


def link_bare_surnames(mentions: list[Mention], texts: dict[str, str], uf: Union) -> None:
    """Join the one-word person names that no full name of the corpus ends or opens with,
    across documents, when two texts give it the same title of office and no text another."""
    in_full: set[str] = set()
    bare: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.type != "person" or m.kind not in NAMED:
            continue
        named, suffix = person_words(m.text)
        if len(named) >= 2:
            in_full.update((named[0], named[-1]))
        elif len(named) == 1 and suffix is None:
            bare[named[0]].append(i)
    for word, group in bare.items():
        if word in in_full or len({mentions[i].doc for i in group}) < 2:
            continue
        genders = {title_gender(texts.get(mentions[i].doc, ""), mentions[i]) for i in group}
        if len(genders - {None}) > 1:
            continue  # "Mr. Lee" and "Mrs. Lee": two people of that name
        # the title of one office in two documents at least ("President Clinton"): an
        # honorific alone ("Mr. King") says nothing of who, and a name missed by the
        # recogniser may leave two people of one surname with no full name
        offices = {
            (mentions[i].doc, words(role)[-1])
            for i in group
            if (role := mentions[i].role) and words(role) and words(role)[-1] in _OFFICES
        }
        if len({office for _, office in offices}) != 1 or len(offices) < 2:
            continue
        for i in group[1:]:
            uf.join(group[0], i, "the same surname and title, named in full nowhere in the corpus")
