"""The corpus's own publisher is no actor of its story.

A site's pages name their publisher in their furniture: bylines ("By Jane Roe BBC News,
Los Angeles", "Jane Roe, BBC News, Paris"), datelines ("LIMA (Reuters) -"), photo credits
("REUTERS/Jane Roe"), link boxes ("For more Reuters coverage …"), disclaimers ("The BBC is
not responsible for the content of external sites"), print notices ("This article appeared
on p28 of the … of the Guardian") and columnists' notes ("Jo Roe is a Reuters columnist.
The views expressed are his own"). Between those and the story's "told the BBC", the
publisher's name is among a corpus's most mentioned, and a reader finds the newsroom that
wrote the brief's sources listed as an actor of them.

So are its reporters: a person a page names in its byline with the newsroom ("By Jane Roe
BBC News, Los Angeles", "Jane Roe, BBC News, Paris"), or in a wire sign-off ("(Additional
reporting by Jane Roe; Editing by Al Doe)", structure's ``shapes.CREDIT_PREFIX``), wrote
or filed the story; what they report ("the BBC's Jane Roe says …") is the story's account,
not a stance of theirs. A byline with no newsroom ("By Jane Roe") may sign an opinion piece
by an actor of the story, and alone makes no reporter.

A broadcast transcript has no byline: the anchor hands over to a correspondent by name
("Jane Roe has that.", "Jane Roe reports from Lima."), who signs off by name ("For the
Evening Report, I'm Jane Roe in Lima.", "Jane Roe, WXN News, Lima." closing a paragraph),
and the anchor opens with their own ("Evening news, I'm Al Doe."). Each names the one
reading the news, never a person of it.

An organisation whose name stands in such furniture in two documents or more is the
corpus's house: it makes no actor record (its mentions stay unresolved, as a cited outlet's
words are the story's facts, not a stance it took). Only the house writes these forms
about itself: an outlet the story cites or is about ("according to Politico", "the network
fired its chairman") is named in the text, not in its furniture.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefgen.models import Mention
from briefgen.structure.bylines import CREDIT_PREFIX
from briefgen.structure.wire import names_dateline_agency

# A byline on its own line: "By Jane Roe BBC News, Los Angeles", "Jane Roe, BBC News, Paris"
_BYLINE_BEFORE = re.compile(r"(?:^|\n)(?:By\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2},?\s+$")
_BYLINE_AFTER = re.compile(r"(?:\s+News)?,\s+[A-Z]")
# "REUTERS/Jane Roe": a photo credit
_CREDIT_AFTER = re.compile(r"/[A-Z][a-z]")
# "(For more Reuters coverage", "This article appeared on p28 of the … of the Guardian",
# "Call the main Guardian and Observer switchboard"
_NOTICE_BEFORE = re.compile(
    r"(?:\(\s*For more|\bappeared on p\.?\s*\d+\b[^\n]{0,80}\bof|\bCall the main)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The BBC is not responsible for the content of external sites"; "Jo Roe is a Reuters
# columnist. The views expressed are his own"
_NOTICE_AFTER = re.compile(
    r"\s+is not responsible for\b|\s+columnist\.\s+The (?:views|opinions) expressed\b"
)
# A reporter's byline: the name opens its line (after "By"), the newsroom and a place follow
_REPORTER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:By\s+)?$")
_REPORTER_AFTER = re.compile(r",?\s+(?:[A-Z][\w'’.&-]*\s+){0,3}News,\s+[A-Z]")
# A broadcast hand-off: "Jane Roe has that.", "… has more:", "Jane Roe reports from Lima",
# "The Report's Jane Roe reports on the visit"
_HANDOFF_AFTER = re.compile(
    r"\s+(?:has|have)\s+(?:that|this|more|(?:the|this|our)\s+(?:story|report|details))\s*[.:]"
    r"|\s+reports?(?:\s*[.:]|\s+(?:from|on)\s)"
)
# a broadcast sign-off or an anchor's opening: "… I'm Jane Roe in Lima.", "I'm Jane Roe."
_SELF_NAMED_BEFORE = re.compile(
    r"(?:^|[.!?,]\s+|\n\s*)(?:For\s+(?:[A-Z][\w&'’.-]*\s+){1,4},?\s*)?I[’']m\s+$"
)
_SELF_NAMED_AFTER = re.compile(r"(?:,?\s+(?:in|at)\s+[^.\n]{1,40})?\s*\.")
# a correspondent's sign-off closing a paragraph: "Jane Roe, WXN, the state department."
_SIGN_OFF_BEFORE = re.compile(r"(?:^|[.!?]['’\"]?\s+|\n\s*)$")
# (the newsroom a station's capitals or a "… News": "Ann Holt, Mayor, at the fair." is a
# caption's person)
_SIGN_OFF_AFTER = re.compile(
    r",\s+(?:[A-Z]{3,5}|(?:[A-Z][\w&'’.-]*\s+){1,3}(?:News|Radio|Television|TV)),"
    r"\s+[^,.\n]{2,40}\.\s*(?:\n|$)"
)
# Furniture in this many documents makes the house: one page may quote another's credit.
_HOUSE_DOCUMENTS = 2


def in_furniture(m: Mention, text: str) -> bool:
    """Whether the mention names its page's publisher in the page's furniture."""
    before = text[max(0, m.start - 100) : m.start]
    if (
        _BYLINE_BEFORE.search(before)
        and _BYLINE_AFTER.match(text, m.end)
        and (m.text.endswith("News") or text.startswith(" News", m.end))
    ):
        return True  # a list of names ("Gladys Knight, Alien Ant Farm, …") is no byline
    if names_dateline_agency(text, m.start, m.end):
        return True  # "LIMA (Reuters) -": structure's wire dateline
    if (
        _CREDIT_AFTER.match(text, m.end)
        and m.text.isupper()
        and before.rstrip(" \t")[-1:] in ("", "\n")
    ):
        return True  # on a line of its own ("NBC/Wall Street Journal poll" is no credit)
    return bool(_NOTICE_BEFORE.search(before) or _NOTICE_AFTER.match(text, m.end))


def is_house(mentions: Sequence[Mention], texts: Mapping[str, str]) -> bool:
    """Whether an organisation's mentions name the corpus's own publisher: in the furniture
    of at least ``_HOUSE_DOCUMENTS`` documents."""
    docs = set()
    for m in mentions:
        text = texts.get(m.doc, "")
        if names_dateline_agency(text, m.start, m.end):
            # "LIMA (Reuters) -": a wire dateline's agency is the writer of its page however
            # few of the corpus's pages it wrote; no story names a party to it in that form
            return True
        if in_furniture(m, text):
            docs.add(m.doc)
    return len(docs) >= _HOUSE_DOCUMENTS


def in_byline(m: Mention, text: str) -> bool:
    """Whether the mention names a reporter in its page's byline or wire sign-off."""
    before = text[max(0, m.start - 100) : m.start]
    if _REPORTER_BEFORE.search(before) and _REPORTER_AFTER.match(text, m.end):
        return True
    line = text.rfind("\n", 0, m.start) + 1
    credit = CREDIT_PREFIX.match(text[line : line + 600])
    if credit is not None and m.end <= line + credit.end():
        return True
    return on_air_credit(m, text)


def on_air_credit(m: Mention, text: str) -> bool:
    """Whether the mention names the one reading a broadcast: a hand-off to them, their
    sign-off, an anchor's "I'm …"."""
    before = text[max(0, m.start - 60) : m.start]
    if _HANDOFF_AFTER.match(text, m.end):
        return True
    if _SELF_NAMED_BEFORE.search(before) and _SELF_NAMED_AFTER.match(text, m.end):
        return True
    return bool(_SIGN_OFF_BEFORE.search(before) and _SIGN_OFF_AFTER.match(text, m.end))


def is_reporter(mentions: Sequence[Mention], texts: Mapping[str, str]) -> bool:
    """Whether a person's mentions name one of the corpus's own reporters: in a byline
    with the newsroom or a sign-off, in any document."""
    return any(in_byline(m, texts.get(m.doc, "")) for m in mentions)
