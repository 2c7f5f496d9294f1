"""A sentence that presupposes a set or a thing only the sentences before name.

Beside pronouns and definite nouns (``standalone``, ``definite_acts``), news writing
takes up what it has just told in three more ways, each unreadable out of its article:

- the last member of a list: "Only Ohio remained uncalled" (of which contests?), "The rest
  were too close to call", "The others stayed home";
- a free relative for a thing told before: "is not familiar with the details of what was
  signed" (what?), "denied what was said";
- a state whose subject is the contest the sentences before named: "the race remained too
  close to call" (which race? read alone, the reader takes the national one).

``shown.stands_alone`` refuses them: no rule here can name the set or the thing from the
sentences before without guessing, so the sentence is not shown alone.
"""

from __future__ import annotations

import re

from briefgen.contests import OPEN_STATE
from briefgen.extract.quotes import QUOTED

__all__ = ["presupposes"]

# "Only Ohio remained uncalled", "Only Ohio and Iowa were still to report": the one member
# left of a set the sentences before listed.
_ONLY_LEFT = re.compile(
    r"^\W*(?:(?:But|And|So)\s+)?Only\s+(?:(?:[A-Z][\w.'’-]*|and|of)\s+){1,4}"
    r"(?:remained|remains|was\s+(?:still|left|yet)|is\s+(?:still|left|yet)|were\s+(?:still|left)"
    r"|are\s+(?:still|left)|had\s+yet|has\s+yet|have\s+yet|had\s+not|has\s+not|was\s+not|is\s+not)\b"
)
# "The rest were …", "The others stayed …", "The remainder went …": of what, said before.
# "The rest of the field", "the others in the room" say.
_THE_REST = re.compile(
    r"^\W*(?:(?:But|And|So)\s+)?[Tt]he\s+(?:rest|others|remainder)\b(?!\s+(?:of|in|at|on|from)\b)"
)
# A free relative naming a thing only as what was done to it, with nothing after its verb
# to say which: "the details of what was signed." ("what was signed on Monday by the
# governor" is as vague, but says when and by whom; it is kept).
_WHAT_WAS_DONE = re.compile(
    r"\bwhat\s+(?:was|were|had\s+been|has\s+been|have\s+been|is\s+being|was\s+being)\s+"
    r"(?:[a-z]{2,}ed|said|done|told|signed|agreed|written|made|meant|sold|found|shown|given"
    r"|sent|brought|taken|seen|heard|known|put)"
    r"(?=\s*(?:[.,;:!?)\]”\"’]|$|and\b|but\b|or\b))"
)
# A contest's state with the contest left to the sentences before: "the race remained too
# close to call", "the contest was still undecided" (the open states ``announcing`` reads
# too: ``contests.OPEN_STATE``; of the race, "close" is one). "The Missouri race", "the
# race for governor" name theirs.
_THE_RACE = re.compile(
    r"\b[Tt]he\s+(?:race|contest)\s+(?:remained|remains|was|is|stayed|stays)\s+(?:still\s+)?"
    rf"(?:{OPEN_STATE}|close)\b"
)


def presupposes(text: str) -> bool:
    """Whether ``text`` (a cleaned sentence) leans, in its narration, on a set or a thing
    only the sentences before name: the last of a list ("Only Ohio remained uncalled",
    "The rest were …"), a free relative ("what was signed"), or "the race" in a state
    ("the race remained too close to call"). A quotation's are its speaker's."""
    narration = QUOTED.sub(" ", text)
    return any(
        p.search(narration) is not None for p in (_ONLY_LEFT, _THE_REST, _WHAT_WAS_DONE, _THE_RACE)
    )
