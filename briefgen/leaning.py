"""Sentences whose point is in the sentences before them, in ways no pronoun shows.

Shown alone, such a sentence names nothing a reader can look up, whatever the topic: the
rest of a set the sentence before began ("Other Republicans prepared …"), a reason said to
have become clear without being given, a bare "the" happening taking place ("The debate
took place as …"). ``shown.stands_alone`` refuses them.
"""

from __future__ import annotations

import re

__all__ = ["leans_back"]

# A reason or an answer said to have become clear, and not given: "By Wednesday night the
# reason why scientists had raised the alert also became clearer" (the reason is the next
# sentence's); one the sentence goes on to give (": …", "when …", "that …") stands.
_WITHHELD = re.compile(
    r"\b(?:reasons?|answers?|cause|purpose|motive|explanation)\b[^.;:]*\b(?:became|become"
    r"|becomes|becoming)\s+(?:\w+\s+)?(?:clear|clearer|obvious|apparent|evident)\b"
    r"(?!\s*(?::|when\b|as\b|after\b|that\b|with\b))",
    re.I,
)
# A happening named by a bare definite noun as the subject of its own taking place: "The
# debate took place as a new poll showed ...", "The meeting happened hours after ...":
# which debate, only the sentences before say ("The debate in Des Moines took place" does).
_THE_HAPPENING = re.compile(
    # "The latest cases came as …", "The first debate took place …" single one out
    r"^\W*The\s+(?!(?:latest|first|second|third|last|final|new|next)\b)(?:[a-z]+\s+)?[a-z]+\s+"
    r"(?:took\s+place|happened|occurred|unfolded|comes\s+as"
    r"|came\s+as)\b"
)
# "Other Republicans prepared for ...", "Others said ...": the rest of a set the sentences
# before began, told alone; "other than" and "Other than" compare with what they say.
_OTHERS = re.compile(r"^\W*(?:Other\s+(?!than\b)[\w-]+|Others\b)")
_THAN = re.compile(r"\bthan\b", re.I)


def leans_back(text: str, narration: str) -> bool:
    """Whether ``text`` (a cleaned sentence; ``narration``, the same without its
    quotations) leans on the sentences before it in one of the ways above."""
    if _WITHHELD.search(narration) or _THE_HAPPENING.match(narration):
        return True
    return _OTHERS.match(text) is not None and _THAN.search(narration) is None
