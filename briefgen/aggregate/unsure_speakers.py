"""Statements whose named speaker the text itself says is not theirs alone.

The name at a statement's cue is not always who said it. The text may say so itself:

- a joint statement of several subjects ("Spain and the UK confirmed two cases each"),
  which under one of them reads as that one's;
- the subject of what a reporting aside tells ("Democrats, Frank notes, applaud …"):
  Frank's account of the Democrats, not a statement of theirs;
- a statement whose speaker is named inside another speaker's attributed statement
  ("Murray said that Jackson complained …"): told in the other's account.

Profiles left these out; the JSON gave the named actor as their speaker all the same. Here,
where the positions are attributed, a joint statement's speaker becomes its subjects as
written ("Spain and the UK", no actor's id: none of them said it alone), and the others lose
their speaker: unknown beats wrong.

A statement reported right after another's testimony may be the narrative retelling that
testimony (a doctor's account to the police), but as often a new speaker's own word after
a hearing ("Clinton testified … FBI Director James Comey said those statements were wrong"):
profiles leave it out (:meth:`accounts.Accounts.retold`); here it keeps its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.aggregate.accounts import Accounts
from briefgen.aggregate.speakerfit import aside_subject, joint_subjects
from briefgen.models import Position

__all__ = ["without_unsure_speakers"]

# Joint subjects read as a speaker: a few names or titles joined by "and" ("Spain and the
# UK", "Mr. Grassley and Mr. Leahy"). A clause in them ("… NHS which covers a region of two
# dozen hospitals"), or a thing someone has ("Obama and Clinton's gut reaction"), is no
# speaker: the statement is left without one.
_LONGEST_JOINT = 8
_NOT_A_SPEAKER = re.compile(r"\b(?:which|who|whose|that|where)\b|['’]s\s+[a-z]")


def _names_only(joint: str) -> bool:
    return len(joint.split()) <= _LONGEST_JOINT and not _NOT_A_SPEAKER.search(joint)


def without_unsure_speakers(
    positions: Sequence[Position], texts: Mapping[str, str]
) -> list[Position]:
    """``positions`` (attributed, :func:`actors.attribute_positions`), each joint statement
    given to its subjects as written, and each reporting aside's subject and statement whose
    speaker is named inside another's left without a speaker (``texts``: each document's
    text by its id)."""
    accounts = Accounts(positions)
    out = []
    for p in positions:
        text = texts.get(p.doc, "")
        if p.speaker is None:
            out.append(p)
        elif (joint := joint_subjects(p, text)) is not None and _names_only(joint):
            out.append(replace(p, speaker=joint, speaker_id=None, attribution="inferred"))
        elif joint is not None or aside_subject(p, text) or accounts.named_inside(p):
            out.append(
                replace(p, speaker=None, speaker_id=None, speaker_mention=None, attribution="none")
            )
        else:
            out.append(p)
    return out
