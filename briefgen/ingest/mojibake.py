"""Text that was UTF-8 read as Latin-1 or Windows-1252 somewhere upstream, repaired.

Scrapers and CMS exports often store a page's UTF-8 bytes decoded with the wrong table, so
"Peña" arrives as "PeÃ±a" and a curly apostrophe as "â€™". The file itself is valid
UTF-8, so no charset detection can see it. Left alone, a name written both ways is two
actors (and "Nieto" alone is typed a place), and the reader sees the garbage. ``ftfy``
undoes the wrong decoding only where the result is plainly better text; a document it
repairs carries a warning, which becomes a data note, because its offsets now point into
the repaired text (as ``documents[].text`` in the JSON shows it), not into the file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.models import Document

__all__ = ["repair_mojibake"]

# The lead characters of UTF-8 sequences misread as Latin-1/Windows-1252: "Ã" and "Â" for
# Latin letters and no-break spaces, "â€" for quotation marks and dashes. A text without
# any of them has nothing to repair, so ``ftfy`` is never asked about it.
_MISREAD = re.compile(
    r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u2122]|â€"
)


def repair_mojibake(document: Document) -> Document:
    """``document`` with its text and title repaired, and a warning saying so; the same
    record when nothing was misread."""
    if not (_MISREAD.search(document.text) or _MISREAD.search(document.title)):
        return document
    from ftfy import fix_encoding

    text, title = fix_encoding(document.text), fix_encoding(document.title)
    if (text, title) == (document.text, document.title):
        return document
    places = len(_MISREAD.findall(document.text)) - len(_MISREAD.findall(text))
    warning = (
        f"broken character encoding (UTF-8 text read as Latin-1) repaired in {max(places, 1)} "
        f"place{'s' if places != 1 else ''}; offsets point into the repaired text"
    )
    return replace(document, text=text, title=title, warnings=(*document.warnings, warning))
