"""A sentence that presupposes a set or a thing only the sentences before name.

Beside pronouns and definite nouns (``standalone``, ``definite_acts``), news writing
takes up what it has just told in three more ways, each unreadable out of its article:

- the last member of a list: "Only Ohio remained uncalled" (of which contests?), "The rest
  were too close to call", "The others stayed home";
- a free relative for a thing told before: "is not familiar with the details of what was
  signed" (what?), "denied what was said";
- a state whose subject is the contest the sentences before named: "the race remained too
  close to call" (which race? read alone, the reader takes the national one);
- a day that stands for what happened on it, weighed: "Tuesday marked a turning point"
  (what happened on Tuesday, only the sentences before tell);
- a subject naming a thing only as a draft, copy or version of something, with nothing to
  say of what: "A draft document approved Saturday would move the party to the left" (a
  draft of the platform the sentence before named).

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

# A day standing as the subject for what happened on it, with only a weight put on it:
# "To Sexton, Tuesday marked a turning point", "Sunday was a watershed" (what happened, the
# sentences before told). "Tuesday marked the first anniversary of the shooting" and
# "Tuesday brought a vote in the Senate" say what the day held: kept.
_DAY_WEIGHED = re.compile(
    r"(?:^\W*|,\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today"
    r"|Yesterday)\s+(?:marked|marks|was|is|proved|became|represented|signaled|signalled)\s+"
    r"(?:(?:yet\s+)?(?:a|an|another)\s+)(?:[a-z-]+\s+){0,2}?"
    r"(?:turning\s+point|watershed|milestone|moment|low|high|low\s+point|high\s+point"
    r"|breakthrough|setback|shift|step|departure|reversal|change|first|day)"
    r"(?=\s*(?:[.,;:!?]|$|for\b|in\s+(?:the|his|her|their|its)\b))"
)

# A relational noun opening the sentence as its subject, its relatum left to the sentences
# before: "A draft document approved Saturday would …" (a draft of what?), "A revised
# version was sent …". "A draft of the platform", "A draft resolution on Syria" say.
_RELATUM_LEFT = re.compile(
    r"^\W*(?:(?:But|And|So)\s+)?(?:A|An|The)\s+(?:new\s+|revised\s+|final\s+|second\s+)?"
    r"(?:draft|copy|version|revision)(?:\s+(?:document|text|copy|version))?"
    # its verb next: "draft" before another noun ("the draft bill") is that thing's kind
    r"(?=\s+(?:[a-z]+ed|was|were|is|are|would|will|could|may|might|has|had|shows?|says?"
    r"|calls?|includes?|sets?|seen|obtained|made)\b)"
)


def presupposes(text: str) -> bool:
    """Whether ``text`` (a cleaned sentence) leans, in its narration, on a set or a thing
    only the sentences before name: the last of a list ("Only Ohio remained uncalled",
    "The rest were …"), a free relative ("what was signed"), or "the race" in a state
    ("the race remained too close to call"), or a day weighed for what happened on it
    ("Tuesday marked a turning point"), or a draft or a version of what it does not say
    ("A draft document approved Saturday …"). A quotation's are its speaker's."""
    narration = QUOTED.sub(" ", text)
    return any(
        p.search(narration) is not None
        for p in (_ONLY_LEFT, _THE_REST, _WHAT_WAS_DONE, _THE_RACE, _DAY_WEIGHED, _RELATUM_LEFT)
    )
