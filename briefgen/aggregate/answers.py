"""A statement that answers a question the sentence before it asked its speaker.

News copy tells an exchange in two sentences: "A radio host asked Ruiz how voters should
view her fees." and then the answer, "“I spoke to a wide array of groups …,” said Ruiz."
Shown in a profile without the question, the answer reads as a remark on nothing in
particular: what it answers (her fees) is lost. A profile does not show such an account of
the speaker's own conduct; a claim of its own, or a statement that says what it answers
("Asked about her fees, Ruiz said …"), stays.
"""

from __future__ import annotations

import re

from briefgen.aggregate.names import words
from briefgen.models import Position

__all__ = ["answers_elsewhere"]

# The sentence before reports a question put to someone: "asked Ruiz how …", "asked her
# whether …", "Ruiz was asked about …".
_ASKED = re.compile(
    r"\basked\s+(?P<whom>[A-Z][\w'’.-]+|him|her|them)\b"
    r"|(?P<subject>[A-Z][\w'’.-]+|[Hh]e|[Ss]he|[Tt]hey)\s+was\s+(?:also\s+)?asked\b"
)
# The statement's own sentence says what it answers.
_OWN_QUESTION = re.compile(r"\b(?:asked|question|questions|answer|answered|responding)\b", re.I)
# An answer that tells the speaker's own past conduct ("I spoke to a wide array of groups
# …", "We did what the law required"): its matter is the question's (the fees, the
# emails). An answer that makes a claim of its own ("Usually, eventually the voters make
# good decisions") stands without the question, and is kept.
_OWN_CONDUCT = re.compile(
    r"^\W*(?:(?:well|look|so|now|listen|no|yes)\W+)?(?:I|we)\s+(?:(?:have|had|'ve|’ve)\s+)?"
    r"(?:[a-z]+ed|spoke|said|did|gave|made|went|took|was|were|got|met|sent|told|wrote|paid"
    r"|been|done|given|spoken)\b",
    re.I,
)
# Where the sentence before ends: a sentence mark, with its closing quotation mark, and a
# space or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s+")
_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
# How far back the sentence before is looked for.
_BACK = 400


def answers_elsewhere(p: Position, text: str) -> bool:
    """Whether ``p``, telling its speaker's own past conduct (``_OWN_CONDUCT``), answers a
    question the sentence before its own (in its document's ``text``) put to its speaker,
    named or by a pronoun, while its own sentence does not say what it answers."""
    if _OWN_CONDUCT.match(p.text) is None:
        return False
    at = p.evidence.sentence_start
    if not text or text[at : at + len(p.evidence.sentence)] != p.evidence.sentence:
        return False
    if _OWN_QUESTION.search(p.evidence.sentence):
        return False
    before = text[max(0, at - _BACK) : at].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    previous = before[ends[-1] :] if ends else before
    speaker = {w for w in words(p.speaker or "")}
    for m in _ASKED.finditer(previous):
        whom = (m["whom"] or m["subject"] or "").lower()
        if whom in _PRONOUNS or whom in speaker:
            return True
    return False
