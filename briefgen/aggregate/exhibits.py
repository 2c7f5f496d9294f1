"""A statement heard as evidence at a trial: a recording played in court, which the report
paraphrases in the present tense ("In the audio, Ann Holt tells her doctor … Holt says the
shows will be for children"). The words were said when the recording was made, often
years before, and were played to show the speaker's state or the other side's acts. A
profile read as "what the actor says on the story" would show them as a current stance,
dated at the trial, so it leaves them out (``keypositions``).
"""

from __future__ import annotations

import re

from briefgen.models import Position

__all__ = ["played_in_court"]

_EXHIBIT = r"(?:recording|recordings|audio|tape|tapes|clip|video|footage|voicemail|wiretap)"
# A passage telling a recording's content: "In the audio recorded in May, …", "On the
# tape, …", "a recording played in court in which …", "… is heard telling …".
_TELLS_EXHIBIT = re.compile(
    r"(?:^|\n|[.!?][”\"’]?\s+)"
    rf"\W*(?:In|On)\s+(?:the|a|that|this|one)\s+(?:[\w'’-]+\s+){{0,2}}?{_EXHIBIT}\b"
    rf"|\b{_EXHIBIT}\b[^.\n]{{0,80}}\bin\s+which\b"
    r"|\b(?:is|was|can\s+be)\s+heard\s+(?:saying|telling|asking|describing)\b",
    re.I,
)
# The passage is a trial's: the court, the jury, a side's lawyers
_COURT = re.compile(
    r"\b(?:court|courtroom|trial|jury|jurors|prosecutors?|prosecution|defen[cs]e\s+lawyers?)\b",
    re.I,
)
# How far before the statement's sentence the passage may open: the lede and the sentence
# before, on a page of one line a sentence
_BEFORE = 600


def played_in_court(p: Position, text: str) -> bool:
    """Whether ``p`` paraphrases a recording played at a trial: its sentence, or the one
    before it, tells a recording's content (``_TELLS_EXHIBIT``), and the passage from
    ``_BEFORE`` characters before its sentence to its end is a trial's (``_COURT``).
    Without the document's ``text`` nothing is."""
    if not text:
        return False
    start = p.evidence.sentence_start
    sentence_end = start + len(p.evidence.sentence)
    before = text.rfind("\n", 0, max(0, start - 1))
    own_and_last = text[max(before, start - _BEFORE, 0) : sentence_end]
    if _TELLS_EXHIBIT.search(own_and_last) is None:
        return False
    return _COURT.search(text[max(0, start - _BEFORE) : sentence_end]) is not None
