"""One meeting series under its names: "Moscow Format" and "Moscow forum".

A diplomatic or negotiating series named by its host place (:mod:`briefgen.extract.
meeting_series`) is written with one or another of the series nouns ("the Minsk format",
"the Minsk talks", "the Minsk process"): the same place before any of them names the one
series. Two places never join, and a place's treaty or accord is never among the names
(its noun is not a series noun).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.names import words
from briefgen.extract.meeting_series import SERIES_NOUNS

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention


def link_meeting_series(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """Organisations named by one place and a meeting-series noun join."""
    by_place: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for group in other.values():
        m = mentions[group[0]]
        ws = words(m.text)
        if m.type == "org" and len(ws) >= 2 and ws[-1] in SERIES_NOUNS:
            by_place[tuple(ws[:-1])].append(group[0])
    for found in by_place.values():
        for i in found[1:]:
            uf.join(found[0], i, "the same place's meeting series under another noun")
