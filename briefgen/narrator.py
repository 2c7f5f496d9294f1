"""The writer's own voice: a live blog's segue, a press review.

A live blog and a press review are told by a writer who steers the reader between items
("Back to the real world, and …", "Over to Washington, where …") and reports what other
papers printed ("an important point noted in a few of the papers today"). Neither is an
event of the story: the segue is the writer's, the press review tells what was printed.

A feature's hook ("Trouble began yesterday when a minister objected to …") is not refused
here: the clause after "when" is a dated happening of its own, and refusing it cost the
judgments benchmark its only sentence on that happening (docs/timeline.md, wi10).
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


def narrators_voice(narration: str) -> bool:
    """Whether ``narration`` (a shown sentence, its quotations blanked) is in the writer's
    own voice: a segue between items, or a review of what the papers printed."""
    return any(rule.search(narration) for rule in (_SEGUE, _PAPERS))
