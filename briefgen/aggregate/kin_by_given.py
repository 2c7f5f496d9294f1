"""Who a document introduces by the given name alone as someone's relative ("a memoir by
Jermaine Jackson about his brother, Michael"): their given name is what it calls them by,
so a bare surname after it is the other one's.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefgen.aggregate.middlenames import FullNames
from briefgen.aggregate.names import NAMED, person_words, words
from briefgen.aggregate.relatives import relation_word
from briefgen.models import Mention


class KinByGivenName:
    """The document's relatives named by the given name alone, and where it first names
    each person in full."""

    def __init__(
        self,
        by_pos: list[tuple[int, Mention]],
        by_index: Mapping[int, Mention],
        full: FullNames,
        text: str,
    ) -> None:
        self.text = text
        self.kin_given = [
            (m.start, words(m.text)[0])
            for _, m in by_pos
            if m.type == "person"
            and m.kind in NAMED
            and len(words(m.text)) == 1
            and relation_word(text, m) is not None
        ]
        # where the text first names each person in full (its headlines aside)
        first_full: dict[tuple[str, ...], int] = {}
        for g in full.values():
            ws = tuple(person_words(by_index[g[0]].text)[0])
            first_full[ws] = min(first_full.get(ws, len(text)), by_index[g[0]].start)
        self.first_full = first_full

    def introduced(self, name: tuple[str, ...], at: int) -> bool:
        """Whether the person of ``name`` is named by the given name as a relative before
        ``at``, and not in full before that."""
        return any(
            start < at and given == name[0] and self.first_full.get(name, len(self.text)) > start
            for start, given in self.kin_given
        )
