"""Whether a role is stated of an actor as a fact, not of a world that did not happen.

Court and policy copy describes relief refused, or a plan dropped, in the words of the
relief itself: "The judges denied his request. Making Tom Reed the company's trustee would
have allowed him to sell." The role ("trustee") is the complement of a making or naming
verb that is not a finite act ("making", "to name"), in a sentence a modal makes unreal
("would have allowed"): proposed, refused, never held. A title or an appositive in such a
sentence ("Senator Ann Holt said it would have passed") is the narrator's and stays; so
does a finite appointment ("the board named Tom Reed trustee").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefgen.models import Mention

__all__ = ["stated_as_fact"]

# right before the name: a making or naming verb that is no finite act, so its complement
# is the role offered ("Making Tom Reed trustee", "to name Ann Holt chairwoman")
_OFFERED = re.compile(
    r"\b(?:making|naming|appointing|electing|declaring|to\s+(?:make|name|appoint|elect|declare))"
    r"\s+$",
    re.IGNORECASE,
)
# the sentence's mood: a modal ("would have allowed", "could make")
_MODAL = re.compile(r"\b(?:would|could|might)\b", re.IGNORECASE)
# a sentence ends at a full stop, a question or an exclamation before a space, or a line
_END = re.compile(r"[.!?](?=[\s'\"”’]|$)|\n")


def stated_as_fact(m: Mention, texts: Mapping[str, str]) -> bool:
    """Whether the mention's role is no role offered in an unreal sentence ("making Tom
    Reed trustee would have allowed …"). A document whose text is unknown tells nothing:
    its roles are facts."""
    text = texts.get(m.doc)
    if text is None or not _OFFERED.search(text, max(0, m.start - 20), m.start):
        return True
    left = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    stop = _END.search(text, m.end)
    return not _MODAL.search(text, left, stop.start() if stop else len(text))
