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

__all__ = ["assessment", "predicted_state"]

# The verb of a judgment about what is ahead: what it will be tied to, what it depends
# on, what something does not mean.
_ASSESSING = re.compile(
    r"\bwill\s+(?:be\s+)?(?:[a-z]+ly\s+)?(?:be\s+)?(?:tied|linked|determined|decided\s+by|shaped"
    r"|defined|driven|influenced|judged|measured|remembered|seen\s+as|depend|hinge|rest|ride)\b"
    r"|\b(?:depends?|hinges?|rests?|rides?)\s+(?:[a-z]+ly\s+)?(?:on|upon)\b"
    r"|\b(?:do|does|did|will|would)(?:\s+not|n['’]t)\s+(?:necessarily\s+)?mean\b",
    re.I,
)


# A state or a need the writer predicts for the date, told at the dated predicate: "will
# need his voters in the fall", "will have to win in November", "will be incredibly fierce",
# "is likely to be close". An arrangement is held, voted, opened, begun, due or set to; a
# state dated ahead is no event of its date. Told with an intensifier ("will be incredibly
# fierce", "will be very close") or an adjective's ending ("will be unavoidable",
# "competitive"), the state is an adjective's; a participle ("will be held", "will be sworn
# in"), a place or an occasion ("will be in Iowa", "will be back in court", "will be live
# on line at 4pm", "will be one of the speakers") is an arrangement.
_INTENSIFIER = r"(?:[a-z]+ly|very|so|too|more|less|even|much|far|still|quite|all\s+but)\s+"
_STATE = re.compile(
    r"\b(?:will|would|[’']ll|must|(?:is|are)\s+going\s+to)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
    r"(?:need|require|have\s+to"
    rf"|be\s+(?:{_INTENSIFIER})+(?![a-z]+(?:ed|en)\b)[a-z]+\b"
    r"|be\s+(?!available\b)(?:un|in|im)?[a-z]{3,}(?:able|ible|ive|ous|ful)\b)"
    r"|\b(?:is|are|was|were)\s+(?:not\s+)?(?:likely|unlikely|bound)\s+to\s+be\b",
    re.I,
)
# A dated phrase opening the sentence, up to its comma ("Starting Tuesday,", "From next
# week,"): its verb, if any, is the phrase's; the time it gives is the main clause's.
_FRONTED = re.compile(r"\W*(?:Starting|Beginning|From|By|Come|As\s+of)\s+[^,;:]{1,60},")
# What a predicate tells as a need, whatever its tense: "whose votes she needs in November".
_NEEDS = frozenset({"need", "require"})


def assessment(mention: EventMention) -> bool:
    """Whether ``mention``, dated as expected (``scheduled``), is a forecast or an
    assessment: its sentence's verb judges what is ahead ("will be closely tied to",
    "depends on", "doesn't mean") rather than telling an arrangement, or its dated predicate
    tells a state or a need predicted ("will need", "will have to", "is likely to be")."""
    if not mention.scheduled:
        return False
    return _ASSESSING.search(mention.evidence.sentence) is not None or predicted_state(mention)


def predicted_state(mention: EventMention) -> bool:
    """Whether ``mention``'s dated predicate tells a state or a need the writer predicts
    for the date (``_STATE``), not an event planned for it."""
    if mention.lemma in _NEEDS:
        return True
    if mention.predicate is None:
        return False
    ev = mention.evidence
    at = mention.predicate[0] - ev.sentence_start
    fronted = _FRONTED.match(ev.sentence)
    if fronted is not None and at < fronted.end():
        # "Starting Tuesday, the race will be fierce": the phrase dates its main clause
        return _STATE.search(ev.sentence, fronted.end()) is not None
    return any(m.start() <= at < m.end() for m in _STATE.finditer(ev.sentence))
