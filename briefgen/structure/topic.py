"""Whether a document is on the topic of ``--query``.

Each query term is a word or a phrase (all its words, in order, case-insensitive); a
document is on topic when any term is in its title or headline, or is written at least
``MIN_BODY_MENTIONS`` times in its body. Captions, furniture and comments do not count:
a page that names the topic once in a sidebar or a "related stories" link is not about it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.models import Document
from briefgen.structure.model import extraction_view

MIN_BODY_MENTIONS = 2


def query_pattern(query: Sequence[str]) -> re.Pattern[str] | None:
    terms = [" ".join(t.split()) for t in query if t.strip()]
    if not terms:
        return None
    alternatives = (r"\s+".join(re.escape(w) for w in t.split()) for t in terms)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def on_topic(document: Document, pattern: re.Pattern[str]) -> bool:
    """The query is in the title or headline, or said often enough in the body."""
    if pattern.search(document.title):
        return True
    text = document.text
    for b in document.blocks:
        if b.kind == "headline" and pattern.search(text, b.start, b.end):
            return True
    body = extraction_view(text, document.blocks)
    return len(pattern.findall(body)) >= MIN_BODY_MENTIONS
