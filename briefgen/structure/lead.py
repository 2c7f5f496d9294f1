"""The page furniture scraping glues before a story's first sentence.

A scraped page often runs its furniture and the lede into one line: "Updated 10:32 GMT By
Jane Roe, Political Reporter WASHINGTON — The Senate voted …", "Posted: 03/02/2016 5:15 pm
EST Updated: … The governor said …", "By JANE ROE and JOHN DOE Associated Press LONDON
(AP) — …", "Jane Roe | @janeroe | March 2, 2016 The …". Read as one block, the line is
either furniture as a whole (and the page's most important sentence is lost) or prose
(and the reporter's name is read as an actor, the time stamp as a date of the story).

``lead_parts`` reads such an opening piece by piece, the way pages build it: a time stamp
("Updated", "Posted" and a date or a time), a byline (the names after "By", with a role
and an outlet), a name and a social handle set between bars, a bare date, a wire dateline
after any of them. The pieces are cut off only when a sentence follows them; a line that
is only furniture stays furniture. "By Tuesday, the Senate …" and "Updated figures show
…" open sentences: a byline names people, a stamp gives a date or a time straight away.
"""

from __future__ import annotations

import re

from briefgen.models import BlockKind
from briefgen.structure.bylines import _CALENDAR_WORD
from briefgen.structure.datelines import DATELINE_PREFIX, STAMP
from briefgen.structure.furniture import ERROR
from briefgen.structure.shapes import _GRAMMAR, sentence_shaped
from briefgen.structure.stamps import CLOCK, DATE, TIMESTAMP, WEEKDAY

# A date on its own, set between the byline and the lede ("| March 2, 2016 The …").
_BARE_DATE = re.compile(rf"(?:{WEEKDAY},?\s+)?(?:{DATE})(?:,?\s+(?:at\s+)?{CLOCK})?")
_HANDLE = re.compile(r"@\w{1,30}(?![\w@])")
# A name set before a bar: "Jane Roe |" (the handle or date after it says it is a byline).
# In capitals it is a wire's place ("HONG KONG | Wed Apr 15, 2009 …"), the dateline's.
_NAME_BAR = re.compile(r"[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?=\s*\|)")
# A note in brackets; one opening with a server's error ("(an error occurred while
# processing this directive)") is furniture left in the page.
_NOTE = re.compile(r"\(([^()\n]{1,100})\)")
_BARS = re.compile(r"[\s|]*")
# A byline's opening word; not a day or a month ("By Tuesday, …", "By March …"), not a
# word of grammar ("By The time …").
_BY = re.compile(
    r"(?i:(?:written|words|interview|reporting)\s+)?(?i:by)\s+"
    rf"(?!{_CALENDAR_WORD})(?!{_GRAMMAR})(?=[A-Z])"
)
# The words of a byline: names (in capitals or not), the links of names and outlets, a
# role ("Political Reporter", "staff writer").
_BYLINE_WORD = re.compile(
    r"(?:\s*,\s*|\s+)(?:[A-Z][\w'’.&-]*|and|&|of|for|the|at|in|on|de|da|del|van|von|la|le"
    r"|words by|by"
    r"|(?:senior|chief|political|staff|special|foreign|national|contributing|associate)"
    r"|(?:reporter|correspondent|editor|writer|columnist|contributor|producer)s?)(?=[\s,|]|$)"
)
BYLINE_WORDS = 12  # names, role and outlet
# A byline without "By": names (or an outlet) and a role, maybe the place the writer files
# from ("Jane Roe, Political Reporter", "Jane Roe Health Correspondent", "Newsdesk US
# reporter in Riverton"). The role is a newsroom's job; the words before it are capitalised
# or say which desk ("senior", "political").
_ROLE = (
    r"(?i:reporter|correspondent|editor|writer|columnist|contributor|producer|presenter)s?"
    r"(?![\w'’])"
)
_UNSIGNED = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,?"
    r"(?:\s+(?:[A-Z][\w'’.&-]*|senior|chief|political|staff|special|foreign|national"
    rf"|contributing|associate)){{0,3}}\s+{_ROLE}"
)
_FILED_FROM = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_FIRST_NAME = re.compile(r"\s[A-Z][\w'’.&-]*(?=[\s,|]|$)")
_COMMAS = re.compile(r"[\s,]*")
# A lede after a byline with nothing between opens with a word of grammar ("The", "A",
# "In"). A capitalised word may be the byline's place or the lede's subject, or a name of
# the lede broken in two ("… Los Angeles Michael Jackson died …"): no break is read there.
_LEDE = re.compile(rf"[\"“‘]?{_GRAMMAR}")


def lead_parts(text: str) -> list[tuple[int, BlockKind]]:
    """The pieces of furniture glued before the sentence ``text`` opens with: each
    piece's end (an offset into ``text``) and its kind, in order. Empty when ``text``
    does not open with such furniture, or when no sentence follows it."""
    parts: list[tuple[int, BlockKind]] = []
    pos = 0
    while (piece := _piece(text, _skip(text, pos), first=not parts)) is not None:
        parts.append(piece)
        pos = piece[0]
    if not parts or all(kind == "dateline" for _, kind in parts):
        return []
    rest = text[_skip(text, pos) :]
    if (not rest[:1].isupper() and rest[:1] not in "\"“‘'") or not sentence_shaped(rest):
        return []
    return parts


def _skip(text: str, pos: int) -> int:
    return _BARS.match(text, pos).end()  # type: ignore[union-attr]


def _piece(text: str, at: int, *, first: bool) -> tuple[int, BlockKind] | None:
    """The furniture piece that starts at ``at``, its end and kind, or None."""
    if at >= len(text):
        return None
    if found := TIMESTAMP.match(text, at):
        return found.end(), "furniture"
    if (found := STAMP.match(text, at)) and found.end() > at:
        return _trimmed(text, found.end()), "furniture"
    if (end := _byline_end(text, at)) is not None:
        return end, "byline"
    if (end := _unsigned_end(text, at)) is not None:
        return end, "byline"
    if (found := _NOTE.match(text, at)) and ERROR.match(found.group(1)):
        return found.end(), "furniture"
    if (found := _NAME_BAR.match(text, at)) and _after_bar(text, found.end()):
        return found.end(), "byline"
    if found := _HANDLE.match(text, at):
        return found.end(), "furniture"
    if not first and (found := _BARE_DATE.match(text, at)):
        return found.end(), "furniture"
    if not first and (end := _dateline_end(text, at)) is not None:
        return _trimmed(text, end), "dateline"
    return None


def _trimmed(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _after_bar(text: str, end: int) -> bool:
    """Whether a handle, a date or a stamp follows the bar after a name."""
    at = _skip(text, end)
    return bool(_HANDLE.match(text, at) or _BARE_DATE.match(text, at) or TIMESTAMP.match(text, at))


def _strong(text: str, at: int) -> int | None:
    """Where the furniture after a byline that starts at ``at`` ends: a wire dateline, a
    stamp, a bar or a handle. None when none starts there."""
    if text.startswith("|", at) or _HANDLE.match(text, at):
        return at
    for shape in (TIMESTAMP, STAMP):
        if (found := shape.match(text, at)) and found.end() > at:
            return found.end()
    return _dateline_end(text, at)


def _dateline_end(text: str, at: int) -> int | None:
    """Where a wire dateline that starts at ``at`` with its place ("LONDON (AP) —", not
    "(AP) —": a place is no byline's) ends, or None."""
    if not text[at : at + 1].isupper():
        return None
    found = DATELINE_PREFIX.match(text[at:])  # anchored at the line's start
    return at + found.end() if found else None


def _unsigned_end(text: str, at: int) -> int | None:
    """Where a byline without "By" opening at ``at`` ends ("Jane Roe, Political Reporter"
    before "The Senate …" or "WASHINGTON — …"), or None. Of the place it is filed from
    ("… reporter in Los Angeles It had …") the words up to where the lede opens."""
    found = _UNSIGNED.match(text, at)
    if found is None:
        return None
    ends = [found.end()]
    if (place := _FILED_FROM.match(text, found.end())) is not None:
        words = list(re.finditer(r"\s+\S+", place.group()))
        ends = [found.end() + w.end() for w in words[1:]][::-1] + ends
    for end in ends:
        after = _COMMAS.match(text, end).end()  # type: ignore[union-attr]
        if _LEDE.match(text, after) or _strong(text, after) is not None:
            return end
    return None


def _byline_end(text: str, at: int) -> int | None:
    """Where a byline opening at ``at`` ends ("By Jane Roe, Political Reporter" before
    "WASHINGTON — …"), or None. The byline ends before the furniture after it, or else
    where a sentence opens; when both may be read, the furniture decides, and of the ends
    that lead to the same piece of furniture the last ("By Jo Roe Associated Press" before
    "LONDON (AP) —", not "By Jo Roe" before "Associated Press LONDON (AP) —")."""
    opening = _BY.match(text, at)
    if opening is None:
        return None
    pos, count = opening.end() - 1, 0
    ends: list[tuple[int, int, str]] = []  # (byline end, furniture end, last byline word)
    weak: int | None = None
    while count < BYLINE_WORDS:
        word = (_BYLINE_WORD if count else _FIRST_NAME).match(text, pos)
        if word is None:
            break
        pos, count = word.end(), count + 1
        last = word.group().strip(" ,")
        if not last[:1].isupper():
            continue  # a byline ends on a name or an outlet
        after = _COMMAS.match(text, pos).end()  # type: ignore[union-attr]
        furniture = _strong(text, after)
        if furniture is not None and (not ends or furniture == ends[0][1]):
            ends.append((pos, furniture, last))
        elif not ends and weak is None and _LEDE.match(text, after):
            weak = pos
    if not ends:
        return weak
    # "… Associated Press LONDON (AP) —": the outlet is the byline's, the place in capitals
    # the dateline's ("… Noel Roe MEXICO CITY (AP) —"); with the names in capitals too,
    # the names take two words
    titled = [end for end, _, word in ends if not word.isupper()]
    if titled:
        return titled[-1]
    return ends[min(1, len(ends) - 1)][0]
