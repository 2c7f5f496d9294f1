"""One family under its several collective names: "the Jackson family", "the Jackson
brothers", "the Jackson home" (the extract stage makes each a group mention:
:func:`briefgen.extract.family_names.family_names`).

A surname before a kinship plural or a household's dwelling names the family, whichever
noun follows it; the texts' "Jackson family", "Jackson clan", "Jackson brothers" and
"Jackson nieces" are one group, as "the Clintons" would be. Two families of one surname in
one corpus are not told apart here any more than by "same name in another document".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.aggregate.names import NAMED, word_tuple
from briefgen.extract.family_names import DWELLING_NOUNS, FAMILY_NOUNS

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

REASON = "the same surname before another word for the family"


def link_family_groups(mentions: list[Mention], uf: Union) -> None:
    """Join the group mentions "<surname> <family or dwelling noun>" of one surname."""
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        ws = word_tuple(m.text)
        if m.type != "group" or m.kind not in NAMED or len(ws) != 2:
            continue
        if ws[1] not in FAMILY_NOUNS | DWELLING_NOUNS:
            continue
        if ws[0] in first:
            uf.join(first[ws[0]], i, REASON)
        else:
            first[ws[0]] = i
