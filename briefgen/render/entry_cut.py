"""Where a chronology entry too long for its line is cut: after its point, or not at all.

An entry is one source sentence, and the page gives it ``PRINTED_CHARS``. A long sentence
cut at a word boundary before that reads as a fragment when the cut falls before what the
sentence tells ("Clinton turned Sunday to a subject that she hasn't devoted much time to
on the…": which subject?). Cut at the last clause boundary past its dated predicate (a
comma, a semicolon, a colon or a dash: ", bringing the total to 28…"), what it tells is
printed whole; with no such boundary inside the line, the sentence is not printed. A cut
at the line's last word is kept when it falls past that predicate and ends a phrase
("… claiming that the aide had a conflict of interest in her legal role…"), unless it
falls inside a reported clause's fronted adverbial, before its main clause ("said that
given his popularity with voters…": what was said is cut).
"""

from __future__ import annotations

import re

from briefgen.extract.textview import display

__all__ = ["PRINTED_CHARS", "cut_after_point"]

# What a chronology entry's line holds, in characters (the HTML's and the PDF's alike).
PRINTED_CHARS = 260

# A clause boundary: a comma, semicolon or colon, a dash between spaces, or a word that
# opens an adverbial clause ("were in place to combat the virus as he offered to ...").
_BOUNDARY = re.compile(
    r"[,;:](?=\s)|\s(?:--|—|–)(?=\s)"
    r"|\s(?=(?:as|while|after|before|because|since|although|though|whereas|amid|including)\s)"
)
_QUOTES = re.compile(r"[\"“”]")


def cut_after_point(text: str, point: int) -> str | None:
    """``text`` as the line prints it: whole when it fits; else cut with "…" at the last
    word that fits, when that falls past ``point`` (where, in ``text``, what it tells has
    been said: its dated predicate and date) and ends a phrase (not on "the", "of", "to"
    or inside a quotation); else at the last clause boundary past ``point`` that leaves
    its quotations and brackets closed; None when there is neither, or when the line
    cannot hold the quotation the sentence gives ("told a young woman who suggested … that
    “this is not the first generation to be…”": what was told is cut)."""
    shown = display(text)
    if len(shown) <= PRINTED_CHARS:
        return text
    point = min(point, len(shown))
    words = shown[: PRINTED_CHARS - 1]
    words = words[: words.rindex(" ")] if " " in words else words
    head = words.rstrip(" ,;:–—-")
    last = head.rsplit(" ", 1)[-1].lower()
    if _QUOTES.search(shown, len(head)) is not None:
        return None  # whatever the cut, it drops a quotation: the speaker's words
    if len(head) >= point and last not in _OPEN_ENDS and _closed(head) and _reaches_main(head):
        return head + "…"
    for boundary in reversed(list(_BOUNDARY.finditer(shown, 0, PRINTED_CHARS - 1))):
        head = shown[: boundary.start()].rstrip()
        if boundary.start() < point or len(head) < PRINTED_CHARS // 3:
            break
        if _closed(head) and _reaches_main(head):
            return head + "…"
    return None


# Words a phrase does not end on: what follows them is what they introduce.
_OPEN_ENDS = frozenset(
    (
        *("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from"),
        *("under", "over", "into", "onto", "about", "as", "than", "and", "or", "but", "nor"),
        *("that", "which", "who", "whom", "whose", "what", "when", "where", "while", "if"),
        *("because", "his", "her", "their", "its", "our", "my", "your", "this", "these"),
        *("those", "be", "is", "are", "was", "were", "been", "has", "have", "had", "will"),
        *("would", "can", "could", "should", "may", "might", "must", "not", "no"),
        *("de", "la", "le", "du", "del", "van", "von"),
    )
)


# A reported clause opening on a fronted adverbial ("said … that given Obama's popularity
# with voters, he was confident …"): until its comma, the clause has not said its point.
_FRONTED = re.compile(
    r"\b(?:that|whether)\s+(?:given|if|when|while|although|though|because|as|after|before"
    r"|despite|with|without|unless|once|since|in\s+light\s+of|amid)\b(?P<rest>.*)$",
    re.S,
)


def _reaches_main(head: str) -> bool:
    """Whether ``head`` (an entry cut short) reaches the main clause of a reported clause
    it opens on a fronted adverbial: "… said that given his popularity with voters…" is
    cut before what was said."""
    fronted = _FRONTED.search(head)
    return fronted is None or "," in fronted["rest"]


def _closed(head: str) -> bool:
    """Whether ``head`` leaves no quotation or bracket open."""
    return (
        len(_QUOTES.findall(head)) % 2 == 0
        and head.count("(") == head.count(")")
        and head.count("[") == head.count("]")
    )
