"""Bylines and sign-offs: the lines that name the story's own writers ("By Jane Roe",
"From Jane Roe in Oaxaca", "(Reporting by …)", "Follow Jane Roe on Twitter", "Jane Roe
reports from Paris"), alone or glued to the text.

Only the general shapes of page parts are named here, never a site, a publisher or a topic.
"""

from __future__ import annotations

import re

from briefgen.structure.shapes import _GRAMMAR, _NAME_WORD
from briefgen.when import MONTH_NAMES

_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")

# "By Jane Roe", "From Jane Roe in Oaxaca" (a correspondent's dateline byline): the opening
# word in either case, the names capitalised
_BYLINE = re.compile(
    r"^\W*(?i:by|from|written by|words by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*"
    r"(?:\s+in\s+[A-Z][\w'’.-]+(?:[\s,]+[A-Z][\w'’.-]+){0,3})?(?:\s*[,|–—-]\s*.{0,60})?$"
)
_CREDIT = re.compile(
    r"(?i)^\W*\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b"
)

_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# A title's full stop inside a phrase ("on Mr. Poe's visit"), not a sentence's end.
_TITLE_DOT = r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St)\."
# A line inviting readers to follow the writer: "Follow Jane Roe on Twitter @janeroe",
# "Follow her on Twitter: @janeroe", "Follow @janeroe on Twitter and Facebook". The writer
# is named, a pronoun or a handle; the platform may be followed by a handle or another
# platform, never by more than a line's tail.
_FOLLOW = re.compile(
    r"^\W*Follow\s+(?:" + _NAME + r"|@\w+|him|her|them|us|me)\s+on\s+[A-Z]\w*"
    r"(?:[^\w\n][^\n]{0,80})?$"
)
# The writer's one-line biography before such an invitation: "Jane Roe is a reporter for
# the Daily Post. Follow her …" (the invitation says whose line it is: alone, the sentence
# may be a story's own, about a journalist).
_WRITER_BIO = re.compile(
    r"^\W*" + _NAME + r"\s+(?:is|writes\s+for)\s+(?:(?:a|an|the)\s+)?[^.!?\n]{0,80}?\b"
    r"(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|blogger"
    r"|producer)s?\b[^.!?\n]{0,100}[.!]\s+(?=Follow\s)"
)
# Where a sign-off glued after a paragraph's last sentence may open.
_GLUED_SIGN_OFF = re.compile(r"[.!?\"”’)]\s+(?=Follow\s|" + _NAME + r"\s+(?:is|writes)\s)")
# A line handing over to the outlet's own reporter, a video's or a report's caption: "Jane
# Roe reports from Paris", "BBC reporter Jane Roe reports on the vote", "The BBC's Jane Roe
# reports.", "From Paris, Jane Roe reports." The reporter opens the line (after the
# newsroom's possessive or its role noun) and "reports" is its verb: a sentence quoting the
# correspondent as a source ("…, says the BBC's Jane Roe in Paris") is the story's.
_HAND_OVER = re.compile(
    r"^\W*(?:From\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)?"
    r"(?:(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}['’]s\s+"
    r"|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+(?:reporter|correspondent|editor)\s+)?"
    + _NAME
    + r"\s+reports(?:\s+(?:from|on|in)\s+(?:[^.!?\n]|"
    + _TITLE_DOT
    + r"){1,160})?\s*\.?\s*$"
)
# An anchor's hand-over run into the end of the paragraph introducing the report ("… the
# two leaders' talks. The Wirex's Jo Roe reports on Mr. Poe's visit."), as broadcast
# transcripts set it: the candidates are checked whole by ``_HAND_OVER``.
_GLUED_HAND_OVER = re.compile(r"[.!?\"”’)]\s+(?=[A-Z][^.!?\n]{0,80}?\sreports\b)")
CREDIT_PREFIX = re.compile(
    r"^\((?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\b[^()]{0,400}\)\s*",
    re.IGNORECASE,
)

# A correspondent's dateline byline glued before the lede: "From Jane Roe in Oaxaca The
# march began …". The place ends where names cannot go on (as a glued credit does); "From
# Monday in London …" is a time, the lede's own.
_CALENDAR_WORD = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_NAMES})\b"
BYLINE_PREFIX = re.compile(
    r"^\W*From\s+(?!" + _CALENDAR_WORD + r")[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|de|da|del|van|von|la|le)){1,3}\s+in\s+"
    r"(?:" + _NAME_WORD + r",?\s+){1,4}?(?=" + _GRAMMAR + r"|[\"“‘]?[A-Z][a-z]*\s+[a-z])"
)
_SENTENCE_END = re.compile(r"[.!?\"”’]\s+(?=From\s)")


def inner_byline(text: str, start: int, within: int) -> tuple[int, int] | None:
    """Where a dateline byline glued after the opening's summary sentence stands ("… a
    summary. From Jane Roe in Oaxaca The lede …"), searched ``within`` characters of
    ``start``: its start and end, or None."""
    for end in _SENTENCE_END.finditer(text, start, start + within):
        found = BYLINE_PREFIX.match(text[end.end() :])
        if found is not None and end.end() + found.end() < len(text):
            return end.end(), end.end() + found.end()
    return None


def is_byline(text: str) -> bool:
    plain = _MD_LINK.sub(r"\1", text)  # "By [Felix Light](#)": the names, not the links
    if _BYLINE.match(plain) and not plain.rstrip().endswith((".", "!", "?")):
        return True  # "By Monday, the mayor had resigned." is a sentence
    return bool(_CREDIT.match(plain))


def is_sign_off(text: str) -> bool:
    """A line that credits the story's own reporters, however long: a wire story's closing
    credits ("(Additional reporting by Jo Roe in Lima and Al Doe in Quito; Editing by Ann
    Poe)"), an invitation to follow the writer ("Follow Jo Roe on Twitter @joroe") or a
    hand-over to the outlet's reporter ("Jo Roe reports from Lima"). The names in it are
    the newsroom's, no actors of the story."""
    plain = _MD_LINK.sub(r"\1", text).strip()
    if _FOLLOW.match(plain) or _HAND_OVER.match(plain):
        return True
    bio = _WRITER_BIO.match(plain)
    if bio is not None and _FOLLOW.match(plain[bio.end() :]):
        return True
    line = plain.rstrip(".")
    found = CREDIT_PREFIX.match(line)
    return found is not None and found.end() == len(line)


def glued_sign_off(text: str, start: int = 0) -> int | None:
    """Where a writer's sign-off or an anchor's hand-over glued after a paragraph's last
    sentence opens ("… the vote. Follow Jane Roe on Twitter @janeroe", "… the talks. The
    Wirex's Jane Roe reports on Mr. Poe's visit."), searched from ``start``; None when
    there is none."""
    for pattern in (_GLUED_SIGN_OFF, _GLUED_HAND_OVER):
        for end in pattern.finditer(text, start):
            if is_sign_off(text[end.end() :]):
                return end.end()
    return None
