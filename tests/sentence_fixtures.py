"""A document of full-stop sentences with hand-placed actor mentions, for the tests of what
a shown sentence reads alone (``shown``, ``standalone``, ``scope``)."""

from __future__ import annotations

import re

from briefgen.models import Document, Extraction, Mention


def extraction_with(text: str, *names: tuple[str, str]) -> Extraction:
    """``text`` split at full stops, with an actor mention (name, type) where each name is."""
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), name, "name", kind)  # type: ignore[arg-type]
        for name, kind in names
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(document=doc, sentences=spans, mentions=mentions)
