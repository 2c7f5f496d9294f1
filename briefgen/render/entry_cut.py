"""Where a chronology entry too long for its line is cut: after its point, or not at all.

An entry is one source sentence, and the page gives it ``PRINTED_CHARS``. A long sentence
cut at a word boundary before that reads as a fragment when the cut falls before what the
sentence tells ("Clinton turned Sunday to a subject that she hasn't devoted much time to
on the…": which subject?). Cut at the last clause boundary past its dated predicate (a
comma, a semicolon, a colon or a dash: ", bringing the total to 28…"), what it tells is
printed whole; with no such boundary inside the line, the sentence is not printed.
"""

from __future__ import annotations

import re

from briefgen.extract.textview import display

__all__ = ["PRINTED_CHARS", "cut_after_point"]

# What a chronology entry's line holds, in characters (the HTML's and the PDF's alike).
PRINTED_CHARS = 260

# A clause boundary: a comma, semicolon or colon, or a dash between spaces.
_BOUNDARY = re.compile(r"[,;:](?=\s)|\s(?:--|—|–)(?=\s)")
_QUOTES = re.compile(r"[\"“”]")


def cut_after_point(text: str, point: int) -> str | None:
    """``text`` as the line prints it: whole when it fits, else cut with "…" at the last
    clause boundary that leaves its quotations and brackets closed and lies past
    ``point`` (where, in ``text``, what it tells has been said: its dated predicate and
    date); None when there is none."""
    shown = display(text)
    if len(shown) <= PRINTED_CHARS:
        return text
    point = min(point, len(shown))
    for boundary in reversed(list(_BOUNDARY.finditer(shown, 0, PRINTED_CHARS - 1))):
        head = shown[: boundary.start()].rstrip()
        if boundary.start() < point or len(head) < PRINTED_CHARS // 3:
            break
        if len(_QUOTES.findall(head)) % 2 == 0 and head.count("(") == head.count(")"):
            return head + "…"
    return None
