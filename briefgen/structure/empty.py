"""A page with no article text: a site's boilerplate alone, said so once.

A scraper sometimes saves the page around an article and not the article: an ad strip, a
cookie banner, a site's menu. The structure stage finds no body in it, and each later
check then reports the page for what it is not: a copy of another such page, a story
"also published by" it, off-topic with "a body of 0 words". None says the one thing a
reader needs, that the page is empty. So a structured page with no word of body or
transcript is left out with one note saying so, and a copy of it says what it copies.
"""

from __future__ import annotations

import re

from briefgen.models import DataNote, Document
from briefgen.structure.model import extraction_view

# what a reader counts as words on the page (``benchmarks/notes_check.py`` counts so too)
_WORD = re.compile(r"\w+(?:['’]\w+)*")
EMPTY = "has no article text"


def has_article_text(document: Document) -> bool:
    """Whether the structure stage found any word of body or transcript on the page. A
    page it has not structured (no blocks) is taken as read."""
    if not document.blocks:
        return True
    return _WORD.search(extraction_view(document.text, document.blocks)) is not None


def empty_note(document: Document) -> DataNote:
    """The one note on a page with no article text: what is on it instead."""
    words = len(_WORD.findall(document.text))
    return DataNote(
        document.id,
        f"{EMPTY} (boilerplate only, {words} words on the page); not read",
        "empty",
    )


def empty_copy_note(copy: Document, original: Document) -> DataNote:
    """The note on a copy of a page with no article text: the copy is as empty."""
    return DataNote(
        copy.id, f"a copy of {original.id}, which {EMPTY} (boilerplate only); not read", "empty"
    )
