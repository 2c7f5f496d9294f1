"""A page with no article text: a site's boilerplate alone, said so once.

A scraper sometimes saves the page around an article and not the article: an ad strip, a
cookie banner, a site's menu. The structure stage finds no body in it, and each later
check then reports the page for what it is not: a copy of another such page, a story
"also published by" it, off-topic with "a body of 0 words". None says the one thing a
reader needs, that the page is empty. So a structured page whose every block is the
site's frame (furniture, a headline, a byline, a dateline) is left out with one note
saying so, and a copy of it says what it copies.
"""

from __future__ import annotations

import re

from briefgen.models import BlockKind, DataNote, Document

# what a reader counts as words on the page (``benchmarks/notes_check.py`` counts so too)
_WORD = re.compile(r"\w+(?:['’]\w+)*")
EMPTY = "has no article text"


# The blocks of a page's frame: what a site prints around any article. A page of readers'
# letters or comments, captions or another story has text of its own (not read, as ever),
# and is no empty page.
_FRAME: frozenset[BlockKind] = frozenset({"furniture", "headline", "byline", "dateline"})


def has_article_text(document: Document) -> bool:
    """Whether the page holds text other than its frame (furniture, headline, byline,
    dateline). A page the structure stage has not seen (no blocks) is taken as read."""
    return not document.blocks or any(b.kind not in _FRAME for b in document.blocks)


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
