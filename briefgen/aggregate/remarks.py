"""Attributed lines that are remarks, not stances on the story, which a profile ranks below
any stance (``keypositions``).

A wire service's live blog reports every reaction with a speech verb, one line an entry,
so a candidate's kind words on a rival's exit and a candidate's joke about his own day read
like positions. They are true and attributed, but say nothing on the story's issues:

- praise or thanks of a person as the whole content: "is praising Ann Holt, who ended her
  bid, as “a woman who kept it clean”", "thanked Tom Reed for his service". Praise of a
  plan, a ruling or a record ("praised the court's decision") is a stance
  (``person_praised``);
- a conditional about the speaker's own doings, in the first or third person: "if he
  spent the day in Marlow he'd be doing nothing more than shaking hands" (``own_if``).
  A promise ("if I'm elected, I will …") tells what the speaker would decide, not what
  they would be doing, and is not one.
"""

from __future__ import annotations

import re

from briefgen import speech_verbs
from briefgen.models import Position

__all__ = ["own_if", "person_praised", "remark"]

# Cues of kind words for someone: praise, thanks, congratulations, tribute
_PRAISING = speech_verbs.forms(
    """
    praise thank congratulate commend salute laud compliment hail applaud
    """.split(),  # noqa: SIM905 - a word list reads best as prose
    "base",
    "third",
    "past",
    "gerund",
)
# The content opens on a person: a name of two or three capitalised words, or a pronoun,
# not the possessive of one ("Ann Holt's plan" is a plan), then a pause, "as", "for", or
# the end. A title before the name ("Gov. Ann Holt") is the narrator's and may open it.
_PERSON_OPENING = re.compile(
    r"^\W*(?:(?:[A-Z][a-z]{0,4}\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}"
    r"|him|her|them)(?!['’]s?\b)(?=\s*(?:,|\bas\b|\bfor\b|$))"
)
# A that-clause after the person ("thanked Tom Reed, saying that the bill …") says more.
_THAT_CLAUSE = re.compile(r"\b(?:that|saying|arguing|calling\s+(?:on|for))\b", re.I)


def person_praised(p: Position) -> bool:
    """Whether ``p``'s cue praises or thanks (``_PRAISING``) and its content opens on a
    person (``_PERSON_OPENING``) with no claim of its own after it (``_THAT_CLAUSE``)."""
    cue = (p.cue or "").split()
    if not cue or cue[-1].casefold() not in _PRAISING:
        return False
    return _PERSON_OPENING.match(p.text) is not None and _THAT_CLAUSE.search(p.text) is None


# "if he spent the day …, he'd be doing …", "if I were there I would be sitting …": an
# if-clause whose subject is a personal pronoun, then a conditional progressive of the same
# person: what the speaker would be doing, not what they would decide.
_OWN_IF = re.compile(
    r"^\W*if\s+(?P<who>I|he|she|we)\s+[^,;:.]{0,80}?,?\s*(?P=who)\s*(?:['’]d|would)\s+"
    r"(?:(?:just|only|probably|still)\s+)?be\s+(?:\w+\s+){0,3}?\w+ing\b",
    re.I,
)


def own_if(p: Position) -> bool:
    """Whether ``p`` is a conditional of what the speaker would be doing (``_OWN_IF``)."""
    return _OWN_IF.match(p.text) is not None


def remark(p: Position) -> bool:
    """Whether ``p`` is a remark rather than a stance: a person praised or thanked
    (``person_praised``), or what the speaker would be doing (``own_if``)."""
    return person_praised(p) or own_if(p)
