"""Whether a sentence tells a development's outcome or a side angle of it.

A lede states the outcome: who did what ("X won the primaries in two states on Tuesday",
"the doctor was sentenced to four years"). The same evening's reports also carry lines
beside it that share its words and its day but not its news: a comparison of the
outcome's numbers ("More people voted for X than for Y in two states Tuesday night"),
or someone's words about it (a quotation). Shown as where the story stands, such a line
tells an angle of the news and leaves the news itself untold. Only the language's closed
classes are read: the comparative words of quantity and degree and "than".
"""

from __future__ import annotations

import re

__all__ = ["side_angle"]

_NUMBER = (
    r"\s+(?:[$£€]?\d|(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?"
    r"|twice|double)\b)"
)
_COMPARATIVE = r"\b(?:more|fewer|less|greater|higher|lower|larger|smaller|bigger|better|worse)"
# A comparison: a comparative of quantity or degree, then "than" ("more people voted for X
# than for Y", "turnout was higher than in 2012"). A bound on a number ("more than 100
# died", "fewer than half") counts the outcome; "rather than" and "other than" compare
# nothing.
_COMPARISON = re.compile(
    _COMPARATIVE + r"(?:\s+than\b(?!" + _NUMBER + r")|\s+[^.;:!?]*?(?<!rather)(?<!other)\s+than\b)",
    re.I,
)

# A quotation opening the sentence: one person's words, not where the story stands.
_QUOTES = ('"', "“", "‘", "«")


def side_angle(text: str) -> bool:
    """Whether ``text`` (a sentence) is a comparison or a quotation rather than the
    statement of an outcome."""
    return text.lstrip().startswith(_QUOTES) or _COMPARISON.search(text) is not None
