"""A forecast or an assessment dated ahead: commentary, not a planned event.

"X's success in November will be closely tied to what voters think of Y" and "The
resentments don't mean a rift will put the state up for grabs in November" date a future
month, and the extract stage marks such a clause as scheduled (a modal, a date ahead). But
their main verb judges or predicts; nothing is arranged for that day. Shown under
"November (planned)", they would read as a plan that the sentence reports.
"""

from __future__ import annotations

import re

from briefgen.models import EventMention

__all__ = ["assessment"]

# The verb of a judgment about what is ahead: what it will be tied to, what it depends
# on, what something does not mean.
_ASSESSING = re.compile(
    r"\bwill\s+(?:be\s+)?(?:[a-z]+ly\s+)?(?:be\s+)?(?:tied|linked|determined|decided\s+by|shaped"
    r"|defined|driven|influenced|judged|measured|remembered|seen\s+as|depend|hinge|rest|ride)\b"
    r"|\b(?:depends?|hinges?|rests?|rides?)\s+(?:[a-z]+ly\s+)?(?:on|upon)\b"
    r"|\b(?:do|does|did|will|would)(?:\s+not|n['’]t)\s+(?:necessarily\s+)?mean\b",
    re.I,
)


def assessment(mention: EventMention) -> bool:
    """Whether ``mention``, dated as expected (``scheduled``), is a forecast or an
    assessment: its sentence's verb judges what is ahead ("will be closely tied to",
    "depends on", "doesn't mean") rather than telling an arrangement."""
    return mention.scheduled and _ASSESSING.search(mention.evidence.sentence) is not None
