"""The title a reader sees for a document: its headline, not the page line it was cut from.

Scraped corpora often fill a document's title with the page's first line as flattened:
"Page last updated at 07:43 GMT, Tuesday…", or a headline, a caption and the lede run
together. When the stated title is just that opening line, or there is none (a JSONL row
without one), the structure stage knows better what the line holds, so the shown title is
its headline block, else the first sentence of the body. A title stated apart from the
text (an HTML ``<title>``, a header line, a feed entry) is the publisher's and is shown as
written. ``Document.title`` itself is never changed: the JSON keeps what was read.
"""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure.opening import _first_sentence_end

_CLOSING_QUOTES = "\"”’'"
_LONGEST = 160  # characters of a body sentence shown as a title; longer ones are cut


def shown_title(document: Document) -> str:
    """The document's title as the brief prints it (sources list, data notes, e-mail)."""
    title = " ".join((document.title or "").split())
    if not document.blocks:
        return title or document.source
    if title and not _is_opening_line(title, document.text):
        return title
    for block in document.blocks:
        if block.kind == "headline":
            return _cut(" ".join(document.text[block.start : block.end].split()))
        if block.kind in ("body", "transcript"):
            break
    for block in document.blocks:
        if block.kind == "body":
            return _first_sentence(document.text[block.start : block.end])
    return title or document.source


def _is_opening_line(title: str, text: str) -> bool:
    """Whether ``title`` was taken from the text's opening rather than stated apart."""
    opening = " ".join(text.lstrip()[: len(title) + 200].split())
    return opening.startswith(title[: min(len(title), 60)])


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = _first_sentence_end(text)  # at the stop; keep it, and a quote it closes
    end += 1 if end < len(text) else 0
    end += 1 if text[end : end + 1] and text[end] in _CLOSING_QUOTES else 0
    return _cut(text[:end])


def _cut(sentence: str) -> str:
    if len(sentence) <= _LONGEST:
        return sentence
    cut = sentence[: _LONGEST - 1]
    return cut[: cut.rindex(" ")].rstrip(" ,;:–—-") + "…" if " " in cut else cut + "…"
