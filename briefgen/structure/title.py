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

import re

from briefgen.models import Document
from briefgen.structure.opening import first_sentence_end

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
            return _cut(_without_end_mark(" ".join(document.text[block.start : block.end].split())))
        if block.kind in ("body", "transcript"):
            break
    for block in document.blocks:
        if block.kind == "body":
            prose = _without_writer_note(document.text[block.start : block.end])
            if prose:
                return _first_sentence(prose)
    return title or document.source


# A column's opening note on its writer: "- Jo Roe is a Reuters columnist." and "The views
# expressed are her own --". It names the writer, not the page: a reader would take two
# columns of one writer for the same page. A line of its own (its newsroom at most after
# the role), or followed by the disclaimer; a sentence running on ("… a correspondent who
# was arrested …") is the story's.
_ROLE = (
    r"(?:columnist|correspondent|contributor|commentator|writer|editor|reporter|blogger"
    r"|journalist)s?"
)
_WRITER_NOTE = re.compile(
    r"^\W*(?:[A-Z][\w'’.-]*\s+){1,4}(?:is|writes\s+for)\s+(?:(?:a|an|the)\s+)?"
    rf"(?:[A-Z][\w&.'’-]*\s+){{0,3}}{_ROLE}\b"
    r"(?:\s+(?:for|at|with|of)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?"
    r"[.!]?\s*"
    r"(?=$|The\s+(?:views|opinions)\s+expressed\b)"
)
_OWN_VIEWS = re.compile(
    r"^\W*The\s+(?:views|opinions)\s+expressed(?:\s+here)?\s+are\s+"
    r"(?:his|her|their|my|the\s+author['’]s)\s+own\b[\s.,;:—–-]*"
)


def _without_writer_note(text: str) -> str:
    """``text`` without a columnist's note on the writer before it (nothing, when that
    note is all the block holds)."""
    text = text.strip()
    text = text[m.end() :] if (m := _WRITER_NOTE.match(text)) else text
    text = text[m.end() :] if (m := _OWN_VIEWS.match(text)) else text
    return text.strip()


def _without_end_mark(headline: str) -> str:
    """A headline as a list prints it, followed by its own stop: without the semicolon or
    colon that joined it to a deck on the next line, or a full stop some publishers put after
    it ("… Key Test In U.S. Court." prints as "… Court"), but an abbreviation's ("… in the
    U.S.") kept."""
    headline = headline.rstrip(" ;:,")
    last = headline.rsplit(" ", 1)[-1]
    if headline.endswith(".") and not headline.endswith("..") and "." not in last[:-1]:
        return headline[:-1]
    return headline


def _is_opening_line(title: str, text: str) -> bool:
    """Whether ``title`` was taken from the text's opening rather than stated apart."""
    opening = " ".join(text.lstrip()[: len(title) + 200].split())
    return opening.startswith(title[: min(len(title), 60)])


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = first_sentence_end(text)  # at the stop; keep it, and a quote it closes
    end += 1 if end < len(text) else 0
    end += 1 if text[end : end + 1] and text[end] in _CLOSING_QUOTES else 0
    return _cut(text[:end])


def _cut(sentence: str) -> str:
    if len(sentence) <= _LONGEST:
        return sentence
    cut = sentence[: _LONGEST - 1]
    return cut[: cut.rindex(" ")].rstrip(" ,;:–—-") + "…" if " " in cut else cut + "…"
