"""Cues that are the writer's account of an actor rather than an act of saying: a
forecast ("will pledge"), a state of mind ("believe"), an effort ("sought to"), a plight
("found himself"), a gerund a notion governs ("the notion of admitting") and a noun cue
("X's plan is …"). A profile shows what the actor stated, and leaves these out.
"""

from __future__ import annotations

import re

from briefgen.extract.cues import NOUN_CUES
from briefgen.models import Position

# A cue of what is yet to be said ("will pledge", "is expected to say", "is likely to
# stress"), or may be ("may now ask", "might argue"): the writer's forecast or guess, no
# statement.
_FORECAST = re.compile(
    r"^(?:(?:probably|possibly|perhaps|likely|presumably|reportedly|apparently|allegedly"
    r"|supposedly|seemingly|maybe)\s+)?"  # "probably will find": the writer's guess
    r"(?:will|shall|may|might|could|is\s+(?:expected|likely|set|due)\s+to"
    r"|are\s+(?:expected|likely|set|due)\s+to)\b",
    re.I,
)
# Verbs of a state of mind ("Republicans believe …", "Democrats don't think …", "learned
# that …"): the writer saying what the actor thinks, not the actor saying it. A profile
# shows what the actor stated.
_MIND = frozenset(
    """
    believe believes believed think thinks thought know knows knew learn learns learned learnt
    understand understands understood feel feels felt fear fears feared worry worries worried
    wonder wonders wondered doubt doubts doubted suspect suspects suspected assume assumes
    assumed realize realizes realized realise realises realised aware
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# Verbs of trying ("sought to turn the tables", "struggled to answer", "is seeking new
# applications for the technology"): the writer's account of what the actor was after,
# and a reflexive "found himself in …": of their plight. Neither is a statement of the
# actor's.
_EFFORT = frozenset(
    """
    seek seeks sought seeking try tries tried trying struggle struggles struggled struggling
    attempt attempts attempted attempting strive strives strove striving
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_REFLEXIVE = re.compile(r"^\W*(?:himself|herself|themselves|itself)\b", re.I)
# A gerund cue after a notion ("floated the notion of admitting refugees"): an act the
# actor put forward, not one they did or a statement they made.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:notion|idea|possibility|prospect|plan|proposal|option|suggestion|thought)s?"
    r"(?:\s+[A-Z]\w+)?\s+(?:of|about)\s+$",  # "the notion Sunday of admitting"
    re.I,
)


def of_mind(p: Position) -> bool:
    """Whether a reported statement's cue is a state of mind, an effort or a plight, or a
    gerund a preposition governs: the writer's account, not an act of saying."""
    if p.kind != "reported" or not p.cue:
        return False
    cue = p.cue.split()
    if cue[-1].casefold() in _MIND:
        return True
    if cue[-1].casefold() in _EFFORT:
        return True  # "sought to turn the tables", and "is seeking new applications for …"
    if cue[-1].casefold() in ("found", "finds", "find") and _REFLEXIVE.match(p.text):
        return True
    if not cue[0].casefold().endswith("ing"):
        return False
    ev = p.evidence
    at = ev.sentence.rfind(p.cue, 0, max(0, p.start - ev.sentence_start))
    return at > 0 and _AFTER_PREPOSITION.search(ev.sentence, 0, at) is not None


def noun_cue(cue: str | None) -> bool:
    """ "X's plan is intended to …": the writer describing the actor's plan, not the actor."""
    last = cue.split()[-1].casefold() if cue else ""
    return last in NOUN_CUES or last.rstrip("s") in NOUN_CUES


def forecast(cue: str | None) -> bool:
    """Whether ``cue`` tells of what is yet to be said, or may be (``_FORECAST``)."""
    return bool(cue and _FORECAST.match(cue))
