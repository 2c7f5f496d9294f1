"""Whether a statement tells only the handling of the matter, not a view on it.

An agency's holding line ("is working with the ministry to review the incident") and a
court's procedural remark ("said he would dismiss the prospective jurors") are attributed,
quotable and true, but say nothing on the story: what the speaker does with the matter,
not what they hold or decided about it. Two shapes tell them, by verb class and object,
not by any document's words:

- a verb of handling (reviewing, assessing, examining, investigating, looking into,
  considering), maybe after a frame of working with someone "to", whose object is the
  matter itself, named only by its kind ("the incident", "the situation", "any threat");
- a verb of running a proceeding (dismissing or excusing its jurors, adjourning,
  recessing, reconvening) whose object, if any, is the proceeding or its panel.

A verdict on the matter, a finding or a decision of substance ("dismissed the charges",
"ruled the evidence admissible") has another verb or another object and is left alone.
"""

from __future__ import annotations

import re

from briefgen.models import Position

__all__ = ["process_only"]

# The content's short subject and its auxiliaries or modal, then adverbs of manner or time:
# "it is now", "he would", "officials are closely".
_SUBJECT = (
    r"^\W*(?:that\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:is|are|was|were|will|would|has|have|had|shall|'s|'re|’s|’re)\s+)?"
    r"(?:(?:been|be|going\s+to|to|also|now|currently|still|already|closely|carefully"
    r"|urgently|continuing\s+to|continues\s+to|continued\s+to)\s+){0,3}"
)
# Working alongside someone to do the handling: "working with the government to".
_ALONGSIDE = (
    r"(?:(?:work(?:ing|s|ed)?|liais(?:ing|es|ed)|cooperat(?:ing|es|ed)|in\s+contact|in\s+touch"
    r"|co-?ordinat(?:ing|es|ed))\s+(?:closely\s+)?with\s+[^,;:.]{1,80}?\s+to\s+)?"
)
_HANDLING = (
    r"(?:review|assess|evaluat|examin|investigat|stud(?:y|ies|ied|ying)|look(?:ing|s|ed)?\s+into"
    r"|consider|monitor)\w*"
)
# The matter itself, named by its kind only: "the current incident", "any threat".
_MATTER = (
    r"(?:the|this|that|any|all)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:incidents?|matters?|situation|case|issues?|circumstances|events?|reports?"
    r"|allegations?|claims?|complaints?|threats?|risks?|concerns?)\b"
)
# Running a proceeding: its panel sent away, the sitting adjourned.
_PROCEEDING = (
    r"(?:(?:dismiss|excus)(?:e|es|ed|ing)?\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:jurors|jury|panel)\b"
    r"|(?:adjourn|recess|reconven)(?:e|es|ed|ing|s)?\b"
    r"(?:\s+(?:the\s+)?(?:hearing|session|court|proceedings|sitting|trial)\b)?)"
)
_PROCESS = re.compile(
    rf"{_SUBJECT}(?:{_ALONGSIDE}{_HANDLING}\s+{_MATTER}|{_PROCEEDING})",
    re.I,
)
# What says more than the handling: a clause of reason, contrast or finding joined on.
_MORE = re.compile(
    r"[;:—–]|\s--\s|\b(?:but|although|though|because|however|after|found|concluded|until)\b",
    re.I,
)
# A denial or a refusal takes a side on the matter, whatever the verb.
_DENIES = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def process_only(p: Position) -> bool:
    """Whether ``p``'s content is only the handling of the matter (``_PROCESS``) and says
    nothing more (no joined clause of reason or finding, no denial)."""
    text = p.text
    return (
        _PROCESS.search(text) is not None
        and _MORE.search(text) is None
        and _DENIES.search(text) is None
    )
