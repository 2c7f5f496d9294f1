"""Parsing one text with spaCy in pieces of bounded size.

The parser's memory grows with the length of what it is handed at once: a 5 MB
single-line file grew to 11 GB. A long text is parsed in segments cut at a line
break (else a sentence end, else a space) and joined back into one ``Doc`` whose
offsets are those of the whole text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from briefgen.extract.textview import nlp_view

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SEGMENT_CHARS = 20_000
# Beyond this a text is a book, not an article: only its beginning is analysed, and
# a data note says so. It bounds one document's time (about a minute on one core).
MAX_ANALYSED_CHARS = 300_000


def parse(nlp: Language, text: str) -> Doc:
    """``text`` parsed (through ``nlp_view``) in segments of at most ``SEGMENT_CHARS``."""
    view = nlp_view(text)
    if len(view) <= SEGMENT_CHARS:
        return nlp(view)
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(segments(view))), ensure_whitespace=False)


def segments(text: str, size: int = SEGMENT_CHARS) -> Iterator[str]:
    """Consecutive pieces of ``text``, each at most ``size`` long, that join back to it."""
    start = 0
    while len(text) - start > size:
        cut = _cut(text[start : start + size])
        yield text[start : start + cut]
        start += cut
    yield text[start:]


def _cut(window: str) -> int:
    """Where a segment ends: after its last line break in the second half of the window,
    else after a sentence end there, else after a space, else at the window's end."""
    half = len(window) // 2
    for separator in ("\n", ". ", " "):
        at = window.rfind(separator)
        if at >= half:
            return at + len(separator)
    return len(window)
