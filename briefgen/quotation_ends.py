"""Where a shown sentence's quotations open and close: one closed but never opened in it,
and one it leaves open, finished from its document or closed at its end."""

from __future__ import annotations

import re

from briefgen.models import Extraction

__all__ = ["QUOTE_RUN", "closed_at_end", "closed_within", "closes_elsewhere", "quotation_finished"]


def closes_elsewhere(text: str) -> bool:
    """Whether ``text`` closes a quotation it never opens: the speaker's last sentence
    ("The difference is that the virus targets people under 65.”"), said after a colon in
    a paragraph before."""
    if text.count("”") > text.count("“"):
        return True
    straight = text.count('"')
    return straight % 2 == 1 and text.index('"') >= len(text.rstrip()) - 2


def closed_within(text: str) -> bool:
    """Whether the quotation ``text`` opens is closed within it."""
    first = text[0]
    if first == '"':
        return text.count(first) % 2 == 0
    closing = {"“": "”", "‘": "’", "«": "»"}[first]
    return closing in text[1:]


# How far past its sentence a quotation cut at its own full stop may go on to its close: a
# few words, the same utterance's last beat ("Notice Trump sniffing all the time. Coke
# user?"). A whole further sentence of a speech is a statement of its own, which a quotation
# closed at its sentence's end may leave out, as editors do.
QUOTE_RUN = 60


def quotation_finished(text: str, sentence: str, start: int, extraction: Extraction | None) -> str:
    """``text`` (shown for ``sentence`` at ``start``) with a quotation the sentence opens
    and its document closes just after, in the same paragraph, shown to its close: a
    quotation cut at a full stop inside it drops what the speaker went on to say ("Notice
    Trump sniffing all the time." without "Coke user?"). ``text`` as it is otherwise."""
    if extraction is None or not _open_at_end(text):
        return text
    doc = extraction.document.text
    end = start + len(sentence)
    if doc[start:end] != sentence:
        return text
    para_end = doc.find("\n", end)
    rest = doc[end : para_end if para_end >= 0 else len(doc)][: QUOTE_RUN + 1]
    close = re.search(r"[”\"]", rest)
    if close is None or close.start() >= QUOTE_RUN or not rest[: close.start()].strip():
        return text
    more = " ".join(rest[: close.end()].split())
    return f"{text.rstrip()} {more}"


def _open_at_end(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def closed_at_end(text: str) -> str:
    """``text`` with a quotation that goes on past the sentence closed at its end: the
    speaker's first sentence shown as quoted, not left open (“You may not use it.”)."""
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count('"') % 2:
        return text + '"'
    return text
