"""Lines of a page that label or date it rather than report: footnotes, bylines, captions,
page stamps ("Last updated at 08:58 GMT"), a reader's comment, a wire dateline. A date on
such a line dates the page, never an event of the story."""

from __future__ import annotations

import re

from briefgen.models import Document, Timex

__all__ = ["in_dateline", "is_note"]

# Lines that are notes, bylines or captions rather than reporting.
_NOTE_LINE = re.compile(r"^\s*(?:\[\d+\]|\d{1,2}[.)]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|source:|copyright|©)", re.I)
# Byline and dateline openers: only notes when the line is short.
_SHORT_NOTE = re.compile(r"^\s*(?:by\s|published|updated|posted|photo|image|last\s+modified)", re.I)
_CAPTION = re.compile(
    r"\((?:source|photo|image|credit)s?\s*:|\b(?:AFP|Reuters|AP|Getty)\b[*_\s]*$", re.I
)
# Page furniture around a date: "Last updated at 08:58 GMT", "published", "... wrote:".
# A stamp glued anywhere in a line ("Page last updated at 08:58 GMT, Thursday, 24 June
# 2010"), but not a passive in running text ("was published in Granma on Tuesday").
_STAMP_WORD = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:updated|published|posted|modified)\b(?P<rest>[^.]{0,25})$",
    re.I,
)
_STAMP = re.compile(
    r"\b(?:GMT|UTC|BST)\W*$"
    r"|^\W*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST)?\s*)?(?:last\s+)?(?:updated|published|posted)\b"
    r"|^,?\s*\w+\s+wrote:",
    re.I,
)
# Words a page stamp's verb may follow: "Page last updated", "first published".
_STAMP_LEAD = {"last", "first", "page", "originally", "story", "article"}
_DETERMINER = re.compile(r"\s+(?:a|an|the|his|her|its|their|this|that|these|those)\b", re.I)
# A reader's comment under a page: its time stamp and "... wrote:", opening a line, or
# glued into one when a scrape lost the line breaks ("great work !! At 18:49 2nd Jul 2009,
# reader wrote: ..."); what follows it on the line is the comment.
_COMMENT_LINE = re.compile(r"\bAt\s+\d{1,2}[:.]\d\d\b[^\n]{0,60}?\bwrote:", re.I)
_AGENCY = re.compile(r"^[^.!?]*\((?:[A-Z][A-Za-z]+\s?){1,3}\)\s*[-–—]")


def is_note(sentence: str, document: Document, start: int) -> bool:
    """Footnotes, bylines, captions, the document's own date line, and a reader's comment
    (a sentence after "At 15:27 26th Apr 2009, reader wrote:" on its line). ``start`` is
    the sentence's offset in the document."""
    if _NOTE_LINE.match(sentence) or _CAPTION.search(sentence):
        return True
    line = document.text[document.text.rfind("\n", 0, start) + 1 : start + len(sentence)]
    if _COMMENT_LINE.search(line):
        return True
    if _SHORT_NOTE.match(sentence) and len(sentence.split()) < 12:
        return True
    if document.date_as_written and document.date_as_written in sentence:
        return len(sentence.split()) < 12
    return False


def in_dateline(text: str, line_start: int, timex: Timex) -> bool:
    """A wire dateline ("LONDON | Tue Apr 28, 2009 ... (Reuters) -") dates the article."""
    before = text[max(line_start, timex.start - 40) : timex.start]
    after = text[timex.end : timex.end + 80]
    if "|" in before[-12:] or _AGENCY.search(after):
        return True
    stamp = _STAMP_WORD.search(before)
    if stamp is not None and not _told(before[: stamp.start()], stamp["rest"]):
        return True
    return bool(_STAMP.search(before) or _STAMP.match(after[:40]))


def _told(left: str, right: str) -> bool:
    """Whether a stamp word ("published", "updated") is running text: a noun before it
    ("in a letter published Wednesday") or an object after it ("Granma published a letter
    Thursday"); a stamp has neither ("Page last updated at", "Published on Tuesday")."""
    word = re.search(r"(?<![A-Za-z])([a-z]+)\W*$", left)
    if word is not None and word[1] not in _STAMP_LEAD:
        return True
    return bool(_DETERMINER.match(right))
