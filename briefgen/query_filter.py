"""The documents a query keeps: those whose title or text mentions a query keyword, with
the pattern the summary's and timeline's query checks build (``timeline.query_pattern``).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.models import Extraction
from briefgen.story import corpus_texts
from briefgen.timeline import query_pattern


def filter_by_query(extractions: Sequence[Extraction], query: Sequence[str]) -> list[Extraction]:
    """The extractions whose document (title or text) mentions any query keyword."""
    pattern = query_pattern(query, corpus_texts(extractions))
    if pattern is None:
        return list(extractions)
    return [
        ext
        for ext in extractions
        if pattern.search(ext.document.title) or pattern.search(ext.document.text)
    ]
