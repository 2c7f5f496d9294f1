"""The writer's own voice: a live blog's segue, a press review, a feature's hook.

A live blog and a press review are told by a writer who steers the reader between items
("Back to the real world, and …", "Over to Washington, where …") and reports what other
papers printed ("an important point noted in a few of the papers today"); a feature opens
on a scene whose subject points ahead to the sentences that explain it ("Trouble began
yesterday when …", "It all started when …"). None of these is an event of the story: the
segue is the writer's, the press review tells what was printed, and the hook's news is
in the sentences after it.
"""

from __future__ import annotations

import re

__all__ = ["narrators_voice"]

# The writer moving the reader to the next item: "Back to ...,", "Over to ...", "Moving
# on,", "Turning now to ...", "Meanwhile, back in ...".
_SEGUE = re.compile(
    r"^\W*(?:(?:meanwhile|elsewhere|now),?\s+)?(?:back\s+to|over\s+to|moving\s+on|turning"
    r"(?:\s+now)?\s+to|switching\s+to|(?:and\s+)?now\s+(?:back\s+)?to)\b",
    re.I,
)
# What the papers printed, the writer reviewing them: "noted in a few of the papers
# today", "today's front pages lead on", "most of the tabloids splash on".
_PAPERS = re.compile(
    r"\b(?:today|this\s+morning|yesterday|sunday)['’]s\s+(?:papers|newspapers|front\s+pages)\b"
    r"|\b(?:few|some|several|many|most|all|both)\s+of\s+the\s+(?:papers|front\s+pages)\b"
    r"|\bthe\s+(?:papers|front\s+pages)\s+(?:today|this\s+morning)\b",
    re.I,
)
# A hook whose subject points ahead: "Trouble began yesterday when …", "It all started
# with …", "The row erupted when …" (which trouble, which row: the next sentences tell).
_HOOK = re.compile(
    r"^\W*(?:(?:the\s+)?trouble|(?:the\s+)?problems?|it\s+all|things|the\s+(?:row|fuss|furore"
    r"|furor|controversy|drama|saga|spat|storm))\s+(?:\w+\s+){0,2}?"
    r"(?:began|begun|started|kicked\s+off|erupted|blew\s+up)\b[^.;:]{0,60}?\b(?:when|with|after)\b",
    re.I,
)


def narrators_voice(narration: str) -> bool:
    """Whether ``narration`` (a shown sentence, its quotations blanked) is in the writer's
    own voice: a segue between items, a review of what the papers printed, or a hook
    whose subject the next sentences explain."""
    return any(rule.search(narration) for rule in (_SEGUE, _PAPERS, _HOOK))
