"""Whom a page's headline names: the story's own word on who is who.

The extraction reads no statement from a headline, but a headline naming "Randy Jackson"
over a lede that a caption cut short ("… Michael Jackson, has been admitted to hospital")
says whom the story's bare "Jackson" stands for. The full names a document's body gives its
people are looked for in its headlines, where they stand; :func:`linking.link_within`
counts each as a naming of that person at that place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefgen.extract.actors import plain
from briefgen.models import Mention


def named_in_furniture(
    text: str, furniture: Sequence[tuple[int, int]], people: Mapping[int, Mention]
) -> list[tuple[int, int]]:
    """(offset, person) for each full name of the document's people (``people``: a mention
    of each, by its cluster) written out in one of the spans of ``furniture`` (its
    headlines, which the extraction does not read)."""
    out: list[tuple[int, int]] = []
    if not furniture:
        return out
    names = [(person, plain(m.text)) for person, m in people.items()]
    patterns: dict[str, re.Pattern[str]] = {}
    for start, end in furniture:
        shown = text[start:end]
        for person, name in names:
            # most names are in no headline: the substring test spares compiling a pattern
            # for each (a corpus has more names than the regex module's cache holds)
            if not name or name not in shown:
                continue
            if name not in patterns:
                patterns[name] = re.compile(rf"\b{re.escape(name)}\b")
            for found in patterns[name].finditer(shown):
                out.append((start + found.start(), person))
    return sorted(out)
